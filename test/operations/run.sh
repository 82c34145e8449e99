#!/bin/sh
# Operations tests, run by `make test` inside its throwaway cluster:
#  - backup and restore, both dump formats (a plain script restored with
#    psql -f, a custom archive restored with pg_restore):
#    - the documented way, with session_replication_role = replica (README,
#      "Backup and restore"): the same rows, the same Licenses page and an
#      empty verify(), whole or data only, and the restored database works
#      on; pg_restore --data-only --disable-triggers loads the same rows but
#      leaves the extension's always-on triggers ordinary ones;
#    - the standard way, without replica mode: the restore stops at its
#      first row of derived state with one error (FATAL: the session ends)
#      that names the documented procedure, and loads nothing, so the
#      documented restore into the same database then gives the same rows;
#  - derived state stays closed after an extension call fails at top level;
#  - upgrade, for every upgrade script license_mgmt--A--B.sql: CREATE
#    EXTENSION ... VERSION 'A', load the populated database's data (the
#    tables A has), ALTER EXTENSION UPDATE TO 'B' and on to default_version,
#    and find the data kept and the same objects as a fresh install; with no
#    upgrade script yet, it says so.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGOPTIONS='-c client_min_messages=warning'
replica="$PGOPTIONS -c session_replication_role=replica"
psql="psql -X -q -v ON_ERROR_STOP=1"
fail=0
dbs="lm_ops_source lm_ops_plain lm_ops_custom lm_ops_data lm_ops_triggers lm_ops_std_plain lm_ops_std_custom
	lm_ops_old lm_ops_fresh lm_ops_readme"

check_same() {  # label file1 file2
	if diff -u "$2" "$3" > "$work/diff"; then
		echo "ok: $1"
	else
		echo "FAILED: $1"; cat "$work/diff"; fail=1
	fi
}

check_is() {  # label expected actual
	if [ "$2" = "$3" ]; then
		echo "ok: $1"
	else
		echo "FAILED: $1: expected $2, got $3"; fail=1
	fi
}

fingerprint() {  # db: its rows, Licenses page and verify()
	$psql -d "$1" -At -f test/operations/fingerprint.sql
}

rows() {  # db: how many rows the tables of license_mgmt hold in all
	$psql -d "$1" -At -c "
		SELECT sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM license_mgmt.%I', c.relname),
														false, true, '')))[1]::text::bigint)
		  FROM pg_class c WHERE c.relnamespace = 'license_mgmt'::regnamespace AND c.relkind = 'r'"
}

always_triggers() {  # db: the extension's triggers that fire in replica mode too
	$psql -d "$1" -At -c "
		SELECT t.tgrelid::regclass || ' ' || t.tgname || ' ' || t.tgenabled::text
		  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
		 WHERE c.relnamespace = 'license_mgmt'::regnamespace AND NOT t.tgisinternal AND t.tgenabled = 'A'
		 ORDER BY 1"
}

for db in $dbs; do
	$psql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

$psql -d lm_ops_source -f test/operations/populate.sql > /dev/null
pg_dump -d lm_ops_source -f "$work/dump.sql"
pg_dump -d lm_ops_source -Fc -f "$work/dump.custom"
fingerprint lm_ops_source > "$work/source.txt"
grep -q '^license_states|[1-9]' "$work/source.txt" || { echo "FAILED: the source holds no license states"; fail=1; }
grep -q '^tenant_grants|2|' "$work/source.txt" || { echo "FAILED: the source holds no tenant grants"; fail=1; }

# the documented way: replica mode
PGOPTIONS="$replica" $psql -d lm_ops_plain -f "$work/dump.sql" > /dev/null
fingerprint lm_ops_plain > "$work/plain.txt"
check_same "a plain dump restored with psql -f in replica mode keeps every row, the Licenses page and an empty verify()" \
	"$work/source.txt" "$work/plain.txt"
PGOPTIONS="$replica" pg_restore -d lm_ops_custom "$work/dump.custom"
fingerprint lm_ops_custom > "$work/custom.txt"
check_same "a custom dump restored with pg_restore in replica mode keeps every row, the Licenses page and an empty verify()" \
	"$work/source.txt" "$work/custom.txt"
$psql -d lm_ops_data -c "CREATE EXTENSION license_mgmt"
PGOPTIONS="$replica" pg_restore --data-only -d lm_ops_data "$work/dump.custom"
fingerprint lm_ops_data > "$work/data.txt"
check_same "pg_restore --data-only in replica mode into a new CREATE EXTENSION keeps every row and an empty verify()" \
	"$work/source.txt" "$work/data.txt"
for db in lm_ops_plain lm_ops_custom; do
	$psql -d $db -At -c "
		SELECT license_mgmt.assign_user_license(user_id, (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = 'EXCHANGESTANDARD'))
		  FROM license_mgmt.users WHERE user_principal_name = 'dan';
		SELECT count(*) FROM license_mgmt.verify();" > "$work/after.txt"
	check_same "the restored database ($db) takes new assignments" "$work/after.txt" /dev/stdin <<END

