#!/bin/sh
# scripts/shard-parallel.sh (SPEC "Scale"): the GNU parallel recipe, run
# here with local workers (-S 2/:), reproduces one frex run byte for byte —
# a directory cut into file shards, and a --lines stream cut into blocks —
# with the same exit status.  SKIP (exit 77) without GNU parallel.
. tests/robustness/lib.sh
SHARD=$REPO/scripts/shard-parallel.sh
if ! command -v parallel >/dev/null 2>&1 || ! parallel --will-cite --version 2>/dev/null | grep -q 'GNU parallel'; then
  skip "GNU parallel not installed (Debian package parallel; scripts/install-deps.sh installs it with FREX_WITH_TEST_DEPS=1)"
fi
cd "$T" || exit 2
shard() { sh "$SHARD" --frex "$FREX" "$@"; }

# A tree whose per-directory order differs from sorting whole paths
# ("t/a/x" < "t/a-b/x" for fts, the reverse for sort), with hidden
# entries, a symlink loop, a broken link, an invalid byte, a FIFO, and 600
# documents made of corpus/ paragraphs.
python3 - "$REPO/corpus" <<'EOF'
import glob, os, random, sys
paras = [p for f in sorted(glob.glob(sys.argv[1] + '/*.txt'))
         for p in open(f, encoding='utf-8').read().split('\n') if p.strip()]
rnd = random.Random(4)
dirs = ['t/a', 't/a-b', 't/a.b', 't/a/deep', 't/Z', 't/é', 't/.hid']
for i in range(600):
    d = dirs[i % len(dirs)]
    os.makedirs(d, exist_ok=True)
    body = '\n\n'.join(rnd.choice(paras) for _ in range(rnd.randint(1, 6)))
    name = ('x-%03d.txt', 'x.%03d.txt', 'x%03d', '.h%03d')[i % 4] % i
    open('%s/%s' % (d, name), 'w', encoding='utf-8').write(body + '\n')
open('t/a.txt', 'w').write('Le 3 mars 2020, 10 millions de dollars.\n')
open('t/bad.txt', 'wb').write('Caf\u00e9 d\u00e9j\u00e0 \u00e9t\u00e9 '.encode() + b'\xff fin.\n')
# records: ids, TAB-less lines (named by line number), CRLF, an empty line
recs = []
for n in range(20000):
    t = rnd.choice(paras).replace('\t', ' ')
    recs.append(t if n % 501 == 3 else '' if n % 777 == 5 else
                'r%d\t%s%s' % (n, t, '\r' if n % 3 == 0 else ''))
open('records.txt', 'w', encoding='utf-8').write('\n'.join(recs) + '\n')
EOF
ln -s .. t/a/up
ln -s nowhere t/broken
mkfifo t/a.b/fifo

# control: this tree does tell per-directory order from whole-path order
"$FREX" tokenize -q t 2>/dev/null | field 1 | uniq >fts.order
find -L t -name '.*' -prune -o -type f -print 2>/dev/null | LC_ALL=C sort >sort.order
if cmp -s fts.order sort.order; then
  not_ok "control: plain sort order differs from frex's order"
else
  ok "control: plain sort order differs from frex's order"
fi

for cmd in extract tokenize run; do
  "$FREX" $cmd t >one.$cmd 2>one.$cmd.err
  one=$?
  shard -n 7 -S 2/: $cmd t >shard.$cmd 2>shard.$cmd.err
  eq "directory, $cmd: same exit status as one run" "$one" $?
  check "directory, $cmd: shards merge into the bytes of one run" \
    cmp -s one.$cmd shard.$cmd
done
has "directory: the broken link is still reported" shard.extract.err \
  "frex: t/broken: broken symbolic link"
"$FREX" extract --hidden --include 'x-*' --types DATE --format jsonl t >one.opt 2>/dev/null
shard -n 5 -S 2/: extract --hidden --include 'x-*' --types DATE \
  --format jsonl t >shard.opt 2>/dev/null
check "directory, --hidden --include --types --format jsonl: same bytes" \
  cmp -s one.opt shard.opt
"$FREX" tokenize --exclude '*.txt' t/Z t/a.txt t/é >one.ops 2>/dev/null
shard -n 3 -S 2/: tokenize --exclude '*.txt' t/Z t/a.txt t/é >shard.ops 2>/dev/null
check "several operands, --exclude: same bytes" cmp -s one.ops shard.ops
shard -S 2/: extract --types PERSON t >bad.out 2>bad.err
eq "a usage error stops the recipe with frex's status" 2 $?
has "a usage error: frex's message" bad.err "invalid --types 'PERSON'"

for cmd in extract tokenize; do
  "$FREX" $cmd --lines <records.txt >one.l$cmd 2>/dev/null
  one=$?
  shard --lines --block 100k -S 2/: --joblog lines.joblog $cmd \
    <records.txt >shard.l$cmd 2>/dev/null
  eq "--lines, $cmd: same exit status" "$one" $?
  check "--lines, $cmd: blocks merge into the bytes of one run" \
    cmp -s one.l$cmd shard.l$cmd
done
eq "--lines: the input was cut into several blocks" 1 \
  "$(awk 'NR > 1 { n++ } END { print (n > 3) }' lines.joblog)"

finish
