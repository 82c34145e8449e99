-- SPEC section 3: behaviour, rule by rule, with exact numbers.  Each scenario
-- lives in its own tenant (fixed uuids) and ends with verify() empty (R12.1).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(238);

------------------------------------------------------------------------------
-- Helpers
------------------------------------------------------------------------------

-- The helpers are plpgsql, so that on a Citus cluster each query is planned
-- with its values (Citus cannot plan a SQL function's parameters over
-- distributed tables), and look ids up before the query that uses them
-- (Citus would send the call to the workers, which have no pg_temp).  A
-- value read from one tenant's rows is checked with results_eq() on the
-- query's text, not is() over a subquery: Citus would send the whole
-- statement, pgTAP's call too, to the tenant's node.

-- sku(part number): the product's id.
CREATE FUNCTION pg_temp.sku(part text)
RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
	RETURN (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = part);
END $$;

-- seats(tenant, part number): 'total/assigned/available/expiring_soon' from
-- product_summary, or 'no row'.
CREATE FUNCTION pg_temp.seats(tenant uuid, part text)
RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
	RETURN COALESCE((SELECT format('%s/%s/%s/%s', total, assigned, available, expiring_soon)
					   FROM license_mgmt.product_summary
					  WHERE tenant_id = tenant AND sku_part_number = part), 'no row');
END $$;

-- states(user, part number): every source of the user for the product, as
-- 'source=state[/error]', the direct source first then groups by name, from
-- license_assignment_states; '' when none.
CREATE FUNCTION pg_temp.states(usr uuid, part text)
RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	sku uuid := pg_temp.sku(part);
BEGIN
	RETURN (SELECT COALESCE(string_agg(COALESCE(g.display_name, 'direct') || '=' || s.state || COALESCE('/' || s.error, ''),
									   ', ' ORDER BY g.display_name NULLS FIRST), '')
			  FROM license_mgmt.license_assignment_states s
			  LEFT JOIN license_mgmt.groups g ON g.tenant_id = s.tenant_id AND g.group_id = s.assigned_by_group
			 WHERE s.user_id = usr AND s.sku_id = sku);
END $$;

-- licenses(user): the user's user_licenses rows as 'PART=state', by part number.
CREATE FUNCTION pg_temp.licenses(usr uuid)
RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
	RETURN (SELECT COALESCE(string_agg(sku_part_number || '=' || state, ', ' ORDER BY sku_part_number), '')
			  FROM license_mgmt.user_licenses WHERE user_id = usr);
END $$;

------------------------------------------------------------------------------
-- Catalog (global, R1.2): ADDON_SVC requires BASE_SVC; EXCL_A_SVC and
-- EXCL_B_SVC exclude each other; GEO_SVC is not offered in CN.
------------------------------------------------------------------------------

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
	('50000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000005');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('60000000-0000-4000-8000-000000000001', 'BASE', 'Base suite'),
	('60000000-0000-4000-8000-000000000002', 'ADDON', 'Add-on'),
	('60000000-0000-4000-8000-000000000003', 'EXCL_A', 'Exclusive A'),
	('60000000-0000-4000-8000-000000000004', 'EXCL_B', 'Exclusive B'),
	('60000000-0000-4000-8000-000000000005', 'UNSUB', 'Never bought'),
	('60000000-0000-4000-8000-000000000006', 'SMALL', 'Few seats'),
	('60000000-0000-4000-8000-000000000007', 'LAPSED', 'Lapsed product');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001'),
	('60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002'),
	('60000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003'),
	('60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000004'),
	('60000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000005'),
	('60000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000006'),
	('60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007'),
	('60000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000006');

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000011', 'S1 seats page', 'US'),
	('10000000-0000-4000-8000-000000000012', 'S2 seat counting', 'US'),
	('10000000-0000-4000-8000-000000000013', 'S3 assignment options', 'US'),
	('10000000-0000-4000-8000-000000000014', 'S4 bulk', 'US'),
	('10000000-0000-4000-8000-000000000015', 'S5 groups', 'US'),
	('10000000-0000-4000-8000-000000000016', 'S6 waiting room and users', 'US'),
	('10000000-0000-4000-8000-000000000017', 'S7 group removal', 'US'),
	('10000000-0000-4000-8000-000000000018', 'S8 location', 'US'),
	('10000000-0000-4000-8000-000000000019', 'S9 subscription lifecycle', 'US'),
	('10000000-0000-4000-8000-00000000001a', 'S10 tenant location', 'CN');

------------------------------------------------------------------------------
-- S1: the Licenses page (R2.0, R2.1, R2.4)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000111', '60000000-0000-4000-8000-000000000001', 5, 'enabled', now() + interval '10 days'),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000112', '60000000-0000-4000-8000-000000000001', 2, 'enabled', now() + interval '40 days'),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000113', '60000000-0000-4000-8000-000000000001', 3, 'warning', now() + interval '20 days'),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000114', '60000000-0000-4000-8000-000000000001', 7, 'suspended', now() + interval '50 days'),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000115', '60000000-0000-4000-8000-000000000001', 11, 'deleted', NULL),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000116', '60000000-0000-4000-8000-000000000001', 4, 'enabled', NULL),
	('10000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000117', '60000000-0000-4000-8000-000000000007', 6, 'suspended', now() + interval '5 days');

SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'BASE'), '14/0/14/8',
	'R2.1/R2.4: total counts enabled and warning seats (5+2+3+4), expiring_soon warning + enabled within 30 days (3+5)');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'LAPSED'), '0/0/0/0',
	'R2.0: a product whose seats are all suspended shows a row of zeros');
SELECT results_eq($$SELECT count(*)::integer FROM license_mgmt.product_summary
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000011'$$, ARRAY[2],
	'R2.0: one row per product the tenant has a subscription of, none for others');
SET LOCAL license_mgmt.expiring_soon_interval = '60 days';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'BASE'), '14/0/14/10',
	'R2.4: with expiring_soon_interval 60 days, the enabled seats due in 40 days count too');
SET LOCAL license_mgmt.expiring_soon_interval = '1 day';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'BASE'), '14/0/14/3',
	'R2.4: with expiring_soon_interval 1 day, only warning seats are expiring soon');
RESET license_mgmt.expiring_soon_interval;
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'BASE'), '14/0/14/8',
	'R2.4: back to the 30 days default');
-- keep S1 out of the lifecycle runs of S9
UPDATE license_mgmt.subscriptions SET next_lifecycle_at = NULL
 WHERE tenant_id = '10000000-0000-4000-8000-000000000011';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000011', 'BASE'), '14/0/14/3',
	'R2.4: warning seats are expiring soon whatever their date');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S1');

------------------------------------------------------------------------------
-- S2: seat counting (R2.2, R2.3, R2.5, R2.6, R3.1, R3.3, R9.4, R6.1)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000121', '60000000-0000-4000-8000-000000000001', 3);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000021', 'u1@s2', 'US'),
	('10000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000022', 'u2@s2', 'US'),
	('10000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000023', 'u3@s2', 'US'),
	('10000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000024', 'u4@s2', 'US'),
	('10000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000025', 'u5@s2', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000012', '90000000-0000-4000-8000-000000000021', 'G2');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000001')),
	'(0,0)', 'R4.1: assigning an empty group licenses nobody');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000001')$$,
	'R3.1: u1 gets BASE directly');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000012', '90000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000021');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000021', 'BASE'), 'direct=active, G2=active',
	'R4.6: u1 added to G2 holds BASE directly and through the group');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '3/1/2/0',
	'R2.2: two sources of one product for one user take one seat');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000012', '90000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000022'),
	('10000000-0000-4000-8000-000000000012', '90000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000023');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '3/3/0/0',
	'R2.2: assigned counts distinct users: 3');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000012', '90000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000024');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000024', 'BASE'), 'G2=error/CountViolation',
	'R4.3: a member added when seats ran out gets CountViolation');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '3/3/0/0',
	'R2.6: a state in error takes no seat');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000025', '60000000-0000-4000-8000-000000000001')$$,
	'23514', NULL, 'R2.5: a new seat is refused when assigned = total');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000022', '60000000-0000-4000-8000-000000000001')$$,
	'R3.1: a user already holding the product through a group gets it directly without a free seat');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000022', 'BASE'), 'direct=active, G2=active',
	'R3.1: u2 holds BASE directly and through G2');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '3/3/0/0',
	'R2.2: the direct source of a holder takes no second seat');
