-- SPEC section 2, refusals: every refusal of the contract table is a class 23
-- error with its SQLSTATE, a PostgreSQL-style message, the constraint name
-- of the rule, a detail with the facts and a hint; and after a refusal
-- nothing has changed.  Also the order of the checks of R3.1, and the
-- whole-call refusals of the bulk and group functions (R3.5, R4.2).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(98);

------------------------------------------------------------------------------
-- Helpers
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

-- diag(sql, field): the message, detail or hint of the error sql raises.
CREATE FUNCTION pg_temp.diag(sql text, field text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text;
	det text;
	hnt text;
BEGIN
	EXECUTE sql;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN CASE field WHEN 'message' THEN msg WHEN 'detail' THEN det WHEN 'hint' THEN hnt END;
END $$;

-- explained(sql): what the error sql raises lacks: a detail, a hint, a
-- primary message in PostgreSQL style (lower case, no final period).
-- Empty when the refusal is well explained.
CREATE FUNCTION pg_temp.explained(sql text)
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	msg text;
	det text;
	hnt text;
	problems text[] := '{}';
BEGIN
	EXECUTE sql;
	RETURN ARRAY['not refused'];
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	IF COALESCE(det, '') = '' THEN problems := problems || 'no detail'::text; END IF;
	IF COALESCE(hnt, '') = '' THEN problems := problems || 'no hint'::text; END IF;
	IF msg ~ '^[A-Z][a-z]' THEN problems := problems || 'message starts upper case'::text; END IF;
	IF msg ~ '\.$' THEN problems := problems || 'message ends with a period'::text; END IF;
	RETURN problems;
END $$;

-- snapshot(): every row a refusal could have changed, as one digest:
-- intent, directory, subscriptions, license states and seat counts.
CREATE FUNCTION pg_temp.snapshot()
RETURNS text LANGUAGE sql AS $$
	SELECT md5(concat_ws('|',
		(SELECT string_agg(s::text, ';' ORDER BY s::text) FROM license_mgmt.license_assignment_states s),
		(SELECT string_agg(p::text, ';' ORDER BY p::text) FROM license_mgmt.product_summary p),
		(SELECT string_agg(c::text, ';' ORDER BY c::text) FROM license_mgmt.seat_counters c),
		(SELECT string_agg(r::text, ';' ORDER BY r::text) FROM license_mgmt.seat_reserves r),
		(SELECT string_agg(a::text, ';' ORDER BY a::text) FROM license_mgmt.user_license_assignments a),
		(SELECT string_agg(a::text, ';' ORDER BY a::text) FROM license_mgmt.group_license_assignments a),
		(SELECT string_agg(m::text, ';' ORDER BY m::text) FROM license_mgmt.group_members m),
		(SELECT string_agg(g::text, ';' ORDER BY g::text) FROM license_mgmt.groups g),
		(SELECT string_agg(u::text, ';' ORDER BY u::text) FROM license_mgmt.users u),
		(SELECT string_agg(x::text, ';' ORDER BY x::text) FROM license_mgmt.subscriptions x),
		(SELECT string_agg(t::text, ';' ORDER BY t::text) FROM license_mgmt.tenants t)))
$$;

------------------------------------------------------------------------------
-- Fixture
------------------------------------------------------------------------------

-- Catalog: ADDON_SVC requires BASE_SVC; EXCL_A_SVC and EXCL_B_SVC exclude
-- each other (written B -> A); GEO_SVC is not offered in CN.
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES
	('50000000-0000-4000-8000-000000000001', 'BASE_SVC', '{}'),
	('50000000-0000-4000-8000-000000000002', 'GEO_SVC', '{CN}'),
	('50000000-0000-4000-8000-000000000003', 'ADDON_SVC', '{}'),
	('50000000-0000-4000-8000-000000000004', 'EXCL_A_SVC', '{}'),
	('50000000-0000-4000-8000-000000000005', 'EXCL_B_SVC', '{}'),
	('50000000-0000-4000-8000-000000000006', 'OTHER_SVC', '{}'),
	('50000000-0000-4000-8000-000000000007', 'SMALL_SVC', '{}');
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id) VALUES
	('50000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.service_plan_conflicts (service_plan_id, conflicting_service_plan_id) VALUES
	('50000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000004');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('60000000-0000-4000-8000-000000000001', 'BASE', 'Base suite'),
	('60000000-0000-4000-8000-000000000002', 'ADDON', 'Add-on'),
	('60000000-0000-4000-8000-000000000003', 'EXCL_A', 'Exclusive A'),
	('60000000-0000-4000-8000-000000000004', 'EXCL_B', 'Exclusive B'),
	('60000000-0000-4000-8000-000000000005', 'UNSUB', 'Never bought'),
	('60000000-0000-4000-8000-000000000006', 'SMALL', 'One seat only'),
	('60000000-0000-4000-8000-000000000007', 'LAPSED', 'Lapsed product'),
	('60000000-0000-4000-8000-000000000008', 'COMBO', 'Every rule at once');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001'),
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002'),
	('60000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003'),
	('60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000004'),
	('60000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000005'),
	('60000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000006'),
	('60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007'),
	('60000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000006'),
	('60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000002'),
	('60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000003'),
	('60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000005');

-- Tenant R (no nesting) and tenant N (nesting), both in the US.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES
	('10000000-0000-4000-8000-000000000001', 'Refusals', 'US', false),
	('10000000-0000-4000-8000-000000000002', 'Nesting', 'US', true);
-- Seats: 10 of most products; SMALL and COMBO 1; LAPSED only suspended seats; UNSUB none.
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status) VALUES
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000003', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000004', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000006', 1, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000007', 5, 'suspended'),
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000008', 1, 'enabled');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location, deleted_at) VALUES
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'full@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'other@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'noloc@r.example', NULL, NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'cn@r.example', 'CN', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005', 'conf@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000006', 'dep@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000007', 'req@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000008', 'inh@r.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000009', 'gone@r.example', 'US', now()),
	('10000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000021', 'n1@n.example', 'US', NULL);
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000001', 'Licensed'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000002', 'Unlicensed'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000003', 'Top'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000004', 'Middle'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', 'Bottom'),
	('10000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000021', 'Outer'),
	('10000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000022', 'Inner');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000008'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000003', '90000000-0000-4000-8000-000000000004'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000004', '90000000-0000-4000-8000-000000000005'),
	('10000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000021', '90000000-0000-4000-8000-000000000022'),
	('10000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000022', 'a0000000-0000-4000-8000-000000000021');

