/*
 * date_near.c — the words around a date candidate, as the DATE builders
 * read them (see date.c): the word before and after (folded, with d', l'
 * and jusqu' as words), white space including the no-break spaces, the
 * start of a sentence, a capital letter, and whether a four-digit number
 * is a year ("en 2000") or a count ("2000 personnes", "page 2013").
 */
#include <string.h>

#include "date_impl.h"


bool frex_date_is_space(const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return true;
  if (c == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] == 0xA0)
    return true; /* NBSP */
  return c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
         (unsigned char)t[i + 2] == 0xAF; /* U+202F */
}

/* Step back from I over spaces; returns the new position. */
size_t frex_date_space_back(const char *t, size_t lo, size_t i) {
  while (i > lo) {
    unsigned char c = (unsigned char)t[i - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      i--;
    else if (c == 0xA0 && i - 1 > lo && (unsigned char)t[i - 2] == 0xC2)
      i -= 2;
    else if (c == 0xAF && i - 2 > lo && (unsigned char)t[i - 2] == 0x80 &&
             (unsigned char)t[i - 3] == 0xE2)
      i -= 3;
    else
      break;
  }
  return i;
}

/* The word before POS (spaces skipped; "d'", "l'" and "jusqu'" count as
 * words), folded into W; returns its start, or POS when there is none. */
size_t frex_date_prev_word(const scan *S, size_t pos, char *w) {
  const char *t = S->t;
  w[0] = 0;
  size_t i = frex_date_space_back(t, S->body, pos);
  if (i > S->body && t[i - 1] == '\'')
    i--;
  else if (i >= S->body + 3 && (unsigned char)t[i - 3] == 0xE2 &&
           (unsigned char)t[i - 2] == 0x80 && (unsigned char)t[i - 1] == 0x99)
    i -= 3;
  size_t end = i;
  while (i > S->body && frex_date_is_letter_at(t, S->len, i - 1))
    i--;
  if (i == end)
    return pos;
  char tmp[FREX_DATE_WORD_MAX + 1];
  if (end - i > FREX_DATE_WORD_MAX * 2)
    return i;
  frex_date_fold_word(t + i, end - i, tmp);
  strcpy(w, tmp);
  return i;
}

/* The word after POS (spaces skipped), folded; "" when the next thing is
 * punctuation or the end. */
void frex_date_next_word(const scan *S, size_t pos, char *w) {
  size_t i = pos;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i += (unsigned char)S->t[i] == 0xC2 ? 2 : (unsigned char)S->t[i] == 0xE2 ? 3 : 1;
  w[0] = 0;
  if (i < S->len && frex_date_is_letter_at(S->t, S->len, i))
    frex_date_fold_word(S->t + i, S->len - i, w);
}

bool frex_date_in_list(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0)
      return true;
  return false;
}

/* Words after which a bare month or a bare year reads as a date. */
const char *const frex_date_preps[] = {
    "en",     "depuis", "des",     "de",      "d",      "debut",  "fin",
    "mi",     "mois",   "courant", "avant",   "apres",  "jusqu",  "entre",
    "vers",   "pour",   "durant",  "pendant", "dans",   "milieu", "annee",
    "an",     "partir", "fois",
    "hiver",  "ete",    "automne", "printemps", "juste", "jusque", NULL};

/* Nouns and units after which a number 1900-2099 is a count, not a year. */
static const char *const count_words[] = {
    "octets", "ko", "mo", "go", "to", "dollars", "euros", "livres", "francs",
    "yens", "yuans", "habitants", "personnes", "employes", "salaries", "m",
    "km", "kg", "g", "t", "tonnes", "litres", "l", "points", "pts", "voix",
    "exemplaires", "pages", "mots", "signes", "caracteres", "ha", "hectares",
    "heures", "h", "minutes", "min", "secondes", "jours", "semaines", "mois",
    "ans", "annees", "fois", "morts", "victimes", "cas", "emplois", "postes",
    "metres", "kilometres", "milliards", "millions", "mille", "ml", "cm",
    "mm", "kw", "mw", "w", "v", "gb", "mb", "kb", "pixels", "fr", "f", NULL};

