/*
 * date_build.c — the checkers of the DATE grammar (see date.c): each
 * pattern's match becomes a mention (fields read off the groups) or is
 * rejected by its context — "en mai" is a date, "Mai Nguyen" is not;
 * "2000 personnes" is a count, "en 2000" a year (SPEC "DATE").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_impl.h"

/* -------------------------------------------------------- per-call state */

int frex_date_push(scan *S, const frex_mention *m) {
  if (S->n == S->cap) {
    size_t cap = S->cap ? S->cap * 2 : 32;
    frex_mention *v = realloc(S->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    S->v = v;
    S->cap = cap;
  }
  S->v[S->n++] = *m;
  return FREX_OK;
}

/* Group NAME of the last match (the first set one, names may repeat). */
static bool grp(const scan *S, const char *name, size_t *s, size_t *e) {
  PCRE2_SPTR first, last;
  int size = pcre2_substring_nametable_scan(S->D->code[S->pat],
                                            (PCRE2_SPTR)name, &first, &last);
  if (size <= 0)
    return false;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(S->md);
  for (PCRE2_SPTR q = first; q <= last; q += size) {
    int k = (q[0] << 8) | q[1];
    if (k < S->rc && ov[2 * k] != PCRE2_UNSET) {
      *s = ov[2 * k];
      *e = ov[2 * k + 1];
      return true;
    }
  }
  return false;
}

static bool has(const scan *S, const char *name) {
  size_t s, e;
  return grp(S, name, &s, &e);
}

/* Fold group NAME into W; false when unset. */
static bool grp_fold(const scan *S, const char *name, char *w, size_t cap) {
  size_t s, e;
  if (!grp(S, name, &s, &e))
    return false;
  frex_date_fold_text(S->t + s, e - s, w, cap);
  return true;
}

static int grp_number(const scan *S, const char *name) {
  size_t s, e;
  return grp(S, name, &s, &e) ? frex_date_number(S->t + s, e - s) : 0;
}

/* ------------------------------------------------------------- context */

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
static const char *const date_preps[] = {
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
    "chapitre", "tome", "vol", "volume", "annees", "code", "ligne", "route",
    "rn", "rue", "avenue", "boulevard", "km", "kilometre", "point", "score",
    "windows", "office", "version", "modele", "vol", "chambre", "bureau",
    "salle", "table", "figure", "fig", "tableau", "annexe", "alinea", "loi",
    "decret", "dossier", "lot", "gare", "porte", "quai", "les", "ces", "aux",
    "nos", "vos", "ses", "mes", "tes", "leurs", "quelque", "plus", "moins",
    "environ", NULL};

static bool plural_noun(const char *w) {
  size_t n = strlen(w);
  return n >= 4 && (w[n - 1] == 's' || w[n - 1] == 'x') &&
         !frex_date_in_list(w, not_plural_nouns);
}

/* Is the number at [s, e) a year rather than a count, page, or amount? */
static bool year_context_ok(const scan *S, size_t s, size_t e) {
  char pw[FREX_DATE_WORD_MAX + 1], nw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, s, pw);
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
           (unsigned char)S->t[i + 2] == 0xA6)))
      return false; /* '%', '$', '€' — but not ’ – — … */
  if (frex_date_in_list(nw, count_words))
    return false;
  /* "2000 personnes", unless "en 2000" or "depuis 2000" says it is a year */
  bool strong = ps < s && (strcmp(pw, "en") == 0 || strcmp(pw, "depuis") == 0 ||
                           strcmp(pw, "annee") == 0 || strcmp(pw, "an") == 0 ||
                           strcmp(pw, "des") == 0);
  return strong || !plural_noun(nw);
}

/* Does POS start a sentence (only spaces, quotes, markup or a list dash
 * since the last . ! ? : or line break, or the start of the body)? */
