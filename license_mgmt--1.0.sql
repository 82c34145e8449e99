/* license_mgmt--1.0.sql: license plans, seats and group-based licensing */

\echo Use "CREATE EXTENSION license_mgmt" to load this file. \quit

/*
 * Two schemas:
 *   license_mgmt           the interface: the tables, the six views for
 *                          reporting tools, the functions applications call;
 *                          every table, view, column and function has a
 *                          comment saying what it means
 *   license_mgmt_internal  the extension's own helpers (views the C code and
 *                          verify() read, trigger functions, functions used
 *                          by constraints and views); no role may name them
 *
 * Every name below is schema-qualified: the script must mean the same thing
 * whatever search_path the installing session had.  The C code runs its
 * queries with search_path pinned to pg_catalog, pg_temp (src/spi_util.c).
 */

CREATE SCHEMA license_mgmt_internal;
COMMENT ON SCHEMA license_mgmt_internal IS
'license_mgmt''s own helpers, not part of its interface: they may change in any release';
REVOKE ALL ON SCHEMA license_mgmt_internal FROM PUBLIC;

------------------------------------------------------------------------------
-- Usage locations: ISO 3166-1 alpha-2 codes, checked in C (src/usage_location.c)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt_internal.check_usage_location(code text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'check_usage_location'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION license_mgmt_internal.check_usage_location(text) IS
'check constraint of usage locations: true for an ISO 3166-1 alpha-2 code in upper case; raises usage_location_iso3166 otherwise';

CREATE FUNCTION license_mgmt_internal.check_usage_locations(codes text[])
RETURNS boolean
AS 'MODULE_PATHNAME', 'check_usage_locations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION license_mgmt_internal.check_usage_locations(text[]) IS
'check constraint of service_plans.unavailable_locations: check_usage_location for every element';

CREATE FUNCTION license_mgmt.usage_locations(OUT code text, OUT country text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'usage_locations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 249;
COMMENT ON FUNCTION license_mgmt.usage_locations() IS
'every valid usage location: code is the ISO 3166-1 alpha-2 code in upper case (what usage_location columns hold), country its country''s English name';

------------------------------------------------------------------------------
-- Tenants and the global catalog (R1)
------------------------------------------------------------------------------

CREATE TABLE license_mgmt.tenants (
	tenant_id				uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	display_name			text NOT NULL
		CONSTRAINT tenants_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256),
	usage_location			text NOT NULL
		CONSTRAINT tenants_usage_location_iso3166 CHECK (license_mgmt_internal.check_usage_location(usage_location)),
	nested_group_licensing	boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE license_mgmt.tenants IS
'one organisation: its users, groups, subscriptions and licenses; nothing crosses tenants. Written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.tenants.tenant_id IS
'the tenant''s id; every table of a tenant''s data starts its keys with it';
COMMENT ON COLUMN license_mgmt.tenants.display_name IS
'the organisation''s name (1 to 256 characters)';
COMMENT ON COLUMN license_mgmt.tenants.usage_location IS
'ISO 3166-1 alpha-2 country code; the location of a group member who has none of their own, for group licenses only (R4.4, R5.1)';
COMMENT ON COLUMN license_mgmt.tenants.nested_group_licensing IS
'false (the default): only users who are direct members of a licensed group inherit its licenses; true: users of nested groups at any depth inherit too (R4.11)';

CREATE TABLE license_mgmt.service_plans (
	service_plan_id			uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	service_plan_name		text NOT NULL
		CONSTRAINT service_plans_name_length CHECK (pg_catalog.length(service_plan_name) BETWEEN 1 AND 128),
	display_name			text
		CONSTRAINT service_plans_display_name_length CHECK (pg_catalog.length(display_name) <= 256),
	unavailable_locations	text[] NOT NULL DEFAULT '{}'
		CONSTRAINT service_plans_unavailable_locations_iso3166 CHECK (license_mgmt_internal.check_usage_locations(unavailable_locations))
);
-- Names are labels, not keys (R1.3): Microsoft's own catalog gives one name to
-- two ids.  Indexed for lookups by name, and for messages to tell whether a
-- name is ambiguous (PRODUCT_LABEL_SQL, SERVICE_PLAN_LABEL_SQL in C).
CREATE INDEX service_plans_service_plan_name_idx ON license_mgmt.service_plans (service_plan_name);
COMMENT ON TABLE license_mgmt.service_plans IS
'one service inside products (such as Exchange Online); one catalog for all tenants, written by the extension''s owner (R1.2)';
COMMENT ON COLUMN license_mgmt.service_plans.service_plan_id IS
'the service plan''s id: its identity (R1.3)';
COMMENT ON COLUMN license_mgmt.service_plans.service_plan_name IS
'the plan''s short name, such as EXCHANGE_S_STANDARD (1 to 128 characters); a label, not unique: the id is its identity (R1.3)';
COMMENT ON COLUMN license_mgmt.service_plans.display_name IS
'the plan''s name for people (up to 256 characters); null when not known';
COMMENT ON COLUMN license_mgmt.service_plans.unavailable_locations IS
'the ISO 3166-1 alpha-2 codes of the countries where the plan is not offered; a source enabling it for a user located there gets ProhibitedInUsageLocationViolation (R5.2)';

CREATE TABLE license_mgmt.service_plan_dependencies (
	service_plan_id				uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	required_service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	any_of						smallint NOT NULL DEFAULT 0
		CONSTRAINT service_plan_dependencies_any_of_check CHECK (any_of >= 0),
	PRIMARY KEY (service_plan_id, required_service_plan_id),
	CONSTRAINT service_plan_dependencies_not_self CHECK (service_plan_id <> required_service_plan_id)
);
CREATE INDEX service_plan_dependencies_required_idx
	ON license_mgmt.service_plan_dependencies (required_service_plan_id);
COMMENT ON TABLE license_mgmt.service_plan_dependencies IS
'a plan''s requirements: each is met when the user has one of its plans enabled from an active source, or the plan fails with DependencyViolation (R7.1); written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.service_plan_dependencies.service_plan_id IS
'the plan that has the requirement';
COMMENT ON COLUMN license_mgmt.service_plan_dependencies.required_service_plan_id IS
'a plan that meets the requirement';
COMMENT ON COLUMN license_mgmt.service_plan_dependencies.any_of IS
'0: this row is a requirement of its own; rows of one plan sharing another number form one requirement, met by any of their plans (Exchange Online Plan 1 or Plan 2)';

CREATE TABLE license_mgmt.service_plan_conflicts (
	service_plan_id				uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	conflicting_service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	PRIMARY KEY (service_plan_id, conflicting_service_plan_id),
	CONSTRAINT service_plan_conflicts_not_self CHECK (service_plan_id <> conflicting_service_plan_id)
);
CREATE INDEX service_plan_conflicts_conflicting_idx
	ON license_mgmt.service_plan_conflicts (conflicting_service_plan_id);
COMMENT ON TABLE license_mgmt.service_plan_conflicts IS
'two plans exclude each other, whichever way the row is written: a user cannot have both enabled (MutuallyExclusiveViolation, R7.2); written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.service_plan_conflicts.service_plan_id IS
'one of the two plans';
COMMENT ON COLUMN license_mgmt.service_plan_conflicts.conflicting_service_plan_id IS
'the other plan';

CREATE TABLE license_mgmt.products (
	sku_id				uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
	sku_part_number		text NOT NULL
		CONSTRAINT products_sku_part_number_length CHECK (pg_catalog.length(sku_part_number) BETWEEN 1 AND 128),
	display_name		text NOT NULL
		CONSTRAINT products_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256)
);
CREATE INDEX products_sku_part_number_idx ON license_mgmt.products (sku_part_number);
COMMENT ON TABLE license_mgmt.products IS
'a license plan that can be bought (a SKU), made of service plans; one catalog for all tenants, written by the extension''s owner (R1.2)';
COMMENT ON COLUMN license_mgmt.products.sku_id IS
'the product''s id: its identity (R1.3)';
COMMENT ON COLUMN license_mgmt.products.sku_part_number IS
'the product''s short name, such as AAD_PREMIUM_P2 (1 to 128 characters); a label, not unique: the id is its identity (R1.3)';
COMMENT ON COLUMN license_mgmt.products.display_name IS
'the product''s name for people, such as Microsoft Entra ID P2 (1 to 256 characters)';

CREATE TABLE license_mgmt.product_service_plans (
	sku_id			uuid NOT NULL REFERENCES license_mgmt.products ON DELETE CASCADE,
	service_plan_id	uuid NOT NULL REFERENCES license_mgmt.service_plans ON DELETE CASCADE,
	PRIMARY KEY (sku_id, service_plan_id)
);
CREATE INDEX product_service_plans_plan_idx ON license_mgmt.product_service_plans (service_plan_id);
COMMENT ON TABLE license_mgmt.product_service_plans IS
'the service plans a product contains; written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.product_service_plans.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.product_service_plans.service_plan_id IS
'a service plan it contains';

-- Both directions of every conflict, so that queries need not care how it was written.
CREATE VIEW license_mgmt_internal.service_plan_exclusions WITH (security_invoker = true) AS
	SELECT service_plan_id, conflicting_service_plan_id AS excluded_service_plan_id
	  FROM license_mgmt.service_plan_conflicts
	UNION
	SELECT conflicting_service_plan_id, service_plan_id
	  FROM license_mgmt.service_plan_conflicts;
COMMENT ON VIEW license_mgmt_internal.service_plan_exclusions IS
'service_plan_conflicts in both directions, for the plan rules (R7.2)';

-- Plans tied by a rule, in both directions: conflicts and dependencies.
CREATE VIEW license_mgmt_internal.service_plan_relations WITH (security_invoker = true) AS
	SELECT service_plan_id, excluded_service_plan_id AS related_service_plan_id
	  FROM license_mgmt_internal.service_plan_exclusions
	UNION ALL
	SELECT service_plan_id, required_service_plan_id FROM license_mgmt.service_plan_dependencies
	UNION ALL
	SELECT required_service_plan_id, service_plan_id FROM license_mgmt.service_plan_dependencies;
COMMENT ON VIEW license_mgmt_internal.service_plan_relations IS
'plans tied by a conflict or a dependency, in both directions: what a change of one plan may affect (R7)';

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
COMMENT ON TABLE license_mgmt.subscriptions IS
'a tenant''s purchase of seats of one product, with its lifecycle status (R9); written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.subscriptions.tenant_id IS
'the tenant that bought it';
COMMENT ON COLUMN license_mgmt.subscriptions.subscription_id IS
'the subscription''s id';
COMMENT ON COLUMN license_mgmt.subscriptions.sku_id IS
'the product bought';
COMMENT ON COLUMN license_mgmt.subscriptions.seats IS
'how many users it licenses (0 or more); counted in product_summary.total while the status is enabled or warning (R2.1)';
COMMENT ON COLUMN license_mgmt.subscriptions.status IS
'enabled, warning (expired, in its grace period; seats still count), suspended (seats do not count) or deleted; advance_subscriptions moves it on in that order (R9.1)';
COMMENT ON COLUMN license_mgmt.subscriptions.next_lifecycle_at IS
'when advance_subscriptions moves it one status on (R9.2); null: never';

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
		CONSTRAINT users_usage_location_iso3166 CHECK (license_mgmt_internal.check_usage_location(usage_location)),
	account_enabled		boolean NOT NULL DEFAULT true,
	deleted_at			timestamptz,
	PRIMARY KEY (tenant_id, user_id)
);
-- Principal names are unique in a tenant whatever their case.
CREATE UNIQUE INDEX users_user_principal_name_key
	ON license_mgmt.users (tenant_id, pg_catalog.lower(user_principal_name));
-- The functions take a bare user id; this finds its tenant.
CREATE INDEX users_user_id_idx ON license_mgmt.users (user_id);
COMMENT ON TABLE license_mgmt.users IS
'a tenant''s users; written by the application (license_mgmt_directory), and every change applies to licenses in the same statement';
COMMENT ON COLUMN license_mgmt.users.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.users.user_id IS
'the user''s id; a user and a group of one tenant never share an id';
COMMENT ON COLUMN license_mgmt.users.user_principal_name IS
'the sign-in name, such as ann@contoso.com (1 to 1024 characters); unique in its tenant whatever the case';
COMMENT ON COLUMN license_mgmt.users.display_name IS
'the user''s name for people (up to 256 characters); null when not known';
COMMENT ON COLUMN license_mgmt.users.usage_location IS
'ISO 3166-1 alpha-2 country code where the user uses the services; null: none, which refuses direct assignments and uses the tenant''s for group licenses (R3.1, R5.1); a change judges the user''s licenses again (R5.3)';
COMMENT ON COLUMN license_mgmt.users.account_enabled IS
'whether the user may sign in; changes nothing about licenses (R8.4)';
COMMENT ON COLUMN license_mgmt.users.deleted_at IS
'when the user was soft-deleted: set, every license of the user is suspended and frees its seat; cleared again, they come back (R8.1, R8.2); null: not deleted';

