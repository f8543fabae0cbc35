# --tokens belongs to frex run
"$FREX" extract --tokens t.tsv good.txt
