-- What a role that does not own the extension needs: USAGE on schema corpus.
-- The functions are executable by PUBLIC, as PostgreSQL creates them.
CREATE ROLE regress_corpus_reader;
SET ROLE regress_corpus_reader;
SELECT corpus.entity_key('John Kerry');
RESET ROLE;
GRANT USAGE ON SCHEMA corpus TO regress_corpus_reader;
SET ROLE regress_corpus_reader;
SELECT corpus.entity_key('John Kerry') AS key, 'PER:John Kerry'::corpus.entity AS entity,
       corpus.parse_quantity('about 600') AS quantity,
       (SELECT count(*) FROM corpus.entities('Kerry met Ban Ki-moon in Cairo.')) AS entities,
       corpus.extract('Kerry met Ban Ki-moon in Cairo.') -> 'sentences' AS sentences;
RESET ROLE;
REVOKE USAGE ON SCHEMA corpus FROM regress_corpus_reader;
DROP ROLE regress_corpus_reader;
