/*
 * membership.c
 *		Directory triggers: memberships apply at once (R4.6), nested groups
 *		stay acyclic (R4.11), deletes clean up (R4.9, R8.3).
 *
 * The membership triggers are statement-level with transition tables: one
 * INSERT of 100,000 memberships is handled by one engine statement per
 * product of the groups involved, never a statement per row (a row-level
 * counter update takes minutes for 100,000 rows: docs/design.md).
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
 *
 * A user deleted for good (R8.3) takes their memberships with them through
 * the foreign keys' ON DELETE CASCADE, which PostgreSQL runs one deleted
 * user at a time.  Those memberships take nothing from anyone else (a user
 * has no members), so users_deleted, after the delete statement, locks
 * them, removes every state of the deleted users and serves the waiting
 * rooms, set-based, and the membership triggers the cascade fires leave
 * them out.  The delete's locks keep the order: the users' rows, their
 * directory objects and memberships, then the seat counters; no tenant or
 * group row is asked for.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(directory_objects_sync);
PG_FUNCTION_INFO_V1(group_members_changing);
PG_FUNCTION_INFO_V1(group_members_inserted);
PG_FUNCTION_INFO_V1(group_members_deleted);
PG_FUNCTION_INFO_V1(group_members_updating);
PG_FUNCTION_INFO_V1(users_deleted);
PG_FUNCTION_INFO_V1(groups_deleting);
PG_FUNCTION_INFO_V1(tenants_deleting);

/* new_users: the users a statement inserted, per tenant (directory_objects_sync) */
static Statement new_users = {
	"new_users",
	"SELECT n.tenant_id, array_agg(n.user_id) FROM new_rows n GROUP BY n.tenant_id ORDER BY n.tenant_id",
	0};

/* new_groups: the groups a statement inserted, per tenant (directory_objects_sync) */
static Statement new_groups = {
	"new_groups",
	"SELECT n.tenant_id, array_agg(n.group_id) FROM new_rows n GROUP BY n.tenant_id ORDER BY n.tenant_id",
	0};

/* add_user_objects: new users $2 of tenant $1 join directory_objects */
static Statement add_user_objects = {
	"add_user_objects",
	"INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, user_id)"
	" SELECT $1, x.id, x.id FROM unnest($2::uuid[]) AS x(id)",
	2, {UUIDOID, UUIDARRAYOID}};

/* add_group_objects: new groups $2 of tenant $1 join directory_objects */
static Statement add_group_objects = {
	"add_group_objects",
	"INSERT INTO license_mgmt.directory_objects (tenant_id, object_id, group_id)"
	" SELECT $1, x.id, x.id FROM unnest($2::uuid[]) AS x(id)",
	2, {UUIDOID, UUIDARRAYOID}};

/*
 * membership_cycle: the first cycle new memberships (groups $2, members $3)
 * of tenant $1 would close, walked up from each new parent: the parent's
 * name and the cycle from it down
 */
static Statement membership_cycle = {
	"membership_cycle",
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
	3, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID}};

/* tenant_nests: does tenant $1 nest groups, as the latest committed setting says? */
static Statement tenant_nests = {
	"tenant_nests",
	"SELECT license_mgmt_internal.nesting($1)",
	1, {UUIDOID}};

/* share_flat_tenant: tenant $1's row FOR SHARE, and whether it nests */
static Statement share_flat_tenant = {
	"share_flat_tenant",
	"SELECT t.nested_group_licensing FROM license_mgmt.tenants t WHERE t.tenant_id = $1 FOR SHARE",
	1, {UUIDOID}};

/*
 * lock_membership_tenant: tenant $1's row FOR NO KEY UPDATE when the graph
 * changes ($2) or the tenant nests
 */
static Statement lock_membership_tenant = {
	"lock_membership_tenant",
	"SELECT 1 FROM license_mgmt.tenants t"
	" WHERE t.tenant_id = $1 AND ($2 OR t.nested_group_licensing)"
	" FOR NO KEY UPDATE",
	2, {UUIDOID, BOOLOID}};

/*
 * lock_membership_groups: FOR SHARE, the groups $2 of tenant $1 and their
 * ancestors, also through the removed memberships ($3 groups, $4 members).
 * One lookup of the key per group, in group_id order.  As a semi-join, the
 * walk's row estimate (hundreds) made the planner read every group of the
 * tenant instead: a third of N1, growing with the tree.
 */
