-- R8 User lifecycle: soft delete suspends and frees seats, restore brings
-- back what was held (seats even past the limit, places in the queue), hard
-- delete removes everything.
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

-- R8.2: a delete and a restore never give a seat that was not held.  One
-- seat of AAD_PREMIUM in Fabrikam, for the group Team: eve holds it, fay
-- waits for it.
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
VALUES (regress.tenant('Fabrikam'), regress.sku('AAD_PREMIUM'), 1);
SELECT regress.add_users('Fabrikam', 'DE', 'eve', 'fay', 'gus');
SELECT regress.add_group('Fabrikam', 'Team');
SELECT regress.add_members('Team', 'eve', 'fay');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Team'), regress.sku('AAD_PREMIUM'));
CREATE VIEW regress.team AS
  SELECT upn, state, error FROM regress.states WHERE upn IN ('eve', 'fay', 'gus') ORDER BY 1;
-- fay, waiting, is deleted and restored: she waits again, not past the limit.
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_principal_name = 'fay';
SELECT * FROM regress.team;
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_principal_name = 'fay';
SELECT * FROM regress.team;
SELECT * FROM regress.page WHERE tenant = 'Fabrikam';
-- gus, with no license, is deleted, added to Team while deleted, and
-- restored: his new source is judged as new, and waits behind fay.
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_principal_name = 'gus';
SELECT regress.add_members('Team', 'gus');
SELECT * FROM regress.team;
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_principal_name = 'gus';
SELECT * FROM regress.team;
SELECT user_principal_name, rank() OVER (ORDER BY s.waiting_since) AS place
  FROM license_mgmt.license_states s JOIN license_mgmt.users u USING (tenant_id, user_id)
 WHERE s.error = 'CountViolation' ORDER BY 2;
-- eve, holding the seat, is deleted: fay, first in the queue, is served;
-- eve comes back active past the limit (available -1), and nobody is
-- served while the product is over-assigned.
UPDATE license_mgmt.users SET deleted_at = now() WHERE user_principal_name = 'eve';
SELECT * FROM regress.team;
UPDATE license_mgmt.users SET deleted_at = NULL WHERE user_principal_name = 'eve';
SELECT * FROM regress.team;
SELECT * FROM regress.page WHERE tenant = 'Fabrikam';
-- Every user of the tenant deleted, then restored, in two statements: the
-- same holders, the same queue.
UPDATE license_mgmt.users SET deleted_at = now() WHERE tenant_id = regress.tenant('Fabrikam');
SELECT * FROM regress.page WHERE tenant = 'Fabrikam';
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = regress.tenant('Fabrikam');
SELECT * FROM regress.team;
SELECT * FROM regress.page WHERE tenant = 'Fabrikam';
SELECT * FROM license_mgmt.verify();
