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

#include "access/xact.h"
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
			"  SELECT sku_id, slot, quota, used, quota - used AS unused FROM license_mgmt.seat_reserves"
			"   WHERE tenant_id = $1 AND sku_id = ANY ($2)"
			"   ORDER BY sku_id, slot FOR UPDATE),"
			/* judged on the values locked, not on the snapshot's: a reserve may have changed since */
			" emptied AS ("
			"  UPDATE license_mgmt.seat_reserves r SET quota = 0, used = 0 FROM locked l"
			"   WHERE r.tenant_id = $1 AND r.sku_id = l.sku_id AND r.slot = l.slot"
			"     AND (l.quota <> 0 OR l.used <> 0)"
			"  RETURNING 1)"
			" UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - x.unused,"
			"        over_limit = LEAST(c.over_limit, GREATEST(c.assigned - x.unused - c.total, 0))"
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
 * A reserve changed since the statement's snapshot is locked before its
 * room is checked again, and stays locked when it has none left; holding
 * such a reserve while waiting for the counter would wait in a circle with
 * seats_lock, which holds the counter and waits for every reserve.  So each
 * attempt runs in lm_attempt's subtransaction, whose rollback drops the
 * locks of an attempt that took nothing.
 */
typedef struct ReserveAttempt
{
	int32		(*take) (Datum *values);
	Datum	   *values;
	int32		slot;
} ReserveAttempt;

static bool
reserve_attempt(void *arg)
{
	ReserveAttempt *a = arg;

	a->slot = a->take(a->values);
	return a->slot != 0;
}

static int32
attempt_keeping_locks(int32 (*take) (Datum *values), Datum *values)
{
	ReserveAttempt a = {take, values, 0};

	(void) lm_attempt(reserve_attempt, &a);
	return a.slot;
}

/* values of the attempts: $1 tenant, $2 product, $3 the slot tried first */
#define RESERVE_ORDER " ORDER BY (slot + $3) % " CppAsString2(RESERVE_SLOTS)

/*
 * Move $4 seats from the counter to a reserve and claim one of them; lock
 * says how to pick it.
 */
#define REFILL_SQL(lock) \
	"WITH slot AS (" \
	"  SELECT slot FROM license_mgmt.seat_reserves" \
	"   WHERE tenant_id = $1 AND sku_id = $2" \
	RESERVE_ORDER lock " LIMIT 1)," \
	" counted AS (" \
	"  UPDATE license_mgmt.seat_counters SET assigned = assigned + $4," \
	"         over_limit = LEAST(over_limit, GREATEST(assigned + $4 - total, 0))" \
	"   WHERE tenant_id = $1 AND sku_id = $2 AND EXISTS (SELECT 1 FROM slot)" \
	"  RETURNING 1)" \
	" UPDATE license_mgmt.seat_reserves r SET quota = r.quota + $4, used = r.used + 1 FROM slot s" \
	"  WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = s.slot" \
	" RETURNING r.slot"

/*
 * The attempts take a reserve by claiming the caller's seat in it at once
 * (used + 1 for an assignment, - 1 for a removal), and the judgement
 * writes the reserve again only when the seat was not needed after all
 * (engine.c).  A row locked or written in a subtransaction and then written
 * by its parent gets a multixact, whose members every later look at the
 * row's versions has to read: half of a contended removal's CPU in perf.
 * condition says which reserves qualify, lock how to pick one (as in
 * REFILL_SQL), claim what the call does to its used seats.
 */
#define TAKE_SQL(condition, lock, claim) \
	"UPDATE license_mgmt.seat_reserves r SET used = r.used " claim \
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = (" \
	"  SELECT slot FROM license_mgmt.seat_reserves" \
	"   WHERE tenant_id = $1 AND sku_id = $2" condition \
	RESERVE_ORDER lock " LIMIT 1)" \
	" RETURNING r.slot"

/* An unlocked reserve with room, or 0. */
static int32
take_with_room(Datum *values)
{
	static SPIPlanPtr plan;

	lm_plan(&plan, TAKE_SQL(" AND used < quota", " FOR UPDATE SKIP LOCKED", "+ 1"),
			3, (Oid[]) {UUIDOID, UUIDOID, INT4OID});
	return lm_exec(plan, values, NULL) == 1 ? lm_int(0, 1) : 0;
}

