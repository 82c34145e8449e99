-- Reports people read (issue 23): the views show names beside ids.  The
-- disabled plans' names in license_assignment_states and licensed_groups
-- (in the order of the ids; a name two plans share followed by the plan's
-- id, R1.3; null for an id the catalog lost); the user's, product's and
-- group's names in license_errors, the product's in licensed_groups; and
-- license_details, Microsoft Graph's licenseDetails: one row per user and
-- product, Graph's field names, each service plan's provisioningStatus
-- (Success, Disabled, PendingActivation), read through row-level security
-- (R10.3) and by an index lookup for one user.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(40);

------------------------------------------------------------------------------
-- Fixture.  TAP_RV_SHARED names two plans (as Microsoft's catalog names
-- PROJECT_ESSENTIALS twice).  SUITE has 2 seats: Ann holds it directly
-- without SHARED#2 and EXTRA, Ben directly without EXTRA and through
-- Reporters without SHARED#2, Cy through Reporters waits for a seat.  GEO's
-- plan TAP_RV_GEO is not offered in CN: Fiona moves there (an error of her
-- direct source); Dee is soft-deleted (suspended).  LAPSE's subscription
-- is suspended: Eve's license, without EXTRA, is disabled.  Tenant B holds
-- SUITE for Gus.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES
	('5e000000-0000-4000-8000-000000000001', 'TAP_RV_CORE', '{}'),
	('5e000000-0000-4000-8000-000000000002', 'TAP_RV_SHARED', '{}'),
	('5e000000-0000-4000-8000-000000000003', 'TAP_RV_SHARED', '{}'),
	('5e000000-0000-4000-8000-000000000004', 'TAP_RV_EXTRA', '{}'),
	('5e000000-0000-4000-8000-000000000005', 'TAP_RV_GEO', '{CN}');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('6e000000-0000-4000-8000-000000000001', 'TAP_RV_SUITE', 'Report suite'),
	('6e000000-0000-4000-8000-000000000002', 'TAP_RV_GEO', 'Report geo'),
	('6e000000-0000-4000-8000-000000000003', 'TAP_RV_LAPSE', 'Report lapse'),
	('6e000000-0000-4000-8000-000000000004', 'TAP_RV_BULK', 'Report bulk');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('6e000000-0000-4000-8000-000000000001', '5e000000-0000-4000-8000-000000000001'),
	('6e000000-0000-4000-8000-000000000001', '5e000000-0000-4000-8000-000000000002'),
	('6e000000-0000-4000-8000-000000000001', '5e000000-0000-4000-8000-000000000003'),
	('6e000000-0000-4000-8000-000000000001', '5e000000-0000-4000-8000-000000000004'),
	('6e000000-0000-4000-8000-000000000002', '5e000000-0000-4000-8000-000000000001'),
	('6e000000-0000-4000-8000-000000000002', '5e000000-0000-4000-8000-000000000005'),
	('6e000000-0000-4000-8000-000000000003', '5e000000-0000-4000-8000-000000000001'),
	('6e000000-0000-4000-8000-000000000003', '5e000000-0000-4000-8000-000000000004'),
	('6e000000-0000-4000-8000-000000000004', '5e000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('1e000000-0000-4000-8000-00000000000a', 'Reports A', 'US'),
	('1e000000-0000-4000-8000-00000000000b', 'Reports B', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats) VALUES
	('1e000000-0000-4000-8000-00000000000a', '2e000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001', 2),
	('1e000000-0000-4000-8000-00000000000a', '2e000000-0000-4000-8000-000000000002', '6e000000-0000-4000-8000-000000000002', 5),
	('1e000000-0000-4000-8000-00000000000a', '2e000000-0000-4000-8000-000000000003', '6e000000-0000-4000-8000-000000000003', 5),
	('1e000000-0000-4000-8000-00000000000a', '2e000000-0000-4000-8000-000000000004', '6e000000-0000-4000-8000-000000000004', 2000),
	('1e000000-0000-4000-8000-00000000000b', '2e000000-0000-4000-8000-000000000005', '6e000000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location) VALUES
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000001', 'ann@a.example', 'Ann Archer', 'US'),
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000002', 'ben@a.example', 'Ben Bell', 'US'),
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000003', 'cy@a.example', 'Cy Chen', 'US'),
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000004', 'dee@a.example', 'Dee Dunn', 'US'),
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000005', 'eve@a.example', 'Eve Eng', 'US'),
	('1e000000-0000-4000-8000-00000000000a', 'ae000000-0000-4000-8000-000000000006', 'fiona@a.example', NULL, 'US'),
	('1e000000-0000-4000-8000-00000000000b', 'be000000-0000-4000-8000-000000000001', 'gus@b.example', 'Gus Gray', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('1e000000-0000-4000-8000-00000000000a', '9e000000-0000-4000-8000-000000000001', 'Reporters');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
	('1e000000-0000-4000-8000-00000000000a', '9e000000-0000-4000-8000-000000000001', 'ae000000-0000-4000-8000-000000000002', now() - interval '2 days'),
	('1e000000-0000-4000-8000-00000000000a', '9e000000-0000-4000-8000-000000000001', 'ae000000-0000-4000-8000-000000000003', now() - interval '1 day');
DO $$
BEGIN
	-- Ann: SUITE without SHARED#2 and EXTRA, given in that order
	PERFORM license_mgmt.assign_user_license('ae000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001',
		'{5e000000-0000-4000-8000-000000000004,5e000000-0000-4000-8000-000000000003}');
	PERFORM license_mgmt.assign_user_license('ae000000-0000-4000-8000-000000000002', '6e000000-0000-4000-8000-000000000001',
		'{5e000000-0000-4000-8000-000000000004}');
	PERFORM license_mgmt.assign_group_license('9e000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001',
		'{5e000000-0000-4000-8000-000000000003}');
	PERFORM license_mgmt.assign_user_license('ae000000-0000-4000-8000-000000000004', '6e000000-0000-4000-8000-000000000002');
	PERFORM license_mgmt.assign_user_license('ae000000-0000-4000-8000-000000000006', '6e000000-0000-4000-8000-000000000002');
	PERFORM license_mgmt.assign_user_license('ae000000-0000-4000-8000-000000000005', '6e000000-0000-4000-8000-000000000003',
		'{5e000000-0000-4000-8000-000000000004}');
	PERFORM license_mgmt.assign_user_license('be000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001');
END $$;
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_id = 'ae000000-0000-4000-8000-000000000004';
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE user_id = 'ae000000-0000-4000-8000-000000000006';
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE subscription_id = '2e000000-0000-4000-8000-000000000003';

SELECT results_eq($$SELECT u.user_principal_name, p.sku_part_number, s.assigned_by_group IS NULL, s.state, s.error
					 FROM license_mgmt.license_assignment_states s
					 JOIN license_mgmt.users u USING (tenant_id, user_id)
					 JOIN license_mgmt.products p USING (sku_id)
					WHERE s.tenant_id = '1e000000-0000-4000-8000-00000000000a' ORDER BY 1, 2, 3$$,
	$$VALUES ('ann@a.example', 'TAP_RV_SUITE', true, 'active', NULL::text),
			 ('ben@a.example', 'TAP_RV_SUITE', false, 'active', NULL),
			 ('ben@a.example', 'TAP_RV_SUITE', true, 'active', NULL),
			 ('cy@a.example', 'TAP_RV_SUITE', false, 'error', 'CountViolation'),
			 ('dee@a.example', 'TAP_RV_GEO', true, 'suspended', NULL),
			 ('eve@a.example', 'TAP_RV_LAPSE', true, 'disabled', NULL),
			 ('fiona@a.example', 'TAP_RV_GEO', true, 'error', 'ProhibitedInUsageLocationViolation')$$,
	'the fixture: active, waiting (CountViolation), suspended, disabled and prohibited licenses');

------------------------------------------------------------------------------
-- disabled_plan_names (R1.3)
------------------------------------------------------------------------------

SELECT results_eq($$SELECT disabled_plans, disabled_plan_names FROM license_mgmt.license_assignment_states
					WHERE user_id = 'ae000000-0000-4000-8000-000000000001'$$,
	$$VALUES ('{5e000000-0000-4000-8000-000000000003,5e000000-0000-4000-8000-000000000004}'::uuid[],
			  '{"TAP_RV_SHARED (5e000000-0000-4000-8000-000000000003)",TAP_RV_EXTRA}'::text[])$$,
	'R1.3: license_assignment_states names the disabled plans in the order of their ids; the name two plans share is followed by the id');
SELECT results_eq($$SELECT assigned_by_group IS NULL, disabled_plan_names FROM license_mgmt.license_assignment_states
					WHERE user_id = 'ae000000-0000-4000-8000-000000000002' ORDER BY 1$$,
	$$VALUES (false, '{"TAP_RV_SHARED (5e000000-0000-4000-8000-000000000003)"}'::text[]), (true, '{TAP_RV_EXTRA}')$$,
	'R1.3: each source shows its own disabled plans'' names; an unambiguous name stands alone');
SELECT is((SELECT disabled_plan_names FROM license_mgmt.license_assignment_states
			WHERE user_id = 'ae000000-0000-4000-8000-000000000004'), '{}'::text[],
	'a source that disables nothing has no disabled plan names (empty, not null)');
-- every row: one name per id, each the id's plan's name (with the id when
-- shared); the names by the ids' positions, as Citus cannot plan the
-- two-array unnest() in this subquery
SELECT is_empty($$
	SELECT s.user_id, s.sku_id, s.assigned_by_group
	  FROM license_mgmt.license_assignment_states s
	 WHERE cardinality(s.disabled_plan_names) <> cardinality(s.disabled_plans)
		OR EXISTS (SELECT 1 FROM unnest(s.disabled_plans) WITH ORDINALITY AS d(id, n)
					 JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.id
					WHERE s.disabled_plan_names[d.n] NOT IN (sp.service_plan_name, sp.service_plan_name || ' (' || sp.service_plan_id || ')'))
$$, 'R1.3: in every source, the name at each position is the plan of the id at that position');
SELECT results_eq($$SELECT display_name, sku_part_number, product_display_name, disabled_plans, disabled_plan_names,
						   members_licensed, members_with_errors
					  FROM license_mgmt.licensed_groups WHERE tenant_id = '1e000000-0000-4000-8000-00000000000a'$$,
	$$VALUES ('Reporters', 'TAP_RV_SUITE', 'Report suite', '{5e000000-0000-4000-8000-000000000003}'::uuid[],
			  '{"TAP_RV_SHARED (5e000000-0000-4000-8000-000000000003)"}'::text[], 1, 1)$$,
	'licensed_groups carries the product''s display name and the disabled plans'' names (R1.3)');

------------------------------------------------------------------------------
-- license_errors: names beside the ids
------------------------------------------------------------------------------

SELECT results_eq($$SELECT user_principal_name, user_display_name, sku_part_number, product_display_name,
						   assigned_by_group, group_display_name, error
					  FROM license_mgmt.license_errors WHERE tenant_id = '1e000000-0000-4000-8000-00000000000a' ORDER BY 1$$,
	$$VALUES ('cy@a.example', 'Cy Chen'::text, 'TAP_RV_SUITE', 'Report suite',
			  '9e000000-0000-4000-8000-000000000001'::uuid, 'Reporters'::text, 'CountViolation'),
			 ('fiona@a.example', NULL, 'TAP_RV_GEO', 'Report geo', NULL, NULL, 'ProhibitedInUsageLocationViolation')$$,
	'license_errors names the user, the product and the group (null for a direct source; a user without a display name shows null)');

------------------------------------------------------------------------------
-- license_details: Graph's licenseDetails
------------------------------------------------------------------------------

-- status(user, sku): the plans' 'name status' in the view's order
-- (plpgsql, so that on a Citus cluster the query is planned with its values:
-- Citus cannot plan a SQL function's parameters over distributed tables)
CREATE FUNCTION pg_temp.status(usr uuid, sku uuid) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
BEGIN
	RETURN ARRAY(SELECT (e ->> 'servicePlanName') || ' ' || (e ->> 'provisioningStatus')
				   FROM license_mgmt.license_details d, jsonb_array_elements(d."servicePlans") WITH ORDINALITY AS x(e, n)
				  WHERE d.user_id = usr AND d."skuId" = sku ORDER BY x.n);
END $$;

SELECT set_eq($$SELECT user_id, "skuId" FROM license_mgmt.license_details$$,
	$$SELECT user_id, sku_id FROM license_mgmt.user_licenses$$,
	'license_details has one row per user and product, the rows of user_licenses');
SELECT is(ARRAY(SELECT jsonb_object_keys(to_jsonb(d) - 'tenant_id' - 'user_id') FROM license_mgmt.license_details d
				 WHERE d.user_id = 'ae000000-0000-4000-8000-000000000001' ORDER BY 1),
	'{id,servicePlans,skuId,skuPartNumber}',
	'a row as JSON has Graph''s licenseDetails fields, spelled as Graph spells them');
SELECT is_empty($$
	SELECT d.user_id, e FROM license_mgmt.license_details d, jsonb_array_elements(d."servicePlans") e
	 WHERE ARRAY(SELECT jsonb_object_keys(e) ORDER BY 1) <> '{appliesTo,provisioningStatus,servicePlanId,servicePlanName}'
		OR e ->> 'appliesTo' <> 'User'
		OR e ->> 'provisioningStatus' NOT IN ('Success', 'Disabled', 'PendingActivation')
$$, 'each service plan is Graph''s servicePlanInfo: servicePlanId, servicePlanName, provisioningStatus (Success, Disabled or PendingActivation), appliesTo User');
SELECT is_empty($$
	SELECT d.user_id, d."skuId" FROM license_mgmt.license_details d
	 WHERE ARRAY(SELECT (e ->> 'servicePlanId')::uuid FROM jsonb_array_elements(d."servicePlans") e ORDER BY 1)
		   <> ARRAY(SELECT psp.service_plan_id FROM license_mgmt.product_service_plans psp WHERE psp.sku_id = d."skuId" ORDER BY 1)
$$, 'servicePlans lists every plan of the product, once');
SELECT results_eq($$SELECT "skuPartNumber", "servicePlans" FROM license_mgmt.license_details
					WHERE user_id = 'ae000000-0000-4000-8000-000000000001'$$,
	$$VALUES ('TAP_RV_SUITE', '[
		{"servicePlanId": "5e000000-0000-4000-8000-000000000001", "servicePlanName": "TAP_RV_CORE", "provisioningStatus": "Success", "appliesTo": "User"},
		{"servicePlanId": "5e000000-0000-4000-8000-000000000004", "servicePlanName": "TAP_RV_EXTRA", "provisioningStatus": "Disabled", "appliesTo": "User"},
		{"servicePlanId": "5e000000-0000-4000-8000-000000000002", "servicePlanName": "TAP_RV_SHARED", "provisioningStatus": "Success", "appliesTo": "User"},
		{"servicePlanId": "5e000000-0000-4000-8000-000000000003", "servicePlanName": "TAP_RV_SHARED", "provisioningStatus": "Disabled", "appliesTo": "User"}
	]'::jsonb)$$,
	'an active license: its enabled plans Success, its disabled plans Disabled; the two plans named alike told apart by servicePlanId, sorted by name and id');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000002', '6e000000-0000-4000-8000-000000000001'),
	'{"TAP_RV_CORE Success","TAP_RV_EXTRA Success","TAP_RV_SHARED Success","TAP_RV_SHARED Success"}',
	'R4.7: a plan disabled by one active source and enabled by another is Success');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000003', '6e000000-0000-4000-8000-000000000001'),
	'{"TAP_RV_CORE PendingActivation","TAP_RV_EXTRA PendingActivation","TAP_RV_SHARED PendingActivation","TAP_RV_SHARED Disabled"}',
	'a license in error (CountViolation): its plans PendingActivation, but the plan its source leaves off Disabled');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000006', '6e000000-0000-4000-8000-000000000002'),
	'{"TAP_RV_CORE PendingActivation","TAP_RV_GEO PendingActivation"}',
	'a license in error (ProhibitedInUsageLocationViolation): PendingActivation');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000004', '6e000000-0000-4000-8000-000000000002'),
	'{"TAP_RV_CORE PendingActivation","TAP_RV_GEO PendingActivation"}',
	'a suspended license (soft-deleted user): PendingActivation');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000005', '6e000000-0000-4000-8000-000000000003'),
	'{"TAP_RV_CORE PendingActivation","TAP_RV_EXTRA Disabled"}',
	'a disabled license (no usable subscription): PendingActivation, the plan its source leaves off Disabled');
