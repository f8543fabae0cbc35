# --dct with month 13
"$FREX" extract --dct 2021-13 good.txt
