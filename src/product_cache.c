/*
 * product_cache.c
 *		What every call asks of its product, kept per backend.
 *
 * Every assignment, removal and judgement asks the same of its product: does
 * it exist and how do messages name it (PRODUCT_LABEL_SQL), do plan rules touch
 * it, is one of its plans restricted by location.  The answers change only
 * when the catalog does (products, service plans, their conflicts and
 * dependencies), which is rare, while reading them costs a statement over
 * five tables on every call.  So they are kept per backend and dropped on
 * any change to those tables: a statement trigger on each
 * (product_catalog_changed) queues a relcache invalidation of the table,
 * which PostgreSQL delivers to this backend at its next command and to
 * every other one when the change commits, as it does for any catalog
 * change.  A rolled-back change is undone locally the same way.
 *
 * Answers are read with the latest snapshot, not the transaction's: a
 * repeatable-read transaction could otherwise cache what it still sees of a
 * change whose invalidation this backend already processed, and keep it
 * after.  Products that do not exist are not cached.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(product_catalog_changed);

typedef struct CachedProduct
{
	pg_uuid_t	sku;			/* hash key */
	ProductFacts facts;
} CachedProduct;

/* The tables the answers come from: a change to any of them drops the cache. */
static const char *const catalog_tables[] = {
	"products", "product_service_plans", "service_plans",
	"service_plan_conflicts", "service_plan_dependencies",
};
#define CATALOG_TABLE_COUNT lengthof(catalog_tables)

static HTAB *products;
static MemoryContext cache_context;
static Oid	catalog_oids[CATALOG_TABLE_COUNT];	/* InvalidOid: not looked up yet */
static uint64 invalidations;	/* counts drops, to notice one during a read */

static void
drop_cache(void)
{
	if (cache_context != NULL)
		MemoryContextReset(cache_context);
	products = NULL;
	invalidations++;
}

/* A relcache invalidation: of one of our tables, or of every relation. */
static void
relcache_changed(Datum arg, Oid relid)
{
	if (relid == InvalidOid)
	{
		/* the extension may have been dropped and created again */
		memset(catalog_oids, 0, sizeof(catalog_oids));
		drop_cache();
		return;
	}
	for (int i = 0; i < (int) CATALOG_TABLE_COUNT; i++)
		if (catalog_oids[i] == relid)
		{
			memset(catalog_oids, 0, sizeof(catalog_oids));
			drop_cache();
			return;
		}
}

static void
look_up_catalog_oids(void)
{
	Oid			schema = get_namespace_oid("license_mgmt", false);

	for (int i = 0; i < (int) CATALOG_TABLE_COUNT; i++)
		catalog_oids[i] = get_relname_relid(catalog_tables[i], schema);
}

/*
 * A product's label, whether a conflict or dependency involves one of
 * its plans (R7), and whether one of its plans is not offered at some
 * location (R5.2).
 */
static Statement product_catalog_facts = {
	"product_catalog_facts",
	"SELECT " PRODUCT_LABEL_SQL("p") ","
	"       EXISTS (SELECT 1 FROM license_mgmt.product_service_plans pp"
	"                 JOIN (SELECT c.service_plan_id AS plan FROM license_mgmt.service_plan_conflicts c"
	"                       UNION ALL SELECT c.conflicting_service_plan_id FROM license_mgmt.service_plan_conflicts c"
	"                       UNION ALL SELECT d.service_plan_id FROM license_mgmt.service_plan_dependencies d"
	"                       UNION ALL SELECT d.required_service_plan_id"
	"                                   FROM license_mgmt.service_plan_dependencies d) r"
	"                   ON r.plan = pp.service_plan_id"
	"                WHERE pp.sku_id = $1),"
	"       EXISTS (SELECT 1 FROM license_mgmt.product_service_plans pp"
	"                 JOIN license_mgmt.service_plans sp ON sp.service_plan_id = pp.service_plan_id"
	"                WHERE pp.sku_id = $1 AND sp.unavailable_locations <> '{}')"
	"  FROM license_mgmt.products p WHERE p.sku_id = $1",
	1, {UUIDOID}};

