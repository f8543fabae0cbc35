/*
 * amount_follow.c — the words around a bare number that continues an
 * amount (amount.c's continuation pass; README "AMOUNT decisions where
 * SPEC is silent"): time phrases ("600 000 cette année"), verbs of change
 * ("majorée à 375", "pourrait atteindre 1,30"), what may follow a bare
 * number that counts nothing, and whether a gap keeps the amount's clause.
 * Word lists are lowercase UTF-8, matched whole.
 */
#include "amount_follow.h"

#include <string.h>

#include "amount_ctx.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

static bool in_list(const char *w, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(w, list[i]))
      return true;
  return false;
}

static size_t skip_blanks(const char *t, size_t len, size_t k) {
  size_t n;
  while (k < len && frex_amount_space_at((const unsigned char *)t, k, len, &n))
    k += n;
  return k;
}

/* The word after the blanks at K, lowercased into W (empty if none or if
 * this reader cannot fold it); returns its end, *WS its start. */
static size_t word_at(const char *t, size_t len, size_t k, char *w,
                      size_t wsize, size_t *ws) {
  int ok;
  k = skip_blanks(t, len, k);
  *ws = k;
  size_t e = frex_amount_word_lower(t, len, k, w, wsize, &ok);
  if (ok != 1)
    w[0] = '\0';
  return e;
}

