-- R3.6: change_user_licenses and change_group_licenses, Microsoft Graph's
-- assignLicense.  One call adds and removes products judged as a whole:
-- the removals before the additions are judged (a swap of conflicting
-- products succeeds), R3.4 judged on what the user holds after the call,
-- an add-on judged after the product it needs whatever the order given.
-- Every refusal of the single functions keeps its SQLSTATE and constraint
-- name through the new functions, its context names the part refused, and
-- after it nothing has changed (audit log included).  Bad input (the JSON
-- shape, nulls, repeated products) is refused with 22023 / 22004 naming the
-- element.  The results are the user's rows of user_licenses after the
-- call, and for a group one row per product added and removed.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(92);

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

-- part(sql): the first context line of the error sql raises: the part refused.
CREATE FUNCTION pg_temp.part(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	ctx text;
BEGIN
	EXECUTE sql;
	RETURN 'not refused';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT;
	RETURN split_part(ctx, E'\n', 1);
END $$;

-- message(sql): the primary message of the error sql raises.
CREATE FUNCTION pg_temp.message(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text;
BEGIN
	EXECUTE sql;
	RETURN 'not refused';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
	RETURN msg;
END $$;

-- detail(sql): the detail of the error sql raises.
CREATE FUNCTION pg_temp.detail(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	det text;
BEGIN
	EXECUTE sql;
	RETURN 'not refused';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS det = PG_EXCEPTION_DETAIL;
	RETURN det;
END $$;

-- explained(sql): what the error sql raises lacks (a detail, a hint, a
-- message in PostgreSQL style); empty when well explained.
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

-- snapshot(): every row a refused call could have changed, as one digest.
CREATE FUNCTION pg_temp.snapshot()
RETURNS text LANGUAGE sql AS $$
	SELECT md5(concat_ws('|',
		(SELECT string_agg(s::text, ';' ORDER BY s::text) FROM license_mgmt.license_assignment_states s),
		(SELECT string_agg(c::text, ';' ORDER BY c::text) FROM license_mgmt.seat_counters c),
		(SELECT string_agg(r::text, ';' ORDER BY r::text) FROM license_mgmt.seat_reserves r),
		(SELECT string_agg(a::text, ';' ORDER BY a::text) FROM license_mgmt.user_license_assignments a),
		(SELECT string_agg(a::text, ';' ORDER BY a::text) FROM license_mgmt.group_license_assignments a),
		(SELECT count(*)::text FROM license_mgmt.audit_log)))
$$;

-- Names for ids.  plpgsql, so that on a Citus cluster the lookup is planned
-- with its value (Citus cannot plan a SQL function's parameters over
-- distributed tables); a query over the tables calls them in a subquery,
-- (SELECT pg_temp.usr(...)), which Citus runs on the coordinator, where
-- pg_temp is, rather than on the workers.
CREATE FUNCTION pg_temp.sku(part text) RETURNS uuid LANGUAGE plpgsql AS
	$$ BEGIN RETURN (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = part); END $$;
CREATE FUNCTION pg_temp.usr(upn text) RETURNS uuid LANGUAGE plpgsql AS
	$$ BEGIN RETURN (SELECT user_id FROM license_mgmt.users WHERE user_principal_name = upn); END $$;
CREATE FUNCTION pg_temp.grp(name text) RETURNS uuid LANGUAGE plpgsql AS
	$$ BEGIN RETURN (SELECT group_id FROM license_mgmt.groups WHERE display_name = name); END $$;
-- Graph's addLicenses for products by part number, nothing disabled.
CREATE FUNCTION pg_temp.adds(VARIADIC parts text[]) RETURNS jsonb LANGUAGE sql AS
	$$ SELECT jsonb_agg(jsonb_build_object('skuId', pg_temp.sku(p.part), 'disabledPlans', '[]'::jsonb) ORDER BY p.n)
		 FROM unnest(parts) WITH ORDINALITY AS p(part, n) $$;
CREATE FUNCTION pg_temp.removes(VARIADIC parts text[]) RETURNS uuid[] LANGUAGE sql AS
	$$ SELECT array_agg(pg_temp.sku(p.part) ORDER BY p.n) FROM unnest(parts) WITH ORDINALITY AS p(part, n) $$;
-- The SQL of a call: cu(upn, adds, removes) for a user, cg(group, ...) for a group.
CREATE FUNCTION pg_temp.cu(upn text, adds jsonb DEFAULT '[]', removes uuid[] DEFAULT '{}') RETURNS text LANGUAGE sql AS
	$$ SELECT format('SELECT * FROM license_mgmt.change_user_licenses(%L, %L, %L)', pg_temp.usr(upn), adds, removes) $$;
CREATE FUNCTION pg_temp.cg(name text, adds jsonb DEFAULT '[]', removes uuid[] DEFAULT '{}') RETURNS text LANGUAGE sql AS
	$$ SELECT format('SELECT * FROM license_mgmt.change_group_licenses(%L, %L, %L)', pg_temp.grp(name), adds, removes) $$;

------------------------------------------------------------------------------
-- Fixture (the refusals fixture, test/pgtap/refusals.sql, with FULL and PLUS)
------------------------------------------------------------------------------

-- ADDON_SVC requires BASE_SVC; EXCL_A_SVC and EXCL_B_SVC exclude each
-- other; GEO_SVC is not offered in CN.  PLUS has BASE_SVC too.
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
	('60000000-0000-4000-8000-000000000009', 'PLUS', 'Base plus');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001'),
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002'),
	('60000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003'),
	('60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000004'),
	('60000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000005'),
	('60000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000006'),
	('60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007'),
	('60000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000006'),
	('60000000-0000-4000-8000-000000000009', '50000000-0000-4000-8000-000000000001'),
	('60000000-0000-4000-8000-000000000009', '50000000-0000-4000-8000-000000000006');

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000001', 'Changes', 'US'),
	('10000000-0000-4000-8000-000000000002', 'Elsewhere', 'US');
-- Seats: 10 of most products; SMALL 1; LAPSED only suspended seats; UNSUB none.
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status) VALUES
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000002', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000003', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000004', 10, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000006', 1, 'enabled'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000007', 5, 'suspended'),
	('10000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000009', 10, 'enabled');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location, deleted_at) VALUES
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'full@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'other@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'noloc@c.example', NULL, NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'cn@c.example', 'CN', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005', 'conf@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000006', 'dep@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000007', 'req@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000008', 'inh@c.example', 'US', NULL),
	('10000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000009', 'gone@c.example', 'US', now()),
	('10000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000021', 'far@e.example', 'US', NULL);
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000001', 'Licensed'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000002', 'Unlicensed');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000008'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005'),
	('10000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000002');

