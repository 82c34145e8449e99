-- R10.4: no function can be subverted through search_path.  A hostile
-- schema earlier in search_path holds a fake = and <> for uuid (always true,
-- always false) and = for text, fake functions and aggregates named like the
-- built-ins the extension uses (now, current_setting, gen_random_uuid,
-- pg_notify, unnest, lower, array_position, count, array_agg, string_agg,
-- sum, bool_or, min, jsonb_agg) and like the extension's internal functions (nesting,
-- group_reach, ..., check_usage_location), and tables named like the
-- extension's tables and internal views, with poisoned rows; temporary
-- views of the same names sit in pg_temp, the last schema of the
-- extension's own pinned path.  Every fake records its use in
-- evil.trap_log.  The scenario (direct, bulk and group assignment, plan
-- rules, membership triggers, the waiting room, soft delete, the lifecycle,
-- verify() and the views) runs under the hostile path, as a superuser and as
-- an admin acting for its tenant, and must give the expected results with
-- the trap log empty.
--
-- On a Citus cluster this file fails, as test/citus/known_differences
-- lists: its admin phase acts as a second role on placements the
-- transaction wrote as the first, which Citus refuses, and it reads the
-- internal views across tenants, whose recursive CTEs Citus plans for one
-- tenant only.  There test/citus/run.sh checks a call under a hostile
-- search_path instead.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(36);