-- full@ takes the one SMALL seat; conf@ and cn@ hold EXCL_A; req@ holds BASE
-- and ADDON directly, and the one COMBO seat; inh@ holds BASE through
-- group Licensed only.
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000006');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000003');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000003');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000002');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000008');
	PERFORM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001');
END $$;

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');
SELECT results_eq($$SELECT sku_part_number, total, assigned FROM license_mgmt.product_summary
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000001' ORDER BY 1$$,
	$$VALUES ('ADDON', 10, 1), ('BASE', 10, 2), ('COMBO', 1, 1), ('EXCL_A', 10, 2), ('EXCL_B', 10, 0),
			 ('LAPSED', 0, 0), ('SMALL', 1, 1)$$,
	'the fixture: SMALL and COMBO have no seat left');

CREATE TEMP TABLE before_refusals AS SELECT pg_temp.snapshot() AS digest;

------------------------------------------------------------------------------
-- license_seat_limit (R2.5, R3.1)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000006')$$,
	'23514', 'no seat of "SMALL" is available',
	'R2.5: assigning the last seat twice is refused with 23514');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000006')$$),
	'23514 license_seat_limit', 'R2.5: no seat left names license_seat_limit');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000006')$$),
	'{}', 'R2.5: license_seat_limit has a styled message, a detail and a hint');
SELECT matches(pg_temp.diag($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000006')$$, 'detail'),
	'SMALL.*1.*other@r\.example|other@r\.example.*SMALL', 'R2.5: the detail names the product, the numbers and the user');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R2.5: after license_seat_limit nothing changed');

------------------------------------------------------------------------------
-- license_usage_location_required (R3.1, R5.1)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001')$$,
	'23502', 'user "noloc@r.example" has no usage location',
	'R3.1: a direct assignment to a user without usage location is refused with 23502');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001')$$),
	'23502 license_usage_location_required', 'R3.1: no usage location names license_usage_location_required');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001')$$),
	'{}', 'R3.1: license_usage_location_required has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after license_usage_location_required nothing changed');

