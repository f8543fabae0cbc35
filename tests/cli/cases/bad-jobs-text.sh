# -j not a number
"$FREX" extract -j lots good.txt
