/*
 * amount_impl.h — private to the AMOUNT extractor (amount.c, the grammar
 * and the main pass; amount_cont.c, the continuation pass): the compiled
 * state shared by all threads (struct frex_amount), the per-call state,
 * and the number reading both passes use.
 */
#ifndef FREX_AMOUNT_IMPL_H
#define FREX_AMOUNT_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include "lazyre.h"

#include "amount.h"
#include "amount_ctx.h"
#include "amount_dec.h"
#include "amount_scan.h"
#include "numwords.h"

/* The named groups of the main grammar (amount.c's build_pattern). */
enum {
  G_BLO,
  G_BLOSC,
  G_BNUM,
  G_BSC,
  G_BHALF,
  G_BREST,
  G_BRESTSC,
  G_BSUB,
  G_BCUR,
  G_BCENTS,
  G_CT,
  G_CT2,
  G_CT3,
  G_CT4,
  G_ACUR,
  G_ALO,
  G_ALOSC,
  G_ANUM,
  G_ASC,
  G_BSEP,
  G_ASEP,
  G_BSIGN,
  G_ASIGN,
  NGROUPS
};

/* A set of words (static strings), open addressing: the words that may
 * follow digits (word_may_follow_number), one look-up where three binary
 * searches cost ~600 instructions per number followed by a word. */
typedef struct wordset {
  const char **v;
  size_t cap; /* a power of two */
} wordset;

struct frex_amount {
  pcre2_code *re; /* the interpreter's code of LRE, for its metadata */
  frex_lazyre lre, lcont; /* RE and CONT, JIT-compiled once worth it */
  wordset follow; /* after_number, the anchors and CLDR's nouns */
  pcre2_code *cont; /* CONT, anchored */
  int cgroup[7];    /* csign clo closc csep cnum csc chalf */
  int group[NGROUPS];
  frex_amount_ctx *ctx; /* the country of bare names (amount_ctx.c) */
  frex_amount_scan scan;
};

/* Longest match of the grammar in bytes, with a margin (its quantifiers
 * are all bounded). */
#define MAXLEN 640

static inline size_t char_start(const char *t, size_t i) {
  while (((unsigned char)t[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* Per-call state: one document, one match data. */
typedef struct run {
  const frex_amount *a;
  const frex_doc *doc;
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  frex_entities *out;
  frex_amount_docctx ctx; /* what the document says, read on first need */
  bool from_source; /* the chain's amount names who gives it ("de la
                       Région"): its items may too ("15 millions de Metz
                       Métropole") */
} run;

typedef struct span {
  size_t s, e;
} span;

static inline int has(span sp) { return sp.e > sp.s; }

/* A bound: number and the exponent its scale (and sub-unit) add. */
typedef struct bound {
  frex_dec num;
  int exp, has_exp;
  span sp;
} bound;

/* Is T[I] an ASCII digit? */
static inline bool digit_at(const char *t, size_t i) {
  return t[i] >= '0' && t[i] <= '9';
}

/* Is T[P] right after a letter or a digit (inside a word or number)? */
static inline bool may_follow_word(const char *t, size_t p) {
  unsigned char q = (unsigned char)t[p - 1];
  return (q >= '0' && q <= '9') || ((q | 0x20) >= 'a' && (q | 0x20) <= 'z') ||
         (q >= 0x80 && q != 0xA0 && q != 0xAF); /* é...; not U+00A0, U+202F */
}

/* Does the word S[0..n) start a NUM of the grammar: a number word below a
 * million (numwords.c's table, as NW) or the "demi" of NUM_HALF? */
static inline int starts_num(const char *s, size_t n) {
  return frex_numwords_word(s, n, FREX_NW_CARDINAL & ~FREX_NW_BIG, NULL) ||
         (n >= 4 && n <= 5 && !strncasecmp(s, "demie", n));
}

/* Is T[J..J+N) one of LIST's COUNT words (any case)? */
static inline int word_in(const char *t, size_t j, size_t n,
                          const char *const *list, size_t count) {
  for (size_t k = 0; k < count; k++)
    if (strlen(list[k]) == n && !strncasecmp(t + j, list[k], n))
      return 1;
  return 0;
}

/* A pattern compiled as the grammar is (UTF, UCP, caseless, JIT), with
 * EXTRA options; NULL on error, with a message in ERR. */
pcre2_code *frex_amount_compile(const char *pat, uint32_t extra, char *err,
                                size_t errlen);

/* Read a bound of an amount: the number NUM and its scale SC (empty:
 * none); PREFIX_CUR: a currency before it ("$10 billion": short scale).
 * 0, or -1 when NUM does not parse. */
int frex_amount_read_bound(const run *r, span num, span sc, int prefix_cur,
                           bound *b);
/* Lower bound of a range or list item LO given the upper bound HI and its
 * value HIVAL; -1 to drop it.  LIST: 0 a range (the scale steps down while
 * LO would exceed HI), 1 a pair "X et Y" (steps down only from over a
 * hundred times HI), 2 an item of a comma list (no stepping down). */
int frex_amount_finish_lo(const run *r, bound *lo, const bound *hi,
                          const frex_dec *hival, int list);
/* Is the separator SEP between the bound starting at LO_START and HI_NUM
 * a range (1), a list or sequence (2), or neither (0)?  HI_SCALED: the
 * upper bound has a scale. */
int frex_amount_range_sep_ok(const run *r, span sep, size_t lo_start,
                             span hi_num, bool hi_scaled);
/* Emit one AMOUNT row SP with value V and CODE; NEG: a minus sign. */
int frex_amount_emit(run *r, span sp, const frex_dec *v, const char *code,
                     bool neg);

/* amount_cont.c: 0 when its word lists are sorted, else FREX_E_PATTERN
 * with a message in ERR. */
int frex_amount_cont_check(char *err, size_t errlen);
/* The continuation pass over rows FIRST..LAST of R->out (amount_cont.c). */
int frex_amount_continue(run *r, size_t first, size_t last);

#endif
