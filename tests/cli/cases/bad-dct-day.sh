# --dct with a day that does not exist
"$FREX" extract --dct 2021-02-30 good.txt
