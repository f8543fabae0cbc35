# only a missing file: header, message, exit 1
"$FREX" extract nope.txt
