-- R10.1-R10.3: the three roles and what each may read, write and execute;
-- row-level security per tenant on every table and view, for the tenants
-- granted to the role in tenant_grants, license_mgmt.tenant_id choosing
-- among them; the functions never act on another tenant's user, group or
-- subscription, whatever uuid is passed or tenant is set.  Test roles are
-- created in the transaction and rolled back (test/pgtap/tenant_grants.sql
-- proves the same with login roles on their own connections).
--
-- On a Citus cluster this file fails, as test/citus/known_differences
-- lists: distribute() grants USAGE on license_mgmt_internal and rewrites
-- the policies that this file pins in their one-server form, Citus refuses
-- a second role on placements the transaction wrote as the first, and it
-- plans the internal views' recursive CTEs for one tenant only.  There
-- test/citus/run.sh proves tenancy with granted login roles instead.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(105);

------------------------------------------------------------------------------
-- Helpers (security invoker: they run as whatever role is set)
------------------------------------------------------------------------------

-- refusal(sql): 'SQLSTATE constraint_name' of the error sql raises.
CREATE FUNCTION pg_temp.refusal(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	code text;
	cname text;
BEGIN
	EXECUTE sql;
	RETURN 'not refused';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, cname = CONSTRAINT_NAME;
	RETURN code || ' ' || COALESCE(NULLIF(cname, ''), '(no constraint name)');
END $$;

-- row_count(sql): how many rows the DML statement sql touched.
CREATE FUNCTION pg_temp.row_count(sql text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE sql;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END $$;

-- visible(): for each relation of the extension (both schemas) with a
-- tenant_id column that the current role may read, the tenants whose rows it
-- sees.
CREATE FUNCTION pg_temp.visible()
RETURNS TABLE (rel text, tenants uuid[]) LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	FOR r IN SELECT c.oid::regclass::text
			   FROM pg_catalog.pg_class c
			   JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
			  WHERE c.relnamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				AND c.relkind IN ('r', 'v') AND has_table_privilege(c.oid, 'SELECT')
			  ORDER BY 1
	LOOP
		rel := r;
		EXECUTE format('SELECT COALESCE(array_agg(DISTINCT tenant_id ORDER BY tenant_id), ''{}'') FROM %s', r)
			INTO tenants;
		RETURN NEXT;
	END LOOP;
END $$;

-- not_seeing(expected): the relations visible() shows with other tenants
-- than expected, as 'relation {tenants}'.  Empty when isolation holds.
CREATE FUNCTION pg_temp.not_seeing(expected uuid[])
RETURNS text[] LANGUAGE sql AS $$
	SELECT COALESCE(array_agg(v.rel || ' ' || v.tenants::text ORDER BY v.rel), '{}')
	  FROM pg_temp.visible() v
	 WHERE v.tenants IS DISTINCT FROM expected
$$;

-- writes_allowed(skip): every INSERT, UPDATE, DELETE and TRUNCATE on the
-- extension's tables and views, both schemas (UPDATE sets the first column that is not
-- an identity) that the current role is NOT refused with
-- 42501 (insufficient_privilege; for views that cannot be written at all,
-- 55000), as 'relation.OPERATION SQLSTATE'.  A write that goes through is
-- rolled back.  skip lists 'relation.OPERATION' pairs not to try.
CREATE FUNCTION pg_temp.writes_allowed(skip text[] DEFAULT '{}')
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	r record;
	op text;
	stmt text;
	code text;
	allowed text[] := '{}';
BEGIN
	FOR r IN SELECT c.oid::regclass::text AS rel, c.relkind,
					(SELECT a.attname::text FROM pg_catalog.pg_attribute a
					  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
						AND a.attidentity = '' AND a.attgenerated = ''
					  ORDER BY a.attnum LIMIT 1) AS col
			   FROM pg_catalog.pg_class c
			  WHERE c.relnamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				AND c.relkind IN ('r', 'v')
			  ORDER BY 1
	LOOP
		FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']
		LOOP
			CONTINUE WHEN op = 'TRUNCATE' AND r.relkind = 'v';
			CONTINUE WHEN r.rel || '.' || op = ANY (skip);
			stmt := CASE op
				WHEN 'INSERT' THEN format('INSERT INTO %s DEFAULT VALUES', r.rel)
				WHEN 'UPDATE' THEN format('UPDATE %s SET %I = %I', r.rel, r.col, r.col)
				WHEN 'DELETE' THEN format('DELETE FROM %s', r.rel)
				ELSE format('TRUNCATE %s', r.rel) END;
			BEGIN
				EXECUTE stmt;
				RAISE EXCEPTION 'the write went through' USING ERRCODE = 'P0001';
			EXCEPTION WHEN OTHERS THEN
				GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE;
				IF NOT (code = '42501' OR (r.relkind = 'v' AND code = '55000')) THEN
					allowed := allowed || (r.rel || '.' || op || ' ' || code);
				END IF;
			END;
		END LOOP;
	END LOOP;
	RETURN allowed;
END $$;

-- updatable_columns(rel): the columns of rel the current role may UPDATE
-- (the update is tried, then rolled back).
CREATE FUNCTION pg_temp.updatable_columns(rel text)
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	col text;
	code text;
	allowed text[] := '{}';
BEGIN
	FOR col IN SELECT a.attname::text FROM pg_catalog.pg_attribute a
				WHERE a.attrelid = ('license_mgmt.' || rel)::regclass AND a.attnum > 0 AND NOT a.attisdropped
				ORDER BY a.attnum
	LOOP
		BEGIN
			EXECUTE format('UPDATE license_mgmt.%I SET %I = %I', rel, col, col);
			RAISE EXCEPTION 'the update went through' USING ERRCODE = 'P0001';
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE;
			IF code <> '42501' THEN
				allowed := allowed || col;
			END IF;
		END;
	END LOOP;
	RETURN allowed;
END $$;

-- calls_allowed(): the SQL-callable functions of the contract the current
-- role is NOT refused EXECUTE on (42501); each call made is rolled back.
CREATE FUNCTION pg_temp.calls_allowed()
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	c record;
	code text;
	allowed text[] := '{}';
BEGIN
	FOR c IN SELECT * FROM (VALUES
		('advance_subscriptions', 'SELECT license_mgmt.advance_subscriptions(now())'),
		('assign_group_license', 'SELECT license_mgmt.assign_group_license(''91000000-0000-4000-8000-000000000002'', ''61000000-0000-4000-8000-000000000001'')'),
		('assign_user_license', 'SELECT license_mgmt.assign_user_license(''a1000000-0000-4000-8000-000000000003'', ''61000000-0000-4000-8000-000000000001'')'),
		('assign_user_licenses', 'SELECT * FROM license_mgmt.assign_user_licenses(''{a1000000-0000-4000-8000-000000000003}'', ''61000000-0000-4000-8000-000000000001'')'),
		('change_group_licenses', 'SELECT * FROM license_mgmt.change_group_licenses(''91000000-0000-4000-8000-000000000001'', remove_licenses => ''{61000000-0000-4000-8000-000000000001}'')'),
		('change_user_licenses', 'SELECT * FROM license_mgmt.change_user_licenses(''a1000000-0000-4000-8000-000000000003'', ''[{"skuId": "61000000-0000-4000-8000-000000000001"}]'')'),
		('import_catalog', 'SELECT * FROM license_mgmt.import_catalog(''\x'')'),
		('remove_group_license', 'SELECT license_mgmt.remove_group_license(''91000000-0000-4000-8000-000000000001'', ''61000000-0000-4000-8000-000000000001'')'),
		('remove_user_license', 'SELECT license_mgmt.remove_user_license(''a1000000-0000-4000-8000-000000000002'', ''61000000-0000-4000-8000-000000000001'')'),
		('reprocess_group', 'SELECT license_mgmt.reprocess_group(''91000000-0000-4000-8000-000000000001'')'),
		('reprocess_user', 'SELECT license_mgmt.reprocess_user(''a1000000-0000-4000-8000-000000000001'')'),
		('verify', 'SELECT * FROM license_mgmt.verify()')) AS f(name, sql)
	LOOP
		BEGIN
			EXECUTE c.sql;
			RAISE EXCEPTION 'the call went through' USING ERRCODE = 'P0001';
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE;
			IF code <> '42501' THEN
				allowed := allowed || c.name;
			END IF;
		END;
	END LOOP;
	RETURN allowed;
END $$;

-- tenant_digest(tenant): every row of one tenant in every table, as one digest.
CREATE FUNCTION pg_temp.tenant_digest(tenant uuid)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	part text;
	parts text := '';
BEGIN
	FOR r IN SELECT c.relname::text
			   FROM pg_catalog.pg_class c
			   JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
			  WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r'
			  ORDER BY 1
	LOOP
		EXECUTE format('SELECT string_agg(t::text, '';'' ORDER BY t::text) FROM license_mgmt.%I t WHERE t.tenant_id = $1', r)
			INTO part USING tenant;
		parts := parts || r || ':' || COALESCE(part, '') || '|';
	END LOOP;
	RETURN md5(parts);
END $$;

------------------------------------------------------------------------------
-- Fixture: tenants A and B, alike.  Per tenant: x1 in the licensed group,
-- x2 holding TAP_SUITE directly, x3 unlicensed, xcn in the licensed group
-- but in CN, where TAP_GEO_SVC is not offered (an error state).  Only B
-- subscribes to TAP_B_ONLY.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES
	('51000000-0000-4000-8000-000000000001', 'TAP_CORE_SVC', '{}'),
	('51000000-0000-4000-8000-000000000002', 'TAP_GEO_SVC', '{CN}');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('61000000-0000-4000-8000-000000000001', 'TAP_SUITE', 'Suite'),
	('61000000-0000-4000-8000-000000000002', 'TAP_B_ONLY', 'Bought by B only');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('61000000-0000-4000-8000-000000000001', '51000000-0000-4000-8000-000000000001'),
	('61000000-0000-4000-8000-000000000001', '51000000-0000-4000-8000-000000000002'),
	('61000000-0000-4000-8000-000000000002', '51000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('11000000-0000-4000-8000-00000000000a', 'Tenant A', 'US'),
	('11000000-0000-4000-8000-00000000000b', 'Tenant B', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('11000000-0000-4000-8000-00000000000a', '21000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001', 10),
	('11000000-0000-4000-8000-00000000000b', '21000000-0000-4000-8000-000000000002', '61000000-0000-4000-8000-000000000001', 10),
	('11000000-0000-4000-8000-00000000000b', '21000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000002', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000001', 'a1@a.example', 'US'),
	('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000002', 'a2@a.example', 'US'),
	('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000003', 'a3@a.example', 'US'),
	('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000004', 'acn@a.example', 'CN'),
	('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000001', 'b1@b.example', 'US'),
	('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000002', 'b2@b.example', 'US'),
	('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000003', 'b3@b.example', 'US'),
	('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000004', 'bcn@b.example', 'CN');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000001', 'A licensed'),
	('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000002', 'A plain'),
	('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000001', 'B licensed'),
	('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000002', 'B plain');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001'),
	('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000004'),
	('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001'),
	('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000004');
DO $$
BEGIN
	PERFORM license_mgmt.assign_group_license('91000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_group_license('92000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000002', '61000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('b1000000-0000-4000-8000-000000000002', '61000000-0000-4000-8000-000000000001');
END $$;

CREATE ROLE tap_rt_reader IN ROLE license_mgmt_reader;
CREATE ROLE tap_rt_admin IN ROLE license_mgmt_admin;
CREATE ROLE tap_rt_directory IN ROLE license_mgmt_directory;
CREATE ROLE tap_rt_ungranted IN ROLE license_mgmt_admin, license_mgmt_directory;
-- R10.3: the reader may act for A and B, the admin and the directory role for A
INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES
	('11000000-0000-4000-8000-00000000000a', 'tap_rt_reader'),
	('11000000-0000-4000-8000-00000000000b', 'tap_rt_reader'),
	('11000000-0000-4000-8000-00000000000a', 'tap_rt_admin'),
	('11000000-0000-4000-8000-00000000000a', 'tap_rt_directory');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');
SELECT results_eq($$SELECT tenant_id::text, state, count(*)::integer FROM license_mgmt.license_assignment_states
					 GROUP BY 1, 2 ORDER BY 1, 2$$,
	$$VALUES ('11000000-0000-4000-8000-00000000000a', 'active', 2), ('11000000-0000-4000-8000-00000000000a', 'error', 1),
			 ('11000000-0000-4000-8000-00000000000b', 'active', 2), ('11000000-0000-4000-8000-00000000000b', 'error', 1)$$,
	'the fixture: each tenant has two active states and one error');

CREATE TEMP TABLE digest_b AS SELECT pg_temp.tenant_digest('11000000-0000-4000-8000-00000000000b') AS digest;
GRANT SELECT ON digest_b TO PUBLIC;

------------------------------------------------------------------------------
-- R10.1: the roles
------------------------------------------------------------------------------

SELECT results_eq($$SELECT rolname::text COLLATE "default", rolcanlogin, rolsuper, rolbypassrls FROM pg_catalog.pg_roles
					 WHERE rolname IN ('license_mgmt_reader', 'license_mgmt_admin', 'license_mgmt_directory') ORDER BY 1$$,
	$$VALUES ('license_mgmt_admin', false, false, false), ('license_mgmt_directory', false, false, false),
			 ('license_mgmt_reader', false, false, false)$$,
	'R10.1: the three roles exist, NOLOGIN, neither superuser nor bypassing row-level security');
SELECT ok(pg_has_role('license_mgmt_admin', 'license_mgmt_reader', 'USAGE'),
	'R10.1: license_mgmt_admin has every right of license_mgmt_reader');
SELECT ok(NOT pg_has_role('license_mgmt_directory', 'license_mgmt_reader', 'MEMBER')
		  AND NOT pg_has_role('license_mgmt_directory', 'license_mgmt_admin', 'MEMBER')
		  AND NOT pg_has_role('license_mgmt_reader', 'license_mgmt_directory', 'MEMBER'),
	'R10.1: license_mgmt_directory is neither reader nor admin, nor the other way round');
SELECT is(ARRAY(SELECT r FROM unnest(ARRAY['public', 'license_mgmt_reader', 'license_mgmt_admin', 'license_mgmt_directory']) AS r
				 WHERE has_schema_privilege(r, 'license_mgmt_internal', 'USAGE')),
	'{}', 'no role may name what is in license_mgmt_internal (the interface is license_mgmt)');
-- The checks below name the internal views too, to prove that row-level
-- security holds through them (verify() reads them as its caller): the test
-- roles may name them.
GRANT USAGE ON SCHEMA license_mgmt_internal TO tap_rt_reader, tap_rt_admin, tap_rt_directory, tap_rt_ungranted;
SELECT is(ARRAY(SELECT p.proname::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				   AND has_function_privilege('license_mgmt_reader', p.oid, 'EXECUTE')
				   AND NOT has_function_privilege('public', p.oid, 'EXECUTE') ORDER BY 1),
	'{verify,verify_local}', 'R10.1: of the functions not open to everyone, license_mgmt_reader executes verify() and verify_local() only');
SELECT is(ARRAY(SELECT p.proname::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				   AND has_function_privilege('license_mgmt_admin', p.oid, 'EXECUTE')
				   AND NOT has_function_privilege('public', p.oid, 'EXECUTE') ORDER BY 1),
	'{assign_group_license,assign_group_license_in_tenant,assign_user_license,assign_user_license_in_tenant,assign_user_licenses,assign_user_licenses_in_tenant,change_group_licenses,change_group_licenses_in_tenant,change_user_licenses,change_user_licenses_in_tenant,remove_group_license,remove_group_license_in_tenant,remove_user_license,remove_user_license_in_tenant,reprocess_group,reprocess_group_in_tenant,reprocess_user,reprocess_user_in_tenant,verify,verify_local}',
	'R10.1: license_mgmt_admin executes the assignment, removal and reprocess functions (also in the forms that take the tenant) and verify(), nothing else');
SELECT is(ARRAY(SELECT p.proname::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				   AND has_function_privilege('license_mgmt_directory', p.oid, 'EXECUTE')
				   AND NOT has_function_privilege('public', p.oid, 'EXECUTE') ORDER BY 1),
	'{}', 'R10.1: license_mgmt_directory executes none of the functions');
SELECT is(ARRAY(SELECT p.proname::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace = 'license_mgmt'::regnamespace
				   AND has_function_privilege('public', p.oid, 'EXECUTE')
				   AND p.proname IN ('assign_user_license', 'remove_user_license', 'assign_user_licenses',
									 'assign_group_license', 'remove_group_license', 'reprocess_user',
									 'reprocess_group', 'advance_subscriptions', 'verify', 'import_catalog',
									 'change_user_licenses', 'change_group_licenses') ORDER BY 1),
	'{}', 'R10.1: no function of the contract is executable by PUBLIC');

------------------------------------------------------------------------------
-- R10.3: row-level security on every tenant table; views are security_invoker
------------------------------------------------------------------------------

SELECT is(ARRAY(SELECT c.relname::text FROM pg_catalog.pg_class c
				  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
				 WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r'
				   AND NOT (c.relrowsecurity
							AND EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
										 WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation'))
				 ORDER BY 1),
	'{}', 'R10.3: every table with a tenant_id has row-level security and the tenant_isolation policy');
SELECT is((SELECT count(*)::integer FROM pg_catalog.pg_class c
			 JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
			WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r'),
	13, 'R10.3: thirteen tenant tables (tenants, subscriptions, directory, intent, derived state, audit log, tenant grants)');
SELECT is(ARRAY(SELECT c.relname::text FROM pg_catalog.pg_policy p
				  JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
				 WHERE c.relnamespace = 'license_mgmt'::regnamespace
				   AND pg_get_expr(p.polqual, p.polrelid) <> '(tenant_id = ( SELECT current_tenant() AS current_tenant))'
				 ORDER BY 1),
	'{}', 'R10.3: every policy compares tenant_id with (SELECT current_tenant()), evaluated once per statement');
SELECT is(ARRAY(SELECT c.relname::text FROM pg_catalog.pg_class c
				 WHERE c.relnamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				   AND c.relkind = 'v' AND NOT COALESCE('security_invoker=true' = ANY (c.reloptions), false)
				 ORDER BY 1),
	'{}', 'R10.3: every view of the extension, internal ones included, is security_invoker');

------------------------------------------------------------------------------
-- R10.3: a superuser sees every tenant
------------------------------------------------------------------------------

SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000a,11000000-0000-4000-8000-00000000000b}'), '{}',
	'R10.3: a superuser sees the rows of every tenant in every table and view');
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';
SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000a,11000000-0000-4000-8000-00000000000b}'), '{}',
	'R10.3: a superuser sees every tenant even with license_mgmt.tenant_id set (it bypasses row-level security)');
RESET license_mgmt.tenant_id;

------------------------------------------------------------------------------
-- R10.1, R10.3: license_mgmt_reader
------------------------------------------------------------------------------

SET LOCAL ROLE tap_rt_reader;
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';

SELECT is((SELECT count(*)::integer FROM pg_temp.visible()), 23,
	'R10.1: the reader reads every table and view with a tenant_id (13 tables, 10 views)');
SELECT is(license_mgmt.current_tenant(), '11000000-0000-4000-8000-00000000000a'::uuid,
	'R10.3: current_tenant() is the tenant set, when it is granted to the role');
SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000a}'), '{}',
	'R10.3: the reader acting for tenant A sees rows of A, and only of A, in every table and view');
SELECT is((SELECT count(*)::integer FROM license_mgmt.users WHERE user_id = 'b1000000-0000-4000-8000-000000000001'), 0,
	'R10.3: the reader does not find a user of tenant B even by its uuid');
SELECT lives_ok($$SELECT * FROM license_mgmt.products, license_mgmt.service_plans, license_mgmt.product_service_plans,
						   license_mgmt.service_plan_dependencies, license_mgmt.service_plan_conflicts,
						   license_mgmt_internal.service_plan_exclusions, license_mgmt_internal.service_plan_relations$$,
	'R10.1: the reader reads the catalog tables and views');
SELECT is((SELECT count(*)::integer FROM license_mgmt.products WHERE sku_part_number LIKE 'TAP\_%'), 2,
	'R1.2: the catalog is one for all tenants: the reader sees every product');
SELECT results_eq($$SELECT user_principal_name, sku_part_number, state FROM license_mgmt.user_licenses ORDER BY 1$$,
	$$VALUES ('a1@a.example', 'TAP_SUITE', 'active'), ('a2@a.example', 'TAP_SUITE', 'active'), ('acn@a.example', 'TAP_SUITE', 'error')$$,
	'R10.3: user_licenses shows the reader its tenant''s licenses only');
SELECT results_eq($$SELECT u.user_principal_name, d."skuPartNumber", d."servicePlans" ->> 0 IS NOT NULL
					 FROM license_mgmt.license_details d JOIN license_mgmt.users u USING (tenant_id, user_id) ORDER BY 1$$,
	$$VALUES ('a1@a.example', 'TAP_SUITE', true), ('a2@a.example', 'TAP_SUITE', true), ('acn@a.example', 'TAP_SUITE', true)$$,
	'R10.3: license_details (Graph''s licenseDetails) shows the reader its tenant''s licenses only');
SELECT results_eq($$SELECT sku_part_number, total, assigned FROM license_mgmt.product_summary ORDER BY 1$$,
	$$VALUES ('TAP_SUITE', 10, 2)$$,
	'R10.3: product_summary shows the reader its tenant''s Licenses page only (not B''s TAP_B_ONLY)');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R10.1: the reader may run verify()');
SELECT is(pg_temp.writes_allowed(), '{}',
	'R10.1: the reader is refused (42501) INSERT, UPDATE, DELETE and TRUNCATE on every table and view');
SELECT is(pg_temp.calls_allowed(), '{verify}',
	'R10.1: the reader is refused EXECUTE (42501) on the assignment, removal, reprocess and lifecycle functions');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$,
	'42501', NULL, 'R10.1: the reader cannot assign a license');
