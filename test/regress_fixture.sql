-- The catalog and directory the rule scenarios share, and readable views of
-- the results (names instead of uuids).  Included by sql/r*.sql after
-- test/regress_setup.sql.

INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES
  ('c0c0c0c0-0000-4000-8000-000000000001', 'Contoso', 'US'),
  ('c0c0c0c0-0000-4000-8000-000000000002', 'Fabrikam', 'DE');

INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name, unavailable_locations) VALUES
  ('5e000000-0000-4000-8000-000000000001', 'AAD_PREMIUM',              'Microsoft Entra ID P1', '{}'),
  ('5e000000-0000-4000-8000-000000000002', 'AAD_PREMIUM_P2',           'Microsoft Entra ID P2', '{}'),
  ('5e000000-0000-4000-8000-000000000003', 'MFA_PREMIUM',              'Multifactor authentication', '{}'),
  ('5e000000-0000-4000-8000-000000000004', 'EXCHANGE_S_STANDARD',      'Exchange Online (Plan 1)', '{}'),
  ('5e000000-0000-4000-8000-000000000005', 'EXCHANGE_S_ENTERPRISE',    'Exchange Online (Plan 2)', '{}'),
  ('5e000000-0000-4000-8000-000000000006', 'EXCHANGE_S_ARCHIVE_ADDON', 'Exchange Online Archiving', '{}'),
  ('5e000000-0000-4000-8000-000000000007', 'TEAMS1',                   'Microsoft Teams', '{}'),
  ('5e000000-0000-4000-8000-000000000008', 'YAMMER_ENTERPRISE',        'Viva Engage', '{CN,RU}');

-- Exchange plans 1 and 2 exclude each other; archiving needs Exchange plan 1.
INSERT INTO license_mgmt.service_plan_conflicts VALUES
  ('5e000000-0000-4000-8000-000000000004', '5e000000-0000-4000-8000-000000000005');
INSERT INTO license_mgmt.service_plan_dependencies VALUES
  ('5e000000-0000-4000-8000-000000000006', '5e000000-0000-4000-8000-000000000004');

INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
  ('b0000000-0000-4000-8000-000000000001', 'AAD_PREMIUM',           'Microsoft Entra ID P1'),
  ('b0000000-0000-4000-8000-000000000002', 'AAD_PREMIUM_P2',        'Microsoft Entra ID P2'),
  ('b0000000-0000-4000-8000-000000000003', 'EXCHANGESTANDARD',      'Exchange Online (Plan 1)'),
  ('b0000000-0000-4000-8000-000000000004', 'EXCHANGEENTERPRISE',    'Exchange Online (Plan 2)'),
  ('b0000000-0000-4000-8000-000000000005', 'EXCHANGEARCHIVE_ADDON', 'Exchange Online Archiving'),
  ('b0000000-0000-4000-8000-000000000006', 'TEAMS_ESSENTIALS',      'Teams Essentials');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
SELECT p.sku_id, sp.service_plan_id
  FROM (VALUES ('AAD_PREMIUM', 'AAD_PREMIUM'), ('AAD_PREMIUM', 'MFA_PREMIUM'),
               ('AAD_PREMIUM_P2', 'AAD_PREMIUM'), ('AAD_PREMIUM_P2', 'AAD_PREMIUM_P2'), ('AAD_PREMIUM_P2', 'MFA_PREMIUM'),
               ('EXCHANGESTANDARD', 'EXCHANGE_S_STANDARD'),
               ('EXCHANGEENTERPRISE', 'EXCHANGE_S_ENTERPRISE'),
               ('EXCHANGEARCHIVE_ADDON', 'EXCHANGE_S_ARCHIVE_ADDON'),
               ('TEAMS_ESSENTIALS', 'TEAMS1'), ('TEAMS_ESSENTIALS', 'YAMMER_ENTERPRISE')) AS x(product, plan)
  JOIN license_mgmt.products p ON p.sku_part_number = x.product
  JOIN license_mgmt.service_plans sp ON sp.service_plan_name = x.plan;

-- Names for ids, so that the scenarios read like the admin center.
-- PL/pgSQL rather than SQL: Citus cannot plan a SQL function's parameters
-- (the suites run on a cluster too, make test-citus).  There Citus may run
-- them on a worker inside a query it sent to a shard, where their lookup
-- of a distributed table is a nested distributed query: allowed for them.
CREATE FUNCTION regress.sku(part_number text) RETURNS uuid LANGUAGE plpgsql STABLE SET citus.allow_nested_distributed_execution = on
  AS $$ BEGIN RETURN (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = part_number); END $$;
