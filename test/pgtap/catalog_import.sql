-- R14.1: import_catalog() reads Microsoft's catalog file as published and
-- applies it by id.  Two real snapshots (test/data/microsoft-catalog, with
-- their provenance): January 2022 (Windows-1252, CRLF, header "String_ Id")
-- and August 2023 (Windows-1252, CRLF, a duplicated row, non-breaking
-- spaces); the newer is imported over the older.  Variants made here: the
-- 2023 file in UTF-8 with and without a byte-order mark, with LF line ends,
-- and with MCOPSTN5 naming two products as Microsoft's later file does; small
-- files for header variants, quoting, white space, duplicates, what is in
-- use; and bad input, refused by line with nothing changed.  R1.3: names are
-- labels; an ambiguous one is shown with its id.
--
-- The files are read by psql (run from the repository's root, as make test
-- does), base64 on the way, so that the server needs no access to them.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS license_mgmt;
SET search_path = public, license_mgmt;
SELECT plan(83);

\set csv2022 `base64 -w0 test/data/microsoft-catalog/2022-01.csv`
\set csv2023 `base64 -w0 test/data/microsoft-catalog/2023-08.csv`
CREATE TEMP TABLE files (name text PRIMARY KEY, csv bytea NOT NULL);
INSERT INTO files VALUES ('2022', decode(:'csv2022', 'base64')), ('2023', decode(:'csv2023', 'base64'));
\unset csv2022
\unset csv2023
INSERT INTO files
SELECT '2023 utf8 bom', '\xefbbbf'::bytea || convert_to(convert_from(csv, 'WIN1252'), 'UTF8') FROM files WHERE name = '2023'
UNION ALL
SELECT '2023 utf8', convert_to(convert_from(csv, 'WIN1252'), 'UTF8') FROM files WHERE name = '2023'
UNION ALL
SELECT '2023 lf', convert_to(replace(convert_from(csv, 'WIN1252'), E'\r\n', E'\n'), 'WIN1252') FROM files WHERE name = '2023'
UNION ALL
-- Microsoft's later files give MCOPSTN5 to product 11dee6af too (issue 23)
SELECT '2023 mcopstn5', convert_to(replace(convert_from(csv, 'WIN1252'), ',MCOPSTN_5,', ',MCOPSTN5,'), 'WIN1252')
  FROM files WHERE name = '2023';

CREATE FUNCTION pg_temp.file(n text) RETURNS bytea LANGUAGE sql AS $$SELECT csv FROM files WHERE name = n$$;
CREATE FUNCTION pg_temp.utf8(t text) RETURNS bytea LANGUAGE sql AS $$SELECT convert_to(t, 'UTF8')$$;

-- Every import's rows, by run; tally(run) counts them by action and type.
CREATE TEMP TABLE imported (run text, action text, object_type text, object_id uuid, name text, detail text);
CREATE FUNCTION pg_temp.import(run text, csv bytea) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	n integer;
BEGIN
	INSERT INTO imported SELECT run, c.* FROM license_mgmt.import_catalog(csv) c;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END $$;
CREATE FUNCTION pg_temp.tally(r text) RETURNS text LANGUAGE sql AS $$
	SELECT COALESCE(string_agg(format('%s %s %s', action, object_type, n), ', ' ORDER BY action, object_type), '')
	  FROM (SELECT action, object_type, count(*) AS n FROM imported WHERE run = r GROUP BY 1, 2) t
$$;
-- products, service plans, pairs
CREATE FUNCTION pg_temp.counts() RETURNS integer[] LANGUAGE sql AS $$
	SELECT ARRAY[(SELECT count(*)::integer FROM license_mgmt.products),
				 (SELECT count(*)::integer FROM license_mgmt.service_plans),
				 (SELECT count(*)::integer FROM license_mgmt.product_service_plans)]
$$;
-- the whole catalog, as one digest
CREATE FUNCTION pg_temp.digest() RETURNS text LANGUAGE sql AS $$
	SELECT md5(concat_ws('|',
		(SELECT string_agg(concat_ws(',', sku_id, sku_part_number, display_name), ';' ORDER BY sku_id)
		   FROM license_mgmt.products),
		(SELECT string_agg(concat_ws(',', service_plan_id, service_plan_name, display_name, unavailable_locations), ';'
						   ORDER BY service_plan_id) FROM license_mgmt.service_plans),
		(SELECT string_agg(sku_id || ',' || service_plan_id, ';' ORDER BY sku_id, service_plan_id)
		   FROM license_mgmt.product_service_plans),
		(SELECT string_agg(service_plan_id || ',' || required_service_plan_id, ';' ORDER BY 1)
		   FROM license_mgmt.service_plan_dependencies)))
