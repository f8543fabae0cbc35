#!/bin/sh
# Command line and I/O audit (session 28): what an adversarial pass over
# SPEC "Command line" and "Robustness" found that the other robustness
# tests did not hold.
#  - --include, --exclude and hiding apply to a broken link or an entry
#    that cannot be looked at as to a file (grep -R does so): a dangling
#    link the user excluded said "broken symbolic link", exit 1;
#  - --dct keeps relative dates to four-digit years: --dct 9999-12-31 made
#    "demain" 0000-01-01 and --dct 0001 made "il y a dix ans" -009-01-01;
#    such a DCT is a usage error, and a metadata line with one is no DCT;
#  - --dict on an endless input (/dev/zero) was read until memory ran out.
. tests/robustness/lib.sh
cd "$T" || exit 2

docs() { field 1 | uniq | tr '\n' ' ' | sed 's/ $//'; }

# ---------------------------------------------------------- walk filters
mkdir -p w/sub
printf 'Le 3 mars 2020.\n' >w/a.txt
printf 'Le 4 mars 2020.\n' >w/sub/b.txt
ln -s nowhere.jpg w/photo.jpg    # dangling, not a .txt
ln -s nowhere w/dangling         # dangling, excluded by name
ln -s nowhere w/.hidden-link     # dangling and hidden
"$FREX" extract --include '*.txt' w >inc.tsv 2>inc.err
eq "--include '*.txt': a dangling photo.jpg link is not read, not said" \
  "0:" "$?:$(cat inc.err)"
eq "--include '*.txt': the files' rows" "w/a.txt w/sub/b.txt" "$(docs <inc.tsv)"
"$FREX" extract --exclude dangling --exclude '*.jpg' w >exc.tsv 2>exc.err
eq "--exclude of the dangling links: exit 0, no message" "0:" \
  "$?:$(cat exc.err)"
"$FREX" extract --exclude '*.jpg' w >exc1.tsv 2>exc1.err
eq "--exclude '*.jpg' (control): the other dangling link still said, exit 1" \
  "1:frex: w/dangling: broken symbolic link" "$?:$(cat exc1.err)"
"$FREX" extract --hidden --include '.hidden*' w >hid.tsv 2>hid.err
eq "--hidden --include '.hidden*' (control): the hidden link said" \
  "1:frex: w/.hidden-link: broken symbolic link" "$?:$(cat hid.err)"

# a directory that can be listed but not entered: its entries cannot be
# looked at (FTS_NS); as an unprivileged user, since root reads everything
unpriv=$(unpriv_prefix)
if [ -z "$unpriv" ] || ! $unpriv test -x "$FREX"; then
  note "SKIP entries that cannot be looked at: no unprivileged user"
else
  chmod 755 "$T"
  mkdir -p r/d
  printf 'Le 5 mars 2020.\n' >r/ok.txt
  printf 'Le 6 mars 2020.\n' >r/d/c.txt
  printf 'x\n' >r/d/pic.jpg
  chmod 444 r/d                  # r--: names listed, nothing stat'ed
  $unpriv "$FREX" extract --include '*.jpg' --exclude 'x*' r >ns.tsv 2>ns.err
  eq "listed, not enterable, --include '*.jpg': only pic.jpg said" \
    "1:frex: r/d/pic.jpg: Permission denied" "$?:$(cat ns.err)"
  $unpriv "$FREX" extract r >ns2.tsv 2>ns2.err
  eq "listed, not enterable (control): both entries said, the other rows" \
    "1:2:r/ok.txt" "$?:$(wc -l <ns2.err):$(docs <ns2.tsv)"
  chmod 755 r/d
fi

# ---------------------------------------------------------- --dct range
printf "Demain, l'ann\303\251e prochaine. Il y a dix ans. L'hiver dernier.\n" >rel.txt
for d in 9999-12-31 9000 0001-01-01 0999 0000; do
  "$FREX" extract --dct "$d" rel.txt >dct.tsv 2>dct.err
  eq "--dct $d: a usage error, exit 2, nothing written" "2 0" \
    "$? $(wc -c <dct.tsv)"
  has "--dct $d: says the years it takes" dct.err \
    "frex: invalid --dct '$d' (want YYYY, YYYY-MM, YYYY-MM-DD with a year from 1000 to 8999, or none)"
done
"$FREX" extract --dct 8999-12-31 rel.txt >hi.tsv
eq "--dct 8999-12-31 (the last taken): demain, l'année prochaine" \
  "9000-01-01 9000" "$(field 6 <hi.tsv | head -n 2 | tr '\n' ' ' | sed 's/ $//')"
