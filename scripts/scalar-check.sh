#!/bin/sh
# `make scalar-check`: the scalar reference of every SIMD path gives the
# bytes of the default build (STYLE: "a scalar reference for every SIMD
# path, built and compared in CI").  REF is the default build, SCALAR the
# build with -U__SSE2__ -DFREX_TOKENIZE_SCALAR -U__BYTE_ORDER__ (SSE2
# masks in tokenize.c, tsv.c, input.c, cli_stem.c, cli_stem_rows.h,
# classify.c (the byte classes AMOUNT and DATE read; the scalar build reads
# the bytes), date_scan.c,
# amount_scan.c, amount_ctx.c and amount_cont.c (find_milli, find_de_digit), and the little-endian word tricks of
# pipeline.c and cli_stem.c, all off).  Both run every command on corpus/,
# the WiNER texts of ../shared when present, and inputs made to reach the
# SIMD paths' edges (invalid bytes and NULs at every offset of a 16-byte
# block, backslashes and long tokens for the TSV writer, rows longer than
# 64 bytes for frex stem, --lines records); stdout, stderr and exit status
# must be identical.  `make scalar-check` runs it twice: the default build
# (with its AVX2 copies where the CPU has AVX2) and build/sse2
# (-DFREX_NO_AVX2) each against the scalar build.
#   sh scripts/scalar-check.sh REF SCALAR
set -u
cd "$(dirname "$0")/.." || exit 2
REF=$1 SCALAR=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/frex-scalar.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
IN=corpus
[ -d ../shared/ner/winer-fr/texts ] && IN="$IN ../shared/ner/winer-fr/texts"

python3 - "$T" <<'PY'
import os, sys
t = sys.argv[1]
os.makedirs(t + '/edge', exist_ok=True)
base = 'Le 3 mars 2020, Amazon a payé 10 millions de dollars (soit 9,2 M€) au Pentagone. '
# invalid bytes and NULs at each offset of a 16-byte block, and a € cut by it
for k in range(17):
    pad = 'x' * k
    open('%s/edge/bad%02d.txt' % (t, k), 'wb').write(
        (pad + base).encode() + b'\xff\x00' + (pad + base).encode() +
        '€'.encode()[:2] + b' ' + base.encode() * 3)
# the TSV writer: backslashes, tokens of 1 to 40 bytes, long URLs
words = ['a\\b', '\\', 'C:\\dossier\\fichier', 'é' * 9, 'x' * 15, 'y' * 16,
         'z' * 17, 'https://exemple.fr/' + 'a' * 60, 'L\u2019État', 'aujourd\u2019hui']
open(t + '/edge/tsv.txt', 'w').write(' '.join(words * 20) + '\n' + base * 50)
# long rows for frex stem (> 64 bytes), and sentences of many tokens
open(t + '/edge/long.txt', 'w').write(('anticonstitutionnellement' * 4 + ' ') * 30 + '\n' + base * 200)
# --lines records, ids with TABs escaped in the output
with open(t + '/records.txt', 'w') as f:
    for i in range(300):
        f.write('r%d\t%s\n' % (i, (base * (i % 7 + 1)).strip()))
PY

status=0
same() { # name command-args...
  n=$1; shift
  "$REF" "$@" >"$T/ref.out" 2>"$T/ref.err"; echo "rc=$?" >>"$T/ref.err"
  "$SCALAR" "$@" >"$T/sc.out" 2>"$T/sc.err"; echo "rc=$?" >>"$T/sc.err"
  if [ "$(wc -l <"$T/ref.out")" -lt 2 ]; then
    echo "not ok - $n: no rows to compare"; sed 's/^/#   /' "$T/ref.err"
    status=1
  elif cmp -s "$T/ref.out" "$T/sc.out" && cmp -s "$T/ref.err" "$T/sc.err"; then
    echo "ok - $n ($(wc -l <"$T/ref.out") lines)"
  else
    echo "not ok - $n: the scalar build differs"
    diff "$T/ref.out" "$T/sc.out" | head -n 5 | sed 's/^/#   /'
    diff "$T/ref.err" "$T/sc.err" | head -n 5 | sed 's/^/#   /'
    status=1
  fi
}
# shellcheck disable=SC2086
for args in "tokenize $IN" "extract $IN" "run --tokens /dev/null $IN" \
  "extract --format jsonl $IN" "tokenize $T/edge" "extract $T/edge" \
  "tokenize --lines $T/records.txt" "extract --lines $T/records.txt"; do
  same "frex $args" $args
done
"$REF" tokenize $IN $T/edge >"$T/tok.tsv" 2>/dev/null
same "frex stem" stem "$T/tok.tsv"
# rows with bytes that are not UTF-8, NULs (past the head's 64 KB) and
# control bytes at each offset of a 64-byte row mask (s37, F5)
python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
b = bytearray(open(t + '/tok.tsv', 'rb').read())
for k, at in enumerate(range(70000, len(b), 4099)):
    if b[at] not in b'\t\n':
        b[at] = (0xff, 0x00, 0x01, 0xc3, 0x80)[k % 5]
open(t + '/badtok.tsv', 'wb').write(bytes(b))
PY
same "frex stem (bytes not UTF-8)" stem "$T/badtok.tsv"
"$REF" run -j1 --tokens "$T/a.tsv" $IN >/dev/null 2>&1
"$SCALAR" run -j1 --tokens "$T/b.tsv" $IN >/dev/null 2>&1
if cmp -s "$T/a.tsv" "$T/b.tsv"; then echo "ok - frex run --tokens (the token file)"
else echo "not ok - frex run --tokens: the scalar build differs"; status=1; fi
[ $status = 0 ] && echo "scalar-check: the scalar build gives the same bytes"
exit $status
