/*
 * date_lex.c — the DATE lexicon (see date_lex.h): one table per word
 * family, written as a reader spells the words.  date.c's patterns name a
 * family by a placeholder and get its alternation from here, the scanner
 * makes its trigger trie from the first words, and the builders read a
 * matched word's value back with frex_date_lookup: a word is added in one
 * place.  frex_date_lex_check runs at start-up, so a word that would not
 * read back is an error then, never a silent default later.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "date_impl.h"
#include "fold.h"
#include "numwords.h"
#include "wordre.h"

/* ------------------------------------------------------------ families */

static const frex_dword months[] = {
    {"janvier", 1, 0, 0},         {"février", 2, 0, 0},
    {"mars", 3, DW_AMBIG, 0},     {"avril", 4, DW_AMBIG, 0},
    {"mai", 5, DW_AMBIG, 0},      {"juin", 6, DW_AMBIG, 0},
    {"juillet", 7, 0, 0},         {"août", 8, 0, 0},
    {"septembre", 9, 0, 0},       {"octobre", 10, 0, 0},
    {"novembre", 11, 0, 0},       {"décembre", 12, 0, 0},
    {"janv", 1, DW_ABBR, 0},      {"jan", 1, DW_ABBR, 0},
    {"févr", 2, DW_ABBR, 0},      {"fév", 2, DW_ABBR, 0},
    {"avr", 4, DW_ABBR, 0},       {"juil", 7, DW_ABBR, 0},
    {"aoû", 8, DW_ABBR, 0},       {"sept", 9, DW_ABBR, 0},
    {"sep", 9, DW_ABBR, 0},       {"oct", 10, DW_ABBR, 0},
    {"nov", 11, DW_ABBR, 0},      {"déc", 12, DW_ABBR, 0},
};

#define WD M_(P_WEEKDAY)
#define WDA M_(P_WDABBR)
static const frex_dword weekdays[] = {
    {"lundi", 1, 0, WD},       {"mardi", 2, 0, WD},      {"mercredi", 3, 0, WD},
    {"jeudi", 4, 0, WD},       {"vendredi", 5, 0, WD},   {"samedi", 6, 0, WD},
    {"dimanche", 7, 0, WD},    {"lun", 1, DW_ABBR, WDA}, {"mar", 2, DW_ABBR, WDA},
    {"mer", 3, DW_ABBR, WDA},  {"jeu", 4, DW_ABBR, WDA}, {"ven", 5, DW_ABBR, WDA},
    {"sam", 6, DW_ABBR, WDA},  {"dim", 7, DW_ABBR, WDA},
};
#undef WD
#undef WDA

/* Days named from today (DCT) or, anaphoric, from another date. */
static const frex_dword reldays[] = {
    {"avant-hier", -2, 0, 0},      {"hier", -1, 0, 0},
    {"aujourd'hui", 0, 0, 0},      {"demain", 1, 0, 0},
    {"après-demain", 2, 0, 0},     {"avant-veille", -2, DW_ANA, 0},
    {"veille", -1, DW_ANA, 0},     {"lendemain", 1, DW_ANA, 0},
    {"surlendemain", 2, DW_ANA, 0},
};

/* Parts of a day ("ce matin", "hier soir", "jeudi après-midi"). */
static const frex_dword parts[] = {
    {"matin", 0, 0, 0},      {"matinée", 0, 0, 0}, {"midi", 0, 0, 0},
    {"après-midi", 0, 0, 0}, {"soir", 0, 0, 0},    {"soirée", 0, 0, 0},
    {"nuit", 0, 0, 0},
};

/* The part of the day that starts a date on its own: "la nuit dernière",
 * "la nuit de jeudi à vendredi", "dans la soirée de mardi". */
static const frex_dword nights[] = {{"nuit", 0, 0, 0},
                                    {"soirée", 0, 0, 0},
                                    {"matinée", 0, 0, 0},
                                    {"après-midi", 0, 0, 0}};

/* v = 0..3 (SP SU FA WI); "rentrée" (4) is September, a month
 * (date_build.c, build_season). */
