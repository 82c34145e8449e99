#!/bin/sh
# package_check.sh: run by test/matrix/run.sh as a user with sudo, in a fresh
# root filesystem, in a directory holding the .debs `make deb` built,
# sql/seed_walkthrough.sql and expected/seed_walkthrough.out.  Installs the
# packages with apt as a DBA would, then in a throwaway cluster of each
# packaged major: CREATE EXTENSION, and the seed walkthrough run the way
# pg_regress runs it, compared with its expected output.
set -eu
export DEBIAN_FRONTEND=noninteractive
sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./*.deb > /dev/null

for deb in ./*.deb; do
	package=$(dpkg-deb -f "$deb" Package)
	major=$(echo "$package" | sed -n 's/^postgresql-\([0-9][0-9]*\)-license-mgmt$/\1/p')
	[ -n "$major" ] || { echo "package_check: $deb is not a postgresql-NN-license-mgmt package" >&2; exit 1; }
	# the extension's files are the package's, not a build's
	lib=$(/usr/lib/postgresql/"$major"/bin/pg_config --pkglibdir)/license_mgmt.so
	dpkg -S "$lib" | grep -q "^$package:" || { echo "package_check: $lib is not from $package" >&2; exit 1; }
	echo "package_check: $package $(dpkg-query -W -f='${Version}' "$package") installed with apt"
	# pg_regress's client settings, which the expected output was made with
	PGTZ=America/Los_Angeles PGDATESTYLE="Postgres, MDY" pg_virtualenv -v "$major" sh -euc '
		psql -X -q -c "CREATE DATABASE license_mgmt_package" postgres
		psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION license_mgmt" \
			-c "SELECT '\''package_check: CREATE EXTENSION license_mgmt '\'' || extversion || '\'' on '\'' || version() FROM pg_extension WHERE extname = '\''license_mgmt'\''" \
			-At license_mgmt_package
		psql -X -q -c "CREATE DATABASE license_mgmt_seed" postgres
		psql -X -a -q -d license_mgmt_seed < seed_walkthrough.sql > seed_walkthrough.result 2>&1
		if diff -u seed_walkthrough.out seed_walkthrough.result; then
			echo "package_check: the seed walkthrough matches expected/seed_walkthrough.out"
		else
			echo "package_check: the seed walkthrough differs from expected/seed_walkthrough.out (diff above)" >&2
			exit 1
		fi'
done
