-- R8.3, R6.1: users deleted for good, many in one statement.  Their states
-- go, their seats are freed and the waiting rooms are served, set-based
-- (users_deleted, once per statement and tenant: the audit log shows one
-- row per product, source and old state, not one per user); their
-- memberships, directory objects and direct assignments go with them; the
-- other users keep what they hold.  Tenant A deletes 1,000 licensed users,
-- directly and through groups, some soft-deleted, filling a product whose
-- 200 others wait; tenant B, in the same statement, 50 users of a nested
-- subgroup.  Then the edges of the bookkeeping that leaves a deleted user's
-- memberships to users_deleted: a delete rolled back to a savepoint, a
-- user of the same id inserted again, and a statement that deletes users
-- and other memberships at once.  Each part ends with verify() empty.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(25);

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('5d000000-0000-4000-8000-000000000001', 'HD_PLAN');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
SELECT format('5d100000-0000-4000-8000-00000000000%s', i)::uuid, p, p
  FROM (VALUES (1, 'HD_DIRECT'), (2, 'HD_GROUP'), (3, 'HD_FEW')) x(i, p);
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
SELECT sku_id, '5d000000-0000-4000-8000-000000000001' FROM license_mgmt.products WHERE sku_part_number LIKE 'HD\_%';

CREATE FUNCTION pg_temp.sku(part text) RETURNS uuid LANGUAGE sql STABLE AS $$
	SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = part
