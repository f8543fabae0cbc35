#!/bin/sh
# Regenerate the golden outputs of tests/golden from the current bin/frex.
# Review `git diff tests/golden` by hand against SPEC before committing:
# golden files are expectations, not snapshots.
set -eu
cd "$(dirname "$0")/.."
FREX=${FREX:-bin/frex}
"$FREX" tokenize -j1 corpus > tests/golden/corpus.tokens.tsv
for t in AMOUNT DATE; do
  "$FREX" extract -j1 --types $t corpus > tests/golden/corpus.$t.tsv
done
"$FREX" extract -j1 --types COMPANY,AGENCY corpus > tests/golden/corpus.ORG.tsv
git diff --stat tests/golden
