/*
 * dct.c — the document creation time (SPEC "Reference date (DCT)"):
 * parsing --dct (a date, or "none"), the leading metadata line of scraped
 * articles ("date 2021-07", "date: 2021-07-14"), and the dateline of a
 * news article — a full date, with its year, at the start of one of its
 * first lines: "4 février 2016 . –", "PARIS, 4 février 2016 (AFP) -",
 * "Publié le 04/02/2016 à 10h30", "Mis à jour le 5 février 2016" (an
 * update date counts only when no publication date is found).
 */
#include <stdbool.h>
#include <string.h>

#include "date_lex.h"
#include "frex.h"

static int digits(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

static int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return d[m - 1];
}

/* Parse YYYY[-MM[-DD]] at s[0..n); returns the bytes used, 0 if none.
 * The year is one from which every relative date frex resolves (at most
 * 999 years away: "il y a 999 ans") is still a year of four digits:
 * --dct 9999-12-31 made "demain" 0000-01-01 (the year 10000 wrapped) and
 * --dct 0001 made "il y a dix ans" -009-01-01. */
static size_t parse_iso(const char *s, size_t n, frex_dct *dct) {
  frex_dct d = {0, 0, 0};
  if (n < 4 || (d.year = digits(s, 4)) < FREX_DCT_YEAR_MIN ||
      d.year > FREX_DCT_YEAR_MAX)
    return 0;
  size_t used = 4;
  if (n >= 7 && s[4] == '-' && (d.month = digits(s + 5, 2)) >= 1) {
    if (d.month > 12)
      return 0;
    used = 7;
    if (n >= 10 && s[7] == '-' && (d.day = digits(s + 8, 2)) >= 1) {
      if (d.day > days_in_month(d.year, d.month))
        return 0;
      used = 10;
    } else {
      d.day = 0;
    }
  } else {
    d.month = 0;
  }
  *dct = d;
  return used;
}

bool frex_dct_parse(const char *s, frex_dct *dct) {
  size_t n = strlen(s);
  frex_dct d;
  if (strcmp(s, "none") == 0) { /* no reference date, none detected */
    dct->year = FREX_DCT_NONE;
    dct->month = dct->day = 0;
    return true;
  }
  if (n == 0 || parse_iso(s, n, &d) != n)
    return false;
  *dct = d;
  return true;
}

bool frex_dct_from_metadata(const char *text, size_t len, frex_dct *dct,
                            size_t *skip) {
  size_t i = 0;
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                     text[i] == '\r'))
    i++;
  /* "date 2021-07" or "date: 2021-07-14" (also "Date:") */
  if (len - i < 9 || (memcmp(text + i, "date", 4) != 0 &&
                      memcmp(text + i, "Date", 4) != 0))
    return false;
  i += 4;
  if (text[i] == ':')
    i++;
  if (text[i] != ' ' && text[i] != '\t')
    return false;
  while (i < len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  frex_dct d;
  size_t used = parse_iso(text + i, len - i, &d);
  if (!used || d.month == 0)
    return false;
  i += used;
  if (i < len && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
      text[i] != '\r')
    return false;
  *dct = d;
  *skip = i;
  return true;
}

/* ------------------------------------------------------------ dateline */

/* The first lines of an article: where a dateline may be.  Where the
 * lines are read joined with the rest of their paragraph (text wrapped in
 * a narrow column: frex_dct_from_dateline), a line counts as
 * DATELINE_WIDTH units, or as its length when shorter (at least an eighth
 * of a line): a narrow column (15 to 30 columns) puts a title or a lead of
 * one line on five to twenty, and its dateline fell past the eighth
 * (measured: tests/linebreak/narrow, titre.txt and chapo.txt, 120 copies
 * of 3564 lost their DCT; of WiNER-fr wrapped by fmt at 20 and 25
 * columns, a unit of 40 bytes left two more documents without theirs).  Read line by line, the lines are counted as
 * they are: in a narrow column a body's line ("août 2022.") past a cut
 * dateline would be read before the joined one. */
