#!/bin/sh
# Run every test of frex: unit programs (TAP), then every tests/*/test_*.sh
# script (exit status 0 = pass).  Prints one line per test and a closing
# "N passed, N failed" line; exits 1 when anything failed.
# Environment: FREX (binary, default bin/frex), BUILD (default build),
# RUN (prefix such as valgrind), SHARED (default ../shared).
set -u
cd "$(dirname "$0")/.." || exit 2
FREX=${FREX:-bin/frex}; BUILD=${BUILD:-build}; SHARED=${SHARED:-../shared}
case $FREX in /*) ;; *) FREX=$PWD/$FREX ;; esac
export FREX BUILD SHARED RUN="${RUN:-}" LC_ALL=C.UTF-8
pass=0; fail=0; failed=""
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
one() { # name command...
  name=$1; shift
  if "$@" >"$log/out" 2>&1; then
    pass=$((pass + 1)); echo "PASS $name"
    # scores and figures a test prints on lines starting with "SCORE"
    grep '^SCORE' "$log/out" | sed 's/^/    /'
  else
    fail=$((fail + 1)); failed="$failed $name"; echo "FAIL $name"
    sed 's/^/    /' "$log/out" | tail -n 40
  fi
}
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  one "unit/$(basename "$t")" $RUN "$t"
done
for t in tests/*/test_*.sh; do
  [ -f "$t" ] || continue
  one "${t#tests/}" sh "$t"
done
echo
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
