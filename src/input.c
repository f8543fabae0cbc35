/*
 * input.c — the input boundary (policy in frex.h, "input"): a reader cuts
 * a document into segments between paragraphs, decides its encoding once
 * from the first segment's evidence, skips binary files, and hands on valid
 * UTF-8.  UTF-8 is validated and repaired in place; other encodings go
 * through ICU's converters.
 */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#define SUBSTITUTE 0x1A
#define HEAD 65536 /* bytes that decide, unless they leave a doubt */

static const struct {
  const char *name;
  frex_encoding enc;
} enc_names[] = {
    {"auto", FREX_ENC_AUTO},       {"utf-8", FREX_ENC_UTF8},
    {"utf8", FREX_ENC_UTF8},       {"cp1252", FREX_ENC_CP1252},
    {"windows-1252", FREX_ENC_CP1252}, {"latin1", FREX_ENC_LATIN1},
    {"latin-1", FREX_ENC_LATIN1},  {"iso-8859-1", FREX_ENC_LATIN1},
};

bool frex_encoding_parse(const char *name, frex_encoding *enc) {
  for (size_t i = 0; i < sizeof enc_names / sizeof enc_names[0]; i++)
    if (strcasecmp(name, enc_names[i].name) == 0) {
      *enc = enc_names[i].enc;
      return true;
    }
  return false;
}

const char *frex_encoding_name(frex_encoding enc) {
  switch (enc) {
  case FREX_ENC_AUTO: return "auto";
  case FREX_ENC_UTF8: return "UTF-8";
  case FREX_ENC_CP1252: return "windows-1252";
  case FREX_ENC_LATIN1: return "ISO-8859-1";
  case FREX_ENC_UTF16LE: return "UTF-16LE";
  case FREX_ENC_UTF16BE: return "UTF-16BE";
  }
  return "?";
}

/* ------------------------------------------------------------ evidence */

/* Magic numbers of files that are not text (file(1)'s magic, the common
 * ones): executables, archives, compressed data, images, audio, video,
 * PDF, databases.  AT is the offset of the magic. */
static const struct {
  unsigned at, len;
  const char *magic;
} magics[] = {
    {0, 4, "\x7f" "ELF"},           {0, 5, "%PDF-"},
    {0, 4, "PK\x03\x04"},           {0, 4, "PK\x05\x06"},
    {0, 4, "PK\x07\x08"},           {0, 2, "\x1f\x8b"},
    {0, 6, "\xfd" "7zXZ\0"},        {0, 4, "\x28\xb5\x2f\xfd"},
    {0, 6, "7z\xbc\xaf\x27\x1c"},   {0, 6, "Rar!\x1a\x07"},
    {0, 4, "\x04\x22\x4d\x18"},     {0, 8, "\x89PNG\r\n\x1a\n"},
    {0, 3, "\xff\xd8\xff"},         {0, 6, "GIF87a"},
    {0, 6, "GIF89a"},               {0, 4, "II*\0"},
    {0, 4, "MM\0*"},                {0, 4, "OggS"},
    {0, 4, "fLaC"},                 {0, 4, "\x1a\x45\xdf\xa3"},
    {0, 4, "\0\0\x01\xba"},         {0, 4, "\xca\xfe\xba\xbe"},
    {0, 4, "\xfe\xed\xfa\xce"},     {0, 4, "\xfe\xed\xfa\xcf"},
    {0, 4, "\xce\xfa\xed\xfe"},     {0, 4, "\xcf\xfa\xed\xfe"},
    {0, 4, "\0asm"},                {0, 16, "SQLite format 3\0"},
    {0, 8, "!<arch>\n"},            {0, 8, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"},
    {0, 4, "wOFF"},                 {0, 4, "wOF2"},
    {0, 5, "\0\x01\0\0\0"},         {257, 5, "ustar"},
};

static bool has_magic(const unsigned char *u, size_t n) {
  for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
    if (n >= magics[i].at + magics[i].len &&
        memcmp(u + magics[i].at, magics[i].magic, magics[i].len) == 0)
      return true;
  /* bzip2 ("BZh9" then a block magic), RIFF containers (WAVE, AVI, WebP),
   * ID3-tagged MP3, and DOS/Windows executables ("MZ" then a header with
   * NULs) need more than a prefix not to catch a line of text */
  if (n >= 10 && memcmp(u, "BZh", 3) == 0 && u[3] >= '1' && u[3] <= '9' &&
      memcmp(u + 4, "1AY&SY", 6) == 0)
    return true;
  if (n >= 12 && memcmp(u, "RIFF", 4) == 0 &&
      (memcmp(u + 8, "WAVE", 4) == 0 || memcmp(u + 8, "AVI ", 4) == 0 ||
       memcmp(u + 8, "WEBP", 4) == 0))
    return true;
  if (n >= 5 && memcmp(u, "ID3", 3) == 0 && u[3] >= 2 && u[3] <= 4 &&
      u[4] == 0)
    return true;
  if (n >= 64 && u[0] == 'M' && u[1] == 'Z' && memchr(u + 2, 0, 62))
    return true;
  return false;
}

/* Bytes of the head that text does not hold: NUL and the C0 controls but
 * TAB, LF, VT, FF, CR, SUB and ESC (ANSI colours in a captured log). */
static bool is_binary_byte(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' &&
         c != '\r' && c != 0x1a && c != 0x1b;
}

/* UTF-16 without a BOM: French text in UTF-16 has a zero byte in almost
 * every unit (ASCII and Latin-1 letters are U+00xx), on the high side, and
 * almost none on the other.  Returns the encoding, or AUTO. */
static frex_encoding utf16_pattern(const unsigned char *u, size_t n) {
  size_t pairs = n / 2, even = 0, odd = 0;
  /* no zero byte (all text but UTF-16): both counts are 0, found by
   * libc's vector memchr rather than the loop below */
  if (pairs < 2 || !memchr(u, 0, n))
    return FREX_ENC_AUTO;
  for (size_t i = 0; i + 1 < n; i += 2) {
    even += u[i] == 0;
    odd += u[i + 1] == 0;
  }
  if (2 * odd >= pairs && 20 * even <= odd)
    return FREX_ENC_UTF16LE;
  if (2 * even >= pairs && 20 * odd <= even)
    return FREX_ENC_UTF16BE;
  return FREX_ENC_AUTO;
}

/* How many bytes of U[0..n) are controls that text does not hold
 * (is_binary_byte). */
static size_t controls(const unsigned char *u, size_t n) {
  size_t bad = 0, i = 0;
#ifdef __SSE2__
  /* is_binary_byte on 16 bytes at once (every file's head is counted, and
   * most files are smaller than it: perf put this loop at 4% of extract on
   * a directory of news-sized files).  A byte is a control when it is at
   * most 0x1F; TAB..CR (0x09..0x0D), SUB and ESC (0x1A, 0x1B) are allowed:
   * x <= k unsigned is max(x, k) == k. */
  const __m128i c1f = _mm_set1_epi8(0x1f), c4 = _mm_set1_epi8(4),
                c1 = _mm_set1_epi8(1);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(u + i));
    unsigned ctl = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_max_epu8(v, c1f), c1f));
    if (!ctl)
      continue;
    __m128i t9 = _mm_sub_epi8(v, _mm_set1_epi8(0x09));
    __m128i t1a = _mm_sub_epi8(v, _mm_set1_epi8(0x1a));
    __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(t9, c4), c4),
                              _mm_cmpeq_epi8(_mm_max_epu8(t1a, c1), c1));
    bad += (size_t)__builtin_popcount(ctl &
                                      ~(unsigned)_mm_movemask_epi8(ok));
  }
