# -j 0
"$FREX" extract -j 0 good.txt
