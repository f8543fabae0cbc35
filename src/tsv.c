/*
 * tsv.c — TSV and JSONL rows (SPEC "Token TSV", "Entity TSV", "Robustness":
 * \t \n \r \\ escaped in every TSV field).  One column table per row
 * kind gives the header, the TSV fields and the JSONL keys; the fast TSV
 * token writer writes the same columns (static assertions tie it to the
 * table, the fuzz target to the table-driven rows).  Rows are appended to
 * a frex_buf that frex_writer hands on in large blocks.
 */
#include "tsv.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The column table: names in output order, indexed by FREX_TOKCOL_* and
 * FREX_ENTCOL_* (frex.h). */
static const char *const token_columns[FREX_TOKCOLS] = {
    [FREX_TOKCOL_DOC] = "doc",     [FREX_TOKCOL_SENT] = "sent",
    [FREX_TOKCOL_START] = "start", [FREX_TOKCOL_END] = "end",
    [FREX_TOKCOL_CLASS] = "class", [FREX_TOKCOL_TOKEN] = "token",
    [FREX_TOKCOL_NORM] = "norm",   [FREX_TOKCOL_STEM] = "stem"};
static const char *const entity_columns[FREX_ENTCOLS] = {
    [FREX_ENTCOL_DOC] = "doc",     [FREX_ENTCOL_START] = "start",
    [FREX_ENTCOL_END] = "end",     [FREX_ENTCOL_TYPE] = "type",
    [FREX_ENTCOL_TEXT] = "text",   [FREX_ENTCOL_VALUE] = "value",
    [FREX_ENTCOL_UNIT] = "unit"};

unsigned frex_column_count(frex_rows rows) {
  return rows == FREX_ROWS_TOKENS ? FREX_TOKCOLS : FREX_ENTCOLS;
}

const char *frex_column_name(frex_rows rows, unsigned col) {
  if (col >= frex_column_count(rows))
    return NULL;
  return rows == FREX_ROWS_TOKENS ? token_columns[col] : entity_columns[col];
}

int frex_write_header(frex_buf *b, frex_rows rows) {
  unsigned n = frex_column_count(rows);
  for (unsigned i = 0; i < n; i++)
    if (frex_buf_puts(b, frex_column_name(rows, i)) ||
        frex_buf_putc(b, i + 1 < n ? '\t' : '\n'))
      return FREX_E_NOMEM;
  return FREX_OK;
}

/* Does S[0..n) hold a byte that TSV escapes (TAB, LF, CR, backslash)?
 * Entity fields and stems almost never do: 16 bytes are tested at a time
 * (four compares, one movemask), the last few one by one. */
static bool tsv_needs_escape(const char *s, size_t n) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                cr = _mm_set1_epi8('\r'), bs = _mm_set1_epi8('\\');
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)),
        _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, bs)));
    if (_mm_movemask_epi8(m))
      return true;
  }
#endif
  for (; i < n; i++)
    if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\\')
      return true;
  return false;
}

int frex_tsv_escape(frex_buf *b, const char *s, size_t n) {
  if (!tsv_needs_escape(s, n))
    return frex_buf_put(b, s, n);
  size_t run = 0; /* copy unescaped runs in one call */
  for (size_t i = 0; i < n; i++) {
    char c = s[i], e;
    switch (c) {
    case '\t': e = 't'; break;
    case '\n': e = 'n'; break;
    case '\r': e = 'r'; break;
    case '\\': e = '\\'; break;
    default: continue;
    }
    if (frex_buf_put(b, s + run, i - run) || frex_buf_putc(b, '\\') ||
        frex_buf_putc(b, e))
      return FREX_E_NOMEM;
    run = i + 1;
  }
  return frex_buf_put(b, s + run, n - run);
}

/* Length of the valid UTF-8 sequence at s[i], or 0 (tsv.h). */
size_t frex_utf8_seq(const unsigned char *s, size_t n, size_t i) {
  unsigned char c = s[i];
  size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (!len || c > 0xF4 || i + len > n)
    return 0;
  for (size_t k = 1; k < len; k++)
    if ((s[i + k] & 0xC0) != 0x80)
      return 0;
  if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F) ||
      (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F))
    return 0; /* overlong, surrogate or past U+10FFFF */
  return len;
}

int frex_json_string(frex_buf *b, const char *s, size_t n) {
  if (frex_buf_putc(b, '"'))
    return FREX_E_NOMEM;
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = u[i];
    if (c >= 0x80) {
      /* JSON must be UTF-8: a byte that is not (a file name, an --lines
       * id) is written as U+FFFD */
      size_t k = frex_utf8_seq(u, n, i);
      if (k) {
        i += k - 1;
        continue;
      }
      if (frex_buf_put(b, s + run, i - run) || frex_buf_puts(b, "\\ufffd"))
        return FREX_E_NOMEM;
      run = i + 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
      continue;
    char esc[8];
    switch (c) {
    case '"': strcpy(esc, "\\\""); break;
    case '\\': strcpy(esc, "\\\\"); break;
    case '\n': strcpy(esc, "\\n"); break;
    case '\t': strcpy(esc, "\\t"); break;
    case '\r': strcpy(esc, "\\r"); break;
    default: snprintf(esc, sizeof esc, "\\u%04x", c); break;
    }
    if (frex_buf_put(b, s + run, i - run) || frex_buf_puts(b, esc))
      return FREX_E_NOMEM;
    run = i + 1;
  }
  if (frex_buf_put(b, s + run, n - run) || frex_buf_putc(b, '"'))
    return FREX_E_NOMEM;
  return FREX_OK;
}

