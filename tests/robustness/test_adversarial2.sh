#!/bin/sh
# A second adversarial pass over the CLI in shell pipelines (SPEC
# "Robustness" and "Command line"): ways to lose data or mislead a user
# that tests/robustness/test_adversarial.sh does not hold.  Each block
# failed before its fix.
. tests/robustness/lib.sh
cd "$T" || exit 2

HDR="doc	sent	start	end	class	token	norm	stem"
printf 'Le 3 mars 2020 \303\240 Paris.\n' >a.txt
printf 'Le 4 mai 2021 chez Amazon.\n' >b.txt
"$FREX" tokenize a.txt >t1.tsv
"$FREX" tokenize b.txt >t2.tsv
"$FREX" tokenize --no-header b.txt >t2n.tsv

# ------------------------------------------------ stem --line-buffered, live pipe
# `(frex tokenize a; sleep; frex tokenize b) | frex stem --line-buffered`
# showed nothing until a megabyte or the end of input came (fread filled
# whole blocks).  Now a block ends where the input pauses.
# live_first OUT GREP CMD...: CMD reads a FIFO fed one burst that holds
# GREP, then left open; true when OUT holds GREP within 10 s, before the
# input ends.
mkfifo in.fifo
live_first() {
  out=$1 want=$2; shift 2
  "$@" <in.fifo >"$out" 2>&1 &
  pid=$!
  exec 3>in.fifo
  cat t1.tsv >&3
  i=0
  while [ $i -lt 100 ] && ! grep -q "$want" "$out"; do sleep 0.1; i=$((i + 1)); done
  grep -q "$want" "$out"; seen=$?
  cat t2.tsv >&3
  exec 3>&-
  wait $pid
  return $seen
}
for j in 1 3; do
  check "stem -j$j --line-buffered: rows of a burst appear while the pipe is open" \
    live_first lb$j.out "a.txt	1	18	23	WORD	Paris	paris	paris" \
    "$FREX" stem -j$j --line-buffered
  cat t1.tsv t2.tsv | "$FREX" stem -j$j >nolb$j.out
  check "stem -j$j --line-buffered on a live pipe: the same bytes as without" \
    cmp -s lb$j.out nolb$j.out
done

# ------------------------------------------------ stem: concatenated token TSVs
# `cat t1.tsv t2.tsv | frex stem` passed t2's header through as a data
# row.  A header equal to the input's first is dropped (the output is that
# of `frex stem t1.tsv t2.tsv`: SPEC "Scale", outputs concatenate); one
# that differs ends the input with a message (its rows may not have these
# columns), exit 1.
for j in 1 3; do
  cat t1.tsv t2.tsv | "$FREX" stem -j$j >cat$j.out 2>cat$j.err
  eq "stem -j$j, cat of two token TSVs: exit 0, no message" "0:" "$?:$(cat cat$j.err)"
  "$FREX" stem -j$j t1.tsv t2.tsv >two$j.out
  check "stem -j$j, cat of two token TSVs: as frex stem t1 t2 (one header)" \
    cmp -s cat$j.out two$j.out
  eq "stem -j$j, cat of two token TSVs: one header row" 1 "$(grep -c '^doc	sent' cat$j.out)"
done
printf 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\r\n' >crlf.tsv
tail -n +2 t1.tsv >>crlf.tsv
cat crlf.tsv t2.tsv | "$FREX" stem >crlf.out 2>crlf.err
eq "stem: a CRLF header then an LF one: the same header, dropped" "0:1" \
  "$?:$(grep -c '^doc	sent' crlf.out)$(cat crlf.err)"
