# --types does not apply to frex stem
"$FREX" stem --types DATE