-- Success is exactly what user_licenses says the user has
SELECT is_empty($$
	SELECT l.user_id, l.sku_id FROM license_mgmt.user_licenses l
	  JOIN license_mgmt.license_details d ON d.tenant_id = l.tenant_id AND d.user_id = l.user_id AND d."skuId" = l.sku_id
	 WHERE l.enabled_service_plans
		   <> ARRAY(SELECT e ->> 'servicePlanName' FROM jsonb_array_elements(d."servicePlans") e
					 WHERE e ->> 'provisioningStatus' = 'Success' ORDER BY 1)
$$, 'R4.7: the plans Success in license_details are the enabled_service_plans of user_licenses, for every row');
SELECT is_empty($$
	SELECT l.user_id, l.sku_id FROM license_mgmt.user_licenses l
	  JOIN license_mgmt.license_details d ON d.tenant_id = l.tenant_id AND d.user_id = l.user_id AND d."skuId" = l.sku_id
	 WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(d."servicePlans") e
					WHERE e ->> 'provisioningStatus'
						  = CASE WHEN l.state IN ('active', 'active_with_error') THEN 'PendingActivation' ELSE 'Success' END)
$$, 'a license holding a seat has no plan PendingActivation; one holding none (error, suspended, disabled) no plan Success');

-- id: the user's and the product's uuids, unpadded base64url, stable
SELECT is((SELECT id FROM license_mgmt.license_details
			WHERE user_id = 'ae000000-0000-4000-8000-000000000001' AND "skuId" = '6e000000-0000-4000-8000-000000000001'),
	translate(encode(decode('ae0000000000400080000000000000016e000000000040008000000000000001', 'hex'), 'base64'), '+/=', '-_'),
	'id is the user''s and the product''s uuids in unpadded base64url');
