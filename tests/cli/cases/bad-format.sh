# --format neither tsv nor jsonl
"$FREX" tokenize --format csv good.txt