$$;
-- ids by tag: STABLE rather than IMMUTABLE, so that Citus computes them on
-- the coordinator before it sends a write to the workers, which have no
-- pg_temp (one server inlines and folds them either way); a read over
-- distributed tables takes them in a subquery, (SELECT pg_temp.t('a')),
-- which Citus runs on the coordinator too
CREATE FUNCTION pg_temp.t(tag text) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('hd tenant ' || tag)::uuid $$;
CREATE FUNCTION pg_temp.g(tag text, name text) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('hd group ' || tag || name)::uuid $$;
CREATE FUNCTION pg_temp.u(tag text, i int) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('hd user ' || tag || i)::uuid $$;
-- the readers are plpgsql, so that on a Citus cluster each query is planned
-- with its values (Citus cannot plan a SQL function's parameters over
-- distributed tables), the ids looked up first
CREATE FUNCTION pg_temp.seats(tag text, part text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
BEGIN
	RETURN (SELECT format('%s/%s', total, assigned) FROM license_mgmt.product_summary
			 WHERE tenant_id = tenant AND sku_part_number = part);
END $$;
-- (tenant, part number): 'state[/error] x count' of its states
CREATE FUNCTION pg_temp.tally(tag text, part text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
	sku uuid := pg_temp.sku(part);
BEGIN
	RETURN (SELECT COALESCE(string_agg(format('%s%s x %s', state, COALESCE('/' || error, ''), n), ', ' ORDER BY state, error), 'none')
			  FROM (SELECT s.state, s.error, count(*) AS n FROM license_mgmt.license_states s
					 WHERE s.tenant_id = tenant AND s.sku_id = sku
					 GROUP BY 1, 2) x);
END $$;

-- A: users 1..1000 are deleted below (1..10 soft-deleted already), 1001..1200
-- stay.  Users 1..1000 hold HD_DIRECT directly; everyone is in G (HD_GROUP);
-- users 1..1000 fill HD_FEW's 1,000 seats through W, and 1001..1200 joined W
-- after them and wait.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location)
VALUES (pg_temp.t('a'), 'hard delete a', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
SELECT pg_temp.t('a'), md5('hd subscription a' || p)::uuid, pg_temp.sku(p), CASE p WHEN 'HD_FEW' THEN 1000 ELSE 5000 END
  FROM unnest(ARRAY['HD_DIRECT', 'HD_GROUP', 'HD_FEW']) p;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT pg_temp.t('a'), pg_temp.u('a', i), format('u%s@a.example', i), 'US' FROM generate_series(1, 1200) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
SELECT pg_temp.t('a'), pg_temp.g('a', n), n FROM unnest(ARRAY['G', 'W']) n;
SELECT is((SELECT count(*) FROM license_mgmt.assign_user_licenses(
			  ARRAY(SELECT pg_temp.u('a', i) FROM generate_series(1, 1000) i), pg_temp.sku('HD_DIRECT')) r
			WHERE r.error IS NULL),
		  1000::bigint, 'A: 1,000 users hold HD_DIRECT directly');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t('a'), pg_temp.g('a', 'G'), pg_temp.u('a', i) FROM generate_series(1, 1200) i;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at)
SELECT pg_temp.t('a'), pg_temp.g('a', 'W'), pg_temp.u('a', i), now() - interval '1 day' + i * interval '1 second'
  FROM generate_series(1, 1200) i;
SELECT is(ARRAY(SELECT row(r.licensed, r.failed)::text
				  FROM (VALUES ('G', 'HD_GROUP'), ('W', 'HD_FEW')) x(g, p),
					   LATERAL license_mgmt.assign_group_license(pg_temp.g('a', x.g), pg_temp.sku(x.p)) r
				 ORDER BY x.g),
		  ARRAY['(1200,0)', '(1000,200)'], 'A: G licenses its 1,200 members, W 1,000 of them, the rest wait');
UPDATE license_mgmt.users SET deleted_at = now()
 WHERE tenant_id = pg_temp.t('a') AND user_id IN (SELECT pg_temp.u('a', i) FROM generate_series(1, 10) i);
SELECT is(ARRAY[pg_temp.tally('a', 'HD_FEW'), pg_temp.seats('a', 'HD_FEW')],
		  ARRAY['active x 1000, error/CountViolation x 190, suspended x 10', '1000/1000'],
		  'A: users 11..1000 hold HD_FEW, and 1001..1010 the seats the soft-deleted gave back; 1011..1200 wait');

-- B nests groups: P (HD_GROUP) holds subgroup S of users 1..50, deleted
-- below, and users 51..60, who stay.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing)
VALUES (pg_temp.t('b'), 'hard delete b', 'US', true);
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
VALUES (pg_temp.t('b'), md5('hd subscription b')::uuid, pg_temp.sku('HD_GROUP'), 100);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT pg_temp.t('b'), pg_temp.u('b', i), format('u%s@b.example', i), 'US' FROM generate_series(1, 60) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
SELECT pg_temp.t('b'), pg_temp.g('b', n), n FROM unnest(ARRAY['P', 'S']) n;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t('b'), pg_temp.g('b', 'S'), pg_temp.u('b', i) FROM generate_series(1, 60) i
UNION ALL SELECT pg_temp.t('b'), pg_temp.g('b', 'P'), pg_temp.g('b', 'S');
SELECT is((SELECT r.licensed FROM license_mgmt.assign_group_license(pg_temp.g('b', 'P'), pg_temp.sku('HD_GROUP')) r), 60,
		  'B: P licenses the 60 users of S');

-- each tenant's last entry: on Citus each node numbers its tenants' entries
-- from a range of its own, so a number is compared within its tenant only
CREATE TEMP TABLE audit_before (tenant_id uuid, id bigint);
DO $$
DECLARE
	t uuid;
	last bigint;
BEGIN
	FOREACH t IN ARRAY ARRAY[pg_temp.t('a'), pg_temp.t('b')] LOOP
		SELECT COALESCE(max(a.audit_id), 0) INTO last FROM license_mgmt.audit_log a WHERE a.tenant_id = t;
		INSERT INTO audit_before VALUES (t, last);
	END LOOP;
END $$;
-- the entries written since, tenant by tenant
CREATE FUNCTION pg_temp.audit_since() RETURNS SETOF license_mgmt.audit_log LANGUAGE plpgsql AS $$
DECLARE
	b record;
BEGIN
	FOR b IN SELECT * FROM audit_before LOOP
		RETURN QUERY SELECT * FROM license_mgmt.audit_log a WHERE a.tenant_id = b.tenant_id AND a.audit_id > b.id;
	END LOOP;
