/*
 * amount_ctx.c — currencies named with their country, and the country of a
 * bare currency name (amount_ctx.h).
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
 *     incidental: named in the headline (the body's first line, if more
 *     follows) or three times or more, so "les États-Unis et le Canada" or
 *     "Facebook teste au Brésil et au Canada" stay USD;
 *  3. its default (amount_cur.c), or for francs: FRF in a text about the
 *     years before 2002 (a year 1900..2001 in the text or as DCT, or no
 *     year at all), else CHF.  Pre-euro currencies (BEF, LUF, FIM, NLG)
 *     count only in such a text.
 *
 * Names and country words are looked up by their matching key (frex_key:
 * case, accents, apostrophes and runs of spaces do not matter) in two hash
 * tables built at start-up: no pattern to compile (a PCRE2 pattern of the
 * 500 names and 600 country words cost 33 M instructions at every start).
 * A lookup reads up to a few words from its start and keeps the longest
 * key found ("Soudan du Sud" over "Soudan").
 *
 * The document is read on the first bare name (most documents have none):
 * its named currencies at the prefilter's currency-word anchors, then the
 * country words of the bare name's group (dollars, francs, the others) and
 * the years, in one pass over its word starts (a filter of the group's
 * words' first bytes lets few through to a lookup).  Only the
 * first CTX_SPAN bytes count: an article is far shorter, and a huge
 * "document" (a whole dump on stdin) must not be rescanned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "amount_ctx.h"
#include "buf.h"
#include "dict.h"

#define CTX_SPAN (256u * 1024u)
/* Groups of families whose country words are counted together: dollars
 * (the most frequent bare name), francs, the others. */
enum { G_DOLLAR, G_FRANC, G_OTHER, NGROUPS };
_Static_assert(NGROUPS <= sizeof ((frex_amount_docctx *)0)->group_years,
               "group_years holds a byte per group");
#define MAX_FAMILIES 512

/* ------------------------------------------------------- key tables */

#define V_PREFIX (1u << 31) /* longer keys start with this one */
#define V_CAPS (1u << 30)   /* written in capitals: "US", "RDC", "CFA" */
#define V_INDEX (V_CAPS - 1)

typedef struct slot {
  uint32_t hash, off; /* key bytes: keys.ptr + off */
  uint32_t value;     /* index + 1 (0: none), | V_CAPS | V_PREFIX */
  uint16_t len;
} slot;

typedef struct table {
  slot *v;
  size_t cap; /* a power of two */
  frex_buf keys;
  int maxw; /* words in the longest key */
} table;

static uint32_t hash_bytes(const char *k, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)k[i]) * 16777619u;
  return h | 1; /* 0: empty slot */
}

static slot *find(const table *t, const char *k, size_t n, uint32_t h) {
  for (size_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
    slot *s = &t->v[i];
    if (!s->hash ||
        (s->hash == h && s->len == n && !memcmp(t->keys.ptr + s->off, k, n)))
      return s;
  }
}

/* Add KEY with VALUE (an index + 1 | V_CAPS, or V_PREFIX); the first full
 * value of a key wins. */
static int put(table *t, const char *k, size_t n, uint32_t value) {
  uint32_t h = hash_bytes(k, n);
  slot *s = find(t, k, n, h);
  if (!s->hash) {
    s->hash = h;
    s->off = (uint32_t)t->keys.len;
    s->len = (uint16_t)n;
    if (frex_buf_put(&t->keys, k, n))
      return FREX_E_NOMEM;
  }
  if ((value & ~V_PREFIX) && (s->value & ~V_PREFIX))
    value &= V_PREFIX;
  s->value |= value;
  return FREX_OK;
}

/* Key S (a name or a country word), its prefixes at spaces too.  A word
 * written in capitals only matches capitals. */
