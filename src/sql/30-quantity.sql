-- Quantities: the quantity type, its operators, opclasses and casts, and extraction

CREATE TYPE quantity;

CREATE FUNCTION quantity_in(cstring) RETURNS quantity
AS 'MODULE_PATHNAME', 'corpus_quantity_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_in(cstring) IS 'Input function of type quantity (backs the type)';

CREATE FUNCTION quantity_out(quantity) RETURNS cstring
AS 'MODULE_PATHNAME', 'corpus_quantity_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_out(quantity) IS 'Output function of type quantity (backs the type)';

CREATE FUNCTION quantity_recv(internal) RETURNS quantity
AS 'MODULE_PATHNAME', 'corpus_quantity_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_recv(internal) IS 'Binary input function of type quantity (backs the type)';

CREATE FUNCTION quantity_send(quantity) RETURNS bytea
AS 'MODULE_PATHNAME', 'corpus_quantity_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_send(quantity) IS 'Binary output function of type quantity (backs the type)';

CREATE TYPE quantity (
    INPUT = quantity_in,
    OUTPUT = quantity_out,
    RECEIVE = quantity_recv,
    SEND = quantity_send,
    INTERNALLENGTH = 24,
    ALIGNMENT = double,
    STORAGE = plain
);

-- The implicit array type must belong to the extension for postgres_fdw to
-- ship quantity[] values to shards.
ALTER EXTENSION corpus ADD TYPE _quantity;

COMMENT ON TYPE quantity IS
'A number as news states it: an interval over numeric with open or closed, possibly unbounded sides, and an approximate flag. Text forms: 536, ~600, >700, >=29514, <100, <=100, [500,600], [200,1000)';

-- Comparison

