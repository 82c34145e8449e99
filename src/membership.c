/*
 * membership.c
 *		Directory triggers: memberships apply at once (R4.6), nested groups
 *		stay acyclic (R4.11), deletes clean up (R4.9, R8.3).
 *
 * The membership triggers are statement-level with transition tables: one
 * INSERT of 100,000 memberships is handled by one engine statement per
 * product of the groups involved, never a statement per row (DESIGN.md
 * measured a row-level counter update at 156 s for 100,000 rows).
 *
 * Locks, always in this order, so that nothing waits in a circle:
 *	  the tenant row: FOR NO KEY UPDATE when the tenant nests groups or a
 *		group joins or leaves a group (membership changes then change what
 *		reaches what, and cycles are judged on a stable graph), FOR SHARE
 *		otherwise, so that turning nesting on or off (an UPDATE of the row)
 *		waits for the change or the change for it, and what reaches what is
 *		read afterwards;
 *	  the rows of the groups involved and their ancestors, FOR SHARE (an
 *		assignment of one of them holds it FOR NO KEY UPDATE, so a member
 *		added meanwhile is licensed by one or the other);
 *	  the seat counters of their products, in sku_id order.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/rel.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(directory_objects_sync);
PG_FUNCTION_INFO_V1(group_members_inserted);
PG_FUNCTION_INFO_V1(group_members_deleted);
PG_FUNCTION_INFO_V1(group_members_updating);
PG_FUNCTION_INFO_V1(users_deleting);
PG_FUNCTION_INFO_V1(groups_deleting);
PG_FUNCTION_INFO_V1(tenants_deleting);

/*
 * directory_objects_sync: new users and groups join directory_objects, the
 * key that memberships reference.
 */
Datum
directory_objects_sync(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr users_plan;
	static SPIPlanPtr groups_plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "directory_objects_sync", false, false);
	bool		users = strcmp(RelationGetRelationName(trigdata->tg_relation), "users") == 0;
	LmContext	ctx;

	lm_enter(&ctx);
	SPI_register_trigger_data(trigdata);
	lm_become_owner(&ctx);
	if (users)
		lm_exec(lm_plan(&users_plan,
						"INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, user_id)"
						" SELECT n.tenant_id, n.user_id, n.user_id FROM new_rows n",
						0, NULL), NULL, NULL);
	else
		lm_exec(lm_plan(&groups_plan,
						"INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, group_id)"
						" SELECT n.tenant_id, n.group_id, n.group_id FROM new_rows n",
						0, NULL), NULL, NULL);
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * Refuse new memberships that close a cycle of groups (R4.11), in every
 * tenant: a new member group closes one when it is already above its new
 * parent.  Walked up from each new parent, which costs the depth of the
 * tree (groups have few parents), never the size of the member's subtree.
 * The cycle is shown from the new parent down: parent -> member -> ... ->
 * parent.
 */
static void
refuse_cycles(Datum tenant, Datum groups, Datum members)
{
	static SPIPlanPtr plan;
	Oid			types[3] = {UUIDOID, UUIDARRAYOID, UUIDARRAYOID};
	Datum		values[3] = {tenant, groups, members};

	lm_plan(&plan,
			"WITH RECURSIVE up(parent, member, ancestor_id, path) AS ("
			"  SELECT e.group_id, e.member_id, e.group_id, ARRAY[e.group_id]"
			"    FROM unnest($2::uuid[], $3::uuid[]) AS e(group_id, member_id)"
			"    JOIN license_mgmt.groups g ON g.tenant_id = $1 AND g.group_id = e.member_id"
			"  UNION ALL"
			"  SELECT u.parent, u.member, m.group_id, u.path || m.group_id"
			"    FROM up u"
			"    JOIN license_mgmt.group_members m ON m.tenant_id = $1 AND m.member_id = u.ancestor_id"
			"   WHERE u.ancestor_id <> u.member AND m.group_id <> ALL (u.path))"
			" SELECT (SELECT g.display_name FROM license_mgmt.groups g"
			"          WHERE g.tenant_id = $1 AND g.group_id = u.parent),"
			"        (SELECT string_agg(format('%s', g.display_name), ' -> ' ORDER BY p.n DESC)"
			"           FROM unnest(u.path || u.parent) WITH ORDINALITY AS p(id, n)"
			"           JOIN license_mgmt.groups g ON g.tenant_id = $1 AND g.group_id = p.id)"
			"   FROM up u WHERE u.ancestor_id = u.member LIMIT 1",
			3, types);
	if (lm_exec(plan, values, NULL) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("membership would make group \"%s\" a member of itself", lm_text(0, 1)),
			 errdetail("The memberships would form the cycle %s.", lm_text(0, 2)),
			 errhint("Groups may nest but never in a cycle; remove one of these memberships first."),
			 errconstraint("group_membership_acyclic")));
}

