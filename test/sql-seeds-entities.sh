#!/bin/bash
# Named entities on the five real seed articles in ../shared/seeds (skipped
# when absent): each entity the issue names must be found in some seed with
# the right kind and name (compared as corpus.entity values, so by kind and
# name key).  Prints every miss, then a summary; any miss fails.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/seed-lib.sh
seed_articles "seeds entities"
PSQL="psql -X -q -v ON_ERROR_STOP=1"
seed_table
bad=$($PSQL -At <<'SQL'
WITH expect(e) AS (VALUES
  ('PER:John Kerry'), ('PER:Ban Ki-moon'), ('PER:Benjamin Netanyahu'), ('PER:Khaled Mashaal'),
  ('PER:Abdel Fattah el-Sisi'), ('PER:Mahmud Abbas'), ('ORG:Hamas'), ('ORG:Palestinian Authority'),
  ('ORG:Muslim Brotherhood'), ('ORG:Mossad'), ('ORG:United Nations'), ('LOC:Gaza Strip'),
  ('LOC:Khan Younis'), ('LOC:Rafah'), ('LOC:West Bank'), ('LOC:Cairo'), ('LOC:Doha')),
found AS (SELECT DISTINCT x.entity FROM seeds s, corpus.entities(s.doc) x)
SELECT format('missing %s; mentions found: %s', e.e,
       coalesce((SELECT string_agg(DISTINCT format('%s %L as %s', x.kind, x.mention, x.name), ', ')
                 FROM seeds s, corpus.entities(s.doc) x
                 WHERE strpos(lower(x.name), lower(split_part(corpus.name(e.e::corpus.entity), ' ', -1))) > 0), 'none'))
FROM expect e
WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.entity OPERATOR(corpus.=) e.e::corpus.entity)
ORDER BY 1;
SQL
)
if [ -n "$bad" ]; then
  echo "$bad"
  echo "seeds entities: FAILED ($(echo "$bad" | wc -l) of 17 missing)"
  exit 1
fi
echo "seeds entities: 17 of 17 named entities found with the right kind and name"