SELECT throws_ok($$UPDATE license_mgmt.users SET usage_location = 'DE' WHERE user_id = 'a1000000-0000-4000-8000-000000000003'$$,
	'42501', NULL, 'R10.1: the reader cannot set a usage location');

SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000b';
SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000b}'), '{}',
	'R10.3: the reader, granted A and B, acting for tenant B sees rows of B, and only of B');
RESET license_mgmt.tenant_id;
SELECT is(pg_temp.not_seeing('{}'), '{}',
	'R10.3: with license_mgmt.tenant_id unset the reader sees no row in any table or view');
SELECT is_empty('SELECT * FROM license_mgmt.license_errors',
	'R10.3: with license_mgmt.tenant_id unset license_errors is empty');
SET LOCAL license_mgmt.tenant_id = '';
SELECT is(pg_temp.not_seeing('{}'), '{}',
	'R10.3: with license_mgmt.tenant_id empty the reader sees no row');
RESET ROLE;

------------------------------------------------------------------------------
-- R10.1, R10.2: license_mgmt_admin: reads like the reader, assigns, sets
-- usage locations, writes nothing else
------------------------------------------------------------------------------

SET LOCAL ROLE tap_rt_admin;
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';

SELECT is((SELECT count(*)::integer FROM pg_temp.visible()), 23,
	'R10.1: the admin reads every table and view, like the reader');
SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000a}'), '{}',
	'R10.3: the admin acting for tenant A sees rows of A only');
SELECT is(pg_temp.writes_allowed(), '{}',
	'R10.1, R10.2: the admin is refused (42501) INSERT, UPDATE of the first column, DELETE and TRUNCATE on every table and view');
SELECT is(pg_temp.updatable_columns('users'), '{usage_location}',
	'R10.1: of users the admin may update usage_location only');
SELECT is(pg_temp.calls_allowed(),
	'{assign_group_license,assign_user_license,assign_user_licenses,change_group_licenses,change_user_licenses,remove_group_license,remove_user_license,reprocess_group,reprocess_user,verify}',
	'R10.1: the admin executes the assignment, removal and reprocess functions, not advance_subscriptions');
SELECT throws_ok($$INSERT INTO license_mgmt.license_states (tenant_id, user_id, sku_id, group_id, state, disabled_plans, last_updated)
	VALUES ('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001',
			'00000000-0000-0000-0000-000000000000', 'active', '{}', now())$$,
	'42501', NULL, 'R10.2: the admin cannot insert a license state');
SELECT throws_ok($$UPDATE license_mgmt.seat_counters SET total = total + 100$$,
	'42501', NULL, 'R10.2: the admin cannot raise a seat counter');
