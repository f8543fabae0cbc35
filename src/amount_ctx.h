/*
 * amount_ctx.h — which country a bare currency name has in a document
 * (SPEC "AMOUNT": a bare "$" or "dollars" is USD unless the document says
 * otherwise; a currency named with its country sets the document's context
 * for later bare names of its family; "francs" alone in a text about the
 * years before 2002 is FRF).
 */
#ifndef FREX_AMOUNT_CTX_H
#define FREX_AMOUNT_CTX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "amount_cur.h"
#include "amount_scan.h"
#include "frex.h"

/* Key tables and filters: built once, shared read-only. */
typedef struct frex_amount_ctx frex_amount_ctx;

/* Fails (FREX_E_PATTERN, message in ERR) when a name or a country word
 * has no key, or a country's code is no named currency's. */
int frex_amount_ctx_new(frex_amount_ctx **out, char *err, size_t errlen);
void frex_amount_ctx_free(frex_amount_ctx *c);

#define FREX_CTX_MAX_COUNTRIES 128
#define FREX_CTX_MAX_NAMED 64

/* What one document says, read on first need (most documents never need
 * it).  Per call, on the stack: no allocation. */
typedef struct frex_amount_docctx {
  bool read;         /* the headline, the DCT and the named currencies */
  unsigned scanned;  /* the groups of country words counted (amount_ctx.c) */
  bool counted;      /* the one pass over the country words and years done */
  /* per group (bit 0: a year 1900..2001, bit 1: 2002..2099), the years that
   * pass saw where that group's count would have read them */
  unsigned char group_years[4];
  bool years;        /* the years read */
  bool old_years;    /* a year 1900..2001 is mentioned, or the DCT is one */
  bool modern_years; /* a year 2002..2099 is mentioned, or the DCT is one */
  int count[FREX_CTX_MAX_COUNTRIES];    /* mentions per country entry */
  size_t first[FREX_CTX_MAX_COUNTRIES]; /* offset of the first one */
  size_t first_line_end; /* end of the body's first line (the headline) */
  size_t named_to;       /* named currencies read up to here */
  size_t nnamed;         /* currencies named with their country, in order */
  /* the classification of the document's text (classify.h), or NULL */
  const struct frex_classes *cls;
  struct {
    size_t at;
    uint32_t entry; /* frex_amount_named index */
  } named[FREX_CTX_MAX_NAMED];
} frex_amount_docctx;

/* Is a currency named with its country at T[AT..) ("couronnes
 * norvégiennes", "francs CFA")?  Its frex_amount_named index, and its end
 * in *END; -1 if not. */
long frex_amount_ctx_named(const frex_amount_ctx *c, const char *t, size_t len,
                           size_t at, size_t *end);

/* Note the named currency ENTRY (frex_amount_ctx_named) at AT, found by
 * the grammar: CLDR's nouns are no prefilter anchors, so the context pass
 * would not find "kwanzas angolais". */
void frex_amount_ctx_note(frex_amount_docctx *d, size_t at, size_t entry);

/* The code of the last currency named with its country before AT whose
 * noun is NOUN (N bytes, either number: "kwanzas" after "kwanzas
 * angolais"), or NULL. */
const char *frex_amount_ctx_noun(const frex_amount_ctx *c,
                                 frex_amount_docctx *d, const frex_doc *doc,
                                 const frex_amount_scan *scan, const char *noun,
                                 size_t n, size_t at);

/* CODE, or for the pseudo-code "CFA" (a franc CFA without BCEAO or BEAC)
 * XAF or XOF by the document's countries. */
const char *frex_amount_ctx_code(const frex_amount_ctx *c,
                                 frex_amount_docctx *d, const frex_doc *doc,
                                 const char *code);

/* The ISO code of the bare currency entry CUR (FREX_CUR_CONTEXT) met at
 * offset AT of DOC, or NULL when the document gives none and CUR has no
 * default.  D starts zeroed; SCAN is the AMOUNT prefilter.  SIGN_AFTER:
 * the sign "$" written after the number, as Canadian French writes it
 * ("7,3 milliards $"). */
const char *frex_amount_ctx_resolve(const frex_amount_ctx *c,
                                    frex_amount_docctx *d, const frex_doc *doc,
                                    const frex_amount_scan *scan,
                                    const frex_amount_cur *cur, size_t at,
                                    bool sign_after);

/* A blank at U[K]: space, TAB, no-break space or narrow no-break space;
 * its length in *N.  Shared by the enumerations (amount.c) and the
 * context scan. */
static inline bool frex_amount_space_at(const unsigned char *u, size_t k,
                                        size_t len, size_t *n) {
  if (u[k] == ' ' || u[k] == '\t') {
    *n = 1;
    return true;
  }
  if (u[k] == 0xC2 && k + 1 < len && u[k + 1] == 0xA0) {
    *n = 2;
    return true;
  }
  if (u[k] == 0xE2 && k + 2 < len && u[k + 1] == 0x80 && u[k + 2] == 0xAF) {
    *n = 3;
    return true;
  }
  return false;
}

#endif
