/*
 * views.c
 *		What the license views compute per row with a kept plan.
 *
 * user_licenses lists, for each of a user's products, the service plans at
 * least one of the user's active sources enables (R4.7).  As a correlated
 * subquery of the view it was planned again on every read of the view:
 * half the cost of reading one user's licenses (B6).  Here it is planned
 * once per backend.  It runs as the caller, so row-level security applies
 * as it does to the view itself.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(enabled_service_plans);

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
 * enabled_service_plans(tenant, user, sku): the names of the product's
 * service plans enabled by an active source of the user, sorted; empty when
 * none is active.
 *
 * Called for every row of the view, it does not pin search_path the way
 * the entry points do (lm_enter): saving and restoring settings per row
 * cost more than the query.  The query names every operator by its schema
 * instead, so no object on the caller's path can stand in for one (R10.4).
 */
Datum
enabled_service_plans(PG_FUNCTION_ARGS)
{
	MemoryContext caller = CurrentMemoryContext;
	Datum		values[3] = {PG_GETARG_DATUM(0), PG_GETARG_DATUM(1), PG_GETARG_DATUM(2)};
	MemoryContext spi;
	Datum		names;
	bool		isnull;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	/*
	 * Prepared and kept the way lm_run keeps a plan, but run read-only
	 * (below), which lm_run never is.
	 */
	Assert(enabled_plans.listed);
	if (enabled_plans.plan == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare_cursor(enabled_plans.sql, enabled_plans.nargs, enabled_plans.argtypes,
											  CURSOR_OPT_GENERIC_PLAN);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			elog(ERROR, "license_mgmt: enabled_service_plans: SPI_prepare failed: %s",
				 SPI_result_code_string(SPI_result));
		enabled_plans.plan = plan;
	}
	/* read-only: the snapshot of the query reading the view, not a newer one */
	if (SPI_execute_plan(enabled_plans.plan, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "license_mgmt: enabled_service_plans: SPI_execute_plan failed");
	/* the array outlives SPI: copy it into the caller's memory */
	spi = MemoryContextSwitchTo(caller);
	names = lm_copy_datum(0, 1, &isnull);
	MemoryContextSwitchTo(spi);
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "license_mgmt: SPI_finish failed");
	PG_RETURN_DATUM(names);
}

/* The statements of this file, for statements.c. */
Statement *const views_statements[] = {&enabled_plans, NULL};
