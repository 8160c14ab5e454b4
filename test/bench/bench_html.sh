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
. test/bench/bench-util.sh
$PSQL -c "CREATE EXTENSION IF NOT EXISTS corpus"
load_jsonl html_bench html html "$pages"
bytes=$($PSQL -At -c "SELECT sum(octet_length(html)) FROM html_bench")
pages_n=$($PSQL -At -c "SELECT count(*) FROM html_bench")

# secs EXPR: the best of the runs of count(EXPR) over every page
secs() {
  $PSQL -At <<SQL | best
SET max_parallel_workers_per_gather = 0; SET jit = off; SET client_min_messages = warning;
SELECT count($1) FROM html_bench;
$(timed "SELECT count($1) FROM html_bench;")
SQL
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
