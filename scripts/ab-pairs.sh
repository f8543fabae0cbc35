#!/bin/sh
# Compare two builds' CPU time on one command, robustly on a shared VM:
# N back-to-back pairs (A then B, B then A, alternating), both pinned to
# one CPU, task-clock from `perf stat` (children included, so a shell
# pipeline given as a script counts whole); prints each side's median and
# the median of the paired ratios B/A with its quartiles.  A pair's two
# runs see the same phase of the machine, so the ratio cancels the slow
# drifts that make single timings here vary by a fifth.
#   sh scripts/ab-pairs.sh N BIN_A BIN_B ARGS...
#   sh scripts/ab-pairs.sh 11 ./old-frex ./bin/frex extract -j1 bench/corpus.txt
set -eu
[ $# -ge 3 ] || { echo "usage: $0 N BIN_A BIN_B ARGS..." >&2; exit 2; }
N=$1 A=$2 B=$3
shift 3
CPU=${AB_CPU:-1}
t() {
  perf stat -x, -e task-clock taskset -c "$CPU" "$@" 2>&1 >/dev/null </dev/null |
    awk -F, '/task-clock/ {print $1}'
}
i=1
while [ "$i" -le "$N" ]; do
  if [ $((i % 2)) -eq 1 ]; then a=$(t "$A" "$@"); b=$(t "$B" "$@")
  else b=$(t "$B" "$@"); a=$(t "$A" "$@"); fi
  echo "$a $b"
  i=$((i + 1))
done | python3 -c '
import statistics as s, sys
p = [tuple(map(float, l.split())) for l in sys.stdin if l.strip()]
if not p or any(len(x) != 2 for x in p):
    sys.exit("ab-pairs: a run gave no task-clock (is perf installed?)")
r = sorted(b / a for a, b in p)
print("A median %.1f ms  B median %.1f ms  B/A paired median %.3f "
      "(quartiles %.3f-%.3f, %d pairs)" % (s.median(a for a, _ in p),
      s.median(b for _, b in p), s.median(r), r[len(r) // 4],
      r[3 * len(r) // 4], len(r)))'