-- R3.3: direct + group, the direct source removed: the license stays through the group
SELECT lives_ok($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000001')$$,
	'R3.3: removing the direct source of a user who also inherits the product');
SELECT results_eq($$SELECT state, assigned_directly, inherited_from FROM license_mgmt.user_licenses
					 WHERE user_id = 'a0000000-0000-4000-8000-000000000021'$$,
	$$VALUES ('active'::text, false, '{90000000-0000-4000-8000-000000000021}'::uuid[])$$,
	'R3.3: the user keeps the product through the group');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000021', 'BASE'), 'G2=active',
	'R3.3: only the group source is left');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '3/3/0/0',
	'R3.3: the seat count does not change');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000024', 'BASE'), 'G2=error/CountViolation',
	'R3.3: no seat was freed, u4 still waits');
-- R9.4 / R2.3: fewer seats than assigned takes nothing away
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE subscription_id = '20000000-0000-4000-8000-000000000121';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '1/3/-2/0',
	'R2.3/R9.4: available goes negative, never clamped');
SELECT results_eq($$SELECT string_agg(state, ',' ORDER BY user_id) FROM license_mgmt.user_licenses
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000012'$$,
	ARRAY['active,active,active,error'], 'R9.4: a seat reduction takes no license away');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000025', '60000000-0000-4000-8000-000000000001')$$,
	'23514', NULL, 'R9.4: new seats are refused while available is negative');
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE subscription_id = '20000000-0000-4000-8000-000000000121';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000024', 'BASE'), 'G2=active',
	'R6.1: more seats bought serve the waiting room');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000012', 'BASE'), '4/4/0/0',
	'R6.1: the waiting member took the new seat');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S2');

------------------------------------------------------------------------------
-- S3: assignment options (R3.2, R5.2, R4.7)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000131', '60000000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000031', 'o1@s3', 'US'),
	('10000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000032', 'o2@s3', 'CN');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000031', '60000000-0000-4000-8000-000000000001',
												  '{50000000-0000-4000-8000-000000000002}')$$,
	'R3.1: BASE with GEO_SVC disabled');
SELECT results_eq($$SELECT disabled_plans FROM license_mgmt.license_assignment_states
					 WHERE user_id = 'a0000000-0000-4000-8000-000000000031'$$,
	$$VALUES ('{50000000-0000-4000-8000-000000000002}'::uuid[])$$, 'R3.2: the state records the disabled plan');
SELECT is((SELECT enabled_service_plans FROM license_mgmt.user_licenses WHERE user_id = 'a0000000-0000-4000-8000-000000000031'),
	'{BASE_SVC}'::text[], 'R3.2: GEO_SVC is not enabled');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000031', '60000000-0000-4000-8000-000000000001', '{}')$$,
	'R3.2: assigning the held product again');
SELECT results_eq($$SELECT assigned_by_group, state, disabled_plans FROM license_mgmt.license_assignment_states
					 WHERE user_id = 'a0000000-0000-4000-8000-000000000031'$$,
	$$VALUES (NULL::uuid, 'active'::text, '{}'::uuid[])$$, 'R3.2: assigning again replaces the disabled plans, one direct source');
SELECT is((SELECT enabled_service_plans FROM license_mgmt.user_licenses WHERE user_id = 'a0000000-0000-4000-8000-000000000031'),
	'{BASE_SVC,GEO_SVC}'::text[], 'R3.2: both plans are enabled now');
SELECT is((SELECT disabled_plans FROM license_mgmt.user_license_assignments WHERE user_id = 'a0000000-0000-4000-8000-000000000031'),
	'{}'::uuid[], 'R3.2: the intent holds the new options');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000013', 'BASE'), '5/1/4/0',
	'R3.2: re-assigning takes no second seat');
-- R5.2: disabling the plan not offered in CN avoids the violation
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000032', '60000000-0000-4000-8000-000000000001',
												  '{50000000-0000-4000-8000-000000000002}')$$,
	'R5.2: a user in CN gets BASE with GEO_SVC disabled');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000032', 'BASE'), 'direct=active', 'R5.2: active in CN');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000032', '60000000-0000-4000-8000-000000000001', '{}')$$,
	'23514', NULL, 'R3.2/R5.2: re-enabling GEO_SVC in CN is refused');
SELECT results_eq($$SELECT state, disabled_plans FROM license_mgmt.license_assignment_states
					 WHERE user_id = 'a0000000-0000-4000-8000-000000000032'$$,
	$$VALUES ('active'::text, '{50000000-0000-4000-8000-000000000002}'::uuid[])$$,
	'R3.2: a refused re-assignment keeps the previous options');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000013', 'BASE'), '5/2/3/0', 'S3: two seats in use');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S3');

------------------------------------------------------------------------------
-- S4: bulk assignment (R3.5)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000141', '60000000-0000-4000-8000-000000000001', 3),
	('10000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000142', '60000000-0000-4000-8000-000000000002', 5),
	('10000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000143', '60000000-0000-4000-8000-000000000003', 5),
	('10000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000144', '60000000-0000-4000-8000-000000000004', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location, deleted_at) VALUES
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000041', 'b1@s4', 'US', NULL),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000042', 'b2@s4', 'US', NULL),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000043', 'b3@s4', 'US', NULL),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000044', 'noloc@s4', NULL, NULL),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000045', 'gone@s4', 'US', now()),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000046', 'cn@s4', 'CN', NULL),
	('10000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000047', 'excl@s4', 'US', NULL);
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(ARRAY[
		'a0000000-0000-4000-8000-000000000043', 'affffff0-0000-4000-8000-000000000000',
		'a0000000-0000-4000-8000-000000000046', 'a0000000-0000-4000-8000-000000000041',
		'a0000000-0000-4000-8000-000000000045', 'a0000000-0000-4000-8000-000000000044',
		'a0000000-0000-4000-8000-000000000042', 'a0000000-0000-4000-8000-000000000041']::uuid[],
		'60000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('a0000000-0000-4000-8000-000000000043'::uuid, NULL::text),
			 ('affffff0-0000-4000-8000-000000000000', 'UnknownUser'),
			 ('a0000000-0000-4000-8000-000000000046', 'ProhibitedInUsageLocationViolation'),
			 ('a0000000-0000-4000-8000-000000000041', NULL),
			 ('a0000000-0000-4000-8000-000000000045', 'UnknownUser'),
			 ('a0000000-0000-4000-8000-000000000044', NULL),
			 ('a0000000-0000-4000-8000-000000000042', 'CountViolation')$$,
	'R3.5: one outcome per user, in the order given: unknown and soft-deleted ids UnknownUser, seats served in order until they run out');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000014', 'BASE'), '3/3/0/0', 'R3.5: three seats taken');
SELECT results_eq($$SELECT string_agg(u.user_principal_name, ',' ORDER BY u.user_principal_name)
					  FROM license_mgmt.user_license_assignments a JOIN license_mgmt.users u USING (tenant_id, user_id)
					 WHERE a.tenant_id = '10000000-0000-4000-8000-000000000014'$$,
	ARRAY['b1@s4,b3@s4,noloc@s4'], 'R3.5: only the users who got it have a direct assignment');
SELECT results_eq($$SELECT count(*)::integer FROM license_mgmt.license_assignment_states
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000014'$$, ARRAY[3],
	'R3.5: skipped users get no state');
