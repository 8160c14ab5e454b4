-- One vocabulary for the SQL surface, checked from the catalog so that a new
-- function or operator cannot drift from it.

-- Every set-returning function that locates spans says where with the
-- columns mention, start, len, sentence: start, len and sentence adjacent
-- and in that order, the span's text named mention.
WITH cols AS (
  SELECT p.oid::regprocedure AS fn, a.ord, a.name
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'corpus'
  CROSS JOIN LATERAL unnest(p.proargnames, p.proargmodes) WITH ORDINALITY AS a(name, mode, ord)
  WHERE p.proretset AND a.mode = 'o'
)
SELECT s.fn,
       EXISTS (SELECT 1 FROM cols l WHERE l.fn = s.fn AND l.name = 'len' AND l.ord = s.ord + 1)
       AND EXISTS (SELECT 1 FROM cols t WHERE t.fn = s.fn AND t.name = 'sentence' AND t.ord = s.ord + 2)
         AS start_len_sentence,
       EXISTS (SELECT 1 FROM cols m WHERE m.fn = s.fn AND m.name = 'mention') AS has_mention
FROM cols s WHERE s.name = 'start'
ORDER BY s.fn::text;

-- Every function behind an operator says which operator it backs.
SELECT o.oprname, o.oprleft::regtype, o.oprright::regtype, o.oprcode
FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace AND n.nspname = 'corpus'
WHERE coalesce(obj_description(o.oprcode, 'pg_proc'), '') NOT LIKE '%Backs%' || o.oprname || '%'
ORDER BY 1, 2, 3;