static bool sentence_start(const scan *S, size_t pos) {
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

static bool is_upper_at(const scan *S, size_t i) {
  unsigned char c = (unsigned char)S->t[i];
  if (c >= 'A' && c <= 'Z')
    return true;
  return c == 0xC3 && i + 1 < S->len && (unsigned char)S->t[i + 1] >= 0x80 &&
         (unsigned char)S->t[i + 1] <= 0x9E;
}

/* ------------------------------------------------------------ builders */

static const char *const full_months[] = {
    "janvier", "fevrier", "mars",     "avril",   "mai",      "juin", "juillet",
    "aout",    "septembre", "octobre", "novembre", "decembre", NULL};
/* month names that are also a planet, a first name or a surname */
static const char *const ambiguous_months[] = {"mars", "mai", "avril", "juin",
                                               NULL};

static int month_of(const scan *S) {
  size_t s, e;
  return grp(S, "mon", &s, &e) ? frex_date_month(S->t + s, e - s) : 0;
}

/* Year group: value, and whether it was written with two digits. */
static void year_of(const scan *S, frex_mention *m) {
  size_t s, e;
  if (!grp(S, "y", &s, &e))
    return;
  if (S->t[s] < '0' || S->t[s] > '9') /* '21 or ’21 */
    while (s < e && (S->t[s] < '0' || S->t[s] > '9'))
      s++;
  m->y = frex_date_number(S->t + s, e - s);
  m->y2 = e - s == 2;
}

static int dir_of(const scan *S, const char *name) {
  char w[32];
  if (!grp_fold(S, name, w, sizeof w))
    return 0;
  if (strncmp(w, "dernier", 7) == 0 || strncmp(w, "pass", 4) == 0)
    return -1;
  if (strncmp(w, "prochain", 8) == 0)
    return 1;
  return 0;
}

/* A bare month ("mars", no day, year or modifier) is a date after a
 * preposition or in a range; otherwise only in lowercase or when the name
 * has no other reading (SPEC: "Mars" the planet, "Mai" as a name). */
static bool bare_month(scan *S, frex_mention *m) {
  char w[32], pw[FREX_DATE_WORD_MAX + 1];
  size_t s, e;
  grp(S, "mon", &s, &e);
  frex_date_fold_text(S->t + s, e - s, w, sizeof w);
  if (!frex_date_in_list(w, full_months))
    return false; /* "sept", "oct." alone are not dates */
  /* "Salon de Mai", "place de Mai": after "de", only a lowercase month */
  static const char *const weak_preps[] = {"de", "d", "pour", "dans",
                                           "pendant", "durant", NULL};
  size_t ps = frex_date_prev_word(S, s, pw);
  bool upper = is_upper_at(S, s) && frex_date_in_list(w, ambiguous_months);
  if (ps < s && frex_date_in_list(pw, date_preps) && !(upper && frex_date_in_list(pw, weak_preps)))
    return true;
  if (upper)
    m->weak = true; /* a range may still confirm it: "Mai-Juin 2020" */
  return true;
}

/* "21/07/2021", "2015.3", "23/Sep/2020", "11 / 2016": items a, b, c in
 * written order; decide which is the day, the month and the year. */
typedef struct {
  int v, ndig, mon; /* number and its digit count, or month word */
} item;

static bool item_of(const scan *S, const char *name, item *it) {
  size_t s, e;
  if (!grp(S, name, &s, &e))
    return false;
  it->mon = 0;
  it->ndig = 0;
  if (S->t[s] >= '0' && S->t[s] <= '9') {
    it->ndig = (int)(e - s);
    it->v = frex_date_number(S->t + s, e - s);
  } else {
    it->mon = frex_date_month(S->t + s, e - s);
    it->v = 0;
  }
  return true;
}

static bool is_year(const item *it) {
  return it->ndig == 4 && it->v >= 1500 && it->v <= 2099;
}
static bool small(const item *it, int max) {
  return (it->ndig == 1 || it->ndig == 2) && it->v >= 1 && it->v <= max;
}

static bool interp_compact(const item *it, int n, frex_mention *m) {
  int nmon = 0, mi = -1;
  for (int i = 0; i < n; i++)
    if (it[i].mon) {
      nmon++;
      mi = i;
    }
  if (nmon > 1)
    return false;
  if (nmon == 1) { /* the month is named: a four-digit year, the day */
    m->m = it[mi].mon;
    for (int i = 0; i < n; i++) {
      if (i == mi)
        continue;
      if (is_year(&it[i]) && !m->y)
        m->y = it[i].v;
      else if (small(&it[i], 31) && !m->d)
        m->d = it[i].v;
      else if (n == 3 && it[i].ndig == 2 && i == 2 && !m->y) {
        m->y = it[i].v;
        m->y2 = true;
      } else
        return false;
    }
    return m->d || m->y;
  }
  const item *a = &it[0], *b = &it[1], *c = &it[2];
  if (n == 3) {
    if (is_year(a)) { /* 2021-07-21, 2015.5.13 */
      m->y = a->v;
      if (small(b, 12) && small(c, 31))
        m->m = b->v, m->d = c->v;
      else if (small(c, 12) && small(b, 31))
        m->m = c->v, m->d = b->v;
      else
        return false;
      return true;
    }
    if (is_year(c))
      m->y = c->v;
    else if (c->ndig == 2)
      m->y = c->v, m->y2 = true;
    else
      return false;
  } else if (is_year(a) && small(b, 12)) { /* 2015-3 */
    m->y = a->v, m->m = b->v;
    return true;
  } else if (is_year(b) && small(a, 12)) { /* 3/2015 */
    m->y = b->v, m->m = a->v;
    return true;
  }
  /* day first as in French; month first (02/22/2016) when it cannot be */
  if (small(a, 31) && small(b, 12))
    m->d = a->v, m->m = b->v;
  else if (small(a, 12) && small(b, 31))
    m->m = a->v, m->d = b->v;
  else
    return false;
  return true;
}

static bool build_compact(scan *S, frex_mention *m) {
  item it[3];
  int n = 0;
  if (!item_of(S, "a", &it[0]) || !item_of(S, "b", &it[1]))
    return false;
  n = item_of(S, "c", &it[2]) ? 3 : 2;
  if (!interp_compact(it, n, m))
    return false;
  size_t s, e;
  char sep = grp(S, "s", &s, &e) ? S->t[s] : ' ';
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  bool le = ps < m->start &&
            (strcmp(pw, "le") == 0 || strcmp(pw, "du") == 0 ||
             strcmp(pw, "au") == 0 || strcmp(pw, "ce") == 0);
  if (sep == '.' && m->d && (m->y2 || !m->y) && !le)
    return false; /* 4.3, 3.10.12: decimals and versions */
  if (m->d && !m->y && !it[0].mon && !it[1].mon) {
    if (sep == '-')
      return false; /* 3-7 is a score or an age range */
    /* 1/3, 3/4 are fractions unless the context makes them dates */
    if (!le && it[0].ndig + it[1].ndig < 4 && it[0].v < 13 && it[1].v < 13)
      m->weak = true;
  }
  return true;
}

static bool build_quarter(scan *S, frex_mention *m) {
  m->kind = MK_QUARTER;
  char w[32];
  if (grp_fold(S, "qo", w, sizeof w)) {
    size_t s, e;
    grp(S, "qo", &s, &e);
    m->n = frex_date_number(S->t + s, e - s);
    if (m->n < 0)
      m->n = 4; /* "dernier trimestre" */
  } else {
    m->n = grp_number(S, "qn");
  }
  if (m->n < 1 || m->n > 4)
    return false;
  year_of(S, m);
  m->ce = has(S, "cur");
  /* "troisième quart" is a quarter of a game unless a year follows */
  frex_date_fold_text(S->t + m->start, m->end - m->start, w, sizeof w);
  if (!m->y && !strstr(w, "trimestre"))
    return false;
  return true;
}

static void extend_to_det(scan *S, frex_mention *m, const char *const *dets) {
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps < m->start && frex_date_in_list(pw, dets))
    m->start = ps;
}