SELECT is_empty($$
	SELECT d.id FROM license_mgmt.license_details d
	 WHERE length(d.id) <> 43 OR d.id !~ '^[A-Za-z0-9_-]+$'
		OR decode(translate(d.id, '-_', '+/') || '=', 'base64')
		   <> decode(replace(d.user_id::text || d."skuId"::text, '-', ''), 'hex')
$$, 'every id is 43 characters of base64url that decode to its user''s and product''s ids');
SELECT is((SELECT count(DISTINCT id) FROM license_mgmt.license_details), (SELECT count(*) FROM license_mgmt.license_details),
	'no two rows share an id');

------------------------------------------------------------------------------
-- Changes show at once: the catalog as it stands, the seat served
------------------------------------------------------------------------------

CREATE TEMP TABLE ids_before AS SELECT user_id, "skuId", id FROM license_mgmt.license_details;
-- Ann gives her seat back: Cy, waiting, is served (R6.1)
SELECT lives_ok($$SELECT license_mgmt.remove_user_license('ae000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001')$$,
	'Ann''s license is removed');
SELECT is(pg_temp.status('ae000000-0000-4000-8000-000000000003', '6e000000-0000-4000-8000-000000000001'),
	'{"TAP_RV_CORE Success","TAP_RV_EXTRA Success","TAP_RV_SHARED Success","TAP_RV_SHARED Disabled"}',
	'R6.1: served from the waiting room, Cy''s plans are Success but the one Reporters leaves off');
