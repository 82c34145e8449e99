-- R10.3: tenants bound to roles, proven with login roles that connect with
-- their own credentials (dblink, password authentication on localhost), not
-- only with SET ROLE.  The owner grants a tenant to a role as a row of
-- license_mgmt.tenant_grants; license_mgmt.tenant_id only chooses among the
-- tenants granted to the role, directly or through a role whose privileges
-- it inherits.  Without a grant a role sees nothing, changes nothing, and
-- every function refuses; setting another tenant's id never widens; deleting
-- a grant takes effect at the grantee's next statement, inside an open
-- transaction too; superusers and roles bypassing row-level security are
-- unchanged.
--
-- Other connections see only what is committed, so this file works in a
-- database of its own, created here and dropped at the end with its login
-- roles (random names and passwords).  Leftovers of a run that failed
-- midway are dropped first.
SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_catalog.pg_database
 WHERE datname LIKE 'lm\_tap\_grants\_%' \gexec
SELECT format('DROP ROLE %I', rolname) FROM pg_catalog.pg_roles
 WHERE rolname LIKE 'lm\_tap\_g\_%' \gexec

-- the Citus test cluster (make test-citus) trusts connections from localhost
SELECT current_setting('shared_preload_libraries') LIKE '%citus%' AS on_citus \gset
SELECT current_database() AS home, 'lm_tap_grants_' || s AS scratch, 'lm_tap_g_' || s || '_' AS prefix,
	   md5(random()::text || clock_timestamp()::text) AS secret
  FROM (SELECT substr(md5(random()::text || clock_timestamp()::text), 1, 10) AS s) x \gset
CREATE DATABASE :"scratch";
\c :scratch
SET client_min_messages = warning;
CREATE EXTENSION pgtap;
CREATE EXTENSION dblink;
CREATE EXTENSION license_mgmt;
SELECT set_config('tap.prefix', :'prefix', false), set_config('tap.secret', :'secret', false) \g /dev/null

SELECT plan(71);

------------------------------------------------------------------------------
-- Helpers
------------------------------------------------------------------------------

-- role_name(key): the login role of this run called key; password(key): its password.
CREATE FUNCTION pg_temp.role_name(key text) RETURNS text LANGUAGE sql AS $$
	SELECT current_setting('tap.prefix') || key $$;
CREATE FUNCTION pg_temp.password(key text) RETURNS text LANGUAGE sql AS $$
	SELECT md5(current_setting('tap.secret') || key) $$;

