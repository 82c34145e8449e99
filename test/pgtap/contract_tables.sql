-- SPEC section 2: the tables the application writes, with their columns and
-- types, and tenant_id leading every key of a tenant's table (R1.1).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(60);

SELECT has_schema('license_mgmt');
SELECT tables_are('license_mgmt', ARRAY[
	'tenants', 'service_plans', 'service_plan_dependencies', 'service_plan_conflicts',
	'products', 'product_service_plans', 'subscriptions', 'users', 'groups', 'group_members',
	'directory_objects', 'user_license_assignments', 'group_license_assignments',
	'seat_counters', 'seat_reserves', 'license_states', 'audit_log', 'tenant_grants']);

SELECT col_type_is('license_mgmt', 'tenants', 'tenant_id', 'uuid', 'tenants.tenant_id uuid');
SELECT col_is_pk('license_mgmt', 'tenants', 'tenant_id', 'tenants: PK tenant_id');
SELECT col_default_is('license_mgmt', 'tenants', 'tenant_id', 'gen_random_uuid()', 'tenants.tenant_id default');
SELECT col_type_is('license_mgmt', 'tenants', 'display_name', 'text', 'tenants.display_name text');
SELECT col_not_null('license_mgmt', 'tenants', 'display_name', 'tenants.display_name not null');
SELECT col_type_is('license_mgmt', 'tenants', 'usage_location', 'text', 'tenants.usage_location text');
SELECT col_not_null('license_mgmt', 'tenants', 'usage_location', 'tenants.usage_location not null');
SELECT col_type_is('license_mgmt', 'tenants', 'nested_group_licensing', 'boolean', 'tenants.nested_group_licensing boolean');
SELECT col_default_is('license_mgmt', 'tenants', 'nested_group_licensing', 'false', 'nested_group_licensing default false');

SELECT col_is_pk('license_mgmt', 'service_plans', 'service_plan_id', 'service_plans: PK');
SELECT col_type_is('license_mgmt', 'service_plans', 'service_plan_name', 'text', 'service_plan_name text');
SELECT col_is_unique('license_mgmt', 'service_plans', 'service_plan_name', 'service_plan_name unique');
SELECT col_type_is('license_mgmt', 'service_plans', 'display_name', 'text', 'service_plans.display_name text');
SELECT col_type_is('license_mgmt', 'service_plans', 'unavailable_locations', 'text[]', 'unavailable_locations text[]');
SELECT col_default_is('license_mgmt', 'service_plans', 'unavailable_locations', '{}', 'unavailable_locations default {}');

SELECT col_is_pk('license_mgmt', 'service_plan_dependencies', ARRAY['service_plan_id', 'required_service_plan_id'], 'dependencies: PK both');
SELECT col_is_pk('license_mgmt', 'service_plan_conflicts', ARRAY['service_plan_id', 'conflicting_service_plan_id'], 'conflicts: PK both');
SELECT col_is_pk('license_mgmt', 'products', 'sku_id', 'products: PK sku_id');
SELECT col_is_unique('license_mgmt', 'products', 'sku_part_number', 'sku_part_number unique');
SELECT col_not_null('license_mgmt', 'products', 'display_name', 'products.display_name not null');
SELECT col_is_pk('license_mgmt', 'product_service_plans', ARRAY['sku_id', 'service_plan_id'], 'product_service_plans: PK both');

SELECT col_is_pk('license_mgmt', 'subscriptions', ARRAY['tenant_id', 'subscription_id'], 'subscriptions: PK leads with tenant_id');
SELECT col_type_is('license_mgmt', 'subscriptions', 'seats', 'integer', 'seats integer');
SELECT col_not_null('license_mgmt', 'subscriptions', 'seats', 'seats not null');
SELECT col_type_is('license_mgmt', 'subscriptions', 'status', 'text', 'status text');
SELECT col_default_is('license_mgmt', 'subscriptions', 'status', 'enabled', 'status default enabled');
SELECT col_type_is('license_mgmt', 'subscriptions', 'next_lifecycle_at', 'timestamp with time zone', 'next_lifecycle_at timestamptz');
SELECT fk_ok('license_mgmt', 'subscriptions', 'tenant_id', 'license_mgmt', 'tenants', 'tenant_id');

SELECT col_is_pk('license_mgmt', 'users', ARRAY['tenant_id', 'user_id'], 'users: PK leads with tenant_id');
SELECT col_default_is('license_mgmt', 'users', 'user_id', 'gen_random_uuid()', 'users.user_id default');
SELECT col_not_null('license_mgmt', 'users', 'user_principal_name', 'user_principal_name not null');
SELECT col_is_null('license_mgmt', 'users', 'usage_location', 'users.usage_location nullable');
SELECT col_type_is('license_mgmt', 'users', 'account_enabled', 'boolean', 'account_enabled boolean');
SELECT col_default_is('license_mgmt', 'users', 'account_enabled', 'true', 'account_enabled default true');
SELECT col_type_is('license_mgmt', 'users', 'deleted_at', 'timestamp with time zone', 'deleted_at timestamptz');
SELECT has_index('license_mgmt', 'users', 'users_user_principal_name_key', 'principal names unique per tenant, any case');
SELECT index_is_unique('license_mgmt', 'users', 'users_user_principal_name_key');