static int add_name(table *t, const char *s, size_t n, uint32_t value) {
  bool caps = n >= 2;
  for (size_t i = 0; i < n; i++)
    caps = caps && !(s[i] >= 'a' && s[i] <= 'z') && (unsigned char)s[i] < 0x80;
  if (caps)
    value |= V_CAPS;
  char k[FREX_KEY_MAX];
  size_t kn = frex_key(s, n, k, sizeof k);
  if (kn > sizeof k)
    return FREX_E_ARG;
  int words = 1, rc = FREX_OK;
  for (size_t i = 0; i < kn && rc == FREX_OK; i++)
    if (k[i] == ' ') {
      words++;
      rc = put(t, k, i, V_PREFIX);
    }
  if (words > t->maxw)
    t->maxw = words;
  return rc == FREX_OK ? put(t, k, kn, value) : rc;
}

static int table_init(table *t, size_t nkeys) {
  t->cap = 64;
  while (t->cap < 4 * nkeys)
    t->cap *= 2;
  t->v = calloc(t->cap, sizeof *t->v);
  t->keys = (frex_buf)FREX_BUF_INIT;
  t->maxw = 1;
  return t->v ? FREX_OK : FREX_E_NOMEM;
}

static void table_free(table *t) {
  free(t->v);
  frex_buf_free(&t->keys);
}

/* Has T[a..e) no lowercase ASCII letter ("US", not "us")? */
static bool no_lower(const unsigned char *u, size_t a, size_t e) {
  for (size_t i = a; i < e; i++)
    if (u[i] >= 'a' && u[i] <= 'z')
      return false;
  return true;
}

/* The end of T[a..e) without its last punctuation mark ("canadiens)" ->
 * "canadiens"), or E when it ends with none. */
static size_t strip_one(const unsigned char *u, size_t a, size_t e) {
  if (e > a && u[e - 1] && strchr(".,;:!?)]\"", u[e - 1]))
    return e - 1;
  if (e >= a + 2 && u[e - 2] == 0xC2 && u[e - 1] == 0xBB) /* » */
    return e - 2;
  if (e >= a + 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
      (u[e - 1] == 0x9D || u[e - 1] == 0x99 || u[e - 1] == 0xA6))
    return e - 3; /* ” ’ … */
  return e;
}

/* The longest key of T that the text at P spells, word by word (words end
 * at spaces; the last marks of a word may be left out).  Its value (index
 * + 1) and end in *END; 0 if none. */
static uint32_t longest(const table *t, const char *text, size_t len, size_t p,
                        size_t *end) {
  const unsigned char *u = (const unsigned char *)text;
  char k[FREX_KEY_MAX];
  uint32_t best = 0;
  size_t e = p, n;
  for (int w = 0; w < t->maxw && e < len; w++) {
    if (w) { /* over the spaces to the next word: one to five */
      size_t s = e, spaces = 0;
      while (s < len && spaces < 5 && frex_amount_space_at(u, s, len, &n))
        s += n, spaces++;
      if (s == e || s >= len || frex_amount_space_at(u, s, len, &n))
        break;
      e = s;
    }
    while (e < len && !frex_amount_space_at(u, e, len, &n) && u[e] != '\n' && u[e] != '\r')
      e++;
    /* the word, then without its last marks one by one ("U.S.,": the
     * key "u.s." is there, "u.s" is not) */
    bool more = false, hit = false;
    for (size_t ce = e, c = 0; c < 4 && ce > p; c++) {
      size_t kn = frex_key(text + p, ce - p, k, sizeof k);
      if (kn <= sizeof k && kn) {
        const slot *s = find(t, k, kn, hash_bytes(k, kn));
        if (s->hash && (s->value & V_INDEX) && !hit &&
            (!(s->value & V_CAPS) || no_lower(u, p, ce))) {
          best = s->value & V_INDEX; /* the longest of this word */
          *end = ce;
          hit = true;
        }
        more |= s->hash && (s->value & V_PREFIX);
      }
      size_t ne = strip_one(u, p, ce);
      if (ne == ce)
        break;
      ce = ne;
    }
    if (!more)
      break;
  }
  return best;
}

/* --------------------------------------------------------- the tables */