0
END
done

# pg_restore --disable-triggers: the same rows, but ALTER TABLE ... ENABLE
# TRIGGER ALL after each table turns the always-on triggers (the audit log's
# append-only ones, the catalog's) into ordinary ones
$psql -d lm_ops_triggers -c "CREATE EXTENSION license_mgmt"
pg_restore --data-only --disable-triggers -d lm_ops_triggers "$work/dump.custom"
fingerprint lm_ops_triggers > "$work/triggers.txt"
check_same "pg_restore --data-only --disable-triggers keeps every row and an empty verify()" \
	"$work/source.txt" "$work/triggers.txt"
always_triggers lm_ops_source > "$work/always_source.txt"
always_triggers lm_ops_triggers > "$work/always_triggers.txt"
check_same "the extension has eight always-on triggers" /dev/stdin "$work/always_source.txt" <<END
license_mgmt.audit_log audit_log_append_only A
license_mgmt.audit_log audit_log_not_truncated A
license_mgmt.product_service_plans product_service_plans_catalog_changed A
license_mgmt.products products_catalog_changed A
license_mgmt.service_plan_conflicts service_plan_conflicts_catalog_changed A
license_mgmt.service_plan_dependencies service_plan_dependencies_catalog_changed A
license_mgmt.service_plans service_plans_catalog_changed A
license_mgmt.tenant_grants tenant_grants_changed A
END
check_same "after pg_restore --disable-triggers none is always-on any more (README: use replica mode)" \
	/dev/null "$work/always_triggers.txt"

# the standard way: no replica mode.  pg_dump writes the audit log's data
# first; the restore stops there, once, and loads nothing.
status=0
psql -X -d lm_ops_std_plain -f "$work/dump.sql" > "$work/std_plain.out" 2> "$work/std_plain.err" || status=$?
check_is "psql -f of a plain dump without replica mode exits with status 2 (the session ended)" 2 $status
grep -E 'ERROR|FATAL|DETAIL|HINT' "$work/std_plain.err" | sed 's/^psql:[^:]*:[0-9]*: //' > "$work/std_plain.errors"
check_same "psql -f of a plain dump without replica mode prints one error, naming the documented restore" \
	/dev/stdin "$work/std_plain.errors" <<'END'
FATAL:  cannot insert into table license_mgmt.audit_log directly
DETAIL:  license_mgmt's own functions and triggers maintain license_mgmt.audit_log from the tables the application writes.  This session restores a dump (row_security is off) without session_replication_role = replica: license_mgmt ends it here, before the restore loads derived state on top of what the triggers derive from the rows it loads.
HINT:  Restore dumps with session_replication_role = replica, as the README's section "Backup and restore" shows; change licenses through license_mgmt's functions.
END
status=0
pg_restore -d lm_ops_std_custom "$work/dump.custom" > "$work/std_custom.out" 2>&1 || status=$?
check_is "pg_restore of a custom dump without replica mode exits with status 1" 1 $status
# pg_restore goes on with a connection the server closed: every later entry
# fails with "no connection to the server", nothing else reaches the server
grep -E 'ERROR|FATAL|DETAIL|HINT|pg_restore: error' "$work/std_custom.out" \
	| grep -v '^pg_restore: error: could not execute query: no connection to the server$' > "$work/std_custom.errors"
check_same "pg_restore of a custom dump without replica mode prints one error from the server, naming the documented restore" \
	/dev/stdin "$work/std_custom.errors" <<'END'
pg_restore: error: COPY failed for table "audit_log": FATAL:  cannot insert into table license_mgmt.audit_log directly
DETAIL:  license_mgmt's own functions and triggers maintain license_mgmt.audit_log from the tables the application writes.  This session restores a dump (row_security is off) without session_replication_role = replica: license_mgmt ends it here, before the restore loads derived state on top of what the triggers derive from the rows it loads.
HINT:  Restore dumps with session_replication_role = replica, as the README's section "Backup and restore" shows; change licenses through license_mgmt's functions.
END
for db in lm_ops_std_plain lm_ops_std_custom; do
	check_is "the stopped restore ($db) loaded no row into license_mgmt" 0 "$(rows $db)"
done
# nothing to clean up: the documented restore of the data into the same database gives the same rows
PGOPTIONS="$replica" pg_restore --data-only -d lm_ops_std_custom "$work/dump.custom"
fingerprint lm_ops_std_custom > "$work/std_then_data.txt"
check_same "after the stopped restore, the documented data-only restore into the same database keeps every row and an empty verify()" \
	"$work/source.txt" "$work/std_then_data.txt"

# derived state stays closed after an extension call fails at top level
# (seats.c, groups.c... raise their refusals after taking the owner's rights)
psql -X -d lm_ops_source > /dev/null 2> "$work/after_error.err" <<'END'
SELECT license_mgmt.assign_user_license(user_id, (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = 'AAD_PREMIUM'))
  FROM license_mgmt.users WHERE user_principal_name = 'hal';
