# --help: usage on stdout, exit 0 (SPEC "Command line"; STYLE "CLI manners")
"$FREX" --help