-- tap_run(sql), run by the login roles on their own connections: the rows
-- of a query as text (sorted, ';' between rows), 'N rows' for another
-- statement, or 'SQLSTATE constraint' when refused.
CREATE FUNCTION public.tap_run(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
	n bigint;
	code text;
	cname text;
BEGIN
	IF sql ~* '^\s*(select|with|values)\M' THEN
		EXECUTE 'SELECT COALESCE(string_agg(r::text, '';'' ORDER BY r::text), '''') FROM (' || sql || ') r' INTO result;
		RETURN result;
	END IF;
	EXECUTE sql;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n || ' rows';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, cname = CONSTRAINT_NAME;
	RETURN code || ' ' || COALESCE(NULLIF(cname, ''), '(no constraint name)');
END $$;

-- tap_visible(only, who): for each relation of the extension with a
-- tenant_id that role who may read, 'relation {tenants}' of the rows the
-- current role sees there (of tenant only, when given); relations without
-- such rows are left out.
CREATE FUNCTION public.tap_visible(tenant uuid DEFAULT NULL, who name DEFAULT current_user)
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	r text;
	tenants uuid[];
	result text[] := '{}';
BEGIN
	FOR r IN SELECT c.relname::text
			   FROM pg_catalog.pg_class c
			   JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
			  WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind IN ('r', 'v')
				AND has_table_privilege(who, c.oid, 'SELECT')
			  ORDER BY 1
	LOOP
		EXECUTE format('SELECT array_agg(DISTINCT tenant_id ORDER BY tenant_id) FROM license_mgmt.%I'
					   ' WHERE $1 IS NULL OR tenant_id = $1', r)
			INTO tenants USING tenant;
		IF tenants IS NOT NULL THEN
			result := result || (r || ' ' || tenants::text);
		END IF;
	END LOOP;
	RETURN result;
END $$;
-- tap_count_users(): the users the current role sees, by a kept plan.
CREATE FUNCTION public.tap_count_users() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	RETURN (SELECT count(*) FROM license_mgmt.users);
END $$;
GRANT EXECUTE ON FUNCTION public.tap_run(text), public.tap_visible(uuid, name), public.tap_count_users() TO PUBLIC;

-- login(key, secret, conn): open connection conn (default key) as the
-- login role key, with its password (or secret), over TCP; 'OK' or the error.
CREATE FUNCTION pg_temp.login(key text, secret text DEFAULT NULL, conn text DEFAULT NULL)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	RETURN dblink_connect(COALESCE(conn, key),
						  format('host=localhost port=%s dbname=%s user=%s password=%s',
								 current_setting('port'), current_database(), pg_temp.role_name(key),
								 COALESCE(secret, pg_temp.password(key))));
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RETURN SQLERRM || ': ' || detail;
END $$;

-- as_role(key, sql): tap_run(sql) on connection key.
CREATE FUNCTION pg_temp.as_role(key text, sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
BEGIN
	SELECT r INTO result FROM dblink(key, format('SELECT public.tap_run(%L)', sql)) AS t(r text);
	RETURN result;
EXCEPTION WHEN OTHERS THEN
	RETURN 'dblink: ' || SQLERRM;
END $$;

-- acting_for(key, tenant): set license_mgmt.tenant_id on connection key.
CREATE FUNCTION pg_temp.acting_for(key text, tenant text) RETURNS text LANGUAGE sql AS $$
	SELECT dblink_exec(key, format('SET license_mgmt.tenant_id = %L', tenant)) $$;

-- seen_by(key): what tap_visible() shows on connection key.
CREATE FUNCTION pg_temp.seen_by(key text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
BEGIN
	SELECT r INTO result FROM dblink(key, 'SELECT public.tap_visible()::text') AS t(r text);
	RETURN result;
EXCEPTION WHEN OTHERS THEN
	RETURN 'dblink: ' || SQLERRM;
END $$;

-- expected(tenant, key): what tap_visible() shows a role of tenant only,
-- as the superuser sees it.
CREATE FUNCTION pg_temp.expected(tenant uuid, key text) RETURNS text LANGUAGE sql AS $$
	SELECT public.tap_visible(tenant, pg_temp.role_name(key)::name)::text $$;

------------------------------------------------------------------------------
-- Fixture: tenants A and B alike (a group license reaching g1, a direct
-- license of d2), tenant C to be deleted.  Login roles:
--   admin_a     license_mgmt_admin, granted A
--   dir_a       license_mgmt_directory, granted A
--   member_b    member of team_b (license_mgmt_reader, granted B)
--   direct_b    NOINHERIT member of team_b, reading the tables by its own
--               privileges: the grant to team_b reaches it after SET ROLE only
--   ungranted   license_mgmt_admin and license_mgmt_directory, granted nothing
--   bypass      license_mgmt_reader with BYPASSRLS
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('53000000-0000-4000-8000-000000000001', 'TAP_G_SVC');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('63000000-0000-4000-8000-000000000001', 'TAP_G_SUITE', 'Suite');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('63000000-0000-4000-8000-000000000001', '53000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('13000000-0000-4000-8000-00000000000a', 'Tenant A', 'US'),
	('13000000-0000-4000-8000-00000000000b', 'Tenant B', 'US'),
	('13000000-0000-4000-8000-00000000000c', 'Tenant C', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('13000000-0000-4000-8000-00000000000a', '63000000-0000-4000-8000-000000000001', 10),
	('13000000-0000-4000-8000-00000000000b', '63000000-0000-4000-8000-000000000001', 10);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('13000000-0000-4000-8000-00000000000a', 'a3000000-0000-4000-8000-000000000001', 'g1@a.example', 'US'),
	('13000000-0000-4000-8000-00000000000a', 'a3000000-0000-4000-8000-000000000002', 'd2@a.example', 'US'),
	('13000000-0000-4000-8000-00000000000a', 'a3000000-0000-4000-8000-000000000003', 'x3@a.example', 'US'),
	('13000000-0000-4000-8000-00000000000b', 'b3000000-0000-4000-8000-000000000001', 'g1@b.example', 'US'),
	('13000000-0000-4000-8000-00000000000b', 'b3000000-0000-4000-8000-000000000002', 'd2@b.example', 'US'),
	('13000000-0000-4000-8000-00000000000b', 'b3000000-0000-4000-8000-000000000003', 'x3@b.example', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('13000000-0000-4000-8000-00000000000a', '94000000-0000-4000-8000-00000000000a', 'A licensed'),
	('13000000-0000-4000-8000-00000000000b', '94000000-0000-4000-8000-00000000000b', 'B licensed');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('13000000-0000-4000-8000-00000000000a', '94000000-0000-4000-8000-00000000000a', 'a3000000-0000-4000-8000-000000000001'),
	('13000000-0000-4000-8000-00000000000b', '94000000-0000-4000-8000-00000000000b', 'b3000000-0000-4000-8000-000000000001');
SELECT license_mgmt.assign_group_license('94000000-0000-4000-8000-00000000000a', '63000000-0000-4000-8000-000000000001'),
	   license_mgmt.assign_group_license('94000000-0000-4000-8000-00000000000b', '63000000-0000-4000-8000-000000000001'),
	   license_mgmt.assign_user_license('a3000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001'),
	   license_mgmt.assign_user_license('b3000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001')
	\g /dev/null

DO $$
DECLARE
	p text := current_setting('tap.prefix');
BEGIN
	EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE license_mgmt_reader', p || 'team_b');
	EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE license_mgmt_admin', p || 'admin_a', pg_temp.password('admin_a'));
	EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE license_mgmt_directory', p || 'dir_a', pg_temp.password('dir_a'));
	EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p || 'member_b', pg_temp.password('member_b'), p || 'team_b');
	EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L IN ROLE %I', p || 'direct_b', pg_temp.password('direct_b'), p || 'team_b');
	EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE license_mgmt_admin, license_mgmt_directory',
				   p || 'ungranted', pg_temp.password('ungranted'));
	EXECUTE format('CREATE ROLE %I LOGIN BYPASSRLS PASSWORD %L IN ROLE license_mgmt_reader', p || 'bypass', pg_temp.password('bypass'));
	-- direct_b reads by privileges of its own (dropped with this database)
	EXECUTE format('GRANT USAGE ON SCHEMA license_mgmt TO %I', p || 'direct_b');
	EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA license_mgmt TO %I', p || 'direct_b');
	EXECUTE format('INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES'
				   ' (%L, %L), (%L, %L), (%L, %L), (%L, %L)',
				   '13000000-0000-4000-8000-00000000000a', p || 'admin_a',
				   '13000000-0000-4000-8000-00000000000a', p || 'dir_a',
				   '13000000-0000-4000-8000-00000000000b', p || 'team_b',
				   '13000000-0000-4000-8000-00000000000c', p || 'admin_a');
END $$;

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');

------------------------------------------------------------------------------
-- The login roles connect with their own credentials
------------------------------------------------------------------------------

SELECT is(ARRAY[pg_temp.login('admin_a'), pg_temp.login('dir_a'), pg_temp.login('member_b'), pg_temp.login('direct_b'),
				pg_temp.login('ungranted'), pg_temp.login('bypass')],
	'{OK,OK,OK,OK,OK,OK}', 'six login roles connect over TCP with their passwords');
SELECT is(pg_temp.as_role('admin_a', 'SELECT session_user::text, current_user::text, inet_client_addr() IS NOT NULL'),
	format('(%s,%s,t)', pg_temp.role_name('admin_a'), pg_temp.role_name('admin_a')),
	'each connection is the login role itself (session_user and current_user), over TCP');
SELECT is(pg_temp.as_role('admin_a', 'SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user'), '(f)',
	'admin_a is neither superuser nor bypasses row-level security');
\if :on_citus
SELECT skip('the Citus test cluster trusts connections from localhost (test/citus/cluster.sh): no password is asked for', 1);
\else
SELECT matches(pg_temp.login('ungranted', 'wrong', 'wrong_password'),
	'password authentication failed',
	'a wrong password is refused: the connections prove the credentials');
\endif

------------------------------------------------------------------------------
-- admin_a, granted A
------------------------------------------------------------------------------

SELECT is(pg_temp.seen_by('admin_a'), '{}', 'R10.3: admin_a, license_mgmt.tenant_id unset, sees no row of any table or view');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.reprocess_user('a3000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: admin_a, license_mgmt.tenant_id unset, finds no user');

SELECT pg_temp.acting_for('admin_a', '13000000-0000-4000-8000-00000000000a') \g /dev/null
SELECT is(pg_temp.as_role('admin_a', 'SELECT license_mgmt.current_tenant()'), '(13000000-0000-4000-8000-00000000000a)',
	'R10.3: admin_a acting for A: current_tenant() is A');
SELECT is(pg_temp.seen_by('admin_a'), pg_temp.expected('13000000-0000-4000-8000-00000000000a', 'admin_a'),
	'R10.3: admin_a acting for A sees every row of A, in every table and view, and only of A');
SELECT cmp_ok(pg_temp.seen_by('admin_a'), '~', 'license_states.*tenant_grants.*users',
	'R10.3: (what admin_a sees of A includes its states, grants and users)');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.assign_user_license('a3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'("")', 'R10.3: admin_a assigns a license to a user of A');
SELECT is(pg_temp.as_role('admin_a', $$SELECT * FROM license_mgmt.assign_user_licenses('{a3000000-0000-4000-8000-000000000001,b3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001')$$),
	'(a3000000-0000-4000-8000-000000000001,);(b3000000-0000-4000-8000-000000000003,UnknownUser)',
	'R10.3: in admin_a''s bulk assignment, A''s user is licensed and B''s is unknown');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.remove_user_license('a3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'("")', 'R10.3: admin_a removes a license of a user of A');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.reprocess_group('94000000-0000-4000-8000-00000000000a')$$),
	'("")', 'R10.3: admin_a reprocesses a group of A');
SELECT is(pg_temp.as_role('admin_a', $$SELECT sku_part_number, total, assigned FROM license_mgmt.product_summary$$),
	'(TAP_G_SUITE,10,2)', 'R10.3: admin_a reads A''s Licenses page (g1 and d2: g1''s direct license shares its seat)');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.assign_user_license('b3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: admin_a acting for A cannot assign a license to B''s user');
SELECT is(pg_temp.as_role('admin_a', $$UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = '13000000-0000-4000-8000-00000000000b'$$),
	'0 rows', 'R10.3: admin_a acting for A updates no user of B');

-- setting B: it is not granted to admin_a, and opens nothing
SELECT pg_temp.acting_for('admin_a', '13000000-0000-4000-8000-00000000000b') \g /dev/null
SELECT is(pg_temp.as_role('admin_a', 'SELECT license_mgmt.current_tenant() IS NULL'), '(t)',
	'R10.3: admin_a setting B: current_tenant() is null');
SELECT is(pg_temp.seen_by('admin_a'), '{}', 'R10.3: admin_a setting B sees no row of any table or view, of A or B');
SELECT is(ARRAY[
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.assign_user_license('b3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.remove_user_license('b3000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.reprocess_user('b3000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.assign_group_license('94000000-0000-4000-8000-00000000000b', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.remove_group_license('94000000-0000-4000-8000-00000000000b', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT license_mgmt.reprocess_group('94000000-0000-4000-8000-00000000000b')$$),
		pg_temp.as_role('admin_a', $$SELECT * FROM license_mgmt.assign_user_licenses('{b3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('admin_a', $$SELECT * FROM license_mgmt.verify()$$),
		pg_temp.as_role('admin_a', $$UPDATE license_mgmt.users SET usage_location = 'DE'$$)],
	ARRAY['23503 license_user_exists', '23503 license_user_exists', '23503 license_user_exists',
		  '23503 license_group_exists', '23503 license_group_exists', '23503 license_group_exists',
		  '(b3000000-0000-4000-8000-000000000003,UnknownUser)', '', '0 rows'],
	'R10.3: admin_a setting B: every function refuses B''s users and groups as unknown, verify() and UPDATE find nothing');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.assign_user_license('a3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: admin_a setting B cannot act on A either: the setting chooses one granted tenant');
SELECT is(pg_temp.as_role('admin_a', 'SELECT license_mgmt.advance_subscriptions()'),
	'42501 (no constraint name)', 'R10.1: advance_subscriptions is not the admin''s to call');

------------------------------------------------------------------------------
-- dir_a, granted A: writes A's directory only
------------------------------------------------------------------------------

SELECT pg_temp.acting_for('dir_a', '13000000-0000-4000-8000-00000000000a') \g /dev/null
SELECT is(pg_temp.seen_by('dir_a'), pg_temp.expected('13000000-0000-4000-8000-00000000000a', 'dir_a'),
	'R10.3: dir_a acting for A sees the rows of A it may read, and only of A');
SELECT is(pg_temp.as_role('dir_a', $$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
		('13000000-0000-4000-8000-00000000000a', '94000000-0000-4000-8000-00000000000a', 'a3000000-0000-4000-8000-000000000003')$$),
	'1 rows', 'R10.3: dir_a adds a member to a licensed group of A');
SELECT pg_temp.acting_for('dir_a', '13000000-0000-4000-8000-00000000000b') \g /dev/null
SELECT is(ARRAY[
		pg_temp.as_role('dir_a', $$INSERT INTO license_mgmt.users (tenant_id, user_principal_name) VALUES ('13000000-0000-4000-8000-00000000000b', 'forged@b.example')$$),
		pg_temp.as_role('dir_a', $$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
			('13000000-0000-4000-8000-00000000000b', '94000000-0000-4000-8000-00000000000b', 'b3000000-0000-4000-8000-000000000003')$$),
		pg_temp.as_role('dir_a', $$UPDATE license_mgmt.users SET deleted_at = now()$$),
		pg_temp.as_role('dir_a', $$DELETE FROM license_mgmt.group_members$$),
		pg_temp.as_role('dir_a', $$DELETE FROM license_mgmt.groups WHERE tenant_id = '13000000-0000-4000-8000-00000000000a'$$)],
	ARRAY['42501 (no constraint name)', '42501 (no constraint name)', '0 rows', '0 rows', '0 rows'],
	'R10.3: dir_a setting B creates nothing in B and updates or deletes nothing of B or A');

------------------------------------------------------------------------------
-- member_b and direct_b: a grant to a group role reaches the roles that
-- inherit its privileges (pg_has_role(..., 'USAGE')), not a NOINHERIT member
------------------------------------------------------------------------------

SELECT pg_temp.acting_for('member_b', '13000000-0000-4000-8000-00000000000b') \g /dev/null
SELECT is(pg_temp.seen_by('member_b'), pg_temp.expected('13000000-0000-4000-8000-00000000000b', 'member_b'),
	'R10.3: member_b, through team_b''s grant, acting for B sees every row of B and only of B');
SELECT is(pg_temp.as_role('member_b', $$SELECT user_principal_name, state FROM license_mgmt.user_licenses$$),
	'(d2@b.example,active);(g1@b.example,active)', 'R10.3: member_b reads B''s user_licenses');
SELECT pg_temp.acting_for('member_b', '13000000-0000-4000-8000-00000000000a') \g /dev/null
SELECT is(pg_temp.seen_by('member_b'), '{}', 'R10.3: member_b setting A, granted to nobody it inherits from, sees nothing');

SELECT pg_temp.acting_for('direct_b', '13000000-0000-4000-8000-00000000000b') \g /dev/null
SELECT is(pg_temp.as_role('direct_b', 'SELECT count(*) > 0 FROM license_mgmt.products'), '(t)',
	'direct_b reads the extension''s tables by its own privileges');
SELECT is(pg_temp.seen_by('direct_b'), '{}',
	'R10.3: direct_b, a NOINHERIT member of team_b, does not get team_b''s tenant B without SET ROLE');
SELECT is(pg_temp.as_role('direct_b', format('SET ROLE %I', pg_temp.role_name('team_b'))), '0 rows', 'direct_b sets role team_b');
SELECT is(pg_temp.seen_by('direct_b'), pg_temp.expected('13000000-0000-4000-8000-00000000000b', 'team_b'),
	'R10.3: as team_b, direct_b sees B');
SELECT is(pg_temp.as_role('direct_b', 'RESET ROLE'), '0 rows', 'direct_b resets its role');

------------------------------------------------------------------------------
-- ungranted: nothing, whatever it sets
------------------------------------------------------------------------------

SELECT pg_temp.acting_for('ungranted', '13000000-0000-4000-8000-00000000000a') \g /dev/null
SELECT is(pg_temp.seen_by('ungranted'), '{}', 'R10.3: a role granted no tenant, setting A, sees no row of any table or view');
SELECT is(ARRAY[
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.assign_user_license('a3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.remove_user_license('a3000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.reprocess_user('a3000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.assign_group_license('94000000-0000-4000-8000-00000000000a', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.remove_group_license('94000000-0000-4000-8000-00000000000a', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT license_mgmt.reprocess_group('94000000-0000-4000-8000-00000000000a')$$),
		pg_temp.as_role('ungranted', $$SELECT * FROM license_mgmt.assign_user_licenses('{a3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001')$$),
		pg_temp.as_role('ungranted', $$SELECT * FROM license_mgmt.verify()$$),
		pg_temp.as_role('ungranted', $$UPDATE license_mgmt.users SET deleted_at = now()$$),
		pg_temp.as_role('ungranted', $$DELETE FROM license_mgmt.group_members$$),
		pg_temp.as_role('ungranted', $$INSERT INTO license_mgmt.groups (tenant_id, display_name) VALUES ('13000000-0000-4000-8000-00000000000a', 'Forged')$$)],
	ARRAY['23503 license_user_exists', '23503 license_user_exists', '23503 license_user_exists',
		  '23503 license_group_exists', '23503 license_group_exists', '23503 license_group_exists',
		  '(a3000000-0000-4000-8000-000000000003,UnknownUser)', '', '0 rows', '0 rows', '42501 (no constraint name)'],
	'R10.3: a role granted no tenant: every function refuses, verify() finds nothing, its writes reach no row');
SELECT is(ARRAY[
		pg_temp.as_role('ungranted', $$INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES ('13000000-0000-4000-8000-00000000000a', current_user::regrole)$$),
		pg_temp.as_role('ungranted', $$SELECT count(*) FROM license_mgmt.tenant_grants$$),
		pg_temp.as_role('admin_a', $$DELETE FROM license_mgmt.tenant_grants$$),
		pg_temp.as_role('admin_a', $$UPDATE license_mgmt.tenant_grants SET grantee = current_user::regrole$$)],
	ARRAY['42501 (no constraint name)', '(0)', '42501 (no constraint name)', '42501 (no constraint name)'],
	'R10.3: nobody but the owner writes tenant_grants: a role cannot grant itself a tenant, nor change or delete a grant');
SELECT is(pg_temp.as_role('ungranted', $$SELECT set_config('license_mgmt.tenant_id', 'not a tenant', false)$$),
	'22023 (no constraint name)', 'R10.3: license_mgmt.tenant_id refuses what is not a uuid (22023)');
SELECT is(pg_temp.as_role('ungranted', $$SELECT current_setting('license_mgmt.tenant_id')$$),
	'(13000000-0000-4000-8000-00000000000a)', 'R10.3: ... and keeps the value it had');

------------------------------------------------------------------------------
-- Roles that bypass row-level security, and the superuser: unchanged
------------------------------------------------------------------------------

SELECT is(pg_temp.seen_by('bypass'), public.tap_visible(NULL, pg_temp.role_name('bypass')::name)::text,
	'R10.3: a role with BYPASSRLS sees every tenant with license_mgmt.tenant_id unset, granted nothing');
SELECT cmp_ok(pg_temp.seen_by('bypass'), '~', 'users \{13000000-0000-4000-8000-00000000000a,13000000-0000-4000-8000-00000000000b',
	'R10.3: (that is A and B)');
SELECT is(license_mgmt.current_tenant(), NULL, 'R10.3: the superuser, license_mgmt.tenant_id unset: current_tenant() is null');
SELECT is((SELECT array_agg(DISTINCT tenant_id ORDER BY tenant_id) FROM license_mgmt.users)::text,
	'{13000000-0000-4000-8000-00000000000a,13000000-0000-4000-8000-00000000000b}',
	'R10.3: the superuser, granted nothing, sees every tenant');
SET license_mgmt.tenant_id = '13000000-0000-4000-8000-00000000000b';
SELECT is(license_mgmt.current_tenant(), '13000000-0000-4000-8000-00000000000b'::uuid,
	'R10.3: the superuser acting for B, granted nothing: current_tenant() is B');
SELECT lives_ok($$SELECT license_mgmt.reprocess_group('94000000-0000-4000-8000-00000000000b')$$,
	'R10.3: the superuser acts for B without a grant');
SELECT throws_ok($$SELECT license_mgmt.reprocess_user('a3000000-0000-4000-8000-000000000001')$$, '23503', NULL,
	'R10.3: the superuser acting for B finds no user of A, as before');
RESET license_mgmt.tenant_id;

------------------------------------------------------------------------------
-- Grants change: a deleted grant stops working at the grantee's next
-- statement, even inside its open repeatable-read transaction; a new one
-- starts working the same way; a tenant's deletion takes its grants
------------------------------------------------------------------------------

SELECT pg_temp.acting_for('admin_a', '13000000-0000-4000-8000-00000000000a') \g /dev/null
SELECT is(pg_temp.as_role('admin_a', 'SELECT count(*) FROM license_mgmt.users'), '(3)', 'admin_a acting for A sees A''s three users');
SELECT is(dblink_exec('admin_a', 'BEGIN ISOLATION LEVEL REPEATABLE READ'), 'BEGIN', 'admin_a begins a repeatable-read transaction');
SELECT is(pg_temp.as_role('admin_a', 'SELECT public.tap_count_users()'), '(3)', 'admin_a reads A''s users in it, by a kept plan');
DELETE FROM license_mgmt.tenant_grants
 WHERE tenant_id = '13000000-0000-4000-8000-00000000000a' AND grantee = pg_temp.role_name('admin_a')::regrole;
SELECT is(pg_temp.as_role('admin_a', 'SELECT public.tap_count_users()'), '(0)',
	'R10.3: once its grant of A is deleted, admin_a''s next statement, in the same transaction and by the same kept plan, sees no user of A');
SELECT is((SELECT n FROM dblink('admin_a', 'SELECT count(*) FROM license_mgmt.users') AS t(n bigint)), 0::bigint,
	'R10.3: ... nor does a plain query');
SELECT is(pg_temp.as_role('admin_a', $$SELECT license_mgmt.reprocess_user('a3000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R10.3: ... and finds no user of A to act on');
SELECT is(dblink_exec('admin_a', 'COMMIT'), 'COMMIT', 'admin_a commits');
SELECT is(pg_temp.seen_by('admin_a'), '{}', 'R10.3: admin_a, its grant deleted, sees nothing of A any more');

SELECT is(pg_temp.seen_by('ungranted'), '{}', 'the role granted nothing, acting for A, sees nothing');
INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee)
	VALUES ('13000000-0000-4000-8000-00000000000a', pg_temp.role_name('ungranted')::regrole);
SELECT is(pg_temp.seen_by('ungranted'), pg_temp.expected('13000000-0000-4000-8000-00000000000a', 'ungranted'),
	'R10.3: granted A, its next statement sees every row of A, and only of A');

SELECT is((SELECT count(*)::integer FROM license_mgmt.tenant_grants WHERE tenant_id = '13000000-0000-4000-8000-00000000000c'), 1,
	'tenant C has a grant');
DELETE FROM license_mgmt.tenants WHERE tenant_id = '13000000-0000-4000-8000-00000000000c';
SELECT is((SELECT count(*)::integer FROM license_mgmt.tenant_grants WHERE tenant_id = '13000000-0000-4000-8000-00000000000c'), 0,
	'R10.3: deleting a tenant deletes its grants (ON DELETE CASCADE)');

------------------------------------------------------------------------------
-- Bad grants, and the grant of a dropped role
------------------------------------------------------------------------------

CREATE FUNCTION pg_temp.refusal(sql text) RETURNS text LANGUAGE plpgsql AS $$
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
CREATE TEMP TABLE grants_before AS SELECT * FROM license_mgmt.tenant_grants;

SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.tenant_grants VALUES ('13000000-0000-4000-8000-00000000000a', '4000000000')$$),
	'23503 tenant_grants_grantee_exists', 'a grant to an oid that is no role is refused (tenant_grants_grantee_exists)');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.tenant_grants VALUES ('13000000-0000-4000-8000-00000000000a', '-')$$),
	'23503 tenant_grants_grantee_exists', 'a grant to no role (''-'') is refused');
SELECT is(pg_temp.refusal(format('UPDATE license_mgmt.tenant_grants SET grantee = ''4000000000'' WHERE grantee = %L::regrole',
								 pg_temp.role_name('ungranted'))),
	'23503 tenant_grants_grantee_exists', 'changing a grantee to no role is refused');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.tenant_grants VALUES ('13000000-0000-4000-8000-0000000000ff', 'license_mgmt_reader')$$),
	'23503 tenant_grants_tenant_id_fkey', 'a grant of a tenant that does not exist is refused');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.tenant_grants VALUES ('13000000-0000-4000-8000-00000000000a', NULL)$$),
	'23502 (no constraint name)', 'a grant to null is refused');
SELECT is(pg_temp.refusal(format('INSERT INTO license_mgmt.tenant_grants VALUES (%L, %L)', '13000000-0000-4000-8000-00000000000b',
								 pg_temp.role_name('team_b'))),
	'23505 tenant_grants_pkey', 'the same grant twice is refused');
SELECT set_eq('SELECT * FROM license_mgmt.tenant_grants', 'SELECT * FROM pg_temp.grants_before',
	'the refused grants changed nothing');

INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee)
	SELECT '13000000-0000-4000-8000-00000000000b', r.oid::regrole FROM pg_roles r WHERE r.rolname = pg_temp.role_name('member_b');
CREATE TEMP TABLE member_b_oid AS SELECT pg_temp.role_name('member_b')::regrole::oid AS oid;
SELECT dblink_disconnect('member_b') \g /dev/null
SELECT format('DROP ROLE %I', pg_temp.role_name('member_b')) \gexec
SELECT is((SELECT grantee::text FROM license_mgmt.tenant_grants g WHERE g.grantee::oid = (SELECT oid FROM member_b_oid)),
	(SELECT oid::text FROM member_b_oid), 'R10.3: a grant of a dropped role stays, its grantee shown as a number');
SELECT is(ARRAY(SELECT r.rolname::text FROM pg_roles r
				 WHERE pg_has_role(r.oid, (SELECT oid FROM member_b_oid), 'USAGE') AND NOT r.rolsuper),
	'{}', 'R10.3: ... which matches no role');
SELECT is(pg_temp.refusal($$DELETE FROM license_mgmt.tenant_grants g
						  WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.oid = g.grantee)$$),
	'not refused', 'the grants of dropped roles are deleted with one statement (README)');
SELECT is((SELECT count(*)::integer FROM license_mgmt.tenant_grants g
			WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.oid = g.grantee)), 0, '... leaving none');

------------------------------------------------------------------------------
-- The alert channels are not a boundary: any role can LISTEN and NOTIFY
------------------------------------------------------------------------------

SELECT is(pg_temp.as_role('ungranted', $$SELECT license_mgmt.alert_channel('13000000-0000-4000-8000-00000000000a')$$),
	'(license_mgmt_1300000000004000800000000000000a)', 'R11.2: any role computes a tenant''s alert channel');
SELECT is(pg_temp.as_role('ungranted', $$SELECT 'sent' FROM (SELECT pg_notify('license_mgmt_1300000000004000800000000000000a', '{"forged": true}')) n$$),
	'(sent)', 'R11.2: any role can send on it (the README says so: listeners must not trust payloads)');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after every role acted');

SELECT * FROM finish();

------------------------------------------------------------------------------
-- Cleanup: the connections, this database, the roles
------------------------------------------------------------------------------

SELECT dblink_disconnect(c) FROM unnest(dblink_get_connections()) AS c \g /dev/null
\c :home
DROP DATABASE :"scratch" WITH (FORCE);
SELECT format('DROP ROLE %I', rolname) FROM pg_catalog.pg_roles
 WHERE left(rolname, length(:'prefix')) = :'prefix' \gexec
