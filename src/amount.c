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
 * the alternative that matched; a name with its country after the noun,
 * "couronnes norvégiennes", and the country of a bare "$" or "francs" by
 * amount_ctx.c), signs, range bounds, cents.  A last pass
 * (amount_cont.c) gives the numbers that continue an amount its
 * currency: enumerations, ranges, verbs of change, "dont", and the
 * scaled numbers before a scaled amount.  Values are exact decimal
 * strings.
 *
 * The text is the pipeline's view of the document, in which the single
 * line breaks inside a paragraph are spaces (pipeline.c, SPEC "Line
 * breaks"): the grammar allows up to three spaces where a line break may
 * fall ("6,4 \r\nmillions", "7 \n900 euros").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amount_cur.h"
#include "amount_follow.h"
#include "amount_impl.h"
#include "buf.h"

/* ------------------------------------------------------------ grammar */

/* A number neither continues a word or number nor follows "1," / "1.". */
#define NOT_AFTER "(?<![\\p{L}\\p{N}_])(?<![0-9][.,])"
#define NOT_BEFORE "(?![\\p{L}\\p{N}])"
/* One thousands separator: space, U+00A0, U+202F (CLDR fr uses U+202F);
 * two or three spaces where a line break cut the number ("7 \n900 euros"
 * from `fold -s`, "7 \r\n900" with CRLF: pipeline.c makes a single line
 * break spaces).  No more: "300     450 euros" is two columns of a table
 * (so "7\r\n  900", a cut number on an indented line, is not read).
 * Between words the grammar reads up to five blanks (\h{1,5}): a line
 * break made spaces with an indent of the next line ("3\r\n  millions"). */
#define GSP "(?:[\\x{A0}\\x{202F}]|\\x{20}{1,3})"

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
#define NUM_WORDS                                                              \
  FREX_NUMWORDS_RE_FIRST NW "(?:" NW_JOIN NW "){0,7}(?![\\p{L}\\p{N}])"
/* Below one hundred, for cents ("et quarante-cinq cents"). */
#define NW99 FREX_NUMWORDS_RE_WORD99
#define NUM_WORDS99 NW99 "(?:" NW_JOIN NW99 "){0,3}(?![\\p{L}\\p{N}])"
/* "un demi-milliard" */
#define NUM_HALF "une?(?:\\h{1,5}|-)demie?(?=\\h|-)"
#define NUM "(?:" NUM_DIGITS "|" NUM_HALF "|" NUM_WORDS ")"
/* A sign glued to the digits belongs to the value and the span (SPEC:
 * "-3 €", "−2,4 millions d'euros" with U+2212 MINUS SIGN, "+5 M€").  A
 * hyphen between digits is a range ("10-15 €": RSEP), and a dash or a
 * hyphen followed by a space is punctuation or a list bullet ("– 3 €",
 * "- 3 €"): no sign.  Before a currency symbol: "-$5", "−€3". */
#define SIGN "[-−+](?=[0-9])"
#define ASIGN "[-−](?=[$€£¥₹₽])"

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
#define SCALE_GAP "(?:\\h{0,5}|-)"
/* "millions de dollars", "millions d'euros", "Mds d’euros" */
#define DE "(?:\\h{1,5}de\\h{1,5}|\\h{1,5}d['’]\\h?)"
/* Range and list separators: "5 à 10", "entre 5 et 10", "5-10", "5 ou 6";
 * a hyphen between letters joins number words ("vingt-cinq") instead. */
#define RSEP                                                                   \
  "(?:\\h{0,5}[–—]\\h{0,5}|(?<=[0-9])-(?=[0-9])|\\h{1,5}-\\h{1,5}"         \
  "|\\h{1,5}(?:à|et|ou|jusqu['’]à)\\h{1,5}"                                    \
  "|\\h{1,5}(?:et|ou)\\h{1,5}de\\h{1,5}" /* "de 2 et de 3 millions" */        \
  "|,?\\h{1,5}(?:puis|voire|sinon)\\h{1,5})"
/* Cents: "1 USD et 23 centimes", "1 USD 23 cents", "15 dollars et 15.",
 * "15 dollars 50." (without a unit word, only at the end of a phrase). */
#define PHRASE_END "(?=\\h{0,5}(?:[.;:!?)»\\n]|,(?![0-9])|$))"
#define CENTS_WORD "\\h{1,5}(?:cents?|centimes?)(?![\\p{L}])"
/* "2 euros 50 le kilo", "deux euros cinquante au comptoir": cents without
 * a unit word before a rate, a place or a mark of tax (not "à" and a
 * figure, a range's bound) */
#define CENTS_NEXT                                                             \
  "(?=\\h{1,5}(?:(?:le|la|les|au|aux|chez|en|par|pièce|l['’]|HT|TTC"        \
  "|brut|net|à(?!\\h{1,5}[0-9]))(?![\\p{L}\\p{N}])|l['’]))"
#define CENTS                                                                  \
  "(?:(?:\\h{1,5}et)?\\h{1,5}(?<ct>[0-9]{1,2}|" NUM_WORDS99 ")" CENTS_WORD     \
  "|\\h{1,5}et\\h{1,5}(?<ct2>[0-9]{2}|" NUM_WORDS99 ")" PHRASE_END             \
  "|\\h{1,5}(?<ct3>[0-9]{2}|" NUM_WORDS99 ")"                                  \
  "(?:" PHRASE_END "|" CENTS_NEXT ")"                                          \
  "|(?<=[€$£])(?<ct4>[0-9]{2})(?![0-9]))" /* "3€50" */

/* Branch B: number [scale] [de] currency, with an optional lower bound
 * ("500 millions et un milliard de livres"), an optional second group
 * ("1 milliard 200 millions"), sub-units ("50 centimes d'euro") and cents.
 * Branch A: currency first ("$75 millions", "EUR 1000", "£ 8,10 millions").
 * CUR_POST / CUR_PRE are spliced in from the currency table. */
static int build_pattern(frex_buf *b) {
  int rc = frex_buf_puts(b, "(?:" NOT_AFTER "(?<bsign>" SIGN ")?"
                            "(?:(?<blo>" NUM ")(?:" SCALE_GAP
                            "(?<blosc>" SCALE "))?(?<bsep>" RSEP "))?"
                            "(?<bnum>" NUM ")"
                            "(?:" SCALE_GAP "(?<bsc>" SCALE ")"
                            "(?<bhalf>\\h{1,5}et\\h{1,5}demie?)?"
                            "(?:\\h{1,5}(?:et\\h{1,5})?(?<brest>" NUM
                            ")(?:" SCALE_GAP "(?<brestsc>" SCALE "))?)?"
                            "(?:" DE "|\\h{0,5})"
                            "|\\h{1,5}(?<bsub>centimes?|cents?)" DE "|\\h{0,5})"
                            "(?<bcur>" FREX_CUR_FIRST);
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_POST);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, ")(?:" NOT_BEFORE "|(?<=[€$£])(?=[0-9]{2}(?![0-9]))"
                          "|(?<=[€$£])(?=(?:HT|TTC)(?![\\p{L}\\p{N}])))"
                          "(?<bcents>" CENTS ")?"
                          "|" NOT_AFTER "(?<asign>" ASIGN ")?(?<acur>"
                          FREX_CUR_FIRST);
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_PRE);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, ")\\h{0,5}"
                          "(?:(?<alo>" NUM_DIGITS ")(?:" SCALE_GAP
                          "(?<alosc>" SCALE "))?(?<asep>" RSEP "))?"
                          "(?<anum>" NUM_DIGITS ")(?:" SCALE_GAP "(?<asc>" SCALE
                          /* "£50m", "$3m": English "m" glued after a symbol */
                          "|(?<=[0-9])m(?![\\p{L}\\p{N}])"
                          "))?(?!\\h{0,5}%)" NOT_BEFORE
                          /* "EUR 1000 ou 1000 EUR" is two amounts */
                          "(?!\\h{0,5}" FREX_CUR_FIRST);
  if (rc == FREX_OK)
    rc = frex_amount_cur_alternation(b, FREX_CUR_POST);
  if (rc == FREX_OK)
    rc = frex_buf_puts(b, "))");
  return rc;
}

