/*
 * date.c — the DATE extractor (SPEC "DATE", "Reference date"; issues 4,
 * 12).
 *
 * Three passes over the body of a document (text[body..len)):
 *  1. scan (date_scan.c): a fast loop visits word and number starts; a
 *     number, or a word of the lexicon's trigger trie, runs the anchored
 *     PCRE2 patterns below that may start there, and the longest match
 *     that its builder (date_build.c) accepts becomes a mention — builders
 *     read the context: "en mai" is a date, "Mai Nguyen" is not;
 *  2. link (date_link.c): weekdays join the date they precede ("mardi 12
 *     février"), ranges and lists ("du 5 au 7 mai 2021", "lundi 3 et mardi
 *     4 juin") lend the missing month/year of one bound to the other, an
 *     anaphor takes the date it governs ("la veille du 2 mars");
 *  3. resolve (date_link.c, date_resolve.c) against the DCT, or, for
 *     anaphoric dates and days without their month, against their anchor
 *     in the text; the clause's tense (date_ctx.c) sends open dates
 *     forward.
 * The patterns are templates: F("family") stands for the words of one
 * family of the lexicon (date_lex.c), spliced in at start-up, so that each
 * word is written once.  They are compiled once with PCRE2_ANCHORED (the
 * JIT serves every start offset), shared read-only between threads; match
 * data is per call.
 * Spans leave out leading prepositions and determiners ("le", "en", "du",
 * and "ce" before a weekday or a month: "ce mardi" is "mardi") but keep
 * "dernier", "prochain", "mi-", "fin", "début", a part of the day ("hier
 * soir") and the determiner of a noun that is no date without it ("la
 * semaine dernière", "l'an prochain", "cette semaine", "ce matin", "cet
 * hiver", "ce week-end"), as SPEC writes them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "classify.h"
#include "date_impl.h"
#include "wordre.h"

/* ------------------------------------------------------ pattern pieces */

/* F("family") stands for the words of a family of the lexicon
 * (date_lex.c), spliced in when the patterns are compiled. */
#define F(name) FREX_PH(name)
#define WB "(?![\\p{L}\\p{N}])"         /* end of a word */
#define WBH "(?![\\p{L}\\p{N}]|-\\p{L})" /* ... not a hyphenated word */
#define SP "\\h{1,5}+"                  /* spaces, NBSP included */
#define AP "['’]"                       /* straight or curly apostrophe */
#define DE "(?:de" SP "|d" AP ")"        /* de / d' */
#define ANNEE "l" AP "ann[ée]e" SP       /* "de l'année 2016" */
/* after a number: not more digits, a decimal part or a thousands group;
 * after a four-digit year a group goes on a number only when it cannot
 * start one ("2000 000 euros"): no number has a four-digit first group,
 * so "mars 2019 150 millions", "2019 150 000 €" (a table's row) keep
 * their year.  Up to four spaces (SP), as the view leaves a CRLF and an
 * indent ("en mars 45\r\n  000 personnes") */
#define NUMEND                                                                 \
  "(?![\\p{N}]|[.,][0-9]|(?<![0-9]{4})\\h{1,4}[0-9]{3}(?![0-9])"                \
  "|\\h{1,4}0[0-9]{2}(?![0-9]))"

#define MONTH_FULL F("month!a")
#define MONTH_ABBR F("month/a")
/* a month word; an abbreviation takes its dot into the span */
#define MONTH                                                                  \
  "(?<mon>" MONTH_FULL WB "|" MONTH_ABBR "(?:\\.|" WB "))"
#define MONTHX "(?:" MONTH_FULL "|" MONTH_ABBR ")" /* inside 23/Sep/2020 */
#define WEEKDAY F("weekday!a")

/* day of the month: 1er, Ier, 01..31, 3e; in words; as an ordinal */
#define DAYN "(?:1\\h?er|1re|Ier|(?:0?[1-9]|[12][0-9]|3[01])(?:e|è|ème|eme)?)" WB
#define NUMW F("nwday")
#define ORDW F("ordw")
#define DAY "(?<d>" DAYN "|" NUMW "|" ORDW ")"

/* years: four digits (1500-2099 next to a month, 1900-2099 alone), or two
 * digits that cannot be a day ('21, 78) */