CREATE TABLE license_mgmt.groups (
	tenant_id		uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	group_id		uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
	display_name	text NOT NULL
		CONSTRAINT groups_display_name_length CHECK (pg_catalog.length(display_name) BETWEEN 1 AND 256),
	PRIMARY KEY (tenant_id, group_id)
);
CREATE INDEX groups_group_id_idx ON license_mgmt.groups (group_id);
COMMENT ON TABLE license_mgmt.groups IS
'a tenant''s groups, whose members inherit the group''s licenses (R4); written by the application (license_mgmt_directory)';
COMMENT ON COLUMN license_mgmt.groups.tenant_id IS
'the group''s tenant';
COMMENT ON COLUMN license_mgmt.groups.group_id IS
'the group''s id; a user and a group of one tenant never share an id';
COMMENT ON COLUMN license_mgmt.groups.display_name IS
'the group''s name (1 to 256 characters)';

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
COMMENT ON TABLE license_mgmt.directory_objects IS
'internal: every user and group of a tenant under one key, what group_members.member_id refers to; written only by the extension';
COMMENT ON COLUMN license_mgmt.directory_objects.tenant_id IS
'the tenant';
COMMENT ON COLUMN license_mgmt.directory_objects.object_id IS
'the id of the user or group';
COMMENT ON COLUMN license_mgmt.directory_objects.user_id IS
'object_id when it is a user, else null';
COMMENT ON COLUMN license_mgmt.directory_objects.group_id IS
'object_id when it is a group, else null';

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
COMMENT ON TABLE license_mgmt.group_members IS
'memberships: inserting or deleting one gives or takes the group''s licenses at once (R4.6); inserted and deleted, never updated; written by the application (license_mgmt_directory)';
COMMENT ON COLUMN license_mgmt.group_members.tenant_id IS
'the tenant of the group and the member';
COMMENT ON COLUMN license_mgmt.group_members.group_id IS
'the group';
COMMENT ON COLUMN license_mgmt.group_members.member_id IS
'a user or a group of the same tenant; a group member passes the licenses on only when the tenant has nested_group_licensing (R4.11); no cycles';
COMMENT ON COLUMN license_mgmt.group_members.added_at IS
'when the member joined; members are served seats in this order when seats run short (R4.3)';

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
'internal: a product given to a user directly (intent); written only by assign_user_license and the other functions';
COMMENT ON COLUMN license_mgmt.user_license_assignments.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.user_license_assignments.user_id IS
'the user';
COMMENT ON COLUMN license_mgmt.user_license_assignments.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.user_license_assignments.disabled_plans IS
'the ids of the product''s service plans this assignment leaves off; empty: all enabled';
COMMENT ON COLUMN license_mgmt.user_license_assignments.assigned_at IS
'when the product was first assigned to the user; assigning it again changes the disabled plans, not this';

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
'internal: a product given to a group (intent); written only by assign_group_license, remove_group_license and change_group_licenses; read licensed_groups';
COMMENT ON COLUMN license_mgmt.group_license_assignments.tenant_id IS
'the group''s tenant';
COMMENT ON COLUMN license_mgmt.group_license_assignments.group_id IS
'the group';
COMMENT ON COLUMN license_mgmt.group_license_assignments.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.group_license_assignments.disabled_plans IS
'the ids of the product''s service plans the group''s members get without; empty: all enabled';
COMMENT ON COLUMN license_mgmt.group_license_assignments.assigned_at IS
'when the product was first assigned to the group; assigning it again changes the disabled plans, not this';

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
	-- a product import_catalog() removes takes its idle counters along
	-- (nothing holds a seat of a product that nothing uses): a cascade, which
	-- also runs on every node of a cluster, where the catalog is copied
	sku_id		uuid NOT NULL REFERENCES license_mgmt.products ON DELETE CASCADE,
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
'internal: seats bought and in use per tenant and product, the row every seat change locks; written only by the extension (read product_summary: part of assigned sits in seat_reserves)';
COMMENT ON COLUMN license_mgmt.seat_counters.tenant_id IS
'the tenant';
COMMENT ON COLUMN license_mgmt.seat_counters.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.seat_counters.total IS
'seats of the tenant''s enabled and warning subscriptions of the product (R2.1)';
COMMENT ON COLUMN license_mgmt.seat_counters.assigned IS
'seats held by users, plus the seats moved to the product''s seat_reserves and not handed out yet';
COMMENT ON COLUMN license_mgmt.seat_counters.over_limit IS
'seats held past total that fewer seats (R9.4) or a restore (R8.2) left; 0 otherwise';

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
 *
 * No foreign key to seat_counters, on purpose: a direct assignment writes
 * its reserve twice, and PostgreSQL checks the key of a row its own
 * transaction wrote again at each update, locking the counter; that lock
 * waits in a circle with a fold, which locks the counter before its
 * reserves.  Like license_states, reserves are derived state: the extension
 * creates them with their counter and deletes them with their tenant.
 */
CREATE TABLE license_mgmt.seat_reserves (
	tenant_id	uuid NOT NULL,
	-- go with their product, as the counter does (seat_counters.sku_id);
	-- a tenant's are deleted with its derived state (membership.c)
	sku_id		uuid NOT NULL REFERENCES license_mgmt.products ON DELETE CASCADE,
	slot		integer NOT NULL,
	quota		integer NOT NULL DEFAULT 0,
	used		integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, sku_id, slot)
);
COMMENT ON TABLE license_mgmt.seat_reserves IS
'internal: seats a counter set aside for direct assignments, so that they do not all wait for one row lock; written only by the extension';
COMMENT ON COLUMN license_mgmt.seat_reserves.tenant_id IS
'the tenant of the counter';
COMMENT ON COLUMN license_mgmt.seat_reserves.sku_id IS
'the product of the counter';
COMMENT ON COLUMN license_mgmt.seat_reserves.slot IS
'which of the counter''s reserves (0 to 7)';
COMMENT ON COLUMN license_mgmt.seat_reserves.quota IS
'seats moved here from the counter (counted in seat_counters.assigned)';
COMMENT ON COLUMN license_mgmt.seat_reserves.used IS
'of those, seats handed out to users; below zero when direct removals gave seats back here';

-- Seats bought and held per tenant and product: the counters less what their reserves still hold.
CREATE VIEW license_mgmt_internal.seat_usage WITH (security_invoker = true) AS
	SELECT c.tenant_id, c.sku_id, c.total,
		   c.assigned - COALESCE((SELECT pg_catalog.sum(r.quota - r.used)::integer
									FROM license_mgmt.seat_reserves r
								   WHERE r.tenant_id = c.tenant_id AND r.sku_id = c.sku_id), 0) AS assigned
	  FROM license_mgmt.seat_counters c;
COMMENT ON VIEW license_mgmt_internal.seat_usage IS
'seats bought (total) and held by users (assigned) per tenant and product: the counters less what their reserves still hold';

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
'internal: the outcome of each source of each user''s product; written only by the extension (read license_assignment_states)';
COMMENT ON COLUMN license_mgmt.license_states.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.license_states.user_id IS
'the user';
COMMENT ON COLUMN license_mgmt.license_states.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.license_states.group_id IS
'the source: the licensed group whose assignment reaches the user, or the nil uuid 00000000-0000-0000-0000-000000000000 for the direct assignment';
COMMENT ON COLUMN license_mgmt.license_states.state IS
'active, active_with_error, error, suspended or disabled, as in license_assignment_states';
COMMENT ON COLUMN license_mgmt.license_states.error IS
'null, or why the source is not (fully) served: CountViolation, MutuallyExclusiveViolation, DependencyViolation or ProhibitedInUsageLocationViolation';
COMMENT ON COLUMN license_mgmt.license_states.disabled_plans IS
'the service plans the source leaves off, as its assignment says';
COMMENT ON COLUMN license_mgmt.license_states.member_since IS
'group sources: since when the user is reached through the group, the order members are served in (R4.3); null for the direct source';
COMMENT ON COLUMN license_mgmt.license_states.waiting_since IS
'since when the source waits for a seat (CountViolation), its place in the queue (R6.1); null when not waiting';
COMMENT ON COLUMN license_mgmt.license_states.last_updated IS
'when the state, error, disabled plans or place in the queue last changed';
COMMENT ON COLUMN license_mgmt.license_states.restore_as IS
'suspended states only: what the source comes back as when its user is restored (R8.2): active (held a seat), waiting (kept its place in the queue), null (judged as new)';

-- The plans each seat-holding source enables: its product's plans but the disabled ones.
CREATE VIEW license_mgmt_internal.source_enabled_plans WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, psp.service_plan_id
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.product_service_plans psp
		ON psp.sku_id = s.sku_id AND psp.service_plan_id <> ALL (s.disabled_plans)
	 WHERE s.state IN ('active', 'active_with_error');
COMMENT ON VIEW license_mgmt_internal.source_enabled_plans IS
'the service plans each seat-holding source enables: its product''s plans but the disabled ones, for the plan rules (R7)';

------------------------------------------------------------------------------
-- The audit log (R11.1): append-only, written only by the extension
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
'append-only: every change of intent (action = the function) and of state (old_state -> new_state, users as an array); written only by the extension (R11.1)';
COMMENT ON COLUMN license_mgmt.audit_log.audit_id IS
'the entry''s number, increasing in the order entries were written (on Citus, per node: each worker numbers from its own range, so a tenant that moved goes on in its new node''s range; logged_at orders its entries)';
COMMENT ON COLUMN license_mgmt.audit_log.tenant_id IS
'the tenant whose licenses changed';
COMMENT ON COLUMN license_mgmt.audit_log.logged_at IS
'when: the start of the transaction that made the change';
COMMENT ON COLUMN license_mgmt.audit_log.actor IS
'who: the session user that made the change';
COMMENT ON COLUMN license_mgmt.audit_log.action IS
'what made the change: a function (assign_user_license, ...) or a trigger on the application''s tables (users_changed, group_members_inserted, ...)';
COMMENT ON COLUMN license_mgmt.audit_log.user_ids IS
'the users concerned, one entry for all users that had the same change; null for an entry about a group as a whole';
COMMENT ON COLUMN license_mgmt.audit_log.group_id IS
'the group concerned: the group assigned, or the source of the states changed; null for direct sources and user-only changes';
COMMENT ON COLUMN license_mgmt.audit_log.sku_id IS
'the product concerned; null when not about one product';
COMMENT ON COLUMN license_mgmt.audit_log.old_state IS
'the state before the change (as in license_assignment_states); null: there was none, or the entry records intent only';
COMMENT ON COLUMN license_mgmt.audit_log.new_state IS
'the state after the change; null: the state was removed, or the entry records intent only';
COMMENT ON COLUMN license_mgmt.audit_log.error IS
'the error of the new state (CountViolation, ...); null when none';
COMMENT ON COLUMN license_mgmt.audit_log.detail IS
'the call''s facts as JSON: disabled_plans, and for a group assignment the members licensed and failed; null when none';

------------------------------------------------------------------------------
-- Tenant isolation (R10.3): row-level security keyed on the tenants granted
-- to a role (tenant_grants), of which license_mgmt.tenant_id chooses one
------------------------------------------------------------------------------

-- The roles that may act for a tenant, written by the extension's owner.
CREATE TABLE license_mgmt.tenant_grants (
	tenant_id	uuid NOT NULL REFERENCES license_mgmt.tenants ON DELETE CASCADE,
	grantee		pg_catalog.regrole NOT NULL,
	PRIMARY KEY (tenant_id, grantee)
);
COMMENT ON TABLE license_mgmt.tenant_grants IS
'the roles that may act for a tenant, directly or through the roles that inherit from them (R10.3); written by the extension''s owner';
COMMENT ON COLUMN license_mgmt.tenant_grants.tenant_id IS
'the tenant granted';
COMMENT ON COLUMN license_mgmt.tenant_grants.grantee IS
'the role it is granted to, and so to every role that inherits its privileges (pg_has_role(..., ''USAGE'')); the grant of a dropped role matches nobody';

