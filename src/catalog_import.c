/*
 * catalog_import.c
 *		import_catalog(): Microsoft's product and service plan catalog, read
 *		from the CSV file Microsoft publishes, applied to the catalog tables
 *		(R14.1).
 *
 * The file is "Product names and service plan identifiers for licensing":
 * one row per (product, service plan), with the columns Product_Display_Name,
 * String_Id (Graph's skuPartNumber), GUID (skuId), Service_Plan_Name,
 * Service_Plan_Id and Service_Plans_Included_Friendly_Names.  It is read as
 * published, which has varied:
 *
 *	- the encoding: UTF-8, with or without a byte-order mark, or
 *	  Windows-1252.  A file that is valid UTF-8 is read as UTF-8, any other
 *	  as Windows-1252 (text in Windows-1252 with a character beyond ASCII is
 *	  almost never valid UTF-8); a byte-order mark says UTF-8, and a file
 *	  that then is not is refused.  Names are converted to the database's
 *	  encoding with PostgreSQL's converters;
 *	- line ends CRLF or LF; fields quoted or not, commas and doubled quotes
 *	  inside quoted ones (RFC 4180);
 *	- the header: columns are found by name, whatever their order, case,
 *	  spaces and underscores (the 2022 file spells String_Id "String_ Id");
 *	  other columns are ignored, a missing one is refused by its name;
 *	- names with non-breaking spaces, tabs, runs of spaces, leading and
 *	  trailing ones: every run of white space is one space, none at either
 *	  end;
 *	- duplicated rows: a row equal to an earlier one (after the white space
 *	  is normalised) is dropped.
 *
 * Ids are the identity, names are labels (R1.3).  One name for two ids (the
 * service plan name PROJECT_ESSENTIALS, the part number MCOPSTN5) is two
 * products or plans, both kept.  One id with several names in one file (the
 * friendly name of a plan differs from one product's rows to another's) is
 * one product or plan, named by the name most of its rows give, and among
 * equally many by the first row's: a newer file that only adds rows seldom
 * renames anything.
 *
 * Nothing is written until the whole file has been read and checked: a file
 * that is not the catalog (empty, not text, no such columns, a GUID that is
 * not a uuid, a row with the wrong number of fields) is refused with the line at fault,
 * and nothing changes.  Then a handful of set-based statements apply the
 * difference between the file and the tables, in the caller's transaction:
 * products and plans added or renamed, a product's plans added and removed,
 * and what the file no longer has removed, unless it is in use: a product
 * that a subscription, an assignment or a license state of any tenant
 * uses is kept (in_use), and so is a plan of such a product.  Each change
 * is one row of the result; the same file imported again changes nothing
 * and returns nothing.  Whatever the catalog tables' triggers do about a
 * change (product_cache.c, the re-judging of affected states) happens as for
 * any other write of them.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "storage/lmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/uuid.h"

#include "license_mgmt.h"

PG_FUNCTION_INFO_V1(import_catalog);

/* The columns read, by their names in Microsoft's header. */
typedef enum CatalogColumn
{
	COL_PRODUCT_NAME,			/* Product_Display_Name: products.display_name */
	COL_STRING_ID,				/* String_Id: products.sku_part_number */
	COL_GUID,					/* GUID: products.sku_id */
	COL_PLAN_NAME,				/* Service_Plan_Name: service_plans.service_plan_name */
	COL_PLAN_ID,				/* Service_Plan_Id: service_plans.service_plan_id */
	COL_PLAN_FRIENDLY_NAME,		/* Service_Plans_Included_Friendly_Names: service_plans.display_name */
	COLUMN_COUNT
} CatalogColumn;

static const char *const column_names[COLUMN_COUNT] = {
	"Product_Display_Name", "String_Id", "GUID", "Service_Plan_Name", "Service_Plan_Id",
	"Service_Plans_Included_Friendly_Names",
};

/* The longest value each column may hold, in characters (the tables' checks). */
static const int column_max_length[COLUMN_COUNT] = {256, 128, 36, 128, 36, 256};

/* One record of the file: its fields, and the line it starts on. */
typedef struct Record
{
	int			line;
	int			nfields;
	char	  **fields;			/* UTF-8, NUL-terminated, quotes undone */
} Record;

/* A row of the catalog: the six values, normalised, and its line. */
typedef struct CatalogRow
{
	int			line;
	char	   *values[COLUMN_COUNT];
	char	   *key;			/* the six values joined, to find duplicates */
} CatalogRow;

/* The CSV reader: UTF-8 text and where it is. */
typedef struct Reader
{
	const char *text;
	int			len;
	int			pos;
	int			line;			/* the line pos is on, from 1 */
} Reader;

#define HINT_THE_FILE \
	"Pass the bytes of Microsoft's CSV file \"Product names and service plan identifiers for licensing\" as downloaded, for example with pg_read_binary_file()."

/* The line of the text that byte offset lies on, from 1. */
static int
line_of(const char *text, int offset)
{
	int			line = 1;

	for (int i = 0; i < offset; i++)
		if (text[i] == '\n')
			line++;
	return line;
}