/* The reserve $4 once its holder is done, if it still has room, or 0. */
static int32
take_slot_after_holder(Datum *values)
{
	static SPIPlanPtr plan;

	lm_plan(&plan,
			"UPDATE license_mgmt.seat_reserves SET used = used + 1"
			" WHERE tenant_id = $1 AND sku_id = $2 AND slot = $4 AND used < quota"
			" RETURNING slot",
			4, (Oid[]) {UUIDOID, UUIDOID, INT4OID, INT4OID});
	return lm_exec(plan, values, NULL) == 1 ? lm_int(0, 1) : 0;
}

/*
 * Each reserve that had room when this looked, in turn: wait for its
 * holder, and keep it if it still has room.  One reserve at a time, none
 * kept while waiting for the next, so nothing waits for us in return.
 */
static int32
take_after_holders(Datum *values)
{
	static SPIPlanPtr plan;
	int32		slots[RESERVE_SLOTS];
	uint64		n;

	lm_plan(&plan,
			"SELECT slot FROM license_mgmt.seat_reserves"
			" WHERE tenant_id = $1 AND sku_id = $2 AND used < quota" RESERVE_ORDER,
			3, (Oid[]) {UUIDOID, UUIDOID, INT4OID});
	n = Min(lm_exec(plan, values, NULL), RESERVE_SLOTS);
	for (uint64 i = 0; i < n; i++)
		slots[i] = lm_int(i, 1);
	for (uint64 i = 0; i < n; i++)
	{
		int32		slot;

		values[3] = Int32GetDatum(slots[i]);
		slot = attempt_keeping_locks(take_slot_after_holder, values);
		if (slot != 0)
			return slot;
	}
	return 0;
}

/*
 * An unlocked reserve to give a seat back to, or 0 when somebody may wait
 * for a seat: the waiting room is served from the counter.  Only a reserve
 * filled since it was last folded back qualifies: a reserve is filled only
 * while nobody waits, and beginning to wait folds every reserve (seats_lock).
 * The lock rechecks that on the reserve's latest version, so a waiter that
 * began meanwhile is seen without another look.
 */
static int32
take_to_give_back(Datum *values)
{
	static SPIPlanPtr plan;

	lm_plan(&plan, TAKE_SQL(" AND quota > 0", " FOR UPDATE SKIP LOCKED", "- 1"),
			3, (Oid[]) {UUIDOID, UUIDOID, INT4OID});
	return lm_exec(plan, values, NULL) == 1 ? lm_int(0, 1) : 0;
}

/*
 * seats_take_reserve gives a direct assignment (to_give) or removal of a
 * product a seat reserve to work in, locked, so that concurrent ones of the
 * same product do not queue on the counter's lock through their commits.
 * Only for products no plan rule touches: those are judged with their
 * related products locked.
 *
 * A removal takes any unlocked reserve filled since it was last folded back
 * and gives the seat back to it (its used may go below zero).  An assignment takes an unlocked reserve with
 * room; failing that, when the counter had no free seat, it waits for the
 * holders of those that had room; and failing that, it locks the counter
 * (holding no reserve) and refills one from the counter's free seats, or,
 * with none there, looks at the reserves once more under the counter's
 * lock.
 *
 * Returns the reserve's slot, the caller's seat already claimed in it (an
 * assignment's used + 1, a removal's used - 1; the judgement puts it back
 * when the seat was not needed); RESERVE_FULL when, under the counter's lock,
 * no seat was free anywhere (the caller judges with no seat to give: it
 * refuses, or needs none); 0 when the caller must lock the counter and fold
 * the reserves with seats_lock_related: somebody waits for a seat, or the
 * product has no counter.
 */
