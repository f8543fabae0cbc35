/*
 * date_impl.h — private to the DATE extractor (date.c, date_build.c,
 * date_scan.c): the pattern list, the trigger bits, the compiled state
 * shared by all threads (struct frex_date) and the per-call scan state.
 */
#ifndef FREX_DATE_IMPL_H
#define FREX_DATE_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include "lazyre.h"

#include "date.h"
#include "date_lex.h"
#include "date_resolve.h"

/* The patterns, one per family of expressions (sources in date.c). */
enum {
  P_DM,      /* 21 juillet 2021, 1er mai, 4e jour de juillet de 1995 */
  P_MD,      /* Oct. 2, novembre 23 de 1987, Mai vingt et un */
  P_M,       /* novembre 2020, mai dernier, cette Septembre, (en) mars */
  P_NUM,     /* 21/07/2021, 2021-07-21, 21.07.21, 3/2015, 23/Sep/2020 */
  P_NUMSP,   /* 11 / 2016, 2016 - 11, 02 04 2009 */
  P_YEAR,    /* 2013 */
  P_QUARTER, /* deuxième trimestre 2020, T2 2020, S1 2020, second semestre */
  P_WEEK,    /* 3e semaine de 2027, semaine du 16 septembre */
  P_RELUNIT, /* (la) semaine dernière, ce week-end, le mois suivant */
  P_OFFSET,  /* il y a deux semaines, dans trois jours */
  P_RELDAY,  /* hier (soir), aujourd'hui, demain matin, la veille */
  P_WEEKDAY, /* jeudi (soir), vendredi dernier, mardi en huit, mardi suivant */
  P_WDABBR,  /* mer. (only before a date: "mer. 10 juin 2020") */
  P_HOLIDAY, /* Noël 2016, la veille de Noël, Pâques, jour de l'an */
  P_PERIOD,  /* mi-2021, fin 2020, début mars, fin des années 90 */
  P_DAYCUR,  /* 22 (de) ce mois */
  P_DAYWORD, /* vingt-sept (weak: "le vingt-sept", "du deux au 5 mai") */
  P_SEASON,  /* l'été 2017, cet hiver, le printemps prochain */
  P_DECADE,  /* les années 1980, années 80 */
  P_CENTURY, /* le XIXe siècle, au 20e siècle */
  P_PARTDAY, /* ce matin, cette nuit, la nuit dernière, nuit de jeudi à ... */
  P_NTH,     /* le premier lundi du mois, la dernière semaine d'août */
  NPAT
};

#define M_(p) (1u << (p))
#define TRIG_MONTH (M_(P_MD) | M_(P_M) | M_(P_NUM))
#define TRIG_NUMW (M_(P_DM) | M_(P_DAYWORD) | M_(P_CENTURY))
#define TRIG_ORD                                                               \
  (M_(P_DM) | M_(P_QUARTER) | M_(P_WEEK) | M_(P_NTH) | M_(P_CENTURY))
#define TRIG_DIGIT                                                             \
  (M_(P_DM) | M_(P_NUM) | M_(P_NUMSP) | M_(P_YEAR) | M_(P_QUARTER) |           \
   M_(P_WEEK) | M_(P_DAYCUR) | M_(P_CENTURY) | M_(P_NTH))
/* ce, cet, cette: a month, a weekday, a part of the day, a season */
#define TRIG_DEM (M_(P_M) | M_(P_WEEKDAY) | M_(P_PARTDAY) | M_(P_SEASON))

/* Context bits, beyond the pattern bits: words the prechecks look for
 * next to a trigger (they start no pattern themselves). */
#define X_CONN (1u << 22)   /* au, a (à), et, ou, jusqu: ranges and lists */
#define X_DE (1u << 23)     /* de, du, d (d'): "12 de Sept", "6 du mois" */
#define X_LE (1u << 24)     /* le, la, l, entre: before a lone day */
#define X_JOUR (1u << 25)   /* jour, week-end: "4e jour de juillet" */
#define X_MOD (1u << 26)    /* dernier, prochain, suivant: "semaine prochaine" */
#define X_UN (1u << 27)     /* un, une: "dans une semaine" */
#define X_PART (1u << 28)   /* matin, soir, nuit: "ce matin" */
#define X_SIECLE (1u << 29) /* siècle(s): "XIXe siècle" */
#define X_TEN (1u << 30)    /* vingt ... nonante, quatre: "années soixante" */
#define X_QUART (1u << 31)  /* trimestre, semestre, quart: "2e trimestre" */
#define PAT_BITS ((1u << NPAT) - 1)

/* Trigger words are found by walking a trie on folded letters while the
 * scanner skips a word: no per-word copy, length or string comparison. */
typedef struct {
  int16_t next[26]; /* child per letter a..z, 0 = none (0 is the root) */
  unsigned mask;    /* patterns to run when a word ends here */
} tnode;

#define TRIE_MAX 2048

/* byte classes of the scanner */
enum { C_OTHER, C_DIGIT, C_LETTER, C_CONT };

