/*
 * lifecycle.c
 *		User and subscription lifecycles (R5.3, R8, R9).
 *
 * A change to a user touches all of their products at once, so it locks
 * every seat counter of the tenant (in sku_id order) before judging: no
 * assignment to that user can interleave.  A change to subscriptions locks
 * the counters of the products whose seats changed.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(users_changed);
PG_FUNCTION_INFO_V1(tenants_changed);
PG_FUNCTION_INFO_V1(subscriptions_changed);
PG_FUNCTION_INFO_V1(advance_subscriptions);

/*
 * suspend_users: every state of soft-deleted users $2 of tenant $1 is
 * suspended and gives back its seat (R8.1), remembering what it comes back
 * as (restore_as); audited as action $3.  Returns the products whose seats
 * they held.
 */
static Statement suspend_users = {
	"suspend_users",
	"WITH held AS ("
	"  SELECT s.sku_id, count(DISTINCT s.user_id)::integer AS seats"
	"    FROM license_mgmt.license_states s"
	"   WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND s.state IN ('active', 'active_with_error')"
	"   GROUP BY s.sku_id),"
	" suspended AS ("
	"  UPDATE license_mgmt.license_states s"
	"     SET state = 'suspended', error = NULL, last_updated = now(),"
	"         restore_as = CASE WHEN s.state IN ('active', 'active_with_error') THEN 'active'"
	"                           WHEN s.error = 'CountViolation' THEN 'waiting' END,"
	"         waiting_since = CASE WHEN s.error = 'CountViolation' THEN s.waiting_since END"
	"   WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND (s.state <> 'suspended' OR s.error IS NOT NULL)"
	"  RETURNING 1),"
	" counted AS ("
	"  UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - h.seats,"
	"         over_limit = LEAST(c.over_limit, GREATEST(c.assigned - h.seats - c.total, 0))"
	"    FROM held h WHERE c.tenant_id = $1 AND c.sku_id = h.sku_id"
	"  RETURNING 1),"
	" audited AS ("
	"  INSERT INTO license_mgmt.audit_log"
	"         (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)"
	"  SELECT $1, $3, array_agg(s.user_id ORDER BY s.user_id),"
	"         NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000'::uuid),"
	"         s.sku_id, s.state, 'suspended', NULL"
	"    FROM license_mgmt.license_states s"
	"   WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND (s.state <> 'suspended' OR s.error IS NOT NULL)"
	"   GROUP BY s.sku_id, s.group_id, s.state"
	"  RETURNING 1)"
	" SELECT COALESCE(array_agg(h.sku_id ORDER BY h.sku_id), '{}') FROM held h",
	3, {UUIDOID, UUIDARRAYOID, TEXTOID}};

/*
 * restore_users: the suspended states of restored users $2 of tenant $1
 * come back as they were (R8.2), seats counted even past the total;
 * audited as action $3.  Returns the products in whose waiting room one
 * waits again.
 */
static Statement restore_users = {
	"restore_users",
	"WITH revived AS ("
	"  UPDATE license_mgmt.license_states s"
	"     SET state = CASE s.restore_as WHEN 'active' THEN 'active' ELSE 'error' END,"
	"         error = CASE s.restore_as WHEN 'active' THEN NULL ELSE 'CountViolation' END,"
	"         restore_as = NULL, last_updated = now()"
	"   WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND s.restore_as IS NOT NULL"
	"  RETURNING s.user_id, s.sku_id, s.group_id, s.state, s.error),"
	" counted AS ("
	"  UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + r.seats,"
	"         over_limit = GREATEST(c.over_limit, c.assigned + r.seats - c.total)"
	"    FROM (SELECT v.sku_id, count(DISTINCT v.user_id)::integer AS seats FROM revived v"
	"           WHERE v.state = 'active' GROUP BY v.sku_id) r"
	"   WHERE c.tenant_id = $1 AND c.sku_id = r.sku_id"
	"  RETURNING 1),"
	" audited AS ("
	"  INSERT INTO license_mgmt.audit_log"
	"         (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)"
	"  SELECT $1, $3, array_agg(v.user_id ORDER BY v.user_id),"
	"         NULLIF(v.group_id, '00000000-0000-0000-0000-000000000000'::uuid),"
	"         v.sku_id, 'suspended', v.state, v.error"
	"    FROM revived v GROUP BY v.sku_id, v.group_id, v.state, v.error"
	"  RETURNING 1)"
	" SELECT COALESCE(array_agg(DISTINCT v.sku_id ORDER BY v.sku_id), '{}') FROM revived v"
	"  WHERE v.error = 'CountViolation'",
	3, {UUIDOID, UUIDARRAYOID, TEXTOID}};