static const frex_dword seasons[] = {
    {"printemps", 0, 0, 0}, {"été", 1, 0, 0},
    {"automne", 2, 0, 0},   {"hiver", 3, 0, 0},
    {"rentrée", 4, 0, 0},
};

/* Units of "la semaine dernière", "le mois suivant", "ce week-end". */
static const frex_dword units[] = {
    {"jour", GR_DAY, 0, X_JOUR},
    {"semaine", GR_WEEK, 0, M_(P_WEEK)},
    {"week~end", GR_WEEKEND, 0, X_JOUR},
    {"mois", GR_MONTH, 0, 0},
    {"trimestre", GR_QUARTER, 0, M_(P_QUARTER)},
    {"semestre", GR_HALF, 0, M_(P_QUARTER)},
    {"année", GR_YEAR, 0, 0},
    {"an", GR_YEAR, 0, 0},
    {"décennie", GR_DECADE, 0, 0},
    {"siècle", GR_CENTURY, 0, X_SIECLE},
    {"siècles", GR_CENTURY, DW_NOTRIG, X_SIECLE},
};

/* Units after a count: "il y a deux semaines", "dans trois jours". */
static const frex_dword offunits[] = {
    {"jour", GR_DAY, 0, 0},      {"jours", GR_DAY, 0, 0},
    {"semaine", GR_WEEK, 0, 0},  {"semaines", GR_WEEK, 0, 0},
    {"mois", GR_MONTH, 0, 0},    {"an", GR_YEAR, 0, 0},
    {"ans", GR_YEAR, 0, 0},      {"année", GR_YEAR, 0, 0},
    {"années", GR_YEAR, 0, 0},
};

/* Modifiers after a unit or a date: from the DCT (dernier, prochain) or,
 * anaphoric, from another date (suivant, précédent, même). */
static const frex_dword mods[] = {
    {"dernier", -1, 0, 0},
    {"dernière", -1, 0, 0},
    {"passé", -1, 0, 0},
    {"passée", -1, 0, 0},
    {"écoulé", -1, 0, 0},
    {"écoulée", -1, 0, 0},
    {"prochain", 1, 0, M_(P_M) | M_(P_WEEKDAY)}, /* "prochain lundi" */
    {"prochaine", 1, 0, 0},
    {"derniers", -1, DW_PLURAL, 0}, /* "les 3 et 4 mai derniers" */
    {"prochains", 1, DW_PLURAL, 0},
    {"passés", -1, DW_PLURAL, 0},
    {"dernières", -1, DW_PLURAL, 0}, /* "les Pâques dernières" */
    {"prochaines", 1, DW_PLURAL, 0},
    {"passées", -1, DW_PLURAL, 0},
    {"en cours", 0, DW_NOTRIG, 0},
    {"qui vient", 1, DW_NOTRIG, 0}, /* "le mois qui vient" (date_build.c:
                                       "qui vient de s'écouler" is past) */
    {"suivant", 1, DW_ANA, 0},
    {"suivante", 1, DW_ANA, 0},
    {"précédent", -1, DW_ANA, 0},
    {"précédente", -1, DW_ANA, 0},
    {"d'après", 1, DW_ANA | DW_NOTRIG, 0},
    {"d'avant", -1, DW_ANA | DW_NOTRIG, 0},
    {"même", 0, DW_ANA | DW_NOTRIG, 0}, /* frequent: date_scan.c asks */
};

/* "dernier" as a rank: "le dernier trimestre", "le dernier lundi". */
static const frex_dword lasts[] = {{"dernier", -1, 0, 0},
                                   {"dernière", -1, 0, 0}};

static const frex_dword periods[] = {
    {"mi", 0, 0, 0},     {"début", -1, 0, 0}, {"milieu", 0, 0, 0},
    {"fin", 1, 0, 0},    {"courant", 0, 0, 0},
};

static const frex_dword dems[] = {
    {"ce", 0, 0, 0}, {"cet", 0, 0, 0}, {"cette", 0, 0, 0}};

/* Before a holiday: "la veille de Noël", "jour de l'an". */
static const frex_dword hpres[] = {
    {"veille", -1, 0, 0}, {"réveillon", -1, 0, 0}, {"jour", 0, 0, 0}};

