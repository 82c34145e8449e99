-- SPEC section 2: the views for reporting tools (names, columns in order,
-- types), the functions (signatures and return types), the two settings,
-- and the views running as the invoker so that row-level security holds
-- (R10.3).  The interface schema license_mgmt holds exactly the contract's
-- views and functions, and license_details (Graph's licenseDetails); the
-- extension's helpers are in license_mgmt_internal.  A view's contract
-- columns come first, in the contract's order; the names shown beside ids
-- (issue 23) come after them.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(143);

-- The columns of a view, in their order.
CREATE FUNCTION pg_temp.view_columns(view_name text)
RETURNS text[] LANGUAGE sql STABLE AS $$
	SELECT array_agg(a.attname::text ORDER BY a.attnum)
	  FROM pg_attribute a
	 WHERE a.attrelid = ('license_mgmt.' || view_name)::regclass AND a.attnum > 0 AND NOT a.attisdropped
$$;

------------------------------------------------------------------------------
-- Views
------------------------------------------------------------------------------

SELECT has_view('license_mgmt', 'product_summary', 'view product_summary exists');
SELECT has_view('license_mgmt', 'license_assignment_states', 'view license_assignment_states exists');
SELECT has_view('license_mgmt', 'user_licenses', 'view user_licenses exists');
SELECT has_view('license_mgmt', 'licensed_groups', 'view licensed_groups exists');
SELECT has_view('license_mgmt', 'license_errors', 'view license_errors exists');
SELECT has_view('license_mgmt', 'license_details', 'view license_details exists (Graph''s licenseDetails)');
SELECT views_are('license_mgmt', ARRAY[
	'product_summary', 'license_assignment_states', 'user_licenses', 'licensed_groups', 'license_errors',
	'license_details'],
	'the interface schema has exactly the five contract views and license_details');
SELECT views_are('license_mgmt_internal', ARRAY[
	'seat_usage', 'source_enabled_plans', 'service_plan_exclusions', 'service_plan_relations',
	'inherited_licenses', 'license_sources'],
	'the helper views are in license_mgmt_internal');
SELECT tables_are('license_mgmt_internal', ARRAY[]::name[],
	'license_mgmt_internal holds no table: every table is in license_mgmt');

-- product_summary (R2)
SELECT columns_are('license_mgmt', 'product_summary', ARRAY[
	'tenant_id', 'sku_id', 'sku_part_number', 'display_name', 'total', 'assigned', 'available', 'expiring_soon'],
	'R2: product_summary has exactly the contract''s columns');
SELECT is(pg_temp.view_columns('product_summary'),
	ARRAY['tenant_id', 'sku_id', 'sku_part_number', 'display_name', 'total', 'assigned', 'available', 'expiring_soon'],
	'R2: product_summary columns in the contract''s order');
SELECT col_type_is('license_mgmt', 'product_summary', 'tenant_id', 'uuid', 'product_summary.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'product_summary', 'sku_id', 'uuid', 'product_summary.sku_id uuid');
SELECT col_type_is('license_mgmt', 'product_summary', 'sku_part_number', 'text', 'product_summary.sku_part_number text');
SELECT col_type_is('license_mgmt', 'product_summary', 'display_name', 'text', 'product_summary.display_name text');
SELECT col_type_is('license_mgmt', 'product_summary', 'total', 'integer', 'R2.1: product_summary.total integer');
SELECT col_type_is('license_mgmt', 'product_summary', 'assigned', 'integer', 'R2.2: product_summary.assigned integer');
SELECT col_type_is('license_mgmt', 'product_summary', 'available', 'integer', 'R2.3: product_summary.available integer');
SELECT col_type_is('license_mgmt', 'product_summary', 'expiring_soon', 'integer', 'R2.4: product_summary.expiring_soon integer');

-- license_assignment_states
SELECT is(pg_temp.view_columns('license_assignment_states'),
	ARRAY['tenant_id', 'user_id', 'sku_id', 'assigned_by_group', 'state', 'error', 'disabled_plans', 'last_updated',
		  'disabled_plan_names'],
	'license_assignment_states: the contract''s columns in its order, then the names of the disabled plans');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'tenant_id', 'uuid', 'license_assignment_states.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'user_id', 'uuid', 'license_assignment_states.user_id uuid');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'sku_id', 'uuid', 'license_assignment_states.sku_id uuid');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'assigned_by_group', 'uuid', 'license_assignment_states.assigned_by_group uuid');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'state', 'text', 'license_assignment_states.state text');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'error', 'text', 'license_assignment_states.error text');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'disabled_plans', 'uuid[]', 'license_assignment_states.disabled_plans uuid[]');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'last_updated', 'timestamp with time zone', 'license_assignment_states.last_updated timestamptz');
SELECT col_type_is('license_mgmt', 'license_assignment_states', 'disabled_plan_names', 'text[]', 'R1.3: license_assignment_states.disabled_plan_names text[]');

-- user_licenses (R4.7)
SELECT columns_are('license_mgmt', 'user_licenses', ARRAY[
	'tenant_id', 'user_id', 'user_principal_name', 'sku_id', 'sku_part_number', 'state',
	'assigned_directly', 'inherited_from', 'enabled_service_plans'],
	'user_licenses has exactly the contract''s columns');
SELECT is(pg_temp.view_columns('user_licenses'),
	ARRAY['tenant_id', 'user_id', 'user_principal_name', 'sku_id', 'sku_part_number', 'state',
		  'assigned_directly', 'inherited_from', 'enabled_service_plans'],
	'user_licenses columns in the contract''s order');
SELECT col_type_is('license_mgmt', 'user_licenses', 'tenant_id', 'uuid', 'user_licenses.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'user_licenses', 'user_id', 'uuid', 'user_licenses.user_id uuid');
SELECT col_type_is('license_mgmt', 'user_licenses', 'user_principal_name', 'text', 'user_licenses.user_principal_name text');
SELECT col_type_is('license_mgmt', 'user_licenses', 'sku_id', 'uuid', 'user_licenses.sku_id uuid');
SELECT col_type_is('license_mgmt', 'user_licenses', 'sku_part_number', 'text', 'user_licenses.sku_part_number text');
SELECT col_type_is('license_mgmt', 'user_licenses', 'state', 'text', 'user_licenses.state text');
SELECT col_type_is('license_mgmt', 'user_licenses', 'assigned_directly', 'boolean', 'user_licenses.assigned_directly boolean');
SELECT col_type_is('license_mgmt', 'user_licenses', 'inherited_from', 'uuid[]', 'user_licenses.inherited_from uuid[] (the groups)');
SELECT col_type_is('license_mgmt', 'user_licenses', 'enabled_service_plans', 'text[]', 'R4.7: user_licenses.enabled_service_plans text[] (plan names)');

-- licensed_groups
SELECT is(pg_temp.view_columns('licensed_groups'),
	ARRAY['tenant_id', 'group_id', 'display_name', 'sku_id', 'sku_part_number', 'disabled_plans',
		  'members_licensed', 'members_with_errors', 'product_display_name', 'disabled_plan_names'],
	'licensed_groups: the contract''s columns in its order, then the product''s name and the disabled plans'' names');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'tenant_id', 'uuid', 'licensed_groups.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'group_id', 'uuid', 'licensed_groups.group_id uuid');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'display_name', 'text', 'licensed_groups.display_name text');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'sku_id', 'uuid', 'licensed_groups.sku_id uuid');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'sku_part_number', 'text', 'licensed_groups.sku_part_number text');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'disabled_plans', 'uuid[]', 'licensed_groups.disabled_plans uuid[]');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'members_licensed', 'integer', 'licensed_groups.members_licensed integer');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'members_with_errors', 'integer', 'licensed_groups.members_with_errors integer');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'product_display_name', 'text', 'licensed_groups.product_display_name text');
SELECT col_type_is('license_mgmt', 'licensed_groups', 'disabled_plan_names', 'text[]', 'R1.3: licensed_groups.disabled_plan_names text[]');

-- license_errors
SELECT is(pg_temp.view_columns('license_errors'),
	ARRAY['tenant_id', 'user_id', 'user_principal_name', 'sku_id', 'assigned_by_group', 'error', 'since',
		  'user_display_name', 'sku_part_number', 'product_display_name', 'group_display_name'],
	'license_errors: the contract''s columns in its order, then the names of the user, the product and the group');
SELECT col_type_is('license_mgmt', 'license_errors', 'tenant_id', 'uuid', 'license_errors.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'license_errors', 'user_id', 'uuid', 'license_errors.user_id uuid');
SELECT col_type_is('license_mgmt', 'license_errors', 'user_principal_name', 'text', 'license_errors.user_principal_name text');
SELECT col_type_is('license_mgmt', 'license_errors', 'sku_id', 'uuid', 'license_errors.sku_id uuid');
SELECT col_type_is('license_mgmt', 'license_errors', 'assigned_by_group', 'uuid', 'license_errors.assigned_by_group uuid');
SELECT col_type_is('license_mgmt', 'license_errors', 'error', 'text', 'license_errors.error text');
SELECT col_type_is('license_mgmt', 'license_errors', 'since', 'timestamp with time zone', 'license_errors.since timestamptz');
SELECT col_type_is('license_mgmt', 'license_errors', 'user_display_name', 'text', 'license_errors.user_display_name text');
SELECT col_type_is('license_mgmt', 'license_errors', 'sku_part_number', 'text', 'license_errors.sku_part_number text');
SELECT col_type_is('license_mgmt', 'license_errors', 'product_display_name', 'text', 'license_errors.product_display_name text');
SELECT col_type_is('license_mgmt', 'license_errors', 'group_display_name', 'text', 'license_errors.group_display_name text');

-- license_details: Graph's licenseDetails, Graph's names (camelCase, quoted) after the tenant and user
SELECT is(pg_temp.view_columns('license_details'),
	ARRAY['tenant_id', 'user_id', 'id', 'skuId', 'skuPartNumber', 'servicePlans'],
	'license_details: tenant_id, user_id, then Graph''s licenseDetails fields under Graph''s names');
SELECT col_type_is('license_mgmt', 'license_details', 'tenant_id', 'uuid', 'license_details.tenant_id uuid');
SELECT col_type_is('license_mgmt', 'license_details', 'user_id', 'uuid', 'license_details.user_id uuid');
SELECT col_type_is('license_mgmt', 'license_details', 'id', 'text', 'license_details.id text (Graph: String)');
SELECT col_type_is('license_mgmt', 'license_details', 'skuId', 'uuid', 'license_details."skuId" uuid (Graph: Guid)');
SELECT col_type_is('license_mgmt', 'license_details', 'skuPartNumber', 'text', 'license_details."skuPartNumber" text');
SELECT col_type_is('license_mgmt', 'license_details', 'servicePlans', 'jsonb', 'license_details."servicePlans" jsonb (Graph: servicePlanInfo collection)');

-- Every column added to a contract view comes after the contract's columns.
SELECT is(ARRAY(SELECT v.view_name FROM (VALUES
			('product_summary', ARRAY['tenant_id', 'sku_id', 'sku_part_number', 'display_name', 'total', 'assigned',
									  'available', 'expiring_soon']),
			('license_assignment_states', ARRAY['tenant_id', 'user_id', 'sku_id', 'assigned_by_group', 'state', 'error',
												'disabled_plans', 'last_updated']),
			('user_licenses', ARRAY['tenant_id', 'user_id', 'user_principal_name', 'sku_id', 'sku_part_number', 'state',
									'assigned_directly', 'inherited_from', 'enabled_service_plans']),
			('licensed_groups', ARRAY['tenant_id', 'group_id', 'display_name', 'sku_id', 'sku_part_number',
									  'disabled_plans', 'members_licensed', 'members_with_errors']),
			('license_errors', ARRAY['tenant_id', 'user_id', 'user_principal_name', 'sku_id', 'assigned_by_group',
									 'error', 'since'])) AS v(view_name, contract)
			WHERE (pg_temp.view_columns(v.view_name))[1:cardinality(v.contract)] IS DISTINCT FROM v.contract),
	'{}', 'each contract view starts with the contract''s columns, in the contract''s order');

-- R10.3: the views run as the invoker, so row-level security holds through them.
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.product_summary'::regclass), true,
	'R10.3: product_summary is security_invoker');
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.license_assignment_states'::regclass), true,
	'R10.3: license_assignment_states is security_invoker');
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.user_licenses'::regclass), true,
	'R10.3: user_licenses is security_invoker');
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.licensed_groups'::regclass), true,
	'R10.3: licensed_groups is security_invoker');
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.license_errors'::regclass), true,
	'R10.3: license_errors is security_invoker');
