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
eq "CR alone: three sentences" 3 "$(cut -f1 cr.tok | sort -u | wc -l | tr -d ' ')"
# guard: a single CR in running text (a hard wrap) still does not end
# the sentence before a lowercase word
printf 'Il a vers\303\251 10\rmillions d\342\200\231euros le 3\rmars 2020.\r' >wrap.txt
eq "CR alone: a wrapped line goes on" 1 "$("$FREX" tokenize wrap.txt | field 2 | sort -u | wc -l | tr -d ' ')"

finish
