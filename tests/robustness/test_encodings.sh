#!/bin/sh
# Input boundary (SPEC "Robustness", src/input.h): UTF-8 with BOM, UTF-16
# LE/BE with BOM, CP1252/Latin-1 detected and forced, invalid UTF-8, NUL
# bytes, CRLF, empty files — messages, exit statuses, tokens, offsets, and
# the other inputs' rows still present.
. tests/robustness/lib.sh
cd "$T" || exit 2

py() { python3 -c "$@"; }
py "open('bom.txt','wb').write(b'\xef\xbb\xbf' + 'Le 21 juillet 2021, Amazon a payé 10 millions de dollars.\n'.encode())"
py "
t = '\ufeffLe café coûte 10 € à Paris, le 3 mars 2020.\n'
open('u16le.txt','wb').write(t.encode('utf-16-le'))
open('u16be.txt','wb').write(t.encode('utf-16-be'))
# the same text as frex sees it (offsets refer to the UTF-8 text it made)
import os; os.makedirs('utf8', exist_ok=True)
for n in ('u16le.txt', 'u16be.txt'): open('utf8/' + n, 'wb').write(t.encode())
open('u16odd.txt','wb').write('\ufeffun deux'.encode('utf-16-le') + b'A')
open('u16sur.txt','wb').write(b'\xff\xfe' + b'\x00\xd8a\x00' + ' trois'.encode('utf-16-le'))
"
printf 'caf\351 \340 10 \200\n' >cp.txt                    # café à 10 € in CP1252
printf 'Le journal de l\222ann\351e 1998 co\373te 3 \200.\n' >cp2.txt
printf 'd\303\251j\303\240 vu\n' >utf8word.txt              # déjà in UTF-8
printf 'Un pas de 10 \200 ici.\n' >euro.txt                 # 0x80: € in CP1252 only
# damaged UTF-8: mostly well-formed accents, two stray bytes
printf 'Le caf\303\251 co\303\273te 5 \342\202\254 \377 ici. L\303\251t\303\251 \303\240 Paris, d\303\251j\303\240 \351 fini.\n' >bad.txt
printf 'Le\000 caf\303\251 de\000\000 Paris.\n' >nul.txt
printf 'Premi\303\250re phrase.\r\nDeuxi\303\250me phrase.\r\n\r\nFin\r\n' >crlf.txt
: >empty.txt
printf 'Bonjour Paris.\n' >good1.txt
printf 'Au revoir Lyon.\n' >good2.txt

# ---------------------------------------------------------------- UTF-8 BOM
"$FREX" tokenize bom.txt >bom.tsv 2>bom.err
eq "BOM: exit 0" 0 $?
check "BOM: no message" test ! -s bom.err
eq "BOM: first token starts after the 3 BOM bytes" "3 5 Le" \
  "$(sed -n 2p bom.tsv | cut -f 3,4,6 | tr '\t' ' ')"
check "BOM: token offsets are file offsets" offsets_ok bom.tsv
"$FREX" extract bom.txt >bom.ents 2>/dev/null
eq "BOM: extract exit 0" 0 $?
eq "BOM: the date, the company and the amount" "DATE COMPANY AMOUNT" \
  "$(field 4 <bom.ents | tr '\n' ' ' | sed 's/ $//')"
check "BOM: entity offsets are file offsets" offsets_ok bom.ents

# ---------------------------------------------------------------- UTF-16
for e in le be; do
  E=$(echo "$e" | tr a-z A-Z)
  "$FREX" tokenize "u16$e.txt" >"u16$e.tsv" 2>"u16$e.err"
  eq "UTF-16$E: exit 0" 0 $?
  eq "UTF-16$E: one warning naming the encoding" \
    "frex: u16$e.txt: not UTF-8: decoded as UTF-16$E; offsets refer to the UTF-8 text" \
    "$(cat "u16$e.err")"
  eq "UTF-16$E: tokens transcoded" "Le café coûte 10 € à Paris , le 3 mars 2020 ." \
    "$(field 6 <"u16$e.tsv" | tr '\n' ' ' | sed 's/ $//')"
  check "UTF-16$E: offsets index the UTF-8 text" offsets_ok "u16$e.tsv" utf8
  "$FREX" tokenize -q "u16$e.txt" >/dev/null 2>"u16$e.q"
  check "UTF-16$E: -q silences the warning" test ! -s "u16$e.q"
