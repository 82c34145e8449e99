#!/usr/bin/env bash
# run.sh [RELEASE...]: `make test-matrix` (R16.1).  For each Debian release given
# (default: $MATRIX, else bookworm trixie sid), in throwaway root filesystems
# that mmdebstrap makes from the Debian mirror this machine's apt uses:
#
#   1. a user with sudo, on a system without PostgreSQL, runs `make test` and
#      `make deb` in a copy of the working tree (test/deps.sh installs the
#      release's own PostgreSQL major, so this proves a newcomer's route),
#      then the package's autopkgtest (debian/tests) against it installed;
#   2. in a fresh root filesystem, apt installs the package built in 1, and
#      package_check.sh runs CREATE EXTENSION and the seed walkthrough.
#
# One summary line per release; exits 1 when any release fails.  Needs root
# (mmdebstrap, chroot, mounts); re-runs itself with sudo otherwise.
#
# Cached between runs, in $MATRIX_CACHE (default
# ${XDG_CACHE_HOME:-$HOME/.cache}/license_mgmt/matrix): each release's base
# root filesystem as a tarball, rebuilt after MATRIX_CACHE_DAYS days (default
# 7) or when the mirror changes, and the .debs apt downloads inside, which
# `apt-get autoclean` prunes once the mirror no longer has them.  Each
# release's whole output goes to tmp_check/matrix/RELEASE.log; a failure
# prints its end (MATRIX_VERBOSE=1 shows it all as it goes).
# MATRIX_MIRROR=URI overrides the mirror read from apt.
set -euo pipefail
shopt -s inherit_errexit	# -e inside $(...) too

top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/test/matrix
known="bookworm trixie forky sid"	# the names this script expects; others are tried with a warning
default_releases="bookworm trixie sid"

usage() {
	echo "usage: make test-matrix [MATRIX=\"release ...\"]  (Debian releases; default: $default_releases)" >&2
	exit 2
}

releases=${*:-${MATRIX:-$default_releases}}
for r in $releases; do
	case $r in
	-h|--help) usage ;;
	*[!a-z]*|"") echo "test-matrix: '$r' is not a Debian release name (such as: $known)" >&2; usage ;;
	esac
done

# mmdebstrap in root mode, chroot and mount need root; keep the caller's
# cache and settings across sudo.
if [ "$(id -u)" != 0 ]; then
	echo "test-matrix: running as root with sudo (mmdebstrap, chroot and mounts need it)"
	exec sudo MATRIX_CACHE="${MATRIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/license_mgmt/matrix}" \
		MATRIX_CACHE_DAYS="${MATRIX_CACHE_DAYS:-}" MATRIX_MIRROR="${MATRIX_MIRROR:-}" \
		MATRIX_VERBOSE="${MATRIX_VERBOSE:-}" bash "$0" $releases
fi

cache=${MATRIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/license_mgmt/matrix}
cache_days=${MATRIX_CACHE_DAYS:-7}
case $cache_days in *[!0-9]*|"") echo "test-matrix: MATRIX_CACHE_DAYS must be a number of days, not '$cache_days'" >&2; exit 2 ;; esac
logdir=$top/tmp_check/matrix
mkdir -p "$cache" "$logdir"

# The host's tools, installed when missing (as test/deps.sh does).
export DEBIAN_FRONTEND=noninteractive
missing=""
for p in mmdebstrap debian-archive-keyring git util-linux tar; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "test-matrix: installing$missing"
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# One run at a time per cache: apt inside shares the cached .debs.
exec 9>"$cache/lock"
flock -n 9 || { echo "test-matrix: waiting for another run using $cache"; flock 9; }

# --- The mirror: the URIs of apt's sources on this machine ---------------

# apt_sources: print "URI SUITE" for each deb source with component main,
# from the deb822 files (sources.list.d/*.sources) and the one-line ones.
apt_sources() {
	local f
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		# a blank line ends a stanza; keys are case-insensitive
		awk 'function flush() { if (deb && main && enabled) for (i = 1; i <= ns; i++) for (j = 1; j <= nu; j++) print u[j], s[i];
				deb = main = 0; enabled = 1; nu = ns = 0 }
			BEGIN { enabled = 1 }
			/^[ \t]*#/ { next }
			/^[ \t]*$/ { flush(); next }
			{ key = tolower($1) }
			key == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
			key == "uris:" { for (i = 2; i <= NF; i++) u[++nu] = $i }
			key == "suites:" { for (i = 2; i <= NF; i++) s[++ns] = $i }
			key == "components:" { for (i = 2; i <= NF; i++) if ($i == "main") main = 1 }
			key == "enabled:" { enabled = (tolower($2) != "no") }
			END { flush() }' "$f"
	done
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		# deb [options] URI SUITE COMPONENT...
		awk '$1 == "deb" { i = 2; if ($i ~ /^\[/) while ($i !~ /\]$/) i++; if ($i ~ /^\[/ || $i ~ /\]$/) i++;
				uri = $i; suite = $(i + 1); for (k = i + 2; k <= NF; k++) if ($k == "main") { print uri, suite; break } }' "$f"
	done
}

