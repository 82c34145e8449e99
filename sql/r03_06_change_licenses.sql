-- R3.6 Microsoft Graph's assignLicense: change_user_licenses and
-- change_group_licenses add a list of (product, disabled plans) and remove
-- a list of products in one call judged as a whole.  The removals are
-- applied before the additions are judged, so one call swaps a product for
-- a conflicting one (Exchange Online Plan 1 and Plan 2 exclude each other);
-- a refused part names itself, and nothing changes.
\set ECHO none
\i test/regress_setup.sql
\i test/regress_fixture.sql
\set ECHO all
-- the refusals below show which part of the call refused
\set SHOW_CONTEXT errors

INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('AAD_PREMIUM_P2'), 1),
  (regress.tenant('Contoso'), regress.sku('EXCHANGESTANDARD'), 5),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEENTERPRISE'), 5),
  (regress.tenant('Contoso'), regress.sku('EXCHANGEARCHIVE_ADDON'), 5),
  (regress.tenant('Contoso'), regress.sku('TEAMS_ESSENTIALS'), 5);
SELECT regress.add_users('Contoso', 'US', 'ann', 'bob', 'cid', 'eve');
SELECT regress.add_users('Contoso', NULL, 'dan');
SELECT regress.add_group('Contoso', 'Sales');
SELECT regress.add_members('Sales', 'cid', 'dan', 'eve');
-- Graph's addLicenses for products named here, nothing disabled.
CREATE FUNCTION regress.add_licenses(VARIADIC names text[]) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_agg(jsonb_build_object('skuId', regress.sku(x.n), 'disabledPlans', '[]'::jsonb) ORDER BY x.i)
    FROM unnest(names) WITH ORDINALITY AS x(n, i)
$$;
-- Office 365 E1 includes Exchange Online Plan 1, as EXCHANGESTANDARD does.
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES
  ('b0000000-0000-4000-8000-000000000007', 'STANDARDPACK', 'Office 365 E1');
INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES
  (regress.sku('STANDARDPACK'), regress.plan('EXCHANGE_S_STANDARD')),
  (regress.sku('STANDARDPACK'), regress.plan('TEAMS1'));
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
  (regress.tenant('Contoso'), regress.sku('STANDARDPACK'), 5);

-- ann has Exchange Online Plan 1 directly.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGESTANDARD'));

-- Two calls, the assignment first: refused, Plan 2 conflicts with Plan 1.
SELECT license_mgmt.assign_user_license(regress.usr('ann'), regress.sku('EXCHANGEENTERPRISE'));
-- R3.6: one call, Graph's JSON as a client sends it: Plan 1 removed, then
-- Plan 2 judged and given.  It returns ann's licenses after the call.
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('ann'),
         '[{"skuId": "b0000000-0000-4000-8000-000000000004", "disabledPlans": []}]',
         ARRAY['b0000000-0000-4000-8000-000000000003']::uuid[]);
SELECT * FROM regress.page WHERE sku_part_number LIKE 'EXCHANGE%';
-- Each part is audited as the single functions audit it, under the call's name.
SELECT a.action, p.sku_part_number, a.old_state, a.new_state, a.detail
  FROM license_mgmt.audit_log a JOIN license_mgmt.products p USING (sku_id)
 WHERE a.action = 'change_user_licenses' ORDER BY a.audit_id;
-- And back again; keys Graph's clients add (@odata.type) are ignored, disabledPlans may be left out.
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('ann'),
         '[{"@odata.type": "microsoft.graph.assignedLicense", "skuId": "b0000000-0000-4000-8000-000000000003"}]',
         ARRAY[regress.sku('EXCHANGEENTERPRISE')]);

-- R3.6 with R7.1: an add-on and the product it needs, in one call and in
-- either order: the add-on is judged after the plan it requires.
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('bob'),
         regress.add_licenses('EXCHANGEARCHIVE_ADDON', 'EXCHANGESTANDARD'));
-- R3.4 in a call: removing the base alone is refused, naming the removal ...
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('bob'),
         remove_licenses => ARRAY[regress.sku('EXCHANGESTANDARD')]);
-- ... and swapping it for Plan 2, which the add-on cannot use, too ...
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('bob'), regress.add_licenses('EXCHANGEENTERPRISE'),
         ARRAY[regress.sku('EXCHANGESTANDARD')]);
-- ... while swapping it for Office 365 E1, whose Exchange plan the add-on
-- can use, is judged on what bob holds after the call, and succeeds ...
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('bob'), regress.add_licenses('STANDARDPACK'),
                                         ARRAY[regress.sku('EXCHANGESTANDARD')]);
-- ... and the base and its add-on go together, in either order.
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('bob'),
         remove_licenses => ARRAY[regress.sku('STANDARDPACK'), regress.sku('EXCHANGEARCHIVE_ADDON')]);

