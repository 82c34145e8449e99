/*
 * refusals.c
 *		Why a call was refused, in the contract's terms (SPEC section 2).
 *
 * The rules are judged set-based, in the engine's statement (license_mgmt.h's
 * RULE_ERROR_SQL) or under the seat lock (seats.c); a direct call that the
 * judgement refused raises here the contract's error for the rule that
 * refused it: its SQLSTATE and constraint name, and a detail naming the
 * facts (the plan, the location, the other product, the seats).  The facts
 * are read first, then the error raised with them.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"

#include "license_mgmt.h"

/*
 * refusal_bulk_tenants refuses a bulk call given users of several tenants
 * (R3.5): one server finds it from the users, a cluster before the call is
 * sent to a node.
 */
void
refusal_bulk_tenants(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("user_ids belong to more than one tenant"),
			 errdetail("A bulk assignment acts in one tenant."),
			 errhint("Call assign_user_licenses once per tenant, or set license_mgmt.tenant_id.")));
}

/*
 * refusal_unusable refuses new assignments of a product the tenant has no
 * enabled or warning seats of (license_product_subscribed, R9.3); total is
 * what seats_lock_related read.
 */
void
refusal_unusable(int32 total, const char *product)
{
	if (total > 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("the tenant has no usable subscription of %s", product),
			 errdetail("No subscription of %s in this tenant is enabled or in its grace period with seats.", product),
			 errhint("Buy seats of the product, or renew its subscription."),
			 errconstraint("license_product_subscribed")));
}

/*
 * The first enabled plan of product $3 (plans $4 disabled) not offered at
 * user $2's effective location, and that location.
 */
static Statement location_fact = {
	"location_fact",
	"SELECT " SERVICE_PLAN_LABEL_SQL("sp") ", COALESCE(u.usage_location, t.usage_location)"
	"  FROM license_mgmt.users u"
	"  JOIN license_mgmt.tenants t ON t.tenant_id = $1"
	"  JOIN license_mgmt.product_service_plans psp ON psp.sku_id = $3"
	"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id"
	" WHERE u.tenant_id = $1 AND u.user_id = $2 AND sp.service_plan_id <> ALL ($4)"
	"   AND COALESCE(u.usage_location, t.usage_location) = ANY (sp.unavailable_locations)"
	" ORDER BY sp.service_plan_name LIMIT 1",
	4, {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID}};

/*
 * The first enabled plan of product $3 that excludes a plan user $2 has
 * from another product: the two plans and that product.
 */
static Statement conflict_fact = {
	"conflict_fact",
	"SELECT " SERVICE_PLAN_LABEL_SQL("mine") ", " SERVICE_PLAN_LABEL_SQL("theirs") ","
	"       " PRODUCT_LABEL_SQL("p")
	"  FROM license_mgmt.product_service_plans psp"
	"  JOIN license_mgmt.service_plans mine ON mine.service_plan_id = psp.service_plan_id"
	"  JOIN license_mgmt_internal.service_plan_exclusions x ON x.service_plan_id = psp.service_plan_id"
	"  JOIN license_mgmt_internal.source_enabled_plans e ON e.service_plan_id = x.excluded_service_plan_id"
	"  JOIN license_mgmt.service_plans theirs ON theirs.service_plan_id = e.service_plan_id"
	"  JOIN license_mgmt.products p ON p.sku_id = e.sku_id"
	" WHERE psp.sku_id = $3 AND psp.service_plan_id <> ALL ($4)"
	"   AND e.tenant_id = $1 AND e.user_id = $2 AND e.sku_id <> $3"
	" ORDER BY mine.service_plan_name, theirs.service_plan_name, p.sku_part_number LIMIT 1",
	4, {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID}};

/*
 * The first enabled plan of product $3 with a requirement that neither the
 * product (with plans $4 disabled) nor another active source of user $2
 * meets: the plan, and the plans that would meet it (R7.1: any of them).
 */
