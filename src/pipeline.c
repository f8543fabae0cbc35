/*
 * pipeline.c — ties the stages together: a read-only frex_pipeline (compiled
 * patterns, dictionaries) shared by all threads, and per-thread workers that
 * tokenize, normalize, stem (with caches) and extract.
 */
#include <libstemmer.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "amount.h"
#include "buf.h"
#include "date.h"
#include "dehyphen.h"
#include "frex.h"
#include "normalize.h"
#include "org.h"
#include "strmap.h"
#include "tokenize.h"

/* Caches are cleared when they reach this many entries, which bounds a
 * worker's memory on corpora with unbounded vocabularies (numbers, URLs). */
#define CACHE_MAX_ENTRIES (1u << 19)

struct frex_pipeline {
  frex_config cfg;
  frex_amount *amount;
  frex_date *date;
  frex_org *org;
};

/* A direct-mapped cache in front of stem_cache for norms of up to 16 bytes
 * (almost every word): a hit costs a hash of two words and one compare,
 * where the map costs ~160 instructions (hash, probe, memcmp).  The slot
 * holds its stem, so it stays valid until that slot is replaced, which
 * only a later call can do (frex.h: valid until the next stem call). */
#define STEM_FRONT_SLOTS (1u << 14)
/* The same in front of norm_cache, for the words norm_slow cannot lowercase
 * byte by byte (accented: a fifth of French words): perf put the map's
 * hash, probe and memcmp at a tenth of frex tokenize. */
#define NORM_FRONT_SLOTS (1u << 13)
/* Norms of up to this many Latin-1 characters are stemmed by libstemmer's
 * ISO-8859-1 stemmer (see stem_latin1). */
#define STEM_L1_MAX 64
typedef struct front_slot {
  uint64_t key[2]; /* the norm (the surface, in norm_front), zero-padded */
  uint8_t len;     /* of the key; 0: empty slot */
  uint8_t vlen;    /* of the value */
  char val[22];    /* the stem (the norm) */
} front_slot;

struct frex_worker {
  const frex_pipeline *p;
  frex_tokens tokens;
  frex_entities *entities;
  frex_normalizer *normalizer;
  struct sb_stemmer *stemmer;
  struct sb_stemmer *stemmer_l1; /* the same in ISO-8859-1, or NULL */
  char stem_l1[2 * STEM_L1_MAX]; /* its last stem in UTF-8 (stem_latin1) */
  frex_strmap *norm_cache; /* surface → norm */
  frex_strmap *stem_cache; /* norm → stem */
  struct front_slot *stem_front; /* STEM_FRONT_SLOTS, in front of stem_cache */
  struct front_slot *norm_front; /* NORM_FRONT_SLOTS, in front of norm_cache */
  frex_buf scratch;
  frex_buf flat;         /* the segment with its single line breaks made
                            spaces (see flatten_line_breaks) */
  frex_tokens flat_tokens; /* the tokens, sentences as in FLAT */
  struct line_rec *lines;  /* the lines of one paragraph (flatten_paragraph) */
  size_t nlines_cap;
  frex_join *joins;      /* words the view joined across a hyphen (dehyphen.h) */
  size_t njoins, joins_cap;
  bool quoted;           /* the view made a quoted e-mail's marks spaces */
  frex_buf clean;        /* the segment without its invisible characters
                            (see clean_invisible) */
  frex_tokens clean_tokens; /* its tokens */
  struct clean_cut *cuts; /* where bytes were taken out of CLEAN */
  size_t ncuts, cuts_cap;
  frex_dct doc_dct;   /* DCT of the document being processed */
  uint32_t sent_base; /* sentences in its earlier segments */
  frex_classes classes; /* the byte classes AMOUNT and DATE read */
};

const char *frex_strerror(int status) {
  switch (status) {
  case FREX_OK: return "success";
  case FREX_E_NOMEM: return "out of memory";
  case FREX_E_IO: return "input/output error";
  case FREX_E_ENCODING: return "cannot decode input";
  case FREX_E_DICT: return "bad dictionary";
  case FREX_E_PATTERN: return "internal pattern failed to compile";
  case FREX_E_ICU: return "ICU service failed";
  case FREX_E_STEMMER: return "no French stemmer in libstemmer";
  case FREX_E_ARG: return "invalid argument";
  case FREX_E_FORMAT: return "malformed token TSV";
  }
  return "unknown error";
}

const char *frex_icu_version(void) {
  static char v[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, v);
  return v;
}

const char *frex_pcre2_version(void) {
  static char v[64];
  if (!v[0])
    pcre2_config(PCRE2_CONFIG_VERSION, v);
  return v;
}

void frex_pipeline_free(frex_pipeline *p) {
  if (!p)
    return;
  frex_amount_free(p->amount);
  frex_date_free(p->date);
  frex_org_free(p->org);
  free(p);
}

/* The dictionary load of frex_pipeline_new, run beside the compilation of
 * the AMOUNT and DATE patterns: start-up is most of a short run (SPEC: no
 * measurable start-up cost), and the three are independent (the shared
 * word tables are const or built under pthread_once). */
typedef struct org_load {
  frex_org *org;
  const frex_config *cfg;
  int rc;
  char err[512];
} org_load;

static void *load_org(void *arg) {
  org_load *l = arg;
  l->rc = frex_org_new(&l->org, l->cfg->dict_dir, l->cfg->extra_dicts,
                       l->cfg->n_extra_dicts, l->err, sizeof l->err);
  return NULL;
}

int frex_pipeline_new(frex_pipeline **out, const frex_config *cfg, char *err,
                      size_t errlen) {
  *out = NULL;
  if (err && errlen)
    err[0] = '\0';
  frex_pipeline *p = calloc(1, sizeof *p);
  if (!p)
    return FREX_E_NOMEM;
  p->cfg = *cfg;
  if (!p->cfg.types)
    p->cfg.types = FREX_ENT_ALL;
  int rc = FREX_OK;
  org_load ol = {.cfg = cfg};
  pthread_t loader;
  bool want_org = p->cfg.types & (FREX_ENT_COMPANY | FREX_ENT_AGENCY);
  bool threaded = want_org && pthread_create(&loader, NULL, load_org, &ol) == 0;
  if (p->cfg.types & FREX_ENT_AMOUNT)
    rc = frex_amount_new(&p->amount, err, errlen);
  if (!rc && (p->cfg.types & FREX_ENT_DATE))
    rc = frex_date_new(&p->date, err, errlen);
  if (threaded)
    pthread_join(loader, NULL);
  else if (want_org && !rc)
    load_org(&ol);
  p->org = ol.org;
  /* the first error in the order amount, date, dictionary; else the
   * dictionary's message: its error, or its warnings */
  if (!rc && want_org) {
    if (err && errlen)
      snprintf(err, errlen, "%s", ol.err);
    rc = ol.rc;
  }
  if (rc) {
    if (err && errlen && !err[0])
      snprintf(err, errlen, "%s", frex_strerror(rc));
    frex_pipeline_free(p);
    return rc;
  }
  /* loading succeeded, but ERR may hold warnings, one per line (a --dict
   * name that repeats a built-in one): they go to the callback */
  for (char *line = err && errlen ? err : NULL; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl)
      *nl = '\0';
    if (cfg->warn)
      cfg->warn(cfg->warn_ctx, NULL, line);
    line = nl ? nl + 1 : NULL;
  }
  if (err && errlen)
    err[0] = '\0';
  *out = p;
  return FREX_OK;
}

void frex_worker_free(frex_worker *w) {
  if (!w)
    return;
  frex_tokens_free(&w->tokens);
  frex_tokens_free(&w->flat_tokens);
  frex_buf_free(&w->flat);
  frex_tokens_free(&w->clean_tokens);
  frex_buf_free(&w->clean);
  free(w->cuts);
  free(w->joins);
  frex_classes_free(&w->classes);
  free(w->lines);
  frex_entities_free(w->entities);
  frex_normalizer_free(w->normalizer);
  if (w->stemmer)
    sb_stemmer_delete(w->stemmer);
  if (w->stemmer_l1)
    sb_stemmer_delete(w->stemmer_l1);
  frex_strmap_free(w->norm_cache);
  frex_strmap_free(w->stem_cache);
  free(w->stem_front);
  free(w->norm_front);
  frex_buf_free(&w->scratch);
  free(w);
}

