# --dict: entries of an extra dictionary are matched, with their canonical
# name and id; without the file the name is not found
printf 'Zorglub a sign\303\251 avec Amazon.\n' >z.txt
printf '# extra entries\nZorglub Industries\tCOMPANY\tZorglub\tQ4242\n' >extra.tsv
"$FREX" extract z.txt
"$FREX" extract --dict extra.tsv --no-header z.txt
