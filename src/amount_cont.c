/*
 * amount_cont.c — AMOUNT's continuation pass: the numbers without a
 * currency of their own that continue an amount the main pass (amount.c)
 * found, and take its currency (SPEC "AMOUNT": enumerations; README
 * "AMOUNT decisions where SPEC is silent").  After each amount, in its
 * sentence: scaled numbers of an enumeration or range ("20 millions
 * d'euros pour Lille, 12 millions pour Lyon"), bare numbers set parallel
 * to it ("47,2 milliards d'euros en 2024, 50,5 en 2025"), bare numbers
 * after a verb of change, a range, "dont" or "soit" (words in
 * amount_follow.c); before an amount with a scale, the scaled numbers it
 * gives its currency.  A stage of its own because it reads the rows the
 * main pass emitted, not the text's anchors: it runs once per document
 * that has an amount, after the main pass.
 */
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "amount_follow.h"
#include "amount_impl.h"
#include "classify.h"

/* Nouns of things counted in millions, not money: a scaled number right
 * after one in its clause counts them.  Lowercase, sorted by strcmp
 * (frex_amount_cont_check checks). */
static const char *const count_nouns[] = {
    "abonn\xc3\xa9s", "adh\xc3\xa9rents", "arbres", "barils", "clients",
    "doses", "effectifs", "emplois", "employ\xc3\xa9s", "exemplaires", "fans",
    "fid\xc3\xa8les", "foyers", "habitants", "hectares", "kilom\xc3\xa8tres",
    "km", "lecteurs", "litres", "logements", "membres", "morts",
    "m\xc3\xa9nages", "nombre", "passagers", "patients", "personnes",
    "population", "salari\xc3\xa9s", "spectateurs", "tonnes", "touristes",
    "t\xc3\xa9l\xc3\xa9" "chargements", "t\xc3\xa9l\xc3\xa9spectateurs",
    "unit\xc3\xa9s", "utilisateurs", "victimes", "visiteurs", "voitures",
    "voix", "votes", "voyageurs", "vues", "v\xc3\xa9hicules",
    "\xc3\xa9lecteurs", "\xc3\xa9l\xc3\xa8ves",
};

/* Nouns of money after a continuation's "de" (sorted by strcmp, UTF-8;
 * frex_amount_cont_check checks): the number
 * is an amount of them, not a count ("les 3 milliards de trésorerie", "2
 * millions d'amende"); taxes' acronyms are read lowercased ("95 milliards
 * de TVA", "250 millions de retombées économiques", "dont 8,5 millions
 * de cachets artistiques"). */
static const char *const money_nouns[] = {
    "abondement", "abondements", "achats", "acompte", "acomptes", "actifs",
    "aide", "aides", "allocation", "amende", "amendes", "apports",
    "arri\xc3\xa9r\xc3\xa9s", "autofinancement", "avances", "avoirs", "bonus",
    "budget", "b\xc3\xa9n\xc3\xa9" "fice", "b\xc3\xa9n\xc3\xa9" "fices",
    "cachets", "capital", "capitaux", "cessions", "charges", "chiffre",
    "commissions", "compensation", "compensations", "contribution",
    "cotisation", "cotisations", "co\xc3\xbbts", "crds", "cr\xc3\xa9" "ances",
    "cr\xc3\xa9" "dit", "cr\xc3\xa9" "dits", "csg", "dette", "dettes",
    "dividendes", "dommages", "dons", "dotation", "dotations", "droits",
    "d\xc3\xa9" "ficit", "d\xc3\xa9penses", "d\xc3\xa9p\xc3\xb4ts", "ebitda",
    "emprunt", "emprunts", "encours", "endettement", "engagements",
    "exc\xc3\xa9" "dent", "financement", "financements", "fonctionnement",
    "fonds", "frais", "gains", "garanties", "honoraires", "impay\xc3\xa9s",
    "imp\xc3\xb4t", "imp\xc3\xb4ts", "indemnit\xc3\xa9", "indemnit\xc3\xa9s",
    "int\xc3\xa9r\xc3\xaats", "investissement", "investissements",
    "liquidit\xc3\xa9s", "loyers", "marge", "marges", "moins-values",
    "m\xc3\xa9" "c\xc3\xa9nat", "parrainage", "parrainages", "partenariat",
    "partenariats", "participation", "participations", "pension", "pertes",
    "pib", "plus-values", "prime", "primes", "provision", "provisions",
    "pr\xc3\xa9l\xc3\xa8vements", "pr\xc3\xaat", "pr\xc3\xaats",
    "p\xc3\xa9nalit\xc3\xa9s", "recettes", "redevance", "redevances",
    "remboursements", "ressources", "retomb\xc3\xa9" "es", "revenus",
    "reversements", "royalties", "r\xc3\xa9mun\xc3\xa9rations",
    "r\xc3\xa9sultat", "salaire", "salaires", "sponsoring", "subsides",
    "subvention", "subventions", "surco\xc3\xbbt", "surco\xc3\xbbts", "taxe",
    "taxes", "travaux", "tr\xc3\xa9sorerie", "tva", "versements",
    "\xc3\xa9" "conomies", "\xc3\xa9pargne", "\xc3\xa9tudes",
};

/* Words that may follow a scale abbreviation in a continuation ("12 M
 * pour Lyon"); any other word makes it a count ("4,5 M avis").  Sorted by
 * strcmp (frex_amount_cont_check checks). */
static const char *const abbr_followers[] = {
    "au", "aux", "avec", "chez", "contre", "dans", "de", "dont", "en", "et",
    "l", "la", "le", "les", "ou", "par", "pour", "sans", "selon", "soit",
    "sur", "un", "une", "\xc3\xa0"};

/* Prepositions of a parallel complement (sorted by strcmp;
 * frex_amount_cont_check checks), for the elided continuations. */
static const char *const elide_preps[] = {
    "au", "aupr\xc3\xa8s" /* "200 000 auprès des entreprises" */, "aux",
    "chez", "dans", "en", "par", "pour", "sur",
    "\xc3\xa0" /* à: "600 000 euros à Paris, 250 000 à Lyon" */};

/* Words after a place's preposition that make no place ("en moyenne",
 * "au total", "en hausse", "à partir"): sorted by strcmp
 * (frex_amount_cont_check checks). */
static const char *const not_places[] = {
    "baisse", "bout", "cas", "circulation", "cours", "effet", "fait",
    "fin", "final", "hausse", "heure", "lieu", "maximum", "minimum",
    "moins", "moyenne", "outre", "particulier", "partie", "peine",
    "plus", "profit", "revanche", "stock", "titre", "total", "tout", "vente",
    "vigueur"};

/* Units of a label's figure: ages, lengths of stay, entries, zones. */
static const char *const qual_units[] = {
    "an", "ans", "entr\xc3\xa9" "e", "entr\xc3\xa9" "es", "jour", "jours",
    "mois", "nuit", "nuits", "nuit\xc3\xa9" "es", "passages", "personnes",
    "places", "s\xc3\xa9" "ance", "s\xc3\xa9" "ances", "semaine", "semaines",
    "zone", "zones"};

static int cmp_str(const void *key, const void *elem) {
  return strcmp((const char *)key, *(const char *const *)elem);
}

static int sorted_has(const char *w, const char *const *list, size_t n) {
  return bsearch(w, list, n, sizeof *list, cmp_str) != NULL;
}

int frex_amount_cont_check(char *err, size_t errlen) {
  /* the lists binary-searched must be sorted (a word out of order would
   * silently never match) */
  static const struct {
    const char *const *v;
    size_t n;
    const char *name;
  } sorted[] = {
      {count_nouns, sizeof count_nouns / sizeof *count_nouns, "count_nouns"},
      {abbr_followers, sizeof abbr_followers / sizeof *abbr_followers,
       "abbr_followers"},
      {money_nouns, sizeof money_nouns / sizeof *money_nouns, "money_nouns"},
      {elide_preps, sizeof elide_preps / sizeof *elide_preps, "elide_preps"},
      {not_places, sizeof not_places / sizeof *not_places, "not_places"}};
  for (size_t l = 0; l < sizeof sorted / sizeof *sorted; l++)
    for (size_t i = 1; i < sorted[l].n; i++)
      if (strcmp(sorted[l].v[i - 1], sorted[l].v[i]) >= 0) {
        if (err && errlen)
          snprintf(err, errlen, "AMOUNT: %s is not sorted at %s",
                   sorted[l].name, sorted[l].v[i]);
        return FREX_E_PATTERN;
      }
  return FREX_OK;
}

/* ------------------------------------------------------- enumerations
 *
 * SPEC: a number with a scale and no currency of its own that continues an
 * enumeration after an amount in the same sentence takes that amount's
 * currency ("20 millions d'euros pour Lille, 12 millions pour Lyon et 8
 * millions pour Nantes"; "le budget passe de 2,5 milliards de dollars à 4
 * milliards"; "contre 12 millions un an plus tôt", "soit 3 milliards",
 * "dont 2 millions", "(+ 5 millions)", "et 8,5 millions en 2021"), but not
 * when it counts something ("10 millions d'habitants").  What continues:
 *  - the same sentence: no . ! ? ... or kept line end (a paragraph, a
 *    headline: pipeline.c) between the amount and the number; commas,
 *    semicolons, parentheses and dashes do not end it;
 *  - at most CONT_REACH bytes after the amount or the last continuation;
 *  - the number has a scale word or abbreviation (CONT_SCALE): a bare
 *    "500" or "1 500" after an amount is anything;
 *  - nothing counted: after the scale no "de"/"d'" + noun ("d'habitants",
 *    "de tonnes", "de clients"; "de plus", "de moins", "d'ici" are
 *    adverbs), no "%" or further digits, and after an abbreviation only a
 *    function word or punctuation ("4,5 M avis"); before the number, in
 *    its clause, no noun of things people count (count_nouns: "sa
 *    population atteint 2 millions").
 * Each continuation continues the chain ("12 millions pour Lyon et 8
 * millions pour Nantes"); an amount with its own currency starts a new
 * one. */

#define CONT_REACH 300

/* A budget told over several sentences of a paragraph: each may go on
 * with the chain when it passes try_bridge's checks, up to this many
 * ("Le budget atteint 720 millions d'euros. L'action sociale en absorbe
 * près de la moitié : 180 millions pour le RSA... Les investissements
 * atteignent 110 millions, dont 38 pour les routes..."). */
#define BRIDGES_MAX 4


/* Does the '.' at I (text up to TO) end a sentence: not between digits
 * ("2.5", "1.000"), nor before a lowercase word or a comma ("M. le
 * ministre", "etc., ")? */
static bool dot_ends(const char *t, size_t from, size_t i, size_t to) {
  if (i > from && t[i - 1] >= '0' && t[i - 1] <= '9' && i + 1 < to &&
      t[i + 1] >= '0' && t[i + 1] <= '9')
    return false;
  size_t k = i + 1;
  while (k < to && t[k] == ' ')
    k++;
  return k >= to || !((t[k] >= 'a' && t[k] <= 'z') || t[k] == ',');
}

/* Does the line end at I (a line end the view kept, between LO and TO)
 * leave the sentence open: a list's item ending with ";", "," or ":"
 * before it, and no blank line after it ("12 millions d'euros pour
 * l'éducation ;⏎- 8 millions pour la santé ;")? */
static bool item_line_end(const char *t, size_t lo, size_t i, size_t to) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = i;
  while (k > lo) {
    if (u[k - 1] == ' ' || u[k - 1] == '\t' || u[k - 1] == '\r')
      k--;
    else if (k >= lo + 2 && u[k - 1] == 0xA0 && u[k - 2] == 0xC2)
      k -= 2; /* "pour l'éducation ;" with U+00A0 */
    else if (k >= lo + 3 && u[k - 1] == 0xAF && u[k - 2] == 0x80 &&
             u[k - 3] == 0xE2)
      k -= 3;
    else
      break;
  }
  if (k == lo || !(t[k - 1] == ';' || t[k - 1] == ',' || t[k - 1] == ':'))
    return false;
  size_t j = i + (t[i] == '\r' && i + 1 < to && t[i + 1] == '\n' ? 2 : 1);
  while (j < to && (t[j] == ' ' || t[j] == '\t'))
    j++;
  return j < to && t[j] != '\n' && t[j] != '\r';
}

/* Does a bullet ("- ", "– ", "• ", "* ", "· ") start at J, after blanks? */
static bool bullet_at(const char *t, size_t j, size_t to) {
  const unsigned char *u = (const unsigned char *)t;
  while (j < to && (u[j] == ' ' || u[j] == '\t'))
    j++;
  size_t n = 0;
  if (j < to && (u[j] == '-' || u[j] == '*'))
    n = 1;
  else if (j + 2 < to && u[j] == 0xE2 && u[j + 1] == 0x80 &&
           (u[j + 2] == 0x93 || u[j + 2] == 0xA2))
    n = 3; /* – • */
  else if (j + 1 < to && u[j] == 0xC2 && u[j + 1] == 0xB7)
    n = 2; /* · */
  return n && j + n < to && u[j + n] == ' ';
}

/* Where the bullet that ends at K starts, when it opens its line ("⏎- ",
 * "⏎• " with the blank after it already passed); else K.  Not before LO. */
static size_t bullet_before(const char *t, size_t lo, size_t k) {
  const unsigned char *u = (const unsigned char *)t;
  size_t b = k;
  if (k > lo && (u[k - 1] == '-' || u[k - 1] == '*'))
    b = k - 1;
  else if (k >= lo + 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
           (u[k - 1] == 0x93 || u[k - 1] == 0xA2))
    b = k - 3; /* – • */
  else if (k >= lo + 2 && u[k - 2] == 0xC2 && u[k - 1] == 0xB7)
    b = k - 2; /* · */
  else
    return k;
  size_t j = b;
  while (j > lo && (u[j - 1] == ' ' || u[j - 1] == '\t'))
    j--;
  return u[k] == ' ' && j > lo && (u[j - 1] == '\n' || u[j - 1] == '\r')
             ? b
             : k;
}

/* Does the line end at I go on in a bulleted list: its line and the next
 * one start with a bullet ("- Défense : 6,7 milliards d'euros⏎-
 * Éducation : +1,2 milliard")?  The items of one list are one
 * enumeration, as the items ending with ";" are. */
/* Do the line that ends at I and the next one (up to TO) both start as
 * STARTS says? */
static bool both_lines(const char *t, size_t i, size_t to,
                       bool (*starts)(const char *, size_t, size_t)) {
  size_t b = i;
  while (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r')
    b--;
  size_t j = i + (t[i] == '\r' && i + 1 < to && t[i + 1] == '\n' ? 2 : 1);
  return starts(t, b, i) && starts(t, j, to);
}

static bool bullet_line_end(const char *t, size_t i, size_t to) {
  return both_lines(t, i, to, bullet_at);
}

/* Does a capital start T[K..): A-Z or À..Þ? */
static bool upper_at(const char *t, size_t k) {
  const unsigned char *u = (const unsigned char *)t;
  return (u[k] >= 'A' && u[k] <= 'Z') ||
         (u[k] == 0xC3 && u[k + 1] >= 0x80 && u[k + 1] <= 0x9E);
}

/* Does a labelled line start at J: blanks, a capitalised label of at most
 * 40 bytes with no figure, ":" and a figure ("Dépenses : 46,9 millions",
 * "Épargne brute : +1,3 million")? */
static bool label_line_at(const char *t, size_t j, size_t to) {
  const unsigned char *u = (const unsigned char *)t;
  while (j < to && (u[j] == ' ' || u[j] == '\t'))
    j++;
  if (j >= to || !upper_at(t, j))
    return false;
  size_t k = j;
  while (k < to && k < j + 40 && u[k] != ':' && u[k] != '\n' &&
         u[k] != '\r' && !digit_at(t, k) && u[k] != '.' && u[k] != ';')
    k++;
  if (k >= to || u[k] != ':' || k == j)
    return false;
  k++;
  size_t n;
  while (k < to && frex_amount_space_at(u, k, to, &n))
    k += n;
  if (k < to && (u[k] == '+' || u[k] == '-'))
    k++;
  return k < to && digit_at(t, k);
}

/* Does the line end at I go on in a list of labelled lines, its line and
 * the next one each a label, ":" and a figure ("Recettes : 48,2 millions
 * d'euros⏎Dépenses : 46,9 millions")?  Such a list is a bulleted list
 * without its bullets. */
static bool label_line_end(const char *t, size_t i, size_t to) {
  return both_lines(t, i, to, label_line_at);
}

/* The end of the sentence that goes on at FROM, at most TO. */
static size_t sentence_end(const char *t, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)t[i];
    if ((c == '\n' || c == '\r') &&
        (item_line_end(t, from, i, to) || bullet_line_end(t, i, to) ||
         label_line_end(t, i, to)))
      continue;
    if (c == '\n' || c == '\r' || c == '!' || c == '?')
      return i; /* a line end the view kept: a paragraph or a headline */
    if (c == 0xE2 && i + 2 < to && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0xA6)
      return i; /* … */
    if (c == '.' && dot_ends(t, from, i, to))
      return i;
  }
  return to;
}

/* Is X (lowercase, ending at XE) a singular determiner: "la", "l'",
 * "cette", "son", "leur"...?  After "N millions de" it opens where the
 * money comes from or what it is part of ("40 millions d'euros de l'État,
 * 25 millions de la région", "3 millions de cette enveloppe"): a count is
 * "de" and a bare plural ("de clients"), never a singular noun phrase. */
static bool singular_det(const char *t, size_t len, const char *x,
                         size_t xe) {
  static const char *const dets[] = {"cet", "cette", "la",    "leur",
                                     "ma",  "mon",   "notre", "sa",
                                     "son", "votre"};
  if (!strcmp(x, "l") || !strcmp(x, "ce")) /* not "ce que", "ce qui" */
    return xe < len && (!strcmp(x, "l")
                            ? t[xe] == '\'' ||
                                  (xe + 3 <= len &&
                                   !memcmp(t + xe, "\xe2\x80\x99", 3))
                            : t[xe] == ' ' && !(xe + 3 < len &&
                                                t[xe + 1] == 'q' &&
                                                t[xe + 2] == 'u'));
  return xe < len && t[xe] == ' ' &&
         word_in(x, 0, strlen(x), dets, sizeof dets / sizeof *dets);
}

/* Is X (the word T[J..XE) after a continuation's "de") a singular common
 * noun: lowercase letters, at least four bytes, not a plural's -s/-x/-z
 * ending, not a noun of count_nouns?  Millions count plurals ("de
 * clients", "de tonnes"); after an amount's currency, a singular noun
 * names what the money is ("62 millions de droits télévisés, 28 millions
 * de billetterie et 24 millions de sponsoring"). */
static bool mass_noun(const char *t, size_t j, size_t xe, const char *x) {
  size_t n = strlen(x);
  if (n < 4 || n != xe - j || strchr("sxz", x[n - 1]))
    return false;
  for (size_t i = j; i < xe; i++) {
    unsigned char c = (unsigned char)t[i];
    if (!((c >= 'a' && c <= 'z') || c >= 0x80))
      return false; /* a capital (a name, an acronym), a digit, a unit */
  }
  return !sorted_has(x, count_nouns, sizeof count_nouns / sizeof *count_nouns);
}

/* After a continuation's scale (ending at E; ABBR: an abbreviation), does
 * the text say that the number counts something? */
static bool money_change_at(const char *t, size_t len, const char *x,
                            size_t xe);

static bool money_noun_at(const char *t, size_t len, size_t we);

static bool counts_after(const char *t, size_t len, size_t e, bool abbr) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = e;
  k = frex_amount_blanks_after(t, k, len);
  if (k >= len)
    return false;
  if (u[k] == '%' || (u[k] >= '0' && u[k] <= '9'))
    return true; /* "5 millions %", "2 millions 300 000 habitants" */
  char w[24];
  int ok;
  size_t we = frex_amount_word_lower(t, len, k, w, sizeof w, &ok);
  if (we == k)
    return false; /* punctuation: the enumeration goes on or ends */
  if (!strcmp(w, "de") || (!strcmp(w, "d") && we < len &&
                           (t[we] == '\'' || (unsigned char)t[we] == 0xE2))) {
    /* "de plus", "de moins", "d'ici": adverbs; any other word is counted */
    size_t j = we + (t[we] == '\'' ? 1 : t[we] == ' ' ? 0 : 3);
    j = frex_amount_blanks_after(t, j, len);
    char x[24];
    if (j + 4 <= len && (!strncmp(t + j, "19", 2) || !strncmp(t + j, "20", 2)) &&
        digit_at(t, j + 2) && digit_at(t, j + 3) &&
        !(j + 4 < len && digit_at(t, j + 4)))
      return false; /* "les 2,8 milliards de 2023" */
    size_t xe = frex_amount_word_lower(t, len, j, x, sizeof x, &ok);
    if (!strcmp(x, "l") && xe < len &&
        frex_amount_time_at(t, len, j)) /* "de l'an dernier" */
      return false;
    if (!strcmp(x, "droits") && xe + 8 <= len &&
        !memcmp(t + xe, " de vote", 8))
      return true; /* "2 millions de droits de vote": shares' votes */
    if (money_noun_at(t, len, we))
      return false; /* "de trésorerie", "de nouveaux crédits": money, not
                       a count */
    if (!strcmp(w, "de") && singular_det(t, len, x, xe)) {
      /* "25 millions de la région", "de l'État"; not "2 millions de la
       * population" */
      size_t ns = xe + (t[xe] == ' ' || t[xe] == '\'' ? 1 : 3);
      char y[24];
      frex_amount_word_lower(t, len, ns, y, sizeof y, &ok);
      return sorted_has(y, count_nouns,
                        sizeof count_nouns / sizeof *count_nouns);
    }
    if (ok == 1 && mass_noun(t, j, xe, x))
      return false; /* "28 millions de billetterie": no count is singular */
    if (ok == 1 && money_change_at(t, len, x, xe))
      return false; /* "40 milliards de baisses de dépenses" */
    return strcmp(x, "plus") && strcmp(x, "moins") && strcmp(x, "ici");
  }
  return abbr && !sorted_has(w, abbr_followers,
                             sizeof abbr_followers / sizeof *abbr_followers);
}

/* Is there a noun of count_nouns in the clause before the number at P
 * (back to a , ; : ( ) or FROM, at most 80 bytes)?  Not one after a
 * figure of the clause and a preposition or an article: the complement of
 * an item before ("120 millions pour l'autonomie des personnes âgées et 45
 * millions"), not the subject that the number counts ("sa population
 * atteint 2 millions"). */
static bool counts_before(const char *t, size_t from, size_t p) {
  static const char *const preps[] = {"aux", "d", "de", "des", "du", "les"};
  size_t lo = p > from + 80 ? p - 80 : from, k = p;
  while (k > lo && !strchr(",;:()", t[k - 1]))
    k--;
  /* a figure stands before, in the clause: the amount that the chain
   * goes on from ends at FROM ("120 millions| pour ..."; a bridge's FROM
   * is its sentence's start, after a space) */
  bool figure = false;
  if (k == from && from > 0 && t[from - 1] != ' ')
    for (size_t i = from > 24 ? from - 24 : 0; i < from && !figure; i++)
      figure = digit_at(t, i);
  char prev[24] = "";  /* the word before */
  for (size_t i = k; i < p;) {
    unsigned char c = (unsigned char)t[i];
    if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == 0xC3)) {
      figure |= digit_at(t, i);
      i++;
      continue;
    }
    char w[24];
    int ok;
    size_t e = frex_amount_word_lower(t, p, i, w, sizeof w, &ok);
    if (ok &&
        sorted_has(w, count_nouns, sizeof count_nouns / sizeof *count_nouns) &&
        !(figure &&
          word_in(prev, 0, strlen(prev), preps, sizeof preps / sizeof *preps)))
      return true;
    snprintf(prev, sizeof prev, "%s", ok ? w : "");
    while (e < p && (((unsigned char)t[e] | 0x20) >= 'a' &&
                     ((unsigned char)t[e] | 0x20) <= 'z'))
      e++; /* the rest of a word too long for W */
    i = e > i ? e : i + 1;
  }
  if (k > lo && t[k - 1] == ':') { /* a label: "Population : 3 millions" */
    size_t j = k - 1;
    while (j > from && (t[j - 1] == ' ' || (unsigned char)t[j - 1] == 0xA0 ||
                        (unsigned char)t[j - 1] == 0xC2))
      j--;
    size_t ws = j;
    while (ws > from &&
           (((t[ws - 1] | 0x20) >= 'a' && (t[ws - 1] | 0x20) <= 'z') ||
            (unsigned char)t[ws - 1] >= 0x80))
      ws--;
    char w[24];
    int ok;
    if (ws < j && frex_amount_word_lower(t, j, ws, w, sizeof w, &ok) == j &&
        ok == 1 &&
        sorted_has(w, count_nouns, sizeof count_nouns / sizeof *count_nouns))
      return true;
  }
  return false;
}

static span cgroup(const run *r, pcre2_match_data *md, int g) {
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  int n = r->a->cgroup[g];
  if (n <= 0 || ov[2 * n] == PCRE2_UNSET)
    return (span){0, 0};
  return (span){ov[2 * n], ov[2 * n + 1]};
}

/* The words from K to END, at most MAX of them and nothing else (no figure,
 * no punctuation but an apostrophe): "une perte de" in "après une perte
 * de 900 000 euros". */
