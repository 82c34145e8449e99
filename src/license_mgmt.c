/*
 * license_mgmt.c
 *		Module entry: the settings of license_mgmt.
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

#include "license_mgmt.h"

PG_MODULE_MAGIC;

/* license_mgmt.tenant_id: the tenant a session acts for, among those granted to its role */
char	   *license_mgmt_tenant_id = NULL;

/* license_mgmt.expiring_soon_interval: read by the product_summary view */
static char *expiring_soon_interval_text = NULL;
static Interval *expiring_soon = NULL;	/* the same, as checked */

void		_PG_init(void);

/* A uuid in its canonical form, or empty for "no tenant". */
static bool
check_tenant_id(char **newval, void **extra, GucSource source)
{
	const char *s = *newval;
	int			digits = 0;

	if (s == NULL || s[0] == '\0')
		return true;
	for (int i = 0; s[i] != '\0'; i++)
	{
		bool		hyphen_position = (i == 8 || i == 13 || i == 18 || i == 23);

		if (hyphen_position ? s[i] != '-' : !isxdigit((unsigned char) s[i]))
		{
			GUC_check_errdetail("license_mgmt.tenant_id must be a tenant's uuid, such as 6f1c2b1e-0d4e-4b8a-9c1e-2f3a4b5c6d7e.");
			return false;
		}
		digits += hyphen_position ? 0 : 1;
	}
	if (digits != 32 || strlen(s) != 36)
	{
		GUC_check_errdetail("license_mgmt.tenant_id must be a tenant's uuid, such as 6f1c2b1e-0d4e-4b8a-9c1e-2f3a4b5c6d7e.");
		return false;
	}
	return true;
}

/* The longest expiring-soon window: now() plus it must stay a timestamp. */
#define EXPIRING_SOON_MAX "100 years"

/*
 * Read an interval with its type's own input function, without raising an
 * error; false when it is not one.
 */
static bool
read_interval(const char *text, Interval *result)
{
#if PG_VERSION_NUM >= 160000
	ErrorSaveContext escontext = {T_ErrorSaveContext};
	Datum		value;

	if (!DirectInputFunctionCallSafe(interval_in, (char *) text, InvalidOid, -1,
									 (Node *) &escontext, &value))
		return false;
	*result = *DatumGetIntervalP(value);
	return true;
#else
	/* interval_in only allocates and computes: its error is caught and dropped */
	MemoryContext context = CurrentMemoryContext;
	volatile bool ok = true;

	PG_TRY();
	{
		*result = *DatumGetIntervalP(DirectFunctionCall3(interval_in, CStringGetDatum(text),
														 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(context);
		FlushErrorState();
		ok = false;
	}
	PG_END_TRY();
	return ok;
#endif
}

/*
 * license_mgmt.expiring_soon_interval: an interval from 0 to 100 years, as
 * the interval type reads it.  Refused where it is set (SET, ALTER ROLE or
 * DATABASE ... SET), so that product_summary can always add it to now().
 */
static bool
check_expiring_soon_interval(char **newval, void **extra, GucSource source)
{
	Interval	value;
	Interval	longest;
	Interval   *kept;

	if (*newval == NULL || !read_interval(*newval, &value))
	{
		GUC_check_errdetail("license_mgmt.expiring_soon_interval must be an interval, such as '30 days'.");
		return false;
	}
	(void) read_interval(EXPIRING_SOON_MAX, &longest);
	if (
#ifdef INTERVAL_NOT_FINITE
		INTERVAL_NOT_FINITE(&value) ||
#endif
		DatumGetInt32(DirectFunctionCall2(interval_cmp, IntervalPGetDatum(&value),
										  IntervalPGetDatum(&longest))) > 0 ||
		value.month < 0 || value.day < 0 || value.time < 0)
	{
		GUC_check_errdetail("license_mgmt.expiring_soon_interval must be between 0 and " EXPIRING_SOON_MAX ".");
		return false;
	}
#if PG_VERSION_NUM >= 160000
	kept = guc_malloc(LOG, sizeof(Interval));
#else
	kept = malloc(sizeof(Interval));
#endif
	if (kept == NULL)
		return false;
	*kept = value;
	*extra = kept;
	return true;
}

static void
assign_expiring_soon_interval(const char *newval, void *extra)
{
	expiring_soon = (Interval *) extra;
}

PG_FUNCTION_INFO_V1(expiring_soon_interval);

/*
 * expiring_soon_interval(): the window product_summary counts expiring
 * seats in, as the setting was checked.  Calling it loads the module, which
 * checks a value set before it was loaded (ALTER DATABASE ... SET): an
 * invalid one is reported and the default used.
 */
Datum
expiring_soon_interval(PG_FUNCTION_ARGS)
{
	Interval   *result = palloc(sizeof(Interval));

	if (expiring_soon == NULL)
		elog(ERROR, "license_mgmt: license_mgmt.expiring_soon_interval is not set");
	*result = *expiring_soon;
	PG_RETURN_INTERVAL_P(result);
}

void
_PG_init(void)
{
	DefineCustomStringVariable("license_mgmt.tenant_id",
							   "The tenant this session acts for.",
							   "Row-level security shows and changes only this tenant's rows, "
							   "if license_mgmt.tenant_grants grants the tenant to the role; "
							   "empty means no tenant, and no rows.",
							   &license_mgmt_tenant_id,
							   "",
							   PGC_USERSET, 0,
							   check_tenant_id, NULL, NULL);

	DefineCustomStringVariable("license_mgmt.expiring_soon_interval",
							   "How far ahead product_summary counts seats as expiring soon.",
							   NULL,
							   &expiring_soon_interval_text,
							   "30 days",
							   PGC_USERSET, 0,
							   check_expiring_soon_interval, assign_expiring_soon_interval, NULL);

	MarkGUCPrefixReserved("license_mgmt");

	membership_init();
	spi_util_init();
	statements_init();

	/*
	 * The hooks a Citus node needs (shards.c, remote_errors.c,
	 * set_commands.c, commit_errors.c) are installed on a Citus node only:
	 * one server's queries pass through none of them.  Citus is loaded
	 * before us there (it must come first in shared_preload_libraries), so
	 * its settings already exist.
	 */
	if (GetConfigOption("citus.propagate_set_commands", true, false) != NULL)
	{
		shards_init();
		remote_errors_init();
		set_commands_init();
		commit_errors_init();
	}
}