int32
seats_take_reserve(Datum tenant, Datum sku, bool to_give)
{
	static SPIPlanPtr peek_plan;
	static SPIPlanPtr counter_plan;
	static SPIPlanPtr refill_plans[2];
	static SPIPlanPtr wait_plan;
	static SPIPlanPtr room_plan;
	Datum		values[4] = {tenant, sku, Int32GetDatum(MyProcPid % RESERVE_SLOTS)};
	int32		total;
	int32		assigned;
	int32		slot;

	slot = attempt_keeping_locks(to_give ? take_with_room : take_to_give_back, values);
	if (slot != 0 || !to_give)
		return slot;

	/*
	 * With free seats in the counter, refill a reserve from it at once.
	 * Without, the reserves in use had the room: their holders may be giving
	 * seats back, or taking the last.
	 */
	lm_plan(&peek_plan,
			"SELECT c.total - c.assigned > 0 FROM license_mgmt.seat_counters c"
			" WHERE c.tenant_id = $1 AND c.sku_id = $2",
			2, (Oid[]) {UUIDOID, UUIDOID});
	if (lm_exec(peek_plan, values, NULL) == 0)
		return 0;
	if (!lm_bool(0, 1))
	{
		slot = take_after_holders(values);
		if (slot != 0)
			return slot;
	}

	/* the counter's lock, holding no reserve: seats_lock takes them in that order */
	lm_plan(&counter_plan,
			"SELECT c.total, c.assigned,"
			"       " SOMEONE_WAITS_SQL
			"  FROM license_mgmt.seat_counters c WHERE c.tenant_id = $1 AND c.sku_id = $2 FOR UPDATE OF c",
			2, (Oid[]) {UUIDOID, UUIDOID});
	if (lm_exec(counter_plan, values, NULL) == 0 || lm_bool(0, 3))
		return 0;
	total = lm_int(0, 1);
	assigned = lm_int(0, 2);

	if (total - assigned > 0)
	{
		/* move a share of the free seats to a reserve, an unlocked one if any */
		values[3] = Int32GetDatum(Max(1, (total - assigned) / (2 * RESERVE_SLOTS)));
		for (int wait = 0; wait < 2; wait++)
		{
			lm_plan(&refill_plans[wait],
					wait ? REFILL_SQL(" FOR UPDATE") : REFILL_SQL(" FOR UPDATE SKIP LOCKED"),
					4, (Oid[]) {UUIDOID, UUIDOID, INT4OID, INT4OID});
			if (lm_exec(refill_plans[wait], values, NULL) == 1)
				return lm_int(0, 1);
		}
		return 0;
	}

	/*
	 * No free seat in the counter.  Seats that reserves had when the last
	 * look was taken may be in use by their holders' uncommitted calls, or
	 * given back by them: wait for those holders, then look again.  Holding
	 * the counter, nothing can wait for us while we wait for a reserve.
	 */
	lm_plan(&wait_plan, TAKE_SQL(" AND used < quota", " FOR UPDATE", "+ 1"),
			3, (Oid[]) {UUIDOID, UUIDOID, INT4OID});
	lm_plan(&room_plan,
			"SELECT EXISTS (SELECT 1 FROM license_mgmt.seat_reserves"
			"                WHERE tenant_id = $1 AND sku_id = $2 AND used < quota)",
			2, (Oid[]) {UUIDOID, UUIDOID});
	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		if (lm_exec(wait_plan, values, NULL) == 1)
			return lm_int(0, 1);
		lm_exec(room_plan, values, NULL);
		if (!lm_bool(0, 1))
			return RESERVE_FULL;
	}
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
			" SELECT $1, c.sku_id, slot FROM created c, generate_series(1, " CppAsString2(RESERVE_SLOTS) ") AS slot",
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
			"SELECT total, assigned FROM license_mgmt_internal.seat_usage"
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
			"   SET total = t.total, over_limit = GREATEST(c.assigned - t.total, 0)"
			"  FROM (SELECT COALESCE(sum(s.seats), 0)::integer AS total"
			"          FROM license_mgmt.subscriptions s"
			"         WHERE s.tenant_id = $1 AND s.sku_id = $2"
			"           AND s.status IN ('enabled', 'warning')) t"
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
				"  UPDATE license_mgmt.seat_counters SET assigned = 0, over_limit = 0"
				"   WHERE tenant_id = $1 AND sku_id = $2 RETURNING 1),"
				" audited AS ("
				"  " AUDIT_STATES_INSERT_SQL
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

/* The statements of this file, for statements.c. */
Statement *const seats_statements[] = {NULL};
