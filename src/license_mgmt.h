/*
 * license_mgmt.h
 *		Interfaces shared by the C files of license_mgmt.
 *
 * One concern per file:
 *	license_mgmt.c	module entry: the settings, _PG_init
 *	spi_util.c		running our queries: statements, pinned search_path, owner
 *	statements.c	every statement the extension runs, listed
 *	usage_location.c	ISO 3166-1 alpha-2 validation
 *	seats.c			seat counters and their reserves
 *	plan_rules.c	service plan rules: conflicts, dependencies, locations, options
 *	refusals.c		why a call was refused, in the contract's terms
 *	product_cache.c	what every call asks of its product, kept per backend
 *	directory.c		finding users, groups and products as the caller sees them
 *	tenant_grants.c	which tenants a role may act for: current_tenant()
 *	engine.c		judging license sources and writing their states
 *	ripple.c		what a change sets off: rules re-judged, waiting room, new totals
 *	direct.c		direct assignment functions
 *	groups.c		group assignment functions and reprocessing
 *	change.c		a user's or a group's licenses changed as a whole (Graph's assignLicense)
 *	membership.c	directory triggers: memberships, directory objects, deletes
 *	reach.c			who new memberships bring to which licensed groups
 *	held_states.c	which products a set of users already has a state of
 *	key_scan.c		reading a table through its primary key directly
 *	lifecycle.c		user and subscription lifecycles
 *	audit.c			the append-only audit log
 *	alerts.c		alerts per event: collected per statement, sent as it ends
 *	derived_guard.c	derived state written by our own code only
 *	views.c			what the license views compute per row
 *	catalog_import.c	Microsoft's catalog file read into the catalog tables
 *	catalog_changes.c	a change to the catalog re-judges the states it affects
 *	verify.c		verify(): the invariants checked (on Citus, on every shard group)
 *	shards.c		on Citus: the local shards of the tenant a call works on
 *	forward.c		on Citus: a call runs on the node that holds its tenant
 *	remote_errors.c	on Citus: a refusal raised on a worker reads as on one server
 *	set_commands.c	on Citus: a SET LOCAL reaches the workers as itself
 *	drop_extension.c	on Citus: DROP EXTENSION drops the shards too
 */
#ifndef LICENSE_MGMT_H
#define LICENSE_MGMT_H

#include "postgres.h"

#include "access/genam.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/uuid.h"

/*
 * How a message names a product or a service plan (R1.3): its name quoted,
 * followed by its id when the name is ambiguous, another product (plan)
 * having the same name: "MCOPSTN5" (54a152dc-90de-4996-93d2-bc47e670fc06).
 * p is the alias of a row of license_mgmt.products, sp of one of
 * license_mgmt.service_plans; an index on the name makes the test a lookup.
 * Messages print labels as they are (%s, not \"%s\").
 */
#define PRODUCT_LABEL_SQL(p) \
	"format('\"%s\"%s', " p ".sku_part_number," \
	"       (SELECT format(' (%s)', " p ".sku_id) FROM license_mgmt.products same_name" \
	"         WHERE same_name.sku_part_number = " p ".sku_part_number AND same_name.sku_id <> " p ".sku_id" \
	"         LIMIT 1))"
#define SERVICE_PLAN_LABEL_SQL(sp) \
	"format('\"%s\"%s', " sp ".service_plan_name," \
	"       (SELECT format(' (%s)', " sp ".service_plan_id) FROM license_mgmt.service_plans same_name" \
	"         WHERE same_name.service_plan_name = " sp ".service_plan_name" \
	"           AND same_name.service_plan_id <> " sp ".service_plan_id LIMIT 1))"

/*
 * The requirements of product $3's enabled plans (plans $4 disabled) that
 * `met` (a condition on one requirement row d) leaves unmet, the first by
 * name: the plan, and the plans that would meet it (R7.1: any of them, rows
 * of one any_of number > 0 forming one requirement).  For refusals'
 * details (refusals.c, plan_rules.c).
 */
