#!/bin/bash
# Speed of corpus.html_text() in MB of HTML per second on one core, next to
# to_tsvector('english', html) over the same pages, the best of
# CORPUS_BENCH_RUNS (3) scans.  The pages are the article extraction
# benchmark's development half in ../shared (never committed); without it
# the bench says so and stops.  Run under scripts/with-cluster.sh (make bench
# runs it after the news functions).
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${CORPUS_HTML_PAGES:-../shared/data/html/aeb_dev.jsonl}
if [ ! -f "$pages" ]; then
  echo "bench_html: $pages not found (it lives in ../shared, beside the project): skipped"
  exit 0
fi
runs=${CORPUS_BENCH_RUNS:-3}
PSQL="psql -X -q -v ON_ERROR_STOP=1"
$PSQL -c "CREATE EXTENSION IF NOT EXISTS corpus"
python3 - "$pages" > "$CORPUS_TMP/html_bench.csv" <<'PY'
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding='utf-8'):
    if line.strip():
        d = json.loads(line)
        w.writerow([d['id'], d['html']])
PY
$PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS html_bench;
CREATE TABLE html_bench (id text PRIMARY KEY, html text NOT NULL);
\copy html_bench FROM '$CORPUS_TMP/html_bench.csv' WITH (FORMAT csv)
SQL
bytes=$($PSQL -At -c "SELECT sum(octet_length(html)) FROM html_bench")
pages_n=$($PSQL -At -c "SELECT count(*) FROM html_bench")

# secs EXPR: the best of the runs of count(EXPR) over every page
secs() {
  {
    echo "SET max_parallel_workers_per_gather = 0; SET jit = off; SET client_min_messages = warning;"
    echo "SELECT count($1) FROM html_bench;"
    for _ in $(seq "$runs"); do
      echo "SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset"
      echo "SELECT count($1) FROM html_bench;"
      echo "SELECT extract(epoch FROM clock_timestamp()) - :t0 AS secs \gset"
      echo "\echo secs :secs"
    done
  } | $PSQL -At | awk '$1 == "secs" && (b == "" || $2 < b) {b = $2} END {print b}'
}

ts=$(secs "to_tsvector('english', html)")
ht=$(secs "corpus.html_text(html)")
python3 - "$bytes" "$pages_n" "$ts" "$ht" <<'PY'
import sys
n, pages, ts, ht = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
mb = n / 1e6
print(f'html: {pages} pages, {mb:.1f} MB of HTML')
print(f'{"function":14} {"seconds":>10} {"MB/s":>10} {"vs_tsvector":>12}')
print(f'{"to_tsvector":14} {ts:10.2f} {mb / ts:10.1f} {1:12.2f}')
print(f'{"html_text":14} {ht:10.2f} {mb / ht:10.1f} {ts / ht:12.2f}')
PY
$PSQL -c "DROP TABLE html_bench"
