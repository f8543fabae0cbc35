#!/bin/sh
# Ways to lose data found by an adversarial pass over the CLI (SPEC
# "Robustness": never crash, never hang, never lose output; every bad
# input a `frex: PATH: message`, the other inputs still processed).  Each
# block failed before its fix.
. tests/robustness/lib.sh
cd "$T" || exit 2

HDR="doc	sent	start	end	class	token	norm	stem"

# ------------------------------------------------ frex stem: unbounded rows
# A line without a newline was held whole: `frex stem /dev/zero` grew
# without bound (466 MB after 10 s), as did a big text file with no
# newline.  Now a line longer than 64 MB is a malformed row, skipped with
# its line number; the rows after it are still stemmed.
python3 - <<'EOF'
hdr = 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n'
with open('long.tsv', 'w') as f:
    f.write(hdr + 'x\t1\t0\t5\tWORD\tcafé\tcafé\t\n')
    f.write('a b c ' * (12 << 20) + '\n')          # 72 MB, no TAB
    f.write('x\t1\t6\t12\tWORD\tcafés\tcafés\t\n')
with open('nonl.txt', 'w') as f:                   # no newline at all
    f.write('texte ' * (12 << 20))
EOF
for j in 1 3; do
  "$FREX" stem -j$j long.tsv >long.$j.out 2>long.$j.err
  eq "stem -j$j, a 72 MB line: exit 1 and one message with its line" \
    "1 frex: long.tsv: line 3: longer than 64 MB, not a token TSV row; skipped" \
    "$? $(cat long.$j.err)"
  eq "stem -j$j, a 72 MB line: the rows around it stemmed" \
    "$HDR|x	1	0	5	WORD	café	café	caf|x	1	6	12	WORD	cafés	cafés	caf" \
    "$(tr '\n' '|' <long.$j.out | sed 's/|$//')"
done
timed=""
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 &&
  timed="/usr/bin/time -f %M -o nonl.rss"
$timed "$FREX" stem nonl.txt >nonl.out 2>nonl.err
eq "stem, 72 MB without a newline: exit 1, message" \
  "1 frex: nonl.txt: line 1: longer than 64 MB, not a token TSV row; skipped" \
  "$? $(cat nonl.err)"
check "stem, 72 MB without a newline: nothing on stdout" test ! -s nonl.out
if [ -z "$timed" ]; then
  note "SKIP the peak RSS limit: needs /usr/bin/time (Debian package time)"
elif [ "${FREX_SANITIZED:-}" = 1 ]; then # make asan: shadow memory
  note "SKIP the peak RSS limit: a sanitizer's shadow memory is not frex's"
else
  rss=$(tail -n 1 nonl.rss)
  note "stem, 72 MB line: peak RSS $rss KB"
  check "stem, 72 MB without a newline: peak RSS under 150 MB ($rss KB)" \
    test "$rss" -lt 150000
fi

# ------------------------------------------------ frex stem: binary input
# frex writes no NUL byte: an input that starts with one is skipped as
# grep skips a binary file (before: /dev/zero was read for ever).
printf 'Le caf\303\251.\n' >a.txt
"$FREX" tokenize a.txt >a.tsv
printf 'x\000y\tz\n' >nul.tsv
"$FREX" stem nul.tsv a.tsv >bin.out 2>bin.err
eq "stem, a NUL in the head: exit 1, message" \
  "1 frex: nul.tsv: binary file, skipped (frex stem reads token TSV from frex tokenize)" \
  "$? $(cat bin.err)"
has "stem, a binary input: the next input still stemmed" bin.out \
  "a.txt	1	3	8	WORD	café	café	caf"
if [ -r /dev/zero ]; then
  timeout 20 "$FREX" stem /dev/zero a.tsv >zero.out 2>zero.err
  eq "stem /dev/zero: ends at once, exit 1" 1 $?
  has "stem /dev/zero: message" zero.err "frex: /dev/zero: binary file, skipped"
  has "stem /dev/zero: the next input still stemmed" zero.out "WORD	café	café	caf"