/* Holidays: the words, then (same order) their dates. */
static const frex_dword holidays[] = {
    {"noël", 0, 0, 0},
    {"nouvel an", 1, 0, 0},
    {"l'an", 2, DW_NOTRIG, 0}, /* only after "jour de" */
    {"saint-sylvestre", 3, 0, 0},
    {"toussaint", 4, DW_CAPITAL, 0},
    {"épiphanie", 5, 0, 0},
    {"chandeleur", 6, 0, 0},
    {"saint-valentin", 7, 0, 0},
    {"saint-patrick", 8, 0, 0},
    {"terre", 9, DW_NOTRIG, 0}, /* only after "jour de la" */
    {"fête du travail", 10, 0, 0},
    {"fête internationale du travail", 11, 0, 0},
    {"journée internationale des travailleurs", 12, 0, 0},
    {"fête de la musique", 13, 0, 0},
    {"juneteenth", 14, 0, 0},
    {"assomption", 15, DW_CAPITAL, 0},
    {"halloween", 16, 0, 0},
    {"yuandan", 17, 0, 0}, /* Chinese name of 1 January */
    {"pâques", 18, 0, 0},
    {"lundi de pâques", 19, 0, 0},
    {"vendredi saint", 20, 0, 0},
    {"mardi gras", 21, 0, 0},
    {"mercredi des cendres", 22, 0, 0},
    {"ascension", 23, DW_CAPITAL, 0},
    {"pentecôte", 24, DW_CAPITAL, 0},
    {"lundi de pentecôte", 25, 0, 0},
    {"black friday", 26, 0, 0},
    {"vendredi noir", 27, 0, 0},
    {"cyber monday", 28, 0, 0},
    {"cyber lundi", 29, 0, 0},
    {"lundi cyber", 30, 0, 0},
    {"jeudi de l'ascension", 31, 0, 0},
    {"dimanche de pâques", 32, 0, 0},
    {"dimanche de pentecôte", 33, 0, 0},
    {"dimanche de la pentecôte", 34, 0, 0},
    {"lundi de la pentecôte", 35, 0, 0},
};
static const frex_holiday holiday_dates[] = {
    {H_FIXED, 12, 25},       {H_FIXED, 1, 1},        {H_FIXED, 1, 1},
    {H_FIXED, 12, 31},       {H_FIXED, 11, 1},       {H_FIXED, 1, 6},
    {H_FIXED, 2, 2},         {H_FIXED, 2, 14},       {H_FIXED, 3, 17},
    {H_FIXED, 4, 22},        {H_FIXED, 5, 1},        {H_FIXED, 5, 1},
    {H_FIXED, 5, 1},         {H_FIXED, 6, 21},       {H_FIXED, 6, 19},
    {H_FIXED, 8, 15},        {H_FIXED, 10, 31},      {H_FIXED, 1, 1},
    {H_EASTER, 0, 0},        {H_EASTER, 0, 1},       {H_EASTER, 0, -2},
    {H_EASTER, 0, -47},      {H_EASTER, 0, -46},     {H_EASTER, 0, 39},
    {H_EASTER, 0, 49},       {H_EASTER, 0, 50},      {H_THANKSGIVING, 0, 1},
    {H_THANKSGIVING, 0, 1},  {H_THANKSGIVING, 0, 4}, {H_THANKSGIVING, 0, 4},
    {H_THANKSGIVING, 0, 4},  {H_EASTER, 0, 39},      {H_EASTER, 0, 0},
    {H_EASTER, 0, 49},       {H_EASTER, 0, 49},      {H_EASTER, 0, 50},
};

/* "il y a deux ans", "voici (voilà) un an", "dans trois jours", "d'ici deux ans"
 * ("ici" starts the pattern; date_build.c wants the "d'" before it). */
static const frex_dword offsets[] = {{"il y~a", -1, 0, 0},
                                     {"voici", -1, 0, 0},
                                     {"voilà", -1, 0, 0},
                                     {"dans", 1, 0, 0},
                                     {"ici", 1, 0, 0}};

/* The nouns of "deuxième trimestre", "second semestre": v = the parts of
 * a year; "quart" is also a quarter of a game: a year must follow. */
