/*
 * tsv.c — TSV and JSONL rows (SPEC "Token TSV", "Entity TSV", "Robustness":
 * \t \n \r \\ escaped in every TSV field).  Rows are appended to a frex_buf
 * that the CLI writes in large blocks.
 */
#include "tsv.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char frex_token_header[] =
    "doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n";
const char frex_entity_header[] =
    "doc\tstart\tend\ttype\ttext\tvalue\tunit\n";

int frex_tsv_escape(frex_buf *b, const char *s, size_t n) {
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

/* Length of the valid UTF-8 sequence at s[i], or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t i) {
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
      size_t k = utf8_seq(u, n, i);
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

static int field(frex_buf *b, frex_format fmt, const char *key,
                 const char *s, size_t n, bool first) {
  if (fmt == FREX_FMT_TSV) {
    if (!first && frex_buf_putc(b, '\t'))
      return FREX_E_NOMEM;
    return frex_tsv_escape(b, s, n);
  }
  if (frex_buf_puts(b, first ? "{\"" : ",\"") || frex_buf_puts(b, key) ||
      frex_buf_puts(b, "\":"))
    return FREX_E_NOMEM;
  return frex_json_string(b, s, n);
}

static int number(frex_buf *b, frex_format fmt, const char *key,
                  unsigned long long v) {
  if (fmt == FREX_FMT_TSV) {
    if (frex_buf_putc(b, '\t'))
      return FREX_E_NOMEM;
  } else if (frex_buf_puts(b, ",\"") || frex_buf_puts(b, key) ||
             frex_buf_puts(b, "\":")) {
    return FREX_E_NOMEM;
  }
  return frex_buf_putu(b, v);
}

static int end_row(frex_buf *b, frex_format fmt) {
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

/* Token, norm and stem fields never hold TAB, LF or CR: those are
 * separators for the tokenizer.  Only a backslash can need escaping, and
 * libc's memchr finds one faster than a byte loop. */
static char *raw_token_field(char *p, const char *s, size_t n) {
  if (n <= 16) { /* most tokens: copy and look for '\\' in one loop */
    bool bs = false;
    for (size_t i = 0; i < n; i++)
      bs |= (p[i] = s[i]) == '\\';
    return bs ? raw_escaped(p, s, n) : p + n;
  }
  if (memchr(s, '\\', n))
    return raw_escaped(p, s, n);
  memcpy(p, s, n);
  return p + n;
}

static const char digit_pairs[] = "00010203040506070809101112131415161718192021"
                                  "22232425262728293031323334353637383940414243"
                                  "44454647484950515253545556575859606162636465"
                                  "66676869707172737475767778798081828384858687"
                                  "8889909192939495969798" "99";

/* Decimal digits of V, two at a time, written backwards in place. */
static char *raw_number(char *p, unsigned long long v) {
  unsigned digits = 1;
  unsigned long long x = v;
  while (x >= 10000) {
    x /= 10000;
    digits += 4;
  }
  digits += (x >= 10) + (x >= 100) + (x >= 1000);
  char *q = p + digits;
  uint32_t v32;
  while (v > UINT32_MAX) { /* rare: offsets past 4 GB */
    *--q = (char)('0' + v % 10);
    v /= 10;
  }
  v32 = (uint32_t)v;
  while (v32 >= 100) {
    unsigned d = (v32 % 100) * 2;
    v32 /= 100;
    *--q = digit_pairs[d + 1];
    *--q = digit_pairs[d];
  }
  if (v32 >= 10) {
    *--q = digit_pairs[v32 * 2 + 1];
    *--q = digit_pairs[v32 * 2];
  } else {
    *--q = (char)('0' + v32);
  }
  return p + digits;
}

/* The doc column repeats on every row: keep the last one escaped, per
 * thread (compared by content, so reused buffers cannot fool it). */
static _Thread_local struct {
  char raw[256], esc[512];
  size_t rawlen, esclen;
} last_doc;

static char *raw_doc(char *p, const char *doc, size_t dl) {
  if (dl != last_doc.rawlen || memcmp(doc, last_doc.raw, dl) != 0) {
    if (dl > sizeof last_doc.raw)
      return raw_escaped(p, doc, dl);
    memcpy(last_doc.raw, doc, dl);
    last_doc.rawlen = dl;
    last_doc.esclen = (size_t)(raw_escaped(last_doc.esc, doc, dl) -
                               last_doc.esc);
  }
  memcpy(p, last_doc.esc, last_doc.esclen);
  return p + last_doc.esclen;
}

int frex_write_token(frex_buf *b, frex_format fmt, const char *doc,
                     const char *text, size_t base, const frex_token *t,
                     const char *norm, size_t normlen, const char *stem,
                     size_t stemlen) {
  const char *cls = frex_token_class_name(t->cls);
  if (!stem)
    stemlen = 0;
  if (fmt == FREX_FMT_TSV) {
    /* one reservation, then plain stores: this is the hottest loop of
     * frex tokenize and frex run */
    size_t dl = strlen(doc), tl = t->end - t->start;
    if (frex_buf_grow(b, 2 * (dl + tl + normlen + stemlen) + 96))
      return FREX_E_NOMEM;
    char *p = b->ptr + b->len;
    p = raw_doc(p, doc, dl);
    *p++ = '\t';
    p = raw_number(p, t->sent);
    *p++ = '\t';
    p = raw_number(p, base + t->start);
    *p++ = '\t';
    p = raw_number(p, base + t->end);
    *p++ = '\t';
    while (*cls)
      *p++ = *cls++;
    *p++ = '\t';
    p = raw_token_field(p, text + t->start, tl);
    *p++ = '\t';
    p = raw_token_field(p, norm, normlen);
    *p++ = '\t';
    p = raw_token_field(p, stem ? stem : "", stemlen);
    *p++ = '\n';
    *p = '\0';
    b->len = (size_t)(p - b->ptr);
    return FREX_OK;
  }
  if (field(b, fmt, "doc", doc, strlen(doc), true) ||
      number(b, fmt, "sent", t->sent) ||
      number(b, fmt, "start", base + t->start) ||
      number(b, fmt, "end", base + t->end) ||
      field(b, fmt, "class", cls, strlen(cls), false) ||
      field(b, fmt, "token", text + t->start, t->end - t->start, false) ||
      field(b, fmt, "norm", norm, normlen, false) ||
      field(b, fmt, "stem", stem ? stem : "", stemlen, false))
    return FREX_E_NOMEM;
  return end_row(b, fmt);
}

int frex_write_entity(frex_buf *b, frex_format fmt, const char *doc,
                      const char *text, size_t base, const frex_entity *e) {
  const char *type = frex_entity_type_name(e->type);
  if (field(b, fmt, "doc", doc, strlen(doc), true) ||
      number(b, fmt, "start", base + e->start) ||
      number(b, fmt, "end", base + e->end) ||
      field(b, fmt, "type", type, strlen(type), false) ||
      field(b, fmt, "text", text + e->start, e->end - e->start, false) ||
      field(b, fmt, "value", e->value, strlen(e->value), false) ||
      field(b, fmt, "unit", e->unit, strlen(e->unit), false))
    return FREX_E_NOMEM;
  return end_row(b, fmt);
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