int frex_worker_new(frex_worker **out, const frex_pipeline *p) {
  *out = NULL;
  frex_worker *w = calloc(1, sizeof *w);
  if (!w)
    return FREX_E_NOMEM;
  w->p = p;
  frex_tokens_init(&w->tokens);
  frex_tokens_init(&w->flat_tokens);
  frex_tokens_init(&w->clean_tokens);
  int rc = frex_entities_new(&w->entities);
  if (!rc)
    rc = frex_normalizer_new(&w->normalizer);
  if (!rc)
    rc = frex_buf_grow(&w->scratch, 64);
  if (!rc)
    rc = frex_strmap_new(&w->norm_cache);
  if (!rc)
    rc = frex_strmap_new(&w->stem_cache);
  if (!rc && !(w->stem_front = frex_zalloc(STEM_FRONT_SLOTS, sizeof(front_slot))))
    rc = FREX_E_NOMEM;
  if (!rc && !(w->norm_front = frex_zalloc(NORM_FRONT_SLOTS, sizeof(front_slot))))
    rc = FREX_E_NOMEM;
  if (!rc) {
    w->stemmer = sb_stemmer_new("french", "UTF_8");
    if (!w->stemmer)
      rc = FREX_E_STEMMER;
    /* optional: without it every norm takes the UTF-8 stemmer */
    w->stemmer_l1 = sb_stemmer_new("french", "ISO_8859_1");
  }
  if (rc) {
    frex_worker_free(w);
    return rc;
  }
  *out = w;
  return FREX_OK;
}

/* Keep the entities of the requested TYPES and drop a DATE that overlaps
 * an AMOUNT (a number read twice, "2048 dollars": the amount wins).  E is
 * sorted by start; one pass, compacting in place. */
/* Does a name that ends at END of T[0..len) end inside a word: before a
 * letter, or before a typesetter's cut the view did not join ("Parlement
 * de Lond-\nres": only a name of the dictionary is joined, dehyphen.h)?
 * Such a span is no name: the rest of its word is missing. */
static bool cut_name(const char *t, size_t len, size_t end) {
  if (end == 0 || end >= len ||
      !(isalnum((unsigned char)t[end - 1]) || (unsigned char)t[end - 1] >= 0x80))
    return false;
  size_t i = end;
  if (t[i] == '-') {
    i++;
    if (i < len && t[i] == '\r')
      i++;
    if (i >= len || t[i] != '\n')
      return false;
    i++;
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
      i++;
    if (i >= len)
      return false;
  }
  unsigned char c = (unsigned char)t[i];
  return (c >= 'a' && c <= 'z') || (i == end && c >= 'A' && c <= 'Z') ||
         (c == 0xC3 && i + 1 < len && (unsigned char)t[i + 1] >= 0x80 &&
          (unsigned char)t[i + 1] != 0x97 && (unsigned char)t[i + 1] != 0xB7);
}

static void filter_entities(frex_entities *e, unsigned types, const char *t,
                            size_t len) {
  size_t n = frex_entities_count(e), w = 0;
  size_t amount_end = 0; /* furthest end of the amounts seen so far */
  for (size_t i = 0; i < n; i++) {
    const frex_entity *x = frex_entities_get(e, i);
    bool keep = (x->type & types) != 0;
    if ((x->type & (FREX_ENT_COMPANY | FREX_ENT_AGENCY)) &&
        cut_name(t, len, x->end))
      keep = false;
    if (x->type == FREX_ENT_DATE) {
      if (amount_end > x->start)
        keep = false;
      for (size_t j = i + 1; j < n && keep; j++) {
        const frex_entity *y = frex_entities_get(e, j);
        if (y->start >= x->end)
          break;
        if (y->type == FREX_ENT_AMOUNT)
          keep = false;
      }
    }
    if (x->type == FREX_ENT_AMOUNT && x->end > amount_end)
      amount_end = x->end;
    if (keep)
      frex_entities_move(e, w++, i);
  }
  frex_entities_truncate(e, w);
}

/* ------------------------------------------------------- line breaks
 *
 * SPEC "Line breaks": an entity may run across a single line break (LF,
 * CRLF or CR: hard-wrapped archives and e-mails, "3 millions\nd'euros",
 * "le 3\nmars 2020", "Amazon Web\nServices"); a blank line ends any entity.
 * This is done once, here, for all four extractors: they read a view of
 * the segment in which each line break that continues a line is replaced
 * byte for byte by spaces ("\n" -> " ", "\r\n" -> "  "), so the view has
 * the text's length, every offset into it is an offset into the text, and
 * the rows' text is still cut from the text as read (the TSV writer
 * escapes the newline as \n).  The AMOUNT and DATE grammars and their C
 * helpers need no rule of their own for line breaks.
 *
 * Which single line breaks continue a line.  A headline, a dateline, a
 * menu or a share bar is written one item per line with no blank line
 * after it ("...au chômage en novembre\n26 décembre 2016 . –\nCe 26
 * décembre...", "Amazon Prime Video\nAmazon Prime Video\nPar : Amazon
 * Mobile LLC" in a seed): gluing those lines made "novembre 26 décembre"
 * one date, put a Canadian headline's body in the headline and hid a
 * company behind a product name (measured: tests/linebreak, --headline).
 * So a single line break is made spaces when
 *  - the next line starts with a lowercase letter (the sentence goes on:
 *    "d'euros", "mars 2020", "européenne"; the tokenizer's own rule), or
 *  - the line before it is a wrapped line: its paragraph (lines between
 *    blank lines) looks wrapped (no line longer than WRAP_MAX bytes, and
 *    of three lines or more, a quarter or more start in lowercase; of two,
 *    the first is WRAP_MIN2 bytes or more), and this line is at least
 *    WRAP_MIN bytes and 3/5 of the paragraph's longest line.  Wrapping
 *    tools cut near a fixed width (`fold -s -w 72` cuts a line short only
 *    before a long word) and most lines of running text go on in
 *    lowercase, while a headline or a menu item sits in a paragraph whose
 *    body line is much longer, or is short itself, and menu items start
 *    with capitals; or, in such a paragraph, a shorter line that a greedy
 *    wrapper cut because the next line's first word did not fit (text
 *    wrapped at 15 to 30 columns: "le 12 février\n2026,"; greedy_cut), or
 *  - the line does not end a sentence, a later line of the paragraph
 *    does, and the next line's first word did not fit (one sentence per
 *    line, each wrapped: "au groupe\nVotorantim pour 1,1 milliard."), or
 *  - the line ends with a number of one to three digits and the next
 *    opens with a group of three ("300\n000 euros"), or a currency
 *    opens the next line after a number ("1,80\n€"), or a year after a
 *    month ("en septembre\n1906."; month_then_year);
 * but never after a year before a digit ("mars 2019\n150 millions":
 * year_then_digits).
 * Form feeds (pdftotext's page breaks) are blanks there.
 *
 * COMPANY/AGENCY read tokens, and the tokenizer ends a sentence at a
 * single line break unless the next line starts in lowercase (its rule
 * for the token TSV, which does not change).  The org matcher joins two
 * tokens into one name only inside a sentence with no line break between
 * them, so it gets a copy of the tokens whose sentences follow the view:
 * a sentence end made only by a line break the view made spaces (the token
 * before it is no . ! ? ... nor a closing quote after one) is undone.
 *
 * Cost: one pass over the line breaks (memchr for '\n', and for '\r' when
 * there is one) with a few instructions per line (~8 M instructions on the
 * 5 MB profile slice of short-lined man pages); the copy and the token
 * pass happen only in segments that have a line break to make spaces. */

/* Double the array *ARRAYP of *CAP elements of ELEM bytes (FIRST when it
 * has none yet): the worker's line and join records.  FREX_E_NOMEM leaves
 * it as it was. */
static int grow_array(void *arrayp, size_t *cap, size_t elem, size_t first) {
  void *v;
  memcpy(&v, arrayp, sizeof v);
  size_t n = *cap ? 2 * *cap : first;
  if (n > SIZE_MAX / elem || !(v = realloc(v, n * elem)))
    return FREX_E_NOMEM;
  memcpy(arrayp, &v, sizeof v);
  *cap = n;
  return FREX_OK;
}

#define WRAP_MAX 200 /* bytes: no wrapping tool makes longer lines */
#define WRAP_MIN 16  /* bytes: shorter lines are items, not wrapped text */
#define WRAP_MIN2 24 /* bytes: the first of two lines, if wrapped */
#define WRAP_EVEN_MIN 40 /* bytes: the width of lines wrapped at one width */

/* Is T[P] the first byte of a line break ("\n", "\r\n" or "\r")? Its
 * length, else 0. */
static inline size_t break_len(const char *t, size_t len, size_t p) {
  if (t[p] == '\n')
    return 1;
  if (t[p] == '\r')
    return p + 1 < len && t[p + 1] == '\n' ? 2 : 1;
  return 0;
}

/* The next line break at or after I, or LEN.  *CR caches the next '\r'
 * (LEN once there is none), so text without one costs one memchr. */
static size_t next_break(const char *t, size_t len, size_t i, size_t *cr) {
  if (*cr < i) {
    const char *r = memchr(t + i, '\r', len - i);
    *cr = r ? (size_t)(r - t) : len;
  }
  const char *n = memchr(t + i, '\n', (*cr < len ? *cr : len) - i);
  return n ? (size_t)(n - t) : *cr;
}