SELECT is((SELECT 'security_invoker=true' = ANY (c.reloptions) FROM pg_class c
			WHERE c.oid = 'license_mgmt.license_details'::regclass), true,
	'R10.3: license_details is security_invoker');
-- Any other view of the schema that reads a tenant's table must be too.
SELECT is_empty($$
	SELECT DISTINCT v.oid::regclass::text
	  FROM pg_class v
	  JOIN pg_rewrite r ON r.ev_class = v.oid
	  JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
					   AND d.refclassid = 'pg_class'::regclass
	  JOIN pg_class t ON t.oid = d.refobjid AND t.oid <> v.oid
	 WHERE v.relnamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace) AND v.relkind = 'v'
	   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id')
	   AND NOT ('security_invoker=true' = ANY (COALESCE(v.reloptions, '{}')))
	 ORDER BY 1
$$, 'R10.3: every view of either schema that reads a tenant''s table is security_invoker');

------------------------------------------------------------------------------
-- Functions
------------------------------------------------------------------------------

SELECT has_function('license_mgmt', 'assign_user_license', ARRAY['uuid', 'uuid', 'uuid[]'],
	'R3.1: assign_user_license(uuid, uuid, uuid[]) exists');
SELECT function_returns('license_mgmt', 'assign_user_license', ARRAY['uuid', 'uuid', 'uuid[]'], 'void',
	'R3.1: assign_user_license returns void');
