/*
 * seats.c
 *		Seat accounting: the counter row per (tenant, product).
 *
 * Every change to who holds a product locks that product's counter row
 * first, in sku_id order when there are several, and holds it to commit.
 * That one row lock is what makes the seat limit exact under any
 * interleaving (R2.5): the decision "a seat is free" is taken by the only
 * transaction that can change the product, on a snapshot taken after the
 * lock.  Sorting the locks means two transactions touching the same
 * products never wait for each other in opposite order.
 *
 * The counter's total follows the subscriptions (R2.1, R9); its assigned is
 * kept by the engine's statements (engine.c).  When seats free up, the
 * waiting room is served here, first come first served (R6.1).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/uuid.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

/*
 * seats_lock locks the counters of the products in skus (uuid[]) of a
 * tenant, in sku order.  The result holds (sku_id, total) of each.
 */
void
seats_lock(Datum tenant, Datum skus)
{
	static SPIPlanPtr plan;
	Oid			types[2] = {UUIDOID, UUIDARRAYOID};
	Datum		values[2] = {tenant, skus};

	lm_plan(&plan,
			"SELECT sku_id, total FROM license_mgmt.seat_counters"
			" WHERE tenant_id = $1 AND sku_id = ANY ($2)"
			" ORDER BY sku_id FOR UPDATE",
			2, types);
	lm_exec(plan, values, NULL);
}

/*
 * seats_lock_related locks the counters of a product and of every product a
 * plan rule ties to it (plan_rules.c), so that the rules are judged on a
 * stable view of the user's other products too.  Returns the product's
 * total seats (0 when it has no counter), read under the lock.
 */
int32
seats_lock_related(Datum tenant, Datum sku)
{
	Datum		skus = lm_uuid_array(sku);

	seats_lock(tenant, plan_rules_apply_to(sku) ? plan_rules_lock_set(skus) : skus);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		if (DatumGetBool(DirectFunctionCall2(uuid_eq, lm_value(i, 1, &isnull), sku)))
			return lm_int(i, 2);
	}
	return 0;
}

/*
 * seats_refuse_unusable refuses new assignments of a product the tenant has
 * no enabled or warning seats of (license_product_subscribed, R9.3); total
 * is what seats_lock_related read.
 */
void
seats_refuse_unusable(int32 total, const char *product)
{
	if (total > 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("the tenant has no usable subscription of \"%s\"", product),
			 errdetail("No subscription of \"%s\" in this tenant is enabled or in its grace period with seats.", product),
			 errhint("Buy seats of the product, or renew its subscription."),
			 errconstraint("license_product_subscribed")));
}

/*
 * seats_lock_tenant locks every counter of a tenant: changes to a user
 * (soft delete, restore, location) touch all of their products at once.
 * Returns the products as uuid[].
 */
Datum
seats_lock_tenant(Datum tenant)
{
	static SPIPlanPtr plan;
	Oid			types[1] = {UUIDOID};
	bool		isnull;
	Datum		skus;

	lm_plan(&plan,
			"SELECT COALESCE(array_agg(c.sku_id ORDER BY c.sku_id), '{}')"
			"  FROM (SELECT sku_id FROM license_mgmt.seat_counters"
			"         WHERE tenant_id = $1 ORDER BY sku_id FOR UPDATE) c",
			1, types);
	lm_exec(plan, &tenant, NULL);
	skus = lm_value(0, 1, &isnull);
	return skus;
}

/*
 * seats_create makes sure every product in skus (uuid[]) has a counter for
 * the tenant: the first subscription of a product creates it, and it stays.
 */
void
seats_create(Datum tenant, Datum skus)
{
	static SPIPlanPtr plan;
	Oid			types[2] = {UUIDOID, UUIDARRAYOID};
	Datum		values[2] = {tenant, skus};

	lm_plan(&plan,
			"INSERT INTO license_mgmt.seat_counters (tenant_id, sku_id)"
			" SELECT $1, s FROM unnest($2::uuid[]) AS s ORDER BY s"
			" ON CONFLICT DO NOTHING",
			2, types);
	lm_exec(plan, values, NULL);
}

/* seats_read returns a product's counter; zeros when it has none. */
void
seats_read(Datum tenant, Datum sku, int32 *total, int32 *assigned)
{
	static SPIPlanPtr plan;
	Oid			types[2] = {UUIDOID, UUIDOID};
	Datum		values[2] = {tenant, sku};

	lm_plan(&plan,
			"SELECT total, assigned FROM license_mgmt.seat_counters"
			" WHERE tenant_id = $1 AND sku_id = $2",
			2, types);
	if (lm_exec(plan, values, NULL) == 0)
	{
		*total = 0;
		*assigned = 0;
		return;
	}
	*total = lm_int(0, 1);
	*assigned = lm_int(0, 2);
}

