-- Everything in one jsonb value

-- EXTRACT is an SQL keyword: the function is always named with its schema,
-- corpus.extract(...).  It reads the document once and writes every layer
-- with the columns of the matching functions.  Date ranges become
-- {"lower", "upper"} objects of ISO dates (lower inclusive, upper
-- exclusive, null when unbounded): range text would follow DateStyle, and
-- an IMMUTABLE function must not.  Not STRICT, so that the default
-- reference works: a NULL doc gives NULL.
CREATE FUNCTION corpus.extract(doc text, reference date DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'corpus_extract'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 30000;

COMMENT ON FUNCTION corpus.extract(text, date) IS
'Everything the extractors find in a document as one jsonb value: {version, article, sentences, entities, quotes, quantities, dates, claims}; arrays hold the columns of the matching functions in text order; relative dates resolve against reference, or the article''s stated date when it is NULL';