------------------------------------------------------------------------------
-- license_usage_location_allowed (R5.2)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001')$$,
	'23514', 'product "BASE" is not available in usage location CN',
	'R5.2: a direct assignment with a plan not offered at the user''s location is refused with 23514');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001')$$),
	'23514 license_usage_location_allowed', 'R5.2: a plan not offered names license_usage_location_allowed');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001')$$),
	'{}', 'R5.2: license_usage_location_allowed has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R5.2: after license_usage_location_allowed nothing changed');

------------------------------------------------------------------------------
-- license_service_plan_conflict (R7.2)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000004')$$,
	'23P01', 'service plan "EXCL_B_SVC" of "EXCL_B" conflicts with service plan "EXCL_A_SVC" of "EXCL_A"',
	'R7.2: a direct assignment of a plan excluded by a held one is refused with 23P01');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000004')$$),
	'23P01 license_service_plan_conflict', 'R7.2: two excluding plans name license_service_plan_conflict');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000004')$$),
	'{}', 'R7.2: license_service_plan_conflict has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R7.2: after license_service_plan_conflict nothing changed');

------------------------------------------------------------------------------
-- license_service_plan_dependency: direct assignment (R3.1, R7.1)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000002')$$,
	'23503', 'service plan "ADDON_SVC" of "ADDON" requires service plan "BASE_SVC"',
	'R3.1: a direct add-on without its required plan is refused with 23503');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000002')$$),
	'23503 license_service_plan_dependency', 'R3.1: a missing required plan names license_service_plan_dependency');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000002')$$),
	'{}', 'R3.1: license_service_plan_dependency (assign) has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after license_service_plan_dependency (assign) nothing changed');

------------------------------------------------------------------------------
-- license_service_plan_dependency: direct removal (R3.4)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001')$$,
	'23503', '"BASE" of user "req@r.example" is required by "ADDON"',
	'R3.4: removing a direct source another held product requires is refused with 23503');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001')$$),
	'23503 license_service_plan_dependency', 'R3.4: the removal names license_service_plan_dependency');
SELECT is(pg_temp.explained($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001')$$),
	'{}', 'R3.4: license_service_plan_dependency (removal) has a styled message, a detail and a hint');
SELECT matches(pg_temp.diag($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001')$$, 'detail'),
	'ADDON', 'R3.4: the detail names the dependent product');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.4: after license_service_plan_dependency (removal) nothing changed');

------------------------------------------------------------------------------
-- license_service_plan_dependency: group-level add-on (R4.2)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002')$$,
	'23503', 'service plan "ADDON_SVC" of "ADDON" requires service plan "BASE_SVC", which group "Unlicensed" does not provide',
	'R4.2: an add-on whose required plan the group does not provide is refused with 23503');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002')$$),
	'23503 license_service_plan_dependency', 'R4.2: the group add-on names license_service_plan_dependency');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002')$$),
	'{}', 'R4.2: license_service_plan_dependency (group) has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R4.2: after license_service_plan_dependency (group) nothing changed');

------------------------------------------------------------------------------
-- license_product_subscribed (R3.1, R9.3, R3.5)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000005')$$,
	'23514', 'the tenant has no usable subscription of "UNSUB"',
	'R3.1: a product the tenant never bought is refused with 23514');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000005')$$),
	'23514 license_product_subscribed', 'R3.1: no subscription names license_product_subscribed');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000005')$$),
	'{}', 'R3.1: license_product_subscribed has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after license_product_subscribed nothing changed');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000007')$$),
	'23514 license_product_subscribed', 'R9.3: a product with only suspended seats names license_product_subscribed');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{a0000000-0000-4000-8000-000000000002}', '60000000-0000-4000-8000-000000000005')$$),
	'23514 license_product_subscribed', 'R3.5: a bulk assignment of an unsubscribed product refuses the whole call');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000005')$$),
	'23514 license_product_subscribed', 'R9.3: a group assignment of an unsubscribed product is refused');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000007')$$),
	'23514 license_product_subscribed', 'R9.3: a group assignment of a product with only suspended seats is refused');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R9.3: after the license_product_subscribed refusals nothing changed');

