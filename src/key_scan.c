/*
 * key_scan.c
 *		Reading one of our tables through its primary key directly: one
 *		descent per (tenant_id, next key column) prefix.
 *
 * For the lookups whose right plan is always a descent per id, whatever
 * the statistics say: the walk through memberships (reach.c) and the probe
 * of the reached users' states (held_states.c).  Written as statements,
 * both were planned from statistics, and went wrong with those of a table
 * analyzed while empty.
 */
#include "postgres.h"

#include "access/relscan.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/namespace.h"
#include "executor/tuptable.h"
#include "parser/parse_relation.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "license_mgmt.h"

/* Open license_mgmt.table and its primary key, to be read with snapshot. */
void
key_scan_open(KeyScan *ks, const char *table, Snapshot snapshot)
{
	Oid			relid = get_relname_relid(table, get_namespace_oid("license_mgmt", false));

	ks->heap = table_open(relid, AccessShareLock);
	ks->index = index_open(lm_primary_key_index(ks->heap), AccessShareLock);
	ks->scan = lm_index_beginscan(ks->heap, ks->index, snapshot, 2);
	ks->slot = table_slot_create(ks->heap, NULL);
}

/* The number of a column, found by name: the table's layout is not ours to assume. */
AttrNumber
key_scan_column(KeyScan *ks, const char *name)
{
	AttrNumber	att = attnameAttNum(ks->heap, name, false);

	if (att == InvalidAttrNumber)
		elog(ERROR, "license_mgmt: %s has no column %s", RelationGetRelationName(ks->heap), name);
	return att;
}

/* Position the scan on the rows whose key begins (tenant, id). */
void
key_scan_start(KeyScan *ks, Datum tenant, Datum id)
{
	ScanKeyData keys[2];

	ScanKeyInit(&keys[0], 1, BTEqualStrategyNumber, F_UUID_EQ, tenant);
	ScanKeyInit(&keys[1], 2, BTEqualStrategyNumber, F_UUID_EQ, id);
	index_rescan(ks->scan, keys, 2, NULL, 0);
}

/* The next of those rows into ks->slot; false when there is none. */
bool
key_scan_next(KeyScan *ks)
{
	return index_getnext_slot(ks->scan, ForwardScanDirection, ks->slot);
}

Datum
key_scan_get(KeyScan *ks, AttrNumber att, bool *isnull)
{
	return slot_getattr(ks->slot, att, isnull);
}

void
key_scan_close(KeyScan *ks)
{
	index_endscan(ks->scan);
	ExecDropSingleTupleTableSlot(ks->slot);
	index_close(ks->index, AccessShareLock);
	table_close(ks->heap, AccessShareLock);
}
