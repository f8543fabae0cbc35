#!/bin/sh
# Adversarial user, session 35: inputs and limits that still gave a
# different or silent result (findings in the session's notes).
. tests/robustness/lib.sh
cd "$T" || exit 2

# ------------------------------------------- lone CR is a line end (F1)
# Text with lines ended by CR alone (old Mac files, a spreadsheet's
# "Macintosh" export) must read as the same text with LF: the tokenizer
# counted only '\n', so "\r\r" was no blank line, sentences ran across
# paragraphs and a heading, and "Amazon" opening a paragraph after a
# heading was lost.
printf '# Cloud du Pentagone : face \303\240 Microsoft, Amazon contre-attaque pour JEDI\n\nAmazon a notifi\303\251 la United States Court of Federal Claims de son intention.\n\nLe 3 mars 2020, le juge a tranch\303\251.\n' >lf.txt
tr '\n' '\r' <lf.txt >cr.txt
sed 's/$/\r/' <lf.txt >crlf.txt
for f in lf cr crlf; do
  "$FREX" tokenize $f.txt | field 2,6 >$f.tok
  "$FREX" extract --dct 2026-01-05 $f.txt | field 4,5,6 >$f.ent
done
check "CR alone: sentences and tokens as with LF" cmp -s lf.tok cr.tok
check "CRLF: sentences and tokens as with LF" cmp -s lf.tok crlf.tok
check "CR alone: entities as with LF" cmp -s lf.ent cr.ent
eq "CR alone: Amazon opening the paragraph" 2 "$(grep -c "^COMPANY	Amazon	" cr.ent)"
# the date rules look for '\n' (paragraphs, headings): "la veille" after
# a heading took the earlier paragraph's date in the CR file
printf 'Mise \303\240 jour le 12 mai 2016.\n\nTITRE\n\nIl compare le fichier de la veille et celui du jour.\n' >v.lf
tr '\n' '\r' <v.lf >v.cr
"$FREX" extract --types DATE --dct 2026-01-05 v.lf | field 5,6 >v.lf.ent
"$FREX" extract --types DATE --dct 2026-01-05 v.cr | field 5,6 >v.cr.ent
check "CR alone: dates as with LF" cmp -s v.lf.ent v.cr.ent
has "CR alone: la veille from the DCT" v.cr.ent "veille	2026-01-04"
eq "CR alone: three sentences" 3 "$(cut -f1 cr.tok | sort -u | wc -l | tr -d ' ')"
# guard: a single CR in running text (a hard wrap) still does not end
# the sentence before a lowercase word
printf 'Il a vers\303\251 10\rmillions d\342\200\231euros le 3\rmars 2020.\r' >wrap.txt
"$FREX" extract wrap.txt >wrap.ent
has "CR alone: an entity across it keeps the CR in its text" wrap.ent "	10\\rmillions d’euros	10000000	EUR"
eq "CR alone: a wrapped line goes on" 1 "$("$FREX" tokenize wrap.txt | field 2 | sort -u | wc -l | tr -d ' ')"

# --------------------- a windows-1252 text whose only accent is "à" (F2)
# "à" is French's most frequent accented word; a headline or a record
# whose only accent it was stayed UTF-8, the à replaced (exit 1).
printf 'Rendez-vous \340 Paris le 3 mars 2020.\n' >a1.txt
printf '\300 Lyon, le 3 mars 2020, Total (\340 perte).\n' >a2.txt
for f in a1 a2; do
  "$FREX" tokenize $f.txt >$f.tok 2>$f.err
  eq "$f: a windows-1252 'à' alone: exit 0" 0 $?
  has "$f: decoded as windows-1252" $f.err "frex: $f.txt: not UTF-8: decoded as windows-1252"
done
has "a1: the token à" a1.tok "	WORD	à	à	"
has "a2: the token À" a2.tok "	WORD	À	à	"
printf 'x\tRendez-vous \340 Paris.\n' | "$FREX" tokenize --lines >l.tok 2>/dev/null
has "--lines record: the token à" l.tok "	WORD	à	à	"
# guards: a UTF-8 text with a stray \340 stays UTF-8 (replaced, said);
# a \340 inside no word and not alone ("x\340\340 y") is no sign
printf 'Le caf\303\251 est ferm\303\251 \340 midi, le th\303\251 aussi.\n' >a3.txt
"$FREX" tokenize a3.txt >a3.tok 2>a3.err
eq "UTF-8 with a stray \\340: exit 1" 1 $?
has "UTF-8 with a stray \\340: replaced" a3.err "frex: a3.txt: 1 invalid bytes (first at byte 20), replaced"
has "UTF-8 with a stray \\340: its accents kept" a3.tok "	WORD	café	café	"
printf '12 \340\340 34\n' >a4.txt
"$FREX" tokenize a4.txt >/dev/null 2>a4.err
has "no word, no sign: stays UTF-8" a4.err "frex: a4.txt: 2 invalid bytes (first at byte 3), replaced"

