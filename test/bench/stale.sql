-- test/bench/stale.sql: a plan hazard, shown in numbers.  The first big
-- removals of a database whose license_states was analyzed while empty (a
-- new deployment, or the first tenant), before autovacuum has analyzed
-- again: a group license removed, and the memberships of a licensed group
-- deleted; against the same statements planned with statistics that
-- describe the tables.  psql variable: n.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
-- autovacuum must not analyze in between: the case is the statistics it has not taken yet
ALTER TABLE license_mgmt.license_states SET (autovacuum_enabled = false);
ALTER TABLE license_mgmt.group_members SET (autovacuum_enabled = false);
SELECT bench.add_tenant('stale', 2, 100000000) AS t \gset
SELECT bench.add_users(:'t', 's', 1, :n);
SELECT bench.add_group(:'t', 'stale') AS g, bench.add_group(:'t', 'stale members') AS m \gset
SELECT bench.add_members(:'t', :'g', 's', 1, :n);
SELECT license_mgmt.assign_group_license(:'m', bench.sku(2));
VACUUM ANALYZE;
SELECT format('SELECT license_mgmt.remove_group_license(%L, %L)', :'g', bench.sku(1)) AS stmt,
	   format('DELETE FROM license_mgmt.group_members WHERE group_id = %L', :'m') AS stmt_m,
	   format('SELECT bench.add_members(%L, %L, ''s'', 1, %s)', :'t', :'m', :n) AS add_m \gset
SELECT license_mgmt.assign_group_license(:'g', bench.sku(1));
:add_m;
CALL bench.timeit('stale', 'ext', 1, :'stmt', NULL, false);
CALL bench.timeit('stale_m', 'ext', 1, :'stmt_m', NULL, false);
SELECT license_mgmt.assign_group_license(:'g', bench.sku(1));
:add_m;
ANALYZE license_mgmt.license_states, license_mgmt.group_members;
CALL bench.timeit('stale', 'floor', 1, :'stmt', NULL, false);
CALL bench.timeit('stale_m', 'floor', 1, :'stmt_m', NULL, false);
ALTER TABLE license_mgmt.license_states RESET (autovacuum_enabled);
ALTER TABLE license_mgmt.group_members RESET (autovacuum_enabled);
\pset format unaligned
\pset tuples_only on
SELECT bench.result('stale', format('remove_group_license, %s members, statistics of license_states taken when empty / after ANALYZE', :n),
					bench.median('stale', 'ext') / 1000, bench.median('stale', 'floor') / 1000, 's', 'info');
SELECT bench.result('stale-m', format('DELETE of %s memberships of a licensed group, statistics taken when empty / after ANALYZE', :n),
					bench.median('stale_m', 'ext') / 1000, bench.median('stale_m', 'floor') / 1000, 's', 'info');