$$;
-- refusal(sql): SQLSTATE and message of the error sql raises, or 'no error'
CREATE FUNCTION pg_temp.refusal(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	code text;
	msg text;
BEGIN
	EXECUTE sql;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	RETURN code || ' ' || msg;
END $$;
CREATE FUNCTION pg_temp.import_refusal(csv bytea) RETURNS text LANGUAGE sql AS $$
	SELECT pg_temp.refusal(format('SELECT count(*) FROM license_mgmt.import_catalog(%L::bytea)', csv))
$$;

-- a tenant and two users, for what uses the catalog
INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location)
VALUES ('1c000000-0000-4000-8000-000000000001', 'Catalog import', 'US');
INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, usage_location) VALUES
	('1c000000-0000-4000-8000-000000000001', '1c000000-0000-4000-8000-0000000000a1', 'a1@catalog.example', 'US'),
	('1c000000-0000-4000-8000-000000000001', '1c000000-0000-4000-8000-0000000000a2', 'a2@catalog.example', 'US');

------------------------------------------------------------------------------
-- The owner's function
------------------------------------------------------------------------------

SELECT is(ARRAY(SELECT r FROM unnest(ARRAY['public', 'license_mgmt_reader', 'license_mgmt_admin', 'license_mgmt_directory']) AS r
				 WHERE has_function_privilege(r, 'license_mgmt.import_catalog(bytea)', 'EXECUTE')),
	'{}', 'R14.1: import_catalog is the owner''s: no role, nor PUBLIC, may execute it');

------------------------------------------------------------------------------
-- Small files: the format as published, and its variants
------------------------------------------------------------------------------

SAVEPOINT small;
-- columns in another order, spelled otherwise, an extra one; LF; quoted
-- fields with commas, doubled quotes and a line end; white space of every
-- kind; a friendly name left empty; a row twice, and once more with other
-- white space; a pair given twice with another name (one id, one plan)
SELECT is(pg_temp.import('small', pg_temp.utf8(
	E'guid,STRING ID, Product display name ,Notes,service_plan_name,Service_ Plan_Id,SERVICE_PLANS_INCLUDED_FRIENDLY_NAMES\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_SUITE,"Contoso ""Plus"", Suite",x,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\n' ||
	E'AAAAAAAA-0000-4000-8000-000000000001,CONTOSO_SUITE,"Contoso ""Plus"", Suite",y,CONTOSO_CHAT,bbbbbbbb-0000-4000-8000-000000000002,"Contoso\n  Chat"\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_SUITE,"Contoso ""Plus"", Suite",z,CONTOSO_CHAT,bbbbbbbb-0000-4000-8000-000000000002,Contoso Chat\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000002,\tCONTOSO_MAIL_ONLY ,Contoso\u00a0Mail\u2007\u202f only\u00a0,x,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL_ONLY,Contoso Mail only,x,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL_ONLY,Contoso Mail only,x,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL_ONLY,Contoso Mail only,x,CONTOSO_MAIL_,BBBBBBBB-0000-4000-8000-000000000001,Mail\n' ||
	E'aaaaaaaa-0000-4000-8000-000000000003,CONTOSO_EXTRA,Contoso Extra,x,CONTOSO_EXTRA,bbbbbbbb-0000-4000-8000-000000000003,\n' ||
	E'\n')), 10, 'R14.1: a small file imports: 3 products, 3 plans, 4 pairs added');
SELECT is(pg_temp.tally('small'), 'added product 3, added product_service_plan 4, added service_plan 3',
	'R14.1: one row per product, plan and pair added');
SELECT results_eq($$SELECT sku_id::text, sku_part_number, display_name FROM license_mgmt.products ORDER BY 1$$,
	$$VALUES ('aaaaaaaa-0000-4000-8000-000000000001', 'CONTOSO_SUITE', 'Contoso "Plus", Suite'),
			 ('aaaaaaaa-0000-4000-8000-000000000002', 'CONTOSO_MAIL_ONLY', 'Contoso Mail only'),
			 ('aaaaaaaa-0000-4000-8000-000000000003', 'CONTOSO_EXTRA', 'Contoso Extra')$$,
	'R14.1: columns found by name in any order and spelling; quoted fields read whole; white space, non-breaking spaces included, made one space and trimmed');
