/* license_mgmt--1.0.sql: license plans, seats and group-based licensing */

\echo Use "CREATE EXTENSION license_mgmt" to load this file. \quit

/*
 * Every name below is schema-qualified: the script must mean the same thing
 * whatever search_path the installing session had.  The C code runs its
 * queries with search_path pinned to pg_catalog, pg_temp (src/spi_util.c).
 */

------------------------------------------------------------------------------
-- Usage locations: ISO 3166-1 alpha-2 codes, checked in C (src/usage_location.c)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.check_usage_location(code text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'check_usage_location'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION license_mgmt.check_usage_location(text) IS
'true for an ISO 3166-1 alpha-2 code in upper case; raises usage_location_iso3166 otherwise';

CREATE FUNCTION license_mgmt.check_usage_locations(codes text[])
RETURNS boolean
AS 'MODULE_PATHNAME', 'check_usage_locations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION license_mgmt.usage_locations(OUT code text, OUT country text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'usage_locations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 249;
COMMENT ON FUNCTION license_mgmt.usage_locations() IS
'every valid usage location: the ISO 3166-1 alpha-2 codes and their country names';

------------------------------------------------------------------------------
-- Tenants and the global catalog (R1)
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.tenants (
	tenant_id				uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	display_name			text NOT NULL
		CONSTRAINT tenants_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256),
	usage_location			text NOT NULL
		CONSTRAINT tenants_usage_location_iso3166 CHECK (license_mgmt.check_usage_location(usage_location)),
	nested_group_licensing	boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE license_mgmt.tenants IS 'one organisation; nothing crosses tenants';

CREATE TABLE license_mgmt.service_plans (
	service_plan_id			uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	service_plan_name		text NOT NULL UNIQUE
		CONSTRAINT service_plans_name_length CHECK (pg_catalog.length(service_plan_name) BETWEEN 1 AND 128),
	display_name			text
		CONSTRAINT service_plans_display_name_length CHECK (pg_catalog.length(display_name) <= 256),
	unavailable_locations	text[] NOT NULL DEFAULT '{}'
		CONSTRAINT service_plans_unavailable_locations_iso3166 CHECK (license_mgmt.check_usage_locations(unavailable_locations))
);
COMMENT ON TABLE license_mgmt.service_plans IS 'one service inside products; global catalog';

CREATE TABLE license_mgmt.service_plan_dependencies (
	service_plan_id				uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	required_service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	PRIMARY KEY (service_plan_id, required_service_plan_id),
	CONSTRAINT service_plan_dependencies_not_self CHECK (service_plan_id <> required_service_plan_id)
);
CREATE INDEX service_plan_dependencies_required_idx
	ON license_mgmt.service_plan_dependencies (required_service_plan_id);
COMMENT ON TABLE license_mgmt.service_plan_dependencies IS 'a plan needs the required plan enabled from some active source (R7.1)';

CREATE TABLE license_mgmt.service_plan_conflicts (
	service_plan_id				uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	conflicting_service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	PRIMARY KEY (service_plan_id, conflicting_service_plan_id),
	CONSTRAINT service_plan_conflicts_not_self CHECK (service_plan_id <> conflicting_service_plan_id)
);
CREATE INDEX service_plan_conflicts_conflicting_idx
	ON license_mgmt.service_plan_conflicts (conflicting_service_plan_id);
COMMENT ON TABLE license_mgmt.service_plan_conflicts IS 'two plans exclude each other, whichever way the row is written (R7.2)';

CREATE TABLE license_mgmt.products (
	sku_id				uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	sku_part_number		text NOT NULL UNIQUE
		CONSTRAINT products_sku_part_number_length CHECK (pg_catalog.length(sku_part_number) BETWEEN 1 AND 128),
	display_name		text NOT NULL
		CONSTRAINT products_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256)
);
COMMENT ON TABLE license_mgmt.products IS 'a license plan that can be bought (a SKU); global catalog';

CREATE TABLE license_mgmt.product_service_plans (
	sku_id			uuid NOT NULL REFERENCES license_mgmt.products ON DELETE CASCADE,
	service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	PRIMARY KEY (sku_id, service_plan_id)
);
CREATE INDEX product_service_plans_plan_idx ON license_mgmt.product_service_plans (service_plan_id);

-- Both directions of every conflict, so that queries need not care how it was written.
CREATE VIEW license_mgmt.service_plan_exclusions WITH (security_invoker = true) AS
	SELECT service_plan_id, conflicting_service_plan_id AS excluded_service_plan_id
	  FROM license_mgmt.service_plan_conflicts
	UNION
	SELECT conflicting_service_plan_id, service_plan_id
	  FROM license_mgmt.service_plan_conflicts;

-- Plans tied by a rule, in both directions: conflicts and dependencies.
CREATE VIEW license_mgmt.service_plan_relations WITH (security_invoker = true) AS
	SELECT service_plan_id, excluded_service_plan_id AS related_service_plan_id
	  FROM license_mgmt.service_plan_exclusions
	UNION ALL
	SELECT service_plan_id, required_service_plan_id FROM license_mgmt.service_plan_dependencies
	UNION ALL
	SELECT required_service_plan_id, service_plan_id FROM license_mgmt.service_plan_dependencies;