#define UNMET_REQUIREMENT_SQL(met) \
	"SELECT " SERVICE_PLAN_LABEL_SQL("sp") "," \
	"       string_agg(" SERVICE_PLAN_LABEL_SQL("req") ", ' or ' ORDER BY req.service_plan_name)" \
	"  FROM license_mgmt.product_service_plans psp" \
	"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = psp.service_plan_id" \
	"  JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.service_plan_id" \
	"  JOIN license_mgmt.service_plans req ON req.service_plan_id = d.required_service_plan_id" \
	" WHERE psp.sku_id = $3 AND psp.service_plan_id <> ALL ($4)" \
	" GROUP BY sp.service_plan_id, sp.service_plan_name, d.any_of," \
	"          CASE WHEN d.any_of = 0 THEN d.required_service_plan_id END" \
	" HAVING NOT bool_or(" met ")" \
	" ORDER BY sp.service_plan_name, min(req.service_plan_name) LIMIT 1"

/*
 * errconstraint names the rule that refused, for a client to read as
 * PG_DIAG_CONSTRAINT_NAME: the contract's refusals are class 23 errors that
 * say which constraint of license_mgmt they enforce.
 */
static inline int
errconstraint(const char *name)
{
	err_generic_string(PG_DIAG_SCHEMA_NAME, "license_mgmt");
	return err_generic_string(PG_DIAG_CONSTRAINT_NAME, name);
}

/* settings (license_mgmt.c) */
extern char *license_mgmt_tenant_id;

/* spi_util.c */
typedef struct LmContext
{
	Oid			saved_userid;
	int			saved_sec_context;
	int			guc_nestlevel;
	bool		as_owner;
} LmContext;

/*
 * A statement the extension runs: named, whole, its argument types, and the
 * plans kept for it once prepared (generic, and planned per call for large
 * arrays).  Each module lists its statements (statements.c shows them all);
 * listed is set for those, and lm_run refuses, in assertion builds, a
 * statement missing from the lists.
 */
#define LM_MAX_ARGS 16

typedef struct Statement
{
	const char *name;
	const char *sql;
	int			nargs;
	Oid			argtypes[LM_MAX_ARGS];
	SPIPlanPtr	plan;
	SPIPlanPtr	per_call_plan;
	bool		listed;
} Statement;

/* each module's statements (statements.c lists them) */
extern Statement *const audit_statements[];
extern Statement *const catalog_changes_statements[];
extern Statement *const catalog_import_statements[];
extern Statement *const change_statements[];
extern Statement *const direct_statements[];
extern Statement *const directory_statements[];
extern Statement *const drop_extension_statements[];
extern Statement *const engine_statements[];
extern Statement *const groups_statements[];
extern Statement *const lifecycle_statements[];
extern Statement *const membership_statements[];
extern Statement *const plan_rules_statements[];
extern Statement *const product_cache_statements[];
extern Statement *const reach_statements[];
extern Statement *const refusals_statements[];
extern Statement *const ripple_statements[];
extern Statement *const seats_statements[];
extern Statement *const shards_statements[];
extern Statement *const verify_statements[];
extern Statement *const views_statements[];
extern void statements_init(void);

/* shards.c: on a Citus cluster, the shards a call works on */
/* the application_name of the connections Citus opens between nodes */
#define CITUS_INTERNAL_APPLICATION "citus_internal gpid="
typedef struct ShardGroup ShardGroup;
extern void shards_init(void);
extern bool shards_distributed(void);
extern bool shards_working_for_coordinator(void);
extern ShardGroup *shards_of_tenant_group(Datum tenant);
extern ShardGroup *shards_tenant_group_here(Datum tenant);
extern ShardGroup *shards_of_relation(Relation rel);
extern Oid	shards_local(const ShardGroup *group, Oid relid);
extern int64 shards_group_key(const ShardGroup *group);
extern Oid	shards_table_relid(const char *table);
extern List *shards_local_groups(void);
extern Oid	shards_table_of(Relation rel);

/* remote_errors.c: on a Citus cluster, a worker's refusal reads as on one server */
extern void remote_errors_init(void);
extern void remote_errors_take_carried(ErrorData *error);