SELECT is((SELECT usage_location FROM license_mgmt.users WHERE user_id = 'a0000000-0000-4000-8000-000000000044'),
	NULL, 'R3.5: the user without a usage location was judged with the tenant''s and its row is unchanged');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000044', 'BASE'), 'direct=active',
	'R3.5: the user without a usage location holds BASE');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(ARRAY[
		'a0000000-0000-4000-8000-000000000042', 'a0000000-0000-4000-8000-000000000043']::uuid[],
		'60000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('a0000000-0000-4000-8000-000000000042'::uuid, 'CountViolation'::text),
			 ('a0000000-0000-4000-8000-000000000043', NULL)$$,
	'R3.5: with no seat left, a user who already holds the product is assigned again, a new one is not');
SET LOCAL license_mgmt.tenant_id = '10000000-0000-4000-8000-000000000014';
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(ARRAY[
		'a0000000-0000-4000-8000-000000000051', 'a0000000-0000-4000-8000-000000000043']::uuid[],
		'60000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('a0000000-0000-4000-8000-000000000051'::uuid, 'UnknownUser'::text),
			 ('a0000000-0000-4000-8000-000000000043', NULL)$$,
	'R3.5: acting for a tenant, an id of another tenant is UnknownUser');
RESET license_mgmt.tenant_id;
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000014', 'BASE'), '3/3/0/0', 'R3.5: still three seats taken');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000047', '60000000-0000-4000-8000-000000000003')$$,
	'S4: excl@ holds EXCL_A');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(ARRAY[
		'a0000000-0000-4000-8000-000000000047', 'a0000000-0000-4000-8000-000000000041']::uuid[],
		'60000000-0000-4000-8000-000000000004')$$,
	$$VALUES ('a0000000-0000-4000-8000-000000000047'::uuid, 'MutuallyExclusiveViolation'::text),
			 ('a0000000-0000-4000-8000-000000000041', NULL)$$,
	'R3.5: a conflicting user is skipped with MutuallyExclusiveViolation, the others assigned');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(ARRAY[
		'a0000000-0000-4000-8000-000000000042', 'a0000000-0000-4000-8000-000000000041']::uuid[],
		'60000000-0000-4000-8000-000000000002')$$,
	$$VALUES ('a0000000-0000-4000-8000-000000000042'::uuid, 'DependencyViolation'::text),
			 ('a0000000-0000-4000-8000-000000000041', NULL)$$,
	'R3.5: a user lacking a required plan is skipped with DependencyViolation');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000047'), 'EXCL_A=active',
	'R7.2: the skipped user keeps the license it had');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000041'), 'ADDON=active, BASE=active, EXCL_B=active',
	'R3.5: b1 holds everything it was given');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S4');

------------------------------------------------------------------------------
-- S5: group assignment (R4.1-R4.8, R7.2)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000151', '60000000-0000-4000-8000-000000000001', 10),
	('10000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000152', '60000000-0000-4000-8000-000000000002', 10),
	('10000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000153', '60000000-0000-4000-8000-000000000003', 10),
	('10000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000154', '60000000-0000-4000-8000-000000000004', 10);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000051', 'm1@s5', 'US'),
	('10000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000052', 'm2@s5', 'CN'),
	('10000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000053', 'm3@s5', 'US'),
	('10000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000054', 'm4@s5', NULL),
	('10000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000055', 'm5@s5', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000015', '90000000-0000-4000-8000-000000000051', 'G5'),
	('10000000-0000-4000-8000-000000000015', '90000000-0000-4000-8000-000000000052', 'G5b');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT '10000000-0000-4000-8000-000000000015', '90000000-0000-4000-8000-000000000051', u
  FROM unnest('{a0000000-0000-4000-8000-000000000051, a0000000-0000-4000-8000-000000000052, a0000000-0000-4000-8000-000000000053,
				a0000000-0000-4000-8000-000000000054, a0000000-0000-4000-8000-000000000055}'::uuid[]) AS u;
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000053', '60000000-0000-4000-8000-000000000003')$$,
	'S5: m3 holds EXCL_A directly');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000004')),
	'(4,1)', 'R4.1/R4.2: EXCL_B to G5: 4 licensed, 1 failed');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000053', 'EXCL_B'), 'G5=error/MutuallyExclusiveViolation',
	'R4.2/R7.2: the member holding the excluded plan gets MutuallyExclusiveViolation');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000053', 'EXCL_A'), 'direct=active',
	'R7.2: the license the user already had stays');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000001')),
	'(4,1)', 'R4.2: BASE to G5: 4 licensed, 1 failed');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000052', 'BASE'), 'G5=error/ProhibitedInUsageLocationViolation',
	'R4.2/R5.2: the member in CN gets ProhibitedInUsageLocationViolation');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000054', 'BASE'), 'G5=active',
	'R4.4: the member without usage location is judged with the tenant''s (US)');
SELECT is((SELECT usage_location FROM license_mgmt.users WHERE user_id = 'a0000000-0000-4000-8000-000000000054'),
	NULL, 'R4.4: the user row is never changed');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000002')),
	'(4,1)', 'R4.2: ADDON to G5 (the group provides BASE_SVC): 4 licensed, 1 failed');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000052', 'ADDON'), 'G5=error/DependencyViolation',
	'R4.2/R7.1: the member without an active BASE gets DependencyViolation');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000052'), 'ADDON=error, BASE=error, EXCL_B=active',
	'R4.5: BASE failing for m2 does not block the group''s EXCL_B');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000053'), 'ADDON=active, BASE=active, EXCL_A=active, EXCL_B=error',
	'R4.5: EXCL_B failing for m3 does not block the group''s BASE and ADDON');
SELECT is((SELECT count(*)::integer FROM license_mgmt.license_assignment_states
			WHERE assigned_by_group = '90000000-0000-4000-8000-000000000051'), 15,
	'R4.1: every member has a state for each of the group''s 3 products');
SELECT results_eq($$SELECT sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups
					 WHERE group_id = '90000000-0000-4000-8000-000000000051' ORDER BY 1$$,
	$$VALUES ('ADDON'::text, 4, 1), ('BASE', 4, 1), ('EXCL_B', 4, 1)$$, 'R4.1: licensed_groups counts per product');
SELECT results_eq($$SELECT u.user_principal_name, p.sku_part_number, e.assigned_by_group, e.error
					 FROM license_mgmt.license_errors e JOIN license_mgmt.users u USING (tenant_id, user_id)
					 JOIN license_mgmt.products p USING (sku_id)
					WHERE e.tenant_id = '10000000-0000-4000-8000-000000000015' ORDER BY 1, 2$$,
	$$VALUES ('m2@s5'::text, 'ADDON'::text, '90000000-0000-4000-8000-000000000051'::uuid, 'DependencyViolation'::text),
			 ('m2@s5', 'BASE', '90000000-0000-4000-8000-000000000051', 'ProhibitedInUsageLocationViolation'),
			 ('m3@s5', 'EXCL_B', '90000000-0000-4000-8000-000000000051', 'MutuallyExclusiveViolation')$$,
	'R4.2: license_errors lists each member''s error');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000015', 'BASE'), '10/4/6/0', 'R2.6: BASE: 4 seats, the error takes none');
-- R4.8: assigning again changes the options for every member
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000001',
																			   '{50000000-0000-4000-8000-000000000002}')),
	'(5,0)', 'R4.8/R5.2: BASE to G5 again with GEO_SVC disabled: 5 licensed, 0 failed');
SELECT is((SELECT array_agg(DISTINCT disabled_plans::text) FROM license_mgmt.license_assignment_states
			WHERE assigned_by_group = '90000000-0000-4000-8000-000000000051' AND sku_id = '60000000-0000-4000-8000-000000000001'),
	'{"{50000000-0000-4000-8000-000000000002}"}'::text[], 'R4.8: every member''s BASE state has the new options');
SELECT is((SELECT disabled_plans FROM license_mgmt.licensed_groups
			WHERE group_id = '90000000-0000-4000-8000-000000000051' AND sku_part_number = 'BASE'),
	'{50000000-0000-4000-8000-000000000002}'::uuid[], 'R4.8: licensed_groups shows the new options');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000052', 'BASE'), 'G5=active',
	'R4.8/R5.2: m2 in CN gets BASE now that GEO_SVC is disabled');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000052', 'ADDON'), 'G5=active',
	'R7.1: m2''s ADDON is no longer missing BASE_SVC once BASE is active');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000015', 'BASE'), '10/5/5/0', 'R4.8: BASE: 5 seats');