#define DATELINE_LINES 8
#define DATELINE_BYTES 1200
#define DATELINE_WIDTH 80

static size_t line_units(size_t s, size_t e) {
  size_t n = e - s;
  return n >= DATELINE_WIDTH ? DATELINE_WIDTH
         : n < DATELINE_WIDTH / 8 ? DATELINE_WIDTH / 8
                                  : n;
}

/* The end of the line starting at S: its '\n', or LEN (the lines read
 * may be paragraphs of kilobytes; memchr finds their ends fast). */
static size_t line_end(const char *text, size_t len, size_t s) {
  const char *nl = s < len ? memchr(text + s, '\n', len - s) : NULL;
  return nl ? (size_t)(nl - text) : len;
}

/* frex_date_is_letter_at, the ASCII bytes decided here */
static inline bool letter_at(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return frex_date_is_letter_at(s, n, i);
}

/* strchr(" -'", x): a NUL too, as strchr finds the terminator */
static inline bool name_joiner(char x) {
  return x == ' ' || x == '-' || x == '\'' || x == 0;
}

typedef struct {
  const char *t;
  size_t i, end; /* cursor and end of the line */
  size_t len;    /* of the text: a dateline may end on the next line */
  bool short_year; /* "05/03/24": after a publication phrase only */
} cur;

static bool at_space(const cur *c) {
  unsigned char x = (unsigned char)c->t[c->i];
  return c->i < c->end &&
         (x == ' ' || x == '\t' || x == '\r' ||
          (x == 0xC2 && c->i + 1 < c->end &&
           (unsigned char)c->t[c->i + 1] == 0xA0) ||
          (x == 0xE2 && c->i + 2 < c->end &&
           (unsigned char)c->t[c->i + 1] == 0x80 &&
           (unsigned char)c->t[c->i + 2] == 0xAF));
}

static void skip_spaces(cur *c) {
  while (at_space(c))
    c->i += (unsigned char)c->t[c->i] == 0xC2   ? 2
            : (unsigned char)c->t[c->i] == 0xE2 ? 3
                                                : 1;
}

/* The folded word at the cursor (letters only), without moving. */
static size_t peek_word(const cur *c, char *w) {
  return frex_date_fold_word(c->t + c->i, c->end - c->i, w);
}

/* Consume the words of PHRASE (folded, space-separated) and a following
 * ":" if any; false (cursor unmoved) when the line does not start so. */
static bool take_phrase(cur *c, const char *phrase) {
  cur save = *c;
  while (*phrase) {
    const char *sp = strchr(phrase, ' ');
    size_t k = sp ? (size_t)(sp - phrase) : strlen(phrase);
    char w[FREX_DATE_WORD_MAX + 1];
    skip_spaces(c);
    size_t n = peek_word(c, w);
    if (!n || strlen(w) != k || memcmp(w, phrase, k) != 0) {
      *c = save;
      return false;
    }
    c->i += n;
    if (c->i < c->end && (c->t[c->i] == '\'' ||
                          (unsigned char)c->t[c->i] == 0xE2))
      c->i += c->t[c->i] == '\'' ? 1 : 3; /* l', d' */
    phrase += k + (sp ? 1 : 0);
  }
  skip_spaces(c);
  if (c->i < c->end && c->t[c->i] == ':')
    c->i++;
  return true;
}

/* The first of the PHRASES (a NULL-terminated list) the cursor starts
 * with, consumed as take_phrase does; -1 (cursor unmoved) when none.  The
 * word at the cursor is folded once, and only the phrases whose first word
 * it is are tried: folding it again for each of a list's phrases, at each
 * field of each of the first lines, was most of the dateline's cost (153 K
 * instructions a document, a directory of news articles). */
