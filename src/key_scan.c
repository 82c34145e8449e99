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
#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "catalog/namespace.h"
#include "executor/tuptable.h"
#include "parser/parse_relation.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "license_mgmt.h"

/*
 * key_scan_open opens license_mgmt.table and its primary key, to be read
 * with snapshot by (tenant_id, key_column) prefixes.  The key must be a
 * btree beginning with those two uuid columns, as the install script
 * defines it: anything else is a damaged installation, refused before a
 * wrong scan could read the wrong rows.
 */
void
key_scan_open(KeyScan *ks, const char *table, const char *key_column, Snapshot snapshot)
{
	Oid			relid = shards_table_relid(table);
	Oid			indexid;
	const char *columns[2] = {"tenant_id", key_column};

	if (!OidIsValid(relid))
		elog(ERROR, "license_mgmt: table license_mgmt.%s is missing", table);
	ks->heap = table_open(relid, AccessShareLock);
	indexid = lm_primary_key_index(ks->heap);
	if (!OidIsValid(indexid))
		elog(ERROR, "license_mgmt: table license_mgmt.%s has no primary key", table);
	ks->index = index_open(indexid, AccessShareLock);
	if (ks->index->rd_rel->relam != BTREE_AM_OID ||
		IndexRelationGetNumberOfKeyAttributes(ks->index) < 2)
		elog(ERROR, "license_mgmt: the primary key of license_mgmt.%s is not a btree of (tenant_id, %s, ...)",
			 table, key_column);
	for (int i = 0; i < 2; i++)
	{
		AttrNumber	att = ks->index->rd_index->indkey.values[i];

		if (att <= 0 || att != attnameAttNum(ks->heap, columns[i], false) ||
			TupleDescAttr(RelationGetDescr(ks->heap), att - 1)->atttypid != UUIDOID)
			elog(ERROR, "license_mgmt: the primary key of license_mgmt.%s does not begin with (tenant_id, %s) of type uuid",
				 table, key_column);
	}
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

/* Position the scan on the rows whose key begins (tenant, id): index columns 1 and 2. */
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
