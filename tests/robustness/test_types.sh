#!/bin/sh
# --types selects rows, nothing else (SPEC "Entity TSV"): for each subset
# of types, `extract --types` gives exactly the rows of a full extract with
# those types, on corpus/ and on the WiNER news texts.  This guards the
# shortcut that skips the tokenizer when neither COMPANY nor AGENCY is
# asked for (AMOUNT and DATE read the text itself).  Without ../shared,
# corpus/ alone (it holds all four types).
. tests/robustness/lib.sh
IN="$REPO/corpus"
if [ -d "$SHARED/ner/winer-fr/texts" ]; then
  IN="$IN $SHARED/ner/winer-fr/texts"
else
  note "SKIP the WiNER texts: no ../shared (corpus/ alone)"
fi
# shellcheck disable=SC2086
"$FREX" extract -j2 $IN >"$T/all.tsv" 2>"$T/err" || not_ok "full extract ran"
for types in AMOUNT DATE AMOUNT,DATE COMPANY AGENCY COMPANY,AGENCY DATE,AGENCY; do
  pat=$(echo "$types" | sed 's/,/|/g')
  # shellcheck disable=SC2086
  "$FREX" extract -j2 --types "$types" $IN >"$T/sub.tsv" 2>>"$T/err"
  { head -n 1 "$T/all.tsv"; awk -F'\t' -v p="^($pat)\$" 'NR > 1 && $4 ~ p' "$T/all.tsv"; } >"$T/want.tsv"
  n=$(($(wc -l <"$T/want.tsv") - 1))
  check "--types $types: $n rows, the same as the full extract's" \
    cmp -s "$T/want.tsv" "$T/sub.tsv"
done
# the subset tests above mean something only if each type occurs
for ty in AMOUNT DATE COMPANY AGENCY; do
  check "the full extract has $ty rows" grep -q "	$ty	" "$T/all.tsv"
done
# extract writes no tokens: its summary does not claim a count
"$FREX" extract -j1 --summary --types AMOUNT "$REPO/corpus" >/dev/null 2>"$T/s1"
"$FREX" run -j1 --summary --tokens /dev/null "$REPO/corpus" >/dev/null 2>"$T/s2"
n=$("$FREX" tokenize -j1 --no-header "$REPO/corpus" | wc -l | tr -d ' ')
check "extract --summary has no token count" \
  grep -q '^frex: 5 documents, [0-9.]* MB; entities: AMOUNT 12, DATE 0,' "$T/s1"
check "run --summary counts the $n tokens" grep -q " $n tokens;" "$T/s2"
finish
