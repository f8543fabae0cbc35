/*
 * tokenize.c — French tokenizer and sentence splitter (SPEC "Token TSV").
 *
 * A byte-level scanner over valid UTF-8: ASCII is classified by table, other
 * code points by ICU character properties (u_charType, u_isUWhiteSpace).  It
 * does not use ICU's word BreakIterator: that runs at ~60 MB/s here and its
 * French results must be undone anyway (it keeps l'armée whole and splits
 * 10 000 and peut-être; see BASELINES.md).  The French rules follow the UD
 * French treebanks (GSD, Sequoia, PUD): elisions split after the apostrophe,
 * hyphenated clitics after a verb split with their hyphen, lexical hyphenated
 * words whole, numbers with group separators and decimal commas whole,
 * abbreviations keep their period.  Tokens never contain whitespace other
 * than the group separators inside numbers.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "frex.h"
#include "tokenize.h"

/* FREX_TOKENIZE_SCALAR builds the byte masks below without SSE2 (the path
 * of other architectures), e.g. to compare both. */
#if defined(__SSE2__) && !defined(FREX_TOKENIZE_SCALAR)
#include <emmintrin.h>
#define FREX_TOK_SSE2 1
/* An AVX2 copy of the byte masks, chosen at run time by the CPU (GCC on
 * x86-64; FREX_NO_AVX2 builds without it, to compare with SSE2). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&      \
    !defined(__AVX2__) && !defined(FREX_NO_AVX2)
#include <immintrin.h>
#define FREX_TOK_AVX2 1
#endif
#endif

/* ------------------------------------------------------------ characters */

enum cclass { C_SPACE, C_LETTER, C_DIGIT, C_PUNCT, C_SYM, C_OTHER };

/* Classes of ASCII bytes (S space/control, L letter, D digit, P punct,
 * Y symbol): the byte loop never calls ICU for them. */
#define S C_SPACE
#define L C_LETTER
#define D C_DIGIT
#define P C_PUNCT
#define Y C_SYM
static const unsigned char ascii_class[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, Y, P, P, P, P, P, P, Y, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, Y, P,
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, S,
};
#undef S
#undef L
#undef D
#undef P
#undef Y

/* Is s[i] the start of a two-byte letter of U+00C0..U+017F (C3 80 ..
 * C5 BF: the accented letters of French, œ)?  All of that range is letters
 * for ICU except U+00D7 × and U+00F7 ÷ (C3 97, C3 B7), so classify() says
 * C_LETTER for exactly these without asking ICU.  Assumes i < len. */
static inline bool latin_letter_at(const char *s, size_t len, size_t i) {
  unsigned char b = (unsigned char)s[i];
  if (b < 0xC3 || b > 0xC5 || i + 1 >= len)
    return false;
  unsigned char c = (unsigned char)s[i + 1];
  return (c & 0xC0) == 0x80 && !(b == 0xC3 && (c == 0x97 || c == 0xB7));
}

/* ------------------------------------------------------------ byte masks */

/* The word fast path of frex_tokenize reads bit masks of 64-byte blocks
 * (bit k for byte base + k) instead of testing byte by byte:
 *   start: ASCII letters, and the lead bytes of latin_letter_at letters;
 *   word:  the bytes of a word run there: ASCII letters and digits, and
 *          both bytes of latin_letter_at letters.
 * Bytes at or past the end of the text are in neither.  A run of word bits
 * from a start bit ends where the byte loop "ASCII letter or digit: 1 byte,
 * latin_letter_at: 2 bytes" ends (the loop never lands on the second byte of
 * a latin letter, and no such second byte is an ASCII letter or a lead). */
typedef struct block {
  uint64_t start, word;
} block; /* two words: returned in registers */

/* The byte-by-byte definition of the masks, and the path without SSE2
 * (build with -DFREX_TOKENIZE_SCALAR to compare). */
static __attribute__((unused)) block block_at_scalar(const char *s,
                                                     size_t len, size_t base) {
  block bk = {0, 0};
  for (size_t k = 0; k < 64 && base + k < len; k++) {
    unsigned char b = (unsigned char)s[base + k];
    uint64_t bit = 1ull << k;
    if (b < 0x80 && ascii_class[b] == C_LETTER)
      bk.start |= bit, bk.word |= bit;
    else if (b >= '0' && b <= '9')
      bk.word |= bit;
    else if (latin_letter_at(s, len, base + k))
      bk.start |= bit, bk.word |= bit | bit << 1; /* bit 63: see below */
  }
  /* the second byte of a latin letter that starts just before the block */
  if (base > 0 && latin_letter_at(s, len, base - 1))
    bk.word |= 1;
  return bk;
}

#ifdef FREX_TOK_SSE2
/* The same masks, 16 bytes at a time.  SSE2 compares bytes as signed, so
 * a range lo..hi is tested as (b + 0x80 - lo) < (-128 + hi - lo + 1). */
static block block_at_sse2(const char *s, size_t len, size_t base) {
  const unsigned char *p = (const unsigned char *)s + base;
  unsigned char pad[80]; /* 64 bytes and the one after, zero past the end */
  if (len - base < 65) {
    memset(pad, 0, sizeof pad);
    memcpy(pad, p, len - base);
    p = pad;
  }
  uint64_t start = 0, digit = 0, pair = 0;
  for (int k = 0; k < 64; k += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(p + k));
    __m128i nx = _mm_loadu_si128((const __m128i *)(p + k + 1)); /* v's next */
    /* ASCII letters: b | 0x20 in 'a'..'z' (bytes >= 0x80 stay >= 0x80) */
    __m128i letter = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                     _mm_set1_epi8((char)(0x80 - 'a'))),
        _mm_set1_epi8((char)(0x80 + 26)));
    __m128i dig = _mm_cmplt_epi8(
        _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
        _mm_set1_epi8((char)(0x80 + 10)));
    /* latin_letter_at: lead C3..C5, continuation next, not C3 97 / C3 B7
     * (0x97 and 0xB7 are the two bytes x with x | 0x20 == 0xB7) */
    __m128i lead = _mm_cmplt_epi8(
        _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 0xC3))),
        _mm_set1_epi8((char)(0x80 + 3)));
    __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(nx, _mm_set1_epi8((char)0xC0)),
                                  _mm_set1_epi8((char)0x80));
    __m128i sign = _mm_and_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3)),
        _mm_cmpeq_epi8(_mm_or_si128(nx, _mm_set1_epi8(0x20)),
                       _mm_set1_epi8((char)0xB7)));
    __m128i pl = _mm_andnot_si128(sign, _mm_and_si128(lead, cont));
    start |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_or_si128(letter, pl)) << k;
    digit |= (uint64_t)(uint32_t)_mm_movemask_epi8(dig) << k;
    pair |= (uint64_t)(uint32_t)_mm_movemask_epi8(pl) << k;
  }
  block bk = {start, start | digit | pair << 1};
  if (base > 0 && latin_letter_at(s, len, base - 1))
    bk.word |= 1;
  return bk;
}

