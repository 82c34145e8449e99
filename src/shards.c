/*
 * shards.c
 *		On a Citus cluster: the extension's work for a tenant runs against
 *		that tenant's shards on the node that holds them.
 *
 * distribute() spreads the tenant tables by tenant_id, colocated, and
 * copies the catalog to every node.  A write to a distributed table runs
 * on the shard that holds its row, and so do its triggers; a call runs on
 * the node that holds its tenant.  There, our statements name tables that
 * are empty shells: Citus would plan them as distributed queries, which it
 * cannot do for ours (transition tables, CTEs, generic plans) and which
 * would be a detour anyway.  Instead, while an entry point works for one
 * shard group (the shards that hold the same tenants, one per table, and
 * the local copy of each catalog table), the planner reads each of our
 * tables as its shard in that group: to PostgreSQL they are plain tables,
 * and the single-node code runs unchanged.  spi_util.c keeps plans per
 * shard group, key_scan.c and tenant_grants.c open the shard.
 *
 * Nothing here runs on an install that is not distributed: one cached
 * answer says so (shards_distributed), invalidated with the relcache of
 * license_mgmt.tenants, which Citus invalidates when it distributes it.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/planner.h"
#include "parser/parsetree.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "license_mgmt.h"

/* more than the extension has tables, with room */
#define MAX_GROUP_TABLES 32

struct ShardGroup
{
	int64		first_shard;	/* the tenants table's shard: the group's name */
	int			ntables;
	Oid			shell[MAX_GROUP_TABLES];
	Oid			local[MAX_GROUP_TABLES];
};

/* Is this install distributed?  -1: not known yet. */
static int	distributed = -1;

/*
 * The groups of the tenants looked up, kept per backend: a call looks its
 * tenant up once, not a view's every row, nor a connection's every call.
 * Any relcache invalidation (Citus sends one for a table whose shards
 * moved, PostgreSQL for a shard dropped) makes them stale: from then on,
 * lookups read the metadata again, into the transaction's memory, and the
 * kept ones are dropped when the transaction ends, when no entry point can
 * still be working on one.
 */
typedef struct KeptGroup
{
	pg_uuid_t	tenant;
	ShardGroup	group;
} KeptGroup;

static HTAB *kept_groups = NULL;
static bool kept_stale = false;

static planner_hook_type prev_planner = NULL;
static needs_fmgr_hook_type prev_needs_fmgr = NULL;

/*
 * The shards of our tables in one group: the shards with the hash range of
 * shard $2, or else of the tenants shard that holds tenant $1 (which every
 * role of ours may ask, since it reads tenants), and the catalog's one
 * shard each.
 */
static Statement shards_of_group = {
	"shards_of_group",
	"SELECT p.logicalrelid::oid, pg_catalog.to_regclass(pg_catalog.shard_name(p.logicalrelid, s.shardid))::oid,"
	"       p.logicalrelid OPERATOR(pg_catalog.=) 'license_mgmt.tenants'::pg_catalog.regclass, s.shardid"
	"  FROM pg_catalog.pg_dist_shard me"
	"  JOIN pg_catalog.pg_dist_partition mp ON mp.logicalrelid OPERATOR(pg_catalog.=) me.logicalrelid,"
	"       pg_catalog.pg_dist_partition p"
	"  JOIN pg_catalog.pg_dist_shard s ON s.logicalrelid OPERATOR(pg_catalog.=) p.logicalrelid"
	"  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.logicalrelid"
	" WHERE me.shardid OPERATOR(pg_catalog.=) COALESCE($2,"
	"         pg_catalog.get_shard_id_for_distribution_column('license_mgmt.tenants'::pg_catalog.regclass, $1))"
	"   AND c.relnamespace OPERATOR(pg_catalog.=) 'license_mgmt'::pg_catalog.regnamespace"
	"   AND (p.partmethod OPERATOR(pg_catalog.=) 'n'"
	"        OR (p.colocationid OPERATOR(pg_catalog.=) mp.colocationid AND mp.partmethod OPERATOR(pg_catalog.=) 'h'"
	"            AND s.shardminvalue OPERATOR(pg_catalog.=) me.shardminvalue))",
	2, {UUIDOID, INT8OID}};

/* The shards of license_mgmt.tenants on this node: one per local group. */
static Statement local_tenant_shards = {
	"local_tenant_shards",
	"SELECT s.shardid FROM pg_catalog.pg_dist_shard s"
	"  JOIN pg_catalog.pg_dist_placement pl ON pl.shardid OPERATOR(pg_catalog.=) s.shardid"
	" WHERE s.logicalrelid OPERATOR(pg_catalog.=) 'license_mgmt.tenants'::pg_catalog.regclass"
	"   AND pl.groupid OPERATOR(pg_catalog.=) (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)"
	" ORDER BY s.shardid",
	0, {}};

/* Is license_mgmt.tenants a Citus table? */
static Statement tenants_distributed = {
	"tenants_distributed",
	"SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p"
	"                WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'license_mgmt.tenants'::pg_catalog.regclass)",
	0, {}};