fi

# ------------------------------------------------ frex stem: closed pipe
# With SIGPIPE ignored, EPIPE ends frex stem quietly, as frex tokenize
# (before: "frex: stdout: write error: Broken pipe").
python3 -c "open('big.txt','w').write('Le café coûte 10 euros. ' * 200000)"
"$FREX" tokenize big.txt >big.tsv
(
  trap '' PIPE
  { "$FREX" stem big.tsv 2>pipe.err; echo $? >pipe.rc; } | head -n 1 >/dev/null
)
eq "stem, SIGPIPE ignored: EPIPE ends the run quietly with status 2" "2:" \
  "$(cat pipe.rc):$(cat pipe.err)"

# ------------------------------------------------ --lines: NUL in an id
# The id was a C string: `id<NUL>x<TAB>text` came out as doc `id`, exit 0
# (a silently wrong doc column).  Its NULs are replaced by U+001A, as in
# the text, and reported with the line (exit 1); short and long records.
printf 'id\000x\tLe 3 mars 2020.\nok\tLe 4 mars 2020.\n' >nulid.txt
for j in 1 2; do
  "$FREX" extract --lines -j$j <nulid.txt >nulid.$j.tsv 2>nulid.$j.err
  eq "--lines -j$j, NUL in an id: exit 1, message with the line" \
    "1 frex: -: line 1: 1 NUL bytes in the record id, replaced" \
    "$? $(cat nulid.$j.err)"
  eq "--lines -j$j, NUL in an id: doc columns" "$(printf 'id\032x|ok')" \
    "$(field 1 <nulid.$j.tsv | tr '\n' '|' | sed 's/|$//')"
done
python3 -c "import sys; sys.stdout.buffer.write(b'L\x00ong\t' + b'Le 3 mars 2020. ' * 200000 + b'\nok\tLe 4 mars 2020.\n')" >nullong.txt
"$FREX" extract --lines nullong.txt >nullong.tsv 2>nullong.err
eq "--lines, NUL in the id of a 3 MB record: exit 1, message" \
  "1 frex: nullong.txt: line 1: 1 NUL bytes in the record id, replaced" \
  "$? $(cat nullong.err)"
eq "--lines, NUL in the id of a 3 MB record: doc columns" \
  "$(printf 'L\032ong|ok')" "$(field 1 <nullong.tsv | uniq | tr '\n' '|' | sed 's/|$//')"

# ------------------------------------------------ random bytes
# Random bytes (no magic number; a control byte in ten, just under the
# "one in ten" of a control-dense head) were decoded as CP1252: frex
# extract /dev/urandom never ended.  Not UTF-8 with a control in twenty
# is binary; a CP1252 text with a few controls is still text.
python3 - <<'EOF2'
import random
r = random.Random(14)
open('random.bin', 'wb').write(bytes(r.getrandbits(8) for _ in range(200000)))
t = 'Le caf\xe9 co\xfbte 10 euros le 3 mars 2020 \xe0 Paris.\x0c\x01 '.encode('latin-1')
open('cp1252.txt', 'wb').write(t * 50)
EOF2
printf 'Bonjour Paris.\n' >good.txt
for cmd in extract tokenize; do
  timeout 20 "$FREX" $cmd random.bin good.txt >rnd.tsv 2>rnd.err
  eq "$cmd random bytes: exit 1, skipped as binary" \
    "1 frex: random.bin: binary file, skipped" "$? $(cat rnd.err)"
done
has "random bytes: the next input read" rnd.tsv "good.txt	1	0	7	WORD	Bonjour"
"$FREX" extract cp1252.txt >cp.tsv 2>cp.err
# read as text, not skipped; its \x01 bytes replaced and reported (s35)
eq "CP1252 with a control byte in 45: read as text, controls reported" \
  "1 frex: cp1252.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text
