/*
 * plan_rules.c
 *		Service plan rules: conflicts (R7.2), dependencies (R7.1), locations
 *		(R5.2) and the options of an assignment.
 *
 * The set-based judgement of these rules is part of the engine's statement
 * (engine.c).  This file answers the questions around it: which products
 * rules tie to a product (their counters are locked together, so that two
 * transactions cannot each grant one side of a conflict), whether any rule
 * touches a product at all (most products: no, and the engine skips the
 * checks), and, when a direct assignment or removal is refused, the facts
 * for the error's detail.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

/*
 * The products tied to the given ones by plan rules, transitively: a
 * conflict or a dependency between any of their plans, in either direction.
 * Judging one product can change what another may hold, and that one a
 * third, so they are locked and re-judged together.
 */
#define CLOSURE_SQL(skus) \
	"WITH RECURSIVE closure(sku_id) AS (" \
	"  SELECT unnest(" skus ")" \
	"  UNION" \
	"  SELECT other.sku_id" \
	"    FROM closure c" \
	"    JOIN license_mgmt.product_service_plans mine ON mine.sku_id = c.sku_id" \
	"    JOIN license_mgmt_internal.service_plan_relations r ON r.service_plan_id = mine.service_plan_id" \
	"    JOIN license_mgmt.product_service_plans other" \
	"      ON other.service_plan_id = r.related_service_plan_id)"

/*
 * plan_rules_lock_set returns skus (uuid[]) and every product related to
 * them, sorted: the counters to lock before judging them.
 */
Datum
plan_rules_lock_set(Datum skus)
{
	static SPIPlanPtr plan;
	Oid			types[1] = {UUIDARRAYOID};

	lm_plan(&plan,
			CLOSURE_SQL("$1::uuid[]")
			" SELECT COALESCE(array_agg(sku_id ORDER BY sku_id), '{}') FROM closure",
			1, types);
	lm_exec(plan, &skus, NULL);
	return lm_copy_datum(0, 1, &(bool) {false});
}

/* plan_rules_related returns the products related to sku, without it. */
Datum
plan_rules_related(Datum sku)
{
	static SPIPlanPtr plan;
	Oid			types[1] = {UUIDOID};

	lm_plan(&plan,
			CLOSURE_SQL("ARRAY[$1::uuid]")
			" SELECT COALESCE(array_agg(sku_id ORDER BY sku_id) FILTER (WHERE sku_id <> $1), '{}')"
			"   FROM closure",
			1, types);
	lm_exec(plan, &sku, NULL);
	return lm_copy_datum(0, 1, &(bool) {false});
}

/*
 * What the catalog says of the product last asked about, kept for the rest
 * of one entry point's call (lm_call_serial): one call judges with one view
 * of the catalog.
 */
static struct
{
	uint64		call;			/* lm_call_serial() when it was asked */
	pg_uuid_t	sku;
	bool		rules;			/* a conflict or dependency involves its plans */
	bool		locations;		/* one of its plans is not offered somewhere */
}			product_memo = {.call = PG_UINT64_MAX};

static void
read_product_facts(Datum sku)
{
	ProductFacts facts = {0};

	if (product_memo.call == lm_call_serial() && memcmp(&product_memo.sku, DatumGetUUIDP(sku), UUID_LEN) == 0)
		return;
	/* a product that does not exist has neither (the caller refuses it) */
	(void) product_cache_lookup(sku, &facts);
	plan_rules_note(sku, &facts);
}

/*
 * plan_rules_apply_to: does any conflict or dependency involve sku's plans?
 * Asked several times in a call (the caller, the judgement, the ripple).
 * The rules are few, so their plans are gathered once and joined to the
 * product's.
 */
bool
plan_rules_apply_to(Datum sku)
{
	read_product_facts(sku);
	return product_memo.rules;
}

/*
 * plan_rules_restrict_locations: is one of sku's plans not offered at some
 * location (R5.2)?  Most products: no, and the judgement leaves the check
 * out.
 */
bool
plan_rules_restrict_locations(Datum sku)
{
	read_product_facts(sku);
	return product_memo.locations;
}

/*
 * plan_rules_note keeps the answers for the rest of the call, when a caller
 * read them already (directory_find_product).
 */