#endif
  for (; i < n; i++) /* the definition, and the tail */
    bad += is_binary_byte(u[i]);
  return bad;
}

/* At least 16 controls in U[0..n), and one byte in PER. */
static bool controls_per(const unsigned char *u, size_t n, size_t per) {
  size_t bad = controls(u, n);
  return bad >= 16 && bad * per >= n;
}

/* A head dense in NULs and control bytes (at least 16 of them, and one
 * byte in ten): a binary file without a magic number we know.  A text with
 * a few stray NULs is not; they are replaced and reported. */
static bool control_dense(const unsigned char *u, size_t n) {
  return controls_per(u, n, 10);
}

static bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool ascii_letter(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* A CP1252 byte that is an accented letter of a Western language (à, é,
 * ç, ô, ñ, ß...): 0xC0-0xFD but ×, ÷ and the Icelandic letters, and not
 * ÿ (0xFF, the usual fill and stray byte, rare in text). */
static bool latin_letter(unsigned char b) {
  return b >= 0xC0 && b <= 0xFD && b != 0xD7 && b != 0xF7 && b != 0xD0 &&
         b != 0xDE && b != 0xF0;
}

/* Does the byte U[K] (not UTF-8 there) read in CP1252 as French text
 * reads, given its neighbours in U[0..len)?  An accented letter next to
 * an ASCII letter ("caf\xe9", "\xe9t\xe9"); also, since a short text (a
 * headline, a --lines record) may have no accent at all, the typography
 * of French in CP1252: the apostrophe of an elision between letters
 * ("l\x92usine", "aujourd\x92hui"), o-e joined next to a letter
 * ("c\x9cur"), the euro sign after a number ("10 \x80", "5\x80"), and
 * guillemets against a space ("\xab oui \xbb").  Without one of those,
 * "10 millions \x80 pour l\x92usine" stayed UTF-8, both bytes replaced,
 * and its amount was lost. */
static bool cp1252_sign(const unsigned char *u, size_t k, size_t len) {
  unsigned char b = u[k], prev = k > 0 ? u[k - 1] : 0,
                next = k + 1 < len ? u[k + 1] : 0;
  bool space_before = prev == ' ' || prev == 0xA0,
       space_after = next == ' ' || next == 0xA0;
  if (latin_letter(b) && (ascii_letter(prev) || ascii_letter(next)))
    return true;
  switch (b) {
  /* the word "à" (or "À") alone, French's most frequent accent: a text
   * whose only accent it was ("Rendez-vous \xe0 Paris") stayed UTF-8 and
   * lost it */
  case 0xE0:
  case 0xC0:
    return (k == 0 || space_before || prev == '\n' || prev == '\r' ||
            prev == '\t' || prev == '(' || prev == '"' || prev == 0xAB) &&
           (space_after || next == '\n' || next == '\r' || next == '\t');
  case 0x92: /* ’ */
    return ascii_letter(prev) && (ascii_letter(next) || latin_letter(next));
  case 0x8C: /* Œ */
  case 0x9C: /* œ */
    return ascii_letter(prev) || ascii_letter(next);
  case 0x80: /* € */
    return (prev >= '0' && prev <= '9') ||
           (space_before && k > 1 && u[k - 2] >= '0' && u[k - 2] <= '9');
  case 0xAB: /* « */
    return space_after;
  case 0xBB: /* » */
    return space_before;
  /* more of French typography in windows-1252, each where French puts
   * it: "\x93non\x94", " \x96 ", "suite\x85", "n\xb0 1", "10\xb0C" were
   * replaced in an accent-free text (a lone no-break space is not enough:
   * a UTF-8 text with one pasted from an old page stays UTF-8) */
  case 0x93: /* “ */
    return (k == 0 || space_before || prev == '\n' || prev == '(') &&
           (ascii_letter(next) || digit(next) || latin_letter(next));
  case 0x94: /* ” */
    return (ascii_letter(prev) || digit(prev) || latin_letter(prev) ||
            prev == '.' || prev == '!' || prev == '?') &&
           (k + 1 >= len || space_after || next == '\n' || next == '\r' ||
            next == '.' || next == ',' || next == ';' || next == ')');
  case 0x96: /* – */
  case 0x97: /* — */
    return (k == 0 || space_before || prev == '\n') && space_after;
  case 0x85: /* … */
    return (ascii_letter(prev) || latin_letter(prev) || digit(prev)) &&
           (k + 1 >= len || space_after || next == '\n' || next == '\r' ||
            next == ')' || next == '"');
  case 0xB0: /* ° */
    return digit(prev) ||
           ((prev == 'n' || prev == 'N') && (k < 2 || !ascii_letter(u[k - 2])));
  default:
    return false;
  }
}

/* Well-formed multi-byte sequences, invalid bytes, and invalid bytes that
 * read as French text in CP1252 (cp1252_sign). */
typedef struct census {
  size_t multi, invalid, letters;
} census;

static void utf8_census(const char *s, size_t n, bool whole, census *c) {
  const unsigned char *u = (const unsigned char *)s;
  c->multi = c->invalid = c->letters = 0;
  int32_t i = 0, len = (int32_t)(n > INT32_MAX ? INT32_MAX : n);
  while (i < len) {
#ifdef __SSE2__
    /* sixteen ASCII bytes at a time, to the first byte that is not */
    while (len - i >= 16) {
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_loadu_si128((const __m128i *)(s + i)));
      if (m) {
        i += (int32_t)__builtin_ctz(m);
        break;
      }
      i += 16;
    }
#endif
    /* eight ASCII bytes at a time */
    while (len - i >= 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull)
        break;
      i += 8;
    }
    if (i >= len)
      break;
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    /* a well-formed two-byte sequence (é, à, ç: most of French's), as
     * U8_NEXT reads it, without its call: the census reads every byte of
     * each file of a directory (BENCH.md, round 19b) */
    if (u[i] >= 0xC2 && u[i] <= 0xDF && len - i >= 2 &&
        (u[i + 1] & 0xC0) == 0x80) {
      c->multi++;
      i += 2;
      continue;
    }
    int32_t at = i;
    UChar32 ch;
    U8_NEXT(s, i, len, ch);
    if (ch >= 0) {
      c->multi++;
      continue;
    }
    /* a sequence cut by the end of the sample is not evidence */
    if (!whole && i >= len && len - at < 4)
      break;
    for (int32_t k = at; k < i; k++) {
      c->invalid++;
      if (cp1252_sign(u, (size_t)k, (size_t)len))
        c->letters++;
    }
  }
}