# The archive is the first source whose suite is not a -security one; the
# security archive, the first whose suite is.
sources=$(apt_sources)
mirror=${MATRIX_MIRROR:-$(echo "$sources" | awk '$2 !~ /-security$|\/updates$/ { print $1; exit }')}
security=$(echo "$sources" | awk '$2 ~ /-security$/ { print $1; exit }')
mirror=${mirror%/}; security=${security%/}
if [ -z "$mirror" ]; then
	echo "test-matrix: found no Debian mirror (a deb source with component main) in /etc/apt/sources.list or /etc/apt/sources.list.d/; set MATRIX_MIRROR=URI" >&2
	exit 2
fi

# has_suite URI SUITE: whether the archive at URI has that suite (a snapshot
# or partial mirror may not have every -updates or -security suite).
has_suite() {
	local out
	out=$(mktemp)
	if /usr/lib/apt/apt-helper download-file "$1/dists/$2/InRelease" "$out" >/dev/null 2>&1 ||
	   /usr/lib/apt/apt-helper download-file "$1/dists/$2/Release" "$out" >/dev/null 2>&1; then
		rm -f "$out"; return 0
	fi
	rm -f "$out"; return 1
}

# Every release asked for must be on the mirror: say so now, not after an hour.
for r in $releases; do
	if ! has_suite "$mirror" "$r"; then
		echo "test-matrix: the mirror $mirror has no Debian release '$r' (expected names such as: $known)" >&2
		exit 2
	fi
	case " $known " in *" $r "*) ;; *) echo "test-matrix: warning: '$r' is not one of $known; trying it" >&2 ;; esac
done

# source_lines RELEASE: the apt lines of a root filesystem of RELEASE: the
# release itself, and its -updates and -security suites where they exist.
source_lines() {
	echo "deb $mirror $1 main"
	has_suite "$mirror" "$1-updates" && echo "deb $mirror $1-updates main"
	[ -n "$security" ] && has_suite "$security" "$1-security" && echo "deb $security $1-security main"
	return 0
}

# --- Root filesystems ----------------------------------------------------

# What every base has besides Debian's required packages: sudo and make (what
# a newcomer types `make test` with), a user "builder" with passwordless sudo,
# /etc/hosts for localhost and the host name in_root sets, and the mirror's Valid-Until not enforced, since a
# snapshot's sid Release is past it (also inside, for apt-get update).
base_options=(--variant=required --include=sudo,make
	--keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	--aptopt='Acquire::Check-Valid-Until "false"'
	--skip=cleanup/apt/lists
	--customize-hook='printf "127.0.0.1\tlocalhost\n127.0.1.1\tlicense-mgmt-matrix\n::1\tlocalhost ip6-localhost ip6-loopback\n" > "$1/etc/hosts"'
	--customize-hook='echo license-mgmt-matrix > "$1/etc/hostname"'
	--customize-hook='chroot "$1" useradd --create-home --shell /bin/bash builder'
	--customize-hook='echo "builder ALL=(ALL) NOPASSWD: ALL" > "$1/etc/sudoers.d/builder"; chmod 440 "$1/etc/sudoers.d/builder"')

# base RELEASE: print the path of the release's base tarball, building it
# when missing, older than cache_days, or made from other sources or options.
base() {
	local r=$1 tarball=$cache/base-$1.tar stamp
	stamp=$(source_lines "$r"; printf '%s\n' "${base_options[@]}")
	if [ -f "$tarball" ] && [ "$(cat "$tarball.stamp" 2>/dev/null)" = "$stamp" ] &&
	   [ -z "$(find "$tarball" -mtime +"$cache_days")" ]; then
		echo "$tarball"; return 0
	fi
	echo "[$r] building the base root filesystem with mmdebstrap" >&2
	rm -f "$tarball" "$tarball.stamp"
	# shellcheck disable=SC2046
	# in namespaces of its own, as in_root, and with its temporary
	# directory under $work, so an interruption leaves neither behind
	TMPDIR=$work unshare --mount --pid --fork --kill-child --propagation private -- \
		mmdebstrap --quiet --format=tar "${base_options[@]}" "$r" "$tarball.new" "$(source_lines "$r")" >&2
	mv "$tarball.new" "$tarball"
	echo "$stamp" > "$tarball.stamp"
	echo "$tarball"
}

