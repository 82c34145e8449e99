-- Large sets (R4.6, R4.11, R2.5): candidate arrays of 1,000 ids and more get
-- plans of their own (lm_is_bulk), and a set of candidates that hold nothing
-- of a product and fit in its free seats is written as a first grant
-- (engine.c, first_grant_sql) instead of being judged row by row.  The
-- suites' other scenarios are far smaller, so here the same scenario runs in
-- two tenants: in A each change comes as one large set, in B as sets of 100.
-- Both must end in the same states, seats and audited users.  Last, a
-- product's first group assignment (a first grant) against the same
-- assignment of a product somebody else holds (judged in full).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(20);

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('5a000000-0000-4000-8000-000000000001', 'LS_PLAN');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
SELECT format('5b000000-0000-4000-8000-00000000000%s', i)::uuid, p, p
  FROM (VALUES (1, 'LS_FREE'), (2, 'LS_HELD'), (3, 'LS_FEW'), (4, 'LS_FLAT'), (5, 'LS_GROUP')) x(i, p);
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
SELECT sku_id, '5a000000-0000-4000-8000-000000000001' FROM license_mgmt.products WHERE sku_part_number LIKE 'LS\_%';

CREATE FUNCTION pg_temp.sku(part text) RETURNS uuid LANGUAGE sql STABLE AS $$
	SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = part
$$;
-- ids by tag: STABLE rather than IMMUTABLE, so that Citus computes them on
-- the coordinator before it sends a write to the workers, which have no
-- pg_temp (one server inlines and folds them either way)
CREATE FUNCTION pg_temp.t(tag text) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('ls tenant ' || tag)::uuid $$;
CREATE FUNCTION pg_temp.g(tag text, name text) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('ls group ' || tag || name)::uuid $$;
CREATE FUNCTION pg_temp.u(tag text, i int) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT md5('ls user ' || tag || i)::uuid $$;

-- Each tenant nests groups and has 1,200 users, the first 12 soft-deleted
-- (and user 1201, in no group);
-- users 1101..1200 hold LS_HELD directly.  Root R holds LS_FREE, LS_HELD and
-- LS_FEW (600 seats for 1,188 live users); flat group F holds LS_FLAT; the
-- users go under R through subgroup S.
CREATE FUNCTION pg_temp.setup(tag text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing)
	VALUES (pg_temp.t(tag), 'large sets ' || tag, 'US', true);
	INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
	SELECT pg_temp.t(tag), md5('ls subscription ' || tag || p)::uuid, pg_temp.sku(p), CASE p WHEN 'LS_FEW' THEN 600 ELSE 5000 END
	  FROM unnest(ARRAY['LS_FREE', 'LS_HELD', 'LS_FEW', 'LS_FLAT', 'LS_GROUP']) p;
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location, deleted_at)
	SELECT pg_temp.t(tag), pg_temp.u(tag, i), format('u%s@%s.example', i, tag), 'US',
		   CASE WHEN i <= 12 THEN now() END
	  FROM generate_series(1, 1201) i;
	INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	SELECT pg_temp.t(tag), pg_temp.g(tag, n), n FROM unnest(ARRAY['R', 'S', 'F', 'G']) n;
	PERFORM license_mgmt.assign_user_license(pg_temp.u(tag, i), pg_temp.sku('LS_HELD')) FROM generate_series(1101, 1200) i;
	PERFORM license_mgmt.assign_group_license(pg_temp.g(tag, 'R'), pg_temp.sku(p))
	   FROM unnest(ARRAY['LS_FREE', 'LS_HELD', 'LS_FEW']) p;
	PERFORM license_mgmt.assign_group_license(pg_temp.g(tag, 'F'), pg_temp.sku('LS_FLAT'));
END $$;
SELECT pg_temp.setup('a'), pg_temp.setup('b');

-- A: S fills up first, then joins R in one row that brings all 1,200; F
-- gets its 1,200 members in one statement.
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t('a'), pg_temp.g('a', 'S'), pg_temp.u('a', i) FROM generate_series(1, 1200) i;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (pg_temp.t('a'), pg_temp.g('a', 'R'), pg_temp.g('a', 'S'));
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t('a'), pg_temp.g('a', 'F'), pg_temp.u('a', i) FROM generate_series(1, 1200) i;

