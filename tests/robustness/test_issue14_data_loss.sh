#!/bin/sh
# Issue 14, "Data loss" (SPEC "Robustness": never destroy input): an output
# file that is one of the inputs — given as an operand, met while walking a
# directory, standard input, a hard link, or a redirection of stdout — or
# the same file for both outputs, is refused before anything is written or
# truncated: exit 2, one message, the input intact, no file left behind.
. tests/robustness/lib.sh
cd "$T" || exit 2

printf 'Le 3 mars 2020, Amazon a payé 10 millions de dollars.\n' >a.txt
cp a.txt keep.txt
mkdir -p d/sub
cp a.txt d/b.txt

# refused CASE MESSAGE CMD...: exit 2, MESSAGE on stderr, a.txt and d/b.txt
# intact, nothing on stdout
refused() {
  _c=$1 _m=$2; shift 2
  "$@" >out.$$ 2>err.$$
  eq "$_c: exit 2" 2 $?
  eq "$_c: message" "$_m" "$(cat err.$$)"
  check "$_c: a.txt intact" cmp -s a.txt keep.txt
  check "$_c: d/b.txt intact" cmp -s d/b.txt keep.txt
  check "$_c: nothing on stdout" test ! -s out.$$
  rm -f out.$$ err.$$
}

refused "run --tokens over its input" \
  "frex: a.txt: is both an input and the --tokens output; refused, nothing written" \
  "$FREX" run --tokens a.txt a.txt
refused "run --entities over its input" \
  "frex: a.txt: is both an input and the --entities output; refused, nothing written" \
  "$FREX" run --entities a.txt a.txt
refused "run --tokens over a file met in a directory" \
  "frex: d/b.txt: is both an input and the --tokens output; refused, nothing written" \
  "$FREX" run --tokens d/b.txt d
ln a.txt hard.txt
refused "run --tokens over a hard link to its input" \
  "frex: a.txt: is both an input and the --tokens output; refused, nothing written" \
  "$FREX" run --tokens hard.txt a.txt
rm hard.txt

"$FREX" run --tokens o --entities o a.txt >out 2>err
eq "--tokens o --entities o: exit 2" 2 $?
eq "--tokens o --entities o: message" \
  "frex: o: is both the --tokens output and the --entities output; refused, nothing written" \
  "$(cat err)"
check "--tokens o --entities o: no file o left behind" test ! -e o
"$FREX" run --tokens o --entities ./o a.txt >/dev/null 2>err
eq "--tokens o --entities ./o: the same file under two names" "2 1" \
  "$? $(grep -c 'refused' err)"
printf 'old\n' >o
"$FREX" run --tokens o --entities o a.txt 2>/dev/null
eq "--tokens o --entities o (o exists): exit 2, o untouched" "2 old" "$? $(cat o)"
rm -f o
"$FREX" run --tokens t.tsv a.txt >t.tsv 2>err
eq "--tokens F with stdout (the entities) redirected to F: exit 2" "2 1" \
  "$? $(grep -c 'is both the --tokens output and standard output' err)"

# stdout redirected into a file that the walk meets
"$FREX" extract d >d/out.tsv 2>err
eq "extract d > d/out.tsv: exit 2" 2 $?
eq "extract d > d/out.tsv: message" \
  "frex: d/out.tsv: is both an input and standard output; refused, nothing written" \
  "$(cat err)"
check "extract d > d/out.tsv: nothing written" test ! -s d/out.tsv
rm -f d/out.tsv
cp a.txt grow.txt
"$FREX" extract - <grow.txt >>grow.txt 2>err
eq "extract - < F >> F (would read its own rows): exit 2" 2 $?
check "extract - < F >> F: F unchanged" cmp -s grow.txt a.txt
"$FREX" tokenize a.txt >t.tsv
cp t.tsv t0.tsv
"$FREX" stem t.tsv >>t.tsv 2>err
eq "stem F >> F: exit 2" 2 $?
check "stem F >> F: F unchanged" cmp -s t.tsv t0.tsv

# what must still work
"$FREX" run --tokens d/tok.tsv --entities d/ent.tsv a.txt >/dev/null 2>err
eq "outputs in a directory that is not read: exit 0" "0:" "$?:$(cat err)"
check "outputs written" test -s d/tok.tsv -a -s d/ent.tsv
rm -f d/tok.tsv d/ent.tsv
"$FREX" extract a.txt >/dev/null 2>err
eq "stdout on /dev/null: exit 0" "0:" "$?:$(cat err)"
"$FREX" extract /dev/null >/dev/null 2>err
eq "reading and writing /dev/null (a device, not a file): exit 0" "0:" \
  "$?:$(cat err)"
"$FREX" extract a.txt >e.tsv 2>err
eq "stdout on a new file: exit 0" "0:" "$?:$(cat err)"
has "stdout on a new file: rows" e.tsv "	AMOUNT	"
printf 'old rows\n' >e.tsv
"$FREX" run --entities e.tsv a.txt 2>/dev/null
hasnt "an existing output is truncated once allowed" e.tsv "old rows"
has "an existing output gets the rows" e.tsv "	AMOUNT	"

finish
