#!/bin/sh
# Issue 14, "Exit status" and "Encodings" (SPEC "Robustness": encodings on
# evidence, binary files skipped as grep does, NUL bytes reported like any
# invalid byte): each case names what main did before this was fixed.
. tests/robustness/lib.sh
cd "$T" || exit 2

# -------------------------------------------------------------- NUL: exit 1
printf 'Le caf\303\251 3 \342\202\254\000\n' >nul.txt
"$FREX" extract nul.txt >nul.tsv 2>nul.err
eq "a NUL byte: exit 1 (was 0)" 1 $?
eq "a NUL byte: reported with its offset" \
  "frex: nul.txt: 1 NUL bytes (first at byte 14), replaced" "$(cat nul.err)"
has "a NUL byte: the amount before it still found" nul.tsv "	AMOUNT	3 €	3	EUR"
printf 'Le caf\303\251 3 \342\202\254\000\n' | "$FREX" extract >/dev/null 2>&1
eq "a NUL byte on stdin: exit 1" 1 $?

# -------------------------------------------------------- UTF-16, no BOM
python3 - <<'PY'
t = 'Le 3 mars 2020, Amazon a payé 10 millions de dollars à Paris.\n'
open('u16le.txt', 'wb').write(t.encode('utf-16-le'))
open('u16be.txt', 'wb').write(t.encode('utf-16-be'))
import os
os.makedirs('utf8', exist_ok=True)
for n in ('u16le.txt', 'u16be.txt'):
    open('utf8/' + n, 'wb').write(t.encode())
PY
for e in le be; do
  E=$(echo $e | tr a-z A-Z)
  "$FREX" extract u16$e.txt >u16$e.tsv 2>u16$e.err
  eq "UTF-16$E without BOM: exit 0 (was 0 with no rows)" 0 $?
  eq "UTF-16$E without BOM: recognised from its NULs" \
    "frex: u16$e.txt: not UTF-8: decoded as UTF-16$E; offsets refer to the UTF-8 text" \
    "$(cat u16$e.err)"
  eq "UTF-16$E without BOM: entities" "DATE COMPANY AMOUNT" \
    "$(field 4 <u16$e.tsv | tr '\n' ' ' | sed 's/ $//')"
  check "UTF-16$E without BOM: offsets index the UTF-8 text" \
    offsets_ok u16$e.tsv utf8
done

