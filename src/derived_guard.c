/*
 * derived_guard.c
 *		Derived state is written by license_mgmt's own code only (R10.2).
 *
 * License states, seat counters, seat reserves, directory objects and the
 * audit log are derived from intent by the extension's functions and
 * triggers, in the same transaction as the change.  No role has a write
 * privilege on them, but their owner and superusers have every privilege
 * anyway; a statement-level BEFORE trigger on each (derived_state_guard)
 * refuses their writes too, unless:
 *
 *	  - the extension's own code is writing (lm_extension_writing, spi_util.c:
 *		from lm_become_owner() until its entry point leaves, and never past
 *		the abort of the (sub)transaction it began in, so an error caught by
 *		a caller never leaves derived state open);
 *	  - a foreign key's ON DELETE CASCADE deletes the rows of a deleted user,
 *		group or tenant: PostgreSQL runs those deletes in the security context
 *		SECURITY_NOFORCE_RLS, which only its referential actions and
 *		lm_become_owner() set;
 *	  - session_replication_role is replica: the triggers are ordinary ones,
 *		which do not fire then.  That is how a dump is restored (README,
 *		"Backup and restore"): the dumped derived state is loaded as it was,
 *		and the triggers of the intent tables do not derive it a second time.
 *
 * A restore run without replica mode has the triggers of the intent tables
 * derive state as the rows come in, and then meets the dumped derived state:
 * every later table would either collide or leave half a database.  So the
 * refusal ends the session (FATAL) when the session looks like a restore:
 * row_security is off, as every script of pg_dump and every pg_restore sets
 * it.  pg_dump writes the audit log's data first (its table sorts first and
 * references nothing), so a whole-database restore stops before loading any
 * row of license_mgmt.
 *
 * The triggers are statement-level: one call per table a statement writes,
 * nothing per row, so the set-based paths pay no more than the single ones.
 *
 * The tables derived state follows from (the directory, subscriptions,
 * assignments and the catalog) refuse TRUNCATE (intent_truncate_guard):
 * it fires no row or statement trigger of DELETE, so the states and seats
 * of the rows it removes would stay.  DELETE applies what removing them
 * means, set-based.
 */
#include "postgres.h"

#include "access/xact.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(derived_state_guard);
PG_FUNCTION_INFO_V1(intent_truncate_guard);

/*
 * derived_state_guard: BEFORE INSERT, UPDATE, DELETE or TRUNCATE, for each
 * statement, on a derived table.  Lets the extension's own writes and the
 * cascades of its foreign keys through, and refuses everything else; in a
 * restore (row_security off) it ends the session, so that the restore stops
 * at its first row of derived state instead of loading the rest on top of
 * what the triggers derived meanwhile.
 */
Datum
derived_state_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, "derived_state_guard", false, true);
	TriggerEvent event = trigdata->tg_event;
	Relation	rel = trigdata->tg_relation;
	const char *verb;
	char	   *table;

	if (lm_extension_writing())
		return PointerGetDatum(NULL);
	if (TRIGGER_FIRED_BY_DELETE(event) && InNoForceRLSOperation())
		return PointerGetDatum(NULL);

	if (TRIGGER_FIRED_BY_INSERT(event))
		verb = "insert into";
	else if (TRIGGER_FIRED_BY_UPDATE(event))
		verb = "update";
	else if (TRIGGER_FIRED_BY_DELETE(event))
		verb = "delete from";
	else
		verb = "truncate";
	table = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
									   get_rel_name(shards_table_of(rel)));

	ereport(row_security ? ERROR : FATAL,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("cannot %s table %s directly", verb, table),
			 row_security ?
			 errdetail("license_mgmt's own functions and triggers maintain %s from the tables the application writes; no role writes it directly, its owner and superusers included.",
					   table) :
			 errdetail("license_mgmt's own functions and triggers maintain %s from the tables the application writes.  This session restores a dump (row_security is off) without session_replication_role = replica: license_mgmt ends it here, before the restore loads derived state on top of what the triggers derive from the rows it loads.",
					   table),
			 errhint("Restore dumps with session_replication_role = replica, as the README's section \"Backup and restore\" shows; change licenses through license_mgmt's functions."),
			 errtable(rel)));
	PG_RETURN_NULL();
}

/*
 * intent_truncate_guard: BEFORE TRUNCATE, for each statement, on a table
 * derived state follows from, refuses the TRUNCATE (a CASCADE that reaches
 * one of them too).
 */
Datum
intent_truncate_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = lm_trigger_data(fcinfo, "intent_truncate_guard", false, true);
	Relation	rel = trigdata->tg_relation;
	char	   *table = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												   get_rel_name(shards_table_of(rel)));

	if (!TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		elog(ERROR, "intent_truncate_guard: must be fired by TRUNCATE");
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("cannot truncate table %s", table),
			 errdetail("TRUNCATE fires none of the triggers that apply to license states and seats what removing its rows means."),
			 errhint("Delete the rows instead (DELETE FROM %s), which applies it; to remove everything, drop the extension.",
					 table),
			 errtable(rel)));
	PG_RETURN_NULL();
}