/* Does the text at I start with a lowercase letter? */
static bool lower_at(const char *t, size_t len, size_t i) {
  unsigned char b = (unsigned char)t[i];
  if (b < 0x80)
    return b >= 'a' && b <= 'z';
  UChar32 c;
  int32_t k = 0, n = len - i > 4 ? 4 : (int32_t)(len - i);
  U8_NEXT((const uint8_t *)t + i, k, n, c);
  return c >= 0 && u_islower(c);
}

/* A quoted e-mail's line ("> text", "> > text", ">> text") starts with
 * quote marks: the line's text starts after them, at the returned offset
 * (S when T[S..E) has none), so a line of marks alone is a blank line and
 * the view makes the marks of a line that goes on spaces ("le ministère
 * de la\n> Défense").  A '>' before a word ("a >b") is no mark. */
static size_t after_quote_marks(const char *t, size_t s, size_t e) {
  size_t k = s;
  while (k < e && t[k] == '>' &&
         (k + 1 == e || t[k + 1] == '>' || t[k + 1] == ' ' || t[k + 1] == '\t')) {
    k++;
    while (k < e && (t[k] == ' ' || t[k] == '\t'))
      k++;
  }
  return k;
}

/* One line of the paragraph being read: [start, end) without its trailing
 * blanks, then its line break [brk, brk + brklen). */
typedef struct line_rec {
  size_t start, end, brk, brklen;
} line_rec;

/* Words after which no sentence ends: articles, prepositions, conjunctions,
 * possessives and demonstratives, and the elided l' d' qu' (French), of the
 * and for (English names).  A line that ends with one goes on whatever the
 * next line starts with: "le ministère de la\nDéfense", "a été racheté
 * par\nRenault", "Bank of\nAmerica". */
static const char *const link_words[] = {
    "le",   "la",   "les",  "l'",    "un",    "une",    "des",  "du",
    "de",   "d'",   "au",   "aux",   "\xC3\xA0", "en", "dans", "sur",
    "sous", "par",  "pour", "avec",  "sans",  "chez",   "vers", "entre",
    "et",   "ou",   "ni",   "que",   "qu'",   "dont",   "mais", "son",
    "sa",   "ses",  "leur", "leurs", "ce",    "cet",    "cette", "ces",
    "notre", "nos", "votre", "vos",  "selon", "contre", "of",   "the",
    "and",  "for",  NULL};

/* Does the line [S, E) end with one of link_words, as a word of its own? */
static bool ends_with_link(const char *t, size_t s, size_t e) {
  /* the typographic apostrophe as the ASCII one */
  const unsigned char *u = (const unsigned char *)t;
  bool curly = e - s >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
               u[e - 1] == 0x99;
  size_t end = curly ? e - 3 : e, b = end;
  while (b > s && ((u[b - 1] >= 'a' && u[b - 1] <= 'z') || u[b - 1] >= 0x80 ||
                   (!curly && u[b - 1] == '\'' && b == end)))
    b--;
  if (b == end || end - b > 6 ||
      (b > s && t[b - 1] != ' ' && t[b - 1] != '\t' && t[b - 1] != '(' &&
       t[b - 1] != '"'))
    return false;
  char w[8];
  size_t n = end - b;
  memcpy(w, t + b, n);
  if (curly)
    w[n++] = '\'';
  for (const char *const *l = link_words; *l; l++)
    if (strlen(*l) == n && memcmp(*l, w, n) == 0)
      return true;
  return false;
}

/* Does a currency sign open the line at I ("€", "$", "£", "M€", "Md€",
 * "k€"...), then a blank, a punctuation mark or the line's end, after a
 * line that ends with a digit at E?  "passe de 1,80⏎€ à 2 €", "4,5⏎M€ HT":
 * no headline ends with a number whose currency the next line gives. */
static bool currency_opens(const char *t, size_t len, size_t e, size_t i) {
  if (e == 0 || t[e - 1] < '0' || t[e - 1] > '9')
    return false;
  static const char *const scales[] = {"Mds", "Mrd", "Md", "M", "k", "K", ""};
  for (size_t j = 0; j < sizeof scales / sizeof *scales; j++) {
    size_t n = strlen(scales[j]), k = i + n;
    if (k > len || memcmp(t + i, scales[j], n))
      continue;
    size_t c = 0;
    if (k < len && (t[k] == '$' || t[k] == '\xc2' || t[k] == '\xe2')) {
      if (t[k] == '$')
        c = 1;
      else if (k + 1 < len && t[k] == '\xc2' && t[k + 1] == '\xa3')
        c = 2; /* £ */
      else if (k + 2 < len && t[k] == '\xe2' && t[k + 1] == '\x82' &&
               t[k + 2] == '\xac')
        c = 3; /* € */
    }
    if (!c)
      continue;
    k += c;
    return k >= len || !isalnum((unsigned char)t[k]);
  }
  return false;
}

/* A number cut at its thousands separator: the line [S, E) ends with a
 * group of one to three digits and the next line, at I, opens with a
 * group of three digits and no more ("amende de 300\n000 euros", "1\n200
 * 000 habitants"); not a year ("en 2019\n150 salariés"). */
static bool digits_go_on(const char *t, size_t len, size_t s, size_t e,
                         size_t i) {
  size_t d = e;
  while (d > s && t[d - 1] >= '0' && t[d - 1] <= '9')
    d--;
  if (d == e || e - d > 3 || (d > s && t[d - 1] != ' ') || i + 3 > len)
    return false;
  for (size_t k = i; k < i + 3; k++)
    if (t[k] < '0' || t[k] > '9')
      return false;
  return i + 3 == len || t[i + 3] < '0' || t[i + 3] > '9';
}

/* A year ends the line [S, E) (four digits, 1500 to 2099, after a blank
 * or at the line's start) and a digit opens the next line, at I ("le 12
 * mars 2019\n150 millions d'euros"): the break ends the date there.  Made
 * a space, it put the year before a group of digits, which the grammars
 * read as a number going on ("2019 150"), and the date lost its year. */
static bool year_then_digits(const char *t, size_t len, size_t s, size_t e,
                             size_t i) {
  if (e - s < 4 || i >= len || t[i] < '0' || t[i] > '9')
    return false;
  size_t d = e - 4;
  for (size_t k = d; k < e; k++)
    if (t[k] < '0' || t[k] > '9')
      return false;
  if (d > s && t[d - 1] != ' ' && t[d - 1] != '\t')
    return false;
  return (t[d] == '1' && t[d + 1] >= '5') || (t[d] == '2' && t[d + 1] == '0');
}

/* The line [S, E) ends with a month's name and the next, at I, opens with
 * a year (four digits, 1500 to 2099, then no digit nor a group of three):
 * "en septembre\n1906.", "le 30 septembre\n2016 l'ouverture", a
 * dateline "26 décembre\n2016 . –" as fmt balances a narrow column.  No
 * headline ends with a month whose year the next line gives. */
static bool month_then_year(const char *t, size_t len, size_t s, size_t e,
                            size_t i) {
  static const char *const months[] = {
      "janvier", "f\xc3\xa9vrier", "mars", "avril", "mai", "juin",
      "juillet", "ao\xc3\xbbt", "septembre", "octobre", "novembre",
      "d\xc3\xa9" "cembre", NULL};
  if (i + 4 > len)
    return false;
  for (size_t k = i; k < i + 4; k++)
    if (t[k] < '0' || t[k] > '9')
      return false;
  if (!((t[i] == '1' && t[i + 1] >= '5') || (t[i] == '2' && t[i + 1] == '0')))
    return false;
  if (i + 4 < len && ((t[i + 4] >= '0' && t[i + 4] <= '9') ||
                      (t[i + 4] == ' ' && i + 7 < len && t[i + 5] >= '0' &&
                       t[i + 5] <= '9')))
    return false;
  for (const char *const *m = months; *m; m++) {
    size_t n = strlen(*m);
    if (e - s < n || memcmp(t + e - n + 1, *m + 1, n - 1) ||
        (t[e - n] != (*m)[0] && t[e - n] != (*m)[0] - 32))
      continue;
    return e - s == n || t[e - n - 1] == ' ' || t[e - n - 1] == '\t';
  }
  return false;
}

/* frex_org_knows_word as dehyphen.h's callback */
static bool org_knows(const void *org, const char *w, size_t n) {
  return frex_org_knows_word(org, w, n);
}

/* Was line K of V cut where a greedy wrapping tool cuts: its next line's
 * first word would not have fitted after it within the paragraph's WIDTH
 * (in bytes: fold counts bytes, other tools characters, hence a slack of
 * a tenth)?  Text wrapped narrow ("fold -s -w 20", a
 * narrow column) has lines much shorter than its longest one, cut before
 * a long word ("le 12 février\n2026,", "Le Groupe\nMulliez-Flory"); a
 * headline or a dateline on its own line leaves room for the next word. */
