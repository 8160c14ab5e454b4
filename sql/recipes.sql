-- The production recipes of the README, as users would write them.

SET datestyle = ISO;
CREATE TABLE news (
    id int PRIMARY KEY,
    outlet text NOT NULL,
    body text NOT NULL,
    -- generated column: the entities of each article, kept in step with body
    entities corpus.entity[] GENERATED ALWAYS AS (corpus.entity_array(body)) STORED
);
CREATE INDEX news_entities ON news USING gin (entities);

INSERT INTO news (id, outlet, body) VALUES
(1, 'wire', $$Ceasefire talks stall in Cairo
CAIRO — Egyptian mediators met Hamas and Israeli envoys on Sunday, but no agreement was reached. At least 31 Palestinians were killed overnight, the Gaza health ministry said.
"We are not there yet," Foreign Minister Nabil Fahmy told reporters.$$),
(2, 'daily', $$Strikes continue as envoys meet
GAZA CITY — Israeli air strikes killed 28 people on Sunday, health officials said, as John Kerry arrived in Cairo for talks with Nabil Fahmy.$$);

-- The generated column under GIN answers "articles naming both".
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM news WHERE entities @> ARRAY['PER:Nabil Fahmy', 'LOC:Cairo']::corpus.entity[];
SELECT id FROM news WHERE entities @> ARRAY['PER:Nabil Fahmy', 'LOC:Cairo']::corpus.entity[] ORDER BY id;
RESET enable_seqscan;

-- A materialized view of mentions, quotes and claims per article.  REFRESH
-- ... CONCURRENTLY needs a unique index on plain columns covering every row:
-- a fact is identified by its article, its kind and where it starts.
CREATE MATERIALIZED VIEW article_facts AS
SELECT n.id, 'mention' AS fact, e.start, e.entity::text AS what, NULL::corpus.quantity AS value
FROM news n, corpus.entities(n.body) e
UNION ALL
SELECT n.id, 'quote', q.start, q.speaker || ': ' || q.quote, NULL
FROM news n, corpus.quotes(n.body) q
UNION ALL
SELECT n.id, 'claim', c.start, c.key, c.value
FROM news n, corpus.claims(n.body) c;
CREATE UNIQUE INDEX article_facts_key ON article_facts (id, fact, start);

INSERT INTO news (id, outlet, body) VALUES
(3, 'post', $$Kerry presses for truce
CAIRO — More than 500 Palestinians have died in the fighting, according to Gaza officials. "Both sides must stop," Kerry said.$$);
SELECT count(*) FILTER (WHERE id = 3) AS new_before FROM article_facts;
REFRESH MATERIALIZED VIEW CONCURRENTLY article_facts;
SELECT id, fact, start, what, value FROM article_facts ORDER BY id, fact, start;

DROP MATERIALIZED VIEW article_facts;
DROP TABLE news;
