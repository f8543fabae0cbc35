/*
 * amount.c — AMOUNT extractor: amounts of money in French text (SPEC "What
 * counts": AMOUNT), each row a plain decimal value and an ISO 4217 code.
 *
 * Pipeline per document: a byte prefilter (amount_scan.c) finds anchors —
 * digits, currency symbols, currency words — and the grammar below, one
 * PCRE2 JIT pattern compiled anchored, is tried only at the few positions
 * where an amount containing the anchor can start (the grammar never scans
 * text itself: that is what keeps the stage above 1 GB/s on text without
 * amounts).  Every match is then normalized in C: numbers (amount_dec.c,
 * numwords.c), scales, currency (amount_cur.c, resolved by the (*MARK) of
 * the alternative that matched), range bounds, cents.  Values are exact
 * decimal strings.
 */
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amount.h"
#include "amount_cur.h"
#include "amount_dec.h"
#include "amount_scan.h"
#include "buf.h"
#include "numwords.h"

/* ------------------------------------------------------------ grammar */

/* A number neither continues a word or number nor follows "1," / "1.". */
#define NOT_AFTER "(?<![\\p{L}\\p{N}_])(?<![0-9][.,])"
#define NOT_BEFORE "(?![\\p{L}\\p{N}])"
/* One thousands separator: space, U+00A0, U+202F (CLDR fr uses U+202F). */
#define GSP "[\\x{20}\\x{A0}\\x{202F}]"

/* Digits: French grouping with spaces or dots and a decimal comma, English
 * "1,000,000.5", or plain "94000", "4,5", "4.5".  amount_dec.c decides
 * which mark is the decimal point with the same rules. */
#define NUM_DIGITS                                                             \
  "(?:[0-9]{1,3}(?:" GSP "[0-9]{3}){1,6}(?:,[0-9]{1,6})?"                      \
  "|[0-9]{1,3}(?:\\.[0-9]{3}){1,6}(?:,[0-9]{1,6})?"                            \
  "|[0-9]{1,3}(?:,[0-9]{3}){2,6}(?:\\.[0-9]{1,6})?"                            \
  "|[0-9]{1,15}(?:[.,][0-9]{1,6})?)(?![.,]?[0-9])"

/* Number words, generated from numwords.c's table at start-up (the
 * placeholders are expanded before the pattern is compiled); numwords.c
 * also checks the sequence.  "et" joins only a ten and un/onze ("vingt et
 * un"), so that "cinq et dix millions" stays a range. */
#define NW FREX_NUMWORDS_RE_WORD
#define NW_JOIN FREX_NUMWORDS_RE_JOIN
#define NUM_WORDS NW "(?:" NW_JOIN NW "){0,7}(?![\\p{L}\\p{N}])"
/* Below one hundred, for cents ("et quarante-cinq cents"). */
#define NW99 FREX_NUMWORDS_RE_WORD99
#define NUM_WORDS99 NW99 "(?:" NW_JOIN NW99 "){0,3}(?![\\p{L}\\p{N}])"
/* "un demi-milliard" */
#define NUM_HALF "une?(?:\\h|-)demie?(?=\\h|-)"
#define NUM "(?:" NUM_DIGITS "|" NUM_HALF "|" NUM_WORDS ")"

/* Scales.  Abbreviations are case-sensitive (M, Md, k; "m" and "G" only
 * glued to a symbol: "5 m€", "2 G$"; Swiss "mio", "mia", "mrd"), and may
 * be glued to the number and to a code ("10M$", "150 MEUR"). */
#define SCALE_WORD                                                             \
  "(?:milliards?|millions?|billions?|trillions?|mille)(?![\\p{L}\\p{N}])"
#define SCALE_ABBR                                                             \
  "(?-i:Mds|Mrds|Mrd|Md|Mia|Mio|Mn|M|bn|k|K|mrds?|mds|mia|mio"                 \
  "|G(?=\\h?[$€])|m(?=[$€£]))"                                            \
  "(?![\\p{Ll}\\p{N}])"
#define SCALE "(?:" SCALE_WORD "|" SCALE_ABBR ")"
#define SCALE_GAP "(?:\\h{0,2}|-)"
/* "millions de dollars", "millions d'euros", "Mds d’euros" */
#define DE "(?:\\h{1,3}de\\h{1,3}|\\h{1,3}d['’]\\h?)"
/* Range and list separators: "5 à 10", "entre 5 et 10", "5-10", "5 ou 6";
 * a hyphen between letters joins number words ("vingt-cinq") instead. */
#define RSEP                                                                   \
  "(?:\\h{0,2}[–—]\\h{0,2}|(?<=[0-9])-(?=[0-9])|\\h-\\h"                   \
  "|\\h{1,3}(?:à|et|ou|jusqu['’]à|voire)\\h{1,3})"
/* Cents: "1 USD et 23 centimes", "1 USD 23 cents", "15 dollars et 15.",
 * "15 dollars 50." (without a unit word, only at the end of a phrase). */
#define PHRASE_END "(?=\\h{0,3}(?:[.;:!?)»\\n]|,(?![0-9])|$))"
#define CENTS_WORD "\\h{1,3}(?:cents?|centimes?)(?![\\p{L}])"
#define CENTS                                                                  \
  "(?:(?:\\h{1,3}et)?\\h{1,3}(?<ct>[0-9]{1,2}|" NUM_WORDS99 ")" CENTS_WORD     \
  "|\\h{1,3}et\\h{1,3}(?<ct2>[0-9]{2}|" NUM_WORDS99 ")" PHRASE_END             \
  "|\\h{1,3}(?<ct3>[0-9]{2})" PHRASE_END                                       \
  "|(?<=[€$£])(?<ct4>[0-9]{2})(?![0-9]))" /* "3€50" */

/* Branch B: number [scale] [de] currency, with an optional lower bound
 * ("500 millions et un milliard de livres"), an optional second group
 * ("1 milliard 200 millions"), sub-units ("50 centimes d'euro") and cents.
 * Branch A: currency first ("$75 millions", "EUR 1000", "£ 8,10 millions").
 * CUR_POST / CUR_PRE are spliced in from the currency table. */