-- full@ takes the one SMALL seat; conf@ and cn@ hold EXCL_A; req@ holds BASE
-- and ADDON directly; group Licensed (inh@, conf@) holds BASE.
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license(pg_temp.usr('full@c.example'), pg_temp.sku('SMALL'));
	PERFORM license_mgmt.assign_user_license(pg_temp.usr('conf@c.example'), pg_temp.sku('EXCL_A'));
	PERFORM license_mgmt.assign_user_license(pg_temp.usr('cn@c.example'), pg_temp.sku('EXCL_A'));
	PERFORM license_mgmt.assign_user_license(pg_temp.usr('req@c.example'), pg_temp.sku('BASE'));
	PERFORM license_mgmt.assign_user_license(pg_temp.usr('req@c.example'), pg_temp.sku('ADDON'));
	PERFORM license_mgmt.assign_group_license(pg_temp.grp('Licensed'), pg_temp.sku('BASE'));
END $$;

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');
CREATE TEMP TABLE before_refusals AS SELECT pg_temp.snapshot() AS digest;

------------------------------------------------------------------------------
-- R3.6: every refusal of the single functions, through the new ones, names
-- its part; after it nothing has changed
------------------------------------------------------------------------------

-- other@ would get EXCL_B (add_licenses[0], fine) and SMALL (add_licenses[1], no seat)
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', pg_temp.adds('EXCL_B', 'SMALL'))),
	'23514 license_seat_limit', 'R3.6, R2.5: no seat left names license_seat_limit');
SELECT is(pg_temp.part(pg_temp.cu('other@c.example', pg_temp.adds('EXCL_B', 'SMALL'))),
	'add_licenses[1] ("SMALL")', 'R3.6: the context names the addition refused');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals),
	'R3.6: after license_seat_limit nothing changed, not even the part judged before it');

