/*
 * date.c — the DATE extractor (SPEC "DATE", "Reference date"; issue 4).
 *
 * Three passes over the body of a document (text[body..len)):
 *  1. scan (date_scan.c): a fast loop visits word and number starts; a
 *     number, or a word of the trigger lexicon, runs the anchored PCRE2
 *     patterns below that may start there, and the longest match that its
 *     checker (date_build.c) accepts becomes a mention — checkers read the
 *     context: "en mai" is a date, "Mai Nguyen" is not;
 *  2. link: weekdays join the date they precede ("mardi 12 février"), and
 *     ranges and lists ("du 5 au 7 mai 2021", "de mars à mai 2020") lend
 *     the missing month/year of one bound to the other;
 *  3. resolve each mention against the DCT (date_resolve.c) and emit it.
 * Patterns are compiled once with PCRE2_ANCHORED (so the JIT serves every
 * start offset), shared read-only between threads; match data is per call.
 * Spans leave out leading prepositions and determiners ("le", "en", "du")
 * but keep "dernier", "prochain", "mi-", "fin", "début" and the determiner
 * of unit expressions ("la semaine dernière", "l'an prochain", "cette
 * semaine"), as SPEC writes them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_impl.h"

/* ------------------------------------------------------ pattern pieces */

#define WB "(?![\\p{L}\\p{N}])"         /* end of a word */
#define SP "\\h{1,4}+"                  /* spaces, NBSP included */
#define AP "['’]"                       /* straight or curly apostrophe */
#define DE "(?:de" SP "|d" AP ")"        /* de / d' */
#define ANNEE "l" AP "ann[ée]e" SP       /* "de l'année 2016" */
/* after a number: not more digits, a decimal part or a thousands group */
#define NUMEND "(?![\\p{N}]|[.,][0-9]|\\h[0-9]{3}(?![0-9]))"

#define MONTH_FULL                                                             \
  "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|"          \
  "octobre|novembre|d[ée]cembre"
#define MONTH_ABBR "janv|jan|f[ée]vr|f[ée]v|avr|juil|ao[uû]|sept|sep|oct|nov|d[ée]c"
/* a month word; an abbreviation takes its dot into the span */
#define MONTH                                                                  \
  "(?<mon>(?:" MONTH_FULL ")" WB "|(?:" MONTH_ABBR ")(?:\\.|" WB "))"
#define MONTHX "(?:" MONTH_FULL "|" MONTH_ABBR ")" /* inside 23/Sep/2020 */

/* day of the month: 1er, Ier, 01..31, 3e; in words; as an ordinal */
#define DAYN "(?:1\\h?er|1re|Ier|(?:0?[1-9]|[12][0-9]|3[01])(?:e|è|ème|eme)?)" WB
#define NUMW                                                                   \
  "(?:dix[- ](?:sept|huit|neuf)|vingt(?:[- ]et[- ]un|-(?:deux|trois|quatre|"   \
  "cinq|six|sept|huit|neuf))?|trente(?:[- ]et[- ]un)?|premier|deux|trois|"     \
  "quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"      \
  "seize)" WB
#define ORDW                                                                   \
  "(?:premi[eè]re?|seconde?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|"            \
  "cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|"               \
  "dixi[eè]me)" WB
#define DAY "(?<d>" DAYN "|" NUMW "|" ORDW ")"

/* years: four digits (1500-2099 next to a month, 1900-2099 alone), or two
 * digits that cannot be a day ('21, 78) */
#define YEAR4 "(?:1[5-9][0-9]{2}|20[0-9]{2})(?![\\p{N}])"
#define YEAR2 "(?:" AP "[0-9]{2}|[3-9][0-9])(?![\\p{N}])"
#define YEAR_TAIL                                                              \
  "(?:(?:,\\h*+|" SP ")(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4 "|" YEAR2       \
  ")" NUMEND ")?"
#define MOD "(?:" SP "(?<mod>dernier|prochain|pass[ée])" WB ")?"