static Statement lock_membership_groups = {
	"lock_membership_groups",
	"SELECT 1"
	"  FROM (SELECT DISTINCT a.ancestor_id FROM license_mgmt_internal.group_ancestors($1, $2, $3, $4) a"
	"         ORDER BY a.ancestor_id) a"
	" CROSS JOIN LATERAL (SELECT FROM license_mgmt.groups g"
	"                      WHERE g.tenant_id = $1 AND g.group_id = a.ancestor_id FOR SHARE) g",
	4, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID, UUIDARRAYOID}};

/*
 * licensed_ancestors: the licensed groups at or above groups $2 of tenant
 * $1 (with the removed memberships $3, $4), per product: (sku_id, groups[])
 */
static Statement licensed_ancestors = {
	"licensed_ancestors",
	"SELECT a.sku_id, array_agg(DISTINCT a.group_id ORDER BY a.group_id)"
	"  FROM license_mgmt_internal.group_ancestors($1, $2, $3, $4) x"
	"  JOIN license_mgmt.group_license_assignments a"
	"    ON a.tenant_id = $1 AND a.group_id = x.ancestor_id"
	" GROUP BY a.sku_id ORDER BY a.sku_id",
	4, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID, UUIDARRAYOID}};

/*
 * added_memberships: a membership statement's new rows, per tenant:
 * groups[], members[], added_at[], and the groups once each
 */
static Statement added_memberships = {
	"added_memberships",
	"SELECT n.tenant_id, array_agg(n.group_id), array_agg(n.member_id), array_agg(n.added_at),"
	"       array_agg(DISTINCT n.group_id)"
	"  FROM new_rows n GROUP BY n.tenant_id ORDER BY n.tenant_id",
	0};

/* removed_memberships: a membership statement's old rows, per tenant: groups[], members[] */
static Statement removed_memberships = {
	"removed_memberships",
	"SELECT o.tenant_id, array_agg(o.group_id), array_agg(o.member_id)"
	"  FROM old_rows o GROUP BY o.tenant_id ORDER BY o.tenant_id",
	0};

/*
 * membership_tenant: does tenant $1 still exist (its whole deletion finds
 * nothing to do), is one of members $2 a group, and which of the deleted
 * users $3 exist (again)?
 */
static Statement membership_tenant = {
	"membership_tenant",
	"SELECT EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = $1),"
	"       EXISTS (SELECT 1 FROM license_mgmt.groups g WHERE g.tenant_id = $1 AND g.group_id = ANY ($2)),"
	"       ARRAY(SELECT u.user_id FROM license_mgmt.users u WHERE u.tenant_id = $1 AND u.user_id = ANY ($3))",
	3, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID}};

/* deleted_users: the users a statement deleted, per tenant, in user_id order */
static Statement deleted_users = {
	"deleted_users",
	"SELECT o.tenant_id, array_agg(o.user_id ORDER BY o.user_id)"
	"  FROM old_rows o GROUP BY o.tenant_id ORDER BY o.tenant_id",
	0};

/*
 * lock_deleted_memberships: the memberships of deleted users $2 of tenant
 * $1, which their cascade deletes after users_deleted
 */
static Statement lock_deleted_memberships = {
	"lock_deleted_memberships",
	"SELECT 1 FROM license_mgmt.group_members m"
	" WHERE m.tenant_id = $1 AND m.member_id = ANY ($2)"
	" ORDER BY m.group_id, m.member_id FOR UPDATE",
	2, {UUIDOID, UUIDARRAYOID}};

/* held_products: the products users $2 of tenant $1 have a state of */
static Statement held_products = {
	"held_products",
	"SELECT array_agg(DISTINCT s.sku_id ORDER BY s.sku_id) FROM license_mgmt.license_states s"
	" WHERE s.tenant_id = $1 AND s.user_id = ANY ($2)",
	2, {UUIDOID, UUIDARRAYOID}};

/*
 * group_assignments_left: the products still assigned to group $2 of tenant
 * $1 (their labels), and its name; nothing while the tenant is being deleted
 * whole
 */
