#!/bin/sh
# test/bench/inner.sh: the body of `make bench`, run by run.sh inside
# pg_virtualenv (PGHOST, PGPORT, PGUSER, PGPASSWORD set; BENCH_* from run.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/license_mgmt_bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
results=$work/results.tsv
: > "$results"
started=$(date +%s)

# A safety net: no statement (a whole timed series included) runs past 15 minutes.
PGOPTIONS="-c client_min_messages=warning -c statement_timeout=900s"
export PGOPTIONS
PSQL="psql -X -q -v ON_ERROR_STOP=1"
PGBENCH=$(pg_config --bindir 2>/dev/null)/pgbench
[ -x "$PGBENCH" ] || PGBENCH=/usr/lib/postgresql/${PGVERSION:-15}/bin/pgbench
cluster=$(pg_lsclusters -h | awk '$2 == "regress" {print $1 " " $2; exit}')
logfile=$(pg_lsclusters -h | awk '$2 == "regress" {print $7; exit}')

say() { echo "bench [$(( $(date +%s) - started ))s] $*" >&2; }
wants() { case ",$BENCH_ONLY," in *",$1,"*) return 0;; *) return 1;; esac; }
# Keep the result lines of a psql run; show anything that went wrong.
keep() { grep -E '^(RESULT|CHECK|LIMIT|INFO|DETAIL)	' >> "$results" || true; }
newdb() {
	$PSQL -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
	$PSQL -d "$1" -c 'CREATE EXTENSION license_mgmt' -f "$here/common.sql" >/dev/null
}
check() {	# check "what" db "SQL returning one number" expected [timeout]
	v=$(PGOPTIONS="$PGOPTIONS -c statement_timeout=${5:-900s}" $PSQL -At -d "$2" -c "$3" 2>&1) ||
		v="error: $(echo "$v" | head -1 | cut -c1-80)"
	printf 'CHECK\t%s\t%s\t%s\n' "$1" "$v" "$4" >> "$results"
	case "$3" in *verify*)	# keep what verify() found
		if [ "$v" != "$4" ]; then
			mkdir -p "$here/out"
			$PSQL -d "$2" -c '\pset pager off' -c 'SELECT * FROM license_mgmt.verify() ORDER BY 1, 2, 3, 4' \
				> "$here/out/verify-$2.txt" 2>&1 || true
			printf 'INFO\t%s: what verify() returned\t%s\n' "$1" "test/bench/out/verify-$2.txt" >> "$results"
		fi;;
	esac
}
expect() {	# expect id...: a case that printed no result (an error, a timeout) is a failure
	for id in "$@"; do
		grep -q "^RESULT	$id	" "$results" ||
			printf 'MISSING\t%s\tno result: the case failed or timed out (see the messages above)\n' "$id" >> "$results"
	done
}
log_offset() { wc -c < "$logfile" 2>/dev/null || echo 0; }
restart() {	# restart the cluster with shared_buffers = $1
	$PSQL -d postgres -c "ALTER SYSTEM SET shared_buffers = '$1'" >/dev/null
	pg_ctlcluster $cluster restart
	until psql -X -At -d postgres -c 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done
}