Statement *const shards_statements[] = {
	&shards_of_group, &local_tenant_shards, &tenants_distributed, NULL
};

static void
relcache_changed(Datum arg, Oid relid)
{
	distributed = -1;
	kept_stale = true;
}

static void
drop_stale_at_xact_end(XactEvent event, void *arg)
{
	if (kept_stale && kept_groups != NULL)
	{
		hash_destroy(kept_groups);
		kept_groups = NULL;
	}
	kept_stale = false;
}

/*
 * shards_distributed: are our tables distributed over a Citus cluster?
 * Asked once, and again after a change of license_mgmt.tenants.
 */
bool
shards_distributed(void)
{
	static bool callback_registered = false;

	if (distributed >= 0)
		return distributed == 1;
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(relcache_changed, (Datum) 0);
		RegisterXactCallback(drop_stale_at_xact_end, NULL);
		callback_registered = true;
	}
	if (!OidIsValid(get_extension_oid("citus", true)))
		distributed = 0;
	else
	{
		bool		answer;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "license_mgmt: SPI_connect failed");
		lm_run(&tenants_distributed, NULL, NULL);
		answer = lm_bool(0, 1);
		SPI_finish();
		distributed = answer ? 1 : 0;
	}
	return distributed == 1;
}


/*
 * Is this backend working for the coordinator (a connection Citus opened)?
 * Then the coordinator decides how its transaction commits, with two-phase
 * commit when it wrote on several nodes.
 */
bool
shards_working_for_coordinator(void)
{
	return application_name != NULL &&
		strncmp(application_name, CITUS_INTERNAL_APPLICATION, strlen(CITUS_INTERNAL_APPLICATION)) == 0;
}


/*
 * The group of shard, or else of tenant, in the transaction's memory; what
 * names the caller's subject in the error when the group is not here, or
 * is NULL: then NULL is returned instead.
 */
static ShardGroup *
read_group(Datum tenant, int64 shard, const char *what)
{
	ShardGroup	group = {0};
	int			n = lm_run(&shards_of_group, (Datum[]) {tenant, Int64GetDatum(shard)},
						   (bool[]) {shard != 0, shard == 0});

	if (what == NULL)
	{
		/* only asked whether the group is here */
		for (int i = 0; i < n; i++)
		{
			bool		missing;

			(void) lm_value(i, 2, &missing);
			if (missing)
				return NULL;
		}
	}

	if (n > MAX_GROUP_TABLES)
		elog(ERROR, "license_mgmt: more than %d distributed tables", MAX_GROUP_TABLES);
	for (int i = 0; i < n; i++)
	{
		bool		isnull;
		Datum		local = lm_value(i, 2, &isnull);

		if (isnull)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("license_mgmt: %s is not on this node", what),
					 errdetail("The shard of %s for it is on another node of the cluster.",
							   get_rel_name(DatumGetObjectId(lm_value(i, 1, &isnull)))),
					 errhint("Call the extension's functions through the coordinator.")));
		group.shell[i] = DatumGetObjectId(lm_value(i, 1, &isnull));
		group.local[i] = DatumGetObjectId(local);
		if (lm_bool(i, 3))
			group.first_shard = DatumGetInt64(lm_value(i, 4, &isnull));
	}
	group.ntables = n;
	return memcpy(MemoryContextAlloc(TopTransactionContext, sizeof(ShardGroup)), &group, sizeof(ShardGroup));
}


/*
 * The kept group of tenant, or the one read now when here (kept when
 * nothing went stale); NULL when this node does not hold the tenant.
 */
static ShardGroup *
group_of_tenant(Datum tenant, const char *what)
{
	KeptGroup  *kept;
	ShardGroup *group;
	bool		found;

	if (kept_groups != NULL && !kept_stale &&
		(kept = hash_search(kept_groups, DatumGetUUIDP(tenant), HASH_FIND, NULL)) != NULL)
		return &kept->group;
	group = read_group(tenant, 0, what);
	if (group == NULL || kept_stale)
		return group;
	if (kept_groups == NULL)
	{
		HASHCTL		ctl = {.keysize = sizeof(pg_uuid_t), .entrysize = sizeof(KeptGroup)};

		kept_groups = hash_create("license_mgmt shard groups", 64, &ctl, HASH_ELEM | HASH_BLOBS);
	}
	kept = hash_search(kept_groups, DatumGetUUIDP(tenant), HASH_ENTER, &found);
	kept->group = *group;
	return &kept->group;
}

/* The shard group that holds tenant, on this node (or an error); inside SPI. */
ShardGroup *
shards_of_tenant_group(Datum tenant)
{
	return group_of_tenant(tenant, "the tenant");
}

/* The shard group of tenant when this node holds it, else NULL. */
ShardGroup *
shards_tenant_group_here(Datum tenant)
{
	ShardGroup *group;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	group = group_of_tenant(tenant, NULL);
	SPI_finish();
	return group;
}

/*
 * The shard group of rel, when rel is a shard of one of our tables, as the
 * relation of a trigger on a distributed install is; NULL otherwise.  A
 * shard is named after its table, an underscore and its shard id.
 */
