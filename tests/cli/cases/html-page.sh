# --format html: one page of every document, in input order, whatever -j
"$FREX" extract -j1 --format html good.txt dir >j1.html
echo "rc=$?"
"$FREX" extract -j3 --format html good.txt dir | cmp - j1.html && echo "same page with -j3"
grep -c '^<section id="d[123]" data-doc=' j1.html
grep -o '<li><a href="#d[0-9]*">[^<]*</a>' j1.html
grep -o '<mark data-start="3" [^>]*>[^<]*</mark>' j1.html
tail -n 2 j1.html
