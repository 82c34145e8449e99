-- R4 Group assignment: inheritance through membership, per-member errors,
-- seats running out, several sources, no direct removal of inherited
-- licenses; R6 the waiting room; R12 verify().
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 2),
  (regress.tenant('Contoso'), regress.sku('EXCHANGESTANDARD'), 10),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEENTERPRISE'), 10),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEARCHIVE_ADDON'), 10),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 10);
-- ann and bob have a location, cid has none (judged with the tenant's, US),
-- dan is in China, where Viva Engage is not offered.
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob');
SELECT regress.add_users('Contoso', NULL, 'cid');
SELECT regress.add_users('Contoso', 'CN', 'dan');
SELECT regress.add_users('Contoso', 'US', 'eve', 'fay');
SELECT regress.add_group('Contoso', 'Sales');
SELECT regress.add_group('Contoso', 'Support');
SELECT regress.add_members('Sales', 'ann', 'bob', 'cid', 'dan');

-- R4.1, R4.2, R4.4: every member gets a state before the call returns.  A
-- member without a location uses the tenant's; dan's location refuses a plan.
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM regress.states;
SELECT usage_location FROM license_mgmt.users WHERE user_principal_name = 'cid';
-- R6.2: a change to the catalog applies at once: Viva Engage now offered
-- in China clears dan's error in the same statement, no reprocessing
-- needed; reprocess_group stays, and finds nothing left to do.
UPDATE license_mgmt.service_plans SET unavailable_locations = '{RU}' WHERE service_plan_name = 'YAMMER_ENTERPRISE';
SELECT * FROM regress.states WHERE upn = 'dan';
SELECT license_mgmt.reprocess_group(regress.grp('Sales'));
SELECT * FROM regress.states WHERE upn = 'dan';
-- R4.8: assigning again with Viva Engage disabled re-applies to every member.
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('TEAMS_ESSENTIALS'),
                                                ARRAY[regress.plan('YAMMER_ENTERPRISE')]);
SELECT upn, sku, state, plans FROM regress.licenses WHERE sku = 'TEAMS_ESSENTIALS';

-- R4.3: seats run out in the middle of a group: members are served in
-- membership order, the rest wait with CountViolation.
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.states WHERE sku = 'AAD_PREMIUM_P2';
SELECT user_principal_name, error FROM license_mgmt.license_errors ORDER BY since, user_principal_name;
SELECT display_name, sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups ORDER BY 1, 2;

-- R6.1: a seat frees up (ann leaves the group): the first in the waiting
-- room (cid, who joined before dan) gets it, in the same transaction.
DELETE FROM license_mgmt.group_members WHERE member_id = regress.usr('ann') AND group_id = regress.grp('Sales');
SELECT * FROM regress.states WHERE sku = 'AAD_PREMIUM_P2';
-- R6.1: more seats serve the rest (dan).
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE sku_id = regress.sku('AAD_PREMIUM_P2');
SELECT * FROM regress.states WHERE sku = 'AAD_PREMIUM_P2';
SELECT * FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM_P2';

-- R2.2, R4.7: direct plus two groups with different disabled plans: one seat,
-- and the enabled plans are the union over the sources.
SELECT regress.add_members('Support', 'bob', 'eve');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Support'), regress.sku('AAD_PREMIUM_P2'),
                                                ARRAY[regress.plan('MFA_PREMIUM')]);
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM_P2'),
                                        ARRAY[regress.plan('AAD_PREMIUM_P2'), regress.plan('MFA_PREMIUM')]);
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('AAD_PREMIUM_P2'),
                                                ARRAY[regress.plan('AAD_PREMIUM_P2')]);
SELECT * FROM regress.licenses WHERE upn = 'bob';
SELECT * FROM regress.states WHERE upn = 'bob';
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM_P2';

-- R3.3: direct removal when groups also grant it: the license stays, the seat count does not change.
SELECT license_mgmt.remove_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM_P2'));
SELECT upn, sku, state, direct, groups FROM regress.licenses WHERE upn = 'bob';
SELECT sku_part_number, assigned FROM regress.page WHERE sku_part_number = 'AAD_PREMIUM_P2';
-- R3.3: removal of an inherited license is refused; the detail names the groups.
SELECT license_mgmt.remove_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.remove_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM_P2'))$$);
-- The user leaves one group instead: the other still grants it.
DELETE FROM license_mgmt.group_members WHERE member_id = regress.usr('bob') AND group_id = regress.grp('Support');
SELECT upn, sku, state, direct, groups FROM regress.licenses WHERE upn = 'bob';