------------------------------------------------------------------------------
-- license_disabled_plan_in_product (R3.1, R3.5, R13.1)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$,
	'23514', 'disabled plan "EXCL_A_SVC" is not part of product "BASE"',
	'R3.1: disabling a plan outside the product is refused with 23514');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$),
	'23514 license_disabled_plan_in_product', 'R3.1: a disabled plan outside the product names license_disabled_plan_in_product');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$),
	'{}', 'R3.1: license_disabled_plan_in_product has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after license_disabled_plan_in_product nothing changed');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', '{5fffffff-0000-4000-8000-000000000000}')$$),
	'23514 license_disabled_plan_in_product', 'R13.1: disabling an unknown plan id names license_disabled_plan_in_product');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_user_licenses('{a0000000-0000-4000-8000-000000000002}', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$),
	'23514 license_disabled_plan_in_product', 'R3.5: a bulk assignment disabling a plan outside the product refuses the whole call');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$),
	'23514 license_disabled_plan_in_product', 'R4: a group assignment disabling a plan outside the product is refused');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after the license_disabled_plan_in_product refusals nothing changed');

------------------------------------------------------------------------------
-- license_inherited_assignment (R3.3)
------------------------------------------------------------------------------

SELECT throws_ok($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001')$$,
	'23001', 'user "inh@r.example" inherits "BASE" from a group',
	'R3.3: removing a license held only through a group is refused with 23001');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001')$$),
	'23001 license_inherited_assignment', 'R3.3: an inherited license names license_inherited_assignment');
SELECT is(pg_temp.explained($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001')$$),
	'{}', 'R3.3: license_inherited_assignment has a styled message, a detail and a hint');
SELECT matches(pg_temp.diag($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001')$$, 'detail'),
	'Licensed', 'R3.3: the detail names the groups');
SELECT matches(pg_temp.diag($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001')$$, 'hint'),
	'remove the user from group.*Licensed', 'R3.3: the hint says to remove the user from the groups');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.3: after license_inherited_assignment nothing changed');

------------------------------------------------------------------------------
-- group_has_licenses (R4.9)
------------------------------------------------------------------------------

SELECT throws_ok($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000001'$$,
	'23001', 'group "Licensed" has license assignments',
	'R4.9: deleting a group with license assignments is refused with 23001');
SELECT is(pg_temp.refusal($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000001'$$),
	'23001 group_has_licenses', 'R4.9: a licensed group names group_has_licenses');
SELECT is(pg_temp.explained($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000001'$$),
	'{}', 'R4.9: group_has_licenses has a styled message, a detail and a hint');
SELECT matches(pg_temp.diag($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000001'$$, 'hint'),
	'[Rr]emove .*licenses', 'R4.9: the hint says to remove its licenses first');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R4.9: after group_has_licenses nothing changed');

------------------------------------------------------------------------------
-- group_membership_acyclic (R4.11), in a tenant that nests and one that does not
------------------------------------------------------------------------------

SELECT throws_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', '90000000-0000-4000-8000-000000000003')$$,
	'23514', 'membership would make group "Bottom" a member of itself',
	'R4.11: a membership closing a cycle of three is refused with 23514');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', '90000000-0000-4000-8000-000000000003')$$),
	'23514 group_membership_acyclic', 'R4.11: a cycle names group_membership_acyclic (tenant without nesting)');
SELECT is(pg_temp.explained($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', '90000000-0000-4000-8000-000000000003')$$),
	'{}', 'R4.11: group_membership_acyclic has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R4.11: after group_membership_acyclic nothing changed');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000004', '90000000-0000-4000-8000-000000000003')$$),
	'23514 group_membership_acyclic', 'R4.11: a cycle of two names group_membership_acyclic');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000022', '90000000-0000-4000-8000-000000000021')$$),
	'23514 group_membership_acyclic', 'R4.11: a cycle names group_membership_acyclic (tenant with nesting)');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000003', '90000000-0000-4000-8000-000000000003')$$),
	'23514 group_membership_acyclic', 'R4.11: a group made a member of itself (a cycle of one) names group_membership_acyclic');
SELECT is(pg_temp.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000003'),
		   ('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', '90000000-0000-4000-8000-000000000002')$$),
	'23514 group_membership_acyclic', 'R4.11: a cycle closed by two memberships of one statement names group_membership_acyclic');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R4.11: after the cycle refusals nothing changed');

------------------------------------------------------------------------------
-- R13.1: what does not exist is refused, explained like every refusal
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-0000000000ff')$$),
	'23503 license_product_exists', 'R13.1: an unknown product names license_product_exists');
SELECT is(pg_temp.explained($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-0000000000ff')$$),
	'{}', 'R13.1: license_product_exists has a styled message, a detail and a hint');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001')$$),
	'23503 license_assignment_exists', 'R13.1: removing what the user does not hold names license_assignment_exists');