/* One field of a row: a string or a number. */
typedef struct cell {
  const char *s;
  size_t n;
  unsigned long long num;
  bool is_num;
} cell;

static cell str_cell(const char *s, size_t n) {
  return (cell){s, n, 0, false};
}
static cell num_cell(unsigned long long v) { return (cell){"", 0, v, true}; }

/* A row of ROWS from its cells, in table order: TSV fields or a JSON
 * object keyed by the column names. */
static int write_row(frex_buf *b, frex_format fmt, frex_rows rows,
                     const cell *cells) {
  unsigned n = frex_column_count(rows);
  for (unsigned i = 0; i < n; i++) {
    const cell *c = &cells[i];
    if (fmt == FREX_FMT_TSV) {
      if (i && frex_buf_putc(b, '\t'))
        return FREX_E_NOMEM;
    } else if (frex_buf_puts(b, i ? ",\"" : "{\"") ||
               frex_buf_puts(b, frex_column_name(rows, i)) ||
               frex_buf_puts(b, "\":")) {
      return FREX_E_NOMEM;
    }
    int rc = c->is_num ? frex_buf_putu(b, c->num)
             : fmt == FREX_FMT_TSV ? frex_tsv_escape(b, c->s, c->n)
                                   : frex_json_string(b, c->s, c->n);
    if (rc)
      return FREX_E_NOMEM;
  }
  return fmt == FREX_FMT_TSV ? frex_buf_putc(b, '\n')
                             : frex_buf_puts(b, "}\n");
}

/* Raw writers for the TSV fast path: the caller reserved room. */
static char *raw_escaped(char *p, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    switch (c) {
    case '\t': *p++ = '\\'; *p++ = 't'; break;
    case '\n': *p++ = '\\'; *p++ = 'n'; break;
    case '\r': *p++ = '\\'; *p++ = 'r'; break;
    case '\\': *p++ = '\\'; *p++ = '\\'; break;
    default: *p++ = c;
    }
  }
  return p;
}

/* Unaligned loads and stores of small words (memcpy compiles to one move). */
static inline uint64_t load64(const char *s) {
  uint64_t x;
  memcpy(&x, s, 8);
  return x;
}
static inline uint32_t load32(const char *s) {
  uint32_t x;
  memcpy(&x, s, 4);
  return x;
}
static inline void store64(char *p, uint64_t x) { memcpy(p, &x, 8); }
static inline void store32(char *p, uint32_t x) { memcpy(p, &x, 4); }

/* Nonzero iff a byte of X is a backslash (the exact "has zero byte" test
 * applied to X ^ '\\' in every byte). */
static inline uint64_t has_bs64(uint64_t x) {
  x ^= 0x5c5c5c5c5c5c5c5cull;
  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}
static inline uint32_t has_bs32(uint32_t x) {
  x ^= 0x5c5c5c5cu;
  return (x - 0x01010101u) & ~x & 0x80808080u;
}

/* Copy S[0..n) to P (n <= 16) with two overlapping words, reading and
 * writing only those n bytes; nonzero if the bytes hold a backslash. */
static inline uint64_t copy_small(char *p, const char *s, size_t n) {
  if (n >= 8) {
    uint64_t a = load64(s), z = load64(s + n - 8);
    store64(p, a);
    store64(p + n - 8, z);
    return has_bs64(a) | has_bs64(z);
  }
  if (n >= 4) {
    uint32_t a = load32(s), z = load32(s + n - 4);
    store32(p, a);
    store32(p + n - 4, z);
    return has_bs32(a) | has_bs32(z);
  }
  if (!n)
    return 0;
  /* 1 to 3 bytes: first, middle and last cover them all */
  char a = s[0], m = s[n >> 1], z = s[n - 1];
  p[0] = a;
  p[n >> 1] = m;
  p[n - 1] = z;
  return (a == '\\') | (m == '\\') | (z == '\\');
}

/* Token, norm and stem fields never hold TAB, LF or CR: those are
 * separators for the tokenizer.  Only a backslash can need escaping:
 * short fields (most tokens) are copied by words and tested on the way,
 * long ones use libc's memchr and memcpy. */
static char *raw_long_field(char *p, const char *s, size_t n) {
  if (memchr(s, '\\', n))
    return raw_escaped(p, s, n);
  memcpy(p, s, n);
  return p + n;
}

