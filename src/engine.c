/*
 * engine.c
 *		Judging license sources and writing their states, set-based.
 *
 * Every way a user can come to hold a product (a direct assignment, a group
 * assignment fanning out to members, new memberships, re-evaluation after a
 * change, the waiting room) is a set of candidate sources of one product:
 * (user, group or nil, disabled plans, member_since, serving order).  One
 * statement judges the whole set against the rules, in the order of R3.1:
 *
 *	  user soft-deleted			-> suspended (R8.1)
 *	  no usable seats			-> disabled (R9.3)
 *	  a plan not offered at the user's location -> ProhibitedInUsageLocationViolation (R5)
 *	  a plan excluded by one the user has		-> MutuallyExclusiveViolation (R7.2)
 *	  a required plan missing					-> DependencyViolation (R7.1)
 *	  no seat left								-> CountViolation, waiting (R4.3, R6.1)
 *
 * and writes the states and the seat counter in the same statement.  The
 * caller has locked the product's seat counter first (seats.c), so the
 * statement's snapshot sees every committed change of the product and no
 * other transaction can change it before we commit: "a seat is free" is
 * decided under the lock.
 *
 * Seats are per user, not per source: a user holding the product through
 * several sources takes one seat (R2.2).  A source already holding keeps its
 * seat unless its location now forbids it or new options enable an excluded
 * plan; a lost dependency leaves it active_with_error (R4.10).  Conflicts
 * never take away what a user had first (R7.2).  The same statement writes
 * the audit rows (R11.1) and the alerts (R11.2).
 *
 * The cost is a handful of joins over the candidate set: assigning a product
 * to a group of 100,000 is one INSERT of 100,000 rows plus one counter
 * update, never a statement per member.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "license_mgmt.h"

typedef enum EngineResultKind
{
	RESULT_COUNTS,				/* counts, users[] when plan rules apply, ... */
	RESULT_OUTCOMES,			/* per candidate: user_id, error, state, ... */
	RESULT_ONE,					/* the same for a set of one candidate */
	RESULT_BULK,				/* per given user id: user_id, error, ... */
	RESULT_KIND_COUNT
} EngineResultKind;

/*
 * The candidate sets.  Columns: user_id, group_id, disabled_plans,
 * member_since, waiting_since, given (the order a caller gave); new
 * memberships also bring their users' deleted_at and usage_location
 * (user_row_carried_sql).  Seats are served by waiting_since, then
 * member_since (nulls first), then given, then user_id (R4.3, R6.1).  At
 * most one candidate per user: a user's sources of one product are judged
 * one after the other (each pass sees the states the previous one wrote),
 * which keeps the seat arithmetic per row instead of per group of rows.
 */
static const char *const candidate_sql[SOURCE_COUNT] = {
	/*
	 * $8 user, $9 disabled plans, $10 the user's usage location (the caller
	 * locked the row and refuses deleted users), once the intent is recorded
	 * (candidate_prelude_sql)
	 */
	[SOURCE_DIRECT] =
	"SELECT $8::uuid AS user_id, " NIL_SOURCE_SQL " AS group_id, $9::uuid[] AS disabled_plans,"
	"       NULL::timestamptz AS member_since, NULL::timestamptz AS waiting_since, 1::bigint AS given,"
	"       NULL::timestamptz AS deleted_at, $10::text AS usage_location"
	"  FROM (SELECT count(*) FROM intent) recorded",

	[SOURCE_DIRECT_BULK] =
	"SELECT i.user_id, " NIL_SOURCE_SQL " AS group_id, $9::uuid[] AS disabled_plans,"
	"       NULL::timestamptz AS member_since, NULL::timestamptz AS waiting_since, min(i.given) AS given"
	"  FROM unnest($8::uuid[]) WITH ORDINALITY AS i(user_id, given)"
	"  JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = i.user_id AND u.deleted_at IS NULL"
	" GROUP BY i.user_id",

	/* $8 group: every user it reaches */
	[SOURCE_GROUP] =
	"SELECT r.user_id, a.group_id, a.disabled_plans, r.member_since,"
	"       NULL::timestamptz AS waiting_since, 0::bigint AS given"
	"  FROM license_mgmt.group_license_assignments a"
	"  JOIN license_mgmt_internal.group_reach($1, ARRAY[$8::uuid]) r ON r.group_id = a.group_id"
	" WHERE a.tenant_id = $1 AND a.group_id = $8 AND a.sku_id = $2",

	/*
	 * new memberships, as the (group, user, since) they make reachable
	 * ($8 groups[], $9 users[], $10 since[], from reach_new_memberships): the
	 * users they bring to licensed group $11, with their rows' deleted_at
	 * and usage_location ($12, $13), read once for every product
	 */
	[SOURCE_MEMBERSHIPS] =
	"SELECT r.user_id, r.group_id, a.disabled_plans, r.member_since,"
	"       NULL::timestamptz AS waiting_since, 0::bigint AS given, r.deleted_at, r.usage_location"
	"  FROM unnest($8::uuid[], $9::uuid[], $10::timestamptz[], $12::timestamptz[], $13::text[])"
	"       AS r(group_id, user_id, member_since, deleted_at, usage_location)"
	"  JOIN license_mgmt.group_license_assignments a"
	"    ON a.tenant_id = $1 AND a.group_id = r.group_id AND a.sku_id = $2"
	" WHERE r.group_id = $11",

	/* $8 users[]: pass $9 judges each user's $9-th source, in group id order */
	[SOURCE_USERS] =
	"SELECT x.user_id, x.group_id, x.disabled_plans, x.member_since, x.waiting_since, 0::bigint AS given"
	"  FROM (SELECT s.user_id, s.group_id, s.member_since, s.waiting_since,"
	"               COALESCE(d.disabled_plans, g.disabled_plans, s.disabled_plans) AS disabled_plans,"
	"               row_number() OVER (PARTITION BY s.user_id ORDER BY s.group_id) AS pass"
	"          FROM license_mgmt.license_states s"
	"          LEFT JOIN license_mgmt.user_license_assignments d"
	"            ON s.group_id = " NIL_SOURCE_SQL
	"           AND d.tenant_id = s.tenant_id AND d.user_id = s.user_id AND d.sku_id = s.sku_id"
	"          LEFT JOIN license_mgmt.group_license_assignments g"
	"            ON g.tenant_id = s.tenant_id AND g.group_id = s.group_id AND g.sku_id = s.sku_id"
	"         WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.user_id = ANY ($8::uuid[])) x"
	" WHERE x.pass = $9",

	/* the head of the waiting room: $8 users, the first source of each */
	[SOURCE_WAITING] =
	"SELECT w.user_id, w.group_id, w.disabled_plans, w.member_since, w.waiting_since, 0::bigint AS given"
	"  FROM (SELECT DISTINCT ON (s.user_id) s.user_id, s.group_id, s.disabled_plans, s.member_since,"
	"               s.waiting_since"
	"          FROM (SELECT * FROM license_mgmt.license_states s"
	"                 WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.error = 'CountViolation'"
	"                 ORDER BY s.waiting_since, s.member_since, s.user_id"
	"                 LIMIT $8) s"
	"         ORDER BY s.user_id, s.waiting_since, s.member_since, s.group_id) w",

	/* sources disabled while the product had no seats, one per user */
	[SOURCE_DISABLED] =
	"SELECT x.user_id, x.group_id, x.disabled_plans, x.member_since,"
	"       NULL::timestamptz AS waiting_since, 0::bigint AS given"
	"  FROM (SELECT DISTINCT ON (s.user_id) s.user_id, s.group_id, s.disabled_plans, s.member_since"
	"          FROM license_mgmt.license_states s"
	"         WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.state = 'disabled'"
	"         ORDER BY s.user_id, s.member_since NULLS FIRST, s.group_id) x",
};

