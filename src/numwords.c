/*
 * numwords.c — French number words to integers (see numwords.h).
 * The grammar is the usual one (Grevisse §§ 593-597): a number is a sum of
 * groups "n milliard(s)", "n million(s)", "n mille", then n < 1000, where
 * n < 1000 is [units] cent(s) [tens-and-units], the tens-and-units part
 * following the 20-60 / 70 = 60+10 / 80 = 4x20 / 90 = 80+10 pattern.
 */
#include <string.h>

#include "frex.h"
#include "numwords.h"

enum { W_SMALL, W_TEN, W_HUNDRED, W_THOUSAND, W_BIG, W_ET, W_ZERO };

typedef struct word_def {
  const char *w; /* lowercase */
  int kind;
  unsigned v; /* value: 1-19, 20-90, or the multiplier exponent */
} word_def;

static const word_def words[] = {
    {"zéro", W_ZERO, 0},       {"zero", W_ZERO, 0},
    {"un", W_SMALL, 1},        {"une", W_SMALL, 1},
    {"deux", W_SMALL, 2},      {"trois", W_SMALL, 3},
    {"quatre", W_SMALL, 4},    {"cinq", W_SMALL, 5},
    {"six", W_SMALL, 6},       {"sept", W_SMALL, 7},
    {"huit", W_SMALL, 8},      {"neuf", W_SMALL, 9},
    {"dix", W_SMALL, 10},      {"onze", W_SMALL, 11},
    {"douze", W_SMALL, 12},    {"treize", W_SMALL, 13},
    {"quatorze", W_SMALL, 14}, {"quinze", W_SMALL, 15},
    {"seize", W_SMALL, 16},    {"vingt", W_TEN, 20},
    {"vingts", W_TEN, 20},     {"trente", W_TEN, 30},
    {"quarante", W_TEN, 40},   {"cinquante", W_TEN, 50},
    {"soixante", W_TEN, 60},   {"septante", W_TEN, 70},
    {"huitante", W_TEN, 80},   {"octante", W_TEN, 80},
    {"nonante", W_TEN, 90},    {"cent", W_HUNDRED, 2},
    {"cents", W_HUNDRED, 2},   {"mille", W_THOUSAND, 3},
    {"million", W_BIG, 6},     {"millions", W_BIG, 6},
    {"milliard", W_BIG, 9},    {"milliards", W_BIG, 9},
    {"et", W_ET, 0},
};

/* Length of the separator at S (hyphen or a space), 0 if none. */
static size_t sep_len(const unsigned char *s, const unsigned char *end) {
  if (s < end && (*s == '-' || *s == ' ' || *s == '\t' || *s == '\n'))
    return 1;
  if (end - s >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
    return 2; /* U+00A0 */
  if (end - s >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xAF)
    return 3; /* U+202F */
  return 0;
}

/* Look up the word S[0..n) case-insensitively; NULL if it is no number
 * word.  Only ASCII letters and É/é occur in number words. */
static const word_def *lookup(const unsigned char *s, size_t n) {
  char low[16];
  if (n == 0 || n >= sizeof low)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    else if (c == 0x89 && i > 0 && s[i - 1] == 0xC3)
      c = 0xA9; /* É -> é */
    low[i] = (char)c;
  }
  low[n] = '\0';
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strcmp(low, words[i].w) == 0)
      return &words[i];
  return NULL;
}

typedef struct nw_state {
  uint64_t total;    /* completed million/milliard groups */
  uint64_t thou;     /* completed "n mille" group */
  unsigned cur;      /* the group below 1000 being read */
  unsigned last_big; /* exponent of the last big group, 0 = none */
  int prev;          /* kind of the previous word, -1 at start */
  unsigned prev_v;
  int zero; /* "zéro" seen */
  int had_et;
} nw_state;

/* Add a unit, teen or ten V to the group below 1000, or fail. */
static int add_small(nw_state *st, unsigned v, int kind) {
  unsigned r = st->cur % 100;
  if (kind == W_TEN) {
    /* quatre-vingt(s): 4 then 20 makes 80 */
    if (v == 20 && r == 4 && st->prev == W_SMALL && st->prev_v == 4) {
      st->cur += 76;
      return 0;
    }
    if (r != 0)
      return -1;
  } else if (v >= 10) { /* dix .. seize: after nothing, 60 or 80 */
    if (r != 0 && r != 60 && r != 80)
      return -1;
  } else { /* 1..9: after nothing, a round ten, or dix (dix-sept) */
    if (!(r == 0 || (r >= 20 && r % 10 == 0) || (r == 10 && v >= 7)))
      return -1;
  }
  if (st->had_et && !(v == 1 || v == 11))
    return -1;
  st->cur += v;
  return 0;
}

static int feed(nw_state *st, const word_def *d) {
  if (st->zero)
    return -1; /* nothing follows "zéro" */
  if (d->kind != W_ET && st->had_et && d->kind != W_SMALL)
    return -1;
  switch (d->kind) {
  case W_ZERO:
    if (st->prev != -1)
      return -1;
    st->zero = 1;
    break;
  case W_ET: /* only between a ten and un/onze: "vingt et un" */
    if (st->prev != W_TEN)
      return -1;
    st->had_et = 1;
    return 0;
  case W_SMALL:
  case W_TEN:
    if (add_small(st, d->v, d->kind) < 0)
      return -1;
    break;
  case W_HUNDRED:
    /* "deux cents", "dix-neuf cent" (dates); not "cent cent", "un cent" */
    if (st->cur > 19 || st->cur == 1)
      return -1;
    st->cur = (st->cur ? st->cur : 1) * 100;
    break;
  case W_THOUSAND:
    if (st->thou || st->cur >= 1000 || (st->last_big && st->last_big <= 3))
      return -1;
    st->thou = (uint64_t)(st->cur ? st->cur : 1) * 1000;
    st->cur = 0;
    break;
  case W_BIG: {
    uint64_t n = st->thou + st->cur, m = 1;
    if (n == 0 || (st->last_big && st->last_big <= d->v))
      return -1; /* "million" needs a count; groups go down */
    for (unsigned i = 0; i < d->v; i++)
      m *= 10;
    st->total += n * m;
    st->thou = st->cur = 0;
    st->last_big = d->v;
    break;
  }
  }
  st->had_et = 0;
  st->prev = d->kind;
  st->prev_v = d->v;
  return 0;
}

int frex_numwords_parse(const char *text, size_t len, uint64_t *value) {
  const unsigned char *s = (const unsigned char *)text, *end = s + len;
  nw_state st = {0, 0, 0, 0, -1, 0, 0, 0};
  int nwords = 0;
  while (s < end) {
    const unsigned char *w = s;
    while (s < end && !sep_len(s, end))
      s++;
    const word_def *d = lookup(w, (size_t)(s - w));
    if (!d || feed(&st, d) < 0)
      return FREX_E_ARG;
    nwords++;
    if (s < end) {
      s += sep_len(s, end);
      while (s < end && *s != '-' && sep_len(s, end))
        s += sep_len(s, end); /* a run of spaces is one separator */
      if (s == end)
        return FREX_E_ARG; /* trailing separator */
    }
  }
  if (nwords == 0 || st.had_et)
    return FREX_E_ARG;
  *value = st.total + st.thou + st.cur;
  return FREX_OK;
}