static bool greedy_cut(const char *t, const line_rec *v, size_t k,
                       size_t width) {
  size_t l = v[k].end - v[k].start, s = v[k + 1].start, e = s;
  while (e < v[k + 1].end && t[e] != ' ' && t[e] != '\t')
    e++;
  return l >= 2 && l + 1 + (e - s) + width / 10 + 2 > width;
}

/* The end of the line [S, E) before its trailing blanks ("fold -s"
 * leaves the one it broke at). */
static size_t trim_end(const char *t, size_t s, size_t e) {
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
    e--;
  return e;
}

/* Does the line [S, E) end a sentence: . ! ? : ; or …, before closing
 * quotes or brackets ("fin.»", "(AFP).")? */
static bool ends_sentence_line(const char *t, size_t s, size_t e) {
  const unsigned char *u = (const unsigned char *)t;
  for (int closers = 0; e > s && closers < 3; closers++) {
    unsigned char x = u[e - 1];
    if (x && strchr(".!?:;", x))
      return true;
    if (e - s >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && x == 0xA6)
      return true; /* … */
    if (x == ')' || x == '"' || x == ']' || x == '*')
      e--;
    else if (e - s >= 2 && u[e - 2] == 0xC2 && x == 0xBB)
      e -= 2; /* » */
    else if (e - s >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
             (x == 0x9D || x == 0x99))
      e -= 3; /* ” ’ */
    else
      return false;
    while (e > s && (u[e - 1] == ' ' || u[e - 1] == 0xA0))
      e--; /* "fin. »" (the NBSP's second byte suffices: no letter) */
  }
  return false;
}

/* Does the line at S open a list's item, a dash, a bullet or an asterisk
 * and a blank ("- RSA : 98 millions ;", "• voirie : 1,2 million")? */
static bool item_opens(const char *t, size_t len, size_t s) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = 0;
  if (s < len && (u[s] == '-' || u[s] == '*'))
    k = 1;
  else if (s + 2 < len && u[s] == 0xE2 && u[s + 1] == 0x80 &&
           (u[s + 2] == 0xA2 || u[s + 2] == 0x93 || u[s + 2] == 0x94))
    k = 3; /* • – — */
  return k && s + k < len && (u[s + k] == ' ' || u[s + k] == '\t');
}

/* Does the line at S open an agenda's entry: a weekday's name (any
 * case), then within a few words with no full stop ("Samedi et dimanche",
 * "Samedi 12 décembre", "Dimanche 13") a colon or a dash and a blank
 * ("Vendredi 11 décembre : marché de Noël.⏎Samedi et dimanche :
 * concerts.")?  Such lines are items, each its own day (s37). */
static bool agenda_opens(const char *t, size_t len, size_t s) {
  static const char *const days[] = {"lundi",  "mardi",  "mercredi",
                                     "jeudi",  "vendredi", "samedi",
                                     "dimanche"};
  size_t k = s;
  for (size_t d = 0; d < sizeof days / sizeof *days && k == s; d++) {
    size_t n = strlen(days[d]);
    if (s + n < len && !strncasecmp(t + s, days[d], n) &&
        (t[s + n] == ' ' || t[s + n] == ',' || t[s + n] == ':'))
      k = s + n;
  }
  if (k == s)
    return false;
  for (size_t end = k + 40 < len ? k + 40 : len; k < end; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == ':' || ((c == '-' || c == 0xE2) && t[k - 1] == ' '))
      return c != 0xE2 || (k + 2 < len && t[k + 1] == '\x80' &&
                           (t[k + 2] == '\x93' || t[k + 2] == '\x94'));
    if (c == '.' || c == '\n' || c == '\r' || c == ';' || c == '(')
      return false;
  }
  return false;
}

/* Decide the line breaks inside the paragraph W->lines[0..n) (every line
 * but the last ends with a single line break) and make the ones that
 * continue a line spaces in W->flat, copying the text there first. */
static int flatten_paragraph(frex_worker *w, const char *t, size_t len,
                             size_t n, bool *any) {
  const line_rec *v = w->lines;
  size_t longest = 0, lower = 0;
  for (size_t k = 0; k < n; k++)
    if (v[k].end - v[k].start > longest)
      longest = v[k].end - v[k].start;
  for (size_t k = 1; n > 2 && longest <= WRAP_MAX && k < n; k++)
    lower += lower_at(t, len, v[k].start);
  /* a paragraph of wrapped lines: none too long; two lines, the first a
   * long one; or three and more, a quarter of them going on in
   * lowercase, as running text does (a menu's items start with capitals) */
  /* ...or three and more lines of about one width, as a wrapping tool
   * leaves them whatever they start with (names, numbers: "le 8 mai⏎2016.
   * Elle a"); a headline, a dateline and a menu's items differ in width.
   * The last line is the paragraph's end, and from four lines on the
   * first may be a dateline or a heading on a line of its own. */
  bool even = n > 2 && longest >= WRAP_EVEN_MIN;
  /* (of three lines, a first line too short to be wrapped text is a
   * dateline: "9 mars 2018 . -\nLe budget ... par le Grand\nConseil") */
  size_t k0 = n > 3 || (n == 3 && v[0].end - v[0].start < WRAP_MIN2);
  for (size_t k = k0; even && k + 1 < n; k++)
    even = 4 * (v[k].end - v[k].start) >= 3 * longest;
  bool wrapped_par = longest <= WRAP_MAX &&
                     (n == 2 ? v[0].end - v[0].start >= WRAP_MIN2
                             : 4 * lower >= n - 1 || even);
  /* the width the lines were wrapped at: the longest line with a space
   * (a word longer than the width makes a longer line of its own) */
  size_t width = 0;
  for (size_t k = 0; k < n; k++)
    if (v[k].end - v[k].start > width &&
        memchr(t + v[k].start, ' ', v[k].end - v[k].start))
      width = v[k].end - v[k].start;
  if (!width)
    width = longest;
  /* the last line that ends a sentence: a line before it that does not
   * is a sentence cut ("... au groupe\nVotorantim pour 1,1 milliard.") in
   * text written one sentence per line, each wrapped */
  size_t last_end = SIZE_MAX;
  for (size_t k = n; k-- > 0 && last_end == SIZE_MAX;)
    if (ends_sentence_line(t, v[k].start, v[k].end))
      last_end = k;
  size_t went_on = SIZE_MAX; /* the line after the last break made spaces */
  for (size_t k = 0; k + 1 < n; k++) {
    size_t l = v[k].end - v[k].start;
    bool wrapped =
        (wrapped_par && ((l >= WRAP_MIN && 5 * l >= 3 * longest) ||
                         greedy_cut(t, v, k, width))) ||
        (width >= WRAP_EVEN_MIN && longest <= WRAP_MAX && last_end != SIZE_MAX &&
         k < last_end && !ends_sentence_line(t, v[k].start, v[k].end) &&
         greedy_cut(t, v, k, width));
    /* a line that ends with a word's hyphen goes on ("Saint-\nGobain") */
    bool cut = v[k].end - v[k].start >= 2 && t[v[k].end - 1] == '-' &&
               ((unsigned char)t[v[k].end - 2] >= 0x80 ||
                isalpha((unsigned char)t[v[k].end - 2]));
    if (year_then_digits(t, len, v[k].start, v[k].end, v[k + 1].start))
      continue;
    /* a list's item after a line that ends its sentence or its own item
     * stays on its line in wrapped text too ("plus de la moitié :⏎- RSA :
     * 98 millions ;⏎- aide sociale…"); not an incise's dash that a
     * wrapper put first ("a-t-il dit⏎– et c'est vrai –") */
    if (item_opens(t, len, v[k + 1].start) &&
        (item_opens(t, len, v[k].start) ||
         ends_sentence_line(t, v[k].start, trim_end(t, v[k].start, v[k].end))))
      continue;
    /* an agenda's day after a line that ends its sentence or its own
     * day stays on its line ("... marché de Noël.⏎Samedi et dimanche :
     * concerts."): the DATE rules read a day heading its line */
    if (agenda_opens(t, len, v[k + 1].start) &&
        (agenda_opens(t, len, v[k].start) ||
         ends_sentence_line(t, v[k].start, trim_end(t, v[k].start, v[k].end))))
      continue;
    if (!wrapped && !cut && !lower_at(t, len, v[k + 1].start) &&
        !ends_with_link(t, v[k].start, v[k].end) &&
        !currency_opens(t, len, v[k].end, v[k + 1].start) &&
        !month_then_year(t, len, v[k].start, v[k].end, v[k + 1].start) &&
        !digits_go_on(t, len, v[k].start, v[k].end, v[k + 1].start))
      continue;
    if (!*any) {
      frex_buf_clear(&w->flat);
      if (frex_buf_put(&w->flat, t, len))
        return FREX_E_NOMEM;
      *any = true;
    }
    memset(w->flat.ptr + v[k].brk, ' ', v[k].brklen);
    /* a quoted e-mail's marks, this line's own too ("> Le PSG a payé
     * ... son gardien\n> 9": its sentence starts after them) */
    bool marks = false;
    for (size_t q = v[k].brk + v[k].brklen; q < v[k + 1].start; q++)
      if (t[q] == '>') {
        w->flat.ptr[q] = ' ';
        w->quoted = marks = true;
      }
    for (size_t q = v[k].start;
         k != went_on && q > 0 && t[q - 1] != '\n' && t[q - 1] != '\r'; q--)
      if (t[q - 1] == '>') {
        w->flat.ptr[q - 1] = ' ';
        w->quoted = true;
      }
    went_on = k + 1; /* line K + 1's marks are spaces, and a join may
                        have moved a word there */
    /* "3 mil-\nliards", "de l'\nÉconomie": the word joined (dehyphen.h) */
    unsigned char last = (unsigned char)t[v[k].end - 1];
    bool hy = last == '-' || last == '\'' || last == 0x99;
    /* "le 21\n> > juillet": the marks leave a gap the grammars do not
     * read; the next line's first word is moved up (dehyphen.h) */
    if (hy || (marks && v[k + 1].start - v[k].end >= 4)) {
      if (w->njoins == w->joins_cap &&
          grow_array(&w->joins, &w->joins_cap, sizeof *w->joins, 16))
        return FREX_E_NOMEM;
      w->njoins +=
          hy ? frex_dehyphen_at(t, len, v[k].end, v[k + 1].start, w->flat.ptr,
                                &w->joins[w->njoins],
                                w->p->org ? org_knows : NULL, w->p->org)
             : frex_dehyphen_close_gap(t, len, v[k].start, v[k].end,
                                       v[k + 1].start, v[k + 1].end,
                                       w->flat.ptr, &w->joins[w->njoins]);
    }
  }
  return FREX_OK;
}

