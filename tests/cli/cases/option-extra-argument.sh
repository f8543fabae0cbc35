# an option that takes no argument given one
"$FREX" tokenize --no-header=yes good.txt
