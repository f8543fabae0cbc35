# "frex help" is --help too
"$FREX" help