static Statement group_assignments_left = {
	"group_assignments_left",
	"SELECT string_agg(" PRODUCT_LABEL_SQL("p") ", ', ' ORDER BY p.sku_part_number), max(g.display_name)"
	"  FROM license_mgmt.group_license_assignments a"
	"  JOIN license_mgmt.products p ON p.sku_id = a.sku_id"
	"  JOIN license_mgmt.groups g ON g.tenant_id = $1 AND g.group_id = a.group_id"
	" WHERE a.tenant_id = $1 AND a.group_id = $2"
	"   AND EXISTS (SELECT 1 FROM license_mgmt.tenants t WHERE t.tenant_id = $1)",
	2, {UUIDOID, UUIDOID}};

/* delete_tenant_state: the derived state and group assignments of tenant $1 */
static Statement delete_tenant_state = {
	"delete_tenant_state",
	"WITH states AS ("
	"       DELETE FROM license_mgmt.license_states s WHERE s.tenant_id = $1"
	"       RETURNING s.user_id, s.sku_id, s.group_id, s.state),"
	"     groups AS (DELETE FROM license_mgmt.group_license_assignments a WHERE a.tenant_id = $1),"
	"     reserves AS (DELETE FROM license_mgmt.seat_reserves r WHERE r.tenant_id = $1),"
	/* the states that go, as every removal audits them (R11.1): the log outlives the tenant */
	"     audited AS ("
	"       INSERT INTO license_mgmt.audit_log"
	"              (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)"
	"       SELECT $1, $2, array_agg(g.user_id ORDER BY g.user_id),"
	"              NULLIF(g.group_id, '00000000-0000-0000-0000-000000000000'::uuid), g.sku_id, g.state, NULL, NULL"
	"         FROM states g GROUP BY g.sku_id, g.group_id, g.state"
	"       RETURNING 1)"
	" DELETE FROM license_mgmt.seat_counters c WHERE c.tenant_id = $1",
	2, {UUIDOID, TEXTOID}};

/*
 * directory_objects_sync: new users and groups join directory_objects, the
 * key that memberships reference.
 */
Datum
directory_objects_sync(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	TriggerData *trigdata = lm_enter_trigger(&ctx, fcinfo, "directory_objects_sync", false, false);
	bool		users = strcmp(get_rel_name(shards_table_of(trigdata->tg_relation)), "users") == 0;
	int			ntenants = lm_run(users ? &new_users : &new_groups, NULL, NULL);
	SPITupleTable *tenants = SPI_tuptable;

	for (int t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		values[2] = {SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull),
		SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull)};

		lm_run(users ? &add_user_objects : &add_group_objects, values, NULL);
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * Refuse new memberships that close a cycle of groups (R4.11): a new member
 * group closes one when it is already above its new parent.  Walked up from
 * each new parent, which costs the depth of the tree (groups have few
 * parents), never the size of the member's subtree.  The cycle is shown
 * from the new parent down: parent -> member -> ... -> parent.
 */
static void
refuse_cycles(Datum tenant, Datum groups, Datum members)
{
	if (lm_run(&membership_cycle, (Datum[]) {tenant, groups, members}, NULL) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("membership would make group \"%s\" a member of itself", lm_text(0, 1)),
			 errdetail("The memberships would form the cycle %s.", lm_text(0, 2)),
			 errhint("Groups may nest but never in a cycle; remove one of these memberships first."),
			 errconstraint("group_membership_acyclic")));
}

/* Does the tenant nest groups, as the latest committed setting says? */
static bool
nests(Datum tenant)
{
	lm_run(&tenant_nests, &tenant, NULL);
	return lm_bool(0, 1);
}

/* Keep a share lock on the tenant row only while the tenant does not nest. */
static bool
share_while_flat(void *tenant)
{
	return lm_run(&share_flat_tenant, (Datum *) tenant, NULL) == 0 || !lm_bool(0, 1);
}

/*
 * Lock the tenant row and the groups a membership change involves (see the
 * file header): groups are the memberships' groups; removed_groups and
 * removed_members the memberships just removed (empty when none), whose
 * groups are found above them with them still in place.
 */
