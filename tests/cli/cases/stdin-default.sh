# no operand reads stdin
printf "Bonjour Paris.\n" | "$FREX" tokenize
