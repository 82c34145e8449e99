-- R13.1: a catalog of bad input across every function and table.  Each bad
-- input gets a clear error (its SQLSTATE, and the constraint name where
-- there is one), and right after it a check that nothing changed: a digest
-- of every row of every table of the extension, the audit log included,
-- taken before and after.  A bad input that is accepted is rolled back by
-- the helper once its effect has been measured, so that one failure does not
-- hide the others.  Last, names full of SQL metacharacters are stored and
-- shown as data.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(221);
-- on a Citus cluster (make test-citus), two refusals come from Citus itself
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') AS on_citus \gset

------------------------------------------------------------------------------
-- Helpers
------------------------------------------------------------------------------

-- fingerprint(): every row of every table of the extension, as one digest.
CREATE FUNCTION pg_temp.fingerprint()
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	part text;
	parts text := '';
BEGIN
	FOR r IN SELECT c.relname::text FROM pg_catalog.pg_class c
			  WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r' ORDER BY 1
	LOOP
		EXECUTE format('SELECT string_agg(t::text, '';'' ORDER BY t::text) FROM license_mgmt.%I t', r) INTO part;
		parts := parts || r || ':' || COALESCE(part, '') || '|';
	END LOOP;
	RETURN md5(parts);
END $$;

CREATE TEMP TABLE baseline (digest text);
-- whether the last statement tried changed any row (measured before it was undone)
CREATE TEMP TABLE last_attempt (changed boolean);
INSERT INTO last_attempt VALUES (false);

