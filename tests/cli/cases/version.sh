# --version: one line naming frex, ICU and PCRE2 with their versions, exit 0
# (the version strings themselves are not pinned)
out=$("$FREX" --version); rc=$?
printf "%s\n" "$out" | sed -E 's/(frex|ICU|PCRE2) [0-9][0-9.]*( [0-9]{4}-[0-9]{2}-[0-9]{2})?/\1 V/g'
exit $rc
