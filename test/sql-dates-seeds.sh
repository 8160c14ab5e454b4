#!/bin/bash
# Dates in the five seed articles (../shared/seeds), compared with the values a
# careful reader writes (test/expected/seed-article-dates.txt).  The seed text is not
# in this repository: the test skips without ../shared.  Run under
# scripts/with-cluster.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/test/seed-lib.sh"
seed_articles "dates seeds"
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS corpus'
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in "$seeds"/*.txt; do
  name=$(basename "$f" .txt)
  # corpus.dates(doc): the reference is the date the article states, if any
  psql -X -q -At -F '|' -v ON_ERROR_STOP=1 -v doc="$(cat "$f")" -v name="${name%%_*}" >>"$out" <<'SQL'
SET datestyle = ISO;
SELECT :'name', sentence, mention, coalesce(value::text, 'NULL'), granularity
FROM corpus.dates(:'doc') ORDER BY start;
SQL
done
# 000 has no date line; its caption dates it Saturday July 26, 2014
psql -X -q -At -F '|' -v ON_ERROR_STOP=1 -v doc="$(cat "$seeds"/000_*.txt)" >>"$out" <<'SQL'
SET datestyle = ISO;
SELECT '000@2014-07-26', sentence, mention, coalesce(value::text, 'NULL'), granularity
FROM corpus.dates(:'doc', '2014-07-26') ORDER BY start;
SQL
if ! diff -u "$here/test/expected/seed-article-dates.txt" "$out"; then
  echo "dates seeds: FAILED"
  exit 1
fi
echo "dates seeds: $(wc -l <"$out") dates as expected"
