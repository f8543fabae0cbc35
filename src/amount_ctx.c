/*
 * amount_ctx.c — the country of a bare currency name (amount_ctx.h).
 *
 * A bare name ("dollars", "$", "francs", "couronnes", "dinars") takes, in
 * this order:
 *  1. the code of the last currency of its family named with its country
 *     before it in the document ("francs rwandais ... 1 500 francs": RWF;
 *     "dollars canadiens ... 10 dollars": CAD);
 *  2. the code whose country words (frex_amount_country) the document
 *     mentions most, if more often than its default's country ("5
 *     milliards de couronnes" in a text about Norway: NOK; "dinars" in a
 *     text about Tunisia: TND).  For dollars a country must also not be
 *     incidental: named in the headline (the body's first line) or three
 *     times or more, so "les États-Unis et le Canada" or "Facebook teste au
 *     Brésil et au Canada" stay USD;
 *  3. its default (amount_cur.c), or for francs: FRF in a text about the
 *     years before 2002 (a year 1900..2001 in the text or as DCT, or no
 *     year at all), else CHF.  Pre-euro currencies (BEF, LUF, FIM, NLG)
 *     count only in such a text.
 *
 * The document is read once, on the first bare name (most documents have
 * none): its country words and years in one pass over its word starts
 * (the country pattern runs, anchored, only where a filter of the words'
 * first bytes lets it), then its currencies named with a country at the
 * prefilter's currency-word anchors.  Only the first CTX_SPAN bytes count:
 * an article is far shorter, and a huge "document" (a whole dump on stdin)
 * must not be rescanned.
 */
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amount_ctx.h"
#include "buf.h"

#define CTX_SPAN (256u * 1024u)

struct frex_amount_ctx {
  pcre2_code *country; /* country words, anchored; (*MARK:i) the entry */
  pcre2_code *named;   /* names with a country, anchored; (*MARK:i) the
                          currency table index */
  /* word starts worth a try of COUNTRY: the folded first four bytes of
   * its words of four bytes or more (hashed, 65536 bits), the folded first
   * two of the shorter ones ("US", "RDC") */
  uint64_t long4[1024], short2[1024];
  const char *family[FREX_CTX_MAX_COUNTRIES]; /* of each entry's code */
  bool old_only[FREX_CTX_MAX_COUNTRIES];      /* a pre-euro currency */
};

/* ------------------------------------------------------------- filters */

/* Fold byte I of P (N bytes) for the filters: ASCII capitals and Latin-1
 * capitals after C3 (É -> é) to lowercase; 0 past the end. */
static inline unsigned fold_at(const unsigned char *p, size_t n, size_t i) {
  if (i >= n)
    return 0;
  unsigned b = p[i];
  if (b >= 'A' && b <= 'Z')
    return b | 0x20;
  if (i > 0 && p[i - 1] == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97)
    return b | 0x20;
  return b;
}

static inline uint32_t key4(const unsigned char *p, size_t n) {
  uint32_t x = fold_at(p, n, 0) | fold_at(p, n, 1) << 8 |
               fold_at(p, n, 2) << 16 | fold_at(p, n, 3) << 24;
  return (x * 0x9E3779B1u) >> 16;
}

static inline uint32_t key2(const unsigned char *p, size_t n) {
  return fold_at(p, n, 0) << 8 | fold_at(p, n, 1);
}

static inline bool bit(const uint64_t *set, uint32_t k) {
  return (set[k >> 6] >> (k & 63)) & 1;
}

