-- The production recipes of the README, as users would write them.

SET datestyle = ISO;
CREATE TABLE news (
    id int PRIMARY KEY,
    outlet text NOT NULL,
    published date,
    body text NOT NULL,
    -- generated column: the entities of each article, kept in step with body
    entities corpus.entity[] GENERATED ALWAYS AS (corpus.entity_array(body)) STORED
);
CREATE INDEX news_entities ON news USING gin (entities);

INSERT INTO news (id, outlet, published, body) VALUES
(1, 'wire', '2014-08-03', $$Ceasefire talks stall in Cairo
CAIRO — Egyptian mediators met Hamas and Israeli envoys on Sunday, but no agreement was reached. At least 31 Palestinians were killed overnight, the Gaza health ministry said.
"We are not there yet," Foreign Minister Nabil Fahmy told reporters.$$),
(2, 'daily', '2014-08-03', $$Strikes continue as envoys meet
GAZA CITY — Israeli air strikes killed 28 people on Sunday, health officials said, as John Kerry arrived in Cairo for talks with Nabil Fahmy.$$);

-- The generated column under GIN answers "articles naming both".
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM news WHERE entities @> ARRAY['PER:Nabil Fahmy', 'LOC:Cairo']::corpus.entity[];
SELECT id FROM news WHERE entities @> ARRAY['PER:Nabil Fahmy', 'LOC:Cairo']::corpus.entity[] ORDER BY id;
RESET enable_seqscan;

-- Materialized views of mentions, quotes and claims (README, Recipes).
-- REFRESH ... CONCURRENTLY needs a unique index on plain columns covering
-- every row: the article and the fact's start identify each row.
CREATE MATERIALIZED VIEW article_mentions AS
  SELECT a.id, e.start, e.len, e.kind, e.name, e.entity, e.sentence
  FROM news a, corpus.entities(a.body) e;
CREATE UNIQUE INDEX ON article_mentions (id, start);

CREATE MATERIALIZED VIEW article_quotes AS
  SELECT a.id, q.start, q.len, q.mention AS quote, q.speaker, q.speaker_entity, q.verb, q.key
  FROM news a, corpus.quotes(a.body) q;
CREATE UNIQUE INDEX ON article_quotes (id, start);

CREATE MATERIALIZED VIEW article_claims AS
  SELECT a.id, c.start, c.len, c.kind, c.value, c.subject, c.source, c.asof, c.key
  FROM news a, corpus.claims(a.body, a.published) c;
CREATE UNIQUE INDEX ON article_claims (id, start);

INSERT INTO news (id, outlet, published, body) VALUES
(3, 'post', '2014-07-21', $$Kerry presses for truce
CAIRO — More than 500 Palestinians have died in the fighting, according to Gaza officials. "Both sides must stop," Kerry said.$$);
SELECT (SELECT count(*) FROM article_mentions WHERE id = 3) AS mentions_before,
       (SELECT count(*) FROM article_quotes WHERE id = 3) AS quotes_before,
       (SELECT count(*) FROM article_claims WHERE id = 3) AS claims_before;
REFRESH MATERIALIZED VIEW CONCURRENTLY article_mentions;
REFRESH MATERIALIZED VIEW CONCURRENTLY article_quotes;
REFRESH MATERIALIZED VIEW CONCURRENTLY article_claims;
SELECT id, start, kind, entity FROM article_mentions ORDER BY id, start;
SELECT id, start, speaker, speaker_entity, verb, quote FROM article_quotes ORDER BY id, start;
SELECT id, start, kind, value, subject, source, asof, key FROM article_claims ORDER BY id, start;

-- One identity per person across the archive (README, Recipes): "Kerry"
-- alone in article 3 is the John Kerry of article 2.
CREATE MATERIALIZED VIEW entity_identities AS
  SELECT * FROM corpus.identities((SELECT array_agg(entity ORDER BY id, start) FROM article_mentions));
CREATE UNIQUE INDEX ON entity_identities (entity);
REFRESH MATERIALIZED VIEW CONCURRENTLY entity_identities;
SET search_path = public, corpus;
SELECT i.identity, count(DISTINCT m.id) AS articles, string_agg(DISTINCT m.name, ', ') AS written_as
FROM article_mentions m JOIN entity_identities i ON i.entity = m.entity
WHERE kind(i.identity) = 'PER'
GROUP BY i.identity ORDER BY articles DESC, i.identity;
RESET search_path;
DROP MATERIALIZED VIEW entity_identities;

DROP MATERIALIZED VIEW article_mentions;
DROP MATERIALIZED VIEW article_quotes;
DROP MATERIALIZED VIEW article_claims;
DROP TABLE news;