-- The tenant this session acts for: license_mgmt.tenant_id when the current
-- role may act for it (it is granted to the role, or to a role whose
-- privileges it inherits, or the role bypasses row-level security); null,
-- and so no rows, otherwise.  In C (tenant_grants.c): it reads tenant_grants
-- past that table's own policy without being SECURITY DEFINER, which would
-- hide the calling role.
CREATE FUNCTION license_mgmt.current_tenant()
RETURNS uuid
AS 'MODULE_PATHNAME', 'current_tenant'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION license_mgmt.current_tenant() IS
'license_mgmt.tenant_id when the current role may act for that tenant (tenant_grants), else null; what row-level security compares tenant_id with';

-- Every policy reads the tenant once per statement (an InitPlan), not per row.
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['tenants', 'subscriptions', 'users', 'groups', 'group_members',
							 'directory_objects', 'user_license_assignments',
							 'group_license_assignments', 'seat_counters', 'seat_reserves', 'license_states',
							 'audit_log', 'tenant_grants']
	LOOP
		EXECUTE pg_catalog.format('ALTER TABLE license_mgmt.%I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE pg_catalog.format(
			'CREATE POLICY tenant_isolation ON license_mgmt.%I'
			' USING (tenant_id OPERATOR(pg_catalog.=) (SELECT license_mgmt.current_tenant()))', t);
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- Membership reach: which users a group's licenses reach (R4.6, R4.11)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt_internal.nesting(tenant uuid)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE((SELECT t.nested_group_licensing FROM license_mgmt.tenants t
					  WHERE t.tenant_id = nesting.tenant), false);
END;
COMMENT ON FUNCTION license_mgmt_internal.nesting(uuid) IS
'does the tenant let users of nested groups inherit (tenants.nested_group_licensing, R4.11)?';

/*
 * group_reach: the members each of the groups reaches, and since when:
 * direct members only, unless the tenant nests, then members at any depth
 * (reached since the latest membership on the earliest path).  Users and
 * groups both: callers join the users they want.  The walk's step is a
 * subquery kept apart (OFFSET 0), one index lookup per member: as a plain
 * LATERAL subquery the planner pulled it up into a hash join over every
 * membership of the tenant at each level of the walk.
 */
CREATE FUNCTION license_mgmt_internal.group_reach(tenant uuid, groups uuid[])
RETURNS TABLE (group_id uuid, user_id uuid, member_since timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE walk(group_id, member_id, member_since, path) AS (
		SELECT m.group_id, m.member_id, m.added_at, ARRAY[m.group_id]
		  FROM license_mgmt.group_members m
		 WHERE m.tenant_id = group_reach.tenant AND m.group_id = ANY (group_reach.groups)
		   AND license_mgmt_internal.nesting(group_reach.tenant)
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
	   AND NOT license_mgmt_internal.nesting(group_reach.tenant)
	UNION ALL
	SELECT w.group_id, w.member_id, pg_catalog.min(w.member_since)
	  FROM walk w
	 GROUP BY w.group_id, w.member_id;
END;
COMMENT ON FUNCTION license_mgmt_internal.group_reach(uuid, uuid[]) IS
'the members each of the groups reaches, and since when: direct members, or members at any depth when the tenant nests (R4.11)';

/*
 * group_ancestors: the groups above each of the groups (themselves
 * included), when the tenant nests, through its memberships and the extra
 * edges given (memberships just deleted, whose loss is being applied).
 */
CREATE FUNCTION license_mgmt_internal.group_ancestors(tenant uuid, groups uuid[],
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
		 WHERE license_mgmt_internal.nesting(group_ancestors.tenant) AND e.group_id <> ALL (u.path)
	)
	SELECT DISTINCT up.group_id, up.ancestor_id FROM up;
END;
COMMENT ON FUNCTION license_mgmt_internal.group_ancestors(uuid, uuid[], uuid[], uuid[]) IS
'the groups above each of the groups, themselves included, when the tenant nests (R4.11)';

/*
 * group_descendants: the members under each of the tops (themselves
 * included), when the tenant nests, through its memberships and the extra
 * edges given.
 */
CREATE FUNCTION license_mgmt_internal.group_descendants(tenant uuid, tops uuid[],
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
		 WHERE license_mgmt_internal.nesting(group_descendants.tenant) AND e.member_id <> ALL (d.path)
	)
	SELECT DISTINCT down.top, down.member_id FROM down;
END;
COMMENT ON FUNCTION license_mgmt_internal.group_descendants(uuid, uuid[], uuid[], uuid[]) IS
'the members under each of the tops, themselves included, when the tenant nests (R4.11)';

/*
 * membership_loss: for removed memberships (group, member), the (group,
 * user) pairs that may no longer be reachable, found on the graph as it was
 * (the removed edges included: one statement may remove a whole path);
 * pairs still reachable another way are left out.  Whether a user still
 * reaches a group is asked upwards, from the user's remaining groups, so it
 * costs the depth of the tree, not its size.  (The recursive steps join
 * LATERAL, so that each step is an index lookup of the rows it needs, never
 * a pass over the tenant's memberships.)
 *
 * Who new memberships bring to which licensed groups is walked in C
 * instead (reach.c): through the keys of group_members and users, one
 * lookup per member telling users from groups; as a recursive statement the
 * walk under a large subtree was mostly the executor's work per row.
 */
CREATE FUNCTION license_mgmt_internal.membership_loss(tenant uuid, groups uuid[], members uuid[])
RETURNS TABLE (group_id uuid, user_id uuid)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT e.group_id, e.member_id
	  FROM ROWS FROM (pg_catalog.unnest(membership_loss.groups), pg_catalog.unnest(membership_loss.members)) AS e(group_id, member_id)
	 WHERE NOT license_mgmt_internal.nesting(membership_loss.tenant)
	UNION ALL
	(WITH lost AS (
		SELECT DISTINCT a.ancestor_id AS group_id, d.member_id AS user_id
		  FROM ROWS FROM (pg_catalog.unnest(membership_loss.groups), pg_catalog.unnest(membership_loss.members)) AS e(group_id, member_id)
		  JOIN license_mgmt_internal.group_ancestors(membership_loss.tenant, membership_loss.groups,
													 membership_loss.groups, membership_loss.members) a
			ON a.group_id = e.group_id
		  JOIN license_mgmt_internal.group_descendants(membership_loss.tenant, membership_loss.members,
													   membership_loss.groups, membership_loss.members) d
			ON d.top = e.member_id
		 WHERE license_mgmt_internal.nesting(membership_loss.tenant)),
	 parent AS (
		SELECT DISTINCT m.member_id AS user_id, m.group_id
		  FROM license_mgmt.group_members m
		 WHERE m.tenant_id = membership_loss.tenant
		   AND m.member_id IN (SELECT l.user_id FROM lost l)),
	 still AS (
		SELECT p.user_id, a.ancestor_id AS group_id
		  FROM parent p
		  JOIN license_mgmt_internal.group_ancestors(membership_loss.tenant,
													 (SELECT pg_catalog.array_agg(DISTINCT p2.group_id) FROM parent p2)) a
			ON a.group_id = p.group_id)
	 SELECT l.group_id, l.user_id FROM lost l
	  WHERE NOT EXISTS (SELECT 1 FROM still s WHERE s.group_id = l.group_id AND s.user_id = l.user_id));
END;
COMMENT ON FUNCTION license_mgmt_internal.membership_loss(uuid, uuid[], uuid[]) IS
'for removed memberships, the (group, user) pairs no longer reachable another way: the licenses the users lose (R4.6)';

------------------------------------------------------------------------------
-- Views for people and reporting tools
------------------------------------------------------------------------------

-- The expiring-soon window, as the module checked the setting: a C function
-- loads the module, and so checks a value set before it was loaded.
CREATE FUNCTION license_mgmt_internal.expiring_soon_interval()
RETURNS interval
AS 'MODULE_PATHNAME', 'expiring_soon_interval'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION license_mgmt_internal.expiring_soon_interval() IS
'the setting license_mgmt.expiring_soon_interval as the module checked it; product_summary.expiring_soon';

/*
 * The Licenses page (R2).  The tenant's subscriptions and seat reserves are
 * summed once each and joined by hash, not by a subquery per product.
 */
CREATE VIEW license_mgmt.product_summary WITH (security_invoker = true) AS
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
							   AND x.next_lifecycle_at <= pg_catalog.now() + license_mgmt_internal.expiring_soon_interval())),
							0)::integer AS expiring_soon
			  FROM license_mgmt.subscriptions x
			 GROUP BY x.tenant_id, x.sku_id) s
		ON s.tenant_id = c.tenant_id AND s.sku_id = c.sku_id
	  LEFT JOIN (SELECT r.tenant_id, r.sku_id, pg_catalog.sum(r.quota - r.used)::integer AS unused
				   FROM license_mgmt.seat_reserves r
				  GROUP BY r.tenant_id, r.sku_id) r
		ON r.tenant_id = c.tenant_id AND r.sku_id = c.sku_id;
COMMENT ON VIEW license_mgmt.product_summary IS
'the Licenses page: one row per product a tenant has a subscription of, whatever its status, with its seats (R2)';
COMMENT ON COLUMN license_mgmt.product_summary.tenant_id IS
'the tenant';
COMMENT ON COLUMN license_mgmt.product_summary.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.product_summary.sku_part_number IS
'the product''s short name, such as AAD_PREMIUM_P2';
COMMENT ON COLUMN license_mgmt.product_summary.display_name IS
'the product''s name for people';
COMMENT ON COLUMN license_mgmt.product_summary.total IS
'seats bought: the seats of the tenant''s enabled and warning subscriptions of the product (R2.1)';
COMMENT ON COLUMN license_mgmt.product_summary.assigned IS
'seats in use: users holding the product in state active or active_with_error, one seat per user however many sources (R2.2)';
COMMENT ON COLUMN license_mgmt.product_summary.available IS
'total - assigned; negative when more are in use than bought, after fewer seats or a restore (R2.3)';
COMMENT ON COLUMN license_mgmt.product_summary.expiring_soon IS
'seats of warning subscriptions, and of enabled ones whose next_lifecycle_at falls within license_mgmt.expiring_soon_interval (30 days by default) from now (R2.4)';

/*
 * The labels of service plans, in the order of their ids (R1.3): the
 * plan's name, followed by its id in parentheses when another plan has the
 * same name ("PROJECT_ESSENTIALS (1259157c-8581-4875-bca7-2ffb18c51bda)"),
 * as messages name plans (SERVICE_PLAN_LABEL_SQL in C), without the
 * quotes; null for an id the catalog no longer has.  The views that show
 * plan ids show these beside them, calling it only for a non-empty array:
 * a SQL function with a subquery is not inlined, and its call costs more
 * than the rest of the row (3 us a row; most sources disable nothing).
 */
CREATE FUNCTION license_mgmt_internal.service_plan_labels(plans uuid[])
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
-- on Citus it runs inside the query sent to a shard, where reading the
-- catalog (a reference table, whole on every node) is a nested query
SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
	SELECT ARRAY(SELECT CASE WHEN EXISTS (SELECT 1 FROM license_mgmt.service_plans same_name
										   WHERE same_name.service_plan_name = sp.service_plan_name
											 AND same_name.service_plan_id <> sp.service_plan_id)
							 THEN pg_catalog.format('%s (%s)', sp.service_plan_name, sp.service_plan_id)
							 ELSE sp.service_plan_name END
				   FROM pg_catalog.unnest(service_plan_labels.plans) WITH ORDINALITY AS d(service_plan_id, n)
				   LEFT JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.service_plan_id
				  ORDER BY d.n);
END;
COMMENT ON FUNCTION license_mgmt_internal.service_plan_labels(uuid[]) IS
'the labels of the plans, in the order given: each plan''s name, with its id in parentheses when another plan has the same name (R1.3); null for an id not in the catalog; the views'' disabled_plan_names';

CREATE VIEW license_mgmt.license_assignment_states WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, s.sku_id,
		   NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000') AS assigned_by_group,
		   s.state, s.error, s.disabled_plans, s.last_updated,
		   CASE WHEN s.disabled_plans = '{}' THEN '{}'
				ELSE license_mgmt_internal.service_plan_labels(s.disabled_plans) END AS disabled_plan_names
	  FROM license_mgmt.license_states s;