SELECT is(pg_temp.refusal(pg_temp.cu('noloc@c.example', pg_temp.adds('BASE'))),
	'23502 license_usage_location_required', 'R3.6, R3.1: no usage location names license_usage_location_required');
SELECT is(pg_temp.part(pg_temp.cu('noloc@c.example', pg_temp.adds('BASE'))),
	'add_licenses[0] ("BASE")', 'R3.6: ... in add_licenses[0]');
SELECT is(pg_temp.refusal(pg_temp.cu('cn@c.example', pg_temp.adds('BASE'))),
	'23514 license_usage_location_allowed', 'R3.6, R5.2: a plan not offered at the location names license_usage_location_allowed');
SELECT is(pg_temp.refusal(pg_temp.cu('conf@c.example', pg_temp.adds('EXCL_B'))),
	'23P01 license_service_plan_conflict', 'R3.6, R7.2: a conflict with a product kept names license_service_plan_conflict');
SELECT is(pg_temp.part(pg_temp.cu('conf@c.example', pg_temp.adds('EXCL_B'))),
	'add_licenses[0] ("EXCL_B")', 'R3.6: ... in add_licenses[0]');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', pg_temp.adds('EXCL_A', 'EXCL_B'))),
	'23P01 license_service_plan_conflict', 'R3.6, R7.2: two additions that exclude each other are refused');
SELECT is(pg_temp.part(pg_temp.cu('other@c.example', pg_temp.adds('EXCL_A', 'EXCL_B'))),
	'add_licenses[1] ("EXCL_B")', 'R3.6: ... naming the second of them');
SELECT is(pg_temp.refusal(pg_temp.cu('dep@c.example', pg_temp.adds('ADDON'))),
	'23503 license_service_plan_dependency', 'R3.6, R7.1: an add-on without its required plan names license_service_plan_dependency');
SELECT is(pg_temp.refusal(pg_temp.cu('dep@c.example', pg_temp.adds('ADDON', 'BASE'), pg_temp.removes('EXCL_A'))),
	'23503 license_assignment_exists', 'R3.6: removals are judged before additions');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', pg_temp.adds('UNSUB'))),
	'23514 license_product_subscribed', 'R3.6, R9.3: a product never bought names license_product_subscribed');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', pg_temp.adds('BASE', 'LAPSED'))),
	'23514 license_product_subscribed', 'R3.6, R9.3: a product with only suspended seats names license_product_subscribed');
SELECT is(pg_temp.part(pg_temp.cu('other@c.example', pg_temp.adds('BASE', 'LAPSED'))),
	'add_licenses[1] ("LAPSED")', 'R3.6: ... in add_licenses[1]');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example',
		'[{"skuId": "60000000-0000-4000-8000-000000000001", "disabledPlans": ["50000000-0000-4000-8000-000000000004"]}]')),
	'23514 license_disabled_plan_in_product', 'R3.6, R3.1: a disabled plan outside the product names license_disabled_plan_in_product');
SELECT is(pg_temp.refusal(pg_temp.cu('gone@c.example', pg_temp.adds('BASE'))),
	'23514 license_user_active', 'R3.6, R8.1: a soft-deleted user gets nothing (license_user_active)');
SELECT is(pg_temp.refusal(pg_temp.cu('inh@c.example', '[]', pg_temp.removes('BASE'))),
	'23001 license_inherited_assignment', 'R3.6, R3.3: removing an inherited license names license_inherited_assignment');
SELECT is(pg_temp.part(pg_temp.cu('inh@c.example', '[]', pg_temp.removes('BASE'))),
	'remove_licenses[1] ("BASE")', 'R3.6: ... in remove_licenses[1]');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', '[]', pg_temp.removes('EXCL_A'))),
	'23503 license_assignment_exists', 'R3.6, R13.1: removing what the user does not hold names license_assignment_exists');
SELECT is(pg_temp.refusal(pg_temp.cu('req@c.example', '[]', pg_temp.removes('BASE'))),
	'23503 license_service_plan_dependency', 'R3.6, R3.4: removing the base a kept add-on requires names license_service_plan_dependency');
SELECT is(pg_temp.part(pg_temp.cu('req@c.example', '[]', pg_temp.removes('BASE'))),
	'remove_licenses[1] ("BASE")', 'R3.6, R3.4: ... in remove_licenses[1]');
