#!/bin/sh
# A third adversarial pass over the CLI (SPEC "Robustness", "Command
# line"): outputs that wait for a reader or block on one, dictionaries
# written over, progress over the rows on a terminal, names JSON cannot
# hold.  Each block failed before its fix.
. tests/robustness/lib.sh
cd "$T" || exit 2

HDR="doc	sent	start	end	class	token	norm	stem"
printf 'Le 3 mars 2020 \303\240 Paris.\n' >a.txt

# waits_in_write PID: true once a thread of PID is blocked writing to a
# pipe (Linux: its wchan), within 30 s (a slow build, a busy machine).
waits_in_write() { waits_in "$1" pipe_write; }

# said FILE TEXT: true once FILE holds TEXT, within 30 s.
said() {
  _i=0
  while [ $_i -lt 300 ]; do
    grep -qF -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1; _i=$((_i + 1))
  done
  return 1
}

# gone PID: true when PID has ended within 5 s.
gone() {
  _i=0
  while [ $_i -lt 50 ] && kill -0 "$1" 2>/dev/null; do
    sleep 0.1; _i=$((_i + 1))
  done
  ! kill -0 "$1" 2>/dev/null
}

# ------------------------------------------------ an output FIFO without a reader
# open(2) of a FIFO for writing waits for its reader, and SA_RESTART
# restarted it: `frex run --tokens f.fifo x` with nobody reading f.fifo
# ignored SIGTERM for ever (`timeout 3 frex ...` never ended).  The FIFO
# is opened without waiting, the wait for a reader is one a signal ends
# (frex then says nothing was written and dies by the signal), and after
# a second a warning says what frex waits for.
for opt in --tokens --entities; do
  rm -f o.fifo; mkfifo o.fifo
  # a fresh nr.err: the first pass's warning, still in it until the shell
  # that forks frex truncates it, let "said" return at once and SIGTERM
  # reach that shell before its exec, whose "trap 'exit 2' TERM" (lib.sh)
  # swallowed it; frex then waited for a reader for ever (the flaky
  # "still running after SIGTERM", always --entities, under load)
  rm -f nr.err
  "$FREX" run $opt o.fifo a.txt >nr.out 2>nr.err &
  pid=$!
  said nr.err "waiting for one" # the warning: it waits for a reader
  kill -TERM $pid
  # 5 s, then 10 more on a machine too busy to schedule frex: a CI run
  # beside another once saw 5 s pass; the state is printed if it hangs
  if gone $pid || gone $pid || gone $pid; then
    wait $pid; res="status $? $(tr '\n' '|' <nr.err | sed 's/|$//')"
  else
    res="still running 15 s after SIGTERM"
    note "wchan $(cat /proc/$pid/wchan 2>/dev/null)," \
      "$(grep -E '^(State|SigPnd|ShdPnd|SigBlk|SigCgt)' /proc/$pid/status 2>/dev/null | tr '\n\t' '  ')"
    cat o.fifo >/dev/null # a reader: open(2) returns
    wait $pid
  fi
  eq "run $opt FIFO, no reader: a warning, then SIGTERM ends it at once, said" \
    "status 143 frex: o.fifo: a FIFO without a reader: waiting for one|frex: o.fifo: interrupted by SIGTERM while waiting for a reader of this FIFO; nothing written" \
    "$res"
done
rm -f o.fifo; mkfifo o.fifo
{ said late.err "waiting for one"; cat o.fifo >late.tok; } &
timeout 20 "$FREX" run --tokens o.fifo a.txt >late.ent 2>late.err
eq "run --tokens FIFO whose reader comes late: exit 0, a warning while it waits" \
  "0 frex: o.fifo: a FIFO without a reader: waiting for one" "$? $(cat late.err)"
wait
eq "run --tokens FIFO whose reader comes late: it gets every token row" \
  "8:$HDR" "$(wc -l <late.tok):$(head -n 1 late.tok)"
rm -f o.fifo; mkfifo o.fifo
cat o.fifo >soon.tok &
timeout 20 "$FREX" run --tokens o.fifo a.txt >soon.ent 2>soon.err
eq "run --tokens FIFO with its reader there (control): exit 0, no message" \
  "0:" "$?:$(cat soon.err)"
wait
eq "run --tokens FIFO with its reader there (control): every row" 8 \
  "$(wc -l <soon.tok)"
