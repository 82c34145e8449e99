/*
 * engine.c
 *		Judging license sources and writing their states, set-based.
 *
 * Every way a user can come to hold a product (a direct assignment, a group
 * assignment fanning out to members, new memberships, re-evaluation after a
 * change, the waiting room) is a set of candidate sources of one product:
 * (user, group or nil, disabled plans, member_since, serving order) with the
 * user's deleted_at and usage_location.  One statement judges the whole set
 * against the rules, in the order of R3.1:
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
 * decided under the lock.  The location and plan rules are plan_rules.c's
 * (RULE_ERROR_SQL), the same text in every judgement.
 *
 * Seats are per user, not per source: a user holding the product through
 * several sources takes one seat (R2.2).  A source already holding keeps its
 * seat unless its location now forbids it or new options enable an excluded
 * plan; a lost dependency leaves it active_with_error (R4.10).  Conflicts
 * never take away what a user had first (R7.2).  The same statement writes
 * the audit rows (R11.1) and the alerts (R11.2).
 *
 * The statements.  A judgement is JUDGE_SQL over one of eight candidate
 * sets; what does not apply to a set (the plan rules of a product no rule
 * touches, the serving order when every candidate surely fits, the look for
 * rows the candidates cannot have) is switched off by a parameter, not by a
 * variant of the text.  Three statements are worth a text of their own:
 * the first grant (FIRST_GRANT_SQL), for large sets of new
 * sources that all fit, which needs no verdict at all; and, for a single
 * direct assignment or removal working in a seat reserve (seats.c), a
 * judgement and a removal that read the reserve instead of the counter,
 * without the plan rules (a reserve is only taken for a product no rule
 * touches).  Removal is REMOVAL_SQL over one of four sets of states, or
 * REMOVE_DIRECT_SQL for a direct source.
 *
 * The cost is a handful of joins over the candidate set: assigning a product
 * to a group of 100,000 is one INSERT of 100,000 rows plus one counter
 * update, never a statement per member.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"

#include "license_mgmt.h"

/*
 * Parameters of every judgement: $1 tenant, $2 product, $3 whether plan
 * rules (conflicts, dependencies) touch the product, $4 whether one of its
 * plans is not offered somewhere, $5 keep failures as error states (groups)
 * or leave them unwritten (direct), $6 the action for the audit log, $7 the
 * seat reserve the caller holds (0: the counter itself, locked with all its
 * reserves folded back; RESERVE_FULL: no seat to give, and seats given back
 * go to the counter as a relative update), $8 whether seats may run short
 * (the serving order decides), $9 whether a candidate may already have a
 * row for its source, $10 whether a candidate's user may hold the product
 * through another source; $11 to $16 the candidate set's own.
 */
#define JUDGE_NARGS 10
#define JUDGE_ARGTYPES UUIDOID, UUIDOID, BOOLOID, BOOLOID, BOOLOID, TEXTOID, INT4OID, BOOLOID, BOOLOID, BOOLOID

/*
 * The judgement of a candidate set of one product, up to the states
 * written; candidates is the set (and what it writes before, as CTEs).
 *
 * The "CROSS JOIN LATERAL (SELECT ... OFFSET 0)" steps compute a value with
 * subqueries once per row: referenced later, a plain expression would be
 * evaluated again at every reference.  For the same reason the counter's
 * one row is joined, not read with scalar subqueries.
 *
 * keeps: a source holding a seat keeps it, unless its location now forbids
 * it or its new options enable an excluded plan; a lost dependency leaves
 * it active_with_error (R4.10).  When failures are not kept, a failing
 * source is left untouched, so it keeps it too.  wants: a source that
 * passes every rule and needs a seat unless its user already holds one
 * through another source.  Seats go to users in serving order (R4.3) while
 * they last (R2.5).
 */