SELECT is(pg_get_function_arguments('license_mgmt.assign_user_license(uuid, uuid, uuid[])'::regprocedure),
	'user_id uuid, sku_id uuid, disabled_plans uuid[] DEFAULT ''{}''::uuid[]',
	'R3.1: assign_user_license argument names and default');

SELECT has_function('license_mgmt', 'remove_user_license', ARRAY['uuid', 'uuid'],
	'R3.3: remove_user_license(uuid, uuid) exists');
SELECT function_returns('license_mgmt', 'remove_user_license', ARRAY['uuid', 'uuid'], 'void',
	'R3.3: remove_user_license returns void');
SELECT is(pg_get_function_arguments('license_mgmt.remove_user_license(uuid, uuid)'::regprocedure),
	'user_id uuid, sku_id uuid', 'R3.3: remove_user_license argument names');

SELECT has_function('license_mgmt', 'assign_user_licenses', ARRAY['uuid[]', 'uuid', 'uuid[]'],
	'R3.5: assign_user_licenses(uuid[], uuid, uuid[]) exists');
SELECT function_returns('license_mgmt', 'assign_user_licenses', ARRAY['uuid[]', 'uuid', 'uuid[]'], 'setof record',
	'R3.5: assign_user_licenses returns a set');
SELECT is(pg_get_function_arguments('license_mgmt.assign_user_licenses(uuid[], uuid, uuid[])'::regprocedure),
	'user_ids uuid[], sku_id uuid, disabled_plans uuid[] DEFAULT ''{}''::uuid[]',
	'R3.5: assign_user_licenses argument names and default');
