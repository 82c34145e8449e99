/*
 * remote_errors.c
 *		On a Citus cluster, a refusal raised on a worker reads as on one server.
 *
 * Citus hands a worker's error to the coordinator's client as its SQLSTATE,
 * message, detail, hint and context only, and when it writes rows with COPY
 * (an INSERT ... SELECT) as its message and detail only: the constraint
 * name, which names the rule a refusal enforces, and the schema and table
 * would be lost on the way, and with COPY the SQLSTATE and hint too.  A node working for the
 * coordinator therefore adds them to the error's context (with COPY, to its
 * detail), a line each; the coordinator takes them back from there as the
 * error leaves the executor (so that an exception handler reads them too),
 * and again as it is reported, for the client.
 *
 * On the worker the error also names the shard (users_102119) and the
 * shard's constraints (users_tenant_id_fkey_102119), which the client
 * knows by the table's names: the shard ids are dropped from them there.
 * The same hook lets the coordinator notify the alerts a worker relays as
 * warnings (alerts.c).
 */
#include "postgres.h"

#include <ctype.h>

#include "executor/executor.h"
#include "lib/stringinfo.h"
#include "tcop/tcopprot.h"
#include "utils/elog.h"

#include "license_mgmt.h"

/* The lines that carry what Citus drops, each a prefix and the value. */
#define SQLSTATE_LINE "license_mgmt sqlstate: "
#define CONSTRAINT_LINE "license_mgmt constraint: "
#define HINT_LINE "license_mgmt hint: "
#define SCHEMA_LINE "license_mgmt schema: "
#define TABLE_LINE "license_mgmt table: "

static emit_log_hook_type prev_emit_log_hook = NULL;
static ExecutorRun_hook_type prev_executor_run = NULL;

static bool
carries(const char *text)
{
	return text != NULL &&
		(strstr(text, SQLSTATE_LINE) != NULL || strstr(text, CONSTRAINT_LINE) != NULL ||
		 strstr(text, HINT_LINE) != NULL || strstr(text, SCHEMA_LINE) != NULL ||
		 strstr(text, TABLE_LINE) != NULL);
}

static bool
starts(const char *line, const char *prefix)
{
	return strncmp(line, prefix, strlen(prefix)) == 0;
}

/*
 * Is line the carried field prefix?  Then its value goes to *field, unless
 * the error has one already.
 */
static bool
take_field(const char *line, const char *prefix, char **field)
{
	if (!starts(line, prefix))
		return false;
	if (*field == NULL)
		*field = pstrdup(line + strlen(prefix));
	return true;
}

/* text without its carried lines, whose values are given back to error */
static char *
take_lines(ErrorData *error, const char *text)
{
	StringInfoData kept;
	char	   *line;
	char	   *next;

	initStringInfo(&kept);
	for (line = pstrdup(text); line != NULL; line = next)
	{
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (starts(line, SQLSTATE_LINE))
		{
			const char *code = line + strlen(SQLSTATE_LINE);

			if (strlen(code) == 5)
				error->sqlerrcode = MAKE_SQLSTATE(code[0], code[1], code[2], code[3], code[4]);
		}
		else if (!take_field(line, CONSTRAINT_LINE, &error->constraint_name) &&
				 !take_field(line, HINT_LINE, &error->hint) &&
				 !take_field(line, SCHEMA_LINE, &error->schema_name) &&
				 !take_field(line, TABLE_LINE, &error->table_name))
			appendStringInfo(&kept, "%s%s", kept.len > 0 ? "\n" : "", line);
	}
	return kept.len > 0 ? kept.data : NULL;
}

/*
 * remote_errors_take_carried: give the error back what a worker carried in
 * its context or detail, and remove those lines.
 */
void
remote_errors_take_carried(ErrorData *error)
{
	if (carries(error->context))
		error->context = take_lines(error, error->context);
	if (carries(error->detail))
		error->detail = take_lines(error, error->detail);
}

/* The shard id that ends name (users_102119 gives "_102119"), or NULL. */
static const char *
shard_suffix(const char *name)
{
	const char *underscore = name ? strrchr(name, '_') : NULL;

	if (underscore == NULL || underscore[1] == '\0' ||
		strspn(underscore + 1, "0123456789") != strlen(underscore + 1))
		return NULL;
	return underscore;
}

/*
 * text without the shard ids of the names it quotes: those that end with
 * suffix (the shard of the error's table and its constraints), and any after
 * table or relation (a shard of another table, as a foreign key's detail
 * names it).  Values are not quoted in PostgreSQL's messages, so they stay.
 */