/* ICU's charset detector names a single-byte Western encoding? */
static bool icu_says_western(const char *s, size_t n) {
  UErrorCode st = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&st);
  if (U_FAILURE(st))
    return false;
  ucsdet_setText(det, s, (int32_t)(n > HEAD ? HEAD : n), &st);
  const UCharsetMatch *m = ucsdet_detect(det, &st);
  bool western = false;
  if (U_SUCCESS(st) && m) {
    const char *name = ucsdet_getName(m, &st);
    western = U_SUCCESS(st) && name &&
              (strcmp(name, "ISO-8859-1") == 0 ||
               strcmp(name, "windows-1252") == 0 ||
               strcmp(name, "ISO-8859-15") == 0);
  }
  ucsdet_close(det);
  return western;
}

frex_encoding frex_input_detect(const char *head, size_t n, bool eof,
                                frex_encoding requested, bool record,
                                frex_input_kind *kind) {
  const unsigned char *u = (const unsigned char *)head;
  size_t h = n > HEAD ? HEAD : n;
  *kind = FREX_KIND_TEXT;
  /* a UTF-32 BOM starts with a UTF-16 one: FF FE 00 00 was read as
   * UTF-16LE, a NUL after every character, rows of garbage */
  if (!record && n >= 4 &&
      (memcmp(u, "\xFF\xFE\0\0", 4) == 0 ||
       memcmp(u, "\0\0\xFE\xFF", 4) == 0)) {
    *kind = FREX_KIND_UTF32;
    return FREX_ENC_AUTO;
  }
  /* a record cannot be UTF-16: its bytes are repaired as UTF-8 */
  if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return record ? FREX_ENC_UTF8 : FREX_ENC_UTF16LE;
  if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return record ? FREX_ENC_UTF8 : FREX_ENC_UTF16BE;
  if (requested != FREX_ENC_AUTO)
    return requested;
  if (!record && has_magic(u, h)) {
    *kind = FREX_KIND_BINARY;
    return FREX_ENC_AUTO;
  }
  /* a UTF-8 BOM says UTF-8, unless nothing after it is (below) */
  bool bom = n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF;
  if (!record && !bom) {
    frex_encoding e = utf16_pattern(u, h);
    if (e != FREX_ENC_AUTO)
      return e;
    if (control_dense(u, h)) {
      *kind = FREX_KIND_BINARY;
      return FREX_ENC_AUTO;
    }
  }
  census c;
  utf8_census(head, h, eof && h == n, &c);
  /* an ASCII head decides nothing: the rest of the segment does (a
   * CP1252 file whose first accent came after 64 KB was read as UTF-8,
   * its accents replaced) */
  if (c.invalid == 0 && c.multi == 0 && h < n) {
    utf8_census(head, n, eof, &c);
    h = n;
  }
  if (c.invalid == 0)
    return FREX_ENC_UTF8;
  /* not UTF-8 and one byte in twenty a control: random or compressed
   * bytes without a magic number we know (/dev/urandom has one in ten
   * and was read for ever as CP1252), not a text in a legacy encoding */
  if (!record && !bom && controls_per(u, h, 20)) {
    *kind = FREX_KIND_BINARY;
    return FREX_ENC_AUTO;
  }
  /* damage in the head: let the whole first segment give evidence, so a
   * stray byte near the start does not decide alone */
  if (h < n)
    utf8_census(head, n, eof, &c);
  /* CP1252 only when the bytes that are not UTF-8 read as accented
   * letters in words, and far outnumber well-formed sequences (or ICU's
   * detector agrees on a closer call): damaged UTF-8 stays UTF-8, its
   * stray bytes replaced and reported (SPEC "Robustness") */
  if (c.letters == 0)
    return FREX_ENC_UTF8;
  /* a BOM before a windows-1252 text (cat bom-header.txt cp1252.txt):
   * its only UTF-8 sequence; read as UTF-8 every accent was replaced */
  if (bom)
    return c.multi <= 1 ? FREX_ENC_CP1252 : FREX_ENC_UTF8;
  if (c.invalid > 4 * c.multi)
    return FREX_ENC_CP1252;
  if (c.multi < c.invalid && icu_says_western(head, h))
    return FREX_ENC_CP1252;
  return FREX_ENC_UTF8;
}

/* ------------------------------------------------------------ decoding */

/* A control byte that no text holds, other than NUL: the C0 controls but
 * TAB, LF, VT, FF, CR (line and page breaks; VT is Word's manual line
 * break), SUB (a DOS end of file, and what frex writes for a replaced
 * byte) and ESC (ANSI colours in a captured log, as is_binary_byte), and
 * DEL.  Kept, \x01 or \x7f was read as nothing by the
 * tokenizer and as a letter by the extractors, and "12\x01mars 2020" lost
 * its day, without a word; replaced by SUBSTITUTE (read as a space) and
 * reported, as NUL is. */
static bool is_stray_control(unsigned char c) {
  return (c < 0x20 && (c < '\t' || c > '\r') && c != 0x1a && c != 0x1b) ||
         c == 0x7f;
}

static void repair_utf8(char *s, size_t n, size_t base,
                        frex_decode_stats *st) {
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    /* sixteen ASCII bytes at a time: skip to the first byte with the high
     * bit set or zero (the bytes the eight-byte loop below stops at) */
    while (n - i >= 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      /* signed v < 0x20: a high bit or a C0 control (NUL included); the
       * controls text holds (TAB..CR, v + 0x77 in -128..-124, SUB and
       * ESC: v - 0x1a unsigned <= 1) let through; DEL added */
      __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
      __m128i t1a = _mm_sub_epi8(v, _mm_set1_epi8(0x1a));
      __m128i ok = _mm_or_si128(
          _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x77)),
                         _mm_set1_epi8((char)0x85)),
          _mm_cmpeq_epi8(_mm_max_epu8(t1a, _mm_set1_epi8(1)),
                         _mm_set1_epi8(1)));
      __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f));
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_or_si128(_mm_andnot_si128(ok, low), del));
      if (m) {
        i += (unsigned)__builtin_ctz(m);
        break;
      }
      i += 16;
    }
