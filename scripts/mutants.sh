#!/bin/sh
# `make mutants`: do the tests catch what they claim to?  Each deliberate
# breakage of scripts/mutants.list (a literal find-and-replace in one source
# file) is applied, one at a time, to a copy of the tree; the copy is built
# and `make test`'s runner is run on it, stopping at the first failure.  A
# mutant that no test catches is reported, and so is a list entry that no
# longer applies (its text is gone or not unique) or does not build.
# Not in CI: a mutant that survives costs a whole `make test`.
#
#   sh scripts/mutants.sh [NAME...]     the named mutants (default: all)
#
# The copy sits in a temporary directory with a link to this tree's
# ../shared beside it, so the tests see what they see here.  Exit status:
# 0 every mutant caught, 1 some survived or the list needs updating, 2 the
# unmutated copy does not pass its tests.
# Environment: MUTANTS_LIST (default scripts/mutants.list), MAKEFLAGS.
set -u
cd "$(dirname "$0")/.." || exit 2
REPO=$PWD
LIST=${MUTANTS_LIST:-$REPO/scripts/mutants.list}
W=$(mktemp -d "${TMPDIR:-/tmp}/frex-mutants.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 2' INT TERM
C=$W/frex
mkdir -p "$C"
tar --exclude=./build --exclude=./bin --exclude=./out --exclude=./bench \
  --exclude=./.git -cf - . | tar -xf - -C "$C"
[ -d ../shared ] && ln -s "$(cd ../shared && pwd)" "$W/shared"

# stdin from /dev/null: a test that reads standard input (frex with no
# operand does) must not eat the list being read
build() { make -C "$C" -j2 all </dev/null >"$W/build.log" 2>&1; }
tests() {
  (cd "$C" && FAIL_FAST=1 sh tests/run.sh) </dev/null >"$W/test.log" 2>&1
}
secs() { awk -v a="$1" -v b="$(date +%s)" 'BEGIN { print b - a }'; }

echo "mutants: building and testing the unmutated copy in $C" >&2
t0=$(date +%s)
if ! build || ! tests; then
  echo "mutants: the unmutated copy does not pass (see below); nothing to learn" >&2
  tail -n 20 "$W/build.log" "$W/test.log" >&2
  exit 2
fi
echo "mutants: baseline passes ($(secs "$t0") s)" >&2

# apply FILE FIND REPLACE: the literal replacement, FIND exactly once
apply() {
  python3 - "$C/$1" "$2" "$3" <<'PY'
import sys
unesc = lambda s: s.encode().decode('unicode_escape').encode('latin-1').decode()
path, find, repl = sys.argv[1], unesc(sys.argv[2]), unesc(sys.argv[3])
text = open(path, encoding='utf-8').read()
n = text.count(find)
if n != 1:
    print('found %d times' % n)
    sys.exit(1)
open(path, 'w', encoding='utf-8').write(text.replace(find, repl))
PY
}

caught=0 survived=0 broken=0 report="" listed=0
tab=$(printf '\t')
# the list is read on fd 3: nothing run in the loop can share its offset
while IFS="$tab" read -r name file find repl <&3; do
  case $name in '' | '#'*) continue ;; esac
  if [ $# -gt 0 ]; then
    want=0
    for n; do [ "$n" = "$name" ] && want=1; done
    [ $want = 1 ] || continue
  fi
  listed=$((listed + 1))
  t0=$(date +%s)
  cp "$C/$file" "$W/pristine"
  if ! why=$(apply "$file" "$find" "$repl"); then
    broken=$((broken + 1))
    line="LIST    $name: $file: its text is $why: update scripts/mutants.list"
  elif ! build; then
    broken=$((broken + 1))
    line="LIST    $name: does not build: $(grep -m 1 'error' "$W/build.log")"
  elif tests; then
    survived=$((survived + 1))
    line="SURVIVED $name ($file): no test fails ($(secs "$t0") s)"
  else
    caught=$((caught + 1))
    by=$(sed -n 's/^FAIL \([^ ]*\).*/\1/p' "$W/test.log" | head -n 1)
    line="caught  $name by $by ($(secs "$t0") s)"
  fi
  echo "$line"
  report="$report$line
"
  cp "$W/pristine" "$C/$file"
done 3<"$LIST"
build || true # leave the copy as it was (it is removed anyway)

# every entry asked for was tried (a count kept apart from the loop's)
want=$(awk -F'\t' -v names=" $* " 'NF >= 4 && $1 !~ /^#/ &&
  (names == "  " || index(names, " " $1 " ")) { n++ } END { print n + 0 }' "$LIST")
echo
echo "mutants: $caught caught, $survived survived, $broken list entries to update"
if [ "$listed" -ne "$want" ] || [ $((caught + survived + broken)) -ne "$want" ]; then
  echo "mutants: $want entries asked for, $listed tried: the list was not read whole"
  exit 1
fi
[ $survived -eq 0 ] && [ $broken -eq 0 ]
