/*
 * test_input.c — the binary-file decision of frex_input_detect (src/input.c)
 * against its definition written here, byte by byte (SPEC "Robustness":
 * "binary files ... a NUL-dense head are skipped"):
 *   a head is binary when at least 16 of its bytes, and one in ten, are
 *   C0 controls other than TAB, LF, VT, FF, CR, SUB and ESC (NUL included);
 * on random ASCII heads of every length up to 300 with every control byte
 * at random offsets, at and around both thresholds (the SSE2 path counts
 * 16 bytes at a time, the tail byte by byte).  Also: no zero byte means no
 * UTF-16 guess, and a UTF-16 text without a BOM is still recognised.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"
#include "input.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static unsigned rnd(unsigned n) { /* xorshift64 */
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

static int binary_by_definition(const unsigned char *u, size_t n) {
  size_t bad = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = u[i];
    bad += c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c != 0x1a && c != 0x1b;
  }
  return bad >= 16 && bad * 10 >= n;
}

int main(void) {
  unsigned char buf[320];
  int mismatches = 0, binaries = 0, texts = 0;
  for (int round = 0; round < 20000; round++) {
    size_t n = 4 + rnd(297);
    for (size_t i = 0; i < n; i++) /* letters and spaces, no zero bytes */
      buf[i] = (unsigned char)(rnd(5) ? 'a' + rnd(26) : ' ');
    /* controls, allowed or not, NUL among them: about the thresholds */
    unsigned k = rnd(n / 4 + 20);
    for (unsigned j = 0; j < k; j++)
      buf[rnd((unsigned)n)] = (unsigned char)rnd(0x20);
    /* a UTF-16 look-alike (zero bytes on one side) is decided first: keep
     * the NULs few enough that it is not one */
    size_t zeros = 0;
    for (size_t i = 0; i < n; i++)
      zeros += buf[i] == 0;
    if (2 * zeros >= n / 2)
      continue;
    frex_input_kind kind;
    frex_input_detect((const char *)buf, n, true, FREX_ENC_AUTO, false, &kind);
    int want = binary_by_definition(buf, n);
    binaries += want;
    texts += !want;
    if ((kind == FREX_KIND_BINARY) != want) {
      if (mismatches++ < 5) {
        printf("# length %zu: want %s, got %s\n", n, want ? "binary" : "text",
               kind == FREX_KIND_BINARY ? "binary" : "text");
      }
    }
  }
  CHECK_EQ_INT(0, mismatches, "binary head decision equals its definition");
  /* the draw reaches both sides of the thresholds */
  CHECK(binaries > 1000 && texts > 1000, "both decisions were exercised");

  /* plain text: UTF-8, a text */
  const char *fr = "Le 3 mars 2020, Amazon a payé 10 millions de dollars.\n";
  frex_input_kind kind;
  CHECK_EQ_INT(FREX_ENC_UTF8,
               frex_input_detect(fr, strlen(fr), true, FREX_ENC_AUTO, false,
                                 &kind),
               "French UTF-8 text is UTF-8");
  CHECK_EQ_INT(FREX_KIND_TEXT, kind, "French UTF-8 text is a text");
  /* the same in UTF-16LE without a BOM (every high byte zero) */
  unsigned char u16[256];
  const char *ascii = "Le groupe Renault a vendu 3 usines en 2021.\n";
  size_t m = strlen(ascii);
  for (size_t i = 0; i < m; i++) {
    u16[2 * i] = (unsigned char)ascii[i];
    u16[2 * i + 1] = 0;
  }
  CHECK_EQ_STR(frex_encoding_name(FREX_ENC_UTF16LE),
               frex_encoding_name(frex_input_detect(
                   (const char *)u16, 2 * m, true, FREX_ENC_AUTO, false, &kind)),
               "UTF-16LE without a BOM is recognised");
  for (size_t i = 0; i < m; i++) {
    u16[2 * i] = 0;
    u16[2 * i + 1] = (unsigned char)ascii[i];
  }
  CHECK_EQ_INT(FREX_ENC_UTF16BE,
               frex_input_detect((const char *)u16, 2 * m, true, FREX_ENC_AUTO,
                                 false, &kind),
               "UTF-16BE without a BOM is recognised");
  return harness_done();
}
