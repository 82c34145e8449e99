/*
 * change.c
 *		Changing a user's or a group's licenses as a whole, as Microsoft
 *		Graph's assignLicense does: change_user_licenses and
 *		change_group_licenses (R3.6).
 *
 * One call adds a list of (product, disabled plans), given in Graph's JSON
 * shape, and removes a list of products, judged as a whole:
 *
 *	  - every lock the call needs is taken before its first change, in the
 *		global order (docs/design.md): the user's or the group's row, then
 *		the seat counters of every product added or removed and of every
 *		product plan rules tie to them, in sku order, their reserves folded
 *		back.  No seat reserve is ever taken here;
 *	  - the removals are applied first, each as remove_user_license or
 *		remove_group_license does; for a user, a removal that would leave a
 *		held product without a plan it requires (R3.4) is judged on what the
 *		user holds after the whole call, the additions included;
 *	  - then the additions, each judged as assign_user_license or
 *		assign_group_license does it, on the states the removals left: so one
 *		call swaps a product for a conflicting one.  An addition whose plans
 *		require a plan another addition of the call provides is judged after
 *		that one, whatever the order given;
 *	  - then what they set off: plan rules re-judged, waiting rooms served.
 *
 * A part that is refused raises the contract's error (its SQLSTATE and
 * constraint name), with a context line naming the part, as PostgreSQL
 * subscripts it: add_licenses[0] ("EXCHANGEENTERPRISE") for the first
 * element of the JSON array, remove_licenses[1] ("EXCHANGESTANDARD") for the
 * first element of the uuid[].  The error ends the call, and the statement's
 * changes roll back with it: a refused call changes nothing.
 */
#include "postgres.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(change_user_licenses);
PG_FUNCTION_INFO_V1(change_group_licenses);

/* One part of a call: an element of add_licenses or of remove_licenses. */
typedef struct ChangePart
{
	bool		add;			/* an element of add_licenses, or of remove_licenses */
	int			index;			/* its subscript: from 0 in the JSON array, from 1 in the uuid[] */
	Datum		sku;
	Datum		disabled;		/* an addition's disabled plans (uuid[]) */
	char	   *product;		/* its label (PRODUCT_LABEL_SQL), once found */
	int32		total;			/* an addition's usable seats, read under the lock */
	Datum		users;			/* a group part: the users whose states it changed (uuid[]), or 0 */
	int32		licensed;		/* a group addition's counts, as assign_group_license returns them */
	int32		failed;
} ChangePart;

typedef struct ChangeRequest
{
	int			nadd;
	ChangePart *adds;			/* in the order they are judged */
	int			nremove;
	ChangePart *removes;		/* in the order given */
} ChangeRequest;

/*
 * Error context: the part being applied, so that a refusal says which one
 * it refuses.
 */
static void
part_context(void *arg)
{
	ChangePart *part = (ChangePart *) arg;

	if (part->product != NULL)
		errcontext("%s[%d] (%s)", part->add ? "add_licenses" : "remove_licenses", part->index, part->product);
	else
		errcontext("%s[%d]", part->add ? "add_licenses" : "remove_licenses", part->index);
}

static void
part_enter(ErrorContextCallback *callback, ChangePart *part)
{
	callback->callback = part_context;
	callback->arg = part;
	callback->previous = error_context_stack;
	error_context_stack = callback;
}

static void
part_leave(ErrorContextCallback *callback)
{
	error_context_stack = callback->previous;
}

/*
 * Reading add_licenses: Graph's addLicenses, an array of objects
 * {"skuId": uuid, "disabledPlans": [uuid, ...]}.  disabledPlans may be left
 * out or null (nothing disabled); other keys are ignored, as Graph ignores
 * them; anything of the wrong type is refused with 22023, naming the
 * element.
 */