-- R4.7: enabled plans are the union over active sources
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000052', '60000000-0000-4000-8000-000000000001')),
	'(0,0)', 'R4.1: BASE to the empty group G5b');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000015', '90000000-0000-4000-8000-000000000052', 'a0000000-0000-4000-8000-000000000051'),
	('10000000-0000-4000-8000-000000000015', '90000000-0000-4000-8000-000000000052', 'a0000000-0000-4000-8000-000000000052');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000051', 'BASE'), 'G5=active, G5b=active',
	'R4.6: m1 added to G5b gets its BASE');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000052', 'BASE'), 'G5=active, G5b=error/ProhibitedInUsageLocationViolation',
	'R4.6/R5.2: m2 in CN fails G5b''s BASE, which enables GEO_SVC');
SELECT results_eq($$SELECT user_principal_name, state, inherited_from, enabled_service_plans FROM license_mgmt.user_licenses
					 WHERE tenant_id = '10000000-0000-4000-8000-000000000015' AND sku_part_number = 'BASE'
					   AND user_principal_name IN ('m1@s5', 'm2@s5', 'm5@s5') ORDER BY 1$$,
	$$VALUES ('m1@s5'::text, 'active'::text, '{90000000-0000-4000-8000-000000000051,90000000-0000-4000-8000-000000000052}'::uuid[], '{BASE_SVC,GEO_SVC}'::text[]),
			 ('m2@s5', 'active', '{90000000-0000-4000-8000-000000000051,90000000-0000-4000-8000-000000000052}', '{BASE_SVC}'),
			 ('m5@s5', 'active', '{90000000-0000-4000-8000-000000000051}', '{BASE_SVC}')$$,
	'R4.7: a plan disabled by one group but enabled by another active source is enabled; sources in error add nothing');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000015', 'BASE'), '10/5/5/0', 'R2.2: a second group source takes no seat');
-- R4.6: a member removed loses the licenses without another source
DELETE FROM license_mgmt.group_members
 WHERE group_id = '90000000-0000-4000-8000-000000000051' AND member_id IN ('a0000000-0000-4000-8000-000000000051', 'a0000000-0000-4000-8000-000000000055');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000055'), '', 'R4.6: m5 removed from G5 loses everything');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-000000000051'), 'BASE=active', 'R4.6: m1 keeps BASE through G5b');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000015', 'BASE'), '10/4/6/0', 'R4.6: BASE: m5''s seat is free');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000015', 'EXCL_B'), '10/2/8/0', 'R4.6: EXCL_B: m1''s and m5''s seats are free');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S5');

------------------------------------------------------------------------------
-- S6: serving order and the waiting room (R4.3, R6.1), user lifecycle (R8)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000016', '20000000-0000-4000-8000-000000000161', '60000000-0000-4000-8000-000000000006', 2),
	('10000000-0000-4000-8000-000000000016', '20000000-0000-4000-8000-000000000162', '60000000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000061', 'w1@s6', 'US'),
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000062', 'w2@s6', 'US'),
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000063', 'w3@s6', 'US'),
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000064', 'w4@s6', 'US'),
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000065', 'w5@s6', 'US'),
	('10000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000066', 'w6@s6', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'G6');
-- membership order: w3 first, then w1 and w2 together, then w4 and w5 together
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000065', now() - interval '1 hour'),
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000064', now() - interval '1 hour'),
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000062', now() - interval '2 hours'),
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000061', now() - interval '2 hours'),
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000063', now() - interval '3 hours');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000061', '60000000-0000-4000-8000-000000000006')),
	'(2,3)', 'R4.3: SMALL (2 seats) to G6 of 5: 2 licensed, 3 failed');
SELECT results_eq($$SELECT u.user_principal_name, s.state, s.error FROM license_mgmt.license_assignment_states s
					 JOIN license_mgmt.users u USING (tenant_id, user_id)
					WHERE s.tenant_id = '10000000-0000-4000-8000-000000000016' AND s.sku_id = '60000000-0000-4000-8000-000000000006'
					ORDER BY 1$$,
	$$VALUES ('w1@s6'::text, 'active'::text, NULL::text), ('w2@s6', 'error', 'CountViolation'),
			 ('w3@s6', 'active', NULL), ('w4@s6', 'error', 'CountViolation'), ('w5@s6', 'error', 'CountViolation')$$,
	'R4.3: seats go in membership order, then user_id: w3, w1');
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE subscription_id = '20000000-0000-4000-8000-000000000161';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000062', 'SMALL'), 'G6=active',
	'R6.1: a seat bought goes to the first waiting in membership order (w2)');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000064', 'SMALL'), 'G6=error/CountViolation', 'R6.1: w4 still waits');
DELETE FROM license_mgmt.group_members
 WHERE group_id = '90000000-0000-4000-8000-000000000061' AND member_id = 'a0000000-0000-4000-8000-000000000063';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000063', 'SMALL'), '', 'R4.6: w3 removed from G6 loses SMALL');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000064', 'SMALL'), 'G6=active',
	'R6.1: the seat w3 freed goes to w4 (membership time, then user_id before w5)');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/3/0/0', 'R6.1: SMALL 3/3');
-- R8.1: soft delete suspends every state and frees the seats; intent and memberships stay
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000061', '60000000-0000-4000-8000-000000000001')$$,
	'S6: w1 also holds BASE directly');
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'a0000000-0000-4000-8000-000000000061';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000061', 'SMALL') || '; ' || pg_temp.states('a0000000-0000-4000-8000-000000000061', 'BASE'),
	'G6=suspended; direct=suspended', 'R8.1: every state of the soft-deleted user is suspended');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'BASE'), '5/0/5/0', 'R8.1: the BASE seat is free');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000065', 'SMALL'), 'G6=active', 'R8.1/R6.1: the freed SMALL seat goes to w5');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/3/0/0', 'R8.1: SMALL 3/3 with w5');
SELECT is((SELECT count(*)::integer FROM license_mgmt.group_members WHERE member_id = 'a0000000-0000-4000-8000-000000000061'),
	1, 'R8.1: the membership stays');
SELECT is((SELECT count(*)::integer FROM license_mgmt.user_license_assignments WHERE user_id = 'a0000000-0000-4000-8000-000000000061'),
	1, 'R8.1: the direct intent stays');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after a soft delete');
-- R8.2: restore comes back active even past the seat limit
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_id = 'a0000000-0000-4000-8000-000000000061';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000061', 'SMALL') || '; ' || pg_temp.states('a0000000-0000-4000-8000-000000000061', 'BASE'),
	'G6=active; direct=active', 'R8.2: the restored user''s states are active again');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/4/-1/0', 'R8.2: SMALL over-assigned, available -1');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'BASE'), '5/1/4/0', 'R8.2: BASE seat taken again');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after a restore');
-- R8.4: account_enabled changes nothing about licenses
CREATE TEMP TABLE s6_before AS
	SELECT s.* FROM license_mgmt.license_assignment_states s WHERE s.tenant_id = '10000000-0000-4000-8000-000000000016';
UPDATE license_mgmt.users SET account_enabled = false WHERE user_id = 'a0000000-0000-4000-8000-000000000062';
SELECT set_eq($$SELECT * FROM license_mgmt.license_assignment_states WHERE tenant_id = '10000000-0000-4000-8000-000000000016'$$,
	'SELECT * FROM s6_before', 'R8.4: disabling an account changes no license state');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/4/-1/0', 'R8.4: no seat changes');
