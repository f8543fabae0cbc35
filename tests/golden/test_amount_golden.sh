#!/bin/sh
# Golden test of the AMOUNT extractor on corpus/ (issue 3): the output of
# `frex extract --types AMOUNT corpus` must equal tests/golden/corpus.AMOUNT.tsv,
# whose rows were checked by hand against SPEC "AMOUNT" (every amount a
# reader sees; nothing for "des milliards", "4,5 M avis", "un million de
# clients", "10 pages", "17 agences").  Run from the repository root.
# Environment: FREX (default bin/frex), SHARED (default ../shared).
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
golden=tests/golden/corpus.AMOUNT.tsv
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! $FREX extract --types AMOUNT corpus >"$out"; then
  echo "test_amount_golden: frex extract failed" >&2
  exit 1
fi
diff -u "$golden" "$out" || exit 1
python3 tests/tools/check_offsets.py "$out" || exit 1
