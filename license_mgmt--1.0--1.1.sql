/* license_mgmt--1.0--1.1.sql: roles, tenant isolation, audit and alerts, dump support */

\echo Use "ALTER EXTENSION license_mgmt UPDATE TO '1.1'" to load this file. \quit

------------------------------------------------------------------------------
-- R11.1 The audit log: append-only, written only by the extension
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.audit_log (
	audit_id	bigint GENERATED ALWAYS AS IDENTITY,
	tenant_id	uuid NOT NULL,
	logged_at	timestamptz NOT NULL DEFAULT pg_catalog.now(),
	actor		text NOT NULL DEFAULT SESSION_USER,
	action		text NOT NULL,
	user_ids	uuid[],
	group_id	uuid,
	sku_id		uuid,
	old_state	text,
	new_state	text,
	error		text,
	detail		jsonb,
	PRIMARY KEY (tenant_id, audit_id)
);
CREATE INDEX audit_log_logged_at_idx ON license_mgmt.audit_log (tenant_id, logged_at);
-- 100,000 random uuids do not compress: do not spend time trying
ALTER TABLE license_mgmt.audit_log ALTER COLUMN user_ids SET STORAGE EXTERNAL;
COMMENT ON TABLE license_mgmt.audit_log IS
'append-only: every change of intent (action = the function) and of state (old_state -> new_state, users as an array)';

CREATE FUNCTION license_mgmt.audit_log_append_only() RETURNS trigger
AS 'MODULE_PATHNAME', 'audit_log_append_only' LANGUAGE C;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON license_mgmt.audit_log
	FOR EACH ROW EXECUTE FUNCTION license_mgmt.audit_log_append_only();
CREATE TRIGGER audit_log_not_truncated BEFORE TRUNCATE ON license_mgmt.audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.audit_log_append_only();
-- also while restoring with session_replication_role = replica
ALTER TABLE license_mgmt.audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;
ALTER TABLE license_mgmt.audit_log ENABLE ALWAYS TRIGGER audit_log_not_truncated;

------------------------------------------------------------------------------
-- R10.2 Derived state is written by the extension's own code only: no role
-- has a write privilege on it, and these triggers refuse its owner and
-- superusers too (derived_guard.c).  They are ordinary triggers, so a
-- restore with session_replication_role = replica loads the dumped rows;
-- one without it stops at its first row of derived state.  One call per
-- statement, nothing per row.
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.derived_state_guard() RETURNS trigger
AS 'MODULE_PATHNAME', 'derived_state_guard' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt.derived_state_guard() IS
'refuses every write of derived state that does not come from license_mgmt''s own code (R10.2); a restore runs with session_replication_role = replica';

DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['license_states', 'seat_counters', 'seat_reserves', 'directory_objects']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %1$I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON license_mgmt.%2$I'
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.derived_state_guard()',
			t || '_guard', t);
	END LOOP;
END $$;
-- the log's updates, deletes and truncation are refused to everyone, always (above)
CREATE TRIGGER audit_log_guard BEFORE INSERT ON license_mgmt.audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.derived_state_guard();

-- TRUNCATE of a table derived state follows from would leave its states and
-- seats behind: refused, DELETE applies what removing the rows means.
CREATE FUNCTION license_mgmt.intent_truncate_guard() RETURNS trigger
AS 'MODULE_PATHNAME', 'intent_truncate_guard' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt.intent_truncate_guard() IS
'refuses TRUNCATE of the tables license states and seats follow from; DELETE applies what removing their rows means';
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['tenants', 'users', 'groups', 'group_members', 'subscriptions',
							 'user_license_assignments', 'group_license_assignments', 'products',
							 'service_plans', 'product_service_plans', 'service_plan_dependencies',
							 'service_plan_conflicts']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %1$I BEFORE TRUNCATE ON license_mgmt.%2$I'
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.intent_truncate_guard()',
			t || '_not_truncated', t);
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- R10.3 Tenant isolation: row-level security keyed on license_mgmt.tenant_id
------------------------------------------------------------------------------

-- The tenant this session acts for; null (no rows) when the setting is unset.
CREATE FUNCTION license_mgmt.current_tenant()
RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT NULLIF(pg_catalog.current_setting('license_mgmt.tenant_id', true), '')::uuid;
END;

DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['tenants', 'subscriptions', 'users', 'groups', 'group_members',
							 'directory_objects', 'user_license_assignments',
							 'group_license_assignments', 'seat_counters', 'seat_reserves', 'license_states',
							 'audit_log']
	LOOP
		EXECUTE pg_catalog.format('ALTER TABLE license_mgmt.%I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE pg_catalog.format(
			'CREATE POLICY tenant_isolation ON license_mgmt.%I'
			' USING (tenant_id OPERATOR(pg_catalog.=) license_mgmt.current_tenant())', t);
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- Seat reserves without a foreign key (B4): a reserve is written twice in
-- one direct assignment, and PostgreSQL checks the key of a row its own
-- transaction wrote again at each update, locking the counter, which waits
-- in a circle with the fold that locks the counter before its reserves.
-- Like license_states, they are derived state: the extension creates them
-- with their counter and deletes them with their tenant.
------------------------------------------------------------------------------