frex: cp1252.txt: 50 control bytes (first at byte 47), replaced" \
  "$? $(cat cp.err)"
has "CP1252 with a few controls: its amounts" cp.tsv "	AMOUNT	10 euros	10	EUR"
if [ -r /dev/urandom ]; then
  timeout 20 "$FREX" extract /dev/urandom good.txt >ur.tsv 2>ur.err
  eq "extract /dev/urandom: ends at once, exit 1, message" \
    "1 frex: /dev/urandom: binary file, skipped" "$? $(cat ur.err)"
fi

# ------------------------------------------------ --lines: binary input
# An archive, /dev/zero or random bytes given to --lines was read as
# records: /dev/zero made one record that never ended.  A --lines input
# whose head is binary is skipped whole, as in file mode (not with
# --encoding, which forces a reading).
printf 'a\tLe 3 mars 2020.\n' >rec.txt
for f in random.bin /dev/zero; do
  [ -r "$f" ] || continue
  timeout 20 "$FREX" extract --lines "$f" rec.txt >lb.tsv 2>lb.err
  eq "--lines $f: exit 1, skipped as binary" \
    "1 frex: $f: binary file, skipped" "$? $(cat lb.err)"
  has "--lines $f: the next input's records" lb.tsv "a	3	14	DATE	3 mars 2020"
done
timeout 20 "$FREX" extract --lines - <random.bin >lbs.tsv 2>lbs.err
eq "--lines on stdin, random bytes: exit 1, skipped" \
  "1 frex: -: binary file, skipped" "$? $(cat lbs.err)"
printf 'a\tLe 3 mars 2020.\001\001\n' >ctl.txt
"$FREX" extract --lines ctl.txt >ctl.tsv 2>ctl.err
eq "--lines: a record with two controls is no binary input" \
  "1:frex: a: 2 control bytes (first at byte 15), replaced
a	3	14	DATE" "$?:$(cat ctl.err)
$(field 1-4 <ctl.tsv)"

# ------------------------------------------------ signals
# SIGINT or SIGTERM killed frex mid-write: the outputs ended in the middle
# of a row (an entity row cut in its unit column still looks whole) and
# nothing said so.  Now the run stops at a row boundary, flushes, says
# which outputs are incomplete, and dies by the same signal (exit status
# 128 + N in a shell).
python3 -c "open('sig.txt','w').write('Le café coûte 10 euros le 3 mars 2020 chez Amazon. ' * 300000)"
cat >sig.py <<'EOF2'
import os, signal, subprocess, sys, time
sig, outs, argv = sys.argv[1], sys.argv[2].split(','), sys.argv[3:]
with open('sig.stdout', 'wb') as out:
    p = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    t0 = time.time()  # wait for rows in every output, then signal
    while time.time() - t0 < 60 and p.poll() is None and not all(
            os.path.exists(f) and os.path.getsize(f) > 100000 for f in outs):
        time.sleep(0.02)
    p.send_signal(getattr(signal, 'SIG' + sig))
    err = p.communicate()[1].decode()
print('status', p.returncode)
print(err, end='')
for f in outs:
    d = open(f, 'rb').read()
    ncols = {len(r.split(b'\t')) for r in d.split(b'\n')[:-1]}
    print(f, 'ends with a newline' if d.endswith(b'\n') else 'ends mid-row',
          'columns', sorted(ncols))
EOF2
python3 sig.py TERM sig.stdout "$FREX" extract -j2 sig.txt sig.txt sig.txt >sig1.res
eq "SIGTERM, extract: dies by SIGTERM, says stdout is incomplete, ends on a whole row" \
  "status -15|frex: stdout: incomplete: interrupted by SIGTERM (it ends with a whole row)|sig.stdout ends with a newline columns [7]" \
  "$(tr '\n' '|' <sig1.res | sed 's/|$//')"