SELECT is(pg_temp.explained(pg_temp.cu('req@c.example', '[]', pg_temp.removes('BASE'))),
	'{}', 'R3.6, R3.4: the refusal has a styled message, a detail and a hint');
SELECT is(pg_temp.message(pg_temp.cu('req@c.example', '[]', pg_temp.removes('BASE'))),
	'"BASE" of user "req@c.example" is required by "ADDON"', 'R3.6, R3.4: the message names the dependent product');
SELECT is(pg_temp.refusal(pg_temp.cu('req@c.example', pg_temp.adds('EXCL_A'), pg_temp.removes('BASE'))),
	'23503 license_service_plan_dependency', 'R3.6, R3.4: ... and an addition that does not provide the plan changes nothing about it');
SELECT is(pg_temp.refusal(format('SELECT * FROM license_mgmt.change_user_licenses(%L, %L)',
		pg_temp.usr('other@c.example'), '[{"skuId": "6fffffff-0000-4000-8000-000000000000"}]')),
	'23503 license_product_exists', 'R3.6, R13.1: an unknown product names license_product_exists');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.change_user_licenses('affffff0-0000-4000-8000-000000000000')$$),
	'23503 license_user_exists', 'R3.6, R13.1: an unknown user names license_user_exists');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.6: after every refusal of change_user_licenses nothing changed');

-- groups
SELECT is(pg_temp.refusal(pg_temp.cg('Unlicensed', pg_temp.adds('ADDON'))),
	'23503 license_service_plan_dependency', 'R3.6, R4.2: a group add-on the group cannot use names license_service_plan_dependency');
SELECT is(pg_temp.part(pg_temp.cg('Unlicensed', pg_temp.adds('ADDON'))),
	'add_licenses[0] ("ADDON")', 'R3.6, R4.2: ... in add_licenses[0]');
SELECT is(pg_temp.refusal(pg_temp.cg('Licensed', pg_temp.adds('ADDON'), pg_temp.removes('BASE'))),
	'23503 license_service_plan_dependency', 'R3.6, R4.2: the add-on is judged after the removal of its base');
SELECT is(pg_temp.refusal(pg_temp.cg('Unlicensed', pg_temp.adds('BASE', 'UNSUB'))),
	'23514 license_product_subscribed', 'R3.6, R9.3: a group call with a product never bought names license_product_subscribed');
SELECT is(pg_temp.refusal(pg_temp.cg('Unlicensed',
		'[{"skuId": "60000000-0000-4000-8000-000000000001", "disabledPlans": ["50000000-0000-4000-8000-000000000004"]}]')),
	'23514 license_disabled_plan_in_product', 'R3.6: a group call disabling a plan outside the product names license_disabled_plan_in_product');
SELECT is(pg_temp.refusal(pg_temp.cg('Unlicensed', '[]', pg_temp.removes('BASE'))),
	'23503 license_assignment_exists', 'R3.6, R13.1: removing what the group does not have names license_assignment_exists');
SELECT is(pg_temp.part(pg_temp.cg('Unlicensed', pg_temp.adds('EXCL_B'), pg_temp.removes('BASE'))),
	'remove_licenses[1] ("BASE")', 'R3.6: ... in remove_licenses[1]');
SELECT is(pg_temp.refusal($$SELECT * FROM license_mgmt.change_group_licenses('9fffffff-0000-4000-8000-000000000000')$$),
	'23503 license_group_exists', 'R3.6, R13.1: an unknown group names license_group_exists');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.6: after every refusal of change_group_licenses nothing changed');

-- R10.3: a user of another tenant is unknown to a session acting for this one
SET LOCAL license_mgmt.tenant_id = '10000000-0000-4000-8000-000000000001';
SELECT is(pg_temp.refusal(pg_temp.cu('far@e.example', pg_temp.adds('BASE'))),
	'23503 license_user_exists', 'R3.6, R10.3: a user of another tenant is not found');
RESET license_mgmt.tenant_id;

