-- The second half of the scenario, run after a tenant moved between
-- workers on the cluster: every kind of change again.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status)
  VALUES (regress.tenant('Contoso'), regress.sku('EXCHANGEENTERPRISE'), 5, 'enabled');
-- Graph's assignLicense: one product swapped for another in one call
SELECT sku_part_number, state FROM license_mgmt.change_user_licenses(regress.usr('ann'),
  jsonb_build_array(jsonb_build_object('skuId', regress.sku('EXCHANGEENTERPRISE'))),
  ARRAY[regress.sku('EXCHANGESTANDARD')]) ORDER BY 1;
-- a member leaves, a seat frees, a waiting member gets it
DELETE FROM license_mgmt.group_members WHERE member_id = regress.usr('cid');
-- a user restored, a subscription grown
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_principal_name = 'bob';
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE sku_id = regress.sku('AAD_PREMIUM_P2');
-- the moved tenant: a new user, a direct license, a group license removed
SELECT regress.add_users('Fabrikam', 'DE', 'ida');
SELECT license_mgmt.remove_group_license(regress.grp('Everyone'), regress.sku('AAD_PREMIUM'));
SELECT license_mgmt.assign_user_license(regress.usr('ida'), regress.sku('AAD_PREMIUM'));
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[regress.usr('fay'), regress.usr('gus'), regress.usr('hal')],
                                                regress.sku('AAD_PREMIUM')) ORDER BY 1;
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('AAD_PREMIUM'));
-- the tenant said in the call, as a distributed function's argument
SELECT license_mgmt.remove_user_license_in_tenant(regress.tenant('Fabrikam'), regress.usr('ida'), regress.sku('AAD_PREMIUM'));
-- subscriptions a hundred days on, one tenant at a time
SELECT set_config('license_mgmt.tenant_id', regress.tenant('Contoso')::text, false) IS NOT NULL AS acting_for_contoso;
SELECT license_mgmt.advance_subscriptions(now() + interval '100 days');
RESET license_mgmt.tenant_id;
SELECT license_mgmt.advance_subscriptions_in_tenant(regress.tenant('Fabrikam'), now() + interval '100 days');
-- the catalog, every tenant's: a plan no longer offered in Germany
UPDATE license_mgmt.service_plans SET unavailable_locations = '{DE}' WHERE service_plan_name = 'MFA_PREMIUM';