static int take_any(cur *c, const char *const *phrases) {
  cur f = *c;
  char w[FREX_DATE_WORD_MAX + 1];
  skip_spaces(&f);
  size_t n = peek_word(&f, w);
  if (!n)
    return -1;
  for (int j = 0; phrases[j]; j++) {
    const char *p = phrases[j];
    size_t k = 0;
    while (w[k] && p[k] == w[k])
      k++;
    if (!w[k] && (p[k] == ' ' || !p[k]) && take_phrase(c, p))
      return j;
  }
  return -1;
}

static int digits_at(cur *c, int min, int max) {
  int v = 0, n = 0;
  while (c->i < c->end && c->t[c->i] >= '0' && c->t[c->i] <= '9' && n < max)
    v = v * 10 + (c->t[c->i++] - '0'), n++;
  if (c->i < c->end && c->t[c->i] >= '0' && c->t[c->i] <= '9')
    return -1;
  return n >= min ? v : -1;
}

static bool valid(int y, int m, int d) {
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 &&
         d <= days_in_month(y, m);
}

/* A full date at the cursor: "4 février 2016", "1er janvier 2016",
 * "jeudi 4 février 2016", "04/02/2016", "04.02.2016", "2016-02-04". */
static bool take_date(cur *c, frex_dct *d) {
  char w[FREX_DATE_WORD_MAX + 1];
  skip_spaces(c);
  size_t n = peek_word(c, w);
  if (n && frex_date_weekday(c->t + c->i, n) && !strchr(w, '.')) {
    c->i += n; /* a weekday before the date */
    if (c->i < c->end && c->t[c->i] == ',')
      c->i++;
    skip_spaces(c);
  }
  cur save = *c;
  int a = digits_at(c, 1, 4);
  if (a < 0)
    return false;
  char sep = c->i < c->end ? c->t[c->i] : 0;
  if (a >= 1900 && sep == '-') { /* 2016-02-04 */
    c->i++;
    int m = digits_at(c, 2, 2);
    if (m < 0 || c->i >= c->end || c->t[c->i] != '-')
      return false;
    c->i++;
    int dd = digits_at(c, 2, 2);
    if (!valid(a, m, dd))
      return false;
    *d = (frex_dct){a, m, dd};
    return true;
  }
  if ((sep == '/' || sep == '.' || sep == '-') && a >= 1 && a <= 31) {
    c->i++;
    int m = digits_at(c, 1, 2);
    if (m < 0 || c->i >= c->end || c->t[c->i] != sep)
      return false;
    c->i++;
    size_t at = c->i;
    int y = digits_at(c, 4, 4);
    if (y < 0 && c->short_year) { /* "Publié le 05/03/24" */
      c->i = at;
      y = digits_at(c, 2, 2);
      y = y < 0 ? -1 : 2000 + y;
    }
    if (!valid(y, m, a))
      return false;
    *d = (frex_dct){y, m, a};
    return true;
  }
  if (a < 1 || a > 31) {
    *c = save;
    return false;
  }
  if (c->i + 1 < c->end && c->t[c->i] == 'e' && c->t[c->i + 1] == 'r')
    c->i += 2; /* 1er */
  skip_spaces(c);
  n = peek_word(c, w);
  int m = n ? frex_date_month(c->t + c->i, n) : 0;
  if (!m)
    return false;
  c->i += n;
  if (c->i < c->end && c->t[c->i] == '.')
    c->i++; /* "févr." */
  skip_spaces(c);
  int y = digits_at(c, 4, 4);
  if (!valid(y, m, a))
    return false;
  *d = (frex_dct){y, m, a};
  return true;
}

/* A dash at P[K]: – or —, or a hyphen with a space before or after. */
static bool dash_at(const char *p, size_t n, size_t k) {
  unsigned char x = (unsigned char)p[k];
  if (x == 0xE2 && k + 2 < n && (unsigned char)p[k + 1] == 0x80 &&
      ((unsigned char)p[k + 2] == 0x93 || (unsigned char)p[k + 2] == 0x94))
    return true;
  return x == '-' && ((k > 0 && p[k - 1] == ' ') || k + 1 == n ||
                      (k + 1 < n && (p[k + 1] == ' ' || p[k + 1] == '\r')));
}

