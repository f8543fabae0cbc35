# lib.sh — helpers sourced by tests/robustness/test_*.sh and
# tests/pathological/test_pathological.sh (POSIX sh).
#
# Environment (set by tests/run.sh): FREX (binary), SHARED (../shared).
# tests/lib.sh gives skip, need_shared and need_cmd (exit 77 = SKIP).
# Each script gets a private temporary directory $T, removed on exit, and
# counts failures in $fails; `finish` prints the tally and sets the exit
# status.
set -u
REPO=$(pwd)
FREX=${FREX:-$REPO/bin/frex}
case $FREX in /*) ;; *) FREX=$REPO/$FREX ;; esac
. "$REPO/tests/lib.sh"
case $SHARED in /*) ;; *) SHARED=$REPO/$SHARED ;; esac
CHECK_OFFSETS=$REPO/tests/tools/check_offsets.py
export LC_ALL=C.UTF-8
T=$(mktemp -d "${TMPDIR:-/tmp}/frex-test.XXXXXX") || exit 2
trap 'chmod -R u+rwX "$T" 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 2' INT TERM
fails=0
checks=0

ok() { checks=$((checks + 1)); echo "ok - $*"; }
not_ok() { checks=$((checks + 1)); fails=$((fails + 1)); echo "not ok - $*"; }
note() { echo "# $*"; }

# unpriv_prefix: the prefix that runs a command as an unprivileged user
# (root reads everything, so unreadable files need one): " " when not
# root, setpriv or runuser as root, "" when there is none.
unpriv_prefix() {
  if [ "$(id -u)" -ne 0 ]; then
    echo " "
  elif command -v setpriv >/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    echo "setpriv --reuid=65534 --regid=65534 --clear-groups"
  elif command -v runuser >/dev/null && runuser -u nobody -- true 2>/dev/null; then
    echo "runuser -u nobody --"
  fi
}

# check DESCRIPTION COMMAND...: ok when COMMAND succeeds.
check() {
  _d=$1; shift
  if "$@"; then ok "$_d"; else not_ok "$_d"; fi
}

# eq DESCRIPTION EXPECTED ACTUAL
eq() {
  if [ "$2" = "$3" ]; then ok "$1"; else
    not_ok "$1"; echo "#   expected: $2"; echo "#   got:      $3"; fi
}

# has DESCRIPTION FILE FIXED-STRING: FILE contains the line fragment.
has() {
  if grep -qF -- "$3" "$2"; then ok "$1"; else
    not_ok "$1"; echo "#   '$3' not in $2:"; head -n 5 "$2" | sed 's/^/#   | /'; fi
}

# hasnt DESCRIPTION FILE FIXED-STRING
hasnt() {
  if grep -qF -- "$3" "$2"; then
    not_ok "$1"; grep -F -- "$3" "$2" | head -n 3 | sed 's/^/#   | /'
  else ok "$1"; fi
}

# offsets_ok TSV [ROOT]: the offset invariant holds on every row of TSV
# (which must have rows) and its documents were found under ROOT (default
# the current directory).
offsets_ok() {
  _out=$(python3 "$CHECK_OFFSETS" "$1" --root "${2:-.}" 2>&1)
  _rc=$?
  case $_out in *"no document found"*) _rc=1 ;; esac
  case $_out in "0 rows"*) _rc=1 ;; esac
  [ $_rc -eq 0 ] || echo "$_out" | sed 's/^/#   /' | head -n 5
  return $_rc
}

# rows TSV: number of data rows (lines after the header).
rows() { echo $(($(wc -l <"$1") - 1)); }

# field N: column N of TSV on stdin, header dropped.
field() { tail -n +2 | cut -f "$1"; }

finish() {
  echo "# $checks checks, $fails failed"
  [ "$fails" -eq 0 ]
}

# waits_in PID WCHAN: true once a thread of PID waits in a kernel function
# matching WCHAN (Linux: /proc/PID/task/*/wchan; poll, pipe_write), within
# 30 s, so that a slow build (asan) or a busy machine still gets there.
waits_in() {
  _i=0
  while [ $_i -lt 300 ]; do
    cat /proc/"$1"/task/*/wchan 2>/dev/null | grep -q "$2" && return 0
    sleep 0.1; _i=$((_i + 1))
  done
  return 1
}