/* How an error names a JSON value: its type, and a string's text. */
static char *
json_described(JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			{
				int			len = pg_mbcliplen(v->val.string.val, v->val.string.len, 64);

				return psprintf("the string \"%.*s\"%s", len, v->val.string.val,
								len < v->val.string.len ? "..." : "");
			}
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return v->val.boolean ? "true" : "false";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "not a JSON value";
	}
}

#define ADD_LICENSES_HINT \
	"add_licenses is Microsoft Graph's addLicenses: [{\"skuId\": \"<uuid>\", \"disabledPlans\": [\"<uuid>\", ...]}, ...]."

/*
 * A uuid as uuid_in reads it (32 hex digits, a hyphen allowed after any
 * group of four, braces around the whole), or false: the element is then
 * refused naming itself, not with uuid_in's own error.
 */
static bool
json_uuid(JsonbValue *v, Datum *uuid)
{
	const char *s;
	const char *end;
	pg_uuid_t  *out;
	bool		braces;

	if (v->type != jbvString)
		return false;
	s = v->val.string.val;
	end = s + v->val.string.len;
	out = palloc(sizeof(pg_uuid_t));
	braces = (s < end && *s == '{');
	if (braces)
		s++;
	for (int i = 0; i < UUID_LEN; i++)
	{
		char		hex[3];

		if (end - s < 2 || !isxdigit((unsigned char) s[0]) || !isxdigit((unsigned char) s[1]))
			return false;
		hex[0] = s[0];
		hex[1] = s[1];
		hex[2] = '\0';
		out->data[i] = (unsigned char) strtoul(hex, NULL, 16);
		s += 2;
		if (s < end && *s == '-' && (i % 2) == 1 && i < UUID_LEN - 1)
			s++;
	}
	if (braces)
	{
		if (s >= end || *s != '}')
			return false;
		s++;
	}
	if (s != end)
		return false;
	*uuid = UUIDPGetDatum(out);
	return true;
}

static void
refuse_element(const char *element, JsonbValue *v, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s is not %s", element, what),
			 errdetail("%s is %s.", element, json_described(v)),
			 errhint(ADD_LICENSES_HINT)));
}

/* One element of add_licenses, read into part. */
static void
read_addition(JsonbValue *element, int index, ChangePart *part)
{
	char	   *name = psprintf("add_licenses[%d]", index);
	JsonbValue	value;
	JsonbContainer *plans;
	ArrayBuildState *disabled;
	int			n;

	if (element->type != jbvBinary || !JsonContainerIsObject(element->val.binary.data))
		refuse_element(name, element, "a JSON object");
	part->add = true;
	part->index = index;

	if (getKeyJsonValueFromContainer(element->val.binary.data, "skuId", 5, &value) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s has no skuId", name),
				 errdetail("Each element of add_licenses names the product it adds by its skuId."),
				 errhint(ADD_LICENSES_HINT)));
	if (!json_uuid(&value, &part->sku))
		refuse_element(psprintf("%s.skuId", name), &value, "a uuid");

	disabled = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	if (getKeyJsonValueFromContainer(element->val.binary.data, "disabledPlans", 13, &value) != NULL &&
		value.type != jbvNull)
	{
		if (value.type != jbvBinary || !JsonContainerIsArray(value.val.binary.data))
			refuse_element(psprintf("%s.disabledPlans", name), &value, "a JSON array");
		plans = value.val.binary.data;
		n = JsonContainerSize(plans);
		for (int i = 0; i < n; i++)
		{
			JsonbValue *plan = getIthJsonbValueFromContainer(plans, i);
			Datum		id;

			if (!json_uuid(plan, &id))
				refuse_element(psprintf("%s.disabledPlans[%d]", name, i), plan, "a uuid");
			accumArrayResult(disabled, id, false, UUIDOID, CurrentMemoryContext);
		}
	}
	part->disabled = makeArrayResult(disabled, CurrentMemoryContext);
}

static bool
same_uuid(Datum a, Datum b)
{
	return DatumGetBool(DirectFunctionCall2(uuid_eq, a, b));
}

