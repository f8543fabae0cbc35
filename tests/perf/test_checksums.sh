#!/bin/sh
# Byte identity of every output across performance work (issue 15: "output
# byte-identical to the code before the redesign ... a test keeps a checksum
# per command").  Runs each command below on the test corpora of the repo
# (corpus/, tests/date/datelines/, tests/fuzz/corpus/, corpus/ folded at 72
# columns, and the texts of tests/org/cases.tsv and tests/date/cases.tsv as
# one --lines file), with -j1 and -j2, and compares the sha256 of stdout,
# stderr and the exit status of each with tests/perf/checksums.txt.
# The inputs are copied to a temporary directory and run from there, so the
# doc column does not depend on where the repository is.
# A difference means an output changed: if that was intended and every
# changed row was reviewed, regenerate the file with
# scripts/update-checksums.sh (which runs this script with --update).
# Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
case $FREX in /*) ;; *) FREX=$PWD/$FREX ;; esac
. tests/lib.sh
need_cmd sha256sum fold
SUMS=$PWD/tests/perf/checksums.txt
update=0
[ "${1:-}" = --update ] && update=1
T=$(mktemp -d "${TMPDIR:-/tmp}/frex-sums.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/in/fold"
cp -R corpus "$T/in/corpus"
cp -R tests/date/datelines "$T/in/datelines"
cp -R tests/fuzz/corpus "$T/in/fuzz"
for f in corpus/*.txt; do
  fold -s -w 72 "$f" >"$T/in/fold/$(basename "$f")"
done
# column 2 of the rule-case files is a document; one record per line
for f in tests/org/cases.tsv tests/date/cases.tsv; do
  grep -v '^#' "$f" | awk -F '\t' -v p="$(basename "$(dirname "$f")")" \
    'NF >= 2 && $2 != "" { printf "%s%d\t%s\n", p, NR, $2 }'
done >"$T/in/lines.txt"
[ "$(wc -l <"$T/in/lines.txt")" -gt 100 ] || { echo "not ok - lines.txt is short"; exit 1; }

cd "$T" || exit 2
out=$T/sums.txt
: >"$out"
sum() { sha256sum | cut -c1-64; }
# one line per command: NAME  sha256(stdout)  sha256(stderr + exit status)
record() { # name command...
  n=$1; shift
  "$@" >o.out 2>o.err; echo "rc=$?" >>o.err
  [ -s o.out ] || echo "# $n: empty output" >>"$out"
  printf '%s\t%s\t%s\n' "$n" "$(sum <o.out)" "$(sum <o.err)" >>"$out"
}
for j in 1 2; do
  for in in corpus datelines fuzz fold; do
    i=in/$in
    record "tokenize -j$j $in" "$FREX" tokenize -j$j "$i"
    record "extract -j$j $in" "$FREX" extract -j$j "$i"
    record "extract --types AMOUNT,DATE -j$j $in" "$FREX" extract --types AMOUNT,DATE -j$j "$i"
    record "extract --types COMPANY,AGENCY -j$j $in" "$FREX" extract --types COMPANY,AGENCY -j$j "$i"
    record "run --tokens -j$j $in (entities)" "$FREX" run -j$j --tokens tok.tsv "$i"
    record "run --tokens -j$j $in (tokens)" cat tok.tsv
    record "tokenize -j$j $in | stem" sh -c '"$1" tokenize -j"$2" "$3" | "$1" stem' sh "$FREX" $j "$i"
  done
  record "tokenize --lines -j$j" "$FREX" tokenize --lines -j$j in/lines.txt
  record "extract --lines -j$j" "$FREX" extract --lines -j$j in/lines.txt
  record "run --tokens --lines -j$j (entities)" "$FREX" run --lines -j$j --tokens tok.tsv in/lines.txt
  record "run --tokens --lines -j$j (tokens)" cat tok.tsv
done

if [ $update = 1 ]; then
  {
    echo "# sha256 of stdout and of stderr+exit status per command of"
    echo "# tests/perf/test_checksums.sh; regenerate only with"
    echo "# scripts/update-checksums.sh, after reviewing the change of output."
    cat "$out"
  } >"$SUMS"
  echo "wrote $(grep -vc '^#' "$SUMS") checksums to tests/perf/checksums.txt"
  exit 0
fi
[ -f "$SUMS" ] || { echo "not ok - tests/perf/checksums.txt is missing"; exit 1; }
status=0
n=0
while IFS="$(printf '\t')" read -r name o e; do
  n=$((n + 1))
  want=$(grep -v '^#' "$SUMS" | awk -F '\t' -v n="$name" '$1 == n { print $2 "\t" $3 }')
  if [ -z "$want" ]; then
    echo "not ok $n - $name: no checksum in tests/perf/checksums.txt"; status=1
  elif [ "$want" = "$(printf '%s\t%s' "$o" "$e")" ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name: output differs from tests/perf/checksums.txt"; status=1
  fi
done <<EOT
$(grep -v '^#' "$out")
EOT
if grep -q '^# ' "$out"; then
  grep '^# ' "$out"; echo "not ok - a command gave no output"; status=1
fi
want_n=$(grep -vc '^#' "$SUMS")
[ "$n" -eq "$want_n" ] || { echo "not ok - $n commands run, $want_n checksums"; status=1; }
exit $status
