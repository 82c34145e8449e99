-- The seed scenario: Microsoft Entra ID's "Assign or remove licenses", in SQL.
-- This is what `make demo` prints.
\set ECHO none
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS license_mgmt CASCADE;
CREATE EXTENSION license_mgmt;
RESET client_min_messages;
\set VERBOSITY default
\set SHOW_CONTEXT never
\set ECHO all

-- A tenant, with the usage location its users inherit for group licensing.
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location)
VALUES ('c0c0c0c0-0000-4000-8000-000000000001', 'Contoso', 'US');
SET license_mgmt.tenant_id = 'c0c0c0c0-0000-4000-8000-000000000001';

-- The catalog: Microsoft's products and service plans, with their real ids.
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name) VALUES
  ('41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'AAD_PREMIUM',         'Microsoft Entra ID P1'),
  ('eec0eb4f-6444-4f95-aba0-50c24d67f998', 'AAD_PREMIUM_P2',      'Microsoft Entra ID P2'),
  ('8a256a2b-b617-496d-b51b-e76466e88db0', 'MFA_PREMIUM',         'Microsoft Entra multifactor authentication'),
  ('932ad362-64a8-4783-9106-97849a1a30b9', 'ADALLOM_S_DISCOVERY', 'Microsoft Defender for Cloud Apps Discovery');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
  ('078d2b04-f1bd-4111-bbd4-b4b1b354cef4', 'AAD_PREMIUM',    'Microsoft Entra ID P1'),
  ('84a661c4-e949-4bd2-a560-ed7766fcaf2b', 'AAD_PREMIUM_P2', 'Microsoft Entra ID P2');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
SELECT p.sku_id, sp.service_plan_id
  FROM license_mgmt.products p
  JOIN license_mgmt.service_plans sp
    ON sp.service_plan_name IN ('AAD_PREMIUM', 'MFA_PREMIUM', 'ADALLOM_S_DISCOVERY')
    OR (p.sku_part_number = 'AAD_PREMIUM_P2' AND sp.service_plan_name = 'AAD_PREMIUM_P2');

SELECT p.sku_part_number, string_agg(sp.service_plan_name, ', ' ORDER BY sp.service_plan_name) AS service_plans
  FROM license_mgmt.products p
  JOIN license_mgmt.product_service_plans psp USING (sku_id)
  JOIN license_mgmt.service_plans sp USING (service_plan_id)
 GROUP BY p.sku_part_number ORDER BY 1;

-- Subscriptions: 10 seats of P1 for a year; 5 seats of P2 that run out in
-- 12 days, and 2 more in their grace period after expiry.
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status, next_lifecycle_at) VALUES
  ('c0c0c0c0-0000-4000-8000-000000000001', '078d2b04-f1bd-4111-bbd4-b4b1b354cef4', 10, 'enabled', now() + interval '1 year'),
  ('c0c0c0c0-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b',  5, 'enabled', now() + interval '12 days'),
  ('c0c0c0c0-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b',  2, 'warning', now() + interval '20 days');

-- The Licenses page: Total, Assigned, Available and Expiring soon.
SELECT display_name AS "Product", total AS "Total", assigned AS "Assigned",
       available AS "Available", expiring_soon AS "Expiring soon"
  FROM license_mgmt.product_summary ORDER BY display_name;

-- Users; Alain has no usage location yet.
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location) VALUES
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000001', 'alain.charon@contoso.com', 'Alain Charon', NULL),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000002', 'bea.lopez@contoso.com',    'Bea Lopez',    'ES'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000003', 'chen.wei@contoso.com',     'Chen Wei',     'US');

-- Assigning a license to a user without a usage location is refused; an
-- application reads the SQLSTATE, and the error's constraint name
-- (license_usage_location_required) tells which rule refused.
SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b');
\echo SQLSTATE :LAST_ERROR_SQLSTATE

-- Set it, then assign P2 with assignment options: Defender for Cloud Apps Discovery off.
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE user_id = 'a1a1a1a1-0000-4000-8000-000000000001';
SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
                                        ARRAY['932ad362-64a8-4783-9106-97849a1a30b9'::uuid]);
SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000002', '84a661c4-e949-4bd2-a560-ed7766fcaf2b');
SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000003', '078d2b04-f1bd-4111-bbd4-b4b1b354cef4');

-- The licensed users of P2, and the plans each has on.
SELECT user_principal_name, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.user_licenses
 WHERE sku_part_number = 'AAD_PREMIUM_P2' ORDER BY user_principal_name;

SELECT display_name AS "Product", total AS "Total", assigned AS "Assigned",
       available AS "Available", expiring_soon AS "Expiring soon"
  FROM license_mgmt.product_summary ORDER BY display_name;

-- Remove Bea's license; the seat is available again.
SELECT license_mgmt.remove_user_license('a1a1a1a1-0000-4000-8000-000000000002', '84a661c4-e949-4bd2-a560-ed7766fcaf2b');