/*
 * read_request reads and checks a call's add_licenses (argument 1) and
 * remove_licenses (argument 2): their shape, and that no product is added
 * twice, removed twice, or both added and removed.  Only the input: what
 * the products are is asked later, as the caller sees the catalog.
 */
static void
read_request(FunctionCallInfo fcinfo, ChangeRequest *req)
{
	Jsonb	   *add;
	Datum		remove;
	Datum	   *removed;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("add_licenses must not be null"),
				 errdetail("add_licenses lists the products the call adds."),
				 errhint("Pass '[]' to add nothing.")));
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("remove_licenses must not be null"),
				 errdetail("remove_licenses lists the products the call removes."),
				 errhint("Pass '{}' to remove nothing.")));

	add = PG_GETARG_JSONB_P(1);
	if (JB_ROOT_IS_SCALAR(add) || !JB_ROOT_IS_ARRAY(add))
	{
		JsonbValue	root = {.type = jbvBinary};

		root.val.binary.data = &add->root;
		root.val.binary.len = VARSIZE(add) - VARHDRSZ;
		if (JB_ROOT_IS_SCALAR(add))
			root = *getIthJsonbValueFromContainer(&add->root, 0);
		refuse_element("add_licenses", &root, "a JSON array");
	}
	req->nadd = JB_ROOT_COUNT(add);
	req->adds = palloc0(sizeof(ChangePart) * Max(req->nadd, 1));
	for (int i = 0; i < req->nadd; i++)
	{
		read_addition(getIthJsonbValueFromContainer(&add->root, i), i, &req->adds[i]);
		for (int j = 0; j < i; j++)
			if (same_uuid(req->adds[j].sku, req->adds[i].sku))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("add_licenses[%d] adds product %s again", i, lm_uuid_out(req->adds[i].sku)),
						 errdetail("add_licenses[%d] adds it already; a call adds a product once, with its disabled plans.", j),
						 errhint("Merge the two elements into one.")));
	}

	remove = PG_GETARG_DATUM(2);
	lm_check_uuid_array(remove, "remove_licenses");
	req->nremove = lm_uuids(remove, &removed);
	req->removes = palloc0(sizeof(ChangePart) * Max(req->nremove, 1));
	for (int i = 0; i < req->nremove; i++)
	{
		ChangePart *part = &req->removes[i];

		part->index = i + 1;
		part->sku = removed[i];
		for (int j = 0; j < i; j++)
			if (same_uuid(removed[j], part->sku))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("remove_licenses[%d] removes product %s again", i + 1, lm_uuid_out(part->sku)),
						 errdetail("remove_licenses[%d] removes it already.", j + 1),
						 errhint("Name each product once.")));
		for (int j = 0; j < req->nadd; j++)
			if (same_uuid(req->adds[j].sku, part->sku))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("product %s is both added and removed", lm_uuid_out(part->sku)),
						 errdetail("add_licenses[%d] adds it and remove_licenses[%d] removes it; a call does one or the other.",
								   j, i + 1),
						 errhint("To change a product's disabled plans, add it again without removing it.")));
	}
}

/*
 * find_products names every part's product, or refuses the first that
 * does not exist (license_product_exists), naming the part.
 */
static void
find_products(ChangeRequest *req)
{
	for (int k = 0; k < req->nadd + req->nremove; k++)
	{
		ChangePart *part = k < req->nadd ? &req->adds[k] : &req->removes[k - req->nadd];
		ErrorContextCallback callback;

		part_enter(&callback, part);
		part->product = directory_find_product(part->sku);
		part_leave(&callback);
	}
}

/* Every product of the call, as uuid[]. */
static Datum
call_products(const ChangeRequest *req)
{
	Datum	   *skus = palloc(sizeof(Datum) * Max(req->nadd + req->nremove, 1));

	for (int k = 0; k < req->nadd + req->nremove; k++)
		skus[k] = k < req->nadd ? req->adds[k].sku : req->removes[k - req->nadd].sku;
	return PointerGetDatum(construct_array(skus, req->nadd + req->nremove, UUIDOID, UUID_LEN, false,
										   TYPALIGN_CHAR));
}

