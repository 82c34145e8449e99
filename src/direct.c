/*
 * direct.c
 *		Direct assignment: assign_user_license, remove_user_license and the
 *		bulk assign_user_licenses (R3).
 *
 * Each call checks, in the order of R3.1, what only the caller's call can
 * get wrong (the user, the product, its subscription, the options, a usage
 * location), then lets the engine judge the rest under the product's seat
 * lock.  A refusal raises the contract's error; the statement's changes roll
 * back with it, so a refused call changes nothing.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(assign_user_license);
PG_FUNCTION_INFO_V1(remove_user_license);
PG_FUNCTION_INFO_V1(assign_user_licenses);

/* direct_intent: users $3 of tenant $1 hold product $2 directly, with disabled plans $4 */
static Statement direct_intent = {
	"direct_intent",
	"INSERT INTO license_mgmt.user_license_assignments (tenant_id, user_id, sku_id, disabled_plans)"
	" SELECT $1, u.id, $2, $4 FROM unnest($3::uuid[]) AS u(id)"
	" ON CONFLICT (tenant_id, user_id, sku_id) DO UPDATE SET disabled_plans = excluded.disabled_plans",
	4, {UUIDOID, UUIDOID, UUIDARRAYOID, UUIDARRAYOID}};

/* inheriting_groups: the groups user $2 of tenant $1 holds product $3 through, named */
static Statement inheriting_groups = {
	"inheriting_groups",
	"SELECT string_agg(format('%s (%s)', g.display_name, g.group_id), ', '"
	"                  ORDER BY g.display_name, g.group_id)"
	"  FROM license_mgmt.license_states s"
	"  JOIN license_mgmt.groups g ON g.tenant_id = $1 AND g.group_id = s.group_id"
	" WHERE s.tenant_id = $1 AND s.user_id = $2 AND s.sku_id = $3",
	3, {UUIDOID, UUIDOID, UUIDOID}};

/*
 * bulk_tenant: the tenants of users $1 visible to the caller, limited to
 * tenant $2 (license_mgmt.tenant_id) when set: two at most
 */
static Statement bulk_tenant = {
	"bulk_tenant",
	"SELECT DISTINCT u.tenant_id FROM license_mgmt.users u"
	" WHERE u.user_id = ANY ($1) AND ($2::uuid IS NULL OR u.tenant_id = $2)"
	" LIMIT 2",
	2, {UUIDARRAYOID, UUIDOID}};

/*
 * direct_assign judges a direct assignment of product sku (named product)
 * to a user whose row the caller locked and found live, once the product's
 * seats are locked (options.reserve: the reserve the caller holds, or 0:
 * the counter) and usable: the rest of R3.1 in its order, the disabled
 * plans, the usage location, then the engine's judgement, which records
 * the intent.  A refusal raises the contract's error.
 */
void
direct_assign(const DirectoryUser *user, Datum sku, Datum disabled, const char *product,
			  EngineOptions options)
{
	ProductFacts facts;
	SPITupleTable *outcome;
	char	   *error;
	Datum		args[3];
	uint64		n;

	disabled = plan_rules_check_disabled_plans(sku, disabled, product);
	(void) product_facts(sku, &facts);
	if (user->location == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("user \"%s\" has no usage location", user->upn),
				 facts.locations ?
				 errdetail("A license assigned directly needs the user's own usage location, where %s must be offered; only group licenses fall back to the tenant's.",
						   product) :
				 errdetail("A license assigned directly needs the user's own usage location; only group licenses fall back to the tenant's."),
				 errhint("Set users.usage_location for the user, then assign the license."),
				 errconstraint("license_usage_location_required")));

	/* the judgement records the intent first (engine.c) */
	args[0] = user->user;
	args[1] = disabled;
	args[2] = CStringGetTextDatum(user->location);
	outcome = engine_apply_outcomes(SOURCE_DIRECT, user->tenant, sku, options, args, 3, &n);
	if (n != 1)
		elog(ERROR, "license_mgmt: a direct judgement returned %d outcomes", (int) n);
	error = SPI_getvalue(outcome->vals[0], outcome->tupdesc, 2);
	if (error != NULL)
		refusal_explain(error, user->tenant, user->user, sku, disabled, user->upn, product);
}

