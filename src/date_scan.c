/*
 * date_scan.c — the DATE extractor's scanner (see date.c): it visits word
 * and number starts, keeps those that may begin a date — a number, or a
 * word of the trigger lexicon below — and runs their patterns.  Trigger
 * words are looked up in a trie of folded letters, behind two bit tables
 * of their first bytes, so ordinary words cost a few table lookups; on
 * x86-64 the starts are found sixteen bytes at a time with SSE2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "classify.h"
#include "date_impl.h"
#include "fold.h"
#include "numwords.h"

static bool trie_add(frex_date *D, const char *word, unsigned mask) {
  int node = 0;
  const char *w = word;
  for (; *w; w++) {
    int c = *w - 'a';
    if (!D->trie[node].next[c]) {
      if (D->ntrie == TRIE_MAX)
        return false;
      D->trie[node].next[c] = (int16_t)D->ntrie++;
    }
    node = D->trie[node].next[c];
  }
  D->trie[node].mask |= mask;
  return true;
}

/* Mark the four-code prefix (see k3) of the codes C[0..n), extended by
 * every code when the last is a word end (26: a trigger word ends there,
 * whatever follows). */
static void mark(frex_date *D, const int *c, int n) {
  if (n >= 4 && c[0] != 26) {
    int k = ((c[0] * 28 + c[1]) * 28 + c[2]) * 28 + c[3];
    D->p4[k >> 3] |= (unsigned char)(1u << (k & 7));
  }
}

static void mark_any_after(frex_date *D, int *c, int n) {
  if (n == 4 || c[0] == 26) {
    mark(D, c, n);
    return;
  }
  mark(D, c, n);
  for (int x = 0; x < 28; x++) {
    c[n] = x;
    mark_any_after(D, c, n + 1);
  }
}

/* Walk the trie from NODE with the codes C[0..n) read so far: the codes a
 * trigger word may begin with.  A letter is its code, or, for the letters
 * that have accented forms (a c e i n o u y), the code 27 of a non-ASCII
 * byte, once or twice (a two-byte letter, or a sequence cut at the
 * fourth code). */
static void walk(frex_date *D, int node, int *c, int n) {
  if (n >= 3)
    mark(D, c, n);
  if (n == 4)
    return;
  if (D->trie[node].mask & PAT_BITS) { /* a trigger ends here */
    c[n] = 26;
    mark_any_after(D, c, n + 1);
  }
  for (int l = 0; l < 26; l++) {
    int next = D->trie[node].next[l];
    if (!next)
      continue;
    c[n] = l;
    walk(D, next, c, n + 1);
    if (!strchr("aceinouy", 'a' + l))
      continue;
    c[n] = 27;
    walk(D, next, c, n + 1); /* a one-code letter (cut) */
    if (n + 1 < 4) {
      c[n + 1] = 27;
      walk(D, next, c, n + 2); /* a two-byte letter: é, ç */
    } else {
      mark(D, c, n + 1);
    }
  }
}

/* p4 (see frex_date): the trigger words' first codes, walked from the
 * trie rather than tested for all 28^4 words (the table is built at every
 * start of frex). */
static void init_prefixes(frex_date *D) {
  int c[8];
  walk(D, 0, c, 0);
}

static void init_classes(frex_date *D) {
  for (int c = 0; c < 256; c++) {
    unsigned char k = C_OTHER;
    if (c >= '0' && c <= '9')
      k = C_DIGIT;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      k = C_LETTER;
    else if (c >= 0x80 && c <= 0xBF)
      k = C_CONT;
    /* lead bytes of letters; C2 (NBSP « » °) and E2 (’ – … €) are not */
    else if ((c >= 0xC3 && c <= 0xDF) || (c >= 0xE0 && c <= 0xEF && c != 0xE2))
      k = C_LETTER;
    D->cls[c] = k;
    D->inword[c] = k == C_LETTER || k == C_CONT;
    D->lead[c] = k == C_LETTER;
    D->cont[c] = k == C_CONT;
    D->digit[c] = k == C_DIGIT;
    D->k3[c] = (unsigned char)(c < 0x80 && k == C_LETTER ? (c | 0x20) - 'a'
                               : k == C_LETTER || k == C_CONT ? 27 : 26);
    D->letter[c] = (signed char)(c < 0x80 && k == C_LETTER ? (c | 0x20) - 'a'
                                                            : -1);
  }
}

/* Add the first word of the written word W (folded, up to its first
 * non-letter) with MASK. */
static bool trie_add_first(frex_date *D, const char *w, unsigned mask) {
  char first[FREX_DATE_WORD_MAX + 1];
  frex_date_fold_word(w, strlen(w), first);
  for (const char *p = first; *p; p++)
    if (*p < 'a' || *p > 'z')
      return true; /* a word of another script: no trigger */
  if (first[0] && !trie_add(D, first, mask))
    return false;
  /* "week~end": also the word written without its optional hyphen */
  size_t k = strlen(first);
  if (w[k] == '~') {
    char joined[2 * FREX_DATE_WORD_MAX + 2];
    snprintf(joined, sizeof joined, "%s%s", first, w + k + 1);
    frex_date_fold_word(joined, strlen(joined), first);
    return trie_add(D, first, mask);
  }
  return true;
}

/* The trigger words, all from the lexicon: the first word of every entry
 * of a family with its family's bits and its own, the number words of
 * numwords.c, and the Roman numerals of centuries (XIXe; word_at reads
 * the modifier letter of XXIᵉ as an e). */