static int build_pattern(frex_buf *b) {
  int rc = frex_buf_puts(b, "(?:" NOT_AFTER "(?:(?<blo>" NUM ")(?:" SCALE_GAP
                            "(?<blosc>" SCALE "))?(?<bsep>" RSEP "))?"
                            "(?<bnum>" NUM ")"
                            "(?:" SCALE_GAP "(?<bsc>" SCALE ")"
                            "(?<bhalf>\\h{1,3}et\\h{1,3}demie?)?"
                            "(?:\\h{1,3}(?:et\\h{1,3})?(?<brest>" NUM
                            ")(?:" SCALE_GAP "(?<brestsc>" SCALE "))?)?"
                            "(?:" DE "|\\h{0,3})"
                            "|\\h{1,3}(?<bsub>centimes?|cents?)" DE "|\\h{0,3})"
                            "(?<bcur>");
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_POST);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, ")(?:" NOT_BEFORE "|(?<=[€$£])(?=[0-9]{2}(?![0-9])))"
                          "(?<bcents>" CENTS ")?"
                          "|" NOT_AFTER "(?<acur>");
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_PRE);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, ")\\h{0,2}"
                          "(?:(?<alo>" NUM_DIGITS ")(?:" SCALE_GAP
                          "(?<alosc>" SCALE "))?(?<asep>" RSEP "))?"
                          "(?<anum>" NUM_DIGITS ")(?:" SCALE_GAP "(?<asc>" SCALE
                          "))?(?!\\h{0,3}%)" NOT_BEFORE
                          /* "EUR 1000 ou 1000 EUR" is two amounts */
                          "(?!\\h{0,3}");
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_POST);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, "))");
  return rc;
}

/* Document context for bare "$"/"dollars" (SPEC: a Canadian or Québec
 * context makes it CAD) and bare "francs".  A document is Canadian when
 * Canadian mentions outnumber American ones and are not incidental: in
 * the first line (the headline) or three or more.  So "les États-Unis et
 * le Canada" or "Facebook teste au Brésil et au Canada" stay USD. */
/* One pass counts all four: the group that matched says which.  It runs
 * anchored at the word starts that ctx_starts lets through; the word
 * boundary before is checked in C. */
#define CTX                                                                       \
  "(?:(?<ca>Canada|canadien(?:ne)?s?|Qu[ée]bec|qu[ée]b[ée]cois(?:e)?s?|Ottawa" \
  "|Montr[ée]al|Toronto|Vancouver)"                                              \
  "|(?<us>[ÉE]tats-Unis|am[ée]ricain(?:e)?s?|Washington|(?-i:USA|US))"          \
  "|(?<ch>Suisses?|Gen[èe]ve|Zurich|Lausanne|Berne|B[âa]le"                     \
  "|helv[ée]tique)"                                                              \
  "|(?<cfa>(?-i:F?CFA)))(?![\\p{L}])"

enum { CTX_CA_I, CTX_US_I, CTX_CH_I, CTX_CFA_I, NCTX };

/* The first two bytes of every word CTX matches, lowercase: the context
 * pass runs the (anchored) pattern only at word starts that begin with one
 * of them.  Unanchored, PCRE2 tried the pattern at almost every letter
 * (~150 instructions per byte of the document). */
static const char *const ctx_starts[] = {
    "ca", "qu", "ot", "mo", "to", "va", "et", "\xc3\xa9" /* é */, "am", "wa",
    "us", "su", "ge", "zu", "la", "be", "ba", "b\xc3" /* bâ */, "he", "cf",
    "fc"};

/* Fold a two-byte start for ctx_start: ASCII and Latin-1 capitals
 * (C3 80..9E) to lowercase. */
static unsigned ctx_key(const unsigned char *p, size_t n) {
  unsigned b0 = p[0], b1 = n > 1 ? p[1] : 0;
  if (b0 >= 'A' && b0 <= 'Z')
    b0 |= 0x20;
  if (b1 >= 'A' && b1 <= 'Z')
    b1 |= 0x20;
  else if (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97)
    b1 |= 0x20;
  return b0 << 8 | b1;
}

enum {
  G_BLO,
  G_BLOSC,
  G_BNUM,
  G_BSC,
  G_BHALF,
  G_BREST,
  G_BRESTSC,
  G_BSUB,
  G_BCUR,
  G_BCENTS,
  G_CT,
  G_CT2,
  G_CT3,
  G_CT4,
  G_ACUR,
  G_ALO,
  G_ALOSC,
  G_ANUM,
  G_ASC,
  G_BSEP,
  G_ASEP,
  NGROUPS
};
static const char *const group_names[NGROUPS] = {
    "blo",  "blosc", "bnum",   "bsc",  "bhalf", "brest", "brestsc",
    "bsub", "bcur",  "bcents", "ct",   "ct2",   "ct3",   "ct4",
    "acur", "alo",   "alosc",  "anum", "asc",   "bsep",  "asep"};

/* Words that may follow the digits of an amount's number (branch B of
 * the grammar, with NUM_DIGITS): a scale (SCALE), a sub-unit, a range
 * separator (RSEP) or the first word
 * of a currency that frex_amount_cur_words does not list because it is
 * also a common word ("mark", "lire") or two words ("nouveau shekel"),
 * lowercase; "us"/"usd" for "US $".  Words of frex_amount_cur_words are
 * accepted too; codes glued to '$' ("A$") are let through before this. */
static const char *const after_number[] = {
    "billion", "billions", "bn", "cent", "centime", "centimes", "cents",
    "cfa", "deutsch", "deutsche", "et", "f", "fcfa", "g", "jusqu", "k",
    "lire", "m", "mark", "marks", "md", "mds", "mia", "mille", "milliard",
    "milliards", "million", "millions", "mio", "mn", "mrd", "mrds", "nouveau",
    "nouveaux", "ou", "trillion", "trillions", "us", "usd", "voire",
    "\xc3\xa0" /* à */,
};

static int cmp_str(const void *key, const void *elem) {
  return strcmp((const char *)key, *(const char *const *)elem);
}

struct frex_amount {
  pcre2_code *re;
  pcre2_code *ctx; /* CTX, anchored */
  /* two-byte starts of CTX's words, folded (ctx_key): 65536 bits */
  uint64_t ctx_start[1024];
  int group[NGROUPS];
  frex_amount_scan scan;
};