------------------------------------------------------------------------------
-- Subscriptions (R9)
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.subscriptions (
	tenant_id			uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	subscription_id		uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
	sku_id				uuid NOT NULL REFERENCES license_mgmt.products,
	seats				integer NOT NULL CONSTRAINT subscriptions_seats_check CHECK (seats >= 0),
	status				text NOT NULL DEFAULT 'enabled'
		CONSTRAINT subscriptions_status_check CHECK (status IN ('enabled', 'warning', 'suspended', 'deleted')),
	next_lifecycle_at	timestamptz,
	PRIMARY KEY (tenant_id, subscription_id)
);
CREATE INDEX subscriptions_sku_idx ON license_mgmt.subscriptions (tenant_id, sku_id);
CREATE INDEX subscriptions_due_idx ON license_mgmt.subscriptions (next_lifecycle_at)
	WHERE status <> 'deleted';
COMMENT ON TABLE license_mgmt.subscriptions IS 'a tenant''s purchase of seats of one product, with its lifecycle status';

------------------------------------------------------------------------------
-- The directory: users, groups, memberships
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.users (
	tenant_id			uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	user_id				uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
	user_principal_name	text NOT NULL
		CONSTRAINT users_user_principal_name_length CHECK (pg_catalog.length(user_principal_name) BETWEEN 1 AND 1024),
	display_name		text
		CONSTRAINT users_display_name_length CHECK (pg_catalog.length(display_name) <= 256),
	usage_location		text
		CONSTRAINT users_usage_location_iso3166 CHECK (license_mgmt.check_usage_location(usage_location)),
	account_enabled		boolean NOT NULL DEFAULT true,
	deleted_at			timestamptz,
	PRIMARY KEY (tenant_id, user_id)
);
-- Principal names are unique in a tenant whatever their case.
CREATE UNIQUE INDEX users_user_principal_name_key
	ON license_mgmt.users (tenant_id, pg_catalog.lower(user_principal_name));
-- The functions take a bare user id; this finds its tenant.
CREATE INDEX users_user_id_idx ON license_mgmt.users (user_id);

CREATE TABLE license_mgmt.groups (
	tenant_id		uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	group_id		uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
	display_name	text NOT NULL
		CONSTRAINT groups_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256),
	PRIMARY KEY (tenant_id, group_id)
);
CREATE INDEX groups_group_id_idx ON license_mgmt.groups (group_id);

/*
 * directory_objects: every user and group of a tenant under one key, so that
 * a membership's member_id is a real foreign key (R1.1) whether it names a
 * user or a group.  Maintained by triggers on users and groups; a user and a
 * group of one tenant cannot share an id.
 */
CREATE TABLE license_mgmt.directory_objects (
	tenant_id	uuid NOT NULL,
	object_id	uuid NOT NULL,
	user_id		uuid,
	group_id	uuid,
	PRIMARY KEY (tenant_id, object_id),
	FOREIGN KEY (tenant_id, user_id) REFERENCES license_mgmt.users ON DELETE CASCADE,
	FOREIGN KEY (tenant_id, group_id) REFERENCES license_mgmt.groups ON DELETE CASCADE,
	CONSTRAINT directory_objects_one_kind CHECK (
		(user_id = object_id AND group_id IS NULL) OR (group_id = object_id AND user_id IS NULL))
);
CREATE INDEX directory_objects_group_idx ON license_mgmt.directory_objects (tenant_id, group_id)
	WHERE group_id IS NOT NULL;
CREATE INDEX directory_objects_user_idx ON license_mgmt.directory_objects (tenant_id, user_id)
	WHERE user_id IS NOT NULL;

CREATE TABLE license_mgmt.group_members (
	tenant_id	uuid NOT NULL,
	group_id	uuid NOT NULL,
	member_id	uuid NOT NULL,
	added_at	timestamptz NOT NULL DEFAULT pg_catalog.now(),
	PRIMARY KEY (tenant_id, group_id, member_id),
	FOREIGN KEY (tenant_id, group_id) REFERENCES license_mgmt.groups ON DELETE CASCADE,
	CONSTRAINT group_members_member_fkey FOREIGN KEY (tenant_id, member_id)
		REFERENCES license_mgmt.directory_objects ON DELETE CASCADE
);
-- A group in itself is the shortest cycle: the membership trigger refuses it
-- with the other cycles (group_membership_acyclic, R4.11).
CREATE INDEX group_members_member_idx ON license_mgmt.group_members (tenant_id, member_id);

------------------------------------------------------------------------------
-- Intent: direct and group assignments (written by the assignment functions)
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.user_license_assignments (
	tenant_id		uuid NOT NULL,
	user_id			uuid NOT NULL,
	sku_id			uuid NOT NULL REFERENCES license_mgmt.products,
	disabled_plans	uuid[] NOT NULL DEFAULT '{}',
	assigned_at		timestamptz NOT NULL DEFAULT pg_catalog.now(),
	PRIMARY KEY (tenant_id, user_id, sku_id),
	FOREIGN KEY (tenant_id, user_id) REFERENCES license_mgmt.users ON DELETE CASCADE
);
COMMENT ON TABLE license_mgmt.user_license_assignments IS
'intent: a product given to a user directly; written by assign_user_license';

CREATE TABLE license_mgmt.group_license_assignments (
	tenant_id		uuid NOT NULL,
	group_id		uuid NOT NULL,
	sku_id			uuid NOT NULL REFERENCES license_mgmt.products,
	disabled_plans	uuid[] NOT NULL DEFAULT '{}',
	assigned_at		timestamptz NOT NULL DEFAULT pg_catalog.now(),
	PRIMARY KEY (tenant_id, group_id, sku_id),
	FOREIGN KEY (tenant_id, group_id) REFERENCES license_mgmt.groups ON DELETE CASCADE
);
COMMENT ON TABLE license_mgmt.group_license_assignments IS
'intent: a product given to a group; written by assign_group_license';