COMMENT ON VIEW license_mgmt.license_assignment_states IS
'one row per user, product and source (the direct assignment, or each licensed group reaching the user), with its state';
COMMENT ON COLUMN license_mgmt.license_assignment_states.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.license_assignment_states.user_id IS
'the user';
COMMENT ON COLUMN license_mgmt.license_assignment_states.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.license_assignment_states.assigned_by_group IS
'the group whose license the user inherits; null: assigned to the user directly';
COMMENT ON COLUMN license_mgmt.license_assignment_states.state IS
'active (holds a seat), active_with_error (holds a seat, but a plan it needs is missing: DependencyViolation), error (no seat: see error), suspended (the user is soft-deleted), disabled (the tenant has no usable seats of the product)';
COMMENT ON COLUMN license_mgmt.license_assignment_states.error IS
'null, or why: CountViolation (no seat free; waits for one, R6.1), MutuallyExclusiveViolation (R7.2), DependencyViolation (R7.1), ProhibitedInUsageLocationViolation (R5.2)';
COMMENT ON COLUMN license_mgmt.license_assignment_states.disabled_plans IS
'the ids of the product''s service plans this source leaves off; empty: all enabled';
COMMENT ON COLUMN license_mgmt.license_assignment_states.last_updated IS
'when the state, error or disabled plans last changed';
COMMENT ON COLUMN license_mgmt.license_assignment_states.disabled_plan_names IS
'the names of the disabled plans, in the order of disabled_plans; a name another plan also has is followed by the plan''s id in parentheses (R1.3); null for an id the catalog no longer has';

/*
 * One row per user and product: the best state over its sources (R4.7),
 * the first in priority order found without sorting; the enabled plans come
 * from a C function with a kept plan, not a subquery planned on every read.
 */
CREATE FUNCTION license_mgmt_internal.enabled_service_plans(tenant uuid, usr uuid, sku uuid)
RETURNS text[]
AS 'MODULE_PATHNAME', 'enabled_service_plans'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION license_mgmt_internal.enabled_service_plans(uuid, uuid, uuid) IS
'the names of the product''s service plans that an active source of the user enables, sorted (R4.7); user_licenses.enabled_service_plans';

CREATE VIEW license_mgmt.user_licenses WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number,
		   ('{active,active_with_error,error,suspended,disabled}'::text[])[pg_catalog.min(pg_catalog.array_position(
				'{active,active_with_error,error,suspended,disabled}'::text[], s.state))] AS state,
		   pg_catalog.bool_or(s.group_id = '00000000-0000-0000-0000-000000000000') AS assigned_directly,
		   COALESCE(pg_catalog.array_agg(s.group_id ORDER BY s.group_id)
					FILTER (WHERE s.group_id <> '00000000-0000-0000-0000-000000000000'),
					'{}') AS inherited_from,
		   license_mgmt_internal.enabled_service_plans(s.tenant_id, s.user_id, s.sku_id) AS enabled_service_plans
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN license_mgmt.products p ON p.sku_id = s.sku_id
	 GROUP BY s.tenant_id, s.user_id, u.user_principal_name, s.sku_id, p.sku_part_number;
COMMENT ON VIEW license_mgmt.user_licenses IS
'one row per user and product the user has a license state of, over all its sources (R4.7)';
COMMENT ON COLUMN license_mgmt.user_licenses.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.user_licenses.user_id IS
'the user';
COMMENT ON COLUMN license_mgmt.user_licenses.user_principal_name IS
'the user''s sign-in name';
COMMENT ON COLUMN license_mgmt.user_licenses.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.user_licenses.sku_part_number IS
'the product''s short name';
COMMENT ON COLUMN license_mgmt.user_licenses.state IS
'the best state of the user''s sources of the product, in the order active, active_with_error, error, suspended, disabled';
COMMENT ON COLUMN license_mgmt.user_licenses.assigned_directly IS
'true when the product is assigned to the user directly (whatever groups also give it)';
COMMENT ON COLUMN license_mgmt.user_licenses.inherited_from IS
'the ids of the licensed groups the user inherits the product from, sorted; empty when none';
COMMENT ON COLUMN license_mgmt.user_licenses.enabled_service_plans IS
'the names of the product''s service plans the user has: enabled by at least one active source (a plan disabled by one source and enabled by another is enabled), sorted; empty when no source is active (R4.7)';

CREATE VIEW license_mgmt.licensed_groups WITH (security_invoker = true) AS
	SELECT a.tenant_id, a.group_id, g.display_name, a.sku_id, p.sku_part_number, a.disabled_plans,
		   COALESCE(n.members_licensed, 0) AS members_licensed,
		   COALESCE(n.members_with_errors, 0) AS members_with_errors,
		   p.display_name AS product_display_name,
		   CASE WHEN a.disabled_plans = '{}' THEN '{}'
				ELSE license_mgmt_internal.service_plan_labels(a.disabled_plans) END AS disabled_plan_names
	  FROM license_mgmt.group_license_assignments a
	  JOIN license_mgmt.groups g ON g.tenant_id = a.tenant_id AND g.group_id = a.group_id
	  JOIN license_mgmt.products p ON p.sku_id = a.sku_id
	  LEFT JOIN LATERAL (
		  SELECT pg_catalog.count(*) FILTER (WHERE s.state IN ('active', 'active_with_error'))::integer AS members_licensed,
				 pg_catalog.count(*) FILTER (WHERE s.error IS NOT NULL)::integer AS members_with_errors
			FROM license_mgmt.license_states s
		   WHERE s.tenant_id = a.tenant_id AND s.sku_id = a.sku_id AND s.group_id = a.group_id) n ON true;
COMMENT ON VIEW license_mgmt.licensed_groups IS
'one row per product assigned to a group, with how many members it licenses (R4)';
COMMENT ON COLUMN license_mgmt.licensed_groups.tenant_id IS
'the group''s tenant';
COMMENT ON COLUMN license_mgmt.licensed_groups.group_id IS
'the group';
COMMENT ON COLUMN license_mgmt.licensed_groups.display_name IS
'the group''s name';
COMMENT ON COLUMN license_mgmt.licensed_groups.sku_id IS
'the product assigned to it';
COMMENT ON COLUMN license_mgmt.licensed_groups.sku_part_number IS
'the product''s short name';
COMMENT ON COLUMN license_mgmt.licensed_groups.disabled_plans IS
'the ids of the product''s service plans the group''s members get without; empty: all enabled';
COMMENT ON COLUMN license_mgmt.licensed_groups.members_licensed IS
'users the group''s assignment reaches whose state from it is active or active_with_error';
COMMENT ON COLUMN license_mgmt.licensed_groups.members_with_errors IS
'users the group''s assignment reaches whose state from it has an error (see license_errors)';
COMMENT ON COLUMN license_mgmt.licensed_groups.product_display_name IS
'the product''s name for people, such as Microsoft Entra ID P2';
COMMENT ON COLUMN license_mgmt.licensed_groups.disabled_plan_names IS
'the names of the disabled plans, in the order of disabled_plans; a name another plan also has is followed by the plan''s id in parentheses (R1.3); null for an id the catalog no longer has';

CREATE VIEW license_mgmt.license_errors WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id, u.user_principal_name, s.sku_id,
		   NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000') AS assigned_by_group,
		   s.error, s.last_updated AS since,
		   u.display_name AS user_display_name, p.sku_part_number, p.display_name AS product_display_name,
		   g.display_name AS group_display_name
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id
	  JOIN license_mgmt.products p ON p.sku_id = s.sku_id
	  LEFT JOIN license_mgmt.groups g ON g.tenant_id = s.tenant_id AND g.group_id = s.group_id
	 WHERE s.error IS NOT NULL;
COMMENT ON VIEW license_mgmt.license_errors IS
'one row per source of a user''s product that has an error: what an admin has to look at';
COMMENT ON COLUMN license_mgmt.license_errors.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.license_errors.user_id IS
'the user';
COMMENT ON COLUMN license_mgmt.license_errors.user_principal_name IS
'the user''s sign-in name';
COMMENT ON COLUMN license_mgmt.license_errors.sku_id IS
'the product';
COMMENT ON COLUMN license_mgmt.license_errors.assigned_by_group IS
'the group whose license the user inherits; null: assigned to the user directly';
COMMENT ON COLUMN license_mgmt.license_errors.error IS
'CountViolation (no seat free; waits for one, R6.1), MutuallyExclusiveViolation (R7.2), DependencyViolation (R7.1) or ProhibitedInUsageLocationViolation (R5.2)';
COMMENT ON COLUMN license_mgmt.license_errors.since IS
'when the source''s state last changed';
COMMENT ON COLUMN license_mgmt.license_errors.user_display_name IS
'the user''s name for people; null when not known';
COMMENT ON COLUMN license_mgmt.license_errors.sku_part_number IS
'the product''s short name, such as AAD_PREMIUM_P2';
COMMENT ON COLUMN license_mgmt.license_errors.product_display_name IS
'the product''s name for people, such as Microsoft Entra ID P2';
COMMENT ON COLUMN license_mgmt.license_errors.group_display_name IS
'the name of the group whose license the user inherits; null: assigned to the user directly';

/*
 * Microsoft Graph's licenseDetails (GET /users/{id}/licenseDetails), for
 * tools that speak Graph: one row per user and product, Graph's fields
 * under Graph's names.  The service plans come from a C function with a
 * kept plan (views.c), like user_licenses' enabled plans, so that one
 * user's rows are an index lookup and no subquery is planned per read.
 */
CREATE FUNCTION license_mgmt_internal.license_service_plans(tenant uuid, usr uuid, sku uuid)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'license_service_plans'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION license_mgmt_internal.license_service_plans(uuid, uuid, uuid) IS
'the product''s service plans for the user, as Graph''s servicePlanInfo objects with their provisioningStatus; license_details."servicePlans"';

CREATE VIEW license_mgmt.license_details WITH (security_invoker = true) AS
	SELECT s.tenant_id, s.user_id,
		   pg_catalog.translate(pg_catalog.rtrim(pg_catalog.encode(
				pg_catalog.uuid_send(s.user_id) OPERATOR(pg_catalog.||) pg_catalog.uuid_send(s.sku_id), 'base64'),
				'='), '+/', '-_') AS id,
		   s.sku_id AS "skuId", p.sku_part_number AS "skuPartNumber",
		   license_mgmt_internal.license_service_plans(s.tenant_id, s.user_id, s.sku_id) AS "servicePlans"
	  FROM license_mgmt.license_states s
	  JOIN license_mgmt.products p ON p.sku_id = s.sku_id
	 GROUP BY s.tenant_id, s.user_id, s.sku_id, p.sku_part_number;
COMMENT ON VIEW license_mgmt.license_details IS
'Microsoft Graph''s licenseDetails: one row per user and product the user has a license state of (the rows of user_licenses), with Graph''s fields under Graph''s names, for tools that speak Graph';
COMMENT ON COLUMN license_mgmt.license_details.tenant_id IS
'the user''s tenant';
COMMENT ON COLUMN license_mgmt.license_details.user_id IS
'the user (Graph: the user whose licenseDetails these are)';
COMMENT ON COLUMN license_mgmt.license_details.id IS
'the row''s id, stable as Graph''s is: the user''s and the product''s uuids, 32 bytes, in unpadded base64url (43 characters)';
COMMENT ON COLUMN license_mgmt.license_details."skuId" IS
'the product''s id (Graph: skuId)';
COMMENT ON COLUMN license_mgmt.license_details."skuPartNumber" IS
'the product''s short name, such as AAD_PREMIUM_P2 (Graph: skuPartNumber); a label, skuId is the identity (R1.3)';
COMMENT ON COLUMN license_mgmt.license_details."servicePlans" IS
'every service plan of the product, sorted by name and id, as Graph''s servicePlanInfo: {"servicePlanId", "servicePlanName", "provisioningStatus", "appliesTo": "User"}; provisioningStatus is Success when a source holding a seat enables the plan (the plans of user_licenses.enabled_service_plans), Disabled when the license holds a seat but none of its seat-holding sources enables the plan, or when every source leaves it off, PendingActivation when the license holds no seat (its sources are in error, suspended or disabled) and a source enables the plan';

------------------------------------------------------------------------------
-- Inheritance, defined once (R12.1): every source that should exist.  The
-- C code is the fast path; these views are the definition verify() checks
-- it against.
------------------------------------------------------------------------------

/*
 * inherited_licenses: the group sources that reach each user through
 * membership.  Only direct user members inherit, unless the tenant turned on
 * nested_group_licensing, in which case users of nested groups at any depth
 * do (R4.11).
 */
CREATE VIEW license_mgmt_internal.inherited_licenses WITH (security_invoker = true) AS
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
COMMENT ON VIEW license_mgmt_internal.inherited_licenses IS
'the definition of inheritance verify() checks against (R12.1): each group license that reaches each user through membership, nested when the tenant nests';

-- Every source: direct assignments (group_id nil) and inherited ones.
CREATE VIEW license_mgmt_internal.license_sources WITH (security_invoker = true) AS
	SELECT d.tenant_id, d.user_id, d.sku_id,
		   '00000000-0000-0000-0000-000000000000'::uuid AS group_id, d.disabled_plans
	  FROM license_mgmt.user_license_assignments d
	UNION ALL
	SELECT i.tenant_id, i.user_id, i.sku_id, i.group_id, i.disabled_plans
	  FROM license_mgmt_internal.inherited_licenses i;