static inline void set_bit(uint64_t *set, uint32_t k) {
  set[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* ------------------------------------------------------------ patterns */

static pcre2_code *compile(const char *pat, const char *what, char *err,
                           size_t errlen) {
  int code;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile(
      (PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
      PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_ANCHORED, &code, &off,
      NULL);
  if (!re) {
    PCRE2_UCHAR msg[160];
    pcre2_get_error_message(code, msg, sizeof msg);
    if (err && errlen)
      snprintf(err, errlen, "AMOUNT %s pattern: %s at offset %zu", what,
               (char *)msg, (size_t)off);
    return NULL;
  }
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* not fatal: same results */
  return re;
}

/* One country word as a pattern: spaces any horizontal space, apostrophes
 * either way; a word in capitals ("US", "RDC") matches case-sensitively. */
static int put_word(frex_buf *b, const char *w, size_t n) {
  bool caps = n >= 2;
  for (size_t i = 0; i < n; i++)
    caps = caps && ((w[i] >= 'A' && w[i] <= 'Z') || w[i] == '-');
  int rc = frex_buf_puts(b, caps ? "(?-i:" : "(?:");
  for (size_t i = 0; i < n && rc == FREX_OK; i++) {
    if (w[i] == ' ')
      rc = frex_buf_puts(b, "\\h{1,3}");
    else if (w[i] == '\'')
      rc = frex_buf_puts(b, "['\xe2\x80\x99]");
    else if (!strncmp(w + i, "\xe2\x80\x99", 3)) {
      rc = frex_buf_puts(b, "['\xe2\x80\x99]");
      i += 2;
    } else if (strchr("\\^$.|?*+()[]{}", w[i]))
      rc = frex_buf_putc(b, '\\') == FREX_OK ? frex_buf_putc(b, w[i])
                                               : FREX_E_NOMEM;
    else
      rc = frex_buf_putc(b, w[i]);
  }
  return rc == FREX_OK ? frex_buf_putc(b, ')') : rc;
}

typedef struct word_ref {
  const char *w;
  size_t n;
  size_t entry;
} word_ref;

static int longer_first(const void *x, const void *y) {
  const word_ref *a = x, *b = y;
  return a->n != b->n ? (a->n < b->n ? 1 : -1)
                      : (a->entry > b->entry) - (a->entry < b->entry);
}

/* The country pattern: every word of every entry, longest first (so
 * "Guinée-Bissau" is tried before "Guinée"), then no letter. */
static int build_country(frex_amount_ctx *c, frex_buf *b) {
  size_t nwords = 0, ne = frex_amount_country_count();
  for (size_t i = 0; i < ne; i++)
    for (const char *p = frex_amount_country_get(i)->words; p;
         p = strchr(p, '|'), p = p ? p + 1 : p)
      nwords++;
  word_ref *v = malloc(nwords * sizeof *v);
  if (!v)
    return FREX_E_NOMEM;
  size_t k = 0;
  for (size_t i = 0; i < ne; i++) {
    const char *p = frex_amount_country_get(i)->words;
    for (;;) {
      const char *bar = strchr(p, '|');
      size_t n = bar ? (size_t)(bar - p) : strlen(p);
      v[k++] = (word_ref){p, n, i};
      const unsigned char *u = (const unsigned char *)p;
      if (n >= 4)
        set_bit(c->long4, key4(u, n));
      else
        set_bit(c->short2, key2(u, n));
      if (!bar)
        break;
      p = bar + 1;
    }
  }
  qsort(v, nwords, sizeof *v, longer_first);
  int rc = frex_buf_puts(b, "(?:");
  for (size_t i = 0; i < nwords && rc == FREX_OK; i++) {
    char mark[32];
    snprintf(mark, sizeof mark, "(*MARK:%zu)", v[i].entry);
    if (i)
      rc = frex_buf_putc(b, '|');
    if (rc == FREX_OK)
      rc = put_word(b, v[i].w, v[i].n);
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, mark);
  }
  free(v);
  return rc == FREX_OK ? frex_buf_puts(b, ")(?![\\p{L}\\p{N}])") : rc;
}

int frex_amount_ctx_new(frex_amount_ctx **out, char *err, size_t errlen) {
  *out = NULL;
  frex_amount_ctx *c = calloc(1, sizeof *c);
  frex_buf b = FREX_BUF_INIT;
  if (!c)
    return FREX_E_NOMEM;
  size_t ne = frex_amount_country_count();
  int rc = ne <= FREX_CTX_MAX_COUNTRIES ? FREX_OK : FREX_E_PATTERN;
  if (rc != FREX_OK && err && errlen)
    snprintf(err, errlen, "AMOUNT: more than %d country entries",
             FREX_CTX_MAX_COUNTRIES);
  /* every entry's code must be a currency of a family: its words are
   * useless otherwise (and a typo in a code would go unnoticed) */
  for (size_t i = 0; i < ne && rc == FREX_OK; i++) {
    const char *code = frex_amount_country_get(i)->code;
    for (size_t k = 0; k < frex_amount_cur_count() && !c->family[i]; k++) {
      const frex_amount_cur *cur = frex_amount_cur_get(k);
      if (cur->family && cur->code && !strcmp(cur->code, code))
        c->family[i] = cur->family;
    }
    static const char *const old[] = {"BEF", "LUF", "FIM", "NLG"};
    for (size_t k = 0; k < sizeof old / sizeof *old; k++)
      c->old_only[i] |= !strcmp(code, old[k]);
    if (!c->family[i]) {
      if (err && errlen)
        snprintf(err, errlen,
                 "AMOUNT: country words for %s, which no currency name has",
                 code);
      rc = FREX_E_PATTERN;
    }
  }
  if (rc == FREX_OK)
    rc = build_country(c, &b);
  if (rc == FREX_OK && !(c->country = compile(b.ptr, "country", err, errlen)))
    rc = FREX_E_PATTERN;
  frex_buf_clear(&b);
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(&b, FREX_CUR_QUALIFIED);
  if (rc == FREX_OK)
    rc = frex_buf_puts(&b, "(?![\\p{L}\\p{N}])");
  if (rc == FREX_OK && !(c->named = compile(b.ptr, "named", err, errlen)))
    rc = FREX_E_PATTERN;
  frex_buf_free(&b);
  if (rc != FREX_OK) {
    frex_amount_ctx_free(c);
    return rc;
  }
  *out = c;
  return FREX_OK;
}

void frex_amount_ctx_free(frex_amount_ctx *c) {
  if (!c)
    return;
  pcre2_code_free(c->country);
  pcre2_code_free(c->named);
  free(c);
}

/* ------------------------------------------------------------ reading */

static size_t char_start(const char *t, size_t i) {
  while (i && ((unsigned char)t[i] & 0xC0) == 0x80)
    i--;
  return i;
}

static inline bool is_digit(unsigned char b) { return b >= '0' && b <= '9'; }

/* A year 1900..2099 written alone at P..E (no digit, no "1," before or
 * after it). */
static void note_year(frex_amount_docctx *d, const unsigned char *u, size_t p,
                      size_t e, size_t end) {
  if (e - p != 4 || (e < end && is_digit(u[e])) ||
      (e + 1 < end && (u[e] == ',' || u[e] == '.') && is_digit(u[e + 1])))
    return;
  int y = (u[p] - '0') * 1000 + (u[p + 1] - '0') * 100 + (u[p + 2] - '0') * 10 +
          (u[p + 3] - '0');
  if (y >= 1900 && y <= 2001)
    d->old_years = true;
  else if (y >= 2002 && y <= 2099)
    d->modern_years = true;
}

static void read_doc(const frex_amount_ctx *c, frex_amount_docctx *d,
                     const frex_doc *doc, const frex_amount_scan *scan) {
  d->read = true;
  const char *t = doc->text;
  const unsigned char *u = (const unsigned char *)t;
  size_t body = doc->body, end = doc->len;
  if (end - body > CTX_SPAN)
    end = char_start(t, body + CTX_SPAN);
  if (doc->dct.year) {
    d->old_years |= doc->dct.year < 2002;
    d->modern_years |= doc->dct.year >= 2002;
  }
  size_t s = body; /* the headline: the body's first line */
  while (s < end && (u[s] == '\n' || u[s] == '\r' || u[s] == ' '))
    s++;
  const char *nl = memchr(t + s, '\n', end - s);
  d->first_line_end = nl ? (size_t)(nl - t) : end;
  pcre2_match_data *md = pcre2_match_data_create(1, NULL);
  if (!md)
    return; /* out of memory: no context, the defaults apply */
  for (size_t p = body; p < end; p++) {
    /* whole words and numbers only: not after a letter or digit (the
     * pattern checks the end); U+00A0, U+202F, ’ may come before */
    unsigned char q = p > body ? u[p - 1] : ' ';
    if (is_digit(q) || ((q | 0x20) >= 'a' && (q | 0x20) <= 'z') ||
        (q >= 0x80 && q != 0xA0 && q != 0xAF && q != 0x99 && q != 0xAB &&
         q != 0xBB))
      continue;
    if (is_digit(u[p])) {
      size_t e = p;
      while (e < end && is_digit(u[e]))
        e++;
      note_year(d, u, p, e, end);
      p = e - 1;
      continue;
    }
    size_t n = end - p;
    if (!(n >= 4 && bit(c->long4, key4(u + p, n))) &&
        !bit(c->short2, key2(u + p, n)))
      continue;
    if (pcre2_match(c->country, (PCRE2_SPTR)t, end, p, PCRE2_NO_UTF_CHECK, md,
                    NULL) < 0)
      continue;
    size_t i = strtoul((const char *)pcre2_get_mark(md), NULL, 10);
    if (i < FREX_CTX_MAX_COUNTRIES && d->count[i]++ == 0)
      d->first[i] = p;
    size_t me = pcre2_get_ovector_pointer(md)[1];
    p = me > p ? me - 1 : p;
  }
  /* currencies named with their country, at the currency-word anchors */
  for (size_t pos = body; pos < end && d->nnamed < FREX_CTX_MAX_NAMED;) {
    size_t aend;
    frex_anchor_kind kind;
    size_t at = frex_amount_scan_next(scan, t, end, pos, &aend, &kind);
    if (at >= end)
      break;
    pos = aend > at ? aend : at + 1;
    if (kind != FREX_ANCHOR_WORD ||
        pcre2_match(c->named, (PCRE2_SPTR)t, end, at, PCRE2_NO_UTF_CHECK, md,
                    NULL) < 0)
      continue;
    d->named[d->nnamed].at = at;
    d->named[d->nnamed].entry =
        (uint32_t)strtoul((const char *)pcre2_get_mark(md), NULL, 10);
    d->nnamed++;
    pos = pcre2_get_ovector_pointer(md)[1];
  }
  pcre2_match_data_free(md);
}

long frex_amount_ctx_named(const frex_amount_ctx *c, const char *t, size_t len,
                           size_t at, pcre2_match_data *md, size_t *end) {
  if (pcre2_match(c->named, (PCRE2_SPTR)t, len, at, PCRE2_NO_UTF_CHECK, md,
                  NULL) < 0)
    return -1;
  *end = pcre2_get_ovector_pointer(md)[1];
  return strtol((const char *)pcre2_get_mark(md), NULL, 10);
}

/* ---------------------------------------------------------- resolving */

/* Is NOUN (N bytes, any case) the singular FAMILY or its plural? */
static bool noun_of(const char *noun, size_t n, const char *family) {
  size_t f = strlen(family);
  if (n < f || n > f + 1 || strncasecmp(noun, family, f))
    return false;
  return n == f || noun[f] == 's' || noun[f] == 'S' || noun[f] == 'x';
}

const char *frex_amount_ctx_noun(const frex_amount_ctx *c,
                                 frex_amount_docctx *d, const frex_doc *doc,
                                 const frex_amount_scan *scan,
                                 const char *noun, size_t n, size_t at) {
  if (!d->read)
    read_doc(c, d, doc, scan);
  for (size_t k = d->nnamed; k-- > 0;) {
    const frex_amount_cur *e = frex_amount_cur_get(d->named[k].entry);
    if (d->named[k].at < at && e && e->family && noun_of(noun, n, e->family))
      return e->code;
  }
  return NULL;
}

const char *frex_amount_ctx_resolve(const frex_amount_ctx *c,
                                    frex_amount_docctx *d, const frex_doc *doc,
                                    const frex_amount_scan *scan,
                                    const frex_amount_cur *cur, size_t at) {
  if (!(cur->flags & FREX_CUR_CONTEXT) || !cur->family)
    return cur->code;
  if (!d->read)
    read_doc(c, d, doc, scan);
  /* 1. the last name of the family with a country before AT */
  for (size_t k = d->nnamed; k-- > 0;) {
    if (d->named[k].at >= at)
      continue;
    const frex_amount_cur *e = frex_amount_cur_get(d->named[k].entry);
    if (e && e->family && e->code && !strcmp(e->family, cur->family))
      return e->code;
  }
  /* 2. the country the document names most, against the default's */
  bool old = d->old_years || !d->modern_years;
  int best = -1, def = 0;
  for (size_t i = 0; i < frex_amount_country_count(); i++) {
    if (!d->count[i] || strcmp(c->family[i], cur->family) ||
        (c->old_only[i] && !old))
      continue;
    const char *code = frex_amount_country_get(i)->code;
    if (cur->code && !strcmp(code, cur->code)) {
      def += d->count[i];
      continue;
    }
    if (best < 0 || d->count[i] > d->count[best] ||
        (d->count[i] == d->count[best] && d->first[i] < d->first[best]))
      best = (int)i;
  }
  if (best >= 0 && d->count[best] > def &&
      (strcmp(cur->family, "dollar") || d->count[best] >= 3 ||
       d->first[best] < d->first_line_end))
    return frex_amount_country_get((size_t)best)->code;
  /* 3. the default; francs by the years */
  if (cur->flags & FREX_CUR_FRANC)
    return old ? "FRF" : "CHF";
  return cur->code;
}