------------------------------------------------------------------------------
-- Derived state, maintained by the C code in the same transaction
------------------------------------------------------------------------------

/*
 * seat_counters: one row per (tenant, product) the tenant ever subscribed to.
 * total is the seats of its enabled and warning subscriptions; assigned the
 * number of users holding a seat.  Every change of a product's seats locks
 * this row, which is what makes the seat limit hold under concurrency; the
 * check seat_counters_within_limit makes PostgreSQL itself refuse an
 * oversell any code path would write.
 */
CREATE TABLE license_mgmt.seat_counters (
	tenant_id	uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	sku_id		uuid NOT NULL REFERENCES license_mgmt.products,
	total		integer NOT NULL DEFAULT 0,
	assigned	integer NOT NULL DEFAULT 0 CONSTRAINT seat_counters_assigned_check CHECK (assigned >= 0),
	-- seats held past total, as only fewer seats (R9.4) and a restore (R8.2)
	-- may leave; every other write can only lower it, so no grant past the
	-- limit (R2.5) can ever be written
	over_limit	integer NOT NULL DEFAULT 0,
	CONSTRAINT seat_counters_within_limit CHECK (assigned <= total + over_limit),
	PRIMARY KEY (tenant_id, sku_id)
);
COMMENT ON TABLE license_mgmt.seat_counters IS
'derived: seats bought and in use per tenant and product; written only by the extension';

/*
 * seat_reserves: eight reserves per counter, so that single direct
 * assignments of one product do not all queue on one row lock through
 * their commits.  A reserve holds seats moved out of its counter (quota,
 * counted in the counter's assigned) and hands them out (used).  A direct
 * assignment locks one reserve that has room; a direct removal gives its
 * seat back to any reserve (used may go below zero).  Every other change
 * locks the counter and all its reserves and folds them back first.
 * Reserves take seats only while nobody waits for one, so the waiting room
 * never starves beside a reserve.
 */
CREATE TABLE license_mgmt.seat_reserves (
	tenant_id	uuid NOT NULL,
	sku_id		uuid NOT NULL,
	slot		integer NOT NULL,
	quota		integer NOT NULL DEFAULT 0,
	used		integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, sku_id, slot),
	FOREIGN KEY (tenant_id, sku_id) REFERENCES license_mgmt.seat_counters ON DELETE CASCADE
);
COMMENT ON TABLE license_mgmt.seat_reserves IS
'derived: seats a counter set aside for direct assignments; written only by the extension';

-- Seats bought and held per tenant and product: the counters less what their reserves still hold.
CREATE VIEW license_mgmt.seat_usage WITH (security_invoker = true) AS
	SELECT c.tenant_id, c.sku_id, c.total,
		   c.assigned - COALESCE((SELECT pg_catalog.sum(r.quota - r.used)::integer
									FROM license_mgmt.seat_reserves r
								   WHERE r.tenant_id = c.tenant_id AND r.sku_id = c.sku_id), 0) AS assigned
	  FROM license_mgmt.seat_counters c;

/*
 * license_states: one row per (user, product, source).  The source is the
 * group whose assignment reaches the user, or the nil uuid for the direct
 * assignment (a real key column, so that every lookup is an index lookup;
 * the views show it as assigned_by_group null).  No foreign keys on purpose:
 * this is derived state written set-based by the C code, 100,000 rows at a
 * time, and verify() checks it against intent.
 */
CREATE TABLE license_mgmt.license_states (
	tenant_id		uuid NOT NULL,
	user_id			uuid NOT NULL,
	sku_id			uuid NOT NULL,
	group_id		uuid NOT NULL,
	state			text NOT NULL,
	error			text,
	disabled_plans	uuid[] NOT NULL,
	member_since	timestamptz,
	waiting_since	timestamptz,
	last_updated	timestamptz NOT NULL,
	-- suspended (R8.1): what the source comes back as when its user is
	-- restored (R8.2): 'active' held a seat, 'waiting' waited for one since
	-- waiting_since (kept); null is judged as new
	restore_as		text CONSTRAINT license_states_restore_as_check
						CHECK (restore_as IS NULL OR (restore_as IN ('active', 'waiting') AND state = 'suspended')),
	PRIMARY KEY (tenant_id, user_id, sku_id, group_id)
);
-- A group's states of a product.  Led by group_id, not sku_id, so that it never
-- looks like a way to one user's states: those go by the primary key.
CREATE INDEX license_states_source_idx ON license_mgmt.license_states (tenant_id, group_id, sku_id);
-- The waiting room (R6.1): who waits for a seat of a product, in serving order.
CREATE INDEX license_states_waiting_idx
	ON license_mgmt.license_states (tenant_id, sku_id, waiting_since, member_since, user_id)
	WHERE error = 'CountViolation';
COMMENT ON TABLE license_mgmt.license_states IS
'derived: the outcome of each source for each user; written only by the extension (read license_assignment_states)';

-- The plans each seat-holding source enables: its product's plans but the disabled ones.
CREATE VIEW license_mgmt.source_enabled_plans WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, psp.service_plan_id
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.product_service_plans psp
		ON psp.sku_id = s.sku_id AND psp.service_plan_id <> ALL (s.disabled_plans)
	 WHERE s.state IN ('active', 'active_with_error');

------------------------------------------------------------------------------
-- Membership reach: which users a group's licenses reach (R4.6, R4.11)
------------------------------------------------------------------------------

