#!/bin/sh
# Regenerate tests/perf/checksums.txt (the byte-identity guard of issue 15)
# from the current bin/frex.  ONLY for when an output change is intended
# and has been reviewed row by row (say so in the commit message): the
# file exists so that performance work cannot change an output unnoticed.
#   sh scripts/update-checksums.sh        (FREX=... for another binary)
set -eu
cd "$(dirname "$0")/.."
exec sh tests/perf/test_checksums.sh --update