SELECT is_empty($$SELECT user_id, "skuId", id FROM license_mgmt.license_details
				  EXCEPT SELECT user_id, "skuId", id FROM ids_before$$,
	'a row''s id does not change with its state');
-- the other TAP_RV_SHARED is renamed: the name is no longer ambiguous
UPDATE license_mgmt.service_plans SET service_plan_name = 'TAP_RV_SHARED_TOO' WHERE service_plan_id = '5e000000-0000-4000-8000-000000000002';
SELECT results_eq($$SELECT disabled_plan_names FROM license_mgmt.licensed_groups
					WHERE group_id = '9e000000-0000-4000-8000-000000000001'$$,
	$$VALUES ('{TAP_RV_SHARED}'::text[])$$,
	'R1.3: once no other plan has its name, a plan is named without its id');
-- a plan the catalog no longer has
DELETE FROM license_mgmt.service_plans WHERE service_plan_id = '5e000000-0000-4000-8000-000000000004';
SELECT results_eq($$SELECT disabled_plans, disabled_plan_names FROM license_mgmt.license_assignment_states
					WHERE user_id = 'ae000000-0000-4000-8000-000000000002' AND assigned_by_group IS NULL$$,
	$$VALUES ('{5e000000-0000-4000-8000-000000000004}'::uuid[], '{NULL}'::text[])$$,
	'the id of a plan the catalog no longer has is named null, in its place');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() finds nothing');