static inline char *raw_token_field(char *p, const char *s, size_t n) {
  if (n > 16)
    return raw_long_field(p, s, n);
  return copy_small(p, s, n) ? raw_escaped(p, s, n) : p + n;
}

static const char digit_pairs[] = "00010203040506070809101112131415161718192021"
                                  "22232425262728293031323334353637383940414243"
                                  "44454647484950515253545556575859606162636465"
                                  "66676869707172737475767778798081828384858687"
                                  "8889909192939495969798" "99";

static const uint32_t pow10_32[] = {1,      10,      100,      1000,
                                    10000,  100000,  1000000,  10000000,
                                    100000000, 1000000000};

/* Decimal digits of a 32-bit V: log2 by the highest set bit, times
 * log10(2) ~ 1233/4096, corrected by one comparison.  V | 1 has as many
 * digits as V and makes 0 count as one digit. */
static inline unsigned digits_u32(uint32_t v) {
  v |= 1;
  unsigned t = ((32 - (unsigned)__builtin_clz(v)) * 1233) >> 12;
  return t + (v >= pow10_32[t]);
}

/* Write the DIGITS decimal digits of V ending at Q, two at a time. */
static inline void put_u32_back(char *q, uint32_t v) {
  while (v >= 100) {
    memcpy(q -= 2, digit_pairs + (v % 100) * 2, 2);
    v /= 100;
  }
  if (v >= 10)
    memcpy(q - 2, digit_pairs + v * 2, 2);
  else
    q[-1] = (char)('0' + v);
}

/* Decimal digits of V, two at a time, written backwards in place. */
static char *raw_number(char *p, unsigned long long v) {
  if (v <= UINT32_MAX) { /* every offset below 4 GB */
    unsigned digits = digits_u32((uint32_t)v);
    put_u32_back(p + digits, (uint32_t)v);
    return p + digits;
  }
  unsigned digits = 1;
  unsigned long long x = v;
  while (x >= 10) {
    x /= 10;
    digits++;
  }
  char *q = p + digits;
  do {
    *--q = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return p + digits;
}

int frex_write_token(frex_buf *b, frex_format fmt, const char *doc,
                     const char *text, size_t base, const frex_token *t,
                     const char *norm, size_t normlen, const char *stem,
                     size_t stemlen) {
  const char *cls = frex_token_class_name(t->cls);
  cell c[FREX_TOKCOLS];
  c[FREX_TOKCOL_DOC] = str_cell(doc, strlen(doc));
  c[FREX_TOKCOL_SENT] = num_cell(t->sent);
  c[FREX_TOKCOL_START] = num_cell(base + t->start);
  c[FREX_TOKCOL_END] = num_cell(base + t->end);
  c[FREX_TOKCOL_CLASS] = str_cell(cls, strlen(cls));
  c[FREX_TOKCOL_TOKEN] = str_cell(text + t->start, t->end - t->start);
  c[FREX_TOKCOL_NORM] = str_cell(norm, normlen);
  c[FREX_TOKCOL_STEM] = str_cell(stem ? stem : "", stem ? stemlen : 0);
  return write_row(b, fmt, FREX_ROWS_TOKENS, c);
}

/* ------------------------------------------------------------ token rows */

/* The fast writer writes the columns in this order, as the table says. */
_Static_assert(FREX_TOKCOL_DOC == 0 && FREX_TOKCOL_SENT == 1 &&
                   FREX_TOKCOL_START == 2 && FREX_TOKCOL_END == 3 &&
                   FREX_TOKCOL_CLASS == 4 && FREX_TOKCOL_TOKEN == 5 &&
                   FREX_TOKCOL_NORM == 6 && FREX_TOKCOL_STEM == 7 &&
                   FREX_TOKCOLS == 8,
               "frex_token_writer_row writes doc, sent, start, end, class, "
               "token, norm, stem: change it with the table");

/* Class names with their TAB, padded to 8 bytes: stored with one move.
 * Made once from frex_token_class_name (the names' one table). */
#define NCLASSES (FREX_TOK_EMAIL + 1)
static char class_tab[NCLASSES][8];
static unsigned char class_tab_len[NCLASSES];

static void make_class_tab(void) {
  for (int k = 0; k < NCLASSES; k++) {
    const char *name = frex_token_class_name((frex_token_class)k);
    size_t n = strlen(name);
    if (n > 6)
      n = 6; /* names are at most "PUNCT", "EMAIL": never cut */
    memcpy(class_tab[k], name, n);
    class_tab[k][n] = '\t';
    class_tab_len[k] = (unsigned char)(n + 1);
  }
}

/* Rewrite the sentence part of the prefix (after "doc\t"): "N\t". */
static void writer_set_sent(frex_token_writer *w, uint32_t sent) {
  char *p = w->prefix + w->doclen;
  p = raw_number(p, sent);
  *p++ = '\t';
  w->sent = sent;
  w->prefixlen = (size_t)(p - w->prefix);
}

void frex_token_writer_init(frex_token_writer *w, frex_buf *b,
                            const char *doc, const char *text,
                            size_t text_limit, size_t base) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, make_class_tab);
  size_t dl = strlen(doc);
  w->b = b;
  w->doc = doc;
  w->text = text;
  w->text_limit = text_limit;
  w->base = base;
  w->tails = NULL;
  w->off = (frex_offset_state){0, 0, 0, 0, 0, 0, 0};
  memset(w->prefix, 0, sizeof w->prefix); /* the 16-byte copies read it */
  /* escaped, the doc may take twice its bytes; leave room for "\tN\t" */
  w->doc_fits = 2 * dl + 16 <= sizeof w->prefix - 16;
  if (w->doc_fits) {
    char *p = raw_escaped(w->prefix, doc, dl);
    *p++ = '\t';
    w->doclen = (size_t)(p - w->prefix);
    writer_set_sent(w, 0);
  }
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FREX_SWAR_OFFSETS 1
/* The 8 decimal digits of V < 10^8 (leading zeros kept) as the bytes of a
 * word, the first digit in its lowest byte, computed in registers: V is
 * split into two 4-digit halves in the word's 32-bit lanes, each of those
 * into two 2-digit halves in 16-bit lanes, each of those into its digits
 * in bytes; each quotient is a multiplication and a shift (x * 5243 >> 19
 * is x / 100 below 10^4, x * 103 >> 10 is x / 10 below 100), and no lane
 * overflows into the next.  Checked against printf for every V. */