/*
 * lock_seats locks the seat counters of every product of the call and of
 * every product plan rules tie to them, in sku order, folding their
 * reserves back (seats_lock), and reads each addition's usable seats.  The
 * caller locked the user's or the group's row first.
 */
static void
lock_seats(Datum tenant, ChangeRequest *req)
{
	Datum		skus = call_products(req);
	bool		rules = false;
	SPITupleTable *counters;
	uint64		n;

	for (int k = 0; k < req->nadd + req->nremove && !rules; k++)
		rules = product_has_rules(k < req->nadd ? req->adds[k].sku : req->removes[k - req->nadd].sku);
	counters = seats_lock(tenant, rules ? plan_rules_lock_set(skus) : skus, &n);
	for (int i = 0; i < req->nadd; i++)
		for (uint64 r = 0; r < n; r++)
		{
			bool		isnull;

			if (same_uuid(SPI_getbinval(counters->vals[r], counters->tupdesc, 1, &isnull), req->adds[i].sku))
				req->adds[i].total = DatumGetInt32(SPI_getbinval(counters->vals[r], counters->tupdesc, 2, &isnull));
		}
}

/*
 * addition_prerequisites: of the products $1 a call adds (by their place
 * in it, from 1), which has a plan requiring a plan of which other (need,
 * provider); the catalog only, so no tenant.
 */
static Statement addition_prerequisites = {
	"addition_prerequisites",
	"SELECT DISTINCT a.n::integer, b.n::integer"
	"  FROM unnest($1::uuid[]) WITH ORDINALITY AS a(sku_id, n)"
	"  JOIN license_mgmt.product_service_plans ap ON ap.sku_id = a.sku_id"
	"  JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = ap.service_plan_id"
	"  JOIN license_mgmt.product_service_plans bp ON bp.service_plan_id = d.required_service_plan_id"
	"  JOIN unnest($1::uuid[]) WITH ORDINALITY AS b(sku_id, n) ON b.sku_id = bp.sku_id AND b.n <> a.n",
	1, {UUIDARRAYOID}};

/*
 * order_additions puts the additions in the order they are judged: the
 * order given, except that an addition whose plans require a plan another
 * addition provides comes after it (an add-on after its base), so that the
 * call is judged as a whole, whatever the order of its list.  A circle of
 * requirements is broken in the order given.  Disabled plans are not
 * looked at: judging a part later than needed refuses nothing it would not.
 */
static void
order_additions(ChangeRequest *req)
{
	Datum	   *skus;
	bool	   *needs;
	bool	   *placed;
	ChangePart *ordered;
	int			n = req->nadd;
	int			edges;
	bool		rules = false;

	for (int i = 0; i < n && !rules; i++)
		rules = product_has_rules(req->adds[i].sku);
	if (n < 2 || !rules)
		return;
	skus = palloc(sizeof(Datum) * n);
	for (int i = 0; i < n; i++)
		skus[i] = req->adds[i].sku;
	edges = lm_run(&addition_prerequisites,
				   (Datum[]) {PointerGetDatum(construct_array(skus, n, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR))},
				   NULL);
	if (edges == 0)
		return;
	/* needs[i * n + j]: addition i requires a plan of addition j */
	needs = palloc0(sizeof(bool) * n * n);
	for (int e = 0; e < edges; e++)
		needs[(lm_int(e, 1) - 1) * n + lm_int(e, 2) - 1] = true;

	placed = palloc0(sizeof(bool) * n);
	ordered = palloc(sizeof(ChangePart) * n);
	for (int k = 0; k < n; k++)
	{
		int			next = -1;

		/* the first unplaced addition whose providers are all placed, or else the first unplaced */
		for (int i = 0; i < n && next < 0; i++)
		{
			bool		ready = !placed[i];

			for (int j = 0; j < n && ready; j++)
				ready = !(needs[i * n + j] && !placed[j]);
			if (ready)
				next = i;
		}
		for (int i = 0; i < n && next < 0; i++)
			if (!placed[i])
				next = i;
		placed[next] = true;
		ordered[k] = req->adds[next];
	}
	req->adds = ordered;
}

