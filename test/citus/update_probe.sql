-- A made-up update of license_mgmt (1.0 to 1.0.1) that changes a table and
-- adds a function, as a real update would: run.sh installs it into the
-- private tree for as long as it tests the procedure the README gives for
-- updating a distributed install, and removes it after.  Never shipped.
ALTER TABLE license_mgmt.users ADD COLUMN update_probe text;
CREATE FUNCTION license_mgmt_internal.update_probe() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'updated' $$;
