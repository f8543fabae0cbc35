#!/bin/sh
# DATE recall on the WiNER-fr DEV half (issue 12): frex extract --types DATE
# on ../shared/ner/winer-fr/texts, scored by ../shared/tools/score_entities.py
# against its gold (strict spans, DATE).  WiNER tags mostly absolute dates
# ("4 janvier 2016", "29 décembre dernier"), so recall is held to a floor
# (0.938 before issue 12, 0.956 after) and precision is only printed: the
# extractor also finds the relative dates the annotators left out.
# Environment: FREX, SHARED.
[ -d "${SHARED:-../shared}" ] || { echo "SKIP: needs ../shared"; exit 77; }
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
MIN_RECALL=0.950
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$FREX" extract --types DATE "$SHARED/ner/winer-fr/texts" >"$tmp/pred.tsv" ||
  { echo "frex failed on winer-fr"; exit 1; }
python3 "$SHARED/tools/score_entities.py" "$SHARED/ner/winer-fr/gold.tsv" \
  "$tmp/pred.tsv" --types DATE >"$tmp/score" ||
  { echo "score_entities.py failed"; exit 1; }
sed 's/^/SCORE winer-fr /' "$tmp/score"
r=$(awk '$1 == "DATE" { print $5 }' "$tmp/score")
echo "SCORE winer-fr DATE recall: ${r:-none} (floor $MIN_RECALL)"
if [ -z "$r" ] || awk -v r="$r" -v m="$MIN_RECALL" 'BEGIN { exit !(r < m) }'; then
  echo "winer-fr: DATE recall ${r:-none} < $MIN_RECALL"
  exit 1
fi