/* A clock time at P[0..N) ("10:30", "08h15", "8 h 15") and then the
 * line's end, a bar, a bracket or a dash. */
static bool clock_ends(const char *p, size_t n) {
  size_t k = 0;
  while (k < n && k < 3 && p[k] >= '0' && p[k] <= '9')
    k++;
  if (k < n && p[k] == ' ' && k + 1 < n && p[k + 1] == 'h')
    k++; /* "8 h 15" */
  if (k == 0 || k > 3 || k >= n || (p[k] != ':' && p[k] != 'h'))
    return false;
  for (k++; k < n && (p[k] == ' ' || (p[k] >= '0' && p[k] <= '9'));)
    k++;
  while (k < n && (p[k] == ' ' || p[k] == '\r'))
    k++;
  return k == n || p[k] == '|' || p[k] == '(' || dash_at(p, n, k);
}

/* After a date with no "publié le" before it, what makes it a dateline:
 * the end of the line, a dash (". –", " - ", "—"), an agency in brackets
 * "(AFP)", "à 10h30", or a place or time after a comma that a dash ends
 * ("29 juillet 2016, Auschwitz, Pologne . –"). */
static bool dateline_end(cur *c) {
  skip_spaces(c);
  if (c->i >= c->end)
    return true;
  const char *p = c->t + c->i;
  size_t n = c->end - c->i, k = 0;
  if (p[0] == '(' || p[0] == '|')
    return true;
  if (p[0] == '/' && n >= 3 && p[1] == ' ' && p[2] >= '0' && p[2] <= '9')
    return true; /* "05 mars 2024 / 10:32" */
  if (n >= 3 && memcmp(p, "\xc3\xa0 ", 3) == 0)
    return true; /* à 10h30 */
  if (p[0] >= '0' && p[0] <= '9') /* "12/03/2024 10:30", "... 10h30 |" */
    return clock_ends(p, n);
  /* "2026-03-12T08:15:00+01:00": an ISO 8601 timestamp's time */
  if (p[0] == 'T' && n >= 3 && p[1] >= '0' && p[1] <= '9') {
    for (k = 1; k < n && strchr("0123456789:.+-Z", p[k]);)
      k++;
    while (k < n && (p[k] == ' ' || p[k] == '\r'))
      k++;
    return k == n;
  }
  /* "12 mars 2026, 08h15": a time after a comma, ending the line */
  if (p[0] == ',' && n >= 3) {
    for (k = 1; k < n && p[k] == ' ';)
      k++;
    if (k < n && p[k] >= '0' && p[k] <= '9' && clock_ends(p + k, n - k))
      return true;
    k = 0;
  }
  if (p[0] == '.') { /* ". –" or the end */
    for (k = 1; k < n && p[k] == ' ';)
      k++;
    return k == n || dash_at(p, n, k);
  }
  if (p[0] != ',')
    return dash_at(p, n, 0);
  for (k = 1; k < n && k < 80; k++)
    if (dash_at(p, n, k))
      return true;
  /* "29 juillet 2016, Auschwitz, Pologne .\n– Le pape": a hard-wrapped
   * dateline whose dash went to the next line */
  size_t e = c->end;
  if (n < 80 && e < c->len && c->t[e] == '\n') {
    e++;
    while (e < c->len && c->t[e] == ' ')
      e++;
    return e < c->len && dash_at(c->t + e, c->len - e, 0);
  }
  return false;
}

/* Does the line [S, E) look cut by a wrapping tool, its sentence going on
 * in the next line: long enough (a title or a dateline is often short),
 * and no . ! ? : or dash at its end? */
