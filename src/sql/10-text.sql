-- Text pipeline: sentences and article anatomy

CREATE FUNCTION sentences(doc text, OUT n int, OUT start int, OUT len int, OUT sentence text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 30;

COMMENT ON FUNCTION sentences(text) IS
'Sentences of a document: number, 1-based character start, length and text (substr(doc, start, len) = sentence)';

CREATE FUNCTION article(doc text, OUT title text, OUT dateline text, OUT published date,
                        OUT body text, OUT boilerplate text)
RETURNS record
AS 'MODULE_PATHNAME', 'corpus_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

COMMENT ON FUNCTION article(text) IS
'Article anatomy: title line, dateline place, stated publication date, body without site boilerplate, and the boilerplate removed';
