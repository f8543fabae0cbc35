# --dct: relative dates resolve against the reference date (SPEC "Reference
# date (DCT)"; 2021-07-14 is a Wednesday); without one they stay
# underspecified.  A resolver or a CLI that ignores the DCT fails here.
printf 'Hier, la soci\303\251t\303\251 a annonc\303\251 le rachat. Jeudi, elle a pay\303\251. Le 3 mars, un accord. Mardi prochain, la suite.\n' >d.txt
"$FREX" extract --types DATE d.txt
"$FREX" extract --types DATE --dct 2021-07-14 d.txt
