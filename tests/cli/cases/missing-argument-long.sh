# a long option missing its argument (last on the line)
"$FREX" extract good.txt --types
