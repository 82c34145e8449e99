/*
 * views.c
 *		What the license views compute per row with a kept plan.
 *
 * user_licenses lists, for each of a user's products, the service plans at
 * least one of the user's active sources enables (R4.7); license_details
 * gives each of the product's plans with its provisioning status, as
 * Microsoft Graph's licenseDetails does.  As a correlated subquery of the
 * view the first was planned again on every read of the view: half the
 * cost of reading one user's licenses (B6).  Here each is planned once per
 * backend.  They run as the caller, so row-level security applies as it
 * does to the views themselves.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(enabled_service_plans);
PG_FUNCTION_INFO_V1(license_service_plans);

/*
 * enabled_plans: the names of product $3's service plans that an active
 * source of user $2 of tenant $1 enables, sorted.  Every operator is named
 * by its schema: the statement runs on the caller's search_path.
 */
static Statement enabled_plans = {
	"enabled_plans",
	"SELECT ARRAY(SELECT sp.service_plan_name"
	"               FROM license_mgmt.product_service_plans psp"
	"               JOIN license_mgmt.service_plans sp"
	"                 ON sp.service_plan_id OPERATOR(pg_catalog.=) psp.service_plan_id"
	"              WHERE psp.sku_id OPERATOR(pg_catalog.=) $3"
	"                AND EXISTS (SELECT 1 FROM license_mgmt.license_states a"
	"                             WHERE a.tenant_id OPERATOR(pg_catalog.=) $1"
	"                               AND a.user_id OPERATOR(pg_catalog.=) $2"
	"                               AND a.sku_id OPERATOR(pg_catalog.=) $3"
	"                               AND a.state OPERATOR(pg_catalog.=) ANY ('{active,active_with_error}')"
	"                               AND psp.service_plan_id OPERATOR(pg_catalog.<>) ALL (a.disabled_plans))"
	"              ORDER BY 1)",
	3, {UUIDOID, UUIDOID, UUIDOID}};

/*
 * plan_details: every service plan of product $3 for user $2 of tenant $1,
 * as Graph's servicePlanInfo, sorted by name and id.  provisioningStatus:
 * Success when a seat-holding source enables the plan (exactly the plans
 * of user_licenses.enabled_service_plans); Disabled when the license holds
 * a seat but no seat-holding source enables the plan, or when every source
 * leaves it off; PendingActivation when the license holds no seat (its
 * sources are in error, suspended or disabled) and a source enables the
 * plan: it comes when that source is served.  Functions and operators are
 * named by their schema: the statement runs on the caller's search_path.
 */
static Statement plan_details = {
	"plan_details",
	"SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object("
	"                  'servicePlanId', sp.service_plan_id,"
	"                  'servicePlanName', sp.service_plan_name,"
	"                  'provisioningStatus', CASE WHEN x.held THEN 'Success'"
	"                                             WHEN x.seated OR NOT x.offered THEN 'Disabled'"
	"                                             ELSE 'PendingActivation' END,"
	"                  'appliesTo', 'User')"
	"                ORDER BY sp.service_plan_name, sp.service_plan_id), '[]')"
	"  FROM (SELECT psp.service_plan_id,"
	"               pg_catalog.bool_or(a.state OPERATOR(pg_catalog.=) ANY ('{active,active_with_error}')"
	"                                  AND psp.service_plan_id OPERATOR(pg_catalog.<>) ALL (a.disabled_plans)) AS held,"
	"               pg_catalog.bool_or(a.state OPERATOR(pg_catalog.=) ANY ('{active,active_with_error}')) AS seated,"
	"               pg_catalog.bool_or(psp.service_plan_id OPERATOR(pg_catalog.<>) ALL (a.disabled_plans)) AS offered"
	"          FROM license_mgmt.product_service_plans psp"
	"          JOIN license_mgmt.license_states a"
	"            ON a.tenant_id OPERATOR(pg_catalog.=) $1 AND a.user_id OPERATOR(pg_catalog.=) $2"
	"           AND a.sku_id OPERATOR(pg_catalog.=) $3"
	"         WHERE psp.sku_id OPERATOR(pg_catalog.=) $3"
	"         GROUP BY psp.service_plan_id) x"
	"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id OPERATOR(pg_catalog.=) x.service_plan_id",
	3, {UUIDOID, UUIDOID, UUIDOID}};

/*
 * view_value runs st, kept, read-only, with the function's three uuid
 * arguments, and returns its one value copied into the caller's memory.
 *
 * Called for every row of a view, it does not pin search_path the way the
 * entry points do (lm_enter): saving and restoring settings per row cost
 * more than the query.  The statements name every operator and function by
 * its schema instead, so no object on the caller's path can stand in for
 * one (R10.4).
 */
static Datum
view_value(Statement *st, FunctionCallInfo fcinfo)
{
	MemoryContext caller = CurrentMemoryContext;
	Datum		values[3] = {PG_GETARG_DATUM(0), PG_GETARG_DATUM(1), PG_GETARG_DATUM(2)};
	MemoryContext spi;
	Datum		value;
	bool		isnull;

	LmContext	ctx;
	bool		distributed = shards_distributed();

	Assert(st->nargs == 3);
	/*
	 * On Citus the view's row is read on the node that holds its tenant:
	 * the statement reads that tenant's shards, as an entry point would.
	 */
	if (distributed)
	{
		lm_enter_as(&ctx, "view");
		lm_set_shard_group(shards_of_tenant_group(values[0]));
	}
	else if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	/* read-only: the snapshot of the query reading the view, not a newer one */
	if (SPI_execute_plan(lm_plan(st), values, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "license_mgmt: %s: SPI_execute_plan failed", st->name);
	/* the value outlives SPI: copy it into the caller's memory */
	spi = MemoryContextSwitchTo(caller);
	value = lm_copy_datum(0, 1, &isnull);
	MemoryContextSwitchTo(spi);
	Assert(!isnull);
	if (distributed)
		lm_leave(&ctx);
	else if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "license_mgmt: SPI_finish failed");
	return value;
}

/*
 * enabled_service_plans(tenant, user, sku): the names of the product's
 * service plans enabled by an active source of the user, sorted; empty when
 * none is active.  user_licenses.enabled_service_plans.
 */
Datum
enabled_service_plans(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(view_value(&enabled_plans, fcinfo));
}

/*
 * license_service_plans(tenant, user, sku): the product's service plans
 * with their provisioning status for the user, as a jsonb array in the
 * shape of Graph's servicePlanInfo.  license_details."servicePlans".
 */
Datum
license_service_plans(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(view_value(&plan_details, fcinfo));
}

/* The statements of this file, for statements.c. */
Statement *const views_statements[] = {&enabled_plans, &plan_details, NULL};
