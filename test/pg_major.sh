#!/bin/sh
# Print the PostgreSQL major version to build for: that of the pg_config
# given as $1 (its path names the major when it is not installed yet), else
# the distribution's own, as postgresql-common's supported-versions tells.
# Prints nothing when neither can be known (postgresql-common not installed).
set -eu
if [ -n "${1:-}" ]; then
	if [ -x "$1" ]; then
		"$1" --version | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p'
	else
		echo "$1" | sed -n 's|.*/postgresql/\([0-9][0-9]*\)/.*|\1|p'
	fi
	exit 0
fi
supported=/usr/share/postgresql-common/supported-versions
[ -x "$supported" ] && "$supported" 2>/dev/null | tail -n 1
exit 0