SELECT throws_ok($$INSERT INTO license_mgmt.user_license_assignments (tenant_id, user_id, sku_id)
	VALUES ('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$,
	'42501', NULL, 'R10.2: the admin cannot write a direct assignment but through assign_user_license');
SELECT throws_ok($$DELETE FROM license_mgmt.group_license_assignments$$,
	'42501', NULL, 'R10.2: the admin cannot delete a group assignment but through remove_group_license');
SELECT throws_ok($$INSERT INTO license_mgmt.audit_log (tenant_id, action) VALUES ('11000000-0000-4000-8000-00000000000a', 'forged')$$,
	'42501', NULL, 'R10.2: the admin cannot write the audit log');
SELECT throws_ok($$UPDATE license_mgmt.subscriptions SET seats = 1000$$,
	'42501', NULL, 'R10.1: the admin cannot change subscriptions (they belong to the extension''s owner)');
SELECT throws_ok($$INSERT INTO license_mgmt.products (sku_part_number, display_name) VALUES ('TAP_FORGED', 'Forged')$$,
	'42501', NULL, 'R10.1: the admin cannot change the catalog');
SELECT throws_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000003')$$,
	'42501', NULL, 'R10.1: the admin cannot change memberships (nothing else of the directory)');
SELECT throws_ok($$UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'a1000000-0000-4000-8000-000000000001'$$,
	'42501', NULL, 'R10.1: the admin cannot soft-delete a user');
