#!/bin/sh
# Data lost or changed without a word (session 29), as a user with old
# archives meets it:
#  - the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
#    0x9D) became C1 controls that the tokenizer reads as nothing: a letter
#    of another encoding vanished, exit 0, no message.  Now replaced by
#    U+001A like an invalid byte, said once per file, exit 1, the rest of
#    the file still read;
#  - the encoding was decided on the first 64 KB alone when they were
#    ASCII, and on the first segment (1 MB) for the whole file: a CP1252
#    file whose first accent came later had its accents replaced (said,
#    exit 1, rows lost).  ASCII reads alike in every encoding here, so the
#    decision is now taken at the first byte that is not ASCII;
#  - a run of bytes without a space or a line break longer than half a
#    segment (a base64 blob, a minified page) is cut inside, its token
#    split in two: now said;
#  - a file of two encodings: mostly UTF-8, its CP1252 bytes are replaced
#    as any invalid byte, and the message now says what they look like;
#    mostly CP1252, its UTF-8 article was read as CP1252 ("fÃ©vrier"),
#    its rows lost without a word: its UTF-8 characters are now kept.
. tests/robustness/lib.sh
cd "$T" || exit 2

vals() { field 4,5,6 <"$1" | tr '\t' ' '; }

# ------------------------------------------- CP1252's undefined bytes
# a CP1252 file (its accents and its curly apostrophe decide so) with the
# five undefined bytes: "\x81" inside a word, the others between words
python3 - <<'PY'
open("und.txt", "wb").write(
    b"Le caf\xe9 de l\x92usine a co\xfbt\x81 3 millions d\x92euros le 3 "
    b"f\xe9vrier 2020.\n\x8d\x8f\x90\x9d Fin.\n")
open("und.lines", "wb").write(
    b"r1\tLe caf\xe9 de l\x92usine co\xfbte 3 millions d\x92euros \x81.\n")
PY
# offsets refer to the UTF-8 text frex made: checked against that text
mkdir u
utf8_copy() { python3 -c "import sys; b = open(sys.argv[1], 'rb').read(); open('u/' + sys.argv[1], 'wb').write(bytes(0x1a if c in (0x81, 0x8d, 0x8f, 0x90, 0x9d) else c for c in b).decode('cp1252').encode())" "$1"; }
"$FREX" extract und.txt >und.tsv 2>und.err
eq "CP1252 undefined bytes: said once, exit 1" \
  "1:frex: und.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text
frex: und.txt: 5 bytes undefined in windows-1252 (first at byte 25), replaced" \
  "$?:$(cat und.err)"
eq "CP1252 undefined bytes: the rows are still written" \
  "AMOUNT 3 millions d’euros 3000000
DATE 3 février 2020 2020-02-03" "$(vals und.tsv)"
"$FREX" tokenize und.txt 2>/dev/null | field 6 | tr '\n' ' ' >und.tok
has "CP1252 undefined bytes: the word before one read whole" und.tok \
  " co$(printf '\303\273')t 3 "
utf8_copy und.txt
check "CP1252 undefined bytes: offsets into the UTF-8 text" offsets_ok und.tsv u
"$FREX" extract -q und.txt >/dev/null 2>undq.err
eq "CP1252 undefined bytes: -q does not hide the replacement" \
  "1:frex: und.txt: 5 bytes undefined in windows-1252 (first at byte 25), replaced" \
  "$?:$(cat undq.err)"
# Latin-1 defines them (C1 controls): nothing to say when it is asked for
"$FREX" extract --encoding latin1 und.txt >/dev/null 2>undl.err
eq "--encoding latin1: 0x81..0x9D are Latin-1's, nothing replaced" \
  "0:" "$?:$(cat undl.err)"
# the same bytes in a --lines record read as CP1252
"$FREX" extract --lines <und.lines >undr.tsv 2>undr.err
eq "--lines: a CP1252 record's undefined byte said with its record" \
  "1:frex: r1: 1 bytes undefined in windows-1252 (first at byte 44), replaced" \
  "$?:$(grep undefined undr.err)"