ALTER TABLE license_mgmt.seat_reserves DROP CONSTRAINT seat_reserves_tenant_id_sku_id_fkey;

------------------------------------------------------------------------------
-- R4.11 group_reach walks down one index lookup per member (N2): written as
-- a plain LATERAL subquery, the planner pulled the step up into a hash join
-- over every membership of the tenant at each level of the walk
------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION license_mgmt.group_reach(tenant uuid, groups uuid[])
RETURNS TABLE (group_id uuid, user_id uuid, member_since timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE walk(group_id, member_id, member_since, path) AS (
		SELECT m.group_id, m.member_id, m.added_at, ARRAY[m.group_id]
		  FROM license_mgmt.group_members m
		 WHERE m.tenant_id = group_reach.tenant AND m.group_id = ANY (group_reach.groups)
		   AND license_mgmt.nesting(group_reach.tenant)
		UNION ALL
		SELECT w.group_id, m.member_id, GREATEST(w.member_since, m.added_at), w.path || m.group_id
		  FROM walk w
		 CROSS JOIN LATERAL (
				SELECT m.group_id, m.member_id, m.added_at FROM license_mgmt.group_members m
				 WHERE m.tenant_id = group_reach.tenant AND m.group_id = w.member_id
				OFFSET 0) m		-- a subquery kept: one index lookup per member
		 WHERE m.group_id <> ALL (w.path)
	)
	SELECT m.group_id, m.member_id, m.added_at
	  FROM license_mgmt.group_members m
	 WHERE m.tenant_id = group_reach.tenant AND m.group_id = ANY (group_reach.groups)
	   AND NOT license_mgmt.nesting(group_reach.tenant)
	UNION ALL
	SELECT w.group_id, w.member_id, pg_catalog.min(w.member_since)
	  FROM walk w
	 GROUP BY w.group_id, w.member_id;
END;

------------------------------------------------------------------------------
-- R4.6 who new memberships bring to which licensed groups is walked in C
-- (reach.c, N2 and B2): through group_members' and users' keys, one lookup
-- of the users' key per member telling users from groups and bringing what
-- the judgement needs of the user's row.  As a recursive statement, the
-- walk under a 10,000-user subtree was mostly the executor's work per row.
------------------------------------------------------------------------------

DROP FUNCTION license_mgmt.membership_reach(uuid, uuid[], uuid[], timestamptz[]);

------------------------------------------------------------------------------
-- R12 user_licenses, cheaper to run for one user (B6): the state is the
-- first in priority order without sorting, and the enabled plans come from
-- a function with a kept plan instead of a subquery planned on every read
------------------------------------------------------------------------------

-- the enabled plans of one user's product, planned once per backend (views.c)
CREATE FUNCTION license_mgmt.enabled_service_plans(tenant uuid, usr uuid, sku uuid)
RETURNS text[]
AS 'MODULE_PATHNAME', 'enabled_service_plans'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION license_mgmt.enabled_service_plans(uuid, uuid, uuid) IS
'the names of the product''s service plans that an active source of the user enables, sorted (R4.7); user_licenses.enabled_service_plans';

CREATE OR REPLACE VIEW license_mgmt.user_licenses WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number,
		   ('{active,active_with_error,error,suspended,disabled}'::text[])[pg_catalog.min(pg_catalog.array_position(
				'{active,active_with_error,error,suspended,disabled}'::text[], s.state))] AS state,
		   pg_catalog.bool_or(s.group_id = '00000000-0000-0000-0000-000000000000') AS assigned_directly,
		   COALESCE(pg_catalog.array_agg(s.group_id ORDER BY s.group_id)
					FILTER (WHERE s.group_id <> '00000000-0000-0000-0000-000000000000'),
					'{}') AS inherited_from,
		   license_mgmt.enabled_service_plans(s.tenant_id, s.user_id, s.sku_id) AS enabled_service_plans
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN license_mgmt.products p ON p.sku_id = s.sku_id
	 GROUP BY s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number;

------------------------------------------------------------------------------
-- R2 product_summary, cheaper to read (B5): the tenant's subscriptions and
-- seat reserves are summed once each and joined by hash, instead of a
-- subquery per product for each (the reserves' ran twice, once for each
-- column reading seat_usage.assigned): 0.56 -> 0.41 ms for 20 products
------------------------------------------------------------------------------

CREATE OR REPLACE VIEW license_mgmt.product_summary WITH (security_invoker = true) AS
	SELECT c.tenant_id, c.sku_id, p.sku_part_number, p.display_name,
		   c.total, c.assigned - COALESCE(r.unused, 0) AS assigned,
		   c.total - c.assigned + COALESCE(r.unused, 0) AS available,
		   s.expiring_soon
	  FROM license_mgmt.seat_counters c
	  JOIN license_mgmt.products p ON p.sku_id = c.sku_id
	  JOIN (SELECT x.tenant_id, x.sku_id,
				   COALESCE(pg_catalog.sum(x.seats) FILTER (
						WHERE x.status = 'warning'
						   OR (x.status = 'enabled'
							   AND x.next_lifecycle_at <= pg_catalog.now() + license_mgmt.expiring_soon_interval())),
							0)::integer AS expiring_soon
			  FROM license_mgmt.subscriptions x
			 GROUP BY x.tenant_id, x.sku_id) s
		ON s.tenant_id = c.tenant_id AND s.sku_id = c.sku_id
	  LEFT JOIN (SELECT r.tenant_id, r.sku_id, pg_catalog.sum(r.quota - r.used)::integer AS unused
				   FROM license_mgmt.seat_reserves r
				  GROUP BY r.tenant_id, r.sku_id) r
		ON r.tenant_id = c.tenant_id AND r.sku_id = c.sku_id;

------------------------------------------------------------------------------
-- The product catalog as every call reads it (B4): each backend keeps what
-- it asks of a product (its part number, whether plan rules or locations
-- restrict it) and drops it when one of these tables changes
-- (product_cache.c)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.product_catalog_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'product_catalog_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt.product_catalog_changed() IS
'tells every backend, at commit, to drop what it keeps of the product catalog';

DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['products', 'product_service_plans', 'service_plans',
							 'service_plan_conflicts', 'service_plan_dependencies']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %1$I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON license_mgmt.%2$I'
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.product_catalog_changed()',
			t || '_catalog_changed', t);
		-- a restore (session_replication_role = replica) changes the catalog too
		EXECUTE pg_catalog.format('ALTER TABLE license_mgmt.%I ENABLE ALWAYS TRIGGER %I',
								  t, t || '_catalog_changed');
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- R10.1 Roles
------------------------------------------------------------------------------

