/*
 * commit_errors.c
 *		On a Citus cluster, a transaction a worker refuses at commit fails as
 *		on one server.
 *
 * The coordinator commits a transaction's work on the workers before its
 * own commit.  When a worker refuses (a SERIALIZABLE transaction canceled
 * as a pivot, 40001; a deferred constraint), Citus reports the worker's
 * error as a WARNING and then fails the commit with an error of its own,
 * "could not commit transaction for shard ..." (XX000).  A client that
 * retries on 40001 would not retry, and one that reads the constraint
 * would not find it.  So while the coordinator commits, the first error a
 * worker relayed is held back from the client, with Citus's warning that
 * the commit failed there, and the failure that follows leaves with its
 * SQLSTATE, message, detail, hint and constraint, as the worker raised it;
 * a commit that succeeds after all shows it as the warning it was.  The
 * second phase of a two-phase commit (COMMIT PREPARED) runs after this
 * callback's, and its warnings are left as they are: the transaction has
 * committed there.
 */
#include "postgres.h"

#include "access/xact.h"
#include "utils/elog.h"
#include "utils/memutils.h"

#include "license_mgmt.h"

/* What Citus adds to the context of an error it relays from a worker. */
#define RELAYED_CONTEXT "while executing command on "
/* Citus's own warning after it, which the failure that follows says too. */
#define FAILED_COMMIT "failed to commit transaction on "

static emit_log_hook_type prev_emit_log_hook = NULL;

/* Is the coordinator committing?  Then the worker's error, if one came. */
static bool committing = false;
static ErrorData *held = NULL;

/* An error a worker raised, which Citus relays as a warning. */
static bool
relayed_worker_error(const ErrorData *error)
{
	int			class = ERRCODE_TO_CATEGORY(error->sqlerrcode);

	return error->elevel == WARNING && error->context != NULL &&
		strstr(error->context, RELAYED_CONTEXT) != NULL &&
		class != ERRCODE_SUCCESSFUL_COMPLETION && class != ERRCODE_WARNING && class != ERRCODE_NO_DATA;
}

/* The worker's context, without the line Citus added to it (the last). */
static char *
worker_context(const char *context)
{
	const char *added = context ? strstr(context, RELAYED_CONTEXT) : NULL;
	size_t		len = added ? added - context : (context ? strlen(context) : 0);

	while (len > 0 && context[len - 1] == '\n')
		len--;
	return len > 0 ? pnstrdup(context, len) : NULL;
}

static void
take_worker_error(ErrorData *error)
{
	error->sqlerrcode = held->sqlerrcode;
	error->message = held->message ? pstrdup(held->message) : NULL;
	error->detail = held->detail ? pstrdup(held->detail) : NULL;
	error->hint = held->hint ? pstrdup(held->hint) : NULL;
	error->context = worker_context(held->context);
	error->constraint_name = held->constraint_name ? pstrdup(held->constraint_name) : NULL;
	error->table_name = held->table_name ? pstrdup(held->table_name) : NULL;
	error->schema_name = held->schema_name ? pstrdup(held->schema_name) : NULL;
}

static void
report_commit_failure(ErrorData *error)
{
	if (committing && held == NULL && relayed_worker_error(error))
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		held = CopyErrorData();
		MemoryContextSwitchTo(old);
		error->output_to_client = false;
	}
	else if (committing && held != NULL && error->elevel == WARNING && error->message != NULL &&
			 strncmp(error->message, FAILED_COMMIT, strlen(FAILED_COMMIT)) == 0)
		error->output_to_client = false;
	else if (committing && held != NULL && error->elevel >= ERROR &&
			 error->sqlerrcode == ERRCODE_INTERNAL_ERROR)
		take_worker_error(error);
	if (prev_emit_log_hook != NULL)
		prev_emit_log_hook(error);
}

/*
 * Before Citus's own callback (ours was registered after it, and runs
 * first): the commit begins.  At its end, a worker's error held back from
 * a commit that succeeded after all is shown as the warning it was.
 */
static void
follow_commit(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			committing = true;
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PREPARE:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			committing = false;
			if (held != NULL)
			{
				ErrorData  *error = held;

				held = NULL;
				if (event != XACT_EVENT_ABORT && event != XACT_EVENT_PARALLEL_ABORT)
					ereport(WARNING,
							(errcode(error->sqlerrcode), errmsg_internal("%s", error->message),
							 error->detail ? errdetail_internal("%s", error->detail) : 0,
							 error->hint ? errhint("%s", error->hint) : 0));
				FreeErrorData(error);
			}
			break;
	}
}

/* commit_errors_init: called once, from _PG_init, on a Citus node. */
void
commit_errors_init(void)
{
	prev_emit_log_hook = emit_log_hook;
	emit_log_hook = report_commit_failure;
	RegisterXactCallback(follow_commit, NULL);
}
