#!/bin/sh
# Issue 14, "Memory" (SPEC "Robustness": memory is bounded by the segment
# size, not by the input): one long --lines record is read in segments
# like a file (a 104 MB record used 1.0 GB), and 4 MB of "1 1 1 ..." stays
# under 100 MB (it took 248 MB).  The record's rows are those of the same
# text read as a file, and doubling the record adds next to nothing.
. tests/robustness/lib.sh
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 || {
  echo "SKIP: needs /usr/bin/time (Debian package time)"; exit 77; }
# a sanitizer's shadow memory is not frex's (make asan sets this): the
# rows are still checked, the peak RSS limits are not
LIMIT=100
if [ "${FREX_SANITIZED:-}" = 1 ]; then
  LIMIT=100000
  note "SKIP the peak RSS limits: a sanitizer's shadow memory is not frex's"
fi
cd "$T" || exit 2

# RSS in MB of: frex ARGS... (stdout to $OUT)
OUT=/dev/null
rss() {
  /usr/bin/time -o rss.t -f %M "$FREX" "$@" >"$OUT" 2>rss.err
  echo $(($(tail -n 1 rss.t) / 1024))
}

python3 - "$REPO/corpus" <<'PY'
import glob, sys
text = b' '.join(open(f, 'rb').read() for f in sorted(glob.glob(sys.argv[1] + '/*.txt')))
text = text.replace(b'\n', b' ').replace(b'\t', b' ').replace(b'\r', b' ')
k = 24000000 // len(text) + 1
open('text.txt', 'wb').write(text * k)          # ~24 MB on one line
open('rec24.txt', 'wb').write(b'short\tLe 3 mars 2020.\nbig\t' + text * k + b'\nend\tLe 4 mars 2020.\n')
open('rec48.txt', 'wb').write(b'big\t' + text * (2 * k) + b'\n')
open('ones.txt', 'w').write('1 ' * 2000000 + '\n')
PY

OUT=rec24.tsv
m24=$(rss extract -j2 --lines rec24.txt)
eq "24 MB record: exit 0, no message" "0:" "$?:$(cat rss.err)"
OUT=/dev/null
m48=$(rss extract -j2 --lines rec48.txt)
echo "SCORE peak RSS MB: --lines record of 24 MB $m24, of 48 MB $m48"
check "24 MB --lines record in < 100 MB ($m24 MB)" test "$m24" -lt $LIMIT
check "doubling the record adds < 20 MB ($m24 -> $m48 MB)" \
  test "$m48" -lt $((m24 + 20 + LIMIT - 100))
n=$(grep -c '^big	' rec24.tsv)
check "24 MB record: entities found ($n)" test "$n" -gt 1000
"$FREX" extract text.txt | grep -v '^doc	' | sed 's/^text\.txt	/big	/' >file.tsv
grep '^big	' rec24.tsv >big.tsv
check "24 MB record: the rows of the same text read as a file" \
  cmp -s file.tsv big.tsv
eq "records around the long one keep their rows" "short end" \
  "$(cut -f 1 rec24.tsv | grep -v -e '^doc$' -e '^big$' | uniq | tr '\n' ' ' | sed 's/ $//')"

m1=$(rss extract -j1 ones.txt)
echo "SCORE peak RSS MB: 4 MB of '1 1 1 ...' $m1"
check "4 MB of '1 1 1 ...' in < 100 MB ($m1 MB)" test "$m1" -lt $LIMIT
finish