# ------------------------------ a file-size limit (ulimit -f) (F3)
# SIGXFSZ killed frex (status 153) without a frex message, the other
# output of frex run left without a word; now the write fails (EFBIG):
# said, exit 2, the other output named incomplete.
i=0; : >big.txt
while [ $i -lt 2000 ]; do echo 'le chat dort sur le mur.' >>big.txt; i=$((i + 1)); done
cat lf.txt >>big.txt
"$FREX" extract big.txt >ref.tsv
( ulimit -f 20 2>/dev/null || exit 77
  "$FREX" run -j1 --tokens lim.tsv --entities lime.tsv big.txt 2>lim.err
  echo $? >lim.rc )
if [ -f lim.rc ]; then
  eq "file-size limit: exit 2" 2 "$(cat lim.rc)"
  has "file-size limit: said" lim.err "frex: lim.tsv: write error: File too large"
  # the entities of the one document are all there (the extractor goes
  # on): the file is whole, or it is named incomplete
  if cmp -s ref.tsv lime.tsv; then ok "file-size limit: the other output whole"
  else has "file-size limit: the other output named" lim.err "frex: lime.tsv: incomplete"; fi
  ( ulimit -f 20; "$FREX" tokenize big.txt >lim2.tsv 2>lim2.err; echo $? >lim2.rc )
  eq "file-size limit on stdout: exit 2" 2 "$(cat lim2.rc)"
  has "file-size limit on stdout: said" lim2.err "frex: stdout: write error: File too large"
else
  note "SKIP: ulimit -f not available"
fi

# ------------------------------ frex stem on token TSV with a BOM (F11)
# A TSV saved by a spreadsheet or PowerShell starts with a UTF-8 BOM: its
# header was read as a row, its "stem" name replaced by an empty stem,
# exit 0.  The BOM is now no part of the header.
"$FREX" tokenize lf.txt >t.tsv
"$FREX" stem t.tsv >s.ref
{ printf '\357\273\277'; cat t.tsv; } >tbom.tsv
"$FREX" stem tbom.tsv >s.bom 2>s.err
eq "stem, BOM: exit 0" 0 $?
check "stem, BOM: the rows of the file without it" cmp -s s.ref s.bom
"$FREX" stem <tbom.tsv >s.pipe
check "stem, BOM on a pipe: the same" cmp -s s.ref s.pipe

# ------------------------ a UTF-8 BOM before a windows-1252 body (F4)
# (cat bom-header.txt cp1252.txt): the BOM decided UTF-8 alone, every
# accent was replaced and "3 f\351vrier 2020" gave only the year, with a
# message saying the file was "mostly UTF-8".
printf '\357\273\277Le caf\351 a ferm\351 le 3 f\351vrier 2020.\n' >bomcp.txt
"$FREX" extract bomcp.txt >bomcp.tsv 2>bomcp.err
eq "BOM + windows-1252: exit 0" 0 $?
eq "BOM + windows-1252: the date" "DATE 3 février 2020 2020-02-03 day|" "$(field 4,5,6,7 <bomcp.tsv | tr '\t' ' ' | tr '\n' '|')"
has "BOM + windows-1252: said" bomcp.err "frex: bomcp.txt: not UTF-8: decoded as windows-1252"
"$FREX" tokenize bomcp.txt >bomcp.tok 2>/dev/null
has "BOM + windows-1252: the BOM is U+FEFF at 0-3, not \"ï»¿\"" bomcp.tok "	1	3	5	WORD	Le	"
# guard: a BOM before UTF-8 with one stray byte stays UTF-8
printf '\357\273\277Le caf\303\251 \340 Paris le 3 f\303\251vrier 2020.\n' >bomu.txt
"$FREX" extract bomu.txt >bomu.tsv 2>bomu.err
has "BOM + UTF-8 with a stray byte: replaced" bomu.err "frex: bomu.txt: 1 invalid bytes (first at byte 12), replaced"
has "BOM + UTF-8 with a stray byte: the date" bomu.tsv "	3 février 2020	2020-02-03	day"

# -------- more French typography in an accent-free windows-1252 text (F12)
# “ ” – … ° were replaced (exit 1) where French puts them.
printf 'Il a dit \223non\224 le 3 mars 2020 \226 la suite\205\n' >q1.txt
printf 'Il est n\260 1 avec 10\260C.\n' >q2.txt
for f in q1 q2; do
  "$FREX" tokenize $f.txt >$f.tok 2>$f.err
  eq "$f: windows-1252 typography: exit 0" 0 $?
done
eq "q1: “ ” – … kept" "“|”|–|…|" "$(field 6 <q1.tok | grep -v '^[A-Za-z0-9.]' | tr '\n' '|')"
has "q2: n° kept" q2.tok "	WORD	n°	"
# guards: a stray Latin-1 no-break space in a number stays UTF-8 (replaced,
# its offsets the file's); two dashes glued together are no sign
printf 'Prix : 3\240000 euros.\n' >q3.txt
"$FREX" tokenize q3.txt >/dev/null 2>q3.err
has "stray no-break space: stays UTF-8" q3.err "frex: q3.txt: 1 invalid bytes (first at byte 8), replaced"
printf 'x \226\226 y\n' >q4.txt
"$FREX" tokenize q4.txt >/dev/null 2>q4.err
has "glued dashes: stay UTF-8" q4.err "frex: q4.txt: 2 invalid bytes (first at byte 2), replaced"

finish
