/*
 * test_classify.c — the shared byte classification of AMOUNT and DATE
 * (src/classify.c, issue 15) and its readers:
 *   1. every mask bit of frex_classes_build against a definition written
 *      here, byte by byte, on random bytes of every length up to 300 (the
 *      SSE2 blocks and the scalar tail block);
 *   2. AMOUNT and DATE read from the masks give the very entities of their
 *      byte loops (frex_*_extract without classes), on random texts made
 *      of dates, amounts, numbers, separators (NBSP, ’, « », –) and words,
 *      with bodies starting at any offset: the scanners' 64-byte blocks,
 *      scan_simd's windows and their restarts fall everywhere.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "classify.h"
#include "date.h"
#include "frex.h"
#include "harness.h"

static uint64_t rng = 88172645463325252ull;
static unsigned rnd(unsigned n) { return harness_rnd(&rng, n); }

/* The classes of byte B, by their definitions in classify.h. */
static int in_class(unsigned char b, unsigned k) {
  switch (k) {
  case FREX_CLS_DIGIT: return b >= '0' && b <= '9';
  case FREX_CLS_ALPHA: return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  case FREX_CLS_HIGH: return b >= 0x80;
  case FREX_CLS_CONT: return b >= 0x80 && b <= 0xBF;
  case FREX_CLS_C2: return b == 0xC2;
  case FREX_CLS_E2: return b == 0xE2;
  case FREX_CLS_DOLLAR: return b == '$';
  case FREX_CLS_WSEP: return b == ' ' || b == '\'' || b == '\n' || b == '(';
  }
  return -1;
}

static void test_masks(void) {
  frex_classes c = FREX_CLASSES_INIT;
  unsigned char buf[300] = {0};
  size_t bad = 0, bad_date = 0, bits = 0;
  for (size_t len = 0; len <= sizeof buf; len++) {
    for (size_t i = 0; i < len; i++) /* all 256 values, often the classed ones */
      buf[i] = rnd(4) ? (unsigned char)rnd(256)
                      : (unsigned char)" '\n($09aZ\xc2\xe2\x80\xbf\xc0\x7f"[rnd(15)];
    if (frex_classes_build(&c, (const char *)buf, len) != FREX_OK) {
      CHECK(0, "frex_classes_build returns FREX_OK");
      break;
    }
    for (size_t b = 0; b < (len + 63) / 64; b++)
      for (unsigned k = 0; k < FREX_CLS_N; k++)
        for (unsigned j = 0; j < 64; j++) {
          size_t at = 64 * b + j;
          int want = at < len ? in_class(buf[at], k) : 0; /* 0 past the end */
          bad += ((frex_cls(&c, b, k) >> j) & 1) != (uint64_t)want;
          bits++;
        }
    bad += c.have != (1u << FREX_CLS_N) - 1;
    /* the passes of DATE alone and of AMOUNT alone: every class they fill
     * as defined, HAVE saying which */
    for (int v = 0; v < 2; v++) {
      unsigned lack = v ? FREX_CLS_DATE_ONLY : FREX_CLS_AMOUNT_ONLY;
      if (frex_classes_build_for(&c, (const char *)buf, len, v, !v) != FREX_OK) {
        CHECK(0, "frex_classes_build_for returns FREX_OK");
        break;
      }
      bad_date += len >= 64 ? c.have != (((1u << FREX_CLS_N) - 1) & ~lack)
                            : c.have != (1u << FREX_CLS_N) - 1;
      for (size_t b = 0; b < (len + 63) / 64; b++)
        for (unsigned k = 0; k < FREX_CLS_N; k++)
          for (unsigned j = 0; j < 64 && (c.have >> k & 1); j++) {
            size_t at = 64 * b + j;
            int want = at < len ? in_class(buf[at], k) : 0;
            bad_date += ((frex_cls(&c, b, k) >> j) & 1) != (uint64_t)want;
          }
    }
  }
  CHECK_EQ_INT(0, bad, "every mask bit of 301 random buffers as defined");
  CHECK_EQ_INT(0, bad_date, "the masks of DATE's and AMOUNT's passes alone as defined");
  CHECK(bits > 100000, "the mask bits were compared");
  frex_classes_free(&c);
}

