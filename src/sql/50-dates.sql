-- Dates: date expressions resolved against the article's date

CREATE FUNCTION dates(doc text, reference date,
                      OUT mention text, OUT value daterange, OUT granularity text,
                      OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_dates'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 3000 ROWS 10;

COMMENT ON FUNCTION dates(text, date) IS
'Date expressions of a document: mention, value as a daterange (a day is [d, d+1); ranges may be unbounded), granularity (day, week, month, season, year), 1-based character start and length, sentence number. Relative expressions ("on Saturday", "last month", "since October 7") resolve against reference, the publication date; with a NULL reference their value is NULL. A NULL doc gives no rows.';

CREATE FUNCTION dates(doc text,
                      OUT mention text, OUT value daterange, OUT granularity text,
                      OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 10;

COMMENT ON FUNCTION dates(text) IS
'Date expressions of a document resolved against the publication date stated in the document (corpus.article(doc).published); relative ones have a NULL value when the document states none';
