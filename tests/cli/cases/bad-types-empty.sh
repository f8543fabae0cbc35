# --types with an empty list
"$FREX" extract --types "" good.txt
