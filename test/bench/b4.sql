-- test/bench/b4.sql: set-up of B4 (contention).  One product with :seats
-- seats, :pool users; pgbench clients toggle a random user's direct
-- assignment (b4_ext.pgbench) or a random row of a plain table with the
-- same indexes as license_states (b4_floor.pgbench).  Both toggles are
-- PL/pgSQL functions of the same shape, each with an exception block (a
-- refused assignment is an expected outcome, not a failed transaction).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

SELECT bench.add_tenant('b4', 1, :seats) AS t \gset
SELECT bench.add_users(:'t', 'c', 1, :pool);

CREATE FUNCTION bench.b4_toggle(i int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	u uuid := bench.id('c', i);
	s uuid := bench.sku(1);
BEGIN
	IF EXISTS (SELECT 1 FROM license_mgmt.user_license_assignments a
				WHERE a.tenant_id = bench.id('tenant', hashtext('b4')) AND a.user_id = u AND a.sku_id = s) THEN
		PERFORM license_mgmt.remove_user_license(u, s);
	ELSE
		PERFORM license_mgmt.assign_user_license(u, s);
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN
	NULL;	-- no seat left, or a concurrent toggle of the same user got there first
END $$;

CREATE TABLE bench.b4_plain (LIKE license_mgmt.license_states INCLUDING ALL);
CREATE FUNCTION bench.b4_plain_toggle(i int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t uuid := bench.id('tenant', hashtext('b4'));
	u uuid := bench.id('c', i);
	s uuid := bench.sku(1);
BEGIN
	IF EXISTS (SELECT 1 FROM bench.b4_plain p
				WHERE p.tenant_id = t AND p.user_id = u AND p.sku_id = s) THEN
		DELETE FROM bench.b4_plain p
		 WHERE p.tenant_id = t AND p.user_id = u AND p.sku_id = s;
	ELSE
		INSERT INTO bench.b4_plain VALUES (t, u, s, '00000000-0000-0000-0000-000000000000', 'active',
										   NULL, '{}', NULL, NULL, now());
	END IF;
EXCEPTION WHEN integrity_constraint_violation THEN
	NULL;
END $$;

-- Start both sides at the steady state the toggles reach within seconds
-- (every seat held, half the pool licensed), with statistics that describe
-- it: plans made while the tables looked empty would scan them.
SELECT count(*) FROM license_mgmt.assign_user_licenses(
		ARRAY(SELECT bench.id('c', i) FROM generate_series(1, :seats) i), bench.sku(1));
INSERT INTO bench.b4_plain
SELECT s.* FROM license_mgmt.license_states s WHERE s.tenant_id = :'t';
VACUUM ANALYZE;