/* Function words ending in -s/-x that may follow a year ("en 2013 sans"). */
static const char *const not_plural_nouns[] = {
    "dans", "sans", "apres", "depuis", "alors", "mais", "puis", "plus", "tres",
    "vers", "sous", "lors", "jamais", "toujours", "tous", "toutes", "des",
    "les", "ses", "ces", "mes", "tes", "nos", "vos", "leurs", "aux", "deux",
    "trois", "six", "dix", "pas", "ainsi", "avons", "avez", "sommes", "etes",
    "suis", "es", "fut", "etait", "selon", "parmi", "chez", "afin", "moins",
    "encore", "desormais", "hors", "pres", "pourtant", "tandis", "certes",
    "dont", "jusqu", "voire", NULL};

/* Words before a number that make it a page, an article, a count... */
static const char *const number_nouns[] = {
    "page", "pages", "p", "n", "no", "numero", "numeros", "article", "art",
    "chapitre", "tome", "vol", "volume", "code", "ligne", "route",
    "rn", "rue", "avenue", "boulevard", "km", "kilometre", "point", "score",
    "windows", "office", "version", "modele", "vol", "chambre", "bureau",
    "salle", "table", "figure", "fig", "tableau", "annexe", "alinea", "loi",
    "decret", "dossier", "lot", "gare", "porte", "quai", "les", "ces", "aux",
    "nos", "vos", "ses", "mes", "tes", "leurs", "quelque", "plus", "moins",
    "environ",
    /* a car's model: "la Peugeot 2008" */
    "peugeot", NULL};

static bool plural_noun(const char *w) {
  size_t n = strlen(w);
  return n >= 4 && (w[n - 1] == 's' || w[n - 1] == 'x') &&
         !frex_date_in_list(w, not_plural_nouns);
}

/* Is the number at S part of a name, a capitalised word right before it
 * that is no date word, inside the sentence, with no article or "de"
 * before that word: a brand or a firm ("vendue chez Optic 2000 et Krys",
 * "ses concurrents Optic 2000, Krys"), a plan ("le plan France 2030")?
 * An event named with its article or after "de" is its year ("l'Euro
 * 2016", "les JO de Paris 2024"), and so is a heading ("Budget 2026 :",
 * "Exercices 2019") or an acronym ("le PLF 2027").  PS is the start of
 * the word before, PW that word folded. */
static bool name_number(const scan *S, size_t s, size_t ps, const char *pw) {
  static const char *const date_words[] = {
      "janvier", "fevrier", "mars",     "avril",     "mai",      "juin",
      "juillet", "aout",    "septembre", "octobre",  "novembre", "decembre",
      "noel",    "paques",  "toussaint", "pentecote", "ete",     "hiver",
      "printemps", "automne", "fin",    "debut",     "mi",       "courant",
      "depuis",  "en",      "vers",     "avant",     "apres",    "des",
      "entre",   "exercice", "exercices", "annee",   "an",       NULL};
  static const char *const articles[] = {
      "le", "la", "l", "les", "de", "du", "des", "d", "au", "aux", "un",
      "une", NULL};
  if (ps >= s || !frex_date_is_upper_at(S, ps) || ps + 1 >= s ||
      frex_date_is_upper_at(S, ps + 1) || S->t[s - 1] != ' ' ||
      !frex_date_is_letter_at(S->t, S->len, s - 2) ||
      frex_date_in_list(pw, date_words) || frex_date_sentence_start(S, ps))
    return false;
  char w2[FREX_DATE_WORD_MAX + 1];
  size_t p2 = frex_date_prev_word(S, ps, w2);
  if (p2 == ps || frex_date_in_list(w2, articles))
    return false;
  /* a prize, a championship, a product named with its year are dates in
   * news ("le Trophée Nebelhorn 2018", "Windows Server 2003"): only a shop
   * ("chez Optic 2000"), a plan ("le plan France 2030", "programme
   * Horizon 2020") or a name in a list of names ("Optic 2000, Krys et
   * Afflelou", "Krys et Optic 2000") */
  static const char *const cues[] = {"chez", "plan", "programme", "projet",
                                     "strategie", "enseigne", "enseignes",
                                     "marque", "marques", "opticien",
                                     "opticiens", NULL};
  if (frex_date_in_list(w2, cues))
    return true;
  size_t e = s;
  while (e < S->len && S->t[e] >= '0' && S->t[e] <= '9')
    e++;
  char nx[FREX_DATE_WORD_MAX + 1];
  frex_date_next_word(S, e, nx);
  size_t q = e;
  if (q < S->len && S->t[q] == ',')
    q++;
  while (q < S->len && S->t[q] == ' ')
    q++;
  bool list_after = q > e && q < S->len && frex_date_is_upper_at(S, q) &&
                    (S->t[e] == ',' || strcmp(nx, "et") == 0);
  if (strcmp(nx, "et") == 0) { /* "Optic 2000 et Krys" */
    q += 2;
    while (q < S->len && S->t[q] == ' ')
      q++;
    list_after = q < S->len && frex_date_is_upper_at(S, q);
  }
  /* "Krys et Optic 2000", "Krys, Optic 2000": a name before, in a list */
  bool list_before = false;
  if (strcmp(w2, "et") == 0 || (p2 < ps && S->t[ps - 1] == ' ' &&
                                ps >= 2 && S->t[ps - 2] == ',')) {
    size_t b = strcmp(w2, "et") == 0 ? p2 : ps - 2;
    while (b > S->body && (S->t[b - 1] == ' ' || S->t[b - 1] == ','))
      b--;
    size_t a = b;
    while (a > S->body && frex_date_is_letter_at(S->t, S->len, a - 1))
      a--;
    list_before = a < b && frex_date_is_upper_at(S, a) &&
                  !frex_date_sentence_start(S, a);
  }
  return list_after || list_before;
}