"$FREX" extract --dct 1000-01-01 rel.txt >lo.tsv
eq "--dct 1000-01-01 (the first taken): il y a dix ans, l'hiver dernier" \
  "0990-01-01 0998-WI" "$(field 6 <lo.tsv | tail -n 2 | tr '\n' ' ' | sed 's/ $//')"
printf 'date 0001-01\nHier, il y a dix ans, le 3 mars.\n' >meta.txt
"$FREX" extract meta.txt >meta.tsv
eq "a metadata line 'date 0001-01' is no DCT: values underspecified" \
  "XXXX-XX-XX XXXX-XX-XX XXXX-03-03" \
  "$(field 6 <meta.tsv | tr '\n' ' ' | sed 's/ $//')"
hasnt "a metadata line 'date 0001-01': no negative year" meta.tsv "	-0"

# ---------------------------------------------------------- --dict endless
printf 'Le 3 mars 2020, Renault.\n' >a.txt
timeout 20 "$FREX" extract --dict /dev/zero a.txt >zero.tsv 2>zero.err
rc=$?
check "--dict /dev/zero: ends (no endless read)" test $rc -ne 124
eq "--dict /dev/zero: exit 2, its NUL said" \
  "2:frex: /dev/zero: line 1: NUL byte in line" "$rc:$(cat zero.err)"
printf 'Zorglub Industries\tCOMPANY\tZI\n' >ok.tsv
"$FREX" extract --dict ok.tsv a.txt >okd.tsv 2>okd.err
eq "--dict of a small file (control): exit 0, no message" "0:" "$?:$(cat okd.err)"

# ---------------------------------------------------------- both outputs fail
# Each output's own write error is said: only the run's first was, and
# the other output, whose last flush failed as well, was named
# "incomplete (it ends with a whole row)" (on a full disk the --entities
# file ended mid-row so); a closed stdout then also hid the status 2.
mkdir -p docs
i=0
while [ $i -lt 40 ]; do
  printf 'Le %d mars 2020, Renault a pay\303\251 %d millions d\342\200\231euros.\n' \
    $((i % 28 + 1)) $i >docs/d$i.txt
  i=$((i + 1))
done
"$FREX" run --tokens /dev/full docs >/dev/full 2>full2.err
eq "run --tokens /dev/full >/dev/full: exit 2, both outputs' write errors" \
  "2:frex: stdout: write error: No space left on device
frex: /dev/full: write error: No space left on device" "$?:$(sort -r full2.err)"
{ sleep 0.3; "$FREX" run -j1 --tokens /dev/full docs 2>fullp.err
  echo $? >fullp.rc; } | :
eq "run --tokens /dev/full | (closed): exit 2, the write error, nothing else" \
  "2:frex: /dev/full: write error: No space left on device" \
  "$(cat fullp.rc):$(cat fullp.err)"
"$FREX" run --tokens tok.tsv docs >/dev/full 2>full1.err
eq "run --tokens F >/dev/full, small input (control): stdout's error only, F whole" \
  "2:frex: stdout: write error: No space left on device:40:" \
  "$?:$(cat full1.err):$(field 1 <tok.tsv | uniq | wc -l):$(tail -c 1 tok.tsv | tr -d '\n')"

# ---------------------------------------------------------- --lines head
# The head of a --lines input decides its encoding and BOM; on a pipe the
# first read may hold one byte (a BOM written on its own), which decided
# alone: UTF-16 records were cut out of NUL-strewn bytes, a UTF-8 BOM
# joined the first id.
python3 -c 'import sys; sys.stdout.buffer.write(b"\xff\xfe" + "id1\tLe 3 mars 2020, Renault.\nid2\tLe 4 mai 2021.\n".encode("utf-16-le"))' >l16.bin
{ head -c 1 l16.bin; sleep 0.3; tail -c +2 l16.bin; } |
  "$FREX" extract -q --lines >l16.tsv 2>l16.err
eq "--lines, UTF-16 whose BOM comes in a read of its own: exit 0, no message" \
  "0:" "$?:$(cat l16.err)"
eq "--lines, UTF-16 whose BOM comes alone: its records' dates" \
  "id1 2020-03-03 id2 2021-05-04" \
  "$(grep DATE l16.tsv | cut -f 1,6 | tr '\t\n' '  ' | sed 's/ $//')"