/*
 * What a candidate set writes before it is judged.  A direct assignment
 * records its intent in the judgement's own statement, one statement fewer
 * on the busiest path; its audit row is the outcome's (outcome_log_sql).  A
 * refusal raised on the outcome rolls it back with the rest.
 */
static const char *const candidate_prelude_sql[SOURCE_COUNT] = {
	[SOURCE_DIRECT] =
	"intent AS ("
	"   INSERT INTO license_mgmt.user_license_assignments (tenant_id, user_id, sku_id, disabled_plans)"
	"   VALUES ($1, $8, $2, $9)"
	"   ON CONFLICT (tenant_id, user_id, sku_id) DO UPDATE SET disabled_plans = excluded.disabled_plans"
	"   RETURNING 1),",
};

/*
 * The candidate's user row, for deleted_at and usage_location: looked up, or
 * carried by the candidate set (new memberships read it with their reach,
 * once for every product, instead of once per product).
 */
static const char *const user_row_sql =
"JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = c.user_id";
static const char *const user_row_carried_sql =
"CROSS JOIN LATERAL (SELECT c.deleted_at, c.usage_location) u";

static const int candidate_nargs[SOURCE_COUNT] = {
	[SOURCE_DIRECT] = 3,
	[SOURCE_DIRECT_BULK] = 2,
	[SOURCE_GROUP] = 1,
	[SOURCE_MEMBERSHIPS] = 6,
	[SOURCE_USERS] = 2,
	[SOURCE_WAITING] = 1,
	[SOURCE_DISABLED] = 0,
};

static const Oid candidate_argtypes[SOURCE_COUNT][6] = {
	[SOURCE_DIRECT] = {UUIDOID, UUIDARRAYOID, TEXTOID},
	[SOURCE_DIRECT_BULK] = {UUIDARRAYOID, UUIDARRAYOID},
	[SOURCE_GROUP] = {UUIDOID},
	[SOURCE_MEMBERSHIPS] = {UUIDARRAYOID, UUIDARRAYOID, TIMESTAMPTZARRAYOID, UUIDOID,
							 TIMESTAMPTZARRAYOID, TEXTARRAYOID},
	[SOURCE_USERS] = {UUIDARRAYOID, INT4OID},
	[SOURCE_WAITING] = {INT4OID},
	[SOURCE_DISABLED] = {0},
};

static const char *const result_sql[RESULT_KIND_COUNT] = {
	[RESULT_COUNTS] =
	"SELECT count(*)::integer,"
	"       count(*) FILTER (WHERE f.new_state IN " SEAT_STATES_SQL ")::integer,"
	"       count(*) FILTER (WHERE f.new_state = 'error')::integer,"
	"       count(*) FILTER (WHERE f.new_error = 'CountViolation')::integer,"
	"       array_agg(DISTINCT f.user_id) FILTER (WHERE $3),"
	"       (SELECT count(*) FROM written)::integer,"
	"       (SELECT users FROM holders_waiting),"
	"       (SELECT count(*) FROM notified)::integer"
	"  FROM final f",

	[RESULT_OUTCOMES] =
	"SELECT f.user_id, f.outcome_error, f.new_state, n.count, (SELECT users FROM holders_waiting)"
	"  FROM final f CROSS JOIN (SELECT count(*) FROM notified) n"
	" ORDER BY f.waiting_since NULLS FIRST, f.member_since NULLS FIRST, f.given, f.user_id",

	[RESULT_ONE] =
	"SELECT f.user_id, f.outcome_error, f.new_state, 0::bigint, (SELECT users FROM holders_waiting)"
	"  FROM final f",

	[RESULT_BULK] =
	"SELECT i.user_id, CASE WHEN f.user_id IS NULL THEN 'UnknownUser' ELSE f.outcome_error END,"
	"       (SELECT users FROM holders_waiting)"
	"  FROM (SELECT x.user_id, min(x.given) AS given"
	"          FROM unnest($8::uuid[]) WITH ORDINALITY AS x(user_id, given) GROUP BY x.user_id) i"
	"  LEFT JOIN final f ON f.user_id = i.user_id"
	" CROSS JOIN (SELECT count(*) FROM notified) n"
	" ORDER BY i.given",
};

/*
 * The rule checks, in the order of R3.1, each left out of the plans for
 * products it cannot refuse: a statement's every subplan is set up on each
 * run, whether it runs or not.  Without any, the rule error is null and
 * product_plan, referenced by nothing, is not planned at all.
 */
static const char *const rule_error_sql =
"%s CROSS JOIN LATERAL (SELECT CASE%s%s END AS rule_error OFFSET 0) r";

/* R5.2: an enabled plan not offered at the effective location (R5.1) */
static const char *const location_check_sql =
"            WHEN EXISTS (SELECT 1 FROM product_plan p"
"                          WHERE p.service_plan_id <> ALL (c.disabled_plans)"
"                            AND COALESCE(u.usage_location, t.usage_location) = ANY (p.unavailable_locations))"
"              THEN 'ProhibitedInUsageLocationViolation'";

