#!/bin/sh
# deb.sh: `make deb`.  Builds the Debian packages postgresql-NN-license-mgmt
# with Debian's extension tooling (debian/, pg_buildext), one for each
# PostgreSQL major installed here (the distribution's own when none is,
# installing it), into build/deb/.  Installs what the build needs when missing
# (apt-get, with sudo when not root).  The build runs the pg_regress and
# isolation suites against each build (DEB_BUILD_OPTIONS=nocheck skips them).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=$top/build/deb
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo env DEBIAN_FRONTEND=noninteractive"
export DEBIAN_FRONTEND=noninteractive

# debian/changelog's version is the extension's (1.1-1 packages 1.1), and so
# is META.json's, in the semantic versioning PGXN asks for (1.1.0).
extension=$(sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" license_mgmt.control)
changelog=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' debian/changelog)
upstream=$(echo "$changelog" | sed 's/^[0-9]*://; s/-[^-]*$//')
if [ "$upstream" != "$extension" ]; then
	echo "make deb: debian/changelog says $changelog, but license_mgmt.control's default_version is $extension; add a changelog entry for $extension-1" >&2
	exit 1
fi
semver=$(echo "$extension" | sed 's/^[0-9]*\.[0-9]*$/&.0/')
# every "version" but the meta-spec's
for v in $(awk '/"meta-spec"/ { spec = 1 } spec && /}/ { spec = 0; next }
		!spec && /"version"/ { sub(/.*"version" *: *"/, ""); sub(/".*/, ""); print }' META.json | sort -u); do
	[ "$v" = "$semver" ] || { echo "make deb: META.json says version $v, but license_mgmt.control's default_version is $extension (in PGXN's form: $semver)" >&2; exit 1; }
done

# The majors to build for: every installed server, else the distribution's
# own (test/deps.sh installs it, with the build tools).
majors=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sed 's|^/usr/lib/postgresql/\([0-9]*\)/.*|\1|' | sort -n | tr '\n' ' ')
dev=""
for m in $majors; do dev="$dev postgresql-server-dev-$m"; done
# shellcheck disable=SC2086
sh test/deps.sh "" dpkg-dev debhelper postgresql-server-dev-all $dev
# pg_buildext builds for the versions whose postgresql-server-dev-NN is
# installed (PG_SUPPORTED_VERSIONS=installed), within debian/pgversions.
export PG_SUPPORTED_VERSIONS=installed

# Build in a copy, so that the working tree keeps neither the package's
# build products nor its own (an object built for another major or with
# assertions would otherwise be packaged).
src=$out/license-mgmt-$extension
rm -rf "$out"
mkdir -p "$src"
tar -c --exclude=./build --exclude=./.git --exclude=./tmp_check --exclude=./results \
	--exclude=./output_iso --exclude='*.o' --exclude='*.so' --exclude='*.bc' . | tar -C "$src" -x
cd "$src"
pg_buildext updatecontrol
echo "make deb: building for PostgreSQL $(pg_buildext supported-versions | tr '\n' ' ')"
# whatever else debian/control asks for
if ! dpkg-checkbuilddeps > /dev/null 2>&1; then
	echo "make deb: installing the build dependencies debian/control names"
	$sudo apt-get update -qq
	$sudo apt-get build-dep -y -qq --no-install-recommends . > /dev/null
fi
dpkg-buildpackage -us -uc -b
cd "$out"
echo "make deb: built in $out:"
ls -1 "$out"/*.deb
