-- test/bench/soak.sql: the soak's three tenants and its operations.
-- psql variables: users (per tenant), groups (per tenant), seats (per
-- product).  Tenant 3 nests groups.  Products 1..5 with plan rules: plan 2
-- requires plan 1, plans 3 and 4 exclude each other, plan 5 is not offered
-- in CN.
--
-- Each operation is one function, picks its objects at random and swallows
-- only the extension's refusals (class 23): anything else fails the pgbench
-- transaction.  pgbench retries a serialization failure (40001) as a client
-- would; a deadlock (40P01) is retried too but counted as a failure of the
-- run (inner.sh reads the server log).  The operations run at READ
-- COMMITTED, and one at a time in REPEATABLE READ and SERIALIZABLE
-- transactions whose snapshot is a little old when it starts
-- (bench.snapshot, bench.op_mix).  No operation lowers seats (R9.4 allows
-- assigned > total after that), and a soft-deleted user is restored only
-- when they held no seat when deleted (a restore brings an active state
-- back even past the limit, R8.2; a waiting one comes back waiting), so
-- assigned <= total must hold at every instant.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

INSERT INTO license_mgmt.service_plan_dependencies VALUES (bench.id('plan', 2), bench.id('plan', 1));
INSERT INTO license_mgmt.service_plan_conflicts VALUES (bench.id('plan', 3), bench.id('plan', 4));
UPDATE license_mgmt.service_plans SET unavailable_locations = '{CN}' WHERE service_plan_id = bench.id('plan', 5);

CREATE TABLE bench.soak_conf AS SELECT :users AS users, :groups AS groups;
CREATE FUNCTION bench.st(k int) RETURNS uuid LANGUAGE sql IMMUTABLE RETURN bench.id('tenant', hashtext('soak' || k));
CREATE FUNCTION bench.su(k int, i int) RETURNS uuid LANGUAGE sql IMMUTABLE RETURN bench.id('soak' || k || 'user', i);
CREATE FUNCTION bench.sgr(k int, j int) RETURNS uuid LANGUAGE sql IMMUTABLE RETURN bench.id('soak' || k || 'group', j);
CREATE FUNCTION bench.rnd(n int) RETURNS int LANGUAGE sql VOLATILE RETURN 1 + floor(random() * n)::int;
CREATE FUNCTION bench.ru(k int) RETURNS uuid LANGUAGE sql VOLATILE
RETURN bench.su(k, bench.rnd((SELECT users FROM bench.soak_conf)));
CREATE FUNCTION bench.rg(k int) RETURNS uuid LANGUAGE sql VOLATILE
RETURN bench.sgr(k, bench.rnd((SELECT groups FROM bench.soak_conf)));
CREATE FUNCTION bench.rs() RETURNS uuid LANGUAGE sql VOLATILE RETURN bench.sku(bench.rnd(5));
CREATE FUNCTION bench.rloc() RETURNS text LANGUAGE sql VOLATILE
RETURN (ARRAY['US', 'US', 'DE', 'CN', NULL])[bench.rnd(5)];

SELECT bench.add_tenant('soak' || k, 5, :seats) FROM generate_series(1, 3) k;
UPDATE license_mgmt.tenants SET nested_group_licensing = true WHERE tenant_id = bench.st(3);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
SELECT bench.st(k), bench.su(k, i), format('soak%s.%s@bench.example', k, i), CASE WHEN i % 10 = 0 THEN NULL ELSE 'US' END
  FROM generate_series(1, 3) k, generate_series(1, :users) i;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
SELECT bench.st(k), bench.sgr(k, j), format('soak group %s', j) FROM generate_series(1, 3) k, generate_series(1, :groups) j;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT DISTINCT bench.st(k), bench.sgr(k, j), bench.su(k, 1 + (j * 7919 + m * 104729) % :users)
  FROM generate_series(1, 3) k, generate_series(1, :groups) j, generate_series(1, 40) m;
SELECT license_mgmt.assign_group_license(bench.sgr(k, j), bench.sku((ARRAY[1, 3, 4, 5, 1])[j]))
  FROM generate_series(1, 3) k, generate_series(1, 5) j;