-- refusal(sql): 'SQLSTATE constraint_name' of the error sql raises, or 'not
-- refused'.  A statement that is not refused is undone, after recording in
-- last_attempt whether it changed anything.
CREATE FUNCTION pg_temp.refusal(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	code text;
	cname text;
	was_changed boolean;
BEGIN
	UPDATE pg_temp.last_attempt SET changed = false;
	BEGIN
		EXECUTE sql;
		was_changed := pg_temp.fingerprint() IS DISTINCT FROM (SELECT digest FROM pg_temp.baseline);
		RAISE EXCEPTION 'undo the accepted statement' USING ERRCODE = 'TAP01';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, cname = CONSTRAINT_NAME;
		IF code = 'TAP01' THEN
			UPDATE pg_temp.last_attempt SET changed = was_changed;
			RETURN 'not refused';
		END IF;
		RETURN code || ' ' || COALESCE(NULLIF(cname, ''), '(no constraint name)');
	END;
END $$;

-- rows_of(sql): the rows the query sql returns, as text, or its refusal as
-- in refusal(); the call is undone after recording in last_attempt whether
-- it changed anything.
CREATE FUNCTION pg_temp.rows_of(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	code text;
	cname text;
	was_changed boolean;
	result text;
BEGIN
	UPDATE pg_temp.last_attempt SET changed = false;
	BEGIN
		EXECUTE 'SELECT array_agg(r::text)::text FROM (' || sql || ') r' INTO result;
		was_changed := pg_temp.fingerprint() IS DISTINCT FROM (SELECT digest FROM pg_temp.baseline);
		RAISE EXCEPTION 'undo the accepted statement' USING ERRCODE = 'TAP01';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, cname = CONSTRAINT_NAME;
		IF code = 'TAP01' THEN
			UPDATE pg_temp.last_attempt SET changed = was_changed;
			RETURN result;
		END IF;
		RETURN code || ' ' || COALESCE(NULLIF(cname, ''), '(no constraint name)');
	END;
END $$;

-- unchanged(): every table is as in the baseline, and the last statement
-- tried changed nothing.
CREATE FUNCTION pg_temp.unchanged()
RETURNS boolean LANGUAGE sql AS $$
	SELECT pg_temp.fingerprint() = (SELECT digest FROM pg_temp.baseline)
	   AND NOT (SELECT changed FROM pg_temp.last_attempt)
$$;

------------------------------------------------------------------------------
-- Fixture: tenant T (acted on) and tenant O (another tenant).
-- TAP_BI_BASE has TAP_BI_BASE_SVC and TAP_BI_GEO_SVC (not offered in CN);
-- TAP_BI_EXTRA_SVC is in TAP_BI_EXTRA only; only O subscribes to TAP_BI_O_ONLY.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES
	('53000000-0000-4000-8000-000000000001', 'TAP_BI_BASE_SVC', '{}'),
	('53000000-0000-4000-8000-000000000002', 'TAP_BI_GEO_SVC', '{CN}'),
	('53000000-0000-4000-8000-000000000003', 'TAP_BI_EXTRA_SVC', '{}');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('63000000-0000-4000-8000-000000000001', 'TAP_BI_BASE', 'Base'),
	('63000000-0000-4000-8000-000000000002', 'TAP_BI_EXTRA', 'Extra'),
	('63000000-0000-4000-8000-000000000003', 'TAP_BI_O_ONLY', 'Bought by O only');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('63000000-0000-4000-8000-000000000001', '53000000-0000-4000-8000-000000000001'),
	('63000000-0000-4000-8000-000000000001', '53000000-0000-4000-8000-000000000002'),
	('63000000-0000-4000-8000-000000000002', '53000000-0000-4000-8000-000000000003'),
	('63000000-0000-4000-8000-000000000003', '53000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('13000000-0000-4000-8000-000000000001', 'Tenant T', 'US'),
	('13000000-0000-4000-8000-000000000002', 'Tenant O', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('13000000-0000-4000-8000-000000000001', '23000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001', 10),
	('13000000-0000-4000-8000-000000000001', '23000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000002', 10),
	('13000000-0000-4000-8000-000000000002', '23000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001', 10),
	('13000000-0000-4000-8000-000000000002', '23000000-0000-4000-8000-000000000004', '63000000-0000-4000-8000-000000000003', 10);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000001', 'u1@t.example', 'US'),
	('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000002', 'u2@t.example', 'US'),
	('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000003', 'u3@t.example', 'US'),
	('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000004', 'deleted@t.example', 'US'),
	('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000005', 'noloc@t.example', NULL),
	('13000000-0000-4000-8000-000000000002', 'f3000000-0000-4000-8000-000000000001', 'o1@o.example', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000001', 'Licensed'),
	('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000002', 'Parent'),
	('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000003', 'Child'),
	('13000000-0000-4000-8000-000000000002', '95000000-0000-4000-8000-000000000001', 'Other licensed');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000002'),
	('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000002', '94000000-0000-4000-8000-000000000003'),
	('13000000-0000-4000-8000-000000000002', '95000000-0000-4000-8000-000000000001', 'f3000000-0000-4000-8000-000000000001');
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000004', '63000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_group_license('95000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001');
END $$;
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'e3000000-0000-4000-8000-000000000004';

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');
SELECT results_eq($$SELECT u.user_principal_name, s.state FROM license_mgmt.license_assignment_states s
					 JOIN license_mgmt.users u USING (tenant_id, user_id) ORDER BY 1$$,
	$$VALUES ('deleted@t.example', 'suspended'), ('o1@o.example', 'active'), ('u1@t.example', 'active'), ('u2@t.example', 'active')$$,
	'the fixture: u1 direct, u2 through a group, the deleted user suspended, o1 in the other tenant');
SELECT ok((SELECT count(*) FROM license_mgmt.audit_log) > 0, 'the fixture: the audit log has rows');

INSERT INTO baseline SELECT pg_temp.fingerprint();

------------------------------------------------------------------------------
-- Nulls, for each argument of each function (22004)
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license(NULL, '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: assign_user_license(user_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_license(user_id => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_user_license(sku_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_license(sku_id => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_user_license(disabled_plans => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_license(disabled_plans => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001', '{NULL}')$$),
	'22004 (no constraint name)', 'R13.1: assign_user_license with a null element in disabled_plans is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null element in disabled_plans');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license(NULL, '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: remove_user_license(user_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after remove_user_license(user_id => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('e3000000-0000-4000-8000-000000000001', NULL)$$),
	'22004 (no constraint name)', 'R13.1: remove_user_license(sku_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after remove_user_license(sku_id => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses(NULL, '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: assign_user_licenses(user_ids => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_licenses(user_ids => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{e3000000-0000-4000-8000-000000000003,NULL}', '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: assign_user_licenses with a null element in user_ids is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null element in user_ids');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{e3000000-0000-4000-8000-000000000003}', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_user_licenses(sku_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_licenses(sku_id => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{e3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_user_licenses(disabled_plans => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_user_licenses(disabled_plans => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{e3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001', '{NULL}')$$),
	'22004 (no constraint name)', 'R13.1: assign_user_licenses with a null element in disabled_plans is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null element in the bulk disabled_plans');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{{e3000000-0000-4000-8000-000000000003},{e3000000-0000-4000-8000-000000000001}}', '63000000-0000-4000-8000-000000000001')$$),
	'2202E (no constraint name)', 'R13.1: assign_user_licenses with a two-dimensional user_ids is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a two-dimensional user_ids');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license(NULL, '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: assign_group_license(group_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_group_license(group_id => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000002', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_group_license(sku_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_group_license(sku_id => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001', NULL)$$),
	'22004 (no constraint name)', 'R13.1: assign_group_license(disabled_plans => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assign_group_license(disabled_plans => null)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001', '{NULL}')$$),
	'22004 (no constraint name)', 'R13.1: assign_group_license with a null element in disabled_plans is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null element in the group''s disabled_plans');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license(NULL, '63000000-0000-4000-8000-000000000001')$$),
	'22004 (no constraint name)', 'R13.1: remove_group_license(group_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after remove_group_license(group_id => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('94000000-0000-4000-8000-000000000001', NULL)$$),
	'22004 (no constraint name)', 'R13.1: remove_group_license(sku_id => null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after remove_group_license(sku_id => null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_user(NULL)$$),
	'22004 (no constraint name)', 'R13.1: reprocess_user(null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after reprocess_user(null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_group(NULL)$$),
	'22004 (no constraint name)', 'R13.1: reprocess_group(null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after reprocess_group(null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.advance_subscriptions(NULL)$$),
	'22004 (no constraint name)', 'R13.1: advance_subscriptions(null) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after advance_subscriptions(null)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.advance_subscriptions('infinity')$$),
	'22023 (no constraint name)', 'R13.1: advance_subscriptions(infinity) is refused: each call would move every subscription one more step');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after advance_subscriptions(infinity)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.advance_subscriptions('-infinity')$$),
	'22023 (no constraint name)', 'R13.1: advance_subscriptions(-infinity) is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after advance_subscriptions(-infinity)');
-- R2.4: license_mgmt.expiring_soon_interval refuses what product_summary could not add to now()
SELECT is(pg_temp.refusal(format('SET LOCAL license_mgmt.expiring_soon_interval = %L', v)),
	'22023 (no constraint name)', format('R13.1: expiring_soon_interval %L is refused', v))
  FROM unnest(ARRAY['infinity', '1 day 1 day', '@ 1 fortnight', '1000000000 years', '101 years', '-1 day',
					'1 mon -40 days', '']) AS v;
SELECT is(current_setting('license_mgmt.expiring_soon_interval'), '30 days',
	'R13.1: after the refusals the setting is unchanged');
SELECT is(pg_temp.refusal(format('ALTER DATABASE %I SET license_mgmt.expiring_soon_interval = %L',
								 current_database(), 'infinity')),
	'22023 (no constraint name)', 'R13.1: a database default that is not an interval is refused too');
SELECT lives_ok($$SET LOCAL license_mgmt.expiring_soon_interval = '100 years'$$,
	'R2.4: the longest window, 100 years, is accepted');
SELECT lives_ok($$SELECT count(*) FROM license_mgmt.product_summary$$,
	'R2.4: product_summary reads with the longest window');
RESET license_mgmt.expiring_soon_interval;

------------------------------------------------------------------------------
-- Unknown, soft-deleted and missing objects
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-0000000000ff', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R13.1: an unknown user id is refused (license_user_exists)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an unknown user id');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000004', '63000000-0000-4000-8000-000000000001')$$),
	'23514 license_user_active', 'R13.1, R3.1: a soft-deleted user is refused (license_user_active)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a soft-deleted user id');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000004', '63000000-0000-4000-8000-0000000000ff')$$),
	'23514 license_user_active', 'R3.1: the user is checked before the product: a soft-deleted user and an unknown product is license_user_active');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-0000000000ff')$$),
	'23503 license_product_exists', 'R13.1: an unknown product id is refused (license_product_exists)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an unknown product id');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-0000000000ff', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R13.1: an unknown group id is refused (license_group_exists)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an unknown group id');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('94000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-0000000000ff')$$),
	'23503 license_product_exists', 'R13.1: removing an unknown product from a group is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after removing an unknown product');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_user('e3000000-0000-4000-8000-0000000000ff')$$),
	'23503 license_user_exists', 'R13.1: reprocessing an unknown user is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after reprocessing an unknown user');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.reprocess_group('94000000-0000-4000-8000-0000000000ff')$$),
	'23503 license_group_exists', 'R13.1: reprocessing an unknown group is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after reprocessing an unknown group');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_assignment_exists', 'R13.1: removing a license the user does not hold is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after removing a license the user does not hold');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('94000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_assignment_exists', 'R13.1: removing a license the group does not have is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after removing a license the group does not have');
