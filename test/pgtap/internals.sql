-- What the C code must not take for granted.  A bulk direct assignment
-- returns, records and audits every user even when its judgement runs
-- further statements after its own (a holder who also waits through a
-- group is judged again).  The walk through primary keys (key_scan.c)
-- refuses a key that does not begin with the columns it reads, instead of
-- reading the wrong rows.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(7);

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('5c000000-0000-4000-8000-000000000001', 'IN_PLAN');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('5c100000-0000-4000-8000-000000000001', 'IN_P', 'IN_P');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('5c100000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('5c200000-0000-4000-8000-000000000001', 'internals', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('5c200000-0000-4000-8000-000000000001', '5c100000-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT '5c200000-0000-4000-8000-000000000001', format('5c30000%s-0000-4000-8000-000000000001', i)::uuid,
	   format('u%s@internals.example', i), 'US'
  FROM generate_series(1, 4) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('5c200000-0000-4000-8000-000000000001', '5c400000-0000-4000-8000-000000000001', 'G');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('5c200000-0000-4000-8000-000000000001', '5c400000-0000-4000-8000-000000000001', '5c300001-0000-4000-8000-000000000001');
SELECT is((SELECT r.licensed FROM license_mgmt.assign_group_license('5c400000-0000-4000-8000-000000000001',
																	  '5c100000-0000-4000-8000-000000000001') r),
		  1, 'G licenses user 1');

-- User 1 waits for IN_P through G while seats are free: a state the
-- extension never leaves behind, written as a restore would (replica mode),
-- so that a direct assignment of user 1 meets a holder who also waits.
SET LOCAL session_replication_role = replica;
UPDATE license_mgmt.license_states SET state = 'error', error = 'CountViolation', waiting_since = now()
 WHERE user_id = '5c300001-0000-4000-8000-000000000001';
UPDATE license_mgmt.seat_counters SET assigned = 0 WHERE tenant_id = '5c200000-0000-4000-8000-000000000001';
SET LOCAL session_replication_role = origin;

SELECT results_eq(
	$$SELECT r.user_id, r.error FROM license_mgmt.assign_user_licenses(
		ARRAY['5c300001-0000-4000-8000-000000000001', '5c300002-0000-4000-8000-000000000001',
			  '5c300003-0000-4000-8000-000000000001']::uuid[], '5c100000-0000-4000-8000-000000000001') r$$,
	$$VALUES ('5c300001-0000-4000-8000-000000000001'::uuid, NULL::text),
			 ('5c300002-0000-4000-8000-000000000001', NULL), ('5c300003-0000-4000-8000-000000000001', NULL)$$,
	'R3.5: a bulk call whose holder waits through a group returns every user given, in order');
-- results_eq runs its query itself: on a Citus cluster, a query naming one
-- tenant runs whole on that tenant's worker, where pgTAP's own state is not
SELECT results_eq($$SELECT count(*) FROM license_mgmt.user_license_assignments
					 WHERE tenant_id = '5c200000-0000-4000-8000-000000000001'$$,
		  $$VALUES (3::bigint)$$, 'R3.5: the intent of every licensed user is recorded');
SELECT is((SELECT cardinality(a.user_ids) FROM license_mgmt.audit_log a
			WHERE a.action = 'assign_user_licenses' AND a.old_state IS NULL AND a.new_state IS NULL),
		  3, 'R11.1: the call''s audit row names every licensed user');
SELECT is(ARRAY(SELECT s.state || COALESCE('/' || s.error, '') FROM license_mgmt.license_states s
				 WHERE s.user_id = '5c300001-0000-4000-8000-000000000001' ORDER BY s.group_id),
		  ARRAY['active', 'active'],
		  'R2.2: user 1 holds IN_P directly, and its group source, judged again, holds it too');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty');

-- group_members keyed (tenant_id, member_id, group_id): the walk down from
-- a group would read a group's memberships as a member
CREATE FUNCTION pg_temp.join_with_member_first_key() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- two commands: Citus takes one subcommand per ALTER TABLE
	ALTER TABLE license_mgmt.group_members DROP CONSTRAINT group_members_pkey;
	ALTER TABLE license_mgmt.group_members ADD PRIMARY KEY (tenant_id, member_id, group_id);
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
		('5c200000-0000-4000-8000-000000000001', '5c400000-0000-4000-8000-000000000001',
		 '5c300004-0000-4000-8000-000000000001');
END $$;
SELECT throws_ok('SELECT pg_temp.join_with_member_first_key()', 'XX000',
	'license_mgmt: the primary key of license_mgmt.group_members does not begin with (tenant_id, group_id) of type uuid',
	'a primary key of another shape is refused, not read');

SELECT * FROM finish();
ROLLBACK;
