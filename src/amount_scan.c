/*
 * amount_scan.c — the AMOUNT prefilter (amount_scan.h).
 *
 * Digits and symbol lead bytes are found 16 bytes at a time with SSE2
 * compares (plain loop elsewhere).  Currency words are only looked for at
 * word starts (after a space, apostrophe, newline, parenthesis, U+00A0,
 * U+202F, ’ or «): the word's first four bytes, ASCII-folded, go through a
 * 65536-bit hash filter built from frex_amount_cur_anchor, and the few that
 * pass are checked exactly by binary search.  Three-letter words ("yen",
 * "won") enter the filter once per byte that may follow them.
 */
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "amount_cur.h"
#include "amount_scan.h"
#include "classify.h"

#define FOLD 0x20202020u

static inline uint32_t load4(const unsigned char *p, const unsigned char *end) {
  uint32_t x;
  if (end - p >= 4) { /* the common case: a fixed-size, inlined load */
    memcpy(&x, p, 4);
    return x | FOLD;
  }
  unsigned char b[4] = {0, 0, 0, 0};
  size_t n = (size_t)(end - p) < 4 ? (size_t)(end - p) : 4;
  memcpy(b, p, n);
  memcpy(&x, b, 4);
  return x | FOLD;
}

static inline uint32_t hash4(uint32_t x) { return (x * 0x9E3779B1u) >> 16; }

static void filter_add(frex_amount_scan *s, uint32_t x) {
  uint32_t h = hash4(x | FOLD);
  s->filter[h >> 6] |= (uint64_t)1 << (h & 63);
}

static inline int filter_has(const frex_amount_scan *s, uint32_t folded) {
  uint32_t h = hash4(folded);
  return (int)((s->filter[h >> 6] >> (h & 63)) & 1);
}

void frex_amount_scan_init(frex_amount_scan *s) {
  /* bytes that may follow a word, for three-letter words */
  static const unsigned char follow[] = {' ',  ',', '.',  ';',  ':', ')',
                                         '!',  '?', '\n', '\t', '-', '"',
                                         '\'', '/', 0xC2, 0xE2, 0};
  memset(s->filter, 0, sizeof s->filter);
  for (size_t i = 0; i < frex_amount_cur_nanchors(); i++) {
    const char *w = frex_amount_cur_anchor(i);
    unsigned char b[4] = {0, 0, 0, 0};
    size_t n = strlen(w);
    memcpy(b, w, n < 4 ? n : 4);
    uint32_t x;
    if (n >= 4) {
      memcpy(&x, b, 4);
      filter_add(s, x);
    } else {
      for (size_t f = 0; f < sizeof follow; f++) {
        b[3] = follow[f];
        memcpy(&x, b, 4);
        filter_add(s, x);
      }
    }
  }
}

/* Is there a currency word at P?  Sets *WEND past it. */
static int word_check(const unsigned char *p, const unsigned char *end,
                      const unsigned char **wend);
static inline int word_at(const frex_amount_scan *s, const unsigned char *p,
                          const unsigned char *end,
                          const unsigned char **wend) {
  if (end - p < 3 || !filter_has(s, load4(p, end)))
    return 0;
  return word_check(p, end, wend);
}

/* The exact check behind the filter: the whole word is in the list. */
static int word_check(const unsigned char *p, const unsigned char *end,
                      const unsigned char **wend) {
  char w[24];
  size_t n = 0;
  const unsigned char *q = p;
  /* letters: ASCII, or a two-byte Latin letter (é, ł: lead C3 or C5) */
  while (q < end && n + 2 < sizeof w) {
    if ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') {
      w[n++] = (char)(*q | 0x20);
      q++;
    } else if ((*q == 0xC3 || *q == 0xC5) && end - q >= 2 &&
               (q[1] & 0xC0) == 0x80) {
      w[n++] = (char)q[0];
      w[n++] = (char)q[1];
      q += 2;
    } else {
      break;
    }
  }
  if (n == 0 || n + 2 >= sizeof w)
    return 0;
  w[n] = '\0';
  if (!frex_amount_cur_is_anchor(w))
    return 0;
  *wend = q;
  return 1;
}