SELECT is(pg_temp.rows_of($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(
		'{e3000000-0000-4000-8000-0000000000ff,e3000000-0000-4000-8000-000000000004}', '63000000-0000-4000-8000-000000000001')$$),
	'{"(e3000000-0000-4000-8000-0000000000ff,UnknownUser)","(e3000000-0000-4000-8000-000000000004,UnknownUser)"}',
	'R13.1, R3.5: in a bulk assignment unknown and soft-deleted user ids come back as UnknownUser');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a bulk assignment of unknown and soft-deleted ids');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses(
		'{e3000000-0000-4000-8000-000000000003,f3000000-0000-4000-8000-000000000001}', '63000000-0000-4000-8000-000000000001')$$),
	'22023 (no constraint name)', 'R13.1, R3.5: a bulk assignment of users of two tenants is refused as a whole');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a bulk assignment across tenants');

------------------------------------------------------------------------------
-- Another tenant's ids, acting for tenant T
------------------------------------------------------------------------------

SET LOCAL license_mgmt.tenant_id = '13000000-0000-4000-8000-000000000001';
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('f3000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R13.1, R10.3: acting for T, a user of O is unknown');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assigning to a user of another tenant');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('95000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R13.1, R10.3: acting for T, a group of O is unknown');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after assigning to a group of another tenant');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('95000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_group_exists', 'R13.1, R10.3: acting for T, O''s group license cannot be removed');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after removing another tenant''s group license');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('f3000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R13.1, R10.3: acting for T, a license of O''s user cannot be removed');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after removing another tenant''s user license');
SELECT is(pg_temp.rows_of($$SELECT user_id, error FROM license_mgmt.assign_user_licenses('{f3000000-0000-4000-8000-000000000001}', '63000000-0000-4000-8000-000000000001')$$),
	'{"(f3000000-0000-4000-8000-000000000001,UnknownUser)"}',
	'R13.1, R10.3: acting for T, a bulk assignment finds O''s user unknown');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a bulk assignment to another tenant''s user');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000003')$$),
	'23514 license_product_subscribed', 'R13.1, R1.1: O''s subscription gives T''s user no seat');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after using another tenant''s subscription');
