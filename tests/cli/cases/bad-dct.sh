# --dct not a date
"$FREX" extract --dct yesterday good.txt
