-- R5 Usage location and service availability; R4.4 the tenant's location
-- for group members without one.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 2),
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM'), 10);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob');
SELECT regress.add_users('Contoso', NULL, 'cid');
SELECT regress.add_group('Contoso', 'Everyone');
SELECT regress.add_members('Everyone', 'ann', 'bob', 'cid');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('AAD_PREMIUM'));
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('TEAMS_ESSENTIALS'));
SELECT * FROM regress.states;

-- R5.3: ann moves to Russia, where Viva Engage is not offered: her Teams
-- license goes to error at once and frees its seat, which cid, waiting,
-- gets (R6.1).  Her other license is unaffected.
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE user_principal_name = 'ann';
SELECT * FROM regress.states;
SELECT sku_part_number, total, assigned, available FROM regress.page;

-- R5.3: she moves back: allowed again, but the seat is gone, so she waits.
UPDATE license_mgmt.users SET usage_location = 'US' WHERE user_principal_name = 'ann';
SELECT * FROM regress.states WHERE sku = 'TEAMS_ESSENTIALS';
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE sku_id = regress.sku('TEAMS_ESSENTIALS');
SELECT * FROM regress.states WHERE sku = 'TEAMS_ESSENTIALS';

-- R4.4, R5.1: cid has no location; the tenant's applies to group licenses.
-- When the tenant's location changes, members without their own are judged again.
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE display_name = 'Contoso';
SELECT * FROM regress.states WHERE sku = 'TEAMS_ESSENTIALS';
SELECT usage_location FROM license_mgmt.users WHERE user_principal_name = 'cid';
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE display_name = 'Contoso';
SELECT * FROM regress.states WHERE sku = 'TEAMS_ESSENTIALS';

-- R5.2: the group's assignment options can disable the plan instead.
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE user_principal_name = 'bob';
SELECT * FROM regress.states WHERE upn = 'bob';
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Everyone'), regress.sku('TEAMS_ESSENTIALS'),
                                                ARRAY[regress.plan('YAMMER_ENTERPRISE')]);
SELECT * FROM regress.states WHERE upn = 'bob';

-- R4.6 with R5.1, R5.2 and R8.1: users who join a licensed group are judged
-- at once with their own location, or the tenant's when they have none, and
-- a soft-deleted one is suspended.  dan (RU) and eve (none, tenant in CN)
-- cannot have Viva Engage; gus (US) can; fay is deleted.
UPDATE license_mgmt.subscriptions SET seats = 10 WHERE sku_id = regress.sku('TEAMS_ESSENTIALS');
SELECT regress.add_users('Contoso', 'RU', 'dan');
SELECT regress.add_users('Contoso', NULL, 'eve');
SELECT regress.add_users('Contoso', 'US', 'fay', 'gus');
UPDATE license_mgmt.users SET deleted_at = '2026-11-01 12:00+00' WHERE user_principal_name = 'fay';
SELECT regress.add_group('Contoso', 'Arrivals');
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Arrivals'), regress.sku('TEAMS_ESSENTIALS'));
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE display_name = 'Contoso';
SELECT regress.add_members('Arrivals', 'dan', 'eve', 'fay', 'gus');
SELECT * FROM regress.states WHERE upn IN ('dan', 'eve', 'fay', 'gus');
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE display_name = 'Contoso';
SELECT * FROM regress.states WHERE upn IN ('dan', 'eve', 'fay', 'gus');

-- Locations are ISO 3166-1 alpha-2 codes in upper case.
UPDATE license_mgmt.users SET usage_location = 'Germany' WHERE user_principal_name = 'bob';
UPDATE license_mgmt.users SET usage_location = 'de' WHERE user_principal_name = 'bob';
INSERT INTO license_mgmt.service_plans (service_plan_name, unavailable_locations) VALUES ('BAD', '{US,XX}');
SELECT count(*) AS codes, min(code), max(code) FROM license_mgmt.usage_locations();
SELECT * FROM license_mgmt.verify();
