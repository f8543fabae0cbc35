# -j negative
"$FREX" tokenize -j -2 good.txt
