#!/bin/sh
# A replaced byte inside an entity (session 30).  A NUL, or a byte that is
# not UTF-8 in a UTF-8 file, is U+001A in the text frex reads (SPEC
# "Robustness": replaced and reported, exit 1).  The tokenizer read it as
# a blank, the extractors as a word's end, so a date or an amount across
# it was cut in two and got a wrong value, said by nothing but the count
# of replaced bytes: "le 12 mars\0 2020" gave "12 mars" = XXXX-03-12 and
# "2020"; a UTF-8 file with a stray Latin-1 no-break space ("12\xA0000\xA0€",
# pasted from an old page) lost its amount.  The extractors now read the
# replaced byte as a space; the row's text holds the U+001A (the text frex
# produced: offsets refer to it).  And a number cut from its head at a line
# break ("300\n000 euros") gave "000 euros" = 0 EUR: a line that ends with
# a digit now goes on into a next line that opens with a group of three
# digits, and a number with two leading zeros is no amount of its own.
# A form feed (pdftotext's page break) is a blank to the line breaks'
# rule and to the extractors.
. tests/robustness/lib.sh
cd "$T" || exit 2

vals() { field 4,5,6,7 <"$1" | tr '\t' ' ' | tr '\n' '|'; }

# -------------------------------------------------------- NUL in a date
printf 'Le contrat a \303\251t\303\251 sign\303\251 le 12 mars\0002020 \303\240 Paris.\n' >nul.txt
# guard: a NUL inside a word makes no word of its halves ("ma\0rs")
printf 'Le contrat a \303\251t\303\251 sign\303\251 le 12 ma\000rs 2020.\n' >nulword.txt
for j in 1 2; do
  "$FREX" extract -j$j nul.txt nulword.txt >nul.$j.tsv 2>nul.$j.err
  eq "NUL between a date's words -j$j: exit 1" 1 $?
  eq "NUL between a date's words -j$j: one date" \
    "DATE $(printf '12 mars\0322020') 2020-03-12 day|DATE 2020 2020 year|" "$(vals nul.$j.tsv)"
done
has "NUL: message" nul.1.err "frex: nul.txt: 1 NUL bytes (first at byte 36), replaced"
has "NUL in a word: message" nul.1.err "frex: nulword.txt: 1 NUL bytes (first at byte 34), replaced"
# the offsets hold in the text frex produced (its NULs U+001A)
mkdir -p sub && tr '\000' '\032' <nul.txt >sub/nul.txt && tr '\000' '\032' <nulword.txt >sub/nulword.txt
check "NUL: offsets into the text as read" offsets_ok nul.1.tsv sub

# ---------------------------------------------- --lines: NUL in the text
printf 'a\tLe 12 mars\0002020, 3\000000 euros.\nb\tLe 4 mars 2020.\n' >nul.lines
"$FREX" extract --lines nul.lines >lines.tsv 2>lines.err
eq "--lines, NUL in a record's text: exit 1" 1 $?
eq "--lines, NUL in a record's text: rows" \
  "DATE $(printf '12 mars\0322020') 2020-03-12 day|AMOUNT $(printf '3\032000 euros') 3000 EUR|DATE 4 mars 2020 2020-03-04 day|" \
  "$(vals lines.tsv)"

# ------------------------ a stray Latin-1 no-break space in a UTF-8 file
printf 'Il a pay\303\251 12\240000\240\342\202\254 le 3 mars\2402020.\n' >nbsp.txt
"$FREX" extract nbsp.txt >nbsp.tsv 2>nbsp.err
eq "stray 0xA0 in UTF-8: exit 1" 1 $?
eq "stray 0xA0 in UTF-8: the amount and the date" \
  "AMOUNT $(printf '12\032000\032\342\202\254') 12000 EUR|DATE $(printf '3 mars\0322020') 2020-03-03 day|" \
  "$(vals nbsp.tsv)"
has "stray 0xA0 in UTF-8: message" nbsp.err "frex: nbsp.txt: 3 invalid bytes (first at byte 13), replaced"
mkdir -p sub2 && tr '\240' '\032' <nbsp.txt | sed 's/\o342\o202\o032/\o342\o202\o254/' >sub2/nbsp.txt
check "stray 0xA0: offsets into the text as read" offsets_ok nbsp.tsv sub2

# ------------------------------------- a number cut at a line break
# a two-line paragraph whose first line is short: not taken for wrapped
# text, yet the number goes on ("300\n000 euros", and CRLF)
printf 'Une amende de 300\n000 euros a \303\251t\303\251 requise.\n' >cut.txt
printf 'Une amende de 300\r\n000 euros a \303\251t\303\251 requise.\r\n' >cutcrlf.txt
# guards: a year at a line's end and a count on the next; "000" alone
printf 'Le plan date de 2019\n150 salari\303\251s sont concern\303\251s.\n\nLe 3 mars, 000 euros.\n' >guard.txt
"$FREX" extract cut.txt cutcrlf.txt guard.txt >cut.tsv 2>cut.err
eq "number cut at a line break: exit 0, no message" "0:" "$?:$(cat cut.err)"
eq "number cut at a line break: one amount, LF and CRLF; no 000 euros = 0" \
  "AMOUNT 300\\n000 euros 300000 EUR|AMOUNT 300\\r\\n000 euros 300000 EUR|DATE 2019 2019 year|DATE 3 mars XXXX-03-03 day|" \
  "$(vals cut.tsv)"
check "number cut at a line break: offsets" offsets_ok cut.tsv

# ------------------------------------- a page break of pdftotext
# pdftotext starts a page's first line with a form feed, often inside a
# sentence: "3 millions\n\fd'euros" lost its amount, "3 mars\n\f2020" its
# year (the line, starting with no letter, was taken for an item)
printf 'Le contrat de 3 millions\n\fd\342\200\231euros a \303\251t\303\251 sign\303\251 le 3 mars\n\f2020 par Renault.\n\f' >pdf.txt
"$FREX" extract pdf.txt >pdf.tsv 2>pdf.err
eq "form feed after a line break: exit 0, no message" "0:" "$?:$(cat pdf.err)"
eq "form feed after a line break: the amount and the date" \
  "$(printf 'AMOUNT 3 millions\\n\fd\342\200\231euros 3000000 EUR|DATE 3 mars\\n\f2020 2020-03-03 day|COMPANY Renault Renault Q6686|')" \
  "$(vals pdf.tsv)"
check "form feed: offsets" offsets_ok pdf.tsv

finish