-- R7.2, R4.5: conflicting plans from a group: fay already has Exchange plan 1
-- directly; the group's plan 2 is an error for her only, and the group's other
-- product is not blocked.
SELECT license_mgmt.assign_user_license(regress.usr('fay'), regress.sku('EXCHANGESTANDARD'));
SELECT regress.add_members('Support', 'fay');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Support'), regress.sku('EXCHANGEENTERPRISE'));
SELECT * FROM regress.states WHERE upn IN ('eve', 'fay');

-- R4.2: an add-on whose plan needs one the group does not provide is refused
-- for the whole group.
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('EXCHANGEARCHIVE_ADDON'));
SELECT * FROM regress.refusal($$SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('EXCHANGEARCHIVE_ADDON'))$$);
-- With Exchange plan 1 on the group, members get the add-on.  dan holds plan
-- 2 directly: the group's plan 1 conflicts for him (R7.2, his license
-- stays), so the add-on lacks its required plan (R7.1).
UPDATE license_mgmt.users SET usage_location = 'US' WHERE user_principal_name = 'dan';
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('EXCHANGEENTERPRISE'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('EXCHANGESTANDARD'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('EXCHANGEARCHIVE_ADDON'));
SELECT * FROM regress.states WHERE sku LIKE 'EXCHANGE%' AND upn IN ('bob', 'dan');
-- (beyond Entra) No reprocessing needed: removing dan's plan 2 clears the
-- conflict, and then the dependency, in the same transaction.
SELECT license_mgmt.remove_user_license(regress.usr('dan'), regress.sku('EXCHANGEENTERPRISE'));
SELECT * FROM regress.states WHERE upn = 'dan' AND sku LIKE 'EXCHANGE%';

-- R4.10: removing the group's plan 1 leaves the add-on without its required
-- plan: active_with_error / DependencyViolation, seat kept.
SELECT license_mgmt.remove_group_license(regress.grp('Sales'), regress.sku('EXCHANGESTANDARD'));
SELECT * FROM regress.states WHERE sku LIKE 'EXCHANGE%' AND upn IN ('bob', 'cid', 'dan');
SELECT * FROM regress.page WHERE sku_part_number LIKE 'EXCHANGE%';

-- R4.9: a group with license assignments cannot be deleted.
DELETE FROM license_mgmt.groups WHERE display_name = 'Sales';
SELECT * FROM regress.refusal($$DELETE FROM license_mgmt.groups WHERE display_name = 'Sales'$$);
SELECT license_mgmt.remove_group_license(regress.grp('Sales'), regress.sku('EXCHANGEARCHIVE_ADDON'));
SELECT license_mgmt.remove_group_license(regress.grp('Sales'), regress.sku('AAD_PREMIUM_P2'));
SELECT license_mgmt.remove_group_license(regress.grp('Sales'), regress.sku('TEAMS_ESSENTIALS'));
DELETE FROM license_mgmt.groups WHERE display_name = 'Sales';
SELECT * FROM regress.states;
SELECT * FROM regress.page;

-- R4.6: one statement adding many members licenses them all, set-based;
-- one statement removing them frees every seat.
SELECT regress.add_users('Contoso', 'US', VARIADIC ARRAY(SELECT 'bulk' || i FROM generate_series(1, 200) i));
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
SELECT tenant_id, regress.grp('Support'), user_id FROM license_mgmt.users WHERE user_principal_name LIKE 'bulk%';
SELECT sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups ORDER BY 1;
DELETE FROM license_mgmt.group_members WHERE member_id IN (SELECT user_id FROM license_mgmt.users WHERE user_principal_name LIKE 'bulk%');
SELECT sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups ORDER BY 1;
SELECT * FROM regress.page;

-- R4.11: nesting is off by default: members of a nested group do not inherit.
SELECT regress.add_group('Contoso', 'Support tier 2');
SELECT regress.add_members('Support tier 2', 'ann');
SELECT regress.add_members('Support', 'Support tier 2');
SELECT * FROM regress.states WHERE upn = 'ann';
-- and a cycle is refused in every tenant.
SELECT regress.add_members('Support tier 2', 'Support');

-- R12: derived state agrees with intent.
SELECT * FROM license_mgmt.verify();