/* Length of an apostrophe at K (' or U+2019), else 0. */
static size_t apos_at(const char *t, size_t len, size_t k) {
  if (k < len && t[k] == '\'')
    return 1;
  if (k + 2 < len && (unsigned char)t[k] == 0xE2 &&
      (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x99)
    return 3;
  return 0;
}

static bool digit(const char *t, size_t i) { return t[i] >= '0' && t[i] <= '9'; }

/* A year 1900-2099 at K, not glued to a further digit: its end, or 0. */
static size_t year_at(const char *t, size_t len, size_t k) {
  if (k + 4 > len || !digit(t, k) || !digit(t, k + 1) || !digit(t, k + 2) ||
      !digit(t, k + 3) || (k + 4 < len && digit(t, k + 4)))
    return 0;
  return (t[k] == '1' && t[k + 1] == '9') || (t[k] == '2' && t[k + 1] == '0')
             ? k + 4
             : 0;
}

static const char *const months[] = {
    "janvier", "f\xc3\xa9vrier", "mars",    "avril",   "mai",
    "juin",    "juillet",        "ao\xc3\xbbt", "septembre", "octobre",
    "novembre", "d\xc3\xa9" "cembre"};
/* "l'an dernier", "le mois précédent", "la semaine dernière" */
static const char *const period_nouns[] = {
    "an", "ann\xc3\xa9" "e", "exercice", "mois", "semaine", "trimestre",
    "semestre", "\xc3\xa9t\xc3\xa9", "hiver", "automne", "printemps"};
static const char *const period_adjs[] = {
    "dernier",   "derni\xc3\xa8re", "pass\xc3\xa9", "pass\xc3\xa9" "e",
    "pr\xc3\xa9" "c\xc3\xa9" "dent", "pr\xc3\xa9" "c\xc3\xa9" "dente",
    "prochain",  "prochaine",       "suivant",      "suivante"};
/* time adverbs on their own ("aujourd'hui" is read as "aujourd") */
static const char *const time_words[] = {
    "auparavant", "pr\xc3\xa9" "c\xc3\xa9" "demment", "aujourd", "d\xc3\xa9sormais",
    "actuellement", "d\xc3\xa8s", "depuis", "hier", "demain", "avant",
    "jusqu", "nagu\xc3\xa8re",
    /* a weekday: "45,20 euros, contre 44,10 vendredi" */
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};

size_t frex_amount_time_at(const char *t, size_t len, size_t k) {
  char w[24], x[24];
  size_t ws, e = word_at(t, len, k, w, sizeof w, &ws), xs, xe;
  if (e == ws || !w[0])
    return 0;
  if (in_list(w, time_words, COUNT(time_words)))
    return e;
  if (!strcmp(w, "en") || !strcmp(w, "fin") || !strcmp(w, "d\xc3\xa9" "but")) {
    size_t y = year_at(t, len, skip_blanks(t, len, e));
    if (y && y > e)
      return y;
    xe = word_at(t, len, e, x, sizeof x, &xs);
    if (!strcmp(w, "en") && !strcmp(x, "semaine"))
      return xe; /* "12 euros en semaine, 15 le week-end" */
    return xs > e && in_list(x, months, COUNT(months)) ? xe : 0;
  }
  if (!strcmp(w, "du")) { /* "980 du mois précédent" */
    xe = word_at(t, len, e, x, sizeof x, &xs);
    size_t ys, ye = word_at(t, len, xe, w, sizeof w, &ys);
    return xs > e && in_list(x, period_nouns, COUNT(period_nouns)) &&
                   ys > xe && in_list(w, period_adjs, COUNT(period_adjs))
               ? ye
               : 0;
  }
  if (!strcmp(w, "de")) { /* "815 de l'an dernier", "de la veille" */
    xe = word_at(t, len, e, x, sizeof x, &xs);
    if (!(xs > e &&
          (!strcmp(x, "la") || !strcmp(x, "le") ||
           (!strcmp(x, "l") && apos_at(t, len, xe)))))
      return 0;
    size_t r = frex_amount_time_at(t, len, e);
    return r > xe ? r : 0;
  }
  size_t a = apos_at(t, len, e);
  if (a && (!strcmp(w, "l") || !strcmp(w, "d"))) {
    xe = word_at(t, len, e + a, x, sizeof x, &xs);
    if (!strcmp(w, "d"))
      return !strcmp(x, "ici") ? xe : 0; /* "d'ici l'été" */
    if (!in_list(x, period_nouns, COUNT(period_nouns)))
      return 0;
    size_t ys, ye = word_at(t, len, xe, w, sizeof w, &ys);
    if (ys > xe && in_list(w, period_adjs, COUNT(period_adjs)))
      return ye;
    return !strcmp(x, "an") ? xe : 0; /* "30 euros l'an" */
  }
  xe = word_at(t, len, e, x, sizeof x, &xs);
  if ((!strcmp(w, "au") || !strcmp(w, "le")) && xs > e && xs < len &&
      digit(t, xs)) {
    while (xs < len && (digit(t, xs) || t[xs] == 'e' || t[xs] == 'r'))
      xs++; /* "au 1er janvier", "au 15 mars" */
    xe = word_at(t, len, xs, x, sizeof x, &xs);
    return in_list(x, months, COUNT(months)) ? xe : 0;
  }
  if (xs == e || xe == xs)
    return 0;
  if (!strcmp(w, "cette"))
    return !strcmp(x, "ann\xc3\xa9" "e") || !strcmp(x, "semaine") ||
                   !strcmp(x, "saison")
               ? xe
               : 0;
  if (!strcmp(w, "cet"))
    return !strcmp(x, "\xc3\xa9t\xc3\xa9") || !strcmp(x, "hiver") ||
                   !strcmp(x, "automne") || !strcmp(x, "exercice")
               ? xe
               : 0;
  if (!strcmp(w, "ce"))
    return !strcmp(x, "mois") || !strcmp(x, "trimestre") ||
                   !strcmp(x, "semestre") || !strcmp(x, "printemps")
               ? xe
               : 0;
  if (!strcmp(w, "le") && (!strcmp(x, "midi") || !strcmp(x, "soir") ||
                            !strcmp(x, "matin")))
    return xe; /* "15 euros le midi et 25 le soir" */
  if (!strcmp(w, "le") && !strcmp(x, "week") && xe + 4 <= len &&
      !strncmp(t + xe, "-end", 4))
    return xe + 4;
  if (!strcmp(w, "la") && !strcmp(x, "veille"))
    return xe; /* "82 dollars, contre 78 la veille" */
  if (!strcmp(w, "le") || !strcmp(w, "la")) {
    size_t ys, ye = word_at(t, len, xe, w, sizeof w, &ys);
    return in_list(x, period_nouns, COUNT(period_nouns)) && ys > xe &&
                   in_list(w, period_adjs, COUNT(period_adjs))
               ? ye
               : 0;
  }
  if (!strcmp(w, "un") && !strcmp(x, "an")) { /* "un an plus tôt" */
    size_t ys, ye = word_at(t, len, xe, w, sizeof w, &ys);
    return ys > xe && (!strcmp(w, "plus") || !strcmp(w, "auparavant") ||
                       !strcmp(w, "avant"))
               ? ye
               : 0;
  }
  if (!strcmp(w, "il") && !strcmp(x, "y")) /* "il y a un an" */
    return xe;
  if (!strcmp(w, "au")) /* "au 1er janvier", "au premier trimestre" */
    return !strcmp(x, "premier") || !strcmp(x, "second") ||
                   !strcmp(x, "deuxi\xc3\xa8me") ||
                   !strcmp(x, "troisi\xc3\xa8me") ||
                   !strcmp(x, "quatri\xc3\xa8me") || !strcmp(x, "dernier")
               ? xe
               : 0;
  return 0;
}

/* "en deux ans", "et la part variable" (not "et deux") */
static const char *const small_numbers[] = {
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
    "neuf", "dix", "douze", "quinze", "vingt", "trente", "cent", "mille"};
static const char *const durations[] = {
    "an", "ans", "ann\xc3\xa9" "e", "ann\xc3\xa9" "es", "mois", "semaine",
    "semaines", "jour", "jours", "heure", "heures"};

bool frex_amount_prep_tail(const char *t, size_t len, size_t q) {
  /* not "à": "dont 75 à 80 millions" is a range of its own */
  static const char *const preps[] = {"au",  "aux",  "avec", "chez",
                                      "dans", "en",  "pour", "sur"};
  char w[8];
  size_t ws, e = word_at(t, len, q, w, sizeof w, &ws);
  size_t n;
  if (!(ws > q && e > ws && e < len &&
        frex_amount_space_at((const unsigned char *)t, e, len, &n)))
    return false;
  if (in_list(w, preps, COUNT(preps)))
    return true;
  /* "à" before an article: "dont 10 à la signature" (not "dont 75 à 80
   * millions", nor "à trois") */
  char x[8];
  size_t xs;
  word_at(t, len, e, x, sizeof x, &xs);
  return !strcmp(w, "\xc3\xa0") &&
         (!strcmp(x, "la") || !strcmp(x, "l") || !strcmp(x, "les"));
}

bool frex_amount_rate_word(const char *w) {
  static const char *const words[] = {
      "brut", "bruts", "net", "nets", "ht", "ttc", "par", "le", "la", "l",
      "m\xc3\xa8tre", "carr\xc3\xa9", "litre", "kilo", "mois", "an",
      "heure", "nuit", "jour", "semaine", "baril", "tonne", "unit\xc3\xa9",
      "personne", "mwh", "kwh"};
  return in_list(w, words, COUNT(words));
}

bool frex_amount_free_tail(const char *t, size_t len, size_t q) {
  static const char *const free_words[] = {
      "pour", "par",  "contre", "hors", "ht",    "ttc",   "net",
      "nets", "nette", "brut",  "bruts", "soit", "selon",
      /* a circumstance: "passent de 350 000 euros à 280 000 avec le départ
       * de deux agents", "grâce à", "malgré", "sans", "depuis", "dès" */
      "avec", "gr\xc3\xa2" "ce", "malgr\xc3\xa9", "sans", "depuis",
      "d\xc3\xa8s",
      /* a participle of money: "100 millions d'euros, dont 60 apportés
       * par l'État" */
      "allou\xc3\xa9s", "apport\xc3\xa9s", "consacr\xc3\xa9s",
      "d\xc3\xa9pens\xc3\xa9s", "emprunt\xc3\xa9s", "financ\xc3\xa9s",
      "investis", "pr\xc3\xaat\xc3\xa9s", "vers\xc3\xa9s"};
  size_t n;
  if (q >= len)
    return true;
  if (strchr(".,;:)!?\n\r\"", t[q]) && t[q])
    return true;
  if (!frex_amount_space_at((const unsigned char *)t, q, len, &n))
    return false; /* "12%", "2e", "3-1", "18h" */
  size_t s = skip_blanks(t, len, q);
  if (s >= len || (strchr(".,;:)!?\n\r\"", t[s]) && t[s]) ||
      ((unsigned char)t[s] == 0xC2 && s + 1 < len &&
       (unsigned char)t[s + 1] == 0xBB)) /* » */
    return true;
  if ((t[s] == '-' && s + 1 < len && t[s + 1] == ' ') ||
      (s + 2 < len && !memcmp(t + s, "\xe2\x80", 2) &&
       ((unsigned char)t[s + 2] == 0x93 || (unsigned char)t[s + 2] == 0x94)))
    return true; /* a dash: "passe à 30 – une hausse" */
  if (frex_amount_time_at(t, len, q))
    return true;
  char w[16], x[16];
  size_t ws, e = word_at(t, len, q, w, sizeof w, &ws), xs;
  if (e == ws || !w[0])
    return false;
  word_at(t, len, e, x, sizeof x, &xs);
  if (!strcmp(w, "pour")) /* "pour cent", "pour 100": a percentage */
    return strcmp(x, "cent") && strcmp(x, "mille") &&
           !(xs + 3 <= len && !memcmp(t + xs, "100", 3));
  if (!strcmp(w, "en")) { /* "en cas de retard", "en deux ans" */
    if (!strcmp(x, "cas"))
      return true;
    size_t ds = xs, de = xs;
    while (de < len && digit(t, de))
      de++;
    if (de == ds && !in_list(x, small_numbers, COUNT(small_numbers)))
      return false;
    if (de == ds)
      de = word_at(t, len, xs, x, sizeof x, &ds);
    word_at(t, len, de, x, sizeof x, &ds);
    return in_list(x, durations, COUNT(durations));
  }
  if (!strcmp(w, "et") || !strcmp(w, "ou") || !strcmp(w, "mais") ||
      !strcmp(w, "puis") || !strcmp(w, "voire"))
    return xs < len && !digit(t, xs) && x[0] &&
           !in_list(x, small_numbers, COUNT(small_numbers));
  if (!strcmp(w, "\xc3\xa0"))
    return !strcmp(x, "partir"); /* "passe à 30 à partir de mars" */
  return in_list(w, free_words, COUNT(free_words));
}

/* Verbs whose "à" introduces a new value: the stems of -er verbs and
 * their endings, then the other verbs' forms. */
static const char *const change_stems[] = {
    "abaiss", "augment", "baiss", "chut", "culmin", "diminu", "fix",
    "gonfl", "grimp", "limit", "major", "minor", "mont", "pass", "plafonn",
    "plong", "progress",
    "port", "rabot", "ramen", "ram\xc3\xa8n", "rechut", "recul", "rehauss",
    "relev", "rel\xc3\xa8v", "remont", "retomb", "revaloris", "r\xc3\xa9vis",
    "tomb", "d\xc3\xa9gringol", "\xc3\xa9lev", "\xc3\xa9l\xc3\xa8v",
    "rabaiss", "d\xc3\xa9viss"};
static const char *const er_endings[] = {
    "e",   "es",    "ent",    "\xc3\xa9", "\xc3\xa9" "e", "\xc3\xa9s",
    "\xc3\xa9" "es", "er", "era", "eront", "erait", "eraient", "ait",
    "aient", "ant", "ons",    "ez"};
static const char *const change_forms[] = {
    "r\xc3\xa9" "duit", "r\xc3\xa9" "duite", "r\xc3\xa9" "duits",
    "r\xc3\xa9" "duites", "r\xc3\xa9" "duire", "r\xc3\xa9" "duira",
    "r\xc3\xa9" "duiront", "r\xc3\xa9" "duirait", "r\xc3\xa9" "duisait",
    "r\xc3\xa9" "duisent", "\xc3\xa9tabli", "\xc3\xa9tablie",
    "\xc3\xa9tablit", "\xc3\xa9tablira", "\xc3\xa9tablissait", "ressort",
    "ressortait", "ressortira", "ressorti", "ressortent",
    /* "ses ventes ont bondi à 600 millions" */
    "bondi", "bondir", "bondira", "bondissent", "bondit",
    /* "la facture a fondu de 2 000 à 1 400 euros", "revu de 30 à 25" */
    "fondu", "fondue", "fondus", "fondues", "descendu", "descendue",
    "descendus", "descendues", "redescendu", "redescendue", "revu", "revue",
    "revus", "revues"};
/* "atteindre" takes its value without "à" */
static const char *const reach_forms[] = {
    "atteint",      "atteinte",      "atteints",     "atteintes",
    "atteindre",    "atteindra",     "atteindront",  "atteindrait",
    "atteindraient", "atteignait",   "atteignaient", "atteignent",
    "atteignant",   "atteigne"};

/* Past the blanks (space, TAB, NBSP, U+202F: frex_amount_space_at) at K, not
 * beyond END: the first other byte. */
size_t frex_amount_blanks_after(const char *t, size_t k, size_t end) {
  const unsigned char *u = (const unsigned char *)t;
  size_t n;
  while (k < end && frex_amount_space_at(u, k, end, &n))
    k += n;
  return k;
}

/* adverbs between a verb of change and its "à" */
static const char *const adverbs[] = {"alors", "ainsi", "d\xc3\xa9sormais",
                                      "donc", "encore", "enfin",
                                      "finalement", "m\xc3\xaame"};

static bool change_verb(const char *w) {
  for (size_t i = 0; i < COUNT(change_stems); i++) {
    size_t n = strlen(change_stems[i]);
    if (!strncmp(w, change_stems[i], n) &&
        in_list(w + n, er_endings, COUNT(er_endings)))
      return true;
  }
  return in_list(w, change_forms, COUNT(change_forms));
}

size_t frex_amount_blanks_before(const char *t, size_t lo, size_t k) {
  const unsigned char *u = (const unsigned char *)t;
  for (;;) {
    if (k > lo && (u[k - 1] == ' ' || u[k - 1] == '\t'))
      k--;
    else if (k >= lo + 2 && u[k - 2] == 0xC2 && u[k - 1] == 0xA0)
      k -= 2;
    else if (k >= lo + 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
             u[k - 1] == 0xAF)
      k -= 3;
    else
      return k;
  }
}

size_t frex_amount_word_before(const char *t, size_t lo, size_t p, char *w,
                               size_t wsize) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = frex_amount_blanks_before(t, lo, p);
  if (k > lo && t[k - 1] == '\'')
    k--; /* "d'" */
  else if (k >= lo + 3 && !memcmp(t + k - 3, "\xe2\x80\x99", 3))
    k -= 3;
  size_t j = k;
  while (j > lo) {
    if ((u[j - 1] | 0x20) >= 'a' && (u[j - 1] | 0x20) <= 'z')
      j--;
    else if (j >= lo + 2 && u[j - 2] == 0xC3 && u[j - 1] >= 0x80 &&
             u[j - 1] <= 0xBF)
      j -= 2;
    else
      break;
  }
  int ok;
  w[0] = '\0';
  if (j == k || frex_amount_word_lower(t, k, j, w, wsize, &ok) != k || ok != 1)
    return p;
  return j;
}

