# --types with an unknown type
"$FREX" extract --types AMOUNT,PERSON good.txt