/*
 * removal_breaks_after_call: R3.4 for a whole call.  Of user $2's products
 * (tenant $1), a plan of a source the call keeps (not a direct source of
 * products $3 removed or $4 added) whose requirement only the direct
 * sources the call removes meet now, and nothing the user has after the
 * call meets: what the sources kept enable, and what the additions $4
 * enable (their disabled plans given as pairs: products $5, plans $6).  A
 * requirement is met by any of its plans (R7.1).  The removal at fault (its
 * place in $3, from 1), the dependent product, its plan and the plans that
 * would meet the requirement; the first of them by place.
 */
static Statement removal_breaks_after_call = {
	"removal_breaks_after_call",
	"WITH held AS ("
	"   SELECT e.sku_id, e.group_id, e.service_plan_id"
	"     FROM license_mgmt_internal.source_enabled_plans e"
	"    WHERE e.tenant_id = $1 AND e.user_id = $2),"
	" kept AS ("
	"   SELECT h.sku_id, h.service_plan_id FROM held h"
	"    WHERE NOT (h.group_id = '00000000-0000-0000-0000-000000000000'::uuid"
	"               AND (h.sku_id = ANY ($3::uuid[]) OR h.sku_id = ANY ($4::uuid[])))),"
	" enabled_after AS ("
	"   SELECT k.service_plan_id FROM kept k"
	"   UNION"
	"   SELECT psp.service_plan_id"
	"     FROM unnest($4::uuid[]) AS a(sku_id)"
	"     JOIN license_mgmt.product_service_plans psp ON psp.sku_id = a.sku_id"
	"    WHERE NOT EXISTS (SELECT 1 FROM unnest($5::uuid[], $6::uuid[]) AS x(sku_id, service_plan_id)"
	"                       WHERE x.sku_id = a.sku_id AND x.service_plan_id = psp.service_plan_id)),"
	" removed AS ("
	"   SELECT h.service_plan_id, r.n"
	"     FROM held h"
	"     JOIN unnest($3::uuid[]) WITH ORDINALITY AS r(sku_id, n) ON r.sku_id = h.sku_id"
	"    WHERE h.group_id = '00000000-0000-0000-0000-000000000000'::uuid),"
	" requirement AS ("
	"   SELECT k.sku_id, k.service_plan_id, array_agg(d.required_service_plan_id) AS alternatives"
	"     FROM (SELECT DISTINCT k.sku_id, k.service_plan_id FROM kept k) k"
	"     JOIN license_mgmt.service_plan_dependencies d ON d.service_plan_id = k.service_plan_id"
	"    GROUP BY k.sku_id, k.service_plan_id, d.any_of,"
	"             CASE WHEN d.any_of = 0 THEN d.required_service_plan_id END)"
	" SELECT r.n::integer, " PRODUCT_LABEL_SQL("p") ", " SERVICE_PLAN_LABEL_SQL("sp") ","
	"        (SELECT string_agg(" SERVICE_PLAN_LABEL_SQL("req") ", ' or ' ORDER BY req.service_plan_name)"
	"           FROM license_mgmt.service_plans req WHERE req.service_plan_id = ANY (q.alternatives))"
	"   FROM requirement q"
	"   JOIN removed r ON r.service_plan_id = ANY (q.alternatives)"
	"   JOIN license_mgmt.products p ON p.sku_id = q.sku_id"
	"   JOIN license_mgmt.service_plans sp ON sp.service_plan_id = q.service_plan_id"
	"  WHERE NOT EXISTS (SELECT 1 FROM enabled_after a WHERE a.service_plan_id = ANY (q.alternatives))"
	"  ORDER BY r.n, p.sku_part_number, sp.service_plan_name"
	"  LIMIT 1",
	6, {UUIDOID, UUIDOID, UUIDARRAYOID, UUIDARRAYOID, UUIDARRAYOID, UUIDARRAYOID}};

