#!/bin/sh
# Short articles (tests/linebreak/narrow/) hard-wrapped at every width from
# 15 to 80 columns, in six styles (fmt, fold -s, CRLF, quoted e-mail,
# indent, one sentence per line): the same entities and values as
# unwrapped, valid offsets (SPEC "Line breaks"; narrow_wrap.py says how).
# Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
export FREX
python3 tests/linebreak/narrow_wrap.py --frex "$FREX"