/* Is the number at [s, e) a year rather than a count, page, or amount? */
bool frex_date_year_context_ok(const scan *S, size_t s, size_t e) {
  char pw[FREX_DATE_WORD_MAX + 1], nw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, s, pw);
  if (name_number(S, s, ps, pw))
    return false;
  /* "10 2013", "1 2020 000": part of a bigger number */
  size_t b = frex_date_space_back(S->t, S->body, s);
  if (b < s && b > S->body && S->t[b - 1] >= '0' && S->t[b - 1] <= '9')
    return false;
  if (b > S->body && strchr("$#+", S->t[b - 1]))
    return false; /* "#2020", "+2020" */
  if (b > S->body + 1 && S->t[b - 1] == '=' && S->t[b - 2] != '<' &&
      S->t[b - 2] != '>')
    return false; /* "n = 2078", but ">=2019" is a year */
  if (b >= S->body + 2 && (unsigned char)S->t[b - 2] == 0xC2 &&
      (unsigned char)S->t[b - 1] == 0xB0)
    return false; /* "n° 2010" */
  if (ps < s && frex_date_in_list(pw, number_nouns))
    return false;
  /* a title that is only a number between guillemets: "le roman « 1984 »",
   * "le film « 1917 »" */
  if (b >= S->body + 2 && (unsigned char)S->t[b - 2] == 0xC2 &&
      (unsigned char)S->t[b - 1] == 0xAB) {
    size_t q = e;
    while (q < S->len && frex_date_is_space(S->t, S->len, q))
      q += (unsigned char)S->t[q] == 0xC2 ? 2 : (unsigned char)S->t[q] == 0xE2 ? 3 : 1;
    if (q + 1 < S->len && (unsigned char)S->t[q] == 0xC2 &&
        (unsigned char)S->t[q + 1] == 0xBB)
      return false;
  }
  if (ps < s && strlen(pw) <= 3 && S->t[ps] >= 'A' && S->t[ps] <= 'Z' &&
      S->t[ps + 1] >= 'A' && S->t[ps + 1] <= 'Z') {
    /* a flight or train number: "le vol AF 2024", "le vol LH 1990" */
    static const char *const runs[] = {"vol", "vols", "train", "trains",
                                       NULL};
    char p2[FREX_DATE_WORD_MAX + 1];
    if (frex_date_prev_word(S, ps, p2) < ps && frex_date_in_list(p2, runs))
      return false;
  }
  /* a year inside a reference code, joined by hyphens to letters or
   * digits: "Référence : 2026-TRX-0148", "dossier CT-2026-0148", "n°
   * 2026-00417" (not "2025-2026", "2026-03-12" nor "2026-Q2") */
  if (e + 2 < S->len && S->t[e] == '-') {
    const char *q = S->t + e + 1;
    size_t r = S->len - e - 1, k = 0;
    while (k < r && q[k] >= 'A' && q[k] <= 'Z')
      k++;
    if (k >= 2 && k < r && (q[k] == '-' || (q[k] >= '0' && q[k] <= '9')))
      return false;
    for (k = 0; k < r && q[k] >= '0' && q[k] <= '9';)
      k++;
    if (k >= 4 && !(k == 4 && (q[0] == '1' || q[0] == '2') &&
                    (q[0] == '2' ? q[1] == '0' : q[1] == '9')))
      return false;
    if (k >= 1 && s >= S->body + 2 && S->t[s - 1] == '-' &&
        S->t[s - 2] >= 'A' && S->t[s - 2] <= 'Z')
      return false;
  }
  frex_date_next_word(S, e, nw);
  if (e < S->len && (S->t[e] == '%' || S->t[e] == '$'))
    return false;
  size_t i = e;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i++;
  if (i < S->len && (S->t[i] == '%' || S->t[i] == '$' ||
                     (unsigned char)S->t[i] == 0xE2 /* € ‰ */))
    if (!(i + 2 < S->len && (unsigned char)S->t[i + 1] == 0x80 &&
          ((unsigned char)S->t[i + 2] == 0x99 ||
           (unsigned char)S->t[i + 2] == 0x93 ||
           (unsigned char)S->t[i + 2] == 0x94 ||
           (unsigned char)S->t[i + 2] == 0xA2 ||
           (unsigned char)S->t[i + 2] == 0xA6)))
      return false; /* '%', '$', '€' — but not ’ – — • … (a bulleted
                       list after a heading: "Chiffres clés 2025⏎• …") */
  /* a one-letter unit, not an elided word: "en 2022 l'américain X",
   * "2021 m'a marqué" (but "2020 l", "2000 m") */
  bool elided = nw[0] && !nw[1] && i + 1 < S->len &&
                (S->t[i + 1] == '\'' ||
                 (i + 3 < S->len && (unsigned char)S->t[i + 1] == 0xE2 &&
                  (unsigned char)S->t[i + 2] == 0x80 &&
                  (unsigned char)S->t[i + 3] == 0x99));
  if (!elided && frex_date_in_list(nw, count_words))
    return false;
  /* "2000 personnes", unless "en 2000" or "depuis 2000" says it is a year */
  bool strong = ps < s && (strcmp(pw, "en") == 0 || strcmp(pw, "depuis") == 0 ||
                           strcmp(pw, "annee") == 0 || strcmp(pw, "an") == 0 ||
                           strcmp(pw, "des") == 0);
  return strong || !plural_noun(nw);
}

