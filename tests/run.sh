#!/bin/sh
# Run every test of frex: unit programs (TAP), then every tests/*/test_*.sh
# script.  A test passes with exit status 0, is skipped with 77 (it prints
# "SKIP: reason" — tests/lib.sh: skip, need_shared, need_cmd), and fails
# with anything else.  Prints one line per test with its time, the lines a
# test marks "SCORE" (and "# SKIP" notes of checks it could not make) under
# PASS, its failing checks and last lines under FAIL, then "N passed, N
# failed, N skipped"; exits 1 when anything failed.
# Environment: FREX (binary, default bin/frex), BUILD (default build),
# RUN (prefix such as valgrind), SHARED (default ../shared), FAIL_FAST=1
# (stop at the first failure: scripts/mutants.sh), TESTS (a space-separated
# list of test names to run, e.g. "unit/test_api robustness/test_big.sh").
set -u
cd "$(dirname "$0")/.." || exit 2
FREX=${FREX:-bin/frex}; BUILD=${BUILD:-build}; SHARED=${SHARED:-../shared}
case $FREX in /*) ;; *) FREX=$PWD/$FREX ;; esac
export FREX BUILD SHARED RUN="${RUN:-}" LC_ALL=C.UTF-8
pass=0; fail=0; skipped=0; failed=""
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
now() { date +%s.%N; }

wanted() { # name: in $TESTS, or no $TESTS
  [ -z "${TESTS:-}" ] && return 0
  for _t in $TESTS; do [ "$_t" = "$1" ] && return 0; done
  return 1
}

one() { # name command...
  name=$1; shift
  wanted "$name" || return 0
  t0=$(now)
  "$@" >"$log/out" 2>&1
  rc=$?
  secs=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
  if [ $rc -eq 0 ]; then
    pass=$((pass + 1)); echo "PASS $name (${secs} s)"
    grep -e '^SCORE' -e '^# SKIP' "$log/out" | sed 's/^/    /'
  elif [ $rc -eq 77 ]; then
    skipped=$((skipped + 1))
    reason=$(grep -m 1 '^SKIP' "$log/out" | sed 's/^SKIP:* *//')
    echo "SKIP $name: ${reason:-no reason given (a test must say why)}"
  else
    fail=$((fail + 1)); failed="$failed $name"
    echo "FAIL $name (exit $rc, ${secs} s)"
    # the failing checks first (TAP "not ok" and what follows them), then
    # the end of the output
    grep -A 3 '^not ok' "$log/out" | head -n 30 | sed 's/^/    /'
    echo "    --- last lines:"
    tail -n 15 "$log/out" | sed 's/^/    /'
    [ "${FAIL_FAST:-}" = 1 ] && finish
  fi
}

finish() {
  echo
  [ -n "$failed" ] && echo "failed:$failed"
  echo "$pass passed, $fail failed, $skipped skipped"
  [ "$fail" -eq 0 ] && exit 0
  exit 1
}

for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  one "unit/$(basename "$t")" $RUN "$t"
done
for t in tests/*/test_*.sh; do
  [ -f "$t" ] || continue
  one "${t#tests/}" sh "$t"
done
finish
