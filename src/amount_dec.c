/*
 * amount_dec.c — exact decimal arithmetic for AMOUNT values (amount_dec.h).
 * Only what the normalizer needs: parse, scale by powers of ten, add (cents,
 * "1 milliard 200 millions"), compare (range bounds), format.
 */
#include <string.h>

#include "amount_dec.h"

/* Drop leading zero digits and fold trailing zeros into the exponent, so
 * that equal values have equal representations. */
static void normalize(frex_dec *x) {
  int lead = 0;
  while (lead < x->n && x->d[lead] == 0)
    lead++;
  if (lead) {
    memmove(x->d, x->d + lead, (size_t)(x->n - lead));
    x->n -= lead;
  }
  while (x->n > 0 && x->d[x->n - 1] == 0) {
    x->n--;
    x->exp++;
  }
  if (x->n == 0)
    x->exp = 0;
}

void frex_dec_from_u64(uint64_t v, frex_dec *out) {
  unsigned char tmp[20];
  int n = 0;
  do {
    tmp[n++] = (unsigned char)(v % 10);
    v /= 10;
  } while (v);
  out->n = n;
  out->exp = 0;
  for (int i = 0; i < n; i++)
    out->d[i] = tmp[n - 1 - i];
  normalize(out);
}

int frex_dec_parse(const char *s, size_t len, frex_dec *out) {
  /* Which of ',' and '.' is the decimal point: the last one if both occur;
   * a repeated one groups; a lone '.' before exactly 3 digits groups. */
  size_t ncomma = 0, ndot = 0, last_comma = 0, last_dot = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == ',')
      ncomma++, last_comma = i;
    else if (s[i] == '.')
      ndot++, last_dot = i;
  }
  char point = 0;
  if (ncomma && ndot)
    point = last_comma > last_dot ? ',' : '.';
  else if (ncomma == 1) {
    /* "8,000 francs" in old or English-style text groups; other lone
     * commas are French decimals ("12,345 $" = 12.345) */
    if (!(len - last_comma == 4 && !strncmp(s + last_comma, ",000", 4)))
      point = ',';
  } else if (ndot == 1) {
    size_t k = last_dot + 1, digits = 0;
    while (k < len && s[k] >= '0' && s[k] <= '9')
      k++, digits++;
    if (digits != 3)
      point = '.';
  }
  out->n = 0;
  out->exp = 0;
  int frac = 0, seen_point = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (out->n == FREX_DEC_DIGITS)
        return -1;
      out->d[out->n++] = (unsigned char)(c - '0');
      if (seen_point)
        frac++;
    } else if (c == point && point) {
      seen_point = 1;
    } /* anything else (space, NBSP bytes, grouping mark) is skipped */
  }
  if (out->n == 0)
    return -1;
  out->exp = -frac;
  normalize(out);
  return 0;
}

void frex_dec_shift(frex_dec *x, int k) {
  if (x->n)
    x->exp += k;
}

/* Digit of X at power 10^p. */
static int digit_at(const frex_dec *x, int p) {
  int i = x->n - 1 - (p - x->exp); /* index from the most significant */
  return (i >= 0 && i < x->n) ? x->d[i] : 0;
}

/* Power of ten of the most significant digit (undefined for zero). */
static int top(const frex_dec *x) { return x->exp + x->n - 1; }

int frex_dec_add(const frex_dec *a, const frex_dec *b, frex_dec *out) {
  if (a->n == 0) {
    *out = *b;
    return 0;
  }
  if (b->n == 0) {
    *out = *a;
    return 0;
  }
  int lo = a->exp < b->exp ? a->exp : b->exp;
  int hi = (top(a) > top(b) ? top(a) : top(b)) + 1; /* room for a carry */
  if (hi - lo + 1 > FREX_DEC_DIGITS)
    return -1;
  frex_dec r;
  r.n = hi - lo + 1;
  r.exp = lo;
  int carry = 0;
  for (int p = lo; p <= hi; p++) {
    int sum = digit_at(a, p) + digit_at(b, p) + carry;
    r.d[r.n - 1 - (p - lo)] = (unsigned char)(sum % 10);
    carry = sum / 10;
  }
  normalize(&r);
  *out = r;
  return 0;
}

int frex_dec_cmp(const frex_dec *a, const frex_dec *b) {
  if (a->n == 0 || b->n == 0)
    return (a->n > 0) - (b->n > 0);
  if (top(a) != top(b))
    return top(a) < top(b) ? -1 : 1;
  int lo = a->exp < b->exp ? a->exp : b->exp;
  for (int p = top(a); p >= lo; p--) {
    int da = digit_at(a, p), db = digit_at(b, p);
    if (da != db)
      return da < db ? -1 : 1;
  }
  return 0;
}

int frex_dec_has_fraction(const frex_dec *x) { return x->n && x->exp < 0; }

int frex_dec_format(const frex_dec *x, char *buf, size_t cap) {
  size_t k = 0;
#define PUT(c)                                                                 \
  do {                                                                         \
    if (k + 1 >= cap)                                                          \
      return -1;                                                               \
    buf[k++] = (char)(c);                                                      \
  } while (0)
  if (x->n == 0) {
    PUT('0');
  } else if (x->exp >= 0) {
    for (int i = 0; i < x->n; i++)
      PUT('0' + x->d[i]);
    for (int i = 0; i < x->exp; i++)
      PUT('0');
  } else {
    int intdigits = x->n + x->exp; /* may be <= 0: "0.05" */
    if (intdigits <= 0) {
      PUT('0');
      PUT('.');
      for (int i = 0; i < -intdigits; i++)
        PUT('0');
      for (int i = 0; i < x->n; i++)
        PUT('0' + x->d[i]);
    } else {
      for (int i = 0; i < x->n; i++) {
        if (i == intdigits)
          PUT('.');
        PUT('0' + x->d[i]);
      }
    }
  }
#undef PUT
  buf[k] = '\0';
  return 0;
}