static bool words_only(const char *t, size_t k, size_t end, int max) {
  for (int n = 0;; n++) {
    k = frex_amount_blanks_after(t, k, end);
    if (k >= end)
      return true;
    size_t b = k;
    while (k < end && (((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z') ||
                       ((unsigned char)t[k] >= 0x80 &&
                        (unsigned char)t[k] != 0xC2) ||
                       t[k] == '\''))
      k++;
    if (k == b || n >= max || (k < end && t[k] != ' ' &&
                               (unsigned char)t[k] != 0xC2))
      return false;
  }
}

/* Is W (lowercased) a noun of money that may head an apposition ("Le coût
 * des travaux, 2,7 millions, ..."), a label or a subject ("La masse
 * salariale dépasse 100 millions")? */
static bool money_head(const char *w) {
  static const char *const more[] = {
      "co\xc3\xbbt", "d\xc3\xa9g\xc3\xa2ts", "enveloppe", "facture",
      "billetterie", "capitalisation", "masse", "m\xc3\xa9" "c\xc3\xa9nat",
      "montant", "sponsoring",
      "perte",    "pr\xc3\xa9judice", "prix", "rallonge", "somme",
      "valeur"};
  if (sorted_has(w, money_nouns, sizeof money_nouns / sizeof *money_nouns))
    return true;
  for (size_t i = 0; i < sizeof more / sizeof *more; i++)
    if (!strcmp(w, more[i]))
      return true;
  return false;
}

/* Does a comma end the scaled number at M, then a phrase that ties the
 * amount at END to it as its qualifier: a linking word and at most four
 * words ("18,4 millions, en baisse de 400 000 euros", "3,5 millions, dont
 * 800 000 euros", "21 millions, soit 1 450 euros par habitant", "2,3
 * millions, après une perte de 900 000 euros")?  Or does the number stand
 * between commas after a noun of money (an apposition: "Le coût des
 * travaux, 2,7 millions, dépasse de 300 000 euros")?  Not a new clause
 * ("Le festival a attiré 1,2 million, le billet coûte 45 euros"), nor a
 * phrase with a figure of its own ("1,1 million, en hausse de 5 %, pour
 * ... 40 000 euros"). */
static bool comma_linked(const char *t, size_t len, size_t from, span m,
                         size_t end) {
  static const char *const links[] = {"apr\xc3\xa8s", "avant", "contre", "dont",
                                      "hors", "moins", "plus", "soit"};
  static const char *const changes[] = {
      "augmentation", "baisse", "diminution", "hausse",
      "progression",  "recul",  "repli"};
  size_t k = frex_amount_blanks_after(t, m.e, end);
  /* coordinated with the amount right after it: "1,2 million et 500 000
   * euros", "2 millions ou 900 000 euros" */
  if (k + 3 <= end && (!strncmp(t + k, "et", 2) || !strncmp(t + k, "ou", 2)) &&
      k + 2 < end && (t[k + 2] == ' ' || (unsigned char)t[k + 2] == 0xC2) &&
      frex_amount_blanks_after(t, k + 2, end) == end)
    return true;
  if (k >= end || t[k] != ',')
    return false;
  char w[24], x[16];
  int ok;
  size_t b = frex_amount_blanks_before(t, from, m.s);
  if (b >= from + 2 && t[b - 1] == ',' && !digit_at(t, b - 2)) {
    /* an apposition: a noun of money in the phrase before the comma */
    size_t s = b - 1;
    while (s > from && !strchr(",;:.()", t[s - 1]))
      s--;
    for (size_t i = s; i < b - 1;) {
      size_t e = frex_amount_word_lower(t, b - 1, i, w, sizeof w, &ok);
      if (e > i && ok == 1 && money_head(w))
        return true;
      i = e > i ? e : i + 1;
    }
    return false;
  }
  size_t ws = frex_amount_blanks_after(t, k + 1, end);
  size_t we = frex_amount_word_lower(t, end, ws, w, sizeof w, &ok);
  if (we == ws || ok != 1)
    return false;
  for (size_t i = 0; i < sizeof links / sizeof *links; i++)
    if (!strcmp(w, links[i]))
      return words_only(t, we, end, 4);
  if (strcmp(w, "en"))
    return false;
  size_t xs = frex_amount_blanks_after(t, we, end);
  size_t xe = frex_amount_word_lower(t, len, xs, x, sizeof x, &ok);
  if (xe == xs || ok != 1)
    return false;
  for (size_t i = 0; i < sizeof changes / sizeof *changes; i++)
    if (!strcmp(x, changes[i]))
      return words_only(t, xe, end, 1);
  return false;
}

static bool source_at(const char *t, size_t len, size_t e);

/* Is the word after "de" / "d'" at E a people's name in the plural that a
 * number counts ("2 millions de Français", "d'Européens", "de
 * Bretons")? */
static bool demonym_at(const char *t, size_t len, size_t e) {
  static const char *const ends[] = {"ais", "ois", "ains", "iens", "ens",
                                     "ons", "ands", "sses"};
  size_t k = frex_amount_blanks_after(t, e, len);
  if (k + 1 < len && t[k] == 'd' && t[k + 1] == '\'')
    k += 2;
  else if (k + 3 < len && t[k] == 'd' && !memcmp(t + k + 1, "\xe2\x80\x99", 3))
    k += 4;
  else if (k + 2 < len && t[k] == 'd' && t[k + 1] == 'e' && t[k + 2] == ' ')
    k = frex_amount_blanks_after(t, k + 3, len);
  else
    return false;
  size_t j = k;
  while (j < len && (((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z') ||
                     (unsigned char)t[j] >= 0x80))
    j++;
  if (j < len && t[j] == '-')
    return false; /* "de Saint-Brieuc" */
  for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
    size_t n = strlen(ends[i]);
    if (j - k > n + 2 && !memcmp(t + j - n, ends[i], n))
      return true;
  }
  return false;
}

/* Try a continuation at P (at most to END); on success emit it with CODE
 * and set *MEND to its end.  COMMA: only one that a comma ends.  Returns 1
 * if emitted, 0 if not, or an error. */
static int try_continuation(run *r, pcre2_match_data *md, size_t p,
                            size_t end, size_t from, const char *code,
                            bool comma, size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  size_t lim = len - p > 2 * MAXLEN ? char_start(t, p + 2 * MAXLEN) : len;
  if (pcre2_match(frex_lazyre_get(&r->a->lcont, lim - p, NULL),
                  (PCRE2_SPTR)t, lim, p, PCRE2_NO_UTF_CHECK, md, r->mctx) < 0)
    return 0;
  span m = {pcre2_get_ovector_pointer(md)[0], pcre2_get_ovector_pointer(md)[1]};
  span sg = cgroup(r, md, 0), lo_num = cgroup(r, md, 1),
       lo_sc = cgroup(r, md, 2), sep = cgroup(r, md, 3),
       num = cgroup(r, md, 4), sc = cgroup(r, md, 5);
  bool abbr = t[sc.s] == 'M' || t[sc.s] == 'b';
  if (m.e > end ||
      (counts_after(t, len, m.e, abbr) &&
       !(r->from_source && source_at(t, len, m.e) &&
         !demonym_at(t, len, m.e))) ||
      counts_before(t, from, m.s))
    return 0;
  if (comma && !comma_linked(t, len, from, m, end))
    return 0;
  bound hi, lo;
  if (frex_amount_read_bound(r, num, sc, 0, &hi) < 0 || hi.num.n == 0)
    return 0; /* "dont 75 à S 0 millions" (OCR): zero continues nothing */
  frex_dec v = hi.num;
  if (has(cgroup(r, md, 6))) { /* "2 millions et demi" */
    frex_dec half;
    frex_dec_from_u64(5, &half);
    frex_dec_shift(&half, -1);
    frex_dec_add(&v, &half, &v);
  }
  frex_dec_shift(&v, hi.exp);
  bool neg = has(sg) && t[sg.s] != '+';
  int sep_ok =
      has(lo_num) ? frex_amount_range_sep_ok(r, sep, m.s, num, true) : 0;
  if (sep_ok && frex_amount_read_bound(r, lo_num, lo_sc, 0, &lo) == 0 &&
      frex_amount_finish_lo(r, &lo, &hi, &v, sep_ok == 2) == 0) {
    int rc = frex_amount_emit(r, (span){m.s, lo.sp.e}, &lo.num, code, neg);
    if (rc != FREX_OK)
      return rc;
    neg = false;
  }
  span hisp = {hi.sp.s, m.e};
  if (neg || (has(sg) && !has(lo_num)))
    hisp.s = m.s; /* the sign: "(-5 millions)" */
  int rc = frex_amount_emit(r, hisp, &v, code, neg);
  *mend = m.e;
  return rc == FREX_OK ? 1 : rc;
}

/* ------------------------------------------------ elided continuations
 *
 * README "AMOUNT decisions": budget and results news write the scale and
 * currency on the first figure only ("47,2 milliards d'euros en 2024,
 * 50,5 en 2025 et 53,7 en 2026"; "3,2 milliards d'euros en 2023, contre
 * 2,9 en 2022"; "20 millions d'euros pour Lille, 12 pour Lyon").  A bare
 * number continues the chain's amount, with its scale and currency, when
 *  - it is written in digits ("50,5", "12 000"), glued to nothing: no
 *    scale, currency, unit, "%", letter or further digit of its own;
 *  - a list joins it: "," ";" or "et" / "ou" / "puis" / "contre" (after an
 *    optional ",") right before it;
 *  - the same complement follows it as followed the amount: the same
 *    preposition (elide_preps) right after both, then a word of the same
 *    kind (digits: "en 2023" / "en 2022"; a capital: "pour Lille" / "pour
 *    Lyon"; lowercase: "pour les lycées" / "pour les collèges");
 *  - its value is plausible for the scale: between a twentieth and twenty
 *    times the amount's own number ("3,2 milliards ... contre 2900 en
 *    2022" is no 2 900 billion);
 *  - the amount is written in digits and its value is that number times a
 *    power of ten (a scale or none): "deux millions et demi", "1 milliard
 *    200 millions" lend nothing.
 * The sentence, reach and next-amount bounds are the continuation pass's. */


/* Digits of a bare number at P: "50", "50,5", "12 000", "12 000,5"; its
 * end, or P if none. */
static size_t bare_number_end(const char *t, size_t len, size_t p) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = p, n;
  if (k >= len || !digit_at(t, k))
    return p;
  size_t ndig = 0;
  while (k < len && digit_at(t, k))
    k++, ndig++;
  for (;;) { /* "12 000"; up to three spaces as in GSP ("12 \r\n000") */
    if (ndig > 3 || k >= len || u[k] == '\t' ||
        !frex_amount_space_at(u, k, len, &n))
      break;
    while (n < 3 && u[k] == ' ' && k + n < len && u[k + n] == ' ')
      n++;
    if (!(k + n + 3 <= len && digit_at(t, k + n) && digit_at(t, k + n + 1) &&
          digit_at(t, k + n + 2) &&
          !(k + n + 3 < len && digit_at(t, k + n + 3))))
      break;
    k += n + 3;
  }
  if (k + 1 < len && t[k] == ',' && digit_at(t, k + 1)) {
    k++;
    while (k < len && digit_at(t, k))
      k++;
  }
  return k;
}

/* The word after the blanks at K, lowercased into W; its start in *WS;
 * returns its end (K's blanks skipped; == *WS if no word). */
static size_t next_word(const char *t, size_t len, size_t k, char *w,
                        size_t wsize, size_t *ws) {
  k = frex_amount_blanks_after(t, k, len);
  *ws = k;
  int ok;
  size_t e = frex_amount_word_lower(t, len, k, w, wsize, &ok);
  if (ok != 1)
    w[0] = '\0';
  return e;
}

/* The kind of the token after the blanks at K: 'd' digit, 'U' capital,
 * 'l' lowercase, 0 other. */
static char token_kind(const char *t, size_t len, size_t k) {
  const unsigned char *u = (const unsigned char *)t;
  k = frex_amount_blanks_after(t, k, len);
  if (k >= len)
    return 0;
  if (digit_at(t, k))
    return 'd';
  if ((u[k] >= 'A' && u[k] <= 'Z') ||
      (u[k] == 0xC3 && k + 1 < len && u[k + 1] >= 0x80 && u[k + 1] <= 0x9E))
    return 'U';
  if ((u[k] >= 'a' && u[k] <= 'z') ||
      (u[k] == 0xC3 && k + 1 < len && u[k + 1] >= 0x9F))
    return 'l';
  return 0;
}

/* Is W (lowercase, ending at WE) a mark of gross or net, with or without
 * tax: "brut", "nets", "HT", "TTC", "hors taxes", "hors charges",
 * "charges comprises"? */
static bool gross_net_at(const char *t, size_t len, const char *w,
                         size_t we) {
  static const char *const marks[] = {"brut", "brute", "brutes", "bruts",
                                      "ht",   "net",   "nets",   "nette",
                                      "nettes", "ttc"};
  if (word_in(w, 0, strlen(w), marks, sizeof marks / sizeof *marks))
    return we >= len || !((t[we] | 0x20) >= 'a' && (t[we] | 0x20) <= 'z');
  char x[16];
  size_t xs;
  if (!strcmp(w, "hors")) {
    next_word(t, len, we, x, sizeof x, &xs);
    return !strcmp(x, "taxes") || !strcmp(x, "taxe") || !strcmp(x, "charges");
  }
  if (!strcmp(w, "charges")) {
    next_word(t, len, we, x, sizeof x, &xs);
    return !strcmp(x, "comprises") || !strcmp(x, "incluses");
  }
  return false;
}

/* Is a noun of money_nouns the word after "de" / "d'" ending at WE? */
static bool money_noun_at(const char *t, size_t len, size_t we) {
  size_t j = we;
  if (j < len && t[j] == '\'')
    j++;
  else if (j + 3 <= len && !memcmp(t + j, "\xe2\x80\x99", 3))
    j += 3;
  char x[24];
  size_t xs, xe = next_word(t, len, j, x, sizeof x, &xs);
  /* "2,3 milliards de nouveaux crédits" */
  static const char *const adjs[] = {"nouveaux", "nouvelles", "premiers",
                                     "premi\xc3\xa8res"};
  if (x[0] && word_in(x, 0, strlen(x), adjs, sizeof adjs / sizeof *adjs))
    next_word(t, len, xe, x, sizeof x, &xs);
  return x[0] &&
         sorted_has(x, money_nouns, sizeof money_nouns / sizeof *money_nouns);
}

/* Is X (ending at XE) a change of money, "de" / "d'" and a noun of money
 * after it: "baisses de dépenses", "hausses d'impôts", "réductions de
 * charges"?  A number of them is money ("40 milliards de baisses de
 * dépenses"), where "2 millions de bénéficiaires d'aides" counts. */
static bool money_change_at(const char *t, size_t len, const char *x,
                            size_t xe) {
  static const char *const changes[] = {
      "all\xc3\xa8gements", "augmentations", "baisses", "coupes",
      "exon\xc3\xa9rations", "hausses", "r\xc3\xa9" "ductions"};
  if (!word_in(x, 0, strlen(x), changes, sizeof changes / sizeof *changes))
    return false;
  char w[8];
  size_t ws, we = next_word(t, len, xe, w, sizeof w, &ws);
  return we > ws && (!strcmp(w, "de") || !strcmp(w, "d")) &&
         money_noun_at(t, len, we);
}

/* The complement after an amount or a number ending at E: a preposition
 * of elide_preps then a token, a mark of gross or net ('G'), "de" and a
 * noun of money ('M'), or a unit of sale ('R': "le kilo"); *PREP its
 * index, returns its kind, or 0. */
static char complement_at(const char *t, size_t len, size_t e, int *prep) {
  char w[8];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
  if (we == ws || we >= len || we == e)
    return 0;
  if (frex_amount_time_at(t, len, e)) {
    *prep = -2; /* "en 2024", "cette année", "un an plus tôt": one kind */
    return 'T';
  }
  if (!strcmp(w, "en")) {
    char x[8];
    size_t xs;
    next_word(t, len, we, x, sizeof x, &xs);
    if (!strcmp(x, "cas")) {
      *prep = -5; /* "750 euros, 1 500 en cas de récidive" */
      return 'C';
    }
  }
  if (gross_net_at(t, len, w, we)) {
    *prep = -3; /* "11,88 euros brut, 9,40 net", "100 euros HT, 120 TTC" */
    return 'G';
  }
  size_t n;
  if ((!strcmp(w, "de") ||
       (!strcmp(w, "d") && we < len && (t[we] == '\'' ||
                                       (unsigned char)t[we] == 0xE2))) &&
      money_noun_at(t, len, we)) {
    *prep = -4; /* "1 650 milliards d'euros de dépenses, 1 520 de recettes" */
    return 'M';
  }
  if (!strcmp(w, "le") || !strcmp(w, "la") || !strcmp(w, "l")) {
    /* a unit of sale or the period a price pays ('R'): "15 euros le kilo,
     * 8 le demi", "0,95 euro l'unité, 8 la boîte", "90 euros la nuit, 550
     * la semaine" */
    static const char *const units[] = {
        "ann\xc3\xa9" "e", "barquette", "billet", "bo\xc3\xaete",
        "bouteille", "cagette", "caisse", "carnet", "carton", "demi",
        "douzaine", "entr\xc3\xa9" "e", "flacon", "forfait", "heure",
        "journ\xc3\xa9" "e", "kilo", "kg", "litre", "lot", "menu", "mois",
        "m\xc3\xa8tre", "nuit", "nuit\xc3\xa9" "e", "pack", "paquet",
        "pi\xc3\xa8" "ce", "plat", "pot", "repas", "sac", "sachet",
        "semaine", "s\xc3\xa9" "ance", "ticket", "tonne", "unit\xc3\xa9"};
    size_t a = we < len && t[we] == '\''                              ? 1
               : we + 3 <= len && !memcmp(t + we, "\xe2\x80\x99", 3) ? 3
                                                                     : 0;
    char x[16];
    size_t xs;
    if ((w[1] == '\0') != (a != 0))
      return 0;
    size_t xe = next_word(t, len, we + a, x, sizeof x, &xs);
    if (xe == xs || (xs == we + a) == (a == 0))
      return 0;
    if (!word_in(x, 0, strlen(x), units, sizeof units / sizeof *units)) {
      /* any other thing sold, the same kind after both only: "3 euros le
       * café, 4,50 le thé", "2 euros le brin et 8 le bouquet" ('N') */
      if (token_kind(t, len, xs) != 'l' ||
          sorted_has(x, not_places, sizeof not_places / sizeof *not_places))
        return 0;
      *prep = -7;
      return 'N';
    }
    *prep = -6;
    return 'R';
  }
  const char *const *hit =
      bsearch(w, elide_preps, sizeof elide_preps / sizeof *elide_preps,
              sizeof *elide_preps, cmp_str);
  if (!hit)
    return 0;
  if (!frex_amount_space_at((const unsigned char *)t, we, len, &n))
    return 0; /* "en-tête", "au-delà" */
  size_t xs;
  next_word(t, len, we, w, sizeof w, &xs);
  if (!strcmp(w, "cent") || !strcmp(w, "mille"))
    return 0; /* "12 pour cent": a percentage */
  if (!strcmp(*hit, "pour") && xs + 3 <= len &&
      !memcmp(t + xs, "100", 3) && !(xs + 3 < len && digit_at(t, xs + 3)))
    return 0; /* "2 pour 100" */
  /* "à", "au", "aux": one preposition ("aux États-Unis", "au Japon") */
  *prep = !strcmp(*hit, "au") || !strcmp(*hit, "aux")
              ? (int)(sizeof elide_preps / sizeof *elide_preps) - 1
              : (int)(hit - elide_preps);
  char kind = token_kind(t, len, we);
  if (kind == 'd' && (unsigned char)**hit == 0xC3)
    return 0; /* "à 2 200": a range's bound, not a complement */
  char x[24];
  size_t xe;
  if (kind == 'l' && (xe = next_word(t, len, we, x, sizeof x, &xs)) > xs &&
      sorted_has(x, not_places, sizeof not_places / sizeof *not_places)) {
    char y[8];
    size_t ys;
    if (!strcmp(*hit, "au") && !strcmp(x, "titre") &&
        next_word(t, len, xe, y, sizeof y, &ys) > ys &&
        (!strcmp(y, "de") || !strcmp(y, "des") || !strcmp(y, "du") ||
         !strcmp(y, "d")))
      return kind; /* what a sum pays for, as a court awards it: "1 500
                      au titre de l'article 700" */
    return 0; /* "en moyenne", "en tout", "au total": no complement */
  }
  return kind;
}

/* A place after an amount or a number ending at E, where a price is paid
 * ("au comptoir", "en terrasse", "chez Darty", "à la Fnac", "sur
 * Amazon"): a preposition of place, an optional article, then a word; its
 * kind ('l' lowercase, 'U' capital, the article skipped: "à la Fnac" is
 * 'U'), or 0.  *PREP: the preposition ("au", "aux" and "à" are one). */
static char place_at(const char *t, size_t len, size_t e, int *prep) {
  static const char *const preps[] = {"\xc3\xa0", "au",  "aux", "chez",
                                      "dans",     "en",  "sur"};
  const unsigned char *u = (const unsigned char *)t;
  char w[8], x[24];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws), xs, xe, n;
  if (ws == e || we == ws || we >= len || frex_amount_time_at(t, len, e) ||
      !frex_amount_space_at(u, we, len, &n))
    return 0; /* "au-delà", "en 2024" */
  int i = 0;
  while (i < (int)(sizeof preps / sizeof *preps) && strcmp(w, preps[i]))
    i++;
  if (i == (int)(sizeof preps / sizeof *preps))
    return 0;
  xe = next_word(t, len, we, x, sizeof x, &xs);
  if (xe > xs && (!strcmp(x, "la") || !strcmp(x, "les") ||
                  !strcmp(x, "le") || !strcmp(x, "l"))) {
    size_t a = xe < len && t[xe] == '\''                              ? 1
               : xe + 3 <= len && !memcmp(t + xe, "\xe2\x80\x99", 3) ? 3
                                                                     : 0;
    if (!strcmp(x, "l") ? !a : !frex_amount_space_at(u, xe, len, &n))
      return 0;
    xe = next_word(t, len, xe + a, x, sizeof x, &xs);
  }
  if (xe == xs ||
      sorted_has(x, not_places, sizeof not_places / sizeof *not_places))
    return 0;
  char kind = token_kind(t, len, xs);
  if (kind != 'l' && kind != 'U')
    return 0;
  *prep = i <= 2 ? 0 : i;
  return kind;
}


/* The end of a rate or a gross/net mark after E ("par mois", "le litre",
 * "TTC", "brut par mois"), else E. */
static size_t rate_end(const char *t, size_t len, size_t e) {
  char w[16];
  for (int n = 0; n < 3; n++) {
    size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
    if (we == ws || !frex_amount_rate_word(w))
      break;
    if (!strcmp(w, "par") || !strcmp(w, "le") || !strcmp(w, "la") ||
        !strcmp(w, "l")) {
      size_t a = we < len && t[we] == '\'' ? 1 : 0, xs;
      char x[16];
      size_t xe = next_word(t, len, we + a, x, sizeof x, &xs);
      if (xe == xs || !frex_amount_rate_word(x) || !strcmp(x, "le") ||
          !strcmp(x, "la") || !strcmp(x, "l") || !strcmp(x, "par"))
        break;
      we = xe;
    }
    e = we;
  }
  return e;
}

/* Prepositions of a place that may open a price's label ("à Lyon 800",
 * "chez Darty 949"). */
static const char *const place_preps[] = {"\xc3\xa0", "au",   "aux", "chez",
                                          "dans",     "en",   "sur"};


/* Nouns that number things: "le numéro 5", "la saison 3" (a price's
 * label is none of them). */
static const char *const numbering[] = {
    "acte", "arrondissement", "article", "canton", "chambre", "chapitre",
    "circonscription", "classe", "division", "groupe",
    "journ\xc3\xa9" "e", "ligne", "ligue", "lot", "manche", "match",
    "mod\xc3\xa8le", "niveau", "no",
    "num\xc3\xa9ro", "page", "phase", "place", "porte", "quai", "rang",
    "saison", "salle", "secteur", "s\xc3\xa9rie", "stade", "tableau",
    "tome", "top", "type", "version", "zone", "\xc3\xa9pisode",
    "\xc3\xa9tape"};

/* Does the lowercase word T[A..B) read as a verb after a noun ("le trajet
 * dure", "le prix atteint", "le club a"): a third person's ending ("-e",
 * "-t", "-d", "-ent", "-ont") that no adjective of a label has ("-ale",
 * "-elle", "-ique", "-aire", "-ière", "-ive", "-euse", "-ée", "-aise"...:
 * "la vache laitière", "sa rivale allemande")?  A label of two words after its
 * determiner is a noun and an adjective, not a clause. */
static bool verb_shaped(const char *t, size_t a, size_t b) {
  static const char *const adj[] = {
      "ale",  "elle", "ique", "aire", "i\xc3\xa8re", "ive",  "euse",
      "\xc3\xa9" "e", "aine", "ienne", "ille", "aise", "oise", "ande",
      "enne", "\xc3\xa8re",
      /* "le chocolat chaud", "le plat froid", "le grand", "le bavard" */
      "aud", "oid", "and", "ard"};
  size_t n = b - a;
  if (n == 1)
    return t[a] == 'a'; /* "le club a 5" */
  char c = t[b - 1];
  if (c != 'e' && c != 't' && c != 'd')
    return false;
  for (size_t i = 0; i < sizeof adj / sizeof *adj; i++) {
    size_t m = strlen(adj[i]);
    if (n > m && !memcmp(t + b - m, adj[i], m))
      return false;
  }
  return true;
}

/* Nouns and adjectives of a price's label that read as verbs
 * (verb_shaped): "la formule dessert", "le tarif enfant", "l'entrée
 * adulte", "la journée complète". */
static bool label_noun(const char *w) {
  static const char *const nouns[] = {
      "adulte", "adultes", "complet", "compl\xc3\xa8te", "dessert",
      "enfant", "enfants", "\xc3\xa9tudiant", "\xc3\xa9tudiants",
      "forfait", "parent", "parents", "r\xc3\xa9sident", "r\xc3\xa9sidents",
      "adolescent", "adolescents"};
  return word_in(w, 0, strlen(w), nouns, sizeof nouns / sizeof *nouns);
}

/* Is T[A..B) a label_noun? */
static bool label_word(const char *t, size_t a, size_t b) {
  char w[24];
  int ok;
  frex_amount_word_lower(t, b, a, w, sizeof w, &ok);
  return ok == 1 && label_noun(w);
}

/* README "AMOUNT decisions" (s33): a price's label of a determiner and
 * three to five words ("le menu du jour 14,50", "la place en tribune
 * latérale 25", "l'abonnement annuel adulte 180", "le repas pour les
 * enseignants 5,80"): TOK_S/TOK_E right to left, tok[WORDS] the
 * determiner.  No figure, no count noun ("le nombre de visiteurs"), no
 * noun that numbers right before the number ("la place 3"), no verb: a
 * word after the first noun that is not after a linking word or a
 * determiner ("du", "en", "pour", "les"...) is no auxiliary, no third
 * person plural ("-ent", "-ont"), and not verb_shaped but for a
 * label_noun. */
static bool long_label(const char *t, const size_t *tok_s,
                       const size_t *tok_e, int words) {
  static const char *const links[] = {
      "au",  "aux",  "avec", "d",   "de",   "des", "du",  "en", "l",
      "la",  "le",   "les",  "par", "pour", "sans", "sur", "\xc3\xa0"};
  /* a measure's noun: "la capacité de la salle 400", "l'âge moyen des
   * joueurs 24" */
  static const char *const measures[] = {
      "altitude", "attente", "capacit\xc3\xa9", "consommation", "distance",
      "dur\xc3\xa9" "e", "effectif", "jauge", "longueur", "moyenne", "note",
      "score", "superficie", "surface", "taille", "taux", "temps",
      "temp\xc3\xa9rature", "vitesse", "\xc3\xa2ge"};
  static const char *const verbs[] = {
      "a",      "avait",   "co\xc3\xbbte", "compte", "est",  "fait",
      "ont",    "peut",    "reste",        "sera",   "sont", "va",
      "vaut",   "vont",    "\xc3\xa9tait"};
  for (int i = words - 1; i >= 0; i--) {
    char w[24], pw[24];
    int ok, pok;
    frex_amount_word_lower(t, tok_e[i], tok_s[i], w, sizeof w, &ok);
    if (ok != 1)
      return false;
    for (size_t c = tok_s[i]; c < tok_e[i]; c++)
      if (digit_at(t, c))
        return false;
    /* a noun that numbers, past the first ("la place en tribune"): "le
     * bus de la ligne express 12" */
    if (sorted_has(w, count_nouns, sizeof count_nouns / sizeof *count_nouns) ||
        word_in(w, 0, strlen(w), measures, sizeof measures / sizeof *measures) ||
        ((i == 0 || i < words - 1) &&
         word_in(w, 0, strlen(w), numbering,
                 sizeof numbering / sizeof *numbering)))
      return false;
    if (i == words - 1 || word_in(w, 0, strlen(w), links,
                                  sizeof links / sizeof *links))
      continue; /* the first noun, or a link */
    frex_amount_word_lower(t, tok_e[i + 1], tok_s[i + 1], pw, sizeof pw,
                           &pok);
    if (pok == 1 && word_in(pw, 0, strlen(pw), links,
                            sizeof links / sizeof *links))
      continue; /* a noun after its link: "en tribune", "au parking" */
    size_t n = strlen(w);
    if (word_in(w, 0, n, verbs, sizeof verbs / sizeof *verbs) ||
        upper_at(t, tok_s[i]))
      return false;
    if (label_noun(w))
      continue;
    if ((n > 3 && (!strcmp(w + n - 3, "ent") || !strcmp(w + n - 3, "ont")) &&
         (n < 4 || strcmp(w + n - 4, "ment"))) ||
        verb_shaped(t, tok_s[i], tok_e[i]))
      return false;
  }
  return true;
}

/* The label before a bare number or an amount at P, in a list of prices
 * that writes the currency once ("Darty 949", "le SP95 à 1,81", "les
 * charges de 120", "l'E85 à 0,79"): a capitalised name of one or two
 * words ('U'), or a determiner and one word, two after a preposition
 * ('d'); then "à" or "de" (*PREP 'a', 'd'; 0: none) right before P.  A
 * joiner ("," ";" "et" "ou") or LO stands before the label: *JS, where
 * it starts (LO when none).  Returns the shape, or 0. */
/* A public body or a firm named by a noun and its place, the label of a
 * payer in a list of payers ("le Département de la Vienne 250 000", "le
 * Conseil départemental du Finistère 200 000", "la Communauté
 * d'agglomération du Cotentin 40 000"): WORDS tokens right to left after
 * the determiner, the first and the last capitalised, a linking word
 * ("de", "du", "des", "d'", "la", "l'") between them, at most two
 * lowercase words, no figure. */
static bool named_body(const char *t, const size_t *tok_s,
                       const size_t *tok_e, int words) {
  static const char *const links[] = {"d", "de", "des", "du", "l", "la",
                                      "le", "les"};
  /* the noun of a body may open it in lowercase, as news writes it: "le
   * conseil départemental du Loiret 80 000", "la communauté de communes
   * du Val de Loire 45 000" (s37) */
  static const char *const bodies[] = {
      "agence", "caisse", "chambre", "collectivit\xc3\xa9", "commune",
      "communaut\xc3\xa9", "conseil", "d\xc3\xa9partement", "fondation",
      "m\xc3\xa9tropole", "mairie", "minist\xc3\xa8re", "office",
      "pr\xc3\xa9" "fecture", "r\xc3\xa9gion", "syndicat", "ville"};
  if (words < 3 || words > 9 || !upper_at(t, tok_s[0]))
    return false;
  if (!upper_at(t, tok_s[words - 1])) {
    char b[24];
    int okb;
    frex_amount_word_lower(t, tok_e[words - 1], tok_s[words - 1], b, sizeof b,
                           &okb);
    if (okb != 1 ||
        !word_in(b, 0, strlen(b), bodies, sizeof bodies / sizeof *bodies))
      return false;
  }
  int nlinks = 0, lower = 0;
  for (int i = 0; i < words; i++) {
    for (size_t c = tok_s[i]; c < tok_e[i]; c++)
      if (digit_at(t, c))
        return false;
    if (i == 0 || i == words - 1)
      continue;
    char w[16];
    int ok;
    frex_amount_word_lower(t, tok_e[i], tok_s[i], w, sizeof w, &ok);
    if (ok == 1 && word_in(w, 0, strlen(w), links, sizeof links / sizeof *links))
      nlinks++;
    else if (upper_at(t, tok_s[i]) || (++lower <= 2 && tok_e[i] - tok_s[i] >= 4))
      continue;
    else
      return false;
  }
  /* the word before the last is a link: "de la Vienne", "du Finistère" */
  char w1[16];
  int ok1;
  frex_amount_word_lower(t, tok_e[1], tok_s[1], w1, sizeof w1, &ok1);
  return nlinks > 0 && ok1 == 1 &&
         word_in(w1, 0, strlen(w1), links, sizeof links / sizeof *links);
}

static char price_label(const char *t, size_t lo, size_t p, char *prep,
                        size_t *js) {
  static const char *const dets[] = {"ce",   "ces",  "cet", "cette", "l",
                                     "la",   "le",   "les", "leur",  "leurs",
                                     "sa",   "ses",  "son", "un",    "une"};
  const unsigned char *u = (const unsigned char *)t;
  size_t tok_s[10], tok_e[10];
  int ntok = 0;
  size_t k = p;
  *prep = 0;
  for (;;) {
    k = frex_amount_blanks_before(t, lo, k);
    size_t e = k;
    if (k > lo && ntok > 0 && u[k - 1] == '\'') /* "l'E85" */
      k--;
    else if (k >= lo + 3 && ntok > 0 && !memcmp(t + k - 3, "\xe2\x80\x99", 3))
      k -= 3;
    size_t ae = k;
    while (k > lo && (digit_at(t, k - 1) || t[k - 1] == '-' ||
                      ((u[k - 1] | 0x20) >= 'a' && (u[k - 1] | 0x20) <= 'z') ||
                      (u[k - 1] >= 0x80 && u[k - 1] <= 0xBF && k >= lo + 2 &&
                       u[k - 2] == 0xC3) ||
                      (u[k - 1] == 0xC3 && k < ae)))
      k--;
    if (k == ae) {
      k = e;
      break; /* punctuation or LO */
    }
    char w[16];
    int ok;
    frex_amount_word_lower(t, ae, k, w, sizeof w, &ok);
    if (ae == e && ok == 1 && (!strcmp(w, "et") || !strcmp(w, "ou"))) {
      k = e; /* the joiner, before the label */
      break;
    }
    if (ntok == 0 && !*prep && ae == e && ok == 1 &&
        (!strcmp(w, "\xc3\xa0") || !strcmp(w, "de")))
      *prep = w[0] == 'd' ? 'd' : 'a';
    else if (ntok == 10)
      return 0;
    else
      tok_s[ntok] = k, tok_e[ntok++] = ae;
    if (ae < e) { /* an elided article opens the label */
      if (ae == k + 1 && (u[k] | 0x20) == 'd') {
        /* ... but "d'" links a noun and its complement: "la douzaine
         * d'huîtres à 9,50" */
        continue; /* (pushed above as a token of its own) */
      }
      k = frex_amount_blanks_before(t, lo, k);
      break;
    }
  }
  /* the joiner before the label: "," ";" "et" "ou", or LO */
  if (k > lo && (t[k - 1] == ',' || t[k - 1] == ';')) {
    *js = k - 1;
  } else if (k >= lo + 2 && (!strncmp(t + k - 2, "et", 2) ||
                             !strncmp(t + k - 2, "ou", 2)) &&
             (k == lo + 2 || t[k - 3] == ' ')) {
    *js = k - 2;
  } else if (k == lo || t[k - 1] == '\n' || t[k - 1] == ':' ||
             t[k - 1] == '(') {
    *js = lo;
  } else {
    return 0;
  }
  if (ntok == 0)
    return 0;
  /* tokens right to left: tok[ntok-1] is the label's first */
  char first[16];
  int ok;
  size_t f = tok_s[ntok - 1];
  frex_amount_word_lower(t, tok_e[ntok - 1], f, first, sizeof first, &ok);
  /* a place's preposition opens it: "à Lyon 800", "chez Darty 949", "en
   * terrasse 2,50" */
  bool place = ok == 1 && !*prep && ntok >= 2 &&
               word_in(first, 0, strlen(first), place_preps,
                       sizeof place_preps / sizeof *place_preps);
  if (place) {
    f = tok_s[--ntok - 1];
    frex_amount_word_lower(t, tok_e[ntok - 1], f, first, sizeof first, &ok);
  }
  bool det = ok == 1 && word_in(first, 0, strlen(first), dets,
                                sizeof dets / sizeof *dets);
  int words = det ? ntok - 1 : ntok;
  if (det && !place && !*prep && named_body(t, tok_s, tok_e, words))
    return 'D';
  if (ntok > 6)
    return 0; /* past a determiner and five words, only a body's name */
  if (det && !place && words >= 4)
    return (!*prep || *prep == 'a') && long_label(t, tok_s, tok_e, words)
               ? 'L'
               : 0;
  if (det && !place && words == 3) {
    /* a noun and its complement name a payer as a noun and its
     * adjective do: "le club de rugby 18 000", "la commune de
     * Saint-Herblain 600 000" (a noun before "de" is one: "commune" is
     * shaped as a verb); not a count ("la population de Lorient 57 000")
     * nor a clause ("le montant de l'aide atteint 3") */
    char w[16];
    frex_amount_word_lower(t, tok_e[1], tok_s[1], w, sizeof w, &ok);
    /* "au", "aux", "d'" link a thing sold and its kind ("le pain au
     * chocolat à 1,45", "la crêpe au sucre 3,50", "la douzaine d'huîtres
     * à 9,50"); with "à" before the number only those of a price */
    bool link = ok == 1 && (!strcmp(w, "au") || !strcmp(w, "aux") ||
                            !strcmp(w, "d"));
    if (ok != 1 || (strcmp(w, "de") && !link) || (*prep && !link) ||
        tok_e[2] - tok_s[2] < 3 ||
        (!upper_at(t, tok_s[0]) && !link &&
         (verb_shaped(t, tok_s[0], tok_e[0]) || tok_e[0] - tok_s[0] < 3)))
      return (!*prep || *prep == 'a') && long_label(t, tok_s, tok_e, words)
                 ? 'L'
                 : 0;
    for (int i = 0; i < 3; i += 2) {
      frex_amount_word_lower(t, tok_e[i], tok_s[i], w, sizeof w, &ok);
      if (ok == 1 && (word_in(w, 0, strlen(w), numbering,
                              sizeof numbering / sizeof *numbering) ||
                      sorted_has(w, count_nouns,
                                 sizeof count_nouns / sizeof *count_nouns)))
        return 0; /* "Saint-Herblain" is read as no single word */
      for (size_t c = tok_s[i]; c < tok_e[i]; c++)
        if (digit_at(t, c))
          return 0;
    }
    return 'D';
  }
  if (words < 1 || words > 2)
    return 0; /* a determiner and two words: 'D' below */
  if (place && !det && words == 1 && !upper_at(t, tok_s[0]))
    det = true; /* "en terrasse": a lowercase noun after its preposition */
  /* a lowercase noun alone, as a price list writes it ("Tarifs : adulte 12
   * euros, enfant 8"); not a word of the phrase ("environ 8", "soit 8") */
  bool bare = !place && !det && !*prep && words == 1 &&
              !upper_at(t, tok_s[0]) && tok_e[0] - tok_s[0] >= 4 &&
              !digit_at(t, tok_e[0] - 1);
  if (bare) {
    static const char *const phrase_words[] = {
        "apr\xc3\xa8s", "avant", "avec", "contre", "depuis", "dont",
        "entre", "environ", "hors", "jusqu", "mais", "moins", "net", "nets",
        "plus", "pour", "puis", "sans", "selon", "sinon", "soit", "vers",
        "voire"};
    char w[16];
    frex_amount_word_lower(t, tok_e[0], tok_s[0], w, sizeof w, &ok);
    if (ok != 1 || word_in(w, 0, strlen(w), phrase_words,
                           sizeof phrase_words / sizeof *phrase_words))
      return 0;
    det = true;
  }
  for (int i = 0; i < words; i++) {
    size_t a = tok_s[i], b = tok_e[i];
    char w[16];
    frex_amount_word_lower(t, b, a, w, sizeof w, &ok);
    if (ok == 1 && (word_in(w, 0, strlen(w), numbering,
                            sizeof numbering / sizeof *numbering) ||
                    sorted_has(w, count_nouns,
                               sizeof count_nouns / sizeof *count_nouns)))
      return 0; /* "la population 3": a count */
    bool letter = false;
    for (size_t c = a; c < b; c++)
      letter |= !digit_at(t, c) && t[c] != '-';
    if (!letter || (!det && !upper_at(t, a)))
      return 0; /* "le sans-plomb 95 à", "iOS 17" */
    if (!det && i == words - 1 && b - a < 2)
      return 0;
  }
  if (det && !bare && !place && !*prep && words == 2)
    /* "les professions intermédiaires 2 400"; not "le trajet dure 3" */
    return upper_at(t, tok_s[0]) || !verb_shaped(t, tok_s[0], tok_e[0]) ||
                   label_word(t, tok_s[0], tok_e[0])
               ? 'D'
               : 0;
  return place ? 'P' : bare ? 'l' : det ? 'd' : 'U';
}

/* Is the amount at CS itself a labelled item of a list: a joiner ("," ";"
 * ":" "(") then one to six words without a figure, the first a
 * determiner, an elided article or a capitalised word, right before it
 * ("…, l'Agence de l'eau 800 000 euros et Quimperlé Communauté 300 000")?
 * Its label may be of any kind; the list's next labels need not match
 * it. */
static bool labelled_item(const char *t, size_t lo, size_t cs) {
  static const char *const dets[] = {"l",   "la",   "le",    "les", "sa", "ses",
                                     "son", "leur", "leurs", "un",  "une"};
  static const char *const small[] = {"d", "de", "des", "du",
                                      "l", "la", "le",  "les"};
  /* an auxiliary makes a clause: "…, la ville a dépensé 3 millions" */
  static const char *const aux[] = {"a",     "avait", "ont",  "avaient",
                                    "est",   "sont",  "va",   "vont",
                                    "doit",  "peut",  "\xc3\xa9t\xc3\xa9"};
  const unsigned char *u = (const unsigned char *)t;
  size_t k = frex_amount_blanks_before(t, lo, cs), first = k;
  size_t last_s = k, last_e = k; /* the label's last word */
  int words = 0, lower = 0;
  while (k > lo) {
    unsigned char c = u[k - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(')
      break;
    if (c == ' ') {
      k--;
      continue;
    }
    if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80 ||
          c == '\'' || c == '-'))
      return false; /* a figure, a period: no list item */
    size_t we = k;
    while (k > lo && u[k - 1] != ' ' && u[k - 1] != ',' && u[k - 1] != ';' &&
           u[k - 1] != ':' && u[k - 1] != '(' && !digit_at(t, k - 1) &&
           u[k - 1] != '.')
      k--;
    if (k > lo && (digit_at(t, k - 1) || u[k - 1] == '.'))
      return false;
    if (++words > 6 || we == k)
      return false;
    if (words == 1)
      last_s = k, last_e = we;
    size_t ws = k; /* past an elision: "l'eau" */
    for (size_t i = k; i < we; i++)
      if (u[i] == '\'' || (u[i] == 0x99 && i >= k + 2 && u[i - 2] == 0xE2))
        ws = i + 1;
    char lw[8];
    int lok;
    frex_amount_word_lower(t, we, ws, lw, sizeof lw, &lok);
    if (lok == 1 && word_in(lw, 0, strlen(lw), aux, sizeof aux / sizeof *aux))
      return false;
    /* "et" joins the last item ("Le département apporte 1,5 million et
     * l'Agence de l'eau 800 000 euros"), after a label of its own */
    if (lok == 1 && !strcmp(lw, "et")) {
      if (words == 1)
        return false;
      words--;
      break;
    }
    if (ws < we && !upper_at(t, ws) &&
        !(lok == 1 &&
          word_in(lw, 0, strlen(lw), small, sizeof small / sizeof *small)))
      lower++;
    first = k;
  }
  /* "le prix atteint 480 euros": a clause, not a label */
  if (lower >= 2 && !upper_at(t, last_s) && verb_shaped(t, last_s, last_e))
    return false;
  if (k == lo || words == 0)
    return false;
  char w[8];
  int ok;
  size_t e = first;
  while (e < cs && u[e] != ' ' && u[e] != '\'' &&
         !(u[e] == 0xE2 && e + 2 < cs && u[e + 1] == 0x80 && u[e + 2] == 0x99))
    e++;
  frex_amount_word_lower(t, e, first, w, sizeof w, &ok);
  return upper_at(t, first) || (ok == 1 && word_in(w, 0, strlen(w), dets,
                                                   sizeof dets / sizeof *dets));
}

/* The number of an amount row and the power of ten its scale adds: the
 * first digits in its span times 10^*EXP make its value.  0, or -1 when
 * the row lends no scale. */
static int row_scale(const char *t, const frex_entity *e, frex_dec *num,
                     int *exp) {
  size_t p = e->start;
  while (p < e->end && !digit_at(t, p))
    p++;
  size_t q = bare_number_end(t, e->end, p);
  if (q == p || frex_dec_parse(t + p, q - p, num) < 0 || num->n == 0)
    return -1;
  const char *v = e->value[0] == '-' ? e->value + 1 : e->value;
  frex_dec val;
  if (strchr(v, '.')) { /* "4.5": no grouping reading of "0.125" */
    const char *dot = strchr(v, '.');
    char buf[FREX_DEC_DIGITS + 2];
    size_t a = (size_t)(dot - v), b = strlen(dot + 1);
    if (a + b >= sizeof buf)
      return -1;
    memcpy(buf, v, a);
    memcpy(buf + a, dot + 1, b);
    if (frex_dec_parse(buf, a + b, &val) < 0)
      return -1;
    frex_dec_shift(&val, -(int)b);
  } else if (frex_dec_parse(v, strlen(v), &val) < 0) {
    return -1;
  }
  static const int exps[] = {0, 3, 6, 9, 12, -2};
  for (size_t i = 0; i < sizeof exps / sizeof *exps; i++) {
    frex_dec x = *num;
    frex_dec_shift(&x, exps[i]);
    if (frex_dec_cmp(&x, &val) == 0) {
      *exp = exps[i];
      return 0;
    }
  }
  return -1;
}

static double dec_approx(const frex_dec *x) {
  double v = 0;
  for (int i = 0; i < x->n; i++)
    v = v * 10 + x->d[i];
  for (int k = x->exp; k > 0; k--)
    v *= 10;
  for (int k = x->exp; k < 0; k++)
    v /= 10;
  return v;
}

/* Does "par" and a period follow the blanks at E ("par mois", "par an";
 * "net par mois")?  "1 400 euros par mois, soit 16 800 par an" restates
 * the amount per period. */
static bool per_period(const char *t, size_t len, size_t e) {
  static const char *const periods[] = {
      "an",   "ann\xc3\xa9" "e", "heure",     "jour",
      "mois", "semaine",        "semestre", "trimestre"};
  char w[16];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
  if (!strcmp(w, "net") || !strcmp(w, "brut") || !strcmp(w, "nets") ||
      !strcmp(w, "bruts"))
    we = next_word(t, len, we, w, sizeof w, &ws);
  if (we == ws || strcmp(w, "par"))
    return false;
  next_word(t, len, we, w, sizeof w, &ws);
  return word_in(w, 0, strlen(w), periods, sizeof periods / sizeof *periods);
}

/* Does a duration follow E: "sur", a number (digits or a word) and a
 * period ("sur huit mois", "sur 12 mois", "sur trois ans")?  "250 euros
 * par mois, soit 2 000 sur huit mois" restates a rate over a span. */
static bool over_duration(const char *t, size_t len, size_t e) {
  static const char *const spans[] = {
      "ann\xc3\xa9" "es", "ans", "jours", "mois", "semaines", "semestres",
      "trimestres"};
  static const char *const counts[] = {
      "cinq", "deux",  "dix",   "douze", "huit",  "neuf",  "quatre",
      "quinze", "sept", "six", "trente", "trois", "vingt"};
  char w[16];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
  if (we == ws || strcmp(w, "sur"))
    return false;
  size_t k = frex_amount_blanks_after(t, we, len);
  if (k < len && digit_at(t, k)) {
    while (k < len && digit_at(t, k))
      k++;
    we = k;
  } else {
    we = next_word(t, len, we, w, sizeof w, &ws);
    if (we == ws ||
        !word_in(w, 0, strlen(w), counts, sizeof counts / sizeof *counts))
      return false;
  }
  we = next_word(t, len, we, w, sizeof w, &ws);
  return we > ws &&
         word_in(w, 0, strlen(w), spans, sizeof spans / sizeof *spans);
}

/* Is a list joiner right before P (blanks, then "," or et/ou/puis/contre
 * with an optional "," before it)?  2 for "contre" and "après" (a value
 * compared with another), 3 for "soit", 1 for the others, 0 for none. */
static int joined_before(const char *t, size_t lo, size_t p) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = p, b, bullet = p;
  bool blank = false;
  while (k > lo) {
    if (u[k - 1] == ' ' || u[k - 1] == '\t' || u[k - 1] == '\n' ||
        u[k - 1] == '\r') {
      k--; /* a line end the sentence keeps: a list's items */
    } else if ((b = bullet_before(t, lo, k)) < k) {
      k = bullet = b; /* "pour le rugby ;⏎* 300 000 pour le football" */
    } else if (k >= lo + 2 && u[k - 2] == 0xC2 && u[k - 1] == 0xA0) {
      k -= 2;
    } else if (k >= lo + 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
               u[k - 1] == 0xAF) {
      k -= 3;
    } else {
      break;
    }
    blank = true;
  }
  if (k > lo && t[k - 1] == '(' &&
      frex_amount_blanks_after(t, lo, k - 1) == k - 1)
    return 1; /* right after the amount: "5 euros (3 pour les enfants)" */
  if (!blank || k <= lo)
    return 0;
  if (bullet < p && k < bullet) {
    /* a bullet opens the number's line and the line before: one item a
     * line, no mark at the line's end ("- 450 000 euros pour la
     * voirie⏎- 120 000 pour l'éclairage") */
    size_t ls = k;
    while (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r')
      ls--;
    if (bullet_at(t, ls, k))
      return 1;
  }
  if (t[k - 1] == ',' || t[k - 1] == ':' || t[k - 1] == ';')
    return 1; /* "45 millions d'euros : 30 pour le fonctionnement", "12 M€
                 pour Rennes ; 5 pour Lorient" */
  if (k >= lo + 6 && !memcmp(t + k - 6, "apr\xc3\xa8s", 6) &&
      (k == lo + 6 || !may_follow_word(t, k - 6)) && (t[k - 6] | 0x20) == 'a')
    return 2; /* "470 euros, après 480 en mai": an earlier value */
  size_t ws = k;
  while (ws > lo && (u[ws - 1] | 0x20) >= 'a' && (u[ws - 1] | 0x20) <= 'z')
    ws--;
  if (ws == k || k - ws > 6 ||
      (ws > lo && (u[ws - 1] >= 0x80 || u[ws - 1] == '\'')))
    return 0;
  char w[8];
  for (size_t i = ws; i < k; i++)
    w[i - ws] = (char)(u[i] | 0x20);
  w[k - ws] = '\0';
  if (!strcmp(w, "contre"))
    return 2;
  if (!strcmp(w, "soit"))
    return 3;
  return !strcmp(w, "et") || !strcmp(w, "ou") || !strcmp(w, "puis") ||
         !strcmp(w, "mais") ||
         !strcmp(w, "plus"); /* "35 millions d'euros, plus 5 de bonus" */
}

/* Is a phrase of comparison right before P: "au lieu de" / "au lieu des"
 * / "au lieu d'", "par rapport à" / "au" / "aux", "comparé à" ("2 euros au
 * lieu de 1,70", "stable par rapport aux 815 de l'an dernier")?  Not
 * before LO. */
static bool compared_before(const char *t, size_t lo, size_t p) {
  char w[16];
  size_t s = frex_amount_word_before(t, lo, p, w, sizeof w);
  if (s == p)
    return false;
  bool de = !strcmp(w, "de") || !strcmp(w, "des") || !strcmp(w, "d");
  bool a = !strcmp(w, "\xc3\xa0") || !strcmp(w, "au") || !strcmp(w, "aux");
  if (!de && !a)
    return false;
  size_t s2 = frex_amount_word_before(t, lo, s, w, sizeof w);
  if (s2 == s)
    return false;
  if (a && (!strcmp(w, "compar\xc3\xa9") ||
            !strcmp(w, "compar\xc3\xa9s") ||
            !strcmp(w, "compar\xc3\xa9" "e") ||
            !strcmp(w, "compar\xc3\xa9" "es")))
    return true;
  if (de ? strcmp(w, "lieu") : strcmp(w, "rapport"))
    return false;
  size_t s3 = frex_amount_word_before(t, lo, s2, w, sizeof w);
  return s3 < s2 && !strcmp(w, de ? "au" : "par");
}

/* Is the "%" at I the amount's own change ("en hausse de 4 %", "(+4 %)",
 * "progresse de 4 %"), not another figure ("la part de marché 52 %")?
 * Not before LO. */
static bool change_pct(const char *t, size_t lo, size_t i) {
  static const char *const changes[] = {
      "augmente", "augmentation", "baisse", "bond", "chute", "croissance",
      "diminue", "diminution", "hausse", "progresse", "progression",
      "recul", "recule", "repli", "rebond"};
  size_t k = frex_amount_blanks_before(t, lo, i);
  size_t d = k;
  while (k > lo && (digit_at(t, k - 1) || t[k - 1] == ','))
    k--;
  if (k == d || k <= lo)
    return false;
  if (t[k - 1] == '+' || t[k - 1] == '-' ||
      (k >= lo + 3 && !memcmp(t + k - 3, "\xe2\x88\x92", 3)))
    return true; /* "(+4 %)", "-3 %" */
  char w[16];
  size_t ws = frex_amount_word_before(t, lo, k, w, sizeof w);
  if (ws >= k || strcmp(w, "de"))
    return false;
  size_t de = ws;
  ws = frex_amount_word_before(t, lo, de, w, sizeof w);
  return ws < de &&
         word_in(w, 0, strlen(w), changes, sizeof changes / sizeof *changes);
}

/* Does nothing between the amount's end LO and the number at P compare
 * another figure: no "%" and no number but a year ("en 2023"), a day
 * ("au 1er janvier", "le 15 mars")?  "50 millions d'euros et la part de
 * marché 52 %, contre 48 en 2020" compares 48 with 52 %. */
static bool compare_clear(const char *t, size_t lo, size_t p) {
  static const char *const months[] = {
      "ao\xc3\xbbt", "avril", "d\xc3\xa9" "cembre", "f\xc3\xa9vrier",
      "janvier", "juillet", "juin", "mai", "mars", "novembre", "octobre",
      "septembre"};
  for (size_t i = lo; i < p; i++) {
    if (t[i] == '%') {
      if (!change_pct(t, lo, i))
        return false;
      continue;
    }
    if (!digit_at(t, i) || (i > lo && digit_at(t, i - 1)))
      continue;
    size_t j = i;
    while (j < p && digit_at(t, j))
      j++;
    if (j - i == 4 && (!strncmp(t + i, "19", 2) || !strncmp(t + i, "20", 2)))
      continue; /* a year */
    if (j + 1 < p && t[j] == 'e' && t[j + 1] == 'r')
      continue; /* "1er" */
    size_t b = j;
    while (b < p && (digit_at(t, b) || t[b] == ',' || t[b] == ' ' ||
                     (unsigned char)t[b] == 0xC2 ||
                     (unsigned char)t[b] == 0xA0 ||
                     (unsigned char)t[b] == 0xE2 ||
                     (unsigned char)t[b] == 0x80 ||
                     (unsigned char)t[b] == 0xAF)) /* NBSP, U+202F */
      b++;
    if (b < p && t[b] == '%')
      continue; /* a percentage: the "%" decides */
    char w[16];
    size_t ws;
    next_word(t, p, j, w, sizeof w, &ws);
    if (ws == j || !word_in(w, 0, strlen(w), months,
                            sizeof months / sizeof *months))
      return false;
  }
  return true;
}

/* Does the phrase end after the blanks at Q: ")" "." ";" "," or the end
 * of LEN?  "(contre 480)", "contre 480, selon l'Insee". */
static bool phrase_ends(const char *t, size_t len, size_t q) {
  q = frex_amount_blanks_after(t, q, len);
  return q >= len || t[q] == ')' || t[q] == ';' || t[q] == ',' ||
         (t[q] == '.' && !(q + 1 < len && digit_at(t, q + 1)));
}

/* Does a participle of a forecast follow the blanks at Q ("contre 8,8
 * prévus", "attendus", "initialement prévus", "escomptés")? */
static bool forecast_at(const char *t, size_t len, size_t q) {
  static const char *const forecasts[] = {
      "anticip\xc3\xa9", "attendu", "budg\xc3\xa9t\xc3\xa9",
      "escompt\xc3\xa9", "esp\xc3\xa9r\xc3\xa9", "estim\xc3\xa9",
      "pr\xc3\xa9vu", "vis\xc3\xa9",
      /* an offer or a price now: "contre 45 proposés par Lyon", "au lieu
       * des 14,90 actuels" */
      "actuel", "actuell", "demand\xc3\xa9", "exig\xc3\xa9",
      "habituel", "habituell", "offert", "propos\xc3\xa9",
      "r\xc3\xa9" "clam\xc3\xa9"};
  char w[24];
  size_t ws, we = next_word(t, len, q, w, sizeof w, &ws);
  if (we > ws && !strcmp(w, "initialement"))
    we = next_word(t, len, we, w, sizeof w, &ws);
  if (we == ws)
    return false;
  size_t n = strlen(w);
  while (n > 0 && (w[n - 1] == 's' || w[n - 1] == 'e'))
    n--; /* "prévus", "prévue", "prévues" */
  for (size_t i = 0; i < sizeof forecasts / sizeof *forecasts; i++)
    if (strlen(forecasts[i]) == n && !strncmp(w, forecasts[i], n))
      return true;
  return false;
}

/* A rate per unit after E ("par joueur", "par habitant"), restated as a
 * total at Q ("au total", "en tout"): "10 000 euros par joueur, soit 230
 * 000 au total". */
static bool unit_then_total(const char *t, size_t len, size_t e, size_t q) {
  char w[16], x[16];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
  if (we == ws || strcmp(w, "par"))
    return false;
  we = next_word(t, len, we, w, sizeof w, &ws);
  if (we == ws ||
      !((t[ws] >= 'a' && t[ws] <= 'z') || (unsigned char)t[ws] >= 0x80))
    return false;
  we = next_word(t, len, q, w, sizeof w, &ws);
  if (we == ws)
    return false;
  next_word(t, len, we, x, sizeof x, &ws);
  return (!strcmp(w, "au") && !strcmp(x, "total")) ||
         (!strcmp(w, "en") && !strcmp(x, "tout"));
}

/* Does a share follow the blanks at Q: "chacun", "chacune", or "par" and
 * a noun ("soit 80 000 chacun", "soit 50 000 par logement", "soit 500 par
 * mois")? */
static bool share_at(const char *t, size_t len, size_t q) {
  char w[12];
  size_t ws, we = next_word(t, len, q, w, sizeof w, &ws);
  if (we == ws || ws != frex_amount_blanks_after(t, q, len))
    return false;
  if (!strcmp(w, "chacun") || !strcmp(w, "chacune"))
    return true;
  if (strcmp(w, "par"))
    return false;
  we = next_word(t, len, we, w, sizeof w, &ws);
  return we > ws && ((t[ws] >= 'a' && t[ws] <= 'z') ||
                     (unsigned char)t[ws] == 0xC3);
}

/* Do "de plus" or "de moins" follow the blanks at Q?  "470 euros, soit 50
 * de plus qu'en 2020": the difference. */
static bool more_less_at(const char *t, size_t len, size_t q) {
  char w[8];
  size_t ws, we = next_word(t, len, q, w, sizeof w, &ws);
  if (we > ws && !strcmp(w, "d")) { /* "soit 200 d'économie" */
    size_t a = we < len && t[we] == '\'' ? 1
               : we + 3 <= len && !memcmp(t + we, "\xe2\x80\x99", 3) ? 3
                                                                    : 0;
    char x[16];
    if (!a)
      return false;
    next_word(t, len, we + a, x, sizeof x, &ws);
    return !strcmp(x, "\xc3\xa9" "conomie") ||
           !strcmp(x, "\xc3\xa9" "conomies");
  }
  if (we == ws || strcmp(w, "de"))
    return false;
  next_word(t, len, we, w, sizeof w, &ws);
  return !strcmp(w, "plus") || !strcmp(w, "moins");
}

/* Is "(+3 %, à" right before P, a change and the new value after it ("le
 * prix, 470 euros en avril, a progressé en mai (+3 %, à 484)")?  Not
 * before LO. */
static bool change_to_before(const char *t, size_t lo, size_t p) {
  size_t k = frex_amount_blanks_before(t, lo, p);
  if (k < lo + 2 || memcmp(t + k - 2, "\xc3\xa0", 2) || k == p)
    return false;
  k = frex_amount_blanks_before(t, lo, k - 2);
  if (k <= lo || t[k - 1] != ',')
    return false;
  k = frex_amount_blanks_before(t, lo, k - 1);
  if (k <= lo || t[k - 1] != '%')
    return false;
  k = frex_amount_blanks_before(t, lo, k - 1);
  size_t d = k;
  while (k > lo && (digit_at(t, k - 1) || t[k - 1] == ','))
    k--;
  if (k == d || k <= lo)
    return false;
  if (t[k - 1] == '+' || t[k - 1] == '-')
    k--;
  else if (k >= lo + 3 && !memcmp(t + k - 3, "\xe2\x88\x92", 3))
    k -= 3;
  return k > lo && t[k - 1] == '(';
}

/* Two bare numbers after an amount (a range's bounds, X of HEAD's scale
 * EXP first, then Y), each within a tenth to ten times the amount's
 * number: both emitted with the amount's scale and CODE, *MEND set past
 * Y.  1 if emitted, 0 if not, or an error. */
static int emit_bounds(run *r, const frex_dec *head, int exp,
                       const char *code, frex_dec *x, span sx, frex_dec *y,
                       span sy, size_t *mend) {
  double a = dec_approx(head), b = dec_approx(x), c = dec_approx(y);
  if (b * 10 < a || b > a * 10 || c * 10 < a || c > a * 10)
    return 0;
  frex_dec_shift(x, exp);
  frex_dec_shift(y, exp);
  int rc = frex_amount_emit(r, sx, x, code, false);
  if (rc == FREX_OK)
    rc = frex_amount_emit(r, sy, y, code, false);
  *mend = sy.e;
  return rc == FREX_OK ? 1 : rc;
}

/* "contre respectivement 10 800 et 5 100 un an plus tôt" after two
 * amounts: the number at P (ending at Q) and the one after "et", each the
 * value of an amount at another time.  Emits both and sets *MEND: 1 if
 * emitted, 0 if not, or an error. */
static int try_respectively(run *r, size_t p, size_t q, size_t end, size_t lo,
                            const frex_dec *head, int exp, const char *code,
                            size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  char w[24];
  size_t ws = frex_amount_word_before(t, lo, p, w, sizeof w);
  if (ws == p || strcmp(w, "respectivement"))
    return 0;
  size_t cs = frex_amount_word_before(t, lo, ws, w, sizeof w);
  if (cs == ws || strcmp(w, "contre") || !compare_clear(t, lo, cs))
    return 0;
  size_t es, ee = next_word(t, end, q, w, sizeof w, &es);
  if (ee == es || strcmp(w, "et"))
    return 0;
  size_t p2;
  p2 = frex_amount_blanks_after(t, ee, end);
  size_t q2 = bare_number_end(t, end, p2);
  if (q2 == p2 || q2 >= end ||
      !(frex_amount_time_at(t, len, q2) || phrase_ends(t, len, q2)))
    return 0;
  frex_dec x, y;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0 ||
      frex_dec_parse(t + p2, q2 - p2, &y) < 0 || y.n == 0)
    return 0;
  return emit_bounds(r, head, exp, code, &x, (span){p, q}, &y,
                     (span){p2, q2}, mend);
}

