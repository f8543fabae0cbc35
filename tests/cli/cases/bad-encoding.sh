# --encoding not one frex knows
"$FREX" tokenize --encoding ebcdic good.txt