rm -f o.fifo; mkfifo o.fifo
"$FREX" run -q --tokens o.fifo a.txt >q.ent 2>q.err &
pid=$!
sleep 1.5
cat o.fifo >/dev/null
wait $pid
eq "run -q --tokens FIFO whose reader comes late: no warning" "0:" "$?:$(cat q.err)"

# ------------------------------------------------ a reader that does not read
# Blocked writing to a pipe whose reader had stopped reading (a stalled
# consumer, `| sleep`), frex ignored SIGTERM and SIGINT: the write was
# restarted (SA_RESTART) until the reader read or went away.  Now a
# signal ends it at once; it says the output is incomplete and may end
# mid-row (part of a row may have gone into the pipe), and dies by the
# signal.  The test's FIFO is held open for reading and never read.
python3 -c "open('big.txt','w').write('Le café coûte 10 euros le 3 mars 2020 chez Amazon. ' * 60000)"
"$FREX" tokenize big.txt >big.tsv
# stuck NAME CMD...: CMD with stdout a FIFO nobody reads; SIGTERM after
# its output has filled the pipe; prints how it ended.
stuck() {
  name=$1; shift
  rm -f st.fifo; mkfifo st.fifo
  exec 5<>st.fifo # held open, never read
  "$@" >st.fifo 2>$name.err 5<&- &
  pid=$!
  waits_in_write $pid || sleep 1.5
  kill -TERM $pid
  if gone $pid; then
    wait $pid; echo "status $? $(tr '\n' '|' <$name.err | sed 's/|$//')"
    exec 5>&-
  else
    exec 5>&- # the reader gone: EPIPE ends it
    wait $pid; echo "still running 5 s after SIGTERM"
  fi
}
for cmd in "tokenize -j1 big.txt" "tokenize -j3 big.txt" "stem big.tsv" \
  "stem -j3 big.tsv"; do
  eq "frex $cmd, its reader stalled: SIGTERM ends it at once, said" \
    "status 143 frex: stdout: incomplete: interrupted by SIGTERM while blocked writing (its reader was not reading; it may end mid-row)" \
    "$(stuck blk $FREX $cmd)"
done
eq "frex run --tokens F, stdout's reader stalled: SIGTERM ends it, both outputs named" \
  "status 143 frex: stdout: incomplete: interrupted by SIGTERM while blocked writing (its reader was not reading; it may end mid-row)|frex: tk.tsv: incomplete: interrupted by SIGTERM (it ends with a whole row)" \
  "$(stuck run2 $FREX run --tokens tk.tsv big.txt)"
eq "frex run --tokens F, stdout stalled: F's rows whole (8 columns, a final newline)" \
  "0:$HDR" \
  "$(awk -F'\t' 'NF != 8' tk.tsv | wc -l):$(head -n 1 tk.tsv)$(tail -c 1 tk.tsv | tr -d '\n')"

# ------------------------------------------------ a signal during start-up
# A --dict FIFO without a writer blocked frex in open(2) against SIGTERM
# (restarted: SA_RESTART) for ever; and a signal while the dictionaries
# loaded still truncated the --tokens file and wrote both headers, then
# called them incomplete, what the file held lost though nothing was
# done.  Signals are caught once start-up is over: before, one kills frex
# at once, as any program, outputs untouched.
printf 'Acme Widgets\tCOMPANY\tAcme\n' >my.tsv
echo "what t.tsv held" >keep.tsv
cp keep.tsv keep.bak
rm -f d.fifo; mkfifo d.fifo
"$FREX" run --dict d.fifo --tokens keep.tsv a.txt >su.out 2>su.err &
pid=$!
sleep 0.5
kill -TERM $pid
if gone $pid; then
  wait $pid; res="status $? $(cat su.err):$(wc -c <su.out)"
else
  res="still running 5 s after SIGTERM"
  cat my.tsv >d.fifo
  wait $pid
fi
eq "SIGTERM while a --dict FIFO waits for its writer: dies by it, nothing written" \
  "status 143 :0" "$res"
check "SIGTERM during start-up: the --tokens file untouched" cmp -s keep.tsv keep.bak
rm -f d.fifo; mkfifo d.fifo
{ sleep 0.5; cat my.tsv >d.fifo; } &
"$FREX" run --dict d.fifo --tokens keep.tsv a.txt >su2.out 2>su2.err
eq "a --dict FIFO whose writer comes (control): exit 0, the rows" "0:8:2" \
  "$?:$(wc -l <keep.tsv):$(wc -l <su2.out)$(cat su2.err)"
wait