#define JUDGE_SQL(candidates, log, result) \
	"WITH " candidates "," \
	" counter AS (" \
	"   SELECT COALESCE(max(c.total), 0) AS total," \
	"          COALESCE(max(CASE WHEN $7 = 0 THEN c.total - c.assigned END), 0) AS free," \
	"          COALESCE(max(u.assigned), 0) AS held" \
	"     FROM license_mgmt.seat_counters c" \
	"     JOIN license_mgmt_internal.seat_usage u ON u.tenant_id = $1 AND u.sku_id = $2" \
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2)," \
	" product_plan AS (" \
	"   SELECT sp.service_plan_id, sp.unavailable_locations" \
	"     FROM license_mgmt.product_service_plans psp" \
	"     JOIN license_mgmt.service_plans sp ON sp.service_plan_id = psp.service_plan_id" \
	"    WHERE psp.sku_id = $2)," \
	" judged AS (" \
	"   SELECT c.user_id, c.group_id, c.disabled_plans, c.member_since, c.waiting_since, c.given," \
	"          c.deleted_at IS NOT NULL AS user_deleted," \
	"          c.deleted_at IS NULL AND k.total > 0 AS live, k.free AS seats_free, k.held AS seats_held," \
	"          s.state AS old_state, s.error AS old_error, s.waiting_since AS old_waiting_since," \
	"          s.disabled_plans AS old_disabled_plans," \
	"          COALESCE(s.state IN ('active', 'active_with_error'), false) AS held_by_this," \
	"          r.rule_error" \
	"     FROM candidate c" \
	"     CROSS JOIN counter k" \
	"     JOIN license_mgmt.tenants t ON t.tenant_id = $1" \
	"     LEFT JOIN license_mgmt.license_states s" \
	"       ON $9 AND s.tenant_id = $1 AND s.user_id = c.user_id AND s.sku_id = $2 AND s.group_id = c.group_id" \
	"     CROSS JOIN LATERAL (SELECT " RULE_ERROR_SQL " AS rule_error OFFSET 0) r)," \
	" verdict AS (" \
	"   SELECT j.*," \
	"          j.live AND j.held_by_this" \
	"            AND (NOT $5 OR j.rule_error IS NULL OR j.rule_error = 'DependencyViolation') AS keeps," \
	"          j.live AND NOT j.held_by_this AND j.rule_error IS NULL AS wants" \
	"     FROM judged j)," \
	" holder AS (" \
	"   SELECT v.*, h.held_elsewhere" \
	"     FROM verdict v" \
	"     CROSS JOIN LATERAL (SELECT $10 AND NOT v.keeps AND (v.wants OR v.held_by_this)" \
	"          AND v.seats_held > 0 AND EXISTS (" \
	"          SELECT 1 FROM license_mgmt.license_states o" \
	"           WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = v.user_id" \
	"             AND o.state IN ('active', 'active_with_error') AND o.group_id <> v.group_id)" \
	"          AS held_elsewhere OFFSET 0) h)," \
	" seat AS (" \
	"   SELECT h.*, h.keeps OR h.held_elsewhere AS holds," \
	"          h.wants AND NOT h.held_elsewhere" \
	"            AND (NOT $8 OR count(*) FILTER (WHERE h.wants AND NOT h.held_elsewhere)" \
	"                         OVER (ORDER BY h.waiting_since NULLS FIRST, h.member_since NULLS FIRST," \
	"                                        h.given, h.user_id ROWS UNBOUNDED PRECEDING)" \
	"                           <= h.seats_free) AS granted" \
	"     FROM holder h)," \
	" final AS (" \
	"   SELECT u.*, x.new_state, x.new_error," \
	"          CASE WHEN x.new_error = 'CountViolation'" \
	"               THEN CASE WHEN u.old_error = 'CountViolation' THEN u.old_waiting_since ELSE now() END" \
	"          END AS new_waiting_since," \
	"          $5 OR (u.rule_error IS NULL AND x.new_state = 'active') AS write," \
	"          CASE WHEN x.new_state = 'active' AND u.rule_error IS NULL THEN NULL" \
	"               ELSE COALESCE(u.rule_error, x.new_error, x.new_state) END AS outcome_error" \
	"     FROM seat u" \
	"     CROSS JOIN LATERAL (SELECT" \
	"          CASE WHEN u.user_deleted THEN 'suspended'" \
	"               WHEN NOT u.live THEN 'disabled'" \
	"               WHEN u.held_by_this AND u.rule_error = 'DependencyViolation' THEN 'active_with_error'" \
	"               WHEN u.rule_error IS NOT NULL THEN 'error'" \
	"               WHEN u.held_by_this OR u.holds OR u.granted THEN 'active'" \
	"               ELSE 'error' END AS new_state," \
	"          CASE WHEN NOT u.live THEN NULL" \
	"               WHEN u.rule_error IS NOT NULL THEN u.rule_error" \
	"               WHEN u.held_by_this OR u.holds OR u.granted THEN NULL" \
	"               ELSE 'CountViolation' END AS new_error) x)," \
	" written AS (" \
	"   INSERT INTO license_mgmt.license_states AS s" \
	"          (tenant_id, user_id, sku_id, group_id, state, error, disabled_plans," \
	"           member_since, waiting_since, last_updated)" \
	"   SELECT $1, f.user_id, $2, f.group_id, f.new_state, f.new_error, f.disabled_plans, f.member_since," \
	"          f.new_waiting_since, now()" \
	"     FROM final f" \
	/* a row known unchanged is not offered: ON CONFLICT would lock it */ \
	"    WHERE f.write AND (f.old_state IS NULL" \
	"          OR (f.old_state, f.old_error, f.old_disabled_plans, f.old_waiting_since)" \
	"             IS DISTINCT FROM (f.new_state, f.new_error, f.disabled_plans," \
	"                               CASE WHEN f.new_state = 'suspended' THEN f.old_waiting_since" \
	"                                    ELSE f.new_waiting_since END))" \
	"   ON CONFLICT (tenant_id, user_id, sku_id, group_id) DO UPDATE" \
	"      SET state = excluded.state, error = excluded.error, disabled_plans = excluded.disabled_plans," \
	"          member_since = LEAST(s.member_since, excluded.member_since)," \
	"          waiting_since = CASE WHEN excluded.state = 'suspended' THEN s.waiting_since" \
	"                               ELSE excluded.waiting_since END," \
	"          last_updated = excluded.last_updated" \
	"    WHERE (s.state, s.error, s.disabled_plans, s.waiting_since)" \
	"          IS DISTINCT FROM (excluded.state, excluded.error, excluded.disabled_plans, excluded.waiting_since)" \
	"   RETURNING 1)," \
	log \
	/* the users now holding the product who also wait for it through another source */ \
	" holders_waiting AS (" \
	"   SELECT array_agg(f.user_id) AS users FROM final f" \
	"    WHERE f.new_state IN ('active', 'active_with_error')" \
	"      AND EXISTS (SELECT 1 FROM license_mgmt.license_states w" \
	"                   WHERE w.tenant_id = $1 AND w.sku_id = $2 AND w.error = 'CountViolation')" \
	"      AND EXISTS (SELECT 1 FROM license_mgmt.license_states w" \
	"                   WHERE w.tenant_id = $1 AND w.user_id = f.user_id AND w.sku_id = $2" \
	"                     AND w.error = 'CountViolation' AND w.group_id <> f.group_id))," \
	/* seats held by the candidates' users before and after: the counter's delta */ \
	" delta AS (" \
	"   SELECT (count(*) FILTER (WHERE f.holds OR f.granted)" \
	"         - count(*) FILTER (WHERE f.held_by_this OR f.held_elsewhere))::integer AS seats" \
	"     FROM final f)," \
	" counted AS (" \
	"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + d.seats," \
	"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned + d.seats - c.total, 0)) FROM delta d" \
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND d.seats <> 0" \
	"   RETURNING 1)" \
	result

/*
 * R11.1: one audit row per source group and outcome, the users as an array.
 * R11.2: one alert per source group, state and error that began: the count
 * and the first 100 users (by id), handed to alerts.c, which merges those
 * of one statement and sends them when it ends.
 */
#define JUDGE_SET_LOG \
	" audited AS (" \
	"   INSERT INTO license_mgmt.audit_log" \
	"          (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)" \
	"   SELECT $1, $6, array_agg(f.user_id), NULLIF(f.group_id, '00000000-0000-0000-0000-000000000000'::uuid), $2," \
	"          f.old_state, f.new_state, f.new_error" \
	"     FROM final f" \
	"    WHERE f.write AND (f.old_state, f.old_error) IS DISTINCT FROM (f.new_state, f.new_error)" \
	"    GROUP BY f.group_id, f.old_state, f.new_state, f.new_error" \
	"   RETURNING 1)," \
	" notified AS (" \
	"   SELECT license_mgmt_internal.alert_pending($1, $2," \
	"            NULLIF(f.group_id, '00000000-0000-0000-0000-000000000000'::uuid), f.new_state, f.new_error," \
	"            count(*), (array_agg(f.user_id ORDER BY f.user_id))[1:100])" \
	"     FROM final f" \
	"    WHERE f.write AND f.new_error IS NOT NULL AND f.new_error IS DISTINCT FROM f.old_error" \
	"    GROUP BY f.group_id, f.new_state, f.new_error),"

