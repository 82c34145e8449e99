/*
 * forward.c
 *		On a Citus cluster, a call runs on the node that holds its tenant.
 *
 * Each licensing function has a twin that takes the tenant first
 * (assign_user_license_in_tenant(tenant_id, user_id, ...)), which
 * distribute() makes a Citus distributed function with the tenant as its
 * distribution argument: Citus runs a call of it on the node that holds
 * the tenant's shards.  A licensing function called on a distributed
 * install finds its tenant (license_mgmt.tenant_id, or else the tenant of
 * its user or group, which asks every node) and calls its twin; the twin
 * acts for that tenant (shards.c then reads its local shards) and calls
 * the function's own code.  On one server, nothing of this runs.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(in_tenant);

/* A twin's name is its function's and this. */
#define TWIN_SUFFIX "_in_tenant"

/* The functions that have a twin, and their code. */
typedef struct Forwarded
{
	const char *name;
	PGFunction	code;
} Forwarded;

static const Forwarded forwarded[] = {
	{"assign_user_license", assign_user_license},
	{"remove_user_license", remove_user_license},
	{"assign_user_licenses", assign_user_licenses},
	{"assign_group_license", assign_group_license},
	{"remove_group_license", remove_group_license},
	{"change_user_licenses", change_user_licenses},
	{"change_group_licenses", change_group_licenses},
	{"reprocess_user", reprocess_user},
	{"reprocess_group", reprocess_group},
	{"advance_subscriptions", advance_subscriptions},
};

/* Is a twin running?  Then the call is where it belongs. */
static int	twins_running = 0;

/*
 * The tenant of a user or a group, asked of every node: the way of a call
 * that does not say its tenant (license_mgmt.tenant_id unset).  Planned for
 * the call, so that Citus sees the id.
 */
static Statement tenant_of_user = {
	"tenant_of_user",
	"SELECT u.tenant_id FROM license_mgmt.users u WHERE u.user_id = $1",
	1, {UUIDOID}};

static Statement tenants_of_users = {
	"tenants_of_users",
	"SELECT DISTINCT u.tenant_id FROM license_mgmt.users u WHERE u.user_id = ANY ($1)",
	1, {UUIDARRAYOID}};

static Statement tenant_of_group = {
	"tenant_of_group",
	"SELECT g.tenant_id FROM license_mgmt.groups g WHERE g.group_id = $1",
	1, {UUIDOID}};

/* Every tenant the caller sees: advance_subscriptions() for them all. */
static Statement every_tenant = {
	"every_tenant",
	"SELECT t.tenant_id FROM license_mgmt.tenants t ORDER BY t.tenant_id",
	0, {}};

Statement *const forward_statements[] = {&tenant_of_user, &tenants_of_users, &tenant_of_group, &every_tenant, NULL};

/* The tenant the call acts for; false (the call runs here) when no id tells it. */
static bool
call_tenant(FunctionCallInfo fcinfo, ForwardBy by, Datum *tenant)
{
	bool		isnull;
	Datum		id;
	int			n;

	*tenant = lm_tenant_setting(&isnull);
	if (!isnull)
		return true;
	if (by == FORWARD_BY_SETTING || PG_ARGISNULL(0))
		return false;
	id = PG_GETARG_DATUM(0);
	n = lm_run_per_call(by == FORWARD_BY_GROUP ? &tenant_of_group :
						by == FORWARD_BY_USERS ? &tenants_of_users : &tenant_of_user, &id, NULL);
	if (n > 1 && by == FORWARD_BY_USERS)
		refusal_bulk_tenants();
	if (n == 0 && by != FORWARD_BY_USERS)
		directory_refuse_unknown(by == FORWARD_BY_GROUP ? "group" : "user", id);
	if (n != 1)
		return false;			/* the call itself says so, here */
	*tenant = lm_copy_datum(0, 1, &isnull);
	return true;
}

/* Is a forwarded call being sent?  Then a twin that finds its tenant elsewhere gives up. */
static int	forwarding = 0;

/*
 * The call of each twin, prepared once per backend (Citus plans each run
 * afresh with the values, which it needs to place the call).
 */
static SPIPlanPtr twin_plans[lengthof(forwarded)];

