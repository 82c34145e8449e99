/*
 * alerts.c
 *		Alerts per event, not per user (R11.2).
 *
 * A statement that moves users into an error state announces it with one
 * NOTIFY per tenant, product, source group, state and error: the count of
 * users and the first ALERT_USERS of them by id, so that a payload stays far
 * below PostgreSQL's 8,000 bytes however many users moved.  The engine's
 * judgements hand their alerts here (license_mgmt_internal.alert_pending,
 * called by the statement that wrote the states) instead of notifying
 * themselves: one statement of the application can run several judgements
 * of a product (a user's sources are judged pass after pass, the waiting
 * room round after round), and their alerts of one key are one event.  The
 * outermost entry point sends what was collected when it leaves
 * (alerts_send, from lm_leave), on the shared channel license_mgmt and on
 * the tenant's (license_mgmt.alert_channel); NOTIFY itself delivers them at
 * commit and drops them on rollback.  What an entry point that failed had
 * collected is forgotten (alerts_forget).
 *
 * On a Citus cluster the work is done on a worker, but the listeners are on
 * the coordinator, and Citus may commit the worker's part with two-phase
 * commit, which PostgreSQL refuses after a NOTIFY.  So a worker sends each
 * alert to the coordinator as a warning, which Citus relays while the
 * statement runs, and the coordinator notifies in its own transaction
 * (alerts_take_relayed, from remote_errors.c's log hook): delivered at its
 * commit, dropped with its rollback, as on one server.
 */
#include "postgres.h"

#include "access/xact.h"
#include "commands/async.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/pg_list.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/memutils.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(alert_pending);

/* how a worker's warning that carries an alert begins: the tenant's channel and the payload follow */
#define RELAYED_ALERT "license_mgmt alert on "

/* the users an alert names, at most */
#define ALERT_USERS 100

typedef struct Alert
{
	pg_uuid_t	tenant;
	pg_uuid_t	sku;
	bool		has_group;
	pg_uuid_t	group;
	char	   *state;
	char	   *error;
	int64		count;
	int			nusers;
	pg_uuid_t	users[ALERT_USERS];
} Alert;

static MemoryContext alert_context = NULL;
static List *pending = NIL;

static int
uuid_order(const void *a, const void *b)
{
	return memcmp(a, b, UUID_LEN);
}

static bool
same_text(const char *a, const char *b)
{
	return (a == NULL || b == NULL) ? a == b : strcmp(a, b) == 0;
}

static char *
text_or_null(FunctionCallInfo fcinfo, int arg)
{
	return PG_ARGISNULL(arg) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(arg));
}

/*
 * alert_pending(tenant, sku, group, state, error, count, user_ids): one
 * judgement's alert, merged with those of the same key the statement
 * collected before (counts added, the first ALERT_USERS users kept).
 */
