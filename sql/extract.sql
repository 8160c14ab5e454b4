-- corpus.extract(): one jsonb value per document

CREATE TEMP TABLE x_docs (id int, doc text);
INSERT INTO x_docs VALUES
(1, $$Truce holds in border town
May 12, 2022
TRIPOLI — At least 14 people were killed on Tuesday, Health Minister Sara Haddad said. "The hospitals are full," she said.$$),
(2, 'No names, numbers or quotes here.');

-- The stable shape: top-level keys, and arrays that are never null.
SELECT id, array(SELECT jsonb_object_keys(corpus.extract(doc)) ORDER BY 1) AS keys
FROM x_docs ORDER BY id;
SELECT id, corpus.extract(doc) -> 'article' AS article, corpus.extract(doc) -> 'sentences' AS sentences
FROM x_docs ORDER BY id;

-- Each array holds the rows of the matching function, with its columns.
SELECT d.id,
       jsonb_array_length(x -> 'entities') = (SELECT count(*) FROM corpus.entities(d.doc)) AS entities,
       jsonb_array_length(x -> 'quotes') = (SELECT count(*) FROM corpus.quotes(d.doc)) AS quotes,
       jsonb_array_length(x -> 'quantities') = (SELECT count(*) FROM corpus.quantities(d.doc)) AS quantities,
       jsonb_array_length(x -> 'dates') = (SELECT count(*) FROM corpus.dates(d.doc)) AS dates,
       jsonb_array_length(x -> 'claims') = (SELECT count(*) FROM corpus.claims(d.doc)) AS claims
FROM x_docs d, corpus.extract(d.doc) x ORDER BY d.id;
SELECT jsonb_pretty(corpus.extract(doc) -> 'claims') FROM x_docs WHERE id = 1;
SELECT e ->> 'entity' AS entity, (e ->> 'start')::int AS start,
       substr(doc, (e ->> 'start')::int, (e ->> 'len')::int) = e ->> 'mention' AS positioned
FROM x_docs, jsonb_array_elements(corpus.extract(doc) -> 'entities') e WHERE id = 1;

-- Dates do not follow DateStyle, and an explicit reference resolves "Tuesday".
SET datestyle = 'Postgres, DMY';
SELECT d -> 'mention' AS mention, d -> 'value' AS value
FROM x_docs, jsonb_array_elements(corpus.extract(doc, date '2022-05-20') -> 'dates') d WHERE id = 1;
RESET datestyle;

-- A NULL document gives NULL; the function is IMMUTABLE and parallel safe.
SELECT corpus.extract(NULL) IS NULL AS null_doc;
SELECT provolatile, proparallel FROM pg_proc WHERE oid = 'corpus.extract(text, date)'::regprocedure;
