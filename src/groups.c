/*
 * groups.c
 *		Group assignment: assign_group_license, remove_group_license, and
 *		reprocessing (R4, R6.2).
 *
 * A group assignment is applied to every user the group reaches before the
 * call returns (R4.1): one engine statement for the whole membership, each
 * member licensed or given its own error state (R4.2).  The group's row is
 * locked for the call, and the membership triggers lock the rows of the
 * groups they change, so a member added while the group is being licensed
 * is licensed by one or the other, never missed.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(assign_group_license);
PG_FUNCTION_INFO_V1(remove_group_license);
PG_FUNCTION_INFO_V1(reprocess_user);
PG_FUNCTION_INFO_V1(reprocess_group);

/* lock_group: group $2's row against concurrent membership changes (membership.c) */
static Statement lock_group = {
	"lock_group",
	"SELECT 1 FROM license_mgmt.groups g WHERE g.tenant_id = $1 AND g.group_id = $2 FOR NO KEY UPDATE",
	2, {UUIDOID, UUIDOID}};

/*
 * group_intent: group $2 of tenant $1 is assigned product $3 with disabled
 * plans $4; says whether the assignment is new.  Both parts read one
 * snapshot, taken after the group's row was locked (lock_group), which
 * the functions writing its assignments take first: what the statement finds
 * before its insert is what the insert then creates or updates.
 */
static Statement group_intent = {
	"group_intent",
	"WITH existing AS ("
	"  SELECT 1 FROM license_mgmt.group_license_assignments a"
	"   WHERE a.tenant_id = $1 AND a.group_id = $2 AND a.sku_id = $3),"
	" written AS ("
	"  INSERT INTO license_mgmt.group_license_assignments (tenant_id, group_id, sku_id, disabled_plans)"
	"  VALUES ($1, $2, $3, $4)"
	"  ON CONFLICT (tenant_id, group_id, sku_id) DO UPDATE SET disabled_plans = excluded.disabled_plans)"
	" SELECT NOT EXISTS (SELECT 1 FROM existing)",
	4, {UUIDOID, UUIDOID, UUIDOID, UUIDARRAYOID}};

/* group_intent_removal: group $2 of tenant $1 is no longer assigned product $3 */
static Statement group_intent_removal = {
	"group_intent_removal",
	"DELETE FROM license_mgmt.group_license_assignments a"
	" WHERE a.tenant_id = $1 AND a.group_id = $2 AND a.sku_id = $3",
	3, {UUIDOID, UUIDOID, UUIDOID}};

/* group_products_and_reach: the products assigned to group $2 of tenant $1, and the users it reaches */
static Statement group_products_and_reach = {
	"group_products_and_reach",
	"SELECT (SELECT array_agg(a.sku_id ORDER BY a.sku_id) FROM license_mgmt.group_license_assignments a"
	"         WHERE a.tenant_id = $1 AND a.group_id = $2),"
	"       (SELECT array_agg(DISTINCT r.user_id) FROM license_mgmt_internal.group_reach($1, ARRAY[$2]) r)",
	2, {UUIDOID, UUIDOID}};

/* tenant_group_assignments: every group assignment of tenant $1, by product and group */
static Statement tenant_group_assignments = {
	"tenant_group_assignments",
	"SELECT a.sku_id, a.group_id FROM license_mgmt.group_license_assignments a"
	" WHERE a.tenant_id = $1 ORDER BY a.sku_id, a.group_id",
	1, {UUIDOID}};

/*
 * groups_lock locks a group's row for the call, against concurrent
 * membership changes (membership.c) and other calls on its assignments:
 * directory rows come first in the global lock order, then seat counters.
 */
void
groups_lock(Datum tenant, Datum group)
{
	lm_run(&lock_group, (Datum[]) {tenant, group}, NULL);
}

/*
 * groups_record_intent records that a group is assigned a product with
 * these disabled plans, and says whether the assignment is new (an
 * existing one has states already: R4.8 re-applies it).
 */
bool
groups_record_intent(Datum tenant, Datum group, Datum sku, Datum disabled)
{
	lm_run(&group_intent, (Datum[]) {tenant, group, sku, disabled}, NULL);
	return lm_bool(0, 1);
}

/*
 * groups_remove_intent removes a group's assignment of a product, or
 * refuses when it has none (license_assignment_exists).
 */
