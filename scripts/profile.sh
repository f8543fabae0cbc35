#!/bin/sh
# Where frex spends its instructions: callgrind on a slice of the benchmark
# corpus (default 5 MB, cut at a line end), one profile per command.
# Instruction counts do not depend on machine noise, so two builds can be
# compared exactly.  Needs valgrind (apt-get install valgrind).
#
#   sh scripts/profile.sh [CMD...]      CMD in: wc startup tokenize stem
#                                       extract run amount date amountdate
#                                       org (default: all)
#
# Writes bench/profile/<cmd>.callgrind (open with callgrind_annotate or
# kcachegrind) and prints, per command, instructions per input byte and per
# token and the top functions (self, then inclusive).
# Environment: FREX (default bin/frex), PROFILE_BYTES (5000000), BENCH_DIR.
set -eu
cd "$(dirname "$0")/.."
FREX=${FREX:-bin/frex}
BYTES=${PROFILE_BYTES:-5000000}
BENCH=${BENCH_DIR:-bench}
OUT=$BENCH/profile
command -v valgrind >/dev/null 2>&1 || {
  echo "profile: needs valgrind (apt-get install valgrind)" >&2
  exit 2
}
sh scripts/build_bench_corpus.sh
mkdir -p "$OUT"
SLICE=$OUT/slice.txt
head -c "$BYTES" "$BENCH/corpus.txt" | sed '$d' >"$SLICE"
SIZE=$(wc -c <"$SLICE")
"$FREX" tokenize -j1 "$SLICE" >"$OUT/slice.tokens.tsv"
TOKENS=$(($(wc -l <"$OUT/slice.tokens.tsv") - 1))

[ $# -gt 0 ] || set -- wc startup tokenize stem extract run amount date amountdate org
for cmd in "$@"; do
  case $cmd in
  tokenize) args="tokenize -j1 $SLICE" ;;
  stem) args="stem -j1 $OUT/slice.tokens.tsv" ;;
  extract) args="extract -j1 $SLICE" ;;
  run) args="run -j1 --tokens /dev/null $SLICE" ;;
  amount) args="extract -j1 --types AMOUNT $SLICE" ;;
  date) args="extract -j1 --types DATE $SLICE" ;;
  org) args="extract -j1 --types COMPANY,AGENCY $SLICE" ;;
  amountdate) args="extract -j1 --types AMOUNT,DATE $SLICE" ;;
  startup) args="extract -j1 /dev/null" ;;
  wc) args="-w $SLICE" ;;
  *) echo "profile: unknown command $cmd" >&2; exit 2 ;;
  esac
  f=$OUT/$cmd.callgrind
  # shellcheck disable=SC2086
  prog=$FREX
  [ "$cmd" = wc ] && prog=wc # the yardstick
  valgrind --tool=callgrind --callgrind-out-file="$f" $prog $args \
    >/dev/null 2>"$OUT/$cmd.log"
  total=$(sed -n 's/^summary: //p' "$f")
  echo "== $(basename "$prog") $args"
  awk -v t="$total" -v b="$SIZE" -v k="$TOKENS" 'BEGIN {
    printf "   %.0f M instructions: %.0f per byte, %.0f per token\n",
      t / 1e6, t / b, t / k }'
  echo "   self:"
  callgrind_annotate "$f" 2>/dev/null | sed -n '/file:function/,$p' |
    awk 'NR > 2 && NF' | head -15 | sed 's/^/     /'
  echo "   inclusive:"
  callgrind_annotate --inclusive=yes "$f" 2>/dev/null |
    sed -n '/file:function/,$p' | awk 'NR > 2 && NF' |
    grep -v -e 'below main' -e 'libc-start' -e 'start_thread' -e 'ld-linux' \
      -e 'pthread_create' | head -15 | sed 's/^/     /'
done