static SPIPlanPtr
twin_plan(const char *function, const char *sql, int nargs, Oid *types)
{
	for (int i = 0; i < (int) lengthof(forwarded); i++)
		if (strcmp(forwarded[i].name, function) == 0)
		{
			if (twin_plans[i] == NULL)
			{
				SPIPlanPtr	plan = SPI_prepare(sql, nargs, types);

				if (plan == NULL || SPI_keepplan(plan) != 0)
					elog(ERROR, "license_mgmt: preparing %s failed: %s", sql, SPI_result_code_string(SPI_result));
				twin_plans[i] = plan;
			}
			return twin_plans[i];
		}
	elog(ERROR, "license_mgmt: %s has no twin", function);
	return NULL;				/* keep the compiler quiet */
}

/*
 * Rethrow the error a twin raised as the function itself raises it on one
 * server: without the context lines of the forwarding (Citus's "while
 * executing command on" and the twin's call), and with its constraint name.
 */
static void
rethrow_as_here(MemoryContext context)
{
	ErrorData  *error;
	StringInfoData kept;
	char	   *line;
	char	   *next;

	MemoryContextSwitchTo(context);
	error = CopyErrorData();
	FlushErrorState();
	remote_errors_take_carried(error);
	if (error->context != NULL)
	{
		initStringInfo(&kept);
		for (line = error->context; line != NULL; line = next)
		{
			next = strchr(line, '\n');
			if (next != NULL)
				*next++ = '\0';
			if (strncmp(line, "while executing command on ", strlen("while executing command on ")) != 0 &&
				!(strncmp(line, "SQL statement \"SELECT * FROM license_mgmt.", strlen("SQL statement \"SELECT * FROM license_mgmt.")) == 0 &&
				  strstr(line, TWIN_SUFFIX "($1") != NULL))
				appendStringInfo(&kept, "%s%s", kept.len > 0 ? "\n" : "", line);
		}
		error->context = kept.len > 0 ? kept.data : NULL;
	}
	ReThrowError(error);
}

/*
 * call_twin: run license_mgmt.<function>_in_tenant(tenant, the arguments of
 * fcinfo from the first given), where Citus places it, and set *result as
 * fcinfo's function returns it (a set-returning one, its result set).
 */
static void
call_twin(FunctionCallInfo fcinfo, const char *function, Datum tenant, int first, Datum *result)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bool		returns_set = get_func_retset(fcinfo->flinfo->fn_oid);
	Oid			rettype = get_func_rettype(fcinfo->flinfo->fn_oid);
	Datum		values[FUNC_MAX_ARGS];
	char		nulls[FUNC_MAX_ARGS];
	Oid			types[FUNC_MAX_ARGS];
	Oid		   *argtypes;
	int			nargs;
	int			n = 1;
	StringInfoData sql;
	MemoryContext context = CurrentMemoryContext;

	(void) get_func_signature(fcinfo->flinfo->fn_oid, &argtypes, &nargs);
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT * FROM license_mgmt.%s" TWIN_SUFFIX "($1", function);
	values[0] = tenant;
	nulls[0] = ' ';
	types[0] = UUIDOID;
	for (int i = first; i < nargs; i++, n++)
	{
		appendStringInfo(&sql, ", $%d", n + 1);
		values[n] = fcinfo->args[i].value;
		nulls[n] = fcinfo->args[i].isnull ? 'n' : ' ';
		types[n] = argtypes[i];
	}
	appendStringInfoChar(&sql, ')');
	forwarding++;
	PG_TRY();
	{
		if (SPI_execute_plan(twin_plan(function, sql.data, n, types), values, nulls, false, 0) != SPI_OK_SELECT)
			elog(ERROR, "license_mgmt: forwarding %s failed", function);
	}
	PG_CATCH();
	{
		forwarding--;
		rethrow_as_here(context);
	}
	PG_END_TRY();
	forwarding--;

	*result = (Datum) 0;
	if (returns_set)
	{
		InitMaterializedSRF(fcinfo, 0);
		for (uint64 i = 0; i < SPI_processed; i++)
			tuplestore_puttuple(rsinfo->setResult, SPI_tuptable->vals[i]);
	}
	else if (rettype == RECORDOID || type_is_rowtype(rettype))
		*result = PointerGetDatum(SPI_returntuple(SPI_tuptable->vals[0], SPI_tuptable->tupdesc));
	else if (rettype != VOIDOID)
	{
		bool		isnull;

		*result = SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull),
									get_typbyval(rettype), get_typlen(rettype));
	}
}