------------------------------------------------------------------------------
-- R3.6, R13.1: bad input, refused naming the element, before anything changes
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', '{"skuId": "60000000-0000-4000-8000-000000000001"}')),
	'22023 (no constraint name)', 'R3.6: add_licenses that is an object, not an array, is refused with 22023');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '{"skuId": "60000000-0000-4000-8000-000000000001"}')),
	'add_licenses is not a JSON array', 'R3.6: ... saying so');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '"60000000-0000-4000-8000-000000000001"')),
	'add_licenses is not a JSON array', 'R3.6: add_licenses that is a string is refused');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '[null]')),
	'add_licenses[0] is not a JSON object', 'R3.6: an element that is not an object is refused, naming it');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '[{"disabledPlans": []}]')),
	'add_licenses[0] has no skuId', 'R3.6: an element without skuId is refused');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '[{"skuId": "60000000-0000-4000-8000-000000000001"}, {"skuId": "BASE"}]')),
	'add_licenses[1].skuId is not a uuid', 'R3.6: a skuId that is not a uuid is refused, naming the element');
SELECT is(pg_temp.refusal(pg_temp.cu('other@c.example', '[{"skuId": 60000000}]')),
	'22023 (no constraint name)', 'R3.6: a skuId that is a number is refused with 22023');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '[{"skuId": "60000000-0000-4000-8000-000000000001", "disabledPlans": {}}]')),
	'add_licenses[0].disabledPlans is not a JSON array', 'R3.6: disabledPlans that is not an array is refused');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', '[{"skuId": "60000000-0000-4000-8000-000000000001", "disabledPlans": ["50000000-0000-4000-8000-000000000002", "x"]}]')),
	'add_licenses[0].disabledPlans[1] is not a uuid', 'R3.6: a disabled plan that is not a uuid is refused, naming it');
SELECT is(pg_temp.message(pg_temp.cu('other@c.example', pg_temp.adds('BASE', 'EXCL_B', 'BASE'))),
	'add_licenses[2] adds product 60000000-0000-4000-8000-000000000001 again', 'R3.6: a product added twice is refused');
SELECT is(pg_temp.message(pg_temp.cu('conf@c.example', '[]', pg_temp.removes('EXCL_A', 'EXCL_A'))),
	'remove_licenses[2] removes product 60000000-0000-4000-8000-000000000003 again', 'R3.6: a product removed twice is refused');
SELECT is(pg_temp.message(pg_temp.cu('conf@c.example', pg_temp.adds('EXCL_A'), pg_temp.removes('EXCL_A'))),
	'product 60000000-0000-4000-8000-000000000003 is both added and removed', 'R3.6: a product both added and removed is refused');
SELECT is(pg_temp.refusal(pg_temp.cu('conf@c.example', pg_temp.adds('EXCL_A'), pg_temp.removes('EXCL_A'))),
	'22023 (no constraint name)', 'R3.6: ... with 22023');
SELECT is(pg_temp.explained(pg_temp.cu('other@c.example', '[{"skuId": "BASE"}]')),
	'{}', 'R3.6: bad JSON has a styled message, a detail and a hint');
SELECT is(pg_temp.refusal(format('SELECT * FROM license_mgmt.change_user_licenses(%L, NULL)', pg_temp.usr('other@c.example'))),
	'22004 (no constraint name)', 'R3.6, R13.1: add_licenses => null is refused with 22004');
SELECT is(pg_temp.refusal(format('SELECT * FROM license_mgmt.change_user_licenses(%L, remove_licenses => NULL)', pg_temp.usr('other@c.example'))),
	'22004 (no constraint name)', 'R3.6, R13.1: remove_licenses => null is refused with 22004');
SELECT is(pg_temp.refusal(format('SELECT * FROM license_mgmt.change_user_licenses(%L, remove_licenses => ''{NULL}'')', pg_temp.usr('other@c.example'))),
	'22004 (no constraint name)', 'R3.6, R13.1: a null in remove_licenses is refused with 22004');
SELECT is(pg_temp.refusal('SELECT * FROM license_mgmt.change_user_licenses(NULL)'),
	'22004 (no constraint name)', 'R3.6, R13.1: user_id => null is refused with 22004');
SELECT is(pg_temp.refusal('SELECT * FROM license_mgmt.change_group_licenses(NULL)'),
	'22004 (no constraint name)', 'R3.6, R13.1: group_id => null is refused with 22004');