SELECT results_eq($$SELECT service_plan_id::text, service_plan_name, display_name FROM license_mgmt.service_plans ORDER BY 1$$,
	$$VALUES ('bbbbbbbb-0000-4000-8000-000000000001', 'CONTOSO_MAIL', 'Contoso Mail'),
			 ('bbbbbbbb-0000-4000-8000-000000000002', 'CONTOSO_CHAT', 'Contoso Chat'),
			 ('bbbbbbbb-0000-4000-8000-000000000003', 'CONTOSO_EXTRA', NULL)$$,
	'R14.1: one id with several names is one plan, named as most of its rows name it; an empty friendly name is null');
SELECT is(pg_temp.import('small again', pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_CHAT,bbbbbbbb-0000-4000-8000-000000000002,Contoso Chat\r\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail\r\n' ||
	E'Contoso Extra,CONTOSO_EXTRA,aaaaaaaa-0000-4000-8000-000000000003,CONTOSO_EXTRA,bbbbbbbb-0000-4000-8000-000000000003,\r\n')), 0,
	'R14.1: the same catalog written the standard way (CRLF, standard header) changes nothing');
SELECT is(pg_temp.import('small win1252', '\xefbbbf'::bytea || pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_CHAT,bbbbbbbb-0000-4000-8000-000000000002,Contoso Chat\r\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\r\n' ||
	E'Contoso Extra,CONTOSO_EXTRA,aaaaaaaa-0000-4000-8000-000000000003,CONTOSO_EXTRA,bbbbbbbb-0000-4000-8000-000000000003,\r\n')), 1,
	'R14.1: UTF-8 with a byte-order mark: one plan renamed');
SELECT is((SELECT detail FROM imported WHERE run = 'small win1252'),
	'display_name "Contoso Mail" -> "Contoso Mail – Exchange"', 'R14.1: renamed says the old name and the new');
SELECT is(pg_temp.import('small win1252 again', convert_to(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013\u00a0Exchange\r\n' ||
	E'"Contoso ""Plus"", Suite",CONTOSO_SUITE,aaaaaaaa-0000-4000-8000-000000000001,CONTOSO_CHAT,bbbbbbbb-0000-4000-8000-000000000002,Contoso Chat\r\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\r\n' ||
	E'Contoso Extra,CONTOSO_EXTRA,aaaaaaaa-0000-4000-8000-000000000003,CONTOSO_EXTRA,bbbbbbbb-0000-4000-8000-000000000003,\r\n', 'WIN1252')), 0,
	'R14.1: the same in Windows-1252 (en dash 0x96, non-breaking space 0xA0) changes nothing');

