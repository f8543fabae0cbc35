# a long option with a typo: usage error, exit 2, the nearest option named
# (s37: it was only "unrecognized or incomplete option")
"$FREX" extract --typs DATE good.txt
