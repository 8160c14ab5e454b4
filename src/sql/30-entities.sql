-- Entities: the corpus.entity type, named-entity extraction, indexable entity arrays

CREATE TYPE entity;

CREATE FUNCTION entity_in(cstring) RETURNS entity
AS 'MODULE_PATHNAME', 'corpus_entity_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION entity_in(cstring) IS 'Input function of corpus.entity: KIND:Name';

CREATE FUNCTION entity_out(entity) RETURNS cstring
AS 'MODULE_PATHNAME', 'corpus_entity_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION entity_out(entity) IS 'Output function of corpus.entity: KIND:Name';

CREATE FUNCTION entity_recv(internal) RETURNS entity
AS 'MODULE_PATHNAME', 'corpus_entity_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION entity_recv(internal) IS 'Binary input function of corpus.entity (the text form as text)';

CREATE FUNCTION entity_send(entity) RETURNS bytea
AS 'MODULE_PATHNAME', 'corpus_entity_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION entity_send(entity) IS 'Binary output function of corpus.entity (the text form as text)';

CREATE TYPE entity (
    INPUT = entity_in,
    OUTPUT = entity_out,
    RECEIVE = entity_recv,
    SEND = entity_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

-- The implicit array type is a member too, so that postgres_fdw treats
-- corpus.entity[] values as shippable with the extension's other objects.
ALTER EXTENSION corpus ADD TYPE _entity;

COMMENT ON TYPE entity IS
'A named entity: kind (PER, ORG, LOC, MISC) and name, written KIND:Name; equal when kind and normalized name key agree';

CREATE FUNCTION entity_eq(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_eq(entity, entity) IS 'Backs the = operator on entity: same kind and same name key';

CREATE FUNCTION entity_ne(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_ne(entity, entity) IS 'Backs the <> operator on entity: different kind or name key';

CREATE FUNCTION entity_lt(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_lt(entity, entity) IS 'Backs the < operator on entity: sorts before (by kind, then name key)';

CREATE FUNCTION entity_le(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_le(entity, entity) IS 'Backs the <= operator on entity: sorts before or equal (by kind, then name key)';

CREATE FUNCTION entity_gt(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_gt(entity, entity) IS 'Backs the > operator on entity: sorts after (by kind, then name key)';

CREATE FUNCTION entity_ge(entity, entity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_entity_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_ge(entity, entity) IS 'Backs the >= operator on entity: sorts after or equal (by kind, then name key)';

CREATE FUNCTION entity_cmp(entity, entity) RETURNS int
AS 'MODULE_PATHNAME', 'corpus_entity_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_cmp(entity, entity) IS 'Btree support: -1, 0 or 1 by kind, then name key';

CREATE FUNCTION entity_hash(entity) RETURNS int
AS 'MODULE_PATHNAME', 'corpus_entity_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_hash(entity) IS 'Hash support: hash of kind and name key';

CREATE FUNCTION entity_hash_extended(entity, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'corpus_entity_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entity_hash_extended(entity, bigint) IS 'Hash support: seeded 64-bit hash of kind and name key';

CREATE OPERATOR = (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR =(entity, entity) IS 'Same entity: same kind and name key';

CREATE OPERATOR <> (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR <>(entity, entity) IS 'Different entities';

CREATE OPERATOR < (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR <(entity, entity) IS 'Less than, by kind then name key';

CREATE OPERATOR <= (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR <=(entity, entity) IS 'Less than or equal, by kind then name key';

CREATE OPERATOR > (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR >(entity, entity) IS 'Greater than, by kind then name key';

CREATE OPERATOR >= (
    LEFTARG = entity, RIGHTARG = entity, PROCEDURE = entity_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR >=(entity, entity) IS 'Greater than or equal, by kind then name key';

CREATE OPERATOR CLASS entity_ops
DEFAULT FOR TYPE entity USING btree AS
    OPERATOR 1 <,
    OPERATOR 2 <=,
    OPERATOR 3 =,
    OPERATOR 4 >=,
    OPERATOR 5 >,
    FUNCTION 1 entity_cmp(entity, entity);

COMMENT ON OPERATOR CLASS entity_ops USING btree IS
'Default btree order of corpus.entity (also what GIN over corpus.entity[] uses)';

CREATE OPERATOR CLASS entity_hash_ops
DEFAULT FOR TYPE entity USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 entity_hash(entity),
    FUNCTION 2 entity_hash_extended(entity, bigint);

COMMENT ON OPERATOR CLASS entity_hash_ops USING hash IS
'Default hash operator class of corpus.entity: hash joins, hash aggregation';

CREATE FUNCTION kind(entity) RETURNS text
AS 'MODULE_PATHNAME', 'corpus_entity_kind'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1;

COMMENT ON FUNCTION kind(entity) IS 'Kind of an entity: PER, ORG, LOC or MISC';

CREATE FUNCTION name(entity) RETURNS text
AS 'MODULE_PATHNAME', 'corpus_entity_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1;

COMMENT ON FUNCTION name(entity) IS 'Display name of an entity, as written';

CREATE FUNCTION entities(doc text, OUT kind text, OUT mention text, OUT name text,
                         OUT entity entity, OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 40;

COMMENT ON FUNCTION entities(text) IS
'Named entities of a document in text order: kind (CoNLL PER, ORG, LOC, MISC), mention as written, fullest name in the article, entity, 1-based character start and length (substr(doc, start, len) = mention), sentence number';

CREATE FUNCTION entity_array(doc text) RETURNS entity[]
AS 'MODULE_PATHNAME', 'corpus_entity_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000;

COMMENT ON FUNCTION entity_array(text) IS
'Distinct entities of a document, for GIN indexes: CREATE INDEX ON t USING gin (corpus.entity_array(body))';
