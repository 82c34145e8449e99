#!/bin/sh
# test/crash/run.sh: crash safety of license_mgmt (issue 6, robustness 1).
#
# In a throwaway cluster: a tenant of --users users (default 100,000), a
# group of all of them without a license, and a group holding 5 products
# without members.  Then, for each of
#   assign   assign_group_license on the 100,000-member group
#   members  one INSERT of 100,000 memberships into the 5-product group
# the statement is started, and while it runs (at --points fractions of
# its measured duration, default 0.3 and 0.8) the postmaster and every
# process of the cluster are killed with SIGKILL, as in a power cut (and
# once more at 1.5, after the client had its answer: the commit must
# survive).  The
# cluster is started again (crash recovery) and the test shows:
#   - the transaction either happened whole or not at all (states all
#     there, or none),
#   - verify() returns nothing,
#   - the Licenses page (product_summary) equals a count from scratch.
# Exit status 0 when every check holds.  Runs as root or as a user allowed
# to run pg_virtualenv; needs no running server.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
users=100000
points="0.3 0.8 1.5"
while [ $# -gt 0 ]; do
	case "$1" in
		--users) users=$2;; --points) points=$2;;
		*) echo "usage: $0 [--users N] [--points 'F F ...']" >&2; exit 2;;
	esac
	shift 2
done
if [ -z "${CRASH_INNER:-}" ]; then
	CRASH_INNER=1 exec ${PG_VIRTUALENV:-pg_virtualenv -t} sh "$0" --users "$users" --points "$points"
fi

PSQL="psql -X -q -v ON_ERROR_STOP=1"
export PGOPTIONS="-c client_min_messages=warning"
work=$(mktemp -d /tmp/license_mgmt_crash.XXXXXX)
trap 'rm -rf "$work"' EXIT
cluster=$(pg_lsclusters -h | awk '$2 == "regress" {print $1 " " $2; exit}')
logfile=$(pg_lsclusters -h | awk '$2 == "regress" {print $7; exit}')
datadir=$($PSQL -At -d postgres -c 'SHOW data_directory')
port=$($PSQL -At -d postgres -c 'SHOW port')
sockdirs=$($PSQL -At -d postgres -c 'SHOW unix_socket_directories' | tr ',' ' ')
started=$(date +%s)
say() { echo "crash [$(( $(date +%s) - started ))s] $*" >&2; }

$PSQL -d postgres -c 'CREATE DATABASE crash'
$PSQL -d crash -c 'CREATE EXTENSION license_mgmt' -f "$here/../bench/common.sql" >/dev/null
$PSQL -d crash -v users="$users" >/dev/null <<'SQL'
SELECT bench.add_tenant('crash', 5, 100000000) AS t \gset
SELECT bench.add_users(:'t', 'u', 1, :users);
SELECT bench.add_group(:'t', 'everyone'), bench.add_group(:'t', 'five products');
SELECT bench.add_members(:'t', bench.grp('everyone'), 'u', 1, :users);
SELECT license_mgmt.assign_group_license(bench.grp('five products'), bench.sku(i)) FROM generate_series(1, 5) i;
-- what a crash must leave consistent: the group's intent and states, verify(), the Licenses page
CREATE FUNCTION bench.crash_state(OUT intent bigint, OUT states bigint, OUT members bigint, OUT member_states bigint,
								  OUT problems bigint, OUT page_wrong bigint)
LANGUAGE sql AS $$
	SELECT (SELECT count(*) FROM license_mgmt.group_license_assignments WHERE group_id = bench.grp('everyone')),
		   (SELECT count(*) FROM license_mgmt.license_states WHERE group_id = bench.grp('everyone')),
		   (SELECT count(*) FROM license_mgmt.group_members WHERE group_id = bench.grp('five products')),
		   (SELECT count(*) FROM license_mgmt.license_states WHERE group_id = bench.grp('five products')),
		   (SELECT count(*) FROM license_mgmt.verify()),
		   (SELECT count(*) FROM license_mgmt.product_summary p
			 WHERE p.total <> (SELECT COALESCE(sum(x.seats), 0) FROM license_mgmt.subscriptions x
								WHERE x.tenant_id = p.tenant_id AND x.sku_id = p.sku_id AND x.status IN ('enabled', 'warning'))
				OR p.assigned <> (SELECT count(DISTINCT s.user_id) FROM license_mgmt.license_states s
								   WHERE s.tenant_id = p.tenant_id AND s.sku_id = p.sku_id
									 AND s.state IN ('active', 'active_with_error')))
$$;
SQL
$PSQL -d postgres -c CHECKPOINT
stmt_assign="SELECT license_mgmt.assign_group_license(bench.grp('everyone'), bench.sku(1))"
undo_assign="SELECT license_mgmt.remove_group_license(bench.grp('everyone'), bench.sku(1)) FROM license_mgmt.group_license_assignments WHERE group_id = bench.grp('everyone')"
stmt_members="INSERT INTO license_mgmt.group_members (tenant_id, group_id, member_id) SELECT bench.id('tenant', hashtext('crash')), bench.grp('five products'), bench.id('u', i) FROM generate_series(1, $users) i"
undo_members="DELETE FROM license_mgmt.group_members WHERE group_id = bench.grp('five products')"

