/*
 * plan_rules.c
 *		Service plan rules: conflicts (R7.2), dependencies (R7.1), locations
 *		(R5.2) and the options of an assignment.
 *
 * The rules themselves are RULE_ERROR_SQL (license_mgmt.h), the expression
 * every judgement of the engine evaluates per candidate.  This file answers
 * the questions around them: which products rules tie to a product (their
 * counters are locked together, so that two transactions cannot each grant
 * one side of a conflict), whether an assignment's disabled plans belong to
 * its product, whether a group assignment's add-on could ever be met
 * (R4.2), and whether a direct removal would leave another product without
 * a plan it requires (R3.4).  Whether any rule touches a product at all is
 * a product fact (product_cache.c).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

/*
 * The products tied to products $1 by plan rules, transitively, and those
 * products, sorted: a conflict or a dependency between any of their plans,
 * in either direction.  Judging one product can change what another may
 * hold, and that one a third, so their counters are locked and their states
 * re-judged together.
 */
static Statement lock_set = {
	"lock_set",
	"WITH RECURSIVE closure(sku_id) AS ("
	"  SELECT unnest($1::uuid[])"
	"  UNION"
	"  SELECT other.sku_id"
	"    FROM closure c"
	"    JOIN license_mgmt.product_service_plans mine ON mine.sku_id = c.sku_id"
	"    JOIN license_mgmt_internal.service_plan_relations r ON r.service_plan_id = mine.service_plan_id"
	"    JOIN license_mgmt.product_service_plans other"
	"      ON other.service_plan_id = r.related_service_plan_id)"
	" SELECT COALESCE(array_agg(sku_id ORDER BY sku_id), '{}') FROM closure",
	1, {UUIDARRAYOID}};

/*
 * plan_rules_lock_set returns skus (uuid[]) and every product related to
 * them, sorted: the counters to lock before judging them.
 */
Datum
plan_rules_lock_set(Datum skus)
{
	lm_run(&lock_set, &skus, NULL);
	return lm_copy_datum(0, 1, &(bool) {false});
}

/*
 * Disabled plans $2 that are not part of product $1, named (by their labels,
 * or their ids quoted when they are no plan; in the order given), the
 * product's plans named, and $2 sorted without duplicates.
 */
static Statement disabled_plans_outside = {
	"disabled_plans_outside",
	"SELECT string_agg(CASE WHEN sp.service_plan_id IS NULL THEN format('\"%s\"', x.id)"
	"                       ELSE " SERVICE_PLAN_LABEL_SQL("sp") " END, ', ' ORDER BY x.n),"
	"       (SELECT string_agg(" SERVICE_PLAN_LABEL_SQL("p") ", ', ' ORDER BY p.service_plan_name)"
	"          FROM license_mgmt.product_service_plans psp"
	"          JOIN license_mgmt.service_plans p ON p.service_plan_id = psp.service_plan_id"
	"         WHERE psp.sku_id = $1),"
	"       ARRAY(SELECT DISTINCT d FROM unnest($2::uuid[]) AS d ORDER BY d)"
	"  FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, n)"
	"  LEFT JOIN license_mgmt.service_plans sp ON sp.service_plan_id = x.id"
	" WHERE NOT EXISTS (SELECT 1 FROM license_mgmt.product_service_plans psp"
	"                    WHERE psp.sku_id = $1 AND psp.service_plan_id = x.id)",
	2, {UUIDOID, UUIDARRAYOID}};

/*
 * plan_rules_check_disabled_plans refuses disabled plans that are not part
 * of the product (license_disabled_plan_in_product), and returns them sorted
 * without duplicates, so that equal options compare equal.
 */
Datum
plan_rules_check_disabled_plans(Datum sku, Datum disabled_plans, const char *product)
{
	Datum		values[2] = {sku, disabled_plans};
	char	   *strangers;
	char	   *offered;

	/* nothing disabled: nothing to check */
	if (lm_array_length(disabled_plans) == 0)
		return disabled_plans;

	lm_run(&disabled_plans_outside, values, NULL);
	strangers = lm_text(0, 1);
	if (strangers == NULL)
		return lm_value(0, 3, &(bool) {false});
	offered = lm_text(0, 2);
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("disabled plan %s is not part of product %s", strangers, product),
			 errdetail("Product %s includes the service plans %s.", product,
					   offered ? offered : "(none)"),
			 errhint("Disable only service plans of the product; license_mgmt.product_service_plans lists them."),
			 errconstraint("license_disabled_plan_in_product")));
}

/*
 * The first plan of another product user $2 holds with a requirement only
 * the direct assignment of product $3 meets (none of the plans that would
 * meet it is enabled by another source): that product, its plan and the
 * plans that meet the requirement.
 */
