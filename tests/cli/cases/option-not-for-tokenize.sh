# --dct applies to extract and run only
"$FREX" tokenize --dct 2021 good.txt