RESET license_mgmt.tenant_id;

------------------------------------------------------------------------------
-- Plans outside the product
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001', '{53000000-0000-4000-8000-000000000003}')$$),
	'23514 license_disabled_plan_in_product', 'R13.1: a disabled plan outside the product is refused (direct)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a disabled plan outside the product (direct)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000002', '63000000-0000-4000-8000-000000000001', '{53000000-0000-4000-8000-000000000003}')$$),
	'23514 license_disabled_plan_in_product', 'R13.1: a disabled plan outside the product is refused (group)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a disabled plan outside the product (group)');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{e3000000-0000-4000-8000-000000000003}', '63000000-0000-4000-8000-000000000001', '{53000000-0000-4000-8000-000000000003}')$$),
	'23514 license_disabled_plan_in_product', 'R13.1: a disabled plan outside the product is refused (bulk)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a disabled plan outside the product (bulk)');

------------------------------------------------------------------------------
-- Usage location codes
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'lower@t.example', 'us')$$),
	'23514 usage_location_iso3166', 'R13.1: a lower-case usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a lower-case usage location');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'three@t.example', 'USA')$$),
	'23514 usage_location_iso3166', 'R13.1: a three-letter usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a three-letter usage location');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'empty@t.example', '')$$),
	'23514 usage_location_iso3166', 'R13.1: an empty usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an empty usage location');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.users SET usage_location = 'XX' WHERE user_id = 'e3000000-0000-4000-8000-000000000001'$$),
	'23514 usage_location_iso3166', 'R13.1: an unassigned code (XX) as usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after usage location XX');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.tenants SET usage_location = 'de' WHERE tenant_id = '13000000-0000-4000-8000-000000000001'$$),
	'23514 usage_location_iso3166', 'R13.1: a lower-case tenant usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a lower-case tenant usage location');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.tenants (display_name, usage_location) VALUES ('No location', NULL)$$),
	'23502 (no constraint name)', 'R13.1: a tenant without usage location is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a tenant without usage location');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.service_plans SET unavailable_locations = '{CN,NULL}' WHERE service_plan_id = '53000000-0000-4000-8000-000000000002'$$),
	'23514 usage_location_iso3166', 'R13.1: a null element in unavailable_locations is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null element in unavailable_locations');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.service_plans (service_plan_name, unavailable_locations) VALUES ('TAP_BI_LOWER_SVC', '{cn}')$$),
	'23514 usage_location_iso3166', 'R13.1: a lower-case code in unavailable_locations is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a lower-case code in unavailable_locations');
