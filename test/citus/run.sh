#!/bin/sh
# run.sh TREE DIR PORT: the scale-out tests against the Citus cluster that
# cluster.sh started (coordinator on PORT, workers on PORT+1 and PORT+2),
# every call made through the coordinator (R15.1):
#  - license_mgmt installs on every node with one CREATE EXTENSION on the
#    coordinator; distribute() lays an install out (the catalog as
#    reference tables on every node, every tenant table by tenant_id
#    colocated with tenants, tenants on both workers), a second call
#    changes nothing, and it is the owner's alone;
#  - a scenario of every kind of call (directory writes, subscriptions,
#    direct, bulk and group assignment, change_user_licenses, membership
#    changes, soft delete and restore, subscriptions advanced, a catalog
#    change) gives the same
#    licenses, seats, audit trail, reports and answers on the cluster as on
#    one server, with the two tenants on different workers, and again after
#    one of them moved to the other worker while in use; verify() is empty;
#  - twelve clients racing for three seats in each of two tenants on two
#    workers: three win in each, no seat is sold twice;
#  - roles granted one tenant see and change that tenant's rows on its
#    worker, through the tables, the functions and the reports, and nothing
#    of another tenant;
#  - a call under a hostile search_path finds its user's own tenant (R10.4);
#  - a worker's refusal at commit fails the commit with its SQLSTATE, table
#    and constraint;
#  - an install with tenants distributes, undistributes, is updated (a
#    made-up update) and distributes again with every row as it was.
set -eu
tree=$1 dir=$2 port=$3
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
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
check "each worker numbers the audit log from a range of its own, so a tenant that moves keeps its numbers unique" "2" \
	"$(q "SELECT count(DISTINCT r.result) FROM run_command_on_workers(
	       'SELECT last_value >> 48 FROM license_mgmt.audit_log_audit_id_seq') r WHERE r.result::bigint > 0")"

check "distribute() is the owner's" "42501" "$(q "CREATE ROLE lm_citus_admin IN ROLE license_mgmt_admin;
	SET ROLE lm_citus_admin;
	DO \$\$ BEGIN PERFORM license_mgmt.distribute();
	EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$;" 2>&1 | sed -n 's/.*NOTICE: *//p')"


# The same scenario on one server (a database of the coordinator that is
# not distributed) and on the cluster, with the two tenants on different
# workers; then one tenant moves to the other worker while in use, and the
# scenario goes on: both must end with the same licenses, seats, audit
# trail and reports, and verify() empty.
single=license_mgmt_single
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bindir/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -c "SET client_min_messages = warning" \
	-c "DROP DATABASE IF EXISTS $single WITH (FORCE)" -c "CREATE DATABASE $single"
"$bindir/psql" -X -q -h "$dir" -p "$port" -U postgres -d "$single" -c "CREATE EXTENSION license_mgmt"
{
	sed -n '/^CREATE SCHEMA regress;/,$p' test/regress_setup.sql
	cat test/regress_fixture.sql
	sed -n '/^INSERT INTO license_mgmt.subscriptions/,$p' test/operations/populate.sql | grep -v '^DROP SCHEMA regress'
} > "$work/scenario.sql"
on() {	# database, then psql arguments
	d=$1; shift
	"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$d" "$@"
}
node_of() {	# the port of the worker that holds a tenant's shards
	q "SELECT p.nodeport FROM pg_dist_shard_placement p
	    WHERE p.shardid = get_shard_id_for_distribution_column('license_mgmt.tenants', '$1')"
}
contoso=c0c0c0c0-0000-4000-8000-000000000001
fabrikam=c0c0c0c0-0000-4000-8000-000000000002
move() {	# tenant, to port
	q "SELECT citus_move_shard_placement(get_shard_id_for_distribution_column('license_mgmt.tenants', '$1'),
	     'localhost', $(node_of "$1"), 'localhost', $2, shard_transfer_mode => 'block_writes')" >/dev/null
}
# Contoso and Fabrikam on different workers
[ "$(node_of $contoso)" = "$(node_of $fabrikam)" ] &&
	move $fabrikam $(( $(node_of $contoso) == port + 1 ? port + 2 : port + 1 ))
