-- test/bench/common.sql: the catalog and the helpers every benchmark database
-- shares.  Loaded after CREATE EXTENSION license_mgmt.
--
-- Ids are deterministic (bench.id('u', 17) is always the same uuid), so that
-- the extension's run and the floor's run work on exactly the same rows.

CREATE SCHEMA bench;

CREATE FUNCTION bench.id(tag text, n bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN md5(tag || ':' || n)::uuid;

-- Twenty products, each with its own service plan: no plan rules, so that
-- what is measured is the licensing machinery and not a rule's check.
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name)
SELECT bench.id('plan', i), format('BENCH_PLAN_%s', i), format('Bench plan %s', i)
  FROM generate_series(1, 20) i;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
SELECT bench.id('sku', i), format('BENCH_SKU_%s', i), format('Bench product %s', i)
  FROM generate_series(1, 20) i;
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
SELECT bench.id('sku', i), bench.id('plan', i) FROM generate_series(1, 20) i;

CREATE FUNCTION bench.sku(i int) RETURNS uuid LANGUAGE sql IMMUTABLE RETURN bench.id('sku', i);

-- A tenant with seats of products 1..nproducts.
CREATE FUNCTION bench.add_tenant(tag text, nproducts int, seats int) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
	t uuid := bench.id('tenant', hashtext(tag));
BEGIN
	INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES (t, tag, 'US');
	INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
	SELECT t, bench.id(tag || ' subscription', i), bench.sku(i), seats FROM generate_series(1, nproducts) i;
	RETURN t;
END $$;

-- Users tag:lo .. tag:hi of a tenant, in one statement.
CREATE FUNCTION bench.add_users(tenant uuid, tag text, lo bigint, hi bigint) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location)
	SELECT tenant, bench.id(tag, i), tag || '.' || i || '@bench.example', 'US'
	  FROM generate_series(lo, hi) i
$$;

CREATE FUNCTION bench.add_group(tenant uuid, tag text) RETURNS uuid
LANGUAGE sql AS $$
	INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES (tenant, bench.id('group', hashtext(tag)), tag)
	RETURNING group_id
$$;
CREATE FUNCTION bench.grp(tag text) RETURNS uuid LANGUAGE sql IMMUTABLE RETURN bench.id('group', hashtext(tag));

-- Users tag:lo .. tag:hi into a group, in one statement.
CREATE FUNCTION bench.add_members(tenant uuid, grp uuid, tag text, lo bigint, hi bigint) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	SELECT tenant, grp, bench.id(tag, i) FROM generate_series(lo, hi) i
$$;

/*
 * Timing.  bench.timeit runs a statement n times, each in its own
 * transaction (the commit is part of what is timed), and records each run's
 * wall time in milliseconds.  After each run, untimed: ANALYZE of the
 * extension's big tables (so that every run is planned with statistics that
 * describe the data, as autovacuum would keep them), then reset, then
 * ANALYZE again.  The statement and reset see the iteration number as $1 (a
 * string without $1 may hold several statements).  With max_seconds, stops
 * after that long (but not before 5 runs): the median is then over fewer
 * runs, and bench.runs() says how many.  Must be CALLed outside a
 * transaction block.
 */
CREATE TABLE bench.timings (case_id text, side text, iter int, ms float8, taken serial);

CREATE PROCEDURE bench.timeit(case_id text, side text, n int, stmt text, reset text DEFAULT NULL,
							  fresh_stats bool DEFAULT true, max_seconds float8 DEFAULT NULL,
							  first_run int DEFAULT 1)
LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	t1 timestamptz;
	started timestamptz := clock_timestamp();