/* A range of bare numbers set after an amount and a comma, "entre 12 et
 * 18" or "de 15 à 25", then its complement or the phrase's end ("Le
 * billet coûte 12 euros, entre 12 et 18 pour les places assises"; not
 * "de 25 à 30 ans", "entre 2019 et 2022"): both bounds take the amount's
 * scale and currency when each lies within a tenth to ten times its
 * number and the lower is not above the upper.
 * The number at P ends at Q.  Emits both and sets *MEND: 1 if emitted, 0
 * if not, or an error. */
static int try_bare_range(run *r, size_t p, size_t q, size_t end, size_t lo,
                          const frex_dec *head, int exp, const char *code,
                          size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  char w[8];
  size_t ws = frex_amount_word_before(t, lo, p, w, sizeof w);
  bool between = ws < p && !strcmp(w, "entre");
  if (!(between || (ws < p && !strcmp(w, "de"))) ||
      joined_before(t, lo, ws) != 1)
    return 0;
  size_t es, ee = next_word(t, end, q, w, sizeof w, &es);
  if (ee == es || strcmp(w, between ? "et" : "\xc3\xa0"))
    return 0;
  size_t p2;
  p2 = frex_amount_blanks_after(t, ee, end);
  size_t q2 = bare_number_end(t, end, p2);
  if (q2 == p2 || !(q2 < end || (q2 == end && q2 < len && t[q2] == '.')) ||
      !(phrase_ends(t, len, q2) || frex_amount_free_tail(t, len, q2) ||
        frex_amount_prep_tail(t, len, q2)))
    return 0;
  frex_dec x, y;
  if ((q2 - p2 == 4 &&
       (!strncmp(t + p2, "19", 2) || !strncmp(t + p2, "20", 2))) ||
      frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0 ||
      frex_dec_parse(t + p2, q2 - p2, &y) < 0 || y.n == 0 ||
      frex_dec_cmp(&x, &y) > 0)
    return 0; /* "entre 2019 et 2022" */
  return emit_bounds(r, head, exp, code, &x, (span){p, q}, &y,
                     (span){p2, q2}, mend);
}

/* A bare number X of a chain at SP: emitted with the chain's scale EXP and
 * CODE, *MEND set past it.  1 if emitted, or an error. */
static int emit_scaled(run *r, frex_dec *x, int exp, span sp,
                       const char *code, size_t *mend) {
  frex_dec_shift(x, exp);
  int rc = frex_amount_emit(r, sp, x, code, false);
  *mend = sp.e;
  return rc == FREX_OK ? 1 : rc;
}

/* An elided continuation at P (at most to END) of a chain whose amount has
 * number HEAD and scale EXP, complement PREP/KIND: emit it with CODE and
 * set *MEND.  Returns 1 if emitted, 0 if not, or an error. */
/* The end of the money that names an amount ending at E: "de" / "d'"
 * and a noun of money ("d'indemnités", "de dommages et intérêts",
 * "de dommages-intérêts"), else E. */
static size_t money_complement_end(const char *t, size_t p, size_t from);

static size_t money_name_end(const char *t, size_t len, size_t e) {
  size_t k = money_complement_end(t, len, e);
  if (k == e || k < e + 8 || strncasecmp(t + k - 8, "dommages", 8))
    return k;
  char w[24];
  size_t ws;
  static const char interets[] = "int\xc3\xa9r\xc3\xaats";
  size_t n = sizeof interets - 1;
  if (k + 1 + n <= len && t[k] == '-' && !memcmp(t + k + 1, interets, n))
    return k + 1 + n;
  size_t xe = next_word(t, len, k, w, sizeof w, &ws);
  if (strcmp(w, "et"))
    return k;
  size_t ye = next_word(t, len, xe, w, sizeof w, &ws);
  return !strcmp(w, interets) ? ye : k;
}

/* Does a payer follow E: "de" / "du" / "des", an optional article, and a
 * capitalised word ("de l'État", "de la Région", "du Département")? */
static bool source_at(const char *t, size_t len, size_t e) {
  char w[8];
  size_t ws, we = next_word(t, len, e, w, sizeof w, &ws);
  if (we == ws || ws == e)
    return false;
  size_t k;
  if (!strcmp(w, "du") || !strcmp(w, "des")) {
    k = we;
  } else if (!strcmp(w, "de")) {
    k = we;
    char x[8];
    size_t xs, xe = next_word(t, len, k, x, sizeof x, &xs);
    if (xe > xs && !strcmp(x, "la"))
      k = xe;
    else if (xe > xs && !strcmp(x, "l") && xe < len && t[xe] == '\'')
      k = xe + 1;
    else if (xe > xs && !strcmp(x, "l") && xe + 3 <= len &&
             !memcmp(t + xe, "\xe2\x80\x99", 3))
      k = xe + 3;
  } else {
    return false;
  }
  k = frex_amount_blanks_after(t, k, len);
  return k < len && token_kind(t, len, k) == 'U';
}