/*
 * Read a product's facts from the catalog (the latest committed, as every
 * statement of ours reads); false when it does not exist.
 */
static bool
read_facts(Datum sku, ProductFacts *facts)
{
	if (lm_run(&product_catalog_facts, &sku, NULL) == 0)
		return false;
	strlcpy(facts->label, lm_text(0, 1), sizeof(facts->label));
	facts->rules = lm_bool(0, 2);
	facts->locations = lm_bool(0, 3);
	return true;
}

/*
 * What the facts of the product asked about last were, for the rest of one
 * call (lm_call_serial), until the cache is dropped: a change of the catalog
 * committed while the call waited for a seat lock (which such a change
 * takes too) is seen by the judgement that follows the lock.
 */
static struct
{
	uint64		call;
	uint64		invalidations;	/* drops of the cache until then */
	pg_uuid_t	sku;
	bool		exists;
	ProductFacts facts;
}			last = {.call = PG_UINT64_MAX};

/*
 * Look the product up in the cache, or read it into the cache; false when
 * there is no such product.
 */
static bool
lookup(Datum sku, ProductFacts *facts)
{
	static bool callback_registered = false;
	CachedProduct *entry;
	uint64		before;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(relcache_changed, (Datum) 0);
		callback_registered = true;
	}
	if (products != NULL)
	{
		entry = hash_search(products, DatumGetUUIDP(sku), HASH_FIND, NULL);
		if (entry != NULL)
		{
			*facts = entry->facts;
			return true;
		}
	}

	before = invalidations;
	if (catalog_oids[0] == InvalidOid)
		look_up_catalog_oids();
	if (!read_facts(sku, facts))
		return false;
	if (invalidations != before)
		return true;			/* the catalog changed while we read: do not keep it */

	if (products == NULL)
	{
		HASHCTL		ctl = {.keysize = sizeof(pg_uuid_t), .entrysize = sizeof(CachedProduct)};

		if (cache_context == NULL)
			cache_context = AllocSetContextCreate(CacheMemoryContext, "license_mgmt products",
												  ALLOCSET_SMALL_SIZES);
		ctl.hcxt = cache_context;
		products = hash_create("license_mgmt products", 64, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(products, DatumGetUUIDP(sku), HASH_ENTER, NULL);
	entry->facts = *facts;
	return true;
}

/*
 * product_facts returns what the catalog says of a product, the same for
 * the rest of one call, or false when there is no such product (then the
 * facts are zero: no label, no rules, no locations).  *facts is the
 * caller's copy.
 */
bool
product_facts(Datum sku, ProductFacts *facts)
{
	if (last.call != lm_call_serial() || last.invalidations != invalidations ||
		memcmp(&last.sku, DatumGetUUIDP(sku), UUID_LEN) != 0)
	{
		memset(&last.facts, 0, sizeof(last.facts));
		last.exists = lookup(sku, &last.facts);
		memcpy(&last.sku, DatumGetUUIDP(sku), UUID_LEN);
		last.call = lm_call_serial();
		last.invalidations = invalidations;
	}
	*facts = last.facts;
	return last.exists;
}

/*
 * product_cache_forget drops what this backend knows of the products, at
 * once: for a trigger that judges right after the catalog changed, before
 * the invalidation this change queued is processed.
 */
void
product_cache_forget(void)
{
	drop_cache();
	last.call = PG_UINT64_MAX;
}

/* product_has_rules: does a conflict or dependency involve one of sku's plans? */
bool
product_has_rules(Datum sku)
{
	ProductFacts facts;

	(void) product_facts(sku, &facts);
	return facts.rules;
}

/*
 * product_catalog_changed: statement trigger on the catalog tables; every
 * backend drops its cached answers once the change commits.
 */
Datum
product_catalog_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, "product_catalog_changed", false, false);

	/* on Citus, the trigger fires on a shard: the callbacks know the table */
	CacheInvalidateRelcacheByRelid(shards_table_of(trigdata->tg_relation));
	return PointerGetDatum(NULL);	/* an after trigger's result is ignored */
}

/* The statements of this file, for statements.c. */
Statement *const product_cache_statements[] = {&product_catalog_facts, NULL};
