#!/bin/sh
# run_suite.sh NAME COMMAND...: run one suite, showing its output as it goes;
# when it fails, keep that output in $FAILURES/NAME.log, which the Makefile
# prints last (after the server log pg_virtualenv shows on failure).
set -u
name=$1; shift
dir=${FAILURES:-tmp_check/failures}
mkdir -p "$dir"
log="$dir/$name.log"
{ "$@" 2>&1; echo $? > "$log.status"; } | tee "$log"
status=$(cat "$log.status")
rm -f "$log.status"
[ "$status" = 0 ] && rm -f "$log"
exit "$status"
