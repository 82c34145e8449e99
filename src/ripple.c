/*
 * ripple.c
 *		What a change sets off, above the engine: the plan rules re-judged,
 *		the waiting room served, a new seat total applied.
 *
 * A judgement (engine.c) decides the states of one candidate set of one
 * product.  What follows from it is decided here, with more judgements:
 *
 *	  - a product plan rules tie to others: a conflict that cleared, a
 *		dependency now met or lost, is judged again for the users whose
 *		states changed, in every product of the tie, until a round changes
 *		nothing (R7, R6.2);
 *	  - seats freed: the states waiting for one are served, first come first
 *		served (R6.1);
 *	  - a product's total changed (R9): no usable seats disable its states,
 *		usable seats again judge them afresh, more seats serve the waiting
 *		room; fewer seats than assigned take nothing away (R9.4).
 *
 * The caller has locked the products' counters (seats.c).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

/*
 * Re-judge the users' states (users 0: every state) in the products until a
 * round changes nothing: a change in one product can meet or break a
 * dependency, or clear a conflict, in another (plan rules chain).
 */
static void
reevaluate_until_stable(Datum tenant, Datum *skus, int n, Datum users)
{
	EngineOptions options = {.keep_failures = true};

	for (int round = 0; round <= n; round++)
	{
		int			changed = 0;

		for (int i = 0; i < n; i++)
			changed += engine_reevaluate_product(tenant, skus[i], users, options);
		if (changed == 0)
			break;
	}
}

/*
 * ripple_rules re-judges, for the given users, their states of this product
 * and of the products that plan rules tie to it (transitively): a conflict
 * that cleared, a dependency now met or now lost.  The caller locked these
 * products (plan_rules_lock_set).
 */
void
ripple_rules(Datum tenant, Datum sku, Datum users)
{
	Datum	   *skus;
	int			n;

	if (users == (Datum) 0 || !product_has_rules(sku))
		return;
	/* the product itself too: one of its sources may need a plan another source gave */
	n = lm_uuids(plan_rules_lock_set(lm_uuid_array(sku)), &skus);
	reevaluate_until_stable(tenant, skus, n, users);
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, skus[i]);
}

/* The products of skus (uuid[]) that users (uuid[]) of a tenant have states of. */
static Statement users_products = {
	"users_products",
	"SELECT COALESCE(array_agg(DISTINCT s.sku_id ORDER BY s.sku_id), '{}')"
	"  FROM license_mgmt.license_states s"
	" WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND s.sku_id = ANY ($3)",
	3, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID}};

/*
 * ripple_reevaluate_users re-judges every state of the users in those of
 * the products (skus) they have states in (R5.3, R6.2, R8.2), then serves
 * the waiting rooms the changes freed seats in.
 */
void
ripple_reevaluate_users(Datum tenant, Datum skus, Datum users)
{
	Datum	   *sku;
	int			n;

	lm_run(&users_products, (Datum[]) {tenant, users, skus}, NULL);
	n = lm_uuids(lm_value(0, 1, &(bool) {false}), &sku);
	reevaluate_until_stable(tenant, sku, n, users);
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, sku[i]);
}

/*
 * ripple_reevaluate_products re-judges every state of the products (skus,
 * sorted) in a tenant (R6.2), then serves their waiting rooms.
 */
void
ripple_reevaluate_products(Datum tenant, Datum skus)
{
	Datum	   *sku;
	int			n = lm_uuids(skus, &sku);

	reevaluate_until_stable(tenant, sku, n, (Datum) 0);
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, sku[i]);
}

/* somebody_waits: does anybody in tenant $1 wait for a seat of product $2 */
static Statement somebody_waits = {
	"somebody_waits",
	"SELECT 1 FROM license_mgmt.license_states s"
	" WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.error = 'CountViolation'"
	" LIMIT 1",
	2, {UUIDOID, UUIDOID}};

/*
 * ripple_serve_waiting_room gives free seats of a product to the states
 * waiting with CountViolation, in the order they began to wait (ties in
 * membership order, then user id), until seats or waiters run out (R6.1).
 * Each round judges as many waiters as there are free seats; a waiter that
 * now fails another rule leaves the room with that error instead.  An empty
 * room, the common case, costs one probe of its index, not a judgement.
 */
void
ripple_serve_waiting_room(Datum tenant, Datum sku)
{
	EngineOptions options = {.keep_failures = true};

	if (lm_run(&somebody_waits, (Datum[]) {tenant, sku}, NULL) == 0)
		return;
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
		ripple_rules(tenant, sku, served.users);
		if (served.candidates == 0 || served.waiting == served.candidates)
			return;
	}
}

/*
 * Every live state of a product whose seats are gone becomes disabled, and
 * frees its seat (R9.3).
 */
static Statement disable_product = {
	"disable_product",
	"WITH disabled AS ("
	"  UPDATE license_mgmt.license_states"
	"     SET state = 'disabled', error = NULL, waiting_since = NULL, last_updated = now()"
	"   WHERE tenant_id = $1 AND sku_id = $2 AND state NOT IN ('suspended', 'disabled')"
	"  RETURNING user_id),"
	" counted AS ("
	"  UPDATE license_mgmt.seat_counters SET assigned = 0, over_limit = 0"
	"   WHERE tenant_id = $1 AND sku_id = $2 RETURNING 1),"
	" audited AS ("
	"  INSERT INTO license_mgmt.audit_log"
	"         (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)"
	"  SELECT $1, $3, array_agg(s.user_id ORDER BY s.user_id),"
	"         NULLIF(s.group_id, '00000000-0000-0000-0000-000000000000'::uuid), $2, s.state, 'disabled', NULL"
	"    FROM license_mgmt.license_states s"
	"   WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.state NOT IN ('suspended', 'disabled')"
	"   GROUP BY s.group_id, s.state"
	"  RETURNING 1)"
	" SELECT array_agg(DISTINCT user_id) FROM disabled",
	3, {UUIDOID, UUIDOID, TEXTOID}};

/*
 * ripple_apply_total applies what a product's new total means (R9.3, R9.4,
 * R6.1); called once every product of a change has its new total
 * (seats_refresh_total), so that no judgement sees a total about to change.
 */
void
ripple_apply_total(Datum tenant, Datum sku, int32 old_total, int32 new_total)
{
	if (old_total > 0 && new_total == 0)
	{
		bool		isnull;
		Datum		users;

		lm_run(&disable_product, (Datum[]) {tenant, sku, CStringGetTextDatum(lm_action())}, NULL);
		/* what these users held may have been required by another product (R7.1) */
		users = lm_value(0, 1, &isnull);
		if (!isnull)
			ripple_rules(tenant, sku, users);
	}
	else if (old_total == 0 && new_total > 0)
	{
		EngineOptions options = {.keep_failures = true};
		EngineResult result;

		/* one source per user per pass, until none is left disabled */
		do
		{
			result = engine_apply(SOURCE_DISABLED, tenant, sku, options, NULL, 0);
			ripple_rules(tenant, sku, result.users);
		} while (result.candidates > 0);
	}
	if (new_total > old_total)
		ripple_serve_waiting_room(tenant, sku);
}

/* The statements of this file, for statements.c. */
Statement *const ripple_statements[] = {&users_products, &somebody_waits, &disable_product, NULL};
