-- Functions a caller's search_path can reach must not change what corpus
-- returns.  A view computes every function, operator and cast of the
-- extension on a few documents (its own calls are bound when it is created);
-- then a schema on the caller's path gets functions, aggregates and operators
-- that would change the results if the extension resolved names through the
-- path, and the view must return exactly the same rows.

CREATE TEMP TABLE sp_docs (id int, doc text);
INSERT INTO sp_docs VALUES
(1, $$Truce Talks Resume

July 21, 2014

CAIRO — U.S. Secretary of State John Kerry met U.N. chief Ban Ki-moon in Cairo on Monday. "We will not accept anything but the end of the siege," Khaled Mashaal said. More than 600 Palestinians and 25 Israeli soldiers were killed, health officials said on Sunday.$$),
(2, $$Israel said on Tuesday that about 40 people were wounded last week. Between 500 and 600 people fled, the United Nations said.$$);

SET search_path = public, corpus;
CREATE VIEW sp_outputs AS
SELECT 'sentences' AS f, d.id, t::text AS v FROM sp_docs d, corpus.sentences(d.doc) t
UNION ALL SELECT 'article', d.id, t::text FROM sp_docs d, corpus.article(d.doc) t
UNION ALL SELECT 'entities', d.id, t::text FROM sp_docs d, corpus.entities(d.doc) t
UNION ALL SELECT 'entity_array', d.id, corpus.entity_array(d.doc)::text FROM sp_docs d
UNION ALL SELECT 'quantities', d.id, t::text FROM sp_docs d, corpus.quantities(d.doc) t
UNION ALL SELECT 'dates', d.id, t::text FROM sp_docs d, corpus.dates(d.doc) t
UNION ALL SELECT 'dates_ref', d.id, t::text FROM sp_docs d, corpus.dates(d.doc, '2014-07-22') t
UNION ALL SELECT 'quotes', d.id, t::text FROM sp_docs d, corpus.quotes(d.doc) t
UNION ALL SELECT 'claims', d.id, t::text FROM sp_docs d, corpus.claims(d.doc) t
UNION ALL SELECT 'claims_ref', d.id, t::text FROM sp_docs d, corpus.claims(d.doc, '2014-07-22') t
UNION ALL SELECT 'extract', d.id, corpus.extract(d.doc)::text FROM sp_docs d
UNION ALL SELECT 'extract_ref', d.id, corpus.extract(d.doc, '2014-07-22')::text FROM sp_docs d
UNION ALL SELECT 'quote_key', d.id, corpus.quote_key(d.doc) FROM sp_docs d
UNION ALL SELECT 'names', 0, row(corpus.entity_key(a), corpus.same_entity(a, b),
                                 corpus.name_similarity(a, b))::text
  FROM (VALUES ('Moammar Gadhafi', 'Muammar Qadhafi'), ('Ban Ki-moon', 'Ban'),
               ('John Kerry', 'Kerry')) n(a, b)
UNION ALL SELECT 'entity', 0, row(corpus.kind(e), corpus.name(e), e, e::text,
                                  e = f, e <> f, e < f, e <= f, e > f, e >= f,
                                  corpus.entity_cmp(e, f), corpus.entity_hash(e),
                                  corpus.entity_hash_extended(e, 7),
                                  ARRAY[e, f] @> ARRAY[f], ARRAY[e] && ARRAY[f])::text
  FROM (VALUES ('PER:John Kerry'::corpus.entity, 'PER:JOHN KERRY'::corpus.entity),
               ('ORG:Hamas', 'LOC:Cairo')) x(e, f)
UNION ALL SELECT 'quantity', 0, row(q, corpus.lower(q), corpus.upper(q), corpus.estimate(q),
                                    corpus.is_approximate(q), corpus.numrange(q), q::numrange,
                                    (q::numrange)::corpus.quantity, corpus.quantity(q::numrange),
                                    q = p, q <> p, q < p, q <= p, q > p, q >= p, q && p,
                                    q @> 600::numeric, 600::numeric <@ q,
                                    corpus.quantity_cmp(q, p), corpus.quantity_hash(q),
                                    corpus.claims_conflict(q, p))::text
  FROM (VALUES ('~600'::corpus.quantity, '[500,600]'::corpus.quantity),
               ('>700', '536'), ('[200,1000)', '(,)')) x(q, p)
UNION ALL SELECT 'parse_quantity', 0, corpus.parse_quantity(s)::text
  FROM (VALUES ('more than seven hundred'), ('about 600'), ('between 500 and 600')) x(s);

RESET search_path;
CREATE TEMP TABLE sp_before AS SELECT * FROM sp_outputs;
SELECT count(*) AS outputs, count(DISTINCT f) AS functions FROM sp_before;

-- What a role that can create objects on the caller's path could plant.
CREATE SCHEMA regress_hostile;
SET search_path = regress_hostile;
CREATE FUNCTION lower(daterange) RETURNS date LANGUAGE sql AS $$SELECT date '1999-01-01'$$;
CREATE FUNCTION upper(daterange) RETURNS date LANGUAGE sql AS $$SELECT date '1999-01-02'$$;
CREATE FUNCTION lower(anyrange) RETURNS anyelement LANGUAGE sql AS $$SELECT NULL::anyelement$$;
CREATE FUNCTION to_jsonb(anyelement) RETURNS jsonb LANGUAGE sql AS $$SELECT '{"planted": 1}'::jsonb$$;
CREATE FUNCTION jsonb_build_object(text, jsonb) RETURNS jsonb
  LANGUAGE sql AS $$SELECT '{"planted": 2}'::jsonb$$;
