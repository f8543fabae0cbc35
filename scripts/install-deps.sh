#!/bin/sh
# Install frex's Debian build dependencies when they are missing.
# No-op when pkg-config finds ICU and PCRE2, libstemmer's header exists and
# the dictionary's word lists are there, so `make run` / `make test` can
# call it every time.
set -eu
need=""
pkg-config --exists icu-uc icu-i18n 2>/dev/null || need="$need libicu-dev"
pkg-config --exists libpcre2-8 2>/dev/null || need="$need libpcre2-dev"
[ -f /usr/include/libstemmer.h ] || need="$need libstemmer-dev"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v python3 >/dev/null 2>&1 || need="$need python3"
# the word lists scripts/build_dict.py reads for its ambiguity rules (make
# dict, and the generation check of tests/dict/test_dict_format.sh)
[ -f /usr/share/hunspell/fr.dic ] || need="$need hunspell-fr"
[ -f /usr/share/dict/french ] || need="$need wfrench"
[ -f /usr/share/dict/american-english ] || need="$need wamerican"
[ -f /usr/share/iso-codes/json/iso_3166-2.json ] || need="$need iso-codes"
[ -f /usr/share/zoneinfo/zone1970.tab ] || need="$need tzdata"
# optional extras for tests/CI: GNU parallel for the scale-out recipe
if [ "${FREX_WITH_TEST_DEPS:-0}" = 1 ]; then
  command -v parallel >/dev/null 2>&1 || need="$need parallel"
fi
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "frex: missing build dependencies:$need (run: sudo apt-get install$need)" >&2
  exit 1
fi
echo "installing:$need" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $need >&2