-- what is in use stays: a product subscribed, and the plans only it has
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
VALUES ('1c000000-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 5);
INSERT INTO license_mgmt.service_plan_dependencies (service_plan_id, required_service_plan_id)
VALUES ('bbbbbbbb-0000-4000-8000-000000000003', 'bbbbbbbb-0000-4000-8000-000000000001');
SELECT is(pg_temp.import('small smaller', pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\n')), 5,
	'R14.1: a file without two products and two plans');
SELECT results_eq($$SELECT action, object_type, object_id::text, name, detail FROM imported WHERE run = 'small smaller'
					 ORDER BY object_type, action$$,
	$$VALUES ('in_use', 'product', 'aaaaaaaa-0000-4000-8000-000000000001', 'CONTOSO_SUITE',
			  'not in the file; kept, used by 1 subscription in 1 tenant'),
			 ('removed', 'product', 'aaaaaaaa-0000-4000-8000-000000000003', 'CONTOSO_EXTRA', 'not in the file, and nothing uses it'),
			 ('removed', 'product_service_plan', 'aaaaaaaa-0000-4000-8000-000000000003', 'CONTOSO_EXTRA',
			  'service plan "CONTOSO_EXTRA" (bbbbbbbb-0000-4000-8000-000000000003)'),
			 ('in_use', 'service_plan', 'bbbbbbbb-0000-4000-8000-000000000002', 'CONTOSO_CHAT',
			  'not in the file; kept, a service plan of "CONTOSO_SUITE", kept in use'),
			 ('removed', 'service_plan', 'bbbbbbbb-0000-4000-8000-000000000003', 'CONTOSO_EXTRA',
			  'not in the file, and in no product; its conflicts and dependencies (1) went with it')$$,
	'R14.1: a product subscribed is kept (in_use, saying what uses it) with its plans; the rest the file lacks is removed');
SELECT is(pg_temp.counts(), ARRAY[2, 2, 3], 'R14.1: the subscribed product keeps both its plans');
SELECT is(pg_temp.import('small smaller again', pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\n')), 2,
	'R14.1: the same file again changes nothing, and says again what it keeps in use');
SELECT is(pg_temp.tally('small smaller again'), 'in_use product 1, in_use service_plan 1',
	'R14.1: ... only the in_use rows');
DELETE FROM license_mgmt.subscriptions WHERE sku_id = 'aaaaaaaa-0000-4000-8000-000000000001';
SELECT is(pg_temp.import('small unused', pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso Mail only,CONTOSO_MAIL_ONLY,aaaaaaaa-0000-4000-8000-000000000002,CONTOSO_MAIL,bbbbbbbb-0000-4000-8000-000000000001,Contoso Mail \u2013 Exchange\n')), 4,
	'R14.1: once the subscription is deleted, the product goes');
SELECT is(pg_temp.tally('small unused'), 'removed product 1, removed product_service_plan 2, removed service_plan 1',
	'R14.1: ... with its pairs and the plan only it had');
SELECT is(pg_temp.counts(), ARRAY[1, 1, 1], 'R14.1: the catalog is the file''s');
SELECT is((SELECT count(*)::integer FROM license_mgmt.seat_counters WHERE sku_id = 'aaaaaaaa-0000-4000-8000-000000000001'), 0,
	'R14.1: the seat counter the deleted subscription left (idle) went with the product');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() finds nothing after the imports');
ROLLBACK TO SAVEPOINT small;

------------------------------------------------------------------------------
-- Bad input: refused with the line at fault, nothing changed
------------------------------------------------------------------------------

SELECT is(pg_temp.refusal('SELECT * FROM license_mgmt.import_catalog(NULL)'),
	'22004 csv must not be null', 'R13.1: a null file is refused');
SELECT is(pg_temp.import_refusal(''), '22P04 the catalog file is empty', 'R13.1: an empty file is refused');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(E'\r\n\n  \n')), '22P04 the catalog file is empty',
	'R13.1: a file of blank lines is refused');
SELECT is(pg_temp.import_refusal('\x89504e470d0a1a0a0000000d49484452'::bytea),
	'22P04 line 3 of the catalog file contains a zero byte', 'R13.1: a binary file (a PNG) is refused: not a CSV');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(E'{"products": []}\n')),
	'22P04 the catalog file has no column "Product_Display_Name"', 'R13.1: a JSON file is refused: not the catalog');
SELECT is(pg_temp.import_refusal('\xfffe50007200'::bytea), '22021 the catalog file is UTF-16',
	'R13.1: a UTF-16 file is refused');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,Mail\n')),
	'22P04 the catalog file has no column "Service_Plan_Id"', 'R13.1: a file lacking a column is refused, naming it');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names,String Id\n')),
	'22P04 the catalog file has column "String_Id" twice', 'R13.1: a file naming a column twice is refused');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n')),
	'22P04 the catalog file has no rows', 'R13.1: a file with its header only is refused (it would remove the catalog)');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-00000000001,M,bbbbbbbb-0000-4000-8000-000000000002,Mail\n')),
	'22P02 GUID "aaaaaaaa-0000-4000-8000-00000000001" on line 3 of the catalog file is not a uuid',
	'R13.1: a GUID that is not a uuid is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,{bbbbbbbb-0000-4000-8000-000000000001},Mail\n')),
	'22P02 Service_Plan_Id "{bbbbbbbb-0000-4000-8000-000000000001}" on line 2 of the catalog file is not a uuid',
	'R13.1: a Service_Plan_Id that is not a uuid is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n' ||
	E'"Contoso, Two\nLines",C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001\n')),
	'22P04 line 5 of the catalog file has 5 fields, not 6', 'R13.1: a row with too few fields is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail,\n')),
	'22P04 line 2 of the catalog file has 7 fields, not 6', 'R13.1: a row with too many fields is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,"Mail\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n')),
	'22P04 unterminated quoted field on line 2 of the catalog file', 'R13.1: a quoted field never closed is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'"Contoso "Plus"",C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n')),
	'22P04 unexpected character after a quoted field on line 2 of the catalog file',
	'R13.1: a quote inside a quoted field not doubled is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso, \u00a0 ,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n')),
	'22P04 String_Id is empty on line 2 of the catalog file', 'R13.1: a name that is only white space is refused with its line');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso,C,aaaaaaaa-0000-4000-8000-000000000001,' || repeat('M', 129) || E',bbbbbbbb-0000-4000-8000-000000000001,Mail\n')),
	'22001 Service_Plan_Name on line 2 of the catalog file is longer than 128 characters',
	'R13.1: a name longer than the column takes is refused with its line');
