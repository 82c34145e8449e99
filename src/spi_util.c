/*
 * spi_util.c
 *		How license_mgmt runs its queries.
 *
 * Every entry point (function or trigger) brackets its work with lm_enter()
 * and lm_leave().  Inside, search_path is pinned to pg_catalog, pg_temp, so
 * no object a caller creates can stand in for ours or for a built-in
 * operator (R10.4), and the cached plans always see the same path; JIT is
 * off, since compiling our large statements costs more than it saves.  After
 * the caller's own view of the directory has been checked (row-level
 * security applies to it), lm_become_owner() switches to the owner of the
 * extension's tables, the way PostgreSQL's referential-integrity triggers
 * do, so that derived state can be written although no role may write it
 * directly (R10.2), and tells derived_guard.c that the extension is writing.
 * An error restores all three at (sub)transaction abort.
 *
 * Every statement is a Statement: named, whole, prepared once per backend
 * (statements.c lists them all).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "license_mgmt.h"

static SPIPlanPtr lm_plan_with(SPIPlanPtr *cache, const char *sql, int nargs,
							   const Oid *argtypes, int options);
static int	lm_exec(SPIPlanPtr plan, const Datum *values, const bool *isnull);

/*
 * The entry points running now, innermost last: an entry point's writes may
 * fire a trigger that is one too.  Each records the action the audit log
 * names, whether it acts as the owner (and so writes derived state), and
 * the subtransaction it began in: when that subtransaction aborts, the
 * error left the entry point, and it is forgotten (an error a caller
 * catches must not leave derived state open, or the audit log naming a
 * call that is over).
 */
#define MAX_ENTRY_DEPTH 64

typedef struct Entry
{
	const char *action;
	SubTransactionId subxact;
	bool		as_owner;
	ShardGroup *group;			/* on Citus: the shards it works on (shards.c) */
} Entry;

static Entry entries[MAX_ENTRY_DEPTH];
static int	nentries = 0;

const char *
lm_action(void)
{
	return nentries > 0 ? entries[nentries - 1].action : "unknown";
}

/*
 * lm_extension_writing: is the extension's own code writing derived state
 * (derived_guard.c)?  True from lm_become_owner until its entry point
 * leaves, also inside the triggers its writes fire.
 */
bool
lm_extension_writing(void)
{
	for (int i = nentries - 1; i >= 0; i--)
		if (entries[i].as_owner)
			return true;
	return false;
}

/*
 * lm_shard_group: on a distributed install, the shard group the innermost
 * entry point works on (one it was called from, when it has none of its
 * own); NULL otherwise.
 */
ShardGroup *
lm_shard_group(void)
{
	for (int i = nentries - 1; i >= 0; i--)
		if (entries[i].group != NULL)
			return entries[i].group;
	return NULL;
}

/* lm_set_shard_group: the innermost entry point works on group from here on. */
void
lm_set_shard_group(ShardGroup *group)
{
	Assert(nentries > 0);
	entries[nentries - 1].group = group;
}

/*
 * Changes whenever an entry point begins or ends, so that an answer kept
 * for the rest of one call (product facts) is known to be stale.
 */
static uint64 call_serial = 0;

uint64
lm_call_serial(void)
{
	return call_serial;
}

static void
entries_at_xact_end(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PREPARE:
			Assert(nentries == 0);
			/* FALLTHROUGH */
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			nentries = 0;
			call_serial++;
			alerts_forget();
			break;
		default:
			break;
	}
}

/*
 * A subtransaction that aborts ends the entry points begun in it or in its
 * subtransactions (later ids); those begun before it are still running
 * (seats.c and membership.c roll back subtransactions of their own).
 */
static void
entries_at_subxact_end(SubXactEvent event, SubTransactionId subxact,
					   SubTransactionId parent, void *arg)
{
	if (event != SUBXACT_EVENT_ABORT_SUB)
		return;
	while (nentries > 0 && entries[nentries - 1].subxact >= subxact)
	{
		nentries--;
		call_serial++;
		if (nentries == 0)
			alerts_forget();
	}
}

