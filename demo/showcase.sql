-- The corpus tour: run by `make demo` over demo/articles, loaded by
-- scripts/demo.sh into articles(id, outlet, published, doc).
\pset footer off
\echo
\echo '== Article anatomy: title, dateline, stated date, and what was stripped'
SELECT a.id, a.outlet, x.title, x.dateline, x.published,
       replace(x.boilerplate, E'\n', ' / ') AS boilerplate
FROM articles a, corpus.article(a.doc) x ORDER BY a.id;

\echo '== Sentences with 1-based positions: substr(doc, start, len) is the sentence'
SELECT a.id, s.sentence, s.start, s.len, left(s.mention, 70) AS mention
FROM articles a, corpus.sentences(a.doc) s WHERE a.id = 2 ORDER BY s.sentence;

\echo '== Entities of one article: "Kerry" is John Kerry, "U.N." the United Nations'
SELECT e.kind, e.mention, e.name, e.entity, e.start, e.len
FROM articles a, corpus.entities(a.doc) e WHERE a.id = 1 ORDER BY e.start;

\echo '== A GIN index over corpus.entity_array, and the articles naming both Khaled Mashaal and Hamas (any spelling)'
\set QUIET on
CREATE INDEX articles_entities ON articles USING gin (corpus.entity_array(doc));
ANALYZE articles;
\set QUIET off
SELECT a.id, a.outlet, (corpus.article(a.doc)).title,
       (SELECT string_agg(DISTINCT e.name, ', ') FROM corpus.entities(a.doc) e
        WHERE e.kind = 'PER' AND corpus.same_entity(e.name, 'Khaled Mashaal')) AS written_as
FROM articles a
WHERE corpus.entity_array(a.doc) @> ARRAY['PER:Khaled Mashaal', 'ORG:Hamas']::corpus.entity[]
ORDER BY a.id;

\echo '== The same query uses the index (six rows would not need it: SET enable_seqscan = off)'
\set QUIET on
SET enable_seqscan = off;
\set QUIET off
EXPLAIN (COSTS OFF)
SELECT a.id FROM articles a
WHERE corpus.entity_array(a.doc) @> ARRAY['PER:Khaled Mashaal', 'ORG:Hamas']::corpus.entity[];
\set QUIET on
RESET enable_seqscan;
\set QUIET off

\echo '== One row per person across spellings: GROUP BY entity, display the most frequent spelling'
SELECT mode() WITHIN GROUP (ORDER BY e.name) AS person,
       count(*) AS mentions, count(DISTINCT a.id) AS articles,
       array_agg(DISTINCT e.name) AS spellings
FROM articles a, corpus.entities(a.doc) e
WHERE e.kind = 'PER'
GROUP BY e.entity
ORDER BY mentions DESC, person;

\echo '== One identity per person and organization across articles: a surname or a title joins the one full name'
SELECT i.identity, count(DISTINCT a.id) AS articles, array_agg(DISTINCT i.entity::text) AS written_as
FROM corpus.identities((SELECT array_agg(e ORDER BY a.id) FROM articles a, unnest(corpus.entity_array(a.doc)) e)) i
JOIN articles a ON corpus.entity_array(a.doc) @> ARRAY[i.entity]
WHERE corpus.kind(i.identity) IN ('PER', 'ORG')
GROUP BY i.identity HAVING count(DISTINCT i.entity) > 1 OR count(DISTINCT a.id) > 2
ORDER BY articles DESC, i.identity;

\echo '== Name variants: one key for transliterations, different people stay apart'
SELECT a, b, corpus.entity_key(a) AS key_a, corpus.entity_key(b) AS key_b,
       corpus.same_entity(a, b), corpus.name_similarity(a, b)
FROM (VALUES ('Khaled Meshaal', 'Khaled Mashaal'),
             ('Binyamin Netanyahu', 'Benjamin Netanyahu'),
             ('Abdel Fattah el-Sisi', 'Abdul Fatah al-Sisi'),
             ('Mahmoud Abbas', 'Mohammed Abbas')) v(a, b);

\echo '== Who said what: quotes with speaker, speaker entity and reporting verb'
SELECT a.id, a.outlet, left(q.mention, 45) AS quote, q.speaker, q.speaker_entity,
       q.speaker_mention, q.verb
FROM articles a, corpus.quotes(a.doc) q ORDER BY a.id, q.start;

\echo '== The same quote carried by two outlets, joined by key'
SELECT qa.key, a.outlet AS outlet_a, a.published AS published_a, qa.speaker AS speaker_a,
       b.outlet AS outlet_b, b.published AS published_b, qb.speaker AS speaker_b
FROM articles a, corpus.quotes(a.doc) qa, articles b, corpus.quotes(b.doc) qb
WHERE qa.key = qb.key AND a.id < b.id
ORDER BY qa.key;