/*
 * seats_serve_waiting_room gives free seats of a product to the states
 * waiting with CountViolation, in the order they began to wait (ties in
 * membership order, then user id), until seats or waiters run out (R6.1).
 * Each round judges as many waiters as there are free seats; a waiter that
 * now fails another rule leaves the room with that error instead.
 */
void
seats_serve_waiting_room(Datum tenant, Datum sku)
{
	EngineOptions options = {.keep_failures = true};

	for (;;)
	{
		int32		total;
		int32		assigned;
		Datum		free;
		EngineResult served;

		seats_read(tenant, sku, &total, &assigned);
		if (total - assigned <= 0)
			return;
		free = Int32GetDatum(total - assigned);
		served = engine_apply(SOURCE_WAITING, tenant, sku, options, &free, 1);
		/* a seat given can meet a dependency or create a conflict elsewhere */
		engine_ripple(tenant, sku, served.users, false);
		if (served.candidates == 0 || served.waiting == served.candidates)
			return;
	}
}

/*
 * seats_refresh_total recomputes a product's total from its subscriptions,
 * under the counter's lock (the caller took it).  seats_apply_total then
 * applies what the change means (R9.3, R9.4, R6.1):
 *	- no usable seats any more: every state of the product becomes disabled;
 *	- usable seats again: the disabled states are judged afresh;
 *	- more seats: the waiting room is served.
 * Fewer seats than assigned takes nothing away; available goes negative.
 */
void
seats_refresh_total(Datum tenant, Datum sku, int32 *old_total, int32 *new_total)
{
	static SPIPlanPtr total_plan;
	Oid			types[2] = {UUIDOID, UUIDOID};
	Datum		values[2] = {tenant, sku};
	int32		assigned;

	seats_read(tenant, sku, old_total, &assigned);

	lm_plan(&total_plan,
			"UPDATE license_mgmt.seat_counters c"
			"   SET total = (SELECT COALESCE(sum(s.seats), 0)::integer"
			"                  FROM license_mgmt.subscriptions s"
			"                 WHERE s.tenant_id = $1 AND s.sku_id = $2"
			"                   AND s.status IN ('enabled', 'warning'))"
			" WHERE c.tenant_id = $1 AND c.sku_id = $2"
			" RETURNING c.total",
			2, types);
	lm_exec(total_plan, values, NULL);
	*new_total = lm_int(0, 1);
}

/*
 * seats_apply_total applies what a product's new total means; called once
 * every product of a change has its new total, so that no judgement sees a
 * total about to change.
 */
void
seats_apply_total(Datum tenant, Datum sku, int32 old_total, int32 new_total)
{
	static SPIPlanPtr disable_plan;

	if (old_total > 0 && new_total == 0)
	{
		bool		isnull;
		Datum		users;

		lm_plan(&disable_plan,
				"WITH disabled AS ("
				"  UPDATE license_mgmt.license_states"
				"     SET state = 'disabled', error = NULL, waiting_since = NULL, last_updated = now()"
				"   WHERE tenant_id = $1 AND sku_id = $2 AND state NOT IN ('suspended', 'disabled')"
				"  RETURNING user_id),"
				" counted AS ("
				"  UPDATE license_mgmt.seat_counters SET assigned = 0"
				"   WHERE tenant_id = $1 AND sku_id = $2 RETURNING 1),"
				" audited AS ("
				"  INSERT INTO license_mgmt.audit_log"
				"         (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)"
				"  SELECT $1, $3, array_agg(s.user_id ORDER BY s.user_id), NULLIF(s.group_id, " NIL_SOURCE_SQL "),"
				"         $2, s.state, 'disabled', NULL"
				"    FROM license_mgmt.license_states s"
				"   WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.state NOT IN ('suspended', 'disabled')"
				"   GROUP BY s.group_id, s.state"
				"  RETURNING 1)"
				" SELECT array_agg(DISTINCT user_id) FROM disabled",
				3, (Oid[]) {UUIDOID, UUIDOID, TEXTOID});
		lm_exec(disable_plan, (Datum[]) {tenant, sku, CStringGetTextDatum(lm_action())}, NULL);
		/* what these users held may have been required by another product (R7.1) */
		users = lm_value(0, 1, &isnull);
		if (!isnull)
			engine_ripple(tenant, sku, users, false);
	}
	else if (old_total == 0 && new_total > 0)
	{
		EngineOptions options = {.keep_failures = true};
		EngineResult result;

		/* one source per user per pass, until none is left disabled */
		do
		{
			result = engine_apply(SOURCE_DISABLED, tenant, sku, options, NULL, 0);
			engine_ripple(tenant, sku, result.users, false);
		} while (result.candidates > 0);
	}
	if (new_total > old_total)
		seats_serve_waiting_room(tenant, sku);
}