static char *
without_shard_ids(const char *text, const char *suffix)
{
	StringInfoData out;
	const char *p = text;
	const char *quote;

	if (text == NULL)
		return NULL;
	initStringInfo(&out);
	while ((quote = strchr(p, '"')) != NULL)
	{
		const char *close = strchr(quote + 1, '"');
		const char *name_end;
		const char *digits;
		bool		of_table;

		if (close == NULL)
			break;
		name_end = close;
		for (digits = close; digits > quote + 1 && isdigit((unsigned char) digits[-1]); digits--)
			;
		of_table = (quote - text >= 6 && strncmp(quote - 6, "table ", 6) == 0) ||
			(quote - text >= 9 && strncmp(quote - 9, "relation ", 9) == 0);
		if (digits < close && digits[-1] == '_' && digits - 1 > quote + 1)
		{
			size_t		id_len = close - (digits - 1);
			bool		of_error_shard = strlen(suffix) == id_len && strncmp(digits - 1, suffix, id_len) == 0;

			if (of_table || of_error_shard)
				name_end = digits - 1;
		}
		appendBinaryStringInfo(&out, p, name_end - p);
		appendStringInfoChar(&out, '"');
		p = close + 1;
	}
	appendStringInfoString(&out, p);
	return out.data;
}

/* On a worker: the error as the coordinator's client must read it. */
static void
name_tables_not_shards(ErrorData *error)
{
	const char *suffix = shard_suffix(error->table_name);
	size_t		len;

	if (suffix == NULL)
		return;
	error->message = without_shard_ids(error->message, suffix);
	error->detail = without_shard_ids(error->detail, suffix);
	len = error->constraint_name ? strlen(error->constraint_name) : 0;
	if (len > strlen(suffix) && strcmp(error->constraint_name + len - strlen(suffix), suffix) == 0)
		error->constraint_name = pnstrdup(error->constraint_name, len - strlen(suffix));
	error->table_name = pnstrdup(error->table_name, suffix - error->table_name);
}

/* text, and line after it: prefix and value */
static char *
with_line(const char *text, const char *prefix, const char *value)
{
	return psprintf("%s%s%s%s", text ? text : "", text ? "\n" : "", prefix, value);
}

/*
 * On a worker: what Citus would drop, on lines of their own.  Rows Citus
 * writes with COPY lose the context, so then they go in the detail.
 */
static void
carry(ErrorData *error)
{
	bool		copy = debug_query_string != NULL && pg_strncasecmp(debug_query_string, "COPY ", 5) == 0;
	char	  **field = copy ? &error->detail : &error->context;

	if (carries(*field))
		return;
	if (copy)
	{
		*field = with_line(*field, SQLSTATE_LINE, unpack_sql_state(error->sqlerrcode));
		if (error->hint != NULL && strchr(error->hint, '\n') == NULL)
			*field = with_line(*field, HINT_LINE, error->hint);
	}
	if (error->constraint_name != NULL)
		*field = with_line(*field, CONSTRAINT_LINE, error->constraint_name);
	if (error->schema_name != NULL && error->table_name != NULL)
	{
		*field = with_line(*field, SCHEMA_LINE, error->schema_name);
		*field = with_line(*field, TABLE_LINE, error->table_name);
	}
}

/*
 * Every error reported: on a worker, carry what Citus drops; else take it
 * back.  An alert a worker relays as a warning (alerts.c) is for the
 * coordinator only: neither server logs it, and the coordinator notifies
 * it instead of showing it.
 */
static void
report_as_here(ErrorData *error)
{
	if (alerts_relayed(error))
	{
		error->output_to_server = false;
		if (!shards_working_for_coordinator())
		{
			error->output_to_client = false;
			alerts_take_relayed(error);
		}
	}
	else if (error->elevel >= ERROR)
	{
		if (!shards_working_for_coordinator())
			remote_errors_take_carried(error);
		else
		{
			name_tables_not_shards(error);
			carry(error);
		}
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

/* Run a query; an error a worker raised leaves as it was raised there. */
static void
run_as_here(QueryDesc *query, ScanDirection direction, uint64 count EXECUTE_ONCE_PARAMETER)
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

		if (!carries(error->context) && !carries(error->detail))
		{
			MemoryContextSwitchTo(error_context);
			FreeErrorData(error);
			PG_RE_THROW();
		}
		FlushErrorState();
		remote_errors_take_carried(error);
		ReThrowError(error);
	}
	PG_END_TRY();
}

/* remote_errors_init: called once, from _PG_init. */
void
remote_errors_init(void)
{
	prev_emit_log_hook = emit_log_hook;
	emit_log_hook = report_as_here;
	prev_executor_run = ExecutorRun_hook;
	ExecutorRun_hook = run_as_here;
}
