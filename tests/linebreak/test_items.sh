#!/bin/sh
# A list's items in a wrapped paragraph (SPEC "Line breaks"): the texts of
# tests/linebreak/items (written for this test: a budget told as a dash
# list after a colon, works with their costs in brackets, bullet and
# asterisk lists) folded at 20 to 80 columns (`fold -s`, which leaves the
# blank it broke at) must give the same rows as unfolded.  A list's item
# after a line that ends its sentence or its own item stays on its line,
# even when the paragraph looks wrapped; before s32 a paragraph whose
# first sentence was cut by the wrapper had its items glued to it (4 of
# the 13 amounts lost at 20, 30, 35 and 45 columns).
# Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
command -v fold >/dev/null 2>&1 || { echo "SKIP: needs fold (coreutils)"; exit 77; }
fail=0
for w in 20 25 30 35 40 45 50 60 72 80; do
  python3 tests/linebreak/fold_compare.py --frex "$FREX" --width "$w" \
    --min 1.0 --show 10 items tests/linebreak/items || fail=1
  python3 tests/linebreak/fold_compare.py --frex "$FREX" --width "$w" \
    --crlf --min 1.0 --show 10 items tests/linebreak/items || fail=1
done
# ... and with each line indented (a quoted or indented message body)
for w in 30 45 60; do
  python3 tests/linebreak/fold_compare.py --frex "$FREX" --width "$w" \
    --indent 2 --min 1.0 --show 10 items tests/linebreak/items || fail=1
done
exit $fail