/* Is the season word at POS a time by the words before it: "d'ici
 * l'été", "avant l'hiver", "dès l'automne", "après l'été" (a season with
 * no year or modifier is otherwise generic: "en été", "l'été")? */
bool frex_date_season_after_prep(const scan *S, size_t pos) {
  static const char *const preps[] = {"ici", "avant", "apres", "des", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, pos, w);
  if (ps == pos || strcmp(w, "l") != 0)
    return false;
  size_t p2 = frex_date_prev_word(S, ps, w);
  return p2 < ps && frex_date_in_list(w, preps) &&
         (strcmp(w, "ici") != 0 ||
          (frex_date_prev_word(S, p2, w) < p2 && strcmp(w, "d") == 0));
}

/* Is "la rentrée" (its "la" at PS, the noun at POS) the subject of a
 * reflexive verb that tells how it goes, at the head of its sentence or
 * after a comma ("La rentrée s'est bien passée", "Selon l'inspection, la
 * rentrée s'est déroulée sans incident", "La rentrée se fera sous le signe
 * de la sobriété"), no figure, weekday or month after it in the sentence
 * to date it ("La rentrée se déroulera le 1er septembre")?  Not "la
 * rentrée littéraire", "la rentrée du groupe". */
/* Past "des classes" or "scolaire" after "rentrée" (its end at E): the
 * same start of the school year.  Returns where the verb may start. */
static size_t skip_school_words(const scan *S, size_t e) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t f = e;
  for (int k = 0; k < 2; k++) {
    while (f < S->len && frex_date_is_space(S->t, S->len, f))
      f++;
    size_t g = f;
    while (g < S->len && frex_date_is_letter_at(S->t, S->len, g))
      g++;
    frex_date_next_word(S, f, w);
    if (k == 0 && strcmp(w, "scolaire") == 0)
      return g;
    if (k == 0 && strcmp(w, "des") != 0)
      return e;
    if (k == 1)
      return strcmp(w, "classes") == 0 ? g : e;
    f = g;
  }
  return e;
}

