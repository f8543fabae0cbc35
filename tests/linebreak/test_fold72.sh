#!/bin/sh
# Entities across hard line breaks (issue 13, SPEC "Line breaks"): the
# shipped corpus/ and the shared WiNER-fr texts folded at 72 columns
# (`fold -s -w 72`, also with CRLF line ends) must give the same
# (type, value, unit) rows as the unfolded texts for >= 99% of the rows of
# each type (fold_compare.py prints a SCORE line per type: same, lost,
# gained).  Wrapped as a typesetter does, long words cut with a hyphen
# ("mil-\nliards", "décem-\nbre"; fold_compare.py --hyphenate), the AMOUNT
# and DATE rows must agree as much, and so must the COMPANY and AGENCY rows
# (--names: names of the dictionary and the words the rules read are
# joined).  A headline glued to its body by a single line break (no blank
# line) must change no more than 1% either.  The WiNER part needs ../shared
# (exit 77 = SKIP after the corpus part when it is absent).
# Environment: FREX (default bin/frex), SHARED (default ../shared).
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
export FREX
cmp=tests/linebreak/fold_compare.py
command -v fold >/dev/null 2>&1 || { echo "SKIP: needs fold (coreutils)"; exit 77; }
python3 $cmp --min 0.99 --show 20 corpus corpus || exit 1
python3 $cmp --min 0.99 --show 20 --crlf corpus corpus || exit 1
python3 $cmp --min 0.99 --show 20 --hyphenate corpus corpus || exit 1
[ -d "$SHARED/ner/winer-fr/texts" ] || { echo "SKIP: needs ../shared"; exit 77; }
winer=$SHARED/ner/winer-fr/texts
python3 $cmp --min 0.99 --show 20 corpus corpus winer "$winer" || exit 1
python3 $cmp --min 0.99 --show 20 --crlf corpus corpus winer "$winer" || exit 1
python3 $cmp --min 0.99 --show 20 --hyphenate corpus corpus winer "$winer" || exit 1
python3 $cmp --min 0.99 --show 20 --hyphenate --crlf corpus corpus winer "$winer" || exit 1
# names cut by a typesetter: those of the dictionary are joined, and the
# lowercase words the rules read, cues and words inside a name (agreement
# 0.978 COMPANY, 0.909 AGENCY before the dictionary's names were joined;
# AGENCY 0.984 before the cues were: "minis-\ntre de la Justice"); a cut
# name the rules found is left out
python3 $cmp --min 0.99 --show 20 --hyphenate --names corpus corpus winer "$winer" || exit 1
python3 $cmp --min 0.99 --show 20 --hyphenate --crlf --names corpus corpus winer "$winer" || exit 1
python3 $cmp --min 0.99 --show 20 --headline corpus corpus winer "$winer" || exit 1