static bool init_triggers(frex_date *D) {
  for (int f = 0; f < NFAMILIES; f++) {
    size_t n;
    const frex_dword *w = frex_date_words((frex_dfamily)f, &n);
    for (size_t i = 0; i < n; i++) {
      /* a word that starts no pattern may still be context ("siècles") */
      unsigned mask = w[i].f & DW_NOTRIG
                          ? w[i].trig & ~PAT_BITS
                          : frex_date_family_trig((frex_dfamily)f) | w[i].trig;
      if (mask && !trie_add_first(D, w[i].w, mask))
        return false;
    }
  }
  for (size_t i = 0; i < frex_numwords_count(); i++) {
    unsigned kind, mask = 0;
    int v;
    const char *w = frex_numwords_at(i, &kind, &v);
    if (kind == FREX_NW_UNIT && v == 1)
      mask = X_UN; /* "dans une semaine" */
    else if ((kind == FREX_NW_UNIT && v >= 2) ||
             (kind == FREX_NW_TEN && v <= 30))
      mask = TRIG_NUMW; /* a day in words: "le vingt-sept" */
    else if (kind == FREX_NW_ORD)
      mask = TRIG_ORD;
    if (kind == FREX_NW_TEN || (kind == FREX_NW_UNIT && v == 4))
      mask |= X_TEN; /* "les années soixante", "quatre-vingt" */
    if (mask && !trie_add_first(D, w, mask))
      return false;
  }
  static const char *const units[] = {"",  "i",  "ii",  "iii",  "iv",
                                      "v", "vi", "vii", "viii", "ix"};
  static const char *const suffix[] = {"e", "eme", "er", "re"};
  for (int r = 1; r <= 30; r++) /* I .. XXX */
    for (size_t k = 0; k < sizeof suffix / sizeof *suffix; k++) {
      char w[24];
      if ((k >= 2 && r != 1) || (r == 6 && k == 0))
        continue; /* Ier, Ire only; "VIe" would make "vie" a trigger */
      snprintf(w, sizeof w, "%.*s%s%s", r / 10, "xxx", units[r % 10],
               suffix[k]);
      if (!trie_add(D, w, M_(P_CENTURY)))
        return false;
    }
  for (int r = 11; r <= 30; r++) { /* "XX e siècle": XI .. XXX alone */
    char w[24];
    snprintf(w, sizeof w, "%.*s%s", r / 10, "xxx", units[r % 10]);
    if (!trie_add(D, w, M_(P_CENTURY)))
      return false;
  }
  return trie_add(D, "ier", TRIG_DIGIT); /* "le Ier mai" */
}

/* The first bytes of the month names, both cases, and every non-ASCII
 * byte (an accented first letter, or a character a caseless letter
 * matches: ſ for s): what may follow the separator of P_NUM. */
static void init_month_lead(frex_date *D) {
  size_t n;
  const frex_dword *w = frex_date_words(DF_MONTH, &n);
  for (int c = 0x80; c < 256; c++)
    D->month_lead[c] = 1;
  D->month_letters = true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i].w[0];
    D->month_lead[c] = 1;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      D->month_lead[c ^ 0x20] = 1;
    for (const unsigned char *q = (const unsigned char *)w[i].w; *q; q++)
      if (*q < 0x80 && !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z'))
        D->month_letters = false; /* P_NUM is then tried unfiltered */
  }
}

bool frex_date_init_tables(frex_date *D) {
  D->ntrie = 1;
  init_classes(D);
  init_month_lead(D);
  if (!init_triggers(D))
    return false;
  init_prefixes(D);
  return true;
}

/* ---------------------------------------------------------------- scan */

/* Is the number at I, after a '/' or '-', the year after the one before
 * it: the second year of a season or a school year ("la saison
 * 2023/2024", "2023-24")? */
static bool next_year_after(const scan *S, size_t i) {
  if (i < S->body + 5 || (i > S->body + 5 && is_digit(S->t[i - 6])))
    return false;
  size_t n = 0; /* "2024" or "24" */
  while (i + n < S->len && n < 5 && is_digit(S->t[i + n]))
    n++;
  if (n != 4 && n != 2)
    return false;
  int a = 0, b = 0;
  for (size_t k = 0; k < 4; k++) {
    if (!is_digit(S->t[i - 5 + k]))
      return false;
    a = a * 10 + (S->t[i - 5 + k] - '0');
  }
  for (size_t k = 0; k < n; k++)
    b = b * 10 + (S->t[i + k] - '0');
  if (n == 2)
    b += a / 100 * 100 + (b < a % 100 ? 100 : 0); /* "1999-00" */
  return a >= 1900 && b == a + 1 && b <= 2099;
}

/* Which patterns may start at the number at I: none inside a word, a
 * decimal or a fraction; after "word-" only a day and a month name
 * ("Johnson-25 mai", but not "COVID-19" or "F-35"). */
static unsigned digit_start_mask(const scan *S, size_t i) {
  if (i == S->body)
    return TRIG_DIGIT;
  char p = S->t[i - 1];
  if (is_digit(p) || p == '+' || frex_date_is_letter_at(S->t, S->len, i - 1))
    return 0; /* also "UTC+2 lundi", "+3 mai" (a gain) */
  if ((p == '.' || p == ',' || p == '/' || p == ':') && i - 1 > S->body &&
      is_digit(S->t[i - 2]))
    return p == '/' && next_year_after(S, i) ? M_(P_YEAR) : 0;
  if (p == '-' && i - 1 > S->body && frex_date_is_letter_at(S->t, S->len, i - 2))
    return M_(P_DM);
  if (p == '-' && i - 1 > S->body && is_digit(S->t[i - 2]) &&
      next_year_after(S, i))
    return M_(P_YEAR); /* "2023-24", "2023-2024" */
  return TRIG_DIGIT;
}

/* Does a clock time's unit follow the number ending at E: "19 heures",
 * "19 h 30", "19 h", "9 hr"? */
static bool clock_after(const scan *S, size_t e) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t i = e;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i += (unsigned char)S->t[i] == 0xC2 ? 2 : (unsigned char)S->t[i] == 0xE2 ? 3 : 1;
  if (i == e || i >= S->len || ((S->t[i] | 0x20) != 'h' && (S->t[i] | 0x20) != 'm'))
    return false;
  frex_date_fold_word(S->t + i, S->len - i, w);
  return strcmp(w, "h") == 0 || strcmp(w, "heure") == 0 ||
         strcmp(w, "heures") == 0 || strcmp(w, "hr") == 0 ||
         strcmp(w, "hrs") == 0 || strcmp(w, "min") == 0;
}