END $$;

-- the delete: 1,000 users of A and 50 of B, one statement
DELETE FROM license_mgmt.users
 WHERE (tenant_id, user_id) IN (SELECT pg_temp.t('a'), pg_temp.u('a', i) FROM generate_series(1, 1000) i
								UNION ALL SELECT pg_temp.t('b'), pg_temp.u('b', i) FROM generate_series(1, 50) i);

SELECT is((SELECT count(*) FROM license_mgmt.license_states s
			WHERE (s.tenant_id, s.user_id) IN (SELECT pg_temp.t('a'), pg_temp.u('a', i) FROM generate_series(1, 1000) i
											  UNION ALL SELECT pg_temp.t('b'), pg_temp.u('b', i) FROM generate_series(1, 50) i)),
		  0::bigint, 'R8.3: no state of a deleted user is left');
SELECT is((SELECT count(*) FROM license_mgmt.group_members m
			WHERE m.tenant_id IN (pg_temp.t('a'), pg_temp.t('b'))) +
		  (SELECT count(*) FROM license_mgmt.directory_objects d
			WHERE d.tenant_id IN (pg_temp.t('a'), pg_temp.t('b')) AND d.user_id IS NOT NULL) +
		  (SELECT count(*) FROM license_mgmt.user_license_assignments a
			WHERE a.tenant_id IN (pg_temp.t('a'), pg_temp.t('b'))),
		  (200 + 200 + 10 + 1) + (200 + 10) + 0::bigint,
		  'R8.3: their memberships, directory objects and direct assignments went with them; the others'' stay');
SELECT is(ARRAY[pg_temp.seats('a', 'HD_DIRECT'), pg_temp.seats('a', 'HD_GROUP'), pg_temp.seats('a', 'HD_FEW')],
		  ARRAY['5000/0', '5000/200', '1000/200'], 'R8.3: the deleted users'' seats are free');
SELECT is(pg_temp.tally('a', 'HD_FEW'), 'active x 200',
		  'R6.1: the waiting room was served: the 200 who waited for HD_FEW hold it');
SELECT is(pg_temp.tally('a', 'HD_GROUP'), 'active x 200', 'A: the users who stay keep HD_GROUP');
SELECT is(ARRAY[pg_temp.seats('b', 'HD_GROUP'), pg_temp.tally('b', 'HD_GROUP')], ARRAY['100/10', 'active x 10'],
		  'B: the 10 users of S who stay keep HD_GROUP through P');
SELECT cmp_ok((SELECT count(*) FROM pg_temp.audit_since()),
			  '<=', 10::bigint,
			  'R11.1: the delete is audited set-based: a row per product, source and old state, not per user');
SELECT is((SELECT sum(cardinality(a.user_ids))::bigint FROM pg_temp.audit_since() a WHERE a.new_state IS NULL),
		  (1000 + 1000 + 1000 + 50)::bigint, 'R11.1: the audit log names every state removed');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after the delete');