/*
 * The arguments of group_ancestors for memberships (groups[], members[]) of
 * a tenant: when they were just removed, the groups above them are found
 * with them still in place.
 */
static void
ancestry_args(Datum *values, Datum tenant, Datum groups, Datum members, bool removed)
{
	values[0] = tenant;
	values[1] = groups;
	values[2] = removed ? groups : lm_empty_uuids();
	values[3] = removed ? members : lm_empty_uuids();
}

static const Oid ancestry_types[4] = {UUIDOID, UUIDARRAYOID, UUIDARRAYOID, UUIDARRAYOID};

/* Does the tenant nest groups, as the latest committed setting says? */
static bool
tenant_nests(Datum tenant)
{
	static SPIPlanPtr plan;

	lm_plan(&plan, "SELECT license_mgmt.nesting($1)", 1, (Oid[]) {UUIDOID});
	lm_exec(plan, &tenant, NULL);
	return lm_bool(0, 1);
}

/*
 * Lock the tenant row and the groups a membership change involves (see the
 * file header); ancestry is what ancestry_args made.
 */
static void
lock_groups(const Datum *ancestry, bool graph_changes)
{
	static SPIPlanPtr tenant_plan;
	static SPIPlanPtr shared_plan;
	static SPIPlanPtr groups_plan;
	Datum		tenant = ancestry[0];

	lm_plan(&tenant_plan,
			"SELECT 1 FROM license_mgmt.tenants"
			" WHERE tenant_id = $1 AND ($2 OR nested_group_licensing)"
			" FOR NO KEY UPDATE",
			2, (Oid[]) {UUIDOID, BOOLOID});
	/*
	 * Without nesting as this statement saw it: a share lock, which waits
	 * for a change of the setting under way (and keeps one from starting)
	 */
	if (lm_exec(tenant_plan, (Datum[]) {tenant, BoolGetDatum(graph_changes)}, NULL) == 0)
	{
		lm_plan(&shared_plan,
				"SELECT 1 FROM license_mgmt.tenants WHERE tenant_id = $1 FOR SHARE",
				1, (Oid[]) {UUIDOID});
		lm_exec(shared_plan, &tenant, NULL);
	}

	/*
	 * One lookup of the key per group, in group_id order.  As a semi-join,
	 * the walk's row estimate (hundreds) made the planner read every group
	 * of the tenant instead: a third of N1, growing with the tree.
	 */
	lm_plan(&groups_plan,
			"SELECT 1"
			"  FROM (SELECT DISTINCT a.ancestor_id FROM license_mgmt.group_ancestors($1, $2, $3, $4) a"
			"         ORDER BY a.ancestor_id) a"
			" CROSS JOIN LATERAL (SELECT FROM license_mgmt.groups g"
			"                      WHERE g.tenant_id = $1 AND g.group_id = a.ancestor_id FOR SHARE) g",
			4, ancestry_types);
	lm_exec(groups_plan, ancestry, NULL);
}

/*
 * Take every lock a membership change needs: the groups (lock_groups), then
 * the seat counters of their products.  Returns the licensed groups it
 * touches, one row per product: (sku_id, groups[]), or 0 rows.
 */
static SPITupleTable *
lock_membership_change(Datum tenant, Datum groups, Datum members, bool removed, bool graph_changes,
					   uint64 *nproducts)
{
	static SPIPlanPtr products_plan;
	Datum		ancestry[4];
	SPITupleTable *products;
	ArrayBuildState *skus;
	bool		isnull;

	ancestry_args(ancestry, tenant, groups, members, removed);
	lock_groups(ancestry, graph_changes);
	lm_plan(&products_plan,
			"SELECT a.sku_id, array_agg(DISTINCT a.group_id ORDER BY a.group_id)"
			"  FROM license_mgmt.group_ancestors($1, $2, $3, $4) x"
			"  JOIN license_mgmt.group_license_assignments a"
			"    ON a.tenant_id = $1 AND a.group_id = x.ancestor_id"
			" GROUP BY a.sku_id ORDER BY a.sku_id",
			4, ancestry_types);
	*nproducts = lm_exec(products_plan, ancestry, NULL);
	products = SPI_tuptable;
	if (*nproducts == 0)
		return products;

	skus = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	for (uint64 i = 0; i < *nproducts; i++)
		accumArrayResult(skus, SPI_getbinval(products->vals[i], products->tupdesc, 1, &isnull),
						 false, UUIDOID, CurrentMemoryContext);
	(void) seats_lock(tenant, plan_rules_lock_set(makeArrayResult(skus, CurrentMemoryContext)), &(uint64) {0});
	return products;
}

