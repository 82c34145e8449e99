-- Every object of the interface says what it is: a reporting tool shows the
-- comments of license_mgmt's tables, views, columns and functions, so none
-- may lack one.  The helpers of license_mgmt_internal have one too, saying
-- what they are for.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(9);

-- uncommented(schema): the tables, views, columns of those and functions of
-- the schema without a comment
CREATE FUNCTION pg_temp.uncommented(schema regnamespace, OUT relations text[], OUT columns text[], OUT functions text[])
LANGUAGE sql STABLE AS $$
	SELECT ARRAY(SELECT c.oid::regclass::text FROM pg_class c
				  WHERE c.relnamespace = schema AND c.relkind IN ('r', 'v')
					AND COALESCE(obj_description(c.oid, 'pg_class'), '') = ''
				  ORDER BY 1),
		   ARRAY(SELECT c.oid::regclass::text || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
				  WHERE c.relnamespace = schema AND c.relkind IN ('r', 'v')
					AND a.attnum > 0 AND NOT a.attisdropped
					AND COALESCE(col_description(c.oid, a.attnum), '') = ''
				  ORDER BY 1),
		   ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
				  WHERE p.pronamespace = schema AND COALESCE(obj_description(p.oid, 'pg_proc'), '') = ''
				  ORDER BY 1)
$$;

-- what the checks below look at, so that they cannot pass on nothing
SELECT is((SELECT count(*)::integer FROM pg_class c
			WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind IN ('r', 'v')),
	24, 'license_mgmt has 18 tables and the 6 views');
SELECT cmp_ok((SELECT count(*)::integer FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
				WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind IN ('r', 'v')
				  AND a.attnum > 0 AND NOT a.attisdropped), '>=', 135,
	'license_mgmt has at least 135 columns (139: 86 of tables, 53 of views)');

SELECT is((pg_temp.uncommented('license_mgmt')).relations, '{}',
	'every table and view of license_mgmt has a comment');
SELECT is((pg_temp.uncommented('license_mgmt')).columns, '{}',
	'every column of every table and view of license_mgmt has a comment');
SELECT is((pg_temp.uncommented('license_mgmt')).functions, '{}',
	'every function of license_mgmt has a comment');

SELECT is((pg_temp.uncommented('license_mgmt_internal')).relations, '{}',
	'every view of license_mgmt_internal says what it is for');
SELECT is((pg_temp.uncommented('license_mgmt_internal')).functions, '{}',
	'every function of license_mgmt_internal says what it is for');
SELECT isnt(obj_description('license_mgmt_internal'::regnamespace, 'pg_namespace'), NULL,
	'license_mgmt_internal says it is not the interface');

-- the check can fail: a column without a comment is found
CREATE TABLE license_mgmt.tap_uncommented (x integer);
COMMENT ON TABLE license_mgmt.tap_uncommented IS 'a table of this test';
SELECT is((pg_temp.uncommented('license_mgmt')).columns, '{tap_uncommented.x}',
	'the column check finds a column without a comment');

SELECT * FROM finish();
ROLLBACK;