/*
 * decode_file returns the file as UTF-8 text, NUL-terminated, without a
 * byte-order mark: read as UTF-8 when it is valid UTF-8 (or says so with a
 * byte-order mark), as Windows-1252 otherwise.
 */
static char *
decode_file(const char *bytes, int len, int *text_len)
{
	bool		bom = false;
	int			valid;
	char	   *text;
	static const unsigned char win1252_holes[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

	if (len >= 2 && (((unsigned char) bytes[0] == 0xFF && (unsigned char) bytes[1] == 0xFE) ||
					 ((unsigned char) bytes[0] == 0xFE && (unsigned char) bytes[1] == 0xFF)))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("the catalog file is UTF-16"),
				 errdetail("It starts with a UTF-16 byte-order mark; Microsoft publishes the file in UTF-8 or Windows-1252."),
				 errhint("Save the file as CSV in UTF-8, or pass it as downloaded.")));
	if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
	{
		bom = true;
		bytes += 3;
		len -= 3;
	}
	for (int i = 0; i < len; i++)
		if (bytes[i] == '\0')
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("line %d of the catalog file contains a zero byte", line_of(bytes, i)),
					 errdetail("A CSV file is text, and text has no zero bytes: this is not a CSV file."),
					 errhint(HINT_THE_FILE)));

	valid = pg_encoding_verifymbstr(PG_UTF8, bytes, len);
	if (valid == len)
	{
		text = palloc(len + 1);
		memcpy(text, bytes, len);
		text[len] = '\0';
		*text_len = len;
		return text;
	}
	if (bom)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("line %d of the catalog file is not valid UTF-8", line_of(bytes, valid)),
				 errdetail("The file starts with a UTF-8 byte-order mark, but byte 0x%02x is not UTF-8.",
						   (unsigned char) bytes[valid]),
				 errhint("Pass the file as downloaded, without converting it.")));

	/* not UTF-8: Windows-1252, in which five bytes are no character */
	for (int i = 0; i < len; i++)
		if (memchr(win1252_holes, (unsigned char) bytes[i], sizeof(win1252_holes)) != NULL)
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("line %d of the catalog file is neither UTF-8 nor Windows-1252", line_of(bytes, i)),
					 errdetail("The file is not valid UTF-8, and byte 0x%02x is no character in Windows-1252.",
							   (unsigned char) bytes[i]),
					 errhint("Pass the file as downloaded, in one of the encodings Microsoft publishes it in.")));
	text = (char *) pg_do_encoding_conversion((unsigned char *) unconstify(char *, bytes), len,
											  PG_WIN1252, PG_UTF8);
	if (text == bytes)			/* no conversion was needed: copy, to terminate it */
		text = pnstrdup(bytes, len);
	*text_len = strlen(text);
	return text;
}

/*
 * next_record reads one record of CSV (RFC 4180) and returns false at the
 * end of the text.  Fields are separated by commas; a field that starts
 * with a double quote ends at the next one not doubled, and may hold
 * commas, doubled quotes and line ends.  A record ends at LF, CRLF or CR.
 */
static bool
next_record(Reader *r, Record *rec)
{
	int			capacity = 8;
	StringInfoData field;

	if (r->pos >= r->len)
		return false;
	rec->line = r->line;
	rec->nfields = 0;
	rec->fields = palloc(capacity * sizeof(char *));
	initStringInfo(&field);
	for (;;)
	{
		bool		end_of_record = false;

		resetStringInfo(&field);
		if (r->pos < r->len && r->text[r->pos] == '"')
		{
			int			opened = r->line;

			r->pos++;
			for (;;)
			{
				char		c;

				if (r->pos >= r->len)
					ereport(ERROR,
							(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
							 errmsg("unterminated quoted field on line %d of the catalog file", opened),
							 errdetail("A field opened with a double quote on line %d is not closed before the end of the file.",
									   opened),
							 errhint("A quoted field ends with a double quote; one inside it is written twice (\"\").")));
				c = r->text[r->pos++];
				if (c == '"')
				{
					if (r->pos < r->len && r->text[r->pos] == '"')
					{
						appendStringInfoChar(&field, '"');
						r->pos++;
						continue;
					}
					break;
				}
				if (c == '\n')
					r->line++;
				appendStringInfoChar(&field, c);
			}
			if (r->pos < r->len && r->text[r->pos] != ',' && r->text[r->pos] != '\n' && r->text[r->pos] != '\r')
				ereport(ERROR,
						(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
						 errmsg("unexpected character after a quoted field on line %d of the catalog file", r->line),
						 errdetail("A quoted field ends at a comma or at the end of its line; \"%c\" follows one.",
								   r->text[r->pos]),
						 errhint("A double quote inside a quoted field is written twice (\"\").")));
		}
		else
		{
			while (r->pos < r->len && r->text[r->pos] != ',' && r->text[r->pos] != '\n' && r->text[r->pos] != '\r')
				appendStringInfoChar(&field, r->text[r->pos++]);
		}

		if (rec->nfields == capacity)
		{
			capacity *= 2;
			rec->fields = repalloc(rec->fields, capacity * sizeof(char *));
		}
		rec->fields[rec->nfields++] = pstrdup(field.data);

		if (r->pos >= r->len)
			end_of_record = true;
		else if (r->text[r->pos] == ',')
			r->pos++;
		else
		{
			/* LF, CRLF or CR */
			if (r->text[r->pos] == '\r' && r->pos + 1 < r->len && r->text[r->pos + 1] == '\n')
				r->pos++;
			r->pos++;
			r->line++;
			end_of_record = true;
		}
		if (end_of_record)
			break;
	}
	pfree(field.data);
	return true;
}

