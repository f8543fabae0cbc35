#!/bin/sh
# CLI golden cases (pcre2grep's RunGrepTest, jq's tests/shtest): each
# tests/cli/cases/NAME.sh is run by sh in a fresh directory holding the
# fixtures below, with $FREX set and LC_ALL=C (strerror text follows the
# locale); its stdout, stderr and exit status must equal NAME.out:
#
#   [stdout]
#   ...
#   [stderr]
#   ...
#   rc=N
#
# FREX_CLI_UPDATE=1 rewrites the .out files instead: review the diff by
# hand against SPEC.md before committing, never accept it blindly.
set -u
REPO=$(pwd)
FREX=${FREX:-$REPO/bin/frex}
case $FREX in /*) ;; *) FREX=$REPO/$FREX ;; esac
export FREX LC_ALL=C
T=$(mktemp -d "${TMPDIR:-/tmp}/frex-cli.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
for c in tests/cli/cases/*.sh; do
  name=$(basename "$c" .sh)
  d=$T/$name
  mkdir -p "$d/dir/sub"
  printf 'Bonjour Paris.\n' >"$d/good.txt"
  printf 'Caf\303\251 \377 fin.\n' >"$d/bad.txt"
  printf 'Le 3 mars 2020.\n' >"$d/dir/b.txt"
  printf 'Un.\n' >"$d/dir/sub/a.txt"
  printf 'Tiret.\n' >"$d/-x.txt"
  (cd "$d" && sh "$REPO/$c" >stdout 2>stderr; echo "rc=$?" >rc)
  { echo "[stdout]"; cat "$d/stdout"; echo "[stderr]"; cat "$d/stderr"
    cat "$d/rc"; } >"$d/got"
  want=${c%.sh}.out
  if [ "${FREX_CLI_UPDATE:-}" = 1 ]; then
    cp "$d/got" "$want"
    echo "updated $want"
  elif cmp -s "$d/got" "$want"; then
    pass=$((pass + 1)); echo "ok - $name"
  else
    fail=$((fail + 1)); echo "not ok - $name"
    diff -u "$want" "$d/got" | sed 's/^/#   /' | head -n 30
  fi
done
echo "# $pass passed, $fail failed"
[ "$fail" -eq 0 ]
