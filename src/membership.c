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
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "access/xact.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(directory_objects_sync);
PG_FUNCTION_INFO_V1(group_members_changing);
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

	lm_plan(&plan, "SELECT license_mgmt_internal.nesting($1)", 1, (Oid[]) {UUIDOID});
	lm_exec(plan, &tenant, NULL);
	return lm_bool(0, 1);
}

/* Keep a share lock on the tenant row only while the tenant does not nest. */
static bool
share_while_flat(void *tenant)
{
	static SPIPlanPtr plan;

	lm_plan(&plan,
			"SELECT nested_group_licensing FROM license_mgmt.tenants WHERE tenant_id = $1 FOR SHARE",
			1, (Oid[]) {UUIDOID});
	return lm_exec(plan, (Datum *) tenant, NULL) == 0 || !lm_bool(0, 1);
}

/*
 * Lock the tenant row and the groups a membership change involves (see the
 * file header); ancestry is what ancestry_args made.
 */
static void
lock_groups(const Datum *ancestry, bool graph_changes)
{
	static SPIPlanPtr tenant_plan;
	static SPIPlanPtr groups_plan;
	Datum		tenant = ancestry[0];

	lm_plan(&tenant_plan,
			"SELECT 1 FROM license_mgmt.tenants"
			" WHERE tenant_id = $1 AND ($2 OR nested_group_licensing)"
			" FOR NO KEY UPDATE",
			2, (Oid[]) {UUIDOID, BOOLOID});

	/*
	 * Without nesting as this statement saw it: a share lock, which waits
	 * for a change of the setting under way (and keeps one from starting).
	 * When that change turned nesting on, the share lock is dropped again
	 * (its subtransaction rolled back) before the exclusive one is taken:
	 * two statements that each held the row shared and wanted it exclusive
	 * would wait for each other.
	 */
	if (lm_exec(tenant_plan, (Datum[]) {tenant, BoolGetDatum(graph_changes)}, NULL) == 0 &&
		!lm_attempt(share_while_flat, &tenant))
		lm_exec(tenant_plan, (Datum[]) {tenant, BoolGetDatum(true)}, NULL);

	/*
	 * One lookup of the key per group, in group_id order.  As a semi-join,
	 * the walk's row estimate (hundreds) made the planner read every group
	 * of the tenant instead: a third of N1, growing with the tree.
	 */
	lm_plan(&groups_plan,
			"SELECT 1"
			"  FROM (SELECT DISTINCT a.ancestor_id FROM license_mgmt_internal.group_ancestors($1, $2, $3, $4) a"
			"         ORDER BY a.ancestor_id) a"
			" CROSS JOIN LATERAL (SELECT FROM license_mgmt.groups g"
			"                      WHERE g.tenant_id = $1 AND g.group_id = a.ancestor_id FOR SHARE) g",
			4, ancestry_types);
	lm_exec(groups_plan, ancestry, NULL);
}

/*
 * Take every lock a membership change needs: the groups (lock_groups), then
 * the seat counters of their products.  groups are the memberships' groups;
 * removed_groups and removed_members the memberships just removed (empty
 * when none), whose groups are found above them with them still in place.
 * Returns the licensed groups it touches, one row per product:
 * (sku_id, groups[]), or 0 rows.
 */