SELECT throws_ok($$SELECT license_mgmt.advance_subscriptions(now())$$,
	'42501', NULL, 'R10.1: the admin cannot advance subscriptions');

-- its function calls do write derived state and the audit log
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$,
	'R10.1: the admin assigns a license directly');
SELECT results_eq($$SELECT state, assigned_by_group FROM license_mgmt.license_assignment_states
					 WHERE user_id = 'a1000000-0000-4000-8000-000000000003'$$,
	$$VALUES ('active'::text, NULL::uuid)$$,
	'R10.2: the admin''s call wrote the license state');
SELECT results_eq($$SELECT total, assigned FROM license_mgmt_internal.seat_usage$$, $$VALUES (10, 3)$$,
	'R10.2: the admin''s call moved the seat counter');
SELECT is((SELECT count(*)::integer FROM license_mgmt.user_license_assignments
			WHERE user_id = 'a1000000-0000-4000-8000-000000000003'), 1,
	'R10.2: the admin''s call recorded the intent');
SELECT ok(EXISTS (SELECT 1 FROM license_mgmt.audit_log
				   WHERE action = 'assign_user_license' AND 'a1000000-0000-4000-8000-000000000003' = ANY (user_ids)),
	'R11.1: the admin''s call is in the audit log');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET usage_location = 'US' WHERE user_id = 'a1000000-0000-4000-8000-000000000004'$$),
	1::bigint, 'R10.1: the admin sets a usage location in its tenant');