#define YEAR4 "(?:1[5-9][0-9]{2}|20[0-9]{2})(?![\\p{N}])"
#define YEAR2 "(?:" AP "[0-9]{2}|[3-9][0-9])(?![\\p{N}])"
/* after a comma only a four-digit or an apostrophed year: "En janvier, 45
 * entreprises ont fermé", "le 1er janvier, 42 accidents" count things */
#define YEAR2C "(?:" AP "[0-9]{2}(?![\\p{N}]))"
/* "en décembre de l'an 2000": "l'an" with a four-digit year only ("en
 * mars de l'an 44" is no 1944) */
#define YEAR_TAIL                                                              \
  "(?:(?:,\\h*+(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4 "|" YEAR2C ")|" SP     \
  "(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4 "|" YEAR2 ")|" SP "de" SP        \
  "l" AP "an" SP "(?<y>" YEAR4 "))" NUMEND ")?"
/* plural after a list: "les 3 et 4 mai derniers" */
#define MODW "derniers?|prochains?|pass[ée]s?"
/* after a feminine holiday too: "la Pentecôte prochaine", "la Toussaint
 * dernière" */
#define MODWF "derni(?:[eè]re|er)s?|prochaine?s?|pass[ée]e?s?"
#define MOD "(?:" SP "(?<mod>" MODW ")" WB ")?"

/* ordinals of quarters, half-years and weeks */
#define ORDSUF "(?:e|è|ème|eme)"
#define QORD                                                                   \
  "(?:1\\h?er|1re|2(?:" ORDSUF "|nd)|[34]" ORDSUF "|" F("ord4") "|" F("last")  \
  ")" WB
#define NUMC "(?:[0-9]{1,3}" WB "|" F("nwcount") ")"
#define UNIT "(?<u>" F("offunit") ")" WB
/* a century: XIXe, XIXᵉ, 20e, 21ème, Ier, "XX e" (a superscript cut off by
 * a space, or by a line break: its spaces in the view); or an ordinal in
 * words */
#define CENTN                                                                  \
  "(?:(?-i:[IVXL]{1,5})\\h{0,4}+|[0-9]{1,2})(?:i[eè]me|[eè]me|er|re|e|è|\\x{1D49})" WB
#define SIECLE SP "si[eè]cles?" WB
/* a part of the day after a day: "hier soir", "jeudi dans la nuit" */
/* ... with the part of the part: "en fin de journée", "en début de
 * soirée", "au milieu de la nuit", "au petit matin", "tard dans la soirée" */
#define PART_OF                                                                \
  "(?:en|au)" SP "(?:fin|d[ée]but|milieu)" SP "(?:de" SP "(?:la" SP ")?|d" AP  \
  "|du" SP ")(?:" F("part") "|journ[ée]e)" WBH "|au" SP "petit" SP "matin" WB  \
  "|(?:t[ôo]t|tard)" SP "dans" SP "(?:la" SP "|l" AP ")" F("part") WBH
#define PART                                                                   \
  "(?:" SP "(?<part>(?:(?:au|dans" SP "la|en)" SP "|dans" SP "l" AP ")?"      \
  F("part") WBH "|" PART_OF "))?"
/* ... and after a day of the month or a weekday with its modifier: "le 5
 * mars au soir", "samedi dernier dans la soirée" (a preposition needed) */
#define PART_AFTER                                                             \
  "(?:" SP "(?:(?:au" SP "|dans" SP "la" SP "|dans" SP "l" AP "|en" SP ")"   \
  F("part") WBH "|" PART_OF "))?"

/* ------------------------------------------------------------ patterns */

/* One pattern per family (enum in date_impl.h); each is compiled with
 * PCRE2_ANCHORED and tried only where date_scan.c says it may start. */
static const char *const pattern_src[NPAT] = {
    [P_DM] = DAY "(?:" SP "jour)?(?:" SP "|-)(?:de" SP "|du" SP "mois" SP DE
                 "|d" AP ")?" MONTH YEAR_TAIL MOD PART_AFTER,
    [P_MD] = MONTH "\\.?(?:\\h*+[-/]\\h*+|,?" SP ")" DAY
                   "(?:(?:,?" SP "(?:de" SP ")?|[-/])(?<y>" YEAR4
                   ")" NUMEND ")?(?!\\h?[0-9])",
    [P_M] = "(?:(?<ce>" F("dem") ")" SP "(?:mois" SP DE ")?|(?<pre>prochain)"
            SP ")?" MONTH
            "(?:(?:\\.?,\\h*+(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4 "|" YEAR2C
            ")|(?:\\.?" SP "|/|-)(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4
            "|" YEAR2 ")|" SP "de" SP "l" AP "an" SP "(?<y>" YEAR4 "))" NUMEND
            ")?" MOD,
    [P_NUM] = "(?<a>[0-9]{1,4}|" MONTHX ")(?<s>[/.-])(?<b>[0-9]{1,4}|" MONTHX
              ")(?:\\k<s>(?<c>[0-9]{1,4}|" MONTHX
              ")|,\\h?(?<c>[0-9]{4})|,(?<c>[0-9]{2}))?"
              /* not glued to a letter or a digit, but an ISO 8601
               * timestamp's time may follow: 2026-03-12T08:15 */
              "(?!(?!T[0-9]{2}:[0-9]{2})[\\p{N}\\p{L}]|\\k<s>[\\p{N}\\p{L}]"
              "|[.,][0-9])",
    [P_NUMSP] = "(?<a>[0-9]{1,2})\\h*+[/-]\\h*+(?<b>(?:19|20)[0-9]{2})(?![\\p{N}])"
                "|(?<a>(?:19|20)[0-9]{2})\\h*+[/-]\\h*+(?<b>[0-9]{1,2})"
                "(?![\\p{N}/.-])"
                "|(?<a>[0-9]{1,2})\\h(?<b>[0-9]{1,2})\\h(?<c>(?:19|20)[0-9]{2}"
                "|[0-9]{2})(?![\\p{N}]|\\h[0-9])"
                /* "en 11, 2016", "en 11 de l'année 2016" (a month number
                 * after "en" or "mois de": date_build.c), "2016, nov" */
                "|(?<a>1[0-2]|0?[1-9])(?:,\\h?|" SP "de" SP ANNEE ")(?<b>"
                "(?:19|20)[0-9]{2})(?![\\p{N}])"
                "|(?<a>(?:19|20)[0-9]{2}),\\h*+(?<b>" MONTH_ABBR ")\\.?"
                "(?=\\h*+(?:[.!?;]|$))",
    [P_YEAR] = "(?<y>(?:19|20)[0-9]{2})(?![\\p{N}\\p{L}]|[.,][0-9]|\\h0[0-9]{2}"
               "(?![0-9])|-[0-9]{3}(?![0-9]))"
               /* the second year of "la saison 2023-24": date_build.c */
               "|(?<=(?:19|20)[0-9]{2}[-/])(?<yn>[0-9]{2})(?![\\p{N}\\p{L}]|[.,/-][0-9])",
    [P_QUARTER] =
        "(?:(?<qo>" QORD ")" SP "(?<qu>" F("qnoun") ")" WB
        "|(?<qu>" F("qnoun!m") ")\\h?(?<qn>[1-4])(?![\\p{N}]))"
        "(?:(?:" SP "(?:de" SP "|du" SP "|d" AP ")?(?:" ANNEE ")?|-)(?<y>" YEAR4
        ")" NUMEND "|" SP "de" SP "l" AP "ann[ée]e(?<cur>)" WB
        "(?!" SP "(?:derni|prochaine|pass|suivante|pr[ée]c[ée]dente))" ")?"
        "|(?<ql>" F("qletter") ")(?<qn>[1-4])(?:" SP "(?:de" SP ")?|\\h*+-\\h*+)"
        "(?<y>" YEAR4 ")" NUMEND
        /* without a year only after "au" and before a punctuation: "Au
         * T4, les ventes ont reculé" (not "la ligne T3", "un T3", "habite
         * en T3") */
        "|(?<=(?<![\\p{L}])au\\h)(?<ql>" F("qletter") ")(?<qn>[1-4])"
        "(?=\\h?+[,.;:)])"
        "|(?<y>" YEAR4 ")(?:\\h*+-\\h*+|" SP ")(?:(?<ql>" F("qletter")
        ")|(?<qu>" F("qnoun!m") ")\\h?)(?<qn>[1-4])" WB,
    [P_WEEK] = "(?<wo>" QORD "|[0-9]{1,2}" ORDSUF WB ")" SP
               "semaine" SP DE "(?:" ANNEE ")?(?<y>" YEAR4 ")" NUMEND
               "|semaine" SP "du" SP "(?<d>" DAYN ")(?:" SP "au" SP DAYN ")?"
               SP MONTH "(?:" SP
               "(?<y>" YEAR4 ")" NUMEND ")?",
    [P_RELUNIT] = "(?<u>" F("unit") ")(?:-ci|(?<la>-l[àa]))?" WBH
                  "(?:" SP "(?<mod>" F("mod!p") ")" WB ")?",
    [P_OFFSET] = "(?<oi>" F("offset") ")" SP "(?:(?:à" SP "peu" SP "près|"
                 "environ|presque|tout" SP "juste|exactement|d[ée]j[àa]|"
                 "(?:un" SP "peu" SP ")?(?:pr[eè]s|plus|moins)" SP "de)" SP
                 "|(?:un" SP "peu" SP ")?(?:pr[eè]s|plus|moins)" SP "d" AP
                 ")?(?<n>" NUMC ")" SP UNIT
                 "(?:" SP "(?<half>et" SP "demie?)" WB ")?",
    [P_RELDAY] = "(?<rd>" F("relday") ")" WB PART,
    [P_WEEKDAY] = "(?:(?<ce>" F("dem") ")" SP "|(?<pre>prochain)" SP ")?"
                  "(?<wd>" WEEKDAY ")" WB PART "(?:" SP "(?<mod>" F("mod!p")
                  ")" WB PART_AFTER "|" SP "en" SP "(?<eh>huit|quinze)" WB
                  "|,?" SP "(?:de" SP ")?(?<wk>la|cette)" SP "semaine(?:" SP
                  "(?<wmod>" F("mod!n") "))?" WB ")?",
    [P_WDABBR] = "(?<wd>" F("weekday/a") ")\\.?(?=,?\\h*+[0-9])",
    [P_HOLIDAY] = "(?:(?<hpre>" F("hpre") ")" SP "(?:de" SP "la" SP
                  "|du" SP "|de" SP "|d" AP ")?(?:f[êe]te" SP "du" SP ")?)?"
                  "(?<hol>" F("holiday") ")" WB "(?:" SP "(?:de" SP "|en" SP
                  ")?(?<y>" YEAR4 ")" NUMEND "|" SP "(?<mod>" MODWF ")" WB ")?",
    [P_PERIOD] = "(?<pp>" F("period") ")(?:\\h*+[-\\x{2011}]\\h*+|" SP
                 "(?:de" SP "|d" AP ")?)"
                 "(?:(?<y>" YEAR4 ")" NUMEND "|(?:du" SP "mois" SP DE ")?"
                 MONTH "(?:(?:,\\h*+|" SP
                 ")(?:de" SP "(?:" ANNEE "|l" AP "an" SP ")?)?(?<y>" YEAR4 ")"
                 NUMEND ")?" MOD
                 "|(?:l" AP ")?(?<u>ann[ée]e|an)(?:" SP
                 "(?<mod>derni(?:[eè]re|er)|prochaine?|pass[ée]e?))?" WB
                 "(?:" SP "(?<y>" YEAR4 ")" NUMEND ")?"
                 "|(?:la" SP ")?(?<u>semaine)(?:" SP
                 "(?<mod>derni[eè]re|prochaine|pass[ée]e))?" WB
                 "|(?:du" SP ")?(?<u>mois)(?:" SP
                 "(?<mod>dernier|prochain|pass[ée]))?" WB
                 "|des" SP "ann[ée]es" SP "(?<dec>(?:1[0-9]|20)[0-9]0|[0-9]0)"
                 "(?![\\p{N}]|\\h?%)"
                 "|du" SP "(?<cen>" CENTN ")" SIECLE ")",
    [P_DAYCUR] = "(?<d>" DAYN ")" SP "(?:de" SP ")?(?:cette|ce)" SP
                 "mois(?:-ci)?" WB,
    [P_DAYWORD] = "(?<d>" NUMW ")",
    [P_SEASON] = "(?:(?<ce>" F("dem") ")" SP ")?(?<se>" F("season") ")"
                 "(?:(?<la>-l[àa])" WB "|" WBH ")"
                 "(?:" SP "(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4
                 ")(?:\\h*+[-/]\\h*+(?<y2>"
                 YEAR4 "|[0-9]{2}(?![\\p{N}])))?" NUMEND ")?"
                 "(?:" SP "(?<mod>" F("mod!p") ")" WB ")?",
    [P_DECADE] = F("decade") SP "(?:(?<dec>(?:1[0-9]|20)[0-9]0|[0-9]0)"
                 "(?![\\p{N}]|\\h?%|[.,][0-9])|(?<decw>" F("nwtens") "))",
    [P_CENTURY] = "(?<cen>" CENTN "|" F("ordc") ")(?:" SIECLE "|(?=" SP
                  "(?:et|ou|à|au|-)" SP CENTN SIECLE "))"
                  "(?!" SP "av(?:ant|\\.)" WB ")",
    [P_PARTDAY] = "(?<ce>" F("dem") ")" SP "(?<part>" F("part") ")"
                  "(?:(?<la>-l[àa])" WB "|" WBH ")"
                  "|(?<pn>" F("night") ")" SP "(?:(?<mod>" F("mod!p") ")" WB
                  /* "la nuit du 3 au 4 mars", "du samedi 9 au dimanche 10",
                   * "du 31 décembre 2023 au 1er janvier 2024", "de
                   * mercredi à jeudi 18 mai" */
                  "|(?:de|du)" SP "(?:(?:" WEEKDAY SP ")?(?<d>" DAYN ")(?:" SP
                  MONTH_FULL WB "(?:" SP YEAR4 NUMEND ")?)?|" WEEKDAY WB ")"
                  SP "(?:à|au)" SP
                  "(?:" WEEKDAY SP ")?(?<d2>" DAYN ")(?:" SP MONTH "(?:" SP
                  "(?<y>" YEAR4 ")" NUMEND ")?" MOD ")?"
                  "|(?:de|du)" SP "(?<wd>" WEEKDAY ")" WB "(?:" SP "(?:à|au)"
                  SP "(?<wd2>" WEEKDAY ")" WB "(?:" SP
                  "(?<mod>dernier|prochain)" WB ")?)?)",
    [P_NTH] = "(?<no>" F("ord5") "|" F("last") "|[1-5](?:\\h?er|re|" ORDSUF "))" WB
              SP "(?:(?<wd>" WEEKDAY ")|(?<nu>jour|semaine|week[-\\h]?end))" WB
              SP "(?:du" SP "mois" SP DE MONTH "(?:" SP "(?:de" SP ")?(?<y>"
              YEAR4 ")" NUMEND ")?"
              "|du" SP "mois(?:" SP "(?<omod>" F("mod!n") "))?" WB
              "|de" SP "ce" SP "mois" WB
              "|de" SP "l" AP "ann[ée]e(?:" SP "(?<oy>" YEAR4 ")" NUMEND "|"
              SP "(?<omod>" F("mod!n") ")" WB "|" WB ")"
              "|" DE "(?<oy>" YEAR4 ")" NUMEND
              "|" DE MONTH "(?:" SP "(?:de" SP ")?(?<y>" YEAR4 ")" NUMEND ")?)",
};

/* --------------------------------------------------------- new / free */

/* Patterns that run a few dozen times per megabyte of text (measured on
 * the 5 MB benchmark slice and on the WiNER-fr news: under 100 attempts
 * each), after the scanner's checks: seasons, decades, centuries, parts
 * of the day, nth weekdays.  Each would take about a million instructions
 * to JIT-compile at every start of frex, for a few thousand saved per
 * attempt. */
static bool rare_pattern(int p) {
  return p == P_SEASON || p == P_DECADE || p == P_CENTURY || p == P_PARTDAY ||
         p == P_NTH;
}

/* The alternations of the lexicon, made once per start-up although the
 * patterns name some families many times (months: nine). */
#define GEN_CACHE 48
typedef struct {
  int n;
  char name[GEN_CACHE][24];
  frex_buf alt[GEN_CACHE];
} gen_cache;

static int cached_gen(const char *name, size_t len, frex_buf *b, void *ctx) {
  gen_cache *c = ctx;
  for (int i = 0; i < c->n; i++)
    if (strlen(c->name[i]) == len && memcmp(c->name[i], name, len) == 0)
      return frex_buf_put(b, c->alt[i].ptr, c->alt[i].len);
  if (c->n == GEN_CACHE || len >= sizeof c->name[0])
    return frex_date_gen(name, len, b, NULL);
  frex_buf *a = &c->alt[c->n];
  *a = (frex_buf)FREX_BUF_INIT;
  int rc = frex_date_gen(name, len, a, NULL);
  if (rc == FREX_OK)
    rc = frex_buf_put(b, a->ptr, a->len);
  memcpy(c->name[c->n], name, len);
  c->name[c->n++][len] = 0;
  return rc;
}

int frex_date_new(frex_date **out, char *err, size_t errlen) {
  *out = NULL;
  int rc = frex_date_lex_check(err, errlen);
  if (rc)
    return rc;
  frex_date *D = calloc(1, sizeof *D);
  if (!D)
    return FREX_E_NOMEM;
  if (!frex_date_init_tables(D)) {
    if (err && errlen)
      snprintf(err, errlen, "src/date_scan.c: trigger trie too small");
    frex_date_free(D);
    return FREX_E_PATTERN;
  }
  uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_DUPNAMES |
                  PCRE2_ANCHORED;
  frex_buf src = FREX_BUF_INIT;
  gen_cache cache = {0};
  for (int p = 0; p < NPAT && rc == FREX_OK; p++) {
    int ec;
    PCRE2_SIZE eo;
    /* the words of the lexicon go where the templates name their family */
    rc = frex_wordre_expand(pattern_src[p], &src, cached_gen, &cache, err,
                            errlen);
    if (rc)
      break;
    /* PCRE2_MATCH_INVALID_UTF for the JIT (stray bytes stop a match, pcre2
     * #180); the interpreter would check the whole subject at every call
     * with it, and frex_doc text is valid UTF-8 anyway (frex.h) */
    D->code[p] = pcre2_compile(
        (PCRE2_SPTR)src.ptr, src.len,
        opts | (rare_pattern(p) ? 0 : PCRE2_MATCH_INVALID_UTF), &ec, &eo, NULL);
    if (!D->code[p]) {
      if (err && errlen) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(err, errlen, "src/date.c: pattern %d at offset %zu: %s", p,
                 (size_t)eo, (const char *)msg);
      }
      rc = FREX_E_PATTERN;
      break;
    }
    /* JIT-compiled once used enough (lazyre.h); the rare families are
     * always interpreted: their compiled code would cost more than it
     * saves (see rare_pattern) */
    frex_lazyre_init(&D->lre[p], D->code[p], !rare_pattern(p));
    D->lre_init[p] = true;
    uint32_t cap = 0;
    pcre2_pattern_info(D->code[p], PCRE2_INFO_CAPTURECOUNT, &cap);
    if (cap + 1 > D->ovec_pairs)
      D->ovec_pairs = cap + 1;
  }
  frex_buf_free(&src);
  for (int i = 0; i < cache.n; i++)
    frex_buf_free(&cache.alt[i]);
  if (rc) {
    frex_date_free(D);
    return rc;
  }
  *out = D;
  return FREX_OK;
}