------------------------------------------------------------------------------
-- R10.3: row-level security through license_details, for a role with a grant
------------------------------------------------------------------------------

-- Not on a Citus cluster (make test-citus): there a second role cannot read
-- placements the transaction wrote as the first (Citus would read them over
-- a connection of its own, which cannot see the uncommitted rows), and a
-- role created in the transaction is not on the workers yet.  The cluster's
-- own test (test/citus/run.sh) reads the reports as a granted login role.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') AS on_citus \gset
\if :on_citus
SELECT skip('on Citus a second role cannot read what this transaction wrote as the first (test/citus/run.sh reads the reports as a granted role)', 7);
\else
CREATE ROLE tap_rv_reader IN ROLE license_mgmt_reader;
INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES ('1e000000-0000-4000-8000-00000000000a', 'tap_rv_reader');
-- so that the test may call the view's plans function by name
GRANT USAGE ON SCHEMA license_mgmt_internal TO tap_rv_reader;
SET LOCAL ROLE tap_rv_reader;
SET LOCAL license_mgmt.tenant_id = '1e000000-0000-4000-8000-00000000000a';
SELECT results_eq($$SELECT u.user_principal_name, d."skuPartNumber", jsonb_array_length(d."servicePlans")
					  FROM license_mgmt.license_details d JOIN license_mgmt.users u USING (tenant_id, user_id) ORDER BY 1, 2$$,
	$$VALUES ('ben@a.example', 'TAP_RV_SUITE', 3), ('cy@a.example', 'TAP_RV_SUITE', 3), ('dee@a.example', 'TAP_RV_GEO', 2),
			 ('eve@a.example', 'TAP_RV_LAPSE', 1), ('fiona@a.example', 'TAP_RV_GEO', 2)$$,
	'R10.3: a reader granted tenant A reads A''s license details');