SELECT results_eq($$SELECT state, error FROM license_mgmt.license_assignment_states
					 WHERE user_id = 'a1000000-0000-4000-8000-000000000004'$$,
	$$VALUES ('active'::text, NULL::text)$$,
	'R5.3: the admin''s location change re-evaluated the user''s state');
SELECT lives_ok($$SELECT license_mgmt.remove_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$,
	'R10.1: the admin removes a direct license');
SELECT lives_ok($$SELECT license_mgmt.reprocess_group('91000000-0000-4000-8000-000000000001')$$,
	'R10.1: the admin reprocesses a group of its tenant');
SELECT results_eq($$SELECT total, assigned FROM license_mgmt_internal.seat_usage$$, $$VALUES (10, 3)$$,
	'R10.2: after the removal and the reprocess the admin''s tenant has three seats in use');

-- tenant B is out of reach, whatever uuid is passed
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('b1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: the admin of A cannot assign a license to B''s user (license_user_exists)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('b1000000-0000-4000-8000-000000000002', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: the admin of A cannot remove a license of B''s user');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_user('b1000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: the admin of A cannot reprocess B''s user');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses('{b1000000-0000-4000-8000-000000000003}', '61000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('b1000000-0000-4000-8000-000000000003'::uuid, 'UnknownUser'::text)$$,
	'R10.3, R3.5: in a bulk assignment B''s user is unknown to the admin of A');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_group_license('92000000-0000-4000-8000-000000000002', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: the admin of A cannot assign a license to B''s group (license_group_exists)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('92000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: the admin of A cannot remove B''s group license');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_group('92000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: the admin of A cannot reprocess B''s group');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000002')$$),
	'23514 license_product_subscribed', 'R10.3, R1.1: B''s subscription gives no seat to A''s user');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET usage_location = 'DE' WHERE user_id = 'b1000000-0000-4000-8000-000000000001'$$),
	0::bigint, 'R10.3: the admin of A cannot set the usage location of B''s user (no row)');

