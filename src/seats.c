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
 *
 * One row lock held through every commit caps a product at one commit at a
 * time, so single direct assignments work in one of eight seat reserves
 * instead (seats_take_reserve): seats set aside from the counter, one lock
 * each.  Every other change folds the reserves back first (seats_lock).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/uuid.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

/*
 * seats_lock locks the counters of the products in skus (uuid[]) of a
 * tenant, in sku order, then all their reserves, and folds the reserves
 * back into the counters: what follows sees every seat in the counter.
 * Returns the counters' (sku_id, total) rows; *n is their number.
 */
SPITupleTable *
seats_lock(Datum tenant, Datum skus, uint64 *n)
{
	static SPIPlanPtr counters_plan;
	static SPIPlanPtr reserves_plan;
	Oid			types[2] = {UUIDOID, UUIDARRAYOID};
	Datum		values[2] = {tenant, skus};
	SPITupleTable *counters;

	lm_plan(&counters_plan,
			"SELECT sku_id, total FROM license_mgmt.seat_counters"
			" WHERE tenant_id = $1 AND sku_id = ANY ($2)"
			" ORDER BY sku_id FOR UPDATE",
			2, types);
	*n = lm_exec(counters_plan, values, NULL);
	counters = SPI_tuptable;

	lm_plan(&reserves_plan,
			"WITH locked AS ("
			"  SELECT sku_id, slot, quota - used AS unused FROM license_mgmt.seat_reserves"
			"   WHERE tenant_id = $1 AND sku_id = ANY ($2)"
			"   ORDER BY sku_id, slot FOR UPDATE),"
			" emptied AS ("
			"  UPDATE license_mgmt.seat_reserves r SET quota = 0, used = 0 FROM locked l"
			"   WHERE r.tenant_id = $1 AND r.sku_id = l.sku_id AND r.slot = l.slot"
			"     AND (r.quota <> 0 OR r.used <> 0)"
			"  RETURNING 1)"
			" UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - x.unused"
			"   FROM (SELECT sku_id, sum(unused)::integer AS unused FROM locked GROUP BY sku_id) x"
			"  WHERE c.tenant_id = $1 AND c.sku_id = x.sku_id AND x.unused <> 0",
			2, types);
	lm_exec(reserves_plan, values, NULL);
	return counters;
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
	uint64		n;
	SPITupleTable *counters;

	counters = seats_lock(tenant, plan_rules_apply_to(sku) ? plan_rules_lock_set(skus) : skus, &n);
	for (uint64 i = 0; i < n; i++)
	{
		bool		isnull;

		if (DatumGetBool(DirectFunctionCall2(uuid_eq,
											 SPI_getbinval(counters->vals[i], counters->tupdesc, 1, &isnull),
											 sku)))
			return DatumGetInt32(SPI_getbinval(counters->vals[i], counters->tupdesc, 2, &isnull));
	}
	return 0;
}

/*
 * seats_take_reserve gives a direct assignment (to_give) or removal of a
 * product a seat reserve to work in, locked, so that concurrent ones of the
 * same product do not queue on the counter's lock through their commits.
 * It never waits for a locked reserve.  An assignment takes one with room,
 * refilling one from the counter when none has (only while nobody waits
 * for a seat, and leaving most free seats in the counter); a removal takes
 * one in use.  Returns the reserve's slot; RESERVE_FULL when the product has
 * no seat anywhere (the caller holds the counter's lock and judges with it);
 * or 0 when the caller must lock the counter with seats_lock_related.  Only
 * for products no plan rule touches: those are judged with their related
 * products locked.
 */