static bool build_relunit(scan *S, frex_mention *m) {
  static const char *const ce[] = {"ce", "cette", "cet", NULL};
  static const char *const det[] = {"la", "le", "l", NULL};
  char u[16], mod[32], pw[FREX_DATE_WORD_MAX + 1];
  grp_fold(S, "u", u, sizeof u);
  m->kind = MK_RELUNIT;
  m->unit = u[0] == 's' ? GR_WEEK : u[0] == 'm' ? GR_MONTH
            : u[0] == 't' ? GR_QUARTER : GR_YEAR;
  bool has_mod = grp_fold(S, "mod", mod, sizeof mod);
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps == m->start)
    return false;
  if (frex_date_in_list(pw, ce)) {
    if (has_mod && strncmp(mod, "en", 2) != 0)
      return false;
    m->n = 0;
  } else if (frex_date_in_list(pw, det) && has_mod) {
    m->n = strncmp(mod, "en", 2) == 0 ? 0 : dir_of(S, "mod");
  } else if (has_mod && strncmp(mod, "en", 2) != 0 && m->unit != GR_YEAR) {
    m->n = dir_of(S, "mod"); /* "semaine prochaine", no article */
    return true;
  } else {
    return false;
  }
  m->start = ps;
  return true;
}

static bool build_holiday(scan *S, frex_mention *m) {
  char w[64], pre[16] = "", pw[FREX_DATE_WORD_MAX + 1];
  size_t s, e;
  grp(S, "hol", &s, &e);
  frex_date_fold_text(S->t + s, e - s, w, sizeof w);
  /* words separated by one space: "Saint-Sylvestre" = "saint sylvestre" */
  size_t k = 0;
  for (size_t i = 0; w[i]; i++) {
    bool letter = (w[i] >= 'a' && w[i] <= 'z');
    if (letter)
      w[k++] = w[i];
    else if (k && w[k - 1] != ' ' && (w[i] == ' ' || w[i] == '-' ||
                                      w[i] == '\'' || (unsigned char)w[i] >= 0x80))
      w[k++] = ' ';
  }
  while (k && w[k - 1] == ' ')
    k--;
  w[k] = 0;
  int id = frex_date_holiday(w);
  if (id < 0)
    return false;
  bool has_pre = grp_fold(S, "hpre", pre, sizeof pre);
  if ((strcmp(w, "terre") == 0 || strcmp(w, "l an") == 0) &&
      strcmp(pre, "jour") != 0)
    return false;
  if (frex_date_holiday_needs_capital(id) && !is_upper_at(S, s))
    return false;
  if (!has_pre) {
    /* "Père Noël", "marché de Noël", "œufs de Pâques": not the day */
    size_t ps = frex_date_prev_word(S, m->start, pw);
    if (ps < m->start && (strcmp(pw, "pere") == 0 || strcmp(pw, "de") == 0 ||
                          strcmp(pw, "du") == 0 || strcmp(pw, "d") == 0))
      return false;
  }
  m->kind = MK_HOLIDAY;
  m->n = id;
  m->shift = has_pre && pre[0] != 'j' ? -1 : 0; /* veille, réveillon */
  year_of(S, m);
  return true;
}

