/*
 * audit.c
 *		The audit log (R11.1): append-only, one row per change of intent,
 *		and one row per product and outcome for changes of state.
 *
 * State changes are written by the statements that change states (engine.c,
 * lifecycle.c, membership.c, ripple.c), grouped so that a change touching 100,000 users is
 * a few rows with the users as an array.  This file writes the rows for
 * intent, and keeps the log append-only.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(audit_log_append_only);

/*
 * audit_intent: the audit log's row for a change of intent made by action $2
 * in tenant $1: users $3 or group $4, product $5, and the call's facts (the
 * disabled plans $6, how many members a group assignment licensed $7 and
 * failed $8), those that apply
 */
static Statement audit_intent_row = {
	"audit_intent",
	"INSERT INTO license_mgmt.audit_log (tenant_id, action, user_ids, group_id, sku_id, detail)"
	" VALUES ($1, $2, $3, $4, $5,"
	"         NULLIF(jsonb_strip_nulls(jsonb_build_object("
	"           'disabled_plans', $6, 'licensed', $7, 'failed', $8)), '{}'))",
	8, {UUIDOID, TEXTOID, UUIDARRAYOID, UUIDOID, UUIDOID, UUIDARRAYOID, INT4OID, INT4OID}};

/*
 * audit_intent records a change of intent made by the current entry point:
 * users (uuid[]) or a group, a product, and the call's facts: the disabled
 * plans, and for a group assignment how many members were licensed and
 * failed.  Pass (Datum) 0, or -1 for the counts, for what does not apply.
 */
void
audit_intent(Datum tenant, Datum users, Datum group, Datum sku, Datum disabled_plans,
			 int32 licensed, int32 failed)
{
	Datum		values[8] = {tenant, CStringGetTextDatum(lm_action()), users, group, sku,
	disabled_plans, Int32GetDatum(licensed), Int32GetDatum(failed)};
	bool		isnull[8] = {false, false, users == (Datum) 0, group == (Datum) 0, sku == (Datum) 0,
	disabled_plans == (Datum) 0, licensed < 0, failed < 0};

	lm_run(&audit_intent_row, values, isnull);
}

/*
 * audit_log_append_only: the log is never changed or emptied, not even by
 * its owner.
 */
Datum
audit_log_append_only(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "audit_log_append_only: not called by trigger manager");
	trigdata = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		elog(ERROR, "audit_log_append_only: must be fired before the event");
	ereport(ERROR,
			(errcode(ERRCODE_RESTRICT_VIOLATION),
			 errmsg("license_mgmt.audit_log is append-only"),
			 errdetail("The audit log records every change of licenses; its rows are never updated or deleted."),
			 errhint("Read it, or archive it by copying; to drop it, drop the extension."),
			 errconstraint("audit_log_append_only")));
	PG_RETURN_NULL();
}

/* The statements of this file, for statements.c. */
Statement *const audit_statements[] = {&audit_intent_row, NULL};