-- R8.3: hard delete removes states, intent and memberships, frees seats, serves the waiting room
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000016', '90000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000066');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000066', 'SMALL'), 'G6=error/CountViolation', 'R9.4: w6 added while over-assigned waits');
DELETE FROM license_mgmt.users WHERE user_id = 'a0000000-0000-4000-8000-000000000065';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/3/0/0', 'R8.3: deleting w5 frees its seat (still no seat free)');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000066', 'SMALL'), 'G6=error/CountViolation', 'R8.3: w6 still waits at 3/3');
DELETE FROM license_mgmt.users WHERE user_id = 'a0000000-0000-4000-8000-000000000061';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000066', 'SMALL'), 'G6=active', 'R8.3/R6.1: deleting w1 frees a seat for w6');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'SMALL'), '3/3/0/0', 'R8.3: SMALL 3/3');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000016', 'BASE'), '5/0/5/0', 'R8.3: w1''s BASE seat is free');
SELECT is((SELECT count(*)::integer FROM license_mgmt.license_assignment_states WHERE user_id = 'a0000000-0000-4000-8000-000000000061')
		+ (SELECT count(*)::integer FROM license_mgmt.user_license_assignments WHERE user_id = 'a0000000-0000-4000-8000-000000000061')
		+ (SELECT count(*)::integer FROM license_mgmt.group_members WHERE member_id = 'a0000000-0000-4000-8000-000000000061'),
	0, 'R8.3: the deleted user''s states, assignments and memberships are gone');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S6');

------------------------------------------------------------------------------
-- S7: group removal (R4.9, R4.10)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000017', '20000000-0000-4000-8000-000000000171', '60000000-0000-4000-8000-000000000001', 5),
	('10000000-0000-4000-8000-000000000017', '20000000-0000-4000-8000-000000000172', '60000000-0000-4000-8000-000000000002', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000017', 'a0000000-0000-4000-8000-000000000071', 'd1@s7', 'US'),
	('10000000-0000-4000-8000-000000000017', 'a0000000-0000-4000-8000-000000000072', 'd2@s7', 'US'),
	('10000000-0000-4000-8000-000000000017', 'a0000000-0000-4000-8000-000000000073', 'd3@s7', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000017', '90000000-0000-4000-8000-000000000071', 'G7');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT '10000000-0000-4000-8000-000000000017', '90000000-0000-4000-8000-000000000071', u
  FROM unnest('{a0000000-0000-4000-8000-000000000071, a0000000-0000-4000-8000-000000000072, a0000000-0000-4000-8000-000000000073}'::uuid[]) AS u;
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000071', '60000000-0000-4000-8000-000000000001')),
	'(3,0)', 'S7: BASE to G7: 3 licensed');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000071', '60000000-0000-4000-8000-000000000002')$$,
	'S7: d1 gets ADDON directly (BASE_SVC from G7)');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000072', '60000000-0000-4000-8000-000000000001')$$,
	'S7: d2 also holds BASE directly');
SELECT throws_ok($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000071'$$,
	'23001', NULL, 'R4.9: G7 cannot be deleted while it has license assignments');
SELECT lives_ok($$SELECT license_mgmt.remove_group_license('90000000-0000-4000-8000-000000000071', '60000000-0000-4000-8000-000000000001')$$,
	'R4.10: removing G7''s BASE');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000073', 'BASE'), '', 'R4.10: d3 (no other source) loses BASE');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000072', 'BASE'), 'direct=active', 'R4.10: d2 keeps BASE directly');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000071', 'BASE'), '', 'R4.10: d1 loses BASE');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000071', 'ADDON'), 'direct=active_with_error/DependencyViolation',
	'R4.10: d1''s ADDON, now without BASE_SVC, is active_with_error / DependencyViolation');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000017', 'BASE'), '5/1/4/0', 'R4.10: BASE seats of d1 and d3 are free');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000017', 'ADDON'), '5/1/4/0', 'R4.10: d1 keeps its ADDON seat');
SELECT is((SELECT count(*)::integer FROM license_mgmt.licensed_groups WHERE group_id = '90000000-0000-4000-8000-000000000071'),
	0, 'R4.10: the group''s intent is gone');
SELECT is((SELECT count(*)::integer FROM license_mgmt.license_errors WHERE user_id = 'a0000000-0000-4000-8000-000000000071'),
	1, 'R4.10: the DependencyViolation shows in license_errors');
SELECT lives_ok($$DELETE FROM license_mgmt.groups WHERE group_id = '90000000-0000-4000-8000-000000000071'$$,
	'R4.9: without license assignments G7 can be deleted');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S7');

------------------------------------------------------------------------------
-- S8: changing a user's usage location (R5.3)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000018', '20000000-0000-4000-8000-000000000181', '60000000-0000-4000-8000-000000000001', 2);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000018', 'a0000000-0000-4000-8000-000000000081', 'l1@s8', 'US'),
	('10000000-0000-4000-8000-000000000018', 'a0000000-0000-4000-8000-000000000082', 'l2@s8', 'US'),
	('10000000-0000-4000-8000-000000000018', 'a0000000-0000-4000-8000-000000000083', 'l3@s8', 'CN');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000018', '90000000-0000-4000-8000-000000000081', 'G8');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000081', '60000000-0000-4000-8000-000000000001')$$,
	'S8: l1 gets BASE directly');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000018', '90000000-0000-4000-8000-000000000081', 'a0000000-0000-4000-8000-000000000082'),
	('10000000-0000-4000-8000-000000000018', '90000000-0000-4000-8000-000000000081', 'a0000000-0000-4000-8000-000000000083');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000081', '60000000-0000-4000-8000-000000000001')),
	'(1,1)', 'S8: BASE to G8: l2 licensed, l3 (CN) failed');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '2/2/0/0', 'S8: BASE 2/2');
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE user_id = 'a0000000-0000-4000-8000-000000000081';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000081', 'BASE'), 'direct=error/ProhibitedInUsageLocationViolation',
	'R5.3: a license that becomes prohibited goes to error');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '2/1/1/0', 'R5.3: and frees its seat');
UPDATE license_mgmt.users SET usage_location = 'US' WHERE user_id = 'a0000000-0000-4000-8000-000000000083';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000083', 'BASE'), 'G8=active', 'R5.3: an error clears when the location allows it');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '2/2/0/0', 'R5.3: l3 took the free seat');
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE user_id = 'a0000000-0000-4000-8000-000000000081';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000081', 'BASE'), 'direct=error/CountViolation',
	'R5.3/R2.5: l1''s location error clears, but no seat is left: CountViolation');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '2/2/0/0', 'R2.5: never above total');
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE subscription_id = '20000000-0000-4000-8000-000000000181';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000081', 'BASE'), 'direct=active', 'R6.1: l1 served when a seat is bought');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '3/3/0/0', 'S8: BASE 3/3');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000018', 'a0000000-0000-4000-8000-000000000084', 'l4@s8', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000018', '90000000-0000-4000-8000-000000000081', 'a0000000-0000-4000-8000-000000000084');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000084', 'BASE'), 'G8=error/CountViolation', 'R4.6: l4 joins G8 with no seat left');
SELECT lives_ok($$SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-000000000081', '60000000-0000-4000-8000-000000000001')$$,
	'R3.3: removing l1''s direct BASE');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000084', 'BASE'), 'G8=active', 'R6.1: the seat l1 freed goes to l4');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000018', 'BASE'), '3/3/0/0', 'R6.1: BASE 3/3');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S8');

------------------------------------------------------------------------------
-- S9: subscription lifecycle (R9.1, R9.2, R9.3)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES
	('10000000-0000-4000-8000-000000000019', '20000000-0000-4000-8000-000000000191', '60000000-0000-4000-8000-000000000001', 3, 'enabled', now() - interval '1 day');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000019', 'a0000000-0000-4000-8000-000000000091', 'v1@s9', 'US'),
	('10000000-0000-4000-8000-000000000019', 'a0000000-0000-4000-8000-000000000092', 'v2@s9', 'US'),
	('10000000-0000-4000-8000-000000000019', 'a0000000-0000-4000-8000-000000000093', 'v3@s9', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-000000000019', '90000000-0000-4000-8000-000000000091', 'G9');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000019', '90000000-0000-4000-8000-000000000091', 'a0000000-0000-4000-8000-000000000093');
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000091', '60000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000092', '60000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_group_license('90000000-0000-4000-8000-000000000091', '60000000-0000-4000-8000-000000000001');
END $$;
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '3/3/0/3',
	'S9: BASE 3/3, the overdue enabled subscription is expiring soon');
