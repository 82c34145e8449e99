#!/bin/sh
# test/property/run.sh: the property test of license_mgmt (property.sql).
#
# Thousands of seeded random operations on a few tenants, each checked as it
# happens, and every invariant (verify() empty, counters equal to a count
# from scratch, no seat taken past the total, plan rules held) checked every
# PROPERTY_CHECK_EVERY operations and at the end.  Run by `make test` in a
# throwaway cluster (PGHOST, PGPORT, PGUSER set); creates its own database.
#
#   PROPERTY_SEED         the seed (an integer; default 1): same seed, same operations
#   PROPERTY_OPS          how many operations (default 3000)
#   PROPERTY_CHECK_EVERY  full check every N operations (default 10)
#   PROPERTY_STOP         1 (default): stop at the first failure; 0: go on
#   PROPERTY_STRICT       1 (default): also fail on the strict checks (an error state
#                         whose cause is gone was not re-judged); 0: report only the rest
#   PROPERTY_DB           the database (default license_mgmt_property; dropped first)
#   PROPERTY_DB_READY     1: PROPERTY_DB already exists, prepared by the caller (e.g. on a
#                         Citus cluster: citus on every node, the nodes registered) and
#                         without license_mgmt: it is neither dropped nor created; the
#                         extension is created in it as usual.  Default 0
#   PROPERTY_REPLAY       a script written by a failed run: replay it and check
#
# On failure it prints what failed, the operations that led there, and writes
# a script that replays the run ($TMPDIR/license_mgmt_property/replay-<seed>.sql,
# or PROPERTY_OUT).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
seed=${PROPERTY_SEED:-1}
ops=${PROPERTY_OPS:-3000}
every=${PROPERTY_CHECK_EVERY:-10}
stop=${PROPERTY_STOP:-1}
db=${PROPERTY_DB:-license_mgmt_property}
out=${PROPERTY_OUT:-${TMPDIR:-/tmp}/license_mgmt_property}

case "$seed$ops$every" in *[!0-9]*) echo "property: PROPERTY_SEED, PROPERTY_OPS and PROPERTY_CHECK_EVERY must be integers" >&2; exit 2;; esac
[ "$every" -ge 1 ] || { echo "property: PROPERTY_CHECK_EVERY must be at least 1" >&2; exit 2; }
case "$stop" in 0) stop=false;; *) stop=true;; esac
case "${PROPERTY_STRICT:-1}" in 0) strict=false;; *) strict=true;; esac

PSQL="psql -X -q -v ON_ERROR_STOP=1"
PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning -c jit=off"
export PGOPTIONS

if [ "${PROPERTY_DB_READY:-0}" != 1 ]; then
	$PSQL -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi
$PSQL -d "$db" -c 'CREATE EXTENSION license_mgmt' -f "$here/property.sql" >/dev/null

if [ -n "${PROPERTY_REPLAY:-}" ]; then
	psql -X -q -v ON_ERROR_STOP=0 -d "$db" -f "$PROPERTY_REPLAY" >/dev/null 2>&1 || true
	problems=$($PSQL -At -d "$db" -c "SELECT check_name || ': ' || detail FROM prop.check() ORDER BY 1")
	if [ -n "$problems" ]; then
		echo "property replay of $PROPERTY_REPLAY: FAILED"
		echo "$problems"
		exit 1
	fi
	echo "property replay of $PROPERTY_REPLAY: every invariant holds"
	exit 0
fi

start=$(date +%s)
status=0
$PSQL -d "$db" -c "CALL prop.run($seed, $ops, $every, $stop, $strict)" || status=$?
elapsed=$(( $(date +%s) - start ))

nfail=$($PSQL -At -d "$db" -c "SELECT count(*) FROM prop.failures")
$PSQL -At -d "$db" <<SQL
SELECT format('property: seed %s, %s operations in %s s (%s ok, %s refused, %s failed), %s full checks',
			  $seed, count(*), $elapsed, count(*) FILTER (WHERE outcome = 'ok'),
			  count(*) FILTER (WHERE outcome = 'refused'), count(*) FILTER (WHERE outcome = 'error'),
			  (SELECT count(*) FROM prop.checks_run))
  FROM prop.log WHERE op_no > 0;
SELECT 'property: refusals: ' || COALESCE(string_agg(format('%s %s', n, constraint_name), ', ' ORDER BY n DESC, constraint_name), 'none')
  FROM (SELECT COALESCE(constraint_name, sqlstate) AS constraint_name, count(*) AS n
		  FROM prop.log WHERE outcome = 'refused' GROUP BY 1) r;
SELECT 'property: final states: ' || COALESCE(string_agg(format('%s %s', n, st), ', ' ORDER BY n DESC, st), 'none')
  FROM (SELECT state || COALESCE('/' || error, '') AS st, count(*) AS n
		  FROM license_mgmt.license_states GROUP BY 1) s;
SQL

if [ "$status" -ne 0 ] || [ "$nfail" -ne 0 ]; then
	mkdir -p "$out"
	replay="$out/replay-$seed.sql"
	$PSQL -At -d "$db" -c "SELECT prop.replay_script()" > "$replay"
	echo "property: FAILED (seed $seed)"
	$PSQL -d "$db" <<SQL
\pset pager off
\pset footer off
SELECT op_no AS op, kind, check_name, detail FROM prop.failures ORDER BY id LIMIT 20;
SELECT op_no AS op, change AS "license states the failing operation changed"
  FROM prop.changes WHERE op_no = (SELECT min(op_no) FROM prop.failures) ORDER BY change LIMIT 40;
SELECT op_no AS op, kind, outcome, COALESCE(constraint_name, sqlstate) AS refusal,
       CASE WHEN length(sql) > 400 THEN left(sql, 400) || ' ...' ELSE sql END AS sql
  FROM prop.log
 WHERE op_no > 0
   AND op_no > COALESCE((SELECT min(op_no) FROM prop.failures), (SELECT max(op_no) FROM prop.log)) - 12
   AND op_no <= COALESCE((SELECT min(op_no) FROM prop.failures), (SELECT max(op_no) FROM prop.log))
 ORDER BY seq;
SQL
	first=$($PSQL -At -d "$db" -c "SELECT min(op_no) FROM prop.failures")
	clean=$($PSQL -At -d "$db" -c "SELECT max(c.op_no) FROM prop.checks_run c WHERE c.op_no < (SELECT min(op_no) FROM prop.failures)")
	if [ -n "$first" ] && [ -n "$clean" ] && [ $((first - clean)) -gt 1 ]; then
		echo "property: the full check after op $clean passed and the one after op $first failed: the failure came"
		echo "property: from one of ops $((clean + 1))..$first; PROPERTY_CHECK_EVERY=1 finds which (same seed, same operations)"
	fi
	echo "property: the run replays with: PROPERTY_REPLAY=$replay sh $0"
	exit 1
fi
echo "property: every invariant held"
