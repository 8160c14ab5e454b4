-- Everything in one jsonb value

-- EXTRACT is an SQL keyword: the function is always named with its schema,
-- corpus.extract(...).  The body is schema-qualified as well, since SQL
-- function bodies are parsed with the caller's search_path.  Date ranges
-- become {"lower", "upper"} objects of ISO dates (lower inclusive, upper
-- exclusive, null when unbounded): range text would follow DateStyle, and
-- an IMMUTABLE function must not.
CREATE FUNCTION corpus.extract(doc text, reference date DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 30000
AS $$
SELECT jsonb_build_object(
    'version', 1,
    'article', (SELECT to_jsonb(a) - 'body' FROM corpus.article(doc) a),
    'sentences', (SELECT count(*) FROM corpus.sentences(doc)),
    'entities', coalesce((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.start)
                          FROM corpus.entities(doc) e), '[]'),
    'quotes', coalesce((SELECT jsonb_agg(to_jsonb(q) ORDER BY q.start)
                        FROM corpus.quotes(doc) q), '[]'),
    'quantities', coalesce((SELECT jsonb_agg(to_jsonb(n) ORDER BY n.start)
                            FROM corpus.quantities(doc) n), '[]'),
    'dates', coalesce(
        (SELECT jsonb_agg(to_jsonb(d) || jsonb_build_object('value', CASE WHEN d.value IS NOT NULL THEN
                              jsonb_build_object('lower', lower(d.value), 'upper', upper(d.value)) END)
                          ORDER BY d.start)
         FROM (SELECT * FROM corpus.dates(doc) WHERE reference IS NULL
               UNION ALL
               SELECT * FROM corpus.dates(doc, reference) WHERE reference IS NOT NULL) d), '[]'),
    'claims', coalesce(
        (SELECT jsonb_agg(to_jsonb(c) || jsonb_build_object('asof', CASE WHEN c.asof IS NOT NULL THEN
                              jsonb_build_object('lower', lower(c.asof), 'upper', upper(c.asof)) END)
                          ORDER BY c.start)
         FROM (SELECT * FROM corpus.claims(doc) WHERE reference IS NULL
               UNION ALL
               SELECT * FROM corpus.claims(doc, reference) WHERE reference IS NOT NULL) c), '[]'))
WHERE doc IS NOT NULL
$$;

COMMENT ON FUNCTION corpus.extract(text, date) IS
'Everything the extractors find in a document as one jsonb value: {version, article, sentences, entities, quotes, quantities, dates, claims}; arrays hold the columns of the matching functions in text order; relative dates resolve against reference, or the article''s stated date when it is NULL';
