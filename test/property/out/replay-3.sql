INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',1,0), 'BASE_MAIL', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',2,0), 'BASE_SITES', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',3,0), 'OFFICE', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',4,0), 'COPILOT_AI', '{CN,RU}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',5,0), 'MAIL_ARCHIVE', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',6,0), 'SITES_PLUS', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',7,0), 'ARCHIVE_PRO', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',8,0), 'VOICE_A', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',9,0), 'VOICE_B', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',10,0), 'WHITEBOARD', '{}');
INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, unavailable_locations) VALUES (prop.id('sp',11,0), 'TEAMS_EU', '{US}');
INSERT INTO license_mgmt.service_plan_dependencies VALUES (prop.id('sp',5,0), prop.id('sp',1,0)), (prop.id('sp',6,0), prop.id('sp',2,0)), (prop.id('sp',7,0), prop.id('sp',5,0));
INSERT INTO license_mgmt.service_plan_conflicts VALUES (prop.id('sp',8,0), prop.id('sp',9,0)), (prop.id('sp',9,0), prop.id('sp',6,0));
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',1,0), 'SUITE_E3', 'Suite E3');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',1,0), prop.id('sp', p) FROM unnest('{1,2,3,10}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',2,0), 'SUITE_E5', 'Suite E5');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',2,0), prop.id('sp', p) FROM unnest('{1,2,3,4,8}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',3,0), 'MAIL_ONLY', 'Mail Only');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',3,0), prop.id('sp', p) FROM unnest('{1}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',4,0), 'ARCHIVE_ADDON', 'Archive Addon');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',4,0), prop.id('sp', p) FROM unnest('{5}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',5,0), 'SITES_ADDON', 'Sites Addon');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',5,0), prop.id('sp', p) FROM unnest('{6,10}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',6,0), 'ARCHIVE_PRO', 'Archive Pro');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',6,0), prop.id('sp', p) FROM unnest('{7}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',7,0), 'VOICE_B_PACK', 'Voice B Pack');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',7,0), prop.id('sp', p) FROM unnest('{9,11}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',8,0), 'WHITEBOARD', 'Whiteboard');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',8,0), prop.id('sp', p) FROM unnest('{10}'::int[]) AS p;
INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES (prop.id('sku',9,0), 'ARCHIVE_BUNDLE', 'Archive Bundle');
INSERT INTO license_mgmt.product_service_plans SELECT prop.id('sku',9,0), prop.id('sp', p) FROM unnest('{1,5}'::int[]) AS p;
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES (prop.id('t',1,0), 'Fabrikam', 'US', 'f');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES (prop.id('t',2,0), 'Contoso', 'DE', 't');
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location, nested_group_licensing) VALUES (prop.id('t',3,0), 'Tailspin', 'CN', 't');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,1), prop.id('sku',2,0), 7, 'enabled', '2030-02-06 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,2), prop.id('sku',2,0), 1, 'warning', '2030-04-19 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,3), prop.id('sku',3,0), 6, 'enabled', '2030-02-10 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,4), prop.id('sku',4,0), 2, 'enabled', '2030-04-27 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,5), prop.id('sku',5,0), 7, 'enabled', '2030-02-14 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,6), prop.id('sku',7,0), 6, 'enabled', '2030-02-24 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,7), prop.id('sku',8,0), 4, 'enabled', '2030-05-13 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,8), prop.id('sku',9,0), 5, 'enabled', '2030-06-01 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,1), 'user1@tenant1.example', 'RU');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,2), 'user2@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,3), 'user3@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,4), 'user4@tenant1.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,5), 'user5@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,6), 'user6@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,7), 'user7@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,8), 'user8@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,9), 'user9@tenant1.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,10), 'user10@tenant1.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,11), 'user11@tenant1.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,12), 'user12@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,13), 'user13@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,14), 'user14@tenant1.example', 'US');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,1), m FROM unnest(ARRAY[prop.id('u',1,13), prop.id('u',1,7), prop.id('u',1,12), prop.id('u',1,1), prop.id('g',1,3)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,2), m FROM unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,9), prop.id('u',1,6), prop.id('u',1,3), prop.id('u',1,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,3), prop.id('u',1,8), prop.id('u',1,2), prop.id('u',1,11), prop.id('u',1,9), prop.id('u',1,4), prop.id('u',1,10), prop.id('g',1,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,4), m FROM unnest(ARRAY[prop.id('u',1,9), prop.id('u',1,12), prop.id('u',1,14), prop.id('g',1,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,11), prop.id('u',1,14), prop.id('u',1,6), prop.id('u',1,12), prop.id('u',1,7)]) AS m;
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,1), prop.id('sku',2,0), 4, 'enabled', '2030-05-05 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,2), prop.id('sku',4,0), 7, 'enabled', '2030-01-08 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,3), prop.id('sku',4,0), 1, 'enabled', '2030-06-08 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,4), prop.id('sku',5,0), 5, 'enabled', '2030-01-14 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,5), prop.id('sku',5,0), 1, 'warning', '2030-02-04 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,6), prop.id('sku',6,0), 3, 'enabled', '2030-07-09 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,7), prop.id('sku',7,0), 7, 'enabled', '2030-01-20 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,8), prop.id('sku',8,0), 5, 'enabled', '2030-06-14 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,9), prop.id('sku',9,0), 4, 'enabled', '2030-02-18 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,1), 'user1@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,2), 'user2@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,3), 'user3@tenant2.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,4), 'user4@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,5), 'user5@tenant2.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,6), 'user6@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,7), 'user7@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,8), 'user8@tenant2.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,9), 'user9@tenant2.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,10), 'user10@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,11), 'user11@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,12), 'user12@tenant2.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,13), 'user13@tenant2.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,14), 'user14@tenant2.example', 'DE');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,1), m FROM unnest(ARRAY[prop.id('u',2,6), prop.id('u',2,5), prop.id('u',2,10), prop.id('u',2,3)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,13), prop.id('u',2,10), prop.id('u',2,14), prop.id('u',2,2), prop.id('u',2,11), prop.id('u',2,6), prop.id('g',2,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,3), m FROM unnest(ARRAY[prop.id('u',2,14), prop.id('u',2,13), prop.id('u',2,8), prop.id('u',2,10), prop.id('g',2,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,4), m FROM unnest(ARRAY[prop.id('u',2,13), prop.id('u',2,5), prop.id('u',2,7)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,5), m FROM unnest(ARRAY[prop.id('u',2,10), prop.id('u',2,3), prop.id('u',2,11), prop.id('u',2,1), prop.id('u',2,9), prop.id('u',2,13), prop.id('u',2,12)]) AS m;
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,1), prop.id('sku',1,0), 6, 'enabled', '2030-02-13 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,2), prop.id('sku',2,0), 2, 'enabled', '2030-05-21 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,3), prop.id('sku',3,0), 7, 'enabled', '2030-07-11 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,4), prop.id('sku',4,0), 2, 'enabled', '2030-03-10 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,5), prop.id('sku',5,0), 7, 'enabled', '2030-04-24 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,6), prop.id('sku',6,0), 4, 'enabled', '2030-03-10 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,7), prop.id('sku',7,0), 7, 'enabled', '2030-03-31 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,8), prop.id('sku',7,0), 1, 'warning', '2030-02-04 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,9), prop.id('sku',8,0), 7, 'enabled', '2030-05-26 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,10), prop.id('sku',8,0), 1, 'enabled', '2030-05-22 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,11), prop.id('sku',9,0), 2, 'enabled', '2030-01-19 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,12), prop.id('sku',9,0), 3, 'enabled', '2030-01-10 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,1), 'user1@tenant3.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,2), 'user2@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,3), 'user3@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,4), 'user4@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,5), 'user5@tenant3.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,6), 'user6@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,7), 'user7@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,8), 'user8@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,9), 'user9@tenant3.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,10), 'user10@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,11), 'user11@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,12), 'user12@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,13), 'user13@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,14), 'user14@tenant3.example', 'DE');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,8), prop.id('u',3,2), prop.id('u',3,1), prop.id('u',3,6), prop.id('u',3,7), prop.id('u',3,10)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,2), m FROM unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,9), prop.id('u',3,1), prop.id('g',3,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,3), m FROM unnest(ARRAY[prop.id('u',3,4), prop.id('u',3,12), prop.id('u',3,9)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,4), m FROM unnest(ARRAY[prop.id('u',3,5), prop.id('u',3,1), prop.id('u',3,9), prop.id('u',3,8), prop.id('u',3,11), prop.id('u',3,14)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,5), m FROM unnest(ARRAY[prop.id('u',3,14), prop.id('u',3,2), prop.id('u',3,13)]) AS m;
UPDATE license_mgmt.users SET deleted_at = '2030-01-01 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,11)]);  -- op 1 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,14));  -- op 2 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-10-17 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 3 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,10);  -- op 4 remove_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 5 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('g',2,5);  -- op 6 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 7 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',2,0));  -- op 8 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 9 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 10 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',5,0));  -- op 11 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,3));  -- op 12 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2);  -- op 13 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,5));  -- op 14 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 15 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,13);  -- op 16 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,4));  -- op 17 reprocess_group: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 18 tenant_nesting: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,9), prop.id('sku',5,0), 1, 'enabled', '2030-06-04 09:00:00+00');  -- op 19 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,11)]);  -- op 20 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 21 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 22 assign_user: refused license_usage_location_required
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,15), 'user15@tenant2.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,15) FROM unnest(ARRAY[prop.id('g',2,1)]) AS g;
COMMIT;  -- op 23 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 24 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,7);  -- op 25 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,13), prop.id('u',3,3), prop.id('u',3,10), prop.id('u',3,1), prop.id('u',3,12)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 26 bulk_assign: refused license_disabled_plan_in_product
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,6), 'Group 6');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,7), prop.id('u',2,11), prop.id('u',2,8)]) AS m;
COMMIT;  -- op 27 group_create: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,10), 'CN'), (prop.id('u',3,13), 'FR'), (prop.id('u',3,12), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 28 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,11);  -- op 29 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',3,0));  -- op 30 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',7,0), '{}'::uuid[]);  -- op 31 assign_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,4));  -- op 32 reprocess_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',2,0));  -- op 33 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,10), prop.id('sku',4,0), 0, 'enabled', '2030-02-16 06:00:00+00');  -- op 34 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 35 restore: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,9);  -- op 36 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',8,0), '{}'::uuid[]);  -- op 37 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-08-06 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,6);  -- op 38 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,10), prop.id('sku',6,0), 6, 'enabled', '2030-04-15 21:00:00+00');  -- op 39 sub_add: ok
SELECT license_mgmt.advance_subscriptions('2030-01-06 00:00:00+00');  -- op 40 advance: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 41 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,9), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,9), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);
COMMIT;  -- op 42 swap: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,11);  -- op 43 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,13), prop.id('sku',5,0), 6, 'deleted', '2030-07-14 12:00:00+00');  -- op 44 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,2), '2029-12-20 03:00:00+00');  -- op 45 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 46 restore: ok
SELECT license_mgmt.advance_subscriptions('2030-01-06 21:00:00+00');  -- op 47 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('g',3,5));  -- op 48 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,4), prop.id('sku',2,0), '{}'::uuid[]);  -- op 49 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,1), prop.id('u',1,9));  -- op 50 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,11), prop.id('sku',5,0), 2, 'enabled', '2030-03-27 09:00:00+00');  -- op 51 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-07 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 52 soft_delete: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,15), 'user15@tenant3.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,15) FROM unnest(ARRAY[prop.id('g',3,1), prop.id('g',3,4)]) AS g;
COMMIT;  -- op 53 create_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 54 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',5,0), '{}'::uuid[]);  -- op 55 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('g',1,4));  -- op 56 add_member: refused group_members_not_self
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,12), prop.id('sku',4,0), 6, 'enabled', '2030-01-28 03:00:00+00');  -- op 57 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('g',2,1), '2030-01-06 05:00:00+00');  -- op 58 add_member: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,9)]);  -- op 59 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,5), m FROM unnest(ARRAY[prop.id('u',2,4), prop.id('u',2,2), prop.id('u',2,11), prop.id('u',2,10), prop.id('u',2,3), prop.id('u',2,14), prop.id('u',2,6), prop.id('u',2,8), prop.id('u',2,12)]) AS m ON CONFLICT DO NOTHING;  -- op 60 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,8);  -- op 61 sub_seats: ok
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0);  -- op 62 tenant_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,2), m FROM unnest(ARRAY[prop.id('u',1,13), prop.id('u',1,7), prop.id('u',1,12), prop.id('u',1,1), prop.id('u',1,4), prop.id('u',1,14), prop.id('u',1,6), prop.id('u',1,3), prop.id('u',1,2), prop.id('u',1,10), prop.id('u',1,5), prop.id('u',1,11)]) AS m ON CONFLICT DO NOTHING;  -- op 63 add_members_bulk: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 64 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,2));  -- op 65 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 66 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,14);  -- op 67 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',7,0)]);  -- op 68 assign_user: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,13), prop.id('sku',6,0), 2, 'enabled', '2030-04-12 15:00:00+00');  -- op 69 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',7,0), '{}'::uuid[]);  -- op 70 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 71 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 72 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,10);  -- op 73 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,2);  -- op 74 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,1), prop.id('u',1,6));  -- op 75 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('g',3,3), '2029-12-06 08:00:00+00');  -- op 76 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 77 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,12);  -- op 78 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-07-15 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 79 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',5,0));  -- op 80 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',2,0));  -- op 81 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 82 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 83 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.reprocess_group(prop.id('g',2,6));  -- op 84 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,4), '2029-12-25 01:00:00+00');  -- op 85 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,5);  -- op 86 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-01-11 21:00:00+00');  -- op 87 advance: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,5);  -- op 88 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,8);  -- op 89 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,6));  -- op 90 reprocess_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 91 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',8,0), prop.id('sp',3,0)]);  -- op 92 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,7);  -- op 93 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',2,0)]);  -- op 94 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 95 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,2));  -- op 96 add_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,16), 'user16@tenant2.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,16) FROM unnest(ARRAY[prop.id('g',2,3)]) AS g;
COMMIT;  -- op 97 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,14), prop.id('sku',4,0), 6, 'enabled', '2030-02-23 06:00:00+00');  -- op 98 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,13), prop.id('u',2,5)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 99 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',1,0);  -- op 100 sub_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 101 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('g',2,1);  -- op 102 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,15), 'US'), (prop.id('u',3,13), 'CN'), (prop.id('u',3,1), 'DE'), (prop.id('u',3,11), 'RU'), (prop.id('u',3,12), NULL), (prop.id('u',3,2), 'US'), (prop.id('u',3,7), 'FR'), (prop.id('u',3,5), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 103 set_location_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-14 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 104 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-14 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 105 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',5,0), '{}'::uuid[]);  -- op 106 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,2), prop.id('u',1,12)), (prop.id('g',1,3), prop.id('u',1,4)), (prop.id('g',1,4), prop.id('g',1,5)), (prop.id('g',1,1), prop.id('u',1,1)));  -- op 107 remove_members_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,15), prop.id('sku',3,0), 5, 'enabled', '2030-05-02 12:00:00+00');  -- op 108 sub_add: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,8));  -- op 109 reprocess_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-11-11 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 110 sub_renew: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,9);  -- op 111 sub_seats: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,17), 'user17@tenant2.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,17) FROM unnest(ARRAY[prop.id('g',2,1), prop.id('g',2,3)]) AS g;
COMMIT;  -- op 112 create_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,7), 'Group 7');  -- op 113 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',4,0), '{}'::uuid[]);  -- op 114 assign_user: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',7,0)]);  -- op 115 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,1), prop.id('u',2,17)), (prop.id('g',2,1), prop.id('u',2,3)), (prop.id('g',2,5), prop.id('u',2,2)), (prop.id('g',2,5), prop.id('u',2,13)), (prop.id('g',2,5), prop.id('u',2,9)), (prop.id('g',2,5), prop.id('u',2,11)), (prop.id('g',2,5), prop.id('u',2,4)), (prop.id('g',2,4), prop.id('u',2,5)), (prop.id('g',2,2), prop.id('u',2,6)), (prop.id('g',2,2), prop.id('u',2,2)), (prop.id('g',2,2), prop.id('u',2,14)), (prop.id('g',2,3), prop.id('u',2,17)), (prop.id('g',2,3), prop.id('u',2,16)));  -- op 116 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,5), prop.id('u',2,12)), (prop.id('g',2,5), prop.id('u',2,10)), (prop.id('g',2,5), prop.id('u',2,14)), (prop.id('g',2,2), prop.id('u',2,10)), (prop.id('g',2,3), prop.id('u',2,13)));  -- op 117 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,7), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 118 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',7,0));  -- op 119 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,8), prop.id('sku',8,0), '{}'::uuid[]);  -- op 120 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET deleted_at = '2030-01-16 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1), prop.id('u',2,5)]);  -- op 121 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('g',3,4), '2029-12-05 20:00:00+00');  -- op 122 add_member: refused group_members_not_self
UPDATE license_mgmt.users SET deleted_at = '2030-01-16 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13)]);  -- op 123 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,2), prop.id('u',1,3)), (prop.id('g',1,2), prop.id('u',1,7)), (prop.id('g',1,2), prop.id('u',1,2)), (prop.id('g',1,3), prop.id('g',1,4)), (prop.id('g',1,3), prop.id('u',1,11)), (prop.id('g',1,4), prop.id('u',1,12)), (prop.id('g',1,5), prop.id('u',1,6)), (prop.id('g',1,5), prop.id('u',1,12)), (prop.id('g',1,5), prop.id('u',1,7)), (prop.id('g',1,1), prop.id('u',1,6)), (prop.id('g',1,1), prop.id('u',1,7)));  -- op 124 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,6);  -- op 125 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',4,0), '{}'::uuid[]);  -- op 126 assign_group: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',8,0), '{}'::uuid[]);  -- op 127 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,12);  -- op 128 sub_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 129 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 130 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,18), 'user18@tenant2.example', 'RU');  -- op 131 create_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15), prop.id('u',2,1), prop.id('u',2,12)]);  -- op 132 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('g',1,1));  -- op 133 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2);  -- op 134 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',6,0), '{}'::uuid[]);  -- op 135 assign_group: refused license_service_plan_dependency
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 136 swap: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 137 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,2), prop.id('g',2,4), prop.id('g',2,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,16), prop.id('u',2,14), prop.id('u',2,3), prop.id('u',2,6), prop.id('u',2,18)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 138 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,7);  -- op 139 set_location: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,4)]);  -- op 140 hard_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 141 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,5);  -- op 142 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 143 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',6,0), '{}'::uuid[]);  -- op 144 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13)]);  -- op 145 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 146 assign_group: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 147 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',6,0), '{}'::uuid[]);  -- op 148 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.advance_subscriptions('2030-01-19 15:00:00+00');  -- op 149 advance: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 150 swap: refused license_usage_location_allowed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',3,0), '{}'::uuid[]);  -- op 151 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,2);  -- op 152 account_enabled: ok
SELECT license_mgmt.advance_subscriptions('2030-01-20 03:00:00+00');  -- op 153 advance: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,14), 'DE'), (prop.id('u',1,1), 'US'), (prop.id('u',1,3), 'DE'), (prop.id('u',1,7), NULL), (prop.id('u',1,13), 'US'), (prop.id('u',1,5), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 154 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,6), prop.id('u',2,3)), (prop.id('g',2,6), prop.id('u',2,16)), (prop.id('g',2,6), prop.id('u',2,8)), (prop.id('g',2,1), prop.id('u',2,15)), (prop.id('g',2,4), prop.id('u',2,18)), (prop.id('g',2,2), prop.id('u',2,6)), (prop.id('g',2,2), prop.id('u',2,3)), (prop.id('g',2,2), prop.id('u',2,16)), (prop.id('g',2,3), prop.id('u',2,14)));  -- op 155 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 156 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',3,0));  -- op 157 remove_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 158 tenant_nesting: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,11), prop.id('sku',9,0), 5, 'enabled', '2030-03-03 21:00:00+00');  -- op 159 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 160 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',5,0));  -- op 161 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3) AND member_id = prop.id('g',3,5);  -- op 162 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-03-20 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,3);  -- op 163 sub_renew: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',2,0));  -- op 164 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,5), prop.id('g',2,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,17), prop.id('u',2,16)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 165 add_members_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,6), 'Group 6');  -- op 166 group_create: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,1);  -- op 167 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 168 sub_seats: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,3), prop.id('u',3,14)]);  -- op 169 hard_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,6), prop.id('u',2,6)), (prop.id('g',2,4), prop.id('u',2,13)), (prop.id('g',2,4), prop.id('u',2,3)), (prop.id('g',2,4), prop.id('u',2,16)));  -- op 170 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,3);  -- op 171 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,12));  -- op 172 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3) AND member_id = prop.id('u',3,9);  -- op 173 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,3);  -- op 174 set_location: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,8), 'Group 8');  -- op 175 group_create: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,14), prop.id('sku',1,0), 4, 'enabled', '2030-07-03 00:00:00+00');  -- op 176 sub_add: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',3,0);  -- op 177 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 178 sub_bulk: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,16), NULL), (prop.id('u',2,12), 'US'), (prop.id('u',2,10), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 179 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 180 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 181 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',7,0));  -- op 182 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,14), prop.id('sku',5,0), '{}'::uuid[]);  -- op 183 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,14), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 184 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-24 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1)]);  -- op 185 soft_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-01-24 06:00:00+00');  -- op 186 advance: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,14));  -- op 187 reprocess_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',1,0));  -- op 188 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 189 swap: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',3,0));  -- op 190 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,1);  -- op 191 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 192 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',8,0)]);  -- op 193 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,4);  -- op 194 sub_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',6,0), '{}'::uuid[]);  -- op 195 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',1,3), prop.id('sku',7,0));  -- op 196 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,11), prop.id('u',2,10), prop.id('u',2,11)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 197 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',7,0));  -- op 198 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',1,0);  -- op 199 sub_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',4,0));  -- op 200 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',2,0);  -- op 201 sub_bulk: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0);  -- op 202 tenant_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 203 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 204 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,3), prop.id('u',1,10)));  -- op 205 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,8);  -- op 206 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-01-26 21:00:00+00');  -- op 207 advance: ok
SELECT license_mgmt.advance_subscriptions('2030-01-27 00:00:00+00');  -- op 208 advance: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,16), prop.id('sku',9,0), 2, 'enabled', '2030-03-05 03:00:00+00');  -- op 209 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5);  -- op 210 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 211 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,17), prop.id('sku',5,0), 5, 'enabled', '2030-02-22 12:00:00+00');  -- op 212 sub_add: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,15), prop.id('sku',6,0), 6, 'enabled', '2030-07-25 15:00:00+00');  -- op 213 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,14));  -- op 214 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,13));  -- op 215 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3);  -- op 216 remove_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,7), 'Group 7');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,7), m FROM unnest(ARRAY[prop.id('u',1,6), prop.id('u',1,3), prop.id('u',1,11)]) AS m;
COMMIT;  -- op 217 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 218 assign_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,9), 'Group 9');  -- op 219 group_create: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,16), 'user16@tenant3.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,16) FROM unnest(ARRAY[prop.id('g',3,4), prop.id('g',3,3)]) AS g;
COMMIT;  -- op 220 create_user: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-01-28 15:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3), prop.id('u',1,2)]);  -- op 221 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 222 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,3), prop.id('sku',8,0), '{}'::uuid[]);  -- op 223 assign_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,7), 'DE'), (prop.id('u',3,9), 'US'), (prop.id('u',3,15), 'DE'), (prop.id('u',3,4), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 224 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,14);  -- op 225 sub_seats: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-29 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,5), prop.id('u',3,15), prop.id('u',3,6), prop.id('u',3,7)]);  -- op 226 soft_delete: ok
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0);  -- op 227 tenant_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,8), prop.id('sku',2,0));  -- op 228 remove_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,16), prop.id('sku',3,0), 0, 'enabled', '2030-03-08 15:00:00+00');  -- op 229 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,10), prop.id('u',3,16), prop.id('u',3,8), prop.id('u',3,15)]) AS m ON CONFLICT DO NOTHING;  -- op 230 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 231 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4) AND member_id = prop.id('u',3,8);  -- op 232 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',7,0), '{}'::uuid[]);  -- op 233 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,5), prop.id('u',1,1), prop.id('u',1,6), prop.id('u',1,10), prop.id('u',1,3), prop.id('u',1,7), prop.id('u',1,2), prop.id('u',1,8), prop.id('u',1,12), prop.id('u',1,13)]) AS m ON CONFLICT DO NOTHING;  -- op 234 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,17), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 235 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,5), prop.id('u',3,7));  -- op 236 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-01-30 15:00:00+00');  -- op 237 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3);  -- op 238 remove_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,10), 'Group 10');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,10), m FROM unnest(ARRAY[prop.id('u',2,2), prop.id('u',2,13)]) AS m;
COMMIT;  -- op 239 group_create: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,12);  -- op 240 sub_delete: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,12), 'DE'), (prop.id('u',3,13), NULL), (prop.id('u',3,10), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 241 set_location_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,17), 'user17@tenant3.example', 'CN');  -- op 242 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,10);  -- op 243 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,10);  -- op 244 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,16));  -- op 245 add_member: refused group_members_pkey
SELECT license_mgmt.reprocess_user(prop.id('u',3,7));  -- op 246 reprocess_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,18), prop.id('sku',7,0), 4, 'enabled', '2030-04-22 21:00:00+00');  -- op 247 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 248 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,12);  -- op 249 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-02-01 06:00:00+00');  -- op 250 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0)]);  -- op 251 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 252 assign_group: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,12), 'FR'), (prop.id('u',3,10), 'CN'), (prop.id('u',3,13), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 253 set_location_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-02-01 18:00:00+00');  -- op 254 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,16), prop.id('u',3,10), prop.id('u',3,17), prop.id('u',3,8), prop.id('u',3,4), prop.id('u',3,1), prop.id('u',3,2), prop.id('u',3,11), prop.id('u',3,9)]) AS m ON CONFLICT DO NOTHING;  -- op 255 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,11);  -- op 256 sub_status: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,2));  -- op 257 reprocess_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,7), 'FR'), (prop.id('u',3,12), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 258 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,6), prop.id('g',1,7), prop.id('g',1,5)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,5), prop.id('u',1,13), prop.id('u',1,8), prop.id('u',1,14), prop.id('u',1,1)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 259 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,6), m FROM unnest(ARRAY[prop.id('u',1,8), prop.id('u',1,1), prop.id('u',1,11), prop.id('u',1,3)]) AS m ON CONFLICT DO NOTHING;  -- op 260 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,4), prop.id('u',3,2), prop.id('u',3,16)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 261 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1)]);  -- op 262 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-02 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,11)]);  -- op 263 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,8), prop.id('sku',3,0), '{}'::uuid[]);  -- op 264 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,8), prop.id('u',3,17), prop.id('u',3,2), prop.id('u',3,4), prop.id('u',3,12), prop.id('u',3,1), prop.id('u',3,15), prop.id('u',3,5), prop.id('u',3,9)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 265 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,5), prop.id('g',1,4), prop.id('g',1,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,8), prop.id('u',1,10), prop.id('u',1,14), prop.id('u',1,11)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 266 add_members_bulk: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 267 account_enabled: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-03 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,9)]);  -- op 268 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,15));  -- op 269 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 270 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',1,0), '{}'::uuid[]);  -- op 271 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,5), m FROM unnest(ARRAY[prop.id('u',3,4), prop.id('u',3,17), prop.id('u',3,5)]) AS m UNION ALL SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,3), prop.id('u',1,12), prop.id('u',1,10), prop.id('u',1,11)]) AS m ON CONFLICT DO NOTHING;  -- op 272 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',4,0), '{}'::uuid[]);  -- op 273 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,1), prop.id('u',3,5), prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,16), prop.id('u',3,17), prop.id('u',3,2)], prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 274 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,9)]);  -- op 275 restore: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,9), prop.id('u',3,7), prop.id('u',3,5)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 276 bulk_assign: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1)]);  -- op 277 hard_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,17), prop.id('sku',7,0), 5, 'enabled', '2030-03-10 18:00:00+00');  -- op 278 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0);  -- op 279 tenant_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,12), prop.id('sku',1,0), 6, 'enabled', '2030-08-14 00:00:00+00');  -- op 280 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,3), prop.id('g',1,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,13), prop.id('u',1,6), prop.id('u',1,7)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 281 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',3,0));  -- op 282 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,3);  -- op 283 account_enabled: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 284 tenant_nesting: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);
COMMIT;  -- op 285 swap: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,16)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 286 bulk_assign: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,8), 'Group 8');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,8), m FROM unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,3), prop.id('u',1,13), prop.id('u',1,8), prop.id('u',1,11)]) AS m;
COMMIT;  -- op 287 group_create: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,5);  -- op 288 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 289 sub_status: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,8);  -- op 290 account_enabled: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 291 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 292 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,3), prop.id('sku',8,0));  -- op 293 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',8,0));  -- op 294 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,17);  -- op 295 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5);  -- op 296 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',6,0));  -- op 297 remove_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,11), 'Group 11');  -- op 298 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,13), prop.id('u',1,2), prop.id('u',1,5), prop.id('u',1,14), prop.id('u',1,7), prop.id('u',1,6), prop.id('u',1,12)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 299 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',10,0), prop.id('sp',8,0)]);  -- op 300 assign_user: refused license_disabled_plan_in_product
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,14)]);  -- op 301 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,5), prop.id('u',3,7));  -- op 302 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,13), prop.id('u',1,7), prop.id('u',1,3), prop.id('u',1,5), prop.id('u',1,14)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 303 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-08 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 304 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 305 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,19), prop.id('sku',5,0), 5, 'suspended', '2030-05-31 06:00:00+00');  -- op 306 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('g',1,3));  -- op 307 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 308 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4);  -- op 309 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',10,0), prop.id('sp',2,0)]);  -- op 310 assign_user: refused license_usage_location_required
SELECT license_mgmt.assign_user_license(prop.id('ghost',311,0), prop.id('sku',5,0), '{}'::uuid[]);  -- op 311 assign_user: refused license_user_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',7,0), '{}'::uuid[]);  -- op 312 assign_user: refused license_usage_location_allowed
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,7), prop.id('u',3,15), prop.id('u',3,5)]);  -- op 313 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',8,0), '{}'::uuid[]);  -- op 314 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,19), 'user19@tenant2.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,19) FROM unnest(ARRAY[prop.id('g',2,2), prop.id('g',2,4)]) AS g;
COMMIT;  -- op 315 create_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,7), prop.id('u',2,19), prop.id('u',2,9)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 316 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-09 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17)]);  -- op 317 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,15);  -- op 318 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,10), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 319 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 320 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11);  -- op 321 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,8);  -- op 322 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,5), prop.id('u',3,15));  -- op 323 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-10 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12), prop.id('u',1,7), prop.id('u',1,10), prop.id('u',1,3)]);  -- op 324 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-10 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,19), prop.id('u',2,4)]);  -- op 325 soft_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,13), prop.id('sku',1,0), 3, 'enabled', '2030-03-25 18:00:00+00');  -- op 326 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,8);  -- op 327 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,9), prop.id('g',2,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,3), prop.id('u',2,7), prop.id('u',2,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 328 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',4,0), '{}'::uuid[]);  -- op 329 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.reprocess_group(prop.id('g',2,4));  -- op 330 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,10)), (prop.id('g',1,7), prop.id('u',1,13)), (prop.id('g',1,8), prop.id('u',1,3)), (prop.id('g',1,8), prop.id('u',1,7)), (prop.id('g',1,8), prop.id('u',1,13)), (prop.id('g',1,6), prop.id('u',1,7)), (prop.id('g',1,4), prop.id('u',1,10)), (prop.id('g',1,4), prop.id('u',1,11)), (prop.id('g',1,5), prop.id('u',1,6)), (prop.id('g',1,5), prop.id('u',1,12)));  -- op 331 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 332 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-02-11 15:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12), prop.id('u',1,6)]);  -- op 333 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,16);  -- op 334 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,13);  -- op 335 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,11));  -- op 336 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 337 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',7,0));  -- op 338 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,7);  -- op 339 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 340 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',7,0));  -- op 341 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,13);  -- op 342 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,3), prop.id('sku',7,0));  -- op 343 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,8);  -- op 344 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,5));  -- op 345 reprocess_group: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,5));  -- op 346 reprocess_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',8,0));  -- op 347 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,7), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 348 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,12), 'Group 12');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,12), m FROM unnest(ARRAY[prop.id('u',2,10)]) AS m;
COMMIT;  -- op 349 group_create: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5);  -- op 350 group_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',4,0));  -- op 351 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,10);  -- op 352 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 353 assign_user: refused license_service_plan_conflict
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-09-08 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,5);  -- op 354 sub_renew: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',4,0));  -- op 355 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,5) AND member_id = prop.id('u',2,17);  -- op 356 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,7), prop.id('sku',8,0), '{}'::uuid[]);  -- op 357 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,11), m FROM unnest(ARRAY[prop.id('u',2,17), prop.id('u',2,8), prop.id('u',2,18)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,13)]) AS m ON CONFLICT DO NOTHING;  -- op 358 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',8,0), '{}'::uuid[]);  -- op 359 assign_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,18), 'user18@tenant3.example', 'US');  -- op 360 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',4,0), prop.id('sp',8,0)]);  -- op 361 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,6)]);  -- op 362 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,1);  -- op 363 sub_seats: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,2), prop.id('u',1,13), prop.id('u',1,6)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 364 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('g',2,2));  -- op 365 add_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 366 tenant_nesting: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,14), prop.id('sku',9,0), 1, 'enabled', '2030-05-08 21:00:00+00');  -- op 367 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',5,0));  -- op 368 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4);  -- op 369 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-02-16 06:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17), prop.id('u',3,5)]);  -- op 370 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',9,0));  -- op 371 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',5,0));  -- op 372 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-05-06 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,14);  -- op 373 sub_renew: ok
SELECT license_mgmt.advance_subscriptions('2030-02-16 18:00:00+00');  -- op 374 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 375 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 376 sub_status: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,12), 'US'), (prop.id('u',1,7), 'FR'), (prop.id('u',1,10), 'US'), (prop.id('u',1,13), NULL), (prop.id('u',1,6), 'US'), (prop.id('u',1,3), 'CN'), (prop.id('u',1,14), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 377 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11) AND member_id = prop.id('u',2,8);  -- op 378 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,15), prop.id('sku',1,0), 1, 'warning', '2030-06-30 09:00:00+00');  -- op 379 sub_add: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,5));  -- op 380 reprocess_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',3,0);  -- op 381 sub_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',2,0));  -- op 382 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,10), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 383 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,13);  -- op 384 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,6);  -- op 385 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 386 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 387 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,10), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 388 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,7));  -- op 389 reprocess_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,2), prop.id('u',3,18), prop.id('u',3,7), prop.id('u',3,8)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 390 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',1,0), '{}'::uuid[]);  -- op 391 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 392 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 393 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,13), 'Group 13');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,13), m FROM unnest(ARRAY[prop.id('u',2,6)]) AS m;
COMMIT;  -- op 394 group_create: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,10);  -- op 395 remove_member: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,8)]);  -- op 396 hard_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,12), prop.id('u',3,1), prop.id('u',3,2), prop.id('u',3,18), prop.id('u',3,17), prop.id('u',3,4), prop.id('u',3,5), prop.id('u',3,16)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 397 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',5,0));  -- op 398 remove_group: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 399 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,13), prop.id('u',2,3), prop.id('u',2,2), prop.id('u',2,18)]) AS m ON CONFLICT DO NOTHING;  -- op 400 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,19)]);  -- op 401 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12) AND member_id = prop.id('u',2,10);  -- op 402 remove_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7);  -- op 403 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 404 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,12), prop.id('u',1,7), prop.id('u',1,13), prop.id('u',1,2), prop.id('u',1,3), prop.id('u',1,8), prop.id('u',1,5), prop.id('u',1,12)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 405 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-20 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6)]);  -- op 406 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,15);  -- op 407 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,3);  -- op 408 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,10));  -- op 409 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,11);  -- op 410 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,7);  -- op 411 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',8,0));  -- op 412 remove_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,11));  -- op 413 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-21 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12), prop.id('u',1,14), prop.id('u',1,5), prop.id('u',1,8)]);  -- op 414 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',1,0));  -- op 415 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',10,0), prop.id('sp',1,0)]);  -- op 416 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 417 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,13);  -- op 418 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,13), prop.id('u',3,16), prop.id('ghost',419,0)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 419 bulk_assign: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,10));  -- op 420 reprocess_user: ok
SELECT license_mgmt.advance_subscriptions('2030-02-22 15:00:00+00');  -- op 421 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,1), prop.id('g',3,3)));  -- op 422 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 423 sub_status: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,7), prop.id('u',3,2), prop.id('u',3,1), prop.id('u',3,13), prop.id('u',3,18), prop.id('u',3,11), prop.id('u',3,12), prop.id('u',3,8), prop.id('u',3,9), prop.id('u',3,15), prop.id('u',3,7), prop.id('ghost',424,0)], prop.id('sku',4,0), '{}'::uuid[]);  -- op 424 bulk_assign: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,16), prop.id('sku',2,0), 2, 'suspended', '2030-09-10 03:00:00+00');  -- op 425 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 426 restore: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,10)]);  -- op 427 hard_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 428 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',2,0));  -- op 429 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0)]);  -- op 430 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',3,0), '{}'::uuid[]);  -- op 431 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('g',2,2);  -- op 432 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',1,0));  -- op 433 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,20), prop.id('sku',1,0), 5, 'suspended', '2030-09-03 06:00:00+00');  -- op 434 sub_add: ok
SELECT license_mgmt.advance_subscriptions('2030-02-24 09:00:00+00');  -- op 435 advance: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,18), prop.id('sku',8,0), 1, 'suspended', '2030-05-25 12:00:00+00');  -- op 436 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0);  -- op 437 tenant_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-05-21 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 438 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,11);  -- op 439 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,12);  -- op 440 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 441 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',8,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 442 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,2);  -- op 443 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,9), prop.id('sku',8,0), '{}'::uuid[]);  -- op 444 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,18), '2030-01-18 00:00:00+00');  -- op 445 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6)]);  -- op 446 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,14);  -- op 447 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,13);  -- op 448 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,13);  -- op 449 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,3), prop.id('u',1,7), prop.id('u',1,10), prop.id('u',1,11), prop.id('u',1,5), prop.id('u',1,12), prop.id('u',1,2), prop.id('u',1,6), prop.id('ghost',450,0)], prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',4,0), prop.id('sp',3,0)]);  -- op 450 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 451 assign_user: refused license_usage_location_required
SELECT license_mgmt.remove_group_license(prop.id('g',1,8), prop.id('sku',7,0));  -- op 452 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1)]);  -- op 453 hard_delete: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,13);  -- op 454 account_enabled: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 455 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,12);  -- op 456 sub_status: ok
SELECT license_mgmt.advance_subscriptions('2030-02-27 03:00:00+00');  -- op 457 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('u',1,12));  -- op 458 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,21), prop.id('sku',4,0), 0, 'deleted', '2030-05-23 09:00:00+00');  -- op 459 sub_add: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,14), 'Group 14');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,14), m FROM unnest(ARRAY[prop.id('u',2,7)]) AS m;
COMMIT;  -- op 460 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), '{}'::uuid[]);  -- op 461 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,10), prop.id('u',1,5), prop.id('u',1,12), prop.id('u',1,2), prop.id('u',1,11), prop.id('u',1,3), prop.id('u',1,6), prop.id('u',1,7), prop.id('u',1,13)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 462 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,17), prop.id('sku',7,0));  -- op 463 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,4), m FROM unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,16), prop.id('u',3,4)]) AS m ON CONFLICT DO NOTHING;  -- op 464 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,15);  -- op 465 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-28 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,19)]);  -- op 466 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',9,0), '{}'::uuid[]);  -- op 467 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('g',1,4), '2030-01-31 06:00:00+00');  -- op 468 add_member: refused group_members_not_self
SELECT license_mgmt.reprocess_group(prop.id('g',3,4));  -- op 469 reprocess_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,19)]);  -- op 470 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',4,0));  -- op 471 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',7,0));  -- op 472 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-03-01 03:00:00+00');  -- op 473 advance: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,11), prop.id('sku',9,0));  -- op 474 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('g',2,5);  -- op 475 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,16);  -- op 476 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3);  -- op 477 remove_members_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,9), 'Group 9');  -- op 478 group_create: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0);  -- op 479 tenant_location: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,5);  -- op 480 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,10);  -- op 481 sub_seats: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,19)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 482 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,4)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 483 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,3);  -- op 484 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,6));  -- op 485 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 486 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,9), prop.id('u',3,16), prop.id('u',3,4), prop.id('u',3,5)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 487 bulk_assign: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 488 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,12);  -- op 489 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,6));  -- op 490 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 491 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,2), prop.id('u',3,17)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 492 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',9,0));  -- op 493 remove_group: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,8);  -- op 494 account_enabled: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,5)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 495 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 496 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = '2030-03-04 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,11)]);  -- op 497 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 498 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,15), 'user15@tenant1.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,15) FROM unnest(ARRAY[prop.id('g',1,3), prop.id('g',1,6)]) AS g;
COMMIT;  -- op 499 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14) AND member_id = prop.id('u',2,7);  -- op 500 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',6,0));  -- op 501 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('u',1,8));  -- op 502 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,16);  -- op 503 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,9), prop.id('sku',8,0));  -- op 504 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,17));  -- op 505 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',1,0));  -- op 506 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,7);  -- op 507 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,16), prop.id('sku',3,0));  -- op 508 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,14);  -- op 509 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,3);  -- op 510 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-08-23 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 511 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,9));  -- op 512 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,22), prop.id('sku',2,0), 5, 'enabled', '2030-08-05 03:00:00+00');  -- op 513 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 514 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,17), prop.id('sku',3,0), 5, 'deleted', '2030-07-04 09:00:00+00');  -- op 515 sub_add: ok
SELECT license_mgmt.advance_subscriptions('2030-03-06 12:00:00+00');  -- op 516 advance: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,13);  -- op 517 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4) AND member_id = prop.id('u',3,4);  -- op 518 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 519 sub_status: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,13);  -- op 520 group_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 521 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,9), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',8,0), prop.id('sp',4,0)]);  -- op 522 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,20), 'user20@tenant2.example', 'FR');  -- op 523 create_user: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,14);  -- op 524 sub_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-03-07 15:00:00+00');  -- op 525 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 526 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',7,0), '{}'::uuid[]);  -- op 527 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,5), prop.id('u',2,17));  -- op 528 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 529 sub_seats: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,5), NULL), (prop.id('u',3,12), NULL), (prop.id('u',3,7), 'DE'), (prop.id('u',3,6), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 530 set_location_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,18), prop.id('sku',8,0), 0, 'warning', '2030-09-04 09:00:00+00');  -- op 531 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',1,0));  -- op 532 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,12));  -- op 533 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 534 set_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 535 tenant_nesting: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',2,0);  -- op 536 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,8);  -- op 537 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',3,0), '{}'::uuid[]);  -- op 538 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,15);  -- op 539 account_enabled: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',7,0));  -- op 540 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',541,0), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0), prop.id('sp',10,0)]);  -- op 541 assign_user: refused license_user_exists
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',4,0));  -- op 542 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 543 sub_delete: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,21), 'user21@tenant2.example', NULL);  -- op 544 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,23), prop.id('sku',7,0), 6, 'warning', '2030-03-26 03:00:00+00');  -- op 545 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,12);  -- op 546 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',2,0), '{}'::uuid[]);  -- op 547 assign_user: refused license_usage_location_required
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,15);  -- op 548 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,11));  -- op 549 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,4);  -- op 550 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,4), prop.id('g',3,1)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,13), prop.id('u',3,10), prop.id('u',3,11), prop.id('u',3,12), prop.id('g',3,4)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 551 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,2);  -- op 552 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('g',3,1));  -- op 553 add_member: refused group_membership_acyclic
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,8), prop.id('u',1,8)), (prop.id('g',1,5), prop.id('u',1,7)), (prop.id('g',1,5), prop.id('u',1,8)));  -- op 554 remove_members_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4);  -- op 555 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,1), m FROM unnest(ARRAY[prop.id('u',2,7), prop.id('u',2,11), prop.id('u',2,18), prop.id('u',2,3), prop.id('u',2,16), prop.id('u',2,19), prop.id('u',2,1), prop.id('u',2,9), prop.id('u',2,17), prop.id('u',2,13), prop.id('u',2,21)]) AS m ON CONFLICT DO NOTHING;  -- op 556 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-11 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 557 soft_delete: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,2), 'FR'), (prop.id('u',1,13), 'CN'), (prop.id('u',1,7), 'US'), (prop.id('u',1,6), 'US'), (prop.id('u',1,5), 'US'), (prop.id('u',1,10), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 558 set_location_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-03-11 21:00:00+00');  -- op 559 advance: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14);  -- op 560 group_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 561 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 562 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,12), prop.id('g',2,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,1), prop.id('u',2,6), prop.id('u',2,7), prop.id('u',2,15), prop.id('u',2,12), prop.id('u',2,3), prop.id('g',2,8)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 563 add_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-03-12 12:00:00+00');  -- op 564 advance: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-12 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16)]);  -- op 565 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,11), prop.id('u',2,18)), (prop.id('g',2,6), prop.id('u',2,18)), (prop.id('g',2,6), prop.id('g',2,8)), (prop.id('g',2,1), prop.id('u',2,21)), (prop.id('g',2,1), prop.id('u',2,13)), (prop.id('g',2,1), prop.id('u',2,16)), (prop.id('g',2,1), prop.id('u',2,5)), (prop.id('g',2,5), prop.id('u',2,16)), (prop.id('g',2,4), prop.id('u',2,6)), (prop.id('g',2,4), prop.id('u',2,7)), (prop.id('g',2,7), prop.id('u',2,16)), (prop.id('g',2,2), prop.id('u',2,2)), (prop.id('g',2,2), prop.id('u',2,3)), (prop.id('g',2,12), prop.id('g',2,8)), (prop.id('g',2,10), prop.id('u',2,2)), (prop.id('g',2,8), prop.id('u',2,6)), (prop.id('g',2,9), prop.id('u',2,6)));  -- op 566 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',7,0));  -- op 567 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,3), prop.id('g',1,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,14), prop.id('u',1,12), prop.id('u',1,13)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 568 add_members_bulk: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,4), 'FR'), (prop.id('u',3,18), NULL), (prop.id('u',3,11), NULL), (prop.id('u',3,12), 'DE'), (prop.id('u',3,16), 'RU'), (prop.id('u',3,5), 'CN'), (prop.id('u',3,15), 'CN'), (prop.id('u',3,13), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 569 set_location_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,19), prop.id('sku',9,0), 2, 'suspended', '2030-09-02 06:00:00+00');  -- op 570 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',3,0), '{}'::uuid[]);  -- op 571 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,12), prop.id('u',2,6), '2030-01-11 20:00:00+00');  -- op 572 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,11), prop.id('u',1,7), prop.id('u',1,8), prop.id('u',1,6), prop.id('u',1,10), prop.id('u',1,2), prop.id('u',1,12), prop.id('u',1,13), prop.id('u',1,15)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 573 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('g',2,12), '2030-02-27 08:00:00+00');  -- op 574 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,8), prop.id('u',1,3), prop.id('u',1,14), prop.id('u',1,6), prop.id('u',1,7), prop.id('u',1,10), prop.id('u',1,15), prop.id('u',1,12), prop.id('u',1,2)], prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',10,0), prop.id('sp',3,0)]);  -- op 575 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',1,0), '{}'::uuid[]);  -- op 576 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,8), prop.id('u',1,5));  -- op 577 add_member: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,10);  -- op 578 sub_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3);  -- op 579 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,13);  -- op 580 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 581 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 582 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',8,0));  -- op 583 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,9);  -- op 584 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,2), prop.id('u',3,15), prop.id('u',3,5), prop.id('u',3,11), prop.id('ghost',585,0)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 585 bulk_assign: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11);  -- op 586 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,8), prop.id('sku',3,0), '{}'::uuid[]);  -- op 587 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-04-14 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,2);  -- op 588 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,24), prop.id('sku',3,0), 6, 'enabled', '2030-09-24 15:00:00+00');  -- op 589 sub_add: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,10), 'Group 10');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,10), m FROM unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,3)]) AS m;
COMMIT;  -- op 590 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-15 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13)]);  -- op 591 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,16);  -- op 592 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,19), prop.id('sku',2,0), '{}'::uuid[]);  -- op 593 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',4,0));  -- op 594 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',8,0));  -- op 595 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',7,0), '{}'::uuid[]);  -- op 596 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,20));  -- op 597 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,2);  -- op 598 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',3,0), '{}'::uuid[]);  -- op 599 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,15), prop.id('u',1,13), prop.id('u',1,2), prop.id('u',1,3), prop.id('u',1,5), prop.id('u',1,6), prop.id('u',1,14)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 600 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,25), prop.id('sku',3,0), 6, 'enabled', '2030-04-23 03:00:00+00');  -- op 601 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,11));  -- op 602 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = '2030-03-17 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,2)]);  -- op 603 soft_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-03-17 12:00:00+00');  -- op 604 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,8), prop.id('u',1,11)), (prop.id('g',1,3), prop.id('u',1,12)), (prop.id('g',1,3), prop.id('u',1,15)), (prop.id('g',1,3), prop.id('u',1,14)), (prop.id('g',1,4), prop.id('u',1,12)));  -- op 605 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',2,0));  -- op 606 remove_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,21), 'DE'), (prop.id('u',2,17), 'FR'), (prop.id('u',2,15), 'CN'), (prop.id('u',2,2), 'FR'), (prop.id('u',2,6), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 607 set_location_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 608 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,19), prop.id('sku',6,0), 3, 'enabled', '2030-03-28 03:00:00+00');  -- op 609 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,16);  -- op 610 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,8);  -- op 611 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 612 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 613 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',8,0), '{}'::uuid[]);  -- op 614 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,5), prop.id('u',3,8), prop.id('u',3,12), prop.id('u',3,10), prop.id('u',3,11), prop.id('u',3,13)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 615 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,6), prop.id('u',2,5), prop.id('u',2,3), prop.id('u',2,19), prop.id('u',2,4)]) AS m ON CONFLICT DO NOTHING;  -- op 616 add_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-03-19 03:00:00+00');  -- op 617 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 618 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,5), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 619 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',1,0));  -- op 620 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',2,0)]);  -- op 621 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,17);  -- op 622 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',7,0));  -- op 623 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-20 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 624 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('g',2,7));  -- op 625 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,11);  -- op 626 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',3,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);
COMMIT;  -- op 627 swap: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,4), prop.id('u',3,15), prop.id('u',3,2), prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,12)], prop.id('sku',2,0), ARRAY[prop.id('sp',2,0)]);  -- op 628 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',4,0), '{}'::uuid[]);  -- op 629 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.reprocess_user(prop.id('u',3,10));  -- op 630 reprocess_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,15));  -- op 631 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('g',2,7);  -- op 632 remove_member: ok
SELECT license_mgmt.advance_subscriptions('2030-03-21 03:00:00+00');  -- op 633 advance: ok
SELECT license_mgmt.advance_subscriptions('2030-03-21 06:00:00+00');  -- op 634 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 635 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,8), prop.id('u',1,5)]) AS m UNION ALL SELECT prop.id('t',2,0), prop.id('g',2,10), m FROM unnest(ARRAY[prop.id('u',2,11), prop.id('u',2,3)]) AS m ON CONFLICT DO NOTHING;  -- op 636 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,16), prop.id('sku',5,0), '{}'::uuid[]);  -- op 637 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',3,0), '{}'::uuid[]);  -- op 638 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('g',1,3);  -- op 639 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12) AND member_id = prop.id('u',2,1);  -- op 640 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',8,0), '{}'::uuid[]);  -- op 641 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 642 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-10-11 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 643 sub_renew: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,3), prop.id('u',1,14), prop.id('u',1,13), prop.id('u',1,11), prop.id('u',1,7)], prop.id('sku',1,0), ARRAY[prop.id('sp',3,0)]);  -- op 644 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,22), 'user22@tenant2.example', 'DE');  -- op 645 create_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,16), 'user16@tenant1.example', 'DE');  -- op 646 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,19);  -- op 647 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',3,0), '{}'::uuid[]);  -- op 648 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,16), prop.id('u',2,11), prop.id('u',2,17)]) AS m ON CONFLICT DO NOTHING;  -- op 649 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,11)]);  -- op 650 restore: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,13), prop.id('u',3,5), prop.id('u',3,4), prop.id('u',3,15), prop.id('u',3,12), prop.id('u',3,13)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 651 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,1)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,2), prop.id('u',3,4), prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,7)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 652 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('g',3,1));  -- op 653 add_member: refused group_members_not_self
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 654 swap: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',1,0));  -- op 655 remove_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 656 tenant_nesting: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,14);  -- op 657 sub_seats: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,3);  -- op 658 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,13));  -- op 659 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 660 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.advance_subscriptions('2030-03-24 15:00:00+00');  -- op 661 advance: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,1));  -- op 662 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',9,0));  -- op 663 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,10), prop.id('sku',4,0));  -- op 664 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,3);  -- op 665 remove_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1);  -- op 666 group_delete: refused group_has_licenses
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',7,0), '{}'::uuid[]);  -- op 667 assign_user: refused license_usage_location_required
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 668 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,23);  -- op 669 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',8,0), '{}'::uuid[]);  -- op 670 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,16), 'CN'), (prop.id('u',1,13), 'DE'), (prop.id('u',1,14), 'RU'), (prop.id('u',1,6), 'FR'), (prop.id('u',1,15), 'DE'), (prop.id('u',1,11), 'RU'), (prop.id('u',1,2), 'DE'), (prop.id('u',1,12), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 671 set_location_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,15), 'Group 15');  -- op 672 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-26 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,11), prop.id('u',3,10)]);  -- op 673 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',8,0), '{}'::uuid[]);  -- op 674 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,2);  -- op 675 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,6));  -- op 676 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,5);  -- op 677 remove_member: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0);  -- op 678 tenant_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',6,0)]);  -- op 679 assign_group: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,26), prop.id('sku',4,0), 2, 'enabled', '2030-04-22 00:00:00+00');  -- op 680 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,8), prop.id('u',3,6), prop.id('u',3,16), prop.id('u',3,4), prop.id('u',3,7), prop.id('u',3,9), prop.id('u',3,17), prop.id('u',3,15), prop.id('u',3,10), prop.id('u',3,13)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 681 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-10-29 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,5);  -- op 682 sub_renew: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-11-06 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,16);  -- op 683 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 684 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,7), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 685 assign_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 686 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',9,0));  -- op 687 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('g',3,1));  -- op 688 add_member: refused group_members_not_self
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',5,0), '{}'::uuid[]);  -- op 689 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,6));  -- op 690 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,6);  -- op 691 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,13);  -- op 692 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,18);  -- op 693 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 694 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,20), prop.id('sku',4,0), 4, 'suspended', '2030-09-16 21:00:00+00');  -- op 695 sub_add: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,17), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,17), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 696 swap: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,21), prop.id('sku',7,0), 2, 'enabled', '2030-10-07 03:00:00+00');  -- op 697 sub_add: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,2);  -- op 698 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,18);  -- op 699 sub_seats: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 700 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 701 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,5);  -- op 702 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-03-29 21:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12), prop.id('u',1,15)]);  -- op 703 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',7,0));  -- op 704 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5);  -- op 705 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12);  -- op 706 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',7,0), '{}'::uuid[]);  -- op 707 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',4,0)]);  -- op 708 assign_group: refused license_disabled_plan_in_product
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,21);  -- op 709 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',4,0));  -- op 710 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-03-30 21:00:00+00');  -- op 711 advance: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,13), prop.id('sku',7,0));  -- op 712 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,11), prop.id('u',1,15), prop.id('u',1,5), prop.id('u',1,16), prop.id('u',1,12), prop.id('u',1,8), prop.id('u',1,10)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 713 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',8,0));  -- op 714 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',1,8), prop.id('sku',1,0));  -- op 715 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',2,0), '{}'::uuid[]);  -- op 716 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = '2030-03-31 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12)]);  -- op 717 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,8), prop.id('u',1,11));  -- op 718 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 719 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,1), prop.id('u',3,4)));  -- op 720 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 721 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,5) AND member_id = prop.id('u',2,3);  -- op 722 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',4,0), '{}'::uuid[]);  -- op 723 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,6));  -- op 724 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 725 account_enabled: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('g',1,5), '2030-03-01 13:00:00+00');  -- op 726 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,16), prop.id('sku',7,0));  -- op 727 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',8,0));  -- op 728 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-02 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9), prop.id('u',3,6)]);  -- op 729 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,4), prop.id('sku',6,0), '{}'::uuid[]);  -- op 730 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',3,4), prop.id('sku',2,0));  -- op 731 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-04-02 12:00:00+00');  -- op 732 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,4), prop.id('g',1,6), prop.id('g',1,10)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,10), prop.id('u',1,13), prop.id('u',1,15), prop.id('u',1,3)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 733 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 734 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 735 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',8,0));  -- op 736 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 737 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',7,0), '{}'::uuid[]);  -- op 738 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 739 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,7);  -- op 740 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,8), prop.id('sku',1,0), '{}'::uuid[]);  -- op 741 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 742 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,24);  -- op 743 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,7), prop.id('u',2,7), '2030-03-03 02:00:00+00');  -- op 744 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,8));  -- op 745 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,16));  -- op 746 add_member: refused group_members_pkey
SELECT license_mgmt.advance_subscriptions('2030-04-04 09:00:00+00');  -- op 747 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 748 assign_user: refused license_user_active
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',7,0));  -- op 749 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 750 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',6,0), '{}'::uuid[]);  -- op 751 assign_user: refused license_user_active
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,7)]);  -- op 752 hard_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1);  -- op 753 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,7));  -- op 754 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,8);  -- op 755 group_delete: refused group_has_licenses
SELECT license_mgmt.assign_user_license(prop.id('ghost',756,0), prop.id('sku',5,0), '{}'::uuid[]);  -- op 756 assign_user: refused license_user_exists
SELECT license_mgmt.reprocess_user(prop.id('u',2,4));  -- op 757 reprocess_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',3,0), '{}'::uuid[]);  -- op 758 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,19);  -- op 759 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 760 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,10), prop.id('u',1,13)), (prop.id('g',1,3), prop.id('u',1,12)), (prop.id('g',1,3), prop.id('u',1,13)), (prop.id('g',1,6), prop.id('u',1,3)), (prop.id('g',1,6), prop.id('u',1,6)), (prop.id('g',1,6), prop.id('u',1,12)), (prop.id('g',1,4), prop.id('u',1,10)), (prop.id('g',1,4), prop.id('u',1,13)));  -- op 761 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-04-06 06:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,6), prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,12)]);  -- op 762 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-11-13 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,17);  -- op 763 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,3), prop.id('sku',7,0));  -- op 764 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 765 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,15);  -- op 766 remove_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,19), 'user19@tenant3.example', 'CN');  -- op 767 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,8), prop.id('sku',3,0));  -- op 768 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-07 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 769 soft_delete: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,6), 'Group 6');  -- op 770 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,10), prop.id('g',1,9), prop.id('g',1,3)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,10), prop.id('g',1,8)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 771 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 772 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,10), m FROM unnest(ARRAY[prop.id('u',2,15), prop.id('u',2,21), prop.id('u',2,17), prop.id('u',2,13), prop.id('u',2,2), prop.id('u',2,1), prop.id('u',2,18), prop.id('u',2,20), prop.id('u',2,12), prop.id('u',2,4), prop.id('u',2,9)]) AS m ON CONFLICT DO NOTHING;  -- op 773 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10) AND member_id = prop.id('u',2,17);  -- op 774 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,6), prop.id('g',2,1)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,22), prop.id('u',2,21), prop.id('u',2,20), prop.id('g',2,9)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 775 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',10,0), prop.id('sp',9,0)]);  -- op 776 assign_user: refused license_user_active
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,27), prop.id('sku',4,0), 1, 'deleted', '2030-05-25 03:00:00+00');  -- op 777 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,18), '2030-04-01 20:00:00+00');  -- op 778 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,20), prop.id('u',2,15), prop.id('u',2,19), prop.id('u',2,4), prop.id('u',2,5), prop.id('u',2,16), prop.id('u',2,18)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 779 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,7);  -- op 780 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-08 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,7)]);  -- op 781 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,16);  -- op 782 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,6), prop.id('sku',9,0));  -- op 783 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',8,0));  -- op 784 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,6), prop.id('u',3,11));  -- op 785 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,2), prop.id('u',3,6), prop.id('u',3,12), prop.id('u',3,18), prop.id('u',3,13), prop.id('u',3,17), prop.id('u',3,5), prop.id('u',3,2)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 786 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 787 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',5,0));  -- op 788 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,2);  -- op 789 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,8), prop.id('sku',3,0));  -- op 790 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,8), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 791 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',5,0), '{}'::uuid[]);  -- op 792 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',9,0));  -- op 793 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,7)]);  -- op 794 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,20), prop.id('sku',8,0));  -- op 795 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,23), 'user23@tenant2.example', 'FR');  -- op 796 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,15), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 797 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 798 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,3));  -- op 799 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,6) AND member_id = prop.id('u',3,11);  -- op 800 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,14)]);  -- op 801 restore: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,17), 'user17@tenant1.example', NULL);  -- op 802 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 803 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',7,0), '{}'::uuid[]);  -- op 804 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,4), prop.id('sku',2,0), '{}'::uuid[]);  -- op 805 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',8,0), '{}'::uuid[]);  -- op 806 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,7), prop.id('sku',2,0), '{}'::uuid[]);  -- op 807 assign_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 808 tenant_nesting: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,9), 'FR'), (prop.id('u',2,3), 'US'), (prop.id('u',2,4), 'US'), (prop.id('u',2,16), 'US'), (prop.id('u',2,15), NULL), (prop.id('u',2,5), 'US'), (prop.id('u',2,6), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 809 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9) AND member_id = prop.id('u',1,7);  -- op 810 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,22), prop.id('sku',7,0), 4, 'suspended', '2030-05-26 09:00:00+00');  -- op 811 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,6), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 812 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,10), prop.id('u',2,21));  -- op 813 add_member: refused group_members_pkey
SELECT license_mgmt.reprocess_group(prop.id('g',3,6));  -- op 814 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,18), prop.id('u',2,20), prop.id('u',2,13), prop.id('u',2,2), prop.id('u',2,9), prop.id('u',2,11), prop.id('u',2,15), prop.id('u',2,4), prop.id('u',2,19), prop.id('u',2,23), prop.id('u',2,22)]) AS m ON CONFLICT DO NOTHING;  -- op 815 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,2);  -- op 816 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,19), prop.id('sku',8,0));  -- op 817 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,7);  -- op 818 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,7);  -- op 819 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,3), prop.id('sku',2,0));  -- op 820 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('g',1,10));  -- op 821 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-13 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,16), prop.id('u',3,8), prop.id('u',3,13), prop.id('u',3,6)]);  -- op 822 soft_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,15));  -- op 823 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,15), prop.id('sku',6,0));  -- op 824 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-14 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4), prop.id('u',3,19), prop.id('u',3,17)]);  -- op 825 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,6), prop.id('u',3,15), '2030-02-02 17:00:00+00');  -- op 826 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 827 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,1);  -- op 828 sub_status: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 829 tenant_nesting: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 830 sub_status: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,6));  -- op 831 reprocess_group: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 832 tenant_nesting: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,6));  -- op 833 reprocess_group: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 834 set_location: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,11), 'Group 11');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,11), m FROM unnest(ARRAY[prop.id('u',1,2), prop.id('u',1,6), prop.id('u',1,16)]) AS m;
COMMIT;  -- op 835 group_create: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 836 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,15), prop.id('u',1,6), prop.id('u',1,14), prop.id('u',1,10), prop.id('u',1,13), prop.id('u',1,7), prop.id('u',1,3), prop.id('u',1,2), prop.id('u',1,5), prop.id('u',1,12), prop.id('u',1,16)]) AS m ON CONFLICT DO NOTHING;  -- op 837 add_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 838 swap: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,10), prop.id('u',1,11), prop.id('u',1,2), prop.id('u',1,8), prop.id('u',1,7), prop.id('u',1,17), prop.id('u',1,13), prop.id('ghost',839,0)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 839 bulk_assign: ok
SELECT license_mgmt.advance_subscriptions('2030-04-16 00:00:00+00');  -- op 840 advance: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-04-16 03:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17), prop.id('u',3,18)]);  -- op 841 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,15), prop.id('sku',7,0), '{}'::uuid[]);  -- op 842 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 843 assign_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,6);  -- op 844 group_delete: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,7), 'Group 7');  -- op 845 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,15), '2030-01-30 04:00:00+00');  -- op 846 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-04-16 21:00:00+00');  -- op 847 advance: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,10), prop.id('u',3,16), prop.id('u',3,8)]);  -- op 848 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 849 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10) AND member_id = prop.id('g',1,8);  -- op 850 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',1,0));  -- op 851 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,2);  -- op 852 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,4);  -- op 853 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-04-17 18:00:00+00');  -- op 854 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,7), '2030-03-15 11:00:00+00');  -- op 855 add_member: refused group_members_not_self
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,7)]);  -- op 856 hard_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('g',1,10);  -- op 857 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,16));  -- op 858 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,18);  -- op 859 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',2,0));  -- op 860 remove_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,16), prop.id('u',3,8), prop.id('u',3,18)], prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 861 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,7), prop.id('sku',9,0), '{}'::uuid[]);  -- op 862 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,18);  -- op 863 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,16), 'Group 16');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,16), m FROM unnest(ARRAY[prop.id('u',2,22), prop.id('u',2,4), prop.id('u',2,1), prop.id('u',2,20), prop.id('u',2,16)]) AS m;
COMMIT;  -- op 864 group_create: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 865 swap: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,4), m FROM unnest(ARRAY[prop.id('u',2,20), prop.id('u',2,1), prop.id('u',2,19), prop.id('u',2,12), prop.id('u',2,13)]) AS m ON CONFLICT DO NOTHING;  -- op 866 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('g',2,5), '2030-02-20 12:00:00+00');  -- op 867 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,16);  -- op 868 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',7,0), '{}'::uuid[]);  -- op 869 assign_user: refused license_usage_location_required
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 870 tenant_nesting: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 871 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',1,0));  -- op 872 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,10), m FROM unnest(ARRAY[prop.id('u',1,8), prop.id('u',1,14), prop.id('u',1,10)]) AS m ON CONFLICT DO NOTHING;  -- op 873 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('g',2,15));  -- op 874 add_member: refused group_members_not_self
UPDATE license_mgmt.users SET deleted_at = '2030-04-20 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17), prop.id('u',3,9)]);  -- op 875 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',5,0), '{}'::uuid[]);  -- op 876 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,21), prop.id('u',2,13), prop.id('u',2,11), prop.id('u',2,12), prop.id('u',2,4)]) AS m ON CONFLICT DO NOTHING;  -- op 877 add_members_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,28), prop.id('sku',1,0), 0, 'warning', '2030-05-03 18:00:00+00');  -- op 878 sub_add: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,7), prop.id('u',3,10), prop.id('u',3,16)]);  -- op 879 hard_delete: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,11);  -- op 880 set_location: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,8), 'Group 8');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,8), m FROM unnest(ARRAY[prop.id('u',3,15), prop.id('u',3,9), prop.id('u',3,2)]) AS m;
COMMIT;  -- op 881 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('g',2,9));  -- op 882 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 883 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 884 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,3), prop.id('sku',7,0), '{}'::uuid[]);  -- op 885 assign_user: refused license_usage_location_allowed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,8));  -- op 886 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',7,0));  -- op 887 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,12), prop.id('g',2,7), prop.id('g',2,16)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,6), prop.id('u',2,13), prop.id('u',2,21), prop.id('g',2,7)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 888 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4), prop.id('u',3,5), prop.id('u',3,17), prop.id('u',3,9)]);  -- op 889 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10) AND member_id = prop.id('u',2,4);  -- op 890 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-22 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,14)]);  -- op 891 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,9);  -- op 892 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3);  -- op 893 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',4,0));  -- op 894 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-22 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 895 soft_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,18);  -- op 896 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,14);  -- op 897 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 898 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,8), '2030-02-06 21:00:00+00');  -- op 899 add_member: refused group_members_not_self
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,2)));  -- op 900 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 901 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9) AND member_id = prop.id('u',1,6);  -- op 902 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,15), prop.id('u',1,11), prop.id('u',1,17), prop.id('u',1,10), prop.id('u',1,8), prop.id('u',1,15), prop.id('u',2,20)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 903 bulk_assign: refused
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,17), 'Group 17');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,17), m FROM unnest(ARRAY[prop.id('u',2,23), prop.id('u',2,3), prop.id('u',2,15)]) AS m;
COMMIT;  -- op 904 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,4), prop.id('sku',6,0));  -- op 905 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',8,0));  -- op 906 remove_group: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,13);  -- op 907 account_enabled: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16)]);  -- op 908 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,13), prop.id('u',3,9), prop.id('u',3,4), prop.id('u',3,17), prop.id('u',3,11), prop.id('u',3,2), prop.id('u',3,19), prop.id('u',3,8), prop.id('u',3,6)]) AS m ON CONFLICT DO NOTHING;  -- op 909 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,11);  -- op 910 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 911 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,4), prop.id('sku',2,0));  -- op 912 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 913 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',2,0), '{}'::uuid[]);  -- op 914 assign_user: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 915 account_enabled: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,8);  -- op 916 sub_seats: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,24), 'user24@tenant2.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,24) FROM unnest(ARRAY[prop.id('g',2,2), prop.id('g',2,16)]) AS g;
COMMIT;  -- op 917 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 918 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10) AND member_id = prop.id('u',2,18);  -- op 919 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 920 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 921 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11);  -- op 922 group_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,23), prop.id('sku',5,0), 6, 'enabled', '2030-07-28 09:00:00+00');  -- op 923 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0);  -- op 924 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',3,0), '{}'::uuid[]);  -- op 925 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), '{}'::uuid[]);  -- op 926 assign_group: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-04-26 21:00:00+00');  -- op 927 advance: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,3), prop.id('sku',3,0));  -- op 928 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,18)]);  -- op 929 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,7), prop.id('sku',6,0));  -- op 930 remove_group: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 931 swap: refused license_user_active
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 932 group_delete: refused group_has_licenses
UPDATE license_mgmt.users SET deleted_at = '2030-04-27 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17), prop.id('u',1,16)]);  -- op 933 soft_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',9,0));  -- op 934 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',3,0), '{}'::uuid[]);  -- op 935 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,15), prop.id('sku',1,0));  -- op 936 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,19);  -- op 937 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,16), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',8,0)]);  -- op 938 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,13);  -- op 939 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 940 reprocess_group: ok
SELECT license_mgmt.advance_subscriptions('2030-04-28 15:00:00+00');  -- op 941 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,16);  -- op 942 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,8) AND member_id = prop.id('u',1,11);  -- op 943 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,13));  -- op 944 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',2,0)]);  -- op 945 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 946 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',1,0), '{}'::uuid[]);  -- op 947 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-04-29 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 948 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',6,0), '{}'::uuid[]);  -- op 949 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 950 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',8,0)]);  -- op 951 assign_group: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,6));  -- op 952 reprocess_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 953 sub_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,3), prop.id('sku',4,0));  -- op 954 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 955 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,14);  -- op 956 sub_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 957 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',2,0), prop.id('sp',10,0)]);  -- op 958 assign_group: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET deleted_at = '2030-04-30 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 959 soft_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-05-01 00:00:00+00');  -- op 960 advance: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 961 account_enabled: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,13)]);  -- op 962 hard_delete: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,20), 'user20@tenant3.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,20) FROM unnest(ARRAY[prop.id('g',3,8)]) AS g;
COMMIT;  -- op 963 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,11), prop.id('u',1,12), prop.id('u',1,15), prop.id('u',1,5), prop.id('u',1,3), prop.id('u',1,16)]) AS m ON CONFLICT DO NOTHING;  -- op 964 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16);  -- op 965 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',966,0), prop.id('sku',5,0), '{}'::uuid[]);  -- op 966 assign_user: refused license_user_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 967 assign_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,9));  -- op 968 reprocess_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7);  -- op 969 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,9)));  -- op 970 remove_members_bulk: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,3), 'CN'), (prop.id('u',1,17), 'RU'), (prop.id('u',1,14), 'US'), (prop.id('u',1,8), 'US'), (prop.id('u',1,6), 'DE'), (prop.id('u',1,12), 'DE'), (prop.id('u',1,15), 'CN'), (prop.id('u',1,2), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 971 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',5,0));  -- op 972 remove_user: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',3,8));  -- op 973 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,16), prop.id('sku',7,0));  -- op 974 remove_user: refused license_assignment_exists
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 975 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 976 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 977 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,1);  -- op 978 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',2,0));  -- op 979 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-03 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,3)]);  -- op 980 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',3,0));  -- op 981 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,20);  -- op 982 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,16), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',2,0)]);  -- op 983 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',6,0), '{}'::uuid[]);  -- op 984 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',8,0));  -- op 985 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,17);  -- op 986 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,2));  -- op 987 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',3,0));  -- op 988 remove_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',1,0));  -- op 989 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,19));  -- op 990 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,23));  -- op 991 add_member: refused group_members_pkey
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,11), NULL), (prop.id('u',2,21), 'DE'), (prop.id('u',2,2), 'DE'), (prop.id('u',2,23), NULL), (prop.id('u',2,5), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 992 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,15);  -- op 993 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,3), prop.id('u',1,6), prop.id('u',1,16), prop.id('u',1,12), prop.id('u',1,10), prop.id('u',1,11)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',10,0)]);  -- op 994 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,9));  -- op 995 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',8,0), '{}'::uuid[]);  -- op 996 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',7,0));  -- op 997 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,16), prop.id('sku',1,0));  -- op 998 remove_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0), prop.id('sp',8,0)]);
COMMIT;  -- op 999 swap: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-05-06 00:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,3), prop.id('u',2,24)]);  -- op 1000 restore: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1001 swap: refused license_usage_location_required
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,18), 'Group 18');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,18), m FROM unnest(ARRAY[prop.id('u',2,5), prop.id('u',2,18)]) AS m;
COMMIT;  -- op 1002 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-08-02 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1003 sub_renew: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',2,0);  -- op 1004 sub_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,16), prop.id('sku',2,0));  -- op 1005 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1006 assign_user: refused license_user_active
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,24), prop.id('sku',3,0), 5, 'warning', '2030-10-02 21:00:00+00');  -- op 1007 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1008 assign_user: refused license_user_active
SELECT license_mgmt.advance_subscriptions('2030-05-07 03:00:00+00');  -- op 1009 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,19), prop.id('u',3,12), prop.id('u',3,15), prop.id('u',3,17), prop.id('g',3,8)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1010 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',2,0));  -- op 1011 remove_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,12);  -- op 1012 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1013 group_delete: refused group_has_licenses
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,5));  -- op 1014 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,9), prop.id('sku',9,0));  -- op 1015 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',8,0));  -- op 1016 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 1017 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,15));  -- op 1018 add_member: refused group_members_pkey
SELECT license_mgmt.reprocess_user(prop.id('u',2,16));  -- op 1019 reprocess_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,17), prop.id('sku',4,0));  -- op 1020 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,12);  -- op 1021 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,8), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1022 assign_user: refused license_user_active
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,4);  -- op 1023 account_enabled: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,19), 'Group 19');  -- op 1024 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,12), prop.id('u',1,15), prop.id('u',1,17), prop.id('u',1,11), prop.id('u',1,5), prop.id('u',1,3)], prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 1025 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,12), prop.id('u',2,9));  -- op 1026 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',2,0));  -- op 1027 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1028 remove_members_bulk: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0);  -- op 1029 tenant_location: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 1030 sub_seats: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,5);  -- op 1031 sub_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,19)]);  -- op 1032 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1033 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1034 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-07-21 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 1035 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,25), prop.id('sku',2,0), 6, 'suspended', '2030-11-23 12:00:00+00');  -- op 1036 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 1037 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1038 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,8));  -- op 1039 add_member: refused group_members_not_self
SELECT license_mgmt.reprocess_user(prop.id('u',3,17));  -- op 1040 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,10), prop.id('g',2,4));  -- op 1041 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,17);  -- op 1042 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',7,0));  -- op 1043 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-11 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,18)]);  -- op 1044 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,8));  -- op 1045 add_member: refused group_members_not_self
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,6), prop.id('u',2,21)), (prop.id('g',2,6), prop.id('u',2,3)), (prop.id('g',2,6), prop.id('u',2,9)), (prop.id('g',2,6), prop.id('u',2,20)), (prop.id('g',2,1), prop.id('u',2,17)), (prop.id('g',2,1), prop.id('u',2,18)), (prop.id('g',2,1), prop.id('u',2,11)), (prop.id('g',2,1), prop.id('g',2,9)), (prop.id('g',2,5), prop.id('u',2,6)), (prop.id('g',2,17), prop.id('u',2,15)), (prop.id('g',2,7), prop.id('u',2,6)), (prop.id('g',2,2), prop.id('u',2,18)), (prop.id('g',2,2), prop.id('g',2,12)), (prop.id('g',2,18), prop.id('u',2,5)), (prop.id('g',2,12), prop.id('u',2,6)), (prop.id('g',2,12), prop.id('u',2,21)), (prop.id('g',2,12), prop.id('u',2,9)), (prop.id('g',2,10), prop.id('u',2,1)), (prop.id('g',2,10), prop.id('u',2,2)), (prop.id('g',2,10), prop.id('g',2,4)), (prop.id('g',2,10), prop.id('u',2,9)));  -- op 1046 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,15);  -- op 1047 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0)]);
COMMIT;  -- op 1048 swap: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',2,0);  -- op 1049 sub_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',2,0));  -- op 1050 remove_group: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',1,6));  -- op 1051 reprocess_group: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 1052 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-09-12 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 1053 sub_renew: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,9), 'Group 9');  -- op 1054 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,21), prop.id('u',2,9), prop.id('u',2,22), prop.id('u',2,21)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 1055 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',4,0));  -- op 1056 remove_group: refused license_assignment_exists
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,25), 'user25@tenant2.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,25) FROM unnest(ARRAY[prop.id('g',2,3)]) AS g;
COMMIT;  -- op 1057 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16);  -- op 1058 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,25), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1059 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1060 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,18), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1061 assign_user: refused license_user_active
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,15), prop.id('u',3,11), prop.id('u',3,5)]);  -- op 1062 hard_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10) AND member_id = prop.id('u',1,3);  -- op 1063 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1064 assign_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 1065 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,17));  -- op 1066 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,25);  -- op 1067 sub_status: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,3), 'CN'), (prop.id('u',1,6), 'US'), (prop.id('u',1,11), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1068 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,8), prop.id('u',1,5)), (prop.id('g',1,9), prop.id('u',1,10)), (prop.id('g',1,9), prop.id('g',1,8)), (prop.id('g',1,10), prop.id('u',1,12)), (prop.id('g',1,10), prop.id('u',1,15)), (prop.id('g',1,3), prop.id('u',1,3)), (prop.id('g',1,3), prop.id('u',1,12)), (prop.id('g',1,3), prop.id('u',1,8)), (prop.id('g',1,6), prop.id('u',1,14)), (prop.id('g',1,4), prop.id('u',1,3)), (prop.id('g',1,5), prop.id('g',1,8)));  -- op 1069 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1070 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('u',1,13));  -- op 1071 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('g',2,17));  -- op 1072 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 1073 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',6,0));  -- op 1074 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,3), m FROM unnest(ARRAY[prop.id('u',2,24), prop.id('u',2,20), prop.id('u',2,19), prop.id('u',2,21), prop.id('u',2,22), prop.id('u',2,17)]) AS m ON CONFLICT DO NOTHING;  -- op 1075 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('g',2,9);  -- op 1076 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,9), m FROM unnest(ARRAY[prop.id('u',3,13), prop.id('u',3,20), prop.id('u',3,9), prop.id('u',3,2), prop.id('u',3,8), prop.id('u',3,18), prop.id('u',3,12), prop.id('u',3,4)]) AS m ON CONFLICT DO NOTHING;  -- op 1077 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,12), prop.id('g',2,10)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,22), prop.id('u',2,20), prop.id('u',2,11), prop.id('u',2,17), prop.id('u',2,16), prop.id('u',2,3)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1078 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1079 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,21)]);  -- op 1080 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,6), '2030-04-11 03:00:00+00');  -- op 1081 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1082 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',7,0));  -- op 1083 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,18), 'user18@tenant1.example', 'FR');  -- op 1084 create_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 1085 restore: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,20), 'Group 20');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,20), m FROM unnest(ARRAY[prop.id('u',2,22), prop.id('u',2,6), prop.id('u',2,19)]) AS m;
COMMIT;  -- op 1086 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,9), prop.id('u',2,22), prop.id('u',2,24), prop.id('u',2,15), prop.id('u',2,12), prop.id('u',2,11), prop.id('u',2,17), prop.id('u',2,3), prop.id('u',2,18)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 1087 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,18), 'DE'), (prop.id('u',1,3), NULL), (prop.id('u',1,8), NULL), (prop.id('u',1,15), NULL), (prop.id('u',1,14), 'RU'), (prop.id('u',1,17), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1088 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,16), prop.id('u',1,6), prop.id('u',1,14), prop.id('u',1,2), prop.id('u',1,13), prop.id('u',1,11), prop.id('u',1,10), prop.id('u',1,12), prop.id('u',1,17), prop.id('u',1,18)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1089 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',8,0));  -- op 1090 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,5), prop.id('g',2,6));  -- op 1091 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4);  -- op 1092 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,5));  -- op 1093 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',1,3), prop.id('sku',2,0));  -- op 1094 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,18);  -- op 1095 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,17), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1096 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,7), m FROM unnest(ARRAY[prop.id('u',2,1), prop.id('u',2,5), prop.id('u',2,22), prop.id('u',2,25)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,9), m FROM unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,19), prop.id('u',3,9)]) AS m ON CONFLICT DO NOTHING;  -- op 1097 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,6)]);  -- op 1098 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,17), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1099 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,17)]);  -- op 1100 hard_delete: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,21), 'Group 21');  -- op 1101 group_create: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 1102 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('g',3,8));  -- op 1103 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,17);  -- op 1104 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,8), m FROM unnest(ARRAY[prop.id('u',3,4), prop.id('u',3,13), prop.id('u',3,8)]) AS m ON CONFLICT DO NOTHING;  -- op 1105 add_members_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9)]);  -- op 1106 hard_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-05-19 09:00:00+00');  -- op 1107 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,20), prop.id('u',2,6)), (prop.id('g',2,6), prop.id('u',2,6)), (prop.id('g',2,6), prop.id('u',2,2)), (prop.id('g',2,6), prop.id('u',2,11)), (prop.id('g',2,6), prop.id('u',2,22)), (prop.id('g',2,5), prop.id('u',2,1)), (prop.id('g',2,4), prop.id('u',2,20)), (prop.id('g',2,7), prop.id('u',2,22)), (prop.id('g',2,2), prop.id('u',2,11)), (prop.id('g',2,2), prop.id('u',2,19)), (prop.id('g',2,12), prop.id('u',2,20)), (prop.id('g',2,3), prop.id('u',2,19)), (prop.id('g',2,3), prop.id('u',2,24)), (prop.id('g',2,3), prop.id('u',2,22)), (prop.id('g',2,8), prop.id('g',2,5)));  -- op 1108 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-19 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 1109 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,18);  -- op 1110 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-05-19 21:00:00+00');  -- op 1111 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 1112 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1113 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 1114 assign_user: refused license_user_active
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,20), prop.id('sku',1,0), 0, 'enabled', '2030-07-06 09:00:00+00');  -- op 1115 sub_add: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,26), prop.id('sku',5,0), 1, 'enabled', '2030-10-31 12:00:00+00');  -- op 1116 sub_add: ok
SELECT license_mgmt.advance_subscriptions('2030-05-20 15:00:00+00');  -- op 1117 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12) AND member_id = prop.id('u',2,22);  -- op 1118 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,4);  -- op 1119 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',3,0));  -- op 1120 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 1121 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1122 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,21);  -- op 1123 sub_delete: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 1124 set_location: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,25));  -- op 1125 reprocess_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1126 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,9), prop.id('u',3,13)), (prop.id('g',3,9), prop.id('u',3,20)), (prop.id('g',3,9), prop.id('u',3,19)), (prop.id('g',3,9), prop.id('g',3,8)), (prop.id('g',3,9), prop.id('u',3,8)), (prop.id('g',3,8), prop.id('u',3,13)));  -- op 1127 remove_members_bulk: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1128 tenant_nesting: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,21), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1129 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1130 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 1131 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-11-18 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,1);  -- op 1132 sub_renew: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1133 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND member_id = prop.id('u',3,17);  -- op 1134 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,11);  -- op 1135 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,8), prop.id('u',1,11), '2030-05-04 00:00:00+00');  -- op 1136 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1137 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = '2030-05-23 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,8)]);  -- op 1138 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,4), prop.id('sku',8,0));  -- op 1139 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,12));  -- op 1140 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1141 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,24), prop.id('u',2,18)]);  -- op 1142 restore: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 1143 hard_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,22), prop.id('u',2,18), prop.id('u',2,15), prop.id('u',2,16), prop.id('u',2,23), prop.id('u',2,6)], prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 1144 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,13);  -- op 1145 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 1146 sub_seats: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,13));  -- op 1147 reprocess_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);
COMMIT;  -- op 1148 swap: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,10), prop.id('u',1,14)), (prop.id('g',1,10), prop.id('u',1,8)), (prop.id('g',1,3), prop.id('u',1,10)), (prop.id('g',1,3), prop.id('u',1,6)), (prop.id('g',1,6), prop.id('u',1,15)));  -- op 1149 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,23));  -- op 1150 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1151 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-07-30 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,17);  -- op 1152 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',1,0));  -- op 1153 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 1154 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',2,0), prop.id('sp',4,0)]);  -- op 1155 assign_group: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,12), 'Group 12');  -- op 1156 group_create: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,2), 'US'), (prop.id('u',2,3), 'RU'), (prop.id('u',2,16), 'US'), (prop.id('u',2,4), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1157 set_location_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10), prop.id('u',1,11), prop.id('u',1,12)]);  -- op 1158 restore: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,8), prop.id('sku',4,0), '{}'::uuid[]);
COMMIT;  -- op 1159 swap: refused license_user_active
SELECT license_mgmt.reprocess_user(prop.id('u',2,15));  -- op 1160 reprocess_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,21), 'user21@tenant3.example', 'US');  -- op 1161 create_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,19), 'user19@tenant1.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,19) FROM unnest(ARRAY[prop.id('g',1,10)]) AS g;
COMMIT;  -- op 1162 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',3,0));  -- op 1163 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,8);  -- op 1164 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10) AND member_id = prop.id('u',1,19);  -- op 1165 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,8) AND member_id = prop.id('u',1,11);  -- op 1166 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',4,0));  -- op 1167 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,17), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1168 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',1,0));  -- op 1169 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,13);  -- op 1170 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,1), prop.id('sku',9,0));  -- op 1171 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1172 assign_user: refused license_product_subscribed
SELECT license_mgmt.reprocess_user(prop.id('u',2,24));  -- op 1173 reprocess_user: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,25);  -- op 1174 sub_seats: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-27 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2)]);  -- op 1175 soft_delete: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,13), 'Group 13');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,13), m FROM unnest(ARRAY[prop.id('u',1,15)]) AS m;
COMMIT;  -- op 1176 group_create: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,20));  -- op 1177 reprocess_user: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 1178 tenant_location: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',1,0);  -- op 1179 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-09-07 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,17);  -- op 1180 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,9), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0), prop.id('sp',3,0)]);  -- op 1181 assign_user: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET deleted_at = '2030-05-28 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,20)]);  -- op 1182 soft_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',6,0));  -- op 1183 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,8), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',8,0), prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 1184 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1185 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,13), prop.id('u',1,6), prop.id('u',1,18), prop.id('u',1,16), prop.id('u',1,13)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0), prop.id('sp',8,0)]);  -- op 1186 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,13), prop.id('g',1,5));  -- op 1187 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 1188 set_location: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,19);  -- op 1189 sub_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,2);  -- op 1190 remove_member: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 1191 tenant_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,4), prop.id('u',2,5)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1192 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2)]);  -- op 1193 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,28);  -- op 1194 sub_status: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1195 tenant_nesting: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-30 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12)]);  -- op 1196 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1197 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1198 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,21), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1199 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,2));  -- op 1200 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,21), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1201 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,18);  -- op 1202 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',1,0), '{}'::uuid[]);
COMMIT;  -- op 1203 swap: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,15);  -- op 1204 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',1,0));  -- op 1205 remove_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,15)]);  -- op 1206 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,16), m FROM unnest(ARRAY[prop.id('u',2,3), prop.id('u',2,20), prop.id('u',2,9), prop.id('u',2,24), prop.id('u',2,22), prop.id('u',2,18), prop.id('u',2,1), prop.id('u',2,19), prop.id('u',2,4), prop.id('u',2,23), prop.id('u',2,25)]) AS m ON CONFLICT DO NOTHING;  -- op 1207 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,4), prop.id('u',3,13), prop.id('u',3,18), prop.id('u',3,19), prop.id('u',3,21), prop.id('u',3,12), prop.id('u',3,8), prop.id('u',3,17), prop.id('u',3,20), prop.id('u',3,6)], prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',3,0)]);  -- op 1208 bulk_assign: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,9));  -- op 1209 reprocess_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1210 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('u',1,14));  -- op 1211 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,18);  -- op 1212 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,13));  -- op 1213 reprocess_group: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,24);  -- op 1214 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,25));  -- op 1215 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,2);  -- op 1216 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 1217 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,8), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1218 assign_user: refused license_user_active
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,24), prop.id('u',2,2), prop.id('u',2,25)]);  -- op 1219 hard_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,9), prop.id('sku',7,0));  -- op 1220 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',1221,0), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1221 assign_user: refused license_user_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,2));  -- op 1222 add_member: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,20);  -- op 1223 account_enabled: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',4,0));  -- op 1224 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-03 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,19)]);  -- op 1225 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-03 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6)]);  -- op 1226 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,11));  -- op 1227 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,26), 'user26@tenant2.example', 'US');  -- op 1228 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1229 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1230 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 1231 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1232 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 1233 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,8)]);  -- op 1234 restore: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);
COMMIT;  -- op 1235 swap: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1236 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,7), prop.id('u',2,15));  -- op 1237 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,20);  -- op 1238 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,26);  -- op 1239 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-05 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10)]);  -- op 1240 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,12);  -- op 1241 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,17), 'DE'), (prop.id('u',3,8), 'DE'), (prop.id('u',3,6), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1242 set_location_bulk: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,17));  -- op 1243 reprocess_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',3,0));  -- op 1244 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,14)]);  -- op 1245 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 1246 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-07-06 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 1247 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,2), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1248 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,10), prop.id('g',2,6), '2030-05-21 03:00:00+00');  -- op 1249 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,19), prop.id('u',2,4), prop.id('u',2,1), prop.id('u',2,11), prop.id('u',2,20), prop.id('u',2,19)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1250 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,8), prop.id('u',1,12));  -- op 1251 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,3));  -- op 1252 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,12), prop.id('u',3,20), prop.id('u',3,13), prop.id('u',3,2)]);  -- op 1253 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,4);  -- op 1254 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1255 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',1,0);  -- op 1256 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,2);  -- op 1257 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,18));  -- op 1258 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 1259 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1260 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,12), prop.id('u',2,4), prop.id('u',2,6)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 1261 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',2,0));  -- op 1262 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',1,0));  -- op 1263 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',6,0), '{}'::uuid[]);
COMMIT;  -- op 1264 swap: refused license_product_subscribed
SELECT license_mgmt.reprocess_group(prop.id('g',3,9));  -- op 1265 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1266 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',2,0);  -- op 1267 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,13));  -- op 1268 add_member: refused group_membership_acyclic
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10)]);  -- op 1269 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-08-05 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,10);  -- op 1270 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6)]);  -- op 1271 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,20), prop.id('sku',8,0));  -- op 1272 remove_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,2), 'US'), (prop.id('u',1,16), 'CN'), (prop.id('u',1,11), 'DE'), (prop.id('u',1,13), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1273 set_location_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1274 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,6)]);  -- op 1275 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1276 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13);  -- op 1277 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1278 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,17), prop.id('sku',9,0));  -- op 1279 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1280 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',4,0), prop.id('sp',8,0), prop.id('sp',1,0), prop.id('sp',2,0)]);  -- op 1281 assign_user: refused license_user_active
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,29), prop.id('sku',4,0), 3, 'enabled', '2030-10-03 06:00:00+00');  -- op 1282 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,10), prop.id('u',2,9));  -- op 1283 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1284 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,18);  -- op 1285 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,18), 'US'), (prop.id('u',3,13), 'DE'), (prop.id('u',3,19), 'DE'), (prop.id('u',3,4), 'US'), (prop.id('u',3,8), 'DE'), (prop.id('u',3,12), 'CN'), (prop.id('u',3,2), 'US'), (prop.id('u',3,6), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1286 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',2,0)]);  -- op 1287 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-02-26 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,16);  -- op 1288 sub_renew: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1289 tenant_nesting: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-11 06:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,11)]);  -- op 1290 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10) AND member_id = prop.id('u',1,10);  -- op 1291 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,21), prop.id('u',2,16));  -- op 1292 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-06-11 15:00:00+00');  -- op 1293 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,8), prop.id('u',1,10), prop.id('u',1,6)]) AS m ON CONFLICT DO NOTHING;  -- op 1294 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,28);  -- op 1295 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,18), '2030-05-20 19:00:00+00');  -- op 1296 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',8,0));  -- op 1297 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-06-12 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17)]);  -- op 1298 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,17);  -- op 1299 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',3,0));  -- op 1300 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 1301 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',2,0), prop.id('sp',9,0)]);  -- op 1302 assign_user: refused license_disabled_plan_in_product
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,18);  -- op 1303 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 1304 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,12), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1305 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,4));  -- op 1306 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1307 assign_group: refused license_product_subscribed
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,27), 'user27@tenant2.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,27) FROM unnest(ARRAY[prop.id('g',2,7)]) AS g;
COMMIT;  -- op 1308 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,13), prop.id('sku',5,0));  -- op 1309 remove_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,8), prop.id('u',1,17), prop.id('u',1,13)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 1310 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,18));  -- op 1311 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',7,0)]);  -- op 1312 assign_user: refused license_disabled_plan_in_product
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,8) AND member_id = prop.id('u',1,12);  -- op 1313 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',8,0));  -- op 1314 remove_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,14), 'Group 14');  -- op 1315 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,1), prop.id('sku',3,0));  -- op 1316 remove_group: refused license_assignment_exists
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1317 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9) AND member_id = prop.id('u',1,18);  -- op 1318 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,6);  -- op 1319 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1320 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,18));  -- op 1321 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,17), prop.id('sku',8,0));  -- op 1322 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',8,0));  -- op 1323 remove_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,21), prop.id('sku',7,0), 3, 'enabled', '2030-12-14 12:00:00+00');  -- op 1324 sub_add: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 1325 sub_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,13), prop.id('u',3,20), prop.id('u',3,2), prop.id('u',3,8), prop.id('u',3,13), prop.id('ghost',1326,0)], prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',4,0)]);  -- op 1326 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',1,0));  -- op 1327 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,2);  -- op 1328 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',3,0));  -- op 1329 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,17), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0)]);  -- op 1330 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,6));  -- op 1331 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('u',2,3));  -- op 1332 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('g',1,3));  -- op 1333 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 1334 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 1335 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,8), prop.id('sku',2,0));  -- op 1336 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',3,0));  -- op 1337 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-17 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,2)]);  -- op 1338 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',1,0);  -- op 1339 sub_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,21), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',5,0)]);  -- op 1340 assign_group: refused license_disabled_plan_in_product
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',1,0));  -- op 1341 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,18);  -- op 1342 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1343 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,28), 'user28@tenant2.example', 'FR');  -- op 1344 create_user: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 1345 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,8), prop.id('g',1,13)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,10), prop.id('u',1,17), prop.id('u',1,2), prop.id('u',1,12), prop.id('u',1,16)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1346 add_members_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,22), prop.id('sku',3,0), 3, 'enabled', '2030-09-08 09:00:00+00');  -- op 1347 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0);  -- op 1348 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,5), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1349 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13);  -- op 1350 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,26), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1351 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 1352 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,5);  -- op 1353 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10) AND member_id = prop.id('g',2,6);  -- op 1354 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,4), prop.id('sku',1,0));  -- op 1355 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 1356 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1357 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,16));  -- op 1358 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-19 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 1359 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,18), prop.id('u',2,3), '2030-06-09 21:00:00+00');  -- op 1360 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,14), prop.id('g',1,9), prop.id('g',1,12)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,19), prop.id('u',1,5), prop.id('u',1,6), prop.id('u',1,14), prop.id('u',1,8), prop.id('u',1,13)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1361 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,22);  -- op 1362 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,2)]);  -- op 1363 restore: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,30), prop.id('sku',8,0), 1, 'deleted', '2030-07-19 12:00:00+00');  -- op 1364 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,8), prop.id('g',3,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,20), prop.id('u',3,12), prop.id('u',3,19), prop.id('u',3,18), prop.id('u',3,17), prop.id('u',3,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1365 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,14), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1366 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-11-23 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,22);  -- op 1367 sub_renew: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12);  -- op 1368 group_delete: refused group_has_licenses
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,12)]);  -- op 1369 hard_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13);  -- op 1370 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',1,0));  -- op 1371 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,12), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1372 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,6), prop.id('sku',7,0));  -- op 1373 remove_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9);  -- op 1374 group_delete: refused group_has_licenses
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12) AND member_id = prop.id('u',2,3);  -- op 1375 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,6);  -- op 1376 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,13), prop.id('u',1,18));  -- op 1377 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',1,0));  -- op 1378 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,6);  -- op 1379 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,22), prop.id('sku',7,0));  -- op 1380 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,20));  -- op 1381 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',5,0));  -- op 1382 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,18));  -- op 1383 add_member: refused group_members_pkey
SELECT license_mgmt.assign_user_license(prop.id('u',2,27), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1384 assign_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 1385 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,19), prop.id('u',1,16), prop.id('u',1,8)]);  -- op 1386 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 1387 sub_seats: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 1388 sub_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,21), prop.id('sku',7,0));  -- op 1389 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-06-23 18:00:00+00');  -- op 1390 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,20);  -- op 1391 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',4,0));  -- op 1392 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,5);  -- op 1393 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',6,0));  -- op 1394 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,14), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1395 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1396 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,5);  -- op 1397 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,12), prop.id('sku',8,0));  -- op 1398 remove_group: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1399 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1400 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,20), 'user20@tenant1.example', 'US');  -- op 1401 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,19);  -- op 1402 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,18), 'FR'), (prop.id('u',1,12), 'US'), (prop.id('u',1,20), 'DE'), (prop.id('u',1,5), 'FR'), (prop.id('u',1,14), 'US'), (prop.id('u',1,10), 'US'), (prop.id('u',1,17), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1403 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,9), prop.id('g',3,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,21), prop.id('u',3,19), prop.id('u',3,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1404 add_members_bulk: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,26);  -- op 1405 account_enabled: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,11), prop.id('u',2,4), prop.id('u',2,3), prop.id('u',2,19), prop.id('u',2,28), prop.id('u',2,22), prop.id('u',2,9)]) AS m ON CONFLICT DO NOTHING;  -- op 1406 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,18) AND member_id = prop.id('u',2,3);  -- op 1407 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,20);  -- op 1408 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10);  -- op 1409 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,5), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1410 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,9), m FROM unnest(ARRAY[prop.id('u',1,18), prop.id('u',1,16), prop.id('u',1,2), prop.id('u',1,14), prop.id('u',1,12), prop.id('u',1,11), prop.id('u',1,17), prop.id('u',1,5)]) AS m ON CONFLICT DO NOTHING;  -- op 1411 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 1412 sub_seats: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,5);  -- op 1413 sub_delete: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1414 tenant_nesting: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-26 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10)]);  -- op 1415 soft_delete: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1416 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('g',1,3);  -- op 1417 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',8,0));  -- op 1418 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',8,0));  -- op 1419 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('g',1,5), '2030-04-28 02:00:00+00');  -- op 1420 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',9,0));  -- op 1421 remove_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,23), prop.id('sku',8,0), 2, 'suspended', '2030-10-31 18:00:00+00');  -- op 1422 sub_add: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,10);  -- op 1423 sub_seats: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10)]);  -- op 1424 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,13), m FROM unnest(ARRAY[prop.id('u',1,16), prop.id('u',1,13), prop.id('u',1,8), prop.id('u',1,20), prop.id('u',1,6), prop.id('u',1,11), prop.id('u',1,12), prop.id('u',1,2)]) AS m ON CONFLICT DO NOTHING;  -- op 1425 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,3);  -- op 1426 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,19), prop.id('sku',5,0));  -- op 1427 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,23);  -- op 1428 sub_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,21), prop.id('u',3,19), prop.id('u',3,6), prop.id('u',3,18), prop.id('u',3,8), prop.id('u',3,13), prop.id('u',3,2), prop.id('u',3,20), prop.id('u',3,4)], prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 1429 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1430 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,4);  -- op 1431 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14) AND member_id = prop.id('u',1,8);  -- op 1432 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,11), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 1433 swap: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,17)]);  -- op 1434 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,13), prop.id('u',1,6)), (prop.id('g',1,13), prop.id('u',1,8)), (prop.id('g',1,8), prop.id('u',1,16)), (prop.id('g',1,9), prop.id('u',1,16)), (prop.id('g',1,9), prop.id('u',1,5)), (prop.id('g',1,9), prop.id('u',1,12)), (prop.id('g',1,9), prop.id('u',1,13)), (prop.id('g',1,9), prop.id('u',1,17)), (prop.id('g',1,9), prop.id('u',1,8)), (prop.id('g',1,9), prop.id('u',1,2)), (prop.id('g',1,9), prop.id('u',1,19)), (prop.id('g',1,9), prop.id('u',1,11)), (prop.id('g',1,14), prop.id('u',1,13)), (prop.id('g',1,12), prop.id('u',1,6)), (prop.id('g',1,12), prop.id('u',1,14)), (prop.id('g',1,12), prop.id('u',1,8)));  -- op 1435 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-29 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,6)]);  -- op 1436 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 1437 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-29 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,16), prop.id('u',1,19), prop.id('u',1,14)]);  -- op 1438 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,26);  -- op 1439 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-06-08 00:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 1440 sub_renew: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',1,0));  -- op 1441 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,12), prop.id('u',1,5));  -- op 1442 add_member: refused group_members_pkey
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',7,0));  -- op 1443 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1444 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1445 assign_user: refused license_usage_location_allowed
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,13);  -- op 1446 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,16);  -- op 1447 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,12), prop.id('u',2,27));  -- op 1448 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1449 assign_user: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 1450 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1451 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-01 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,27)]);  -- op 1452 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,13));  -- op 1453 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1454 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,2);  -- op 1455 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1456 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',11,0)]);  -- op 1457 assign_group: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,8), '2030-05-23 17:00:00+00');  -- op 1458 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,6);  -- op 1459 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,15), 'Group 15');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,15), m FROM unnest(ARRAY[prop.id('u',1,2), prop.id('u',1,18), prop.id('u',1,6)]) AS m;
COMMIT;  -- op 1460 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1461 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.advance_subscriptions('2030-07-02 18:00:00+00');  -- op 1462 advance: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0);  -- op 1463 tenant_location: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,18)]);  -- op 1464 hard_delete: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,23);  -- op 1465 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1466 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,26));  -- op 1467 reprocess_user: ok
SELECT license_mgmt.advance_subscriptions('2030-07-03 12:00:00+00');  -- op 1468 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,9), m FROM unnest(ARRAY[prop.id('u',3,17), prop.id('u',3,2), prop.id('u',3,8), prop.id('u',3,20), prop.id('u',3,19), prop.id('u',3,13), prop.id('u',3,4), prop.id('u',3,21), prop.id('u',3,18), prop.id('u',3,6)]) AS m ON CONFLICT DO NOTHING;  -- op 1469 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',1,0));  -- op 1470 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1471 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0)]);  -- op 1472 assign_group: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,8));  -- op 1473 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('g',2,18);  -- op 1474 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',3,0));  -- op 1475 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,2)]);  -- op 1476 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-02-03 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 1477 sub_renew: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1478 assign_group: refused license_service_plan_dependency
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,10), 'Group 10');  -- op 1479 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,23), prop.id('u',2,20), prop.id('u',2,19), prop.id('u',2,9), prop.id('u',2,6), prop.id('u',2,11), prop.id('u',2,28), prop.id('u',2,23), prop.id('ghost',1480,0)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 1480 bulk_assign: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,22), 'Group 22');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,22), m FROM unnest(ARRAY[prop.id('u',2,16), prop.id('u',2,27), prop.id('u',2,22), prop.id('u',2,23)]) AS m;
COMMIT;  -- op 1481 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,11), prop.id('sku',8,0));  -- op 1482 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,20), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1483 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,25);  -- op 1484 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,4), m FROM unnest(ARRAY[prop.id('u',2,28), prop.id('u',2,12), prop.id('u',2,3)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,8), m FROM unnest(ARRAY[prop.id('u',3,21), prop.id('u',3,18), prop.id('u',3,2)]) AS m ON CONFLICT DO NOTHING;  -- op 1485 add_members_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,8)]);  -- op 1486 hard_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 1487 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',1,0));  -- op 1488 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,17));  -- op 1489 add_member: refused group_members_pkey
SELECT license_mgmt.reprocess_group(prop.id('g',1,13));  -- op 1490 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('g',3,8), '2030-04-29 18:00:00+00');  -- op 1491 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('u',2,4));  -- op 1492 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,19);  -- op 1493 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-06 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,6)]);  -- op 1494 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('g',3,8);  -- op 1495 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1496 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1497 assign_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,13));  -- op 1498 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,12);  -- op 1499 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1500 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',2,0));  -- op 1501 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,16);  -- op 1502 remove_members_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,2)]);  -- op 1503 hard_delete: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1504 tenant_nesting: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-03-10 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 1505 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1506 assign_user: refused license_usage_location_required
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1507 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1508 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1509 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1510 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,19)), (prop.id('g',2,16), prop.id('u',2,22)), (prop.id('g',2,6), prop.id('u',2,16)), (prop.id('g',2,1), prop.id('u',2,1)), (prop.id('g',2,1), prop.id('u',2,15)), (prop.id('g',2,1), prop.id('u',2,22)), (prop.id('g',2,4), prop.id('u',2,28)), (prop.id('g',2,4), prop.id('u',2,19)), (prop.id('g',2,7), prop.id('u',2,5)), (prop.id('g',2,2), prop.id('u',2,28)), (prop.id('g',2,2), prop.id('u',2,5)), (prop.id('g',2,22), prop.id('u',2,27)), (prop.id('g',2,22), prop.id('u',2,22)), (prop.id('g',2,22), prop.id('u',2,23)), (prop.id('g',2,9), prop.id('u',2,23)));  -- op 1511 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,22), prop.id('u',2,3));  -- op 1512 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10);  -- op 1513 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',5,0));  -- op 1514 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1515 assign_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,24), prop.id('sku',1,0), 5, 'enabled', '2030-09-13 12:00:00+00');  -- op 1516 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1517 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,31), prop.id('sku',1,0), 4, 'enabled', '2030-07-24 18:00:00+00');  -- op 1518 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,9), prop.id('u',3,2)), (prop.id('g',3,9), prop.id('u',3,6)), (prop.id('g',3,9), prop.id('u',3,18)), (prop.id('g',3,8), prop.id('u',3,2)), (prop.id('g',3,8), prop.id('u',3,18)));  -- op 1519 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,17), prop.id('sku',5,0));  -- op 1520 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,26);  -- op 1521 sub_status: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,14), 'DE'), (prop.id('u',1,6), 'DE'), (prop.id('u',1,18), 'US'), (prop.id('u',1,8), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1522 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1523 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1524 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12) AND member_id = prop.id('u',1,13);  -- op 1525 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,6));  -- op 1526 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,13), prop.id('u',1,12)), (prop.id('g',1,8), prop.id('u',1,17)), (prop.id('g',1,9), prop.id('g',1,3)), (prop.id('g',1,9), prop.id('g',1,5)), (prop.id('g',1,9), prop.id('u',1,8)), (prop.id('g',1,3), prop.id('u',1,13)));  -- op 1527 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1528 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1529 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',8,0));  -- op 1530 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-07-11 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,21)]);  -- op 1531 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,1)), (prop.id('g',2,16), prop.id('u',2,11)), (prop.id('g',2,16), prop.id('u',2,4)), (prop.id('g',2,6), prop.id('u',2,19)), (prop.id('g',2,1), prop.id('u',2,3)), (prop.id('g',2,5), prop.id('g',2,6)), (prop.id('g',2,7), prop.id('u',2,15)), (prop.id('g',2,2), prop.id('u',2,11)), (prop.id('g',2,12), prop.id('g',2,7)), (prop.id('g',2,10), prop.id('u',2,3)), (prop.id('g',2,10), prop.id('u',2,22)));  -- op 1532 remove_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-07-11 15:00:00+00');  -- op 1533 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12) AND member_id = prop.id('u',1,19);  -- op 1534 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,3)), (prop.id('g',2,4), prop.id('u',2,3)), (prop.id('g',2,7), prop.id('u',2,27)), (prop.id('g',2,2), prop.id('u',2,4)), (prop.id('g',2,9), prop.id('g',2,17)));  -- op 1535 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,19), prop.id('u',2,23), prop.id('u',2,3), prop.id('u',2,5), prop.id('u',2,11), prop.id('u',2,16), prop.id('u',2,20), prop.id('u',2,4)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 1536 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,12), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',3,0)]);  -- op 1537 assign_user: refused license_user_active
SELECT license_mgmt.remove_group_license(prop.id('g',1,14), prop.id('sku',7,0));  -- op 1538 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,29), 'user29@tenant2.example', NULL);  -- op 1539 create_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,29);  -- op 1540 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',2,0));  -- op 1541 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('g',3,10));  -- op 1542 add_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,6), 'RU'), (prop.id('u',1,18), 'CN'), (prop.id('u',1,17), 'CN'), (prop.id('u',1,14), 'US'), (prop.id('u',1,19), 'FR'), (prop.id('u',1,20), NULL), (prop.id('u',1,8), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1543 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,20), prop.id('sku',9,0));  -- op 1544 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,12), m FROM unnest(ARRAY[prop.id('u',1,16), prop.id('u',1,8), prop.id('u',1,13), prop.id('u',1,6), prop.id('u',1,17)]) AS m ON CONFLICT DO NOTHING;  -- op 1545 add_members_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,10);  -- op 1546 group_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,3), prop.id('u',2,19), prop.id('u',2,23), prop.id('u',2,29), prop.id('u',2,22), prop.id('u',2,27), prop.id('u',2,20), prop.id('u',2,4), prop.id('u',2,6), prop.id('u',2,15)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 1547 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,14), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1548 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-13 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,8)]);  -- op 1549 soft_delete: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,8);  -- op 1550 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,15));  -- op 1551 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,17);  -- op 1552 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-14 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5), prop.id('u',2,19)]);  -- op 1553 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,23);  -- op 1554 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1555 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,12), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1556 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,19), prop.id('sku',5,0));  -- op 1557 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9);  -- op 1558 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,22);  -- op 1559 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,18), prop.id('u',3,6), prop.id('u',3,4), prop.id('u',3,21), prop.id('u',3,2), prop.id('u',3,13)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 1560 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 1561 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-15 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 1562 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',8,0));  -- op 1563 remove_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',8,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',4,0)]);
COMMIT;  -- op 1564 swap: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 1565 sub_status: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 1566 swap: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,13), 'DE'), (prop.id('u',1,6), 'FR'), (prop.id('u',1,12), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1567 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-08-31 00:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,17);  -- op 1568 sub_renew: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1569 set_location: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,11), 'Group 11');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,20), prop.id('u',3,17), prop.id('u',3,18), prop.id('u',3,2), prop.id('u',3,4)]) AS m;
COMMIT;  -- op 1570 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,9), m FROM unnest(ARRAY[prop.id('u',2,29), prop.id('u',2,20), prop.id('u',2,16), prop.id('u',2,23), prop.id('u',2,28)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,19), prop.id('u',3,4), prop.id('u',3,20)]) AS m ON CONFLICT DO NOTHING;  -- op 1571 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('u',1,19));  -- op 1572 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,18), prop.id('u',3,20), prop.id('u',3,17), prop.id('u',3,13), prop.id('u',3,19), prop.id('u',3,4), prop.id('u',3,2), prop.id('u',3,6), prop.id('u',3,21)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1573 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1574 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,20)]);  -- op 1575 hard_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',6,0));  -- op 1576 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-12-23 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 1577 sub_renew: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9);  -- op 1578 group_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,27), prop.id('sku',1,0), 4, 'warning', '2030-12-24 09:00:00+00');  -- op 1579 sub_add: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,1), prop.id('sku',8,0));  -- op 1580 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,4), '2030-04-25 19:00:00+00');  -- op 1581 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,21)]);  -- op 1582 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1583 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-10-08 00:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 1584 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,6));  -- op 1585 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,6);  -- op 1586 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 1587 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,20)), (prop.id('g',3,11), prop.id('u',3,6)), (prop.id('g',3,11), prop.id('u',3,4)));  -- op 1588 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 1589 swap: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,17);  -- op 1590 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,26));  -- op 1591 add_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1592 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,18), prop.id('u',3,4), prop.id('u',3,17), prop.id('u',3,6), prop.id('u',3,19)]) AS m ON CONFLICT DO NOTHING;  -- op 1593 add_members_bulk: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,18), 'FR'), (prop.id('u',1,5), 'US'), (prop.id('u',1,12), 'US'), (prop.id('u',1,16), 'CN'), (prop.id('u',1,8), 'US'), (prop.id('u',1,19), 'US'), (prop.id('u',1,11), 'US'), (prop.id('u',1,13), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1594 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 1595 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',6,0));  -- op 1596 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1597 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,19), prop.id('sku',9,0));  -- op 1598 remove_group: refused license_assignment_exists
SELECT license_mgmt.reprocess_user(prop.id('u',2,12));  -- op 1599 reprocess_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,12), 'Group 12');  -- op 1600 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-20 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,18)]);  -- op 1601 soft_delete: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 1602 account_enabled: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',10,0)]);  -- op 1603 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,18), prop.id('g',2,7), '2030-06-25 06:00:00+00');  -- op 1604 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1605 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('g',1,8);  -- op 1606 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1607 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,2);  -- op 1608 sub_status: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1609 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12);  -- op 1610 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 1611 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',1,0));  -- op 1612 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,19), prop.id('sku',1,0));  -- op 1613 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,25), prop.id('sku',9,0), 6, 'enabled', '2030-11-29 18:00:00+00');  -- op 1614 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 1615 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,23), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1616 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,14), prop.id('u',1,16), '2030-05-23 20:00:00+00');  -- op 1617 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,24);  -- op 1618 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1619 assign_group: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-07-22 12:00:00+00');  -- op 1620 advance: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,22), 'user22@tenant3.example', 'FR');  -- op 1621 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,28), prop.id('sku',7,0), 2, 'warning', '2030-10-16 18:00:00+00');  -- op 1622 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 1623 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 1624 assign_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,32), prop.id('sku',2,0), 4, 'enabled', '2030-08-25 03:00:00+00');  -- op 1625 sub_add: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,9));  -- op 1626 reprocess_user: ok
SELECT license_mgmt.advance_subscriptions('2030-07-23 09:00:00+00');  -- op 1627 advance: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,23), prop.id('u',2,1), prop.id('u',2,15)]);  -- op 1628 hard_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,12), prop.id('sku',5,0));  -- op 1629 remove_group: refused license_assignment_exists
SELECT license_mgmt.advance_subscriptions('2030-07-23 18:00:00+00');  -- op 1630 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1631 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',1,0));  -- op 1632 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1633 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,6));  -- op 1634 reprocess_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1635 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-08 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 1636 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,11));  -- op 1637 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,19);  -- op 1638 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',2,0));  -- op 1639 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,21);  -- op 1640 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1641 assign_group: refused license_service_plan_dependency
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('g',2,17));  -- op 1642 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,33), prop.id('sku',6,0), 3, 'deleted', '2030-08-23 09:00:00+00');  -- op 1643 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1644 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,11);  -- op 1645 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1646 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-02 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 1647 sub_renew: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,13), prop.id('sku',9,0));  -- op 1648 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-07-26 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 1649 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,13), '2030-07-08 05:00:00+00');  -- op 1650 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1651 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,12), prop.id('g',3,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,22), prop.id('u',3,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1652 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,20);  -- op 1653 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-05-23 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,18);  -- op 1654 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,5), '2030-06-18 19:00:00+00');  -- op 1655 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,23), 'user23@tenant3.example', 'US');  -- op 1656 create_user: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,27);  -- op 1657 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,4);  -- op 1658 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1659 assign_user: refused license_seat_limit
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-10-25 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,23);  -- op 1660 sub_renew: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,24), 'user24@tenant3.example', 'US');  -- op 1661 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 1662 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,20) AND member_id = prop.id('u',2,19);  -- op 1663 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,26), prop.id('sku',3,0), 3, 'enabled', '2031-01-28 00:00:00+00');  -- op 1664 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,13), prop.id('u',1,16), prop.id('u',1,18), prop.id('u',1,17), prop.id('u',1,19), prop.id('u',1,14), prop.id('u',1,8), prop.id('u',1,11), prop.id('u',1,6)]) AS m ON CONFLICT DO NOTHING;  -- op 1665 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,15) AND member_id = prop.id('u',1,6);  -- op 1666 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',1,0));  -- op 1667 remove_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = '2030-07-28 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,20)]);  -- op 1668 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,19));  -- op 1669 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',2,0));  -- op 1670 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,8), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,8), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',4,0), prop.id('sp',8,0)]);
COMMIT;  -- op 1671 swap: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,28), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1672 assign_user: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,13)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 1673 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,9), prop.id('sku',8,0));  -- op 1674 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12) AND member_id = prop.id('u',1,5);  -- op 1675 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,10), prop.id('g',1,14)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,17), prop.id('u',1,12), prop.id('u',1,16), prop.id('u',1,18)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1676 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1677 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,22)), (prop.id('g',3,8), prop.id('u',3,17)), (prop.id('g',3,8), prop.id('g',3,11)), (prop.id('g',3,11), prop.id('u',3,4)));  -- op 1678 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,15), prop.id('sku',1,0));  -- op 1679 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-07-30 00:00:00+00');  -- op 1680 advance: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1681 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,19);  -- op 1682 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,16);  -- op 1683 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 1684 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1685 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1686 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',7,0));  -- op 1687 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,23), prop.id('sku',6,0));  -- op 1688 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,9), 'US'), (prop.id('u',2,26), 'DE'), (prop.id('u',2,27), 'RU'), (prop.id('u',2,12), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1689 set_location_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 1690 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,10), prop.id('g',1,3)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,16), prop.id('u',1,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1691 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,7), prop.id('sku',9,0));  -- op 1692 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,28)]);  -- op 1693 hard_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,29), prop.id('sku',1,0), 5, 'enabled', '2031-01-24 18:00:00+00');  -- op 1694 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,10), '2030-05-22 09:00:00+00');  -- op 1695 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1696 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,19), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1697 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',2,0);  -- op 1698 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11);  -- op 1699 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,17);  -- op 1700 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,13), m FROM unnest(ARRAY[prop.id('u',1,11), prop.id('u',1,16), prop.id('u',1,5), prop.id('u',1,12), prop.id('u',1,14), prop.id('u',1,13), prop.id('u',1,8), prop.id('u',1,6), prop.id('u',1,17), prop.id('u',1,18), prop.id('u',1,19)]) AS m ON CONFLICT DO NOTHING;  -- op 1701 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,18);  -- op 1702 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-09-14 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,22);  -- op 1703 sub_renew: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,14);  -- op 1704 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,14), prop.id('sku',9,0));  -- op 1705 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-08-02 06:00:00+00');  -- op 1706 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,9)), (prop.id('g',2,1), prop.id('g',2,17)), (prop.id('g',2,18), prop.id('g',2,7)), (prop.id('g',2,12), prop.id('u',2,11)), (prop.id('g',2,10), prop.id('u',2,9)), (prop.id('g',2,9), prop.id('u',2,20)));  -- op 1707 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 1708 sub_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1709 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12) AND member_id = prop.id('u',1,6);  -- op 1710 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,5));  -- op 1711 add_member: refused group_members_not_self
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',1,0));  -- op 1712 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1713 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',1,0));  -- op 1714 remove_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,30), prop.id('sku',7,0), 6, 'deleted', '2030-11-21 09:00:00+00');  -- op 1715 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,17);  -- op 1716 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,27)]);  -- op 1717 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1718 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1719 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,19);  -- op 1720 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1721 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,12), prop.id('sku',2,0));  -- op 1722 remove_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,27), prop.id('sku',1,0), 6, 'enabled', '2030-10-26 09:00:00+00');  -- op 1723 sub_add: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,2);  -- op 1724 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',6,0));  -- op 1725 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,19), 'RU'), (prop.id('u',3,4), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1726 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,19), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1727 assign_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14);  -- op 1728 group_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-05 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,19)]);  -- op 1729 soft_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 1730 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',3,0));  -- op 1731 remove_group: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,25), 'user25@tenant3.example', 'RU');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,25) FROM unnest(ARRAY[prop.id('g',3,8), prop.id('g',3,11)]) AS g;
COMMIT;  -- op 1732 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,27));  -- op 1733 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,2);  -- op 1734 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,10), prop.id('u',2,16));  -- op 1735 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,21);  -- op 1736 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,8), prop.id('u',1,14), prop.id('u',1,16), prop.id('u',1,6), prop.id('u',1,5), prop.id('u',1,12), prop.id('ghost',1737,0)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1737 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 1738 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,23);  -- op 1739 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 1740 assign_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,19), prop.id('sku',8,0));  -- op 1741 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13) AND member_id = prop.id('u',1,12);  -- op 1742 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,27), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1743 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,19);  -- op 1744 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,8);  -- op 1745 set_location: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,6), prop.id('u',1,19), prop.id('u',1,14)]);  -- op 1746 hard_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,31), prop.id('sku',3,0), 5, 'warning', '2030-12-07 09:00:00+00');  -- op 1747 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',1,0));  -- op 1748 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,17), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',10,0)]);  -- op 1749 assign_group: refused license_disabled_plan_in_product
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1750 assign_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,26), 'user26@tenant3.example', 'FR');  -- op 1751 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,10), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1752 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,31);  -- op 1753 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1754 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,2)));  -- op 1755 remove_members_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,28), prop.id('sku',1,0), 1, 'enabled', '2030-08-14 12:00:00+00');  -- op 1756 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,20), prop.id('sku',2,0));  -- op 1757 remove_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 1758 set_location: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,16), 'Group 16');  -- op 1759 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1760 assign_user: refused license_user_active
SELECT license_mgmt.advance_subscriptions('2030-08-09 03:00:00+00');  -- op 1761 advance: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 1762 sub_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-08-09 09:00:00+00');  -- op 1763 advance: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,15);  -- op 1764 sub_seats: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1765 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,6));  -- op 1766 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',8,0));  -- op 1767 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',1,0));  -- op 1768 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,6);  -- op 1769 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,26);  -- op 1770 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,18), m FROM unnest(ARRAY[prop.id('u',2,19), prop.id('u',2,9), prop.id('u',2,6), prop.id('u',2,11), prop.id('u',2,29), prop.id('u',2,4)]) AS m ON CONFLICT DO NOTHING;  -- op 1771 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,20), prop.id('u',2,6), prop.id('u',2,19)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 1772 bulk_assign: ok
SELECT license_mgmt.advance_subscriptions('2030-08-10 15:00:00+00');  -- op 1773 advance: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-08-10 18:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13)]);  -- op 1774 restore: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 1775 set_location: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,27), 'user27@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,27) FROM unnest(ARRAY[prop.id('g',3,8)]) AS g;
COMMIT;  -- op 1776 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1777 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1778 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,25);  -- op 1779 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 1780 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,8), prop.id('u',1,11), prop.id('u',1,5), prop.id('u',1,12)]);  -- op 1781 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1782 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,16), prop.id('u',1,8), '2030-07-02 13:00:00+00');  -- op 1783 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 1784 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 1785 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',1,0));  -- op 1786 remove_user: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',3,12));  -- op 1787 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1788 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,22);  -- op 1789 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,12), prop.id('g',3,11));  -- op 1790 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-12 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 1791 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-13 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16), prop.id('u',2,6)]);  -- op 1792 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,19), '2030-07-11 19:00:00+00');  -- op 1793 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',6,0));  -- op 1794 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,10), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1795 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,16), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1796 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,19);  -- op 1797 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1798 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 1799 sub_seats: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,13), 'Group 13');  -- op 1800 group_create: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,8);  -- op 1801 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,4);  -- op 1802 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,19)]);  -- op 1803 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1804 assign_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12);  -- op 1805 group_delete: refused group_has_licenses
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,23), 'RU'), (prop.id('u',3,27), 'CN'), (prop.id('u',3,18), 'US'), (prop.id('u',3,25), 'US'), (prop.id('u',3,2), 'CN'), (prop.id('u',3,21), 'US'), (prop.id('u',3,26), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1806 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,29);  -- op 1807 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,30);  -- op 1808 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',2,0), prop.id('sp',10,0), prop.id('sp',1,0)]);  -- op 1809 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,18) AND member_id = prop.id('u',2,9);  -- op 1810 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 1811 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',2,0);  -- op 1812 sub_bulk: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,26);  -- op 1813 account_enabled: ok
SELECT license_mgmt.advance_subscriptions('2030-08-15 18:00:00+00');  -- op 1814 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,8), m FROM unnest(ARRAY[prop.id('u',3,23), prop.id('u',3,25), prop.id('u',3,26), prop.id('u',3,19), prop.id('u',3,21), prop.id('u',3,6), prop.id('u',3,20), prop.id('u',3,22), prop.id('u',3,18), prop.id('u',3,13), prop.id('u',3,17), prop.id('u',3,27)]) AS m ON CONFLICT DO NOTHING;  -- op 1815 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 1816 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,16), prop.id('sku',9,0));  -- op 1817 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13) AND member_id = prop.id('u',1,5);  -- op 1818 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,9));  -- op 1819 add_member: refused group_members_pkey
SELECT license_mgmt.assign_user_license(prop.id('u',2,27), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1820 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-16 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,19), prop.id('u',3,24)]);  -- op 1821 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,22), prop.id('sku',1,0));  -- op 1822 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,12), prop.id('sku',5,0));  -- op 1823 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,13);  -- op 1824 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1825 swap: refused license_usage_location_allowed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,24));  -- op 1826 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('g',2,19));  -- op 1827 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,22), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1828 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,29), prop.id('sku',4,0), 2, 'enabled', '2030-12-12 15:00:00+00');  -- op 1829 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,16);  -- op 1830 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13) AND member_id = prop.id('u',1,8);  -- op 1831 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',6,0));  -- op 1832 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,4), '2030-06-13 14:00:00+00');  -- op 1833 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,4), prop.id('sku',1,0));  -- op 1834 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,8), prop.id('u',1,12)), (prop.id('g',1,10), prop.id('u',1,18)), (prop.id('g',1,10), prop.id('u',1,12)), (prop.id('g',1,3), prop.id('g',1,6)), (prop.id('g',1,5), prop.id('g',1,13)), (prop.id('g',1,5), prop.id('u',1,16)), (prop.id('g',1,5), prop.id('u',1,13)), (prop.id('g',1,12), prop.id('u',1,13)));  -- op 1835 remove_members_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,13)]);  -- op 1836 hard_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 1837 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,4);  -- op 1838 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1839 group_delete: refused group_has_licenses
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,29), 'US'), (prop.id('u',2,22), 'CN'), (prop.id('u',2,26), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1840 set_location_bulk: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1841 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,23), prop.id('sku',7,0));  -- op 1842 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,19);  -- op 1843 set_location: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,7));  -- op 1844 reprocess_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,18), prop.id('u',1,16)]);  -- op 1845 restore: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,6), prop.id('ghost',1846,0)], prop.id('sku',4,0), '{}'::uuid[]);  -- op 1846 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,17);  -- op 1847 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('g',3,8));  -- op 1848 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,28), 'user28@tenant3.example', 'CN');  -- op 1849 create_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-20 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,20), prop.id('u',2,26), prop.id('u',2,27)]);  -- op 1850 soft_delete: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22)]);  -- op 1851 hard_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-08-20 12:00:00+00');  -- op 1852 advance: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1853 swap: refused license_usage_location_allowed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,32), prop.id('sku',4,0), 0, 'suspended', '2031-03-02 18:00:00+00');  -- op 1854 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',8,0));  -- op 1855 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,30), prop.id('sku',6,0), 2, 'deleted', '2030-12-24 00:00:00+00');  -- op 1856 sub_add: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1857 tenant_nesting: ok
