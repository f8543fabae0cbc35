# unknown long option: one line + Try, exit 2, nothing on stdout
"$FREX" extract --bogus good.txt
