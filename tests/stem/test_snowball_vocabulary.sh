#!/bin/sh
# Every word of Snowball's French vocabulary stems to the reference output
# through the real pipeline: frex tokenize --lines | frex stem (issue 2).
set -u
FREX=${FREX:-bin/frex}; SHARED=${SHARED:-../shared}
[ -f "$SHARED/stem/voc.txt" ] || { echo "SKIP: needs ../shared"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$FREX" tokenize --lines -j1 < "$SHARED/stem/voc.txt" | "$FREX" stem > "$tmp/rows" || exit 1
# one WORD token per vocabulary line: the doc column is the line number
tail -n +2 "$tmp/rows" | cut -f1 | uniq -d > "$tmp/multi"
if [ -s "$tmp/multi" ]; then
  echo "lines that gave more than one token:"; head "$tmp/multi"; exit 1
fi
tail -n +2 "$tmp/rows" | cut -f8 > "$tmp/stems"
total=$(wc -l < "$SHARED/stem/output.txt")
same=$(paste "$tmp/stems" "$SHARED/stem/output.txt" | awk -F'\t' '$1 == $2' | wc -l)
echo "SCORE stems: $same/$total equal to Snowball's reference"
[ "$same" -eq "$total" ] && [ "$(wc -l < "$tmp/stems")" -eq "$total" ]