#endif
    /* eight ASCII bytes at a time: no high bit, no byte below 0x20 (a
     * line end stops it too: the byte loop below lets it through) and no
     * DEL */
    while (n - i >= 8) {
      uint64_t w, d;
      memcpy(&w, s + i, 8);
      d = w ^ 0x7f7f7f7f7f7f7f7full;
      if ((w & 0x8080808080808080ull) ||
          ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) ||
          ((d - 0x0101010101010101ull) & ~d & 0x8080808080808080ull))
        break;
      i += 8;
    }
    if (i >= n)
      break;
    unsigned char b = (unsigned char)s[i];
    if (b != 0 && b < 0x80 && !is_stray_control(b)) {
      i++;
      continue;
    }
    if (b != 0 && b < 0x80) {
      if (st->controls == 0)
        st->first_control = base + i;
      s[i++] = SUBSTITUTE;
      st->controls++;
      continue;
    }
    if (b == 0) {
      if (st->nuls == 0)
        st->first_nul = base + i;
      s[i++] = SUBSTITUTE;
      st->nuls++;
      continue;
    }
    /* a well-formed two-byte sequence (é, à...), which U8_NEXT would
     * accept as such: the usual case, checked inline */
    if (b >= 0xC2 && b <= 0xDF && n - i >= 2 &&
        ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      if (b == 0xC2 && (unsigned char)s[i + 1] < 0xA0) { /* C1: c1_text */
        if (st->c1 == 0)
          st->first_c1 = base + i;
        st->c1++;
      }
      i += 2;
      continue;
    }
    /* U8_NEXT takes int32_t indices: validate a window at a time */
    size_t win = n - i > (1u << 30) ? (1u << 30) : n - i;
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, (int32_t)win, c);
    if (c < 0) {
      for (int32_t k = 0; k < j; k++) {
        if (st->invalid == 0)
          st->first_invalid = base + i + (size_t)k;
        st->invalid++;
        st->cp1252_like +=
            cp1252_sign((const unsigned char *)s, i + (size_t)k, n);
        s[i + (size_t)k] = SUBSTITUTE;
      }
    }
    i += (size_t)j;
  }
}

void frex_utf8_repair(char *s, size_t n, size_t base, frex_repair_stats *st) {
  frex_decode_stats d;
  memset(&d, 0, sizeof d);
  repair_utf8(s, n, base, &d);
  if (d.invalid && !st->invalid)
    st->first_invalid = d.first_invalid;
  if (d.nuls && !st->nuls)
    st->first_nul = d.first_nul;
  if (d.controls && !st->controls)
    st->first_control = d.first_control;
  st->invalid += d.invalid;
  st->nuls += d.nuls;
  st->controls += d.controls;
}

/* Counts what a converter could not decode (then substitutes U+FFFD as
 * ICU's default callback does), so transcoded input is never repaired
 * silently. */
typedef struct count_ctx {
  UConverterToUCallback next;
  const void *next_ctx;
  const char *src0; /* start of the source buffer */
  size_t base;      /* its offset in the document */
  frex_decode_stats *stats;
} count_ctx;

static void U_CALLCONV count_bad(const void *context,
                                 UConverterToUnicodeArgs *args,
                                 const char *units, int32_t length,
                                 UConverterCallbackReason reason,
                                 UErrorCode *err) {
  const count_ctx *c = context;
  if (reason <= UCNV_IRREGULAR && length > 0) {
    /* args->source is just past the offending units */
    size_t at = (size_t)(args->source - c->src0) - (size_t)length;
    if (c->stats->invalid == 0)
      c->stats->first_invalid = c->base + at;
    c->stats->invalid += (size_t)length;
  }
  c->next(c->next_ctx, args, units, length, reason, err);
}

/* The length of the UTF-8 sequence at S[0..n) when it is one of French
 * text's (a Latin-1 letter or sign U+0080..U+00FF, œ Œ, the general
 * punctuation ’ “ ” – — …, €), else 0.  Read inside a single-byte text
 * those bytes are "Ã©", "â€™": no French text in windows-1252 or Latin-1
 * holds them, while a file of articles pasted together does. */
static size_t french_utf8_at(const unsigned char *s, size_t n) {
  if (n >= 2 && (s[0] == 0xC2 || s[0] == 0xC3) && (s[1] & 0xC0) == 0x80)
    return 2;
  if (n >= 2 && s[0] == 0xC5 && (s[1] == 0x92 || s[1] == 0x93))
    return 2;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    return 3; /* U+FEFF, a BOM: "\xEF\xBB\xBF" in windows-1252 */
  if (n >= 3 && s[0] == 0xE2 &&
      ((s[1] == 0x80 && (s[2] & 0xC0) == 0x80) ||
       (s[1] == 0x82 && s[2] == 0xAC)))
    return 3;
  return 0;
}

static int transcode(frex_encoding enc, const char *data, size_t len,
                     size_t base, frex_buf *out, frex_decode_stats *stats,
                     bool keep_utf8) {
  if (len > INT32_MAX / 4)
    return FREX_E_ENCODING;
  frex_buf_clear(out);
  /* a byte becomes at most 3 UTF-8 bytes, a UTF-16 unit likewise, and each
   * substitution (U+FFFD) replaces at least one byte */
  if (frex_buf_grow(out, len * 3 + 4))
    return FREX_E_NOMEM;
  UErrorCode st = U_ZERO_ERROR;
  UConverter *from = ucnv_open(frex_encoding_name(enc), &st);
  UConverter *to = ucnv_open("UTF-8", &st);
  count_ctx ctx = {NULL, NULL, data, base, stats};
  if (U_SUCCESS(st))
    ucnv_setToUCallBack(from, count_bad, &ctx, &ctx.next, &ctx.next_ctx, &st);
  char *t = out->ptr;
  const char *s = data, *end = data + len;
  /* a single-byte text: its UTF-8 sequences (a UTF-8 article pasted in a
   * windows-1252 file) are kept as they are, the runs between them
   * converted, so "février" does not become "fÃ©vrier" and lose its
   * date without a word (counted, said by the reader) */
  bool mixed = keep_utf8 && (enc == FREX_ENC_CP1252 || enc == FREX_ENC_LATIN1);
  while (U_SUCCESS(st) && s < end) {
    const char *run = s;
    size_t k = 0;
    while (mixed && run < end && !((unsigned char)*run >= 0xC2 &&
                                   (k = french_utf8_at(
                                        (const unsigned char *)run,
                                        (size_t)(end - run))) != 0))
      run++;
    if (!mixed)
      run = end;
    if (run > s)
      ucnv_convertEx(to, from, &t, out->ptr + out->cap - 1, &s, run, NULL,
                     NULL, NULL, NULL, true, true, &st);
    if (U_SUCCESS(st) && k && s < end) {
      if (stats->utf8_kept == 0)
        stats->first_utf8_kept = base + (size_t)(s - data);
      stats->utf8_kept++;
      memcpy(t, s, k);
      t += k;
      s += k;
    }
  }
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(st))
    return FREX_E_ENCODING;
  out->len = (size_t)(t - out->ptr);
  out->ptr[out->len] = '\0';
  return FREX_OK;
}


