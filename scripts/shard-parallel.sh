#!/bin/sh
# shard-parallel.sh — run frex over many hosts (or many local processes)
# with GNU parallel, and merge the shards into exactly the bytes one frex
# run writes (SPEC "Scale": frex is a filter, an existing engine
# distributes it).
#
# Usage:
#   scripts/shard-parallel.sh [OPTION]... COMMAND [FREX-OPTION]... PATH...
#   scripts/shard-parallel.sh [OPTION]... --lines COMMAND [FREX-OPTION]... <RECORDS
#
# COMMAND is extract, tokenize or run (run writes entities to stdout; its
# --tokens/--entities files cannot be shared by shards).
#
# Files: the documents under PATH are listed in frex's order (operands in
# order; inside a directory, names sorted byte-wise per directory level,
# hidden entries skipped unless --hidden, --include/--exclude applied to
# names), cut into consecutive shards, each run as
# `frex COMMAND --no-header FREX-OPTION... FILE...`, and the outputs are
# concatenated in shard order (parallel -k) after one header.  Every host
# must see the files at the same paths (a shared file system).  Limits:
# operands must not contain newlines, and names holding byte \001 may sort
# differently from frex; frex's warnings about symbolic link loops are
# not repeated (find skips the loop).
#
# --lines: standard input holds records "id<TAB>text"; parallel --pipe cuts
# it into blocks of whole lines, each piped to
# `frex COMMAND --lines --no-header ...`.  A line without a TAB is named by
# its line number in a single run; this script numbers such lines before
# cutting, so the ids are the same.  No shared file system is needed.
#
# Options (before COMMAND):
#   -S SSHLOGIN    hosts, as GNU parallel's --sshlogin (repeatable):
#                  -S 2/: is two local workers, -S 8/me@host eight on host
#                  (default: local, one worker per core)
#   -n N           files mode: number of shards (default: 4 per worker)
#   --block SIZE   --lines mode: bytes per block (default 1M)
#   --frex PATH    frex on every host (default: bin/frex beside this
#                  script when it exists, else frex in PATH)
#   --joblog FILE  keep GNU parallel's job log (one line per shard)
#
# Exit status: 0, 1 or 2 as frex's (the highest of the shards'); 2 also
# when GNU parallel is missing or a worker could not run.
# Needs GNU parallel (Debian package parallel), find, sort, tr, awk.
set -u
me=shard-parallel.sh
here=$(cd "$(dirname "$0")" && pwd)
FREX=frex
[ -x "$here/../bin/frex" ] && FREX=$here/../bin/frex
lines=0 shards="" block=1M joblog=""
sshlogins=""

usage() {
  echo "$me: $1" >&2
  echo "Usage: $me [-S SSHLOGIN] [-n N] [--block SIZE] [--frex PATH] [--lines] COMMAND [FREX-OPTION]... [PATH]..." >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
  -S) [ $# -ge 2 ] || usage "-S needs an argument"
      sshlogins="$sshlogins
$2"; shift 2 ;;
  -n) [ $# -ge 2 ] || usage "-n needs an argument"; shards=$2; shift 2 ;;
  --block) [ $# -ge 2 ] || usage "--block needs an argument"; block=$2; shift 2 ;;
  --frex) [ $# -ge 2 ] || usage "--frex needs an argument"; FREX=$2; shift 2 ;;
  --joblog) [ $# -ge 2 ] || usage "--joblog needs an argument"; joblog=$2; shift 2 ;;
  --lines) lines=1; shift ;;
  -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  -*) usage "unknown option '$1'" ;;
  *) break ;;
  esac
done
[ $# -ge 1 ] || usage "missing command (extract, tokenize or run)"
cmd=$1; shift
case $cmd in extract|tokenize|run) ;; *) usage "unknown command '$cmd'" ;; esac
command -v parallel >/dev/null 2>&1 ||
  { echo "$me: GNU parallel not found (Debian package parallel)" >&2; exit 2; }

