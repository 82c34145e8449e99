-- test/bench/stale.sql: a plan hazard, shown in numbers.  The first big
-- group assignment of a database whose license_states was analyzed while
-- empty (a new deployment, or the first tenant), then the removal of that
-- assignment before autovacuum has analyzed again; against the same removal
-- planned with statistics that describe the table.  psql variable: n.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SELECT bench.add_tenant('stale', 1, 100000000) AS t \gset
SELECT bench.add_users(:'t', 's', 1, :n);
SELECT bench.add_group(:'t', 'stale') AS g \gset
SELECT bench.add_members(:'t', :'g', 's', 1, :n);
VACUUM ANALYZE;
SELECT format('SELECT license_mgmt.remove_group_license(%L, %L)', :'g', bench.sku(1)) AS stmt \gset
SELECT license_mgmt.assign_group_license(:'g', bench.sku(1));
CALL bench.timeit('stale', 'ext', 1, :'stmt', NULL, false);
SELECT license_mgmt.assign_group_license(:'g', bench.sku(1));
ANALYZE license_mgmt.license_states;
CALL bench.timeit('stale', 'floor', 1, :'stmt', NULL, false);
\pset format unaligned
\pset tuples_only on
SELECT bench.result('stale', format('remove_group_license, %s members, statistics of license_states taken when empty / after ANALYZE', :n),
					bench.median('stale', 'ext') / 1000, bench.median('stale', 'floor') / 1000, 's', 'info');