/* Offset of the first NUL (or zero UTF-16 unit) in DATA[0..len) of
 * encoding ENC; LEN when there is none. */
static size_t first_zero(frex_encoding enc, const char *data, size_t len) {
  if (enc != FREX_ENC_UTF16LE && enc != FREX_ENC_UTF16BE) {
    const char *z = memchr(data, 0, len);
    return z ? (size_t)(z - data) : len;
  }
  for (size_t i = 0; i + 1 < len; i += 2)
    if (!data[i] && !data[i + 1])
      return i;
  return len;
}

/* Offset of the first stray control (is_stray_control, or such a UTF-16
 * unit) in DATA[0..len) of encoding ENC; LEN when there is none. */
static size_t first_control(frex_encoding enc, const char *data,
                            size_t len) {
  if (enc != FREX_ENC_UTF16LE && enc != FREX_ENC_UTF16BE) {
    for (size_t i = 0; i < len; i++)
      if ((unsigned char)data[i] && is_stray_control((unsigned char)data[i]))
        return i;
    return len;
  }
  bool be = enc == FREX_ENC_UTF16BE;
  for (size_t i = 0; i + 1 < len; i += 2) {
    unsigned char hi = (unsigned char)data[i + !be],
                  lo = (unsigned char)data[i + be];
    if (!hi && lo && is_stray_control(lo))
      return i;
  }
  return len;
}

/* The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D): ICU decodes them to the C1 controls U+0081..., which the
 * tokenizer reads as nothing, so a letter of another encoding was lost
 * without a word.  Replaced in place by SUBSTITUTE, as an invalid UTF-8
 * byte is, and counted. */
static void cp1252_undefined(char *data, size_t len, size_t base,
                             frex_decode_stats *st) {
  for (size_t i = 0; i < len; i++) {
    unsigned char b = (unsigned char)data[i];
    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
      if (st->undefined == 0)
        st->first_undefined = base + i;
      st->undefined++;
      data[i] = SUBSTITUTE;
    }
  }
}

/* The C1 controls U+0080..U+009F have no use in text: in UTF-8 they are
 * windows-1252 text that was decoded as Latin-1 and saved as UTF-8
 * ("l\xC2\x92entreprise": U+0092 where windows-1252's 0x92 is ’).  Kept,
 * they were read as letters by the extractors and as nothing by the
 * tokenizer: "3\xC2\x92mars 2020" lost its day, "5 000 \xC2\x80" (€) its
 * amount, the elision its apostrophe, without a word.  Each is read as
 * the windows-1252 character of its byte (the reader says so, offsets
 * then refer to the repaired text as for any transcoded input); the five
 * windows-1252 leaves undefined are replaced by SUBSTITUTE, as control
 * bytes.  0 where windows-1252 has no character. */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static int c1_text(const char *s, size_t n, size_t base, frex_buf *out,
                   frex_decode_stats *st) {
  out->len = 0;
  if (frex_buf_grow(out, n + n / 2 + 4))
    return FREX_E_NOMEM;
  char *t = out->ptr;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    unsigned char c = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    if (b != 0xC2 || c < 0x80 || c > 0x9F) {
      *t++ = (char)b;
      continue;
    }
    unsigned u = cp1252_c1[c - 0x80];
    if (u == 0) {
      if (st->controls == 0 || base + i < st->first_control)
        st->first_control = base + i;
      st->controls++;
      *t++ = SUBSTITUTE;
      *t++ = SUBSTITUTE;
      i++;
      continue;
    }
    if (st->c1 == 0)
      st->first_c1 = base + i;
    st->c1++;
    if (u < 0x800) {
      *t++ = (char)(0xC0 | (u >> 6));
      *t++ = (char)(0x80 | (u & 0x3F));
    } else {
      *t++ = (char)(0xE0 | (u >> 12));
      *t++ = (char)(0x80 | ((u >> 6) & 0x3F));
      *t++ = (char)(0x80 | (u & 0x3F));
    }
    i++;
  }
  out->len = (size_t)(t - out->ptr);
  return FREX_OK;
}

/* frex_input_decode; KEEP_UTF8: a detected single-byte encoding, whose
 * text's UTF-8 sequences are kept (transcode), not one asked for. */
static int decode(frex_encoding enc, char *data, size_t len, size_t base,
                  frex_buf *out, const char **text, size_t *textlen,
                  frex_decode_stats *stats, bool keep_utf8) {
  if (enc == FREX_ENC_AUTO || enc == FREX_ENC_UTF8) {
    size_t c1 = stats->c1;
    repair_utf8(data, len, base, stats);
    if (stats->c1 != c1) {
      stats->c1 = c1; /* counted again by c1_text: those it maps */
      int rc = c1_text(data, len, base, out, stats);
      if (rc)
        return rc;
      *text = out->ptr;
      *textlen = out->len;
      return FREX_OK;
    }
    *text = data;
    *textlen = len;
    return FREX_OK;
  }
  if (enc == FREX_ENC_CP1252)
    cp1252_undefined(data, len, base, stats);
  int rc = transcode(enc, data, len, base, out, stats, keep_utf8);
  if (rc)
    return rc;
  /* what the converters could not decode is now U+FFFD, counted above; the
   * result is valid UTF-8 apart from NULs, which are replaced and counted
   * here like those of UTF-8 input, at their offset in the input */
  frex_decode_stats conv;
  memset(&conv, 0, sizeof conv);
  repair_utf8(out->ptr, out->len, 0, &conv);
  if (conv.nuls) {
    if (stats->nuls == 0)
      stats->first_nul = base + first_zero(enc, data, len);
    stats->nuls += conv.nuls;
  }
  if (conv.controls) {
    if (stats->controls == 0)
      stats->first_control = base + first_control(enc, data, len);
    stats->controls += conv.controls;
  }
  /* a C1 control in the decoded text: among the UTF-8 sequences a
   * detected single-byte file keeps (keep_utf8: \xc2\x85), or a UTF-16
   * file's U+0085: read as windows-1252, as in a UTF-8 file (c1_text),
   * never passed on (the fuzz target found both); Latin-1 asked for
   * (--encoding latin1, never detected) is read as asked */
  if (conv.c1 && (keep_utf8 || enc != FREX_ENC_LATIN1)) {
    frex_buf mapped = {NULL, 0, 0};
    frex_decode_stats mst;
    memset(&mst, 0, sizeof mst);
    rc = c1_text(out->ptr, out->len, 0, &mapped, &mst);
    if (rc) {
      frex_buf_free(&mapped);
      return rc;
    }
    frex_buf_free(out);
    *out = mapped;
    /* its offsets are the decoded text's: said at most at the input's
     * last byte (the input's own offset is not kept by the converter) */
    size_t last = len ? len - 1 : 0;
    if (mst.c1) {
      if (stats->c1 == 0)
        stats->first_c1 = base + (mst.first_c1 < last ? mst.first_c1 : last);
      stats->c1 += mst.c1;
    }
    if (mst.controls) {
      if (stats->controls == 0)
        stats->first_control =
            base + (mst.first_control < last ? mst.first_control : last);
      stats->controls += mst.controls;
    }
  }
  *text = out->ptr;
  *textlen = out->len;
  return FREX_OK;
}