/*
 * check_removal_dependencies refuses a call whose removals would leave a
 * product the user keeps without a plan it requires (R3.4), judged on what
 * the user holds after the whole call: removing an add-on with its base,
 * or a base replaced by another product that has the plan, is no break.
 * Called under the call's locks, before any change.
 */
static void
check_removal_dependencies(const DirectoryUser *user, const ChangeRequest *req)
{
	bool		rules = false;
	Datum	   *added;
	ArrayBuildState *pair_skus;
	ArrayBuildState *pair_plans;
	Datum		values[6];
	ChangePart *part;

	for (int i = 0; i < req->nremove && !rules; i++)
		rules = product_has_rules(req->removes[i].sku);
	if (!rules)
		return;

	added = palloc(sizeof(Datum) * Max(req->nadd, 1));
	pair_skus = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	pair_plans = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	for (int i = 0; i < req->nadd; i++)
	{
		Datum	   *plans;
		int			n = lm_uuids(req->adds[i].disabled, &plans);

		added[i] = req->adds[i].sku;
		for (int j = 0; j < n; j++)
		{
			accumArrayResult(pair_skus, added[i], false, UUIDOID, CurrentMemoryContext);
			accumArrayResult(pair_plans, plans[j], false, UUIDOID, CurrentMemoryContext);
		}
	}
	values[0] = user->tenant;
	values[1] = user->user;
	values[2] = call_products(&(ChangeRequest) {.nremove = req->nremove, .removes = req->removes});
	values[3] = PointerGetDatum(construct_array(added, req->nadd, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
	values[4] = makeArrayResult(pair_skus, CurrentMemoryContext);
	values[5] = makeArrayResult(pair_plans, CurrentMemoryContext);
	if (lm_run(&removal_breaks_after_call, values, NULL) == 0)
		return;

	part = &req->removes[lm_int(0, 1) - 1];
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("%s of user \"%s\" is required by %s", part->product, user->upn, lm_text(0, 2)),
			 errdetail("Service plan %s of %s requires service plan %s, which only the direct assignment of %s provides, and nothing the call adds enables it.",
					   lm_text(0, 3), lm_text(0, 2), lm_text(0, 4), part->product),
			 errhint("Remove %s in the same call, or add a product that includes %s.",
					 lm_text(0, 2), lm_text(0, 4)),
			 errconstraint("license_service_plan_dependency"),
			 errcontext("remove_licenses[%d] (%s)", part->index, part->product)));
}

/*
 * serve_waiting_rooms serves the waiting rooms of the products of a call's
 * parts (the removals, or all of them), in sku order, each once.
 */
static void
serve_waiting_rooms(Datum tenant, const ChangeRequest *req, bool additions)
{
	int			n = (additions ? req->nadd : 0) + req->nremove;
	Datum	   *skus = palloc(sizeof(Datum) * Max(n, 1));

	for (int k = 0; k < n; k++)
		skus[k] = k < req->nremove ? req->removes[k].sku : req->adds[k - req->nremove].sku;
	qsort(skus, n, sizeof(Datum), lm_uuid_cmp);
	for (int k = 0; k < n; k++)
		if (k == 0 || lm_uuid_cmp(&skus[k - 1], &skus[k]) != 0)
			ripple_serve_waiting_room(tenant, skus[k]);
}

/*
 * ripple_user: what a user's call set off, once for the whole call.  The
 * user's states in every product plan rules tie to the call's products are
 * re-judged until stable, as ripple_rules does for one product (a conflict
 * cleared, a requirement met or lost), and the waiting rooms of the
 * products whose seats that or the removals freed are served.
 */