CREATE FUNCTION jsonb_build_object(text, date, text, date) RETURNS jsonb
  LANGUAGE sql AS $$SELECT '{"planted": 3}'::jsonb$$;
CREATE FUNCTION jsonb_build_object(text, int, text, jsonb, text, bigint, text, jsonb, text, jsonb,
                                   text, jsonb, text, jsonb, text, jsonb) RETURNS jsonb
  LANGUAGE sql AS $$SELECT '{"planted": 4}'::jsonb$$;
CREATE FUNCTION planted_concat(jsonb, jsonb) RETURNS jsonb LANGUAGE sql AS $$SELECT '{"planted": 5}'::jsonb$$;
CREATE OPERATOR || (LEFTARG = jsonb, RIGHTARG = jsonb, FUNCTION = planted_concat);
CREATE FUNCTION planted_minus(jsonb, text) RETURNS jsonb LANGUAGE sql AS $$SELECT '{"planted": 6}'::jsonb$$;
CREATE OPERATOR - (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = planted_minus);
CREATE AGGREGATE count(*) (SFUNC = pg_catalog.int8inc, STYPE = int8, INITCOND = '1000');
CREATE FUNCTION planted_agg(jsonb, anyelement) RETURNS jsonb
  LANGUAGE sql AS $$SELECT '["planted"]'::jsonb$$;
CREATE AGGREGATE jsonb_agg(anyelement) (SFUNC = planted_agg, STYPE = jsonb);
CREATE FUNCTION planted_entity(corpus.entity, corpus.entity) RETURNS boolean
  LANGUAGE sql AS $$SELECT true$$;
CREATE OPERATOR = (LEFTARG = corpus.entity, RIGHTARG = corpus.entity, FUNCTION = planted_entity);
CREATE OPERATOR < (LEFTARG = corpus.entity, RIGHTARG = corpus.entity, FUNCTION = planted_entity);
CREATE FUNCTION planted_quantity(corpus.quantity, corpus.quantity) RETURNS boolean
  LANGUAGE sql AS $$SELECT true$$;
CREATE OPERATOR = (LEFTARG = corpus.quantity, RIGHTARG = corpus.quantity, FUNCTION = planted_quantity);
CREATE OPERATOR && (LEFTARG = corpus.quantity, RIGHTARG = corpus.quantity, FUNCTION = planted_quantity);
CREATE FUNCTION planted_text(text, text) RETURNS boolean LANGUAGE sql AS $$SELECT true$$;
CREATE OPERATOR = (LEFTARG = text, RIGHTARG = text, FUNCTION = planted_text);
CREATE FUNCTION article(text) RETURNS text LANGUAGE sql AS $$SELECT 'planted'$$;
CREATE FUNCTION sentences(text) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION entities(text) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION quotes(text) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION quantities(text) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION dates(text, date) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION claims(text) RETURNS SETOF int LANGUAGE sql AS $$SELECT 0$$;
CREATE FUNCTION entity_key(text) RETURNS text LANGUAGE sql AS $$SELECT 'planted'$$;

-- The planted objects win where names are resolved through the path.
SET search_path = regress_hostile, corpus;
SELECT lower(daterange '[2014-07-21,2014-07-22)') AS lower_daterange,
       to_jsonb(1) AS to_jsonb, '{}'::jsonb || '{}'::jsonb AS concat,
       (SELECT count(*) FROM generate_series(1, 3)) AS count;
SET search_path = regress_hostile, pg_catalog, corpus;
SELECT jsonb_build_object('a', date '2014-07-21', 'b', date '2014-07-22') AS build,
       'a'::text = 'b'::text AS text_eq, 'PER:A'::entity = 'PER:B'::entity AS entity_eq,
       '1'::quantity && '2'::quantity AS overlaps, entity_key('John Kerry') AS entity_key;

-- The extension's results do not move, whichever way the path is set.
SET search_path = regress_hostile, corpus;
CREATE TEMP TABLE sp_after1 AS SELECT * FROM sp_outputs;
SET search_path = regress_hostile, pg_catalog, corpus;
CREATE TEMP TABLE sp_after2 AS SELECT * FROM sp_outputs;
RESET search_path;
SELECT 'after1' AS run, * FROM ((TABLE sp_before EXCEPT ALL TABLE sp_after1)
                                UNION ALL (TABLE sp_after1 EXCEPT ALL TABLE sp_before)) x
UNION ALL
SELECT 'after2', * FROM ((TABLE sp_before EXCEPT ALL TABLE sp_after2)
                         UNION ALL (TABLE sp_after2 EXCEPT ALL TABLE sp_before)) y;
SELECT (SELECT count(*) FROM sp_after1) = (SELECT count(*) FROM sp_before) AS same_count1,
       (SELECT count(*) FROM sp_after2) = (SELECT count(*) FROM sp_before) AS same_count2;

SET client_min_messages = warning;
DROP SCHEMA regress_hostile CASCADE;
RESET client_min_messages;

-- Every function of the extension written in SQL (or any other language
-- that resolves names at run time) runs with a fixed search_path.
SELECT p.oid::regprocedure AS function_without_fixed_search_path
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'corpus'::regnamespace AND l.lanname NOT IN ('c', 'internal')
  AND NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, pg_temp'], false);
