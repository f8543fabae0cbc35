#!/bin/sh
# Token TSV of corpus/ equals the hand-checked golden file, and every row
# keeps the offsets invariant.  Regenerate with scripts/update-golden.sh and
# review the diff before committing.
set -u
FREX=${FREX:-bin/frex}; SHARED=${SHARED:-../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$FREX" tokenize -j2 corpus > "$tmp/tokens.tsv" || exit 1
diff -u tests/golden/corpus.tokens.tsv "$tmp/tokens.tsv" || exit 1
python3 tests/tools/check_offsets.py "$tmp/tokens.tsv" || exit 1
# frex run: the same tokens with stems, and stems equal frex stem's
"$FREX" run -j2 --tokens "$tmp/run.tsv" --entities /dev/null corpus || exit 1
"$FREX" stem "$tmp/tokens.tsv" > "$tmp/stemmed.tsv" || exit 1
diff -u "$tmp/stemmed.tsv" "$tmp/run.tsv" || exit 1
echo "SCORE corpus tokens: $(($(wc -l < "$tmp/tokens.tsv") - 1)) rows equal to golden"