/*
 * A single direct call judges one candidate and keeps no failure: it has no
 * alert to send, and its one audit row records the call, the options it
 * gave (its change of intent) and the state before and after, changed or not.
 */
#define JUDGE_CALL_LOG \
	" audited AS (" \
	"   INSERT INTO license_mgmt.audit_log" \
	"          (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error, detail)" \
	"   SELECT $1, $6, ARRAY[f.user_id], NULL::uuid, $2, f.old_state, f.new_state, f.new_error," \
	"          jsonb_build_object('disabled_plans', f.disabled_plans)" \
	"     FROM final f WHERE f.write" \
	"   RETURNING 1),"

/* Results: the counts of a set, ... */
#define COUNTS_COLUMNS \
	" SELECT count(*)::integer," \
	"        count(*) FILTER (WHERE f.new_state IN ('active', 'active_with_error'))::integer," \
	"        count(*) FILTER (WHERE f.new_state = 'error')::integer," \
	"        count(*) FILTER (WHERE f.new_error = 'CountViolation')::integer," \
	"        array_agg(DISTINCT f.user_id) FILTER (WHERE $3)," \
	"        (SELECT count(*) FROM written)::integer," \
	"        (SELECT users FROM holders_waiting)," \
	"        (SELECT count(*) FROM notified)::integer"
#define COUNTS_RESULT COUNTS_COLUMNS "   FROM final f"
/* ... and, over existing sources, whether pass $pass + 1 has any */
#define PASSES_RESULT(pass) \
	COUNTS_COLUMNS ", (SELECT max(x.pass) FROM source x) > " pass "   FROM final f"

/* ... the one candidate's outcome, ... */
#define ONE_RESULT \
	" SELECT f.user_id, f.outcome_error, f.new_state, 0::bigint, (SELECT users FROM holders_waiting)" \
	"   FROM final f"

/* ... or every given user's, in the order given (R3.5). */
#define BULK_RESULT \
	" SELECT i.user_id, CASE WHEN f.user_id IS NULL THEN 'UnknownUser' ELSE f.outcome_error END," \
	"        (SELECT users FROM holders_waiting)" \
	"   FROM (SELECT x.user_id, min(x.given) AS given" \
	"           FROM unnest($11::uuid[]) WITH ORDINALITY AS x(user_id, given) GROUP BY x.user_id) i" \
	"   LEFT JOIN final f ON f.user_id = i.user_id" \
	"  CROSS JOIN (SELECT count(*) FROM notified) n" \
	"  ORDER BY i.given"

/*
 * The candidate sets.  Columns: user_id, group_id, disabled_plans,
 * member_since, waiting_since, given (the order a caller gave), and the
 * user's deleted_at and usage_location.  Seats are served by waiting_since,
 * then member_since (nulls first), then given, then user_id (R4.3, R6.1).
 * At most one candidate per user: a user's sources of one product are judged
 * one after the other (each pass sees the states the previous one wrote),
 * which keeps the seat arithmetic per row instead of per group of rows.
 */

/*
 * One direct assignment: $11 user, $12 disabled plans, $13 the user's usage
 * location (the caller locked the row and refuses deleted users).  The
 * intent is recorded in the judgement's own statement, one statement fewer
 * on the busiest path; a refusal raised on the outcome rolls it back.
 */
#define DIRECT_CANDIDATES \
	"intent AS (" \
	"   INSERT INTO license_mgmt.user_license_assignments (tenant_id, user_id, sku_id, disabled_plans)" \
	"   VALUES ($1, $11, $2, $12)" \
	"   ON CONFLICT (tenant_id, user_id, sku_id) DO UPDATE SET disabled_plans = excluded.disabled_plans" \
	"   RETURNING 1)," \
	" candidate AS (" \
	"   SELECT $11::uuid AS user_id, '00000000-0000-0000-0000-000000000000'::uuid AS group_id," \
	"          $12::uuid[] AS disabled_plans, NULL::timestamptz AS member_since," \
	"          NULL::timestamptz AS waiting_since, 1::bigint AS given," \
	"          NULL::timestamptz AS deleted_at, $13::text AS usage_location" \
	"     FROM (SELECT count(*) FROM intent) recorded)"

/* Many users, directly: $11 users[] in the order given, $12 disabled plans. */
#define BULK_CANDIDATES \
	"candidate AS (" \
	"   SELECT i.user_id, '00000000-0000-0000-0000-000000000000'::uuid AS group_id," \
	"          $12::uuid[] AS disabled_plans, NULL::timestamptz AS member_since," \
	"          NULL::timestamptz AS waiting_since, min(i.given) AS given," \
	"          NULL::timestamptz AS deleted_at, min(u.usage_location) AS usage_location" \
	"     FROM unnest($11::uuid[]) WITH ORDINALITY AS i(user_id, given)" \
	"     JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = i.user_id AND u.deleted_at IS NULL" \
	"    GROUP BY i.user_id)"

/* Every user group $11 reaches. */
#define GROUP_CANDIDATES \
	"candidate AS (" \
	"   SELECT r.user_id, a.group_id, a.disabled_plans, r.member_since," \
	"          NULL::timestamptz AS waiting_since, 0::bigint AS given, u.deleted_at, u.usage_location" \
	"     FROM license_mgmt.group_license_assignments a" \
	"     JOIN license_mgmt_internal.group_reach($1, ARRAY[$11::uuid]) r ON r.group_id = a.group_id" \
	"     JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = r.user_id" \
	"    WHERE a.tenant_id = $1 AND a.group_id = $11 AND a.sku_id = $2)"

/*
 * New memberships, as the (group, user, since) they make reachable ($11
 * groups[], $12 users[], $13 since[], from reach_new_memberships): the users
 * they bring to licensed group $14, with their rows' deleted_at and
 * usage_location ($15, $16), read once for every product.
 */