void
groups_remove_intent(const DirectoryGroup *group, Datum sku, const char *product)
{
	if (lm_run(&group_intent_removal, (Datum[]) {group->tenant, group->group, sku}, NULL) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("group \"%s\" has no assignment of %s", group->name, product),
				 errdetail("Group \"%s\" was never given %s, or it was removed already.", group->name, product),
				 errhint("license_mgmt.licensed_groups lists the groups' assignments."),
				 errconstraint("license_assignment_exists")));
}

/*
 * assign_group_license(group_id, sku_id, disabled_plans): record the group's
 * assignment and apply it to every member now.  Assigning again changes the
 * disabled plans for every member (R4.8).
 */
Datum
assign_group_license(PG_FUNCTION_ARGS)
{
	Datum		group_id = lm_arg_uuid(fcinfo, 0, "group_id");
	Datum		sku = lm_arg_uuid(fcinfo, 1, "sku_id");
	Datum		disabled = lm_arg_plans(fcinfo, 2);
	LmContext	ctx;
	DirectoryGroup group;
	char	   *product;
	EngineResult applied;
	EngineOptions options = {.keep_failures = true};
	TupleDesc	tupdesc;
	Datum		result[2];
	bool		nulls[2] = {false, false};

	LM_FORWARD(fcinfo, FORWARD_BY_GROUP);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	lm_enter(&ctx);
	directory_find_group(group_id, &group);
	lm_become_owner(&ctx);
	product = directory_find_product(sku);
	groups_lock(group.tenant, group_id);
	refusal_unusable(seats_lock_related(group.tenant, sku), product);
	disabled = plan_rules_check_disabled_plans(sku, disabled, product);
	plan_rules_check_group_dependencies(group.tenant, group_id, sku, disabled, group.name, product);

	/* a new assignment has no states yet (R4.8 re-applies an existing one) */
	options.states = groups_record_intent(group.tenant, group_id, sku, disabled) ?
		STATES_NONE_OWN : STATES_MAY_EXIST;

	applied = engine_apply(SOURCE_GROUP, group.tenant, sku, options, &group_id, 1);
	audit_intent(group.tenant, 0, group_id, sku, disabled, applied.licensed, applied.failed);
	ripple_rules(group.tenant, sku, applied.users);
	/* new options may have freed seats, and a re-assignment can leave waiters */
	ripple_serve_waiting_room(group.tenant, sku);
	lm_leave(&ctx);

	result[0] = Int32GetDatum(applied.licensed);
	result[1] = Int32GetDatum(applied.failed);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), result, nulls)));
}

/*
 * remove_group_license(group_id, sku_id): remove the group's assignment and
 * every state it gave.  Members without another source lose the product and
 * free their seat; a member left without a plan another held product
 * requires keeps that product as active_with_error (R4.10).
 */
Datum
remove_group_license(PG_FUNCTION_ARGS)
{
	Datum		group_id = lm_arg_uuid(fcinfo, 0, "group_id");
	Datum		sku = lm_arg_uuid(fcinfo, 1, "sku_id");
	LmContext	ctx;
	DirectoryGroup group;
	char	   *product;
	Datum		users;

	LM_FORWARD(fcinfo, FORWARD_BY_GROUP);
	lm_enter(&ctx);
	directory_find_group(group_id, &group);
	lm_become_owner(&ctx);
	product = directory_find_product(sku);
	groups_lock(group.tenant, group_id);
	(void) seats_lock_related(group.tenant, sku);
	groups_remove_intent(&group, sku, product);

	audit_intent(group.tenant, 0, group_id, sku, 0, -1, -1);
	users = engine_remove(REMOVE_GROUP, group.tenant, sku, 0, &group_id, 1, NULL);
	ripple_rules(group.tenant, sku, users);
	ripple_serve_waiting_room(group.tenant, sku);
	lm_leave(&ctx);
	PG_RETURN_VOID();
}

/* reprocess_user(user_id): re-judge every license state of a user (R6.2). */
Datum
reprocess_user(PG_FUNCTION_ARGS)
{
	Datum		user_id = lm_arg_uuid(fcinfo, 0, "user_id");
	LmContext	ctx;
	DirectoryUser user;
	Datum		skus;

	LM_FORWARD(fcinfo, FORWARD_BY_USER);
	lm_enter(&ctx);
	directory_find_user(user_id, &user);
	lm_become_owner(&ctx);
	skus = seats_lock_tenant(user.tenant);
	audit_intent(user.tenant, lm_uuid_array(user_id), 0, 0, 0, -1, -1);
	ripple_reevaluate_users(user.tenant, skus, lm_uuid_array(user_id));
	lm_leave(&ctx);
	PG_RETURN_VOID();
}