static bool rentree_subject(const scan *S, size_t ps, size_t pos) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t a = ps;
  while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
    a--;
  if (!(a == S->body || S->t[a - 1] == ',' ||
        frex_date_sentence_start(S, ps)))
    return false;
  size_t e = pos;
  while (e < S->len && frex_date_is_letter_at(S->t, S->len, e))
    e++;
  e = skip_school_words(S, e);
  frex_date_next_word(S, e, w);
  /* "La rentrée approche", "La rentrée a été marquée par une grève" */
  static const char *const plain[] = {"approche", "approchait", "a",
                                      "avait", NULL};
  bool refl = strcmp(w, "s") == 0 || strcmp(w, "se") == 0;
  if (!refl && !frex_date_in_list(w, plain))
    return false;
  bool aux = strcmp(w, "a") == 0 || strcmp(w, "avait") == 0;
  while (e < S->len && !frex_date_is_letter_at(S->t, S->len, e))
    e++;
  while (e < S->len && frex_date_is_letter_at(S->t, S->len, e))
    e++; /* "s", "se", "approche", "a" */
  while (e < S->len && !frex_date_is_letter_at(S->t, S->len, e) &&
         !strchr(".!?;,", S->t[e]))
    e++; /* the apostrophe */
  frex_date_next_word(S, e, w);
  size_t n = strlen(w);
  /* a past, a future, "s'annonce", or a present of what is being readied
   * ("se prépare", "se profile"), which date_ctx.c sends forward */
  static const char *const verbs[] = {
      "est",     "etait",   "annonce", "annoncait", "prepare",
      "profile", "dessine", "organise", NULL};
  if (aux ? strcmp(w, "ete") != 0
          : refl && !frex_date_in_list(w, verbs) &&
                !(n >= 4 && (strcmp(w + n - 2, "ra") == 0 ||
                             strcmp(w + n - 4, "rait") == 0)))
    return false;
  static const char *const dated[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
      "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
      "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
      "demain", "hier", NULL};
  for (size_t i = e; i < S->len && !strchr(".!?;\n", S->t[i]); i++) {
    /* a day's number or a year dates it, not a count ("avec 300 postes
     * non pourvus") */
    if (S->t[i] >= '0' && S->t[i] <= '9' &&
        !(i > 0 && S->t[i - 1] >= '0' && S->t[i - 1] <= '9')) {
      int v = 0;
      size_t j = i;
      while (j < S->len && S->t[j] >= '0' && S->t[j] <= '9' && v < 10000)
        v = v * 10 + (S->t[j++] - '0');
      if (v >= 1900 && v <= 2099)
        return false;
      /* a day: "le 2", "le 1er", "du 3 au 5" (not "12 millions") */
      char pw[FREX_DATE_WORD_MAX + 1];
      static const char *const day_preps[] = {"le", "du", "au", NULL};
      if (v >= 1 && v <= 31 &&
          ((j + 1 < S->len && S->t[j] == 'e' && S->t[j + 1] == 'r') ||
           (frex_date_prev_word(S, i, pw) < i &&
            frex_date_in_list(pw, day_preps))))
        return false;
    }
    if (frex_date_is_letter_at(S->t, S->len, i) &&
        !frex_date_is_letter_at(S->t, S->len, i - 1)) {
      frex_date_next_word(S, i, w);
      if (frex_date_in_list(w, dated))
        return false;
    }
  }
  return true;
}

/* Is "rentrée" at POS the start of the school year, after a preposition
 * of time and "la" ("à la rentrée", "dès la rentrée", "d'ici la
 * rentrée", "avant", "après", "depuis", "pour", "pendant", "durant",
 * "jusqu'à la rentrée", "à partir de la rentrée"), not a comeback ("faire
 * sa rentrée"), the parliament's (in October) nor another holiday's
 * ("la rentrée de janvier", "des vacances de la Toussaint"), nor money
 * coming in ("les rentrées fiscales", "une rentrée d'argent")? */
