-- test/bench/scale_load.sql: a tenant of :n users and 20 products.  Every
-- user is a member of group "all", which holds products 1 and 2 (two
-- fan-outs to :n members, timed: they are the largest group assignments of
-- the run); every tenth user also holds product 3 directly (one
-- assign_user_licenses call), so that verify() checks both kinds of
-- source; products 4..20 are subscribed with nobody assigned yet (the
-- memory check assigns product 4 to "all").
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on

SELECT bench.add_tenant('scale', 20, 100000000) AS t \gset
SELECT bench.add_users(:'t', 's', 1, :n);
SELECT bench.add_group(:'t', 'all') AS gall \gset
SELECT bench.add_members(:'t', :'gall', 's', 1, :n);
VACUUM ANALYZE;
SELECT clock_timestamp() AS t0 \gset
SELECT license_mgmt.assign_group_license(:'gall', bench.sku(1));
ANALYZE license_mgmt.license_states;
SELECT license_mgmt.assign_group_license(:'gall', bench.sku(2));
SELECT concat_ws(E'\t', 'VALUE', 'FANOUT', extract(epoch FROM clock_timestamp() - :'t0') / 2);
SELECT count(*) FROM license_mgmt.assign_user_licenses(
		ARRAY(SELECT bench.id('s', i) FROM generate_series(10, :n, 10) i), bench.sku(3));
VACUUM ANALYZE;
