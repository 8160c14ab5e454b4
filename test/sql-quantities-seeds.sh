#!/bin/bash
# Every quantity in the five seed articles, compared with
# test/expected/seed-article-quantities.tsv.  Needs ../shared (not distributed): skips without it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/test/seed-lib.sh"
seed_articles sql-quantities-seeds
psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS corpus'
got=$(mktemp); want=$(mktemp)
trap 'rm -f "$got" "$want"' EXIT
for f in "$seeds"/*.txt; do
  id=$(basename "$f" | cut -c1-3)
  psql -X -q -At -F $'\t' -v doc="$(cat "$f")" -v id="$id" >>"$got" <<'SQL'
SELECT :'id', mention, kind, value, coalesce(unit, '') FROM corpus.quantities(:'doc') ORDER BY start;
SQL
done
grep -v '^#' "$here/test/expected/seed-article-quantities.tsv" >"$want"
if ! diff -u "$want" "$got"; then
  echo "sql-quantities-seeds: extraction differs from test/expected/seed-article-quantities.tsv"
  exit 1
fi
echo "sql-quantities-seeds: $(wc -l <"$want") quantities match"
