# --types: only the rows of the types asked for (here 2 of the 4 found)
printf 'Le 3 mars 2020, Amazon a pay\303\251 10 millions de dollars au Pentagone.\n' >t.txt
"$FREX" extract t.txt
"$FREX" extract --types amount,AGENCY --no-header t.txt
