/*
 * numwords.c — the French number words (see numwords.h): one table, the
 * alternations the AMOUNT and DATE grammars are built from, and the
 * reading of a cardinal in words.  The grammar is the usual one (Grevisse §§ 593-597): a number is a sum of
 * groups "n milliard(s)", "n million(s)", "n mille", then n < 1000, where
 * n < 1000 is [units] cent(s) [tens-and-units], the tens-and-units part
 * following the 20-60 / 70 = 60+10 / 80 = 4x20 / 90 = 80+10 pattern.
 */
#include <string.h>

#include "fold.h"
#include "frex.h"
#include "numwords.h"

/* The table: every French number word, once.  Value: 0-90 for zéro,
 * units and tens, the power of ten for cent, mille and the scales, the
 * rank for ordinals. */
typedef struct word_def {
  const char *w; /* lowercase, with its accents (wordre.h) */
  unsigned kind; /* FREX_NW_* */
  int v;
} word_def;

static const word_def words[] = {
    {"zéro", FREX_NW_ZERO, 0},          {"un", FREX_NW_UNIT, 1},
    {"une", FREX_NW_UNIT, 1},           {"deux", FREX_NW_UNIT, 2},
    {"trois", FREX_NW_UNIT, 3},         {"quatre", FREX_NW_UNIT, 4},
    {"cinq", FREX_NW_UNIT, 5},          {"six", FREX_NW_UNIT, 6},
    {"sept", FREX_NW_UNIT, 7},          {"huit", FREX_NW_UNIT, 8},
    {"neuf", FREX_NW_UNIT, 9},          {"dix", FREX_NW_UNIT, 10},
    {"onze", FREX_NW_UNIT, 11},         {"douze", FREX_NW_UNIT, 12},
    {"treize", FREX_NW_UNIT, 13},       {"quatorze", FREX_NW_UNIT, 14},
    {"quinze", FREX_NW_UNIT, 15},       {"seize", FREX_NW_UNIT, 16},
    {"vingt", FREX_NW_TEN, 20},         {"vingts", FREX_NW_TEN, 20},
    {"trente", FREX_NW_TEN, 30},        {"quarante", FREX_NW_TEN, 40},
    {"cinquante", FREX_NW_TEN, 50},     {"soixante", FREX_NW_TEN, 60},
    {"septante", FREX_NW_TEN, 70},      {"huitante", FREX_NW_TEN, 80},
    {"octante", FREX_NW_TEN, 80},       {"nonante", FREX_NW_TEN, 90},
    {"cent", FREX_NW_HUNDRED, 2},       {"cents", FREX_NW_HUNDRED, 2},
    {"mille", FREX_NW_THOUSAND, 3},     {"million", FREX_NW_BIG, 6},
    {"millions", FREX_NW_BIG, 6},       {"milliard", FREX_NW_BIG, 9},
    {"milliards", FREX_NW_BIG, 9},      {"et", FREX_NW_ET, 0},
    {"premier", FREX_NW_ORD, 1},        {"première", FREX_NW_ORD, 1},
    {"second", FREX_NW_ORD, 2},         {"seconde", FREX_NW_ORD, 2},
    {"deuxième", FREX_NW_ORD, 2},       {"troisième", FREX_NW_ORD, 3},
    {"quatrième", FREX_NW_ORD, 4},      {"cinquième", FREX_NW_ORD, 5},
    {"sixième", FREX_NW_ORD, 6},        {"septième", FREX_NW_ORD, 7},
    {"huitième", FREX_NW_ORD, 8},       {"neuvième", FREX_NW_ORD, 9},
    {"dixième", FREX_NW_ORD, 10},       {"onzième", FREX_NW_ORD, 11},
    {"douzième", FREX_NW_ORD, 12},      {"treizième", FREX_NW_ORD, 13},
    {"quatorzième", FREX_NW_ORD, 14},   {"quinzième", FREX_NW_ORD, 15},
    {"seizième", FREX_NW_ORD, 16},      {"vingtième", FREX_NW_ORD, 20},
    {"trentième", FREX_NW_ORD, 30},     {"unième", FREX_NW_ORD, 1},
};
#define NWORDS (sizeof words / sizeof *words)

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

/* The entry of the word S[0..n) (folded) among KINDS; NULL if none. */
static const word_def *lookup(const char *s, size_t n, unsigned kinds) {
  char low[24], key[24];
  if (n == 0 || frex_fold_word(s, n, low, sizeof low) != n ||
      strlen(low) + 1 >= sizeof low)
    return NULL;
  for (size_t i = 0; i < NWORDS; i++) {
    /* every table word starts with an ASCII letter: a cheap first test */
    if (!(words[i].kind & kinds) || words[i].w[0] != low[0])
      continue;
    frex_fold_word(words[i].w, strlen(words[i].w), key, sizeof key);
    if (strcmp(low, key) == 0)
      return &words[i];
  }
  return NULL;
}

bool frex_numwords_word(const char *s, size_t n, unsigned kinds, int *value) {
  const word_def *d = lookup(s, n, kinds);
  if (d && value)
    *value = d->v;
  return d != NULL;
}

size_t frex_numwords_count(void) { return NWORDS; }

