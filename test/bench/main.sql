-- test/bench/main.sql: B1 group fan-out, B1 naive reference, B2 bulk
-- membership, B3 one member.  psql variables: users (B1/B2 group size),
-- naive (the naive reference's group size), b3 (B3 iterations), repeat
-- (runs of each large case; the median counts), repeat2 (runs of B2).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
-- result lines are printed as each case ends, so that a later failure keeps them
\pset format unaligned
\pset tuples_only on

SELECT bench.add_tenant('main', 20, 100000000) AS t \gset
SELECT bench.add_users(:'t', 'm', 1, :users);
SELECT bench.add_users(:'t', 'b3big', 1, :b3);
SELECT bench.add_users(:'t', 'b3small', 1, :b3);
SELECT bench.add_users(:'t', 'b3ten', 1, 10);
SELECT bench.add_group(:'t', 'B1') AS g1, bench.add_group(:'t', 'B1naive') AS gn,
	   bench.add_group(:'t', 'B2') AS g2, bench.add_group(:'t', 'B3ten') AS g3 \gset
SELECT bench.add_members(:'t', :'g1', 'm', 1, :users);
SELECT bench.add_members(:'t', :'gn', 'm', 1, :naive);
SELECT bench.add_members(:'t', :'g3', 'b3ten', 1, 10);
VACUUM ANALYZE;

------------------------------------------------------------------------------
-- B1: assign_group_license on a group of :users members, against an
-- INSERT ... SELECT of the same state rows into a plain table with the
-- same indexes as license_states.  One assignment, untimed, gives the floor
-- its rows; then the two sides alternate, at least 3 runs each, so that a
-- slow spell of the shared host falls on both alike.
------------------------------------------------------------------------------
SELECT format('SELECT license_mgmt.assign_group_license(%L, %L)', :'g1', bench.sku(1)) AS stmt,
	   format('SELECT license_mgmt.remove_group_license(%L, %L)', :'g1', bench.sku(1)) AS reset \gset
CALL bench.timeit('B1warm', 'ext', 1, :'stmt');
CREATE TABLE bench.b1_rows AS
	SELECT * FROM license_mgmt.license_states WHERE tenant_id = :'t' AND group_id = :'g1';
SELECT count(*) = :users AS b1_rows_ok FROM bench.b1_rows \gset
\if :b1_rows_ok
\else
	\echo 'B1: the group assignment did not give every member a state'
	\quit
\endif
:reset;
ANALYZE license_mgmt.license_states;
CREATE TABLE bench.floor_states (LIKE license_mgmt.license_states INCLUDING ALL);
SELECT format('CALL bench.timeit(''B1'', ''ext'', 1, %L, %L)', :'stmt', :'reset'),
	   format('CALL bench.timeit(''B1'', ''floor'', 1, %L, %L)',
			  'INSERT INTO bench.floor_states SELECT * FROM bench.b1_rows', 'DELETE FROM bench.floor_states')
  FROM generate_series(1, greatest(:repeat, 3)) \gexec
SELECT bench.result('B1', format('assign_group_license, %s members / INSERT..SELECT of the state rows (median of %s alternating runs each)',
								 :users, bench.runs('B1', 'ext')),
					bench.median('B1', 'ext') / 1000, bench.median('B1', 'floor') / 1000, 's', '<= 2.0');

-- The same at :naive members: the extension, the floor, and a naive PL/pgSQL
-- design (a row-level trigger that checks and bumps the counter per row).
SELECT format('SELECT license_mgmt.assign_group_license(%L, %L)', :'gn', bench.sku(2)) AS stmt,
	   format('SELECT license_mgmt.remove_group_license(%L, %L) WHERE $1 < %s', :'gn', bench.sku(2), :repeat) AS reset \gset
CALL bench.timeit('B1n', 'ext', :repeat, :'stmt', :'reset');
CREATE TABLE bench.b1n_rows AS
	SELECT * FROM license_mgmt.license_states WHERE tenant_id = :'t' AND group_id = :'gn';
SELECT license_mgmt.remove_group_license(:'gn', bench.sku(2));
CALL bench.timeit('B1n', 'floor', :repeat, 'INSERT INTO bench.floor_states SELECT * FROM bench.b1n_rows',
				  'DELETE FROM bench.floor_states');

CREATE TABLE bench.naive_states (LIKE license_mgmt.license_states INCLUDING ALL);
CREATE TABLE bench.naive_counters (LIKE license_mgmt.seat_counters INCLUDING ALL);
INSERT INTO bench.naive_counters (tenant_id, sku_id, total, assigned) VALUES (:'t', bench.sku(2), 100000000, 0);
CREATE FUNCTION bench.naive_take_seat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE bench.naive_counters SET assigned = assigned + 1
	 WHERE tenant_id = NEW.tenant_id AND sku_id = NEW.sku_id AND assigned < total;
	IF NOT FOUND THEN
		NEW.state := 'error';
		NEW.error := 'CountViolation';
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER naive_take_seat BEFORE INSERT ON bench.naive_states
	FOR EACH ROW EXECUTE FUNCTION bench.naive_take_seat();
SELECT format($q$INSERT INTO bench.naive_states
	SELECT m.tenant_id, m.member_id, %L, m.group_id, 'active', NULL, '{}', m.added_at, NULL, now()
	  FROM license_mgmt.group_members m WHERE m.tenant_id = %L AND m.group_id = %L$q$, bench.sku(2), :'t', :'gn') AS stmt \gset
CALL bench.timeit('B1n', 'naive', :repeat, :'stmt',
				  'DELETE FROM bench.naive_states; UPDATE bench.naive_counters SET assigned = 0');
SELECT bench.result('B1-10k', format('assign_group_license, %s members / INSERT..SELECT', :naive),
					bench.median('B1n', 'ext') / 1000, bench.median('B1n', 'floor') / 1000, 's', 'info');
SELECT bench.result('B1-naive', format('naive PL/pgSQL row trigger, %s members / INSERT..SELECT', :naive),
					bench.median('B1n', 'naive') / 1000, bench.median('B1n', 'floor') / 1000, 's', 'info');

------------------------------------------------------------------------------
-- B2: one INSERT of :users memberships into a group holding 5 products,
-- against the same membership rows and their 5 x :users state rows
-- inserted raw into plain tables with the same indexes.
------------------------------------------------------------------------------
SELECT license_mgmt.assign_group_license(:'g2', bench.sku(i)) FROM generate_series(3, 7) i;
SELECT format('SELECT bench.add_members(%L, %L, ''m'', 1, %s)', :'t', :'g2', :users) AS stmt,
	   format('DELETE FROM license_mgmt.group_members WHERE tenant_id = %L AND group_id = %L AND $1 < %s',
			  :'t', :'g2', :repeat2) AS reset \gset
CALL bench.timeit('B2', 'ext', :repeat2, :'stmt', :'reset');
CREATE TABLE bench.b2_members AS
	SELECT * FROM license_mgmt.group_members WHERE tenant_id = :'t' AND group_id = :'g2';
CREATE TABLE bench.b2_rows AS
	SELECT * FROM license_mgmt.license_states WHERE tenant_id = :'t' AND group_id = :'g2';
SELECT (SELECT count(*) FROM bench.b2_members) = :users AND (SELECT count(*) FROM bench.b2_rows) = 5 * :users AS b2_ok \gset
\if :b2_ok
\else
	\echo 'B2: the membership insert did not give every member 5 states'
	\quit
\endif
CREATE TABLE bench.floor_members (LIKE license_mgmt.group_members INCLUDING ALL);
CALL bench.timeit('B2', 'floor', :repeat2,
				  'WITH m AS (INSERT INTO bench.floor_members SELECT * FROM bench.b2_members)
				   INSERT INTO bench.floor_states SELECT * FROM bench.b2_rows',
				  'DELETE FROM bench.floor_states; DELETE FROM bench.floor_members');
SELECT bench.result('B2', format('INSERT of %s memberships, group with 5 products / raw rows', :users),
					bench.median('B2', 'ext') / 1000, bench.median('B2', 'floor') / 1000, 's', '<= 2.0');
VACUUM ANALYZE;

------------------------------------------------------------------------------
-- B3: one member added to the :users-member group holding 5 products,
-- against one member added to a 10-member group holding the same 5.
------------------------------------------------------------------------------
SELECT license_mgmt.assign_group_license(:'g3', bench.sku(i)) FROM generate_series(3, 7) i;
SELECT format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (%L, %L, bench.id(''b3big'', $1))',
			  :'t', :'g2') AS ext,
	   format('INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (%L, %L, bench.id(''b3small'', $1))',
			  :'t', :'g3') AS floor \gset
CALL bench.alternate('B3', :b3, :'ext', :'floor', :cap);
SELECT bench.result('B3', format('one member into %s-member group, 5 products / into 10-member group (median of %s / %s runs)',
								 :users, bench.runs('B3', 'ext'), bench.runs('B3', 'floor')),
					bench.median('B3', 'ext'), bench.median('B3', 'floor'), 'ms', '<= 1.2');

SELECT concat_ws(E'\t', 'CHECK', 'verify() after B1-B3', count(*), 0) FROM license_mgmt.verify();
SELECT bench.details();

