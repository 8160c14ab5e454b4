#!/bin/bash
# Speed of corpus.quotes() against to_tsvector('english', doc) on the same
# documents (../shared/data/news/bench.jsonl), in characters per second.
# Run under scripts/with-cluster.sh; skips when ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
data="$here/../shared/data/news/bench.jsonl"
if [ ! -f "$data" ]; then
  echo "bench quotes: $data not found, skipped"
  exit 0
fi
psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS corpus;
DROP TABLE IF EXISTS bench_docs;
CREATE TABLE bench_docs (doc text);
SQL
python3 -c '
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding="utf-8"):
    w.writerow([json.loads(line)["text"]])
' "$data" | psql -X -q -v ON_ERROR_STOP=1 -c '\copy bench_docs FROM STDIN WITH (FORMAT csv)'
run() {
  local start end
  start=$(date +%s.%N)
  psql -X -q -At -v ON_ERROR_STOP=1 -c "$1" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}
chars=$(psql -X -At -c 'SELECT sum(length(doc)) FROM bench_docs')
# warm the cache and the backend once, then time each twice and keep the faster
psql -X -q -At -c 'SELECT count(*) FROM bench_docs' >/dev/null
best() { local a b; a=$(run "$1"); b=$(run "$1"); awk -v a="$a" -v b="$b" 'BEGIN { print (a < b ? a : b) }'; }
t_ts=$(best "SELECT sum(length(to_tsvector('english', doc))) FROM bench_docs")
t_q=$(best "SELECT count(*) FROM bench_docs, corpus.quotes(doc)")
awk -v n="$chars" -v ts="$t_ts" -v q="$t_q" 'BEGIN {
  printf "bench quotes: %d chars; to_tsvector %.0f chars/s; corpus.quotes %.0f chars/s; ratio %.1fx\n", n, n / ts, n / q, ts / q }'
psql -X -q -c 'DROP TABLE bench_docs'
