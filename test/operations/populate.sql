-- A populated database for the operations tests: every kind of row, with
-- group licensing, errors, a soft-deleted user and an audit trail.
\set ECHO none
\set ON_ERROR_STOP 1
\i test/regress_setup.sql
\i test/regress_fixture.sql
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status, next_lifecycle_at) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 3, 'enabled', now() + interval '90 days'),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 10, 'warning', now() + interval '40 days'),
  (regress.tenant('Contoso'), regress.sku('EXCHANGESTANDARD'), 10, 'enabled', NULL),
  (regress.tenant('Fabrikam'), regress.sku('AAD_PREMIUM'), 2, 'enabled', NULL);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid', 'dan');
SELECT regress.add_users('Contoso', 'CN', 'eve');
SELECT regress.add_users('Fabrikam', 'DE', 'fay', 'gus', 'hal');
SELECT regress.add_group('Contoso', 'Sales');
SELECT regress.add_group('Fabrikam', 'Everyone');
SELECT regress.add_members('Sales', 'ann', 'bob', 'cid', 'dan', 'eve');
SELECT regress.add_members('Everyone', 'fay', 'gus', 'hal');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('AAD_PREMIUM'));
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));
UPDATE license_mgmt.users SET deleted_at = '2026-11-01' WHERE user_principal_name = 'bob';
-- tenant grants: a role's name survives a dump, not its oid
INSERT INTO license_mgmt.tenant_grants (tenant_id, grantee) VALUES
  (regress.tenant('Contoso'), 'license_mgmt_admin'), (regress.tenant('Fabrikam'), 'license_mgmt_reader');
DROP SCHEMA regress CASCADE;
