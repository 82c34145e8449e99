/*
 * reach.c
 *		Who new memberships bring to which licensed groups (R4.6, R4.11),
 *		walked through the primary keys of group_members and users.
 *
 * A new membership (group, member, added_at) brings the member, when it is
 * a user, to the group; when the tenant nests groups, it also brings every
 * user under the member, and brings them to every group above the group
 * too.  Only licensed groups matter: the caller names them.
 *
 * The walk down reads one range of group_members' key per group it reaches
 * and looks each member up in users' key, which tells users from groups (a
 * member that is no user is a group) and reads what the judgement needs of
 * the user's row.  Written as a recursive statement, the same walk cost
 * 50 ms for a 10,000-user subtree, most of it the executor's work per row
 * (N2); here it is the index descents alone.
 *
 * A user's member_since through one path is the latest added_at along it
 * (the user was in the group once the whole path existed); through several
 * paths, the earliest of those.  Each group is read again only when a path
 * reaching it earlier is found, which in a tree never happens.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "license_mgmt.h"

/*
 * licensed_group_ancestors: of the groups at or above groups $2 of tenant
 * $1 (the tenant nests), those among licensed groups $3, per group
 */
static Statement licensed_group_ancestors = {
	"licensed_group_ancestors",
	"SELECT a.group_id, array_agg(a.ancestor_id)"
	"  FROM license_mgmt_internal.group_ancestors($1, $2) a"
	" WHERE a.ancestor_id = ANY ($3)"
	" GROUP BY a.group_id",
	3, {UUIDOID, UUIDARRAYOID, UUIDARRAYOID}};

/* A member as the walk learned it: a user with its row's fields, or a group. */
typedef struct Member
{
	pg_uuid_t	id;				/* hash key */
	bool		is_user;
	bool		deleted;		/* deleted_at is not null */
	TimestampTz deleted_at;
	Datum		usage_location; /* text, or 0 for none */
} Member;

/* Since when a walk reaches a group or a user. */
typedef struct Reached
{
	pg_uuid_t	id;				/* hash key */
	TimestampTz since;
	Member	   *member;
	bool		queued;			/* a group waiting to be read */
} Reached;

/* A (licensed group, user) pair of the result. */
typedef struct PairKey
{
	pg_uuid_t	group;
	pg_uuid_t	user;
} PairKey;

typedef struct Pair
{
	PairKey		key;
	TimestampTz since;
	Member	   *member;
} Pair;

/* The licensed groups at or above a group (the group is the key). */
typedef struct Ancestry
{
	pg_uuid_t	id;
	int			n;
	Datum	   *ancestors;
} Ancestry;

typedef struct Walker
{
	Datum		tenant;
	KeyScan		members_scan;	/* group_members by (tenant_id, group_id) */
	AttrNumber	member_id_att;
	AttrNumber	added_at_att;
	KeyScan		users_scan;		/* users by (tenant_id, user_id) */
	AttrNumber	deleted_at_att;
	AttrNumber	usage_location_att;
	HTAB	   *members;		/* Member, every id looked up */
} Walker;

