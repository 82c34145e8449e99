-- test/bench/catalog_change.sql: C1, a service plan added to a product held
-- by :users users (issue 23), against the raw update of their :users state
-- rows; and the tenant of C2 (a :users-member group over its 10 seats), whose
-- notifications inner.sh counts with a listening psql.  psql variables:
-- users, repeat.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on

SELECT bench.add_tenant('c1', 1, 100000000) AS t \gset
SELECT bench.add_users(:'t', 'c1', 1, :users);
SELECT bench.add_group(:'t', 'C1') AS g \gset
SELECT bench.add_members(:'t', :'g', 'c1', 1, :users);
SELECT count(*) FROM license_mgmt.assign_group_license(:'g', bench.sku(1));
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name)
VALUES (bench.id('plan', 1001), 'BENCH_PLAN_ADDED', 'A plan added to product 1');
VACUUM ANALYZE;

------------------------------------------------------------------------------
-- C1: the catalog change re-judges every holder of product 1 in the same
-- statement (catalog_changes.c).  Its floor: an UPDATE of the same state
-- rows with the extension's triggers off (replica mode), the least a
-- change touching every holder's row could cost.  Sides alternate.
------------------------------------------------------------------------------
SELECT format('INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES (%L, %L)',
			  bench.sku(1), bench.id('plan', 1001)) AS stmt,
	   format('DELETE FROM license_mgmt.product_service_plans WHERE sku_id = %L AND service_plan_id = %L',
			  bench.sku(1), bench.id('plan', 1001)) AS reset,
	   format('SET LOCAL session_replication_role = replica; UPDATE license_mgmt.license_states SET last_updated = now() WHERE tenant_id = %L AND sku_id = %L',
			  :'t', bench.sku(1)) AS floor \gset
SELECT format('CALL bench.timeit(''C1'', ''ext'', 1, %L, %L)', :'stmt', :'reset'),
	   format('CALL bench.timeit(''C1'', ''floor'', 1, %L, %L)', :'floor', 'SELECT 1')
  FROM generate_series(1, greatest(:repeat, 3)) \gexec
SELECT count(*) = :users AS c1_ok FROM license_mgmt.license_states
 WHERE tenant_id = :'t' AND sku_id = bench.sku(1) AND state = 'active' \gset
\if :c1_ok
\else
	\echo 'C1: the holders of product 1 are not all active after the runs'
	\quit
\endif
SELECT bench.result('C1', format('a plan added to a product held by %s users / UPDATE of their state rows, triggers off (median of %s alternating runs each)',
								 :users, bench.runs('C1', 'ext')),
					bench.median('C1', 'ext') / 1000, bench.median('C1', 'floor') / 1000, 's', '<= 2.0');
SELECT concat_ws(E'\t', 'CHECK', 'C1: verify() after the catalog changes', count(*), 0) FROM license_mgmt.verify();
SELECT bench.details();

-- C2's tenant: one product of 10 seats, a group of :users members
SELECT bench.add_tenant('c2', 1, 10) AS t2 \gset
SELECT bench.add_users(:'t2', 'c2', 1, :users);
SELECT bench.add_group(:'t2', 'C2') AS g2 \gset
SELECT bench.add_members(:'t2', :'g2', 'c2', 1, :users);
VACUUM ANALYZE;
