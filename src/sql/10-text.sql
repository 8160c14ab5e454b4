-- Text pipeline: sentences and article anatomy

CREATE FUNCTION sentences(doc text, OUT mention text, OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 30;

COMMENT ON FUNCTION sentences(text) IS
'Sentences of a document: the text (substr(doc, start, len) = mention), its 1-based character start and length, and the sentence number that other extractors'' sentence column refers to';

CREATE FUNCTION article(doc text, OUT title text, OUT dateline text, OUT published date,
                        OUT body text, OUT boilerplate text)
RETURNS record
AS 'MODULE_PATHNAME', 'corpus_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

COMMENT ON FUNCTION article(text) IS
'Article anatomy: title line, dateline place, stated publication date, body without site boilerplate, and the boilerplate removed';