SELECT is(pg_temp.import_refusal('\xefbbbf'::bytea || convert_to(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n' ||
	E'Contoso\u00e9,C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n', 'WIN1252')),
	'22021 line 2 of the catalog file is not valid UTF-8', 'R13.1: a file saying UTF-8 (byte-order mark) that is not is refused');
SELECT is(pg_temp.import_refusal(pg_temp.utf8(
	E'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n')
	|| '\x436f6e746f736f81'::bytea || pg_temp.utf8(E',C,aaaaaaaa-0000-4000-8000-000000000001,M,bbbbbbbb-0000-4000-8000-000000000001,Mail\n')),
	'22021 line 2 of the catalog file is neither UTF-8 nor Windows-1252',
	'R13.1: a byte no encoding of the file has (0x81) is refused with its line');

------------------------------------------------------------------------------
-- The real snapshots: January 2022, then August 2023 over it
------------------------------------------------------------------------------

SELECT is(pg_temp.import('2022', pg_temp.file('2022')), 236 + 365 + 1855,
	'R14.1: the January 2022 snapshot imports (Windows-1252, CRLF, header "String_ Id")');
SELECT is(pg_temp.counts(), ARRAY[236, 365, 1855], 'R14.1: 236 products, 365 service plans, 1,855 pairs');
SELECT is(pg_temp.tally('2022'), 'added product 236, added product_service_plan 1855, added service_plan 365',
	'R14.1: each one added, one row each');
SELECT is(pg_temp.import('2022 again', pg_temp.file('2022')), 0, 'R14.1: importing it again changes nothing and returns nothing');
SELECT is_empty($$SELECT sku_part_number || display_name FROM license_mgmt.products
				   WHERE sku_part_number || display_name ~ '^\s|\s$|\s\s|[\t\u00a0]'
				  UNION ALL
				  SELECT service_plan_name || display_name FROM license_mgmt.service_plans
				   WHERE service_plan_name || display_name ~ '^\s|\s$|\s\s|[\t\u00a0]'$$,
	'R14.1: no name has leading, trailing, doubled, tab or non-breaking spaces');
SELECT ok(EXISTS (SELECT 1 FROM license_mgmt.service_plans
				   WHERE service_plan_id = 'e7c91390-7625-45be-94e0-e16907e03118'
					 AND service_plan_name = 'Virtualization Rights for Windows 10 (E3/E5+VDA)'),
	'R14.1: a name the file spells with tabs ("Virtualization \tRights \tfor ...") reads with single spaces');
SELECT is((SELECT display_name FROM license_mgmt.products WHERE sku_part_number = 'BUSINESS_VOICE_DIRECTROUTING'),
	'Microsoft 365 Business Voice (without calling plan)', 'R14.1: a trailing space is dropped');
SELECT ok(EXISTS (SELECT 1 FROM license_mgmt.service_plans WHERE display_name LIKE '% – %')
		  AND NOT EXISTS (SELECT 1 FROM license_mgmt.service_plans WHERE display_name ~ '[\u0080-\u009f\ufffd]|â€'),
	'R14.1: Windows-1252 is read as such: byte 0x96 is the en dash');
SELECT is(ARRAY(SELECT service_plan_id::text FROM license_mgmt.service_plans WHERE service_plan_name = 'PROJECT_ESSENTIALS' ORDER BY 1),
	'{1259157c-8581-4875-bca7-2ffb18c51bda,f944d685-f762-4371-806d-a1f48e5bea13}',
	'R1.3: PROJECT_ESSENTIALS names two service plans in the file, and both are kept');