/* Classify the interesting byte at P.  Returns 1 and fills the anchor, or
 * 0 if P is not an anchor after all. */
static inline int check_at(const frex_amount_scan *s, const unsigned char **pp,
                           const unsigned char *end, const unsigned char **aend,
                           frex_anchor_kind *kind) {
  const unsigned char *p = *pp;
  unsigned char c = *p;
  const unsigned char *w = NULL;
  if (c >= '0' && c <= '9') {
    const unsigned char *q = p;
    while (q < end && *q >= '0' && *q <= '9')
      q++;
    *aend = q;
    *kind = FREX_ANCHOR_DIGIT;
    return 1;
  }
  if (c == '$') {
    *aend = p + 1;
    *kind = FREX_ANCHOR_SYMBOL;
    return 1;
  }
  if (c == 0xC2 && end - p >= 2) {
    if (p[1] == 0xA3 || p[1] == 0xA5) { /* £ ¥ */
      *aend = p + 2;
      *kind = FREX_ANCHOR_SYMBOL;
      return 1;
    }
    if (p[1] == 0xA0 || p[1] == 0xAB) /* U+00A0, « */
      w = p + 2;
  } else if (c == 0xE2 && end - p >= 3) {
    if (p[1] == 0x82 && p[2] >= 0xA0 && p[2] <= 0xBF) { /* U+20A0..20BF */
      *aend = p + 3;
      *kind = FREX_ANCHOR_SYMBOL;
      return 1;
    }
    if (p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x99 || p[2] == 0x9C))
      w = p + 3; /* U+202F, ’, “ */
  } else if (c == ' ' || c == '\'' || c == '\n' || c == '(') {
    w = p + 1;
  }
  if (w && word_at(s, w, end, aend)) {
    *kind = FREX_ANCHOR_WORD;
    *pp = w; /* the anchor is the word, not the space before it */
    return 1;
  }
  return 0;
}

#if defined(__SSE2__)
/* Bit i of *W: a word may start after P[i] (space, apostrophe, newline,
 * parenthesis); of *T: P[i] may be an anchor (digit, '$', the lead bytes
 * C2 and E2 of £ ¥ € and of U+00A0, U+202F, ’, «). */
static inline void sse2_masks(const unsigned char *p, unsigned *w,
                              unsigned *t) {
  const __m128i b = _mm_loadu_si128((const __m128i *)(const void *)p);
  /* b - '0' < 10 as unsigned bytes: min(b - '0', 9) == b - '0' */
  const __m128i d = _mm_sub_epi8(b, _mm_set1_epi8('0'));
  const __m128i isdig = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
  *w = (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(' ')),
                                _mm_cmpeq_epi8(b, _mm_set1_epi8('\''))),
                   _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('\n')),
                                _mm_cmpeq_epi8(b, _mm_set1_epi8('(')))));
  *t = (unsigned)_mm_movemask_epi8(_mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('$')),
                   _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xC2))),
      _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xE2)), isdig)));
}
#endif

static int interesting(unsigned char c) {
  return (c >= '0' && c <= '9') || c == '$' || c == 0xC2 || c == 0xE2 ||
         c == ' ' || c == '\'' || c == '\n' || c == '(';
}

/* A currency word right at POS (start of the body, or after a skip):
 * true, with its end in *END.  Both scanners start with it. */
static bool word_right_at(const frex_amount_scan *s, const unsigned char *base,
                          size_t pos, size_t len, size_t *end) {
  const unsigned char *aend;
  if (pos < len &&
      (pos == 0 ||
       !((base[pos - 1] | 0x20) >= 'a' && (base[pos - 1] | 0x20) <= 'z')) &&
      word_at(s, base + pos, base + len, &aend)) {
    *end = (size_t)(aend - base);
    return true;
  }
  return false;
}

