#!/bin/sh
# test_s37_dict_keys.sh — the dictionary load's fast paths (src/dict.c:
# key_mode_ascii, key_mode_fast; session s37, issue 15) key, case-mode and
# cut every alias exactly as the reference (frex_key, alias_mode, cut_at).
#
# 1. A build of src/dict.c with -DFREX_DICT_CHECK_FAST (it aborts when a
#    fast path disagrees with the reference) loads dict/ and a generated
#    dictionary of aliases mixing ASCII, Latin-1 letters, ligatures,
#    apostrophes, dashes, marks, controls, runs of spaces and NBSP.
# 2. bin/frex finds names whose aliases take each path, as written in the
#    text with other case, accents, apostrophes and spaces; and does not
#    find what the case mode rules out.
. tests/robustness/lib.sh
need_cmd python3
CC=${CC:-cc}
need_cmd "$CC"
[ -f build/obj/dict.o ] || skip "build/obj not built (run make)"

# 1 ----------------------------------------------------------------------
objs=$(ls build/obj/*.o | grep -v -e '/dict\.o$' -e '/main\.o$' -e '/cli_')
if $CC -Iinclude -Isrc -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 \
  -DFREX_DATADIR='"/nonexistent"' -std=c11 -O1 -g -DFREX_DICT_CHECK_FAST \
  -c -o "$T/dict.o" src/dict.c 2>"$T/cc.err" &&
  $CC -o "$T/frex" build/obj/main.o build/obj/cli_*.o "$T/dict.o" $objs \
    -licui18n -licuuc -licudata -lpcre2-8 -lstemmer -lpthread -lm \
    2>>"$T/cc.err"; then
  ok "check build of src/dict.c (FREX_DICT_CHECK_FAST)"
else
  not_ok "check build of src/dict.c"; cat "$T/cc.err"; finish; exit
fi

python3 - "$T/edge.tsv" <<'EOF'
import random, sys
random.seed(37)
pieces = ["A", "b", "Z", "z", "0", "9", " ", "  ", "-", "'", "&", ".",
          "é", "É", "à", "Ç", "ß", "Æ", "æ", "œ", "Œ", "\u2019", "\u2018",
          "\u00a0", "\u0301", "x\u0301", "Ð", "ð", "ÿ", "Þ", "×", "÷",
          "\x01", "\x7f", "Ǻ", "µ", "ª", "DoD", "McD", "AT&T", "Inc.", "l'",
          "(", ")", "@", "`", "[", "{", "~", "_", "\u2013", "\u2014", "\r",
          "Société", "Générale", "des", "Eaux", "ABCDEFGH"]
out = ["# generated edge cases (tests/robustness/test_s37_dict_keys.sh)"]
n = 0
for length in range(1, 40):
    for _ in range(25):
        a = "".join(random.choice(pieces) for _ in range(random.randint(1, length)))
        a = a.strip(" ")
        if not any(c.isalnum() for c in a):
            continue
        n += 1
        flags = random.choice(["", "nocase", "ambiguous"])
        b = random.choice(["X", "x", "9", "é", ""]) + a
        out.append(f"Edge{n} {a}\tCOMPANY\t{a}|{b}| {a}y \tQ{n}\t{flags}\tt")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
EOF
echo "Le 3 mars, Renault a payé 10 millions d'euros." >"$T/line.txt"
"$T/frex" extract --dict-dir dict --dict "$T/edge.tsv" "$T/line.txt" \
  >"$T/out1" 2>"$T/err1"
rc=$?
if [ $rc -eq 0 ] && grep -q 'COMPANY	Renault' "$T/out1"; then
  ok "dict/ and $(grep -c '^Edge' "$T/edge.tsv") edge-case entries: fast paths agree with the reference"
else
  not_ok "check build on dict/ + edge cases (exit $rc)"; tail -n 3 "$T/err1"
fi

# 2 ----------------------------------------------------------------------
cat >"$T/names.tsv" <<'EOF'
# one name per path of the load: ASCII words, ASCII with punctuation,
# Latin-1 letters, a typographic apostrophe, a ligature (general path)
Zorbatec Industries	COMPANY	ZBT|Zorba-Tec	Q1
Crédit Ébénois	COMPANY	Crédit Ebénois	Q2
L’Agence Quintale	AGENCY	l’Agence quintale	Q3
Cœurvin Holding	COMPANY		Q4
DuPontal	COMPANY		Q5
EOF
cat >"$T/text.txt" <<'EOF'
Zorbatec  Industries a signé avec Zorba-Tec et ZBT.
Le Crédit Ebénois et le CREDIT ÉBÉNOIS ouvrent.
Selon l'Agence Quintale, rien. Cœurvin Holding rachète DuPontal.
La zbt et dupontal ne sont pas des noms.
EOF
"$FREX" extract --dict "$T/names.tsv" "$T/text.txt" >"$T/out2" 2>"$T/err2"
got=$(cut -f 4,5 "$T/out2" | grep -e COMPANY -e AGENCY | tr '\t' ':' | tr '\n' '|')
want='COMPANY:Zorbatec  Industries|COMPANY:Zorba-Tec|COMPANY:ZBT|COMPANY:Crédit Ebénois|COMPANY:CREDIT ÉBÉNOIS|AGENCY:Agence Quintale|COMPANY:Cœurvin Holding|COMPANY:DuPontal|'
if [ "$got" = "$want" ]; then
  ok "names of each load path found, case modes kept (zbt, dupontal not found)"
else
  not_ok "names of each load path"; echo "# got:  $got"; echo "# want: $want"
fi
finish
