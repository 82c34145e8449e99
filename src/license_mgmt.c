/*
 * license_mgmt.c
 *		Module entry: the settings of license_mgmt.
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "utils/datetime.h"
#include "utils/guc.h"

#include "license_mgmt.h"

PG_MODULE_MAGIC;

/* license_mgmt.tenant_id: the tenant a session acts for under row-level security */
char	   *license_mgmt_tenant_id = NULL;

/* license_mgmt.expiring_soon_interval: read by the product_summary view */
static char *expiring_soon_interval = NULL;

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

/* An interval as PostgreSQL reads it, checked without raising an error. */
static bool
check_expiring_soon_interval(char **newval, void **extra, GucSource source)
{
	char		workbuf[256];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nf;
	int			dtype;
	struct pg_itm_in itm;

	if (*newval == NULL ||
		ParseDateTime(*newval, workbuf, sizeof(workbuf), field, ftype, MAXDATEFIELDS, &nf) != 0 ||
		DecodeInterval(field, ftype, nf, INTERVAL_FULL_RANGE, &dtype, &itm) != 0 ||
		dtype != DTK_DELTA)
	{
		GUC_check_errdetail("license_mgmt.expiring_soon_interval must be an interval, such as '30 days'.");
		return false;
	}
	return true;
}

void
_PG_init(void)
{
	DefineCustomStringVariable("license_mgmt.tenant_id",
							   "The tenant this session acts for.",
							   "Row-level security shows and changes only this tenant's rows; "
							   "empty means no tenant, and no rows.",
							   &license_mgmt_tenant_id,
							   "",
							   PGC_USERSET, 0,
							   check_tenant_id, NULL, NULL);

	DefineCustomStringVariable("license_mgmt.expiring_soon_interval",
							   "How far ahead product_summary counts seats as expiring soon.",
							   NULL,
							   &expiring_soon_interval,
							   "30 days",
							   PGC_USERSET, 0,
							   check_expiring_soon_interval, NULL, NULL);

	MarkGUCPrefixReserved("license_mgmt");

	membership_init();
}