T=$(mktemp -d "${TMPDIR:-/tmp}/frex-shard.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT

# Split the rest into frex options (kept in order for every shard, quoted
# for the shell parallel runs them with, on remote hosts too) and PATHs;
# the walk options shape the file listing instead.
q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
fopts="" hidden=0 incl="" excl=""
: >"$T/paths"
glob() { # the find test for --include/--exclude GLOB (frex: a glob with
         # a '/' matches the path, else the name)
  case $1 in */*) printf -- "-path %s" "$(q "$1")" ;;
             *) printf -- "-name %s" "$(q "$1")" ;; esac
}
while [ $# -gt 0 ]; do
  case $1 in
  --) shift; for p in "$@"; do printf '%s\0' "$p" >>"$T/paths"; done; break ;;
  --tokens|--tokens=*|--entities|--entities=*)
    usage "$1: shards cannot share an output file; use stdout" ;;
  --lines|--no-header) shift ;;  # added by this script
  --hidden) hidden=1; shift ;;
  --include) [ $# -ge 2 ] || usage "$1 needs an argument"
    incl="$incl${incl:+ -o }$(glob "$2")"; shift 2 ;;
  --exclude) [ $# -ge 2 ] || usage "$1 needs an argument"
    excl="$excl${excl:+ -o }$(glob "$2")"; shift 2 ;;
  --include=*) incl="$incl${incl:+ -o }$(glob "${1#*=}")"; shift ;;
  --exclude=*) excl="$excl${excl:+ -o }$(glob "${1#*=}")"; shift ;;
  -j|--jobs|--format|--types|--dct|--prefer|--dict|--dict-dir|--encoding)
    [ $# -ge 2 ] || usage "$1 needs an argument"
    fopts="$fopts $(q "$1") $(q "$2")"; shift 2 ;;
  -) usage "'-' (stdin): use --lines, or run frex itself" ;;
  -*) fopts="$fopts $(q "$1")"; shift ;;
  *) printf '%s\0' "$1" >>"$T/paths"; shift ;;
  esac
done
frex_cmd="$(q "$FREX") $cmd$fopts"

# GNU parallel's options: hosts, or one local worker per core.
set -- --will-cite -k --joblog "$T/joblog"
if [ -n "$sshlogins" ]; then
  while IFS= read -r s; do
    [ -n "$s" ] && set -- "$@" -S "$s"
  done <<EOF
$sshlogins
EOF
fi

# The header, once: what frex writes for no input (nothing for JSONL).
# This also checks the options: a usage error stops here with frex's
# message.
eval "$frex_cmd" </dev/null >"$T/header" || exit 2
cat "$T/header"

if [ $lines = 1 ]; then
  # number the lines that have no TAB, as one frex run would name them
  LC_ALL=C awk 'index($0, "\t") == 0 { printf "%d\t", NR } { print }' |
    parallel "$@" --pipe --block "$block" "$frex_cmd --lines --no-header"
else
  # frex's order: operands in command-line order; fts sorts the names of
  # each directory byte-wise, which is the byte order of whole paths once
  # '/' is replaced by a byte below any name byte (\001): "d/a/x" before
  # "d/a-b/x" as in frex, where plain `sort` puts "d/a-b/x" first since
  # '-' < '/'.  Broken links and unreadable directories are listed too, so
  # frex reports them and the exit status is the same.
  hide=""
  [ $hidden = 1 ] || hide="-name '.*' -prune -o"
  expr="$hide \\( -type d ! -readable -prune -print0 \\) -o \\( -type f \
    ${incl:+\\( $incl \\)} ${excl:+! \\( $excl \\)} -print0 \\) -o \\( -type l -print0 \\)"
  : >"$T/list"
  while IFS= read -r p; do
    if [ -d "$p" ]; then
      eval "find -L \"\$p\" -mindepth 1 $expr" 2>/dev/null |
        tr '/' '\001' | LC_ALL=C sort -z | tr '\001' '/' >>"$T/list"
    else
      printf '%s\0' "$p" >>"$T/list"
    fi
  done <<EOF
$(tr '\0' '\n' <"$T/paths")
EOF
  n=$(tr -cd '\0' <"$T/list" | wc -c)
  if [ "$n" -gt 0 ]; then
    if [ -z "$shards" ]; then
      shards=$((4 * $(parallel --will-cite --number-of-cores 2>/dev/null || echo 1)))
    fi
    per=$(( (n + shards - 1) / shards ))
    parallel "$@" -0 -n "$per" "$frex_cmd --no-header" <"$T/list"
  elif [ ! -s "$T/paths" ]; then
    # no PATH: frex reads stdin
    eval "$frex_cmd --no-header" || exit $?
  fi
fi

# The highest exit status of the shards (column 7 of the job log); a
# shard killed by a signal (column 8) counts as trouble.
[ -s "$T/joblog" ] || exit 0
[ -z "$joblog" ] || cp "$T/joblog" "$joblog"
awk -F'\t' 'NR > 1 { if ($8 != 0) s = 2; else if ($7 > s) s = $7 }
            END { exit (s > 2 ? 2 : s + 0) }' "$T/joblog"
