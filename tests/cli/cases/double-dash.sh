# -- ends the options: a file named -x.txt
"$FREX" tokenize --no-header -- -x.txt