SELECT is(license_mgmt.advance_subscriptions(now()), 1, 'R9.2: the one due subscription moves');
SELECT results_eq($$SELECT status, next_lifecycle_at FROM license_mgmt.subscriptions WHERE subscription_id = '20000000-0000-4000-8000-000000000191'$$,
	$$VALUES ('warning'::text, now() + interval '30 days')$$, 'R9.2: enabled -> warning, next step in 30 days');
SELECT is(license_mgmt.advance_subscriptions(now()), 0, 'R9.2: nothing more is due at the same time');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '3/3/0/3', 'R9.1: warning seats still count, and are expiring soon');
SELECT results_eq($$SELECT string_agg(state, ',') FROM license_mgmt.user_licenses WHERE tenant_id = '10000000-0000-4000-8000-000000000019'$$,
	ARRAY['active,active,active'], 'R9.1: in grace every license stays active');
SELECT is(license_mgmt.advance_subscriptions(now() + interval '31 days'), 1, 'R9.2: a month later it moves again');
SELECT results_eq($$SELECT status, next_lifecycle_at FROM license_mgmt.subscriptions WHERE subscription_id = '20000000-0000-4000-8000-000000000191'$$,
	$$VALUES ('suspended'::text, now() + interval '121 days')$$, 'R9.2: warning -> suspended, next step 90 days later');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '0/0/0/0', 'R9.1/R2.0: no usable seats: a row of zeros');
SELECT results_eq($$SELECT DISTINCT state, error FROM license_mgmt.license_assignment_states WHERE tenant_id = '10000000-0000-4000-8000-000000000019'$$,
	$$VALUES ('disabled'::text, NULL::text)$$, 'R9.3: every state of the product is disabled');
SELECT results_eq($$SELECT count(*)::integer FROM license_mgmt.license_assignment_states WHERE tenant_id = '10000000-0000-4000-8000-000000000019'$$,
	ARRAY[3], 'R9.3: the three sources keep their state rows');
SELECT results_eq($$SELECT (SELECT count(*)::integer FROM license_mgmt.user_license_assignments WHERE tenant_id = '10000000-0000-4000-8000-000000000019')
						 + (SELECT count(*)::integer FROM license_mgmt.licensed_groups WHERE tenant_id = '10000000-0000-4000-8000-000000000019')$$,
	ARRAY[3], 'R9.3: intent kept (2 direct, 1 group)');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-000000000093', '60000000-0000-4000-8000-000000000001')$$,
	'23514', NULL, 'R9.3: no new assignment is accepted');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-000000000019', 'a0000000-0000-4000-8000-000000000094', 'v4@s9', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-000000000019', '90000000-0000-4000-8000-000000000091', 'a0000000-0000-4000-8000-000000000094');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-000000000094', 'BASE'), 'G9=disabled',
	'R9.3: a member added while the product has no seats gets a disabled state');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '0/0/0/0', 'R2.6: disabled takes no seat');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty while disabled');
SELECT is(license_mgmt.advance_subscriptions(now() + interval '200 days'), 1, 'R9.2: 90 days later it moves to deleted');
SELECT results_eq($$SELECT status, next_lifecycle_at FROM license_mgmt.subscriptions WHERE subscription_id = '20000000-0000-4000-8000-000000000191'$$,
	$$VALUES ('deleted'::text, NULL::timestamptz)$$, 'R9.2: suspended -> deleted, no next step');
SELECT is(license_mgmt.advance_subscriptions(now() + interval '10 years'), 0, 'R9.2: a deleted subscription never moves');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '0/0/0/0', 'R2.0: a product with only deleted seats still shows');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-000000000019', '20000000-0000-4000-8000-000000000192', '60000000-0000-4000-8000-000000000001', 5);
SELECT results_eq($$SELECT DISTINCT state, error FROM license_mgmt.license_assignment_states WHERE tenant_id = '10000000-0000-4000-8000-000000000019'$$,
	$$VALUES ('active'::text, NULL::text)$$, 'R9.3: the licenses come back when seats do');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-000000000019', 'BASE'), '5/4/1/0', 'R9.3: BASE 5/4 (v1, v2, v3, v4)');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S9');
-- R9.2: with license_mgmt.tenant_id set, advance_subscriptions acts in that tenant only
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000019b', 'S9 another tenant', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, next_lifecycle_at) VALUES
	('10000000-0000-4000-8000-00000000019b', '20000000-0000-4000-8000-00000000019b', '60000000-0000-4000-8000-000000000001', 1, now() - interval '1 day');
UPDATE license_mgmt.subscriptions SET next_lifecycle_at = now() - interval '1 day'
 WHERE subscription_id = '20000000-0000-4000-8000-000000000192';
SET LOCAL license_mgmt.tenant_id = '10000000-0000-4000-8000-00000000019b';
SELECT is(license_mgmt.advance_subscriptions(now()), 1, 'R9.2: with license_mgmt.tenant_id set, the one due subscription of that tenant moves');
SELECT is((SELECT string_agg(status, ',' ORDER BY subscription_id) FROM license_mgmt.subscriptions
			WHERE subscription_id IN ('20000000-0000-4000-8000-000000000192', '20000000-0000-4000-8000-00000000019b')),
	'enabled,warning', 'R9.2: the other tenant''s due subscription does not');
RESET license_mgmt.tenant_id;
SELECT is(license_mgmt.advance_subscriptions(now()), 1, 'R9.2: without the setting, the owner moves what is due in every tenant');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after advancing by tenant');

------------------------------------------------------------------------------
-- S10: the tenant's usage location for bulk and group sources (R3.5, R4.4, R5.1, R5.3)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-00000000001a', '20000000-0000-4000-8000-0000000001a1', '60000000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001a', 'a0000000-0000-4000-8000-0000000000a1', 'c1@s10', NULL),
	('10000000-0000-4000-8000-00000000001a', 'a0000000-0000-4000-8000-0000000000a2', 'c2@s10', 'US'),
	('10000000-0000-4000-8000-00000000001a', 'a0000000-0000-4000-8000-0000000000a3', 'c3@s10', NULL);
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-00000000001a', '90000000-0000-4000-8000-0000000000a1', 'G10');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(
		'{a0000000-0000-4000-8000-0000000000a1, a0000000-0000-4000-8000-0000000000a2}', '60000000-0000-4000-8000-000000000001')$$,
	$$VALUES ('a0000000-0000-4000-8000-0000000000a1'::uuid, 'ProhibitedInUsageLocationViolation'::text),
			 ('a0000000-0000-4000-8000-0000000000a2', NULL)$$,
	'R3.5: a bulk user without location is judged with the tenant''s (CN): GEO_SVC is prohibited');
SELECT results_eq($$SELECT user_id, error FROM license_mgmt.assign_user_licenses(
		'{a0000000-0000-4000-8000-0000000000a1}', '60000000-0000-4000-8000-000000000001', '{50000000-0000-4000-8000-000000000002}')$$,
	$$VALUES ('a0000000-0000-4000-8000-0000000000a1'::uuid, NULL::text)$$,
	'R3.5/R5.2: with GEO_SVC disabled the same user gets it');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001a', '90000000-0000-4000-8000-0000000000a1', 'a0000000-0000-4000-8000-0000000000a3'),
	('10000000-0000-4000-8000-00000000001a', '90000000-0000-4000-8000-0000000000a1', 'a0000000-0000-4000-8000-0000000000a2');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000a1', '60000000-0000-4000-8000-000000000001')),
	'(1,1)', 'R4.4: BASE to G10: c2 (US) licensed, c3 (no location, tenant CN) failed');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000a3', 'BASE'), 'G10=error/ProhibitedInUsageLocationViolation',
	'R4.4/R5.1: the group source is judged at the tenant''s location');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001a', 'BASE'), '5/2/3/0', 'S10: BASE 5/2');
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = '10000000-0000-4000-8000-00000000001a';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000a3', 'BASE'), 'G10=active',
	'R5.3/R4.4: moving the tenant to US clears the error of the member without location');
