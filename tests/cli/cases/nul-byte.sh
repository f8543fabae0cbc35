# a NUL byte is reported like an invalid byte, with exit 1
printf 'Le 3 mars 2020\000.\n' | "$FREX" extract