SELECT is(pg_temp.refusal($$SELECT license_mgmt_internal.check_usage_location('gb')$$),
	'23514 usage_location_iso3166', 'R13.1: check_usage_location() refuses a lower-case code');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after check_usage_location(''gb'')');

------------------------------------------------------------------------------
-- Subscriptions: negative seats, unknown status, unknown product
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$UPDATE license_mgmt.subscriptions SET seats = -1 WHERE subscription_id = '23000000-0000-4000-8000-000000000001'$$),
	'23514 subscriptions_seats_check', 'R13.1: negative seats are refused (update)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after negative seats (update)');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
	VALUES ('13000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000003', -5)$$),
	'23514 subscriptions_seats_check', 'R13.1: negative seats are refused (insert)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after negative seats (insert)');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
	VALUES ('13000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-000000000003', NULL)$$),
	'23502 (no constraint name)', 'R13.1: null seats are refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after null seats');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.subscriptions SET status = 'paused' WHERE subscription_id = '23000000-0000-4000-8000-000000000001'$$),
	'23514 subscriptions_status_check', 'R13.1: an unknown subscription status is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an unknown subscription status');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
	VALUES ('13000000-0000-4000-8000-000000000001', '63000000-0000-4000-8000-0000000000ff', 5)$$),
	'23503 subscriptions_sku_id_fkey', 'R13.1: a subscription of an unknown product is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a subscription of an unknown product');

------------------------------------------------------------------------------
-- Duplicate principal names, over-long and empty strings
------------------------------------------------------------------------------

-- (a product or plan name already taken is no refusal: names are labels, R1.3, contract_tables.sql)
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'U1@T.Example', 'US')$$),
	'23505 users_user_principal_name_key', 'R13.1: a user_principal_name differing only in case is refused (insert)');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a duplicate user_principal_name (insert)');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.users SET user_principal_name = 'u1@T.EXAMPLE' WHERE user_id = 'e3000000-0000-4000-8000-000000000003'$$),
	'23505 users_user_principal_name_key', 'R13.1: renaming a user to another''s principal name in another case is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a duplicate user_principal_name (update)');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, display_name)
	VALUES ('13000000-0000-4000-8000-000000000001', 'long@t.example', repeat('x', 257))$$),
	'23514 users_display_name_length', 'R13.1: a user display name longer than 256 is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a user display name longer than 256');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name)
	VALUES ('13000000-0000-4000-8000-000000000001', repeat('x', 1015) || '@t.example')$$),
	'23514 users_user_principal_name_length', 'R13.1: a principal name longer than 1024 is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a principal name longer than 1024');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name) VALUES ('13000000-0000-4000-8000-000000000001', '')$$),
	'23514 users_user_principal_name_length', 'R13.1: an empty principal name is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an empty principal name');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name) VALUES ('13000000-0000-4000-8000-000000000001', NULL)$$),
	'23502 (no constraint name)', 'R13.1: a null principal name is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a null principal name');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.groups SET display_name = repeat('g', 257) WHERE group_id = '94000000-0000-4000-8000-000000000002'$$),
	'23514 groups_display_name_length', 'R13.1: a group display name longer than 256 is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a group display name longer than 256');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.products (sku_part_number, display_name) VALUES ('TAP_BI_LONG', repeat('p', 257))$$),
	'23514 products_display_name_length', 'R13.1: a product display name longer than 256 is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a product display name longer than 256');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.tenants SET display_name = repeat('t', 257) WHERE tenant_id = '13000000-0000-4000-8000-000000000001'$$),
	'23514 tenants_display_name_length', 'R13.1: a tenant display name longer than 256 is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a tenant display name longer than 256');

