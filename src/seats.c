/*
 * seats.c
 *		Seat accounting: the counter row per (tenant, product) and its
 *		reserves.
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
 * kept by the engine's statements (engine.c).  What a changed total means
 * for the states, and the waiting room, are ripple.c's.
 *
 * One row lock held through every commit caps a product at one commit at a
 * time, so single direct assignments work in one of eight seat reserves
 * instead (seats_take_reserve): seats set aside from the counter, one lock
 * each.  Every other change folds the reserves back first (seats_lock).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"

#include "license_mgmt.h"

/* The counters of products $2 of tenant $1, locked in sku order. */
static Statement lock_counters = {
	"lock_counters",
	"SELECT c.sku_id, c.total FROM license_mgmt.seat_counters c"
	" WHERE c.tenant_id = $1 AND c.sku_id = ANY ($2)"
	" ORDER BY c.sku_id FOR UPDATE",
	2, {UUIDOID, UUIDARRAYOID}};

/*
 * Their reserves, locked in order and folded back into the counters: judged
 * on the values locked, not on the snapshot's, since a reserve may have
 * changed since.
 */
static Statement fold_reserves = {
	"fold_reserves",
	"WITH locked AS ("
	"  SELECT r.sku_id, r.slot, r.quota, r.used, r.quota - r.used AS unused"
	"    FROM license_mgmt.seat_reserves r"
	"   WHERE r.tenant_id = $1 AND r.sku_id = ANY ($2)"
	"   ORDER BY r.sku_id, r.slot FOR UPDATE),"
	" emptied AS ("
	"  UPDATE license_mgmt.seat_reserves r SET quota = 0, used = 0 FROM locked l"
	"   WHERE r.tenant_id = $1 AND r.sku_id = l.sku_id AND r.slot = l.slot"
	"     AND (l.quota <> 0 OR l.used <> 0)"
	"  RETURNING 1)"
	" UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - x.unused,"
	"        over_limit = LEAST(c.over_limit, GREATEST(c.assigned - x.unused - c.total, 0))"
	"   FROM (SELECT l.sku_id, sum(l.unused)::integer AS unused FROM locked l GROUP BY l.sku_id) x"
	"  WHERE c.tenant_id = $1 AND c.sku_id = x.sku_id AND x.unused <> 0",
	2, {UUIDOID, UUIDARRAYOID}};

/*
 * seats_lock locks the counters of the products in skus (uuid[]) of a
 * tenant, in sku order, then all their reserves, and folds the reserves
 * back into the counters: what follows sees every seat in the counter.
 * Returns the counters' (sku_id, total) rows; *n is their number.
 */
