/*
 * directory.c
 *		Finding the users, groups and products the functions are called
 *		with, as the caller sees them.
 *
 * The functions take bare ids; the tenant is the one the object belongs to.
 * These lookups run as the caller, before lm_become_owner(), so row-level
 * security decides what exists (R10.3): an id of another tenant is unknown,
 * whatever uuid is guessed, and so is one of a tenant not granted to the
 * caller (tenant_grants.c).  With license_mgmt.tenant_id set, only that
 * tenant's objects are found even by roles that bypass row-level security.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"

#include "license_mgmt.h"

/*
 * find_user: user $1 as the caller sees it (row-level security applies),
 * in tenant $2 (license_mgmt.tenant_id) when set: two rows at most
 */
static Statement find_user = {
	"find_user",
	"SELECT u.tenant_id, u.user_principal_name, u.deleted_at IS NOT NULL,"
	"       u.usage_location, u.deleted_at::text"
	"  FROM license_mgmt.users u"
	" WHERE u.user_id = $1 AND ($2::uuid IS NULL OR u.tenant_id = $2)"
	" LIMIT 2",
	2, {UUIDOID, UUIDOID}};

/*
 * find_group: group $1 as the caller sees it, in tenant $2 when set: two
 * rows at most
 */
static Statement find_group = {
	"find_group",
	"SELECT g.tenant_id, g.display_name FROM license_mgmt.groups g"
	" WHERE g.group_id = $1 AND ($2::uuid IS NULL OR g.tenant_id = $2)"
	" LIMIT 2",
	2, {UUIDOID, UUIDOID}};

/* lock_users: users $2 of tenant $1 FOR KEY SHARE, in user_id order */
static Statement lock_users = {
	"lock_users",
	"SELECT 1 FROM license_mgmt.users u"
	" WHERE u.tenant_id = $1 AND u.user_id = ANY ($2) ORDER BY u.user_id FOR KEY SHARE",
	2, {UUIDOID, UUIDARRAYOID}};

/* lock_user: user $2 of tenant $1 FOR NO KEY UPDATE, and what a judgement reads of it */
static Statement lock_user = {
	"lock_user",
	"SELECT u.deleted_at IS NOT NULL, u.usage_location, u.deleted_at::text"
	"  FROM license_mgmt.users u WHERE u.tenant_id = $1 AND u.user_id = $2"
	"   FOR NO KEY UPDATE",
	2, {UUIDOID, UUIDOID}};

/* lm_arg_uuid returns argument n, refusing SQL null with a clear error. */
Datum
lm_arg_uuid(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", name),
				 errdetail("Every argument of license_mgmt's functions is required."),
				 errhint("Pass the id of an existing object.")));
	return PG_GETARG_DATUM(n);
}

/*
 * lm_arg_plans returns the disabled plans argument n.  Null is refused like
 * any null argument (R13.1): no plans disabled is '{}', the default.
 */
Datum
lm_arg_plans(FunctionCallInfo fcinfo, int n)
{
	Datum		plans = lm_arg_uuid(fcinfo, n, "disabled_plans");

	lm_check_uuid_array(plans, "disabled_plans");
	return plans;
}

static void
refuse_ambiguous(const char *kind, Datum id)
{
	ereport(ERROR,
			(errcode(ERRCODE_CARDINALITY_VIOLATION),
			 errmsg("%s %s exists in more than one tenant", kind, lm_uuid_out(id)),
			 errdetail("license_mgmt.tenant_id is not set, so the id alone does not say which is meant."),
			 errhint("Set license_mgmt.tenant_id to the tenant you act for.")));
}

/*
 * directory_refuse_unknown refuses an id of a user or a group (kind) that
 * the caller cannot see, with license_user_exists or license_group_exists.
 */
void
directory_refuse_unknown(const char *kind, Datum id)
{
	bool		user = strcmp(kind, "user") == 0;
	const char *detail = user ? "No user with this id is visible in the tenant this session acts for."
		: "No group with this id is visible in the tenant this session acts for.";
	const char *hint = user ? "Check the user id, and that license_mgmt.tenant_id names the user's tenant."
		: "Check the group id, and that license_mgmt.tenant_id names the group's tenant.";

	(void) tenant_grants_explain_unseen(user ? "user" : "group", &detail, &hint);
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("%s %s does not exist", kind, lm_uuid_out(id)),
			 errdetail("%s", detail),
			 errhint("%s", hint),
			 errconstraint(user ? "license_user_exists" : "license_group_exists")));
}