static inline uint64_t swar8(uint32_t v) {
  uint64_t x = (uint64_t)(v / 10000) | (uint64_t)(v % 10000) << 32;
  uint64_t q = ((x * 5243) >> 19) & 0x0000007F0000007Full;
  x = q | (x - q * 100) << 16;
  uint64_t t = ((x * 103) >> 10) & 0x000F000F000F000Full;
  x = t | (x - t * 10) << 8;
  return x + 0x3030303030303030ull;
}

/* The same pairs from "99" down to "00": put_offset's pair for a number
 * whose last two digits are 100 - R is at 2 * (R - 1). */
static const char digit_pairs_down[] =
    "99989796959493929190898887868584838281807978"
    "77767574737271706968676665646362616059585756"
    "55545352515049484746454443424140393837363534"
    "33323130292827262524232221201918171615141312"
    "111009080706050403020100";
#endif

/* Write offset V at P (room for 16 bytes past it), as raw_number would.
 * The next offset (start or end) is usually a few bytes further, so only
 * its last two digits change: the text of the offset written last is kept
 * in O as words (its last 8 digits, and those before them) and those two
 * digits are replaced in the word by a mask; any other offset is
 * converted with swar8.  Everything stays in registers: the text kept in
 * memory before, patched there with 2-byte stores and copied out with a
 * 16-byte load, put 40% of the row writer's time (`perf annotate`) on
 * that load (a store forwarding stall).  The 8 digits keep their leading
 * zeros, so the last two sit in the word's top two bytes whatever the
 * length (a fixed mask, where a shift by the length cost 5 instructions
 * an offset), and the word is shifted by RSH when stored. */
static inline __attribute__((always_inline)) char *
put_offset(frex_offset_state *o, char *p, unsigned long long v) {
#ifdef FREX_SWAR_OFFSETS
  unsigned long long d = v - o->num; /* huge if V < num: no patch */
  if (d < o->room) {
    uint16_t pair;
    o->room -= d; /* at least 1 */
    memcpy(&pair, digit_pairs_down + (o->room - 1) * 2, 2);
    o->lo = (o->lo & 0x0000FFFFFFFFFFFFull) | (uint64_t)pair << 48;
  } else if (v < 100000000) {
    unsigned n = digits_u32((uint32_t)v); /* 1 to 8 */
    o->lo = swar8((uint32_t)v);
    o->len = n;
    o->rsh = 64 - 8 * n;
    o->top = 0;
    o->tlen = 0;
    /* one digit (the first bytes of a text): converted each time */
    o->room = n >= 2 ? 100 - (size_t)(v % 100) : 0;
  } else if (v < 10000000000000000ull) { /* the top digits, then 8 */
    uint32_t hi = (uint32_t)(v / 100000000), lo = (uint32_t)(v % 100000000);
    unsigned n = digits_u32(hi);
    o->top = swar8(hi) >> (64 - 8 * n);
    o->tlen = n;
    o->lo = swar8(lo);
    o->len = 8;
    o->rsh = 0;
    o->room = 100 - lo % 100;
  } else {
    o->num = v;
    o->room = 0; /* no text kept: the next offset is converted */
    return raw_number(p, v);
  }
  o->num = v;
  if (o->tlen) { /* 10^8 or more: past 100 MB of text */
    store64(p, o->top);
    p += o->tlen;
  }
  store64(p, o->lo >> o->rsh);
  return p + o->len;
#else
  (void)o;
  return raw_number(p, v);
#endif
}

/* Copy N bytes that were just written (no escaping): the norm column when
 * it is the token itself.  Reads and writes only those bytes. */