# -------------------------------------------------------- binary files
printf 'Le 3 mars 2020, 10 millions de dollars.\n' >good.txt
python3 - <<'PY'
import gzip, random, struct, zlib
text = ('Le 3 mars 2020, Amazon a payé 10 millions de dollars. ' * 200).encode()
# an executable: ELF header, then a string table full of words and numbers
elf = b'\x7fELF\x02\x01\x01' + bytes(9) + struct.pack('<HHI', 2, 62, 1) + bytes(40)
open('prog', 'wb').write(elf + bytes(200) + text + bytes(100))
open('doc.pdf', 'wb').write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (Le 3 mars 2020) >>\n' + zlib.compress(text))
open('img.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + bytes(8) + b'IHDR' + text[:300])
open('arch.gz', 'wb').write(gzip.compress(text))
open('a.zip', 'wb').write(b'PK\x03\x04' + bytes(26) + text[:500])
# no magic number, but NULs and control bytes everywhere (a database page)
rnd = random.Random(3)
open('data.bin', 'wb').write(bytes(rnd.choice([0, 0, 1, 2, 3, 65, 66, 200]) for _ in range(5000)) + text)
PY
for f in prog doc.pdf img.png arch.gz a.zip data.bin; do
  "$FREX" extract good.txt $f >bin.tsv 2>bin.err
  eq "$f: exit 1 (was 0)" 1 $?
  eq "$f: skipped as grep does" "frex: $f: binary file, skipped" "$(cat bin.err)"
  hasnt "$f: no invented entities" bin.tsv "$f	"
  has "$f: the other input still read" bin.tsv "good.txt	16	38	AMOUNT"
done
if [ -f /bin/ls ]; then
  "$FREX" extract /bin/ls >ls.tsv 2>ls.err
  eq "/bin/ls: exit 1, skipped, no rows (was 43 entities, exit 0)" \
    "1 frex: /bin/ls: binary file, skipped 1" "$? $(cat ls.err) $(wc -l <ls.tsv)"
fi
mkdir tree
cp good.txt tree/a.txt
cp prog tree/b.bin
cp good.txt tree/c.txt
"$FREX" extract tree >tree.tsv 2>tree.err
eq "a binary file met in a directory: exit 1, one message" \
  "1 frex: tree/b.bin: binary file, skipped" "$? $(cat tree.err)"
eq "a binary file met in a directory: the others read" "tree/a.txt tree/c.txt" \
  "$(field 1 <tree.tsv | uniq | tr '\n' ' ' | sed 's/ $//')"
"$FREX" extract --encoding utf-8 prog >forced.tsv 2>forced.err
eq "--encoding forces a reading of a binary file (exit 1: bytes replaced)" 1 $?
has "--encoding utf-8 on a binary: its NULs reported" forced.err "NUL bytes (first at byte 7), replaced"
has "--encoding utf-8 on a binary: read" forced.tsv "prog	"

# text that looks a little like binary is still text
printf 'MZ est une ville. Le 3 mars 2020, 10 millions de dollars.\n' >mz.txt
printf '\033[1mGras\033[0m le 3 mars 2020 : 10 millions de dollars.\f\n' >ansi.txt
printf 'ID3 le 3 mars 2020, 10 millions de dollars.\n' >id3.txt
for f in mz.txt ansi.txt id3.txt; do
  "$FREX" extract $f >t.tsv 2>t.err
  eq "$f is text: exit 0, no message, rows" "0: 2" "$?:$(cat t.err) $(field 4 <t.tsv | wc -l)"
done

# ------------------------------------------- UTF-8 with a few stray bytes
# an ASCII head longer than the 64 KB that used to decide, one stray byte
# in it, and UTF-8 accents after: it stays UTF-8 (was transcoded whole as
# CP1252, every later é turning into Ã©, and exit 0)
python3 - <<'PY'
head = b'The report was filed on time. ' * 2200      # 66,000 ASCII bytes
body = 'Le 3 mars 2020, la société a payé 10 millions de dollars.\n'.encode()
open('stray.txt', 'wb').write(head[:1000] + b' \xff ' + head[1000:] + b'\n' + body)
# a French UTF-8 article with three stray bytes among its accents
art = ('Le café coûte 5 €. L\u2019été à Paris, déjà fini. ' * 20).encode()
open('stray2.txt', 'wb').write(art[:100] + b'\xe9' + art[100:400] + b'\x80\xff' + art[400:])
PY
"$FREX" extract stray.txt >stray.tsv 2>stray.err
eq "one stray byte: exit 1, reported, not transcoded" \
  "1 frex: stray.txt: 1 invalid bytes (first at byte 1001), replaced" \
  "$? $(cat stray.err)"
has "one stray byte: the date after it, at its file offset" stray.tsv \
  "stray.txt	66007	66018	DATE	3 mars 2020	2020-03-03	day"
"$FREX" tokenize -q stray.txt >stray.tok 2>/dev/null
has "one stray byte: the later UTF-8 text kept (société)" stray.tok "	société	"
has "one stray byte: the amount after it" stray.tsv "	AMOUNT	10 millions de dollars	10000000	USD"
check "one stray byte: offsets are the file's" offsets_ok stray.tsv
"$FREX" tokenize stray2.txt >stray2.tsv 2>stray2.err
eq "three stray bytes in accented UTF-8: stays UTF-8" \
  "1 frex: stray2.txt: 3 invalid bytes (first at byte 100), replaced" \
  "$? $(cat stray2.err)"
has "three stray bytes: accents intact" stray2.tsv "	été	"
# real CP1252 is still recognised, even from one accented word
printf 'Le caf\351 est servi.\n' >one1252.txt
"$FREX" tokenize one1252.txt >one.tsv 2>one.err
eq "CP1252 with one accented letter in a word: decoded" \
  "0 frex: one1252.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text" \
  "$? $(cat one.err)"
has "CP1252: café" one.tsv "	café	"

finish
