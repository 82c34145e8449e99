-- R4.11 (beyond Entra) Nested group licensing: with the tenant's
-- nested_group_licensing on, users of nested groups at any depth inherit.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM'), 3),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 10);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid', 'dan', 'eve');
-- Company > Engineering > Platform, and Company > Sales.
SELECT regress.add_group('Contoso', 'Company');
SELECT regress.add_group('Contoso', 'Engineering');
SELECT regress.add_group('Contoso', 'Platform');
SELECT regress.add_group('Contoso', 'Sales');
SELECT regress.add_members('Company', 'Engineering', 'Sales', 'ann');
SELECT regress.add_members('Engineering', 'Platform', 'bob');
SELECT regress.add_members('Platform', 'cid', 'dan');
SELECT regress.add_members('Sales', 'dan');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Company'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Engineering'), regress.sku('AAD_PREMIUM'));
-- Off by default, as in Entra: only direct members inherit.
SELECT * FROM regress.states;

-- Turning nesting on re-applies every group of the tenant at once.
UPDATE license_mgmt.tenants SET nested_group_licensing = true WHERE display_name = 'Contoso';
-- Depth: cid inherits from Company through Engineering and Platform.  dan is
-- reached by Company through two paths (Sales, Platform): one state per
-- licensed group, one seat per product (R2.2).
SELECT * FROM regress.states;
SELECT upn, sku, state, groups FROM regress.licenses;
SELECT * FROM regress.page;
SELECT * FROM license_mgmt.verify();

-- Membership changes anywhere in the tree apply at once: eve joins
-- Platform and gets both products; seats of AAD_PREMIUM run out, so she
-- waits (R4.3).
SELECT regress.add_members('Platform', 'eve');
SELECT * FROM regress.states WHERE upn = 'eve';
-- Removal in the middle of the tree: Platform leaves Engineering; cid, dan
-- and eve lose what has no other source; dan keeps Teams through Sales.
DELETE FROM license_mgmt.group_members WHERE group_id = regress.grp('Engineering') AND member_id = regress.grp('Platform');
SELECT * FROM regress.states;
SELECT * FROM regress.page;
-- The waiting room across nesting: Platform back under Engineering, two
-- of its three users get the two free seats, one waits; bob leaves
-- Engineering and the one waiting gets his seat.
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (regress.tenant('Contoso'), regress.grp('Engineering'), regress.grp('Platform'));
SELECT * FROM regress.states WHERE sku = 'AAD_PREMIUM';
DELETE FROM license_mgmt.group_members WHERE group_id = regress.grp('Engineering') AND member_id = regress.usr('bob');
SELECT * FROM regress.states WHERE sku = 'AAD_PREMIUM';

-- Cycles are refused, also several memberships closing one in a single statement.
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (regress.tenant('Contoso'), regress.grp('Platform'), regress.grp('Company'));
SELECT regress.add_group('Contoso', 'A');
SELECT regress.add_group('Contoso', 'B');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
VALUES (regress.tenant('Contoso'), regress.grp('A'), regress.grp('B')),
       (regress.tenant('Contoso'), regress.grp('B'), regress.grp('A'));
SELECT * FROM regress.refusal($$INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
  VALUES (regress.tenant('Contoso'), regress.grp('A'), regress.grp('B')), (regress.tenant('Contoso'), regress.grp('B'), regress.grp('A'))$$);

-- A subtree attached under a licensed group judges every user it brings
-- with their own row: fox (RU) cannot have Viva Engage (R5.2), gil is
-- soft-deleted (R8.1).
SELECT regress.add_users('Contoso', 'RU', 'fox');
SELECT regress.add_users('Contoso', 'US', 'gil');
UPDATE license_mgmt.users SET deleted_at = '2026-11-01 12:00+00' WHERE user_principal_name = 'gil';
SELECT regress.add_group('Contoso', 'Abroad');
SELECT regress.add_members('Abroad', 'fox', 'gil');
SELECT regress.add_members('Company', 'Abroad');
SELECT * FROM regress.states WHERE upn IN ('fox', 'gil');

-- Since when a user is in a licensed group through nested groups (the
-- serving order, R4.3): along one path, since the latest of its
-- memberships; through several, the earliest path.  hal is reached from
-- Company through P1 > Q (Jan 6), P1 (Jan 5) and P2 (Jan 4); ivy only
-- through P1 > Q (Jan 6).
SELECT regress.add_users('Contoso', 'US', 'hal', 'ivy');
SELECT regress.add_group('Contoso', 'P1');
SELECT regress.add_group('Contoso', 'P2');
SELECT regress.add_group('Contoso', 'Q');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
  (regress.tenant('Contoso'), regress.grp('P1'), regress.grp('Q'), '2026-01-06 00:00+00'),
  (regress.tenant('Contoso'), regress.grp('Q'), regress.usr('hal'), '2026-01-01 00:00+00'),
  (regress.tenant('Contoso'), regress.grp('Q'), regress.usr('ivy'), '2026-01-01 00:00+00'),
  (regress.tenant('Contoso'), regress.grp('P1'), regress.usr('hal'), '2026-01-05 00:00+00'),
  (regress.tenant('Contoso'), regress.grp('P2'), regress.usr('hal'), '2026-01-02 00:00+00');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES
  (regress.tenant('Contoso'), regress.grp('Company'), regress.grp('P1'), '2026-01-03 00:00+00'),
  (regress.tenant('Contoso'), regress.grp('Company'), regress.grp('P2'), '2026-01-04 00:00+00');
SELECT u.user_principal_name AS upn, s.member_since AT TIME ZONE 'UTC' AS member_since
  FROM license_mgmt.license_states s JOIN license_mgmt.users u USING (tenant_id, user_id)
 WHERE s.group_id = regress.grp('Company') AND u.user_principal_name IN ('hal', 'ivy')
 ORDER BY 1;

-- Turning nesting off takes back what only nesting gave.
UPDATE license_mgmt.tenants SET nested_group_licensing = false WHERE display_name = 'Contoso';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
SELECT * FROM license_mgmt.verify();
