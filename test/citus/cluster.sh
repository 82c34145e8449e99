#!/bin/sh
# cluster.sh start|stop|createdb TREE DIR PORT [DB]: a Citus cluster on
# localhost from the private PostgreSQL in TREE (build.sh): a coordinator
# on PORT and two workers on PORT+1 and PORT+2, data and sockets in DIR,
# trust authentication on the socket and localhost only.  start creates
# the nodes when DIR has none yet and starts them; createdb makes DB anew
# on every node, with citus, the coordinator and both workers registered
# (Citus keeps its metadata per database).  As root, the servers run as
# the postgres user.  Every session loads license_mgmt as it starts
# (session_preload_libraries, as the README asks of a cluster), so that
# a refusal a worker raised for a plain INSERT keeps its constraint name
# even in a session that called none of the extension's functions; and a
# SET LOCAL reaches the workers a transaction writes on (as the README asks
# of a cluster: session_replication_role for a restore, license_mgmt.*).
set -eu
action=$1 tree=$2 dir=$3 port=$4 db=${5:-}
bindir=$(ls -d "$tree"/usr/lib/postgresql/*/bin | tail -n 1)
ports="$port $((port + 1)) $((port + 2))"
as_server() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_on() {	# port, then psql arguments
	p=$1; shift
	as_server "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$p" -U postgres "$@"
}

case $action in
createdb)
	for p in $ports; do
		psql_on "$p" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" 2>/dev/null
		psql_on "$p" -d "$db" -c "CREATE EXTENSION citus"
	done
	psql_on "$port" -d "$db" \
		-c "SELECT citus_set_coordinator_host('localhost', $port)" \
		-c "SELECT citus_add_node('localhost', $((port + 1)))" \
		-c "SELECT citus_add_node('localhost', $((port + 2)))" >/dev/null
	exit 0 ;;
stop)
	for p in $ports; do
		[ -f "$dir/n$p/postmaster.pid" ] && as_server "$bindir/pg_ctl" -D "$dir/n$p" -m immediate -w stop >/dev/null || true
	done
	exit 0 ;;
start) ;;
*) echo "usage: cluster.sh start|stop|createdb TREE DIR PORT [DB]" >&2; exit 2 ;;
esac

if [ ! -d "$dir/n$port" ]; then
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	for p in $ports; do
		as_server "$bindir/initdb" -A trust -U postgres -E UTF8 --locale=C -D "$dir/n$p" >/dev/null
		cat >> "$dir/n$p/postgresql.conf" <<-EOF
		port = $p
		unix_socket_directories = '$dir'
		listen_addresses = 'localhost'
		shared_preload_libraries = 'citus'
		session_preload_libraries = 'license_mgmt'
		citus.propagate_set_commands = 'local'
		max_prepared_transactions = 100
		wal_level = logical
		fsync = off
		max_connections = 200
		max_worker_processes = 32
		EOF
	done
fi
for p in $ports; do
	as_server "$bindir/pg_ctl" -D "$dir/n$p" -l "$dir/n$p.log" -w start >/dev/null
done
