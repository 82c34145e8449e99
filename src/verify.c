/*
 * verify.c
 *		verify(): derived state against intent, on one server and on a
 *		Citus cluster.
 *
 * What verify() checks is one SQL function, license_mgmt_internal.
 * verify_here(), the definition of every rule of R12 over the tables as
 * they stand.  On one server, verify() is that function's answer.  On a
 * Citus cluster it is the aggregate verify_shard_groups() over the tenants
 * the caller sees: Citus runs its step on each shard of tenants, in the
 * caller's transaction, and the step runs verify_here() once for that
 * shard's group, its tables read as the group's shards (shards.c).  So a
 * cluster's verify() sees what its caller has not committed yet, as on one
 * server.  verify_local() answers for every shard group of the node it is
 * called on.  All of them read as their caller: row-level security applies.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "catalog/pg_proc.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(verify);
PG_FUNCTION_INFO_V1(verify_local);
PG_FUNCTION_INFO_V1(verify_shard_group_step);

/*
 * The problems of every shard group that holds a tenant the caller sees,
 * through Citus: the aggregate's steps run on the shards, and the arrays
 * they return are put together here.
 */
static Statement verify_shard_groups = {
	"verify_shard_groups",
	"SELECT r.problem, r.tenant_id, r.user_id, r.sku_id, r.detail"
	"  FROM (SELECT license_mgmt_internal.verify_shard_groups(t.tableoid) AS problems"
	"          FROM license_mgmt.tenants t) p"
	" CROSS JOIN LATERAL pg_catalog.jsonb_to_recordset(p.problems)"
	"         AS r(problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text)",
	0, {}};

Statement *const verify_statements[] = {&verify_shard_groups, NULL};

/*
 * license_mgmt_internal.verify_here(), by its oid: looked up each time (the
 * extension may have been created again since), in the catalog rather than
 * by name resolution, which would check the caller's USAGE on
 * license_mgmt_internal.
 */
static Oid
verify_here_oid(void)
{
	Oid			verify_here;

	verify_here = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum("verify_here"),
								  PointerGetDatum(buildoidvector(NULL, 0)),
								  ObjectIdGetDatum(get_namespace_oid("license_mgmt_internal", false)));
	if (!OidIsValid(verify_here))
		elog(ERROR, "license_mgmt: function license_mgmt_internal.verify_here() is missing");
	return verify_here;
}

/*
 * Add the rows of license_mgmt_internal.verify_here() to out: the function
 * is called by its oid, as a SQL function body names what it calls, so the
 * caller needs no access to license_mgmt_internal.
 */
static void
verify_here_into(Tuplestorestate *out, TupleDesc desc)
{
	FmgrInfo	flinfo;
	LOCAL_FCINFO(call, 0);
	ReturnSetInfo rsinfo = {T_ReturnSetInfo};
	ExprContext *econtext = CreateStandaloneExprContext();
	TupleTableSlot *slot;

	rsinfo.econtext = econtext;
	rsinfo.expectedDesc = desc;
	/* a SQL function runs a set in one go when asked to prefer that */
	rsinfo.allowedModes = SFRM_ValuePerCall | SFRM_Materialize | SFRM_Materialize_Preferred;
	rsinfo.returnMode = SFRM_ValuePerCall;
	fmgr_info(verify_here_oid(), &flinfo);
	InitFunctionCallInfoData(*call, &flinfo, 0, InvalidOid, NULL, (Node *) &rsinfo);
	(void) FunctionCallInvoke(call);
	if (rsinfo.setResult != NULL)
	{
		slot = MakeSingleTupleTableSlot(rsinfo.setDesc, &TTSOpsMinimalTuple);
		while (tuplestore_gettupleslot(rsinfo.setResult, true, false, slot))
			tuplestore_puttupleslot(out, slot);
		ExecDropSingleTupleTableSlot(slot);
		tuplestore_end(rsinfo.setResult);
	}
	FreeExprContext(econtext, true);
}

