-- TIMEX3: TimeML temporal expressions with their types and values

CREATE FUNCTION timexes(doc text, reference date,
                        OUT type text, OUT timex text, OUT value daterange, OUT mention text,
                        OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_timexes'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 3000 ROWS 10;

COMMENT ON FUNCTION timexes(text, date) IS
'TimeML TIMEX3 expressions of a document: type (DATE, TIME, DURATION, SET), timex (the TIMEX3 value: 2013-03-22, 2013-W11, 2013-Q1, 201, P3Y, PT2H, PRESENT_REF, XXXX-WXX-1, ...), value (the date range of a DATE or TIME, when there is one), mention, 1-based character start and length, sentence number. Relative expressions resolve against reference, the document creation time; with a NULL reference their digits are X and value is NULL. A NULL doc gives no rows.';

CREATE FUNCTION timexes(doc text,
                        OUT type text, OUT timex text, OUT value daterange, OUT mention text,
                        OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_timexes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 10;

COMMENT ON FUNCTION timexes(text) IS
'TIMEX3 expressions of a document resolved against the publication date stated in the document (corpus.article(doc).published); relative ones have X digits and a NULL value when the document states none';
