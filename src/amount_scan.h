/*
 * amount_scan.h — the AMOUNT prefilter.  Every amount of money contains a
 * digit, a currency symbol or a currency word, so the extractor only runs
 * its regex in a window around those "anchors".  Finding them is a byte
 * scan (SSE2 where available) that keeps the stage above 1 GB/s on text
 * without amounts.
 */
#ifndef FREX_AMOUNT_SCAN_H
#define FREX_AMOUNT_SCAN_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
  FREX_ANCHOR_DIGIT,  /* an ASCII digit */
  FREX_ANCHOR_SYMBOL, /* $, £, ¥, or U+20A0..U+20BF (€, ₹, ₽ ...) */
  FREX_ANCHOR_WORD    /* a word of frex_amount_cur_words */
} frex_anchor_kind;

/* Read-only after frex_amount_scan_init; shared by threads. */
typedef struct frex_amount_scan {
  uint64_t filter[1024]; /* 65536-bit set of hashed first 4 bytes */
} frex_amount_scan;

void frex_amount_scan_init(frex_amount_scan *s);

/* Offset of the first anchor in TEXT[pos..len), or LEN if there is none;
 * *END receives the end of the anchor (digit run, symbol or word) and
 * *KIND its kind. */
size_t frex_amount_scan_next(const frex_amount_scan *s, const char *text,
                             size_t len, size_t pos, size_t *end,
                             frex_anchor_kind *kind);

/* The same on the classification CLS of TEXT[0..len') with len' >= LEN
 * (classify.h): reads its masks instead of the bytes. */
struct frex_classes;
size_t frex_amount_scan_next_cls(const frex_amount_scan *s,
                                 const struct frex_classes *cls,
                                 const char *text, size_t len, size_t pos,
                                 size_t *end, frex_anchor_kind *kind);

#endif
