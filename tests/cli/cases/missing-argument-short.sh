# -j missing its argument (last on the line)
"$FREX" extract good.txt -j