/* ordinals of quarters and weeks */
#define QORD                                                                   \
  "(?:1\\h?er|1re|premi[eè]re?|deuxi[eè]me|seconde?|2(?:e|è|ème|eme|nd)|"      \
  "troisi[eè]me|3(?:e|è|ème|eme)|quatri[eè]me|4(?:e|è|ème|eme)|"               \
  "derni[eè]re?)" WB
#define NUMC                                                                   \
  "(?:[0-9]{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"     \
  "douze|quinze|vingt|trente|cinquante|cent)" WB
#define UNIT "(?<u>jours?|semaines?|mois|ans?|ann[ée]es?)" WB

#define HOLNAMES                                                               \
  "no[eë]l|nouvel" SP "an|l" AP "an|saint[-\\h]sylvestre|toussaint|"           \
  "[ée]piphanie|chandeleur|saint[-\\h]valentin|saint[-\\h]patrick|terre|"      \
  "f[êe]te" SP "(?:internationale" SP ")?du" SP "travail|"                     \
  "journ[ée]e" SP "internationale" SP "des" SP "travailleurs|"                 \
  "f[êe]te" SP "de" SP "la" SP "musique|juneteenth|assomption|halloween|"      \
  "yuandan|lundi" SP "de" SP "p[âa]ques|p[âa]ques|vendredi" SP "saint|"        \
  "mardi" SP "gras|mercredi" SP "des" SP "cendres|ascension|"                  \
  "lundi" SP "de" SP "pentec[ôo]te|pentec[ôo]te|black" SP "friday|"            \
  "vendredi" SP "noir|cyber" SP "(?:monday|lundi)|lundi" SP "cyber"

/* ------------------------------------------------------------ patterns */

/* One pattern per family (enum in date_impl.h); each is compiled with
 * PCRE2_ANCHORED and tried only where date_scan.c says it may start. */
