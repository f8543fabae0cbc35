/*
 * wordre.c — word tables to PCRE2 alternations (see wordre.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "wordre.h"

/* Accented letters of French and their base letters (UTF-8). */
static const struct {
  const char *acc;
  char base;
} accents[] = {
    {"\xc3\xa9", 'e'}, {"\xc3\xa8", 'e'}, {"\xc3\xaa", 'e'}, {"\xc3\xab", 'e'},
    {"\xc3\xa0", 'a'}, {"\xc3\xa2", 'a'}, {"\xc3\xae", 'i'}, {"\xc3\xaf", 'i'},
    {"\xc3\xb4", 'o'}, {"\xc3\xbb", 'u'}, {"\xc3\xb9", 'u'}, {"\xc3\xa7", 'c'},
};

/* The longest pattern of one character, NUL included ('~': 20 bytes). */
#define TOK_MAX 24

/* The pattern of one written character at W (an accented letter is two
 * bytes): into TOK (NUL-terminated); returns the bytes of W it used. */
static size_t token(const char *w, char tok[TOK_MAX]) {
  unsigned char c = (unsigned char)w[0];
  if (c == 0xC3 && w[1]) {
    for (size_t k = 0; k < sizeof accents / sizeof *accents; k++)
      if ((unsigned char)w[1] == (unsigned char)accents[k].acc[1]) {
        snprintf(tok, TOK_MAX, "[%c%c%c]", w[0], w[1], accents[k].base);
        return 2;
      }
  }
  switch (c) {
  case ' ':
    strcpy(tok, "\\h{1,4}+");
    break;
  case '-': /* up to four spaces, as ' ': a line break the view made
               spaces, with the space fold -s keeps before it and CRLF
               ("il y \r\na") or an indent */
    strcpy(tok, "[-\\h]\\h{0,3}+");
    break;
  case '~':
    strcpy(tok, "(?:[-\\h]\\h{0,3}+)?");
    break;
  case '\'':
    strcpy(tok, "['\xe2\x80\x99]");
    break;
  case '.':
    strcpy(tok, "\\.");
    break;
  default:
    tok[0] = (char)c;
    tok[1] = 0;
  }
  return 1;
}

int frex_wordre_word(frex_buf *b, const char *w) {
  int rc = FREX_OK;
  char tok[TOK_MAX];
  for (const char *p = w; *p && rc == FREX_OK;) {
    p += token(p, tok);
    rc = frex_buf_puts(b, tok);
  }
  return rc;
}

typedef struct {
  const char *w;
  size_t len;
} sel;

static int by_length(const void *a, const void *b) {
  const sel *x = a, *y = b;
  if (x->len != y->len)
    return x->len < y->len ? 1 : -1;
  return strcmp(x->w, y->w);
}

int frex_wordre_alt(frex_buf *b, const void *words, size_t n, size_t stride,
                    bool (*keep)(const void *entry, const void *ctx),
                    const void *ctx, bool group) {
  sel *v = malloc((n ? n : 1) * sizeof *v);
  if (!v)
    return FREX_E_NOMEM;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const void *e = (const char *)words + i * stride;
    if (keep && !keep(e, ctx))
      continue;
    const char *w = *(const char *const *)e;
    v[k].w = w;
    v[k++].len = strlen(w);
  }
  qsort(v, k, sizeof *v, by_length);
  int rc = frex_buf_puts(b, !k ? "(*FAIL)" : group ? "(?:" : "");
  for (size_t i = 0; i < k && rc == FREX_OK; i++) {
    if (i && strcmp(v[i].w, v[i - 1].w) == 0)
      continue; /* the same word in two roles */
    if (i)
      rc = frex_buf_putc(b, '|');
    if (rc == FREX_OK)
      rc = frex_wordre_word(b, v[i].w);
  }
  if (rc == FREX_OK && k && group)
    rc = frex_buf_putc(b, ')');
  free(v);
  return rc;
}

int frex_wordre_expand(const char *tmpl, frex_buf *out, frex_wordre_gen gen,
                       void *ctx, char *err, size_t errlen) {
  frex_buf_clear(out);
  int rc = frex_buf_puts(out, "");
  for (const char *p = tmpl; *p && rc == FREX_OK;) {
    const char *o = strchr(p, '\001');
    if (!o)
      return frex_buf_puts(out, p);
    rc = frex_buf_put(out, p, (size_t)(o - p));
    const char *c = strchr(o + 1, '\002');
    if (!c) {
      if (err && errlen)
        snprintf(err, errlen, "unclosed word placeholder");
      return FREX_E_PATTERN;
    }
    if (rc == FREX_OK)
      rc = gen(o + 1, (size_t)(c - o - 1), out, ctx);
    if (rc == FREX_E_PATTERN && err && errlen)
      snprintf(err, errlen, "unknown word family '%.*s'", (int)(c - o - 1),
               o + 1);
    p = c + 1;
  }
  return rc;
}