static inline char *copy_written(char *p, const char *s, size_t n) {
  if (n <= 16) {
    copy_small(p, s, n);
    return p + n;
  }
  memcpy(p, s, n);
  return p + n;
}

/* The row after its offsets, "CLASS\ttoken\tnorm\tstem\n", written at P
 * (room reserved: row_room); TOK[0..tl) may be read up to READABLE bytes.
 * Returns the end of the row, after its newline. */
static inline __attribute__((always_inline)) char *
row_tail(char *p, frex_token_class cls, const char *tok, size_t tl,
         size_t readable, const char *norm, size_t normlen, const char *stem,
         size_t stemlen) {
  memcpy(p, class_tab[cls], 8);
  p += class_tab_len[cls];
  char *tf = p;
#ifdef __SSE2__
  /* most tokens: 16 bytes of text are readable from the token's start
   * (before the last token's end), so copy them in one move and look for
   * a backslash among the token's bytes.  The other path is the same
   * copy made from exactly TL bytes. */
  if (tl <= 16 && readable >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)tok);
    _mm_storeu_si128((__m128i *)p, v);
    unsigned bs = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    if (!(bs & ((1u << tl) - 1))) {
      p[tl] = '\t';
      p += tl + 1;
      if (norm == tok && normlen == tl) { /* lowercase ASCII: the token */
        _mm_storeu_si128((__m128i *)p, v);
        p += tl;
      } else {
        p = raw_token_field(p, norm, normlen);
      }
      goto stem;
    }
  }
#else
  (void)readable;
#endif
  p = raw_token_field(p, tok, tl);
  size_t tfl = (size_t)(p - tf);
  *p++ = '\t';
  if (norm == tok && normlen == tl) /* lowercase ASCII: the norm is the token */
    p = copy_written(p, tf, tfl);
  else
    p = raw_token_field(p, norm, normlen);
#ifdef __SSE2__
stem:
#endif
  *p++ = '\t';
  if (stemlen)
    p = raw_token_field(p, stem, stemlen);
  *p++ = '\n';
  return p;
}

/* The part of T's row after "doc\tsent\t", written at P (room reserved).
 * Returns the end of the row, after its newline. */
static inline __attribute__((always_inline)) char *
row_rest(frex_token_writer *w, char *p, const frex_token *t,
         const char *norm, size_t normlen, const char *stem, size_t stemlen) {
  p = put_offset(&w->off, p, w->base + t->start);
  *p++ = '\t';
  p = put_offset(&w->off, p, w->base + t->end);
  *p++ = '\t';
  return row_tail(p, t->cls, w->text + t->start, t->end - t->start,
                  w->text_limit - t->start, norm, normlen, stem, stemlen);
}

/* Room a row needs past the prefix: escaped fields take at most twice
 * their bytes; the rest is two numbers, the class, TABs and the 16-byte
 * moves' overrun. */
static inline size_t row_room(size_t tl, size_t normlen, size_t stemlen) {
  return 2 * (tl + normlen + stemlen) + 96;
}

/* "doc\tsent\t" at P (room reserved), copied 16 bytes at a time. */
static inline char *put_prefix(const frex_token_writer *w, char *p) {
  size_t plen = w->prefixlen;
  for (size_t k = 0; k < plen; k += 16)
    memcpy(p + k, w->prefix + k, 16);
  return p + plen;
}

int frex_token_writer_row(frex_token_writer *w, const frex_token *t,
                          const char *norm, size_t normlen, const char *stem,
                          size_t stemlen) {
  if (!stem)
    stemlen = 0;
  if (!w->doc_fits || (unsigned)t->cls >= NCLASSES)
    return frex_write_token(w->b, FREX_FMT_TSV, w->doc, w->text, w->base, t,
                            norm, normlen, stem, stemlen);
  if (t->sent != w->sent)
    writer_set_sent(w, t->sent);
  frex_buf *b = w->b;
  size_t need = sizeof w->prefix + row_room(t->end - t->start, normlen,
                                            stemlen);
  if (b->cap - b->len < need + 1 && frex_buf_grow(b, need))
    return FREX_E_NOMEM;
  char *p = put_prefix(w, b->ptr + b->len);
  p = row_rest(w, p, t, norm, normlen, stem, stemlen);
  *p = '\0';
  b->len = (size_t)(p - b->ptr);
  return FREX_OK;
}

/* ------------------------------------------------------ row tail cache */

/* The part of a row after its offsets ("CLASS\ttoken\tnorm\tstem\n",
 * escaped) depends on the token's bytes and class only (the norm and stem
 * are functions of the token's bytes), and words are Zipfian: a few
 * thousand tokens make most rows.  So the writer keeps the tails of tokens
 * of up to 16 bytes in a direct-mapped table keyed by the token's bytes,
 * its length and its class; a hit is a hash of two words, one 16-byte
 * comparison and one 48-byte copy, with no norm or stem look-up, no
 * escaping and no field copies.  A miss writes the row as the writer does
 * without the cache and keeps its tail when it fits in the slot. */