# in_root ROOT DEBS COMMAND...: run COMMAND chrooted in ROOT, in new mount,
# PID and UTS namespaces: /proc, /sys, a private /dev (with its own /dev/pts
# and /dev/shm) and the .deb cache DEBS are mounted there only, and go away
# with the namespaces however the command ends, as do any processes it left
# (a server included); the host name is the base's.
in_root() {
	unshare --mount --pid --uts --fork --kill-child --propagation private -- bash -euc '
		root=$1 debs=$2; shift 2
		hostname "$(cat "$root/etc/hostname")"
		mount -t proc proc "$root/proc"
		mount -t sysfs -o ro sysfs "$root/sys"
		mount -t tmpfs -o mode=755,nosuid dev "$root/dev"
		for d in null zero full random urandom tty; do
			touch "$root/dev/$d"; mount --bind "/dev/$d" "$root/dev/$d"
		done
		mkdir "$root/dev/pts" "$root/dev/shm"
		mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
		ln -s pts/ptmx "$root/dev/ptmx"
		mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
		ln -s /proc/self/fd "$root/dev/fd"
		ln -s /proc/self/fd/0 "$root/dev/stdin"
		ln -s /proc/self/fd/1 "$root/dev/stdout"
		ln -s /proc/self/fd/2 "$root/dev/stderr"
		mount --bind "$debs" "$root/var/cache/apt/archives"
		cp /etc/resolv.conf "$root/etc/resolv.conf"
		# not exec: this bash stays the namespace'"'"'s init, which must reap
		# the processes orphaned inside (a killed server'"'"'s children, which
		# the crash test waits to see gone); not the last simple command
		# either, which bash would exec
		chroot "$root" "$@" || exit $?' in_root "$@"
}