#define MEMBERSHIP_CANDIDATES \
	"candidate AS (" \
	"   SELECT r.user_id, r.group_id, a.disabled_plans, r.member_since," \
	"          NULL::timestamptz AS waiting_since, 0::bigint AS given, r.deleted_at, r.usage_location" \
	"     FROM unnest($11::uuid[], $12::uuid[], $13::timestamptz[], $15::timestamptz[], $16::text[])" \
	"          AS r(group_id, user_id, member_since, deleted_at, usage_location)" \
	"     JOIN license_mgmt.group_license_assignments a" \
	"       ON a.tenant_id = $1 AND a.group_id = r.group_id AND a.sku_id = $2" \
	"    WHERE r.group_id = $14)"

/*
 * Existing sources, one per user per pass: pass N judges each user's N-th
 * source, in group id order.  SOURCES_OF(filter, pass) over the states the
 * filter keeps; its result tells whether a later pass has sources.
 */
#define SOURCES_OF(filter, pass) \
	"source AS (" \
	"   SELECT s.user_id, s.group_id, s.member_since, s.waiting_since," \
	"          COALESCE(d.disabled_plans, g.disabled_plans, s.disabled_plans) AS disabled_plans," \
	"          row_number() OVER (PARTITION BY s.user_id ORDER BY s.group_id) AS pass" \
	"     FROM license_mgmt.license_states s" \
	"     LEFT JOIN license_mgmt.user_license_assignments d" \
	"       ON s.group_id = '00000000-0000-0000-0000-000000000000'::uuid" \
	"      AND d.tenant_id = $1 AND d.user_id = s.user_id AND d.sku_id = $2" \
	"     LEFT JOIN license_mgmt.group_license_assignments g" \
	"       ON g.tenant_id = $1 AND g.group_id = s.group_id AND g.sku_id = $2" \
	"    WHERE s.tenant_id = $1 AND s.sku_id = $2" filter ")," \
	" candidate AS (" \
	"   SELECT x.user_id, x.group_id, x.disabled_plans, x.member_since, x.waiting_since, 0::bigint AS given," \
	"          u.deleted_at, u.usage_location" \
	"     FROM source x" \
	"     JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = x.user_id" \
	"    WHERE x.pass = " pass ")"

/* $11 users[], pass $12 */
#define USERS_CANDIDATES SOURCES_OF(" AND s.user_id = ANY ($11::uuid[])", "$12")

/* Every state of the product, pass $11 */
#define PRODUCT_CANDIDATES SOURCES_OF("", "$11")

/* The head of the waiting room: $11 users, the first source of each. */
#define WAITING_CANDIDATES \
	"candidate AS (" \
	"   SELECT w.user_id, w.group_id, w.disabled_plans, w.member_since, w.waiting_since, 0::bigint AS given," \
	"          u.deleted_at, u.usage_location" \
	"     FROM (SELECT DISTINCT ON (s.user_id) s.user_id, s.group_id, s.disabled_plans, s.member_since," \
	"                  s.waiting_since" \
	"             FROM (SELECT * FROM license_mgmt.license_states s" \
	"                    WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.error = 'CountViolation'" \
	"                    ORDER BY s.waiting_since, s.member_since, s.user_id" \
	"                    LIMIT $11) s" \
	"            ORDER BY s.user_id, s.waiting_since, s.member_since, s.group_id) w" \
	"     JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = w.user_id)"

/* Sources disabled while the product had no seats, one per user. */
#define DISABLED_CANDIDATES \
	"candidate AS (" \
	"   SELECT x.user_id, x.group_id, x.disabled_plans, x.member_since," \
	"          NULL::timestamptz AS waiting_since, 0::bigint AS given, u.deleted_at, u.usage_location" \
	"     FROM (SELECT DISTINCT ON (s.user_id) s.user_id, s.group_id, s.disabled_plans, s.member_since" \
	"             FROM license_mgmt.license_states s" \
	"            WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.state = 'disabled'" \
	"            ORDER BY s.user_id, s.member_since NULLS FIRST, s.group_id) x" \
	"     JOIN license_mgmt.users u ON u.tenant_id = $1 AND u.user_id = x.user_id)"

static Statement judge_direct = {
	"judge_direct", JUDGE_SQL(DIRECT_CANDIDATES, JUDGE_CALL_LOG, ONE_RESULT),
	JUDGE_NARGS + 3, {JUDGE_ARGTYPES, UUIDOID, UUIDARRAYOID, TEXTOID}};
static Statement judge_direct_bulk = {
	"judge_direct_bulk", JUDGE_SQL(BULK_CANDIDATES, JUDGE_SET_LOG, BULK_RESULT),
	JUDGE_NARGS + 2, {JUDGE_ARGTYPES, UUIDARRAYOID, UUIDARRAYOID}};
static Statement judge_group = {
	"judge_group", JUDGE_SQL(GROUP_CANDIDATES, JUDGE_SET_LOG, COUNTS_RESULT),
	JUDGE_NARGS + 1, {JUDGE_ARGTYPES, UUIDOID}};
static Statement judge_memberships = {
	"judge_memberships", JUDGE_SQL(MEMBERSHIP_CANDIDATES, JUDGE_SET_LOG, COUNTS_RESULT),
	JUDGE_NARGS + 6, {JUDGE_ARGTYPES, UUIDARRAYOID, UUIDARRAYOID, TIMESTAMPTZARRAYOID, UUIDOID,
	TIMESTAMPTZARRAYOID, TEXTARRAYOID}};
static Statement judge_users = {
	"judge_users", JUDGE_SQL(USERS_CANDIDATES, JUDGE_SET_LOG, PASSES_RESULT("$12")),
	JUDGE_NARGS + 2, {JUDGE_ARGTYPES, UUIDARRAYOID, INT4OID}};
static Statement judge_product = {
	"judge_product", JUDGE_SQL(PRODUCT_CANDIDATES, JUDGE_SET_LOG, PASSES_RESULT("$11")),
	JUDGE_NARGS + 1, {JUDGE_ARGTYPES, INT4OID}};
static Statement judge_waiting = {
	"judge_waiting", JUDGE_SQL(WAITING_CANDIDATES, JUDGE_SET_LOG, COUNTS_RESULT),
	JUDGE_NARGS + 1, {JUDGE_ARGTYPES, INT4OID}};
static Statement judge_disabled = {
	"judge_disabled", JUDGE_SQL(DISABLED_CANDIDATES, JUDGE_SET_LOG, COUNTS_RESULT),
	JUDGE_NARGS, {JUDGE_ARGTYPES}};