void
plan_rules_note(Datum sku, const ProductFacts *facts)
{
	memcpy(&product_memo.sku, DatumGetUUIDP(sku), UUID_LEN);
	product_memo.rules = facts->rules;
	product_memo.locations = facts->locations;
	product_memo.call = lm_call_serial();
}

/*
 * plan_rules_check_disabled_plans refuses disabled plans that are not part
 * of the product (license_disabled_plan_in_product), and returns them sorted
 * without duplicates, so that equal options compare equal.
 */
Datum
plan_rules_check_disabled_plans(Datum sku, Datum disabled_plans, const char *product)
{
	static SPIPlanPtr plan;
	Oid			types[2] = {UUIDOID, UUIDARRAYOID};
	Datum		values[2] = {sku, disabled_plans};
	char	   *strangers;
	char	   *offered;

	/* nothing disabled: nothing to check */
	if (lm_array_length(disabled_plans) == 0)
		return disabled_plans;

	lm_plan(&plan,
			"SELECT string_agg(COALESCE(sp.service_plan_name, x.id::text), ', ' ORDER BY x.n),"
			"       (SELECT string_agg(p.service_plan_name, ', ' ORDER BY p.service_plan_name)"
			"          FROM license_mgmt.product_service_plans psp"
			"          JOIN license_mgmt.service_plans p ON p.service_plan_id = psp.service_plan_id"
			"         WHERE psp.sku_id = $1),"
			"       ARRAY(SELECT DISTINCT d FROM unnest($2::uuid[]) AS d ORDER BY d)"
			"  FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, n)"
			"  LEFT JOIN license_mgmt.service_plans sp ON sp.service_plan_id = x.id"
			" WHERE NOT EXISTS (SELECT 1 FROM license_mgmt.product_service_plans psp"
			"                    WHERE psp.sku_id = $1 AND psp.service_plan_id = x.id)",
			2, types);
	lm_exec(plan, values, NULL);
	strangers = lm_text(0, 1);
	if (strangers == NULL)
		return lm_value(0, 3, &(bool) {false});
	offered = lm_text(0, 2);
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("disabled plan %s is not part of product \"%s\"", strangers, product),
			 errdetail("Product \"%s\" includes the service plans %s.", product,
					   offered ? offered : "(none)"),
			 errhint("Disable only service plans of the product; license_mgmt.product_service_plans lists them."),
			 errconstraint("license_disabled_plan_in_product")));
}

/*
 * plan_rules_explain_refusal raises the contract's error for a direct
 * assignment that the engine judged with the given error name, with the
 * facts that made it fail.
 */
