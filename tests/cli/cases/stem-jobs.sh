# frex stem -j1 and -j2 write the same rows and the same malformed-row
# messages, in input order (the rows of m.tsv, the missing file's error,
# then dir's rows without a second header)
"$FREX" tokenize good.txt >t.tsv
"$FREX" tokenize dir >u.tsv
{ cat t.tsv; printf 'bad row\n'; sed 1d t.tsv; printf 'x\ty\n'; } >m.tsv
"$FREX" stem -j1 m.tsv missing.tsv u.tsv >one.out 2>one.err
echo "j1 rc=$?"
"$FREX" stem -j2 m.tsv missing.tsv u.tsv >two.out 2>two.err
echo "j2 rc=$?"
cmp one.out two.out && echo "same rows"
cmp one.err two.err && echo "same messages"
cat two.out
cat two.err >&2
