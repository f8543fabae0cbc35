# unknown subcommand: usage error, exit 2, nothing on stdout
"$FREX" extrakt good.txt