python3 sig.py INT tk.tsv,en.tsv "$FREX" run --tokens tk.tsv --entities en.tsv sig.txt sig.txt sig.txt >sig2.res
eq "SIGINT, run: dies by SIGINT, names both outputs, both end on a whole row" \
  "status -2|frex: en.tsv: incomplete: interrupted by SIGINT (it ends with a whole row)|frex: tk.tsv: incomplete: interrupted by SIGINT (it ends with a whole row)|tk.tsv ends with a newline columns [8]|en.tsv ends with a newline columns [7]" \
  "$(tr '\n' '|' <sig2.res | sed 's/|$//')"
"$FREX" tokenize sig.txt sig.txt >sig.tsv
python3 sig.py TERM sig.stdout "$FREX" stem -j2 sig.tsv >sig3.res
eq "SIGTERM, stem: dies by SIGTERM, says so, ends on a whole row" \
  "status -15|frex: stdout: incomplete: interrupted by SIGTERM (it ends with a whole row)|sig.stdout ends with a newline columns [8]" \
  "$(tr '\n' '|' <sig3.res | sed 's/|$//')"

# ------------------------------------------------ run: one output a closed pipe
# `frex run --tokens t.tsv ... | head -1`: SIGPIPE killed frex and left
# t.tsv cut mid-row with nothing said (the pipeline's status is head's).
# Now EPIPE stops the run, t.tsv is flushed to a whole row and said to be
# incomplete, and frex still dies by SIGPIPE (ends quietly with status 2
# when SIGPIPE was ignored).
{ "$FREX" run --tokens pt.tsv sig.txt 2>pt.err; echo $? >pt.rc; } | head -n 1 >/dev/null
eq "run --tokens F | head -1: dies by SIGPIPE, says F is incomplete" \
  "141 frex: pt.tsv: incomplete: stdout was closed (it ends with a whole row)" \
  "$(cat pt.rc) $(cat pt.err)"
eq "run --tokens F | head -1: F ends with a whole row" "" \
  "$(tail -c 1 pt.tsv | tr -d '\n')"
(
  trap '' PIPE
  { "$FREX" run --tokens pt2.tsv sig.txt 2>pt2.err; echo $? >pt2.rc; } | head -n 1 >/dev/null
)
eq "run --tokens F | head -1, SIGPIPE ignored: status 2, F said incomplete" \
  "2 frex: pt2.tsv: incomplete: stdout was closed (it ends with a whole row)" \
  "$(cat pt2.rc) $(cat pt2.err)"
{ "$FREX" tokenize sig.txt 2>tp.err; echo $? >tp.rc; } | head -n 1 >/dev/null
eq "tokenize | head -1 (one output): quiet, SIGPIPE as before" "141:" \
  "$(cat tp.rc):$(cat tp.err)"

# ------------------------------------------------ run: one output full
# A write error on one output stopped the run: the other output was left
# short of rows with nothing said about it.  Now it is named too (only when
# rows were lost: an error at the final flush leaves the other complete,
# tests/robustness/test_pipes.sh).
if [ -w /dev/full ]; then
  "$FREX" run --tokens /dev/full --entities fe.tsv sig.txt 2>fe.err
  eq "run --tokens /dev/full, big input: exit 2, both outputs named" \
    "2|frex: /dev/full: write error: No space left on device|frex: fe.tsv: incomplete: /dev/full could not be written (it ends with a whole row)" \
    "$?|$(tr '\n' '|' <fe.err | sed 's/|$//')"
  eq "run --tokens /dev/full: the entities file ends with a whole row" "" \
    "$(tail -c 1 fe.tsv | tr -d '\n')"
  "$FREX" run --tokens /dev/full --entities fe2.tsv a.txt 2>fe2.err
  eq "run --tokens /dev/full, small input: the entities are complete, not said otherwise" \
    "2|frex: /dev/full: write error: No space left on device" \
    "$?|$(tr '\n' '|' <fe2.err | sed 's/|$//')"
fi