/* Make W->flat the view of TEXT described above and set *ANY; *ANY stays
 * false (and nothing is copied) when no line break is to be made spaces. */
static int flatten_line_breaks(frex_worker *w, const char *t, size_t len,
                               bool *any) {
  *any = false;
  w->njoins = 0;
  w->quoted = false;
  size_t cr = 0, i = 0, n = 0, line = 0; /* LINE: the current line's start */
  if (len) { /* the first '\r', if any */
    const char *r = memchr(t, '\r', len);
    cr = r ? (size_t)(r - t) : len;
  }
  for (;;) {
    size_t b = next_break(t, len, i, &cr);
    size_t bl = b < len ? break_len(t, len, b) : 0;
    size_t s = line, e = b;
    /* a form feed is a blank: pdftotext starts a page's first line with
     * one, in the middle of a sentence ("3 millions\n\fd'euros") */
    while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\f' ||
                     t[s] == '\v'))
      s++;
    s = after_quote_marks(t, s, e);
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\f' ||
                     t[e - 1] == '\v'))
      e--;
    if (s == e || b == len) { /* a blank line or the end: a paragraph ends */
      if (s < e) {
        if (n == w->nlines_cap &&
            grow_array(&w->lines, &w->nlines_cap, sizeof *w->lines, 64))
          return FREX_E_NOMEM;
        w->lines[n++] = (line_rec){s, e, b, 0};
      }
      int rc = n > 1 ? flatten_paragraph(w, t, len, n, any) : FREX_OK;
      if (rc)
        return rc;
      n = 0;
      if (b == len)
        return FREX_OK;
    } else {
      if (n == w->nlines_cap &&
          grow_array(&w->lines, &w->nlines_cap, sizeof *w->lines, 64))
        return FREX_E_NOMEM;
      w->lines[n++] = (line_rec){s, e, b, bl};
    }
    i = line = b + bl;
  }
}


/* Is token K one that ends a sentence before a capital (. ! ? ... as the
 * tokenizer's ends_sentence reads them), or a closing quote or bracket
 * after one ("fin.»")? */
static bool ends_with_terminal(const char *t, const frex_token *v, size_t k) {
  for (int closers = 0; closers < 4; closers++) {
    const frex_token *x = &v[k];
    const unsigned char *s = (const unsigned char *)t + x->start;
    size_t n = x->end - x->start;
    if (x->cls != FREX_TOK_PUNCT)
      return false;
    if (s[0] == '.' || s[0] == '!' || s[0] == '?' ||
        (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6)) /* … */
      return true;
    bool closer = (n == 1 && (s[0] == ')' || s[0] == ']' || s[0] == '"' ||
                              s[0] == '*')) ||
                  (n == 2 && s[0] == 0xC2 && s[1] == 0xBB) || /* » */
                  (n == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
                   (s[2] == 0x9D || s[2] == 0x99)); /* ” ’ */
    if (!closer || k == 0)
      return false;
    k--;
  }
  return false;
}

/* W->flat_tokens: W->tokens with the sentences of the view FLAT (see
 * above).  TEXT is the segment as read. */
static int flat_sentences(frex_worker *w, const frex_tokens *in,
                          const char *text, const char *flat) {
  frex_tokens *out = &w->flat_tokens;
  frex_tokens_clear(out);
  if (in->n > out->cap) {
    frex_token *v = realloc(out->v, in->n * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    out->v = v;
    out->cap = in->n;
  }
  uint32_t merged = 0;
  for (size_t i = 0; i < in->n; i++) {
    out->v[i] = in->v[i];
    if (i && in->v[i].sent != in->v[i - 1].sent) {
      size_t a = in->v[i - 1].end, b = in->v[i].start, k = a;
      while (k < b && text[k] != '\n' && text[k] != '\r')
        k++;
      /* a line break at K that the view made spaces, and no . ! ? */
      if (k < b && flat[k] == ' ' && !ends_with_terminal(text, in->v, i - 1))
        merged++;
    }
    out->v[i].sent -= merged;
  }
  out->n = in->n;
  return FREX_OK;
}

/* A NUL or an invalid byte of the input is U+001A in the text (input.c,
 * SPEC "Robustness": replaced and reported).  The extractors read it as a
 * space, as the tokenizer does, and so a form feed and a vertical tab
 * (pdftotext's page breaks: "3 mars\n\f2020"): a NUL stands where a separator was lost
 * ("le 12 mars\0 2020", NUL-padded fields) and a stray Latin-1 byte is
 * most often a no-break space ("12\xA0000\xA0€" in a UTF-8 file), and a
 * date or an amount cut in two there got a wrong value ("12 mars" alone,
 * XXXX-03-12).  The rows' text is cut from the text as read, so it holds
 * the U+001A.  *SUBS: W->flat is now the view (copied if FLAT is
 * false). */
static int subs_as_spaces(frex_worker *w, const char *text, size_t len,
                          bool flat, bool *subs) {
  size_t first = len;
  for (const char *b = "\x1a\f\v"; *b; b++) {
    const char *p = memchr(text, *b, first);
    if (p)
      first = (size_t)(p - text);
  }
  *subs = first < len;
  if (!*subs)
    return FREX_OK;
  if (!flat) {
    frex_buf_clear(&w->flat);
    if (frex_buf_put(&w->flat, text, len))
      return FREX_E_NOMEM;
  }
  /* the view's own bytes: a word joined across a hyphen may have moved
   * onto a page break's form feed ("d'eu-\n\fros": dehyphen.h) */
  for (size_t i = first; i < len; i++)
    if (w->flat.ptr[i] == 0x1A || w->flat.ptr[i] == '\f' ||
        w->flat.ptr[i] == '\v')
      w->flat.ptr[i] = ' ';
  return FREX_OK;
}

/* A line ended by CR alone (old Mac text, a spreadsheet's export) is a
 * line end to the extractors as LF is: the date rules look for '\n' (a
 * paragraph, a dateline, "la veille" bound to its paragraph's date), and a
 * CR-only file got other dates than the same text with LF.  In the view
 * (W->flat, copied when FLAT is false) a CR not before LF becomes '\n',
 * byte for byte; the rows' text is cut from the text as read.  *ANY: the
 * view is W->flat. */
static int lone_cr_as_lf(frex_worker *w, const char *text, size_t len,
                         bool flat, bool *any) {
  const char *p = memchr(text, '\r', len);
  *any = false;
  while (p && (size_t)(p - text) + 1 < len && p[1] == '\n')
    p = memchr(p + 2, '\r', len - (size_t)(p + 2 - text));
  if (!p)
    return FREX_OK;
  if (!flat) {
    frex_buf_clear(&w->flat);
    if (frex_buf_put(&w->flat, text, len))
      return FREX_E_NOMEM;
  }
  *any = true;
  for (size_t i = (size_t)(p - text); i < len; i++)
    if (w->flat.ptr[i] == '\r' && (i + 1 >= len || w->flat.ptr[i + 1] != '\n'))
      w->flat.ptr[i] = '\n';
  return FREX_OK;
}

/* Characters that show nothing, inside a word or a number: the soft
 * hyphen U+00AD (a hyphenation point that word processors and web pages
 * leave in: "mil\u00ADliards", "Air\u00ADbus"), the zero-width space, non-joiner and
 * joiner U+200B..U+200D, the word joiner U+2060 and a BOM U+FEFF past the
 * text's start ("2\u200B026": copied from web pages).  The extractors read a
 * copy of the segment without them (CLEAN), and the entities' offsets are
 * mapped back to the text (clean_map), so their text is the text as read,
 * the invisible characters included.  The line and paragraph separators
 * U+2028 and U+2029 (word processors, JSON exports) are a line break and
 * a blank line there, so that the rules of line breaks apply to them ("3
 * millions\u2028d'euros"); a soft hyphen at a line's end is the hyphen it
 * shows there ("mil\u00AD\nliards": dehyphen.h), and so is a U+2010
 * HYPHEN there, the hyphen of text extracted from PDF.  Returns the bytes the
 * character at I takes and sets *REPL (NULL: dropped). */
static size_t invisible_at(const unsigned char *u, size_t len, size_t i,
                           const char **repl) {
  *repl = NULL;
  if (u[i] == 0xC2) {
    if (i + 1 < len && u[i + 1] == 0xAD) {
      size_t k = i + 2;
      while (k < len && (u[k] == ' ' || u[k] == '\t'))
        k++;
      if (k < len && (u[k] == '\n' || u[k] == '\r'))
        *repl = "-";
      return 2;
    }
    return 0;
  }
  if (i + 2 >= len)
    return 0;
  if (u[i] == 0xE2 && u[i + 1] == 0x80) {
    if (u[i + 2] >= 0x8B && u[i + 2] <= 0x8D)
      return 3;
    if (u[i + 2] == 0x90) { /* U+2010 HYPHEN, pdftotext's: "mil\u2010\nliards" */
      size_t k = i + 3;
      while (k < len && (u[k] == ' ' || u[k] == '\t'))
        k++;
      if (k < len && (u[k] == '\n' || u[k] == '\r'))
        *repl = "-";
      return *repl ? 3 : 0;
    }
    if (u[i + 2] == 0xA8)
      *repl = "\n";
    else if (u[i + 2] == 0xA9)
      *repl = "\n\n";
    return *repl ? 3 : 0;
  }
  if (u[i] == 0xE2 && u[i + 1] == 0x81 && u[i + 2] == 0xA0)
    return 3;
  if (u[i] == 0xEF && u[i + 1] == 0xBB && u[i + 2] == 0xBF)
    return 3;
  return 0;
}

/* The first byte at or after I that may lead an invisible character of
 * invisible_at (0xC2, 0xE2 or 0xEF), else LEN.  Most text has none in a
 * block: SSE2 skips 16 bytes with three compares; the scalar loop is the
 * reference (make scalar-check). */
static size_t invisible_lead(const unsigned char *u, size_t len, size_t i) {
#if defined(__SSE2__)
  const __m128i c2 = _mm_set1_epi8((char)0xC2), e2 = _mm_set1_epi8((char)0xE2),
                ef = _mm_set1_epi8((char)0xEF);
  for (; i + 16 <= len; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(u + i));
    int m = _mm_movemask_epi8(_mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, c2), _mm_cmpeq_epi8(x, e2)),
        _mm_cmpeq_epi8(x, ef)));
    if (m)
      return i + (size_t)__builtin_ctz((unsigned)m);
  }