/* The folded word after POS (spaces, one line break and an apostrophe
 * skipped); returns its end, POS when there is none. */
static size_t word_after(const scan *S, size_t pos, char *w) {
  size_t i = pos;
  while (i < S->len && (frex_date_is_space(S->t, S->len, i) ||
                        S->t[i] == '\'' ||
                        (i + 2 < S->len && (unsigned char)S->t[i] == 0xE2 &&
                         (unsigned char)S->t[i + 1] == 0x80 &&
                         (unsigned char)S->t[i + 2] == 0x99) ||
                        (S->t[i] == '\n' && i > 0 && S->t[i - 1] != '\n')))
    i += (unsigned char)S->t[i] == 0xC2 ? 2 : (unsigned char)S->t[i] == 0xE2 ? 3 : 1;
  w[0] = 0;
  if (i >= S->len || !frex_date_is_letter_at(S->t, S->len, i))
    return pos;
  size_t e = i + frex_date_fold_word(S->t + i, S->len - i, w);
  if (strcmp(w, "apres") == 0 && e + 1 < S->len && S->t[e] == '-') {
    char m[FREX_DATE_WORD_MAX + 1];
    size_t k = frex_date_fold_word(S->t + e + 1, S->len - e - 1, m);
    if (strcmp(m, "midi") == 0) {
      strcpy(w, "apres-midi");
      e += 1 + k;
    }
  }
  return e;
}

/* The end of the part of the day after a lone day ("le 12 au matin", "le
 * 12 dans la soirée", "le 12 en matinée"; README "DATE decisions": the
 * part is in the span), else E. */
static size_t part_after_day(const scan *S, size_t e) {
  static const char *const au[] = {"matin", "soir", NULL};
  static const char *const dans_la[] = {"matinee", "soiree", "nuit",
                                        "journee", NULL};
  static const char *const en[] = {"matinee", "soiree", NULL};
  char w[FREX_DATE_WORD_MAX + 1], x[FREX_DATE_WORD_MAX + 1];
  size_t a = word_after(S, e, w);
  if (a == e)
    return e;
  size_t b = word_after(S, a, x);
  if (b == a)
    return e;
  if (strcmp(w, "au") == 0)
    return frex_date_in_list(x, au) ? b : e;
  if (strcmp(w, "en") == 0)
    return frex_date_in_list(x, en) ? b : e;
  if (strcmp(w, "dans") != 0)
    return e;
  size_t c = word_after(S, b, w);
  if (c == b)
    return e;
  if (strcmp(x, "la") == 0)
    return frex_date_in_list(w, dans_la) ? c : e;
  return strcmp(x, "l") == 0 && strcmp(w, "apres-midi") == 0 ? c : e;
}

/* A lone day number ("5" in "du 5 au 7 mai", "le 15"): kept as a weak
 * mention that a range or the context must confirm. */
static int weak_day(scan *S, size_t i, size_t j) {
  if (j - i > 2)
    return FREX_OK;
  int d = frex_date_number(S->t + i, j - i);
  size_t e = j;
  if (d == 1 && e + 1 < S->len && S->t[e] == 'e' && S->t[e + 1] == 'r')
    e += 2;
  if (d < 1 || d > 31)
    return FREX_OK;
  if (e < S->len) {
    char c = S->t[e];
    if (frex_date_is_letter_at(S->t, S->len, e) || c == '%' ||
        ((c == '.' || c == ',' || c == ':' || c == '/') && e + 1 < S->len &&
         is_digit(S->t[e + 1])))
      return FREX_OK;
  }
  if (clock_after(S, e))
    return FREX_OK; /* "à 19 heures", "19 h 30": never a date (SPEC) */
  frex_mention m;
  memset(&m, 0, sizeof m);
  m.kind = MK_DATE;
  m.start = i;
  m.end = part_after_day(S, e);
  m.d = d;
  m.weak = true;
  return frex_date_push(S, &m);
}

static unsigned next_mask(const scan *S, size_t pos);

/* what may follow the day of a day-month date: a month, de/du/d', jour */
#define NEXT_DM (TRIG_MONTH | X_DE | X_JOUR)

/* After the one- or two-digit number [I, J) and a period: can P_NUM make
 * a date here?  build_compact keeps a dotted date only with a four-digit
 * year (21.07.2021, 07.2021, "21.07, 2021") or after le/du/au/ce ("le
 * 21.07"); decimals, versions and section numbers (4.3, 3.10.12, "12.2
 * Align") are dropped.  Saying so here saves the pattern and the build
 * on every section number of a manual.  Month names (21.sept.) go on to
 * the pattern. */
static bool dotted_may_be_date(const scan *S, size_t i, size_t j) {
  const char *t = S->t;
  size_t n = S->len, k = j + 1, b = k;
  while (k < n && is_digit(t[k]))
    k++;
  if (k == b || k - b == 4)
    return true;
  if (k < n && t[k] == '.') { /* a third part: 21.07.2021 */
    size_t c = ++k;
    while (k < n && is_digit(t[k]))
      k++;
    if (k == c || k - c == 4)
      return true;
  } else if (k < n && t[k] == ',') { /* ",\h?yyyy" */
    k++;
    for (int sp = 0; sp < 3 && k < n; sp++, k++) /* \h: NBSP is C2 A0 */
      if (t[k] != ' ' && (unsigned char)t[k] < 0x80)
        break;
    size_t c = k;
    while (k < n && is_digit(t[k]))
      k++;
    if (k - c == 4)
      return true;
  }
  /* the word before, as frex_date_prev_word finds it; when it is all
   * ASCII (most section numbers and decimals), its folded form is its
   * lowercase and needs no call */
  size_t e = frex_date_space_back(t, S->body, i), w;
  if (e > S->body && t[e - 1] == '\'')
    e--;
  else if (e >= S->body + 3 && (unsigned char)t[e - 3] == 0xE2 &&
           (unsigned char)t[e - 2] == 0x80 && (unsigned char)t[e - 1] == 0x99)
    e -= 3;
  for (w = e; w > S->body && ((t[w - 1] | 0x20) >= 'a' && (t[w - 1] | 0x20) <= 'z');)
    w--;
  if (w == S->body || (unsigned char)t[w - 1] < 0x80) {
    if (e - w != 2)
      return false;
    char a = (char)(t[w] | 0x20), z = (char)(t[w + 1] | 0x20);
    return (a == 'l' && z == 'e') || (a == 'd' && z == 'u') ||
           (a == 'a' && z == 'u') || (a == 'c' && z == 'e');
  }
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, i, pw);
  return ps < i && (strcmp(pw, "le") == 0 || strcmp(pw, "du") == 0 ||
                    strcmp(pw, "au") == 0 || strcmp(pw, "ce") == 0);
}

