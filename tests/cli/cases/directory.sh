# a directory: recursive, sorted, paths as found
"$FREX" tokenize --no-header dir
