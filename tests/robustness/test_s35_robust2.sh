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
# line break) and SUB (DOS end of file) are text and stay as they are.
for c in 001 007 016 033 037 177; do
  printf "Le 12\\${c}mars 2020, Renault a vendu.\n" >c$c.txt
  "$FREX" extract --types DATE --dct 2026-01-05 c$c.txt >c$c.ent 2>c$c.err
  eq "control octal $c: exit 1, reported with its offset" \
    "1 frex: c$c.txt: 1 control bytes (first at byte 5), replaced" \
    "$? $(cat c$c.err)"
  has "control octal $c: the date keeps its day" c$c.ent "	2020-03-12	day"
done
for c in 011 013 014 015 032; do
  printf "Le 12\\${c}mars 2020.\n" >k$c.txt
  "$FREX" extract --types DATE --dct 2026-01-05 k$c.txt >k$c.ent 2>k$c.err
  eq "text control octal $c: exit 0, no message" "0 " "$? $(cat k$c.err)"
done
# offsets: one byte for one byte, the tokens after it where they were
printf 'Un\001deux\177trois \037quatre 5\0336.\n' >off.txt
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

finish