struct frex_amount_ctx {
  table named;   /* frex_amount_named forms -> index + 1 */
  table country; /* country words -> entry + 1 */
  /* word starts worth a lookup in COUNTRY, per group of families (NGROUPS:
   * a document with bare "$" reads only the dollar countries' words): the
   * folded first four bytes of its words of four bytes or more (hashed,
   * 65536 bits), the folded first two of the shorter ones ("US", "RDC") */
  uint64_t long4[NGROUPS][1024], short2[NGROUPS][1024];
  /* the same filters of all the groups together (bitwise or): a word start
   * that fails both fails every group's */
  uint64_t any_long4[1024], any_short2[1024];
  uint8_t country_group[FREX_CTX_MAX_COUNTRIES];
  const char *families[MAX_FAMILIES]; /* the distinct families */
  int nfamilies;
  int16_t country_family[FREX_CTX_MAX_COUNTRIES]; /* of each entry's code */
  bool old_only[FREX_CTX_MAX_COUNTRIES];          /* a pre-euro currency */
  int16_t *named_family;                          /* of each named form */
};

/* ASCII letters, Latin-1 capitals after C3 (É -> é) and other bytes alike
 * get the 0x20 bit: as the prefilter folds (amount_scan.c). */
static inline uint32_t key4(const unsigned char *p) {
  uint32_t x;
  memcpy(&x, p, 4);
  return ((x | 0x20202020u) * 0x9E3779B1u) >> 16;
}

static inline uint32_t key2(const unsigned char *p) {
  return (uint32_t)(p[0] | 0x20) << 8 | (p[1] | 0x20);
}

static inline bool bit(const uint64_t *set, uint32_t k) {
  return (set[k >> 6] >> (k & 63)) & 1;
}

