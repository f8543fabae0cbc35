/*
 * date_lex.c — folding and word values for the DATE extractor (see
 * date_lex.h).  Folding is ASCII-only on purpose: the words it compares are
 * French date words, whose only non-ASCII letters are in Latin-1 (é, è, ê,
 * û, ô, â, ë, ï), so a 64-entry table replaces a call into ICU per word.
 */
#include <string.h>

#include "date_lex.h"
#include "fold.h"

bool frex_date_is_letter_at(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xC3) /* Latin-1 letters, except × and ÷ */
    return i + 1 < n && (unsigned char)s[i + 1] != 0x97 &&
           (unsigned char)s[i + 1] != 0xB7;
  if (c == 0xC2 || c == 0xE2) /* Latin-1 punctuation, NBSP, ’ « » – … */
    return false;
  if (c >= 0xC4) /* another letter-bearing lead byte: Œ œ, other scripts */
    return true;
  /* a continuation byte: a letter iff it continues one */
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  c = (unsigned char)s[i];
  return c == 0xC3 || (c >= 0xC4 && c != 0xE2);
}

size_t frex_date_fold_word(const char *s, size_t n, char *out) {
  return frex_fold_word(s, n, out, FREX_DATE_WORD_MAX + 1);
}

void frex_date_fold_text(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap;) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
        (unsigned char)s[i + 1] <= 0xBF &&
        frex_fold_latin1[(unsigned char)s[i + 1] - 0x80]) {
      out[k++] = frex_fold_latin1[(unsigned char)s[i + 1] - 0x80];
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99) {
      out[k++] = '\''; /* ’ */
      i += 3;
    } else {
      out[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      i++;
    }
  }
  out[k] = 0;
}

static bool starts(const char *w, const char *prefix) {
  return strncmp(w, prefix, strlen(prefix)) == 0;
}

int frex_date_month(const char *s, size_t n) {
  char w[FREX_DATE_WORD_MAX + 1];
  frex_date_fold_word(s, n, w);
  /* the patterns only let month words through, so prefixes suffice */
  static const char *const pre[] = {"jan", "fe", "mar", "av", "mai", "juin",
                                    "juil", "ao", "se", "oc", "no", "de"};
  for (int m = 0; m < 12; m++)
    if (starts(w, pre[m]))
      return m + 1;
  return 0;
}

int frex_date_weekday(const char *s, size_t n) {
  char w[FREX_DATE_WORD_MAX + 1];
  frex_date_fold_word(s, n, w);
  static const char *const pre[] = {"lu", "mar", "me", "je",
                                    "ve", "sa", "di"};
  for (int d = 0; d < 7; d++)
    if (starts(w, pre[d]))
      return d + 1;
  return 0;
}

/* Units and tens read in number words; "dix-sept" = dix + sept. */
static const struct {
  const char *w;
  int v;
} numwords[] = {
    {"premiere", 1},  {"premier", 1},  {"deuxieme", 2}, {"seconde", 2},
    {"second", 2},    {"troisieme", 3}, {"quatrieme", 4}, {"cinquieme", 5},
    {"sixieme", 6},   {"septieme", 7},  {"huitieme", 8},  {"neuvieme", 9},
    {"dixieme", 10},  {"derniere", -1}, {"dernier", -1},  {"une", 1},
    {"un", 1},        {"deux", 2},      {"trois", 3},     {"quatre", 4},
    {"cinq", 5},      {"six", 6},       {"sept", 7},      {"huit", 8},
    {"neuf", 9},      {"dix", 10},      {"onze", 11},     {"douze", 12},
    {"treize", 13},   {"quatorze", 14}, {"quinze", 15},   {"seize", 16},
    {"vingt", 20},    {"trente", 30},   {"quarante", 40}, {"cinquante", 50},
    {"soixante", 60}, {"cent", 100},    {"et", 0}};

int frex_date_number(const char *s, size_t n) {
  if (n && s[0] >= '0' && s[0] <= '9') {
    int v = 0;
    for (size_t i = 0; i < n && s[i] >= '0' && s[i] <= '9' && v < 100000; i++)
      v = v * 10 + (s[i] - '0');
    return v;
  }
  if (n >= 3 && s[0] == 'I' && (s[1] == 'e' || s[1] == 'E'))
    return 1; /* "Ier", the roman-numeral spelling of 1er */
  /* sum the words: "vingt et un" = 20 + 0 + 1 */
  int total = 0;
  size_t i = 0;
  while (i < n) {
    char w[FREX_DATE_WORD_MAX + 1];
    size_t len = frex_date_fold_word(s + i, n - i, w);
    if (!len) {
      i++;
      continue;
    }
    size_t j = 0;
    while (j < sizeof numwords / sizeof *numwords &&
           strcmp(w, numwords[j].w) != 0)
      j++;
    if (j == sizeof numwords / sizeof *numwords)
      return 0;
    if (numwords[j].v < 0)
      return -1;
    total += numwords[j].v;
    i += len;
  }
  return total;
}
