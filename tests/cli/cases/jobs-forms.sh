# -j2, -j 2, --jobs=2 and --jobs 2 are the same option
"$FREX" tokenize -j2 --no-header good.txt &&
"$FREX" tokenize -j 2 --no-header good.txt &&
"$FREX" tokenize --jobs=2 --no-header good.txt &&
"$FREX" tokenize --jobs 2 --no-header good.txt