UPDATE license_mgmt.seat_counters SET total = total + 100;
END
grep -E '^(psql:.*)?(ERROR|FATAL):' "$work/after_error.err" | sed 's/^psql:[^:]*:[0-9]*: //' > "$work/after_error.errors"
check_same "after a refused assignment, a direct write of a seat counter is refused" /dev/stdin "$work/after_error.errors" <<'END'
ERROR:  no seat of "AAD_PREMIUM" is available
ERROR:  cannot update table license_mgmt.seat_counters directly
END
fingerprint lm_ops_source > "$work/source_after.txt"
check_same "nothing changed in the source" "$work/source.txt" "$work/source_after.txt"

# the README's five minutes of SQL run as printed: its one refusal, the
# figures its comments show, and verify() empty
$psql -d postgres -c "DROP DATABASE IF EXISTS lm_ops_readme" -c "CREATE DATABASE lm_ops_readme"
awk '/^```sql$/ { on = 1; next } on && /^```$/ { exit } on' README.md > "$work/tour.sql"
psql -X -d lm_ops_readme -f "$work/tour.sql" > "$work/tour.out" 2> "$work/tour.err" || true
grep -E '^(psql:.*)?(ERROR|FATAL):' "$work/tour.err" | sed 's/^psql:[^:]*:[0-9]*: //' > "$work/tour.errors"
check_same "the README's tour runs as printed, refused once where it says so" /dev/stdin "$work/tour.errors" <<'END'
ERROR:  user "bea@contoso.com" inherits "AAD_PREMIUM" from a group
END
check_is "the README's tour: the Licenses page it shows" " AAD_PREMIUM     |     5 |        2 |         3 |             5" \
	"$(grep -F ' AAD_PREMIUM     |' "$work/tour.out" | head -1)"
check_is "the README's tour: verify() finds nothing" 0 \
	"$($psql -d lm_ops_readme -At -c 'SELECT count(*) FROM license_mgmt.verify()')"

# upgrade: every upgrade script, from its version, with the data loaded
default_version=$(sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" license_mgmt.control)
upgrades=$(ls license_mgmt--*--*.sql 2>/dev/null | sed 's/^license_mgmt--\(.*\)\.sql$/\1/' | sort -V)
if [ -z "$upgrades" ]; then
	echo "skipped: no upgrade script yet: the upgrade test waits for the first one"
fi
$psql -d lm_ops_fresh -c "CREATE EXTENSION license_mgmt"
$psql -d lm_ops_fresh -At -f test/operations/objects.sql > "$work/fresh_objects.txt"
tables() {  # db: the tables of license_mgmt
	$psql -d "$1" -At -c "SELECT relname FROM pg_class WHERE relnamespace = 'license_mgmt'::regnamespace AND relkind = 'r' ORDER BY 1"
}
for upgrade in $upgrades; do
	from=${upgrade%%--*}
	to=${upgrade#*--}
	$psql -d postgres -c "DROP DATABASE IF EXISTS lm_ops_old" -c "CREATE DATABASE lm_ops_old"
	$psql -d lm_ops_old -c "CREATE EXTENSION license_mgmt VERSION '$from'"
	# the source's data of the tables version $from has; those it lacks are left out of the comparison
	tables lm_ops_old > "$work/old_tables.txt"
	pg_dump -d lm_ops_source --data-only $(sed 's/^/-t license_mgmt./' "$work/old_tables.txt") -f "$work/data.sql"
	PGOPTIONS="$replica" $psql -d lm_ops_old -f "$work/data.sql" > /dev/null
	$psql -d lm_ops_old -c "ALTER EXTENSION license_mgmt UPDATE TO '$to'" -c "ALTER EXTENSION license_mgmt UPDATE"
	check_is "$from updated to $to and on reaches $default_version" "$default_version" \
		"$($psql -d lm_ops_old -At -c "SELECT extversion FROM pg_extension WHERE extname = 'license_mgmt'")"
	tables lm_ops_source | grep -vxF -f "$work/old_tables.txt" | sed 's/^\(.*\)$/^\1|/' > "$work/new_tables.txt" || true
	grep -v -f "$work/new_tables.txt" "$work/source.txt" > "$work/source_data.txt" || true
	fingerprint lm_ops_old | grep -v -f "$work/new_tables.txt" > "$work/upgraded_data.txt" || true
	check_same "the update from $from by $upgrade.sql keeps the data" "$work/source_data.txt" "$work/upgraded_data.txt"
	$psql -d lm_ops_old -At -f test/operations/objects.sql > "$work/upgraded_objects.txt"
	check_same "$from updated by $upgrade.sql to $default_version has the objects of a fresh $default_version" \
		"$work/fresh_objects.txt" "$work/upgraded_objects.txt"
done

for db in $dbs; do
	$psql -d postgres -c "DROP DATABASE $db"
done
exit $fail
