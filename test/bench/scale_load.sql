-- test/bench/scale_load.sql: a tenant of :n users and 20 products.  Every
-- user is in group "all" (no license yet: the memory check assigns it) and
-- holds two products directly: users with i % 10 = k hold products 2k+1
-- and 2k+2, given by assign_user_licenses in one call per product.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

SELECT bench.add_tenant('scale', 20, 100000000) AS t \gset
SELECT bench.add_users(:'t', 's', 1, :n);
SELECT bench.add_group(:'t', 'all') AS gall \gset
SELECT bench.add_members(:'t', :'gall', 's', 1, :n);
SELECT k, count(*) FILTER (WHERE b.error IS NULL) AS assigned, count(*) FILTER (WHERE b.error IS NOT NULL) AS refused
  FROM generate_series(1, 20) k
  CROSS JOIN LATERAL license_mgmt.assign_user_licenses(
		ARRAY(SELECT bench.id('s', i) FROM generate_series(1, :n) i WHERE i % 10 = (k - 1) / 2), bench.sku(k)) b
 GROUP BY k ORDER BY k;
VACUUM ANALYZE;