------------------------------------------------------------------------------
-- The directory: keys, tenants, memberships
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name) VALUES ('13000000-0000-4000-8000-0000000000ff', 'orphan@t.example')$$),
	'23503 users_tenant_id_fkey', 'R13.1: a user of an unknown tenant is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a user of an unknown tenant');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000002', 'twin@t.example')$$),
	'23505 directory_objects_pkey', 'R13.1: a user with the id of a group of its tenant is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a user with a group''s id');
-- (whichever of the user's foreign keys PostgreSQL checks first: their order
-- follows the triggers' oids; on Citus, tenant_id is the distribution column,
-- whose change Citus refuses first, 0A000)
\if :on_citus
\set moved_user_refusal '^0A000 '
\else
\set moved_user_refusal '^23503 (directory_objects|user_license_assignments)_tenant_id_user_id_fkey$'
\endif
SELECT matches(pg_temp.refusal($$UPDATE license_mgmt.users SET tenant_id = '13000000-0000-4000-8000-000000000002' WHERE user_id = 'e3000000-0000-4000-8000-000000000001'$$),
	:'moved_user_refusal', 'R13.1, R1.1: moving a licensed user to another tenant is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after moving a user to another tenant');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000002', '94000000-0000-4000-8000-000000000002')$$),
	'23514 group_membership_acyclic', 'R13.1, R4.11: a group made a member of itself is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a group made a member of itself');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000003', '94000000-0000-4000-8000-000000000002')$$),
	'23514 group_membership_acyclic', 'R13.1, R4.11: a membership closing a cycle of two is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a membership closing a cycle');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000001', 'f3000000-0000-4000-8000-000000000001')$$),
	'23503 group_members_member_fkey', 'R13.1, R1.1: a membership referencing another tenant''s user is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a membership referencing another tenant''s user');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '95000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000003')$$),
	'23503 group_members_tenant_id_group_id_fkey', 'R13.1, R1.1: a membership in another tenant''s group is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a membership in another tenant''s group');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-0000000000ff')$$),
	'23503 group_members_member_fkey', 'R13.1: a membership of an unknown member is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a membership of an unknown member');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.group_members SET member_id = 'e3000000-0000-4000-8000-000000000003'
	WHERE group_id = '94000000-0000-4000-8000-000000000001' AND member_id = 'e3000000-0000-4000-8000-000000000002'$$),
	'0A000 (no constraint name)', 'R13.1: changing a membership''s member in place is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after changing a membership''s member');
SELECT is(pg_temp.refusal($$UPDATE license_mgmt.group_members SET group_id = '94000000-0000-4000-8000-000000000002'
	WHERE group_id = '94000000-0000-4000-8000-000000000001' AND member_id = 'e3000000-0000-4000-8000-000000000002'$$),
	'0A000 (no constraint name)', 'R13.1: moving a membership to another group in place is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after moving a membership to another group');
SELECT is(pg_temp.refusal($$DELETE FROM license_mgmt.groups WHERE group_id = '94000000-0000-4000-8000-000000000001'$$),
	'23001 group_has_licenses', 'R13.1, R4.9: deleting a licensed group is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after deleting a licensed group');

------------------------------------------------------------------------------
-- The catalog
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
	VALUES ('63000000-0000-4000-8000-000000000001', '53000000-0000-4000-8000-0000000000ff')$$),
	'23503 product_service_plans_service_plan_id_fkey', 'R13.1: an unknown plan in a product is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after an unknown plan in a product');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id)
	VALUES ('53000000-0000-4000-8000-000000000001', '53000000-0000-4000-8000-000000000001')$$),
	'23514 service_plan_dependencies_not_self', 'R13.1: a plan requiring itself is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after a plan requiring itself');