SELECT is((SELECT usage_location FROM license_mgmt.users WHERE user_id = 'a0000000-0000-4000-8000-0000000000a3'),
	NULL, 'R4.4: the user row is never changed');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001a', 'BASE'), '5/3/2/0', 'S10: BASE 5/3');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S10');

------------------------------------------------------------------------------
-- S11: nested groups (R4.11)
------------------------------------------------------------------------------

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001b', 'S11 nesting', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-00000000001b', '20000000-0000-4000-8000-0000000001b1', '60000000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001b', 'a0000000-0000-4000-8000-0000000000b1', 'n1@s11', 'US'),
	('10000000-0000-4000-8000-00000000001b', 'a0000000-0000-4000-8000-0000000000b2', 'n2@s11', 'US'),
	('10000000-0000-4000-8000-00000000001b', 'a0000000-0000-4000-8000-0000000000b3', 'n3@s11', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b1', 'Outer'),
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b2', 'Inner'),
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b3', 'Deep');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b1', 'a0000000-0000-4000-8000-0000000000b2'),
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b1', '90000000-0000-4000-8000-0000000000b2'),
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b2', 'a0000000-0000-4000-8000-0000000000b1'),
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b2', '90000000-0000-4000-8000-0000000000b3');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000b1', '60000000-0000-4000-8000-000000000001')),
	'(1,0)', 'R4.11: without nesting only the user member of Outer inherits');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000b1', 'BASE'), '', 'R4.11: n1 (in Inner) does not inherit by default');
UPDATE license_mgmt.tenants SET nested_group_licensing = true WHERE tenant_id = '10000000-0000-4000-8000-00000000001b';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000b1', 'BASE'), 'Outer=active', 'R4.11: turning nesting on: n1 inherits from Outer');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b3', 'a0000000-0000-4000-8000-0000000000b3');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000b3', 'BASE'), 'Outer=active', 'R4.11/R4.6: n3 added to Deep inherits from Outer at depth 3');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001b', 'BASE'), '5/3/2/0', 'R4.11: BASE 5/3');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty with nesting on');
DELETE FROM license_mgmt.group_members
 WHERE group_id = '90000000-0000-4000-8000-0000000000b1' AND member_id = '90000000-0000-4000-8000-0000000000b2';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000b1', 'BASE') || ';' || pg_temp.states('a0000000-0000-4000-8000-0000000000b3', 'BASE'),
	';', 'R4.6/R4.11: Inner leaving Outer takes BASE from n1 and n3');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001b', 'BASE'), '5/1/4/0', 'R4.6: their seats are free');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001b', '90000000-0000-4000-8000-0000000000b1', '90000000-0000-4000-8000-0000000000b2');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001b', 'BASE'), '5/3/2/0', 'R4.11: Inner back in Outer: BASE 5/3');
UPDATE license_mgmt.tenants SET nested_group_licensing = false WHERE tenant_id = '10000000-0000-4000-8000-00000000001b';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000b1', 'BASE') || ';' || pg_temp.states('a0000000-0000-4000-8000-0000000000b3', 'BASE'),
	';', 'R4.11: turning nesting off takes the inherited-through-nesting licenses away');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001b', 'BASE'), '5/1/4/0', 'R4.11: BASE 5/1');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S11');

------------------------------------------------------------------------------
-- S12: an add-on whose product id sorts before the product it needs: its
-- state follows the required plan through lifecycle changes (R7.1, R8.2,
-- R9.3, R6.2).  EARLY_ADDON (ADDON_SVC, needs BASE_SVC) sorts before BASE.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('60000000-0000-4000-8000-000000000000', 'EARLY_ADDON', 'Add-on sorting first');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('60000000-0000-4000-8000-000000000000', '50000000-0000-4000-8000-000000000003');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001c', 'S12 add-on lifecycle', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-00000000001c', '20000000-0000-4000-8000-0000000001c1', '60000000-0000-4000-8000-000000000001', 5),
	('10000000-0000-4000-8000-00000000001c', '20000000-0000-4000-8000-0000000001c2', '60000000-0000-4000-8000-000000000000', 1);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001c', 'a0000000-0000-4000-8000-0000000000c1', 'e1@s12', 'US'),
	('10000000-0000-4000-8000-00000000001c', 'a0000000-0000-4000-8000-0000000000c2', 'e2@s12', 'US');
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000c1', '60000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000c1', '60000000-0000-4000-8000-000000000000');
	PERFORM license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000c2', '60000000-0000-4000-8000-000000000001');
END $$;
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000c1'), 'BASE=active, EARLY_ADDON=active', 'S12: e1 holds BASE and EARLY_ADDON');
-- R9.3: both products lose their seats, then get them back in one statement
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = '10000000-0000-4000-8000-00000000001c';
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000c1'), 'BASE=disabled, EARLY_ADDON=disabled', 'R9.3: both disabled');
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = '10000000-0000-4000-8000-00000000001c';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000c1', 'EARLY_ADDON'), 'direct=active',
	'R9.3/R7.1: seats back for both: the add-on comes back active, its required plan is active again');
SELECT lives_ok($$SELECT license_mgmt.reprocess_user('a0000000-0000-4000-8000-0000000000c1')$$, 'R6.2: reprocess_user');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000c1'), 'BASE=active, EARLY_ADDON=active',
	'R6.2: after reprocessing both are active');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001c', 'EARLY_ADDON'), '1/1/0/0', 'S12: EARLY_ADDON 1/1');
-- R7.1: the required product alone loses its seats
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE subscription_id = '20000000-0000-4000-8000-0000000001c1';
SELECT is((SELECT error FROM license_mgmt.license_assignment_states
			WHERE user_id = 'a0000000-0000-4000-8000-0000000000c1' AND sku_id = '60000000-0000-4000-8000-000000000000'),
	'DependencyViolation', 'R7.1: with BASE disabled, no active source enables BASE_SVC: the add-on has DependencyViolation');
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE subscription_id = '20000000-0000-4000-8000-0000000001c1';
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000c1'), 'BASE=active, EARLY_ADDON=active',
	'R9.3: BASE back: both active');
-- R8.2: restore over-assigns the add-on too
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'a0000000-0000-4000-8000-0000000000c1';
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001c', 'EARLY_ADDON'), '1/0/1/0', 'R8.1: e1''s add-on seat is free');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000c2', '60000000-0000-4000-8000-000000000000')$$,
	'S12: e2 takes the add-on seat');
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_id = 'a0000000-0000-4000-8000-0000000000c1';
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000c1'), 'BASE=active, EARLY_ADDON=active',
	'R8.2: the restored user''s add-on comes back active too');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001c', 'EARLY_ADDON'), '1/2/-1/0',
	'R8.2: EARLY_ADDON over-assigned, available -1');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S12');

------------------------------------------------------------------------------
-- S13: seats exactly enough for a group, and one short (R4.3, R2.5): the
-- judgement skips the serving order only when every candidate surely fits
------------------------------------------------------------------------------

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000001d', 'S13 exact fit', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-00000000001d', '60000000-0000-4000-8000-000000000001', 3);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name)
SELECT '10000000-0000-4000-8000-00000000001d', format('a0000000-0000-4000-8000-0000000000d%s', i)::uuid, format('x%s@s13', i)
  FROM generate_series(1, 4) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d1', 'GX'),
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d2', 'GY');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d1', 'a0000000-0000-4000-8000-0000000000d1'),
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d1', 'a0000000-0000-4000-8000-0000000000d2'),
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d1', 'a0000000-0000-4000-8000-0000000000d3'),
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d2', 'a0000000-0000-4000-8000-0000000000d1'),
	('10000000-0000-4000-8000-00000000001d', '90000000-0000-4000-8000-0000000000d2', 'a0000000-0000-4000-8000-0000000000d4');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000d1', '60000000-0000-4000-8000-000000000001')),
	'(3,0)', 'R4.3: 3 seats to a group of 3: every member licensed');