library="$(pg_config --pkglibdir)/license_mgmt.so"
library_at_start=$(date -u -r "$library" '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || echo '?')
say "cluster $cluster, log $logfile; parts: $BENCH_ONLY"
log_start=$(log_offset)

# ---------------------------------------------------------------- B1 B2 B3
if wants main; then
	say "main: B1 (group of $BENCH_USERS), naive reference ($BENCH_NAIVE), B2, B3 ($BENCH_ONE runs)"
	newdb bench_main
	$PSQL -d bench_main -v users="$BENCH_USERS" -v naive="$BENCH_NAIVE" -v b3="$BENCH_ONE" \
		-v repeat="$BENCH_REPEAT" -v repeat2="$BENCH_REPEAT_B2" -v cap="$BENCH_ONE_SECONDS" \
		-f "$here/main.sql" | keep || true
	expect B1 B1-10k B1-naive B2 B3
	$PSQL -d postgres -c 'DROP DATABASE bench_main'
	say "main: removal planned with the statistics of an empty license_states ($BENCH_STALE members)"
	newdb bench_stale
	$PSQL -d bench_stale -v n="$BENCH_STALE" -f "$here/stale.sql" | keep || true
	expect stale stale-m
	$PSQL -d postgres -c 'DROP DATABASE bench_stale'
fi

# ---------------------------------------------------------------- B4
if wants b4; then
	slices=$BENCH_B4_SLICES
	slice_s=$(( (BENCH_B4_SECONDS + slices - 1) / slices ))
	say "b4: $BENCH_CLIENTS clients, ${BENCH_B4_SECONDS}s plain table and ${BENCH_B4_SECONDS}s the extension, alternating in $slices slices of ${slice_s}s"
	newdb bench_b4
	$PSQL -d bench_b4 -v seats=1000 -v pool=2000 -f "$here/b4.sql" -f "$here/sampler.sql" >/dev/null
	b4run() {	# b4run script clients seconds: tps; the pgbench output is appended to $work/script.out
		"$PGBENCH" -n -c "$2" -j 2 -T "$3" -D pool=2000 \
			-f "$here/$1" bench_b4 > "$work/$1.last" 2>&1 || { cat "$work/$1.last" >&2; }
		cat "$work/$1.last" >> "$work/$1.out"
		sed -n 's/^tps = \([0-9]*\.[0-9]\).* (without initial connection time)/\1/p' "$work/$1.last"
	}
	mean() { awk '{ s += $1; n++ } END { if (n) printf "%.1f", s / n; else print 0 }'; }
	# the oversell sampler runs beside every run, both scripts, until cancelled
	PGAPPNAME=b4_sampler $PSQL -d bench_b4 -c "CALL bench.sample(3600, 0.2)" 2>/dev/null &
	sampler=$!
	# one client first: the cost of one call, without contention
	b4_log=$(log_offset)
	floor1=$(b4run b4_floor.pgbench 1 3)
	ext1=$(b4run b4_ext.pgbench 1 3)
	printf 'RESULT\tB4-1\tthe same with 1 client for 3 s (cost of a call without contention)\t%s\t%s\ttps\tinfo\n' \
		"${ext1:-0}" "${floor1:-0}" >> "$results"
	# The host's speed drifts by more than the difference measured: the two
	# scripts alternate in short slices, so that both see the same drift,
	# and each side's figure is the mean of its slices.
	: > "$work/b4_floor.tps"; : > "$work/b4_ext.tps"; : > "$work/b4_ext.pgbench.out"
	for i in $(seq "$slices"); do
		b4run b4_floor.pgbench "$BENCH_CLIENTS" "$slice_s" >> "$work/b4_floor.tps"
		b4run b4_ext.pgbench "$BENCH_CLIENTS" "$slice_s" >> "$work/b4_ext.tps"
	done
	$PSQL -d bench_b4 -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'b4_sampler'" >/dev/null
	wait $sampler || true
	floor_tps=$(mean < "$work/b4_floor.tps")
	ext_tps=$(mean < "$work/b4_ext.tps")
	printf 'RESULT\tB4\t%s clients toggling 1 product over 1,000 seats (2,000 users) / plain single-row insert+delete\t%s\t%s\ttps\t>= 0.25\n' \
		"$BENCH_CLIENTS" "${ext_tps:-0}" "${floor_tps:-0}" >> "$results"
	printf 'INFO\tB4: ratio of each slice (extension / the plain table before it)\t%s\n' \
		"$(paste "$work/b4_ext.tps" "$work/b4_floor.tps" | awk '{ printf "%s%.2f", (NR > 1 ? " " : ""), $1 / $2 }')" | keep
	failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/b4_ext.pgbench.out" | awk '{ s += $1 } END { print s + 0 }')
	printf 'CHECK\tB4: failed pgbench transactions (extension runs, %s clients)\t%s\t0\n' "$BENCH_CLIENTS" "${failed:-0}" >> "$results"
	check "B4: samples with assigned > total (Licenses page or count from scratch)" bench_b4 \
		"SELECT count(*) FROM bench.samples WHERE assigned > total OR from_scratch > total" 0
	$PSQL -At -d bench_b4 -c "SELECT concat_ws(E'\t', 'INFO', 'B4: oversell samples taken (both runs) / highest assigned seen / total',
		count(*) || ' / ' || max(greatest(assigned, from_scratch)) || ' / ' || max(total)) FROM bench.samples" | keep
	check "B4: verify() problems after the run" bench_b4 "SELECT count(*) FROM license_mgmt.verify()" 0
	printf 'CHECK\tB4: "deadlock detected" in the server log\t%s\t0\n' \
		"$(tail -c +$(( b4_log + 1 )) "$logfile" | grep -c 'ERROR:  deadlock detected' || true)" >> "$results"
