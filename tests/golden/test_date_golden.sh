#!/bin/sh
# DATE entities of corpus/ equal the hand-checked golden file (issue 4),
# and every row keeps the offsets invariant.  Each row was checked against
# SPEC by reading corpus/*.txt: 003 and 004 carry a metadata DCT (2021-07,
# 2021-10), so "la semaine dernière" and "cette semaine" keep the DCT's
# month and "en février" is the last February not after it; 000-002 have
# none, so "jeudi" and "le 25 octobre dernier" stay underspecified.  Not
# dates there: "sur 10 ans", "deux semaines après", "quelques semaines ou
# quelques mois", "10 pages", "4.3 / 5".  Regenerate with
#   bin/frex extract --types DATE corpus > tests/golden/corpus.DATE.tsv
# and review the diff before committing.  Environment: FREX, SHARED.
set -u
FREX=${FREX:-bin/frex}; SHARED=${SHARED:-../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$FREX" extract --types DATE corpus > "$tmp/dates.tsv" || exit 1
diff -u tests/golden/corpus.DATE.tsv "$tmp/dates.tsv" || exit 1
python3 tests/tools/check_offsets.py "$tmp/dates.tsv" || exit 1
# the same rows whatever the number of threads
"$FREX" extract -j1 --types DATE corpus | cmp -s - "$tmp/dates.tsv" || {
  echo "-j1 output differs"; exit 1; }
echo "SCORE corpus DATE: $(($(wc -l < "$tmp/dates.tsv") - 1)) rows equal to golden"