/* A number with a scale and no currency of its own that continues an
 * enumeration or a range after an amount ("20 millions d'euros pour
 * Lille, 12 millions pour Lyon", "passe de 2,5 milliards de dollars à 4
 * milliards"): the continuation pass (amount_cont.c) tries this pattern,
 * anchored, at the number starts after each amount.  Scales that take a
 * noun without "de" ("mille habitants", "k") are left out: a continuation
 * must show that it counts nothing. */
#define CONT_SCALE                                                             \
  "(?:(?:milliards?|millions?|billions?|trillions?)"                           \
  "|(?-i:Mds|Mrds|Mrd|Md|Mn|M|bn))(?![\\p{L}\\p{N}])"
#define CONT                                                                   \
  NOT_AFTER "(?<csign>" SIGN ")?(?:(?<clo>" NUM ")(?:" SCALE_GAP               \
  "(?<closc>" SCALE "))?(?<csep>" RSEP "))?(?<cnum>" NUM ")"                   \
  SCALE_GAP "(?<csc>" CONT_SCALE ")(?<chalf>\\h{1,5}et\\h{1,5}demie?"           \
  "(?![\\p{L}\\p{N}]))?"

static const char *const group_names[NGROUPS] = {
    "blo",  "blosc", "bnum",   "bsc",  "bhalf", "brest", "brestsc",
    "bsub", "bcur",  "bcents", "ct",   "ct2",   "ct3",   "ct4",
    "acur", "alo",   "alosc",  "anum", "asc",   "bsep",  "asep",
    "bsign", "asign"};

/* Words that may follow the digits of an amount's number (branch B of
 * the grammar, with NUM_DIGITS): a scale (SCALE), a sub-unit, a range
 * separator (RSEP) or the first word
 * of a currency that is not a prefilter anchor because it is
 * also a common word ("mark", "lire") or two words ("nouveau shekel"),
 * lowercase; "us"/"usd" for "US $".  The anchors and the CLDR nouns are
 * accepted too; codes glued to '$' ("A$") are let through before this. */
static const char *const after_number[] = { /* "fr": "45 fr." */
    "billion", "billions", "bn", "cent", "centime", "centimes", "cents",
    "cfa", "deutsch", "deutsche", "et", "f", "fcfa", "fr", "g", "jusqu", "k",
    "lire", "m", "mark", "marks", "md", "mds", "mia", "mille", "milliard",
    "milliards", "million", "millions", "mio", "mn", "mrd", "mrds", "nouveau",
    "nouveaux", "ou", "puis", "sinon", "trillion", "trillions", "us", "usd",
    "voire",
    "\xc3\xa0" /* à */,
};



static uint32_t word_hash(const char *w) {
  uint32_t h = 2166136261u;
  for (; *w; w++)
    h = (h ^ (unsigned char)*w) * 16777619u;
  return h;
}

static bool wordset_has(const wordset *s, const char *w) {
  for (size_t i = word_hash(w) & (s->cap - 1);; i = (i + 1) & (s->cap - 1))
    if (!s->v[i] || !strcmp(s->v[i], w))
      return s->v[i] != NULL;
}

static void wordset_add(wordset *s, const char *w) {
  size_t i = word_hash(w) & (s->cap - 1);
  while (s->v[i] && strcmp(s->v[i], w))
    i = (i + 1) & (s->cap - 1);
  s->v[i] = w;
}


pcre2_code *frex_amount_compile(const char *pat, uint32_t extra, char *err,
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
  /* No JIT here: frex_lazyre compiles it once the pattern has been used
   * enough (lazyre.h).  No PCRE2_MATCH_INVALID_UTF: frex_doc text is
   * valid UTF-8 (frex.h), and that option makes the interpreter scan the
   * whole subject on every call. */
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
  a->re = frex_amount_compile(full.ptr, PCRE2_ANCHORED, err, errlen);
  frex_buf_clear(&full);
  /* the continuation grammar has the number words too */
  if (a->re && frex_wordre_expand(CONT, &full, frex_numwords_gen, NULL, err,
                                  errlen) == FREX_OK)
    a->cont = frex_amount_compile(full.ptr, PCRE2_ANCHORED, err, errlen);
  frex_buf_free(&full);
  /* the lazy patterns own the codes from here (frex_amount_free) */
  frex_lazyre_init(&a->lre, a->re, true);
  frex_lazyre_init(&a->lcont, a->cont, true);
  if (!a->re || !a->cont) {
    frex_amount_free(a);
    return FREX_E_PATTERN;
  }
  if ((rc = frex_amount_ctx_new(&a->ctx, err, errlen)) != FREX_OK) {
    frex_amount_free(a);
    return rc;
  }
  for (int i = 0; i < NGROUPS; i++)
    a->group[i] =
        pcre2_substring_number_from_name(a->re, (PCRE2_SPTR)group_names[i]);
  static const char *const cnames[7] = {"csign", "clo", "closc", "csep",
                                        "cnum",  "csc", "chalf"};
  for (int i = 0; i < 7; i++)
    a->cgroup[i] =
        pcre2_substring_number_from_name(a->cont, (PCRE2_SPTR)cnames[i]);
  frex_amount_scan_init(&a->scan);
  if ((rc = frex_amount_cont_check(err, errlen)) != FREX_OK) {
    frex_amount_free(a);
    return rc;
  }
  size_t nfollow = sizeof after_number / sizeof *after_number +
                   frex_amount_cur_nanchors() + frex_amount_cldr_nwords;
  a->follow.cap = 64;
  while (a->follow.cap < 2 * nfollow)
    a->follow.cap *= 2;
  if (!(a->follow.v = calloc(a->follow.cap, sizeof *a->follow.v))) {
    frex_amount_free(a);
    return FREX_E_NOMEM;
  }
  for (size_t i = 0; i < sizeof after_number / sizeof *after_number; i++)
    wordset_add(&a->follow, after_number[i]);
  for (size_t i = 0; i < frex_amount_cur_nanchors(); i++)
    wordset_add(&a->follow, frex_amount_cur_anchor(i));
  for (size_t i = 0; i < frex_amount_cldr_nwords; i++)
    wordset_add(&a->follow, frex_amount_cldr_words[i]);
  *out = a;
  return FREX_OK;
}

void frex_amount_free(frex_amount *a) {
  if (!a)
    return;
  frex_lazyre_free(&a->lre);
  frex_lazyre_free(&a->lcont);
  frex_amount_ctx_free(a->ctx);
  free(a->follow.v);
  free(a);
}

/* ----------------------------------------------------------- matching */



static span group(const run *r, int g) {
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
  int n = r->a->group[g];
  if (n <= 0 || ov[2 * n] == PCRE2_UNSET)
    return (span){0, 0};
  return (span){ov[2 * n], ov[2 * n + 1]};
}