static bool wrapped_line(const char *t, size_t s, size_t e) {
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t'))
    e--;
  if (e - s < 30)
    return false;
  unsigned char last = (unsigned char)t[e - 1];
  if (strchr(".!?:;-", last))
    return false;
  return !(e - s >= 3 && (unsigned char)t[e - 3] == 0xE2 &&
           (unsigned char)t[e - 2] == 0x80 &&
           (last == 0x93 || last == 0x94 || last == 0xA6)); /* – — … */
}

/* A lowercase word inside a place's name ("Aix-en-Provence", "Saint-Denis
 * de la Réunion", "Boulogne-sur-Mer", "L'Haÿ-les-Roses"), at P. */
static bool city_particle(const char *p, size_t n) {
  static const char *const words[] = {"de", "du", "des", "d", "la", "le",
                                      "les", "l", "sur", "en", "sous", "et",
                                      "aux", "au", NULL};
  size_t k = 0;
  while (k < n && p[k] >= 'a' && p[k] <= 'z')
    k++;
  if (k < n && (unsigned char)p[k] >= 0x80)
    return false; /* an accented letter: lès is rare, rapporté is a word */
  for (const char *const *w = words; *w; w++)
    if (strlen(*w) == k && memcmp(p, *w, k) == 0)
      return true;
  return false;
}

/* A separator of header fields before byte K of the line [S, K) (spaces
 * skipped): | • · – — a spaced hyphen, a period or a colon ("Le Figaro •
 * Publié le", "Temps de lecture : 3 min – Publié le", "Ouest-France Jean
 * Dupont. Publié le", "LE MONDE | 05.03.2024 à 10h32"). */
static bool field_sep_before(const char *t, size_t s, size_t k) {
  while (k > s && t[k - 1] == ' ')
    k--;
  if (k == s)
    return false;
  unsigned char x = (unsigned char)t[k - 1];
  if (x == '|' || x == '.' || x == ':' || (x == '-' && k - 1 > s &&
                                           t[k - 2] == ' '))
    return true;
  if (k - s >= 2 && (unsigned char)t[k - 2] == 0xC2 && x == 0xB7)
    return true; /* · */
  return k - s >= 3 && (unsigned char)t[k - 3] == 0xE2 &&
         (unsigned char)t[k - 2] == 0x80 &&
         (x == 0xA2 || x == 0x93 || x == 0x94); /* • – — */
}

/* Header fields after the start of a line: a publication phrase written
 * as a field ("Le Figaro • Publié le 05/03/2024 à 10:32", "Article publié
 * le mardi 5 mars 2024", "Mis à jour le 6 mars 2024 | Publié le 5 mars
 * 2024"), or a date alone after a separator ("LE MONDE | 05.03.2024 à
 * 10h32").  A phrase counts after a separator, capitalised ("Publié"), or
 * after the line's first word; never in a sentence ("Le rapport, publié
 * le 5 mars 2020, ..."), whose comma is no field separator.  Scans from
 * C's cursor on the first FIELDS_BYTES bytes of the line; true with the
 * publication date in D; an update date goes to UPDATE if none is there. */
#define FIELDS_BYTES 200
static bool header_fields(cur c, const char *const *pub,
                          const char *const *upd, frex_dct *d,
                          frex_dct *update) {
  const char *t = c.t;
  size_t s = c.i, lim = c.i + FIELDS_BYTES < c.end ? c.i + FIELDS_BYTES : c.end;
  size_t first_word_end = s;
  while (first_word_end < c.end &&
         letter_at(t, c.len, first_word_end))
    first_word_end++;
  for (size_t k = s + 1; k < lim; k++) {
    if (letter_at(t, c.len, k - 1) ||
        (t[k - 1] >= '0' && t[k - 1] <= '9'))
      continue; /* not a word's start */
    bool sep = field_sep_before(t, s, k);
    bool cap = t[k] == 'P' || t[k] == 'M' || t[k] == 'D';
    bool second = t[k - 1] == ' ' && k - 1 == first_word_end;
    if (!sep && !cap && !second)
      continue;
    cur f = c;
    f.i = k;
    if (take_any(&f, upd) >= 0) {
      frex_dct u;
      if (take_date(&f, &u) && !update->year)
        *update = u;
    }
    if (f.i != k)
      continue;
    if (take_any(&f, pub) >= 0) {
      f.short_year = true;
      if (take_date(&f, d))
        return true;
    }
    if (f.i != k)
      continue;
    if (sep && t[k] >= '0' && t[k] <= '9' && take_date(&f, d) &&
        dateline_end(&f))
      return true;
  }
  return false;
}

