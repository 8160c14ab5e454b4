#!/bin/bash
# Article anatomy on the five real seed articles in ../shared/seeds (skipped
# when absent): the title is the headline, every boilerplate kind is gone
# from the body and kept in boilerplate, datelines and the stated date found.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/seed-lib.sh
seed_articles "seeds article"
PSQL="psql -X -q -v ON_ERROR_STOP=1"
seed_table
# Expected facts, written by reading the seeds: headline, place, stated date.
bad=$($PSQL -At <<'SQL'
WITH expect(name, title, dateline, published) AS (VALUES
  ('000', 'Kerry Pushes for Israel-Palestine Truce in France as Israel, Hamas Hold 12-Hour Ceasefire', NULL, NULL::date),
  ('001', 'U.S. Pushes For Ceasefire In Gaza As Battles Continue', NULL, NULL),
  ('002', 'John Kerry urges Hamas to accept truce as Gaza war rages', 'Cairo', NULL),
  ('003', 'U.S. trying to secure cease-fire between Israel, Hamas', 'Cairo', '2014-07-21'),
  ('004', 'Amid bombings, ceasefire negotiations in Gaza take place in Paris', NULL, NULL)),
furniture(piece) AS (VALUES ('All Sections'), ('Welcome guest'), ('Register| Sign In'), ('Home | War'),
  ('July 21. 2014 8:03PM'), ('(REUTERS/Ammar Awad)'), ('(Photo: Reuters'), ('Politics Religion War'),
  ('More Headlines'), ('You may also like'), ('[Image by Danny-w]'), ('Source: CNN Brasil'),
  ('agree to the use of cookies'))
SELECT format('%s: title %L dateline %L published %s', s.name, a.title, a.dateline, a.published)
FROM seeds s JOIN expect e USING (name), corpus.article(s.doc) a
WHERE a.title IS DISTINCT FROM e.title OR a.dateline IS DISTINCT FROM e.dateline
   OR a.published IS DISTINCT FROM e.published
UNION ALL
SELECT format('%s: body still has %L', s.name, f.piece)
FROM seeds s, corpus.article(s.doc) a, furniture f
WHERE strpos(a.body, f.piece) > 0
UNION ALL
SELECT format('%s: %L missing from boilerplate', s.name, f.piece)
FROM seeds s, corpus.article(s.doc) a, furniture f
WHERE strpos(s.doc, f.piece) > 0 AND strpos(a.boilerplate, f.piece) = 0;
SQL
)
checked=$($PSQL -At -c "SELECT count(*) FROM seeds")
if [ -n "$bad" ]; then
  echo "$bad"
  echo "seeds article: FAILED"
  exit 1
fi
echo "seeds article: $checked seed articles as expected"