#ifdef FREX_TOK_AVX2
/* block_at_sse2, 32 bytes at a time: the same tests, each on a 256-bit
 * register (AVX2 compares bytes as signed too). */
__attribute__((target("avx2"))) static block
block_at_avx2(const char *s, size_t len, size_t base) {
  const unsigned char *p = (const unsigned char *)s + base;
  unsigned char pad[80]; /* 64 bytes and the one after, zero past the end */
  if (len - base < 65) {
    memset(pad, 0, sizeof pad);
    memcpy(pad, p, len - base);
    p = pad;
  }
  uint64_t start = 0, digit = 0, pair = 0;
  for (int k = 0; k < 64; k += 32) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(p + k));
    __m256i nx = _mm256_loadu_si256((const __m256i *)(p + k + 1));
    __m256i letter = _mm256_cmpgt_epi8(
        _mm256_set1_epi8((char)(0x80 + 26)),
        _mm256_add_epi8(_mm256_or_si256(v, _mm256_set1_epi8(0x20)),
                        _mm256_set1_epi8((char)(0x80 - 'a'))));
    __m256i dig = _mm256_cmpgt_epi8(
        _mm256_set1_epi8((char)(0x80 + 10)),
        _mm256_add_epi8(v, _mm256_set1_epi8((char)(0x80 - '0'))));
    __m256i lead = _mm256_cmpgt_epi8(
        _mm256_set1_epi8((char)(0x80 + 3)),
        _mm256_add_epi8(v, _mm256_set1_epi8((char)(0x80 - 0xC3))));
    __m256i cont = _mm256_cmpeq_epi8(
        _mm256_and_si256(nx, _mm256_set1_epi8((char)0xC0)),
        _mm256_set1_epi8((char)0x80));
    __m256i sign = _mm256_and_si256(
        _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xC3)),
        _mm256_cmpeq_epi8(_mm256_or_si256(nx, _mm256_set1_epi8(0x20)),
                          _mm256_set1_epi8((char)0xB7)));
    __m256i pl = _mm256_andnot_si256(sign, _mm256_and_si256(lead, cont));
    start |= (uint64_t)(uint32_t)_mm256_movemask_epi8(
                 _mm256_or_si256(letter, pl))
             << k;
    digit |= (uint64_t)(uint32_t)_mm256_movemask_epi8(dig) << k;
    pair |= (uint64_t)(uint32_t)_mm256_movemask_epi8(pl) << k;
  }
  block bk = {start, start | digit | pair << 1};
  if (base > 0 && latin_letter_at(s, len, base - 1))
    bk.word |= 1;
  return bk;
}
#endif

/* The copy of the masks for this CPU, set once by tables_init. */
static block (*block_at)(const char *, size_t, size_t) = block_at_sse2;

static void block_at_pick(void) {
#ifdef FREX_TOK_AVX2
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2"))
    block_at = block_at_avx2;
#endif
}
#else
static block block_at(const char *s, size_t len, size_t base) {
  return block_at_scalar(s, len, base);
}

static void block_at_pick(void) {}
#endif

/* Classify the code point at s[i]; *n receives its byte length. */
static enum cclass classify(const char *s, size_t len, size_t i, UChar32 *cp,
                            size_t *n) {
  unsigned char b = (unsigned char)s[i];
  if (b < 0x80) {
    *cp = b;
    *n = 1;
    return (enum cclass)ascii_class[b];
  }
  if (latin_letter_at(s, len, i)) {
    *cp = (UChar32)((b & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F));
    *n = 2;
    return C_LETTER;
  }
  /* U8_NEXT takes int32_t lengths: decode from a window of at most 4 */
  int32_t j = 0;
  int32_t m = len - i > 4 ? 4 : (int32_t)(len - i);
  UChar32 c;
  U8_NEXT(s + i, j, m, c);
  *n = (size_t)j;
  *cp = c;
  if (c < 0)
    return C_SPACE; /* cannot happen on validated input; be safe */
  if (u_isUWhiteSpace(c))
    return C_SPACE;
  switch (u_charType(c)) {
  case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
  case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
  case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
    return C_LETTER;
  case U_DECIMAL_DIGIT_NUMBER:
    return C_DIGIT;
  case U_LETTER_NUMBER: case U_OTHER_NUMBER:
    return C_LETTER;
  case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL:
  case U_OTHER_SYMBOL:
    return C_SYM;
  case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SPACE_SEPARATOR:
  case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: case U_UNASSIGNED:
  case U_SURROGATE: case U_PRIVATE_USE_CHAR:
    return C_SPACE;
  default:
    return C_PUNCT;
  }
}

static bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2011; }

/* Group separators inside numbers: space, NBSP, narrow NBSP, thin space. */
static bool is_group_space(UChar32 c) {
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

/* is_upper_at and is_lower_at answer ASCII without classify and ICU: its
 * letters are A-Z (u_isupper) and a-z. */
static bool is_upper_at(const char *s, size_t len, size_t i) {
  if (i >= len)
    return false;
  unsigned char b = (unsigned char)s[i];
  if (b < 0x80)
    return b >= 'A' && b <= 'Z';
  UChar32 c;
  size_t n;
  return classify(s, len, i, &c, &n) == C_LETTER && u_isupper(c);
}

static bool is_lower_at(const char *s, size_t len, size_t i) {
  if (i >= len)
    return false;
  unsigned char b = (unsigned char)s[i];
  if (b < 0x80)
    return b >= 'a' && b <= 'z';
  UChar32 c;
  size_t n;
  return classify(s, len, i, &c, &n) == C_LETTER && !u_isupper(c);
}

/* Case-insensitive ASCII comparison of s[0..n) with a lowercase word.
 * No strlen: LOWER ends (NUL) before n bytes or at n exactly, and most
 * words of the lists differ from s at the first byte. */
static bool word_is(const char *s, size_t n, const char *lower) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (lower[i] == '\0' || c != lower[i])
      return false;
  }
  return lower[n] == '\0';
}