bool frex_amount_change_word(const char *w) {
  return change_verb(w) || in_list(w, reach_forms, COUNT(reach_forms));
}

frex_lead frex_amount_lead(const char *t, size_t lo, size_t p, size_t *vs) {
  char w[24];
  size_t s = frex_amount_word_before(t, lo, p, w, sizeof w);
  if (s == p)
    return FREX_LEAD_NONE;
  *vs = s;
  if (in_list(w, reach_forms, COUNT(reach_forms)))
    return FREX_LEAD_CHANGE; /* "pourrait atteindre 1,30" */
  if (!strcmp(w, "et"))
    return FREX_LEAD_ET;
  if (strcmp(w, "\xc3\xa0"))
    return FREX_LEAD_NONE;
  size_t v = s; /* "porté jusqu'à 375" */
  if (v >= lo + 6 && t[v - 1] == '\'' && !strncmp(t + v - 6, "jusqu", 5))
    v -= 6;
  else if (v >= lo + 8 && !memcmp(t + v - 3, "\xe2\x80\x99", 3) &&
           !strncmp(t + v - 8, "jusqu", 5))
    v -= 8;
  size_t vw = frex_amount_word_before(t, lo, v, w, sizeof w);
  if (vw < v && in_list(w, adverbs, COUNT(adverbs))) { /* "s'élève désormais à" */
    v = vw;
    vw = frex_amount_word_before(t, lo, v, w, sizeof w);
  }
  if (vw < v && change_verb(w)) {
    *vs = vw;
    return FREX_LEAD_CHANGE;
  }
  return v == s ? FREX_LEAD_A : FREX_LEAD_NONE;
}

