/*
 * drop_extension.c
 *		DROP EXTENSION license_mgmt on a Citus cluster drops the shards too.
 *
 * Citus drops a dropped distributed table's shards from its sql_drop event
 * trigger, except for tables it takes for partitions dropped with their
 * parent: those dropped as neither the statement's object nor a normal
 * dependency.  An extension's tables are dropped that way, so without this
 * every shard would stay behind on every node, and a later CREATE
 * EXTENSION would trip over them.  This event trigger runs before DROP
 * EXTENSION does anything and, on the coordinator of a distributed
 * install, has Citus drop the shards of the extension's tables first.
 */
#include "postgres.h"

#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "nodes/parsenodes.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(drop_shards_before_drop_extension);

/* Every shard of the extension's distributed tables, dropped on every node. */
static Statement drop_every_shard = {
	"drop_every_shard",
	"SELECT pg_catalog.citus_drop_all_shards(p.logicalrelid, n.nspname, c.relname, false)"
	"  FROM pg_catalog.pg_dist_partition p"
	"  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.logicalrelid"
	"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
	"  JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
	"   AND d.objid OPERATOR(pg_catalog.=) p.logicalrelid AND d.deptype OPERATOR(pg_catalog.=) 'e'"
	"  JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid"
	" WHERE e.extname OPERATOR(pg_catalog.=) 'license_mgmt' AND pg_catalog.citus_is_coordinator()",
	0, {}};

Statement *const drop_extension_statements[] = {&drop_every_shard, NULL};

/* Does the statement drop license_mgmt? */
static bool
drops_this_extension(Node *parsetree)
{
	DropStmt   *stmt = (DropStmt *) parsetree;
	ListCell   *lc;

	if (parsetree == NULL || !IsA(parsetree, DropStmt) || stmt->removeType != OBJECT_EXTENSION)
		return false;
	foreach(lc, stmt->objects)
		if (strcmp(strVal(lfirst(lc)), "license_mgmt") == 0)
			return true;
	return false;
}

/* The event trigger on ddl_command_start of DROP EXTENSION. */
Datum
drop_shards_before_drop_extension(PG_FUNCTION_ARGS)
{
	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		elog(ERROR, "license_mgmt: drop_shards_before_drop_extension() is an event trigger");
	if (!drops_this_extension(((EventTriggerData *) fcinfo->context)->parsetree) ||
		!OidIsValid(get_extension_oid("citus", true)))
		PG_RETURN_VOID();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "license_mgmt: SPI_connect failed");
	(void) lm_run(&drop_every_shard, NULL, NULL);
	SPI_finish();
	PG_RETURN_VOID();
}