static void
lock_groups(const Datum *ancestry, bool graph_changes)
{
	Datum		tenant = ancestry[0];

	/*
	 * Without nesting as this statement saw it: a share lock, which waits
	 * for a change of the setting under way (and keeps one from starting).
	 * When that change turned nesting on, the share lock is dropped again
	 * (its subtransaction rolled back) before the exclusive one is taken:
	 * two statements that each held the row shared and wanted it exclusive
	 * would wait for each other.
	 */
	if (lm_run(&lock_membership_tenant, (Datum[]) {tenant, BoolGetDatum(graph_changes)}, NULL) == 0 &&
		!lm_attempt(share_while_flat, &tenant))
		lm_run(&lock_membership_tenant, (Datum[]) {tenant, BoolGetDatum(true)}, NULL);
	lm_run(&lock_membership_groups, ancestry, NULL);
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
	Datum		ancestry[4] = {tenant, groups, removed_groups, removed_members};
	SPITupleTable *products;
	ArrayBuildState *skus;
	bool		isnull;

	lock_groups(ancestry, graph_changes);
	*nproducts = lm_run(&licensed_ancestors, ancestry, NULL);
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
 * Users deleted for good in this transaction, as users_deleted recorded
 * them: the membership triggers the deletes' cascades fire after it leave
 * those users' memberships out (users_deleted removed their states, and a
 * user's membership reaches nobody else).  Forgotten when the
 * (sub)transaction the delete ran in aborts; a user of the same id
 * inserted again exists, and its memberships count again.  Keyed by
 * (tenant, user), in TopTransactionContext.
 */
typedef struct DeletedUserKey
{
	pg_uuid_t	tenant;
	pg_uuid_t	user;
} DeletedUserKey;

typedef struct DeletedUser
{
	DeletedUserKey key;
	SubTransactionId subxact;	/* where it was deleted */
} DeletedUser;

static HTAB *deleted_user_ids = NULL;

static void
deleted_user_key(DeletedUserKey *key, Datum tenant, Datum user)
{
	memcpy(&key->tenant, DatumGetUUIDP(tenant), UUID_LEN);
	memcpy(&key->user, DatumGetUUIDP(user), UUID_LEN);
}

/* Record users (uuid[]) of a tenant as deleted. */
static void
record_deleted_users(Datum tenant, Datum users)
{
	Datum	   *user;
	int			n = lm_uuids(users, &user);

	if (deleted_user_ids == NULL)
	{
		HASHCTL		ctl = {.keysize = sizeof(DeletedUserKey), .entrysize = sizeof(DeletedUser),
		.hcxt = TopTransactionContext};

		deleted_user_ids = hash_create("license_mgmt deleted users", Max(n, 1024), &ctl,
									   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	for (int i = 0; i < n; i++)
	{
		DeletedUserKey key;
		DeletedUser *du;

		deleted_user_key(&key, tenant, user[i]);
		du = hash_search(deleted_user_ids, &key, HASH_ENTER, NULL);
		du->subxact = GetCurrentSubTransactionId();
	}
}

/*
 * The members (uuid[]) of a tenant's memberships that users_deleted
 * recorded, or 0 when none is.
 */
static Datum
recorded_members(Datum tenant, Datum members)
{
	Datum	   *member;
	int			n;
	ArrayBuildState *found = NULL;

	if (deleted_user_ids == NULL || hash_get_num_entries(deleted_user_ids) == 0)
		return (Datum) 0;
	n = lm_uuids(members, &member);
	for (int i = 0; i < n; i++)
	{
		DeletedUserKey key;

		deleted_user_key(&key, tenant, member[i]);
		if (hash_search(deleted_user_ids, &key, HASH_FIND, NULL) == NULL)
			continue;
		if (found == NULL)
			found = initArrayResult(UUIDOID, CurrentMemoryContext, false);
		accumArrayResult(found, member[i], false, UUIDOID, CurrentMemoryContext);
	}
	return found == NULL ? (Datum) 0 : makeArrayResult(found, CurrentMemoryContext);
}

/*
 * Leave the memberships of deleted users out of a tenant's removed
 * memberships: those of recorded members that are no users now (existing,
 * uuid[], are the recorded ones that are).  False when none is left.
 */
static bool
leave_out_deleted_users(TenantMemberships *tm, Datum existing)
{
	Datum	   *groups;
	Datum	   *members;
	Datum	   *still;
	int			n = lm_uuids(tm->groups, &groups);
	int			nstill = lm_uuids(existing, &still);
	int			kept = 0;

	(void) lm_uuids(tm->members, &members);
	for (int i = 0; i < n; i++)
	{
		DeletedUserKey key;

		deleted_user_key(&key, tm->tenant, members[i]);
		if (hash_search(deleted_user_ids, &key, HASH_FIND, NULL) != NULL &&
			!lm_uuid_in(members[i], still, nstill))
			continue;
		groups[kept] = groups[i];
		members[kept++] = members[i];
	}
	if (kept < n)
	{
		tm->groups = PointerGetDatum(construct_array(groups, kept, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
		tm->members = PointerGetDatum(construct_array(members, kept, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
	}
	return kept > 0;
}

/* A column of a result row (by reference, of length typlen), copied into context. */
static Datum
copy_value(SPITupleTable *rows, int row, int col, int typlen, MemoryContext context)
{
	bool		isnull;
	Datum		value = SPI_getbinval(rows->vals[row], rows->tupdesc, col, &isnull);
	MemoryContext caller = MemoryContextSwitchTo(context);

	Assert(!isnull);
	value = datumCopy(value, false, typlen);
	MemoryContextSwitchTo(caller);
	return value;
}

/*
 * Read the statement's memberships from its transition table (new_rows or
 * old_rows), one tenant at a time, into context: the change outlives the
 * trigger's SPI connection when it is kept for the statement's last
 * membership trigger.  Tenants being deleted whole are left out (their
 * deletion took their derived state), and so are the memberships of
 * deleted users (users_deleted).
 */
static MembershipChange *
read_membership_change(bool removed, MemoryContext context)
{
	MembershipChange *change = MemoryContextAllocZero(context, sizeof(MembershipChange));
	int			n = lm_run(removed ? &removed_memberships : &added_memberships, NULL, NULL);
	SPITupleTable *rows = SPI_tuptable;

	change->removed = removed;
	change->tenants = MemoryContextAllocZero(context, sizeof(TenantMemberships) * Max(n, 1));
	for (int t = 0; t < n; t++)
	{
		TenantMemberships *tm = &change->tenants[change->ntenants];
		Datum		recorded;

		tm->tenant = copy_value(rows, t, 1, UUID_LEN, context);
		tm->groups = copy_value(rows, t, 2, -1, context);
		tm->members = copy_value(rows, t, 3, -1, context);
		if (!removed)
		{
			tm->added = copy_value(rows, t, 4, -1, context);
			tm->distinct_groups = copy_value(rows, t, 5, -1, context);
		}
		recorded = removed ? recorded_members(tm->tenant, tm->members) : (Datum) 0;
		lm_run(&membership_tenant,
			   (Datum[]) {tm->tenant, tm->members, recorded != (Datum) 0 ? recorded : lm_empty_uuids()}, NULL);
		if (!lm_bool(0, 1))
			continue;
		if (recorded != (Datum) 0)
		{
			MemoryContext caller = MemoryContextSwitchTo(context);
			bool		any = leave_out_deleted_users(tm, lm_value(0, 3, &(bool) {false}));

			MemoryContextSwitchTo(caller);
			if (!any)
				continue;
		}
		tm->member_groups = lm_bool(0, 2);
		change->ntenants++;
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
	qsort(tenants, ntenants, sizeof(Datum), lm_uuid_cmp);

	for (int i = 0; i < ntenants; i++)
	{
		ArrayBuildState *groups;
		ArrayBuildState *removed_groups;
		ArrayBuildState *removed_members;
		bool		graph_changes = false;

		if (i > 0 && lm_uuid_cmp(&tenants[i - 1], &tenants[i]) == 0)
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

				if (lm_uuid_cmp(&tm->tenant, &tenants[i]) != 0)
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
		nesting = nests(tenant);
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
			deleted_user_ids = NULL;	/* freed with TopTransactionContext */
			break;
	}
}

/*
 * A subtransaction that aborts takes the statements begun in it, and in
 * its subtransactions (later ids), with it, and the users they deleted.
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
	if (deleted_user_ids != NULL)
	{
		HASH_SEQ_STATUS seq;
		DeletedUser *du;

		hash_seq_init(&seq, deleted_user_ids);
		while ((du = hash_seq_search(&seq)) != NULL)
			if (du->subxact >= subxact)
				(void) hash_search(deleted_user_ids, &du->key, HASH_REMOVE, NULL);
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
	LmContext	ctx;
	MembershipStatement *ms;
	MembershipChange *change;
	List	   *changes;
	ListCell   *lc;

	(void) lm_enter_trigger(&ctx, fcinfo, name, false, false);
	ms = membership_statement(false);
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
 * users_deleted: after users are deleted for good, their license states go
 * and their seats are freed, then the waiting rooms are served (R8.3, R6.1).
 * AFTER DELETE, for each statement.  The foreign keys' cascades run a level
 * at a time: the users' directory objects and assignments are gone already
 * (their deletes were queued before this trigger), their memberships go
 * after it (queued by those deletes).  So the memberships are locked here,
 * every tenant's first, then each tenant's seat counters: no counter is
 * held while waiting for a directory row, and the membership triggers the
 * cascade fires find the users recorded (record_deleted_users) and take no
 * lock for them.  Were the order of the cascade different, they would find
 * nothing recorded and apply the removals as any membership change does.
 */
Datum
users_deleted(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	int			ntenants;
	SPITupleTable *tenants;
	bool	   *live;

	(void) lm_enter_trigger(&ctx, fcinfo, "users_deleted", false, false);
	ntenants = lm_run(&deleted_users, NULL, NULL);
	tenants = SPI_tuptable;
	live = palloc0(sizeof(bool) * Max(ntenants, 1));
	for (int t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		values[2] = {SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull),
		SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull)};

		/* a tenant deleted whole took its derived state with it, and its memberships go with it */
		lm_run(&membership_tenant, (Datum[]) {values[0], lm_empty_uuids(), lm_empty_uuids()}, NULL);
		live[t] = lm_bool(0, 1);
		if (!live[t])
			continue;
		record_deleted_users(values[0], values[1]);
		(lm_is_bulk(values[1]) ? lm_run_per_call : lm_run) (&lock_deleted_memberships, values, NULL);
	}
	for (int t = 0; t < ntenants; t++)
	{
		bool		isnull;
		Datum		tenant = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 1, &isnull);
		Datum		users = SPI_getbinval(tenants->vals[t], tenants->tupdesc, 2, &isnull);
		Datum		skus;
		Datum	   *sku;
		int			n;

		if (!live[t])
			continue;
		/* none when the users had no states */
		(lm_is_bulk(users) ? lm_run_per_call : lm_run) (&held_products, (Datum[]) {tenant, users}, NULL);
		skus = lm_value(0, 1, &isnull);
		if (isnull)
			continue;
		n = lm_uuids(skus, &sku);
		(void) seats_lock_tenant(tenant);
		for (int i = 0; i < n; i++)
			engine_remove(REMOVE_USERS, tenant, sku[i], 0, &users, 1, NULL);
		for (int i = 0; i < n; i++)
			ripple_serve_waiting_room(tenant, sku[i]);
	}
	lm_leave(&ctx);
	return PointerGetDatum(NULL);
}

/*
 * groups_deleting: a group that still has license assignments cannot be
 * deleted (R4.9), except with its whole tenant.
 */
Datum
groups_deleting(PG_FUNCTION_ARGS)
{
	LmContext	ctx;
	TriggerData *trigdata = lm_enter_trigger(&ctx, fcinfo, "groups_deleting", true, true);
	Datum		tenant = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "tenant_id");
	Datum		group = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "group_id");
	char	   *products;

	lm_run(&group_assignments_left, (Datum[]) {tenant, group}, NULL);
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
	LmContext	ctx;
	TriggerData *trigdata = lm_enter_trigger(&ctx, fcinfo, "tenants_deleting", true, true);
	Datum		tenant = lm_trigger_column(trigdata, trigdata->tg_trigtuple, "tenant_id");

	lm_run(&delete_tenant_state, (Datum[]) {tenant, CStringGetTextDatum(lm_action())}, NULL);
	lm_leave(&ctx);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

/* The statements of this file, for statements.c. */
Statement *const membership_statements[] = {
	&new_users, &new_groups, &add_user_objects, &add_group_objects, &membership_cycle, &tenant_nests,
	&share_flat_tenant, &lock_membership_tenant, &lock_membership_groups, &licensed_ancestors,
	&added_memberships, &removed_memberships, &membership_tenant, &deleted_users, &lock_deleted_memberships, &held_products,
	&group_assignments_left, &delete_tenant_state, NULL};