/* verify_local(): verify_here() for each shard group of this node (for this server: once). */
Datum
verify_local(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	LmContext	ctx;

	InitMaterializedSRF(fcinfo, 0);
	if (!shards_distributed())
	{
		verify_here_into(rsinfo->setResult, rsinfo->setDesc);
		return (Datum) 0;
	}
	lm_enter_as(&ctx, "verify_local");
	{
		ListCell   *lc;

		foreach(lc, shards_local_groups())
		{
			lm_set_shard_group(lfirst(lc));
			verify_here_into(rsinfo->setResult, rsinfo->setDesc);
		}
	}
	lm_leave(&ctx);
	return (Datum) 0;
}

/* rows, each an object of its columns as strings, in a jsonb array */
static Datum
rows_as_jsonb(Tuplestorestate *rows, TupleDesc desc)
{
	TupleTableSlot *slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	StringInfoData json;
	int			n = 0;

	initStringInfo(&json);
	appendStringInfoChar(&json, '[');
	while (tuplestore_gettupleslot(rows, true, false, slot))
	{
		appendStringInfoString(&json, n++ > 0 ? ", {" : "{");
		for (int c = 0; c < desc->natts; c++)
		{
			Form_pg_attribute column = TupleDescAttr(desc, c);
			bool		isnull;
			Datum		value = slot_getattr(slot, c + 1, &isnull);
			Oid			output;
			bool		varlena;

			if (c > 0)
				appendStringInfoString(&json, ", ");
			escape_json(&json, NameStr(column->attname));
			appendStringInfoString(&json, ": ");
			if (isnull)
			{
				appendStringInfoString(&json, "null");
				continue;
			}
			getTypeOutputInfo(column->atttypid, &output, &varlena);
			escape_json(&json, OidOutputFunctionCall(output, value));
		}
		appendStringInfoChar(&json, '}');
	}
	appendStringInfoChar(&json, ']');
	ExecDropSingleTupleTableSlot(slot);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}

/*
 * The step of the aggregate verify_shard_groups(tableoid), which Citus runs
 * on each shard of tenants: at the shard's first row, the problems of its
 * group; after that, the same (a group is verified once).
 */
Datum
verify_shard_group_step(PG_FUNCTION_ARGS)
{
	MemoryContext caller = CurrentMemoryContext;
	LmContext	ctx;
	Relation	shard;
	ShardGroup *group;
	TupleDesc	desc;
	Tuplestorestate *rows;
	Datum		problems;

	if (!PG_ARGISNULL(0))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	lm_enter_as(&ctx, "verify");
	shard = relation_open(PG_GETARG_OID(1), AccessShareLock);
	group = shards_of_relation(shard);
	relation_close(shard, AccessShareLock);
	if (group == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("license_mgmt: verify_shard_groups() reads shards of license_mgmt.tenants"),
				 errdetail("It was given %s, which is not a shard of license_mgmt.tenants on this node.",
						   get_rel_name(PG_GETARG_OID(1))),
				 errhint("Call license_mgmt.verify().")));
	lm_set_shard_group(group);
	(void) get_func_result_type(verify_here_oid(), NULL, &desc);
	rows = tuplestore_begin_heap(false, false, work_mem);
	verify_here_into(rows, desc);
	MemoryContextSwitchTo(caller);
	problems = rows_as_jsonb(rows, desc);
	tuplestore_end(rows);
	lm_leave(&ctx);
	PG_RETURN_DATUM(problems);
}

/* verify(): every difference between derived state and intent (R12). */
Datum
verify(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	LmContext	ctx;
	int			n;

	InitMaterializedSRF(fcinfo, 0);
	if (!shards_distributed())
	{
		verify_here_into(rsinfo->setResult, rsinfo->setDesc);
		return (Datum) 0;
	}
	lm_enter_as(&ctx, "verify");
	n = lm_run_per_call(&verify_shard_groups, NULL, NULL);
	for (int i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5];

		heap_deform_tuple(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lm_leave(&ctx);
	return (Datum) 0;
}