bool frex_date_rentree_ok(const scan *S, size_t pos) {
  static const char *const preps[] = {"a",      "des",    "ici",     "avant",
                                      "apres",  "depuis", "pour",    "pendant",
                                      "durant", "de",     NULL};
  static const char *const not_after[] = {"parlementaire", "fiscale", "de",
                                          "d", "du", "des", "en", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, pos, w);
  if (ps == pos || strcmp(w, "la") != 0)
    return false;
  if (rentree_subject(S, ps, pos))
    return true;
  size_t p2 = frex_date_prev_word(S, ps, w);
  if (p2 == ps || !frex_date_in_list(w, preps))
    return false;
  if (strcmp(w, "ici") == 0 &&
      !(frex_date_prev_word(S, p2, w) < p2 && strcmp(w, "d") == 0))
    return false;
  if (strcmp(w, "de") == 0 && /* "à partir de la rentrée" */
      !(frex_date_prev_word(S, p2, w) < p2 && strcmp(w, "partir") == 0))
    return false;
  size_t e = pos;
  while (e < S->len && frex_date_is_letter_at(S->t, S->len, e))
    e++;
  if (e < S->len && S->t[e] == '-')
    return false;
  frex_date_next_word(S, e, w);
  if (strcmp(w, "des") == 0) { /* "la rentrée des classes" */
    size_t f = e;
    while (f < S->len && !frex_date_is_letter_at(S->t, S->len, f))
      f++;
    while (f < S->len && frex_date_is_letter_at(S->t, S->len, f))
      f++;
    frex_date_next_word(S, f, w);
    return strcmp(w, "classes") == 0;
  }
  return !frex_date_in_list(w, not_after);
}

/* Is the season word at POS after a preposition of time: "au
 * printemps", "à l'automne", "dès le printemps", "pendant l'été", "au
 * cours de l'hiver", "à la fin de l'été", "au début du printemps"?  Not
 * "a l'été", the verb avoir ("il a l'été pour réfléchir"), nor "en été",
 * "en hiver", which say a habit more often than a date ("l'heure d'été
 * est respectée en hiver").  build_season also wants a tensed clause. */
bool frex_date_season_after_time_prep(const scan *S, size_t pos) {
  static const char *const direct[] = {"au", NULL};
  static const char *const before_le[] = {"des",   "depuis", "pendant",
                                          "durant", "avant", "apres", NULL};
  /* "au cours du printemps", "à partir de l'été", "à compter du
   * printemps" */
  static const char *const parts[] = {"cours", "fin",    "debut", "milieu",
                                      "partir", "compter", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, pos, w);
  if (ps == pos)
    return false;
  if (frex_date_in_list(w, direct))
    return true;
  bool l = strcmp(w, "l") == 0, du = strcmp(w, "du") == 0;
  if (!l && !du && strcmp(w, "le") != 0)
    return false;
  size_t p2 = frex_date_prev_word(S, ps, w);
  if (p2 == ps)
    return false;
  if (l && strcmp(w, "a") == 0) /* "à", not the verb "a" */
    return (unsigned char)S->t[p2] == 0xC3 &&
           ((unsigned char)S->t[p2 + 1] == 0xA0 ||
            (unsigned char)S->t[p2 + 1] == 0x80);
  if (!du && frex_date_in_list(w, before_le))
    return true;
  if (!du && strcmp(w, "ici") == 0) /* "d'ici le printemps" */
    return frex_date_prev_word(S, p2, w) < p2 && strcmp(w, "d") == 0;
  if (du) /* "au cours du printemps", "à la fin du printemps" */
    return frex_date_in_list(w, parts);
  if (strcmp(w, "d") != 0 && strcmp(w, "de") != 0)
    return false;
  size_t p3 = frex_date_prev_word(S, p2, w); /* "au cours de l'hiver" */
  return p3 < p2 && frex_date_in_list(w, parts);
}

/* Does POS start a sentence (only spaces, quotes, markup or a list dash
 * since the last . ! ? : or line break, or the start of the body)? */
bool frex_date_sentence_start(const scan *S, size_t pos) {
  size_t i = pos;
  while (i > S->body) {
    unsigned char c = (unsigned char)S->t[i - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':')
      return true;
    if (!strchr(" \t\r*#\"([-|>_", c) && c < 0x80)
      return false;
    if (c >= 0x80 && frex_date_is_letter_at(S->t, S->len, i - 1))
      return false;
    i--;
  }
  return true;
}

