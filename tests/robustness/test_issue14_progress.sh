#!/bin/sh
# Issue 14, "Progress": under a terminal the progress line updates while a
# long file is read (bytes read of the total, rate, an ETA that means
# something; it showed one line, at the end, with "ETA 0 s"); under -j,
# messages on stderr follow the input order (they came out in a varying
# order), and `frex stem` on something that is not token TSV stops after a
# few errors with a summary (it printed one error per line).
. tests/robustness/lib.sh
cd "$T" || exit 2

# ------------------------------------------------ progress on a terminal
python3 - "$REPO/corpus" <<'PY'
import glob, sys
unit = b'\n\n'.join(open(f, 'rb').read() for f in sorted(glob.glob(sys.argv[1] + '/*.txt')))
open('long.txt', 'wb').write(unit * (48000000 // len(unit) + 1))
PY
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$FREX' extract -j1 long.txt >/dev/null" /dev/null >tty.raw 2>&1
  tr '\r' '\n' <tty.raw | sed 's/\x1b\[K//' | grep '^frex: ' >tty.lines
  partial=$(grep -c ' MB of 48\.[0-9] MB (' tty.lines)
  check "progress updates while one 48 MB file is read ($partial lines before the end)" \
    test "$partial" -ge 2
  has "progress shows the bytes read of the total, the share and the rate" tty.lines \
    " MB of 48."
  # every ETA shown is what is left at the rate so far (rounding aside)
  awk '/ETA/ { n++
         match($0, /, [0-9.]+ MB of/); read = substr($0, RSTART + 2) + 0
         match($0, / of [0-9.]+ MB/); total = substr($0, RSTART + 4) + 0
         match($0, /, [0-9.]+ MB\/s/); rate = substr($0, RSTART + 2) + 0
         eta = ($0 ~ /ETA < 1 s/) ? 0 : substr($0, index($0, "ETA ") + 4) + 0
         want = rate > 0 ? (total - read) / rate : -9
         if (eta - want > 1.1 || want - eta > 1.1) { bad++; print "#   " $0 }
       } END { print n + 0, bad + 0 }' tty.lines >eta.check
  eq "ETAs shown, each the time left at the current rate" "0" \
    "$(cut -d' ' -f 2 eta.check)"
  check "an ETA is shown while the file is read ($(cut -d' ' -f 1 eta.check) lines)" \
    test "$(cut -d' ' -f 1 eta.check)" -ge 1
  last=$(tail -n 1 tty.lines)
  case $last in
  "frex: 1 documents, 48."*" MB, "*" MB/s, "*" s") ok "the last line gives the totals and the time taken" ;;
  *) not_ok "the last line gives the totals and the time taken"; echo "#   got: $last" ;;
  esac
else
  note "SKIP terminal progress checks: no script(1) (Debian package bsdutils)"
fi
"$FREX" extract --progress long.txt >/dev/null 2>plain.err
hasnt "--progress off a terminal: no terminal escapes" plain.err "$(printf '\033')"
eq "--progress off a terminal: plain lines, the last with the totals" \
  "frex: 1 documents" "$(tail -n 1 plain.err | cut -d, -f 1)"
rm -f long.txt

# ------------------------------------------------ stderr in input order
python3 - <<'PY'
import os
said = {}  # directory -> names of the inputs with a message
for i in range(120):
    d = 'tree/d%02d' % (i // 20)
    os.makedirs(d, exist_ok=True)
    data = ('Le %d mars 2020, %d millions de dollars. ' % (i % 28 + 1, i) * (40 + i % 9 * 150)).encode()
    if i % 3 == 0:
        data = data[:100] + b'\xff' + data[100:]
    if i % 5 == 0:
        data += b'\x00'
    open('%s/f%03d.txt' % (d, i), 'wb').write(data)
    if i % 3 == 0 or i % 5 == 0:
        said.setdefault(d, []).append('f%03d.txt' % i)
    if i % 40 == 25:
        os.symlink('nowhere', '%s/g%03d.txt' % (d, i))
        said.setdefault(d, []).append('g%03d.txt' % i)
# input order: directories and names sorted byte-wise
with open('order.want', 'w') as f:
    for d in sorted(said):
        for n in sorted(said[d]):
            f.write('%s/%s\n' % (d, n))
PY
for j in 1 2 7; do
  "$FREX" extract -j$j tree >/dev/null 2>err.$j
done
check "-j2: stderr byte for byte that of -j1" cmp -s err.1 err.2
check "-j7: stderr byte for byte that of -j1" cmp -s err.1 err.7
sed 's/^frex: \([^:]*\):.*/\1/' err.1 | uniq >order.got
check "messages follow the input order (a broken link among the files' messages)" \
  cmp -s order.want order.got
eq "every message there: $(wc -l <order.want) inputs with something to say" \
  "$(wc -l <order.want)" "$(wc -l <order.got)"

# ------------------------------------------------ frex stem on non-TSV
"$FREX" tokenize tree/d00/f001.txt >good.tsv
"$FREX" stem "$REPO/README.md" good.tsv >stem.out 2>stem.err
eq "stem on README.md: exit 1" 1 $?
eq "stem on README.md: five errors and a summary, not one per line" 6 \
  "$(wc -l <stem.err)"
has "stem on README.md: the summary" stem.err \
  "5 malformed rows, the rest skipped (is it token TSV from frex tokenize?)"
has "stem on README.md: the next input is still stemmed" stem.out \
  "tree/d00/f001.txt	1	0	2	WORD	Le	le	le"
finish
