#!/bin/sh
# The man page is well-formed and documents every option of --help.
set -u
FREX=${FREX:-bin/frex}
status=0
if command -v groff >/dev/null 2>&1; then
  out=$(groff -man -ww -z man/frex.1 2>&1)
  [ -z "$out" ] || { echo "groff: $out"; status=1; }
fi
for opt in $("$FREX" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
  grep -q -- "$esc" man/frex.1 || { echo "man/frex.1 lacks $opt"; status=1; }
done
exit $status