/*
 * groups_apply applies every assignment of a group again, creating any
 * state that is missing and re-judging the others.  Returns the users the
 * group reaches (uuid[]), or 0 when none.  The caller locked the tenant's
 * counters.
 */
static Datum
groups_apply(Datum tenant, Datum group)
{
	Datum		values[2] = {tenant, group};
	EngineOptions options = {.keep_failures = true};
	bool		no_skus;
	bool		no_users;
	Datum		skus;
	Datum		users;

	lm_run(&group_products_and_reach, values, NULL);
	skus = lm_value(0, 1, &no_skus);
	users = lm_value(0, 2, &no_users);
	if (!no_skus)
	{
		Datum	   *sku;
		int			n;

		deconstruct_array(DatumGetArrayTypeP(skus), UUIDOID, UUID_LEN, false, TYPALIGN_CHAR,
						  &sku, NULL, &n);
		for (int i = 0; i < n; i++)
			engine_apply(SOURCE_GROUP, tenant, sku[i], options, &group, 1);
	}
	return no_users ? (Datum) 0 : users;
}

/*
 * groups_reapply_tenant applies every group assignment of a tenant again,
 * after its nested_group_licensing setting changed (R4.11): states of users
 * a group no longer reaches go, users it now reaches get theirs, and the
 * waiting rooms are served.  The caller locked the tenant's counters.
 */
void
groups_reapply_tenant(Datum tenant, Datum skus)
{
	EngineOptions options = {.keep_failures = true};
	int			n;
	Datum	   *sku;

	n = lm_run(&tenant_group_assignments, &tenant, NULL);
	if (n > 0)
	{
		SPITupleTable *assignments = SPI_tuptable;

		for (int i = 0; i < n; i++)
		{
			bool		isnull;
			Datum		a_sku = SPI_getbinval(assignments->vals[i], assignments->tupdesc, 1, &isnull);
			Datum		a_group = SPI_getbinval(assignments->vals[i], assignments->tupdesc, 2, &isnull);
			Datum		lost = engine_remove(REMOVE_UNREACHED, tenant, a_sku, 0, &a_group, 1, NULL);

			ripple_rules(tenant, a_sku, lost);
		}
		for (int i = 0; i < n; i++)
		{
			bool		isnull;
			Datum		a_sku = SPI_getbinval(assignments->vals[i], assignments->tupdesc, 1, &isnull);
			Datum		a_group = SPI_getbinval(assignments->vals[i], assignments->tupdesc, 2, &isnull);
			EngineResult applied = engine_apply(SOURCE_GROUP, tenant, a_sku, options, &a_group, 1);

			ripple_rules(tenant, a_sku, applied.users);
		}
	}
	n = lm_uuids(skus, &sku);
	for (int i = 0; i < n; i++)
		ripple_serve_waiting_room(tenant, sku[i]);
}

/*
 * reprocess_group(group_id): apply the group's assignments again and re-judge
 * every license state of its members (R6.2).
 */
Datum
reprocess_group(PG_FUNCTION_ARGS)
{
	Datum		group_id = lm_arg_uuid(fcinfo, 0, "group_id");
	LmContext	ctx;
	DirectoryGroup group;
	Datum		skus;
	Datum		users;

	LM_FORWARD(fcinfo, FORWARD_BY_GROUP);
	lm_enter(&ctx);
	directory_find_group(group_id, &group);
	lm_become_owner(&ctx);
	groups_lock(group.tenant, group_id);
	skus = seats_lock_tenant(group.tenant);
	audit_intent(group.tenant, 0, group_id, 0, 0, -1, -1);
	users = groups_apply(group.tenant, group_id);
	if (users != (Datum) 0)
		ripple_reevaluate_users(group.tenant, skus, users);
	lm_leave(&ctx);
	PG_RETURN_VOID();
}

/* The statements of this file, for statements.c. */
Statement *const groups_statements[] = {
	&lock_group, &group_intent, &group_intent_removal, &group_products_and_reach, &tenant_group_assignments,
	NULL};