static SPITupleTable *
lock_membership_change(Datum tenant, Datum groups, Datum removed_groups, Datum removed_members,
					   bool graph_changes, uint64 *nproducts)
{
	static SPIPlanPtr products_plan;
	Datum		ancestry[4] = {tenant, groups, removed_groups, removed_members};
	SPITupleTable *products;
	ArrayBuildState *skus;
	bool		isnull;

	lock_groups(ancestry, graph_changes);
	lm_plan(&products_plan,
			"SELECT a.sku_id, array_agg(DISTINCT a.group_id ORDER BY a.group_id)"
			"  FROM license_mgmt_internal.group_ancestors($1, $2, $3, $4) x"
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
 * A membership statement's rows, one tenant at a time, as read from its
 * transition table: the memberships (groups[], members[], and when added,
 * added_at[] and the groups once each), and whether a member is a group.
 */
typedef struct TenantMemberships
{
	Datum		tenant;
	Datum		groups;
	Datum		members;
	Datum		added;
	Datum		distinct_groups;
	bool		member_groups;
} TenantMemberships;

typedef struct MembershipChange
{
	bool		removed;
	int			ntenants;
	TenantMemberships *tenants;
} MembershipChange;

/*
 * Read the statement's memberships from its transition table (new_rows or
 * old_rows) into context: the change outlives the trigger's SPI connection
 * when it is kept for the statement's last membership trigger.
 */
static MembershipChange *
read_membership_change(bool removed, MemoryContext context)
{
	static SPIPlanPtr plans[2];
	MembershipChange *change = MemoryContextAllocZero(context, sizeof(MembershipChange));
	uint64		n;

	lm_plan(&plans[removed], removed ?
			"SELECT o.tenant_id, array_agg(o.group_id), array_agg(o.member_id), NULL::timestamptz[],"
			"       NULL::uuid[],"
			"       bool_or(EXISTS (SELECT 1 FROM license_mgmt.groups g"
			"                        WHERE g.tenant_id = o.tenant_id AND g.group_id = o.member_id))"
			"  FROM old_rows o"
			" WHERE EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = o.tenant_id)"
			" GROUP BY o.tenant_id ORDER BY o.tenant_id" :
			"SELECT n.tenant_id, array_agg(n.group_id), array_agg(n.member_id), array_agg(n.added_at),"
			"       array_agg(DISTINCT n.group_id),"
			"       bool_or(EXISTS (SELECT 1 FROM license_mgmt.groups g"
			"                        WHERE g.tenant_id = n.tenant_id AND g.group_id = n.member_id))"
			"  FROM new_rows n"
			" WHERE EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = n.tenant_id)"
			" GROUP BY n.tenant_id ORDER BY n.tenant_id",
			0, NULL);
	n = lm_exec(plans[removed], NULL, NULL);
	change->removed = removed;
	change->ntenants = (int) n;
	change->tenants = MemoryContextAllocZero(context, sizeof(TenantMemberships) * Max(n, 1));
	for (uint64 t = 0; t < n; t++)
	{
		TenantMemberships *tm = &change->tenants[t];
		MemoryContext caller = MemoryContextSwitchTo(context);
		bool		isnull;

		tm->tenant = lm_copy_datum((int) t, 1, &isnull);
		tm->groups = lm_copy_datum((int) t, 2, &isnull);
		tm->members = lm_copy_datum((int) t, 3, &isnull);
		if (!removed)
		{
			tm->added = lm_copy_datum((int) t, 4, &isnull);
			tm->distinct_groups = lm_copy_datum((int) t, 5, &isnull);
		}
		tm->member_groups = lm_bool((int) t, 6);
		MemoryContextSwitchTo(caller);
	}
	return change;
}

/* Append the uuids of array to the builder. */
static void
accum_uuids(ArrayBuildState *into, Datum array)
{
	Datum	   *ids;
	int			n = lm_uuids(array, &ids);

	for (int i = 0; i < n; i++)
		accumArrayResult(into, ids[i], false, UUIDOID, CurrentMemoryContext);
}

static int
uuid_cmp(const void *a, const void *b)
{
	return memcmp(DatumGetPointer(*(const Datum *) a), DatumGetPointer(*(const Datum *) b), UUID_LEN);
}

/*
 * Take the locks of every change of a statement (MembershipChange *) at
 * once, tenant by tenant in tenant order: the groups of them all, then the
 * counters of all their products.  Applying each change afterwards finds
 * its locks held already.
 */
static void
lock_statement_changes(List *changes)
{
	int			room = 0;
	int			ntenants = 0;
	Datum	   *tenants;
	ListCell   *lc;

	foreach(lc, changes)
		room += ((MembershipChange *) lfirst(lc))->ntenants;
	tenants = palloc(sizeof(Datum) * Max(room, 1));
	foreach(lc, changes)
	{
		MembershipChange *c = lfirst(lc);

		for (int t = 0; t < c->ntenants; t++)
			tenants[ntenants++] = c->tenants[t].tenant;
	}
	qsort(tenants, ntenants, sizeof(Datum), uuid_cmp);

	for (int i = 0; i < ntenants; i++)
	{
		ArrayBuildState *groups;
		ArrayBuildState *removed_groups;
		ArrayBuildState *removed_members;
		bool		graph_changes = false;

		if (i > 0 && uuid_cmp(&tenants[i - 1], &tenants[i]) == 0)
			continue;
		groups = initArrayResult(UUIDOID, CurrentMemoryContext, false);
		removed_groups = initArrayResult(UUIDOID, CurrentMemoryContext, false);
		removed_members = initArrayResult(UUIDOID, CurrentMemoryContext, false);
		foreach(lc, changes)
		{
			MembershipChange *c = lfirst(lc);

			for (int t = 0; t < c->ntenants; t++)
			{
				TenantMemberships *tm = &c->tenants[t];

				if (uuid_cmp(&tm->tenant, &tenants[i]) != 0)
					continue;
				accum_uuids(groups, tm->groups);
				if (c->removed)
				{
					accum_uuids(removed_groups, tm->groups);
					accum_uuids(removed_members, tm->members);
				}
				graph_changes |= tm->member_groups;
			}
		}
		(void) lock_membership_change(tenants[i], makeArrayResult(groups, CurrentMemoryContext),
									  makeArrayResult(removed_groups, CurrentMemoryContext),
									  makeArrayResult(removed_members, CurrentMemoryContext),
									  graph_changes, &(uint64) {0});
	}
}

/*
 * Users removed from licensed groups lose the licenses that have no other
 * source, free their seats, and the waiting rooms are served (R4.6, R6.1).
 */
static void
apply_removed_memberships(const MembershipChange *change)
{
	for (int t = 0; t < change->ntenants; t++)
	{
		const TenantMemberships *tm = &change->tenants[t];
		Datum		args[2] = {tm->groups, tm->members};
		SPITupleTable *products;
		uint64		nproducts;

		products = lock_membership_change(tm->tenant, tm->groups, tm->groups, tm->members,
										  tm->member_groups, &nproducts);
		for (uint64 p = 0; p < nproducts; p++)
		{
			bool		isnull;
			Datum		sku = SPI_getbinval(products->vals[p], products->tupdesc, 1, &isnull);
			Datum		users = engine_remove(REMOVE_MEMBERSHIPS, tm->tenant, sku, 0, args, 2, NULL);

			ripple_rules(tm->tenant, sku, users);
			ripple_serve_waiting_room(tm->tenant, sku);
		}
	}
}

/*
 * Users added to licensed groups (directly, or when the tenant nests,
 * through a subgroup) get the groups' licenses at once, under the same rules
 * as a group assignment (R4.6).
 */
static void
apply_added_memberships(const MembershipChange *change)
{
	EngineOptions options = {.keep_failures = true};

	for (int t = 0; t < change->ntenants; t++)
	{
		const TenantMemberships *tm = &change->tenants[t];
		Datum		tenant = tm->tenant;
		Datum		args[6] = {tm->groups, tm->members, tm->added};
		Datum		reached[5];
		SPITupleTable *products;
		uint64		nproducts;
		bool		nesting;
		CandidateStates known;
		Datum	   *held;
		int			nheld;

		/* the groups once each: 100,000 new members of one group are one group to look above */
		products = lock_membership_change(tenant, tm->distinct_groups, lm_empty_uuids(), lm_empty_uuids(),
										  tm->member_groups, &nproducts);
		/*
		 * without nesting, a new membership is the only way its user reaches
		 * its group; read under the tenant's lock, as the reach below is
		 */
		nesting = tenant_nests(tenant);
		known = nesting ? STATES_MAY_EXIST : STATES_NONE_OWN;
		if (tm->member_groups)
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
			bool		isnull;
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
				ripple_rules(tenant, sku, applied.users);
			}
		}
	}
}

