-- test/property/property.sql: the property test of license_mgmt.
--
-- Thousands of random operations on a few tenants (assignments and removals,
-- direct, bulk and by group; memberships one by one and in bulk; nested
-- groups; usage locations; soft delete, restore and hard delete of users;
-- subscriptions: seats, status, lifecycle; plan conflicts and dependencies),
-- each checked as it happens, and the whole state checked against a count
-- from scratch every few operations (SPEC R12: verify() stays empty).
--
-- Everything is seeded: setseed() then random(), every id derived from a
-- number (prop.id), every choice made over rows in a fixed order, so one
-- seed always performs the same operations.  Every operation is logged as
-- the SQL it ran (prop.log), which replays it.
--
-- Entry point: CALL prop.run(seed, operations, check_every, stop_on_failure)
-- (test/property/run.sh), on one server or on a Citus cluster (README.md).
-- Refusals (class 23 with the expected constraint name) are legitimate
-- outcomes; any other error fails the test.

SET client_min_messages = warning;
DROP SCHEMA IF EXISTS prop CASCADE;
CREATE SCHEMA prop;

------------------------------------------------------------------------------
-- Ids, names and the log
------------------------------------------------------------------------------

-- Every object's id is derived from its kind and numbers: the same on every run.
CREATE FUNCTION prop.id(kind text, a integer, b integer DEFAULT 0)
RETURNS uuid LANGUAGE sql IMMUTABLE
AS $$ SELECT pg_catalog.md5(kind || ':' || a || ':' || b)::uuid $$;

-- How to write an id in the logged SQL, and how to name it in a message.
CREATE TABLE prop.names (id uuid PRIMARY KEY, ref text NOT NULL, label text NOT NULL);

CREATE FUNCTION prop.named(kind text, a integer, b integer, label text)
RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
	v uuid := prop.id(kind, a, b);
BEGIN
	INSERT INTO prop.names VALUES (v, format('prop.id(%L,%s,%s)', kind, a, b), label)
	ON CONFLICT (id) DO NOTHING;
	RETURN v;
END $$;

CREATE FUNCTION prop.ref(v uuid) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT COALESCE((SELECT n.ref FROM prop.names n WHERE n.id = v), quote_literal(v) || '::uuid')
$$;

