#!/bin/bash
# corpus.identities() over every entity mention of the five seed articles in
# ../shared/seeds (skipped when absent): all mentions of each of Netanyahu,
# Sisi, Mashaal, Kerry and Ban Ki-moon resolve to one identity, and Mahmoud
# Abbas shares his with no other Abbas.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/seed-lib.sh
seed_articles "seeds identities"
PSQL="psql -X -q -v ON_ERROR_STOP=1"
seed_table
bad=$($PSQL -At <<'SQL'
CREATE TEMP TABLE m AS SELECT s.name AS article, x.mention, x.entity FROM seeds s, corpus.entities(s.doc) x;
CREATE TEMP TABLE ids AS SELECT * FROM corpus.identities((SELECT array_agg(entity ORDER BY article) FROM m));
WITH person(word) AS (VALUES ('Netanyahu'), ('Sisi'), ('Mashaal'), ('Kerry'), ('Ban Ki')),
resolved AS (
  SELECT p.word, i.identity::text AS identity
  FROM person p JOIN m ON m.mention ILIKE '%' || p.word || '%' AND corpus.kind(m.entity) = 'PER'
  JOIN ids i ON i.entity OPERATOR(corpus.=) m.entity)
SELECT format('%s: %s identities (%s)', p.word, count(DISTINCT r.identity), string_agg(DISTINCT r.identity, ', '))
FROM person p LEFT JOIN resolved r USING (word) GROUP BY p.word HAVING count(DISTINCT r.identity) <> 1
UNION ALL
SELECT format('Abbas: %s shares %s', i.identity, string_agg(DISTINCT i.entity::text, ', '))
FROM ids i WHERE corpus.name(i.entity) ILIKE '%Abbas%' AND corpus.kind(i.entity) = 'PER'
GROUP BY i.identity HAVING count(DISTINCT corpus.entity_key(corpus.name(i.entity))) > 1
   AND bool_or(corpus.name(i.entity) ~* 'mahmo?u?d') AND bool_or(corpus.name(i.entity) !~* 'mahmo?u?d' AND corpus.name(i.entity) ~ ' ');
SQL
)
if [ -n "$bad" ]; then
  echo "$bad"
  echo "seeds identities: FAILED"
  exit 1
fi
echo "seeds identities: Netanyahu, Sisi, Mashaal, Kerry and Ban Ki-moon resolve to one identity each; Mahmoud Abbas stays apart"