/* The plan rules' part (R7.2, R7.1). */
static const char *const rule_checks_sql =
/* R7.2: an enabled plan excluded by one the user has from another product; what a source held first stays, only plans it newly enables are judged */
"            WHEN $3 AND EXISTS ("
"                 SELECT 1 FROM product_plan p"
"                   JOIN license_mgmt_internal.service_plan_exclusions x ON x.excluded_service_plan_id = p.service_plan_id"
"                   JOIN license_mgmt_internal.source_enabled_plans e ON e.service_plan_id = x.service_plan_id"
"                  WHERE p.service_plan_id <> ALL (c.disabled_plans)"
"                    AND (NOT COALESCE(s.state IN " SEAT_STATES_SQL ", false)"
"                         OR p.service_plan_id = ANY (s.disabled_plans))"
"                    AND e.tenant_id = $1 AND e.user_id = c.user_id AND e.sku_id <> $2)"
"              THEN 'MutuallyExclusiveViolation'"
/* R7.1: an enabled plan whose required plan neither it nor another active source of the user enables */
"            WHEN $3 AND EXISTS ("
"                 SELECT 1 FROM product_plan p"
"                   JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = p.service_plan_id"
"                  WHERE p.service_plan_id <> ALL (c.disabled_plans)"
"                    AND NOT EXISTS (SELECT 1 FROM product_plan q"
"                                     WHERE q.service_plan_id = d.required_service_plan_id"
"                                       AND q.service_plan_id <> ALL (c.disabled_plans))"
"                    AND NOT EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans e"
"                                     WHERE e.tenant_id = $1 AND e.user_id = c.user_id"
"                                       AND e.service_plan_id = d.required_service_plan_id"
"                                       AND NOT (e.sku_id = $2 AND e.group_id = c.group_id)))"
"              THEN 'DependencyViolation'";

/*
 * The serving order's part of a grant: a source gets a seat while the
 * sources before it in serving order have not taken the free ones.  Left
 * out when every candidate surely fits (candidates_fit): the sort it needs
 * is the largest step of a fan-out after the insert.
 */
static const char *const serving_order_sql =
"            AND ($4 OR count(*) FILTER (WHERE h.wants AND NOT h.held_elsewhere)"
"                         OVER (ORDER BY h.waiting_since NULLS FIRST, h.member_since NULLS FIRST, h.given, h.user_id"
"                               ROWS UNBOUNDED PRECEDING)"
"                       <= h.seats_free)";

/*
 * The judgement.  Parameters: $1 tenant, $2 product, $3 whether plan rules
 * (conflicts, dependencies) touch the product, $4 over-assign, $5 keep
 * failures as error states, $6 the action for the audit log, $7 the seat
 * reserve the caller holds (0: the counter itself, locked with all its
 * reserves folded back; RESERVE_FULL: no seat to give, and seats given back
 * go to the counter, unlocked, as a relative update; a reserve comes with
 * one seat claimed for this judgement, seats_take_reserve); $8.. the candidate
 * set's own.  The text takes what the candidate set writes first (or
 * nothing), the candidate set, the counter's row, the rule
 * error (or null), their user rows, the join to their own states, the rule
 * checks (or nothing), the look for another holding source (or false), the
 * serving order (or nothing), the conflict clause, the audit rows and
 * alerts, the holders who wait, where the seats' delta goes and the result.
 *
 * The "CROSS JOIN LATERAL (SELECT ... OFFSET 0)" steps compute a value with
 * subqueries once per row: referenced later, a plain expression would be
 * evaluated again at every reference.  For the same reason the counter's
 * one row is joined, not read with scalar subqueries: flattening copied
 * those into every expression using them, 23 subplans to set up per run.
 */
static const char *const judge_sql =
"WITH %s candidate AS (%s),"
" counter AS (%s),"
" product_plan AS ("
"   SELECT sp.service_plan_id, sp.unavailable_locations"
"     FROM license_mgmt.product_service_plans psp"
"     JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id"
"    WHERE psp.sku_id = $2),"
" judged AS ("
"   SELECT c.user_id, c.group_id, c.disabled_plans, c.member_since, c.waiting_since, c.given,"
"          u.deleted_at IS NOT NULL AS user_deleted,"
"          u.deleted_at IS NULL AND k.total > 0 AS live, k.free AS seats_free, k.held AS seats_held,"
"          s.state AS old_state, s.error AS old_error, s.waiting_since AS old_waiting_since,"
"          COALESCE(s.state IN " SEAT_STATES_SQL ", false) AS held_by_this,"
"          %s AS rule_error"
"     FROM candidate c"
"     %s"
"     CROSS JOIN counter k"
"     LEFT JOIN license_mgmt.license_states s ON %s"
"     %s),"
/*
 * keeps: a source holding a seat keeps it, unless its location now forbids
 * it or its new options enable an excluded plan; a lost dependency leaves it
 * active_with_error (R4.10).  When failures are not kept, a failing source is
 * left untouched, so it keeps it too.  wants: a source that passes every rule and needs a
 * seat unless its user already holds one through another source.
 */
