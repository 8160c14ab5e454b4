# Sourced by the bench scripts (run under scripts/with-cluster.sh): loads the
# news bench corpus into the table bench(id, doc), or exits 0 with a message
# when the research data is absent.  Sets data, and what bench-util.sh sets.
data=${CORPUS_BENCH_DATA:-../shared/data/news/bench.jsonl}
if [ ! -f "$data" ]; then
  echo "$(basename "$0" .sh): $data not found (it lives in ../shared, beside the project): skipped"
  exit 0
fi
. test/bench/bench-util.sh
$PSQL -c "CREATE EXTENSION IF NOT EXISTS corpus"
load_jsonl bench doc text "$data"
$PSQL <<SQL
SET client_min_messages = warning;
-- the documents live in TOAST, so the heap alone would look too small to
-- be worth a second worker
ALTER TABLE bench SET (parallel_workers = 2);
VACUUM (FREEZE, ANALYZE) bench;
SQL