/* An English month's name or its abbreviation ("December", "Dec"). */
static int english_month(const char *w) {
  static const char *const m[] = {"january", "february", "march", "april",
                                  "may", "june", "july", "august",
                                  "september", "october", "november",
                                  "december"};
  size_t n = strlen(w);
  for (int k = 0; k < 12; k++)
    if ((n == strlen(m[k]) || (n == 3 || (n == 4 && k == 8))) &&
        strncmp(w, m[k], n) == 0)
      return k + 1;
  return 0;
}

/* The date of an English mail client's header: "Friday, December 4, 2026
 * 5:42 PM", "Fri, 4 Dec 2026 17:42:00 +0100", "4 December 2026". */
static bool take_english_date(cur *c, frex_dct *d) {
  static const char *const days[] = {"monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday",
                                     "sunday", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  skip_spaces(c);
  size_t n = peek_word(c, w);
  for (int k = 0; n && days[k]; k++)
    if ((strlen(w) == 3 || strcmp(w, days[k]) == 0) &&
        strncmp(w, days[k], strlen(w)) == 0) {
      c->i += n;
      if (c->i < c->end && c->t[c->i] == ',')
        c->i++;
      skip_spaces(c);
      break;
    }
  int a = digits_at(c, 1, 2), m;
  if (a > 0) { /* "4 December 2026" */
    skip_spaces(c);
    n = peek_word(c, w);
    if (!n || !(m = english_month(w)))
      return false;
    c->i += n;
  } else { /* "December 4, 2026" */
    n = peek_word(c, w);
    if (!n || !(m = english_month(w)))
      return false;
    c->i += n;
    skip_spaces(c);
    a = digits_at(c, 1, 2);
    if (c->i < c->end && c->t[c->i] == ',')
      c->i++;
  }
  if (c->i < c->end && c->t[c->i] == '.')
    c->i++;
  skip_spaces(c);
  int y = digits_at(c, 4, 4);
  if (!valid(y, m, a))
    return false;
  *d = (frex_dct){y, m, a};
  return true;
}

/* An e-mail header's date field, the message's own date ("Envoyé :
 * vendredi 4 décembre 2026 17:42", "Sent: Friday, December 4, 2026",
 * "Date: Fri, 4 Dec 2026 17:42:00 +0100"): the field's name and its
 * colon start the line.  Only the first lines are read, so a forwarded
 * message's inner header, further down, is not taken. */
static bool mail_header(cur c, frex_dct *d) {
  static const char *const field[] = {"envoye", "sent", "date", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t n = peek_word(&c, w); /* the same word for each field's name */
  for (int k = 0; n && field[k]; k++) {
    cur f = c;
    if (strcmp(w, field[k]) != 0)
      continue;
    f.i += n;
    skip_spaces(&f);
    if (f.i >= f.end || f.t[f.i] != ':')
      return false;
    f.i++;
    cur e = f;
    return take_date(&f, d) || take_english_date(&e, d);
  }
  return false;
}

static bool scan_datelines(const char *text, size_t len, size_t body,
                           frex_dct *dct) {
  static const char *const pub[] = {
      "publie le", "publiee le", "publie", "publiee", "mis en ligne le",
      "mis en ligne", "mise en ligne le", "mise en ligne", "poste le",
      "paru le", "cree le", "creee le", "date de publication",
      "publication", "date", NULL};
  static const char *const upd[] = {
      "mis a jour le", "mise a jour le", "mis a jour", "mise a jour",
      "derniere mise a jour", "actualise le", "actualisee le",
      "page actualisee", "modifie le", NULL};
  frex_dct update = {0, 0, 0};
  size_t i = body, stop = body + DATELINE_BYTES < len ? body + DATELINE_BYTES
                                                      : len;
  /* the previous line goes on into this one: hard-wrapped text, whose
   * title and first paragraph take several lines, counts as it would
   * unwrapped */
  bool goes_on = false;
  for (int line = 0; line < DATELINE_LINES && i < stop;) {
    cur c = {text, i, line_end(text, len, i), len, false};
    i = c.end + 1;
    /* markup and quotes before the text of a line */
    while (c.i < c.end && strchr(" \t\r#*_>|[", text[c.i]))
      c.i++;
    if (c.i == c.end) {
      goes_on = false;
      continue; /* blank lines do not count */
    }
    if (!goes_on)
      line++;
    /* a line in lowercase after a wrapped one goes on its sentence: no
     * dateline ("... auprès de la Banque européenne d'investissement\nle
     * 10 novembre 2025.") */
    bool inside = goes_on && text[c.i] >= 'a' && text[c.i] <= 'z';
    goes_on = wrapped_line(text, c.i, c.end);
    if (inside)
      continue;
    frex_dct d;
    if (mail_header(c, &d)) {
      *dct = d;
      return true;
    }
    if (take_any(&c, upd) >= 0) {
      if (take_date(&c, &d) && !update.year)
        update = d;
      /* "Mis à jour le 6 mars 2024 | Publié le 5 mars 2024" */
      if (header_fields(c, pub, upd, &d, &update)) {
        *dct = d;
        return true;
      }
      goto next_line;
    }
    if (take_any(&c, pub) >= 0) {
      c.short_year = true;
      if (take_date(&c, &d)) {
        *dct = d;
        return true;
      }
      goto next_line;
    }
    {
      /* "PARIS, 4 février 2016 (AFP) -", "Bruxelles, le 4 février 2016" */
      cur city = c;
      size_t k = c.i;
      bool named = true; /* every word a name's: "Le rapport," is none */
      while (k < c.end && k - c.i < 48 && text[k] != ',') {
        if (text[k] == '(') { /* "Lyon (Rhône)," */
          const char *q = memchr(text + k, ')', c.end - k);
          if (!q || q - (text + k) > 30)
            break;
          k = (size_t)(q - text) + 1;
          continue;
        }
        bool letter = letter_at(text, len, k);
        if (!letter && !name_joiner(text[k]))
          break;
        if (letter && (k == c.i || name_joiner(text[k - 1])) &&
            (unsigned char)text[k] >= 'a' && (unsigned char)text[k] <= 'z')
          named = named && city_particle(text + k, c.end - k);
        k++;
      }
      if (named && k < c.end && text[k] == ',' && k > c.i &&
          frex_date_is_letter_at(text, len, c.i) &&
          ((unsigned char)text[c.i] < 'a' || (unsigned char)text[c.i] > 'z')) {
        city.i = k + 1;
        /* "AFP, publié le mardi 12 mars 2024" */
        bool published = take_any(&city, pub) >= 0;
        if (!published)
          take_phrase(&city, "le");
        if (take_date(&city, &d) && (published || dateline_end(&city))) {
          *dct = d;
          return true;
        }
      }
    }
    {
      /* a byline with its date: "Par AFP le 12 mars 2024 à 10h30", "Par
       * Jean Dupont, publié le 12/03/2024" */
      cur by = c;
      static const char *const by_phrases[] = {"par", "redige par",
                                               "ecrit par", NULL};
      if (take_any(&by, by_phrases) >= 0) {
        size_t k = by.i;
        while (k + 3 < by.end && k - by.i < 60 &&
               !(text[k] == ' ' && (text[k + 1] | 0x20) == 'l' &&
                 text[k + 2] == 'e' && text[k + 3] == ' '))
          k++;
        if (k + 3 < by.end && k - by.i < 60) {
          by.i = k + 4;
          if (take_date(&by, &d) && dateline_end(&by)) {
            *dct = d;
            return true;
          }
        }
      }
    }
    if (take_date(&c, &d) && dateline_end(&c)) {
      *dct = d;
      return true;
    }
    {
      /* "Le 12/03/2024 à 18:30", "Le 4 février 2016 | 10h30": the line
       * holds only the date and a time (not "Le 4 février 2016, il ...") */
      cur le = c;
      if (take_phrase(&le, "le") && take_date(&le, &d)) {
        skip_spaces(&le);
        const char *p = le.t + le.i;
        size_t n = le.end - le.i;
        bool at = n >= 3 && memcmp(p, "\xc3\xa0", 2) == 0 && p[2] == ' ';
        if (at) {
          le.i += 3;
          skip_spaces(&le);
        }
        if (le.i >= le.end || (at && le.t[le.i] >= '0' && le.t[le.i] <= '9') ||
            (!at && (p[0] == '|' || p[0] == '(' || dash_at(p, n, 0)))) {
          *dct = d;
          return true;
        }
      }
    }
    if (header_fields(c, pub, upd, &d, &update)) {
      *dct = d;
      return true;
    }
  next_line:;
  }
  if (update.year) {
    *dct = update;
    return true;
  }
  return false;
}

/* A line with the lines after it in its paragraph, joined: at most
 * JOINED_BYTES bytes. */
#define JOINED_BYTES 400

/* The dateline of hard-wrapped text (SPEC "Line breaks"): a dateline cut
 * by a narrow wrap ("LILLE, 14\njanvier 2026 (AFP) -", "Publié le\n19/11/2025
 * à 08h15") is read as unwrapped, its line joined with the rest of its
 * paragraph (line breaks, and an e-mail's quote marks after them, made
 * spaces), when no line of the text is a dateline by itself. */
bool frex_dct_from_dateline(const char *text, size_t len, size_t body,
                            frex_dct *dct) {
  if (scan_datelines(text, len, body, dct))
    return true;
  size_t i = body, stop = body + DATELINE_BYTES < len ? body + DATELINE_BYTES
                                                      : len;
  char buf[JOINED_BYTES];
  bool goes_on = false;
  for (size_t units = 0; units < DATELINE_LINES * DATELINE_WIDTH && i < stop;) {
    size_t s = i, e = line_end(text, len, s);
    i = e + 1;
    size_t k = s;
    while (k < e && strchr(" \t\r#*_>|[", text[k]))
      k++;
    if (k == e) {
      goes_on = false;
      continue; /* blank lines do not count */
    }
    units += line_units(k, e);
    bool inside = goes_on && text[k] >= 'a' && text[k] <= 'z';
    goes_on = wrapped_line(text, k, e);
    if (inside)
      continue; /* as in scan_datelines */
    /* the next line must go on this paragraph */
    size_t q = e + 1;
    while (q < len && text[q] != '\n' && strchr(" \t\r>", text[q]))
      q++;
    if (e >= len || q >= len || text[q] == '\n')
      continue;
    size_t n = 0;
    for (size_t j = k; j < len && n < JOINED_BYTES; j++) {
      char x = text[j];
      if (x == '\n') {
        /* a blank line (or quote marks alone) ends the paragraph */
        size_t r = j + 1;
        while (r < len && text[r] != '\n' && strchr(" \t\r>", text[r]))
          r++;
        if (r >= len || text[r] == '\n')
          break;
        while (j < r && n < JOINED_BYTES) {
          buf[n++] = ' ';
          j++;
        }
        j--;
        continue;
      }
      buf[n++] = x == '\r' ? ' ' : x;
    }
    if (scan_datelines(buf, n, 0, dct))
      return true;
  }
  return false;
}
