-- Claims: casualty and event counts

CREATE FUNCTION claims(doc text, reference date,
                       OUT kind text, OUT value quantity, OUT subject text, OUT subject_key text,
                       OUT source text, OUT source_entity entity, OUT asof daterange,
                       OUT mention text, OUT start int, OUT len int, OUT sentence int, OUT key text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_claims'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 20000 ROWS 4;

COMMENT ON FUNCTION claims(text, date) IS
'Casualty and event counts (killed, wounded, hostages, kidnapped, arrested, displaced, missing) with value, group, source and as-of date; reference (may be NULL) resolves relative dates';

CREATE FUNCTION claims(doc text,
                       OUT kind text, OUT value quantity, OUT subject text, OUT subject_key text,
                       OUT source text, OUT source_entity entity, OUT asof daterange,
                       OUT mention text, OUT start int, OUT len int, OUT sentence int, OUT key text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_claims'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20000 ROWS 4;

COMMENT ON FUNCTION claims(text) IS
'Casualty and event counts, relative dates resolved against the date corpus.article() finds in the document';

CREATE FUNCTION claims_conflict(a quantity, b quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_claims_conflict'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claims_conflict(quantity, quantity) IS
'True when two figures cannot both hold: their intervals are disjoint even with approximate values widened by the quantity tolerance (NOT a && b)';
