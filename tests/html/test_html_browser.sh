#!/bin/sh
# Issue 16: `frex extract --format html` read back from a real browser.
# Pages of corpus/ (a directory: a table of contents), of a document with
# every entity type, nested, crossing and shared spans, < & > quotes, CR LF,
# controls and invalid bytes, of --lines records, and of a document of
# three 4 MB segments are
#   - checked as written (tests/html/check_html.py strict: nesting, closing,
#     escaping, ids; and `tidy -errors` when Debian's tidy is installed);
#   - rendered by headless Chromium (--dump-dom), whose DOM must give back
#     the TSV rows of `frex extract` on the same input as the marks' data-
#     attributes, each row's text where the marks are, and each document's
#     text as the textContent of its div.text (check_html.py dom).  The
#     8.7 MB page is read by check_html.py itself instead: Chromium takes
#     minutes to lay out one 8 MB block of text on a loaded machine, and a
#     page that passes the strict check is the tree a browser builds.
# -j1 and -j3 give the same page.  SKIP (77) without a browser.
set -u
FREX=${FREX:-bin/frex}
REPO=$(pwd)
case $FREX in /*) ;; *) FREX=$REPO/$FREX ;; esac
CHECK="python3 $REPO/tests/html/check_html.py"
BROWSER=${CHROMIUM:-$(command -v chromium || command -v chromium-browser ||
  command -v google-chrome || true)}
if [ -z "$BROWSER" ]; then
  echo "SKIP: no headless browser (Debian: apt-get install chromium)"
  exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/frex-html.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# The browser's DOM of page $1 in $1.dom: a fresh profile each time, no
# network (the flags of .library/env/machines/c.md for root on these
# machines).
dom() {
  rm -rf "$T/profile"
  timeout 300 "$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$T/profile" \
    --dump-dom "file://$1" >"$1.dom" 2>"$1.err"
  rc=$?
  if [ $rc -ne 0 ] || ! grep -q '</html>' "$1.dom"; then
    bad "$BROWSER exited $rc on $1 without a DOM"
    tail -n 5 "$1.err"
    return 1
  fi
}

# check NAME WANT_RC DOCLIST [--lines FILE] -- FREX-ARGS...: the page and
# the TSV of the same input, as written, as a browser read it (as
# check_html.py reads it when NAME is big).
check() {
  name=$1 want=$2 list=$3
  shift 3
  lines=""
  if [ "$1" = --lines ]; then lines="--lines $2"; shift 2; fi
  shift # --
  "$FREX" extract -j2 "$@" >"$T/$name.tsv" 2>"$T/$name.tsv.err"
  rc_tsv=$?
  "$FREX" extract -j2 --format html "$@" >"$T/$name.html" 2>"$T/$name.err"
  rc=$?
  [ $rc -eq "$want" ] && [ $rc_tsv -eq "$want" ] ||
    bad "$name: exit $rc (TSV $rc_tsv), want $want: $(head -n 3 "$T/$name.err")"
  cmp -s "$T/$name.err" "$T/$name.tsv.err" ||
    bad "$name: HTML and TSV runs said different things on stderr"
  $CHECK strict "$T/$name.html" || bad "$name: page not well formed"
  if command -v tidy >/dev/null 2>&1; then
    tidy -errors -q "$T/$name.html" >"$T/$name.tidy" 2>&1 ||
      bad "$name: tidy: $(head -n 5 "$T/$name.tidy")"
  fi
  if [ "$name" = big ]; then
    cp "$T/$name.html" "$T/$name.html.dom"
  else
    dom "$T/$name.html" || return
  fi
  # shellcheck disable=SC2086
  $CHECK dom "$T/$name.html.dom" "$T/$name.tsv" "$list" $lines ||
    bad "$name: the browser's DOM does not give back the rows and the text"
}

# corpus/: five documents, one page with a table of contents
ls corpus/*.txt >"$T/corpus.list"
check corpus 0 "$T/corpus.list" -- corpus
"$FREX" extract -j1 --format html corpus >"$T/corpus-j1.html"
"$FREX" extract -j3 --format html corpus >"$T/corpus-j3.html"
cmp -s "$T/corpus-j1.html" "$T/corpus.html" &&
  cmp -s "$T/corpus-j3.html" "$T/corpus.html" ||
  bad "corpus: the page depends on -j"

# Every type, overlaps, escapes and bytes HTML cannot hold.  The extra
# dictionary makes crossing spans (Groupe Mars | Mars 2020, Banque Lundi |
# Lundi 3 mars 2021) and two rows on one span (Samedi: COMPANY and DATE,
# nested); Journal du Dimanche, a title, holds no DATE.  Invalid bytes
# (\377, \300,
# a cut sequence) and a NUL become U+001A in frex, so U+FFFD here, as do
# \001, DEL and U+FFFE.  (U+0085 was among them; since s36 a C1 control
# in UTF-8 is read as windows-1252 text, '…', offsets then those of the
# repaired text, not the file's: test_s36_robust.sh.)
cd "$T" || exit 2
printf 'Groupe Mars\tCOMPANY\t\tQ90001\nBanque Lundi\tAGENCY\t\tQ90002\nSamedi\tCOMPANY\t\tQ90003\n' >extra.tsv
{
  printf 'Le 3 mars 2020, Amazon a payé 10 millions d’euros au Pentagone.\r\n'
  printf 'Le Journal du Dimanche : le Groupe Mars 2020 et la Banque Lundi 3 mars 2021.\r\n\r\n'
  printf 'Samedi, <b>AT&T</b> & "Microsoft" l’a dit : 5 € > 4 $ ; x<y & a&amp;b.\n'
  printf '\377Amazon\376 et \300la CIA\342\202 ; NUL \000 fin\001, DEL \177, \357\277\276.\r'
  printf 'Ligne après un CR seul.\n\n\tParagraphe avec tabulation, le 14 juillet 2021.'
} >mixed.txt
echo mixed.txt >"$T/mixed.list"
check mixed 1 "$T/mixed.list" -- --dict extra.tsv mixed.txt
for want in 'data-type="AMOUNT"' 'data-type="DATE"' 'data-type="COMPANY"' \
  'data-type="AGENCY"' 'class="cont"' 'data-value="Groupe Mars"' \
  'Samedi</mark></mark>'; do
  grep -q "$want" "$T/mixed.html" || bad "mixed: no $want in the page"
done
grep -q 'data-type="DATE"[^>]*>Dimanche<' "$T/mixed.html" &&
  bad "mixed: Journal du Dimanche's word marked as a DATE"
grep -q 'data-type="COMPANY" data-value="Samedi" data-unit="Q90003"' \
  "$T/mixed.html" || bad "mixed: no COMPANY Samedi from the extra dictionary"

# --lines records: documents numbered in input order
printf 'a\tLe 3 mars 2020 à Paris.\nb <&>\tAmazon & "Google" <x>.\nc\t\n' >"$T/records.txt"
printf 'a\nb <&>\nc\n' >"$T/records.list"
check records 0 "$T/records.list" --lines records.txt -- --lines records.txt

# A document of three segments (the CLI cuts at 4 MB between paragraphs,
# here CR LF CR LF): the text whole, the marks on both sides of each cut.
awk 'BEGIN { for (i = 0; i < 140000; i++)
  if (i % 40 == 0)
    printf "%d : le 3 mars 2020, Amazon a payé 10 millions d’euros au Pentagone.\r\n\r\n", i
  else
    printf "Ligne %d, du texte sans entité pour remplir & <remplir>.\r\n\r\n", i }' \
  >big.txt
echo big.txt >"$T/big.list"
check big 0 "$T/big.list" -- big.txt
[ "$(wc -c <big.txt)" -gt 8388608 ] || bad "big.txt is not three segments"

[ $fail -eq 0 ] && echo "html: pages of corpus/, mixed.txt, --lines and a 3-segment document read back from $("$BROWSER" --version 2>/dev/null | head -n 1)"
exit $fail