int frex_input_decode(frex_encoding enc, char *data, size_t len, size_t base,
                      frex_buf *out, const char **text, size_t *textlen,
                      frex_decode_stats *stats) {
  return decode(enc, data, len, base, out, text, textlen, stats, false);
}

/* ------------------------------------------------------------ cutting */

/* Line ends are LF, CRLF or CR alone (old Mac files): B[0..n) holds a
 * line end that ends at I (0 < I <= n), and a blank line before it when
 * BLANK.  A CR is one only when the byte after it is known not to be LF,
 * so that a CRLF is never cut in two.  Looking for LF alone, a CRLF
 * file's paragraphs ("\r\n\r\n") were never found and a segment was cut
 * at a line break inside one, and a CR-only file's at a space: an entity
 * across the cut was lost or cut in two (a few per 1 MB segment; frex
 * extract on 1.8 MB of wrapped CRLF text: 35,999 rows for LF's 36,000). */
static bool line_end_at(const char *b, size_t n, size_t i, bool blank) {
  if (b[i - 1] == '\n') /* LF, or the LF of a CRLF */
    return !blank || (i >= 2 && b[i - 2] == '\n') ||
           (i >= 3 && b[i - 2] == '\r' && b[i - 3] == '\n');
  return b[i - 1] == '\r' && i < n && b[i] != '\n' &&
         (!blank || (i >= 2 && b[i - 2] == '\r'));
}

size_t frex_input_cut(const char *b, size_t n) {
  size_t lo = n / 2;
  for (size_t i = n; i > lo + 1; i--)
    if ((b[i - 1] == '\n' || b[i - 1] == '\r') && line_end_at(b, n, i, true))
      return i;
  for (size_t i = n; i > lo; i--)
    if ((b[i - 1] == '\n' || b[i - 1] == '\r') && line_end_at(b, n, i, false))
      return i;
  for (size_t i = n; i > lo + 1; i--)
    if (b[i - 1] == ' ' && (b[i - 2] == '.' || b[i - 2] == '!' ||
                            b[i - 2] == '?'))
      return i;
  /* a space or tab could split "10 000": the last resort but one */
  for (size_t i = n; i > lo; i--)
    if (b[i - 1] == ' ' || b[i - 1] == '\t')
      return i;
  for (size_t i = n - 1; i > lo; i--)
    if (((unsigned char)b[i] & 0xC0) != 0x80)
      return i;
  return n; /* a megabyte of stray continuation bytes: any cut will do */
}

/* The UTF-16 code unit at byte I of B. */
static unsigned unit16(const char *b, size_t i, bool be) {
  unsigned hi = (unsigned char)b[i + !be], lo = (unsigned char)b[i + be];
  return hi << 8 | lo;
}

/* line_end_at for UTF-16: units at even offsets, I even. */
static bool line_end_at16(const char *b, size_t n, size_t i, bool be,
                          bool blank) {
  unsigned u = unit16(b, i - 2, be), p = i >= 4 ? unit16(b, i - 4, be) : 0,
           pp = i >= 6 ? unit16(b, i - 6, be) : 0;
  if (u == '\n')
    return !blank || p == '\n' || (p == '\r' && pp == '\n');
  return u == '\r' && i + 2 <= n && unit16(b, i, be) != '\n' &&
         (!blank || p == '\r');
}

size_t frex_input_cut16(const char *b, size_t n, bool be) {
  n &= ~(size_t)1;
  size_t lo = (n / 2) & ~(size_t)1;
  /* a paragraph, else a line end (UTF-16 text is mostly from Windows,
   * CRLF: only LF was looked for, and no paragraph) */
  for (size_t i = n; i >= lo + 2; i -= 2)
    if (line_end_at16(b, n, i, be, true))
      return i;
  for (size_t i = n; i >= lo + 2; i -= 2)
    if (line_end_at16(b, n, i, be, false))
      return i;
  for (size_t i = n; i >= lo + 2; i -= 2)
    if (unit16(b, i - 2, be) == ' ')
      return i;
  for (size_t i = n - 2; i > lo; i -= 2)
    if ((unit16(b, i, be) & 0xFC00) != 0xDC00)
      return i;
  return n;
}

/* ------------------------------------------------------------ reader */

enum { SRC_FD, SRC_FN, SRC_MEM };

struct frex_reader {
  frex_reader_options o;
  int src;
  int fd;
  frex_read_fn fn;
  void *fn_ctx;
  char *mem;          /* SRC_MEM: the document, MEMLEN bytes */
  size_t memlen;
  const char *name;
  unsigned flags;
  frex_buf in;        /* SRC_FD, SRC_FN: bytes read and not yet used */
  frex_buf trans;     /* a transcoded segment */
  size_t used;        /* bytes of the source the last segment took */
  size_t src_pos, text_pos; /* where the next segment starts */
  bool eof, started, done;
  bool ascii_so_far;  /* detected as UTF-8 on ASCII alone: reconsidered
                         at the first byte that is not */
  frex_input_stats stats;
  frex_decode_stats dec;
  size_t word_cuts, first_word_cut; /* segments cut inside a word */
};

int frex_reader_new(frex_reader **out, const frex_reader_options *o) {
  *out = NULL;
  frex_reader *r = calloc(1, sizeof *r);
  if (!r)
    return FREX_E_NOMEM;
  r->o = *o;
  if (!r->o.segment)
    r->o.segment = FREX_SEGMENT_SIZE;
  if (r->o.segment < 16)
    r->o.segment = 16; /* room for a character and a UTF-16 pair */
  r->done = true;
  *out = r;
  return FREX_OK;
}

