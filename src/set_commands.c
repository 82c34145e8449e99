/*
 * set_commands.c
 *		On a Citus cluster, a SET LOCAL reaches the workers as itself.
 *
 * Under citus.propagate_set_commands = 'local' (the README asks it of a
 * cluster), Citus sends a SET LOCAL on to the workers of the transaction
 * before it applies it here, as the whole query string it came in.  So a
 * value this node would refuse comes back as Citus's "failure on connection
 * marked as essential" (XX000) rather than as the refusal, and a string of
 * several statements (BEGIN; SET LOCAL ...; SELECT ...) runs again, whole,
 * on every worker.  Before Citus sees it, a SET of one of our settings is
 * therefore checked here, and every SET passes on with its own text only.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "tcop/utility.h"
#include "utils/guc.h"

#include "license_mgmt.h"

static ProcessUtility_hook_type prev_process_utility = NULL;

/* Does Citus send this session's SET LOCAL commands to the workers? */
static bool
citus_propagates_set_local(void)
{
	const char *propagate = GetConfigOption("citus.propagate_set_commands", true, false);

	return propagate != NULL && strcmp(propagate, "local") == 0;
}

static void
set_as_itself(PlannedStmt *pstmt, const char *query_string, bool read_only_tree,
			  ProcessUtilityContext context, ParamListInfo params, QueryEnvironment *query_env,
			  DestReceiver *dest, QueryCompletion *qc)
{
	if (IsA(pstmt->utilityStmt, VariableSetStmt) && citus_propagates_set_local())
	{
		VariableSetStmt *set = (VariableSetStmt *) pstmt->utilityStmt;

		/* a refusal of ours, as on one server: checked, not applied */
		if (set->kind == VAR_SET_VALUE && strncmp(set->name, "license_mgmt.", strlen("license_mgmt.")) == 0)
			(void) set_config_option(set->name, ExtractSetVariableArgs(set),
									 superuser() ? PGC_SUSET : PGC_USERSET, PGC_S_SESSION,
									 set->is_local ? GUC_ACTION_LOCAL : GUC_ACTION_SET, false, 0, false);
		if (pstmt->stmt_location >= 0)
			query_string = pstmt->stmt_len > 0
				? pnstrdup(query_string + pstmt->stmt_location, pstmt->stmt_len)
				: query_string + pstmt->stmt_location;
	}
	if (prev_process_utility != NULL)
		prev_process_utility(pstmt, query_string, read_only_tree, context, params, query_env, dest, qc);
	else
		standard_ProcessUtility(pstmt, query_string, read_only_tree, context, params, query_env, dest, qc);
}

/* set_commands_init: called once, from _PG_init. */
void
set_commands_init(void)
{
	prev_process_utility = ProcessUtility_hook;
	ProcessUtility_hook = set_as_itself;
}
