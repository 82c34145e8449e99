-- R10.2: derived state (license states, seat counters, seat reserves,
-- directory objects, the audit log) is written by the extension's own code
-- only.  The tables' owner, a superuser, and the superuser who installed the
-- extension are each refused INSERT, UPDATE, DELETE and TRUNCATE on every
-- derived table (42501, a message naming the table; the audit log's
-- updates, deletes and truncation are refused as append-only, 23001), and
-- nothing changes.  What does go through: the extension's own writes, the
-- cascades of a deleted user and tenant, and a superuser's writes with
-- session_replication_role = replica (how a dump is restored), which
-- verify() then checks like any other state.  An error raised inside an
-- extension call and caught by the caller leaves derived state as closed
-- as before.  (A restore that does not use replica mode is stopped with a
-- FATAL error; that ends the session, so test/operations tests it.)
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SET LOCAL client_min_messages = warning;	-- TRUNCATE ... CASCADE's notices
SELECT plan(34);

------------------------------------------------------------------------------
-- Helpers
------------------------------------------------------------------------------

-- fingerprint(): every row of every table of the extension, as one digest.
CREATE FUNCTION pg_temp.fingerprint()
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	part text;
	parts text := '';
BEGIN
	FOR r IN SELECT c.relname::text FROM pg_catalog.pg_class c
			  WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r' ORDER BY 1
	LOOP
		EXECUTE format('SELECT string_agg(t::text, '';'' ORDER BY t::text) FROM license_mgmt.%I t', r) INTO part;
		parts := parts || r || ':' || COALESCE(part, '') || '|';
	END LOOP;
	RETURN md5(parts);
END $$;

CREATE TEMP TABLE baseline (digest text);

-- refusal(sql): 'SQLSTATE message' of the error sql raises, or 'not
-- refused' (and the statement is undone).
CREATE FUNCTION pg_temp.refusal(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	code text;
	message text;
BEGIN
	BEGIN
		EXECUTE sql;
		RAISE EXCEPTION 'undo the accepted statement' USING ERRCODE = 'TAP01';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
		IF code = 'TAP01' THEN
			RETURN 'not refused';
		END IF;
		RETURN code || ' ' || message;
	END;
END $$;

-- The writes tried on each derived table: each one would succeed, or fail
-- only on a constraint, if nothing refused it first.
CREATE TEMP TABLE writes (rel text, op text, stmt text);
INSERT INTO writes VALUES
	('license_states', 'INSERT', $$INSERT INTO license_mgmt.license_states
		(tenant_id, user_id, sku_id, group_id, state, disabled_plans, last_updated)
		VALUES ('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000002',
				'6d000000-0000-4000-8000-000000000001', '00000000-0000-0000-0000-000000000000', 'active', '{}', now())$$),
	('license_states', 'UPDATE', $$UPDATE license_mgmt.license_states SET state = 'error', error = 'CountViolation'$$),
	('license_states', 'DELETE', $$DELETE FROM license_mgmt.license_states$$),
	('license_states', 'TRUNCATE', $$TRUNCATE license_mgmt.license_states$$),
	('seat_counters', 'INSERT', $$INSERT INTO license_mgmt.seat_counters (tenant_id, sku_id, total, assigned)
		VALUES ('1d000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000002', 100, 0)$$),
	('seat_counters', 'UPDATE', $$UPDATE license_mgmt.seat_counters SET total = total + 100$$),
	('seat_counters', 'DELETE', $$DELETE FROM license_mgmt.seat_counters$$),
	('seat_counters', 'TRUNCATE', $$TRUNCATE license_mgmt.seat_counters$$),
	('seat_reserves', 'INSERT', $$INSERT INTO license_mgmt.seat_reserves (tenant_id, sku_id, slot, quota, used)
		VALUES ('1d000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001', 99, 50, 0)$$),
	('seat_reserves', 'UPDATE', $$UPDATE license_mgmt.seat_reserves SET quota = quota + 50$$),
	('seat_reserves', 'DELETE', $$DELETE FROM license_mgmt.seat_reserves$$),
	('seat_reserves', 'TRUNCATE', $$TRUNCATE license_mgmt.seat_reserves$$),
	('directory_objects', 'INSERT', $$INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, user_id)
		VALUES ('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000003', 'ad000000-0000-4000-8000-000000000003')$$),
	('directory_objects', 'UPDATE', $$UPDATE license_mgmt.directory_objects SET group_id = group_id$$),
	('directory_objects', 'DELETE', $$DELETE FROM license_mgmt.directory_objects$$),
	('directory_objects', 'TRUNCATE', $$TRUNCATE license_mgmt.directory_objects CASCADE$$),
	('audit_log', 'INSERT', $$INSERT INTO license_mgmt.audit_log (tenant_id, action)
		VALUES ('1d000000-0000-4000-8000-000000000001', 'forged')$$),
	('audit_log', 'UPDATE', $$UPDATE license_mgmt.audit_log SET action = 'rewritten'$$),
	('audit_log', 'DELETE', $$DELETE FROM license_mgmt.audit_log$$),
	('audit_log', 'TRUNCATE', $$TRUNCATE license_mgmt.audit_log$$);
