#!/bin/sh
# Golden test of the COMPANY/AGENCY extractor on corpus/ (issue 5): the
# output of `frex extract --types COMPANY,AGENCY corpus` must equal
# tests/golden/corpus.ORG.tsv, whose every row was checked by hand against
# corpus/*.txt (spans per SPEC, one canonical value per organisation:
# AWS/Amazon Web Services, DoD/DOD/Pentagone/département de la Défense).
# The expected values depend on dict/ too.  Then the offsets are checked
# with ../shared/tools/check_offsets.py.  Run from the repository root.
# Environment: FREX (binary), SHARED (default ../shared).
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$FREX extract --types COMPANY,AGENCY corpus >"$tmp/out.tsv" ||
  { echo "frex extract failed"; exit 1; }
diff -u tests/golden/corpus.ORG.tsv "$tmp/out.tsv" || exit 1
python3 tests/tools/check_offsets.py "$tmp/out.tsv"
