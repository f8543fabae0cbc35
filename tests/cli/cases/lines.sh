# --lines: id TAB text; a line without a TAB is named by its line number
printf "a\tBonjour.\nsans tab\n" | "$FREX" tokenize --lines