# ------------------------------------------------ a refused run and a symbolic link
# `frex run --tokens l --entities l`, l a symbolic link to a file not
# there yet: refused (one file for both outputs), but the clean-up of the
# file made for the run removed l itself and left the empty file.
ln -s target.tsv dl
"$FREX" run --tokens dl --entities dl a.txt 2>dl.err
eq "run --tokens L --entities L, L a dangling link: refused" \
  "2 frex: dl: is both the --tokens output and the --entities output; refused, nothing written" \
  "$? $(cat dl.err)"
eq "run --tokens L --entities L refused: the link stays, the file made is removed" \
  "link:none" \
  "$(test -L dl && echo link):$(test -e target.tsv && echo there || echo none)"

# ------------------------------------------------ a dictionary written over
# Dictionaries are inputs too: `frex run --tokens my.tsv --dict my.tsv x`
# loaded my.tsv, then truncated it and wrote the tokens there (exit 0,
# the dictionary gone), and `frex extract --dict my.tsv x >> my.tsv`
# appended entity rows to it.  Refused as any other input is, before
# anything is written.
printf 'Acme Widgets\tCOMPANY\tAcme\n' >my.tsv
cp my.tsv my.bak
"$FREX" run --tokens my.tsv --dict my.tsv a.txt >d1.out 2>d1.err
eq "run --tokens D --dict D: refused, exit 2" \
  "2 frex: my.tsv: is both a dictionary and the --tokens output; refused, nothing written" \
  "$? $(cat d1.err)"
check "run --tokens D --dict D: the dictionary intact" cmp -s my.tsv my.bak
cp my.bak my.tsv
"$FREX" run --entities my.tsv --dict my.tsv a.txt >d2.out 2>d2.err
eq "run --entities D --dict D: refused, exit 2" \
  "2 frex: my.tsv: is both a dictionary and the --entities output; refused, nothing written" \
  "$? $(cat d2.err)"
check "run --entities D --dict D: the dictionary intact" cmp -s my.tsv my.bak
cp my.bak my.tsv
ln -s my.tsv link.tsv
"$FREX" extract --dict link.tsv a.txt >>my.tsv 2>d3.err
eq "extract --dict L >> D, L a link to D: refused, exit 2" \
  "2 frex: link.tsv: is both a dictionary and standard output; refused, nothing written" \
  "$? $(cat d3.err)"
check "extract --dict L >> D: the dictionary intact" cmp -s my.tsv my.bak
cp my.bak my.tsv
mkdir dd
cp "$REPO"/dict/*.tsv dd/
cp dd/companies-hand.tsv hand.bak
"$FREX" run --dict-dir dd --tokens dd/companies-hand.tsv a.txt >d4.out 2>d4.err
eq "run --dict-dir DIR --tokens DIR/F.tsv: refused, exit 2" \
  "2 frex: dd/companies-hand.tsv: is both a dictionary and the --tokens output; refused, nothing written" \
  "$? $(cat d4.err)"
check "run --dict-dir DIR --tokens DIR/F.tsv: the dictionary intact" \
  cmp -s dd/companies-hand.tsv hand.bak
"$FREX" run --dict-dir dd --dict my.tsv --tokens other.tsv a.txt >d5.out 2>d5.err
eq "run --dict-dir, --dict, another --tokens file (control): exit 0" "0:8" \
  "$?:$(wc -l <other.tsv)$(cat d5.err)"
cp my.bak my.tsv
"$FREX" tokenize a.txt >>my.tsv 2>d6.err
eq "tokenize (no dictionary read) >> a dictionary file (control): not refused" "0:" \
  "$?:$(cat d6.err)"

# ------------------------------------------------ progress over the rows
# Progress is on by default when stderr is a terminal (SPEC).  When stdout
# is that terminal too (`frex extract dir` typed at a prompt) the line
# redrawn with "\r" was joined by the next row printed; there it is now
# written as whole lines, as off a terminal.
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$FREX' extract a.txt" /dev/null >tty1.raw 2>&1
  has "stdout and stderr a terminal: progress shown (SPEC)" \
    tty1.raw "frex: 1 documents"
  has "stdout and stderr a terminal: the rows" tty1.raw "	DATE	3 mars 2020	"
  hasnt "stdout and stderr a terminal: no line redrawn in place" \
    tty1.raw "$(printf '\033[K')"
  tr -d '\r' <tty1.raw | grep -c '^frex: .*	\|	.*frex: ' >joined.n
  eq "stdout and stderr a terminal: no row joined to a progress line" 0 \
    "$(cat joined.n)"
  script -qec "'$FREX' extract a.txt >rows.tsv" /dev/null >tty2.raw 2>&1
  has "stderr a terminal, stdout a file (control): progress redrawn" \
    tty2.raw "$(printf '\033[K')"
else
  note "SKIP terminal progress checks: no script(1) (Debian package bsdutils)"
fi

# ------------------------------------------------ special files in a walk (held)
# Not a fix: guards of what a probe found right.  A socket, a link to
# /dev/zero and one to /dev/null inside a directory are skipped as grep -r
# skips devices (no hang, no message).  A path longer than PATH_MAX was a
# message and exit 1; since s36 it is read, as grep -r and rg read it
# (the walker opens by openat in pieces: test_s36_robust.sh).
mkdir sp
printf 'Le 3 mars 2020.\n' >sp/a.txt
ln -s /dev/zero sp/zero
ln -s /dev/null sp/null
python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('sp/sock')" 2>/dev/null
timeout 20 "$FREX" extract sp >sp.out 2>sp.err
eq "a directory with a socket and links to devices: exit 0, no message, its file" \
  "0:sp/a.txt" "$?:$(field 1 <sp.out)$(cat sp.err)"
python3 - <<'PY'
import os
fd = os.open('.', os.O_RDONLY)
os.mkdir('deep')
fd = os.open('deep', os.O_RDONLY)
for i in range(24):
    os.mkdir('a' * 200, dir_fd=fd)
    nfd = os.open('a' * 200, os.O_RDONLY, dir_fd=fd); os.close(fd); fd = nfd
f = os.open('x.txt', os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
os.write(f, b'Le 3 mars 2020.\n'); os.close(f)
PY
timeout 20 "$FREX" extract deep a.txt >deep.out 2>deep.err
eq "a path longer than PATH_MAX: read, exit 0, no message, the other input read" \
  "0:0:x.txt a.txt" \
  "$?:$(wc -l <deep.err):$(field 1 <deep.out | sed 's|.*/||' | tr '\n' ' ' | sed 's/ $//')"