fi

# ---------------------------------------------------------------- B5 B6 B7
if wants scale || wants memory; then
	say "scale: loading a tenant of $BENCH_SCALE_SMALL users"
	newdb bench_scale_small
	$PSQL -d bench_scale_small -v n="$BENCH_SCALE_SMALL" -f "$here/scale_load.sql" >/dev/null || true
	say "scale: verify() on it"
	small=$($PSQL -At -d bench_scale_small -v n="$BENCH_SCALE_SMALL" -v iters=1 -v vruns="$BENCH_REPEAT" -v vtimeout=900000 \
		-f "$here/scale_time.sql" | awk -F'\t' '$1 == "VALUE" && $2 == "B7" {print $3 "\t" $4}') || true
	$PSQL -d postgres -c 'DROP DATABASE bench_scale_small'
	say "scale: loading a tenant of $BENCH_SCALE users"
	newdb bench_scale
	t0=$(date +%s)
	$PSQL -d bench_scale -v n="$BENCH_SCALE" -f "$here/scale_load.sql" > "$work/scale_load.out" || true
	fanout=$(awk -F'\t' '$1 == "VALUE" && $2 == "FANOUT" {printf "%.1f", $3}' "$work/scale_load.out")
	printf 'INFO\tload of the %s-user tenant (users; group "all" of everyone holding 2 products; 1 direct product to every 10th user) / one assign_group_license to all %s\t%s s / %s s\n' \
		"$BENCH_SCALE" "$BENCH_SCALE" "$(( $(date +%s) - t0 ))" "${fanout:-?}" >> "$results"
fi
if wants scale; then
	# verify() on the big tenant gets 1.25 times its target (12 x the small one), at least 30 s
	vtimeout=$(echo "${small:-0}" | awk '{t = $1 * 12 * 1.25; if (t < 30000) t = 30000; printf "%d", t}')
	say "scale: B5, B6, B6-details ($BENCH_ONE runs each), verify() (at most $(( vtimeout / 1000 )) s)"
	$PSQL -At -d bench_scale -v n="$BENCH_SCALE" -v iters="$BENCH_ONE" -v vruns=1 -v vtimeout="$vtimeout" \
		-f "$here/scale_time.sql" > "$work/scale.out" 2>"$work/scale.err" || true
	grep -v 'statement timeout' "$work/scale.err" >&2 || true
	# the plan of verify() at this size, for whoever has to make it faster
	mkdir -p "$here/out"
	$PSQL -d bench_scale -c 'EXPLAIN SELECT count(*) FROM license_mgmt.verify()' > "$here/out/explain-verify-$BENCH_SCALE.txt" 2>&1 || true
	awk -F'\t' -v n="$BENCH_SCALE" -v small="$BENCH_SCALE_SMALL" -v sv="$small" -v iters="$BENCH_ONE" '
		BEGIN { split(sv, s, "\t") }
		$1 == "VALUE" && $2 == "STATES" { states = $3 }
		$1 == "VALUE" && $2 == "B5" { printf "RESULT\tB5\tproduct_summary, tenant of %s users, 20 products / PK lookup (median of %s)\t%.3f\t%.3f\tms\t<= 10\n", n, iters, $3, $4 }
		$1 == "VALUE" && $2 == "B6" { printf "RESULT\tB6\tuser_licenses of one user, tenant of %s users / PK lookup (median of %s)\t%.3f\t%.3f\tms\t<= 10\n", n, iters, $3, $4 }
		$1 == "VALUE" && $2 == "B6-details" { printf "RESULT\tB6-details\tlicense_details of one user, tenant of %s users / PK lookup (median of %s)\t%.3f\t%.3f\tms\t<= 10\n", n, iters, $3, $4 }
		$1 == "VALUE" && $2 == "B7" && $3 == "TIMEOUT" { big = $4; bigp = "timed out"; timeout = 1 }
		$1 == "VALUE" && $2 == "B7" && $3 != "TIMEOUT" { big = $3; bigp = $4 }
		END {
			if (big == "" || s[1] == "") exit
			printf "RESULT\tB7\tverify(), %s users (%s states)%s / verify(), %s users\t%s%.3f\t%.3f\ts\t<= 12\n", n, states,
				timeout ? ": stopped at the time limit, the ratio is at least" : "", small, timeout ? ">" : "", big / 1000, s[1] / 1000
			printf "CHECK\tB7: verify() problems, %s users / %s users\t%s / %s\t0 / 0\n", n, small, bigp, s[2]
		}' "$work/scale.out" >> "$results"
	expect B5 B6 B6-details B7
