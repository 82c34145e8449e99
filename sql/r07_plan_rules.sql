-- R7 service plan rules with requirements that any of several plans meet,
-- and R6.2: a change to the catalog applies at once, in the same statement,
-- to every state it affects.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

-- Workplace Analytics requires Exchange Online Plan 1 or Plan 2 (R7.1): two
-- rows sharing any_of 1 are one requirement, met by either.  Plan 1 and
-- Plan 2 exclude each other, so with two separate requirements nobody could
-- ever hold it.
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name) VALUES
  ('5e000000-0000-4000-8000-000000000009', 'WORKPLACE_ANALYTICS', 'Microsoft Workplace Analytics');
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
  ('b0000000-0000-4000-8000-000000000009', 'WORKPLACE_ANALYTICS', 'Microsoft Workplace Analytics');
INSERT INTO license_mgmt.product_service_plans VALUES (regress.sku('WORKPLACE_ANALYTICS'), regress.plan('WORKPLACE_ANALYTICS'));
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id, any_of) VALUES
  (regress.plan('WORKPLACE_ANALYTICS'), regress.plan('EXCHANGE_S_STANDARD'), 1),
  (regress.plan('WORKPLACE_ANALYTICS'), regress.plan('EXCHANGE_S_ENTERPRISE'), 1);
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
SELECT regress.tenant('Contoso'), sku_id, 5 FROM license_mgmt.products
 WHERE sku_part_number IN ('EXCHANGESTANDARD', 'EXCHANGEENTERPRISE', 'WORKPLACE_ANALYTICS', 'TEAMS_ESSENTIALS', 'AAD_PREMIUM');
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid', 'dan', 'eve');
SELECT regress.add_users('Contoso', 'CN', 'fay');
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('EXCHANGEENTERPRISE'));
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('WORKPLACE_ANALYTICS'));
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('WORKPLACE_ANALYTICS'));
-- cid has neither: the refusal names both plans that would meet the requirement.
SELECT license_mgmt.assign_user_license(regress.usr('cid'), regress.sku('WORKPLACE_ANALYTICS'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('cid'), regress.sku('WORKPLACE_ANALYTICS'))$$);
-- R3.4: ann's Exchange Plan 1 is the one plan meeting her requirement.
SELECT license_mgmt.remove_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
SELECT upn, sku, state FROM regress.licenses WHERE upn IN ('ann', 'bob', 'cid');

-- R6.2: a requirement added to Teams (it needs multifactor authentication)
-- applies at once: dan, who holds Teams Essentials alone, keeps his seat
-- with an error (R4.10); eve, who also holds Entra ID P1 (which enables
-- it), keeps hers as it was.
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('TEAMS_ESSENTIALS'));
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('TEAMS_ESSENTIALS'));
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('AAD_PREMIUM'));
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id)
VALUES (regress.plan('TEAMS1'), regress.plan('MFA_PREMIUM'));
SELECT * FROM regress.states WHERE upn IN ('dan', 'eve');
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'TEAMS_ESSENTIALS';
-- ... and so does removing it.
DELETE FROM license_mgmt.service_plan_dependencies
 WHERE service_plan_id = regress.plan('TEAMS1') AND required_service_plan_id = regress.plan('MFA_PREMIUM');
SELECT * FROM regress.states WHERE upn IN ('dan', 'eve');

-- R6.2, R5.3: a plan not offered in China added to Entra ID P1: fay, in
-- China, loses it at once and frees her seat; taken out again, she gets it
-- back (a seat is free).
SELECT license_mgmt.assign_user_license(regress.usr('fay'), regress.sku('AAD_PREMIUM'));
INSERT INTO license_mgmt.product_service_plans VALUES (regress.sku('AAD_PREMIUM'), regress.plan('YAMMER_ENTERPRISE'));
SELECT * FROM regress.states WHERE upn = 'fay';
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM';
DELETE FROM license_mgmt.product_service_plans
 WHERE sku_id = regress.sku('AAD_PREMIUM') AND service_plan_id = regress.plan('YAMMER_ENTERPRISE');
SELECT * FROM regress.states WHERE upn = 'fay';
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM';

-- R7.2: a conflict written between plans two products eve holds takes
-- neither away (what a user had first stays); it refuses new ones.
INSERT INTO license_mgmt.service_plan_conflicts VALUES (regress.plan('TEAMS1'), regress.plan('MFA_PREMIUM'));
SELECT * FROM regress.states WHERE upn = 'eve';
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM'))$$);
DELETE FROM license_mgmt.service_plan_conflicts;

-- Every plan of Exchange Online Plan 2 deleted: bob still holds the product
-- (a seat, no plans); his Workplace Analytics now lacks its requirement.
DELETE FROM license_mgmt.product_service_plans WHERE sku_id = regress.sku('EXCHANGEENTERPRISE');
SELECT upn, sku, state, plans FROM regress.licenses WHERE upn = 'bob';
SELECT * FROM regress.states WHERE upn = 'bob';
SELECT * FROM license_mgmt.verify();
