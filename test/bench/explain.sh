#!/bin/sh
# test/bench/explain.sh: where the time of one benchmark case goes.
#
#   sh test/bench/explain.sh CASE [SIZE]
#
# CASE is b1 (assign_group_license on a group of SIZE, default 100000),
# b2 (INSERT of SIZE memberships into a group holding 5 products), b3 (one
# member into a SIZE-member group holding 5 products), b4 (one direct
# assignment and its removal), b6 (EXPLAIN ANALYZE of user_licenses for one
# user of a SIZE-user tenant, default 100000), n1 (one user into a leaf of the nested tree
# of nested.sql, SIZE groups, default 10000, and 20 users per group) or n2
# (attaching a SIZE-user subtree, default 10000, under a nested root
# holding 2 products).  In a throwaway cluster,
# runs the case once to warm up, then again with auto_explain logging every
# statement the extension runs (nested statements, ANALYZE, BUFFERS), and
# prints the statements by time; the full plans go to
# test/bench/out/explain-CASE.log.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
case_=${1:?usage: explain.sh b1|b2|b3|b4|b6|n1|n2 [size]}
if [ -z "${EXPLAIN_INNER:-}" ]; then
	EXPLAIN_INNER=1 exec pg_virtualenv -t -o shared_buffers=1GB -o max_wal_size=8GB sh "$0" "$@"
fi
PSQL="psql -X -q -v ON_ERROR_STOP=1"
export PGOPTIONS="-c client_min_messages=warning"
logfile=$(pg_lsclusters -h | awk '$2 == "regress" {print $7; exit}')
$PSQL -d postgres -c 'CREATE DATABASE explain'
$PSQL -d explain -c 'CREATE EXTENSION license_mgmt' -f "$here/common.sql" >/dev/null
case "$case_" in
	b1) n=${2:-100000}; setup="
		SELECT bench.add_tenant('x', 20, 100000000) AS t \\gset
		SELECT bench.add_users(:'t', 'u', 1, $n);
		SELECT bench.add_group(:'t', 'g');
		SELECT bench.add_members(:'t', bench.grp('g'), 'u', 1, $n);"
		warm="SELECT license_mgmt.assign_group_license(bench.grp('g'), bench.sku(1)); ANALYZE;
			  SELECT license_mgmt.remove_group_license(bench.grp('g'), bench.sku(1)); ANALYZE;"
		stmt="SELECT license_mgmt.assign_group_license(bench.grp('g'), bench.sku(1));";;
	b2) n=${2:-100000}; setup="
		SELECT bench.add_tenant('x', 20, 100000000) AS t \\gset
		SELECT bench.add_users(:'t', 'u', 1, $n);
		SELECT bench.add_group(:'t', 'g');
		SELECT license_mgmt.assign_group_license(bench.grp('g'), bench.sku(i)) FROM generate_series(1, 5) i;"
		warm="SELECT bench.add_members(bench.id('tenant', hashtext('x')), bench.grp('g'), 'u', 1, $n); ANALYZE;
			  DELETE FROM license_mgmt.group_members WHERE group_id = bench.grp('g'); ANALYZE;"
		stmt="SELECT bench.add_members(bench.id('tenant', hashtext('x')), bench.grp('g'), 'u', 1, $n);";;
	b3) n=${2:-100000}; setup="
		SELECT bench.add_tenant('x', 20, 100000000) AS t \\gset
		SELECT bench.add_users(:'t', 'u', 1, $n); SELECT bench.add_users(:'t', 'new', 1, 10);
		SELECT bench.add_group(:'t', 'g');
		SELECT bench.add_members(:'t', bench.grp('g'), 'u', 1, $n);
		SELECT license_mgmt.assign_group_license(bench.grp('g'), bench.sku(i)) FROM generate_series(1, 5) i;"
		warm="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('x')), bench.grp('g'), bench.id('new', 1));"
		stmt="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('x')), bench.grp('g'), bench.id('new', 2));";;
	b4) setup="
		SELECT bench.add_tenant('x', 1, 1000) AS t \\gset
		SELECT bench.add_users(:'t', 'u', 1, 2000);"
		warm="SELECT license_mgmt.assign_user_license(bench.id('u', 1), bench.sku(1));
			  SELECT license_mgmt.remove_user_license(bench.id('u', 1), bench.sku(1));"
		stmt="SELECT license_mgmt.assign_user_license(bench.id('u', 2), bench.sku(1));
			  SELECT license_mgmt.remove_user_license(bench.id('u', 2), bench.sku(1));";;
	n2) n=${2:-10000}; setup="
		SELECT bench.add_tenant('x', 20, 100000000) AS t \\gset
		UPDATE license_mgmt.tenants SET nested_group_licensing = true;
		SELECT bench.add_group(:'t', 'root'), bench.add_group(:'t', 'sub');
		INSERT INTO license_mgmt.groups (tenant_id, group_id, display_name)
		SELECT :'t', bench.id('c', k), 'c' || k FROM generate_series(1, 10) k;
		INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
		SELECT :'t', bench.grp('sub'), bench.id('c', k) FROM generate_series(1, 10) k;
		SELECT bench.add_users(:'t', 'u', 1, $n);
		INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
		SELECT :'t', bench.id('c', (i - 1) % 10 + 1), bench.id('u', i) FROM generate_series(1, $n) i;
		SELECT license_mgmt.assign_group_license(bench.grp('root'), bench.sku(i)) FROM generate_series(1, 2) i;"
		warm="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('x')), bench.grp('root'), bench.grp('sub')); ANALYZE;
			  DELETE FROM license_mgmt.group_members WHERE group_id = bench.grp('root'); ANALYZE;"
		stmt="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('x')), bench.grp('root'), bench.grp('sub'));";;
	n1) n=${2:-10000}
		$PSQL -d explain -v groups="$n" -v levels=10 -v users=$(( n * 20 )) -v sub=10 -v iters=2 -v repeat=1 -v cap=15 \
			-f "$here/nested.sql" >/dev/null
		setup="SELECT bench.add_users(bench.id('tenant', hashtext('nested')), 'explain', 1, 2);"
		warm="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('nested')), bench.ng(10, 1), bench.id('explain', 1));"
		stmt="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id)
			  VALUES (bench.id('tenant', hashtext('nested')), bench.ng(10, 1), bench.id('explain', 2));";;
	b6) n=${2:-100000}
		$PSQL -d explain -v n="$n" -f "$here/scale_load.sql" >/dev/null
		mkdir -p "$here/out"
		$PSQL -d explain > "$here/out/explain-b6.log" <<SQL