static bool build_period(scan *S, frex_mention *m) {
  char u[16];
  if (grp_fold(S, "u", u, sizeof u)) { /* fin de l'année (dernière) */
    m->kind = MK_RELUNIT;
    m->unit = u[0] == 's' ? GR_WEEK : u[0] == 'm' ? GR_MONTH : GR_YEAR;
    m->n = dir_of(S, "mod");
    return true;
  }
  year_of(S, m);
  m->m = month_of(S);
  m->dir = dir_of(S, "mod");
  return m->y || m->m;
}

static bool build_offset(scan *S, frex_mention *m) {
  char u[16], w[8];
  size_t s, e;
  grp(S, "n", &s, &e);
  int n = frex_date_number(S->t + s, e - s);
  if (n < 1 || n > 1000)
    return false;
  grp_fold(S, "u", u, sizeof u);
  m->kind = MK_OFFSET;
  m->unit = u[0] == 'j' ? GR_DAY : u[0] == 's' ? GR_WEEK
            : u[0] == 'm' ? GR_MONTH : GR_YEAR;
  frex_date_fold_text(S->t + m->start, 2, w, sizeof w);
  m->n = w[0] == 'i' ? -n : n; /* il y a / dans */
  return true;
}

static bool build_relday(scan *S, frex_mention *m) {
  char w[32], nw[FREX_DATE_WORD_MAX + 1];
  grp_fold(S, "rd", w, sizeof w);
  m->kind = MK_RELDAY;
  if (strncmp(w, "avant", 5) == 0)
    m->n = -2;
  else if (strncmp(w, "apres", 5) == 0 || strncmp(w, "surl", 4) == 0)
    m->n = 2;
  else if (strncmp(w, "hier", 4) == 0)
    m->n = -1;
  else if (strncmp(w, "aujourd", 7) == 0)
    m->n = 0;
  else
    m->n = 1; /* demain, lendemain */
  if (is_upper_at(S, m->start) && !sentence_start(S, m->start))
    return false; /* "le journal Aujourd'hui" */
  if (w[0] == 'l' || w[0] == 's') { /* "le lendemain de l'élection" */
    frex_date_next_word(S, m->end, nw);
    if (strcmp(nw, "de") == 0 || strcmp(nw, "du") == 0 ||
        strcmp(nw, "d") == 0 || strcmp(nw, "des") == 0)
      return false;
  }
  return true;
}