-- B: S joins R empty, then both groups get their members 100 at a time.
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (pg_temp.t('b'), pg_temp.g('b', 'R'), pg_temp.g('b', 'S'));
DO $$
BEGIN
	FOR c IN 0..11 LOOP
		INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
		SELECT pg_temp.t('b'), pg_temp.g('b', g), pg_temp.u('b', i)
		  FROM generate_series(c * 100 + 1, c * 100 + 100) i, unnest(ARRAY['S', 'F']) g;
	END LOOP;
END $$;

-- The readers are plpgsql, so that on a Citus cluster each query is planned
-- with its values (Citus cannot plan a SQL function's parameters over
-- distributed tables), and look the ids up before the query (Citus would
-- send the calls to the workers, which have no pg_temp).
-- (tenant, part number): 'state[/error] x count' of the group states, by state
CREATE FUNCTION pg_temp.tally(tag text, part text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
	sku uuid := pg_temp.sku(part);
BEGIN
	RETURN (SELECT string_agg(format('%s%s x %s', state, COALESCE('/' || error, ''), n), ', ' ORDER BY state, error)
			  FROM (SELECT s.state, s.error, count(*) AS n FROM license_mgmt.license_assignment_states s
					 WHERE s.tenant_id = tenant AND s.sku_id = sku AND s.assigned_by_group IS NOT NULL
					 GROUP BY 1, 2) x);
END $$;
-- (tenant, part number): every state, as (user number, group name, state, error)
CREATE FUNCTION pg_temp.states(tag text, part text)
RETURNS TABLE (i int, grp text, state text, error text) LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
	sku uuid := pg_temp.sku(part);
BEGIN
	RETURN QUERY
	SELECT substring(u.user_principal_name FROM '^u(\d+)@')::int, g.display_name, s.state, s.error
	  FROM license_mgmt.license_assignment_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  LEFT JOIN license_mgmt.groups g ON g.tenant_id = s.tenant_id AND g.group_id = s.assigned_by_group
	 WHERE s.tenant_id = tenant AND s.sku_id = sku;
END $$;
CREATE FUNCTION pg_temp.seats(tag text, part text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
BEGIN
	RETURN (SELECT format('%s/%s', total, assigned) FROM license_mgmt.product_summary
			 WHERE tenant_id = tenant AND sku_part_number = part);
END $$;
-- (tenant, part number): users named by the audit rows of the group states, by new state
CREATE FUNCTION pg_temp.audited(tag text, part text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	tenant uuid := pg_temp.t(tag);
	sku uuid := pg_temp.sku(part);
BEGIN
	RETURN (SELECT string_agg(format('%s x %s', new_state, n), ', ' ORDER BY new_state)
			  FROM (SELECT a.new_state, sum(cardinality(a.user_ids)) AS n FROM license_mgmt.audit_log a
					 WHERE a.tenant_id = tenant AND a.sku_id = sku AND a.group_id IS NOT NULL AND a.new_state IS NOT NULL
					 GROUP BY 1) x);
END $$;

-- what a large set decides, with exact numbers
SELECT is(pg_temp.tally('a', 'LS_FREE'), 'active x 1188, suspended x 12',
		  'R4.11: a subtree of 1,200 attached at once: 1,188 live users active, 12 deleted ones suspended (R8.1)');
SELECT is(pg_temp.seats('a', 'LS_FREE'), '5000/1188', 'R2.5: the attach took one seat per live user');
SELECT is(pg_temp.audited('a', 'LS_FREE'), 'active x 1188, suspended x 12', 'R11.1: the audit rows name every user of the attach');
SELECT is(pg_temp.tally('a', 'LS_HELD'), 'active x 1188, suspended x 12',
		  'R2.2: users holding the product directly get an active group state too');
SELECT is(pg_temp.seats('a', 'LS_HELD'), '5000/1188', 'R2.2: ...and no second seat');
SELECT is(pg_temp.tally('a', 'LS_FEW'), 'active x 600, error/CountViolation x 588, suspended x 12',
		  'R4.3, R6.1: 600 seats for 1,188 live users: the rest wait');
SELECT is(pg_temp.seats('a', 'LS_FEW'), '600/600', 'R2.5: never more seats than bought');
SELECT is(pg_temp.tally('a', 'LS_FLAT'), 'active x 1188, suspended x 12',
		  'R4.6: 1,200 members inserted in one statement into a licensed group');
SELECT is(pg_temp.seats('a', 'LS_FLAT'), '5000/1188', 'R2.5: one seat per live member');

-- the same as sets of 100
SELECT results_eq('SELECT * FROM pg_temp.states(''a'', ''LS_FREE'') ORDER BY 1, 2',
				  'SELECT * FROM pg_temp.states(''b'', ''LS_FREE'') ORDER BY 1, 2',
				  'R4.11: every state of the attach at once is the state of the members added 100 at a time');
SELECT results_eq('SELECT * FROM pg_temp.states(''a'', ''LS_HELD'') ORDER BY 1, 2',
				  'SELECT * FROM pg_temp.states(''b'', ''LS_HELD'') ORDER BY 1, 2',
				  'R2.2: ...with a product some users hold already');
SELECT results_eq('SELECT * FROM pg_temp.states(''a'', ''LS_FLAT'') ORDER BY 1, 2',
				  'SELECT * FROM pg_temp.states(''b'', ''LS_FLAT'') ORDER BY 1, 2',
				  'R4.6: ...and for 1,200 direct members in one statement');
SELECT is(pg_temp.tally('a', 'LS_FEW'), pg_temp.tally('b', 'LS_FEW'),
		  'R6.1: as many wait either way (who waits follows the order they came in)');
SELECT is(ARRAY[pg_temp.audited('a', 'LS_FREE'), pg_temp.audited('a', 'LS_FLAT')],
		  ARRAY[pg_temp.audited('b', 'LS_FREE'), pg_temp.audited('b', 'LS_FLAT')],
		  'R11.1: the audit names the same users either way');

-- and detaching the subtree at once takes back every seat
DELETE FROM license_mgmt.group_members WHERE tenant_id = pg_temp.t('a') AND member_id = pg_temp.g('a', 'S');
SELECT is(ARRAY[pg_temp.seats('a', 'LS_FREE'), pg_temp.seats('a', 'LS_HELD'), pg_temp.seats('a', 'LS_FEW')],
		  ARRAY['5000/0', '5000/100', '600/0'],
		  'R4.6: detaching the subtree frees its seats; direct holders keep theirs');
-- a product's first group assignment in A; in B, user 1201 (in no group)
-- holds it first, so the same assignment is judged in full
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT pg_temp.t(tag), pg_temp.g(tag, 'G'), pg_temp.u(tag, i)
  FROM unnest(ARRAY['a', 'b']) tag, generate_series(1, 1200) i;
SELECT license_mgmt.assign_user_license(pg_temp.u('b', 1201), pg_temp.sku('LS_GROUP'));
SELECT is(ARRAY(SELECT row(r.licensed, r.failed)::text
				  FROM unnest(ARRAY['a', 'b']) tag,
					   LATERAL license_mgmt.assign_group_license(pg_temp.g(tag, 'G'), pg_temp.sku('LS_GROUP')) r
				 ORDER BY tag),
		  ARRAY['(1188,0)', '(1188,0)'],
		  'R4.1: a group of 1,200 licensed at once: 1,188 live members licensed, either way');
SELECT is(pg_temp.tally('a', 'LS_GROUP'), 'active x 1188, suspended x 12',
		  'R4.1, R8.1: the first group assignment of a product: live members active, deleted ones suspended');
SELECT is(ARRAY[pg_temp.seats('a', 'LS_GROUP'), pg_temp.seats('b', 'LS_GROUP')], ARRAY['5000/1188', '5000/1189'],
		  'R2.5: one seat per live member, besides the direct holder''s');
SELECT results_eq('SELECT * FROM pg_temp.states(''a'', ''LS_GROUP'') WHERE grp IS NOT NULL ORDER BY 1, 2',
				  'SELECT * FROM pg_temp.states(''b'', ''LS_GROUP'') WHERE grp IS NOT NULL ORDER BY 1, 2',
				  'R4.1: every member''s state is the one the full judgement gives');

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty after the large sets');

SELECT * FROM finish();
ROLLBACK;