SELECT is(pg_get_function_result('license_mgmt.assign_user_licenses(uuid[], uuid, uuid[])'::regprocedure),
	'TABLE(user_id uuid, error text)', 'R3.5: assign_user_licenses returns table (user_id uuid, error text)');

SELECT has_function('license_mgmt', 'assign_group_license', ARRAY['uuid', 'uuid', 'uuid[]'],
	'R4.1: assign_group_license(uuid, uuid, uuid[]) exists');
SELECT function_returns('license_mgmt', 'assign_group_license', ARRAY['uuid', 'uuid', 'uuid[]'], 'record',
	'R4.1: assign_group_license returns a record');
SELECT is(pg_get_function_arguments('license_mgmt.assign_group_license(uuid, uuid, uuid[])'::regprocedure),
	'group_id uuid, sku_id uuid, disabled_plans uuid[] DEFAULT ''{}''::uuid[], OUT licensed integer, OUT failed integer',
	'R4.1: assign_group_license arguments, with out licensed integer, out failed integer');

SELECT has_function('license_mgmt', 'remove_group_license', ARRAY['uuid', 'uuid'],
	'R4.10: remove_group_license(uuid, uuid) exists');
SELECT function_returns('license_mgmt', 'remove_group_license', ARRAY['uuid', 'uuid'], 'void',
	'R4.10: remove_group_license returns void');