SELECT is((SELECT count(*)::integer FROM license_mgmt.product_service_plans WHERE sku_id = '6fd2c87f-b296-42f0-b197-1e91e994b900'),
	(SELECT count(*)::integer FROM regexp_split_to_table(convert_from(pg_temp.file('2022'), 'WIN1252'), E'\r\n') AS l
	  WHERE l LIKE '%,6fd2c87f-b296-42f0-b197-1e91e994b900,%'),
	'R14.1: Office 365 E3 has as many plans as the file has rows of it');

-- What uses a product the newer file drops is kept: a subscription and a
-- direct assignment of BUSINESS_VOICE_DIRECTROUTING; and a product whose
-- subscription was deleted (its seat counter left idle) goes.
SAVEPOINT in_use;
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES
	('1c000000-0000-4000-8000-000000000001', 'd52db95a-5ecb-46b6-beb0-190ab5cda4a8', 5),
	('1c000000-0000-4000-8000-000000000001', '8330dae3-d349-44f7-9cad-1b23c64baabe', 5);
SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1', 'd52db95a-5ecb-46b6-beb0-190ab5cda4a8');
DELETE FROM license_mgmt.subscriptions WHERE sku_id = '8330dae3-d349-44f7-9cad-1b23c64baabe';
SELECT is(pg_temp.import('2023 in use', pg_temp.file('2023')), 2007,
	'R14.1: the August 2023 snapshot over January 2022, with a dropped product in use');
SELECT results_eq($$SELECT action, object_type, object_id::text, name, detail FROM imported
					 WHERE run = '2023 in use' AND (action = 'in_use' OR object_type = 'product' AND action = 'removed')
					 ORDER BY 1, 4$$,
	$$VALUES ('in_use', 'product', 'd52db95a-5ecb-46b6-beb0-190ab5cda4a8', 'BUSINESS_VOICE_DIRECTROUTING',
			  'not in the file; kept, used by 1 direct assignment in 1 tenant, 1 license state in 1 tenant, 1 subscription in 1 tenant'),
			 ('removed', 'product', '8330dae3-d349-44f7-9cad-1b23c64baabe', 'BUSINESS_VOICE_DIRECTROUTING_MED',
			  'not in the file, and nothing uses it'),
			 ('removed', 'product', '08d7bce8-6e16-490e-89db-1d508e5e9609', 'BUSINESS_VOICE_MED2_TELCO',
			  'not in the file, and nothing uses it')$$,
	'R14.1: the product subscribed and assigned is kept (in_use); the one whose subscription was deleted is removed');
SELECT is(pg_temp.counts(), ARRAY[414, 568, 3276], 'R14.1: the product in use keeps its 2 plans');
SELECT is((SELECT state FROM license_mgmt.user_licenses WHERE user_id = '1c000000-0000-4000-8000-0000000000a1'), 'active',
	'R14.1: its holder keeps it');
SELECT is((SELECT count(*)::integer FROM license_mgmt.seat_counters WHERE sku_id = '8330dae3-d349-44f7-9cad-1b23c64baabe'), 0,
	'R14.1: the idle seat counter of the product removed went with it');
SELECT is_empty('SELECT * FROM license_mgmt.verify()', 'R12.1: verify() finds nothing after the import');
ROLLBACK TO SAVEPOINT in_use;

-- The same, nothing in use; first the 2023 file alone, for comparison.
SAVEPOINT fresh;
DELETE FROM license_mgmt.products;
DELETE FROM license_mgmt.service_plans;
SELECT is(pg_temp.import('2023 fresh', pg_temp.file('2023')), 413 + 568 + 3274, 'R14.1: the August 2023 snapshot alone');
SELECT pg_temp.digest() AS fresh_digest \gset
ROLLBACK TO SAVEPOINT fresh;

SELECT pg_temp.digest() AS digest_2022 \gset
CREATE TEMP TABLE catalog_before AS
	SELECT 'product' AS object_type, sku_id AS id, sku_part_number AS name, display_name FROM license_mgmt.products
	UNION ALL SELECT 'service_plan', service_plan_id, service_plan_name, display_name FROM license_mgmt.service_plans;
SELECT is(pg_temp.import('2023', pg_temp.file('2023')), 2009,
	'R14.1: the August 2023 snapshot imports over the January 2022 one (one duplicated row, non-breaking spaces)');
SELECT is(pg_temp.counts(), ARRAY[413, 568, 3274], 'R14.1: 413 products, 568 service plans, 3,274 pairs');
SELECT is(pg_temp.tally('2023'),
	'added product 180, added product_service_plan 1427, added service_plan 203, removed product 3, '
	'removed product_service_plan 8, renamed product 104, renamed service_plan 84',
	'R14.1: the rows say what changed');