/* Narrow the digit patterns by the length of the digit run and what
 * follows it: "14h", "3D" and five-digit numbers start no date. */
static unsigned digit_run_mask(const scan *S, size_t i, size_t j) {
  size_t nd = j - i;
  if (nd == 2 && i > S->body && (S->t[i - 1] == '-' || S->t[i - 1] == '/') &&
      next_year_after(S, i))
    return M_(P_YEAR); /* "la saison 2023-24" */
  if (nd == 4) {
    bool century = (S->t[i] == '1' && S->t[i + 1] == '9') ||
                   (S->t[i] == '2' && S->t[i + 1] == '0');
    return M_(P_NUM) | M_(P_NUMSP) | M_(P_QUARTER) |
           (century ? M_(P_YEAR) : 0);
  }
  if (nd > 2)
    return 0;
  if (j >= S->len)
    return 0;
  unsigned char c = (unsigned char)S->t[j];
  if (S->D->cls[c] == C_LETTER) {
    char l = (char)(c | 0x20);
    if (l == 'n' && j - i == 1 && S->t[i] == '2' && j + 1 < S->len &&
        (S->t[j + 1] | 0x20) == 'd')
      return M_(P_QUARTER) | M_(P_WEEK); /* "au 2nd semestre" */
    if (l != 'e' && l != 'r' && c != 0xC3 && c != 0xE1)
      return 0; /* 1er, 3e, 2ème, 1re, 20ᵉ are ordinals; 14h is an hour */
    size_t k = j;
    while (k < S->len && S->D->inword[(unsigned char)S->t[k]])
      k++;
    unsigned next = next_mask(S, k);
    unsigned mask = M_(P_DM) | M_(P_QUARTER) | M_(P_WEEK) | M_(P_DAYCUR);
    if (next & (X_SIECLE | X_CONN)) /* "20e siècle", "19e et 20e siècles" */
      mask |= M_(P_CENTURY);
    if (next & (M_(P_WEEKDAY) | X_JOUR | M_(P_WEEK)))
      mask |= M_(P_NTH); /* "1er lundi de mars", "2e semaine de mai" */
    return mask;
  }
  if (c == '.')
    return dotted_may_be_date(S, i, j) ? M_(P_NUM) : 0;
  if (c == '/' || c == '-')
    return M_(P_NUM) | M_(P_NUMSP);
  if (c == ',') /* "en 11, 2016" */
    return j - i <= 2 && j + 2 < S->len && is_digit(S->t[j + 1 + (S->t[j + 1] == ' ')])
               ? M_(P_NUMSP)
               : 0;
  /* after spaces: a month or "jour"/"de" (21 juillet), another number
   * (02 04 2009), a slash or dash (11 / 2016), ce mois */
  size_t k = j;
  while (k < S->len && frex_date_is_space(S->t, S->len, k))
    k += (unsigned char)S->t[k] == 0xC2 ? 2 : (unsigned char)S->t[k] == 0xE2 ? 3 : 1;
  if (k == j || k >= S->len)
    return 0;
  if (is_digit(S->t[k]) || S->t[k] == '/' || S->t[k] == '-')
    return M_(P_NUMSP);
  if (nd == 1 && S->t[i] == '1' && k + 2 < S->len &&
      (S->t[k] | 0x20) == 'e' && (S->t[k + 1] | 0x20) == 'r' &&
      !S->D->inword[(unsigned char)S->t[k + 2]])
    return M_(P_DM); /* "1 er juillet" */
  unsigned next = next_mask(S, j);
  unsigned mask = 0;
  if (next & NEXT_DM)
    mask |= M_(P_DM);
  if ((next & X_DE) && nd <= 2) { /* "en 11 de l'année 2016" */
    char pw[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, i, pw);
    if (ps < i && (strcmp(pw, "en") == 0 || strcmp(pw, "de") == 0))
      mask |= M_(P_NUMSP);
  }
  if (next & (M_(P_QUARTER) | M_(P_WEEK)))
    mask |= M_(P_QUARTER) | M_(P_WEEK);
  if (next & (M_(P_M) | X_DE)) /* "ce", "cette", "de" */
    mask |= M_(P_DAYCUR);
  return mask;
}

static int scan_digits(scan *S, size_t *pi) {
  size_t i = *pi, j = i, e;
  while (j < S->len && is_digit(S->t[j]))
    j++;
  *pi = j;
  unsigned start = digit_start_mask(S, i);
  if (!start)
    return FREX_OK;
  unsigned mask = start & digit_run_mask(S, i, j);
  int rc = mask ? frex_date_try_at(S, i, mask, &e) : 0;
  if (rc > 0)
    *pi = e;
  else if (rc == 0 && start == TRIG_DIGIT && j - i <= 2)
    rc = weak_day(S, i, j);
  return rc < 0 ? rc : FREX_OK;
}

/* Walk the word at I through the trigger trie; *J receives its end.
 * Returns the word's trie mask (0 when it is no known word). */
