/*
 * held_states.c
 *		Which products a set of users already has a state row of, read
 *		through license_states' primary key directly.
 *
 * New memberships ask this of every user they reach (membership.c): a
 * product none of them has is judged without looking for existing rows.
 * As a statement, the lookup was planned from statistics: for a large array
 * (a session's first five runs) it hashed every state of the tenant, and
 * with the statistics of a table analyzed while empty it read every state
 * of the tenant once per user (a minute for 20,000 users).  One descent of
 * the key per user is always the right plan, so it is written here.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/relscan.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "license_mgmt.h"

/* license_states (tenant_id, user_id, sku_id, ...), keyed in that order */
#define STATES_SKU_ATTNUM 3

static int
uuid_datum_cmp(const void *a, const void *b)
{
	return memcmp(DatumGetPointer(*(const Datum *) a), DatumGetPointer(*(const Datum *) b), UUID_LEN);
}

/*
 * held_states_products returns the products (uuid[]) of which any of users
 * (uuid[]) of a tenant has a state row, through any source.  Read with a
 * snapshot taken now, after the caller's locks, as a statement run here
 * would be.
 */
Datum
held_states_products(Datum tenant, Datum users)
{
	Oid			relid = get_relname_relid("license_states", get_namespace_oid("license_mgmt", false));
	Relation	heap = table_open(relid, AccessShareLock);
	Relation	index = index_open(RelationGetPrimaryKeyIndex(heap), AccessShareLock);
	TupleTableSlot *slot = table_slot_create(heap, NULL);
	Datum	   *ids;
	int			nids = lm_uuids(users, &ids);
	int			room = 8;
	Datum	   *skus = palloc(sizeof(Datum) * room);
	int			nskus = 0;
	Snapshot	snapshot;
	IndexScanDesc scan;

	if (strcmp(NameStr(TupleDescAttr(RelationGetDescr(heap), STATES_SKU_ATTNUM - 1)->attname), "sku_id") != 0)
		elog(ERROR, "license_mgmt: license_states.sku_id is not column %d", STATES_SKU_ATTNUM);

	/* in key order: each descent finds its path where the one before left it */
	qsort(ids, nids, sizeof(Datum), uuid_datum_cmp);
	CommandCounterIncrement();
	snapshot = RegisterSnapshot(GetTransactionSnapshot());
	scan = index_beginscan(heap, index, snapshot, 2, 0);
	for (int i = 0; i < nids; i++)
	{
		ScanKeyData keys[2];

		ScanKeyInit(&keys[0], 1, BTEqualStrategyNumber, F_UUID_EQ, tenant);
		ScanKeyInit(&keys[1], 2, BTEqualStrategyNumber, F_UUID_EQ, ids[i]);
		index_rescan(scan, keys, 2, NULL, 0);
		while (index_getnext_slot(scan, ForwardScanDirection, slot))
		{
			bool		isnull;
			Datum		sku = slot_getattr(slot, STATES_SKU_ATTNUM, &isnull);

			if (lm_uuid_in(sku, skus, nskus))
				continue;
			if (nskus == room)
				skus = repalloc(skus, sizeof(Datum) * (room *= 2));
			skus[nskus++] = datumCopy(sku, false, UUID_LEN);
		}
		CHECK_FOR_INTERRUPTS();
	}
	index_endscan(scan);
	UnregisterSnapshot(snapshot);
	ExecDropSingleTupleTableSlot(slot);
	index_close(index, AccessShareLock);
	table_close(heap, AccessShareLock);
	return PointerGetDatum(construct_array(skus, nskus, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
}