enum { TAIL_BITS = 15, TAIL_MAX = 46, TAIL_COPY = 48 };

typedef struct tail_slot {
  char tail[TAIL_MAX];  /* the tail's bytes; TAIL_COPY bytes are copied */
  unsigned char len;    /* of the tail */
  unsigned char meta;   /* 0: empty; else (class + 1) << 4 | (length - 1) */
  char key[16];         /* the token's bytes, zero-padded */
} tail_slot;
_Static_assert(sizeof(tail_slot) == 64 && TAIL_COPY <= 64 - 16,
               "a slot is one cache line, and the tail's copy stays off the "
               "key");
_Static_assert(NCLASSES < 15, "the class fits in meta's high nibble");

struct frex_tail_cache {
  tail_slot *slots; /* 1 << TAIL_BITS, on huge pages when they can be had */
  bool stems;       /* the tails hold stems (frex run) or not */
};

int frex_tail_cache_new(frex_tail_cache **out, bool stems) {
  frex_tail_cache *c = malloc(sizeof *c);
  /* frex_zalloc gives 2 MB alignment to a table this size, else 16 */
  tail_slot *s = c ? frex_zalloc((size_t)1 << TAIL_BITS, sizeof *s) : NULL;
  if (!s) {
    free(c);
    return FREX_E_NOMEM;
  }
  c->slots = s;
  c->stems = stems;
  *out = c;
  return FREX_OK;
}

void frex_tail_cache_free(frex_tail_cache *c) {
  if (!c)
    return;
  free(c->slots);
  free(c);
}

/* The slot for token TOK[0..tl) (1 <= tl <= 16) of class CLS, and its key
 * (the bytes zero-padded) in KEY; READABLE bytes may be read at TOK. */
static inline tail_slot *tail_slot_of(const frex_tail_cache *c,
                                      const char *tok, size_t tl,
                                      size_t readable, unsigned meta,
                                      char key[16]) {
  uint64_t lo, hi;
#ifdef __SSE2__
  /* the 16 bytes at TOK with the bytes past the token cleared by a mask
   * (16 bytes of ones then zeros, read from 16 - tl on); near the end of
   * the text, the same key built by a copy of exactly TL bytes */
  static const unsigned char ones[32] = {255, 255, 255, 255, 255, 255,
                                         255, 255, 255, 255, 255, 255,
                                         255, 255, 255, 255};
  if (readable >= 16) {
    __m128i v = _mm_and_si128(
        _mm_loadu_si128((const __m128i *)tok),
        _mm_loadu_si128((const __m128i *)(ones + 16 - tl)));
    _mm_storeu_si128((__m128i *)key, v);
  } else
#else
  (void)readable;
#endif
  {
    memset(key, 0, 16);
    memcpy(key, tok, tl);
  }
  memcpy(&lo, key, 8);
  memcpy(&hi, key + 8, 8);
  uint64_t h = (lo ^ (hi + meta) * 0xC2B2AE3D27D4EB4Full) *
               0x9E3779B97F4A7C15ull;
  return &c->slots[h >> (64 - TAIL_BITS)];
}

/* Does SLOT hold the tail of KEY with META? */
static inline bool tail_hit(const tail_slot *slot, const char key[16],
                            unsigned meta) {
  if (slot->meta != meta)
    return false;
#ifdef __SSE2__
  __m128i a = _mm_loadu_si128((const __m128i *)slot->key);
  __m128i k = _mm_loadu_si128((const __m128i *)key);
  return _mm_movemask_epi8(_mm_cmpeq_epi8(a, k)) == 0xFFFF;
#else
  return memcmp(slot->key, key, 16) == 0;
#endif
}

/* A row whose tail is not in the cache (the row starts at ROW, its tail
 * at Q; the buffer ends at END): its tail written from the token's norm
 * (and stem, with STEMS), and kept in SLOT (KEY, META) when it fits.
 * Returns the row's end, or NULL when *RC is set or when the row may not
 * fit (the writer's general path then writes it).  Out of
 * frex_token_writer_run's loop, so that its hits keep their values in
 * registers (callgrind: 6 M fewer instructions on the 5 MB slice). */
static __attribute__((noinline)) char *
tail_miss(frex_worker *wk, const char *text0, size_t readable_end,
          const frex_token *k, bool stems, const char *row, char *q,
          const char *end, tail_slot *slot, const char *key,
          unsigned char meta, int *rc) {
  const char *tok = text0 + k->start;
  size_t tl = k->end - k->start;
  const char *norm, *stem = NULL;
  size_t normlen, stemlen = 0;
  if ((*rc = frex_worker_norm(wk, tok, tl, &norm, &normlen)) ||
      (stems && k->cls == FREX_TOK_WORD &&
       (*rc = frex_worker_stem(wk, norm, normlen, &stem, &stemlen))))
    return NULL;
  if ((size_t)(end - row) <
      sizeof ((frex_token_writer *)0)->prefix + row_room(tl, normlen,
                                                          stemlen) + 1)
    return NULL;
  char *e = row_tail(q, k->cls, tok, tl, readable_end - k->start, norm,
                     normlen, stem, stemlen);
  if (slot && (size_t)(e - q) <= TAIL_MAX) { /* kept for the next */
    memcpy(slot->tail, q, (size_t)(e - q));
    slot->len = (unsigned char)(e - q);
    slot->meta = meta;
    memcpy(slot->key, key, 16);
  }
  return e;
}

