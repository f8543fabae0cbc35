/*
 * amount_dec.h — exact decimal numbers for AMOUNT values.  A value is an
 * integer of up to FREX_DEC_DIGITS decimal digits times a power of ten, so
 * "1,2 milliard" is 12e8 exactly (no binary floating point, no rounding).
 */
#ifndef FREX_AMOUNT_DEC_H
#define FREX_AMOUNT_DEC_H

#include <stddef.h>
#include <stdint.h>

#define FREX_DEC_DIGITS 60

typedef struct frex_dec {
  unsigned char d[FREX_DEC_DIGITS]; /* digit values, most significant first */
  int n;                            /* number of digits; 0 means zero */
  int exp;                          /* value = d * 10^exp */
} frex_dec;

/* Parse a number written with digits: grouping by space, U+00A0, U+202F
 * or '.', decimal ',' (French), or English "1,000,000.5".  A lone '.'
 * followed by exactly three digits groups ("94.000"); other lone '.' or
 * ',' are decimal points ("4.5", "12,345"), except a final ",000", which
 * groups ("8,000 francs" in old or English-style text).  Returns 0, or -1 when
 * S holds no digit or too many. */
int frex_dec_parse(const char *s, size_t len, frex_dec *out);
void frex_dec_from_u64(uint64_t v, frex_dec *out);
/* Multiply by 10^K (K may be negative). */
void frex_dec_shift(frex_dec *x, int k);
/* *OUT = A + B; -1 on overflow of FREX_DEC_DIGITS. */
int frex_dec_add(const frex_dec *a, const frex_dec *b, frex_dec *out);
/* -1, 0, 1 as A <, =, > B. */
int frex_dec_cmp(const frex_dec *a, const frex_dec *b);
/* True if X has a non-zero fractional part. */
int frex_dec_has_fraction(const frex_dec *x);
/* Plain decimal: no grouping, '.' decimal point, no trailing zeros after
 * it, no exponent ("10000000000", "4.5", "0.05").  Needs at most
 * FREX_DEC_DIGITS + 80 bytes; returns -1 if CAP is too small. */
int frex_dec_format(const frex_dec *x, char *buf, size_t cap);

#endif