static int try_elided(run *r, size_t p, size_t end, size_t lo, size_t cs,
                      const frex_dec *head, int exp, int prep, char kind,
                      const char *code, size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  size_t q = bare_number_end(t, end, p);
  /* the number may close its sentence: "au lieu de 1,70." */
  if (!(q > p && (q < end || (q == end && q < len && t[q] == '.'))))
    return 0;
  int rc0 = try_respectively(r, p, q, end, lo, head, exp, code, mend);
  if (!rc0)
    rc0 = try_bare_range(r, p, q, end, lo, head, exp, code, mend);
  if (rc0)
    return rc0;
  int join = joined_before(t, lo, p);
  char w[8], w2[8];
  size_t ds;
  if (!join && (ds = frex_amount_word_before(t, lo, p, w, sizeof w)) < p &&
      (!strcmp(w, "de") || !strcmp(w, "\xc3\xa0")) &&
      frex_amount_word_before(t, r->doc->body, cs, w2, sizeof w2) < cs &&
      !strcmp(w, w2))
    join = joined_before(t, lo, ds); /* "de 1 000 euros ... et de 500", "à
                                         1 299 euros chez Darty, à 1 249" */
  if (!join && compared_before(t, lo, p))
    join = 2; /* "au lieu de 1,70", "par rapport aux 815 de l'an dernier" */
  if (!join && change_to_before(t, lo, p) &&
      (phrase_ends(t, len, q) || frex_amount_time_at(t, len, q)))
    join = 4; /* "(+3 %, à 484)" */
  if (!join)
    return 0;
  size_t n;
  if (!frex_amount_space_at((const unsigned char *)t, q, len, &n) &&
      !((join == 2 || join == 4) && phrase_ends(t, len, q)))
    return 0; /* "12%", "2e", "5€", "12,"; not "(contre 480)" */
  int prep2 = -1;
  char kind2 = complement_at(t, len, q, &prep2);
  /* the same complement, or a value compared with another time ("25
   * euros, contre 30 l'an dernier") */
  bool same = kind && kind2 == kind && prep2 == prep;
  bool period = join == 3 && per_period(t, len, lo) &&
                (per_period(t, len, q) || over_duration(t, len, q));
  /* a value under a condition: "750 euros, 1 500 en cas de récidive"; a
   * value with a complement after an amount with none: "25 euros, 30 pour
   * les places assises", "1,2 milliard d'euros, 1,5 au 31 décembre" */
  bool cond = join == 1 && (kind2 == 'C' || kind2 == 'R' ||
                            ((!kind || kind == 'R' || kind == 'G' ||
                              kind == 'N') && prep2 != -1 &&
                             (kind2 == 'T' || kind2 == 'l' || kind2 == 'U' ||
                              kind2 == 'R' || kind2 == 'M')));
  /* the amount named by its money ("5 000 euros de dommages et intérêts",
   * "d'indemnités", "de provision"): its complement is the one after that
   * name ("… à la victime et 2 000 à sa mère"), and with none there, the
   * number's own complement is a condition as above ("… et 1 500 au titre
   * de l'article 700") */
  if (kind == 'M' && join == 1 && !same && prep2 != -1 &&
      (kind2 == 'T' || kind2 == 'l' || kind2 == 'U')) {
    int pm = -1;
    char km = complement_at(t, len, money_name_end(t, len, lo), &pm);
    same = km == kind2 && pm == prep2;
    cond = !km;
  }
  /* where the money comes from, as council news lists its payers: "400
   * 000 euros de l'État, 300 000 de la Région", "du Département" */
  if (join == 1 && !kind && !kind2 && source_at(t, len, lo) &&
      source_at(t, len, q))
    same = true;
  /* a count between them is what the number goes on with: "500 millions
   * d'euros et embauchera 2 000 personnes, 3 000 d'ici 2030" */
  if (cond && !compare_clear(t, lo, p))
    cond = false;
  /* prices of one thing in two places: "1,20 euro au comptoir et 2,50 en
   * terrasse", "1 299 euros à la Fnac, 1 249 chez Boulanger" */
  int pp1 = -1, pp2 = -1;
  char pk1 = join == 1 && !same && !cond
                 ? place_at(t, len, rate_end(t, len, lo), &pp1)
                 : 0;
  /* ... of a name or a noun either: "400 millions à l'export et 800 en
   * France" */
  bool place = pk1 && place_at(t, len, q, &pp2);
  /* a value compared with another after "contre" or "après": at another
   * time, in another place, at another seller ("470 euros, contre 480 chez
   * Sodiaal", "5 100 euros dans l'ancien, contre 6 200 à Bordeaux"), or
   * the phrase ends ("(contre 480)"; no year: "contre 2019.") */
  bool year = q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2));
  bool other = join == 2 && compare_clear(t, lo, p) &&
               (kind2 == 'T' ||
                ((kind2 == 'l' || kind2 == 'U') && prep2 != -1) ||
                (!kind2 && !year &&
                 (phrase_ends(t, len, q) || forecast_at(t, len, q))));
  /* a difference: "470 euros, soit 50 de plus" */
  bool diff = (join == 3 || join == 1) && more_less_at(t, len, q);
  /* a total: more than the rate, at most a thousand times it */
  bool total = join == 3 && unit_then_total(t, len, lo, q);
  /* a share of the amount: "240 000 euros, soit 80 000 chacun", "6
   * millions d'euros, soit 50 000 par logement" */
  char pw[4];
  size_t pws;
  bool share = join == 3 && !period && !diff && !total &&
               share_at(t, len, q) &&
               /* not after a rate: "10 euros par repas, soit 3 par jour"
                * counts meals */
               !(next_word(t, len, lo, pw, sizeof pw, &pws) > pws &&
                 !strcmp(pw, "par"));
  if (join == 4 ? kind2 != 0 && kind2 != 'T'
      : join == 3 ? !(period || diff || total || share ||
                      (same && kind == 'G'))
                  : !(same || cond || place || other || diff))
    return 0;
  frex_dec x;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  if (share) { /* less than the whole, a number in full stays as written */
    int e2 = exp >= 3 && x.n + x.exp >= 4 ? 0 : exp;
    double whole = a, part = b;
    for (int i = 0; i < exp; i++)
      whole *= 10;
    for (int i = 0; i < e2; i++)
      part *= 10;
    if (part >= whole || part * 1e6 < whole)
      return 0;
    return emit_scaled(r, &x, e2, (span){p, q}, code, mend);
  }
  /* a time alone: nearer values; gross and net, or with and without tax,
   * are within twice each other unless "soit" restates them ("2 500 euros
   * brut, soit 30 000 brut par an") */
  /* a price per unit of sale may be many times the other: "1,50 euro le
   * ticket, 45 le mois" */
  double f = same && kind == 'G' && join != 3 ? 2
             : kind2 == 'R'                     ? 50
             : same || period                   ? 20
                                                : 10;
  /* a number written in full after a scaled one: "dont 2 millions pour
   * la voirie, 500 000 pour les écoles" is 500 000, not 500 000 million */
  if (exp >= 3 && x.n + x.exp >= 4 && (same || cond) && !diff &&
      b > a * f) {
    for (int i = 0; i < exp; i++)
      a *= 10;
    exp = 0;
  }
  if (total ? b <= a || b > a * 1000
      : diff  ? b * 100 < a || b > a * 10
              : b * f < a || b > a * f)
    return 0; /* "3,2 milliards ... contre 2900 en 2022" */
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* ----------------------------------------- bare numbers after a lead
 *
 * README "AMOUNT decisions": a bare number in digits after an amount, in
 * its sentence, is the amount's next value when a word before it says so
 * and nothing after it is counted (frex_amount_free_tail: the phrase
 * ends, a time phrase, "pour", "par", "HT"...; never "passe à 375
 * salariés", "à 18 h", "3-1", "12 %"), and it is no year:
 *  - a verb of change in the amount's clause (frex_amount_lead,
 *    frex_amount_same_clause): "L'amende, fixée à 135 euros, peut être
 *    majorée à 375."; "pourrait atteindre 1,30 d'ici l'été";
 *  - the upper bound of a range whose lower bound is the amount: "passe de
 *    25 euros à 30", "entre 25 euros et 30";
 *  - a part of the amount after "dont": "250 000 euros, dont 50 000 pour
 *    les associations" (not more than the amount).
 * The number takes the amount's scale and currency; a new value lies
 * between a tenth and ten times the amount's own number. */

/* The end of "de" / "d'" and a noun of money after FROM ("d'amende",
 * "de dépenses"; not after P), else FROM. */
static size_t money_complement_end(const char *t, size_t p, size_t from) {
  int prep = -1;
  if (complement_at(t, p, from, &prep) != 'M')
    return from;
  char w[24];
  size_t ws, e = next_word(t, p, from, w, sizeof w, &ws); /* de, d */
  if (e < p && t[e] == '\'')
    e++;
  else if (e + 3 <= p && !memcmp(t + e, "\xe2\x80\x99", 3))
    e += 3;
  return next_word(t, p, e, w, sizeof w, &ws);
}

/* Is "voire" or "sinon" right before P, and nothing but blanks and a
 * comma between it and FROM, the end of the chain's last item ("1,5
 * milliard d'euros, voire 2")? */
static bool escalation_before(const char *t, size_t from, size_t p) {
  char w[8];
  size_t s = frex_amount_word_before(t, from, p, w, sizeof w);
  if (s == p || (strcmp(w, "voire") && strcmp(w, "sinon")))
    return false;
  for (size_t k = from; k < s; k++)
    if (t[k] != ' ' && t[k] != ',')
      return false;
  return true;
}

/* Is the bare number at P (ending at Q) such a value?  FROM: where the
 * chain ends (its last item, the amount or a continuation, starts at CS). */
static bool lead_ok(const run *r, size_t p, size_t q, size_t from, size_t cs,
                    const frex_dec *head, const frex_dec *x) {
  const char *t = r->doc->text;
  size_t body = r->doc->body, vs = p;
  if (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2)))
    return false; /* a year: "reportée à 2026" */
  /* "dont 1 900 en assurance-vie"; "5 000 euros d'amende, dont 2 500" */
  if (frex_amount_part_before(t, money_complement_end(t, p, from), p)) {
    int prep = -1; /* "dont 95 de TVA": a part named by its money */
    return frex_dec_cmp(x, head) <= 0 &&
           (frex_amount_free_tail(t, r->doc->len, q) ||
            frex_amount_prep_tail(t, r->doc->len, q) ||
            complement_at(t, r->doc->len, q, &prep) == 'M');
  }
  if (!frex_amount_free_tail(t, r->doc->len, q))
    return false;
  double a = dec_approx(head), b = dec_approx(x);
  if (escalation_before(t, from, p))
    return b * 10 >= a && b <= a * 10;
  frex_lead lead = frex_amount_lead(t, from, p, &vs);
  double f = lead == FREX_LEAD_CHANGE ? 10 : 20; /* a range: "170 à 2 770" */
  if (b * f < a || b > a * f)
    return false;
  if (lead == FREX_LEAD_CHANGE)
    return frex_amount_same_clause(t, from, vs);
  if (lead == FREX_LEAD_NONE)
    return false;
  /* "de 25 euros à 30", "de 2 000 euros brut à 2 200", "de 10 500 euros
   * le mètre carré à 9 800", "de 43,9 milliards d'euros en 2023 à 47,2",
   * "entre 25 euros et 30": nothing but the lead, a time phrase and the
   * words of a rate between the item and the number, and "de" / "entre"
   * before the item; "(passe) à 1,5 M€ puis à 1,8": "puis" or "voire" and
   * "à" before the item */
  /* "de 1 800 euros pour un débutant à 3 500 pour un cadre": the same
   * complement after the item and the number, a few words */
  int p1 = -1, p2 = -1;
  char k1 = complement_at(t, r->doc->len, from, &p1);
  bool parallel = k1 && k1 != 'T' && p1 >= 0 &&
                  complement_at(t, r->doc->len, q, &p2) == k1 && p2 == p1;
  int extra = 0;
  char w[16];
  size_t k = from;
  bool seq = false;
  for (;;) {
    while (k < vs && (t[k] == ' ' || t[k] == ','))
      k++;
    if (k >= vs)
      break;
    size_t w0 = k, te = frex_amount_time_at(t, vs, k);
    if (te) {
      k = te;
      continue;
    }
    int ok;
    k = frex_amount_word_lower(t, vs, w0, w, sizeof w, &ok);
    if (k < vs && t[k] == '\'')
      k++; /* "l'heure" */
    else if (k + 3 <= vs && !memcmp(t + k, "\xe2\x80\x99", 3))
      k += 3;
    if (!strcmp(w, "puis") || !strcmp(w, "voire"))
      seq = true;
    else if (k == w0 || (ok != 1 && !parallel) ||
             (!frex_amount_rate_word(w) && !(parallel && ++extra <= 5)))
      return false;
  }
  if (seq && lead != FREX_LEAD_A)
    return false;
  if (frex_amount_word_before(t, body, cs, w, sizeof w) == cs)
    return false;
  if (seq)
    return !strcmp(w, "\xc3\xa0");
  return lead == FREX_LEAD_A ? !strcmp(w, "de") || !strcmp(w, "d")
                             : !strcmp(w, "entre");
}

/* A bare number after a lead at P (at most to END): emit it with the
 * chain's scale EXP and CODE, set *MEND.  1 if emitted, 0 if not, or an
 * error. */