static const char *const pattern_src[NPAT] = {
    [P_DM] = DAY "(?:" SP "jour)?" SP "(?:de" SP "|du" SP "mois" SP DE
                 "|d" AP ")?" MONTH YEAR_TAIL MOD,
    [P_MD] = MONTH "\\.?(?:\\h*+[-/]\\h*+|,?" SP ")" DAY
                   "(?:(?:,?" SP "(?:de" SP ")?|[-/])(?<y>" YEAR4
                   ")" NUMEND ")?(?!\\h?[0-9])",
    [P_M] = "(?:(?<ce>cette|ce|cet)" SP "|(?<pre>prochain)" SP ")?" MONTH
            "(?:(?:\\.?(?:,\\h*+|" SP ")|/|-)(?:de" SP "(?:" ANNEE ")?)?(?<y>" YEAR4
            "|" YEAR2 ")" NUMEND ")?" MOD,
    [P_NUM] = "(?<a>[0-9]{1,4}|" MONTHX ")(?<s>[/.-])(?<b>[0-9]{1,4}|" MONTHX
              ")(?:\\k<s>(?<c>[0-9]{1,4}|" MONTHX
              ")|,\\h?(?<c>[0-9]{4})|,(?<c>[0-9]{2}))?"
              "(?![\\p{N}\\p{L}]|\\k<s>[\\p{N}\\p{L}]|[.,][0-9])",
    [P_NUMSP] = "(?<a>[0-9]{1,2})\\h*+[/-]\\h*+(?<b>(?:19|20)[0-9]{2})(?![\\p{N}])"
                "|(?<a>(?:19|20)[0-9]{2})\\h*+[/-]\\h*+(?<b>[0-9]{1,2})"
                "(?![\\p{N}/.-])"
                "|(?<a>[0-9]{1,2})\\h(?<b>[0-9]{1,2})\\h(?<c>(?:19|20)[0-9]{2}"
                "|[0-9]{2})(?![\\p{N}]|\\h[0-9])",
    [P_YEAR] = "(?<y>(?:19|20)[0-9]{2})(?![\\p{N}\\p{L}]|[.,][0-9]|\\h[0-9]{3}"
               "(?![0-9])|-[0-9]{3}(?![0-9]))",
    [P_QUARTER] =
        "(?:(?<qo>" QORD ")" SP "(?:trimestre|quart)" WB
        "|trimestre\\h?(?<qn>[1-4])(?![\\p{N}]))"
        "(?:(?:" SP "(?:de" SP "|du" SP "|d" AP ")?(?:" ANNEE ")?|-)(?<y>" YEAR4
        ")" NUMEND "|" SP "de" SP "l" AP "ann[ée]e(?<cur>)" WB ")?"
        "|[TQ](?<qn>[1-4])" SP "(?<y>" YEAR4 ")" NUMEND
        "|(?<y>" YEAR4 ")(?:\\h*+-\\h*+|" SP ")(?:[TQ]|trimestre\\h?)"
        "(?<qn>[1-4])" WB,
    [P_WEEK] = "(?<wo>" QORD "|[0-9]{1,2}(?:e|è|ème|eme)" WB ")" SP
               "semaine" SP DE "(?:" ANNEE ")?(?<y>" YEAR4 ")" NUMEND
               "|semaine" SP "du" SP "(?<d>" DAYN ")" SP MONTH "(?:" SP
               "(?<y>" YEAR4 ")" NUMEND ")?",
    [P_RELUNIT] = "(?<u>semaine|mois|ann[ée]e|an|trimestre)(?:-ci)?"
                  "(?![\\p{L}\\p{N}]|-\\p{L})(?:" SP
                  "(?<mod>derni[eè]re?|prochaine?|pass[ée]e?|en" SP "cours)" WB
                  ")?",
    [P_OFFSET] = "il" SP "y\\h*+a" SP "(?:(?:à" SP "peu" SP "près|environ|"
                 "pr[eè]s" SP "de|plus" SP "de|moins" SP "de|presque)" SP ")?"
                 "(?<n>" NUMC ")" SP UNIT
                 "|dans" SP "(?<n>" NUMC ")" SP UNIT,
    [P_RELDAY] = "(?<rd>avant[-\\h]hier|apr[eè]s[-\\h]demain|aujourd" AP
                 "hui|hier|demain|surlendemain|lendemain)" WB,
    [P_WEEKDAY] = "(?:(?<ce>cette|ce|cet)" SP "|(?<pre>prochain)" SP ")?"
                  "(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
                  WB "(?:" SP "(?<mod>dernier|prochain|pass[ée])" WB
                  "|,?" SP "(?:de" SP ")?(?<wk>la|cette)" SP "semaine(?:" SP
                  "(?<wmod>derni[eè]re?|prochaine?|pass[ée]e?))?" WB ")?",
    [P_WDABBR] = "(?<wd>lun|mar|mer|jeu|ven|sam|dim)\\.?(?=,?\\h*+[0-9])",
    [P_HOLIDAY] = "(?:(?<hpre>veille|r[ée]veillon|jour)" SP "(?:de" SP "la" SP
                  "|du" SP "|de" SP "|d" AP ")?(?:f[êe]te" SP "du" SP ")?)?"
                  "(?<hol>" HOLNAMES ")" WB "(?:" SP "(?:de" SP "|en" SP
                  ")?(?<y>" YEAR4 ")" NUMEND ")?",
    [P_PERIOD] = "(?<pp>mi|fin|d[ée]but|milieu|courant)(?:\\h*+-\\h*+|" SP
                 "(?:de" SP "|d" AP ")?)"
                 "(?:(?<y>" YEAR4 ")" NUMEND "|" MONTH "(?:(?:,\\h*+|" SP
                 ")(?:de" SP ")?(?<y>" YEAR4 ")" NUMEND ")?" MOD
                 "|(?:l" AP ")?(?<u>ann[ée]e|an)(?:" SP
                 "(?<mod>derni[eè]re|prochaine|pass[ée]e))?" WB
                 "|la" SP "(?<u>semaine)(?:" SP
                 "(?<mod>derni[eè]re|prochaine|pass[ée]e))?" WB
                 "|du" SP "(?<u>mois)(?:" SP
                 "(?<mod>dernier|prochain|pass[ée]))?" WB ")",
    [P_DAYCUR] = "(?<d>" DAYN ")" SP "(?:de" SP ")?(?:cette|ce)" SP
                 "mois(?:-ci)?" WB,
    [P_DAYWORD] = "(?<d>" NUMW ")",
};

