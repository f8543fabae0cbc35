# -h after a subcommand: the same help, exit 0
"$FREX" extract -h