static bool build_weekday(scan *S, frex_mention *m) {
  size_t s, e;
  char w[32];
  grp(S, "wd", &s, &e);
  m->kind = MK_WEEKDAY;
  m->wd = frex_date_weekday(S->t + s, e - s);
  m->ce = has(S, "ce");
  m->dir = has(S, "pre") ? 1 : dir_of(S, "mod");
  if (has(S, "wk")) {
    m->has_week = true;
    m->week = 0;
    if (grp_fold(S, "wmod", w, sizeof w))
      m->week = w[0] == 'p' && w[1] == 'r' ? 1 : -1;
  }
  return m->wd > 0;
}

/* Build the mention of the last match of pattern P over [s, e). */
bool frex_date_build(scan *S, int p, frex_mention *m) {
  switch (p) {
  case P_DM:
  case P_MD:
    m->d = grp_number(S, "d");
    m->m = month_of(S);
    year_of(S, m);
    m->dir = dir_of(S, "mod");
    return m->d >= 1 && m->d <= 31 && m->m;
  case P_M:
    m->m = month_of(S);
    year_of(S, m);
    m->ce = has(S, "ce");
    m->dir = has(S, "pre") ? 1 : dir_of(S, "mod");
    if (!m->y && !m->dir && !m->ce)
      return bare_month(S, m);
    return m->m > 0;
  case P_NUM:
  case P_NUMSP:
    return build_compact(S, m);
  case P_YEAR:
    year_of(S, m);
    return year_context_ok(S, m->start, m->end);
  case P_QUARTER:
    return build_quarter(S, m);
  case P_WEEK:
    year_of(S, m);
    if (has(S, "wo")) {
      size_t s, e;
      grp(S, "wo", &s, &e);
      m->kind = MK_WEEKNUM;
      m->n = frex_date_number(S->t + s, e - s);
      return m->y && m->n != 0 && m->n <= 53;
    }
    m->kind = MK_WEEKOF;
    m->d = grp_number(S, "d");
    m->m = month_of(S);
    {
      static const char *const la[] = {"la", "cette", NULL};
      extend_to_det(S, m, la);
    }
    return m->m && m->d;
  case P_RELUNIT:
    return build_relunit(S, m);
  case P_OFFSET:
    return build_offset(S, m);
  case P_RELDAY:
    return build_relday(S, m);
  case P_WEEKDAY:
    return build_weekday(S, m);
  case P_WDABBR: {
    size_t s, e;
    grp(S, "wd", &s, &e);
    m->kind = MK_WEEKDAY;
    m->wd = frex_date_weekday(S->t + s, e - s);
    m->weak = m->abbr_wd = true;
    return m->wd > 0;
  }
  case P_HOLIDAY:
    return build_holiday(S, m);
  case P_PERIOD:
    return build_period(S, m);
  case P_DAYCUR:
    m->d = grp_number(S, "d");
    m->ce = true;
    return m->d >= 1 && m->d <= 31;
  case P_DAYWORD:
    m->d = grp_number(S, "d");
    m->weak = true;
    return m->d >= 1 && m->d <= 31;
  }
  return false;
}