------------------------------------------------------------------------------
-- The audit log is append-only, even for its owner (this test runs as it)
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$UPDATE license_mgmt.audit_log SET action = 'rewritten'$$),
	'23001 audit_log_append_only', 'R13.1, R11.1: UPDATE of the audit log is refused for its owner');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after UPDATE of the audit log');
SELECT is(pg_temp.refusal($$DELETE FROM license_mgmt.audit_log$$),
	'23001 audit_log_append_only', 'R13.1, R11.1: DELETE from the audit log is refused for its owner');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after DELETE from the audit log');
SELECT is(pg_temp.refusal($$TRUNCATE license_mgmt.audit_log$$),
	'23001 audit_log_append_only', 'R13.1, R11.1: TRUNCATE of the audit log is refused for its owner');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after TRUNCATE of the audit log');
-- TRUNCATE fires no DELETE trigger: on a table derived state follows from it is refused
SELECT is(pg_temp.refusal(format('TRUNCATE license_mgmt.%I', t)), '0A000 (no constraint name)',
	format('R13.1: TRUNCATE of %s is refused', t))
  FROM unnest(ARRAY['tenants', 'users', 'groups', 'group_members', 'subscriptions', 'user_license_assignments',
					'group_license_assignments', 'products', 'service_plans', 'product_service_plans',
					'service_plan_dependencies', 'service_plan_conflicts']) AS t;
SET LOCAL client_min_messages = warning;
SELECT is(pg_temp.refusal($$TRUNCATE license_mgmt.users CASCADE$$), '0A000 (no constraint name)',
	'R13.1: TRUNCATE users CASCADE is refused');
SELECT is(pg_temp.refusal($$TRUNCATE license_mgmt.products CASCADE$$), '0A000 (no constraint name)',
	'R13.1: TRUNCATE products CASCADE is refused');
SELECT ok(pg_temp.unchanged(), 'R13.1: nothing changed after the TRUNCATEs');
RESET client_min_messages;
SELECT throws_ok($$TRUNCATE license_mgmt.group_members$$, '0A000', 'cannot truncate table license_mgmt.group_members',
	'R13.1: the refusal names the table');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after every bad input');

------------------------------------------------------------------------------
-- SQL metacharacters in names are data
------------------------------------------------------------------------------

SELECT lives_ok($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000006',
			'x''); DROP TABLE license_mgmt.users; --', 'Robert''); DROP TABLE students;--', 'US')$$,
	'R13.1: a principal name full of SQL metacharacters is accepted as data');
SELECT is((SELECT user_principal_name || ' | ' || display_name FROM license_mgmt.users WHERE user_id = 'e3000000-0000-4000-8000-000000000006'),
	'x''); DROP TABLE license_mgmt.users; -- | Robert''); DROP TABLE students;--',
	'R13.1: the names are stored as given');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('e3000000-0000-4000-8000-000000000006', '63000000-0000-4000-8000-000000000001')$$,
	'R13.1: an assignment on that user works');
SELECT results_eq($$SELECT user_principal_name, sku_part_number, state FROM license_mgmt.user_licenses
					 WHERE user_id = 'e3000000-0000-4000-8000-000000000006'$$,
	$$VALUES ('x''); DROP TABLE license_mgmt.users; --', 'TAP_BI_BASE', 'active')$$,
	'R13.1: user_licenses shows the name as data, licensed');
SELECT ok(to_regclass('license_mgmt.users') IS NOT NULL AND (SELECT count(*) FROM license_mgmt.users) = 7,
	'R13.1: license_mgmt.users is still there, with its seven users');
SELECT lives_ok($$INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
	VALUES ('13000000-0000-4000-8000-000000000001', 'e3000000-0000-4000-8000-000000000007', '%s%n%x%%@t.example', 'US')$$,
	'R13.1: a principal name full of format directives is accepted as data');
SELECT throws_ok($$SELECT license_mgmt.remove_user_license('e3000000-0000-4000-8000-000000000007', '63000000-0000-4000-8000-000000000001')$$,
	'23503', 'user "%s%n%x%%@t.example" has no direct assignment of "TAP_BI_BASE"',
	'R13.1: a refusal naming that user quotes the name as data, format directives and all');
SELECT lives_ok($$INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000004', '"; DELETE FROM license_mgmt.audit_log; --')$$,
	'R13.1: a group name full of SQL metacharacters is accepted as data');