static unsigned word_at(const scan *S, size_t i, size_t *pj) {
  const frex_date *D = S->D;
  const unsigned char *t = (const unsigned char *)S->t;
  size_t j = i, n = S->len;
  int node = 0;
  while (j < n) {
    int f = D->letter[t[j]];
    if (f >= 0) {
      j++;
    } else if (t[j] == 0xC3 && j + 1 < n && t[j + 1] >= 0x80 &&
               t[j + 1] <= 0xBF && frex_fold_latin1[t[j + 1] - 0x80]) {
      f = frex_fold_latin1[t[j + 1] - 0x80] - 'a';
      j += 2;
    } else if (t[j] == 0xE1 && j + 2 < n && t[j + 1] == 0xB5 &&
               t[j + 2] == 0x89) {
      f = 'e' - 'a'; /* ᵉ, U+1D49: "XIXᵉ siècle" */
      j += 3;
    } else {
      break;
    }
    if (!(node = D->trie[node].next[f]))
      break;
  }
  unsigned mask = node && (j >= n || !D->inword[t[j]]) ? D->trie[node].mask : 0;
  while (j < n && D->inword[t[j]])
    j++;
  *pj = j;
  return mask;
}

/* Mask of the word after POS (spaces skipped); a digit gives M_(P_NUM). */
static unsigned next_mask(const scan *S, size_t pos) {
  size_t i = pos, j;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i += (unsigned char)S->t[i] == 0xC2 ? 2 : (unsigned char)S->t[i] == 0xE2 ? 3 : 1;
  if (i >= S->len)
    return 0;
  if (is_digit(S->t[i]))
    return M_(P_NUM);
  if (S->t[i] == '\'' || (unsigned char)S->t[i] == 0xE2)
    return 0;
  return S->D->cls[(unsigned char)S->t[i]] == C_LETTER ? word_at(S, i, &j) : 0;
}

/* Mask of the word before POS. */
static unsigned prev_mask(const scan *S, size_t pos) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, pos, w), j;
  return ps < pos ? word_at(S, ps, &j) : 0;
}

/* Is the word before POS W, once folded? */
static bool prev_is(const scan *S, size_t pos, const char *w) {
  char pw[FREX_DATE_WORD_MAX + 1];
  return frex_date_prev_word(S, pos, pw) < pos && strcmp(pw, w) == 0;
}

/* Is the word after POS (spaces skipped) W, once folded? */
static bool next_is(const scan *S, size_t pos, const char *w) {
  char nw[FREX_DATE_WORD_MAX + 1];
  frex_date_next_word(S, pos, nw);
  return strcmp(nw, w) == 0;
}

/* The mask of the word after the number in words that starts before J
 * ("vingt-deux", "trente et un", "dix sept"): number words joined by a
 * hyphen, a space or "et" are skipped. */
static unsigned numphrase_next(const scan *S, size_t j) {
  for (int k = 0; k < 4 && j < S->len; k++) {
    size_t i = j;
    if (S->t[i] == '-')
      i++;
    else
      while (i < S->len && frex_date_is_space(S->t, S->len, i))
        i++;
    if (i == j || i >= S->len || !S->D->lead[(unsigned char)S->t[i]])
      break;
    size_t e;
    unsigned w = word_at(S, i, &e);
    bool et = e - i == 2 && (S->t[i] | 0x20) == 'e' && (S->t[i + 1] | 0x20) == 't';
    if (!et && !(w & (TRIG_NUMW | X_UN | TRIG_ORD)))
      break;
    j = e;
  }
  return next_mask(S, j);
}

/* After a Roman numeral ending at J: " e siècle", " ème siècle" ("XX e
 * siècle", a superscript cut off by a space)? */
static bool spaced_suffix_siecle(const scan *S, size_t j) {
  if (j + 2 >= S->len || S->t[j] != ' ')
    return false;
  char w[FREX_DATE_WORD_MAX + 1];
  frex_date_next_word(S, j, w);
  if (strcmp(w, "e") != 0 && strcmp(w, "eme") != 0)
    return false;
  size_t k = j, e; /* the spaces of a line break: "XX\r\ne siècle" */
  while (k < S->len && S->t[k] == ' ')
    k++;
  word_at(S, k, &e);
  return (next_mask(S, e) & X_SIECLE) != 0;
}

/* Cheap checks of the neighbours of trigger word [i, j) that drop the
 * patterns which cannot match there, so most frequent triggers ("il",
 * "dans", "ce", "deux", "premier") cost no regex call. */
