-- The suites' own CREATE EXTENSION license_mgmt gives a distributed
-- install in a database of the cluster: right after it, in the same
-- transaction, distribute() lays it out (test only; an application calls
-- distribute() itself, once).
CREATE FUNCTION public.distribute_on_create() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT FROM pg_extension WHERE extname = 'license_mgmt')
	   AND NOT EXISTS (SELECT FROM pg_dist_partition WHERE logicalrelid = to_regclass('license_mgmt.tenants')) THEN
		PERFORM license_mgmt.distribute();
	END IF;
END $$;
CREATE EVENT TRIGGER distribute_on_create ON ddl_command_end
	WHEN TAG IN ('CREATE EXTENSION') EXECUTE FUNCTION public.distribute_on_create();