# as_builder ROOT DEBS SCRIPT: run the shell script SCRIPT in ROOT as the
# user builder, in a login environment, in a UTF-8 locale.
as_builder() {
	in_root "$1" "$2" runuser -l builder -c "export LANG=C.UTF-8; set -e; $3"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/license_mgmt-matrix.XXXXXX")
cleanup() {
	# the namespaces are gone with their processes, so no mount is left
	# under $work; --one-file-system keeps rm away from any that is
	rm -rf --one-file-system "$work"
	# run with sudo: the logs and the cache are the caller's, as their place
	if [ -n "${SUDO_UID:-}" ]; then
		chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$logdir" "$cache" 2>/dev/null || true
	fi
}
trap cleanup EXIT

# Each phase runs as a job of its own process group (set -m), so that an
# interruption ends all of it: KILL, since unshare ignores TERM while it
# waits, and its end takes every process of its namespaces with it.
set -m
phase_pid=""
interrupted() {
	echo "test-matrix: interrupted" >&2
	[ -z "$phase_pid" ] || kill -KILL -- "-$phase_pid" 2>/dev/null || true
	wait
	exit 130
}
trap interrupted INT TERM HUP

# The working tree as it is: its tracked files (uncommitted changes
# included, new files once added), no build products.
tree=$work/tree.tar
if ! (cd "$top" && git -c safe.directory="$top" ls-files -z --cached) > "$work/files"; then
	echo "test-matrix: cannot list the files of $top with git (is it a git checkout?)" >&2
	exit 2
fi
# a tracked file deleted in the tree is left out (--ignore-failed-read)
tar -C "$top" -c --null -T "$work/files" --ignore-failed-read --transform 's,^,license_mgmt/,' -f "$tree" 2>/dev/null

# fresh RELEASE NAME: extract the release's base into a new directory and
# print its path.
fresh() {
	local root=$work/$1-$2 tarball
	tarball=$(base "$1")
	mkdir "$root"
	tar -C "$root" -xf "$tarball"
	echo "$root"
}

# seconds as 3m05s
took() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# test_phase RELEASE DEBS: in a fresh root filesystem, make test and make
# deb as the user builder; the built packages are copied to $work/RELEASE-debs.
test_phase() {
	local root
	root=$(fresh "$1" test)
	tar -C "$root/home/builder" -xf "$tree"
	in_root "$root" "$2" chown -R builder: /home/builder/license_mgmt
	echo "[$1] make test, as a user with sudo, PostgreSQL not installed yet"
	as_builder "$root" "$2" 'cd license_mgmt && make test'
	echo "[$1] make deb"
	as_builder "$root" "$2" 'cd license_mgmt && make deb'
	mkdir "$work/$1-debs"
	# the packages, not their debug symbols (-dbgsym)
	cp "$root"/home/builder/license_mgmt/build/deb/postgresql-*-license-mgmt_*.deb "$work/$1-debs/"
	# the package's own autopkgtest (debian/tests: the pg_regress and
	# isolation suites) against it installed, here where its tools are
	echo "[$1] debian/tests/installcheck against the package installed"
	as_builder "$root" "$2" 'cd license_mgmt/build/deb &&
		sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./postgresql-*-license-mgmt_*.deb > /dev/null &&
		cd license-mgmt-* && debian/tests/installcheck'
	# the .debs the mirror no longer has leave the cache
	in_root "$root" "$2" apt-get autoclean -qq
	rm -rf --one-file-system "$root"
}

# package_phase RELEASE DEBS: in a fresh root filesystem, apt installs the
# packages built and package_check.sh tries them.
package_phase() {
	local root
	root=$(fresh "$1" package)
	mkdir "$root/home/builder/package"
	cp "$work/$1-debs"/*.deb "$here/package_check.sh" "$top/sql/seed_walkthrough.sql" \
		"$top/expected/seed_walkthrough.out" "$root/home/builder/package/"
	in_root "$root" "$2" chown -R builder: /home/builder/package
	echo "[$1] in a fresh root filesystem, the packages built:" $(cd "$work/$1-debs" && ls)
	as_builder "$root" "$2" 'cd package && sh package_check.sh'
	rm -rf --one-file-system "$root"
}

# phase FUNCTION ARG...: run one phase with -e, its output to $log, as a
# job (see set -m above); its status in $rc.  (Called in a condition,
# `if phase ...`, a function would run with -e ignored throughout.)
phase() {
	( set -e; "$@" ) >> "$log" 2>&1 < /dev/null &
	phase_pid=$!
	set +e
	wait "$phase_pid"
	rc=$?
	set -e
	phase_pid=""
}

# run_release RELEASE: both phases, their output in the release's log; adds
# the release's summary line.
summary=()
failed=0
run_release() {
	local r=$1 log=$logdir/$1.log debs=$cache/debs-$1 start=$SECONDS t_test="" t_package="" result=pass line rc major
	mkdir -p "$debs/partial"
	: > "$log"
	echo "[$r] test-matrix: log in $log"
	phase base "$r"
	if [ $rc = 0 ]; then
		t_test=$SECONDS
		phase test_phase "$r" "$debs"
		if [ $rc = 0 ]; then
			t_package=$SECONDS
			phase package_phase "$r" "$debs"
			[ $rc = 0 ] || result="FAIL (the package)"
		else
			result="FAIL (make test, make deb or debian/tests)"
		fi
	else
		result="FAIL (the base root filesystem)"
	fi
	# the major test/deps.sh installed, as its log line names it
	major=$(sed -n 's/^license_mgmt: installing .*postgresql-\([0-9][0-9]*\) .*/\1/p' "$log" | head -n 1)
	line=$(printf '%-9s PostgreSQL %-3s %s in %s' "$r" "${major:-?}" "$result" "$(took $((SECONDS - start)))")
	[ -n "$t_test" ] && line="$line (base $(took $((t_test - start)))"
	[ -n "$t_package" ] && line="$line, make test + deb $(took $((t_package - t_test))), package $(took $((SECONDS - t_package)))"
	[ -n "$t_test" ] && line="$line)"
	if [ "$result" != pass ]; then
		failed=1
		echo "[$r] failed; the end of $log:"
		tail -n 80 "$log" | sed "s/^/[$r] /"
	fi
	echo "test-matrix: $line"
	summary+=("$line")
}

total=$SECONDS
for r in $releases; do
	if [ -n "${MATRIX_VERBOSE:-}" ]; then
		tail -n +1 -F "$logdir/$r.log" 2>/dev/null & tailer=$!
		run_release "$r"
		kill "$tailer" 2>/dev/null || true
	else
		run_release "$r"
	fi
done

echo
echo "test-matrix: mirror $mirror${security:+, security $security}"
for line in "${summary[@]}"; do echo "test-matrix: $line"; done
echo "test-matrix: $(took $((SECONDS - total))) in all"
exit $failed
