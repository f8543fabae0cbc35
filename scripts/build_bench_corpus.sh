#!/bin/sh
# Build frex's benchmark corpus (bench/ is git-ignored):
#
#   bench/corpus/      one file per document (copyNN/NNNNN_<source>.txt), for
#                      directory walks and -j runs
#   bench/corpus.txt   the same documents concatenated, for cat / wc -w
#   bench/CORPUS.md    what it holds, per source
#
# Both are at least BENCH_MIN_BYTES (default 105,000,000 bytes, > 100 MiB)
# of French prose: the Debian French documentation packages below (man
# pages, Debian manuals, LibreOffice and GNOME help, LilyPond manual), the
# treebank sentences of ../shared/tokenize, the WiNER-fr Wikinews texts of
# ../shared/ner/winer-fr (CC BY 2.5) and corpus/.  That is about 30 MB of
# unique text, so it is repeated in deterministically shuffled copies; see
# scripts/bench_corpus.py for the extraction and the exact rules.
#
# The packages are fetched with `apt-get download` and unpacked with
# `dpkg-deb -x` under bench/debs/: nothing is installed on the system, and
# the text is there even where dpkg is told to skip /usr/share/doc.
#
# Idempotent: does nothing when bench/CORPUS.md exists and records the same
# package list and size (delete bench/ to rebuild).  Deterministic: the
# same packages give the same bytes.
set -eu
cd "$(dirname "$0")/.."

BENCH=${BENCH_DIR:-bench}
MIN=${BENCH_MIN_BYTES:-105000000}
SHARED=${FREX_SHARED:-../shared}
PKGS="manpages-fr manpages-fr-dev debian-reference-fr developers-reference-fr
maint-guide-fr debian-faq-fr aptitude-doc-fr debian-handbook debian-history
lilypond-doc-html-fr libreoffice-help-fr gnome-user-docs"
# shellcheck disable=SC2086,SC2116 # (echo joins the lines of PKGS)
KEY="packages: $(echo $PKGS) | min bytes: $MIN | format: 1"

if [ -f "$BENCH/CORPUS.md" ] && grep -qF "$KEY" "$BENCH/CORPUS.md" &&
   [ -f "$BENCH/corpus.txt" ] && [ -d "$BENCH/corpus" ]; then
  echo "bench corpus: up to date ($BENCH/CORPUS.md)" >&2
  exit 0
fi

mkdir -p "$BENCH/debs"
rm -rf "$BENCH/corpus" "$BENCH/corpus.txt" "$BENCH/CORPUS.md" "$BENCH/root"
mkdir -p "$BENCH/root"

# fetch the packages that are not already downloaded
missing=""
for p in $PKGS; do
  ls "$BENCH/debs/${p}_"*.deb >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "bench corpus: downloading$missing" >&2
  # shellcheck disable=SC2086
  if ! (cd "$BENCH/debs" && apt-get download -q $missing >/dev/null 2>&1); then
    # the package lists may be missing or stale
    if [ "$(id -u)" = 0 ]; then apt-get update -qq >&2; fi
    # shellcheck disable=SC2086
    (cd "$BENCH/debs" && apt-get download -q $missing >&2)
  fi
fi
for d in "$BENCH"/debs/*.deb; do
  dpkg-deb -x "$d" "$BENCH/root"
done

python3 scripts/bench_corpus.py "$BENCH/root" "$SHARED" "$MIN" "$BENCH"
printf '\nBuild key: %s\n' "$KEY" >>"$BENCH/CORPUS.md"
rm -rf "$BENCH/root"
