/*
 * normalize.c — the `norm` column (SPEC "Token TSV"): NFC, full lowercase in
 * the French locale (ICU u_strToLower, which handles ß, Σ, É...), and the
 * apostrophes U+2019 and U+02BC unified to U+0027.  œ and æ are kept (no
 * compatibility decomposition).  ASCII tokens, most of French text, take a
 * byte loop that never converts to UTF-16.
 */
#include "normalize.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "frex.h"

struct frex_normalizer {
  const UNormalizer2 *nfc;
  UChar *a, *b; /* scratch UTF-16 buffers of cap units each */
  int32_t cap;
};

int frex_normalizer_new(frex_normalizer **out) {
  UErrorCode st = U_ZERO_ERROR;
  frex_normalizer *n = calloc(1, sizeof *n);
  if (!n)
    return FREX_E_NOMEM;
  n->nfc = unorm2_getNFCInstance(&st);
  if (U_FAILURE(st)) {
    free(n);
    return FREX_E_ICU;
  }
  *out = n;
  return FREX_OK;
}

void frex_normalizer_free(frex_normalizer *n) {
  if (!n)
    return;
  free(n->a);
  free(n->b);
  free(n);
}

static int reserve(frex_normalizer *n, int32_t need) {
  if (need <= n->cap)
    return FREX_OK;
  int32_t cap = need * 2;
  UChar *a = realloc(n->a, (size_t)cap * sizeof *a);
  if (!a)
    return FREX_E_NOMEM;
  n->a = a;
  UChar *b = realloc(n->b, (size_t)cap * sizeof *b);
  if (!b)
    return FREX_E_NOMEM;
  n->b = b;
  n->cap = cap;
  return FREX_OK;
}

static int normalize_icu(frex_normalizer *n, const char *s, size_t len,
                         frex_buf *out) {
  if (len > INT32_MAX / 4)
    return FREX_E_ARG;
  /* lowercasing may grow a string (İ → i̇), so leave headroom */
  int rc = reserve(n, (int32_t)len * 2 + 8);
  if (rc)
    return rc;
  UErrorCode st = U_ZERO_ERROR;
  int32_t ulen;
  u_strFromUTF8(n->a, n->cap, &ulen, s, (int32_t)len, &st);
  if (U_FAILURE(st))
    return FREX_E_ENCODING;
  int32_t llen = u_strToLower(n->b, n->cap, n->a, ulen, "fr", &st);
  if (U_FAILURE(st))
    return FREX_E_ICU;
  int32_t nlen = unorm2_normalize(n->nfc, n->b, llen, n->a, n->cap, &st);
  if (U_FAILURE(st))
    return FREX_E_ICU;
  for (int32_t i = 0; i < nlen; i++)
    if (n->a[i] == 0x2019 || n->a[i] == 0x02BC)
      n->a[i] = '\'';
  frex_buf_clear(out);
  if (frex_buf_grow(out, (size_t)nlen * 3 + 1))
    return FREX_E_NOMEM;
  int32_t blen;
  u_strToUTF8(out->ptr, (int32_t)(out->cap - 1), &blen, n->a, nlen, &st);
  if (U_FAILURE(st))
    return FREX_E_ICU;
  out->len = (size_t)blen;
  out->ptr[out->len] = '\0';
  return FREX_OK;
}

int frex_normalize(frex_normalizer *n, const char *s, size_t len,
                   frex_buf *out) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80)
      return normalize_icu(n, s, len, out);
  frex_buf_clear(out);
  if (frex_buf_grow(out, len))
    return FREX_E_NOMEM;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    out->ptr[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  out->len = len;
  out->ptr[len] = '\0';
  return FREX_OK;
}