/* set_commands.c: on a Citus cluster, a SET LOCAL reaches the workers as itself */
extern void set_commands_init(void);

/* commit_errors.c: on a Citus cluster, a worker's refusal at commit fails the commit as on one server */
extern void commit_errors_init(void);

/* forward.c: on a Citus cluster, a call runs where its tenant is */
typedef enum ForwardBy
{
	FORWARD_BY_USER,			/* argument 0 is a user id */
	FORWARD_BY_USERS,			/* argument 0 is an array of user ids of one tenant */
	FORWARD_BY_GROUP,			/* argument 0 is a group id */
	FORWARD_BY_SETTING			/* license_mgmt.tenant_id, or else every tenant (a count summed) */
} ForwardBy;
extern Statement *const forward_statements[];
extern bool forward_call(FunctionCallInfo fcinfo, const char *function, ForwardBy by, Datum *result);

/* The first step of a licensing function: on Citus, run it where its tenant is. */
#define LM_FORWARD(fcinfo, by) \
	do { \
		Datum		forwarded_; \
		if (forward_call((fcinfo), __func__, (by), &forwarded_)) \
			return forwarded_; \
	} while (0)

/* the licensing functions, which forward.c calls from their twins */
extern Datum assign_user_license(PG_FUNCTION_ARGS);
extern Datum remove_user_license(PG_FUNCTION_ARGS);
extern Datum assign_user_licenses(PG_FUNCTION_ARGS);
extern Datum assign_group_license(PG_FUNCTION_ARGS);
extern Datum remove_group_license(PG_FUNCTION_ARGS);
extern Datum change_user_licenses(PG_FUNCTION_ARGS);
extern Datum change_group_licenses(PG_FUNCTION_ARGS);
extern Datum reprocess_user(PG_FUNCTION_ARGS);
extern Datum reprocess_group(PG_FUNCTION_ARGS);
extern Datum advance_subscriptions(PG_FUNCTION_ARGS);

extern SPIPlanPtr lm_plan(Statement *st);
extern int	lm_run(Statement *st, const Datum *values, const bool *isnull);
extern int	lm_run_per_call(Statement *st, const Datum *values, const bool *isnull);

#define lm_enter(ctx) lm_enter_call((ctx), __func__)
extern void spi_util_init(void);
extern void lm_enter_as(LmContext *ctx, const char *action);
extern void lm_enter_call(LmContext *ctx, const char *action);
extern TriggerData *lm_enter_trigger(LmContext *ctx, FunctionCallInfo fcinfo, const char *name,
									 bool for_row, bool before);
extern bool lm_extension_writing(void);
extern const char *lm_action(void);
extern ShardGroup *lm_shard_group(void);
extern void lm_set_shard_group(ShardGroup *group);
extern uint64 lm_call_serial(void);
extern void lm_become_owner(LmContext *ctx);
extern void lm_leave(LmContext *ctx);
extern int	lm_array_length(Datum array);
extern bool lm_is_bulk(Datum array);
extern Snapshot lm_statement_snapshot(void);
extern bool lm_attempt(bool (*attempt) (void *arg), void *arg);
extern Datum lm_value(int row, int col, bool *isnull);
extern char *lm_text(int row, int col);
extern int32 lm_int(int row, int col);
extern bool lm_bool(int row, int col);
extern Datum lm_copy_datum(int row, int col, bool *isnull);
extern Datum lm_tenant_setting(bool *isnull);
extern char *lm_uuid_out(Datum uuid);
extern void lm_check_uuid_array(Datum array, const char *argname);
extern Datum lm_uuid_array(Datum id);
extern Datum lm_empty_uuids(void);
extern int	lm_uuids(Datum array, Datum **elems);
extern int	lm_uuid_cmp(const void *a, const void *b);
extern bool lm_uuid_in(Datum id, const Datum *elems, int n);
extern TriggerData *lm_trigger_data(FunctionCallInfo fcinfo, const char *name, bool for_row, bool before);
extern Datum lm_trigger_column(TriggerData *trigdata, HeapTuple tuple, const char *column);