size_t frex_token_writer_run(frex_token_writer *w, frex_worker *wk,
                             const frex_token *t, size_t n, bool stems,
                             int *rc) {
  *rc = FREX_OK;
  if (!n)
    return 0;
  /* the run: the rows of T[0]'s sentence, at most RUN_MAX of them */
  enum { RUN_MAX = 256 };
  uint32_t sent = t[0].sent;
  frex_tail_cache *tails = w->tails && w->tails->stems == stems &&
                                   w->doc_fits
                               ? w->tails
                               : NULL;
  const char *text0 = w->text;
  size_t limit = w->text_limit, base = w->base;
  /* the run's tokens, and with the cache, their tail slots looked up and
   * prefetched before any row is written: the table (2 MB) is probed at
   * random, and `perf annotate` put 42% of the writer's time on the
   * slot's load without it */
  tail_slot *slots[RUN_MAX];
  char keys[RUN_MAX][16];
  unsigned char metas[RUN_MAX];
  size_t m = 0;
  if (tails) {
    for (; m < n && m < RUN_MAX && t[m].sent == sent; m++) {
      size_t tl = t[m].end - t[m].start;
      slots[m] = NULL;
      if (tl - 1 < 16 && (unsigned)t[m].cls < NCLASSES) {
        metas[m] = (unsigned char)(((unsigned)t[m].cls + 1) << 4 |
                                   (unsigned)(tl - 1));
        slots[m] = tail_slot_of(tails, text0 + t[m].start, tl,
                                limit - t[m].start, metas[m], keys[m]);
        __builtin_prefetch(slots[m]);
      }
    }
  } else {
    slots[0] = NULL;
    for (m = 1; m < n && m < RUN_MAX && t[m].sent == sent; m++)
      slots[m] = NULL;
  }
  if (!w->doc_fits) { /* a long doc column: the table's rows */
    for (size_t i = 0; i < m; i++) {
      const char *norm, *stem = NULL;
      size_t normlen, stemlen = 0;
      if ((*rc = frex_worker_norm(wk, w->text + t[i].start,
                                  t[i].end - t[i].start, &norm, &normlen)) ||
          (stems && t[i].cls == FREX_TOK_WORD &&
           (*rc = frex_worker_stem(wk, norm, normlen, &stem, &stemlen))) ||
          (*rc = frex_write_token(w->b, FREX_FMT_TSV, w->doc, w->text,
                                  w->base, &t[i], norm, normlen, stem,
                                  stemlen)))
        return i;
    }
    return m;
  }
  size_t text = t[m - 1].end - t[0].start;
  if (sent != w->sent)
    writer_set_sent(w, sent);
  /* room for the run's rows as if norms and stems were as long as their
   * tokens (most are, or shorter); a row that needs more grows it */
  frex_buf *b = w->b;
  size_t plen = w->prefixlen;
  size_t need = sizeof w->prefix + m * (plen + 96) + 6 * text;
  if (b->cap - b->len < need + 1 && frex_buf_grow(b, need)) {
    *rc = FREX_E_NOMEM;
    return 0;
  }
  /* the output pointer stays in a local for the run (and the row's code
   * is inlined): stores through char pointers would make the compiler
   * reload it from the buffer after each byte written.  A row is
   * committed (P moved past it) once it is whole. */
  frex_offset_state off = w->off;
  char *p = b->ptr + b->len, *end = b->ptr + b->cap;
  size_t i;
#ifdef __SSE2__
  /* "doc\tsent\t": 32 bytes hold most (the prefix is 512), the same for
   * the run's rows */
  __m128i pre0 = _mm_loadu_si128((const __m128i *)w->prefix);
  __m128i pre1 = _mm_loadu_si128((const __m128i *)(w->prefix + 16));
  __m128i pre2 = _mm_loadu_si128((const __m128i *)(w->prefix + 32));
#endif
  for (i = 0; i < m; i++) {
    const frex_token *k = &t[i];
    /* room for a row whose tail comes from the cache */
    if (__builtin_expect((unsigned)k->cls < NCLASSES &&
                             (size_t)(end - p) >= sizeof w->prefix + 2 * 48 +
                                                      TAIL_COPY + 1,
                         1)) {
#ifdef __SSE2__
      _mm_storeu_si128((__m128i *)p, pre0);
      _mm_storeu_si128((__m128i *)(p + 16), pre1);
      /* 33 to 48 bytes (a path and a sentence number): a third move, not
       * the loop (callgrind: 4 instructions a row fewer) */
      _mm_storeu_si128((__m128i *)(p + 32), pre2);
      for (size_t j = 48; j < plen; j += 16)
        memcpy(p + j, w->prefix + j, 16);
#else
      memcpy(p, w->prefix, 32);
      for (size_t j = 32; j < plen; j += 16)
        memcpy(p + j, w->prefix + j, 16);
#endif
      char *q = put_offset(&off, p + plen, base + k->start);
      *q++ = '\t';
      q = put_offset(&off, q, base + k->end);
      *q++ = '\t';
      tail_slot *slot = slots[i];
      if (slot && tail_hit(slot, keys[i], metas[i])) {
        memcpy(q, slot->tail, TAIL_COPY);
        p = q + slot->len;
        continue;
      }
      char *e = tail_miss(wk, text0, limit, k, stems, p, q, end, slot,
                          keys[i], metas[i], rc);
      if (e) {
        p = e;
        continue;
      }
      if (*rc)
        break;
    }
    /* the writer's general path (it grows the buffer), with its state
     * back in place */
    const char *norm, *stem = NULL;
    size_t normlen, stemlen = 0;
    if ((*rc = frex_worker_norm(wk, text0 + k->start, k->end - k->start,
                                &norm, &normlen)) ||
        (stems && k->cls == FREX_TOK_WORD &&
         (*rc = frex_worker_stem(wk, norm, normlen, &stem, &stemlen))))
      break;
    b->len = (size_t)(p - b->ptr);
    w->off = off;
    if ((*rc = frex_token_writer_row(w, k, norm, normlen, stem, stemlen)))
      break;
    off = w->off;
    p = b->ptr + b->len;
    end = b->ptr + b->cap;
  }
  w->off = off;
  *p = '\0';
  b->len = (size_t)(p - b->ptr);
  return i;
}