SELECT is((SELECT (licensed, failed)::text FROM license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000d2', '60000000-0000-4000-8000-000000000001')),
	'(1,1)', 'R2.5: no seat left: x1 holds it already through GX, x4 fails');
SELECT is(pg_temp.licenses('a0000000-0000-4000-8000-0000000000d4'), 'BASE=error',
	'R4.3: x4 waits with CountViolation');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001d', 'BASE'), '3/3/0/0', 'R2.5: BASE 3/3, never more');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S13');

------------------------------------------------------------------------------
-- S14: a subtree attached under a licensed group (R4.11, R2.2, R4.3): users
-- who hold the product another way take no second seat, users with no row
-- of a product are judged without looking for one, and seats one short
-- leave the last in serving order waiting
------------------------------------------------------------------------------

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES
	('10000000-0000-4000-8000-00000000001e', 'S14 subtree', 'US', true);
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('10000000-0000-4000-8000-00000000001e', '60000000-0000-4000-8000-000000000001', 4), ('10000000-0000-4000-8000-00000000001e', '60000000-0000-4000-8000-000000000006', 3);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT '10000000-0000-4000-8000-00000000001e', format('a0000000-0000-4000-8000-0000000000e%s', i)::uuid, format('y%s@s14', i), 'US'
  FROM generate_series(1, 4) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e1', 'Root'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e2', 'Side'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e3', 'Sub'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e4', 'Leaf');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e2', 'a0000000-0000-4000-8000-0000000000e2'),
	('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e3', 'a0000000-0000-4000-8000-0000000000e1'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e3', '90000000-0000-4000-8000-0000000000e4'),
	('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e4', 'a0000000-0000-4000-8000-0000000000e2'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e4', 'a0000000-0000-4000-8000-0000000000e3'), ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e4', 'a0000000-0000-4000-8000-0000000000e4');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000e1', '60000000-0000-4000-8000-000000000001');
SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000e2', '60000000-0000-4000-8000-000000000001');
SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000e1', '60000000-0000-4000-8000-000000000001');
SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000e1', '60000000-0000-4000-8000-000000000006');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'BASE') || ' ' || pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'SMALL'), '4/2/2/0 3/0/3/0',
	'R2.2: before the attach y1 holds BASE directly, y2 through Side');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES ('10000000-0000-4000-8000-00000000001e', '90000000-0000-4000-8000-0000000000e1', '90000000-0000-4000-8000-0000000000e3');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000e1', 'BASE'), 'direct=active, Root=active', 'R4.11: y1 (in Sub) inherits BASE from Root beside its direct license');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000e2', 'BASE'), 'Root=active, Side=active', 'R4.11: y2 (in Leaf under Sub) inherits BASE from Root beside Side');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000e3', 'BASE') || ' ' || pg_temp.states('a0000000-0000-4000-8000-0000000000e4', 'BASE'), 'Root=active Root=active',
	'R4.11: y3 and y4 (in Leaf) inherit BASE at depth 3');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'BASE'), '4/4/0/0', 'R2.2: one seat per user: y1 and y2 take no second seat');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'SMALL'), '3/3/0/0', 'R2.5: SMALL 3/3, never more');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000e4', 'SMALL'), 'Root=error/CountViolation',
	'R4.3: memberships of the same moment are served in user id order: y4 waits');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after the attach');
DELETE FROM license_mgmt.group_members WHERE tenant_id = '10000000-0000-4000-8000-00000000001e' AND group_id = '90000000-0000-4000-8000-0000000000e1' AND member_id = '90000000-0000-4000-8000-0000000000e3';
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000e1', 'BASE') || '; ' || pg_temp.states('a0000000-0000-4000-8000-0000000000e2', 'BASE') || '; ' || pg_temp.states('a0000000-0000-4000-8000-0000000000e4', 'SMALL'),
	'direct=active; Side=active; ', 'R4.6/R4.11: detaching Sub leaves only the other sources');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'BASE') || ' ' || pg_temp.seats('10000000-0000-4000-8000-00000000001e', 'SMALL'), '4/2/2/0 3/0/3/0', 'R4.6: the seats Root gave are free');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S14');

------------------------------------------------------------------------------
-- S15: single direct calls of a product no plan rule touches work in a seat
-- reserve, their seat claimed when the reserve is taken (R2.2, R2.5, R3.1,
-- R3.3): a claim not needed (the user holds the product another way, or
-- already holds it directly) or refused is given back, never counted twice
------------------------------------------------------------------------------

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES ('10000000-0000-4000-8000-00000000001f', 'S15 reserves', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES ('10000000-0000-4000-8000-00000000001f', '60000000-0000-4000-8000-000000000006', 3);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT '10000000-0000-4000-8000-00000000001f', format('a0000000-0000-4000-8000-0000000000f%s', i)::uuid, format('z%s@s15', i), 'US'
  FROM generate_series(1, 4) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES ('10000000-0000-4000-8000-00000000001f', '90000000-0000-4000-8000-0000000000f1', 'Team');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES ('10000000-0000-4000-8000-00000000001f', '90000000-0000-4000-8000-0000000000f1', 'a0000000-0000-4000-8000-0000000000f1');
SELECT license_mgmt.assign_group_license('90000000-0000-4000-8000-0000000000f1', '60000000-0000-4000-8000-000000000006');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f1', '60000000-0000-4000-8000-000000000006');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000f1', 'SMALL') || ' ' || pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL'), 'direct=active, Team=active 3/1/2/0',
	'R2.2: a direct assignment of a user holding the product through a group takes no second seat');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f2', '60000000-0000-4000-8000-000000000006');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f2', '60000000-0000-4000-8000-000000000006');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL'), '3/2/1/0', 'R3.2: assigning again takes no second seat');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f3', '60000000-0000-4000-8000-000000000006', ARRAY['50000000-0000-4000-8000-000000000001'::uuid])$$,
	'23514', NULL, 'R3.2: a disabled plan outside the product is refused after a seat was claimed');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL') || ' ' || pg_temp.states('a0000000-0000-4000-8000-0000000000f3', 'SMALL'), '3/2/1/0 ', 'R2.5: the refused call claimed nothing');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f3', '60000000-0000-4000-8000-000000000006');
SELECT throws_ok($$SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f4', '60000000-0000-4000-8000-000000000006')$$, '23514', NULL, 'R2.5: the fourth user finds no seat');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL'), '3/3/0/0', 'R2.5: 3/3, never more');
SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-0000000000f1', '60000000-0000-4000-8000-000000000006');
SELECT is(pg_temp.states('a0000000-0000-4000-8000-0000000000f1', 'SMALL') || ' ' || pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL'), 'Team=active 3/3/0/0',
	'R3.3: removing the direct source of a user who inherits the product frees no seat');
SELECT license_mgmt.remove_user_license('a0000000-0000-4000-8000-0000000000f2', '60000000-0000-4000-8000-000000000006');
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-0000000000f4', '60000000-0000-4000-8000-000000000006');
SELECT is(pg_temp.seats('10000000-0000-4000-8000-00000000001f', 'SMALL') || ' ' || pg_temp.states('a0000000-0000-4000-8000-0000000000f2', 'SMALL') || pg_temp.states('a0000000-0000-4000-8000-0000000000f4', 'SMALL'), '3/3/0/0 direct=active',
	'R3.3/R2.5: a removal frees its seat, the next assignment takes it');
SELECT is((SELECT sum(used)::int FROM license_mgmt.seat_reserves WHERE tenant_id = '10000000-0000-4000-8000-00000000001f')
		  + (SELECT assigned - sum_quota FROM license_mgmt.seat_counters c,
				LATERAL (SELECT COALESCE(sum(quota), 0)::int AS sum_quota FROM license_mgmt.seat_reserves r
						  WHERE r.tenant_id = c.tenant_id AND r.sku_id = c.sku_id) q
			  WHERE c.tenant_id = '10000000-0000-4000-8000-00000000001f' AND c.sku_id = '60000000-0000-4000-8000-000000000006'),
	3, 'R2.2: the counter and its reserves hold exactly the 3 seats in use');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after S15');

SELECT * FROM finish();
ROLLBACK;