" verdict AS ("
"   SELECT j.*,"
"          j.live AND j.held_by_this"
"            AND (NOT $5 OR j.rule_error IS NULL OR j.rule_error = 'DependencyViolation') AS keeps,"
"          j.live AND NOT j.held_by_this AND j.rule_error IS NULL AS wants"
"     FROM judged j),"
/* does the user hold the product through another source? (held_elsewhere_sql) */
" holder AS ("
"   SELECT v.*, h.held_elsewhere"
"     FROM verdict v"
"     CROSS JOIN LATERAL (SELECT %s) h),"
/* seats go to users in serving order (R4.3) while they last (R2.5) */
" seat AS ("
"   SELECT h.*, h.keeps OR h.held_elsewhere AS holds,"
"          h.wants AND NOT h.held_elsewhere%s AS granted"
"     FROM holder h),"
" final AS ("
"   SELECT u.*, x.new_state, x.new_error,"
"          $5 OR (u.rule_error IS NULL AND x.new_state = 'active') AS write,"
"          CASE WHEN x.new_state = 'active' AND u.rule_error IS NULL THEN NULL"
"               ELSE COALESCE(u.rule_error, x.new_error, x.new_state) END AS outcome_error"
"     FROM seat u"
"     CROSS JOIN LATERAL (SELECT"
"          CASE WHEN u.user_deleted THEN 'suspended'"
"               WHEN NOT u.live THEN 'disabled'"
"               WHEN u.held_by_this AND u.rule_error = 'DependencyViolation' THEN 'active_with_error'"
"               WHEN u.rule_error IS NOT NULL THEN 'error'"
"               WHEN u.held_by_this OR u.holds OR u.granted THEN 'active'"
"               ELSE 'error' END AS new_state,"
"          CASE WHEN NOT u.live THEN NULL"
"               WHEN u.rule_error IS NOT NULL THEN u.rule_error"
"               WHEN u.held_by_this OR u.holds OR u.granted THEN NULL"
"               ELSE 'CountViolation' END AS new_error) x),"
" written AS ("
"   INSERT INTO license_mgmt.license_states AS s"
"          (tenant_id, user_id, sku_id, group_id, state, error, disabled_plans,"
"           member_since, waiting_since, last_updated)"
"   SELECT $1, f.user_id, $2, f.group_id, f.new_state, f.new_error, f.disabled_plans, f.member_since,"
"          CASE WHEN f.new_error = 'CountViolation'"
"               THEN CASE WHEN f.old_error = 'CountViolation' THEN f.old_waiting_since ELSE now() END"
"          END,"
"          now()"
"     FROM final f WHERE f.write"
"   %s"
"   RETURNING 1),"
"%s"
"%s"
/* seats held by the candidates' users before and after: the counter's delta */
" delta AS ("
"   SELECT (count(*) FILTER (WHERE f.holds OR f.granted)"
"         - count(*) FILTER (WHERE f.held_by_this OR f.held_elsewhere))::integer AS seats"
"     FROM final f),"
"%s"
" %s";

/*
 * The audit rows and the alerts of the states written.  A single direct
 * call judges one candidate and keeps no failure: it has no alert to send,
 * and its one audit row records the call, the options it gave (its change
 * of intent) and the state before and after, changed or not.
 */
static const char *const outcome_log_sql[2] = {
	/* R11.1: one audit row per source group and outcome, the users as an array */
	" audited AS ("
	"   " AUDIT_STATES_INSERT_SQL
	"   SELECT $1, $6, array_agg(f.user_id), NULLIF(f.group_id, " NIL_SOURCE_SQL "), $2,"
	"          f.old_state, f.new_state, f.new_error"
	"     FROM final f"
	"    WHERE f.write AND (f.old_state, f.old_error) IS DISTINCT FROM (f.new_state, f.new_error)"
	"    GROUP BY f.group_id, f.old_state, f.new_state, f.new_error"
	"   RETURNING 1),"
	/*
	 * R11.2: every new error state is announced, delivered at commit, on
	 * license_mgmt and on its tenant's channel (license_mgmt.alert_channel),
	 * the payload built once for both
	 */
	" notified AS ("
	"   SELECT pg_notify('license_mgmt', a.payload), pg_notify(license_mgmt.alert_channel($1), a.payload)"
	"     FROM (SELECT json_build_object("
	"                    'tenant_id', $1, 'user_id', f.user_id, 'sku_id', $2,"
	"                    'group_id', NULLIF(f.group_id, " NIL_SOURCE_SQL "), 'state', f.new_state,"
	"                    'error', f.new_error)::text AS payload"
	"             FROM final f"
	"            WHERE f.write AND f.new_error IS NOT NULL AND f.new_error IS DISTINCT FROM f.old_error"
	"           OFFSET 0) a),",
	/* R11.1: the direct call's one audit row */
	" audited AS ("
	"   " AUDIT_CALL_INSERT_SQL
	"   SELECT $1, $6, ARRAY[f.user_id], NULL::uuid, $2, f.old_state, f.new_state, f.new_error,"
	"          jsonb_build_object('disabled_plans', f.disabled_plans)"
	"     FROM final f WHERE f.write"
	"   RETURNING 1),",
};

/*
 * The product's seats: its total (none: every source is disabled), the free
 * seats the serving order hands out, and the seats held (none: nobody holds
 * the product through another source).  In a reserve, the free seat is the
 * one claimed there for this judgement, and the total is known to be
 * positive: the reserve was filled from the counter's free seats, and a
 * change of the total folds the reserves back, which waits for ours.
 */
static const char *const judge_counter_sql[2] = {
	"   SELECT COALESCE(max(c.total), 0) AS total,"
	"          COALESCE(max(CASE WHEN $7 = 0 THEN c.total - c.assigned END), 0) AS free,"
	"          COALESCE(max(u.assigned), 0) AS held"
	"     FROM license_mgmt.seat_counters c"
	"     JOIN license_mgmt_internal.seat_usage u ON u.tenant_id = c.tenant_id AND u.sku_id = c.sku_id"
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2",
	"   SELECT 1 AS total, r.quota - r.used + 1 AS free, 1 AS held"
	"     FROM license_mgmt.seat_reserves r"
	"    WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $7",
};

/*
 * The users now holding the product who also wait for it through another
 * source.  In a reserve, nobody waits: beginning to wait folds every
 * reserve back into the counter, and one is refilled only while nobody
 * waits (seats_take_reserve).
 */
static const char *const holders_waiting_sql[2] = {
	" holders_waiting AS ("
	"   SELECT array_agg(f.user_id) AS users FROM final f"
	"    WHERE f.new_state IN " SEAT_STATES_SQL
	"      AND (SELECT " SOMEONE_WAITS_SQL ")"
	"      AND EXISTS (SELECT 1 FROM license_mgmt.license_states w"
	"                   WHERE w.tenant_id = $1 AND w.user_id = f.user_id AND w.sku_id = $2"
	"                     AND w.error = 'CountViolation' AND w.group_id <> f.group_id)),",
	" holders_waiting AS (SELECT NULL::uuid[] AS users),",
};

/*
 * Where the seats' delta goes: the counter, or the reserve $7 the caller
 * holds, less the seat claimed there already (written only when the seat
 * was not taken after all).  Only the one written is in the plan: a
 * statement sets up every table it may write on each run.
 */
static const char *const judge_seat_write_sql[2] = {
	" counted AS ("
	"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + d.seats,"
	"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned + d.seats - c.total, 0)) FROM delta d"
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND d.seats <> 0"
	"   RETURNING 1)",
	" reserved AS ("
	"   UPDATE license_mgmt.seat_reserves r SET used = r.used + d.seats - 1 FROM delta d"
	"    WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $7 AND d.seats <> 1"
	"   RETURNING 1)",
};

/*
 * The candidates' own state rows, and how a written row meets an existing
 * one.  Candidates known to have no row for their source yet (a group
 * assignment just created, new direct memberships) skip the lookup and
 * insert plainly, which is most of the cost of licensing a large group.
 */