static unsigned refine_word(const scan *S, size_t i, size_t j, unsigned m,
                            unsigned word_bits) {
  char c0 = (char)(S->t[i] | 0x20), c1 = (char)(S->t[i + 1] | 0x20);
  unsigned next = 0;
  bool got_next = false;
#define NEXT() (got_next ? next : (got_next = true, next = next_mask(S, j)))
  if (m & M_(P_OFFSET)) { /* il y a N / dans N */
    if (c0 == 'i' && c1 == 'l') {
      size_t k = j;
      while (k < S->len && frex_date_is_space(S->t, S->len, k))
        k += (unsigned char)S->t[k] == 0xC2 ? 2 : (unsigned char)S->t[k] == 0xE2 ? 3 : 1;
      if (k >= S->len || (S->t[k] | 0x20) != 'y')
        m &= ~(unsigned)M_(P_OFFSET);
    } else {
      /* dans + a number, after the spaces a line break may leave ("dans
       * \ndeux ans" from fold -s: two spaces in the view) or a no-break
       * space */
      size_t k = j;
      while (k < S->len && k < j + 12 && frex_date_is_space(S->t, S->len, k))
        k += (unsigned char)S->t[k] == 0xC2 ? 2 : (unsigned char)S->t[k] == 0xE2 ? 3 : 1;
      if (k == j || k >= S->len ||
          !strchr("0123456789udtqcshnov", S->t[k] | 0x20) ||
          !(NEXT() & (M_(P_NUM) | TRIG_NUMW | X_UN)))
        m &= ~(unsigned)M_(P_OFFSET);
    }
  }
  if ((m & M_(P_RELDAY)) && c0 == 'a' && (c1 == 'v' || c1 == 'p')) {
    /* avant-hier, après-demain */
    if (j >= S->len || (S->t[j] != '-' && S->t[j] != ' '))
      m &= ~(unsigned)M_(P_RELDAY);
  }
  if ((m & M_(P_M)) && !(m & M_(P_MD))) {
    /* ce, cette, prochain: keep the patterns the next word may start */
    unsigned keep = 0;
    /* after one space, the next word's first letter tells most cases */
    size_t k = j + 1; /* more spaces (at most SP's four): a line break
                         made spaces, "ce \r\n" three */
    while (k + 1 < S->len && k < j + 4 && S->t[j] == ' ' && S->t[k] == ' ')
      k++;
    bool may = k < S->len &&
               (S->t[j] != ' ' || strchr("adfjlmnosvpeh", S->t[k] | 0x20) ||
                (unsigned char)S->t[k] == 0xC3);
    if (may) {
      if (NEXT() & M_(P_MD))
        keep |= M_(P_M);
      else if ((NEXT() & M_(P_RELUNIT)) &&
               (S->t[j] != ' ' || (S->t[k] | 0x20) == 'm')) {
        char nw[FREX_DATE_WORD_MAX + 1];
        frex_date_next_word(S, j, nw);
        if (strcmp(nw, "mois") == 0)
          keep |= M_(P_M); /* "ce mois de mars" */
      }
      if (NEXT() & M_(P_WEEKDAY))
        keep |= M_(P_WEEKDAY);
      if (NEXT() & X_PART)
        keep |= M_(P_PARTDAY);
      if (NEXT() & M_(P_SEASON))
        keep |= M_(P_SEASON);
    }
    m = (m & ~TRIG_DEM) | (m & keep);
  } else {
    if ((m & M_(P_PARTDAY)) && !(NEXT() & (X_MOD | X_DE))) {
      size_t e2 = j; /* "après-midi de lundi": after the hyphened word */
      if (j + 1 < S->len && S->t[j] == '-')
        word_at(S, j + 1, &e2);
      if (e2 == j || !(next_mask(S, e2) & (X_MOD | X_DE)))
        m &= ~(unsigned)M_(P_PARTDAY); /* "nuit dernière", "nuit de jeudi" */
    }
    if ((m & M_(P_SEASON)) && (S->t[i] | 0x20) == 'r') {
      if (!(NEXT() & M_(P_NUM)) && !frex_date_rentree_ok(S, i))
        m &= ~(unsigned)M_(P_SEASON); /* "à la rentrée", "rentrée 2026" */
    } else if ((m & M_(P_SEASON)) &&
               !(NEXT() & (M_(P_NUM) | X_MOD | X_DE)) &&
        !(j + 1 < S->len && S->t[j] == '-' && (S->t[j + 1] | 0x20) == 'l') &&
        !frex_date_season_after_prep(S, i) &&
        !frex_date_season_after_time_prep(S, i) &&
        !frex_date_season_subject(S, i))
      m &= ~(unsigned)M_(P_SEASON); /* "été 2017", "hiver dernier" */
  }
  if ((m & M_(P_DECADE)) && !(NEXT() & (M_(P_NUM) | X_TEN)))
    m &= ~(unsigned)M_(P_DECADE); /* "années 80", "années soixante" */
  if ((m & M_(P_CENTURY)) && !(NEXT() & (X_SIECLE | X_CONN)) &&
      !(j < S->len && S->t[j] == '-') && !spaced_suffix_siecle(S, j))
    m &= ~(unsigned)M_(P_CENTURY); /* "XIXe siècle", "dix-neuvième" */
  if ((m & M_(P_NTH)) &&
      !(NEXT() & (M_(P_WEEKDAY) | X_JOUR | M_(P_WEEK))))
    m &= ~(unsigned)M_(P_NTH); /* "premier lundi", "dernière semaine" */
  if (m & (M_(P_DAYWORD) | M_(P_DM))) {
    /* after the whole number: "vingt-deux mai", "trente et un décembre" */
    unsigned after = (word_bits & (TRIG_NUMW | TRIG_ORD)) ? numphrase_next(S, j)
                                                          : NEXT();
    if ((m & M_(P_DAYWORD)) && !(after & (TRIG_MONTH | X_CONN)) &&
        !(prev_mask(S, i) & X_LE))
      m &= ~(unsigned)M_(P_DAYWORD); /* "le vingt-sept", "deux au 5 mai" */
    /* "4 500 euros dans le neuf", "sur le neuf": new housing, no day */
    if ((m & M_(P_DAYWORD)) && !(after & TRIG_MONTH)) {
      char lw[FREX_DATE_WORD_MAX + 1];
      size_t ps = frex_date_prev_word(S, i, lw);
      if (ps < i && (prev_is(S, ps, "dans") || prev_is(S, ps, "sur")))
        m &= ~(unsigned)M_(P_DAYWORD);
    }
    if ((m & M_(P_DM)) && !(after & NEXT_DM))
      m &= ~(unsigned)M_(P_DM);
  }
  bool semaine = j - i == 7 && c0 == 's' && c1 == 'e' && (S->t[i + 2] | 0x20) == 'm';
  bool unit = (m & M_(P_RELUNIT)) != 0; /* trimestre, semestre, semaine */
  if ((m & (M_(P_QUARTER) | M_(P_WEEK))) &&
      !(NEXT() & (X_QUART | M_(P_WEEK) | M_(P_NUM))) &&
      !(semaine && (NEXT() & X_DE)) && !(unit && j < S->len && is_digit(S->t[j])))
    m &= ~(unsigned)(M_(P_QUARTER) | M_(P_WEEK));
  if ((m & M_(P_RELUNIT)) && !(prev_mask(S, i) & (X_LE | M_(P_WEEKDAY))) &&
      !(NEXT() & X_MOD) && !prev_is(S, i, "meme") &&
      !prev_is(S, i, "premiers")) { /* "la même année", "premiers mois" */
    size_t e2 = j; /* "au week-end prochain": after "week-end" */
    if (j + 1 < S->len && S->t[j] == '-' && c0 == 'w')
      word_at(S, j + 1, &e2);
    if (e2 == j || !(next_mask(S, e2) & X_MOD))
      m &= ~(unsigned)M_(P_RELUNIT); /* la/le/l'/ce/cette, or dernier/prochain */
  }
  if ((m & M_(P_RELUNIT)) && (word_bits & X_JOUR) && c0 == 'j' &&
      !(NEXT() & (X_MOD | X_DE)) && !(j < S->len && S->t[j] == '-') &&
      !next_is(S, j, "meme") && !prev_is(S, i, "meme") &&
      !prev_is(S, i, "ce")) /* "la réunion de ce jour": build_relunit */
    m &= ~(unsigned)M_(P_RELUNIT); /* "le jour même", "ce jour-là" */

#undef NEXT
  return m;
}