static Statement *const judgements[SOURCE_COUNT] = {
	[SOURCE_DIRECT] = &judge_direct,
	[SOURCE_DIRECT_BULK] = &judge_direct_bulk,
	[SOURCE_GROUP] = &judge_group,
	[SOURCE_MEMBERSHIPS] = &judge_memberships,
	[SOURCE_USERS] = &judge_users,
	[SOURCE_PRODUCT] = &judge_product,
	[SOURCE_WAITING] = &judge_waiting,
	[SOURCE_DISABLED] = &judge_disabled,
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
 * verdict is built.  A subtree attached, a bulk of new members whose users
 * membership.c probed (held_states.c), or a product's first group
 * assignment in a tenant are sets like that; the judgement's verdict, a
 * wide row built for each candidate and read five times, is their largest
 * cost.  Parameters as the judgement's.
 */
#define FIRST_GRANT_SQL(candidates) \
	"WITH " candidates "," \
	" counter AS (" \
	"   SELECT COALESCE(max(c.total), 0) AS total FROM license_mgmt.seat_counters c" \
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2)," \
	" written AS (" \
	"   INSERT INTO license_mgmt.license_states" \
	"          (tenant_id, user_id, sku_id, group_id, state, error, disabled_plans," \
	"           member_since, waiting_since, last_updated)" \
	"   SELECT $1, c.user_id, $2, c.group_id," \
	"          CASE WHEN c.deleted_at IS NOT NULL THEN 'suspended'" \
	"               WHEN k.total = 0 THEN 'disabled' ELSE 'active' END," \
	"          NULL, c.disabled_plans, c.member_since, NULL, now()" \
	"     FROM candidate c CROSS JOIN counter k" \
	"   RETURNING user_id, group_id, state)," \
	" audited AS (" \
	"   INSERT INTO license_mgmt.audit_log" \
	"          (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)" \
	"   SELECT $1, $6, array_agg(w.user_id), NULLIF(w.group_id, '00000000-0000-0000-0000-000000000000'::uuid)," \
	"          $2, NULL, w.state, NULL" \
	"     FROM written w GROUP BY w.group_id, w.state" \
	"   RETURNING 1)," \
	" counted AS (" \
	"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned + d.seats," \
	"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned + d.seats - c.total, 0))" \
	"     FROM (SELECT count(*) FILTER (WHERE w.state = 'active')::integer AS seats FROM written w) d" \
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND d.seats <> 0" \
	"   RETURNING 1)" \
	" SELECT count(*)::integer, count(*) FILTER (WHERE w.state = 'active')::integer, 0, 0," \
	"        NULL::uuid[], count(*)::integer, NULL::uuid[], 0" \
	"   FROM written w"

static Statement first_grant_group = {
	"first_grant_group", FIRST_GRANT_SQL(GROUP_CANDIDATES),
	JUDGE_NARGS + 1, {JUDGE_ARGTYPES, UUIDOID}};
static Statement first_grant_memberships = {
	"first_grant_memberships", FIRST_GRANT_SQL(MEMBERSHIP_CANDIDATES),
	JUDGE_NARGS + 6, {JUDGE_ARGTYPES, UUIDARRAYOID, UUIDARRAYOID, TIMESTAMPTZARRAYOID, UUIDOID,
	TIMESTAMPTZARRAYOID, TEXTARRAYOID}};

/*
 * A single direct assignment in seat reserve $7 (seats.c), of a product no
 * plan rule or location restricts: one seat is claimed in the reserve for
 * this call already, and the user is not deleted (the caller refuses
 * that), so the source is active; its seat is given back to the reserve
 * when it was not needed after all (the user held the product already).
 * Nobody waits while a reserve has room (seats_take_reserve), so there are
 * no holders who wait to look for.  A single call's time is mostly setting
 * its plan up, and this is a fraction of a judgement's plan: the busiest
 * path.  Parameters as judge_direct's.
 */
static Statement judge_direct_in_reserve = {
	"judge_direct_in_reserve",
	"WITH " DIRECT_CANDIDATES ","
	" final AS ("
	"   SELECT c.user_id, c.group_id, c.disabled_plans, s.state AS old_state, s.error AS old_error,"
	"          'active'::text AS new_state, NULL::text AS new_error, true AS write,"
	"          COALESCE(s.state IN ('active', 'active_with_error'), false) OR EXISTS ("
	"              SELECT 1 FROM license_mgmt.license_states o"
	"               WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = c.user_id"
	"                 AND o.state IN ('active', 'active_with_error') AND o.group_id <> c.group_id)"
	"            AS held_before"
	"     FROM candidate c"
	"     LEFT JOIN license_mgmt.license_states s"
	"       ON s.tenant_id = $1 AND s.user_id = c.user_id AND s.sku_id = $2 AND s.group_id = c.group_id),"
	" written AS ("
	"   INSERT INTO license_mgmt.license_states AS s"
	"          (tenant_id, user_id, sku_id, group_id, state, error, disabled_plans,"
	"           member_since, waiting_since, last_updated)"
	"   SELECT $1, f.user_id, $2, f.group_id, f.new_state, f.new_error, f.disabled_plans, NULL, NULL, now()"
	"     FROM final f"
	"   ON CONFLICT (tenant_id, user_id, sku_id, group_id) DO UPDATE"
	"      SET state = excluded.state, error = excluded.error, disabled_plans = excluded.disabled_plans,"
	"          waiting_since = excluded.waiting_since, last_updated = excluded.last_updated"
	"    WHERE (s.state, s.error, s.disabled_plans, s.waiting_since) IS DISTINCT FROM"
	"          (excluded.state, excluded.error, excluded.disabled_plans, excluded.waiting_since)"
	"   RETURNING 1),"
	JUDGE_CALL_LOG
	" reserved AS ("
	"   UPDATE license_mgmt.seat_reserves r SET used = r.used - 1 FROM final f"
	"    WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $7 AND f.held_before"
	"   RETURNING 1)"
	" SELECT f.user_id, NULL::text, f.new_state, 0::bigint, NULL::uuid[] FROM final f",
	JUDGE_NARGS + 3, {JUDGE_ARGTYPES, UUIDOID, UUIDARRAYOID, TEXTOID}};