static pcre2_code *compile(const char *pat, uint32_t extra, char *err,
                           size_t errlen) {
  int code;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | extra,
                                 &code, &off, NULL);
  if (!re) {
    PCRE2_UCHAR msg[160];
    pcre2_get_error_message(code, msg, sizeof msg);
    if (err && errlen)
      snprintf(err, errlen, "AMOUNT pattern: %s at offset %zu", (char *)msg,
               (size_t)off);
    return NULL;
  }
  /* A failed JIT compile is not fatal: the interpreter gives the same
   * results, only slower.  No PCRE2_MATCH_INVALID_UTF: frex_doc text is
   * valid UTF-8 (frex.h), and that option makes the interpreter scan the
   * whole subject on every call. */
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
  return re;
}

int frex_amount_new(frex_amount **out, char *err, size_t errlen) {
  *out = NULL;
  frex_amount *a = calloc(1, sizeof *a);
  frex_buf pat = FREX_BUF_INIT;
  if (!a)
    return FREX_E_NOMEM;
  frex_buf full = FREX_BUF_INIT; /* with the number words spliced in */
  int rc = build_pattern(&pat);
  if (rc == FREX_OK)
    rc = frex_wordre_expand(pat.ptr, &full, frex_numwords_gen, NULL, err,
                            errlen);
  frex_buf_free(&pat);
  if (rc != FREX_OK) {
    free(a);
    frex_buf_free(&full);
    return rc;
  }
  /* Anchored at compile time: JIT does not support PCRE2_ANCHORED given
   * to pcre2_match() and would fall back to the interpreter. */
  a->re = compile(full.ptr, PCRE2_ANCHORED, err, errlen);
  frex_buf_free(&full);
  if (a->re)
    a->ctx = compile(CTX, PCRE2_ANCHORED, err, errlen);
  if (!a->re || !a->ctx) {
    frex_amount_free(a);
    return FREX_E_PATTERN;
  }
  for (int i = 0; i < NGROUPS; i++)
    a->group[i] =
        pcre2_substring_number_from_name(a->re, (PCRE2_SPTR)group_names[i]);
  frex_amount_scan_init(&a->scan);
  for (size_t i = 0; i < sizeof ctx_starts / sizeof *ctx_starts; i++) {
    unsigned k = ctx_key((const unsigned char *)ctx_starts[i], 2);
    a->ctx_start[k >> 6] |= (uint64_t)1 << (k & 63);
  }
  for (size_t i = 1; i < sizeof after_number / sizeof *after_number; i++)
    if (strcmp(after_number[i - 1], after_number[i]) >= 0) {
      if (err && errlen)
        snprintf(err, errlen, "AMOUNT: after_number is not sorted at %s",
                 after_number[i]);
      frex_amount_free(a);
      return FREX_E_PATTERN;
    }
  *out = a;
  return FREX_OK;
}

void frex_amount_free(frex_amount *a) {
  if (!a)
    return;
  pcre2_code_free(a->re);
  pcre2_code_free(a->ctx);
  free(a);
}

/* ----------------------------------------------------------- matching */

/* Longest match of the grammar in bytes, with a margin (its quantifiers
 * are all bounded). */
#define MAXLEN 640