-- setting tenant B, not granted to it, opens nothing of B (and closes A)
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000b';
SELECT is(license_mgmt.current_tenant(), NULL, 'R10.3: current_tenant() is null for a tenant set but not granted');
SELECT is(pg_temp.not_seeing('{}'), '{}',
	'R10.3: the admin of A, setting license_mgmt.tenant_id to B, sees no row in any table or view');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('b1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: setting B does not let the admin of A assign a license to B''s user');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('92000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: setting B does not let the admin of A remove B''s group license');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses('{b1000000-0000-4000-8000-000000000003}', '61000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('b1000000-0000-4000-8000-000000000003'::uuid, 'UnknownUser'::text)$$,
	'R10.3: setting B, B''s user is still unknown to the admin of A in a bulk assignment');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET usage_location = 'DE' WHERE user_id = 'b1000000-0000-4000-8000-000000000001'$$),
	0::bigint, 'R10.3: setting B, the admin of A still updates no user of B');
RESET license_mgmt.tenant_id;
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: with license_mgmt.tenant_id unset the admin finds no user to act on');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_group('91000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: with license_mgmt.tenant_id unset the admin finds no group to act on');
RESET ROLE;

SELECT is(pg_temp.tenant_digest('11000000-0000-4000-8000-00000000000b'), (SELECT digest FROM digest_b),
	'R10.3: after the admin of A tried, every row of tenant B is unchanged');

------------------------------------------------------------------------------
-- R10.1, R10.3: license_mgmt_directory writes its tenant's directory only
------------------------------------------------------------------------------

SET LOCAL ROLE tap_rt_directory;
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';

SELECT is(pg_temp.not_seeing('{11000000-0000-4000-8000-00000000000a}'), '{}',
	'R10.3: the directory role acting for tenant A sees rows of A only');
SELECT is(pg_temp.writes_allowed(ARRAY['users.INSERT', 'users.UPDATE', 'users.DELETE', 'groups.INSERT', 'groups.UPDATE',
									   'groups.DELETE', 'group_members.INSERT', 'group_members.UPDATE', 'group_members.DELETE']),
	'{}', 'R10.1, R10.2: the directory role writes nothing but users, groups and memberships (and TRUNCATEs none)');
SELECT is(pg_temp.calls_allowed(), '{}',
	'R10.1: the directory role is refused EXECUTE on every function of the contract');
SELECT lives_ok($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
	VALUES ('11000000-0000-4000-8000-00000000000a', 'a1000000-0000-4000-8000-000000000005', 'a5@a.example', 'US')$$,
	'R10.1: the directory role creates a user of its tenant');
SELECT lives_ok($$INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES ('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000003', 'A new')$$,
	'R10.1: the directory role creates a group of its tenant');
SELECT lives_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000005')$$,
	'R10.1: the directory role adds a member to a licensed group');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'a1000000-0000-4000-8000-000000000001'$$),
	1::bigint, 'R10.1: the directory role soft-deletes a user of its tenant');
SELECT throws_ok($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name)
	VALUES ('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000009', 'b9@b.example')$$,
	'42501', NULL, 'R10.3: the directory role of A cannot create a user in B (row-level security, 42501)');
