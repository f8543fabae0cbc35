# --types with an empty name after its last comma: refused as ",DATE" is
# (s37: "DATE," was taken silently)
"$FREX" extract --types DATE, good.txt