static inline void set_bit(uint64_t *set, uint32_t k) {
  set[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* Bytes inside a word or number: letters, digits, UTF-8 bytes but those of
 * U+00A0, U+202F, ’ « » (spaces and quotes before a word).  Written by
 * frex_amount_ctx_new, the same bytes each time, before threads read it. */
static bool in_word[256];
static void in_word_init(void) {
  for (int b = 0; b < 256; b++)
    in_word[b] = (b >= '0' && b <= '9') ||
                 ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
                 (b >= 0x80 && b != 0xA0 && b != 0xAF && b != 0x99 &&
                  b != 0xAB && b != 0xBB);
}

static int family_id(frex_amount_ctx *c, const char *f) {
  for (int i = 0; i < c->nfamilies; i++)
    if (!strcmp(c->families[i], f))
      return i;
  if (c->nfamilies == MAX_FAMILIES)
    return -1;
  c->families[c->nfamilies] = f;
  return c->nfamilies++;
}

static int family_of(const frex_amount_ctx *c, const char *f) {
  for (int i = 0; f && i < c->nfamilies; i++)
    if (!strcmp(c->families[i], f))
      return i;
  return -1;
}

static int group_of(const char *family) {
  return !strcmp(family, "dollar")  ? G_DOLLAR
         : !strcmp(family, "franc") ? G_FRANC
                                    : G_OTHER;
}

int frex_amount_ctx_new(frex_amount_ctx **out, char *err, size_t errlen) {
  *out = NULL;
  frex_amount_ctx *c = calloc(1, sizeof *c);
  if (!c)
    return FREX_E_NOMEM;
  size_t nn = frex_amount_named_count(), ne = frex_amount_country_count();
  size_t nwords = 0;
  for (size_t i = 0; i < ne; i++)
    for (const char *p = frex_amount_country_get(i)->words; p;
         p = strchr(p, '|'), p = p ? p + 1 : p)
      nwords++;
  in_word_init(); /* before any thread reads it */
  c->named_family = malloc((nn ? nn : 1) * sizeof *c->named_family);
  int rc = c->named_family ? table_init(&c->named, 3 * nn) : FREX_E_NOMEM;
  if (rc == FREX_OK)
    rc = table_init(&c->country, 3 * nwords);
  const char *what = "";
  for (size_t i = 0; i < nn && rc == FREX_OK; i++) {
    const frex_amount_named *m = frex_amount_named_get(i);
    int f = family_id(c, m->family);
    c->named_family[i] = (int16_t)f;
    rc = f < 0 ? FREX_E_ARG
               : add_name(&c->named, m->name, strlen(m->name), (uint32_t)i + 1);
    what = m->name;
  }
  if (rc == FREX_OK && ne > FREX_CTX_MAX_COUNTRIES) {
    rc = FREX_E_ARG;
    what = "(too many country entries)";
  }
  for (size_t i = 0; i < ne && rc == FREX_OK; i++) {
    const frex_amount_country *e = frex_amount_country_get(i);
    /* the entry's code must be that of a named currency, whose family
     * gives the bare names it decides: a typo would go unnoticed */
    c->country_family[i] = -1;
    for (size_t k = 0; k < nn && c->country_family[i] < 0; k++)
      if (!strcmp(frex_amount_named_get(k)->code, e->code))
        c->country_family[i] = c->named_family[k];
    static const char *const old[] = {"BEF", "LUF", "FIM", "NLG"};
    for (size_t k = 0; k < sizeof old / sizeof *old; k++)
      c->old_only[i] |= !strcmp(e->code, old[k]);
    what = e->code;
    if (c->country_family[i] < 0)
      rc = FREX_E_ARG;
    else
      c->country_group[i] =
          (uint8_t)group_of(c->families[c->country_family[i]]);
    int g = c->country_group[i];
    for (const char *p = e->words; p && rc == FREX_OK;) {
      const char *bar = strchr(p, '|');
      size_t n = bar ? (size_t)(bar - p) : strlen(p);
      const unsigned char *u = (const unsigned char *)p;
      if (n >= 4) {
        set_bit(c->long4[g], key4(u));
        set_bit(c->any_long4, key4(u));
      } else if (n >= 2) {
        set_bit(c->short2[g], key2(u));
        set_bit(c->any_short2, key2(u));
      }
      what = p;
      rc = n >= 2 ? add_name(&c->country, p, n, (uint32_t)i + 1) : FREX_E_ARG;
      p = bar ? bar + 1 : NULL;
    }
  }
  if (rc != FREX_OK) {
    if (err && errlen)
      snprintf(err, errlen, "AMOUNT currency tables: bad entry '%.60s'", what);
    frex_amount_ctx_free(c);
    return rc == FREX_E_NOMEM ? rc : FREX_E_PATTERN;
  }
  *out = c;
  return FREX_OK;
}

void frex_amount_ctx_free(frex_amount_ctx *c) {
  if (!c)
    return;
  table_free(&c->named);
  table_free(&c->country);
  free(c->named_family);
  free(c);
}

long frex_amount_ctx_named(const frex_amount_ctx *c, const char *t, size_t len,
                           size_t at, size_t *end) {
  uint32_t v = longest(&c->named, t, len, at, end);
  return v ? (long)v - 1 : -1;
}

/* ------------------------------------------------------------ reading */

static size_t char_start(const char *t, size_t i) {
  while (i && ((unsigned char)t[i] & 0xC0) == 0x80)
    i--;
  return i;
}

static inline bool is_digit(unsigned char b) { return b >= '0' && b <= '9'; }

/* A year 1900..2099 written alone at P..E (no digit, no "1," after): 1 for
 * 1900..2001, 2 for 2002..2099, else 0. */
static unsigned year_kind(const unsigned char *u, size_t p, size_t e,
                          size_t end) {
  if (e - p != 4 ||
      (e + 1 < end && (u[e] == ',' || u[e] == '.') && is_digit(u[e + 1])))
    return 0;
  int y = (u[p] - '0') * 1000 + (u[p + 1] - '0') * 100 + (u[p + 2] - '0') * 10 +
          (u[p + 3] - '0');
  return y >= 1900 && y <= 2001 ? 1 : y >= 2002 && y <= 2099 ? 2 : 0;
}

/* The headline and the DCT's years: once. */
static void read_doc(frex_amount_docctx *d, const frex_doc *doc) {
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
  size_t s = body; /* the headline: the body's first line, when a body
                      follows it (a one-line text has no headline) */
  while (s < end && (u[s] == '\n' || u[s] == '\r' || u[s] == ' '))
    s++;
  const char *nl = memchr(t + s, '\n', end - s);
  d->first_line_end = nl ? (size_t)(nl - t) : body;
  d->named_to = body;
}

void frex_amount_ctx_note(frex_amount_docctx *d, size_t at, size_t entry) {
  if (d->nnamed < FREX_CTX_MAX_NAMED) {
    d->named[d->nnamed].at = at;
    d->named[d->nnamed].entry = (uint32_t)entry;
    d->nnamed++;
  }
}

/* The named currencies before UPTO, at the currency-word anchors: only
 * what was not read yet, so a document is read once at most. */
static void scan_named(const frex_amount_ctx *c, frex_amount_docctx *d,
                       const frex_doc *doc, const frex_amount_scan *scan,
                       size_t upto) {
  const char *t = doc->text;
  size_t end = doc->len;
  if (end - doc->body > CTX_SPAN)
    end = char_start(t, doc->body + CTX_SPAN);
  if (upto > end)
    upto = end;
  size_t pos = d->named_to;
  while (pos < upto && d->nnamed < FREX_CTX_MAX_NAMED) {
    size_t aend, me;
    frex_anchor_kind kind;
    size_t at =
        d->cls ? frex_amount_scan_next_cls(scan, d->cls, t, upto, pos, &aend,
                                           &kind)
               : frex_amount_scan_next(scan, t, upto, pos, &aend, &kind);
    if (at >= upto)
      break;
    pos = aend > at ? aend : at + 1;
    long k = kind == FREX_ANCHOR_WORD
                 ? frex_amount_ctx_named(c, t, end, at, &me)
                 : -1;
    if (k >= 0) {
      frex_amount_ctx_note(d, at, (size_t)k);
      pos = me > pos ? me : pos;
    }
  }
  if (upto > d->named_to)
    d->named_to = upto;
}

/* The last named currency of family FAM (or of the noun NOUN) before AT. */
static long last_named(const frex_amount_docctx *d, const frex_amount_ctx *c,
                       int fam, size_t at) {
  long best = -1;
  for (size_t k = 0; k < d->nnamed; k++)
    if (d->named[k].at < at && c->named_family[d->named[k].entry] == fam &&
        (best < 0 || d->named[k].at > d->named[best].at))
      best = (long)k;
  return best;
}

#if defined(__SSE2__)
/* Bit K: P[K] is in_word (16 bytes). */
static inline unsigned in_word16(const unsigned char *p) {
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                  _mm_set1_epi8((char)(0x80 - 'a'))),
                     _mm_set1_epi8((char)(0x80 + 26)));
  __m128i digit =
      _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
                     _mm_set1_epi8((char)(0x80 + 10)));
  __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
  __m128i excl = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xA0)),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xAF))),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x99)),
                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xAB)),
                                _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xBB)))));
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(letter, digit), _mm_andnot_si128(excl, high)));
}
#endif

