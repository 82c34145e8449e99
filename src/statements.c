/*
 * statements.c
 *		Every statement the extension runs, listed.
 *
 * Each module lists its statements (Statement, license_mgmt.h);
 * license_mgmt_internal.statements() returns them all, whole, and the
 * regression test sql/statements.sql prints them, so that a change to any
 * statement shows as a diff, and test/pgtap/statements.sql checks that each
 * filters every tenant table it reads by the call's tenant.  The plans kept
 * per backend are bounded by the list: two per statement at most.
 */
#include "postgres.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(statements);

typedef struct Module
{
	const char *name;
	Statement *const *statements;	/* NULL-terminated */
} Module;

static const Module modules[] = {
	{"audit", audit_statements},
	{"catalog_changes", catalog_changes_statements},
	{"catalog_import", catalog_import_statements},
	{"change", change_statements},
	{"direct", direct_statements},
	{"directory", directory_statements},
	{"drop_extension", drop_extension_statements},
	{"engine", engine_statements},
	{"forward", forward_statements},
	{"groups", groups_statements},
	{"lifecycle", lifecycle_statements},
	{"membership", membership_statements},
	{"plan_rules", plan_rules_statements},
	{"product_cache", product_cache_statements},
	{"reach", reach_statements},
	{"refusals", refusals_statements},
	{"ripple", ripple_statements},
	{"seats", seats_statements},
	{"shards", shards_statements},
	{"verify", verify_statements},
	{"views", views_statements},
};

/*
 * statements_init marks every listed statement, and refuses two of one
 * name; called once, from _PG_init.
 */
void
statements_init(void)
{
	for (int m = 0; m < (int) lengthof(modules); m++)
		for (Statement *const *st = modules[m].statements; *st != NULL; st++)
		{
			for (int n = 0; n <= m; n++)
				for (Statement *const *other = modules[n].statements; *other != NULL && other != st; other++)
					if (strcmp((*other)->name, (*st)->name) == 0)
						elog(ERROR, "license_mgmt: two statements are named %s", (*st)->name);
			(*st)->listed = true;
		}
}

/*
 * statements(): module, name, argument types and text of every statement
 * the extension runs.
 */
Datum
statements(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int m = 0; m < (int) lengthof(modules); m++)
		for (Statement *const *st = modules[m].statements; *st != NULL; st++)
		{
			StringInfoData args;
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			initStringInfo(&args);
			for (int i = 0; i < (*st)->nargs; i++)
				appendStringInfo(&args, "%s$%d %s", i > 0 ? ", " : "", i + 1,
								 format_type_be((*st)->argtypes[i]));
			values[0] = CStringGetTextDatum(modules[m].name);
			values[1] = CStringGetTextDatum((*st)->name);
			values[2] = CStringGetTextDatum(args.data);
			values[3] = CStringGetTextDatum((*st)->sql);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	return (Datum) 0;
}