/*
 * assign_user_license(user_id, sku_id, disabled_plans): give a product to a
 * user directly; assigning again replaces the disabled plans (R3.1, R3.2).
 */
Datum
assign_user_license(PG_FUNCTION_ARGS)
{
	Datum		user_id = lm_arg_uuid(fcinfo, 0, "user_id");
	Datum		sku = lm_arg_uuid(fcinfo, 1, "sku_id");
	Datum		disabled = lm_arg_plans(fcinfo, 2);
	LmContext	ctx;
	DirectoryUser user;
	char	   *product;
	EngineOptions options = {0};
	ProductFacts facts;

	LM_FORWARD(fcinfo, FORWARD_BY_USER);
	lm_enter(&ctx);
	directory_find_user(user_id, &user);
	lm_become_owner(&ctx);
	/* judged under the locks: a soft delete or location change may have committed meanwhile */
	directory_lock_user(&user);
	/* R3.1: the user first, then the product */
	directory_refuse_deleted(&user);
	product = directory_find_product(sku);
	/* a reserve with room means usable seats; without one, the counter decides */
	(void) product_facts(sku, &facts);
	if (!facts.rules && !facts.locations)
		options.reserve = seats_take_reserve(user.tenant, sku, true);
	if (options.reserve == 0)
		refusal_unusable(seats_lock_related(user.tenant, sku), product);
	else if (options.reserve == RESERVE_FULL)
	{
		int32		total;
		int32		held;

		seats_read(user.tenant, sku, &total, &held);
		refusal_unusable(total, product);
	}
	direct_assign(&user, sku, disabled, product, options);

	ripple_rules(user.tenant, sku, lm_uuid_array(user_id));
	lm_leave(&ctx);
	PG_RETURN_VOID();
}

/*
 * direct_refuse_unassigned says why a user had no direct assignment of a
 * product to remove: the groups it is inherited from (R3.3), or that the
 * user does not hold it at all.
 */
void
direct_refuse_unassigned(const DirectoryUser *user, Datum sku, const char *product)
{
	char	   *groups;

	/* the groups the user holds the product through, for the refusal to name them */
	lm_run(&inheriting_groups, (Datum[]) {user->tenant, user->user, sku}, NULL);
	groups = lm_text(0, 1);
	if (groups != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_RESTRICT_VIOLATION),
				 errmsg("user \"%s\" inherits %s from a group", user->upn, product),
				 errdetail("User \"%s\" holds %s only through group %s.", user->upn, product, groups),
				 errhint("A license inherited from a group cannot be removed from the user directly; remove the user from group %s instead.",
						 groups),
				 errconstraint("license_inherited_assignment")));
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("user \"%s\" has no direct assignment of %s", user->upn, product),
			 errdetail("User \"%s\" holds %s neither directly nor through a group.", user->upn, product),
			 errhint("license_mgmt.user_licenses shows the user's licenses and where they come from."),
			 errconstraint("license_assignment_exists")));
}

/*
 * remove_user_license(user_id, sku_id): remove the direct source of a
 * product.  Inherited-only licenses are refused (the user leaves the group
 * instead); with a group source too, the license stays (R3.3).  Removing a
 * plan another held product requires is refused (R3.4).
 */
Datum
remove_user_license(PG_FUNCTION_ARGS)
{
	Datum		user_id = lm_arg_uuid(fcinfo, 0, "user_id");
	Datum		sku = lm_arg_uuid(fcinfo, 1, "sku_id");
	LmContext	ctx;
	DirectoryUser user;
	char	   *product;
	bool		rules;
	bool		had_intent;
	int32		reserve;

	LM_FORWARD(fcinfo, FORWARD_BY_USER);
	lm_enter(&ctx);
	directory_find_user(user_id, &user);
	lm_become_owner(&ctx);
	product = directory_find_product(sku);
	directory_lock_user(&user);
	rules = product_has_rules(sku);
	reserve = rules ? 0 : seats_take_reserve(user.tenant, sku, false);
	if (reserve == 0)
		(void) seats_lock_related(user.tenant, sku);

	/* R3.4, judged on the states as they are */
	if (rules)
		plan_rules_check_removal(user.tenant, user_id, sku, user.upn, product);
	/* the intent goes, and with it the direct state; or say why there is none */
	engine_remove(REMOVE_DIRECT, user.tenant, sku, reserve, &user_id, 1, &had_intent);
	if (!had_intent)
		direct_refuse_unassigned(&user, sku, product);

	/* a seat going back to a reserve: nobody waits while a reserve holds seats */
	if (reserve == 0)
	{
		ripple_rules(user.tenant, sku, lm_uuid_array(user_id));
		ripple_serve_waiting_room(user.tenant, sku);
	}
	lm_leave(&ctx);
	PG_RETURN_VOID();
}