/* A list of lowercase words with a filter built on first use: for each
 * length under WL_SHORT, the first and last bytes of the words of that
 * length (their low six bits).  Most words looked up (before a period, a
 * hyphen...) fail the filter and skip the list. */
enum { WL_SHORT = 8 };
typedef struct word_list {
  const char *const *words; /* NULL-terminated */
  bool has_long;            /* a word of WL_SHORT bytes or more */
  uint64_t first[WL_SHORT], last[WL_SHORT];
} word_list;

static void word_list_init(word_list *l) {
  for (const char *const *w = l->words; *w; w++) {
    size_t n = strlen(*w);
    if (n >= WL_SHORT) {
      l->has_long = true;
    } else if (n) {
      l->first[n] |= 1ull << ((unsigned char)(*w)[0] & 63);
      l->last[n] |= 1ull << ((unsigned char)(*w)[n - 1] & 63);
    }
  }
}

static inline unsigned lower_ascii(unsigned char b) {
  return b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b; /* as word_is */
}

static bool word_in(const char *s, size_t n, const word_list *l) {
  if (!n)
    return false;
  if (n >= WL_SHORT ? !l->has_long
                    : !(l->first[n] >> (lower_ascii((unsigned char)s[0]) & 63) &
                        l->last[n] >> (lower_ascii((unsigned char)s[n - 1]) & 63) &
                        1))
    return false;
  for (const char *const *w = l->words; *w; w++)
    if (word_is(s, n, *w))
      return true;
  return false;
}

/* ------------------------------------------------------------ word lists */

/* Words that elide before a vowel: "l'" "jusqu'" ... (SPEC). */
static word_list elisions = {.words = (const char *const[]){
    "l", "d", "j", "m", "n", "s", "t", "c", "y", "qu", "jusqu", "lorsqu",
    "puisqu", "quoiqu", NULL}};

/* Pronouns that split off after a verb with their hyphen (UD French):
 * va-t-il → va -t-il, pensez-vous → pensez -vous.  -ci and -là are not here:
 * UD keeps celui-ci, jusque-là, ce cas-ci whole. */
static word_list clitics = {.words = (const char *const[]){
    "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "moi",
    "toi", "lui", "leur", "le", "la", "les", "en", "y", "ce", NULL}};

/* Hyphenated words whose second part looks like a clitic but is lexical. */
static word_list lexical_hyphen_heads = {.words = (const char *const[]){
    "rendez", "laissez", "sauve", "chez", NULL}};

/* Abbreviations that keep their period (UD French, news).  Titles never end
 * a sentence; the others do when a capitalised word or the end follows. */
static word_list title_abbrevs = {.words = (const char *const[]){
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st",
    "ste", "mr", "mrs", "ms", "prof", "gén", "col", "cdt", "lt", "sgt", "no",
    "n°", "vol", "art", "p", "pp", "cf", "av", "apr", "env", "fig",
    "chap", "éd", "réf", "tél", "vs", "ca", "nº", NULL}};
static word_list other_abbrevs = {.words = (const char *const[]){
    "etc", "ex", "inc", "corp", "co", "ltd", "jr", "sr", "min", "max", NULL}};
/* US state abbreviations as written after party letters: (R-Colo.). */
static word_list state_abbrevs = {.words = (const char *const[]){
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo", NULL}};

/* The clitics that may follow a euphonic -t-: va-t-il. */
static word_list t_clitics = {.words = (const char *const[]){
    "il", "elle", "on", "ils", "elles", NULL}};

/* Units of measure glued to numbers (unit_len). */
static word_list units = {.words = (const char *const[]){
    "h", "km", "m", "cm", "mm", "kg", "g", "mg", "t", "l", "ml", "cl",
    "s", "min", "mn", "ha", "kw", "mw", "gw", "kwh", "go", "mo", "ko",
    "to", "gb", "mb", "km2", "m2", "m3", NULL}};

static void word_lists_init(void) {
  word_list *all[] = {&elisions,      &clitics,       &lexical_hyphen_heads,
                      &title_abbrevs, &other_abbrevs, &state_abbrevs,
                      &t_clitics,     &units};
  for (size_t k = 0; k < sizeof all / sizeof *all; k++)
    word_list_init(all[k]);
}

/* ------------------------------------------------------------ scanning */

typedef struct scan {
  const char *s;
  size_t len;
  frex_tokens *out;
  uint32_t sent;
  bool sent_pending; /* the next token starts a new sentence */
  bool after_terminal; /* ...because of . ! ? …: closers still belong */
  bool have_token;
  int err;
  size_t next_at; /* the first '@' at or after the last may_be_email
                     position, or len */
  size_t base;     /* frex_tokenize's block masks of s[base..base + 64) */
  block bk;
} scan;

/* Closing quotes and brackets right after a sentence's final mark belong
 * to that sentence: (Photo.)  « Oui. »  *« … »* */
static bool is_closer(const char *s, size_t start, size_t end) {
  const unsigned char *t = (const unsigned char *)s + start;
  switch (end - start) {
  case 1: /* ) ] " * */
    return t[0] == ')' || t[0] == ']' || t[0] == '"' || t[0] == '*';
  case 2: /* » */
    return t[0] == 0xC2 && t[1] == 0xBB;
  case 3: /* ” ’ */
    return t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x9D || t[2] == 0x99);
  default:
    return false;
  }
}

static __attribute__((noinline)) void emit_slow(scan *sc, size_t start,
                                                size_t end,
                                                frex_token_class cls) {
  if (sc->err || end <= start)
    return;
  if (sc->sent_pending && sc->after_terminal && is_closer(sc->s, start, end)) {
    sc->err = frex_tokens_push(sc->out, start, end, sc->sent, cls);
    return; /* the sentence still ends after the closer */
  }
  sc->after_terminal = false;
  if (sc->sent_pending || !sc->have_token) {
    if (sc->have_token || sc->sent == 0)
      sc->sent++;
    sc->sent_pending = false;
  }
  sc->have_token = true;
  frex_tokens *t = sc->out;
  if (t->n < t->cap) /* frex_tokens_push without the call */
    t->v[t->n++] = (frex_token){start, end, sc->sent, cls};
  else
    sc->err = frex_tokens_push(t, start, end, sc->sent, cls);
}

/* Append a token.  Most tokens continue a sentence with no pending end:
 * that case (what emit_slow does for it: no closer test, no new sentence)
 * is inline, with the push when the array has room.  sent_pending starts
 * true, so it also covers "no token yet" (emit_slow tells them apart by
 * have_token); an error leaves n == cap (a failed push), so err needs no
 * test either.  after_terminal is only ever set with sent_pending. */
static inline void emit(scan *sc, size_t start, size_t end,
                        frex_token_class cls) {
  frex_tokens *t = sc->out;
  if (sc->sent_pending || end <= start || t->n == t->cap) {
    emit_slow(sc, start, end, cls);
    return;
  }
  t->v[t->n++] = (frex_token){start, end, sc->sent, cls};
}

/* End of a run of letters/digits/marks (no punctuation) from i. */
static size_t alnum_run(const char *s, size_t len, size_t i) {
  while (i < len) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* fast path */
      if (ascii_class[b] != C_LETTER && ascii_class[b] != C_DIGIT)
        break;
      i++;
      continue;
    }
    if (latin_letter_at(s, len, i)) { /* é è à ç ... */
      i += 2;
      continue;
    }
    UChar32 c;
    size_t n;
    enum cclass k = classify(s, len, i, &c, &n);
    if (k != C_LETTER && k != C_DIGIT)
      break;
    i += n;
  }
  return i;
}

