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
 * And the UTF-8 repair (frex_input_decode) against the byte-by-byte
 * definition written here with ICU's U8_NEXT (SPEC "Robustness": each
 * invalid byte replaced, NULs too, and counted), on random mixes of ASCII,
 * NUL, well-formed sequences of 2, 3 and 4 bytes (E0 and ED with their
 * limits, noncharacters, BOM) and ill-formed ones (overlong, surrogates,
 * cut sequences, stray continuation bytes), at every offset of the
 * 16-byte blocks the SSE2 path reads.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"
#include "input.h"

#include <unicode/utf8.h>

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static unsigned rnd(unsigned n) { return harness_rnd(&rng, n); }

static int binary_by_definition(const unsigned char *u, size_t n) {
  size_t bad = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = u[i];
    bad += c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c != 0x1a && c != 0x1b;
  }
  return bad >= 16 && bad * 10 >= n;
}


/* The repair by its definition: the byte loop of src/input.c. */
static void repair_by_definition(unsigned char *s, size_t n, size_t base,
                                 frex_decode_stats *st) {
  size_t i = 0;
  while (i < n) {
    if (s[i] == 0) {
      if (st->nuls == 0)
        st->first_nul = base + i;
      st->nuls++;
      s[i++] = 0x1A;
      continue;
    }
    /* the controls text does not hold: all C0 but TAB..CR, SUB, ESC; DEL */
    if ((s[i] < 0x20 && (s[i] < 0x09 || s[i] > 0x0D) && s[i] != 0x1A &&
         s[i] != 0x1B) ||
        s[i] == 0x7F) {
      if (st->controls == 0)
        st->first_control = base + i;
      st->controls++;
      s[i++] = 0x1A;
      continue;
    }
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, (int32_t)(n - i), c);
    if (c < 0) {
      for (int32_t k = 0; k < j; k++) {
        if (st->invalid == 0)
          st->first_invalid = base + i + (size_t)k;
        st->invalid++;
        s[i + (size_t)k] = 0x1A;
      }
    }
    i += (size_t)j;
  }
}

static const char *const pieces[] = {
    "a", "Le ", "z", "\n", "\t", "0", "\x00",
    "\xC3\xA9", "\xC2\xA0", "\xC2\xAB", "\xDF\xBF", "\xC2\x80", /* 2 bytes */
    "\xE2\x80\x99", "\xE2\x82\xAC", "\xE0\xA4\x85", "\xE0\xA0\x80",
    "\xED\x9F\xBF", "\xEF\xBF\xBF", "\xEF\xBB\xBF", "\xEE\x80\x80",
    "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF",                   /* 4 bytes */
    "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", /* overlong */
    "\xED\xA0\x80", "\xED\xBF\xBF",                             /* surrogates */
    "\xF5\x80", "\xFF", "\xFE", "\x80", "\xBF", "\xC3", "\xE2\x80", "\xF0\x9F",
    "\xC3\xC3", "\xE2\xC3\xA9", "\xF4\x90\x80\x80",
    "\x01", "\x08", "\x0B", "\x0C", "\r", "\x0E", "\x1A", "\x1B", "\x1F",
    "\x7F", " ", "\x20\x7E"};

static size_t random_text(unsigned char *buf, size_t cap) {
  size_t n = 0, want = rnd((unsigned)cap - 4);
  size_t npieces = sizeof pieces / sizeof pieces[0];
  bool clean = rnd(2); /* half the texts: well-formed pieces only */
  while (n < want) {
    size_t k = clean ? rnd(22) : rnd((unsigned)npieces);
    if (clean && k == 6)
      k = 0; /* no NUL either */
    const char *p = pieces[k];
    size_t m = k == 6 ? 1 : strlen(p); /* the NUL piece */
    if (n + m > cap)
      break;
    memcpy(buf + n, p, m);
    n += m;
  }
  return n;
}

