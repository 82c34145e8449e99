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
 * the key per user is always the right plan (key_scan.c).
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/datum.h"
#include "utils/snapmgr.h"

#include "license_mgmt.h"

/*
 * held_states_products returns the products (uuid[]) of which any of users
 * (uuid[]) of a tenant has a state row, through any source.  Read with a
 * snapshot taken now, after the caller's locks, as a statement run here
 * would be.
 */
Datum
held_states_products(Datum tenant, Datum users)
{
	Datum	   *ids;
	int			nids = lm_uuids(users, &ids);
	int			room = 8;
	Datum	   *skus = palloc(sizeof(Datum) * room);
	int			nskus = 0;
	Snapshot	snapshot;
	KeyScan		states;
	AttrNumber	sku_att;

	/* in key order: each descent finds its path where the one before left it */
	qsort(ids, nids, sizeof(Datum), lm_uuid_cmp);
	snapshot = lm_statement_snapshot();
	key_scan_open(&states, "license_states", "user_id", snapshot);
	sku_att = key_scan_column(&states, "sku_id");
	for (int i = 0; i < nids; i++)
	{
		key_scan_start(&states, tenant, ids[i]);
		while (key_scan_next(&states))
		{
			bool		isnull;
			Datum		sku = key_scan_get(&states, sku_att, &isnull);

			if (lm_uuid_in(sku, skus, nskus))
				continue;
			if (nskus == room)
				skus = repalloc(skus, sizeof(Datum) * (room *= 2));
			skus[nskus++] = datumCopy(sku, false, UUID_LEN);
		}
		CHECK_FOR_INTERRUPTS();
	}
	key_scan_close(&states);
	UnregisterSnapshot(snapshot);
	return PointerGetDatum(construct_array(skus, nskus, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
}
