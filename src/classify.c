/*
 * classify.c — the shared byte classification of AMOUNT and DATE
 * (classify.h).  SSE2 where the compiler targets it; the scalar loop is the
 * reference (class_bits), used for the last partial block, and for every
 * block in the scalar build (make scalar-check).
 */
#include "classify.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "frex.h"

/* The reference definition of every class, one byte at a time: the masks
 * of bytes P[0..n), n <= 64, into OUT[FREX_CLS_N]. */
static void class_bits(const unsigned char *p, size_t n, uint64_t *out) {
  memset(out, 0, FREX_CLS_N * sizeof *out);
  for (size_t k = 0; k < n; k++) {
    unsigned char b = p[k], l = b | 0x20;
    uint64_t bit = (uint64_t)1 << k;
    if (b >= '0' && b <= '9')
      out[FREX_CLS_DIGIT] |= bit;
    if (l >= 'a' && l <= 'z')
      out[FREX_CLS_ALPHA] |= bit;
    if (b >= 0x80)
      out[FREX_CLS_HIGH] |= bit;
    if (b >= 0x80 && b < 0xC0)
      out[FREX_CLS_CONT] |= bit;
    if (b == 0xC2)
      out[FREX_CLS_C2] |= bit;
    if (b == 0xE2)
      out[FREX_CLS_E2] |= bit;
    if (b == '$')
      out[FREX_CLS_DOLLAR] |= bit;
    if (b == ' ' || b == '\'' || b == '\n' || b == '(')
      out[FREX_CLS_WSEP] |= bit;
  }
}

#if defined(__SSE2__)
/* The same classes for 64 bytes, 16 at a time.  Ranges by one add and one
 * signed compare: adding 0x80 - LO moves LO..HI to -128..-128+(HI-LO) and
 * every other byte above it (wrapping past 0xFF lands on 0..), so "below
 * -128 + (HI - LO + 1)" is the range.  Bytes >= 0x80 are negative, so the
 * signed "< 0xC0" is CONT; equality compares give the single bytes.
 * movemask packs the 16 high bits, stored as the 16-bit quarter J of each
 * class's 64-bit mask (x86 is little-endian: quarter J is bits 16J..16J+15). */
static inline __attribute__((always_inline)) void
class_block_as(const unsigned char *p, uint64_t *out, bool amount, bool date) {
  const __m128i add_0 = _mm_set1_epi8((char)(0x80 - '0'));
  const __m128i lim_0 = _mm_set1_epi8((char)(0x80 + 10));
  const __m128i add_a = _mm_set1_epi8((char)(0x80 - 'a'));
  const __m128i lim_a = _mm_set1_epi8((char)(0x80 + 26));
  const __m128i x20 = _mm_set1_epi8(0x20), xc0 = _mm_set1_epi8((char)0xC0);
  const __m128i xc2 = _mm_set1_epi8((char)0xC2), xe2 = _mm_set1_epi8((char)0xE2);
  const __m128i dol = _mm_set1_epi8('$'), sp = _mm_set1_epi8(' ');
  const __m128i ap = _mm_set1_epi8('\''), nl = _mm_set1_epi8('\n');
  const __m128i par = _mm_set1_epi8('(');
  char *o = (char *)out;
#define PUT(k, x)                                                              \
  do {                                                                         \
    uint16_t q_ = (uint16_t)_mm_movemask_epi8(x);                              \
    memcpy(o + 8 * (k) + 2 * j, &q_, 2);                                       \
  } while (0)
  for (unsigned j = 0; j < 4; j++) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * j));
    PUT(FREX_CLS_DIGIT, _mm_cmplt_epi8(_mm_add_epi8(v, add_0), lim_0));
    PUT(FREX_CLS_ALPHA,
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, x20), add_a), lim_a));
    PUT(FREX_CLS_HIGH, v);
    if (date)
      PUT(FREX_CLS_CONT, _mm_cmplt_epi8(v, xc0));
    PUT(FREX_CLS_C2, _mm_cmpeq_epi8(v, xc2));
    PUT(FREX_CLS_E2, _mm_cmpeq_epi8(v, xe2));
    if (!amount)
      continue;
    PUT(FREX_CLS_DOLLAR, _mm_cmpeq_epi8(v, dol));
    PUT(FREX_CLS_WSEP,
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, ap)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, par))));
  }
#undef PUT
}

static void class_block(const unsigned char *p, uint64_t *out) {
  class_block_as(p, out, true, true);
}

static void class_block_date(const unsigned char *p, uint64_t *out) {
  class_block_as(p, out, false, true);
}

static void class_block_amount(const unsigned char *p, uint64_t *out) {
  class_block_as(p, out, true, false);
}
#endif

int frex_classes_build(frex_classes *c, const char *text, size_t len) {
  return frex_classes_build_for(c, text, len, true, true);
}

int frex_classes_build_for(frex_classes *c, const char *text, size_t len,
                           bool amount, bool date) {
  size_t nb = (len + 63) / 64, need = nb * FREX_CLS_N;
  if (need > c->cap) {
    uint64_t *m = realloc(c->m, (need ? need : 1) * sizeof *m);
    if (!m)
      return FREX_E_NOMEM;
    c->m = m;
    c->cap = need;
  }
  c->text = text;
  c->len = len;
  c->nblocks = nb;
  c->have = (1u << FREX_CLS_N) - 1;
  const unsigned char *p = (const unsigned char *)text;
  size_t b = 0;
#if defined(__SSE2__)
  if (amount && date) {
    for (; (b + 1) * 64 <= len; b++)
      class_block(p + 64 * b, c->m + b * FREX_CLS_N);
  } else if (!amount) {
    for (; (b + 1) * 64 <= len; b++)
      class_block_date(p + 64 * b, c->m + b * FREX_CLS_N);
    if (b)
      c->have &= ~FREX_CLS_AMOUNT_ONLY;
  } else {
    for (; (b + 1) * 64 <= len; b++)
      class_block_amount(p + 64 * b, c->m + b * FREX_CLS_N);
    if (b)
      c->have &= ~FREX_CLS_DATE_ONLY;
  }
#endif
  for (; b < nb; b++) {
    size_t n = len - 64 * b < 64 ? len - 64 * b : 64;
    class_bits(p + 64 * b, n, c->m + b * FREX_CLS_N);
  }
  return FREX_OK;
}

void frex_classes_free(frex_classes *c) {
  free(c->m);
  c->m = NULL;
  c->cap = c->nblocks = c->len = 0;
}
