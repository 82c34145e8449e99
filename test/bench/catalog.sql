-- test/bench/catalog.sql: import_catalog of Microsoft's August 2023 catalog
-- over the January 2022 one (issue 23), the real files of
-- test/data/microsoft-catalog.  psql variables: data (that folder), runs.
-- Each run imports the 2022 file, then times the 2023 file over it, and
-- rolls both back; the median is printed, with the fastest and slowest.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on

\set csv2022 `base64 -w0 :'data'/2022-01.csv`
\set csv2023 `base64 -w0 :'data'/2023-08.csv`
CREATE TABLE bench.catalog_files AS
	SELECT decode(:'csv2022', 'base64') AS older, decode(:'csv2023', 'base64') AS newer;
\unset csv2022
\unset csv2023

CREATE FUNCTION bench.catalog_import_times(runs int, OUT ms float8[], OUT changes int)
LANGUAGE plpgsql AS $$
DECLARE
	f bench.catalog_files;
	t0 timestamptz;
	t float8;
BEGIN
	SELECT * INTO f FROM bench.catalog_files;
	ms := '{}';
	FOR i IN 1 .. runs LOOP
		BEGIN
			PERFORM count(*) FROM license_mgmt.import_catalog(f.older);
			t0 := clock_timestamp();
			SELECT count(*) INTO changes FROM license_mgmt.import_catalog(f.newer);
			t := extract(epoch FROM clock_timestamp() - t0) * 1000;
			ms := ms || t;
			RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'roll the run back';
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
END $$;

SELECT concat_ws(E'\t', 'INFO',
		format('catalog: import_catalog of the August 2023 snapshot (3,276 rows) over the January 2022 one, %s changes returned (median of %s runs; fastest .. slowest)',
			   r.changes, :runs),
		format('%s ms (%s .. %s)', round(percentile_disc(0.5) WITHIN GROUP (ORDER BY m)::numeric, 1),
			   round(min(m)::numeric, 1), round(max(m)::numeric, 1)))
  FROM bench.catalog_import_times(:runs) r, unnest(r.ms) m
 GROUP BY r.changes;
