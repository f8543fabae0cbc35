# empty stdin: the header only, exit 0
: | "$FREX" extract