SELECT is(pg_temp.counts(), ARRAY[
	236 + (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'product' AND action = 'added')
		- (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'product' AND action = 'removed'),
	365 + (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'service_plan' AND action = 'added')
		- (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'service_plan' AND action = 'removed'),
	1855 + (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'product_service_plan' AND action = 'added')
		- (SELECT count(*)::integer FROM imported WHERE run = '2023' AND object_type = 'product_service_plan' AND action = 'removed')],
	'R14.1: the rows account for every change: before + added - removed = after, for each kind');
SELECT is(pg_temp.digest(), :'fresh_digest',
	'R14.1: the newer over the older is the newer alone: only the difference was applied, and all of it');
SELECT is((SELECT count(*)::integer FROM catalog_before b
			 JOIN license_mgmt.products p ON b.object_type = 'product' AND p.sku_id = b.id
			WHERE (p.sku_part_number, p.display_name) IS DISTINCT FROM (b.name, b.display_name))
		  + (SELECT count(*)::integer FROM catalog_before b
			   JOIN license_mgmt.service_plans sp ON b.object_type = 'service_plan' AND sp.service_plan_id = b.id
			  WHERE (sp.service_plan_name, sp.display_name) IS DISTINCT FROM (b.name, b.display_name)),
	(SELECT count(*)::integer FROM imported WHERE run = '2023' AND action = 'renamed'),
	'R14.1: exactly the products and plans said renamed changed their names');
SELECT is((SELECT detail FROM imported WHERE run = '2023' AND action = 'renamed' AND object_id = '4b585984-651b-448a-9e53-3b10f069cf7f'),
	'display_name "OFFICE 365 F3" -> "Office 365 F3"', 'R14.1: a rename says the old name and the new');
SELECT is((SELECT detail FROM imported WHERE run = '2023' AND action = 'removed' AND object_type = 'product_service_plan'
			AND object_id = 'f245ecc8-75af-4f8e-b61f-27d8114de5f3'),
	'service plan "O365_SB_Relationship_Management" (5bfe124c-bbdc-4494-8835-f1297d457d79)',
	'R14.1: a plan the file takes out of a product is removed from it (Microsoft 365 Business Standard loses Outlook Customer Manager)');
SELECT is((SELECT display_name FROM license_mgmt.service_plans WHERE service_plan_id = 'ff7b261f-d98b-415b-827c-42a3fdf015af'),
	'Microsoft Viva Insights Backend', 'R14.1: a name as most rows of the plan give it');
SELECT ok(EXISTS (SELECT 1 FROM license_mgmt.service_plans WHERE display_name IN ('Dataverse for Customer Insights BASE', 'Dataverse for Cust Insights BASE')),
	'R14.1: non-breaking spaces of the 2023 file ("Dataverse for Customer Insights\u00a0BASE") read as spaces');
SELECT is(pg_temp.import('2023 again', pg_temp.file('2023')), 0, 'R14.1: importing it again changes nothing and returns nothing');
SELECT is(pg_temp.import('2023 utf8 bom', pg_temp.file('2023 utf8 bom')), 0,
	'R14.1: the same file in UTF-8 with a byte-order mark (as Microsoft publishes it now) imports the same');
SELECT is(pg_temp.import('2023 utf8', pg_temp.file('2023 utf8')), 0, 'R14.1: ... and in UTF-8 without one');
SELECT is(pg_temp.import('2023 lf', pg_temp.file('2023 lf')), 0, 'R14.1: ... and with LF line ends');
SELECT is(pg_temp.digest(), :'fresh_digest', 'R14.1: the catalog is still the 2023 file''s');

-- Bad input over the real catalog: nothing changes.
SELECT is(pg_temp.import_refusal(pg_temp.file('2023') || pg_temp.utf8(E'Broken,X,not-a-guid,P,bbbbbbbb-0000-4000-8000-000000000001,P\r\n')),
	'22P02 GUID "not-a-guid" on line 3278 of the catalog file is not a uuid',
	'R13.1: a bad row after 3,276 good ones is refused with its line');
SELECT is(pg_temp.import_refusal(substring(pg_temp.file('2023') FROM 1 FOR 300000)),
	'22P04 line 1645 of the catalog file has 4 fields, not 6',
	'R13.1: a file cut short mid-row is refused with the line cut');
