#!/bin/sh
# The CLI is a client of the public API (STYLE "Layout", issue 14): main.c
# and cli_*.c include frex.h (through cli.h) and the CLI's own headers,
# never a private header of the library (input.h, tsv.h, buf.h...).  If the
# CLI needs one, frex.h is missing something.
set -u
status=0
for f in src/main.c src/cli*.c src/cli*.h; do
  grep -o '#include "[^"]*"' "$f" | sed 's/#include "\(.*\)"/\1/' |
    while read -r h; do
      case $h in
      frex.h | cli.h | cli_*.h) ;;
      *) echo "not ok - $f includes the private header $h"; exit 1 ;;
      esac
    done || status=1
done
[ $status = 0 ] && echo "ok - the CLI includes frex.h and its own headers only"
exit $status