cat t2n.tsv t1.tsv | "$FREX" stem >nh.out 2>nh.err
eq "stem, headerless rows then a token TSV: frex's header mid-stream dropped" \
  "0:0:14" "$?:$(grep -c '^doc	sent' nh.out):$(wc -l <nh.out)"
{ cat t1.tsv; printf 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\n'; cat t2n.tsv; } >other.tsv
for j in 1 3; do
  "$FREX" stem -j$j other.tsv a.tsv-missing t1.tsv >other$j.out 2>other$j.err
  eq "stem -j$j, another header mid-input: exit 1, a message with its line" \
    "1|frex: other.tsv: line 9: a header unlike the one on line 1; the rest skipped (are these TSVs of one kind?)|frex: a.tsv-missing: No such file or directory" \
    "$?|$(tr '\n' '|' <other$j.err | sed 's/|$//')"
  eq "stem -j$j, another header mid-input: rows before it, none after, next input read" \
    "14:0:2" \
    "$(grep -c '^a.txt' other$j.out):$(grep -c '^b.txt' other$j.out):$(grep -c '	Paris	paris	paris$' other$j.out)"
done
{ cat t2n.tsv; printf 'doc\tsent\tstart\tend\tclass\ttoken\tnorm\n'; cat t2n.tsv; } | "$FREX" stem >oth2.out 2>oth2.err
eq "stem, headerless rows then another header: exit 1, message" \
  "1 frex: -: line 8: a header unlike frex tokenize's; the rest skipped (are these TSVs of one kind?)" \
  "$? $(cat oth2.err)"
# many small TSVs concatenated: the headers never count as malformed rows
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do cat t1.tsv; done | "$FREX" stem -j2 >many.out 2>many.err
eq "stem, 12 token TSVs concatenated: exit 0, one header, every row" "0:1:85" \
  "$?:$(grep -c '^doc	sent' many.out):$(wc -l <many.out)$(cat many.err)"

# ------------------------------------------------ a signal while waiting for input
# SA_RESTART restarted a read blocked on a stalled pipe: `tail -f log |
# frex extract --lines` and `frex stem` on a quiet pipe ignored SIGTERM
# until the producer wrote or ended.  Now the wait is woken: frex stops,
# says its output is incomplete, and dies by the signal.
# polling PID: true once a thread of PID waits in poll(2) for input
# (Linux: its wchan), within 30 s: its start-up is over (a slow build, a
# busy machine), and a signal before it kills frex unsaid.
polling() { waits_in "$1" poll; }
# stalled NAME CMD...: CMD reads a FIFO whose writer sends one record then
# stays quiet; prints frex's status and how it ended, after SIGTERM.
stalled() {
  name=$1; shift
  rm -f st.fifo; mkfifo st.fifo
  "$@" <st.fifo >$name.out 2>$name.err &
  pid=$!
  exec 4>st.fifo
  printf 'a\tLe 3 mars 2020.\n' >&4
  sleep 0.5
  polling $pid
  kill -TERM $pid
  i=0
  while [ $i -lt 50 ] && kill -0 $pid 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
  if kill -0 $pid 2>/dev/null; then
    exec 4>&-; wait $pid; echo "still running 5 s after SIGTERM"
  else
    wait $pid; echo "status $? $(cat $name.err)"; exec 4>&-
  fi
}
for cmd in "extract --lines" "extract" "tokenize -j1" "stem" "stem -j2"; do
  eq "frex $cmd on a stalled pipe: SIGTERM ends it at once" \
    "status 143 frex: stdout: incomplete: interrupted by SIGTERM (it ends with a whole row)" \
    "$(stalled sig $FREX $cmd)"
done

# ------------------------------------------------ --help / --version not written
# `frex extract --help >/dev/full` exited 0 (the text lost, nothing said);
# `frex --help >/dev/full` exited 2 without a message.  Now both: status 2
# and `frex: stdout: write error: ...`, as for rows.
for a in "--help" "--version" "extract --help" "stem --version" "run -h"; do
  if [ -w /dev/full ]; then
    "$FREX" $a >/dev/full 2>help.err
    eq "frex $a >/dev/full: status 2, a message" \
      "2 frex: stdout: write error: No space left on device" "$? $(cat help.err)"
  fi
  "$FREX" $a >&- 2>help.err
  eq "frex $a with stdout closed: status 2, a message" \
    "2 frex: stdout: write error: Bad file descriptor" "$? $(cat help.err)"
done
"$FREX" extract --help >help.out 2>help.err
eq "frex extract --help (control): status 0, the usage, no message" "0 Usage:" \
  "$? $(head -c 6 help.out)$(cat help.err)"

# ------------------------------------------------ --lines: UTF-16 and BOMs
# A UTF-16 --lines input was cut into records byte-wise: ids and texts of
# NUL-strewn garbage, no entity, messages naming ids like "\376\377a".
# It is decoded as a file is (its BOM, or with auto the NUL pattern), then
# cut into records.  A UTF-8 BOM (Notepad, a spreadsheet's "CSV UTF-8")
# was part of the first record's id: "\357\273\277a" does not join with
# "a".  Offsets still count from the start of each text field.
printf 'a\tLe 3 mars 2020.\nb\tLe 4 mars 2020.\n' >rec8.txt
"$FREX" extract --lines rec8.txt >rec8.tsv
for enc in UTF-16 UTF-16LE UTF-16BE; do
  e=LE; [ $enc = UTF-16BE ] && e=BE
  iconv -f UTF-8 -t $enc rec8.txt >rec16.txt
  "$FREX" extract --lines rec16.txt >rec16.tsv 2>rec16.err
  eq "--lines, $enc input: exit 0, one warning naming the input" \
    "0 frex: rec16.txt: not UTF-8: decoded as UTF-16$e; offsets refer to the UTF-8 text" \
    "$? $(cat rec16.err)"
  check "--lines, $enc input: the rows of its UTF-8 twin" cmp -s rec8.tsv rec16.tsv
done
iconv -f UTF-8 -t UTF-16 rec8.txt | "$FREX" tokenize --lines -q >tok16.tsv 2>tok16.err
"$FREX" tokenize --lines rec8.txt >tok8.tsv
eq "tokenize --lines, UTF-16 on stdin, -q: exit 0, quiet, the tokens of its UTF-8 twin" \
  "0:" "$?:$(cat tok16.err)$(cmp tok8.tsv tok16.tsv)"
{ printf '\357\273\277'; cat rec8.txt; } >bom8.txt
"$FREX" extract --lines bom8.txt >bom8.tsv 2>bom8.err
eq "--lines, a UTF-8 BOM: exit 0, no message, the first id without it" "0:" \
  "$?:$(cat bom8.err)$(cmp rec8.tsv bom8.tsv)"
printf 'L\303\251on\tLe 5 mars 2020.\n' | iconv -f UTF-8 -t UTF-16 >id16.txt
"$FREX" extract --lines -q id16.txt >id16.tsv
eq "--lines, UTF-16: a non-ASCII id decoded" "Léon	3	14	DATE" "$(field 1-4 <id16.tsv)"
# a forced --encoding that a UTF-16 BOM overrides: said, not silent
iconv -f UTF-8 -t UTF-16 a.txt >a16.txt
"$FREX" extract --encoding cp1252 a16.txt >a16.tsv 2>a16.err
eq "--encoding cp1252 on a UTF-16 file with its BOM: decoded as UTF-16, and said" \
  "0 frex: a16.txt: UTF-16LE byte order mark: decoded as UTF-16LE, not as windows-1252; offsets refer to the UTF-8 text" \
  "$? $(cat a16.err)"
has "--encoding cp1252 on a UTF-16 file: its date" a16.tsv "	DATE	3 mars 2020	2020-03-03	day"

# ------------------------------------------------ run: both outputs in one pipe
# `frex run --tokens /dev/stdout x | ...` (or --tokens F --entities F
# with F a FIFO) sent both outputs' buffers to one pipe in turn: rows cut
# in the middle (12 and 3 columns), exit 0.  Refused as one file is.
python3 -c "open('mid.txt','w').write('Le café coûte 10 euros le 3 mars 2020. ' * 20000)"
"$FREX" run --tokens /dev/stdout mid.txt 2>pp.err | cat >pp.out
eq "run --tokens /dev/stdout into a pipe: refused, nothing written" \
  "frex: /dev/stdout: is both the --tokens output and standard output; refused, nothing written:0" \
  "$(cat pp.err):$(wc -c <pp.out)"
rm -f out.fifo; mkfifo out.fifo
cat out.fifo >ff.out &
cpid=$!
"$FREX" run --tokens out.fifo --entities out.fifo mid.txt 2>ff.err
eq "run --tokens F --entities F, F a FIFO: refused, exit 2" \
  "2 frex: out.fifo: is both the --tokens output and the --entities output; refused, nothing written" \
  "$? $(cat ff.err)"
wait $cpid
eq "run --tokens F --entities F, F a FIFO: nothing written" 0 "$(wc -c <ff.out)"
"$FREX" run --tokens /dev/stdout a.txt >/dev/null 2>dn.err
eq "run --tokens /dev/stdout, stdout /dev/null (control): not refused" "0:" "$?:$(cat dn.err)"

# ------------------------------------------------ closed standard descriptors
# With stdout closed (`>&-`), the --tokens file was opened as descriptor
# 1: `frex run --tokens t.tsv x >&-` wrote the entities into t.tsv among
# the tokens, exit 0.  A closed descriptor is now held (by /dev/null
# opened the wrong way round), so using it fails as before and no file
# takes its place.
rm -f cl.tsv
"$FREX" run --tokens cl.tsv a.txt >&- 2>cl.err
eq "run --tokens F with stdout closed: exit 2, stdout's write error" \
  "2 frex: stdout: write error: Bad file descriptor" "$? $(cat cl.err)"
eq "run --tokens F with stdout closed: F holds the tokens only" \
  "8:0$HDR" "$(wc -l <cl.tsv):$(grep -c '	DATE	' cl.tsv)$(head -n 1 cl.tsv)"
# (stdin closed: main said so too; the wake-up pipe of the signal fix
# took descriptor 0 and hung until descriptors were held)
for cmd in "extract" "extract --lines" "stem"; do
  timeout 20 "$FREX" $cmd <&- >cs.out 2>cs.err
  eq "frex $cmd with stdin closed: exit 1, a read error, no hang" \
    "1 frex: -: read error: Bad file descriptor" "$? $(cat cs.err)"
done

# ------------------------------------------------ --encoding that does not match
# --encoding cp1252/latin1 on a UTF-8 text decoded every accent as two
# letters ("é" as "Ã©"), exit 0, nothing said: all bytes decode.  Still done
# as asked, but said once when the head is valid UTF-8 with accents.
printf 'Le caf\303\251 co\303\273te 10 euros le 3 f\303\251vrier 2020.\n' >u8.txt
"$FREX" extract --encoding cp1252 u8.txt >m.tsv 2>m.err
eq "--encoding cp1252 on UTF-8: exit 0, a warning" \
  '0 frex: u8.txt: valid UTF-8 (3 multi-byte characters in its first 45 bytes), decoded as windows-1252 as asked: "é" reads as "Ã©"' \
  "$? $(cat m.err)"
"$FREX" extract -q --encoding latin1 u8.txt >/dev/null 2>mq.err
eq "--encoding latin1 on UTF-8, -q: quiet" "0:" "$?:$(cat mq.err)"
printf 'Le caf\351 co\373te 10 euros.\n' >l1.txt
"$FREX" extract --encoding cp1252 l1.txt >l1.tsv 2>l1.err
eq "--encoding cp1252 on CP1252 (control): no warning" "0:" "$?:$(cat l1.err)"
printf 'Le 3 mars 2020.\n' >ascii.txt
"$FREX" extract --encoding latin1 ascii.txt >/dev/null 2>as.err
eq "--encoding latin1 on ASCII (control): no warning" "0:" "$?:$(cat as.err)"

# ------------------------------------------------ a FIFO operand without a writer
# open(2) of a FIFO waits for its writer, and SA_RESTART restarted it: `frex
# extract f.fifo` with no writer ignored SIGTERM for ever.  The FIFO is
# opened without waiting and the wait is for input, which a signal ends.
for cmd in "extract" "extract --lines" "stem"; do
  rm -f nw.fifo; mkfifo nw.fifo
  "$FREX" $cmd nw.fifo a.txt >nw.out 2>nw.err &
  pid=$!
  polling $pid || sleep 0.5
  kill -TERM $pid
  i=0
  while [ $i -lt 50 ] && kill -0 $pid 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
  if kill -0 $pid 2>/dev/null; then
    res="still running 5 s after SIGTERM"
    : >nw.fifo  # a writer: open(2) returns
    wait $pid
  else
    wait $pid; res="status $? $(cat nw.err)"
  fi
  eq "frex $cmd FIFO, no writer: SIGTERM ends it at once" \
    "status 143 frex: stdout: incomplete: interrupted by SIGTERM (it ends with a whole row)" \
    "$res"
done
rm -f nw.fifo; mkfifo nw.fifo
{ sleep 0.5; printf 'Le 3 mars 2020.\n' >nw.fifo; } &
"$FREX" extract nw.fifo a.txt >late.out 2>late.err
eq "extract FIFO whose writer comes late (control): its rows, then the next file" \
  "0:nw.fifo a.txt" "$?:$(field 1 <late.out | tr '\n' ' ' | sed 's/ $//')$(cat late.err)"
wait
rm -f nw.fifo; mkfifo nw.fifo
{ sleep 0.5; : >nw.fifo; } &
"$FREX" extract nw.fifo a.txt >empty.out 2>empty.err
eq "extract FIFO whose writer writes nothing (control): an empty document" \
  "0:a.txt" "$?:$(field 1 <empty.out | tr '\n' ' ' | sed 's/ $//')$(cat empty.err)"
wait

# ------------------------------------------------ --lines: lines ended by CR alone
# A spreadsheet's "Tab-delimited text (Macintosh)" export ends lines with
# CR alone: the whole input was one record "a", the ids after it silently
# part of its text (rows of b lost, exit 0).  A head with no LF and a CR
# inside has its CRs read as line ends, with a warning.
printf 'a\tLe 3 mars 2020.\rb\tLe 4 mars 2020.\rc\tLe 5 mars 2020.' >mac.txt
"$FREX" extract --lines mac.txt >mac.tsv 2>mac.err
eq "--lines, CR-only line ends: exit 0, a warning" \
  "0 frex: mac.txt: lines end with CR alone: each CR read as a line end" "$? $(cat mac.err)"
eq "--lines, CR-only line ends: three records, their dates" \
  "a 2020-03-03|b 2020-03-04|c 2020-03-05" \
  "$(field 1,6 <mac.tsv | tr '\t\n' ' |' | sed 's/|$//')"
printf 'a\tLe 3 mars 2020.\r\nb\tLe 4 mars 2020.\r\n' >crlf.txt
"$FREX" extract --lines crlf.txt >crlf.tsv 2>crlf.err
eq "--lines, CRLF (control): no warning, two records" "0:a b" \
  "$?:$(field 1 <crlf.tsv | tr '\n' ' ' | sed 's/ $//')$(cat crlf.err)"

finish