check "the two tenants are on different workers" "different" \
	"$([ "$(node_of $contoso)" != "$(node_of $fabrikam)" ] && echo different)"

compare() {	# when, script: run it on one server and on the cluster, and compare what they leave
	for d in $single $db; do
		on "$d" -f "$2" > "$work/$d.out" 2>&1 || { cat "$work/$d.out"; fail=1; }
		on "$d" -f test/citus/fingerprint.sql > "$work/$d.fingerprint" 2>&1
	done
	check "$1, the cluster computes what one server computes: licenses, seats, audit, reports" "" \
		"$(diff -u "$work/$single.fingerprint" "$work/$db.fingerprint")"
	check "$1, the calls answer the same" "" "$(diff -u "$work/$single.out" "$work/$db.out")"
	check "$1, verify() is empty on the cluster" "0" "$(q "SELECT count(*) FROM license_mgmt.verify()")"
	grep -q "AAD_PREMIUM" "$work/$db.fingerprint" || { echo "FAILED: $1, the fingerprint is empty"; fail=1; }
}
compare "tenants on two workers" "$work/scenario.sql"
to=$(node_of $contoso)
move $fabrikam "$to"
check "Fabrikam moved to Contoso's worker while in use" "$to" "$(node_of $fabrikam)"
compare "after the move" test/citus/scenario_after_move.sql

# The last seats, raced for through the coordinator: twelve clients at once,
# each assigning a product of three seats to its own user, in Contoso (on
# one worker) and Fabrikam (on the other, moved back): three win in each
# tenant, the others are refused, and no seat is sold twice.
move $fabrikam $(( $(node_of $contoso) == port + 1 ? port + 2 : port + 1 ))
q "INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
     VALUES ('b0000000-0000-4000-8000-000000000009', 'RACE', 'Raced for');
   INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id)
     VALUES ('b0000000-0000-4000-8000-000000000009', '5e000000-0000-4000-8000-000000000003');
   INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status)
     SELECT t, 'b0000000-0000-4000-8000-000000000009', 3, 'enabled' FROM unnest(ARRAY['$contoso', '$fabrikam']::uuid[]) t;
   INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
     SELECT t, md5('race ' || t || i)::uuid, 'race' || i || '@' || t, 'Race ' || i, 'US'
       FROM unnest(ARRAY['$contoso', '$fabrikam']::uuid[]) t, generate_series(1, 12) i" >/dev/null
for t in $contoso $fabrikam; do
	for i in $(seq 1 12); do
		"$bindir/psql" -X -q -At -h "$dir" -p "$port" -U postgres -d "$db" -c \
			"SELECT license_mgmt.assign_user_license(md5('race ' || '$t' || $i)::uuid, 'b0000000-0000-4000-8000-000000000009')" \
			> "$work/race.$t.$i" 2>&1 &
	done
