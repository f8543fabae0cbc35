# unknown short option
"$FREX" tokenize -x good.txt
