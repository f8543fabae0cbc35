#!/bin/sh
# Entities cut by a hard line break at every position inside them, with LF
# and CRLF line ends, a kept trailing space, an indent, a name's own hyphen
# ("Alcatel-\nLucent") and a typesetter's hyphen ("mil-\nliards"): the same
# rows as unwrapped, the text with "\n", valid offsets (SPEC "Line breaks";
# wrap_every.py says how).  Environment: FREX (default bin/frex).
set -u
FREX=${FREX:-bin/frex}
export FREX
python3 tests/linebreak/wrap_every.py --frex "$FREX"