static void
ripple_user(Datum tenant, Datum user, const ChangeRequest *req)
{
	ArrayBuildState *ruled = initArrayResult(UUIDOID, CurrentMemoryContext, false);
	bool		rules = false;

	for (int k = 0; k < req->nadd + req->nremove; k++)
	{
		Datum		sku = k < req->nadd ? req->adds[k].sku : req->removes[k - req->nadd].sku;

		if (product_has_rules(sku))
		{
			accumArrayResult(ruled, sku, false, UUIDOID, CurrentMemoryContext);
			rules = true;
		}
	}
	if (rules)
		ripple_reevaluate_users(tenant, plan_rules_lock_set(makeArrayResult(ruled, CurrentMemoryContext)),
								lm_uuid_array(user));
	serve_waiting_rooms(tenant, req, false);
}

/*
 * ripple_group: what a group's call set off, part by part as the single
 * functions ripple it: plan rules re-judged for the users each part
 * changed, then the waiting rooms of every product of the call served.
 */
static void
ripple_group(Datum tenant, const ChangeRequest *req)
{
	for (int k = 0; k < req->nremove + req->nadd; k++)
	{
		ChangePart *part = k < req->nremove ? &req->removes[k] : &req->adds[k - req->nremove];

		ripple_rules(tenant, part->sku, part->users);
	}
	serve_waiting_rooms(tenant, req, true);
}

/* user_licenses_after: user $2's rows of user_licenses (tenant $1), by product */
static Statement user_licenses_after = {
	"user_licenses_after",
	"SELECT l.* FROM license_mgmt.user_licenses l"
	" WHERE l.tenant_id = $1 AND l.user_id = $2 ORDER BY l.sku_part_number, l.sku_id",
	2, {UUIDOID, UUIDOID}};

/*
 * change_user_licenses(user_id, add_licenses, remove_licenses): add and
 * remove a user's direct assignments in one call judged as a whole (R3.6);
 * returns the user's rows of user_licenses after it.
 */