done
wait
check "racing for the last seats on two workers: three win in each tenant" "$contoso 3 3
$fabrikam 3 3" "$(q "SELECT s.tenant_id || ' ' || count(*) FILTER (WHERE s.state = 'active') || ' ' || c.assigned
	FROM license_mgmt.seat_counters c LEFT JOIN license_mgmt.license_states s USING (tenant_id, sku_id)
	WHERE c.sku_id = 'b0000000-0000-4000-8000-000000000009' GROUP BY s.tenant_id, c.assigned ORDER BY 1")"
check "the others were refused for want of a seat" "18" "$(cat "$work"/race.* | grep -c 'no seat of "RACE" is available')"
check "verify() is empty after the race" "0" "$(q "SELECT count(*) FROM license_mgmt.verify()")"

# Tenant isolation on the workers (R10.3): roles granted Contoso alone,
# acting through the coordinator with SET LOCAL license_mgmt.tenant_id,
# which Citus passes on to the workers.
q "CREATE ROLE lm_citus_directory LOGIN IN ROLE license_mgmt_directory;
   CREATE ROLE lm_citus_contoso LOGIN IN ROLE license_mgmt_admin;
   DELETE FROM license_mgmt.tenant_grants;
   INSERT INTO license_mgmt.tenant_grants VALUES ('$contoso', 'lm_citus_directory'), ('$contoso', 'lm_citus_contoso')" >/dev/null
as_role() {	# role, tenant, SQL: one transaction acting for the tenant
	"$bindir/psql" -X -q -At -h "$dir" -p "$port" -U "$1" -d "$db" 2>&1 <<-EOF
	SET citus.propagate_set_commands = 'local';
	BEGIN;
	SET LOCAL license_mgmt.tenant_id = '$2';
	$3
	COMMIT;
	EOF
}
check "a directory role sees its tenant's users on the worker, and writes them" "17
1" "$(as_role lm_citus_directory $contoso "SELECT count(*) FROM license_mgmt.users;
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	  VALUES ('$contoso', md5('user zed')::uuid, 'zed', 'Zed', 'US');
	SELECT count(*) FROM license_mgmt.users WHERE user_principal_name = 'zed';")"
check "it sees nothing of a tenant not granted to it, and cannot write there" "0
ERROR:  new row violates row-level security policy for table users" \
	"$(as_role lm_citus_directory $fabrikam "SELECT count(*) FROM license_mgmt.users;
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	  VALUES ('$fabrikam', md5('user yan')::uuid, 'yan', 'Yan', 'DE');" | sed 's/ for table "users_[0-9]*"/ for table users/' | grep -v '^CONTEXT')"
check "an admin role licenses its tenant's users, and reads the reports, on the worker" "zed|EXCHANGESTANDARD|active" \
	"$(as_role lm_citus_contoso $contoso "SELECT license_mgmt.assign_user_license(md5('user zed')::uuid, 'b0000000-0000-4000-8000-000000000003');
	SELECT user_principal_name, sku_part_number, state FROM license_mgmt.user_licenses WHERE user_principal_name = 'zed';" | grep .)"
check "it cannot act for another tenant, even naming it in the call" "23503" \
	"$(as_role lm_citus_contoso $contoso "SELECT license_mgmt.assign_user_license_in_tenant('$fabrikam', md5('user fay')::uuid, 'b0000000-0000-4000-8000-000000000001');" \
	   | sed -n 's/^ERROR:  user .* does not exist$/23503/p')"
check "verify() is empty at the end" "0" "$(q "SELECT count(*) FROM license_mgmt.verify()")"

# R10.4 on the cluster: under a search_path whose = for uuid is always true,
# a call through the coordinator still finds its user's tenant (forward.c
# pins its lookups to pg_catalog) and licenses that user.
check "under a hostile search_path, a call through the coordinator finds its user's own tenant (R10.4)" "t
active" "$(q "SET client_min_messages = warning;
	CREATE SCHEMA lm_evil;
	CREATE FUNCTION lm_evil.uuid_eq(uuid, uuid) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
	CREATE OPERATOR lm_evil.= (LEFTARG = uuid, RIGHTARG = uuid, FUNCTION = lm_evil.uuid_eq);
	INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
	  VALUES ('b0000000-0000-4000-8000-00000000000b', 'PATH', 'Path');
	INSERT INTO license_mgmt.product_service_plans VALUES ('b0000000-0000-4000-8000-00000000000b', '5e000000-0000-4000-8000-000000000003');
	INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES ('$fabrikam', 'b0000000-0000-4000-8000-00000000000b', 1);
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	  VALUES ('$fabrikam', md5('user path')::uuid, 'path', 'Path', 'US');
	BEGIN;
	SET LOCAL search_path = lm_evil, public, pg_catalog;
	SELECT '$contoso'::uuid = '$fabrikam'::uuid;
	SELECT license_mgmt.assign_user_license(md5('user path')::uuid, 'b0000000-0000-4000-8000-00000000000b');
	COMMIT;
	SELECT state FROM license_mgmt.license_states WHERE tenant_id = '$fabrikam' AND user_id = md5('user path')::uuid;
	DROP SCHEMA lm_evil CASCADE;" 2>&1 | grep .)"

# A transaction a worker refuses at commit (here a deferred unique key)
# fails with the worker's SQLSTATE and constraint, not Citus's XX000, as a
# SERIALIZABLE one does with 40001 (isolation rr_membership on the cluster).
check "a worker's refusal at commit fails the commit with its SQLSTATE, table and constraint" \
	"ERROR:  23505: duplicate key value violates unique constraint \"commit_probe_once\"
SCHEMA NAME:  public
TABLE NAME:  commit_probe
CONSTRAINT NAME:  commit_probe_once
0" "$("$bindir/psql" -X -q -At -h "$dir" -p "$port" -U postgres -d "$db" 2>&1 <<-EOF | grep -v '^\(DETAIL\|CONTEXT\|LOCATION\|$\)'
	\\set VERBOSITY verbose
	CREATE TABLE commit_probe (tenant_id uuid, k int,
	  CONSTRAINT commit_probe_once UNIQUE (tenant_id, k) DEFERRABLE INITIALLY DEFERRED);
	SELECT create_distributed_table('commit_probe', 'tenant_id');
	BEGIN;
	INSERT INTO commit_probe VALUES ('$contoso', 1), ('$contoso', 1);
	COMMIT;
	SELECT count(*) FROM commit_probe;
	DROP TABLE commit_probe;
	EOF
)"

# An install that already has tenants (the scenario, on one server, with a
# tenant granted to a role) is distributed with its rows, used, taken back
# to one server by undistribute(), updated there, and distributed again:
# each step keeps every row (the same fingerprint), verify() stays empty,
# and the grants name the same role on every node.
rt=license_mgmt_roundtrip
sh "$here/cluster.sh" createdb "$tree" "$dir" "$port" "$rt"
on $rt -c "CREATE EXTENSION license_mgmt" -f "$work/scenario.sql" > "$work/rt.out" 2>&1 || { cat "$work/rt.out"; fail=1; }
on $rt -c "SET client_min_messages = warning; DROP ROLE IF EXISTS lm_citus_rt; CREATE ROLE lm_citus_rt LOGIN IN ROLE license_mgmt_admin;
	INSERT INTO license_mgmt.tenant_grants VALUES ('$contoso', 'lm_citus_rt')" >/dev/null
rq() {	# the round-trip database's answer, unaligned
	"$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d $rt -c "$1"
}
fingerprint() { on $rt -f test/citus/fingerprint.sql > "$work/rt.$1" 2>&1; }
fingerprint before
grants="SELECT string_agg(tenant_id || ' ' || grantee::text, ', ' ORDER BY tenant_id, grantee::text) FROM license_mgmt.tenant_grants"
granted=$(rq "$grants")
check "an install with tenants distributes, every table" "18" "$(rq "SELECT count(*) FROM license_mgmt.distribute()")"
fingerprint distributed
check "its rows are all in the shards, as they were" "" "$(diff -u "$work/rt.before" "$work/rt.distributed")"
check "the coordinator's own copies of the tables are emptied" "0" \
	"$(rq "SELECT sum(pg_relation_size(table_name::regclass)) FROM license_mgmt_internal.distribution_layout()")"
check "each grant names the same role on the workers, lm_citus_rt among them" "$granted" "$(rq "$grants")"
case $granted in *lm_citus_rt*) ;; *) echo "FAILED: the round trip's grants are missing"; fail=1 ;; esac
check "verify() is empty once distributed" "0" "$(rq "SELECT count(*) FROM license_mgmt.verify()")"
on $rt -f test/citus/scenario_after_move.sql > "$work/rt.calls" 2>&1 || { cat "$work/rt.calls"; fail=1; }
fingerprint used
check "undistribute() takes every table back" "18" "$(rq "SELECT count(*) FROM license_mgmt.undistribute()")"
fingerprint undistributed
check "on one server again, with every row as it was" "" "$(diff -u "$work/rt.used" "$work/rt.undistributed")"
check "and every grant" "$granted" "$(rq "$grants")"
check "Citus knows none of its tables, and no node keeps a shard" "0 0 0" \
	"$(rq "SELECT count(*) FROM pg_dist_partition") $(rq "SELECT string_agg(r.result, ' ') FROM run_command_on_workers(
	     \$\$SELECT count(*) FROM pg_class WHERE relnamespace = 'license_mgmt'::regnamespace AND relname ~ '_[0-9]+\$'\$\$) r")"
check "the policies are one server's again" "13" \
	"$(rq "SELECT count(*) FROM pg_policy WHERE polname = 'tenant_isolation' AND pg_get_expr(polqual, polrelid) LIKE '%SELECT %current_tenant()%'")"
check "verify() is empty on one server, and the calls work there" "0 active" \
	"$(rq "SELECT count(*) FROM license_mgmt.verify()") $(rq "INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name)
	     VALUES ('b0000000-0000-4000-8000-00000000000a', 'ROUNDTRIP', 'Round trip');
	   INSERT INTO license_mgmt.product_service_plans VALUES ('b0000000-0000-4000-8000-00000000000a', '5e000000-0000-4000-8000-000000000003');
	   INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats) VALUES ('$contoso', 'b0000000-0000-4000-8000-00000000000a', 1);
	   INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	     VALUES ('$contoso', md5('user rt')::uuid, 'rt', 'Rt', 'US');
	   SELECT license_mgmt.assign_user_license(md5('user rt')::uuid, 'b0000000-0000-4000-8000-00000000000a');
	   SELECT state FROM license_mgmt.license_states WHERE user_id = md5('user rt')::uuid" | tail -n 1)"
