#!/bin/sh
# Pathological inputs (STYLE "Tests", cmark's rule: a performance fix adds
# its case here): generated inputs that make naive tokenizers and regex
# extractors go quadratic or backtrack.  Each runs through `frex tokenize`
# and `frex extract`, and must exit 0 within FREX_PATHO_CPU seconds of CPU
# time (default 10; wall-clock limit 5x that, so a loaded machine does not
# fail the test) with valid offsets, and peak RSS under FREX_PATHO_RSS_MB
# (default 100; issue 14: memory is bounded by the segment size, not by
# the input — 4 MB of "1 1 1 ..." took 248 MB).  When one is slow, the
# script times each entity type alone to name the stage.  Prints the CPU
# times and the largest peak RSS as SCORE.
. tests/robustness/lib.sh
cd "$T" || exit 2
LIMIT=${FREX_PATHO_CPU:-10}
RSS_MB=${FREX_PATHO_RSS_MB:-100}
if [ "${FREX_SANITIZED:-}" = 1 ]; then # make asan: shadow memory
  RSS_MB=100000
  note "SKIP the peak RSS limit: a sanitizer's shadow memory is not frex's"
fi

python3 - <<'EOF'
cases = {
    # a million digits in groups of three separated by U+00A0
    'nbsp-digits': '1' + '\u00a0000' * 333333 + ' €\n',
    'space-digits': '100 ' * 100000 + 'dollars\n',
    'dot-digits': '1' + '.000' * 250000 + ' €\n',
    'comma-digits': '1,' * 250000 + '5 M€\n',
    'apostrophes': "'" * 100000 + '\n',
    'curly-apostrophes': '\u2019' * 100000 + '\n',
    'elisions': "l'" * 100000 + 'armée\n',
    'qu-elisions': "jusqu'" * 50000 + '\n',
    'no-spaces': 'abcdefghij' * 500000 + '\n',
    'no-spaces-accents': 'éàçôœ' * 500000 + '\n',
    'dollars': 'dollars ' * 100000 + '\n',
    'de': 'de ' * 100000 + '\n',
    'de-dollars': '10 ' + 'de ' * 100000 + 'dollars\n',
    'euros-numbers': '10 euros ' * 100000 + '\n',
    'scales': 'mille millions de milliards ' * 50000 + 'd\'euros\n',
    'number-words': 'vingt-cinq ' * 100000 + 'dollars\n',
    'hyphen-words': 'vingt' + '-et-un' * 100000 + ' euros\n',
    'monsieur': 'M. ' * 100000 + '\n',
    'hyphens': '-' * 1000000 + '\n',
    'dots': '.' * 1000000 + '\n',
    'ellipses': '\u2026' * 300000 + '\n',
    'guillemets': '« ' * 100000 + '\n',
    'parens': '(' * 100000 + 'AWS' + ')' * 100000 + '\n',
    'acronyms': 'Agence Spatiale (ASE) ' * 50000 + '\n',
    'capitals': 'Abc ' * 200000 + '\n',
    'cue-words': 'la société ' * 100000 + 'X\n',
    'ministere': 'ministère de la ' * 100000 + 'Défense\n',
    # 100k entities: dropping dates inside amounts was quadratic (fixed in
    # c9f19bc: 19 s here)
    'dates': '21 juillet 2021 ' * 100000 + '\n',
    'amount-ranges': 'entre 500 millions et un milliard de livres ' * 30000 + '\n',
    'amount-paren-ranges': "(600 à 1,2 milliards d'euros) " * 30000 + '\n',
    'org-acronyms': 'Amazon Web Services (AWS) et le Pentagone ' * 30000 + '\n',
    'dct-lines': ' date 2021-07 ' * 100000 + '\n',
    'years': '2021 ' * 200000 + '\n',
    'weekdays': 'jeudi dernier, ' * 100000 + '\n',
    'slashes': '21/' * 200000 + '2021\n',
    'url': 'https://' + 'a' * 1000000 + '\n',
    'at-signs': 'a@' * 200000 + '\n',
    'www': 'www.' * 200000 + '\n',
    'combining': 'e' + '\u0301' * 200000 + '\n',
    'newlines': '\n' * 2000000,
    'crlf': '\r\n' * 1000000,
    'tabs-nuls': '\t\x00' * 500000,
    # every "1" a token and a date candidate: 248 MB of memory (issue 14)
    'ones': '1 ' * 2000000 + '\n',
}
for name, text in cases.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(text)
EOF

