#!/bin/sh
# Big inputs (SPEC "Robustness", "Scale"): a 40 MB document (larger than
# the segment frex streams in) and 20 MB lines without newlines, processed
# in bounded memory with nothing lost, split or renumbered at segment cuts.
#
# The 40 MB document is UNIT (corpus/ articles, blank-line separated)
# repeated K times, so its expected rows are UNIT's rows repeated with
# offsets shifted by the unit's length and sentence numbers by its sentence
# count: every one of its ~8 million token rows is checked exactly.
# FREX_BIG_MB (default 40) scales the document.
. tests/robustness/lib.sh
cd "$T" || exit 2
MB=${FREX_BIG_MB:-40}

python3 - "$REPO/corpus" "$MB" <<'EOF'
import glob, sys
texts = [open(f, 'rb').read() for f in sorted(glob.glob(sys.argv[1] + '/*.txt'))]
unit = b''.join(t.rstrip(b'\n') + b'\n\n' for t in texts)
k = int(sys.argv[2]) * 1000000 // len(unit) + 1
open('unit.txt', 'wb').write(unit)
open('big.txt', 'wb').write(unit * k)
open('k', 'w').write(str(k))
# one line: the unit with its newlines turned into spaces, 20 MB of it
line = b' '.join(unit.split())  + b' '
kl = 20000000 // len(line) + 1
open('unitline.txt', 'wb').write(line)
open('line.txt', 'wb').write(line * kl)
open('kl', 'w').write(str(kl))
# 20 MB without a space or newline, 2-byte characters at odd offsets, so a
# cut at a fixed byte count lands inside one
open('nospace.txt', 'wb').write(b'a' + 'é'.encode() * 10000000)
EOF
K=$(cat k)
L=$(wc -c <unit.txt)

# shifted SINGLE BIG N1 L S1: compare every row of BIG with row (i mod N1)
# of SINGLE, offsets + c*L and sentence + c*S1 where c = i div N1 (copy).
# Prints the number of rows that differ; TEXTCOL is the text column.
shifted() {
  awk -F'\t' -v n1="$3" -v L="$4" -v S="$5" -v tc="$6" -v sc="$7" -v oc="$8" '
    NR == FNR { if (FNR > 1) { i = FNR - 2; st[i] = $oc; en[i] = $(oc + 1)
                               sn[i] = (sc ? $sc : 0); tx[i] = $tc }
                next }
    FNR > 1 { i = FNR - 2; c = int(i / n1); j = i - c * n1
              if ($oc != st[j] + c * L || $(oc + 1) != en[j] + c * L ||
                  (sc && $sc != sn[j] + c * S) || $tc != tx[j]) {
                if (++bad <= 3) print "#   row " FNR ": " $0 > "/dev/stderr" } }
    END { print bad + 0 }' "$1" "$2"
}

# ---------------------------------------------------------------- 40 MB
"$FREX" tokenize unit.txt >unit.tsv
check "unit: offsets" offsets_ok unit.tsv
N1=$(rows unit.tsv)
S1=$(tail -n 1 unit.tsv | cut -f 2)
"$FREX" tokenize -j2 big.txt >big.tsv 2>big.err
eq "${MB} MB document: exit 0, no message" "0:" "$?:$(cat big.err)"
eq "${MB} MB document: every token of every copy" $((N1 * K)) "$(rows big.tsv)"
eq "${MB} MB document: offsets, sentences and tokens of every row" 0 \
  "$(shifted unit.tsv big.tsv "$N1" "$L" "$S1" 6 2 3)"
eq "${MB} MB document: sentence numbers run on across segments" $((S1 * K)) \
  "$(tail -n 1 big.tsv | cut -f 2)"
"$FREX" tokenize -j1 - <big.txt | sed 's/^-\t/big.txt\t/' >stdin.tsv
check "${MB} MB document from stdin: same rows" cmp -s big.tsv stdin.tsv
rm -f stdin.tsv

"$FREX" extract unit.txt >unit.ents
E1=$(rows unit.ents)
# corpus/ holds entities: finding none is a failure, not a reason to skip
# the checks below (issue 14: an extractor that emitted nothing passed)
check "unit: entities found ($E1, at least 100)" test "$E1" -ge 100
check "unit: entity offsets" offsets_ok unit.ents
"$FREX" extract -j2 big.txt >big.ents 2>bige.err
eq "${MB} MB document: extract exit 0" 0 $?
eq "${MB} MB document: every entity of every copy" $((E1 * K)) "$(rows big.ents)"
eq "${MB} MB document: entity offsets and values" 0 \
  "$(shifted unit.ents big.ents "$E1" "$L" 0 5 0 2)"

# ---------------------------------------------------------------- memory
if [ -x /usr/bin/time ] && /usr/bin/time -v true 2>/dev/null; then
  rss() { # peak RSS in MB of: frex tokenize FILE...
    /usr/bin/time -v "$FREX" tokenize -j2 "$@" 2>&1 >/dev/null |
      awk '/Maximum resident/ { print int($NF / 1024) }'
  }
  small=$(head -c 4000000 big.txt >small.txt; rss small.txt)
  large=$(rss big.txt)
  twice=$(cat big.txt big.txt | rss -)
  echo "SCORE peak RSS MB: 4 MB doc $small, $MB MB doc $large, $((2 * MB)) MB doc $twice"
  check "memory: $MB MB document in < 200 MB ($large MB)" test "$large" -lt 200
  check "memory: doubling the document adds < 20 MB ($large -> $twice MB)" \
    test "$twice" -lt $((large + 20))
else
  note "SKIP memory checks: /usr/bin/time -v not available (Debian package time)"
fi

# ---------------------------------------------------------------- long lines
KL=$(cat kl)
LL=$(wc -c <unitline.txt)
"$FREX" tokenize unitline.txt >unitline.tsv
NL=$(rows unitline.tsv)
"$FREX" tokenize line.txt >line.tsv 2>line.err
eq "20 MB line: exit 0, no message" "0:" "$?:$(cat line.err)"
eq "20 MB line: every token" $((NL * KL)) "$(rows line.tsv)"
eq "20 MB line: offsets and tokens of every row" 0 \
  "$(shifted unitline.tsv line.tsv "$NL" "$LL" 0 6 0 3)"
check "20 MB line: sentence numbers never decrease" \
  awk -F'\t' 'NR > 2 && $2 < p { exit 1 } { p = $2 }' line.tsv
rm -f line.tsv
"$FREX" tokenize nospace.txt >nospace.tsv 2>nospace.err
eq "20 MB without spaces: exit 0, no character cut in two, the word's cuts said" \
  "0:frex: nospace.txt: 19 cut inside a run of bytes without a space or a line break (first at byte 1048575): a token there is split in two" \
  "$?:$(cat nospace.err)"
check "20 MB without spaces: offsets" offsets_ok nospace.tsv
eq "20 MB without spaces: all bytes in tokens" 20000001 \
  "$(field 6 <nospace.tsv | tr -d '\n' | wc -c)"

finish