static const char *const own_state_join[CANDIDATE_STATES_COUNT] = {
	[STATES_MAY_EXIST] =
	"s.tenant_id = $1 AND s.user_id = c.user_id AND s.sku_id = $2 AND s.group_id = c.group_id",
	[STATES_NONE_OWN] = "false",
	[STATES_NONE] = "false",
};
static const char *const conflict_clause[CANDIDATE_STATES_COUNT] = {
	[STATES_MAY_EXIST] =
	"ON CONFLICT (tenant_id, user_id, sku_id, group_id) DO UPDATE"
	"   SET state = excluded.state, error = excluded.error, disabled_plans = excluded.disabled_plans,"
	"       member_since = LEAST(s.member_since, excluded.member_since),"
	"       waiting_since = CASE WHEN excluded.state = 'suspended' THEN s.waiting_since"
	"                            ELSE excluded.waiting_since END,"
	"       last_updated = excluded.last_updated"
	" WHERE (s.state, s.error, s.disabled_plans, s.waiting_since)"
	"       IS DISTINCT FROM (excluded.state, excluded.error, excluded.disabled_plans, excluded.waiting_since)",
	[STATES_NONE_OWN] = "",
	[STATES_NONE] = "",
};

/*
 * Does the user hold the product through another source?  Nobody holds it,
 * or the candidates' users have no row of it at all: no need to look.
 */
#define HELD_ELSEWHERE_SQL \
	"NOT v.keeps AND (v.wants OR v.held_by_this)" \
	"          AND v.seats_held > 0 AND EXISTS (" \
	"          SELECT 1 FROM license_mgmt.license_states o" \
	"           WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = v.user_id" \
	"             AND o.state IN " SEAT_STATES_SQL " AND o.group_id <> v.group_id)"
static const char *const held_elsewhere_sql[CANDIDATE_STATES_COUNT] = {
	[STATES_MAY_EXIST] = HELD_ELSEWHERE_SQL " AS held_elsewhere OFFSET 0",
	[STATES_NONE_OWN] = HELD_ELSEWHERE_SQL " AS held_elsewhere OFFSET 0",
	/* a constant: no subquery to run for each candidate */
	[STATES_NONE] = "false AS held_elsewhere",
};

/*
 * The first grant: new sources that all fit in the free seats, of a product
 * no plan rule or location can refuse, their failures kept, whose users
 * hold no seat of the product through another source and wait for none:
 * either they have no row of it at all (STATES_NONE), or nobody in the
 * tenant holds or waits for it (first_grant_possible).  Every verdict is
 * then known from the candidate's own row: suspended if its user is
 * deleted, disabled if the product has no seats, active otherwise; no error
 * is announced.  So the states are written straight from the candidates,
 * and the audit rows and the seats are counted from what was written: no
 * verdict is materialized.  A subtree attached or a bulk of new members
 * whose users membership.c probed (held_states.c), or a product's first
 * group assignment in a tenant, are sets like that; judge_sql's verdict, a
 * wide row built for each candidate and read five times, took a fifth of
 * such an attach (N2).  Parameters as judge_sql's.
 */
static const char *const first_grant_sql =
"WITH candidate AS (%s),"
" counter AS (%s),"
" written AS ("
"   INSERT INTO license_mgmt.license_states"
"          (tenant_id, user_id, sku_id, group_id, state, error, disabled_plans,"
"           member_since, waiting_since, last_updated)"
"   SELECT $1, c.user_id, $2, c.group_id,"
"          CASE WHEN u.deleted_at IS NOT NULL THEN 'suspended'"
"               WHEN k.total = 0 THEN 'disabled' ELSE 'active' END,"
"          NULL, c.disabled_plans, c.member_since, NULL, now()"
"     FROM candidate c"
"     %s"
"     CROSS JOIN counter k"
"   RETURNING user_id, group_id, state),"
" audited AS ("
"   " AUDIT_STATES_INSERT_SQL
"   SELECT $1, $6, array_agg(w.user_id), NULLIF(w.group_id, " NIL_SOURCE_SQL "), $2, NULL, w.state, NULL"
"     FROM written w GROUP BY w.group_id, w.state"
"   RETURNING 1),"
" counted AS ("
"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + d.seats,"
"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned + d.seats - c.total, 0))"
"     FROM (SELECT count(*) FILTER (WHERE w.state = 'active')::integer AS seats FROM written w) d"
"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND d.seats <> 0"
"   RETURNING 1)"
" SELECT count(*)::integer, count(*) FILTER (WHERE w.state = 'active')::integer, 0, 0,"
"        NULL::uuid[], count(*)::integer, NULL::uuid[], 0"
"   FROM written w";

/* [source][bulk] */
static SPIPlanPtr first_grant_plans[SOURCE_COUNT][2];

/*
 * May the candidates be judged as a first grant?  Sources known to be new
 * qualify when their users have no row of the product, or when nobody in
 * the tenant holds a seat of it or waits for one: the two things
 * judge_sql looks for in the users' other rows (held_elsewhere_sql and
 * holders_waiting_sql, which also stop at these two facts).  Asked under
 * the counter's lock, with the reserves folded back (no reserve given).
 */
static bool
first_grant_possible(Datum tenant, Datum sku, EngineOptions options)
{
	static SPIPlanPtr unheld_plan;

	if (options.states == STATES_NONE)
		return true;
	if (options.states != STATES_NONE_OWN)
		return false;
	lm_plan(&unheld_plan,
			"SELECT u.assigned = 0 AND NOT " SOMEONE_WAITS_SQL
			"  FROM license_mgmt_internal.seat_usage u WHERE u.tenant_id = $1 AND u.sku_id = $2",
			2, (Oid[]) {UUIDOID, UUIDOID});
	return lm_exec(unheld_plan, (Datum[]) {tenant, sku}, NULL) == 1 && lm_bool(0, 1);
}

/*
 * [states][rules][locations][ordered][source][kind][bulk][in a reserve]: a bulk
 * candidate array gets plans made with its values
 */
static SPIPlanPtr judge_plans[CANDIDATE_STATES_COUNT][2][2][2][SOURCE_COUNT][RESULT_KIND_COUNT][2][2];

/*
 * candidates_fit: are there surely no more candidates than free seats in
 * the counter or the reserve the caller locked?  Asked for the candidate
 * sets whose size is known without judging them: one direct assignment, a
 * group's members (not nested: the reach is only known by walking it) and
 * the given users of an array.  At most one candidate per user, so the
 * count bounds them.
 */
