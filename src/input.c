/*
 * input.c — the input boundary (see input.h for the policy).  UTF-8 is
 * validated and repaired in place; other encodings go through ICU's
 * converters; CP1252 is recognised with ICU charset detection confirmed by
 * the UTF-8 validity check (valid UTF-8 is never re-decoded).
 */
#include "input.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include "frex.h"

#define SUBSTITUTE 0x1A

static const struct {
  const char *name;
  frex_encoding enc;
} enc_names[] = {
    {"auto", FREX_ENC_AUTO},       {"utf-8", FREX_ENC_UTF8},
    {"utf8", FREX_ENC_UTF8},       {"cp1252", FREX_ENC_CP1252},
    {"windows-1252", FREX_ENC_CP1252}, {"latin1", FREX_ENC_LATIN1},
    {"latin-1", FREX_ENC_LATIN1},  {"iso-8859-1", FREX_ENC_LATIN1},
};

bool frex_encoding_parse(const char *name, frex_encoding *enc) {
  for (size_t i = 0; i < sizeof enc_names / sizeof enc_names[0]; i++)
    if (strcasecmp(name, enc_names[i].name) == 0) {
      *enc = enc_names[i].enc;
      return true;
    }
  return false;
}

const char *frex_encoding_name(frex_encoding enc) {
  switch (enc) {
  case FREX_ENC_AUTO: return "auto";
  case FREX_ENC_UTF8: return "UTF-8";
  case FREX_ENC_CP1252: return "windows-1252";
  case FREX_ENC_LATIN1: return "ISO-8859-1";
  case FREX_ENC_UTF16LE: return "UTF-16LE";
  case FREX_ENC_UTF16BE: return "UTF-16BE";
  }
  return "?";
}

/* Count well-formed multi-byte sequences and invalid bytes. */
static void utf8_census(const char *s, size_t n, size_t *multi,
                        size_t *invalid) {
  *multi = *invalid = 0;
  int32_t i = 0, len = (int32_t)(n > INT32_MAX ? INT32_MAX : n);
  while (i < len) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      /* a sequence cut by the end of the sample is not evidence */
      if (len - at < 4 && (size_t)len == n && i >= len)
        break;
      ++*invalid;
    } else {
      ++*multi;
    }
  }
}

/* ICU's charset detector names a single-byte Western encoding? */
static bool icu_says_western(const char *s, size_t n) {
  UErrorCode st = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&st);
  if (U_FAILURE(st))
    return false;
  ucsdet_setText(det, s, (int32_t)(n > 65536 ? 65536 : n), &st);
  const UCharsetMatch *m = ucsdet_detect(det, &st);
  bool western = false;
  if (U_SUCCESS(st) && m) {
    const char *name = ucsdet_getName(m, &st);
    western = U_SUCCESS(st) && name &&
              (strcmp(name, "ISO-8859-1") == 0 ||
               strcmp(name, "windows-1252") == 0 ||
               strcmp(name, "ISO-8859-15") == 0);
  }
  ucsdet_close(det);
  return western;
}

frex_encoding frex_input_detect(const char *head, size_t n,
                                frex_encoding requested) {
  const unsigned char *u = (const unsigned char *)head;
  if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return FREX_ENC_UTF16LE;
  if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return FREX_ENC_UTF16BE;
  if (requested != FREX_ENC_AUTO)
    return requested;
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return FREX_ENC_UTF8;
  size_t multi, invalid;
  /* the first 64 KB decide; later damage is repaired and reported */
  utf8_census(head, n > 65536 ? 65536 : n, &multi, &invalid);
  if (invalid == 0)
    return FREX_ENC_UTF8;
  /* Not UTF-8.  Legacy Western text decodes without loss as CP1252; only
   * call it that when the detector agrees or the bytes have (almost) no
   * well-formed UTF-8 sequences, so damaged UTF-8 stays UTF-8. */
  if (multi == 0 || invalid > 4 * multi || icu_says_western(head, n))
    return multi > invalid ? FREX_ENC_UTF8 : FREX_ENC_CP1252;
  return FREX_ENC_UTF8;
}

static void repair_utf8(char *s, size_t n, size_t base,
                        frex_decode_stats *st) {
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    /* sixteen ASCII bytes at a time: skip to the first byte with the high
     * bit set or zero (the bytes the eight-byte loop below stops at) */
    while (n - i >= 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      __m128i z = _mm_cmpeq_epi8(v, _mm_setzero_si128());
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, z));
      if (m) {
        i += (unsigned)__builtin_ctz(m);
        break;
      }
      i += 16;
    }