done
"$FREX" tokenize u16odd.txt >u16odd.tsv 2>u16odd.err
eq "UTF-16 odd last byte: exit 1" 1 $?
eq "UTF-16 odd last byte: reported with its file offset" \
  "frex: u16odd.txt: 1 invalid bytes (first at byte 16), replaced" \
  "$(grep -v 'not UTF-8' u16odd.err)"
eq "UTF-16 odd last byte: words before it kept" "un deux" \
  "$(grep WORD u16odd.tsv | cut -f 6 | tr '\n' ' ' | sed 's/ $//')"
"$FREX" tokenize u16sur.txt >u16sur.tsv 2>u16sur.err
eq "UTF-16 unpaired surrogate: exit 1" 1 $?
eq "UTF-16 unpaired surrogate: reported" \
  "frex: u16sur.txt: 2 invalid bytes (first at byte 2), replaced" \
  "$(grep -v 'not UTF-8' u16sur.err)"
has "UTF-16 unpaired surrogate: later words kept" u16sur.tsv "	trois	"

# ---------------------------------------------------------------- CP1252
"$FREX" tokenize cp.txt >cp.tsv 2>cp.err
eq "CP1252 detected: exit 0" 0 $?
eq "CP1252 detected: warning" \
  "frex: cp.txt: not UTF-8: decoded as windows-1252; offsets refer to the UTF-8 text" \
  "$(cat cp.err)"
eq "CP1252 detected: café à 10 € tokens" "café à 10 €" \
  "$(field 6 <cp.tsv | tr '\n' ' ' | sed 's/ $//')"
eq "CP1252 detected: token classes" "WORD WORD NUM SYM" \
  "$(field 5 <cp.tsv | tr '\n' ' ' | sed 's/ $//')"
"$FREX" tokenize -q cp2.txt >cp2.tsv
eq "CP1252 detected: ’ (0x92) and û" "Le journal de l’ année 1998 coûte 3 € ." \
  "$(field 6 <cp2.tsv | tr '\n' ' ' | sed 's/ $//')"
"$FREX" tokenize --encoding cp1252 utf8word.txt >forced.tsv 2>forced.err
eq "--encoding cp1252: exit 0" 0 $?
# forced: no detection, done as asked; but valid UTF-8 with accents read
# as CP1252 is said once (tests/robustness/test_adversarial2.sh)
eq "--encoding cp1252: forced, so no detection; valid UTF-8 said once" \
  'frex: utf8word.txt: valid UTF-8 (2 multi-byte characters in its first 10 bytes), decoded as windows-1252 as asked: "é" reads as "Ã©"' \
  "$(cat forced.err)"
has "--encoding cp1252: UTF-8 bytes read as CP1252 (Ã)" forced.tsv "	dÃ"
"$FREX" tokenize --encoding utf-8 utf8word.txt >u8.tsv
has "--encoding utf-8: déjà" u8.tsv "	déjà	"
"$FREX" tokenize -q --encoding cp1252 euro.txt >euro1252.tsv
"$FREX" tokenize -q --encoding latin1 euro.txt >eurolatin1.tsv
has "--encoding cp1252: 0x80 is €" euro1252.tsv "	€	"
hasnt "--encoding latin1: 0x80 is not €" eurolatin1.tsv "€"
"$FREX" tokenize --encoding utf-8 cp.txt >/dev/null 2>cpu8.err
eq "--encoding utf-8 on CP1252 bytes: exit 1" 1 $?
eq "--encoding utf-8 on CP1252 bytes: invalid bytes reported" \
  "frex: cp.txt: 3 invalid bytes (first at byte 3), replaced" "$(cat cpu8.err)"