static const frex_dword qnouns[] = {
    {"trimestre", 4, 0, 0}, {"semestre", 2, 0, 0}, {"quart", 4, DW_AMBIG, 0}};

static const frex_dword qletters[] = {
    {"t", 4, 0, 0}, {"q", 4, 0, 0}, {"s", 2, 0, 0}};

static const frex_dword decades[] = {{"années", 0, 0, 0},
                                     {"décennie", 0, 0, 0}};

/* Between two bounds of a range (2) or a list (1, 3). */
static const frex_dword conns[] = {
    {"-", 2, 0, 0},         {"\xe2\x80\x93", 2, 0, 0}, /* – */
    {"\xe2\x80\x94", 2, 0, 0}, /* — */
    {"~", 2, 0, 0},         {"au", 2, 0, 0},          {"aux", 2, 0, 0},
    {"à", 2, 0, 0},         {"jusqu'au", 2, 0, 0},    {"jusqu'aux", 2, 0, 0},
    {"jusqu'à", 2, 0, 0},   {"jusqu'en", 2, 0, 0},    {"jusque", 2, 0, 0},
    {"et", 1, 0, 0},        {"ou", 1, 0, 0},          {",", 1, 0, 0},
    /* months each with their "en": "en novembre et en février" (3: a
     * list when the first has its "en" too) */
    {"et en", 3, 0, 0},     {"ou en", 3, 0, 0},       {"puis en", 3, 0, 0},
    {", puis en", 3, 0, 0}, {", et en", 3, 0, 0},
};

static const frex_dword des[] = {
    {"de", 0, 0, 0}, {"du", 0, 0, 0}, {"d'", 0, 0, 0}};

static const frex_dword les[] = {{"le", 0, 0, 0},
                                 {"la", 0, 0, 0},
                                 {"l'", 0, 0, 0},
                                 {"entre", 0, 0, 0},
                                 {"du", 0, 0, 0}};

#define FAM(name, tab, trig) {name, tab, sizeof tab / sizeof *tab, trig}
static const struct {
  const char *name;
  const frex_dword *w;
  size_t n;
  unsigned trig; /* scanner bits of every first word */
} families[NFAMILIES] = {
    [DF_MONTH] = FAM("month", months, TRIG_MONTH),
    [DF_WEEKDAY] = FAM("weekday", weekdays, 0), /* per word: full or abbr */
    [DF_RELDAY] = FAM("relday", reldays, M_(P_RELDAY)),
    [DF_PART] = FAM("part", parts, X_PART),
    [DF_NIGHT] = FAM("night", nights, M_(P_PARTDAY)),
    [DF_SEASON] = FAM("season", seasons, M_(P_SEASON)),
    [DF_UNIT] = FAM("unit", units, M_(P_RELUNIT)),
    [DF_OFFUNIT] = FAM("offunit", offunits, 0),
    [DF_MOD] = FAM("mod", mods, X_MOD),
    [DF_LAST] = FAM("last", lasts, M_(P_QUARTER) | M_(P_WEEK) | M_(P_NTH)),
    [DF_PERIOD] = FAM("period", periods, M_(P_PERIOD)),
    [DF_DEM] = FAM("dem", dems, TRIG_DEM),
    [DF_HPRE] = FAM("hpre", hpres, M_(P_HOLIDAY)),
    [DF_HOLIDAY] = FAM("holiday", holidays, M_(P_HOLIDAY)),
    [DF_OFFSET] = FAM("offset", offsets, M_(P_OFFSET)),
    [DF_QNOUN] = FAM("qnoun", qnouns, X_QUART),
    [DF_QLETTER] = FAM("qletter", qletters, M_(P_QUARTER)),
    [DF_DECADE] = FAM("decade", decades, M_(P_DECADE)),
    [DF_CONN] = FAM("conn", conns, X_CONN),
    [DF_DE] = FAM("de", des, X_DE),
    [DF_LE] = FAM("le", les, X_LE),
};

const frex_dword *frex_date_words(frex_dfamily f, size_t *n) {
  *n = families[f].n;
  return families[f].w;
}

unsigned frex_date_family_trig(frex_dfamily f) {
  return families[f].trig;
}

