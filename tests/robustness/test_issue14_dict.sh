#!/bin/sh
# Issue 14, "Dictionaries": a --dict file starting with a UTF-8 BOM loads
# its first entry (it silently never matched), and a --dict entry that
# repeats a name of the built-in dictionary is reported once, as a warning
# (it was silently ignored): the built-in entry keeps the name.
. tests/robustness/lib.sh
cd "$T" || exit 2

printf 'Zorglub Industries a payé 3 millions de dollars à Amazon.\n' >doc.txt
printf '\357\273\277Zorglub Industries\tCOMPANY\tZorglub\tQ999\n' >bom.tsv
"$FREX" extract --dict bom.tsv doc.txt >bom.out 2>bom.err
eq "BOM: exit 0, no message" "0:" "$?:$(cat bom.err)"
has "BOM: the first entry matches" bom.out \
  "doc.txt	0	18	COMPANY	Zorglub Industries	Zorglub Industries	Q999"
printf 'Zorglub Industries\tCOMPANY\tZorglub\tQ999\n' >nobom.tsv
"$FREX" extract --dict nobom.tsv doc.txt >nobom.out 2>/dev/null
check "BOM: the same rows as without it" cmp -s bom.out nobom.out

# entries repeating built-in names: Amazon (an alias too), and Pentagone
printf '# mine\nAmazon\tCOMPANY\tAMZN\tQ1\nZorglub\tCOMPANY\nDéfense US\tAGENCY\tPentagone\n' >dup.tsv
"$FREX" extract --dict dup.tsv doc.txt >dup.out 2>dup.err
eq "repeated names: exit 0" 0 $?
eq "repeated names: one warning for the file" \
  "frex: dup.tsv: line 2: 'Amazon' is already a name of the built-in dictionary (Amazon, COMPANY), which keeps it (and 1 more entry)" \
  "$(cat dup.err)"
has "repeated names: the built-in entry keeps the name" dup.out \
  "	COMPANY	Amazon	Amazon	Q3884"
eq "repeated names: the file's other entries load (Zorglub)" Zorglub \
  "$(awk -F'\t' '$4 == "COMPANY" && $6 == "Zorglub" { print $6; exit }' dup.out)"
"$FREX" extract -q --dict dup.tsv doc.txt >/dev/null 2>dupq.err
eq "repeated names: -q silences the warning" "" "$(cat dupq.err)"
"$FREX" extract --dict nobom.tsv --dict dup.tsv --dict bom.tsv doc.txt \
  >/dev/null 2>multi.err
eq "several --dict files: one warning per file that repeats names" \
  "0 1 dup.tsv" "$? $(wc -l <multi.err) $(sed 's/^frex: \([^:]*\):.*/\1/' multi.err)"
"$FREX" extract --dict nobom.tsv doc.txt >/dev/null 2>none.err
eq "a --dict file of new names: no message" "" "$(cat none.err)"
finish