static bool
candidates_fit(EngineSource source, Datum tenant, Datum sku, EngineOptions options, const Datum *args)
{
	static SPIPlanPtr members_plan;
	static SPIPlanPtr free_plan;
	int64		bound;

	/* a reserve is only taken with room for one (seats_take_reserve) */
	if (source == SOURCE_DIRECT && options.reserve > 0)
		return true;
	if (options.reserve != 0)
		return false;
	switch (source)
	{
		case SOURCE_DIRECT:
			bound = 1;
			break;
		case SOURCE_GROUP:
			lm_plan(&members_plan,
					"SELECT CASE WHEN license_mgmt_internal.nesting($1) THEN -1"
					"            ELSE (SELECT count(*)::integer FROM license_mgmt.group_members m"
					"                   WHERE m.tenant_id = $1 AND m.group_id = $2) END",
					2, (Oid[]) {UUIDOID, UUIDOID});
			lm_exec(members_plan, (Datum[]) {tenant, args[0]}, NULL);
			bound = lm_int(0, 1);
			if (bound < 0)
				return false;
			break;
		case SOURCE_DIRECT_BULK:
		case SOURCE_USERS:
			if (!lm_is_bulk(args[0]))
				return false;
			bound = lm_array_length(args[0]);
			break;
		case SOURCE_MEMBERSHIPS:
			if (!lm_is_bulk(args[1]))
				return false;
			bound = lm_array_length(args[1]);
			break;
		default:
			return false;
	}
	/* the free seats as the judgement counts them: the counter's own */
	lm_plan(&free_plan,
			"SELECT total - assigned FROM license_mgmt.seat_counters WHERE tenant_id = $1 AND sku_id = $2",
			2, (Oid[]) {UUIDOID, UUIDOID});
	return lm_exec(free_plan, (Datum[]) {tenant, sku}, NULL) == 1 && bound <= lm_int(0, 1);
}

static int
run_judgement(EngineSource source, EngineResultKind kind, Datum tenant, Datum sku,
			  EngineOptions options, const Datum *args, int nargs)
{
	Oid			argtypes[13] = {UUIDOID, UUIDOID, BOOLOID, BOOLOID, BOOLOID, TEXTOID, INT4OID};
	Datum		values[13];
	bool		isnull[13] = {false};
	bool		bulk;
	bool		rules;
	bool		locations;
	bool		ordered;
	bool		in_reserve;
	bool		first_grant;
	SPIPlanPtr *cache;
	SPIPlanPtr	plan;

	if (nargs != candidate_nargs[source])
		elog(ERROR, "license_mgmt: candidate set %d takes %d arguments", source, candidate_nargs[source]);
	for (int i = 0; i < nargs; i++)
	{
		argtypes[7 + i] = candidate_argtypes[source][i];
		values[7 + i] = args[i];
	}
	bulk = nargs > 0 && type_is_array(argtypes[7]) && lm_is_bulk(args[0]);
	rules = plan_rules_apply_to(sku);
	locations = plan_rules_restrict_locations(sku);
	ordered = !options.over_assign && !candidates_fit(source, tenant, sku, options, args);
	in_reserve = options.reserve > 0;
	if (kind == RESULT_ONE && options.keep_failures)
		elog(ERROR, "license_mgmt: a judgement of one candidate sends no alerts, so it keeps no failure");
	first_grant = !rules && !locations && !ordered && !in_reserve && options.keep_failures &&
		kind == RESULT_COUNTS && candidate_prelude_sql[source] == NULL &&
		first_grant_possible(tenant, sku, options);
	cache = first_grant ? &first_grant_plans[source][bulk] :
		&judge_plans[options.states][rules][locations][ordered][source][kind][bulk][in_reserve];
	plan = *cache;
	if (plan == NULL && first_grant)
	{
		char	   *sql = psprintf(first_grant_sql, candidate_sql[source], judge_counter_sql[0],
								   source == SOURCE_MEMBERSHIPS ? user_row_carried_sql : user_row_sql);

		plan = (bulk ? lm_plan_bulk : lm_plan) (cache, sql, 7 + nargs, argtypes);
		pfree(sql);
	}
	else if (plan == NULL)
	{
		bool		checks = rules || locations;
		char	   *rule_error = checks ? psprintf(rule_error_sql,
												   locations ? "JOIN license_mgmt.tenants t ON t.tenant_id = $1" : "",
												   locations ? location_check_sql : "",
												   rules ? rule_checks_sql : "") : "";
		char	   *sql = psprintf(judge_sql, candidate_prelude_sql[source] ? candidate_prelude_sql[source] : "",
								   candidate_sql[source], judge_counter_sql[in_reserve],
								   checks ? "r.rule_error" : "NULL::text",
								   source == SOURCE_MEMBERSHIPS || source == SOURCE_DIRECT ?
								   user_row_carried_sql : user_row_sql,
								   own_state_join[options.states], rule_error,
								   held_elsewhere_sql[options.states],
								   ordered ? serving_order_sql : "",
								   conflict_clause[options.states], outcome_log_sql[kind == RESULT_ONE],
								   holders_waiting_sql[in_reserve],
								   judge_seat_write_sql[in_reserve],
								   result_sql[kind]);

		plan = (bulk ? lm_plan_bulk : lm_plan) (cache, sql, 7 + nargs, argtypes);
		pfree(sql);
	}

	values[0] = tenant;
	values[1] = sku;
	values[2] = BoolGetDatum(rules);
	values[3] = BoolGetDatum(options.over_assign);
	values[4] = BoolGetDatum(options.keep_failures);
	values[5] = CStringGetTextDatum(lm_action());
	values[6] = Int32GetDatum(options.reserve);
	return lm_exec(plan, values, isnull);
}

/*
 * engine_apply judges a candidate set of one product and writes the states;
 * it returns how many candidates hold the product and how many failed.  The
 * caller holds the product's seat counter lock.
 */