/* Skip the word at *PI; if it is a trigger, run its patterns. */
static int scan_word(scan *S, size_t *pi) {
  size_t i = *pi, j, e;
  unsigned bits = word_at(S, i, &j), mask = bits & PAT_BITS;
  *pi = j;
  if (mask && j > i + 1)
    mask = refine_word(S, i, j, mask, bits);
  else if (mask && !(j < S->len && S->t[j] >= '1' && S->t[j] <= '4'))
    mask &= ~(unsigned)M_(P_QUARTER); /* T2, Q3, S1: a letter and a digit */
  if (!mask)
    return FREX_OK;
  int rc = frex_date_try_at(S, i, mask, &e);
  if (rc > 0)
    *pi = e;
  return rc < 0 ? rc : FREX_OK;
}

/* Is byte I-1 inside a word?  A continuation byte is when its lead is a
 * letter: the bytes of ’ « » – and the no-break spaces are not. */
static bool word_before(const frex_date *D, const unsigned char *t, size_t lo,
                        size_t i) {
  size_t b = i;
  while (b > lo && D->cont[t[b - 1]])
    b--;
  return b > lo && (D->inword[t[b - 1]] && (b == i || D->lead[t[b - 1]]));
}

/* May the word at I begin a trigger?  Its first four bytes, as k3 codes,
 * against p4 (near the end of the text: yes, look closer).  One table:
 * the two- and three-code tables that came before it only held the
 * prefixes of p4's entries, so they never said no where p4 says yes. */
static inline bool maybe_trigger(const frex_date *D, const unsigned char *t,
                                 size_t i, size_t n) {
  if (i + 3 >= n)
    return true;
  unsigned k4 = ((D->k3[t[i]] * 28u + D->k3[t[i + 1]]) * 28u + D->k3[t[i + 2]]) *
                    28u + D->k3[t[i + 3]];
  return (D->p4[k4 >> 3] >> (k4 & 7)) & 1;
}

/* A possible start at *PI (a number, or a word that may be a trigger):
 * run the slow path and advance *PI; returns 1, or a negative error. */
static int visit(scan *S, size_t *pi, bool digit) {
  size_t i = *pi;
  int rc = digit ? scan_digits(S, pi) : scan_word(S, pi);
  if (*pi <= i)
    *pi = i + 1;
  return rc < 0 ? rc : 1;
}

/* The portable scan: one byte at a time, branching only at starts. */
static int scan_bytes(scan *S, size_t i, size_t n) {
  const frex_date *D = S->D;
  const unsigned char *t = (const unsigned char *)S->t;
  bool inw = word_before(D, t, S->body, i);
  bool ind = i > S->body && D->digit[t[i - 1]];
  while (i < n) {
    unsigned char c = t[i];
    bool d = D->digit[c];
    bool start = d ? !ind && !inw : D->lead[c] && !inw;
    if (start && (d || maybe_trigger(D, t, i, n))) {
      size_t from = i;
      int rc = visit(S, &i, d);
      if (rc < 0)
        return rc;
      if (rc > 0) {
        inw = word_before(D, t, from, i);
        ind = D->digit[t[i - 1]];
        continue;
      }
    }
    inw = D->cont[c] ? inw : D->inword[c] && !(c == 0xC2 || c == 0xE2);
    ind = d;
    i++;
  }
  return FREX_OK;
}

#if defined(__SSE2__)
/* Sixteen bytes at a time: bit masks of ASCII letters, digits, non-ASCII
 * bytes, continuation bytes and the leads C2/E2 (whose sequences — NBSP,
 * « », ’, –, … — separate words) give the word and number starts of the
 * block; only those are visited.  About four times faster than the byte
 * loop on French prose. */
static int scan_simd(scan *S, size_t *pi, size_t n) {
  const unsigned char *t = (const unsigned char *)S->t;
  const frex_date *D = S->D;
  size_t i = *pi;
  const __m128i lo_a = _mm_set1_epi8('a' - 1), hi_z = _mm_set1_epi8('z' + 1);
  const __m128i lo_0 = _mm_set1_epi8('0' - 1), hi_9 = _mm_set1_epi8('9' + 1);
  const __m128i x20 = _mm_set1_epi8(0x20), xc0 = _mm_set1_epi8((char)0xC0);
  const __m128i xc2 = _mm_set1_epi8((char)0xC2), xe2 = _mm_set1_epi8((char)0xE2);
  /* word/number state of the byte before the block */
  unsigned pword = i > S->body && word_before(D, t, S->body, i);
  unsigned pdig = i > S->body && D->digit[t[i - 1]];
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(t + i));
    __m128i low = _mm_or_si128(v, x20);
    unsigned alpha = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(low, lo_a), _mm_cmplt_epi8(low, hi_z)));
    unsigned dig = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, lo_0), _mm_cmplt_epi8(v, hi_9)));
    unsigned high = (unsigned)_mm_movemask_epi8(v);
    unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, xc0));
    unsigned e2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, xe2));
    unsigned c2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, xc2));
    /* carry in from the bytes before the block */
    unsigned pe2 = (i >= 1 && t[i - 1] == 0xE2) | (i >= 2 && t[i - 2] == 0xE2) << 1;
    unsigned pc2 = i >= 1 && t[i - 1] == 0xC2;
    unsigned sep = e2 | c2 | e2 << 1 | e2 << 2 | c2 << 1 | pc2 |
                   (pe2 & 1) | (pe2 & 1) << 1 | (pe2 >> 1);
    unsigned word = (alpha | (high & ~sep)) & 0xFFFF;
    unsigned wstart = word & ~((word << 1) | pword) & ~cont;
    unsigned dstart = dig & ~((dig << 1) | pdig) & ~((word << 1) | pword);
    unsigned cand = (wstart | dstart) & 0xFFFF;
    size_t next = i + 16, done = i; /* visits end at DONE */
    bool restart = false;
    for (; cand; cand &= cand - 1) {
      unsigned b = (unsigned)__builtin_ctz(cand);
      size_t pos = i + b;
      bool d = (dstart >> b) & 1;
      if (pos < done)
        continue; /* inside a date or a word already read */
      if (!d && !maybe_trigger(D, t, pos, n))
        continue;
      int rc = visit(S, &pos, d);
      if (rc < 0)
        return rc;
      done = pos;
      if (pos > i + 16) {
        next = pos; /* a date or a long word: restart the blocks there */
        restart = true;
        break;
      }
    }
    i = next;
    if (restart) {
      pword = word_before(D, t, S->body, i);
      pdig = D->digit[t[i - 1]];
    } else {
      pword = word >> 15 & 1;
      pdig = dig >> 15 & 1;
    }
  }
  *pi = i;
  return FREX_OK;
}
#endif