void frex_reader_free(frex_reader *r) {
  if (!r)
    return;
  frex_buf_free(&r->in);
  frex_buf_free(&r->trans);
  free(r);
}

static void start(frex_reader *r, int src, const char *name,
                  unsigned flags) {
  r->src = src;
  r->name = name;
  r->flags = flags;
  frex_buf_clear(&r->in);
  r->used = r->src_pos = r->text_pos = 0;
  r->eof = r->started = r->done = r->ascii_so_far = false;
  memset(&r->stats, 0, sizeof r->stats);
  memset(&r->dec, 0, sizeof r->dec);
  r->word_cuts = r->first_word_cut = 0;
}

int frex_reader_open_fd(frex_reader *r, int fd, const char *name,
                        unsigned flags) {
  start(r, SRC_FD, name, flags);
  r->fd = fd;
  return FREX_OK;
}

int frex_reader_open_fn(frex_reader *r, frex_read_fn fn, void *ctx,
                        const char *name, unsigned flags) {
  start(r, SRC_FN, name, flags);
  r->fn = fn;
  r->fn_ctx = ctx;
  return FREX_OK;
}

int frex_reader_open_mem(frex_reader *r, char *data, size_t len,
                         const char *name, unsigned flags) {
  start(r, SRC_MEM, name, flags);
  r->mem = data;
  r->memlen = len;
  return FREX_OK;
}

const frex_input_stats *frex_reader_stats(const frex_reader *r) {
  return &r->stats;
}

int frex_reader_status(const frex_reader *r) {
  return r->stats.binary || r->stats.invalid || r->stats.nuls ||
                 r->stats.undefined || r->stats.controls
             ? FREX_E_ENCODING
             : FREX_OK;
}

static void say(frex_warn_fn fn, void *ctx, const char *path,
                const char *fmt, size_t a, size_t b) {
  if (!fn)
    return;
  char msg[160];
  snprintf(msg, sizeof msg, fmt, a, b);
  fn(ctx, path, msg);
}

/* Fill r->in up to the segment size, unless the source has ended. */
static int fill(frex_reader *r) {
  size_t want = r->o.segment;
  if (r->eof || r->in.len >= want)
    return FREX_OK;
  if (frex_buf_grow(&r->in, want - r->in.len))
    return FREX_E_NOMEM;
  while (r->in.len < want) {
    size_t got = 0;
    if (r->src == SRC_FD) {
      ssize_t k = read(r->fd, r->in.ptr + r->in.len, want - r->in.len);
      if (k < 0 && errno == EINTR)
        continue;
      if (k < 0)
        return FREX_E_IO;
      got = (size_t)k;
    } else {
      int rc = r->fn(r->fn_ctx, r->in.ptr + r->in.len, want - r->in.len,
                     &got);
      if (rc)
        return rc;
    }
    if (got == 0) {
      r->eof = true;
      break;
    }
    r->in.len += got;
    r->stats.bytes += got;
  }
  return FREX_OK;
}

/* The document has ended: say what was replaced. */
static int finish(frex_reader *r) {
  r->done = true;
  r->stats.invalid = r->dec.invalid;
  r->stats.first_invalid = r->dec.first_invalid;
  r->stats.nuls = r->dec.nuls;
  r->stats.first_nul = r->dec.first_nul;
  r->stats.undefined = r->dec.undefined;
  r->stats.first_undefined = r->dec.first_undefined;
  r->stats.controls = r->dec.controls;
  r->stats.first_control = r->dec.first_control;
  /* most of them French in windows-1252, yet the file was not detected
   * so: its UTF-8 outweighs them, a file of two encodings (articles pasted
   * together), which no one reading can decode: said so */
  if (r->dec.invalid && r->stats.detected && r->dec.cp1252_like >= 2 &&
      2 * r->dec.cp1252_like >= r->dec.invalid)
    say(r->o.error, r->o.error_ctx, r->name,
        "%zu invalid bytes (first at byte %zu), replaced; they read as "
        "windows-1252 text, in a file that is mostly UTF-8: mixed "
        "encodings?", r->dec.invalid, r->dec.first_invalid);
  else if (r->dec.invalid)
    say(r->o.error, r->o.error_ctx, r->name,
        "%zu invalid bytes (first at byte %zu), replaced", r->dec.invalid,
        r->dec.first_invalid);
  if (r->dec.nuls)
    say(r->o.error, r->o.error_ctx, r->name,
        "%zu NUL bytes (first at byte %zu), replaced", r->dec.nuls,
        r->dec.first_nul);
  if (r->dec.controls)
    say(r->o.error, r->o.error_ctx, r->name,
        "%zu control bytes (first at byte %zu), replaced", r->dec.controls,
        r->dec.first_control);
  if (r->word_cuts && r->o.warn) {
    char msg[200];
    snprintf(msg, sizeof msg,
             "%zu cut inside a run of bytes without a space or a line break "
             "(first at byte %zu): a token there is split in two",
             r->word_cuts, r->first_word_cut);
    r->o.warn(r->o.warn_ctx, r->name, msg);
  }
  if (r->dec.c1 && r->o.warn) {
    char msg[240];
    snprintf(msg, sizeof msg,
             "%zu C1 control characters U+0080..U+009F (first at byte %zu), "
             "read as windows-1252 (U+0092 as \xE2\x80\x99): text decoded "
             "as Latin-1 before it was saved as UTF-8; offsets refer to the "
             "repaired text",
             r->dec.c1, r->dec.first_c1);
    r->o.warn(r->o.warn_ctx, r->name, msg);
  }
  if (r->dec.utf8_kept && r->o.warn) {
    char msg[200];
    snprintf(msg, sizeof msg,
             "%zu UTF-8 characters among its %s text (first at byte %zu), "
             "read as UTF-8: a file of mixed encodings?",
             r->dec.utf8_kept, frex_encoding_name(r->stats.encoding),
             r->dec.first_utf8_kept);
    r->o.warn(r->o.warn_ctx, r->name, msg);
  }
  if (r->dec.undefined)
    say(r->o.error, r->o.error_ctx, r->name,
        "%zu bytes undefined in windows-1252 (first at byte %zu), replaced",
        r->dec.undefined, r->dec.first_undefined);
  return 0;
}

/* The offset of the first byte of U[0..n) that is not ASCII, or N. */
static size_t first_high(const char *s, size_t n) {
  size_t i = 0;
  for (; n - i >= 8; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull)
      break;
  }
  while (i < n && !((unsigned char)s[i] & 0x80))
    i++;
  return i;
}

