# frex stem on something that is not token TSV
printf "not\ta token table\n" | "$FREX" stem
