/*
 * tenant_grants.c
 *		Which tenants a role may act for (R10.3).
 *
 * The extension's owner grants a tenant to roles as rows of
 * license_mgmt.tenant_grants (tenant_id, grantee regrole).  A role may act
 * for a tenant granted to it or to a role whose rights it inherits
 * (pg_has_role(..., 'USAGE')): the grant behaves like a privilege, so a
 * NOINHERIT member gets it only after SET ROLE, as it gets the table
 * privileges of that role.  license_mgmt.tenant_id only chooses among the
 * granted tenants: current_tenant(), which every row-level security policy
 * compares tenant_id with, returns the setting when the current role may act
 * for it and null otherwise, so setting the variable never widens what a
 * role reaches.  A role that bypasses row-level security (a superuser, a
 * role with BYPASSRLS, the owner of the extension's tables) may act for any
 * tenant, as it reads every row anyway.
 *
 * A grantee is an oid: a role dropped while its grants remain leaves rows
 * that match nobody (no role inherits from a role that does not exist).
 *
 * The policies evaluate current_tenant() once per statement (as an InitPlan,
 * "(SELECT license_mgmt.current_tenant())"), but a view computed per row
 * (user_licenses) runs a statement per row, so the last answer is kept per
 * backend: until tenant_grants changes (a statement trigger queues a
 * relcache invalidation, sent to every backend when the change commits and
 * to this one at its next command), or a role or a role membership changes
 * (syscache invalidations of pg_authid and pg_auth_members).  Each call
 * takes in the invalidations sent, and an answer is read with the latest
 * snapshot, as PostgreSQL reads privileges from its catalogs: a deleted
 * grant stops working at the grantee's next statement, even inside a
 * transaction that began before, and through a plan it keeps.  Once kept,
 * an answer costs a comparison;
 * reading one costs an index probe of tenant_grants, about a microsecond.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_authid.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "parser/parse_relation.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(current_tenant);
PG_FUNCTION_INFO_V1(tenant_grants_check);
PG_FUNCTION_INFO_V1(tenant_grants_changed);

/* The last answer of tenant_grants_allow, valid while nothing it read changes. */
static struct
{
	bool		valid;
	Oid			role;
	pg_uuid_t	tenant;
	bool		allowed;
}			last_answer;

/* tenant_grants, whose invalidation drops the answer */
static Oid	grants_relid = InvalidOid;

/* counts drops, to notice one while an answer is being read */
static uint64 invalidations;

static void
drop_answer(void)
{
	last_answer.valid = false;
	invalidations++;
}

/* A relcache invalidation: of tenant_grants (or of every relation). */
static void
relcache_changed(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == grants_relid)
		drop_answer();
}

/* A role, or a role membership, changed. */
static void
roles_changed(Datum arg, int cacheid, uint32 hashvalue)
{
	drop_answer();
}

static void
register_callbacks(void)
{
	static bool registered = false;

	if (registered)
		return;
	CacheRegisterRelcacheCallback(relcache_changed, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHOID, roles_changed, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, roles_changed, (Datum) 0);
	registered = true;
}

/* Does role bypass row-level security on rel (and so on every table of ours)? */
static bool
bypasses_rls(Oid role, Relation rel)
{
	return has_bypassrls_privilege(role) || has_privs_of_role(role, rel->rd_rel->relowner);
}

/* tenant_grants, opened: on Citus, its shard in group */
static Relation
open_grants(ShardGroup *group)
{
	Oid			table = get_relname_relid("tenant_grants", get_namespace_oid("license_mgmt", false));
	Oid			relid = OidIsValid(shards_local(group, table)) ? shards_local(group, table) : table;

	if (!OidIsValid(relid))
		elog(ERROR, "license_mgmt: table tenant_grants is missing");
	grants_relid = table;	/* invalidations name the table, not a shard */
	return table_open(relid, AccessShareLock);
}

/*
 * read_allowed reads tenant_grants: may role act for tenant?  It bypasses
 * row-level security (tenant_grants has its own policy, which calls us), as
 * PostgreSQL's privilege checks read its catalogs.
 */
static bool
read_allowed(Relation rel, Datum tenant, Oid role, Snapshot snapshot)
{
	Relation	index;
	IndexScanDesc scan;
	TupleTableSlot *slot;
	ScanKeyData key;
	AttrNumber	grantee_att = attnameAttNum(rel, "grantee", false);
	bool		allowed = false;

	/* a role that bypasses row-level security reads every tenant anyway */
	if (bypasses_rls(role, rel))
		return true;

	index = index_open(lm_primary_key_index(rel), AccessShareLock);
	scan = lm_index_beginscan(rel, index, snapshot, 1);
	slot = table_slot_create(rel, NULL);
	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_UUID_EQ, tenant);
	index_rescan(scan, &key, 1, NULL, 0);
	while (!allowed && index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Oid			grantee = DatumGetObjectId(slot_getattr(slot, grantee_att, &isnull));

		/* a dropped role's oid is in nobody's list of roles: it matches nobody */
		allowed = !isnull && has_privs_of_role(role, grantee);
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	index_close(index, AccessShareLock);
	return allowed;
}

/*
 * tenant_grants_allow: may role act for tenant, that is, see and change its
 * rows under row-level security?
 */