const frex_holiday *frex_date_holiday_info(int id) {
  if (id < 0 || (size_t)id >= sizeof holiday_dates / sizeof *holiday_dates)
    return NULL;
  return &holiday_dates[id];
}

/* -------------------------------------------------------------- folding */

bool frex_date_is_letter_at(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xC3) /* Latin-1 letters, except × and ÷ */
    return i + 1 < n && (unsigned char)s[i + 1] != 0x97 &&
           (unsigned char)s[i + 1] != 0xB7;
  if (c == 0xC2 || c == 0xE2) /* Latin-1 punctuation, NBSP, ’ « » – … */
    return false;
  if (c >= 0xC4) /* another letter-bearing lead byte: Œ œ, other scripts */
    return true;
  /* a continuation byte: a letter iff it continues one */
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  c = (unsigned char)s[i];
  return c == 0xC3 || (c >= 0xC4 && c != 0xE2);
}

size_t frex_date_fold_word(const char *s, size_t n, char *out) {
  return frex_fold_word(s, n, out, FREX_DATE_WORD_MAX + 1);
}

void frex_date_fold_text(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap;) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
        (unsigned char)s[i + 1] <= 0xBF &&
        frex_fold_latin1[(unsigned char)s[i + 1] - 0x80]) {
      out[k++] = frex_fold_latin1[(unsigned char)s[i + 1] - 0x80];
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99) {
      out[k++] = '\''; /* ’ */
      i += 3;
    } else {
      out[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      i++;
    }
  }
  out[k] = 0;
}

void frex_date_key(const char *s, size_t n, char *out, size_t cap) {
  size_t i = 0, k = 0;
  out[0] = 0;
  while (i < n && k + 1 < cap) {
    size_t len = frex_fold_word(s + i, n - i, out + k, cap - k);
    if (!len) { /* not a letter: one byte (or a whole UTF-8 sequence) */
      unsigned char c = (unsigned char)s[i++];
      if (c >= 0xC0)
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
          i++;
      continue;
    }
    k += strlen(out + k);
    i += len;
  }
  out[k] = 0;
}

/* A key of the punctuation connectors ("-", "–"): the text itself. */
static void entry_key(const char *w, char *out, size_t cap) {
  frex_date_key(w, strlen(w), out, cap);
  if (!out[0])
    snprintf(out, cap, "%s", w);
}

/* The keys of every word, folded once (first lookup or start-up, under
 * pthread_once: the tables are shared by all threads). */
#define KEY_MAX 48
#define FAMILY_MAX 48
static char keys[NFAMILIES][FAMILY_MAX][KEY_MAX];
static bool keys_fit = true;
static pthread_once_t keys_once = PTHREAD_ONCE_INIT;

static void fold_keys(void) {
  for (int f = 0; f < NFAMILIES; f++) {
    if (families[f].n > FAMILY_MAX) {
      keys_fit = false;
      continue;
    }
    for (size_t i = 0; i < families[f].n; i++)
      entry_key(families[f].w[i].w, keys[f][i], KEY_MAX);
  }
}

const frex_dword *frex_date_lookup(frex_dfamily f, const char *s, size_t n) {
  char key[KEY_MAX];
  pthread_once(&keys_once, fold_keys);
  frex_date_key(s, n, key, sizeof key);
  if (!key[0]) {
    while (n && (s[0] == ' ' || s[0] == '\t'))
      s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
      n--;
    if (n >= sizeof key)
      return NULL;
    memcpy(key, s, n);
    key[n] = 0;
  }
  if (!keys_fit)
    return NULL;
  for (size_t i = 0; i < families[f].n; i++)
    if (keys[f][i][0] == key[0] && strcmp(keys[f][i], key) == 0)
      return &families[f].w[i];
  return NULL;
}

/* ------------------------------------------------------------- patterns */

typedef struct {
  unsigned want, refuse;
} flag_sel;

static bool keep_flags(const void *e, const void *ctx) {
  const frex_dword *w = e;
  const flag_sel *s = ctx;
  return (w->f & s->want) == s->want && !(w->f & s->refuse);
}

static unsigned flag_of(char c) {
  return c == 'a'   ? DW_ABBR
         : c == 'n' ? DW_ANA
         : c == 'm' ? DW_AMBIG
         : c == 'p' ? DW_PLURAL
                    : 0;
}

