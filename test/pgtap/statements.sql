-- Every statement the extension runs names its tenant: each tenant table it
-- reads or writes (and each internal view over them) is filtered by the
-- call's tenant directly, x.tenant_id = $n, not only through a join or a
-- correlated subquery (issue 22; what lets a distributed engine route a
-- statement to one node).  Checked by pattern on the text of every listed
-- statement (license_mgmt_internal.statements()) and of every SQL function
-- of the extension, whose tenant is an argument.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SELECT plan((SELECT count(*)::integer FROM license_mgmt_internal.statements())
			+ (SELECT count(*)::integer FROM pg_catalog.pg_proc p
				WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
				  AND p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'sql')
				  AND p.oid <> 'license_mgmt_internal.verify_here()'::regprocedure)
			+ 3);

-- The tenant tables (and internal views over them) text refers to without
-- filtering their tenant_id by tenant, a regular expression for "the
-- tenant" (a parameter, or a function argument), with = or
-- OPERATOR(pg_catalog.=).
CREATE FUNCTION pg_temp.unfiltered(text text, tenant text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
	m text[];
	alias text;
	out text[] := '{}';
	-- = as such, or named by its schema (a statement run on the caller's search_path, views.c)
	eq constant text := '(=|OPERATOR\(pg_catalog\.=\))';
BEGIN
	FOR m IN
		SELECT regexp_matches(text,
			'(?:FROM|JOIN|UPDATE|DELETE FROM)\s+license_mgmt(?:_internal)?\.'
			'(tenants|users|groups|group_members|directory_objects|subscriptions|user_license_assignments|'
			'group_license_assignments|license_states|seat_counters|seat_reserves|audit_log|tenant_grants|'
			'seat_usage|source_enabled_plans|inherited_licenses|license_sources)\M(?:\s+(?:AS\s+)?(\w+))?', 'gi')
	LOOP
		alias := m[2];
		IF alias IS NULL OR upper(alias) IN ('WHERE', 'ON', 'SET', 'JOIN', 'LEFT', 'CROSS', 'USING', 'GROUP',
											 'ORDER', 'RETURNING', 'LIMIT', 'FOR', 'UNION', 'INNER') THEN
			IF text !~* ('(^|[^.\w])tenant_id\s*' || eq || '\s*(' || tenant || ')') THEN
				out := out || m[1];
			END IF;
		ELSIF text !~* ('\m' || alias || '\.tenant_id\s*' || eq || '\s*(' || tenant || ')') THEN
			out := out || (m[1] || ' ' || alias);
		END IF;
	END LOOP;
	RETURN out;
END $$;

-- The statements that read every tenant's rows, by design (the catalog is
-- every tenant's): a change to it asks which tenants hold the products it
-- touches; import_catalog removes a product the file no longer has only
-- when no tenant uses it (R14.1); on Citus, a call that does not say its
-- tenant finds it from its user or group, and advance_subscriptions() that
-- does not say its tenant acts for every tenant, one at a time (forward.c);
-- verify() on Citus asks every shard of tenants (verify.c).  What each reads
-- unfiltered is listed exactly.
CREATE TEMP TABLE every_tenant (module text, name text, unfiltered text[]);
INSERT INTO every_tenant VALUES
	('catalog_changes', 'affected_tenants', ARRAY['seat_counters c']),
	('forward', 'every_tenant', ARRAY['tenants t']),
	('forward', 'tenant_of_group', ARRAY['groups g']),
	('forward', 'tenant_of_user', ARRAY['users u']),
	('forward', 'tenants_of_users', ARRAY['users u']),
	('verify', 'verify_shard_groups', ARRAY['tenants t']),
	('catalog_import', 'catalog_products_gone',
	 ARRAY['subscriptions s', 'user_license_assignments a', 'group_license_assignments g',
		   'license_states ls']);

SELECT is(pg_temp.unfiltered(s.sql, '\$\d+'), COALESCE(e.unfiltered, '{}'),
		  CASE WHEN e.module IS NULL THEN format('%s.%s filters every tenant table by its tenant', s.module, s.name)
			   ELSE format('%s.%s reads every tenant''s rows of these tables, and nothing else unfiltered',
						   s.module, s.name) END)
  FROM license_mgmt_internal.statements() s
  LEFT JOIN every_tenant e ON e.module = s.module AND e.name = s.name
 ORDER BY s.module, s.name;

SELECT is(pg_temp.unfiltered(pg_catalog.pg_get_functiondef(p.oid), '\$\d+|(\w+\.)?tenant\M'), '{}',
		  format('SQL function %s filters every tenant table by its tenant', p.oid::regprocedure))
  FROM pg_catalog.pg_proc p
 WHERE p.pronamespace IN ('license_mgmt'::regnamespace, 'license_mgmt_internal'::regnamespace)
   AND p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'sql')
   AND p.oid <> 'license_mgmt_internal.verify_here()'::regprocedure	-- every tenant's, by design (R12)
 ORDER BY p.oid::regprocedure::text;

-- the check finds what it must find
SELECT is(pg_temp.unfiltered('SELECT 1 FROM license_mgmt.users u JOIN license_mgmt.groups g ON g.tenant_id = u.tenant_id'
							 ' WHERE u.tenant_id = $1', '\$\d+'),
		  ARRAY['groups g'], 'the check finds a table filtered only through a join');
SELECT is(pg_temp.unfiltered('SELECT 1 FROM license_mgmt.seat_counters WHERE sku_id = $2', '\$\d+'),
		  ARRAY['seat_counters'], 'the check finds an unaliased table without a tenant filter');

SELECT is(pg_temp.unfiltered('SELECT 1 FROM license_mgmt.license_states a WHERE a.tenant_id OPERATOR(pg_catalog.=) $1'
							 ' AND EXISTS (SELECT 1 FROM license_mgmt.users u WHERE u.user_id OPERATOR(pg_catalog.=) a.user_id)',
							 '\$\d+'),
		  ARRAY['users u'], 'the check reads = named by its schema as =');

SELECT * FROM finish();
ROLLBACK;