const char *frex_numwords_at(size_t i, unsigned *kind, int *value) {
  if (i >= NWORDS)
    return NULL;
  *kind = words[i].kind;
  *value = words[i].v;
  return words[i].w;
}

typedef struct {
  unsigned kinds;
  int minv, maxv;
} word_sel;

/* The words "et" may join to a ten: un, une, onze. */
static bool keep_et_next(const void *e, const void *ctx) {
  const word_def *d = e;
  (void)ctx;
  return d->kind == FREX_NW_UNIT && (d->v == 1 || d->v == 11);
}

static bool keep_word(const void *e, const void *ctx) {
  const word_def *d = e;
  const word_sel *s = ctx;
  return (d->kind & s->kinds) && d->v >= s->minv && d->v <= s->maxv;
}

int frex_numwords_alt(frex_buf *b, unsigned kinds, int minv, int maxv) {
  word_sel s = {kinds, minv, maxv};
  return frex_wordre_alt(b, words, NWORDS, sizeof *words, keep_word, &s, true);
}

int frex_numwords_gen(const char *name, size_t len, frex_buf *b, void *ctx) {
  (void)ctx;
  unsigned below_million = FREX_NW_ZERO | FREX_NW_UNIT | FREX_NW_TEN |
                           FREX_NW_HUNDRED | FREX_NW_THOUSAND;
  if (len == 2 && memcmp(name, "nw", 2) == 0)
    return frex_numwords_alt(b, below_million, 0, 1000);
  if (len == 4 && memcmp(name, "nw99", 4) == 0)
    return frex_numwords_alt(b, FREX_NW_UNIT | FREX_NW_TEN, 0, 99);
  if (len == 6 && memcmp(name, "nwjoin", 6) == 0) {
    /* "et" only between a ten and un/onze (add_small below), so that
     * "cinq et dix millions" stays a range; a lookbehind takes only
     * top-level alternatives of fixed length, hence the bare list */
    word_sel tens = {FREX_NW_TEN, 0, 99}, next = {FREX_NW_UNIT, 1, 11};
    int rc = frex_buf_puts(b, "(?:-|\\h{1,2}|(?<=");
    if (rc == FREX_OK)
      rc = frex_wordre_alt(b, words, NWORDS, sizeof *words, keep_word, &tens,
                           false);
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, ")(?:-|\\h)et(?:-|\\h)(?=");
    if (rc == FREX_OK)
      rc = frex_wordre_alt(b, words, NWORDS, sizeof *words, keep_et_next,
                           &next, true);
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, "\\b))");
    return rc;
  }
  return FREX_E_PATTERN;
}

typedef struct nw_state {
  uint64_t total;    /* completed million/milliard groups */
  uint64_t thou;     /* completed "n mille" group */
  unsigned cur;      /* the group below 1000 being read */
  int last_big;      /* exponent of the last big group, 0 = none */
  int prev;          /* kind of the previous word, -1 at start */
  unsigned prev_v;
  int zero; /* "zéro" seen */
  int had_et;
} nw_state;

/* Add a unit, teen or ten V to the group below 1000, or fail. */
static int add_small(nw_state *st, unsigned v, unsigned kind) {
  unsigned r = st->cur % 100;
  if (kind == FREX_NW_TEN) {
    /* quatre-vingt(s): 4 then 20 makes 80 */
    if (v == 20 && r == 4 && st->prev == FREX_NW_UNIT && st->prev_v == 4) {
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
  if (d->kind != FREX_NW_ET && st->had_et && d->kind != FREX_NW_UNIT)
    return -1;
  switch (d->kind) {
  case FREX_NW_ZERO:
    if (st->prev != -1)
      return -1;
    st->zero = 1;
    break;
  case FREX_NW_ET: /* only between a ten and un/onze: "vingt et un" */
    if (st->prev != FREX_NW_TEN)
      return -1;
    st->had_et = 1;
    return 0;
  case FREX_NW_UNIT:
  case FREX_NW_TEN:
    if (add_small(st, (unsigned)d->v, d->kind) < 0)
      return -1;
    break;
  case FREX_NW_HUNDRED:
    /* "deux cents", "dix-neuf cent" (dates); not "cent cent", "un cent" */
    if (st->cur > 19 || st->cur == 1)
      return -1;
    st->cur = (st->cur ? st->cur : 1) * 100;
    break;
  case FREX_NW_THOUSAND:
    if (st->thou || st->cur >= 1000 || (st->last_big && st->last_big <= 3))
      return -1;
    st->thou = (uint64_t)(st->cur ? st->cur : 1) * 1000;
    st->cur = 0;
    break;
  case FREX_NW_BIG: {
    uint64_t n = st->thou + st->cur, m = 1;
    if (n == 0 || (st->last_big && st->last_big <= d->v))
      return -1; /* "million" needs a count; groups go down */
    for (int i = 0; i < d->v; i++)
      m *= 10;
    st->total += n * m;
    st->thou = st->cur = 0;
    st->last_big = d->v;
    break;
  }
  }
  st->had_et = 0;
  st->prev = d->kind;
  st->prev_v = (unsigned)d->v;
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
    const word_def *d =
        lookup((const char *)w, (size_t)(s - w), FREX_NW_CARDINAL | FREX_NW_ET);
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
