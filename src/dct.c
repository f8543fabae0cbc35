/*
 * dct.c — the document creation time (SPEC "Reference date"): parsing
 * --dct and the leading "date YYYY-MM[-DD]" metadata line of scraped
 * articles.
 */
#include <string.h>

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

/* Parse YYYY[-MM[-DD]] at s[0..n); returns the bytes used, 0 if none. */
static size_t parse_iso(const char *s, size_t n, frex_dct *dct) {
  frex_dct d = {0, 0, 0};
  if (n < 4 || (d.year = digits(s, 4)) < 1)
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
  if (len - i < 9 || memcmp(text + i, "date ", 5) != 0)
    return false;
  i += 5;
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