/*
 * The length of the white space at s (UTF-8), 0 if none: ASCII white space
 * and the no-break spaces U+00A0, U+2007 and U+202F.
 */
static int
space_at(const char *s)
{
	unsigned char c = (unsigned char) s[0];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xC2 && (unsigned char) s[1] == 0xA0)
		return 2;
	if (c == 0xE2 && (unsigned char) s[1] == 0x80 &&
		((unsigned char) s[2] == 0x87 || (unsigned char) s[2] == 0xAF))
		return 3;
	return 0;
}

/*
 * normalise_space returns s with every run of white space (space_at) made
 * one space, and none at either end.
 */
static char *
normalise_space(const char *s)
{
	StringInfoData out;
	bool		pending = false;

	initStringInfo(&out);
	while (*s != '\0')
	{
		int			n = space_at(s);

		if (n > 0)
		{
			pending = out.len > 0;
			s += n;
			continue;
		}
		if (pending)
			appendStringInfoChar(&out, ' ');
		pending = false;
		appendStringInfoChar(&out, *s++);
	}
	return out.data;
}

/*
 * A column name as compared: lower case, without white space and
 * underscores, so that "String_ Id", "string_id" and "StringId" are one.
 */
static char *
column_key(const char *name)
{
	StringInfoData out;

	initStringInfo(&out);
	while (*name != '\0')
	{
		int			n = space_at(name);

		if (n > 0)
			name += n;
		else if (*name == '_')
			name++;
		else
			appendStringInfoChar(&out, pg_ascii_tolower((unsigned char) *name++));
	}
	return out.data;
}

/*
 * find_columns maps each column the import reads to its field in the
 * header, or refuses a header that lacks one or names one twice.
 */
static void
find_columns(const Record *header, int field_of[COLUMN_COUNT])
{
	for (int c = 0; c < COLUMN_COUNT; c++)
	{
		char	   *wanted = column_key(column_names[c]);

		field_of[c] = -1;
		for (int f = 0; f < header->nfields; f++)
		{
			if (strcmp(column_key(header->fields[f]), wanted) != 0)
				continue;
			if (field_of[c] >= 0)
				ereport(ERROR,
						(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
						 errmsg("the catalog file has column \"%s\" twice", column_names[c]),
						 errdetail("Fields %d and %d of its first line both name it.", field_of[c] + 1, f + 1),
						 errhint(HINT_THE_FILE)));
			field_of[c] = f;
		}
	}
	for (int c = 0; c < COLUMN_COUNT; c++)
		if (field_of[c] < 0)
		{
			StringInfoData names;

			initStringInfo(&names);
			for (int f = 0; f < header->nfields && names.len < 200; f++)
				appendStringInfo(&names, "%s\"%s\"", f > 0 ? ", " : "", normalise_space(header->fields[f]));
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("the catalog file has no column \"%s\"", column_names[c]),
					 errdetail("Its first line names %s.", names.data),
					 errhint("The catalog file's first line names the columns Product_Display_Name, String_Id, GUID, Service_Plan_Name, Service_Plan_Id and Service_Plans_Included_Friendly_Names.  "
							 HINT_THE_FILE)));
		}
}

/* Is s a uuid written the standard way, 8-4-4-4-12 hexadecimal digits? */
static bool
is_uuid_text(const char *s)
{
	if (strlen(s) != 36)
		return false;
	for (int i = 0; i < 36; i++)
	{
		if (i == 8 || i == 13 || i == 18 || i == 23)
		{
			if (s[i] != '-')
				return false;
		}
		else if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))
			return false;
	}
	return true;
}

/* How many characters the UTF-8 string s has. */
static int
utf8_length(const char *s)
{
	int			n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char) *s & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * check_row refuses a row whose values the catalog tables cannot take:
 * ids that are not uuids, an empty name, a name too long.  The friendly
 * name of a plan may be empty (service_plans.display_name null).
 */