/*
 * Removal: delete the states of some sources of one product and give back
 * the seats of users left with no other holding source, to the counter or
 * to the reserve the caller holds.  Parameters: $1 tenant, $2 product, $3
 * the action for the audit log, $4 the reserve the caller holds (0: the
 * counter); $5 and $6 the set's own.
 *
 * States are named by a condition on license_states itself (its source
 * index), never joined from a list read from it: with the statistics of an
 * empty table (a new deployment), such a join was planned as a loop over
 * every row for every row.  A list computed elsewhere (memberships lost)
 * drives the delete through the primary key, the one plan whatever the
 * statistics say.  One audit row per source and state, the users as an
 * array.
 */
#define REMOVAL_SQL(using, condition) \
	"WITH gone AS (" \
	"   DELETE FROM license_mgmt.license_states s" using \
	"    WHERE s.tenant_id = $1 AND s.sku_id = $2 AND " condition \
	"   RETURNING s.user_id, s.group_id, s.state, s.state IN ('active', 'active_with_error') AS held)," \
	" gone_user AS (" \
	"   SELECT g.user_id, array_agg(g.group_id) AS groups, bool_or(g.held) AS held" \
	"     FROM gone g GROUP BY g.user_id)," \
	" freed AS (" \
	"   SELECT count(*)::integer AS seats FROM gone_user g" \
	"    WHERE g.held AND NOT EXISTS (" \
	"          SELECT 1 FROM license_mgmt.license_states o" \
	"           WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = g.user_id" \
	"             AND o.state IN ('active', 'active_with_error') AND o.group_id <> ALL (g.groups)))," \
	" counted AS (" \
	"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - f.seats," \
	"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned - f.seats - c.total, 0)) FROM freed f" \
	"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND f.seats > 0" \
	"   RETURNING 1)," \
	" audited AS (" \
	"   INSERT INTO license_mgmt.audit_log" \
	"          (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)" \
	"   SELECT $1, $3, array_agg(g.user_id ORDER BY g.user_id)," \
	"          NULLIF(g.group_id, '00000000-0000-0000-0000-000000000000'::uuid), $2, g.state, NULL, NULL" \
	"     FROM gone g GROUP BY g.group_id, g.state" \
	"   RETURNING 1)" \
	" SELECT array_agg(g.user_id), NULL::boolean FROM gone_user g"

#define REMOVAL_NARGS 4
#define REMOVAL_ARGTYPES UUIDOID, UUIDOID, TEXTOID, INT4OID

/* Every state group $5 gave. */
static Statement remove_group = {
	"remove_group", REMOVAL_SQL("", "s.group_id = $5"),
	REMOVAL_NARGS + 1, {REMOVAL_ARGTYPES, UUIDOID}};

/* The sources memberships $5 groups[] / $6 members[] just removed took away. */
static Statement remove_memberships = {
	"remove_memberships",
	REMOVAL_SQL(" USING (SELECT DISTINCT r.user_id, r.group_id"
				"          FROM license_mgmt_internal.membership_loss($1, $5, $6) r) t",
				"s.user_id = t.user_id AND s.group_id = t.group_id"),
	REMOVAL_NARGS + 2, {REMOVAL_ARGTYPES, UUIDARRAYOID, UUIDARRAYOID}};

/* Every state of users $5. */
static Statement remove_users = {
	"remove_users", REMOVAL_SQL("", "s.user_id = ANY ($5::uuid[])"),
	REMOVAL_NARGS + 1, {REMOVAL_ARGTYPES, UUIDARRAYOID}};

/* The states of group $5 whose users it no longer reaches. */
static Statement remove_unreached = {
	"remove_unreached",
	REMOVAL_SQL("", "s.group_id = $5"
				" AND NOT EXISTS (SELECT 1 FROM license_mgmt_internal.group_reach($1, ARRAY[$5::uuid]) r"
				"                  WHERE r.user_id = s.user_id)"),
	REMOVAL_NARGS + 1, {REMOVAL_ARGTYPES, UUIDOID}};

/*
 * A direct removal deletes the intent in the removal's own statement; the
 * state goes only if there was an intent, and its one audit row records
 * the call and the state it ended, if any.  seat_write gives a freed seat
 * back to the counter, or to the reserve $4 the caller holds, where one was
 * given back already (seats_take_reserve).
 */
#define REMOVE_DIRECT_SQL(seat_write) \
	"WITH removed AS (" \
	"   DELETE FROM license_mgmt.user_license_assignments" \
	"    WHERE tenant_id = $1 AND user_id = $5 AND sku_id = $2 RETURNING 1)," \
	" gone AS (" \
	"   DELETE FROM license_mgmt.license_states s" \
	"    WHERE s.tenant_id = $1 AND s.sku_id = $2 AND s.user_id = $5" \
	"      AND s.group_id = '00000000-0000-0000-0000-000000000000'::uuid AND EXISTS (SELECT 1 FROM removed)" \
	"   RETURNING s.state, s.state IN ('active', 'active_with_error') AS held)," \
	" freed AS (" \
	"   SELECT count(*)::integer AS seats FROM gone g" \
	"    WHERE g.held AND NOT EXISTS (" \
	"          SELECT 1 FROM license_mgmt.license_states o" \
	"           WHERE o.tenant_id = $1 AND o.sku_id = $2 AND o.user_id = $5" \
	"             AND o.state IN ('active', 'active_with_error')" \
	"             AND o.group_id <> '00000000-0000-0000-0000-000000000000'::uuid))," \
	seat_write "," \
	" audited AS (" \
	"   INSERT INTO license_mgmt.audit_log" \
	"          (tenant_id, action, user_ids, group_id, sku_id, old_state, new_state, error)" \
	"   SELECT $1, $3, ARRAY[$5::uuid], NULL::uuid, $2, (SELECT g.state FROM gone g), NULL, NULL" \
	"     FROM removed" \
	"   RETURNING 1)" \
	" SELECT CASE WHEN EXISTS (SELECT 1 FROM gone) THEN ARRAY[$5::uuid] END," \
	"        (SELECT count(*) > 0 FROM removed)"

static Statement remove_direct = {
	"remove_direct",
	REMOVE_DIRECT_SQL(
		" counted AS ("
		"   UPDATE license_mgmt.seat_counters c SET assigned = c.assigned - f.seats,"
		"          over_limit = LEAST(c.over_limit, GREATEST(c.assigned - f.seats - c.total, 0)) FROM freed f"
		"    WHERE c.tenant_id = $1 AND c.sku_id = $2 AND f.seats > 0"
		"   RETURNING 1)"),
	REMOVAL_NARGS + 1, {REMOVAL_ARGTYPES, UUIDOID}};