static Statement removal_breaks = {
	"removal_breaks",
	"SELECT " PRODUCT_LABEL_SQL("p") ", " SERVICE_PLAN_LABEL_SQL("sp") ","
	"       string_agg(" SERVICE_PLAN_LABEL_SQL("req") ", ' or ' ORDER BY req.service_plan_name)"
	"  FROM license_mgmt_internal.source_enabled_plans e"
	"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = e.service_plan_id"
	"  JOIN license_mgmt.products p ON p.sku_id = e.sku_id"
	"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = e.service_plan_id"
	"  JOIN license_mgmt.service_plans req ON req.service_plan_id = d.required_service_plan_id"
	" WHERE e.tenant_id = $1 AND e.user_id = $2"
	"   AND NOT (e.sku_id = $3 AND e.group_id = '00000000-0000-0000-0000-000000000000'::uuid)"
	" GROUP BY p.sku_id, p.sku_part_number, sp.service_plan_id, sp.service_plan_name, e.group_id, d.any_of,"
	"          CASE WHEN d.any_of = 0 THEN d.required_service_plan_id END"
	" HAVING bool_or(EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans r"
	"                         WHERE r.tenant_id = $1 AND r.user_id = $2"
	"                           AND r.service_plan_id = d.required_service_plan_id AND r.sku_id = $3"
	"                           AND r.group_id = '00000000-0000-0000-0000-000000000000'::uuid))"
	"    AND NOT bool_or(EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans r"
	"                             WHERE r.tenant_id = $1 AND r.user_id = $2"
	"                               AND r.service_plan_id = d.required_service_plan_id"
	"                               AND NOT (r.sku_id = $3"
	"                                        AND r.group_id = '00000000-0000-0000-0000-000000000000'::uuid)))"
	" ORDER BY p.sku_part_number, sp.service_plan_name LIMIT 1",
	3, {UUIDOID, UUIDOID, UUIDOID}};

/*
 * plan_rules_check_removal refuses to remove a user's direct assignment of
 * sku when it is the only source of a plan that another product the user
 * holds requires (R3.4).  Called before the removal.
 */
void
plan_rules_check_removal(Datum tenant, Datum user, Datum sku, const char *who, const char *product)
{
	char	   *dependent;
	char	   *plan;
	char	   *required;

	if (lm_run(&removal_breaks, (Datum[]) {tenant, user, sku}, NULL) == 0)
		return;
	dependent = lm_text(0, 1);
	plan = lm_text(0, 2);
	required = lm_text(0, 3);
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("%s of user \"%s\" is required by %s", product, who, dependent),
			 errdetail("Service plan %s of %s requires service plan %s, which only the direct assignment of %s provides.",
					   plan, dependent, required, product),
			 errhint("Remove %s from the user first, or give the user %s another way.",
					 dependent, required),
			 errconstraint("license_service_plan_dependency")));
}

/*
 * The first enabled plan of product $3 (plans $4 disabled) whose required
 * plan neither the product nor another of group $2's assignments enables:
 * the plan and the one it requires.
 */
static Statement group_lacks_requirement = {
	"group_lacks_requirement",
	UNMET_REQUIREMENT_SQL(
	"          EXISTS (SELECT 1 FROM license_mgmt.product_service_plans own"
	"                   WHERE own.sku_id = $3 AND own.service_plan_id = d.required_service_plan_id"
	"                     AND own.service_plan_id <> ALL ($4))"
	"       OR EXISTS (SELECT 1 FROM license_mgmt.group_license_assignments a"
	"                    JOIN license_mgmt.product_service_plans op ON op.sku_id = a.sku_id"
	"                   WHERE a.tenant_id = $1 AND a.group_id = $2 AND a.sku_id <> $3"
	"                     AND op.service_plan_id = d.required_service_plan_id"
	"                     AND op.service_plan_id <> ALL (a.disabled_plans))"),
	4, {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID}};

/*
 * plan_rules_check_group_dependencies refuses, for the whole group, an
 * assignment whose enabled plans require a plan that neither it nor another
 * of the group's assignments provides (R4.2): such an add-on could never be
 * active for any member.
 */
void
plan_rules_check_group_dependencies(Datum tenant, Datum group, Datum sku, Datum disabled_plans,
									const char *group_name, const char *product)
{
	char	   *plan;
	char	   *required;

	if (lm_run(&group_lacks_requirement, (Datum[]) {tenant, group, sku, disabled_plans}, NULL) == 0)
		return;
	plan = lm_text(0, 1);
	required = lm_text(0, 2);
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("service plan %s of %s requires service plan %s, which group \"%s\" does not provide",
					plan, product, required, group_name),
			 errdetail("No product assigned to group \"%s\" enables %s, so no member could use %s.",
					   group_name, required, product),
			 errhint("Assign the group a product that includes %s first, or disable service plan %s in the assignment.",
					 required, plan),
			 errconstraint("license_service_plan_dependency")));
}

/* The statements of this file, for statements.c. */
Statement *const plan_rules_statements[] = {
	&lock_set, &disabled_plans_outside, &removal_breaks, &group_lacks_requirement, NULL
};
