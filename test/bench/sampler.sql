-- test/bench/sampler.sql: the oversell watch.  bench.sample(seconds, every)
-- reads, every `every` seconds and each in its own snapshot, every product
-- of every tenant: the Licenses page (seat counter) and a count from scratch
-- of the users holding it, against its total.
CREATE TABLE bench.samples (
	n			int,
	at			timestamptz NOT NULL DEFAULT clock_timestamp(),
	tenant_id	uuid,
	sku_id		uuid,
	total		int,
	assigned	int,
	from_scratch int
);

CREATE PROCEDURE bench.sample(seconds float8, every float8)
LANGUAGE plpgsql AS $$
DECLARE
	stop timestamptz := clock_timestamp() + seconds * interval '1 second';
	n int := 0;
BEGIN
	WHILE clock_timestamp() < stop LOOP
		n := n + 1;
		INSERT INTO bench.samples (n, tenant_id, sku_id, total, assigned, from_scratch)
		SELECT n, p.tenant_id, p.sku_id, p.total, p.assigned,
			   (SELECT count(DISTINCT s.user_id) FROM license_mgmt.license_states s
				 WHERE s.tenant_id = p.tenant_id AND s.sku_id = p.sku_id
				   AND s.state IN ('active', 'active_with_error'))
		  FROM license_mgmt.product_summary p;
		COMMIT;
		PERFORM pg_sleep(every);
	END LOOP;
END $$;