SELECT is(pg_temp.refusal(pg_temp.cg('Licensed', '[{"skuId": "BASE"}]')),
	'22023 (no constraint name)', 'R3.6: change_group_licenses refuses bad JSON with 22023 too');
SELECT is(pg_temp.snapshot(), (SELECT digest FROM before_refusals), 'R3.6: after bad input nothing changed');

------------------------------------------------------------------------------
-- R3.6: judged as a whole
------------------------------------------------------------------------------

-- a swap of conflicting products: refused as two calls, the assignment first; one call succeeds
SELECT is(pg_temp.refusal(format('SELECT license_mgmt.assign_user_license(%L, %L)',
		pg_temp.usr('cn@c.example'), pg_temp.sku('EXCL_B'))),
	'23P01 license_service_plan_conflict', 'R3.6: as two calls, the assignment first, the swap is refused');
SELECT results_eq(
	format('SELECT sku_part_number, state, assigned_directly FROM license_mgmt.change_user_licenses(%L, %L, %L)',
		pg_temp.usr('cn@c.example'), pg_temp.adds('EXCL_B'), pg_temp.removes('EXCL_A')),
	$$VALUES ('EXCL_B'::text, 'active'::text, true)$$,
	'R3.6: one call removes EXCL_A and then gives EXCL_B, which conflicts with it');
SELECT results_eq($$SELECT sku_part_number, assigned FROM license_mgmt.product_summary
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000001' AND sku_part_number LIKE 'EXCL%' ORDER BY 1$$,
	$$VALUES ('EXCL_A'::text, 1), ('EXCL_B'::text, 1)$$, 'R3.6, R2.2: the swap moved one seat from EXCL_A to EXCL_B');
SELECT results_eq($$SELECT a.action, p.sku_part_number, a.old_state, a.new_state FROM license_mgmt.audit_log a
					 JOIN license_mgmt.products p USING (sku_id) WHERE a.action = 'change_user_licenses' ORDER BY a.audit_id$$,
	$$VALUES ('change_user_licenses'::text, 'EXCL_A'::text, 'active'::text, NULL::text),
			 ('change_user_licenses', 'EXCL_B', NULL, 'active')$$,
	'R3.6, R11.1: each part is audited as the single functions do, under the call''s name');

-- R3.4 judged on what the user has after the call
SELECT results_eq(
	format('SELECT sku_part_number, state FROM license_mgmt.change_user_licenses(%L, %L, %L)',
		pg_temp.usr('req@c.example'), pg_temp.adds('PLUS'), pg_temp.removes('BASE')),
	$$VALUES ('ADDON'::text, 'active'::text), ('PLUS', 'active')$$,
	'R3.6, R3.4: BASE swapped for PLUS, which has the plan ADDON requires: ADDON stays active');
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L, %L, %L)',
		pg_temp.usr('req@c.example'), '[]', pg_temp.removes('PLUS', 'ADDON')),
	$$SELECT NULL::text WHERE false$$,
	'R3.6, R3.4: the base and its add-on removed together, the base first');

-- an add-on and its base added in one call, the add-on first
SELECT results_eq(
	format('SELECT sku_part_number, state FROM license_mgmt.change_user_licenses(%L, %L)',
		pg_temp.usr('dep@c.example'), pg_temp.adds('ADDON', 'BASE')),
	$$VALUES ('ADDON'::text, 'active'::text), ('BASE', 'active')$$,
	'R3.6, R7.1: an add-on listed before its base is judged after it');
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L, remove_licenses => %L)',
		pg_temp.usr('dep@c.example'), pg_temp.removes('ADDON', 'BASE')),
	$$SELECT NULL::text WHERE false$$,
	'R3.6, R3.4: the add-on and its base removed together, the add-on first');

-- what a call returns is the user's rows of user_licenses
SELECT lives_ok(format('SELECT license_mgmt.assign_user_license(%L, %L)', pg_temp.usr('conf@c.example'), pg_temp.sku('ADDON')),
	'conf@ gets ADDON directly (BASE through Licensed)');
CREATE TEMP TABLE returned AS
	SELECT * FROM license_mgmt.change_user_licenses(pg_temp.usr('conf@c.example'),
		'[{"skuId": "60000000-0000-4000-8000-000000000009", "disabledPlans": ["50000000-0000-4000-8000-000000000006"], "extra": 1}]');