/*
 * The licensed groups of lock_membership_change's products (a group holding
 * several products comes once per product: reach.c only asks whether a
 * group is one of them).
 */
static Datum
licensed_groups(SPITupleTable *products, uint64 nproducts)
{
	ArrayBuildState *groups = initArrayResult(UUIDOID, CurrentMemoryContext, false);

	for (uint64 p = 0; p < nproducts; p++)
	{
		bool		isnull;
		Datum	   *group;
		int			n = lm_uuids(SPI_getbinval(products->vals[p], products->tupdesc, 2, &isnull), &group);

		for (int g = 0; g < n; g++)
			accumArrayResult(groups, group[g], false, UUIDOID, CurrentMemoryContext);
	}
	return makeArrayResult(groups, CurrentMemoryContext);
}

/*
 * group_members_inserted: users added to licensed groups (directly, or when
 * the tenant nests, through a subgroup) get the groups' licenses at once,
 * under the same rules as a group assignment (R4.6).
 */
Datum
group_members_inserted(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "group_members_inserted", false, false);
	LmContext	ctx;
	SPITupleTable *tenants;
	uint64		ntenants;
	EngineOptions options = {.keep_failures = true};

	lm_enter(&ctx);
	SPI_register_trigger_data(trigdata);
	lm_become_owner(&ctx);
	lm_plan(&plan,
			"SELECT n.tenant_id, array_agg(n.group_id), array_agg(n.member_id), array_agg(n.added_at),"
			"       bool_or(EXISTS (SELECT 1 FROM license_mgmt.groups g"
			"                        WHERE g.tenant_id = n.tenant_id AND g.group_id = n.member_id)),"
			"       array_agg(DISTINCT n.group_id)"
			"  FROM new_rows n"
			" WHERE EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = n.tenant_id)"
			" GROUP BY n.tenant_id ORDER BY n.tenant_id",
			0, NULL);
	ntenants = lm_exec(plan, NULL, NULL);
	tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		Datum		args[6];
		Datum		reached[5];
		bool		adds_groups = DatumGetBool(SPI_getbinval(tenants->vals[t], tenants->tupdesc, 5, &isnull));
		SPITupleTable *products;
		uint64		nproducts;
		bool		nesting;
		CandidateStates known;
		Datum	   *held;
		int			nheld;

		for (int i = 0; i < 3; i++)
			args[i] = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2 + i, &isnull);
		/* the groups once each: 100,000 new members of one group are one group to look above */
		products = lock_membership_change(tenant, SPI_getbinval(tenants->vals[t], tenants->tupdesc, 6, &isnull),
										  args[1], false, adds_groups, &nproducts);
		/*
		 * without nesting, a new membership is the only way its user reaches
		 * its group; read under the tenant's lock, as the reach below is
		 */
		nesting = tenant_nests(tenant);
		known = nesting ? STATES_MAY_EXIST : STATES_NONE_OWN;
		if (adds_groups)
			refuse_cycles(tenant, args[0], args[1]);
		if (nproducts == 0)
			continue;
		/*
		 * who the new memberships bring to which licensed groups, and the
		 * users' rows, worked out once for every product (read under the
		 * counters' locks, which every change of a user waits for)
		 */
		if (reach_new_memberships(tenant, nesting, args[0], args[1], args[2],
								  licensed_groups(products, nproducts), reached) == 0)
			continue;
		for (int i = 0; i < 3; i++)
			args[i] = reached[i];
		args[4] = reached[3];
		args[5] = reached[4];

		/*
		 * The products the reached users already have a state row of,
		 * through any source, read under the counters' locks.  A product
		 * none of them has is judged the first time without looking for
		 * existing rows, as a first grant when the seats suffice (engine.c;
		 * a subtree attached under a licensed group brings users like that).
		 */
		nheld = lm_uuids(held_states_products(tenant, args[1]), &held);
		for (uint64 p = 0; p < nproducts; p++)
		{
			Datum		sku = SPI_getbinval(products->vals[p], products->tupdesc, 1, &isnull);
			Datum	   *group;
			int			ngroups = lm_uuids(SPI_getbinval(products->vals[p], products->tupdesc, 2, &isnull),
										   &group);
			bool		untouched = !lm_uuid_in(sku, held, nheld);

			/* one licensed group at a time: a user reached by several is judged once per group */
			for (int g = 0; g < ngroups; g++)
			{
				EngineResult applied;

				options.states = g == 0 && untouched ? STATES_NONE : known;
				args[3] = group[g];
				applied = engine_apply(SOURCE_MEMBERSHIPS, tenant, sku, options, args, 6);
				engine_ripple(tenant, sku, applied.users, false);
			}
		}
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * group_members_deleted: users removed from licensed groups lose the
 * licenses that have no other source, free their seats, and the waiting
 * rooms are served (R4.6, R6.1).
 */
