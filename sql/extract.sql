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

-- The result is written in jsonb's format by hand (jsonb_build.c): its bytes
-- are those jsonb's own input function makes of its text, also past 32
-- elements, where every 32nd entry holds an offset (doc 3: 40 dates, 120
-- entities), with NULL values, empty arrays and date objects.
INSERT INTO x_docs SELECT 3, repeat('On Monday, Sara Haddad met Omar Khalil in Tripoli, where 14 people were killed. ', 40);
CREATE TEMP TABLE x_image (j jsonb);
SELECT d.id, ROW(x)::x_image *= ROW(x::text::jsonb)::x_image AS same_bytes,
       ROW(r)::x_image *= ROW(r::text::jsonb)::x_image AS same_bytes_ref,
       pg_column_size(x) AS bytes, jsonb_array_length(x -> 'dates') AS dates,
       jsonb_array_length(x -> 'entities') AS entities
FROM x_docs d, corpus.extract(d.doc) x, corpus.extract(d.doc, date '2022-05-20') r ORDER BY d.id;
-- Lookups and operators on the elements behind those offsets.
SELECT x -> 'entities' -> 119 ->> 'mention' AS last_entity, x #>> '{dates,37,start}' AS date_37,
       x -> 'quantities' -> 39 -> 'value' AS quantity_39, (x ->> 'sentences')::int AS sentences,
       x @> '{"dates": [{"start": 2964, "granularity": "day"}]}' AS contains_date,
       x ? 'claims' AS has_claims, x -> 'version' = '1' AS version
FROM x_docs, corpus.extract(doc, date '2022-05-20') x WHERE id = 3;
SELECT jsonb_path_query(corpus.extract(doc, date '2022-05-20'),
                        '$.dates[*] ? (@.start > 3100).value') AS value
FROM x_docs WHERE id = 3;
SELECT corpus.extract(doc) = '{"dates": [], "claims": [], "quotes": [], "article":
  {"title": null, "dateline": null, "published": null, "boilerplate": ""},
  "version": 1, "entities": [], "sentences": 1, "quantities": []}' AS equals_literal
FROM x_docs WHERE id = 2;

-- A NULL document gives NULL; the function is IMMUTABLE and parallel safe.
SELECT corpus.extract(NULL) IS NULL AS null_doc;
SELECT provolatile, proparallel FROM pg_proc WHERE oid = 'corpus.extract(text, date)'::regprocedure;

-- The result may take 4 bytes per document byte plus 48 MB: a 3 MB list of
-- casualty figures would take about 30 a byte, and is refused with the
-- functions that read it row by row; those still do.  A 20 kB one fits.
SELECT jsonb_array_length(corpus.extract(repeat('1 killed, ', 2000)) -> 'claims') AS claims;
SELECT corpus.extract(repeat('1 killed, ', 300000));
DO $$
BEGIN
  PERFORM corpus.extract(repeat('1 killed, ', 300000));
EXCEPTION WHEN program_limit_exceeded THEN
  RAISE NOTICE 'program_limit_exceeded';
END $$;
SELECT count(*) AS claims FROM corpus.claims(repeat('1 killed, ', 300000));