/* alnum_run from i, a code point boundary, with its ASCII and Latin
 * stretch read from the block masks when i is in the block (the run of
 * word bits, see block) and the rest (other letters, marks) by alnum_run. */
static inline size_t word_run(const scan *sc, size_t i) {
  size_t off = i - sc->base;
  if (off < 64) {
    uint64_t r = ~sc->bk.word >> off;
    if (r) {
      i += (size_t)__builtin_ctzll(r);
      /* an ASCII byte there is no letter or digit: the run ends */
      if (i >= sc->len || (unsigned char)sc->s[i] < 0x80)
        return i;
    }
  }
  return alnum_run(sc->s, sc->len, i);
}

static bool ascii_ci_prefix(const char *s, size_t len, size_t i,
                            const char *p) {
  size_t m = strlen(p);
  if (len - i < m)
    return false;
  return word_is(s + i, m, p);
}

/* URL starting at i, or 0.  Scheme or www., then any non-space run;
 * trailing punctuation that usually closes the sentence is left out. */
static size_t scan_url(const char *s, size_t len, size_t i) {
  size_t j;
  if (ascii_ci_prefix(s, len, i, "http://"))
    j = i + 7;
  else if (ascii_ci_prefix(s, len, i, "https://"))
    j = i + 8;
  else if (ascii_ci_prefix(s, len, i, "ftp://"))
    j = i + 6;
  else if (ascii_ci_prefix(s, len, i, "www.") && len - i > 4 &&
           s[i + 4] != '.' && (unsigned char)s[i + 4] > ' ')
    j = i + 4;
  else
    return 0;
  int parens = 0;
  while (j < len) {
    UChar32 c;
    size_t n;
    enum cclass k = classify(s, len, j, &c, &n);
    if (k == C_SPACE || c == '"' || c == '<' || c == '>' || c == 0xAB ||
        c == 0xBB || c == 0x201C || c == 0x201D)
      break;
    if (c == '(')
      parens++;
    if (c == ')' && --parens < 0)
      break;
    j += n;
  }
  while (j > i && strchr(".,;:!?'", s[j - 1]))
    j--;
  /* a closing U+2019 */
  while (j - i >= 3 && (unsigned char)s[j - 3] == 0xE2 &&
         (unsigned char)s[j - 2] == 0x80 && (unsigned char)s[j - 1] == 0x99)
    j -= 3;
  return j > i + 7 ? j : 0;
}

static bool email_local_char_def(unsigned char c) {
  return (c < 0x80 && (ascii_class[c] == C_LETTER ||
                       ascii_class[c] == C_DIGIT)) ||
         c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* email_local_char_def by table, filled on first use (word_lists_init) */
static bool email_char[256];

/* lone_mark[b]: 1 + the class of the token an ASCII punctuation or symbol
 * byte B makes alone, as rules_step would emit it: every such byte but
 * the ones with rules of their own ('.', '-', '!', '?' make runs or end
 * sentences; '-' and '+' may sign a number); else 0. */
static unsigned char lone_mark[128];

/* lf_space[b]: the ASCII space and control bytes but CR, for the
 * tokenizer loop's inline space run (256 entries: no test for b < 0x80).
 * A run with a CR goes to rules_step, which counts a CR alone as a line
 * end; LF text so pays nothing for that rule (round 19c). */
static unsigned char lf_space[256];

static inline bool email_local_char(unsigned char c) { return email_char[c]; }

static void tables_init(void) {
  block_at_pick();
  word_lists_init();
  for (int c = 0; c < 256; c++)
    email_char[c] = email_local_char_def((unsigned char)c);
  for (int c = 0; c < 128; c++)
    if ((ascii_class[c] == C_PUNCT || ascii_class[c] == C_SYM) &&
        !strchr(".-!?+", c))
      lone_mark[c] = (unsigned char)(1 + (ascii_class[c] == C_SYM
                                              ? FREX_TOK_SYM
                                              : FREX_TOK_PUNCT));
  for (int c = 0; c < 128; c++)
    lf_space[c] = ascii_class[c] == C_SPACE && c != '\r';
}
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* Cheap pre-test: the run of e-mail characters from i ends at '@'.  Most
 * text has no '@' for long stretches: the next one is kept in the scan. */
static bool may_be_email(scan *sc, size_t i) {
  const char *s = sc->s;
  size_t len = sc->len;
  if (sc->next_at < i) {
    const char *at = memchr(s + i, '@', len - i);
    sc->next_at = at ? (size_t)(at - s) : len;
  }
  if (sc->next_at >= len)
    return false;
#ifdef FREX_TOK_SSE2
  if (len - i >= 16) { /* the first 16 bytes at once */
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* as block_at */
    __m128i ok = _mm_or_si128(
        _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(0x80 - 'a'))),
                       _mm_set1_epi8((char)(0x80 + 26))),
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
                       _mm_set1_epi8((char)(0x80 + 10))));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('%')));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('+')));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
    unsigned bad = ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFF;
    if (bad)
      return s[i + (size_t)__builtin_ctz(bad)] == '@';
    i += 16;
  }
