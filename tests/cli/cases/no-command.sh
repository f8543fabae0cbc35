# no subcommand: usage error, one line + Try, exit 2
"$FREX"