-- Does the tenant let users of nested groups inherit?
CREATE FUNCTION license_mgmt.nesting(tenant uuid)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE((SELECT t.nested_group_licensing FROM license_mgmt.tenants t
					  WHERE t.tenant_id = nesting.tenant), false);
END;

/*
 * group_reach: the members each of the groups reaches, and since when:
 * direct members only, unless the tenant nests, then members at any depth
 * (reached since the latest membership on the earliest path).  Users and
 * groups both: callers join the users they want.
 */
CREATE FUNCTION license_mgmt.group_reach(tenant uuid, groups uuid[])
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
				 WHERE m.tenant_id = group_reach.tenant AND m.group_id = w.member_id) m
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

/*
 * group_ancestors: the groups above each of the groups (themselves
 * included), when the tenant nests, through its memberships and the extra
 * edges given (memberships just deleted, whose loss is being applied).
 */
CREATE FUNCTION license_mgmt.group_ancestors(tenant uuid, groups uuid[],
											 extra_groups uuid[] DEFAULT '{}', extra_members uuid[] DEFAULT '{}')
RETURNS TABLE (group_id uuid, ancestor_id uuid)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE up(group_id, ancestor_id, path) AS (
		SELECT DISTINCT g, g, ARRAY[g] FROM pg_catalog.unnest(group_ancestors.groups) AS g
		UNION ALL
		SELECT u.group_id, e.group_id, u.path || e.group_id
		  FROM up u
		 CROSS JOIN LATERAL (
				SELECT m.group_id FROM license_mgmt.group_members m
				 WHERE m.tenant_id = group_ancestors.tenant AND m.member_id = u.ancestor_id
				UNION ALL
				SELECT x.group_id
				  FROM ROWS FROM (pg_catalog.unnest(group_ancestors.extra_groups),
								  pg_catalog.unnest(group_ancestors.extra_members)) AS x(group_id, member_id)
				 WHERE x.member_id = u.ancestor_id) e
		 WHERE license_mgmt.nesting(group_ancestors.tenant) AND e.group_id <> ALL (u.path)
	)
	SELECT DISTINCT up.group_id, up.ancestor_id FROM up;
END;

/*
 * group_descendants: the members under each of the tops (themselves
 * included), when the tenant nests, through its memberships and the extra
 * edges given.
 */
CREATE FUNCTION license_mgmt.group_descendants(tenant uuid, tops uuid[],
											   extra_groups uuid[] DEFAULT '{}', extra_members uuid[] DEFAULT '{}')
RETURNS TABLE (top uuid, member_id uuid)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE down(top, member_id, path) AS (
		SELECT DISTINCT t, t, ARRAY[t] FROM pg_catalog.unnest(group_descendants.tops) AS t
		UNION ALL
		SELECT d.top, e.member_id, d.path || e.member_id
		  FROM down d
		 CROSS JOIN LATERAL (
				SELECT m.member_id FROM license_mgmt.group_members m
				 WHERE m.tenant_id = group_descendants.tenant AND m.group_id = d.member_id
				UNION ALL
				SELECT x.member_id
				  FROM ROWS FROM (pg_catalog.unnest(group_descendants.extra_groups),
								  pg_catalog.unnest(group_descendants.extra_members)) AS x(group_id, member_id)
				 WHERE x.group_id = d.member_id) e
		 WHERE license_mgmt.nesting(group_descendants.tenant) AND e.member_id <> ALL (d.path)
	)
	SELECT DISTINCT down.top, down.member_id FROM down;
END;

/*
 * membership_reach: for new memberships (group, member, added_at), the
 * (group, user) pairs they make reachable: the group and, when nesting, its
 * ancestors, times the member if it is a user and, when nesting, the users
 * under it.
 */
