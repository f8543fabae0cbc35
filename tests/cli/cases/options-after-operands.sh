# options may follow operands (GNU getopt order)
"$FREX" tokenize good.txt --no-header
