#!/bin/sh
# Install the Debian packages that building and testing license_mgmt need,
# when missing: those of PostgreSQL major $1 (empty: the distribution's own)
# and any further packages named after it.  A no-op when all are there.
# Used by `make demo`, `make test` and `make bench`; runs apt-get with sudo
# when not root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
major=${1:-}
[ $# -gt 0 ] && shift

sudo=""
# sudo resets the environment: pass DEBIAN_FRONTEND through env
[ "$(id -u)" = 0 ] || sudo="sudo env DEBIAN_FRONTEND=noninteractive"
export DEBIAN_FRONTEND=noninteractive
updated=""
install() {	# install the packages given that are not installed yet
	missing=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "license_mgmt: installing$missing"
	if [ -z "$updated" ]; then
		$sudo apt-get update -qq
		updated=1
	fi
	# shellcheck disable=SC2086
	$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

if [ -z "$major" ]; then
	# postgresql-common knows which major is the distribution's own
	install postgresql-common
	# from trixie on, its supported-versions is in postgresql-common-dev
	[ -x /usr/share/postgresql-common/supported-versions ] || install postgresql-common-dev
	major=$(sh "$here/pg_major.sh")
	[ -n "$major" ] || { echo "license_mgmt: cannot tell the distribution's PostgreSQL major; set PG_CONFIG" >&2; exit 1; }
fi
install make gcc libc6-dev \
	"postgresql-$major" "postgresql-server-dev-$major" "postgresql-$major-pgtap" \
	libtap-parser-sourcehandler-pgtap-perl "$@"