Datum
group_members_deleted(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "group_members_deleted", false, false);
	LmContext	ctx;
	SPITupleTable *tenants;
	uint64		ntenants;

	lm_enter(&ctx);
	SPI_register_trigger_data(trigdata);
	lm_become_owner(&ctx);
	lm_plan(&plan,
			"SELECT o.tenant_id, array_agg(o.group_id), array_agg(o.member_id),"
			"       bool_or(EXISTS (SELECT 1 FROM license_mgmt.groups g"
			"                        WHERE g.tenant_id = o.tenant_id AND g.group_id = o.member_id))"
			"  FROM old_rows o"
			" WHERE EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = o.tenant_id)"
			" GROUP BY o.tenant_id ORDER BY o.tenant_id",
			0, NULL);
	ntenants = lm_exec(plan, NULL, NULL);
	tenants = SPI_tuptable;

	for (uint64 t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		Datum		args[2];
		bool		graph_changes = DatumGetBool(SPI_getbinval(tenants->vals[t], tenants->tupdesc, 4, &isnull));
		SPITupleTable *products;
		uint64		nproducts;

		for (int i = 0; i < 2; i++)
			args[i] = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2 + i, &isnull);
		products = lock_membership_change(tenant, args[0], args[1], true, graph_changes, &nproducts);
		for (uint64 p = 0; p < nproducts; p++)
		{
			Datum		sku = SPI_getbinval(products->vals[p], products->tupdesc, 1, &isnull);
			Datum		users = engine_remove(REMOVE_MEMBERSHIPS, tenant, sku, 0, args, 2, NULL);

			engine_ripple(tenant, sku, users, false);
			seats_serve_waiting_room(tenant, sku);
		}
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/* group_members_updating: a membership is deleted and inserted, not moved. */
Datum
group_members_updating(PG_FUNCTION_ARGS)
{
	(void) lm_trigger_data(fcinfo, "group_members_updating", true, true);
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("a membership cannot be changed in place"),
			 errdetail("tenant_id, group_id and member_id identify the membership."),
			 errhint("Delete the membership and insert the new one.")));
	PG_RETURN_NULL();
}

/*
 * users_deleting: before a user is deleted for good, their license states go
 * and their seats are freed (R8.3); the cascade takes their assignments and
 * memberships.
 */