/* The two slow cases of count_all's loop, out of line so that the loop
 * keeps its state in registers: a four-digit number (a year?), and a word
 * that passed a group's bit filters (a country name?).  SKIP[G]: no word
 * start before it counts for group G (the end of its last country name). */
static __attribute__((noinline)) void
count_year(frex_amount_docctx *d, const unsigned char *u, size_t end, size_t w,
           const size_t *skip) {
  if (end - w >= 4 && is_digit(u[w + 1]) && is_digit(u[w + 2]) &&
      is_digit(u[w + 3]) && (end - w == 4 || !in_word[u[w + 4]])) {
    unsigned k = year_kind(u, w, w + 4, end);
    for (int g = 0; g < NGROUPS && k; g++)
      if (w >= skip[g])
        d->group_years[g] |= (unsigned char)k;
  }
}

static __attribute__((noinline)) void
count_word(const frex_amount_ctx *c, frex_amount_docctx *d, const char *t,
           size_t end, size_t w, size_t *skip) {
  const unsigned char *u = (const unsigned char *)t;
  unsigned hit = 0; /* the groups whose filters W passes, and may count at W */
  for (int g = 0; g < NGROUPS; g++)
    if (w >= skip[g] &&
        ((end - w >= 4 && bit(c->long4[g], key4(u + w))) ||
         (end - w >= 2 && bit(c->short2[g], key2(u + w)))))
      hit |= 1u << g;
  if (!hit)
    return;
  size_t me;
  uint32_t v = longest(&c->country, t, end, w, &me);
  if (!v || !(hit >> c->country_group[v - 1] & 1))
    return;
  if (d->count[v - 1]++ == 0)
    d->first[v - 1] = w;
  skip[c->country_group[v - 1]] = me;
}

