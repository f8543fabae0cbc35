#!/bin/sh
# frex stem -j (issue 15): the token TSV is cut into blocks of whole rows
# (about 1 MB) stemmed on worker threads and written in input order, so
# stdout, stderr and the exit status must not depend on -j.  Here on a
# ~5 MB TSV (several blocks): -j2 and -j4 against -j1, from a file and from
# standard input, against `frex run --tokens` (stems from the library's
# path, not frex stem's), and with malformed rows spread over several
# blocks (messages with their line numbers in order; the sixth malformed
# row of an input stops it after five messages and the summary, whatever
# blocks were read ahead).
. tests/robustness/lib.sh
cd "$T" || exit 2

# 25 copies of corpus/ (its 5 articles) in 25 directories: ~4.5 MB of TSV
i=0
while [ $i -lt 25 ]; do
  mkdir -p "docs/d$i"
  cp "$REPO"/corpus/*.txt "docs/d$i/"
  i=$((i + 1))
done
"$FREX" tokenize -j2 docs >tok.tsv || not_ok "tokenize docs"
"$FREX" run -j2 --tokens run.tsv docs >/dev/null || not_ok "run docs"
rows=$(wc -l <tok.tsv)
bytes=$(wc -c <tok.tsv)
note "$rows rows, $bytes bytes of token TSV"
check "the TSV spans several 1 MB blocks" [ "$bytes" -gt 3000000 ]

"$FREX" stem -j1 tok.tsv >s1.tsv 2>s1.err
eq "stem -j1: exit 0" 0 $?
check "stem -j1: no message" [ ! -s s1.err ]
check "stem -j1 = run --tokens (the library's stems)" cmp -s s1.tsv run.tsv
for j in 2 4; do
  "$FREX" stem -j$j tok.tsv >s$j.tsv 2>s$j.err
  eq "stem -j$j: exit 0" 0 $?
  check "stem -j$j: no message" [ ! -s s$j.err ]
  check "stem -j$j = -j1 (file)" cmp -s s$j.tsv s1.tsv
done
"$FREX" stem -j2 <tok.tsv >in2.tsv
check "stem -j2 = -j1 (standard input)" cmp -s in2.tsv s1.tsv
"$FREX" stem -j2 tok.tsv - tok.tsv <tok.tsv >three.tsv
{ cat s1.tsv; sed 1d s1.tsv; sed 1d s1.tsv; } >three.want
check "stem -j2 on three inputs: rows in input order, one header" \
  cmp -s three.tsv three.want

# Malformed rows at lines far apart (several blocks between them).
awk -v n="$rows" 'BEGIN { split("1000 " int(n / 4) " " int(n / 2) " " \
    int(n * 3 / 4), at, " "); for (k in at) bad[at[k]] = 1 }
  { if (NR in bad) print "not\ta row"; print }' tok.tsv >bad4.tsv
for j in 1 2 4; do
  "$FREX" stem -j$j bad4.tsv >b$j.tsv 2>b$j.err
  eq "4 malformed rows, -j$j: exit 1" 1 $?
done
awk '/^not\ta row$/ { print "frex: bad4.tsv: line " NR \
  ": not a token TSV row (want 8 columns)" }' bad4.tsv >bad4.want
check "4 malformed rows: messages with their line numbers, in order" \
  cmp -s b1.err bad4.want
check "4 malformed rows: the other rows all stemmed" cmp -s b1.tsv s1.tsv
for j in 2 4; do
  check "4 malformed rows, -j$j: same messages as -j1" cmp -s b$j.err b1.err
  check "4 malformed rows, -j$j: same rows as -j1" cmp -s b$j.tsv b1.tsv
done

# Seven malformed rows, then the clean TSV again: the first input is given
# up at its fifth (rows after it not written), the second is stemmed whole.
awk -v n="$rows" '{ if (NR > 1 && NR % int(n / 8) == 0) print "x\ty"; print }' \
  tok.tsv >bad7.tsv
nbad=$(grep -c '^x	y$' bad7.tsv)
check "bad7.tsv has more than five malformed rows" [ "$nbad" -gt 5 ]
fifth=$(grep -n '^x	y$' bad7.tsv | sed -n 5p | cut -d: -f1)
{ grep -n '^x	y$' bad7.tsv | sed -n 1,5p |
    sed 's/^\([0-9]*\):.*/frex: bad7.tsv: line \1: not a token TSV row (want 8 columns)/'
  echo "frex: bad7.tsv: 5 malformed rows, the rest skipped (is it token TSV from frex tokenize?)"
} >bad7.want
head -n $((fifth - 1)) bad7.tsv | grep -v '^x	y$' >bad7.head
"$FREX" stem -j1 bad7.head >bad7.rows
sed 1d s1.tsv >>bad7.rows
for j in 1 2 4; do
  "$FREX" stem -j$j bad7.tsv tok.tsv >g$j.tsv 2>g$j.err
  eq "give-up, -j$j: exit 1" 1 $?
  check "give-up, -j$j: five messages and the summary, in order" \
    cmp -s g$j.err bad7.want
  check "give-up, -j$j: rows before the fifth, then the next input" \
    cmp -s g$j.tsv bad7.rows
done

finish