SELECT results_eq('SELECT * FROM returned',
	format('SELECT * FROM license_mgmt.user_licenses WHERE user_id = %L ORDER BY sku_part_number', pg_temp.usr('conf@c.example')),
	'R3.6: change_user_licenses returns the user''s rows of user_licenses after the call (unknown keys ignored)');
SELECT is((SELECT enabled_service_plans FROM license_mgmt.user_licenses
			WHERE user_id = (SELECT pg_temp.usr('conf@c.example')) AND sku_id = (SELECT pg_temp.sku('PLUS'))),
	'{BASE_SVC}', 'R3.6, R3.2: disabledPlans are the assignment''s disabled plans');
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L)', pg_temp.usr('conf@c.example')),
	$$VALUES ('ADDON'::text), ('BASE'), ('EXCL_A'), ('PLUS')$$,
	'R3.6: an empty call changes nothing and returns the user''s licenses');
SELECT is((SELECT disabled_plans FROM license_mgmt.user_license_assignments
			WHERE user_id = (SELECT pg_temp.usr('conf@c.example')) AND sku_id = (SELECT pg_temp.sku('PLUS'))),
	'{50000000-0000-4000-8000-000000000006}', 'R3.6: the disabled plans given are recorded');
SELECT lives_ok(format('SELECT * FROM license_mgmt.change_user_licenses(%L, %L)', pg_temp.usr('conf@c.example'),
		'[{"skuId": "60000000-0000-4000-8000-000000000009", "disabledPlans": null}]'),
	'R3.6: disabledPlans null is accepted');
SELECT is((SELECT disabled_plans FROM license_mgmt.user_license_assignments
			WHERE user_id = (SELECT pg_temp.usr('conf@c.example')) AND sku_id = (SELECT pg_temp.sku('PLUS'))),
	'{}', 'R3.6, R3.2: ... and adding again with disabledPlans null enables every plan');

-- R3.6 for a group: a swap; members failing are states, not refusals
SELECT lives_ok(format('SELECT license_mgmt.assign_group_license(%L, %L)', pg_temp.grp('Unlicensed'), pg_temp.sku('EXCL_A')),
	'Unlicensed gets EXCL_A (other@)');
SELECT lives_ok(format('SELECT license_mgmt.assign_user_license(%L, %L)', pg_temp.usr('other@c.example'), pg_temp.sku('EXCL_A')),
	'other@ also holds EXCL_A directly');
SELECT results_eq(
	format('SELECT c.sku_id, c.licensed, c.failed FROM license_mgmt.change_group_licenses(%L, %L, %L) c',
		pg_temp.grp('Unlicensed'), pg_temp.adds('EXCL_B', 'BASE'), pg_temp.removes('EXCL_A')),
	$$VALUES ('60000000-0000-4000-8000-000000000004'::uuid, 0, 1), ('60000000-0000-4000-8000-000000000001', 1, 0),
			 ('60000000-0000-4000-8000-000000000003', 0, 0)$$,
	'R3.6, R4.2: a row per product added (a member who keeps a conflicting product fails) and per product removed (0, 0), in the order given');
SELECT results_eq(
	format($$SELECT sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups
			 WHERE group_id = %L ORDER BY 1$$, pg_temp.grp('Unlicensed')),
	$$VALUES ('BASE'::text, 1, 0), ('EXCL_B', 0, 1)$$,
	'R3.6: the group holds what the call left it');
SELECT results_eq(
	format($$SELECT state, error FROM license_mgmt.license_states WHERE user_id = %L AND sku_id = %L$$,
		pg_temp.usr('other@c.example'), pg_temp.sku('EXCL_B')),
	$$VALUES ('error'::text, 'MutuallyExclusiveViolation'::text)$$,
	'R3.6, R4.2: the member''s failure is an error state');
SELECT results_eq(
	$$SELECT action, count(*)::integer FROM license_mgmt.audit_log WHERE action = 'change_group_licenses'
	   AND sku_id IS NOT NULL AND user_ids IS NULL GROUP BY action$$,
	$$VALUES ('change_group_licenses'::text, 3)$$,
	'R3.6, R11.1: one change of intent audited per product added or removed, under the call''s name');
