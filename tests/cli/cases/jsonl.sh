# --format jsonl: one object per row, no header
"$FREX" tokenize --format jsonl good.txt