-- the operations
CREATE FUNCTION bench.op_assign(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM license_mgmt.assign_user_license(bench.ru(k), bench.rs());
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_remove(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	a record;
BEGIN
	SELECT user_id, sku_id INTO a FROM license_mgmt.user_license_assignments
	 WHERE tenant_id = bench.st(k) ORDER BY random() LIMIT 1;
	IF FOUND THEN
		PERFORM license_mgmt.remove_user_license(a.user_id, a.sku_id);
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_bulk_assign(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM license_mgmt.assign_user_licenses(ARRAY(SELECT bench.ru(k) FROM generate_series(1, 20)), bench.rs());
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_add_member(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES (bench.st(k), bench.rg(k), bench.ru(k)) ON CONFLICT DO NOTHING;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_remove_member(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	g uuid := bench.rg(k);
BEGIN
	DELETE FROM license_mgmt.group_members m
	 WHERE m.tenant_id = bench.st(k) AND m.group_id = g
	   AND m.member_id = (SELECT x.member_id FROM license_mgmt.group_members x
						   WHERE x.tenant_id = bench.st(k) AND x.group_id = g ORDER BY random() LIMIT 1);
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_bulk_members(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	g uuid := bench.rg(k);
BEGIN
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	SELECT DISTINCT bench.st(k), g, u FROM (SELECT bench.ru(k) AS u FROM generate_series(1, 30)) x
	ON CONFLICT DO NOTHING;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_bulk_remove_members(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	g uuid := bench.rg(k);
BEGIN
	DELETE FROM license_mgmt.group_members m
	 WHERE m.tenant_id = bench.st(k) AND m.group_id = g
	   AND m.member_id IN (SELECT x.member_id FROM license_mgmt.group_members x
							WHERE x.tenant_id = bench.st(k) AND x.group_id = g ORDER BY random() LIMIT 30);
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_group_assign(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM license_mgmt.assign_group_license(bench.rg(k), bench.rs());
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_group_remove(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	a record;
BEGIN
	SELECT group_id, sku_id INTO a FROM license_mgmt.group_license_assignments
	 WHERE tenant_id = bench.st(k) ORDER BY random() LIMIT 1;
	IF FOUND THEN
		PERFORM license_mgmt.remove_group_license(a.group_id, a.sku_id);
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_location(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	u uuid := bench.ru(k);
BEGIN
	UPDATE license_mgmt.users SET usage_location = bench.rloc()
	 WHERE tenant_id = bench.st(k) AND user_id = u;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- a group into a group (cycles refused), or a group out of its parent
CREATE FUNCTION bench.op_nest(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	g uuid := bench.rg(k);
	h uuid := bench.rg(k);
BEGIN
	IF random() < 0.6 THEN
		INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
		VALUES (bench.st(k), g, h) ON CONFLICT DO NOTHING;
	ELSE
		DELETE FROM license_mgmt.group_members m
		 WHERE m.tenant_id = bench.st(k) AND m.group_id = g
		   AND m.member_id IN (SELECT x.group_id FROM license_mgmt.groups x WHERE x.tenant_id = bench.st(k));
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- a user deleted for good and a new one created in its place (same id)
CREATE FUNCTION bench.op_replace_user(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	u uuid := bench.ru(k);
BEGIN
	DELETE FROM license_mgmt.users WHERE tenant_id = bench.st(k) AND user_id = u;
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
	VALUES (bench.st(k), u, 'replaced.' || u || '@bench.example', bench.rloc());
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- Users the soak soft-deleted, and whether they held a seat then: the audit
-- rows of the deletion say which states it suspended (R11.1).  Written in the
-- deletion's transaction, after the user's row, so that whoever holds that
-- row locked reads the record of its last deletion.
CREATE TABLE bench.soft_deleted (
	tenant_id	uuid,
	user_id		uuid,
	held_seat	boolean NOT NULL,
	PRIMARY KEY (tenant_id, user_id)
);
-- and the restores, for the record
CREATE TABLE bench.restored (tenant_id uuid, user_id uuid, at timestamptz DEFAULT clock_timestamp());

CREATE FUNCTION bench.op_soft_delete(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	u uuid := bench.ru(k);
BEGIN
	UPDATE license_mgmt.users SET deleted_at = now()
	 WHERE tenant_id = bench.st(k) AND user_id = u AND deleted_at IS NULL;
	IF FOUND THEN
		INSERT INTO bench.soft_deleted (tenant_id, user_id, held_seat)
		SELECT bench.st(k), u, EXISTS (
			SELECT 1 FROM license_mgmt.audit_log a
			 WHERE a.tenant_id = bench.st(k) AND a.logged_at = now() AND u = ANY (a.user_ids)
			   AND a.new_state = 'suspended' AND a.old_state IN ('active', 'active_with_error'))
		ON CONFLICT (tenant_id, user_id) DO UPDATE SET held_seat = excluded.held_seat;
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- a soft-deleted user who held no seat when deleted comes back (R8.2): what
-- was waiting waits again, what was added meanwhile is judged as new
CREATE FUNCTION bench.op_restore(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	u uuid;
BEGIN
	SELECT d.user_id INTO u FROM bench.soft_deleted d
	 WHERE d.tenant_id = bench.st(k) AND NOT d.held_seat ORDER BY random() LIMIT 1;
	IF NOT FOUND THEN
		RETURN;
	END IF;
	-- the user's row first, as every change of a user; then the record of its
	-- last deletion, as it stands once that row is ours
	PERFORM 1 FROM license_mgmt.users
	 WHERE tenant_id = bench.st(k) AND user_id = u AND deleted_at IS NOT NULL FOR UPDATE;
	IF NOT FOUND THEN	-- restored, or deleted for good, meanwhile
		DELETE FROM bench.soft_deleted WHERE tenant_id = bench.st(k) AND user_id = u AND NOT held_seat;
		RETURN;
	END IF;
	IF (SELECT NOT d.held_seat FROM bench.soft_deleted d WHERE d.tenant_id = bench.st(k) AND d.user_id = u) THEN
		UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = bench.st(k) AND user_id = u;
		DELETE FROM bench.soft_deleted WHERE tenant_id = bench.st(k) AND user_id = u;
		INSERT INTO bench.restored (tenant_id, user_id) VALUES (bench.st(k), u);
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- one statement that removes a member from a group and adds one to another
-- (issue 21, item 3: its two statement triggers keep the one lock order)
CREATE FUNCTION bench.op_swap_members(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	g uuid := bench.rg(k);
	h uuid := bench.rg(k);
BEGIN
	WITH d AS (
		DELETE FROM license_mgmt.group_members m
		 WHERE m.tenant_id = bench.st(k) AND m.group_id = g
		   AND m.member_id = (SELECT x.member_id FROM license_mgmt.group_members x
							   WHERE x.tenant_id = bench.st(k) AND x.group_id = g ORDER BY random() LIMIT 1)
		RETURNING 1)
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES (bench.st(k), h, bench.ru(k)) ON CONFLICT DO NOTHING;
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_reprocess(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM license_mgmt.reprocess_user(bench.ru(k));
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

CREATE FUNCTION bench.op_toggle_nesting(k int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = bench.st(3);
EXCEPTION WHEN integrity_constraint_violation THEN NULL;
END $$;

-- The REPEATABLE READ and SERIALIZABLE transactions: bench.snapshot takes
-- the snapshot (the tenant's seat counters, as a client's read would), the
-- script sleeps a little while others commit, then bench.op_mix runs an
-- operation drawn by the weights of the READ COMMITTED mix.
CREATE FUNCTION bench.snapshot(k int) RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT sum(assigned) FROM license_mgmt.seat_counters WHERE tenant_id = bench.st(k));

CREATE FUNCTION bench.op_mix(k int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	ops text[] := ARRAY['assign', 'remove', 'bulk_assign', 'add_member', 'remove_member', 'bulk_members',
						'bulk_remove_members', 'group_assign', 'group_remove', 'location', 'nest',
						'swap_members', 'replace_user', 'soft_delete', 'restore', 'reprocess', 'toggle_nesting'];
	weights int[] := ARRAY[20, 15, 3, 20, 15, 3, 2, 5, 4, 5, 4, 5, 2, 3, 3, 2, 1];
	r int;
	i int := 1;
BEGIN
	r := bench.rnd((SELECT sum(w)::int FROM unnest(weights) w));
	WHILE r > weights[i] LOOP
		r := r - weights[i];
		i := i + 1;
	END LOOP;
	EXECUTE format('SELECT bench.op_%s($1)', ops[i]) USING k;
END $$;
VACUUM ANALYZE;
