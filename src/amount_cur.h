/*
 * amount_cur.h — the currency table of the AMOUNT extractor: how French
 * news writes each currency (word, symbol, ISO code, before or after the
 * number) and its ISO 4217 code.  Hand-written from CLDR's French names
 * (../shared/gazetteers/cldr-fr-currencies) plus the forms news uses
 * (M€, US$, "dollars US", "$ CA", FCFA...).
 */
#ifndef FREX_AMOUNT_CUR_H
#define FREX_AMOUNT_CUR_H

#include <stddef.h>

#include "buf.h"

enum {
  FREX_CUR_PRE = 1,    /* may come before the number: "$10", "EUR 1000" */
  FREX_CUR_POST = 2,   /* may come after it: "10 euros", "10 M€" */
  FREX_CUR_DOLLAR = 4, /* bare "$"/"dollars": USD, or CAD in a Canadian
                          document (SPEC "AMOUNT") */
  FREX_CUR_FRANC = 8,  /* bare "francs": CHF, XOF or FRF by context */
  FREX_CUR_WEAK = 16   /* bare "livres", "marks": also books, pounds of
                          weight; not money in a book or weight context */
};

typedef struct frex_amount_cur {
  const char *re;   /* PCRE2 fragment, caseless context, no captures */
  const char *code; /* ISO 4217 */
  unsigned flags;
} frex_amount_cur;

size_t frex_amount_cur_count(void);
const frex_amount_cur *frex_amount_cur_get(size_t i);

/* Append "(?:re0(*MARK:0)|re5(*MARK:5)|...)" for every entry with any of
 * FLAGS, in table order (specific forms before bare ones), so that
 * pcre2_get_mark() names the entry that matched. */
int frex_amount_cur_alternation(frex_buf *b, unsigned flags);

/* The currency words (lowercase, both numbers) that the prefilter looks
 * for at word starts: amounts written without digits ("cinq millions de
 * yens") have no other cheap anchor.  Sorted for bsearch. */
extern const char *const frex_amount_cur_words[];
extern const size_t frex_amount_cur_nwords;

#endif
