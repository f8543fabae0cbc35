# an output that is an input is refused before anything is written (exit 2)
"$FREX" run --tokens good.txt good.txt
cat good.txt
"$FREX" run --tokens o.tsv --entities o.tsv good.txt
ls o.tsv
