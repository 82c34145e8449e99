-- R3 Direct assignment: every check of R3.1 in order, assignment options
-- (R3.2), removal (R3.3, R3.4) and the bulk call (R3.5).
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 2),
  (regress.tenant('Contoso'), regress.sku('EXCHANGESTANDARD'), 5),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEENTERPRISE'), 5),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEARCHIVE_ADDON'), 5),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 5);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid');
SELECT regress.add_users('Contoso', NULL, 'dan');
SELECT regress.add_users('Contoso', 'CN', 'eve');
UPDATE license_mgmt.users SET deleted_at = '2026-11-01' WHERE user_principal_name = 'cid';
SELECT regress.add_users('Fabrikam', 'DE', 'fay');

-- R3.1, first check: the user exists in a tenant the caller acts for ...
SET license_mgmt.tenant_id = 'c0c0c0c0-0000-4000-8000-000000000001';
SELECT license_mgmt.assign_user_license('a0000000-0000-4000-8000-00000000dead', regress.sku('AAD_PREMIUM_P2'));
SELECT license_mgmt.assign_user_license(regress.usr('fay'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('fay'), regress.sku('AAD_PREMIUM_P2'))$$);
RESET license_mgmt.tenant_id;
-- ... and is not soft-deleted.
SELECT license_mgmt.assign_user_license(regress.usr('cid'), regress.sku('AAD_PREMIUM_P2'));
-- R3.1: the product exists and the tenant has a usable subscription (R9.3).
SELECT license_mgmt.assign_user_license(regress.usr('ann'), 'b0000000-0000-4000-8000-00000000dead');
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM'))$$);
-- R3.1: every disabled plan belongs to the product.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'), ARRAY[regress.plan('TEAMS1')]);
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'), ARRAY[regress.plan('TEAMS1')])$$);
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'), ARRAY[NULL::uuid]);
-- R3.1: the user has a usage location: no fallback to the tenant's for a direct assignment,
-- whether the product is offered everywhere (AAD_PREMIUM_P2) or not (TEAMS_ESSENTIALS).
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM_P2'));
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('TEAMS_ESSENTIALS'));
-- R3.1, R5.2: no enabled plan is unavailable at the user's location.
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('TEAMS_ESSENTIALS'))$$);
-- Disabling the plan avoids it.
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('TEAMS_ESSENTIALS'), ARRAY[regress.plan('YAMMER_ENTERPRISE')]);
-- R3.1, R7.2: no enabled plan conflicts with a plan the user has from another product.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGEENTERPRISE'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGEENTERPRISE'))$$);
-- R3.1, R7.1: every enabled plan's requirement is met.
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('EXCHANGEARCHIVE_ADDON'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('EXCHANGEARCHIVE_ADDON'))$$);
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGEARCHIVE_ADDON'));
-- R3.1, R2.5: a seat is free.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'));
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM_P2'));
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('AAD_PREMIUM_P2'))$$);
SELECT * FROM regress.page;
-- Every refusal above changed nothing.
SELECT * FROM regress.states;

-- R3.2: assigning again replaces the disabled plans, and takes no second seat.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'), ARRAY[regress.plan('MFA_PREMIUM')]);
SELECT upn, sku, plans FROM regress.licenses WHERE sku = 'AAD_PREMIUM_P2';
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'));
SELECT upn, sku, plans FROM regress.licenses WHERE sku = 'AAD_PREMIUM_P2';
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM_P2';

-- R3.4: removing a direct source whose plan another held product requires is refused.
SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'))$$);
-- R3.3: remove the add-on, then plan 1; each frees its seat.
SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGEARCHIVE_ADDON'));
SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
-- Removing what is not assigned says so.
SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
-- R7.3: swapping plan 1 for plan 2 in one transaction.
BEGIN;
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('EXCHANGESTANDARD'));
SELECT license_mgmt.remove_user_license(regress.usr('bob'), regress.sku('EXCHANGESTANDARD'));
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('EXCHANGEENTERPRISE'));
COMMIT;
SELECT upn, sku, state FROM regress.licenses WHERE upn = 'bob';
SELECT * FROM regress.page;

-- R3.5: the bulk call.  Each user once, in the order given, with the reason
-- they were skipped; dan has no location and is judged with the tenant's.
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE sku_id = regress.sku('AAD_PREMIUM_P2');
SELECT regress.add_users('Contoso', 'US', 'gus', 'hal');
SELECT u.user_principal_name, r.error
  FROM license_mgmt.assign_user_licenses(
         ARRAY[regress.usr('dan'), regress.usr('ann'), regress.usr('eve'), regress.usr('cid'),
               'a0000000-0000-4000-8000-00000000dead', regress.usr('gus'), regress.usr('dan'), regress.usr('hal')],
         regress.sku('AAD_PREMIUM_P2')) WITH ORDINALITY AS r(user_id, error, n)
  LEFT JOIN license_mgmt.users u USING (user_id)
 ORDER BY r.n;
SELECT upn, sku, direct FROM regress.licenses WHERE sku = 'AAD_PREMIUM_P2';
-- A bulk call across tenants, and product-level refusals, refuse the whole call.
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[regress.usr('hal'), regress.usr('fay')], regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[regress.usr('hal')], regress.sku('AAD_PREMIUM'));
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[regress.usr('hal')], regress.sku('TEAMS_ESSENTIALS'), ARRAY[regress.plan('MFA_PREMIUM')]);
SELECT * FROM regress.page;
SELECT * FROM license_mgmt.verify();
