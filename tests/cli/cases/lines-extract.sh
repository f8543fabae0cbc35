# --lines: each line is a document "id<TAB>text"; entities carry the id and
# offsets from the start of the text field (a line without a TAB is named
# by its line number)
printf 'a\tLe 3 mars 2020, 10 millions de dollars.\nAmazon paie 5 \342\202\254.\nc\tRien ici.\n' |
  "$FREX" extract --lines