int32
seats_take_reserve(Datum tenant, Datum sku, bool to_give)
{
	static SPIPlanPtr take_plan;
	static SPIPlanPtr counter_plan;
	static SPIPlanPtr refill_plan;
	Datum		values[4] = {tenant, sku, BoolGetDatum(to_give), Int32GetDatum(MyProcPid % RESERVE_SLOTS)};
	int32		total;
	int32		assigned;
	int32		chunk;

	lm_plan(&take_plan,
			"SELECT slot FROM license_mgmt.seat_reserves"
			" WHERE tenant_id = $1 AND sku_id = $2"
			"   AND CASE WHEN $3 THEN used < quota ELSE quota > 0 END"
			" ORDER BY (slot + $4) % 8 FOR UPDATE SKIP LOCKED LIMIT 1",
			4, (Oid[]) {UUIDOID, UUIDOID, BOOLOID, INT4OID});
	if (lm_exec(take_plan, values, NULL) == 1)
		return lm_int(0, 1);
	if (!to_give)
		return 0;

	/* refill: the counter's lock, holding no reserve, so nothing waits in a circle */
	lm_plan(&counter_plan,
			"SELECT c.total, c.assigned,"
			"       EXISTS (SELECT 1 FROM license_mgmt.license_states w"
			"                WHERE w.tenant_id = $1 AND w.sku_id = $2 AND w.error = 'CountViolation'),"
			"       (SELECT COALESCE(sum(r.quota - r.used), 0)::integer FROM license_mgmt.seat_reserves r"
			"         WHERE r.tenant_id = $1 AND r.sku_id = $2)"
			"  FROM license_mgmt.seat_counters c WHERE c.tenant_id = $1 AND c.sku_id = $2 FOR UPDATE OF c",
			2, (Oid[]) {UUIDOID, UUIDOID});
	if (lm_exec(counter_plan, values, NULL) == 0 || lm_bool(0, 3))
		return 0;
	total = lm_int(0, 1);
	assigned = lm_int(0, 2);

	/*
	 * No seat outside the reserves, and none left in them either (what a
	 * locked reserve holds is read as committed: it is being given back, not
	 * taken, as taking needs room): the product is full now, and the counter's
	 * lock alone serves to judge the call, which will refuse or need no seat.
	 */
	if (total - assigned <= 0)
		return lm_int(0, 4) <= 0 ? RESERVE_FULL : 0;
	chunk = Max(1, (total - assigned) / (2 * RESERVE_SLOTS));

	lm_plan(&refill_plan,
			"WITH slot AS ("
			"  SELECT slot FROM license_mgmt.seat_reserves"
			"   WHERE tenant_id = $1 AND sku_id = $2"
			"   ORDER BY (slot + $4) % 8 FOR UPDATE SKIP LOCKED LIMIT 1),"
			" counted AS ("
			"  UPDATE license_mgmt.seat_counters SET assigned = assigned + $3"
			"   WHERE tenant_id = $1 AND sku_id = $2 AND EXISTS (SELECT 1 FROM slot)"
			"  RETURNING 1)"
			" UPDATE license_mgmt.seat_reserves r SET quota = r.quota + $3 FROM slot s"
			"  WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = s.slot"
			" RETURNING r.slot",
			4, (Oid[]) {UUIDOID, UUIDOID, INT4OID, INT4OID});
	values[2] = Int32GetDatum(chunk);
	if (lm_exec(refill_plan, values, NULL) == 1)
		return lm_int(0, 1);
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
	Datum		skus;
	uint64		n;

	lm_plan(&plan,
			"SELECT COALESCE(array_agg(sku_id ORDER BY sku_id), '{}')"
			"  FROM license_mgmt.seat_counters WHERE tenant_id = $1",
			1, types);
	lm_exec(plan, &tenant, NULL);
	skus = lm_value(0, 1, &(bool) {false});
	(void) seats_lock(tenant, skus, &n);
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
			"WITH created AS ("
			"  INSERT INTO license_mgmt.seat_counters (tenant_id, sku_id)"
			"  SELECT $1, s FROM unnest($2::uuid[]) AS s ORDER BY s"
			"  ON CONFLICT DO NOTHING"
			"  RETURNING sku_id)"
			" INSERT INTO license_mgmt.seat_reserves (tenant_id, sku_id, slot)"
			" SELECT $1, c.sku_id, slot FROM created c, generate_series(1, 8) AS slot",
			2, types);
	lm_exec(plan, values, NULL);
}

/*
 * seats_read returns a product's total and the seats held (its reserves'
 * unused seats not counted); zeros when it has no counter.
 */
void
seats_read(Datum tenant, Datum sku, int32 *total, int32 *assigned)
{
	static SPIPlanPtr plan;
	Oid			types[2] = {UUIDOID, UUIDOID};
	Datum		values[2] = {tenant, sku};

	lm_plan(&plan,
			"SELECT total, assigned FROM license_mgmt.seat_usage"
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