static void
check_row(const CatalogRow *row)
{
	for (int c = 0; c < COLUMN_COUNT; c++)
	{
		const char *v = row->values[c];

		if (c == COL_GUID || c == COL_PLAN_ID)
		{
			if (!is_uuid_text(v))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("%s \"%s\" on line %d of the catalog file is not a uuid", column_names[c], v, row->line),
						 errdetail("%s is an id, written like 05e9a617-0261-4cee-bb44-138d3ef5d965.", column_names[c]),
						 errhint(HINT_THE_FILE)));
			continue;
		}
		if (v[0] == '\0' && c != COL_PLAN_FRIENDLY_NAME)
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("%s is empty on line %d of the catalog file", column_names[c], row->line),
					 errdetail("Every product and service plan of the catalog has a name."),
					 errhint(HINT_THE_FILE)));
		if (utf8_length(v) > column_max_length[c])
			ereport(ERROR,
					(errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
					 errmsg("%s on line %d of the catalog file is longer than %d characters",
							column_names[c], row->line, column_max_length[c]),
					 errdetail("It has %d characters.", utf8_length(v)),
					 errhint(HINT_THE_FILE)));
	}
}

static int
compare_rows(const void *a, const void *b)
{
	const CatalogRow *x = *(const CatalogRow *const *) a;
	const CatalogRow *y = *(const CatalogRow *const *) b;
	int			c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

/*
 * drop_duplicates keeps the first of rows that are equal, in the file's
 * order, and returns how many are left.
 */
static int
drop_duplicates(CatalogRow *rows, int n)
{
	CatalogRow **sorted = palloc(n * sizeof(CatalogRow *));
	bool	   *duplicate = palloc0(n * sizeof(bool));
	int			kept = 0;

	for (int i = 0; i < n; i++)
		sorted[i] = &rows[i];
	qsort(sorted, n, sizeof(CatalogRow *), compare_rows);
	for (int i = 1; i < n; i++)
		if (strcmp(sorted[i]->key, sorted[i - 1]->key) == 0)
			duplicate[sorted[i] - rows] = true;
	for (int i = 0; i < n; i++)
		if (!duplicate[i])
			rows[kept++] = rows[i];
	return kept;
}

/*
 * read_catalog reads the file's bytes into its rows, normalised, checked and
 * without duplicates; returns how many.  Refuses what is not the catalog.
 */
static int
read_catalog(const char *bytes, int len, CatalogRow **rows_out)
{
	Reader		reader = {0};
	Record		header;
	Record		rec;
	int			field_of[COLUMN_COUNT];
	int			capacity = 1024;
	int			n = 0;
	CatalogRow *rows;

	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the catalog file is empty"),
				 errdetail("The csv argument has no bytes."),
				 errhint(HINT_THE_FILE)));
	reader.text = decode_file(bytes, len, &reader.len);
	reader.line = 1;

	/* the header: the first line that is not blank */
	do
	{
		if (!next_record(&reader, &header))
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("the catalog file is empty"),
					 errdetail("It has blank lines only."),
					 errhint(HINT_THE_FILE)));
	} while (header.nfields == 1 && normalise_space(header.fields[0])[0] == '\0');
	find_columns(&header, field_of);

	rows = palloc(capacity * sizeof(CatalogRow));
	while (next_record(&reader, &rec))
	{
		CatalogRow *row;
		StringInfoData key;

		/* blank lines, such as one after the last line end, are no rows */
		if (rec.nfields == 1 && normalise_space(rec.fields[0])[0] == '\0')
			continue;
		if (rec.nfields != header.nfields)
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("line %d of the catalog file has %d fields, not %d", rec.line, rec.nfields, header.nfields),
					 errdetail("Its first line names %d columns, and every line has a field for each.", header.nfields),
					 errhint("Check line %d for a missing or extra comma, or a quoted field not closed.", rec.line)));
		if (n == capacity)
		{
			capacity *= 2;
			rows = repalloc(rows, capacity * sizeof(CatalogRow));
		}
		row = &rows[n++];
		row->line = rec.line;
		initStringInfo(&key);
		for (int c = 0; c < COLUMN_COUNT; c++)
		{
			row->values[c] = normalise_space(rec.fields[field_of[c]]);
			if (c == COL_GUID || c == COL_PLAN_ID)
				for (char *v = row->values[c]; *v != '\0'; v++)
					*v = pg_ascii_tolower((unsigned char) *v);
			appendStringInfo(&key, "%s\x1f", row->values[c]);
		}
		row->key = key.data;
		check_row(row);
	}
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the catalog file has no rows"),
				 errdetail("It has its header line only; importing it would remove every product not in use."),
				 errhint(HINT_THE_FILE)));
	*rows_out = rows;
	return drop_duplicates(rows, n);
}