COMMENT ON VIEW license_mgmt_internal.license_sources IS
'every source that should have a license state, as verify() defines it (R12.1): direct assignments (group_id nil) and inherited_licenses';

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
'give a product directly to many users of one tenant in one set-based call; one outcome per user, error null when assigned (R3.5)';

CREATE FUNCTION license_mgmt.assign_group_license(group_id uuid, sku_id uuid, disabled_plans uuid[] DEFAULT '{}',
												  OUT licensed integer, OUT failed integer)
RETURNS record
AS 'MODULE_PATHNAME', 'assign_group_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.assign_group_license(uuid, uuid, uuid[]) IS
'give a product to a group: every member is licensed or gets an error state before this returns; returns how many members are licensed and failed (R4)';

CREATE FUNCTION license_mgmt.remove_group_license(group_id uuid, sku_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'remove_group_license'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.remove_group_license(uuid, uuid) IS
'remove a group''s assignment of a product and every state it gave (R4.10)';

-- Graph's assignLicense (R3.6): add_licenses in Graph's shape,
-- [{"skuId": "<uuid>", "disabledPlans": ["<uuid>", ...]}, ...].
CREATE FUNCTION license_mgmt.change_user_licenses(user_id uuid, add_licenses jsonb DEFAULT '[]',
												  remove_licenses uuid[] DEFAULT '{}')
RETURNS SETOF license_mgmt.user_licenses
AS 'MODULE_PATHNAME', 'change_user_licenses'
LANGUAGE C VOLATILE ROWS 10;
COMMENT ON FUNCTION license_mgmt.change_user_licenses(uuid, jsonb, uuid[]) IS
'Microsoft Graph''s assignLicense for a user: add products directly (add_licenses: [{"skuId": ..., "disabledPlans": [...]}]) and remove direct assignments (remove_licenses) in one call judged as a whole, the removals before the additions; if any part is refused nothing changes and the error''s context names the part; returns the user''s rows of user_licenses after the call (R3.6)';

CREATE FUNCTION license_mgmt.change_group_licenses(group_id uuid, add_licenses jsonb DEFAULT '[]',
												   remove_licenses uuid[] DEFAULT '{}')
RETURNS TABLE (sku_id uuid, licensed integer, failed integer)
AS 'MODULE_PATHNAME', 'change_group_licenses'
LANGUAGE C VOLATILE ROWS 10;
COMMENT ON FUNCTION license_mgmt.change_group_licenses(uuid, jsonb, uuid[]) IS
'Microsoft Graph''s assignLicense for a group: add products to the group (add_licenses: [{"skuId": ..., "disabledPlans": [...]}]) and remove its assignments (remove_licenses) in one call judged as a whole, the removals before the additions; members who cannot get a product get error states, as with assign_group_license; if any part is refused nothing changes; returns one row per product added (members licensed and failed) and per product removed (0, 0), in the order given (R3.6, R4)';

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

-- Each of the functions above in a form that takes the tenant first: the
-- call acts for that tenant (as with license_mgmt.tenant_id set to it).  On
-- Citus, distribute() makes them distributed functions, so that a call runs
-- on the node that holds its tenant; the functions above call them there.
CREATE FUNCTION license_mgmt.assign_user_license_in_tenant(tenant_id uuid, user_id uuid, sku_id uuid,
														   disabled_plans uuid[] DEFAULT '{}')
RETURNS void
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.remove_user_license_in_tenant(tenant_id uuid, user_id uuid, sku_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.assign_user_licenses_in_tenant(tenant_id uuid, user_ids uuid[], sku_id uuid,
															disabled_plans uuid[] DEFAULT '{}')
RETURNS TABLE (user_id uuid, error text)
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE ROWS 100;
CREATE FUNCTION license_mgmt.assign_group_license_in_tenant(tenant_id uuid, group_id uuid, sku_id uuid,
															disabled_plans uuid[] DEFAULT '{}',
															OUT licensed integer, OUT failed integer)
RETURNS record
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.remove_group_license_in_tenant(tenant_id uuid, group_id uuid, sku_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.change_user_licenses_in_tenant(tenant_id uuid, user_id uuid,
															add_licenses jsonb DEFAULT '[]',
															remove_licenses uuid[] DEFAULT '{}')
RETURNS SETOF license_mgmt.user_licenses
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE ROWS 10;
CREATE FUNCTION license_mgmt.change_group_licenses_in_tenant(tenant_id uuid, group_id uuid,
															 add_licenses jsonb DEFAULT '[]',
															 remove_licenses uuid[] DEFAULT '{}')
RETURNS TABLE (sku_id uuid, licensed integer, failed integer)
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE ROWS 10;
CREATE FUNCTION license_mgmt.reprocess_user_in_tenant(tenant_id uuid, user_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.reprocess_group_in_tenant(tenant_id uuid, group_id uuid)
RETURNS void
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
CREATE FUNCTION license_mgmt.advance_subscriptions_in_tenant(tenant_id uuid, at timestamptz DEFAULT pg_catalog.now())
RETURNS integer
AS 'MODULE_PATHNAME', 'in_tenant'
LANGUAGE C VOLATILE;
DO $$
DECLARE
	f text;
BEGIN
	FOREACH f IN ARRAY ARRAY['assign_user_license', 'remove_user_license', 'assign_user_licenses',
							 'assign_group_license', 'remove_group_license', 'change_user_licenses',
							 'change_group_licenses', 'reprocess_user', 'reprocess_group', 'advance_subscriptions']
	LOOP
		EXECUTE pg_catalog.format('COMMENT ON FUNCTION license_mgmt.%I IS %L', f || '_in_tenant',
			pg_catalog.format('%s for the tenant given first (as with license_mgmt.tenant_id set to it); on Citus, the call runs on the node that holds the tenant (R15.1)', f));
	END LOOP;
END $$;

CREATE FUNCTION license_mgmt.advance_subscriptions(at timestamptz DEFAULT pg_catalog.now())
RETURNS integer
AS 'MODULE_PATHNAME', 'advance_subscriptions'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt.advance_subscriptions(timestamptz) IS
'move every subscription due at or before at one lifecycle step on; returns how many moved (R9.2); meant to be scheduled';

-- The catalog from the file Microsoft publishes (R14.1): the owner's, like
-- every write of the catalog (no role is granted EXECUTE).
CREATE FUNCTION license_mgmt.import_catalog(csv bytea)
RETURNS TABLE (action text, object_type text, object_id uuid, name text, detail text)
AS 'MODULE_PATHNAME', 'import_catalog'
LANGUAGE C VOLATILE ROWS 100;
COMMENT ON FUNCTION license_mgmt.import_catalog(bytea) IS
'read Microsoft''s catalog file "Product names and service plan identifiers for licensing" (CSV, its bytes as downloaded: UTF-8 or Windows-1252) and apply it to products, service_plans and product_service_plans by id, in the caller''s transaction; one row per change: action added, renamed, removed or in_use (not in the file, kept because a subscription, assignment or state uses it), object_type product, service_plan or product_service_plan, the object''s id and name, detail the facts (R14.1)';

-- The per-tenant alert channel (R11.2): the engine sends every alert on
-- license_mgmt and on its tenant's channel.
CREATE FUNCTION license_mgmt.alert_channel(tenant_id uuid)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT 'license_mgmt_' OPERATOR(pg_catalog.||) pg_catalog.replace(alert_channel.tenant_id::text, '-', '');
END;
COMMENT ON FUNCTION license_mgmt.alert_channel(uuid) IS
'the channel of one tenant''s alerts (R11.2): license_mgmt_ and the tenant''s uuid without hyphens, e.g. LISTEN license_mgmt_6f1c2b1e0d4e4b8a9c1e2f3a4b5c6d7e';

-- One judgement's alert, merged with the statement's others of the same key
-- and sent when the statement ends (alerts.c).
CREATE FUNCTION license_mgmt_internal.alert_pending(tenant_id uuid, sku_id uuid, group_id uuid,
		state text, error text, users bigint, user_ids uuid[])
RETURNS void
AS 'MODULE_PATHNAME', 'alert_pending' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.alert_pending(uuid, uuid, uuid, text, text, bigint, uuid[]) IS
'internal: an alert of the running statement (R11.2): users of the tenant''s product moved into state and error from source group_id (null: direct), the first 100 by id; sent as the statement ends';

------------------------------------------------------------------------------
-- R6.2 A change to the catalog applies at once: the states it can affect
-- are re-judged in the same transaction, in every tenant (catalog_changes.c).
-- Ordinary triggers: a restore in replica mode loads states as dumped.
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt_internal.catalog_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'catalog_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.catalog_changed() IS
'after a change to a product''s plans, a requirement, a conflict or a plan''s locations: re-judges the states it can affect (R6.2)';

DO $$
DECLARE
	t text;
	e text;
BEGIN
	FOREACH t IN ARRAY ARRAY['product_service_plans', 'service_plans', 'service_plan_dependencies',
							 'service_plan_conflicts']
	LOOP
		FOREACH e IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE']
		LOOP
			CONTINUE WHEN t = 'service_plans' AND e <> 'UPDATE';
			EXECUTE pg_catalog.format(
				'CREATE TRIGGER %1$I AFTER %2$s ON license_mgmt.%3$I REFERENCING %4$s'
				' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.catalog_changed()',
				t || '_applied_' || pg_catalog.lower(e), e, t,
				CASE e WHEN 'INSERT' THEN 'NEW TABLE AS new_rows'
					   WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
					   ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END);
		END LOOP;
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- Triggers (C): directory and subscription changes apply at once
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt_internal.directory_objects_sync() RETURNS trigger
AS 'MODULE_PATHNAME', 'directory_objects_sync' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.directory_objects_sync() IS
'trigger: new users and groups join directory_objects';
CREATE TRIGGER users_directory_objects AFTER INSERT ON license_mgmt.users
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.directory_objects_sync();
CREATE TRIGGER groups_directory_objects AFTER INSERT ON license_mgmt.groups
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.directory_objects_sync();

CREATE FUNCTION license_mgmt_internal.users_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'users_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.users_changed() IS
'trigger: soft delete, restore and a new usage location apply to the users'' licenses (R5.3, R8)';
CREATE TRIGGER users_changed AFTER UPDATE ON license_mgmt.users
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.users_changed();

CREATE FUNCTION license_mgmt_internal.users_deleted() RETURNS trigger
AS 'MODULE_PATHNAME', 'users_deleted' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.users_deleted() IS
'trigger: users deleted for good take their license states with them and free their seats, set-based (R8.3)';
CREATE TRIGGER users_deleted AFTER DELETE ON license_mgmt.users
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.users_deleted();

CREATE FUNCTION license_mgmt_internal.groups_deleting() RETURNS trigger
AS 'MODULE_PATHNAME', 'groups_deleting' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.groups_deleting() IS
'trigger: a group that still has license assignments cannot be deleted (group_has_licenses, R4.9)';
CREATE TRIGGER groups_deleting BEFORE DELETE ON license_mgmt.groups
	FOR EACH ROW EXECUTE FUNCTION license_mgmt_internal.groups_deleting();

CREATE FUNCTION license_mgmt_internal.tenants_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenants_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.tenants_changed() IS
'trigger: a tenant''s new usage location or nesting applies to its licenses (R4.11, R5.1)';
CREATE TRIGGER tenants_changed AFTER UPDATE ON license_mgmt.tenants
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.tenants_changed();

CREATE FUNCTION license_mgmt_internal.tenants_deleting() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenants_deleting' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.tenants_deleting() IS
'trigger: a tenant deleted whole takes its derived state and group assignments with it, auditing the states removed';
CREATE TRIGGER tenants_deleting BEFORE DELETE ON license_mgmt.tenants
	FOR EACH ROW EXECUTE FUNCTION license_mgmt_internal.tenants_deleting();

-- A statement that removes and adds memberships applies them together (membership.c).
CREATE FUNCTION license_mgmt_internal.group_members_changing() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_changing' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.group_members_changing() IS
'trigger: a membership statement begins; its removals and additions apply together in its last membership trigger';
CREATE TRIGGER group_members_changing BEFORE INSERT OR DELETE ON license_mgmt.group_members
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.group_members_changing();

CREATE FUNCTION license_mgmt_internal.group_members_inserted() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_inserted' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.group_members_inserted() IS
'trigger: new memberships give the groups'' licenses at once (R4.6)';
CREATE TRIGGER group_members_inserted AFTER INSERT ON license_mgmt.group_members
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.group_members_inserted();

CREATE FUNCTION license_mgmt_internal.group_members_deleted() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_deleted' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.group_members_deleted() IS
'trigger: removed memberships take the groups'' licenses away at once and serve the waiting room (R4.6, R6.1)';
CREATE TRIGGER group_members_deleted AFTER DELETE ON license_mgmt.group_members
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.group_members_deleted();

CREATE FUNCTION license_mgmt_internal.group_members_updating() RETURNS trigger
AS 'MODULE_PATHNAME', 'group_members_updating' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.group_members_updating() IS
'trigger: refuses an update of a membership''s keys: delete and insert instead';
CREATE TRIGGER group_members_updating BEFORE UPDATE OF tenant_id, group_id, member_id ON license_mgmt.group_members
	FOR EACH ROW EXECUTE FUNCTION license_mgmt_internal.group_members_updating();

CREATE FUNCTION license_mgmt_internal.subscriptions_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'subscriptions_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.subscriptions_changed() IS
'trigger: subscriptions inserted, updated or deleted set the seat totals and disable or bring back licenses (R9)';
CREATE TRIGGER subscriptions_inserted AFTER INSERT ON license_mgmt.subscriptions
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.subscriptions_changed();
CREATE TRIGGER subscriptions_updated AFTER UPDATE ON license_mgmt.subscriptions
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.subscriptions_changed();
CREATE TRIGGER subscriptions_deleted AFTER DELETE ON license_mgmt.subscriptions
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.subscriptions_changed();

-- The product catalog as every call reads it: each backend keeps what it
-- asks of a product (its label, whether plan rules or locations
-- restrict it) and drops it when one of these tables changes (product_cache.c).
CREATE FUNCTION license_mgmt_internal.product_catalog_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'product_catalog_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.product_catalog_changed() IS
'trigger: tells every backend, at commit, to drop what it keeps of the product catalog';
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['products', 'product_service_plans', 'service_plans',
							 'service_plan_conflicts', 'service_plan_dependencies']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %1$I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON license_mgmt.%2$I'
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.product_catalog_changed()',
			t || '_catalog_changed', t);
		-- a restore (session_replication_role = replica) changes the catalog too
		EXECUTE pg_catalog.format('ALTER TABLE license_mgmt.%I ENABLE ALWAYS TRIGGER %I',
								  t, t || '_catalog_changed');
	END LOOP;
END $$;

-- A grantee is an existing role (regrole takes any number as an oid).
CREATE FUNCTION license_mgmt_internal.tenant_grants_check() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenant_grants_check' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.tenant_grants_check() IS
'trigger: a tenant grant''s grantee must be an existing role';
CREATE TRIGGER tenant_grants_check BEFORE INSERT OR UPDATE ON license_mgmt.tenant_grants
	FOR EACH ROW EXECUTE FUNCTION license_mgmt_internal.tenant_grants_check();

-- Every backend forgets what it knew of the grants when they change (tenant_grants.c).
CREATE FUNCTION license_mgmt_internal.tenant_grants_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'tenant_grants_changed' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.tenant_grants_changed() IS
'trigger: tells every backend, at commit, to forget what it knows of the tenant grants';
CREATE TRIGGER tenant_grants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON license_mgmt.tenant_grants
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.tenant_grants_changed();
-- a restore (session_replication_role = replica) changes the grants too
ALTER TABLE license_mgmt.tenant_grants ENABLE ALWAYS TRIGGER tenant_grants_changed;

------------------------------------------------------------------------------
-- Guards: derived state is written by the extension's own code only (R10.2)
------------------------------------------------------------------------------

-- The audit log is never changed or emptied, not even by its owner, and
-- also while restoring with session_replication_role = replica.
CREATE FUNCTION license_mgmt_internal.audit_log_append_only() RETURNS trigger
AS 'MODULE_PATHNAME', 'audit_log_append_only' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.audit_log_append_only() IS
'trigger: refuses UPDATE, DELETE and TRUNCATE of the audit log (audit_log_append_only, R11.1)';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON license_mgmt.audit_log
	FOR EACH ROW EXECUTE FUNCTION license_mgmt_internal.audit_log_append_only();
CREATE TRIGGER audit_log_not_truncated BEFORE TRUNCATE ON license_mgmt.audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.audit_log_append_only();
ALTER TABLE license_mgmt.audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;
ALTER TABLE license_mgmt.audit_log ENABLE ALWAYS TRIGGER audit_log_not_truncated;

/*
 * No role has a write privilege on derived state, and these triggers refuse
 * its owner and superusers too (derived_guard.c).  They are ordinary
 * triggers, so a restore with session_replication_role = replica loads the
 * dumped rows; one without it stops at its first row of derived state.  One
 * call per statement, nothing per row.
 */
CREATE FUNCTION license_mgmt_internal.derived_state_guard() RETURNS trigger
AS 'MODULE_PATHNAME', 'derived_state_guard' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.derived_state_guard() IS
'trigger: refuses every write of derived state that does not come from license_mgmt''s own code (R10.2); a restore runs with session_replication_role = replica';
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['license_states', 'seat_counters', 'seat_reserves', 'directory_objects']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %1$I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON license_mgmt.%2$I'
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.derived_state_guard()',
			t || '_guard', t);
	END LOOP;
END $$;
-- the log's updates, deletes and truncation are refused to everyone, always (above)
CREATE TRIGGER audit_log_guard BEFORE INSERT ON license_mgmt.audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.derived_state_guard();

-- TRUNCATE of a table derived state follows from would leave its states and
-- seats behind: refused, DELETE applies what removing the rows means.
CREATE FUNCTION license_mgmt_internal.intent_truncate_guard() RETURNS trigger
AS 'MODULE_PATHNAME', 'intent_truncate_guard' LANGUAGE C;
COMMENT ON FUNCTION license_mgmt_internal.intent_truncate_guard() IS
'trigger: refuses TRUNCATE of the tables license states and seats follow from; DELETE applies what removing their rows means';
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
			' FOR EACH STATEMENT EXECUTE FUNCTION license_mgmt_internal.intent_truncate_guard()',
			t || '_not_truncated', t);
	END LOOP;
END $$;

------------------------------------------------------------------------------
-- Every statement the extension runs, whole (statements.c)
------------------------------------------------------------------------------

CREATE FUNCTION license_mgmt_internal.statements(OUT module text, OUT name text, OUT arguments text, OUT sql text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'statements'
LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION license_mgmt_internal.statements() IS
'every statement the extension runs: its module, name, argument types and text (sql/statements.sql lists them)';

------------------------------------------------------------------------------
-- verify(): derived state against intent (R12)
------------------------------------------------------------------------------

-- The definition of every check, over the tables as they stand; verify()
-- and verify_local() (verify.c) run it, on a cluster once per shard group.
CREATE FUNCTION license_mgmt_internal.verify_here()
RETURNS TABLE (problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)
LANGUAGE sql STABLE
BEGIN ATOMIC
	-- sources and states are each read once, and compared by hash joins: linear in their size
	WITH src AS MATERIALIZED (
		SELECT x.tenant_id, x.user_id, x.sku_id, x.group_id, x.disabled_plans FROM license_mgmt_internal.license_sources x),
	st AS MATERIALIZED (
		SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, s.disabled_plans, s.state, s.error, s.waiting_since,
			   s.restore_as
		  FROM license_mgmt.license_states s),
	-- the products a plan rule or a location can refuse: only their states are judged below
	ruled AS MATERIALIZED (
		SELECT DISTINCT psp.sku_id
		  FROM license_mgmt.product_service_plans psp
		  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id
		 WHERE sp.unavailable_locations <> '{}'
			OR EXISTS (SELECT 1 FROM license_mgmt_internal.service_plan_relations r
						WHERE r.service_plan_id = psp.service_plan_id)),
	-- their live states (a live user, usable seats), judged by the catalog as it stands (R5.2, R7, R6.2)
	ruled_state AS MATERIALIZED (
		SELECT s.tenant_id, s.user_id, s.sku_id, s.group_id, s.state, s.error,
			   EXISTS (SELECT 1 FROM license_mgmt.product_service_plans p
						 JOIN license_mgmt.service_plans sp ON sp.service_plan_id = p.service_plan_id
						WHERE p.sku_id = s.sku_id AND p.service_plan_id <> ALL (s.disabled_plans)
						  AND COALESCE(u.usage_location, t.usage_location) = ANY (sp.unavailable_locations))
				 AS prohibited,
			   EXISTS (SELECT 1 FROM license_mgmt.product_service_plans p
						 JOIN license_mgmt_internal.service_plan_exclusions x ON x.excluded_service_plan_id = p.service_plan_id
						 JOIN license_mgmt_internal.source_enabled_plans e ON e.service_plan_id = x.service_plan_id
						WHERE p.sku_id = s.sku_id AND p.service_plan_id <> ALL (s.disabled_plans)
						  AND e.tenant_id = s.tenant_id AND e.user_id = s.user_id AND e.sku_id <> s.sku_id)
				 AS excluded,
			   EXISTS (SELECT 1 FROM license_mgmt.product_service_plans p
						 JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = p.service_plan_id
						WHERE p.sku_id = s.sku_id AND p.service_plan_id <> ALL (s.disabled_plans)
						GROUP BY p.service_plan_id, d.any_of, CASE WHEN d.any_of = 0 THEN d.required_service_plan_id END
					   HAVING NOT bool_or(
								EXISTS (SELECT 1 FROM license_mgmt.product_service_plans q
										 WHERE q.sku_id = s.sku_id AND q.service_plan_id = d.required_service_plan_id
										   AND q.service_plan_id <> ALL (s.disabled_plans))
							 OR EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans e
										 WHERE e.tenant_id = s.tenant_id AND e.user_id = s.user_id
										   AND e.service_plan_id = d.required_service_plan_id
										   AND NOT (e.sku_id = s.sku_id AND e.group_id = s.group_id))))
				 AS unmet
		  FROM st s
		  JOIN ruled r ON r.sku_id = s.sku_id
		  JOIN license_mgmt.users u ON u.tenant_id = s.tenant_id AND u.user_id = s.user_id AND u.deleted_at IS NULL
		  JOIN license_mgmt.tenants t ON t.tenant_id = s.tenant_id
		  JOIN license_mgmt.seat_counters c ON c.tenant_id = s.tenant_id AND c.sku_id = s.sku_id AND c.total > 0
		 WHERE s.state IN ('active', 'active_with_error', 'error'))
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
	  JOIN license_mgmt_internal.seat_usage c ON c.tenant_id = s.tenant_id AND c.sku_id = s.sku_id
	 WHERE s.error = 'CountViolation' AND c.assigned < c.total
	UNION ALL
	-- seat counters against a count from scratch (R2.1, R2.2)
	SELECT 'seat_counter', c.tenant_id, NULL::uuid, c.sku_id,
		   'counter says total ' || c.total || ' assigned ' || c.assigned ||
		   ', a count from scratch says total ' || COALESCE(t.total, 0) || ' assigned ' || COALESCE(h.assigned, 0)
	  FROM license_mgmt_internal.seat_usage c
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
	-- a state the catalog as it stands judges otherwise (R6.2): a held license whose plan is not
	-- offered at the user's location, or whose requirement is unmet or met again; an error that
	-- is not the first rule the source breaks now (what a source held first keeps a conflict, R7.2)
	SELECT 'stale_rule', r.tenant_id, r.user_id, r.sku_id,
		   'state ' || r.state || COALESCE('/' || r.error, '') || ' of source ' || r.group_id::text ||
		   ', but the catalog says ' ||
		   CASE WHEN r.prohibited THEN 'a plan is not offered at the user''s location'
				WHEN r.state <> 'error' AND r.unmet THEN 'a requirement is unmet'
				WHEN r.state <> 'error' THEN 'every requirement is met'
				WHEN r.excluded THEN 'a plan is excluded by one the user has'
				WHEN r.unmet THEN 'a requirement is unmet'
				ELSE 'no rule refuses it' END
	  FROM ruled_state r
	 WHERE CASE r.state
			 WHEN 'active' THEN r.prohibited OR r.unmet
			 WHEN 'active_with_error' THEN r.prohibited OR NOT r.unmet
			 ELSE (CASE WHEN r.prohibited THEN 'ProhibitedInUsageLocationViolation'
						WHEN r.excluded THEN 'MutuallyExclusiveViolation'
						WHEN r.unmet THEN 'DependencyViolation' END)
				  IS DISTINCT FROM NULLIF(r.error, 'CountViolation')
		   END
	UNION ALL
	-- a subscription with no counter at all
	SELECT DISTINCT 'seat_counter_missing', x.tenant_id, NULL::uuid, x.sku_id, 'subscribed product has no seat counter'
	  FROM license_mgmt.subscriptions x
	 WHERE NOT EXISTS (SELECT 1 FROM license_mgmt.seat_counters c
						WHERE c.tenant_id = x.tenant_id AND c.sku_id = x.sku_id);
END;
COMMENT ON FUNCTION license_mgmt_internal.verify_here() IS
'what verify() checks, over the tables as this session reads them (on a cluster, one shard group''s)';

CREATE FUNCTION license_mgmt.verify()
RETURNS TABLE (problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)
AS 'MODULE_PATHNAME', 'verify'
LANGUAGE C STABLE;
COMMENT ON FUNCTION license_mgmt.verify() IS
'every difference between derived state (license states, seat counters) and what intent says it must be, one row each (problem names its kind, detail the facts); empty when consistent (R12)';

CREATE FUNCTION license_mgmt.verify_local()
RETURNS TABLE (problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)
AS 'MODULE_PATHNAME', 'verify_local'
LANGUAGE C STABLE;
COMMENT ON FUNCTION license_mgmt.verify_local() IS
'verify() for the tenants of the node it runs on: on Citus, every shard group of that node; on one server, verify() itself (R12, R15.1)';

-- verify() on Citus: an aggregate over the shards of tenants, which Citus
-- runs in the caller's transaction, one step per row on the shard's node,
-- and whose arrays it puts together on the coordinator (verify.c).
CREATE FUNCTION license_mgmt_internal.verify_shard_group_step(problems jsonb, shard oid)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'verify_shard_group_step'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION license_mgmt_internal.verify_shard_group_step(jsonb, oid) IS
'the step of verify_shard_groups(): at the first row of a shard of tenants, the problems of its shard group, as verify_here() finds them';

CREATE FUNCTION license_mgmt_internal.verify_shard_groups_combine(a jsonb, b jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
RETURN COALESCE(a OPERATOR(pg_catalog.||) b, a, b);
COMMENT ON FUNCTION license_mgmt_internal.verify_shard_groups_combine(jsonb, jsonb) IS
'puts the problems of two sets of shard groups together';

CREATE AGGREGATE license_mgmt_internal.verify_shard_groups(oid) (
	SFUNC = license_mgmt_internal.verify_shard_group_step,
	STYPE = jsonb,
	COMBINEFUNC = license_mgmt_internal.verify_shard_groups_combine);
COMMENT ON AGGREGATE license_mgmt_internal.verify_shard_groups(oid) IS
'verify() on Citus, over the tableoid of license_mgmt.tenants: the problems of every shard group that holds a row, one JSON array';

------------------------------------------------------------------------------
-- Scale-out on Citus (R15): distribute(), the owner's
------------------------------------------------------------------------------

-- Every table, in the order Citus takes them: the catalog as reference
-- tables (a copy on every node) before what refers to it, then tenants and
-- the tables colocated with it, so that all of one tenant's rows are on
-- one node.
CREATE FUNCTION license_mgmt_internal.distribution_layout(
	OUT step integer, OUT table_name text, OUT distribution text)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT l.step, 'license_mgmt.' OPERATOR(pg_catalog.||) l.name, l.kind
	  FROM (VALUES (1, 'service_plans', 'reference'), (2, 'service_plan_dependencies', 'reference'),
				   (3, 'service_plan_conflicts', 'reference'), (4, 'products', 'reference'),
				   (5, 'product_service_plans', 'reference'), (6, 'tenants', 'tenant'),
				   (7, 'tenant_grants', 'tenant'), (8, 'subscriptions', 'tenant'), (9, 'users', 'tenant'),
				   (10, 'groups', 'tenant'), (11, 'directory_objects', 'tenant'), (12, 'group_members', 'tenant'),
				   (13, 'user_license_assignments', 'tenant'), (14, 'group_license_assignments', 'tenant'),
				   (15, 'seat_counters', 'tenant'), (16, 'seat_reserves', 'tenant'),
				   (17, 'license_states', 'tenant'), (18, 'audit_log', 'tenant')) AS l(step, name, kind)
	 ORDER BY l.step;
END;
COMMENT ON FUNCTION license_mgmt_internal.distribution_layout() IS
'every table of the extension in the order distribute() takes them: reference (the catalog, copied to every node) or tenant (distributed by tenant_id, colocated with tenants)';

/*
 * distribute(): every table onto the Citus cluster, the catalog as
 * reference tables and the rest by tenant_id, colocated, and the functions
 * that take the tenant as distributed functions, so that a call runs on the
 * node that holds its tenant (forward.c, shards.c); one row per table it
 * distributed.  An install with tenants moves its rows into the shards as
 * they are.  Tables already distributed are left as they are, so a call
 * after a failed or partial one completes it.  What Citus needs for the
 * triggers and the catalog's foreign keys is set while it lays them out.
 */
CREATE FUNCTION license_mgmt.distribute()
RETURNS TABLE (table_name regclass, distribution text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l record;
	method "char";
	f pg_catalog.regprocedure;
	g record;
	held name[];
	trigger_name name;
	was text[];
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_extension e WHERE e.extname = 'citus') THEN
		RAISE EXCEPTION 'license_mgmt: distribute() needs Citus'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'The extension citus is not installed in this database.',
				  HINT = 'Add citus to shared_preload_libraries, CREATE EXTENSION citus, add the worker nodes (citus_add_node), then call distribute() again.';
	END IF;
	-- set for the layout only, and as they were after it: the rest of the
	-- caller's transaction (the suites distribute right after CREATE
	-- EXTENSION) runs with every trigger
	was := ARRAY[current_setting('citus.enable_unsafe_triggers'),
				 current_setting('citus.enable_local_reference_table_foreign_keys'),
				 current_setting('session_replication_role'),
				 current_setting('citus.propagate_set_commands'),
				 current_setting('citus.enable_ddl_propagation'),
				 current_setting('client_min_messages')];
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	-- Citus's notices on copying a table's rows, and its hint to empty the
	-- coordinator's copy, which this function does
	IF current_setting('client_min_messages') IN ('debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'log', 'notice') THEN
		PERFORM set_config('client_min_messages', 'warning', true);
	END IF;
	PERFORM set_config('citus.enable_local_reference_table_foreign_keys', 'off', true);
	-- the rows Citus copies into the shards are moved, not written anew: no
	-- trigger judges them again (as for a restore, see README), on the
	-- workers too.  Citus passes a SET LOCAL on to them only in what it
	-- takes for a transaction of several statements, which a DO block is
	-- and a statement that calls this function may not be.
	PERFORM set_config('citus.propagate_set_commands', 'local', true);
	DO $set$ BEGIN SET LOCAL session_replication_role = replica; END $set$;
	-- tenant_grants names its roles by oid, which differs from node to node,
	-- and Citus would copy the coordinator's oids into the shards as they
	-- are: its rows wait here by role name, and come back one by one, as
	-- statements Citus sends with the name (a dropped role's grant, which
	-- matches nobody, is not kept)
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p
					WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'license_mgmt.tenant_grants'::regclass) THEN
		CREATE TEMPORARY TABLE license_mgmt_grants_by_name ON COMMIT DROP AS
			SELECT tg.tenant_id, tg.grantee::text AS grantee FROM license_mgmt.tenant_grants tg
			 WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) tg.grantee);
		DELETE FROM license_mgmt.tenant_grants;
	END IF;
	-- Citus refuses subqueries in the policies of distributed tables: there
	-- a policy calls current_tenant() per row (cached per backend) rather
	-- than once per statement
	FOR l IN SELECT * FROM license_mgmt_internal.distribution_layout() d WHERE d.distribution = 'tenant'
	LOOP
		EXECUTE format('ALTER POLICY tenant_isolation ON %s USING (tenant_id OPERATOR(pg_catalog.=) license_mgmt.current_tenant())',
					   l.table_name);
	END LOOP;
	FOR l IN SELECT * FROM license_mgmt_internal.distribution_layout() d ORDER BY d.step
	LOOP
		EXECUTE 'SELECT p.partmethod FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1::regclass'
			INTO method USING l.table_name;
		CONTINUE WHEN method IS NOT NULL;
		IF l.distribution = 'reference' THEN
			EXECUTE 'SELECT pg_catalog.create_reference_table($1::regclass)' USING l.table_name;
		ELSE
			EXECUTE 'SELECT pg_catalog.create_distributed_table($1::regclass, ''tenant_id'', colocate_with => $2)'
				USING l.table_name,
					  CASE WHEN l.table_name = 'license_mgmt.tenants' THEN 'default' ELSE 'license_mgmt.tenants' END;
		END IF;
		table_name := l.table_name::regclass;
		distribution := l.distribution;
		RETURN NEXT;
	END LOOP;
	IF to_regclass('pg_temp.license_mgmt_grants_by_name') IS NOT NULL THEN
		FOR g IN SELECT * FROM pg_temp.license_mgmt_grants_by_name LOOP
			INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES (g.tenant_id, g.grantee::regrole);
		END LOOP;
		DROP TABLE pg_temp.license_mgmt_grants_by_name;
	END IF;
	-- the rows of an install with tenants are in the shards now: the
	-- coordinator's own copies of the tables are emptied (what refers to a
	-- table first).  That is no change of their rows, so the triggers that
	-- fire even now (the audit log's refusal, the catalog's alerts) are
	-- held for it, here alone (not on the shards)
	PERFORM set_config('citus.enable_ddl_propagation', 'off', true);
	FOR l IN SELECT * FROM license_mgmt_internal.distribution_layout() d ORDER BY d.step DESC
	LOOP
		CONTINUE WHEN pg_catalog.pg_relation_size(l.table_name::regclass) OPERATOR(pg_catalog.=) 0;
		held := ARRAY(SELECT t.tgname FROM pg_catalog.pg_trigger t
					   WHERE t.tgrelid OPERATOR(pg_catalog.=) l.table_name::regclass
						 AND t.tgenabled OPERATOR(pg_catalog.=) 'A' AND NOT t.tgisinternal);
		FOREACH trigger_name IN ARRAY held LOOP
			EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', l.table_name, trigger_name);
		END LOOP;
		PERFORM pg_catalog.truncate_local_data_after_distributing_table(l.table_name::regclass);
		FOREACH trigger_name IN ARRAY held LOOP
			EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', l.table_name, trigger_name);
		END LOOP;
	END LOOP;
	-- audit_log is numbered by each node's own sequence (the extension made
	-- one on every node): on each worker from a range of its own, as Citus
	-- does for the identity columns it makes, so that a tenant that moves
	-- keeps its numbers unique; a later distribute() sets it on nodes added since
	IF EXISTS (SELECT 1 FROM pg_catalog.run_command_on_workers(pg_catalog.format(
				   'SELECT pg_catalog.setval(%1$L, (g.groupid::bigint << 48) + 1, false)'
				   '  FROM pg_catalog.pg_dist_local_group g'
				   ' WHERE (SELECT s.last_value FROM %1$s s) < (g.groupid::bigint << 48)',
				   pg_catalog.pg_get_serial_sequence('license_mgmt.audit_log', 'audit_id'))) r
				WHERE NOT r.success) THEN
		RAISE EXCEPTION 'license_mgmt: distribute() could not give a worker its range of audit numbers'
			USING ERRCODE = 'connection_failure',
				  DETAIL = 'A worker did not answer, or refused to set the sequence of license_mgmt.audit_log.audit_id; nothing was distributed.',
				  HINT = 'Check that every worker is up, then call distribute() again.';
	END IF;
	PERFORM set_config('citus.enable_unsafe_triggers', was[1], true);
	PERFORM set_config('citus.enable_local_reference_table_foreign_keys', was[2], true);
	PERFORM set_config('citus.enable_ddl_propagation', was[5], true);
	PERFORM set_config('client_min_messages', was[6], true);
	EXECUTE pg_catalog.format('DO $set$ BEGIN SET LOCAL session_replication_role = %L; END $set$', was[3]);
	PERFORM set_config('citus.propagate_set_commands', was[4], true);
	-- Citus sends a view's query to the workers as text, where its calls of
	-- the internal helpers (granted to every role) are resolved by name: the
	-- roles need USAGE on license_mgmt_internal there
	GRANT USAGE ON SCHEMA license_mgmt_internal TO license_mgmt_reader, license_mgmt_admin, license_mgmt_directory;
	PERFORM pg_catalog.run_command_on_workers(
		'GRANT USAGE ON SCHEMA license_mgmt_internal TO license_mgmt_reader, license_mgmt_admin, license_mgmt_directory');
	-- a call of a function that takes the tenant runs where the tenant is
	-- (again after undistribute(), colocated with the tables distributed now)
	FOR f IN SELECT p.oid FROM pg_catalog.pg_proc p
			  WHERE p.pronamespace OPERATOR(pg_catalog.=) 'license_mgmt'::pg_catalog.regnamespace
				AND p.proname OPERATOR(pg_catalog.~~) '%\_in\_tenant'
				AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_object o, pg_catalog.pg_dist_partition t
								 WHERE o.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
								   AND o.objid OPERATOR(pg_catalog.=) p.oid
								   AND o.distribution_argument_index IS NOT NULL
								   AND t.logicalrelid OPERATOR(pg_catalog.=) 'license_mgmt.tenants'::regclass
								   AND o.colocationid OPERATOR(pg_catalog.=) t.colocationid)
	LOOP
		EXECUTE 'SELECT pg_catalog.create_distributed_function($1, ''tenant_id'','
				' colocate_with => ''license_mgmt.tenants'', force_delegation => true)' USING f;
	END LOOP;
