# tests/lib.sh — what every test script may share (POSIX sh), sourced from
# the repository root (tests/run.sh runs every test from there).
#
# A test that cannot run says why and exits 77, which tests/run.sh reports
# as SKIP, never PASS (issue 14: tests that could not run printed PASS, and
# without ../shared fifteen failed with Python tracebacks).
#
#   skip REASON...        print "SKIP: REASON" and exit 77
#   need_shared [PATH...] skip unless $SHARED (default ../shared) exists, and
#                         each PATH inside it
#   need_cmd CMD...       skip unless every CMD is on the PATH
#   check_offsets TSV [--root DIR]
#                         the offset invariant on every row of TSV (our own
#                         checker, tests/tools/check_offsets.py)
SHARED=${SHARED:-../shared}

skip() {
  echo "SKIP: $*"
  exit 77
}

need_shared() {
  [ -d "$SHARED" ] || skip "needs ../shared ($SHARED not found)"
  for _p; do
    [ -e "$SHARED/$_p" ] || skip "needs $SHARED/$_p"
  done
}

need_cmd() {
  for _c; do
    command -v "$_c" >/dev/null 2>&1 || skip "needs $_c"
  done
}

check_offsets() {
  python3 "$(dirname "$0")/../tools/check_offsets.py" "$@"
}