/* spi_util_init registers the callbacks above; called once, from _PG_init. */
void
spi_util_init(void)
{
	RegisterXactCallback(entries_at_xact_end, NULL);
	RegisterSubXactCallback(entries_at_subxact_end, NULL);
}

/*
 * lm_enter_as connects to SPI and pins search_path for the duration of the
 * call; action names the entry point for the audit log (lm_enter passes the
 * C function's name, which is the SQL name).
 */
void
lm_enter_as(LmContext *ctx, const char *action)
{
	if (nentries == MAX_ENTRY_DEPTH)
		elog(ERROR, "license_mgmt: entry points nested more than %d deep", MAX_ENTRY_DEPTH);
	entries[nentries].action = action;
	entries[nentries].subxact = GetCurrentSubTransactionId();
	entries[nentries].as_owner = false;
	entries[nentries].group = NULL;
	nentries++;
	call_serial++;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	ctx->guc_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	/* our statements are planned once and run often; compiling them does not pay */
	(void) set_config_option("jit", "off",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	GetUserIdAndSecContext(&ctx->saved_userid, &ctx->saved_sec_context);
	ctx->as_owner = false;
}

/*
 * lm_enter_call: lm_enter_as for a function.  On a distributed install, a
 * call that acts for a tenant (license_mgmt.tenant_id, which forward.c sets
 * for a call it forwards) works on that tenant's shards, here.
 */
void
lm_enter_call(LmContext *ctx, const char *action)
{
	bool		no_tenant;
	Datum		tenant;

	lm_enter_as(ctx, action);
	if (lm_shard_group() != NULL || !shards_distributed())
		return;
	tenant = lm_tenant_setting(&no_tenant);
	if (!no_tenant)
		entries[nentries - 1].group = shards_of_tenant_group(tenant);
}

/*
 * lm_become_owner acts as the owner of license_mgmt.license_states from here
 * to lm_leave, and opens derived state to our writes (derived_guard.c).
 * Row-level security does not filter the owner's queries: the C code scopes
 * every query to one tenant itself.
 */
void
lm_become_owner(LmContext *ctx)
{
	Oid			nsp = get_namespace_oid("license_mgmt", false);
	Oid			relid = get_relname_relid("license_states", nsp);
	HeapTuple	tuple;
	Oid			owner;

	Assert(!ctx->as_owner && nentries > 0);
	if (!OidIsValid(relid))
		elog(ERROR, "license_mgmt: table license_states is missing");
	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);

	SetUserIdAndSecContext(owner, ctx->saved_sec_context |
						   SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	entries[nentries - 1].as_owner = true;
	ctx->as_owner = true;
}

/*
 * lm_enter_trigger is the preamble of every trigger that writes derived
 * state: it checks how the trigger was called (lm_trigger_data), enters,
 * makes the transition tables of a statement trigger readable as new_rows
 * and old_rows, and acts as the owner.  Returns the trigger's data.
 */
TriggerData *
lm_enter_trigger(LmContext *ctx, FunctionCallInfo fcinfo, const char *name, bool for_row, bool before)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, name, for_row, before);

	lm_enter_as(ctx, name);
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "license_mgmt: SPI_register_trigger_data failed");
	/* on Citus, a trigger fires on a shard: it works on that shard's group */
	if (shards_distributed())
		entries[nentries - 1].group = shards_of_relation(trigdata->tg_relation);
	lm_become_owner(ctx);
	return trigdata;
}

/* lm_leave undoes lm_enter and lm_become_owner. */
void
lm_leave(LmContext *ctx)
{
	Assert(nentries > 0);
	if (ctx->as_owner)
		SetUserIdAndSecContext(ctx->saved_userid, ctx->saved_sec_context);
	AtEOXact_GUC(true, ctx->guc_nestlevel);
	nentries--;
	call_serial++;
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "license_mgmt: SPI_finish failed");
	/* the statement's work is done: its alerts go out (alerts.c) */
	if (nentries == 0)
		alerts_send();
}

/*
 * On Citus, a statement's plans read the shards of one group (shards.c):
 * they are kept per group, here, rather than in the Statement.
 */