\\pset pager off
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM license_mgmt.user_licenses
 WHERE tenant_id = bench.id('tenant', hashtext('scale')) AND user_id = bench.id('s', 4242);
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM license_mgmt.user_licenses
 WHERE tenant_id = bench.id('tenant', hashtext('scale')) AND user_id = bench.id('s', 4243);
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM license_mgmt.users
 WHERE tenant_id = bench.id('tenant', hashtext('scale')) AND user_id = bench.id('s', 4243);
SQL
		echo "explain.sh b6: user_licenses of one user (twice) and the primary-key lookup, $n users; plans in test/bench/out/explain-b6.log"
		grep -E 'Planning Time|Execution Time' "$here/out/explain-b6.log"
		exit 0;;
	*) echo "explain.sh: unknown case $case_" >&2; exit 2;;
esac
echo "$setup" | $PSQL -d explain >/dev/null
$PSQL -d explain -c 'VACUUM ANALYZE' >/dev/null
pos=$(wc -c < "$logfile")
$PSQL -d explain >/dev/null <<SQL
$warm
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 0;
SET auto_explain.log_nested_statements = on;
SET auto_explain.log_analyze = on;
SET auto_explain.log_buffers = on;
SELECT 'explain.sh: start';
\\timing on
$stmt
SQL
mkdir -p "$here/out"
tail -c +$(( pos + 1 )) "$logfile" | sed -n "/explain.sh: start/,\$p" > "$here/out/explain-$case_.log"
echo "explain.sh $case_: statements by time (ms), top level last; plans in test/bench/out/explain-$case_.log"
awk '/LOG:  duration: / { if (d != "") print d "\t" q; d = $0; sub(/.*duration: /, "", d); sub(/ ms.*/, "", d); q = ""; next }
	 /Query Text: / && q == "" { q = $0; sub(/.*Query Text: /, "", q); q = substr(q, 1, 140) }
	 END { if (d != "") print d "\t" q }' "$here/out/explain-$case_.log" | sort -t'	' -k1,1 -g | tail -25
