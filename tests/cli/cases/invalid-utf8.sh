# invalid UTF-8: replaced, reported with count and first offset, exit 1
"$FREX" tokenize bad.txt good.txt
