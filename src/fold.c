/*
 * fold.c — the shared accent folding (see fold.h).  A 64-entry table
 * indexed by the second byte of a C3 xx sequence replaces a call into ICU
 * per word: French words only carry accents from Latin-1.
 */
#include "fold.h"

/* U+00C0..U+00FF: ÀÁÂÃÄÅÆÇ ÈÉÊË ÌÍÎÏ ÐÑÒÓÔÕÖ× ØÙÚÛÜÝÞß, then lowercase. */
const char frex_fold_latin1[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i',
    'i', 'i', 'i', 'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u',
    'u', 'u', 'u', 'y', 0,   0,   'a', 'a', 'a', 'a', 'a', 'a', 0,
    'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'd', 'n', 'o', 'o',
    'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y'};

const char *frex_fold_ligature(uint32_t cp) {
  switch (cp) {
  case 0xC6:
  case 0xE6:
    return "ae";
  case 0x152:
  case 0x153:
    return "oe";
  case 0xDF:
    return "ss";
  }
  return 0;
}

/* Put the letters of F (one or two) at OUT[*k], within CAP - 1. */
static void put(char *out, size_t *k, size_t cap, const char *f) {
  for (; *f && *k + 1 < cap; f++)
    out[(*k)++] = *f;
}

size_t frex_fold_word(const char *s, size_t n, char *out, size_t cap) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, k = 0;
  /* most words: ASCII letters only */
  while (i < n && k + 1 < cap && (unsigned char)((u[i] | 0x20) - 'a') < 26)
    out[k++] = (char)(u[i++] | 0x20);
  while (i < n) {
    unsigned char c = u[i];
    if (c < 0x80) {
      if ((c | 0x20) < 'a' || (c | 0x20) > 'z')
        break;
      char f[2] = {(char)(c | 0x20), 0};
      put(out, &k, cap, f);
      i++;
      continue;
    }
    if (c < 0xC3 || c == 0xE2 || i + 1 >= n || (u[i + 1] & 0xC0) != 0x80)
      break; /* C2 (NBSP « » °), E2 (’ – …): not letters */
    if (c == 0xC3) {
      unsigned char d = u[i + 1];
      char f[2] = {frex_fold_latin1[d & 0x3F], 0};
      const char *lig = frex_fold_ligature(0xC0u + (d & 0x3Fu));
      if (!f[0] && !lig && (d == 0x97 || d == 0xB7))
        break; /* × ÷ */
      put(out, &k, cap, f[0] ? f : lig ? lig : "?");
      i += 2;
      continue;
    }
    /* another letter: œ, or any letter of another script */
    uint32_t cp = ((uint32_t)(c & 0x1F) << 6) | (u[i + 1] & 0x3Fu);
    const char *lig = c < 0xE0 ? frex_fold_ligature(cp) : 0;
    put(out, &k, cap, lig ? lig : "?");
    size_t w = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    i = i + w <= n ? i + w : n;
  }
  if (cap)
    out[k < cap ? k : cap - 1] = 0;
  return i;
}