/* --------------------------------------------------------- new / free */

int frex_date_new(frex_date **out, char *err, size_t errlen) {
  *out = NULL;
  frex_date *D = calloc(1, sizeof *D);
  if (!D)
    return FREX_E_NOMEM;
  if (!frex_date_init_tables(D)) {
    frex_date_free(D);
    return FREX_E_PATTERN;
  }
  uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
                  PCRE2_CASELESS | PCRE2_DUPNAMES | PCRE2_ANCHORED;
  for (int p = 0; p < NPAT; p++) {
    int ec;
    PCRE2_SIZE eo;
    D->code[p] = pcre2_compile((PCRE2_SPTR)pattern_src[p], PCRE2_ZERO_TERMINATED,
                               opts, &ec, &eo, NULL);
    if (!D->code[p]) {
      if (err && errlen) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(err, errlen, "src/date.c: pattern %d at offset %zu: %s", p,
                 (size_t)eo, (const char *)msg);
      }
      frex_date_free(D);
      return FREX_E_PATTERN;
    }
    /* without the JIT the interpreter still matches, only slower */
    D->jit[p] = pcre2_jit_compile(D->code[p], PCRE2_JIT_COMPLETE) == 0;
    uint32_t cap = 0;
    pcre2_pattern_info(D->code[p], PCRE2_INFO_CAPTURECOUNT, &cap);
    if (cap + 1 > D->ovec_pairs)
      D->ovec_pairs = cap + 1;
  }
  *out = D;
  return FREX_OK;
}

void frex_date_free(frex_date *D) {
  if (!D)
    return;
  for (int p = 0; p < NPAT; p++)
    pcre2_code_free(D->code[p]);
  free(D);
}

/* Run the patterns of MASK at POS; push the longest accepted mention.
 * Returns 1 and its end in *END, 0 if none, or a negative error. */
