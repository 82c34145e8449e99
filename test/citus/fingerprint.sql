-- What a scenario leaves, without what differs between runs (times, and
-- the audit log's numbers, compared by their order within a tenant, time
-- first, since each node numbers from a range of its own): the same on one
-- server and on a cluster, or the cluster computed something else.
\pset footer off
SELECT tenant_id, user_id, sku_id, group_id, state, error, disabled_plans
  FROM license_mgmt.license_states ORDER BY 1, 2, 3, 4;
SELECT tenant_id, sku_id, total, assigned, over_limit FROM license_mgmt.seat_counters ORDER BY 1, 2;
SELECT tenant_id, user_id, sku_id, disabled_plans FROM license_mgmt.user_license_assignments ORDER BY 1, 2, 3;
SELECT tenant_id, group_id, sku_id, disabled_plans FROM license_mgmt.group_license_assignments ORDER BY 1, 2, 3;
SELECT tenant_id, group_id, member_id FROM license_mgmt.group_members ORDER BY 1, 2, 3;
SELECT tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error, detail
  FROM license_mgmt.audit_log ORDER BY tenant_id, logged_at, audit_id;
SELECT tenant_id, sku_part_number, total, assigned, available, expiring_soon
  FROM license_mgmt.product_summary ORDER BY 1, 2;
SELECT tenant_id, user_principal_name, sku_part_number, state, assigned_directly, inherited_from, enabled_service_plans
  FROM license_mgmt.user_licenses ORDER BY 1, 2, 3;
SELECT tenant_id, display_name, sku_part_number, members_licensed, members_with_errors
  FROM license_mgmt.licensed_groups ORDER BY 1, 2, 3;
SELECT tenant_id, user_principal_name, sku_id, assigned_by_group, error FROM license_mgmt.license_errors ORDER BY 1, 2, 3, 4;
SELECT * FROM license_mgmt.verify();
