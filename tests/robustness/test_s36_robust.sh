#!/bin/sh
# Adversarial user, session 36: findings of s35 left open (paths longer
# than PATH_MAX in a walk, stem and invalid UTF-8, --lines ids across
# files, C1 controls in UTF-8 text).  Findings:
# /work/coord/s36/robust/findings.md.
. tests/robustness/lib.sh
cd "$T" || exit 2

# ------------------------------- paths longer than PATH_MAX (F6)
# fts(3) with FTS_NOCHDIR opened each directory by its whole path, so a
# file deeper than PATH_MAX bytes was "File name too long" (exit 1) and
# not read; grep -r and rg read it.  The walker now opens by openat(2)
# relative pieces, and the worker opens the file the same way.
python3 - <<'PY'
import os
fd = os.open('.', os.O_RDONLY)
os.mkdir('deep')
fd = os.open('deep', os.O_RDONLY)
for i in range(22):
    for side in ('b' * 200, 'a' * 200):
        os.mkdir(side, dir_fd=fd)
    f = os.open('f%02d.txt' % i, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(f, b'Le %d mars 2020.\n' % (i + 1)); os.close(f)
    nfd = os.open('a' * 200, os.O_RDONLY, dir_fd=fd); os.close(fd); fd = nfd
f = os.open('x.txt', os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
os.write(f, b'Le 30 avril 2021, Renault a vendu.\n'); os.close(f)
os.link('x.txt', os.path.join(os.getcwd(), 'same.txt'), src_dir_fd=fd)
PY
for j in 1 2; do
  "$FREX" extract -j $j --types DATE --dct 2026-01-05 deep >deep$j.out 2>deep$j.err
  eq "PATH_MAX -j$j: exit 0, no message" "0 " "$? $(cat deep$j.err)"
  has "PATH_MAX -j$j: the deepest file read" deep$j.out "	2021-04-30	day"
  # the order of fts: a directory's entries sorted byte-wise, depth first
  # ('a...' before 'f00.txt'), so the deepest file comes first
  eq "PATH_MAX -j$j: every file, in walk order" \
    "x.txt f21.txt f20.txt f19.txt f00.txt" \
    "$(field 1 <deep$j.out | sed 's|.*/||' | sed -n '1p;2p;3p;4p;$p' | tr '\n' ' ' | sed 's/ $//')"
done
eq "PATH_MAX: 23 files" 23 "$(field 1 <deep1.out | sort -u | wc -l)"
long=$(field 1 <deep1.out | head -n 1)
eq "PATH_MAX: the doc is the whole path" "$(( 22 * 201 + 10 ))" "${#long}"
"$FREX" tokenize deep >deep.tok 2>deep.tokerr
eq "PATH_MAX tokenize: exit 0" "0 " "$? $(cat deep.tokerr)"
"$FREX" extract --lines --types DATE deep >deepl.out 2>deepl.err
eq "PATH_MAX --lines: exit 0" "0 " "$? $(cat deepl.err)"
has "PATH_MAX --lines: the deepest file read" deepl.out "	2021-04-30	day"
# an output that is a deep input (same.txt: a hard link to the deepest
# file; the shell cannot name it) is still found and refused
"$FREX" extract deep >>same.txt 2>clash.err
eq "PATH_MAX: output onto a deep input refused (exit 2)" 2 "$?"
eq "PATH_MAX: the deep input unchanged" "Le 30 avril 2021, Renault a vendu." "$(cat same.txt)"

# ------------------------------- C1 controls in UTF-8 text (C1)
# A windows-1252 file decoded as Latin-1 and saved as UTF-8 holds U+0092
# for ’, U+0080 for €, U+0085 for …: kept, the extractors read them as
# letters ("3\u0092mars 2020" lost its day... and "5 000 \u0080" its
# amount), the tokenizer as nothing (the elision lost its apostrophe),
# exit 0 and no word.  Now read as windows-1252, said once (a warning,
# as a detected windows-1252 file), and the output is that of the text
# repaired by hand.
printf 'Le 3 mars 2020, la soci\303\251t\303\251 Total SA a pay\303\251 5 000\302\240\302\200 \302\223net\302\224 \302\226 l\302\222usine d\302\222Orange\302\205 Fin.\n' >c1.txt
python3 - <<'PY'
d = open('c1.txt', 'rb').read().decode('utf-8')
fixed = ''.join(bytes([ord(c)]).decode('cp1252') if 0x80 <= ord(c) <= 0x9f else c
                for c in d)
open('c1ok.txt', 'wb').write(fixed.encode())
PY
for c in tokenize extract; do
  "$FREX" $c --no-header c1.txt >c1.$c 2>c1.$c.err
  eq "C1 $c: exit 0" 0 "$?"
  "$FREX" $c --no-header c1ok.txt | sed 's/^c1ok/c1/' >c1ok.$c
  check "C1 $c: the rows of the text repaired by hand" cmp -s c1.$c c1ok.$c
done
has "C1: the amount in euros" c1.extract "$(printf '\tAMOUNT\t5 000\302\240\342\202\254\t5000\tEUR')"
has "C1: the elision keeps its apostrophe" c1.tokenize "	WORD	l’	l'	"
eq "C1: said once, with the first offset" \
  "frex: c1.txt: 7 C1 control characters U+0080..U+009F (first at byte 53), read as windows-1252 (U+0092 as ’): text decoded as Latin-1 before it was saved as UTF-8; offsets refer to the repaired text" \
  "$(cat c1.extract.err)"
# the five code points windows-1252 leaves undefined are controls:
# replaced and reported (exit 1), the others still read
printf 'Le 3\302\201mars 2020 l\302\222usine.\n' >c1u.txt
"$FREX" extract --types DATE --dct 2026-01-05 c1u.txt >c1u.out 2>c1u.err
eq "C1 undefined in windows-1252: exit 1" 1 "$?"
has "C1 undefined: reported as a control" c1u.err \
  "frex: c1u.txt: 1 control bytes (first at byte 4), replaced"
has "C1 undefined: the other read" c1u.err "frex: c1u.txt: 1 C1 control characters U+0080..U+009F (first at byte 17)"
has "C1 undefined: the date keeps its day" c1u.out "	2020-03-03	day"
# --lines: the same, offsets from the text field
printf 'a\tPay\303\251 5\302\200 le 3 mars 2020.\n' | "$FREX" extract --lines >c1l.out 2>c1l.err
has "C1 --lines: the amount" c1l.out "a	6	10	AMOUNT	5€	5	EUR"
# in a file large enough for several segments, every one is read
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "Le 3 mars 2020, l\302\222usine a pay\303\251 %d\302\240\302\200.\n", i }' >c1big.txt
"$FREX" extract --types AMOUNT -j2 c1big.txt >c1big.out 2>c1big.err
eq "C1 several segments: every amount" 40000 "$(grep -c '	AMOUNT	' c1big.out)"
eq "C1 several segments: said once" 1 "$(wc -l <c1big.err)"

# ------------------------------- --lines ids across inputs (F7)
# A line without a TAB is named by its line number: with two inputs both
# gave ids 1, 2... (two documents, one doc value).  With several inputs
# (operands, a directory) it is PATH:N, as grep -n names lines; one input
# (the Hadoop/parallel shard case, README's awk recipe) keeps N.
printf 'Le 3 mars 2020.\nLe 4 mars 2020.\n' >r1.txt
printf 'Le 5 mars 2020.\nid9\tLe 6 mars 2020.\n' >r2.txt
"$FREX" extract --lines --types DATE r1.txt r2.txt >r.out 2>r.err
eq "--lines two files: exit 0" "0 " "$? $(cat r.err)"
eq "--lines two files: unique ids, PATH:N, TAB ids kept" \
  "r1.txt:1 r1.txt:2 r2.txt:1 id9" "$(field 1 <r.out | tr '\n' ' ' | sed 's/ $//')"
for j in 1 2; do
  mkdir -p rd; cp r1.txt r2.txt rd/
  "$FREX" extract --lines --types DATE -j $j rd >rd$j.out
  eq "--lines a directory -j$j: PATH:N" "rd/r1.txt:1 rd/r1.txt:2 rd/r2.txt:1 id9" \
    "$(field 1 <rd$j.out | tr '\n' ' ' | sed 's/ $//')"
done
printf 'Le 7 mars 2020.\n' | "$FREX" extract --lines --types DATE r1.txt - >rs.out
eq "--lines a file and stdin: -:N" "r1.txt:1 r1.txt:2 -:1" \
  "$(field 1 <rs.out | tr '\n' ' ' | sed 's/ $//')"
"$FREX" extract --lines --types DATE r1.txt >r1.out
eq "--lines one file: N as before" "1 2" "$(field 1 <r1.out | tr '\n' ' ' | sed 's/ $//')"
# a record longer than a segment is named alike
awk 'BEGIN { printf "Le 8 mars 2020."; for (i = 0; i < 300000; i++) printf " mot"; print "" }' >rl.txt
"$FREX" extract --lines --types DATE r1.txt rl.txt >rl.out
eq "--lines a long TAB-less record among several inputs: PATH:N" "r1.txt:1 r1.txt:2 rl.txt:1" \
  "$(field 1 <rl.out | tr '\n' ' ' | sed 's/ $//')"

# ------------------------------- a C1 among a windows-1252 file's UTF-8
# A detected windows-1252 file keeps the UTF-8 sequences it holds; a C1
# control among them (\302\205) was passed on to the tokens as an invisible
# character (the fuzz target found it in CI): read as windows-1252 too.
printf 'Le caf\351 co\373te 3 \200, d\351j\340 pay\351s. Fin\302\205 ici.\n' >mix.txt
"$FREX" tokenize mix.txt 2>mix.err >mix.out
eq "windows-1252 file with a UTF-8 C1: exit 0" 0 "$?"
eq "windows-1252 file with a UTF-8 C1: the C1 read as windows-1252" "Fin … ici" \
  "$(field 6 <mix.out | sed -n '/^Fin$/,/^ici$/p' | tr '\n' ' ' | sed 's/ $//')"
eq "windows-1252 file with a UTF-8 C1: said" 1 "$(grep -c 'C1 control' mix.err)"

finish