DO $$
DECLARE
	r text;
BEGIN
	FOREACH r IN ARRAY ARRAY['license_mgmt_reader', 'license_mgmt_admin', 'license_mgmt_directory']
	LOOP
		IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) r) THEN
			EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
		END IF;
	END LOOP;
END $$;

-- Nothing is public: each role gets what SPEC R10.1 gives it.
REVOKE ALL ON ALL TABLES IN SCHEMA license_mgmt FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA license_mgmt FROM PUBLIC;
GRANT USAGE ON SCHEMA license_mgmt TO license_mgmt_reader, license_mgmt_admin, license_mgmt_directory;

-- Used in check constraints, policies and views that every role touches.
GRANT EXECUTE ON FUNCTION license_mgmt.check_usage_location(text), license_mgmt.check_usage_locations(text[]),
	license_mgmt.usage_locations(), license_mgmt.current_tenant(), license_mgmt.expiring_soon_interval(),
	license_mgmt.enabled_service_plans(uuid, uuid, uuid)
	TO PUBLIC;

-- reader: every table and view, and verify().
GRANT SELECT ON ALL TABLES IN SCHEMA license_mgmt TO license_mgmt_reader;
GRANT EXECUTE ON FUNCTION license_mgmt.verify() TO license_mgmt_reader;

-- admin: a reader who assigns, removes and reprocesses, and sets usage locations.
GRANT license_mgmt_reader TO license_mgmt_admin;
GRANT EXECUTE ON FUNCTION
	license_mgmt.assign_user_license(uuid, uuid, uuid[]),
	license_mgmt.remove_user_license(uuid, uuid),
	license_mgmt.assign_user_licenses(uuid[], uuid, uuid[]),
	license_mgmt.assign_group_license(uuid, uuid, uuid[]),
	license_mgmt.remove_group_license(uuid, uuid),
	license_mgmt.reprocess_user(uuid),
	license_mgmt.reprocess_group(uuid)
	TO license_mgmt_admin;
GRANT UPDATE (usage_location) ON license_mgmt.users TO license_mgmt_admin;

-- directory: writes users, groups and memberships (a directory sync).
GRANT SELECT ON license_mgmt.tenants TO license_mgmt_directory;
GRANT SELECT, INSERT, UPDATE, DELETE
	ON license_mgmt.users, license_mgmt.groups, license_mgmt.group_members
	TO license_mgmt_directory;

------------------------------------------------------------------------------
-- pg_dump keeps the data of every table (restore with
-- session_replication_role = replica: see README, Operations)
------------------------------------------------------------------------------

-- every table and sequence of the schema, one call each: none can be forgotten
DO $$
DECLARE
	r pg_catalog.regclass;
BEGIN
	FOR r IN SELECT c.oid FROM pg_catalog.pg_class c
			  WHERE c.relnamespace OPERATOR(pg_catalog.=) 'license_mgmt'::pg_catalog.regnamespace
				AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,S}'::"char"[])
			  ORDER BY c.relname
	LOOP
		PERFORM pg_catalog.pg_extension_config_dump(r, '');
	END LOOP;
END $$;