CREATE FUNCTION license_mgmt.membership_reach(tenant uuid, groups uuid[], members uuid[], added timestamptz[])
RETURNS TABLE (group_id uuid, user_id uuid, member_since timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT e.group_id, e.member_id, e.added_at
	  FROM ROWS FROM (pg_catalog.unnest(membership_reach.groups), pg_catalog.unnest(membership_reach.members),
					 pg_catalog.unnest(membership_reach.added))
		   AS e(group_id, member_id, added_at)
	  JOIN license_mgmt.users u ON u.tenant_id = membership_reach.tenant AND u.user_id = e.member_id
	 WHERE NOT license_mgmt.nesting(membership_reach.tenant)
	UNION ALL
	SELECT a.ancestor_id, r.user_id, pg_catalog.min(GREATEST(e.added_at, r.member_since))
	  FROM ROWS FROM (pg_catalog.unnest(membership_reach.groups), pg_catalog.unnest(membership_reach.members),
					 pg_catalog.unnest(membership_reach.added))
		   AS e(group_id, member_id, added_at)
	  JOIN license_mgmt.group_ancestors(membership_reach.tenant, membership_reach.groups) a
		ON a.group_id = e.group_id
	  JOIN (SELECT u.user_id AS top, u.user_id, '-infinity'::timestamptz AS member_since
			  FROM license_mgmt.users u
			 WHERE u.tenant_id = membership_reach.tenant AND u.user_id = ANY (membership_reach.members)
			UNION ALL
			SELECT g.group_id, g.user_id, g.member_since
			  FROM license_mgmt.group_reach(membership_reach.tenant, membership_reach.members) g) r
		ON r.top = e.member_id
	 WHERE license_mgmt.nesting(membership_reach.tenant)
	 GROUP BY a.ancestor_id, r.user_id;
END;

/*
 * membership_loss: for removed memberships (group, member), the (group,
 * user) pairs that may no longer be reachable, found on the graph as it was
 * (the removed edges included: one statement may remove a whole path);
 * pairs still reachable another way are left out.  Whether a user still
 * reaches a group is asked upwards, from the user's remaining groups, so it
 * costs the depth of the tree, not its size.  (The recursive steps join
 * LATERAL, so that each step is an index lookup of the rows it needs, never
 * a pass over the tenant's memberships.)
 */
CREATE FUNCTION license_mgmt.membership_loss(tenant uuid, groups uuid[], members uuid[])
RETURNS TABLE (group_id uuid, user_id uuid)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT e.group_id, e.member_id
	  FROM ROWS FROM (pg_catalog.unnest(membership_loss.groups), pg_catalog.unnest(membership_loss.members)) AS e(group_id, member_id)
	 WHERE NOT license_mgmt.nesting(membership_loss.tenant)
	UNION ALL
	(WITH lost AS (
		SELECT DISTINCT a.ancestor_id AS group_id, d.member_id AS user_id
		  FROM ROWS FROM (pg_catalog.unnest(membership_loss.groups), pg_catalog.unnest(membership_loss.members)) AS e(group_id, member_id)
		  JOIN license_mgmt.group_ancestors(membership_loss.tenant, membership_loss.groups,
											membership_loss.groups, membership_loss.members) a
			ON a.group_id = e.group_id
		  JOIN license_mgmt.group_descendants(membership_loss.tenant, membership_loss.members,
											  membership_loss.groups, membership_loss.members) d
			ON d.top = e.member_id
		 WHERE license_mgmt.nesting(membership_loss.tenant)),
	 parent AS (
		SELECT DISTINCT m.member_id AS user_id, m.group_id
		  FROM license_mgmt.group_members m
		 WHERE m.tenant_id = membership_loss.tenant
		   AND m.member_id IN (SELECT l.user_id FROM lost l)),
	 still AS (
		SELECT p.user_id, a.ancestor_id AS group_id
		  FROM parent p
		  JOIN license_mgmt.group_ancestors(membership_loss.tenant,
											(SELECT pg_catalog.array_agg(DISTINCT p2.group_id) FROM parent p2)) a
			ON a.group_id = p.group_id)
	 SELECT l.group_id, l.user_id FROM lost l
	  WHERE NOT EXISTS (SELECT 1 FROM still s WHERE s.group_id = l.group_id AND s.user_id = l.user_id));
END;

------------------------------------------------------------------------------
-- Settings
------------------------------------------------------------------------------

-- The expiring-soon window; a placeholder until the module defines it.
CREATE FUNCTION license_mgmt.expiring_soon_interval()
RETURNS interval
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE(NULLIF(pg_catalog.current_setting('license_mgmt.expiring_soon_interval', true), ''),
					'30 days')::interval;
END;

------------------------------------------------------------------------------
-- Views for people and reporting tools
------------------------------------------------------------------------------

-- The Licenses page (R2).
CREATE VIEW license_mgmt.product_summary WITH (security_invoker = true) AS
	SELECT c.tenant_id, c.sku_id, p.sku_part_number, p.display_name,
		   c.total, c.assigned, c.total - c.assigned AS available,
		   s.expiring_soon
	  FROM license_mgmt.seat_usage c
	  JOIN license_mgmt.products p ON p.sku_id = c.sku_id
	  JOIN LATERAL (
		  SELECT COALESCE(pg_catalog.sum(x.seats) FILTER (
					 WHERE x.status = 'warning'
						OR (x.status = 'enabled'
							AND x.next_lifecycle_at <= pg_catalog.now() + license_mgmt.expiring_soon_interval())),
				 0)::integer AS expiring_soon
			FROM license_mgmt.subscriptions x
		   WHERE x.tenant_id = c.tenant_id AND x.sku_id = c.sku_id
		  HAVING pg_catalog.count(*) > 0) s ON true;

CREATE VIEW license_mgmt.license_assignment_states WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, s.sku_id,
		   NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000') AS assigned_by_group,
		   s.state, s.error, s.disabled_plans, s.last_updated
	  FROM license_mgmt.license_states s;

-- One row per user and product: the best state over its sources (R4.7).
CREATE VIEW license_mgmt.user_licenses WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number,
		   (pg_catalog.array_agg(s.state ORDER BY pg_catalog.array_position(
				'{active,active_with_error,error,suspended,disabled}'::text[], s.state)))[1] AS state,
		   pg_catalog.bool_or(s.group_id = '00000000-0000-0000-0000-000000000000') AS assigned_directly,
		   COALESCE(pg_catalog.array_agg(s.group_id ORDER BY s.group_id)
					FILTER (WHERE s.group_id <> '00000000-0000-0000-0000-000000000000'),
					'{}') AS inherited_from,
		   ARRAY(SELECT sp.service_plan_name
				   FROM license_mgmt.product_service_plans psp
				   JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id
				  WHERE psp.sku_id = s.sku_id
					AND EXISTS (SELECT 1 FROM license_mgmt.license_states a
								 WHERE a.tenant_id = s.tenant_id AND a.user_id = s.user_id
								   AND a.sku_id = s.sku_id
								   AND a.state IN ('active', 'active_with_error')
								   AND psp.service_plan_id <> ALL (a.disabled_plans))
				  ORDER BY sp.service_plan_name) AS enabled_service_plans
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN license_mgmt.products p ON p.sku_id = s.sku_id
	 GROUP BY s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number;

CREATE VIEW license_mgmt.licensed_groups WITH (security_invoker = true) AS
	SELECT a.tenant_id, a.group_id, g.display_name, a.sku_id, p.sku_part_number, a.disabled_plans,
		   COALESCE(n.members_licensed, 0) AS members_licensed,
		   COALESCE(n.members_with_errors, 0) AS members_with_errors
	  FROM license_mgmt.group_license_assignments a
	  JOIN license_mgmt.groups g ON g.tenant_id = a.tenant_id AND g.group_id = a.group_id
	  JOIN license_mgmt.products p ON p.sku_id = a.sku_id
	  LEFT JOIN LATERAL (
		  SELECT pg_catalog.count(*) FILTER (WHERE s.state IN ('active', 'active_with_error'))::integer AS members_licensed,
				 pg_catalog.count(*) FILTER (WHERE s.error IS NOT NULL)::integer AS members_with_errors
			FROM license_mgmt.license_states s
		   WHERE s.tenant_id = a.tenant_id AND s.sku_id = a.sku_id AND s.group_id = a.group_id) n ON true;

CREATE VIEW license_mgmt.license_errors WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, u.user_principal_name, s.sku_id,
		   NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000') AS assigned_by_group,
		   s.error, s.last_updated AS since
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	 WHERE s.error IS NOT NULL;

------------------------------------------------------------------------------
-- Inheritance, defined once (R12): every source that should exist
------------------------------------------------------------------------------

/*
 * inherited_licenses: the group sources that reach each user through
 * membership.  Only direct user members inherit, unless the tenant turned on
 * nested_group_licensing, in which case users of nested groups at any depth
 * do (R4.11).  The C code is the fast path; this view is the oracle.
 */
CREATE VIEW license_mgmt.inherited_licenses WITH (security_invoker = true) AS
	WITH RECURSIVE reach(tenant_id, group_id, member_id, member_since, path) AS (
		SELECT m.tenant_id, m.group_id, m.member_id, m.added_at, ARRAY[m.group_id]
		  FROM license_mgmt.group_members m
		UNION ALL
		SELECT r.tenant_id, r.group_id, m.member_id, r.member_since, r.path || m.group_id
		  FROM reach r
		  JOIN license_mgmt.tenants t ON t.tenant_id = r.tenant_id AND t.nested_group_licensing
		  JOIN license_mgmt.group_members m ON m.tenant_id = r.tenant_id AND m.group_id = r.member_id
		 WHERE m.group_id <> ALL (r.path)
	)
	SELECT DISTINCT ON (r.tenant_id, r.member_id, a.sku_id, a.group_id)
		   r.tenant_id, r.member_id AS user_id, a.sku_id, a.group_id, a.disabled_plans, r.member_since
	  FROM reach r
	  JOIN license_mgmt.users u ON u.tenant_id = r.tenant_id AND u.user_id = r.member_id
	  JOIN license_mgmt.group_license_assignments a ON a.tenant_id = r.tenant_id AND a.group_id = r.group_id
	 ORDER BY r.tenant_id, r.member_id, a.sku_id, a.group_id, r.member_since;

-- Every source: direct assignments (group_id nil) and inherited ones.
CREATE VIEW license_mgmt.license_sources WITH (security_invoker = true) AS
	SELECT d.tenant_id, d.user_id, d.sku_id,
		   '00000000-0000-0000-0000-000000000000'::uuid AS group_id, d.disabled_plans
	  FROM license_mgmt.user_license_assignments d
	UNION ALL
	SELECT i.tenant_id, i.user_id, i.sku_id, i.group_id, i.disabled_plans
	  FROM license_mgmt.inherited_licenses i;

------------------------------------------------------------------------------
-- Functions (C, src/)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.assign_user_license(user_id uuid, sku_id uuid, disabled_plans uuid[] DEFAULT '{}')
RETURNS void
AS 'MODULE_PATHNAME', 'assign_user_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.assign_user_license(uuid, uuid, uuid[]) IS
'give a product to a user directly, with the plans to disable; assigning again replaces them (R3.1, R3.2)';

CREATE FUNCTION license_mgmt.remove_user_license(user_id uuid, sku_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'remove_user_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.remove_user_license(uuid, uuid) IS
'remove a user''s direct assignment of a product (R3.3, R3.4)';

CREATE FUNCTION license_mgmt.assign_user_licenses(user_ids uuid[], sku_id uuid, disabled_plans uuid[] DEFAULT '{}')
RETURNS TABLE (user_id uuid, error text)
AS 'MODULE_PATHNAME', 'assign_user_licenses'
LANGUAGE C VOLATILE ROWS 100;
COMMENT ON FUNCTION license_mgmt.assign_user_licenses(uuid[], uuid, uuid[]) IS
'give a product directly to many users of one tenant in one set-based call; one outcome per user (R3.5)';

CREATE FUNCTION license_mgmt.assign_group_license(group_id uuid, sku_id uuid, disabled_plans uuid[] DEFAULT '{}',
												  OUT licensed integer, OUT failed integer)
RETURNS record
AS 'MODULE_PATHNAME', 'assign_group_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.assign_group_license(uuid, uuid, uuid[]) IS
'give a product to a group: every member is licensed or gets an error state before this returns (R4)';

CREATE FUNCTION license_mgmt.remove_group_license(group_id uuid, sku_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'remove_group_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.remove_group_license(uuid, uuid) IS
'remove a group''s assignment of a product and every state it gave (R4.10)';

CREATE FUNCTION license_mgmt.reprocess_user(user_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'reprocess_user'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.reprocess_user(uuid) IS
're-evaluate every license state of a user against the current rules (R6.2)';

CREATE FUNCTION license_mgmt.reprocess_group(group_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'reprocess_group'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.reprocess_group(uuid) IS
're-evaluate the license states of every member of a group (R6.2)';

CREATE FUNCTION license_mgmt.advance_subscriptions(at timestamptz DEFAULT pg_catalog.now())
RETURNS integer
AS 'MODULE_PATHNAME', 'advance_subscriptions'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.advance_subscriptions(timestamptz) IS
'move every due subscription one lifecycle step on; returns how many moved (R9.2)';

------------------------------------------------------------------------------
-- Triggers (C): directory and subscription changes apply at once
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.directory_objects_sync() RETURNS trigger
AS 'MODULE_PATHNAME', 'directory_objects_sync' LANGUAGE C;
CREATE TRIGGER users_directory_objects AFTER INSERT ON license_mgmt.users
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.directory_objects_sync();
CREATE TRIGGER groups_directory_objects AFTER INSERT ON license_mgmt.groups
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.directory_objects_sync();

CREATE FUNCTION license_mgmt.users_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'users_changed' LANGUAGE C;
CREATE TRIGGER users_changed AFTER UPDATE ON license_mgmt.users
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.users_changed();

CREATE FUNCTION license_mgmt.users_deleting() RETURNS trigger
AS 'MODULE_PATHNAME', 'users_deleting' LANGUAGE C;
CREATE TRIGGER users_deleting BEFORE DELETE ON license_mgmt.users
	FOR EACH ROW EXECUTE FUNCTION license_mgmt.users_deleting();

CREATE FUNCTION license_mgmt.groups_deleting() RETURNS trigger
AS 'MODULE_PATHNAME', 'groups_deleting' LANGUAGE C;
CREATE TRIGGER groups_deleting BEFORE DELETE ON license_mgmt.groups
	FOR EACH ROW EXECUTE FUNCTION license_mgmt.groups_deleting();

CREATE FUNCTION license_mgmt.tenants_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenants_changed' LANGUAGE C;
CREATE TRIGGER tenants_changed AFTER UPDATE ON license_mgmt.tenants
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.tenants_changed();

CREATE FUNCTION license_mgmt.tenants_deleting() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenants_deleting' LANGUAGE C;
CREATE TRIGGER tenants_deleting BEFORE DELETE ON license_mgmt.tenants
	FOR EACH ROW EXECUTE FUNCTION license_mgmt.tenants_deleting();

-- A statement that removes and adds memberships applies them together (membership.c).
CREATE FUNCTION license_mgmt.group_members_changing() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_changing' LANGUAGE C;
CREATE TRIGGER group_members_changing BEFORE INSERT OR DELETE ON license_mgmt.group_members
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.group_members_changing();

CREATE FUNCTION license_mgmt.group_members_inserted() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_inserted' LANGUAGE C;
CREATE TRIGGER group_members_inserted AFTER INSERT ON license_mgmt.group_members
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.group_members_inserted();

CREATE FUNCTION license_mgmt.group_members_deleted() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_deleted' LANGUAGE C;
CREATE TRIGGER group_members_deleted AFTER DELETE ON license_mgmt.group_members
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.group_members_deleted();

CREATE FUNCTION license_mgmt.group_members_updating() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_updating' LANGUAGE C;
CREATE TRIGGER group_members_updating BEFORE UPDATE OF tenant_id, group_id, member_id ON license_mgmt.group_members
	FOR EACH ROW EXECUTE FUNCTION license_mgmt.group_members_updating();

CREATE FUNCTION license_mgmt.subscriptions_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'subscriptions_changed' LANGUAGE C;
CREATE TRIGGER subscriptions_inserted AFTER INSERT ON license_mgmt.subscriptions
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.subscriptions_changed();
CREATE TRIGGER subscriptions_updated AFTER UPDATE ON license_mgmt.subscriptions
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.subscriptions_changed();
CREATE TRIGGER subscriptions_deleted AFTER DELETE ON license_mgmt.subscriptions
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt.subscriptions_changed();

------------------------------------------------------------------------------
-- verify(): derived state against intent (R12)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt.verify()
RETURNS TABLE (problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)
LANGUAGE sql STABLE
BEGIN ATOMIC
	-- sources and states are each read once, and compared by hash joins: linear in their size
	WITH src AS MATERIALIZED (
		SELECT x.tenant_id, x.user_id, x.sku_id, x.group_id, x.disabled_plans FROM license_mgmt.license_sources x),
	st AS MATERIALIZED (
		SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, s.disabled_plans, s.state, s.error, s.waiting_since,
			   s.restore_as
		  FROM license_mgmt.license_states s)
	-- a source without its state
	SELECT 'missing_state', x.tenant_id, x.user_id, x.sku_id,
		   'source ' || x.group_id::text || ' has no license state'
	  FROM src x
	  LEFT JOIN st s ON s.tenant_id = x.tenant_id AND s.user_id = x.user_id
					AND s.sku_id = x.sku_id AND s.group_id = x.group_id
	 WHERE s.state IS NULL
	UNION ALL
	-- a state without its source
	SELECT 'orphan_state', s.tenant_id, s.user_id, s.sku_id,
		   'state of source ' || s.group_id::text || ' has no assignment behind it'
	  FROM st s
	  LEFT JOIN src x ON x.tenant_id = s.tenant_id AND x.user_id = s.user_id
					 AND x.sku_id = s.sku_id AND x.group_id = s.group_id
	 WHERE x.disabled_plans IS NULL
	UNION ALL
	-- a state whose options differ from its source's
	SELECT 'stale_disabled_plans', s.tenant_id, s.user_id, s.sku_id,
		   'state has ' || s.disabled_plans::text || ', source has ' || x.disabled_plans::text
	  FROM st s
	  JOIN src x ON x.tenant_id = s.tenant_id AND x.user_id = s.user_id AND x.sku_id = s.sku_id AND x.group_id = s.group_id
	 WHERE s.disabled_plans <> x.disabled_plans
	UNION ALL
	-- a state that breaks a lifecycle rule (R8.1, R9.3) or has no valid name
	SELECT 'wrong_state', s.tenant_id, s.user_id, s.sku_id,
		   'state ' || s.state || COALESCE('/' || s.error, '') || ' but ' ||
		   CASE WHEN u.deleted_at IS NOT NULL THEN 'the user is soft-deleted'
				WHEN COALESCE(c.total, 0) = 0 THEN 'the product has no usable seats'
				ELSE 'the user and product are live' END
	  FROM st s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  LEFT JOIN license_mgmt.seat_counters c ON c.tenant_id = s.tenant_id AND c.sku_id = s.sku_id
	 WHERE CASE
			 WHEN u.deleted_at IS NOT NULL THEN s.state <> 'suspended' OR s.error IS NOT NULL
			 WHEN COALESCE(c.total, 0) = 0 THEN s.state <> 'disabled' OR s.error IS NOT NULL
			 ELSE NOT ((s.state = 'active' AND s.error IS NULL)
					OR (s.state = 'active_with_error' AND s.error = 'DependencyViolation')
					OR (s.state = 'error' AND s.error IN ('CountViolation', 'MutuallyExclusiveViolation',
														  'DependencyViolation', 'ProhibitedInUsageLocationViolation')))
		   END
	UNION ALL
	-- someone waits for a seat while seats are free (R6.1)
	SELECT 'unserved_waiting_room', s.tenant_id, s.user_id, s.sku_id,
		   c.total - c.assigned || ' seats free while waiting since ' || s.waiting_since::text
	  FROM st s
	  JOIN license_mgmt.seat_usage c ON c.tenant_id = s.tenant_id AND c.sku_id = s.sku_id
	 WHERE s.error = 'CountViolation' AND c.assigned < c.total
	UNION ALL
	-- seat counters against a count from scratch (R2.1, R2.2)
	SELECT 'seat_counter', c.tenant_id, NULL::uuid, c.sku_id,
		   'counter says total ' || c.total || ' assigned ' || c.assigned ||
		   ', a count from scratch says total ' || COALESCE(t.total, 0) || ' assigned ' || COALESCE(h.assigned, 0)
	  FROM license_mgmt.seat_usage c
	  LEFT JOIN (SELECT x.tenant_id, x.sku_id, pg_catalog.sum(x.seats)::integer AS total
				   FROM license_mgmt.subscriptions x
				  WHERE x.status IN ('enabled', 'warning')
				  GROUP BY x.tenant_id, x.sku_id) t
		ON t.tenant_id = c.tenant_id AND t.sku_id = c.sku_id
	  LEFT JOIN (SELECT s.tenant_id, s.sku_id, pg_catalog.count(DISTINCT s.user_id)::integer AS assigned
				   FROM st s
				  WHERE s.state IN ('active', 'active_with_error')
				  GROUP BY s.tenant_id, s.sku_id) h
		ON h.tenant_id = c.tenant_id AND h.sku_id = c.sku_id
	 WHERE c.total <> COALESCE(t.total, 0) OR c.assigned <> COALESCE(h.assigned, 0)
	UNION ALL
	-- seats held past the limit that neither fewer seats (R9.4) nor a restore (R8.2) left
	SELECT 'seat_limit', c.tenant_id, NULL::uuid, c.sku_id,
		   'counter says ' || c.over_limit || ' seats held past the limit, its total ' || c.total ||
		   ' and assigned ' || c.assigned || ' say ' || GREATEST(c.assigned - c.total, 0)
	  FROM license_mgmt.seat_counters c
	 WHERE c.over_limit <> GREATEST(c.assigned - c.total, 0)
	UNION ALL
	-- a suspended state that forgot its place in the queue, or has one it never had (R8.2)
	SELECT 'restore_memory', s.tenant_id, s.user_id, s.sku_id,
		   'suspended state to come back ' || COALESCE(s.restore_as, 'as new') ||
		   CASE WHEN s.waiting_since IS NULL THEN ' has no place in the queue' ELSE ' has a place in the queue' END
	  FROM st s
	 WHERE s.state = 'suspended' AND (s.restore_as = 'waiting') <> (s.waiting_since IS NOT NULL)
	UNION ALL
	-- a subscription with no counter at all
	SELECT DISTINCT 'seat_counter_missing', x.tenant_id, NULL::uuid, x.sku_id, 'subscribed product has no seat counter'
	  FROM license_mgmt.subscriptions x
	 WHERE NOT EXISTS (SELECT 1 FROM license_mgmt.seat_counters c
						WHERE c.tenant_id = x.tenant_id AND c.sku_id = x.sku_id);
END;
COMMENT ON FUNCTION license_mgmt.verify() IS
'every difference between derived state (license states, seat counters) and what intent says it must be; empty when consistent (R12)';