/*
 * directory_find_user finds a user the caller can act for, or refuses
 * with license_user_exists.
 */
void
directory_find_user(Datum user, DirectoryUser *out)
{
	Datum		values[2];
	bool		isnull[2] = {false, false};
	int			n;

	values[0] = user;
	values[1] = lm_tenant_setting(&isnull[1]);
	n = lm_run(&find_user, values, isnull);
	if (n == 0)
		directory_refuse_unknown("user", user);
	if (n > 1)
		refuse_ambiguous("user", user);
	out->user = user;
	out->tenant = lm_value(0, 1, &isnull[0]);
	out->upn = lm_text(0, 2);
	out->deleted = lm_bool(0, 3);
	out->location = lm_text(0, 4);
	out->deleted_at = lm_text(0, 5);
}

/*
 * directory_refuse_deleted refuses to license a soft-deleted user (R3.1,
 * R8.1): their licenses are suspended until they are restored.
 */
void
directory_refuse_deleted(const DirectoryUser *user)
{
	if (!user->deleted)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("user \"%s\" is deleted", user->upn),
			 errdetail("The user was soft-deleted at %s; their licenses are suspended.", user->deleted_at),
			 errhint("Restore the user (set deleted_at to null) before giving them a license."),
			 errconstraint("license_user_active")));
}

/*
 * directory_find_group finds a group the caller can act for, or refuses
 * with license_group_exists.
 */
void
directory_find_group(Datum group, DirectoryGroup *out)
{
	Datum		values[2];
	bool		isnull[2] = {false, false};
	int			n;

	values[0] = group;
	values[1] = lm_tenant_setting(&isnull[1]);
	n = lm_run(&find_group, values, isnull);
	if (n == 0)
		directory_refuse_unknown("group", group);
	if (n > 1)
		refuse_ambiguous("group", group);
	out->group = group;
	out->tenant = lm_value(0, 1, &isnull[0]);
	out->name = lm_text(0, 2);
}

/*
 * directory_lock_users takes a key-share lock on users (uuid[]) of a tenant,
 * before any seat counter: the foreign key of an assignment would take it
 * later anyway, and taking it first keeps the global lock order (directory
 * rows, then groups, then counters) that a concurrent DELETE of the user
 * also follows.
 */
void
directory_lock_users(Datum tenant, Datum users)
{
	lm_run(&lock_users, (Datum[]) {tenant, users}, NULL);
}

/*
 * directory_lock_user locks one user's row against concurrent changes to
 * the user (a soft delete, a location change, another assignment) and reads
 * it again: what the call then judges is what commits.  Taken before any
 * seat counter, as an UPDATE of the user does.
 */
void
directory_lock_user(DirectoryUser *user)
{
	if (lm_run(&lock_user, (Datum[]) {user->tenant, user->user}, NULL) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("user %s does not exist", lm_uuid_out(user->user)),
				 errdetail("The user was deleted meanwhile."),
				 errhint("Check the user id."),
				 errconstraint("license_user_exists")));
	user->deleted = lm_bool(0, 1);
	user->location = lm_text(0, 2);
	user->deleted_at = lm_text(0, 3);
}

/*
 * directory_find_product returns how messages name a product (its part
 * number quoted, and its id when the part number is ambiguous), or refuses.
 * What the judgement needs to know of the product (do plan rules touch it,
 * are its plans restricted by location) comes with it, kept for the call
 * (product_facts).
 */
char *
directory_find_product(Datum sku)
{
	ProductFacts facts;

	if (!product_facts(sku, &facts))
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("product %s does not exist", lm_uuid_out(sku)),
				 errdetail("No product of the catalog has sku_id %s.", lm_uuid_out(sku)),
				 errhint("license_mgmt.products lists the products by sku_id."),
				 errconstraint("license_product_exists")));
	return pstrdup(facts.label);
}

/* The statements of this file, for statements.c. */
Statement *const directory_statements[] = {&find_user, &find_group, &lock_users, &lock_user, NULL};