BEGIN
	FOR i IN 1..n LOOP
		-- a time cap for cases that are far slower than planned: stop early (at least 5 runs)
		EXIT WHEN i > 5 AND max_seconds IS NOT NULL
			 AND clock_timestamp() > started + max_seconds * interval '1 second';
		t0 := clock_timestamp();
		IF position('$1' IN stmt) > 0 THEN EXECUTE stmt USING first_run + i - 1; ELSE EXECUTE stmt; END IF;
		COMMIT;
		t1 := clock_timestamp();
		INSERT INTO bench.timings (case_id, side, iter, ms) VALUES (case_id, side, first_run + i - 1, extract(epoch FROM t1 - t0) * 1000);
		IF reset IS NOT NULL THEN
			IF fresh_stats THEN
				ANALYZE license_mgmt.license_states, license_mgmt.group_members;
			END IF;
			IF position('$1' IN reset) > 0 THEN EXECUTE reset USING i; ELSE EXECUTE reset; END IF;
			IF fresh_stats THEN
				ANALYZE license_mgmt.license_states, license_mgmt.group_members;
			END IF;
		END IF;
		COMMIT;
	END LOOP;
END $$;

-- The one-member cases: n runs a side, the sides alternating in chunks
-- (run $1 of each side's statement is a new member), so that a slow spell
-- of the shared host falls on both alike; each side stops early after
-- max_seconds in all.
CREATE PROCEDURE bench.alternate(case_id text, n int, ext_stmt text, floor_stmt text,
								 max_seconds float8 DEFAULT NULL, chunks int DEFAULT 20)
LANGUAGE plpgsql AS $$
DECLARE
	size int := ceil(n::float8 / chunks);
BEGIN
	FOR k IN 0 .. chunks - 1 LOOP
		EXIT WHEN k * size >= n;
		CALL bench.timeit(case_id, 'ext', least(size, n - k * size), ext_stmt, NULL, true, max_seconds / chunks, k * size + 1);
		CALL bench.timeit(case_id, 'floor', least(size, n - k * size), floor_stmt, NULL, true, max_seconds / chunks, k * size + 1);
	END LOOP;
END $$;

CREATE FUNCTION bench.runs(case_id text, side text) RETURNS bigint
LANGUAGE sql STABLE AS $$
	SELECT count(*) FROM bench.timings t WHERE t.case_id = runs.case_id AND t.side = runs.side
$$;

CREATE FUNCTION bench.median(case_id text, side text) RETURNS float8
LANGUAGE sql STABLE AS $$
	SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms)
	  FROM bench.timings t WHERE t.case_id = median.case_id AND t.side = median.side
$$;

-- One line of the result table: id, what, extension, floor, unit, target.
-- The shell collects these lines (tab-separated) and prints the table.
CREATE FUNCTION bench.result(id text, what text, ext float8, floor float8, unit text, target text)
RETURNS text LANGUAGE sql AS $$
	SELECT concat_ws(E'\t', 'RESULT', id, what, round(ext::numeric, 3), round(floor::numeric, 3), unit, target)
$$;

-- verify(), keeping how many problems it found.
CREATE TABLE bench.verify_problems (at timestamptz DEFAULT clock_timestamp(), problems bigint);
CREATE FUNCTION bench.verify_count() RETURNS bigint LANGUAGE sql AS $$
	INSERT INTO bench.verify_problems (problems) SELECT count(*) FROM license_mgmt.verify() RETURNING problems
$$;

-- Each timed case's runs for the report: count, fastest, slowest, and, for
-- a case of a dozen runs at most, every run in the order taken (a slow
-- spell of the host shows as neighbouring slow runs of both sides).
CREATE FUNCTION bench.details() RETURNS SETOF text LANGUAGE sql AS $$
	SELECT concat_ws(E'\t', 'DETAIL', case_id, side, count(*), round(min(ms)::numeric, 3), round(max(ms)::numeric, 3),
					 CASE WHEN count(*) <= 12 THEN string_agg(round(ms::numeric)::text, ' ' ORDER BY taken) END)
	  FROM bench.timings GROUP BY case_id, side ORDER BY case_id, side
$$;
