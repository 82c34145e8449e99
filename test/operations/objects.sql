-- Every object of the extension, described by its definition, so that two
-- databases can be compared: functions, tables (columns, constraints,
-- indexes, triggers, policies, options), views, privileges, comments.
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'license_mgmt'),
members AS (
  SELECT d.classid, d.objid, d.objsubid
    FROM pg_depend d, ext
   WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e')
SELECT pg_describe_object(m.classid, m.objid, m.objsubid) AS object,
       CASE m.classid
         WHEN 'pg_proc'::regclass THEN
           CASE WHEN (SELECT prokind FROM pg_proc WHERE oid = m.objid) = 'a'
                THEN (SELECT format('aggregate %s %s %s %s', aggtransfn, aggtranstype::regtype, aggcombinefn, aggfinalfn)
                        FROM pg_aggregate WHERE aggfnoid = m.objid)
                ELSE pg_get_functiondef(m.objid) END
           || coalesce((SELECT proacl::text FROM pg_proc WHERE oid = m.objid), '')
         WHEN 'pg_class'::regclass THEN (
           SELECT concat_ws(E'\n', c.relkind::text, c.relacl::text, c.reloptions::text,
                    c.relrowsecurity::text, c.relforcerowsecurity::text,
                    CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END,
                    (SELECT string_agg(format('%s %s %s %s %s', a.attname, format_type(a.atttypid, a.atttypmod),
                                              a.attnotnull, a.attidentity, pg_get_expr(ad.adbin, ad.adrelid)),
                                       E'\n' ORDER BY a.attnum)
                       FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                    (SELECT string_agg(format('%s %s', conname, pg_get_constraintdef(oid)), E'\n' ORDER BY conname)
                       FROM pg_constraint WHERE conrelid = c.oid),
                    (SELECT string_agg(pg_get_indexdef(indexrelid), E'\n' ORDER BY indexrelid::regclass::text)
                       FROM pg_index WHERE indrelid = c.oid),
                    (SELECT string_agg(pg_get_triggerdef(oid) || ' ' || tgenabled::text, E'\n' ORDER BY tgname)
                       FROM pg_trigger WHERE tgrelid = c.oid AND NOT tgisinternal),
                    (SELECT string_agg(format('%s %s %s %s', polname, polcmd, pg_get_expr(polqual, polrelid),
                                              pg_get_expr(polwithcheck, polrelid)), E'\n' ORDER BY polname)
                       FROM pg_policy WHERE polrelid = c.oid),
                    (SELECT string_agg(format('%s %s', a.attname, a.attacl), E'\n' ORDER BY a.attnum)
                       FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL))
             FROM pg_class c WHERE c.oid = m.objid)
         ELSE ''
       END AS definition
  FROM members m
 ORDER BY 1, 2;
SELECT extconfig::regclass[]::text[], extcondition FROM pg_extension WHERE extname = 'license_mgmt';
-- the privileges pg_dump treats as the extension's own
SELECT pg_describe_object(classoid, objoid, objsubid), privtype, initprivs::text
  FROM pg_init_privs
 WHERE (classoid, objoid) IN (SELECT d.classid, d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                               WHERE d.refclassid = 'pg_extension'::regclass AND e.extname = 'license_mgmt'
                                 AND d.deptype = 'e')
 ORDER BY 1, 2, 3;
-- the comments of the extension's objects and of their columns
SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description
  FROM pg_description d
 WHERE (d.classoid, d.objoid) IN (SELECT dep.classid, dep.objid FROM pg_depend dep JOIN pg_extension e ON e.oid = dep.refobjid
                                   WHERE dep.refclassid = 'pg_extension'::regclass AND e.extname = 'license_mgmt'
                                     AND dep.deptype = 'e')
 ORDER BY 1, 2;
