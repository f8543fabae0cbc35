# "-" with files: stdin in its place in the order
printf "Deux.\n" | "$FREX" tokenize good.txt - dir/b.txt
