#!/bin/sh
# show_failures.sh: print what the failed suites left in $FAILURES (the
# pg_regress and isolation diffs, the pgTAP, property and operations output),
# so that it is the last thing a reader sees; always exits 1.
dir=${FAILURES:-tmp_check/failures}
for f in "$dir"/*; do
	[ -f "$f" ] || continue
	echo "==== $(basename "$f")"
	cat "$f"
done
echo "license_mgmt: a suite failed (its output is above)" >&2
exit 1