EngineResult
engine_apply(EngineSource source, Datum tenant, Datum sku,
			 EngineOptions options, const Datum *args, int nargs)
{
	EngineResult result = {0};
	bool		isnull;
	Datum		holders_waiting;

	run_judgement(source, RESULT_COUNTS, tenant, sku, options, args, nargs);
	result.candidates = lm_int(0, 1);
	result.licensed = lm_int(0, 2);
	result.failed = lm_int(0, 3);
	result.waiting = lm_int(0, 4);
	result.users = lm_value(0, 5, &isnull);
	if (isnull)
		result.users = (Datum) 0;
	result.changed = lm_int(0, 6);
	holders_waiting = lm_value(0, 7, &isnull);

	/*
	 * A user who now holds the product may still wait for it through another
	 * source: that one needs no seat and is judged again (R2.2).  Passes over
	 * a user's sources (SOURCE_USERS) get there by themselves.
	 */
	if (!isnull && source != SOURCE_USERS)
		engine_reevaluate_product(tenant, sku, holders_waiting, options);
	return result;
}

/*
 * engine_apply_outcomes is engine_apply returning one row per candidate
 * (user_id, error name or null, state), or for SOURCE_DIRECT_BULK one row
 * per given user (user_id, error name or null) in the order given.
 */
SPITupleTable *
engine_apply_outcomes(EngineSource source, Datum tenant, Datum sku,
					  EngineOptions options, const Datum *args, int nargs)
{
	bool		direct_bulk = (source == SOURCE_DIRECT_BULK);
	EngineResultKind kind = direct_bulk ? RESULT_BULK : source == SOURCE_DIRECT ? RESULT_ONE : RESULT_OUTCOMES;
	SPITupleTable *outcomes;
	bool		isnull = true;
	Datum		holders_waiting = (Datum) 0;

	if (run_judgement(source, kind, tenant, sku, options, args, nargs) > 0)
		holders_waiting = lm_value(0, direct_bulk ? 3 : 5, &isnull);
	outcomes = SPI_tuptable;
	if (!isnull)
	{
		EngineOptions keep = {.keep_failures = true};

		engine_reevaluate_product(tenant, sku, holders_waiting, keep);
	}
	return outcomes;
}

/*
 * Removal: delete the states of some sources of one product and give back
 * the seats of users left with no other holding source, to the counter or
 * to the reserve the caller holds.
 */
static const char *const removal_condition_sql[REMOVAL_COUNT] = {
	/* only once the intent is gone (removal_prelude_sql) */
	[REMOVE_DIRECT] =
	"s.user_id = $5 AND s.group_id = " NIL_SOURCE_SQL " AND EXISTS (SELECT 1 FROM removed)",

	[REMOVE_GROUP] =
	"s.group_id = $5",

	[REMOVE_MEMBERSHIPS] =
	"s.user_id = t.user_id AND s.group_id = t.group_id",

	[REMOVE_USERS] =
	"s.user_id = ANY ($5::uuid[])",

	[REMOVE_UNREACHED] =
	"s.group_id = $5"
	" AND NOT EXISTS (SELECT 1 FROM license_mgmt_internal.group_reach($1, ARRAY[$5::uuid]) r"
	"                  WHERE r.user_id = s.user_id)",
};

/*
 * What a removal deletes first.  A direct removal deletes the intent in the
 * removal's own statement; its state goes only if there was an intent.
 */
static const char *const removal_prelude_sql[REMOVAL_COUNT] = {
	[REMOVE_DIRECT] =
	"removed AS ("
	"   DELETE FROM license_mgmt.user_license_assignments"
	"    WHERE tenant_id = $1 AND user_id = $5 AND sku_id = $2 RETURNING 1),",
};

/* A list of states computed elsewhere, joined by the primary key. */
static const char *const removal_using_sql[REMOVAL_COUNT] = {
	[REMOVE_MEMBERSHIPS] =
	" USING (SELECT DISTINCT r.user_id, r.group_id FROM license_mgmt_internal.membership_loss($1, $5, $6) r) t",
};

static const int removal_nargs[REMOVAL_COUNT] = {
	[REMOVE_DIRECT] = 1,
	[REMOVE_GROUP] = 1,
	[REMOVE_MEMBERSHIPS] = 2,
	[REMOVE_USERS] = 1,
	[REMOVE_UNREACHED] = 1,
};

static const Oid removal_argtypes[REMOVAL_COUNT][2] = {
	[REMOVE_DIRECT] = {UUIDOID},
	[REMOVE_GROUP] = {UUIDOID},
	[REMOVE_MEMBERSHIPS] = {UUIDARRAYOID, UUIDARRAYOID},
	[REMOVE_USERS] = {UUIDARRAYOID},
	[REMOVE_UNREACHED] = {UUIDOID},
};

static const char *const removal_sql =
/*
 * States of license_states are named by a condition on the table itself,
 * never joined from a list read from it: with the statistics of an empty
 * table (a new deployment), such a join was planned as a loop over every
 * row for every row.  A list computed elsewhere drives the delete through
 * the primary key, the one plan whatever the statistics say.
 */
"WITH %s gone AS ("
"   DELETE FROM license_mgmt.license_states s%s"
"    WHERE s.tenant_id = $1 AND s.sku_id = $2 AND %s"
"   RETURNING s.user_id, s.group_id, s.state, s.state IN " SEAT_STATES_SQL " AS held),"
" gone_user AS (%s),"
" freed AS ("
"   SELECT count(*)::integer AS seats FROM gone_user g"
"    WHERE g.held AND NOT EXISTS ("
"          SELECT 1 FROM license_mgmt.license_states o"
"           WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = g.user_id"
"             AND o.state IN " SEAT_STATES_SQL " AND o.group_id <> ALL (g.groups))),"
"%s,"
" audited AS (%s)"
" SELECT array_agg(g.user_id), %s FROM gone_user g";

/*
 * The users whose states went, and the removal's audit rows: one per source
 * and state, the users as an array; a direct removal deletes at most one
 * state, and its one row records the call (its change of intent) and the
 * state it ended, if any.
 */
static const char *const removal_gone_user_sql[2] = {
	"   SELECT g.user_id, array_agg(g.group_id) AS groups, bool_or(g.held) AS held"
	"     FROM gone g GROUP BY g.user_id",
	"   SELECT g.user_id, ARRAY[g.group_id] AS groups, g.held FROM gone g",
};
static const char *const removal_audit_sql[2] = {
	"   " AUDIT_STATES_INSERT_SQL
	"   SELECT $1, $3, array_agg(g.user_id ORDER BY g.user_id), NULLIF(g.group_id, " NIL_SOURCE_SQL "), $2,"
	"          g.state, NULL, NULL"
	"     FROM gone g GROUP BY g.group_id, g.state"
	"   RETURNING 1",
	"   " AUDIT_STATES_INSERT_SQL
	"   SELECT $1, $3, ARRAY[$5::uuid], NULL::uuid, $2, (SELECT g.state FROM gone g), NULL, NULL"
	"     FROM removed"
	"   RETURNING 1",
};