SELECT is(pg_get_function_arguments('license_mgmt.remove_group_license(uuid, uuid)'::regprocedure),
	'group_id uuid, sku_id uuid', 'R4.10: remove_group_license argument names');

SELECT has_function('license_mgmt', 'change_user_licenses', ARRAY['uuid', 'jsonb', 'uuid[]'],
	'R3.6: change_user_licenses(uuid, jsonb, uuid[]) exists');
SELECT function_returns('license_mgmt', 'change_user_licenses', ARRAY['uuid', 'jsonb', 'uuid[]'], 'setof user_licenses',
	'R3.6: change_user_licenses returns setof user_licenses');
SELECT is(pg_get_function_arguments('license_mgmt.change_user_licenses(uuid, jsonb, uuid[])'::regprocedure),
	'user_id uuid, add_licenses jsonb DEFAULT ''[]''::jsonb, remove_licenses uuid[] DEFAULT ''{}''::uuid[]',
	'R3.6: change_user_licenses argument names and defaults');
SELECT ok((SELECT p.proretset AND p.prorettype = 'license_mgmt.user_licenses'::regtype FROM pg_proc p
			 WHERE p.oid = 'license_mgmt.change_user_licenses(uuid, jsonb, uuid[])'::regprocedure),
	'R3.6: change_user_licenses returns setof license_mgmt.user_licenses, the view''s rows');

SELECT has_function('license_mgmt', 'change_group_licenses', ARRAY['uuid', 'jsonb', 'uuid[]'],
	'R3.6: change_group_licenses(uuid, jsonb, uuid[]) exists');
SELECT function_returns('license_mgmt', 'change_group_licenses', ARRAY['uuid', 'jsonb', 'uuid[]'], 'setof record',
	'R3.6: change_group_licenses returns a set');
SELECT is(pg_get_function_arguments('license_mgmt.change_group_licenses(uuid, jsonb, uuid[])'::regprocedure),
	'group_id uuid, add_licenses jsonb DEFAULT ''[]''::jsonb, remove_licenses uuid[] DEFAULT ''{}''::uuid[]',
	'R3.6: change_group_licenses argument names and defaults');
SELECT is(pg_get_function_result('license_mgmt.change_group_licenses(uuid, jsonb, uuid[])'::regprocedure),
	'TABLE(sku_id uuid, licensed integer, failed integer)',
	'R3.6: change_group_licenses returns table (sku_id uuid, licensed integer, failed integer)');

SELECT has_function('license_mgmt', 'reprocess_user', ARRAY['uuid'], 'R6.2: reprocess_user(uuid) exists');
SELECT function_returns('license_mgmt', 'reprocess_user', ARRAY['uuid'], 'void', 'R6.2: reprocess_user returns void');
SELECT is(pg_get_function_arguments('license_mgmt.reprocess_user(uuid)'::regprocedure),
	'user_id uuid', 'R6.2: reprocess_user argument name');
SELECT has_function('license_mgmt', 'reprocess_group', ARRAY['uuid'], 'R6.2: reprocess_group(uuid) exists');
SELECT function_returns('license_mgmt', 'reprocess_group', ARRAY['uuid'], 'void', 'R6.2: reprocess_group returns void');
SELECT is(pg_get_function_arguments('license_mgmt.reprocess_group(uuid)'::regprocedure),
	'group_id uuid', 'R6.2: reprocess_group argument name');

SELECT has_function('license_mgmt', 'advance_subscriptions', ARRAY['timestamp with time zone'],
	'R9.2: advance_subscriptions(timestamptz) exists');
SELECT function_returns('license_mgmt', 'advance_subscriptions', ARRAY['timestamp with time zone'], 'integer',
	'R9.2: advance_subscriptions returns integer');
SELECT is(pg_get_function_arguments('license_mgmt.advance_subscriptions(timestamptz)'::regprocedure),
	'at timestamp with time zone DEFAULT now()', 'R9.2: advance_subscriptions(at default now())');