Datum
change_user_licenses(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum		user_id = lm_arg_uuid(fcinfo, 0, "user_id");
	ChangeRequest req;
	LmContext	ctx;
	DirectoryUser user;
	EngineOptions options = {0};
	ErrorContextCallback callback;
	uint64		n;
	SPITupleTable *rows;

	LM_FORWARD(fcinfo, FORWARD_BY_USER);
	read_request(fcinfo, &req);
	InitMaterializedSRF(fcinfo, 0);
	lm_enter(&ctx);
	directory_find_user(user_id, &user);
	lm_become_owner(&ctx);
	find_products(&req);

	/* every lock first: the user's row, then the seat counters */
	directory_lock_user(&user);
	if (req.nadd > 0)
	{
		part_enter(&callback, &req.adds[0]);
		directory_refuse_deleted(&user);
		part_leave(&callback);
	}
	lock_seats(user.tenant, &req);

	/* the removals, R3.4 judged on the outcome of the whole call */
	check_removal_dependencies(&user, &req);
	for (int i = 0; i < req.nremove; i++)
	{
		ChangePart *part = &req.removes[i];
		bool		had_intent;

		part_enter(&callback, part);
		engine_remove(REMOVE_DIRECT, user.tenant, part->sku, 0, &user_id, 1, &had_intent);
		if (!had_intent)
			direct_refuse_unassigned(&user, part->sku, part->product);
		part_leave(&callback);
	}

	/* the additions, on the states the removals left */
	order_additions(&req);
	for (int i = 0; i < req.nadd; i++)
	{
		ChangePart *part = &req.adds[i];

		part_enter(&callback, part);
		refusal_unusable(part->total, part->product);
		direct_assign(&user, part->sku, part->disabled, part->product, options);
		part_leave(&callback);
	}
	ripple_user(user.tenant, user_id, &req);

	n = lm_run(&user_licenses_after, (Datum[]) {user.tenant, user_id}, NULL);
	rows = SPI_tuptable;
	for (uint64 r = 0; r < n; r++)
	{
		Datum	   *values = palloc(sizeof(Datum) * rows->tupdesc->natts);
		bool	   *nulls = palloc(sizeof(bool) * rows->tupdesc->natts);

		heap_deform_tuple(rows->vals[r], rows->tupdesc, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lm_leave(&ctx);
	return (Datum) 0;
}

/*
 * change_group_licenses(group_id, add_licenses, remove_licenses): add and
 * remove a group's assignments in one call judged as a whole (R3.6, R4).
 * Members who cannot get an added product get error states, as with
 * assign_group_license; only what refuses the whole product refuses the
 * call.  Returns a row per product added (the members licensed and failed,
 * as assign_group_license counts them) and per product removed (0, 0: no
 * member holds it through the group any more), in the order given.
 */
Datum
change_group_licenses(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum		group_id = lm_arg_uuid(fcinfo, 0, "group_id");
	ChangeRequest req;
	ChangePart *given;
	LmContext	ctx;
	DirectoryGroup group;
	ErrorContextCallback callback;

	LM_FORWARD(fcinfo, FORWARD_BY_GROUP);
	read_request(fcinfo, &req);
	given = req.adds;
	InitMaterializedSRF(fcinfo, 0);
	lm_enter(&ctx);
	directory_find_group(group_id, &group);
	lm_become_owner(&ctx);
	find_products(&req);

	/* every lock first: the group's row, then the seat counters */
	groups_lock(group.tenant, group_id);
	lock_seats(group.tenant, &req);

	for (int i = 0; i < req.nremove; i++)
	{
		ChangePart *part = &req.removes[i];

		part_enter(&callback, part);
		groups_remove_intent(&group, part->sku, part->product);
		audit_intent(group.tenant, 0, group_id, part->sku, 0, -1, -1);
		part->users = engine_remove(REMOVE_GROUP, group.tenant, part->sku, 0, &group_id, 1, NULL);
		part_leave(&callback);
	}

	order_additions(&req);
	for (int i = 0; i < req.nadd; i++)
	{
		ChangePart *part = &req.adds[i];
		EngineOptions options = {.keep_failures = true};
		EngineResult applied;
		Datum		disabled;

		part_enter(&callback, part);
		refusal_unusable(part->total, part->product);
		disabled = plan_rules_check_disabled_plans(part->sku, part->disabled, part->product);
		plan_rules_check_group_dependencies(group.tenant, group_id, part->sku, disabled, group.name,
											part->product);
		/* a new assignment has no states yet (R4.8 re-applies an existing one) */
		options.states = groups_record_intent(group.tenant, group_id, part->sku, disabled) ?
			STATES_NONE_OWN : STATES_MAY_EXIST;
		applied = engine_apply(SOURCE_GROUP, group.tenant, part->sku, options, &group_id, 1);
		audit_intent(group.tenant, 0, group_id, part->sku, disabled, applied.licensed, applied.failed);
		part->users = applied.users;
		part->licensed = applied.licensed;
		part->failed = applied.failed;
		part_leave(&callback);
	}
	/* new options may have freed seats, and a re-assignment can leave waiters */
	ripple_group(group.tenant, &req);

	/* the additions in the order given (the counts are in order_additions' copy), then the removals */
	for (int k = 0; k < req.nadd + req.nremove; k++)
	{
		ChangePart *part = NULL;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		if (k < req.nadd)
		{
			for (int i = 0; i < req.nadd && part == NULL; i++)
				if (req.adds[i].index == given[k].index)
					part = &req.adds[i];
		}
		else
			part = &req.removes[k - req.nadd];
		values[0] = part->sku;
		values[1] = Int32GetDatum(part->add ? part->licensed : 0);
		values[2] = Int32GetDatum(part->add ? part->failed : 0);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lm_leave(&ctx);
	return (Datum) 0;
}

/* The statements of this file, for statements.c. */
Statement *const change_statements[] = {
	&addition_prerequisites, &removal_breaks_after_call, &user_licenses_after, NULL
};