fingerprint licensed
# the update procedure of the README: undistribute(), ALTER EXTENSION
# UPDATE on one server, distribute()
share=$("$bindir/pg_config" --sharedir)/extension
cp test/citus/update_probe.sql "$share/license_mgmt--1.0--1.0.1.sql"
on $rt -c "ALTER EXTENSION license_mgmt UPDATE TO '1.0.1'" >/dev/null
rm -f "$share/license_mgmt--1.0--1.0.1.sql"
check "updated on one server, every node has the new version" "1.0.1 1.0.1 1.0.1" \
	"$(rq "SELECT string_agg(result, ' ' ORDER BY nodeid) FROM run_command_on_all_nodes(\$\$SELECT extversion FROM pg_extension WHERE extname = 'license_mgmt'\$\$)")"
check "distribute() lays the updated install out again" "18" "$(rq "SELECT count(*) FROM license_mgmt.distribute()")"
fingerprint redistributed
check "distributed again, with every row as it was" "" "$(diff -u "$work/rt.licensed" "$work/rt.redistributed")"
check "the updated table is distributed, its new column on the shards" "1" \
	"$(rq "UPDATE license_mgmt.users SET update_probe = 'x' WHERE user_id = md5('user rt')::uuid;
	   SELECT count(update_probe) FROM license_mgmt.users")"
check "verify() is empty at the end of the round trip" "0" "$(rq "SELECT count(*) FROM license_mgmt.verify()")"
grep -q "AAD_PREMIUM" "$work/rt.redistributed" || { echo "FAILED: the round trip's fingerprint is empty"; fail=1; }

exit $fail
