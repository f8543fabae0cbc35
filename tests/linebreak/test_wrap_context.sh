#!/bin/sh
# The DATE values of the sentences of tests/date/news*.tsv, each in a
# paragraph wrapped at every one of its spaces (LF, CRLF, a kept trailing
# space, an indent), are those of the paragraph unwrapped (SPEC "Line
# breaks"; wrap_context.py says how).  Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
export FREX
python3 tests/linebreak/wrap_context.py --frex "$FREX"
