# Sourced by the bench scripts: the pieces they share.  Sets PSQL.
PSQL="psql -X -q -v ON_ERROR_STOP=1"
runs=${CORPUS_BENCH_RUNS:-3}

# load_jsonl TABLE COLUMN FIELD FILE: TABLE(id, COLUMN) from the "id" and
# FIELD of each line of the JSON-lines FILE, replacing any such table
load_jsonl() {
  python3 - "$4" "$3" > "$CORPUS_TMP/$1.csv" <<'PY'
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding='utf-8'):
    if line.strip():
        d = json.loads(line)
        w.writerow([d['id'], d[sys.argv[2]]])
PY
  $PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS $1;
CREATE TABLE $1 (id text PRIMARY KEY, $2 text NOT NULL);
\copy $1 FROM '$CORPUS_TMP/$1.csv' WITH (FORMAT csv)
SQL
}

# timed SQL: psql lines that time SQL runs times, each printing "secs S"
timed() {
  for _ in $(seq "$runs"); do
    cat <<SQL
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$1
SELECT extract(epoch FROM clock_timestamp()) - :t0 AS secs \gset
\echo secs :secs
SQL
  done
}

# best: the least of the "secs S" lines on standard input
best() {
  awk '$1 == "secs" && (b == "" || $2 < b) {b = $2} END {print b}'
}