struct frex_date {
  pcre2_code *code[NPAT];       /* the interpreter's code of LRE[p] */
  frex_lazyre lre[NPAT];        /* JIT-compiled once worth it (lazyre.h) */
  bool lre_init[NPAT];          /* LRE[p] owns CODE[p] */
  uint32_t ovec_pairs;          /* enough for every pattern */
  unsigned char cls[256];
  unsigned char inword[256];    /* C_LETTER or C_CONT: still in a word */
  signed char letter[256];      /* ASCII letter index 0..25, else -1 */
  /* The branchless scan (maybe_trigger): k3[b] is 0..25 for an ASCII
   * letter, 26 for a byte that ends a word, 27 for any other byte of a
   * word (accented letter, UTF-8 continuation); p4 has a bit for each four
   * such codes that may begin a trigger word (27 always: checked slowly);
   * lead[b]/cont[b] tell letters and continuation bytes apart. */
  unsigned char k3[256], lead[256], cont[256], digit[256];
  unsigned char p4[(28 * 28 * 28 * 28 + 7) / 8];
  /* bytes that may start a month name (DF_MONTH; every non-ASCII byte);
   * month_letters: every month name is made of letters (P_NUM's filter) */
  unsigned char month_lead[256];
  bool month_letters;
  int ntrie;
  tnode trie[TRIE_MAX];
};


/* One call of frex_date_extract: the document, match data, mentions. */
typedef struct {
  const frex_date *D;
  const frex_doc *doc;
  const char *t; /* doc->text */
  size_t body, len;
  pcre2_match_data *md;
  pcre2_match_context *mc;
  int rc;        /* return code of the last match */
  int pat;       /* pattern of the last match */
  frex_mention *v;
  size_t n, cap;
  struct frex_date_ctx *ctx; /* date_ctx.c: words around the dates */
  bool unknown; /* a builder met a word its family does not have */
  bool tense_verbs; /* frex_date_tense: verbs only, no heading or agenda cue */
  /* a builder read a recurrence ("chaque année en février"): no date,
   * and none inside it either */
  size_t skip_to;
  /* the classification of T (classify.h), or NULL: read the bytes */
  const struct frex_classes *cls;
} scan;

static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* date.c */
/* Run the patterns of MASK at POS; push the longest accepted mention.
 * Returns 1 and its end in *END, 0 if none, or a negative error. */
int frex_date_try_at(scan *S, size_t pos, unsigned mask, size_t *end);

/* date_build.c: mentions from matches, and the context they are read in */
int frex_date_push(scan *S, const frex_mention *m);
/* Build the mention of the last match of pattern P; false rejects it. */
bool frex_date_build(scan *S, int p, frex_mention *m);

/* date_near.c: the words around a candidate */
bool frex_date_is_space(const char *t, size_t len, size_t i);
size_t frex_date_space_back(const char *t, size_t lo, size_t i);
size_t frex_date_prev_word(const scan *S, size_t pos, char *w);
bool frex_date_season_after_prep(const scan *S, size_t pos);
bool frex_date_season_after_time_prep(const scan *S, size_t pos);
bool frex_date_rentree_ok(const scan *S, size_t pos);
int frex_date_season_subject(const scan *S, size_t pos);
void frex_date_next_word(const scan *S, size_t pos, char *w);
bool frex_date_in_list(const char *w, const char *const *list);
/* Words after which a bare month or a bare year reads as a date. */
extern const char *const frex_date_preps[];
/* Is the number at [s, e) a year rather than a count, page, or amount? */
bool frex_date_year_context_ok(const scan *S, size_t s, size_t e);
/* Does POS start a sentence (only spaces, quotes, markup or a list dash
 * since the last . ! ? : or line break, or the start of the body)? */
bool frex_date_sentence_start(const scan *S, size_t pos);
/* Is byte I an uppercase letter (ASCII or Latin-1)? */
bool frex_date_is_upper_at(const scan *S, size_t i);

/* date_link.c: link the mentions of S (weekday + date, ranges, lists,
 * governed dates), then resolve them and append the dates to OUT. */
void frex_date_link(scan *S);
int frex_date_emit(scan *S, frex_entities *out);

/* date_ctx.c: +1 when the clause of the date at [START, END) speaks of
 * the future, -1 of the past, 0 when it says neither, and
 * FREX_TENSE_NEAREST when it sets the date of an event (a programme in
 * the present, a date fixed or postponed, a meeting called): the event
 * may lie on either side of the DCT, so the date is the nearer one. */
#define FREX_TENSE_NEAREST 2
/* ... and a weekday so set is the coming one ("le match a lieu samedi",
 * "le départ est décalé à mardi"), where a past act ("l'a convoqué
 * mardi") leaves the weekday to the nearer one too */
#define FREX_TENSE_SCHEDULE 3
/* A date so set in the present (a programme, a change: "le festival se
 * tient en août", "la réforme entre en vigueur le 1er septembre") is the
 * coming one unless the past one is recent, within FREX_PRESENT_RECENT
 * days of the DCT ("le salon a lieu du 3 au 5 octobre", read on the 10th;
 * "les tarifs augmentent le 1er janvier", read on 2 February): an event
 * further back is told in the passé composé */
#define FREX_PRESENT_RECENT 62
/* ... and the period of published figures ("le déficit du premier
 * semestre sera présenté en décembre"): a quarter or a half-year is the
 * last one begun by the DCT (figures come after their period), a month
 * the nearer one */
#define FREX_TENSE_FIGURES 4
int frex_date_tense(scan *S, size_t start, size_t end);
/* ... and is the date told in a present passive that reports an act
 * ("est levée jeudi", "est mis en examen mercredi"), not one that
 * schedules ("est organisée dimanche") nor a plan ("est prévue")? */
bool frex_date_report_present(scan *S, size_t start, size_t end);
void frex_date_ctx_free(struct frex_date_ctx *C);

/* date_scan.c: the trigger lexicon and the scanner */
/* Fill the byte classes, the trie and the prefix tables of D; false if
 * TRIE_MAX is too small (a bug). */
bool frex_date_init_tables(frex_date *D);
/* Find every mention of text[body..len) into S->v. */
int frex_date_scan(scan *S);

#endif