# ---------------------------------------------------------------- invalid UTF-8
"$FREX" tokenize good1.txt bad.txt good2.txt >bad.tsv 2>bad.err
eq "invalid UTF-8: exit 1" 1 $?
eq "invalid UTF-8: message with count and first offset" \
  "frex: bad.txt: 2 invalid bytes (first at byte 22), replaced" "$(cat bad.err)"
eq "invalid UTF-8: rows of the other files present" "good1.txt bad.txt good2.txt" \
  "$(field 1 <bad.tsv | uniq | tr '\n' ' ' | sed 's/ $//')"
has "invalid UTF-8: words after the bad byte kept" bad.tsv "	Paris	"
check "invalid UTF-8: offsets still file offsets" offsets_ok bad.tsv
"$FREX" extract good1.txt bad.txt good2.txt >bad.ents 2>bad.eerr
eq "invalid UTF-8: extract exit 1" 1 $?
eq "invalid UTF-8: extract says it once" 1 "$(grep -c 'invalid bytes' bad.eerr)"
"$FREX" tokenize -q bad.txt >/dev/null 2>badq.err
eq "invalid UTF-8: -q keeps the exit status and the message (an error)" \
  "1 frex: bad.txt: 2 invalid bytes (first at byte 22), replaced" "$? $(cat badq.err)"
"$FREX" tokenize -q cp.txt >/dev/null 2>q.err
eq "-q hides the encoding warning (exit 0)" "0:" "$?:$(cat q.err)"
"$FREX" tokenize -q nul.txt >/dev/null 2>q.err
eq "-q keeps the NUL error and exit 1 (NUL is reported like an invalid byte)" \
  "1 frex: nul.txt: 3 NUL bytes (first at byte 2), replaced" "$? $(cat q.err)"

# ---------------------------------------------------------------- NUL, CRLF
"$FREX" tokenize nul.txt >nul.tsv 2>nul.err
eq "NUL: exit 1 (SPEC: NUL bytes are reported like any invalid byte)" 1 $?
eq "NUL: reported with the first offset" \
  "frex: nul.txt: 3 NUL bytes (first at byte 2), replaced" "$(cat nul.err)"
eq "NUL: tokens around the NULs" "Le café de Paris ." \
  "$(field 6 <nul.tsv | tr '\n' ' ' | sed 's/ $//')"
check "NUL: offsets" offsets_ok nul.tsv
"$FREX" tokenize crlf.txt >crlf.tsv 2>crlf.err
eq "CRLF: exit 0, no message" "0:" "$?:$(cat crlf.err)"
hasnt "CRLF: no CR in any token" crlf.tsv '\r'
eq "CRLF: three sentences" "1 1 1 2 2 2 3" \
  "$(field 2 <crlf.tsv | tr '\n' ' ' | sed 's/ $//')"
check "CRLF: offsets" offsets_ok crlf.tsv

# ---------------------------------------------------------------- empty
for cmd in tokenize extract; do
  "$FREX" $cmd empty.txt >empty.$cmd 2>empty.err
  eq "empty file ($cmd): exit 0, no message" "0:" "$?:$(cat empty.err)"
  eq "empty file ($cmd): header only" 1 "$(wc -l <empty.$cmd)"
done
"$FREX" tokenize good1.txt empty.txt good2.txt >e3.tsv
eq "empty file among others: their rows" "good1.txt good2.txt" \
  "$(field 1 <e3.tsv | uniq | tr '\n' ' ' | sed 's/ $//')"
: | "$FREX" tokenize >stdin.tsv 2>stdin.err
eq "empty stdin: exit 0, header only" "0 1" "$? $(wc -l <stdin.tsv)"

finish
