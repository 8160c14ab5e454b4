# Sourced by the bench scripts (run under scripts/with-cluster.sh): loads the
# news bench corpus into the table bench(id, doc), or exits 0 with a message
# when the research data is absent.  Sets PSQL and data.
data=${CORPUS_BENCH_DATA:-../shared/data/news/bench.jsonl}
if [ ! -f "$data" ]; then
  echo "$(basename "$0" .sh): $data not found (it lives in ../shared, beside the project): skipped"
  exit 0
fi
PSQL="psql -X -q -v ON_ERROR_STOP=1"
$PSQL -c "CREATE EXTENSION IF NOT EXISTS corpus"
python3 - "$data" > "$CORPUS_TMP/bench.csv" <<'PY'
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding='utf-8'):
    if line.strip():
        d = json.loads(line)
        w.writerow([d['id'], d['text']])
PY
$PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench;
CREATE TABLE bench (id text PRIMARY KEY, doc text NOT NULL);
\copy bench FROM '$CORPUS_TMP/bench.csv' WITH (FORMAT csv)
-- the documents live in TOAST, so the heap alone would look too small to
-- be worth a second worker
ALTER TABLE bench SET (parallel_workers = 2);
VACUUM (FREEZE, ANALYZE) bench;
SQL
