#!/bin/sh
# Pipelines (SPEC "Command line"): --lines records, JSONL read by jq,
# --line-buffered on a live pipe, quiet SIGPIPE, write errors on stdout
# (/dev/full), --progress on stderr only when asked or on a terminal.
. tests/robustness/lib.sh
cd "$T" || exit 2

docs() { field 1 | uniq | tr '\n' ' ' | sed 's/ $//'; }

# lines_offsets RECORDS TSV [TEXTCOL]: every row's [start,end) indexes the
# text field of the record named by its doc column (the line number for a
# line without a TAB); prints the number of bad rows.
lines_offsets() {
  python3 - "$1" "$2" "${3:-6}" <<'EOF'
import re, sys
recs = {}
for n, line in enumerate(open(sys.argv[1], 'rb').read().split(b'\n'), 1):
    line = line[:-1] if line.endswith(b'\r') else line
    id_, tab, text = line.partition(b'\t')
    recs[id_ if tab else str(n).encode()] = text if tab else line
unesc = lambda s: re.sub(rb'\\(.)', lambda m: {b't': b'\t', b'n': b'\n', b'r': b'\r', b'\\': b'\\'}.get(m.group(1), m.group(0)), s)
bad = rows = 0
col = int(sys.argv[3]) - 1
for row in open(sys.argv[2], 'rb').read().split(b'\n')[1:-1]:
    c = row.split(b'\t'); rows += 1
    s, e = (int(c[1]), int(c[2])) if col == 4 else (int(c[2]), int(c[3]))
    text = recs[unesc(c[0])]
    tok = unesc(c[col])
    # an invalid byte is U+001A in frex's buffer (replaced in place)
    if not (text[s:e] == tok or (len(text[s:e]) == len(tok) and b'\x1a' in tok)):
        bad += 1
        print(f'#   {c[0]!r} {s}-{e}: {text[s:e]!r} vs {c[col]!r}', file=sys.stderr)
print(bad if rows else 'no rows')
EOF
}

# ---------------------------------------------------------------- --lines
printf 'a\tLe caf\303\251 co\303\273te 10 \342\202\254.\nb\tDeuxi\303\250me\tchamp, le 3 mars 2020.\r\nsans tabulation ici\n\nc\tcaf\377 d\303\251j\303\240 \303\251t\303\251\nd\tderni\303\250re ligne sans fin' >rec.txt
"$FREX" tokenize --lines <rec.txt >rec.tsv 2>rec.err
eq "--lines: exit 1 (one record has an invalid byte)" 1 $?
eq "--lines: message names the record id and the offset in its text" \
  "frex: c: 1 invalid bytes (first at byte 3), replaced" "$(cat rec.err)"
eq "--lines: ids (a line without TAB is named by its line number)" \
  "a b 3 c d" "$(docs <rec.tsv)"
eq "--lines: offsets count from the start of the text field" 0 \
  "$(lines_offsets rec.txt rec.tsv)"
has "--lines: a second TAB belongs to the text" rec.tsv "b	1	10	15	WORD	champ"
hasnt "--lines: CR stripped from CRLF records" rec.tsv '\r'
has "--lines: last line without newline" rec.tsv "d	1	0	9	WORD	dernière"
has "--lines: sentence numbers restart per record" rec.tsv "c	1	0	3	WORD	caf"
"$FREX" tokenize --lines - <rec.txt >rec2.tsv 2>/dev/null
check "--lines: '-' is stdin" cmp -s rec.tsv rec2.tsv
"$FREX" tokenize --lines rec.txt >rec3.tsv 2>/dev/null
check "--lines: a file operand holds records too" cmp -s rec.tsv rec3.tsv
"$FREX" extract --lines <rec.txt >rec.ents 2>/dev/null
eq "--lines extract: the amount of a, the date of b" "a AMOUNT b DATE" \
  "$(field 1,4 <rec.ents | tr '\t\n' '  ' | sed 's/ $//')"
eq "--lines extract: entity offsets in the text field" 0 \
  "$(lines_offsets rec.txt rec.ents 5)"
printf 'x\tcaf\351 cr\350me\n' >rec1252.txt
"$FREX" tokenize --lines <rec1252.txt >rec1252.tsv 2>rec1252.err
eq "--lines: a CP1252 record is decoded and said so" \
  "0 frex: x: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text" \
  "$? $(cat rec1252.err)"
has "--lines: CP1252 record tokens" rec1252.tsv "x	1	0	5	WORD	café"