Datum
alert_pending(PG_FUNCTION_ARGS)
{
	pg_uuid_t  *tenant = PG_GETARG_UUID_P(0);
	pg_uuid_t  *sku = PG_GETARG_UUID_P(1);
	bool		has_group = !PG_ARGISNULL(2);
	char	   *state = text_or_null(fcinfo, 3);
	char	   *error = text_or_null(fcinfo, 4);
	int64		count = PG_GETARG_INT64(5);
	ArrayType  *users = PG_GETARG_ARRAYTYPE_P(6);
	Datum	   *ids;
	int			nids;
	Alert	   *alert = NULL;
	MemoryContext old;
	ListCell   *lc;

	deconstruct_array(users, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR, &ids, NULL, &nids);
	if (alert_context == NULL)
		alert_context = AllocSetContextCreate(TopMemoryContext, "license_mgmt alerts",
											  ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(alert_context);
	foreach(lc, pending)
	{
		Alert	   *a = lfirst(lc);

		if (memcmp(&a->tenant, tenant, UUID_LEN) == 0 && memcmp(&a->sku, sku, UUID_LEN) == 0 &&
			a->has_group == has_group &&
			(!has_group || memcmp(&a->group, PG_GETARG_UUID_P(2), UUID_LEN) == 0) &&
			same_text(a->state, state) && same_text(a->error, error))
		{
			alert = a;
			break;
		}
	}
	if (alert == NULL)
	{
		alert = palloc0(sizeof(Alert));
		alert->tenant = *tenant;
		alert->sku = *sku;
		alert->has_group = has_group;
		if (has_group)
			alert->group = *PG_GETARG_UUID_P(2);
		alert->state = state ? pstrdup(state) : NULL;
		alert->error = error ? pstrdup(error) : NULL;
		pending = lappend(pending, alert);
	}
	MemoryContextSwitchTo(old);

	alert->count += count;
	{
		/* the first ALERT_USERS of both, by id */
		pg_uuid_t	merged[2 * ALERT_USERS];
		int			n = alert->nusers;

		memcpy(merged, alert->users, n * sizeof(pg_uuid_t));
		for (int i = 0; i < nids && i < ALERT_USERS; i++)
			merged[n++] = *DatumGetUUIDP(ids[i]);
		qsort(merged, n, sizeof(pg_uuid_t), uuid_order);
		alert->nusers = Min(n, ALERT_USERS);
		memcpy(alert->users, merged, alert->nusers * sizeof(pg_uuid_t));
	}
	PG_RETURN_VOID();
}

static void
append_uuid(StringInfo buf, pg_uuid_t *id)
{
	escape_json(buf, DatumGetCString(DirectFunctionCall1(uuid_out, UUIDPGetDatum(id))));
}

static void
append_text(StringInfo buf, const char *value)
{
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

/* The payload, shaped as json_build_object shapes it. */
static char *
alert_payload(Alert *alert)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"tenant_id\" : ");
	append_uuid(&buf, &alert->tenant);
	appendStringInfoString(&buf, ", \"sku_id\" : ");
	append_uuid(&buf, &alert->sku);
	appendStringInfoString(&buf, ", \"group_id\" : ");
	if (alert->has_group)
		append_uuid(&buf, &alert->group);
	else
		appendStringInfoString(&buf, "null");
	appendStringInfoString(&buf, ", \"state\" : ");
	append_text(&buf, alert->state);
	appendStringInfoString(&buf, ", \"error\" : ");
	append_text(&buf, alert->error);
	appendStringInfo(&buf, ", \"count\" : " INT64_FORMAT ", \"user_ids\" : [", alert->count);
	for (int i = 0; i < alert->nusers; i++)
	{
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		append_uuid(&buf, &alert->users[i]);
	}
	appendStringInfoString(&buf, "]}");
	return buf.data;
}

/* The tenant's channel: license_mgmt_ and its uuid without hyphens (license_mgmt.alert_channel). */
static char *
tenant_channel(pg_uuid_t *tenant)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "license_mgmt_");
	for (int i = 0; i < UUID_LEN; i++)
		appendStringInfo(&buf, "%02x", tenant->data[i]);
	return buf.data;
}

/*
 * alerts_send notifies what the statement collected, in the order first
 * collected; called by the outermost entry point as it leaves.
 */
void
alerts_send(void)
{
	List	   *alerts = pending;
	ListCell   *lc;

	if (alerts == NIL)
		return;
	pending = NIL;

	foreach(lc, alerts)
	{
		Alert	   *alert = lfirst(lc);
		char	   *payload = alert_payload(alert);

		if (shards_working_for_coordinator())
			ereport(WARNING,
					(errmsg(RELAYED_ALERT "%s: %s", tenant_channel(&alert->tenant), payload)));
		else
		{
			Async_Notify("license_mgmt", payload);
			Async_Notify(tenant_channel(&alert->tenant), payload);
		}
	}
	alerts_forget();
}

/* Is this warning an alert a worker relays?  Then it is for the coordinator only. */
bool
alerts_relayed(const ErrorData *warning)
{
	return warning->elevel == WARNING && warning->message != NULL &&
		strncmp(warning->message, RELAYED_ALERT, strlen(RELAYED_ALERT)) == 0;
}

/*
 * alerts_take_relayed: on the coordinator, notify the alert a worker
 * relayed as warning (see above), in the transaction the warning arrived in.
 */
void
alerts_take_relayed(const ErrorData *warning)
{
	const char *channel = warning->message + strlen(RELAYED_ALERT);
	const char *colon = strstr(channel, ": ");
	char	   *tenant_channel_name;

	/* checked here (8000: PostgreSQL's payload limit), since an error inside the log hook would recurse */
	if (colon == NULL || colon == channel || colon - channel >= NAMEDATALEN ||
		strlen(colon + 2) >= 8000 || !IsTransactionState())
		return;
	tenant_channel_name = pnstrdup(channel, colon - channel);
	Async_Notify("license_mgmt", colon + 2);
	Async_Notify(tenant_channel_name, colon + 2);
}

/* alerts_forget drops what a failed statement collected. */
void
alerts_forget(void)
{
	pending = NIL;
	if (alert_context != NULL)
		MemoryContextReset(alert_context);
}
