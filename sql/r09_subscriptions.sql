-- R2 the Licenses page and R9 the subscription lifecycle: enabled ->
-- warning -> suspended -> deleted, with the numbers at every step.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all

SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid');
-- R2.0: a product appears once the tenant has a subscription of it.
SELECT * FROM regress.page;
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, next_lifecycle_at) VALUES
  (regress.tenant('Contoso'), '5b000000-0000-4000-8000-000000000001', regress.sku('AAD_PREMIUM'), 2, regress.day(0)),
  (regress.tenant('Contoso'), '5b000000-0000-4000-8000-000000000002', regress.sku('AAD_PREMIUM'), 3, regress.day(151));
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('AAD_PREMIUM'));
SELECT license_mgmt.assign_user_license(regress.usr('bob'), regress.sku('AAD_PREMIUM'));
SELECT license_mgmt.assign_user_license(regress.usr('cid'), regress.sku('AAD_PREMIUM'));
-- R2.1, R2.2, R2.3, R2.4: 5 seats, 3 assigned, 2 available; none expiring within 30 days of now.
SELECT * FROM regress.page;
-- R2.4: expiring_soon follows the setting (SET LOCAL: on a Citus cluster a
-- session SET stays on the coordinator, README "Scaling out").
BEGIN;
SET LOCAL license_mgmt.expiring_soon_interval = '10 years';
SELECT sku_part_number, expiring_soon FROM regress.page;
COMMIT;
SET license_mgmt.expiring_soon_interval = 'soon';

-- R9.2: advance_subscriptions moves what is due, one step, and sets the next
-- date.  Dates are days from day 0, a year from the day the test runs.
SELECT license_mgmt.advance_subscriptions(regress.day(-1));
SELECT license_mgmt.advance_subscriptions(regress.day(0));
SELECT subscription_id, status, regress.day_of(next_lifecycle_at) AS next_day FROM license_mgmt.subscriptions ORDER BY 1;
-- warning seats still count (R9.1) and are expiring soon (R2.4).
SELECT * FROM regress.page;
-- The same moment again moves nothing: safe to run twice.
SELECT license_mgmt.advance_subscriptions(regress.day(0));
-- 30 days later: suspended; its seats no longer count.  Nobody loses a
-- license (R9.4): 3 assigned on 3 seats.
SELECT license_mgmt.advance_subscriptions(regress.day(30));
SELECT subscription_id, status, regress.day_of(next_lifecycle_at) AS next_day FROM license_mgmt.subscriptions ORDER BY 1;
SELECT * FROM regress.page;
-- R9.4: fewer seats than assigned: available goes negative, nothing is
-- taken away, and new seats are refused.
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE subscription_id = '5b000000-0000-4000-8000-000000000002';
SELECT * FROM regress.page;
SELECT * FROM regress.states;
SELECT regress.add_users('Contoso', 'US', 'dan');
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM'));
-- The suspended subscription is deleted 90 days later; it stays listed.
SELECT license_mgmt.advance_subscriptions(regress.day(120));
-- The other one expires: in warning its seats still count (R9.1).
SELECT license_mgmt.advance_subscriptions(regress.day(151));
SELECT subscription_id, status, regress.day_of(next_lifecycle_at) AS next_day FROM license_mgmt.subscriptions ORDER BY 1;
SELECT * FROM regress.page;
-- 30 days later it is suspended: no usable seats at all.  Every state of the
-- product is disabled: no seat, intent kept (R9.3); new assignments are refused.
SELECT license_mgmt.advance_subscriptions(regress.day(181));
SELECT * FROM regress.states;
SELECT * FROM regress.page;
SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM'));
SELECT * FROM regress.refusal($$SELECT license_mgmt.assign_user_license(regress.usr('dan'), regress.sku('AAD_PREMIUM'))$$);
SELECT upn, sku, state, direct FROM regress.licenses;
-- Renewed with 2 seats: the states come back as far as seats go (in
-- membership order, then user id); the rest wait for a seat (R6.1).
UPDATE license_mgmt.subscriptions SET status = 'enabled', next_lifecycle_at = regress.day(547)
 WHERE subscription_id = '5b000000-0000-4000-8000-000000000002';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
-- One more seat serves the waiting one.
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE subscription_id = '5b000000-0000-4000-8000-000000000002';
SELECT * FROM regress.states;
SELECT * FROM regress.page;
SELECT license_mgmt.advance_subscriptions(regress.day(1096));
SELECT subscription_id, status, regress.day_of(next_lifecycle_at) AS next_day FROM license_mgmt.subscriptions ORDER BY 1;
SELECT * FROM regress.page;
-- Bad input.
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats)
VALUES (regress.tenant('Contoso'), '5b000000-0000-4000-8000-000000000003', regress.sku('AAD_PREMIUM'), -1);
-- (terse: the failing row's detail would show a date)
\set VERBOSITY terse
UPDATE license_mgmt.subscriptions SET status = 'paused' WHERE subscription_id = '5b000000-0000-4000-8000-000000000002';
\set VERBOSITY default
SELECT license_mgmt.advance_subscriptions(NULL);
SELECT * FROM license_mgmt.verify();
