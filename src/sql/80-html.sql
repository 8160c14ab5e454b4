-- Web pages: the article in a saved HTML page

-- A page stored as text is already decoded: its <meta charset> is ignored.
-- A page stored as bytea, as fetched, is decoded by the charset it declares
-- (byte order mark, <meta charset>, <meta http-equiv>; UTF-8, or Latin-1
-- when the bytes are not UTF-8, when it declares none).
CREATE FUNCTION html_article(html text, OUT title text, OUT byline text, OUT published timestamptz,
                             OUT url text, OUT lang text, OUT text text)
RETURNS record
AS 'MODULE_PATHNAME', 'corpus_html_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

COMMENT ON FUNCTION html_article(text) IS
'The article in a web page: headline, byline, publication time, canonical URL, language, and the main text (headline on the first line, paragraphs separated by blank lines) for the other corpus functions';

CREATE FUNCTION html_article(html bytea, OUT title text, OUT byline text, OUT published timestamptz,
                             OUT url text, OUT lang text, OUT text text)
RETURNS record
AS 'MODULE_PATHNAME', 'corpus_html_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

COMMENT ON FUNCTION html_article(bytea) IS
'The article in a web page given as fetched bytes, decoded by the charset the page declares: the columns of html_article(text)';

CREATE FUNCTION html_text(html text)
RETURNS text
AS 'MODULE_PATHNAME', 'corpus_html_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

COMMENT ON FUNCTION html_text(text) IS
'The main text of a web page without its headline: paragraphs, headings, lists and quotes separated by blank lines; navigation, related links, comments, captions, share prompts and notices left out';

CREATE FUNCTION html_text(html bytea)
RETURNS text
AS 'MODULE_PATHNAME', 'corpus_html_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

COMMENT ON FUNCTION html_text(bytea) IS
'The main text of a web page given as fetched bytes, decoded by the charset the page declares';
