-- R11.1 The audit log: every change of intent and of state, who and when;
-- set-based changes write one row per product and outcome with the users
-- as an array; append-only.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 150),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 500);
SELECT regress.add_users('Contoso', 'US', VARIADIC ARRAY(SELECT 'user' || i FROM generate_series(1, 200) i));
SELECT regress.add_group('Contoso', 'Everyone');
-- Two hundred members join in one statement, then the group is licensed:
-- 150 get a seat and 50 wait.
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at)
SELECT tenant_id, regress.grp('Everyone'), user_id, timestamptz '2026-01-01' + row_number() OVER (ORDER BY user_principal_name) * interval '1 second'
  FROM license_mgmt.users;
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('AAD_PREMIUM_P2'));
-- A few rows, not 200: the summary row of the assignment, one row per outcome.
SELECT actor = session_user AS by_session_user, action, group_id IS NOT NULL AS for_group, cardinality(user_ids) AS users,
       old_state, new_state, error, detail
  FROM license_mgmt.audit_log ORDER BY audit_id;
-- A bulk change of membership: one row per product and outcome (the rows it
-- wrote: the log had only the assignment's).
DELETE FROM license_mgmt.group_members WHERE member_id IN (
  SELECT user_id FROM license_mgmt.users WHERE user_principal_name IN ('user1', 'user2', 'user3'));
SELECT action, cardinality(user_ids) AS users, old_state, new_state, error
  FROM license_mgmt.audit_log WHERE action <> 'assign_group_license' ORDER BY audit_id;
-- R11.1 Direct assignment and removal, soft delete: each recorded.  A single
-- direct call writes one row: its options (the change of intent) and the
-- state before and after, also when the state stays (new options only).
SELECT license_mgmt.assign_user_license(regress.usr('user1'), regress.sku('TEAMS_ESSENTIALS'),
                                        ARRAY[regress.plan('YAMMER_ENTERPRISE')]);
SELECT license_mgmt.assign_user_license(regress.usr('user1'), regress.sku('TEAMS_ESSENTIALS'));
SELECT license_mgmt.remove_user_license(regress.usr('user1'), regress.sku('TEAMS_ESSENTIALS'));
UPDATE license_mgmt.users SET deleted_at = '2026-11-01' WHERE user_principal_name = 'user10';
SELECT action, cardinality(user_ids) AS users, sku_id = regress.sku('TEAMS_ESSENTIALS') AS teams,
       old_state, new_state, error, detail
  FROM license_mgmt.audit_log WHERE action IN ('assign_user_license', 'remove_user_license', 'users_changed')
 ORDER BY audit_id;
-- Append-only, for its owner too.
UPDATE license_mgmt.audit_log SET action = 'nothing happened';
DELETE FROM license_mgmt.audit_log;
TRUNCATE license_mgmt.audit_log;
SELECT * FROM regress.refusal($$DELETE FROM license_mgmt.audit_log$$);
SELECT count(*) > 0 AS kept FROM license_mgmt.audit_log;
SELECT * FROM license_mgmt.verify();
