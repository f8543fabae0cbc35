# frex stem fills the stem column of frex tokenize output
"$FREX" tokenize good.txt | "$FREX" stem