#endif
  while (i < len && email_local_char((unsigned char)s[i]))
    i++;
  return i < len && s[i] == '@';
}

/* E-mail address starting at i, or 0: local@domain.tld (ASCII). */
static size_t scan_email(const char *s, size_t len, size_t i) {
  size_t j = i;
  while (j < len && email_local_char((unsigned char)s[j]))
    j++;
  if (j == i || j >= len || s[j] != '@')
    return 0;
  size_t d = ++j;
  size_t last_dot = 0;
  while (j < len) {
    unsigned char c = (unsigned char)s[j];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-')
      j++;
    else if (c == '.' && j + 1 < len && s[j + 1] != '.' && j > d &&
             email_local_char((unsigned char)s[j + 1]) && s[j + 1] != '.') {
      last_dot = j;
      j++;
    } else
      break;
  }
  if (!last_dot || j - last_dot < 3)
    return 0;
  return j;
}

/* Units written glued to numbers: the length of the unit at s[i] when it
 * is followed by neither a letter nor (except h) a digit, else 0. */
static size_t unit_len(const char *s, size_t len, size_t i) {
  size_t e = i;
  while (e < len && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
    e++;
  if (e == i)
    return 0;
  if (e < len && (unsigned char)s[e] >= 0x80)
    return 0; /* a non-ASCII letter may follow */
  bool digit_after = e < len && s[e] >= '0' && s[e] <= '9';
  if (digit_after && !(e - i == 1 && (s[i] == 'h' || s[i] == 'H')))
    return 0;
  return word_in(s + i, e - i, &units) ? e - i : 0;
}

static bool digits_at(const char *s, size_t len, size_t i, size_t count) {
  for (size_t k = 0; k < count; k++)
    if (i + k >= len || s[i + k] < '0' || s[i + k] > '9')
      return false;
  return true;
}

/* A number starting at i (a digit): digits, thousands groups (space, NBSP,
 * U+202F, '.', '\'' followed by exactly three digits), a decimal part
 * (',' or '.' + digits), digit runs joined by '-', '/', '.', ':' (dates,
 * fractions, times), and letters glued to the end (1er, 3e, A36, 14h30). */
static size_t scan_number(const char *s, size_t len, size_t i) {
  size_t j = i, lead = 0;
  while (j < len && s[j] >= '0' && s[j] <= '9')
    j++, lead++;
  /* space-grouped thousands: at most 3 leading digits, groups of exactly 3 */
  if (lead <= 3) {
    for (;;) {
      UChar32 c;
      size_t n;
      if (j >= len)
        break;
      classify(s, len, j, &c, &n);
      if (!is_group_space(c) || !digits_at(s, len, j + n, 3) ||
          digits_at(s, len, j + n + 3, 1))
        break;
      j += n + 3;
    }
  }
  /* separators between digit runs: 1,5  1.200.000  2006-08-07  1/10  14:30 */
  while (j + 1 < len && strchr(",./-:'", s[j]) && s[j + 1] >= '0' &&
         s[j + 1] <= '9') {
    j++;
    while (j < len && s[j] >= '0' && s[j] <= '9')
      j++;
  }
  /* 4-temps, CA-14 style compounds */
  if (j + 1 < len && s[j] == '-' && ((s[j + 1] >= 'a' && s[j + 1] <= 'z') ||
                                     (s[j + 1] >= 'A' && s[j + 1] <= 'Z')))
    return alnum_run(s, len, j + 1);
  /* glued letters stay (1er, 3e, A36, 115L, 4SA) unless they are a unit
   * of measure, which UD splits off: 20h30 → 20 h 30, 160km → 160 km */
  size_t k = alnum_run(s, len, j);
  if (k > j && unit_len(s, len, j))
    return j;
  return k;
}

/* Length of the clitic at s[i] ("-t-il", "-il", "-vous"), or 0.  The
 * clitic must end the word: followed by neither a letter nor a hyphen+letter
 * that would make it a longer lexical compound. */
static size_t clitic_at(const char *s, size_t len, size_t i) {
  if (i >= len || s[i] != '-')
    return 0;
  size_t j = i + 1;
  if (j + 1 < len && (s[j] == 't' || s[j] == 'T') && s[j + 1] == '-')
    j += 2; /* euphonic -t- */
  size_t e = alnum_run(s, len, j);
  if (e == j || !word_in(s + j, e - j, &clitics))
    return 0;
  if (j != i + 1 && !word_in(s + j, e - j, &t_clitics))
    return 0;
  if (e < len && s[e] == '-') {
    /* another clitic may follow (donne-le-moi); anything else is lexical */
    return clitic_at(s, len, e) ? e - i : 0;
  }
  if (e < len && (is_apostrophe((unsigned char)s[e]) || s[e] == '.'))
    return s[e] == '.' ? e - i : 0;
  return e - i;
}

/* Scan a word at i: letters, with internal hyphens, apostrophes of
 * non-elided words (aujourd'hui) and periods of abbreviations.  Emits one or
 * more tokens and returns the new position. */
static size_t scan_word(scan *sc, size_t i) {
  const char *s = sc->s;
  size_t len = sc->len;
  size_t start = i;
  size_t j = word_run(sc, i);
  if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && unit_len(s, len, i)) {
    size_t u = i + unit_len(s, len, i);
    emit(sc, i, u, FREX_TOK_WORD);
    return u;
  }
  /* c'est-à-dire is one token (UD), though c' is an elision */
  if (j - i == 1 && (s[i] == 'c' || s[i] == 'C') && j < len) {
    static const char rest[] = "est-\xc3\xa0-dire"; /* est-à-dire */
    UChar32 ac;
    size_t an;
    classify(s, len, j, &ac, &an);
    size_t e = j + an + sizeof rest - 1;
    if (is_apostrophe(ac) && e <= len &&
        memcmp(s + j + an, rest, sizeof rest - 1) == 0 &&
        (e == len || classify(s, len, e, &ac, &an) != C_LETTER)) {
      emit(sc, i, e, FREX_TOK_WORD);
      return e;
    }
  }
  /* n° and N° */
  if (j - i == 1 && (s[i] == 'n' || s[i] == 'N') && len - j >= 2 &&
      (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0xB0) {
    emit(sc, i, j + 2, FREX_TOK_WORD);
    return j + 2;
  }

  /* elision: l' d' qu' jusqu' ... followed by a letter or digit */
  if (j < len) {
    UChar32 c;
    size_t n;
    classify(s, len, j, &c, &n);
    if (is_apostrophe(c) && word_in(s + i, j - i, &elisions) && j + n < len) {
      UChar32 c2;
      size_t n2;
      enum cclass k2 = classify(s, len, j + n, &c2, &n2);
      /* an elision before a space still is one (L' armée), but only for
       * the one-letter forms and qu', which cannot close a quotation */
      if (k2 == C_SPACE && c2 == ' ' && j + n + 1 < len && j - i <= 2 &&
          classify(s, len, j + n + 1, &c2, &n2) == C_LETTER) {
        emit(sc, i, j + n, FREX_TOK_WORD);
        return j + n;
      }
      if (k2 == C_LETTER || k2 == C_DIGIT) {
        /* l'on stays one token (UD French GSD and Sequoia) */
        size_t e = word_run(sc, j + n);
        if (!(word_is(s + i, j - i, "l") && word_is(s + j + n, e - j - n, "on") &&
              (e >= len || classify(s, len, e, &c2, &n2) != C_LETTER))) {
          emit(sc, i, j + n, FREX_TOK_WORD);
          return j + n;
        }
      }
    }
  }

  for (;;) {
    if (j >= len)
      break;
    UChar32 c;
    size_t n;
    classify(s, len, j, &c, &n);
    if (is_hyphen(c) && j + n < len) {
      size_t cl = c == '-' ? clitic_at(s, len, j) : 0;
      if (cl && !word_in(s + start, j - start, &lexical_hyphen_heads)) {
        emit(sc, start, j, FREX_TOK_WORD);
        size_t ce = j + cl;
        /* the clitic chain: -t-il, or -le-moi split per pronoun */
        size_t p = j;
        while (p < ce) {
          size_t q = p + 1;
          if (q + 1 < ce && (s[q] == 't' || s[q] == 'T') && s[q + 1] == '-')
            q += 2;
          q = alnum_run(s, len, q);
          emit(sc, p, q, FREX_TOK_WORD);
          p = q;
          if (p < ce && s[p] == '.')
            break;
        }
        return p;
      }
      UChar32 c2;
      size_t n2;
      enum cclass k2 = classify(s, len, j + n, &c2, &n2);
      if (k2 == C_LETTER || k2 == C_DIGIT) {
        j = word_run(sc, j + n);
        continue;
      }
      /* J.-C. : hyphen after an initial's period handled below */
      break;
    }
    if (is_apostrophe(c) && j + n < len) {
      /* aujourd'hui, quelqu'un, prud'homme, O'Hara: apostrophe inside a
       * word that is not an elision stays in the word */
      UChar32 c2;
      size_t n2;
      if (classify(s, len, j + n, &c2, &n2) == C_LETTER) {
        j = word_run(sc, j + n);
        continue;
      }
      break;
    }
    if (c == '.' && j + 1 < len) {
      /* initials and dotted acronyms: U.S.A. J.-C. R.E.M. — a single
       * letter before the period and a letter after */
      size_t seg = j;
      while (seg > start && s[seg - 1] != '.' && s[seg - 1] != '-')
        seg--;
      UChar32 c2;
      size_t n2;
      enum cclass k2 = classify(s, len, j + 1, &c2, &n2);
      size_t seglen = j - seg;
      if (seglen <= 2 && k2 == C_LETTER && alnum_run(s, len, j + 1) -
                                                   (j + 1) <= 2) {
        j = alnum_run(s, len, j + 1);
        continue;
      }
      if (seglen <= 2 && s[j + 1] == '-' && j + 2 < len &&
          is_upper_at(s, len, j + 2)) {
        j = alnum_run(s, len, j + 2);
        continue;
      }
    }
    break;
  }

  /* a trailing period: abbreviation, initial or dotted acronym? */
  if (j < len && s[j] == '.' && !(j + 1 < len && s[j + 1] == '.')) {
    size_t seg = j;
    while (seg > start && s[seg - 1] != '.' && s[seg - 1] != '-')
      seg--;
    bool dotted = seg > start && s[seg - 1] == '.';
    UChar32 c0;
    size_t n0;
    classify(s, len, seg, &c0, &n0);
    bool initial = seg + n0 == j && u_isupper(c0); /* one capital: J. */
    bool title = word_in(s + start, j - start, &title_abbrevs);
    bool other = word_in(s + start, j - start, &other_abbrevs);
    bool state = seg > start && s[seg - 1] == '-' &&
                 word_in(s + seg, j - seg, &state_abbrevs);
    size_t k = j + 1;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
      k++;
    bool at_end = k >= len || s[k] == '\n' || s[k] == '\r';
    bool next_lower = is_lower_at(s, len, k) ||
                      (k < len && strchr(",;:)", s[k]));
    bool keep;
    if (title)
      keep = true; /* M. Dupont: never a sentence end */
    else if (dotted || initial || state)
      keep = !at_end;
    else if (other)
      keep = next_lower; /* etc. at a sentence end: etc + . (UD) */
    else
      keep = false;
    if (keep) {
      emit(sc, start, j + 1, FREX_TOK_WORD);
      return j + 1;
    }
  }
  emit(sc, start, j, FREX_TOK_WORD);
  return j;
}

/* Does a sentence end after a terminal mark at i..e?  It does when the next
 * token starts with something other than a lowercase letter (closing quotes
 * and brackets are skipped, they belong to the ending sentence). */
static bool ends_sentence(const char *s, size_t len, size_t e) {
  size_t k = e;
  for (;;) {
    while (k < len) {
      UChar32 c;
      size_t n;
      enum cclass kl = classify(s, len, k, &c, &n);
      if (kl != C_SPACE)
        break;
      k += n;
    }
    if (k >= len)
      return true;
    UChar32 c;
    size_t n;
    classify(s, len, k, &c, &n);
    if (c == ')' || c == ']' || c == 0xBB || c == 0x201D || c == '"' ||
        c == 0x2019 || c == '*') {
      k += n;
      continue;
    }
    return !is_lower_at(s, len, k) && c != ',' && c != ';' && c != ':';
  }
}

/* Newlines: a blank line always ends a sentence; a single line break does
 * unless the next line continues in lowercase (hard-wrapped text). */
static void handle_space_run(scan *sc, size_t b, int newlines) {
  if (!newlines || !sc->have_token)
    return;
  if (newlines >= 2 || !is_lower_at(sc->s, sc->len, b)) {
    sc->sent_pending = true;
    sc->after_terminal = false;
  }
}

/* One step of the scan at i, by the rules: a space run, or one token
 * (or a few: scan_word splits clitics).  Returns the new position. */
static size_t rules_step(scan *sc, size_t i) {
  const char *s = sc->s;
  size_t len = sc->len;
  unsigned char b = (unsigned char)s[i];
  /* Blanks and tabs before anything else need no work: skipping them
   * leaves a space run (below) with the same newlines and end. */
  if (b == ' ' || b == '\t') {
    do
      i++;
    while (i < len && (s[i] == ' ' || s[i] == '\t'));
    return i;
  }
  UChar32 c;
  size_t n;
  enum cclass k = classify(s, len, i, &c, &n);
  if (k == C_SPACE) {
    /* the run of C_SPACE code points from i, counting line breaks */
    int newlines = 0;
    while (i < len) {
      b = (unsigned char)s[i];
      if (b < 0x80) {
        if (ascii_class[b] != C_SPACE)
          break;
        /* a CR alone is a line end too (old Mac text): "\r\r" was no
         * blank line, and sentences ran across paragraphs */
        newlines += b == '\n' ||
                    (b == '\r' && (i + 1 >= len || s[i + 1] != '\n'));
        i++;
      } else {
        if (classify(s, len, i, &c, &n) != C_SPACE)
          break;
        i += n;
      }
    }
    handle_space_run(sc, i, newlines);
    return i;
  }
  size_t e;
  /* URLs start with h(ttp), f(tp) or w(ww): test only those */
  unsigned char b0 = (unsigned char)(s[i] | 0x20);
  if ((b0 == 'h' || b0 == 'f' || b0 == 'w') && (e = scan_url(s, len, i))) {
    emit(sc, i, e, FREX_TOK_URL);
    return e;
  }
  if ((k == C_LETTER || k == C_DIGIT) && may_be_email(sc, i) &&
      (e = scan_email(s, len, i))) {
    emit(sc, i, e, FREX_TOK_EMAIL);
    return e;
  }
  if (k == C_DIGIT) {
    e = scan_number(s, len, i);
    emit(sc, i, e, FREX_TOK_NUM);
    return e;
  }
  if (k == C_LETTER)
    return scan_word(sc, i);
  /* punctuation and symbols */
  if ((c == '-' || c == '+') && i + 1 < len && s[i + 1] >= '0' &&
      s[i + 1] <= '9' &&
      (i == 0 || classify(s, len, i - 1, &c, &n) == C_SPACE)) {
    /* a negative number: -0,8 */
    e = scan_number(s, len, i + 1);
    emit(sc, i, e, FREX_TOK_NUM);
    return e;
  }
  e = i + n;
  if (c == '.' || c == '-' || c == '!' || c == '?') {
    /* runs: ... -- !!! */
    while (e < len && s[e] == (char)c)
      e++;
  }
  emit(sc, i, e, k == C_SYM ? FREX_TOK_SYM : FREX_TOK_PUNCT);
  if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
    if (ends_sentence(s, len, e))
      sc->sent_pending = sc->after_terminal = true;
  }
  return e;
}

