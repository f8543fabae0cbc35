#!/bin/sh
# Token span F1 against the UD French gold (GSD dev, Sequoia train), as
# written and with typographic apostrophes; fails below 0.99 (issue 2).
set -u
FREX=${FREX:-bin/frex}; SHARED=${SHARED:-../shared}
[ -d "$SHARED/tokenize" ] || { echo "SKIP: needs ../shared"; exit 77; }
status=0
for f in "$SHARED"/tokenize/gsd_dev.tsv "$SHARED"/tokenize/sequoia_train.tsv; do
  python3 tests/tokenize/score_tokenize.py "$f" --min 0.99 || status=1
  python3 tests/tokenize/score_tokenize.py "$f" --typographic --min 0.99 || status=1
done
exit $status