/* Count the country words of every group, and the years, in one pass over
 * the word starts of the document's first CTX_SPAN bytes (SSE2: 16 bytes
 * at a time): once per document, the first time a group is needed.  Each
 * group keeps its own SKIP, so its counts (and the years, kept per group
 * until a group reads them) are those a pass of its own would give. */
static void count_all(const frex_amount_ctx *c, frex_amount_docctx *d,
                      const frex_doc *doc) {
  d->counted = true;
  const char *t = doc->text;
  const unsigned char *u = (const unsigned char *)t;
  size_t body = doc->body, end = doc->len;
  if (end - body > CTX_SPAN)
    end = char_start(t, body + CTX_SPAN);
  size_t skip[NGROUPS];
  for (int g = 0; g < NGROUPS; g++)
    skip[g] = body;
  size_t p = body;
  bool prev = false; /* the byte before P is in a word */
#define COUNT_AT(w)                                                            \
  do {                                                                         \
    size_t w_ = (w);                                                           \
    if (is_digit(u[w_]))                                                       \
      count_year(d, u, end, w_, skip);                                         \
    else if ((end - w_ >= 4 && bit(c->any_long4, key4(u + w_))) ||             \
             (end - w_ >= 2 && bit(c->any_short2, key2(u + w_))))             \
      count_word(c, d, t, end, w_, skip);                                      \
  } while (0)
#if defined(__SSE2__)
  for (; p + 16 <= end; p += 16) {
    unsigned m = in_word16(u + p);
    unsigned starts = m & ~((m << 1) | (unsigned)prev);
    prev = (m >> 15) & 1;
    for (; starts; starts &= starts - 1)
      COUNT_AT(p + (size_t)__builtin_ctz(starts));
  }
#endif
  for (; p < end; p++) {
    bool in = in_word[u[p]];
    if (in && !prev)
      COUNT_AT(p);
    prev = in;
  }
#undef COUNT_AT
}

/* Group G's country counts (and the years, when YEARS) are wanted: as a
 * pass of group G alone would have left D. */
static void count_countries(const frex_amount_ctx *c, frex_amount_docctx *d,
                            const frex_doc *doc, int g, bool years) {
  if (!d->counted)
    count_all(c, d, doc);
  d->scanned |= 1u << g;
  d->years |= years;
  if (years) {
    d->old_years |= d->group_years[g] & 1;
    d->modern_years |= (d->group_years[g] >> 1) & 1;
  }
}

/* ---------------------------------------------------------- resolving */

/* "CFA" (a franc CFA without BCEAO or BEAC): XAF in a text that names more
 * Central African countries (CEMAC) than West African ones, else XOF. */
static const char *cfa(const frex_amount_ctx *c, frex_amount_docctx *d,
                       const frex_doc *doc) {
  if (!(d->scanned & (1u << G_FRANC)))
    count_countries(c, d, doc, G_FRANC, !d->years);
  int xof = 0, xaf = 0;
  for (size_t i = 0; i < frex_amount_country_count(); i++) {
    const char *code = frex_amount_country_get(i)->code;
    int n = d->scanned >> c->country_group[i] & 1 ? d->count[i] : 0;
    xof += strcmp(code, "XOF") ? 0 : n;
    xaf += strcmp(code, "XAF") ? 0 : n;
  }
  return xaf > xof ? "XAF" : "XOF";
}

const char *frex_amount_ctx_code(const frex_amount_ctx *c,
                                 frex_amount_docctx *d, const frex_doc *doc,
                                 const char *code) {
  if (!code || strcmp(code, "CFA"))
    return code;
  if (!d->read)
    read_doc(d, doc);
  return cfa(c, d, doc);
}

