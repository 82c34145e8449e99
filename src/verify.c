/*
 * verify.c
 *		verify(): derived state against intent, on one server and on a
 *		Citus cluster.
 *
 * What verify() checks is one SQL function, license_mgmt_internal.
 * verify_here(), the definition of every rule of R12 over the tables as
 * they stand.  On one server, verify() is that function's answer.  On a
 * Citus cluster, verify_local() runs it on each shard group a node holds,
 * its tables read as that group's shards (shards.c), and verify() asks
 * every node for its verify_local().  Both read as their caller:
 * row-level security applies.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "catalog/pg_proc.h"
#include "utils/builtins.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(verify);
PG_FUNCTION_INFO_V1(verify_local);

/*
 * Every node's verify_local(), through Citus: one JSON array per node,
 * read back as rows.
 */
static Statement verify_every_node = {
	"verify_every_node",
	"SELECT n.success, n.result, r.problem, r.tenant_id, r.user_id, r.sku_id, r.detail"
	"  FROM pg_catalog.run_command_on_all_nodes("
	"         'SELECT COALESCE(pg_catalog.json_agg(v), ''[]'') FROM license_mgmt.verify_local() v') n"
	"  LEFT JOIN LATERAL pg_catalog.json_to_recordset(CASE WHEN n.success THEN n.result::pg_catalog.json END)"
	"         AS r(problem text, tenant_id uuid, user_id uuid, sku_id uuid, detail text) ON true"
	" ORDER BY n.nodeid",
	0, {}};

Statement *const verify_statements[] = {&verify_every_node, NULL};

/*
 * Add the rows of license_mgmt_internal.verify_here() to out: the function
 * is called by its oid, as a SQL function body names what it calls, so the
 * caller needs no access to license_mgmt_internal.
 */
static void
verify_here_into(Tuplestorestate *out, TupleDesc desc)
{
	Oid			verify_here;
	FmgrInfo	flinfo;
	LOCAL_FCINFO(call, 0);
	ReturnSetInfo rsinfo = {T_ReturnSetInfo};
	ExprContext *econtext = CreateStandaloneExprContext();
	TupleTableSlot *slot;

	/*
	 * Looked up each time (the extension may have been created again since),
	 * in the catalog rather than by name resolution, which would check the
	 * caller's USAGE on license_mgmt_internal.
	 */
	verify_here = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum("verify_here"),
								  PointerGetDatum(buildoidvector(NULL, 0)),
								  ObjectIdGetDatum(get_namespace_oid("license_mgmt_internal", false)));
	if (!OidIsValid(verify_here))
		elog(ERROR, "license_mgmt: function license_mgmt_internal.verify_here() is missing");
	rsinfo.econtext = econtext;
	rsinfo.expectedDesc = desc;
	/* a SQL function runs a set in one go when asked to prefer that */
	rsinfo.allowedModes = SFRM_ValuePerCall | SFRM_Materialize | SFRM_Materialize_Preferred;
	rsinfo.returnMode = SFRM_ValuePerCall;
	fmgr_info(verify_here, &flinfo);
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

/* verify(): every difference between derived state and intent (R12). */
Datum
verify(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	LmContext	ctx;
	int			n;

	if (!shards_distributed())
	{
		InitMaterializedSRF(fcinfo, 0);
		verify_here_into(rsinfo->setResult, rsinfo->setDesc);
		return (Datum) 0;
	}
	InitMaterializedSRF(fcinfo, 0);
	lm_enter_as(&ctx, "verify");
	n = lm_run_per_call(&verify_every_node, NULL, NULL);
	for (int i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5];

		if (!lm_bool(i, 1))
			ereport(ERROR,
					(errcode(ERRCODE_CONNECTION_FAILURE),
					 errmsg("license_mgmt: verify() could not verify a node"),
					 errdetail("The node answered: %s", lm_text(i, 2))));
		if (SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &nulls[0]), nulls[0])
			continue;			/* a node with nothing to report */
		for (int c = 0; c < 5; c++)
			values[c] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, c + 3, &nulls[c]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lm_leave(&ctx);
	return (Datum) 0;
}