/*
 * One statement's membership changes, applied together.  A statement that
 * removes and adds memberships (a data-modifying WITH) fires our statement
 * triggers one after the other; applied one at a time, the second would lock
 * groups while the first already holds seat counters, against the lock order
 * of the file header, and wait in a circle with an assign_group_license that
 * holds one of those groups and waits for a counter.  So
 * group_members_changing counts the statement's membership changes as they
 * start, every trigger but the statement's last keeps its rows here, and the
 * last takes the locks of them all, in order, before applying each.
 * Statements are told apart by the command id of their snapshot; what an
 * aborted statement left is dropped with its transaction.
 */
typedef struct MembershipStatement
{
	CommandId	command;
	SubTransactionId subxact;	/* where it began */
	int			started;		/* membership triggers begun, not yet fired after */
	List	   *kept;			/* MembershipChange *, for the last trigger */
} MembershipStatement;

static List *pending_membership_statements = NIL;	/* in TopTransactionContext */

static MembershipStatement *
membership_statement(bool create)
{
	CommandId	command;
	ListCell   *lc;
	MembershipStatement *ms;
	MemoryContext caller;

	if (!ActiveSnapshotSet())
		return NULL;
	command = GetActiveSnapshot()->curcid;
	foreach(lc, pending_membership_statements)
	{
		ms = lfirst(lc);
		if (ms->command == command)
			return ms;
	}
	if (!create)
		return NULL;
	caller = MemoryContextSwitchTo(TopTransactionContext);
	ms = palloc0(sizeof(MembershipStatement));
	ms->command = command;
	ms->subxact = GetCurrentSubTransactionId();
	pending_membership_statements = lappend(pending_membership_statements, ms);
	MemoryContextSwitchTo(caller);
	return ms;
}

