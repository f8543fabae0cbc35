# --no-header drops the header line
"$FREX" tokenize --no-header good.txt
