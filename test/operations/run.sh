#!/bin/sh
# Operations tests, run by `make test` inside its throwaway cluster:
#  - dump and restore: pg_dump a populated database, restore it into a new
#    one with session_replication_role = replica (README, Operations), and
#    find the same rows, the same Licenses page and an empty verify();
#  - upgrade: CREATE EXTENSION ... VERSION '1.0', load the same data,
#    ALTER EXTENSION UPDATE, and find the data kept and the same objects as
#    a fresh install.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGOPTIONS='-c client_min_messages=warning'
psql="psql -X -q -v ON_ERROR_STOP=1"
fail=0

check_same() {  # label file1 file2
	if diff -u "$2" "$3" > "$work/diff"; then
		echo "ok: $1"
	else
		echo "FAILED: $1"; cat "$work/diff"; fail=1
	fi
}

for db in lm_ops_source lm_ops_restored lm_ops_old lm_ops_fresh; do
	$psql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

# dump and restore
$psql -d lm_ops_source -f test/operations/populate.sql > /dev/null
pg_dump -d lm_ops_source -f "$work/dump.sql"
PGOPTIONS="$PGOPTIONS -c session_replication_role=replica" $psql -d lm_ops_restored -f "$work/dump.sql" > /dev/null
$psql -d lm_ops_source -At -f test/operations/fingerprint.sql > "$work/source.txt"
$psql -d lm_ops_restored -At -f test/operations/fingerprint.sql > "$work/restored.txt"
check_same "dump and restore keep every row, the Licenses page and an empty verify()" \
	"$work/source.txt" "$work/restored.txt"
grep -q '^license_states|[1-9]' "$work/restored.txt" || { echo "FAILED: the dump holds no license states"; fail=1; }
grep -q '^tenant_grants|2|' "$work/restored.txt" || { echo "FAILED: the dump does not hold the two tenant grants"; fail=1; }
# the restored database works on
$psql -d lm_ops_restored -At -c "
	SELECT license_mgmt.assign_user_license(user_id, (SELECT sku_id FROM license_mgmt.products WHERE sku_part_number = 'EXCHANGESTANDARD'))
	  FROM license_mgmt.users WHERE user_principal_name = 'dan';
	SELECT count(*) FROM license_mgmt.verify();" > "$work/after.txt"
check_same "the restored database takes new assignments" "$work/after.txt" /dev/stdin <<END

0
END

# upgrade from 1.0, with the data loaded
$psql -d lm_ops_old -c "CREATE EXTENSION license_mgmt VERSION '1.0'"
pg_dump -d lm_ops_source --data-only --exclude-table=license_mgmt.audit_log \
	--exclude-table=license_mgmt.audit_log_audit_id_seq --exclude-table=license_mgmt.tenant_grants -f "$work/data.sql"
PGOPTIONS="$PGOPTIONS -c session_replication_role=replica" $psql -d lm_ops_old -f "$work/data.sql" > /dev/null
$psql -d lm_ops_old -c "ALTER EXTENSION license_mgmt UPDATE"
$psql -d lm_ops_old -At -c "SELECT extversion FROM pg_extension WHERE extname = 'license_mgmt'" > "$work/version.txt"
check_same "ALTER EXTENSION UPDATE reaches 1.1" "$work/version.txt" /dev/stdin <<END
1.1
END
# audit_log and tenant_grants are new in 1.1
grep -v '^audit_log|\|^tenant_grants|' "$work/source.txt" > "$work/source_data.txt"
$psql -d lm_ops_old -At -f test/operations/fingerprint.sql | grep -v '^audit_log|\|^tenant_grants|' > "$work/upgraded_data.txt"
check_same "the upgrade keeps the data" "$work/source_data.txt" "$work/upgraded_data.txt"
$psql -d lm_ops_fresh -c "CREATE EXTENSION license_mgmt"
$psql -d lm_ops_old -At -f test/operations/objects.sql > "$work/upgraded_objects.txt"
$psql -d lm_ops_fresh -At -f test/operations/objects.sql > "$work/fresh_objects.txt"
check_same "1.0 updated to 1.1 has the objects of a fresh 1.1" "$work/fresh_objects.txt" "$work/upgraded_objects.txt"

for db in lm_ops_source lm_ops_restored lm_ops_old lm_ops_fresh; do
	$psql -d postgres -c "DROP DATABASE $db"
done
exit $fail