#endif
  for (; i < len; i++)
    if (u[i] == 0xC2 || u[i] == 0xE2 || u[i] == 0xEF)
      return i;
  return len;
}

/* Bytes taken out of W->clean: at offset AT of the copy (before its byte
 * AT), and SUM bytes in all up to there. */
typedef struct clean_cut {
  size_t at, sum;
  size_t src; /* where the character taken out was in the text */
} clean_cut;

/* W->clean: TEXT without the characters of invisible_at, and W->cuts.
 * *ANY is false (and nothing copied) when it has none. */
static int clean_invisible(frex_worker *w, const char *text, size_t len,
                           bool *any) {
  const unsigned char *u = (const unsigned char *)text;
  *any = false;
  w->ncuts = 0;
  size_t i = 0, from = 0, sum = 0;
  const char *repl;
  for (; (i = invisible_lead(u, len, i)) < len; i++) {
    size_t n = invisible_at(u, len, i, &repl);
    if (!n)
      continue;
    if (!*any) {
      frex_buf_clear(&w->clean);
      *any = true;
    }
    size_t r = repl ? strlen(repl) : 0;
    if (frex_buf_put(&w->clean, text + from, i - from) ||
        (r && frex_buf_put(&w->clean, repl, r)))
      return FREX_E_NOMEM;
    if (w->ncuts == w->cuts_cap &&
        grow_array(&w->cuts, &w->cuts_cap, sizeof *w->cuts, 16))
      return FREX_E_NOMEM;
    sum += n - r;
    w->cuts[w->ncuts++] = (clean_cut){w->clean.len, sum, i};
    from = i + n;
    i += n - 1;
  }
  if (*any && frex_buf_put(&w->clean, text + from, len - from))
    return FREX_E_NOMEM;
  return FREX_OK;
}

/* The offset of the text that offset X of W->clean stands for: a start
 * after the characters taken out before it, an end before them. */