static size_t char_start(const char *t, size_t i) {
  while (((unsigned char)t[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* Per-call state: one document, one match data. */
typedef struct run {
  const frex_amount *a;
  const frex_doc *doc;
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  frex_entities *out;
  int ctx_count[NCTX];    /* -1 until counted */
  size_t ctx_first[NCTX]; /* offset of the first occurrence */
} run;

typedef struct span {
  size_t s, e;
} span;

static span group(const run *r, int g) {
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
  int n = r->a->group[g];
  if (n <= 0 || ov[2 * n] == PCRE2_UNSET)
    return (span){0, 0};
  return (span){ov[2 * n], ov[2 * n + 1]};
}

static int has(span sp) { return sp.e > sp.s; }

/* Count the context words of the document, once, on first need.  Only the
 * first CTX_SPAN bytes count: an article is far shorter, and a huge
 * "document" (a whole dump on stdin) must not be rescanned at 100 MB/s. */
#define CTX_SPAN (256u * 1024u)
static void count_context(run *r) {
  static const char *const names[NCTX] = {"ca", "us", "ch", "cfa"};
  const char *t = r->doc->text;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->a->ctx, NULL);
  for (int i = 0; i < NCTX; i++)
    r->ctx_count[i] = 0;
  if (!md)
    return; /* out of memory: no context, the defaults apply */
  int grp[NCTX];
  for (int i = 0; i < NCTX; i++)
    grp[i] = pcre2_substring_number_from_name(r->a->ctx, (PCRE2_SPTR)names[i]);
  size_t off = r->doc->body, end = r->doc->len;
  if (end - off > CTX_SPAN)
    end = char_start(t, off + CTX_SPAN);
  const unsigned char *u = (const unsigned char *)t;
  for (size_t p = off; p < end; p++) {
    /* whole words only: not after a letter (the pattern checks the end) */
    if (p > off && (((u[p - 1] | 0x20) >= 'a' && (u[p - 1] | 0x20) <= 'z') ||
                    u[p - 1] >= 0x80))
      continue;
    unsigned k = ctx_key(u + p, end - p);
    if (!((r->a->ctx_start[k >> 6] >> (k & 63)) & 1))
      continue;
    if (pcre2_match(r->a->ctx, (PCRE2_SPTR)t, end, p, PCRE2_NO_UTF_CHECK, md,
                    r->mctx) < 0)
      continue;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    for (int i = 0; i < NCTX; i++)
      if (grp[i] > 0 && ov[2 * grp[i]] != PCRE2_UNSET) {
        if (r->ctx_count[i]++ == 0)
          r->ctx_first[i] = ov[0];
        break;
      }
    p = ov[1] > p ? ov[1] - 1 : p;
  }
  pcre2_match_data_free(md);
}

static int ctx_count(run *r, int i) {
  if (r->ctx_count[i] < 0)
    count_context(r);
  return r->ctx_count[i];
}

/* The ISO code for the currency the match used; NULL to reject. */
static const char *currency(run *r, const frex_amount_cur *c) {
  if (c->flags & FREX_CUR_DOLLAR) {
    int ca = ctx_count(r, CTX_CA_I);
    if (ca == 0 || ca <= ctx_count(r, CTX_US_I))
      return "USD";
    if (ca >= 3)
      return "CAD";
    const char *t = r->doc->text + r->doc->body;
    size_t n = r->doc->len - r->doc->body;
    while (n && (*t == '\n' || *t == '\r' || *t == ' ')) /* blank lines */
      t++, n--;
    const char *nl = memchr(t, '\n', n);
    size_t first_line_end = (size_t)((nl ? nl : t + n) - r->doc->text);
    return r->ctx_first[CTX_CA_I] < first_line_end ? "CAD" : "USD";
  }
  if (c->flags & FREX_CUR_FRANC) {
    if (ctx_count(r, CTX_CH_I) > 0)
      return "CHF";
    return ctx_count(r, CTX_CFA_I) > 0 ? "XOF" : "FRF";
  }
  return c->code;
}

/* Number text to a decimal.  Word sequences that numwords.c rejects lose
 * leading words until the rest parses ("trois cinq euros" -> "cinq");
 * *SKIP is the number of bytes dropped. */
static int parse_number(const char *s, size_t n, frex_dec *out, size_t *skip) {
  *skip = 0;
  if (n && s[0] >= '0' && s[0] <= '9')
    return frex_dec_parse(s, n, out);
  for (size_t i = 0; i + 4 <= n; i++)
    if (strncmp(s + i, "demi", 4) == 0 || strncmp(s + i, "DEMI", 4) == 0) {
      frex_dec_from_u64(5, out); /* "un demi" */
      frex_dec_shift(out, -1);
      return 0;
    }
  size_t off = 0;
  while (off < n) {
    uint64_t v;
    if (frex_numwords_parse(s + off, n - off, &v) == FREX_OK) {
      frex_dec_from_u64(v, out);
      *skip = off;
      return 0;
    }
    while (off < n && s[off] != ' ' && s[off] != '-' &&
           (unsigned char)s[off] != 0xC2 && (unsigned char)s[off] != 0xE2)
      off++; /* to the end of this word */
    while (off < n && !((s[off] | 0x20) >= 'a' && (s[off] | 0x20) <= 'z'))
      off++; /* over the separator */
  }
  return -1;
}

/* Power of ten of a scale word or abbreviation.  ENGLISH selects the short
 * scale for billion/trillion ("$10 billion" = 1e10; French "10 billions
 * de dollars" = 1e13). */
static int scale_exp(const char *s, size_t n, int english) {
  char w[12];
  size_t k = n < sizeof w - 1 ? n : sizeof w - 1;
  memcpy(w, s, k);
  w[k] = '\0';
  /* case matters for abbreviations (M vs m), not for words */
  if (!strcmp(w, "k") || !strcmp(w, "K"))
    return 3;
  if (!strcmp(w, "M") || !strcmp(w, "m") || !strcmp(w, "Mio") ||
      !strcmp(w, "mio") || !strcmp(w, "Mn"))
    return 6;
  if (!strcmp(w, "Md") || !strcmp(w, "Mds") || !strcmp(w, "Mrd") ||
      !strcmp(w, "Mrds") || !strcmp(w, "Mia") || !strcmp(w, "bn") ||
      !strcmp(w, "G") || !strcmp(w, "mrd") || !strcmp(w, "mrds") ||
      !strcmp(w, "mds") || !strcmp(w, "mia"))
    return 9;
  for (size_t i = 0; i < k; i++)
    if (w[i] >= 'A' && w[i] <= 'Z')
      w[i] = (char)(w[i] + 32);
  if (!strncmp(w, "milliard", 8))
    return 9;
  if (!strncmp(w, "million", 7))
    return 6;
  if (!strncmp(w, "mille", 5))
    return 3;
  if (!strncmp(w, "billion", 7))
    return english ? 9 : 12;
  if (!strncmp(w, "trillion", 8))
    return english ? 12 : 18;
  return 0;
}

/* English usage of billion/trillion: a symbol first ("$10 billion"), or the
 * singular after a number of two or more ("10 billion dollars"). */
static int is_english_scale(const char *s, size_t n, const frex_dec *num,
                            int prefix_cur) {
  if (prefix_cur)
    return 1;
  frex_dec two;
  frex_dec_from_u64(2, &two);
  return n > 0 && (s[n - 1] == 'n' || s[n - 1] == 'N') &&
         frex_dec_cmp(num, &two) >= 0;
}

/* A bound: number and the exponent its scale (and sub-unit) add. */
typedef struct bound {
  frex_dec num;
  int exp, has_exp;
  span sp;
} bound;

static int read_bound(const run *r, span num, span sc, int prefix_cur,
                      bound *b) {
  const char *t = r->doc->text;
  size_t skip;
  if (parse_number(t + num.s, num.e - num.s, &b->num, &skip) < 0)
    return -1;
  b->sp = (span){num.s + skip, has(sc) ? sc.e : num.e};
  b->has_exp = has(sc);
  b->exp = 0;
  if (has(sc))
    b->exp =
        scale_exp(t + sc.s, sc.e - sc.s,
                  is_english_scale(t + sc.s, sc.e - sc.s, &b->num, prefix_cur));
  return 0;
}

/* Emit one row. */
static int emit(run *r, span sp, const frex_dec *v, const char *code) {
  char val[FREX_DEC_DIGITS + 96];
  if (frex_dec_format(v, val, sizeof val) < 0)
    return FREX_OK; /* cannot happen with bounded digits; skip, not fail */
  return frex_entities_add(r->out, FREX_ENT_AMOUNT, sp.s, sp.e, val, code);
}

/* "un euro fort", "un dollar faible", "un euro numérique", "un euro sur
 * deux", "un euro vaut 1,08 dollar" talk about the currency, not an
 * amount of one unit. */
static int currency_talk(const run *r, size_t at) {
  static const char *const next[] = {
      "fort",           "forte",   "faible", "num\xc3\xa9rique",
      "numerique",      "digital", "sur",    "cher",
      "vaut",           "valait",  "vaudra", "vaudrait",
      "\xc3\xa9quivaut"};
  const char *t = r->doc->text;
  size_t i = at, n = r->doc->len;
  while (i < n && (t[i] == ' ' || (unsigned char)t[i] == 0xC2 ||
                   (unsigned char)t[i] == 0xA0))
    i++;
  size_t j = i;
  while (j < n && (((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z') ||
                   (unsigned char)t[j] >= 0x80))
    j++;
  for (size_t k = 0; k < sizeof next / sizeof *next; k++)
    if (strlen(next[k]) == j - i && !strncasecmp(t + i, next[k], j - i))
      return 1;
  return 0;
}

/* Lower bound of a range: takes the upper bound's scale when it has none,
 * stepping down (milliard -> million -> mille) while it would exceed the
 * upper bound ("600 à 1,2 milliards" = 600 millions).  A bare year is no
 * bound ("2018 et 30 millions"): returns -1 to drop it. */
static int finish_lo(const run *r, bound *lo, const bound *hi,
                     const frex_dec *hival) {
  const char *t = r->doc->text + lo->sp.s;
  size_t n = lo->sp.e - lo->sp.s;
  if (!lo->has_exp && n == 4 && (t[0] == '1' || t[0] == '2') &&
      (!strncmp(t, "19", 2) || !strncmp(t, "20", 2)) && t[2] >= '0' &&
      t[2] <= '9' && t[3] >= '0' && t[3] <= '9')
    return -1;
  if (lo->has_exp || !hi->has_exp) {
    frex_dec_shift(&lo->num, lo->exp);
    return 0;
  }
  int e = hi->exp;
  for (;;) {
    frex_dec v = lo->num;
    frex_dec_shift(&v, e);
    if (e < 3 || frex_dec_cmp(&v, hival) <= 0 || e - 3 < 0) {
      lo->num = v;
      return 0;
    }
    e -= 3;
  }
}

/* The word before offset *I (skipping spaces, U+00A0, U+202F, hyphens):
 * sets [*WS, *I) to it and returns its length; 0 if a non-letter comes
 * first (then *I is left on that character). */
static size_t prev_word(const char *t, size_t lo, size_t *i, size_t *ws) {
  size_t k = *i;
  while (k > lo &&
         (t[k - 1] == ' ' || t[k - 1] == '\n' || t[k - 1] == '-' ||
          (unsigned char)t[k - 1] == 0xA0 || (unsigned char)t[k - 1] == 0xC2 ||
          (unsigned char)t[k - 1] == 0xAF ||
          ((unsigned char)t[k - 1] == 0x80 && k - 1 > lo &&
           (unsigned char)t[k - 2] == 0xE2) ||
          ((unsigned char)t[k - 1] == 0xE2 && k < *i)))
    k--;
  size_t j = k;
  while (j > lo &&
         (((t[j - 1] | 0x20) >= 'a' && (t[j - 1] | 0x20) <= 'z') ||
          (unsigned char)t[j - 1] == 0xA9 || (unsigned char)t[j - 1] == 0xC3))
    j--;
  *i = k;
  *ws = j;
  return k - j;
}

static int word_in(const char *t, size_t j, size_t n, const char *const *list,
                   size_t count) {
  for (size_t k = 0; k < count; k++)
    if (strlen(list[k]) == n && !strncasecmp(t + j, list[k], n))
      return 1;
  return 0;
}

/* Bare "livres" (and "marks") are GBP (DEM), unless the phrase is about
 * books or weight: "a écrit 10 livres", "lu deux livres", "3 livres de
 * cuisine", "2 livres de beurre", "30 livres publiés", "un livre" (a
 * pound is "une livre").  With a scale or decimals ("361 millions de
 * livres", "2,5 livres") they are money. */
static int weak_is_not_money(const run *r, size_t start, size_t end) {
  static const char *const before[] = {
      "\303\251crit", "publi\xc3\xa9", "lu",      "vendu",
      "auteur",       "sign\xc3\xa9",  "traduit", "pes\xc3\xa9",
      "pesait",       "pesant",        "lire"};
  static const char *const after[] = {
      "de",     "d",   "du",       "des",   "publi\xc3\xa9s", "\303\251crits",
      "vendus", "lus", "traduits", "parus", "pour",           "sur",
      "qui",    "que", "dont"};
  const char *t = r->doc->text;
  if (end - start >= 2 && (t[start] | 0x20) == 'u' &&
      (t[start + 1] | 0x20) == 'n' && !((t[start + 2] | 0x20) == 'e'))
    return 1; /* "un livre" is a book; a pound is "une livre" */
  size_t i = start, j, n = prev_word(t, r->doc->body, &i, &j);
  if (n && word_in(t, j, n, before, sizeof before / sizeof *before))
    return 1;
  size_t k = end, len = r->doc->len;
  while (k < len && t[k] == ' ')
    k++;
  size_t w = k;
  while (w < len && (((t[w] | 0x20) >= 'a' && (t[w] | 0x20) <= 'z') ||
                     (unsigned char)t[w] >= 0x80))
    w++;
  return w > k && word_in(t, k, w - k, after, sizeof after / sizeof *after);
}

/* A range written "X et Y" is one only after "entre" ("entre 20 et 30
 * millions"); otherwise "calibre 7,65 et 104 000 euros" would make 7,65 an
 * amount. */
static int range_sep_ok(const run *r, span sep, size_t lo_start) {
  const char *t = r->doc->text;
  size_t i = sep.s, j = sep.e;
  while (i < j && (t[i] == ' ' || (unsigned char)t[i] >= 0x80))
    i++;
  while (j > i && (t[j - 1] == ' ' || (unsigned char)t[j - 1] >= 0x80))
    j--;
  if (j - i != 2 || strncasecmp(t + i, "et", 2) != 0)
    return 1;
  size_t k = lo_start;
  while (k > r->doc->body &&
         (t[k - 1] == ' ' || (unsigned char)t[k - 1] == 0xA0 ||
          (unsigned char)t[k - 1] == 0xC2))
    k--;
  return k >= r->doc->body + 5 && strncasecmp(t + k - 5, "entre", 5) == 0 &&
         (k == r->doc->body + 5 ||
          !(((t[k - 6] | 0x20) >= 'a' && (t[k - 6] | 0x20) <= 'z') ||
            (unsigned char)t[k - 6] >= 0x80));
}

/* Normalize and emit the match in R->md.  Returns FREX_OK also when the
 * match is rejected (no row).  *RESUME is where scanning goes on: the end
 * of the match, or earlier when only its start was an amount. */
static int handle_match(run *r, size_t *resume) {
  const char *t = r->doc->text;
  int prefix = has(group(r, G_ACUR));
  span m = {pcre2_get_ovector_pointer(r->md)[0],
            pcre2_get_ovector_pointer(r->md)[1]};
  *resume = m.e;
  PCRE2_SPTR mark = pcre2_get_mark(r->md);
  if (!mark)
    return FREX_OK;
  const frex_amount_cur *c =
      frex_amount_cur_get(strtoul((const char *)mark, NULL, 10));
  if (!c)
    return FREX_OK;
  bound hi, lo;
  span lo_num = group(r, prefix ? G_ALO : G_BLO);
  span hi_num = group(r, prefix ? G_ANUM : G_BNUM);
  int lo_sep_ok = has(lo_num) &&
                  range_sep_ok(r, group(r, prefix ? G_ASEP : G_BSEP), lo_num.s);
  if (prefix && has(lo_num) && !lo_sep_ok) {
    /* "cad$ 15 et 16,4 millions de $ c": the amount is "cad$ 15" alone,
     * and the scan resumes after it */
    bound one;
    if (read_bound(r, lo_num, group(r, G_ALOSC), 1, &one) < 0)
      return FREX_OK;
    frex_dec_shift(&one.num, one.exp);
    *resume = one.sp.e;
    return emit(r, (span){m.s, one.sp.e}, &one.num, currency(r, c));
  }
  if (has(lo_num) && !lo_sep_ok) {
    /* no range: "vingt et un euros" is one number read as two */
    uint64_t w;
    if (t[lo_num.s] > '9' && t[hi_num.s] > '9' &&
        !has(group(r, prefix ? G_ALOSC : G_BLOSC)) &&
        frex_numwords_parse(t + lo_num.s, hi_num.e - lo_num.s, &w) == FREX_OK)
      hi_num.s = lo_num.s;
    lo_num = (span){0, 0};
  }
  if (read_bound(r, hi_num, group(r, prefix ? G_ASC : G_BSC), prefix, &hi) < 0)
    return FREX_OK;
  frex_dec v = hi.num;
  if (has(group(r, G_BHALF))) { /* "deux millions et demi" */
    frex_dec half;
    frex_dec_from_u64(5, &half);
    frex_dec_shift(&half, -1);
    frex_dec_add(&v, &half, &v);
  }
  frex_dec_shift(&v, hi.exp);
  if (has(group(r, G_BREST))) { /* "1 milliard 200 millions" */
    bound rest;
    frex_dec limit;
    if (read_bound(r, group(r, G_BREST), group(r, G_BRESTSC), 0, &rest) < 0)
      return FREX_OK;
    frex_dec_shift(&rest.num, rest.exp);
    frex_dec_from_u64(1, &limit);
    frex_dec_shift(&limit, hi.exp);
    if (frex_dec_cmp(&rest.num, &limit) >= 0 ||
        frex_dec_add(&v, &rest.num, &v) < 0)
      return FREX_OK;
  }
  if (has(group(r, G_BSUB))) { /* "50 centimes d'euro" */
    frex_dec_shift(&v, -2);
    hi.has_exp = 1;
    hi.exp = -2;
  }
  span ct = {0, 0};
  for (int g = G_CT; g <= G_CT4 && !has(ct); g++)
    ct = group(r, g);
  if (has(ct) && !frex_dec_has_fraction(&v)) { /* "15 dollars et 15 cents" */
    frex_dec cents, limit;
    size_t skip;
    frex_dec_from_u64(100, &limit);
    if (parse_number(t + ct.s, ct.e - ct.s, &cents, &skip) == 0 && skip == 0 &&
        frex_dec_cmp(&cents, &limit) < 0) {
      frex_dec_shift(&cents, -2);
      frex_dec_add(&v, &cents, &v);
    } else {
      m.e = group(r, G_BCUR).e; /* not cents: the amount ends before */
    }
  }
  int lo_ok = has(lo_num) &&
              read_bound(r, lo_num, group(r, prefix ? G_ALOSC : G_BLOSC),
                         prefix, &lo) == 0 &&
              finish_lo(r, &lo, &hi, &v) == 0;
  /* bare "livres": books or weight unless the amount has a scale or
   * decimals ("361 millions de livres", "2,5 livres") */
  if ((c->flags & FREX_CUR_WEAK) && !hi.has_exp && !(lo_ok && lo.has_exp) &&
      !frex_dec_has_fraction(&v) &&
      weak_is_not_money(r, lo_ok ? lo.sp.s : hi.sp.s, m.e))
    return FREX_OK;
  if (!prefix && !hi.has_exp && t[hi_num.s] > '9' && currency_talk(r, m.e)) {
    frex_dec one;
    frex_dec_from_u64(1, &one);
    if (frex_dec_cmp(&v, &one) == 0)
      return FREX_OK;
  }
  const char *code = currency(r, c);
  span hisp = {prefix && !has(lo_num) ? m.s : hi.sp.s, m.e};
  if (lo_ok) {
    if (prefix)
      lo.sp.s = m.s; /* "$5 à 10 millions": "$5" */
    int rc = emit(r, lo.sp, &lo.num, code);
    if (rc != FREX_OK)
      return rc;
  }
  return emit(r, hisp, &v, code);
}

/* ------------------------------------------------------------- driver */

/* Does the word S[0..n) start a NUM of the grammar: a number word below a
 * million (numwords.c's table, as NW) or the "demi" of NUM_HALF? */
static int starts_num(const char *s, size_t n) {
  return frex_numwords_word(s, n, FREX_NW_CARDINAL & ~FREX_NW_BIG, NULL) ||
         (n >= 4 && n <= 5 && !strncasecmp(s, "demie", n));
}

/* The word at T[I..): ASCII letters and two-byte Latin letters (C3 xx),
 * lowercased into W (NUL-terminated); returns its end.  *OK is 1, or 0
 * when another non-ASCII letter follows (ł, œ), or -1 when the word is
 * too long for W. */
static size_t word_lower(const char *t, size_t end, size_t i, char *w,
                         size_t wsize, int *ok) {
  const unsigned char *u = (const unsigned char *)t;
  size_t n = 0, k = i;
  *ok = 1;
  while (k < end) {
    if ((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') {
      if (n + 1 >= wsize)
        break;
      w[n++] = (char)(u[k++] | 0x20);
    } else if (u[k] == 0xC3 && k + 1 < end && u[k + 1] >= 0x80 &&
               u[k + 1] <= 0xBF && u[k + 1] != 0x97 && u[k + 1] != 0xB7) {
      if (n + 2 >= wsize)
        break;
      w[n++] = (char)0xC3;
      w[n++] = (char)(u[k + 1] <= 0x9E ? u[k + 1] | 0x20 : u[k + 1]);
      k += 2;
    } else {
      break;
    }
  }
  w[n] = '\0';
  if (k < end && u[k] >= 0x80 && !(u[k] == 0xC2 || u[k] == 0xE2))
    *ok = 0; /* ł, œ ...: a letter this reader does not fold */
  if (k < end && (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') ||
                  u[k] == 0xC3))
    *ok = -1; /* longer than W */
  return k;
}

static int sorted_has(const char *w, const char *const *list, size_t n) {
  return bsearch(w, list, n, sizeof *list, cmp_str) != NULL;
}

/* Is T[I..) a word in capitals, a currency code's shape, followed by at
 * most a few bytes of horizontal space before the anchor at AT ("EUR 10",
 * "CHF 2,5")?  "Le 5", "Article 12" and "A.20" are not. */
static int code_before(const char *t, size_t i, size_t at) {
  if (!(t[i] >= 'A' && t[i] <= 'Z'))
    return 0;
  while (i < at && t[i] >= 'A' && t[i] <= 'Z')
    i++;
  if (at - i > 6)
    return 0;
  for (; i < at; i++) {
    unsigned char c = (unsigned char)t[i];
    if (!(c == ' ' || c == '\t' || c >= 0x80))
      return 0; /* \h of the grammar: space, tab, U+00A0, U+202F ... */
  }
  return 1;
}

/* May an attempt of the grammar at I, before the anchor at AT, succeed?
 * It starts with the grammar's first element: before digits, a currency
 * code or a '$' ("EUR 10", "US$ 5"); before a symbol or a currency word, a
 * number ("10 $", "deux millions de $") or a code glued to the symbol
 * ("US $", "usd$").  Each attempt costs thousands of instructions, and
 * most of the positions before an anchor are none of these. */
static int attempt_may_start(const char *t, size_t i, size_t at,
                             frex_anchor_kind kind) {
  if (kind == FREX_ANCHOR_DIGIT)
    return code_before(t, i, at) || memchr(t + i, '$', at - i) != NULL;
  if (t[i] >= '0' && t[i] <= '9')
    return 1;
  char w[16];
  int ok;
  size_t e = word_lower(t, at, i, w, sizeof w, &ok);
  if (ok == 0 || e == i)
    return 1; /* not a word this reader knows: let the grammar decide */
  if (starts_num(w, strlen(w)))
    return 1;
  return kind == FREX_ANCHOR_SYMBOL && at - e <= 3; /* "US $", "usd$" */
}

/* A currency word starts an amount only after a number, maybe with a
 * scale and "de"/"d'" between ("deux millions d'euros", "dix euros",
 * "un demi-milliard de dollars"); most currency words in text ("le livre",
 * "l'euro", "des millions d'euros") are not, and skipping them here saves
 * the grammar's attempts. */
static int word_anchor_plausible(const char *t, size_t lo, size_t at) {
  static const char *const scalew[] = {
      "bn",        "billion",  "billions", "centime", "centimes", "g",
      "k",         "m",        "md",       "mds",     "mia",      "milliard",
      "milliards", "million",  "millions", "mio",     "mn",       "mrd",
      "mrds",      "trillion", "trillions"};
  size_t i = at, j, n = prev_word(t, lo, &i, &j);
  if (n == 0 && i > lo &&
      (t[i - 1] == '\'' || (unsigned char)t[i - 1] == 0x99)) {
    i -= t[i - 1] == '\'' ? 1 : 3; /* d' or d’ */
    n = prev_word(t, lo, &i, &j);
    if (n != 1 || (t[j] | 0x20) != 'd')
      return 0;
    i = j;
    n = prev_word(t, lo, &i, &j);
  } else if (n == 2 && !strncasecmp(t + j, "de", 2)) {
    i = j;
    n = prev_word(t, lo, &i, &j);
  }
  for (int scales = 0; scales < 2; scales++) {
    if (n == 0)
      return i > lo && t[i - 1] >= '0' && t[i - 1] <= '9';
    if (starts_num(t + j, n))
      return 1;
    if (!word_in(t, j, n, scalew, sizeof scalew / sizeof *scalew))
      return 0;
    i = j; /* a scale: a number must come before it */
    n = prev_word(t, lo, &i, &j);
  }
  return 0;
}

/* Is the digit run at AT a later group of a grouped number ("000" in
 * "1 000 000")?  The attempt at the number's first group covered it; not
 * trying again keeps a million grouped digits linear.  A group after four
 * or more digits starts a number ("en 2021 100 000 euros"). */
static int inner_group(const char *t, size_t lo, size_t at) {
  const unsigned char *u = (const unsigned char *)t;
  size_t i = at;
  if (i > lo && (u[i - 1] == ' ' || u[i - 1] == '.'))
    i--;
  else if (i >= lo + 2 && u[i - 1] == 0xA0 && u[i - 2] == 0xC2)
    i -= 2;
  else if (i >= lo + 3 && u[i - 1] == 0xAF && u[i - 2] == 0x80 &&
           u[i - 3] == 0xE2)
    i -= 3;
  else
    return 0;
  size_t digits = 0;
  while (i > lo && u[i - 1] >= '0' && u[i - 1] <= '9' && digits < 4)
    i--, digits++;
  return digits >= 1 && digits <= 3;
}

/* May the word at T[K..) follow the digits of an amount?  A word in
 * capitals may be a code ("USD", "DM", "MEUR"); one with a non-ASCII
 * letter, or glued to '$' ("US$"), is left to the grammar. */
static int word_may_follow_number(const char *t, size_t len, size_t k) {
  char w[16];
  int ok;
  size_t e = word_lower(t, len, k, w, sizeof w, &ok);
  if (ok < 0)
    return 0; /* longer than any scale or currency word */
  if (!ok || (e < len && t[e] == '$'))
    return 1;
  bool lower = false; /* a word in capitals may be a code: "USD", "DM" */
  for (size_t i = k; i < e; i++) /* a-z, or à..ÿ (C3 A0..BF) */
    lower |= (t[i] >= 'a' && t[i] <= 'z') ||
             (i > k && t[i - 1] == (char)0xC3 && (unsigned char)t[i] >= 0xA0);
  if (!lower)
    return 1;
  return sorted_has(w, after_number,
                    sizeof after_number / sizeof *after_number) ||
         sorted_has(w, frex_amount_cur_words, frex_amount_cur_nwords);
}

/* After the digit run ending at I, can an amount go on?  Skip the rest of
 * the number (groups, decimals), then spaces: a scale, currency or range
 * word, a symbol, a dash or a digit may follow; most other punctuation
 * ("2021,", "21/07", "10 %") and ordinary words ("15 personnes") end it,
 * and save an attempt of the grammar (most numbers in text are not
 * amounts, and an attempt costs thousands of instructions). */
static int digit_may_continue(const char *t, size_t len, size_t i) {
  size_t k = i;
  while (k < len && k < i + 48 &&
         ((t[k] >= '0' && t[k] <= '9') || t[k] == ',' || t[k] == '.' ||
          t[k] == ' ' || (unsigned char)t[k] == 0xC2 ||
          (unsigned char)t[k] == 0xA0))
    k++;
  if (k >= len)
    return 0;
  unsigned char c = (unsigned char)t[k];
  if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == 0xC3)
    return word_may_follow_number(t, len, k);
  return !(c == ')' || c == ';' || c == ':' || c == '/' || c == '%' ||
           c == '\n' || c == '!' || c == '?' || c == '"' || c == '(' ||
           c == '[' || c == ']' || c == '+' || c == '=' ||
           (k > i && (t[k - 1] == ',' || t[k - 1] == '.')));
}

/* How far before an anchor an amount may start: a currency code before
 * digits ("EUR 1000", "usd$ 15"), or the number words before a currency
 * word or symbol ("deux cent cinquante millions de $"). */
#define BACK_DIGIT 16
#define BACK_OTHER 200

/* Could an amount start at I?  At a word start (the grammar's own
 * lookbehind decides the rest) or at a symbol. */
static int may_start(const char *t, size_t i, size_t lo) {
  unsigned char c = (unsigned char)t[i];
  if (c == ' ' || c == '\n' || c == '\t' || (c >= 0x80 && c < 0xC0))
    return 0; /* spaces and UTF-8 continuation bytes */
  if (i == lo)
    return 1;
  unsigned char p = (unsigned char)t[i - 1];
  return !((p >= '0' && p <= '9') || ((p | 0x20) >= 'a' && (p | 0x20) <= 'z'));
}

static int run_alloc(run *r) {
  r->md = pcre2_match_data_create_from_pattern(r->a->re, NULL);
  r->mctx = pcre2_match_context_create(NULL);
  if (!r->md || !r->mctx)
    return FREX_E_NOMEM;
  /* guards against pathological input (the grammar is bounded anyway) */
  pcre2_set_match_limit(r->mctx, 200000);
  pcre2_set_depth_limit(r->mctx, 5000);
  return FREX_OK;
}

int frex_amount_extract(const frex_amount *a, const frex_doc *doc,
                        frex_entities *out) {
  if (!a || !doc || !out || (!doc->text && doc->len))
    return FREX_E_ARG;
  if (doc->body >= doc->len)
    return FREX_OK;
  run r = {a, doc, NULL, NULL, out, {-1, -1, -1, -1}, {0, 0, 0, 0}};
  const char *t = doc->text;
  size_t len = doc->len, pos = doc->body;
  int rc = FREX_OK;
  while (rc == FREX_OK && pos < len) {
    size_t aend;
    frex_anchor_kind kind;
    size_t at = frex_amount_scan_next(&a->scan, t, len, pos, &aend, &kind);
    if (at >= len)
      break;
    if ((kind == FREX_ANCHOR_WORD &&
         !word_anchor_plausible(t, doc->body, at)) ||
        (kind == FREX_ANCHOR_DIGIT && inner_group(t, doc->body, at))) {
      pos = aend;
      continue;
    }
    /* match data on first need: most documents of a stream have no
     * anchor, and allocating per document would cost more than the scan */
    if (!r.md && (rc = run_alloc(&r)) != FREX_OK)
      break;
    /* The leftmost match that contains the anchor starts at one of the
     * candidate positions before it: try them left to right, anchored, so
     * that the grammar never scans text by itself (the prefilter did). */
    size_t back = kind == FREX_ANCHOR_DIGIT ? BACK_DIGIT : BACK_OTHER;
    size_t i = at > pos + back ? at - back : pos, next = aend;
    /* at the digits themselves only if something may follow them; a
     * currency code before them ("EUR 20") may still make an amount */
    int try_at = kind != FREX_ANCHOR_DIGIT || digit_may_continue(t, len, aend);
    for (; i <= at; i++) {
      if (i < at ? !may_start(t, i, doc->body) : !try_at)
        continue;
      if (i < at && !attempt_may_start(t, i, at, kind))
        continue;
      /* a match is shorter than MAXLEN: a bounded subject keeps every
       * call O(1) whatever the document's size */
      size_t end = len - i > 2 * MAXLEN ? char_start(t, i + 2 * MAXLEN) : len;
      int m = pcre2_match(a->re, (PCRE2_SPTR)t, end, i, PCRE2_NO_UTF_CHECK,
                          r.md, r.mctx);
      if (m < 0) /* no match, or a match limit on pathological input */
        continue;
      size_t resume;
      rc = handle_match(&r, &resume);
      if (resume > next)
        next = resume;
      break;
    }
    pos = next > pos ? next : pos + 1;
  }
  pcre2_match_data_free(r.md);
  pcre2_match_context_free(r.mctx);
  return rc;
}
