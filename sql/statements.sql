-- Every statement the extension runs, whole: a change to one shows here as
-- a diff.  Each module's statements, by name, with their argument types
-- (statements.c lists them; each keeps two plans a backend at most).  For
-- reading, each clause starts a line.
\set ECHO none
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS license_mgmt CASCADE;
CREATE EXTENSION license_mgmt;
RESET client_min_messages;
\set ECHO all
SELECT count(*) AS statements, count(DISTINCT module) AS modules FROM license_mgmt_internal.statements();
\pset format unaligned
\pset tuples_only on
SELECT format(E'\n-- %s.%s (%s)\n%s', module, name, arguments,
              regexp_replace(regexp_replace(regexp_replace(sql, '\s+', ' ', 'g'),
                '\s+(\m(?:SELECT|FROM|WHERE|JOIN|LEFT JOIN|CROSS JOIN|GROUP BY|ORDER BY|ON CONFLICT|RETURNING'
                '|INSERT INTO|UPDATE|DELETE FROM|UNION|WHEN|ELSE|SET)\M)', E'\n  \\1', 'g'),
                '\s+(\w+ AS \()', E'\n\\1', 'g'))
  FROM license_mgmt_internal.statements() ORDER BY module, name;