/* The number-word pieces of the DATE grammar, from numwords.c's table. */
static int gen_numbers(const char *name, size_t len, frex_buf *b) {
  int rc = FREX_E_PATTERN;
#define IS(s) (len == sizeof s - 1 && memcmp(name, s, len) == 0)
#define ALT(k, lo, hi) (rc == FREX_OK ? frex_numwords_alt(b, k, lo, hi) : rc)
#define PUT(s) (rc == FREX_OK ? frex_buf_puts(b, s) : rc)
  if (IS("nwday")) {
    /* 1..31 in words: vingt et un, vingt-deux, dix-sept, trente, premier */
    rc = frex_buf_puts(b, "(?:");
    rc = ALT(FREX_NW_TEN, 20, 30);
    rc = PUT("(?:[-\\h]et[-\\h]");
    rc = ALT(FREX_NW_UNIT, 1, 1);
    rc = PUT("|[-\\h]");
    rc = ALT(FREX_NW_UNIT, 2, 9);
    rc = PUT(")?|");
    rc = ALT(FREX_NW_UNIT, 10, 10);
    rc = PUT("[-\\h]");
    rc = ALT(FREX_NW_UNIT, 7, 9);
    rc = PUT("|");
    rc = ALT(FREX_NW_UNIT, 2, 16);
    rc = PUT("|");
    rc = ALT(FREX_NW_ORD, 1, 1);
    rc = PUT(")(?![\\p{L}\\p{N}])");
  } else if (IS("ordw")) { /* "le cinquième jour", "la 3e semaine" */
    rc = frex_buf_puts(b, "(?:");
    rc = ALT(FREX_NW_ORD, 1, 10);
    rc = PUT(")(?![\\p{L}\\p{N}])");
  } else if (IS("ordc")) { /* compound ordinals: "dix-neuvième" */
    rc = frex_buf_puts(b, "(?:(?:");
    rc = ALT(FREX_NW_UNIT | FREX_NW_TEN, 10, 90);
    rc = PUT("[-\\h](?:et[-\\h])?)?");
    rc = ALT(FREX_NW_ORD, 1, 100);
    rc = PUT(")(?![\\p{L}\\p{N}])");
  } else if (IS("ord4")) {
    rc = frex_numwords_alt(b, FREX_NW_ORD, 1, 4);
  } else if (IS("ord5")) {
    rc = frex_numwords_alt(b, FREX_NW_ORD, 1, 5);
  } else if (IS("nwcount")) { /* "deux", "vingt-cinq", "une", "cent" */
    unsigned k = FREX_NW_UNIT | FREX_NW_TEN | FREX_NW_HUNDRED;
    rc = frex_buf_puts(b, "(?:");
    rc = ALT(k, 1, 100);
    rc = PUT("(?:[-\\h](?:et[-\\h])?");
    rc = ALT(FREX_NW_UNIT, 1, 16);
    rc = PUT(")?)(?![\\p{L}\\p{N}])");
  } else if (IS("nwtens")) { /* "soixante-dix", "quatre-vingt(s)" */
    rc = frex_buf_puts(b, "(?:");
    rc = ALT(FREX_NW_TEN, 20, 90);
    rc = PUT("|quatre-vingts?)(?:-dix)?(?![\\p{L}\\p{N}])");
  }
#undef IS
#undef ALT
#undef PUT
  return rc;
}

int frex_date_gen(const char *name, size_t len, frex_buf *b, void *ctx) {
  (void)ctx;
  size_t base = strcspn(name, "/!");
  if (base > len)
    base = len;
  for (int f = 0; f < NFAMILIES; f++) {
    if (strlen(families[f].name) != base ||
        memcmp(families[f].name, name, base) != 0)
      continue;
    flag_sel s = {0, 0};
    if (base + 2 == len) {
      unsigned fl = flag_of(name[base + 1]);
      if (!fl)
        return FREX_E_PATTERN;
      if (name[base] == '/')
        s.want = fl;
      else
        s.refuse = fl;
    } else if (base != len) {
      return FREX_E_PATTERN;
    }
    return frex_wordre_alt(b, families[f].w, families[f].n,
                           sizeof(frex_dword), keep_flags, &s, true);
  }
  return gen_numbers(name, len, b);
}