fi

# ---------------------------------------------------------------- memory
if wants memory; then
	say "memory: restart with shared_buffers 128MB, assign a product to a group of $BENCH_SCALE"
	restart 128MB
	rm -f "$work/mem.pid" "$work/mem.done"
	(	# sample the backend's memory until the assignment is done
		until [ -s "$work/mem.pid" ] || [ -e "$work/mem.done" ]; do sleep 0.05; done
		pid=$(tr -dc 0-9 < "$work/mem.pid" 2>/dev/null || echo 0)
		maxanon=0 hwm=0
		while [ ! -e "$work/mem.done" ] && [ -r /proc/$pid/status ]; do
			anon=$(awk '$1 == "RssAnon:" {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
			hwm=$(awk '$1 == "VmHWM:" {print $2}' /proc/$pid/status 2>/dev/null || echo "$hwm")
			[ "${anon:-0}" -gt "$maxanon" ] && maxanon=$anon
			sleep 0.1
		done
		echo "$hwm $maxanon" > "$work/mem.result"
	) &
	memsampler=$!
	$PSQL -At -d bench_scale > "$work/mem.out" <<SQL || touch "$work/mem.done"
SELECT pg_backend_pid() \g $work/mem.pid
SELECT pg_sleep(0.5);
SELECT clock_timestamp() AS t0 \gset
SELECT licensed, failed FROM license_mgmt.assign_group_license(bench.grp('all'), bench.sku(4));
SELECT 'SECONDS', extract(epoch FROM clock_timestamp() - :'t0');
SELECT pg_sleep(0.3);
SELECT 1 \g $work/mem.done
SELECT pg_sleep(0.5);
SQL
	wait $memsampler
	hwm=0 anon=0
	[ -s "$work/mem.result" ] && read -r hwm anon < "$work/mem.result"
	secs=$(awk -F'|' '$1 == "SECONDS" {printf "%.1f", $2}' "$work/mem.out")
	[ "$hwm" -gt 0 ] || printf 'MISSING\tmemory\tno VmHWM sampled: the assignment failed (see the messages above)\n' >> "$results"
	[ "$hwm" -gt 0 ] && printf 'LIMIT\tmemory\tbackend VmHWM, assign_group_license to %s members (%s s), work_mem 4MB, shared_buffers 128MB\t%s\tMB\t512\n' \
		"$BENCH_SCALE" "$secs" "$(( hwm / 1024 ))" >> "$results"
	printf 'INFO\tmemory: highest RssAnon (private memory) sampled every 0.1 s\t%s MB\n' "$(( anon / 1024 ))" >> "$results"
	restart 1GB
fi
$PSQL -d postgres -c 'DROP DATABASE IF EXISTS bench_scale'

# ---------------------------------------------------------------- nested
if wants nested; then
	say "nested: tree of $BENCH_NESTED_GROUPS groups, $BENCH_NESTED_LEVELS levels, $BENCH_NESTED_USERS users"
	newdb bench_nested
	$PSQL -At -d bench_nested -v groups="$BENCH_NESTED_GROUPS" -v levels="$BENCH_NESTED_LEVELS" \
		-v users="$BENCH_NESTED_USERS" -v sub="$BENCH_SUBTREE" -v iters="$BENCH_NESTED_ONE" -v repeat="$BENCH_REPEAT" -v cap="$BENCH_ONE_SECONDS" \
		-f "$here/nested.sql" | keep || true
	expect N1 N2
	say "nested: verify()"
	check "nested: verify() problems" bench_nested "SELECT count(*) FROM license_mgmt.verify()" 0 180s
	$PSQL -d postgres -c 'DROP DATABASE bench_nested'
fi

# ---------------------------------------------------------------- catalog
if wants catalog; then
	say "catalog: import_catalog of Microsoft's August 2023 catalog over January 2022 ($BENCH_CATALOG runs)"
	newdb bench_catalog
	$PSQL -d bench_catalog -v data="$here/../data/microsoft-catalog" -v runs="$BENCH_CATALOG" \
		-f "$here/catalog.sql" | keep || true
	grep -q "^INFO	catalog: " "$results" ||
		printf 'MISSING\tcatalog\tno result: the import failed (see the messages above)\n' >> "$results"
	say "catalog: C1, a plan added to a product held by $BENCH_USERS users; C2, a group of $BENCH_USERS over 10 seats"
	$PSQL -d bench_catalog -v users="$BENCH_USERS" -v repeat="$BENCH_REPEAT" -f "$here/catalog_change.sql" | keep || true
	expect C1
	# C2: the notifications one assignment sends, counted by the session that
	# made it (it listens, and psql prints each one after the commit)
	notified=$($PSQL -At -d bench_catalog -c 'LISTEN license_mgmt' \
		-c "SELECT 'FAILED', failed FROM license_mgmt.assign_group_license(bench.grp('C2'), bench.sku(1))" 2>&1 |
		tee "$work/c2.out" | grep -c '^Asynchronous notification "license_mgmt"' || true)
	c2failed=$(sed -n 's/^FAILED|//p' "$work/c2.out")
	if [ -n "$c2failed" ]; then
		printf 'LIMIT\tC2\tnotifications on channel license_mgmt of one assign_group_license to %s members over 10 seats (%s refused)\t%s\tnotifications\t20\n' \
			"$BENCH_USERS" "$c2failed" "$notified" >> "$results"
	else
		head -5 "$work/c2.out" >&2
		printf 'MISSING\tC2\tno result: the assignment failed (see the messages above)\n' >> "$results"
	fi
	$PSQL -d postgres -c 'DROP DATABASE bench_catalog'
fi

# ---------------------------------------------------------------- citus
if wants citus; then
	say "citus: B1 ($BENCH_USERS members) and B4 ($BENCH_CLIENTS clients) on a Citus cluster of three nodes, against one server"
	if [ -n "${CITUS_TREE:-}" ]; then
		sh "$here/../citus/bench.sh" "$CITUS_TREE" "$CITUS_NODES" "$CITUS_PORT" "$BENCH_USERS" "$BENCH_CLIENTS" \
			"$BENCH_B4_SECONDS" | keep || true
	else
		echo "bench: no Citus build (CITUS_TREE): make bench builds one" >&2
	fi
	expect citus-B1 citus-B4
fi

# ---------------------------------------------------------------- soak
if wants soak; then
	say "soak: ${BENCH_SOAK}s, $BENCH_CLIENTS clients, 3 tenants, READ COMMITTED, REPEATABLE READ and SERIALIZABLE"
	newdb bench_soak
	$PSQL -d bench_soak -v users=1000 -v groups=20 -v seats=300 -f "$here/soak.sql" -f "$here/sampler.sql" >/dev/null
	scripts=""
	for op in assign:20 remove:15 bulk_assign:3 add_member:20 remove_member:15 bulk_members:3 \
			  bulk_remove_members:2 group_assign:5 group_remove:4 location:5 nest:4 swap_members:5 replace_user:2 \
			  soft_delete:3 restore:3 reprocess:2 toggle_nesting:1; do
		name=${op%%:*}
		printf '\\set k random(1, 3)\nSELECT bench.op_%s(:k);\n' "$name" > "$work/soak_$name.pgbench"
		scripts="$scripts -f $work/soak_$name.pgbench@${op##*:}"
	done
	# an operation of the same mix in a REPEATABLE READ or SERIALIZABLE
	# transaction whose snapshot was taken 2 ms before (bench.op_mix); one
	# operation a transaction, since two could lock in opposite orders
	for level in rr:REPEATABLE_READ:15 ser:SERIALIZABLE:15; do
		name=${level%%:*} weight=${level##*:} iso=$(echo "$level" | cut -d: -f2 | tr _ ' ')
		printf '\\set k random(1, 3)\nBEGIN ISOLATION LEVEL %s;\nSELECT bench.snapshot(:k);\n\\sleep 2 ms\nSELECT bench.op_mix(:k);\nCOMMIT;\n' \
			"$iso" > "$work/soak_$name.pgbench"
		scripts="$scripts -f $work/soak_$name.pgbench@$weight"
	done
	soak_log=$(log_offset)
	$PSQL -d bench_soak -c "CALL bench.sample($BENCH_SOAK + 1, 1.0)" &
	sampler=$!
	# a serialization failure (40001) or a deadlock (40P01) is retried, as a
	# client would, up to 100 times; deadlocks are counted from the server log,
	# each one a failure
	# shellcheck disable=SC2086
	"$PGBENCH" -n -c "$BENCH_CLIENTS" -j 2 -T "$BENCH_SOAK" --max-tries=100 --failures-detailed $scripts bench_soak \
		> "$work/soak.out" 2>&1 || true
	wait $sampler
	mkdir -p "$here/out"
	cp "$work/soak.out" "$here/out/soak-pgbench.txt"
	tps=$(sed -n 's/^tps = \([0-9]*\.[0-9]\).* (without initial connection time)/\1/p' "$work/soak.out")
	total=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/soak.out")
	failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/soak.out")
	gave_up=$(sed -n 's/^number of serialization failures: \([0-9]*\).*/\1/p' "$work/soak.out")
	aborted=$(grep -c 'aborted' "$work/soak.out" || true)
	# per script: transactions, and the retries of the REPEATABLE READ and SERIALIZABLE ones
	script_figures() {	# script_figures name: "transactions / retried / retries"
		awk -v f="soak_$1.pgbench" '
			/^SQL script [0-9]+:/ { on = (index($0, f) > 0) }
			on && / - [0-9]+ transactions/ { n = $2 }
			on && / - number of transactions retried:/ { r = $6 }
			on && / - total number of retries:/ { t = $6 }
			END { printf "%d / %d / %d", n, r, t }' "$work/soak.out"
	}
	retried=$(sed -n 's/^number of transactions retried: \([0-9]*\).*/\1/p' "$work/soak.out")
	retries=$(sed -n 's/^total number of retries: \([0-9]*\).*/\1/p' "$work/soak.out")
	soak_errors=$(tail -c +$(( soak_log + 1 )) "$logfile" | grep ' ERROR: ' | grep -v 'canceling autovacuum task' || true)
	serialization=$(echo "$soak_errors" | grep -c 'could not serialize access' || true)
	deadlocks=$(echo "$soak_errors" | grep -c 'ERROR:  deadlock detected' || true)
	errors=$(echo "$soak_errors" | grep -v 'could not serialize access' | grep -c ' ERROR: ' || true)
	printf 'INFO\tsoak: transactions / tps\t%s / %s\n' "${total:-0}" "${tps:-0}" >> "$results"
	printf 'INFO\tsoak: REPEATABLE READ transactions / retried / retries\t%s\n' "$(script_figures rr)" >> "$results"
	printf 'INFO\tsoak: SERIALIZABLE transactions / retried / retries\t%s\n' "$(script_figures ser)" >> "$results"
	printf 'INFO\tsoak: transactions retried / retries, all levels; serialization failures (40001) in the server log\t%s / %s; %s\n' \
		"${retried:-0}" "${retries:-0}" "$serialization" >> "$results"
	# a transaction still failing with 40001 after 100 tries, or when the time
	# is up, gives up: information (it changed nothing); any other failure fails
	printf 'INFO\tsoak: transactions that gave up on serialization failures (100 tries, or the time was up)\t%s\n' "${gave_up:-0}" >> "$results"
	printf 'CHECK\tsoak: failed pgbench transactions, serialization failures apart / aborted clients\t%s / %s\t0 / 0\n' \
		"$(( ${failed:-0} - ${gave_up:-0} ))" "$aborted" >> "$results"
	check "soak: samples (every 1 s) with assigned > total" bench_soak \
		"SELECT count(*) FROM bench.samples WHERE assigned > total OR from_scratch > total" 0
	# an oversell seen: the samples, and the audit of that product in the second before each
	if [ "$($PSQL -At -d bench_soak -c "SELECT count(*) FROM bench.samples WHERE assigned > total OR from_scratch > total")" != 0 ]; then
		$PSQL -d bench_soak -c '\pset pager off' \
			-c "SELECT * FROM bench.samples WHERE assigned > total OR from_scratch > total ORDER BY at" \
			-c "SELECT s.n AS sample, a.logged_at, a.action, a.group_id, a.old_state, a.new_state, a.error, a.user_ids
				  FROM bench.samples s JOIN license_mgmt.audit_log a
				    ON a.tenant_id = s.tenant_id AND a.sku_id = s.sku_id AND a.logged_at BETWEEN s.at - interval '1 second' AND s.at
				 WHERE s.assigned > s.total OR s.from_scratch > s.total ORDER BY s.n, a.audit_id" \
			> "$here/out/soak-oversell.txt" 2>&1 || true
		printf 'INFO\tsoak: the oversell samples and the audit before them\t%s\n' "test/bench/out/soak-oversell.txt" >> "$results"
	fi
	$PSQL -At -d bench_soak -c "SELECT concat_ws(E'\t', 'INFO', 'soak: samples / states at the end / waiting (CountViolation) at the end',
		(SELECT max(n) FROM bench.samples) || ' / ' || count(*) || ' / ' || count(*) FILTER (WHERE error = 'CountViolation'))
		FROM license_mgmt.license_states" | keep
	$PSQL -At -d bench_soak -c "SELECT concat_ws(E'\t', 'INFO',
		'soak: users soft-deleted at the end (held a seat when deleted / did not); restores (states they brought back)',
		count(*) FILTER (WHERE d.held_seat) || ' / ' || count(*) FILTER (WHERE NOT d.held_seat) || '; ' ||
		(SELECT count(*) FROM bench.restored) || ' (' ||
		(SELECT COALESCE(sum(cardinality(a.user_ids)), 0) FROM license_mgmt.audit_log a
		  WHERE a.action = 'users_changed' AND a.old_state = 'suspended') || ')')
		FROM bench.soft_deleted d JOIN license_mgmt.users u USING (tenant_id, user_id) WHERE u.deleted_at IS NOT NULL" | keep
	check "soak: verify() problems after the run" bench_soak "SELECT count(*) FROM license_mgmt.verify()" 0
	printf 'CHECK\tsoak: "deadlock detected" in the server log (each one a failure, though retried)\t%s\t0\n' "$deadlocks" >> "$results"
	printf 'CHECK\tsoak: ERROR lines in the server log during the soak, serialization failures apart\t%s\t0\n' "$errors" >> "$results"
