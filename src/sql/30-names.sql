-- Name variants: one identity per person or organization across spellings

CREATE FUNCTION entity_key(name text) RETURNS text
AS 'MODULE_PATHNAME', 'corpus_entity_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;

COMMENT ON FUNCTION entity_key(text) IS
'Spelling-independent key of a person''s or organization''s name: case, accents, punctuation, titles, particles, legal forms and transliteration variants folded ("Muammar Qadhafi" and "Moammar Gadhafi" get one key)';

CREATE FUNCTION same_entity(a text, b text) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_same_entity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

COMMENT ON FUNCTION same_entity(text, text) IS
'Whether two names denote the same entity: equal entity_key, or the same words up to a dropped middle name, an initial, word order or one letter of noise in a long word; different people sharing a surname or a given name stay apart';

CREATE FUNCTION name_similarity(a text, b text) RETURNS real
AS 'MODULE_PATHNAME', 'corpus_name_similarity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 15;

COMMENT ON FUNCTION name_similarity(text, text) IS
'Similarity of two names in [0, 1] for ranking: 1 for equal entity_key, at least 0.75 when same_entity holds, below 0.75 otherwise';

CREATE FUNCTION identities(entities entity[], OUT entity entity, OUT identity entity)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_identities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100000 ROWS 10000;

COMMENT ON FUNCTION identities(entity[]) IS
'One identity per person and organization across a set of entities, one row per distinct entity: names with one key, full names same_entity joins (never two it tells apart), a surname or short form to the one full name that carries it, an initialism to the one name it abbreviates; the identity is the most complete name, then the most mentioned (entities given more than once count as mentions)';