-- the add-on with its base, in one group call, the add-on first
SELECT results_eq(
	format('SELECT c.sku_id, c.licensed, c.failed FROM license_mgmt.change_group_licenses(%L, %L, %L) c',
		pg_temp.grp('Unlicensed'), pg_temp.adds('ADDON'), pg_temp.removes('EXCL_B')),
	$$VALUES ('60000000-0000-4000-8000-000000000002'::uuid, 1, 0), ('60000000-0000-4000-8000-000000000004', 0, 0)$$,
	'R3.6, R4.2: an add-on whose base the group holds is given');
SELECT results_eq(
	format('SELECT count(*)::integer FROM license_mgmt.change_group_licenses(%L)', pg_temp.grp('Unlicensed')),
	$$VALUES (0)$$, 'R3.6: an empty group call returns no row');

-- R3.6: a group call leaves what it removed to the waiting room
SELECT lives_ok(format('SELECT license_mgmt.assign_group_license(%L, %L)', pg_temp.grp('Licensed'), pg_temp.sku('SMALL')),
	'Licensed gets SMALL: inh@ and conf@ wait for the one seat full@ holds');
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L, remove_licenses => %L)',
		pg_temp.usr('full@c.example'), pg_temp.removes('SMALL')),
	$$SELECT NULL::text WHERE false$$, 'R3.6: full@ gives SMALL back');
SELECT is((SELECT count(*)::integer FROM license_mgmt.license_states
			WHERE sku_id = (SELECT pg_temp.sku('SMALL')) AND state = 'active'), 1,
	'R3.6, R6.1: the seat freed by the call went to the waiting room');

-- R3.4 with R7.1 in a call: NEED_SVC requires ALT1_SVC or ALT2_SVC; either kept, or added, meets it
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('50000000-0000-4000-8000-000000000011', 'ALT1_SVC'), ('50000000-0000-4000-8000-000000000012', 'ALT2_SVC'),
	('50000000-0000-4000-8000-000000000013', 'NEED_SVC');
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id, any_of) VALUES
	('50000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000011', 1),
	('50000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000012', 1);
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('60000000-0000-4000-8000-000000000011', 'ALT1', 'Alternative 1'), ('60000000-0000-4000-8000-000000000012', 'ALT2', 'Alternative 2'),
	('60000000-0000-4000-8000-000000000013', 'NEED', 'Needs either');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('60000000-0000-4000-8000-000000000011', '50000000-0000-4000-8000-000000000011'),
	('60000000-0000-4000-8000-000000000012', '50000000-0000-4000-8000-000000000012'),
	('60000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000013');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
SELECT '10000000-0000-4000-8000-000000000001', s, 5
  FROM unnest('{60000000-0000-4000-8000-000000000011,60000000-0000-4000-8000-000000000012,60000000-0000-4000-8000-000000000013}'::uuid[]) AS s;
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L, %L)',
		pg_temp.usr('full@c.example'), pg_temp.adds('NEED', 'ALT1', 'ALT2')),
	$$VALUES ('ALT1'::text), ('ALT2'), ('NEED')$$,
	'R3.6, R7.1: a product needing either of two plans, given with both');
SELECT lives_ok(pg_temp.cu('full@c.example', '[]', pg_temp.removes('ALT1')),
	'R3.6, R3.4, R7.1: removing one alternative while the other is kept');
SELECT is(pg_temp.refusal(pg_temp.cu('full@c.example', '[]', pg_temp.removes('ALT2'))),
	'23503 license_service_plan_dependency', 'R3.6, R3.4, R7.1: removing the last alternative is refused');
SELECT matches(pg_temp.detail(pg_temp.cu('full@c.example', '[]', pg_temp.removes('ALT2'))),
	'requires service plan "ALT1_SVC" or "ALT2_SVC"', 'R3.6, R3.4, R7.1: ... its detail naming the alternatives');
SELECT results_eq(
	format('SELECT sku_part_number FROM license_mgmt.change_user_licenses(%L, %L, %L)',
		pg_temp.usr('full@c.example'), pg_temp.adds('ALT1'), pg_temp.removes('ALT2')),
	$$VALUES ('ALT1'::text), ('NEED')$$,
	'R3.6, R3.4, R7.1: swapping one alternative for the other in one call');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after the calls');

SELECT * FROM finish();
ROLLBACK;
