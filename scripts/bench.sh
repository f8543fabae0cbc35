#!/bin/sh
# `make bench`: frex against cat and wc -w on the same 100+ MB of French
# prose (scripts/build_bench_corpus.sh), medians of BENCH_RUNS runs (default
# 3) taken round-robin, so that every command sees the same machine noise.
#
# Single-thread rows are pinned to CPU 0 (`taskset -c 0`; the vCPUs of these
# machines are shared and not always equally fast), and a pipeline there
# runs both of its processes on that one CPU: the row measures the total
# work.  The -jN rows (N = nproc) are not pinned and read the corpus as a
# directory of documents, since frex parallelises across documents.
#
# Columns: wall-clock MB/s (10^6 bytes of input per second), tokens/s (the
# row count of `frex tokenize` on the corpus, divided by the time), the
# speed ratio to `wc -w` (its time / this time: > 1 is faster than wc), the
# same ratio on CPU time (user + sys, less sensitive to other load on a
# shared machine), and peak RSS from /usr/bin/time -v (for a pipeline, the
# largest process).  The table goes to stdout and, with the machine, into
# BENCH.md between the "bench:begin" and "bench:end" markers (the rest of
# BENCH.md is kept).
#
# Two rows measure memory more than speed (issue 14: memory is bounded by
# the segment size, not by the input): one --lines record of 100 MB (the
# corpus on one line), and 4 MB of "1 1 1 ..." (the densest input in
# tokens and date candidates); their peak RSS must stay under 100 MB.
#
# Environment: FREX (default bin/frex), BENCH_RUNS, BENCH_DIR (bench),
# BENCH_ROWS (ids of the rows to run, e.g. "lines100 ones4"; wc always
# runs; BENCH.md is then left alone).
set -eu
cd "$(dirname "$0")/.."

FREX=${FREX:-bin/frex}
RUNS=${BENCH_RUNS:-3}
BENCH=${BENCH_DIR:-bench}
export LC_ALL=C.UTF-8

[ -x "$FREX" ] || { echo "bench: $FREX not built (run make)" >&2; exit 2; }
if [ ! -x /usr/bin/time ] || ! command -v taskset >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq time util-linux >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get install -y -qq time util-linux; } >&2
  fi
  [ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
fi
PIN="taskset -c 0"
command -v taskset >/dev/null 2>&1 || PIN=""

sh scripts/build_bench_corpus.sh
TXT=$BENCH/corpus.txt
DIR=$BENCH/corpus
NPROC=$(nproc)
FREX_ABS=$(cd "$(dirname "$FREX")" && pwd)/$(basename "$FREX")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

TXT_BYTES=$(wc -c <"$TXT")
DIR_BYTES=$(find "$DIR" -type f -name '*.txt' -exec cat {} + | wc -c)
echo "bench: counting tokens..." >&2
TOKENS=$($FREX_ABS tokenize -j"$NPROC" --no-header "$TXT" | wc -l)
WORDS=$(wc -w <"$TXT")

# the memory rows' inputs
REC=$TMP/record.txt
{ printf 'record\t'; head -c 100000000 "$TXT" | tr '\n\t' '  '; echo; } >"$REC"
REC_BYTES=$(wc -c <"$REC")
ONES=$TMP/ones.txt
awk 'BEGIN { for (i = 0; i < 2000000; i++) printf "1 "; print "" }' >"$ONES"
ONES_BYTES=$(wc -c <"$ONES")

# The commands: id|input bytes|shell command.  $F is frex.
F=$FREX_ABS
cat >"$TMP/cmds" <<EOF
cat|$TXT_BYTES|$PIN cat $TXT
start|0|$PIN $F extract -j1 /dev/null
tokstart|0|$PIN $F tokenize -j1 /dev/null
wc|$TXT_BYTES|$PIN wc -w $TXT
tok1|$TXT_BYTES|$PIN $F tokenize -j1 $TXT
tokstem1|$TXT_BYTES|$PIN sh -c '$F tokenize -j1 $TXT | $F stem'
ext1|$TXT_BYTES|$PIN $F extract -j1 $TXT
exthtml1|$TXT_BYTES|$PIN $F extract -j1 --format html $TXT
extad1|$TXT_BYTES|$PIN $F extract -j1 --types AMOUNT,DATE $TXT
run1|$TXT_BYTES|$PIN $F run -j1 --tokens /dev/null $TXT
dext1|$DIR_BYTES|$F extract -j1 $DIR
dextN|$DIR_BYTES|$F extract -j$NPROC $DIR
dtokstemN|$DIR_BYTES|sh -c '$F tokenize -j$NPROC $DIR | $F stem'
drunN|$DIR_BYTES|$F run -j$NPROC --tokens /dev/null $DIR
lines100|$REC_BYTES|$PIN $F extract -j1 --lines $REC
ones4|$ONES_BYTES|$PIN $F extract -j1 $ONES
EOF
if [ -n "${BENCH_ROWS:-}" ]; then
  awk -F'|' -v rows="wc $BENCH_ROWS" 'BEGIN { n = split(rows, r, " ")
    for (i = 1; i <= n; i++) keep[r[i]] = 1 } $1 in keep' "$TMP/cmds" >"$TMP/cmds.sel"
  mv "$TMP/cmds.sel" "$TMP/cmds"
