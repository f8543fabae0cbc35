# --prefer future: a weekday or a date without a year resolves forward, to
# the nearest one not before the DCT (Thursday 15 July, 3 March 2022);
# past is the default (8 July, 3 March 2021).  "hier" and "mardi prochain"
# do not depend on it.  The clauses are neutral: a past tense ("elle a payé")
# keeps a weekday backward even under --prefer future (SPEC "Future context").
printf 'Hier, la soci\303\251t\303\251 a annonc\303\251 le rachat. Jeudi, une r\303\251union. Le 3 mars, un accord. Mardi prochain, la suite.\n' >d.txt
"$FREX" extract --types DATE --dct 2021-07-14 --prefer future d.txt
"$FREX" extract --types DATE --dct 2021-07-14 --prefer past --no-header d.txt