static bool
tenant_grants_allow(Datum tenant, Oid role)
{
	Relation	rel;
	Snapshot	snapshot;
	bool		parallel = IsInParallelMode();
	uint64		before;
	bool		allowed;
	ShardGroup *group;
	bool		elsewhere = false;

	register_callbacks();
	/*
	 * What committed since our last lock acquisition: a statement of a
	 * transaction that already holds its locks, or a kept plan, would not
	 * look (cheap when there is nothing new)
	 */
	AcceptInvalidationMessages();
	if (last_answer.valid && last_answer.role == role &&
		memcmp(&last_answer.tenant, DatumGetUUIDP(tenant), UUID_LEN) == 0)
		return last_answer.allowed;

	before = invalidations;
	/*
	 * On Citus, outside an entry point (a policy of a query Citus runs on a
	 * worker), the grants of a tenant are those of its shard here; a
	 * tenant held elsewhere has no rows here to show.
	 */
	group = lm_shard_group();
	if (group == NULL && !parallel && shards_distributed())
		elsewhere = (group = shards_tenant_group_here(tenant)) == NULL;
	rel = open_grants(group);
	if (elsewhere)
		allowed = bypasses_rls(role, rel);
	else
	{
		/* a parallel query cannot take a new snapshot: it reads with its own, and keeps nothing */
		snapshot = RegisterSnapshot(parallel ? GetActiveSnapshot() : GetLatestSnapshot());
		allowed = read_allowed(rel, tenant, role, snapshot);
		UnregisterSnapshot(snapshot);
	}
	table_close(rel, AccessShareLock);

	if (!parallel && invalidations == before)
	{
		last_answer.role = role;
		memcpy(&last_answer.tenant, DatumGetUUIDP(tenant), UUID_LEN);
		last_answer.allowed = allowed;
		last_answer.valid = true;
	}
	return allowed;
}

/*
 * tenant_grants_explain_unseen: when the current role sees no object of
 * license_mgmt.tenant_id because it may not act for it (the setting is
 * unset, or names a tenant not granted to it), a detail and a hint saying
 * so; false when that is not the reason.  For the refusals of unknown ids,
 * which are then otherwise puzzling.
 */
bool
tenant_grants_explain_unseen(const char *objects, const char **detail, const char **hint)
{
	Oid			role = GetUserId();
	bool		unset;
	Datum		tenant = lm_tenant_setting(&unset);
	char	   *name = GetUserNameFromId(role, false);

	if (unset)
	{
		Relation	rel = open_grants(lm_shard_group());
		bool		bypasses = bypasses_rls(role, rel);

		table_close(rel, AccessShareLock);
		if (bypasses)
			return false;
		*detail = psprintf("license_mgmt.tenant_id is not set, so role \"%s\" sees no %s.", name, objects);
		*hint = pstrdup("Set license_mgmt.tenant_id to a tenant granted to the role in license_mgmt.tenant_grants.");
		return true;
	}
	if (tenant_grants_allow(tenant, role))
		return false;
	*detail = psprintf("Role \"%s\" may not act for tenant %s: license_mgmt.tenant_grants grants it neither to the role nor to a role it inherits from, so the role sees no %s of it.",
					   name, lm_uuid_out(tenant), objects);
	*hint = pstrdup("Set license_mgmt.tenant_id to a tenant granted to the role, or ask the extension's owner to grant this one.");
	return true;
}

/*
 * current_tenant(): license_mgmt.tenant_id when the current role may act for
 * that tenant, null otherwise (no rows under row-level security).
 */
Datum
current_tenant(PG_FUNCTION_ARGS)
{
	bool		unset;
	Datum		tenant = lm_tenant_setting(&unset);

	if (unset || !tenant_grants_allow(tenant, GetUserId()))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(tenant);
}

/*
 * tenant_grants_check: before a grant is written, its grantee must be an
 * existing role.  regrole reads a number as an oid without checking it, and
 * a grant to no role would lie in wait for a role created later with that
 * oid.  Not fired by a restore (session_replication_role = replica), which
 * loads the rows as they were dumped.
 */
Datum
tenant_grants_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, "tenant_grants_check", true, true);
	Relation	rel = trigdata->tg_relation;
	HeapTuple	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	bool		isnull;
	Datum		grantee = heap_getattr(tuple, attnameAttNum(rel, "grantee", false),
									   RelationGetDescr(rel), &isnull);

	/* null: the primary key's NOT NULL refuses it */
	if (!isnull && !SearchSysCacheExists1(AUTHOID, grantee))
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("role with OID %u does not exist", DatumGetObjectId(grantee)),
				 errdetail("A tenant grant names an existing role; this grantee is no role of the cluster."),
				 errhint("Name the grantee by its role name, as in 'app_role'::regrole, after creating the role."),
				 errtableconstraint(rel, "tenant_grants_grantee_exists")));
	return PointerGetDatum(tuple);
}

/*
 * tenant_grants_changed: statement trigger on tenant_grants; every backend
 * drops its kept answer once the change commits (this one at its next
 * command, or when the change rolls back).
 */
Datum
tenant_grants_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, "tenant_grants_changed", false, false);

	/* on Citus, the trigger fires on a shard: the callbacks know the table */
	CacheInvalidateRelcacheByRelid(shards_table_of(trigdata->tg_relation));
	return PointerGetDatum(NULL);	/* an after trigger's result is ignored */
}