/* Is NOUN (N bytes, any case) the singular FAMILY or its plural? */
static bool noun_of(const char *noun, size_t n, const char *family) {
  size_t f = strlen(family);
  if (n < f || n > f + 1)
    return false;
  for (size_t i = 0; i < f; i++)
    if ((noun[i] | (noun[i] >= 'A' && noun[i] <= 'Z' ? 0x20 : 0)) != family[i])
      return false;
  return n == f || noun[f] == 's' || noun[f] == 'S' || noun[f] == 'x';
}

const char *frex_amount_ctx_noun(const frex_amount_ctx *c,
                                 frex_amount_docctx *d, const frex_doc *doc,
                                 const frex_amount_scan *scan, const char *noun,
                                 size_t n, size_t at) {
  if (!d->read)
    read_doc(d, doc);
  scan_named(c, d, doc, scan, at);
  for (int f = 0; f < c->nfamilies; f++)
    if (noun_of(noun, n, c->families[f])) {
      long k = last_named(d, c, f, at);
      return k < 0 ? NULL
                   : frex_amount_ctx_code(
                         c, d, doc,
                         frex_amount_named_get(d->named[k].entry)->code);
    }
  return NULL;
}

/* Does DOC (its first CTX_SPAN bytes) name Québec or Montréal? */
static bool quebec_named(const frex_doc *doc) {
  static const char *const words[] = {"Qu\xc3\xa9" "bec", "Quebec",
                                      "qu\xc3\xa9" "b\xc3\xa9" "co",
                                      "Montr\xc3\xa9" "al", "Montreal"};
  size_t n = doc->len - doc->body;
  if (n > CTX_SPAN)
    n = CTX_SPAN;
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (memmem(doc->text + doc->body, n, words[i], strlen(words[i])))
      return true;
  return false;
}

const char *frex_amount_ctx_resolve(const frex_amount_ctx *c,
                                    frex_amount_docctx *d, const frex_doc *doc,
                                    const frex_amount_scan *scan,
                                    const frex_amount_cur *cur, size_t at,
                                    bool sign_after) {
  if (!(cur->flags & FREX_CUR_CONTEXT) || !cur->family)
    return frex_amount_ctx_code(c, d, doc, cur->code); /* "FCFA" */
  int fam = family_of(c, cur->family);
  if (!d->read)
    read_doc(d, doc);
  /* 1. the last name of the family with a country before AT */
  scan_named(c, d, doc, scan, at);
  long k = last_named(d, c, fam, at);
  if (k >= 0)
    return frex_amount_ctx_code(c, d, doc,
                                frex_amount_named_get(d->named[k].entry)->code);
  /* 2. the country the document names most, against the default's */
  int g = group_of(cur->family);
  if (!(d->scanned & (1u << g))) /* dollars need no years */
    count_countries(c, d, doc, g, g != G_DOLLAR && !d->years);
  bool old = d->old_years || !d->modern_years;
  int best = -1, def = 0;
  for (size_t i = 0; i < frex_amount_country_count(); i++) {
    if (!d->count[i] || c->country_family[i] != fam ||
        !(d->scanned >> c->country_group[i] & 1) || (c->old_only[i] && !old))
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
  /* a "$" after the number in a text that names Québec or Montréal once
   * is Québec's press ("Le gouvernement du Québec investira 7,3 milliards
   * $"); "au Brésil et au Canada ... 10 $" stays USD */
  bool canadian = best >= 0 && sign_after &&
                  !strcmp(frex_amount_country_get((size_t)best)->code, "CAD") &&
                  quebec_named(doc);
  if (best >= 0 && d->count[best] > def &&
      (strcmp(cur->family, "dollar") || d->count[best] >= 3 ||
       d->first[best] < d->first_line_end || canadian))
    return frex_amount_ctx_code(c, d, doc,
                                frex_amount_country_get((size_t)best)->code);
  /* 3. the default; francs by the years */
  if (cur->flags & FREX_CUR_FRANC)
    return old ? "FRF" : "CHF";
  return cur->code;
}
