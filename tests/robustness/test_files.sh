#!/bin/sh
# Files and directories (SPEC "Robustness", "Command line"): missing
# files, recursive walk in byte-wise sorted order per directory, hidden
# entries, --include/--exclude, symbolic link loops, broken links,
# unreadable files and directories (as an unprivileged user), FIFOs —
# messages, exit statuses, and the other inputs' rows still present.
. tests/robustness/lib.sh
cd "$T" || exit 2

docs() { field 1 | uniq | tr '\n' ' ' | sed 's/ $//'; }

mkdir -p d/a d/a-b d/a.b d/sub/deeper d/.hid
for f in d/B.txt d/a/x.txt d/a-b/x.txt d/a.b/x.txt d/a.txt d/sub/y.md \
  d/sub/deeper/z.txt d/é.txt d/.h.txt d/.hid/h.txt; do
  printf 'Texte de %s, le 3 mars 2020.\n' "$f" >"$f"
done
printf 'Bonjour Paris.\n' >good1.txt
printf 'Au revoir Lyon.\n' >good2.txt

# ---------------------------------------------------------------- order
# fts order: names sorted byte-wise within each directory, so d/a/ (a
# directory named "a") comes before d/a-b/ — sorting whole paths would put
# "d/a-b/x.txt" first since '-' < '/'.
want="d/B.txt d/a/x.txt d/a-b/x.txt d/a.b/x.txt d/a.txt d/sub/deeper/z.txt d/sub/y.md d/é.txt"
"$FREX" tokenize d >walk.tsv 2>walk.err
eq "directory: exit 0, no message" "0:" "$?:$(cat walk.err)"
eq "directory: recursive, sorted per directory, hidden skipped" "$want" "$(docs <walk.tsv)"
check "directory: offsets" offsets_ok walk.tsv
"$FREX" tokenize d/ >slash.tsv
eq "directory with trailing slash: same paths" "$want" "$(docs <slash.tsv)"
"$FREX" tokenize -j1 d >walk1.tsv
check "directory: -j1 gives the same bytes as -j2" cmp -s walk.tsv walk1.tsv
"$FREX" tokenize --hidden d >hidden.tsv
eq "--hidden: hidden files and directories too" \
  "d/.h.txt d/.hid/h.txt $want" "$(docs <hidden.tsv)"
"$FREX" tokenize d/.h.txt >explicit.tsv
eq "a hidden file named on the command line is read" "d/.h.txt" "$(docs <explicit.tsv)"
"$FREX" tokenize --include '*.md' d >inc.tsv
eq "--include '*.md'" "d/sub/y.md" "$(docs <inc.tsv)"
"$FREX" tokenize --include '*.md' --include 'B*' d >inc2.tsv
eq "--include twice: either glob" "d/B.txt d/sub/y.md" "$(docs <inc2.tsv)"
"$FREX" tokenize --exclude '*.txt' d >exc.tsv
eq "--exclude '*.txt'" "d/sub/y.md" "$(docs <exc.tsv)"
"$FREX" tokenize --exclude 'x.txt' --exclude '*.md' d >exc2.tsv
eq "--exclude twice" "d/B.txt d/a.txt d/sub/deeper/z.txt d/é.txt" "$(docs <exc2.tsv)"
"$FREX" tokenize --include '*.txt' --exclude 'z*' d >incexc.tsv
eq "--include and --exclude together" \
  "d/B.txt d/a/x.txt d/a-b/x.txt d/a.b/x.txt d/a.txt d/é.txt" "$(docs <incexc.tsv)"
"$FREX" tokenize --include '*.md' good1.txt >incfile.tsv
eq "--include does not filter files named on the command line" "good1.txt" \
  "$(docs <incfile.tsv)"
mkdir e
"$FREX" tokenize e >edir.tsv 2>edir.err
eq "empty directory: exit 0, header only, no message" "0 1:" \
  "$? $(wc -l <edir.tsv):$(cat edir.err)"

# ---------------------------------------------------------------- missing
"$FREX" tokenize good1.txt nope.txt good2.txt >miss.tsv 2>miss.err
eq "missing file: exit 1" 1 $?
eq "missing file: message" "frex: nope.txt: No such file or directory" "$(cat miss.err)"
eq "missing file: other rows present" "good1.txt good2.txt" "$(docs <miss.tsv)"
"$FREX" extract -q good1.txt nope.txt >missq.tsv 2>missq.err
eq "missing file: -q does not hide the error" \
  "1 frex: nope.txt: No such file or directory" "$? $(cat missq.err)"

