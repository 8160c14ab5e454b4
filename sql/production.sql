-- Properties every corpus object must have for production use (doc/production.md).
-- Each query lists the offenders, so the expected output is empty result sets.

CREATE TEMP VIEW corpus_member AS
SELECT d.classid, d.objid, (pg_identify_object(d.classid, d.objid, 0)).identity
FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'corpus'
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e';

-- Functions run in parallel workers and on remote shards: PARALLEL SAFE and
-- never VOLATILE.
SELECT m.identity, p.provolatile, p.proparallel
FROM corpus_member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE p.proparallel <> 's' OR p.provolatile = 'v'
ORDER BY 1;

-- Set-returning functions state how many rows they return (the default 1000
-- misleads the planner).
SELECT m.identity, p.prorows
FROM corpus_member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE p.proretset AND p.prorows = 1000
ORDER BY 1;

-- Functions of a text state a cost, not the default (1 for C, 100 otherwise),
-- so that the planner weighs parallel plans with the real price of extraction.
SELECT m.identity, p.procost
FROM corpus_member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
JOIN pg_language l ON l.oid = p.prolang
WHERE p.proargtypes[0] = 'text'::regtype AND p.procost = CASE l.lanname WHEN 'c' THEN 1 ELSE 100 END
ORDER BY 1;

-- \df+ and \dT+ explain every function, type and operator (implicit array
-- types excepted).
SELECT m.identity
FROM corpus_member m
LEFT JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
WHERE m.classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass)
  AND obj_description(m.objid, (SELECT relname FROM pg_class WHERE oid = m.classid)) IS NULL
  AND (t.oid IS NULL OR NOT (t.typcategory = 'A' AND t.typelem <> 0))
ORDER BY 1;

-- postgres_fdw ships only members of the extension: the array type of every
-- corpus type must be a member too (ALTER EXTENSION corpus ADD TYPE _name).
SELECT t.oid::regtype AS type_without_member_array
FROM corpus_member m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
WHERE t.typarray <> 0
  AND NOT EXISTS (SELECT 1 FROM corpus_member a WHERE a.classid = 'pg_type'::regclass AND a.objid = t.typarray)
ORDER BY 1;

-- Hash partitioning (PARTITION BY HASH, Citus distribution columns) needs
-- the seeded 64-bit hash, support function 2, in every hash opclass.
SELECT opc.opcname AS hash_opclass_without_extended_hash
FROM pg_opclass opc
JOIN pg_am am ON am.oid = opc.opcmethod AND am.amname = 'hash'
JOIN corpus_member m ON m.classid = 'pg_opclass'::regclass AND m.objid = opc.oid
WHERE NOT EXISTS (SELECT 1 FROM pg_amproc p WHERE p.amprocfamily = opc.opcfamily AND p.amprocnum = 2)
ORDER BY 1;

-- Both types work as hash partition keys.
CREATE TEMP TABLE by_quantity (v corpus.quantity) PARTITION BY HASH (v);
CREATE TEMP TABLE by_quantity_0 PARTITION OF by_quantity FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TEMP TABLE by_quantity_1 PARTITION OF by_quantity FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO by_quantity SELECT format('%s', g)::corpus.quantity FROM generate_series(1, 100) g;
SELECT count(*) = 100 AS all_rows, count(DISTINCT tableoid) = 2 AS both_partitions FROM by_quantity;
CREATE TEMP TABLE by_entity (e corpus.entity) PARTITION BY HASH (e);
CREATE TEMP TABLE by_entity_0 PARTITION OF by_entity FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TEMP TABLE by_entity_1 PARTITION OF by_entity FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO by_entity
SELECT ('PER:Nom ' || translate(md5(g::text), '0123456789', 'ghijklmnop'))::corpus.entity
FROM generate_series(1, 100) g;
SELECT count(*) = 100 AS all_rows, count(DISTINCT tableoid) = 2 AS both_partitions FROM by_entity;
-- equal values go to one partition, different spellings of one name included
INSERT INTO by_entity
SELECT ('PER:NOM  ' || upper(translate(md5(g::text), '0123456789', 'ghijklmnop')))::corpus.entity
FROM generate_series(1, 100) g;
SELECT count(*) AS equal_pairs, count(*) FILTER (WHERE a.tableoid <> b.tableoid) AS apart
FROM by_entity a JOIN by_entity b ON a.e OPERATOR(corpus.=) b.e AND a.e::text < b.e::text;