/* ---------------------------------------------------------------- check */

int frex_date_lex_check(char *err, size_t errlen) {
  pthread_once(&keys_once, fold_keys);
  if (!keys_fit) {
    if (err && errlen)
      snprintf(err, errlen, "src/date_lex.c: a family has more than %d words",
               FAMILY_MAX);
    return FREX_E_PATTERN;
  }
  for (int f = 0; f < NFAMILIES; f++) {
    for (size_t i = 0; i < families[f].n; i++) {
      const frex_dword *e = &families[f].w[i];
      const frex_dword *r = frex_date_lookup((frex_dfamily)f, e->w,
                                             strlen(e->w));
      if (!r || r->v != e->v) {
        if (err && errlen)
          snprintf(err, errlen,
                   "src/date_lex.c: %s '%s' does not read back to its value",
                   families[f].name, e->w);
        return FREX_E_PATTERN;
      }
    }
  }
  if (families[DF_HOLIDAY].n != sizeof holiday_dates / sizeof *holiday_dates) {
    if (err && errlen)
      snprintf(err, errlen, "src/date_lex.c: holidays without a date");
    return FREX_E_PATTERN;
  }
  for (size_t i = 0; i < families[DF_HOLIDAY].n; i++)
    if (families[DF_HOLIDAY].w[i].v != (int)i) {
      if (err && errlen)
        snprintf(err, errlen, "src/date_lex.c: holiday '%s' is out of order",
                 families[DF_HOLIDAY].w[i].w);
      return FREX_E_PATTERN;
    }
  return FREX_OK;
}

/* --------------------------------------------------------------- values */

int frex_date_month(const char *s, size_t n) {
  const frex_dword *e = frex_date_lookup(DF_MONTH, s, n);
  return e ? e->v : 0;
}

int frex_date_weekday(const char *s, size_t n) {
  const frex_dword *e = frex_date_lookup(DF_WEEKDAY, s, n);
  return e ? e->v : 0;
}

/* An ordinal in words, maybe compound: "dix-neuvième" = 10 + 9, "vingt et
 * unième" = 20 + 1; 0 when not one. */
static int ordinal_words(const char *s, size_t n) {
  size_t last = n;
  while (last > 0 && frex_date_is_letter_at(s, n, last - 1))
    last--;
  int v;
  if (!frex_numwords_word(s + last, n - last, FREX_NW_ORD, &v))
    return 0;
  size_t head = last;
  while (head > 0 && !frex_date_is_letter_at(s, n, head - 1))
    head--;
  if (!head)
    return v;
  /* "vingt et" before "unième": drop the "et" */
  if (head >= 2 && (s[head - 1] | 0x20) == 't' && (s[head - 2] | 0x20) == 'e' &&
      (head == 2 || !frex_date_is_letter_at(s, n, head - 3))) {
    head = head > 2 ? head - 3 : 0;
    while (head > 0 && !frex_date_is_letter_at(s, n, head - 1))
      head--;
  }
  uint64_t t;
  if (frex_numwords_parse(s, head, &t) != FREX_OK || t % 10 || t > 90)
    return 0;
  return (int)t + v;
}

int frex_date_number(const char *s, size_t n) {
  if (n && s[0] >= '0' && s[0] <= '9') {
    int v = 0;
    for (size_t i = 0; i < n && s[i] >= '0' && s[i] <= '9' && v < 100000; i++)
      v = v * 10 + (s[i] - '0');
    return v;
  }
  if (n >= 3 && s[0] == 'I' && (s[1] == 'e' || s[1] == 'E'))
    return 1; /* "Ier", the roman-numeral spelling of 1er */
  while (n && !frex_date_is_letter_at(s, n, n - 1))
    n--; /* a trailing dot or space */
  if (frex_date_lookup(DF_LAST, s, n))
    return -1;
  uint64_t v;
  if (frex_numwords_parse(s, n, &v) == FREX_OK)
    return v <= 100000 ? (int)v : 0;
  return ordinal_words(s, n);
}