bool frex_date_is_upper_at(const scan *S, size_t i) {
  unsigned char c = (unsigned char)S->t[i];
  if (c >= 'A' && c <= 'Z')
    return true;
  return c == 0xC3 && i + 1 < S->len && (unsigned char)S->t[i + 1] >= 0x80 &&
         (unsigned char)S->t[i + 1] <= 0x9E;
}


/* A season named with its article as the subject of a verb of its
 * course ("L'hiver n'a pas commencé que ...", "Le printemps arrive
 * vendredi", "L'été touche à sa fin", "L'hiver est terminé", "L'automne
 * a été pluvieux") is one season, the one around the DCT, where a bare
 * "l'été" is generic ("L'été, la population triple", "l'été sera
 * chaud").  The article heads its sentence or follows a comma, the
 * verb comes right after the noun (negation, auxiliary and adverbs
 * between).  Returns +1 for a beginning (the current season, else the
 * coming one), -1 for an end or a season described in the past (the
 * current one, else the last), 0 for none.  Not "Le Printemps de
 * Bourges", "le Printemps arabe": no verb follows. */
int frex_date_season_subject(const scan *S, size_t pos) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, pos, w);
  if (ps == pos || (strcmp(w, "l") != 0 && strcmp(w, "le") != 0))
    return 0;
  size_t a = ps;
  while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
    a--;
  if (!(a == S->body || S->t[a - 1] == ',' || frex_date_sentence_start(S, ps)))
    return 0;
  static const char *const skip[] = {
      "n",      "ne",     "s",        "se",     "a",       "est",
      "avait",  "etait",  "pas",      "deja",   "toujours", "encore",
      "bien",   "bel",    "et",       "enfin",  "officiellement",
      "vraiment", "presque", "bientot", "desormais", "definitivement",
      "doucement", NULL};
  static const char *const begin[] = {
      "commence", "commencera", "commencait", "debute",  "debutera",
      "debutait", "arrive",     "arrivera",   "arrivait", "installe",
      "installera", "annonce",  NULL};
  static const char *const end[] = {"termine", "terminera", "acheve",
                                    "achevera", "fini", "finit", "finira",
                                    "touche", "tire", NULL};
  static const char *const adverbs[] = {
      "particulierement", "tres", "plutot", "exceptionnellement", "assez",
      "anormalement", "trop", "si", "relativement", "extremement",
      "globalement", "plus", "moins", "peu", NULL};
  static const char *const weather[] = {
      "pluvieux", "sec", "doux", "chaud", "froid", "rude", "rigoureux",
      "clement", "ensoleille", "humide", "precoce", "tardif",
      "exceptionnel", "maussade", "meurtrier", "agite", "venteux",
      "neigeux", "caniculaire", "orageux", "glacial", "long", "court",
      "difficile", "calme", "record", "historique", NULL};
  size_t e = pos;
  while (e < S->len && frex_date_is_letter_at(S->t, S->len, e))
    e++;
  bool aux = false, ete = false;
  for (int k = 0; k < 6; k++) {
    /* past the apostrophe of "n'a", "s'est", "s'installe" */
    while (e < S->len && (S->t[e] == '\'' || frex_date_is_space(S->t, S->len, e)))
      e++;
    if (e + 2 < S->len && (unsigned char)S->t[e] == 0xE2 &&
        (unsigned char)S->t[e + 1] == 0x80 && (unsigned char)S->t[e + 2] == 0x99)
      e += 3;
    frex_date_next_word(S, e, w);
    if (!w[0])
      return 0;
    if (ete && frex_date_in_list(w, weather))
      return -1; /* "L'automne a été (particulièrement) pluvieux" */
    if (ete && !frex_date_in_list(w, adverbs))
      return 0;
    if (ete)
      ; /* an adverb before the adjective */
    else if (aux && strcmp(w, "ete") == 0)
      ete = true;
    else if (frex_date_in_list(w, begin))
      return 1;
    else if (frex_date_in_list(w, end))
      return -1;
    else if (frex_date_in_list(w, skip))
      aux = aux || strcmp(w, "a") == 0 || strcmp(w, "avait") == 0;
    else
      return 0;
    while (e < S->len && frex_date_is_letter_at(S->t, S->len, e))
      e++;
  }
  return 0;
}