/* One column of the rows as an array: uuid[], or text[] in the database's encoding. */
static Datum
column_array(const CatalogRow *rows, int n, CatalogColumn c)
{
	Datum	   *elems = palloc(n * sizeof(Datum));
	bool	   *nulls = palloc0(n * sizeof(bool));
	bool		ids = (c == COL_GUID || c == COL_PLAN_ID);
	int			dims[1] = {n};
	int			lbs[1] = {1};

	for (int i = 0; i < n; i++)
	{
		const char *v = rows[i].values[c];

		if (ids)
			elems[i] = DirectFunctionCall1(uuid_in, CStringGetDatum(v));
		else if (v[0] == '\0')
			nulls[i] = true;
		else
			elems[i] = CStringGetTextDatum(pg_any_to_server(v, strlen(v), PG_UTF8));
	}
	if (ids)
		return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs, UUIDOID, UUID_LEN, false, TYPALIGN_CHAR));
	return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * The products the file no longer has, locked before anything is written:
 * a subscription or assignment of one of them that another transaction is
 * making commits first (its foreign key holds the row), so that the
 * statement deciding whether they are in use sees it, and none is made
 * after.  $1 the products of the file.
 */
static Statement catalog_products_leaving_lock = {
	"catalog_products_leaving_lock",
	"SELECT COALESCE(array_agg(l.sku_id ORDER BY l.sku_id), '{}')"
	"  FROM (SELECT p.sku_id FROM license_mgmt.products p"
	"         WHERE NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) AS f(sku_id) WHERE f.sku_id = p.sku_id)"
	"         ORDER BY p.sku_id FOR UPDATE) l",
	1, {UUIDARRAYOID}};

/*
 * The file's products added, or renamed where their part number or display
 * name changed: $1 sku_id, $2 String_Id, $3 Product_Display_Name of every
 * row.  A product's name is the one most of its rows give, the first row's
 * among equally many.
 */
static Statement catalog_products_upsert = {
	"catalog_products_upsert",
	"WITH given AS ("
	"  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS r(sku_id, part, name, n)),"
	" part AS ("
	"  SELECT DISTINCT ON (c.sku_id) c.sku_id, c.part"
	"    FROM (SELECT r.sku_id, r.part, count(*) AS k, min(r.n) AS first FROM given r GROUP BY r.sku_id, r.part) c"
	"   ORDER BY c.sku_id, c.k DESC, c.first),"
	" name AS ("
	"  SELECT DISTINCT ON (c.sku_id) c.sku_id, c.name"
	"    FROM (SELECT r.sku_id, r.name, count(*) AS k, min(r.n) AS first FROM given r GROUP BY r.sku_id, r.name) c"
	"   ORDER BY c.sku_id, c.k DESC, c.first),"
	" file AS ("
	"  SELECT part.sku_id, part.part, name.name FROM part JOIN name ON name.sku_id = part.sku_id),"
	" old AS ("
	"  SELECT p.sku_id, p.sku_part_number, p.display_name"
	"    FROM license_mgmt.products p JOIN file f ON f.sku_id = p.sku_id),"
	" written AS ("
	"  INSERT INTO license_mgmt.products AS p (sku_id, sku_part_number, display_name)"
	"  SELECT f.sku_id, f.part, f.name FROM file f ORDER BY f.sku_id"
	"  ON CONFLICT (sku_id) DO UPDATE"
	"     SET sku_part_number = excluded.sku_part_number, display_name = excluded.display_name"
	"   WHERE (p.sku_part_number, p.display_name) IS DISTINCT FROM (excluded.sku_part_number, excluded.display_name)"
	"  RETURNING p.sku_id, p.sku_part_number, p.display_name)"
	" SELECT CASE WHEN o.sku_id IS NULL THEN 'added' ELSE 'renamed' END, 'product', w.sku_id, w.sku_part_number,"
	"        CASE WHEN o.sku_id IS NULL THEN format('display_name \"%s\"', w.display_name)"
	"             ELSE concat_ws('; ',"
	"                    CASE WHEN o.sku_part_number <> w.sku_part_number"
	"                         THEN format('sku_part_number \"%s\" -> \"%s\"', o.sku_part_number, w.sku_part_number) END,"
	"                    CASE WHEN o.display_name <> w.display_name"
	"                         THEN format('display_name \"%s\" -> \"%s\"', o.display_name, w.display_name) END) END"
	"   FROM written w LEFT JOIN old o ON o.sku_id = w.sku_id"
	"  ORDER BY 1, 4, 3",
	3, {UUIDARRAYOID, TEXTARRAYOID, TEXTARRAYOID}};

/*
 * The file's service plans added or renamed, as products are: $1
 * Service_Plan_Id, $2 Service_Plan_Name, $3 the friendly name (null when
 * empty) of every row.
 */
