/*
 * catalog_changes.c
 *		A change to the catalog applies at once (R6.2).
 *
 * A service plan added to or removed from a product, a requirement or a
 * conflict written or removed, a plan's locations changed: each can change
 * what the holders of some products may hold, in every tenant.  Like every
 * other change, it is applied in the same transaction, set-based: the
 * trigger of each catalog table reads from its statement's transition
 * tables the products and plans it touched, finds the products that hold
 * those plans or plans a rule ties to them, and, tenant by tenant, locks
 * their counters (and those of the products rules tie them to, in sku
 * order) and re-judges every state of those products until nothing
 * changes, then serves the waiting rooms (ripple_reevaluate_products): a
 * judgement per product and pass, never one per user.  The states' audit rows and alerts are the judgements' own.
 *
 * Holders keep what a conflict would take away from them (R7.2: what a
 * user had first stays); a requirement a plan now has and the user does not
 * meet leaves the license active_with_error (R4.10); a plan no longer
 * offered at the user's location, an error (R5.3).  A restore in replica
 * mode fires none of this: the dumped states are loaded as they were.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(catalog_changed);

/*
 * The products the change can affect: products $2 themselves, those that
 * hold one of plans $1, and those that hold a plan a rule ties to one of
 * them (a requirement or a conflict, either way), sorted.
 */
static Statement affected_products = {
	"affected_products",
	"SELECT COALESCE(array_agg(DISTINCT x.sku_id ORDER BY x.sku_id), '{}')"
	"  FROM (SELECT unnest($2::uuid[]) AS sku_id"
	"        UNION ALL"
	"        SELECT psp.sku_id FROM license_mgmt.product_service_plans psp"
	"         WHERE psp.service_plan_id = ANY ($1)"
	"        UNION ALL"
	"        SELECT psp.sku_id FROM license_mgmt.product_service_plans psp"
	"          JOIN license_mgmt_internal.service_plan_relations r"
	"            ON r.related_service_plan_id = psp.service_plan_id"
	"         WHERE r.service_plan_id = ANY ($1)) x",
	2, {UUIDARRAYOID, UUIDARRAYOID}};

/*
 * The tenants with a seat counter of one of products $1: the catalog is
 * every tenant's, so this one reads every tenant's counters.
 */
static Statement affected_tenants = {
	"affected_tenants",
	"SELECT c.tenant_id FROM license_mgmt.seat_counters c"
	" WHERE c.sku_id = ANY ($1) GROUP BY c.tenant_id ORDER BY c.tenant_id",
	1, {UUIDARRAYOID}};

/*
 * Add the uuids of a transition table's rows to products (its sku_id
 * column) and plans (every other uuid column: a plan, a required or a
 * conflicting plan).
 */
static void
collect_ids(Tuplestorestate *rows, TupleDesc desc, ArrayBuildState *products, ArrayBuildState *plans)
{
	TupleTableSlot *slot;

	if (rows == NULL)
		return;
	slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	tuplestore_rescan(rows);
	while (tuplestore_gettupleslot(rows, true, false, slot))
	{
		for (int i = 0; i < desc->natts; i++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, i);
			bool		isnull;
			Datum		value;

			if (att->attisdropped || att->atttypid != UUIDOID)
				continue;
			value = slot_getattr(slot, i + 1, &isnull);
			if (isnull)
				continue;
			accumArrayResult(strcmp(NameStr(att->attname), "sku_id") == 0 ? products : plans,
							 value, false, UUIDOID, CurrentMemoryContext);
		}
	}
	ExecDropSingleTupleTableSlot(slot);
}

/* Re-judge the states of products skus in every tenant that has a counter of one. */
static void
reevaluate_tenants(Datum skus)
{
	uint64		ntenants = lm_run(&affected_tenants, &skus, NULL);
	SPITupleTable *tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		uint64		n;

		(void) seats_lock(tenant, skus, &n);
		ripple_reevaluate_products(tenant, skus);
	}
}

/*
 * catalog_changed: AFTER INSERT, UPDATE or DELETE, for each statement, with
 * its transition tables, on product_service_plans, service_plans,
 * service_plan_dependencies and service_plan_conflicts: re-judge the states
 * the change can affect, in every tenant.
 */
Datum
catalog_changed(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	TriggerData *trigdata = lm_enter_trigger(&ctx, fcinfo, "catalog_changed", false, false);
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	ArrayBuildState *products = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	ArrayBuildState *plans = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	Datum		skus;

	collect_ids(trigdata->tg_oldtable, desc, products, plans);
	collect_ids(trigdata->tg_newtable, desc, products, plans);
	/* what this backend knows of the products' rules is what just changed */
	product_cache_forget();

	lm_run(&affected_products, (Datum[]) {makeArrayResult(plans, CurrentMemoryContext),
										   makeArrayResult(products, CurrentMemoryContext)}, NULL);
	skus = lm_copy_datum(0, 1, &(bool) {false});
	if (lm_array_length(skus) == 0)
	{
		lm_leave(&ctx);
		return PointerGetDatum(NULL);
	}
	skus = plan_rules_lock_set(skus);
	if (lm_shard_group() == NULL)
		reevaluate_tenants(skus);
	else
	{
		/*
		 * On Citus the trigger fires on each node's copy of the catalog:
		 * each node applies the change to the tenants it holds, one shard
		 * group at a time.
		 */
		ListCell   *lc;

		foreach(lc, shards_local_groups())
		{
			lm_set_shard_group(lfirst(lc));
			reevaluate_tenants(skus);
		}
		/* their alerts go to the coordinator as this trigger leaves (alerts.c) */
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/* The statements of this file, for statements.c. */
Statement *const catalog_changes_statements[] = {
	&affected_products, &affected_tenants, NULL
};
