# stdout not writable: exit 2 with a message
"$FREX" tokenize good.txt >/dev/full