# How long each statement takes here, to kill it at a fraction of that.
duration() {	# duration stmt undo: seconds
	t0=$(date +%s.%N)
	$PSQL -d crash -c "$1" >/dev/null
	t1=$(date +%s.%N)
	$PSQL -d crash -c "$2" >/dev/null
	echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}'
}
d_assign=$(duration "$stmt_assign" "$undo_assign")
d_members=$(duration "$stmt_members" "$undo_members")
say "assign_group_license on $users members takes ${d_assign}s, the membership insert ${d_members}s"
$PSQL -d postgres -c CHECKPOINT

crash() {	# crash name stmt undo duration fraction
	name=$1 stmt=$2 undo=$3 d=$4 f=$5
	delay=$(echo "$d $f" | awk '{printf "%.2f", $1 * $2}')
	pm=$(head -1 "$datadir/postmaster.pid")
	rm -f "$work/done"
	( $PSQL -d crash -c "$stmt" > "$work/out" 2>&1 && touch "$work/done" ) &
	client=$!
	sleep "$delay"
	finished=no
	[ -e "$work/done" ] && finished=yes
	running=$($PSQL -At -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'crash' AND state = 'active' AND query NOT LIKE '%pg_stat_activity%'" 2>/dev/null || echo "?")
	children=$(ps -o pid= --ppid "$pm" | tr '\n' ' ')
	kill -KILL "$pm" $children 2>/dev/null || true
	wait $client 2>/dev/null || true
	# gone, or a zombie nobody collects (as under some containers' init)
	for p in "$pm" $children; do
		while kill -0 "$p" 2>/dev/null && [ "$(ps -o stat= -p "$p" | cut -c1)" != Z ]; do sleep 0.1; done
	done
	# A zombie postmaster still answers kill -0, so the server would take its
	# lock files for a live one's and refuse to start: they are stale, remove them.
	if kill -0 "$pm" 2>/dev/null; then
		rm -f "$datadir/postmaster.pid"
		for sd in $sockdirs; do rm -f "$sd/.s.PGSQL.$port.lock"; done
	fi
	logpos=$(wc -c < "$logfile")
	pg_ctlcluster $cluster start
	until psql -X -At -d postgres -c 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done
	recovered=no
	tail -c +$(( logpos + 1 )) "$logfile" | grep -q 'automatic recovery in progress' && recovered=yes
	r=$($PSQL -At -F' ' -d crash -c 'SELECT * FROM bench.crash_state()')
	set -- $r
	case "$name" in
		assign)  if [ "$1" = 0 ] && [ "$2" = 0 ]; then outcome="rolled back"
				 elif [ "$1" = 1 ] && [ "$2" = "$users" ]; then outcome="committed"
				 else outcome="PARTIAL (intent $1, states $2)"; fi;;
		members) if [ "$3" = 0 ] && [ "$4" = 0 ]; then outcome="rolled back"
				 elif [ "$3" = "$users" ] && [ "$4" = $(( 5 * users )) ]; then outcome="committed"
				 else outcome="PARTIAL (members $3, states $4)"; fi;;
	esac
	ok=pass
	case "$outcome" in PARTIAL*) ok=FAIL;; esac
	[ "$5" = 0 ] && [ "$6" = 0 ] && [ "$recovered" = yes ] || ok=FAIL
	if [ "$finished" = yes ]; then
		[ "$outcome" = committed ] || ok=FAIL		# an answered commit must survive
	else
		# the kill hit the statement mid-way, or just after its commit, before the client heard
		[ "$running" = 1 ] || [ "$outcome" = committed ] || ok=FAIL
	fi
	printf '| %-7s | %5ss of %5ss | %-7s | %-8s | %-9s | %-12s | %8s | %13s | %s |\n' \
		"$name" "$delay" "$d" "$running" "$finished" "$recovered" "$outcome" "$5" "$6" "$ok" >> "$work/table"
	$PSQL -d crash -c "$undo" >/dev/null
	$PSQL -d postgres -c CHECKPOINT
	say "$name at ${delay}s: $outcome, verify() problems $5, Licenses page rows differing from a count $6: $ok"
}

for f in $points; do
	crash assign "$stmt_assign" "$undo_assign" "$d_assign" "$f"
	crash members "$stmt_members" "$undo_members" "$d_members" "$f"
done

echo
echo "license_mgmt crash safety: SIGKILL of the postmaster and every server process mid-statement, $users users"
echo "| case    | killed after      | running | finished | recovered | outcome      | verify() | page != count | result |"
echo "|---------|-------------------|---------|----------|-----------|--------------|----------|---------------|--------|"
cat "$work/table"
echo "(running: statements active at the kill; finished: the client had its answer before the kill;"
echo " recovered: the restart ran crash recovery; outcome: all of the statement's rows, or none)"
echo "total $(( $(date +%s) - started )) s"
! grep -q FAIL "$work/table"