\echo '== Quantities of one article: kind, value as corpus.quantity, counted noun or unit'
SELECT q.kind, q.mention, q.value, q.unit, q.sentence
FROM articles a, corpus.quantities(a.doc) q WHERE a.id = 6 ORDER BY q.start;

\echo '== corpus.parse_quantity: a phrase as an interval with an approximate flag'
SELECT p AS phrase, corpus.parse_quantity(p) AS value,
       corpus.estimate(corpus.parse_quantity(p)) AS estimate,
       corpus.is_approximate(corpus.parse_quantity(p)) AS approximate
FROM (VALUES ('more than 600 Palestinians'), ('about 600'), ('at least 29,514'),
             ('between 500 and 600'), ('hundreds'), ('$1.13bn')) v(p);

\echo '== Dates resolved against the date each article states (corpus.article(doc).published)'
SELECT a.id, x.published AS stated, d.mention, d.value, d.granularity, d.sentence
FROM articles a, corpus.article(a.doc) x, corpus.dates(a.doc) d
WHERE a.id IN (1, 2) ORDER BY a.id, d.start;

\echo '== Claims: casualty and event counts with group, source and as-of date'
SELECT a.id, c.kind, c.value, c.subject, c.subject_key, c.source, c.source_entity, c.asof, c.key
FROM articles a, corpus.claims(a.doc) c ORDER BY a.id, c.start;

\echo '== A materialized view of reported figures per outlet, key and day, refreshed concurrently'
\set QUIET on
CREATE MATERIALIZED VIEW reported_figures AS
SELECT a.outlet, c.key, lower(c.asof) AS day, c.value,
       array_agg(DISTINCT a.id) AS articles,
       string_agg(DISTINCT c.source, '; ') AS sources
FROM articles a, corpus.claims(a.doc) c
WHERE c.asof IS NOT NULL
GROUP BY a.outlet, c.key, lower(c.asof), c.value;
CREATE UNIQUE INDEX reported_figures_key ON reported_figures (outlet, key, day, value);
\set QUIET off
REFRESH MATERIALIZED VIEW CONCURRENTLY reported_figures;
SELECT * FROM reported_figures WHERE key LIKE 'killed:%' ORDER BY key, day, outlet;

\echo '== Figures that cannot both hold: same key and day, different outlets'
SELECT a.key, a.day, a.outlet AS outlet_a, a.value AS value_a,
       b.outlet AS outlet_b, b.value AS value_b
FROM reported_figures a
JOIN reported_figures b ON b.key = a.key AND b.day = a.day AND b.outlet > a.outlet
WHERE corpus.claims_conflict(a.value, b.value)
ORDER BY a.key, a.day, a.outlet, b.outlet;

\echo '== The Palestinian death toll over time, as each outlet reported it'
SELECT outlet, day, max(corpus.estimate(value)) AS killed,
       string_agg(value::text, ', ' ORDER BY value) AS figures
FROM reported_figures
WHERE key = 'killed:palestinian'
GROUP BY outlet, day
ORDER BY outlet, day;

\echo '== Everything at once: corpus.extract(doc) as one jsonb document'
SELECT to_regprocedure('corpus.extract(text,date)') IS NOT NULL AS has_extract \gset
\if :has_extract
SELECT key, jsonb_typeof(value) AS type,
       CASE WHEN jsonb_typeof(value) = 'array' THEN jsonb_array_length(value) END AS items
FROM articles a, jsonb_each(corpus.extract(a.doc)) WHERE a.id = 3;
SELECT jsonb_pretty(corpus.extract(a.doc) -> 'claims' -> 0) AS first_claim
FROM articles a WHERE a.id = 3;
\else
\echo '(corpus.extract is not in this build)'
\endif

\echo '== Where the news happens: places per outlet, each name resolved once per article with its point'
\echo '   (map the lat and lon columns; with PostGIS, ST_MakePoint(lon, lat))'
SELECT a.outlet, p.name, p.country, p.feature_code, round(p.lat::numeric, 3) AS lat,
       round(p.lon::numeric, 3) AS lon, count(*) AS mentions
FROM articles a, corpus.places(a.doc) p
GROUP BY a.outlet, p.name, p.country, p.feature_code, p.lat, p.lon
ORDER BY a.outlet, mentions DESC, p.name;

\echo '== Geocoding a bare name: corpus.place()'
SELECT q AS asked, p.name, p.country, p.admin1, p.feature_code, round(p.lat::numeric, 3) AS lat,
       round(p.lon::numeric, 3) AS lon
FROM (VALUES ('Khan Younis'), ('Rafah'), ('U.S.'), ('Israeli')) v(q), LATERAL corpus.place(q) p;
