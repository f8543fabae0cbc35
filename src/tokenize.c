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

/* For the word fast path of frex_tokenize: 1 for ASCII letters and
 * digits, 2 for the lead bytes of latin_letter_at, 0 for the rest. */
static const unsigned char word_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
    ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
    [0xC3] = 2, [0xC4] = 2, [0xC5] = 2,
};

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

static bool is_upper_at(const char *s, size_t len, size_t i) {
  if (i >= len)
    return false;
  UChar32 c;
  size_t n;
  return classify(s, len, i, &c, &n) == C_LETTER && u_isupper(c);
}

static bool is_lower_at(const char *s, size_t len, size_t i) {
  if (i >= len)
    return false;
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
static pthread_once_t word_lists_once = PTHREAD_ONCE_INIT;

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
} scan;

/* Closing quotes and brackets right after a sentence's final mark belong
 * to that sentence: (Photo.)  « Oui. »  *« … »* */
static bool is_closer(const char *s, size_t start, size_t end) {
  static const char *const closers[] = {")", "]", "\"", "*", "\xc2\xbb",
                                        "\xe2\x80\x9d", "\xe2\x80\x99",
                                        NULL};
  for (const char *const *c = closers; *c; c++)
    if (strlen(*c) == end - start && memcmp(*c, s + start, end - start) == 0)
      return true;
  return false;
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
  sc->err = frex_tokens_push(sc->out, start, end, sc->sent, cls);
}

/* Append a token.  Most tokens continue a sentence with no pending end:
 * that case (what emit_slow does for it: no closer test, no new sentence)
 * is inline, with the push when the array has room. */
static inline void emit(scan *sc, size_t start, size_t end,
                        frex_token_class cls) {
  frex_tokens *t = sc->out;
  if (sc->sent_pending || !sc->have_token || sc->err || end <= start ||
      t->n == t->cap) {
    emit_slow(sc, start, end, cls);
    return;
  }
  sc->after_terminal = false;
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

static bool email_local_char(unsigned char c) {
  return (c < 0x80 && (ascii_class[c] == C_LETTER ||
                       ascii_class[c] == C_DIGIT)) ||
         c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Cheap pre-test: the run of e-mail characters from i ends at '@'. */
static bool may_be_email(const char *s, size_t len, size_t i) {
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
  size_t j = alnum_run(s, len, i);
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
        size_t e = alnum_run(s, len, j + n);
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
        j = alnum_run(s, len, j + n);
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
        j = alnum_run(s, len, j + n);
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
static void handle_space_run(scan *sc, size_t a, size_t b) {
  int newlines = 0;
  for (size_t k = a; k < b; k++)
    if (sc->s[k] == '\n')
      newlines++;
  if (!newlines || !sc->have_token)
    return;
  if (newlines >= 2 || !is_lower_at(sc->s, sc->len, b)) {
    sc->sent_pending = true;
    sc->after_terminal = false;
  }
}

int frex_tokenize(const char *s, size_t len, frex_tokens *out) {
  pthread_once(&word_lists_once, word_lists_init);
  frex_tokens_clear(out);
  scan sc = {s, len, out, 0, false, false, false, FREX_OK};
  size_t i = 0;
  while (i < len && !sc.err) {
    /* Fast path for most of French text: an ASCII word that ends at a
     * space, comma, semicolon, closing parenthesis or line break needs no
     * rule (no apostrophe, hyphen, period, '@' or ':' follows; not glued
     * to a number, where units split off). */
    unsigned char b = (unsigned char)s[i];
    /* Accented letters (é, à, œ...; latin_letter_at) count as letters
     * here too, as scan_word's alnum_run sees them: a word that starts or
     * goes on with them takes the same rule-free path.  Neither a URL nor
     * an e-mail can start here: their scans need ':', '.' or '@' right
     * after such a run. */
    if (((b < 0x80 && ascii_class[b] == C_LETTER) ||
         latin_letter_at(s, len, i)) &&
        (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) {
      size_t e = i;
      while (e < len) {
        unsigned char eb = (unsigned char)s[e];
        if (word_byte[eb] == 1)
          e++;
        else if (word_byte[eb] == 2 && latin_letter_at(s, len, e))
          e += 2;
        else
          break;
      }
      unsigned char nb = e < len ? (unsigned char)s[e] : ' ';
      if (nb == ' ' || nb == ',' || nb == '\n' || nb == ';' || nb == ')' ||
          nb == '\r' || nb == '\t') {
        emit(&sc, i, e, FREX_TOK_WORD);
        i = e;
        continue;
      }
    }
    /* Blanks and tabs before anything else need no work: skipping them
     * leaves a space run (below) with the same newlines and end. */
    if (b == ' ' || b == '\t') {
      do
        i++;
      while (i < len && (s[i] == ' ' || s[i] == '\t'));
      continue;
    }
    UChar32 c;
    size_t n;
    enum cclass k = classify(s, len, i, &c, &n);
    if (k == C_SPACE) {
      size_t a = i;
      bool nl = false;
      while (i < len && classify(s, len, i, &c, &n) == C_SPACE) {
        nl |= c == '\n';
        i += n;
      }
      if (nl)
        handle_space_run(&sc, a, i);
      continue;
    }
    size_t e;
    /* URLs start with h(ttp), f(tp) or w(ww): test only those */
    unsigned char b0 = (unsigned char)(s[i] | 0x20);
    if ((b0 == 'h' || b0 == 'f' || b0 == 'w') && (e = scan_url(s, len, i))) {
      emit(&sc, i, e, FREX_TOK_URL);
      i = e;
      continue;
    }
    if ((k == C_LETTER || k == C_DIGIT) && may_be_email(s, len, i) &&
        (e = scan_email(s, len, i))) {
      emit(&sc, i, e, FREX_TOK_EMAIL);
      i = e;
      continue;
    }
    if (k == C_DIGIT) {
      e = scan_number(s, len, i);
      emit(&sc, i, e, FREX_TOK_NUM);
      i = e;
      continue;
    }
    if (k == C_LETTER) {
      i = scan_word(&sc, i);
      continue;
    }
    /* punctuation and symbols */
    if ((c == '-' || c == '+') && i + 1 < len && s[i + 1] >= '0' &&
        s[i + 1] <= '9' &&
        (i == 0 || classify(s, len, i - 1, &c, &n) == C_SPACE)) {
      /* a negative number: -0,8 */
      e = scan_number(s, len, i + 1);
      emit(&sc, i, e, FREX_TOK_NUM);
      i = e;
      continue;
    }
    e = i + n;
    if (c == '.' || c == '-' || c == '!' || c == '?') {
      /* runs: ... -- !!! */
      while (e < len && s[e] == (char)c)
        e++;
    }
    emit(&sc, i, e, k == C_SYM ? FREX_TOK_SYM : FREX_TOK_PUNCT);
    if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
      if (ends_sentence(s, len, e))
        sc.sent_pending = sc.after_terminal = true;
    }
    i = e;
  }
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
