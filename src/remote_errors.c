/*
 * remote_errors.c
 *		On a Citus cluster, a refusal raised on a worker keeps its constraint name.
 *
 * Citus hands a worker's error to the coordinator's client as its message,
 * detail, hint and context only: the constraint name, which names the rule
 * a refusal enforces, would be lost on the way.  A node working for the
 * coordinator therefore adds it to the error's context, on a line of its
 * own; the coordinator takes it back from there as the error leaves the
 * executor (so that an exception handler reads it too), and again as it is
 * reported, for the client.
 */
#include "postgres.h"

#include "executor/executor.h"
#include "lib/stringinfo.h"
#include "utils/elog.h"

#include "license_mgmt.h"

/* The line that carries a constraint name in an error's context. */
#define CONSTRAINT_LINE "license_mgmt constraint: "

static emit_log_hook_type prev_emit_log_hook = NULL;
static ExecutorRun_hook_type prev_executor_run = NULL;

/*
 * remote_errors_take_constraint: remove the constraint name's line from
 * the error's context, and make it the error's constraint name.
 */
void
remote_errors_take_constraint(ErrorData *error)
{
	StringInfoData kept;
	char	   *line;
	char	   *next;

	if (error->context == NULL || strstr(error->context, CONSTRAINT_LINE) == NULL)
		return;
	initStringInfo(&kept);
	for (line = pstrdup(error->context); line != NULL; line = next)
	{
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (strncmp(line, CONSTRAINT_LINE, strlen(CONSTRAINT_LINE)) != 0)
			appendStringInfo(&kept, "%s%s", kept.len > 0 ? "\n" : "", line);
		else if (error->constraint_name == NULL)
			error->constraint_name = pstrdup(line + strlen(CONSTRAINT_LINE));
	}
	error->context = kept.len > 0 ? kept.data : NULL;
}

/* Every error reported: put the constraint name on its way, or take it back. */
static void
carry_constraint_name(ErrorData *error)
{
	if (error->elevel >= ERROR)
	{
		if (!shards_working_for_coordinator())
			remote_errors_take_constraint(error);
		else if (error->constraint_name != NULL &&
				 (error->context == NULL || strstr(error->context, CONSTRAINT_LINE) == NULL))
			error->context = psprintf("%s%s" CONSTRAINT_LINE "%s", error->context ? error->context : "",
									  error->context ? "\n" : "", error->constraint_name);
	}
	if (prev_emit_log_hook != NULL)
		prev_emit_log_hook(error);
}

/* PostgreSQL 18 dropped ExecutorRun's execute_once. */
#if PG_VERSION_NUM >= 180000
#define EXECUTE_ONCE_PARAMETER
#define EXECUTE_ONCE_ARGUMENT
#else
#define EXECUTE_ONCE_PARAMETER , bool execute_once
#define EXECUTE_ONCE_ARGUMENT , execute_once
#endif

/* Run a query; an error a worker raised leaves with its constraint name. */
static void
run_taking_constraint(QueryDesc *query, ScanDirection direction, uint64 count EXECUTE_ONCE_PARAMETER)
{
	MemoryContext context = CurrentMemoryContext;

	PG_TRY();
	{
		if (prev_executor_run != NULL)
			prev_executor_run(query, direction, count EXECUTE_ONCE_ARGUMENT);
		else
			standard_ExecutorRun(query, direction, count EXECUTE_ONCE_ARGUMENT);
	}
	PG_CATCH();
	{
		MemoryContext error_context = MemoryContextSwitchTo(context);
		ErrorData  *error = CopyErrorData();

		if (error->context == NULL || strstr(error->context, CONSTRAINT_LINE) == NULL)
		{
			MemoryContextSwitchTo(error_context);
			FreeErrorData(error);
			PG_RE_THROW();
		}
		FlushErrorState();
		remote_errors_take_constraint(error);
		ReThrowError(error);
	}
	PG_END_TRY();
}

/* remote_errors_init: called once, from _PG_init. */
void
remote_errors_init(void)
{
	prev_emit_log_hook = emit_log_hook;
	emit_log_hook = carry_constraint_name;
	prev_executor_run = ExecutorRun_hook;
	ExecutorRun_hook = run_taking_constraint;
}