bool frex_amount_same_clause(const char *t, size_t a, size_t b) {
  static const char *const dets[] = {
      "le",  "la",  "les",  "l",     "un",  "une",   "des",  "du",
      "son", "sa",  "ses",  "leur",  "leurs", "ce",  "cet",  "cette",
      "ces", "mon", "ma",   "mes",   "notre", "nos", "votre", "vos"};
  static const char *const pronouns[] = {"il",   "elle", "ils", "elles",
                                         "on",   "je",   "tu",  "nous",
                                         "vous"};
  int words = 0;
  for (size_t i = a; i < b;) {
    unsigned char c = (unsigned char)t[i];
    if (strchr(";:()%", c) && c)
      return false;
    if (digit(t, i)) { /* a year may stand there: "fixée à 500 euros en 2024" */
      size_t y = year_at(t, b, i);
      if (!y || (i > a && digit(t, i - 1)))
        return false;
      i = y;
      continue;
    }
    if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == 0xC3)) {
      i++;
      continue;
    }
    char w[24], x[24];
    int ok;
    size_t e = frex_amount_word_lower(t, b, i, w, sizeof w, &ok);
    if (e == i)
      return false;
    if (++words > 8)
      return false;
    if (ok == 1 && in_list(w, pronouns, COUNT(pronouns)))
      return false; /* a new subject: "il est passé à 375" */
    if (ok == 1 && in_list(w, dets, COUNT(dets))) {
      size_t xs, k = e + apos_at(t, b, e);
      word_at(t, b, k, x, sizeof x, &xs);
      if (!in_list(x, period_nouns, COUNT(period_nouns)))
        return false; /* "le nombre de licenciés passe à 375" */
    }
    i = e;
  }
  return true;
}

bool frex_amount_part_before(const char *t, size_t lo, size_t p) {
  size_t k = skip_blanks(t, p, lo);
  if (k < p && (t[k] == ',' || t[k] == '(')) /* "(dont 95 de TVA, ...)" */
    k = skip_blanks(t, p, k + 1);
  return k + 4 < p && !strncmp(t + k, "dont", 4) &&
         skip_blanks(t, p, k + 4) == p;
}