/* The scan of S from I while I < STOP (STOP is LEN for a whole text; see
 * frex_tokenize_range); returns where it stopped. */
static inline __attribute__((always_inline)) size_t
tokenize_loop(scan *scp, size_t i, size_t stop) {
  scan sc = *scp;
  const char *s = sc.s;
  size_t len = sc.len;
  frex_tokens *out = sc.out;
  /* The ASCII bytes that end a fast-path word: blanks, line breaks and
   * the punctuation and symbols after which scan_word ends the word where
   * its run ends and does nothing else (below); ends_hi holds those from
   * 64 to 127.  Not ' - . : @ (rules of their own), nor % + _ (they go on
   * an e-mail's local part). */
  const uint64_t ends = 1ull << ' ' | 1ull << ',' | 1ull << '\n' |
                        1ull << ';' | 1ull << ')' | 1ull << '\r' |
                        1ull << '\t' | 1ull << '!' | 1ull << '"' |
                        1ull << '#' | 1ull << '$' | 1ull << '&' |
                        1ull << '(' | 1ull << '*' | 1ull << '/' |
                        1ull << '<' | 1ull << '=' | 1ull << '>' | 1ull << '?';
  const uint64_t ends_hi = 1ull << ('[' - 64) | 1ull << (']' - 64) |
                           1ull << ('\\' - 64) | 1ull << ('^' - 64) |
                           1ull << ('`' - 64) | 1ull << ('{' - 64) |
                           1ull << ('|' - 64) | 1ull << ('}' - 64) |
                           1ull << ('~' - 64);
  size_t base = i; /* bk: the masks of s[base..base + 64) */
  block bk = {0, 0};
  if (i < len)
    bk = block_at(s, len, i);
  while (i < stop && !sc.err) {
    /* Fast path for most of French text: a word of ASCII letters and
     * digits that ends at a space, comma, semicolon, bracket, quote or line
     * break (or the end; see ends) needs no rule (no apostrophe, hyphen,
     * period, '@' or ':' follows; not glued to a number, where units split
     * off).
     * Accented letters (é, à, œ...; latin_letter_at) count as letters here
     * too, as scan_word's alnum_run sees them: a word that starts or goes
     * on with them takes the same rule-free path.  Neither a URL nor an
     * e-mail can start here: their scans need ':', '.' or '@' right after
     * such a run.  The block masks give the words' starts and ends
     * (block_at); the inner loop goes on over words separated by blanks,
     * skipped as rules_step does.  It appends the tokens itself as emit
     * does, with the array and the sentence number in locals. */
    if (i - base >= 64) /* also when i < base: a long word read ahead */
      base = i, bk = block_at(s, len, i);
    if (!((bk.start >> (i - base) & 1) &&
          (i == 0 || s[i - 1] < '0' || s[i - 1] > '9'))) {
      unsigned char b = (unsigned char)s[i];
      if (b == ' ' || b == '\t') { /* as rules_step, without a call */
        do
          i++;
        while (i < len && (s[i] == ' ' || s[i] == '\t'));
        continue;
      }
      /* what rules_step does for a comma, a bracket, a quote...: one
       * token of its byte (most of its calls are these and line breaks) */
      if (b < 0x80 && lone_mark[b]) {
        emit(&sc, i, i + 1, (frex_token_class)(lone_mark[b] - 1));
        i++;
        continue;
      }
      /* a run of ASCII spaces with a line break: rules_step's space run,
       * when no CR is in it and no byte of another space (NBSP...) follows
       * it */
      if (lf_space[b]) {
        size_t k = i;
        int newlines = 0;
        while (k < len && lf_space[(unsigned char)s[k]])
          newlines += s[k++] == '\n';
        if (k >= len || ((unsigned char)s[k] < 0x80 && s[k] != '\r')) {
          handle_space_run(&sc, k, newlines);
          i = k;
          continue;
        }
      }
      sc.base = base, sc.bk = bk;
      i = rules_step(&sc, i);
      continue;
    }
    /* the token array in locals: lim is cap, or 0 when the next token
     * needs emit_slow's sentence rules (only emit_slow changes that here) */
    frex_token *v = out->v;
    size_t n = out->n, lim = sc.sent_pending ? 0 : out->cap;
    uint32_t sent = sc.sent;
    for (;;) {
      /* the word's end: the first byte from i without a word bit */
      uint64_t r = ~bk.word >> (i - base);
      size_t e;
      if (r) {
        e = i + (size_t)__builtin_ctzll(r);
      } else { /* the word goes on past the block */
        do {
          base += 64, bk = block_at(s, len, base);
          r = ~bk.word;
        } while (!r);
        e = base + (size_t)__builtin_ctzll(r);
      }
      unsigned char nb = e < len ? (unsigned char)s[e] : ' ';
      if (!(nb < 64 ? ends >> nb & 1 : nb < 128 && (ends_hi >> (nb - 64) & 1))) {
        out->n = n;
        sc.base = base, sc.bk = bk;
        i = rules_step(&sc, i); /* the word needs the rules */
        break;
      }
      if (n < lim) {
        v[n++] = (frex_token){i, e, sent, FREX_TOK_WORD};
      } else {
        out->n = n;
        emit_slow(&sc, i, e, FREX_TOK_WORD);
        v = out->v, n = out->n, sent = sc.sent;
        lim = sc.sent_pending ? 0 : out->cap;
      }
      i = e;
      if (nb != ' ' && nb != '\t') { /* ',' '\n'...: the rules go on */
        out->n = n;
        break;
      }
      i++; /* the end of the text reads as ' ': i > len stops below */
      while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
      if (i >= len) {
        out->n = n;
        break;
      }
      if (i - base >= 64)
        base = i, bk = block_at(s, len, i);
      if (!(bk.start >> (i - base) & 1)) { /* after a blank: no digit */
        out->n = n;
        break;
      }
    }
  }
  *scp = sc;
  return i;
}

