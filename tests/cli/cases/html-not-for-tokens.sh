# --format html is a page of entities: refused for tokenize and run
"$FREX" tokenize --format html good.txt
echo "rc=$?"
"$FREX" run --format html good.txt