# 3 MB of records, several batches: ids from line numbers stay right and
# the output does not depend on -j
python3 - "$REPO/corpus" <<'EOF'
import glob, sys
paras = [p for f in sorted(glob.glob(sys.argv[1] + '/*.txt'))
         for p in open(f, encoding='utf-8').read().split('\n') if p.strip()]
out, n = [], 0
while sum(map(len, out)) < 3000000:
    t = paras[n % len(paras)].replace('\t', ' ')
    out.append(t + '\n' if n % 997 == 500 else f'r{n}\t{t}\n'); n += 1
open('many.txt', 'w').write(''.join(out))
EOF
"$FREX" tokenize --lines -j1 <many.txt >many1.tsv
"$FREX" tokenize --lines -j2 <many.txt >many2.tsv
check "--lines, 3 MB: -j1 and -j2 byte-identical" cmp -s many1.tsv many2.tsv
eq "--lines, 3 MB: TAB-less lines are named by their line number" \
  "$(awk -F'\t' 'index($0, "\t") == 0 { print NR }' many.txt | tr '\n' ' ')" \
  "$(field 1 <many1.tsv | grep -v '^r' | uniq | tr '\n' ' ')"
eq "--lines, 3 MB: every record has rows" "$(grep -c . many.txt)" \
  "$(field 1 <many1.tsv | uniq | wc -l)"

# ---------------------------------------------------------------- JSONL
printf 'Le "cas" \\ d\303\251licat\tavec tab, 10 \342\202\254 le 3 mars 2020 ; Amazon.\n' >j.txt
printf 'Contr\303\264le\001 \377 fin.\n' >jbad.txt
if command -v jq >/dev/null; then
  json_read() { jq -c '[.doc, .start, .end, (.token // .text)]' "$1"; }
  note "reading JSONL with jq"
