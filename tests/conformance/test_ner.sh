#!/bin/sh
# NER conformance of the COMPANY/AGENCY extractor (issue 5) on the DEV
# halves of ../shared/ner (see its README):
#  - WiNER-fr (Wikinews): COMPANY+AGENCY scored as ORG; fails when ORG
#    precision drops below 0.85 (that set also tags parties, NGOs and clubs
#    as ORG, so recall is reported, not held to a floor);
#  - HIPE-2020 fr (historical newspapers, CC BY-NC-SA: evaluated in place,
#    never copied): AGENCY precision and recall, floor just below today's.
# Prints the score lines prefixed with SCORE.  Environment: FREX, SHARED.
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
WINER_MIN_P=0.85
HIPE_MIN_P=0.50
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# score NAME GOLD PRED TYPES [--as-org]: the score table on stdout
score() {
  python3 "$SHARED/tools/score_entities.py" "$2" "$3" --types "$4" ${5:-} \
    >"$tmp/$1.score" || { echo "score_entities.py failed on $1"; return 1; }
}

# precision of TYPE in a score table
prec() { awk -v t="$2" '$1 == t { print $4 }' "$1"; }

for set in winer-fr hipe2020-fr; do
  if [ ! -d "$SHARED/ner/$set/texts" ]; then
    echo "missing $SHARED/ner/$set"; exit 1
  fi
done

$FREX extract --types COMPANY,AGENCY "$SHARED/ner/winer-fr/texts" \
  >"$tmp/winer.tsv" || { echo "frex failed on winer-fr"; exit 1; }
score winer "$SHARED/ner/winer-fr/gold.tsv" "$tmp/winer.tsv" ORG --as-org ||
  exit 1
sed 's/^/SCORE winer-fr /' "$tmp/winer.score"
p=$(prec "$tmp/winer.score" ORG)
if [ -z "$p" ] || awk -v p="$p" -v m="$WINER_MIN_P" 'BEGIN { exit !(p < m) }'; then
  echo "winer-fr: ORG precision ${p:-none} < $WINER_MIN_P"; fail=1
fi

$FREX extract --types COMPANY,AGENCY "$SHARED/ner/hipe2020-fr/texts" \
  >"$tmp/hipe.tsv" || { echo "frex failed on hipe2020-fr"; exit 1; }
score hipe "$SHARED/ner/hipe2020-fr/gold.tsv" "$tmp/hipe.tsv" AGENCY || exit 1
sed 's/^/SCORE hipe2020-fr /' "$tmp/hipe.score"
p=$(prec "$tmp/hipe.score" AGENCY)
if [ -z "$p" ] || awk -v p="$p" -v m="$HIPE_MIN_P" 'BEGIN { exit !(p < m) }'; then
  echo "hipe2020-fr: AGENCY precision ${p:-none} < $HIPE_MIN_P"; fail=1
fi
exit $fail
