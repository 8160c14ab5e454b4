-- Quotations: who said what

CREATE FUNCTION quotes(doc text, OUT mention text, OUT start int, OUT len int, OUT sentence int,
                       OUT speaker text, OUT speaker_entity entity, OUT speaker_mention text,
                       OUT speaker_start int, OUT speaker_len int, OUT verb text, OUT key text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_quotes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 8;

COMMENT ON FUNCTION quotes(text) IS
'Direct quotations of a document, one row per contiguous quoted piece: the words inside the marks (substr(doc, start, len) = mention) and their sentence number, the speaker resolved to a name where possible and the person, organization or place it names, the words naming the speaker and their position, the normalized reporting verb and the quote''s key for joins across articles';

CREATE FUNCTION quote_key(quote text)
RETURNS text
AS 'MODULE_PATHNAME', 'corpus_quote_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION quote_key(text) IS
'Fingerprint of a quote''s words with case, accents, punctuation, quotation marks and spacing folded; equal to the key column of quotes() for the same words';