int frex_date_try_at(scan *S, size_t pos, unsigned mask, size_t *end) {
  frex_mention best;
  bool found = false;
  for (int p = 0; p < NPAT; p++) {
    if (!(mask & M_(p)))
      continue;
    /* pcre2_jit_match skips the argument checks: the text is valid UTF-8
     * (frex.h) and the pattern is known to be JIT-compiled */
    int rc = S->D->jit[p]
                 ? pcre2_jit_match(S->D->code[p], (PCRE2_SPTR)S->t, S->len,
                                   pos, PCRE2_NO_UTF_CHECK, S->md, S->mc)
                 : pcre2_match(S->D->code[p], (PCRE2_SPTR)S->t, S->len, pos,
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
    if (frex_date_build(S, p, &m)) {
      best = m;
      found = true;
    }
  }
  if (!found)
    return 0;
  *end = best.end;
  int rc = frex_date_push(S, &best);
  return rc < 0 ? rc : 1;
}

/* ---------------------------------------------------------------- link */

/* The words between two mentions: a range ("au", "-", "jusqu'à") returns
 * 2, a list ("et", "ou", ",") 1, anything else 0. */
static int connector(const scan *S, size_t a, size_t b) {
  if (b < a || b - a > 24)
    return 0;
  char w[64];
  frex_date_fold_text(S->t + a, b - a, w, sizeof w);
  /* squeeze spaces (NBSP folded as bytes C2 A0) */
  char c[64];
  size_t k = 0;
  for (size_t i = 0; w[i]; i++) {
    unsigned char x = (unsigned char)w[i];
    bool sp = x == ' ' || x == '\t' || x == '\n' || x == '\r' ||
              (x == 0xC2 && (unsigned char)w[i + 1] == 0xA0);
    if (x == 0xC2 && (unsigned char)w[i + 1] == 0xA0)
      i++;
    if (sp) {
      if (k && c[k - 1] != ' ')
        c[k++] = ' ';
    } else {
      c[k++] = w[i];
    }
  }
  while (k && c[k - 1] == ' ')
    k--;
  c[k] = 0;
  char *s = c[0] == ' ' ? c + 1 : c;
  /* "et le 12", "au 7", "à le prochain" */
  size_t n = strlen(s);
  if (n > 3 && strcmp(s + n - 3, " le") == 0)
    s[n -= 3] = 0;
  else if (n > 2 && strcmp(s + n - 2, " l'") == 0)
    s[n -= 2] = 0;
  static const char *const range[] = {
      "-", "\xe2\x80\x93", "\xe2\x80\x94", "~", "au", "a", "jusqu'au",
      "jusqu'a", "jusqu'en", "jusque", "jusqu'aux", "aux", NULL};
  static const char *const list[] = {"et", "ou", ",", NULL};
  if (frex_date_in_list(s, range))
    return 2;
  if (frex_date_in_list(s, list))
    return 1;
  return 0;
}

static int ymd_cmp(int m1, int d1, int m2, int d2) {
  return m1 != m2 ? (m1 > m2) - (m1 < m2) : (d1 > d2) - (d1 < d2);
}

/* The left bound takes what it lacks from the right one. */
static void complete_lo(frex_mention *lo, const frex_mention *hi) {
  if (lo->d && !lo->m && hi->m) {
    lo->m = hi->m;
    if (hi->y && !lo->y)
      lo->y = hi->y, lo->y2 = hi->y2;
    if (hi->d && lo->d > hi->d) { /* du 28 au 3 mars: 28 février */
      lo->m = hi->m == 1 ? 12 : hi->m - 1;
      if (hi->m == 1 && lo->y)
        lo->y--;
    }
  } else if (lo->d && !lo->m && hi->ce && !hi->m) {
    lo->ce = true; /* 4 au 22 de ce mois */
  }
  if (lo->m && !lo->y && hi->y && hi->m) {
    lo->y = hi->y, lo->y2 = hi->y2;
    if (ymd_cmp(lo->m, lo->d, hi->m, hi->d) > 0) /* novembre à février 2017 */
      lo->y = lo->y2 ? (lo->y + 99) % 100 : lo->y - 1;
  }
}

/* The right bound takes what it lacks from the left one. */
static void complete_hi(const frex_mention *lo, frex_mention *hi) {
  if (hi->d && !hi->m && lo->m) {
    hi->m = lo->m;
    if (lo->d && hi->d < lo->d)
      hi->m = lo->m % 12 + 1;
    if (lo->y && !hi->y)
      hi->y = lo->y + (hi->m < lo->m), hi->y2 = lo->y2;
  }
  if (hi->m && !hi->y && lo->y && lo->m) {
    hi->y = lo->y, hi->y2 = lo->y2;
    if (ymd_cmp(hi->m, hi->d, lo->m, lo->d) < 0)
      hi->y++;
  }
}

static void link_ranges(scan *S) {
  frex_mention *v = S->v;
  /* a weekday before a date with a day: "mardi 12 février", "mer. 10 juin",
   * "dimanche 31", "mercredi le 31" */
  for (size_t k = 0; k + 1 < S->n; k++) {
    frex_mention *a = &v[k], *b = &v[k + 1];
    if (a->kind != MK_WEEKDAY || a->has_week || b->kind != MK_DATE || !b->d ||
        a->end > b->start || b->start - a->end > 8)
      continue;
    char gap[16];
    frex_date_fold_text(S->t + a->end, b->start - a->end, gap, sizeof gap);
    size_t g = strspn(gap, " ,.\xc2\xa0");
    if (gap[g] && strcmp(gap + g, "le ") != 0)
      continue;
    b->start = a->start;
    b->wd = a->wd;
    if (!b->m && !b->ce) {
      if (a->ce) /* "ce vendredi 15": a day of this month */
        b->ce = true;
    }
    b->weak = false;
    a->drop = true;
  }
  /* a lone day before a weekday: "le 25 mardi" */
  for (size_t k = 0; k + 1 < S->n; k++) {
    frex_mention *a = &v[k], *b = &v[k + 1];
    if (a->kind != MK_DATE || !a->weak || a->m || a->ce || a->wd ||
        b->kind != MK_WEEKDAY || b->abbr_wd || b->dir || b->ce ||
        b->has_week || b->start < a->end ||
        frex_date_space_back(S->t, a->end, b->start) != a->end)
      continue;
    a->end = b->end;
    a->wd = b->wd;
    a->weak = false;
    b->drop = true;
  }
  /* ranges and lists: right to left, so "les 3, 4 et 5 mai" chains */
  for (size_t k = S->n; k-- > 1;) {
    frex_mention *lo = &v[k - 1], *hi = &v[k];
    if (lo->drop || hi->drop || lo->kind != MK_DATE || hi->kind != MK_DATE)
      continue;
    int c = connector(S, lo->end, hi->start);
    if (!c)
      continue;
    char pw[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, lo->start, pw);
    bool entre = ps < lo->start && strcmp(pw, "entre") == 0;
    if (c == 1 && !lo->weak && !entre)
      continue;
    if (hi->weak && !(lo->m || lo->y || lo->ce))
      continue; /* two lone numbers: "3 et 4" */
    complete_lo(lo, hi);
    complete_hi(lo, hi);
    /* a bound is confirmed when the range made it a date: a day that got
     * its month, a month next to another month or a year */
    bool lo_date = lo->d ? lo->m || lo->ce : lo->m && (hi->m || hi->y);
    bool hi_date = hi->d ? hi->m || hi->ce : hi->m || hi->y;
    if (lo_date && (!hi->weak || hi_date))
      lo->weak = false;
    if (hi_date && !lo->weak)
      hi->weak = false;
  }
}

/* ---------------------------------------------------------------- emit */

/* "le 15" alone: a day when "le" precedes and nothing noun-like follows. */
static bool lone_day_ok(const scan *S, const frex_mention *m) {
  static const char *const after[] = {
      "et", "ou", "pour", "a", "au", "prochain", "dernier", "je", "il",
      "elle", "on", "nous", "vous", "ils", "elles", "avec", "dans", NULL};
  char pw[FREX_DATE_WORD_MAX + 1], nw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps == m->start || strcmp(pw, "le") != 0)
    return false;
  size_t i = m->end;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i++;
  if (i >= S->len)
    return true;
  if (strchr(".,;:!?)\"", S->t[i]))
    return !(S->t[i] == ',' && i + 1 < S->len && is_digit(S->t[i + 1]));
  if ((unsigned char)S->t[i] == 0xC2 && i + 1 < S->len &&
      (unsigned char)S->t[i + 1] == 0xBB) /* » */
    return true;
  frex_date_next_word(S, m->end, nw);
  return frex_date_in_list(nw, after);
}

static int emit(scan *S, frex_entities *out) {
  for (size_t k = 0; k < S->n; k++) {
    const frex_mention *m = &S->v[k];
    if (m->drop)
      continue;
    if (m->weak &&
        !(m->kind == MK_DATE && m->d && !m->m && !m->wd && lone_day_ok(S, m)))
      continue;
    char value[FREX_DATE_VALUE_MAX];
    frex_grain g = frex_date_resolve(m, S->doc->dct, S->doc->prefer_future,
                                     value);
    if (g == GR_NONE)
      continue;
    int rc = frex_entities_add(out, FREX_ENT_DATE, m->start, m->end, value,
                               frex_date_grain_name(g));
    if (rc)
      return rc;
  }
  return FREX_OK;
}

int frex_date_extract(const frex_date *D, const frex_doc *doc,
                      frex_entities *out) {
  if (!D || !doc || !out)
    return FREX_E_ARG;
  scan S;
  memset(&S, 0, sizeof S);
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
      link_ranges(&S);
      rc = emit(&S, out);
    }
  }
  pcre2_match_context_free(S.mc);
  pcre2_match_data_free(S.md);
  free(S.v);
  return rc;
}