END $$;
COMMENT ON FUNCTION license_mgmt.distribute() IS
'on Citus: distribute every table, the catalog as reference tables and every tenant table by tenant_id colocated with tenants, with the rows it has, and make the functions that take the tenant distributed functions; one row per table distributed, none when all already are (R15.1)';

/*
 * undistribute(): distribute() undone, every table back on the coordinator
 * alone with its rows, for a cluster given up or an extension update (README,
 * "Scaling out").  Citus's undistribute_table() rebuilds a table, which it
 * refuses for an extension's tables, so the rows are read out first, then
 * Citus forgets each table and drops its shards as for a DROP TABLE
 * (citus_drop_trigger), and the rows come back as a restore loads them
 * (session_replication_role = replica: the derived state as it was, nothing
 * derived again).  One row per table taken back; none when none was
 * distributed.
 */
CREATE FUNCTION license_mgmt.undistribute()
RETURNS TABLE (table_name regclass, distribution text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l record;
	was text[];
	rows_of text;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_extension e WHERE e.extname = 'citus') THEN
		RAISE EXCEPTION 'license_mgmt: undistribute() needs Citus'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'The extension citus is not installed in this database, so nothing of license_mgmt is distributed.',
				  HINT = 'On one server there is nothing to undo.';
	END IF;
	-- the functions that take the tenant stay marked distributed (Citus will
	-- not undo that for an extension's functions): with no table left to be
	-- colocated with, Citus runs their calls where they are made, and a
	-- later distribute() colocates them again
	was := ARRAY[current_setting('session_replication_role'), current_setting('citus.multi_shard_modify_mode')];
	PERFORM set_config('session_replication_role', 'replica', true);
	-- one connection per node, so that dropping the shards below does not
	-- wait on this transaction's own reads over other connections
	PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);
	-- every row, read through the coordinator before any table is taken
	-- apart; a grantee by its name, read where the row is (an oid is the
	-- node's own, see distribute())
	FOR l IN SELECT d.step, d.table_name::regclass AS rel, d.distribution
			   FROM license_mgmt_internal.distribution_layout() d
			  WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p
							 WHERE p.logicalrelid OPERATOR(pg_catalog.=) d.table_name::regclass)
			  ORDER BY d.step
	LOOP
		rows_of := CASE WHEN l.rel OPERATOR(pg_catalog.=) 'license_mgmt.tenant_grants'::regclass
						THEN 'SELECT tg.tenant_id, tg.grantee::text AS grantee FROM license_mgmt.tenant_grants tg'
						ELSE 'SELECT * FROM ' OPERATOR(pg_catalog.||) l.rel::text END;
		EXECUTE pg_catalog.format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS %s',
								  'license_mgmt_rows_' OPERATOR(pg_catalog.||) l.step, rows_of);
	END LOOP;
	-- each table forgotten by Citus, what refers to it first: its metadata
	-- on the workers (which keep the extension's own empty table), its
	-- shards, its metadata here
	FOR l IN SELECT d.step, d.table_name::regclass AS rel, d.distribution
			   FROM license_mgmt_internal.distribution_layout() d
			  WHERE pg_catalog.to_regclass('pg_temp.license_mgmt_rows_' OPERATOR(pg_catalog.||) d.step) IS NOT NULL
			  ORDER BY d.step DESC
	LOOP
		PERFORM pg_catalog.master_remove_distributed_table_metadata_from_workers(l.rel, 'license_mgmt',
																				 pg_catalog.split_part(l.rel::text, '.', 2));
		PERFORM pg_catalog.citus_drop_all_shards(l.rel, 'license_mgmt', pg_catalog.split_part(l.rel::text, '.', 2), false);
		PERFORM pg_catalog.master_remove_partition_metadata(l.rel, 'license_mgmt', pg_catalog.split_part(l.rel::text, '.', 2));
		table_name := l.rel;
		distribution := l.distribution;
		RETURN NEXT;
	END LOOP;
	-- the rows back, in the order they refer to each other
	FOR l IN SELECT d.step, d.table_name::regclass AS rel
			   FROM license_mgmt_internal.distribution_layout() d
			  WHERE pg_catalog.to_regclass('pg_temp.license_mgmt_rows_' OPERATOR(pg_catalog.||) d.step) IS NOT NULL
			  ORDER BY d.step
	LOOP
		EXECUTE pg_catalog.format('INSERT INTO %s OVERRIDING SYSTEM VALUE SELECT %s FROM pg_temp.%I r', l.rel,
								  CASE WHEN l.rel OPERATOR(pg_catalog.=) 'license_mgmt.tenant_grants'::regclass
									   THEN 'r.tenant_id, r.grantee::pg_catalog.regrole' ELSE 'r.*' END,
								  'license_mgmt_rows_' OPERATOR(pg_catalog.||) l.step);
		EXECUTE pg_catalog.format('DROP TABLE pg_temp.%I', 'license_mgmt_rows_' OPERATOR(pg_catalog.||) l.step);
	END LOOP;
	-- the audit log goes on numbering past every number the nodes gave
	PERFORM pg_catalog.setval(pg_catalog.pg_get_serial_sequence('license_mgmt.audit_log', 'audit_id'),
							  GREATEST(m.top, s.last_value), true)
	   FROM (SELECT max(a.audit_id) AS top FROM license_mgmt.audit_log a) m,
			license_mgmt.audit_log_audit_id_seq s
	  WHERE m.top IS NOT NULL;
	PERFORM set_config('session_replication_role', was[1], true);
	PERFORM set_config('citus.multi_shard_modify_mode', was[2], true);
	-- the policies and grants of one server (the install script's)
	FOR l IN SELECT * FROM license_mgmt_internal.distribution_layout() d WHERE d.distribution = 'tenant'
	LOOP
		EXECUTE format('ALTER POLICY tenant_isolation ON %s USING (tenant_id OPERATOR(pg_catalog.=) (SELECT license_mgmt.current_tenant()))',
					   l.table_name);
	END LOOP;
	REVOKE USAGE ON SCHEMA license_mgmt_internal FROM license_mgmt_reader, license_mgmt_admin, license_mgmt_directory;
END $$;
COMMENT ON FUNCTION license_mgmt.undistribute() IS
'on Citus: distribute() undone, every table back on the coordinator alone with its rows, the functions no longer distributed; one row per table taken back, none when none was distributed (R15.1)';

-- DROP EXTENSION on a distributed install: Citus leaves the shards of an
-- extension's tables behind (it takes them for partitions dropped with their
-- parent), so they are dropped first; on one server this does nothing.
CREATE FUNCTION license_mgmt_internal.drop_shards_before_drop_extension()
RETURNS event_trigger LANGUAGE C AS 'MODULE_PATHNAME', 'drop_shards_before_drop_extension';
COMMENT ON FUNCTION license_mgmt_internal.drop_shards_before_drop_extension() IS
'event trigger: before DROP EXTENSION license_mgmt on the coordinator of a distributed install, drop the shards of every table of the extension on every node';
CREATE EVENT TRIGGER license_mgmt_drop_shards ON ddl_command_start
	WHEN TAG IN ('DROP EXTENSION')
	EXECUTE FUNCTION license_mgmt_internal.drop_shards_before_drop_extension();
COMMENT ON EVENT TRIGGER license_mgmt_drop_shards IS
'before DROP EXTENSION license_mgmt on a distributed install, the shards of its tables are dropped on every node (Citus would leave them behind)';

------------------------------------------------------------------------------
-- Roles and privileges (R10.1)
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
REVOKE ALL ON ALL TABLES IN SCHEMA license_mgmt, license_mgmt_internal FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA license_mgmt, license_mgmt_internal FROM PUBLIC;
GRANT USAGE ON SCHEMA license_mgmt TO license_mgmt_reader, license_mgmt_admin, license_mgmt_directory;

/*
 * Used in check constraints, policies and views that every role touches.
 * Those refer to the internal functions by their oid, which needs EXECUTE
 * but not USAGE on license_mgmt_internal: no role gets USAGE on it, so
 * none can name what is inside.
 */
GRANT EXECUTE ON FUNCTION license_mgmt.usage_locations(), license_mgmt.current_tenant(),
	license_mgmt.alert_channel(uuid),
	license_mgmt_internal.check_usage_location(text), license_mgmt_internal.check_usage_locations(text[]),
	license_mgmt_internal.expiring_soon_interval(), license_mgmt_internal.enabled_service_plans(uuid, uuid, uuid),
	license_mgmt_internal.license_service_plans(uuid, uuid, uuid), license_mgmt_internal.service_plan_labels(uuid[])
	TO PUBLIC;

-- verify() on Citus runs its aggregate as the caller, on every node: it
-- reads as its caller, so it shows nothing the caller cannot read.
GRANT EXECUTE ON ROUTINE license_mgmt_internal.verify_shard_groups(oid),
	license_mgmt_internal.verify_shard_group_step(jsonb, oid),
	license_mgmt_internal.verify_shard_groups_combine(jsonb, jsonb) TO PUBLIC;

-- reader: every table and view (tenant_grants too, its tenant's rows), and
-- verify(), which reads the internal views as its caller.
GRANT SELECT ON ALL TABLES IN SCHEMA license_mgmt, license_mgmt_internal TO license_mgmt_reader;
GRANT EXECUTE ON FUNCTION license_mgmt.verify(), license_mgmt.verify_local() TO license_mgmt_reader;

-- admin: a reader who assigns, removes and reprocesses, and sets usage locations.
GRANT license_mgmt_reader TO license_mgmt_admin;
GRANT EXECUTE ON FUNCTION
	license_mgmt.assign_user_license(uuid, uuid, uuid[]),
	license_mgmt.remove_user_license(uuid, uuid),
	license_mgmt.assign_user_licenses(uuid[], uuid, uuid[]),
	license_mgmt.assign_group_license(uuid, uuid, uuid[]),
	license_mgmt.remove_group_license(uuid, uuid),
	license_mgmt.change_user_licenses(uuid, jsonb, uuid[]),
	license_mgmt.change_group_licenses(uuid, jsonb, uuid[]),
	license_mgmt.reprocess_user(uuid),
	license_mgmt.reprocess_group(uuid),
	license_mgmt.assign_user_license_in_tenant(uuid, uuid, uuid, uuid[]),
	license_mgmt.remove_user_license_in_tenant(uuid, uuid, uuid),
	license_mgmt.assign_user_licenses_in_tenant(uuid, uuid[], uuid, uuid[]),
	license_mgmt.assign_group_license_in_tenant(uuid, uuid, uuid, uuid[]),
	license_mgmt.remove_group_license_in_tenant(uuid, uuid, uuid),
	license_mgmt.change_user_licenses_in_tenant(uuid, uuid, jsonb, uuid[]),
	license_mgmt.change_group_licenses_in_tenant(uuid, uuid, jsonb, uuid[]),
	license_mgmt.reprocess_user_in_tenant(uuid, uuid),
	license_mgmt.reprocess_group_in_tenant(uuid, uuid)
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

-- every table and sequence of both schemas, one call each: none can be forgotten
DO $$
DECLARE
	r pg_catalog.regclass;
BEGIN
	FOR r IN SELECT c.oid FROM pg_catalog.pg_class c
			  WHERE (c.relnamespace OPERATOR(pg_catalog.=) 'license_mgmt'::pg_catalog.regnamespace
					 OR c.relnamespace OPERATOR(pg_catalog.=) 'license_mgmt_internal'::pg_catalog.regnamespace)
				AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,S}'::"char"[])
			  ORDER BY c.relname
	LOOP
		PERFORM pg_catalog.pg_extension_config_dump(r, '');
	END LOOP;
END $$;