SELECT is(ARRAY(SELECT DISTINCT tenant_id FROM license_mgmt.license_details), '{1e000000-0000-4000-8000-00000000000a}',
	'R10.3: ... and only A''s');
SELECT is_empty($$SELECT * FROM license_mgmt.license_details WHERE user_id = 'be000000-0000-4000-8000-000000000001'$$,
	'R10.3: B''s user is not found by its id');
SELECT is(license_mgmt_internal.license_service_plans('1e000000-0000-4000-8000-00000000000b',
		'be000000-0000-4000-8000-000000000001', '6e000000-0000-4000-8000-000000000001'), '[]'::jsonb,
	'R10.3: the plans function runs as its caller: of B''s user it reads no state, and so no plan');
SELECT isnt(license_mgmt_internal.license_service_plans('1e000000-0000-4000-8000-00000000000a',
		'ae000000-0000-4000-8000-000000000002', '6e000000-0000-4000-8000-000000000001'), '[]'::jsonb,
	'R10.3: ... while of A''s user it reads the plans (so the check above can fail)');
SELECT results_eq($$SELECT user_principal_name, group_display_name FROM license_mgmt.license_errors$$,
	$$VALUES ('fiona@a.example', NULL::text)$$,
	'R10.3: license_errors with its names shows A''s errors to the reader');