void frex_date_free(frex_date *D) {
  if (!D)
    return;
  for (int p = 0; p < NPAT; p++)
    if (D->lre_init[p])
      frex_lazyre_free(&D->lre[p]);
    else
      pcre2_code_free(D->code[p]);
  free(D);
}

/* Can P_NUM or P_NUMSP match at POS?  Most of their attempts fail ("3.
 * Notation", "2000. En", "8\n\n3", "fevrier@"); these necessary
 * conditions, read off the patterns above, spare the regex there.
 * P_NUM is A, a separator [/.-], then B.  A is 1 to 4 digits or a month
 * name, made of letters: the separator can only follow the whole run of
 * digits (at most 4 of them) or of letters and non-ASCII characters, and
 * B starts with a digit or a byte of month_lead.  (Checked at start-up:
 * should a month name hold another character, P_NUM after a word is
 * tried unfiltered.)
 * P_NUMSP: every alternative starts with the whole run of 1, 2 or 4
 * digits, followed by \h, '/', '-' or ',' (any non-ASCII byte may lead
 * a \h: U+00A0, U+202F ...). */
static bool numeric_may_match(const scan *S, int p, size_t pos) {
  const unsigned char *t = (const unsigned char *)S->t;
  size_t k = pos, n = S->len;
  while (k < n && t[k] >= '0' && t[k] <= '9')
    k++;
  size_t digits = k - pos;
  if (p == P_NUMSP)
    return (digits == 1 || digits == 2 || digits == 4) && k < n &&
           (t[k] == ' ' || t[k] == '\t' || t[k] == '/' || t[k] == '-' ||
            t[k] == ',' || t[k] >= 0x80);
  if (digits > 4)
    return false;
  if (digits == 0 && !S->D->month_letters)
    return true;
  if (digits == 0)
    while (k < n && (((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z') ||
                     t[k] >= 0x80))
      k++;
  return k > pos && k + 1 < n && (t[k] == '/' || t[k] == '.' || t[k] == '-') &&
         ((t[k + 1] >= '0' && t[k + 1] <= '9') || S->D->month_lead[t[k + 1]]);
}

/* Run the patterns of MASK at POS; push the longest accepted mention.
 * Returns 1 and its end in *END, 0 if none, or a negative error. */
int frex_date_try_at(scan *S, size_t pos, unsigned mask, size_t *end) {
  frex_mention best;
  bool found = false;
  S->skip_to = 0;
  for (int p = 0; p < NPAT; p++) {
    if (!(mask & M_(p)))
      continue;
    if ((p == P_NUM || p == P_NUMSP) && !numeric_may_match(S, p, pos))
      continue;
    /* pcre2_jit_match skips the argument checks: the text is valid UTF-8
     * (frex.h) and the pattern is known to be JIT-compiled */
    bool jit;
    const pcre2_code *code = frex_lazyre_get(&S->D->lre[p], S->len, &jit);
    int rc = jit ? pcre2_jit_match(code, (PCRE2_SPTR)S->t, S->len, pos,
                                   PCRE2_NO_UTF_CHECK, S->md, S->mc)
                 : pcre2_match(code, (PCRE2_SPTR)S->t, S->len, pos,
                               PCRE2_NO_UTF_CHECK, S->md, S->mc);
    if (rc <= 0) /* no match, or a match/depth limit: not a date */
      continue;
    size_t e = pcre2_get_ovector_pointer(S->md)[1];
    if (found && e <= best.end)
      continue;
    frex_mention m;
    memset(&m, 0, sizeof m);
    m.kind = MK_DATE;
    m.start = pos;
    m.end = e;
    S->rc = rc;
    S->pat = p;
    S->unknown = false;
    /* a word the lexicon cannot read back never becomes a default value;
     * frex_date_lex_check makes it impossible for the words the patterns
     * are made of */
    if (frex_date_build(S, p, &m) && !S->unknown) {
      best = m;
      found = true;
    }
  }
  if (!found) {
    if (S->skip_to <= pos)
      return 0;
    *end = S->skip_to; /* a recurrence: nothing inside it is a date */
    return 1;
  }
  *end = best.end;
  int rc = frex_date_push(S, &best);
  return rc < 0 ? rc : 1;
}

int frex_date_extract(const frex_date *D, const frex_doc *doc,
                      frex_entities *out) {
  return frex_date_extract_cls(D, doc, NULL, out);
}

int frex_date_extract_cls(const frex_date *D, const frex_doc *doc,
                          const frex_classes *cls, frex_entities *out) {
  if (!D || !doc || !out)
    return FREX_E_ARG;
  scan S;
  memset(&S, 0, sizeof S);
  if (cls && cls->text == doc->text && cls->len == doc->len &&
      (cls->have & FREX_CLS_DATE_ONLY)) /* all its classes: AMOUNT's pass lacks one */
    S.cls = cls;
  S.D = D;
  S.doc = doc;
  S.t = doc->text;
  S.len = doc->len;
  S.body = doc->body <= doc->len ? doc->body : doc->len;
  S.md = pcre2_match_data_create(D->ovec_pairs, NULL);
  S.mc = pcre2_match_context_create(NULL);
  int rc = FREX_E_NOMEM;
  if (S.md && S.mc) {
    /* dates are short: a pattern that needs more is pathological input */
    pcre2_set_match_limit(S.mc, 100000);
    pcre2_set_depth_limit(S.mc, 1000);
    rc = frex_date_scan(&S);
    if (!rc) {
      frex_date_link(&S);
      rc = frex_date_emit(&S, out);
    }
  }
  pcre2_match_context_free(S.mc);
  pcre2_match_data_free(S.md);
  frex_date_ctx_free(S.ctx);
  free(S.v);
  return rc;
}