CREATE FUNCTION quantity_eq(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_eq(quantity, quantity) IS 'Backs the = operator on quantity';
CREATE FUNCTION quantity_ne(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_ne(quantity, quantity) IS 'Backs the <> operator on quantity';
CREATE FUNCTION quantity_lt(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_lt(quantity, quantity) IS 'Backs the < operator on quantity';
CREATE FUNCTION quantity_le(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_le(quantity, quantity) IS 'Backs the <= operator on quantity';
CREATE FUNCTION quantity_gt(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_gt(quantity, quantity) IS 'Backs the > operator on quantity';
CREATE FUNCTION quantity_ge(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_ge(quantity, quantity) IS 'Backs the >= operator on quantity';
CREATE FUNCTION quantity_cmp(quantity, quantity) RETURNS int
AS 'MODULE_PATHNAME', 'corpus_quantity_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_cmp(quantity, quantity) IS
'Btree support: orders by lower bound (unbounded first, closed before open), then upper bound, then exact before approximate';
CREATE FUNCTION quantity_hash(quantity) RETURNS int
AS 'MODULE_PATHNAME', 'corpus_quantity_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_hash(quantity) IS 'Hash support for quantity (consistent with =)';
CREATE FUNCTION quantity_hash_extended(quantity, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'corpus_quantity_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_hash_extended(quantity, bigint) IS
'Hash support: seeded 64-bit hash for quantity (hash partitioning)';

CREATE OPERATOR = (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR =(quantity, quantity) IS 'Same bounds, same inclusivity, same approximate flag';
CREATE OPERATOR <> (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <>(quantity, quantity) IS 'Not equal';
CREATE OPERATOR < (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR <(quantity, quantity) IS 'Sorts before (lower bound, then upper bound)';
CREATE OPERATOR <= (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <=(quantity, quantity) IS 'Sorts before or equal';
CREATE OPERATOR > (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR >(quantity, quantity) IS 'Sorts after';
CREATE OPERATOR >= (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >=(quantity, quantity) IS 'Sorts after or equal';

CREATE OPERATOR CLASS quantity_ops DEFAULT FOR TYPE quantity USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 quantity_cmp(quantity, quantity);
COMMENT ON OPERATOR CLASS quantity_ops USING btree IS 'Sort quantities by lower bound, then upper bound';

CREATE OPERATOR CLASS quantity_hash_ops DEFAULT FOR TYPE quantity USING hash AS
    OPERATOR 1 =, FUNCTION 1 quantity_hash(quantity),
    FUNCTION 2 quantity_hash_extended(quantity, bigint);
COMMENT ON OPERATOR CLASS quantity_hash_ops USING hash IS 'Hash joins, grouping and hash partitioning on quantity';

-- Overlap and containment

CREATE FUNCTION quantity_overlaps(quantity, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_overlaps(quantity, quantity) IS
'Backs &&: could both be true? Approximate values widen by 10% of each bound''s magnitude';
CREATE OPERATOR && (LEFTARG = quantity, RIGHTARG = quantity, PROCEDURE = quantity_overlaps,
    COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel);
COMMENT ON OPERATOR &&(quantity, quantity) IS
'Could both be true: the intervals overlap once approximate values are widened by 10%';

CREATE FUNCTION quantity_contains(quantity, numeric) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_contains(quantity, numeric) IS
'Backs @>: does the quantity (widened by 10% when approximate) contain the number?';
CREATE FUNCTION quantity_contained(numeric, quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity_contained(numeric, quantity) IS 'Backs <@: the commutator of @>';
CREATE OPERATOR @> (LEFTARG = quantity, RIGHTARG = numeric, PROCEDURE = quantity_contains,
    COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @>(quantity, numeric) IS 'The quantity contains the number (approximate values widened by 10%)';
CREATE OPERATOR <@ (LEFTARG = numeric, RIGHTARG = quantity, PROCEDURE = quantity_contained,
    COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR <@(numeric, quantity) IS 'The number lies in the quantity (approximate values widened by 10%)';

-- Accessors

CREATE FUNCTION lower(q quantity) RETURNS numeric
AS 'MODULE_PATHNAME', 'corpus_quantity_lower' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lower(quantity) IS 'Lower bound, NULL when unbounded below';
CREATE FUNCTION upper(q quantity) RETURNS numeric
AS 'MODULE_PATHNAME', 'corpus_quantity_upper' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION upper(quantity) IS 'Upper bound, NULL when unbounded above';
CREATE FUNCTION estimate(q quantity) RETURNS numeric
AS 'MODULE_PATHNAME', 'corpus_quantity_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION estimate(quantity) IS
'One number to plot: the value of an exact or approximate number, the bound of an open interval, the midpoint of a range; NULL if unbounded on both sides';
CREATE FUNCTION is_approximate(q quantity) RETURNS boolean
AS 'MODULE_PATHNAME', 'corpus_quantity_is_approximate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION is_approximate(quantity) IS 'Was the number qualified by about, roughly, almost, nearly?';

-- Casts

CREATE FUNCTION numrange(q quantity) RETURNS numrange
AS 'MODULE_PATHNAME', 'corpus_quantity_to_numrange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION numrange(quantity) IS 'The interval of a quantity as numrange (the approximate flag is dropped)';
CREATE FUNCTION quantity(r numrange) RETURNS quantity
AS 'MODULE_PATHNAME', 'corpus_numrange_to_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantity(numrange) IS 'A numrange as an exact quantity (bounds kept to 15 significant digits; empty ranges are an error)';
CREATE CAST (quantity AS numrange) WITH FUNCTION numrange(quantity);
COMMENT ON CAST (quantity AS numrange) IS 'Explicit cast: the interval, without the approximate flag';
CREATE CAST (numrange AS quantity) WITH FUNCTION quantity(numrange);
COMMENT ON CAST (numrange AS quantity) IS 'Explicit cast: an exact quantity with the range''s bounds';

-- Text

CREATE FUNCTION parse_quantity(phrase text) RETURNS quantity
AS 'MODULE_PATHNAME', 'corpus_parse_quantity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION parse_quantity(text) IS
'A quantity phrase as a quantity: "more than seven hundred" -> >700, "about 600" -> ~600, "between 500 and 600" -> [500,600]';

CREATE FUNCTION quantities(doc text, OUT kind text, OUT mention text, OUT value quantity,
                           OUT unit text, OUT start int, OUT len int, OUT sentence int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'corpus_quantities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;
COMMENT ON FUNCTION quantities(text) IS
'Quantities in a document: kind (number, ordinal, percent, money, duration, count, measure), mention, value, normalized unit or counted noun, 1-based character start and length, sentence number';
