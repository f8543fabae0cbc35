#!/bin/sh
# Adversarial user, session 35 round 2: findings of round 1 left open
# (control bytes, --dct day that does not exist, stem and invalid UTF-8,
# stem -j and memory, a Latin-1 --dict).
. tests/robustness/lib.sh
cd "$T" || exit 2

# ------------------------------- control bytes other than NUL (F14)
# \x01, \x1f, \x7f... were neither replaced nor reported: the tokenizer
# read them as nothing and the extractors as a letter, so "12\x01mars
# 2020" gave only "mars 2020" (the day lost), exit 0.  Replaced by U+001A
# in place and reported as NUL is (exit 1); TAB..CR (VT: Word's manual
# line break), SUB (DOS end of file) and ESC (ANSI colours in a captured
# log: test_issue14_encodings) are text and stay as they are.
for c in 001 007 016 034 037 177; do
  printf "Le 12\\${c}mars 2020, Renault a vendu.\n" >c$c.txt
  "$FREX" extract --types DATE --dct 2026-01-05 c$c.txt >c$c.ent 2>c$c.err
  eq "control octal $c: exit 1, reported with its offset" \
    "1 frex: c$c.txt: 1 control bytes (first at byte 5), replaced" \
    "$? $(cat c$c.err)"
  has "control octal $c: the date keeps its day" c$c.ent "	2020-03-12	day"
done
for c in 011 013 014 015 032 033; do
  printf "Le 12\\${c}mars 2020.\n" >k$c.txt
  "$FREX" extract --types DATE --dct 2026-01-05 k$c.txt >k$c.ent 2>k$c.err
  eq "text control octal $c: exit 0, no message" "0 " "$? $(cat k$c.err)"
done
# offsets: one byte for one byte, the tokens after it where they were
printf 'Un\001deux\177trois \037quatre 5\0346.\n' >off.txt
"$FREX" tokenize off.txt >off.tok 2>/dev/null
check "controls: token offsets hold" offsets_ok off.tok
eq "controls: tokens around them" "Un deux trois quatre 5 6 ." \
  "$(field 6 <off.tok | tr '\n' ' ' | sed 's/ $//')"
# a legacy-encoded file: reported at its offset in the input bytes
printf 'Le 3 f\351vrier, d\351j\340 \351t\351 : le 12\001mars 2020.\n' >cp.txt
"$FREX" extract --types DATE --dct 2026-01-05 cp.txt >cp.ent 2>cp.err
has "windows-1252 + control: reported at its input offset" cp.err \
  "frex: cp.txt: 1 control bytes (first at byte 30), replaced"
has "windows-1252 + control: the day kept" cp.ent "	2020-03-12	day"
printf '\377\376L\000e\000 \0001\0002\000\001\000m\000a\000r\000s\000 \0002\0000\0002\0000\000.\000\n\000' >u16.txt
"$FREX" extract --types DATE --dct 2026-01-05 u16.txt >u16.ent 2>u16.err
has "UTF-16 + control: reported at its input offset" u16.err \
  "frex: u16.txt: 1 control bytes (first at byte 12), replaced"
has "UTF-16 + control: the day kept" u16.ent "	2020-03-12	day"
# --lines: the record is reported, the other records read
printf 'a\tLe 12\177mars 2020.\nb\tLe 4 mars 2020.\n' >l.txt
"$FREX" extract --lines --types DATE --dct 2026-01-05 l.txt >l.ent 2>l.err
eq "--lines + control: exit 1" 1 $?
eq "--lines + control: both records' days" "2020-03-12 2020-03-04" \
  "$(field 6 <l.ent | tr '\n' ' ' | sed 's/ $//')"

# --------------------------- --dct with a day the month lacks (F10)
# It listed the accepted forms, though the form was right: say the day
# does not exist, with the month's length (leap years counted).
"$FREX" extract --dct 2026-02-30 /dev/null >d.out 2>d.err
eq "--dct 2026-02-30: exit 2, the day does not exist" \
  "2 frex: invalid --dct '2026-02-30': the day does not exist (2026-02 has 28 days)" \
  "$? $(head -n 1 d.err)"
"$FREX" extract --dct 2024-02-30 /dev/null 2>d.err
has "--dct 2024-02-30: a leap February has 29 days" d.err "(2024-02 has 29 days)"
"$FREX" extract --dct 2026-04-31 /dev/null 2>d.err
has "--dct 2026-04-31: April has 30 days" d.err "(2026-04 has 30 days)"
"$FREX" extract --dct 2024-02-29 /dev/null >/dev/null 2>d.err
eq "--dct 2024-02-29: accepted" "0 " "$? $(cat d.err)"
# guards: a wrong form or month still gets the list of forms
for d in 2026-13-01 2026-02-00 2026-2-3 0999-01-01; do
  "$FREX" extract --dct $d /dev/null 2>d.err
  has "--dct $d: the accepted forms" d.err "(want YYYY, YYYY-MM, YYYY-MM-DD"
done

# ------------------------------------- a Latin-1 --dict file (F15)
# 'invalid UTF-8' alone left the user to guess: name the byte, its column
# and the likely encoding, and how to convert (exit 2, as before).
printf 'Soci\351t\351 G\351n\351rale de Zorglub\tCOMPANY\tZorglub\tQ999\n' >l1.dict
printf 'Zorglub a vendu.\n' >zd.txt
"$FREX" extract --dict l1.dict zd.txt >l1.out 2>l1.err
eq "Latin-1 --dict: exit 2, the byte, its column, the likely encoding" \
  "2 frex: l1.dict: line 1: invalid UTF-8 (byte 0xE9 at column 5): the file may be Latin-1 or windows-1252; dictionaries are read as UTF-8 (iconv -f windows-1252 -t utf-8)" \
  "$? $(head -n 1 l1.err)"
iconv -f latin1 -t utf-8 <l1.dict >u8.dict
"$FREX" extract --dict u8.dict zd.txt >u8.out 2>u8.err
eq "the same --dict converted: exit 0" "0 " "$? $(cat u8.err)"

# ----------------------------- stem -j on a small input (F8)
# -j1024 on a one-row file started 32 workers (each with its row cache)
# and peaked at 171 MB for -j1's 13 MB: no more workers than the input
# has 1 MB blocks when it is regular files; the rows are the same.
printf 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\nd\t1\t0\t6\tWORD\tmaisons\tmaisons\t\n' >one.tsv
"$FREX" stem -j 1 one.tsv >one.1 2>&1
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
  /usr/bin/time -f %M -o one.rss "$FREX" stem -j 1024 one.tsv >one.1024 2>&1
  rss=$(tail -n 1 one.rss)
  note "stem -j1024, one row: $rss KB"
  check "stem -j1024 on one row: under 60 MB" [ "$rss" -lt 61440 ]
else
  "$FREX" stem -j 1024 one.tsv >one.1024 2>&1
  note "no /usr/bin/time: memory not measured"
fi
check "stem -j1024 on one row: the rows of -j1" cmp -s one.1 one.1024

finish