SELECT lives_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('13000000-0000-4000-8000-000000000001', '94000000-0000-4000-8000-000000000004', 'e3000000-0000-4000-8000-000000000007')$$,
	'R13.1: a member is added to that group');
SELECT is((SELECT licensed FROM license_mgmt.assign_group_license('94000000-0000-4000-8000-000000000004', '63000000-0000-4000-8000-000000000002')),
	1, 'R13.1: a group assignment on that group licenses its member');
SELECT throws_ok($$DELETE FROM license_mgmt.groups WHERE group_id = '94000000-0000-4000-8000-000000000004'$$,
	'23001', 'group ""; DELETE FROM license_mgmt.audit_log; --" has license assignments',
	'R13.1: the refusal to delete that group quotes its name as data');
SELECT results_eq($$SELECT display_name, sku_part_number, members_licensed FROM license_mgmt.licensed_groups
					 WHERE group_id = '94000000-0000-4000-8000-000000000004'$$,
	$$VALUES ('"; DELETE FROM license_mgmt.audit_log; --', 'TAP_BI_EXTRA', 1)$$,
	'R13.1: licensed_groups shows the name as data');
SELECT lives_ok($$INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
	VALUES ('63000000-0000-4000-8000-000000000004', 'TAP_BI_''||(SELECT 1)||''', 'x''; TRUNCATE license_mgmt.users CASCADE; --')$$,
	'R13.1: a product named with SQL metacharacters is accepted as data');
SELECT is((SELECT sku_part_number || ' | ' || display_name FROM license_mgmt.products WHERE sku_id = '63000000-0000-4000-8000-000000000004'),
	'TAP_BI_''||(SELECT 1)||'' | x''; TRUNCATE license_mgmt.users CASCADE; --',
	'R13.1: the product names are stored as given');
SELECT ok((SELECT count(*) FROM license_mgmt.audit_log) > 0 AND (SELECT count(*) FROM license_mgmt.users) = 8,
	'R13.1: the audit log and the users are intact');

-- R15.1: distribute() without Citus says what it needs, and changes nothing
\if :on_citus
SELECT skip('Citus is installed here: distribute() and undistribute() lay the tables out instead of refusing', 3);
\else
SELECT throws_ok($$SELECT * FROM license_mgmt.distribute()$$, '0A000', 'license_mgmt: distribute() needs Citus',
	'R15.1: distribute() without Citus is refused');
SELECT is((SELECT count(*)::int FROM pg_policy WHERE polname = 'tenant_isolation'
			  AND pg_get_expr(polqual, polrelid) LIKE '%SELECT %current_tenant()%'), 13,
	'R15.1: the refused distribute() left every policy as it was');
SELECT throws_ok($$SELECT * FROM license_mgmt.undistribute()$$, '0A000', 'license_mgmt: undistribute() needs Citus',
	'R15.1: undistribute() without Citus is refused');
\endif

-- The forms that take the tenant first act for that tenant, and only for it
SELECT throws_ok($$SELECT license_mgmt.assign_user_license_in_tenant(NULL, 'e3000000-0000-4000-8000-000000000001',
				   '63000000-0000-4000-8000-000000000001')$$,
	'22004', 'license_mgmt: assign_user_license_in_tenant needs a tenant',
	'R15.1: a form that takes the tenant refuses none');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license_in_tenant('13000000-0000-4000-8000-000000000001',
				  'e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$,
	'R15.1: assign_user_license_in_tenant assigns in its tenant');
SELECT is((SELECT state FROM license_mgmt.license_states WHERE user_id = 'e3000000-0000-4000-8000-000000000003'
			  AND sku_id = '63000000-0000-4000-8000-000000000001' AND group_id = '00000000-0000-0000-0000-000000000000'),
	'active', 'R15.1: ... and the user holds the product');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license_in_tenant('13000000-0000-4000-8000-000000000002',
				  'e3000000-0000-4000-8000-000000000003', '63000000-0000-4000-8000-000000000001')$$),
	'23503 license_user_exists', 'R15.1: in another tenant, the same user is unknown');
SELECT is(current_setting('license_mgmt.tenant_id', true), '',
	'R15.1: the tenant given is the call''s alone: the session''s setting is as it was');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty at the end');

SELECT * FROM finish();
ROLLBACK;
