#!/bin/sh
# AMOUNT conformance (issue 3): exact value and ISO code on the French money
# cases of ../shared/conformance/recognizers_money_fr.tsv, scored by
# score_conformance.py (prints the SCORE lines); fails below 95%.
# Environment: FREX (default bin/frex), SHARED (default ../shared).
set -u
SHARED=${SHARED:-../shared}
exec python3 tests/conformance/score_conformance.py \
  "$SHARED/conformance/recognizers_money_fr.tsv" --type AMOUNT --min 0.95 \
  --show-errors