SELECT is(pg_temp.digest(), :'fresh_digest', 'R13.1: nothing changed after the refusals');

------------------------------------------------------------------------------
-- R1.3: names are labels; an ambiguous name is shown with its id
------------------------------------------------------------------------------

SELECT is(pg_temp.import('2023 mcopstn5', pg_temp.file('2023 mcopstn5')), 1,
	'R1.3: Microsoft''s later file names product 11dee6af MCOPSTN5 too: one rename');
SELECT results_eq($$SELECT action, object_id::text, name, detail FROM imported WHERE run = '2023 mcopstn5'$$,
	$$VALUES ('renamed', '11dee6af-eca8-419f-8061-6864517c1875', 'MCOPSTN5', 'sku_part_number "MCOPSTN_5" -> "MCOPSTN5"')$$,
	'R1.3: the rename says so');
SELECT is(ARRAY(SELECT sku_id::text FROM license_mgmt.products WHERE sku_part_number = 'MCOPSTN5' ORDER BY 1),
	'{11dee6af-eca8-419f-8061-6864517c1875,54a152dc-90de-4996-93d2-bc47e670fc06}',
	'R1.3: MCOPSTN5 names two products, both kept');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
															  '54a152dc-90de-4996-93d2-bc47e670fc06')$$),
	'23514 the tenant has no usable subscription of "MCOPSTN5" (54a152dc-90de-4996-93d2-bc47e670fc06)',
	'R1.3: a refusal names an ambiguous product with its id');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
															  '11dee6af-eca8-419f-8061-6864517c1875')$$),
	'23514 the tenant has no usable subscription of "MCOPSTN5" (11dee6af-eca8-419f-8061-6864517c1875)',
	'R1.3: ... each of the two with its own id');
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
															  '6fd2c87f-b296-42f0-b197-1e91e994b900')$$),
	'23514 the tenant has no usable subscription of "ENTERPRISEPACK"',
	'R1.3: a name no other product has is shown alone');
INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats)
VALUES ('1c000000-0000-4000-8000-000000000001', '776df282-9fc0-4862-99e2-70e561b9909e', 5);
SELECT is(pg_temp.refusal($$SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
	'776df282-9fc0-4862-99e2-70e561b9909e', '{f944d685-f762-4371-806d-a1f48e5bea13}')$$),
	'23514 disabled plan "PROJECT_ESSENTIALS" (f944d685-f762-4371-806d-a1f48e5bea13) is not part of product "PROJECTESSENTIALS"',
	'R1.3: a refusal names an ambiguous service plan with its id');
SELECT is(pg_temp.refusal($$DO $do$
	DECLARE d text;
	BEGIN
		PERFORM license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
			'776df282-9fc0-4862-99e2-70e561b9909e', '{f944d685-f762-4371-806d-a1f48e5bea13}');
	EXCEPTION WHEN check_violation THEN
		GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
		RAISE EXCEPTION '%', d;
	END $do$ $$),
	'P0001 Product "PROJECTESSENTIALS" includes the service plans "EXCHANGE_S_FOUNDATION", "FORMS_PLAN_E1", '
	'"PROJECT_ESSENTIALS" (1259157c-8581-4875-bca7-2ffb18c51bda), "SHAREPOINTENTERPRISE", "SHAREPOINTWAC", "SWAY".',
	'R1.3: the detail lists the product''s plans, the ambiguous one with its id');
SELECT lives_ok($$SELECT license_mgmt.assign_user_license('1c000000-0000-4000-8000-0000000000a1',
	'776df282-9fc0-4862-99e2-70e561b9909e', '{1259157c-8581-4875-bca7-2ffb18c51bda}')$$,
	'R1.3: the product''s own PROJECT_ESSENTIALS can be disabled, by its id');
SELECT results_eq($$SELECT sku_id::text, sku_part_number, enabled_service_plans FROM license_mgmt.user_licenses
					 WHERE user_id = '1c000000-0000-4000-8000-0000000000a1'$$,
	$$VALUES ('776df282-9fc0-4862-99e2-70e561b9909e', 'PROJECTESSENTIALS',
			  '{EXCHANGE_S_FOUNDATION,FORMS_PLAN_E1,SHAREPOINTENTERPRISE,SHAREPOINTWAC,SWAY}'::text[])$$,
	'R1.3: views show names as labels, the id in its column beside them');

SELECT * FROM finish();
ROLLBACK;