int frex_tokenize(const char *s, size_t len, frex_tokens *out) {
  pthread_once(&tables_once, tables_init);
  frex_tokens_clear(out);
  scan sc = {s, len, out, 0, true, false, false, FREX_OK, 0, 0, {0, 0}};
  if (len) { /* the first '@' */
    const char *at = memchr(s, '@', len);
    sc.next_at = at ? (size_t)(at - s) : len;
  }
  tokenize_loop(&sc, 0, len);
  return sc.err;
}

int frex_tokenize_range(const char *s, size_t len, frex_tok_state *st,
                        size_t stop, frex_tokens *out) {
  pthread_once(&tables_once, tables_init);
  /* as the whole scan is after a blank line (handle_space_run), or at the
   * start when no token came before */
  scan sc = {s, len, out, st->sent, true, false, st->have_token, FREX_OK,
             0, 0, {0, 0}};
  if (st->pos < len) { /* the first '@' from here: may_be_email's answer */
    const char *at = memchr(s + st->pos, '@', len - st->pos);
    sc.next_at = at ? (size_t)(at - s) : len;
  } else {
    sc.next_at = len;
  }
  st->pos = tokenize_loop(&sc, st->pos, stop < len ? stop : len);
  st->sent = sc.sent;
  st->have_token = sc.have_token;
  st->pending = sc.sent_pending && !sc.after_terminal;
  return sc.err;
}

/* ------------------------------------------------------------ token lists */

void frex_tokens_init(frex_tokens *t) { t->v = NULL, t->n = t->cap = 0; }

void frex_tokens_clear(frex_tokens *t) { t->n = 0; }

void frex_tokens_free(frex_tokens *t) {
  free(t->v);
  frex_tokens_init(t);
}

int frex_tokens_push(frex_tokens *t, size_t start, size_t end, uint32_t sent,
                     frex_token_class cls) {
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 256;
    frex_token *v = realloc(t->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    t->v = v;
    t->cap = cap;
  }
  t->v[t->n++] = (frex_token){start, end, sent, cls};
  return FREX_OK;
}

const char *frex_token_class_name(frex_token_class cls) {
  static const char *const names[] = {"WORD", "NUM", "PUNCT",
                                      "SYM",  "URL", "EMAIL"};
  return (unsigned)cls < 6 ? names[cls] : "?";
}
