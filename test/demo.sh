#!/bin/sh
# demo.sh [--shell]: the seed walkthrough in a throwaway cluster, run by
# `make demo` (printed as psql runs it) and `make demo-shell` (loaded
# quietly, then a psql on it to explore).
set -eu
cd "$(dirname "$0")/.."
psql -X -q -c 'CREATE DATABASE license_demo' postgres
if [ "${1:-}" = --shell ]; then
	psql -X -q -v ON_ERROR_STOP=0 -d license_demo -f sql/seed_walkthrough.sql >/dev/null 2>&1
	echo "license_mgmt: the demo's data, in database license_demo of a throwaway cluster"
	echo "(search_path license_mgmt; try: SELECT * FROM product_summary;  \\q ends it and drops the cluster)"
	PGOPTIONS="-c search_path=license_mgmt,public" psql -X -d license_demo
else
	psql -X -a -q -v ON_ERROR_STOP=0 -d license_demo -f sql/seed_walkthrough.sql 2>&1
	echo
	echo "license_mgmt: that was the seed walkthrough (sql/seed_walkthrough.sql)."
	echo "To explore its data in psql: make demo-shell"
fi