static Statement catalog_service_plans_upsert = {
	"catalog_service_plans_upsert",
	"WITH given AS ("
	"  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS r(plan_id, name, display, n)),"
	" name AS ("
	"  SELECT DISTINCT ON (c.plan_id) c.plan_id, c.name"
	"    FROM (SELECT r.plan_id, r.name, count(*) AS k, min(r.n) AS first FROM given r GROUP BY r.plan_id, r.name) c"
	"   ORDER BY c.plan_id, c.k DESC, c.first),"
	" display AS ("
	"  SELECT DISTINCT ON (c.plan_id) c.plan_id, c.display"
	"    FROM (SELECT r.plan_id, r.display, count(*) AS k, min(r.n) AS first FROM given r GROUP BY r.plan_id, r.display) c"
	"   ORDER BY c.plan_id, c.k DESC, c.first),"
	" file AS ("
	"  SELECT name.plan_id, name.name, display.display FROM name JOIN display ON display.plan_id = name.plan_id),"
	" old AS ("
	"  SELECT sp.service_plan_id, sp.service_plan_name, sp.display_name"
	"    FROM license_mgmt.service_plans sp JOIN file f ON f.plan_id = sp.service_plan_id),"
	" written AS ("
	"  INSERT INTO license_mgmt.service_plans AS sp (service_plan_id, service_plan_name, display_name)"
	"  SELECT f.plan_id, f.name, f.display FROM file f ORDER BY f.plan_id"
	"  ON CONFLICT (service_plan_id) DO UPDATE"
	"     SET service_plan_name = excluded.service_plan_name, display_name = excluded.display_name"
	"   WHERE (sp.service_plan_name, sp.display_name) IS DISTINCT FROM (excluded.service_plan_name, excluded.display_name)"
	"  RETURNING sp.service_plan_id, sp.service_plan_name, sp.display_name)"
	" SELECT CASE WHEN o.service_plan_id IS NULL THEN 'added' ELSE 'renamed' END, 'service_plan',"
	"        w.service_plan_id, w.service_plan_name,"
	"        CASE WHEN o.service_plan_id IS NULL THEN format('display_name \"%s\"', w.display_name)"
	"             ELSE concat_ws('; ',"
	"                    CASE WHEN o.service_plan_name <> w.service_plan_name"
	"                         THEN format('service_plan_name \"%s\" -> \"%s\"', o.service_plan_name, w.service_plan_name) END,"
	"                    CASE WHEN o.display_name IS DISTINCT FROM w.display_name"
	"                         THEN format('display_name \"%s\" -> \"%s\"', o.display_name, w.display_name) END) END"
	"   FROM written w LEFT JOIN old o ON o.service_plan_id = w.service_plan_id"
	"  ORDER BY 1, 4, 3",
	3, {UUIDARRAYOID, TEXTARRAYOID, TEXTARRAYOID}};

/*
 * The file's products get the plans the file gives them, and lose the
 * others, in one statement, so that the catalog tables' triggers see the
 * product's new plans whole: $1 sku_id, $2 Service_Plan_Id of every row.
 * A product the file does not have keeps its plans (catalog_products_gone).
 */
static Statement catalog_product_service_plans_apply = {
	"catalog_product_service_plans_apply",
	"WITH file AS ("
	"  SELECT DISTINCT r.sku_id, r.service_plan_id FROM unnest($1::uuid[], $2::uuid[]) AS r(sku_id, service_plan_id)),"
	" added AS ("
	"  INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)"
	"  SELECT f.sku_id, f.service_plan_id FROM file f ORDER BY f.sku_id, f.service_plan_id"
	"  ON CONFLICT DO NOTHING"
	"  RETURNING sku_id, service_plan_id),"
	" removed AS ("
	"  DELETE FROM license_mgmt.product_service_plans psp"
	"   WHERE psp.sku_id IN (SELECT f.sku_id FROM file f)"
	"     AND NOT EXISTS (SELECT 1 FROM file f WHERE f.sku_id = psp.sku_id AND f.service_plan_id = psp.service_plan_id)"
	"  RETURNING psp.sku_id, psp.service_plan_id),"
	" changed AS ("
	"  SELECT 'added' AS action, a.sku_id, a.service_plan_id FROM added a"
	"  UNION ALL"
	"  SELECT 'removed', d.sku_id, d.service_plan_id FROM removed d)"
	" SELECT c.action, 'product_service_plan', c.sku_id, p.sku_part_number,"
	"        format('service plan \"%s\" (%s)', sp.service_plan_name, sp.service_plan_id)"
	"   FROM changed c"
	"   JOIN license_mgmt.products p ON p.sku_id = c.sku_id"
	"   JOIN license_mgmt.service_plans sp ON sp.service_plan_id = c.service_plan_id"
	"  ORDER BY 1, 4, 3, sp.service_plan_name, sp.service_plan_id",
	2, {UUIDARRAYOID, UUIDARRAYOID}};

/*
 * The products the file no longer has ($1, locked by
 * catalog_products_leaving_lock): those that a subscription (whatever its
 * status), a direct or group assignment or a license state of any tenant
 * uses are kept and reported in_use, with what uses them, and keep their
 * plans; the others are removed, with their pairs (each reported) and,
 * by their foreign key's cascade, the seat counters and reserves a tenant
 * that once subscribed kept of them (idle: no seat is held without a
 * state).  A cascade rather than a DELETE here: on a cluster it runs on
 * each node where the catalog's copy loses the product, as the extension's
 * own write (derived_guard.c).  The catalog is global, so this statement alone
 * reads every tenant's rows (test/pgtap/statements.sql knows it): by
 * product, once per table, only when the file drops a product.
 */
