-- R8 User lifecycle: soft delete suspends and frees seats, restore brings
-- licenses back even past the limit, hard delete removes everything.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 2),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 5);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid');
SELECT regress.add_group('Contoso', 'Staff');
SELECT regress.add_members('Staff', 'ann', 'bob', 'cid');
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Staff'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.states;
SELECT * FROM regress.page;

-- R8.4: disabling the account changes nothing about licenses.
UPDATE license_mgmt.users SET account_enabled = false WHERE user_principal_name = 'ann';
SELECT * FROM regress.states WHERE upn = 'ann';

-- R8.1: soft delete: every state of ann is suspended and frees its seat;
-- cid, waiting, gets hers (R6.1); intent and memberships stay.
UPDATE license_mgmt.users SET deleted_at = '2026-11-01 12:00+00' WHERE user_principal_name = 'ann';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
SELECT count(*) AS memberships FROM license_mgmt.group_members WHERE member_id = regress.usr('ann');
SELECT upn, sku, state, direct, groups FROM regress.licenses WHERE upn = 'ann';
-- A soft-deleted user cannot be given a new license.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM_P2'))$$);

-- R8.2: restore: ann's licenses come back, even though that over-assigns
-- AAD_PREMIUM_P2: available goes negative, it is never clamped (R2.3).
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_principal_name = 'ann';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
-- R9.4: while over-assigned, new seats are refused.
SELECT regress.add_users('Contoso', 'US', 'dan');
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM_P2'));
SELECT regress.add_members('Staff', 'dan');
SELECT * FROM regress.states WHERE upn = 'dan';

-- R8.3: hard delete: assignments, memberships and states go, seats are
-- freed and the waiting room is served: two deletes bring the product back
-- under its limit, and the second frees a seat for dan.
DELETE FROM license_mgmt.users WHERE user_principal_name = 'ann';
SELECT * FROM regress.page;
DELETE FROM license_mgmt.users WHERE user_principal_name = 'bob';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
SELECT count(*) AS leftovers FROM license_mgmt.user_license_assignments
 WHERE user_id IN (md5('user ann')::uuid, md5('user bob')::uuid);
SELECT * FROM license_mgmt.verify();
