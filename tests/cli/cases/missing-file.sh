# a missing file among good ones: message, exit 1, the others written
"$FREX" tokenize good.txt nope.txt dir/sub/a.txt