# ---------------------------------------------------------------- symlinks
mkdir -p l/sub
printf 'Le 4 mars 2020.\n' >l/sub/f.txt
ln -s .. l/sub/up           # a loop: l/sub/up/sub/up/...
ln -s sub l/alias           # a second way to the same directory: not a loop
timeout 20 "$FREX" tokenize l >loop.tsv 2>loop.err
rc=$?
check "symlink loop: no hang" test $rc -ne 124
eq "symlink loop: exit 0 (a loop is not an error)" 0 $rc
has "symlink loop: warning" loop.err "frex: l/sub/up: directory cycle (symbolic link loop), skipped"
eq "symlink loop: each file once per path, sorted" "l/alias/f.txt l/sub/f.txt" \
  "$(docs <loop.tsv)"
ln -s self l/self           # a link to itself: ELOOP
ln -s nowhere l/broken
timeout 20 "$FREX" tokenize good1.txt l good2.txt >links.tsv 2>links.err
eq "broken links: exit 1" 1 $?
has "broken link: message" links.err "frex: l/broken: broken symbolic link"
has "self link: message" links.err "frex: l/self: Too many levels of symbolic links"
eq "broken links: other rows present" \
  "good1.txt l/alias/f.txt l/sub/f.txt good2.txt" "$(docs <links.tsv)"
"$FREX" tokenize l/broken good1.txt >blink.tsv 2>blink.err
eq "broken link operand: exit 1 and message" \
  "1 frex: l/broken: broken symbolic link" "$? $(cat blink.err)"
eq "broken link operand: other rows" "good1.txt" "$(docs <blink.tsv)"
ln -s ../good1.txt l/tofile
"$FREX" tokenize -q l >lfile.tsv 2>/dev/null
has "a symlink to a file is followed" lfile.tsv "l/tofile	1	0	7	WORD	Bonjour"

# ---------------------------------------------------------------- FIFO
mkfifo fifo
(printf 'Depuis une FIFO.\n' >fifo) &
timeout 20 "$FREX" tokenize fifo >fifo.tsv 2>fifo.err
eq "FIFO operand: read, exit 0" "0 fifo" "$? $(docs <fifo.tsv)"
wait
mkdir f
mkfifo f/pipe
printf 'ok\n' >f/real.txt
timeout 20 "$FREX" tokenize f >fdir.tsv 2>fdir.err
eq "FIFO inside a directory: skipped, no hang" "0 f/real.txt" "$? $(docs <fdir.tsv)"

# ---------------------------------------------------------------- unreadable
# We run as root, who reads everything: drop to an unprivileged user.
unpriv=$(unpriv_prefix)
if [ -z "$unpriv" ]; then
  note "SKIP unreadable file/directory checks: no setpriv or runuser"
elif ! $unpriv test -x "$FREX"; then
  note "SKIP unreadable file/directory checks: $FREX not reachable unprivileged"
else
  chmod 755 "$T"
  mkdir -p u/open u/closed
  printf 'Lisible.\n' >u/open/a.txt
  printf 'Secret.\n' >u/secret.txt
  printf 'Cach\303\251.\n' >u/closed/b.txt
  chmod -R a+rX u
  chmod 000 u/secret.txt u/closed
  $unpriv "$FREX" tokenize good1.txt u good2.txt >unr.tsv 2>unr.err
  eq "unreadable: exit 1" 1 $?
  has "unreadable directory: message" unr.err "frex: u/closed: Permission denied"
  has "unreadable file: message" unr.err "frex: u/secret.txt: Permission denied"
  eq "unreadable: exactly two messages" 2 "$(wc -l <unr.err)"
  eq "unreadable: other rows present" "good1.txt u/open/a.txt good2.txt" \
    "$(docs <unr.tsv)"
  $unpriv "$FREX" extract u/secret.txt >unr1.tsv 2>unr1.err
  eq "unreadable file operand: exit 1, message, header" \
    "1 frex: u/secret.txt: Permission denied 1" "$? $(cat unr1.err) $(wc -l <unr1.tsv)"
fi

finish