SELECT has_function('license_mgmt', 'import_catalog', ARRAY['bytea'], 'R14.1: import_catalog(bytea) exists');
SELECT function_returns('license_mgmt', 'import_catalog', ARRAY['bytea'], 'setof record', 'R14.1: import_catalog returns a set');
SELECT is(pg_get_function_arguments('license_mgmt.import_catalog(bytea)'::regprocedure),
	'csv bytea', 'R14.1: import_catalog argument name');
SELECT is(pg_get_function_result('license_mgmt.import_catalog(bytea)'::regprocedure),
	'TABLE(action text, object_type text, object_id uuid, name text, detail text)',
	'R14.1: import_catalog returns table (action, object_type, object_id, name, detail)');

SELECT has_function('license_mgmt', 'verify', ARRAY[]::text[], 'R12.1: verify() exists');
SELECT function_returns('license_mgmt', 'verify', ARRAY[]::text[], 'setof record', 'R12.1: verify returns a set');
SELECT is(pg_get_function_result('license_mgmt.verify()'::regprocedure),
	'TABLE(problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)',
	'R12.1: verify returns table (problem, tenant_id, user_id, sku_id, detail)');

-- The contract's defaults work: calls without disabled_plans / at resolve.
SELECT is((SELECT count(*)::integer FROM pg_proc p
			WHERE p.pronamespace = 'license_mgmt'::regnamespace
			  AND p.proname IN ('assign_user_license', 'assign_user_licenses', 'assign_group_license', 'advance_subscriptions')
			  AND p.pronargdefaults = 1), 4,
	'assign_* take disabled_plans default, advance_subscriptions takes at default');

-- No function of the contract is overloaded (one signature each).
SELECT is_empty($$
	SELECT p.proname FROM pg_proc p
	 WHERE p.pronamespace = 'license_mgmt'::regnamespace
	   AND p.proname IN ('assign_user_license', 'remove_user_license', 'assign_user_licenses',
						 'assign_group_license', 'remove_group_license', 'reprocess_user',
						 'reprocess_group', 'advance_subscriptions', 'verify', 'import_catalog',
						 'change_user_licenses', 'change_group_licenses')
	 GROUP BY p.proname HAVING count(*) > 1
$$, 'each contract function has exactly one signature');

-- The interface's functions: the contract's, verify(), usage_locations(),
-- current_tenant() (what row-level security compares with) and
-- alert_channel(); every other function is a helper.
SELECT functions_are('license_mgmt', ARRAY[
	'assign_user_license', 'remove_user_license', 'assign_user_licenses', 'assign_group_license',
	'remove_group_license', 'change_user_licenses', 'change_group_licenses', 'reprocess_user', 'reprocess_group',
	'advance_subscriptions', 'verify', 'import_catalog', 'usage_locations', 'current_tenant', 'alert_channel',
	'distribute', 'undistribute', 'verify_local', 'assign_user_license_in_tenant', 'remove_user_license_in_tenant',
	'assign_user_licenses_in_tenant', 'assign_group_license_in_tenant', 'remove_group_license_in_tenant',
	'change_user_licenses_in_tenant', 'change_group_licenses_in_tenant', 'reprocess_user_in_tenant',
	'reprocess_group_in_tenant', 'advance_subscriptions_in_tenant'],
	'the interface schema has exactly the interface''s functions');
SELECT functions_are('license_mgmt_internal', ARRAY[
	'check_usage_location', 'check_usage_locations', 'nesting', 'group_reach', 'group_ancestors',
	'group_descendants', 'membership_loss', 'expiring_soon_interval', 'enabled_service_plans',
	'license_service_plans', 'service_plan_labels',
	'directory_objects_sync', 'users_changed', 'users_deleted', 'groups_deleting', 'tenants_changed',
	'tenants_deleting', 'group_members_changing', 'group_members_inserted', 'group_members_deleted',
	'group_members_updating', 'subscriptions_changed', 'product_catalog_changed', 'tenant_grants_check',
	'tenant_grants_changed', 'audit_log_append_only', 'derived_state_guard', 'intent_truncate_guard', 'statements',
	'catalog_changed', 'alert_pending', 'distribution_layout', 'verify_here', 'verify_shard_group_step', 'verify_shard_groups',
	'verify_shard_groups_combine', 'drop_shards_before_drop_extension'],
	'the helper functions are in license_mgmt_internal');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
				 WHERE p.pronamespace = 'license_mgmt'::regnamespace AND p.prorettype = 'trigger'::regtype
				 ORDER BY 1),
	'{}', 'no trigger function is in the interface schema');

