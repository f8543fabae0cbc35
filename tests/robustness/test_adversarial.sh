#!/bin/sh
# Ways to lose data found by an adversarial pass over the CLI (SPEC
# "Robustness": never crash, never hang, never lose output; every bad
# input a `frex: PATH: message`, the other inputs still processed).  Each
# block failed before its fix.
. tests/robustness/lib.sh
cd "$T" || exit 2

HDR="doc	sent	start	end	class	token	norm	stem"

# ------------------------------------------------ frex stem: unbounded rows
# A line without a newline was held whole: `frex stem /dev/zero` grew
# without bound (466 MB after 10 s), as did a big text file with no
# newline.  Now a line longer than 64 MB is a malformed row, skipped with
# its line number; the rows after it are still stemmed.
python3 - <<'EOF'
hdr = 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n'
with open('long.tsv', 'w') as f:
    f.write(hdr + 'x\t1\t0\t5\tWORD\tcafé\tcafé\t\n')
    f.write('a b c ' * (12 << 20) + '\n')          # 72 MB, no TAB
    f.write('x\t1\t6\t12\tWORD\tcafés\tcafés\t\n')
with open('nonl.txt', 'w') as f:                   # no newline at all
    f.write('texte ' * (12 << 20))
EOF
for j in 1 3; do
  "$FREX" stem -j$j long.tsv >long.$j.out 2>long.$j.err
  eq "stem -j$j, a 72 MB line: exit 1 and one message with its line" \
    "1 frex: long.tsv: line 3: longer than 64 MB, not a token TSV row; skipped" \
    "$? $(cat long.$j.err)"
  eq "stem -j$j, a 72 MB line: the rows around it stemmed" \
    "$HDR|x	1	0	5	WORD	café	café	caf|x	1	6	12	WORD	cafés	cafés	caf" \
    "$(tr '\n' '|' <long.$j.out | sed 's/|$//')"
done
/usr/bin/time -f %M -o nonl.rss "$FREX" stem nonl.txt >nonl.out 2>nonl.err
eq "stem, 72 MB without a newline: exit 1, message" \
  "1 frex: nonl.txt: line 1: longer than 64 MB, not a token TSV row; skipped" \
  "$? $(cat nonl.err)"
check "stem, 72 MB without a newline: nothing on stdout" test ! -s nonl.out
rss=$(tail -n 1 nonl.rss)
note "stem, 72 MB line: peak RSS $rss KB"
check "stem, 72 MB without a newline: peak RSS under 150 MB ($rss KB)" \
  test "$rss" -lt 150000

# ------------------------------------------------ frex stem: binary input
# frex writes no NUL byte: an input that starts with one is skipped as
# grep skips a binary file (before: /dev/zero was read for ever).
printf 'Le caf\303\251.\n' >a.txt
"$FREX" tokenize a.txt >a.tsv
printf 'x\000y\tz\n' >nul.tsv
"$FREX" stem nul.tsv a.tsv >bin.out 2>bin.err
eq "stem, a NUL in the head: exit 1, message" \
  "1 frex: nul.tsv: binary file, skipped (frex stem reads token TSV from frex tokenize)" \
  "$? $(cat bin.err)"
has "stem, a binary input: the next input still stemmed" bin.out \
  "a.txt	1	3	8	WORD	café	café	caf"
if [ -r /dev/zero ]; then
  timeout 20 "$FREX" stem /dev/zero a.tsv >zero.out 2>zero.err
  eq "stem /dev/zero: ends at once, exit 1" 1 $?
  has "stem /dev/zero: message" zero.err "frex: /dev/zero: binary file, skipped"
  has "stem /dev/zero: the next input still stemmed" zero.out "WORD	café	café	caf"
fi

# ------------------------------------------------ frex stem: closed pipe
# With SIGPIPE ignored, EPIPE ends frex stem quietly, as frex tokenize
# (before: "frex: stdout: write error: Broken pipe").
python3 -c "open('big.txt','w').write('Le café coûte 10 euros. ' * 200000)"
"$FREX" tokenize big.txt >big.tsv
(
  trap '' PIPE
  { "$FREX" stem big.tsv 2>pipe.err; echo $? >pipe.rc; } | head -n 1 >/dev/null
)
eq "stem, SIGPIPE ignored: EPIPE ends the run quietly with status 2" "2:" \
  "$(cat pipe.rc):$(cat pipe.err)"

# ------------------------------------------------ --lines: NUL in an id
# The id was a C string: `id<NUL>x<TAB>text` came out as doc `id`, exit 0
# (a silently wrong doc column).  Its NULs are replaced by U+001A, as in
# the text, and reported with the line (exit 1); short and long records.
printf 'id\000x\tLe 3 mars 2020.\nok\tLe 4 mars 2020.\n' >nulid.txt
for j in 1 2; do
  "$FREX" extract --lines -j$j <nulid.txt >nulid.$j.tsv 2>nulid.$j.err
  eq "--lines -j$j, NUL in an id: exit 1, message with the line" \
    "1 frex: -: line 1: 1 NUL bytes in the record id, replaced" \
    "$? $(cat nulid.$j.err)"
  eq "--lines -j$j, NUL in an id: doc columns" "$(printf 'id\032x|ok')" \
    "$(field 1 <nulid.$j.tsv | tr '\n' '|' | sed 's/|$//')"
done
python3 -c "import sys; sys.stdout.buffer.write(b'L\x00ong\t' + b'Le 3 mars 2020. ' * 200000 + b'\nok\tLe 4 mars 2020.\n')" >nullong.txt
"$FREX" extract --lines nullong.txt >nullong.tsv 2>nullong.err
eq "--lines, NUL in the id of a 3 MB record: exit 1, message" \
  "1 frex: nullong.txt: line 1: 1 NUL bytes in the record id, replaced" \
  "$? $(cat nullong.err)"
eq "--lines, NUL in the id of a 3 MB record: doc columns" \
  "$(printf 'L\032ong|ok')" "$(field 1 <nullong.tsv | uniq | tr '\n' '|' | sed 's/|$//')"

finish