typedef struct GroupPlanKey
{
	const Statement *statement;
	int64		group;
	int			options;
} GroupPlanKey;

typedef struct GroupPlan
{
	GroupPlanKey key;
	SPIPlanPtr	plan;
} GroupPlan;

static HTAB *group_plans = NULL;

static SPIPlanPtr *
plan_slot(Statement *st, SPIPlanPtr *cache, int options)
{
	int64		group = shards_group_key(lm_shard_group());
	GroupPlanKey key;
	GroupPlan  *entry;
	bool		found;

	if (group == 0)
		return cache;
	if (group_plans == NULL)
	{
		HASHCTL		ctl = {.keysize = sizeof(GroupPlanKey), .entrysize = sizeof(GroupPlan),
		.hcxt = TopMemoryContext};

		group_plans = hash_create("license_mgmt plans per shard group", 256, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	memset(&key, 0, sizeof(key));
	key.statement = st;
	key.group = group;
	key.options = options;
	entry = hash_search(group_plans, &key, HASH_ENTER, &found);
	if (!found)
		entry->plan = NULL;
	return &entry->plan;
}

static SPIPlanPtr
lm_plan_with(SPIPlanPtr *cache, const char *sql, int nargs, const Oid *argtypes, int options)
{
	if (*cache == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare_cursor(sql, nargs, (Oid *) argtypes, options);

		if (plan == NULL)
			elog(ERROR, "license_mgmt: SPI_prepare failed: %s\n%s",
				 SPI_result_code_string(SPI_result), sql);
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "license_mgmt: SPI_keepplan failed");
		*cache = plan;
	}
	return *cache;
}

/*
 * lm_plan: the generic plan of a statement, for a caller that runs it
 * itself (views.c runs its statements read-only).
 */
SPIPlanPtr
lm_plan(Statement *st)
{
	Assert(st->listed);
	return lm_plan_with(plan_slot(st, &st->plan, CURSOR_OPT_GENERIC_PLAN), st->sql, st->nargs,
						st->argtypes, CURSOR_OPT_GENERIC_PLAN);
}

/*
 * lm_run runs a statement with a generic plan, prepared at its first run
 * and kept: our parameters are ids whose values do not change the best
 * plan, and planning a statement afresh on every call would cost more than
 * running it for one user.  isnull may be NULL when no argument is.
 */
int
lm_run(Statement *st, const Datum *values, const bool *isnull)
{
	Assert(st->listed);
	return lm_exec(lm_plan_with(plan_slot(st, &st->plan, CURSOR_OPT_GENERIC_PLAN), st->sql, st->nargs,
							   st->argtypes, CURSOR_OPT_GENERIC_PLAN),
				   values, isnull);
}

/*
 * lm_run_per_call runs a statement planned afresh for every call with the
 * parameters' values: for a large array of ids, whose generic plan would
 * guess a handful of rows and loop over them one by one.  The plan kept is
 * the statement's second, so each statement has two at most.
 */
int
lm_run_per_call(Statement *st, const Datum *values, const bool *isnull)
{
	Assert(st->listed);
	return lm_exec(lm_plan_with(plan_slot(st, &st->per_call_plan, CURSOR_OPT_CUSTOM_PLAN), st->sql, st->nargs,
							   st->argtypes, CURSOR_OPT_CUSTOM_PLAN),
				   values, isnull);
}

/*
 * lm_attempt runs attempt(arg) in a subtransaction and keeps what it did,
 * its row locks included, only when it returns true; otherwise the
 * subtransaction is rolled back, which drops them.  For a lock that must
 * not be held while waiting for another (seats.c, membership.c).  An error
 * ends the subtransaction before it reaches a caller's own.
 */
bool
lm_attempt(bool (*attempt) (void *arg), void *arg)
{
	MemoryContext context = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	bool		kept;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(context);
	PG_TRY();
	{
		kept = attempt(arg);
		if (kept)
			ReleaseCurrentSubTransaction();
		else
			RollbackAndReleaseCurrentSubTransaction();
	}
	PG_CATCH();
	{
		ErrorData  *error;

		MemoryContextSwitchTo(context);
		error = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(context);
		CurrentResourceOwner = owner;
		ReThrowError(error);
	}
	PG_END_TRY();
	MemoryContextSwitchTo(context);
	CurrentResourceOwner = owner;
	return kept;
}

/* lm_array_length returns how many elements an array has. */
int
lm_array_length(Datum array)
{
	ArrayType  *a = DatumGetArrayTypeP(array);

	return ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
}

/*
 * lm_is_bulk says whether an array of ids is large enough for lm_run_per_call:
 * planning costs about a millisecond, looping over 1,000 ids a generic
 * plan's way costs more.
 */
bool
lm_is_bulk(Datum array)
{
	return lm_array_length(array) >= 1000;
}

/*
 * lm_reads_latest: do our statements read a snapshot newer than the
 * transaction's?  Under READ COMMITTED every statement takes a fresh
 * snapshot anyway.  Under REPEATABLE READ and SERIALIZABLE the transaction's
 * snapshot predates what committed while we waited for our locks: judging
 * on it would hand out a seat twice, or miss a member or a cycle (R10.5).
 * So, as PostgreSQL's own foreign-key checks do at those levels, we read
 * the latest committed state; a row we then change that another
 * transaction changes concurrently fails with a serialization failure
 * (40001), to be retried.
 */
static inline bool
lm_reads_latest(void)
{
	return IsolationUsesXactSnapshot();
}

/*
 * lm_statement_snapshot registers the snapshot a statement of ours would
 * read now, after the caller's locks and our own previous writes, for the
 * C code that scans tables directly (reach.c, held_states.c).  Unregister
 * it with UnregisterSnapshot.
 */
Snapshot
lm_statement_snapshot(void)
{
	CommandCounterIncrement();
	return RegisterSnapshot(lm_reads_latest() ? GetLatestSnapshot() : GetTransactionSnapshot());
}

/*
 * lm_exec runs a prepared plan; isnull may be NULL when no argument is.
 * Never read-only: every query takes a fresh snapshot after our previous
 * writes and after the locks we waited for (lm_reads_latest), which is what
 * makes decisions taken under a seat counter lock exact.
 */
static int
lm_exec(SPIPlanPtr plan, const Datum *values, const bool *isnull)
{
	int			nargs = SPI_getargcount(plan);
	char		nulls[LM_MAX_ARGS];
	int			rc;

	if (nargs > (int) sizeof(nulls))
		elog(ERROR, "license_mgmt: a statement takes %d arguments, at most %d are supported",
			 nargs, (int) sizeof(nulls));
	for (int i = 0; i < nargs; i++)
		nulls[i] = (isnull != NULL && isnull[i]) ? 'n' : ' ';
	if (lm_reads_latest())
		rc = SPI_execute_snapshot(plan, (Datum *) values, nulls, GetLatestSnapshot(), InvalidSnapshot,
								  false, true, 0);
	else
		rc = SPI_execute_plan(plan, (Datum *) values, nulls, false, 0);
	if (rc < 0)
		elog(ERROR, "license_mgmt: SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	return (int) SPI_processed;
}

/* lm_value returns column col (1-based) of result row row. */
Datum
lm_value(int row, int col, bool *isnull)
{
	Assert(SPI_tuptable != NULL && row < (int) SPI_processed);
	return SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, isnull);
}

/* lm_text returns a column as a C string, NULL for SQL null. */
char *
lm_text(int row, int col)
{
	return SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
}

int32
lm_int(int row, int col)
{
	bool		isnull;
	Datum		d = lm_value(row, col, &isnull);

	return isnull ? 0 : DatumGetInt32(d);
}

bool
lm_bool(int row, int col)
{
	bool		isnull;
	Datum		d = lm_value(row, col, &isnull);

	return !isnull && DatumGetBool(d);
}

/*
 * lm_copy_datum copies a result column into the current memory context, so
 * that it outlives the result (and SPI itself, when called in the caller's
 * context).
 */
Datum
lm_copy_datum(int row, int col, bool *isnull)
{
	Datum		d = lm_value(row, col, isnull);
	Oid			type = SPI_gettypeid(SPI_tuptable->tupdesc, col);
	int16		typlen;
	bool		typbyval;

	if (*isnull)
		return (Datum) 0;
	get_typlenbyval(type, &typlen, &typbyval);
	return datumCopy(d, typbyval, typlen);
}

/*
 * lm_tenant_setting returns license_mgmt.tenant_id as a uuid, or sets
 * *isnull when the session does not act for one tenant.
 */
Datum
lm_tenant_setting(bool *isnull)
{
	*isnull = (license_mgmt_tenant_id == NULL || license_mgmt_tenant_id[0] == '\0');
	if (*isnull)
		return (Datum) 0;
	return DirectFunctionCall1(uuid_in, CStringGetDatum(license_mgmt_tenant_id));
}

char *
lm_uuid_out(Datum uuid)
{
	return DatumGetCString(DirectFunctionCall1(uuid_out, uuid));
}

/*
 * lm_check_uuid_array refuses an array argument with null elements or more
 * than one dimension: every id must name something (R13).
 */
void
lm_check_uuid_array(Datum array, const char *argname)
{
	ArrayType  *a = DatumGetArrayTypeP(array);

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", argname),
				 errdetail("%s is a list of ids.", argname),
				 errhint("Pass an array such as '{id1,id2}'.")));
	if (array_contains_nulls(a))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not contain nulls", argname),
				 errdetail("Every element of %s names an object by its id.", argname),
				 errhint("Remove the null elements.")));
}