fi

# one timed run: wall seconds, cpu seconds, peak RSS kB, exit status
run_one() { # id cmd run
  out="$TMP/$1.$3"
  t0=$(date +%s%N)
  set +e
  /usr/bin/time -v -o "$out.time" sh -c "$2" >/dev/null 2>"$out.err"
  rc=$?
  set -e
  t1=$(date +%s%N)
  awk -v w="$(( (t1 - t0) / 1000 ))" -v rc="$rc" -F': ' '
    /User time/ {u = $2} /System time/ {s = $2}
    /Maximum resident set size/ {m = $2}
    END {printf "%.6f %.3f %d %d\n", w / 1e6, u + s, m, rc}' \
    "$out.time" >>"$TMP/$1.res"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: $RUNS runs of $(wc -l <"$TMP/cmds") commands on $TXT ($TXT_BYTES bytes) and $DIR/" >&2
r=1
while [ "$r" -le "$RUNS" ]; do
  while IFS='|' read -r id bytes cmd; do
    run_one "$id" "$cmd" "$r"
  done <"$TMP/cmds"
  echo "bench: run $r/$RUNS done" >&2
  r=$((r + 1))
done

median() { # column file
  awk -v c="$1" '{print $c}' "$2" | sort -g | awk '{v[NR] = $1}
    END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
maxcol() { awk -v c="$1" 'BEGIN {m = 0} $c > m {m = $c} END {print m}' "$2"; }

WC_WALL=$(median 1 "$TMP/wc.res")
WC_CPU=$(median 2 "$TMP/wc.res")

label() {
  case $1 in
  cat) echo "cat corpus.txt" ;;
  start) echo "frex extract -j1 /dev/null (start-up: whole dictionary, patterns compiled, JIT when used; target < 0.02 s)" ;;
  tokstart) echo "frex tokenize -j1 /dev/null (start-up of tokenize: no dictionary, no pattern; target < 0.01 s)" ;;
  wc) echo "wc -w corpus.txt" ;;
  tok1) echo "frex tokenize -j1 corpus.txt" ;;
  tokstem1) echo "frex tokenize -j1 corpus.txt \\| frex stem" ;;
  ext1) echo "frex extract -j1 corpus.txt" ;;
  exthtml1) echo "frex extract -j1 --format html corpus.txt" ;;
  extad1) echo "frex extract -j1 --types AMOUNT,DATE corpus.txt" ;;
  run1) echo "frex run -j1 --tokens /dev/null corpus.txt" ;;
  dext1) echo "frex extract -j1 corpus/" ;;
  dextN) echo "frex extract -j$NPROC corpus/" ;;
  dtokstemN) echo "frex tokenize -j$NPROC corpus/ \\| frex stem" ;;
  drunN) echo "frex run -j$NPROC --tokens /dev/null corpus/" ;;
  lines100) echo "frex extract -j1 --lines (one 100 MB record)" ;;
  ones4) echo "frex extract -j1 (4 MB of 1 1 1 ...)" ;;
  esac
}