SET LOCAL license_mgmt.tenant_id = '1e000000-0000-4000-8000-00000000000b';
SELECT is_empty('SELECT * FROM license_mgmt.license_details',
	'R10.3: setting tenant B, not granted, the reader reads no license details');
RESET ROLE;
RESET license_mgmt.tenant_id;
\endif
SELECT results_eq($$SELECT count(*)::integer FROM license_mgmt.license_details WHERE tenant_id = '1e000000-0000-4000-8000-00000000000b'$$,
	$$VALUES (1)$$, 'R10.3: B''s license details are there (the superuser reads them)');

------------------------------------------------------------------------------
-- One user's license details are an index lookup (like user_licenses, B6)
------------------------------------------------------------------------------

-- Not on a Citus cluster: there EXPLAIN shows Citus's plan, which routes one
-- user's lookup to its tenant's shard, and an ANALYZE of distributed tables
-- cannot follow the coordinator's own reads in one transaction
\if :on_citus
SELECT skip('on Citus EXPLAIN shows the distributed plan (one user''s lookup goes to one shard), and ANALYZE cannot run in this transaction', 4);
\else
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT '1e000000-0000-4000-8000-00000000000a', md5('rv bulk ' || i)::uuid, format('bulk%s@a.example', i), 'US'
  FROM generate_series(1, 1500) i;
SELECT is((SELECT count(*)::integer FROM license_mgmt.assign_user_licenses(
			ARRAY(SELECT md5('rv bulk ' || i)::uuid FROM generate_series(1, 1500) i), '6e000000-0000-4000-8000-000000000004')
			WHERE error IS NULL), 1500, 'a tenant of 1,500 more licensed users');
ANALYZE license_mgmt.license_states, license_mgmt.users, license_mgmt.products, license_mgmt.product_service_plans;

-- plan(view): the plan of one user's rows of the view, one line a node
CREATE FUNCTION pg_temp.plan(view text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	line text;
	lines text[] := '{}';
BEGIN
	FOR line IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT * FROM license_mgmt.%I'
							   ' WHERE tenant_id = %L AND user_id = %L', view,
							   '1e000000-0000-4000-8000-00000000000a', md5('rv bulk 77')::uuid)
	LOOP
		lines := lines || line;
	END LOOP;
	RETURN lines;
END $$;
SELECT ok(EXISTS (SELECT 1 FROM unnest(pg_temp.plan('license_details')) l
				   WHERE l ~ 'Index (Only )?Scan using license_states_pkey on license_states')
		  AND NOT EXISTS (SELECT 1 FROM unnest(pg_temp.plan('license_details')) l WHERE l ~ 'Seq Scan on license_states'),
	'one user''s license_details reads license_states through its primary key, not by a scan');
SELECT ok(EXISTS (SELECT 1 FROM unnest(pg_temp.plan('user_licenses')) l
				   WHERE l ~ 'Index (Only )?Scan using license_states_pkey on license_states')
		  AND NOT EXISTS (SELECT 1 FROM unnest(pg_temp.plan('user_licenses')) l WHERE l ~ 'Seq Scan on license_states'),
	'B6: one user''s user_licenses too');
SELECT results_eq($$SELECT "skuPartNumber", "servicePlans" ->> 0 FROM license_mgmt.license_details
					WHERE tenant_id = '1e000000-0000-4000-8000-00000000000a' AND user_id = md5('rv bulk 77')::uuid$$,
	$$VALUES ('TAP_RV_BULK', '{"appliesTo": "User", "servicePlanId": "5e000000-0000-4000-8000-000000000001", "servicePlanName": "TAP_RV_CORE", "provisioningStatus": "Success"}')$$,
	'... and reads that user''s license');
\endif

SELECT * FROM finish();
ROLLBACK;