/* directory.c */
typedef struct DirectoryUser
{
	Datum		tenant;
	Datum		user;
	char	   *upn;
	bool		deleted;
	char	   *location;		/* NULL when the user has none */
	char	   *deleted_at;
} DirectoryUser;

typedef struct DirectoryGroup
{
	Datum		tenant;
	Datum		group;
	char	   *name;
} DirectoryGroup;

extern Datum lm_arg_uuid(FunctionCallInfo fcinfo, int n, const char *name);
extern Datum lm_arg_plans(FunctionCallInfo fcinfo, int n);
extern void directory_refuse_unknown(const char *kind, Datum id);
extern void directory_find_user(Datum user, DirectoryUser *out);
extern void directory_refuse_deleted(const DirectoryUser *user);
extern void directory_lock_users(Datum tenant, Datum users);
extern void directory_lock_user(DirectoryUser *user);
extern void directory_find_group(Datum group, DirectoryGroup *out);
extern char *directory_find_product(Datum sku);

/* tenant_grants.c */
extern bool tenant_grants_explain_unseen(const char *objects, const char **detail, const char **hint);

/* seats.c */
#define RESERVE_SLOTS 8
#define RESERVE_FULL (-1)		/* seats_take_reserve: no seat free anywhere */
extern SPITupleTable *seats_lock(Datum tenant, Datum skus, uint64 *n);
extern int32 seats_lock_related(Datum tenant, Datum sku);
extern Datum seats_lock_tenant(Datum tenant);
extern int32 seats_take_reserve(Datum tenant, Datum sku, bool to_give);
extern void seats_create(Datum tenant, Datum skus);
extern void seats_read(Datum tenant, Datum sku, int32 *total, int32 *assigned);
extern void seats_refresh_total(Datum tenant, Datum sku, int32 *old_total, int32 *new_total);

/* product_cache.c */
typedef struct ProductFacts
{
	char		label[4 * 128 + 64];	/* PRODUCT_LABEL_SQL of a part number of
										 * 128 characters at most */
	bool		rules;			/* a conflict or dependency involves its plans */
	bool		locations;		/* one of its plans is not offered somewhere */
} ProductFacts;

extern bool product_facts(Datum sku, ProductFacts *facts);
extern bool product_has_rules(Datum sku);
extern void product_cache_forget(void);

/* key_scan.c */
typedef struct KeyScan
{
	Relation	heap;
	Relation	index;			/* its primary key */
	IndexScanDesc scan;
	TupleTableSlot *slot;		/* the row found */
} KeyScan;

extern void key_scan_open(KeyScan *ks, const char *table, const char *key_column, Snapshot snapshot);
extern AttrNumber key_scan_column(KeyScan *ks, const char *name);
extern void key_scan_start(KeyScan *ks, Datum tenant, Datum id);
extern bool key_scan_next(KeyScan *ks);
extern Datum key_scan_get(KeyScan *ks, AttrNumber att, bool *isnull);
extern void key_scan_close(KeyScan *ks);

/*
 * Reading a table through its primary key, as key_scan.c and tenant_grants.c
 * do: PostgreSQL 18 asks whether a deferrable key would do (ours are not)
 * and index_beginscan takes scan instrumentation (none here).
 */
#if PG_VERSION_NUM >= 180000
#define lm_primary_key_index(rel) RelationGetPrimaryKeyIndex((rel), false)
#define lm_index_beginscan(heap, index, snapshot, nkeys) \
	index_beginscan((heap), (index), (snapshot), NULL, (nkeys), 0)
#else
#define lm_primary_key_index(rel) RelationGetPrimaryKeyIndex(rel)
#define lm_index_beginscan(heap, index, snapshot, nkeys) \
	index_beginscan((heap), (index), (snapshot), (nkeys), 0)
#endif

/* reach.c */
extern int	reach_new_memberships(Datum tenant, bool nests, Datum groups, Datum members, Datum added,
								  Datum licensed, Datum *reached);

/* membership.c */
extern void membership_init(void);

/* held_states.c */
extern Datum held_states_products(Datum tenant, Datum users);