static int test_repair(void) {
  unsigned char a[400], b[400];
  int mismatches = 0, repaired = 0, clean = 0;
  for (int round = 0; round < 30000; round++) {
    size_t lead = rnd(17); /* the text starts at every block offset */
    memset(a, 'x', lead);
    size_t n = lead + random_text(a + lead, sizeof a - lead);
    memcpy(b, a, n);
    frex_decode_stats got, want;
    memset(&got, 0, sizeof got);
    memset(&want, 0, sizeof want);
    const char *text;
    size_t textlen;
    frex_buf out = {0};
    frex_input_decode(FREX_ENC_UTF8, (char *)a, n, 1000, &out, &text,
                      &textlen, &got);
    frex_buf_free(&out);
    repair_by_definition(b, n, 1000, &want);
    if (memcmp(a, b, n) != 0 || got.invalid != want.invalid ||
        got.nuls != want.nuls || got.controls != want.controls ||
        (want.invalid && got.first_invalid != want.first_invalid) ||
        (want.nuls && got.first_nul != want.first_nul) ||
        (want.controls && got.first_control != want.first_control)) {
      if (mismatches++ < 5)
        printf("# round %d: length %zu, invalid %zu/%zu, nuls %zu/%zu, "
               "controls %zu/%zu\n",
               round, n, got.invalid, want.invalid, got.nuls, want.nuls,
               got.controls, want.controls);
    }
    repaired += want.invalid + want.nuls + want.controls > 0;
    clean += want.invalid + want.nuls + want.controls == 0;
  }
  CHECK_EQ_INT(0, mismatches, "UTF-8 repair equals its definition");
  CHECK(repaired > 5000 && clean > 5000, "both kinds of text were drawn");
  return 0;
}

/* Where frex_input_cut cuts TEXT (a C string), and frex_input_cut16 the
 * same text as UTF-16 (LE and BE must agree): the segment's length in
 * bytes of TEXT. */
static size_t cut8(const char *text) { return frex_input_cut(text, strlen(text)); }

static size_t cut16(const char *text, bool be) {
  char u[256];
  size_t n = strlen(text);
  for (size_t i = 0; i < n; i++) {
    u[2 * i + be] = text[i];
    u[2 * i + !be] = 0;
  }
  return frex_input_cut16(u, 2 * n, be) / 2;
}

/* Segments are cut at a paragraph break, else a line end, whatever the
 * line ends are: a CRLF or CR-only file was cut at a line break inside a
 * paragraph, or at a space, and an entity across the cut was lost. */
static void check_cuts(void) {
  static const struct {
    const char *text, *after; /* the segment ends just after AFTER */
  } cases[] = {
      {"un deux.\n\ntrois\nquatre 10\nmillions", "deux.\n\n"},
      {"un deux.\r\n\r\ntrois\r\nquatre 10\r\nmillions", "deux.\r\n\r\n"},
      {"un deux.\r\rtrois\rquatre 10\rmillions", "deux.\r\r"},
      {"un deux trois quatre\rcinq six 10 millions", "quatre\r"},
      /* a CR at the end may be a CRLF's: never cut in two */
      {"un deux trois quatre\r\ncinq 10 millions\r", "quatre\r\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    /* a cut is looked for in the second half: a long first line */
    char t[160];
    snprintf(t, sizeof t, "%s%s",
             "Premi\xC3\xA8re ligne sans fin, longue de soixante-dix "
             "octets environ ", cases[i].text);
    size_t want = (size_t)(strstr(t, cases[i].after) - t) +
                  strlen(cases[i].after);
    char name[96];
    snprintf(name, sizeof name, "cut of case %zu at its paragraph or line end",
             i);
    CHECK_EQ_INT(want, cut8(t), name);
    snprintf(name, sizeof name, "UTF-16LE cut of case %zu", i);
    CHECK_EQ_INT(want, cut16(t, false), name);
    snprintf(name, sizeof name, "UTF-16BE cut of case %zu", i);
    CHECK_EQ_INT(want, cut16(t, true), name);
  }
}

int main(void) {
  check_cuts();
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
  test_repair();
  return harness_done();
}