SELECT display_name AS "Product", total AS "Total", assigned AS "Assigned",
       available AS "Available", expiring_soon AS "Expiring soon"
  FROM license_mgmt.product_summary ORDER BY display_name;

-- Group-based licensing: Sales gets P2; every member is licensed before the
-- call returns.  Dan has no usage location: groups use the tenant's (US).
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location) VALUES
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000004', 'dan.ito@contoso.com',   'Dan Ito',   NULL),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000005', 'eva.berg@contoso.com',  'Eva Berg',  'SE'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000006', 'farid.nouri@contoso.com', 'Farid Nouri', 'US'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000007', 'gina.rossi@contoso.com', 'Gina Rossi', 'IT'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000008', 'hugo.blanc@contoso.com', 'Hugo Blanc', 'FR'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000009', 'ines.moreau@contoso.com', 'Ines Moreau', 'FR'),
  ('c0c0c0c0-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000010', 'jon.park@contoso.com', 'Jon Park', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
VALUES ('c0c0c0c0-0000-4000-8000-000000000001', '9a9a9a9a-0000-4000-8000-000000000001', 'Sales');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at)
SELECT 'c0c0c0c0-0000-4000-8000-000000000001', '9a9a9a9a-0000-4000-8000-000000000001', user_id,
       now() - interval '30 days' + row_number() OVER (ORDER BY user_principal_name) * interval '1 day'
  FROM license_mgmt.users
 WHERE user_principal_name IN ('alain.charon@contoso.com', 'dan.ito@contoso.com', 'eva.berg@contoso.com',
                               'farid.nouri@contoso.com', 'gina.rossi@contoso.com', 'hugo.blanc@contoso.com',
                               'ines.moreau@contoso.com', 'jon.park@contoso.com');
SELECT * FROM license_mgmt.assign_group_license('9a9a9a9a-0000-4000-8000-000000000001',
                                                '84a661c4-e949-4bd2-a560-ed7766fcaf2b');
-- 7 seats for 8 people: Alain holds P2 directly and through Sales, on one
-- seat; the last member in membership order waits in the waiting room.
SELECT display_name, sku_part_number, product_display_name, members_licensed, members_with_errors
  FROM license_mgmt.licensed_groups;
SELECT user_principal_name, user_display_name, product_display_name, group_display_name, error
  FROM license_mgmt.license_errors;

-- Farid leaves Sales: his seat goes to the one waiting, in the same transaction.
DELETE FROM license_mgmt.group_members WHERE member_id = 'a1a1a1a1-0000-4000-8000-000000000006';
SELECT user_principal_name, error FROM license_mgmt.license_errors;

-- An inherited license cannot be removed from the user directly.
SELECT license_mgmt.remove_user_license('a1a1a1a1-0000-4000-8000-000000000005', '84a661c4-e949-4bd2-a560-ed7766fcaf2b');

-- A soft-deleted user's licenses are suspended and their seat freed.
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_principal_name = 'gina.rossi@contoso.com';

SELECT display_name AS "Product", total AS "Total", assigned AS "Assigned",
       available AS "Available", expiring_soon AS "Expiring soon"
  FROM license_mgmt.product_summary ORDER BY display_name;

-- The license views as a reporting tool reads them, names beside the ids.
-- Alain holds P2 on one seat from two sources: directly, with Defender for
-- Cloud Apps Discovery off, and through Sales.
SELECT assigned_by_group, state, disabled_plans, disabled_plan_names
  FROM license_mgmt.license_assignment_states
 WHERE user_id = 'a1a1a1a1-0000-4000-8000-000000000001' ORDER BY assigned_by_group NULLS FIRST;
SELECT l.user_principal_name, l.sku_part_number, l.state, l.assigned_directly,
       ARRAY(SELECT g.display_name FROM license_mgmt.groups g
              WHERE g.tenant_id = l.tenant_id AND g.group_id = ANY (l.inherited_from) ORDER BY 1) AS inherited_from,
       l.enabled_service_plans
  FROM license_mgmt.user_licenses l ORDER BY 1, 2;

-- The same licenses as Microsoft Graph's licenseDetails, for tools that
-- speak Graph: Alain has every plan (Sales enables what his direct
-- assignment leaves off); Gina's wait until she is restored.
SELECT u.user_principal_name, d."skuPartNumber", p ->> 'servicePlanName' AS "servicePlanName",
       p ->> 'provisioningStatus' AS "provisioningStatus"
  FROM license_mgmt.license_details d
  JOIN license_mgmt.users u USING (tenant_id, user_id)
 CROSS JOIN jsonb_array_elements(d."servicePlans") AS p
 WHERE u.user_principal_name IN ('alain.charon@contoso.com', 'gina.rossi@contoso.com')
 ORDER BY 1, 3;

-- Derived state agrees with intent.
SELECT * FROM license_mgmt.verify();
