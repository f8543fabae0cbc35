# frex stem -j2 on more than five malformed rows: five messages and the
# summary, the rows before the fifth (not the one after it), then the
# next input, whose header is the first met (as with -j1)
"$FREX" tokenize good.txt >t.tsv
printf 'a\n' >bad.tsv
for i in 1 2 3 4 5; do sed -n 2p t.tsv >>bad.tsv; printf 'b\tc\n' >>bad.tsv; done
"$FREX" stem -j2 bad.tsv - <t.tsv