{
  printf '| command | pinned | median s | MB/s | Mtokens/s | × wc -w (wall) | × wc -w (cpu) | peak RSS MB | exit |\n'
  printf '|---|:-:|---:|---:|---:|---:|---:|---:|:-:|\n'
  while IFS='|' read -r id bytes cmd; do
    f="$TMP/$id.res"
    wall=$(median 1 "$f")
    cpu=$(median 2 "$f")
    rss=$(maxcol 3 "$f")
    rc=$(maxcol 4 "$f")
    pinned=no
    case $cmd in "$PIN "*) [ -n "$PIN" ] && pinned=yes ;; esac
    L=$(label "$id") awk -v p="$pinned" -v w="$wall" -v c="$cpu" \
      -v b="$bytes" -v t="$TOKENS" -v ww="$WC_WALL" -v wcc="$WC_CPU" \
      -v m="$rss" -v rc="$rc" -v id="$id" 'BEGIN {
        l = ENVIRON["L"]
        tk = (id == "cat" || id == "wc" || id == "lines100" || id == "ones4" || b == 0) ? "" : sprintf("%.2f", t / w / 1e6)
        mbs = b > 0 ? sprintf("%.1f", b / w / 1e6) : "–"
        rcpu = (c > 0) ? sprintf("%.2f", wcc / c) : "–"
        printf "| `%s` | %s | %.3f | %s | %s | %.2f | %s | %.0f | %s |\n",
          l, p, w, mbs, tk, ww / w, rcpu, m / 1024, rc == 0 ? "0" : rc
      }'
  done <"$TMP/cmds"
} >"$TMP/table"

SPEEDUP=–
[ -f "$TMP/dext1.res" ] && [ -f "$TMP/dextN.res" ] &&
  SPEEDUP=$(awk -v a="$(median 1 "$TMP/dext1.res")" -v b="$(median 1 "$TMP/dextN.res")" \
    'BEGIN {printf "%.2f", a / b}')
HTML_RATIO=–
[ -f "$TMP/exthtml1.res" ] && [ -f "$TMP/ext1.res" ] &&
  HTML_RATIO=$(awk -v a="$(median 2 "$TMP/exthtml1.res")" -v b="$(median 2 "$TMP/ext1.res")" \
    'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
FAILED=$(cat "$TMP"/*.res | awk '$4 != 0' | wc -l)

MODEL=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
{
  echo "- Machine: $MODEL, $NPROC CPUs ($(nproc --all) total), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average before the runs: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) (with load above 0, trust the cpu column more than wall times)"
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $($FREX_ABS --version | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src include 2>/dev/null || echo ' + uncommitted changes')"
  echo "- Input: $TXT ($TXT_BYTES bytes, $WORDS words for wc -w, $TOKENS frex tokens) and $DIR/ ($(find "$DIR" -type f -name '*.txt' | wc -l) files, $DIR_BYTES bytes): see $BENCH/CORPUS.md"
  echo "- Medians of $RUNS runs, taken round-robin.  -j speed-up on the directory (extract -j1 / -j$NPROC, wall): **${SPEEDUP}×**"
  echo "- \`--format html\` against TSV (extract -j1, cpu time): **${HTML_RATIO}×** (issue 16: at most 2×)"
  echo
  cat "$TMP/table"
  if [ "$FAILED" -gt 0 ]; then
    echo
    echo "**$FAILED runs exited non-zero** (exit column: the largest status); first messages:"
    echo
    cat "$TMP"/*.err | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /'
  fi
} >"$TMP/report"

cat "$TMP/report"
if [ -n "${BENCH_ROWS:-}" ]; then
  echo "bench: BENCH_ROWS set: BENCH.md left alone" >&2
  exit 0
fi

# BENCH.md: replace the generated section, keep the rest
{
  echo "<!-- bench:begin (written by scripts/bench.sh: do not edit by hand) -->"
  echo "## Latest figures (\`make bench\`)"
  echo
  cat "$TMP/report"
  echo "<!-- bench:end -->"
} >"$TMP/section"
if [ -f BENCH.md ] && grep -q '<!-- bench:begin' BENCH.md; then
  awk -v sec="$TMP/section" '
    /<!-- bench:begin/ {while ((getline l < sec) > 0) print l; skip = 1; next}
    /<!-- bench:end -->/ {skip = 0; next}
    !skip {print}' BENCH.md >"$TMP/BENCH.md"
  cat "$TMP/BENCH.md" >BENCH.md
elif [ -f BENCH.md ]; then
  { echo; cat "$TMP/section"; } >>BENCH.md
else
  { echo "# frex benchmarks"; echo; cat "$TMP/section"; } >BENCH.md
fi
echo "bench: table written to BENCH.md" >&2
