#!/bin/sh
# Replay the saved fuzz corpus (tests/fuzz/corpus: seeds from
# make_seeds.py, and inputs that found bugs) through the fuzz target built
# with the ordinary compiler, so `make test` catches a regression without
# clang.  The target abort()s when an invariant breaks (see
# fuzz_pipeline.c); under `make asan` the sanitizers check it too.
# It loads dict/ relative to the current directory: run from the repo root.
set -u
BUILD=${BUILD:-build}
replay=$BUILD/tests/fuzz_replay
[ -x "$replay" ] || { echo "not ok - $replay not built (make all)"; exit 1; }
n=$(ls tests/fuzz/corpus | wc -l)
[ "$n" -ge 30 ] || { echo "not ok - only $n inputs in tests/fuzz/corpus"; exit 1; }
out=$(${RUN:-} "$replay" tests/fuzz/corpus 2>&1)
rc=$?
echo "$out" | tail -n 5
if [ $rc -ne 0 ]; then
  echo "not ok - fuzz corpus replay (exit $rc)"
  exit 1
fi
echo "ok - $n corpus inputs replayed"