fi

deadlocks=$(tail -c +$(( log_start + 1 )) "$logfile" | grep -c 'ERROR:  deadlock detected' || true)
printf 'CHECK\t"deadlock detected" in the server log (whole run)\t%s\t0\n' "$deadlocks" >> "$results"
# every ERROR of the run with its DETAIL, CONTEXT and STATEMENT lines (the bench's own time limits show as
# "canceling statement due to statement timeout")
mkdir -p "$here/out"
tail -c +$(( log_start + 1 )) "$logfile" | awk '
	/^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { keep = ($0 ~ / (ERROR|DETAIL|HINT|CONTEXT|STATEMENT): /) }
	keep' > "$here/out/server-errors.log"
[ -s "$here/out/server-errors.log" ] &&
	printf 'INFO\tthe ERROR lines of the server log, with their DETAIL and CONTEXT\t%s\n' "test/bench/out/server-errors.log" >> "$results"
elapsed=$(( $(date +%s) - started ))
say "done"

# ---------------------------------------------------------------- the table
report() {
echo "# license_mgmt benchmarks"
echo
echo "The last full \`make bench\` run, written by it (test/bench/inner.sh): each"
echo "case's figure beside its floor, plain PostgreSQL doing the same rows in the"
echo "same run, their ratio and the target. How to run it: the README, Benchmarks."
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- server: $(psql -X -At -d postgres -c 'SELECT version()' | cut -d, -f1); shared_buffers $(psql -X -At -d postgres -c 'SHOW shared_buffers'), work_mem $(psql -X -At -d postgres -c 'SHOW work_mem'), default everything else"
library_at_end=$(date -u -r "$library" '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || echo '?')
echo "- extension: license_mgmt $(psql -X -At -d postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = 'license_mgmt'"), library built $library_at_start, source $(git -C "$here/../.." describe --always --dirty 2>/dev/null || echo '?')"
[ "$library_at_start" = "$library_at_end" ] ||
	echo "WARNING: the installed library changed during the run ($library_at_start, then $library_at_end): the figures mix two builds"
echo "- run: $elapsed s; flags: users=$BENCH_USERS naive=$BENCH_NAIVE one=$BENCH_ONE nested-one=$BENCH_NESTED_ONE one-seconds=$BENCH_ONE_SECONDS stale=$BENCH_STALE repeat=$BENCH_REPEAT repeat-b2=$BENCH_REPEAT_B2 b4=${BENCH_B4_SECONDS}s/${BENCH_B4_SLICES} clients=$BENCH_CLIENTS scale=$BENCH_SCALE/$BENCH_SCALE_SMALL nested=$BENCH_NESTED_GROUPS/$BENCH_NESTED_LEVELS/$BENCH_NESTED_USERS/$BENCH_SUBTREE catalog=$BENCH_CATALOG soak=${BENCH_SOAK}s"
echo
awk -F'\t' '
	function show(c, w, e, f, r, t, v) { printf "| %-8s | %-s | %s | %s | %s | %s | %s |\n", c, w, e, f, r, t, v }
	BEGIN { print "| case | what (extension / floor) | extension | floor | ratio | target | result |"
			print "|---|---|---|---|---|---|---|" }
	$1 == "RESULT" {
		e = $4; bound = sub(/^>/, "", e)		# ">x": stopped at a time limit, x is a lower bound
		ratio = ($5 > 0) ? e / $5 : 0
		if ($7 ~ /^<=/) { lim = substr($7, 4) + 0; ok = (ratio <= lim) ? "pass" : "FAIL" }
		else if ($7 ~ /^>=/) { lim = substr($7, 4) + 0; ok = (ratio >= lim) ? "pass" : "FAIL" }
		else ok = "-"
		if (bound && $7 ~ /^<=/ && ratio <= lim) ok = "FAIL (stopped)"
		if (ok ~ /FAIL/) failed++
		show($2, $3, $4 " " $6, $5 " " $6, (bound ? ">" : "") sprintf("%.2f", ratio), $7, ok)
	}
	$1 == "LIMIT" {
		ok = ($4 + 0 <= $6 + 0) ? "pass" : "FAIL"; if (ok == "FAIL") failed++
		show($2, $3, $4 " " $5, "-", "-", "<= " $6 " " $5, ok)
	}
	$1 == "CHECK" {
		ok = ($3 == $4) ? "pass" : "FAIL"; if (ok == "FAIL") failed++
		show("check", $2, $3, "-", "-", $4, ok)
	}
	$1 == "INFO" { show("info", $2, $3, "-", "-", "-", "-") }
	$1 == "MISSING" { failed++; show($2, $3, "-", "-", "-", "-", "FAIL") }
	END { print ""; if (failed) print failed " line(s) FAIL"; else print "every target met" }
' "$results"
echo
echo "Runs of each timed case (count, fastest ms, slowest ms):"
echo
awk -F'\t' '$1 == "DETAIL" {printf "- %s %s: %s runs, %s .. %s ms%s\n", $2, $3, $4, $5, $6, ($7 == "" ? "" : " (in order: " $7 ")")}' "$results"
}
report > "$work/report.md"
cat "$work/report.md"
# a run of every part is the latest table
if [ "$BENCH_ONLY" = "$BENCH_ALL" ]; then
	cp "$work/report.md" "$here/RESULTS.md"
	echo "(written to test/bench/RESULTS.md)"
fi
