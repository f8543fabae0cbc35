#!/bin/sh
# The CLDR currency table of AMOUNT is up to date (issue 13): src/amount_cldr.c
# must be exactly what scripts/gen_currencies.py generates from
# ../shared/gazetteers/cldr-fr-currencies (regenerate with
# `python3 scripts/gen_currencies.py`), and it must hold the names the
# SPEC's examples need.  Needs ../shared (exit 77 = SKIP).
# Environment: SHARED (default ../shared).
set -u
SHARED=${SHARED:-../shared}
[ -d "$SHARED/gazetteers/cldr-fr-currencies" ] || { echo "SKIP: needs ../shared"; exit 77; }
python3 scripts/gen_currencies.py --check \
  --cldr "$SHARED/gazetteers/cldr-fr-currencies" || exit 1
# a stale or broken generator would still "agree" with an empty file: the
# SPEC's names must be there
for want in '"francs rwandais", "RWF", "franc"' \
            '"couronnes norv\303\251giennes", "NOK", "couronne"' \
            '"dinars tunisiens", "TND", "dinar"' \
            '"roupies pakistanaises", "PKR", "roupie"' \
            '"francs suisses", "CHF", "franc"' \
            '"dollars australiens", "AUD", "dollar"'; do
  grep -qF "{$want}" src/amount_cldr.c || {
    echo "src/amount_cldr.c lacks {$want}"
    exit 1
  }
done
n=$(grep -c '^    {"' src/amount_cldr.c)
echo "SCORE currencies: $n CLDR name forms"
[ "$n" -ge 400 ] || { echo "too few CLDR names: $n"; exit 1; }