SELECT col_is_pk('license_mgmt', 'groups', ARRAY['tenant_id', 'group_id'], 'groups: PK leads with tenant_id');
SELECT col_not_null('license_mgmt', 'groups', 'display_name', 'groups.display_name not null');

SELECT col_is_pk('license_mgmt', 'group_members', ARRAY['tenant_id', 'group_id', 'member_id'], 'group_members: PK leads with tenant_id');
SELECT col_type_is('license_mgmt', 'group_members', 'added_at', 'timestamp with time zone', 'added_at timestamptz');
SELECT col_not_null('license_mgmt', 'group_members', 'added_at', 'added_at not null');
SELECT col_default_is('license_mgmt', 'group_members', 'added_at', 'now()', 'added_at default now()');
SELECT fk_ok('license_mgmt', 'group_members', ARRAY['tenant_id', 'group_id'],
			 'license_mgmt', 'groups', ARRAY['tenant_id', 'group_id']);
SELECT fk_ok('license_mgmt', 'group_members', ARRAY['tenant_id', 'member_id'],
			 'license_mgmt', 'directory_objects', ARRAY['tenant_id', 'object_id']);
SELECT fk_ok('license_mgmt', 'user_license_assignments', ARRAY['tenant_id', 'user_id'],
			 'license_mgmt', 'users', ARRAY['tenant_id', 'user_id']);
SELECT fk_ok('license_mgmt', 'group_license_assignments', ARRAY['tenant_id', 'group_id'],
			 'license_mgmt', 'groups', ARRAY['tenant_id', 'group_id']);

SELECT col_is_pk('license_mgmt', 'tenant_grants', ARRAY['tenant_id', 'grantee'], 'tenant_grants: PK tenant_id, grantee');
SELECT col_type_is('license_mgmt', 'tenant_grants', 'tenant_id', 'uuid', 'tenant_grants.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'tenant_grants', 'grantee', 'regrole', 'tenant_grants.grantee regrole');
SELECT fk_ok('license_mgmt', 'tenant_grants', 'tenant_id', 'license_mgmt', 'tenants', 'tenant_id');
SELECT is(ARRAY(SELECT a.attname::text FROM pg_attribute a
				 WHERE a.attrelid = 'license_mgmt.tenant_grants'::regclass AND a.attnum > 0 AND NOT a.attisdropped
				   AND col_description(a.attrelid, a.attnum) IS NULL ORDER BY a.attnum)
		  || CASE WHEN obj_description('license_mgmt.tenant_grants'::regclass, 'pg_class') IS NULL
				  THEN '{(table)}'::text[] ELSE '{}' END,
	'{}', 'tenant_grants and each of its columns have a comment');

-- R1.1: every key of a tenant's table starts with tenant_id.
SELECT is_empty($$
	SELECT c.conrelid::regclass::text, c.conname
	  FROM pg_constraint c
	  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
	 WHERE c.connamespace = 'license_mgmt'::regnamespace
	   AND c.contype IN ('p', 'u', 'f')
	   AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.conrelid AND t.attname = 'tenant_id')
	   AND a.attname <> 'tenant_id'
	   AND NOT (c.contype = 'f' AND c.confrelid IN ('license_mgmt.products'::regclass, 'license_mgmt.service_plans'::regclass))
$$, 'R1.1: tenant_id leads every primary, unique and foreign key of tenant tables');

-- R1.1: a membership cannot reference another tenant's user, by foreign key.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
	('10000000-0000-4000-8000-00000000000a', 'A', 'US'), ('10000000-0000-4000-8000-00000000000b', 'B', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name)
	VALUES ('10000000-0000-4000-8000-00000000000b', 'a0000000-0000-4000-8000-00000000000b', 'b@b');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
	VALUES ('10000000-0000-4000-8000-00000000000a', '90000000-0000-4000-8000-00000000000a', 'group of A');
SELECT throws_ok($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	VALUES ('10000000-0000-4000-8000-00000000000a', '90000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-00000000000b')$$,
	'23503', NULL, 'R1.1: a group of tenant A cannot have a member of tenant B');
SELECT throws_ok($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name)
	VALUES ('10000000-0000-4000-8000-00000000000b', 'B@B')$$,
	'23505', NULL, 'principal names are unique per tenant ignoring case');
SELECT lives_ok($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name)
	VALUES ('10000000-0000-4000-8000-00000000000a', 'b@b')$$,
	'the same principal name in another tenant is fine');
SELECT throws_ok($$INSERT INTO license_mgmt.users (tenant_id, user_principal_name, usage_location)
	VALUES ('10000000-0000-4000-8000-00000000000a', 'x@a', 'us')$$,
	'23514', '"us" is not a usage location', 'usage locations are ISO 3166-1 alpha-2 in upper case');
SELECT throws_ok($$INSERT INTO license_mgmt.tenants (display_name, usage_location) VALUES ('C', 'XX')$$,
	'23514', '"XX" is not a usage location', 'tenant usage locations are checked too');

SELECT * FROM finish();
ROLLBACK;