------------------------------------------------------------------------------
-- Fixture (ordinary search_path).  Tenant H is the one acted on; tenant G is
-- a bystander, the tenant the fake current_setting() points to.
-- TAP_SP_ADD_SVC requires TAP_SP_CORE_SVC; TAP_SP_X_SVC and TAP_SP_Y_SVC
-- exclude each other; TAP_SP_GEO_SVC is not offered in CN.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES
	('52000000-0000-4000-8000-000000000001', 'TAP_SP_CORE_SVC', '{}'),
	('52000000-0000-4000-8000-000000000002', 'TAP_SP_GEO_SVC', '{CN}'),
	('52000000-0000-4000-8000-000000000003', 'TAP_SP_ADD_SVC', '{}'),
	('52000000-0000-4000-8000-000000000004', 'TAP_SP_X_SVC', '{}'),
	('52000000-0000-4000-8000-000000000005', 'TAP_SP_Y_SVC', '{}');
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id) VALUES
	('52000000-0000-4000-8000-000000000003', '52000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.service_plan_conflicts (service_plan_id, conflicting_service_plan_id) VALUES
	('52000000-0000-4000-8000-000000000004', '52000000-0000-4000-8000-000000000005');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('62000000-0000-4000-8000-000000000001', 'TAP_SP_SUITE', 'Suite'),
	('62000000-0000-4000-8000-000000000002', 'TAP_SP_ADDON', 'Add-on'),
	('62000000-0000-4000-8000-000000000003', 'TAP_SP_XP', 'X product'),
	('62000000-0000-4000-8000-000000000004', 'TAP_SP_YP', 'Y product'),
	('62000000-0000-4000-8000-000000000005', 'TAP_SP_LAPSING', 'Lapsing product');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('62000000-0000-4000-8000-000000000001', '52000000-0000-4000-8000-000000000001'),
	('62000000-0000-4000-8000-000000000001', '52000000-0000-4000-8000-000000000002'),
	('62000000-0000-4000-8000-000000000002', '52000000-0000-4000-8000-000000000003'),
	('62000000-0000-4000-8000-000000000003', '52000000-0000-4000-8000-000000000004'),
	('62000000-0000-4000-8000-000000000004', '52000000-0000-4000-8000-000000000005'),
	('62000000-0000-4000-8000-000000000005', '52000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('12000000-0000-4000-8000-000000000001', 'Hostile path', 'US'),
	('12000000-0000-4000-8000-000000000002', 'Bystander', 'US');
-- SUITE: 3 seats, renewing in 10 days (due only for a clock that says
-- 'infinity'); LAPSING due yesterday.
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, next_lifecycle_at) VALUES
	('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001', 3, now() + interval '10 days'),
	('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000002', '62000000-0000-4000-8000-000000000002', 5, NULL),
	('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000003', '62000000-0000-4000-8000-000000000003', 5, NULL),
	('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000004', '62000000-0000-4000-8000-000000000004', 5, NULL),
	('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000005', '62000000-0000-4000-8000-000000000005', 2, now() - interval '1 day'),
	('12000000-0000-4000-8000-000000000002', '22000000-0000-4000-8000-000000000006', '62000000-0000-4000-8000-000000000001', 10, NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001', 'h1@h.example', 'US'),
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000002', 'h2@h.example', 'US'),
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000003', 'h3@h.example', 'US'),
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000004', 'h4@h.example', 'US'),
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000005', 'h5@h.example', 'US'),
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000006', 'h6@h.example', 'CN'),
	('12000000-0000-4000-8000-000000000002', 'd2000000-0000-4000-8000-000000000001', 'g1@g.example', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'Hostile licensed');
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('d2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001');
END $$;

CREATE ROLE tap_sp_admin IN ROLE license_mgmt_admin;
INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES ('12000000-0000-4000-8000-000000000001', 'tap_sp_admin');

-- how many subscriptions a true clock finds due: advance_subscriptions() must move these
CREATE TEMP TABLE due_now AS
	SELECT count(*)::text AS n FROM license_mgmt.subscriptions WHERE next_lifecycle_at <= now() AND status <> 'deleted';

-- What the hostile phase saw: outcomes of each step, values returned, rows seen.
CREATE TEMP TABLE outcomes (step text, result text);
CREATE TEMP TABLE seen (step text, value text);
GRANT ALL ON outcomes, seen TO PUBLIC;

-- outcome(step, sql): run sql, record 'ok' or 'SQLSTATE constraint'.  Written
-- without any operator or function the hostile schema shadows.
CREATE FUNCTION pg_temp.outcome(step text, sql text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	res text;
	code text;
	cname text;
BEGIN
	BEGIN
		EXECUTE sql;
		res := 'ok';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, cname = CONSTRAINT_NAME;
		res := code || ' ' || cname;
	END;
	INSERT INTO pg_temp.outcomes (step, result) VALUES (step, res);
END $$;

------------------------------------------------------------------------------
-- The hostile schema
------------------------------------------------------------------------------

CREATE SCHEMA evil;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
CREATE TABLE evil.trap_log (what text NOT NULL);
GRANT INSERT, SELECT ON evil.trap_log TO PUBLIC;
CREATE FUNCTION evil.trap(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO evil.trap_log (what) VALUES (what);
END $$;

-- operators
CREATE FUNCTION evil.uuid_eq(a uuid, b uuid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('= (uuid, uuid)'); RETURN true; END $$;
CREATE OPERATOR evil.= (LEFTARG = uuid, RIGHTARG = uuid, FUNCTION = evil.uuid_eq);
CREATE FUNCTION evil.uuid_ne(a uuid, b uuid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('<> (uuid, uuid)'); RETURN false; END $$;
CREATE OPERATOR evil.<> (LEFTARG = uuid, RIGHTARG = uuid, FUNCTION = evil.uuid_ne);
CREATE FUNCTION evil.text_eq(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('= (text, text)'); RETURN true; END $$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.text_eq);

-- functions
CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('now()'); RETURN 'infinity'; END $$;
CREATE FUNCTION evil.current_setting(setting text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('current_setting(text)'); RETURN '12000000-0000-4000-8000-000000000002'; END $$;
CREATE FUNCTION evil.current_setting(setting text, missing_ok boolean) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('current_setting(text, boolean)'); RETURN '12000000-0000-4000-8000-000000000002'; END $$;
CREATE FUNCTION evil.current_tenant() RETURNS uuid LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('current_tenant()'); RETURN '12000000-0000-4000-8000-000000000002'; END $$;
CREATE FUNCTION evil.gen_random_uuid() RETURNS uuid LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('gen_random_uuid()'); RETURN 'eeeeeeee-0000-4000-8000-000000000000'; END $$;
CREATE FUNCTION evil.pg_notify(channel text, payload text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('pg_notify(text, text)'); END $$;
CREATE FUNCTION evil.unnest(a anyarray) RETURNS SETOF anyelement LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('unnest(anyarray)'); RETURN; END $$;
CREATE FUNCTION evil.lower(s text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('lower(text)'); RETURN 'evil'; END $$;
CREATE FUNCTION evil.array_position(a anyarray, e anyelement) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('array_position(anyarray, anyelement)'); RETURN 1; END $$;

-- aggregates
CREATE FUNCTION evil.count_step(n bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('count(*)'); RETURN 1000; END $$;
CREATE AGGREGATE evil.count(*) (SFUNC = evil.count_step, STYPE = bigint, INITCOND = '0');
CREATE FUNCTION evil.array_agg_step(s anyarray, x anynonarray) RETURNS anyarray LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('array_agg(anynonarray)'); RETURN s; END $$;
CREATE AGGREGATE evil.array_agg(anynonarray) (SFUNC = evil.array_agg_step, STYPE = anyarray);
CREATE FUNCTION evil.string_agg_step(s text, v text, d text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('string_agg(text, text)'); RETURN 'evil'; END $$;
CREATE AGGREGATE evil.string_agg(text, text) (SFUNC = evil.string_agg_step, STYPE = text);
CREATE FUNCTION evil.sum_step(s bigint, v integer) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('sum(integer)'); RETURN 1000000; END $$;
CREATE AGGREGATE evil.sum(integer) (SFUNC = evil.sum_step, STYPE = bigint);
CREATE FUNCTION evil.bool_or_step(s boolean, v boolean) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('bool_or(boolean)'); RETURN true; END $$;
CREATE AGGREGATE evil.bool_or(boolean) (SFUNC = evil.bool_or_step, STYPE = boolean);
CREATE FUNCTION evil.min_step(s timestamptz, v timestamptz) RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('min(timestamptz)'); RETURN '-infinity'; END $$;
CREATE AGGREGATE evil.min(timestamptz) (SFUNC = evil.min_step, STYPE = timestamptz);
CREATE FUNCTION evil.jsonb_agg_step(s jsonb, v jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('jsonb_agg(jsonb)'); RETURN '[]'; END $$;
CREATE AGGREGATE evil.jsonb_agg(jsonb) (SFUNC = evil.jsonb_agg_step, STYPE = jsonb);

-- the extension's internal functions (license_mgmt_internal, which no role may name)
CREATE FUNCTION evil.nesting(tenant uuid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('nesting(uuid)'); RETURN true; END $$;
CREATE FUNCTION evil.group_reach(tenant uuid, groups uuid[])
RETURNS TABLE (group_id uuid, user_id uuid, member_since timestamptz) LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('group_reach(uuid, uuid[])'); END $$;
CREATE FUNCTION evil.group_ancestors(tenant uuid, groups uuid[], extra_groups uuid[] DEFAULT '{}', extra_members uuid[] DEFAULT '{}')
RETURNS TABLE (group_id uuid, ancestor_id uuid) LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('group_ancestors(uuid, uuid[], uuid[], uuid[])'); END $$;
CREATE FUNCTION evil.group_descendants(tenant uuid, tops uuid[], extra_groups uuid[] DEFAULT '{}', extra_members uuid[] DEFAULT '{}')
RETURNS TABLE (top uuid, member_id uuid) LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('group_descendants(uuid, uuid[], uuid[], uuid[])'); END $$;
CREATE FUNCTION evil.membership_loss(tenant uuid, groups uuid[], members uuid[])
RETURNS TABLE (group_id uuid, user_id uuid) LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('membership_loss(uuid, uuid[], uuid[])'); END $$;
CREATE FUNCTION evil.expiring_soon_interval() RETURNS interval LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('expiring_soon_interval()'); RETURN interval '1000 years'; END $$;
CREATE FUNCTION evil.enabled_service_plans(tenant uuid, usr uuid, sku uuid) RETURNS text[] LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('enabled_service_plans(uuid, uuid, uuid)'); RETURN '{EVIL}'; END $$;
CREATE FUNCTION evil.license_service_plans(tenant uuid, usr uuid, sku uuid) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('license_service_plans(uuid, uuid, uuid)'); RETURN '[]'; END $$;
CREATE FUNCTION evil.service_plan_labels(plans uuid[]) RETURNS text[] LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('service_plan_labels(uuid[])'); RETURN '{EVIL}'; END $$;
CREATE FUNCTION evil.check_usage_location(code text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('check_usage_location(text)'); RETURN true; END $$;
CREATE FUNCTION evil.check_usage_locations(codes text[]) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap('check_usage_locations(text[])'); RETURN true; END $$;

-- tables named like the extension's tables and internal views, in evil;
-- and temporary views of the same names in pg_temp, each recording that it
-- was read
CREATE FUNCTION evil.trap_set(what text) RETURNS SETOF integer LANGUAGE plpgsql AS $$
BEGIN PERFORM evil.trap(what); RETURN NEXT 1; END $$;
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['tenants', 'subscriptions', 'users', 'groups', 'group_members', 'directory_objects',
							 'user_license_assignments', 'group_license_assignments', 'seat_counters',
							 'license_states', 'audit_log', 'products', 'service_plans', 'product_service_plans',
							 'service_plan_dependencies', 'service_plan_conflicts',
							 'seat_usage', 'source_enabled_plans', 'service_plan_exclusions', 'service_plan_relations',
							 'inherited_licenses', 'license_sources']
	LOOP
		EXECUTE format('CREATE TABLE evil.%I (LIKE %s)', t,
					   (SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
						 WHERE n.nspname IN ('license_mgmt', 'license_mgmt_internal') AND c.relname = t));
		EXECUTE format('GRANT ALL ON evil.%I TO PUBLIC', t);
		EXECUTE format('CREATE TEMP VIEW %I AS SELECT x.* FROM evil.trap_set(%L) AS s LEFT JOIN evil.%I AS x ON true',
					   t, 'pg_temp.' || t, t);
		EXECUTE format('GRANT SELECT ON pg_temp.%I TO PUBLIC', t);
	END LOOP;
END $$;
-- poisoned rows: plenty of seats, another location for h2, h4 already active
INSERT INTO evil.tenants VALUES ('12000000-0000-4000-8000-000000000001', 'Evil', 'CN', true);
INSERT INTO evil.products VALUES ('62000000-0000-4000-8000-000000000001', 'EVIL_SUITE', 'Evil suite');
INSERT INTO evil.subscriptions VALUES ('12000000-0000-4000-8000-000000000001', '22000000-0000-4000-8000-000000000001',
	'62000000-0000-4000-8000-000000000001', 1000, 'enabled', NULL);
INSERT INTO evil.seat_counters VALUES ('12000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001', 1000, 0, 0);
INSERT INTO evil.users (tenant_id, user_id, user_principal_name, usage_location, account_enabled) VALUES
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000002', 'h2@evil.example', 'CN', true);
INSERT INTO evil.license_states (tenant_id, user_id, sku_id, group_id, state, disabled_plans, last_updated) VALUES
	('12000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000004', '62000000-0000-4000-8000-000000000001',
	 '00000000-0000-0000-0000-000000000000', 'active', '{}', now());

------------------------------------------------------------------------------
-- Hostile phase, as the superuser
------------------------------------------------------------------------------

SET LOCAL search_path = evil, public, pg_catalog;

-- proof that the hostile objects take effect on SQL that does not qualify names
INSERT INTO pg_temp.seen
	SELECT 'proof =', ('c2000000-0000-4000-8000-000000000001'::uuid = 'c2000000-0000-4000-8000-000000000002'::uuid)::text;
INSERT INTO pg_temp.seen SELECT 'proof now', now()::text;
INSERT INTO pg_temp.seen SELECT 'proof count', (SELECT count(*) FROM license_mgmt.products)::text;
INSERT INTO pg_temp.seen SELECT 'proof current_setting', current_setting('license_mgmt.tenant_id', true);
INSERT INTO pg_temp.seen SELECT 'proof users', (SELECT user_principal_name FROM users LIMIT 1);
INSERT INTO pg_temp.seen SELECT 'proof trapped', (SELECT pg_catalog.count(*) FROM evil.trap_log)::text;
DELETE FROM evil.trap_log;

-- direct assignment and the plan rules
SELECT pg_temp.outcome('S1 assign SUITE to h1', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001')$$);
SELECT pg_temp.outcome('S2 assign ADDON to h1', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000002')$$);
SELECT pg_temp.outcome('S3 assign ADDON to h2', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000002', '62000000-0000-4000-8000-000000000002')$$);
SELECT pg_temp.outcome('S4 assign XP to h1', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000003')$$);
SELECT pg_temp.outcome('S5 assign YP to h1', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000004')$$);
SELECT pg_temp.outcome('S6 assign SUITE to h6', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000006', '62000000-0000-4000-8000-000000000001')$$);
-- memberships, then the group's license: two seats left for four members
SELECT pg_temp.outcome('S7 add four members', $$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000002', '2024-01-01 00:00:01+00'),
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000003', '2024-01-01 00:00:02+00'),
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000004', '2024-01-01 00:00:03+00'),
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000006', '2024-01-01 00:00:04+00')$$);
SELECT pg_temp.outcome('S8 assign SUITE to the group', $$INSERT INTO pg_temp.seen
	SELECT 'S8 licensed, failed', license_mgmt.assign_group_license('93000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001')::text$$);
SELECT pg_temp.outcome('S9 add h5', $$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
	('12000000-0000-4000-8000-000000000001', '93000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000005', '2024-01-01 00:00:05+00')$$);
SELECT pg_temp.outcome('S10 remove h2 from the group', $$DELETE FROM license_mgmt.group_members
	WHERE group_id OPERATOR(pg_catalog.=) '93000000-0000-4000-8000-000000000001'
	  AND member_id OPERATOR(pg_catalog.=) 'c2000000-0000-4000-8000-000000000002'$$);
SELECT pg_temp.outcome('S11 soft-delete h3', $$UPDATE license_mgmt.users SET deleted_at = '2024-02-01 00:00:00+00'
	WHERE user_id OPERATOR(pg_catalog.=) 'c2000000-0000-4000-8000-000000000003'$$);
SELECT pg_temp.outcome('S12 bulk YP', $$INSERT INTO pg_temp.seen
	SELECT 'S12 bulk', ARRAY(SELECT ROW(b.user_id, b.error)::text FROM license_mgmt.assign_user_licenses(
		'{c2000000-0000-4000-8000-000000000001,c2000000-0000-4000-8000-000000000002,c2000000-0000-4000-8000-0000000000ff}',
		'62000000-0000-4000-8000-000000000004') AS b)::text$$);
SELECT pg_temp.outcome('S13 advance subscriptions', $$INSERT INTO pg_temp.seen
	SELECT 'S13 moved', license_mgmt.advance_subscriptions()::text$$);
SELECT pg_temp.outcome('S14 reprocess h4', $$SELECT license_mgmt.reprocess_user('c2000000-0000-4000-8000-000000000004')$$);
SELECT pg_temp.outcome('S15 reprocess the group', $$SELECT license_mgmt.reprocess_group('93000000-0000-4000-8000-000000000001')$$);
SELECT pg_temp.outcome('S16 remove XP from h1', $$SELECT license_mgmt.remove_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000003')$$);
SELECT pg_temp.outcome('S17 assign XP to h1 again', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000003')$$);

------------------------------------------------------------------------------
-- Hostile phase, as an admin acting for tenant H (row-level security applies;
-- the fake current_setting() and current_tenant() point to tenant G)
------------------------------------------------------------------------------

SET LOCAL ROLE tap_sp_admin;
SET LOCAL license_mgmt.tenant_id = '12000000-0000-4000-8000-000000000001';
SELECT pg_temp.outcome('A1 admin assigns ADDON to h5', $$SELECT license_mgmt.assign_user_license('c2000000-0000-4000-8000-000000000005', '62000000-0000-4000-8000-000000000002')$$);
SELECT pg_temp.outcome('A2 admin assigns SUITE to G''s user', $$SELECT license_mgmt.assign_user_license('d2000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001')$$);
INSERT INTO pg_temp.seen SELECT 'A3 admin sees tenant', s.tenant_id::text FROM license_mgmt.license_assignment_states s;
INSERT INTO pg_temp.seen SELECT 'A3 admin sees tenant', u.tenant_id::text FROM license_mgmt.users u;
INSERT INTO pg_temp.seen SELECT 'A3 admin sees tenant', p.tenant_id::text FROM license_mgmt.product_summary p;
RESET ROLE;
RESET license_mgmt.tenant_id;

-- verify() and every view, read under the hostile path
CREATE TEMP TABLE h_verify AS SELECT * FROM license_mgmt.verify();
CREATE TEMP TABLE h_product_summary AS SELECT * FROM license_mgmt.product_summary;
CREATE TEMP TABLE h_license_assignment_states AS SELECT * FROM license_mgmt.license_assignment_states;
CREATE TEMP TABLE h_user_licenses AS SELECT * FROM license_mgmt.user_licenses;
CREATE TEMP TABLE h_licensed_groups AS SELECT * FROM license_mgmt.licensed_groups;
CREATE TEMP TABLE h_license_errors AS SELECT * FROM license_mgmt.license_errors;
CREATE TEMP TABLE h_license_details AS SELECT * FROM license_mgmt.license_details;
CREATE TEMP TABLE h_inherited_licenses AS SELECT * FROM license_mgmt_internal.inherited_licenses;
CREATE TEMP TABLE h_license_sources AS SELECT * FROM license_mgmt_internal.license_sources;
CREATE TEMP TABLE h_seat_usage AS SELECT * FROM license_mgmt_internal.seat_usage;

------------------------------------------------------------------------------
-- Back to an ordinary search_path: what happened
------------------------------------------------------------------------------

SET LOCAL search_path = public, license_mgmt;

SELECT is((SELECT value FROM pg_temp.seen WHERE step = 'proof =')
			|| ' ' || (SELECT value FROM pg_temp.seen WHERE step = 'proof now')
			|| ' ' || (SELECT value FROM pg_temp.seen WHERE step = 'proof count')
			|| ' ' || (SELECT value FROM pg_temp.seen WHERE step = 'proof current_setting')
			|| ' ' || (SELECT value FROM pg_temp.seen WHERE step = 'proof users'),
	'true infinity 1000 12000000-0000-4000-8000-000000000002 h2@evil.example',
	'R10.4: the hostile objects take effect on SQL that does not qualify names (so this test can fail)');
SELECT cmp_ok((SELECT value FROM pg_temp.seen WHERE step = 'proof trapped')::integer, '>=', 5,
	'R10.4: the hostile objects record their use');

SELECT is(ARRAY(SELECT what FROM evil.trap_log ORDER BY what), '{}',
	'R10.4: no hostile operator, function, aggregate, table or temporary view was used by the extension');

SELECT results_eq($$SELECT step, result FROM pg_temp.outcomes ORDER BY step COLLATE "C"$$,
	$$VALUES ('A1 admin assigns ADDON to h5', 'ok'),
			 ('A2 admin assigns SUITE to G''s user', '23503 license_user_exists'),
			 ('S1 assign SUITE to h1', 'ok'),
			 ('S10 remove h2 from the group', 'ok'),
			 ('S11 soft-delete h3', 'ok'),
			 ('S12 bulk YP', 'ok'),
			 ('S13 advance subscriptions', 'ok'),
			 ('S14 reprocess h4', 'ok'),
			 ('S15 reprocess the group', 'ok'),
			 ('S16 remove XP from h1', 'ok'),
			 ('S17 assign XP to h1 again', 'ok'),
			 ('S2 assign ADDON to h1', 'ok'),
			 ('S3 assign ADDON to h2', '23503 license_service_plan_dependency'),
			 ('S4 assign XP to h1', 'ok'),
			 ('S5 assign YP to h1', '23P01 license_service_plan_conflict'),
			 ('S6 assign SUITE to h6', '23514 license_usage_location_allowed'),
			 ('S7 add four members', 'ok'),
			 ('S8 assign SUITE to the group', 'ok'),
			 ('S9 add h5', 'ok')$$,
	'R10.4: under the hostile path every call and DML statement succeeds or is refused exactly as without it');
SELECT is((SELECT value FROM pg_temp.seen WHERE step = 'S8 licensed, failed'), '(2,2)',
	'R10.4, R4.1: the group assignment licensed two members and failed two (no seat; not offered in CN)');
SELECT is((SELECT value FROM pg_temp.seen WHERE step = 'S12 bulk'),
	'{"(c2000000-0000-4000-8000-000000000001,MutuallyExclusiveViolation)","(c2000000-0000-4000-8000-000000000002,)","(c2000000-0000-4000-8000-0000000000ff,UnknownUser)"}',
	'R10.4, R3.5: the bulk assignment judged each user as without the hostile path');
SELECT is((SELECT value FROM pg_temp.seen WHERE step = 'S13 moved'), (SELECT n FROM due_now),
	'R10.4, R9.2: advance_subscriptions() moved the subscriptions due by the true clock, not by the fake now()');
SELECT results_eq($$SELECT sku_id::text, status FROM license_mgmt.subscriptions
					 WHERE tenant_id = '12000000-0000-4000-8000-000000000001' AND sku_id IN
						   ('62000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000005') ORDER BY 1$$,
	$$VALUES ('62000000-0000-4000-8000-000000000001', 'enabled'), ('62000000-0000-4000-8000-000000000005', 'warning')$$,
	'R10.4, R9.2: the lapsing subscription moved to warning, the renewing one stayed enabled');
SELECT is(ARRAY(SELECT DISTINCT value FROM pg_temp.seen WHERE step = 'A3 admin sees tenant'),
	'{12000000-0000-4000-8000-000000000001}',
	'R10.4, R10.3: the admin of H sees tenant H only, whatever the fake current_setting() says');

-- the derived state
SELECT results_eq($$SELECT u.user_principal_name, p.sku_part_number, s.assigned_by_group IS NOT NULL, s.state, s.error
					 FROM license_mgmt.license_assignment_states s
					 JOIN license_mgmt.users u USING (tenant_id, user_id)
					 JOIN license_mgmt.products p USING (sku_id)
					WHERE s.tenant_id = '12000000-0000-4000-8000-000000000001' ORDER BY 1, 2$$,
	$$VALUES ('h1@h.example', 'TAP_SP_ADDON', false, 'active', NULL::text),
			 ('h1@h.example', 'TAP_SP_SUITE', false, 'active', NULL),
			 ('h1@h.example', 'TAP_SP_XP', false, 'active', NULL),
			 ('h2@h.example', 'TAP_SP_YP', false, 'active', NULL),
			 ('h3@h.example', 'TAP_SP_SUITE', true, 'suspended', NULL),
			 ('h4@h.example', 'TAP_SP_SUITE', true, 'active', NULL),
			 ('h5@h.example', 'TAP_SP_ADDON', false, 'active', NULL),
			 ('h5@h.example', 'TAP_SP_SUITE', true, 'active', NULL),
			 ('h6@h.example', 'TAP_SP_SUITE', true, 'error', 'ProhibitedInUsageLocationViolation')$$,
	'R10.4: every license state is what the rules give (R4.3 order, R4.6, R6.1, R8.1, R5.2), none from the poisoned tables');
SELECT results_eq($$SELECT p.sku_part_number, c.total, c.assigned FROM license_mgmt_internal.seat_usage c
					 JOIN license_mgmt.products p USING (sku_id)
					WHERE c.tenant_id = '12000000-0000-4000-8000-000000000001' ORDER BY 1$$,
	$$VALUES ('TAP_SP_ADDON', 5, 2), ('TAP_SP_LAPSING', 2, 0), ('TAP_SP_SUITE', 3, 3), ('TAP_SP_XP', 5, 1), ('TAP_SP_YP', 5, 1)$$,
	'R10.4: the seat counters are exact, not the poisoned 1000');
SELECT results_eq($$SELECT p.sku_part_number, c.total, c.assigned FROM license_mgmt_internal.seat_usage c
					 JOIN license_mgmt.products p USING (sku_id)
					WHERE c.tenant_id = '12000000-0000-4000-8000-000000000002'$$,
	$$VALUES ('TAP_SP_SUITE', 10, 1)$$,
	'R10.4: the bystander tenant G is untouched');
SELECT is((SELECT count(*)::integer FROM license_mgmt.users
			WHERE tenant_id = '12000000-0000-4000-8000-000000000001' AND user_id = 'c2000000-0000-4000-8000-000000000002'
			  AND usage_location = 'US'), 1,
	'R10.4: h2 is still in the US (the poisoned evil.users row was not read nor written)');
SELECT is((SELECT count(*)::integer FROM license_mgmt.group_members
			WHERE group_id = '93000000-0000-4000-8000-000000000001'), 4,
	'R10.4: the group has the four members left after the membership changes');
SELECT ok((SELECT count(*) FROM license_mgmt.audit_log WHERE tenant_id = '12000000-0000-4000-8000-000000000001') > 0
		  AND (SELECT count(*) FROM license_mgmt.audit_log
				WHERE tenant_id = '12000000-0000-4000-8000-000000000001' AND actor <> session_user) = 0,
	'R10.4, R11.1: the audit log recorded the hostile-path changes, with the real session user');
SELECT is((SELECT count(*)::integer FROM evil.seat_counters) + (SELECT count(*)::integer FROM evil.license_states)
		  + (SELECT count(*)::integer FROM evil.users) + (SELECT count(*)::integer FROM evil.audit_log), 3,
	'R10.4: nothing was written to the hostile tables');

-- verify() and the views, as read under the hostile path
SELECT is_empty('SELECT * FROM pg_temp.h_verify', 'R10.4, R12.1: verify() under the hostile path finds nothing');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() finds nothing');
SELECT set_eq('SELECT * FROM pg_temp.h_product_summary', 'SELECT * FROM license_mgmt.product_summary',
	'R10.4: product_summary reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_license_assignment_states', 'SELECT * FROM license_mgmt.license_assignment_states',
	'R10.4: license_assignment_states reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_user_licenses', 'SELECT * FROM license_mgmt.user_licenses',
	'R10.4: user_licenses reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_licensed_groups', 'SELECT * FROM license_mgmt.licensed_groups',
	'R10.4: licensed_groups reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_license_errors', 'SELECT * FROM license_mgmt.license_errors',
	'R10.4: license_errors reads the same under the hostile path');
SELECT set_eq('SELECT tenant_id, user_id, id, "skuId", "skuPartNumber", "servicePlans"::text FROM pg_temp.h_license_details',
	'SELECT tenant_id, user_id, id, "skuId", "skuPartNumber", "servicePlans"::text FROM license_mgmt.license_details',
	'R10.4: license_details reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_inherited_licenses', 'SELECT * FROM license_mgmt_internal.inherited_licenses',
	'R10.4: inherited_licenses reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_license_sources', 'SELECT * FROM license_mgmt_internal.license_sources',
	'R10.4: license_sources reads the same under the hostile path');
SELECT set_eq('SELECT * FROM pg_temp.h_seat_usage', 'SELECT * FROM license_mgmt_internal.seat_usage',
	'R10.4: seat_usage reads the same under the hostile path');
SELECT results_eq($$SELECT sku_part_number, total, assigned, available, expiring_soon FROM pg_temp.h_product_summary
					WHERE tenant_id = '12000000-0000-4000-8000-000000000001' ORDER BY 1$$,
	$$VALUES ('TAP_SP_ADDON', 5, 2, 3, 0), ('TAP_SP_LAPSING', 2, 0, 2, 2), ('TAP_SP_SUITE', 3, 3, 0, 3),
			 ('TAP_SP_XP', 5, 1, 4, 0), ('TAP_SP_YP', 5, 1, 4, 0)$$,
	'R10.4, R2: the Licenses page under the hostile path has the expected numbers');
SELECT results_eq($$SELECT user_principal_name, sku_part_number, state, assigned_directly,
						   pg_catalog.cardinality(inherited_from), enabled_service_plans
					  FROM pg_temp.h_user_licenses
					 WHERE tenant_id = '12000000-0000-4000-8000-000000000001' ORDER BY 1, 2$$,
	$$VALUES ('h1@h.example', 'TAP_SP_ADDON', 'active', true, 0, '{TAP_SP_ADD_SVC}'::text[]),
			 ('h1@h.example', 'TAP_SP_SUITE', 'active', true, 0, '{TAP_SP_CORE_SVC,TAP_SP_GEO_SVC}'),
			 ('h1@h.example', 'TAP_SP_XP', 'active', true, 0, '{TAP_SP_X_SVC}'),
			 ('h2@h.example', 'TAP_SP_YP', 'active', true, 0, '{TAP_SP_Y_SVC}'),
			 ('h3@h.example', 'TAP_SP_SUITE', 'suspended', false, 1, '{}'),
			 ('h4@h.example', 'TAP_SP_SUITE', 'active', false, 1, '{TAP_SP_CORE_SVC,TAP_SP_GEO_SVC}'),
			 ('h5@h.example', 'TAP_SP_ADDON', 'active', true, 0, '{TAP_SP_ADD_SVC}'),
			 ('h5@h.example', 'TAP_SP_SUITE', 'active', false, 1, '{TAP_SP_CORE_SVC,TAP_SP_GEO_SVC}'),
			 ('h6@h.example', 'TAP_SP_SUITE', 'error', false, 1, '{}')$$,
	'R10.4, R4.7: user_licenses under the hostile path: best state, sources and enabled plans as expected');
SELECT results_eq($$SELECT display_name, sku_part_number, members_licensed, members_with_errors FROM pg_temp.h_licensed_groups
					 WHERE tenant_id = '12000000-0000-4000-8000-000000000001'$$,
	$$VALUES ('Hostile licensed', 'TAP_SP_SUITE', 2, 1)$$,
	'R10.4: licensed_groups under the hostile path counts two licensed members and one error');
SELECT results_eq($$SELECT user_principal_name, error FROM pg_temp.h_license_errors
					 WHERE tenant_id = '12000000-0000-4000-8000-000000000001'$$,
	$$VALUES ('h6@h.example', 'ProhibitedInUsageLocationViolation')$$,
	'R10.4: license_errors under the hostile path lists the one error');
SELECT results_eq($$SELECT u.user_principal_name, d."skuPartNumber",
						   ARRAY(SELECT (e ->> 'servicePlanName') || ' ' || (e ->> 'provisioningStatus')
								   FROM pg_catalog.jsonb_array_elements(d."servicePlans") e)
					  FROM pg_temp.h_license_details d JOIN license_mgmt.users u USING (tenant_id, user_id)
					 WHERE d.tenant_id = '12000000-0000-4000-8000-000000000001' AND u.user_principal_name IN ('h1@h.example', 'h6@h.example')
					 ORDER BY 1, 2$$,
	$$VALUES ('h1@h.example', 'TAP_SP_ADDON', '{"TAP_SP_ADD_SVC Success"}'::text[]),
			 ('h1@h.example', 'TAP_SP_SUITE', '{"TAP_SP_CORE_SVC Success","TAP_SP_GEO_SVC Success"}'),
			 ('h1@h.example', 'TAP_SP_XP', '{"TAP_SP_X_SVC Success"}'),
			 ('h6@h.example', 'TAP_SP_SUITE', '{"TAP_SP_CORE_SVC PendingActivation","TAP_SP_GEO_SVC PendingActivation"}')$$,
	'R10.4: license_details under the hostile path: each plan and its provisioningStatus as expected');

------------------------------------------------------------------------------
-- R10.4 in the catalog: SECURITY DEFINER functions pin search_path; SQL
-- bodies are bound when created
------------------------------------------------------------------------------

SELECT cmp_ok((SELECT count(*)::integer FROM pg_catalog.pg_proc
				WHERE pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)), '>=', 25,
	'R10.4: the catalog checks below see the extension''s functions');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace) AND p.prosecdef
				   AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proconfig) AS c(setting)
									WHERE c.setting ~ '^search_path=("?pg_catalog"?, ?"?pg_temp"?)$')
				 ORDER BY 1),
	'{}', 'R10.4: every SECURITY DEFINER function of the extension pins search_path to pg_catalog, pg_temp');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace) AND p.prosecdef
				   AND has_function_privilege('public', p.oid, 'EXECUTE')
				 ORDER BY 1),
	'{}', 'R10.4: no SECURITY DEFINER function of the extension is executable by PUBLIC');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
				  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
				 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				   AND l.lanname NOT IN ('c', 'internal')
				   AND p.prosqlbody IS NULL
				   AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proconfig) AS c(setting)
									WHERE c.setting ~ '^search_path=("?pg_catalog"?, ?"?pg_temp"?)$')
				 ORDER BY 1),
	'{}', 'R10.4: every SQL function of the extension is BEGIN ATOMIC (bound at creation) or pins search_path');

SELECT * FROM finish();
ROLLBACK;