else
  json_read() { python3 -c "
import json, sys
for l in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(l); print(json.dumps([o['doc'], o['start'], o['end'], o.get('token', o.get('text'))], ensure_ascii=False, separators=(',', ':')))" "$1"; }
  note "jq not installed: reading JSONL with python3 json"
fi
# the same rows, from TSV (unescaped) — the reference for the JSONL rows
cat >tsv_rows.py <<'EOF'
import json, re, sys
unesc = lambda s: re.sub(r'\\(.)', lambda m: {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}.get(m.group(1), m.group(0)), s)
f = open(sys.argv[1], encoding='utf-8', errors='replace')
h = f.readline().rstrip('\n').split('\t')
tc = h.index('token') if 'token' in h else h.index('text')
for l in f:
    c = l.rstrip('\n').split('\t')
    print(json.dumps([unesc(c[0]), int(c[h.index('start')]), int(c[h.index('end')]),
                      unesc(c[tc])], ensure_ascii=False, separators=(',', ':')))
EOF
tsv_rows() { python3 tsv_rows.py "$1"; }
for cmd in tokenize extract; do
  "$FREX" $cmd --format jsonl j.txt jbad.txt >j.$cmd.jsonl 2>/dev/null
  "$FREX" $cmd j.txt jbad.txt >j.$cmd.tsv 2>/dev/null
  json_read j.$cmd.jsonl >j.$cmd.json 2>j.$cmd.jerr
  eq "JSONL ($cmd): every line parses" "0:" "$?:$(head -c 200 j.$cmd.jerr)"
  eq "JSONL ($cmd): one object per TSV row" "$(rows j.$cmd.tsv)" "$(wc -l <j.$cmd.jsonl)"
  tsv_rows j.$cmd.tsv >j.$cmd.ref
  check "JSONL ($cmd): same doc, offsets and text as TSV" cmp -s j.$cmd.ref j.$cmd.json
done
has "JSONL: a quote survives" j.tokenize.json '["j.txt",3,4,"\""]'
has "JSONL: a backslash survives" j.tokenize.json '["j.txt",9,10,"\\"]'
eq "JSONL tokenize: keys" "doc sent start end class token norm stem" \
  "$(head -n 1 j.tokenize.jsonl | python3 -c 'import json,sys; print(*json.loads(sys.stdin.read()).keys())')"
"$FREX" tokenize --format jsonl j.txt >j1.jsonl
"$FREX" tokenize --format jsonl --no-header j.txt >jn.jsonl
eq "JSONL: no header line" "{" "$(head -c 1 j1.jsonl)"
check "JSONL: --no-header changes nothing" cmp -s j1.jsonl jn.jsonl
"$FREX" run --format jsonl --tokens rt.jsonl --entities re.jsonl j.txt
json_read rt.jsonl >/dev/null && json_read re.jsonl >/dev/null
eq "JSONL run --tokens/--entities: both files parse" 0 $?

# ---------------------------------------------------------------- --line-buffered
# A live pipe: one record in, its rows must come out before the input ends.
mkfifo in.fifo
live() { # OUT FLAGS...: feed one record, wait up to 10 s for its rows
  out=$1; shift
  "$FREX" tokenize --lines -j1 "$@" <in.fifo >"$out" 2>&1 &
  pid=$!
  exec 3>in.fifo
  printf 'r1\tBonjour Paris\n' >&3
  i=0
  while [ $i -lt 100 ] && ! grep -q Paris "$out"; do sleep 0.1; i=$((i + 1)); done
  grep -q Paris "$out"; seen=$?
  exec 3>&-
  wait $pid
  return $seen
}
check "--line-buffered: rows of a record appear while the pipe is open" \
  live lb.tsv --line-buffered
if live nolb.tsv; then
  not_ok "without --line-buffered: output is block-buffered (control)"
else
  ok "without --line-buffered: output is block-buffered (control)"
fi
has "without --line-buffered: rows written at the end" nolb.tsv "Paris"

# ---------------------------------------------------------------- SIGPIPE
python3 -c "open('big.txt','w').write('Le café coûte 10 euros. ' * 400000)"
{ "$FREX" tokenize big.txt 2>pipe.err; echo $? >pipe.rc; } | head -n 1 >head.out
rc=$(cat pipe.rc)
check "SIGPIPE: frex stops (killed by SIGPIPE, or status 2) [$rc]" \
  test "$rc" = 141 -o "$rc" = 2
check "SIGPIPE: no message" test ! -s pipe.err
eq "SIGPIPE: head got the header" "doc	sent	start	end	class	token	norm	stem" "$(cat head.out)"
(
  trap '' PIPE
  { "$FREX" tokenize -j2 big.txt 2>pipe2.err; echo $? >pipe2.rc; } | head -n 1 >/dev/null
)
eq "SIGPIPE ignored: EPIPE ends the run quietly with status 2" "2:" \
  "$(cat pipe2.rc):$(cat pipe2.err)"

# ---------------------------------------------------------------- /dev/full
if [ -w /dev/full ]; then
  "$FREX" tokenize big.txt >/dev/full 2>full.err
  eq "/dev/full, large output: exit 2" 2 $?
  eq "/dev/full, large output: one message" \
    "frex: stdout: write error: No space left on device" "$(cat full.err)"
  "$FREX" extract j.txt >/dev/full 2>full2.err
  eq "/dev/full, small output (caught at the final flush): exit 2 and message" \
    "2 frex: stdout: write error: No space left on device" "$? $(cat full2.err)"
  "$FREX" run --tokens /dev/full --entities run.ents j.txt 2>full3.err
  eq "/dev/full as --tokens: exit 2 and message" \
    "2 frex: /dev/full: write error: No space left on device" "$? $(cat full3.err)"
  "$FREX" tokenize --lines --line-buffered <many.txt >/dev/full 2>full4.err
  eq "/dev/full, --line-buffered: exit 2 and one message" \
    "2 frex: stdout: write error: No space left on device" "$? $(cat full4.err)"
else
  note "SKIP /dev/full checks: no /dev/full"
fi

# ---------------------------------------------------------------- --progress
mkdir -p pd
for i in 1 2 3 4 5 6 7 8 9; do cp j.txt pd/$i.txt; done
"$FREX" extract pd >plain.tsv 2>plain.err
check "progress: nothing on stderr when it is not a terminal" test ! -s plain.err
"$FREX" extract --progress pd >prog.tsv 2>prog.err
check "--progress: stdout unchanged" cmp -s plain.tsv prog.tsv
check "--progress: 'frex: N documents, X MB, Y MB/s' lines on stderr" \
  grep -Eq '^frex: [0-9]+ documents, [0-9.]+ MB, [0-9.]+ MB/s' prog.err
eq "--progress: the last line counts every document" "frex: 9 documents" \
  "$(tail -n 1 prog.err | cut -d, -f 1)"
hasnt "--progress off a terminal: no terminal escapes" prog.err "$(printf '\033')"
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$FREX' extract pd >/dev/null" /dev/null >tty.out 2>&1
  has "progress: on by default when stderr is a terminal" tty.out "documents"
  script -qec "'$FREX' extract --no-progress pd >/dev/null" /dev/null >tty2.out 2>&1
  check "--no-progress: nothing on a terminal" test ! -s tty2.out
else
  note "SKIP terminal progress checks: no script(1)"
fi

finish