void
plan_rules_explain_refusal(const char *error, Datum tenant, Datum user, Datum sku,
						   Datum disabled_plans, const char *who, const char *product)
{
	static SPIPlanPtr location_plan;
	static SPIPlanPtr conflict_plan;
	static SPIPlanPtr dependency_plan;
	Oid			types[4] = {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID};
	Datum		values[4] = {tenant, user, sku, disabled_plans};

	if (strcmp(error, "ProhibitedInUsageLocationViolation") == 0)
	{
		lm_plan(&location_plan,
				"SELECT sp.service_plan_name, COALESCE(u.usage_location, t.usage_location)"
				"  FROM license_mgmt.users u"
				"  JOIN license_mgmt.tenants t ON t.tenant_id = u.tenant_id"
				"  JOIN license_mgmt.product_service_plans psp ON psp.sku_id = $3"
				"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id"
				" WHERE u.tenant_id = $1 AND u.user_id = $2 AND sp.service_plan_id <> ALL ($4)"
				"   AND COALESCE(u.usage_location, t.usage_location) = ANY (sp.unavailable_locations)"
				" ORDER BY sp.service_plan_name LIMIT 1",
				4, types);
		lm_exec(location_plan, values, NULL);
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("product \"%s\" is not available in usage location %s",
						product, SPI_processed ? lm_text(0, 2) : "?"),
				 errdetail("Service plan %s of \"%s\" is not offered in %s, the usage location of user \"%s\".",
						   SPI_processed ? lm_text(0, 1) : "?", product,
						   SPI_processed ? lm_text(0, 2) : "?", who),
				 errhint("Disable service plan %s in the assignment, or change the user's usage location.",
						 SPI_processed ? lm_text(0, 1) : "?"),
				 errconstraint("license_usage_location_allowed")));
	}
	if (strcmp(error, "MutuallyExclusiveViolation") == 0)
	{
		lm_plan(&conflict_plan,
				"SELECT mine.service_plan_name, theirs.service_plan_name, p.sku_part_number"
				"  FROM license_mgmt.product_service_plans psp"
				"  JOIN license_mgmt.service_plans mine ON mine.service_plan_id = psp.service_plan_id"
				"  JOIN license_mgmt_internal.service_plan_exclusions x ON x.service_plan_id = psp.service_plan_id"
				"  JOIN license_mgmt_internal.source_enabled_plans e ON e.service_plan_id = x.excluded_service_plan_id"
				"  JOIN license_mgmt.service_plans theirs ON theirs.service_plan_id = e.service_plan_id"
				"  JOIN license_mgmt.products p ON p.sku_id = e.sku_id"
				" WHERE psp.sku_id = $3 AND psp.service_plan_id <> ALL ($4)"
				"   AND e.tenant_id = $1 AND e.user_id = $2 AND e.sku_id <> $3"
				" ORDER BY 1, 2, 3 LIMIT 1",
				4, types);
		lm_exec(conflict_plan, values, NULL);
		ereport(ERROR,
				(errcode(ERRCODE_EXCLUSION_VIOLATION),
				 errmsg("service plan %s of \"%s\" conflicts with service plan %s of \"%s\"",
						SPI_processed ? lm_text(0, 1) : "?", product,
						SPI_processed ? lm_text(0, 2) : "?", SPI_processed ? lm_text(0, 3) : "?"),
				 errdetail("User \"%s\" holds \"%s\", and the two plans exclude each other.",
						   who, SPI_processed ? lm_text(0, 3) : "?"),
				 errhint("Remove \"%s\" from the user first, or disable service plan %s in the assignment.",
						 SPI_processed ? lm_text(0, 3) : "?", SPI_processed ? lm_text(0, 1) : "?"),
				 errconstraint("license_service_plan_conflict")));
	}
	if (strcmp(error, "DependencyViolation") == 0)
	{
		lm_plan(&dependency_plan,
				"SELECT sp.service_plan_name, req.service_plan_name"
				"  FROM license_mgmt.product_service_plans psp"
				"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = psp.service_plan_id"
				"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.service_plan_id"
				"  JOIN license_mgmt.service_plans req ON req.service_plan_id = d.required_service_plan_id"
				" WHERE psp.sku_id = $3 AND psp.service_plan_id <> ALL ($4)"
				"   AND NOT (d.required_service_plan_id <> ALL ($4) AND EXISTS ("
				"            SELECT 1 FROM license_mgmt.product_service_plans own"
				"             WHERE own.sku_id = $3 AND own.service_plan_id = d.required_service_plan_id))"
				"   AND NOT EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans e"
				"                    WHERE e.tenant_id = $1 AND e.user_id = $2"
				"                      AND e.service_plan_id = d.required_service_plan_id"
				"                      AND NOT (e.sku_id = $3 AND e.group_id = " NIL_SOURCE_SQL "))"
				" ORDER BY 1, 2 LIMIT 1",
				4, types);
		lm_exec(dependency_plan, values, NULL);
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("service plan %s of \"%s\" requires service plan %s",
						SPI_processed ? lm_text(0, 1) : "?", product, SPI_processed ? lm_text(0, 2) : "?"),
				 errdetail("User \"%s\" has no active license that enables %s.",
						   who, SPI_processed ? lm_text(0, 2) : "?"),
				 errhint("Assign a product that includes %s first, or disable service plan %s in the assignment.",
						 SPI_processed ? lm_text(0, 2) : "?", SPI_processed ? lm_text(0, 1) : "?"),
				 errconstraint("license_service_plan_dependency")));
	}
	if (strcmp(error, "CountViolation") == 0)
	{
		int32		total;
		int32		assigned;

		seats_read(tenant, sku, &total, &assigned);
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("no seat of \"%s\" is available", product),
				 errdetail("The tenant has %d seats of \"%s\" and %d are assigned; user \"%s\" would need one more.",
						   total, product, assigned, who),
				 errhint("Buy more seats, or remove the product from a user who no longer needs it."),
				 errconstraint("license_seat_limit")));
	}
	elog(ERROR, "license_mgmt: unexpected refusal %s", error);
}