# ------------------------------- an encoding decided on an ASCII head
# CP1252 after 100 KB of ASCII (inside the first segment), and after
# 1.1 MB (in a later one); the control is the same text in UTF-8
python3 - <<'PY'
fill = b"Les elus ont longuement debattu du texte en seance publique.\n"
tail = "\nLe café de l’usine a coûté 3 millions d’euros le 3 février 2020.\n"
for name, size in (("a100k", 100000), ("a1m", 1100000)):
    head = fill * (size // len(fill) + 1)
    open(name + ".txt", "wb").write(head + tail.encode("cp1252"))
    open(name + "-utf8.txt", "wb").write(head + tail.encode("utf-8"))
PY
for f in a100k a1m; do
  "$FREX" extract $f.txt >$f.tsv 2>$f.err
  rc=$?
  "$FREX" extract $f-utf8.txt >$f-utf8.tsv 2>$f-utf8.err
  eq "CP1252 after an ASCII head ($f): exit 0, nothing replaced" \
    "0:" "$rc:$(grep replaced $f.err)"
  eq "CP1252 after an ASCII head ($f): the rows of the UTF-8 text" \
    "$(vals $f-utf8.tsv)" "$(vals $f.tsv)"
  has "CP1252 after an ASCII head ($f): the decoding said" $f.err \
    "decoded as windows-1252"
  utf8_copy $f.txt
  check "CP1252 after an ASCII head ($f): offsets into the UTF-8 text" \
    offsets_ok $f.tsv u
  eq "UTF-8 after an ASCII head ($f, control): exit 0, no message" \
    "0:" "$?:$(cat $f-utf8.err)"
done
grep -q "not UTF-8 from byte 1100" a1m.err
check "CP1252 after 1.1 MB of ASCII: the message names where it starts" \
  test $? -eq 0
# a UTF-8 file with one stray byte after its ASCII megabyte stays UTF-8
python3 - <<'PY'
fill = b"Les elus ont longuement debattu du texte en seance publique.\n"
tail = "\nLe café a coûté 3 millions d’euros \x92 le 3 février 2020.\n"
open("stray.txt", "wb").write(fill * (1100000 // len(fill) + 1) +
                              tail.encode().replace(b"\xc2\x92", b"\x92"))
PY
"$FREX" extract stray.txt >stray.tsv 2>stray.err
eq "UTF-8 with one stray byte after an ASCII megabyte: stays UTF-8, the byte said" \
  "1:frex: stray.txt: 1 invalid bytes (first at byte 1100054), replaced" \
  "$?:$(cat stray.err)"
eq "UTF-8 with one stray byte after an ASCII megabyte: its rows" \
  "AMOUNT 3 millions d’euros 3000000
DATE 3 février 2020 2020-02-03" "$(vals stray.tsv)"

# ------------------------------------------- two encodings in one file
# a UTF-8 article, then one pasted from a CP1252 archive: the file stays
# UTF-8 (offsets are its own), the CP1252 bytes are replaced, and the
# message says what they look like
python3 - <<'PY'
utf8 = "Le café a coûté 3 € à l’usine de Douai, près de Lille.\n\n"
cp = "Le caf\u00e9 de l\u2019usine a co\u00fbt\u00e9 3 millions d\u2019euros.\n"
b = utf8.encode() + cp.encode("cp1252")
open("mixed.txt", "wb").write(b)
print(b.index(b"\xe9"), file=open("mixed.at", "w"))
PY
"$FREX" extract mixed.txt >mixed.tsv 2>mixed.err
eq "UTF-8 then CP1252 in one file: replaced, said as mixed encodings, exit 1" \
  "1:frex: mixed.txt: 5 invalid bytes (first at byte $(cat mixed.at)), replaced; they read as windows-1252 text, in a file that is mostly UTF-8: mixed encodings?" \
  "$?:$(cat mixed.err)"
check "UTF-8 then CP1252 in one file: offsets are the file's" offsets_ok mixed.tsv
# a stray byte in UTF-8 text (control): the plain message
python3 -c "open('stray1.txt', 'wb').write('Le café a coûté 3 € à Douai.'.encode() + b' \xff\n')"
"$FREX" extract stray1.txt >/dev/null 2>stray1.err
eq "UTF-8 with a stray 0xFF (control): the plain message" \
  "1:frex: stray1.txt: 1 invalid bytes (first at byte 35), replaced" \
  "$?:$(cat stray1.err)"

# the other way round: mostly windows-1252, then a UTF-8 article.  Read
# as CP1252 whole, "février" became "fÃ©vrier" and "d’euros" "dâ€™euros":
# the UTF-8 article's date and amount were lost, exit 0, no message.  Its
# UTF-8 sequences (Latin-1 letters, œ, ’ “ ” – …, €: no French text in
# windows-1252 holds those bytes) are now kept as UTF-8, and said
python3 - <<'PY'
cp = "Le caf\u00e9 de l\u2019usine a co\u00fbt\u00e9 3 millions d\u2019euros le 3 f\u00e9vrier 2020.\n\n" * 6
u = "Le 5 f\u00e9vrier 2021, l\u2019\u00e9quipe a vers\u00e9 2 millions d\u2019euros \u00e0 Renault.\n"
b = cp.encode("cp1252")
open("mixed2.txt", "wb").write(b + u.encode())
open("mixed2-utf8.txt", "wb").write((cp + u).encode())
open("u/mixed2.txt", "wb").write((cp + u).encode())
print(len(b) + len(b"Le 5 f"), file=open("mixed2.at", "w"))
PY
"$FREX" extract mixed2.txt >mixed2.tsv 2>mixed2.err
rc=$?
"$FREX" extract mixed2-utf8.txt >mixed2-utf8.tsv 2>/dev/null
eq "CP1252 then UTF-8 in one file: exit 0, the UTF-8 characters said" \
  "0:frex: mixed2.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text
frex: mixed2.txt: 6 UTF-8 characters among its windows-1252 text (first at byte $(cat mixed2.at)), read as UTF-8: a file of mixed encodings?" \
  "$rc:$(cat mixed2.err)"
eq "CP1252 then UTF-8 in one file: the rows of the text in UTF-8" \
  "$(vals mixed2-utf8.tsv)" "$(vals mixed2.tsv)"
check "CP1252 then UTF-8 in one file: offsets into the UTF-8 text" \
  offsets_ok mixed2.tsv u
# asked for, windows-1252 is applied as asked (control)
"$FREX" extract --encoding cp1252 mixed2.txt >mixed2f.tsv 2>mixed2f.err
eq "--encoding cp1252 on that file (control): read as asked, no UTF-8 kept" \
  "0:" "$?:$(cat mixed2f.err)"
hasnt "--encoding cp1252 on that file (control): the UTF-8 date not read" \
  mixed2f.tsv "2021-02-05"

# --------------------------------------- a word longer than a segment
python3 -c "
import sys
sys.stdout.buffer.write(b'Le 3 mars 2020, un blob : ' + b'QUJD' * 400000 + b' et Renault.\n')" >blob.txt
"$FREX" extract blob.txt >blob.tsv 2>blob.err
eq "a 1.6 MB word: cut inside, said (exit 0: nothing replaced)" \
  "0:frex: blob.txt: 1 cut inside a run of bytes without a space or a line break (first at byte 1048575): a token there is split in two" \
  "$?:$(cat blob.err)"
eq "a 1.6 MB word: the rows around it" "DATE 3 mars 2020 2020-03-03
COMPANY Renault Renault" "$(vals blob.tsv)"
"$FREX" extract -q blob.txt >/dev/null 2>blobq.err
eq "a 1.6 MB word: -q hides the note" "0:" "$?:$(cat blobq.err)"

finish
