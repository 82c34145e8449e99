/*
 * usage_location.c
 *		Usage locations: ISO 3166-1 alpha-2 codes in upper case.
 *
 * The check functions raise the error themselves rather than return false,
 * so that a bad code gets a message, a detail and a hint instead of a bare
 * "violates check constraint".
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "iso3166.h"
#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(check_usage_location);
PG_FUNCTION_INFO_V1(check_usage_locations);
PG_FUNCTION_INFO_V1(usage_locations);

static int
compare_code(const void *key, const void *entry)
{
	return strcmp((const char *) key, ((const CountryCode *) entry)->code);
}

static bool
is_usage_location(const char *code)
{
	return strlen(code) == 2 &&
		bsearch(code, iso3166_countries, lengthof(iso3166_countries),
				sizeof(CountryCode), compare_code) != NULL;
}

static void
refuse_usage_location(const char *code)
{
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("\"%s\" is not a usage location", code),
			 errdetail("Usage locations are ISO 3166-1 alpha-2 country codes in upper case."),
			 errhint("Use a code such as 'US', 'DE' or 'JP'; license_mgmt.usage_locations() lists them all."),
			 errconstraint("usage_location_iso3166")));
}

/* check_usage_location(code text): true, or the usage_location_iso3166 error */
Datum
check_usage_location(PG_FUNCTION_ARGS)
{
	char	   *code = text_to_cstring(PG_GETARG_TEXT_PP(0));

	if (!is_usage_location(code))
		refuse_usage_location(code);
	PG_RETURN_BOOL(true);
}

/* check_usage_locations(codes text[]): every element a usage location */
Datum
check_usage_locations(PG_FUNCTION_ARGS)
{
	ArrayType  *codes = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	deconstruct_array(codes, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			refuse_usage_location("NULL");
		if (!is_usage_location(TextDatumGetCString(elems[i])))
			refuse_usage_location(TextDatumGetCString(elems[i]));
	}
	PG_RETURN_BOOL(true);
}

/* usage_locations(): every valid code and its country */
Datum
usage_locations(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < (int) lengthof(iso3166_countries); i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(iso3166_countries[i].code);
		values[1] = CStringGetTextDatum(iso3166_countries[i].name);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