Datum
users_deleting(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr object_plan;
	static SPIPlanPtr lock_plan;
	static SPIPlanPtr plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "users_deleting", true, true);
	Datum		tenant = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "tenant_id");
	Datum		user = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "user_id");
	Datum		users = lm_uuid_array(user);
	LmContext	ctx;
	bool		isnull;
	Datum		groups;
	Datum		ancestry[4];
	Datum		skus;

	lm_enter(&ctx);
	lm_become_owner(&ctx);

	/*
	 * Take, in the global order, every lock the delete's cascade will need:
	 * the user's directory object and memberships, then the tenant and the
	 * groups the membership trigger locks, then the seat counters.  Waiting
	 * for a counter while holding none of these is what cannot deadlock.
	 */
	lm_plan(&object_plan,
			"SELECT 1 FROM license_mgmt.directory_objects"
			" WHERE tenant_id = $1 AND object_id = $2 FOR UPDATE",
			2, (Oid[]) {UUIDOID, UUIDOID});
	lm_exec(object_plan, (Datum[]) {tenant, user}, NULL);
	/* a statement of its own: its snapshot sees a membership that committed while we waited */
	lm_plan(&lock_plan,
			"SELECT array_agg(m.group_id) FROM ("
			"  SELECT group_id FROM license_mgmt.group_members"
			"   WHERE tenant_id = $1 AND member_id = $2 ORDER BY group_id FOR UPDATE) m",
			2, (Oid[]) {UUIDOID, UUIDOID});
	lm_exec(lock_plan, (Datum[]) {tenant, user}, NULL);
	groups = lm_value(0, 1, &isnull);
	/* the tenant row always: whether the tenant nests can change before the cascade runs */
	ancestry_args(ancestry, tenant, isnull ? lm_empty_uuids() : groups, (Datum) 0, false);
	lock_groups(ancestry, true);

	lm_plan(&plan,
			"SELECT array_agg(DISTINCT sku_id ORDER BY sku_id) FROM license_mgmt.license_states"
			" WHERE tenant_id = $1 AND user_id = $2",
			2, (Oid[]) {UUIDOID, UUIDOID});
	lm_exec(plan, (Datum[]) {tenant, user}, NULL);
	skus = lm_value(0, 1, &isnull);
	if (!isnull)
	{
		Datum	   *sku;
		int			n = lm_uuids(skus, &sku);

		(void) seats_lock_tenant(tenant);
		for (int i = 0; i < n; i++)
			engine_remove(REMOVE_USERS, tenant, sku[i], 0, &users, 1, NULL);
		for (int i = 0; i < n; i++)
			seats_serve_waiting_room(tenant, sku[i]);
	}
	lm_leave(&ctx);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

/*
 * groups_deleting: a group that still has license assignments cannot be
 * deleted (R4.9), except with its whole tenant.
 */
Datum
groups_deleting(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "groups_deleting", true, true);
	Datum		tenant = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "tenant_id");
	Datum		group = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "group_id");
	LmContext	ctx;
	char	   *products;

	lm_enter(&ctx);
	lm_become_owner(&ctx);
	lm_plan(&plan,
			"SELECT string_agg(p.sku_part_number, ', ' ORDER BY p.sku_part_number), max(g.display_name)"
			"  FROM license_mgmt.group_license_assignments a"
			"  JOIN license_mgmt.products p ON p.sku_id = a.sku_id"
			"  JOIN license_mgmt.groups g ON g.tenant_id = a.tenant_id AND g.group_id = a.group_id"
			" WHERE a.tenant_id = $1 AND a.group_id = $2"
			"   AND EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = $1)",
			2, (Oid[]) {UUIDOID, UUIDOID});
	lm_exec(plan, (Datum[]) {tenant, group}, NULL);
	products = lm_text(0, 1);
	if (products != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_RESTRICT_VIOLATION),
				 errmsg("group \"%s\" has license assignments", lm_text(0, 2)),
				 errdetail("Group \"%s\" is assigned %s.", lm_text(0, 2), products),
				 errhint("Remove the group's licenses with license_mgmt.remove_group_license() before deleting it."),
				 errconstraint("group_has_licenses")));
	lm_leave(&ctx);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

/*
 * tenants_deleting: a tenant deleted whole takes its derived state with it;
 * the cascade then removes its directory, which finds nothing left to do.
 */
Datum
tenants_deleting(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan;
	TriggerData *trigdata = lm_trigger_data(fcinfo, "tenants_deleting", true, true);
	Datum		tenant = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "tenant_id");
	LmContext	ctx;

	lm_enter(&ctx);
	lm_become_owner(&ctx);
	lm_plan(&plan,
			"WITH states AS (DELETE FROM license_mgmt.license_states WHERE tenant_id = $1),"
			"     groups AS (DELETE FROM license_mgmt.group_license_assignments WHERE tenant_id = $1),"
			"     reserves AS (DELETE FROM license_mgmt.seat_reserves WHERE tenant_id = $1)"
			" DELETE FROM license_mgmt.seat_counters WHERE tenant_id = $1",
			1, (Oid[]) {UUIDOID});
	lm_exec(plan, &tenant, NULL);
	lm_leave(&ctx);
	return PointerGetDatum(trigdata->tg_trigtuple);
}