/* A document read as UTF-8 because all of it so far was ASCII (which
 * every encoding here reads alike) meets DATA[0..avail): at its first byte
 * that is not ASCII, decide again on this segment's evidence, so a CP1252
 * file that is ASCII for its first megabyte is decoded as CP1252 from
 * there instead of having its accents replaced.  Said as a detection is. */
static void reconsider(frex_reader *r, const char *data, size_t avail,
                       bool last) {
  size_t k = first_high(data, avail);
  if (k == avail)
    return;
  r->ascii_so_far = false;
  frex_input_kind kind;
  frex_encoding enc =
      frex_input_detect(data + k, avail - k, last, FREX_ENC_AUTO,
                        (r->flags & FREX_INPUT_RECORD) != 0, &kind);
  /* only a single-byte reading: a magic number or NULs in the middle of a
   * text make no binary file and no UTF-16 */
  if (kind != FREX_KIND_TEXT ||
      (enc != FREX_ENC_CP1252 && enc != FREX_ENC_LATIN1))
    return;
  r->stats.encoding = enc;
  if (r->o.warn) {
    char msg[200];
    snprintf(msg, sizeof msg,
             "not UTF-8 from byte %llu (ASCII before it): decoded as %s; "
             "offsets refer to the UTF-8 text",
             (unsigned long long)(r->src_pos + k), frex_encoding_name(enc));
    r->o.warn(r->o.warn_ctx, r->name, msg);
  }
}

int frex_reader_next(frex_reader *r, frex_segment *seg) {
  if (r->done)
    return 0;
  char *data;
  size_t avail;
  bool last; /* DATA[0..avail) is all that is left */
  if (r->src == SRC_MEM) {
    r->mem += r->used;
    r->memlen -= r->used;
    r->used = 0;
    last = r->memlen <= r->o.segment;
    avail = last ? r->memlen : r->o.segment;
    data = r->mem;
    r->stats.bytes = r->src_pos + avail;
  } else {
    if (r->used) { /* drop what the last segment took (none at first) */
      memmove(r->in.ptr, r->in.ptr + r->used, r->in.len - r->used);
      r->in.len -= r->used;
      r->used = 0;
    }
    int rc = fill(r);
    if (rc) {
      r->done = true;
      return rc;
    }
    data = r->in.ptr;
    avail = r->in.len;
    last = r->eof;
  }
  bool first = !r->started;
  if (first) {
    r->started = true;
    frex_input_kind kind;
    frex_encoding enc =
        frex_input_detect(data, avail, last, r->o.encoding,
                          (r->flags & FREX_INPUT_RECORD) != 0, &kind);
    r->stats.encoding = enc;
    r->stats.detected = r->o.encoding == FREX_ENC_AUTO;
    if (kind != FREX_KIND_TEXT) { /* skipped as grep skips binary files */
      r->stats.binary = true;
      r->done = true;
      if (r->o.error)
        r->o.error(r->o.error_ctx, r->name,
                   kind == FREX_KIND_UTF32
                       ? "UTF-32 text, skipped (iconv -f UTF-32 -t UTF-8 "
                         "converts it)"
                       : "binary file, skipped");
      return 0;
    }
    if (enc != FREX_ENC_UTF8 && r->o.encoding == FREX_ENC_AUTO &&
        r->o.warn) {
      char msg[128];
      snprintf(msg, sizeof msg,
               "not UTF-8: decoded as %s; offsets refer to the UTF-8 text",
               frex_encoding_name(enc));
      r->o.warn(r->o.warn_ctx, r->name, msg);
    } else if (enc != r->o.encoding && r->o.encoding != FREX_ENC_AUTO &&
               r->o.warn) {
      /* a UTF-16 BOM overrides the encoding asked for: said, since the
       * user asked for another */
      char msg[160];
      snprintf(msg, sizeof msg,
               "%s byte order mark: decoded as %s, not as %s; offsets refer "
               "to the UTF-8 text",
               frex_encoding_name(enc), frex_encoding_name(enc),
               frex_encoding_name(r->o.encoding));
      r->o.warn(r->o.warn_ctx, r->name, msg);
    } else if ((enc == FREX_ENC_CP1252 || enc == FREX_ENC_LATIN1) &&
               !(r->flags & FREX_INPUT_RECORD) && r->o.warn) {
      /* a single-byte encoding asked for a text that is valid UTF-8 with
       * accents: every "é" becomes "Ã©", and nothing said so (the bytes
       * all decode); said once, and done as asked */
      census c;
      size_t h = avail > HEAD ? HEAD : avail;
      utf8_census(data, h, last && h == avail, &c);
      if (c.invalid == 0 && c.multi > 0) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "valid UTF-8 (%zu multi-byte characters in its first %zu "
                 "bytes), decoded as %s as asked: \"\xC3\xA9\" reads as "
                 "\"\xC3\x83\xC2\xA9\"",
                 c.multi, h, frex_encoding_name(enc));
        r->o.warn(r->o.warn_ctx, r->name, msg);
      }
    }
    r->ascii_so_far = enc == FREX_ENC_UTF8 && r->stats.detected &&
                      first_high(data, avail) == avail;
  } else if (last && avail == 0) {
    return finish(r);
  } else if (r->ascii_so_far) {
    reconsider(r, data, avail, last);
  }
  frex_encoding enc = r->stats.encoding;
  size_t cut = last ? avail
               : enc == FREX_ENC_UTF16LE || enc == FREX_ENC_UTF16BE
                   ? frex_input_cut16(data, avail, enc == FREX_ENC_UTF16BE)
                   : frex_input_cut(data, avail);
  /* no blank in the last half segment: cut inside a word (a base64 blob,
   * a minified page), which memory bounded by the segment asks; said */
  bool blank_cut;
  if (enc == FREX_ENC_UTF16LE || enc == FREX_ENC_UTF16BE) {
    unsigned u = cut >= 2 ? unit16(data, cut - 2, enc == FREX_ENC_UTF16BE)
                          : ' ';
    blank_cut = u == ' ' || u == '\t' || u == '\n' || u == '\r';
  } else {
    char b = cut ? data[cut - 1] : ' ';
    blank_cut = b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
  if (!last && !blank_cut && r->word_cuts++ == 0)
    r->first_word_cut = r->src_pos + cut;
  const char *text;
  size_t textlen;
  int rc = decode(enc, data, cut, r->src_pos, &r->trans, &text, &textlen,
                  &r->dec, r->stats.detected);
  if (rc) {
    r->done = true;
    return rc;
  }
  *seg = (frex_segment){text, textlen, r->text_pos,
                        first ? 0u : FREX_SEG_CONTINUE};
  r->used = cut;
  r->src_pos += cut;
  r->text_pos += textlen;
  return 1;
}