/* plan_rules.c */
extern Datum plan_rules_lock_set(Datum skus);
extern Datum plan_rules_check_disabled_plans(Datum sku, Datum disabled_plans, const char *product);
extern void plan_rules_check_group_dependencies(Datum tenant, Datum group, Datum sku,
												Datum disabled_plans, const char *group_name,
												const char *product);
extern void plan_rules_check_removal(Datum tenant, Datum user, Datum sku, const char *who,
									 const char *product);

/*
 * The location and plan rules of a judgement (R5.2, R7.2, R7.1), as one SQL
 * expression: the first rule an enabled plan of candidate c breaks, or null.
 * Read in the judgement (engine.c), where c is the candidate (its
 * disabled_plans and usage_location), s its own state row or null, t the
 * tenant's row, product_plan the product's plans; $1 tenant, $2 product, $3
 * whether plan rules touch the product, $4 whether locations restrict it.
 *
 *	- R5.2: an enabled plan not offered at the effective location (R5.1);
 *	- R7.2: an enabled plan excluded by one the user has from another
 *	  product; what a source held first stays, only plans it newly enables
 *	  are judged;
 *	- R7.1: an enabled plan with a requirement none of whose plans the
 *	  source itself or another active source of the user enables (a
 *	  requirement is one row of service_plan_dependencies, or the rows of a
 *	  plan sharing a non-zero any_of: any of them meets it).
 */
#define RULE_ERROR_SQL \
	"CASE" \
	"  WHEN $4 AND EXISTS (SELECT 1 FROM product_plan p" \
	"                       WHERE p.service_plan_id <> ALL (c.disabled_plans)" \
	"                         AND COALESCE(c.usage_location, t.usage_location) = ANY (p.unavailable_locations))" \
	"    THEN 'ProhibitedInUsageLocationViolation'" \
	"  WHEN $3 AND EXISTS (" \
	"       SELECT 1 FROM product_plan p" \
	"         JOIN license_mgmt_internal.service_plan_exclusions x ON x.excluded_service_plan_id = p.service_plan_id" \
	"         JOIN license_mgmt_internal.source_enabled_plans e ON e.service_plan_id = x.service_plan_id" \
	"        WHERE p.service_plan_id <> ALL (c.disabled_plans)" \
	"          AND (NOT COALESCE(s.state IN ('active', 'active_with_error'), false)" \
	"               OR p.service_plan_id = ANY (s.disabled_plans))" \
	"          AND e.tenant_id = $1 AND e.user_id = c.user_id AND e.sku_id <> $2)" \
	"    THEN 'MutuallyExclusiveViolation'" \
	"  WHEN $3 AND EXISTS (" \
	"       SELECT 1 FROM product_plan p" \
	"         JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = p.service_plan_id" \
	"        WHERE p.service_plan_id <> ALL (c.disabled_plans)" \
	"        GROUP BY p.service_plan_id, d.any_of," \
	"                 CASE WHEN d.any_of = 0 THEN d.required_service_plan_id END" \
	"       HAVING NOT bool_or(" \
	"                EXISTS (SELECT 1 FROM product_plan q" \
	"                         WHERE q.service_plan_id = d.required_service_plan_id" \
	"                           AND q.service_plan_id <> ALL (c.disabled_plans))" \
	"             OR EXISTS (SELECT 1 FROM license_mgmt_internal.source_enabled_plans e" \
	"                         WHERE e.tenant_id = $1 AND e.user_id = c.user_id" \
	"                           AND e.service_plan_id = d.required_service_plan_id" \
	"                           AND NOT (e.sku_id = $2 AND e.group_id = c.group_id))))" \
	"    THEN 'DependencyViolation'" \
	" END"

/* refusals.c */
extern void refusal_bulk_tenants(void);
extern void refusal_unusable(int32 total, const char *product);
extern void refusal_explain(const char *error, Datum tenant, Datum user, Datum sku,
							Datum disabled_plans, const char *who, const char *product);

