-- test/bench/scale_time.sql: B5, B6 (user_licenses, and license_details as
-- B6-details) and verify() on the tenant of scale_load.sql (:n users).
-- :iters runs of the short queries (the floor of B5 and B6 is a primary-key
-- lookup of a user), :vruns of verify(), each run given at most :vtimeout
-- milliseconds.  Prints VALUE lines as it goes.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on
SELECT bench.id('tenant', hashtext('scale')) AS t \gset

SELECT format('SELECT * FROM license_mgmt.product_summary WHERE tenant_id = %L', :'t') AS stmt,
	   format('SELECT * FROM license_mgmt.users WHERE tenant_id = %L AND user_id = bench.id(''s'', $1 * 7919 %% %s + 1)', :'t', :n) AS pk \gset
CALL bench.timeit('B5', 'ext', :iters, :'stmt');
CALL bench.timeit('B5', 'floor', :iters, :'pk');
SELECT concat_ws(E'\t', 'VALUE', 'B5', bench.median('B5', 'ext'), bench.median('B5', 'floor'));
SELECT format('SELECT * FROM license_mgmt.user_licenses WHERE tenant_id = %L AND user_id = bench.id(''s'', $1 * 7919 %% %s + 1)', :'t', :n) AS stmt \gset
CALL bench.timeit('B6', 'ext', :iters, :'stmt');
CALL bench.timeit('B6', 'floor', :iters, :'pk');
SELECT concat_ws(E'\t', 'VALUE', 'B6', bench.median('B6', 'ext'), bench.median('B6', 'floor'));
-- license_details (Graph's licenseDetails) of one user, against the same floor
SELECT format('SELECT * FROM license_mgmt.license_details WHERE tenant_id = %L AND user_id = bench.id(''s'', $1 * 7919 %% %s + 1)', :'t', :n) AS stmt \gset
CALL bench.timeit('B6-details', 'ext', :iters, :'stmt');
SELECT concat_ws(E'\t', 'VALUE', 'B6-details', bench.median('B6-details', 'ext'), bench.median('B6', 'floor'));
SELECT concat_ws(E'\t', 'VALUE', 'STATES', count(*)) FROM license_mgmt.license_states;

\set ON_ERROR_STOP 0
SET statement_timeout = :vtimeout;
CALL bench.timeit('B7', 'verify', :vruns, 'SELECT bench.verify_count()');
RESET statement_timeout;
SELECT concat_ws(E'\t', 'VALUE', 'B7', bench.median('B7', 'verify'), (SELECT problems FROM bench.verify_problems ORDER BY at DESC LIMIT 1))
 WHERE EXISTS (SELECT FROM bench.timings WHERE case_id = 'B7');
SELECT concat_ws(E'\t', 'VALUE', 'B7', 'TIMEOUT', :vtimeout)
 WHERE NOT EXISTS (SELECT FROM bench.timings WHERE case_id = 'B7');
