#!/bin/sh
# NER conformance of the COMPANY/AGENCY extractor (issues 5 and 11) on the
# DEV halves of ../shared/ner (see its README):
#  - WiNER-fr (Wikinews): COMPANY+AGENCY scored as ORG; fails when ORG
#    precision or recall drops below its floor.  That set also tags
#    parties, unions, clubs, NGOs and movements as ORG (recall about 0.49
#    at most for COMPANY/AGENCY; the extractor leaves parties, unions,
#    NGOs and movements out, as SPEC does, and reads professional clubs
#    named by their own words as COMPANY since s26: README), and does not tag social networks (Facebook,
#    Twitter, Snapchat: about 110 mentions, 4 in the gold), which SPEC makes
#    COMPANY without a cue.  So precision is printed twice: raw (every
#    platform a false positive; floor WINER_MIN_RAW_P) and under WiNER's own
#    convention, platform rows left out of the predictions (floor
#    WINER_MIN_P, above the issue's 0.85).  Floors just below the scores of
#    issue 11's second pass (P 0.878, raw 0.805, R 0.452; HIPE 0.537,
#    0.772), lowered by the third: public bodies SPEC counts and WiNER
#    leaves untagged about half of the time (le parquet de Nouméa, la
#    gendarmerie de Nogent-le-Rotrou, le secrétariat d'État à l'aide aux
#    victimes) took P to 0.870 and raw P to 0.799 (R 0.463).
#  - HIPE-2020 fr (historical newspapers, CC BY-NC-SA: evaluated in place,
#    never copied): AGENCY precision and recall, floors just below today's.
# Prints the score lines prefixed with SCORE.  Environment: FREX, SHARED.
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
[ -d "$SHARED" ] || { echo "SKIP: needs ../shared"; exit 77; }
WINER_MIN_P=0.865
WINER_MIN_RAW_P=0.795
# values of social networks and platforms (SPEC: COMPANY; WiNER: untagged)
PLATFORMS='^(Facebook|Twitter|X|Snapchat|Instagram|YouTube|WhatsApp|TikTok|LinkedIn|Telegram|Pinterest|Reddit|Tumblr|Dailymotion)$'
WINER_MIN_R=0.445
HIPE_MIN_P=0.53
HIPE_MIN_R=0.77
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# score NAME GOLD PRED TYPES [--as-org]: the score table on stdout
score() {
  python3 "$SHARED/tools/score_entities.py" "$2" "$3" --types "$4" ${5:-} \
    >"$tmp/$1.score" || { echo "score_entities.py failed on $1"; return 1; }
}

# precision and recall of TYPE in a score table
prec() { awk -v t="$2" '$1 == t { print $4 }' "$1"; }
rec() { awk -v t="$2" '$1 == t { print $5 }' "$1"; }

# below NAME VALUE FLOOR: say so and fail when VALUE < FLOOR (or missing)
below() {
  if [ -z "$2" ] || awk -v p="$2" -v m="$3" 'BEGIN { exit !(p < m) }'; then
    echo "$1 ${2:-none} < $3"; fail=1
  fi
}

for set in winer-fr hipe2020-fr; do
  if [ ! -d "$SHARED/ner/$set/texts" ]; then
    echo "missing $SHARED/ner/$set"; exit 1
  fi
done

$FREX extract --types COMPANY,AGENCY "$SHARED/ner/winer-fr/texts" \
  >"$tmp/winer.tsv" || { echo "frex failed on winer-fr"; exit 1; }
score winer "$SHARED/ner/winer-fr/gold.tsv" "$tmp/winer.tsv" ORG --as-org ||
  exit 1
sed 's/^/SCORE winer-fr (raw) /' "$tmp/winer.score"
below "winer-fr: raw ORG precision" "$(prec "$tmp/winer.score" ORG)" \
  $WINER_MIN_RAW_P
awk -F'\t' -v p="$PLATFORMS" 'NR == 1 || $6 !~ p' "$tmp/winer.tsv" \
  >"$tmp/winer-np.tsv"
score winer "$SHARED/ner/winer-fr/gold.tsv" "$tmp/winer-np.tsv" ORG --as-org ||
  exit 1
sed 's/^/SCORE winer-fr (platforms left out) /' "$tmp/winer.score"
below "winer-fr: ORG precision" "$(prec "$tmp/winer.score" ORG)" $WINER_MIN_P
below "winer-fr: ORG recall" "$(rec "$tmp/winer.score" ORG)" $WINER_MIN_R

$FREX extract --types COMPANY,AGENCY "$SHARED/ner/hipe2020-fr/texts" \
  >"$tmp/hipe.tsv" || { echo "frex failed on hipe2020-fr"; exit 1; }
score hipe "$SHARED/ner/hipe2020-fr/gold.tsv" "$tmp/hipe.tsv" AGENCY || exit 1
sed 's/^/SCORE hipe2020-fr /' "$tmp/hipe.score"
below "hipe2020-fr: AGENCY precision" "$(prec "$tmp/hipe.score" AGENCY)" \
  $HIPE_MIN_P
below "hipe2020-fr: AGENCY recall" "$(rec "$tmp/hipe.score" AGENCY)" $HIPE_MIN_R
exit $fail
