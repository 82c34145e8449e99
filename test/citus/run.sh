#!/bin/sh
# run.sh TREE DIR PORT: the scale-out tests against the Citus cluster that
# cluster.sh started (coordinator on PORT, workers on PORT+1 and PORT+2).
#
# What they prove today (R15.1 is not done yet, see docs/design.md,
# "Scale-out"): license_mgmt installs on every node with one CREATE
# EXTENSION on the coordinator; distribute() lays an empty install out as
# R15.1 asks (the catalog as reference tables on every node, every tenant
# table by tenant_id colocated with tenants, tenants on both workers), and
# a second call changes nothing; distribute() is the owner's alone, and
# refuses an install that has tenants.
set -eu
tree=$1 dir=$2 port=$3
here=$(cd "$(dirname "$0")" && pwd)
bindir=$(ls -d "$tree"/usr/lib/postgresql/*/bin | tail -n 1)
db=license_mgmt_citus
fail=0

sh "$here/cluster.sh" createdb "$tree" "$dir" "$port" "$db"
q() {	# the coordinator's answer, unaligned, to the SQL given
	"$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$db" -c "$1"
}
check() {	# label expected actual
	if [ "$2" = "$3" ]; then
		echo "ok: $1"
	else
		printf 'FAILED: %s\nexpected:\n%s\nactual:\n%s\n' "$1" "$2" "$3"; fail=1
	fi
}

q "CREATE EXTENSION license_mgmt" >/dev/null
check "the extension is on every node" "1.0
1.0
1.0" "$(q "SELECT result FROM run_command_on_all_nodes(\$\$SELECT extversion FROM pg_extension WHERE extname = 'license_mgmt'\$\$) ORDER BY nodeid")"

check "distribute() refuses an install that has tenants, and changes nothing" \
	"0A000 license_mgmt: distribute() takes an install without tenants only, for now 0" \
	"$(q "INSERT INTO license_mgmt.tenants (display_name, usage_location) VALUES ('Contoso', 'US');
	DO \$\$ BEGIN PERFORM license_mgmt.distribute();
	EXCEPTION WHEN OTHERS THEN RAISE NOTICE '% %', SQLSTATE, SQLERRM; END \$\$;" 2>&1 | sed -n 's/.*NOTICE: *//p') $(q "SELECT count(*) FROM pg_dist_partition")"
q "DELETE FROM license_mgmt.tenants" >/dev/null

check "distribute() takes every table, the catalog first" \
	"$(q "SELECT string_agg(table_name || ' ' || distribution, ', ' ORDER BY step) FROM license_mgmt_internal.distribution_layout()")" \
	"$(q "SELECT string_agg(table_name::text || ' ' || distribution, ', ') FROM license_mgmt.distribute()")"

check "the catalog is made of reference tables, on every node" "5 3" \
	"$(q "SELECT count(DISTINCT p.logicalrelid) || ' ' || count(DISTINCT pl.groupid)
	        FROM pg_dist_partition p JOIN pg_dist_shard s USING (logicalrelid) JOIN pg_dist_placement pl USING (shardid)
	       WHERE p.partmethod = 'n' AND p.logicalrelid::text LIKE 'license_mgmt.%'")"

check "every tenant table is distributed by tenant_id, colocated with tenants" "13 13" \
	"$(q "SELECT count(*) || ' ' || count(*) FILTER (WHERE p.colocationid = t.colocationid
	                 AND column_to_column_name(p.logicalrelid, p.partkey) = 'tenant_id')
	        FROM pg_dist_partition p, pg_dist_partition t
	       WHERE t.logicalrelid = 'license_mgmt.tenants'::regclass AND p.partmethod = 'h'
	         AND p.logicalrelid::text LIKE 'license_mgmt.%'")"

check "tenants are spread over both workers" "2" \
	"$(q "SELECT count(DISTINCT n.nodeport) FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
	        JOIN pg_dist_node n USING (groupid) WHERE s.logicalrelid = 'license_mgmt.tenants'::regclass")"

check "row-level security compares tenant_id with current_tenant() per row on a distributed install" \
	"13" "$(q "SELECT count(*) FROM pg_policy WHERE polname = 'tenant_isolation'
	             AND pg_get_expr(polqual, polrelid) = '(tenant_id = license_mgmt.current_tenant())'")"

check "a second distribute() changes nothing" "0" "$(q "SELECT count(*) FROM license_mgmt.distribute()")"

check "distribute() is the owner's" "42501" "$(q "CREATE ROLE lm_citus_admin IN ROLE license_mgmt_admin;
	SET ROLE lm_citus_admin;
	DO \$\$ BEGIN PERFORM license_mgmt.distribute();
	EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$;" 2>&1 | sed -n 's/.*NOTICE: *//p')"

exit $fail