/*
 * changed_users: an update's users, per tenant: the soft-deleted, the
 * restored, and the live ones whose usage location changed
 */
static Statement changed_users = {
	"changed_users",
	"SELECT n.tenant_id,"
	"       array_agg(n.user_id) FILTER (WHERE o.deleted_at IS NULL AND n.deleted_at IS NOT NULL),"
	"       array_agg(n.user_id) FILTER (WHERE o.deleted_at IS NOT NULL AND n.deleted_at IS NULL),"
	"       array_agg(n.user_id) FILTER (WHERE o.deleted_at IS NULL AND n.deleted_at IS NULL"
	"                                      AND o.usage_location IS DISTINCT FROM n.usage_location)"
	"  FROM new_rows n"
	"  JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.user_id = n.user_id"
	" WHERE (o.deleted_at IS NULL) <> (n.deleted_at IS NULL)"
	"    OR o.usage_location IS DISTINCT FROM n.usage_location"
	" GROUP BY n.tenant_id ORDER BY n.tenant_id",
	0};

/* changed_tenants: an update's tenants whose usage location or nesting changed */
static Statement changed_tenants = {
	"changed_tenants",
	"SELECT n.tenant_id, o.usage_location <> n.usage_location,"
	"       o.nested_group_licensing <> n.nested_group_licensing"
	"  FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id"
	" WHERE o.usage_location <> n.usage_location"
	"    OR o.nested_group_licensing <> n.nested_group_licensing"
	" ORDER BY n.tenant_id",
	0};

/* unlocated_users: the live users of tenant $1 without a usage location of their own */
static Statement unlocated_users = {
	"unlocated_users",
	"SELECT array_agg(u.user_id) FROM license_mgmt.users u"
	" WHERE u.tenant_id = $1 AND u.usage_location IS NULL AND u.deleted_at IS NULL",
	1, {UUIDOID}};

/* inserted_subscriptions: the products of new subscriptions, per tenant */
static Statement inserted_subscriptions = {
	"inserted_subscriptions",
	"SELECT n.tenant_id, array_agg(DISTINCT n.sku_id ORDER BY n.sku_id)"
	"  FROM new_rows n GROUP BY n.tenant_id ORDER BY n.tenant_id",
	0};

/* updated_subscriptions: the products of updated subscriptions, before and after, per tenant */
static Statement updated_subscriptions = {
	"updated_subscriptions",
	"SELECT x.tenant_id, array_agg(DISTINCT x.sku_id ORDER BY x.sku_id)"
	"  FROM (SELECT n.tenant_id, n.sku_id FROM new_rows n"
	"        UNION ALL SELECT o.tenant_id, o.sku_id FROM old_rows o) x"
	" GROUP BY x.tenant_id ORDER BY x.tenant_id",
	0};

/* deleted_subscriptions: the products of deleted subscriptions, per tenant */
static Statement deleted_subscriptions = {
	"deleted_subscriptions",
	"SELECT o.tenant_id, array_agg(DISTINCT o.sku_id ORDER BY o.sku_id)"
	"  FROM old_rows o GROUP BY o.tenant_id ORDER BY o.tenant_id",
	0};

