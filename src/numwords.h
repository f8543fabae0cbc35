/*
 * numwords.h — French number words: the one table of them (cardinals
 * "un" ... "milliards" and ordinals "premier" ... "vingtième"), shared by
 * AMOUNT and DATE (issue 12), with what is built from it: the value of a
 * cardinal written in words ("vingt-cinq", "quatre-vingt-dix-sept", "deux
 * cent mille", "trois millions") or of one number word, and the regex
 * alternations of the grammars.  Pure functions, no state, thread-safe.
 */
#ifndef FREX_NUMWORDS_H
#define FREX_NUMWORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "wordre.h"

/* Kinds of number words (bits, so that a selection is a mask). */
enum {
  FREX_NW_ZERO = 1,       /* zéro */
  FREX_NW_UNIT = 2,       /* un, une, deux ... seize (1-16) */
  FREX_NW_TEN = 4,        /* vingt(s), trente ... nonante */
  FREX_NW_HUNDRED = 8,    /* cent(s) */
  FREX_NW_THOUSAND = 16,  /* mille */
  FREX_NW_BIG = 32,       /* million(s), milliard(s) */
  FREX_NW_ET = 64,        /* "et" in "vingt et un" */
  FREX_NW_ORD = 128,      /* premier, première, second(e), deuxième ... */
  FREX_NW_CARDINAL = 1 | 2 | 4 | 8 | 16 | 32
};

/* Parse TEXT[0..len) (UTF-8), which must be exactly one French cardinal in
 * words, into *VALUE.  Words are separated by hyphens or spaces (U+0020,
 * U+00A0, U+202F, tab, newline); "et" may join a ten and "un"/"onze"
 * ("vingt et un", "soixante-et-onze").  Case and accents are folded
 * (fold.h).  Accepts both the traditional and the 1990 spelling (hyphens
 * everywhere), "vingts"/"cents" plurals, Belgian/Swiss "septante",
 * "huitante"/"octante", "nonante", "zéro", and the scale words "mille",
 * "million(s)", "milliard(s)" (value up to 999 999 999 999).  Returns
 * FREX_OK, or FREX_E_ARG when TEXT is not a well-formed number ("deux
 * trois", "cent cent", "vingt dix", ""). */
int frex_numwords_parse(const char *text, size_t len, uint64_t *value);

/* Is the word S[0..n) (case and accents folded) a number word of one of
 * the KINDS?  Its value (1 for "premier", 2 for "seconde", 6 for
 * "million": the power of ten of a scale) goes to *VALUE when not NULL. */
bool frex_numwords_word(const char *s, size_t n, unsigned kinds, int *value);

/* Append to B the alternation (frex_wordre_alt) of the number words of
 * KINDS whose value is within [MINV, MAXV] (scale words have their power of
 * ten as value). */
int frex_numwords_alt(frex_buf *b, unsigned kinds, int minv, int maxv);

/* The I-th word of the table (I < frex_numwords_count()), with its kind
 * and value. */
size_t frex_numwords_count(void);
const char *frex_numwords_at(size_t i, unsigned *kind, int *value);

/* Placeholders of the number-word grammar (see wordre.h), expanded by
 * frex_numwords_gen: */
#define FREX_NUMWORDS_RE_WORD FREX_PH("nw")     /* any cardinal word below
                                                   a million, zéro included */
#define FREX_NUMWORDS_RE_WORD99 FREX_PH("nw99") /* un ... nonante */
/* A lookahead of the characters a word of FREX_NUMWORDS_RE_WORD may
 * start with in a caseless pattern (c d h m n o q s t u v z, and U+0140..
 * U+017F for the long s, ſ, which matches a caseless 's'): put before it,
 * it lets the AMOUNT grammar give up at once before a word that is no
 * number, instead of trying the table's thirty words one by one.
 * test_amount checks it against PCRE2's start bitmap of the expansion. */
#define FREX_NUMWORDS_RE_FIRST                                                 \
  "(?=(?-i:[cdhmnoqstuvzCDHMNOQSTUVZ\\x{140}-\\x{17F}]))"
/* between two words of a cardinal: a hyphen, one or two spaces, or "et"
 * between a ten and un/onze ("vingt et un", "soixante-et-onze") */
#define FREX_NUMWORDS_RE_JOIN FREX_PH("nwjoin")

/* frex_wordre_gen for the placeholders above (CTX unused). */
int frex_numwords_gen(const char *name, size_t len, frex_buf *b, void *ctx);

#endif
