#!/bin/sh
# bench.sh TREE DIR PORT USERS CLIENTS SECONDS: the scale-out rows of
# `make bench` (part citus), as RESULT lines of test/bench/inner.sh.  A
# Citus cluster from cluster.sh (coordinator on PORT, workers on PORT+1 and
# PORT+2) holds a distributed install; the floor is the same work on one
# server: a database of the coordinator that is not distributed, same
# binaries, same machine, measured in the same run.
#   citus-B1  assign_group_license of a USERS-member group, the tenant on a
#             worker, called through the coordinator (median of 3 each)
#   citus-B4  CLIENTS pgbench clients for SECONDS each side, each call one
#             assign_user_license through the coordinator (a user of a pool
#             of 2,000, 2,000 seats: no call is refused)
set -eu
tree=$1 dir=$2 port=$3 users=$4 clients=$5 seconds=$6
here=$(cd "$(dirname "$0")" && pwd)
bindir=$(ls -d "$tree"/usr/lib/postgresql/*/bin | tail -n 1)
cluster=license_mgmt_bench_citus single=license_mgmt_bench_single
tenant=b0b0b0b0-0000-4000-8000-000000000001
sku=b0b0b0b0-0000-4000-8000-0000000000a1
group=b0b0b0b0-0000-4000-8000-0000000000b1
work=$(mktemp -d)
trap 'rm -rf "$work"; sh "$here/cluster.sh" stop "$tree" "$dir" "$port"' EXIT

sql() {	# database, then psql arguments
	d=$1; shift
	"$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$d" "$@"
}
sh "$here/cluster.sh" stop "$tree" "$dir" "$port"
rm -rf "$dir"
sh "$here/cluster.sh" start "$tree" "$dir" "$port"
sh "$here/cluster.sh" createdb "$tree" "$dir" "$port" "$cluster"
sql "$cluster" -c "CREATE EXTENSION license_mgmt" -c "SELECT count(*) FROM license_mgmt.distribute()" >/dev/null
sql postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $single" -c "CREATE DATABASE $single"
sql "$single" -c "CREATE EXTENSION license_mgmt"

for d in $single $cluster; do
	sql "$d" >/dev/null <<-EOF
	INSERT INTO license_mgmt.tenants (tenant_id, display_name, usage_location) VALUES ('$tenant', 'Bench', 'US');
	INSERT INTO license_mgmt.service_plans (service_plan_id, service_plan_name, display_name)
	  VALUES ('$sku', 'BENCH_PLAN', 'Bench plan');
	INSERT INTO license_mgmt.products (sku_id, sku_part_number, display_name) VALUES ('$sku', 'BENCH', 'Bench');
	INSERT INTO license_mgmt.product_service_plans (sku_id, service_plan_id) VALUES ('$sku', '$sku');
	INSERT INTO license_mgmt.subscriptions (tenant_id, sku_id, seats, status) VALUES ('$tenant', '$sku', $users + 2000, 'enabled');
	INSERT INTO license_mgmt.users (tenant_id, user_id, user_principal_name, display_name, usage_location)
	  SELECT '$tenant', md5('u' || i)::uuid, 'u' || i, 'U' || i, 'US' FROM generate_series(1, $users) i;
	INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name) VALUES ('$tenant', '$group', 'B1');
	INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
	  SELECT '$tenant', '$group', md5('u' || i)::uuid FROM generate_series(1, $users) i;
	VACUUM ANALYZE;
	EOF
done
node=$(sql "$cluster" -c "SELECT nodeport FROM pg_dist_shard_placement
	WHERE shardid = get_shard_id_for_distribution_column('license_mgmt.tenants', '$tenant')")

# B1: the two sides alternate, three runs each; the median counts
b1() {	# database: seconds of one assign_group_license (removed again after)
	PGOPTIONS="-c license_mgmt.tenant_id=$tenant" sql "$1" <<-EOF | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | head -n 1
	\timing on
	SELECT count(*) FROM license_mgmt.assign_group_license('$group', '$sku');
	\timing off
	SELECT license_mgmt.remove_group_license('$group', '$sku');
	EOF
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] / 1000 : 0) }'; }
b1 "$cluster" >/dev/null	# warm-up, both sides
b1 "$single" >/dev/null
for i in 1 2 3; do
	b1 "$single" >> "$work/b1.single"
	b1 "$cluster" >> "$work/b1.cluster"
done
printf 'RESULT\tcitus-B1\tassign_group_license, %s members, the tenant on a worker (port %s), through the coordinator / the same on one server (median of 3)\t%s\t%s\ts\t<= 2.0\n' \
	"$users" "$node" "$(median < "$work/b1.cluster")" "$(median < "$work/b1.single")"

# B4: single direct calls, alternating sides in three slices
printf '\\set i random(1, 2000)\nSELECT license_mgmt.assign_user_license(md5(%s || :i)::uuid, %s);\n' "'u'" "'$sku'" \
	> "$work/b4.pgbench"
b4() {	# database, seconds: tps
	PGOPTIONS="-c license_mgmt.tenant_id=$tenant" "$bindir/pgbench" -n -c "$clients" -j 2 -T "$2" \
		-h "$dir" -p "$port" -U postgres -f "$work/b4.pgbench" "$1" > "$work/b4.last" 2>&1 ||
		{ cat "$work/b4.last" >&2; }
	sed -n 's/^tps = \([0-9]*\.[0-9]\).* (without initial connection time)/\1/p' "$work/b4.last"
}
slice=$(( (seconds + 2) / 3 ))
for i in 1 2 3; do
	b4 "$single" "$slice" >> "$work/b4.single"
	b4 "$cluster" "$slice" >> "$work/b4.cluster"
done
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.1f", s / n; else print 0 }'; }
printf 'RESULT\tcitus-B4\t%s clients, single assign_user_license calls through the coordinator / the same on one server\t%s\t%s\ttps\t>= 0.3\n' \
	"$clients" "$(mean < "$work/b4.cluster")" "$(mean < "$work/b4.single")"
printf 'CHECK\tcitus: verify() problems after the runs\t%s\t0\n' \
	"$(sql "$cluster" -c "SELECT count(*) FROM license_mgmt.verify()")"