GRANT SELECT ON pg_temp.writes TO PUBLIC;	-- read by each role tried

-- attempts(rel): what each write on rel gives the current role, as 'OP: SQLSTATE message'.
CREATE FUNCTION pg_temp.attempts(rel text)
RETURNS text[] LANGUAGE sql AS $$
	SELECT array_agg(w.op || ': ' || pg_temp.refusal(w.stmt)
					 ORDER BY array_position('{INSERT,UPDATE,DELETE,TRUNCATE}'::text[], w.op))
	  FROM pg_temp.writes w
	 WHERE w.rel = attempts.rel
$$;

-- refused(rel): what attempts(rel) must say.
CREATE FUNCTION pg_temp.refused(rel text)
RETURNS text[] LANGUAGE sql AS $$
	SELECT CASE WHEN rel = 'audit_log' THEN
		ARRAY['INSERT: 42501 cannot insert into table license_mgmt.audit_log directly',
			  'UPDATE: 23001 license_mgmt.audit_log is append-only',
			  'DELETE: 23001 license_mgmt.audit_log is append-only',
			  'TRUNCATE: 23001 license_mgmt.audit_log is append-only']
	ELSE
		ARRAY['INSERT: 42501 cannot insert into table license_mgmt.' || rel || ' directly',
			  'UPDATE: 42501 cannot update table license_mgmt.' || rel || ' directly',
			  'DELETE: 42501 cannot delete from table license_mgmt.' || rel || ' directly',
			  'TRUNCATE: 42501 cannot truncate table license_mgmt.' || rel || ' directly']
	END
$$;