#endif
    /* eight ASCII bytes at a time: no high bit and no zero byte */
    while (n - i >= 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) ||
          ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
        break;
      i += 8;
    }
    if (i >= n)
      break;
    unsigned char b = (unsigned char)s[i];
    if (b != 0 && b < 0x80) {
      i++;
      continue;
    }
    if (b == 0) {
      s[i++] = SUBSTITUTE;
      st->nuls++;
      continue;
    }
    /* a well-formed two-byte sequence (é, à...), which U8_NEXT would
     * accept as such: the usual case, checked inline */
    if (b >= 0xC2 && b <= 0xDF && n - i >= 2 &&
        ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    /* U8_NEXT takes int32_t indices: validate a window at a time */
    size_t win = n - i > (1u << 30) ? (1u << 30) : n - i;
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, (int32_t)win, c);
    if (c < 0) {
      for (int32_t k = 0; k < j; k++) {
        if (st->invalid == 0)
          st->first_invalid = base + i + (size_t)k;
        st->invalid++;
        s[i + (size_t)k] = SUBSTITUTE;
      }
    }
    i += (size_t)j;
  }
}

/* Counts what a converter could not decode (then substitutes U+FFFD as
 * ICU's default callback does), so transcoded input is never repaired
 * silently. */
typedef struct count_ctx {
  UConverterToUCallback next;
  const void *next_ctx;
  const char *src0; /* start of the source buffer */
  size_t base;      /* its offset in the document */
  frex_decode_stats *stats;
} count_ctx;

static void U_CALLCONV count_bad(const void *context,
                                 UConverterToUnicodeArgs *args,
                                 const char *units, int32_t length,
                                 UConverterCallbackReason reason,
                                 UErrorCode *err) {
  const count_ctx *c = context;
  if (reason <= UCNV_IRREGULAR && length > 0) {
    /* args->source is just past the offending units */
    size_t at = (size_t)(args->source - c->src0) - (size_t)length;
    if (c->stats->invalid == 0)
      c->stats->first_invalid = c->base + at;
    c->stats->invalid += (size_t)length;
  }
  c->next(c->next_ctx, args, units, length, reason, err);
}

static int transcode(frex_encoding enc, const char *data, size_t len,
                     size_t base, frex_buf *out, frex_decode_stats *stats) {
  if (len > INT32_MAX / 4)
    return FREX_E_ENCODING;
  frex_buf_clear(out);
  /* a byte becomes at most 3 UTF-8 bytes, a UTF-16 unit likewise, and each
   * substitution (U+FFFD) replaces at least one byte */
  if (frex_buf_grow(out, len * 3 + 4))
    return FREX_E_NOMEM;
  UErrorCode st = U_ZERO_ERROR;
  UConverter *from = ucnv_open(frex_encoding_name(enc), &st);
  UConverter *to = ucnv_open("UTF-8", &st);
  count_ctx ctx = {NULL, NULL, data, base, stats};
  if (U_SUCCESS(st))
    ucnv_setToUCallBack(from, count_bad, &ctx, &ctx.next, &ctx.next_ctx, &st);
  char *t = out->ptr;
  const char *s = data;
  if (U_SUCCESS(st))
    ucnv_convertEx(to, from, &t, out->ptr + out->cap - 1, &s, data + len,
                   NULL, NULL, NULL, NULL, true, true, &st);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(st))
    return FREX_E_ENCODING;
  out->len = (size_t)(t - out->ptr);
  out->ptr[out->len] = '\0';
  return FREX_OK;
}

int frex_input_decode(frex_encoding enc, char *data, size_t len, size_t base,
                      frex_buf *out, const char **text, size_t *textlen,
                      frex_decode_stats *stats) {
  if (enc == FREX_ENC_AUTO || enc == FREX_ENC_UTF8) {
    repair_utf8(data, len, base, stats);
    *text = data;
    *textlen = len;
    return FREX_OK;
  }
  int rc = transcode(enc, data, len, base, out, stats);
  if (rc)
    return rc;
  /* what the converters could not decode is now U+FFFD, counted above; the
   * result is valid UTF-8 apart from NULs, which are replaced and counted
   * here like those of UTF-8 input */
  frex_decode_stats conv = {0, 0, 0};
  repair_utf8(out->ptr, out->len, 0, &conv);
  stats->nuls += conv.nuls;
  *text = out->ptr;
  *textlen = out->len;
  return FREX_OK;
}