# ------------------------------------------------ --tokens - / --entities -
# '-' made a file named '-': `frex run --tokens - --entities e.tsv x | frex
# stem` got nothing.  It is standard output now, and both outputs there
# are refused as the same file is.
printf 'Le caf\303\251 co\303\273te 10 euros.\n' >a.txt
"$FREX" run --tokens - --entities dash.ents a.txt >dash.out 2>dash.err
eq "run --tokens -: exit 0, token rows on stdout, no file '-'" \
  "0:a.txt	1	3	8	WORD	café	café	caf:no file" \
  "$?:$(sed -n 3p dash.out):$(test -e ./- && echo file '-' || echo no file)$(cat dash.err)"
has "run --tokens - --entities F: the entities in F" dash.ents "	AMOUNT	10 euros	10	EUR"
"$FREX" run --entities - a.txt >dash2.out 2>dash2.err
eq "run --entities -: the entities on stdout" "0:1" \
  "$?:$(grep -c '	AMOUNT	' dash2.out)$(cat dash2.err)"
"$FREX" run --tokens - a.txt >dash3.out 2>dash3.err
eq "run --tokens - (entities on stdout too): refused, exit 2, nothing written" \
  "2:frex: -: is both the --tokens output and standard output; refused, nothing written:0" \
  "$?:$(cat dash3.err):$(wc -c <dash3.out)"
rm -f ./-

# ------------------------------------------------ messages: one line each
# A path with a newline split its message in two lines, and a path over
# ~1380 bytes cut the message before its newline, so the next message ran
# on after it.  The path is escaped as in the doc column, never cut.
mkdir -p nm
printf 'caf\377 le 3 mars 2020.\n' >"nm/$(printf 'a\nb.txt')"
printf 'Le 4 mars 2020.\n' >"nm/$(printf 'c\td.txt')"
"$FREX" extract nm >nm.tsv 2>nm.err
eq "a name with a newline: one message line, the path as in the doc column" \
  '1|frex: nm/a\nb.txt: 1 invalid bytes (first at byte 3), replaced' \
  "$?|$(cat nm.err)"
eq "names with a newline and a tab: doc columns escaped" 'nm/a\nb.txt|nm/c\td.txt' \
  "$(field 1 <nm.tsv | uniq | tr '\n' '|' | sed 's/|$//')"
long=$(python3 -c "print('d/' * 900 + 'x.txt')")
"$FREX" extract "$long" nope.txt >/dev/null 2>long.err
eq "a 1805-byte path: two whole messages" \
  "2|frex: $long: No such file or directory|frex: nope.txt: No such file or directory" \
  "$(wc -l <long.err)|$(tr '\n' '|' <long.err | sed 's/|$//')"

# ------------------------------------------------ a file cut while read
# A file truncated while frex read it (a log rotation, a rewrite) gave the
# rows up to where it ended, exit 0: the document was silently short.
# Now: `frex: F: file shrank while read: N of its M bytes read`, exit 1.
cp sig.txt shrink.txt
python3 - "$FREX" <<'EOF2' >shrink.res
import os, subprocess, sys, time
with open('shrink.tsv', 'wb') as out, open('shrink.err', 'wb') as err:
    p = subprocess.Popen([sys.argv[1], 'tokenize', 'shrink.txt', 'a.txt'],
                         stdout=out, stderr=err)
    t0 = time.time()
    while time.time() - t0 < 60 and p.poll() is None and \
            os.path.getsize('shrink.tsv') < 100000:
        time.sleep(0.01)
    os.truncate('shrink.txt', 0)
    print(p.wait())
EOF2
eq "a file truncated while read: exit 1" 1 "$(cat shrink.res)"
check "a file truncated while read: message" \
  grep -Eq '^frex: shrink.txt: file shrank while read: [0-9]+ of its 15900000 bytes read$' shrink.err
has "a file truncated while read: the next file still read" shrink.tsv "a.txt	1	0	2	WORD	Le"

finish