# ------------------------------------------------ names JSON cannot hold
# A file name (or a --lines id) that is not UTF-8 was written in the JSONL
# doc field with U+FFFD for its bad bytes, and nothing said: two files
# "caf\351" and "caf\352" became the same doc.  Now said (exit 1, like
# invalid bytes in a text); TSV keeps the name's bytes (escaped as SPEC
# says), so there it is no loss and nothing is said.
mkdir n
printf 'Le 3 mars 2020.\n' >"$(printf 'n/caf\351.txt')"
printf 'Le 4 mars 2020.\n' >"$(printf 'n/caf\352.txt')"
"$FREX" extract --format jsonl n >j.out 2>j.err
eq "jsonl, two names not UTF-8: exit 1, one message each" \
  "1 2" "$? $(wc -l <j.err)"
has "jsonl, a name not UTF-8: the message" j.err \
  "$(printf 'frex: n/caf\351.txt: name not UTF-8: written with U+FFFD for its invalid bytes (JSON and HTML hold Unicode text only)')"
eq "jsonl, names not UTF-8: still every row" 2 "$(grep -c '"type":"DATE"' j.out)"
"$FREX" extract n >t.out 2>t.err
eq "tsv, names not UTF-8: exit 0, no message, the names' bytes" \
  "0:$(printf 'n/caf\351.txt n/caf\352.txt')" \
  "$?:$(field 1 <t.out | tr '\n' ' ' | sed 's/ $//')$(cat t.err)"
printf 'caf\351\tLe 3 mars 2020.\ncaf\352\tLe 4 mars 2020.\n' >ids.txt
"$FREX" extract --lines --format jsonl ids.txt >ji.out 2>ji.err
eq "jsonl --lines, ids not UTF-8: exit 1, said with the line" \
  "1 frex: ids.txt: line 1: record id not UTF-8: written with U+FFFD for its invalid bytes (JSON and HTML hold Unicode text only)|frex: ids.txt: line 2: record id not UTF-8: written with U+FFFD for its invalid bytes (JSON and HTML hold Unicode text only)" \
  "$? $(tr '\n' '|' <ji.err | sed 's/|$//')"
"$FREX" tokenize --format jsonl a.txt >ja.out 2>ja.err
eq "jsonl, a UTF-8 name (control): exit 0, no message" "0:" "$?:$(cat ja.err)"

finish
