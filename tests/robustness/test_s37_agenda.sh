#!/bin/sh
# Session 37: an agenda written one day per line, with no blank line
# between the lines (SPEC "DATE": weekdays; "Line breaks"): the line
# unwrapping glued "... marché de Noël.\nSamedi et dimanche : concerts."
# into one line of a two-line paragraph that looked wrapped, so the
# weekdays no longer headed their line and resolved to the weekend
# before the DCT.  A line that opens with a weekday and a colon or a dash
# after a line that ends its sentence (or its own day) stays on its line.
. tests/robustness/lib.sh
cd "$T" || exit 2

dates() { "$FREX" extract --types DATE --dct "$1" "$2" | field 6 | tr '\n' ' ' | sed 's/ $//'; }

printf 'Vendredi 11 décembre : marché de Noël.\nSamedi, dimanche : concerts.\n' >a1.txt
eq "agenda: a weekday pair after a dated line" "2020-12-11 2020-12-12 2020-12-13" "$(dates 2020-12-09 a1.txt)"

printf 'Vendredi 11 décembre : marché de Noël place du Martroi\nDimanche : loto\n' >a2.txt
eq "agenda: lines with no full stop" "2020-12-11 2020-12-13" "$(dates 2020-12-09 a2.txt)"

printf 'Vendredi 11 décembre : marché de Noël sur la place du Martroi.\nSamedi – concerts au kiosque.\n' >a3.txt
eq "agenda: a dash after the weekday" "2020-12-11 2020-12-12" "$(dates 2020-12-09 a3.txt)"

# negatives: a wrapped sentence goes on across the break as before
printf 'Le conseil municipal a voté le budget le jeudi 10 décembre, et\nsamedi : les élus ont visité le chantier.\n' >n1.txt
eq "not an agenda: a lowercase line goes on" "2020-12-10 2020-12-05" "$(dates 2020-12-09 n1.txt)"
printf 'Le maire a présenté ses vœux aux habitants de la commune lors de la cérémonie de\nSamedi 5 décembre.\n' >n2.txt
eq "not an agenda: a line ending with a link word goes on" "1" \
  "$("$FREX" extract --types DATE --dct 2020-12-09 n2.txt | field 5 | grep -c 'Samedi 5 décembre')"
# a wrapped amount is still read across the break after an agenda's line
printf 'Samedi : concerts.\nLe budget de la fête atteint 3 millions\nd'"'"'euros cette année.\n' >n3.txt
eq "an amount wrapped after an agenda line" "3 millions\\nd'euros" \
  "$("$FREX" extract --types AMOUNT n3.txt | field 5)"

finish