/*
 * The freed seats go to the counter, or to the reserve $4 the caller holds,
 * where one was given back already (seats_take_reserve).
 */
static const char *const removal_seat_write_sql[2] = {
	" counted AS ("
	"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - f.seats,"
	"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned - f.seats - c.total, 0)) FROM freed f"
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND f.seats > 0"
	"   RETURNING 1)",
	" reserved AS ("
	"   UPDATE license_mgmt.seat_reserves r SET used = r.used - f.seats + 1 FROM freed f"
	"    WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $4 AND f.seats <> 1"
	"   RETURNING 1)",
};

static SPIPlanPtr removal_plans[REMOVAL_COUNT][2][2];

/*
 * engine_remove deletes the states; it returns the users whose states went,
 * as uuid[] (0 when none).  For REMOVE_DIRECT, *had_intent says whether
 * there was a direct assignment to remove: without one, nothing changed.
 */
Datum
engine_remove(RemovalTarget target, Datum tenant, Datum sku, int reserve, const Datum *args, int nargs,
			  bool *had_intent)
{
	Oid			argtypes[6] = {UUIDOID, UUIDOID, TEXTOID, INT4OID};
	Datum		values[6];
	bool		isnull;
	bool		bulk;
	bool		in_reserve;
	SPIPlanPtr	plan;
	Datum		users;

	if (nargs != removal_nargs[target])
		elog(ERROR, "license_mgmt: removal target %d takes %d arguments", target, removal_nargs[target]);
	for (int i = 0; i < nargs; i++)
	{
		argtypes[4 + i] = removal_argtypes[target][i];
		values[4 + i] = args[i];
	}
	bulk = nargs > 0 && type_is_array(argtypes[4]) && lm_is_bulk(args[0]);
	in_reserve = reserve != 0;
	plan = removal_plans[target][bulk][in_reserve];
	if (plan == NULL)
	{
		bool		direct = (target == REMOVE_DIRECT);
		char	   *sql = psprintf(removal_sql, removal_prelude_sql[target] ? removal_prelude_sql[target] : "",
								   removal_using_sql[target] ? removal_using_sql[target] : "",
								   removal_condition_sql[target], removal_gone_user_sql[direct],
								   removal_seat_write_sql[in_reserve], removal_audit_sql[direct],
								   direct ? "(SELECT count(*) > 0 FROM removed)" : "NULL::boolean");

		plan = (bulk ? lm_plan_bulk : lm_plan) (&removal_plans[target][bulk][in_reserve],
												 sql, 4 + nargs, argtypes);
		pfree(sql);
	}
	values[0] = tenant;
	values[1] = sku;
	values[2] = CStringGetTextDatum(lm_action());
	values[3] = Int32GetDatum(reserve);
	lm_exec(plan, values, NULL);
	if (had_intent != NULL)
		*had_intent = lm_bool(0, 2);
	users = lm_value(0, 1, &isnull);
	return isnull ? (Datum) 0 : users;
}

/*
 * engine_reevaluate_product re-judges every state of the users (uuid[]) in
 * one product, one source per user per pass, and returns how many states
 * changed.
 */
int
engine_reevaluate_product(Datum tenant, Datum sku, Datum users, EngineOptions options)
{
	int			changed = 0;

	for (int32 pass = 1;; pass++)
	{
		Datum		args[2] = {users, Int32GetDatum(pass)};
		EngineResult result = engine_apply(SOURCE_USERS, tenant, sku, options, args, 2);

		if (result.candidates == 0)
			break;
		changed += result.changed;
	}
	return changed;
}

/*
 * Re-judge the users' states in the products until a round changes
 * nothing: a change in one product can meet or break a dependency, or clear
 * a conflict, in another (plan rules chain).
 */
static void
reevaluate_until_stable(Datum tenant, Datum *skus, int n, Datum users, EngineOptions options)
{
	for (int round = 0; round <= n; round++)
	{
		int			changed = 0;

		for (int i = 0; i < n; i++)
			changed += engine_reevaluate_product(tenant, skus[i], users, options);
		if (changed == 0)
			break;
	}
}

/*
 * engine_ripple re-judges, for the given users, their states of this product
 * and of the products that plan rules tie to it (transitively): a conflict
 * that cleared, a dependency now met or now lost.  The caller locked these products
 * (plan_rules_lock_set).
 */
void
engine_ripple(Datum tenant, Datum sku, Datum users, bool over_assign)
{
	Datum	   *skus;
	int			n;
	EngineOptions options = {.over_assign = over_assign, .keep_failures = true};

	if (users == (Datum) 0 || !plan_rules_apply_to(sku))
		return;
	/* the product itself too: one of its sources may need a plan another source gave */
	n = lm_uuids(plan_rules_lock_set(lm_uuid_array(sku)), &skus);
	reevaluate_until_stable(tenant, skus, n, users, options);
	for (int i = 0; i < n; i++)
		seats_serve_waiting_room(tenant, skus[i]);
}

/*
 * engine_reevaluate_users re-judges every state of the users in those of the
 * products they have states in (R5.3, R6.2, R8.2), then serves the waiting
 * rooms the changes freed seats in.  The caller locked the products.
 */
void
engine_reevaluate_users(Datum tenant, Datum skus, Datum users, bool over_assign)
{
	static SPIPlanPtr plan;
	Oid			types[3] = {UUIDOID, UUIDARRAYOID, UUIDARRAYOID};
	Datum		values[3] = {tenant, users, skus};
	Datum	   *sku;
	int			n;
	EngineOptions options = {.over_assign = over_assign, .keep_failures = true};

	lm_plan(&plan,
			"SELECT COALESCE(array_agg(DISTINCT s.sku_id ORDER BY s.sku_id), '{}')"
			"  FROM license_mgmt.license_states s"
			" WHERE s.tenant_id = $1 AND s.user_id = ANY ($2) AND s.sku_id = ANY ($3)",
			3, types);
	lm_exec(plan, values, NULL);
	n = lm_uuids(lm_value(0, 1, &(bool) {false}), &sku);
	reevaluate_until_stable(tenant, sku, n, users, options);
	for (int i = 0; i < n; i++)
		seats_serve_waiting_room(tenant, sku[i]);
}

/* The statements of this file, for statements.c. */
Statement *const engine_statements[] = {NULL};