/*
 * Never commit a statement's membership changes unapplied: that would
 * leave derived state silently wrong.  Cannot happen while every membership
 * trigger that begins also fires after.
 */
static void
membership_statements_at_xact_end(XactEvent event, void *arg)
{
	ListCell   *lc;

	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			foreach(lc, pending_membership_statements)
			{
				MembershipStatement *ms = lfirst(lc);

				if (ms->kept != NIL)
					elog(ERROR, "license_mgmt: membership changes of a statement were not applied");
			}
			break;
		default:
			pending_membership_statements = NIL;
			break;
	}
}

/*
 * A subtransaction that aborts takes the statements begun in it, and in
 * its subtransactions (later ids), with it.
 */
static void
membership_statements_at_subxact_end(SubXactEvent event, SubTransactionId subxact,
									 SubTransactionId parent, void *arg)
{
	ListCell   *lc;

	if (event != SUBXACT_EVENT_ABORT_SUB)
		return;
	foreach(lc, pending_membership_statements)
	{
		MembershipStatement *ms = lfirst(lc);

		if (ms->subxact >= subxact)
			pending_membership_statements = foreach_delete_current(pending_membership_statements, lc);
	}
}

/* membership_init registers the checks above; called once, from _PG_init. */
void
membership_init(void)
{
	RegisterXactCallback(membership_statements_at_xact_end, NULL);
	RegisterSubXactCallback(membership_statements_at_subxact_end, NULL);
}

/*
 * group_members_changing: a membership statement begins (BEFORE INSERT OR
 * DELETE, for each statement).
 */
Datum
group_members_changing(PG_FUNCTION_ARGS)
{
	MembershipStatement *ms;

	(void) lm_trigger_data(fcinfo, "group_members_changing", false, true);
	ms = membership_statement(true);
	if (ms != NULL)
		ms->started++;
	return PointerGetDatum(NULL);
}

/*
 * The AFTER triggers: keep the change for the statement's last membership
 * trigger, or be that one and apply every change of the statement, the
 * removals first.
 */
static void
membership_changed(FunctionCallInfo fcinfo, const char *name, bool removed)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, name, false, false);
	MembershipStatement *ms = membership_statement(false);
	LmContext	ctx;
	MembershipChange *change;
	List	   *changes;
	ListCell   *lc;

	lm_enter_as(&ctx, name);
	SPI_register_trigger_data(trigdata);
	lm_become_owner(&ctx);
	if (ms != NULL && --ms->started > 0)
	{
		MemoryContext caller;

		change = read_membership_change(removed, TopTransactionContext);
		caller = MemoryContextSwitchTo(TopTransactionContext);
		ms->kept = lappend(ms->kept, change);
		MemoryContextSwitchTo(caller);
		lm_leave(&ctx);
		return;
	}
	change = read_membership_change(removed, CurrentMemoryContext);
	changes = lappend(ms != NULL ? list_copy(ms->kept) : NIL, change);
	if (ms != NULL)
	{
		pending_membership_statements = list_delete_ptr(pending_membership_statements, ms);
		ms->kept = NIL;
	}
	if (list_length(changes) > 1)
		lock_statement_changes(changes);
	foreach(lc, changes)
	{
		MembershipChange *c = lfirst(lc);

		if (c->removed)
			apply_removed_memberships(c);
	}
	foreach(lc, changes)
	{
		MembershipChange *c = lfirst(lc);

		if (!c->removed)
			apply_added_memberships(c);
	}
	lm_leave(&ctx);
}

/* group_members_inserted: new memberships apply at once (R4.6). */
Datum
group_members_inserted(PG_FUNCTION_ARGS)
{
	membership_changed(fcinfo, "group_members_inserted", false);
	return PointerGetDatum(NULL);
}

/* group_members_deleted: removed memberships apply at once (R4.6, R6.1). */
Datum
group_members_deleted(PG_FUNCTION_ARGS)
{
	membership_changed(fcinfo, "group_members_deleted", true);
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
			ripple_serve_waiting_room(tenant, sku[i]);
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

/* The statements of this file, for statements.c. */
Statement *const membership_statements[] = {NULL};