static Statement remove_direct_in_reserve = {
	"remove_direct_in_reserve",
	REMOVE_DIRECT_SQL(
		" reserved AS ("
		"   UPDATE license_mgmt.seat_reserves r SET used = r.used - f.seats + 1 FROM freed f"
		"    WHERE r.tenant_id = $1 AND r.sku_id = $2 AND r.slot = $4 AND f.seats <> 1"
		"   RETURNING 1)"),
	REMOVAL_NARGS + 1, {REMOVAL_ARGTYPES, UUIDOID}};

static Statement *const removals[REMOVAL_COUNT] = {
	[REMOVE_DIRECT] = &remove_direct,
	[REMOVE_GROUP] = &remove_group,
	[REMOVE_MEMBERSHIPS] = &remove_memberships,
	[REMOVE_USERS] = &remove_users,
	[REMOVE_UNREACHED] = &remove_unreached,
};

/*
 * Nobody in the tenant holds a seat of the product or waits for one: the
 * two things the judgement looks for in the users' other rows.
 */
static Statement product_unheld = {
	"product_unheld",
	"SELECT u.assigned = 0 AND NOT EXISTS (SELECT 1 FROM license_mgmt.license_states w"
	"                                       WHERE w.tenant_id = $1 AND w.sku_id = $2"
	"                                         AND w.error = 'CountViolation')"
	"  FROM license_mgmt_internal.seat_usage u WHERE u.tenant_id = $1 AND u.sku_id = $2",
	2, {UUIDOID, UUIDOID}};

/* How many members a flat group has; -1 when its tenant nests groups. */
static Statement group_member_count = {
	"group_member_count",
	"SELECT CASE WHEN license_mgmt_internal.nesting($1) THEN -1"
	"            ELSE (SELECT count(*)::integer FROM license_mgmt.group_members m"
	"                   WHERE m.tenant_id = $1 AND m.group_id = $2) END",
	2, {UUIDOID, UUIDOID}};

/* States of product $2 in tenant $1 that hold no seat: those a re-judgement could grant one. */
static Statement product_seatless = {
	"product_seatless",
	"SELECT count(*)::integer FROM license_mgmt.license_states"
	" WHERE tenant_id = $1 AND sku_id = $2 AND state NOT IN ('active', 'active_with_error')",
	2, {UUIDOID, UUIDOID}};

/* The free seats as the judgement counts them: the counter's own. */
static Statement counter_free = {
	"counter_free",
	"SELECT total - assigned FROM license_mgmt.seat_counters WHERE tenant_id = $1 AND sku_id = $2",
	2, {UUIDOID, UUIDOID}};

/*
 * May the candidates be judged as a first grant?  Sources known to be new
 * qualify when their users have no row of the product, or when nobody in
 * the tenant holds a seat of it or waits for one (product_unheld).  Asked
 * under the counter's lock, with the reserves folded back.
 */
static bool
first_grant_possible(Datum tenant, Datum sku, EngineOptions options)
{
	if (options.states == STATES_NONE)
		return true;
	if (options.states != STATES_NONE_OWN)
		return false;
	return lm_run(&product_unheld, (Datum[]) {tenant, sku}, NULL) == 1 && lm_bool(0, 1);
}

/*
 * candidates_fit: are there surely no more candidates than free seats in
 * the counter the caller locked?  Asked for the candidate sets whose size
 * is known without judging them: one direct assignment, a group's members
 * (not nested: the reach is only known by walking it) and the given users
 * of an array.  At most one candidate per user, so the count bounds them.
 * Then the judgement needs no serving order (its sort is the largest step
 * of a fan-out after the insert), and new sources can be a first grant,
 * whose statement is a fraction of a judgement's to set up: a single
 * member added to a licensed group is one.
 */
static bool
candidates_fit(EngineSource source, Datum tenant, Datum sku, EngineOptions options, const Datum *args)
{
	int64		bound;

	if (options.reserve != 0)
		return false;
	switch (source)
	{
		case SOURCE_DIRECT:
			bound = 1;
			break;
		case SOURCE_GROUP:
			lm_run(&group_member_count, (Datum[]) {tenant, args[0]}, NULL);
			bound = lm_int(0, 1);
			if (bound < 0)
				return false;
			break;
		case SOURCE_DIRECT_BULK:
		case SOURCE_USERS:
			bound = lm_array_length(args[0]);
			break;
		case SOURCE_MEMBERSHIPS:
			bound = lm_array_length(args[1]);
			break;
		case SOURCE_PRODUCT:
			lm_run(&product_seatless, (Datum[]) {tenant, sku}, NULL);
			bound = lm_int(0, 1);
			break;
		default:
			return false;
	}
	return lm_run(&counter_free, (Datum[]) {tenant, sku}, NULL) == 1 && bound <= lm_int(0, 1);
}

/*
 * Judge a candidate set: the first grant when it can be one, the judgement
 * otherwise; a direct assignment in a seat reserve has its own statement.
 * Large arrays of candidates get plans made with their values.
 */