-- A refused part names itself, and nothing changes: ann's Entra ID P2
-- (add_licenses[1]) finds no seat, so her Teams (add_licenses[0]) is not
-- given either, and Plan 1 stays.
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('AAD_PREMIUM_P2'));
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'),
         regress.add_licenses('TEAMS_ESSENTIALS', 'AAD_PREMIUM_P2'), ARRAY[regress.sku('EXCHANGESTANDARD')]);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'),
         jsonb_build_array(jsonb_build_object('skuId', regress.sku('TEAMS_ESSENTIALS'),
                                              'disabledPlans', jsonb_build_array(regress.plan('MFA_PREMIUM')))));
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('cid'), remove_licenses => ARRAY[regress.sku('AAD_PREMIUM_P2')]);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('dan'), regress.add_licenses('TEAMS_ESSENTIALS'));
SELECT * FROM regress.states WHERE upn IN ('ann', 'dan');
SELECT * FROM regress.page;

-- R3.6 for a group: Sales has Plan 1; one call swaps it for Plan 2.  eve
-- also has Plan 1 directly: she cannot get Plan 2, which is her state,
-- not a refusal (R4.2).  One row per product added, then per product
-- removed (0, 0).
SELECT * FROM license_mgmt.assign_group_license(regress.grp('Sales'), regress.sku('EXCHANGESTANDARD'));
SELECT license_mgmt.assign_user_license(regress.usr('eve'), regress.sku('EXCHANGESTANDARD'));
SELECT max(audit_id) AS before_swap FROM license_mgmt.audit_log WHERE tenant_id = regress.tenant('Contoso') \gset
SELECT p.sku_part_number, c.licensed, c.failed
  FROM license_mgmt.change_group_licenses(regress.grp('Sales'), regress.add_licenses('EXCHANGEENTERPRISE'),
                                          ARRAY[regress.sku('EXCHANGESTANDARD')]) WITH ORDINALITY AS c
  JOIN license_mgmt.products p USING (sku_id) ORDER BY c.ordinality;
-- Audited as the single functions audit it: the change of intent, with the
-- counts, and the members' states, one row per product and outcome.
SELECT a.action, p.sku_part_number, a.old_state, a.new_state, a.error, cardinality(a.user_ids) AS users, a.detail
  FROM license_mgmt.audit_log a JOIN license_mgmt.products p USING (sku_id)
 WHERE a.tenant_id = regress.tenant('Contoso') AND a.audit_id > :before_swap ORDER BY a.audit_id;
SELECT * FROM regress.states WHERE sku LIKE 'EXCHANGE%';
SELECT display_name, sku_part_number, members_licensed, members_with_errors FROM license_mgmt.licensed_groups ORDER BY 1, 2;
-- R3.3 in a call: what cid inherits from Sales cannot be removed from cid directly.
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('cid'), remove_licenses => ARRAY[regress.sku('EXCHANGEENTERPRISE')]);
-- A group add-on whose base the group lacks is refused for the whole group
-- (R4.2), so the call changes nothing; given with its base, in any order, it is judged after it.
SELECT * FROM license_mgmt.change_group_licenses(regress.grp('Sales'), regress.add_licenses('EXCHANGEARCHIVE_ADDON'),
                                                 ARRAY[regress.sku('EXCHANGEENTERPRISE')]);
SELECT p.sku_part_number, c.licensed, c.failed
  FROM license_mgmt.change_group_licenses(regress.grp('Sales'), regress.add_licenses('EXCHANGEARCHIVE_ADDON', 'EXCHANGESTANDARD'),
                                          ARRAY[regress.sku('EXCHANGEENTERPRISE')]) WITH ORDINALITY AS c
  JOIN license_mgmt.products p USING (sku_id) ORDER BY c.ordinality;
SELECT * FROM regress.states WHERE sku LIKE 'EXCHANGE%';
-- Removing what the group does not have names the part.
SELECT * FROM license_mgmt.change_group_licenses(regress.grp('Sales'), remove_licenses => ARRAY[regress.sku('TEAMS_ESSENTIALS')]);

-- R3.6, R13.1: bad input is refused before anything is looked up, naming the element.
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '{"skuId": "b0000000-0000-4000-8000-000000000004"}');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '["b0000000-0000-4000-8000-000000000004"]');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '[{"skuid": "b0000000-0000-4000-8000-000000000004"}]');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '[{"skuId": "b0000000-0000-4000-8000-000000000004"}, {"skuId": "ENTERPRISEPACK"}]');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '[{"skuId": "b0000000-0000-4000-8000-000000000004", "disabledPlans": "5e000000-0000-4000-8000-000000000005"}]');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '[{"skuId": "b0000000-0000-4000-8000-000000000004", "disabledPlans": ["5e000000-0000-4000-8000-000000000005", 5]}]');
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), regress.add_licenses('TEAMS_ESSENTIALS', 'TEAMS_ESSENTIALS'));
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), remove_licenses => ARRAY[regress.sku('TEAMS_ESSENTIALS'), regress.sku('TEAMS_ESSENTIALS')]);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), regress.add_licenses('TEAMS_ESSENTIALS'), ARRAY[regress.sku('TEAMS_ESSENTIALS')]);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), NULL);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), remove_licenses => ARRAY[NULL]::uuid[]);
SELECT * FROM license_mgmt.change_user_licenses(regress.usr('ann'), '[{"skuId": "b0000000-0000-4000-8000-00000000dead"}]');
-- An empty call changes nothing and returns the user's licenses.
SELECT sku_part_number, state, assigned_directly, enabled_service_plans
  FROM license_mgmt.change_user_licenses(regress.usr('ann'));
SELECT * FROM regress.page;
SELECT * FROM license_mgmt.verify();
