-- One line per table of license_mgmt: its row count and a digest of its rows,
-- then the Licenses page and what verify() finds.
SELECT c.relname,
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM license_mgmt.%I', c.relname), false, true, '')))[1]::text AS rows,
       (xpath('/row/d/text()', query_to_xml(format(
           'SELECT md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) AS d FROM license_mgmt.%I t',
           '|', '', c.relname), false, true, '')))[1]::text AS digest
  FROM pg_class c
 WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r'
 ORDER BY 1;
SELECT tenant_id, sku_part_number, total, assigned, available, expiring_soon
  FROM license_mgmt.product_summary ORDER BY 1, 2;
SELECT * FROM license_mgmt.verify();
