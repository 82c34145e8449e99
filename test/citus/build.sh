#!/bin/sh
# build.sh PG_CONFIG CITUS_DIR TREE: a private copy of the PostgreSQL that
# PG_CONFIG names, in TREE, with Citus built from CITUS_DIR's tarball
# installed into it (and nothing into the system's directories).  A copied
# PostgreSQL finds its files relative to its own binaries, so the copy is
# complete with bin, lib, share and the server headers.  Patches beside the
# tarball are applied when they apply (pg15.20-have_createdb_privilege.patch
# is needed by Debian's 15.20 and no other).  A no-op when TREE already has
# Citus from the same tarball.
set -eu
pg_config=$1 citus_dir=$2 tree=$3

tarball=$(ls "$citus_dir"/citus-*.tar.gz 2>/dev/null | tail -n 1)
[ -n "$tarball" ] || { echo "license_mgmt: no citus-*.tar.gz in $citus_dir (set CITUS_DIR)" >&2; exit 1; }
stamp="$tree/.citus-built"
sum=$(sha256sum "$tarball" | cut -d' ' -f1)
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum $pg_config" ] && exit 0

rm -rf "$tree"
mkdir -p "$tree"
for dir in "$("$pg_config" --bindir)/.." "$("$pg_config" --sharedir)" "$("$pg_config" --includedir)"; do
	dir=$(cd "$dir" && pwd)
	mkdir -p "$tree$(dirname "$dir")"
	cp -a "$dir" "$tree$(dirname "$dir")/"
done
private_config="$tree$("$pg_config" --bindir)/pg_config"
[ "$("$private_config" --pkglibdir)" = "$tree$("$pg_config" --pkglibdir)" ] ||
	{ echo "license_mgmt: the copy of PostgreSQL in $tree does not find its own files" >&2; exit 1; }

src="$tree/src"
mkdir -p "$src"
tar -xzf "$tarball" -C "$src"
cd "$src"/citus-*
for p in "$citus_dir"/*.patch; do
	[ -f "$p" ] || continue
	if patch -p1 --dry-run -s < "$p" >/dev/null 2>&1; then
		echo "license_mgmt: applying $(basename "$p")"
		patch -p1 -s < "$p"
	fi
done
echo "license_mgmt: building $(basename "$tarball") into $tree (about 2 minutes)"
./configure -q PG_CONFIG="$private_config" > "$tree/citus-configure.log" 2>&1 ||
	{ tail -n 20 "$tree/citus-configure.log" >&2; exit 1; }
make -s -j"$(nproc)" > "$tree/citus-build.log" 2>&1 || { tail -n 40 "$tree/citus-build.log" >&2; exit 1; }
make -s install >> "$tree/citus-build.log" 2>&1 || { tail -n 20 "$tree/citus-build.log" >&2; exit 1; }
echo "$sum $pg_config" > "$stamp"