------------------------------------------------------------------------------
-- Extension
------------------------------------------------------------------------------

SELECT is((SELECT e.extrelocatable FROM pg_extension e WHERE e.extname = 'license_mgmt'), false,
	'license_mgmt is not relocatable');
SELECT is((SELECT e.extnamespace::regnamespace::text FROM pg_extension e WHERE e.extname = 'license_mgmt'),
	'license_mgmt', 'license_mgmt lives in schema license_mgmt');
SELECT ok(EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
				   WHERE d.classid = 'pg_namespace'::regclass AND d.objid = 'license_mgmt_internal'::regnamespace
					 AND d.refclassid = 'pg_extension'::regclass AND e.extname = 'license_mgmt' AND d.deptype = 'e'),
	'license_mgmt_internal belongs to the extension (DROP EXTENSION drops it)');
SELECT ok(NOT has_schema_privilege('public', 'license_mgmt_internal', 'USAGE'),
	'PUBLIC has no USAGE on license_mgmt_internal');

------------------------------------------------------------------------------
-- Settings (the module defines them once loaded; calling a function loads it)
------------------------------------------------------------------------------

SELECT ok(license_mgmt_internal.check_usage_location('US'), 'calling a C function loads the module');
SELECT is((SELECT count(*)::integer FROM pg_settings
			WHERE name IN ('license_mgmt.expiring_soon_interval', 'license_mgmt.tenant_id')), 2,
	'both settings are defined by the module');
SELECT is(current_setting('license_mgmt.expiring_soon_interval'), '30 days',
	'R2.4: license_mgmt.expiring_soon_interval defaults to 30 days');
SELECT is((SELECT boot_val FROM pg_settings WHERE name = 'license_mgmt.expiring_soon_interval'), '30 days',
	'R2.4: expiring_soon_interval boot value 30 days');
SELECT is((SELECT context FROM pg_settings WHERE name = 'license_mgmt.expiring_soon_interval'), 'user',
	'R2.4: expiring_soon_interval can be set by any session');
SELECT lives_ok($$SET LOCAL license_mgmt.expiring_soon_interval = '2 weeks'$$,
	'R2.4: expiring_soon_interval takes an interval');
SELECT is(current_setting('license_mgmt.expiring_soon_interval')::interval, interval '14 days',
	'R2.4: expiring_soon_interval reads back as set');
SELECT throws_ok($$SET LOCAL license_mgmt.expiring_soon_interval = 'soon'$$, '22023', NULL,
	'R2.4: expiring_soon_interval refuses what is not an interval');
RESET license_mgmt.expiring_soon_interval;
SELECT is(current_setting('license_mgmt.expiring_soon_interval')::interval, interval '30 days',
	'R2.4: expiring_soon_interval resets to 30 days');

SELECT is(current_setting('license_mgmt.tenant_id'), '',
	'R10.3: license_mgmt.tenant_id is unset (empty) by default');
SELECT is((SELECT context FROM pg_settings WHERE name = 'license_mgmt.tenant_id'), 'user',
	'R10.3: license_mgmt.tenant_id can be set by any session');
SELECT lives_ok($$SET LOCAL license_mgmt.tenant_id = '6f1c2b1e-0d4e-4b8a-9c1e-2f3a4b5c6d7e'$$,
	'R10.3: license_mgmt.tenant_id takes a uuid');
SELECT is(current_setting('license_mgmt.tenant_id'), '6f1c2b1e-0d4e-4b8a-9c1e-2f3a4b5c6d7e',
	'R10.3: license_mgmt.tenant_id reads back as set');
SELECT throws_ok($$SET LOCAL license_mgmt.tenant_id = 'contoso'$$, '22023', NULL,
	'R10.3: license_mgmt.tenant_id refuses what is not a uuid');
RESET license_mgmt.tenant_id;
SELECT is(current_setting('license_mgmt.tenant_id'), '', 'R10.3: license_mgmt.tenant_id resets to unset');
SELECT throws_ok($$SET LOCAL license_mgmt.no_such_setting = 'x'$$, '42602', NULL,
	'the license_mgmt prefix is reserved: unknown settings are refused');

SELECT * FROM finish();
ROLLBACK;