static int
run_judgement(EngineSource source, Datum tenant, Datum sku, EngineOptions options,
			  const Datum *args, int nargs)
{
	ProductFacts facts;
	Statement  *st;
	Datum		values[LM_MAX_ARGS];
	bool		isnull[LM_MAX_ARGS] = {false};
	bool		ordered;
	bool		bulk;

	st = judgements[source];
	if (nargs != st->nargs - JUDGE_NARGS)
		elog(ERROR, "license_mgmt: candidate set %s takes %d arguments", st->name, st->nargs - JUDGE_NARGS);
	/* the caller holds the product's seat lock, which a catalog change takes too: see what it changed */
	AcceptInvalidationMessages();
	product_facts(sku, &facts);
	ordered = !candidates_fit(source, tenant, sku, options, args);
	if (source == SOURCE_DIRECT && options.reserve > 0)
	{
		/* a reserve is only taken for a product no rule or location restricts */
		if (facts.rules || facts.locations)
			ereport(ERROR,
					(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
					 errmsg("the rules of %s changed while the assignment waited for a seat", facts.label),
					 errdetail("A change to the product's service plans, their requirements, conflicts or locations committed meanwhile."),
					 errhint("Retry the assignment.")));
		st = &judge_direct_in_reserve;
	}
	else if (!facts.rules && !facts.locations && !ordered && options.reserve == 0 &&
			 options.keep_failures && (source == SOURCE_GROUP || source == SOURCE_MEMBERSHIPS) &&
			 first_grant_possible(tenant, sku, options))
		st = source == SOURCE_GROUP ? &first_grant_group : &first_grant_memberships;

	values[0] = tenant;
	values[1] = sku;
	values[2] = BoolGetDatum(facts.rules);
	values[3] = BoolGetDatum(facts.locations);
	values[4] = BoolGetDatum(options.keep_failures);
	values[5] = CStringGetTextDatum(lm_action());
	values[6] = Int32GetDatum(options.reserve);
	values[7] = BoolGetDatum(ordered);
	values[8] = BoolGetDatum(options.states == STATES_MAY_EXIST);
	values[9] = BoolGetDatum(options.states != STATES_NONE);
	for (int i = 0; i < nargs; i++)
		values[JUDGE_NARGS + i] = args[i];
	/* a plan made with the values for many candidates, or all of a product's */
	bulk = source == SOURCE_PRODUCT ||
		(nargs > 0 && type_is_array(st->argtypes[JUDGE_NARGS]) && lm_is_bulk(args[0]));
	return bulk ? lm_run_per_call(st, values, isnull) : lm_run(st, values, isnull);
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

	if (source == SOURCE_DIRECT || source == SOURCE_DIRECT_BULK)
		elog(ERROR, "license_mgmt: direct candidates are judged by engine_apply_outcomes");
	run_judgement(source, tenant, sku, options, args, nargs);
	result.candidates = lm_int(0, 1);
	result.licensed = lm_int(0, 2);
	result.failed = lm_int(0, 3);
	result.waiting = lm_int(0, 4);
	result.users = lm_value(0, 5, &isnull);
	if (isnull)
		result.users = (Datum) 0;
	result.changed = lm_int(0, 6);
	holders_waiting = lm_value(0, 7, &isnull);
	result.more = (source == SOURCE_USERS || source == SOURCE_PRODUCT) && lm_bool(0, 9);

	/*
	 * A user who now holds the product may still wait for it through another
	 * source: that one needs no seat and is judged again (R2.2), as the
	 * existing source it is, whatever the caller knew of its candidates.
	 * Passes over a user's sources (SOURCE_USERS) get there by themselves.
	 */
	if (!isnull && source != SOURCE_USERS && source != SOURCE_PRODUCT)
	{
		EngineOptions keep = {.keep_failures = true};

		engine_reevaluate_product(tenant, sku, holders_waiting, keep);
	}
	return result;
}

/*
 * engine_apply_outcomes judges direct candidates: SOURCE_DIRECT returns one
 * row (user_id, error name or null, state), SOURCE_DIRECT_BULK one row per
 * given user (user_id, error name or null) in the order given.  *n is the
 * number of rows.
 */
SPITupleTable *
engine_apply_outcomes(EngineSource source, Datum tenant, Datum sku,
					  EngineOptions options, const Datum *args, int nargs, uint64 *n)
{
	bool		direct_bulk = (source == SOURCE_DIRECT_BULK);
	SPITupleTable *outcomes;
	bool		isnull = true;
	Datum		holders_waiting = (Datum) 0;

	if (source != SOURCE_DIRECT && !direct_bulk)
		elog(ERROR, "license_mgmt: engine_apply_outcomes judges direct candidates only");
	*n = run_judgement(source, tenant, sku, options, args, nargs);
	if (*n > 0)
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
 * engine_remove deletes the states; it returns the users whose states went,
 * as uuid[] (0 when none).  For REMOVE_DIRECT, *had_intent says whether
 * there was a direct assignment to remove: without one, nothing changed.
 */
Datum
engine_remove(RemovalTarget target, Datum tenant, Datum sku, int reserve, const Datum *args, int nargs,
			  bool *had_intent)
{
	Statement  *st = removals[target];
	Datum		values[LM_MAX_ARGS];
	bool		isnull;
	Datum		users;

	if (target == REMOVE_DIRECT && reserve != 0)
		st = &remove_direct_in_reserve;
	if (nargs != st->nargs - REMOVAL_NARGS)
		elog(ERROR, "license_mgmt: removal %s takes %d arguments", st->name, st->nargs - REMOVAL_NARGS);
	values[0] = tenant;
	values[1] = sku;
	values[2] = CStringGetTextDatum(lm_action());
	values[3] = Int32GetDatum(reserve);
	for (int i = 0; i < nargs; i++)
		values[REMOVAL_NARGS + i] = args[i];
	if (nargs > 0 && type_is_array(st->argtypes[REMOVAL_NARGS]) && lm_is_bulk(args[0]))
		lm_run_per_call(st, values, NULL);
	else
		lm_run(st, values, NULL);
	if (had_intent != NULL)
		*had_intent = lm_bool(0, 2);
	users = lm_value(0, 1, &isnull);
	return isnull ? (Datum) 0 : users;
}

/*
 * engine_reevaluate_product re-judges every state of the users (uuid[]), or
 * with users 0 every state of the product, one source per user per pass,
 * and returns how many states changed.
 */
int
engine_reevaluate_product(Datum tenant, Datum sku, Datum users, EngineOptions options)
{
	int			changed = 0;
	EngineResult result;

	for (int32 pass = 1;; pass++)
	{
		if (users == (Datum) 0)
			result = engine_apply(SOURCE_PRODUCT, tenant, sku, options, (Datum[]) {Int32GetDatum(pass)}, 1);
		else
			result = engine_apply(SOURCE_USERS, tenant, sku, options, (Datum[]) {users, Int32GetDatum(pass)}, 2);
		changed += result.changed;
		if (!result.more)
			break;
	}
	return changed;
}

/* The statements of this file, for statements.c. */
Statement *const engine_statements[] = {
	&judge_direct, &judge_direct_in_reserve, &judge_direct_bulk, &judge_group, &judge_memberships,
	&judge_users, &judge_product, &judge_waiting, &judge_disabled, &first_grant_group, &first_grant_memberships,
	&remove_direct, &remove_direct_in_reserve, &remove_group, &remove_memberships, &remove_users,
	&remove_unreached, &product_unheld, &group_member_count, &product_seatless, &counter_free, NULL
};