/* engine.c */
typedef enum EngineSource
{
	SOURCE_DIRECT,				/* args: user, disabled plans, usage location */
	SOURCE_DIRECT_BULK,			/* args: users[] in order, disabled plans */
	SOURCE_GROUP,				/* args: group; every user it reaches */
	SOURCE_MEMBERSHIPS,			/* args: reached groups[], users[], since[], licensed group,
								 * the users' deleted_at[], usage_location[] */
	SOURCE_USERS,				/* args: users[], pass; their existing sources */
	SOURCE_PRODUCT,				/* args: pass; every existing source of the product */
	SOURCE_WAITING,				/* args: how many; the head of the waiting room */
	SOURCE_DISABLED,			/* no args; sources disabled while the product had no seats */
	SOURCE_COUNT
} EngineSource;

typedef struct EngineResult
{
	int32		candidates;		/* sources judged */
	int32		licensed;		/* candidates holding the product afterwards */
	int32		failed;			/* candidates in an error state afterwards */
	int32		waiting;		/* of those, waiting for a seat */
	Datum		users;			/* uuid[] of candidate users when plan rules apply, or 0 */
	int32		changed;		/* states written */
	bool		more;			/* SOURCE_USERS, SOURCE_PRODUCT: the next pass has sources */
} EngineResult;

/* What a caller knows of the candidates' existing state rows of the product. */
typedef enum CandidateStates
{
	STATES_MAY_EXIST,			/* nothing: each candidate's own row is looked up */
	STATES_NONE_OWN,			/* no candidate has a row for its source yet */
	STATES_NONE					/* no candidate's user has any row of the product */
} CandidateStates;

typedef struct EngineOptions
{
	bool		keep_failures;	/* record error states (groups) or drop them (direct) */
	CandidateStates states;		/* what the candidates surely do not have */
	int32		reserve;		/* the seat reserve the caller holds, 0: the counter, RESERVE_FULL */
} EngineOptions;

extern EngineResult engine_apply(EngineSource source, Datum tenant, Datum sku,
								 EngineOptions options, const Datum *args, int nargs);
extern SPITupleTable *engine_apply_outcomes(EngineSource source, Datum tenant, Datum sku,
											EngineOptions options, const Datum *args, int nargs,
											uint64 *n);

typedef enum RemovalTarget
{
	REMOVE_DIRECT,				/* args: user */
	REMOVE_GROUP,				/* args: group */
	REMOVE_MEMBERSHIPS,			/* args: groups[], members[] */
	REMOVE_USERS,				/* args: users[] */
	REMOVE_UNREACHED,			/* args: group; states of users it no longer reaches */
	REMOVAL_COUNT
} RemovalTarget;

extern Datum engine_remove(RemovalTarget target, Datum tenant, Datum sku, int reserve,
						   const Datum *args, int nargs, bool *had_intent);
extern int	engine_reevaluate_product(Datum tenant, Datum sku, Datum users, EngineOptions options);

/* ripple.c */
extern void ripple_rules(Datum tenant, Datum sku, Datum users);
extern void ripple_reevaluate_users(Datum tenant, Datum skus, Datum users);
extern void ripple_reevaluate_products(Datum tenant, Datum skus);
extern void ripple_serve_waiting_room(Datum tenant, Datum sku);
extern void ripple_apply_total(Datum tenant, Datum sku, int32 old_total, int32 new_total);

/* audit.c */
extern void audit_intent(Datum tenant, Datum users, Datum group, Datum sku, Datum disabled_plans,
						 int32 licensed, int32 failed);

/* alerts.c */
extern void alerts_send(void);
extern void alerts_forget(void);
extern bool alerts_relayed(const ErrorData *warning);
extern void alerts_take_relayed(const ErrorData *warning);

/* direct.c */
extern void direct_assign(const DirectoryUser *user, Datum sku, Datum disabled, const char *product,
						  EngineOptions options);
extern void direct_refuse_unassigned(const DirectoryUser *user, Datum sku, const char *product);

/* groups.c */
extern void groups_lock(Datum tenant, Datum group);
extern bool groups_record_intent(Datum tenant, Datum group, Datum sku, Datum disabled);
extern void groups_remove_intent(const DirectoryGroup *group, Datum sku, const char *product);
extern void groups_reapply_tenant(Datum tenant, Datum skus);

#endif							/* LICENSE_MGMT_H */