"$FREX" extract -q --lines <l16.bin >l16f.tsv
check "--lines, the same UTF-16 from a file (control): the same rows" \
  cmp -s l16.tsv l16f.tsv
{ printf '\357'; sleep 0.3; printf '\273\277id1\tLe 3 mars 2020.\n'; } |
  "$FREX" extract --lines >bom.tsv 2>bom.err
eq "--lines, a UTF-8 BOM whose first byte comes alone: not in the first id" \
  "0:id1" "$?:$(field 1 <bom.tsv)"

# ---------------------------------------------------------- -j huge
# -j past the jobs (extract: 64) or blocks (stem: 32) that can be in
# flight started threads that never got work, each with its caches:
# extract -j1024 took 1.1 GB on small files, stem -j1024 5.3 GB and 35 s
# on a 300 KB token file.  The output is that of -j1 either way.
"$FREX" tokenize docs >docs.tok
"$FREX" extract -j1 docs >j1.tsv
"$FREX" stem -j1 docs.tok >s1.tsv
if ! { [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; }; then
  note "SKIP the -j1024 peak RSS limits: needs /usr/bin/time"
  "$FREX" extract -j1024 docs >j1024.tsv
  "$FREX" stem -j1024 docs.tok >s1024.tsv
elif [ "${FREX_SANITIZED:-}" = 1 ]; then
  note "SKIP the -j1024 peak RSS limits: a sanitizer's shadow memory is not frex's"
  "$FREX" extract -j1024 docs >j1024.tsv
  "$FREX" stem -j1024 docs.tok >s1024.tsv
else
  /usr/bin/time -o x.t -f %M "$FREX" extract -j1024 docs >j1024.tsv
  kb=$(tail -n 1 x.t)
  check "extract -j1024 on 40 small files: peak RSS under 300 MB ($((kb / 1024)) MB)" \
    test "$kb" -lt 307200
  /usr/bin/time -o s.t -f %M "$FREX" stem -j1024 docs.tok >s1024.tsv
  kb=$(tail -n 1 s.t)
  check "stem -j1024 on a small token TSV: peak RSS under 400 MB ($((kb / 1024)) MB)" \
    test "$kb" -lt 409600
fi
check "extract -j1024: the bytes of -j1" cmp -s j1.tsv j1024.tsv
check "stem -j1024: the bytes of -j1" cmp -s s1.tsv s1024.tsv

# ---------------------------------------------------------- CP1252 signs
# A CP1252 text without an accented letter (a headline, a --lines record)
# still has French typography that is not UTF-8: the elision's
# apostrophe, the euro sign, guillemets.  It stayed UTF-8, those bytes
# replaced (exit 1), and "10 millions \x80" was no amount.
printf 'Renault investit 10 millions \200 dans l\222usine le 3 mars 2020.\n' >eur.txt
"$FREX" extract eur.txt >eur.tsv 2>eur.err
eq "CP1252 without accents (\\x80, \\x92): decoded, exit 0, the warning" \
  "0:frex: eur.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text" \
  "$?:$(cat eur.err)"
has "CP1252 without accents: the amount in euros" eur.tsv \
  "	AMOUNT	10 millions €	10000000	EUR"
printf 'h1\tRenault : 10 millions \200 pour l\222usine\nh2\t\253 Oui \273, dit Renault.\n' |
  "$FREX" tokenize -q --lines >h.tsv 2>h.err
eq "--lines, CP1252 records without accents: exit 0, € ’ « » read" \
  "0:€ l’ « »" \
  "$?:$(field 6 <h.tsv | grep -v '^[[:alnum:]:.,-]*$' | tr '\n' ' ' | sed 's/ $//')"
printf 'Le 3 mars 2020 x \222 y \253z 9 \377 fin.\n' >stray.txt
"$FREX" extract stray.txt >stray.tsv 2>stray.err
eq "stray bytes out of those contexts (control): UTF-8, replaced, exit 1" \
  "1:frex: stray.txt: 3 invalid bytes (first at byte 17), replaced" \
  "$?:$(cat stray.err)"

# ---------------------------------------------------------- UTF-32
# A UTF-32LE BOM (FF FE 00 00) begins with the UTF-16LE one: such a file
# was decoded as UTF-16, a NUL after every character and rows of garbage.
# frex reads no UTF-32: it is skipped as a binary file is, and said so.
python3 -c 'import sys; sys.stdout.buffer.write("Le 3 mars 2020, Renault.\n".encode("utf-32"))' >u32.txt
python3 -c 'import sys; sys.stdout.buffer.write(b"\0\0\xfe\xff" + "Le 3 mars 2020.\n".encode("utf-32-be"))' >u32be.txt
"$FREX" tokenize u32.txt u32be.txt a.txt >u32.tsv 2>u32.err
eq "UTF-32 with its BOM (LE, BE): exit 1, each said, skipped" \
  "1:frex: u32.txt: UTF-32 text, skipped (iconv -f UTF-32 -t UTF-8 converts it)
frex: u32be.txt: UTF-32 text, skipped (iconv -f UTF-32 -t UTF-8 converts it):a.txt" \
  "$?:$(cat u32.err):$(docs <u32.tsv)"
python3 -c 'import sys; sys.stdout.buffer.write("id\tLe 3 mars 2020.\n".encode("utf-32"))' >l32.txt
"$FREX" extract --lines l32.txt >l32.tsv 2>l32.err
eq "--lines, UTF-32 with its BOM: exit 1, said as in file mode" \
  "1:frex: l32.txt: UTF-32 text, skipped (iconv -f UTF-32 -t UTF-8 converts it)" \
  "$?:$(cat l32.err)"
python3 -c 'import sys; sys.stdout.buffer.write(b"\xff\xfe" + "Le 3 mars 2020.\n".encode("utf-16-le"))' >u16.txt
"$FREX" extract -q u16.txt >u16.tsv 2>u16.err
eq "UTF-16LE with its BOM (control): read, its date" "0:2020-03-03" \
  "$?:$(field 6 <u16.tsv)"

# ---------------------------------------------------------- --dict-dir
# A --dict-dir with no dictionary file in it (the parent of dict/, say)
# lost every dictionary name without a word, exit 0.
mkdir -p nodict/sub
printf 'x\n' >nodict/notes.txt
"$FREX" extract --dict-dir nodict a.txt >nd.tsv 2>nd.err
eq "--dict-dir of a directory without *.tsv: a warning, exit 0" \
  "0:frex: nodict: no dictionary file (*.tsv) here: names come only from the rules and --dict" \
  "$?:$(cat nd.err)"
"$FREX" extract -q --dict-dir nodict a.txt >ndq.tsv 2>ndq.err
eq "--dict-dir without *.tsv, -q: quiet" "0:" "$?:$(cat ndq.err)"
cp ok.tsv nodict/mine.tsv
"$FREX" extract --dict-dir nodict a.txt >nd2.tsv 2>nd2.err
eq "--dict-dir with a *.tsv (control): no message" "0:" "$?:$(cat nd2.err)"

# ---------------------------------------------------------- segment cuts
# Documents are read in 1 MB segments cut at a paragraph break, else a
# line end.  Only LF was looked for: a CRLF file's paragraphs ("\r\n\r\n")
# were never found and a segment was cut at a line break inside one, a
# CR-only file's at a space, UTF-16's at any line end: an entity across
# the cut was lost or cut in two (36,000 rows in LF, 35,999 or 36,001 in
# the others).  Wrapped text, entities across its line breaks.
for pre in 37 61; do
  python3 - "$pre" <<'PY'
import sys
pre = int(sys.argv[1])
para = ("Le groupe Renault a annonc\u00e9 un investissement de 10\n"
        "millions d'euros dans son usine de Douai le 3\n"
        "mars 2020, puis encore 25 millions de\n"
        "dollars pour la recherche.\n")
lf = "x" * pre + "\n\n" + (para + "\n") * 9000
open("w_lf.txt", "w").write(lf)
open("w_crlf.txt", "w", newline="").write(lf.replace("\n", "\r\n"))
open("w_cr.txt", "w", newline="").write(lf.replace("\n", "\r"))
open("w_u16.txt", "wb").write(b"\xff\xfe" + lf.replace("\n", "\r\n").encode("utf-16-le"))
PY
  "$FREX" extract w_lf.txt | field 4,6 | sort >w_lf.vals
  eq "wrapped LF text, $pre: its 36000 entities (control)" 36000 "$(wc -l <w_lf.vals)"
  for v in crlf cr u16; do
    "$FREX" extract -q w_$v.txt >w_$v.tsv 2>w_$v.err
    check "wrapped text, $v line ends, $pre: the entities of LF, none lost or cut" \
      sh -c "field() { tail -n +2 | cut -f \"\$1\"; }; field 4,6 <w_$v.tsv | sort | cmp -s - w_lf.vals"
  done
  check "wrapped text, CRLF line ends, $pre: offsets" offsets_ok w_crlf.tsv
done

finish
