-- Every statement the extension runs, whole: a change to one shows here as
-- a diff.  Each module's statements, by name, with their argument types
-- (statements.c lists them; each keeps two plans a backend at most).
\set ECHO none
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS license_mgmt CASCADE;
CREATE EXTENSION license_mgmt;
RESET client_min_messages;
\set ECHO all
SELECT count(*) AS statements, count(DISTINCT module) AS modules FROM license_mgmt_internal.statements();
\x on
SELECT module, name, arguments, sql FROM license_mgmt_internal.statements() ORDER BY module, name;