#if defined(__SSE2__)
/* scan_simd on the shared classification (classify.h): the same word and
 * number starts, from the 64-bit masks of each aligned block instead of
 * sixteen bytes compared at a time.  To visit exactly what scan_simd
 * visits, it keeps scan_simd's windows: they run sixteen bytes at a time
 * from the body's start or from the last restart R (a visit that ended
 * past its window's end), where the byte before is classed by word_before
 * rather than by the masks; the byte loop takes over at the first window
 * that does not fit the text. */
static int scan_masks(scan *S, size_t *pi, size_t n) {
  const unsigned char *t = (const unsigned char *)S->t;
  const frex_date *D = S->D;
  const frex_classes *C = S->cls;
  size_t r = *pi;                      /* window origin: body or restart */
  size_t stop = r + (n - r) / 16 * 16; /* where scan_bytes takes over */
  bool rword = false, rdig = false;    /* classes of byte R - 1 */
  size_t skip = r;                     /* visits end here: no start before */
  uint64_t wcarry = 0, dcarry = 0;     /* bit 63 of the block before */
  for (size_t b = r / 64; b * 64 < stop;) {
    uint64_t dig = frex_cls(C, b, FREX_CLS_DIGIT);
    uint64_t cont = frex_cls(C, b, FREX_CLS_CONT);
    uint64_t e2 = frex_cls(C, b, FREX_CLS_E2), c2 = frex_cls(C, b, FREX_CLS_C2);
    uint64_t pe2 = b ? frex_cls(C, b - 1, FREX_CLS_E2) : 0;
    uint64_t pc2 = b ? frex_cls(C, b - 1, FREX_CLS_C2) : 0;
    /* the bytes of the sequences of C2 and E2 (NBSP, « », ’, –) are no
     * word bytes: the lead and the one or two bytes after it */
    uint64_t sep = e2 | c2 | (e2 << 1 | pe2 >> 63) | (e2 << 2 | pe2 >> 62) |
                   (c2 << 1 | pc2 >> 63);
    uint64_t word = frex_cls(C, b, FREX_CLS_ALPHA) |
                    (frex_cls(C, b, FREX_CLS_HIGH) & ~sep);
    bool jumped = false;
    for (;;) { /* once, and again after a restart inside this block */
      /* the class of the byte before each byte; at R, word_before's */
      uint64_t wprev = word << 1 | wcarry, dprev = dig << 1 | dcarry;
      if (r / 64 == b) {
        uint64_t o = (uint64_t)1 << (r % 64);
        wprev = (wprev & ~o) | (rword ? o : 0);
        dprev = (dprev & ~o) | (rdig ? o : 0);
      }
      uint64_t dstart = dig & ~dprev & ~wprev;
      uint64_t cand = (word & ~wprev & ~cont) | dstart;
      /* no start before SKIP, nor at STOP or after */
      if (skip > 64 * b)
        cand = skip - 64 * b >= 64 ? 0
                                   : cand & (~(uint64_t)0 << (skip - 64 * b));
      if (stop - 64 * b < 64)
        cand &= ((uint64_t)1 << (stop - 64 * b)) - 1;
      bool restarted = false;
      for (; cand; cand &= cand - 1) {
        unsigned k = (unsigned)__builtin_ctzll(cand);
        size_t pos = 64 * b + k;
        if (pos < skip)
          continue; /* inside a date or a word already read */
        bool d = (dstart >> k) & 1;
        if (!d && !maybe_trigger(D, t, pos, n))
          continue;
        size_t win = r + (pos - r) / 16 * 16; /* scan_simd's window */
        int rc = visit(S, &pos, d);
        if (rc < 0)
          return rc;
        skip = pos;
        if (pos > win + 16) { /* scan_simd restarts its windows there */
          r = pos;
          stop = r + (n - r) / 16 * 16;
          rword = word_before(D, t, S->body, r);
          rdig = D->digit[t[r - 1]];
          restarted = true;
          break;
        }
      }
      if (!restarted)
        break;
      if (r / 64 != b) {
        jumped = true;
        break;
      }
    }
    if (jumped) { /* bit R - 1 comes from RWORD and RDIG, not a carry */
      b = r / 64;
      wcarry = dcarry = 0;
    } else {
      wcarry = word >> 63;
      dcarry = dig >> 63;
      b++;
    }
  }
  *pi = stop;
  return FREX_OK;
}
#endif

int frex_date_scan(scan *S) {
  size_t i = S->body;
#if defined(__SSE2__)
  if (S->cls && S->len - i >= 16) {
    int rc = scan_masks(S, &i, S->len);
    if (rc < 0)
      return rc;
    return scan_bytes(S, i, S->len);
  }
  int rc = scan_simd(S, &i, S->len);
  if (rc < 0)
    return rc;
#endif
  return scan_bytes(S, i, S->len);
}

