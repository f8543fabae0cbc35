# A DATE read inside an AMOUNT or inside a company's name is dropped
# ("2048 dollars"; "Le Journal du dimanche" is a title, no Sunday); a
# date outside them stays; with --types DATE no name is read, so the
# title's word is left to the DATE grammar
printf 'Le Journal du dimanche a vendu 2048 dollars de livres dimanche.\n' >o.txt
"$FREX" extract --no-header --dct 2026-01-07 o.txt
"$FREX" extract --no-header --dct 2026-01-07 --types DATE o.txt