static Statement dependency_fact = {
	"dependency_fact",
	UNMET_REQUIREMENT_SQL(
	"          (d.required_service_plan_id <> ALL ($4) AND EXISTS ("
	"              SELECT 1 FROM license_mgmt.product_service_plans own"
	"               WHERE own.sku_id = $3 AND own.service_plan_id = d.required_service_plan_id))"
	"       OR EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans e"
	"                   WHERE e.tenant_id = $1 AND e.user_id = $2"
	"                     AND e.service_plan_id = d.required_service_plan_id"
	"                     AND NOT (e.sku_id = $3"
	"                              AND e.group_id = '00000000-0000-0000-0000-000000000000'::uuid))"),
	4, {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID}};

/* Column col of the first row the last statement returned, or NULL. */
static char *
fact(int col)
{
	return SPI_processed > 0 ? lm_text(0, col) : NULL;
}

/*
 * refusal_explain raises the contract's error for a direct assignment that
 * the engine judged with the given error name, with the facts that made it
 * fail: who the user is (who), how messages name the product (product, its
 * label: PRODUCT_LABEL_SQL).  Plans and other products are named by their
 * labels too.
 */
void
refusal_explain(const char *error, Datum tenant, Datum user, Datum sku,
				Datum disabled_plans, const char *who, const char *product)
{
	Datum		values[4] = {tenant, user, sku, disabled_plans};

	if (strcmp(error, "ProhibitedInUsageLocationViolation") == 0)
	{
		char	   *plan;
		char	   *location;

		lm_run(&location_fact, values, NULL);
		plan = fact(1);
		location = fact(2);
		if (plan == NULL)
			elog(ERROR, "license_mgmt: no plan of %s explains the location refusal", product);
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("product %s is not available in usage location %s", product, location),
				 errdetail("Service plan %s of %s is not offered in %s, the usage location of user \"%s\".",
						   plan, product, location, who),
				 errhint("Disable service plan %s in the assignment, or change the user's usage location.",
						 plan),
				 errconstraint("license_usage_location_allowed")));
	}
	if (strcmp(error, "MutuallyExclusiveViolation") == 0)
	{
		char	   *mine;
		char	   *theirs;
		char	   *other;

		lm_run(&conflict_fact, values, NULL);
		mine = fact(1);
		theirs = fact(2);
		other = fact(3);
		if (mine == NULL)
			elog(ERROR, "license_mgmt: no plan of %s explains the conflict", product);
		ereport(ERROR,
				(errcode(ERRCODE_EXCLUSION_VIOLATION),
				 errmsg("service plan %s of %s conflicts with service plan %s of %s",
						mine, product, theirs, other),
				 errdetail("User \"%s\" holds %s, and the two plans exclude each other.", who, other),
				 errhint("Remove %s from the user first, or disable service plan %s in the assignment.",
						 other, mine),
				 errconstraint("license_service_plan_conflict")));
	}
	if (strcmp(error, "DependencyViolation") == 0)
	{
		char	   *plan;
		char	   *required;

		lm_run(&dependency_fact, values, NULL);
		plan = fact(1);
		required = fact(2);
		if (plan == NULL)
			elog(ERROR, "license_mgmt: no plan of %s explains the dependency refusal", product);
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("service plan %s of %s requires service plan %s", plan, product, required),
				 errdetail("User \"%s\" has no active license that enables %s.", who, required),
				 errhint("Assign a product that includes %s first, or disable service plan %s in the assignment.",
						 required, plan),
				 errconstraint("license_service_plan_dependency")));
	}
	if (strcmp(error, "CountViolation") == 0)
	{
		int32		total;
		int32		assigned;

		seats_read(tenant, sku, &total, &assigned);
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("no seat of %s is available", product),
				 errdetail("The tenant has %d seats of %s and %d are assigned; user \"%s\" would need one more.",
						   total, product, assigned, who),
				 errhint("Buy more seats, or remove the product from a user who no longer needs it."),
				 errconstraint("license_seat_limit")));
	}
	elog(ERROR, "license_mgmt: unexpected refusal %s", error);
}

/* The statements of this file, for statements.c. */
Statement *const refusals_statements[] = {&location_fact, &conflict_fact, &dependency_fact, NULL};