CREATE FUNCTION prop.refs(v uuid[]) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT CASE WHEN v IS NULL OR cardinality(v) = 0 THEN '''{}''::uuid[]'
		   ELSE 'ARRAY[' || (SELECT string_agg(prop.ref(x), ', ' ORDER BY o)
							   FROM unnest(v) WITH ORDINALITY AS u(x, o)) || ']' END
$$;

CREATE FUNCTION prop.label(v uuid) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT COALESCE((SELECT n.label FROM prop.names n WHERE n.id = v), v::text)
$$;

-- A text with every known id in it replaced by its label.
CREATE FUNCTION prop.relabel(t text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
	m text;
BEGIN
	FOR m IN SELECT DISTINCT x[1] FROM regexp_matches(t, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g') AS x
	LOOP
		t := replace(t, m, prop.label(m::uuid));
	END LOOP;
	RETURN t;
END $$;

CREATE FUNCTION prop.labels(v uuid[]) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT COALESCE(string_agg(prop.label(x), ',' ORDER BY o), '')
	  FROM unnest(v) WITH ORDINALITY AS u(x, o)
$$;

CREATE TABLE prop.counters (name text PRIMARY KEY, n integer NOT NULL);

CREATE FUNCTION prop.next(counter text) RETURNS integer LANGUAGE sql AS $$
	INSERT INTO prop.counters VALUES (counter, 1)
	ON CONFLICT (name) DO UPDATE SET n = prop.counters.n + 1
	RETURNING n
$$;

CREATE TABLE prop.log (
	seq				serial PRIMARY KEY,
	op_no			integer NOT NULL,		-- 0 = setup
	kind			text NOT NULL,
	sql				text NOT NULL,
	outcome			text,					-- ok, refused, error
	sqlstate		text,
	constraint_name	text,
	message			text,
	ms				numeric
);

CREATE TABLE prop.failures (
	id			serial PRIMARY KEY,
	op_no		integer NOT NULL,
	kind		text NOT NULL,
	check_name	text NOT NULL,
	detail		text
);

CREATE TABLE prop.checks_run (op_no integer PRIMARY KEY);

-- The license states a failing operation changed.
CREATE TABLE prop.changes (op_no integer NOT NULL, change text NOT NULL);

-- The simulated clock: two hours per operation.
CREATE FUNCTION prop.sim(op_no integer) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
	SELECT '2030-01-01 00:00:00+00'::timestamptz + op_no * interval '2 hours'
$$;

------------------------------------------------------------------------------
-- Seeded choices
------------------------------------------------------------------------------

CREATE FUNCTION prop.rnd(n integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
	IF n IS NULL OR n <= 0 THEN RETURN 0; END IF;
	RETURN floor(random() * n)::integer;
END $$;

CREATE FUNCTION prop.between(lo integer, hi integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
	RETURN lo + prop.rnd(hi - lo + 1);
END $$;

CREATE FUNCTION prop.chance(p float8) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	RETURN random() < p;
END $$;

CREATE FUNCTION prop.pick(a uuid[]) RETURNS uuid LANGUAGE plpgsql AS $$
BEGIN
	IF a IS NULL OR cardinality(a) = 0 THEN RETURN NULL; END IF;
	RETURN a[1 + prop.rnd(cardinality(a))];
END $$;

CREATE FUNCTION prop.pick_text(a text[]) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	IF a IS NULL OR cardinality(a) = 0 THEN RETURN NULL; END IF;
	RETURN a[1 + prop.rnd(cardinality(a))];
END $$;

-- k distinct elements of a, in random order (Fisher-Yates).
CREATE FUNCTION prop.sample(a uuid[], k integer) RETURNS uuid[] LANGUAGE plpgsql AS $$
DECLARE
	n integer := COALESCE(cardinality(a), 0);
	j integer;
	tmp uuid;
BEGIN
	IF n = 0 OR k <= 0 THEN RETURN '{}'; END IF;
	FOR i IN 1..least(k, n) LOOP
		j := i + prop.rnd(n - i + 1);
		tmp := a[i]; a[i] := a[j]; a[j] := tmp;
	END LOOP;
	RETURN a[1:least(k, n)];
END $$;

-- A usage location for a user: mostly allowed everywhere, some not, some none.
CREATE FUNCTION prop.location() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN prop.pick_text('{US,US,US,DE,DE,DE,FR,FR,CN,CN,RU,NULL,NULL}'::text[]);
END $$;

------------------------------------------------------------------------------
-- The world as it is (every list in a fixed order)
------------------------------------------------------------------------------

CREATE FUNCTION prop.tenants() RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT array_agg(tenant_id ORDER BY tenant_id) FROM license_mgmt.tenants
$$;

CREATE FUNCTION prop.tenant_no(t uuid) RETURNS integer LANGUAGE sql STABLE AS $$
	SELECT (regexp_match(n.ref, ',(\d+),'))[1]::integer FROM prop.names n WHERE n.id = t
$$;

CREATE FUNCTION prop.users(t uuid, live_only boolean DEFAULT false) RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT COALESCE(array_agg(user_id ORDER BY user_id), '{}') FROM license_mgmt.users
	 WHERE tenant_id = t AND (NOT live_only OR deleted_at IS NULL)
$$;

-- A user: with probability live_share one that is not soft-deleted (when there is one).
CREATE FUNCTION prop.pick_user(t uuid, live_share float8) RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
	live uuid[];
BEGIN
	IF prop.chance(live_share) THEN
		live := prop.users(t, true);
		IF cardinality(live) > 0 THEN RETURN prop.pick(live); END IF;
	END IF;
	RETURN prop.pick(prop.users(t));
END $$;

CREATE FUNCTION prop.deleted_users(t uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT COALESCE(array_agg(user_id ORDER BY user_id), '{}') FROM license_mgmt.users
	 WHERE tenant_id = t AND deleted_at IS NOT NULL
$$;

CREATE FUNCTION prop.groups(t uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT COALESCE(array_agg(group_id ORDER BY group_id), '{}') FROM license_mgmt.groups WHERE tenant_id = t
$$;

CREATE FUNCTION prop.skus() RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT array_agg(sku_id ORDER BY sku_id) FROM license_mgmt.products
$$;

-- A product to assign: mostly one the tenant has usable seats of.
CREATE FUNCTION prop.pick_sku(t uuid) RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
	usable uuid[] := ARRAY(SELECT c.sku_id FROM license_mgmt_internal.seat_usage c
							WHERE c.tenant_id = t AND c.total > 0 ORDER BY c.sku_id);
BEGIN
	IF prop.chance(0.8) AND cardinality(usable) > 0 THEN
		RETURN prop.pick(usable);
	END IF;
	RETURN prop.pick(prop.skus());
END $$;

CREATE FUNCTION prop.plans_of(sku uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT COALESCE(array_agg(service_plan_id ORDER BY service_plan_id), '{}')
	  FROM license_mgmt.product_service_plans WHERE sku_id = sku
$$;

CREATE FUNCTION prop.subscriptions(t uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
	SELECT COALESCE(array_agg(subscription_id ORDER BY subscription_id), '{}')
	  FROM license_mgmt.subscriptions WHERE tenant_id = t
$$;

-- Assignment options: mostly none, often some of the product's plans, rarely
-- a plan that is not in the product (refused).
CREATE FUNCTION prop.disabled_for(sku uuid) RETURNS uuid[] LANGUAGE plpgsql AS $$
DECLARE
	r float8 := random();
	plans uuid[] := prop.plans_of(sku);
	others uuid[];
	result uuid[];
BEGIN
	IF r < 0.6 THEN RETURN '{}'; END IF;
	result := prop.sample(plans, prop.between(1, greatest(1, cardinality(plans))));
	IF r >= 0.96 THEN
		others := ARRAY(SELECT service_plan_id FROM license_mgmt.service_plans
						 WHERE service_plan_id <> ALL (plans) ORDER BY service_plan_id);
		result := result || prop.pick(others);
	END IF;
	RETURN result;
END $$;

CREATE FUNCTION prop.sorted(a uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
	SELECT COALESCE(array_agg(DISTINCT x ORDER BY x), '{}') FROM unnest(a) AS x
$$;

CREATE FUNCTION prop.uuids(j jsonb) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
	SELECT COALESCE(array_agg(x::uuid ORDER BY o), '{}') FROM jsonb_array_elements_text(j) WITH ORDINALITY AS e(x, o)
$$;

------------------------------------------------------------------------------
-- Refusals: the constraint names and their SQLSTATEs (SPEC section 2)
------------------------------------------------------------------------------

CREATE FUNCTION prop.sqlstate_of(constraint_name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE constraint_name
		WHEN 'license_seat_limit' THEN '23514'
		WHEN 'license_usage_location_required' THEN '23502'
		WHEN 'license_usage_location_allowed' THEN '23514'
		WHEN 'license_service_plan_conflict' THEN '23P01'
		WHEN 'license_service_plan_dependency' THEN '23503'
		WHEN 'license_product_subscribed' THEN '23514'
		WHEN 'license_disabled_plan_in_product' THEN '23514'
		WHEN 'license_inherited_assignment' THEN '23001'
		WHEN 'group_has_licenses' THEN '23001'
		WHEN 'group_membership_acyclic' THEN '23514'
		-- not in the contract's table, raised for unknown objects (R13.1)
		WHEN 'license_user_exists' THEN '23503'
		WHEN 'license_user_active' THEN '23514'
		WHEN 'license_group_exists' THEN '23503'
		WHEN 'license_assignment_exists' THEN '23503'
		-- table constraints
		WHEN 'group_members_pkey' THEN '23505'
		WHEN 'group_members_not_self' THEN '23514'
		WHEN 'group_members_member_fkey' THEN '23503'
	END
$$;

CREATE FUNCTION prop.contract_refusal(constraint_name text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
	SELECT constraint_name IN ('license_seat_limit', 'license_usage_location_required',
		'license_usage_location_allowed', 'license_service_plan_conflict', 'license_service_plan_dependency',
		'license_product_subscribed', 'license_disabled_plan_in_product', 'license_inherited_assignment',
		'group_has_licenses', 'group_membership_acyclic')
$$;

-- expected: constraint names, or 'sqlstate:XXXXX' for a known error without one.
CREATE FUNCTION prop.expected_refusal(expected text[], st text, cn text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
	SELECT (st LIKE '23%' AND cn IS NOT NULL AND cn = ANY (expected) AND prop.sqlstate_of(cn) = st)
		OR ('sqlstate:' || st) = ANY (expected)
$$;

------------------------------------------------------------------------------
-- The invariants
------------------------------------------------------------------------------

-- The plans each seat-holding source enables (computed here, not with the
-- extension's own view: the test's oracle is independent of the code).
CREATE VIEW prop.enabled AS
	SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, psp.service_plan_id
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.product_service_plans psp
		ON psp.sku_id = s.sku_id AND NOT (psp.service_plan_id = ANY (s.disabled_plans))
	 WHERE s.state IN ('active', 'active_with_error');

CREATE VIEW prop.exclusions AS
	SELECT service_plan_id AS a, conflicting_service_plan_id AS b FROM license_mgmt.service_plan_conflicts
	UNION
	SELECT conflicting_service_plan_id, service_plan_id FROM license_mgmt.service_plan_conflicts;

CREATE FUNCTION prop.state_label(u uuid, sku uuid, g uuid, state text, error text, disabled uuid[])
RETURNS text LANGUAGE sql STABLE AS $$
	SELECT format('%s %s via %s: %s%s%s', prop.label(u), prop.label(sku),
				  CASE WHEN g = '00000000-0000-0000-0000-000000000000' THEN 'direct' ELSE prop.label(g) END,
				  state, COALESCE('/' || error, ''),
				  CASE WHEN cardinality(disabled) > 0 THEN ' (disabled ' || prop.labels(disabled) || ')' ELSE '' END)
$$;

CREATE FUNCTION prop.state_label(s license_mgmt.license_states) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT prop.state_label(s.user_id, s.sku_id, s.group_id, s.state, s.error, s.disabled_plans)
$$;

/*
 * prop.check(): every invariant that must hold after any operation.  One row
 * per violation.  Rows whose check_name starts with 'strict:' are the
 * stricter reading of the rules (errors that no longer apply must clear).
 *
 * It reads each table and view once, into arrays, and checks those: on
 * Citus each read runs on the shards and the checks on the coordinator,
 * where prop's own tables are (prop.names, for the labels); a query over
 * the extension's tables that called prop.label() would run on the
 * workers.  One snapshot (a STABLE function), the same rows as the tables.
 */
CREATE FUNCTION prop.check() RETURNS TABLE (check_name text, detail text) LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
	-- every table and view the checks read, read once
	the_states license_mgmt.license_states[] := ARRAY(SELECT x FROM license_mgmt.license_states x);
	the_usage license_mgmt_internal.seat_usage[] := ARRAY(SELECT x FROM license_mgmt_internal.seat_usage x);
	the_subscriptions license_mgmt.subscriptions[] := ARRAY(SELECT x FROM license_mgmt.subscriptions x);
	the_users license_mgmt.users[] := ARRAY(SELECT x FROM license_mgmt.users x);
	the_tenants license_mgmt.tenants[] := ARRAY(SELECT x FROM license_mgmt.tenants x);
	the_groups license_mgmt.groups[] := ARRAY(SELECT x FROM license_mgmt.groups x);
	the_members license_mgmt.group_members[] := ARRAY(SELECT x FROM license_mgmt.group_members x);
	the_enabled prop.enabled[] := ARRAY(SELECT x FROM prop.enabled x);
	the_products license_mgmt.products[] := ARRAY(SELECT x FROM license_mgmt.products x);
	the_product_plans license_mgmt.product_service_plans[] := ARRAY(SELECT x FROM license_mgmt.product_service_plans x);
	the_plans license_mgmt.service_plans[] := ARRAY(SELECT x FROM license_mgmt.service_plans x);
	the_dependencies license_mgmt.service_plan_dependencies[] := ARRAY(SELECT x FROM license_mgmt.service_plan_dependencies x);
	the_exclusions prop.exclusions[] := ARRAY(SELECT x FROM prop.exclusions x);
	the_product_summary license_mgmt.product_summary[] := ARRAY(SELECT x FROM license_mgmt.product_summary x);
	the_user_licenses license_mgmt.user_licenses[] := ARRAY(SELECT x FROM license_mgmt.user_licenses x);
	the_license_details license_mgmt.license_details[] := ARRAY(SELECT x FROM license_mgmt.license_details x);
BEGIN
	-- R12: verify() returns nothing
	RETURN QUERY
	SELECT 'verify:' || v.problem,
		   concat_ws(' ', prop.label(v.tenant_id), prop.label(v.user_id), prop.label(v.sku_id), prop.relabel(v.detail))
	  FROM license_mgmt.verify() v;
	-- R2.1, R2.2: every counter equals a count from scratch; every product with
	-- a subscription or a state has a counter
	RETURN QUERY
	SELECT 'seat_counter',
		   format('%s %s: counter total %s assigned %s, from scratch total %s assigned %s',
				  prop.label(k.tenant_id), prop.label(k.sku_id), c.total, c.assigned, t.total, a.assigned)
	  FROM (SELECT tenant_id, sku_id FROM unnest(the_usage)
			UNION SELECT tenant_id, sku_id FROM unnest(the_subscriptions)
			UNION SELECT tenant_id, sku_id FROM unnest(the_states)) k
	  LEFT JOIN unnest(the_usage) c ON c.tenant_id = k.tenant_id AND c.sku_id = k.sku_id
	  CROSS JOIN LATERAL (SELECT COALESCE(sum(x.seats) FILTER (WHERE x.status IN ('enabled', 'warning')), 0) AS total
							FROM unnest(the_subscriptions) x
						   WHERE x.tenant_id = k.tenant_id AND x.sku_id = k.sku_id) t
	  CROSS JOIN LATERAL (SELECT count(DISTINCT s.user_id) AS assigned
							FROM unnest(the_states) s
						   WHERE s.tenant_id = k.tenant_id AND s.sku_id = k.sku_id
							 AND s.state IN ('active', 'active_with_error')) a
	 WHERE c.tenant_id IS NULL OR c.total <> t.total OR c.assigned <> a.assigned;
	-- R7.2, R7.3: no user has two plans that exclude each other enabled
	RETURN QUERY
	SELECT DISTINCT 'conflicting_plans_held',
		   format('%s holds %s and %s, whose plans %s and %s exclude each other', prop.label(e1.user_id),
				  prop.label(e1.sku_id), prop.label(e2.sku_id), prop.label(e1.service_plan_id),
				  prop.label(e2.service_plan_id))
	  FROM unnest(the_enabled) e1
	  JOIN unnest(the_exclusions) x ON x.a = e1.service_plan_id
	  JOIN unnest(the_enabled) e2 ON e2.tenant_id = e1.tenant_id AND e2.user_id = e1.user_id
						  AND e2.service_plan_id = x.b AND e2.sku_id <> e1.sku_id
	 WHERE e1.sku_id < e2.sku_id;
	-- R7.1, R4.10: an active source has every plan its enabled plans require
	RETURN QUERY
	SELECT DISTINCT 'active_without_required_plan',
		   format('%s: plan %s requires %s, which no active source of the user enables',
				  prop.state_label(s), prop.label(d.service_plan_id), prop.label(d.required_service_plan_id))
	  FROM unnest(the_states) s
	  JOIN unnest(the_enabled) e ON e.tenant_id = s.tenant_id AND e.user_id = s.user_id
						 AND e.sku_id = s.sku_id AND e.group_id = s.group_id
	  JOIN unnest(the_dependencies) d ON d.service_plan_id = e.service_plan_id
	 WHERE s.state = 'active'
	   AND NOT EXISTS (SELECT 1 FROM unnest(the_enabled) r
						WHERE r.tenant_id = s.tenant_id AND r.user_id = s.user_id
						  AND r.service_plan_id = d.required_service_plan_id);
	-- R5.2, R5.3: no seat-holding source enables a plan not offered where the user is
	RETURN QUERY
	SELECT DISTINCT 'prohibited_plan_held',
		   format('%s: plan %s is not offered in %s', prop.state_label(s), prop.label(sp.service_plan_id),
				  COALESCE(u.usage_location, t.usage_location))
	  FROM unnest(the_states) s
	  JOIN unnest(the_enabled) e ON e.tenant_id = s.tenant_id AND e.user_id = s.user_id
						 AND e.sku_id = s.sku_id AND e.group_id = s.group_id
	  JOIN unnest(the_plans) sp ON sp.service_plan_id = e.service_plan_id
	  JOIN unnest(the_users) u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN unnest(the_tenants) t ON t.tenant_id = s.tenant_id
	 WHERE COALESCE(u.usage_location, t.usage_location) = ANY (sp.unavailable_locations);
	-- R2.2, R3.1: a user holding the product through one source needs no seat
	-- for another: nothing waits for a seat it already has
	RETURN QUERY
	SELECT 'waiting_while_holding',
		   format('%s waits for a seat while the user holds the product', prop.state_label(s))
	  FROM unnest(the_states) s
	 WHERE s.error = 'CountViolation'
	   AND EXISTS (SELECT 1 FROM unnest(the_states) o
					WHERE o.tenant_id = s.tenant_id AND o.user_id = s.user_id AND o.sku_id = s.sku_id
					  AND o.state IN ('active', 'active_with_error'));
	-- R4.11: memberships never form a cycle
	RETURN QUERY
	(WITH RECURSIVE edge AS (
		SELECT m.tenant_id, m.group_id, m.member_id
		  FROM unnest(the_members) m
		  JOIN unnest(the_groups) g ON g.tenant_id = m.tenant_id AND g.group_id = m.member_id),
	 walk(tenant_id, root, node, path) AS (
		SELECT e.tenant_id, e.group_id, e.member_id, ARRAY[e.group_id] FROM edge e
		UNION ALL
		SELECT w.tenant_id, w.root, e.member_id, w.path || w.node
		  FROM walk w JOIN edge e ON e.tenant_id = w.tenant_id AND e.group_id = w.node
		 WHERE w.node <> ALL (w.path))
	 SELECT DISTINCT 'membership_cycle', format('group %s reaches itself', prop.label(w.root))
	   FROM walk w WHERE w.node = w.root);
	-- R2, R2.0, R2.3: the Licenses page shows the counters, one row per subscribed product
	RETURN QUERY
	SELECT 'view:product_summary',
		   format('%s %s: %s rows, total %s assigned %s available %s; counter total %s assigned %s',
				  prop.label(k.tenant_id), prop.label(k.sku_id), count(v.sku_id), min(v.total), min(v.assigned),
				  min(v.available), min(c.total), min(c.assigned))
	  FROM (SELECT DISTINCT tenant_id, sku_id FROM unnest(the_subscriptions)) k
	  LEFT JOIN unnest(the_usage) c ON c.tenant_id = k.tenant_id AND c.sku_id = k.sku_id
	  LEFT JOIN unnest(the_product_summary) v ON v.tenant_id = k.tenant_id AND v.sku_id = k.sku_id
	 GROUP BY k.tenant_id, k.sku_id
	HAVING count(v.sku_id) <> 1 OR min(v.total) IS DISTINCT FROM min(c.total)
		OR min(v.assigned) IS DISTINCT FROM min(c.assigned)
		OR min(v.available) IS DISTINCT FROM min(c.total) - min(c.assigned);
	-- user_licenses: one row per user and product, the best state of its sources,
	-- the union of the plans its seat-holding sources enable (R4.7)
	RETURN QUERY
	WITH expect AS (
		SELECT s.tenant_id, s.user_id, s.sku_id,
			   (array_agg(s.state ORDER BY array_position('{active,active_with_error,error,suspended,disabled}'::text[], s.state)))[1] AS state,
			   bool_or(s.group_id = '00000000-0000-0000-0000-000000000000') AS assigned_directly,
			   COALESCE(array_agg(s.group_id ORDER BY s.group_id)
						FILTER (WHERE s.group_id <> '00000000-0000-0000-0000-000000000000'), '{}') AS inherited_from,
			   ARRAY(SELECT DISTINCT sp.service_plan_name FROM unnest(the_enabled) e
					   JOIN unnest(the_plans) sp ON sp.service_plan_id = e.service_plan_id
					  WHERE e.tenant_id = s.tenant_id AND e.user_id = s.user_id AND e.sku_id = s.sku_id
					  ORDER BY 1) AS plans
		  FROM unnest(the_states) s
		 GROUP BY s.tenant_id, s.user_id, s.sku_id)
	SELECT 'view:user_licenses',
		   format('%s %s: view says %s direct %s groups %s plans %s; states say %s direct %s groups %s plans %s',
				  prop.label(COALESCE(x.user_id, v.user_id)), prop.label(COALESCE(x.sku_id, v.sku_id)),
				  v.state, v.assigned_directly, prop.labels(v.inherited_from), v.enabled_service_plans,
				  x.state, x.assigned_directly, prop.labels(x.inherited_from), x.plans)
	  FROM expect x
	  FULL JOIN unnest(the_user_licenses) v
		ON v.tenant_id = x.tenant_id AND v.user_id = x.user_id AND v.sku_id = x.sku_id
	 WHERE x.user_id IS NULL OR v.user_id IS NULL
		OR (v.state, v.assigned_directly, v.inherited_from, v.enabled_service_plans)
		   IS DISTINCT FROM (x.state, x.assigned_directly, x.inherited_from, x.plans);
	-- license_details (Graph's licenseDetails): the rows of user_licenses, every
	-- plan of the product Success when a seat-holding source enables it, else
	-- Disabled when the license holds a seat or every source leaves the plan
	-- off, else PendingActivation
	RETURN QUERY
	WITH license AS (
		SELECT s.tenant_id, s.user_id, s.sku_id, bool_or(s.state IN ('active', 'active_with_error')) AS seated
		  FROM unnest(the_states) s
		 GROUP BY s.tenant_id, s.user_id, s.sku_id),
	expect AS (
		SELECT l.tenant_id, l.user_id, l.sku_id, p.sku_part_number,
			   COALESCE(jsonb_agg(jsonb_build_object(
							'servicePlanId', psp.service_plan_id, 'servicePlanName', sp.service_plan_name,
							'appliesTo', 'User', 'provisioningStatus',
							CASE WHEN EXISTS (SELECT 1 FROM unnest(the_enabled) e
											   WHERE e.tenant_id = l.tenant_id AND e.user_id = l.user_id
												 AND e.sku_id = l.sku_id AND e.service_plan_id = psp.service_plan_id)
									  THEN 'Success'
								 WHEN l.seated THEN 'Disabled'
								 WHEN EXISTS (SELECT 1 FROM unnest(the_states) o
											   WHERE o.tenant_id = l.tenant_id AND o.user_id = l.user_id AND o.sku_id = l.sku_id
												 AND NOT (psp.service_plan_id = ANY (o.disabled_plans)))
									  THEN 'PendingActivation'
								 ELSE 'Disabled' END)
						 ORDER BY sp.service_plan_name, sp.service_plan_id) FILTER (WHERE psp.sku_id IS NOT NULL),
						'[]') AS plans
		  FROM license l
		  JOIN unnest(the_products) p ON p.sku_id = l.sku_id
		  LEFT JOIN unnest(the_product_plans) psp ON psp.sku_id = l.sku_id
		  LEFT JOIN unnest(the_plans) sp ON sp.service_plan_id = psp.service_plan_id
		 GROUP BY l.tenant_id, l.user_id, l.sku_id, l.seated, p.sku_part_number)
	SELECT 'view:license_details',
		   format('%s %s: view says %s %s; states say %s %s',
				  prop.label(COALESCE(x.user_id, v.user_id)), prop.label(COALESCE(x.sku_id, v."skuId")),
				  v."skuPartNumber", v."servicePlans", x.sku_part_number, x.plans)
	  FROM expect x
	  FULL JOIN unnest(the_license_details) v
		ON v.tenant_id = x.tenant_id AND v.user_id = x.user_id AND v."skuId" = x.sku_id
	 WHERE x.user_id IS NULL OR v.user_id IS NULL
		OR (v."skuPartNumber", v."servicePlans") IS DISTINCT FROM (x.sku_part_number, x.plans);
	-- strict: an error whose cause is gone must have been re-judged (R5.3, R6.1,
	-- R7; the engine re-judges related products on every change)
	RETURN QUERY
	SELECT 'strict:stale_error', format('%s but no enabled plan of it is excluded by one the user holds',
										 prop.state_label(s))
	  FROM unnest(the_states) s
	 WHERE s.error = 'MutuallyExclusiveViolation'
	   AND NOT EXISTS (SELECT 1 FROM unnest(the_product_plans) psp
						 JOIN unnest(the_exclusions) x ON x.a = psp.service_plan_id
						 JOIN unnest(the_enabled) e ON e.tenant_id = s.tenant_id AND e.user_id = s.user_id
											AND e.sku_id <> s.sku_id AND e.service_plan_id = x.b
						WHERE psp.sku_id = s.sku_id AND NOT (psp.service_plan_id = ANY (s.disabled_plans)));

	RETURN QUERY
	SELECT 'strict:stale_error', format('%s but every plan it requires is enabled', prop.state_label(s))
	  FROM unnest(the_states) s
	 WHERE s.error = 'DependencyViolation'
	   AND NOT EXISTS (
			SELECT 1
			  FROM unnest(the_product_plans) psp
			  JOIN unnest(the_dependencies) d ON d.service_plan_id = psp.service_plan_id
			 WHERE psp.sku_id = s.sku_id AND NOT (psp.service_plan_id = ANY (s.disabled_plans))
			   AND NOT EXISTS (SELECT 1 FROM unnest(the_product_plans) own
								WHERE own.sku_id = s.sku_id AND own.service_plan_id = d.required_service_plan_id
								  AND NOT (own.service_plan_id = ANY (s.disabled_plans)))
			   AND NOT EXISTS (SELECT 1 FROM unnest(the_enabled) r
								WHERE r.tenant_id = s.tenant_id AND r.user_id = s.user_id
								  AND r.service_plan_id = d.required_service_plan_id
								  AND NOT (r.sku_id = s.sku_id AND r.group_id = s.group_id)));

	RETURN QUERY
	SELECT 'strict:stale_error', format('%s but %s allows every enabled plan', prop.state_label(s),
										 COALESCE(u.usage_location, t.usage_location))
	  FROM unnest(the_states) s
	  JOIN unnest(the_users) u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN unnest(the_tenants) t ON t.tenant_id = s.tenant_id
	 WHERE s.error = 'ProhibitedInUsageLocationViolation'
	   AND NOT EXISTS (SELECT 1 FROM unnest(the_product_plans) psp
						 JOIN unnest(the_plans) sp ON sp.service_plan_id = psp.service_plan_id
						WHERE psp.sku_id = s.sku_id AND NOT (psp.service_plan_id = ANY (s.disabled_plans))
						  AND COALESCE(u.usage_location, t.usage_location) = ANY (sp.unavailable_locations));
END
$$;

-- Derived state in a comparable form: states and counters (as run() read them).
CREATE FUNCTION prop.states_hash(states license_mgmt.license_states[], counters license_mgmt_internal.seat_usage[])
RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT md5(COALESCE((SELECT string_agg(format('%s|%s|%s|%s|%s|%s|%s', tenant_id, user_id, sku_id, group_id,
													  state, error, disabled_plans), ';'
										 ORDER BY tenant_id, user_id, sku_id, group_id)
						   FROM unnest(states)), '')
			   || '#' ||
			   COALESCE((SELECT string_agg(format('%s|%s|%s|%s', tenant_id, sku_id, total, assigned), ';'
										 ORDER BY tenant_id, sku_id)
						   FROM unnest(counters)), ''))
$$;

CREATE FUNCTION prop.states_text() RETURNS text LANGUAGE sql STABLE AS $$
	WITH s AS MATERIALIZED (
		SELECT user_id, sku_id, group_id, state, error, disabled_plans FROM license_mgmt.license_states)
	SELECT string_agg(l, E'\n' ORDER BY l)
	  FROM (SELECT prop.state_label(s.user_id, s.sku_id, s.group_id, s.state, s.error, s.disabled_plans) AS l FROM s) x
$$;



------------------------------------------------------------------------------
-- Setup: the catalog, three tenants, their users, groups and subscriptions
------------------------------------------------------------------------------

CREATE FUNCTION prop.setup_exec(sql text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO prop.log (op_no, kind, sql, outcome) VALUES (0, 'setup', sql, 'ok');
	EXECUTE sql;
END $$;

CREATE FUNCTION prop.setup() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	plan record;
	sku record;
	t record;
	g uuid;
	members uuid[];
	v text;
BEGIN
	-- service plans: (number, name, unavailable locations)
	FOR plan IN SELECT * FROM (VALUES
		(1, 'BASE_MAIL', '{}'), (2, 'BASE_SITES', '{}'), (3, 'OFFICE', '{}'),
		(4, 'COPILOT_AI', '{CN,RU}'), (5, 'MAIL_ARCHIVE', '{}'), (6, 'SITES_PLUS', '{}'),
		(7, 'ARCHIVE_PRO', '{}'), (8, 'VOICE_A', '{}'), (9, 'VOICE_B', '{}'),
		(10, 'WHITEBOARD', '{}'), (11, 'TEAMS_EU', '{US}')) AS p(n, name, unavailable) ORDER BY n
	LOOP
		PERFORM prop.named('sp', plan.n, 0, plan.name);
		PERFORM prop.setup_exec(format(
			'INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (%s, %L, %L)',
			prop.ref(prop.id('sp', plan.n)), plan.name, plan.unavailable));
	END LOOP;
	-- MAIL_ARCHIVE needs BASE_MAIL, SITES_PLUS needs BASE_SITES, ARCHIVE_PRO needs
	-- MAIL_ARCHIVE (a chain); VOICE_A and VOICE_B exclude each other, and so do
	-- VOICE_B and SITES_PLUS (written the other way round).
	PERFORM prop.setup_exec(
		'INSERT INTO license_mgmt.service_plan_dependencies VALUES'
		' (prop.id(''sp'',5,0), prop.id(''sp'',1,0)), (prop.id(''sp'',6,0), prop.id(''sp'',2,0)),'
		' (prop.id(''sp'',7,0), prop.id(''sp'',5,0))');
	PERFORM prop.setup_exec(
		'INSERT INTO license_mgmt.service_plan_conflicts VALUES'
		' (prop.id(''sp'',8,0), prop.id(''sp'',9,0)), (prop.id(''sp'',9,0), prop.id(''sp'',6,0))');
	-- products: (number, part number, plans)
	FOR sku IN SELECT * FROM (VALUES
		(1, 'SUITE_E3', '{1,2,3,10}'), (2, 'SUITE_E5', '{1,2,3,4,8}'), (3, 'MAIL_ONLY', '{1}'),
		(4, 'ARCHIVE_ADDON', '{5}'), (5, 'SITES_ADDON', '{6,10}'), (6, 'ARCHIVE_PRO', '{7}'),
		(7, 'VOICE_B_PACK', '{9,11}'), (8, 'WHITEBOARD', '{10}'), (9, 'ARCHIVE_BUNDLE', '{1,5}'))
		AS p(n, part, plans) ORDER BY n
	LOOP
		PERFORM prop.named('sku', sku.n, 0, sku.part);
		PERFORM prop.setup_exec(format(
			'INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (%s, %L, %L)',
			prop.ref(prop.id('sku', sku.n)), sku.part, initcap(replace(sku.part, '_', ' '))));
		PERFORM prop.setup_exec(format(
			'INSERT INTO license_mgmt.product_service_plans SELECT %s, prop.id(''sp'', p) FROM unnest(%L::int[]) AS p',
			prop.ref(prop.id('sku', sku.n)), sku.plans));
	END LOOP;

	-- tenants: t1 without nesting, t2 with, t3 switches now and then
	FOR t IN SELECT * FROM (VALUES (1, 'Fabrikam', 'US', false), (2, 'Contoso', 'DE', true),
							  (3, 'Tailspin', 'CN', true)) AS x(n, name, location, nesting) ORDER BY n
	LOOP
		PERFORM prop.named('t', t.n, 0, 't' || t.n);
		PERFORM prop.setup_exec(format(
			'INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES (%s, %L, %L, %L)',
			prop.ref(prop.id('t', t.n)), t.name, t.location, t.nesting));
	END LOOP;

	FOR t IN SELECT n FROM generate_series(1, 3) AS n ORDER BY n
	LOOP
		-- subscriptions: most products, small, some with a second one
		FOR sku IN SELECT n FROM generate_series(1, 9) AS n ORDER BY n
		LOOP
			IF prop.chance(0.85) THEN
				PERFORM prop.setup_exec(prop.sql_new_subscription(prop.id('t', t.n), prop.id('sku', sku.n), 0,
																  prop.between(2, 7), 'enabled'));
				IF prop.chance(0.2) THEN
					PERFORM prop.setup_exec(prop.sql_new_subscription(prop.id('t', t.n), prop.id('sku', sku.n), 0,
																	  prop.between(1, 3),
																	  prop.pick_text('{enabled,warning}')));
				END IF;
			END IF;
		END LOOP;
		-- users
		FOR i IN 1..14 LOOP
			PERFORM prop.setup_exec(prop.sql_new_user(prop.id('t', t.n)));
		END LOOP;
		-- groups, nested acyclically (a group contains only groups made after it)
		FOR i IN 1..5 LOOP
			PERFORM prop.setup_exec(prop.sql_new_group(prop.id('t', t.n)));
		END LOOP;
		FOR i IN 1..5 LOOP
			g := prop.id('g', t.n, i);
			members := prop.sample(prop.users(prop.id('t', t.n)), prop.between(2, 7));
			IF i < 5 AND prop.chance(0.6) THEN
				members := members || prop.id('g', t.n, prop.between(i + 1, 5));
			END IF;
			PERFORM prop.setup_exec(format(
				'INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, %s, m FROM unnest(%s) AS m',
				prop.ref(prop.id('t', t.n)), prop.ref(g), prop.refs(members)));
		END LOOP;
	END LOOP;
END $$;

CREATE FUNCTION prop.sql_new_user(t uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	tn integer := prop.tenant_no(t);
	n integer := prop.next('user:' || tn);
	u uuid := prop.named('u', tn, n, format('u%s@t%s', n, tn));
BEGIN
	RETURN format('INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (%s, %s, %L, %L)',
				  prop.ref(t), prop.ref(u), format('user%s@tenant%s.example', n, tn), prop.location());
END $$;

CREATE FUNCTION prop.sql_new_group(t uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	tn integer := prop.tenant_no(t);
	n integer := prop.next('group:' || tn);
	g uuid := prop.named('g', tn, n, format('g%s@t%s', n, tn));
BEGIN
	RETURN format('INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (%s, %s, %L)',
				  prop.ref(t), prop.ref(g), format('Group %s', n));
END $$;

CREATE FUNCTION prop.sql_new_subscription(t uuid, sku uuid, op_no integer, seats integer, status text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	tn integer := prop.tenant_no(t);
	n integer := prop.next('subscription:' || tn);
	s uuid := prop.named('sub', tn, n, format('sub%s@t%s', n, tn));
BEGIN
	RETURN format('INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (%s, %s, %s, %s, %L, %L)',
				  prop.ref(t), prop.ref(s), prop.ref(sku), seats, status,
				  prop.sim(op_no) + prop.between(5, 200) * interval '1 day');
END $$;

------------------------------------------------------------------------------
-- The operations
------------------------------------------------------------------------------

CREATE TYPE prop.op AS (
	kind		text,
	sql			text,
	mode		text,		-- exec, or rows: the result rows are kept for the checks
	expected	text[],		-- the refusals that are legitimate outcomes
	info		jsonb		-- what the checks after the operation need
);

CREATE TABLE prop.weights (kind text PRIMARY KEY, weight integer NOT NULL);
INSERT INTO prop.weights VALUES
	('assign_user', 14), ('remove_user', 7), ('bulk_assign', 5), ('swap', 2), ('change_user', 3),
	('assign_group', 10), ('remove_group', 4), ('change_group', 2),
	('add_member', 10), ('add_members_bulk', 4), ('remove_member', 8), ('remove_members_bulk', 3),
	('set_location', 6), ('set_location_bulk', 2),
	('soft_delete', 3), ('restore', 4), ('hard_delete', 2), ('create_user', 4), ('account_enabled', 1),
	('group_create', 2), ('group_delete', 2),
	('sub_add', 3), ('sub_seats', 4), ('sub_status', 3), ('sub_delete', 1), ('sub_renew', 2),
	('sub_bulk', 1), ('advance', 3),
	('tenant_location', 1), ('tenant_nesting', 1),
	('reprocess_user', 2), ('reprocess_group', 2);

CREATE FUNCTION prop.pick_kind() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	total integer := (SELECT sum(weight) FROM prop.weights);
	r integer := prop.rnd(total);
	w record;
BEGIN
	FOR w IN SELECT * FROM prop.weights ORDER BY kind LOOP
		IF r < w.weight THEN RETURN w.kind; END IF;
		r := r - w.weight;
	END LOOP;
	RAISE EXCEPTION 'prop.pick_kind: weights';
END $$;

-- What a counter said before an operation, and whether the user held the product.
-- (plpgsql: Citus plans no subquery of a SQL function with its parameters)
CREATE FUNCTION prop.seat_facts(t uuid, u uuid, sku uuid) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
	RETURN jsonb_build_object(
		'pre_total', COALESCE((SELECT total FROM license_mgmt_internal.seat_usage WHERE tenant_id = t AND sku_id = sku), 0),
		'pre_assigned', COALESCE((SELECT assigned FROM license_mgmt_internal.seat_usage WHERE tenant_id = t AND sku_id = sku), 0),
		'pre_held', EXISTS (SELECT 1 FROM license_mgmt.license_states s
							 WHERE s.tenant_id = t AND s.user_id = u AND s.sku_id = sku
							   AND s.state IN ('active', 'active_with_error')),
		'pre_direct', EXISTS (SELECT 1 FROM license_mgmt.user_license_assignments a
							   WHERE a.tenant_id = t AND a.user_id = u AND a.sku_id = sku));
END $$;

/*
 * prop.gen(op_no): the next random operation, as SQL.  It only reads; the
 * driver runs the SQL.  A statement that reads a tenant's table draws no
 * random number and calls no prop function that reads prop's tables: on
 * Citus it runs on the tenant's worker, and they would run there too (a
 * count is read first, then the choice made).
 */
CREATE FUNCTION prop.gen(op_no integer) RETURNS prop.op LANGUAGE plpgsql AS $$
DECLARE
	kind text := prop.pick_kind();
	t uuid := prop.pick(prop.tenants());
	other_t uuid;
	u uuid;
	u2 uuid;
	g uuid;
	g2 uuid;
	sku uuid;
	sku2 uuid;
	sub uuid;
	users uuid[];
	groups uuid[];
	disabled uuid[];
	adds jsonb;
	removes uuid[];
	pairs text;
	loc text;
	sql text;
	mode text := 'exec';
	expected text[] := '{}';
	info jsonb := '{}';
	r float8;
	n integer;
	pos integer;
	mrow record;
	user_refusals text[] := '{license_user_exists,license_user_active,license_product_subscribed,'
		'license_disabled_plan_in_product,license_usage_location_required,license_usage_location_allowed,'
		'license_service_plan_conflict,license_service_plan_dependency,license_seat_limit}';
	remove_refusals text[] := '{license_user_exists,license_inherited_assignment,license_assignment_exists,'
		'license_service_plan_dependency}';
	membership_refusals text[] := '{group_members_pkey,group_members_not_self,group_membership_acyclic}';
	at timestamptz := prop.sim(op_no);
BEGIN
	-- a tenant that ran out of something gets it first
	IF cardinality(prop.groups(t)) = 0 AND kind IN ('assign_group', 'remove_group', 'add_member', 'add_members_bulk',
		'remove_member', 'remove_members_bulk', 'group_delete', 'reprocess_group') THEN
		kind := 'group_create';
	ELSIF cardinality(prop.users(t)) = 0 AND kind NOT IN ('group_create', 'group_delete', 'tenant_location',
		'tenant_nesting', 'advance', 'sub_add', 'sub_seats', 'sub_status', 'sub_delete', 'sub_renew', 'sub_bulk') THEN
		kind := 'create_user';
	ELSIF cardinality(prop.subscriptions(t)) = 0 AND kind IN ('sub_seats', 'sub_status', 'sub_delete', 'sub_renew') THEN
		kind := 'sub_add';
	ELSIF kind IN ('remove_member', 'remove_members_bulk')
		  AND NOT EXISTS (SELECT 1 FROM license_mgmt.group_members m WHERE m.tenant_id = t) THEN
		kind := 'add_member';
	END IF;
	-- and other tenants too, when one is involved
	IF kind IN ('add_members_bulk', 'bulk_assign') AND EXISTS (
		SELECT 1 FROM unnest(prop.tenants()) AS x
		 WHERE cardinality(prop.users(x)) = 0 OR cardinality(prop.groups(x)) = 0) THEN
		kind := 'create_user';
	END IF;

	IF kind = 'assign_user' THEN
		-- often a re-assignment with other options (R3.2)
		IF prop.chance(0.3) THEN
			pos := (SELECT count(*)::integer FROM license_mgmt.user_license_assignments x WHERE x.tenant_id = t);
			pos := prop.rnd(pos);
			SELECT a.user_id, a.sku_id INTO u, sku
			  FROM license_mgmt.user_license_assignments a WHERE a.tenant_id = t
			 ORDER BY a.user_id, a.sku_id
			OFFSET pos LIMIT 1;
		END IF;
		IF u IS NULL THEN
			u := prop.pick_user(t, 0.85);
			IF prop.chance(0.03) THEN u := prop.named('ghost', op_no, 0, 'ghost' || op_no); END IF;
			sku := prop.pick_sku(t);
		END IF;
		disabled := prop.disabled_for(sku);
		sql := format('SELECT license_mgmt.assign_user_license(%s, %s, %s)', prop.ref(u), prop.ref(sku), prop.refs(disabled));
		expected := user_refusals;
		info := jsonb_build_object('tenant', t, 'user', u, 'sku', sku, 'disabled', to_jsonb(disabled))
				|| prop.seat_facts(t, u, sku);

	ELSIF kind = 'swap' THEN
		-- R7.3: remove one product and assign another in one transaction
		pos := (SELECT count(*)::integer FROM license_mgmt.user_license_assignments x WHERE x.tenant_id = t);
		pos := prop.rnd(pos);
		SELECT a.user_id, a.sku_id INTO u, sku
		  FROM license_mgmt.user_license_assignments a WHERE a.tenant_id = t
		 ORDER BY a.user_id, a.sku_id
		OFFSET pos LIMIT 1;
		IF u IS NULL THEN
			u := prop.pick(prop.users(t));
			sku := prop.pick_sku(t);
		END IF;
		-- mostly into the conflicting product: E5 <-> VOICE_B_PACK, SITES_ADDON <-> VOICE_B_PACK
		sku2 := CASE WHEN prop.chance(0.7) THEN
					 CASE WHEN sku IN (prop.id('sku', 2), prop.id('sku', 5)) THEN prop.id('sku', 7)
						  ELSE prop.pick(ARRAY[prop.id('sku', 2), prop.id('sku', 5)]) END
					 ELSE prop.pick(prop.skus()) END;
		disabled := prop.disabled_for(sku2);
		sql := format('SELECT license_mgmt.remove_user_license(%s, %s); SELECT license_mgmt.assign_user_license(%s, %s, %s)',
					  prop.ref(u), prop.ref(sku), prop.ref(u), prop.ref(sku2), prop.refs(disabled));
		expected := user_refusals || remove_refusals;
		info := jsonb_build_object('tenant', t, 'user', u, 'removed', sku, 'sku', sku2, 'disabled', to_jsonb(disabled))
				|| prop.seat_facts(t, u, sku2);

	ELSIF kind = 'change_user' THEN
		-- R3.6: Graph's assignLicense, a user: some of the user's direct
		-- products removed, one or two added (mostly the conflicting
		-- counterpart, as a swap), now and then a product both added and
		-- removed (22023)
		u := prop.pick_user(t, 0.9);
		removes := ARRAY(SELECT a.sku_id FROM license_mgmt.user_license_assignments a
						  WHERE a.tenant_id = t AND a.user_id = u ORDER BY a.sku_id);
		removes := prop.sample(removes, prop.between(0, 2));
		IF prop.chance(0.1) THEN removes := removes || prop.pick_sku(t); END IF;
		adds := '[]';
		FOR n IN 1..prop.between(0, 2) LOOP
			sku := CASE WHEN prop.chance(0.5) THEN
						CASE WHEN prop.id('sku', 7) = ANY (removes) THEN prop.pick(ARRAY[prop.id('sku', 2), prop.id('sku', 5)])
							 ELSE prop.id('sku', 7) END
						ELSE prop.pick_sku(t) END;
			CONTINUE WHEN adds @> jsonb_build_array(jsonb_build_object('skuId', sku));
			CONTINUE WHEN sku = ANY (removes) AND NOT prop.chance(0.1);
			disabled := prop.disabled_for(sku);
			adds := adds || jsonb_build_array(jsonb_build_object('skuId', sku, 'disabledPlans', to_jsonb(disabled)));
		END LOOP;
		sql := format('SELECT sku_id, state FROM license_mgmt.change_user_licenses(%s, %L, %s)',
					  prop.ref(u), adds, prop.refs(removes));
		mode := 'rows';
		expected := user_refusals || remove_refusals || '{sqlstate:22023}'::text[];
		info := jsonb_build_object('tenant', t, 'user', u, 'adds', adds, 'removes', to_jsonb(removes));

	ELSIF kind = 'change_group' THEN
		-- R3.6, a group: some of its assignments removed, one or two products added
		g := prop.pick(prop.groups(t));
		removes := ARRAY(SELECT a.sku_id FROM license_mgmt.group_license_assignments a
						  WHERE a.tenant_id = t AND a.group_id = g ORDER BY a.sku_id);
		removes := prop.sample(removes, prop.between(0, 2));
		adds := '[]';
		FOR n IN 1..prop.between(0, 2) LOOP
			sku := prop.pick_sku(t);
			CONTINUE WHEN adds @> jsonb_build_array(jsonb_build_object('skuId', sku)) OR sku = ANY (removes);
			disabled := prop.disabled_for(sku);
			adds := adds || jsonb_build_array(jsonb_build_object('skuId', sku, 'disabledPlans', to_jsonb(disabled)));
		END LOOP;
		sql := format('SELECT * FROM license_mgmt.change_group_licenses(%s, %L, %s)', prop.ref(g), adds, prop.refs(removes));
		mode := 'rows';
		expected := '{license_group_exists,license_product_subscribed,license_disabled_plan_in_product,'
					'license_service_plan_dependency,license_assignment_exists}';
		info := jsonb_build_object('tenant', t, 'group', g, 'adds', adds, 'removes', to_jsonb(removes));

	ELSIF kind = 'remove_user' THEN
		IF prop.chance(0.75) THEN
			pos := (SELECT count(*)::integer FROM license_mgmt.user_license_assignments x WHERE x.tenant_id = t);
			pos := prop.rnd(pos);
			SELECT a.user_id, a.sku_id INTO u, sku
			  FROM license_mgmt.user_license_assignments a WHERE a.tenant_id = t
			 ORDER BY a.user_id, a.sku_id
			OFFSET pos LIMIT 1;
		END IF;
		IF u IS NULL THEN
			u := prop.pick(prop.users(t));
			sku := prop.pick_sku(t);
		END IF;
		sql := format('SELECT license_mgmt.remove_user_license(%s, %s)', prop.ref(u), prop.ref(sku));
		expected := remove_refusals;
		info := jsonb_build_object('tenant', t, 'user', u, 'sku', sku) || prop.seat_facts(t, u, sku);

	ELSIF kind = 'bulk_assign' THEN
		users := prop.sample(CASE WHEN prop.chance(0.7) AND cardinality(prop.users(t, true)) > 0
								  THEN prop.users(t, true) ELSE prop.users(t) END, prop.between(1, 10));
		IF prop.chance(0.2) AND cardinality(users) > 0 THEN users := users || users[1]; END IF;
		IF prop.chance(0.15) THEN users := users || prop.named('ghost', op_no, 0, 'ghost' || op_no); END IF;
		IF prop.chance(0.03) THEN
			-- users of two tenants: the whole call is refused
			other_t := prop.pick(ARRAY(SELECT x FROM unnest(prop.tenants()) AS x WHERE x <> t ORDER BY x));
			users := users || prop.pick(prop.users(other_t));
		END IF;
		sku := prop.pick_sku(t);
		disabled := prop.disabled_for(sku);
		sql := format('SELECT * FROM license_mgmt.assign_user_licenses(%s, %s, %s)',
					  prop.refs(users), prop.ref(sku), prop.refs(disabled));
		mode := 'rows';
		expected := '{license_product_subscribed,license_disabled_plan_in_product,sqlstate:22023}';
		-- (read first: seat_facts() must not run on a worker, see above)
		info := jsonb_build_object('pre_direct_users', to_jsonb(ARRAY(
					SELECT a.user_id FROM license_mgmt.user_license_assignments a
					 WHERE a.tenant_id = t AND a.sku_id = sku AND a.user_id = ANY (users)
					 ORDER BY a.user_id)));
		info := jsonb_build_object('tenant', t, 'users', to_jsonb(users), 'sku', sku, 'disabled', to_jsonb(disabled),
								   'pre_direct_users', info->'pre_direct_users')
				|| prop.seat_facts(t, NULL, sku);

	ELSIF kind = 'assign_group' THEN
		IF prop.chance(0.3) THEN
			pos := (SELECT count(*)::integer FROM license_mgmt.group_license_assignments x WHERE x.tenant_id = t);
			pos := prop.rnd(pos);
			SELECT a.group_id, a.sku_id INTO g, sku
			  FROM license_mgmt.group_license_assignments a WHERE a.tenant_id = t
			 ORDER BY a.group_id, a.sku_id
			OFFSET pos LIMIT 1;
		END IF;
		IF g IS NULL THEN
			g := prop.pick(prop.groups(t));
			sku := prop.pick_sku(t);
		END IF;
		disabled := prop.disabled_for(sku);
		sql := format('SELECT * FROM license_mgmt.assign_group_license(%s, %s, %s)',
					  prop.ref(g), prop.ref(sku), prop.refs(disabled));
		mode := 'rows';
		expected := '{license_group_exists,license_product_subscribed,license_disabled_plan_in_product,'
					'license_service_plan_dependency}';
		info := jsonb_build_object('tenant', t, 'group', g, 'sku', sku, 'disabled', to_jsonb(disabled))
				|| prop.seat_facts(t, NULL, sku);

	ELSIF kind = 'remove_group' THEN
		IF prop.chance(0.8) THEN
			pos := (SELECT count(*)::integer FROM license_mgmt.group_license_assignments x WHERE x.tenant_id = t);
			pos := prop.rnd(pos);
			SELECT a.group_id, a.sku_id INTO g, sku
			  FROM license_mgmt.group_license_assignments a WHERE a.tenant_id = t
			 ORDER BY a.group_id, a.sku_id
			OFFSET pos LIMIT 1;
		END IF;
		IF g IS NULL THEN
			g := prop.pick(prop.groups(t));
			sku := prop.pick_sku(t);
		END IF;
		sql := format('SELECT license_mgmt.remove_group_license(%s, %s)', prop.ref(g), prop.ref(sku));
		expected := '{license_group_exists,license_assignment_exists}';
		info := jsonb_build_object('tenant', t, 'group', g, 'sku', sku);

	ELSIF kind = 'add_member' THEN
		g := prop.pick(prop.groups(t));
		u := CASE WHEN prop.chance(0.25) THEN prop.pick(prop.groups(t)) ELSE prop.pick(prop.users(t)) END;
		IF prop.chance(0.2) THEN
			-- an explicit membership time, earlier than now: serving order follows it (R4.3)
			sql := format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (%s, %s, %s, %L)',
						  prop.ref(t), prop.ref(g), prop.ref(u), at - prop.between(1, 2000) * interval '1 hour');
		ELSE
			sql := format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (%s, %s, %s)',
						  prop.ref(t), prop.ref(g), prop.ref(u));
		END IF;
		expected := membership_refusals;
		info := jsonb_build_object('tenant', t, 'group', g, 'member', u);

	ELSIF kind = 'add_members_bulk' THEN
		r := random();
		IF r < 0.5 THEN
			-- many users into one group in one statement
			g := prop.pick(prop.groups(t));
			users := prop.sample(prop.users(t), prop.between(3, 25));
			sql := format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, %s, m FROM unnest(%s) AS m ON CONFLICT DO NOTHING',
						  prop.ref(t), prop.ref(g), prop.refs(users));
		ELSIF r < 0.9 THEN
			-- several groups times several members (users, and groups: may close a cycle)
			groups := prop.sample(prop.groups(t), prop.between(2, 3));
			users := prop.sample(prop.users(t), prop.between(2, 6));
			IF prop.chance(0.3) THEN users := users || prop.pick(prop.groups(t)); END IF;
			sql := format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, g, m FROM unnest(%s) AS g CROSS JOIN unnest(%s) AS m WHERE g <> m ON CONFLICT DO NOTHING',
						  prop.ref(t), prop.refs(groups), prop.refs(users));
		ELSE
			-- two tenants in one statement
			other_t := prop.pick(ARRAY(SELECT x FROM unnest(prop.tenants()) AS x WHERE x <> t ORDER BY x));
			sql := format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, %s, m FROM unnest(%s) AS m UNION ALL SELECT %s, %s, m FROM unnest(%s) AS m ON CONFLICT DO NOTHING',
						  prop.ref(t), prop.ref(prop.pick(prop.groups(t))), prop.refs(prop.sample(prop.users(t), prop.between(2, 5))),
						  prop.ref(other_t), prop.ref(prop.pick(prop.groups(other_t))),
						  prop.refs(prop.sample(prop.users(other_t), prop.between(2, 5))));
		END IF;
		expected := membership_refusals;

	ELSIF kind = 'remove_member' THEN
		pos := (SELECT count(*)::integer FROM license_mgmt.group_members x WHERE x.tenant_id = t);
		pos := prop.rnd(pos);
		SELECT m.group_id, m.member_id INTO g, u
		  FROM license_mgmt.group_members m WHERE m.tenant_id = t
		 ORDER BY m.group_id, m.member_id
		OFFSET pos LIMIT 1;
		sql := format('DELETE FROM license_mgmt.group_members WHERE tenant_id = %s AND group_id = %s AND member_id = %s',
					  prop.ref(t), prop.ref(COALESCE(g, prop.pick(prop.groups(t)))), prop.ref(COALESCE(u, prop.pick(prop.users(t)))));

	ELSIF kind = 'remove_members_bulk' THEN
		r := random();
		IF r < 0.35 THEN
			-- a group emptied
			sql := format('DELETE FROM license_mgmt.group_members WHERE tenant_id = %s AND group_id = %s',
						  prop.ref(t), prop.ref(prop.pick(prop.groups(t))));
		ELSIF r < 0.55 THEN
			-- a user (or group) leaves every group
			u := CASE WHEN prop.chance(0.8) THEN prop.pick(prop.users(t)) ELSE prop.pick(prop.groups(t)) END;
			sql := format('DELETE FROM license_mgmt.group_members WHERE tenant_id = %s AND member_id = %s',
						  prop.ref(t), prop.ref(u));
		ELSE
			-- a random part of the tenant's memberships, across groups
			FOR mrow IN SELECT m.group_id, m.member_id FROM license_mgmt.group_members m
						 WHERE m.tenant_id = t ORDER BY m.group_id, m.member_id
			LOOP
				IF prop.chance(0.3) THEN
					pairs := concat_ws(', ', pairs, format('(%s, %s)', prop.ref(mrow.group_id), prop.ref(mrow.member_id)));
				END IF;
			END LOOP;
			sql := format('DELETE FROM license_mgmt.group_members WHERE tenant_id = %s AND (group_id, member_id) IN (VALUES %s)',
						  prop.ref(t), COALESCE(pairs, format('(%s, %s)', prop.ref(prop.pick(prop.groups(t))), prop.ref(prop.pick(prop.users(t))))));
		END IF;

	ELSIF kind = 'set_location' THEN
		u := prop.pick(prop.users(t));
		sql := format('UPDATE license_mgmt.users SET usage_location = %L WHERE tenant_id = %s AND user_id = %s',
					  prop.location(), prop.ref(t), prop.ref(u));

	ELSIF kind = 'set_location_bulk' THEN
		users := prop.sample(prop.users(t), prop.between(2, 8));
		SELECT string_agg(format('(%s, %L)', prop.ref(x), prop.location()), ', ' ORDER BY o) INTO pairs
		  FROM unnest(users) WITH ORDINALITY AS v(x, o);
		sql := format('UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES %s) AS v(id, loc) WHERE u.tenant_id = %s AND u.user_id = v.id',
					  pairs, prop.ref(t));

	ELSIF kind = 'soft_delete' THEN
		users := prop.sample(prop.users(t, true), CASE WHEN prop.chance(0.2) THEN prop.between(2, 4) ELSE 1 END);
		sql := format('UPDATE license_mgmt.users SET deleted_at = %L WHERE tenant_id = %s AND user_id = ANY (%s)',
					  at, prop.ref(t), prop.refs(users));

	ELSIF kind = 'restore' THEN
		users := prop.sample(prop.deleted_users(t), CASE WHEN prop.chance(0.2) THEN prop.between(2, 4) ELSE 1 END);
		r := random();
		IF r < 0.15 THEN
			-- restore one, soft-delete another, in one statement
			u := prop.pick(prop.users(t, true));
			sql := format('UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN %L::timestamptz END WHERE tenant_id = %s AND user_id = ANY (%s)',
						  at, prop.ref(t), prop.refs(users || u));
		ELSIF r < 0.35 THEN
			-- restored somewhere else
			sql := format('UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = %L WHERE tenant_id = %s AND user_id = ANY (%s)',
						  prop.location(), prop.ref(t), prop.refs(users));
		ELSE
			sql := format('UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = %s AND user_id = ANY (%s)',
						  prop.ref(t), prop.refs(users));
		END IF;
		info := jsonb_build_object('over_assign_ok', true);

	ELSIF kind = 'hard_delete' THEN
		users := prop.sample(prop.users(t), CASE WHEN prop.chance(0.1) THEN 2 ELSE 1 END);
		sql := format('DELETE FROM license_mgmt.users WHERE tenant_id = %s AND user_id = ANY (%s)',
					  prop.ref(t), prop.refs(users));

	ELSIF kind = 'create_user' THEN
		sql := prop.sql_new_user(t);
		IF prop.chance(0.4) AND cardinality(prop.groups(t)) > 0 THEN
			-- and straight into groups, in the same transaction
			u := prop.id('u', prop.tenant_no(t), (SELECT c.n FROM prop.counters c WHERE c.name = 'user:' || prop.tenant_no(t)));
			sql := sql || format('; INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, g, %s FROM unnest(%s) AS g',
								 prop.ref(t), prop.ref(u), prop.refs(prop.sample(prop.groups(t), prop.between(1, 2))));
		END IF;

	ELSIF kind = 'account_enabled' THEN
		sql := format('UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = %s AND user_id = %s',
					  prop.ref(t), prop.ref(prop.pick(prop.users(t))));
		info := jsonb_build_object('unchanged', true);

	ELSIF kind = 'group_create' THEN
		sql := prop.sql_new_group(t);
		IF prop.chance(0.5) THEN
			g := prop.id('g', prop.tenant_no(t), (SELECT c.n FROM prop.counters c WHERE c.name = 'group:' || prop.tenant_no(t)));
			sql := sql || format('; INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT %s, %s, m FROM unnest(%s) AS m',
								 prop.ref(t), prop.ref(g), prop.refs(prop.sample(prop.users(t), prop.between(1, 5))));
		END IF;

	ELSIF kind = 'group_delete' THEN
		g := prop.pick(prop.groups(t));
		sql := format('DELETE FROM license_mgmt.groups WHERE tenant_id = %s AND group_id = %s', prop.ref(t), prop.ref(g));
		expected := '{group_has_licenses}';

	ELSIF kind = 'sub_add' THEN
		sql := prop.sql_new_subscription(t, prop.pick(prop.skus()), op_no, prop.between(0, 6),
										 prop.pick_text('{enabled,enabled,enabled,enabled,enabled,warning,suspended,deleted}'));

	ELSIF kind = 'sub_seats' THEN
		sub := prop.pick(prop.subscriptions(t));
		sql := format('UPDATE license_mgmt.subscriptions SET seats = %s WHERE tenant_id = %s AND subscription_id = %s',
					  prop.between(0, 6), prop.ref(t), prop.ref(sub));

	ELSIF kind = 'sub_status' THEN
		sub := prop.pick(prop.subscriptions(t));
		sql := format('UPDATE license_mgmt.subscriptions SET status = %L WHERE tenant_id = %s AND subscription_id = %s',
					  prop.pick_text('{enabled,warning,suspended,deleted}'), prop.ref(t), prop.ref(sub));

	ELSIF kind = 'sub_delete' THEN
		sub := prop.pick(prop.subscriptions(t));
		sql := format('DELETE FROM license_mgmt.subscriptions WHERE tenant_id = %s AND subscription_id = %s',
					  prop.ref(t), prop.ref(sub));

	ELSIF kind = 'sub_renew' THEN
		sub := prop.pick(prop.subscriptions(t));
		sql := format('UPDATE license_mgmt.subscriptions SET status = ''enabled'', seats = seats + %s, next_lifecycle_at = %L WHERE tenant_id = %s AND subscription_id = %s',
					  CASE WHEN prop.chance(0.25) THEN 1 ELSE 0 END, at + prop.between(30, 365) * interval '1 day',
					  prop.ref(t), prop.ref(sub));

	ELSIF kind = 'sub_bulk' THEN
		-- every subscription of a tenant at once: several products in one statement
		sql := format('UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + %s) WHERE tenant_id = %s',
					  prop.between(-2, 1), prop.ref(t));

	ELSIF kind = 'advance' THEN
		sql := format('SELECT license_mgmt.advance_subscriptions(%L) AS moved', at);
		mode := 'rows';
		info := jsonb_build_object('at', at, 'due', (SELECT count(*) FROM license_mgmt.subscriptions
													  WHERE status <> 'deleted' AND next_lifecycle_at <= at));

	ELSIF kind = 'tenant_location' THEN
		sql := format('UPDATE license_mgmt.tenants SET usage_location = %L WHERE tenant_id = %s',
					  prop.pick_text('{US,DE,CN,FR}'), prop.ref(t));

	ELSIF kind = 'tenant_nesting' THEN
		-- only t3 switches: t1 always runs without nesting, t2 always with
		sql := format('UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = %s',
					  prop.ref(prop.id('t', 3)));

	ELSIF kind = 'reprocess_user' THEN
		sql := format('SELECT license_mgmt.reprocess_user(%s)', prop.ref(prop.pick(prop.users(t))));
		info := jsonb_build_object('idempotent', true);

	ELSIF kind = 'reprocess_group' THEN
		sql := format('SELECT license_mgmt.reprocess_group(%s)', prop.ref(prop.pick(prop.groups(t))));
		info := jsonb_build_object('idempotent', true);

	ELSE
		RAISE EXCEPTION 'prop.gen: unknown kind %', kind;
	END IF;

	RETURN ROW(kind, sql, mode, expected, info)::prop.op;
END $$;

------------------------------------------------------------------------------
-- Checks after each operation
------------------------------------------------------------------------------

CREATE FUNCTION prop.after_op(op prop.op, outcome text, st text, cn text, msg text, det text, hnt text,
							  result jsonb, pre_hash text, pre_clean boolean, audit_rows jsonb,
							  pre_states license_mgmt.license_states[], pre_counters license_mgmt_internal.seat_usage[],
							  post_states license_mgmt.license_states[], post_counters license_mgmt_internal.seat_usage[])
RETURNS TABLE (check_name text, detail text) LANGUAGE plpgsql AS $$
DECLARE
	t uuid := (op.info->>'tenant')::uuid;
	u uuid := (op.info->>'user')::uuid;
	g uuid := (op.info->>'group')::uuid;
	sku uuid := (op.info->>'sku')::uuid;
	disabled uuid[] := prop.sorted(prop.uuids(COALESCE(op.info->'disabled', '[]')));
	pre_total integer := (op.info->>'pre_total')::integer;
	pre_assigned integer := (op.info->>'pre_assigned')::integer;
	nil uuid := '00000000-0000-0000-0000-000000000000';
	s license_mgmt.license_states;
	br record;
BEGIN
	-- R2.5: no operation but a restore takes a seat past the total
	IF NOT COALESCE((op.info->>'over_assign_ok')::boolean, false) THEN
		RETURN QUERY
		SELECT 'seat_limit_exceeded',
			   format('%s %s: assigned %s -> %s with total %s', prop.label(c.tenant_id), prop.label(c.sku_id),
					  COALESCE(p.assigned, 0), c.assigned, c.total)
		  FROM unnest(post_counters) c
		  LEFT JOIN unnest(pre_counters) p ON p.tenant_id = c.tenant_id AND p.sku_id = c.sku_id
		 WHERE c.assigned > COALESCE(p.assigned, 0) AND c.assigned > c.total;
	END IF;

	-- the contract's refusals say what happened and what to do (SPEC section 2)
	IF outcome = 'refused' AND prop.contract_refusal(cn)
	   AND (msg ~ '^[A-Z]' OR msg ~ '\.$' OR COALESCE(det, '') = '' OR COALESCE(hnt, '') = '') THEN
		RETURN QUERY SELECT 'refusal_style', format('%s: message %L detail %L hint %L', cn, msg, det, hnt);
	END IF;

	-- R8.4: account_enabled changes nothing about licenses
	IF COALESCE((op.info->>'unchanged')::boolean, false) AND outcome = 'ok'
	   AND prop.states_hash(post_states, post_counters) <> pre_hash THEN
		RETURN QUERY SELECT 'account_enabled_changed_licenses', 'license states or counters changed';
	END IF;

	-- R6.2: re-judging a consistent state changes nothing
	IF COALESCE((op.info->>'idempotent')::boolean, false) AND outcome = 'ok' AND pre_clean
	   AND prop.states_hash(post_states, post_counters) <> pre_hash THEN
		RETURN QUERY
		SELECT 'strict:reprocess_changed_consistent_state',
			   string_agg(format('%s -> %s', prop.state_label(p.user_id, p.sku_id, p.group_id, p.state, p.error, p.disabled_plans),
								 CASE WHEN n.user_id IS NULL THEN '(gone)' ELSE prop.state_label(n) END), '; ')
		  FROM unnest(pre_states) p
		  LEFT JOIN unnest(post_states) n
			ON (n.tenant_id, n.user_id, n.sku_id, n.group_id) = (p.tenant_id, p.user_id, p.sku_id, p.group_id)
		 WHERE n IS NULL OR (n.state, n.error, n.disabled_plans) IS DISTINCT FROM (p.state, p.error, p.disabled_plans);
	END IF;

	-- R9.2: every due subscription moved one step, and the count says how many
	IF op.kind = 'advance' AND outcome = 'ok' THEN
		IF (result->0->>'moved')::integer IS DISTINCT FROM (op.info->>'due')::integer
		   OR EXISTS (SELECT 1 FROM license_mgmt.subscriptions
					   WHERE status <> 'deleted' AND next_lifecycle_at <= (op.info->>'at')::timestamptz) THEN
			RETURN QUERY SELECT 'advance_subscriptions', format('returned %s, %s were due; still due after: %s',
				result->0->>'moved', op.info->>'due',
				(SELECT count(*) FROM license_mgmt.subscriptions
				  WHERE status <> 'deleted' AND next_lifecycle_at <= (op.info->>'at')::timestamptz));
		END IF;
	END IF;

	-- R11.1: every change of state is in the audit log, its user among the row's users
	IF audit_rows IS NOT NULL THEN
		RETURN QUERY
		WITH new_audit AS MATERIALIZED (
			SELECT a.tenant_id, a.sku_id, a.user_ids
			  FROM jsonb_to_recordset(audit_rows) AS a(tenant_id uuid, sku_id uuid, user_ids uuid[]))
		SELECT 'audit_missing', format('%s  ->  %s: no audit row names the user and product',
			   CASE WHEN p.user_id IS NULL THEN '(none)'
					ELSE prop.state_label(p.user_id, p.sku_id, p.group_id, p.state, p.error, p.disabled_plans) END,
			   CASE WHEN n.user_id IS NULL THEN '(gone)' ELSE prop.state_label(n) END)
		  FROM unnest(pre_states) p
		  FULL JOIN unnest(post_states) n
			ON (n.tenant_id, n.user_id, n.sku_id, n.group_id) = (p.tenant_id, p.user_id, p.sku_id, p.group_id)
		 WHERE (n.user_id IS NULL OR p.user_id IS NULL OR (n.state, n.error) IS DISTINCT FROM (p.state, p.error))
		   AND NOT EXISTS (SELECT 1 FROM new_audit a
							WHERE a.tenant_id = COALESCE(n.tenant_id, p.tenant_id)
							  AND a.sku_id = COALESCE(n.sku_id, p.sku_id)
							  AND COALESCE(n.user_id, p.user_id) = ANY (a.user_ids));
	END IF;

	IF op.kind IN ('assign_user', 'swap') THEN
		IF outcome = 'ok' THEN
			-- R3.1, R3.2: the user holds it directly, with exactly these options
			SELECT * INTO s FROM license_mgmt.license_states
			 WHERE tenant_id = t AND user_id = u AND sku_id = sku AND group_id = nil;
			IF s IS NULL OR s.state <> 'active' OR s.error IS NOT NULL OR s.disabled_plans <> disabled THEN
				RETURN QUERY SELECT 'assigned_but_not_active',
					format('%s %s: direct state %s, disabled %s, asked %s', prop.label(u), prop.label(sku),
						   COALESCE(s.state || COALESCE('/' || s.error, ''), 'missing'), prop.labels(s.disabled_plans),
						   prop.labels(disabled));
			END IF;
			IF pre_total <= 0 THEN
				RETURN QUERY SELECT 'assigned_without_subscription', format('%s %s', prop.label(u), prop.label(sku));
			END IF;
		ELSIF outcome = 'refused' AND cn = 'license_seat_limit' AND op.kind = 'assign_user' THEN
			-- R3.1: no seat refusal while seats are free or the user already holds one
			IF pre_assigned < pre_total OR (op.info->>'pre_held')::boolean THEN
				RETURN QUERY SELECT 'seat_refused_wrongly',
					format('%s %s: total %s assigned %s, user held it: %s', prop.label(u), prop.label(sku),
						   pre_total, pre_assigned, op.info->>'pre_held');
			END IF;
		ELSIF outcome = 'refused' AND cn = 'license_product_subscribed' AND op.kind = 'assign_user' THEN
			IF pre_total > 0 THEN
				RETURN QUERY SELECT 'product_refused_wrongly',
					format('%s %s: the product has %s usable seats', prop.label(u), prop.label(sku), pre_total);
			END IF;
		END IF;
	END IF;

	-- R3.6: after a change call, every product added is held directly with
	-- exactly its options, every product removed is not held directly; the
	-- call returns the user's licenses, or a row per product of a group call
	IF op.kind = 'change_user' AND outcome = 'ok' THEN
		FOR br IN SELECT (e->>'skuId')::uuid AS sku_id, prop.sorted(prop.uuids(e->'disabledPlans')) AS disabled
					FROM jsonb_array_elements(op.info->'adds') AS e
		LOOP
			SELECT * INTO s FROM license_mgmt.license_states
			 WHERE tenant_id = t AND user_id = u AND sku_id = br.sku_id AND group_id = nil;
			IF s IS NULL OR s.state <> 'active' OR s.disabled_plans <> br.disabled THEN
				RETURN QUERY SELECT 'changed_but_not_active',
					format('%s %s: direct state %s, disabled %s, asked %s', prop.label(u), prop.label(br.sku_id),
						   COALESCE(s.state || COALESCE('/' || s.error, ''), 'missing'), prop.labels(s.disabled_plans),
						   prop.labels(br.disabled));
			END IF;
		END LOOP;
		IF EXISTS (SELECT 1 FROM license_mgmt.user_license_assignments
					WHERE tenant_id = t AND user_id = u AND sku_id = ANY (prop.uuids(op.info->'removes'))) THEN
			RETURN QUERY SELECT 'changed_but_still_direct', prop.label(u);
		END IF;
		IF (SELECT count(*) FROM jsonb_array_elements(result)) <>
		   (SELECT count(DISTINCT sku_id) FROM license_mgmt.license_states WHERE tenant_id = t AND user_id = u) THEN
			RETURN QUERY SELECT 'change_result_rows', format('%s: %s rows returned', prop.label(u),
															  jsonb_array_length(result));
		END IF;
	END IF;
	IF op.kind = 'change_group' AND outcome = 'ok' THEN
		IF EXISTS (SELECT 1 FROM jsonb_array_elements(op.info->'adds') AS e
					WHERE NOT EXISTS (SELECT 1 FROM license_mgmt.group_license_assignments a
									   WHERE a.tenant_id = t AND a.group_id = g AND a.sku_id = (e->>'skuId')::uuid
										 AND a.disabled_plans = prop.sorted(prop.uuids(e->'disabledPlans'))))
		   OR EXISTS (SELECT 1 FROM license_mgmt.license_states
					   WHERE tenant_id = t AND group_id = g AND sku_id = ANY (prop.uuids(op.info->'removes')))
		   OR jsonb_array_length(result) <> jsonb_array_length(op.info->'adds') + jsonb_array_length(op.info->'removes') THEN
			RETURN QUERY SELECT 'group_change_not_applied', format('%s: %s rows for %s', prop.label(g),
				jsonb_array_length(result), op.info);
		END IF;
	END IF;

	IF op.kind = 'remove_user' AND outcome = 'ok' THEN
		IF EXISTS (SELECT 1 FROM license_mgmt.license_states
					WHERE tenant_id = t AND user_id = u AND sku_id = sku AND group_id = nil)
		   OR EXISTS (SELECT 1 FROM license_mgmt.user_license_assignments
					   WHERE tenant_id = t AND user_id = u AND sku_id = sku) THEN
			RETURN QUERY SELECT 'removed_but_still_direct', format('%s %s', prop.label(u), prop.label(sku));
		END IF;
	END IF;

	IF op.kind = 'bulk_assign' THEN
		IF outcome = 'ok' THEN
			-- R3.5: every user given is returned once
			IF (SELECT count(*) FROM jsonb_array_elements(result)) <>
			   (SELECT count(DISTINCT x) FROM unnest(prop.uuids(op.info->'users')) AS x) THEN
				RETURN QUERY SELECT 'bulk_result_rows', format('%s rows for %s distinct users',
					(SELECT count(*) FROM jsonb_array_elements(result)),
					(SELECT count(DISTINCT x) FROM unnest(prop.uuids(op.info->'users')) AS x));
			END IF;
			FOR br IN SELECT (e->>'user_id')::uuid AS user_id, e->>'error' AS error FROM jsonb_array_elements(result) AS e
			LOOP
				SELECT * INTO s FROM license_mgmt.license_states
				 WHERE tenant_id = t AND user_id = br.user_id AND sku_id = sku AND group_id = nil;
				IF br.error IS NULL THEN
					IF s IS NULL OR s.state <> 'active' OR s.disabled_plans <> disabled THEN
						RETURN QUERY SELECT 'bulk_assigned_but_not_active',
							format('%s %s: direct state %s', prop.label(br.user_id), prop.label(sku),
								   COALESCE(s.state || COALESCE('/' || s.error, ''), 'missing'));
					END IF;
				ELSIF br.error NOT IN ('CountViolation', 'MutuallyExclusiveViolation', 'DependencyViolation',
									  'ProhibitedInUsageLocationViolation', 'UnknownUser') THEN
					RETURN QUERY SELECT 'bulk_unknown_error', format('%s: %s', prop.label(br.user_id), br.error);
				ELSIF br.error = 'UnknownUser' AND EXISTS (SELECT 1 FROM license_mgmt.users
															 WHERE tenant_id = t AND user_id = br.user_id
															   AND deleted_at IS NULL) THEN
					RETURN QUERY SELECT 'bulk_known_user_unknown', prop.label(br.user_id);
				ELSIF br.error <> 'UnknownUser' AND NOT (br.user_id = ANY (prop.uuids(op.info->'pre_direct_users')))
					  AND EXISTS (SELECT 1 FROM license_mgmt.user_license_assignments
								   WHERE tenant_id = t AND user_id = br.user_id AND sku_id = sku) THEN
					RETURN QUERY SELECT 'bulk_refused_but_assigned', format('%s %s: %s', prop.label(br.user_id),
																		  prop.label(sku), br.error);
				END IF;
			END LOOP;
		ELSIF outcome = 'refused' AND cn = 'license_product_subscribed' AND pre_total > 0 THEN
			RETURN QUERY SELECT 'product_refused_wrongly',
				format('bulk %s: the product has %s usable seats', prop.label(sku), pre_total);
		END IF;
	END IF;

	IF op.kind = 'assign_group' AND outcome = 'ok' THEN
		IF NOT EXISTS (SELECT 1 FROM license_mgmt.group_license_assignments
						WHERE tenant_id = t AND group_id = g AND sku_id = sku AND disabled_plans = disabled) THEN
			RETURN QUERY SELECT 'group_assignment_not_recorded', format('%s %s', prop.label(g), prop.label(sku));
		END IF;
		IF pre_total <= 0 THEN
			RETURN QUERY SELECT 'assigned_without_subscription', format('%s %s', prop.label(g), prop.label(sku));
		END IF;
	END IF;

	IF op.kind = 'remove_group' AND outcome = 'ok'
	   AND EXISTS (SELECT 1 FROM license_mgmt.license_states WHERE tenant_id = t AND sku_id = sku AND group_id = g) THEN
		RETURN QUERY SELECT 'removed_group_states_left', format('%s %s', prop.label(g), prop.label(sku));
	END IF;
END $$;

------------------------------------------------------------------------------
-- The driver
------------------------------------------------------------------------------

/*
 * prop.run(seed, ops, check_every, stop_on_failure): set up, then run ops
 * random operations, one transaction each, checking each as it happens and
 * every invariant every check_every operations and at the end.  Failures go
 * to prop.failures; with stop_on_failure the run ends at the first.
 */
CREATE PROCEDURE prop.run(p_seed integer, p_ops integer, p_check_every integer DEFAULT 1,
						  p_stop boolean DEFAULT true, p_strict boolean DEFAULT true)
LANGUAGE plpgsql AS $$
DECLARE
	op prop.op;
	st text;
	cn text;
	msg text;
	det text;
	hnt text;
	ctx text;
	outcome text;
	result jsonb;
	t0 timestamptz;
	pre_hash text;
	pre_clean boolean;
	pre_states license_mgmt.license_states[];
	pre_counters license_mgmt_internal.seat_usage[];
	post_states license_mgmt.license_states[];
	post_counters license_mgmt_internal.seat_usage[];
	last_audit jsonb;		-- each tenant's last audit_id
	audit_rows jsonb;		-- the audit rows an operation wrote
	has_audit boolean := to_regclass('license_mgmt.audit_log') IS NOT NULL;
BEGIN
	PERFORM setseed((p_seed % 1000000) / 1000000.0);
	PERFORM prop.setup();
	INSERT INTO prop.failures (op_no, kind, check_name, detail)
	SELECT 0, 'setup', c.check_name, c.detail FROM prop.check() c;
	INSERT INTO prop.checks_run VALUES (0);
	COMMIT;

	-- the states and counters after an operation are those before the next
	-- (nothing else writes): read once per operation, after it
	post_counters := ARRAY(SELECT c FROM license_mgmt_internal.seat_usage c);
	post_states := ARRAY(SELECT s FROM license_mgmt.license_states s);
	IF has_audit THEN
		-- per tenant: on Citus each node numbers the entries of its own tenants
		EXECUTE 'SELECT COALESCE(jsonb_object_agg(tenant_id, last_id), ''{}'')'
				' FROM (SELECT tenant_id, max(audit_id) AS last_id FROM license_mgmt.audit_log GROUP BY tenant_id) a'
		   INTO last_audit;
	END IF;

	FOR i IN 1..p_ops LOOP
		EXIT WHEN p_stop AND EXISTS (SELECT 1 FROM prop.failures);
		op := prop.gen(i);
		pre_counters := post_counters;
		pre_states := post_states;
		pre_hash := NULL;
		pre_clean := NULL;
		IF op.info ? 'unchanged' OR op.info ? 'idempotent' THEN
			pre_hash := prop.states_hash(pre_states, pre_counters);
			pre_clean := NOT EXISTS (SELECT 1 FROM prop.check());
		END IF;

		st := NULL; cn := NULL; msg := NULL; det := NULL; hnt := NULL; ctx := NULL; result := NULL;
		t0 := clock_timestamp();
		BEGIN
			IF op.mode = 'rows' THEN
				EXECUTE format('SELECT COALESCE(jsonb_agg(to_jsonb(r)), ''[]'') FROM (%s) r', op.sql) INTO result;
			ELSE
				EXECUTE op.sql;
			END IF;
			outcome := 'ok';
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, cn = CONSTRAINT_NAME, msg = MESSAGE_TEXT,
									det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT, ctx = PG_EXCEPTION_CONTEXT;
			outcome := CASE WHEN prop.expected_refusal(op.expected, st, NULLIF(cn, '')) THEN 'refused' ELSE 'error' END;
		END;

		INSERT INTO prop.log (op_no, kind, sql, outcome, sqlstate, constraint_name, message, ms)
		VALUES (i, op.kind, op.sql, outcome, st, NULLIF(cn, ''), msg,
				round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 2));
		IF outcome = 'error' THEN
			INSERT INTO prop.failures (op_no, kind, check_name, detail)
			VALUES (i, op.kind, 'unexpected_error',
					format('%s %s (constraint %s); detail: %s; context: %s', st, msg, NULLIF(cn, ''), det, ctx));
		END IF;
		post_counters := ARRAY(SELECT c FROM license_mgmt_internal.seat_usage c);
		post_states := ARRAY(SELECT s FROM license_mgmt.license_states s);
		audit_rows := NULL;
		IF has_audit THEN
			EXECUTE 'SELECT COALESCE(jsonb_agg(jsonb_build_object(''tenant_id'', a.tenant_id, ''audit_id'', a.audit_id,'
					' ''sku_id'', a.sku_id, ''user_ids'', a.user_ids)), ''[]'')'
					' FROM license_mgmt.audit_log a WHERE a.audit_id > COALESCE(($1->>a.tenant_id::text)::bigint, 0)'
			   INTO audit_rows USING last_audit;
			last_audit := last_audit || COALESCE((SELECT jsonb_object_agg(x.tenant_id, x.last_id)
													FROM (SELECT e->>'tenant_id' AS tenant_id, max((e->>'audit_id')::bigint) AS last_id
															FROM jsonb_array_elements(audit_rows) AS e GROUP BY 1) x), '{}');
		END IF;
		INSERT INTO prop.failures (op_no, kind, check_name, detail)
		SELECT i, op.kind, a.check_name, a.detail
		  FROM prop.after_op(op, outcome, st, NULLIF(cn, ''), msg, det, hnt, result, pre_hash, pre_clean, audit_rows,
							  pre_states, pre_counters, post_states, post_counters) a;
		IF i % p_check_every = 0 OR i = p_ops THEN
			-- a violation is reported once, when it is first seen
			INSERT INTO prop.failures (op_no, kind, check_name, detail)
			SELECT i, op.kind, c.check_name, c.detail FROM prop.check() c
			 WHERE NOT EXISTS (SELECT 1 FROM prop.failures f WHERE f.check_name = c.check_name AND f.detail = c.detail);
			INSERT INTO prop.checks_run VALUES (i);
		END IF;
		IF NOT p_strict THEN
			DELETE FROM prop.failures f WHERE f.op_no = i AND f.check_name LIKE 'strict:%';
		END IF;
		IF EXISTS (SELECT 1 FROM prop.failures f WHERE f.op_no = i) THEN
			-- what the failing operation changed, for the report
			INSERT INTO prop.changes (op_no, change)
			SELECT i, format('%s  ->  %s',
							 CASE WHEN p.user_id IS NULL THEN '(none)'
								  ELSE prop.state_label(p.user_id, p.sku_id, p.group_id, p.state, p.error, p.disabled_plans) END,
							 CASE WHEN n.user_id IS NULL THEN '(gone)' ELSE prop.state_label(n) END)
			  FROM unnest(pre_states) p
			  FULL JOIN unnest(post_states) n
				ON (n.tenant_id, n.user_id, n.sku_id, n.group_id) = (p.tenant_id, p.user_id, p.sku_id, p.group_id)
			 WHERE n IS NULL OR p IS NULL
				OR (n.state, n.error, n.disabled_plans) IS DISTINCT FROM (p.state, p.error, p.disabled_plans);
		END IF;
		COMMIT;
	END LOOP;

	-- the final state is always checked, even after an early stop
	IF NOT EXISTS (SELECT 1 FROM prop.checks_run WHERE op_no = (SELECT max(op_no) FROM prop.log)) THEN
		INSERT INTO prop.failures (op_no, kind, check_name, detail)
		SELECT (SELECT max(op_no) FROM prop.log), 'final', c.check_name, c.detail FROM prop.check() c
		 WHERE NOT EXISTS (SELECT 1 FROM prop.failures f WHERE f.check_name = c.check_name AND f.detail = c.detail)
		   AND (p_strict OR c.check_name NOT LIKE 'strict:%');
		INSERT INTO prop.checks_run VALUES ((SELECT max(op_no) FROM prop.log)) ON CONFLICT DO NOTHING;
	END IF;
	COMMIT;
END $$;

-- The log as a script that replays the run on a fresh database (run.sh):
-- the names first, so that failures name users and products as the run did.
CREATE FUNCTION prop.replay_script(upto integer DEFAULT NULL) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT (SELECT 'INSERT INTO prop.names VALUES ' ||
				   string_agg(format('(%L, %L, %L)', n.id, n.ref, n.label), ', ' ORDER BY n.ref) || E' ON CONFLICT DO NOTHING;\n'
			  FROM prop.names n)
		|| string_agg(
			 CASE WHEN l.sql LIKE '%; %' THEN format(E'BEGIN;\n%s;\nCOMMIT;', replace(l.sql, '; ', E';\n'))
				  ELSE l.sql || ';' END
			 || CASE WHEN l.op_no > 0 THEN format('  -- op %s %s: %s%s', l.op_no, l.kind, l.outcome,
												 COALESCE(' ' || l.constraint_name, '')) ELSE '' END,
			 E'\n' ORDER BY l.seq)
	  FROM prop.log l
	 WHERE upto IS NULL OR l.op_no <= upto
$$;