SELECT is(pg_temp.explained($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001')$$),
	'{}', 'R13.1: license_assignment_exists (user) has a styled message, a detail and a hint');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.remove_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002')$$),
	'23503 license_assignment_exists', 'R13.1: removing what the group does not have names license_assignment_exists');
SELECT is(pg_temp.explained($$SELECT license_mgmt.remove_group_license('90000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000002')$$),
	'{}', 'R13.1: license_assignment_exists (group) has a styled message, a detail and a hint');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R13.1: after the unknown objects nothing changed');

------------------------------------------------------------------------------
-- R3.1: the checks run in the order of the rule; the first failure refuses
------------------------------------------------------------------------------

-- soft-deleted user (first check) before an unsubscribed product
SELECT matches(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000009', '60000000-0000-4000-8000-000000000005')$$),
	'^23', 'R3.1: a soft-deleted user is refused with a class 23 error');
SELECT doesnt_match(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000009', '60000000-0000-4000-8000-000000000005')$$),
	'license_product_subscribed', 'R3.1: the user is checked before the subscription');
-- subscription before options, options before usage location
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000005', '{50000000-0000-4000-8000-000000000004}')$$),
	'23514 license_product_subscribed', 'R3.1: the subscription is checked before the disabled plans and the location');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000004}')$$),
	'23514 license_disabled_plan_in_product', 'R3.1: the disabled plans are checked before the usage location');
-- COMBO (GEO_SVC, ADDON_SVC, EXCL_B_SVC) has no seat left: every later check fails for these users
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000008')$$),
	'23502 license_usage_location_required', 'R3.1: the usage location is required before plan rules and seats');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000008')$$),
	'23514 license_usage_location_allowed', 'R3.1: availability at the location is checked before conflicts, dependencies and seats');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000008', '{50000000-0000-4000-8000-000000000002}')$$),
	'23P01 license_service_plan_conflict', 'R5.2: disabling the unavailable plan avoids the location refusal (next: the conflict)');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000008')$$),
	'23P01 license_service_plan_conflict', 'R3.1: conflicts are checked before dependencies and seats');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000008')$$),
	'23503 license_service_plan_dependency', 'R3.1: dependencies are checked before seats');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000008')$$),
	'23514 license_seat_limit', 'R3.1: a user meeting every rule is refused for the seat last');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000008', '{50000000-0000-4000-8000-000000000005}')$$),
	'23503 license_service_plan_dependency', 'R3.1: disabling the conflicting plan avoids the conflict (next: the dependency)');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.1: after the ordered refusals nothing changed');

------------------------------------------------------------------------------
-- R13.1: bad input gets a clear error, and nothing changes
------------------------------------------------------------------------------

SELECT matches(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('affffff0-0000-4000-8000-000000000000', '60000000-0000-4000-8000-000000000001')$$),
	'^23', 'R13.1: an unknown user id is refused with a class 23 error');
SELECT matches(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000002', '6fffffff-0000-4000-8000-000000000000')$$),
	'^23', 'R13.1: an unknown product id is refused with a class 23 error');
SELECT matches(pg_temp.refusal($$SELECT license_mgmt.assign_group_license('9fffffff-0000-4000-8000-000000000000', '60000000-0000-4000-8000-000000000001')$$),
	'^23', 'R13.1: an unknown group id is refused with a class 23 error');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license(NULL, '60000000-0000-4000-8000-000000000001')$$,
	'22004', 'user_id must not be null', 'R13.1: a null user id is refused');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000001')$$,
	NULL, NULL, 'R1.1: seats of one tenant are not usable by a user of another tenant');
SELECT throws_ok($$SELECT * FROM license_mgmt.assign_user_licenses(
		'{a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000021}', '60000000-0000-4000-8000-000000000001')$$,
	NULL, NULL, 'R3.5: users of two tenants refuse the whole bulk call');
SELECT throws_ok($$UPDATE license_mgmt.subscriptions SET seats = -1 WHERE subscription_id = '20000000-0000-4000-8000-000000000001'$$,
	'23514', NULL, 'R13.1: negative seats are refused');
SELECT throws_ok($$UPDATE license_mgmt.users SET usage_location = 'XX' WHERE user_id = 'a0000000-0000-4000-8000-000000000002'$$,
	'23514', NULL, 'R13.1: an unknown usage location is refused');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R13.1: after bad input nothing changed');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after every refusal');

SELECT * FROM finish();
ROLLBACK;