/* subscribed_tenant: does tenant $1 exist (its whole deletion takes its subscriptions too)? */
static Statement subscribed_tenant = {
	"subscribed_tenant",
	"SELECT EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = $1)",
	1, {UUIDOID}};

/*
 * advance_due_subscriptions: every subscription due at $1, of tenant $2 or
 * of every tenant when $2 is null, one step on its lifecycle
 */
static Statement advance_due_subscriptions = {
	"advance_due_subscriptions",
	"UPDATE license_mgmt.subscriptions s"
	"   SET status = CASE s.status WHEN 'enabled' THEN 'warning'"
	"                              WHEN 'warning' THEN 'suspended'"
	"                              ELSE 'deleted' END,"
	"       next_lifecycle_at = CASE s.status WHEN 'enabled' THEN $1 + interval '30 days'"
	"                                         WHEN 'warning' THEN $1 + interval '90 days' END"
	" WHERE s.next_lifecycle_at <= $1 AND s.status <> 'deleted'"
	"   AND ($2::uuid IS NULL OR s.tenant_id = $2)",
	2, {TIMESTAMPTZOID, UUIDOID}};

/*
 * lifecycle_suspend_users suspends every state of soft-deleted users and
 * gives back their seats (R8.1); intent and memberships stay.  Each state
 * remembers what it comes back as (restore_as): a held seat, or its place
 * in the waiting room (waiting_since is kept).  The waiting rooms of the
 * products they held are then served (R6.1).
 */
static void
lifecycle_suspend_users(Datum tenant, Datum users)
{
	Datum	   *sku;
	int			n;

	lm_run(&suspend_users, (Datum[]) {tenant, users, CStringGetTextDatum(lm_action())}, NULL);
	n = lm_uuids(lm_value(0, 1, &(bool) {false}), &sku);
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, sku[i]);
}

/*
 * lifecycle_restore_users brings back what restored users held (R8.2): a
 * state that held a seat is active again, even when that over-assigns the
 * product (available goes negative, nobody loses service); a state that
 * waited waits again, in its place in the queue.  Then every state of the
 * users is judged as usual: the revived keep their seats unless a rule now
 * refuses them, and sources added while the users were deleted are judged
 * as new, under the seat limit.  The caller locked the tenant's counters
 * (skus).  A delete and a restore never give a seat that was not held.
 */
static void
lifecycle_restore_users(Datum tenant, Datum skus, Datum users)
{
	Datum	   *sku;
	int			n;

	lm_run(&restore_users, (Datum[]) {tenant, users, CStringGetTextDatum(lm_action())}, NULL);
	n = lm_uuids(lm_value(0, 1, &(bool) {false}), &sku);
	/* the queue first: a seat free now goes to who waited before any new source */
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, sku[i]);
	ripple_reevaluate_users(tenant, skus, users);
}

/*
 * users_changed: after users are updated, suspend the soft-deleted (R8.1),
 * bring back the restored even past the seat limit (R8.2), and re-judge the
 * ones whose usage location changed (R5.3).  Other changes, such as
 * account_enabled, leave licenses alone (R8.4).
 */
Datum
users_changed(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	SPITupleTable *tenants;
	uint64		ntenants;

	(void) lm_enter_trigger(&ctx, fcinfo, "users_changed", false, false);
	ntenants = lm_run(&changed_users, NULL, NULL);
	tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		Datum		suspended = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull);
		bool		no_suspended = isnull;
		Datum		restored = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 3, &isnull);
		bool		no_restored = isnull;
		Datum		relocated = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 4, &isnull);
		bool		no_relocated = isnull;
		Datum		skus = seats_lock_tenant(tenant);

		if (!no_suspended)
			lifecycle_suspend_users(tenant, suspended);
		if (!no_restored)
			lifecycle_restore_users(tenant, skus, restored);
		if (!no_relocated)
			ripple_reevaluate_users(tenant, skus, relocated);
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * tenants_changed: a tenant's usage location is the effective location of
 * its users without one (R4.4, R5.3), so changing it re-judges them; turning
 * nested_group_licensing on or off re-applies every group (R4.11).
 */
