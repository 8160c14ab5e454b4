-- corpus.quantity: text form, binary form, operators, opclasses, casts
SET search_path = corpus, public;

-- canonical text forms
SELECT v::quantity AS q
FROM (VALUES ('536'), (' ~600 '), ('>700'), ('>= 29514'), ('<100'), ('<=100'), ('[500,600]'),
             ('[200, 1000)'), ('[500,)'), ('(,100]'), ('(,)'), ('[5,5]'), ('~[500,600]'),
             ('-0'), ('1.130'), ('1e3'), ('.5'), ('123456789012345'), ('-0.123456789012345'),
             ('1e25'), ('1e300')) AS t(v);

-- malformed input: each fails with the offending text
SELECT ''::quantity;
SELECT 'abc'::quantity;
SELECT '5 apples'::quantity;
SELECT '[6,5]'::quantity;
SELECT '(5,5]'::quantity;
SELECT '[,5]'::quantity;
SELECT '~~5'::quantity;
SELECT '[1,2'::quantity;
SELECT 'NaN'::quantity;
SELECT '1e999999'::quantity;
SELECT '1e400'::quantity;
SELECT '[1e-400,1]'::quantity;
SELECT '0e-400'::quantity, '1e-300'::quantity;
SELECT repeat('9', 100)::quantity;
SELECT repeat('9', 5000)::quantity;
SELECT repeat('~', 1000)::quantity;

-- binary round trip
CREATE TEMP TABLE qs(q quantity);
INSERT INTO qs VALUES ('~600'), ('536'), ('>700'), ('[500,600]'), ('<100'), ('>=29514'),
    ('[200,1000)'), ('600'), ('(,)'), ('~[500,600]'), ('<=100'), ('536');
COPY qs TO '/tmp/corpus_quantity_test.bin' WITH (FORMAT binary);
CREATE TEMP TABLE qs2(q quantity);
COPY qs2 FROM '/tmp/corpus_quantity_test.bin' WITH (FORMAT binary);
SELECT count(*) AS same FROM qs JOIN qs2 USING (q);

-- btree order: lower bound, then upper bound, exact before approximate
SELECT q FROM qs ORDER BY q;
SELECT q, count(*) FROM qs GROUP BY q ORDER BY q;

-- hash opclass agrees with =
SET enable_sort = off;
SET enable_mergejoin = off;
SELECT a.q, count(*) FROM qs a JOIN qs2 b ON a.q = b.q GROUP BY a.q ORDER BY a.q;
RESET enable_sort;
RESET enable_mergejoin;
SELECT quantity_hash('[-0,1]') = quantity_hash('[0,1]') AS hash_of_equal_values;
CREATE INDEX ON qs USING hash (q);
CREATE INDEX ON qs (q);

-- comparison operators
SELECT '536'::quantity = '536', '536'::quantity <> '~536', '<5'::quantity < '5',
       '5'::quantity < '~5', '>=5'::quantity < '>5', '[5,6]'::quantity > '5';

-- && : could both be true (approximate values widen by 10%)
SELECT a, b, a::quantity && b::quantity AS overlaps
FROM (VALUES ('~600', '536'), ('~600', '560'), ('~600', '>700'), ('[500,600]', '536'),
             ('<100', '[500,600]'), ('>700', '>=29514'), ('<=100', '100'), ('<100', '100'),
             ('~100', '<100')) t(a, b);

-- @> and <@ numeric
SELECT q, n, q::quantity @> n AS contains, n <@ q::quantity AS contained
FROM (VALUES ('[200,1000)', 200), ('[200,1000)', 1000), ('>700', 700), ('>700', 701),
             ('~600', 650), ('~600', 661), ('(,)', -5)) t(q, n);

-- accessors
SELECT q, lower(q::quantity), upper(q::quantity), estimate(q::quantity), is_approximate(q::quantity)
FROM (VALUES ('536'), ('~600'), ('>700'), ('<=100'), ('[500,600]'), ('[200,1000)'), ('(,)'),
             ('0.000000000001')) t(q);

-- casts to and from numrange
SELECT q, q::quantity::numrange FROM (VALUES ('536'), ('~600'), ('>700'), ('<=100'), ('[200,1000)'), ('(,)')) t(q);
SELECT r, r::numrange::quantity FROM (VALUES ('[1,5)'), ('[5,5]'), ('(,3]'), ('(2,)'), ('(,)')) t(r);
SELECT 'empty'::numrange::quantity;
SELECT numrange(1e301, 1e302)::quantity;
SELECT numrange(1e-400, 1)::quantity;

-- phrases
SELECT p, parse_quantity(p)
FROM (VALUES ('more than seven hundred'), ('About 600'), ('almost 100 children'), ('At least 29,514'),
             ('two million'), ('several hundred'), ('dozens'), ('between 500 and 600'),
             ('up to 700'), ('500 or more'), ('$1.13bn'), ('76%'), ('three quarters'),
             ('two and a half million'), ('minus 5')) t(p);
-- fractions, ordinals and number formats
SELECT p, parse_quantity(p)
FROM (VALUES ('one hundred thirty fifths'), ('one hundred and thirty fifths'), ('twenty fifth'),
             ('five hundreds'), ('several hundreds'), ('two out of five hundreds'),
             ('nearly three out of four'), ('1,3'), ('1.111,11'),
             ('1,674,200.5 M')) t(p);
SELECT parse_quantity('1e999999');
SELECT parse_quantity('banana');
-- trailing sentence punctuation is ignored, other symbols are not
SELECT parse_quantity('about 5.'), parse_quantity('about 5...'), parse_quantity('about 5!');
SELECT parse_quantity('about 5 §');
SELECT parse_quantity('about 5)');
SELECT parse_quantity('more than');
SELECT parse_quantity(repeat('more than ', 200) || '5');