/*
 * plan_rules_check_removal refuses to remove a user's direct assignment of
 * sku when it is the only source of a plan that another product the user
 * holds requires (R3.4).  Called before the removal.
 */
void
plan_rules_check_removal(Datum tenant, Datum user, Datum sku, const char *who, const char *product)
{
	static SPIPlanPtr plan;
	Oid			types[3] = {UUIDOID, UUIDOID, UUIDOID};
	Datum		values[3] = {tenant, user, sku};

	lm_plan(&plan,
			"SELECT p.sku_part_number, sp.service_plan_name, req.service_plan_name"
			"  FROM license_mgmt_internal.source_enabled_plans e"
			"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = e.service_plan_id"
			"  JOIN license_mgmt.products p ON p.sku_id = e.sku_id"
			"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = e.service_plan_id"
			"  JOIN license_mgmt.service_plans req ON req.service_plan_id = d.required_service_plan_id"
			" WHERE e.tenant_id = $1 AND e.user_id = $2"
			"   AND NOT (e.sku_id = $3 AND e.group_id = " NIL_SOURCE_SQL ")"
			"   AND EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans r"
			"                WHERE r.tenant_id = $1 AND r.user_id = $2"
			"                  AND r.service_plan_id = d.required_service_plan_id"
			"                  AND r.sku_id = $3 AND r.group_id = " NIL_SOURCE_SQL ")"
			"   AND NOT EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans r"
			"                    WHERE r.tenant_id = $1 AND r.user_id = $2"
			"                      AND r.service_plan_id = d.required_service_plan_id"
			"                      AND NOT (r.sku_id = $3 AND r.group_id = " NIL_SOURCE_SQL "))"
			" ORDER BY 1, 2, 3 LIMIT 1",
			3, types);
	if (lm_exec(plan, values, NULL) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("\"%s\" of user \"%s\" is required by \"%s\"", product, who, lm_text(0, 1)),
			 errdetail("Service plan %s of \"%s\" requires service plan %s, which only the direct assignment of \"%s\" provides.",
					   lm_text(0, 2), lm_text(0, 1), lm_text(0, 3), product),
			 errhint("Remove \"%s\" from the user first, or give the user %s another way.",
					 lm_text(0, 1), lm_text(0, 3)),
			 errconstraint("license_service_plan_dependency")));
}

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
	static SPIPlanPtr plan;
	Oid			types[4] = {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID};
	Datum		values[4] = {tenant, group, sku, disabled_plans};

	lm_plan(&plan,
			"SELECT sp.service_plan_name, req.service_plan_name"
			"  FROM license_mgmt.product_service_plans psp"
			"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = psp.service_plan_id"
			"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.service_plan_id"
			"  JOIN license_mgmt.service_plans req ON req.service_plan_id = d.required_service_plan_id"
			" WHERE psp.sku_id = $3 AND psp.service_plan_id <> ALL ($4)"
			"   AND NOT EXISTS (SELECT 1 FROM license_mgmt.product_service_plans own"
			"                    WHERE own.sku_id = $3 AND own.service_plan_id = d.required_service_plan_id"
			"                      AND own.service_plan_id <> ALL ($4))"
			"   AND NOT EXISTS (SELECT 1 FROM license_mgmt.group_license_assignments a"
			"                     JOIN license_mgmt.product_service_plans op ON op.sku_id = a.sku_id"
			"                    WHERE a.tenant_id = $1 AND a.group_id = $2 AND a.sku_id <> $3"
			"                      AND op.service_plan_id = d.required_service_plan_id"
			"                      AND op.service_plan_id <> ALL (a.disabled_plans))"
			" ORDER BY 1, 2 LIMIT 1",
			4, types);
	if (lm_exec(plan, values, NULL) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("service plan %s of \"%s\" requires service plan %s, which group \"%s\" does not provide",
					lm_text(0, 1), product, lm_text(0, 2), group_name),
			 errdetail("No product assigned to group \"%s\" enables %s, so no member could use \"%s\".",
					   group_name, lm_text(0, 2), product),
			 errhint("Assign the group a product that includes %s first, or disable service plan %s in the assignment.",
					 lm_text(0, 2), lm_text(0, 1)),
			 errconstraint("license_service_plan_dependency")));
}

/* The statements of this file, for statements.c. */
Statement *const plan_rules_statements[] = {NULL};
