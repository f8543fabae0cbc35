# "-" is stdin, named "-" in the doc column
printf "Bonjour Paris.\n" | "$FREX" tokenize -
