-- Everything the installed corpus extension defines, one line per fact,
-- sorted, so that two installs can be compared with diff.  Used by
-- test/sql-upgrade.sh: an upgraded install must print exactly what a fresh
-- install prints.  Objects are named by pg_identify_object(), never by OID.

WITH ext AS (
  SELECT oid, extname FROM pg_extension WHERE extname = 'corpus'
), member AS (
  SELECT d.classid, d.objid
  FROM pg_depend d, ext
  WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), ident AS (
  SELECT m.classid, m.objid, i.type AS kind, i.identity
  FROM member m, pg_identify_object(m.classid, m.objid, 0) i
), facts(line) AS (
  SELECT format('extension %s version %s schema %s relocatable %s config %s',
                e.extname, e.extversion, e.extnamespace::regnamespace, e.extrelocatable,
                (SELECT array_agg(c::regclass::text ORDER BY c::regclass::text) FROM unnest(e.extconfig) c))
  FROM pg_extension e, ext WHERE e.oid = ext.oid

  UNION ALL  -- every member, so that an object the other side lacks shows up
  SELECT format('member %s %s', kind, identity) FROM ident

  UNION ALL  -- functions: signature, result, attributes the planner uses
  SELECT format('function %s returns %s%s kind %s volatile %s strict %s parallel %s cost %s rows %s '
                'leakproof %s secdef %s language %s src %s bin %s config %s argnames %s defaults %s acl %s',
                i.identity, CASE WHEN p.proretset THEN 'setof ' ELSE '' END, p.prorettype::regtype,
                p.prokind, p.provolatile, p.proisstrict, p.proparallel, p.procost, p.prorows,
                p.proleakproof, p.prosecdef, l.lanname, md5(p.prosrc), p.probin, p.proconfig,
                p.proargnames, pg_get_expr(p.proargdefaults, 0), p.proacl)
  FROM ident i JOIN pg_proc p ON i.classid = 'pg_proc'::regclass AND p.oid = i.objid
  JOIN pg_language l ON l.oid = p.prolang

  UNION ALL  -- types, with the attributes of composites and labels of enums
  SELECT format('type %s type %s len %s byval %s align %s storage %s category %s preferred %s '
                'in %s out %s recv %s send %s modin %s modout %s analyze %s subscript %s elem %s '
                'array %s array_member %s basetype %s notnull %s default %s collatable %s acl %s',
                i.identity, t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage, t.typcategory,
                t.typispreferred, t.typinput, t.typoutput, t.typreceive, t.typsend, t.typmodin,
                t.typmodout, t.typanalyze, t.typsubscript, t.typelem::regtype,
                NULLIF(t.typarray, 0)::regtype,
                EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.typarray),
                NULLIF(t.typbasetype, 0)::regtype, t.typnotnull, t.typdefault, t.typcollation <> 0, t.typacl)
  FROM ident i JOIN pg_type t ON i.classid = 'pg_type'::regclass AND t.oid = i.objid
  UNION ALL
  SELECT format('type %s attribute %s %s %s notnull %s', i.identity, a.attnum, a.attname,
                format_type(a.atttypid, a.atttypmod), a.attnotnull)
  FROM ident i JOIN pg_type t ON i.classid = 'pg_type'::regclass AND t.oid = i.objid
  JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT format('type %s label %s %s', i.identity,
                rank() OVER (PARTITION BY e.enumtypid ORDER BY e.enumsortorder), e.enumlabel)
  FROM ident i JOIN pg_enum e ON i.classid = 'pg_type'::regclass AND e.enumtypid = i.objid

  UNION ALL  -- operators
  SELECT format('operator %s result %s code %s commutator %s negator %s restrict %s join %s merges %s hashes %s',
                i.identity, o.oprresult::regtype, o.oprcode, NULLIF(o.oprcom, 0)::regoperator,
                NULLIF(o.oprnegate, 0)::regoperator, o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash)
  FROM ident i JOIN pg_operator o ON i.classid = 'pg_operator'::regclass AND o.oid = i.objid

  UNION ALL  -- operator classes and everything in their families
  SELECT format('opclass %s family %s type %s default %s storage %s', i.identity,
                (pg_identify_object('pg_opfamily'::regclass, c.opcfamily, 0)).identity,
                c.opcintype::regtype, c.opcdefault, NULLIF(c.opckeytype, 0)::regtype)
  FROM ident i JOIN pg_opclass c ON i.classid = 'pg_opclass'::regclass AND c.oid = i.objid
  UNION ALL
  SELECT format('opfamily %s operator %s %s purpose %s sortfamily %s', i.identity, a.amopstrategy,
                a.amopopr::regoperator, a.amoppurpose, NULLIF(a.amopsortfamily, 0))
  FROM ident i JOIN pg_amop a ON i.classid = 'pg_opfamily'::regclass AND a.amopfamily = i.objid
  UNION ALL
  SELECT format('opfamily %s function %s (%s,%s) %s', i.identity, a.amprocnum,
                a.amproclefttype::regtype, a.amprocrighttype::regtype, a.amproc::regprocedure)
  FROM ident i JOIN pg_amproc a ON i.classid = 'pg_opfamily'::regclass AND a.amprocfamily = i.objid

  UNION ALL  -- casts
  SELECT format('cast %s function %s context %s method %s', i.identity,
                NULLIF(c.castfunc, 0)::regprocedure, c.castcontext, c.castmethod)
  FROM ident i JOIN pg_cast c ON i.classid = 'pg_cast'::regclass AND c.oid = i.objid

  UNION ALL  -- tables, views, sequences: columns and view text
  SELECT format('relation %s kind %s column %s %s %s notnull %s default %s', i.identity, r.relkind,
                a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                pg_get_expr(ad.adbin, ad.adrelid))
  FROM ident i JOIN pg_class r ON i.classid = 'pg_class'::regclass AND r.oid = i.objid
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
  UNION ALL
  SELECT format('relation %s definition md5 %s', i.identity, md5(pg_get_viewdef(r.oid)))
  FROM ident i JOIN pg_class r ON i.classid = 'pg_class'::regclass AND r.oid = i.objid AND r.relkind IN ('v', 'm')
  UNION ALL
  SELECT format('relation %s index %s', i.identity, pg_get_indexdef(x.indexrelid))
  FROM ident i JOIN pg_index x ON i.classid = 'pg_class'::regclass AND x.indrelid = i.objid

  UNION ALL  -- comments on members and on their columns
  SELECT format('comment %s %s: %s', i.kind, i.identity, d.description)
  FROM ident i JOIN pg_description d ON d.classoid = i.classid AND d.objoid = i.objid AND d.objsubid = 0
  UNION ALL
  SELECT format('comment column %s.%s: %s', i.identity, a.attname, d.description)
  FROM ident i JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objsubid > 0
  JOIN pg_attribute a ON a.attrelid = d.objoid AND a.attnum = d.objsubid
  WHERE d.objoid = CASE WHEN i.classid = 'pg_type'::regclass
                        THEN (SELECT typrelid FROM pg_type WHERE oid = i.objid)
                        WHEN i.classid = 'pg_class'::regclass THEN i.objid END
)
SELECT line FROM facts ORDER BY line COLLATE "C";
