#!/bin/sh
# The reference date from the article itself (issue 12, SPEC "Reference
# date (DCT)"): each article of tests/date/datelines (datelines.tsv gives
# the date its first lines carry: "4 février 2016 . –", "PARIS, 4 février
# 2016 (AFP) -", "Publié le 04/02/2016 à 10h30" before a "Mis à jour",
# "Mis à jour le 5 février 2016" alone, "date: 2021-07-14", "Bruxelles, le
# 12 mars 2019", "jeudi 4 février 2016 —"; none for a headline "14 juillet
# 2016 : ..." or a first sentence "Le 14 juillet 2016, un camion ...";
# "Le 12/03/2024 à 18:30" alone on its line, not "Le 12 mars 2024 à
# Paris, le ..."; a hard-wrapped title and first paragraph before the
# dateline, and a dateline whose dash the wrapping put on the next line)
# gives without --dct exactly the rows it gives with --dct set to that
# date (--dct none when it has none); --dct none turns the detection off;
# a byline "Par AFP le 12 mars 2024 à 10h30", "AFP, publié le mardi 12
# mars 2024", a date and its time alone "12/03/2024 10:30", "12 mars
# 2026, 08h15" (not "12 mars 2026, 15 tracteurs"), an ISO 8601 timestamp
# "2026-03-12T08:15:00+01:00";
# a two-line header and body whose line break the view makes a space,
# "Hier," still a date there; header fields after the line's start
# ("Le Figaro • Publié le", "Temps de lecture : 3 min – Publié le",
# "LE MONDE ECONOMIE | 05.03.2024 à 10h32", "Mis à jour le 6 mars 2024 |
# Publié le 5 mars 2024" gives the 5th), a place with its department in
# brackets, and "Le rapport, publié le 5 mars 2020, ..." no dateline; an
# e-mail's header "Envoyé : vendredi 4 décembre 2026 17:42", "Sent: Friday,
# December 4, 2026" (a forwarded message's inner header is not the DCT;
# "Date limite : 4 décembre 2026" is none); and
# all rows equal
# tests/date/datelines.DATE.tsv, checked by hand against SPEC.  Regenerate that file with
#   bin/frex extract --types DATE tests/date/datelines > tests/date/datelines.DATE.tsv
# and review the diff.  Environment: FREX, SHARED.
set -u
FREX=${FREX:-bin/frex}
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
grep -v '^#' tests/date/datelines.tsv >"$tmp/list"
while IFS='	' read -r f dct; do
  a=tests/date/datelines/$f
  "$FREX" extract --types DATE "$a" >"$tmp/auto" || { echo "$f: frex failed"; exit 1; }
  "$FREX" extract --types DATE --dct "$dct" "$a" >"$tmp/forced" || exit 1
  if ! cmp -s "$tmp/auto" "$tmp/forced"; then
    echo "$f: without --dct differs from --dct $dct:"
    diff "$tmp/forced" "$tmp/auto"
    exit 1
  fi
  if [ "$dct" != none ]; then
    "$FREX" extract --types DATE --dct none "$a" >"$tmp/none" || exit 1
    if cmp -s "$tmp/auto" "$tmp/none"; then
      echo "$f: --dct none changes nothing: no relative date resolved?"
      exit 1
    fi
  fi
  n=$((n + 1))
done <"$tmp/list"
"$FREX" extract --types DATE tests/date/datelines >"$tmp/all.tsv" || exit 1
diff -u tests/date/datelines.DATE.tsv "$tmp/all.tsv" || exit 1
if [ -f "$SHARED/tools/check_offsets.py" ]; then
  python3 "$SHARED/tools/check_offsets.py" "$tmp/all.tsv" >/dev/null || exit 1
fi
echo "SCORE datelines: $n articles resolve as with --dct of their dateline"
