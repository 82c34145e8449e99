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
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,1), prop.id('sku',1,0), 4, 'enabled', '2030-03-04 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,2), prop.id('sku',2,0), 4, 'enabled', '2030-05-10 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,3), prop.id('sku',4,0), 2, 'enabled', '2030-03-19 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,4), prop.id('sku',6,0), 7, 'enabled', '2030-05-19 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,5), prop.id('sku',7,0), 3, 'enabled', '2030-05-30 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,6), prop.id('sku',8,0), 2, 'enabled', '2030-04-23 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,7), prop.id('sku',9,0), 3, 'enabled', '2030-05-01 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,1), 'user1@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,2), 'user2@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,3), 'user3@tenant1.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,4), 'user4@tenant1.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,5), 'user5@tenant1.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,6), 'user6@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,7), 'user7@tenant1.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,8), 'user8@tenant1.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,9), 'user9@tenant1.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,10), 'user10@tenant1.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,11), 'user11@tenant1.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,12), 'user12@tenant1.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,13), 'user13@tenant1.example', 'RU');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,14), 'user14@tenant1.example', 'FR');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,1), m FROM unnest(ARRAY[prop.id('u',1,10), prop.id('u',1,4), prop.id('u',1,1), prop.id('g',1,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,2), m FROM unnest(ARRAY[prop.id('u',1,14), prop.id('u',1,8), prop.id('u',1,4), prop.id('g',1,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,14), prop.id('u',1,10), prop.id('u',1,8), prop.id('g',1,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,4), m FROM unnest(ARRAY[prop.id('u',1,2), prop.id('u',1,4), prop.id('g',1,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,12), prop.id('u',1,10), prop.id('u',1,9), prop.id('u',1,4)]) AS m;
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,1), prop.id('sku',1,0), 4, 'enabled', '2030-07-16 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,2), prop.id('sku',3,0), 7, 'enabled', '2030-01-18 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,3), prop.id('sku',3,0), 2, 'warning', '2030-07-14 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,4), prop.id('sku',4,0), 2, 'enabled', '2030-03-28 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,5), prop.id('sku',5,0), 2, 'enabled', '2030-05-11 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,6), prop.id('sku',6,0), 3, 'enabled', '2030-07-02 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,7), prop.id('sku',7,0), 3, 'enabled', '2030-04-03 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,8), prop.id('sku',8,0), 6, 'enabled', '2030-01-13 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,9), prop.id('sku',9,0), 5, 'enabled', '2030-04-11 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,1), 'user1@tenant2.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,2), 'user2@tenant2.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,3), 'user3@tenant2.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,4), 'user4@tenant2.example', 'FR');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,5), 'user5@tenant2.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,6), 'user6@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,7), 'user7@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,8), 'user8@tenant2.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,9), 'user9@tenant2.example', 'RU');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,10), 'user10@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,11), 'user11@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,12), 'user12@tenant2.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,13), 'user13@tenant2.example', 'CN');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,14), 'user14@tenant2.example', 'CN');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,1), m FROM unnest(ARRAY[prop.id('u',2,8), prop.id('u',2,12), prop.id('u',2,5), prop.id('u',2,1), prop.id('u',2,10), prop.id('g',2,2)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,10), prop.id('u',2,7), prop.id('u',2,6)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,3), m FROM unnest(ARRAY[prop.id('u',2,14), prop.id('u',2,7), prop.id('g',2,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,4), m FROM unnest(ARRAY[prop.id('u',2,13), prop.id('u',2,3), prop.id('u',2,10), prop.id('u',2,1), prop.id('u',2,12), prop.id('u',2,5), prop.id('u',2,9), prop.id('g',2,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,5), m FROM unnest(ARRAY[prop.id('u',2,3), prop.id('u',2,1), prop.id('u',2,4), prop.id('u',2,11), prop.id('u',2,9), prop.id('u',2,7)]) AS m;
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,1), prop.id('sku',1,0), 4, 'enabled', '2030-05-17 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,2), prop.id('sku',2,0), 6, 'enabled', '2030-04-15 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,3), prop.id('sku',2,0), 1, 'warning', '2030-03-16 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,4), prop.id('sku',3,0), 6, 'enabled', '2030-03-01 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,5), prop.id('sku',5,0), 7, 'enabled', '2030-04-27 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,6), prop.id('sku',6,0), 3, 'enabled', '2030-02-08 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,7), prop.id('sku',7,0), 5, 'enabled', '2030-06-01 00:00:00+00');
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,8), prop.id('sku',8,0), 2, 'enabled', '2030-04-02 00:00:00+00');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,1), 'user1@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,2), 'user2@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,3), 'user3@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,4), 'user4@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,5), 'user5@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,6), 'user6@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,7), 'user7@tenant3.example', 'RU');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,8), 'user8@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,9), 'user9@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,10), 'user10@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,11), 'user11@tenant3.example', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,12), 'user12@tenant3.example', 'DE');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,13), 'user13@tenant3.example', NULL);
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,14), 'user14@tenant3.example', NULL);
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,1), 'Group 1');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,2), 'Group 2');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,3), 'Group 3');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,4), 'Group 4');
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,5), 'Group 5');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,6), prop.id('u',3,1), prop.id('u',3,9), prop.id('u',3,2), prop.id('g',3,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,2), m FROM unnest(ARRAY[prop.id('u',3,3), prop.id('u',3,14), prop.id('u',3,4), prop.id('u',3,2), prop.id('u',3,1), prop.id('u',3,12)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,3), m FROM unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,12), prop.id('g',3,4)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,4), m FROM unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,13), prop.id('u',3,11), prop.id('u',3,3), prop.id('u',3,7), prop.id('g',3,5)]) AS m;
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,5), m FROM unnest(ARRAY[prop.id('u',3,1), prop.id('u',3,7), prop.id('u',3,2), prop.id('u',3,8), prop.id('u',3,9), prop.id('u',3,4)]) AS m;
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('u',3,2));  -- op 2 add_member: refused group_members_pkey
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,1), prop.id('g',1,5)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,14), prop.id('u',1,9), prop.id('u',1,12), prop.id('g',1,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 3 add_members_bulk: refused group_membership_acyclic
SELECT license_mgmt.remove_user_license(prop.id('u',3,3), prop.id('sku',2,0));  -- op 4 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',7,0));  -- op 5 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',8,0)]);  -- op 6 assign_group: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('g',3,3));  -- op 7 add_member: refused group_membership_acyclic
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 8 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 9 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,7);  -- op 10 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,11), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',11,0)]);  -- op 11 assign_user: refused license_disabled_plan_in_product
SELECT license_mgmt.remove_user_license(prop.id('u',2,11), prop.id('sku',8,0));  -- op 12 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 13 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,5);  -- op 14 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('u',2,13));  -- op 15 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',8,0));  -- op 16 remove_user: refused license_assignment_exists
SELECT license_mgmt.advance_subscriptions('2030-01-03 03:00:00+00');  -- op 17 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,4);  -- op 18 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',5,0));  -- op 19 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,11)]);  -- op 20 hard_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-03 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,10)]);  -- op 21 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',4,0), prop.id('sp',8,0)]);  -- op 22 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,13));  -- op 23 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 24 assign_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,15), 'user15@tenant2.example', 'CN');  -- op 25 create_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 26 swap: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',9,0), '{}'::uuid[]);  -- op 27 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',8,0)]);  -- op 28 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',7,0));  -- op 29 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));  -- op 30 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,6));  -- op 31 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,10), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 32 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 33 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,3);  -- op 34 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,13);  -- op 35 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 36 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',2,0);  -- op 37 sub_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-05 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1)]);  -- op 38 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 39 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,4);  -- op 40 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,1), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 41 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-06 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4)]);  -- op 42 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 43 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,5), prop.id('u',3,6));  -- op 44 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,1), prop.id('u',2,2), prop.id('u',2,7), prop.id('u',2,9), prop.id('u',2,13), prop.id('u',2,15), prop.id('u',2,3), prop.id('u',2,8), prop.id('u',2,14), prop.id('u',2,5), prop.id('u',2,1)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 45 bulk_assign: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,14));  -- op 46 reprocess_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',9,0), '{}'::uuid[]);  -- op 47 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,3), prop.id('u',1,9), prop.id('u',1,6), prop.id('u',1,1)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 48 bulk_assign: ok
SELECT license_mgmt.advance_subscriptions('2030-01-07 03:00:00+00');  -- op 49 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,8));  -- op 50 add_member: refused group_members_pkey
SELECT license_mgmt.advance_subscriptions('2030-01-07 09:00:00+00');  -- op 51 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2) AND member_id = prop.id('u',3,3);  -- op 52 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,8), prop.id('sku',1,0), 1, 'enabled', '2030-05-23 15:00:00+00');  -- op 53 sub_add: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,15), 'user15@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,15) FROM unnest(ARRAY[prop.id('g',3,1), prop.id('g',3,2)]) AS g;
COMMIT;  -- op 54 create_user: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 55 account_enabled: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',8,0));  -- op 56 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,1);  -- op 57 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,2), prop.id('sku',2,0), '{}'::uuid[]);  -- op 58 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 59 assign_group: refused license_product_subscribed
SELECT license_mgmt.reprocess_group(prop.id('g',2,5));  -- op 60 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,3), m FROM unnest(ARRAY[prop.id('u',2,8), prop.id('u',2,12), prop.id('u',2,5), prop.id('u',2,9), prop.id('u',2,6), prop.id('u',2,13)]) AS m ON CONFLICT DO NOTHING;  -- op 61 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 62 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = '2030-01-08 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 63 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',9,0));  -- op 64 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,10), prop.id('sku',6,0), '{}'::uuid[]);  -- op 65 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,11), 'CN'), (prop.id('u',3,4), 'RU'), (prop.id('u',3,13), NULL), (prop.id('u',3,7), 'DE'), (prop.id('u',3,12), NULL), (prop.id('u',3,15), 'DE'), (prop.id('u',3,1), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 66 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,9));  -- op 67 add_member: refused group_members_pkey
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,6), 'Group 6');  -- op 68 group_create: ok
SELECT license_mgmt.advance_subscriptions('2030-01-09 15:00:00+00');  -- op 69 advance: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,9), prop.id('u',1,11), prop.id('u',1,1), prop.id('u',1,13)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 70 bulk_assign: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 71 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',1,0));  -- op 72 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3) AND member_id = prop.id('u',3,6);  -- op 73 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,4), NULL), (prop.id('u',3,10), 'FR'), (prop.id('u',3,7), 'FR'), (prop.id('u',3,9), 'US'), (prop.id('u',3,8), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 74 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,5), '2029-12-28 14:00:00+00');  -- op 75 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,9), prop.id('sku',8,0), 1, 'enabled', '2030-02-07 12:00:00+00');  -- op 76 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 77 assign_user: refused license_usage_location_allowed
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',3,0), '{}'::uuid[]);  -- op 78 assign_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,9), prop.id('sku',7,0), 5, 'deleted', '2030-05-26 21:00:00+00');  -- op 79 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,7), prop.id('u',2,1), prop.id('u',2,8), prop.id('u',2,10), prop.id('u',2,14), prop.id('u',2,4), prop.id('u',2,5)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 80 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,1), prop.id('sku',3,0));  -- op 81 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,2);  -- op 82 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4)]);  -- op 83 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 84 assign_group: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,5));  -- op 85 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',3,0), '{}'::uuid[]);  -- op 86 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,5), prop.id('g',3,2), prop.id('g',3,3)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,8), prop.id('u',3,14)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 87 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',1,0));  -- op 88 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,16), 'user16@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,16) FROM unnest(ARRAY[prop.id('g',3,3), prop.id('g',3,2)]) AS g;
COMMIT;  -- op 89 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('u',2,15));  -- op 90 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,4), '2029-11-18 00:00:00+00');  -- op 91 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 92 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5) AND member_id = prop.id('u',3,1);  -- op 93 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,1));  -- op 94 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',1,0));  -- op 95 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('g',1,3), '2029-12-07 21:00:00+00');  -- op 96 add_member: refused group_membership_acyclic
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,11);  -- op 97 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 98 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,9);  -- op 99 sub_seats: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,3));  -- op 100 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-13 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,7)]);  -- op 101 soft_delete: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 102 tenant_nesting: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',3,0));  -- op 103 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-11-07 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 104 sub_renew: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 105 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',3,0));  -- op 106 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,5), prop.id('u',2,1));  -- op 107 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',2,10), prop.id('sku',1,0));  -- op 108 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',1,0), '{}'::uuid[]);  -- op 109 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 110 set_location: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,6), 'Group 6');  -- op 111 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',7,0), '{}'::uuid[]);  -- op 112 assign_group: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0);  -- op 113 tenant_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,10), prop.id('sku',9,0), 4, 'enabled', '2030-02-16 06:00:00+00');  -- op 114 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',115,0), prop.id('sku',4,0), '{}'::uuid[]);  -- op 115 assign_user: refused license_user_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,7);  -- op 116 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-15 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,13)]);  -- op 117 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,8);  -- op 118 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,4), prop.id('u',3,13)), (prop.id('g',3,4), prop.id('u',3,5)), (prop.id('g',3,4), prop.id('u',3,4)), (prop.id('g',3,2), prop.id('u',3,4)), (prop.id('g',3,5), prop.id('u',3,9)), (prop.id('g',3,1), prop.id('u',3,2)), (prop.id('g',3,1), prop.id('u',3,6)), (prop.id('g',3,1), prop.id('u',3,1)));  -- op 119 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,1), prop.id('sku',1,0), '{}'::uuid[]);  -- op 120 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 121 restore: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 122 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 123 assign_group: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-01-16 12:00:00+00');  -- op 124 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,6), prop.id('sku',8,0), '{}'::uuid[]);  -- op 125 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,1), prop.id('g',1,5), prop.id('g',1,4)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,4), prop.id('u',1,9)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 126 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,1), prop.id('sku',7,0));  -- op 127 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',7,0));  -- op 128 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,1), prop.id('u',1,5));  -- op 129 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 130 assign_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,8));  -- op 131 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,6), prop.id('u',3,6), '2030-01-11 23:00:00+00');  -- op 132 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',9,0), '{}'::uuid[]);  -- op 133 assign_user: refused license_usage_location_required
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',1,0));  -- op 134 remove_group: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,10);  -- op 135 account_enabled: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,16), 'user16@tenant2.example', 'DE');  -- op 136 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,10);  -- op 137 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,16);  -- op 138 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,2), m FROM unnest(ARRAY[prop.id('u',1,4), prop.id('u',1,11), prop.id('u',1,8), prop.id('u',1,6), prop.id('u',1,14)]) AS m ON CONFLICT DO NOTHING;  -- op 139 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,2), prop.id('sku',3,0));  -- op 140 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,4), m FROM unnest(ARRAY[prop.id('u',1,6), prop.id('u',1,1), prop.id('u',1,8), prop.id('u',1,7)]) AS m ON CONFLICT DO NOTHING;  -- op 141 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 142 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,5), prop.id('sku',5,0), '{}'::uuid[]);  -- op 143 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 144 sub_seats: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,1), 'DE'), (prop.id('u',1,14), 'DE'), (prop.id('u',1,6), NULL), (prop.id('u',1,8), 'FR'), (prop.id('u',1,7), 'DE'), (prop.id('u',1,9), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 145 set_location_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-01-19 06:00:00+00');  -- op 146 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',4,0), '{}'::uuid[]);  -- op 147 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,12);  -- op 148 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,2), prop.id('u',1,4)), (prop.id('g',1,2), prop.id('g',1,4)), (prop.id('g',1,2), prop.id('u',1,8)), (prop.id('g',1,3), prop.id('u',1,8)), (prop.id('g',1,4), prop.id('u',1,7)), (prop.id('g',1,4), prop.id('g',1,5)), (prop.id('g',1,5), prop.id('u',1,4)), (prop.id('g',1,1), prop.id('g',1,4)));  -- op 149 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 150 sub_status: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 151 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',8,0));  -- op 152 remove_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,12), prop.id('u',1,11), prop.id('u',1,2), prop.id('ghost',153,0)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 153 bulk_assign: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,12), 'CN'), (prop.id('u',1,4), 'DE'), (prop.id('u',1,11), 'US'), (prop.id('u',1,14), 'RU'), (prop.id('u',1,1), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 154 set_location_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,10), prop.id('sku',6,0), 5, 'suspended', '2030-05-09 09:00:00+00');  -- op 155 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 156 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5) AND member_id = prop.id('u',3,14);  -- op 157 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',7,0), '{}'::uuid[]);  -- op 158 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,2), m FROM unnest(ARRAY[prop.id('u',1,9), prop.id('u',1,13), prop.id('u',1,14), prop.id('u',1,2), prop.id('u',1,3)]) AS m ON CONFLICT DO NOTHING;  -- op 159 add_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,15), 'user15@tenant1.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,15) FROM unnest(ARRAY[prop.id('g',1,2), prop.id('g',1,5)]) AS g;
COMMIT;  -- op 160 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 161 sub_status: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,7)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 162 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,8);  -- op 163 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,4), prop.id('g',3,2), prop.id('g',3,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,5), prop.id('u',3,7), prop.id('u',3,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 164 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-21 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 165 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',6,0), '{}'::uuid[]);  -- op 166 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 167 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 168 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,4);  -- op 169 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',1,0);  -- op 170 sub_bulk: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 171 account_enabled: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,12), prop.id('u',1,5), prop.id('u',1,6), prop.id('u',1,13), prop.id('u',1,3), prop.id('u',1,9), prop.id('u',1,12)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0)]);  -- op 172 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 173 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 174 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,12));  -- op 175 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-01-23 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1), prop.id('u',1,7), prop.id('u',1,3)]);  -- op 176 soft_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-01-23 03:00:00+00');  -- op 177 advance: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,12));  -- op 178 reprocess_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,9), prop.id('u',2,10), prop.id('u',2,7), prop.id('u',2,1), prop.id('u',2,4), prop.id('u',2,15)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0), prop.id('sp',10,0)]);  -- op 179 bulk_assign: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1)]);  -- op 180 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',3,0), '{}'::uuid[]);  -- op 181 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',4,0));  -- op 182 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 183 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,6) AND member_id = prop.id('u',3,2);  -- op 184 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',7,0), '{}'::uuid[]);  -- op 185 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,2);  -- op 186 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,13), prop.id('sku',3,0), '{}'::uuid[]);  -- op 187 assign_user: refused license_user_active
SELECT license_mgmt.reprocess_user(prop.id('u',1,15));  -- op 188 reprocess_user: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 189 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',3,0);  -- op 190 sub_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',7,0), '{}'::uuid[]);  -- op 191 assign_user: refused license_seat_limit
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,14);  -- op 192 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('g',3,4));  -- op 193 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,4), prop.id('u',1,10), prop.id('u',1,15), prop.id('u',1,3), prop.id('u',1,1), prop.id('u',1,14), prop.id('u',1,6), prop.id('u',1,5)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 194 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 195 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,11), prop.id('sku',4,0), 2, 'suspended', '2030-06-15 12:00:00+00');  -- op 196 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,3)]);  -- op 197 restore: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,6);  -- op 198 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,13);  -- op 199 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,5));  -- op 200 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 201 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-01-26 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4)]);  -- op 202 soft_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',7,0));  -- op 203 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,5), m FROM unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,15), prop.id('u',3,14)]) AS m UNION ALL SELECT prop.id('t',1,0), prop.id('g',1,4), m FROM unnest(ARRAY[prop.id('u',1,14), prop.id('u',1,3), prop.id('u',1,10), prop.id('u',1,11)]) AS m ON CONFLICT DO NOTHING;  -- op 204 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,4), prop.id('u',3,11), prop.id('u',3,12), prop.id('u',3,6), prop.id('u',3,7), prop.id('u',3,15), prop.id('u',3,1), prop.id('u',3,2), prop.id('u',3,13), prop.id('u',3,10), prop.id('u',3,5), prop.id('u',3,8)]) AS m ON CONFLICT DO NOTHING;  -- op 205 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',7,0), '{}'::uuid[]);  -- op 206 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,12);  -- op 207 set_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 208 tenant_nesting: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,5);  -- op 209 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,6);  -- op 210 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',7,0), '{}'::uuid[]);  -- op 211 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4) AND member_id = prop.id('u',3,2);  -- op 212 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,3);  -- op 213 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,1), prop.id('sku',7,0));  -- op 214 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,4), '2029-12-02 17:00:00+00');  -- op 215 add_member: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0);  -- op 216 tenant_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,7)]);  -- op 217 restore: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,12), prop.id('u',1,3), prop.id('u',1,9), prop.id('u',1,14), prop.id('u',1,12)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 218 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('g',1,3);  -- op 219 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,6);  -- op 220 set_location: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,11), 'DE'), (prop.id('u',1,14), 'RU'), (prop.id('u',1,2), 'US'), (prop.id('u',1,5), 'CN'), (prop.id('u',1,9), 'DE'), (prop.id('u',1,4), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 221 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,1), m FROM unnest(ARRAY[prop.id('u',1,10), prop.id('u',1,11)]) AS m UNION ALL SELECT prop.id('t',2,0), prop.id('g',2,4), m FROM unnest(ARRAY[prop.id('u',2,9), prop.id('u',2,3)]) AS m ON CONFLICT DO NOTHING;  -- op 222 add_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,1), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,1), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 223 swap: refused license_product_subscribed
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,5);  -- op 224 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,13));  -- op 225 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,5);  -- op 226 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,17), 'user17@tenant2.example', 'FR');  -- op 227 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,3));  -- op 228 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,2), prop.id('u',2,5), prop.id('u',2,8), prop.id('u',2,15), prop.id('u',2,12), prop.id('u',2,2)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 229 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,6), prop.id('sku',8,0));  -- op 230 remove_user: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,10);  -- op 231 sub_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 232 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 233 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,11);  -- op 234 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,2), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 235 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-01-30 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,14)]);  -- op 236 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,2), prop.id('sku',4,0), '{}'::uuid[]);  -- op 237 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',1,1), prop.id('sku',1,0));  -- op 238 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,2));  -- op 239 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = '2030-01-31 00:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1)]);  -- op 240 soft_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',7,0));  -- op 241 remove_group: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',1,0);  -- op 242 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,4), prop.id('u',3,3)), (prop.id('g',3,2), prop.id('u',3,16)), (prop.id('g',3,3), prop.id('g',3,4)), (prop.id('g',3,3), prop.id('u',3,12)), (prop.id('g',3,1), prop.id('u',3,7)), (prop.id('g',3,1), prop.id('u',3,13)), (prop.id('g',3,1), prop.id('u',3,10)), (prop.id('g',3,1), prop.id('u',3,5)), (prop.id('g',3,1), prop.id('u',3,1)), (prop.id('g',3,1), prop.id('u',3,9)), (prop.id('g',3,1), prop.id('u',3,8)));  -- op 243 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',4,0)]);  -- op 244 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,8), 'DE'), (prop.id('u',1,13), 'DE'), (prop.id('u',1,3), 'CN'), (prop.id('u',1,10), 'US'), (prop.id('u',1,6), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 245 set_location_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,4), prop.id('sku',2,0));  -- op 246 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,7), prop.id('sku',6,0));  -- op 247 remove_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 248 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2) AND member_id = prop.id('u',3,1);  -- op 249 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,12), prop.id('sku',1,0), 1, 'enabled', '2030-02-11 06:00:00+00');  -- op 250 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',9,0), '{}'::uuid[]);  -- op 251 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 252 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',9,0), '{}'::uuid[]);  -- op 253 assign_user: refused license_seat_limit
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,7), 'Group 7');  -- op 254 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('g',2,6));  -- op 255 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,3), prop.id('sku',6,0), '{}'::uuid[]);  -- op 256 assign_group: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,2), prop.id('sku',6,0), '{}'::uuid[]);  -- op 257 assign_group: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,7), prop.id('u',1,1), prop.id('u',1,10), prop.id('u',1,12), prop.id('u',1,5), prop.id('u',1,11), prop.id('u',1,8), prop.id('u',1,6), prop.id('u',1,3)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 258 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,13);  -- op 259 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 260 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,5);  -- op 261 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,5), m FROM unnest(ARRAY[prop.id('u',2,14), prop.id('u',2,10), prop.id('u',2,1), prop.id('u',2,7), prop.id('u',2,8), prop.id('u',2,12), prop.id('u',2,6), prop.id('u',2,17), prop.id('u',2,9), prop.id('u',2,4)]) AS m ON CONFLICT DO NOTHING;  -- op 262 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,10);  -- op 263 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,16), 'user16@tenant1.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,16) FROM unnest(ARRAY[prop.id('g',1,1), prop.id('g',1,4)]) AS g;
COMMIT;  -- op 264 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 265 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('u',1,6));  -- op 266 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,7), prop.id('u',1,14), prop.id('u',1,1), prop.id('u',1,10)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 267 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,3), '2029-11-17 10:00:00+00');  -- op 268 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',6,0));  -- op 269 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,4), prop.id('g',3,7), prop.id('g',3,2)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,15), prop.id('u',3,1), prop.id('u',3,6), prop.id('u',3,14)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 270 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,7), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 271 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,5);  -- op 272 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,12));  -- op 273 add_member: refused group_members_pkey
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 274 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',7,0), '{}'::uuid[]);  -- op 275 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',8,0), '{}'::uuid[]);  -- op 276 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',11,0)]);  -- op 277 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,2), prop.id('sku',2,0));  -- op 278 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,8), 'Group 8');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,8), m FROM unnest(ARRAY[prop.id('u',3,1), prop.id('u',3,7), prop.id('u',3,16), prop.id('u',3,8), prop.id('u',3,2)]) AS m;
COMMIT;  -- op 279 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-05 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6)]);  -- op 280 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,5);  -- op 281 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,17), 'CN'), (prop.id('u',2,15), 'FR'), (prop.id('u',2,13), 'CN'), (prop.id('u',2,1), 'CN'), (prop.id('u',2,2), 'FR'), (prop.id('u',2,12), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 282 set_location_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 283 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,16), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 284 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',4,0), '{}'::uuid[]);  -- op 285 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',9,0));  -- op 286 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',7,0), '{}'::uuid[]);  -- op 287 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',2,0), '{}'::uuid[]);  -- op 288 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,9), 'Group 9');  -- op 289 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',1,0), '{}'::uuid[]);  -- op 290 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 291 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,10), 'CN'), (prop.id('u',1,16), 'US'), (prop.id('u',1,4), NULL), (prop.id('u',1,8), 'DE'), (prop.id('u',1,15), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 292 set_location_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 293 reprocess_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,5), prop.id('u',1,7), prop.id('u',1,3), prop.id('u',1,9), prop.id('u',1,15), prop.id('u',1,14), prop.id('u',1,8), prop.id('u',1,2)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 294 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 295 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,1), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 296 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,5);  -- op 297 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 298 sub_status: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,10), prop.id('sku',6,0), 0, 'suspended', '2030-06-14 09:00:00+00');  -- op 299 sub_add: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,6), 'Group 6');  -- op 300 group_create: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,6));  -- op 301 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',4,0));  -- op 302 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,7), 'Group 7');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,7), m FROM unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,14), prop.id('u',1,6), prop.id('u',1,8)]) AS m;
COMMIT;  -- op 303 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,5));  -- op 304 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',2,0), '{}'::uuid[]);  -- op 305 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0)]);  -- op 306 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',2,0), '{}'::uuid[]);  -- op 307 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',7,0));  -- op 308 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-08 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2)]);  -- op 309 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,3), m FROM unnest(ARRAY[prop.id('u',3,10), prop.id('u',3,14), prop.id('u',3,4), prop.id('u',3,12), prop.id('u',3,5), prop.id('u',3,6), prop.id('u',3,16), prop.id('u',3,13)]) AS m ON CONFLICT DO NOTHING;  -- op 310 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,9), m FROM unnest(ARRAY[prop.id('u',3,2), prop.id('u',3,7), prop.id('u',3,4), prop.id('u',3,9), prop.id('u',3,3), prop.id('u',3,6)]) AS m ON CONFLICT DO NOTHING;  -- op 311 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,12);  -- op 312 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,11), prop.id('sku',5,0), 0, 'enabled', '2030-02-17 03:00:00+00');  -- op 313 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1)]);  -- op 314 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,3), prop.id('sku',8,0), '{}'::uuid[]);  -- op 315 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,17), 'user17@tenant3.example', 'FR');  -- op 316 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-12-09 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,9);  -- op 317 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,11), prop.id('sku',4,0), 1, 'enabled', '2030-07-11 18:00:00+00');  -- op 318 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,1);  -- op 319 remove_members_bulk: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,8), 'CN'), (prop.id('u',1,12), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 320 set_location_bulk: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 321 tenant_nesting: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,7));  -- op 322 reprocess_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,12), prop.id('sku',2,0), 5, 'enabled', '2030-07-25 09:00:00+00');  -- op 323 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 324 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,3), m FROM unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,5), prop.id('u',1,2), prop.id('u',1,6), prop.id('u',1,8)]) AS m UNION ALL SELECT prop.id('t',2,0), prop.id('g',2,1), m FROM unnest(ARRAY[prop.id('u',2,9), prop.id('u',2,10), prop.id('u',2,6)]) AS m ON CONFLICT DO NOTHING;  -- op 325 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',10,0)]);  -- op 326 assign_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,4), 'DE'), (prop.id('u',1,15), 'RU'), (prop.id('u',1,3), 'DE'), (prop.id('u',1,8), 'CN'), (prop.id('u',1,14), NULL), (prop.id('u',1,2), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 327 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('g',2,1));  -- op 328 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,2), prop.id('sku',6,0));  -- op 329 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,6)]);  -- op 330 hard_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 331 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',2,0);  -- op 332 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 333 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',2,0));  -- op 334 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 335 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-02-12 00:00:00+00');  -- op 336 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,7), prop.id('sku',3,0), '{}'::uuid[]);  -- op 337 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',1,0));  -- op 338 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',1,0));  -- op 339 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 340 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,10), 'Group 10');  -- op 341 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,4));  -- op 342 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,1), prop.id('u',1,9));  -- op 343 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,7), '2029-11-28 20:00:00+00');  -- op 344 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,4);  -- op 345 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,2));  -- op 346 reprocess_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,4));  -- op 347 reprocess_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 348 restore: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,2));  -- op 349 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,16), '2030-01-23 21:00:00+00');  -- op 350 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,2));  -- op 351 add_member: refused group_members_pkey
SELECT license_mgmt.advance_subscriptions('2030-02-14 00:00:00+00');  -- op 352 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,7));  -- op 353 add_member: refused group_members_pkey
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 354 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,13));  -- op 355 add_member: refused group_members_pkey
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,1), m FROM unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,5), prop.id('u',3,8), prop.id('u',3,14)]) AS m ON CONFLICT DO NOTHING;  -- op 356 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,14), prop.id('u',2,13)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 357 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,1);  -- op 358 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,13), prop.id('sku',9,0), 4, 'enabled', '2030-07-21 21:00:00+00');  -- op 359 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('g',2,6);  -- op 360 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,12), prop.id('sku',1,0), 3, 'enabled', '2030-06-21 03:00:00+00');  -- op 361 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,11), prop.id('sku',9,0), '{}'::uuid[]);  -- op 362 assign_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 363 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,13);  -- op 364 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',365,0), prop.id('sku',1,0), '{}'::uuid[]);  -- op 365 assign_user: refused license_user_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1) AND member_id = prop.id('u',3,8);  -- op 366 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,15), prop.id('u',1,7), prop.id('u',1,5)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 367 bulk_assign: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 368 tenant_nesting: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 369 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,2), prop.id('sku',4,0), '{}'::uuid[]);  -- op 370 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 371 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,2), prop.id('sku',5,0), '{}'::uuid[]);  -- op 372 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,6), 'CN'), (prop.id('u',2,3), NULL), (prop.id('u',2,12), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 373 set_location_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 374 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',6,0), '{}'::uuid[]);  -- op 375 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,8);  -- op 376 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 377 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 378 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',2,0));  -- op 379 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-02-17 12:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1)]);  -- op 380 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,10);  -- op 381 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,12);  -- op 382 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 383 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',1,0), '{}'::uuid[]);  -- op 384 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,6), prop.id('u',1,8), prop.id('u',1,10), prop.id('u',1,1), prop.id('u',1,13), prop.id('u',1,6)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 385 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,17), 'user17@tenant1.example', 'FR');  -- op 386 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,2), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 387 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,2), prop.id('u',1,4)), (prop.id('g',1,2), prop.id('u',1,14)), (prop.id('g',1,3), prop.id('u',1,8)));  -- op 388 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,2), prop.id('u',1,14));  -- op 389 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',4,0));  -- op 390 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3) AND member_id = prop.id('u',3,2);  -- op 391 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,5);  -- op 392 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,14), prop.id('sku',2,0), 2, 'enabled', '2030-03-14 03:00:00+00');  -- op 393 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-02-19 06:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,6), prop.id('u',2,15)]);  -- op 394 restore: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,15), prop.id('sku',1,0), 1, 'enabled', '2030-07-24 09:00:00+00');  -- op 395 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,9);  -- op 396 sub_status: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',2,0), prop.id('sp',8,0), prop.id('sp',11,0)]);
COMMIT;  -- op 397 swap: refused license_disabled_plan_in_product
SELECT license_mgmt.advance_subscriptions('2030-02-19 18:00:00+00');  -- op 398 advance: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',6,0));  -- op 399 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,3), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0)]);  -- op 400 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3);  -- op 401 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3) AND member_id = prop.id('u',3,16);  -- op 402 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('g',2,1));  -- op 403 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',9,0));  -- op 404 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,4));  -- op 405 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,2), prop.id('sku',6,0), '{}'::uuid[]);  -- op 406 assign_group: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,9);  -- op 407 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',2,0));  -- op 408 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,7)]);  -- op 409 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',9,0), '{}'::uuid[]);  -- op 410 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,2)]);  -- op 411 hard_delete: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,18), 'user18@tenant1.example', 'CN');  -- op 412 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-06-29 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 413 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 414 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,14));  -- op 415 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',6,0));  -- op 416 remove_user: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 417 tenant_nesting: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,15);  -- op 418 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,1);  -- op 419 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1) AND member_id = prop.id('u',2,6);  -- op 420 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,5), prop.id('u',2,16), prop.id('u',2,15), prop.id('u',2,1), prop.id('u',2,14), prop.id('u',2,12), prop.id('u',2,17), prop.id('u',2,10), prop.id('u',2,13), prop.id('u',2,3)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 421 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('g',2,2));  -- op 422 add_member: refused group_members_pkey
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,4));  -- op 423 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,1), prop.id('sku',9,0), '{}'::uuid[]);  -- op 424 assign_group: ok
SELECT license_mgmt.advance_subscriptions('2030-02-23 03:00:00+00');  -- op 425 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 426 assign_user: refused license_usage_location_required
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-01-15 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 427 sub_renew: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,2));  -- op 428 reprocess_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',1,0));  -- op 429 remove_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,17), prop.id('u',3,12), prop.id('u',3,14), prop.id('u',3,4), prop.id('u',3,13), prop.id('u',3,5), prop.id('u',3,16), prop.id('u',3,15), prop.id('u',3,11)], prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 430 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2) AND member_id = prop.id('u',3,5);  -- op 431 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,18), prop.id('u',1,1), prop.id('u',1,14), prop.id('u',1,3), prop.id('u',1,12), prop.id('u',1,11), prop.id('u',1,17), prop.id('u',1,4), prop.id('u',1,13), prop.id('u',1,18)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 432 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('u',1,7), '2029-12-21 15:00:00+00');  -- op 433 add_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,3), 'US'), (prop.id('u',3,8), 'US'), (prop.id('u',3,1), 'DE'), (prop.id('u',3,14), 'FR'), (prop.id('u',3,15), 'RU'), (prop.id('u',3,12), 'DE'), (prop.id('u',3,17), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 434 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 435 sub_status: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,10), NULL), (prop.id('u',3,3), 'CN'), (prop.id('u',3,1), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 436 set_location_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 437 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1);  -- op 438 remove_members_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,19), 'user19@tenant1.example', 'RU');  -- op 439 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',9,0));  -- op 440 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,5), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',3,0), prop.id('sp',8,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 441 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,2), prop.id('sku',5,0), '{}'::uuid[]);  -- op 442 assign_group: refused license_product_subscribed
SELECT license_mgmt.reprocess_user(prop.id('u',1,5));  -- op 443 reprocess_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,3), prop.id('sku',2,0));  -- op 444 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,2), prop.id('g',3,4));  -- op 445 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,12);  -- op 446 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4)]);  -- op 447 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 448 sub_seats: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,16));  -- op 449 reprocess_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,7), 'Group 7');  -- op 450 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-02-26 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 451 soft_delete: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',1,0), '{}'::uuid[]);
COMMIT;  -- op 452 swap: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,14));  -- op 453 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 454 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',3,0));  -- op 455 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 456 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,4), prop.id('sku',9,0), '{}'::uuid[]);  -- op 457 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,13), prop.id('sku',4,0), 4, 'enabled', '2030-07-20 06:00:00+00');  -- op 458 sub_add: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,14), prop.id('sku',3,0), 6, 'enabled', '2030-04-16 09:00:00+00');  -- op 459 sub_add: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,18), 'user18@tenant3.example', 'CN');  -- op 460 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,5));  -- op 461 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,16));  -- op 462 add_member: refused group_members_pkey
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 463 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',1,0), '{}'::uuid[]);  -- op 464 assign_user: refused license_usage_location_required
SELECT license_mgmt.remove_group_license(prop.id('g',2,4), prop.id('sku',7,0));  -- op 465 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,8), '2030-02-05 13:00:00+00');  -- op 466 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,4), prop.id('u',3,11)), (prop.id('g',3,4), prop.id('u',3,15)), (prop.id('g',3,4), prop.id('u',3,1)), (prop.id('g',3,2), prop.id('g',3,4)), (prop.id('g',3,2), prop.id('u',3,7)), (prop.id('g',3,2), prop.id('u',3,8)), (prop.id('g',3,9), prop.id('u',3,4)), (prop.id('g',3,9), prop.id('u',3,9)), (prop.id('g',3,8), prop.id('u',3,7)), (prop.id('g',3,8), prop.id('g',3,7)), (prop.id('g',3,3), prop.id('u',3,13)), (prop.id('g',3,3), prop.id('u',3,4)), (prop.id('g',3,3), prop.id('u',3,8)), (prop.id('g',3,3), prop.id('u',3,14)), (prop.id('g',3,1), prop.id('u',3,12)));  -- op 467 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,4), prop.id('u',1,16), prop.id('u',1,19), prop.id('u',1,8), prop.id('u',1,17), prop.id('u',1,15), prop.id('u',1,9), prop.id('u',1,11), prop.id('u',1,2)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 468 bulk_assign: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,9), prop.id('u',2,10)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 469 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,9), 'CN'), (prop.id('u',1,1), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 470 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 471 sub_status: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,14)]);  -- op 472 hard_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,13), prop.id('u',1,18), prop.id('u',1,5), prop.id('u',1,16), prop.id('u',1,11), prop.id('u',1,4), prop.id('u',1,8), prop.id('u',1,10), prop.id('u',1,7), prop.id('u',1,15)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 473 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,16), prop.id('sku',7,0), 1, 'warning', '2030-03-31 06:00:00+00');  -- op 474 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,1), prop.id('sku',8,0));  -- op 475 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,2), prop.id('u',3,11));  -- op 476 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 477 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 478 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 479 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,5), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 480 swap: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 481 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 482 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,13), prop.id('sku',3,0), 3, 'enabled', '2030-04-03 09:00:00+00');  -- op 483 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-02 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,15)]);  -- op 484 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,2), prop.id('u',3,5));  -- op 485 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6);  -- op 486 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,7), prop.id('sku',3,0), '{}'::uuid[]);  -- op 487 assign_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,19), 'user19@tenant3.example', 'US');  -- op 488 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',9,0), '{}'::uuid[]);  -- op 489 assign_user: refused license_user_active
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,4), prop.id('u',3,7), prop.id('u',3,17)]);  -- op 490 hard_delete: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,2), 'FR'), (prop.id('u',2,6), 'CN'), (prop.id('u',2,4), 'FR'), (prop.id('u',2,10), 'DE'), (prop.id('u',2,12), 'US'), (prop.id('u',2,17), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 491 set_location_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,20), 'user20@tenant1.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,20) FROM unnest(ARRAY[prop.id('g',1,3)]) AS g;
COMMIT;  -- op 492 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,13), prop.id('sku',7,0), '{}'::uuid[]);  -- op 493 assign_user: refused license_user_active
SELECT license_mgmt.reprocess_user(prop.id('u',2,5));  -- op 494 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,10);  -- op 495 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2) AND member_id = prop.id('u',3,12);  -- op 496 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',9,0));  -- op 497 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,9);  -- op 498 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,14), prop.id('u',1,5), prop.id('u',1,9)]) AS m ON CONFLICT DO NOTHING;  -- op 499 add_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-03-04 12:00:00+00');  -- op 500 advance: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-04 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,18)]);  -- op 501 soft_delete: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,8), 'Group 8');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,8), m FROM unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,19), prop.id('u',1,8)]) AS m;
COMMIT;  -- op 502 group_create: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,15));  -- op 503 reprocess_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,9), 'Group 9');  -- op 504 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 505 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = '2030-03-05 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,8), prop.id('u',2,3), prop.id('u',2,16)]);  -- op 506 soft_delete: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,1), 'DE'), (prop.id('u',1,20), 'DE'), (prop.id('u',1,19), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 507 set_location_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,8);  -- op 508 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,1), prop.id('u',2,10));  -- op 509 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('u',1,2));  -- op 510 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',1,0), '{}'::uuid[]);  -- op 511 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-06 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,7)]);  -- op 512 soft_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,10);  -- op 513 group_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,14), prop.id('sku',1,0), 4, 'deleted', '2030-08-07 06:00:00+00');  -- op 514 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,1), prop.id('g',3,1), '2030-01-09 01:00:00+00');  -- op 515 add_member: refused group_members_not_self
SELECT license_mgmt.assign_user_license(prop.id('u',1,20), prop.id('sku',4,0), '{}'::uuid[]);  -- op 516 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-07-27 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 517 sub_renew: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,8), prop.id('u',3,10), prop.id('u',3,1), prop.id('u',3,15), prop.id('u',3,13), prop.id('u',3,16), prop.id('u',3,12), prop.id('u',3,9), prop.id('u',3,3), prop.id('u',3,14)], prop.id('sku',4,0), '{}'::uuid[]);  -- op 518 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',4,0));  -- op 519 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,16), prop.id('u',3,18), prop.id('u',3,10), prop.id('u',3,14), prop.id('u',3,1), prop.id('u',3,8), prop.id('u',3,19), prop.id('u',3,9), prop.id('u',3,13), prop.id('u',3,11), prop.id('u',3,12), prop.id('u',3,5)]) AS m ON CONFLICT DO NOTHING;  -- op 520 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,16);  -- op 521 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 522 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,13), prop.id('u',1,1), prop.id('u',1,12), prop.id('u',1,19), prop.id('u',1,14), prop.id('u',1,15), prop.id('u',1,9), prop.id('u',1,7), prop.id('u',1,10), prop.id('u',1,18)], prop.id('sku',1,0), ARRAY[prop.id('sp',2,0)]);  -- op 523 bulk_assign: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 524 tenant_nesting: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',8,0), '{}'::uuid[]);  -- op 525 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,8), '2030-01-13 02:00:00+00');  -- op 526 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,19));  -- op 527 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,3));  -- op 528 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 529 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-03-08 06:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17), prop.id('u',1,16)]);  -- op 530 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 531 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',1,2), prop.id('sku',9,0), '{}'::uuid[]);  -- op 532 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',10,0), prop.id('sp',2,0)]);  -- op 533 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 534 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,7), prop.id('u',2,13));  -- op 535 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,4));  -- op 536 add_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,4), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',6,0), '{}'::uuid[]);
COMMIT;  -- op 537 swap: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',3,0), '{}'::uuid[]);  -- op 538 assign_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,2);  -- op 539 group_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,15), prop.id('sku',6,0), 1, 'enabled', '2030-05-30 12:00:00+00');  -- op 540 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 541 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',1,4), prop.id('sku',7,0));  -- op 542 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,21), 'user21@tenant1.example', 'RU');  -- op 543 create_user: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0);  -- op 544 tenant_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',1,0));  -- op 545 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,5), '2030-02-12 03:00:00+00');  -- op 546 add_member: refused group_members_not_self
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,19), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,19), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 547 swap: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,3);  -- op 548 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,3), prop.id('g',1,7), prop.id('g',1,2)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,3), prop.id('u',1,14), prop.id('u',1,12), prop.id('u',1,16), prop.id('u',1,17), prop.id('u',1,4), prop.id('g',1,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 549 add_members_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,10), 'Group 10');  -- op 550 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 551 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0), prop.id('sp',11,0)]);  -- op 552 assign_user: refused license_product_subscribed
SELECT license_mgmt.reprocess_group(prop.id('g',3,4));  -- op 553 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,10));  -- op 554 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,22), 'user22@tenant1.example', 'FR');  -- op 555 create_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-11 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,8)]);  -- op 556 soft_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,15), prop.id('sku',9,0), 1, 'enabled', '2030-05-14 15:00:00+00');  -- op 557 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,8), prop.id('sku',5,0), '{}'::uuid[]);  -- op 558 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',6,0), '{}'::uuid[]);  -- op 559 assign_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 560 swap: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-12 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 561 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,7);  -- op 562 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,4), prop.id('sku',4,0));  -- op 563 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 564 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,7) AND member_id = prop.id('u',2,13);  -- op 565 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-03-12 18:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,3), prop.id('u',2,5)]);  -- op 566 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,3));  -- op 567 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 568 group_delete: refused group_has_licenses
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,5);  -- op 569 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,10), prop.id('sku',7,0));  -- op 570 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 571 set_location: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0);  -- op 572 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',1,0), '{}'::uuid[]);  -- op 573 assign_user: refused license_usage_location_required
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-05-21 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 574 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,8);  -- op 575 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 576 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,7), prop.id('g',3,3), prop.id('g',3,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,14), prop.id('u',3,12)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 577 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,18), prop.id('u',3,10), prop.id('u',3,3), prop.id('u',3,9), prop.id('u',3,8), prop.id('u',3,14), prop.id('u',3,19), prop.id('u',3,13), prop.id('u',3,1), prop.id('u',3,18)], prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 578 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,1), prop.id('g',3,4), prop.id('g',3,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,14), prop.id('u',3,18), prop.id('u',3,11), prop.id('u',3,8), prop.id('u',3,12), prop.id('u',3,13)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 579 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,18), '2030-01-22 21:00:00+00');  -- op 580 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,6);  -- op 581 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,22));  -- op 582 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,23), 'user23@tenant1.example', 'FR');  -- op 583 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,6), prop.id('g',1,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,12), prop.id('u',1,19), prop.id('u',1,3), prop.id('u',1,5), prop.id('u',1,10), prop.id('u',1,17)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 584 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,5), prop.id('u',2,6), prop.id('u',2,10), prop.id('u',2,1)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 585 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,4), m FROM unnest(ARRAY[prop.id('u',1,9), prop.id('u',1,2), prop.id('u',1,15), prop.id('u',1,23), prop.id('u',1,22), prop.id('u',1,1), prop.id('u',1,13)]) AS m ON CONFLICT DO NOTHING;  -- op 586 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,9), prop.id('u',2,10), prop.id('u',2,8), prop.id('u',2,6), prop.id('u',2,2), prop.id('u',2,3), prop.id('u',2,17), prop.id('u',2,15), prop.id('u',2,4)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 587 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,16), prop.id('sku',9,0), '{}'::uuid[]);  -- op 588 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,8));  -- op 589 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1)]);  -- op 590 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,1), prop.id('sku',3,0));  -- op 591 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,4));  -- op 592 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,9);  -- op 593 remove_member: ok
SELECT license_mgmt.advance_subscriptions('2030-03-16 06:00:00+00');  -- op 594 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,4), prop.id('u',3,1), '2029-12-30 08:00:00+00');  -- op 595 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4) AND member_id = prop.id('u',3,8);  -- op 596 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',2,0), '{}'::uuid[]);  -- op 597 assign_user: ok
SELECT license_mgmt.advance_subscriptions('2030-03-16 18:00:00+00');  -- op 598 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,19), prop.id('sku',1,0), '{}'::uuid[]);  -- op 599 assign_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,18), 'user18@tenant2.example', 'DE');  -- op 600 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,17), prop.id('sku',2,0));  -- op 601 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 602 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',1,0));  -- op 603 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,10);  -- op 604 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,13);  -- op 605 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,3), prop.id('sku',5,0));  -- op 606 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,4), prop.id('u',2,5));  -- op 607 add_member: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,8), 'Group 8');  -- op 608 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 609 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,2));  -- op 610 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',4,0));  -- op 611 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,4), prop.id('u',3,11)), (prop.id('g',3,4), prop.id('u',3,13)), (prop.id('g',3,7), prop.id('u',3,14)), (prop.id('g',3,9), prop.id('u',3,8)), (prop.id('g',3,8), prop.id('u',3,1)), (prop.id('g',3,8), prop.id('u',3,8)), (prop.id('g',3,3), prop.id('u',3,10)), (prop.id('g',3,3), prop.id('u',3,5)), (prop.id('g',3,1), prop.id('g',3,4)), (prop.id('g',3,1), prop.id('u',3,8)), (prop.id('g',3,1), prop.id('u',3,14)));  -- op 612 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,1), prop.id('g',3,9), prop.id('g',3,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,5), prop.id('u',3,9), prop.id('u',3,19), prop.id('u',3,1), prop.id('u',3,3), prop.id('g',3,8)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 613 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',7,0));  -- op 614 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',1,0), '{}'::uuid[]);  -- op 615 assign_group: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 616 account_enabled: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 617 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 618 assign_user: ok
SELECT license_mgmt.advance_subscriptions('2030-03-19 09:00:00+00');  -- op 619 advance: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,8), prop.id('u',1,11), prop.id('u',1,18), prop.id('u',1,8)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 620 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',5,0), '{}'::uuid[]);  -- op 621 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,5);  -- op 622 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,3), '2030-03-07 01:00:00+00');  -- op 623 add_member: refused group_membership_acyclic
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,16), prop.id('sku',9,0), 1, 'enabled', '2030-05-03 00:00:00+00');  -- op 624 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,22);  -- op 625 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,22), prop.id('sku',6,0), '{}'::uuid[]);  -- op 626 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',2,0));  -- op 627 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,3), prop.id('u',2,10), prop.id('u',2,13), prop.id('u',2,15)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,3), m FROM unnest(ARRAY[prop.id('u',3,18), prop.id('u',3,16), prop.id('u',3,8), prop.id('u',3,13), prop.id('u',3,12)]) AS m ON CONFLICT DO NOTHING;  -- op 628 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,16)]);  -- op 629 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',1,0));  -- op 630 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,9));  -- op 631 add_member: refused group_members_pkey
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',1,0);  -- op 632 sub_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,17), prop.id('sku',7,0), 5, 'deleted', '2030-07-25 03:00:00+00');  -- op 633 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,8), '2030-01-14 06:00:00+00');  -- op 634 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',2,0);  -- op 635 sub_bulk: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,12));  -- op 636 reprocess_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,16), 'DE'), (prop.id('u',3,11), 'FR'), (prop.id('u',3,9), 'FR'), (prop.id('u',3,13), NULL), (prop.id('u',3,8), 'RU'), (prop.id('u',3,12), 'US'), (prop.id('u',3,10), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 637 set_location_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,13)]);  -- op 638 hard_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',2,0));  -- op 639 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,17), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 640 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,5), prop.id('u',2,1), prop.id('u',2,8), prop.id('u',2,18), prop.id('u',2,4), prop.id('u',2,12)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 641 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,3), prop.id('u',1,22), prop.id('u',1,5), prop.id('u',1,14)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 642 bulk_assign: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,17), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,17), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 643 swap: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,18)]);  -- op 644 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4) AND member_id = prop.id('u',2,15);  -- op 645 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);
COMMIT;  -- op 646 swap: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 647 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,12), prop.id('u',2,10), prop.id('u',2,9), prop.id('u',2,5), prop.id('u',2,15), prop.id('u',2,1), prop.id('u',2,16), prop.id('u',2,18), prop.id('u',2,4), prop.id('u',2,7)]) AS m ON CONFLICT DO NOTHING;  -- op 648 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',3,0), '{}'::uuid[]);  -- op 649 assign_user: refused license_seat_limit
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',1,0));  -- op 650 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 651 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,9);  -- op 652 sub_delete: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,17), 'US'), (prop.id('u',2,1), 'FR'), (prop.id('u',2,4), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 653 set_location_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,1);  -- op 654 group_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,7)]);  -- op 655 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-24 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17), prop.id('u',1,14)]);  -- op 656 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 657 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,8);  -- op 658 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,4), prop.id('u',1,18)]) AS m UNION ALL SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,10), prop.id('u',2,15), prop.id('u',2,9)]) AS m ON CONFLICT DO NOTHING;  -- op 659 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,14), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 660 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,12);  -- op 661 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,6), prop.id('u',2,4)), (prop.id('g',2,4), prop.id('u',2,9)), (prop.id('g',2,2), prop.id('u',2,12)), (prop.id('g',2,2), prop.id('u',2,2)), (prop.id('g',2,2), prop.id('u',2,8)));  -- op 662 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,4), prop.id('u',3,5)), (prop.id('g',3,4), prop.id('u',3,1)), (prop.id('g',3,4), prop.id('u',3,14)), (prop.id('g',3,7), prop.id('u',3,10)), (prop.id('g',3,7), prop.id('u',3,5)), (prop.id('g',3,7), prop.id('u',3,1)), (prop.id('g',3,7), prop.id('u',3,8)), (prop.id('g',3,9), prop.id('u',3,5)), (prop.id('g',3,9), prop.id('u',3,9)), (prop.id('g',3,8), prop.id('u',3,16)), (prop.id('g',3,8), prop.id('u',3,1)), (prop.id('g',3,8), prop.id('u',3,9)), (prop.id('g',3,3), prop.id('u',3,18)), (prop.id('g',3,3), prop.id('u',3,8)), (prop.id('g',3,3), prop.id('u',3,14)), (prop.id('g',3,1), prop.id('u',3,3)), (prop.id('g',3,1), prop.id('u',3,15)), (prop.id('g',3,1), prop.id('u',3,9)));  -- op 663 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,5), prop.id('u',3,18), prop.id('u',3,8), prop.id('u',3,3)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 664 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-10-12 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 665 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,5), m FROM unnest(ARRAY[prop.id('u',1,21), prop.id('u',1,20), prop.id('u',1,4), prop.id('u',1,18)]) AS m ON CONFLICT DO NOTHING;  -- op 666 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',667,0), prop.id('sku',6,0), '{}'::uuid[]);  -- op 667 assign_user: refused license_user_exists
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,11), 'Group 11');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,11), m FROM unnest(ARRAY[prop.id('u',1,11), prop.id('u',1,22), prop.id('u',1,2), prop.id('u',1,4), prop.id('u',1,3)]) AS m;
COMMIT;  -- op 668 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('g',3,9));  -- op 669 add_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,11), 'Group 11');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,9), prop.id('u',3,11), prop.id('u',3,14), prop.id('u',3,15)]) AS m;
COMMIT;  -- op 670 group_create: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,17), prop.id('sku',9,0), 5, 'enabled', '2030-08-13 21:00:00+00');  -- op 671 sub_add: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,1), 'FR'), (prop.id('u',2,9), 'FR'), (prop.id('u',2,15), 'US'), (prop.id('u',2,3), 'US'), (prop.id('u',2,7), 'US'), (prop.id('u',2,8), 'US'), (prop.id('u',2,10), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 672 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,18), prop.id('u',3,13), prop.id('u',3,19), prop.id('u',3,8), prop.id('u',3,15), prop.id('u',3,14), prop.id('u',3,5), prop.id('u',3,12), prop.id('u',3,3), prop.id('u',3,1)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 673 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',2,0));  -- op 674 remove_user: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,13);  -- op 675 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',676,0), prop.id('sku',3,0), '{}'::uuid[]);  -- op 676 assign_user: refused license_user_exists
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,1);  -- op 677 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 678 restore: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',1,0), '{}'::uuid[]);
COMMIT;  -- op 679 swap: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 680 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',2,0));  -- op 681 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('g',1,2);  -- op 682 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',4,0));  -- op 683 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 684 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,13), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 685 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,18));  -- op 686 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,3);  -- op 687 remove_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,21);  -- op 688 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,13);  -- op 689 remove_member: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,10)]);  -- op 690 hard_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,18);  -- op 691 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,20), 'user20@tenant3.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,20) FROM unnest(ARRAY[prop.id('g',3,7), prop.id('g',3,9)]) AS g;
COMMIT;  -- op 692 create_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,24), 'user24@tenant1.example', 'CN');  -- op 693 create_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,20);  -- op 694 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,6), prop.id('u',2,7), prop.id('u',2,9)], prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 695 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('g',1,11));  -- op 696 add_member: refused group_members_not_self
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,17), prop.id('u',2,7), prop.id('u',2,9)]);  -- op 697 hard_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,16), prop.id('u',2,6), prop.id('u',2,2), prop.id('u',2,15), prop.id('u',2,4), prop.id('u',2,3), prop.id('u',2,8)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 698 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('u',1,24), '2030-01-28 03:00:00+00');  -- op 699 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,21), 'user21@tenant3.example', 'FR');  -- op 700 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,14);  -- op 701 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 702 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,15));  -- op 703 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,14), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 704 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,14));  -- op 705 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,17);  -- op 706 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,15);  -- op 707 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('u',1,23), '2030-03-27 09:00:00+00');  -- op 708 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,11);  -- op 709 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,15)), (prop.id('g',3,7), prop.id('u',3,18)), (prop.id('g',3,9), prop.id('u',3,1)), (prop.id('g',3,8), prop.id('u',3,19)), (prop.id('g',3,11), prop.id('u',3,11)), (prop.id('g',3,11), prop.id('u',3,9)), (prop.id('g',3,3), prop.id('u',3,15)), (prop.id('g',3,3), prop.id('u',3,12)), (prop.id('g',3,1), prop.id('u',3,18)), (prop.id('g',3,1), prop.id('u',3,5)), (prop.id('g',3,1), prop.id('u',3,19)), (prop.id('g',3,1), prop.id('g',3,8)));  -- op 710 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,2), prop.id('u',2,1)), (prop.id('g',2,2), prop.id('u',2,5)), (prop.id('g',2,2), prop.id('u',2,4)));  -- op 711 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,7);  -- op 712 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,10);  -- op 713 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2) AND member_id = prop.id('u',1,2);  -- op 714 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,4), prop.id('sku',9,0));  -- op 715 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-03-31 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1), prop.id('u',2,6)]);  -- op 716 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,3), prop.id('u',1,11), prop.id('u',1,12), prop.id('u',1,23), prop.id('u',1,9), prop.id('u',1,15), prop.id('u',1,22), prop.id('u',1,7), prop.id('ghost',717,0)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 717 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-08-07 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 718 sub_renew: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 719 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,1));  -- op 720 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,7), prop.id('sku',3,0));  -- op 721 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,16));  -- op 722 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,16);  -- op 723 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',7,0), '{}'::uuid[]);  -- op 724 assign_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,21));  -- op 725 reprocess_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 726 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,3);  -- op 727 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',1,0), '{}'::uuid[]);  -- op 728 assign_user: refused license_seat_limit
SELECT license_mgmt.remove_user_license(prop.id('u',2,3), prop.id('sku',3,0));  -- op 729 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,18), prop.id('sku',2,0), 5, 'enabled', '2030-09-10 06:00:00+00');  -- op 730 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',3,0));  -- op 731 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,9), prop.id('g',3,11), prop.id('g',3,1)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,18), prop.id('u',3,12), prop.id('u',3,20), prop.id('u',3,16)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 732 add_members_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,25), 'user25@tenant1.example', 'US');  -- op 733 create_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,8), prop.id('u',2,4), prop.id('u',2,1), prop.id('u',2,12), prop.id('u',2,15), prop.id('u',2,16), prop.id('u',2,18)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 734 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,14)]);  -- op 735 restore: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,3);  -- op 736 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',737,0), prop.id('sku',4,0), '{}'::uuid[]);  -- op 737 assign_user: refused license_user_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 738 assign_user: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',6,0), '{}'::uuid[]);
COMMIT;  -- op 739 swap: refused license_usage_location_required
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 740 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1)]);  -- op 741 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-03 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,3)]);  -- op 742 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,7), prop.id('sku',8,0), '{}'::uuid[]);  -- op 743 assign_group: refused license_product_subscribed
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,22)]);  -- op 744 hard_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',2,0));  -- op 745 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',2,0)]);  -- op 746 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',1,0), '{}'::uuid[]);  -- op 747 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,19);  -- op 748 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',6,0), '{}'::uuid[]);  -- op 749 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,1);  -- op 750 group_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 751 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',9,0));  -- op 752 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 753 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9) AND member_id = prop.id('u',3,3);  -- op 754 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,6));  -- op 755 reprocess_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,4), prop.id('sku',8,0));  -- op 756 remove_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,16), prop.id('sku',7,0), 2, 'suspended', '2030-08-29 15:00:00+00');  -- op 757 sub_add: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,22), 'user22@tenant3.example', 'FR');  -- op 758 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7);  -- op 759 remove_members_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,4);  -- op 760 group_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',5,0));  -- op 761 remove_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',3,0)]);
COMMIT;  -- op 762 swap: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0), prop.id('sp',4,0)]);
COMMIT;  -- op 763 swap: refused license_disabled_plan_in_product
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-01-07 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,2);  -- op 764 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,3);  -- op 765 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',3,0), '{}'::uuid[]);  -- op 766 assign_user: refused license_seat_limit
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,1), prop.id('u',1,15), '2030-03-13 04:00:00+00');  -- op 767 add_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);
COMMIT;  -- op 768 swap: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,1));  -- op 769 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',8,0));  -- op 770 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-04-07 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22)]);  -- op 771 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',5,0), '{}'::uuid[]);  -- op 772 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,4);  -- op 773 group_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 774 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-07 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,18)]);  -- op 775 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 776 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 777 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-04-08 06:00:00+00');  -- op 778 advance: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0);  -- op 779 tenant_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,11), prop.id('sku',4,0));  -- op 780 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,4));  -- op 781 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,3);  -- op 782 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,20);  -- op 783 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 784 assign_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,11);  -- op 785 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,25), prop.id('sku',1,0));  -- op 786 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,7), prop.id('u',2,18));  -- op 787 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,13);  -- op 788 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,11);  -- op 789 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,15);  -- op 790 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,16);  -- op 791 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,1), prop.id('sku',7,0));  -- op 792 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 793 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,19), 'user19@tenant2.example', 'CN');  -- op 794 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,5);  -- op 795 remove_member: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,17);  -- op 796 sub_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-10 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,3)]);  -- op 797 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,1), prop.id('u',3,15), prop.id('u',3,18), prop.id('u',3,8), prop.id('u',3,19), prop.id('u',3,21), prop.id('u',3,10)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 798 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 799 assign_user: refused license_user_active
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,12), 'Group 12');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,12), m FROM unnest(ARRAY[prop.id('u',3,8)]) AS m;
COMMIT;  -- op 800 group_create: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,8);  -- op 801 group_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,8);  -- op 802 set_location: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,14)]);  -- op 803 hard_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,18), prop.id('sku',3,0), 2, 'enabled', '2030-04-30 12:00:00+00');  -- op 804 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-11 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13)]);  -- op 805 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,16), prop.id('u',1,2), prop.id('u',1,4), prop.id('u',1,17)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 806 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,12);  -- op 807 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2);  -- op 808 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,8)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 809 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 810 set_location: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0);  -- op 811 tenant_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-06-08 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 812 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,13), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 813 assign_user: ok
SELECT license_mgmt.advance_subscriptions('2030-04-12 18:00:00+00');  -- op 814 advance: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,1);  -- op 815 group_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,7));  -- op 816 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',6,0));  -- op 817 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,17), prop.id('sku',5,0), 0, 'enabled', '2030-08-27 06:00:00+00');  -- op 818 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,4);  -- op 819 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,10), prop.id('sku',3,0), '{}'::uuid[]);  -- op 820 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,19), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 821 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,4));  -- op 822 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',6,0)]);  -- op 823 assign_user: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,1));  -- op 824 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,3);  -- op 825 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,7));  -- op 826 add_member: refused group_members_not_self
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);
COMMIT;  -- op 827 swap: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,16), 'CN'), (prop.id('u',3,5), 'US'), (prop.id('u',3,3), 'DE'), (prop.id('u',3,20), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 828 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('g',3,12));  -- op 829 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,3), prop.id('u',3,22));  -- op 830 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',2,0));  -- op 831 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,5), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 832 assign_user: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 833 swap: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,3);  -- op 834 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,16)), (prop.id('g',3,9), prop.id('g',3,8)), (prop.id('g',3,8), prop.id('u',3,5)), (prop.id('g',3,12), prop.id('u',3,8)), (prop.id('g',3,3), prop.id('g',3,9)));  -- op 835 remove_members_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,23), 'user23@tenant3.example', 'CN');  -- op 836 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,2), prop.id('sku',7,0));  -- op 837 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,19));  -- op 838 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',8,0));  -- op 839 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',5,0), '{}'::uuid[]);  -- op 840 assign_group: refused license_service_plan_dependency
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,19), prop.id('sku',6,0), 1, 'deleted', '2030-08-03 03:00:00+00');  -- op 841 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,12), prop.id('g',3,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,9), prop.id('u',3,3), prop.id('u',3,15), prop.id('u',3,13), prop.id('u',3,12), prop.id('u',3,10)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 842 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,13), prop.id('sku',1,0));  -- op 843 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',3,0);  -- op 844 sub_bulk: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,21));  -- op 845 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,7);  -- op 846 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,6), m FROM unnest(ARRAY[prop.id('u',1,1), prop.id('u',1,23), prop.id('u',1,16), prop.id('u',1,12), prop.id('u',1,6), prop.id('u',1,3), prop.id('u',1,4), prop.id('u',1,13), prop.id('u',1,15), prop.id('u',1,18), prop.id('u',1,20), prop.id('u',1,11)]) AS m ON CONFLICT DO NOTHING;  -- op 847 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 848 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,6), m FROM unnest(ARRAY[prop.id('u',1,25), prop.id('u',1,17), prop.id('u',1,8), prop.id('u',1,18), prop.id('u',1,19)]) AS m ON CONFLICT DO NOTHING;  -- op 849 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,17);  -- op 850 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-04-17 09:00:00+00');  -- op 851 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,4);  -- op 852 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 853 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,3);  -- op 854 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,7), prop.id('g',3,8), prop.id('g',3,11)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,16), prop.id('u',3,1), prop.id('u',3,22)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 855 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,19)), (prop.id('g',3,9), prop.id('u',3,19)), (prop.id('g',3,8), prop.id('u',3,18)), (prop.id('g',3,8), prop.id('u',3,1)), (prop.id('g',3,11), prop.id('u',3,16)), (prop.id('g',3,11), prop.id('u',3,18)), (prop.id('g',3,11), prop.id('u',3,1)), (prop.id('g',3,11), prop.id('u',3,12)), (prop.id('g',3,12), prop.id('u',3,13)), (prop.id('g',3,12), prop.id('u',3,10)));  -- op 856 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 857 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-09-01 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,17);  -- op 858 sub_renew: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 859 sub_status: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,20), 'user20@tenant2.example', NULL);  -- op 860 create_user: ok
SELECT license_mgmt.advance_subscriptions('2030-04-18 15:00:00+00');  -- op 861 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',10,0)]);  -- op 862 assign_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,12), 'Group 12');  -- op 863 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',1,0));  -- op 864 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,9), prop.id('sku',8,0));  -- op 865 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',4,0));  -- op 866 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,1);  -- op 867 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,16), prop.id('sku',7,0));  -- op 868 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',10,0)]);  -- op 869 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,12), prop.id('g',3,12));  -- op 870 add_member: refused group_members_not_self
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-04-19 21:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22), prop.id('u',3,19)]);  -- op 871 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,25);  -- op 872 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-11-25 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 873 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,16));  -- op 874 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,23), prop.id('sku',5,0), '{}'::uuid[]);  -- op 875 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',1,0));  -- op 876 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,16);  -- op 877 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,17);  -- op 878 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-20 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,16)]);  -- op 879 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',880,0), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 880 assign_user: refused license_user_exists
SELECT license_mgmt.reprocess_user(prop.id('u',1,10));  -- op 881 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,2), prop.id('u',2,1)));  -- op 882 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,17), prop.id('sku',7,0));  -- op 883 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,7) AND member_id = prop.id('u',2,18);  -- op 884 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 885 sub_seats: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 886 restore: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,9), 'Group 9');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,9), m FROM unnest(ARRAY[prop.id('u',2,20), prop.id('u',2,16), prop.id('u',2,15), prop.id('u',2,1)]) AS m;
COMMIT;  -- op 887 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,23));  -- op 888 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',2,0), '{}'::uuid[]);  -- op 889 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,19), prop.id('u',3,11), prop.id('u',3,10)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 890 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,19), prop.id('sku',9,0), 1, 'enabled', '2030-08-01 09:00:00+00');  -- op 891 sub_add: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 892 swap: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,16);  -- op 893 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-22 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 894 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,9), prop.id('sku',9,0), '{}'::uuid[]);  -- op 895 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 896 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,15)]);  -- op 897 hard_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 898 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = '2030-04-23 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,8)]);  -- op 899 soft_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,8));  -- op 900 reprocess_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',7,0));  -- op 901 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,19), prop.id('sku',9,0));  -- op 902 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,8);  -- op 903 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',1,0), '{}'::uuid[]);  -- op 904 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,3), prop.id('sku',1,0), '{}'::uuid[]);  -- op 905 assign_user: refused license_user_active
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 906 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,21), prop.id('u',3,3), prop.id('u',3,16), prop.id('u',3,18), prop.id('u',3,1)]) AS m ON CONFLICT DO NOTHING;  -- op 907 add_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,21), 'user21@tenant2.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,21) FROM unnest(ARRAY[prop.id('g',2,6)]) AS g;
COMMIT;  -- op 908 create_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,9));  -- op 909 reprocess_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,13), prop.id('sku',1,0));  -- op 910 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',9,0));  -- op 911 remove_group: refused license_assignment_exists
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,24), 'user24@tenant3.example', 'RU');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,24) FROM unnest(ARRAY[prop.id('g',3,12)]) AS g;
COMMIT;  -- op 912 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',1,0));  -- op 913 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,10);  -- op 914 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 915 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,2), prop.id('sku',1,0), '{}'::uuid[]);  -- op 916 assign_user: refused license_seat_limit
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,14);  -- op 917 sub_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',9,0), '{}'::uuid[]);  -- op 918 assign_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,8)]);  -- op 919 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-26 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15), prop.id('u',2,19)]);  -- op 920 soft_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,4));  -- op 921 reprocess_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-04-26 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22)]);  -- op 922 soft_delete: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,10);  -- op 923 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,20);  -- op 924 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 925 swap: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',2,0)]);  -- op 926 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,7), prop.id('u',1,20), prop.id('u',1,3), prop.id('u',1,21), prop.id('u',1,2), prop.id('u',1,14)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 927 bulk_assign: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 928 group_delete: refused group_has_licenses
UPDATE license_mgmt.users SET deleted_at = '2030-04-27 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1)]);  -- op 929 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,20);  -- op 930 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',7,0));  -- op 931 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,9), prop.id('u',3,19));  -- op 932 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 933 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,3), prop.id('g',1,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,24), prop.id('u',1,2), prop.id('u',1,11), prop.id('u',1,20), prop.id('u',1,21)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 934 add_members_bulk: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,5);  -- op 935 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,12), prop.id('g',1,6));  -- op 936 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,20), prop.id('sku',6,0), 1, 'enabled', '2030-10-27 03:00:00+00');  -- op 937 sub_add: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,13)]);  -- op 938 hard_delete: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 939 swap: refused license_service_plan_dependency
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,22), 'user22@tenant2.example', 'CN');  -- op 940 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,15);  -- op 941 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,4);  -- op 942 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',5,0), '{}'::uuid[]);  -- op 943 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,2);  -- op 944 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,11), prop.id('sku',1,0), '{}'::uuid[]);  -- op 945 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,9);  -- op 946 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 947 swap: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',1,7), prop.id('sku',1,0));  -- op 948 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,3), prop.id('sku',8,0), '{}'::uuid[]);  -- op 949 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,18), prop.id('sku',8,0), 0, 'enabled', '2030-07-17 18:00:00+00');  -- op 950 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,5), prop.id('sku',6,0), '{}'::uuid[]);  -- op 951 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',3,0));  -- op 952 remove_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,23), 'user23@tenant2.example', 'CN');  -- op 953 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,3), prop.id('sku',2,0), '{}'::uuid[]);  -- op 954 assign_user: refused license_user_active
SELECT license_mgmt.advance_subscriptions('2030-04-30 09:00:00+00');  -- op 955 advance: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,23);  -- op 956 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,11), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 957 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',3,0), '{}'::uuid[]);  -- op 958 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,18);  -- op 959 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 960 assign_user: ok
SELECT license_mgmt.advance_subscriptions('2030-05-01 03:00:00+00');  -- op 961 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,8), prop.id('g',2,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,21), prop.id('u',2,18), prop.id('u',2,12), prop.id('u',2,20), prop.id('u',2,19)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 962 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,8), prop.id('sku',6,0));  -- op 963 remove_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,20), prop.id('u',3,24), prop.id('u',3,18), prop.id('u',3,9), prop.id('u',3,3), prop.id('u',3,8), prop.id('u',3,19), prop.id('u',3,22), prop.id('u',3,5), prop.id('u',3,12)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 964 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',1,0));  -- op 965 remove_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,18)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 966 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',6,0));  -- op 967 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',3,0));  -- op 968 remove_group: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,23), 'FR'), (prop.id('u',1,2), 'FR'), (prop.id('u',1,10), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 969 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 970 remove_members_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 971 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,2));  -- op 972 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,20), prop.id('sku',2,0), 5, 'enabled', '2030-06-21 15:00:00+00');  -- op 973 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,14);  -- op 974 sub_status: ok
SELECT license_mgmt.advance_subscriptions('2030-05-02 21:00:00+00');  -- op 975 advance: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,3));  -- op 976 reprocess_group: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,11);  -- op 977 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-03 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,20)]);  -- op 978 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));  -- op 979 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 980 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,7), prop.id('sku',9,0), '{}'::uuid[]);  -- op 981 assign_group: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0);  -- op 982 tenant_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,16), prop.id('u',3,3), prop.id('u',3,21), prop.id('u',3,15), prop.id('u',3,5)], prop.id('sku',1,0), ARRAY[prop.id('sp',10,0)]);  -- op 983 bulk_assign: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,23), prop.id('u',2,20), prop.id('u',2,19), prop.id('u',2,22), prop.id('u',2,18), prop.id('u',2,6), prop.id('u',2,1), prop.id('u',2,16), prop.id('u',2,4)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 984 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-05-04 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,11)]);  -- op 985 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,11), prop.id('u',1,13), prop.id('u',1,8)]);  -- op 986 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-09-24 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 987 sub_renew: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 988 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',4,0), prop.id('sp',1,0), prop.id('sp',3,0)]);  -- op 989 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,19), prop.id('u',2,3), prop.id('u',2,23)]);  -- op 990 hard_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-04 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,24)]);  -- op 991 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,15), prop.id('u',3,18), prop.id('u',3,3), prop.id('u',3,16), prop.id('u',3,23), prop.id('u',3,12), prop.id('u',3,11), prop.id('u',3,1), prop.id('u',3,5)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 992 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,2)]);  -- op 993 hard_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',4,0));  -- op 994 remove_group: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,16);  -- op 995 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',4,0));  -- op 996 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,21);  -- op 997 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,9);  -- op 998 remove_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,21));  -- op 999 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('u',2,2));  -- op 1000 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',2,0));  -- op 1001 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,1);  -- op 1002 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,13), 'Group 13');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,10)]) AS m;
COMMIT;  -- op 1003 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1004 assign_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,8), prop.id('sku',4,0));  -- op 1005 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1006 assign_user: refused license_service_plan_conflict
SELECT license_mgmt.remove_group_license(prop.id('g',2,7), prop.id('sku',9,0));  -- op 1007 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,3), m FROM unnest(ARRAY[prop.id('u',3,8), prop.id('u',3,23), prop.id('u',3,20), prop.id('u',3,24), prop.id('u',3,22)]) AS m ON CONFLICT DO NOTHING;  -- op 1008 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,3), prop.id('sku',9,0));  -- op 1009 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,21), prop.id('sku',5,0), 6, 'deleted', '2030-07-20 06:00:00+00');  -- op 1010 sub_add: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,21);  -- op 1011 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,21);  -- op 1012 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,3), prop.id('g',2,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,12), prop.id('u',2,4), prop.id('u',2,5), prop.id('u',2,18)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1013 add_members_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,19), prop.id('sku',9,0), 4, 'enabled', '2030-08-16 18:00:00+00');  -- op 1014 sub_add: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,3));  -- op 1015 reprocess_group: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1016 tenant_nesting: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,22), prop.id('sku',1,0), 4, 'warning', '2030-07-14 03:00:00+00');  -- op 1017 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,16), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1018 assign_user: refused license_user_active
SELECT license_mgmt.advance_subscriptions('2030-05-08 09:00:00+00');  -- op 1019 advance: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-11-18 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 1020 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,23), prop.id('sku',8,0), 0, 'deleted', '2030-09-04 15:00:00+00');  -- op 1021 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,12), prop.id('g',3,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,24), prop.id('u',3,15), prop.id('u',3,3), prop.id('g',3,3)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1022 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,21);  -- op 1023 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',2,0));  -- op 1024 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,13);  -- op 1025 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,16);  -- op 1026 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2030-10-29 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,13);  -- op 1027 sub_renew: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1028 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1029 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1030 assign_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,3), prop.id('sku',8,0));  -- op 1031 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-21 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,13);  -- op 1032 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,12);  -- op 1033 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,12), prop.id('sku',6,0));  -- op 1034 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',7,0));  -- op 1035 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,24), 'user24@tenant2.example', 'FR');  -- op 1036 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,21);  -- op 1037 remove_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,7);  -- op 1038 group_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',8,0));  -- op 1039 remove_group: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',3,12));  -- op 1040 reprocess_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 1041 sub_status: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,26), 'user26@tenant1.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,26) FROM unnest(ARRAY[prop.id('g',1,6)]) AS g;
COMMIT;  -- op 1042 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,5), prop.id('sku',6,0));  -- op 1043 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1044 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,12), m FROM unnest(ARRAY[prop.id('u',3,8), prop.id('u',3,20), prop.id('u',3,23), prop.id('u',3,11), prop.id('u',3,19)]) AS m ON CONFLICT DO NOTHING;  -- op 1045 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,17);  -- op 1046 sub_seats: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,24), prop.id('sku',2,0), 5, 'enabled', '2030-07-16 21:00:00+00');  -- op 1047 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1048 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 1049 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,23), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1050 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 1051 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,25), 'user25@tenant3.example', 'US');  -- op 1052 create_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);
COMMIT;  -- op 1053 swap: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,4);  -- op 1054 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,3);  -- op 1055 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,22);  -- op 1056 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,25), '2030-03-24 15:00:00+00');  -- op 1057 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 1058 restore: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,14), 'Group 14');  -- op 1059 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1060 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,23);  -- op 1061 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,3), prop.id('g',2,8));  -- op 1062 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,16));  -- op 1063 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,2), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1064 assign_user: refused license_user_active
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,27), 'user27@tenant1.example', 'US');  -- op 1065 create_user: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,24);  -- op 1066 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3) AND member_id = prop.id('u',2,18);  -- op 1067 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,5);  -- op 1068 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,14);  -- op 1069 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1070 assign_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 1071 swap: refused license_usage_location_allowed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,5), prop.id('u',1,13), prop.id('u',1,6), prop.id('u',1,17), prop.id('u',1,24), prop.id('u',1,4), prop.id('u',1,9), prop.id('u',1,19)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1072 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',1,0), prop.id('sp',2,0), prop.id('sp',3,0)]);  -- op 1073 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,10));  -- op 1074 add_member: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,13), prop.id('u',1,16), prop.id('u',1,8)]);  -- op 1075 hard_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1076 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',2,0));  -- op 1077 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',3,24), prop.id('sku',8,0));  -- op 1078 remove_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-04-08 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,11);  -- op 1079 sub_renew: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,11), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0)]);  -- op 1080 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1081 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',1082,0), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1082 assign_user: refused license_user_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,13), prop.id('u',3,21));  -- op 1083 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 1084 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 1085 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',2,0);  -- op 1086 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,23);  -- op 1087 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,20)]);  -- op 1088 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 1089 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1090 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-05-17 09:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16), prop.id('u',2,24)]);  -- op 1091 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,12), prop.id('u',1,19));  -- op 1092 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,24)]);  -- op 1093 restore: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',3,0);  -- op 1094 sub_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1095 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,22)), (prop.id('g',3,7), prop.id('u',3,3)), (prop.id('g',3,7), prop.id('u',3,16)), (prop.id('g',3,7), prop.id('u',3,20)), (prop.id('g',3,7), prop.id('u',3,18)), (prop.id('g',3,9), prop.id('u',3,3)), (prop.id('g',3,9), prop.id('u',3,16)), (prop.id('g',3,9), prop.id('u',3,10)), (prop.id('g',3,9), prop.id('u',3,19)), (prop.id('g',3,9), prop.id('g',3,3)), (prop.id('g',3,9), prop.id('u',3,9)), (prop.id('g',3,13), prop.id('u',3,21)), (prop.id('g',3,8), prop.id('u',3,16)), (prop.id('g',3,8), prop.id('u',3,19)), (prop.id('g',3,8), prop.id('u',3,23)), (prop.id('g',3,8), prop.id('u',3,12)), (prop.id('g',3,12), prop.id('u',3,3)), (prop.id('g',3,12), prop.id('u',3,19)), (prop.id('g',3,12), prop.id('u',3,8)), (prop.id('g',3,3), prop.id('u',3,16)), (prop.id('g',3,3), prop.id('u',3,20)), (prop.id('g',3,3), prop.id('u',3,23)), (prop.id('g',3,3), prop.id('u',3,8)));  -- op 1096 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 1097 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,23), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 1098 assign_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',5,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);
COMMIT;  -- op 1099 swap: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1100 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,4), prop.id('u',1,24), prop.id('u',1,17), prop.id('u',1,1), prop.id('u',1,26)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);  -- op 1101 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,7), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1102 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',5,0)]);  -- op 1103 assign_user: refused license_disabled_plan_in_product
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',7,0));  -- op 1104 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0)]);  -- op 1105 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,3));  -- op 1106 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',9,0));  -- op 1107 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1108 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = '2030-05-19 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,23)]);  -- op 1109 soft_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,9);  -- op 1110 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11) AND member_id = prop.id('u',1,4);  -- op 1111 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,23), 'FR'), (prop.id('u',1,21), 'US'), (prop.id('u',1,6), 'US'), (prop.id('u',1,3), 'DE'), (prop.id('u',1,19), 'US'), (prop.id('u',1,25), 'RU'), (prop.id('u',1,10), NULL), (prop.id('u',1,20), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1112 set_location_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,25), 'user25@tenant2.example', 'US');  -- op 1113 create_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,28), 'user28@tenant1.example', NULL);  -- op 1114 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,9));  -- op 1115 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,20), prop.id('sku',6,0), 6, 'deleted', '2030-11-15 12:00:00+00');  -- op 1116 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4);  -- op 1117 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,4);  -- op 1118 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',8,0));  -- op 1119 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,11), prop.id('sku',1,0));  -- op 1120 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-21 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,20)]);  -- op 1121 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1122 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',8,0));  -- op 1123 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,21), prop.id('u',3,24), prop.id('u',3,1), prop.id('u',3,16), prop.id('u',3,5), prop.id('u',3,9), prop.id('u',3,10), prop.id('u',3,8)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 1124 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,20);  -- op 1125 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,21), prop.id('sku',1,0), 5, 'deleted', '2030-09-25 18:00:00+00');  -- op 1126 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-05-21 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,25)]);  -- op 1127 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,11));  -- op 1128 add_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,1));  -- op 1129 reprocess_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,3);  -- op 1130 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,12), prop.id('u',2,16), prop.id('u',2,22), prop.id('u',2,18), prop.id('u',2,24)]) AS m ON CONFLICT DO NOTHING;  -- op 1131 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1132 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1133 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,25), '2030-04-24 20:00:00+00');  -- op 1134 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1135 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,3);  -- op 1136 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,23), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1137 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,20), prop.id('u',3,24), prop.id('u',3,25), prop.id('u',3,10), prop.id('u',3,21), prop.id('u',3,19), prop.id('u',3,8), prop.id('u',3,5)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 1138 bulk_assign: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,22), prop.id('sku',3,0), 3, 'deleted', '2030-11-28 09:00:00+00');  -- op 1139 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1140 assign_user: refused license_usage_location_required
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 1141 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,21);  -- op 1142 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,25), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1143 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,8), prop.id('u',2,20)], prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 1144 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-05-24 03:00:00+00');  -- op 1145 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,12), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1146 assign_group: refused license_service_plan_dependency
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,26), 'user26@tenant3.example', 'US');  -- op 1147 create_user: ok
SELECT license_mgmt.advance_subscriptions('2030-05-24 12:00:00+00');  -- op 1148 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,19));  -- op 1149 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,12);  -- op 1150 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 1151 remove_members_bulk: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,27), 'user27@tenant3.example', 'US');  -- op 1152 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',3,0));  -- op 1153 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',4,0));  -- op 1154 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('u',1,1));  -- op 1155 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,24);  -- op 1156 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('g',2,2));  -- op 1157 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,1);  -- op 1158 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,25);  -- op 1159 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',4,0));  -- op 1160 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',1,12), prop.id('sku',1,0));  -- op 1161 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1162 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,14), 'CN'), (prop.id('u',1,24), 'FR'), (prop.id('u',1,5), 'CN'), (prop.id('u',1,17), 'RU'), (prop.id('u',1,26), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1163 set_location_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',3,0));  -- op 1164 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,7), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1165 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',1,5), prop.id('sku',6,0));  -- op 1166 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,19);  -- op 1167 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',1,0));  -- op 1168 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,12);  -- op 1169 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11) AND member_id = prop.id('u',1,11);  -- op 1170 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1171 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,10));  -- op 1172 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1173 assign_user: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 1174 swap: refused license_usage_location_allowed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,25), prop.id('sku',2,0), 0, 'enabled', '2030-06-23 21:00:00+00');  -- op 1175 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,19), prop.id('sku',8,0));  -- op 1176 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,21);  -- op 1177 set_location: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,28), 'user28@tenant3.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,28) FROM unnest(ARRAY[prop.id('g',3,14), prop.id('g',3,8)]) AS g;
COMMIT;  -- op 1178 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,24), prop.id('sku',4,0));  -- op 1179 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 1180 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1181 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',3,0)]);  -- op 1182 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,11));  -- op 1183 reprocess_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,24), prop.id('u',2,5), prop.id('u',2,15), prop.id('u',2,8), prop.id('u',2,22), prop.id('u',2,4), prop.id('u',2,25), prop.id('u',2,2), prop.id('u',2,6), prop.id('u',2,16), prop.id('u',2,24)], prop.id('sku',4,0), '{}'::uuid[]);  -- op 1184 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,10);  -- op 1185 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,6), prop.id('u',2,1), prop.id('u',2,15), prop.id('u',2,25), prop.id('u',2,16), prop.id('u',2,24), prop.id('u',2,22), prop.id('u',2,2)]) AS m ON CONFLICT DO NOTHING;  -- op 1186 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,12), prop.id('u',3,11));  -- op 1187 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,21);  -- op 1188 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,6));  -- op 1189 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,27), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1190 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,19), prop.id('u',1,10), prop.id('u',1,9), prop.id('u',1,25), prop.id('u',1,4), prop.id('u',1,28), prop.id('u',1,27), prop.id('u',1,24)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1191 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1192 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,26), prop.id('sku',7,0), 4, 'warning', '2030-10-16 03:00:00+00');  -- op 1193 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 1194 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('u',1,10), '2030-04-06 16:00:00+00');  -- op 1195 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 1196 sub_seats: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,11);  -- op 1197 account_enabled: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,26), '2030-04-30 01:00:00+00');  -- op 1198 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,21), prop.id('sku',1,0), 1, 'enabled', '2030-07-24 21:00:00+00');  -- op 1199 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',10,0), prop.id('sp',1,0)]);  -- op 1200 assign_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,27), prop.id('sku',2,0), 6, 'enabled', '2030-09-10 03:00:00+00');  -- op 1201 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,20));  -- op 1202 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,22), prop.id('sku',9,0), 0, 'enabled', '2030-08-30 09:00:00+00');  -- op 1203 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,4)], prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 1204 bulk_assign: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,13), 'Group 13');  -- op 1205 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,19), prop.id('sku',4,0));  -- op 1206 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 1207 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',7,0));  -- op 1208 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1209 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,4);  -- op 1210 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1211 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2)]);  -- op 1212 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',6,0));  -- op 1213 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,3);  -- op 1214 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('u',1,6));  -- op 1215 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,27), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',4,0), prop.id('sp',3,0)]);  -- op 1216 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1217 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,11), m FROM unnest(ARRAY[prop.id('u',1,21), prop.id('u',1,18), prop.id('u',1,3), prop.id('u',1,20)]) AS m ON CONFLICT DO NOTHING;  -- op 1218 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,6), prop.id('u',1,9), prop.id('u',1,19), prop.id('u',1,21), prop.id('u',1,12), prop.id('u',1,25), prop.id('u',1,26), prop.id('u',1,17)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 1219 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,14), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1220 assign_group: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,11);  -- op 1221 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,22);  -- op 1222 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',3,0);  -- op 1223 sub_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1224 restore: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,15);  -- op 1225 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,9);  -- op 1226 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,28), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1227 assign_user: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,18);  -- op 1228 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',1,0));  -- op 1229 remove_group: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,29), 'user29@tenant1.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,29) FROM unnest(ARRAY[prop.id('g',1,4), prop.id('g',1,5)]) AS g;
COMMIT;  -- op 1230 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,11));  -- op 1231 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',1,0));  -- op 1232 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,25);  -- op 1233 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,12));  -- op 1234 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',1235,0), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1235 assign_user: refused license_user_exists
SELECT license_mgmt.remove_user_license(prop.id('u',3,19), prop.id('sku',6,0));  -- op 1236 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,13), m FROM unnest(ARRAY[prop.id('u',1,27), prop.id('u',1,24), prop.id('u',1,6), prop.id('u',1,4), prop.id('u',1,9), prop.id('u',1,1), prop.id('u',1,7), prop.id('u',1,28), prop.id('u',1,23), prop.id('u',1,14), prop.id('u',1,5)]) AS m ON CONFLICT DO NOTHING;  -- op 1237 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,6);  -- op 1238 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY ('{}'::uuid[]);  -- op 1239 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1240 assign_user: refused license_user_active
SELECT license_mgmt.reprocess_group(prop.id('g',1,6));  -- op 1241 reprocess_group: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,12));  -- op 1242 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 1243 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,7), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1244 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,24);  -- op 1245 sub_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,10));  -- op 1246 reprocess_group: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,18);  -- op 1247 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',6,0));  -- op 1248 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,18), prop.id('sku',7,0));  -- op 1249 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,21)), (prop.id('g',3,11), prop.id('u',3,26)), (prop.id('g',3,12), prop.id('u',3,20)));  -- op 1250 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-06 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,18)]);  -- op 1251 soft_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,8));  -- op 1252 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,16);  -- op 1253 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1254 assign_user: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 1255 account_enabled: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,24), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1256 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 1257 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',3,0));  -- op 1258 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,24), prop.id('sku',2,0));  -- op 1259 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',2,0);  -- op 1260 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,20));  -- op 1261 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,25);  -- op 1262 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-07 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 1263 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 1264 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 1265 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2) AND member_id = prop.id('u',2,20);  -- op 1266 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 1267 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 1268 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1269 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',7,0));  -- op 1270 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1271 assign_group: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,11);  -- op 1272 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('g',3,8));  -- op 1273 add_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',9,0), '{}'::uuid[]);
COMMIT;  -- op 1274 swap: refused license_usage_location_required
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 1275 sub_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,20);  -- op 1276 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3) AND member_id = prop.id('u',1,20);  -- op 1277 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,8), prop.id('sku',5,0));  -- op 1278 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,6), prop.id('g',1,7));  -- op 1279 add_member: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-06-10 00:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22), prop.id('u',3,23), prop.id('u',3,24), prop.id('u',3,21)]);  -- op 1280 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,20), prop.id('sku',6,0));  -- op 1281 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,28), prop.id('sku',2,0), 2, 'enabled', '2030-10-26 06:00:00+00');  -- op 1282 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 1283 tenant_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-10 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,24)]);  -- op 1284 soft_delete: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,29), 'user29@tenant3.example', 'CN');  -- op 1285 create_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,12), 'CN'), (prop.id('u',2,24), 'RU'), (prop.id('u',2,25), NULL), (prop.id('u',2,20), 'FR'), (prop.id('u',2,5), 'FR'), (prop.id('u',2,15), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1286 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',8,0));  -- op 1287 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 1288 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1289 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,15);  -- op 1290 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',7,0));  -- op 1291 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 1292 remove_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-06-11 15:00:00+00');  -- op 1293 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 1294 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,12), prop.id('u',1,4), prop.id('u',1,19), prop.id('u',1,24), prop.id('u',1,25), prop.id('u',1,3), prop.id('u',1,28), prop.id('u',1,7), prop.id('u',1,11), prop.id('u',1,18), prop.id('u',1,12)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1295 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,5);  -- op 1296 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,21));  -- op 1297 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,4), prop.id('u',2,24), prop.id('u',2,1), prop.id('u',2,25), prop.id('u',2,15)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 1298 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',1,0);  -- op 1299 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,8), prop.id('u',3,22)), (prop.id('g',3,11), prop.id('g',3,8)));  -- op 1300 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1301 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7);  -- op 1302 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1303 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,13), prop.id('u',3,26), '2030-06-06 06:00:00+00');  -- op 1304 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1305 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,19);  -- op 1306 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 1307 sub_seats: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,26), 'CN'), (prop.id('u',3,12), 'DE'), (prop.id('u',3,22), 'FR'), (prop.id('u',3,16), 'DE'), (prop.id('u',3,24), 'RU'), (prop.id('u',3,27), 'US'), (prop.id('u',3,23), 'US'), (prop.id('u',3,29), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1308 set_location_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,7), prop.id('sku',9,0));  -- op 1309 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,22);  -- op 1310 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 1311 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1312 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 1313 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,14));  -- op 1314 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,26);  -- op 1315 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('g',2,2));  -- op 1316 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,11), prop.id('sku',6,0));  -- op 1317 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,25), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1318 assign_user: refused license_usage_location_required
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,30), 'user30@tenant1.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,30) FROM unnest(ARRAY[prop.id('g',1,4), prop.id('g',1,6)]) AS g;
COMMIT;  -- op 1319 create_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,9);  -- op 1320 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,8), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1321 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,20), prop.id('u',2,4), prop.id('u',2,18), prop.id('u',2,12)]);  -- op 1322 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',3,0));  -- op 1323 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-06-15 12:00:00+00');  -- op 1324 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,4));  -- op 1325 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,8), '2030-05-28 12:00:00+00');  -- op 1326 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,25);  -- op 1327 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,7);  -- op 1328 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-06-16 03:00:00+00');  -- op 1329 advance: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,23);  -- op 1330 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('u',1,27), '2030-04-28 13:00:00+00');  -- op 1331 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-16 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,21)]);  -- op 1332 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,2);  -- op 1333 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,18), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1334 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',2,25), prop.id('sku',2,0));  -- op 1335 remove_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,15), 'Group 15');  -- op 1336 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0)]);  -- op 1337 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,21);  -- op 1338 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1339 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,26);  -- op 1340 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,15), m FROM unnest(ARRAY[prop.id('u',3,11), prop.id('u',3,5), prop.id('u',3,15)]) AS m UNION ALL SELECT prop.id('t',2,0), prop.id('g',2,2), m FROM unnest(ARRAY[prop.id('u',2,1), prop.id('u',2,6)]) AS m ON CONFLICT DO NOTHING;  -- op 1341 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1342 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,26), 'user26@tenant2.example', 'RU');  -- op 1343 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,16));  -- op 1344 add_member: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-06-18 03:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1), prop.id('u',2,4)]);  -- op 1345 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,8), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 1346 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,26), prop.id('u',3,9), prop.id('u',3,19), prop.id('u',3,18), prop.id('u',3,15), prop.id('u',3,5), prop.id('u',3,29), prop.id('u',3,20), prop.id('u',3,12), prop.id('ghost',1347,0)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 1347 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',2,8), prop.id('sku',5,0));  -- op 1348 remove_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,26), prop.id('u',1,29), prop.id('u',1,14)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1349 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,25);  -- op 1350 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1351 assign_user: refused license_user_active
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,23), prop.id('sku',9,0), 5, 'suspended', '2030-09-13 00:00:00+00');  -- op 1352 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,1), prop.id('u',3,10), prop.id('u',3,25), prop.id('u',3,11), prop.id('u',3,8), prop.id('u',3,21), prop.id('u',3,1)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1353 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',6,0));  -- op 1354 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('g',2,9));  -- op 1355 add_member: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,23));  -- op 1356 reprocess_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,30), 'user30@tenant3.example', 'US');  -- op 1357 create_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,31), 'user31@tenant3.example', 'CN');  -- op 1358 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1359 assign_user: refused license_usage_location_required
SELECT license_mgmt.assign_user_license(prop.id('u',1,25), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0)]);  -- op 1360 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',9,0));  -- op 1361 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,20));  -- op 1362 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,15) AND member_id = prop.id('u',3,11);  -- op 1363 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 1364 restore: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,21), prop.id('u',1,23), prop.id('ghost',1365,0)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 1365 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,24), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1366 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1367 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1368 assign_user: refused license_product_subscribed
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0);  -- op 1369 tenant_location: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,23);  -- op 1370 sub_status: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,32), 'user32@tenant3.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,32) FROM unnest(ARRAY[prop.id('g',3,7)]) AS g;
COMMIT;  -- op 1371 create_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,6));  -- op 1372 reprocess_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,25), prop.id('sku',1,0));  -- op 1373 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,12), prop.id('sku',9,0));  -- op 1374 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,26), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1375 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',1,0));  -- op 1376 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-11-18 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,19);  -- op 1377 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,1));  -- op 1378 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 1379 set_location: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,26);  -- op 1380 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9);  -- op 1381 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-06-11 18:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 1382 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13) AND member_id = prop.id('u',1,27);  -- op 1383 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,23), prop.id('u',3,29), prop.id('u',3,5)]) AS m ON CONFLICT DO NOTHING;  -- op 1384 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',4,0));  -- op 1385 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1386 assign_user: refused license_seat_limit
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1387 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1388 assign_user: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-06-23 15:00:00+00');  -- op 1389 advance: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,20), 'CN'), (prop.id('u',2,1), 'DE'), (prop.id('u',2,24), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1390 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,1), prop.id('u',2,21), prop.id('u',2,18), prop.id('u',2,6), prop.id('u',2,2), prop.id('u',2,5), prop.id('u',2,25), prop.id('u',2,8)], prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 1391 bulk_assign: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,31), 'user31@tenant1.example', 'FR');  -- op 1392 create_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',1,0);  -- op 1393 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('g',2,9));  -- op 1394 add_member: refused group_members_not_self
SELECT license_mgmt.reprocess_group(prop.id('g',2,2));  -- op 1395 reprocess_group: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,29), 'DE'), (prop.id('u',1,26), 'FR'), (prop.id('u',1,21), NULL), (prop.id('u',1,24), 'RU'), (prop.id('u',1,14), 'US'), (prop.id('u',1,9), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 1396 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,19);  -- op 1397 sub_seats: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',1,0);  -- op 1398 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13);  -- op 1399 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,23), prop.id('sku',7,0));  -- op 1400 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,8), m FROM unnest(ARRAY[prop.id('u',2,4), prop.id('u',2,18), prop.id('u',2,16), prop.id('u',2,22), prop.id('u',2,25), prop.id('u',2,20), prop.id('u',2,1)]) AS m ON CONFLICT DO NOTHING;  -- op 1401 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1402 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1403 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,14), 'Group 14');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,14), m FROM unnest(ARRAY[prop.id('u',1,27)]) AS m;
COMMIT;  -- op 1404 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-25 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,31)]);  -- op 1405 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,15), m FROM unnest(ARRAY[prop.id('u',3,3), prop.id('u',3,27), prop.id('u',3,23), prop.id('u',3,16), prop.id('u',3,10), prop.id('u',3,5), prop.id('u',3,19), prop.id('u',3,32), prop.id('u',3,9)]) AS m ON CONFLICT DO NOTHING;  -- op 1406 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,16);  -- op 1407 set_location: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,10);  -- op 1408 sub_delete: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0);  -- op 1409 tenant_location: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,5);  -- op 1410 account_enabled: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,12);  -- op 1411 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',1,0);  -- op 1412 sub_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-06-26 15:00:00+00');  -- op 1413 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,25);  -- op 1414 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1415 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('g',1,3));  -- op 1416 add_member: refused group_membership_acyclic
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',9,0));  -- op 1417 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,23);  -- op 1418 remove_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1419 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,22));  -- op 1420 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',7,0));  -- op 1421 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,11);  -- op 1422 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,18)]);  -- op 1423 restore: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 1424 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,2);  -- op 1425 sub_seats: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0);  -- op 1426 tenant_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,20));  -- op 1427 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,8);  -- op 1428 set_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,29), prop.id('sku',4,0), 5, 'enabled', '2030-10-01 15:00:00+00');  -- op 1429 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,11), prop.id('u',1,9)), (prop.id('g',1,11), prop.id('u',1,18)), (prop.id('g',1,13), prop.id('u',1,7)), (prop.id('g',1,13), prop.id('u',1,23)), (prop.id('g',1,13), prop.id('u',1,24)), (prop.id('g',1,9), prop.id('u',1,10)), (prop.id('g',1,9), prop.id('u',1,21)), (prop.id('g',1,9), prop.id('u',1,11)), (prop.id('g',1,3), prop.id('u',1,3)), (prop.id('g',1,3), prop.id('g',1,6)), (prop.id('g',1,3), prop.id('g',1,5)), (prop.id('g',1,3), prop.id('u',1,24)), (prop.id('g',1,6), prop.id('u',1,26)), (prop.id('g',1,6), prop.id('u',1,1)), (prop.id('g',1,6), prop.id('u',1,19)), (prop.id('g',1,14), prop.id('u',1,27)), (prop.id('g',1,5), prop.id('u',1,18)));  -- op 1430 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',9,0));  -- op 1431 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-06-29 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,22)]);  -- op 1432 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,5));  -- op 1433 add_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,3));  -- op 1434 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,2), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1435 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,2), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1436 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,24);  -- op 1437 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);  -- op 1438 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1439 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,11), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1440 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,25));  -- op 1441 add_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,32), 'user32@tenant1.example', 'RU');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,32) FROM unnest(ARRAY[prop.id('g',1,13)]) AS g;
COMMIT;  -- op 1442 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-06-26 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,25);  -- op 1443 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9);  -- op 1444 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND member_id = prop.id('u',3,25);  -- op 1445 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 1446 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,15);  -- op 1447 set_location: ok
SELECT license_mgmt.advance_subscriptions('2030-07-01 00:00:00+00');  -- op 1448 advance: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 1449 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',6,0));  -- op 1450 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-07-01 09:00:00+00');  -- op 1451 advance: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,4), prop.id('u',2,1), prop.id('u',2,26), prop.id('u',2,16), prop.id('u',2,21)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 1452 bulk_assign: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,33), 'user33@tenant3.example', 'DE');  -- op 1453 create_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,14);  -- op 1454 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1455 assign_user: refused license_product_subscribed
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1456 swap: refused license_user_active
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',9,0));  -- op 1457 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,22), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1458 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',8,0));  -- op 1459 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,16)]);  -- op 1460 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,3), prop.id('g',1,14));  -- op 1461 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,22), prop.id('u',3,23), prop.id('u',3,3), prop.id('u',3,18), prop.id('u',3,30), prop.id('u',3,10), prop.id('u',3,11), prop.id('u',3,33), prop.id('u',3,19), prop.id('u',3,21), prop.id('u',3,9)]) AS m ON CONFLICT DO NOTHING;  -- op 1462 add_members_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,15);  -- op 1463 group_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,23);  -- op 1464 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,13), prop.id('sku',7,0));  -- op 1465 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,32), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1466 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,5);  -- op 1467 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,21), prop.id('u',1,25), prop.id('u',1,23), prop.id('u',1,4), prop.id('u',1,10), prop.id('u',1,6), prop.id('u',1,31)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1468 bulk_assign: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1469 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,26));  -- op 1470 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1471 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',2,0)]);  -- op 1472 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,11), '2030-06-07 01:00:00+00');  -- op 1473 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,8)]);  -- op 1474 restore: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,29));  -- op 1475 reprocess_user: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,4);  -- op 1476 sub_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,5) AND member_id = prop.id('u',1,14);  -- op 1477 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1478 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,6), prop.id('u',2,22), prop.id('u',2,26), prop.id('u',2,8), prop.id('u',2,24), prop.id('u',2,16), prop.id('u',2,4), prop.id('u',2,15), prop.id('u',2,1)], prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 1479 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-12-15 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,16);  -- op 1480 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,26));  -- op 1481 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 1482 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',3,0));  -- op 1483 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1484 assign_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',1,0));  -- op 1485 remove_group: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0);  -- op 1486 tenant_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('g',2,2);  -- op 1487 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,22), prop.id('sku',5,0));  -- op 1488 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',8,0));  -- op 1489 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,13), prop.id('sku',9,0));  -- op 1490 remove_group: refused license_assignment_exists
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1491 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1492 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,8);  -- op 1493 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',8,0));  -- op 1494 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-06 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9)]);  -- op 1495 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 1496 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,5);  -- op 1497 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1498 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0)]);  -- op 1499 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',3,0);  -- op 1500 sub_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',11,0)]);
COMMIT;  -- op 1501 swap: refused license_usage_location_required
UPDATE license_mgmt.users SET deleted_at = '2030-07-07 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,11)]);  -- op 1502 soft_delete: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-07-07 21:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,19), prop.id('u',3,12)]);  -- op 1503 restore: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,33), 'user33@tenant1.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,33) FROM unnest(ARRAY[prop.id('g',1,11), prop.id('g',1,14)]) AS g;
COMMIT;  -- op 1504 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,12), prop.id('u',3,18));  -- op 1505 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2030-10-02 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,22);  -- op 1506 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,22), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1507 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 1508 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,11), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1509 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,18);  -- op 1510 remove_member: ok
SELECT license_mgmt.advance_subscriptions('2030-07-08 21:00:00+00');  -- op 1511 advance: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,21), prop.id('sku',9,0));  -- op 1512 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,3)]);  -- op 1513 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-09 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22)]);  -- op 1514 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,22);  -- op 1515 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,4), prop.id('g',1,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,23), prop.id('u',1,17), prop.id('u',1,32), prop.id('u',1,10), prop.id('g',1,4)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1516 add_members_bulk: ok
SELECT license_mgmt.advance_subscriptions('2030-07-09 15:00:00+00');  -- op 1517 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,18), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1518 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,8), prop.id('u',2,26)), (prop.id('g',2,8), prop.id('u',2,20)));  -- op 1519 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,26), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1520 assign_user: refused license_usage_location_allowed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,27)), (prop.id('g',1,13), prop.id('u',1,28)), (prop.id('g',1,13), prop.id('u',1,1)), (prop.id('g',1,13), prop.id('u',1,5)), (prop.id('g',1,13), prop.id('u',1,14)), (prop.id('g',1,9), prop.id('u',1,20)), (prop.id('g',1,9), prop.id('u',1,1)), (prop.id('g',1,9), prop.id('u',1,23)), (prop.id('g',1,9), prop.id('u',1,17)), (prop.id('g',1,9), prop.id('u',1,24)), (prop.id('g',1,3), prop.id('u',1,4)), (prop.id('g',1,3), prop.id('u',1,5)), (prop.id('g',1,3), prop.id('g',1,14)), (prop.id('g',1,6), prop.id('u',1,20)), (prop.id('g',1,6), prop.id('u',1,11)), (prop.id('g',1,4), prop.id('u',1,10)), (prop.id('g',1,5), prop.id('u',1,4)), (prop.id('g',1,5), prop.id('u',1,20)), (prop.id('g',1,5), prop.id('u',1,29)));  -- op 1521 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,7), m FROM unnest(ARRAY[prop.id('u',1,32), prop.id('u',1,11), prop.id('u',1,9), prop.id('u',1,6), prop.id('u',1,21), prop.id('u',1,30), prop.id('u',1,5), prop.id('u',1,19), prop.id('u',1,20), prop.id('u',1,28), prop.id('u',1,26), prop.id('u',1,27)]) AS m ON CONFLICT DO NOTHING;  -- op 1522 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('g',2,2));  -- op 1523 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,9);  -- op 1524 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,15), prop.id('u',3,22), prop.id('u',3,31), prop.id('u',3,11)]);  -- op 1525 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1526 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,1));  -- op 1527 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,24), prop.id('sku',1,0));  -- op 1528 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,34), 'user34@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,34) FROM unnest(ARRAY[prop.id('g',3,11), prop.id('g',3,12)]) AS g;
COMMIT;  -- op 1529 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1530 assign_group: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,29);  -- op 1531 remove_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,27), 'user27@tenant2.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,27) FROM unnest(ARRAY[prop.id('g',2,2), prop.id('g',2,6)]) AS g;
COMMIT;  -- op 1532 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-03-11 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,21);  -- op 1533 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,29));  -- op 1534 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('g',1,7), '2030-07-02 06:00:00+00');  -- op 1535 add_member: refused group_members_not_self
SELECT license_mgmt.advance_subscriptions('2030-07-12 00:00:00+00');  -- op 1536 advance: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,24), prop.id('sku',7,0), 0, 'enabled', '2031-01-24 03:00:00+00');  -- op 1537 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0);  -- op 1538 tenant_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,26)), (prop.id('g',1,7), prop.id('u',1,10)), (prop.id('g',1,7), prop.id('u',1,20)), (prop.id('g',1,7), prop.id('u',1,28)), (prop.id('g',1,7), prop.id('u',1,5)), (prop.id('g',1,11), prop.id('u',1,3)), (prop.id('g',1,11), prop.id('u',1,4)), (prop.id('g',1,11), prop.id('u',1,33)), (prop.id('g',1,11), prop.id('u',1,21)), (prop.id('g',1,13), prop.id('u',1,6)), (prop.id('g',1,9), prop.id('u',1,10)), (prop.id('g',1,10), prop.id('u',1,10)), (prop.id('g',1,6), prop.id('u',1,17)), (prop.id('g',1,14), prop.id('u',1,33)));  -- op 1539 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,25));  -- op 1540 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1541 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,35), 'user35@tenant3.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,35) FROM unnest(ARRAY[prop.id('g',3,12), prop.id('g',3,8)]) AS g;
COMMIT;  -- op 1542 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,6));  -- op 1543 add_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,13));  -- op 1544 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 1545 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,4);  -- op 1546 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,25), prop.id('u',3,16), prop.id('u',3,10)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 1547 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 1548 remove_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,34), 'user34@tenant1.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,34) FROM unnest(ARRAY[prop.id('g',1,14), prop.id('g',1,4)]) AS g;
COMMIT;  -- op 1549 create_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-13 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,4)]);  -- op 1550 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,18), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 1551 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,3);  -- op 1552 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,23), prop.id('sku',7,0), 0, 'enabled', '2031-01-04 03:00:00+00');  -- op 1553 sub_add: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,26));  -- op 1554 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-14 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,19)]);  -- op 1555 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,6));  -- op 1556 add_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,26), 'DE'), (prop.id('u',2,25), 'US'), (prop.id('u',2,16), 'DE'), (prop.id('u',2,2), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1557 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,20), '2030-05-07 23:00:00+00');  -- op 1558 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',6,0));  -- op 1559 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,15);  -- op 1560 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,27));  -- op 1561 add_member: refused group_members_pkey
SELECT license_mgmt.assign_user_license(prop.id('u',3,9), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1562 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,19);  -- op 1563 sub_status: ok
SELECT license_mgmt.advance_subscriptions('2030-07-15 12:00:00+00');  -- op 1564 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1565 assign_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,36), 'user36@tenant3.example', NULL);  -- op 1566 create_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,26), 'US'), (prop.id('u',2,22), 'RU'), (prop.id('u',2,24), 'FR'), (prop.id('u',2,1), 'RU'), (prop.id('u',2,18), 'DE'), (prop.id('u',2,4), 'DE'), (prop.id('u',2,2), 'FR'), (prop.id('u',2,5), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1567 set_location_bulk: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0);  -- op 1568 tenant_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 1569 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1570 assign_group: refused license_product_subscribed
SELECT license_mgmt.reprocess_user(prop.id('u',2,16));  -- op 1571 reprocess_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,16), 'Group 16');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,16), m FROM unnest(ARRAY[prop.id('u',3,30)]) AS m;
COMMIT;  -- op 1572 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,11), prop.id('sku',3,0));  -- op 1573 remove_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,1));  -- op 1574 reprocess_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 1575 group_delete: refused group_has_licenses
UPDATE license_mgmt.users SET deleted_at = '2030-07-17 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10), prop.id('u',1,29), prop.id('u',1,23), prop.id('u',1,27)]);  -- op 1576 soft_delete: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,15), 'Group 15');  -- op 1577 group_create: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-17 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,35), prop.id('u',3,20), prop.id('u',3,33)]);  -- op 1578 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',1,0), ARRAY[prop.id('sp',1,0), prop.id('sp',10,0), prop.id('sp',3,0)]);  -- op 1579 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,23)]);  -- op 1580 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('g',1,4));  -- op 1581 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,8), prop.id('g',2,9), prop.id('g',2,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,25), prop.id('u',2,15), prop.id('u',2,4), prop.id('u',2,16), prop.id('u',2,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1582 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,6);  -- op 1583 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,6), prop.id('g',2,2)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,8), prop.id('u',2,21), prop.id('u',2,5), prop.id('g',2,2)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1584 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 1585 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13);  -- op 1586 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,21)]);  -- op 1587 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0), prop.id('sp',4,0)]);  -- op 1588 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-07-18 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,5)]);  -- op 1589 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1590 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',9,0));  -- op 1591 remove_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);
COMMIT;  -- op 1592 swap: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,26);  -- op 1593 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,21), prop.id('u',2,12), prop.id('u',2,15), prop.id('u',2,27), prop.id('u',2,1), prop.id('u',2,24)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1594 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,27);  -- op 1595 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-19 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,4)]);  -- op 1596 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,22);  -- op 1597 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,27), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1598 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,24), prop.id('sku',2,0), 3, 'warning', '2030-12-15 21:00:00+00');  -- op 1599 sub_add: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,24);  -- op 1600 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',5,0));  -- op 1601 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,14), prop.id('u',1,4));  -- op 1602 add_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,35), 'user35@tenant1.example', 'RU');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,35) FROM unnest(ARRAY[prop.id('g',1,5)]) AS g;
COMMIT;  -- op 1603 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1604 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,32));  -- op 1605 add_member: refused group_members_pkey
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1606 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,16), prop.id('g',3,16), '2030-05-03 09:00:00+00');  -- op 1607 add_member: refused group_members_not_self
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1608 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,32)]);  -- op 1609 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,5), prop.id('g',1,3)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,7), prop.id('u',1,21)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1610 add_members_bulk: ok
UPDATE license_mgmt.tenants SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0);  -- op 1611 tenant_location: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,25), prop.id('sku',9,0), 5, 'deleted', '2030-12-12 12:00:00+00');  -- op 1612 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1613 assign_user: refused license_user_active
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',7,0));  -- op 1614 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,8);  -- op 1615 remove_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1616 tenant_nesting: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',1,0));  -- op 1617 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 1618 sub_status: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',5,0)]);  -- op 1619 assign_group: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,35);  -- op 1620 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1621 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',6,0));  -- op 1622 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,21);  -- op 1623 sub_status: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,21);  -- op 1624 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',2,0));  -- op 1625 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,17), 'Group 17');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,17), m FROM unnest(ARRAY[prop.id('u',3,21), prop.id('u',3,18), prop.id('u',3,20), prop.id('u',3,36)]) AS m;
COMMIT;  -- op 1626 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,12), prop.id('g',3,13));  -- op 1627 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,16);  -- op 1628 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14);  -- op 1629 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,17), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1630 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,25), prop.id('sku',9,0), 5, 'suspended', '2030-07-29 21:00:00+00');  -- op 1631 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-24 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16), prop.id('u',2,20)]);  -- op 1632 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,25), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 1633 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',3,22), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1634 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,4), 'FR'), (prop.id('u',2,15), 'US'), (prop.id('u',2,20), 'DE'), (prop.id('u',2,12), NULL), (prop.id('u',2,21), NULL), (prop.id('u',2,26), 'US'), (prop.id('u',2,22), 'DE'), (prop.id('u',2,5), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1635 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,17), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1636 assign_group: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,30), prop.id('sku',6,0), 5, 'warning', '2030-11-07 15:00:00+00');  -- op 1637 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,3);  -- op 1638 sub_status: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1639 tenant_nesting: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 1640 swap: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1641 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,17), prop.id('sku',4,0));  -- op 1642 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('g',1,15));  -- op 1643 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',5,0));  -- op 1644 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,3);  -- op 1645 group_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,8));  -- op 1646 reprocess_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,20), prop.id('u',3,9), prop.id('u',3,25), prop.id('u',3,11), prop.id('u',3,31), prop.id('u',3,24)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0), prop.id('sp',3,0)]);  -- op 1647 bulk_assign: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,14), prop.id('g',1,15), prop.id('g',1,4)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,34), prop.id('u',1,29), prop.id('u',1,35), prop.id('u',1,12)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1648 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1649 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11) AND member_id = prop.id('u',1,6);  -- op 1650 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,4), prop.id('sku',9,0));  -- op 1651 remove_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,12);  -- op 1652 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1653 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('u',3,29));  -- op 1654 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',4,0));  -- op 1655 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,26), prop.id('sku',1,0), 4, 'enabled', '2030-08-14 00:00:00+00');  -- op 1656 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1657 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',1,23), prop.id('sku',4,0));  -- op 1658 remove_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-01-30 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,14);  -- op 1659 sub_renew: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 1660 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,17), prop.id('u',3,33));  -- op 1661 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',8,0));  -- op 1662 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,23), prop.id('u',3,3), prop.id('u',3,27)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1663 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-02-11 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,24);  -- op 1664 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-28 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1)]);  -- op 1665 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8) AND member_id = prop.id('u',3,35);  -- op 1666 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,17), '2030-07-11 08:00:00+00');  -- op 1667 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 1668 sub_status: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',9,0));  -- op 1669 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,20), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1670 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,37), 'user37@tenant3.example', 'FR');  -- op 1671 create_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-29 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,26)]);  -- op 1672 soft_delete: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,36), 'user36@tenant1.example', 'CN');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,36) FROM unnest(ARRAY[prop.id('g',1,6), prop.id('g',1,14)]) AS g;
COMMIT;  -- op 1673 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1674 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,22);  -- op 1675 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,24), prop.id('u',2,6), prop.id('u',2,4), prop.id('u',2,2), prop.id('u',2,26), prop.id('u',2,15), prop.id('u',2,21), prop.id('u',2,8), prop.id('u',2,22)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 1676 bulk_assign: ok
SELECT license_mgmt.advance_subscriptions('2030-07-29 15:00:00+00');  -- op 1677 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1678 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',2,24), prop.id('sku',2,0));  -- op 1679 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,4)]);  -- op 1680 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2030-12-29 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1681 sub_renew: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',9,0));  -- op 1682 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1683 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,22), prop.id('sku',9,0));  -- op 1684 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,27), prop.id('sku',1,0), 5, 'deleted', '2030-08-14 15:00:00+00');  -- op 1685 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,21)]);  -- op 1686 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1687 assign_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,22)]);  -- op 1688 hard_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,6));  -- op 1689 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,21);  -- op 1690 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-07-31 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,25)]);  -- op 1691 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4) AND member_id = prop.id('u',1,17);  -- op 1692 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,8), prop.id('g',3,11));  -- op 1693 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,6), m FROM unnest(ARRAY[prop.id('u',2,15), prop.id('u',2,8), prop.id('u',2,6), prop.id('u',2,24), prop.id('u',2,18), prop.id('u',2,1), prop.id('u',2,20), prop.id('u',2,25), prop.id('u',2,12)]) AS m ON CONFLICT DO NOTHING;  -- op 1694 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,25), prop.id('u',3,19), prop.id('u',3,3), prop.id('u',3,26), prop.id('u',3,29), prop.id('u',3,37)]) AS m ON CONFLICT DO NOTHING;  -- op 1695 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-01 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 1696 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('g',1,5));  -- op 1697 add_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,24), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,24), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1698 swap: refused license_usage_location_allowed
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,18), 'Group 18');  -- op 1699 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',8,0)]);  -- op 1700 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,16);  -- op 1701 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',9,0));  -- op 1702 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 1703 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1704 assign_user: refused license_user_active
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,7);  -- op 1705 sub_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-02 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,36), prop.id('u',3,10), prop.id('u',3,37)]);  -- op 1706 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,25), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1707 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1708 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,19), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1709 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,2), 'US'), (prop.id('u',2,21), 'US'), (prop.id('u',2,20), 'FR'), (prop.id('u',2,25), 'RU'), (prop.id('u',2,6), 'US'), (prop.id('u',2,1), 'DE'), (prop.id('u',2,5), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1710 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,16));  -- op 1711 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('g',3,16);  -- op 1712 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,37), 'user37@tenant1.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,37) FROM unnest(ARRAY[prop.id('g',1,14)]) AS g;
COMMIT;  -- op 1713 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,28), prop.id('sku',4,0), 5, 'enabled', '2030-12-18 06:00:00+00');  -- op 1714 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('ghost',1715,0), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1715 assign_user: refused license_user_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,25), prop.id('u',1,4), prop.id('u',1,18), prop.id('u',1,1), prop.id('u',1,28), prop.id('ghost',1716,0)], prop.id('sku',1,0), ARRAY[prop.id('sp',3,0)]);  -- op 1716 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,25), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 1717 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,6), prop.id('u',2,12)), (prop.id('g',2,6), prop.id('g',2,2)), (prop.id('g',2,6), prop.id('u',2,18)), (prop.id('g',2,6), prop.id('u',2,24)), (prop.id('g',2,6), prop.id('u',2,20)), (prop.id('g',2,2), prop.id('u',2,21)), (prop.id('g',2,8), prop.id('u',2,15)), (prop.id('g',2,9), prop.id('u',2,16)));  -- op 1718 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,16), prop.id('u',3,30)), (prop.id('g',3,8), prop.id('u',3,28)), (prop.id('g',3,8), prop.id('u',3,29)), (prop.id('g',3,8), prop.id('u',3,1)), (prop.id('g',3,11), prop.id('u',3,34)), (prop.id('g',3,11), prop.id('u',3,37)), (prop.id('g',3,12), prop.id('g',3,13)), (prop.id('g',3,12), prop.id('u',3,23)), (prop.id('g',3,17), prop.id('u',3,20)), (prop.id('g',3,17), prop.id('u',3,18)));  -- op 1719 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',6,0));  -- op 1720 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',4,0));  -- op 1721 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,31), prop.id('sku',1,0), 2, 'enabled', '2030-11-11 06:00:00+00');  -- op 1722 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,19), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1723 assign_user: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,26);  -- op 1724 set_location: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,6));  -- op 1725 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1726 assign_user: refused license_user_active
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 1727 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,25), prop.id('sku',3,0));  -- op 1728 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,7), prop.id('g',3,11)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,21), prop.id('u',3,31)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1729 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,20)]);  -- op 1730 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-04-03 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 1731 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-05 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1)]);  -- op 1732 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12) AND member_id = prop.id('u',3,18);  -- op 1733 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',8,0));  -- op 1734 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',6,0));  -- op 1735 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('g',3,11);  -- op 1736 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,6));  -- op 1737 reprocess_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,11), prop.id('u',3,23), prop.id('u',3,16), prop.id('u',3,30), prop.id('u',3,28), prop.id('u',3,11), prop.id('u',2,8)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 1738 bulk_assign: refused
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 1739 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-08-06 12:00:00+00');  -- op 1740 advance: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,8);  -- op 1741 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',3,0);  -- op 1742 sub_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,16)]);  -- op 1743 hard_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,8);  -- op 1744 group_delete: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,19)]);  -- op 1745 restore: ok
SELECT license_mgmt.advance_subscriptions('2030-08-07 06:00:00+00');  -- op 1746 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9);  -- op 1747 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,28), prop.id('u',3,24), prop.id('u',3,8), prop.id('u',3,31), prop.id('u',3,12), prop.id('u',3,26), prop.id('u',3,9)], prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1748 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,26), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1749 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,34);  -- op 1750 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,18), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1751 assign_user: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,34), prop.id('u',3,16), prop.id('u',3,12)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 1752 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,21), prop.id('sku',7,0));  -- op 1753 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-08-08 06:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,4), prop.id('u',1,19)]);  -- op 1754 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,30), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',4,0), prop.id('sp',3,0)]);  -- op 1755 assign_user: refused license_usage_location_required
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,38), 'user38@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,38) FROM unnest(ARRAY[prop.id('g',3,18), prop.id('g',3,12)]) AS g;
COMMIT;  -- op 1756 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11) AND member_id = prop.id('u',1,20);  -- op 1757 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1758 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,10), prop.id('u',3,29), prop.id('u',3,33), prop.id('u',3,37), prop.id('u',3,20), prop.id('u',3,11), prop.id('u',3,26), prop.id('u',3,30), prop.id('u',3,24), prop.id('u',3,9)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 1759 bulk_assign: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,39), 'user39@tenant3.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,39) FROM unnest(ARRAY[prop.id('g',3,13)]) AS g;
COMMIT;  -- op 1760 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,35), prop.id('u',3,9), prop.id('u',3,26), prop.id('u',3,33), prop.id('u',3,11), prop.id('u',3,5), prop.id('u',3,21), prop.id('u',3,39)]) AS m ON CONFLICT DO NOTHING;  -- op 1761 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10);  -- op 1762 remove_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,34), prop.id('sku',1,0));  -- op 1763 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,36)]);  -- op 1764 restore: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,23), prop.id('u',3,24), prop.id('u',3,19)]);  -- op 1765 hard_delete: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,16), 'Group 16');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,16), m FROM unnest(ARRAY[prop.id('u',1,25), prop.id('u',1,14), prop.id('u',1,1), prop.id('u',1,30)]) AS m;
COMMIT;  -- op 1766 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,25);  -- op 1767 sub_status: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,8);  -- op 1768 sub_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,30), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0), prop.id('sp',3,0)]);  -- op 1769 assign_user: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,19), 'Group 19');  -- op 1770 group_create: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,40), 'user40@tenant3.example', 'CN');  -- op 1771 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',3,0), prop.id('sp',7,0)]);  -- op 1772 assign_group: refused license_disabled_plan_in_product
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,25);  -- op 1773 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,30)), (prop.id('g',1,9), prop.id('u',1,7)), (prop.id('g',1,9), prop.id('g',1,4)), (prop.id('g',1,9), prop.id('g',1,5)), (prop.id('g',1,6), prop.id('u',1,36)), (prop.id('g',1,14), prop.id('u',1,37)), (prop.id('g',1,14), prop.id('u',1,12)), (prop.id('g',1,14), prop.id('u',1,34)), (prop.id('g',1,4), prop.id('u',1,23)), (prop.id('g',1,4), prop.id('u',1,35)), (prop.id('g',1,5), prop.id('u',1,3)), (prop.id('g',1,15), prop.id('u',1,34)));  -- op 1774 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1775 assign_group: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,10), 'Group 10');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,10), m FROM unnest(ARRAY[prop.id('u',2,25), prop.id('u',2,4)]) AS m;
COMMIT;  -- op 1776 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,26), prop.id('sku',1,0));  -- op 1777 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,16), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0), prop.id('sp',11,0)]);  -- op 1778 assign_group: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,26), prop.id('sku',2,0), 5, 'enabled', '2030-09-26 09:00:00+00');  -- op 1779 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1780 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 1781 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,36), prop.id('sku',8,0), '{}'::uuid[]);  -- op 1782 assign_user: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,17);  -- op 1783 sub_seats: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,27), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,27), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 1784 swap: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',3,31), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 1785 assign_user: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,12), prop.id('u',2,8), prop.id('u',2,24), prop.id('u',2,4), prop.id('u',2,21), prop.id('u',2,5), prop.id('u',2,6), prop.id('u',2,25), prop.id('u',2,20)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1786 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,29), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1787 assign_user: refused license_service_plan_dependency
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,8), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 1788 swap: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,10));  -- op 1789 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1790 assign_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,16);  -- op 1791 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1792 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',1,24), prop.id('sku',6,0));  -- op 1793 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14) AND member_id = prop.id('u',1,36);  -- op 1794 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,4);  -- op 1795 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,15));  -- op 1796 add_member: refused group_members_pkey
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',1,0));  -- op 1797 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13);  -- op 1798 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,12));  -- op 1799 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-08-14 00:00:00+00');  -- op 1800 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,26);  -- op 1801 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,29), prop.id('sku',6,0), 6, 'enabled', '2030-10-12 06:00:00+00');  -- op 1802 sub_add: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,5);  -- op 1803 set_location: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,38), 'user38@tenant1.example', 'US');  -- op 1804 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,36), prop.id('sku',5,0), '{}'::uuid[]);  -- op 1805 assign_user: refused license_usage_location_required
UPDATE license_mgmt.users SET deleted_at = '2030-08-14 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,30)]);  -- op 1806 soft_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,10));  -- op 1807 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1808 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,16), m FROM unnest(ARRAY[prop.id('u',1,33), prop.id('u',1,35), prop.id('u',1,25), prop.id('u',1,9), prop.id('u',1,36), prop.id('u',1,5)]) AS m ON CONFLICT DO NOTHING;  -- op 1809 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,6), prop.id('g',2,10), prop.id('g',2,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,22), prop.id('u',2,21), prop.id('u',2,6), prop.id('u',2,4), prop.id('u',2,25), prop.id('u',2,12)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1810 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',7,0));  -- op 1811 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,20), 'Group 20');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,20), m FROM unnest(ARRAY[prop.id('u',3,9)]) AS m;
COMMIT;  -- op 1812 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',4,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',8,0)]);  -- op 1813 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1814 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',7,0), '{}'::uuid[]);  -- op 1815 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',4,0));  -- op 1816 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,2), '2030-08-03 01:00:00+00');  -- op 1817 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,15), prop.id('u',1,5), '2030-07-23 08:00:00+00');  -- op 1818 add_member: ok
UPDATE license_mgmt.tenants SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0);  -- op 1819 tenant_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('g',2,9));  -- op 1820 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,28), 'user28@tenant2.example', 'RU');  -- op 1821 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',9,0));  -- op 1822 remove_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',8,0));  -- op 1823 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,30);  -- op 1824 sub_status: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,8), 'CN'), (prop.id('u',2,18), 'DE'), (prop.id('u',2,26), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1825 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',7,0));  -- op 1826 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,27);  -- op 1827 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,26);  -- op 1828 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,36);  -- op 1829 set_location: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,8));  -- op 1830 reprocess_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',2,0));  -- op 1831 remove_group: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,27);  -- op 1832 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-18 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,21), prop.id('u',3,39)]);  -- op 1833 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,2), prop.id('u',2,1), prop.id('u',2,25), prop.id('u',2,12), prop.id('u',2,5), prop.id('u',2,2)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 1834 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 1835 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',7,0));  -- op 1836 remove_user: refused license_assignment_exists
SELECT license_mgmt.advance_subscriptions('2030-08-18 15:00:00+00');  -- op 1837 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,18), prop.id('u',3,31), '2030-06-19 02:00:00+00');  -- op 1838 add_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,11), 'Group 11');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,11), m FROM unnest(ARRAY[prop.id('u',2,27), prop.id('u',2,24)]) AS m;
COMMIT;  -- op 1839 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,10), prop.id('sku',4,0));  -- op 1840 remove_group: refused license_assignment_exists
SELECT license_mgmt.advance_subscriptions('2030-08-19 03:00:00+00');  -- op 1841 advance: ok
SELECT license_mgmt.advance_subscriptions('2030-08-19 06:00:00+00');  -- op 1842 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1843 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,3), prop.id('sku',6,0));  -- op 1844 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,18), prop.id('u',3,30));  -- op 1845 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',6,0));  -- op 1846 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',4,0));  -- op 1847 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,8), prop.id('sku',6,0));  -- op 1848 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,37), prop.id('u',3,1), prop.id('u',3,10), prop.id('u',3,9), prop.id('u',3,37)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 1849 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7);  -- op 1850 remove_members_bulk: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,7);  -- op 1851 sub_delete: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,21), 'Group 21');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,21), m FROM unnest(ARRAY[prop.id('u',3,30), prop.id('u',3,15), prop.id('u',3,3)]) AS m;
COMMIT;  -- op 1852 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1853 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,12)]);  -- op 1854 restore: ok
SELECT license_mgmt.advance_subscriptions('2030-08-20 21:00:00+00');  -- op 1855 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',4,0)]);  -- op 1856 assign_group: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET deleted_at = '2030-08-21 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,21)]);  -- op 1857 soft_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,32), prop.id('sku',9,0), 2, 'deleted', '2031-02-01 06:00:00+00');  -- op 1858 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,27)]);  -- op 1859 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,16) AND member_id = prop.id('u',1,14);  -- op 1860 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10) AND member_id = prop.id('u',2,25);  -- op 1861 remove_member: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,22), 'Group 22');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,22), m FROM unnest(ARRAY[prop.id('u',3,12), prop.id('u',3,8)]) AS m;
COMMIT;  -- op 1862 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 1863 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,17);  -- op 1864 sub_seats: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,10);  -- op 1865 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 1866 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,15) AND member_id = prop.id('u',1,35);  -- op 1867 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,40), prop.id('sku',9,0), '{}'::uuid[]);  -- op 1868 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,18);  -- op 1869 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,20);  -- op 1870 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,31);  -- op 1871 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,15), 'US'), (prop.id('u',3,11), NULL), (prop.id('u',3,28), 'CN'), (prop.id('u',3,12), 'US'), (prop.id('u',3,38), 'DE'), (prop.id('u',3,30), 'FR'), (prop.id('u',3,3), 'US'), (prop.id('u',3,18), 'RU')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 1872 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,2), prop.id('u',2,27));  -- op 1873 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,21) AND member_id = prop.id('u',3,15);  -- op 1874 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,11), prop.id('g',3,22)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,9), prop.id('u',3,33), prop.id('u',3,29)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1875 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1876 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',2,0);  -- op 1877 sub_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-23 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,15)]);  -- op 1878 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1879 assign_user: refused license_usage_location_allowed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,2), prop.id('g',2,11), prop.id('g',2,8)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,26), prop.id('u',2,18), prop.id('u',2,20), prop.id('u',2,21), prop.id('u',2,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1880 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,9);  -- op 1881 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,11), prop.id('u',2,5));  -- op 1882 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',3,0));  -- op 1883 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',3,0), '{}'::uuid[]);  -- op 1884 assign_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 1885 swap: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',9,0), '{}'::uuid[]);
COMMIT;  -- op 1886 swap: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,15));  -- op 1887 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,13), prop.id('g',1,4));  -- op 1888 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,20);  -- op 1889 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',2,0);  -- op 1890 sub_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14) AND member_id = prop.id('u',1,35);  -- op 1891 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8) AND member_id = prop.id('u',2,18);  -- op 1892 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,33), prop.id('sku',1,0), 1, 'enabled', '2030-10-03 15:00:00+00');  -- op 1893 sub_add: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,21)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 1894 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,30);  -- op 1895 set_location: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0);  -- op 1896 tenant_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,22), prop.id('sku',3,0));  -- op 1897 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',1,0));  -- op 1898 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,16), prop.id('u',3,1), prop.id('u',3,21), prop.id('u',3,34), prop.id('u',3,8), prop.id('u',3,11), prop.id('u',3,3), prop.id('u',3,36)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 1899 bulk_assign: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,18), prop.id('u',2,4), prop.id('u',2,12), prop.id('u',2,8), prop.id('u',2,26)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 1900 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,17);  -- op 1901 sub_delete: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,29);  -- op 1902 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,4), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1903 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,37), prop.id('u',1,35), prop.id('u',1,17)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 1904 bulk_assign: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,20));  -- op 1905 reprocess_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,1), 'US'), (prop.id('u',2,15), 'DE'), (prop.id('u',2,28), 'RU'), (prop.id('u',2,22), 'US'), (prop.id('u',2,4), 'DE'), (prop.id('u',2,25), 'CN'), (prop.id('u',2,26), 'US'), (prop.id('u',2,8), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 1906 set_location_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,2), prop.id('sku',8,0));  -- op 1907 remove_group: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,9), m FROM unnest(ARRAY[prop.id('u',2,25), prop.id('u',2,6), prop.id('u',2,4), prop.id('u',2,2), prop.id('u',2,8), prop.id('u',2,1), prop.id('u',2,5), prop.id('u',2,22), prop.id('u',2,26), prop.id('u',2,21), prop.id('u',2,15)]) AS m ON CONFLICT DO NOTHING;  -- op 1908 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-08-27 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,34)]);  -- op 1909 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,22), prop.id('u',3,29)), (prop.id('g',3,22), prop.id('u',3,8)), (prop.id('g',3,22), prop.id('u',3,33)), (prop.id('g',3,18), prop.id('u',3,31)), (prop.id('g',3,7), prop.id('u',3,29)), (prop.id('g',3,7), prop.id('u',3,35)), (prop.id('g',3,7), prop.id('u',3,31)), (prop.id('g',3,7), prop.id('u',3,33)), (prop.id('g',3,13), prop.id('u',3,39)), (prop.id('g',3,11), prop.id('u',3,29)), (prop.id('g',3,11), prop.id('u',3,3)));  -- op 1910 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,19), m FROM unnest(ARRAY[prop.id('u',3,29), prop.id('u',3,30), prop.id('u',3,8), prop.id('u',3,28), prop.id('u',3,27), prop.id('u',3,38), prop.id('u',3,21), prop.id('u',3,20), prop.id('u',3,11), prop.id('u',3,16), prop.id('u',3,34)]) AS m ON CONFLICT DO NOTHING;  -- op 1911 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,10), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1912 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,21) AND member_id = prop.id('u',3,3);  -- op 1913 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,24);  -- op 1914 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',1,0));  -- op 1915 remove_group: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 1916 swap: refused license_usage_location_allowed
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,40);  -- op 1917 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,13), prop.id('g',1,5), prop.id('g',1,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,25), prop.id('u',1,17), prop.id('u',1,28), prop.id('u',1,5), prop.id('u',1,18)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1918 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11) AND member_id = prop.id('u',2,21);  -- op 1919 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',1,0);  -- op 1920 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 1921 sub_seats: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,18);  -- op 1922 group_delete: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,17), 'Group 17');  -- op 1923 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,11), prop.id('u',2,25), '2030-06-11 14:00:00+00');  -- op 1924 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',1,0);  -- op 1925 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,8));  -- op 1926 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-08-29 21:00:00+00');  -- op 1927 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,11), prop.id('g',1,4)), (prop.id('g',1,13), prop.id('u',1,18)), (prop.id('g',1,16), prop.id('u',1,30)), (prop.id('g',1,16), prop.id('u',1,33)), (prop.id('g',1,16), prop.id('u',1,1)), (prop.id('g',1,16), prop.id('u',1,35)), (prop.id('g',1,9), prop.id('u',1,28)), (prop.id('g',1,9), prop.id('u',1,17)), (prop.id('g',1,9), prop.id('g',1,15)), (prop.id('g',1,6), prop.id('u',1,12)), (prop.id('g',1,5), prop.id('u',1,28)), (prop.id('g',1,5), prop.id('u',1,25)));  -- op 1928 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 1929 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0);  -- op 1930 tenant_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,21), prop.id('sku',4,0));  -- op 1931 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,21), '2030-08-01 11:00:00+00');  -- op 1932 add_member: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,33);  -- op 1933 sub_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,3), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1934 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,10), prop.id('u',1,20));  -- op 1935 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,25);  -- op 1936 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,22);  -- op 1937 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,24), prop.id('sku',4,0), '{}'::uuid[]);  -- op 1938 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,34)]);  -- op 1939 restore: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 1940 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-08-31 15:00:00+00');  -- op 1941 advance: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,28);  -- op 1942 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,6) AND member_id = prop.id('u',1,18);  -- op 1943 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,13), prop.id('sku',3,0));  -- op 1944 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-09-01 03:00:00+00');  -- op 1945 advance: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,17), prop.id('u',1,23));  -- op 1946 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9) AND member_id = prop.id('u',1,32);  -- op 1947 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,13), prop.id('sku',1,0));  -- op 1948 remove_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,39), 'user39@tenant1.example', 'US');  -- op 1949 create_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,11));  -- op 1950 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 1951 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,9), m FROM unnest(ARRAY[prop.id('u',2,27), prop.id('u',2,20)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,9), prop.id('u',3,20), prop.id('u',3,39), prop.id('u',3,15), prop.id('u',3,8)]) AS m ON CONFLICT DO NOTHING;  -- op 1952 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,11), prop.id('u',2,6)), (prop.id('g',2,11), prop.id('u',2,25)), (prop.id('g',2,6), prop.id('u',2,12)), (prop.id('g',2,6), prop.id('u',2,25)), (prop.id('g',2,6), prop.id('u',2,27)), (prop.id('g',2,6), prop.id('u',2,22)), (prop.id('g',2,2), prop.id('u',2,6)), (prop.id('g',2,2), prop.id('u',2,2)), (prop.id('g',2,2), prop.id('u',2,25)), (prop.id('g',2,2), prop.id('u',2,5)), (prop.id('g',2,2), prop.id('u',2,8)), (prop.id('g',2,2), prop.id('g',2,9)), (prop.id('g',2,8), prop.id('u',2,15)), (prop.id('g',2,8), prop.id('u',2,25)), (prop.id('g',2,8), prop.id('u',2,26)), (prop.id('g',2,8), prop.id('u',2,20)), (prop.id('g',2,8), prop.id('u',2,4)), (prop.id('g',2,9), prop.id('u',2,1)), (prop.id('g',2,9), prop.id('u',2,20)));  -- op 1953 remove_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',7,0));  -- op 1954 remove_group: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,39), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1955 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,27), prop.id('u',2,22), prop.id('u',2,24), prop.id('u',2,2), prop.id('u',2,12), prop.id('u',2,5), prop.id('u',2,6)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 1956 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('ghost',1957,0), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 1957 assign_user: refused license_user_exists
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,13);  -- op 1958 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',8,0));  -- op 1959 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,18);  -- op 1960 set_location: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,15);  -- op 1961 sub_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,3), prop.id('u',1,11), prop.id('u',1,37), prop.id('u',1,3)], prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',5,0)]);  -- op 1962 bulk_assign: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,10), prop.id('g',1,16), prop.id('g',1,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,18), prop.id('u',1,26), prop.id('u',1,6), prop.id('u',1,9)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 1963 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,21), prop.id('sku',2,0), '{}'::uuid[]);  -- op 1964 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,7), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0)]);  -- op 1965 assign_user: refused license_usage_location_allowed
SELECT license_mgmt.reprocess_user(prop.id('u',1,36));  -- op 1966 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,21), prop.id('g',3,19), '2030-08-30 22:00:00+00');  -- op 1967 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,25);  -- op 1968 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,2);  -- op 1969 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,11), prop.id('u',2,15));  -- op 1970 add_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,14));  -- op 1971 reprocess_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',2,0));  -- op 1972 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',3,3), prop.id('sku',6,0));  -- op 1973 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',1,0), '{}'::uuid[]);  -- op 1974 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,33), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 1975 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,10), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0), prop.id('sp',10,0)]);  -- op 1976 assign_group: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,10)]);  -- op 1977 restore: ok
SELECT license_mgmt.advance_subscriptions('2030-09-05 06:00:00+00');  -- op 1978 advance: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,30), prop.id('sku',5,0), 2, 'suspended', '2030-10-17 09:00:00+00');  -- op 1979 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-04-04 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 1980 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 1981 remove_members_bulk: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,29);  -- op 1982 sub_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,18), prop.id('sku',9,0));  -- op 1983 remove_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 1984 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,23), 'Group 23');  -- op 1985 group_create: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9) AND member_id = prop.id('u',2,26);  -- op 1986 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,25);  -- op 1987 set_location: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 1988 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-09-06 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,8), prop.id('u',2,28), prop.id('u',2,27)]);  -- op 1989 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,25), prop.id('sku',3,0));  -- op 1990 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 1991 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,12);  -- op 1992 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,21), prop.id('g',3,20));  -- op 1993 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,31), prop.id('sku',1,0), 6, 'enabled', '2030-10-07 06:00:00+00');  -- op 1994 sub_add: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,4), prop.id('sku',3,0));  -- op 1995 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,5)]);  -- op 1996 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,13), prop.id('sku',9,0));  -- op 1997 remove_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,33);  -- op 1998 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,23), prop.id('u',3,9));  -- op 1999 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,3));  -- op 2000 add_member: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,5);  -- op 2001 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,15) AND member_id = prop.id('u',1,29);  -- op 2002 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,26), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2003 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,33)]);  -- op 2004 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,11), m FROM unnest(ARRAY[prop.id('u',2,5), prop.id('u',2,28)]) AS m UNION ALL SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,10), prop.id('u',3,25)]) AS m ON CONFLICT DO NOTHING;  -- op 2005 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',1,0));  -- op 2006 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-09-08 21:00:00+00');  -- op 2007 advance: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',2,0));  -- op 2008 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,37), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2009 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,16);  -- op 2010 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,29), prop.id('u',3,3), prop.id('u',3,11), prop.id('u',3,37), prop.id('u',3,29)], prop.id('sku',6,0), '{}'::uuid[]);  -- op 2011 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',3,0);  -- op 2012 sub_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,1), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2013 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,21), prop.id('u',3,16), '2030-08-23 02:00:00+00');  -- op 2014 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,11), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0)]);  -- op 2015 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,11), prop.id('g',2,6));  -- op 2016 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-09-10 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,24)]);  -- op 2017 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,25);  -- op 2018 set_location: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,33);  -- op 2019 account_enabled: ok
UPDATE license_mgmt.users SET deleted_at = '2030-09-10 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,7)]);  -- op 2020 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,12);  -- op 2021 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,41), 'user41@tenant3.example', 'FR');  -- op 2022 create_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,31), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,31), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0), prop.id('sp',6,0)]);
COMMIT;  -- op 2023 swap: refused license_product_subscribed
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,27);  -- op 2024 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('g',2,6));  -- op 2025 add_member: refused group_members_not_self
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,1), prop.id('u',2,24)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 2026 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2027 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,22), prop.id('u',3,12)), (prop.id('g',3,19), prop.id('u',3,28)), (prop.id('g',3,19), prop.id('u',3,16)), (prop.id('g',3,19), prop.id('u',3,21)), (prop.id('g',3,19), prop.id('u',3,38)), (prop.id('g',3,11), prop.id('u',3,16)), (prop.id('g',3,11), prop.id('u',3,20)), (prop.id('g',3,11), prop.id('u',3,21)), (prop.id('g',3,11), prop.id('u',3,5)), (prop.id('g',3,11), prop.id('u',3,9)), (prop.id('g',3,21), prop.id('g',3,20)), (prop.id('g',3,21), prop.id('u',3,16)), (prop.id('g',3,21), prop.id('u',3,30)), (prop.id('g',3,17), prop.id('u',3,21)));  -- op 2028 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,15), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2029 assign_user: refused license_user_active
SELECT license_mgmt.remove_group_license(prop.id('g',3,21), prop.id('sku',2,0));  -- op 2030 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,22), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2031 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,40), 'user40@tenant1.example', 'FR');  -- op 2032 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,39);  -- op 2033 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2034 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,11)), (prop.id('g',3,7), prop.id('u',3,21)), (prop.id('g',3,7), prop.id('u',3,10)), (prop.id('g',3,19), prop.id('u',3,11)), (prop.id('g',3,19), prop.id('u',3,29)), (prop.id('g',3,19), prop.id('u',3,30)), (prop.id('g',3,11), prop.id('u',3,15)), (prop.id('g',3,11), prop.id('u',3,25)), (prop.id('g',3,11), prop.id('u',3,8)), (prop.id('g',3,17), prop.id('u',3,33)));  -- op 2035 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,13);  -- op 2036 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 2037 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,31), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2038 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,28), prop.id('u',2,21)]);  -- op 2039 restore: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,4);  -- op 2040 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 2041 assign_user: refused license_usage_location_allowed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,22) AND member_id = prop.id('u',3,9);  -- op 2042 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,6);  -- op 2043 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 2044 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('u',1,36), '2030-08-27 06:00:00+00');  -- op 2045 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',9,0));  -- op 2046 remove_user: refused license_service_plan_dependency
SELECT license_mgmt.advance_subscriptions('2030-09-13 21:00:00+00');  -- op 2047 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 2048 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,1));  -- op 2049 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,19), prop.id('g',3,21));  -- op 2050 add_member: refused group_membership_acyclic
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 2051 swap: refused license_user_active
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,31);  -- op 2052 sub_status: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,24), 'Group 24');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,24), m FROM unnest(ARRAY[prop.id('u',3,26)]) AS m;
COMMIT;  -- op 2053 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,31), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2054 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,41), 'user41@tenant1.example', 'DE');  -- op 2055 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,16), prop.id('sku',2,0));  -- op 2056 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11);  -- op 2057 group_delete: refused group_has_licenses
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,20), prop.id('g',3,20));  -- op 2058 add_member: refused group_members_not_self
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2059 tenant_nesting: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,14);  -- op 2060 sub_status: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,19);  -- op 2061 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',2,0), ARRAY[prop.id('sp',4,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 2062 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,2), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2063 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,20), m FROM unnest(ARRAY[prop.id('u',3,25), prop.id('u',3,34), prop.id('u',3,21), prop.id('u',3,18)]) AS m ON CONFLICT DO NOTHING;  -- op 2064 add_members_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,9), prop.id('sku',2,0));  -- op 2065 remove_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,40), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,40), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2066 swap: refused license_usage_location_allowed
SELECT license_mgmt.advance_subscriptions('2030-09-16 09:00:00+00');  -- op 2067 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,5);  -- op 2068 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,34), prop.id('sku',4,0), 6, 'enabled', '2030-11-15 15:00:00+00');  -- op 2069 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,24) AND member_id = prop.id('u',3,26);  -- op 2070 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 2071 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2072 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2073 assign_group: refused license_service_plan_dependency
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,8), prop.id('u',2,8), '2030-09-16 09:00:00+00');  -- op 2074 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,17), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',8,0)]);  -- op 2075 assign_group: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,12), '2030-07-15 12:00:00+00');  -- op 2076 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9)]);  -- op 2077 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,27), prop.id('sku',6,0));  -- op 2078 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-09-17 21:00:00+00');  -- op 2079 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2080 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,28);  -- op 2081 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,18);  -- op 2082 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,17), prop.id('g',1,14), prop.id('g',1,11)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,41), prop.id('u',1,32), prop.id('u',1,14), prop.id('u',1,27), prop.id('u',1,10), prop.id('u',1,17), prop.id('g',1,16)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2083 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,13);  -- op 2084 sub_status: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,14), prop.id('u',1,40), prop.id('u',1,37), prop.id('u',1,26), prop.id('u',1,25), prop.id('u',1,39), prop.id('u',1,14)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2085 bulk_assign: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,42), 'user42@tenant3.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,42) FROM unnest(ARRAY[prop.id('g',3,21), prop.id('g',3,17)]) AS g;
COMMIT;  -- op 2086 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,9)), (prop.id('g',1,7), prop.id('u',1,6)), (prop.id('g',1,17), prop.id('u',1,23)), (prop.id('g',1,11), prop.id('u',1,3)), (prop.id('g',1,11), prop.id('g',1,16)), (prop.id('g',1,11), prop.id('u',1,17)), (prop.id('g',1,9), prop.id('u',1,5)), (prop.id('g',1,6), prop.id('g',1,7)), (prop.id('g',1,4), prop.id('u',1,12)), (prop.id('g',1,5), prop.id('u',1,18)), (prop.id('g',1,5), prop.id('u',1,5)), (prop.id('g',1,5), prop.id('u',1,21)), (prop.id('g',1,15), prop.id('u',1,12)));  -- op 2087 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',3,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2088 swap: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,25), prop.id('sku',9,0));  -- op 2089 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2090 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,21) AND member_id = prop.id('u',3,42);  -- op 2091 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0), prop.id('sp',10,0)]);  -- op 2092 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,6);  -- op 2093 sub_seats: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,42), 'user42@tenant1.example', 'US');  -- op 2094 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,6), prop.id('sku',9,0));  -- op 2095 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-09-20 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,21)]);  -- op 2096 soft_delete: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,43), 'user43@tenant1.example', 'RU');  -- op 2097 create_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,24), 'RU'), (prop.id('u',2,28), 'CN'), (prop.id('u',2,4), 'RU'), (prop.id('u',2,18), 'US'), (prop.id('u',2,2), NULL), (prop.id('u',2,27), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 2098 set_location_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,24));  -- op 2099 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-09-20 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,21)]);  -- op 2100 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,26);  -- op 2101 set_location: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,39);  -- op 2102 account_enabled: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,44), 'user44@tenant1.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,44) FROM unnest(ARRAY[prop.id('g',1,16), prop.id('g',1,11)]) AS g;
COMMIT;  -- op 2103 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,17) AND member_id = prop.id('u',3,36);  -- op 2104 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',2,0));  -- op 2105 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,10);  -- op 2106 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,28);  -- op 2107 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,4);  -- op 2108 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 2109 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,8);  -- op 2110 group_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,2));  -- op 2111 reprocess_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 2112 swap: refused license_user_active
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,12), 'Group 12');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,12), m FROM unnest(ARRAY[prop.id('u',2,12), prop.id('u',2,6)]) AS m;
COMMIT;  -- op 2113 group_create: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,13), 'Group 13');  -- op 2114 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-05-15 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 2115 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,14), prop.id('g',1,11), prop.id('g',1,10)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,43), prop.id('u',1,14), prop.id('u',1,30)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2116 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,28), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2117 assign_user: refused license_usage_location_allowed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,8), prop.id('u',3,36), prop.id('u',3,20), prop.id('u',3,28), prop.id('u',3,30), prop.id('u',3,29), prop.id('u',3,38), prop.id('u',3,37), prop.id('u',3,11)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2118 bulk_assign: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,5), prop.id('u',1,30), prop.id('u',1,42), prop.id('u',1,11), prop.id('u',1,44), prop.id('u',1,32), prop.id('u',1,10), prop.id('u',1,18), prop.id('u',1,37), prop.id('u',1,36)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2119 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11) AND member_id = prop.id('u',2,18);  -- op 2120 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,24), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2121 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',1,0));  -- op 2122 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,27), prop.id('u',2,25)]);  -- op 2123 restore: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,16), prop.id('g',1,17), '2030-07-31 11:00:00+00');  -- op 2124 add_member: refused group_membership_acyclic
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,22);  -- op 2125 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,12));  -- op 2126 add_member: refused group_members_pkey
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,11), prop.id('u',2,28)), (prop.id('g',2,11), prop.id('u',2,26)), (prop.id('g',2,6), prop.id('u',2,12)), (prop.id('g',2,6), prop.id('u',2,15)), (prop.id('g',2,6), prop.id('u',2,4)), (prop.id('g',2,12), prop.id('u',2,12)), (prop.id('g',2,9), prop.id('u',2,25)), (prop.id('g',2,9), prop.id('u',2,22)));  -- op 2127 remove_members_bulk: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,11);  -- op 2128 group_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-09-24 03:00:00+00');  -- op 2129 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2130 assign_user: refused license_user_active
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,43), 'user43@tenant3.example', 'DE');  -- op 2131 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,13), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0)]);  -- op 2132 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,27);  -- op 2133 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,13), prop.id('g',2,9)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,1), prop.id('u',2,18), prop.id('u',2,24), prop.id('u',2,28)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2134 add_members_bulk: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,30));  -- op 2135 reprocess_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,32), prop.id('sku',9,0), 1, 'enabled', '2030-11-11 00:00:00+00');  -- op 2136 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,15)]);  -- op 2137 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',1,0));  -- op 2138 remove_user: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,22);  -- op 2139 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 2140 sub_status: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,18), 'Group 18');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,18), m FROM unnest(ARRAY[prop.id('u',1,3), prop.id('u',1,28), prop.id('u',1,35), prop.id('u',1,4), prop.id('u',1,37)]) AS m;
COMMIT;  -- op 2141 group_create: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,43);  -- op 2142 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,12), prop.id('u',2,4));  -- op 2143 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,14), prop.id('g',1,13));  -- op 2144 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2145 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,26), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2146 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,10) AND member_id = prop.id('u',1,9);  -- op 2147 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,13), prop.id('u',2,24)), (prop.id('g',2,6), prop.id('u',2,21)), (prop.id('g',2,6), prop.id('u',2,24)), (prop.id('g',2,9), prop.id('u',2,15)), (prop.id('g',2,9), prop.id('u',2,18)), (prop.id('g',2,9), prop.id('u',2,8)));  -- op 2148 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,20), prop.id('sku',8,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0), prop.id('sp',6,0)]);
COMMIT;  -- op 2149 swap: refused license_disabled_plan_in_product
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,5);  -- op 2150 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('u',1,40);  -- op 2151 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);
COMMIT;  -- op 2152 swap: refused license_user_active
SELECT license_mgmt.reprocess_group(prop.id('g',2,6));  -- op 2153 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0), prop.id('sp',2,0)]);  -- op 2154 assign_user: refused license_disabled_plan_in_product
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,7), m FROM unnest(ARRAY[prop.id('u',3,27), prop.id('u',3,40), prop.id('u',3,43), prop.id('u',3,11), prop.id('u',3,35), prop.id('u',3,25)]) AS m ON CONFLICT DO NOTHING;  -- op 2155 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,43), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2156 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,12), 'FR'), (prop.id('u',2,5), 'US'), (prop.id('u',2,20), 'FR'), (prop.id('u',2,1), 'FR'), (prop.id('u',2,24), 'DE'), (prop.id('u',2,21), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 2157 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,32), prop.id('sku',1,0));  -- op 2158 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,14), 'Group 14');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,14), m FROM unnest(ARRAY[prop.id('u',2,27), prop.id('u',2,4), prop.id('u',2,22)]) AS m;
COMMIT;  -- op 2159 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,24), prop.id('sku',4,0));  -- op 2160 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,14), prop.id('u',2,4)), (prop.id('g',2,6), prop.id('u',2,2)), (prop.id('g',2,12), prop.id('u',2,6)), (prop.id('g',2,9), prop.id('u',2,21)), (prop.id('g',2,9), prop.id('u',2,2)), (prop.id('g',2,9), prop.id('u',2,27)), (prop.id('g',2,9), prop.id('u',2,5)));  -- op 2161 remove_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,27), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',10,0)]);  -- op 2162 assign_user: refused license_seat_limit
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,2));  -- op 2163 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,9));  -- op 2164 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,5);  -- op 2165 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,12), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2166 assign_group: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,15), 'US'), (prop.id('u',3,25), 'US'), (prop.id('u',3,26), 'DE'), (prop.id('u',3,3), 'FR'), (prop.id('u',3,28), 'CN'), (prop.id('u',3,33), 'DE'), (prop.id('u',3,30), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2167 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,26), prop.id('u',2,20), prop.id('u',2,1), prop.id('u',2,22), prop.id('u',2,24)], prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 2168 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,26);  -- op 2169 account_enabled: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,24), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2170 assign_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,44), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 2171 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,21), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2172 assign_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13);  -- op 2173 group_delete: refused group_has_licenses
SELECT license_mgmt.reprocess_group(prop.id('g',2,13));  -- op 2174 reprocess_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12);  -- op 2175 group_delete: refused group_has_licenses
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 2176 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,8);  -- op 2177 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,6), 'FR'), (prop.id('u',2,15), NULL), (prop.id('u',2,26), 'FR'), (prop.id('u',2,12), 'DE'), (prop.id('u',2,2), 'US'), (prop.id('u',2,27), 'CN'), (prop.id('u',2,20), 'US'), (prop.id('u',2,24), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 2178 set_location_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',10,0)]);
COMMIT;  -- op 2179 swap: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2180 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,23), prop.id('u',1,42), prop.id('u',1,12)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 2181 bulk_assign: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,37);  -- op 2182 set_location: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,29), 'user29@tenant2.example', 'US');  -- op 2183 create_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,12), prop.id('sku',2,0));  -- op 2184 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,12), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2185 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',2,0));  -- op 2186 remove_group: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,15)]);  -- op 2187 restore: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,31);  -- op 2188 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,13) AND member_id = prop.id('u',2,28);  -- op 2189 remove_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,20), prop.id('u',3,3), prop.id('u',3,29), prop.id('u',3,16), prop.id('u',3,26), prop.id('u',3,31), prop.id('u',3,33)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2190 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,45), 'user45@tenant1.example', 'CN');  -- op 2191 create_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,36));  -- op 2192 reprocess_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,10), prop.id('sku',2,0));  -- op 2193 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,14), prop.id('g',2,9));  -- op 2194 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,13), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2195 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',1,36), prop.id('sku',1,0));  -- op 2196 remove_user: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,4));  -- op 2197 reprocess_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,30), 'user30@tenant2.example', 'FR');  -- op 2198 create_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-02 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,29)]);  -- op 2199 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,5), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2200 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,9), prop.id('sku',6,0));  -- op 2201 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,17), prop.id('u',3,30), '2030-09-29 23:00:00+00');  -- op 2202 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,31), 'user31@tenant2.example', 'CN');  -- op 2203 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,29), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2204 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0)]);  -- op 2205 assign_group: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-03 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9)]);  -- op 2206 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,21);  -- op 2207 sub_seats: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,29);  -- op 2208 sub_status: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,27);  -- op 2209 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,10), prop.id('u',3,29), prop.id('u',3,21), prop.id('u',3,33), prop.id('u',3,41)]) AS m ON CONFLICT DO NOTHING;  -- op 2210 add_members_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,25), 'Group 25');  -- op 2211 group_create: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,28), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2212 assign_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',1,0);  -- op 2213 sub_bulk: ok
UPDATE license_mgmt.tenants SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0);  -- op 2214 tenant_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,35)]);  -- op 2215 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 2216 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,20), prop.id('u',2,28), prop.id('u',2,24), prop.id('u',2,26), prop.id('u',2,15), prop.id('u',2,6)], prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',10,0)]);  -- op 2217 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,35);  -- op 2218 set_location: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,19), 'Group 19');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,19), m FROM unnest(ARRAY[prop.id('u',1,27)]) AS m;
COMMIT;  -- op 2219 group_create: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,15), 'Group 15');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,15), m FROM unnest(ARRAY[prop.id('u',2,25), prop.id('u',2,2), prop.id('u',2,27), prop.id('u',2,21)]) AS m;
COMMIT;  -- op 2220 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',3,0));  -- op 2221 remove_group: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,20);  -- op 2222 sub_status: ok
SELECT license_mgmt.advance_subscriptions('2030-10-05 21:00:00+00');  -- op 2223 advance: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,26);  -- op 2224 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,19), prop.id('u',1,38), '2030-08-01 22:00:00+00');  -- op 2225 add_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,17);  -- op 2226 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',5,0)]);  -- op 2227 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,39);  -- op 2228 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,9), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2229 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',2,0));  -- op 2230 remove_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 2231 swap: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,11));  -- op 2232 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,8)]);  -- op 2233 restore: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9), prop.id('u',3,37)]);  -- op 2234 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2235 assign_group: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,6);  -- op 2236 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,21), prop.id('sku',1,0));  -- op 2237 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,44), prop.id('sku',7,0));  -- op 2238 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,18), m FROM unnest(ARRAY[prop.id('u',1,18), prop.id('u',1,7), prop.id('u',1,1), prop.id('u',1,36), prop.id('u',1,38), prop.id('u',1,40), prop.id('u',1,44), prop.id('u',1,23), prop.id('u',1,17)]) AS m ON CONFLICT DO NOTHING;  -- op 2239 add_members_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,11));  -- op 2240 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,20) AND member_id = prop.id('u',3,25);  -- op 2241 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',1,0));  -- op 2242 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',3,0), prop.id('sp',1,0), prop.id('sp',4,0)]);  -- op 2243 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,35), '2030-07-23 01:00:00+00');  -- op 2244 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',2,0));  -- op 2245 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-08 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,17)]);  -- op 2246 soft_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,10), prop.id('sku',7,0));  -- op 2247 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,15), prop.id('sku',6,0));  -- op 2248 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,22);  -- op 2249 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7);  -- op 2250 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,28)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2251 bulk_assign: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-10-09 12:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,21), prop.id('u',2,8)]);  -- op 2252 restore: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,9));  -- op 2253 reprocess_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,23), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,23), prop.id('sku',7,0), '{}'::uuid[]);
COMMIT;  -- op 2254 swap: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,13), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2255 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-10-10 00:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,31)]);  -- op 2256 soft_delete: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,20);  -- op 2257 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',8,0));  -- op 2258 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,23);  -- op 2259 group_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,13), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2260 assign_group: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2261 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,5);  -- op 2262 sub_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',4,0));  -- op 2263 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2030-10-11 00:00:00+00');  -- op 2264 advance: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-06-05 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,24);  -- op 2265 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,40);  -- op 2266 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7) AND member_id = prop.id('u',3,35);  -- op 2267 remove_member: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2268 swap: refused license_user_active
SELECT license_mgmt.reprocess_user(prop.id('u',1,36));  -- op 2269 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,20), prop.id('u',3,5), prop.id('u',3,10), prop.id('u',3,28), prop.id('u',3,8), prop.id('u',3,36), prop.id('u',3,9), prop.id('u',3,29), prop.id('u',3,3), prop.id('u',3,41)]) AS m ON CONFLICT DO NOTHING;  -- op 2270 add_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,44), 'user44@tenant3.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,44) FROM unnest(ARRAY[prop.id('g',3,25)]) AS g;
COMMIT;  -- op 2271 create_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,19), prop.id('u',1,32), prop.id('u',1,39), prop.id('u',1,20), prop.id('u',1,35), prop.id('u',1,45), prop.id('u',1,37), prop.id('u',1,38), prop.id('u',1,41), prop.id('u',1,7), prop.id('ghost',2272,0)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 2272 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,28), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2273 assign_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,25), prop.id('sku',4,0));  -- op 2274 remove_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,33)]);  -- op 2275 restore: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,13);  -- op 2276 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,42), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2277 assign_user: refused license_seat_limit
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,20));  -- op 2278 add_member: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,1);  -- op 2279 account_enabled: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',3,0));  -- op 2280 remove_user: refused license_assignment_exists
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,32), 'user32@tenant2.example', 'RU');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,32) FROM unnest(ARRAY[prop.id('g',2,14)]) AS g;
COMMIT;  -- op 2281 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,34), prop.id('sku',3,0));  -- op 2282 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,46), 'user46@tenant1.example', NULL);  -- op 2283 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,13), prop.id('u',3,11));  -- op 2284 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,11);  -- op 2285 sub_status: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,29)], prop.id('sku',8,0), '{}'::uuid[]);  -- op 2286 bulk_assign: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,33);  -- op 2287 remove_member: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2288 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,28), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2289 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2290 assign_user: refused license_user_active
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 2291 account_enabled: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,9), prop.id('sku',9,0));  -- op 2292 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,15), prop.id('sku',2,0));  -- op 2293 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,31);  -- op 2294 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-10-14 21:00:00+00');  -- op 2295 advance: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,45), 'user45@tenant3.example', 'FR');  -- op 2296 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,35), prop.id('sku',3,0), 2, 'suspended', '2030-12-09 03:00:00+00');  -- op 2297 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,25), prop.id('u',3,45));  -- op 2298 add_member: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,20)]);  -- op 2299 restore: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2300 assign_group: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,6), prop.id('u',1,24), prop.id('u',1,25), prop.id('u',1,46), prop.id('u',1,3), prop.id('u',1,5), prop.id('u',1,28)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2301 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,8), prop.id('sku',3,0));  -- op 2302 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,13), prop.id('g',3,24), prop.id('g',3,7)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,10), prop.id('u',3,20), prop.id('u',3,42), prop.id('u',3,31), prop.id('u',3,41), prop.id('u',3,44)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2303 add_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,46), 'user46@tenant3.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,46) FROM unnest(ARRAY[prop.id('g',3,11)]) AS g;
COMMIT;  -- op 2304 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,5), prop.id('u',3,36), prop.id('u',3,18), prop.id('u',3,1), prop.id('u',3,46), prop.id('u',3,39), prop.id('u',3,21), prop.id('u',3,40), prop.id('u',3,37)]) AS m ON CONFLICT DO NOTHING;  -- op 2305 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,42);  -- op 2306 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',7,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2307 swap: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2308 tenant_nesting: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,33), 'CN'), (prop.id('u',3,34), 'US'), (prop.id('u',3,3), 'DE'), (prop.id('u',3,1), 'RU'), (prop.id('u',3,21), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2309 set_location_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,5));  -- op 2310 reprocess_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,7);  -- op 2311 sub_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',4,0));  -- op 2312 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,1), prop.id('sku',7,0));  -- op 2313 remove_user: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',1,0));  -- op 2314 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14) AND member_id = prop.id('u',2,32);  -- op 2315 remove_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-17 12:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2)]);  -- op 2316 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,25), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2317 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,14), prop.id('u',2,27)), (prop.id('g',2,14), prop.id('g',2,9)), (prop.id('g',2,6), prop.id('u',2,1)), (prop.id('g',2,6), prop.id('u',2,2)), (prop.id('g',2,15), prop.id('u',2,21)), (prop.id('g',2,15), prop.id('u',2,27)), (prop.id('g',2,12), prop.id('u',2,4)), (prop.id('g',2,9), prop.id('u',2,1)), (prop.id('g',2,9), prop.id('u',2,4)));  -- op 2318 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,20), prop.id('u',3,34)), (prop.id('g',3,7), prop.id('g',3,20)), (prop.id('g',3,7), prop.id('u',3,11)), (prop.id('g',3,7), prop.id('u',3,20)), (prop.id('g',3,7), prop.id('u',3,10)), (prop.id('g',3,7), prop.id('u',3,25)), (prop.id('g',3,7), prop.id('u',3,31)), (prop.id('g',3,13), prop.id('u',3,40)), (prop.id('g',3,13), prop.id('u',3,20)), (prop.id('g',3,13), prop.id('u',3,41)), (prop.id('g',3,13), prop.id('u',3,10)), (prop.id('g',3,13), prop.id('u',3,42)), (prop.id('g',3,13), prop.id('u',3,9)), (prop.id('g',3,13), prop.id('u',3,44)));  -- op 2319 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,18), prop.id('u',1,35)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 2320 bulk_assign: refused
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2321 assign_group: ok
SELECT license_mgmt.advance_subscriptions('2030-10-18 06:00:00+00');  -- op 2322 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,7), prop.id('u',3,41)), (prop.id('g',3,7), prop.id('u',3,42)), (prop.id('g',3,13), prop.id('u',3,11)), (prop.id('g',3,13), prop.id('u',3,21)), (prop.id('g',3,13), prop.id('u',3,1)), (prop.id('g',3,24), prop.id('u',3,42)), (prop.id('g',3,24), prop.id('u',3,31)));  -- op 2323 remove_members_bulk: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,5)]);  -- op 2324 hard_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,24);  -- op 2325 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,21), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2326 assign_user: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,19);  -- op 2327 sub_status: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2328 assign_user: refused license_usage_location_required
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11);  -- op 2329 group_delete: refused group_has_licenses
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,31);  -- op 2330 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,27), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0), prop.id('sp',8,0), prop.id('sp',4,0), prop.id('sp',3,0)]);  -- op 2331 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,43), '2030-09-01 02:00:00+00');  -- op 2332 add_member: refused group_members_pkey
SELECT license_mgmt.assign_user_license(prop.id('u',2,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2333 assign_user: refused license_service_plan_dependency
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('g',3,25));  -- op 2334 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,12), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2335 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('ghost',2336,0), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',8,0)]);  -- op 2336 assign_user: refused license_user_exists
SELECT license_mgmt.advance_subscriptions('2030-10-20 03:00:00+00');  -- op 2337 advance: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,33), 'user33@tenant2.example', 'DE');  -- op 2338 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,19);  -- op 2339 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-09-07 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,18);  -- op 2340 sub_renew: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,2), prop.id('u',2,4)]);  -- op 2341 restore: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13);  -- op 2342 group_delete: refused group_has_licenses
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,15), prop.id('g',1,5), '2030-09-13 10:00:00+00');  -- op 2343 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',8,0));  -- op 2344 remove_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,34), 'user34@tenant2.example', 'RU');  -- op 2345 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,25), prop.id('u',3,36));  -- op 2346 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,25), prop.id('u',3,42));  -- op 2347 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,37);  -- op 2348 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,34), prop.id('sku',2,0));  -- op 2349 remove_user: refused license_assignment_exists
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,26), 'Group 26');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,26), m FROM unnest(ARRAY[prop.id('u',3,30), prop.id('u',3,37), prop.id('u',3,41), prop.id('u',3,34)]) AS m;
COMMIT;  -- op 2350 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-10-01 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,19);  -- op 2351 sub_renew: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,34), prop.id('u',3,8), prop.id('u',3,16), prop.id('u',3,26), prop.id('u',3,43), prop.id('u',3,12), prop.id('u',3,35), prop.id('u',3,42), prop.id('u',3,27), prop.id('u',3,25)], prop.id('sku',1,0), ARRAY[prop.id('sp',2,0), prop.id('sp',10,0), prop.id('sp',9,0)]);  -- op 2352 bulk_assign: refused license_disabled_plan_in_product
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 2353 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('u',1,3));  -- op 2354 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('u',2,22));  -- op 2355 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,26);  -- op 2356 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,25), prop.id('sku',7,0));  -- op 2357 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2358 assign_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,24), prop.id('sku',7,0));  -- op 2359 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2360 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,18));  -- op 2361 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2362 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,33), prop.id('sku',1,0), 2, 'deleted', '2031-02-18 09:00:00+00');  -- op 2363 sub_add: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,19), prop.id('sku',3,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,19), prop.id('sku',4,0), '{}'::uuid[]);
COMMIT;  -- op 2364 swap: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2365 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,31), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2366 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,25)]);  -- op 2367 hard_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,20), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2368 assign_user: refused license_product_subscribed
SELECT license_mgmt.advance_subscriptions('2030-10-24 03:00:00+00');  -- op 2369 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14) AND member_id = prop.id('u',2,22);  -- op 2370 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,17), prop.id('sku',1,0));  -- op 2371 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',1,0));  -- op 2372 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND member_id = prop.id('u',3,18);  -- op 2373 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,15), m FROM unnest(ARRAY[prop.id('u',2,20), prop.id('u',2,22), prop.id('u',2,15), prop.id('u',2,31), prop.id('u',2,24), prop.id('u',2,2), prop.id('u',2,12)]) AS m ON CONFLICT DO NOTHING;  -- op 2374 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,31), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2375 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,24);  -- op 2376 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-02-02 03:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,14);  -- op 2377 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,33), prop.id('sku',2,0));  -- op 2378 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,19) AND member_id = prop.id('u',1,27);  -- op 2379 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,20), prop.id('sku',5,0));  -- op 2380 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,1);  -- op 2381 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,21), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2382 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,19), prop.id('g',1,19));  -- op 2383 add_member: refused group_members_not_self
UPDATE license_mgmt.users SET deleted_at = '2030-10-26 00:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,20)]);  -- op 2384 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,9), prop.id('u',2,31), '2030-09-24 05:00:00+00');  -- op 2385 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,15), prop.id('sku',9,0));  -- op 2386 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,10), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2387 assign_user: refused license_user_active
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,21);  -- op 2388 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14);  -- op 2389 remove_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,16), 'Group 16');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,16), m FROM unnest(ARRAY[prop.id('u',2,18), prop.id('u',2,4), prop.id('u',2,21)]) AS m;
COMMIT;  -- op 2390 group_create: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 2391 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,20), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2392 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,17), m FROM unnest(ARRAY[prop.id('u',1,31), prop.id('u',1,1), prop.id('u',1,17), prop.id('u',1,42), prop.id('u',1,38), prop.id('u',1,3), prop.id('u',1,11), prop.id('u',1,32), prop.id('u',1,46), prop.id('u',1,18), prop.id('u',1,12)]) AS m ON CONFLICT DO NOTHING;  -- op 2393 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,16), prop.id('u',1,1));  -- op 2394 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-10-27 09:00:00+00');  -- op 2395 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2396 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',1,31), prop.id('sku',2,0));  -- op 2397 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-10-27 18:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1), prop.id('u',3,28)]);  -- op 2398 restore: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,36), prop.id('sku',8,0), 2, 'suspended', '2031-01-12 21:00:00+00');  -- op 2399 sub_add: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,9);  -- op 2400 group_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,40), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2401 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',3,11), prop.id('sku',1,0));  -- op 2402 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,33), prop.id('sku',1,0));  -- op 2403 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,33), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',5,0)]);  -- op 2404 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2405 assign_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',1,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 2406 swap: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-03-09 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,6);  -- op 2407 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14) AND member_id = prop.id('u',1,32);  -- op 2408 remove_member: ok
SELECT license_mgmt.advance_subscriptions('2030-10-29 03:00:00+00');  -- op 2409 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,38), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 2410 assign_user: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',3,27), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2411 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,16)], prop.id('sku',7,0), ARRAY[prop.id('sp',9,0), prop.id('sp',5,0)]);  -- op 2412 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,10), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2413 assign_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,21), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2414 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-10-29 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,25), prop.id('u',1,34)]);  -- op 2415 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,7), prop.id('u',3,11));  -- op 2416 add_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,17), prop.id('sku',9,0));  -- op 2417 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,26);  -- op 2418 sub_delete: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-30 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,12)]);  -- op 2419 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,3), prop.id('u',3,20), prop.id('u',3,35), prop.id('u',3,8), prop.id('u',3,38), prop.id('u',3,31), prop.id('u',3,10), prop.id('u',3,42), prop.id('u',3,41)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2420 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,26), prop.id('sku',7,0));  -- op 2421 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',3,16), prop.id('sku',2,0));  -- op 2422 remove_user: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,44), 'FR'), (prop.id('u',1,39), 'DE'), (prop.id('u',1,3), 'FR'), (prop.id('u',1,28), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 2423 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,24);  -- op 2424 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,16), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2425 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',3,0), prop.id('g',3,24), prop.id('u',3,5), '2030-08-22 06:00:00+00');  -- op 2426 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,14), prop.id('sku',1,0), ARRAY[prop.id('sp',3,0), prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 2427 assign_group: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,7), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2428 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 2 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,9);  -- op 2429 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,14);  -- op 2430 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-10-31 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,26)]);  -- op 2431 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,14), prop.id('g',1,19));  -- op 2432 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,35);  -- op 2433 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = 8 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 2434 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,7), prop.id('sku',3,0));  -- op 2435 remove_group: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,30), NULL), (prop.id('u',3,43), NULL), (prop.id('u',3,34), 'US'), (prop.id('u',3,44), 'DE'), (prop.id('u',3,31), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2436 set_location_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,36), prop.id('u',3,39), prop.id('u',3,5), prop.id('u',3,37), prop.id('u',3,38), prop.id('u',3,20)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2437 bulk_assign: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,46)]);  -- op 2438 hard_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',3,42));  -- op 2439 reprocess_user: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 2440 account_enabled: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,21), prop.id('sku',7,0));  -- op 2441 remove_group: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,19)]);  -- op 2442 hard_delete: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,47), 'user47@tenant1.example', 'DE');  -- op 2443 create_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,44);  -- op 2444 set_location: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,27), 'Group 27');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,27), m FROM unnest(ARRAY[prop.id('u',3,1), prop.id('u',3,26), prop.id('u',3,10), prop.id('u',3,29)]) AS m;
COMMIT;  -- op 2445 group_create: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,7);  -- op 2446 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,17) AND member_id = prop.id('u',1,3);  -- op 2447 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,8), '2030-10-16 23:00:00+00');  -- op 2448 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,15), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2449 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,35), 'user35@tenant2.example', NULL);  -- op 2450 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,12);  -- op 2451 remove_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,26));  -- op 2452 reprocess_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0)]);  -- op 2453 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,20), prop.id('sku',8,0));  -- op 2454 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,47), 'user47@tenant3.example', 'FR');  -- op 2455 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,12), prop.id('sku',9,0));  -- op 2456 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,32);  -- op 2457 sub_seats: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,20) AND member_id = prop.id('u',3,21);  -- op 2458 remove_member: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,27);  -- op 2459 sub_delete: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,24);  -- op 2460 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,22);  -- op 2461 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,20);  -- op 2462 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2463 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,5), prop.id('u',1,11), '2030-08-16 13:00:00+00');  -- op 2464 add_member: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',1,0);  -- op 2465 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,7), m FROM unnest(ARRAY[prop.id('u',1,35), prop.id('u',1,6), prop.id('u',1,34), prop.id('u',1,25), prop.id('u',1,11), prop.id('u',1,28), prop.id('u',1,12), prop.id('u',1,43), prop.id('u',1,18), prop.id('u',1,32), prop.id('u',1,47)]) AS m ON CONFLICT DO NOTHING;  -- op 2466 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-05 09:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,45)]);  -- op 2467 soft_delete: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2468 assign_group: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,11);  -- op 2469 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,25), prop.id('u',3,29));  -- op 2470 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-05 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,37)]);  -- op 2471 soft_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,14);  -- op 2472 group_delete: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2473 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',1,0));  -- op 2474 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,17), prop.id('sku',1,0));  -- op 2475 remove_user: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,23)]);  -- op 2476 hard_delete: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,35);  -- op 2477 sub_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,31);  -- op 2478 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,34), 'DE'), (prop.id('u',3,5), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2479 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 2480 sub_seats: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,39), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2481 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,11), prop.id('g',3,21), prop.id('g',3,24)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,11), prop.id('u',3,9), prop.id('u',3,36), prop.id('u',3,21)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2482 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,24), '2030-10-20 11:00:00+00');  -- op 2483 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,36);  -- op 2484 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,4), prop.id('g',1,18));  -- op 2485 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-11-07 18:00:00+00');  -- op 2486 advance: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,27), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0)]);  -- op 2487 assign_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,48), 'user48@tenant3.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,48) FROM unnest(ARRAY[prop.id('g',3,27)]) AS g;
COMMIT;  -- op 2488 create_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,10), prop.id('sku',6,0));  -- op 2489 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,15), prop.id('sku',5,0));  -- op 2490 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,41);  -- op 2491 set_location: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,16), prop.id('sku',2,0));  -- op 2492 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,16), prop.id('u',1,43));  -- op 2493 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,41), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 2494 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = '2030-11-08 21:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,38)]);  -- op 2495 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,29));  -- op 2496 add_member: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-09 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,47)]);  -- op 2497 soft_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('g',2,6);  -- op 2498 remove_members_bulk: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,17), 'Group 17');  -- op 2499 group_create: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,47), prop.id('u',3,28), prop.id('u',3,10)]);  -- op 2500 restore: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,40), prop.id('sku',5,0));  -- op 2501 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-05-14 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,28);  -- op 2502 sub_renew: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2503 assign_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2504 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,45)]);  -- op 2505 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,15), prop.id('sku',8,0));  -- op 2506 remove_group: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,25);  -- op 2507 sub_seats: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,28);  -- op 2508 set_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2509 tenant_nesting: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,41), prop.id('u',3,15), prop.id('u',3,38), prop.id('u',3,3), prop.id('u',3,1), prop.id('u',3,43), prop.id('u',3,10), prop.id('u',3,9)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 2510 bulk_assign: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',2,0), prop.id('g',2,12), prop.id('u',2,15), '2030-10-21 16:00:00+00');  -- op 2511 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,25);  -- op 2512 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,18);  -- op 2513 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,16), prop.id('g',2,15)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,12), prop.id('u',2,34)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2514 add_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,26), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2515 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,13);  -- op 2516 sub_seats: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-11 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,21)]);  -- op 2517 soft_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,37), prop.id('sku',7,0), 5, 'enabled', '2031-03-27 18:00:00+00');  -- op 2518 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,13), prop.id('g',1,15), '2030-10-20 04:00:00+00');  -- op 2519 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 2520 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,9), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2521 assign_user: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-07-11 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,8);  -- op 2522 sub_renew: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,36), 'user36@tenant2.example', 'CN');  -- op 2523 create_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,37), 'user37@tenant2.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,37) FROM unnest(ARRAY[prop.id('g',2,6), prop.id('g',2,16)]) AS g;
COMMIT;  -- op 2524 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,19);  -- op 2525 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,27), prop.id('sku',2,0), ARRAY[prop.id('sp',1,0)]);  -- op 2526 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,26), prop.id('u',3,28));  -- op 2527 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,7), prop.id('sku',2,0), ARRAY[prop.id('sp',8,0), prop.id('sp',4,0), prop.id('sp',3,0)]);  -- op 2528 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,38), prop.id('u',3,26), prop.id('u',3,28), prop.id('u',3,36), prop.id('u',3,33), prop.id('u',3,1)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 2529 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,38), prop.id('sku',9,0), 0, 'enabled', '2031-01-23 06:00:00+00');  -- op 2530 sub_add: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,11), prop.id('u',3,46)), (prop.id('g',3,11), prop.id('u',3,21)), (prop.id('g',3,11), prop.id('u',3,36)), (prop.id('g',3,11), prop.id('u',3,9)), (prop.id('g',3,11), prop.id('u',3,39)), (prop.id('g',3,24), prop.id('u',3,11)), (prop.id('g',3,24), prop.id('u',3,5)), (prop.id('g',3,26), prop.id('u',3,28)), (prop.id('g',3,26), prop.id('u',3,41)), (prop.id('g',3,26), prop.id('u',3,30)), (prop.id('g',3,27), prop.id('u',3,10)), (prop.id('g',3,27), prop.id('u',3,48)));  -- op 2531 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('u',2,6));  -- op 2532 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',5,0));  -- op 2533 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,37), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,37), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2534 swap: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2535 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',3,18), prop.id('sku',9,0));  -- op 2536 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,34);  -- op 2537 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 2538 assign_group: refused license_product_subscribed
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,48), 'user48@tenant1.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,48) FROM unnest(ARRAY[prop.id('g',1,11)]) AS g;
COMMIT;  -- op 2539 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,20), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2540 assign_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,31), prop.id('u',2,2), prop.id('u',2,28)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 2541 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,26);  -- op 2542 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-04-09 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,15);  -- op 2543 sub_renew: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 0) WHERE tenant_id = prop.id('t',2,0);  -- op 2544 sub_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,17), prop.id('g',1,14));  -- op 2545 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,29);  -- op 2546 sub_status: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-04-10 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,10);  -- op 2547 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',1,0));  -- op 2548 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -2) WHERE tenant_id = prop.id('t',1,0);  -- op 2549 sub_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,9);  -- op 2550 sub_status: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,35)]);  -- op 2551 hard_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 2552 assign_user: refused license_user_active
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2553 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,8));  -- op 2554 add_member: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 2555 set_location: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',3,0));  -- op 2556 remove_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,27), prop.id('sku',3,0), 4, 'enabled', '2030-11-30 15:00:00+00');  -- op 2557 sub_add: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,2), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',3,0), prop.id('sp',1,0)]);  -- op 2558 assign_user: refused license_product_subscribed
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2559 tenant_nesting: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,8), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2560 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,6);  -- op 2561 remove_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,28), prop.id('sku',3,0), 3, 'enabled', '2031-05-19 06:00:00+00');  -- op 2562 sub_add: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2563 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',8,0));  -- op 2564 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',3,47), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2565 assign_user: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',2,37), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2566 assign_user: refused license_usage_location_required
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2567 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.remove_user_license(prop.id('u',2,8), prop.id('sku',7,0));  -- op 2568 remove_user: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,3);  -- op 2569 sub_status: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,36)]);  -- op 2570 hard_delete: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,36);  -- op 2571 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,24)), (prop.id('g',2,16), prop.id('u',2,4)), (prop.id('g',2,16), prop.id('u',2,8)));  -- op 2572 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,12), prop.id('u',3,20), prop.id('u',3,9), prop.id('u',3,18), prop.id('u',3,29), prop.id('u',3,44), prop.id('u',3,3)], prop.id('sku',3,0), '{}'::uuid[]);  -- op 2573 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2574 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',3,41), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 2575 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,6);  -- op 2576 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,17) AND member_id = prop.id('u',1,42);  -- op 2577 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,15);  -- op 2578 sub_status: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,10)]);  -- op 2579 hard_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,11), prop.id('sku',2,0));  -- op 2580 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,1), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2581 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,25) AND member_id = prop.id('u',3,36);  -- op 2582 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,35), prop.id('sku',1,0));  -- op 2583 remove_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,22)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 2584 bulk_assign: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,20), prop.id('sku',4,0));  -- op 2585 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,36);  -- op 2586 remove_member: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 2587 group_delete: refused group_has_licenses
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-08-27 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,32);  -- op 2588 sub_renew: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,34), prop.id('sku',4,0), 1, 'enabled', '2031-01-05 15:00:00+00');  -- op 2589 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-20 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,33)]);  -- op 2590 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,30)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2591 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,27), prop.id('u',3,3));  -- op 2592 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,29), prop.id('sku',3,0), 2, 'enabled', '2030-12-05 03:00:00+00');  -- op 2593 sub_add: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',2,12), 'US'), (prop.id('u',2,8), 'CN'), (prop.id('u',2,31), 'DE'), (prop.id('u',2,24), 'CN'), (prop.id('u',2,20), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',2,0) AND u.user_id = v.id;  -- op 2594 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,25) AND member_id = prop.id('u',3,29);  -- op 2595 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,20), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2596 assign_user: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 2597 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-21 18:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12)]);  -- op 2598 soft_delete: ok
SELECT license_mgmt.advance_subscriptions('2030-11-21 21:00:00+00');  -- op 2599 advance: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,25));  -- op 2600 reprocess_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,12);  -- op 2601 group_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, m FROM unnest(ARRAY[prop.id('g',3,27), prop.id('g',3,24)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',3,15), prop.id('u',3,8), prop.id('u',3,29), prop.id('u',3,28), prop.id('u',3,36), prop.id('u',3,38), prop.id('g',3,21)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2602 add_members_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',2,16));  -- op 2603 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,24), m FROM unnest(ARRAY[prop.id('u',3,35), prop.id('u',3,44), prop.id('u',3,18), prop.id('u',3,20), prop.id('u',3,29), prop.id('u',3,1), prop.id('u',3,36), prop.id('u',3,34), prop.id('u',3,3), prop.id('u',3,30), prop.id('u',3,37), prop.id('u',3,33)]) AS m ON CONFLICT DO NOTHING;  -- op 2604 add_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,37);  -- op 2605 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,17);  -- op 2606 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('u',2,28));  -- op 2607 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,17), prop.id('u',1,38)), (prop.id('g',1,17), prop.id('u',1,1)), (prop.id('g',1,17), prop.id('u',1,27)), (prop.id('g',1,17), prop.id('u',1,31)), (prop.id('g',1,11), prop.id('u',1,48)), (prop.id('g',1,11), prop.id('u',1,44)), (prop.id('g',1,18), prop.id('u',1,36)), (prop.id('g',1,18), prop.id('u',1,40)), (prop.id('g',1,18), prop.id('u',1,44)), (prop.id('g',1,10), prop.id('u',1,26)), (prop.id('g',1,10), prop.id('u',1,43)), (prop.id('g',1,6), prop.id('u',1,10)), (prop.id('g',1,6), prop.id('u',1,30)), (prop.id('g',1,14), prop.id('u',1,27)), (prop.id('g',1,14), prop.id('u',1,14)), (prop.id('g',1,4), prop.id('u',1,3)), (prop.id('g',1,5), prop.id('u',1,7)), (prop.id('g',1,5), prop.id('u',1,11)));  -- op 2608 remove_members_bulk: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,17), prop.id('sku',4,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 2609 swap: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2610 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,26), prop.id('u',3,31));  -- op 2611 add_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,27), prop.id('sku',1,0));  -- op 2612 remove_user: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,18);  -- op 2613 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,5), prop.id('sku',5,0));  -- op 2614 remove_user: refused license_assignment_exists
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,24)]);  -- op 2615 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,24));  -- op 2616 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,27), prop.id('u',3,3), prop.id('u',3,35), prop.id('u',3,16)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 2617 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('u',2,12));  -- op 2618 add_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2619 assign_user: refused license_seat_limit
SELECT license_mgmt.assign_user_license(prop.id('u',1,1), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2620 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 2) WHERE tenant_id = prop.id('t',2,0);  -- op 2621 sub_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,30), prop.id('sku',9,0), 6, 'enabled', '2031-01-06 18:00:00+00');  -- op 2622 sub_add: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,24), prop.id('sku',3,0));  -- op 2623 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2624 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,27));  -- op 2625 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,16), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2626 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,36), prop.id('sku',4,0));  -- op 2627 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,20), prop.id('sku',9,0));  -- op 2628 remove_user: refused license_assignment_exists
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,31), prop.id('sku',3,0), 4, 'enabled', '2031-05-14 15:00:00+00');  -- op 2629 sub_add: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-25 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,1)]);  -- op 2630 soft_delete: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,35), prop.id('sku',2,0), 2, 'enabled', '2031-05-01 21:00:00+00');  -- op 2631 sub_add: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,39), prop.id('u',3,44), prop.id('u',3,41), prop.id('u',3,27), prop.id('u',3,1), prop.id('u',3,33), prop.id('u',3,16), prop.id('u',3,29), prop.id('u',3,43), prop.id('u',3,5)]) AS m ON CONFLICT DO NOTHING;  -- op 2632 add_members_bulk: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-05-08 03:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,15);  -- op 2633 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,12);  -- op 2634 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2635 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,6), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0), prop.id('sp',5,0)]);  -- op 2636 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',2,28), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2637 assign_user: refused license_usage_location_required
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,49), 'user49@tenant3.example', 'US');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,49) FROM unnest(ARRAY[prop.id('g',3,25)]) AS g;
COMMIT;  -- op 2638 create_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,32), prop.id('sku',5,0), 4, 'warning', '2030-12-08 21:00:00+00');  -- op 2639 sub_add: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,31), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,31), prop.id('sku',3,0), '{}'::uuid[]);
COMMIT;  -- op 2640 swap: refused license_assignment_exists
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('u',1,5));  -- op 2641 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,8);  -- op 2642 set_location: ok
UPDATE license_mgmt.users SET deleted_at = '2030-11-27 09:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,28), prop.id('u',2,31), prop.id('u',2,15), prop.id('u',2,4)]);  -- op 2643 soft_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,4));  -- op 2644 reprocess_user: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-08-10 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,19);  -- op 2645 sub_renew: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',8,0), prop.id('sp',1,0)]);  -- op 2646 assign_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,22), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,22), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0), prop.id('sp',9,0)]);
COMMIT;  -- op 2647 swap: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',2,27), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2648 assign_user: refused license_seat_limit
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,26);  -- op 2649 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,11) AND member_id = prop.id('u',1,10);  -- op 2650 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,13), prop.id('u',3,28)), (prop.id('g',3,25), prop.id('u',3,45)), (prop.id('g',3,25), prop.id('u',3,49)), (prop.id('g',3,11), prop.id('u',3,29)), (prop.id('g',3,11), prop.id('u',3,16)), (prop.id('g',3,11), prop.id('u',3,41)), (prop.id('g',3,11), prop.id('u',3,44)), (prop.id('g',3,21), prop.id('u',3,21)), (prop.id('g',3,21), prop.id('u',3,36)), (prop.id('g',3,24), prop.id('u',3,3)), (prop.id('g',3,24), prop.id('u',3,15)), (prop.id('g',3,24), prop.id('u',3,20)), (prop.id('g',3,24), prop.id('u',3,18)), (prop.id('g',3,27), prop.id('u',3,3)), (prop.id('g',3,27), prop.id('u',3,38)), (prop.id('g',3,27), prop.id('g',3,21)));  -- op 2651 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,8), prop.id('u',2,33), prop.id('u',2,26), prop.id('u',2,12), prop.id('u',2,6), prop.id('u',2,31), prop.id('u',2,32)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 2652 bulk_assign: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,38), 'user38@tenant2.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,38) FROM unnest(ARRAY[prop.id('g',2,17), prop.id('g',2,15)]) AS g;
COMMIT;  -- op 2653 create_user: ok
UPDATE license_mgmt.subscriptions SET seats = 0 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,20);  -- op 2654 sub_seats: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2655 tenant_nesting: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,5), prop.id('sku',4,0));  -- op 2656 remove_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,25);  -- op 2657 group_delete: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2658 swap: refused license_seat_limit
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,20), 'Group 20');  -- op 2659 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,18), prop.id('u',1,38), prop.id('u',1,27), prop.id('u',1,34), prop.id('u',1,10)], prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2660 bulk_assign: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND member_id = prop.id('g',1,4);  -- op 2661 remove_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,1);  -- op 2662 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 1, next_lifecycle_at = '2031-10-27 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,30);  -- op 2663 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,18), prop.id('g',1,9));  -- op 2664 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,26);  -- op 2665 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,18) AND member_id = prop.id('g',1,9);  -- op 2666 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,2);  -- op 2667 sub_seats: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,6), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2668 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,34);  -- op 2669 account_enabled: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,16), m FROM unnest(ARRAY[prop.id('u',2,21), prop.id('u',2,12), prop.id('u',2,30), prop.id('u',2,37), prop.id('u',2,32), prop.id('u',2,27), prop.id('u',2,8), prop.id('u',2,20)]) AS m ON CONFLICT DO NOTHING;  -- op 2670 add_members_bulk: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,50), 'user50@tenant3.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), g, prop.id('u',3,50) FROM unnest(ARRAY[prop.id('g',3,24), prop.id('g',3,27)]) AS g;
COMMIT;  -- op 2671 create_user: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,13), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2672 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',2,32), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2673 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,50), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2674 assign_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,18) AND member_id = prop.id('u',1,17);  -- op 2675 remove_member: ok
SELECT license_mgmt.advance_subscriptions('2030-12-01 12:00:00+00');  -- op 2676 advance: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,13), prop.id('sku',7,0));  -- op 2677 remove_group: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',2,0), prop.id('u',2,39), 'user39@tenant2.example', 'DE');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, prop.id('u',2,39) FROM unnest(ARRAY[prop.id('g',2,6), prop.id('g',2,16)]) AS g;
COMMIT;  -- op 2678 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,8);  -- op 2679 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,12), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2680 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,16), m FROM unnest(ARRAY[prop.id('u',2,20), prop.id('u',2,28), prop.id('u',2,4), prop.id('u',2,37), prop.id('u',2,32), prop.id('u',2,26), prop.id('u',2,1), prop.id('u',2,15), prop.id('u',2,29), prop.id('u',2,12)]) AS m ON CONFLICT DO NOTHING;  -- op 2681 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,40), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0), prop.id('sp',1,0)]);  -- op 2682 assign_user: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,17), prop.id('u',2,18));  -- op 2683 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,21), prop.id('u',2,29), prop.id('u',2,34), prop.id('u',2,24), prop.id('u',2,33), prop.id('u',2,32), prop.id('u',2,18), prop.id('u',2,31), prop.id('u',2,22), prop.id('u',2,15), prop.id('u',2,21), prop.id('ghost',2684,0)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 2684 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,21), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2685 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,25);  -- op 2686 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,27);  -- op 2687 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 2688 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,27), prop.id('sku',2,0));  -- op 2689 remove_group: ok
SELECT license_mgmt.advance_subscriptions('2030-12-03 06:00:00+00');  -- op 2690 advance: ok
UPDATE license_mgmt.users SET deleted_at = '2030-12-03 09:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,31)]);  -- op 2691 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,34);  -- op 2692 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, m FROM unnest(ARRAY[prop.id('g',1,18), prop.id('g',1,19), prop.id('g',1,11)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',1,6), prop.id('u',1,36), prop.id('u',1,29), prop.id('u',1,17)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2693 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,11), m FROM unnest(ARRAY[prop.id('u',3,1), prop.id('u',3,37), prop.id('u',3,40), prop.id('u',3,21), prop.id('u',3,39), prop.id('u',3,26), prop.id('u',3,16), prop.id('u',3,35)]) AS m ON CONFLICT DO NOTHING;  -- op 2694 add_members_bulk: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,25);  -- op 2695 set_location: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,31);  -- op 2696 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,7), prop.id('u',1,1));  -- op 2697 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,13), prop.id('u',3,3)), (prop.id('g',3,11), prop.id('u',3,16)), (prop.id('g',3,11), prop.id('u',3,21)), (prop.id('g',3,11), prop.id('u',3,5)), (prop.id('g',3,11), prop.id('u',3,37)), (prop.id('g',3,11), prop.id('u',3,26)), (prop.id('g',3,21), prop.id('u',3,11)), (prop.id('g',3,24), prop.id('u',3,1)), (prop.id('g',3,24), prop.id('u',3,38)), (prop.id('g',3,24), prop.id('u',3,8)));  -- op 2698 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,38);  -- op 2699 remove_member: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,4);  -- op 2700 sub_seats: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,12), prop.id('u',2,18), prop.id('u',2,12)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 2701 bulk_assign: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,6), prop.id('sku',2,0));  -- op 2702 remove_group: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,40), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,40), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);
COMMIT;  -- op 2703 swap: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,12), prop.id('u',2,22), prop.id('u',2,26), prop.id('u',2,34), prop.id('u',2,12)], prop.id('sku',9,0), '{}'::uuid[]);  -- op 2704 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2705 assign_user: refused license_user_active
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,19);  -- op 2706 remove_members_bulk: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,27));  -- op 2707 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND member_id = prop.id('u',2,20);  -- op 2708 remove_members_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,5);  -- op 2709 sub_seats: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,38), prop.id('sku',4,0));  -- op 2710 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,28), prop.id('sku',1,0));  -- op 2711 remove_user: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,49), 'user49@tenant1.example', 'FR');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,49) FROM unnest(ARRAY[prop.id('g',1,19), prop.id('g',1,7)]) AS g;
COMMIT;  -- op 2712 create_user: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,28), 'Group 28');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,28), m FROM unnest(ARRAY[prop.id('u',3,16), prop.id('u',3,38), prop.id('u',3,30)]) AS m;
COMMIT;  -- op 2713 group_create: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,28), prop.id('sku',9,0));  -- op 2714 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,38);  -- op 2715 set_location: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,6), prop.id('sku',2,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);
COMMIT;  -- op 2716 swap: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,39), 'RU'), (prop.id('u',1,37), 'US'), (prop.id('u',1,35), 'FR'), (prop.id('u',1,25), 'DE'), (prop.id('u',1,28), NULL), (prop.id('u',1,5), 'DE'), (prop.id('u',1,6), NULL), (prop.id('u',1,1), 'DE')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 2717 set_location_bulk: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',3,0), prop.id('sub',3,39), prop.id('sku',2,0), 1, 'enabled', '2031-04-12 18:00:00+00');  -- op 2718 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,6), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2719 assign_group: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,37);  -- op 2720 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,29), prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2721 assign_user: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,34);  -- op 2722 set_location: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,43), prop.id('u',1,11), prop.id('u',1,29), prop.id('u',1,21), prop.id('u',1,42), prop.id('u',1,12), prop.id('u',1,18), prop.id('u',1,10), prop.id('u',1,5), prop.id('u',1,30), prop.id('u',1,43)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 2723 bulk_assign: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,18);  -- op 2724 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,39), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2725 assign_user: refused license_user_active
SELECT license_mgmt.advance_subscriptions('2030-12-07 18:00:00+00');  -- op 2726 advance: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-23 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,16);  -- op 2727 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,29), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2728 assign_user: refused license_user_active
SELECT license_mgmt.assign_user_license(prop.id('u',1,26), prop.id('sku',2,0), '{}'::uuid[]);  -- op 2729 assign_user: refused license_user_active
UPDATE license_mgmt.users SET deleted_at = '2030-12-08 06:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,49), prop.id('u',1,40), prop.id('u',1,27), prop.id('u',1,5)]);  -- op 2730 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2731 assign_user: refused license_seat_limit
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,24) AND member_id = prop.id('u',3,29);  -- op 2732 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,24) AND member_id = prop.id('u',3,50);  -- op 2733 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,8), 'CN'), (prop.id('u',3,42), 'DE'), (prop.id('u',3,12), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2734 set_location_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,37), prop.id('sku',1,0));  -- op 2735 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,33), prop.id('sku',9,0));  -- op 2736 remove_user: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,32);  -- op 2737 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,18), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2738 assign_group: refused license_service_plan_dependency
SELECT license_mgmt.assign_user_license(prop.id('u',3,36), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2739 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',3,41), prop.id('sku',3,0));  -- op 2740 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,39), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 2741 assign_user: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,41));  -- op 2742 reprocess_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,42), prop.id('sku',1,0));  -- op 2743 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,18), prop.id('sku',9,0));  -- op 2744 remove_user: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,1), prop.id('sku',1,0));  -- op 2745 remove_user: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,50), 'user50@tenant1.example', 'US');  -- op 2746 create_user: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,16);  -- op 2747 sub_status: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,21);  -- op 2748 sub_seats: ok
SELECT license_mgmt.advance_subscriptions('2030-12-10 15:00:00+00');  -- op 2749 advance: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,13), prop.id('sku',7,0));  -- op 2750 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET deleted_at = '2030-12-10 21:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,32)]);  -- op 2751 soft_delete: ok
SELECT license_mgmt.reprocess_group(prop.id('g',1,7));  -- op 2752 reprocess_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,13) AND member_id = prop.id('u',3,5);  -- op 2753 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('g',3,20));  -- op 2754 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,27), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2755 assign_group: refused license_product_subscribed
UPDATE license_mgmt.subscriptions SET seats = 5 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,29);  -- op 2756 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,11), prop.id('g',1,19));  -- op 2757 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,49)), (prop.id('g',1,7), prop.id('u',1,6)), (prop.id('g',1,7), prop.id('u',1,43)), (prop.id('g',1,17), prop.id('u',1,10)), (prop.id('g',1,17), prop.id('u',1,12)), (prop.id('g',1,17), prop.id('u',1,41)), (prop.id('g',1,17), prop.id('g',1,14)), (prop.id('g',1,17), prop.id('u',1,11)), (prop.id('g',1,11), prop.id('u',1,5)), (prop.id('g',1,11), prop.id('u',1,27)), (prop.id('g',1,16), prop.id('u',1,1)), (prop.id('g',1,16), prop.id('u',1,43)), (prop.id('g',1,18), prop.id('u',1,36)), (prop.id('g',1,10), prop.id('u',1,18)), (prop.id('g',1,10), prop.id('u',1,21)), (prop.id('g',1,14), prop.id('u',1,10)), (prop.id('g',1,14), prop.id('u',1,41)), (prop.id('g',1,14), prop.id('g',1,19)), (prop.id('g',1,14), prop.id('u',1,29)), (prop.id('g',1,14), prop.id('u',1,17)), (prop.id('g',1,5), prop.id('u',1,9)), (prop.id('g',1,5), prop.id('u',1,17)), (prop.id('g',1,15), prop.id('u',1,5)));  -- op 2758 remove_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-12-11 21:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,37)]);  -- op 2759 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,41);  -- op 2760 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,27)]);  -- op 2761 restore: ok
BEGIN;
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,51), 'user51@tenant1.example', NULL);
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), g, prop.id('u',1,51) FROM unnest(ARRAY[prop.id('g',1,13)]) AS g;
COMMIT;  -- op 2762 create_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6);  -- op 2763 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,17) AND member_id = prop.id('g',1,16);  -- op 2764 remove_member: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,38), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0)]);  -- op 2765 assign_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',1,18), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',5,0), '{}'::uuid[]);
COMMIT;  -- op 2766 swap: refused license_service_plan_dependency
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,17), prop.id('g',2,15)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,18), prop.id('u',2,20), prop.id('g',2,6)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2767 add_members_bulk: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,47), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2768 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,20);  -- op 2769 set_location: ok
SELECT license_mgmt.reprocess_user(prop.id('u',1,3));  -- op 2770 reprocess_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,18);  -- op 2771 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,25);  -- op 2772 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-02-21 15:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,1);  -- op 2773 sub_renew: ok
SELECT license_mgmt.advance_subscriptions('2030-12-13 18:00:00+00');  -- op 2774 advance: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,10);  -- op 2775 set_location: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,32)]);  -- op 2776 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,11) AND member_id = prop.id('u',3,11);  -- op 2777 remove_member: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,21), 'Group 21');  -- op 2778 group_create: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,7), prop.id('u',1,21)], prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2779 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',1,42), prop.id('u',1,43)], prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 2780 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-07-14 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,36);  -- op 2781 sub_renew: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,27), prop.id('g',3,13));  -- op 2782 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,11), prop.id('u',1,30)), (prop.id('g',1,11), prop.id('g',1,19)), (prop.id('g',1,18), prop.id('u',1,38)), (prop.id('g',1,18), prop.id('u',1,3)), (prop.id('g',1,18), prop.id('u',1,1)), (prop.id('g',1,18), prop.id('u',1,6)), (prop.id('g',1,18), prop.id('u',1,7)), (prop.id('g',1,18), prop.id('u',1,17)), (prop.id('g',1,18), prop.id('u',1,35)), (prop.id('g',1,19), prop.id('u',1,49)), (prop.id('g',1,10), prop.id('u',1,30)), (prop.id('g',1,10), prop.id('u',1,14)), (prop.id('g',1,6), prop.id('u',1,5)), (prop.id('g',1,14), prop.id('u',1,30)), (prop.id('g',1,14), prop.id('g',1,13)));  -- op 2783 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,13), prop.id('sku',5,0), ARRAY[prop.id('sp',6,0), prop.id('sp',10,0)]);  -- op 2784 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,18));  -- op 2785 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',3,49), prop.id('u',3,49)], prop.id('sku',4,0), ARRAY[prop.id('sp',5,0)]);  -- op 2786 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,39), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2787 assign_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,24), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2788 assign_user: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,39);  -- op 2789 sub_status: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,46);  -- op 2790 set_location: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,39);  -- op 2791 sub_status: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,28), prop.id('sku',4,0));  -- op 2792 remove_group: refused license_assignment_exists
SELECT license_mgmt.remove_user_license(prop.id('u',2,39), prop.id('sku',7,0));  -- op 2793 remove_user: refused license_inherited_assignment
SELECT license_mgmt.remove_user_license(prop.id('u',3,31), prop.id('sku',9,0));  -- op 2794 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,34), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,34), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',8,0), prop.id('sp',2,0)]);
COMMIT;  -- op 2795 swap: refused license_usage_location_allowed
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-11-13 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,5);  -- op 2796 sub_renew: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,14), prop.id('sku',2,0), ARRAY[prop.id('sp',2,0), prop.id('sp',1,0), prop.id('sp',4,0)]);  -- op 2797 assign_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,21), prop.id('u',1,3), '2030-11-13 02:00:00+00');  -- op 2798 add_member: ok
SELECT license_mgmt.reprocess_group(prop.id('g',3,20));  -- op 2799 reprocess_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,27), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2800 assign_user: refused license_product_subscribed
SELECT license_mgmt.remove_group_license(prop.id('g',2,6), prop.id('sku',8,0));  -- op 2801 remove_group: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,13), prop.id('sku',5,0));  -- op 2802 remove_group: ok
BEGIN;
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',3,0), prop.id('g',3,29), 'Group 29');
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,29), m FROM unnest(ARRAY[prop.id('u',3,26), prop.id('u',3,36), prop.id('u',3,31)]) AS m;
COMMIT;  -- op 2803 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,24), prop.id('sku',2,0));  -- op 2804 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET status = 'warning' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 2805 sub_status: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,32);  -- op 2806 sub_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND (group_id, member_id) IN (VALUES (prop.id('g',3,13), prop.id('u',3,29)), (prop.id('g',3,13), prop.id('u',3,46)), (prop.id('g',3,13), prop.id('u',3,8)), (prop.id('g',3,13), prop.id('u',3,39)), (prop.id('g',3,29), prop.id('u',3,31)), (prop.id('g',3,11), prop.id('g',3,20)), (prop.id('g',3,11), prop.id('u',3,43)), (prop.id('g',3,11), prop.id('u',3,35)), (prop.id('g',3,11), prop.id('u',3,33)), (prop.id('g',3,24), prop.id('u',3,37)), (prop.id('g',3,24), prop.id('u',3,30)), (prop.id('g',3,24), prop.id('u',3,36)), (prop.id('g',3,24), prop.id('u',3,33)));  -- op 2807 remove_members_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,17) AND member_id = prop.id('g',2,6);  -- op 2808 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,9), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2809 assign_group: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,26));  -- op 2810 add_member: refused group_members_pkey
SELECT license_mgmt.remove_user_license(prop.id('u',2,38), prop.id('sku',5,0));  -- op 2811 remove_user: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,29), prop.id('sku',8,0));  -- op 2812 remove_group: refused license_assignment_exists
SELECT license_mgmt.reprocess_group(prop.id('g',2,16));  -- op 2813 reprocess_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('g',2,17));  -- op 2814 add_member: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,37)]);  -- op 2815 hard_delete: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,9), prop.id('sku',4,0));  -- op 2816 remove_user: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 2817 assign_group: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,51), 'user51@tenant3.example', NULL);  -- op 2818 create_user: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,22), 'Group 22');  -- op 2819 group_create: ok
UPDATE license_mgmt.subscriptions SET status = 'deleted' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,35);  -- op 2820 sub_status: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,20), m FROM unnest(ARRAY[prop.id('u',1,20), prop.id('u',1,42), prop.id('u',1,18), prop.id('u',1,32), prop.id('u',1,48)]) AS m ON CONFLICT DO NOTHING;  -- op 2821 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,28), prop.id('g',3,24));  -- op 2822 add_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,6);  -- op 2823 sub_status: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'DE' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,33)]);  -- op 2824 restore: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,16), prop.id('sku',7,0));  -- op 2825 remove_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,42));  -- op 2826 add_member: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,8), prop.id('u',2,20), prop.id('u',2,4), prop.id('u',2,31), prop.id('u',2,34), prop.id('u',2,2), prop.id('u',2,6), prop.id('u',2,33), prop.id('u',2,15), prop.id('u',2,32), prop.id('u',2,8)], prop.id('sku',1,0), '{}'::uuid[]);  -- op 2827 bulk_assign: refused license_product_subscribed
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,20), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2828 assign_group: refused license_product_subscribed
SELECT license_mgmt.assign_user_license(prop.id('u',1,39), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2829 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND (group_id, member_id) IN (VALUES (prop.id('g',2,16), prop.id('u',2,28)), (prop.id('g',2,16), prop.id('u',2,32)), (prop.id('g',2,16), prop.id('u',2,26)), (prop.id('g',2,16), prop.id('u',2,27)), (prop.id('g',2,17), prop.id('u',2,24)), (prop.id('g',2,15), prop.id('u',2,28)), (prop.id('g',2,15), prop.id('g',2,17)), (prop.id('g',2,15), prop.id('u',2,18)), (prop.id('g',2,15), prop.id('u',2,20)));  -- op 2830 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,27), prop.id('u',3,25));  -- op 2831 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,17), prop.id('sku',3,0), ARRAY[prop.id('sp',1,0)]);  -- op 2832 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16);  -- op 2833 remove_members_bulk: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,4), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 2834 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.subscriptions SET seats = 6 WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,8);  -- op 2835 sub_seats: ok
UPDATE license_mgmt.users SET deleted_at = '2030-12-21 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,9), prop.id('u',3,28)]);  -- op 2836 soft_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('g',2,15));  -- op 2837 add_member: refused group_members_not_self
SELECT license_mgmt.assign_user_license(prop.id('u',1,4), prop.id('sku',9,0), ARRAY[prop.id('sp',1,0)]);  -- op 2838 assign_user: refused license_user_active
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), prop.id('g',2,17), m FROM unnest(ARRAY[prop.id('u',2,39), prop.id('u',2,26), prop.id('u',2,31), prop.id('u',2,27), prop.id('u',2,33), prop.id('u',2,8), prop.id('u',2,24), prop.id('u',2,20), prop.id('u',2,32), prop.id('u',2,21), prop.id('u',2,38)]) AS m ON CONFLICT DO NOTHING;  -- op 2839 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,44), prop.id('sku',2,0));  -- op 2840 remove_user: refused license_assignment_exists
SELECT license_mgmt.assign_user_license(prop.id('u',1,47), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2841 assign_user: refused license_product_subscribed
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,38);  -- op 2842 set_location: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,29);  -- op 2843 group_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,28)), (prop.id('g',1,7), prop.id('u',1,1)), (prop.id('g',1,7), prop.id('u',1,47)), (prop.id('g',1,17), prop.id('u',1,18)), (prop.id('g',1,11), prop.id('u',1,43)), (prop.id('g',1,11), prop.id('u',1,32)), (prop.id('g',1,18), prop.id('u',1,18)), (prop.id('g',1,20), prop.id('u',1,42)));  -- op 2844 remove_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,14), prop.id('u',1,25));  -- op 2845 add_member: ok
SELECT license_mgmt.advance_subscriptions('2030-12-22 18:00:00+00');  -- op 2846 advance: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2030-12-22 21:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,12), prop.id('u',1,4), prop.id('u',1,37)]);  -- op 2847 restore: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',1,0), prop.id('g',1,23), 'Group 23');  -- op 2848 group_create: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,6), prop.id('g',2,17));  -- op 2849 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'CN' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,30);  -- op 2850 set_location: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,38);  -- op 2851 sub_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,27);  -- op 2852 group_delete: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 0, next_lifecycle_at = '2031-07-06 15:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,22);  -- op 2853 sub_renew: ok
SELECT license_mgmt.advance_subscriptions('2030-12-23 18:00:00+00');  -- op 2854 advance: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,50), prop.id('sku',7,0));  -- op 2855 remove_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',1,0), prop.id('g',1,7), m FROM unnest(ARRAY[prop.id('u',1,30), prop.id('u',1,37), prop.id('u',1,34), prop.id('u',1,51), prop.id('u',1,26), prop.id('u',1,6), prop.id('u',1,4), prop.id('u',1,40)]) AS m ON CONFLICT DO NOTHING;  -- op 2856 add_members_bulk: ok
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,38)]);  -- op 2857 restore: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',3,0) AND group_id = prop.id('g',3,24) AND member_id = prop.id('u',3,34);  -- op 2858 remove_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,44);  -- op 2859 set_location: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,9), prop.id('g',1,19));  -- op 2860 add_member: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',3,0), prop.id('u',3,52), 'user52@tenant3.example', NULL);  -- op 2861 create_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',2,0), g, m FROM unnest(ARRAY[prop.id('g',2,15), prop.id('g',2,16), prop.id('g',2,6)]) AS g CROSS JOIN unnest(ARRAY[prop.id('u',2,1), prop.id('u',2,4), prop.id('u',2,30), prop.id('u',2,28), prop.id('u',2,2), prop.id('u',2,34)]) AS m WHERE g <> m ON CONFLICT DO NOTHING;  -- op 2862 add_members_bulk: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,40), prop.id('sku',9,0));  -- op 2863 remove_user: ok
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',6,0));
SELECT license_mgmt.assign_user_license(prop.id('u',3,12), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2864 swap: refused license_usage_location_required
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,2);  -- op 2865 remove_member: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,25), 'DE'), (prop.id('u',1,49), 'CN')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 2866 set_location_bulk: ok
UPDATE license_mgmt.subscriptions SET seats = 3 WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,28);  -- op 2867 sub_seats: ok
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,46), 'US'), (prop.id('u',3,30), 'FR')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2868 set_location_bulk: ok
UPDATE license_mgmt.users SET deleted_at = '2030-12-25 15:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,12), prop.id('u',3,33), prop.id('u',3,43), prop.id('u',3,46)]);  -- op 2869 soft_delete: ok
UPDATE license_mgmt.users SET usage_location = 'RU' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,34);  -- op 2870 set_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2871 tenant_nesting: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,30));  -- op 2872 add_member: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,22);  -- op 2873 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,11), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2874 assign_group: refused license_service_plan_dependency
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,28);  -- op 2875 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,5), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2876 assign_user: refused license_user_active
SELECT license_mgmt.remove_user_license(prop.id('u',2,2), prop.id('sku',1,0));  -- op 2877 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,29);  -- op 2878 set_location: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2879 tenant_nesting: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,15));  -- op 2880 reprocess_user: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,26), prop.id('u',2,32), prop.id('u',2,18), prop.id('u',2,24)], prop.id('sku',5,0), '{}'::uuid[]);  -- op 2881 bulk_assign: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,16), prop.id('sku',6,0), ARRAY[prop.id('sp',7,0)]);  -- op 2882 assign_user: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,29), prop.id('u',2,32), prop.id('u',2,4)]);  -- op 2883 hard_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id, added_at) VALUES (prop.id('t',1,0), prop.id('g',1,21), prop.id('u',1,10), '2030-11-13 01:00:00+00');  -- op 2884 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',1,0), prop.id('g',1,23), prop.id('g',1,13));  -- op 2885 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,20) AND member_id = prop.id('u',1,18);  -- op 2886 remove_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9) AND member_id = prop.id('g',1,19);  -- op 2887 remove_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT prop.id('t',3,0), prop.id('g',3,13), m FROM unnest(ARRAY[prop.id('u',3,3), prop.id('u',3,11), prop.id('u',3,30), prop.id('u',3,43), prop.id('u',3,20), prop.id('u',3,42), prop.id('u',3,26), prop.id('u',3,50), prop.id('u',3,37), prop.id('u',3,29)]) AS m ON CONFLICT DO NOTHING;  -- op 2888 add_members_bulk: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,15), prop.id('u',2,1));  -- op 2889 add_member: refused group_members_pkey
UPDATE license_mgmt.users SET deleted_at = '2030-12-28 06:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,36), prop.id('u',3,15), prop.id('u',3,3), prop.id('u',3,16)]);  -- op 2890 soft_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,27), prop.id('u',2,31), prop.id('u',2,20), prop.id('u',2,18), prop.id('u',2,2), prop.id('u',2,6), prop.id('u',2,12), prop.id('u',2,24), prop.id('u',2,1), prop.id('u',2,39), prop.id('u',2,27)], prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 2891 bulk_assign: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-07-23 12:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,1);  -- op 2892 sub_renew: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,18) AND member_id = prop.id('u',1,28);  -- op 2893 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,12), prop.id('sku',2,0));  -- op 2894 remove_user: refused license_assignment_exists
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,47), 'CN'), (prop.id('u',1,14), 'US'), (prop.id('u',1,3), 'US'), (prop.id('u',1,41), NULL), (prop.id('u',1,17), NULL), (prop.id('u',1,31), 'CN'), (prop.id('u',1,21), 'US')) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 2895 set_location_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,20), prop.id('sku',6,0));  -- op 2896 remove_group: refused license_assignment_exists
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,29);  -- op 2897 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,17), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2898 assign_user: refused license_user_active
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,39), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,39), prop.id('sku',2,0), ARRAY[prop.id('sp',3,0), prop.id('sp',8,0), prop.id('sp',4,0), prop.id('sp',2,0), prop.id('sp',1,0)]);
COMMIT;  -- op 2899 swap: refused license_product_subscribed
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,28), prop.id('u',3,18));  -- op 2900 add_member: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND (group_id, member_id) IN (VALUES (prop.id('g',1,7), prop.id('u',1,18)), (prop.id('g',1,7), prop.id('u',1,40)), (prop.id('g',1,7), prop.id('u',1,37)), (prop.id('g',1,17), prop.id('u',1,14)), (prop.id('g',1,11), prop.id('u',1,6)), (prop.id('g',1,11), prop.id('u',1,17)), (prop.id('g',1,13), prop.id('g',1,15)), (prop.id('g',1,16), prop.id('u',1,44)), (prop.id('g',1,18), prop.id('u',1,37)), (prop.id('g',1,9), prop.id('u',1,25)), (prop.id('g',1,10), prop.id('u',1,6)), (prop.id('g',1,23), prop.id('g',1,13)), (prop.id('g',1,4), prop.id('g',1,18)));  -- op 2901 remove_members_bulk: ok
UPDATE license_mgmt.tenants SET nested_group_licensing = NOT nested_group_licensing WHERE tenant_id = prop.id('t',3,0);  -- op 2902 tenant_nesting: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,16), prop.id('sku',1,0), '{}'::uuid[]);  -- op 2903 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',1,21), 'FR'), (prop.id('u',1,43), 'DE'), (prop.id('u',1,49), 'DE'), (prop.id('u',1,45), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',1,0) AND u.user_id = v.id;  -- op 2904 set_location_bulk: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14) AND member_id = prop.id('g',1,16);  -- op 2905 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',2,30), prop.id('sku',6,0));  -- op 2906 remove_user: refused license_assignment_exists
BEGIN;
SELECT license_mgmt.remove_user_license(prop.id('u',2,24), prop.id('sku',9,0));
SELECT license_mgmt.assign_user_license(prop.id('u',2,24), prop.id('sku',2,0), '{}'::uuid[]);
COMMIT;  -- op 2907 swap: refused license_product_subscribed
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,30);  -- op 2908 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,28), prop.id('sku',9,0), ARRAY[prop.id('sp',5,0)]);  -- op 2909 assign_group: refused license_product_subscribed
UPDATE license_mgmt.users SET deleted_at = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,26)]);  -- op 2910 restore: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,1), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2911 assign_user: refused license_user_active
UPDATE license_mgmt.users u SET usage_location = v.loc FROM (VALUES (prop.id('u',3,11), 'DE'), (prop.id('u',3,30), 'US'), (prop.id('u',3,21), 'DE'), (prop.id('u',3,18), 'DE'), (prop.id('u',3,34), 'US'), (prop.id('u',3,45), 'US'), (prop.id('u',3,5), NULL)) AS v(id, loc) WHERE u.tenant_id = prop.id('t',3,0) AND u.user_id = v.id;  -- op 2912 set_location_bulk: ok
UPDATE license_mgmt.users SET usage_location = NULL WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,1);  -- op 2913 set_location: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,28), prop.id('sku',8,0), ARRAY[prop.id('sp',10,0)]);  -- op 2914 assign_group: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,22);  -- op 2915 sub_delete: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,13), prop.id('u',3,8));  -- op 2916 add_member: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,36), prop.id('sku',4,0), 2, 'enabled', '2031-01-28 15:00:00+00');  -- op 2917 sub_add: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled', seats = seats + 2, next_lifecycle_at = '2031-06-02 18:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,23);  -- op 2918 sub_renew: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,20), prop.id('sku',3,0));  -- op 2919 remove_user: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,9);  -- op 2920 group_delete: ok
SELECT license_mgmt.remove_group_license(prop.id('g',1,4), prop.id('sku',9,0));  -- op 2921 remove_group: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,14);  -- op 2922 group_delete: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,18));  -- op 2923 reprocess_user: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,11), prop.id('u',3,29));  -- op 2924 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,18), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2925 assign_group: ok
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',1,0);  -- op 2926 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,28), prop.id('sku',6,0), '{}'::uuid[]);  -- op 2927 assign_user: refused license_user_active
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = prop.id('u',1,31);  -- op 2928 set_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,42), prop.id('sku',5,0), '{}'::uuid[]);  -- op 2929 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,1);  -- op 2930 sub_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,23);  -- op 2931 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,21), prop.id('sku',7,0));  -- op 2932 remove_group: refused license_assignment_exists
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,33), prop.id('u',2,38), prop.id('u',2,22), prop.id('ghost',2933,0)], prop.id('sku',2,0), '{}'::uuid[]);  -- op 2933 bulk_assign: refused license_product_subscribed
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',2,0), prop.id('sub',2,33), prop.id('sku',2,0), 2, 'suspended', '2031-01-27 18:00:00+00');  -- op 2934 sub_add: ok
UPDATE license_mgmt.tenants SET usage_location = 'DE' WHERE tenant_id = prop.id('t',2,0);  -- op 2935 tenant_location: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,18), prop.id('sku',1,0), ARRAY[prop.id('sp',10,0), prop.id('sp',2,0), prop.id('sp',1,0)]);  -- op 2936 assign_user: ok
INSERT INTO license_mgmt.subscriptions (tenant_id, subscription_id, sku_id, seats, status, next_lifecycle_at) VALUES (prop.id('t',1,0), prop.id('sub',1,37), prop.id('sku',8,0), 2, 'enabled', '2031-06-23 03:00:00+00');  -- op 2937 sub_add: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,17), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2938 assign_group: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,28), prop.id('u',3,41));  -- op 2939 add_member: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',2,0), prop.id('g',2,16), prop.id('u',2,12));  -- op 2940 add_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,24), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2941 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,6) AND member_id = prop.id('u',2,28);  -- op 2942 remove_member: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,14), prop.id('sku',1,0));  -- op 2943 remove_user: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,21) AND member_id = prop.id('u',1,3);  -- op 2944 remove_member: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',1,10), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0), prop.id('sp',9,0)]);  -- op 2945 assign_group: refused license_product_subscribed
SELECT license_mgmt.remove_user_license(prop.id('u',2,39), prop.id('sku',9,0));  -- op 2946 remove_user: ok
SELECT license_mgmt.advance_subscriptions('2031-01-04 09:00:00+00');  -- op 2947 advance: ok
UPDATE license_mgmt.users SET deleted_at = '2031-01-04 12:00:00+00' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,27)]);  -- op 2948 soft_delete: ok
UPDATE license_mgmt.subscriptions SET seats = 4 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,14);  -- op 2949 sub_seats: ok
INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES (prop.id('t',2,0), prop.id('g',2,18), 'Group 18');  -- op 2950 group_create: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,17), prop.id('sku',8,0));  -- op 2951 remove_group: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2952 assign_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,29), prop.id('sku',4,0));  -- op 2953 remove_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,39), prop.id('sku',4,0), '{}'::uuid[]);  -- op 2954 assign_user: refused license_service_plan_dependency
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',3,24), prop.id('sku',3,0), '{}'::uuid[]);  -- op 2955 assign_group: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',1,0) AND group_id = prop.id('g',1,7) AND member_id = prop.id('u',1,6);  -- op 2956 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,21), prop.id('sku',5,0));  -- op 2957 remove_group: refused license_assignment_exists
UPDATE license_mgmt.subscriptions SET seats = 7 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,6);  -- op 2958 sub_seats: ok
INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) VALUES (prop.id('t',3,0), prop.id('g',3,28), prop.id('g',3,24));  -- op 2959 add_member: refused group_members_pkey
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,2);  -- op 2960 sub_delete: ok
SELECT * FROM license_mgmt.assign_user_licenses(ARRAY[prop.id('u',2,15), prop.id('u',2,6), prop.id('u',2,1), prop.id('u',2,33), prop.id('u',2,30), prop.id('u',2,15)], prop.id('sku',7,0), '{}'::uuid[]);  -- op 2961 bulk_assign: ok
SELECT license_mgmt.remove_user_license(prop.id('u',1,28), prop.id('sku',7,0));  -- op 2962 remove_user: refused license_assignment_exists
SELECT license_mgmt.advance_subscriptions('2031-01-06 09:00:00+00');  -- op 2963 advance: ok
UPDATE license_mgmt.users SET usage_location = 'FR' WHERE tenant_id = prop.id('t',3,0) AND user_id = prop.id('u',3,34);  -- op 2964 set_location: ok
SELECT license_mgmt.advance_subscriptions('2031-01-06 15:00:00+00');  -- op 2965 advance: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,12);  -- op 2966 remove_member: ok
SELECT license_mgmt.remove_group_license(prop.id('g',2,17), prop.id('sku',3,0));  -- op 2967 remove_group: ok
SELECT license_mgmt.remove_user_license(prop.id('u',3,11), prop.id('sku',8,0));  -- op 2968 remove_user: refused license_assignment_exists
SELECT license_mgmt.reprocess_user(prop.id('u',1,9));  -- op 2969 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = '2031-01-07 06:00:00+00' WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,18)]);  -- op 2970 soft_delete: ok
DELETE FROM license_mgmt.users WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,40)]);  -- op 2971 hard_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,28), prop.id('sku',8,0), '{}'::uuid[]);  -- op 2972 assign_user: refused license_usage_location_required
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,52), 'user52@tenant1.example', 'US');  -- op 2973 create_user: ok
SELECT license_mgmt.assign_user_license(prop.id('u',1,6), prop.id('sku',7,0), '{}'::uuid[]);  -- op 2974 assign_user: refused license_product_subscribed
SELECT license_mgmt.reprocess_user(prop.id('u',2,2));  -- op 2975 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2031-01-08 00:00:00+00'::timestamptz END WHERE tenant_id = prop.id('t',2,0) AND user_id = ANY (ARRAY[prop.id('u',2,1), prop.id('u',2,22), prop.id('u',2,38)]);  -- op 2976 restore: ok
UPDATE license_mgmt.users SET deleted_at = '2031-01-08 03:00:00+00' WHERE tenant_id = prop.id('t',3,0) AND user_id = ANY (ARRAY[prop.id('u',3,38)]);  -- op 2977 soft_delete: ok
SELECT license_mgmt.assign_user_license(prop.id('u',3,25), prop.id('sku',9,0), '{}'::uuid[]);  -- op 2978 assign_user: refused license_user_active
UPDATE license_mgmt.subscriptions SET seats = 1 WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,24);  -- op 2979 sub_seats: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,20), prop.id('sku',9,0));  -- op 2980 remove_group: refused license_assignment_exists
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',2,0) AND subscription_id = prop.id('sub',2,24);  -- op 2981 sub_delete: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + -1) WHERE tenant_id = prop.id('t',2,0);  -- op 2982 sub_bulk: ok
SELECT license_mgmt.remove_group_license(prop.id('g',3,28), prop.id('sku',8,0));  -- op 2983 remove_group: ok
SELECT license_mgmt.assign_user_license(prop.id('u',2,39), prop.id('sku',5,0), ARRAY[prop.id('sp',10,0)]);  -- op 2984 assign_user: refused license_service_plan_dependency
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,12);  -- op 2985 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'enabled' WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,8);  -- op 2986 sub_status: ok
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES (prop.id('t',1,0), prop.id('u',1,53), 'user53@tenant1.example', NULL);  -- op 2987 create_user: ok
SELECT license_mgmt.advance_subscriptions('2031-01-09 12:00:00+00');  -- op 2988 advance: ok
SELECT * FROM license_mgmt.assign_group_license(prop.id('g',2,15), prop.id('sku',7,0), ARRAY[prop.id('sp',11,0)]);  -- op 2989 assign_group: ok
SELECT license_mgmt.reprocess_user(prop.id('u',2,34));  -- op 2990 reprocess_user: ok
UPDATE license_mgmt.users SET deleted_at = NULL, usage_location = 'FR' WHERE tenant_id = prop.id('t',1,0) AND user_id = ANY (ARRAY[prop.id('u',1,1), prop.id('u',1,26)]);  -- op 2991 restore: ok
UPDATE license_mgmt.users SET usage_location = 'US' WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,39);  -- op 2992 set_location: ok
UPDATE license_mgmt.subscriptions SET seats = greatest(0, seats + 1) WHERE tenant_id = prop.id('t',3,0);  -- op 2993 sub_bulk: ok
UPDATE license_mgmt.users SET account_enabled = NOT account_enabled WHERE tenant_id = prop.id('t',2,0) AND user_id = prop.id('u',2,21);  -- op 2994 account_enabled: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,16) AND member_id = prop.id('u',2,30);  -- op 2995 remove_member: ok
UPDATE license_mgmt.subscriptions SET status = 'suspended' WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,22);  -- op 2996 sub_status: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',1,0) AND subscription_id = prop.id('sub',1,9);  -- op 2997 sub_delete: ok
DELETE FROM license_mgmt.group_members WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15) AND member_id = prop.id('u',2,28);  -- op 2998 remove_member: ok
DELETE FROM license_mgmt.subscriptions WHERE tenant_id = prop.id('t',3,0) AND subscription_id = prop.id('sub',3,5);  -- op 2999 sub_delete: ok
DELETE FROM license_mgmt.groups WHERE tenant_id = prop.id('t',2,0) AND group_id = prop.id('g',2,15);  -- op 3000 group_delete: refused group_has_licenses
