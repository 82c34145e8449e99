-- The seed scenario: Microsoft Entra ID's "Assign or remove licenses", in SQL.
-- This is what `make demo` prints.
\set ECHO none
\i test/regress_setup.sql
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

-- Assigning a license to a user without a usage location is refused.
SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b');
SELECT * FROM regress.refusal($$
  SELECT license_mgmt.assign_user_license('a1a1a1a1-0000-4000-8000-000000000001', '84a661c4-e949-4bd2-a560-ed7766fcaf2b')$$);

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

-- The license views as a reporting tool reads them.
SELECT u.user_principal_name, p.sku_part_number, s.assigned_by_group, s.state, s.error,
       s.disabled_plans
  FROM license_mgmt.license_assignment_states s
  JOIN license_mgmt.users u USING (tenant_id, user_id)
  JOIN license_mgmt.products p USING (sku_id)
 ORDER BY 1, 2;
SELECT user_principal_name, sku_part_number, state, assigned_directly, inherited_from, enabled_service_plans
  FROM license_mgmt.user_licenses ORDER BY 1, 2;

-- Derived state agrees with intent.
SELECT * FROM license_mgmt.verify();