CREATE FUNCTION regress.plan(name text) RETURNS uuid LANGUAGE plpgsql STABLE SET citus.allow_nested_distributed_execution = on
  AS $$ BEGIN RETURN (SELECT service_plan_id FROM license_mgmt.service_plans WHERE service_plan_name = name); END $$;
CREATE FUNCTION regress.usr(upn text) RETURNS uuid LANGUAGE plpgsql STABLE SET citus.allow_nested_distributed_execution = on
  AS $$ BEGIN RETURN (SELECT user_id FROM license_mgmt.users WHERE user_principal_name = upn); END $$;
CREATE FUNCTION regress.grp(name text) RETURNS uuid LANGUAGE plpgsql STABLE SET citus.allow_nested_distributed_execution = on
  AS $$ BEGIN RETURN (SELECT group_id FROM license_mgmt.groups WHERE display_name = name); END $$;
CREATE FUNCTION regress.tenant(name text) RETURNS uuid LANGUAGE plpgsql STABLE SET citus.allow_nested_distributed_execution = on
  AS $$ BEGIN RETURN (SELECT tenant_id FROM license_mgmt.tenants WHERE display_name = name); END $$;

-- Add users to a tenant: regress.add_users('Contoso', 'US', 'ann', 'bob'),
-- with ids that are the same in every run.
CREATE FUNCTION regress.add_users(tenant text, location text, VARIADIC names text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t uuid := regress.tenant(tenant);
BEGIN
  INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
  SELECT t, md5('user ' || n)::uuid, n, initcap(n), location FROM unnest(names) AS n;
END $$;
CREATE FUNCTION regress.add_group(tenant text, name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
  VALUES (regress.tenant(tenant), md5('group ' || name)::uuid, name);
END $$;
-- Add members to a group, one second apart in the order given.
CREATE FUNCTION regress.add_members(grp text, VARIADIC names text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  g record;
  members uuid[];
BEGIN
  SELECT x.tenant_id, x.group_id INTO g FROM license_mgmt.groups x WHERE x.display_name = grp;
  members := ARRAY(SELECT COALESCE(regress.usr(n), regress.grp(n)) FROM unnest(names) WITH ORDINALITY AS x(n, i) ORDER BY i);
  INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at)
  SELECT g.tenant_id, g.group_id, m.id, timestamptz '2026-01-01' + m.i * interval '1 second'
    FROM unnest(members) WITH ORDINALITY AS m(id, i);
END $$;

-- The Licenses page of every tenant.
CREATE VIEW regress.page AS
  SELECT t.display_name AS tenant, s.sku_part_number, s.total, s.assigned, s.available, s.expiring_soon
    FROM license_mgmt.product_summary s JOIN license_mgmt.tenants t USING (tenant_id)
   ORDER BY 1, 2;
-- One row per user and product, with group names.
CREATE VIEW regress.licenses AS
  SELECT l.user_principal_name AS upn, l.sku_part_number AS sku, l.state, l.assigned_directly AS direct,
         ARRAY(SELECT g.display_name FROM license_mgmt.groups g
                WHERE g.tenant_id = l.tenant_id AND g.group_id = ANY (l.inherited_from) ORDER BY 1) AS groups,
         l.enabled_service_plans AS plans
    FROM license_mgmt.user_licenses l
   ORDER BY 1, 2;
-- One row per source.
CREATE VIEW regress.states AS
  SELECT u.user_principal_name AS upn, p.sku_part_number AS sku,
         COALESCE(g.display_name, 'direct') AS source, s.state, s.error
    FROM license_mgmt.license_assignment_states s
    JOIN license_mgmt.users u USING (tenant_id, user_id)
    JOIN license_mgmt.products p USING (sku_id)
    LEFT JOIN license_mgmt.groups g ON g.tenant_id = s.tenant_id AND g.group_id = s.assigned_by_group
   ORDER BY 1, 2, 3;

-- A calendar relative to the day the suite runs, so that no scenario depends
-- on today's date: regress.day(n) is midnight n days after day 0 (a year from
-- today), regress.day_of(t) the day number of t.  Day 0 is written into
-- the functions, which Citus may run on any node.
DO $$
DECLARE
	day0 timestamptz := date_trunc('day', now()) + interval '1 year';
BEGIN
	EXECUTE format('CREATE FUNCTION regress.day(n integer) RETURNS timestamptz LANGUAGE sql STABLE AS '
				   '$f$ SELECT %L::timestamptz + n * interval ''1 day'' $f$', day0);
	EXECUTE format('CREATE FUNCTION regress.day_of(t timestamptz) RETURNS integer LANGUAGE sql STABLE AS '
				   '$f$ SELECT t::date - %L::timestamptz::date $f$', day0);
END $$;