------------------------------------------------------------------------------
-- Fixture: tenant T with product P1 (10 seats) and P2 (no subscription);
-- u1 holds P1 directly, u2 through group G; u3 was loaded the way a
-- restore loads a row (replica mode: no trigger derived its directory
-- object); noloc has no usage location.  Tenant O is deleted below.
------------------------------------------------------------------------------

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name) VALUES
	('5d000000-0000-4000-8000-000000000001', 'TAP_DS_SVC');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
	('6d000000-0000-4000-8000-000000000001', 'TAP_DS_P1', 'P1'),
	('6d000000-0000-4000-8000-000000000002', 'TAP_DS_P2', 'P2');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
	('6d000000-0000-4000-8000-000000000001', '5d000000-0000-4000-8000-000000000001'),
	('6d000000-0000-4000-8000-000000000002', '5d000000-0000-4000-8000-000000000001');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('1d000000-0000-4000-8000-000000000001', 'Tenant T', 'US'),
	('1d000000-0000-4000-8000-000000000002', 'Tenant O', 'US');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('1d000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001', 10),
	('1d000000-0000-4000-8000-000000000002', '6d000000-0000-4000-8000-000000000001', 10);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000001', 'u1@t.example', 'US'),
	('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000002', 'u2@t.example', 'US'),
	('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000004', 'noloc@t.example', NULL),
	('1d000000-0000-4000-8000-000000000002', 'bd000000-0000-4000-8000-000000000001', 'o1@o.example', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES
	('1d000000-0000-4000-8000-000000000001', '9d000000-0000-4000-8000-000000000001', 'G');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES
	('1d000000-0000-4000-8000-000000000001', '9d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000002');
-- SET LOCAL, which on a Citus cluster reaches the workers too (README, "Scaling out")
SET LOCAL session_replication_role = replica;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000003', 'u3@t.example', 'US');
SET LOCAL session_replication_role = origin;
DO $$
BEGIN
	PERFORM license_mgmt.assign_user_license('ad000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_group_license('9d000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001');
	PERFORM license_mgmt.assign_user_license('bd000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001');
END $$;

SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: the fixture is consistent');
SELECT ok((SELECT count(*) FROM license_mgmt.seat_reserves) > 0 AND (SELECT count(*) FROM license_mgmt.audit_log) > 0,
	'the fixture: every derived table has rows (reserves, audit log, states, counters, directory objects)');
SELECT ok(NOT EXISTS (SELECT 1 FROM license_mgmt.directory_objects WHERE object_id = 'ad000000-0000-4000-8000-000000000003'),
	'the fixture: u3, loaded in replica mode, has no directory object yet');
INSERT INTO baseline SELECT pg_temp.fingerprint();

------------------------------------------------------------------------------
-- The superuser who installed the extension (this session) is refused
------------------------------------------------------------------------------

SELECT is(pg_temp.attempts('license_states'), pg_temp.refused('license_states'),
	'R10.2: the installing superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of license_states (42501)');
SELECT is(pg_temp.attempts('seat_counters'), pg_temp.refused('seat_counters'),
	'R10.2: the installing superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_counters (42501)');
SELECT is(pg_temp.attempts('seat_reserves'), pg_temp.refused('seat_reserves'),
	'R10.2: the installing superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_reserves (42501)');
SELECT is(pg_temp.attempts('directory_objects'), pg_temp.refused('directory_objects'),
	'R10.2: the installing superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of directory_objects (42501)');
SELECT is(pg_temp.attempts('audit_log'), pg_temp.refused('audit_log'),
	'R10.2, R11.1: the installing superuser is refused INSERT into the audit log (42501), UPDATE, DELETE and TRUNCATE (append-only, 23001)');
SELECT is(pg_temp.fingerprint(), (SELECT digest FROM baseline),
	'R10.2: nothing changed after the installing superuser''s writes');

-- the refusal in full: detail and hint
SELECT throws_like($$UPDATE license_mgmt.seat_counters SET total = total + 100$$,
	'cannot update table license_mgmt.seat_counters directly',
	'R10.2: the refusal names the table');
CREATE FUNCTION pg_temp.refusal_text(sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	detail text;
	hint text;
	tbl text;
	sch text;
BEGIN
	EXECUTE sql;
	RETURN 'not refused';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT,
		tbl = TABLE_NAME, sch = SCHEMA_NAME;
	RETURN concat_ws(E'\n', detail, hint, sch || '.' || tbl);
END $$;
SELECT is(pg_temp.refusal_text($$DELETE FROM license_mgmt.license_states$$),
	'license_mgmt''s own functions and triggers maintain license_mgmt.license_states from the tables the application writes; no role writes it directly, its owner and superusers included.' || E'\n' ||
	'Restore dumps with session_replication_role = replica, as the README''s section "Backup and restore" shows; change licenses through license_mgmt''s functions.' || E'\n' ||
	'license_mgmt.license_states',
	'R10.2: the detail says the extension''s code maintains the table, the hint names the documented restore, and the error names schema and table');

------------------------------------------------------------------------------
-- A superuser that does not own the tables is refused
------------------------------------------------------------------------------

-- Not on a Citus cluster (make test-citus): the next two parts act as roles
-- created in this transaction, which the workers do not have yet, on
-- placements the transaction wrote as another role, which Citus refuses.
-- The guard itself runs on the shards: the installing superuser's part
-- above and the rest below run there.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') AS on_citus \gset
\if :on_citus
SELECT skip('on Citus a role created in this transaction is not on the workers, and a second role cannot act on what the first wrote', 12);
\else
CREATE ROLE tap_ds_superuser SUPERUSER NOLOGIN;
SET ROLE tap_ds_superuser;
SELECT is(pg_temp.attempts('license_states'), pg_temp.refused('license_states'),
	'R10.2: another superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of license_states (42501)');
SELECT is(pg_temp.attempts('seat_counters'), pg_temp.refused('seat_counters'),
	'R10.2: another superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_counters (42501)');
SELECT is(pg_temp.attempts('seat_reserves'), pg_temp.refused('seat_reserves'),
	'R10.2: another superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_reserves (42501)');
SELECT is(pg_temp.attempts('directory_objects'), pg_temp.refused('directory_objects'),
	'R10.2: another superuser is refused INSERT, UPDATE, DELETE and TRUNCATE of directory_objects (42501)');
SELECT is(pg_temp.attempts('audit_log'), pg_temp.refused('audit_log'),
	'R10.2, R11.1: another superuser is refused every write of the audit log');
RESET ROLE;
SELECT is(pg_temp.fingerprint(), (SELECT digest FROM baseline),
	'R10.2: nothing changed after another superuser''s writes');

------------------------------------------------------------------------------
-- The tables' owner, not a superuser, is refused (ownership moves to a
-- test role for this part, and back)
------------------------------------------------------------------------------

CREATE ROLE tap_ds_owner NOLOGIN;
GRANT USAGE ON SCHEMA license_mgmt TO tap_ds_owner;
GRANT TRUNCATE ON license_mgmt.group_members TO tap_ds_owner;	-- TRUNCATE directory_objects CASCADE reaches it
SELECT tableowner AS installer FROM pg_catalog.pg_tables
 WHERE schemaname = 'license_mgmt' AND tablename = 'license_states' \gset
ALTER TABLE license_mgmt.license_states OWNER TO tap_ds_owner;
ALTER TABLE license_mgmt.seat_counters OWNER TO tap_ds_owner;
ALTER TABLE license_mgmt.seat_reserves OWNER TO tap_ds_owner;
ALTER TABLE license_mgmt.directory_objects OWNER TO tap_ds_owner;
ALTER TABLE license_mgmt.audit_log OWNER TO tap_ds_owner;
SET ROLE tap_ds_owner;
SELECT is(pg_temp.attempts('license_states'), pg_temp.refused('license_states'),
	'R10.2: the owner is refused INSERT, UPDATE, DELETE and TRUNCATE of license_states (42501)');
SELECT is(pg_temp.attempts('seat_counters'), pg_temp.refused('seat_counters'),
	'R10.2: the owner is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_counters (42501)');
SELECT is(pg_temp.attempts('seat_reserves'), pg_temp.refused('seat_reserves'),
	'R10.2: the owner is refused INSERT, UPDATE, DELETE and TRUNCATE of seat_reserves (42501)');
SELECT is(pg_temp.attempts('directory_objects'), pg_temp.refused('directory_objects'),
	'R10.2: the owner is refused INSERT, UPDATE, DELETE and TRUNCATE of directory_objects (42501)');
SELECT is(pg_temp.attempts('audit_log'), pg_temp.refused('audit_log'),
	'R10.2, R11.1: the owner is refused every write of the audit log');
RESET ROLE;
ALTER TABLE license_mgmt.license_states OWNER TO :"installer";
ALTER TABLE license_mgmt.seat_counters OWNER TO :"installer";
ALTER TABLE license_mgmt.seat_reserves OWNER TO :"installer";
ALTER TABLE license_mgmt.directory_objects OWNER TO :"installer";
ALTER TABLE license_mgmt.audit_log OWNER TO :"installer";
SELECT is(pg_temp.fingerprint(), (SELECT digest FROM baseline),
	'R10.2: nothing changed after the owner''s writes');
\endif

------------------------------------------------------------------------------
-- An error inside an extension call, caught by the caller, leaves derived
-- state closed: the refusal comes after the call took the owner's rights
------------------------------------------------------------------------------

CREATE FUNCTION pg_temp.caught_then(sql text)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	BEGIN
		PERFORM license_mgmt.assign_user_license('ad000000-0000-4000-8000-000000000004', '6d000000-0000-4000-8000-000000000001');
	EXCEPTION WHEN not_null_violation THEN
		NULL;	-- license_usage_location_required
	END;
	RETURN pg_temp.refusal(sql);
END $$;
SELECT is(pg_temp.caught_then($$UPDATE license_mgmt.seat_counters SET total = total + 100$$),
	'42501 cannot update table license_mgmt.seat_counters directly',
	'R10.2: after an assignment refused inside the call and caught, a direct write is still refused');
SELECT is(pg_temp.fingerprint(), (SELECT digest FROM baseline),
	'R10.2: nothing changed after the caught refusal and the direct write');

------------------------------------------------------------------------------
-- What goes through
------------------------------------------------------------------------------

SELECT lives_ok($$SELECT license_mgmt.remove_user_license('ad000000-0000-4000-8000-000000000001', '6d000000-0000-4000-8000-000000000001')$$,
	'R10.2: the extension''s own code writes states, counters, reserves and the audit log');
SELECT lives_ok($$DELETE FROM license_mgmt.users WHERE user_id = 'ad000000-0000-4000-8000-000000000002'$$,
	'R8.3: deleting a licensed group member cascades to its directory object and memberships');
SELECT ok(NOT EXISTS (SELECT 1 FROM license_mgmt.directory_objects WHERE object_id = 'ad000000-0000-4000-8000-000000000002')
		  AND NOT EXISTS (SELECT 1 FROM license_mgmt.license_states WHERE user_id = 'ad000000-0000-4000-8000-000000000002'),
	'R8.3: the deleted user''s directory object and states are gone');
SELECT lives_ok($$DELETE FROM license_mgmt.tenants WHERE tenant_id = '1d000000-0000-4000-8000-000000000002'$$,
	'a tenant deleted whole takes its counters and directory objects with it');

-- a superuser in replica mode writes derived state, as a restore does; verify() checks what it wrote
CREATE FUNCTION pg_temp.as_restore(sql text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	SET LOCAL session_replication_role = replica;
	EXECUTE sql;
	SET LOCAL session_replication_role = origin;
END $$;
SELECT lives_ok($$SELECT pg_temp.as_restore($q$INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, user_id)
	VALUES ('1d000000-0000-4000-8000-000000000001', 'ad000000-0000-4000-8000-000000000003', 'ad000000-0000-4000-8000-000000000003')$q$)$$,
	'R10.2: with session_replication_role = replica a superuser loads derived state (u3''s directory object)');
SELECT lives_ok($$SELECT pg_temp.as_restore('UPDATE license_mgmt.seat_counters SET total = total + 100')$$,
	'R10.2: with session_replication_role = replica a superuser can change a seat counter');
SELECT results_eq($$SELECT problem, sku_id FROM license_mgmt.verify()$$,
	$$VALUES ('seat_counter', '6d000000-0000-4000-8000-000000000001'::uuid)$$,
	'R12.1: verify() finds the counter written in replica mode');
SELECT lives_ok($$SELECT pg_temp.as_restore('UPDATE license_mgmt.seat_counters SET total = total - 100')$$,
	'R10.2: ... and in replica mode it can be put back');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() is empty at the end');

SELECT * FROM finish();
ROLLBACK;