/*
 * The tenant of a bulk call: the one tenant the given users visible to the
 * caller belong to, or null when none is.  Users of several tenants refuse
 * the call.
 */
static Datum
find_bulk_tenant(Datum users, bool *isnull)
{
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			n;

	values[0] = users;
	values[1] = lm_tenant_setting(&nulls[1]);
	n = lm_run(&bulk_tenant, values, nulls);
	if (n > 1)
		refusal_bulk_tenants();
	*isnull = (n == 0);
	return n == 0 ? (Datum) 0 : lm_value(0, 1, &nulls[0]);
}

/*
 * assign_user_licenses(user_ids, sku_id, disabled_plans): give a product
 * directly to many users in one set-based call (R3.5).  Users without a
 * usage location are judged with the tenant's; each user is returned once,
 * in the order given, with the error that kept them from the license or
 * null.  Product-level refusals refuse the whole call.
 */
Datum
assign_user_licenses(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum		users = lm_arg_uuid(fcinfo, 0, "user_ids");
	Datum		sku = lm_arg_uuid(fcinfo, 1, "sku_id");
	Datum		disabled = lm_arg_plans(fcinfo, 2);
	LmContext	ctx;
	char	   *product;
	Datum		tenant;
	bool		no_tenant;
	SPITupleTable *outcome;
	uint64		n;
	int32		nlicensed;
	ArrayBuildState *licensed;
	EngineOptions options = {0};
	Datum		args[2];

	LM_FORWARD(fcinfo, FORWARD_BY_USERS);
	lm_check_uuid_array(users, "user_ids");
	InitMaterializedSRF(fcinfo, 0);
	lm_enter(&ctx);
	tenant = find_bulk_tenant(users, &no_tenant);
	lm_become_owner(&ctx);
	product = directory_find_product(sku);
	if (no_tenant)
		tenant = PointerGetDatum(palloc0(UUID_LEN));	/* matches no user */
	else
	{
		directory_lock_users(tenant, users);
		refusal_unusable(seats_lock_related(tenant, sku), product);
	}
	disabled = plan_rules_check_disabled_plans(sku, disabled, product);

	args[0] = users;
	args[1] = disabled;
	outcome = engine_apply_outcomes(SOURCE_DIRECT_BULK, tenant, sku, options, args, 2, &n);
	licensed = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	nlicensed = 0;
	for (uint64 i = 0; i < n; i++)
	{
		Datum		values[2];
		bool		nulls[2];

		values[0] = SPI_getbinval(outcome->vals[i], outcome->tupdesc, 1, &nulls[0]);
		values[1] = SPI_getbinval(outcome->vals[i], outcome->tupdesc, 2, &nulls[1]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if (nulls[1])
		{
			accumArrayResult(licensed, values[0], false, UUIDOID, CurrentMemoryContext);
			nlicensed++;
		}
	}

	/* a call that licensed nobody changed nothing, and logs nothing */
	if (!no_tenant && nlicensed > 0)
	{
		Datum		assigned = makeArrayResult(licensed, CurrentMemoryContext);

		lm_run(&direct_intent, (Datum[]) {tenant, sku, assigned, disabled}, NULL);
		audit_intent(tenant, assigned, 0, sku, disabled, nlicensed, (int32) n - nlicensed);
		ripple_rules(tenant, sku, assigned);
	}
	lm_leave(&ctx);
	return (Datum) 0;
}

/* The statements of this file, for statements.c. */
Statement *const direct_statements[] = {&direct_intent, &inheriting_groups, &bulk_tenant, NULL};