static Statement catalog_products_gone = {
	"catalog_products_gone",
	"WITH use AS ("
	"  SELECT s.sku_id, 'subscription' AS what, count(*) AS n, count(DISTINCT s.tenant_id) AS tenants"
	"    FROM license_mgmt.subscriptions s WHERE s.sku_id = ANY ($1) GROUP BY s.sku_id"
	"  UNION ALL"
	"  SELECT a.sku_id, 'direct assignment', count(*), count(DISTINCT a.tenant_id)"
	"    FROM license_mgmt.user_license_assignments a WHERE a.sku_id = ANY ($1) GROUP BY a.sku_id"
	"  UNION ALL"
	"  SELECT g.sku_id, 'group assignment', count(*), count(DISTINCT g.tenant_id)"
	"    FROM license_mgmt.group_license_assignments g WHERE g.sku_id = ANY ($1) GROUP BY g.sku_id"
	"  UNION ALL"
	"  SELECT ls.sku_id, 'license state', count(*), count(DISTINCT ls.tenant_id)"
	"    FROM license_mgmt.license_states ls WHERE ls.sku_id = ANY ($1) GROUP BY ls.sku_id),"
	" kept AS ("
	"  SELECT u.sku_id,"
	"         string_agg(format('%s %s%s in %s tenant%s', u.n, u.what, CASE WHEN u.n > 1 THEN 's' ELSE '' END,"
	"                           u.tenants, CASE WHEN u.tenants > 1 THEN 's' ELSE '' END), ', ' ORDER BY u.what) AS uses"
	"    FROM use u GROUP BY u.sku_id),"
	" pairs AS ("
	"  DELETE FROM license_mgmt.product_service_plans psp"
	"   WHERE psp.sku_id = ANY ($1) AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.sku_id = psp.sku_id)"
	"  RETURNING psp.sku_id, psp.service_plan_id),"
	" gone AS ("
	"  DELETE FROM license_mgmt.products p"
	"   WHERE p.sku_id = ANY ($1) AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.sku_id = p.sku_id)"
	"  RETURNING p.sku_id, p.sku_part_number)"
	" SELECT 'removed', 'product', g.sku_id, g.sku_part_number, 'not in the file, and nothing uses it'"
	"   FROM gone g"
	" UNION ALL"
	" SELECT 'removed', 'product_service_plan', d.sku_id, p.sku_part_number,"
	"        format('service plan \"%s\" (%s)', sp.service_plan_name, sp.service_plan_id)"
	"   FROM pairs d"
	"   JOIN license_mgmt.products p ON p.sku_id = d.sku_id"
	"   JOIN license_mgmt.service_plans sp ON sp.service_plan_id = d.service_plan_id"
	" UNION ALL"
	" SELECT 'in_use', 'product', p.sku_id, p.sku_part_number, 'not in the file; kept, used by ' || k.uses"
	"   FROM kept k JOIN license_mgmt.products p ON p.sku_id = k.sku_id"
	"  ORDER BY 1, 2, 4, 3, 5",
	1, {UUIDARRAYOID}};

/*
 * The service plans the file no longer has ($1 the plans of the file):
 * those still in a product (one kept in use, catalog_products_gone; the
 * file's products have lost them already) are kept and reported in_use;
 * the others are removed, and with them the conflicts and dependencies
 * that name them (the foreign keys cascade; the detail counts them).
 */
static Statement catalog_service_plans_gone = {
	"catalog_service_plans_gone",
	"WITH leaving AS ("
	"  SELECT sp.service_plan_id, sp.service_plan_name,"
	"         (SELECT string_agg(" PRODUCT_LABEL_SQL("p") ", ', ' ORDER BY p.sku_part_number, p.sku_id)"
	"            FROM license_mgmt.product_service_plans psp"
	"            JOIN license_mgmt.products p ON p.sku_id = psp.sku_id"
	"           WHERE psp.service_plan_id = sp.service_plan_id) AS products,"
	"         (SELECT count(*) FROM license_mgmt.service_plan_conflicts c"
	"           WHERE sp.service_plan_id IN (c.service_plan_id, c.conflicting_service_plan_id))"
	"         + (SELECT count(*) FROM license_mgmt.service_plan_dependencies d"
	"             WHERE sp.service_plan_id IN (d.service_plan_id, d.required_service_plan_id)) AS rules"
	"    FROM license_mgmt.service_plans sp"
	"   WHERE NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) AS f(plan_id) WHERE f.plan_id = sp.service_plan_id)),"
	" gone AS ("
	"  DELETE FROM license_mgmt.service_plans sp"
	"   USING leaving l"
	"   WHERE sp.service_plan_id = l.service_plan_id AND l.products IS NULL"
	"  RETURNING sp.service_plan_id)"
	" SELECT 'removed', 'service_plan', l.service_plan_id, l.service_plan_name,"
	"        'not in the file, and in no product'"
	"        || CASE WHEN l.rules > 0 THEN format('; its conflicts and dependencies (%s) went with it', l.rules) ELSE '' END"
	"   FROM gone g JOIN leaving l ON l.service_plan_id = g.service_plan_id"
	" UNION ALL"
	" SELECT 'in_use', 'service_plan', l.service_plan_id, l.service_plan_name,"
	"        'not in the file; kept, a service plan of ' || l.products || ', kept in use'"
	"   FROM leaving l WHERE l.products IS NOT NULL"
	"  ORDER BY 1, 4, 3",
	1, {UUIDARRAYOID}};