static size_t clean_map(const frex_worker *w, size_t x, bool start) {
  size_t lo = 0, hi = w->ncuts;
  while (lo < hi) { /* the cuts at or before X (before X for an end) */
    size_t mid = lo + (hi - lo) / 2;
    if (w->cuts[mid].at < x || (start && w->cuts[mid].at == x))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? x + w->cuts[lo - 1].sum : x;
}

/* Is the Kth token of T (in TEXT) the first of a paragraph, where a scan
 * can start (frex_tok_state)?  Only blanks and line breaks since the token
 * before, two line breaks or more, and an ASCII letter or digit at its
 * start: no look-ahead of the tokens before (ends_sentence's closers) goes
 * past that byte, and nothing looks behind the blank line. */
static bool para_start(const frex_tokens *t, const char *text, size_t k) {
  if (k == 0 || k >= t->n)
    return false;
  size_t e = t->v[k - 1].end, p = t->v[k].start;
  unsigned char b = (unsigned char)text[p];
  if (e > p ||
      !((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')))
    return false;
  int nl = 0;
  for (size_t i = e; i < p; i++) {
    char c = text[i];
    if (c == '\n')
      nl++;
    else if (c != ' ' && c != '\t' && c != '\r')
      return false;
  }
  return nl >= 2;
}

/* W->clean_tokens: the tokens of W->clean (ET, ELEN), from W->tokens, the
 * tokens of TEXT.  Only the paragraphs with an invisible character are
 * tokenized again, from the paragraph start before the first of them to
 * the first paragraph start after the last (para_start); the tokens of the
 * others are the text's, their offsets less the bytes taken out before
 * them and their sentences renumbered.  Any doubt (the scan not ending at
 * that paragraph start with a sentence pending): the whole copy. */
static int tokenize_clean(frex_worker *w, const char *text, const char *et,
                          size_t elen) {
  const frex_tokens *o = &w->tokens;
  frex_tokens *c = &w->clean_tokens;
  frex_tokens_clear(c);
  size_t n = o->n, copied = 0, dsum = 0, j = 0;
  int64_t dsent = 0;
  while (copied < n) {
    /* the paragraph start before cut J: the last one at or after COPIED
     * (itself 0 or such a start) */
    size_t from = n, to = n, jj = j;
    if (j < w->ncuts) {
      size_t lo = copied, hi = n; /* the first token at or after cut J */
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (o->v[mid].start < w->cuts[j].src)
          lo = mid + 1;
        else
          hi = mid;
      }
      from = lo > copied ? lo - 1 : copied; /* it starts before the cut */
      while (from > copied && !para_start(o, text, from))
        from--;
      /* the first paragraph start after the cuts before it */
      to = from + 1;
      for (;;) {
        while (to < n &&
               !(o->v[to].start > w->cuts[jj].src && para_start(o, text, to)))
          to++;
        if (to < n && jj + 1 < w->ncuts && w->cuts[jj + 1].src < o->v[to].start)
          jj++;
        else
          break;
      }
    }
    /* the text's tokens before FROM */
    if (from > copied) {
      size_t m = from - copied;
      if (c->n + m > c->cap) {
        size_t cap = c->cap ? c->cap : 256;
        while (cap < c->n + m)
          cap *= 2;
        frex_token *v = realloc(c->v, cap * sizeof *v);
        if (!v)
          return FREX_E_NOMEM;
        c->v = v, c->cap = cap;
      }
      frex_token *d = c->v + c->n;
      memcpy(d, o->v + copied, m * sizeof *d);
      if (dsum || dsent) {
        uint32_t ds = (uint32_t)dsent; /* modular: the sum is in range */
        for (size_t i = 0; i < m; i++)
          d[i].start -= dsum, d[i].end -= dsum, d[i].sent += ds;
      }
      c->n += m;
      copied = from;
    }
    if (from == n)
      break;
    /* the paragraphs FROM..TO of the copy */
    frex_tok_state st = {from ? o->v[from].start - dsum : 0, 0, false, true};
    if (c->n)
      st.sent = c->v[c->n - 1].sent, st.have_token = true;
    dsum = w->cuts[jj].sum;
    size_t stop = to < n ? o->v[to].start - dsum : elen;
    int rc = frex_tokenize_range(et, elen, &st, stop, c);
    if (rc)
      return rc;
    if (to < n) {
      if (st.pos != stop || !st.pending ||
          (c->n && c->v[c->n - 1].end > stop)) { /* not as expected */
        return frex_tokenize(et, elen, c);
      }
      dsent = (int64_t)(st.have_token ? st.sent + 1 : 1) - o->v[to].sent;
    }
    copied = to;
    j = jj + 1;
  }
  return FREX_OK;
}

int frex_worker_segment(frex_worker *w, const char *text, size_t len,
                        unsigned flags, const frex_tokens **tokens,
                        const frex_entities **entities) {
  const frex_pipeline *p = w->p;
  frex_entities_clear(w->entities);
  /* AMOUNT and DATE read the text itself; only COMPANY/AGENCY read tokens,
   * and the tokenizer is the costliest stage of an extract without them */
  int rc = FREX_OK;
  if ((flags & FREX_SEG_ENTITIES_ONLY) && !p->org)
    frex_tokens_clear(&w->tokens);
  else
    rc = frex_tokenize(text, len, &w->tokens);
  if (rc)
    return rc;
  /* the extractors read the text without its invisible characters (ET,
   * ELEN, ETOK: see clean_invisible), when it has any */
  const char *et = text;
  size_t elen = len;
  const frex_tokens *etok = &w->tokens;
  bool clean = false;
  if (!(flags & FREX_SEG_TOKENS_ONLY)) {
    if ((rc = clean_invisible(w, text, len, &clean)))
      return rc;
    if (clean) {
      et = w->clean.ptr;
      elen = w->clean.len;
      frex_tokens_clear(&w->clean_tokens);
      if (w->tokens.n && (rc = tokenize_clean(w, text, et, elen)))
        return rc;
#ifdef FREX_CHECK_CLEAN
      { /* cc -DFREX_CHECK_CLEAN: the whole copy's tokens are the reference */
        frex_tokens ref;
        frex_tokens_init(&ref);
        if (w->tokens.n &&
            (frex_tokenize(et, elen, &ref) || ref.n != w->clean_tokens.n ||
             memcmp(ref.v, w->clean_tokens.v, ref.n * sizeof *ref.v)))
          abort();
        frex_tokens_free(&ref);
      }
#endif
      etok = &w->clean_tokens;
    }
  }
  /* the DCT: --dct, else the metadata line, else the dateline (SPEC
   * "Reference date"); --dct none: none, and none detected */
  bool detect = p->cfg.dct.year == 0;
  frex_dct none = {0, 0, 0};
  frex_doc doc = {et, elen, etok->v, etok->n, 0,
                  p->cfg.dct.year < 0 ? none : p->cfg.dct,
                  p->cfg.prefer_future};
  bool flat = false;
  if (!(flags & FREX_SEG_TOKENS_ONLY)) {
    if ((rc = flatten_line_breaks(w, et, elen, &flat)))
      return rc;
    bool subs, crs;
    if ((rc = subs_as_spaces(w, et, elen, flat, &subs)))
      return rc;
    if ((rc = lone_cr_as_lf(w, et, elen, flat || subs, &crs)))
      return rc;
    subs |= crs;
    if (subs && !flat) {
      /* the tokenizer already reads U+001A as a blank: same tokens */
      doc.text = w->flat.ptr;
    } else if (flat) {
      doc.text = w->flat.ptr;
      if (etok->n) {
        /* a joined word moved bytes: the text's tokens no longer fit the
         * view, so the view is tokenized ("Alcatel-\nLucent" one token, as
         * unwrapped); rare, as lines seldom end with a hyphen */
        if ((rc = w->njoins || w->quoted
                      ? frex_tokenize(w->flat.ptr, elen, &w->flat_tokens)
                            : flat_sentences(w, etok, et, w->flat.ptr)))
          return rc;
        doc.tokens = w->flat_tokens.v;
        doc.ntokens = w->flat_tokens.n;
      }
    }
  }
  if (flags & FREX_SEG_CONTINUE) {
    doc.dct = w->doc_dct;
  } else {
    w->sent_base = 0;
    frex_dct meta;
    size_t skip;
    if (frex_dct_from_metadata(et, elen, &meta, &skip)) {
      doc.body = skip;
      if (detect)
        doc.dct = meta;
    } else if (detect && frex_dct_from_dateline(et, elen, 0, &meta)) {
      doc.dct = meta;
    }
    w->doc_dct = doc.dct;
  }
  if (!(flags & FREX_SEG_TOKENS_ONLY)) {
    /* One classification pass over the text for both scanners.  The
     * scalar build (make scalar-check) leaves it out: the scanners' byte
     * loops are the reference of the masks and of their readers. */
    const frex_classes *cls = NULL;
#if defined(__SSE2__)
    if ((p->amount || p->date) && doc.body < doc.len) {
      if ((rc = frex_classes_build_for(&w->classes, doc.text, doc.len,
                                       p->amount != NULL, p->date != NULL)))
        return rc;
      cls = &w->classes;
    }
#endif
    if (p->amount)
      rc = frex_amount_extract_cls(p->amount, &doc, cls, w->entities);
    if (!rc && p->date)
      rc = frex_date_extract_cls(p->date, &doc, cls, w->entities);
    if (!rc && p->org)
      rc = frex_org_extract(p->org, &doc, p->cfg.types, w->entities);
    if (rc)
      return rc;
    if (flat && w->njoins)
      frex_dehyphen_respan(w->joins, w->njoins, w->entities);
    frex_entities_sort(w->entities);
    /* an extractor may find more than was asked (ORG finds both types) */
    filter_entities(w->entities, p->cfg.types, et, elen);
    if (clean)
      for (size_t i = 0, n = frex_entities_count(w->entities); i < n; i++) {
        const frex_entity *x = frex_entities_get(w->entities, i);
        frex_entities_set_span(w->entities, i, clean_map(w, x->start, true),
                               clean_map(w, x->end, false));
      }
  }
  if (w->sent_base)
    for (size_t i = 0; i < w->tokens.n; i++)
      w->tokens.v[i].sent += w->sent_base;
  if (w->tokens.n)
    w->sent_base = w->tokens.v[w->tokens.n - 1].sent;
  if (tokens)
    *tokens = &w->tokens;
  if (entities)
    *entities = w->entities;
  return FREX_OK;
}

int frex_worker_extract(frex_worker *w, const char *text, size_t len,
                        const frex_tokens **tokens,
                        const frex_entities **entities) {
  return frex_worker_segment(w, text, len, 0, tokens, entities);
}

/* Masks of the ASCII bytes of a word: the high bit of each byte that is
 * not ASCII (non_ascii) or is 'A'..'Z' (ascii_upper; meaningful when no
 * byte is non-ASCII: the additions then carry into no other byte). */
static inline uint64_t non_ascii64(uint64_t x) {
  return x & 0x8080808080808080ull;
}
static inline uint64_t ascii_upper64(uint64_t x) {
  return (x + 0x3f3f3f3f3f3f3f3full) & ~(x + 0x2525252525252525ull) &
         0x8080808080808080ull;
}

/* Load N bytes (1..8) of S as a word, the rest zero. */
static inline uint64_t load_upto8(const char *s, size_t n) {
  uint64_t x = 0;
  if (n == 8) {
    memcpy(&x, s, 8);
  } else if (n >= 4) { /* two overlapping 4-byte loads */
    uint32_t a, z;
    memcpy(&a, s, 4);
    memcpy(&z, s + n - 4, 4);
    x = (uint64_t)a | (uint64_t)z << (8 * (n - 4));
  } else {
    for (size_t i = 0; i < n; i++)
      x |= (uint64_t)(unsigned char)s[i] << (8 * i);
  }
  return x;
}

/* Slot of a key of 1..16 bytes among the N (a power of two) of FRONT;
 * KEY receives it padded. */
static front_slot *front_slot_of(front_slot *front, size_t n, const char *k,
                                 size_t len, uint64_t key[2]) {
  key[0] = load_upto8(k, len < 8 ? len : 8);
  key[1] = len > 8 ? load_upto8(k + 8, len - 8) : 0;
  uint64_t h = (key[0] * 0x9E3779B97F4A7C15ull) ^
               ((key[1] + len) * 0xC2B2AE3D27D4EB4Full);
  return &front[(h ^ h >> 29) & (n - 1)];
}

/* Does SLOT hold KEY (LEN bytes)? */
static inline bool front_slot_hit(const front_slot *slot, const uint64_t key[2],
                                  size_t len) {
  return slot->len == len && slot->key[0] == key[0] && slot->key[1] == key[1];
}

/* Keep V (VLEN bytes) in SLOT for KEY when it fits; returns the slot's
 * copy, valid until a later call replaces it, or V itself. */
static const char *front_slot_fill(front_slot *slot, const uint64_t key[2],
                                   size_t len, const char *v, size_t vlen) {
  if (vlen >= sizeof slot->val)
    return v;
  slot->key[0] = key[0];
  slot->key[1] = key[1];
  slot->len = (uint8_t)len;
  slot->vlen = (uint8_t)vlen;
  memcpy(slot->val, v, vlen);
  slot->val[vlen] = '\0';
  return slot->val;
}

/* frex_worker_norm past its fast path: ASCII of any length, then the
 * cache and ICU.  Kept out of line so the fast path saves no registers. */
static __attribute__((noinline)) int norm_slow(frex_worker *w,
                                               const char *text, size_t len,
                                               const char **norm,
                                               size_t *normlen) {
  size_t i = 0;
  bool upper = false;
  while (i < len && (unsigned char)text[i] < 0x80) {
    upper |= text[i] >= 'A' && text[i] <= 'Z';
    i++;
  }
  if (i == len && !upper) { /* already its own norm: no copy */
    *norm = text;
    *normlen = len;
    return FREX_OK;
  }
  if (i == len) {
    frex_buf_clear(&w->scratch);
    if (frex_buf_grow(&w->scratch, len))
      return FREX_E_NOMEM;
    for (i = 0; i < len; i++) {
      char c = text[i];
      w->scratch.ptr[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    w->scratch.ptr[len] = '\0';
    w->scratch.len = len;
    *norm = w->scratch.ptr;
    *normlen = len;
    return FREX_OK;
  }
  uint64_t key[2];
  front_slot *slot = NULL;
  if (len <= 16) {
    slot = front_slot_of(w->norm_front, NORM_FRONT_SLOTS, text, len, key);
    if (front_slot_hit(slot, key, len)) {
      *norm = slot->val;
      *normlen = slot->vlen;
      return FREX_OK;
    }
  }
  const char *v = frex_strmap_get(w->norm_cache, text, len, normlen);
  if (!v) {
    int rc = frex_normalize(w->normalizer, text, len, &w->scratch);
    if (rc)
      return rc;
    if (frex_strmap_count(w->norm_cache) >= CACHE_MAX_ENTRIES)
      frex_strmap_clear(w->norm_cache);
    if ((rc = frex_strmap_put(w->norm_cache, text, len, w->scratch.ptr,
                              w->scratch.len)))
      return rc;
    v = frex_strmap_get(w->norm_cache, text, len, normlen);
  }
  /* the slot's norm is valid until a later call replaces it, as the
   * scratch norms of the fast path are (frex.h: until the next call) */
  *norm = slot ? front_slot_fill(slot, key, len, v, *normlen) : v;
  return FREX_OK;
}

int frex_worker_norm(frex_worker *w, const char *text, size_t len,
                     const char **norm, size_t *normlen) {
  /* ASCII: lowercasing is cheaper than a cache lookup.  Tokens of up to 8
   * bytes (most) are tested and lowercased as one word: 'A'..'Z' get the
   * 0x20 bit, as norm_slow's byte loop does one byte at a time. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (len && len <= 8 && w->scratch.cap >= 9) { /* byte K of X is text[K] */
    uint64_t x = load_upto8(text, len);
    if (!non_ascii64(x)) {
      uint64_t up = ascii_upper64(x);
      if (!up) { /* already its own norm: no copy */
        *norm = text;
        *normlen = len;
        return FREX_OK;
      }
      x |= up >> 2; /* 0x80 >> 2 == 0x20 */
      memcpy(w->scratch.ptr, &x, 8);
      w->scratch.ptr[len] = '\0';
      w->scratch.len = len;
      *norm = w->scratch.ptr;
      *normlen = len;
      return FREX_OK;
    }
  } else if (len > 8 && len <= 16 && w->scratch.cap >= 17) {
    /* 9 to 16 bytes: two overlapping words, both lowercased the same way */
    uint64_t a, z;
    memcpy(&a, text, 8);
    memcpy(&z, text + len - 8, 8);
    if (!non_ascii64(a | z)) {
      uint64_t ua = ascii_upper64(a), uz = ascii_upper64(z);
      if (!(ua | uz)) {
        *norm = text;
        *normlen = len;
        return FREX_OK;
      }
      a |= ua >> 2;
      z |= uz >> 2;
      memcpy(w->scratch.ptr, &a, 8);
      memcpy(w->scratch.ptr + len - 8, &z, 8);
      w->scratch.ptr[len] = '\0';
      w->scratch.len = len;
      *norm = w->scratch.ptr;
      *normlen = len;
      return FREX_OK;
    }
  }
#endif
  return norm_slow(w, text, len, norm, normlen);
}

/* The stem of NORM[0..len) by libstemmer's ISO-8859-1 French stemmer, in
 * W's buffer (valid until the next call), its length in *SLEN; NULL when
 * NORM holds a character outside Latin-1 (œ, ’...), is longer than
 * STEM_L1_MAX characters or the stemmer is missing or out of memory: the
 * UTF-8 stemmer then stems it.  Both stemmers are compiled by Snowball
 * from the same french.sbl and differ only in how a character is read, so
 * their stems of a Latin-1 word are the same characters (checked on every
 * distinct word of bench/corpus.txt); the byte stemmer needs ~40% fewer
 * instructions a word (callgrind: 4,480 → 2,700 on the slice's words). */
static const char *stem_latin1(frex_worker *w, const char *norm, size_t len,
                               size_t *slen) {
  unsigned char b[STEM_L1_MAX];
  size_t n = 0;
  if (!w->stemmer_l1)
    return NULL;
  for (size_t i = 0; i < len; i++, n++) {
    unsigned char c = (unsigned char)norm[i];
    if (n == STEM_L1_MAX)
      return NULL;
    if (c < 0x80) {
      b[n] = c;
    } else if ((c & 0xFE) == 0xC2 && i + 1 < len &&
               ((unsigned char)norm[i + 1] & 0xC0) == 0x80) {
      b[n] = (unsigned char)((c & 3) << 6 | ((unsigned char)norm[++i] & 0x3F));
    } else {
      return NULL;
    }
  }
  const sb_symbol *s = sb_stemmer_stem(w->stemmer_l1, b, (int)n);
  if (!s)
    return NULL;
  size_t sn = (size_t)sb_stemmer_length(w->stemmer_l1), k = 0;
  if (sn > STEM_L1_MAX) /* 2 * sn bytes may not fit */
    return NULL;
  for (size_t i = 0; i < sn; i++) {
    if (s[i] < 0x80) {
      w->stem_l1[k++] = (char)s[i];
    } else {
      w->stem_l1[k++] = (char)(0xC0 | s[i] >> 6);
      w->stem_l1[k++] = (char)(0x80 | (s[i] & 0x3F));
    }
  }
  *slen = k;
  return w->stem_l1;
}

int frex_worker_stem(frex_worker *w, const char *norm, size_t len,
                     const char **stem, size_t *stemlen) {
  uint64_t key[2];
  front_slot *slot = NULL;
  if (len && len <= 16) {
    slot = front_slot_of(w->stem_front, STEM_FRONT_SLOTS, norm, len, key);
    if (front_slot_hit(slot, key, len)) {
      *stem = slot->val;
      *stemlen = slot->vlen;
      return FREX_OK;
    }
  }
  const char *v = frex_strmap_get(w->stem_cache, norm, len, stemlen);
  if (!v) {
    if (len > INT32_MAX)
      return FREX_E_ARG;
    size_t slen;
    const char *s = stem_latin1(w, norm, len, &slen);
    if (!s) {
      const sb_symbol *u =
          sb_stemmer_stem(w->stemmer, (const sb_symbol *)norm, (int)len);
      if (!u)
        return FREX_E_NOMEM;
      s = (const char *)u;
      slen = (size_t)sb_stemmer_length(w->stemmer);
    }
    if (frex_strmap_count(w->stem_cache) >= CACHE_MAX_ENTRIES)
      frex_strmap_clear(w->stem_cache);
    int rc = frex_strmap_put(w->stem_cache, norm, len, s, slen);
    if (rc)
      return rc;
    /* the stemmer's own copy: as good as the cached one until the next
     * stem call, and no second lookup */
    v = s;
    *stemlen = slen;
  }
  *stem = slot ? front_slot_fill(slot, key, len, v, *stemlen) : v;
  return FREX_OK;
}
