/*
 * numwords.h — French cardinal numbers written in words ("un", "vingt-cinq",
 * "quatre-vingt-dix-sept", "deux cent mille", "trois millions") to integers.
 * Used by the AMOUNT extractor; usable by any stage (DATE: "deux mille
 * vingt et un").  Pure functions, no state, thread-safe.
 */
#ifndef FREX_NUMWORDS_H
#define FREX_NUMWORDS_H

#include <stddef.h>
#include <stdint.h>

/* Parse TEXT[0..len) (UTF-8), which must be exactly one French cardinal in
 * words, into *VALUE.  Words are separated by hyphens or spaces (U+0020,
 * U+00A0, U+202F, tab, newline); "et" may join a ten and "un"/"onze"
 * ("vingt et un", "soixante-et-onze").  Case-insensitive.  Accepts both the
 * traditional and the 1990 spelling (hyphens everywhere), "vingts"/"cents"
 * plurals, Belgian/Swiss "septante", "huitante"/"octante", "nonante",
 * "zéro", and the scale words "mille", "million(s)", "milliard(s)" (value
 * up to 999 999 999 999).  Returns FREX_OK, or FREX_E_ARG when TEXT is not
 * a well-formed number ("deux trois", "cent cent", "vingt dix", ""). */
int frex_numwords_parse(const char *text, size_t len, uint64_t *value);

#endif