/*
 * lm_trigger_data checks that a trigger function was called the way its
 * CREATE TRIGGER says, as contrib/tcn does, and returns its TriggerData.
 */
TriggerData *
lm_trigger_data(FunctionCallInfo fcinfo, const char *name, bool for_row, bool before)
{
	TriggerData *trigdata;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "%s: not called by trigger manager", name);
	trigdata = (TriggerData *) fcinfo->context;
	if (!!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) != for_row)
		elog(ERROR, "%s: must be fired for each %s", name, for_row ? "row" : "statement");
	if (TRIGGER_FIRED_BEFORE(trigdata->tg_event) != before)
		elog(ERROR, "%s: must be fired %s the event", name, before ? "before" : "after");
	return trigdata;
}

/* lm_trigger_column returns a column of the trigger's old or new row. */
Datum
lm_trigger_column(TriggerData *trigdata, HeapTuple tuple, const char *column)
{
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	int			attnum = SPI_fnumber(tupdesc, column);
	bool		isnull;
	Datum		value;

	if (attnum <= 0)
		elog(ERROR, "license_mgmt: column \"%s\" missing", column);
	value = SPI_getbinval(tuple, tupdesc, attnum, &isnull);
	if (isnull)
		elog(ERROR, "license_mgmt: column \"%s\" is null", column);
	return value;
}

