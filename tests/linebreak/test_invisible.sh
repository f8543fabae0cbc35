#!/bin/sh
# Entities with an invisible character inside (soft hyphen, zero-width
# space/joiners, word joiner, BOM) at every position between two letters
# or digits, and a line separator U+2028 at every space: the same rows as
# without, the text as written, valid offsets (invisible_every.py says
# how).  Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
export FREX
python3 tests/linebreak/invisible_every.py --frex "$FREX"