/* A field at P (room reserved: twice its bytes), escaped if it needs it. */
static char *raw_field(char *p, const char *s, size_t n) {
  if (tsv_needs_escape(s, n))
    return raw_escaped(p, s, n);
  memcpy(p, s, n);
  return p + n;
}

/* An entity's TSV row, "doc\tstart\tend\ttype\ttext\tvalue\tunit\n", as
 * write_row writes it, into room reserved once for the whole row (its
 * fields escaped take at most twice their bytes; the numbers 20 digits):
 * write_row's calls per field and byte-by-byte escape were ~1,900
 * instructions a row. */
static int write_entity_tsv(frex_buf *b, const char *doc, const char *type,
                            const char *text, size_t base,
                            const frex_entity *e) {
  size_t dl = strlen(doc), tl = strlen(type), xl = e->end - e->start,
         vl = strlen(e->value), ul = strlen(e->unit);
  size_t need = 2 * (dl + tl + xl + vl + ul) + 2 * 20 + 8;
  if (b->cap - b->len < need + 1 && frex_buf_grow(b, need))
    return FREX_E_NOMEM;
  char *p = b->ptr + b->len;
  p = raw_field(p, doc, dl);
  *p++ = '\t';
  p = raw_number(p, (unsigned long long)(base + e->start));
  *p++ = '\t';
  p = raw_number(p, (unsigned long long)(base + e->end));
  *p++ = '\t';
  p = raw_field(p, type, tl);
  *p++ = '\t';
  p = raw_field(p, text + e->start, xl);
  *p++ = '\t';
  p = raw_field(p, e->value, vl);
  *p++ = '\t';
  p = raw_field(p, e->unit, ul);
  *p++ = '\n';
  *p = '\0';
  b->len = (size_t)(p - b->ptr);
  return FREX_OK;
}

int frex_write_entity(frex_buf *b, frex_format fmt, const char *doc,
                      const char *text, size_t base, const frex_entity *e) {
  const char *type = frex_entity_type_name(e->type);
  if (fmt == FREX_FMT_TSV)
    return write_entity_tsv(b, doc, type, text, base, e);
  cell c[FREX_ENTCOLS];
  c[FREX_ENTCOL_DOC] = str_cell(doc, strlen(doc));
  c[FREX_ENTCOL_START] = num_cell(base + e->start);
  c[FREX_ENTCOL_END] = num_cell(base + e->end);
  c[FREX_ENTCOL_TYPE] = str_cell(type, strlen(type));
  c[FREX_ENTCOL_TEXT] = str_cell(text + e->start, e->end - e->start);
  c[FREX_ENTCOL_VALUE] = str_cell(e->value, strlen(e->value));
  c[FREX_ENTCOL_UNIT] = str_cell(e->unit, strlen(e->unit));
  return write_row(b, fmt, FREX_ROWS_ENTITIES, c);
}

size_t frex_tsv_unescape(char *s, size_t n) {
  size_t w = 0;
  for (size_t r = 0; r < n; r++) {
    if (s[r] == '\\' && r + 1 < n) {
      char c = s[r + 1];
      char o = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r'
               : c == '\\' ? '\\' : 0;
      if (o) {
        s[w++] = o;
        r++;
        continue;
      }
    }
    s[w++] = s[r];
  }
  return w;
}
