#!/bin/sh
# suites.sh TREE DIR PORT: the repository's own suites, the same files as on
# one server, against the Citus cluster that cluster.sh started: the
# pg_regress scenarios, the isolation specs, the pgTAP files and the
# property test, each in a database of the cluster where their own CREATE
# EXTENSION license_mgmt gives a distributed install
# (distribute_on_create.sql), with Contoso and Fabrikam on different workers
# wherever the tenants land.
#
# A file whose result on the cluster is known to differ from one server is
# listed in known_differences with why; every other file must pass, and a
# listed file that passes fails the run until it is taken off the list.
set -eu
tree=$1 dir=$2 port=$3
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
bindir=$(ls -d "$tree"/usr/lib/postgresql/*/bin | tail -n 1)
pgxs=$(dirname "$bindir")/lib/pgxs/src/test
out=$PWD/build/citus/suites
rm -rf "$out"
mkdir -p "$out"
fail=0

# fresh_db NAME: a database of the cluster for one suite; its sessions on
# every node format dates as pg_regress's client asks (the nodes of a
# cluster are set alike: a message a worker writes uses its settings)
fresh_db() {
	sh "$here/cluster.sh" createdb "$tree" "$dir" "$port" "$1"
	"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$1" \
		-c "ALTER DATABASE $1 SET timezone TO 'PST8PDT'" \
		-c "ALTER DATABASE $1 SET datestyle TO 'Postgres, MDY'" \
		-f "$here/distribute_on_create.sql"
}

# why SUITE FILE: the reason listed in known_differences, or nothing
why() {
	awk -F '\t' -v s="$1" -v f="$2" '$1 == s && $2 == f { print $3 }' "$here/known_differences"
}

# judge SUITE RESULTS: RESULTS has a line "file ok" or "file FAILED" per file
judge() {
	while read -r file result; do
		reason=$(why "$1" "$file")
		if [ "$result" = ok ] && [ -z "$reason" ]; then
			echo "ok: $1 $file on the cluster"
		elif [ "$result" = ok ]; then
			echo "FAILED: $1 $file now passes on the cluster: take it off test/citus/known_differences"; fail=1
		elif [ -n "$reason" ]; then
			echo "known difference: $1 $file: $reason"
		else
			echo "FAILED: $1 $file on the cluster (output in $out/$1)"; fail=1
		fi
	done < "$2"
}

# pg_regress's scenarios: one database, as make installcheck runs them
fresh_db license_mgmt_regress
"$pgxs/regress/pg_regress" --use-existing --bindir="$bindir" --host="$dir" --port="$port" --user=postgres \
	--dbname=license_mgmt_regress --inputdir=. --outputdir="$out/regress" \
	$(ls sql | sed -n 's/\.sql$//p') > "$out/regress.log" 2>&1 || true
sed -n 's/^\(not ok\|ok\|test\) *[0-9]* *[-+]* *\([a-z0-9_]*\) *\.\.\. *\(ok\|FAILED\).*/\2 \3/p' \
	"$out/regress.log" > "$out/regress.results"
judge regress "$out/regress.results"

# the isolation specs: one database, as make installcheck runs them, with
# Citus's own test of who waits for whom (a session waits on a worker)
fresh_db license_mgmt_isolation
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d license_mgmt_isolation \
	-c "SELECT citus_internal.replace_isolation_tester_func()" >/dev/null
"$pgxs/isolation/pg_isolation_regress" --use-existing --bindir="$bindir" --host="$dir" --port="$port" \
	--user=postgres --dbname=license_mgmt_isolation --inputdir=test/isolation --outputdir="$out/isolation" \
	$(ls test/isolation/specs | sed -n 's/\.spec$//p') > "$out/isolation.log" 2>&1 || true
sed -n 's/^\(not ok\|ok\|test\) *[0-9]* *[-+]* *\([a-z0-9_]*\) *\.\.\. *\(ok\|FAILED\).*/\2 \3/p' \
	"$out/isolation.log" > "$out/isolation.results"
judge isolation "$out/isolation.results"

# the pgTAP files: one database, as make check-pgtap runs them
fresh_db license_mgmt_pgtap
: > "$out/pgtap.results"
for f in test/pgtap/*.sql; do
	name=$(basename "$f" .sql)
	if PATH="$bindir:$PATH" pg_prove --failures --host "$dir" --port "$port" --username postgres \
		--dbname license_mgmt_pgtap "$f" > "$out/pgtap_$name.log" 2>&1; then
		echo "$name ok" >> "$out/pgtap.results"
	else
		echo "$name FAILED" >> "$out/pgtap.results"
	fi
done
judge pgtap "$out/pgtap.results"

# the property test: thousands of seeded operations, each checked, on the
# cluster (its database prepared here, as for the suites above)
fresh_db license_mgmt_property
if PATH="$bindir:$PATH" PGHOST="$dir" PGPORT="$port" PGUSER=postgres PROPERTY_DB=license_mgmt_property \
	PROPERTY_DB_READY=1 sh test/property/run.sh > "$out/property.log" 2>&1; then
	echo "property ok" > "$out/property.results"
else
	echo "property FAILED" > "$out/property.results"
fi
judge property "$out/property.results"

[ "$(wc -l < "$out/regress.results")" -eq "$(ls sql/*.sql | wc -l)" ] &&
[ "$(wc -l < "$out/isolation.results")" -eq "$(ls test/isolation/specs/*.spec | wc -l)" ] ||
	{ echo "FAILED: not every suite file ran on the cluster (logs in $out)"; fail=1; }
exit $fail
