-- Shared preamble of the pg_regress scenarios: a fresh extension and a
-- helper that shows a refusal's SQLSTATE and constraint name.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS license_mgmt CASCADE;
DROP SCHEMA IF EXISTS regress CASCADE;
CREATE EXTENSION license_mgmt;
RESET client_min_messages;
CREATE SCHEMA regress;
-- regress.refusal(sql): run sql in a subtransaction and show how it was refused.
CREATE FUNCTION regress.refusal(sql text)
RETURNS TABLE (code text, constraint_name text, message text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE sql;
	RETURN QUERY SELECT '00000'::text, NULL::text, 'not refused'::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, constraint_name = CONSTRAINT_NAME,
							message = MESSAGE_TEXT;
	RETURN NEXT;
END $$;
\set VERBOSITY default
\set SHOW_CONTEXT never