static int try_lead(run *r, size_t p, size_t end, size_t from, size_t cs,
                    const frex_dec *head, int exp, const char *code,
                    size_t *mend) {
  const char *t = r->doc->text;
  size_t q = bare_number_end(t, end, p);
  frex_dec x;
  if (q == p || q > end || frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  /* a part written in full after a scaled amount: "2 millions d'euros,
   * dont 500 000 pour les écoles" is 500 000, not 500 000 million */
  if (exp >= 3 && x.n + x.exp >= 4 &&
      dec_approx(&x) > dec_approx(head) * 20 &&
      frex_amount_part_before(t, money_complement_end(t, p, from), p)) {
    frex_dec whole = *head;
    frex_dec_shift(&whole, exp);
    if (dec_approx(&x) * 200 < dec_approx(&whole) ||
        !lead_ok(r, p, q, from, cs, &whole, &x))
      return 0; /* "2 millions d'euros, dont 3 000 pour …": a count more
                   often than a part */
    return emit_scaled(r, &x, 0, (span){p, q}, code, mend);
  }
  if (!lead_ok(r, p, q, from, cs, head, &x))
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* ----------------------------------------------- labelled values
 *
 * README "AMOUNT decisions": a list of labelled values writes the currency
 * once ("Prix du mètre carré : Paris, 10 500 euros ; Lyon, 5 200 ;
 * Bordeaux, 4 800"; "cadres : 4 200 euros ; employés : 1 900"): a bare
 * number in digits takes the amount's scale and currency when a label of
 * the same shape stands before both (a word and ":" or ","; a capitalised
 * word alone), only ";" or "," (and "et") stand between the amount and
 * the number's label, the phrase ends after the number, and its value
 * lies within a tenth to ten times the amount's number. */

/* The label before the item at S (not before LO): its punctuation (':' or
 * ','; ' ' for a capitalised word alone), 0 if none; *WS: its word's
 * start. */
static char label_before(const char *t, size_t lo, size_t s, size_t *ws) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = s;
  while (k > lo && (u[k - 1] == ' ' || u[k - 1] == 0xA0 || u[k - 1] == 0xC2))
    k--;
  if (k == lo)
    return 0;
  char punct = ' ';
  if (t[k - 1] == ':' || t[k - 1] == ',') {
    punct = t[k - 1];
    k--;
    while (k > lo &&
           (u[k - 1] == ' ' || u[k - 1] == 0xA0 || u[k - 1] == 0xC2))
      k--;
  } else if (k == s) {
    return 0; /* glued to the number */
  }
  size_t e = k;
  /* after ':' or ',' a label may hold digits: "SP95 : 1,81" */
  while (k > lo && (((u[k - 1] | 0x20) >= 'a' && (u[k - 1] | 0x20) <= 'z') ||
                    u[k - 1] >= 0x80 || (punct != ' ' && digit_at(t, k - 1))))
    k--;
  while (k < e && digit_at(t, k))
    k++; /* a letter opens it */
  if (e - k < 2)
    return 0;
  *ws = k;
  return punct != ' ' || upper_at(t, k) ? punct : 0;
}

/* The first word of the label whose last word starts at WS: back over
 * at most four more words (letters, apostrophes, hyphens) to a
 * punctuation mark, a bullet or a line start, not before LO ("création
 * d'une piste cyclable" in "⏎- création d'une piste cyclable : 650 000").
 * WS when the label has a figure or more words. */
static size_t label_first(const char *t, size_t lo, size_t ws) {
  const unsigned char *u = (const unsigned char *)t;
  size_t k = ws, first = ws;
  for (int words = 0; k > lo; ) {
    size_t j = k;
    while (j > lo && u[j - 1] == ' ')
      j--;
    if (j == lo || strchr(":;,.(\n\r", u[j - 1]) ||
        (u[j - 1] == '-' && j < k) || /* a bullet, not "Jules-Ferry" */
        (j >= lo + 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 &&
         (u[j - 1] == 0x93 || u[j - 1] == 0xA2)))
      return first;
    size_t we = j;
    while (j > lo && u[j - 1] != ' ' && !strchr(":;,.()\n\r", u[j - 1]))
      j--;
    for (size_t i = j; i < we; i++)
      if (digit_at(t, i))
        return ws;
    if (++words > 4)
      return ws;
    first = k = j;
  }
  return first;
}

/* Nouns of things counted in a list's labels, beyond count_nouns. */
static bool label_counts(const char *w) {
  static const char *const more[] = {
      "agents",      "b\xc3\xa9n\xc3\xa9voles", "communes",   "enfants",
      "entreprises", "\xc3\xa9tudiants",         "inscrits",   "jeunes",
      "licenci\xc3\xa9s", "lits",                "naissances", "nuit\xc3\xa9" "es",
      "participants", "places",                  "repas",      "seniors",
      "superficie",  "surface",                  "sites",      "classes",
      "altitude",    "capacit\xc3\xa9",           "jauge",      "votants",
      "fr\xc3\xa9quentation", "affluence",       "distance"};
  return sorted_has(w, count_nouns, sizeof count_nouns / sizeof *count_nouns) ||
         word_in(w, 0, strlen(w), more, sizeof more / sizeof *more);
}

/* Does a label of a count stand in [S, E): any of its words? */
static bool label_has_count(const char *t, size_t s, size_t e) {
  for (size_t i = s; i < e;) {
    char w[24];
    int ok;
    size_t we = frex_amount_word_lower(t, e, i, w, sizeof w, &ok);
    if (we > i) {
      if (ok == 1 && label_counts(w))
        return true;
      i = we;
    } else {
      i++;
    }
  }
  return false;
}

/* Does [S, E) name a price's category: a word of a tariff ("enfants",
 * "tarif réduit", "forfait") or an age or a stay ("moins de 12 ans", "6
 * jours")?  Not a measure ("durée", "âge minimum"). */
static bool tariff_label(const char *t, size_t s, size_t e) {
  static const char *const words[] = {
      "abonnement", "adulte", "adultes", "billet", "carte", "demandeurs",
      "enfant", "enfants", "\xc3\xa9tudiant", "\xc3\xa9tudiants", "famille",
      "forfait", "formule", "groupe", "groupes", "jeune", "jeunes", "menu",
      "pass", "plein", "r\xc3\xa9" "duit", "retrait\xc3\xa9s", "senior",
      "seniors", "tarif"};
  bool tariff = false, figure = false;
  for (size_t i = s; i < e;) {
    char w[24];
    int ok;
    size_t we = frex_amount_word_lower(t, e, i, w, sizeof w, &ok);
    if (we == i) {
      figure |= digit_at(t, i);
      i++;
      continue;
    }
    if (ok == 1 && (word_in(w, 0, strlen(w), words, sizeof words / sizeof *words) ||
                    (figure && word_in(w, 0, strlen(w), qual_units,
                                       sizeof qual_units / sizeof *qual_units))))
      tariff = true;
    else if (ok == 1 && (label_counts(w) && strcmp(w, "enfants")))
      return false;
    i = we;
  }
  return tariff;
}

/* A labelled value at P (at most to END) after the chain's item at CS
 * (ending at FROM; number HEAD, scale EXP): emit it with CODE, set *MEND.
 * 1 if emitted, 0 if not, or an error. */
static int try_label(run *r, size_t p, size_t end, size_t from, size_t cs,
                     const frex_dec *head, int exp, const char *code,
                     size_t *mend) {
  const char *t = r->doc->text;
  size_t q = bare_number_end(t, end, p);
  if (q == p || q > end)
    return 0;
  const unsigned char *u = (const unsigned char *)t;
  size_t k = q, n;
  k = frex_amount_blanks_after(t, k, end);
  if (!(k >= end || strchr(";,.)\n\r", t[k]) ||
        (k + 3 <= end &&
         (!strncmp(t + k, "et ", 3) || !strncmp(t + k, "ou ", 3)))))
    return 0; /* the phrase ends after the number (or its item's line) */
  size_t ws1, ws2;
  char l1 = label_before(t, r->doc->body, cs, &ws1),
       l2 = label_before(t, from, p, &ws2);
  if (!l1 || l1 != l2)
    return 0;
  size_t f1 = label_first(t, r->doc->body, ws1);
  bool tariff = false;
  bool same_case = upper_at(t, f1) == upper_at(t, label_first(t, from, ws2));
  if (l1 == ':' && l2 == ':' && exp == 0 && dec_approx(head) < 1000) {
    size_t ls = ws2; /* the item's label, figures included */
    while (ls > from && !strchr(";,\n\r", t[ls - 1]))
      ls--;
    tariff = tariff_label(t, ls, p);
  }
  if (!same_case && tariff && upper_at(t, f1)) {
    /* a price list's first label opens its sentence, capitalised as any
     * sentence is: "Adultes : 12 euros ; enfants de 4 à 12 ans : 6" */
    size_t b = f1;
    while (b > r->doc->body && (t[b - 1] == ' ' || t[b - 1] == '\t'))
      b--;
    same_case = b == r->doc->body || strchr(".!?\n\r", t[b - 1]);
  }
  if (!l1 || l1 != l2 || !same_case)
    return 0; /* "Budget : 12 millions d'euros ; effectifs : 15" */
  int seps = 0; /* between the amount and the label: ";" or "," (and "et") */
  int lwords = 0;
  for (k = rate_end(t, r->doc->len, from); k < ws2;) { /* "le litre ;" */
    if (frex_amount_space_at(u, k, ws2, &n))
      k += n;
    else if ((t[k] == ';' || t[k] == ',') && ++seps == 1)
      k++;
    else if ((t[k] == '\n' || t[k] == '\r') &&
             (seps == 1 || (seps == 0 && (bullet_line_end(t, k, ws2 + 1) ||
                                          label_line_end(t, k, ws2 + 1)))))
      k++, seps = 1; /* an item per line: "Paris, 9 450 euros ;⏎Lyon, 4
                      * 850 ;", "- Voirie : 1,2 M€⏎- Gymnase : 900 000" */
    else if (seps == 1 && k > 0 && (t[k - 1] == '\n' || t[k - 1] == '\r') &&
             bullet_at(t, k, ws2))
      while (k < ws2 && t[k] != ' ')
        k++; /* bullets: "- adulte : 12 euros ;⏎- enfant : 8 ;" */
    else if (k + 2 < ws2 && !strncmp(t + k, "et ", 3))
      k += 3, seps = 1;
    else if (seps == 1 && ++lwords <= 3 &&
             (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') || u[k] >= 0x80))
      while (k < ws2 && u[k] != ' ' && !digit_at(t, k) && u[k] != ';' &&
             u[k] != ',')
        k++; /* the label's first words: "éclairage public : 350 000" */
    else if (seps == 1 && tariff && lwords <= 6 &&
             (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') ||
              u[k] >= 0x80 || digit_at(t, k)))
      while (k < ws2 && u[k] != ' ' && u[k] != ';' && u[k] != ',')
        k++; /* a tariff's label holding its figure: "enfants de 4 à 12
              * ans : 6", "forfait 6 jours : 198" */
    else
      return 0;
  }
  frex_dec x;
  if (seps != 1 || frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0 ||
      (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  /* a number written in full after a scaled item stays as written:
   * "voirie : 1,2 million d'euros ; éclairage : 350 000" */
  int scaled = exp, lower = 10;
  if (exp >= 3 && x.n + x.exp >= 4 && b > a * 10) {
    for (int i = 0; i < exp; i++)
      a *= 10;
    exp = 0, lower = 25; /* budget lines spread wider than prices */
  }
  if (b * lower < a || b > a * 10)
    return 0;
  /* a plural label that is no noun of money counts things after a scaled
   * amount: "masse salariale : 52 millions d'euros ; véhicules : 340",
   * "budget : 2 millions d'euros ; habitants : 350 000" */
  /* (a plural label of things bought is money: "terrains synthétiques :
   * 380 000", "subventions aux associations : 450 000") */
  if (scaled >= 6 &&
      label_has_count(t, label_first(t, from, ws2),
                      frex_amount_blanks_before(t, ws2, p)))
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* The start of the sentence that ends at P (not before LO): after the
 * last . ! ? … or kept line end, as sentence_end reads them. */
static size_t sentence_start(const char *t, size_t lo, size_t p) {
  size_t s = lo;
  for (size_t i = p; i > lo; i--) {
    unsigned char c = (unsigned char)t[i - 1];
    if ((c == '\n' || c == '\r') && item_line_end(t, lo, i - 1, p))
      continue;
    if (c == '\n' || c == '\r' || c == '!' || c == '?' ||
        (c == 0xA6 && i >= lo + 3 && (unsigned char)t[i - 3] == 0xE2 &&
         (unsigned char)t[i - 2] == 0x80)) {
      s = i;
      break;
    }
    if (c == '.' && dot_ends(t, lo, i - 1, p)) {
      s = i;
      break;
    }
  }
  return s;
}

/* ------------------------------------------------- prices by seller
 *
 * README "AMOUNT decisions": a list of prices compared across sellers,
 * places or products writes the currency once, each price after its
 * label: "969 euros chez Fnac, Darty 949 et Boulanger 939", "le gazole à
 * 1,72 euro, le SP95 à 1,81 et l'E85 à 0,79", "Le loyer est de 800 euros,
 * les charges de 120".  A bare number in digits takes the amount's scale
 * and currency when
 *  - a label stands right before it, after a joiner ("," ";" "et" "ou"):
 *    a capitalised name of one or two words, or a determiner and a noun
 *    (two after a preposition), not a noun that numbers things ("le
 *    numéro 5", "la saison 3"), then "à" or "de" or nothing;
 *  - between the amount and that joiner stand at most four words, no
 *    digit or punctuation ("le litre", "chez Fnac", "par mois");
 *  - the amount has the same shape: the same "à" or "de" right before it;
 *    without one, a seller's name after it ("chez Fnac") or a label of
 *    the same kind before it, or, for a determiner's label, its sentence
 *    opening with a determiner (its subject: "Le gazole coûte 1,72 euro,
 *    le SP95 1,81");
 *  - the phrase ends after the number (or a time phrase follows it:
 *    "Boulanger 939 depuis vendredi"), which is no year, and its value
 *    lies within a tenth to ten times the amount's number, within a third
 *    to three times without a preposition ("vendu 99 euros chez Fnac,
 *    Android 14" is no price). */

/* The words that open the sentence of the item at CS, a few before it:
 * its first word lowered in W (WN bytes) and its start in *PS; false when
 * there is none, or when those words hold a mark of STOPS, more than eight
 * words, or a figure (but a name with digits after its letters when
 * LETTERED: "T3", "SP95"). */
/* An interview's speaker label in capitals at S, before CS ("ANNE RICARD :
 * La Région nous verse 300 000 euros, Orléans Métropole 120 000"): the
 * offset after its colon and blanks, else S.  Capitals (ASCII, Latin-1
 * capitals in UTF-8), blanks, hyphens and apostrophes only, two letters
 * at least. */
static size_t after_speaker(const char *t, size_t s, size_t cs) {
  size_t i = s;
  int letters = 0;
  while (i < cs) {
    unsigned char c = (unsigned char)t[i];
    if (c >= 'A' && c <= 'Z') {
      letters++;
      i++;
    } else if (c == 0xC3 && i + 1 < cs && (unsigned char)t[i + 1] >= 0x80 &&
               (unsigned char)t[i + 1] <= 0x9E) {
      letters++;
      i += 2;
    } else if (c == ' ' || c == '-' || c == '\'') {
      i++;
    } else {
      break;
    }
  }
  if (letters < 2 || i >= cs || t[i] != ':' || i + 1 >= cs || t[i + 1] != ' ')
    return s;
  return frex_amount_blanks_after(t, i + 1, cs);
}

static bool subject_words(const char *t, size_t body, size_t cs,
                          const char *stops, bool lettered, int maxw, char *w,
                          size_t wn, size_t *ps) {
  size_t s = sentence_start(t, cs > body + 120 ? cs - 120 : body, cs);
  s = after_speaker(t, s, cs);
  while (s < cs && (t[s] == ' ' || t[s] == '\n' || t[s] == '\r' ||
                    t[s] == '"' || (unsigned char)t[s] >= 0x80) &&
         !upper_at(t, s))
    s++;
  int ok, words = 0;
  size_t e = frex_amount_word_lower(t, cs, s, w, wn, &ok);
  if (e == s || ok != 1)
    return false;
  bool letters = false; /* the current word starts with a letter */
  for (size_t i = s; i < cs; i++) {
    if (i == s || t[i - 1] == ' ')
      letters = lettered && !digit_at(t, i);
    if ((digit_at(t, i) && !letters) || strchr(stops, t[i]))
      return false;
    if (t[i] == ' ' && t[i - 1] != ' ' && ++words > maxw)
      return false;
  }
  *ps = s;
  return true;
}

/* Does the sentence of the item at CS open with a determiner (PLACE: a
 * place's preposition), a few words before it ("Le gazole coûte en
 * moyenne 1,72 euro", "À Paris, le loyer moyen atteint 1 200 euros")? */
static bool subject_opens(const char *t, size_t body, size_t cs, bool place) {
  static const char *const dets[] = {"ce",  "ces", "cet", "cette", "l",
                                     "la",  "le",  "les", "leur",  "leurs",
                                     "sa",  "ses", "son", "un",    "une"};
  char w[8];
  size_t s;
  /* a name with digits after its letters is no figure ("Un T2 se loue
   * 620 euros par mois, un T3 820", "le SP95") */
  /* a place before the comma adds words: "Au restaurant du stade, le
   * menu enfant est à 9 euros" */
  char w0[8] = "";
  if (!place && subject_words(t, body, cs, ";:()", true, 12, w, sizeof w, &s) &&
      (strcpy(w0, w), true) &&
      (word_in(w, 0, strlen(w), place_preps,
               sizeof place_preps / sizeof *place_preps) ||
       /* a setting: "Côté tarifs, l'entrée coûte 8 euros, le café 1,50" */
       !strcmp(w, "c\xc3\xb4t\xc3\xa9"))) {
    /* a place, a comma, then the subject: "À Quimper, la tradition est
     * vendue 1,40 et le croissant 1,25" */
    size_t c = s;
    while (c < cs && t[c] != ',')
      c++;
    if (c >= cs)
      return false;
    c = frex_amount_blanks_after(t, c + 1, cs);
    int ok;
    size_t e = frex_amount_word_lower(t, cs, c, w, sizeof w, &ok);
    if (e == c || ok != 1)
      return false;
    for (size_t i = e; i < cs; i++)
      if (t[i] == ',' || digit_at(t, i))
        return false;
    /* ... or a name: "Côté collectivités, Grand Poitiers nous verse" */
    return word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets) ||
           (!strcmp(w0, "c\xc3\xb4t\xc3\xa9") && upper_at(t, c) &&
            e - c >= 3);
  }
  if (!subject_words(t, body, cs, place ? ";:()" : ",;:()", true, 8, w,
                     sizeof w, &s))
    return false;
  return place ? word_in(w, 0, strlen(w), place_preps,
                         sizeof place_preps / sizeof *place_preps)
               : word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets);
}

/* Does the sentence of the item at CS open with a name of one or two
 * capitalised words, its subject, a few words before it ("Sodiaal paiera
 * 480 euros, Savencia 475 et Bel 468", "Fnac vend le téléviseur 969
 * euros, Darty 949")?  Not a capitalised function word ("Le", "En",
 * "Selon"). */
static bool subject_name_opens(const char *t, size_t body, size_t cs) {
  static const char *const function[] = {
      "a",      "apr\xc3\xa8s", "au",  "aux",  "avant", "ce",    "ces",
      "cet",    "cette", "dans",  "de",   "depuis", "des",  "du",    "elle",
      "elles",  "en",    "et",    "il",   "ils",   "l",     "la",    "le",
      "les",    "leur",  "mais",  "on",   "ou",    "par",   "pour",  "sa",
      "selon",  "ses",   "si",    "son",  "sur",   "un",    "une",
      "\xc3\xa0"};
  char w[12];
  size_t s;
  return subject_words(t, body, cs, ",;:()", false, 8, w, sizeof w, &s) &&
         upper_at(t, s) &&
         !word_in(w, 0, strlen(w), function,
                  sizeof function / sizeof *function);
}

/* Does the sentence of the item at CS open with a determiner and a
 * capitalised name, its subject ("Le Festival international du court
 * métrage perd 80 000 euros")? */
static bool subject_det_name_opens(const char *t, size_t body, size_t cs) {
  static const char *const dets[] = {"l", "la", "le", "les"};
  char w[8];
  size_t s;
  if (!subject_words(t, body, cs, ",;:()", false, 8, w, sizeof w, &s) ||
      !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
    return false;
  size_t k = s;
  while (k < cs && t[k] != ' ' && t[k] != '\'' && (unsigned char)t[k] != 0xE2)
    k++;
  if (k < cs && (unsigned char)t[k] == 0xE2)
    k += 3; /* "L’" */
  else if (k < cs)
    k++;
  k = frex_amount_blanks_after(t, k, cs);
  return k < cs && upper_at(t, k);
}

/* A price after its label at P (at most to END) after the chain's item at
 * CS (ending at FROM; number HEAD, scale EXP): emit it with CODE, set
 * *MEND.  1 if emitted, 0 if not, or an error. */
/* Does the label T[S..P) name a price for a period or a bundle
 * ("l'abonnement annuel adulte", "la carte de dix entrées", "le forfait
 * saison")? */
static bool long_period(const char *t, size_t s, size_t p) {
  static const char *const words[] = {
      "abonnement", "annuel", "annuelle", "carnet", "carte", "forfait",
      "hebdomadaire", "location", "mensuel", "mensuelle", "mois", "pass",
      "saison", "semaine", "s\xc3\xa9jour"};
  char w[16];
  for (size_t i = s; i < p;) {
    int ok;
    while (i < p && !((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') &&
           (unsigned char)t[i] != 0xC3)
      i++;
    size_t e = frex_amount_word_lower(t, p, i, w, sizeof w, &ok);
    if (e == i)
      break;
    if (ok == 1 && word_in(w, 0, strlen(w), words, sizeof words / sizeof *words))
      return true;
    i = e;
  }
  return false;
}

/* Between an item or a price at FROM and its joiner at JS: at most four
 * words, no figure and none of . ; : ( ) % ("chez Fnac", "le repas"). */
static bool few_words_between(const char *t, size_t from, size_t js) {
  int words = 0;
  for (size_t i = from; i < js; i++) {
    if (digit_at(t, i) || strchr(".;:()%", t[i]))
      return false;
    if (t[i] != ' ' && (i == from || t[i - 1] == ' ') && ++words > 4)
      return false;
  }
  return true;
}

static int try_subject(run *r, size_t p, size_t end, size_t from, size_t cs,
                       const frex_dec *head, int exp, const char *code,
                       size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len, body = r->doc->body;
  size_t q = bare_number_end(t, end, p);
  if (q == p || q > end ||
      (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
    return 0;
  size_t k = q;
  k = frex_amount_blanks_after(t, k, end);
  if (k == q && k < end && t[k] != ',' && t[k] != '.' && t[k] != ';' &&
      t[k] != ')')
    return 0; /* "12%", "95e" */
  /* a rate after a price ends its phrase: "la location du mobil-home 480
   * la semaine" (a determiner's label only, below) */
  size_t qr = rate_end(t, end, q);
  bool rated = false;
  if (qr > q) {
    size_t kr = frex_amount_blanks_after(t, qr, end);
    if (kr >= end || strchr(";,.)", t[kr]))
      rated = true, k = kr;
  }
  bool to = k > q && k + 3 < end && !memcmp(t + k, "\xc3\xa0 ", 3) &&
            digit_at(t, k + 3); /* "le carnet de 16,90 à 19,10" */
  if (!(k >= end || strchr(";,.)", t[k]) || to ||
        (k > q && frex_amount_time_at(t, len, q)) ||
        (k + 3 <= end &&
         (!strncmp(t + k, "et ", 3) || !strncmp(t + k, "ou ", 3)))))
    return 0; /* the phrase ends after the number */
  char prep;
  size_t js;
  char shape = price_label(t, from, p, &prep, &js);
  char s0 = shape == 'D' || shape == 'L' ? 'd' : shape;
  if (to && prep != 'd')
    return 0;
  if (!shape || !(t[js] == ',' || t[js] == ';' || t[js] == 'e' ||
                  t[js] == 'o'))
    return 0;
  /* between the item and the joiner: a few words ("chez Fnac") */
  if (!few_words_between(t, from, js))
    return 0;
  /* the amount's shape */
  char w[8];
  bool ok;
  size_t ws = frex_amount_word_before(t, body, cs, w, sizeof w);
  if (prep) {
    ok = ws < cs && (prep == 'a' ? !strcmp(w, "\xc3\xa0")
                                 : !strcmp(w, "de") || !strcmp(w, "d"));
    if (!ok && prep == 'd' && ws < cs && !strcmp(w, "\xc3\xa0")) {
      /* the amount closes a range from "de": "passe de 1,90 euro à 2,10
       * euros, le carnet de 16,90 à 19,10" */
      size_t be = frex_amount_blanks_before(t, body, ws);
      for (size_t i = 0; i < frex_entities_count(r->out) && !ok; i++) {
        const frex_entity *e = frex_entities_get(r->out, i);
        if (e->type == FREX_ENT_AMOUNT && e->end == be)
          ok = frex_amount_word_before(t, body, e->start, w, sizeof w) <
                   e->start &&
               (!strcmp(w, "de") || !strcmp(w, "d"));
      }
    }
  } else {
    char prep1;
    size_t js1;
    size_t lo1 = sentence_start(t, cs > body + 120 ? cs - 120 : body, cs);
    char shape1 = price_label(t, lo1, cs, &prep1, &js1);
    int pp = -1;
    char s1 = shape1 == 'D' || shape1 == 'L' ? 'd' : shape1;
    ok = (s1 == s0 && !prep1) ||
         ((s0 == 'd' || shape == 'U') && labelled_item(t, lo1, cs)) ||
         (shape == 'U' && place_at(t, len, rate_end(t, len, from), &pp) ==
                              'U') ||
         (shape == 'P' && place_at(t, len, rate_end(t, len, from), &pp)) ||
         (s0 == 'd' && subject_opens(t, body, cs, false)) ||
         /* payers in a list: "Brest Métropole verse 500 000 euros au
          * club, la Région Bretagne 200 000", "Le Festival … perd 80 000
          * euros, Europavox 45 000" */
         (s0 == 'd' && subject_name_opens(t, body, cs)) ||
         (shape == 'U' && subject_det_name_opens(t, body, cs)) ||
         (shape == 'U' && subject_name_opens(t, body, cs)) ||
         (shape == 'P' && subject_opens(t, body, cs, true));
  }
  frex_dec x;
  if (!ok || (shape == 'U' && !prep && q - p < 2) ||
      frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0; /* "à Paris, Lyon 2": a name and its number */
  double a = dec_approx(head), b = dec_approx(&x), f = prep ? 10 : 3;
  int scaled = exp; /* the amount's scale, before a number in full drops it */
  if (exp >= 3 && x.n + x.exp >= 4 && b > a * f) {
    for (int i = 0; i < exp; i++) /* written in full after a scaled one: */
      a *= 10; /* "la Région 1,5 million d'euros et Lorient 700 000" */
    exp = 0;
  }
  /* millions and billions spread wider than prices: a transfer fee of 180
   * million and one of 8 ("Mbappé 180 millions d'euros, son gardien 8");
   * not after a name ("Lyon 2" stays a name and its number) */
  /* ... and a price list may run down to a tenth of its first price
   * ("Le menu coûte 14,90 euros, le plat seul 11 et le dessert 4", "une
   * indemnité de 3 700 euros, ses adjoints 1 400 et les conseillers 450") */
  double lower = !prep && scaled >= 6 && (shape == 'd' || shape == 'D') ? 25
                 : !prep && (shape == 'd' || shape == 'D')              ? 10
                                                                        : f;
  if (rated && s0 != 'd')
    return 0;
  if (shape == 'L') {
    /* a long label lists prices: no scale, under a thousand; a pass or a
     * week's stay may cost fifty times a single entry */
    if (scaled != 0 || a >= 1000)
      return 0;
    lower = 10;
    f = rated || long_period(t, js, p) ? 50 : 10;
  }
  if (b * lower < a || b > a * f)
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* ------------------------------------------ a noun of money and "de"
 *
 * README "AMOUNT decisions" (s36): after an amount, in its sentence, a
 * noun of money and "de" before a bare number in digits give it the
 * amount's currency: "ne couvre la fraude qu'à hauteur de 150 000 euros,
 * avec une franchise de 10 000", "vendue 240 000 euros, avec un acompte
 * de 24 000 à la signature", "dans la limite d'un plafond de 10 000", "un
 * reste à payer de 12 000".  The noun opens with a determiner at most
 * six words after the amount (no figure, no ; : between), nothing after
 * the number is counted ("une franchise de 10 jours"), it is no year, and
 * its value lies within a thousandth to a hundred times the amount's. */
static int try_money_noun(run *r, size_t p, size_t end, size_t from,
                          const frex_dec *head, int exp, const char *code,
                          size_t *mend) {
  static const char *const nouns[] = {
      "acompte", "apport", "avance", "caution", "franchise", "plafond",
      "rabais", "remise", "reste", "ristourne", "solde"};
  static const char *const dets[] = {"l",   "la",  "le",    "leur", "sa",
                                     "son", "un",  "une",   "cette", "ce"};
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  size_t q = bare_number_end(t, end, p);
  if (q == p || q > end ||
      (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
    return 0;
  size_t n;
  if (!(q == len || strchr(".,;)", t[q]) ||
        (frex_amount_space_at((const unsigned char *)t, q, len, &n) &&
         frex_amount_free_tail(t, len, q)))) {
    /* ... or a preposition and no figure: "24 000 à la signature", "30
     * 000 de la commune" */
    char nw[8], nw2[8];
    size_t xs, xe = next_word(t, len, q, nw, sizeof nw, &xs), x2;
    if (!(q < len && frex_amount_space_at((const unsigned char *)t, q, len, &n) &&
          xe > xs &&
          (word_in(nw, 0, strlen(nw), elide_preps,
                   sizeof elide_preps / sizeof *elide_preps) ||
           !strcmp(nw, "de") || !strcmp(nw, "du") || !strcmp(nw, "d")) &&
          next_word(t, len, xe, nw2, sizeof nw2, &x2) > x2 && !digit_at(t, x2)))
      return 0; /* "12 %", "10 jours", "45 000 spectateurs" */
  }
  char w[24];
  size_t ws = frex_amount_word_before(t, from, p, w, sizeof w);
  if (ws == p || strcmp(w, "de"))
    return 0;
  size_t ns = frex_amount_word_before(t, from, ws, w, sizeof w);
  if (ns == ws)
    return 0;
  if (!strcmp(w, "payer") || !strcmp(w, "charge")) { /* "reste à payer" */
    size_t a = frex_amount_word_before(t, from, ns, w, sizeof w);
    if (a == ns || strcmp(w, "\xc3\xa0"))
      return 0;
    ns = frex_amount_word_before(t, from, a, w, sizeof w);
    if (ns == a || strcmp(w, "reste"))
      return 0;
  }
  if (!word_in(w, 0, strlen(w), nouns, sizeof nouns / sizeof *nouns) &&
      !sorted_has(w, money_nouns, sizeof money_nouns / sizeof *money_nouns))
    return 0;
  size_t ds = frex_amount_word_before(t, from, ns, w, sizeof w);
  if (ds == ns || !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
    return 0;
  int words = 0; /* between the amount and the determiner */
  for (size_t i = from; i < ds; i++) {
    if (digit_at(t, i) || strchr(";:()%", t[i]))
      return 0;
    if (t[i] != ' ' && (i == from || t[i - 1] == ' ') && ++words > 6)
      return 0;
  }
  frex_dec x;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  if (exp >= 3 && x.n + x.exp >= 4) { /* a number in full after a scaled
                                         one stays as written */
    for (int i = 0; i < exp; i++)
      a *= 10;
    exp = 0;
  }
  if (b * 1000 < a || b > a * 100)
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* ------------------------------------------ a label holding a figure
 *
 * README "AMOUNT decisions" (s34): a price list's label may hold a figure
 * that qualifies the thing sold, an age, a length of stay, a number of
 * entries or zones ("Tarifs : plein 12 euros, réduit 8, moins de 14 ans
 * 6,50", "forfait journée 39 euros, forfait 6 jours 198", "enfant de 3 à
 * 12 ans 2,80", "carte de 10 entrées 38", "menu enfant (moins de 10 ans)
 * 8,50", "la carte jeune (18-25 ans) à 20").  The figure of the label is
 * no amount (it is followed by its unit); the bare number after it takes
 * the price's currency. */


/* Start of the number (digits, "," and "6-12") ending at K, else K. */
static size_t qual_number_start(const char *t, size_t lo, size_t k) {
  size_t j = k;
  while (j > lo && (digit_at(t, j - 1) || t[j - 1] == ',' || t[j - 1] == '-'))
    j--;
  while (j < k && !digit_at(t, j))
    j++; /* not a leading "-" or "," */
  if (j == k || !digit_at(t, k - 1))
    return k;
  if (j > lo && ((t[j - 1] | 0x20) >= 'a' && (t[j - 1] | 0x20) <= 'z'))
    return k; /* "SP95" */
  return j;
}

/* The figure that qualifies a label, ending at K (blanks before K
 * skipped): "(moins de 10 ans)", "6 jours", "de 3 à 12 ans", "des moins
 * de 18 ans", "de 10 entrées".  Returns its start, or K when none.
 * *ALONE: it may stand without a noun before it (an age bound, a length
 * of stay: "moins de 14 ans 6,50", "10 jours 420"). */
static size_t qualifier_start(const char *t, size_t lo, size_t k, bool *alone) {
  size_t e = frex_amount_blanks_before(t, lo, k);
  char w[16];
  *alone = false;
  if (e > lo && t[e - 1] == ')') {
    /* a bracket of a few words with a figure and its unit */
    size_t b = e - 1;
    bool unit = false, fig = false;
    while (b > lo && e - b < 48 && t[b - 1] != '(') {
      if (strchr(",;.:)\n", t[b - 1]) && !(t[b - 1] == ',' && b >= lo + 2 &&
                                            digit_at(t, b - 2)))
        return k;
      fig |= digit_at(t, b - 1);
      b--;
    }
    if (b == lo || t[b - 1] != '(' || !fig)
      return k;
    size_t we = e - 1, ws2 = frex_amount_word_before(t, b, we, w, sizeof w);
    /* "(moins de 10 ans)", "(2 adultes et 2 enfants)" */
    static const char *const people[] = {"adulte", "adultes", "enfant",
                                         "enfants"};
    unit = ws2 < we && (word_in(w, 0, strlen(w), qual_units,
                                sizeof qual_units / sizeof *qual_units) ||
                        word_in(w, 0, strlen(w), people,
                                sizeof people / sizeof *people));
    return unit ? b - 1 : k;
  }
  size_t ws = frex_amount_word_before(t, lo, e, w, sizeof w);
  if (ws == e || !word_in(w, 0, strlen(w), qual_units,
                          sizeof qual_units / sizeof *qual_units))
    return k;
  bool stay = strcmp(w, "an") && strcmp(w, "ans") && strcmp(w, "personnes") &&
              strcmp(w, "places");
  bool age = !strcmp(w, "ans");
  size_t ne = frex_amount_blanks_before(t, lo, ws);
  size_t ns = qual_number_start(t, lo, ne);
  if (ns == ne)
    return k;
  bool range = memchr(t + ns, '-', ne - ns) != NULL; /* "6-12 ans" */
  size_t s = ns;
  size_t as = frex_amount_word_before(t, lo, s, w, sizeof w);
  if (as < s && !strcmp(w, "\xc3\xa0")) { /* "de 3 à 12 ans" */
    size_t le = frex_amount_blanks_before(t, lo, as);
    size_t ls = qual_number_start(t, lo, le);
    size_t ds = ls < le ? frex_amount_word_before(t, lo, ls, w, sizeof w) : ls;
    if (ls == le || ds == ls || strcmp(w, "de"))
      return k;
    s = ds, range = true;
  } else if (as < s && (!strcmp(w, "de") || !strcmp(w, "d"))) {
    s = as; /* "de 10 entrées", "moins de 14 ans" */
    size_t ms = frex_amount_word_before(t, lo, s, w, sizeof w);
    if (ms < s && (!strcmp(w, "moins") || !strcmp(w, "plus"))) {
      s = ms, range = age;
      size_t ls = frex_amount_word_before(t, lo, s, w, sizeof w);
      if (ls < s && (!strcmp(w, "les") || !strcmp(w, "des")))
        s = ls; /* "des moins de 18 ans" */
    }
  }
  *alone = (age && range) || (stay && s == ns);
  return s;
}

/* Words of a label that make a clause or a phrase, not a thing sold. */
static bool qual_label_stop(const char *w) {
  static const char *const stops[] = {
      "a", "apr\xc3\xa8s", "avant", "avait", "avec", "contre", "co\xc3\xbbte",
      "dans", "depuis", "dont", "durant", "entre", "environ", "est", "et",
      "hors", "il", "ils", "jusqu", "mais", "ont", "ou", "pendant", "puis",
      "selon", "sinon", "soit", "sont", "sous", "vaut", "vers", "voire", "y"};
  size_t n = strlen(w);
  return word_in(w, 0, n, stops, sizeof stops / sizeof *stops) ||
         (n > 3 && (!strcmp(w + n - 3, "ent") || !strcmp(w + n - 3, "ont")) &&
          strcmp(w + n - 4, "ment"));
}

static int try_qualified(run *r, size_t p, size_t end, size_t from,
                         const frex_dec *head, int exp, const char *code,
                         size_t *mend) {
  /* words that head a price's label without a figure ("tarif réduit 15") */
  static const char *const heads[] = {
      "abonnement", "billet", "carnet", "carte", "entr\xc3\xa9" "e",
      "forfait", "formule", "menu", "pass", "place", "tarif", "ticket"};
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  (void)len;
  if (exp != 0 || dec_approx(head) >= 1000)
    return 0; /* prices of things bought one at a time */
  size_t q = bare_number_end(t, end, p);
  if (q == p || q > end ||
      (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
    return 0;
  size_t k = frex_amount_blanks_after(t, q, end);
  if (k == q && k < end && !strchr(";,.)", t[k]))
    return 0; /* "12%", "5€" */
  if (!(k >= end || strchr(";,.)", t[k]) ||
        (k + 3 <= end &&
         (!strncmp(t + k, "et ", 3) || !strncmp(t + k, "ou ", 3)))))
    return 0; /* the phrase ends after the number */
  char w[16];
  size_t ls = p; /* the label's end */
  size_t as = frex_amount_word_before(t, from, p, w, sizeof w);
  if (as < p && !strcmp(w, "\xc3\xa0"))
    ls = as; /* "formule 24 mois à 7,99" */
  bool alone;
  size_t qs = qualifier_start(t, from, ls, &alone);
  bool qual = qs < ls;
  /* the label's words before the qualifier, back to the joiner */
  size_t j = qs;
  int words = 0;
  bool head_noun = false;
  for (;;) {
    size_t b = frex_amount_blanks_before(t, from, j);
    size_t ws = frex_amount_word_before(t, from, b, w, sizeof w);
    if (ws == b) {
      j = b;
      break;
    }
    if (!strcmp(w, "et") || !strcmp(w, "ou")) {
      j = ws; /* the joiner */
      break;
    }
    if (++words > 4 || qual_label_stop(w) ||
        sorted_has(w, count_nouns, sizeof count_nouns / sizeof *count_nouns))
      return 0;
    head_noun = word_in(w, 0, strlen(w), heads, sizeof heads / sizeof *heads);
    j = ws;
    if (j > from && (t[j - 1] == '\'' ))
      j--; /* "l'entrée": the article's letter is read next */
  }
  if (!(j > from && (t[j - 1] == ',' || t[j - 1] == ';' ||
                     !strncmp(t + j, "et", 2) || !strncmp(t + j, "ou", 2))))
    return 0; /* an item of the list after the price */
  size_t js = t[j - 1] == ',' || t[j - 1] == ';' ? j - 1 : j;
  if (qual ? !(words > 0 || alone) : !(words >= 2 && head_noun))
    return 0;
  /* between the price and the joiner: a few words ("le repas", "par mois") */
  if (!few_words_between(t, from, js))
    return 0;
  frex_dec x;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  double f = long_period(t, js, p) ? 50 : 10;
  if (b * 10 < a || b > a * f)
    return 0;
  return emit_scaled(r, &x, 0, (span){p, q}, code, mend);
}

/* ------------------------------------------- a demonstrative's value
 *
 * README "AMOUNT decisions": a comparison names the second thing by a
 * demonstrative and writes the currency once ("Le salaire moyen des
 * cadres atteint 4 300 euros, celui des employés 2 100"; "celle des
 * femmes 1 300", "celui d'un enseignant confirmé de 3 200", "celui de
 * courgettes à 2,50").  A bare number in digits takes the amount's scale
 * and currency when "celui", "celle", "ceux" or "celles" and "de" / "d'" /
 * "des" / "du" open its phrase after a joiner ("," ";" "et"), at most six
 * words (no figure) stand between it and the number, an optional "de" or
 * "à" right before it and no noun that numbers ("celui du département
 * 92"), the phrase ends after it or a free word follows ("277 selon le
 * ministère"; not "12 ans"), it is no year, its value lies within a
 * tenth to ten times the amount's number (fifty times for an amount
 * without a scale: a ticket and a monthly pass; a number written in full after
 * a scaled amount stays as written: "1 million d'euros, celui du gardien
 * 200 000"), and at most six words, no figure but a date, stand between
 * the amount and the joiner.  "de 120 à 140" after it gives both bounds. */

/* The start of the token that ends at K (blanks and apostrophes before K
 * skipped; not before LO): letters, digits, '-'; *TE its end.  K when
 * none. */
static size_t token_before(const char *t, size_t lo, size_t k, size_t *te) {
  const unsigned char *u = (const unsigned char *)t;
  for (;;) {
    size_t b = frex_amount_blanks_before(t, lo, k);
    if (b > lo && u[b - 1] == '\'')
      k = b - 1;
    else if (b >= lo + 3 && !memcmp(t + b - 3, "\xe2\x80\x99", 3))
      k = b - 3;
    else {
      k = b;
      break;
    }
  }
  *te = k;
  while (k > lo && (digit_at(t, k - 1) || t[k - 1] == '-' ||
                    ((u[k - 1] | 0x20) >= 'a' && (u[k - 1] | 0x20) <= 'z') ||
                    (k >= lo + 2 && u[k - 2] == 0xC3 && u[k - 1] >= 0x80 &&
                     u[k - 1] <= 0xBF)))
    k -= k >= lo + 2 && u[k - 2] == 0xC3 && u[k - 1] >= 0x80 ? 2 : 1;
  return k;
}

/* A demonstrative's value at P (at most to END) after the chain's item
 * ending at FROM (number HEAD, scale EXP): emit it with CODE, set *MEND.
 * 1 if emitted, 0 if not, or an error. */
static bool money_verb_before(const char *t, size_t s, size_t p);

/* README "AMOUNT decisions" (s31): a share given to each of several
 * payers, far from the whole ("Pour cette opération de 900 000 euros, la
 * commune et la communauté de communes … verseront chacune 300 000",
 * "qui ont accepté de verser 800 000 chacun"): a bare number in digits
 * with "chacun" / "chacune" right before or after it, a verb that gives
 * money before it and the phrase ending after; no year; no more than the
 * amount and at least a thousandth of it (a number written in full after
 * a scaled one stays as written).  1 if emitted, 0, or an error. */
static int try_each(run *r, size_t p, size_t end, size_t from,
                    const frex_dec *head, int exp, const char *code,
                    size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  size_t q = bare_number_end(t, end, p);
  if (q == p || (q - p == 4 && (!strncmp(t + p, "19", 2) ||
                                !strncmp(t + p, "20", 2))))
    return 0;
  char w[16];
  size_t ws, we = next_word(t, end, q, w, sizeof w, &ws), qe = q, vb = p;
  bool after = we > ws && (!strcmp(w, "chacun") || !strcmp(w, "chacune"));
  if (after)
    qe = we;
  else {
    size_t b = frex_amount_word_before(t, from, p, w, sizeof w);
    if (b == p || (strcmp(w, "chacun") && strcmp(w, "chacune")))
      return 0;
    vb = b;
  }
  if (!phrase_ends(t, len, qe))
    return 0;
  size_t s = sentence_start(t, r->doc->body, p);
  if (!money_verb_before(t, s, vb))
    return 0;
  frex_dec x;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  if (exp >= 3 && x.n + x.exp >= 4 && b > a) {
    for (int i = 0; i < exp; i++) /* written in full after a scaled one */
      a *= 10;
    exp = 0;
  }
  if (b > a || b * 1000 < a)
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

static int try_pronoun(run *r, size_t p, size_t end, size_t from,
                       const frex_dec *head, int exp, const char *code,
                       size_t *mend) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  size_t q = bare_number_end(t, end, p);
  if (!(q > p && (q < end || (q == end && q < len && t[q] == '.'))) ||
      (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
    return 0;
  /* a range: "celui des charges de 120 à 140" */
  char w[16], prev[16] = "";
  size_t p2 = q, q2 = q, ws2, we2 = next_word(t, end, q, w, sizeof w, &ws2);
  if (we2 > ws2 && !strcmp(w, "\xc3\xa0")) {
    p2 = frex_amount_blanks_after(t, we2, end);
    q2 = bare_number_end(t, end, p2);
    if (q2 == p2 ||
        !(q2 < end || (q2 == end && q2 < len && t[q2] == '.')) ||
        (q2 - p2 == 4 &&
         (!strncmp(t + p2, "19", 2) || !strncmp(t + p2, "20", 2))))
      return 0;
  }
  if (!(phrase_ends(t, len, q2) || frex_amount_free_tail(t, len, q2)))
    return 0; /* "2 100.", "277 selon le ministère"; not "12 ans" */
  int ok;
  size_t te, ts = token_before(t, from, p, &te);
  if (ts == te)
    return 0;
  frex_amount_word_lower(t, te, ts, w, sizeof w, &ok);
  if (ok == 1 && (!strcmp(w, "de") || !strcmp(w, "\xc3\xa0")))
    ts = token_before(t, from, ts, &te); /* "de 3 200", "à 2,50" */
  /* a noun that numbers ("celui du département 92", "celle de l'article
   * 12"); a count noun owns the value ("celui des employés 2 100") */
  if (ts < te) {
    frex_amount_word_lower(t, te, ts, w, sizeof w, &ok);
    if (ok == 1 &&
        (word_in(w, 0, strlen(w), numbering,
                 sizeof numbering / sizeof *numbering) ||
         !strcmp(w, "d\xc3\xa9partement") || !strcmp(w, "arrondissement")))
      return 0;
  }
  for (int words = 0; ts < te && words < 8; words++) {
    int ok2;
    size_t we = frex_amount_word_lower(t, te, ts, w, sizeof w, &ok2);
    if (ok2 == 1 && we == te &&
        (!strcmp(w, "celui") || !strcmp(w, "celle") || !strcmp(w, "ceux") ||
         !strcmp(w, "celles"))) {
      if (!(!strcmp(prev, "de") || !strcmp(prev, "d") ||
            !strcmp(prev, "des") || !strcmp(prev, "du")) || words < 2)
        return 0;
      /* the joiner before the demonstrative */
      size_t k = frex_amount_blanks_before(t, from, ts), js;
      if (k > from && (t[k - 1] == ',' || t[k - 1] == ';'))
        js = k - 1;
      else if (k >= from + 3 && !strncmp(t + k - 2, "et", 2) &&
               t[k - 3] == ' ')
        js = k - 2;
      else
        return 0;
      /* no other figure between, but a date ("2 euros le 1er février,
       * celui de l'abonnement 48") */
      if (!compare_clear(t, from, js))
        return 0;
      int gap = 0;
      for (size_t i = from; i < js; i++) {
        if (strchr(".;:()%", t[i]))
          return 0;
        if (t[i] != ' ' && t[i] != ',' && (i == from || t[i - 1] == ' ') &&
            ++gap > 6)
          return 0;
      }
      frex_dec x;
      if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
        return 0;
      double a = dec_approx(head), b = dec_approx(&x);
      if (exp >= 3 && x.n + x.exp >= 4 && b > a * 10) {
        for (int i = 0; i < exp; i++) /* "1 million d'euros, celui du */
          a *= 10;                     /* gardien 200 000" */
        exp = 0;
      }
      /* everyday prices of one thing and of its bundle differ more than
       * figures of one scale: "le ticket passera à 2 euros, celui de
       * l'abonnement mensuel de 45 à 48" */
      double hi = exp == 0 ? 50 : 10;
      if (b * 10 < a || b > a * hi)
        return 0;
      frex_dec y;
      if (q2 > q) { /* the range's upper bound, as plausible */
        double c;
        if (frex_dec_parse(t + p2, q2 - p2, &y) < 0 || y.n == 0 ||
            frex_dec_cmp(&x, &y) > 0 || (c = dec_approx(&y)) * 10 < a ||
            c > a * hi)
          return 0;
        frex_dec_shift(&y, exp);
      }
      frex_dec_shift(&x, exp);
      int rc = frex_amount_emit(r, (span){p, q}, &x, code, false);
      if (rc == FREX_OK && q2 > q)
        rc = frex_amount_emit(r, (span){p2, q2}, &y, code, false);
      *mend = q2;
      return rc == FREX_OK ? 1 : rc;
    }
    /* a token of letters (digits after one: "T3"), no figure but an age
     * ("celui des moins de 26 ans 15") */
    if (!((t[ts] | 0x20) >= 'a' && (t[ts] | 0x20) <= 'z') &&
        (unsigned char)t[ts] != 0xC3 &&
        !(digit_at(t, ts) && (!strcmp(prev, "ans") || !strcmp(prev, "an"))))
      return 0;
    snprintf(prev, sizeof prev, "%s", ok2 == 1 && we == te ? w : "");
    ts = token_before(t, from, ts, &te);
  }
  return 0;
}

/* Is T[P] where a continuation may start: a digit, a sign, or a number
 * word, at a word start? */
static bool cont_candidate(const char *t, size_t p, size_t end, bool start) {
  unsigned char c = (unsigned char)t[p];
  if (!start)
    return false;
  if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 0xE2)
    return true;
  if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == 0xC3))
    return false;
  char w[16];
  int ok;
  frex_amount_word_lower(t, end, p, w, sizeof w, &ok);
  return ok > 0 && starts_num(w, strlen(w));
}

/* A scaled number before an amount with a scale, in its sentence, counts
 * the amount's money ("Ces 10 milliards supplémentaires s'ajoutent aux
 * 20 milliards d'euros déjà engagés"): the continuation grammar and its
 * count checks, read back to the sentence start or LO (the end of the
 * chain before), at most CONT_REACH bytes.  So does one before a full
 * amount of five digits or more that is itself a labelled list item: the
 * currency is often written on the list's second item only ("La Région
 * apportera 1,5 million, Lannion-Trégor Communauté 600 000 euros").
 * Before any other amount, one that a comma ends: an apposition or a
 * clause that the amount then qualifies ("une dotation de 18,4 millions,
 * en baisse de 400 000 euros", "3,5 millions, dont 800 000 euros pour la
 * voirie"); COMMA asks for it. */
static int continue_before(run *r, pcre2_match_data *md, size_t at,
                           size_t lo, const char *code, bool comma) {
  const char *t = r->doc->text;
  size_t from = at > lo + CONT_REACH ? at - CONT_REACH : lo;
  from = sentence_start(t, from, at);
  int rc = 0;
  for (size_t p = from; p < at && rc >= 0;) {
    size_t mend = p;
    if (cont_candidate(t, p, at, p == from || !may_follow_word(t, p)) &&
        (rc = try_continuation(r, md, p, at, from, code, comma, &mend)) ==
            1) {
      p = mend;
      continue;
    }
    p++;
  }
  return rc < 0 ? rc : FREX_OK;
}

/* README "AMOUNT decisions": the sentence after a scaled amount goes on
 * with its budget when it opens with a determiner and a noun of money
 * ("Le budget atteint 95 millions d'euros. Les investissements
 * représentent 30 millions, dont 12 pour les écoles."), or when a verb
 * that gives money stands right before its first figure ("Action
 * Logement apportera 300 millions et les bailleurs 150 millions"): its first figure,
 * at most six words on, in the same paragraph, is a scaled number
 * without a currency that counts nothing; it takes the amount's currency
 * and the chain goes on in that sentence (up to BRIDGES_MAX sentences;
 * into a new paragraph only with a subject of money).  END: the
 * '.' that ends the amount's sentence (at most TO).  1 if emitted (*PS:
 * where the number starts, *MEND where it ends), 0, or an error. */
/* Is the word right before P (back to S) a form of a verb that gives or
 * spends money ("Action Logement apportera 300 millions", "les
 * collectivités ont versé 40 millions")?  By the verb's stem: apport-,
 * vers-, invest-, inject-, débloqu-, financ-, prêt-, consacr-, allou-,
 * dépens-, mobilis-, coût-, rapport-, économis-, encaiss-, rembours-. */
/* Where the modifiers of a figure before P start, back to S ("a coûté
 * près de 90 millions", "ne rapportent plus que 24 millions", "a dépensé
 * à peine 5 millions", "a engagé au total 7 milliards"): the verb stands
 * before them.  P itself when none stands there. */
static size_t figure_modifiers_before(const char *t, size_t s, size_t p) {
  static const char *const one[] = {
      "d\xc3\xa9j\xc3\xa0", "encore", "environ", "presque", "quasiment",
      "quelque", "seulement"};
  char w[24];
  for (int n = 0; n < 3; n++) {
    size_t b = frex_amount_word_before(t, s, p, w, sizeof w);
    if (b == p)
      return p;
    if (word_in(w, 0, strlen(w), one, sizeof one / sizeof *one)) {
      p = b;
      continue;
    }
    char x[8];
    size_t a = frex_amount_word_before(t, s, b, x, sizeof x);
    if (a == b)
      return p;
    /* "près de", "plus de", "moins de" ("pas moins de"); "plus que",
     * "que" of "ne ... que"; "à peine"; "au total", "au moins" */
    if (!strcmp(w, "de") &&
        (!strcmp(x, "pr\xc3\xa8s") || !strcmp(x, "plus") || !strcmp(x, "moins")))
      p = a;
    else if (!strcmp(w, "que"))
      p = !strcmp(x, "plus") ? a : b;
    else if (!strcmp(w, "peine") && !strcmp(x, "\xc3\xa0"))
      p = a;
    else if ((!strcmp(w, "total") || !strcmp(w, "moins")) && !strcmp(x, "au"))
      p = a;
    else
      return p;
  }
  return p;
}

static bool money_verb_at(const char *t, size_t s, size_t p, bool strong);

/* A verb of money right before P or before the figure's modifiers ("a
 * coûté près de 90 millions"); past modifiers only a verb that is money
 * whatever follows: "La grève a touché près de 1 million", "ont mobilisé
 * plus de 2 millions" count people. */
static bool money_verb_before(const char *t, size_t s, size_t p) {
  if (money_verb_at(t, s, p, false))
    return true;
  size_t m = figure_modifiers_before(t, s, p);
  return m < p && money_verb_at(t, s, m, true);
}

/* ... the verb right before P; STRONG: not one that may count people or
 * things (touch-, mobilis-, perd-, recev-, absorb-, claims). */
static bool money_verb_at(const char *t, size_t s, size_t p, bool strong) {
  static const char *const weak[] = {
      "absorb", "exig", "mobilis", "perd", "per\xc3\xa7oi", "percev",
      "r\xc3\xa9" "clam", "re\xc3\xa7oi", "re\xc3\xa7u", "recev", "requi",
      "touch"};
  static const char *const stems[] = {
      "apport", "vers",  "invest", "inject", "d\xc3\xa9" "bloqu",
      "financ", "pr\xc3\xaat", "consacr", "allou", "d\xc3\xa9pens",
      "mobilis",
      /* ... or that costs, earns or saves it ("Le programme coûtera 67
       * milliards", "a rapporté 3 millions", "a économisé 2 millions") */
      "co\xc3\xbbt", "rapport", "\xc3\xa9" "conomis", "encaiss", "rembours",
      /* ... or that receives, pays or takes a share of it ("Les communes
       * recevront 9 millions", "Les hôpitaux toucheront 1,2 milliard",
       * "Le tramway absorbera 70 millions"); a count after them is caught
       * by counts_after ("9 millions de visiteurs"); not "représente",
       * which counts as often ("Les inscriptions représentent 2
       * millions") */
      "recev", "re\xc3\xa7oi", "re\xc3\xa7u", "per\xc3\xa7oi", "percev",
      "touch", "absorb", "pai", "pay", "emprunt",
      /* ... or that claims it in court or at a table ("L'Urssaf réclame
       * 1,1 million", "Le parquet a requis 2 millions", "exige 3
       * millions") */
      "r\xc3\xa9" "clam", "exig", "requi",
      /* ... or that loses or values it ("avait perdu 1,1 million en
       * 2024", "un tour qui valorise la société 11,7 milliards") */
      "perd", "valoris",
      /* ... or that raises or commits it ("La start-up a levé 15
       * millions", "lèvera", "Le club a engagé 44 millions sur le
       * mercato"); "2 millions de doses" counts (counts_after) */
      "lev", "l\xc3\xa8v", "engag",
      /* ... or that pays out, pockets, bills, collects or books it ("a
       * déboursé 30 millions", "a empoché 1,5 million", "le Téléthon a
       * collecté 75 millions", "a dégagé 1,2 milliard"); not "réuni",
       * "rassemblé", "attiré": audiences */
      /* "collecté(e)(s)": the first byte of "é" as a stem, so that not
       * "collectivités" */
      "collecte", "collect\xc3",
      "d\xc3\xa9" "bours", "d\xc3\xa9gag", "empoch", "factur",
      "provisionn", "r\xc3\xa9" "colt"};
  /* verbs whose money comes after "de": "Les collèges bénéficieront de 30
   * millions", "Chaque quartier disposera de 2 millions" */
  static const char *const de_stems[] = {"b\xc3\xa9n\xc3\xa9" "fici", "dispos",
                                         "dot\xc3\xa9",
                                         /* "financé par l'État à hauteur de
                                          * 2 millions" */
                                         "hauteur"};
  char w[24];
  size_t b = frex_amount_word_before(t, s, p, w, sizeof w);
  if (b == p)
    return false;
  if (strong)
    for (size_t k = 0; k < sizeof weak / sizeof *weak; k++)
      if (!strncmp(w, weak[k], strlen(weak[k])))
        return false;
  bool de = !strcmp(w, "de") || !strcmp(w, "d");
  if (!strcmp(w, "charge")) { /* "L'État prend en charge 2 millions" */
    size_t j = frex_amount_word_before(t, s, b, w, sizeof w);
    return j < b && !strcmp(w, "en");
  }
  if (!strcmp(w, "\xc3\xa0")) { /* "pourront emprunter jusqu'à 2 millions" */
    size_t j = frex_amount_word_before(t, s, b, w, sizeof w);
    /* a fine: "Google avait été condamné à 4,1 milliards" */
    if (j < b && !strncmp(w, "condamn", 7))
      return true;
    /* a value: "Elle est désormais valorisée à 5 milliards", "valorise
     * l'entreprise à environ 80 millions" (the firm: a determiner and at
     * most two words) */
    if (j < b && !strncmp(w, "valoris", 7))
      return true;
    if (j < b) {
      static const char *const fdets[] = {"l", "la", "le", "sa", "son"};
      char f[24];
      for (size_t v = j, n = 0; n < 2; n++) {
        size_t d = frex_amount_word_before(t, s, v, f, sizeof f);
        if (d == v)
          break;
        if (word_in(f, 0, strlen(f), fdets, sizeof fdets / sizeof *fdets)) {
          size_t vv = frex_amount_word_before(t, s, d, f, sizeof f);
          if (vv < d && !strncmp(f, "valoris", 7))
            return true;
          break;
        }
        v = d;
      }
    }
    /* a cost estimated again: "En 2022, EDF l'estimait à 51,7
     * milliards" (its object a pronoun, the money said before) */
    static const char *const est[] = {"chiffr", "estim", "\xc3\xa9valu"};
    if (j < b)
      for (size_t i = 0; i < sizeof est / sizeof *est; i++)
        if (!strncmp(w, est[i], strlen(est[i])) && j >= s + 2 &&
            (t[j - 1] == '\'' ||
             ((unsigned char)t[j - 1] == 0x99 && j >= s + 4)) &&
            (t[j - 1] == '\'' ? j - 2 : j - 4) >= s &&
            (t[t[j - 1] == '\'' ? j - 2 : j - 4] | 0x20) == 'l')
          return true;
    if (j == b || strcmp(w, "jusqu") ||
        (b = frex_amount_word_before(t, s, j, w, sizeof w)) == j)
      return false;
  } else if (de && (b = frex_amount_word_before(t, s, b, w, sizeof w)) < p) {
    for (size_t k = 0; k < sizeof de_stems / sizeof *de_stems; k++)
      if (!strncmp(w, de_stems[k], strlen(de_stems[k])))
        return true;
    return false;
  } else if (de) {
    return false;
  } else if (!strcmp(w, "pour")) {
    /* a sale's price: "Nous avons vendu pour 95 millions", "L'attaquant
     * est arrivé pour 18 millions" */
    static const char *const sale[] = {"achet", "arriv", "c\xc3\xa9" "d",
                                       "recrut", "vend", "transf\xc3\xa9r"};
    if ((b = frex_amount_word_before(t, s, b, w, sizeof w)) == p)
      return false;
    for (size_t k = 0; k < sizeof sale / sizeof *sale; k++)
      if (!strncmp(w, sale[k], strlen(sale[k])))
        return true;
    /* ... past the thing bought, in its clause: "Amazon avait acquis en
     * 2021 les droits de la Ligue 1 pour 250 millions par an", "a racheté
     * le club pour 80 millions" (a count after it is counts_after's) */
    static const char *const bought[] = {"achet", "acqui", "acquer",
                                         "rachet", "c\xc3\xa9" "d",
                                         "vend", "lou\xc3\xa9"};
    for (int n = 0; n < 9; n++) {
      size_t a = frex_amount_word_before(t, s, b, w, sizeof w);
      if (a == b) { /* a number in the thing's name or a year: "la Ligue
                     * 1", "en 2021" */
        a = frex_amount_blanks_before(t, s, b);
        size_t d = a;
        while (d > s && digit_at(t, d - 1))
          d--;
        if (d == a || d - 1 < s || t[d - 1] != ' ')
          return false;
        b = d;
        w[0] = '\0';
        continue;
      }
      for (size_t i = a; i < b; i++)
        if (strchr(",;:()", t[i]))
          return false;
      b = a;
      if (!strcmp(w, "vendredi"))
        continue;
      for (size_t k = 0; k < sizeof bought / sizeof *bought; k++)
        if (!strncmp(w, bought[k], strlen(bought[k])))
          return true;
    }
    return false;
  }
  for (size_t k = 0; k < sizeof stems / sizeof *stems; k++)
    if (!strncmp(w, stems[k], strlen(stems[k])) &&
        strlen(w) > strlen(stems[k]))
      return true;
  /* the firm valued between: "un tour qui valorise la société 11,7
   * milliards", "valorisant l'entreprise 2 milliards" */
  static const char *const firm_dets[] = {"l", "la", "le", "sa", "son"};
  size_t d = frex_amount_word_before(t, s, b, w, sizeof w);
  if (d < b && word_in(w, 0, strlen(w), firm_dets,
                       sizeof firm_dets / sizeof *firm_dets)) {
    size_t v = frex_amount_word_before(t, s, d, w, sizeof w);
    return v < d && !strncmp(w, "valoris", 7);
  }
  return false;
}

/* Is [S, E) a sentence without a digit? */
static bool figureless(const char *t, size_t s, size_t e) {
  for (size_t i = s; i < e; i++)
    if (digit_at(t, i))
      return false;
  return true;
}

/* Is the number at P, with its scale word, followed by "pour" before SEND
 * ("180 millions pour le RSA": money shared out)? */
static bool allocated_after(const char *t, size_t p, size_t send) {
  size_t q = p;
  while (q < send && (digit_at(t, q) || t[q] == ',' || t[q] == ' '))
    q++;
  size_t w = q;
  while (q < send && t[q] >= 'a' && t[q] <= 'z')
    q++;
  if (q == w)
    return false; /* no scale word */
  while (q < send && t[q] == ' ')
    q++;
  return q + 5 <= send && !memcmp(t + q, "pour ", 5);
}

/* Does the bracket at B hold a number and a scale word alone ("(3,2
 * millions)")? */
static bool bracket_scaled(const char *t, size_t b, size_t send) {
  size_t q = b + 1;
  while (q < send && (digit_at(t, q) || t[q] == ',' || t[q] == ' '))
    q++;
  size_t w = q;
  while (q < send && t[q] >= 'a' && t[q] <= 'z')
    q++;
  if (q == w || q >= send || t[q] != ')')
    return false;
  return q - w >= 7 && (!memcmp(t + w, "million", 7) ||
                        (q - w >= 8 && !memcmp(t + w, "milliard", 8)));
}

static size_t big_scale_after(const char *t, size_t len, size_t q);

static int try_bridge(run *r, pcre2_match_data *md, size_t end, size_t to,
                      const char *code, size_t *ps, size_t *mend) {
  static const char *const dets[] = {"ce",  "ces", "l",   "la",   "le",
                                     "les", "leur", "leurs", "sa", "ses",
                                     "son"};
  const char *t = r->doc->text;
  /* a new paragraph of the same budget goes on only with a subject that
   * names a part of it or a verb that gives the money ("… 45 millions
   * pour l'enfance.⏎⏎Les investissements atteignent 110 millions");
   * past up to two sentences without a figure ("… 120 millions d'euros
   * d'ici 2030. Les travaux débuteront au printemps.⏎⏎La région
   * apportera 15 millions"), which cannot go on with it anyway */
  bool paragraph = false;
  size_t s;
  for (int skipped = 0;; skipped++) {
    if (end >= to || t[end] != '.')
      return 0;
    s = end + 1;
    while (s < to && (t[s] == '\n' || t[s] == '\r' || t[s] == ' ' ||
                      t[s] == '\t')) {
      paragraph |= t[s] == '\n';
      s++;
    }
    if (s >= to || !upper_at(t, s))
      return 0;
    size_t next = sentence_end(t, s, to);
    if (skipped == 2 || next >= to || t[next] != '.' || !figureless(t, s, next))
      break;
    end = next;
  }
  char w[20];
  int ok;
  size_t we = s;
  while (we < to && t[we] != ' ' && t[we] != '\'' &&
         !((unsigned char)t[we] == 0xE2 && we + 2 < to &&
           !memcmp(t + we, "\xe2\x80\x99", 3)))
    we++;
  frex_amount_word_lower(t, we, s, w, sizeof w, &ok);
  /* the subject names the budget's part (a determiner and a noun of
   * money), or any subject gives the money: its verb, right before the
   * figure, is one of money_verb_before's */
  bool money_subject = false;
  size_t ne = s;
  if (ok == 1 && word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets)) {
    size_t n = we < to && t[we] == '\'' ? we + 1
               : we < to && t[we] == ' ' ? we
                                         : we + 3;
    while (n < to && t[n] == ' ') /* "Les⏎dépenses" with CRLF: two spaces */
      n++;
    ne = n;
    while (ne < to && t[ne] != ' ' && t[ne] != ',' && t[ne] != '.')
      ne++;
    frex_amount_word_lower(t, ne, n, w, sizeof w, &ok);
    /* or of money_head's that name money alone ("le coût", "la facture",
     * "la masse salariale"; not "la somme des votes", "la valeur") */
    static const char *const heads[] = {"co\xc3\xbbt", "enveloppe",
                                        "facture", "rallonge"};
    money_subject =
        ok == 1 &&
        (sorted_has(w, money_nouns, sizeof money_nouns / sizeof *money_nouns) ||
         word_in(w, 0, strlen(w), heads, sizeof heads / sizeof *heads) ||
         (!strcmp(w, "masse") && ne + 11 <= to &&
          !memcmp(t + ne, " salariale", 10)));
    if (money_subject && !strcmp(w, "masse"))
      ne += 10;
    if (!money_subject)
      ne = s;
  }

  size_t send = sentence_end(t, s, to);
  /* a verb that gives or takes money right before the sentence's first
   * figure needs no short subject: "Parmi les investissements, la
   * rénovation de la piscine mobilisera 6,5 millions" */
  for (size_t p = ne; p < send; p++)
    if (digit_at(t, p)) {
      if (p > s && t[p - 1] == ' ' && money_verb_before(t, s, p)) {
        *ps = p;
        return try_continuation(r, md, p, send, s, code, false, mend);
      }
      break;
    }
  int words = 0;
  bool colon = false; /* the figure opens a list after a colon */
  bool colon_ahead = false; /* ... which the sentence holds */
  for (size_t p = ne; p + 2 < send && !colon_ahead; p++)
    colon_ahead = t[p] == ':' && t[p + 1] == ' ' && digit_at(t, p + 2);
  for (size_t p = ne; p < send; p++) {
    if (t[p] == ' ') { /* a word ends (a line break made spaces: many) */
      if (t[p - 1] != ' ')
        words++;
      continue;
    }
    if (t[p] == ':' && p + 2 < send && t[p + 1] == ' ' && digit_at(t, p + 2)) {
      colon = true; /* "Les dépenses se répartissent ainsi : 245 millions …" */
      continue;
    }
    /* a colon's list of works, each with its cost in brackets ("Parmi
     * les principaux chantiers : la rénovation de l'école Bisson (3,2
     * millions), la piscine (5,8 millions)"): its first figure goes on
     * with the budget when the bracket holds a scaled number alone; into
     * a new paragraph, only after an item that opens in lowercase (a
     * work, not a town's population: "Paris (2,1 millions)") */
    if (t[p] == ':' && p + 2 < send && t[p + 1] == ' ') {
      size_t b = p + 2;
      int iw = 0;
      /* words, not blanks: a line's trailing blank before its break, or
       * two spaces, is one gap */
      for (; b < send && t[b] != '(' && !strchr(",;:.%", t[b]) && iw <= 8; b++)
        iw += (t[b] == ' ' || t[b] == '\n') && t[b - 1] != ' ' &&
              t[b - 1] != '\n';
      if (b < send && t[b] == '(' && digit_at(t, b + 1) && iw <= 8 &&
          (!paragraph || !upper_at(t, p + 2)) && bracket_scaled(t, b, send)) {
        *ps = b + 1;
        return try_continuation(r, md, b + 1, send, s, code, false, mend);
      }
      /* after a subject of money, a colon's list of labelled items, each
       * a label, a comma and a scaled number, ";" between ("Les
       * investissements se répartissent ainsi : rénovation de l'école,
       * 2,5 millions ; voirie, 1,8 million ; piscine, 900 000") */
      b = p + 2, iw = 0;
      for (; b < send && !strchr(",;:.()%", t[b]) && !digit_at(t, b) &&
             iw <= 8;
           b++)
        iw += (t[b] == ' ' || t[b] == '\n') && t[b - 1] != ' ' &&
              t[b - 1] != '\n';
      if (money_subject && b + 2 < send && t[b] == ',' && t[b + 1] == ' ' &&
          digit_at(t, b + 2) && iw <= 8 && b > p + 2) {
        size_t c = b + 2, q = bare_number_end(t, send, c);
        size_t se = q > c ? big_scale_after(t, r->doc->len, q) : q;
        size_t k = se > q ? frex_amount_blanks_after(t, se, send) : se;
        if (se > q && k < send && t[k] == ';') {
          *ps = c;
          return try_continuation(r, md, c, send, s, code, false, mend);
        }
      }
      return 0;
    }
    if (t[p] == ',' && money_subject && p >= ne && words <= 6) {
      /* (right after its noun too: "Son endettement, lui, a baissé") */
      /* an apposition after the subject: "Les dépenses de personnel,
       * premier poste, atteignent 38,5 millions" */
      size_t c = p + 1;
      while (c < send && t[c] != ',' && !digit_at(t, c) &&
             !strchr(";:()%", t[c]))
        c++;
      if (c < send && t[c] == ',' && c - p < 60) {
        p = c;
        continue;
      }
    }
    if (strchr(",;:()%", t[p]))
      return 0;
    if (words > 6 && !colon_ahead)
      return 0;
    if (digit_at(t, p)) {
      if (paragraph && !money_subject && !money_verb_before(t, s, p))
        return 0;
      /* any subject, when the colon's list shares the money out ("L'action
       * sociale en absorbe près de la moitié : 180 millions pour le RSA,
       * 120 millions pour…") */
      bool shared = colon && allocated_after(t, p, send);
      if (t[p - 1] != ' ' || (words > 6 && !shared) ||
          (!money_subject && !money_verb_before(t, s, p) && !shared))
        return 0;
      *ps = p;
      return try_continuation(r, md, p, send, s, code, false, mend);
    }
  }
  return 0;
}

/* ------------------------------------------------ money by its name
 *
 * README "AMOUNT decisions": later in an article that has given an amount,
 * a scaled number in digits without a currency is money when its words
 * say so, though no chain reaches it: a noun of money after it ("vise 1,6
 * milliard de chiffre d'affaires", "Nous perdons 25 millions de
 * recettes") or a verb that gives or takes money right before it ("Il
 * investira 210 millions" a paragraph on).  It takes the currency of the
 * latest amount before it; the continuation grammar's count checks hold
 * ("investira 2 millions d'heures" counts). */

/* Does a scale word "million(s)" / "milliard(s)" start after the blanks
 * at Q?  Its end, else Q. */
static size_t big_scale_after(const char *t, size_t len, size_t q) {
  char w[12];
  size_t ws, we = next_word(t, len, q, w, sizeof w, &ws);
  if (ws == q || we == ws)
    return q;
  return !strcmp(w, "million") || !strcmp(w, "millions") ||
                 !strcmp(w, "milliard") || !strcmp(w, "milliards")
             ? we
             : q;
}

/* Does a participle of money follow the scale ending at SE, maybe after
 * auxiliaries and adverbs: the figure is the money spent or raised ("60
 * millions ont été investis dans le stade", "Quelque 3 millions seront
 * consacrés à la voirie", "12 millions ont déjà été levés", "45 milliards
 * dépensés")?  Not a reflexive ("2 millions se sont levés contre la
 * réforme"), nor a participle that may count people ("vaccinés",
 * "inscrits", "touchés", "mobilisés", "distribués"). */
static bool money_passive_after(const char *t, size_t len, size_t se) {
  static const char *const aux[] = {
      "a", "aura", "auraient", "auront", "avaient", "avait", "d\xc3\xa9j\xc3\xa0",
      "devaient", "devraient", "devront", "doivent", "encore", "est",
      "finalement", "ont", "seraient", "seront", "sont", "sera", "\xc3\xa9t\xc3\xa9",
      "\xc3\xa9taient", "\xc3\xaatre"};
  static const char *const stems[] = {
      "allou", "apport", "consacr", "d\xc3\xa9" "bloqu", "d\xc3\xa9" "bours",
      "d\xc3\xa9pens", "emprunt", "encaiss", "engag", "financ", "inject",
      "invest", "lev", "collect", "provisionn", "pr\xc3\xaat",
      "r\xc3\xa9" "colt", "rembours", "vers", "\xc3\xa9" "conomis"};
  static const char *const ends[] = {"\xc3\xa9", "\xc3\xa9s", "\xc3\xa9" "e",
                                     "\xc3\xa9" "es", "i", "is"};
  char w[24];
  size_t k = se;
  for (int n = 0; n < 5; n++) {
    size_t ws, we = next_word(t, len, k, w, sizeof w, &ws);
    if (we == ws)
      return false;
    /* only blanks between: "ont, dit-il," is no chain */
    for (size_t i = k; i < ws; i++)
      if (t[i] != ' ' && t[i] != '\n')
        return false;
    k = we;
    if (word_in(w, 0, strlen(w), aux, sizeof aux / sizeof *aux))
      continue;
    size_t wl = strlen(w);
    for (size_t i = 0; i < sizeof stems / sizeof *stems; i++) {
      size_t sl = strlen(stems[i]);
      if (wl <= sl || strncmp(w, stems[i], sl))
        continue;
      for (size_t j = 0; j < sizeof ends / sizeof *ends; j++)
        if (!strcmp(w + sl, ends[j]))
          return true;
    }
    return false;
  }
  return false;
}

/* Does a label of money open the sentence at S and end with a colon right
 * before P: at most three words, one a noun of money ("Investissement :
 * 3,9 millions", "Dette au 1er janvier : 9,8 millions"; not "Population :
 * 3 millions")? */
static bool money_label(const char *t, size_t s, size_t p) {
  size_t k = frex_amount_blanks_before(t, s, p);
  if (k <= s || t[k - 1] != ':')
    return false;
  bool money = false;
  int words = 0;
  for (size_t i = s; i < k - 1;) {
    char w[24];
    int ok;
    size_t e = frex_amount_word_lower(t, k - 1, i, w, sizeof w, &ok);
    if (e > i) {
      if (++words > 3)
        return false;
      money |= ok == 1 && money_head(w);
      i = e;
    } else {
      i++;
    }
  }
  return money;
}

static size_t big_scale_after(const char *t, size_t len, size_t q);

/* Does the colon at C open a list of labelled items whose first is the
 * number at P: a label of at most eight words without a figure, a comma,
 * the number, its scale word and ";"? */
static bool colon_item(const char *t, size_t len, size_t c, size_t p) {
  size_t b = c + 1;
  int iw = 0;
  while (b < p && t[b] == ' ')
    b++;
  /* a bulleted line: "Les dépenses sociales en représentent plus de la
   * moitié :⏎- RSA : 98 millions ;⏎- allocation … : 112 millions" */
  if (b < p && (t[b] == '\n' || t[b] == '\r')) {
    while (b < p && (t[b] == '\n' || t[b] == '\r' || t[b] == ' '))
      b++;
    if (b < p && (t[b] == '-' || t[b] == '*'))
      b++;
    else if (b + 3 <= p && (!memcmp(t + b, "\xe2\x80\xa2", 3) ||
                            !memcmp(t + b, "\xe2\x80\x93", 3)))
      b += 3; /* "•", "–" */
    else
      return false;
    while (b < p && t[b] == ' ')
      b++;
    size_t ls = b;
    for (; b < p && !strchr(",;:.()%\n", t[b]) && !digit_at(t, b) && iw <= 8;
         b++)
      iw += t[b] == ' ' && t[b - 1] != ' ';
    if (b == ls || iw > 8 || t[b] != ':' ||
        frex_amount_blanks_after(t, b + 1, p) != p)
      return false;
    size_t q = bare_number_end(t, len, p);
    size_t se = q > p ? big_scale_after(t, len, q) : q;
    size_t k = se > q ? frex_amount_blanks_after(t, se, len) : se;
    return se > q && (k >= len || t[k] == ';' || t[k] == '.' ||
                      t[k] == '\n' || t[k] == '\r');
  }
  size_t ls = b;
  for (; b < p && !strchr(",;:.()%", t[b]) && !digit_at(t, b) && iw <= 8; b++)
    iw += t[b] == ' ' && t[b - 1] != ' ';
  if (b == ls || iw > 8 || t[b] != ',' || frex_amount_blanks_after(t, b + 1, p) != p)
    return false;
  size_t q = bare_number_end(t, len, p);
  size_t se = q > p ? big_scale_after(t, len, q) : q;
  size_t k = se > q ? frex_amount_blanks_after(t, se, len) : se;
  return se > q && k < len && t[k] == ';';
}

/* Where "de" starts in "de N à " right before P (N a bare number in
 * digits), not before LO; else P. */
static size_t range_low_before(const char *t, size_t lo, size_t p) {
  char w[4];
  size_t b = frex_amount_word_before(t, lo, p, w, sizeof w);
  if (b == p || strcmp(w, "\xc3\xa0"))
    return p;
  size_t k = b;
  while (k > lo && t[k - 1] == ' ')
    k--;
  size_t ne = k;
  while (k > lo && (digit_at(t, k - 1) ||
                    ((t[k - 1] == ',' || t[k - 1] == ' ') && k - 1 > lo &&
                     digit_at(t, k - 2) && digit_at(t, k))))
    k--;
  if (k == ne || bare_number_end(t, ne, k) != ne)
    return p;
  size_t d = frex_amount_word_before(t, lo, k, w, sizeof w);
  return d < k && !strcmp(w, "de") ? k : p;
}

/* Where a change in percent before the figure at P starts ("a progressé
 * de 6 % à 520 millions", "a reculé de 12,5 % à 45 millions"), back to
 * LO; else P. */
static size_t percent_change_before(const char *t, size_t lo, size_t p) {
  char w[4];
  size_t a = frex_amount_word_before(t, lo, p, w, sizeof w);
  if (a == p || strcmp(w, "\xc3\xa0"))
    return p;
  size_t k = frex_amount_blanks_before(t, lo, a);
  if (k == lo || t[k - 1] != '%')
    return p;
  k = frex_amount_blanks_before(t, lo, k - 1);
  size_t ne = k;
  while (k > lo && (digit_at(t, k - 1) ||
                    (t[k - 1] == ',' && k - 1 > lo && digit_at(t, k - 2))))
    k--;
  if (k == ne)
    return p;
  size_t d = frex_amount_word_before(t, lo, k, w, sizeof w);
  return d < k && !strcmp(w, "de") ? d : p;
}

/* Does the sentence at S open with a subject of money, a determiner and a
 * noun of money, with at most six words and no figure, comma or colon
 * between it and P ("Les subventions aux hôpitaux universitaires
 * s'élèvent à 1,1 milliard", "La masse salariale dépasse désormais 100
 * millions")? */
static bool money_subject_before(const char *t, size_t len, size_t lo,
                                 size_t s, size_t p) {
  static const char *const dets[] = {"ce", "ces", "l", "la", "le", "les",
                                     "leur", "leurs", "sa", "ses", "son"};
  /* a part of a budget named by its money: "La section d'investissement
   * pèse 38 millions", "Le volet de fonctionnement" */
  static const char *const parts[] = {"ligne", "part", "partie", "poste",
                                      "section", "volet"};
  static const char *const pronouns[] = {"elle", "elles", "il", "ils"};
  char w[24];
  int ok;
  s = frex_amount_blanks_after(t, s, p);
  while (s < p && (t[s] == '\n' || t[s] == '\r'))
    s = frex_amount_blanks_after(t, s + 1, p);
  size_t e = frex_amount_word_lower(t, p, s, w, sizeof w, &ok);
  /* a source fronted before the subject: "Selon la DDTM, les dégâts sont
   * estimés à 35 millions" */
  if (e > s && ok == 1 && !strcmp(w, "selon")) {
    size_t c = e;
    while (c < p && t[c] != ',' && !digit_at(t, c) && c - e < 80)
      c++;
    if (c < p && t[c] == ',') {
      s = frex_amount_blanks_after(t, c + 1, p);
      e = frex_amount_word_lower(t, p, s, w, sizeof w, &ok);
    }
  }
  size_t ne;
  if (e > s && ok == 1 &&
      word_in(w, 0, strlen(w), pronouns, sizeof pronouns / sizeof *pronouns)) {
    /* a pronoun after a sentence whose subject is money goes on with it:
     * "Les recettes ont atteint 1,8 million d'euros. Elles devraient
     * grimper à 2,2 millions" */
    size_t k = s;
    while (k > lo && (t[k - 1] == ' ' || t[k - 1] == '\n'))
      k--;
    if (k == lo || t[k - 1] != '.')
      return false;
    size_t ps = frex_amount_blanks_after(t, sentence_start(t, lo, k - 1), k);
    /* its subject: a determiner and a noun of money */
    bool plural = w[strlen(w) - 1] == 's';
    /* it moves to the figure: "Elles devraient grimper à 2,2 millions"
     * (not "Il représente 30 millions", which counts as often) */
    char a[4] = "";
    size_t ab = frex_amount_word_before(t, e, range_low_before(t, e, p), a,
                                        sizeof a);
    if (strcmp(a, "\xc3\xa0"))
      return false;
    (void)ab;
    size_t de = frex_amount_word_lower(t, k, ps, w, sizeof w, &ok);
    if (de == ps || ok != 1 ||
        !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
      return false;
    static const char *const plurals[] = {"ces", "leurs", "les", "ses"};
    if (plural != word_in(w, 0, strlen(w), plurals,
                          sizeof plurals / sizeof *plurals))
      return false; /* "Le budget … Ils vont vers 3 millions" */
    if (de < k && (t[de] == '\'' || (unsigned char)t[de] == 0xE2))
      de += t[de] == '\'' ? 1 : 3;
    de = frex_amount_blanks_after(t, de, k);
    if (frex_amount_word_lower(t, k, de, w, sizeof w, &ok) == de || ok != 1 ||
        !money_head(w))
      return false;
    ne = e;
  } else {
    if (e == s || ok != 1 ||
        !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
      return false;
    if (e < p && (t[e] == '\'' || (unsigned char)t[e] == 0xE2))
      e += t[e] == '\'' ? 1 : 3;
    e = frex_amount_blanks_after(t, e, p);
    ne = frex_amount_word_lower(t, p, e, w, sizeof w, &ok);
    if (ne == e || ok != 1)
      return false;
    if (!money_head(w)) {
      char x[4];
      size_t xs, xe = next_word(t, p, ne, x, sizeof x, &xs);
      if (!word_in(w, 0, strlen(w), parts, sizeof parts / sizeof *parts) ||
          xe == xs || !(!strcmp(x, "de") || !strcmp(x, "d")) ||
          !money_noun_at(t, p, xe))
        return false;
    }
  }
  /* a range's lower bound may stand before the number: "passe de 4 à
   * 5,5 millions" */
  size_t lb = range_low_before(t, ne, p);
  if (lb < p)
    p = lb;
  p = percent_change_before(t, ne, p);
  int words = 0;
  for (size_t i = ne; i < p; i++) {
    /* "Les investissements se répartissent ainsi : rénovation de l'école,
     * 2,5 millions ; voirie, …"; a list's head may be longer than a
     * subject before its verb ("Les dépenses sociales en représentent
     * plus de la moitié :⏎- RSA : 98 millions ;") */
    if (t[i] == ':' && words <= 11 && colon_item(t, len, i, p))
      return true;
    /* ... or the figures right after the colon: "Les aides à la
     * rénovation sont réparties ainsi : 2,1 milliards pour
     * MaPrimeRénov', 500 millions pour les copropriétés" */
    if (t[i] == ':' && words <= 11 && frex_amount_blanks_after(t, i + 1, p) == p)
      return true;
    if (digit_at(t, i) || strchr(",;:()%", t[i]))
      return false;
    if (t[i] == ' ' && t[i - 1] != ' ')
      words++;
  }
  return words <= 7;
}

/* Does a noun of money govern the number at P through "de", or through
 * "à" after a verb that puts a figure on it?  "un chiffre d'affaires de
 * 78,5 millions", "une aide d'urgence de 50 millions", "un bénéfice net
 * de 8 millions", "L'endettement, de 62 millions, reste maîtrisé"; "EDF
 * avait estimé le coût des six réacteurs à 67,4 milliards".  Between the
 * noun and "de" at most two adjectives of a figure or "d'" complements
 * ("d'affaires", "d'urgence"); "une population de 3 millions" has no noun
 * of money, "la dette de 3 millions de ménages" counts (counts_after). */
static bool money_noun_before(const char *t, size_t s, size_t p,
                              size_t *noun) {
  static const char *const mods[] = {
      "annuel", "annuelle", "brut", "brute", "cumul\xc3\xa9",
      "cumul\xc3\xa9" "e", "exceptionnel", "exceptionnelle", "final",
      "finale", "global", "globale", "initial", "initiale", "net", "nette",
      "record", "suppl\xc3\xa9mentaire", "total", "totale"};
  /* verbs that put a figure on a cost: "estimé le coût à", "chiffre le
   * préjudice à", "évalue la facture à" */
  static const char *const valued[] = {"chiffr", "estim", "\xc3\xa9valu",
                                       "fix", "plafonn", "port\xc3\xa9",
                                       "ramen"};
  static const char *const dets[] = {"ce", "cet", "cette", "l", "la", "le",
                                     "les", "leur", "sa", "ses", "son"};
  /* nouns of a deal or a plan, money when "de" and a scaled figure follow
   * them ("un plan de 20 milliards", "une levée de fonds de 1,7
   * milliard", "un contrat de 9 milliards"); a count after the figure is
   * counts_after's ("un plan de 2 millions de logements") */
  static const char *const deals[] = {
      "acquisition", "chantier", "commande", "contrat", "effort",
      "lev\xc3\xa9" "e", "offre", "op\xc3\xa9ration", "plan", "programme",
      "projet", "rachat", "soutien", "tour", "transaction", "valorisation"};
  char w[24];
  size_t b = frex_amount_word_before(t, s, p, w, sizeof w);
  if (b == p)
    return false;
  if (!strcmp(w, "\xc3\xa0")) {
    /* back over the noun's complements to it, at most six words, then
     * its determiner and the verb */
    size_t k = b;
    for (int n = 0; n < 7; n++) {
      size_t a = frex_amount_word_before(t, s, k, w, sizeof w);
      if (a == k)
        return false;
      k = a;
      if (!money_head(w))
        continue;
      if ((a = frex_amount_word_before(t, s, k, w, sizeof w)) == k ||
          !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
        return false;
      /* "avait estimé en 2023 le coût": back over "en" and a year */
      size_t y = frex_amount_blanks_before(t, s, a);
      if (y >= s + 4 && digit_at(t, y - 1) && digit_at(t, y - 4)) {
        size_t e = frex_amount_word_before(t, s, y - 4, w, sizeof w);
        if (e == y - 4 || strcmp(w, "en"))
          return false;
        a = e;
      }
      if ((k = frex_amount_word_before(t, s, a, w, sizeof w)) == a)
        return false;
      for (size_t i = 0; i < sizeof valued / sizeof *valued; i++)
        if (!strncmp(w, valued[i], strlen(valued[i]))) {
          *noun = a;
          return true;
        }
      return false;
    }
    return false;
  }
  if (strcmp(w, "de") && strcmp(w, "d"))
    return false;
  size_t k = frex_amount_blanks_before(t, s, b);
  if (k > s && t[k - 1] == ',') /* an apposition: "L'endettement, de 62" */
    b = k - 1;
  for (int n = 0; n < 3; n++) {
    size_t a = frex_amount_word_before(t, s, b, w, sizeof w);
    if (a == b)
      return false;
    if (money_head(w) ||
        word_in(w, 0, strlen(w), deals, sizeof deals / sizeof *deals)) {
      *noun = a;
      return true;
    }
    /* "un manque à gagner de 3 millions": money not earned */
    if (!strcmp(w, "gagner")) {
      size_t c = frex_amount_word_before(t, s, a, w, sizeof w), m = c;
      bool ok = c < a && !strcmp(w, "\xc3\xa0") &&
                (m = frex_amount_word_before(t, s, c, w, sizeof w)) < c &&
                !strcmp(w, "manque");
      if (ok)
        *noun = m;
      return ok;
    }
    if (!word_in(w, 0, strlen(w), mods, sizeof mods / sizeof *mods)) {
      /* a complement: "d'affaires", "d'urgence" */
      size_t d = frex_amount_word_before(t, s, a, w, sizeof w);
      if (d == a || (strcmp(w, "d") && strcmp(w, "de")))
        return false;
      a = d;
    }
    b = a;
  }
  return false;
}

/* A subject of money opening a relative clause after "dont" before P:
 * "le chantier de Flamanville 3, dont le coût final a atteint 23,7
 * milliards" (money_subject_before from there). */
static bool money_subject_after_dont(const char *t, size_t len, size_t s,
                                     size_t p) {
  size_t d = p;
  for (size_t i = s; i + 6 <= p; i++)
    if (!memcmp(t + i, "dont ", 5) && (i == s || t[i - 1] == ' '))
      d = i + 5;
  return d < p && money_subject_before(t, len, s, d, p);
}

/* The words from A to B (A after a blank), INT_MAX when a figure or a
 * mark that ends a phrase (, ; : ( ) %) stands among them: how far a
 * subject is from its figure. */
static int plain_words(const char *t, size_t a, size_t b) {
  int words = 0;
  for (size_t i = a; i < b; i++) {
    if (digit_at(t, i) || strchr(",;:()%", t[i]))
      return INT_MAX;
    if (t[i] == ' ' && t[i - 1] != ' ')
      words++;
  }
  return words;
}

/* Is the number at P reached by "à" from a pronoun opening the clause
 * after a colon, whose antecedent is a noun of money of its number in
 * the clause before: "La baisse des droits télévisés explique le recul :
 * ils sont passés de 44 à 19 millions", "Les recettes ont bondi : elles
 * ont grimpé à 21 millions" (not "Le club explique : il a
 * recruté 3 millions de supporteurs", no noun of money). */
static bool money_pronoun_after_colon(const char *t, size_t s, size_t p) {
  static const char *const dets[] = {"ces", "de", "des", "du", "l", "la",
                                     "le", "les", "leur", "leurs", "sa",
                                     "ses", "son"};
  size_t c = p;
  for (size_t i = s; i < p; i++)
    if (t[i] == ':')
      c = i;
  if (c == p)
    return false;
  char w[24];
  int ok;
  size_t a = frex_amount_blanks_after(t, c + 1, p);
  size_t e = frex_amount_word_lower(t, p, a, w, sizeof w, &ok);
  if (e == a || ok != 1 ||
      (strcmp(w, "il") && strcmp(w, "ils") && strcmp(w, "elle") &&
       strcmp(w, "elles")))
    return false;
  bool plural = w[strlen(w) - 1] == 's';
  /* a verb of change to the figure, a range's low bound before it */
  size_t lb = range_low_before(t, e, p);
  char x[4] = "";
  frex_amount_word_before(t, e, lb, x, sizeof x);
  if (strcmp(x, "\xc3\xa0") && !(lb < p))
    return false;
  if (plain_words(t, e, lb) > 6)
    return false;
  /* the antecedent: a noun of money of that number after a determiner,
   * past an incise's commas and brackets ("La baisse des droits
   * télévisés, versés par la Ligue (LFP), explique le recul : ils…"), at
   * most 24 words back */
  for (size_t k = c, back = 0; k > s && back < 24;) {
    size_t b = frex_amount_word_before(t, s, k, w, sizeof w);
    if (b == k) { /* punctuation, a digit or an acronym: step over it */
      k--;
      while (k > s && ((unsigned char)t[k] & 0xC0) == 0x80)
        k--;
      continue;
    }
    k = b;
    back++;
    size_t n = strlen(w);
    if (!n || !money_head(w) || (w[n - 1] == 's' || w[n - 1] == 'x') != plural)
      continue;
    size_t d = frex_amount_word_before(t, s, b, w, sizeof w);
    if (d < b && word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
      return true;
  }
  return false;
}

/* Is the number at P reached by "à" from a verb of change whose subject,
 * a noun of money with its determiner, stands right before it anywhere
 * in the sentence, a change in percent maybe between ("Le numéro deux du
 * fromage a vu son résultat net reculer de 15 % à 98 millions")? */
static bool money_noun_changes_to(const char *t, size_t s, size_t p,
                                  size_t *noun) {
  static const char *const dets[] = {"la", "le", "les", "leur", "leurs",
                                     "sa", "ses", "son"};
  static const char *const mods[] = {"brut", "brute", "global", "globale",
                                     "net", "nette", "total", "totale"};
  char w[24];
  /* "de 15 % à" (percent_change_before), or "à" */
  size_t a = percent_change_before(t, s, p);
  if (a == p &&
      ((a = frex_amount_word_before(t, s, p, w, sizeof w)) == p ||
       strcmp(w, "\xc3\xa0")))
    return false;
  size_t v = frex_amount_word_before(t, s, a, w, sizeof w);
  if (v == a || !frex_amount_change_word(w))
    return false;
  size_t h = frex_amount_word_before(t, s, v, w, sizeof w);
  if (h < v && word_in(w, 0, strlen(w), mods, sizeof mods / sizeof *mods))
    h = frex_amount_word_before(t, s, h, w, sizeof w);
  if (h == v || !money_head(w))
    return false;
  size_t d = frex_amount_word_before(t, s, h, w, sizeof w);
  if (d == h || !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
    return false;
  *noun = d;
  return true;
}

/* Is the number at P in a relative clause "qui" opens after a noun of
 * money, the clause short and without a figure or a comma: "une dette «
 * qui atteindra 72 millions fin 2027 »", "la facture, qui devrait
 * dépasser 3 millions" (not "une association qui fédère 3 millions", nor
 * "le budget de la ville qui compte 40 000"). */
static bool money_antecedent_of_qui(const char *t, size_t s, size_t p) {
  static const char *const dets[] = {"ce", "ces", "cette", "l", "la",
                                     "le", "les", "leur", "leurs", "sa",
                                     "ses", "son", "un", "une"};
  size_t q = p;
  for (size_t i = s; i + 4 <= p; i++)
    if (!memcmp(t + i, "qui ", 4) && (i == s || t[i - 1] == ' '))
      q = i;
  if (q == p)
    return false;
  if (plain_words(t, q + 4, p) > 5)
    return false;
  /* back over blanks, an opening quote and a comma to the noun */
  size_t k = q;
  for (;;) {
    if (k > s && (t[k - 1] == ' ' || t[k - 1] == ','))
      k--;
    else if (k >= s + 2 && (unsigned char)t[k - 2] == 0xC2 &&
             ((unsigned char)t[k - 1] == 0xAB || (unsigned char)t[k - 1] == 0xA0))
      k -= 2;
    else
      break;
  }
  char w[24];
  size_t a = frex_amount_word_before(t, s, k, w, sizeof w);
  if (a == k || !money_head(w))
    return false;
  size_t d = frex_amount_word_before(t, s, a, w, sizeof w);
  return d < a && word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets);
}

/* The start of the sentence before the one at S (S itself when none
 * ends with '.' right before it). */
static size_t prev_sentence_start(const char *t, size_t lo, size_t s) {
  size_t k = s;
  while (k > lo && (t[k - 1] == ' ' || t[k - 1] == '\n'))
    k--;
  return k > lo && t[k - 1] == '.' ? sentence_start(t, lo, k - 1) : s;
}

/* README "AMOUNT decisions" (s33): "ventes" names money or a count
 * ("ses ventes ont progressé à 640 000 véhicules", "12 millions
 * d'exemplaires").  Its sentence at S opens with a determiner and
 * "ventes" (not "ventes de", the thing sold: "les ventes de voitures
 * neuves"; not "en volume"), maybe an incise, then a verb of change or
 * "atteindre" to the number at P (FREX_LEAD_CHANGE), at most twelve words
 * on; and the text from the sentence before on (from LO) speaks of value:
 * "chiffre d'affaires" or "en valeur".  A count after the number still
 * blocks (try_continuation). */
static bool sales_subject(const char *t, size_t lo, size_t s, size_t p) {
  static const char *const dets[] = {"ces", "les", "leurs", "ses"};
  char w[12];
  int ok;
  size_t a = s;
  while (a < p && !upper_at(t, a) && !(t[a] >= 'a' && t[a] <= 'z'))
    a++;
  size_t e = frex_amount_word_lower(t, p, a, w, sizeof w, &ok);
  if (e == a || ok != 1 || !word_in(w, 0, strlen(w), dets,
                                    sizeof dets / sizeof *dets))
    return false;
  a = frex_amount_blanks_after(t, e, p);
  e = frex_amount_word_lower(t, p, a, w, sizeof w, &ok);
  if (e == a || ok != 1 || strcmp(w, "ventes"))
    return false;
  char x[12];
  size_t xs, xe = next_word(t, p, e, x, sizeof x, &xs);
  if (xe > xs && (!strcmp(x, "de") || !strcmp(x, "d") || !strcmp(x, "des") ||
                  !strcmp(x, "du")))
    return false;
  if (xe > xs && !strcmp(x, "en") && next_word(t, p, xe, x, sizeof x, &xs) &&
      !strcmp(x, "volume"))
    return false;
  /* a change in percent may stand before "à": "ont progressé de 5 % à
   * 640 millions" */
  size_t pc = percent_change_before(t, e, p);
  int words = 0;
  for (size_t i = e; i < pc; i++) {
    if (digit_at(t, i) || strchr(";:()%", t[i]))
      return false;
    if (t[i] == ' ' && t[i - 1] != ' ' && ++words > 12)
      return false;
  }
  size_t vs;
  if (pc < p) {
    char v[24];
    if (frex_amount_word_before(t, e, pc, v, sizeof v) == pc ||
        !frex_amount_change_word(v))
      return false;
  } else if (frex_amount_lead(t, e, p, &vs) != FREX_LEAD_CHANGE)
    return false;
  /* the sentence before: value in words */
  size_t from = prev_sentence_start(t, lo, s);
  static const char *const cues[] = {"chiffre d'affaires",
                                     "chiffre d\xe2\x80\x99" "affaires",
                                     "en valeur"};
  for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
    if (memmem(t + from, p - from, cues[i], strlen(cues[i])))
      return true;
  return false;
}

typedef struct row_span {
  size_t s, e, row;
} row_span;

static int cmp_start(const void *a, const void *b) {
  size_t x = ((const row_span *)a)->s, y = ((const row_span *)b)->s;
  return x < y ? -1 : x > y;
}

/* The spans of the amounts FIRST..LAST of R->out (LAST > FIRST) sorted
 * by start, malloc'd (NULL when out of memory): what money_by_name and
 * money_by_noun walk along the text. */
static row_span *amount_spans(run *r, size_t first, size_t last) {
  size_t n = last - first;
  row_span *sp = malloc(n * sizeof *sp);
  if (!sp)
    return NULL;
  for (size_t k = 0; k < n; k++) {
    const frex_entity *e = frex_entities_get(r->out, first + k);
    sp[k] = (row_span){e->start, e->end, first + k};
  }
  qsort(sp, n, sizeof *sp, cmp_start);
  return sp;
}

/* The currency of a scaled number at P named as money, SP[0..K) the
 * amounts before it: the latest one's in its paragraph; from a paragraph
 * before, the currency most of those amounts have, the latest on a tie
 * ("le néerlandais ASML investit 1,3 milliard d'euros ... OpenAI est
 * valorisé 500 milliards de dollars" then, a paragraph on, "la Commission
 * annonce un plan de 20 milliards": euros). */
static const char *money_code(run *r, const row_span *sp, size_t k, size_t p) {
  const char *t = r->doc->text;
  const char *latest = frex_entities_get(r->out, sp[k - 1].row)->unit;
  bool para = false;
  for (size_t i = sp[k - 1].e; i + 1 < p && !para; i++)
    if (t[i] == '\n') {
      size_t j = i + 1;
      while (j < p && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
        j++;
      para = j < p && t[j] == '\n';
    }
  if (!para)
    return latest;
  /* the 64 amounts before it at most: a long table stays linear */
  size_t from = k > 64 ? k - 64 : 0;
  const char *best = latest;
  size_t best_n = 0;
  for (size_t a = from; a < k; a++) {
    const char *u = frex_entities_get(r->out, sp[a].row)->unit;
    size_t n = 0;
    for (size_t b = from; b < k; b++)
      n += !strcmp(frex_entities_get(r->out, sp[b].row)->unit, u);
    if (n > best_n || (n == best_n && !strcmp(u, latest)))
      best = u, best_n = n;
  }
  return best;
}

static int try_breakdown(run *r, size_t start, size_t from, size_t to,
                         const frex_dec *head, int exp, const char *code,
                         size_t *mend);
/* The first "milli" in T[FROM..LEN), or NULL: memmem's answer.  SSE2
 * tests 'm' and the two 'l' of 16 positions at once (few candidates in
 * French text), then the whole word; memmem stays the reference (the
 * scalar build) and reads the last bytes. */
static const char *find_milli(const char *t, size_t from, size_t len) {
#if defined(__SSE2__)
  for (; from + 20 <= len; from += 16) {
    const __m128i *p = (const __m128i *)(t + from);
    __m128i m = _mm_cmpeq_epi8(_mm_loadu_si128(p), _mm_set1_epi8('m'));
    __m128i l2 = _mm_cmpeq_epi8(
        _mm_loadu_si128((const __m128i *)(t + from + 2)), _mm_set1_epi8('l'));
    __m128i l3 = _mm_cmpeq_epi8(
        _mm_loadu_si128((const __m128i *)(t + from + 3)), _mm_set1_epi8('l'));
    unsigned c = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(m, _mm_and_si128(l2, l3)));
    for (; c; c &= c - 1) {
      const char *x = t + from + (size_t)__builtin_ctz(c);
      if (x[1] == 'i' && x[4] == 'i')
        return x;
    }
  }
#endif
  return from < len ? memmem(t + from, len - from, "milli", 5) : NULL;
}

/* The scaled numbers named as money after the amounts FIRST..LAST of
 * R->out (any order), each emitted with the currency of the latest
 * amount before it. */
static int money_by_name(run *r, pcre2_match_data *md, size_t first,
                         size_t last) {
  const char *t = r->doc->text;
  size_t len = r->doc->len, n = last - first;
  row_span *sp;
  if (n == 0)
    return FREX_OK;
  if (!(sp = amount_spans(r, first, last)))
    return FREX_E_NOMEM;
  int rc = 0;
  size_t k = 0, covered = 0; /* spans that start before P; their end */
  /* scale words are rarer than digits: find them, then the number before */
  for (size_t from = sp[0].e; from < len && rc >= 0;) {
    const char *m = find_milli(t, from, len);
    if (!m)
      break;
    size_t a = (size_t)(m - t);
    from = a + 5;
    size_t b = a; /* the number's end: blanks before the scale word */
    while (b > sp[0].e && (t[b - 1] == ' ' || (unsigned char)t[b - 1] == 0xA0 ||
                           (unsigned char)t[b - 1] == 0xC2 || t[b - 1] == '\n'))
      b--;
    if (b == a || !digit_at(t, b - 1))
      continue;
    size_t p = b; /* back over "12 000,5": digits, a comma, one blank */
    while (p > sp[0].e &&
           (digit_at(t, p - 1) ||
            ((t[p - 1] == ',' || t[p - 1] == ' ') && p - 1 > sp[0].e &&
             digit_at(t, p - 2) && digit_at(t, p))))
      p--;
    while (p < b && !digit_at(t, p))
      p++;
    /* the number read whole from a word start ("2019 12 millions" is no
     * number read to B: left alone) */
    size_t q = bare_number_end(t, len, p);
    if (q != b || may_follow_word(t, p) || t[p - 1] == ',' || t[p - 1] == '.')
      continue;
    size_t se = big_scale_after(t, len, q);
    if (se == q)
      continue;
    while (k < n && sp[k].s <= p) {
      if (sp[k].e > covered)
        covered = sp[k].e;
      k++;
    }
    if (p < covered)
      continue;
    size_t s = sentence_start(t, r->doc->body, p);
    char w[4];
    size_t ws, we = next_word(t, len, se, w, sizeof w, &ws);
    bool named = we > ws && (!strcmp(w, "de") || !strcmp(w, "d")) &&
                 money_noun_at(t, len, we);
    /* a share or an extra of the money: "en assumeront 80 millions
     * chacun", "représentera 3 millions supplémentaires" */
    char w2[24];
    size_t ws2, we2 = next_word(t, len, se, w2, sizeof w2, &ws2);
    named |= we2 > ws2 && (!strcmp(w2, "chacun") || !strcmp(w2, "chacune") ||
                           !strcmp(w2, "suppl\xc3\xa9mentaires"));
    size_t noun = s;
    bool governed = money_noun_before(t, s, p, &noun) ||
                    money_noun_changes_to(t, s, p, &noun);
    if (!named && !governed && !money_verb_before(t, s, p) &&
        !money_passive_after(t, len, se) &&
        !money_label(t, s, p) &&
        !money_subject_before(t, len, r->doc->body, s, p) &&
        !money_subject_after_dont(t, len, s, p) &&
        !money_antecedent_of_qui(t, s, p) &&
        !money_pronoun_after_colon(t, s, p) &&
        !(sp[k - 1].e >= prev_sentence_start(t, r->doc->body, s) &&
          sales_subject(t, r->doc->body, s, p)))
      continue;
    const char *code = money_code(r, sp, k, p);
    size_t mend = p, send = sentence_end(t, p, len);
    /* a noun of money after it outweighs a count before it: "laissant
     * 140 salariés sans emploi et 9 millions de dettes"; so does one
     * governing it: "emploie 1 400 salariés et a réalisé un chiffre
     * d'affaires de 560 millions" */
    rc = try_continuation(r, md, p, send, named ? p : governed ? noun : s,
                          code, false, &mend);
    size_t lb = range_low_before(t, s, p);
    if (rc == 1 && lb < p) {
    /* "passe de 4 à 5,5 millions": 4 million; so a fall, "ramenée de
     * 6,4 à 1,4 milliard", within the same tenfold */
      const frex_entity *ue =
          frex_entities_get(r->out, frex_entities_count(r->out) - 1);
      frex_dec head, x;
      int exp = 0;
      size_t lq = bare_number_end(t, p, lb);
      if (row_scale(t, ue, &head, &exp) == 0 && exp >= 6 &&
          frex_dec_parse(t + lb, lq - lb, &x) == 0 && x.n > 0 &&
          dec_approx(&x) != dec_approx(&head) &&
          dec_approx(&x) * 10 >= dec_approx(&head) &&
          dec_approx(&x) <= dec_approx(&head) * 10) {
        size_t ig;
        int rc2 = emit_scaled(r, &x, exp, (span){lb, lq}, code, &ig);
        if (rc2 < 0)
          rc = rc2;
      }
    }
    /* its sentence goes on with it: "Le canton investira 850 millions,
     * dont 300 millions dans les transports" */
    size_t cs = p; /* where the chain's last item starts */
    for (size_t c = mend; rc == 1 && c < send;) {
      size_t ce = c;
      int rc2 = 0;
      if (cont_candidate(t, c, send, !may_follow_word(t, c)) &&
          (rc2 = try_continuation(r, md, c, send, mend, code, false, &ce)) ==
              1) {
        cs = c;
        mend = c = ce;
        continue;
      }
      /* ... and its labelled items written in full ("voirie, 1,8 million
       * ; piscine, 900 000") */
      frex_dec h;
      int hx = 0;
      if (rc2 == 0 && digit_at(t, c) && !may_follow_word(t, c) &&
          row_scale(t, frex_entities_get(r->out,
                                         frex_entities_count(r->out) - 1),
                    &h, &hx) == 0 &&
          (rc2 = try_label(r, c, send, mend, cs, &h, hx, code, &ce)) == 1) {
        cs = c;
        mend = c = ce;
        continue;
      }
      if (rc2 < 0)
        rc = rc2;
      c++;
    }
    /* ... and the labelled lines after it ("- Aménagements cyclables :
     * 1,2 million⏎- Équipements sportifs : 800 000") */
    if (rc == 1) {
      const frex_entity *le =
          frex_entities_get(r->out, frex_entities_count(r->out) - 1);
      frex_dec h;
      int hx = 0;
      size_t to2 = len, lm = mend;
      for (size_t j = k; j < n; j++)
        if (sp[j].s >= mend) {
          to2 = sp[j].s;
          break;
        }
      if (le->end == mend && row_scale(t, le, &h, &hx) == 0) {
        int rc3 = try_breakdown(r, le->start, mend, to2, &h, hx, code, &lm);
        if (rc3 < 0)
          rc = rc3;
        else if (rc3 == 1)
          mend = lm;
      }
    }
    if (rc == 1)
      covered = mend;
    from = mend > from ? mend : from;
  }
  free(sp);
  return rc < 0 ? rc : FREX_OK;
}


/* Nothing counted after the bare number ending at Q: frex_amount_free_tail,
 * or a verb or a function word that cannot be a noun it counts ("de 400
 * 000 a été constaté", "de 500 000 à taux zéro", "de 400 000 et un
 * manque"). */
static bool money_tail(const char *t, size_t len, size_t q) {
  static const char *const words[] = {
      "a", "aura", "aurait", "auprès", "avait", "devrait", "doit", "dans",
      "en", "est", "et", "ont", "ou", "pourrait", "qui", "reste", "sera",
      "serait", "sont", "sur", "va", "\xc3\xa0", "\xc3\xa9tait"};
  if (frex_amount_free_tail(t, len, q))
    return true;
  char w[12];
  size_t ws, we = next_word(t, len, q, w, sizeof w, &ws);
  if (!(we > ws && ws > q && (we >= len || t[we] == ' ') &&
        word_in(w, 0, strlen(w), words, sizeof words / sizeof *words)))
    return false;
  /* a range's upper bound says what both count: "de 120 à 140 m2" */
  size_t b = frex_amount_blanks_after(t, we, len);
  size_t be = bare_number_end(t, len, b);
  return be == b || frex_amount_free_tail(t, len, be);
}

/* Is the number at P governed through "de" by a noun that is money
 * whatever its figure, as few nouns are ("une valeur de 500", "une marge
 * de 200", "le résultat de 255" are numbers of anything): at most one
 * adjective between ("un surcoût total de", "une aide exceptionnelle
 * de"), or "manque à gagner"? */
static bool cash_noun_before(const char *t, size_t s, size_t p) {
  static const char *const cash[] = {
      "aide", "aides", "amende", "amendes", "budget", "co\xc3\xbbt",
      "dotation", "emprunt", "enveloppe", "facture", "frais", "honoraires",
      "indemnit\xc3\xa9", "indemnit\xc3\xa9s", "loyer", "loyers",
      "pr\xc3\xaat", "prime", "pr\xc3\xa9judice", "rallonge",
      "redevance", "salaire", "subvention", "surco\xc3\xbbt",
      "surco\xc3\xbbts"};
  static const char *const mods[] = {
      "annuel", "annuelle", "brut", "brute", "exceptionnel",
      "exceptionnelle", "global", "globale", "mensuel", "mensuelle", "net",
      "nette", "suppl\xc3\xa9mentaire", "total", "totale"};
  char w[24];
  size_t b = frex_amount_word_before(t, s, p, w, sizeof w);
  if (b == p || strcmp(w, "de"))
    return false;
  size_t a = frex_amount_word_before(t, s, b, w, sizeof w);
  if (a < b && word_in(w, 0, strlen(w), mods, sizeof mods / sizeof *mods))
    b = a, a = frex_amount_word_before(t, s, b, w, sizeof w);
  if (a == b)
    return false;
  if (word_in(w, 0, strlen(w), cash, sizeof cash / sizeof *cash))
    return true;
  /* "un manque à gagner de 150 000" */
  size_t c;
  return !strcmp(w, "gagner") &&
         (c = frex_amount_word_before(t, s, a, w, sizeof w)) < a &&
         !strcmp(w, "\xc3\xa0") &&
         frex_amount_word_before(t, s, c, w, sizeof w) < c &&
         !strcmp(w, "manque");
}

/* The first "de " followed by a digit in T[FROM..LEN), or NULL (the
 * digit at most at LEN - 1).  "de " is one of the most frequent strings
 * of French and a digit rarely follows it: SSE2 tests the four bytes at
 * 16 positions at once (a digit as a byte between '0' and '9', signed
 * compares: bytes from 0x80 are negative); memmem and a test of the digit
 * stay the reference (the scalar build) and read the last bytes. */
static const char *find_de_digit(const char *t, size_t from, size_t len) {
#if defined(__SSE2__)
  for (; from + 19 <= len; from += 16) {
    __m128i d = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(t + from)),
                               _mm_set1_epi8('d'));
    __m128i e = _mm_cmpeq_epi8(
        _mm_loadu_si128((const __m128i *)(t + from + 1)), _mm_set1_epi8('e'));
    __m128i sp = _mm_cmpeq_epi8(
        _mm_loadu_si128((const __m128i *)(t + from + 2)), _mm_set1_epi8(' '));
    __m128i x = _mm_loadu_si128((const __m128i *)(t + from + 3));
    __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    unsigned c = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_and_si128(d, e), _mm_and_si128(sp, dig)));
    if (c)
      return t + from + (size_t)__builtin_ctz(c);
  }
#endif
  while (from + 4 <= len) {
    const char *m = memmem(t + from, len - from, "de ", 3);
    if (!m || (size_t)(m - t) + 3 >= len)
      return NULL;
    if (digit_at(t, (size_t)(m - t) + 3))
      return m;
    from = (size_t)(m - t) + 1;
  }
  return NULL;
}

#if defined(__SSE2__)
/* find_de_digit on the document's classification (classify.h): the digits
 * with a word separator before them (' ' is one), read 64 bytes at a time
 * from the masks, then "de " tested at each.  The digit is at P >= FROM + 3
 * and P < LEN (the masks have no bits past the end), as find_de_digit's. */
static const char *find_de_digit_cls(const frex_classes *C, const char *t,
                                     size_t from, size_t len) {
  size_t p0 = from + 3;
  if (p0 >= len)
    return NULL;
  size_t b = p0 / 64;
  uint64_t carry = b ? frex_cls(C, b - 1, FREX_CLS_WSEP) >> 63 : 0;
  uint64_t keep = ~(uint64_t)0 << (p0 % 64);
  for (; b < C->nblocks; b++, keep = ~(uint64_t)0) {
    uint64_t sep = frex_cls(C, b, FREX_CLS_WSEP);
    uint64_t cand = frex_cls(C, b, FREX_CLS_DIGIT) & (sep << 1 | carry) & keep;
    carry = sep >> 63;
    for (; cand; cand &= cand - 1) {
      size_t p = 64 * b + (size_t)__builtin_ctzll(cand);
      if (t[p - 1] == ' ' && t[p - 2] == 'e' && t[p - 3] == 'd')
        return t + p - 3;
    }
  }
  return NULL;
}
#endif

/* README "AMOUNT decisions": a bare number of at least three digits
 * without a scale, governed by a noun of money through "de" after the
 * document's first amount ("Un surcoût de 400 000 a été constaté", "un
 * prêt de 500 000 à taux zéro", "un manque à gagner de 150 000"), takes
 * the currency money_code gives it; not a year ("le budget de 2026"), nor
 * a number that counts ("une aide de 5 000 entreprises":
 * frex_amount_free_tail). */
static int money_by_noun(run *r, size_t first, size_t last) {
  const char *t = r->doc->text;
  size_t len = r->doc->len, n = last - first;
  row_span *sp;
  if (n == 0)
    return FREX_OK;
  if (!(sp = amount_spans(r, first, last)))
    return FREX_E_NOMEM;
  int rc = FREX_OK;
  size_t k = 0, covered = 0;
  for (size_t from = sp[0].e; from + 4 < len && rc >= 0;) {
#if defined(__SSE2__)
    const char *m = r->ctx.cls ? find_de_digit_cls(r->ctx.cls, t, from, len)
                               : find_de_digit(t, from, len);
#else
    const char *m = find_de_digit(t, from, len);
#endif
    if (!m)
      break;
    size_t p = (size_t)(m - t) + 3;
    from = p;
    if (!digit_at(t, p) || (p > 3 && may_follow_word(t, p - 3)))
      continue;
    size_t q = bare_number_end(t, len, p);
    size_t nd = 0;
    for (size_t i = p; i < q && t[i] != ','; i++)
      nd += digit_at(t, i);
    if (nd < 3 || (q < len && t[q] == '.' && q + 1 < len && digit_at(t, q + 1)))
      continue; /* three digits before any comma; not "1.5" */
    if (q - p == 4 && (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2)))
      continue; /* a year */
    if (big_scale_after(t, len, q) != q || !money_tail(t, len, q))
      continue;
    while (k < n && sp[k].s <= p) {
      if (sp[k].e > covered)
        covered = sp[k].e;
      k++;
    }
    if (p < covered || (k < n && sp[k].s < q))
      continue;
    size_t s = sentence_start(t, r->doc->body, p);
    if (!cash_noun_before(t, s, p))
      continue;
    frex_dec x;
    if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
      continue;
    rc = frex_amount_emit(r, (span){p, q}, &x, money_code(r, sp, k, p),
                          false);
    from = q;
  }
  free(sp);
  return rc;
}

/* The continuation pass: after each amount the main pass emitted (rows
 * FIRST..LAST of R->out, in text order), the numbers that continue it;
 * before an amount with a scale, the scaled numbers that it gives its
 * currency (continue_before). */
/* ------------------------------------------------ a part of a whole
 *
 * README "AMOUNT decisions": "Sur les 600 000 euros de travaux, 200 000
 * iront à l'école": a whole after "sur les" / "sur ces" opens the
 * sentence, and the bare number in digits after the comma that closes its
 * phrase is the subject of a verb (a form ending as a verb's third person
 * does: "iront", "ont", "sont", "servira", "a"); it takes the whole's scale
 * and currency, no larger than the whole and at least a hundredth of it.
 * A number written in full after a scaled whole stays as written. */
static int try_partition(run *r, size_t p, size_t end, size_t from,
                         size_t cs, const frex_dec *head, int exp,
                         const char *code, size_t *mend) {
  const char *t = r->doc->text;
  size_t body = r->doc->body;
  char w[8];
  size_t ds = frex_amount_word_before(t, body, cs, w, sizeof w);
  if (ds == cs || (strcmp(w, "les") && strcmp(w, "ces")))
    return 0;
  size_t ss = frex_amount_word_before(t, body, ds, w, sizeof w);
  if (ss == ds || strcmp(w, "sur") ||
      frex_amount_blanks_before(t, body, sentence_start(t, body, ss)) !=
          frex_amount_blanks_before(t, body, ss))
    return 0; /* "Sur les …" opens its sentence */
  /* a few words then the comma right before the number: "de travaux",
   * "prévus", "collectés" */
  size_t k = frex_amount_blanks_before(t, from, p);
  if (k <= from || t[k - 1] != ',')
    return 0;
  int words = 0;
  for (size_t i = from; i < k - 1; i++) {
    if (digit_at(t, i) || strchr(".;:()%,", t[i]))
      return 0;
    if (t[i] != ' ' && (i == from || t[i - 1] == ' ') && ++words > 4)
      return 0;
  }
  size_t q = bare_number_end(t, end, p);
  if (q == p || q >= end)
    return 0;
  size_t vs = frex_amount_blanks_after(t, q, end), ve = vs;
  if (vs == q)
    return 0;
  while (ve < end && t[ve] >= 'a' && t[ve] <= 'z')
    ve++;
  if (ve == vs || (ve < end && (unsigned char)t[ve] >= 0x80) ||
      !(ve - vs == 1 ? t[vs] == 'a'
                     : (t[ve - 1] == 't' && verb_shaped(t, vs, ve))))
    return 0; /* "200 000 iront", "250 000 ont été"; not "120 habitants" */
  frex_dec x, whole = *head;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  frex_dec_shift(&whole, exp);
  double a = dec_approx(&whole), b = dec_approx(&x);
  bool full = exp >= 3 && x.n + x.exp >= 4 && b > dec_approx(head) * 20;
  if (!full) {
    frex_dec_shift(&x, exp);
    b = dec_approx(&x);
    frex_dec_shift(&x, -exp);
  }
  if (b > a || b * 100 < a)
    return 0;
  return emit_scaled(r, &x, full ? 0 : exp, (span){p, q}, code, mend);
}

/* Is T[I..J) a name of one to four words, each capitalised ("Paimpol",
 * "Saint-Brieuc", "La Roche-sur-Yon" after its article, "L'Hermitage")?
 * Hyphens and apostrophes join its parts; no figure, no punctuation. */
static bool bracket_name(const char *t, size_t i, size_t j) {
  int words = 0;
  while (i < j) {
    if (t[i] == ' ') {
      i++;
      continue;
    }
    if (!upper_at(t, i) || ++words > 4)
      return false;
    while (i < j && t[i] != ' ') {
      unsigned char c = (unsigned char)t[i];
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c < 0x80 &&
          c != '-' && c != '\'')
        return false;
      i++;
    }
  }
  return words > 0;
}

/* Amounts in brackets after names write the currency once: "Plouha
 * (120 000 euros), Paimpol (85 000) et Lanvollon (40 000)".  The amount
 * (CS..FROM) stands alone in brackets after a capitalised name, and so
 * does the bare number at P, after a name joined by "," ";" "et" "ou";
 * the number has three digits at least or decimals, in groups (no year,
 * postcode or department: "Rennes (35000)", "Brest (29)"), and lies
 * within a tenth to ten times the amount's number, or, written in full
 * after a scaled amount, of its value ("Rennes (1,2 M€), Brest (850
 * 000)"). */
static int try_bracket(run *r, size_t p, size_t end, size_t from, size_t cs,
                       const frex_dec *head, int exp, const char *code,
                       size_t *mend) {
  const char *t = r->doc->text;
  size_t body = r->doc->body;
  size_t q = bare_number_end(t, end, p);
  if (q == p || q >= end || t[q] != ')' || p < 2 || t[p - 1] != '(' ||
      t[p - 2] != ' ' || from >= end || t[from] != ')' || cs < body + 2 ||
      t[cs - 1] != '(' || t[cs - 2] != ' ')
    return 0;
  size_t group = 0, digits = 0;
  for (size_t i = p; i < q && t[i] != ','; i++)
    if (digit_at(t, i)) {
      digits++;
      if (++group > 3)
        return 0; /* "(2019)", "(35000)" */
    } else {
      group = 0;
    }
  bool frac = memchr(t + p, ',', q - p) != NULL;
  if (digits < 3 && !frac)
    return 0;
  /* the amount's name: one capitalised word right before its bracket */
  size_t ae = cs - 2, as = ae;
  while (as > body && t[as - 1] != ' ' && t[as - 1] != '(' &&
         t[as - 1] != ',' && t[as - 1] != ':')
    as--;
  if (!bracket_name(t, as, ae))
    return 0;
  /* the joiner after the amount's bracket, then the number's name */
  size_t k = frex_amount_blanks_after(t, from + 1, p);
  if (k < p && (t[k] == ',' || t[k] == ';'))
    k = frex_amount_blanks_after(t, k + 1, p);
  else if (!(k + 3 < p &&
             (!strncmp(t + k, "et ", 3) || !strncmp(t + k, "ou ", 3))))
    return 0;
  if (k + 3 < p && (!strncmp(t + k, "et ", 3) || !strncmp(t + k, "ou ", 3)))
    k += 3;
  if (!bracket_name(t, k, p - 2))
    return 0;
  frex_dec x;
  if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0)
    return 0;
  double a = dec_approx(head), b = dec_approx(&x);
  if (exp >= 3 && b > a * 10 && !frac) {
    for (int i = 0; i < exp; i++) /* written in full after a scaled one */
      a *= 10;
    exp = 0;
  }
  if (b * 10 < a || b > a * 10)
    return 0;
  return emit_scaled(r, &x, exp, (span){p, q}, code, mend);
}

/* The number [P, Q) as an amount in CODE, as written, when it lies
 * within a tenth to ten times HEAD (the price it goes on from); *PS = P.
 * Returns 1 if emitted, 0 if not, or an error. */
static int emit_near_price(run *r, const frex_dec *head, size_t p, size_t q,
                           const char *code, size_t *ps, size_t *mend) {
  frex_dec v;
  if (frex_dec_parse(r->doc->text + p, q - p, &v) < 0 || v.n == 0)
    return 0;
  double a = dec_approx(head), c = dec_approx(&v);
  if (c * 10 < a || c > a * 10)
    return 0;
  *ps = p;
  return emit_scaled(r, &v, 0, (span){p, q}, code, mend);
}

/* README "AMOUNT decisions" (s31): a price article writes the currency
 * once and goes on in the next sentence ("la barquette de fraises
 * s'affichait à 4 euros. Le kilo de tomates était à 2,80 et celui de
 * melons à 3,50"; "le litre de gazole coûte 1,85 euro à Brest. À Rennes,
 * le litre est à 1,81"; "À Quimper, la tradition est vendue 1,40").  The
 * sentence after the one that ends at END (a '.', same paragraph),
 * maybe opened by a place or a seller and a comma, has a determiner and
 * a noun for subject and its first figure, at most eight words on, is a
 * bare number in digits that the phrase ends after (or "et", "en
 * moyenne"), right after "à" when the subject is a unit of sale
 * ("kilo", "litre", "douzaine"...), or right after a verb that sells
 * ("vendu", "coûte", "s'affiche", "se négocie"); no year; within a
 * tenth to ten times the price HEAD.  1 if emitted (*PS, *MEND), 0, or
 * an error. */
static int try_price_bridge(run *r, size_t end, size_t to,
                            const frex_dec *head, const char *code,
                            size_t *ps, size_t *mend) {
  static const char *const dets[] = {"l", "la", "le", "les", "un", "une"};
  static const char *const units[] = {
      "barquette", "baguette", "bo\xc3\xaete", "botte",  "bouteille",
      "carnet",    "demi",     "douzaine",     "kilo",   "litre",
      "paquet",    "pi\xc3\xa8" "ce",   "place",        "plein",  "ticket",
      "tonne"};
  static const char *const sells[] = {
      "affich\xc3\xa9", "affich\xc3\xa9" "e", "affiche", "affichait",
      "co\xc3\xbbte", "co\xc3\xbbtait", "co\xc3\xbbtent", "n\xc3\xa9gocie",
      "n\xc3\xa9gociait", "vend", "vendait", "vendu", "vendue", "vendues",
      "vendus"};
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  if (end >= to || t[end] != '.')
    return 0;
  size_t s = end + 1;
  while (s < to && (t[s] == ' ' || t[s] == '\t'))
    s++;
  if (s >= to || !upper_at(t, s))
    return 0;
  size_t send = sentence_end(t, s, to);
  char w[20];
  int ok;
  size_t we = frex_amount_word_lower(t, send, s, w, sizeof w, &ok);
  /* "À Rennes, ", "Chez Leclerc, ", "Dans les grandes surfaces, " */
  if (ok == 1 && (!strcmp(w, "\xc3\xa0") || !strcmp(w, "chez") ||
                  !strcmp(w, "dans") || !strcmp(w, "sur") ||
                  !strcmp(w, "au") || !strcmp(w, "en"))) {
    size_t c = we;
    while (c < send && c < we + 60 && t[c] != ',' && !digit_at(t, c))
      c++;
    if (c >= send || t[c] != ',')
      return 0;
    s = frex_amount_blanks_after(t, c + 1, send);
    we = frex_amount_word_lower(t, send, s, w, sizeof w, &ok);
  }
  static const char *const pronouns[] = {"elle", "elles", "il", "ils"};
  if (we > s && ok == 1 &&
      word_in(w, 0, strlen(w), pronouns, sizeof pronouns / sizeof *pronouns)) {
    /* a pronoun for the thing priced, and a verb of change: "L'amende
     * forfaitaire est de 135 euros. Elle est minorée à 90 en cas de
     * paiement rapide" */
    size_t p = we;
    while (p < send && !(digit_at(t, p) && t[p - 1] == ' ')) {
      if (strchr(",;:()%", t[p]) || p > we + 60)
        return 0;
      p++;
    }
    size_t vs, q = p < send ? bare_number_end(t, send, p) : p;
    if (q == p || (q - p == 4 && (!strncmp(t + p, "19", 2) ||
                                  !strncmp(t + p, "20", 2))) ||
        frex_amount_lead(t, we, p, &vs) != FREX_LEAD_CHANGE ||
        !(phrase_ends(t, len, q) || frex_amount_free_tail(t, len, q)))
      return 0;
    return emit_near_price(r, head, p, q, code, ps, mend);
  }
  if (dec_approx(head) >= 1000)
    return 0; /* a thing sold: prices, not wages nor works */
  if (we == s || ok != 1 ||
      !word_in(w, 0, strlen(w), dets, sizeof dets / sizeof *dets))
    return 0;
  size_t n = we;
  if (n < send && t[n] == '\'')
    n++;
  else if (n + 3 <= send && !memcmp(t + n, "\xe2\x80\x99", 3))
    n += 3;
  n = frex_amount_blanks_after(t, n, send);
  size_t ne = frex_amount_word_lower(t, send, n, w, sizeof w, &ok);
  if (ne == n || ok != 1)
    return 0;
  bool unit = word_in(w, 0, strlen(w), units, sizeof units / sizeof *units);
  size_t p = ne;
  int words = 0;
  for (; p < send && !(digit_at(t, p) && t[p - 1] == ' '); p++) {
    if (strchr(",;:()%", t[p])) /* (digits in a word go on: "SP95-E10") */
      return 0;
    if (t[p] == ' ' && t[p - 1] != ' ' && ++words > 8)
      return 0;
  }
  if (p >= send || t[p - 1] != ' ')
    return 0;
  size_t q = bare_number_end(t, send, p);
  if (q == p || (q - p == 4 && (!strncmp(t + p, "19", 2) ||
                                !strncmp(t + p, "20", 2))))
    return 0;
  char x[16];
  size_t xs, xe = next_word(t, len, q, x, sizeof x, &xs);
  if (!(phrase_ends(t, len, q) || (xe > xs && !strcmp(x, "et")) ||
        (xe > xs && !strcmp(x, "en") &&
         next_word(t, len, xe, x, sizeof x, &xs) > xs &&
         !strcmp(x, "moyenne"))))
    return 0;
  size_t b = frex_amount_word_before(t, ne, p, w, sizeof w);
  if (b == p)
    return 0;
  if (!strcmp(w, "\xc3\xa0") ? !unit
      : !word_in(w, 0, strlen(w), sells, sizeof sells / sizeof *sells))
    return 0;
  return emit_near_price(r, head, p, q, code, ps, mend);
}

/* ------------------------------------------------ a breakdown after a total
 *
 * README "AMOUNT decisions": a total whose phrase ends with ":" (after at
 * most six words: "se répartit ainsi :") or with "." at a line end, then
 * labelled lines or ";" items "Label : N" ("Le budget d'investissement
 * atteint 2,4 millions d'euros.⏎Terrains synthétiques : 380 000⏎
 * Vestiaires : 120 000"): each bare N (with or without a scale word) that
 * ends its item takes the total's currency when it is no more than the
 * total and at least a thousandth of it.  A label with a noun of a count
 * ("Habitants : 380 000", "Spectateurs attendus : 380 000") ends the list;
 * so does anything else. */

static int try_breakdown(run *r, size_t start, size_t from, size_t to,
                         const frex_dec *head, int exp, const char *code,
                         size_t *mend) {
  const char *t = r->doc->text;
  const unsigned char *u = (const unsigned char *)t;
  size_t k = from;
  /* the total's phrase: up to six words then ":", or "." at a line end */
  int words = 0;
  bool open = false, item = false;
  /* the total is itself a labelled line ("- Voirie : 1,2 million⏎"): the
   * list goes on from it, each item within a hundredth to ten times it */
  size_t ws;
  size_t nk = frex_amount_blanks_after(t, from, to);
  if (nk < to && (t[nk] == '\n' || t[nk] == '\r' || t[nk] == ';') &&
      label_before(t, r->doc->body, start, &ws) == ':' &&
      label_line_at(t, label_first(t, r->doc->body, ws), start))
    open = item = true;
  while (k < to && !open) {
    if (t[k] == ' ' || t[k] == ',' || u[k] == 0xA0 || u[k] == 0xC2 ||
        u[k] == '\t') {
      k++;
    } else if (t[k] == ':') {
      k++, open = true;
    } else if (t[k] == '.' && words == 0) {
      size_t j = k + 1;
      while (j < to && (t[j] == ' ' || t[j] == '\r'))
        j++;
      if (j >= to || t[j] != '\n')
        return 0;
      k = j, open = true;
    } else if (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') || u[k] >= 0xC3) {
      if (++words > 6)
        return 0;
      while (k < to && (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') ||
                        u[k] >= 0x80 || t[k] == '\'' || t[k] == '-'))
        k++;
    } else {
      return 0;
    }
  }
  if (!open)
    return 0;
  double total = dec_approx(head);
  for (int i = 0; i < exp; i++)
    total *= 10;
  int n = 0;
  for (;;) {
    /* the item's start: blanks, one line end, a bullet */
    int nl = 0;
    while (k < to && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' ||
                      t[k] == '\n' || u[k] == 0xA0))
      nl += t[k++] == '\n';
    if (nl > 1 || k >= to)
      break; /* a blank line ends it */
    if (t[k] == '-' || t[k] == '*')
      k++;
    else if (k + 3 <= to && (!memcmp(t + k, "\xe2\x80\xa2", 3) ||
                             !memcmp(t + k, "\xe2\x80\x93", 3)))
      k += 3;
    k = frex_amount_blanks_after(t, k, to);
    /* the label: one to six words of letters, then ":" */
    size_t ls = k;
    int lw = 0;
    while (k < to && t[k] != ':') {
      if (digit_at(t, k) || strchr(",;.()%\n\r$", t[k]) ||
          (u[k] == 0xE2 && k + 2 < to && u[k + 1] == 0x82))
        return n ? 1 : 0; /* a figure, "€": not a label */
      if (t[k] == ' ' && t[k - 1] != ' ' && ++lw > 5)
        return n ? 1 : 0;
      k++;
    }
    size_t le = frex_amount_blanks_before(t, ls, k);
    if (k >= to || le == ls || label_has_count(t, ls, le))
      break;
    size_t p = frex_amount_blanks_after(t, k + 1, to);
    size_t q = bare_number_end(t, to, p);
    if (q == p || q >= to + 1)
      break;
    size_t se = big_scale_after(t, to, q);
    size_t ie = se;
    while (ie < to && (t[ie] == ' ' || t[ie] == '\t' || u[ie] == 0xA0 ||
                       u[ie] == 0xC2))
      ie++;
    /* the item ends after its number: a line end, which the view may have
     * made a space before the next bullet or label ("1,2 million - Voirie
     * :") */
    bool joined = ie > se && ie < to &&
                  (t[ie] == '-' || t[ie] == '*' ||
                   (ie + 3 <= to && (!memcmp(t + ie, "\xe2\x80\xa2", 3) ||
                                     !memcmp(t + ie, "\xe2\x80\x93", 3))) ||
                   label_line_at(t, ie, to));
    if (!(ie >= to || joined || strchr(";.\n\r", t[ie])))
      break;
    frex_dec x;
    if (frex_dec_parse(t + p, q - p, &x) < 0 || x.n == 0 ||
        (se == q && q - p == 4 &&
         (!strncmp(t + p, "19", 2) || !strncmp(t + p, "20", 2))))
      break;
    int xe = 0;
    char sw[12];
    size_t sws;
    if (se > q) {
      next_word(t, to, q, sw, sizeof sw, &sws);
      xe = sw[5] == 'a' ? 9 : 6; /* milliard(s) : million(s) */
    }
    double v = dec_approx(&x);
    for (int i = 0; i < xe; i++)
      v *= 10;
    if (item ? (v > total * 10 || v * 100 < total)
             : (v > total || v * 1000 < total))
      break;
    int rc = emit_scaled(r, &x, xe, (span){p, se}, code, mend);
    if (rc != 1)
      return rc;
    n++;
    k = ie;
    if (k < to && (t[k] == ';'))
      k++;
    else if (k < to && t[k] == '.')
      break;
  }
  return n ? 1 : 0;
}

/* ------------------------------------------ currency on the last item
 *
 * README "AMOUNT decisions": an enumeration may write its currency on its
 * last item only, each item followed by its label ("Les aides se
 * répartissent ainsi : 1,2 million pour la voirie, 800 000 pour les écoles
 * et 350 000 euros pour le sport"; "12 millions en investissements, 3
 * millions en fonctionnement et 500 000 euros en subventions").  Before
 * the amount at CS (ending at CE), the items of its sentence after LO take
 * its currency CODE when
 *  - each is a number in digits with a scale ("million(s)", "milliard(s)",
 *    "M", "Md", "Mds", "Mrd") or grouped in thousands from 10 000 on
 *    ("800 000"): never a year nor a small count ("1 500 pour les
 *    abonnés");
 *  - the amount's complement follows each: the same preposition, then a
 *    token of the same kind ("pour la voirie" ... "pour le sport"; "à
 *    Lorient" ... "à Pontivy"), not a noun it counts ("200 000 habitants");
 *  - each label runs, without a figure, a period or a colon, in at most
 *    eight words, to a joiner ("," ";" "et" "dont" "ainsi que") right before
 *    the next item, and the chain reaches the amount;
 *  - its value lies within a thousandth to a thousand times the amount's.
 * Returns 1 if emitted, 0 if not, or an error. */
#define TRAIL_MAX 8

/* The scale word after a number ending at NE, its end in *SE; false if
 * none. */
static bool trail_scale(const char *t, size_t len, size_t ne, span *sc) {
  static const char *const scales[] = {"m",        "md",        "mds",
                                       "milliard", "milliards", "million",
                                       "millions", "mrd"};
  char w[16];
  size_t ws, we = next_word(t, len, ne, w, sizeof w, &ws);
  if (we == ws || ws == ne || !word_in(w, 0, strlen(w), scales,
                                       sizeof scales / sizeof *scales))
    return false;
  if (w[0] == 'm' && w[1] != 'i' && t[ws] != 'M')
    return false; /* "5 m", "3 md": lengths, no scale */
  *sc = (span){ws, we};
  return true;
}

/* Does the text from A to B hold a label and then a joiner right before B:
 * at most eight words, no figure, period, colon or bracket? */
static bool trail_linked(const char *t, size_t a, size_t b) {
  const unsigned char *u = (const unsigned char *)t;
  int words = 0;
  bool in = false;
  for (size_t i = a; i < b; i++) {
    unsigned char c = u[i];
    if (digit_at(t, i) || c == '.' || c == ':' || c == '(' || c == ')' ||
        c == '!' || c == '?' || (c == '\n' && i + 1 < b && u[i + 1] == '\n'))
      return false;
    bool blank = c == ' ' || c == '\n' || c == '\r' || c == ',' || c == ';';
    if (!blank && !in && ++words > 9)
      return false;
    in = !blank;
  }
  /* the joiner before B */
  size_t k = b;
  for (;;) { /* blanks and one line break: a hard wrap */
    size_t k2 = frex_amount_blanks_before(t, a, k);
    while (k2 > a && (u[k2 - 1] == '\n' || u[k2 - 1] == '\r'))
      k2--;
    if (k2 == k)
      break;
    k = k2;
  }
  if (k > a && (u[k - 1] == ',' || u[k - 1] == ';'))
    return words >= 2;
  size_t j = k;
  while (j > a && u[j - 1] != ' ' && u[j - 1] != '\n' && u[j - 1] != ',')
    j--;
  char w[8];
  int ok;
  frex_amount_word_lower(t, k, j, w, sizeof w, &ok);
  if (ok != 1)
    return false;
  if (!strcmp(w, "que")) { /* "ainsi que" */
    size_t i = frex_amount_blanks_before(t, a, j);
    return i >= a + 5 && !strncasecmp(t + i - 5, "ainsi", 5) && words >= 4;
  }
  return (!strcmp(w, "et") || !strcmp(w, "dont")) && words >= 3;
}

/* Where the sentence of P starts, back to LO: after a '.' that ends one,
 * a '!', a '?' or a blank line; a single line break is a hard wrap. */
static size_t trail_start(const char *t, size_t lo, size_t p) {
  for (size_t i = p; i > lo; i--) {
    char c = t[i - 1];
    if (c == '!' || c == '?' || (c == '.' && dot_ends(t, lo, i - 1, p)))
      return i;
    if (c == '\n') {
      size_t j = i - 1;
      while (j > lo && (t[j - 1] == ' ' || t[j - 1] == '\r' || t[j - 1] == '\t'))
        j--;
      if (j > lo && t[j - 1] == '\n')
        return i;
    }
  }
  return lo;
}

static int try_trailing(run *r, size_t cs, size_t ce, size_t lo,
                        const frex_dec *last, int last_exp,
                        const char *code) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  int prep = -1;
  char kind = complement_at(t, len, ce, &prep);
  if (!kind || (prep < 0 && prep != -2))
    return 0;
  size_t s = trail_start(t, cs > lo + 2 * CONT_REACH ? cs - 2 * CONT_REACH
                                                     : lo, cs);
  span num[TRAIL_MAX], sc[TRAIL_MAX];
  int n = 0;
  for (size_t p = s; p < cs; p++) {
    if (!digit_at(t, p) || (p > s && (may_follow_word(t, p) ||
                                      digit_at(t, p - 1) || t[p - 1] == ',')))
      continue;
    size_t ne = bare_number_end(t, len, p);
    if (ne == p)
      continue;
    span s1 = {0, 0};
    bool grouped = false;
    for (size_t i = p; i < ne && t[i] != ','; i++)
      grouped = grouped || !digit_at(t, i);
    size_t ie = trail_scale(t, len, ne, &s1) ? s1.e : ne;
    int ip = -1;
    if ((!has(s1) && (!grouped || ne - p < 6)) ||
        complement_at(t, len, ie, &ip) != kind ||
        ip != prep) {
      p = ne;
      continue;
    }
    if (n > 0 && !trail_linked(t, sc[n - 1].e, p))
      n = 0; /* a new chain */
    if (n == TRAIL_MAX)
      return 0;
    num[n] = (span){p, ne};
    sc[n] = has(s1) ? s1 : (span){ne, ne};
    n++;
    p = ie;
  }
  if (n == 0 || !trail_linked(t, sc[n - 1].e, cs))
    return 0;
  double lv = dec_approx(last);
  for (int i = last_exp; i > 0; i--)
    lv *= 10;
  bound b[TRAIL_MAX];
  for (int i = 0; i < n; i++) {
    span scs = has(sc[i]) && sc[i].s > num[i].e ? sc[i] : (span){0, 0};
    if (frex_amount_read_bound(r, num[i], scs, 0, &b[i]) < 0 ||
        b[i].num.n == 0)
      return 0;
    double v = dec_approx(&b[i].num);
    for (int j = b[i].exp; j > 0; j--)
      v *= 10;
    if (v > lv * 1000 || v * 1000 < lv)
      return 0;
  }
  for (int i = 0; i < n; i++) {
    frex_dec v = b[i].num;
    frex_dec_shift(&v, b[i].exp);
    int rc = frex_amount_emit(r, b[i].sp, &v, code, false);
    if (rc != FREX_OK)
      return rc;
  }
  return 1;
}

int frex_amount_continue(run *r, size_t first, size_t last) {
  const char *t = r->doc->text;
  size_t len = r->doc->len;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->a->cont, NULL);
  if (!md)
    return FREX_E_NOMEM;
  int rc = FREX_OK;
  size_t chain_end = r->doc->body; /* where the chain before ended */
  for (size_t k = first; k < last && rc >= 0; k++) {
    const frex_entity *e = frex_entities_get(r->out, k);
    size_t from = e->end;
    const char *code = e->unit; /* in the list's arena: stays valid */
    r->from_source = source_at(t, len, e->end);
    size_t to = k + 1 < last ? frex_entities_get(r->out, k + 1)->start : len;
    /* what an elided number would take: the amount's number and scale, and
     * the complement after it */
    frex_dec head;
    int exp = 0, prep = -1;
    bool lends = row_scale(t, e, &head, &exp) == 0;
    char kind = lends ? complement_at(t, len, e->end, &prep) : 0;
    if (lends && chain_end < e->start) {
      bool scaled = exp >= 6 || (exp == 0 && dec_approx(&head) >= 10000 &&
                                 labelled_item(t, chain_end, e->start));
      if ((rc = try_trailing(r, e->start, e->end, chain_end, &head, exp,
                             code)) < 0 ||
          (rc == 0 && (rc = continue_before(r, md, e->start, chain_end,
                                            code, !scaled)) < 0))
        break;
    }
    e = frex_entities_get(r->out, k); /* the list may have grown */
    chain_end = from;
    if (from >= to)
      continue;
    size_t lm = from;
    if (lends && (rc = try_breakdown(r, e->start, from, to, &head, exp, code, &lm)) == 1)
      from = chain_end = lm; /* the chain goes on after its last line */
    else if (rc < 0)
      break;
    rc = FREX_OK;
    size_t reach = to < from + CONT_REACH ? to : from + CONT_REACH;
    size_t end = sentence_end(t, from, reach);
    size_t cs = e->start; /* where the chain's last item starts */
    int bridges = 0; /* sentences the chain went on into */
    for (size_t p = from; rc >= 0;) {
      if (p >= end) { /* the next sentence may go on with the budget */
        size_t bp = end, bm = end;
        /* a budget goes on from a scaled amount, or a large one written
         * in full ("en baisse de 350 000 euros. La taxe foncière
         * rapportera 29 millions"); a price from a price */
        bool price = lends && exp == 0 && dec_approx(&head) < 100000;
        if (bridges >= BRIDGES_MAX || !lends ||
            (!price && exp < 6 && (exp > 0 || dec_approx(&head) < 100000)) ||
            (rc = price ? try_price_bridge(r, end, to, &head, code, &bp, &bm)
                        : try_bridge(r, md, end, to, code, &bp, &bm)) != 1)
          break;
        bridges++;
        const frex_entity *ce =
            frex_entities_get(r->out, frex_entities_count(r->out) - 1);
        frex_dec h2;
        int e2 = 0, p2 = -1;
        if (row_scale(t, ce, &h2, &e2) == 0)
          head = h2, exp = e2;
        char k2 = complement_at(t, len, ce->end, &p2);
        prep = p2, kind = k2;
        cs = bp;
        from = chain_end = p = bm;
        size_t lim = to < from + CONT_REACH ? to : from + CONT_REACH;
        end = sentence_end(t, from, lim);
        continue;
      }
      unsigned char c = (unsigned char)t[p];
      bool start = p == from || !may_follow_word(t, p);
      bool cand = cont_candidate(t, p, end, start);
      size_t mend = p;
      if (cand &&
          (rc = try_continuation(r, md, p, end, from, code, false, &mend)) ==
              1) {
        /* a scaled continuation lends its own scale and complement on */
        const frex_entity *ce =
            frex_entities_get(r->out, frex_entities_count(r->out) - 1);
        frex_dec h2;
        int e2 = 0, p2 = -1;
        bool l2 = row_scale(t, ce, &h2, &e2) == 0;
        char k2 = l2 ? complement_at(t, len, ce->end, &p2) : 0;
        if (l2)
          head = h2, exp = e2, lends = true;
        if (k2)
          prep = p2, kind = k2;
        cs = p;
        from = chain_end = p = mend; /* the chain goes on from here */
        size_t lim = to < from + CONT_REACH ? to : from + CONT_REACH;
        end = sentence_end(t, from, lim);
        continue;
      }
      if (rc >= 0 && cand && lends && c >= '0' && c <= '9' &&
          ((rc = try_elided(r, p, end, from, cs, &head, exp, prep, kind,
                            code, &mend)) == 1 ||
           (rc == 0 && (rc = try_lead(r, p, end, from, cs, &head, exp,
                                      code, &mend)) == 1) ||
           (rc == 0 && (rc = try_label(r, p, end, from, cs, &head, exp,
                                       code, &mend)) == 1) ||
           (rc == 0 && (rc = try_subject(r, p, end, from, cs, &head, exp,
                                         code, &mend)) == 1) ||
           (rc == 0 && (rc = try_money_noun(r, p, end, from, &head, exp,
                                            code, &mend)) == 1) ||
           (rc == 0 && (rc = try_qualified(r, p, end, from, &head, exp, code,
                                           &mend)) == 1) ||
           (rc == 0 && (rc = try_bracket(r, p, end, from, cs, &head, exp,
                                         code, &mend)) == 1) ||
           (rc == 0 && (rc = try_pronoun(r, p, end, from, &head, exp, code,
                                         &mend)) == 1) ||
           (rc == 0 && (rc = try_each(r, p, end, from, &head, exp, code,
                                      &mend)) == 1) ||
           (rc == 0 && cs == e->start &&
            (rc = try_partition(r, p, end, from, cs, &head, exp, code,
                                &mend)) == 1))) {
        /* the last item's complement is the next one's parallel: "2
         * euros, contre 1,80 en 2023 et 1,60 en 2022", "1 500 euros par
         * an, contre 1 200 en 2021 et 900 en 2019" */
        int p3 = -1;
        char k3 = complement_at(t, len, mend, &p3);
        if (k3 || !kind)
          kind = k3, prep = p3;
        cs = p;
        from = chain_end = p = mend; /* the chain goes on from here */
        size_t lim = to < from + CONT_REACH ? to : from + CONT_REACH;
        end = sentence_end(t, from, lim);
        continue;
      }
      p++;
    }
  }
  r->from_source = false;
  if (rc >= 0)
    rc = money_by_name(r, md, first, frex_entities_count(r->out));
  if (rc >= 0)
    rc = money_by_noun(r, first, frex_entities_count(r->out));
  pcre2_match_data_free(md);
  return rc < 0 ? rc : FREX_OK;
}