Datum
tenants_changed(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	SPITupleTable *tenants;
	uint64		ntenants;

	(void) lm_enter_trigger(&ctx, fcinfo, "tenants_changed", false, false);
	ntenants = lm_run(&changed_tenants, NULL, NULL);
	tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		bool		relocated = DatumGetBool(SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull));
		bool		renested = DatumGetBool(SPI_getbinval(tenants->vals[t], tenants->tupdesc, 3, &isnull));
		Datum		skus = seats_lock_tenant(tenant);

		if (renested)
			groups_reapply_tenant(tenant, skus);
		if (relocated)
		{
			Datum		users;

			lm_run(&unlocated_users, &tenant, NULL);
			users = lm_value(0, 1, &isnull);
			if (!isnull)
				ripple_reevaluate_users(tenant, skus, users);
		}
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * subscriptions_changed: after subscriptions are inserted, updated or
 * deleted, every product whose seats may have changed gets its total
 * recomputed and what follows from it (ripple.c, R9).
 */
Datum
subscriptions_changed(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	TriggerData *trigdata = lm_enter_trigger(&ctx, fcinfo, "subscriptions_changed", false, false);
	SPITupleTable *tenants;
	uint64		ntenants;

	ntenants = lm_run(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ? &inserted_subscriptions :
					  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? &updated_subscriptions :
					  &deleted_subscriptions, NULL, NULL);
	tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		Datum		skus = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull);
		Datum	   *sku;
		int			n = lm_uuids(skus, &sku);
		int32	   *old_total = palloc(n * sizeof(int32));
		int32	   *new_total = palloc(n * sizeof(int32));

		/* a tenant deleted whole took its derived state with it */
		lm_run(&subscribed_tenant, &tenant, NULL);
		if (!lm_bool(0, 1))
			continue;
		seats_create(tenant, skus);
		(void) seats_lock(tenant, plan_rules_lock_set(skus), &(uint64) {0});
		/* every total first: judging one product may look at another's seats */
		for (int i = 0; i < n; i++)
			seats_refresh_total(tenant, sku[i], &old_total[i], &new_total[i]);
		for (int i = 0; i < n; i++)
			ripple_apply_total(tenant, sku[i], old_total[i], new_total[i]);
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * advance_subscriptions(at): move every subscription due at `at` one step
 * on its lifecycle (R9.1, R9.2): enabled -> warning for 30 days ->
 * suspended for 90 days -> deleted.  The next date counts from `at`, so
 * calling it again with the same `at` moves nothing.  Returns how many
 * moved; the subscription trigger applies what the change means.
 */
Datum
advance_subscriptions(PG_FUNCTION_ARGS)
{
	Datum		values[2];
	bool		isnull[2] = {false, false};
	LmContext	ctx;
	int			moved;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("at must not be null"),
				 errdetail("Subscriptions move one step when their next date is at or before at."),
				 errhint("Pass the time to advance to, such as now().")));
	if (TIMESTAMP_NOT_FINITE(PG_GETARG_TIMESTAMPTZ(0)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("at must be a finite time"),
				 errdetail("At infinity every subscription would be due, again and again: each call would move it one more step."),
				 errhint("Pass the time to advance to, such as now().")));
	LM_FORWARD(fcinfo, FORWARD_BY_SETTING);
	values[0] = PG_GETARG_DATUM(0);
	values[1] = lm_tenant_setting(&isnull[1]);
	lm_enter(&ctx);
	moved = lm_run(&advance_due_subscriptions, values, isnull);
	lm_leave(&ctx);
	PG_RETURN_INT32(moved);
}

/* The statements of this file, for statements.c. */
Statement *const lifecycle_statements[] = {
	&suspend_users, &restore_users, &changed_users, &changed_tenants, &unlocated_users,
	&inserted_subscriptions, &updated_subscriptions, &deleted_subscriptions, &subscribed_tenant,
	&advance_due_subscriptions, NULL};