/* lm_uuid_array makes a one-element uuid[]. */
Datum
lm_uuid_array(Datum id)
{
	return PointerGetDatum(construct_array(&id, 1, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
}

/* lm_empty_uuids makes an empty uuid[]. */
Datum
lm_empty_uuids(void)
{
	return PointerGetDatum(construct_empty_array(UUIDOID));
}

/* lm_uuids deconstructs a uuid[] into its elements. */
int
lm_uuids(Datum array, Datum **elems)
{
	int			n;

	deconstruct_array(DatumGetArrayTypeP(array), UUIDOID, UUID_LEN, false, TYPALIGN_CHAR,
					  elems, NULL, &n);
	return n;
}

/* lm_uuid_cmp: qsort's comparison of two uuid Datums, in uuid's own order. */
int
lm_uuid_cmp(const void *a, const void *b)
{
	return memcmp(DatumGetPointer(*(const Datum *) a), DatumGetPointer(*(const Datum *) b), UUID_LEN);
}

/* lm_uuid_in: is id one of the n uuids of elems? */
bool
lm_uuid_in(Datum id, const Datum *elems, int n)
{
	for (int i = 0; i < n; i++)
		if (DatumGetBool(DirectFunctionCall2(uuid_eq, id, elems[i])))
			return true;
	return false;
}