SPITupleTable *
seats_lock(Datum tenant, Datum skus, uint64 *n)
{
	Datum		values[2] = {tenant, skus};
	SPITupleTable *counters;

	*n = lm_run(&lock_counters, values, NULL);
	counters = SPI_tuptable;
	lm_run(&fold_reserves, values, NULL);
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

	counters = seats_lock(tenant, product_has_rules(sku) ? plan_rules_lock_set(skus) : skus, &n);
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

/* The tenant's products with a counter, in sku order. */
static Statement tenant_products = {
	"tenant_products",
	"SELECT COALESCE(array_agg(c.sku_id ORDER BY c.sku_id), '{}')"
	"  FROM license_mgmt.seat_counters c WHERE c.tenant_id = $1",
	1, {UUIDOID}};

/*
 * seats_lock_tenant locks every counter of a tenant: changes to a user
 * (soft delete, restore, location) touch all of their products at once.
 * Returns the products as uuid[].
 */
Datum
seats_lock_tenant(Datum tenant)
{
	Datum		skus;
	uint64		n;

	lm_run(&tenant_products, &tenant, NULL);
	skus = lm_value(0, 1, &(bool) {false});
	(void) seats_lock(tenant, skus, &n);
	return skus;
}

/*
 * Taking a reserve.  The attempts claim the caller's seat in the reserve at
 * once (used + 1 for an assignment, - 1 for a removal), and the judgement
 * writes the reserve again only when the seat was not needed after all
 * (engine.c): a row locked or written in a subtransaction and then written
 * by its parent gets a multixact, whose members every later look at the
 * row's versions has to read.  Parameters: $1 tenant, $2 product, $3 the
 * slot tried first (reserves are tried from there, round the slots), $4 a
 * slot or a number of seats.
 *
 * A reserve changed since the statement's snapshot is locked before its
 * room is checked again, and stays locked when it has none left; holding
 * such a reserve while waiting for the counter would wait in a circle with
 * seats_lock, which holds the counter and waits for every reserve.  So each
 * attempt runs in lm_attempt's subtransaction, whose rollback drops the
 * locks of an attempt that took nothing.
 */

/* An unlocked reserve with room: claim a seat in it. */
static Statement take_with_room = {
	"take_with_room",
	"UPDATE license_mgmt.seat_reserves r SET used = r.used + 1"
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = ("
	"  SELECT o.slot FROM license_mgmt.seat_reserves o"
	"   WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.used < o.quota"
	"   ORDER BY (o.slot + $3) % 8 FOR UPDATE SKIP LOCKED LIMIT 1)"
	" RETURNING r.slot",
	3, {UUIDOID, UUIDOID, INT4OID}};

/*
 * An unlocked reserve filled since it was last folded back: give a seat
 * back to it.  A reserve is filled only while nobody waits, and beginning
 * to wait folds every reserve (seats_lock), so such a reserve also says
 * that nobody waits; the lock rechecks that on the reserve's latest
 * version, so a waiter that began meanwhile is seen without another look.
 */
static Statement take_to_give_back = {
	"take_to_give_back",
	"UPDATE license_mgmt.seat_reserves r SET used = r.used - 1"
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = ("
	"  SELECT o.slot FROM license_mgmt.seat_reserves o"
	"   WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.quota > 0"
	"   ORDER BY (o.slot + $3) % 8 FOR UPDATE SKIP LOCKED LIMIT 1)"
	" RETURNING r.slot",
	3, {UUIDOID, UUIDOID, INT4OID}};

/* The reserves that have room, from the slot tried first. */
static Statement reserves_with_room = {
	"reserves_with_room",
	"SELECT r.slot FROM license_mgmt.seat_reserves r"
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.used < r.quota"
	" ORDER BY (r.slot + $3) % 8",
	3, {UUIDOID, UUIDOID, INT4OID}};

/* Reserve $4 once its holder is done, if it still has room: claim a seat in it. */
static Statement take_slot_after_holder = {
	"take_slot_after_holder",
	"UPDATE license_mgmt.seat_reserves r SET used = r.used + 1"
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $4 AND r.used < r.quota"
	" RETURNING r.slot",
	4, {UUIDOID, UUIDOID, INT4OID, INT4OID}};

/* Does the counter have a free seat? */
static Statement counter_has_room = {
	"counter_has_room",
	"SELECT c.total - c.assigned > 0 FROM license_mgmt.seat_counters c"
	" WHERE c.tenant_id = $1 AND c.sku_id = $2",
	2, {UUIDOID, UUIDOID}};

/* The counter, locked, and whether anybody waits for a seat. */
static Statement lock_counter_peek = {
	"lock_counter_peek",
	"SELECT c.total, c.assigned,"
	"       EXISTS (SELECT 1 FROM license_mgmt.license_states w"
	"                WHERE w.tenant_id = $1 AND w.sku_id = $2 AND w.error = 'CountViolation')"
	"  FROM license_mgmt.seat_counters c WHERE c.tenant_id = $1 AND c.sku_id = $2 FOR UPDATE OF c",
	2, {UUIDOID, UUIDOID}};

/*
 * Move $4 seats from the counter to a reserve, taken with lock (the first
 * unlocked one, or the first in turn), and claim one of them.
 */
#define REFILL_SQL(lock) \
	"WITH slot AS (" \
	"  SELECT o.slot FROM license_mgmt.seat_reserves o" \
	"   WHERE o.tenant_id = $1 AND o.sku_id = $2" \
	"   ORDER BY (o.slot + $3) % 8 " lock " LIMIT 1)," \
	" counted AS (" \
	"  UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + $4," \
	"         over_limit = LEAST(c.over_limit, GREATEST(c.assigned + $4 - c.total, 0))" \
	"   WHERE c.tenant_id = $1 AND c.sku_id = $2 AND EXISTS (SELECT 1 FROM slot)" \
	"  RETURNING 1)" \
	" UPDATE license_mgmt.seat_reserves r SET quota = r.quota + $4, used = r.used + 1 FROM slot s" \
	"  WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = s.slot" \
	" RETURNING r.slot"

static Statement refill_unlocked = {
	"refill_unlocked", REFILL_SQL("FOR UPDATE SKIP LOCKED"),
	4, {UUIDOID, UUIDOID, INT4OID, INT4OID}};

/* waiting for the holder of the first reserve in turn */
static Statement refill_waiting = {
	"refill_waiting", REFILL_SQL("FOR UPDATE"),
	4, {UUIDOID, UUIDOID, INT4OID, INT4OID}};

/* A reserve with room, waiting for its holder: claim a seat in it. */
static Statement take_waiting = {
	"take_waiting",
	"UPDATE license_mgmt.seat_reserves r SET used = r.used + 1"
	" WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = ("
	"  SELECT o.slot FROM license_mgmt.seat_reserves o"
	"   WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.used < o.quota"
	"   ORDER BY (o.slot + $3) % 8 FOR UPDATE LIMIT 1)"
	" RETURNING r.slot",
	3, {UUIDOID, UUIDOID, INT4OID}};

/* Has any reserve room? */
static Statement any_reserve_room = {
	"any_reserve_room",
	"SELECT EXISTS (SELECT 1 FROM license_mgmt.seat_reserves r"
	"                WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.used < r.quota)",
	2, {UUIDOID, UUIDOID}};

typedef struct ReserveAttempt
{
	Statement  *take;
	Datum	   *values;
	int32		slot;
} ReserveAttempt;

static bool
reserve_attempt(void *arg)
{
	ReserveAttempt *a = arg;

	a->slot = lm_run(a->take, a->values, NULL) == 1 ? lm_int(0, 1) : 0;
	return a->slot != 0;
}

/* Run a taking statement in a subtransaction; its slot, or 0 (its locks dropped). */
static int32
attempt_keeping_locks(Statement *take, Datum *values)
{
	ReserveAttempt a = {take, values, 0};

	(void) lm_attempt(reserve_attempt, &a);
	return a.slot;
}

/*
 * Each reserve that had room when this looked, in turn: wait for its
 * holder, and keep it if it still has room.  One reserve at a time, none
 * kept while waiting for the next, so nothing waits for us in return.
 */
static int32
take_after_holders(Datum *values)
{
	int32		slots[RESERVE_SLOTS];
	uint64		n;

	n = Min(lm_run(&reserves_with_room, values, NULL), RESERVE_SLOTS);
	for (uint64 i = 0; i < n; i++)
		slots[i] = lm_int(i, 1);
	for (uint64 i = 0; i < n; i++)
	{
		int32		slot;

		values[3] = Int32GetDatum(slots[i]);
		slot = attempt_keeping_locks(&take_slot_after_holder, values);
		if (slot != 0)
			return slot;
	}
	return 0;
}

/*
 * seats_take_reserve gives a direct assignment (to_give) or removal of a
 * product a seat reserve to work in, locked, so that concurrent ones of the
 * same product do not queue on the counter's lock through their commits.
 * Only for products no plan rule or location restricts: those are judged
 * with their related products locked.
 *
 * A removal takes any unlocked reserve filled since it was last folded
 * back and gives the seat back to it (its used may go below zero).  An
 * assignment takes an unlocked reserve with room; failing that, when the
 * counter had no free seat, it waits for the holders of those that had
 * room; and failing that, it locks the counter (holding no reserve) and
 * refills one from the counter's free seats, or, with none there, looks at
 * the reserves once more under the counter's lock.
 *
 * Returns the reserve's slot, the caller's seat already claimed in it (an
 * assignment's used + 1, a removal's used - 1; the judgement puts it back
 * when the seat was not needed); RESERVE_FULL when, under the counter's
 * lock, no seat was free anywhere (the caller judges with no seat to give:
 * it refuses, or needs none); 0 when the caller must lock the counter and
 * fold the reserves with seats_lock_related: somebody waits for a seat, or
 * the product has no counter.
 */
int32
seats_take_reserve(Datum tenant, Datum sku, bool to_give)
{
	Datum		values[4] = {tenant, sku, Int32GetDatum(MyProcPid % RESERVE_SLOTS)};
	int32		total;
	int32		assigned;
	int32		slot;

	StaticAssertStmt(RESERVE_SLOTS == 8, "the reserve statements go round 8 slots");
	slot = attempt_keeping_locks(to_give ? &take_with_room : &take_to_give_back, values);
	if (slot != 0 || !to_give)
		return slot;

	/*
	 * With free seats in the counter, refill a reserve from it at once.
	 * Without, the reserves in use had the room: their holders may be giving
	 * seats back, or taking the last.
	 */
	if (lm_run(&counter_has_room, values, NULL) == 0)
		return 0;
	if (!lm_bool(0, 1))
	{
		slot = take_after_holders(values);
		if (slot != 0)
			return slot;
	}

	/*
	 * The counter's lock, holding no reserve: seats_lock takes them in that
	 * order.  A change of the catalog takes it too: one that committed while
	 * we waited may have given the product rules or locations, whose
	 * judgement needs the counter (the caller locks it with its reserves).
	 */
	if (lm_run(&lock_counter_peek, values, NULL) == 0 || lm_bool(0, 3))
		return 0;
	AcceptInvalidationMessages();
	{
		ProductFacts facts;

		(void) product_facts(sku, &facts);
		if (facts.rules || facts.locations)
			return 0;
	}
	total = lm_int(0, 1);
	assigned = lm_int(0, 2);

	if (total - assigned > 0)
	{
		/* move a share of the free seats to a reserve, an unlocked one if any */
		values[3] = Int32GetDatum(Max(1, (total - assigned) / (2 * RESERVE_SLOTS)));
		if (lm_run(&refill_unlocked, values, NULL) == 1 || lm_run(&refill_waiting, values, NULL) == 1)
			return lm_int(0, 1);
		return 0;
	}

	/*
	 * No free seat in the counter.  Seats that reserves had when the last
	 * look was taken may be in use by their holders' uncommitted calls, or
	 * given back by them: wait for those holders, then look again.  Holding
	 * the counter, nothing can wait for us while we wait for a reserve.
	 */
	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		if (lm_run(&take_waiting, values, NULL) == 1)
			return lm_int(0, 1);
		lm_run(&any_reserve_room, values, NULL);
		if (!lm_bool(0, 1))
			return RESERVE_FULL;
	}
}

/*
 * Counters for products $2 of tenant $1 that have none, each with its
 * reserves: the first subscription of a product creates them, and they stay.
 */
static Statement create_counters = {
	"create_counters",
	"WITH created AS ("
	"  INSERT INTO license_mgmt.seat_counters (tenant_id, sku_id)"
	"  SELECT $1, s FROM unnest($2::uuid[]) AS s ORDER BY s"
	"  ON CONFLICT DO NOTHING"
	"  RETURNING sku_id)"
	" INSERT INTO license_mgmt.seat_reserves (tenant_id, sku_id, slot)"
	" SELECT $1, c.sku_id, slot FROM created c, generate_series(1, 8) AS slot",
	2, {UUIDOID, UUIDARRAYOID}};

/* seats_create makes sure every product in skus (uuid[]) has a counter for the tenant. */
void
seats_create(Datum tenant, Datum skus)
{
	lm_run(&create_counters, (Datum[]) {tenant, skus}, NULL);
}

/* A product's total and the seats held (its reserves' unused seats not counted). */
static Statement read_seats = {
	"read_seats",
	"SELECT u.total, u.assigned FROM license_mgmt_internal.seat_usage u"
	" WHERE u.tenant_id = $1 AND u.sku_id = $2",
	2, {UUIDOID, UUIDOID}};

/* seats_read returns a product's total and the seats held; zeros when it has no counter. */
void
seats_read(Datum tenant, Datum sku, int32 *total, int32 *assigned)
{
	if (lm_run(&read_seats, (Datum[]) {tenant, sku}, NULL) == 0)
	{
		*total = 0;
		*assigned = 0;
		return;
	}
	*total = lm_int(0, 1);
	*assigned = lm_int(0, 2);
}

/*
 * The product's total from its enabled and warning subscriptions; the seats
 * held past it are what fewer seats leave (R9.4).
 */
static Statement refresh_total = {
	"refresh_total",
	"UPDATE license_mgmt.seat_counters c"
	"   SET total = t.total, over_limit = GREATEST(c.assigned - t.total, 0)"
	"  FROM (SELECT COALESCE(sum(s.seats), 0)::integer AS total"
	"          FROM license_mgmt.subscriptions s"
	"         WHERE s.tenant_id = $1 AND s.sku_id = $2"
	"           AND s.status IN ('enabled', 'warning')) t"
	" WHERE c.tenant_id = $1 AND c.sku_id = $2"
	" RETURNING c.total",
	2, {UUIDOID, UUIDOID}};

/*
 * seats_refresh_total recomputes a product's total from its subscriptions,
 * under the counter's lock (the caller took it), and says what it was and
 * is; ripple_apply_total applies what the change means.
 */
void
seats_refresh_total(Datum tenant, Datum sku, int32 *old_total, int32 *new_total)
{
	int32		assigned;

	seats_read(tenant, sku, old_total, &assigned);
	lm_run(&refresh_total, (Datum[]) {tenant, sku}, NULL);
	*new_total = lm_int(0, 1);
}

/* The statements of this file, for statements.c. */
Statement *const seats_statements[] = {
	&lock_counters, &fold_reserves, &tenant_products, &take_with_room, &take_to_give_back,
	&reserves_with_room, &take_slot_after_holder, &counter_has_room, &lock_counter_peek,
	&refill_unlocked, &refill_waiting, &take_waiting, &any_reserve_room, &create_counters,
	&read_seats, &refresh_total, NULL
};