/* Does the match M end with a "$" written right after its number or
 * scale ("7,3 milliards $", "10 $"; not "millions de $", a translation's
 * habit)? */
static bool sign_after(const run *r, span m, bool prefix) {
  const char *t = r->doc->text;
  if (prefix || m.e < m.s + 3 || t[m.e - 1] != '$')
    return false;
  size_t k = frex_amount_blanks_before(t, m.s, m.e - 1);
  return k < m.e - 1 &&
         !(k >= m.s + 3 && t[k - 1] == 'e' && t[k - 2] == 'd' && t[k - 3] == ' ');
}

/* The ISO code for the currency the match used at AT; NULL to reject. */
static const char *currency(run *r, const frex_amount_cur *c, size_t at,
                            bool sign_after) {
  return frex_amount_ctx_resolve(r->a->ctx, &r->ctx, r->doc, &r->a->scan, c,
                                 at, sign_after);
}

/* Number text to a decimal.  Word sequences that numwords.c rejects lose
 * leading words until the rest parses ("trois cinq euros" -> "cinq");
 * *SKIP is the number of bytes dropped. */
static int parse_number(const char *s, size_t n, frex_dec *out, size_t *skip) {
  *skip = 0;
  /* "000 euros", "00,50 €": a number cut from its head ("300⏎000 euros"
   * where the line break was not read as a space), never an amount of
   * its own; its value 0 was wrong data */
  if (n >= 2 && s[0] == '0' && s[1] == '0')
    return -1;
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


int frex_amount_read_bound(const run *r, span num, span sc, int prefix_cur,
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

/* Emit one row; NEG: the value is negative (a minus sign). */
int frex_amount_emit(run *r, span sp, const frex_dec *v, const char *code,
                     bool neg) {
  char val[FREX_DEC_DIGITS + 96];
  neg = neg && v->n > 0; /* no "-0" */
  if (neg)
    val[0] = '-';
  if (frex_dec_format(v, val + neg, sizeof val - neg) < 0)
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
static bool fall_from(const run *r, const bound *lo, const frex_dec *v);

int frex_amount_finish_lo(const run *r, bound *lo, const bound *hi,
                          const frex_dec *hival, int list) {
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
  if (list) { /* "respectivement 5 et 4 milliards": no stepping down, but
                 "respectivement 600 et 1,2 milliard" is 600 millions: an
                 item over a hundred times the last is of a smaller scale */
    frex_dec v = lo->num, h100 = *hival;
    frex_dec_shift(&h100, 2);
    frex_dec_shift(&v, e);
    while (list == 1 && e >= 3 && frex_dec_cmp(&v, &h100) > 0) {
      e -= 3;
      v = lo->num;
      frex_dec_shift(&v, e);
    }
    lo->num = v;
    return 0;
  }
  bool first = true;
  for (;;) {
    frex_dec v = lo->num;
    frex_dec_shift(&v, e);
    bound at = *lo; /* "ramenée de 3,2 à 2,9 milliards": a fall */
    at.num = v;
    if (e < 3 || frex_dec_cmp(&v, hival) <= 0 || e - 3 < 0 ||
        (first && fall_from(r, &at, hival))) {
      lo->num = v;
      return 0;
    }
    e -= 3;
    first = false;
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


/* Nouns of a change whose "de X à Y" runs from X to Y ("la baisse du
 * loyer de 850 à 720 euros"). */
static bool change_noun(const char *w) {
  static const char *const nouns[] = {
      "abaissement", "augmentation", "baisse", "chute", "diminution",
      "hausse", "passage", "recul", "r\xc3\xa9" "duction",
      "rel\xc3\xa8vement", "revalorisation"};
  for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
    if (!strcmp(w, nouns[i]))
      return true;
  return false;
}

/* A fall written from the lower bound LO ("passé de 480 à 470 euros"):
 * "de" right before it, a verb or noun of change at most eight words
 * before that "de" in its clause ("a abaissé son objectif de cours de 55 à
 * 46 euros", "ramenée en appel de 30 000 à 10 000 euros"; "revue à la
 * baisse, de 1 500 à 1 000", "réduit, de 12 à 9 millions": a comma after
 * "baisse", "hausse" or the verb), and LO at most
 * ten times the upper bound's value V ("de 20 à 10 euros" alone is no
 * fall). */
static bool fall_from(const run *r, const bound *lo, const frex_dec *v) {
  const char *t = r->doc->text;
  size_t body = r->doc->body;
  char w[24];
  size_t ws = frex_amount_word_before(t, body, lo->sp.s, w, sizeof w);
  if (ws == lo->sp.s || strcmp(w, "de"))
    return false;
  bool found = false;
  for (int n = 0; n < 8 && !found; n++) {
    size_t vs = frex_amount_word_before(t, body, ws, w, sizeof w);
    if (vs == ws && n == 0) { /* "à la baisse, de 1 500 à 1 000" */
      size_t k = frex_amount_blanks_before(t, body, ws);
      if (k > body && t[k - 1] == ',' &&
          (vs = frex_amount_word_before(t, body, k - 1, w, sizeof w)) <
              k - 1 &&
          (!strcmp(w, "baisse") || !strcmp(w, "hausse") ||
           frex_amount_change_word(w)))
        found = true;
      break;
    }
    if (vs == ws)
      break; /* punctuation or a number: the clause ends */
    found = frex_amount_change_word(w) || change_noun(w);
    ws = vs;
  }
  if (!found)
    return false;
  frex_dec v10 = *v;
  frex_dec_shift(&v10, 1);
  return frex_dec_cmp(&lo->num, &v10) <= 0;
}

/* "pas un euro", "n'a jamais payé un dollar" (not a single one): a
 * negation one or two words before "un", no amount of one unit.  AT:
 * where "un" starts. */
static int negated_one(const run *r, size_t at) {
  const char *t = r->doc->text;
  size_t i = at, ws;
  for (int k = 0; k < 2; k++) {
    size_t n = prev_word(t, r->doc->body, &i, &ws);
    if ((n == 3 && !strncasecmp(t + ws, "pas", 3)) ||
        (n == 6 && !strncasecmp(t + ws, "jamais", 6)))
      return 1;
    if (!n)
      return 0;
    i = ws;
  }
  return 0;
}

bool frex_amount_knows_word(const char *w, size_t n) {
  char low[24];
  if (n < 4 || n >= sizeof low) /* no short code or symbol: "Md", "k" */
    return false;
  for (size_t i = 0; i < n; i++)
    low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
  low[n] = 0;
  if (word_in(low, 0, n, after_number,
              sizeof after_number / sizeof *after_number) ||
      frex_amount_cur_is_anchor(low))
    return true;
  /* a word of a currency named with its country ("francs sui-\nsses",
   * "couronnes norvé-\ngiennes"): the names are lowercase; a scan, as
   * words cut at a line end are rare */
  for (size_t k = 0, nn = frex_amount_named_count(); k < nn; k++) {
    const char *m = frex_amount_named_get(k)->name;
    while (*m) {
      size_t l = strcspn(m, " -");
      if (l == n && !memcmp(m, low, n))
        return true;
      m += l;
      m += *m != 0;
    }
  }
  return false;
}

/* The end of the word of letters (ASCII, or any byte of a UTF-8
 * sequence) that starts at K. */
static size_t letters_end(const char *t, size_t len, size_t k) {
  while (k < len && (((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z') ||
                     (unsigned char)t[k] >= 0x80))
    k++;
  return k;
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
      "pesait",       "pesant",        "lire",    "p\xc3\xa8se",
      "p\xc3\xa8sent"};
  static const char *const after[] = {
      "de",       "d",       "du",       "des",      "publi\xc3\xa9s",
      "\303\251crits", "vendus",   "lus",      "traduits", "parus",
      "pour",     "sur",     "qui",      "que",      "dont",
      "anciens",  "rares",   "neufs",    "scolaires", "jeunesse"};
  const char *t = r->doc->text;
  if (end - start >= 2 && (t[start] | 0x20) == 'u' &&
      (t[start + 1] | 0x20) == 'n' && !((t[start + 2] | 0x20) == 'e'))
    return 1; /* "un livre" is a book; a pound is "une livre" */
  /* "2004 Livres et lectures", "Sélection 2025 Livres jeunesse": a year
   * then a heading, and a bare count capitalised is a title, not pounds */
  size_t d = start;
  while (d < end && digit_at(t, d))
    d++;
  size_t c = d;
  while (c < end && (t[c] == ' ' || (unsigned char)t[c] == 0xC2 ||
                     (unsigned char)t[c] == 0xA0))
    c++;
  if (c > d && c < end && t[c] >= 'A' && t[c] <= 'Z')
    return 1;
  if (d == start + 4 && c > d && (!strncmp(t + start, "19", 2) ||
                                  !strncmp(t + start, "20", 2)))
    return 1; /* "en 2004 livres": a year */
  char pw[16];
  size_t pws = frex_amount_word_before(t, r->doc->body, start, pw, sizeof pw);
  if (pws < start)
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
      if (!strcmp(pw, before[b]))
        return 1;
  size_t k = end, len = r->doc->len;
  while (k < len && t[k] == ' ')
    k++;
  size_t w = letters_end(t, len, k);
  return w > k && word_in(t, k, w - k, after, sizeof after / sizeof *after);
}


/* Is the "livres" ending at E weight, whatever its scale: followed by
 * "de"/"d'" and a commodity ("133 millions de livres de sirop", "2,5
 * livres de homard", "un million de livres d'érable")?  "10 millions de
 * livres de dégâts", "de livres d'investissement" stay money: only the
 * goods listed here make it weight (SPEC "AMOUNT": livres are money,
 * pounds of goods are not). */
static bool livres_of_goods(const run *r, size_t e) {
  static const char *const goods[] = {
      "sirop",     "beurre",    "sucre",     "viande",    "poisson",
      "homard",    "farine",    "caf\303\251", "th\303\251", "bl\303\251",
      "ma\303\257s", "coton",  "laine",     "tabac",     "fromage",
      "lait",      "poulet",    "porc",      "b\305\223uf", "boeuf",
      "crevette",  "saumon",    "fruit",     "l\303\251gume", "pomme",
      "patate",    "riz",       "soja",      "cacao",     "cuivre",
      "acier",     "plastique", "d\303\251chet", "nourriture", "marchandise",
      "minerai",   "charbon",   "cannabis",  "marijuana", "coca\303\257ne",
      "h\303\251ro\303\257ne", "drogue", "chanvre", "crabe", "bleuet",
      "canneberge", "fraise",   "miel",      "\303\251rable", "carton",
      "papier",    "aluminium", "c\303\251r\303\251ale", "avoine", "orge",
      "chocolat",  "huile",     "noix",      "amande",    "arachide",
      "cerise",    "tomate",    "carotte",   "oignon",    "raisin",
      "jambon",    "dinde",     "agneau",    "morue",     "truite",
      "moule",     "hu\303\256tre", "aliment", "denr\303\251e", "graine",
      "foin",      "ferraille", "m\303\251tal", "m\303\251taux", "glace"};
  const char *t = r->doc->text;
  size_t len = r->doc->len, k = e;
  while (k < len && (t[k] == ' ' || t[k] == '\n'))
    k++;
  if (k + 3 <= len && !strncasecmp(t + k, "de", 2) && t[k + 2] == ' ')
    k += 3;
  else if (k + 2 <= len && (t[k] | 0x20) == 'd' && t[k + 1] == '\'')
    k += 2;
  else if (k + 4 <= len && (t[k] | 0x20) == 'd' &&
           !memcmp(t + k + 1, "\342\200\231", 3))
    k += 4;
  else
    return false;
  while (k < len && t[k] == ' ')
    k++;
  size_t w = letters_end(t, len, k);
  size_t n = w - k; /* plural: "crevettes", "noix" */
  if (n > 1 && (t[w - 1] == 's' || t[w - 1] == 'x') &&
      !word_in(t, k, n, goods, sizeof goods / sizeof *goods))
    n--;
  return n > 0 && word_in(t, k, n, goods, sizeof goods / sizeof *goods);
}

/* The items of a comma list that ends with the bound at LO_START: "5, 10
 * et 20 millions d'euros", "500, 800 ou 1 000 euros", "3 millions, 5
 * millions et 7 millions d'euros" (SPEC "AMOUNT": enumerations).  Each item
 * is a bare number in digits ("1 500" with its groups, "2,5"), or one with
 * a scale word of its own ("3 millions", "2 Md"), followed by a comma, with
 * no other word between; a year ("En 2019, 10 et 20 millions") or anything
 * else ends the list.  Fills ITEMS from the bound backwards (at most MAX)
 * and returns how many. */
typedef struct item {
  span num, sc; /* the number, and its own scale (empty: none) */
  bool semi;    /* ";" after it: "1,2 ; 1,5 et 1,8 million" */
} item;

/* Does a scale word of a list item ("millions", "Md") end at E (after
 * BODY)?  Its start, else E. */
static size_t item_scale_start(const char *t, size_t body, size_t e) {
  static const char *const scales[] = {"milliards", "milliard", "millions",
                                       "million",   "Mds",      "Md",
                                       "M"};
  for (size_t k = 0; k < sizeof scales / sizeof *scales; k++) {
    size_t n = strlen(scales[k]);
    /* two spaces where the view joined "mil-\nlion" (dehyphen.h) */
    size_t d = e >= body + n + 3 && t[e - n - 2] == ' ' ? 1 : 0;
    if (e >= body + n + 2 + d && !memcmp(t + e - n, scales[k], n) &&
        t[e - n - 1] == ' ' && digit_at(t, e - n - 2 - d))
      return e - n;
  }
  return e;
}

/* Where the word "de" right before I starts, blanks between ("de 2, de
 * 3", "de⏎2" in the view); I when there is none. */
static size_t de_before(const char *t, size_t lo, size_t i) {
  size_t k = i;
  while (k > lo && (t[k - 1] == ' ' || t[k - 1] == '\r' || t[k - 1] == '\n'))
    k--;
  return k < i && k >= lo + 2 && !memcmp(t + k - 2, "de", 2) &&
                 (k == lo + 2 || t[k - 3] == ' ' || t[k - 3] == ',' ||
                  t[k - 3] == '(' || t[k - 3] == '\n')
             ? k - 2
             : i;
}

static size_t list_items(const run *r, size_t lo_start, item *items,
                         size_t max) {
  const char *t = r->doc->text;
  size_t body = r->doc->body, k = lo_start, n = 0;
  /* "de 2, de 3 et de 5" */
  bool de_each = de_before(t, body, lo_start) < lo_start;
  while (n < max) {
    size_t j = k;
    if (de_each && (j = de_before(t, body, k)) == k)
      break;
    size_t jj = j;
    while (j > body && t[j - 1] == ' ')
      j--;
    /* "5, 10": a comma, then a space; or ";" where decimal commas would
     * be ambiguous ("1,2 ; 1,5 et 1,8 million"), a space on each side */
    bool semi = j > body + 1 && t[j - 1] == ';' && t[j - 2] == ' ';
    if (j == body || !(t[j - 1] == ',' || semi) || j == jj)
      break;
    size_t e = j - 1 - semi, sc, s;
    /* "1,2 mil-\nlion, 800 000": the view's joined word leaves a space
     * before the comma (dehyphen.h) */
    if (!semi && e >= body + 2 && t[e - 1] == ' ' && t[e - 2] != ' ')
      e--;
    sc = item_scale_start(t, body, e);
    span scale = {0, 0};
    if (sc < e) { /* "3 millions, 5 millions et ..." */
      scale = (span){sc, e};
      e = sc - 1;
      if (t[e - 1] == ' ')
        e--;
    }
    s = e;
    while (s > body && digit_at(t, s - 1))
      s--;
    if (s == e)
      break;
    /* a decimal part ("2,5, 3 et 4 millions") or thousands groups */
    if (s >= body + 2 && (t[s - 1] == ',' || t[s - 1] == '.') &&
        digit_at(t, s - 2)) {
      s--;
      while (s > body && digit_at(t, s - 1))
        s--;
    }
    /* "1 500": a group of three after a space, U+00A0 or U+202F */
    const unsigned char *u = (const unsigned char *)t;
    size_t lead = 0; /* digits of the number's first group, at S */
    while (s + lead < e && digit_at(t, s + lead))
      lead++;
    while (lead == 3) {
      size_t g = s;
      if (g >= body + 1 && u[g - 1] == ' ')
        g -= 1;
      else if (g >= body + 2 && u[g - 1] == 0xA0 && u[g - 2] == 0xC2)
        g -= 2;
      else if (g >= body + 3 && u[g - 1] == 0xAF && u[g - 2] == 0x80 &&
               u[g - 3] == 0xE2)
        g -= 3;
      if (g == s || g == body || !digit_at(t, g - 1))
        break;
      size_t d = g;
      while (d > body && digit_at(t, d - 1) && g - d < 3)
        d--;
      s = d;
      lead = g - d;
    }
    /* the number starts a word, and is no year */
    if (s > body && (((t[s - 1] | 0x20) >= 'a' && (t[s - 1] | 0x20) <= 'z') ||
                     digit_at(t, s - 1) || (unsigned char)t[s - 1] >= 0x80 ||
                     t[s - 1] == '-' || t[s - 1] == '+' || t[s - 1] == '.' ||
                     t[s - 1] == ','))
      break;
    if (!has(scale) && e - s == 4 && (t[s] == '1' || t[s] == '2') &&
        (!strncmp(t + s, "19", 2) || !strncmp(t + s, "20", 2)))
      break;
    if (semi) { /* the list opens after ":" ("montants : 1,2 ; 1,5 et"),
                   not after a word ("l'article 12 ; 3 et 4 millions") */
      size_t b = s;
      while (b > body && t[b - 1] == ' ')
        b--;
      if (!(b == body || t[b - 1] == ':' || t[b - 1] == ';' ||
            t[b - 1] == '(' || t[b - 1] == '\n'))
        break;
    }
    items[n++] = (item){{s, e}, scale, semi};
    k = s;
  }
  return n;
}

/* A range written "X et Y" is one only after "entre" ("entre 20 et 30
 * millions"); otherwise "calibre 7,65 et 104 000 euros" would make 7,65 an
 * amount.  After "respectivement" it is a list, not a range
 * ("respectivement 3 et 4 milliards d'euros": two amounts, each with the
 * scale and currency written once): returns 2 then.  So is "X et Y" when
 * the upper bound HI_SCALED has a scale ("1,5 et 2,5 milliards d'euros",
 * "3 millions et 7 millions d'euros", "3 et 5 millions de dollars
 * respectivement"; not "vingt et un millions", one number), "X et Y" in
 * digits within ten times each other ("de 10 et 20 euros"), and a
 * sequence with "puis", "voire", "sinon" ("3, puis 5 millions d'euros"). */
int frex_amount_range_sep_ok(const run *r, span sep, size_t lo_start,
                             span hi_num, bool hi_scaled) {
  const char *t = r->doc->text;
  size_t i = sep.s, j = sep.e;
  while (i < j && (t[i] == ' ' || t[i] == ',' || (unsigned char)t[i] >= 0x80))
    i++;
  while (j > i && (t[j - 1] == ' ' || (unsigned char)t[j - 1] >= 0x80))
    j--;
  if (j - i > 3 && !strncmp(t + j - 3, " de", 3)) {
    /* "de 2 et de 3 millions": "de" before both items, or no list */
    if (de_before(t, r->doc->body, lo_start) == lo_start)
      return 0;
    j -= 3;
    while (j > i && t[j - 1] == ' ')
      j--;
  }
  bool et = j - i == 2 && strncasecmp(t + i, "et", 2) == 0;
  bool ou = j - i == 2 && strncasecmp(t + i, "ou", 2) == 0;
  if ((j - i == 4 && !strncasecmp(t + i, "puis", 4)) ||
      (j - i == 5 && (!strncasecmp(t + i, "voire", 5) ||
                      !strncasecmp(t + i, "sinon", 5))))
    return 2;
  item it;
  if ((et || ou) && list_items(r, lo_start, &it, 1))
    return 2; /* "5, 10 et 20 millions d'euros": a list */
  if (!et)
    return 1;
  size_t w0, w1 = lo_start, pn = prev_word(t, r->doc->body, &w1, &w0);
  if (pn == 14 && !strncasecmp(t + w0, "respectivement", 14))
    return 2;
  /* not after a name that numbers things ("la Ligue 1 et 3 millions"),
   * nor after a symbol, the bound of an amount of its own ("cad$ 15 et
   * 16,4 millions de $") */
  uint64_t w;
  unsigned char before = w1 > r->doc->body ? (unsigned char)t[w1 - 1] : ' ';
  bool free_lo = !(pn && t[w0] >= 'A' && t[w0] <= 'Z') &&
                 (pn || !(before == '$' || before >= 0x80 ||
                          ((before | 0x20) >= 'a' && (before | 0x20) <= 'z')));
  /* "entre 600 et 1,2 milliard": a range, whose lower bound steps down */
  size_t k = lo_start;
  while (k > r->doc->body &&
         (t[k - 1] == ' ' || (unsigned char)t[k - 1] == 0xA0 ||
          (unsigned char)t[k - 1] == 0xC2))
    k--;
  if (k >= r->doc->body + 5 && strncasecmp(t + k - 5, "entre", 5) == 0 &&
      (k == r->doc->body + 5 ||
       !(((t[k - 6] | 0x20) >= 'a' && (t[k - 6] | 0x20) <= 'z') ||
         (unsigned char)t[k - 6] >= 0x80)))
    return 1;
  if (hi_scaled && free_lo &&
      (t[lo_start] <= '9' ||
       frex_numwords_parse(t + lo_start, hi_num.e - lo_start, &w) != FREX_OK))
    return 2;
  /* "des billets de 10 et 20 euros", "les tarifs de 12 et 15 euros": two
   * numbers in digits of one order of magnitude (within ten times each
   * other) make a list of two amounts; "le calibre 7,65 et 104 000 euros"
   * does not */
  frex_dec lo, hi, lo10, hi10;
  if (hi_scaled || !free_lo || !digit_at(t, lo_start) ||
      !digit_at(t, hi_num.s) ||
      frex_dec_parse(t + lo_start, sep.s - lo_start, &lo) < 0 ||
      frex_dec_parse(t + hi_num.s, hi_num.e - hi_num.s, &hi) < 0 ||
      lo.n == 0 || hi.n == 0)
    return 0;
  lo10 = lo, hi10 = hi;
  frex_dec_shift(&lo10, 1);
  frex_dec_shift(&hi10, 1);
  return frex_dec_cmp(&lo10, &hi) >= 0 && frex_dec_cmp(&hi10, &lo) >= 0 ? 2
                                                                      : 0;
}

/* Does the range's lower bound LO (no scale of its own) stand for
 * thousands the upper bound HI_NUM writes with a group: "3 à 4 000 euros",
 * "entre 10 et 15 000 euros" (3 000 and 10 000; everyday French drops the
 * lower bound's "000")?  HI_NUM is one to three digits, a thousands
 * separator and "000"; LO is a whole number below that head and at least
 * a tenth of it ("de 1 à 100 000 euros" stays 1; "de 800 à 1 000" is
 * 800). */
static bool thousands_lo(const char *t, span hi_num, const bound *lo) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = hi_num.s, g = 0;
  while (k < hi_num.e && digit_at(t, k))
    k++, g++;
  if (g == 0 || g > 3 || lo->has_exp || frex_dec_has_fraction(&lo->num))
    return false;
  if (k < hi_num.e && u[k] == ' ')
    k += 1;
  else if (k + 1 < hi_num.e && u[k] == 0xC2 && u[k + 1] == 0xA0)
    k += 2;
  else if (k + 2 < hi_num.e && u[k] == 0xE2 && u[k + 1] == 0x80 &&
           u[k + 2] == 0xAF)
    k += 3;
  else
    return false;
  if (!(k + 3 == hi_num.e && !memcmp(t + k, "000", 3)))
    return false;
  frex_dec head, lo10;
  if (frex_dec_parse(t + hi_num.s, g, &head) < 0 || lo->num.n == 0)
    return false;
  lo10 = lo->num;
  frex_dec_shift(&lo10, 1);
  return frex_dec_cmp(&lo->num, &head) < 0 && frex_dec_cmp(&lo10, &head) >= 0;
}

/* Is A within twenty times B, either way? */
static bool near_value(const frex_dec *a, const frex_dec *b) {
  frex_dec a20 = *a, b20 = *b;
  frex_dec_shift(&a20, 1);
  frex_dec_shift(&b20, 1);
  if (frex_dec_add(&a20, &a20, &a20) < 0 || frex_dec_add(&b20, &b20, &b20) < 0)
    return false;
  return frex_dec_cmp(&a20, b) >= 0 && frex_dec_cmp(&b20, a) >= 0;
}

/* Emit the items of the comma list that ends with the bound at START
 * (list_items), when there are at least MIN (then each within twenty times
 * the last amount), with the scale and currency
 * of the list's last amount (upper bound HI, value V, CODE). */
static int emit_items(run *r, size_t start, size_t min, const bound *hi,
                      const frex_dec *v, const char *code) {
  item items[8];
  bound its[8];
  bool ok[8];
  size_t nitems = list_items(r, start, items, 8);
  if (nitems < min)
    return FREX_OK;
  for (size_t k = 0; k < nitems; k++) {
    ok[k] = frex_amount_read_bound(r, items[k].num, items[k].sc, 0,
                                   &its[k]) == 0 &&
            frex_amount_finish_lo(r, &its[k], hi, v, 2) == 0;
    if ((min > 1 || items[k].semi) &&
        !(ok[k] && near_value(&its[k].num, v)))
      return FREX_OK; /* no joining word: "articles 12, 13, 500 euros" */
  }
  for (size_t k = nitems; k-- > 0;) {
    int rc = ok[k] ? frex_amount_emit(r, its[k].sp, &its[k].num, code, false)
                   : FREX_OK;
    if (rc != FREX_OK)
      return rc;
  }
  return FREX_OK;
}

/* Does the match in R->md start with a minus sign? */
static bool sign_neg(const run *r) {
  span sg = group(r, G_BSIGN);
  if (!has(sg))
    sg = group(r, G_ASIGN);
  return has(sg) && r->doc->text[sg.s] != '+';
}

/* The currency of bare "centimes": that of the latest amount before in
 * R->out when it is a franc (the ISO codes ending in F: FRF, CHF, XOF,
 * BEF...: "un franc 20 ... 50 centimes"), else the euro. */
static const char *centime_code(const run *r) {
  for (size_t k = frex_entities_count(r->out); k-- > 0;) {
    const frex_entity *e = frex_entities_get(r->out, k);
    if (e->type != FREX_ENT_AMOUNT)
      continue;
    return strlen(e->unit) == 3 && e->unit[2] == 'F' ? e->unit : "EUR";
  }
  return "EUR";
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
  /* a currency noun may open a name with its country ("couronnes
   * norvégiennes", "kwanzas angolais", "dollars US"): the grammar stops at
   * the noun, the name's table is looked up after it */
  bool named = false;
  const char *noun_code = NULL;
  span cur = group(r, G_BCUR);
  if (!prefix && has(cur) && (((unsigned char)t[cur.s] | 0x20) >= 'a' &&
                              ((unsigned char)t[cur.s] | 0x20) <= 'z')) {
    size_t ne;
    long k = frex_amount_ctx_named(r->a->ctx, t, r->doc->len, cur.s, &ne);
    if (k >= 0 && ne > cur.e) {
      noun_code = frex_amount_ctx_code(r->a->ctx, &r->ctx, r->doc,
                                       frex_amount_named_get((size_t)k)->code);
      frex_amount_ctx_note(&r->ctx, cur.s, (size_t)k);
      m.e = *resume = ne;
      named = true;
    } else if (c->flags & FREX_CUR_NAMED_ONLY) {
      /* "5 millions de kwanzas": after "kwanzas angolais" only */
      noun_code = frex_amount_ctx_noun(r->a->ctx, &r->ctx, r->doc,
                                       &r->a->scan, t + cur.s, cur.e - cur.s,
                                       cur.s);
      if (!noun_code)
        return FREX_OK;
    }
  }
  bound hi, lo;
  span lo_num = group(r, prefix ? G_ALO : G_BLO);
  span hi_num = group(r, prefix ? G_ANUM : G_BNUM);
  int lo_sep_ok =
      has(lo_num) ? frex_amount_range_sep_ok(
                        r, group(r, prefix ? G_ASEP : G_BSEP),
                        prefix ? lo_num.s : m.s, hi_num,
                        !prefix && has(group(r, G_BSC)))
                  : 0;
  /* a sign is the first number's: the lower bound's when there is one */
  bool neg = sign_neg(r), hi_signed = !has(lo_num);
  if (prefix && has(lo_num) && !lo_sep_ok) {
    /* "cad$ 15 et 16,4 millions de $ c": the amount is "cad$ 15" alone,
     * and the scan resumes after it */
    bound one;
    if (frex_amount_read_bound(r, lo_num, group(r, G_ALOSC), 1, &one) < 0)
      return FREX_OK;
    frex_dec_shift(&one.num, one.exp);
    *resume = one.sp.e;
    return frex_amount_emit(r, (span){m.s, one.sp.e}, &one.num,
                            currency(r, c, m.s, false), sign_neg(r));
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
  if (frex_amount_read_bound(r, hi_num, group(r, prefix ? G_ASC : G_BSC),
                             prefix, &hi) < 0)
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
    if (frex_amount_read_bound(r, group(r, G_BREST), group(r, G_BRESTSC), 0,
                               &rest) < 0)
      return FREX_OK;
    frex_dec_shift(&rest.num, rest.exp);
    frex_dec_from_u64(1, &limit);
    frex_dec_shift(&limit, hi.exp);
    if (frex_dec_cmp(&rest.num, &limit) >= 0 ||
        frex_dec_add(&v, &rest.num, &v) < 0) {
      /* no second group: "2 millions et demi et 3 millions d'euros" is two
       * numbers; the scan goes on at the second */
      *resume = group(r, G_BREST).s;
      return FREX_OK;
    }
  }
  bool centime = (c->flags & FREX_CUR_CENTIME) && !prefix;
  if (centime && (t[hi_num.s] > '9' || has(group(r, G_BSC))))
    return FREX_OK; /* "pas un centime", "3 millions de centimes" */
  if (has(group(r, G_BSUB)) || centime) { /* "50 centimes d'euro" */
    frex_dec_shift(&v, -2);
    hi.has_exp = 1;
    hi.exp = -2;
  }
  span ct = {0, 0};
  for (int g = G_CT; g <= G_CT4 && !has(ct) && !named; g++)
    ct = group(r, g);
  if (has(ct) && has(group(r, G_BSC))) {
    m.e = group(r, G_BCUR).e; /* "2 millions d'euros 50.": no cents */
  } else if (has(ct) && !frex_dec_has_fraction(&v)) { /* "15 dollars et 15 cents" */
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
  } else if (has(ct)) { /* "un centime d'euro et 2 centimes": two */
    m.e = *resume = group(r, G_BCUR).e;
  }
  int lo_ok = has(lo_num) &&
              frex_amount_read_bound(r, lo_num,
                                     group(r, prefix ? G_ALOSC : G_BLOSC),
                                     prefix, &lo) == 0;
  if (lo_ok && lo_sep_ok == 1 && thousands_lo(t, hi_num, &lo)) {
    lo.has_exp = 1; /* "3 à 4 000 euros": 3 000 */
    lo.exp = 3 + (hi.has_exp ? hi.exp : 0);
  }
  lo_ok = lo_ok && frex_amount_finish_lo(r, &lo, &hi, &v, lo_sep_ok == 2) == 0;
  /* a range's lower bound above its upper one is no bound: "le sans-plomb
   * 95 à 1,81 €" is 1,81 € alone (a sign is left as written: "-10 à -5") */
  if (lo_ok && lo_sep_ok == 1 && !prefix && !has(group(r, G_BSIGN)) &&
      frex_dec_cmp(&lo.num, &v) > 0 && !fall_from(r, &lo, &v))
    lo_ok = 0;
  /* bare "livres": books or weight unless the amount has a scale or
   * decimals ("361 millions de livres", "2,5 livres") */
  if ((c->flags & FREX_CUR_WEAK) && !hi.has_exp && !(lo_ok && lo.has_exp) &&
      !frex_dec_has_fraction(&v) &&
      weak_is_not_money(r, lo_ok ? lo.sp.s : hi.sp.s, m.e))
    return FREX_OK;
  if ((c->flags & FREX_CUR_WEAK) && c->family && !strcmp(c->family, "livre") &&
      livres_of_goods(r, m.e))
    return FREX_OK;
  if (!prefix && !hi.has_exp && t[hi_num.s] > '9' &&
      (currency_talk(r, m.e) || negated_one(r, hi_num.s))) {
    frex_dec one;
    frex_dec_from_u64(1, &one);
    if (frex_dec_cmp(&v, &one) == 0)
      return FREX_OK;
  }
  const char *code = noun_code ? noun_code
                    : centime   ? centime_code(r)
                                : currency(r, c, m.s, sign_after(r, m, prefix));
  if (!code)
    return FREX_OK;
  /* the sign is the first number's: the lower bound's, if any */
  span hisp = {prefix && !has(lo_num) ? m.s : hi.sp.s, m.e};
  if (!prefix && has(group(r, G_BSIGN)) && hi_signed)
    hisp.s = m.s; /* "-3 €" */
  if (lo_ok) {
    if (prefix || has(group(r, G_BSIGN)))
      lo.sp.s = m.s; /* "$5 à 10 millions": "$5"; "-5 à 10 €": "-5" */
    /* the items before a list's bound take its scale and currency */
    int rc = lo_sep_ok == 2 && !prefix
                 ? emit_items(r, lo.sp.s, 1, &hi, &v, code)
                 : FREX_OK;
    if (rc == FREX_OK)
      rc = frex_amount_emit(r, lo.sp, &lo.num, code, neg);
    if (rc != FREX_OK)
      return rc;
  } else if (!has(lo_num) && !prefix && hisp.s == hi.sp.s &&
             t[hi.sp.s] <= '9') {
    /* a comma list with no joining word: "50, 100, 200 euros" (two items
     * at least: "le 12, 200 euros" is no list) */
    int rc = emit_items(r, hi.sp.s, 2, &hi, &v, code);
    if (rc != FREX_OK)
      return rc;
  }
  if (!hi_signed)
    neg = false;
  return frex_amount_emit(r, hisp, &v, code, neg);
}

/* ------------------------------------------------------------- driver */


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
    return code_before(t, i, at) || memchr(t + i, '$', at - i) != NULL ||
           /* a sign glued to the digits: '-', '+', U+2212 */
           (at - i == 1 && (t[i] == '-' || t[i] == '+')) ||
           (at - i == 3 && !memcmp(t + i, "\xe2\x88\x92", 3));
  if (t[i] >= '0' && t[i] <= '9')
    return 1;
  char w[16];
  int ok;
  size_t e = frex_amount_word_lower(t, at, i, w, sizeof w, &ok);
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
static int word_may_follow_number(const frex_amount *a, const char *t,
                                  size_t len, size_t k) {
  char w[16];
  int ok;
  size_t e = frex_amount_word_lower(t, len, k, w, sizeof w, &ok);
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
  /* a scale glued to a code: "5,3 MdsEUR", "1,2 MdUSD" */
  static const char *const glued[] = {"Mrds", "Mds", "Mrd",
                                      "Md",   "Mio", "Mia"};
  /* every glued scale starts with 'M': other words skip the strlen and
   * strncmp of each (3.4 M on the 5 MB slice, BENCH.md round 18b) */
  for (size_t g = 0; t[k] == 'M' && g < sizeof glued / sizeof *glued; g++) {
    size_t n = strlen(glued[g]), i = k + n;
    if (e - k < n + 3 || strncmp(t + k, glued[g], n))
      continue;
    while (i < e && t[i] >= 'A' && t[i] <= 'Z')
      i++;
    return i == e;
  }
  return wordset_has(&a->follow, w);
}

/* After the digit run ending at I, can an amount go on?  Skip the rest of
 * the number (groups, decimals), then spaces: a scale, currency or range
 * word, a symbol, a dash or a digit may follow; most other punctuation
 * ("2021,", "21/07", "10 %") and ordinary words ("15 personnes") end it,
 * and save an attempt of the grammar (most numbers in text are not
 * amounts, and an attempt costs thousands of instructions). */
static int digit_may_continue(const frex_amount *a, const char *t, size_t len,
                              size_t i) {
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
    return word_may_follow_number(a, t, len, k);
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

/* Does a word start at I (no letter right before it, nor text before LO)? */
static bool word_starts(const char *t, size_t lo, size_t i) {
  return i == lo || !(((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z') ||
                      (unsigned char)t[i - 1] >= 0x80);
}

/* The lower bound in words of a range whose upper bound is the digits at
 * AT ("d'un milliard à 2 milliards d'euros", "entre deux et 3 millions"):
 * the digits' window (BACK_DIGIT, and only codes or signs in it) does not
 * reach it.  Returns where it starts, or AT when there is none.  The words
 * before "à", "et" or "ou" must make one number in words; without a scale
 * of their own ("un", "deux") "entre", "de" or "d'" must stand before them
 * ("l'un à 2 millions d'euros, l'autre à 3" has no range).  LO: no byte
 * before it is read. */
static size_t words_bound_start(const char *t, size_t lo, size_t at) {
  size_t i = at;
  while (i > lo && t[i - 1] == ' ')
    i--;
  /* strncasecmp(t + i - 2, "et", 2) in line: frex sets no locale, and
   * only E/e and T/t give e and t under | 0x20 (2.8 M of calls on the
   * slice, BENCH.md round 18b) */
  if (i >= lo + 3 && (((t[i - 2] | 0x20) == 'e' && (t[i - 1] | 0x20) == 't') ||
                      ((t[i - 2] | 0x20) == 'o' && (t[i - 1] | 0x20) == 'u') ||
                      !memcmp(t + i - 2, "\xc3\xa0", 2)))
    i -= 2;
  else
    return at;
  if (i == at || t[i - 1] != ' ')
    return at;
  while (i > lo && t[i - 1] == ' ')
    i--;
  size_t end = i, best = at, k = end;
  uint64_t v;
  for (int w = 0; w < 8 && k > lo; w++) { /* "vingt et un milliards" */
    size_t j = k;
    while (j > lo && (((t[j - 1] | 0x20) >= 'a' && (t[j - 1] | 0x20) <= 'z') ||
                      t[j - 1] == '-' ||
                      ((unsigned char)t[j - 1] >= 0x80 &&
                       !(j >= lo + 3 && !memcmp(t + j - 3, "\xe2\x80\x99", 3)))))
      j--;
    if (j == k)
      break;
    if (frex_numwords_parse(t + j, end - j, &v) == FREX_OK)
      best = j;
    k = j;
    if (k > lo && t[k - 1] != ' ')
      break;
    while (k > lo && t[k - 1] == ' ')
      k--;
  }
  if (best == at)
    return at;
  size_t last = end;
  while (last > best && t[last - 1] != ' ')
    last--;
  if (end - last >= 7 && (!strncasecmp(t + last, "million", 7) ||
                          !strncasecmp(t + last, "milliard", 8)))
    return best; /* a scale of its own: "d'un milliard à 2 milliards" */
  k = best;
  size_t ap = k > lo + 1 && t[k - 1] == '\'' ? 1
              : k > lo + 3 && !memcmp(t + k - 3, "\xe2\x80\x99", 3) ? 3
                                                                    : 0;
  if (ap) /* d'un, d’un */
    return (t[k - ap - 1] | 0x20) == 'd' && word_starts(t, lo, k - ap - 1)
               ? best
               : at;
  while (k > lo && t[k - 1] == ' ')
    k--;
  if ((k >= lo + 2 && !strncasecmp(t + k - 2, "de", 2) &&
       word_starts(t, lo, k - 2)) ||
      (k >= lo + 5 && !strncasecmp(t + k - 5, "entre", 5) &&
       word_starts(t, lo, k - 5)))
    return best;
  return at;
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
  return frex_amount_extract_cls(a, doc, NULL, out);
}

int frex_amount_extract_cls(const frex_amount *a, const frex_doc *doc,
                            const frex_classes *cls, frex_entities *out) {
  if (!a || !doc || !out || (!doc->text && doc->len))
    return FREX_E_ARG;
  if (cls && (cls->text != doc->text || cls->len != doc->len ||
              (cls->have & FREX_CLS_AMOUNT_ONLY) != FREX_CLS_AMOUNT_ONLY))
    cls = NULL; /* not this text's, or not all its classes: read the bytes */
  if (doc->body >= doc->len)
    return FREX_OK;
  run r;
  memset(&r, 0, sizeof r);
  r.ctx.cls = cls;
  r.a = a;
  r.doc = doc;
  r.out = out;
  size_t first = frex_entities_count(out);
  const char *t = doc->text;
  size_t len = doc->len, pos = doc->body;
  int rc = FREX_OK;
  while (rc == FREX_OK && pos < len) {
    size_t aend;
    frex_anchor_kind kind;
    size_t at =
        cls ? frex_amount_scan_next_cls(&a->scan, cls, t, len, pos, &aend, &kind)
            : frex_amount_scan_next(&a->scan, t, len, pos, &aend, &kind);
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
    if (kind == FREX_ANCHOR_DIGIT) {
      size_t ws = words_bound_start(t, pos, at);
      size_t end =
          len - ws > 2 * MAXLEN ? char_start(t, ws + 2 * MAXLEN) : len;
      if (ws < at && may_start(t, ws, doc->body) &&
          pcre2_match(frex_lazyre_get(&a->lre, end - ws, NULL),
                      (PCRE2_SPTR)t, end, ws, PCRE2_NO_UTF_CHECK, r.md,
                      r.mctx) >= 0 &&
          pcre2_get_ovector_pointer(r.md)[1] > at) {
        size_t resume;
        rc = handle_match(&r, &resume);
        pos = resume > aend ? resume : aend;
        continue;
      }
    }
    size_t back = kind == FREX_ANCHOR_DIGIT ? BACK_DIGIT : BACK_OTHER;
    size_t i = at > pos + back ? at - back : pos, next = aend;
    /* at the digits themselves only if something may follow them; a
     * currency code before them ("EUR 20") may still make an amount */
    int try_at =
        kind != FREX_ANCHOR_DIGIT || digit_may_continue(a, t, len, aend);
    /* before digits with no '$' in the window, attempt_may_start holds
     * only at a capital (a code: "EUR 20") or at a sign's place just
     * before them ('-', '+', U+2212): the other bytes are passed over
     * without its tests or may_start's */
    bool digit_fast =
        kind == FREX_ANCHOR_DIGIT && !memchr(t + i, '$', at - i);
    for (; i <= at; i++) {
      /* the test below in a tight loop: more than 3 bytes before AT only
       * a capital stops it */
      if (digit_fast)
        while (i + 3 < at && !(t[i] >= 'A' && t[i] <= 'Z'))
          i++;
      if (i < at) {
        if (digit_fast && !(t[i] >= 'A' && t[i] <= 'Z') && at - i != 1 &&
            at - i != 3)
          continue;
        if (!may_start(t, i, doc->body) ||
            !attempt_may_start(t, i, at, kind))
          continue;
      } else if (!try_at) {
        continue;
      }
      /* a match is shorter than MAXLEN: a bounded subject keeps every
       * call O(1) whatever the document's size */
      size_t end = len - i > 2 * MAXLEN ? char_start(t, i + 2 * MAXLEN) : len;
      int m = pcre2_match(frex_lazyre_get(&a->lre, end - i, NULL),
                          (PCRE2_SPTR)t, end, i, PCRE2_NO_UTF_CHECK, r.md,
                          r.mctx);
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
  /* enumerations: only after an amount (most documents have none) */
  if (rc == FREX_OK && frex_entities_count(out) > first)
    rc = frex_amount_continue(&r, first, frex_entities_count(out));
  pcre2_match_data_free(r.md);
  pcre2_match_context_free(r.mctx);
  return rc;
}
