#!/bin/sh
# Issue 14, "Honest tests": tests/run.sh tells a skipped test from a
# passing one (exit 77 = SKIP, with the test's reason; it printed PASS),
# counts "N passed, N failed, N skipped", flags a skip without a reason,
# shows the failing checks of a failed test, and exits 1 on any failure.
# Run on a tree of fake tests beside a copy of the runner.
. tests/robustness/lib.sh
mkdir -p "$T/tree/tests/a" "$T/tree/build/tests"
cp "$REPO/tests/run.sh" "$T/tree/tests/run.sh"
cd "$T/tree" || exit 2
printf 'echo "SCORE 0.9"\nexit 0\n' >tests/a/test_1pass.sh
printf 'echo "ok - one"\necho "not ok - two"\necho "#   expected 2"\nexit 1\n' >tests/a/test_2fail.sh
printf 'echo "SKIP: needs ../shared"\nexit 77\n' >tests/a/test_3skip.sh
printf 'exit 77\n' >tests/a/test_4mute.sh
printf 'echo "# SKIP the terminal checks: no script(1)"\nexit 0\n' >tests/a/test_5partial.sh

# the runner of this run may have FAIL_FAST or TESTS set: not the fake's
runner() { env -u FAIL_FAST -u TESTS BUILD=build "$@" sh tests/run.sh; }
runner >out 2>&1
eq "a failure makes the run exit 1" 1 $?
eq "the closing line counts passed, failed and skipped" \
  "2 passed, 1 failed, 2 skipped" "$(tail -n 1 out)"
has "a skipped test says SKIP with its reason, not PASS" out \
  "SKIP a/test_3skip.sh: needs ../shared"
hasnt "a skipped test is not PASS" out "PASS a/test_3skip.sh"
has "a skip without a reason is flagged" out \
  "SKIP a/test_4mute.sh: no reason given (a test must say why)"
has "a failed test shows its failing check" out "    not ok - two"
has "SCORE lines shown under PASS" out "    SCORE 0.9"
has "partial skips shown under PASS" out "    # SKIP the terminal checks: no script(1)"
runner FAIL_FAST=1 >ff 2>&1
eq "FAIL_FAST: stops at the first failure" "1 passed, 1 failed, 0 skipped" \
  "$(tail -n 1 ff)"
rm tests/a/test_2fail.sh
runner >ok 2>&1
eq "no failure: exit 0, even with skips" "0 2 passed, 0 failed, 2 skipped" \
  "$? $(tail -n 1 ok)"
finish
