# a binary file is skipped as grep does (exit 1); the other inputs are read
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000Le 3 mars 2020.\n' >prog
"$FREX" extract prog dir/b.txt