static HTAB *
new_hash(const char *name, Size keysize, Size entrysize, long size)
{
	HASHCTL		ctl = {.keysize = keysize, .entrysize = entrysize, .hcxt = CurrentMemoryContext};

	return hash_create(name, size, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* What is member id: a user (with its row) or, not being one, a group. */
static Member *
lookup_member(Walker *w, Datum id)
{
	bool		found;
	Member	   *m = hash_search(w->members, DatumGetPointer(id), HASH_ENTER, &found);

	if (found)
		return m;
	key_scan_start(&w->users_scan, w->tenant, id);
	m->is_user = key_scan_next(&w->users_scan);
	m->deleted = false;
	m->usage_location = (Datum) 0;
	if (m->is_user)
	{
		bool		isnull;
		Datum		value = key_scan_get(&w->users_scan, w->deleted_at_att, &isnull);

		m->deleted = !isnull;
		m->deleted_at = isnull ? 0 : DatumGetTimestampTz(value);
		value = key_scan_get(&w->users_scan, w->usage_location_att, &isnull);
		if (!isnull)
			m->usage_location = PointerGetDatum(PG_DETOAST_DATUM_COPY(value));
	}
	return m;
}

/* The user at since: keep the earliest. */
static void
reach_user(HTAB *users, Member *m, TimestampTz since)
{
	bool		found;
	Reached    *r = hash_search(users, &m->id, HASH_ENTER, &found);

	if (!found || since < r->since)
	{
		r->since = since;
		r->member = m;
	}
}

/* A membership read on the way down: the member, and since when the path to it exists. */
typedef struct Edge
{
	pg_uuid_t	member;
	TimestampTz through;
} Edge;

static int
edge_cmp(const void *a, const void *b)
{
	return memcmp(&((const Edge *) a)->member, &((const Edge *) b)->member, sizeof(pg_uuid_t));
}

/*
 * The users under group top, since when (the latest added_at along the
 * path, the earliest path): a Reached hash.  The groups queued so far are
 * read as one batch, and their members looked up in key order: neighbours
 * in users' key share the pages of their descents (a level of a
 * 10,000-user subtree is 10,000 lookups, at random over the tenant's users
 * when taken group by group).
 */
static HTAB *
walk_down(Walker *w, Datum top)
{
	HTAB	   *users = new_hash("license_mgmt reached users", sizeof(pg_uuid_t), sizeof(Reached), 1024);
	HTAB	   *groups = new_hash("license_mgmt reached groups", sizeof(pg_uuid_t), sizeof(Reached), 64);
	List	   *queue = NIL;	/* read from the front; never shortened */
	int			room = 1024;
	Edge	   *edges = palloc(sizeof(Edge) * room);
	Reached    *r = hash_search(groups, DatumGetPointer(top), HASH_ENTER, NULL);

	r->since = DT_NOBEGIN;
	r->queued = true;
	queue = lappend(queue, r);
	for (int next = 0; next < list_length(queue);)
	{
		int			nedges = 0;

		/* the members of every group queued so far */
		for (int end = list_length(queue); next < end; next++)
		{
			Reached    *group = list_nth(queue, next);

			group->queued = false;
			key_scan_start(&w->members_scan, w->tenant, UUIDPGetDatum(&group->id));
			while (key_scan_next(&w->members_scan))
			{
				bool		isnull;
				Datum		id = key_scan_get(&w->members_scan, w->member_id_att, &isnull);
				TimestampTz added = DatumGetTimestampTz(key_scan_get(&w->members_scan, w->added_at_att, &isnull));

				if (nedges == room)
					edges = repalloc(edges, sizeof(Edge) * (room *= 2));
				memcpy(&edges[nedges].member, DatumGetPointer(id), sizeof(pg_uuid_t));
				edges[nedges++].through = Max(group->since, added);
			}
			CHECK_FOR_INTERRUPTS();
		}

		qsort(edges, nedges, sizeof(Edge), edge_cmp);
		for (int i = 0; i < nedges; i++)
		{
			Member	   *m = lookup_member(w, UUIDPGetDatum(&edges[i].member));
			bool		found;

			if (m->is_user)
			{
				reach_user(users, m, edges[i].through);
				continue;
			}
			/* a group: read (again) only when this path reaches it earlier */
			r = hash_search(groups, &m->id, HASH_ENTER, &found);
			if (found && r->since <= edges[i].through)
				continue;
			r->since = edges[i].through;
			if (!found || !r->queued)
			{
				r->queued = true;
				queue = lappend(queue, r);
			}
		}
		CHECK_FOR_INTERRUPTS();
	}
	pfree(edges);
	hash_destroy(groups);
	return users;
}

/*
 * The licensed groups at or above each of the new memberships' groups: the
 * group itself when it is licensed and, when the tenant nests, its licensed
 * ancestors.
 */
static HTAB *
licensed_ancestry(Datum tenant, bool nests, Datum groups, Datum licensed)
{
	HTAB	   *ancestry = new_hash("license_mgmt ancestry", sizeof(pg_uuid_t), sizeof(Ancestry), 64);
	Datum	   *licensed_ids;
	int			nlicensed = lm_uuids(licensed, &licensed_ids);

	if (!nests)
	{
		Datum	   *group;
		int			ngroups = lm_uuids(groups, &group);

		for (int i = 0; i < ngroups; i++)
		{
			bool		found;
			Ancestry   *a = hash_search(ancestry, DatumGetPointer(group[i]), HASH_ENTER, &found);

			if (found)
				continue;
			a->n = lm_uuid_in(group[i], licensed_ids, nlicensed) ? 1 : 0;
			a->ancestors = &group[i];
		}
		return ancestry;
	}

	for (int i = 0, n = lm_run(&licensed_group_ancestors, (Datum[]) {tenant, groups, licensed}, NULL); i < n; i++)
	{
		bool		isnull;
		Ancestry   *a = hash_search(ancestry, DatumGetPointer(lm_value(i, 1, &isnull)), HASH_ENTER, NULL);

		a->n = lm_uuids(lm_copy_datum(i, 2, &isnull), &a->ancestors);
	}
	return ancestry;
}

/*
 * Pairs in user order, then group: the judgement inserts the states in the
 * order given, and neighbours in license_states' key are cheaper to insert
 * one after the other than keys spread over the whole index.
 */
static int
pair_cmp(const void *a, const void *b)
{
	const Pair *x = *(Pair *const *) a;
	const Pair *y = *(Pair *const *) b;
	int			c = memcmp(&x->key.user, &y->key.user, sizeof(pg_uuid_t));

	return c != 0 ? c : memcmp(&x->key.group, &y->key.group, sizeof(pg_uuid_t));
}

/*
 * reach_new_memberships: for new memberships (groups[], members[],
 * added[]) of a tenant, the (licensed group, user) pairs they make
 * reachable, as five arrays for the judgement of SOURCE_MEMBERSHIPS:
 * group_id[], user_id[], member_since[], deleted_at[], usage_location[].
 * licensed (uuid[]) names the licensed groups of interest.  Read with a
 * snapshot taken now, after the caller's locks, as a statement run here
 * would be.  Returns the number of pairs (the arrays are not set when 0).
 */
int
reach_new_memberships(Datum tenant, bool nests, Datum groups, Datum members, Datum added,
					  Datum licensed, Datum *reached)
{
	MemoryContext caller = CurrentMemoryContext;
	MemoryContext work = AllocSetContextCreate(caller, "license_mgmt reach", ALLOCSET_DEFAULT_SIZES);
	Walker		w = {.tenant = tenant};
	Snapshot	snapshot;
	HTAB	   *ancestry;
	HTAB	   *pairs;
	Datum	   *group;
	Datum	   *member;
	Datum	   *added_at;
	int			nedges;
	int			npairs;
	HASH_SEQ_STATUS seq;
	Pair	   *pair;
	Datum	   *out[5];
	bool	   *nulls[2];
	int16		ts_len;			/* timestamptz as its type says: by value only where a Datum holds 8 bytes */
	bool		ts_byval;
	char		ts_align;

	get_typlenbyvalalign(TIMESTAMPTZOID, &ts_len, &ts_byval, &ts_align);
	MemoryContextSwitchTo(work);
	ancestry = licensed_ancestry(tenant, nests, groups, licensed);
	nedges = lm_uuids(groups, &group);
	(void) lm_uuids(members, &member);
	deconstruct_array(DatumGetArrayTypeP(added), TIMESTAMPTZOID, ts_len, ts_byval, ts_align,
					  &added_at, NULL, &nedges);

	snapshot = lm_statement_snapshot();
	key_scan_open(&w.members_scan, "group_members", "group_id", snapshot);
	key_scan_open(&w.users_scan, "users", "user_id", snapshot);
	w.member_id_att = key_scan_column(&w.members_scan, "member_id");
	w.added_at_att = key_scan_column(&w.members_scan, "added_at");
	w.deleted_at_att = key_scan_column(&w.users_scan, "deleted_at");
	w.usage_location_att = key_scan_column(&w.users_scan, "usage_location");
	w.members = new_hash("license_mgmt members", sizeof(pg_uuid_t), sizeof(Member), 1024);
	pairs = new_hash("license_mgmt reach pairs", sizeof(PairKey), sizeof(Pair), Max(nedges, 1024));

	for (int i = 0; i < nedges; i++)
	{
		Ancestry   *a = hash_search(ancestry, DatumGetPointer(group[i]), HASH_FIND, NULL);
		TimestampTz since = DatumGetTimestampTz(added_at[i]);
		Member	   *m;
		HTAB	   *users = NULL;
		Reached		one = {0};	/* set below when read; gcc 15 cannot tell */
		Reached    *r;

		CHECK_FOR_INTERRUPTS();
		if (a == NULL || a->n == 0)
			continue;
		m = lookup_member(&w, member[i]);
		if (!m->is_user && !nests)
			continue;
		if (m->is_user)
		{
			one.since = DT_NOBEGIN;
			one.member = m;
		}
		else
		{
			users = walk_down(&w, member[i]);
			hash_seq_init(&seq, users);
		}
		for (r = users ? hash_seq_search(&seq) : &one; r != NULL; r = users ? hash_seq_search(&seq) : NULL)
		{
			TimestampTz through = Max(since, r->since);

			for (int j = 0; j < a->n; j++)
			{
				PairKey		key;
				bool		found;

				memcpy(&key.group, DatumGetPointer(a->ancestors[j]), sizeof(pg_uuid_t));
				key.user = r->member->id;
				pair = hash_search(pairs, &key, HASH_ENTER, &found);
				if (!found || through < pair->since)
				{
					pair->since = through;
					pair->member = r->member;
				}
			}
		}
		if (users != NULL)
			hash_destroy(users);
	}

	key_scan_close(&w.members_scan);
	key_scan_close(&w.users_scan);
	UnregisterSnapshot(snapshot);

	npairs = hash_get_num_entries(pairs);
	if (npairs > 0)
	{
		int			i = 0;
		Pair	  **sorted = palloc(sizeof(Pair *) * npairs);

		for (int k = 0; k < 5; k++)
			out[k] = palloc(sizeof(Datum) * npairs);
		nulls[0] = palloc(sizeof(bool) * npairs);
		nulls[1] = palloc(sizeof(bool) * npairs);
		hash_seq_init(&seq, pairs);
		while ((pair = hash_seq_search(&seq)) != NULL)
			sorted[i++] = pair;
		qsort(sorted, npairs, sizeof(Pair *), pair_cmp);
		for (i = 0; i < npairs; i++)
		{
			pair = sorted[i];
			out[0][i] = UUIDPGetDatum(&pair->key.group);
			out[1][i] = UUIDPGetDatum(&pair->key.user);
			out[2][i] = TimestampTzGetDatum(pair->since);
			out[3][i] = TimestampTzGetDatum(pair->member->deleted_at);
			nulls[0][i] = !pair->member->deleted;
			out[4][i] = pair->member->usage_location;
			nulls[1][i] = pair->member->usage_location == (Datum) 0;
		}
		MemoryContextSwitchTo(caller);
		reached[0] = PointerGetDatum(construct_array(out[0], npairs, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
		reached[1] = PointerGetDatum(construct_array(out[1], npairs, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
		reached[2] = PointerGetDatum(construct_array(out[2], npairs, TIMESTAMPTZOID, ts_len, ts_byval, ts_align));
		reached[3] = PointerGetDatum(construct_md_array(out[3], nulls[0], 1, &npairs, (int[]) {1},
														TIMESTAMPTZOID, ts_len, ts_byval, ts_align));
		reached[4] = PointerGetDatum(construct_md_array(out[4], nulls[1], 1, &npairs, (int[]) {1},
														TEXTOID, -1, false, TYPALIGN_INT));
	}
	MemoryContextSwitchTo(caller);
	MemoryContextDelete(work);
	return npairs;
}

/* The statements of this file, for statements.c. */
Statement *const reach_statements[] = {&licensed_group_ancestors, NULL};