if /usr/bin/time -f '%U %S %M' true >/dev/null 2>&1; then
  cpu() { # OUT ERR CMD...: run CMD, print its CPU seconds (user + system);
          # its peak RSS in MB goes to rss.t
    o=$1 e=$2; shift 2
    /usr/bin/time -o cpu.t -f '%U %S %M' timeout $((LIMIT * 5)) "$@" >"$o" 2>"$e"
    rc=$?
    awk '/^[0-9.]+ [0-9.]+ [0-9]+$/ { printf "%.1f\n", $1 + $2
                                      print int($3 / 1024) >"rss.t" }' cpu.t
    return $rc
  }
else
  note "no /usr/bin/time: timing wall clock instead of CPU"
  cpu() {
    o=$1 e=$2; shift 2
    echo 0 >rss.t
    s=$(date +%s.%N); timeout $((LIMIT * 5)) "$@" >"$o" 2>"$e"; rc=$?
    awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", e - s }'
    return $rc
  }
fi
slow() { awk -v t="$1" -v l="$LIMIT" 'BEGIN { exit !(t > l) }'; }

# Cases made of entities must give them: an extractor that finds nothing
# passes every other check here (issue 14).  NAME TYPE: at least 1000 rows
# of TYPE (each case repeats its entity 20,000 to 100,000 times).
expected_entities() {
  case $1 in
  dates | weekdays | dct-lines) echo DATE ;;
  amount-ranges | amount-paren-ranges | euros-numbers) echo AMOUNT ;;
  org-acronyms) echo COMPANY AGENCY ;;
  acronyms | ministere) echo AGENCY ;;
  esac
}

scores=""
maxrss=0
for f in *.txt; do
  name=${f%.txt}
  for cmd in tokenize extract; do
    t=$(cpu "$name.$cmd" "$name.$cmd.err" "$FREX" $cmd -q -j1 "$f")
    rc=$?
    scores="$scores $name/$cmd=${t}s"
    if [ $rc -eq 124 ] || slow "$t"; then
      not_ok "$name ($cmd): ${t} s of CPU, over ${LIMIT} s (rc $rc)"
      if [ $cmd = extract ]; then
        for ty in AMOUNT DATE COMPANY,AGENCY; do
          note "  $name: extract --types $ty: $(cpu /dev/null /dev/null "$FREX" extract -j1 --types $ty "$f") s"
        done
      fi
      continue
    fi
    eq "$name ($cmd): exit 0 in ${t} s" 0 $rc
    rss=$(cat rss.t 2>/dev/null || echo 0)
    [ "$rss" -gt "$maxrss" ] && maxrss=$rss
    if [ "$rss" -gt "$RSS_MB" ]; then
      not_ok "$name ($cmd): peak RSS $rss MB, over $RSS_MB MB"
    fi
    if [ -s "$name.$cmd.err" ]; then
      not_ok "$name ($cmd): no message"; head -n 3 "$name.$cmd.err" | sed 's/^/#   /'
    fi
    if [ "$(rows "$name.$cmd")" -gt 0 ]; then
      check "$name ($cmd): offsets" offsets_ok "$name.$cmd"
    fi
    if [ $cmd = extract ]; then
      for ty in $(expected_entities "$name"); do
        n=$(field 4 <"$name.$cmd" | grep -cx "$ty")
        check "$name (extract): $n $ty rows, at least 1000" test "$n" -ge 1000
      done
    fi
    rm -f "$name.$cmd"
  done
done
echo "SCORE pathological CPU:$scores"
echo "SCORE pathological largest peak RSS: $maxrss MB (limit $RSS_MB MB)"

finish