/*
 * call_twin_per_tenant: the twin of a function that counts what it did
 * (advance_subscriptions), called for every tenant the caller sees, in one
 * transaction; *result is the sum of their counts.
 */
static void
call_twin_per_tenant(FunctionCallInfo fcinfo, const char *function, Datum *result)
{
	int			n = lm_run(&every_tenant, NULL, NULL);
	Datum	   *tenants = palloc(sizeof(Datum) * Max(n, 1));
	int32		total = 0;

	for (int i = 0; i < n; i++)
	{
		bool		isnull;

		tenants[i] = lm_copy_datum(i, 1, &isnull);
	}
	for (int i = 0; i < n; i++)
	{
		Datum		count;

		call_twin(fcinfo, function, tenants[i], 0, &count);
		total += DatumGetInt32(count);
	}
	*result = Int32GetDatum(total);
}

/*
 * Before a call enters the extension (which pins its search_path itself),
 * its lookups and the twin's call are planned here: under the caller's
 * search_path, a schema of the caller's could stand in for an operator (R10.4).
 * The GUC nest level it returns ends with AtEOXact_GUC, or with an error.
 */
static int
pin_search_path(void)
{
	int			nest = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return nest;
}

/*
 * forward_call: on a distributed install, run the licensing function that
 * fcinfo calls as its twin, where Citus places it, and set *result; false
 * when the call runs here as it is (one server, or a twin's own run).
 */
bool
forward_call(FunctionCallInfo fcinfo, const char *function, ForwardBy by, Datum *result)
{
	Datum		tenant;
	int			nest;
	bool		forwarded = true;

	if (twins_running > 0 || !shards_distributed())
		return false;
	nest = pin_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	if (call_tenant(fcinfo, by, &tenant))
		call_twin(fcinfo, function, tenant, 0, result);
	else if (by == FORWARD_BY_SETTING)
		call_twin_per_tenant(fcinfo, function, result);
	else
		forwarded = false;
	SPI_finish();
	AtEOXact_GUC(true, nest);
	return forwarded;
}

/*
 * in_tenant: the twins' code.  Acts for the tenant given first, then runs
 * the function named by the twin's name with the arguments that follow.
 */
Datum
in_tenant(PG_FUNCTION_ARGS)
{
	char	   *twin = get_func_name(fcinfo->flinfo->fn_oid);
	size_t		length = strlen(twin);
	const Forwarded *target = NULL;
	LOCAL_FCINFO(inner, FUNC_MAX_ARGS);
	int			nest;
	Datum		result;

	for (int i = 0; i < (int) lengthof(forwarded); i++)
		if (length == strlen(forwarded[i].name) + strlen(TWIN_SUFFIX) &&
			strncmp(twin, forwarded[i].name, strlen(forwarded[i].name)) == 0 &&
			strcmp(twin + strlen(forwarded[i].name), TWIN_SUFFIX) == 0)
			target = &forwarded[i];
	if (target == NULL)
		elog(ERROR, "license_mgmt: %s is no function's twin", twin);
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("license_mgmt: %s needs a tenant", twin)));

	/*
	 * Citus runs a twin where its tenant is when the tenant is a value it
	 * can read (a constant or a parameter); otherwise it runs here, and the
	 * twin sends itself on.
	 */
	if (forwarding == 0 && twins_running == 0 && shards_distributed() &&
		shards_tenant_group_here(PG_GETARG_DATUM(0)) == NULL)
	{
		int			pinned = pin_search_path();

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "license_mgmt: SPI_connect failed");
		call_twin(fcinfo, target->name, PG_GETARG_DATUM(0), 1, &result);
		SPI_finish();
		AtEOXact_GUC(true, pinned);
		return result;
	}

	InitFunctionCallInfoData(*inner, fcinfo->flinfo, PG_NARGS() - 1, fcinfo->fncollation,
							 fcinfo->context, fcinfo->resultinfo);
	for (int i = 1; i < PG_NARGS(); i++)
		inner->args[i - 1] = fcinfo->args[i];

	nest = NewGUCNestLevel();
	(void) set_config_option("license_mgmt.tenant_id", lm_uuid_out(PG_GETARG_DATUM(0)),
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	twins_running++;
	PG_TRY();
	{
		result = target->code(inner);
	}
	PG_FINALLY();
	{
		twins_running--;
	}
	PG_END_TRY();
	AtEOXact_GUC(true, nest);
	fcinfo->isnull = inner->isnull;
	return result;
}