size_t frex_amount_scan_next(const frex_amount_scan *s, const char *text,
                             size_t len, size_t pos, size_t *end,
                             frex_anchor_kind *kind) {
  const unsigned char *base = (const unsigned char *)text;
  const unsigned char *p = base + pos, *e = base + len, *aend;
  if (word_right_at(s, base, pos, len, end)) {
    *kind = FREX_ANCHOR_WORD;
    return pos;
  }
#if defined(__SSE2__)
  /* 64 bytes per round: the bit loops below exit (a mispredicted branch)
   * once per 64 bytes rather than once per 16. */
  while (e - p >= 64) {
    uint64_t wmask = 0, tmask = 0;
    for (int k = 0; k < 4; k++) {
      unsigned w, t;
      sse2_masks(p + 16 * k, &w, &t);
      wmask |= (uint64_t)w << (16 * k);
      tmask |= (uint64_t)t << (16 * k);
    }
    /* the hash filter rejects almost every word start without a call */
    while (wmask) {
      unsigned i = (unsigned)__builtin_ctzll(wmask);
      wmask &= wmask - 1;
      if (filter_has(s, load4(p + i + 1, e)))
        tmask |= (uint64_t)1 << i;
    }
    while (tmask) {
      unsigned i = (unsigned)__builtin_ctzll(tmask);
      tmask &= tmask - 1;
      const unsigned char *q = p + i;
      if (check_at(s, &q, e, &aend, kind)) {
        *end = (size_t)(aend - base);
        return (size_t)(q - base);
      }
    }
    p += 64;
  }
#endif
  for (; p < e; p++) {
    const unsigned char *q = p;
    if (interesting(*p) && check_at(s, &q, e, &aend, kind)) {
      *end = (size_t)(aend - base);
      return (size_t)(q - base);
    }
  }
  *end = len;
  return len;
}

/* frex_amount_scan_next on the shared classification (classify.h) of the
 * same text: the candidates of each 64-byte block are read from its masks
 * (digits, '$' and the leads C2 and E2; the word separators before a
 * letter, whose word is passed through the hash filter first), and each
 * goes through check_at in ascending order, as in the byte loop above, so
 * the answer is the same. */
size_t frex_amount_scan_next_cls(const frex_amount_scan *s,
                                 const frex_classes *cls, const char *text,
                                 size_t len, size_t pos, size_t *end,
                                 frex_anchor_kind *kind) {
  const unsigned char *base = (const unsigned char *)text;
  const unsigned char *e = base + len, *aend;
  if (word_right_at(s, base, pos, len, end)) {
    *kind = FREX_ANCHOR_WORD;
    return pos;
  }
  for (size_t b = pos / 64; b * 64 < len; b++) {
    const unsigned char *blk = base + 64 * b;
    uint64_t keep = ~(uint64_t)0;
    if (b == pos / 64)
      keep <<= pos % 64;
    if (len - 64 * b < 64)
      keep &= ((uint64_t)1 << (len - 64 * b)) - 1;
    uint64_t t = (frex_cls(cls, b, FREX_CLS_DIGIT) |
                  frex_cls(cls, b, FREX_CLS_DOLLAR) |
                  frex_cls(cls, b, FREX_CLS_C2) | frex_cls(cls, b, FREX_CLS_E2)) &
                 keep;
    /* a currency word starts with a letter (word_check: ASCII, or the lead
     * of é, ł...): only separators followed by a letter or a byte >= 0x80 */
    uint64_t lead = frex_cls(cls, b, FREX_CLS_ALPHA) | frex_cls(cls, b, FREX_CLS_HIGH);
    if (b + 1 < cls->nblocks)
      lead = lead >> 1 | (frex_cls(cls, b + 1, FREX_CLS_ALPHA) |
                          frex_cls(cls, b + 1, FREX_CLS_HIGH))
                             << 63;
    else
      lead >>= 1;
    uint64_t w = frex_cls(cls, b, FREX_CLS_WSEP) & keep & lead;
    for (uint64_t all = t | w; all; all &= all - 1) {
      unsigned i = (unsigned)__builtin_ctzll(all);
      const unsigned char *q = blk + i;
      /* a separator: its word through the filter before the exact test */
      if (!(t >> i & 1) && !filter_has(s, load4(q + 1, e)))
        continue;
      if (check_at(s, &q, e, &aend, kind)) {
        *end = (size_t)(aend - base);
        return (size_t)(q - base);
      }
    }
  }
  *end = len;
  return len;
}