SELECT throws_ok($$INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES ('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000009', 'Forged')$$,
	'42501', NULL, 'R10.3: the directory role of A cannot create a group in B');
SELECT throws_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('11000000-0000-4000-8000-00000000000b', '92000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000003')$$,
	'42501', NULL, 'R10.3: the directory role of A cannot add a member to B''s group');
SELECT throws_ok($$UPDATE license_mgmt.users SET tenant_id = '11000000-0000-4000-8000-00000000000b'
	WHERE user_id = 'a1000000-0000-4000-8000-000000000005'$$,
	'42501', NULL, 'R10.3: the directory role of A cannot move a user into B (WITH CHECK, 42501)');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET display_name = 'hijacked' WHERE tenant_id = '11000000-0000-4000-8000-00000000000b'$$),
	0::bigint, 'R10.3: the directory role of A updates no user of B');
SELECT is(pg_temp.row_count($$DELETE FROM license_mgmt.group_members WHERE group_id = '92000000-0000-4000-8000-000000000001'$$),
	0::bigint, 'R10.3: the directory role of A deletes no membership of B');
SELECT is(pg_temp.row_count($$DELETE FROM license_mgmt.groups WHERE group_id = '92000000-0000-4000-8000-000000000002'$$),
	0::bigint, 'R10.3: the directory role of A deletes no group of B');
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000b';
SELECT throws_ok($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name)
	VALUES ('11000000-0000-4000-8000-00000000000b', 'b1000000-0000-4000-8000-000000000009', 'b9@b.example')$$,
	'42501', NULL, 'R10.3: setting B, the directory role of A still cannot create a user in B');
SELECT is(pg_temp.row_count($$DELETE FROM license_mgmt.group_members WHERE tenant_id = '11000000-0000-4000-8000-00000000000b'$$),
	0::bigint, 'R10.3: setting B, the directory role of A still deletes no membership of B');
RESET ROLE;

SELECT results_eq($$SELECT user_id::text, state, assigned_by_group::text FROM license_mgmt.license_assignment_states
					 WHERE user_id IN ('a1000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000005') ORDER BY 1$$,
	$$VALUES ('a1000000-0000-4000-8000-000000000001', 'suspended', '91000000-0000-4000-8000-000000000001'),
			 ('a1000000-0000-4000-8000-000000000005', 'active', '91000000-0000-4000-8000-000000000001')$$,
	'R10.1, R4.6, R8.1: the directory role''s writes were applied by the triggers: the new member is licensed, the deleted user suspended');
SELECT is(pg_temp.tenant_digest('11000000-0000-4000-8000-00000000000b'), (SELECT digest FROM digest_b),
	'R10.3: after the directory role of A tried, every row of tenant B is unchanged');

------------------------------------------------------------------------------
-- R10.3: a role granted no tenant sees and changes nothing, whatever it sets
------------------------------------------------------------------------------

SET LOCAL ROLE tap_rt_ungranted;
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';
SELECT is(pg_temp.not_seeing('{}'), '{}',
	'R10.3: an admin and directory role granted no tenant, setting A, sees no row in any table or view');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a1000000-0000-4000-8000-000000000003', '61000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: without a grant, assign_user_license finds no user');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_group('91000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R10.3: without a grant, reprocess_group finds no group');
SELECT is(pg_temp.row_count($$UPDATE license_mgmt.users SET display_name = 'hijacked' WHERE tenant_id = '11000000-0000-4000-8000-00000000000a'$$),
	0::bigint, 'R10.3: without a grant, the directory role updates no user');
SELECT throws_ok($$INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES ('11000000-0000-4000-8000-00000000000a', '91000000-0000-4000-8000-000000000009', 'Forged')$$,
	'42501', NULL, 'R10.3: without a grant, the directory role creates no group');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R10.3: without a grant, verify() reports nothing of any tenant');
RESET ROLE;

------------------------------------------------------------------------------
-- R10.3: deleting a grant takes effect at the next statement
------------------------------------------------------------------------------

DELETE FROM license_mgmt.tenant_grants WHERE grantee = 'tap_rt_admin'::regrole;
SET LOCAL ROLE tap_rt_admin;
SET LOCAL license_mgmt.tenant_id = '11000000-0000-4000-8000-00000000000a';
SELECT is(pg_temp.not_seeing('{}'), '{}', 'R10.3: once its grant is deleted, the admin of A sees no row of A');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_user('a1000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: once its grant is deleted, the admin of A finds no user of A');
RESET ROLE;
RESET license_mgmt.tenant_id;

SELECT is(pg_temp.tenant_digest('11000000-0000-4000-8000-00000000000b'), (SELECT digest FROM digest_b),
	'R10.3: after every role tried, every row of tenant B is unchanged');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after every role acted');

SELECT * FROM finish();
ROLLBACK;
