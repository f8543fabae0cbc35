#!/bin/sh
# DATE conformance (issues 4, 12): ../shared/conformance/recognizers_dates_fr.tsv
# with --prefer future (that suite resolves forward), exact value and grain
# on at least 95.5% of the rows (96.4% at issue 12); v and u rows are
# reported apart, and so are the rows whose value needs the reference date
# (a full value whose year is not in the sentence: "dimanche prochain",
# "le 15"), held to 93% (95.3% at issue 12) so that a resolver ignoring
# --dct fails (one that does scores 13/64 there).  Reproduce and list the
# failures with
#   python3 tests/conformance/score_conformance.py \
#     ../shared/conformance/recognizers_dates_fr.tsv --type DATE \
#     --prefer future --show-errors
#
# Rows we believe wrong (never run upstream, or not French), left failing
# rather than matched:
#   rtd-v0032  "dimanche prochain" said on Monday 2016-11-07 expects the
#       20th; SPEC makes "prochain" the first Sunday strictly after the
#       reference date: the 13th.
#   rtd-u0114-lo, rtd-u0348-lo  "du vendredi prochain au ..." has no
#       reference date, yet expects 2019-08-09: a relative date cannot be
#       resolved without one (the README drops such rows).
#   rtd-u0103  "16-nov." is 16 November in French, not November 2016.
#   rtd-u0133, rtd-u0303, rtd-u0304  "mercredi le 31", "dimanche 31",
#       "vendredi 31": the text fixes the day of the month, so XXXX-XX-31
#       is the value; XXXX-WXX-n drops what was written.
#   rtd-u0130 "Jour Mai", rtd-u0381 "Freedom Day", rtd-u0382 "Jubilee
#       Day", rtd-u0340 "cy18", rtd-u0342 "2019.0", rtd-u0119 "Pâques le
#       dimanche en 2018", rtd-u0135 "Pâques lundi en 2017": machine
#       translations or English conventions, not French dates.
#   rtd-u0247  "jour de l'indépendance" is 4 July only in the US.
#   rtd-u0383  "1865": SPEC counts bare years from 1900 to 2099.
#   rtd-v0070-hi  "septembre 8h" is a time of day, not 8 September.
#   rtd-v0151  "la journée" is no date.
# The weekday rows rtd-v0001, -v0023, -v0025, -v0047, -v0140 expect
# XXXX-WXX-n; frex resolves them against the reference date to a day of
# that weekday, which the suite's README counts as agreeing ("any Friday
# for XXXX-WXX-5") but a character-wise comparison does not.
# Environment: FREX, SHARED.
[ -d "${SHARED:-../shared}" ] || { echo "SKIP: needs ../shared"; exit 77; }
set -u
SHARED=${SHARED:-../shared}
[ -f "$SHARED/conformance/recognizers_dates_fr.tsv" ] || { echo "SKIP: needs ../shared"; exit 77; }
exec python3 tests/conformance/score_conformance.py \
  "$SHARED/conformance/recognizers_dates_fr.tsv" --type DATE \
  --prefer future --min 0.955 --min-resolved 0.93