/* Put the rows the last statement returned into the function's result. */
static void
keep_changes(ReturnSetInfo *rsinfo)
{
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		Datum		values[5];
		bool		nulls[5];

		for (int c = 0; c < 5; c++)
			values[c] = lm_value(i, c + 1, &nulls[c]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/*
 * remove_unused_products: catalog_products_gone, in lm_attempt's
 * subtransaction.  On a cluster, the row lock of catalog_products_leaving_lock
 * is taken on one copy of the catalog only (Citus locks a reference table's
 * rows so), so a subscription or assignment being made on a worker is met
 * only by the delete: it waits for it, and once it commits the foreign key
 * refuses the delete (23503).  The statement is then run again, seeing the
 * use and keeping the product.  On one server the lock already waited, and
 * under REPEATABLE READ or SERIALIZABLE the snapshot would not see it: the
 * refusal stands.
 */
typedef struct ProductsGone
{
	Datum		leaving;
	int			attempts_left;
} ProductsGone;

static bool
remove_unused_products(void *arg)
{
	ProductsGone *gone = (ProductsGone *) arg;
	MemoryContext context = CurrentMemoryContext;
	volatile bool removed = true;

	PG_TRY();
	{
		lm_run_per_call(&catalog_products_gone, &gone->leaving, NULL);
	}
	PG_CATCH();
	{
		ErrorData  *error;

		MemoryContextSwitchTo(context);
		error = CopyErrorData();
		if (error->sqlerrcode != ERRCODE_FOREIGN_KEY_VIOLATION ||
			IsolationUsesXactSnapshot() || --gone->attempts_left <= 0)
			PG_RE_THROW();
		FlushErrorState();
		FreeErrorData(error);
		removed = false;
	}
	PG_END_TRY();
	return removed;
}

/*
 * import_catalog(csv bytea) returns table (action, object_type, object_id,
 * name, detail): read Microsoft's catalog file and apply it to the catalog
 * tables, returning one row per change (R14.1).  The owner's: EXECUTE is
 * granted to no role.
 */
Datum
import_catalog(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bytea	   *csv;
	CatalogRow *rows;
	int			n;
	Datum		skus;
	Datum		plans;
	Datum		leaving;
	LmContext	ctx;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("csv must not be null"),
				 errdetail("import_catalog reads the catalog from the bytes of its file."),
				 errhint(HINT_THE_FILE)));
	InitMaterializedSRF(fcinfo, 0);
	csv = PG_GETARG_BYTEA_PP(0);

	/* the whole file is read and checked before anything is written */
	n = read_catalog(VARDATA_ANY(csv), VARSIZE_ANY_EXHDR(csv), &rows);
	skus = column_array(rows, n, COL_GUID);
	plans = column_array(rows, n, COL_PLAN_ID);

	lm_enter(&ctx);
	lm_become_owner(&ctx);
	/* one import at a time; assignments (which only lock rows) go on */
	LockRelationOid(get_relname_relid("products", get_namespace_oid("license_mgmt", false)),
					ShareRowExclusiveLock);
	lm_run_per_call(&catalog_products_leaving_lock, &skus, NULL);
	leaving = lm_copy_datum(0, 1, &(bool) {false});

	lm_run_per_call(&catalog_products_upsert,
					(Datum[]) {skus, column_array(rows, n, COL_STRING_ID), column_array(rows, n, COL_PRODUCT_NAME)},
					NULL);
	keep_changes(rsinfo);
	lm_run_per_call(&catalog_service_plans_upsert,
					(Datum[]) {plans, column_array(rows, n, COL_PLAN_NAME),
					column_array(rows, n, COL_PLAN_FRIENDLY_NAME)},
					NULL);
	keep_changes(rsinfo);
	lm_run_per_call(&catalog_product_service_plans_apply, (Datum[]) {skus, plans}, NULL);
	keep_changes(rsinfo);
	if (lm_array_length(leaving) > 0)
	{
		ProductsGone gone = {leaving, 3};

		while (!lm_attempt(remove_unused_products, &gone))
			continue;
		keep_changes(rsinfo);
	}
	lm_run_per_call(&catalog_service_plans_gone, &plans, NULL);
	keep_changes(rsinfo);
	lm_leave(&ctx);
	return (Datum) 0;
}

/* The statements of this file, for statements.c. */
Statement *const catalog_import_statements[] = {
	&catalog_products_leaving_lock, &catalog_products_upsert, &catalog_service_plans_upsert,
	&catalog_product_service_plans_apply, &catalog_products_gone, &catalog_service_plans_gone, NULL
};