ShardGroup *
shards_of_relation(Relation rel)
{
	const char *name = RelationGetRelationName(rel);
	const char *underscore = strrchr(name, '_');
	char	   *end;
	int64		shardid;

	if (underscore == NULL)
		return NULL;
	errno = 0;
	shardid = strtoi64(underscore + 1, &end, 10);
	if (errno != 0 || *end != '\0' || end == underscore + 1)
		return NULL;
	return read_group((Datum) 0, shardid, RelationGetRelationName(rel));
}

/*
 * Every shard group held on this node, in a list: what a change of the
 * catalog, which every tenant shares, must be applied to here.
 */
List *
shards_local_groups(void)
{
	int			n = lm_run(&local_tenant_shards, NULL, NULL);
	int64	   *shards = palloc(sizeof(int64) * Max(n, 1));
	List	   *groups = NIL;

	for (int i = 0; i < n; i++)
		shards[i] = DatumGetInt64(lm_value(i, 1, &(bool) {false}));
	for (int i = 0; i < n; i++)
		groups = lappend(groups, read_group((Datum) 0, shards[i], "a shard of tenants"));
	return groups;
}

/*
 * shards_table_of: the table rel is a shard of (named after it, an
 * underscore and the shard id), or rel itself.  A catalog lookup only:
 * for the triggers that name their table without running a statement.
 */
Oid
shards_table_of(Relation rel)
{
	const char *name = RelationGetRelationName(rel);
	const char *underscore = strrchr(name, '_');
	Oid			table;

	if (underscore == NULL || underscore[1] == '\0' || strspn(underscore + 1, "0123456789") != strlen(underscore + 1))
		return RelationGetRelid(rel);
	table = get_relname_relid(pnstrdup(name, underscore - name), RelationGetNamespace(rel));
	return OidIsValid(table) ? table : RelationGetRelid(rel);
}

/* The local shard that stands for relid in group, or InvalidOid. */
Oid
shards_local(const ShardGroup *group, Oid relid)
{
	if (group == NULL)
		return InvalidOid;
	for (int i = 0; i < group->ntables; i++)
		if (group->shell[i] == relid)
			return group->local[i];
	return InvalidOid;
}

/* The name plans are kept under for group (spi_util.c): 0 for none. */
int64
shards_group_key(const ShardGroup *group)
{
	return group == NULL ? 0 : group->first_shard;
}

/*
 * The relation of license_mgmt.table to read directly (key_scan.c,
 * tenant_grants.c): its shard in the active group, if any.
 */
Oid
shards_table_relid(const char *table)
{
	Oid			relid = get_relname_relid(table, get_namespace_oid("license_mgmt", false));
	Oid			local = shards_local(lm_shard_group(), relid);

	return OidIsValid(local) ? local : relid;
}

/* Replace, in a query and all it contains, each of our tables by its shard. */
static bool
swap_walker(Node *node, void *context)
{
	const ShardGroup *group = context;

	if (node == NULL)
		return false;
	if (IsA(node, RangeTblEntry))
	{
		RangeTblEntry *rte = (RangeTblEntry *) node;
		Oid			local = rte->rtekind == RTE_RELATION ? shards_local(group, rte->relid) : InvalidOid;

		if (OidIsValid(local))
		{
			LockRelationOid(local, rte->rellockmode);
			rte->relid = local;
		}
		return false;
	}
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, swap_walker, context, QTW_EXAMINE_RTES_BEFORE);
	return expression_tree_walker(node, swap_walker, context);
}

static PlannedStmt *
shards_planner(Query *parse, const char *query_string, int cursor_options, ParamListInfo params)
{
	ShardGroup *group = lm_shard_group();

	if (group != NULL)
		(void) swap_walker((Node *) parse, group);
	if (prev_planner)
		return prev_planner(parse, query_string, cursor_options, params);
	return standard_planner(parse, query_string, cursor_options, params);
}

/*
 * The planner would inline our SQL functions after the hook above swapped
 * the query's tables, and Citus would find the shells in their bodies: while
 * an entry point works on a shard group, they are called instead (a
 * function that needs the fmgr hook is never inlined), and their own
 * queries are planned, and swapped, when they run.
 */
static bool
shards_needs_fmgr(Oid function)
{
	Oid			internal;
	HeapTuple	tuple;
	bool		ours_in_sql;

	if (prev_needs_fmgr && prev_needs_fmgr(function))
		return true;
	if (lm_shard_group() == NULL)
		return false;
	internal = get_namespace_oid("license_mgmt_internal", true);
	tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(function));
	if (!HeapTupleIsValid(tuple))
		return false;
	ours_in_sql = ((Form_pg_proc) GETSTRUCT(tuple))->pronamespace == internal &&
		((Form_pg_proc) GETSTRUCT(tuple))->prolang == SQLlanguageId;
	ReleaseSysCache(tuple);
	return ours_in_sql;
}

/* shards_init installs the planner hooks; called once, from _PG_init. */
void
shards_init(void)
{
	prev_planner = planner_hook;
	planner_hook = shards_planner;
	prev_needs_fmgr = needs_fmgr_hook;
	needs_fmgr_hook = shards_needs_fmgr;
}