-- C: the edges.  U holds HD_GROUP through G of C; X and Y too.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location)
VALUES (pg_temp.t('c'), 'hard delete c', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
VALUES (pg_temp.t('c'), md5('hd subscription c')::uuid, pg_temp.sku('HD_GROUP'), 10);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT pg_temp.t('c'), pg_temp.u('c', i), format('u%s@c.example', i), 'US' FROM generate_series(1, 3) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (pg_temp.t('c'), pg_temp.g('c', 'G'), 'G');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t('c'), pg_temp.g('c', 'G'), pg_temp.u('c', i) FROM generate_series(1, 3) i;
SELECT is((SELECT r.licensed FROM license_mgmt.assign_group_license(pg_temp.g('c', 'G'), pg_temp.sku('HD_GROUP')) r), 3,
		  'C: G licenses its 3 members');

-- a delete rolled back to its savepoint: the user's membership counts again
SAVEPOINT before_delete;
DELETE FROM license_mgmt.users WHERE tenant_id = pg_temp.t('c') AND user_id = pg_temp.u('c', 1);
SELECT is(pg_temp.seats('c', 'HD_GROUP'), '10/2', 'C: user 1 deleted');
ROLLBACK TO SAVEPOINT before_delete;
DELETE FROM license_mgmt.group_members WHERE tenant_id = pg_temp.t('c') AND member_id = pg_temp.u('c', 1);
SELECT is(ARRAY[pg_temp.seats('c', 'HD_GROUP'), pg_temp.tally('c', 'HD_GROUP')], ARRAY['10/2', 'active x 2'],
		  'R4.6: after a delete rolled back, user 1 leaving G loses HD_GROUP');

-- a user deleted and inserted again with the same id: a new user, whose memberships count
DELETE FROM license_mgmt.users WHERE tenant_id = pg_temp.t('c') AND user_id = pg_temp.u('c', 2);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
VALUES (pg_temp.t('c'), pg_temp.u('c', 2), 'u2@c.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (pg_temp.t('c'), pg_temp.g('c', 'G'), pg_temp.u('c', 2));
SELECT is(ARRAY[pg_temp.seats('c', 'HD_GROUP'), pg_temp.tally('c', 'HD_GROUP')], ARRAY['10/2', 'active x 2'],
		  'R8.3, R4.6: user 2 deleted, inserted again and back in G holds HD_GROUP');
DELETE FROM license_mgmt.group_members WHERE tenant_id = pg_temp.t('c') AND member_id = pg_temp.u('c', 2);
SELECT is(ARRAY[pg_temp.seats('c', 'HD_GROUP'), pg_temp.tally('c', 'HD_GROUP')], ARRAY['10/1', 'active x 1'],
		  'R4.6: the user inserted again, leaving G, loses HD_GROUP');

-- one statement deletes user 3 and removes the membership of a user who stays
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
VALUES (pg_temp.t('c'), pg_temp.u('c', 4), 'u4@c.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (pg_temp.t('c'), pg_temp.g('c', 'G'), pg_temp.u('c', 4));
SELECT is(pg_temp.seats('c', 'HD_GROUP'), '10/2', 'C: users 3 and 4 hold HD_GROUP');
WITH gone AS (DELETE FROM license_mgmt.users WHERE tenant_id = pg_temp.t('c') AND user_id = pg_temp.u('c', 3))
DELETE FROM license_mgmt.group_members WHERE tenant_id = pg_temp.t('c') AND member_id = pg_temp.u('c', 4);
SELECT is(ARRAY[pg_temp.seats('c', 'HD_GROUP'), pg_temp.tally('c', 'HD_GROUP')], ARRAY['10/0', 'none'],
		  'R8.3, R4.6: deleted user 3 and user 4, who left G, hold nothing');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after the edges');

-- D: a tenant deleted whole, its users with it
CREATE TEMP TABLE tenant_a_states AS
	SELECT sku_id, user_id FROM license_mgmt.license_states WHERE tenant_id = (SELECT pg_temp.t('a'));
SELECT isnt_empty('SELECT * FROM tenant_a_states', 'tenant A has states to lose');
DELETE FROM license_mgmt.tenants WHERE tenant_id = pg_temp.t('a');
SELECT is((SELECT count(*) FROM license_mgmt.license_states s WHERE s.tenant_id = (SELECT pg_temp.t('a'))) +
		  (SELECT count(*) FROM license_mgmt.seat_counters c WHERE c.tenant_id = (SELECT pg_temp.t('a'))),
		  0::bigint, 'a tenant deleted whole leaves no state and no counter');
SELECT set_eq($$SELECT a.sku_id, u.user_id FROM license_mgmt.audit_log a, unnest(a.user_ids) u(user_id)
				 WHERE a.tenant_id = (SELECT pg_temp.t('a')) AND a.action = 'tenants_deleting' AND a.new_state IS NULL$$,
			  'SELECT sku_id, user_id FROM tenant_a_states',
			  'R11.1: the states a tenant deleted whole took with it are in the audit log, which outlives it');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty at the end');

SELECT * FROM finish();
ROLLBACK;
