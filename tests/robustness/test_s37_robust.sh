#!/bin/sh
# Adversarial user, session 37: frex stem and bytes that are not UTF-8
# (F5), frex stem and lines ended by CR alone, --types with an empty
# name, option and command typos.  Each check failed before s37.
. tests/robustness/lib.sh
cd "$T" || exit 2

H='doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n'

# valid FILE: FILE is UTF-8 throughout
valid() { python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$1" 2>/dev/null; }

# ----------------------------- stem: invalid UTF-8 in the rows (F5)
# The token and norm columns' bad bytes went through to the stem column,
# silently, exit 0 (the SIMD row path and the scalar one alike).  They are
# replaced by U+001A before the rows are read, as extract and tokenize
# replace them, and said once per input with the first's line and byte.
printf "$H"'d\t1\t0\t6\tWORD\tmarch\351\tmarch\351\t\nd\t1\t7\t14\tWORD\tmaisons\tmaisons\t\nd\t1\t15\t17\tWORD\tt\377\tt\377\t\n' >bad.tsv
for j in 1 2; do
  "$FREX" stem -j $j bad.tsv >bad$j.out 2>bad$j.err
  eq "stem -j$j, invalid bytes: exit 1 and said" \
    "1 frex: bad.tsv: 4 invalid bytes (first at line 2, byte 59), replaced" \
    "$? $(cat bad$j.err)"
  check "stem -j$j, invalid bytes: the output is UTF-8" valid bad$j.out
  has "stem -j$j, invalid bytes: a replaced norm stemmed" bad$j.out \
    "$(printf 'WORD\tmarch\032\tmarch\032\tmarch\032')"
  has "stem -j$j, invalid bytes: the other rows as before" bad$j.out \
    "$(printf 'maisons\tmaisons\tmaison')"
done
"$FREX" stem -q bad.tsv >/dev/null 2>badq.err
eq "stem -q, invalid bytes: still said, exit 1" \
  "1 frex: bad.tsv: 4 invalid bytes (first at line 2, byte 59), replaced" \
  "$? $(cat badq.err)"

# a control byte, and a NUL past the head (its first 64 KB: a NUL there
# is a binary file), each said as extract says them
python3 - <<'PY'
r = 'd\t1\t0\t7\tWORD\tmaisons\tmaisons\t\n'
rows = ['doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n',
        'd\t1\t0\t6\tWORD\tmai\x01sons\tmai\x01sons\t\n'] + [r] * 4000
rows.append('d\t1\t7\t14\tWORD\tpo\0rte\tpo\0rte\t\n')
rows += [r] * 40000
open('ctl.tsv', 'w').write(''.join(rows))
PY
for j in 1 2; do
  "$FREX" stem -j $j ctl.tsv >ctl$j.out 2>ctl$j.err
  eq "stem -j$j, NUL and control bytes: exit 1" 1 $?
  has "stem -j$j, a control byte said" ctl$j.err \
    "frex: ctl.tsv: 2 control bytes (first at line 2, byte 57), replaced"
  has "stem -j$j, a NUL byte past the head said" ctl$j.err \
    "frex: ctl.tsv: 2 NUL bytes (first at line 4003, byte 120089), replaced"
  hasnt "stem -j$j, no NUL byte written" ctl$j.out "$(printf 'po\tr')"
done
# the head was the first read (64 KB with -j1, 1 MB with -j2): a NUL at
# 120 KB skipped a 1.3 MB file with -j2 only
check "stem, a NUL past 64 KB: the rows of -j1 and -j2 agree" \
  cmp -s ctl1.out ctl2.out
eq "stem, a NUL past 64 KB: every row written" 44003 "$(wc -l <ctl2.out)"

# many blocks (64 KB with -j1, 1 MB with -j2): one message per input with
# the first bad byte's line and byte in the input, the same for any -j;
# the message after the input's rows, before the next input's
python3 - <<'PY'
rows = ['doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n']
for i in range(60000):
    w = 'maisons' if i % 3 else 'chevaux'
    rows.append('doc%d.txt\t%d\t0\t7\tWORD\t%s\t%s\t\n' % (i // 50, i % 50 + 1, w, w))
b = ''.join(rows).encode()
at = b.index(b'chevaux', 2000000)
b = b[:at] + b'\xc3' + b[at + 1:]
open('big.tsv', 'wb').write(b)
print(at, b[:at].count(b'\n') + 1, file=open('big.where', 'w'))
PY
read at line <big.where
printf "$H"'e\t1\t0\t6\tWORD\tmaisons\tmaisons\t\n' >good.tsv
for j in 1 3; do
  "$FREX" stem -j $j big.tsv good.tsv >big$j.out 2>&1
  eq "stem -j$j, a bad byte past 2 MB: exit 1" 1 $?
done
check "stem, a bad byte past 2 MB: -j1 and -j3 agree" cmp -s big1.out big3.out
has "stem, a bad byte past 2 MB: its line and byte" big1.out \
  "frex: big.tsv: 1 invalid bytes (first at line $line, byte $at), replaced"
eq "stem, the message after big.tsv's rows and before good.tsv's" \
  "60002:frex: big.tsv: 1 invalid bytes (first at line $line, byte $at), replaced" \
  "$(grep -n '^frex:' big1.out)"

# ----------------------------- stem: lines ended by CR alone
# A spreadsheet's "Macintosh" export: the whole input was one line that
# started like the header, dropped as one: no row, no message, exit 0.
R='d\t1\t0\t7\tWORD\tmaisons\tmaisons\t'
printf "${H%\\n}\r$R\r$R\r" >mac.tsv
printf "${H%\\n}\r$R\r$R\r\n" >mac2.tsv
"$FREX" stem mac.tsv >mac.out 2>mac.err
eq "stem, CR line ends: exit 0, a warning" \
  "0 frex: mac.tsv: lines end with CR alone: each CR read as a line end" \
  "$? $(cat mac.err)"
eq "stem, CR line ends: both rows stemmed" 2 "$(grep -c 'maisons	maison$' mac.out)"
"$FREX" stem mac2.tsv >mac2.out 2>mac2.err
eq "stem, CR line ends and a last LF: both rows stemmed" 2 \
  "$(grep -c 'maisons	maison$' mac2.out)"
printf "$H$R\n$R\n" >lf.tsv
"$FREX" stem -q mac.tsv >macq.out 2>macq.err
eq "stem -q, CR line ends: rows of an LF file, nothing said" \
  "$("$FREX" stem lf.tsv; echo x) " "$(cat macq.out; echo x) $(cat macq.err)"

# ----------------------------- --types with an empty name
# "DATE," was taken while ",DATE" and "DATE,,AMOUNT" were refused.
printf 'Le 12 mars 2020.\n' >a.txt
"$FREX" extract --types DATE, a.txt >ty.out 2>ty.err
eq "--types DATE,: usage error" 2 $?

# ----------------------------- typos: the nearest name said
"$FREX" extract --typs DATE a.txt >/dev/null 2>typo.err
eq "--typs: exit 2" 2 $?
has "--typs: --types suggested" typo.err "did you mean '--types'?"
"$FREX" extarct a.txt >/dev/null 2>cmd.err
eq "extarct: exit 2" 2 $?
has "extarct: extract suggested" cmd.err "did you mean 'extract'?"
"$FREX" extract --no-header=yes a.txt >/dev/null 2>nh.err
hasnt "--no-header=yes: no suggestion of itself" nh.err "did you mean"

finish