static const char *const frag[] = {
    "le 3 mars 2020", "21.07.2021", "lundi dernier", "au printemps 2019",
    "10 millions de dollars", "9,2 M\xe2\x82\xac", "$5", "\xc2\xa3" "3",
    "12 %", "1er janvier", "l\xe2\x80\x99" "an dernier", "il y a 3 ans",
    "3\xc2\xa0" "000 euros", "2019-2020", "10h30", "en 2015", "mi-mai",
    "le 14 juillet", "(1998)", "5.4.3", "version 2.6.32", "1 200 yens",
    "30 \xe2\x80\xaf%", "fin 2008", "d\xc3\xa9" "but f\xc3\xa9vrier",
    "hier", "demain", "2 000 dollars canadiens", "le Canada", "au Japon",
    "\xc2\xab", "\xc2\xbb", "\xe2\x80\x93", "\xe2\x80\x99", "\xc2\xa0",
    "\xe2\x80\xaf", "\n", "\n\n", "(", ")", ",", ".", "'", "la", "soci\xc3\xa9t\xc3\xa9",
    "\xc3\xa9t\xc3\xa9", "\xc3\xa0", "\xc3\xa9" "conomie", "Paris", "a", "xx",
    "anticonstitutionnellement", "2024", "7", "42", "1 000", "USD", "EUR 3",
    "0,5", "le 31/12/2019", "samedi 4", "ao\xc3\xbbt", "d\xc3\xa9" "cembre 2010",
    "\xe2\x82\xac" "15", "15 \xe2\x82\xac", "deux millions d\xe2\x80\x99" "euros"};

static int same_entities(const frex_entities *a, const frex_entities *b) {
  if (frex_entities_count(a) != frex_entities_count(b))
    return 0;
  for (size_t i = 0; i < frex_entities_count(a); i++) {
    const frex_entity *x = frex_entities_get(a, i), *y = frex_entities_get(b, i);
    if (x->start != y->start || x->end != y->end || x->type != y->type ||
        strcmp(x->value, y->value) != 0 || strcmp(x->unit, y->unit) != 0)
      return 0;
  }
  return 1;
}

static void test_readers(void) {
  frex_amount *amt = NULL;
  frex_date *dt = NULL;
  char err[256];
  frex_entities *e1 = NULL, *e2 = NULL;
  if (frex_amount_new(&amt, err, sizeof err) != FREX_OK ||
      frex_date_new(&dt, err, sizeof err) != FREX_OK ||
      frex_entities_new(&e1) != FREX_OK || frex_entities_new(&e2) != FREX_OK) {
    CHECK(0, "extractors and entity lists created");
    return;
  }
  frex_classes c = FREX_CLASSES_INIT;
  static char text[4096];
  size_t diff_a = 0, diff_d = 0, found_a = 0, found_d = 0, runs = 0;
  for (int it = 0; it < 3000; it++) {
    size_t n = 0, want = 1 + rnd(it % 3 ? 200 : 2000);
    while (n < want) {
      const char *f = frag[rnd(sizeof frag / sizeof frag[0])];
      size_t fl = strlen(f);
      if (n + fl + 1 >= sizeof text)
        break;
      memcpy(text + n, f, fl);
      n += fl;
      if (rnd(4))
        text[n++] = rnd(8) ? ' ' : '\n';
    }
    frex_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.len = n;
    d.body = rnd(3) ? 0 : rnd((unsigned)n + 1);
    d.dct.year = rnd(2) ? 2021 : 0;
    d.dct.month = d.dct.year ? 6 : 0;
    d.dct.day = d.dct.year ? 15 : 0;
    if (frex_classes_build(&c, text, n) != FREX_OK)
      break;
    runs++;
    frex_entities_clear(e1);
    frex_entities_clear(e2);
    int r1 = frex_amount_extract(amt, &d, e1),
        r2 = frex_amount_extract_cls(amt, &d, &c, e2);
    frex_entities_sort(e1);
    frex_entities_sort(e2);
    diff_a += r1 != r2 || !same_entities(e1, e2);
    found_a += frex_entities_count(e1);
    frex_entities_clear(e1);
    frex_entities_clear(e2);
    r1 = frex_date_extract(dt, &d, e1);
    r2 = frex_date_extract_cls(dt, &d, &c, e2);
    frex_entities_sort(e1);
    frex_entities_sort(e2);
    diff_d += r1 != r2 || !same_entities(e1, e2);
    found_d += frex_entities_count(e1);
  }
  CHECK_EQ_INT(3000, runs, "3000 random texts classified");
  CHECK_EQ_INT(0, diff_a, "AMOUNT from the masks = AMOUNT from the bytes");
  CHECK_EQ_INT(0, diff_d, "DATE from the masks = DATE from the bytes");
  /* the comparisons were about something */
  CHECK(found_a > 3000, "the random texts hold amounts");
  CHECK(found_d > 3000, "the random texts hold dates");
  CHECK_EQ_STR("", "", "harness strings"); /* keeps harness_str used */
  printf("# %zu amounts, %zu dates compared\n", found_a, found_d);
  frex_classes_free(&c);
  frex_entities_free(e1);
  frex_entities_free(e2);
  frex_amount_free(amt);
  frex_date_free(dt);
}

int main(void) {
  test_masks();
  test_readers();
  return harness_done();
}
