/*
 * classify.h — one classification pass over a document's bytes, shared by
 * the AMOUNT and DATE scanners (issue 15): for each 64-byte block (aligned
 * to the start of the text) one 64-bit mask per byte class, bit K for byte
 * 64 * block + K.  Both scanners read these masks instead of comparing the
 * bytes again.  Bits past the end of the text are 0.
 */
#ifndef FREX_CLASSIFY_H
#define FREX_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { /* the byte classes: index of a block's mask */
       FREX_CLS_DIGIT,  /* '0'..'9' */
       FREX_CLS_ALPHA,  /* ASCII letter, either case */
       FREX_CLS_HIGH,   /* >= 0x80 */
       FREX_CLS_CONT,   /* 0x80..0xBF, a UTF-8 continuation byte */
       FREX_CLS_C2,     /* 0xC2: lead of U+00A0, «, », £, ¥ */
       FREX_CLS_E2,     /* 0xE2: lead of ’, “, U+202F, €, – */
       FREX_CLS_DOLLAR, /* '$' */
       FREX_CLS_WSEP,   /* ' ', '\'', '\n', '(': a word may follow (AMOUNT) */
       FREX_CLS_N
};

/* The classes only AMOUNT reads: DATE alone needs no masks of them; and
 * the one only DATE reads. */
#define FREX_CLS_AMOUNT_ONLY ((1u << FREX_CLS_DOLLAR) | (1u << FREX_CLS_WSEP))
#define FREX_CLS_DATE_ONLY (1u << FREX_CLS_CONT)

typedef struct frex_classes {
  const char *text; /* the text the masks describe (for checks) */
  size_t len;
  unsigned have;    /* bit K: the masks of class K are filled */
  size_t nblocks;   /* (len + 63) / 64 */
  uint64_t *m;      /* nblocks * FREX_CLS_N masks, a block's together */
  size_t cap;       /* masks allocated */
} frex_classes;

#define FREX_CLASSES_INIT {NULL, 0, 0, 0, NULL, 0}

/* Classify TEXT[0..len): FREX_OK or FREX_E_NOMEM.  The memory is kept for
 * the next call. */
int frex_classes_build(frex_classes *c, const char *text, size_t len);
/* The same, for the scanners that will read them: without AMOUNT the
 * FREX_CLS_AMOUNT_ONLY masks are left unfilled (about a third of the pass),
 * without DATE the FREX_CLS_DATE_ONLY one; HAVE says which are filled. */
int frex_classes_build_for(frex_classes *c, const char *text, size_t len,
                           bool amount, bool date);
void frex_classes_free(frex_classes *c);

/* The mask of class K of block B. */
static inline uint64_t frex_cls(const frex_classes *c, size_t b, unsigned k) {
  return c->m[b * FREX_CLS_N + k];
}

#endif
