/*
 * date_build.c — the checkers of the DATE grammar (see date.c): each
 * pattern's match becomes a mention (fields read off the groups) or is
 * rejected by its context — "en mai" is a date, "Mai Nguyen" is not;
 * "2000 personnes" is a count, "en 2000" a year (SPEC "DATE").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_cal.h"
#include "date_impl.h"
#include "numwords.h"

/* -------------------------------------------------------- per-call state */

/* Does the mention at START name a street or a square ("rue du
 * 4-Septembre", "place du 8-Mai-1945", "avenue du 14 Juillet", "boulevard
 * des 2 Avril")?  A date in a place's name is no date; "le cours du 3
 * mars" (a share's price), "à la place du 3 mars" and "le pont du 8 mai"
 * (a long week-end) are dates. */
static bool odonym(const scan *S, size_t start) {
  static const char *const streets[] = {
      "rue", "avenue", "av", "place", "boulevard", "bd", "quai", "square",
      "allee", "impasse", "esplanade", "parvis", "carrefour",
      "chemin", "promenade", NULL};
  /* most mentions follow no "du": look at the bytes before reading words */
  size_t i = start;
  while (i > S->body && S->t[i - 1] == ' ')
    i--;
  if (i < S->body + 3)
    return false;
  char c1 = (char)(S->t[i - 1] | 0x20), c2 = (char)(S->t[i - 2] | 0x20);
  if (!(c1 == 'u' && c2 == 'd') &&
      !(c1 == 's' && c2 == 'e' && (S->t[i - 3] | 0x20) == 'd'))
    return false;
  char w[FREX_DATE_WORD_MAX + 1], w2[FREX_DATE_WORD_MAX + 1];
  size_t a = frex_date_prev_word(S, start, w);
  if (a == start || (strcmp(w, "du") != 0 && strcmp(w, "des") != 0))
    return false;
  size_t b = frex_date_prev_word(S, a, w);
  if (b == a)
    return false;
  if (strcmp(w, "point") == 0 && b > S->body && S->t[b - 1] == '-')
    return true; /* "rond-point du 19-Mars-1962" */
  if (!frex_date_in_list(w, streets))
    return false;
  /* "à la place du 3 mars": instead of */
  size_t c = frex_date_prev_word(S, b, w2);
  return strcmp(w, "place") != 0 || c == b || strcmp(w2, "la") != 0 ||
         frex_date_prev_word(S, c, w2) == c || strcmp(w2, "a") != 0;
}

int frex_date_push(scan *S, const frex_mention *m) {
  if (odonym(S, m->start))
    return FREX_OK;
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

static int grp_number(const scan *S, const char *name) {
  size_t s, e;
  return grp(S, name, &s, &e) ? frex_date_number(S->t + s, e - s) : 0;
}

/* ------------------------------------------------------------ builders */

/* The lexicon entry of family F that group NAME spells; NULL if the group
 * is unset (a set group always spells one: the patterns are made of the
 * lexicon's words, and frex_date_lex_check proved they read back). */
static const frex_dword *grp_word(scan *S, const char *name,
                                  frex_dfamily f) {
  size_t s, e;
  if (!grp(S, name, &s, &e))
    return NULL;
  const frex_dword *w = frex_date_lookup(f, S->t + s, e - s);
  if (!w)
    S->unknown = true; /* frex_date_try_at rejects the mention */
  return w;
}

static int month_of(scan *S) {
  const frex_dword *w = grp_word(S, "mon", DF_MONTH);
  return w ? w->v : 0;
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

/* The modifier group NAME: -1 dernier/passé, +1 prochain/suivant, 0 none
 * (or "en cours", "même"); *ANA tells suivant/précédent/même. */
static int dir_of(scan *S, const char *name, bool *ana) {
  const frex_dword *w = grp_word(S, name, DF_MOD);
  if (ana)
    *ana = w && (w->f & DW_ANA);
  size_t s, e;
  if (w && w->w[0] == 'q' && grp(S, name, &s, &e)) {
    char nw[FREX_DATE_WORD_MAX + 1];
    frex_date_next_word(S, e, nw);
    if (strcmp(nw, "de") == 0 || strcmp(nw, "d") == 0)
      return -1; /* "le mois qui vient de s'écouler": the one just past */
  }
  return w ? w->v : 0;
}

/* Start M at the determiner before it when it is one of DETS; true if so. */
static bool extend_to_det(scan *S, frex_mention *m, const char *const *dets) {
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps < m->start && frex_date_in_list(pw, dets)) {
    m->start = ps;
    return true;
  }
  return false;
}

static const char *const dets_ce[] = {"ce", "cet", "cette", NULL};
static const char *const dets_le[] = {"la", "le", "l", NULL};

/* The next word is de/du/d'/des: a governed noun or date may follow. */
static bool de_follows(const scan *S, size_t pos) {
  char nw[FREX_DATE_WORD_MAX + 1];
  frex_date_next_word(S, pos, nw);
  return strcmp(nw, "de") == 0 || strcmp(nw, "du") == 0 ||
         strcmp(nw, "d") == 0 || strcmp(nw, "des") == 0;
}

/* A bare month ("mars", no day, year or modifier) is a date after a
 * preposition or in a range; otherwise only in lowercase or when the name
 * has no other reading (SPEC: "Mars" the planet, "Mai" as a name). */
static bool bare_month(scan *S, frex_mention *m, const frex_dword *w,
                       size_t s) {
  char pw[FREX_DATE_WORD_MAX + 1];
  if (!w || (w->f & DW_ABBR))
    return false; /* "sept", "oct." alone are not dates */
  /* "Salon de Mai", "place de Mai": after "de", only a lowercase month */
  static const char *const weak_preps[] = {"de", "d", "pour", "dans",
                                           "pendant", "durant", NULL};
  size_t ps = frex_date_prev_word(S, s, pw);
  bool upper = frex_date_is_upper_at(S, s) && (w->f & DW_AMBIG);
  if (ps < s && frex_date_in_list(pw, frex_date_preps) &&
      !(upper && frex_date_in_list(pw, weak_preps)))
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

/* An event named by its date, its month capitalised after a hyphen ("le
 * 11-Septembre", "depuis le 7-Octobre", "l'appel du 18-Juin"): the year
 * it happened in, or 0 (a holiday that comes back every year, "le
 * 14-Juillet", "le 8-Mai", or an event not listed, keeps the reading of
 * a day and month). */
static int event_year(const scan *S, size_t mon, int d, int mo) {
  static const struct {
    unsigned char d, m;
    short y;
  } events[] = {
      {11, 9, 2001}, /* the attacks on the United States */
      {7, 10, 2023}, /* the attack on Israel */
      {13, 11, 2015}, /* the attacks in Paris and Saint-Denis */
      {18, 6, 1940}, /* de Gaulle's appeal */
      {21, 4, 2002}, /* Le Pen in the second round */
      {17, 10, 1961}, /* the massacre of Algerians in Paris */
      {6, 2, 1934}, /* the riots in Paris */
  };
  if (mon <= S->body || S->t[mon - 1] != '-' || !frex_date_is_upper_at(S, mon))
    return 0;
  for (size_t k = 0; k < sizeof events / sizeof *events; k++)
    if (events[k].d == d && events[k].m == mo)
      return events[k].y;
  return 0;
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
  if (n == 2 && it[1].mon && !m->y && m->d && grp(S, "b", &s, &e))
    m->y = event_year(S, s, m->d, m->m); /* "le 11-Septembre" */
  char sep = grp(S, "s", &s, &e) ? S->t[s] : ' ';
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  size_t as, ae;
  if (n == 2 && !it[0].mon && !it[1].mon && it[0].ndig <= 2 &&
      grp(S, "a", &as, &ae) && grp(S, "b", &s, &e) && ae < s &&
      (memchr(S->t + ae, ',', s - ae) || memchr(S->t + ae, 'd', s - ae)) &&
      !(ps < m->start && (strcmp(pw, "en") == 0 || strcmp(pw, "de") == 0)))
    return false; /* "11, 2016" is a month only after "en", "mois de" */
  if (n == 2 && ps < m->start &&
      (strcmp(pw, "page") == 0 || strcmp(pw, "p") == 0 ||
       strcmp(pw, "pages") == 0 || strcmp(pw, "diapositive") == 0))
    return false; /* a page counter: "Page 2/12" */
  bool le = ps < m->start &&
            (strcmp(pw, "le") == 0 || strcmp(pw, "du") == 0 ||
             strcmp(pw, "au") == 0 || strcmp(pw, "ce") == 0);
  if (sep == '.' && m->d && (m->y2 || !m->y) && !le)
    return false; /* 4.3, 3.10.12: decimals and versions */
  if (m->d && !m->y && !it[0].mon && !it[1].mon) {
    if (sep == '-')
      return false; /* 3-7 is a score or an age range */
    /* month first with no year and no "le": a ratio, a score ("2/14",
     * "a réussi 5/17"); "le 4.22" stays a date */
    if (!le && !it[0].mon && it[1].v > 12)
      return false;
    /* 1/3, 3/4 are fractions unless the context makes them dates */
    if (!le && it[0].ndig + it[1].ndig < 4 && it[0].v < 13 && it[1].v < 13)
      m->weak = true;
  }
  return true;
}

/* Quarters and half-years: "deuxième trimestre 2020", "T2 2020", "S1
 * 2020", "le second semestre", "trimestre1". */
static bool build_quarter(scan *S, frex_mention *m) {
  m->kind = MK_QUARTER;
  size_t s, e;
  const frex_dword *u = grp_word(S, "qu", DF_QNOUN);
  const frex_dword *l = grp_word(S, "ql", DF_QLETTER);
  if (!u && !l)
    return false; /* every alternative of P_QUARTER sets one of them */
  int per = l ? l->v : u->v; /* parts of the year */
  m->unit = per == 2 ? GR_HALF : GR_QUARTER;
  if (grp(S, "qo", &s, &e)) {
    m->n = frex_date_number(S->t + s, e - s);
    if (m->n < 0)
      m->n = per; /* "dernier trimestre" */
  } else {
    m->n = grp_number(S, "qn");
  }
  if (m->n < 1 || m->n > per)
    return false;
  year_of(S, m);
  m->ce = has(S, "cur");
  /* "troisième quart" is a quarter of a game unless a year follows */
  if (!(m->y || !u || !(u->f & DW_AMBIG)))
    return false;
  /* "à la fin du premier trimestre", "au début du second semestre": the
   * part in the span (SPEC: the span includes fin, début, mi-), the value
   * the quarter's, as "fin 2020" is the year's */
  static const char *const parts[] = {"fin", "debut", "milieu", NULL};
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps < m->start && strcmp(pw, "du") == 0) {
    size_t p2 = frex_date_prev_word(S, ps, pw);
    char tmp[FREX_DATE_WORD_MAX + 1];
    size_t we = p2 + frex_date_fold_word(S->t + p2, S->len - p2, tmp);
    if (p2 < ps && frex_date_in_list(pw, parts) &&
        frex_date_space_back(S->t, we, ps) == we)
      m->start = p2;
  }
  return true;
}

/* The first months of a year, "les neuf premiers mois" (M a mention of
 * "mois" after "premiers"): the part of the year they make, its year
 * written after ("de l'année 2025", "de 2025", "2025") or told by the
 * clause, as "fin d'année" is (three months are the first quarter, six
 * the first half-year); false when no count of 2..11 stands before. */
static bool build_first_months(scan *S, frex_mention *m, size_t ps) {
  size_t a = frex_date_space_back(S->t, S->body, ps), b = a;
  while (a > S->body && (frex_date_is_letter_at(S->t, S->len, a - 1) ||
                         is_digit(S->t[a - 1])))
    a--;
  if (a == b || (a > S->body && S->t[a - 1] == '-'))
    return false;
  int n = frex_date_number(S->t + a, b - a);
  if (n < 2 || n > 11)
    return false;
  m->start = a;
  /* "de l'année", "de l'année 2025", "de 2025", "2025" */
  size_t e = m->end, i = e;
  while (i < S->len && S->t[i] == ' ')
    i++;
  static const char de_l[] = "de l'ann\xc3\xa9" "e", de_lc[] =
      "de l\xe2\x80\x99" "ann\xc3\xa9" "e";
  /* "de" and what follows it may be parted by a line break's spaces */
  size_t after_de = i;
  if (S->len - i > 3 && memcmp(S->t + i, "de ", 3) == 0)
    for (after_de = i + 3; after_de < S->len && S->t[after_de] == ' ';)
      after_de++;
  size_t k = 0;
  if (after_de > i && S->len - after_de >= sizeof de_l - 4 &&
      memcmp(S->t + after_de, de_l + 3, sizeof de_l - 4) == 0)
    k = after_de - i + sizeof de_l - 4;
  else if (after_de > i && S->len - after_de >= sizeof de_lc - 4 &&
           memcmp(S->t + after_de, de_lc + 3, sizeof de_lc - 4) == 0)
    k = after_de - i + sizeof de_lc - 4;
  if (k) {
    if (i + k < S->len && frex_date_is_letter_at(S->t, S->len, i + k))
      return false;
    char nw[FREX_DATE_WORD_MAX + 1];
    frex_date_next_word(S, i + k, nw);
    static const char *const mods[] = {"derniere", "prochaine", "passee",
                                       "precedente", "suivante", "en", NULL};
    if (frex_date_in_list(nw, mods))
      return false; /* "de l'année dernière" is a date of its own */
    e = i + k;
    i = e;
    while (i < S->len && S->t[i] == ' ')
      i++;
  } else if (after_de > i) {
    i = after_de;
  }
  bool year_next = false;
  if (S->len - i >= 4 && (memcmp(S->t + i, "19", 2) == 0 ||
                          memcmp(S->t + i, "20", 2) == 0) &&
      is_digit(S->t[i + 2]) && is_digit(S->t[i + 3]) &&
      (i + 4 == S->len || (!is_digit(S->t[i + 4]) &&
                           !frex_date_is_letter_at(S->t, S->len, i + 4)))) {
    m->y = frex_date_number(S->t + i, 4);
    e = i + 4;
    year_next = true;
  }
  if (!k && !year_next) { /* "les trois premiers mois du bébé", "de son
                             mandat", "de l'exercice": not the year's */
    char nw[FREX_DATE_WORD_MAX + 1];
    static const char *const des[] = {"de", "du", "des", "d", NULL};
    frex_date_next_word(S, m->end, nw);
    if (frex_date_in_list(nw, des))
      return false;
  }
  m->end = e;
  if (n == 3 || n == 6) {
    m->kind = MK_QUARTER;
    m->unit = n == 3 ? GR_QUARTER : GR_HALF;
    m->n = 1;
  } else if (m->y) {
    m->kind = MK_DATE;
  } else {
    m->kind = MK_RELUNIT;
    m->unit = GR_YEAR;
    m->n = 0;
    m->part = 1; /* told in the past before October: last year's */
  }
  return true;
}

/* "ce jour" of the administrative and legal style, the day of the text:
 * "le compte rendu de la réunion de ce jour", "en date de ce jour", "la
 * société annonce ce jour la cession", "le tribunal a rendu ce jour son
 * jugement".  CE is the start of "ce", END the end of "jour".  Not "à ce
 * jour" (so far), "ce jour de fête", "ce jour où", "ce jour historique",
 * "il se souvient de ce jour": only after a noun of a meeting or a paper
 * and "de", or after a verb of a decision or an announcement, and before
 * the line's or the clause's end, an article or a clock time. */
static bool ce_jour_today(scan *S, size_t ce, size_t end) {
  static const char *const nouns[] = {
      "reunion", "seance", "audience", "date", "courrier", "lettre",
      "communique", "assemblee", "conseil", "deliberation", "decision",
      "arrete", "ordonnance", "jugement", "vote", "proces-verbal", "echange",
      "entretien", "rencontre", "comite", "mail", "message", "note", NULL};
  static const char *const verbs[] = {
      "annonce", "annoncent", "annonce", "publie", "publiee", "publies",
      "reuni", "reunie", "reunis", "reunies", "rendu", "rendue", "informe",
      "informent", "signe", "signee", "depose", "deposee", "communique",
      "adopte", "adoptee", "approuve", "approuvee", "decide", "annonce",
      "precise", "confirme", "indique", "transmis", "transmise", "recu",
      "recue", "tenu", "tenue", "prononce", "prononcee", "notifie",
      "notifiee", "envoye", "envoyee", NULL};
  static const char *const next_ok[] = {
      "le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses",
      "leur", "leurs", "votre", "vos", "notre", "nos", "a", "au", "aux",
      "par", "en", NULL};
  /* after "de" + a noun: any word but one that makes "ce jour" a day of
   * a story ("ce jour de fête", "ce jour où", "ce jour historique") */
  static const char *const next_bad[] = {
      "de", "du", "des", "d", "ou", "qui", "que", "qu", "la", "historique",
      "memorable", "funeste", "ferie", "particulier", "special",
      "symbolique", "tragique", "terrible", "noir", "sombre", "beni",
      "fatidique", "inoubliable", "precis", "meme", NULL};
  char w[FREX_DATE_WORD_MAX + 1], w2[FREX_DATE_WORD_MAX + 1];
  size_t p = frex_date_prev_word(S, ce, w);
  if (p == ce)
    return false;
  bool ok = false, noun = false;
  if (strcmp(w, "de") == 0) {
    size_t p2 = frex_date_prev_word(S, p, w2);
    ok = noun = p2 < p && frex_date_in_list(w2, nouns);
    if (!ok && p2 < p) { /* "l'assemblée générale de ce jour" */
      size_t p3 = frex_date_prev_word(S, p2, w2);
      ok = noun = p3 < p2 && frex_date_in_list(w2, nouns);
    }
  } else {
    ok = frex_date_in_list(w, verbs);
  }
  if (!ok)
    return false;
  /* what follows: the end of the clause or a word that starts a phrase */
  size_t e = end;
  while (e < S->len && (S->t[e] == ' ' || S->t[e] == '\t'))
    e++;
  if (e >= S->len || strchr("\n\r.,;:!?)", S->t[e]))
    return true;
  if (S->t[e] == '-')
    return false; /* "ce jour-là" */
  frex_date_next_word(S, end, w);
  return noun ? !frex_date_in_list(w, next_bad) : frex_date_in_list(w, next_ok);
}

/* "la semaine dernière", "l'an prochain", "cette année", "ce week-end",
 * "le mois suivant" (anaphoric), "ce jour-là" (anaphoric, no DCT). */
static bool build_relunit(scan *S, frex_mention *m) {
  char pw[FREX_DATE_WORD_MAX + 1];
  const frex_dword *u = grp_word(S, "u", DF_UNIT);
  if (!u)
    return false;
  m->kind = MK_RELUNIT;
  m->unit = (frex_grain)u->v;
  bool ana = false, has_mod = has(S, "mod"), la = has(S, "la");
  int dir = dir_of(S, "mod", &ana);
  const frex_dword *mw = grp_word(S, "mod", DF_MOD);
  bool en_cours = mw && !ana && mw->v == 0;
  if (la) { /* "cette semaine-là": the week of a date of the text */
    if (has_mod)
      return false;
    m->ana = m->ana_only = true;
  } else if (ana) {
    m->ana = true;
  }
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps == m->start)
    return false;
  if (strcmp(pw, "premiers") == 0)
    return m->unit == GR_MONTH && !has_mod && !la &&
           build_first_months(S, m, ps);
  if (strcmp(pw, "meme") == 0 && !has_mod && !la) {
    /* "la même année", "le même jour": the date of the text, as
     * "cette année-là" (no DCT fallback) */
    char pw2[FREX_DATE_WORD_MAX + 1];
    size_t ps2 = frex_date_prev_word(S, ps, pw2);
    if (ps2 == ps || !frex_date_in_list(pw2, dets_le))
      return false;
    m->ana = m->ana_only = true;
    m->n = 0;
    m->start = ps2;
    return true;
  }
  if (m->unit == GR_DAY && !m->ana &&
      !(frex_date_in_list(pw, dets_ce) && !has_mod && !la &&
        ce_jour_today(S, ps, m->end)))
    return false; /* "le jour" alone; "le jour même" is anaphoric */
  if (frex_date_in_list(pw, dets_ce)) {
    if (has_mod && !en_cours && !(la || (ana && dir == 0)))
      return false; /* "ce mois dernier" */
    m->n = 0;
    m->ce = true;
  } else if (frex_date_in_list(pw, dets_le) && has_mod && !la) {
    m->n = dir;
  } else if (frex_date_in_list(pw, dets_le) && m->unit == GR_WEEKEND &&
             !has_mod && de_follows(S, m->end)) {
    m->want_gov = true; /* "le week-end du 15 mars", "de Pâques" */
    m->n = 0;
  } else if (has_mod && !en_cours && m->unit != GR_YEAR &&
             m->unit != GR_DAY) {
    m->n = dir; /* "semaine prochaine", no article */
    return true;
  } else {
    return false;
  }
  if (m->ana && m->unit != GR_DAY && !la && m->n == 0)
    return false; /* "la semaine même" */
  m->start = ps;
  return true;
}

static bool build_holiday(scan *S, frex_mention *m) {
  char pw[FREX_DATE_WORD_MAX + 1];
  size_t s, e;
  grp(S, "hol", &s, &e);
  const frex_dword *h = frex_date_lookup(DF_HOLIDAY, S->t + s, e - s);
  if (!h)
    return false;
  const frex_dword *pre = grp_word(S, "hpre", DF_HPRE);
  if ((h->f & DW_NOTRIG) && !(pre && pre->v == 0))
    return false; /* "la Terre", "l'an": only in "jour de ..." */
  if ((h->f & DW_CAPITAL) && !frex_date_is_upper_at(S, s))
    return false;
  if (s >= S->body + 2 && S->t[s - 1] == '-' &&
      frex_date_is_letter_at(S->t, S->len, s - 2))
    return false; /* "Jean-Noël", "Marie-Noëlle": a first name */
  /* ... and a holiday before a capitalised name is one: "le lycée
   * Toussaint-Louverture", "Noël Mamère", "Noël Le Graët" */
  if (e + 1 < S->len && S->t[e] == '-' && frex_date_is_upper_at(S, e + 1))
    return false;
  if (e - s <= 9 && e + 1 < S->len && S->t[e] == ' ' &&
      frex_date_is_upper_at(S, e + 1)) {
    char w[FREX_DATE_WORD_MAX + 1];
    frex_date_fold_word(S->t + s, e - s, w);
    if (strcmp(w, "noel") == 0 || strcmp(w, "toussaint") == 0)
      return false;
  }
  /* a saint's name after the noun of a place, no article between, names
   * that place: "l'église Saint-Valentin", "la rue Saint-Sylvestre", "le
   * collège Saint-Patrick" */
  size_t k5 = frex_date_fold_word(S->t + s, e - s, pw);
  if (!pre && strcmp(pw, "saint") == 0 && s + k5 < e && S->t[s + k5] == '-') {
    static const char *const places[] = {
        "eglise", "chapelle", "basilique", "cathedrale", "paroisse",
        "abbaye", "prieure", "couvent", "rue", "avenue", "boulevard",
        "place", "quai", "impasse", "allee", "square", "chemin", "pont",
        "quartier", "cite", "residence", "college", "lycee", "ecole",
        "institut", "hopital", "clinique", "cimetiere", "gare", "ile",
        "fort", "stade", "salle", "hospice", "foyer", NULL};
    if (frex_date_prev_word(S, m->start, pw) < m->start &&
        frex_date_in_list(pw, places))
      return false;
  }
  size_t w1 = s;
  while (w1 < e && S->t[w1] != ' ')
    w1++;
  if (!pre && !frex_date_lookup(DF_WEEKDAY, S->t + s, w1 - s)) {
    /* "Père Noël", "marché de Noël", "œufs de Pâques": not the day; but
     * "le week-end de Pâques", "au lendemain de Noël", and a holiday
     * named by its weekday ("le pont du jeudi de l'Ascension") */
    static const char *const days[] = {
        "end",  "weekend", "veille", "lendemain", "surlendemain", "nuit",
        "soir", "soiree",  "matin",  "matinee",   "pont", NULL};
    char p2[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, m->start, pw);
    /* the article of "la Toussaint", "l'Ascension": "les vacances de la
     * Toussaint" are a fortnight, not the day */
    if (ps < m->start && (strcmp(pw, "la") == 0 || strcmp(pw, "l") == 0)) {
      size_t p0 = frex_date_prev_word(S, ps, p2);
      if (p0 < ps && (strcmp(p2, "de") == 0 || strcmp(p2, "d") == 0)) {
        ps = p0;
        strcpy(pw, p2);
      }
    }
    bool de = ps < m->start && (strcmp(pw, "de") == 0 ||
                                strcmp(pw, "du") == 0 || strcmp(pw, "d") == 0);
    if (ps < m->start && strcmp(pw, "pere") == 0)
      return false;
    /* ... nor after a compound preposition of time ending in "de": "lors
     * du Black Friday", "à l'occasion de la Saint-Valentin", "à partir de
     * la Toussaint" (the holiday is the point of time; "à l'approche de
     * Noël" is the run-up to it, no date) */
    static const char *const times[] = {"occasion", "lors", "partir",
                                        "compter", NULL};
    /* ... and a day of trade is the day of its sales: "les ventes du
     * Black Friday ont progressé", "les promotions du Cyber Monday" (a
     * market or a dish of Noël names no day) */
    static const char *const trade[] = {
        "ventes", "achats", "promotions", "promos", "remises", "offres",
        "commandes", "depenses", "affaires", "soldes", "journee", NULL};
    bool trade_day = h->v >= 26 && h->v <= 30; /* Black Friday ... */
    if (de && !(frex_date_prev_word(S, ps, p2) < ps &&
                (frex_date_in_list(p2, days) ||
                 frex_date_in_list(p2, times) ||
                 (trade_day && frex_date_in_list(p2, trade)))))
      return false;
  }
  {
    /* another calendar's day: "le Nouvel An chinois", "le Noël
     * orthodoxe", "la Pâque juive" fall on other dates */
    static const char *const other[] = {
        "chinois",  "lunaire",  "vietnamien", "juif",     "juive",
        "iranien",  "persan",   "tibetain",   "coreen",   "berbere",
        "amazigh",  "orthodoxe", "hindou",    "tamoul",   "khmer",
        "islamique", "musulman", "julien",    "bouddhiste", NULL};
    frex_date_next_word(S, e, pw);
    if (frex_date_in_list(pw, other))
      return false;
  }
  m->kind = MK_HOLIDAY;
  m->n = h->v;
  m->dir = dir_of(S, "mod", NULL); /* "Noël dernier", "Pâques prochain" */
  m->shift = pre ? pre->v : 0; /* veille, réveillon: the day before */
  if (pre && pre->v < 0 && h->v == 3 && strcmp(pre->w, "veille") != 0)
    m->shift = 0; /* the réveillon of the Saint-Sylvestre is that night */
  year_of(S, m);
  return true;
}

/* Decades: "années 80" (two digits: 00 and 10 are this century's, the
 * others the last's), "années 1980", "années soixante-dix"; *Y is the
 * decade's first year. */
static bool decade_of(const scan *S, int *y) {
  size_t s, e;
  if (grp(S, "dec", &s, &e)) {
    int v = frex_date_number(S->t + s, e - s);
    if (e - s == 2)
      v += v <= 10 ? 2000 : 1900;
    if (v % 10 || v < 1000)
      return false;
    *y = v;
    return true;
  }
  if (grp(S, "decw", &s, &e)) {
    uint64_t v;
    if (frex_numwords_parse(S->t + s, e - s, &v) != FREX_OK || v % 10 ||
        v < 20 || v > 90)
      return false;
    *y = 1900 + (int)v;
    return true;
  }
  return false;
}

/* A century: Roman numerals (XIXe), digits (20e) or words (vingtième);
 * its ordinal, 0 if the group is none of them. */
static int century_of(const scan *S) {
  size_t s, e;
  if (!grp(S, "cen", &s, &e))
    return 0;
  const char *t = S->t + s;
  size_t n = e - s;
  if (t[0] >= '0' && t[0] <= '9')
    return frex_date_number(t, n);
  static const char roman[] = "IVXL";
  static const int val[] = {1, 5, 10, 50};
  int total = 0, prev = 0;
  size_t i = 0;
  for (; i < n && strchr(roman, t[i]); i++) {
    int v = val[strchr(roman, t[i]) - roman];
    total += v > prev && prev ? v - 2 * prev : v;
    prev = v;
  }
  if (i == 0) /* an ordinal in words */
    return frex_date_number(t, n);
  return total;
}

static bool build_period(scan *S, frex_mention *m) {
  if (has(S, "dec")) { /* "fin des années 90" */
    m->kind = MK_DECADE;
    return decade_of(S, &m->y);
  }
  if (has(S, "cen")) { /* "fin du XIXe siècle" */
    m->kind = MK_CENTURY;
    m->n = century_of(S);
    return m->n >= 1 && m->n <= 30;
  }
  if (has(S, "u")) { /* fin de l'année (dernière) */
    year_of(S, m);
    if (m->y) /* "au début de l'année 2016" */
      return true;
    const frex_dword *w = grp_word(S, "u", DF_UNIT);
    if (!w)
      return false;
    m->kind = MK_RELUNIT;
    m->unit = (frex_grain)w->v;
    m->n = dir_of(S, "mod", NULL);
    const frex_dword *pp = grp_word(S, "pp", DF_PERIOD);
    if (pp && !has(S, "mod") && m->unit == GR_YEAR) {
      /* a bonus named by the time it is paid is a kind of bonus, as
       * "treizième mois" is ("la prime de fin d'année", "le bonus de fin
       * d'année"); "d'ici la fin d'année", "en fin d'année" stay dates */
      static const char *const bonus[] = {"prime", "primes", "bonus",
                                          "gratification", "gratifications",
                                          "etrennes", NULL};
      char pw[FREX_DATE_WORD_MAX + 1], p2[FREX_DATE_WORD_MAX + 1];
      size_t ps = frex_date_prev_word(S, m->start, pw);
      if (ps < m->start && strcmp(pw, "de") == 0 &&
          frex_date_prev_word(S, ps, p2) < ps &&
          frex_date_in_list(p2, bonus))
        return false;
      m->part = (signed char)pp->v; /* "début" -1, "fin" +1 */
    }
    return true;
  }
  year_of(S, m);
  m->m = month_of(S);
  m->dir = dir_of(S, "mod", NULL);
  return m->y || m->m;
}

static bool build_offset(scan *S, frex_mention *m) {
  size_t s, e;
  grp(S, "n", &s, &e);
  int n = frex_date_number(S->t + s, e - s);
  if (n < 1 || n > 1000)
    return false;
  const frex_dword *u = grp_word(S, "u", DF_OFFUNIT);
  const frex_dword *intro = grp_word(S, "oi", DF_OFFSET);
  if (!u || !intro)
    return false;
  static const char *const d[] = {"d", NULL};
  static const char *const rate[] = {"heure", "heures", "minute", "minutes",
                                     "jour", "jours", "fois", NULL};
  char pw[FREX_DATE_WORD_MAX + 1];
  if (intro->v > 0 && frex_date_prev_word(S, m->start, pw) < m->start &&
      frex_date_in_list(pw, rate))
    return false; /* "une heure dans une semaine", "deux fois dans un mois":
                     a rate, not a date */
  if ((S->t[m->start] | 0x20) == 'i' && (S->t[m->start + 1] | 0x20) == 'c' &&
      !extend_to_det(S, m, d))
    return false; /* "ici" only in "d'ici deux ans", whose span takes "d'" */
  m->kind = MK_OFFSET;
  m->unit = (frex_grain)u->v;
  /* "huit jours", "quinze jours" say one and two weeks in French ("dans
   * huit jours" read on a Monday is next Monday) */
  if (m->unit == GR_DAY && (n == 8 || n == 15) && !has(S, "half"))
    n = n == 8 ? 7 : 14;
  m->n = intro->v * n; /* il y a: back; dans: forward */
  if (has(S, "half")) { /* "il y a deux ans et demi", "un mois et demi" */
    if (m->unit == GR_YEAR) {
      m->unit = GR_MONTH;
      m->n = intro->v * (12 * n + 6);
    } else if (m->unit == GR_MONTH) {
      m->unit = GR_DAY;
      m->n = intro->v * (30 * n + 15);
    } else if (m->unit == GR_WEEK) { /* ten days, as a reader counts */
      m->unit = GR_DAY;
      m->n = intro->v * (7 * n + 3);
    } else {
      return false; /* "un jour et demi": no whole day */
    }
  }
  return true;
}

/* Does capitalised M ("Hier,") follow a header line the pipeline's view
 * joined to it: a comma after M, and before it the end of a time, a date
 * or a source ("Publié le 12/03/2024 à 10h30⏎Hier, ...", "(AFP)")? */
static bool after_header(const scan *S, const frex_mention *m) {
  size_t b = frex_date_space_back(S->t, S->body, m->start);
  if (b == m->start || b == S->body || m->end >= S->len || S->t[m->end] != ',')
    return false;
  char c = S->t[b - 1];
  return (c >= '0' && c <= '9') || c == ')' || c == ']';
}

/* "demain" after "de" and a noun that is no event nor time of day: the
 * future, not the next day ("la ville de demain", "les métiers de
 * demain", the programme "Petites villes de demain"); but "le match de
 * demain", "la réunion de demain", "l'édition de demain" are tomorrow's.
 * POS is the start of "demain". */
static bool future_of_noun(scan *S, size_t pos) {
  static const char *const days[] = {
      "match",     "matchs",     "rencontre",  "reunion",   "seance",
      "audience",  "vote",       "scrutin",    "conseil",   "journee",
      "soiree",    "matinee",    "nuit",       "matin",     "soir",
      "midi",      "edition",    "journal",    "programme", "manifestation",
      "greve",     "mobilisation", "cortege",  "defile",    "course",
      "etape",     "epreuve",    "epreuves",   "examen",    "concert",
      "spectacle", "ceremonie",  "rendez-vous", "sommet",   "assemblee",
      "debat",     "depart",     "arrivee",    "ouverture", "date",
      "meteo",     "temps",      "previsions", "marche",    "sortie",
      "annonce",   "discours",   "entretien",  "operation", "echeance",
      "tirage",    "session",    "finale",     "demi-finale", "sortie",
      "jugement",  "decision",   "verdict",    "proces",    "emission",
      "une",       "numero",     "tournee",    "visite",    "fete",
      "seances",   "reunions",   "rencontres", "manifestations", "cours",
      "vols",      "vol",        "trains",     "train",     "depart",
      NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t p = frex_date_prev_word(S, pos, w);
  if (p == pos || (strcmp(w, "de") != 0 && strcmp(w, "d") != 0))
    return false;
  size_t p2 = frex_date_prev_word(S, p, w);
  /* a noun: a word of letters, not a verb's "de" ("il parle de demain"
   * stays a date: too rare to tell) */
  if (p2 == p || strlen(w) < 3 || frex_date_in_list(w, days))
    return false;
  static const char *const verbs_or_preps[] = {
      "parle", "parler", "parlent", "question", "partir", "lieu", "lors",
      "pres", "pres", "loin", "ici", "jusqu", "compter", "avant", "apres",
      "veille", "lendemain", "plus", "moins", NULL};
  return !frex_date_in_list(w, verbs_or_preps);
}

/* "hier", "demain matin", "la veille", "le lendemain soir". */
static bool build_relday(scan *S, frex_mention *m) {
  char pw[FREX_DATE_WORD_MAX + 1];
  const frex_dword *w = grp_word(S, "rd", DF_RELDAY);
  if (!w)
    return false;
  m->kind = MK_RELDAY;
  m->n = w->v;
  if (frex_date_is_upper_at(S, m->start) &&
      !frex_date_sentence_start(S, m->start) && !after_header(S, m))
    return false; /* "le journal Aujourd'hui, auteur de ..." */
  if (!(w->f & DW_ANA))
    return w->v != 1 || !future_of_noun(S, m->start);
  m->ana = true;
  /* not "l'incertitude du lendemain" (a noun) nor "mis en veille" */
  static const char *const nouns[] = {"de", "du", "d", "des", "en", NULL};
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps < m->start && frex_date_in_list(pw, nouns))
    return false;
  /* "au lendemain de la fusillade": only with a date after "de" */
  if (!has(S, "part") && de_follows(S, m->end))
    m->want_gov = true;
  return true;
}

/* Is the weekday at [S, E) a bound of "du lundi au vendredi" with no day
 * numbers: the days of any week (opening hours, a timetable), no date. */
static bool weekday_span(scan *S, size_t s, size_t e) {
  static const char *const wds[] = {"lundi",    "mardi",  "mercredi",
                                    "jeudi",    "vendredi", "samedi",
                                    "dimanche", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, s, w);
  if (ps < s && strcmp(w, "du") == 0) { /* the first bound */
    char key[40];
    size_t n = S->len - e < 24 ? S->len - e : 24;
    frex_date_fold_text(S->t + e, n, key, sizeof key);
    size_t sp = strspn(key, " \xc2\xa0");
    if (strncmp(key + sp, "au ", 3) != 0)
      return false;
    const char *x = key + sp + 3;
    for (const char *const *d = wds; *d; d++) {
      size_t k = strlen(*d);
      if (strncmp(x, *d, k) == 0) /* a word, no day number after it */
        return !((x[k] >= 'a' && x[k] <= 'z') || (x[k] & 0x80) ||
                 (x[k] == ' ' && x[k + 1] >= '0' && x[k + 1] <= '9'));
    }
    return false;
  }
  if (ps == s || strcmp(w, "au") != 0) /* the second bound */
    return false;
  size_t p2 = frex_date_prev_word(S, ps, w);
  if (p2 == ps || !frex_date_in_list(w, wds))
    return false;
  size_t p3 = frex_date_prev_word(S, p2, w);
  return p3 < p2 && strcmp(w, "du") == 0;
}

/* Does the clause of M say neither past nor future, maybe a programme's
 * present or a time set (a
 * heading's or an agenda's cue says nothing here: "Permanences : le maire
 * reçoit sur rendez-vous le mardi matin")? */
static bool no_tense_or_present(scan *S, const frex_mention *m) {
  S->tense_verbs = true;
  int t = frex_date_tense(S, m->start, m->end);
  S->tense_verbs = false;
  return t != 1 && t != -1; /* a time set, not told: "sur rendez-vous" */
}

/* Does the line break at I end a paragraph (a blank line next to it; a
 * single one is a wrapped line's)? */
static bool blank_line_at(const scan *S, size_t i) {
  size_t p = i;
  while (p > S->body && strchr(" \t\r", S->t[p - 1]))
    p--;
  if (p > S->body && S->t[p - 1] == '\n')
    return true;
  size_t n = i + 1;
  while (n < S->len && strchr(" \t\r", S->t[n]))
    n++;
  return n >= S->len || S->t[n] == '\n';
}

/* Does the sentence before POS tell a past ("Un homme a attaqué un
 * policier sur le parvis de la cathédrale, le mardi à 16 h 20", its verb
 * too far for the clause's cue): an auxiliary or an imperfect of être or
 * avoir, not "a lieu"? */
static bool past_told_before(const scan *S, size_t pos) {
  static const char *const aux[] = {"a", "ont", "avait", "avaient", "etait",
                                    "etaient", "fut", "furent", "eut",
                                    "eurent", NULL};
  size_t lo = pos > S->body + 400 ? pos - 400 : S->body;
  char next[FREX_DATE_WORD_MAX + 1] = "";
  size_t i = pos;
  while (i > lo) {
    char c = S->t[i - 1];
    if (c == '.' || c == '!' || c == '?' || c == ';' ||
        (c == '\n' && blank_line_at(S, i - 1)))
      break;
    if (!frex_date_is_letter_at(S->t, S->len, i - 1)) {
      i--;
      continue;
    }
    size_t end = i;
    while (i > lo && frex_date_is_letter_at(S->t, S->len, i - 1))
      i--;
    char w[FREX_DATE_WORD_MAX + 1];
    if (end - i > FREX_DATE_WORD_MAX)
      w[0] = 0;
    else
      frex_date_fold_word(S->t + i, end - i, w);
    /* "a", not "à" (folded alike) */
    bool grave = strcmp(w, "a") == 0 && end - i > 1;
    if (!grave && frex_date_in_list(w, aux) && strcmp(next, "lieu") != 0)
      return true;
    strcpy(next, w);
  }
  return false;
}

/* Is the sentence around [POS, END) a request to the reader, a question
 * or an imperative ("ajoutez le yoga au calendrier le lundi", "Pouvez-vous
 * trouver du temps le mercredi ?"): a day to come, not a habit? */
static bool request_around(const scan *S, size_t pos, size_t end) {
  static const char *const not_verb[] = {"chez", "assez", "nez", "rez",
                                         "rendez", NULL};
  size_t lo = pos > S->body + 400 ? pos - 400 : S->body;
  size_t hi = end + 400 < S->len ? end + 400 : S->len;
  size_t a = pos, b = end;
  while (a > lo && !strchr(".!?", S->t[a - 1]) &&
         !(S->t[a - 1] == '\n' && blank_line_at(S, a - 1)))
    a--;
  while (b < hi && !strchr(".!?", S->t[b]) &&
         !(S->t[b] == '\n' && blank_line_at(S, b)))
    b++;
  if (b < S->len && S->t[b] == '?')
    return true;
  for (size_t i = a; i < b;) {
    if (!frex_date_is_letter_at(S->t, S->len, i)) {
      i++;
      continue;
    }
    size_t k = i;
    while (k < b && frex_date_is_letter_at(S->t, S->len, k))
      k++;
    char w[FREX_DATE_WORD_MAX + 1];
    if (k - i >= 4 && k - i <= FREX_DATE_WORD_MAX) {
      frex_date_fold_word(S->t + i, k - i, w);
      size_t n = strlen(w);
      if (n >= 4 && strcmp(w + n - 2, "ez") == 0 &&
          !frex_date_in_list(w, not_verb))
        return true;
    }
    i = k;
  }
  return false;
}

/* Does a day number or "de" follow END ("le samedi 12", "le lundi de
 * Pâques")? */
static bool de_or_digit_after(const scan *S, size_t end) {
  size_t k = end;
  while (k < S->len && frex_date_is_space(S->t, S->len, k))
    k++;
  if (k < S->len && S->t[k] >= '0' && S->t[k] <= '9')
    return true;
  return k + 2 < S->len && (S->t[k] == 'd' || S->t[k] == 'D') &&
         (S->t[k + 1] == 'e' || S->t[k + 1] == '\'' ||
          (S->t[k + 1] == 'u' && S->t[k + 2] == ' '));
}

/* Do commas stand before PS ("le") and after END, the word before the
 * first not a day's ("Le marché, le samedi matin, restera")? */
static bool apposed_habit(const scan *S, size_t ps, size_t end) {
  static const char *const days[] = {
      "lendemain", "veille", "surlendemain", "jour", "suivant", "matin",
      "soir", "nuit", "semaine", "week-end", "weekend", "lors", "mais",
      "et", "puis", "ensuite", "enfin", "or", "donc", NULL};
  size_t a = ps, b = end;
  while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
    a--;
  while (b < S->len && frex_date_is_space(S->t, S->len, b))
    b++;
  if (a <= S->body || S->t[a - 1] != ',' || b >= S->len || S->t[b] != ',')
    return false;
  char w[FREX_DATE_WORD_MAX + 1];
  size_t q = frex_date_prev_word(S, a - 1, w);
  return q < a - 1 && !(S->t[q] >= '0' && S->t[q] <= '9') &&
         !frex_date_in_list(w, days) && frex_date_weekday(w, strlen(w)) == 0 &&
         frex_date_lookup(DF_MONTH, w, strlen(w)) == NULL;
}

/* Is a weekday after "du" and the word P1 (folded) a day of any week,
 * what follows it from END neither a day number nor "au"/"à" (see
 * build_weekday)? */
static bool habit_du(const scan *S, const char *p1, size_t end) {
  static const char *const not_habit[] = {
      "nuit", "soiree", "matinee", "journee", "apres-midi", "midi", "matin",
      "soir", "partir", "compter", "lors", "cours", "courant", "fin",
      "debut", "milieu", "veille", "lendemain", "surlendemain", "date",
      "week-end", "weekend", "semaine", "depuis", NULL};
  if (!p1[0] || frex_date_in_list(p1, not_habit))
    return false;
  for (const char *c = p1; *c; c++)
    if (*c >= '0' && *c <= '9')
      return false;
  size_t k = end;
  while (k < S->len && frex_date_is_space(S->t, S->len, k))
    k++;
  if (k < S->len && S->t[k] >= '0' && S->t[k] <= '9')
    return false;
  /* "du samedi au dimanche", "du jeudi à samedi": a range's first bound */
  size_t a = 0;
  if (k + 3 < S->len && (S->t[k] == 'a' || S->t[k] == 'A') && S->t[k + 1] == 'u' &&
      frex_date_is_space(S->t, S->len, k + 2))
    a = k + 3;
  else if (k + 3 < S->len && (unsigned char)S->t[k] == 0xC3 &&
           (unsigned char)S->t[k + 1] == 0xA0 &&
           frex_date_is_space(S->t, S->len, k + 2))
    a = k + 3;
  if (!a)
    return true;
  while (a < S->len && frex_date_is_space(S->t, S->len, a))
    a++;
  char key[16];
  size_t n = S->len - a < 12 ? S->len - a : 12;
  frex_date_fold_text(S->t + a, n, key, sizeof key);
  static const char *const wds[] = {"lundi", "mardi", "mercredi", "jeudi",
                                    "vendredi", "samedi", "dimanche", NULL};
  if (key[0] >= '0' && key[0] <= '9')
    return false;
  for (const char *const *d = wds; *d; d++)
    if (strncmp(key, *d, strlen(*d)) == 0)
      return false;
  return true;
}

/* "jeudi", "ce vendredi" (span: the weekday), "lundi matin", "mardi
 * dernier", "mardi suivant" (anaphoric), "jeudi en huit". */
static bool build_weekday(scan *S, frex_mention *m) {
  size_t s, e;
  grp(S, "wd", &s, &e);
  const frex_dword *w = frex_date_lookup(DF_WEEKDAY, S->t + s, e - s);
  if (!w)
    return false;
  m->kind = MK_WEEKDAY;
  m->wd = w->v;
  m->ce = has(S, "ce");
  size_t ps0, pe0;
  char pw0[FREX_DATE_WORD_MAX + 1];
  if (!m->ce && !has(S, "mod") && !has(S, "wk") && grp(S, "part", &ps0, &pe0) &&
      frex_date_fold_word(S->t + ps0, pe0 - ps0, pw0) == pe0 - ps0 &&
      strcmp(pw0, "midi") == 0 && m->end == pe0)
    m->end = e; /* noon is a clock time: "avant vendredi midi" is
                   "vendredi" ("ce midi" names the day, as "ce soir") */
  if (m->ce)
    m->start = s; /* SPEC: the determiner stays out ("ce mardi") */
  else {
    /* "un mardi sur deux", "chaque mardi", "le premier lundi": no date */
    static const char *const not_one[] = {"un", "chaque", "premier",
                                          "deuxieme", "second", "troisieme",
                                          "quatrieme", "dernier", NULL};
    char pw[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, m->start, pw);
    if (ps < m->start && frex_date_in_list(pw, not_one))
      return false;
    if (weekday_span(S, s, e))
      return false; /* "ouvert du lundi au vendredi" */
    /* a newspaper's title: "Le Journal du dimanche" (the JDD), "La
     * Tribune Dimanche" (a capitalised Journal, Tribune before it) */
    char p1[FREX_DATE_WORD_MAX + 1];
    size_t t1 = ps < m->start && strcmp(pw, "du") == 0
                    ? frex_date_prev_word(S, ps, p1)
                    : ps;
    if (t1 < ps && S->t[t1] == 'J' && strcmp(p1, "journal") == 0)
      return false;
    if (ps < m->start && S->t[ps] == 'T' && strcmp(pw, "tribune") == 0 &&
        S->t[s] == 'D')
      return false;
    /* the day of any week after a noun and "du": a habit or a kind ("le
     * marché du mardi", "la messe du dimanche", "l'émission du samedi
     * soir", "des policiers du dimanche"; one day takes "de": "le marché
     * de samedi"); not a part of a day's ("la nuit du samedi"), a
     * starting point's ("à partir du lundi"), nor before a day number or
     * a range's end ("le marché du samedi 12", "du samedi au dimanche") */
    if (t1 < ps && !has(S, "mod") && !has(S, "pre") && habit_du(S, p1, m->end))
      return false;
    /* "le" and a weekday in a clause of no tense: any week's day ("Le
     * samedi, les bus passent toutes les 20 minutes", "Le dimanche est un
     * jour de repos", "Le mardi et le jeudi, la piscine ouvre à 7 h");
     * told in a tense it is one ("a annoncé la fermeture le dimanche");
     * a present of a programme says a habit too ("Le marché a lieu le
     * samedi matin", "la piscine ouvre le mardi"); not a step of a
     * sequence ("et enfin le dimanche la grande messe"), after a past
     * told earlier in the sentence, nor a request ("ajoutez le yoga au
     * calendrier le lundi") */
    static const char *const then[] = {"enfin", "puis", "ensuite", NULL};
    char p0[FREX_DATE_WORD_MAX + 1];
    if (ps < m->start && strcmp(pw, "le") == 0 && !has(S, "mod") &&
        !has(S, "pre") && !de_or_digit_after(S, m->end) &&
        !(frex_date_prev_word(S, ps, p0) < ps && frex_date_in_list(p0, then)) &&
        !past_told_before(S, ps) && !request_around(S, ps, m->end) &&
        no_tense_or_present(S, m))
      return false;
    /* a habit in an apposition, the clause not in the past: "Le Marché
     * des Lices, le samedi matin, restera ouvert", "La piscine, le
     * dimanche, sera réservée aux familles"; not a day that names another
     * ("Le lendemain, le samedi, il partira"), nor "a accueilli, le
     * samedi, ..." */
    if (ps < m->start && strcmp(pw, "le") == 0 && !has(S, "mod") &&
        !has(S, "pre") && !de_or_digit_after(S, m->end) &&
        apposed_habit(S, ps, m->end) && !past_told_before(S, ps)) {
      S->tense_verbs = true;
      int t = frex_date_tense(S, m->start, m->end);
      S->tense_verbs = false;
      if (t != -1)
        return false;
    }
    /* opening days: "ouverts le dimanche", "fermé le lundi", "sauf le
     * dimanche", "travailler le dimanche", and in the future "les
     * commerces ouvriront le dimanche" (any week's day: one says
     * "ouvriront dimanche" of one) */
    static const char *const habit[] = {
        "ouvert", "ouverte", "ouverts", "ouvertes", "ferme", "fermee",
        "fermes", "fermees", "sauf", "travailler", "travaille",
        "travaillent", "compris", "ouvrir", "ouvrira", "ouvriront",
        "fermer", "fermera", "fermeront", NULL};
    char p2[FREX_DATE_WORD_MAX + 1];
    if (ps < m->start && strcmp(pw, "le") == 0 && !has(S, "mod") &&
        !has(S, "pre") && frex_date_prev_word(S, ps, p2) < ps &&
        frex_date_in_list(p2, habit)) {
      size_t k = e;
      while (k < S->len && frex_date_is_space(S->t, S->len, k))
        k++;
      if (!(k < S->len && S->t[k] >= '0' && S->t[k] <= '9'))
        return false;
    }
  }
  bool ana = false;
  m->dir = has(S, "pre") ? 1 : dir_of(S, "mod", &ana);
  if (ana) {
    const frex_dword *mw = grp_word(S, "mod", DF_MOD);
    if (!mw || mw->v == 0 || m->ce)
      return false; /* "mardi même" */
    m->ana = true;
  }
  if (grp(S, "eh", &s, &e)) { /* en huit: 8 days, en quinze: 15 */
    int days = 0;
    if (!frex_numwords_word(S->t + s, e - s, FREX_NW_UNIT, &days))
      return false;
    m->weeks_after = days / 7;
    if (m->dir || m->ce)
      return false;
  }
  if (has(S, "wk")) {
    bool wana;
    m->has_week = true;
    m->week = has(S, "wmod") ? dir_of(S, "wmod", &wana) : 0;
  }
  return m->wd > 0;
}

/* Does the year named from the DCT follow POS ("au printemps de l'année
 * prochaine", "à l'automne de l'an dernier", "l'été de cette année")?
 * date_link.c's of_rel_year makes them one date. */
static bool rel_year_follows(const scan *S, size_t pos) {
  static const char *const years[] = {
      "delanneeprochaine", "delanneederniere", "delanneepassee",
      "delanprochain",     "delandernier",     "delanpasse",
      "decetteannee",      NULL};
  char key[40];
  size_t n = S->len - pos < 40 ? S->len - pos : 40;
  frex_date_key(S->t + pos, n, key, sizeof key);
  for (const char *const *y = years; *y; y++)
    if (strncmp(key, *y, strlen(*y)) == 0)
      return true;
  return false;
}

/* A bare season word after a preposition of time is a date when its
 * clause's verb says past or future ("a cédé 121 magasins au printemps",
 * "sera votée à l'automne"); a present without a cue is a habit or a
 * rule ("En été, la ville se vide", "le festival se tient en été"). */
static bool season_of_tensed_clause(scan *S, const frex_mention *m) {
  return frex_date_season_after_time_prep(S, m->start) &&
         frex_date_tense(S, m->start, m->end) != 0;
}

/* "l'été 2017" (span: "été 2017"), "cet hiver", "l'hiver dernier", "au
 * printemps prochain", "l'hiver 2010-2011" (a winter is named by the year
 * it begins in). */
static bool build_season(scan *S, frex_mention *m) {
  size_t s, e;
  grp(S, "se", &s, &e);
  const frex_dword *w = frex_date_lookup(DF_SEASON, S->t + s, e - s);
  if (!w)
    return false;
  if (w->v == 4) { /* "à la rentrée": September, a month */
    if (has(S, "ce") || has(S, "la") || has(S, "mod") || has(S, "y2"))
      return false;
    m->kind = MK_DATE;
    m->m = 9;
    year_of(S, m);
    return m->y || frex_date_rentree_ok(S, m->start);
  }
  m->kind = MK_SEASON;
  m->n = w->v;
  m->ce = has(S, "ce");
  { /* "à la fin de l'hiver", "au milieu de l'été": the season's end, which
       its last month still holds (resolve_season) */
    char pw[FREX_DATE_WORD_MAX + 1];
    size_t p = m->start;
    for (int k = 0; k < 3; k++) {
      size_t q = frex_date_prev_word(S, p, pw);
      if (q == p)
        break;
      if (strcmp(pw, "fin") == 0 || strcmp(pw, "milieu") == 0) {
        m->part = 1;
        break;
      }
      p = q;
    }
  }
  year_of(S, m);
  bool ana = false, la = has(S, "la");
  m->dir = dir_of(S, "mod", &ana);
  if (ana || (la && !m->ce))
    return false;
  if (la)
    m->ana = m->ana_only = true; /* "cet été-là" */
  if (m->y && grp(S, "y2", &s, &e)) {
    int y2 = frex_date_number(S->t + s, e - s);
    if (e - s == 2)
      y2 += m->y / 100 * 100;
    if (y2 != m->y + 1)
      return false; /* "l'hiver 2010-2011" only */
  }
  if (!m->y && !m->dir && !m->ce && !rel_year_follows(S, m->end)) {
    /* "L'hiver n'a pas commencé", "L'été touche à sa fin" */
    m->phase = (signed char)frex_date_season_subject(S, m->start);
    return m->phase || frex_date_season_after_prep(S, m->start) ||
           season_of_tensed_clause(S, m); /* but "l'été", "en hiver":
                                             generic */
  }
  if (m->ce)
    return true;
  /* a season word right after a verb is no season: "a été 2e" */
  char pw[FREX_DATE_WORD_MAX + 1];
  /* not "a": folded, it is also "à", which never precedes a season */
  static const char *const before[] = {"l",  "le", "en",  "d",      "de",
                                       "du", "au", "des", "depuis", NULL};
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps < m->start && !frex_date_in_list(pw, before))
    return false;
  if (ps == m->start && !frex_date_sentence_start(S, m->start))
    return false;
  if (!m->y && m->dir && ps < m->start && frex_date_in_list(pw, dets_le))
    m->start = ps; /* "l'hiver dernier", as "l'an dernier" */
  /* "les JO d'hiver 2026", "les soldes d'été 2025", "les vacances d'hiver
   * 2026": the season names the kind of the thing before "d'", the year
   * is the thing's (the winter games of February 2026 are no winter
   * 2026-WI, which begins in December); not a part of the season ("fin
   * d'hiver 2026") */
  static const char *const parts[] = {"fin", "debut", "milieu", "coeur",
                                      "cours", "mi", "plein", "pleine",
                                      NULL};
  char p2[FREX_DATE_WORD_MAX + 1];
  if (m->y && !has(S, "y2") && ps < m->start && strcmp(pw, "d") == 0 &&
      frex_date_prev_word(S, ps, p2) < ps && !frex_date_in_list(p2, parts) &&
      grp(S, "y", &s, &e) && S->t[s] >= '0' && S->t[s] <= '9') {
    m->kind = MK_DATE;
    m->n = 0;
    m->dir = 0;
    m->start = s;
    m->end = e;
  }
  return true;
}

/* "le XIXe siècle", "au 20e siècle", "les XIXe et XXe siècles". */
static bool build_century(scan *S, frex_mention *m) {
  m->kind = MK_CENTURY;
  m->n = century_of(S);
  return m->n >= 1 && m->n <= 30;
}

/* "ce matin", "cet après-midi", "ce soir", "cette nuit" (this day),
 * "ce soir-là" (anaphoric), "la nuit dernière", "la nuit de jeudi à
 * vendredi" (the first day). */
static bool build_partday(scan *S, frex_mention *m) {
  size_t s, e;
  m->kind = MK_RELDAY;
  if (has(S, "ce")) {
    if (has(S, "la"))
      m->ana = m->ana_only = true;
    return true;
  }
  if (has(S, "d2")) { /* nuit du 3 au 4 mars: the first day, its month */
    m->kind = MK_DATE;
    m->night = true;
    int d2 = grp_number(S, "d2");
    m->m = month_of(S);
    year_of(S, m);
    m->dir = dir_of(S, "mod", NULL);
    if (has(S, "d"))
      m->d = grp_number(S, "d");
    else if (d2 > 1)
      m->d = d2 - 1; /* "de mercredi à jeudi 18 mai": the 17th */
    else if (m->m) { /* "de jeudi à vendredi 1er mars": 28 or 29 February */
      int y = m->y ? m->y : S->doc->dct.year > 0 ? S->doc->dct.year : 2001;
      m->d = frex_cal_days_in_month(m->m == 1 ? y - 1 : y,
                                    m->m == 1 ? 12 : m->m - 1);
    }
    if (m->d < 1 || m->d > 31 || d2 != m->d + 1) {
      if (d2 != 1 || m->d < 28 || !m->m)
        return false; /* "la nuit du 3 au 5 mars" is no night */
      if (--m->m == 0) { /* "du 31 décembre 2023 au 1er janvier 2024" */
        m->m = 12;
        if (m->y)
          m->y--;
      }
    }
    return true;
  }
  if (grp(S, "wd", &s, &e)) { /* nuit de jeudi (à vendredi) */
    const frex_dword *w = frex_date_lookup(DF_WEEKDAY, S->t + s, e - s);
    m->kind = MK_WEEKDAY;
    m->wd = w ? w->v : 0;
    /* "de vendredi à samedi": the second day is written */
    for (size_t i = e; i + 1 < m->end && !m->night; i++)
      m->night = (unsigned char)S->t[i] == 0xC3 &&
                 (unsigned char)S->t[i + 1] == 0xA0;
    if (has(S, "mod")) { /* "la nuit de samedi à dimanche dernier" */
      bool ana = false;
      m->dir = (signed char)dir_of(S, "mod", &ana);
      if (ana || !m->dir)
        return false;
    }
    return m->wd > 0;
  }
  bool ana = false;
  int dir = dir_of(S, "mod", &ana);
  if (dir == 0)
    return false; /* "la nuit même", "la nuit en cours" */
  grp(S, "mod", &s, &e);
  if (S->t[e - 1] != 'e' && (S->t[m->start] | 0x20) != 'a')
    return false; /* "la matinée suivant l'attaque": a preposition; only
                     "après-midi" takes the masculine */
  m->n = dir;
  m->ana = ana;
  return extend_to_det(S, m, dets_le) || ana;
}

/* "le premier lundi du mois prochain", "le dernier vendredi de
 * novembre", "la dernière semaine d'août 2015", "le premier jour de
 * l'année". */
static bool build_nth(scan *S, frex_mention *m) {
  size_t s, e;
  m->kind = MK_NTH;
  grp(S, "no", &s, &e);
  m->n = frex_date_number(S->t + s, e - s);
  if (m->n == 0 || m->n > 5)
    return false;
  const frex_dword *w = grp_word(S, "wd", DF_WEEKDAY);
  if (w) {
    m->unit = GR_DAY;
    m->wd = w->v;
  } else {
    const frex_dword *u = grp_word(S, "nu", DF_UNIT);
    if (!u)
      return false;
    m->unit = (frex_grain)u->v;
    if (m->unit == GR_DAY && m->n > 1 && m->n != -1)
      return false; /* "le deuxième jour de mai" is P_DM's "2 mai" */
  }
  m->m = month_of(S);
  year_of(S, m);
  if (!m->y && grp(S, "oy", &s, &e))
    m->y = frex_date_number(S->t + s, e - s);
  if (m->m) {
    m->of = GR_MONTH;
  } else {
    /* "du mois (prochain)", "de ce mois", "de l'année (prochaine)" */
    char txt[96];
    frex_date_fold_text(S->t + m->start, m->end - m->start, txt, sizeof txt);
    m->of = strstr(txt, "mois") ? GR_MONTH : GR_YEAR;
    if (!m->y) {
      m->of_rel = true;
      m->of_n = has(S, "omod") ? dir_of(S, "omod", NULL) : 0;
    }
  }
  return true;
}

/* Build the mention of the last match of pattern P over [s, e). */
/* A recurrence, not a date (README "DATE decisions"): a day or month
 * with no year after "chaque", "chaque année", "tous les ans", "tous les"
 * ("Le budget est voté chaque année en février", "tous les ans fin juin",
 * "chaque 14 juillet", "chaque mois de mars"); "comme chaque année" names
 * this year's ("comme chaque année le 21 juin"), and a comma ends the
 * look-back ("aura lieu, comme chaque année, le 21 juin"). */
static bool recurrent(const scan *S, size_t start) {
  static const char *const glue[] = {"en",  "au",  "a",   "le",   "la",
                                     "l",   "de",  "d",   "du",   "mois",
                                     "debut", "fin", "mi", "courant", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t p = start, q;
  for (int k = 0;; k++) {
    q = frex_date_prev_word(S, p, w);
    if (q == p)
      return false;
    if (k < 3 && frex_date_in_list(w, glue)) {
      p = q;
      continue;
    }
    break;
  }
  /* W is the first word that is no glue, starting at Q */
  if (strcmp(w, "annee") == 0 || strcmp(w, "ans") == 0) {
    bool ans = w[0] == 'a' && w[1] == 'n' && w[2] == 's';
    size_t r = frex_date_prev_word(S, q, w);
    if (r == q)
      return false;
    if (ans) { /* "tous les ans" */
      if (strcmp(w, "les") != 0)
        return false;
      q = r;
      r = frex_date_prev_word(S, q, w);
      if (r == q || strcmp(w, "tous") != 0)
        return false;
    } else if (strcmp(w, "chaque") != 0)
      return false;
    q = r;
  } else if (strcmp(w, "les") == 0) { /* "tous les 14 juillet" */
    size_t r = frex_date_prev_word(S, q, w);
    if (r == q || strcmp(w, "tous") != 0)
      return false;
    q = r;
  } else if (strcmp(w, "chaque") != 0)
    return false;
  size_t r = frex_date_prev_word(S, q, w);
  return !(r < q && strcmp(w, "comme") == 0);
}

static bool build_one(scan *S, int p, frex_mention *m);

/* Is the mention at M a title that opens with a capitalised weekday: after
 * the noun of a work or a programme ("le magazine Vendredi", "l'émission
 * Dimanche en politique", "le roman Vendredi ou la vie sauvage"), or alone
 * in quotes with no month ("« Vendredi 13 »", a film)?  Not "le film
 * vendredi" (lowercase: when it is shown), nor "« Vendredi 13 mars »". */
static bool weekday_title(const scan *S, const frex_mention *m) {
  static const char *const works[] = {
      "magazine", "emission", "hebdomadaire", "quotidien", "mensuel",
      "roman", "film", "serie", "feuilleton", "livre", "album", "chanson",
      "titre", "spectacle", "piece", "journal", "revue", "programme", NULL};
  static const char *const wds[] = {"lundi", "mardi", "mercredi", "jeudi",
                                    "vendredi", "samedi", "dimanche", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  if (!frex_date_is_upper_at(S, m->start))
    return false;
  size_t n = 0;
  while (m->start + n < S->len && n < FREX_DATE_WORD_MAX &&
         frex_date_is_letter_at(S->t, S->len, m->start + n))
    n++;
  frex_date_fold_text(S->t + m->start, n, w, sizeof w);
  if (!frex_date_in_list(w, wds))
    return false;
  size_t ps = frex_date_prev_word(S, m->start, w);
  if (ps < m->start && frex_date_in_list(w, works) &&
      !frex_date_sentence_start(S, m->start))
    return true;
  /* the quotes hold the weekday and at most a number */
  size_t a = m->start, b = m->start + n;
  while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
    a--;
  while (b < S->len && (frex_date_is_space(S->t, S->len, b) ||
                        (S->t[b] >= '0' && S->t[b] <= '9')))
    b++;
  return a >= 2 && b + 1 < S->len &&
         (unsigned char)S->t[a - 2] == 0xC2 && (unsigned char)S->t[a - 1] == 0xAB &&
         (unsigned char)S->t[b] == 0xC2 && (unsigned char)S->t[b + 1] == 0xBB;
}

bool frex_date_build(scan *S, int p, frex_mention *m) {
  if (!build_one(S, p, m))
    return false;
  if (weekday_title(S, m))
    return false;
  if ((p == P_DM || p == P_MD || p == P_M || p == P_HOLIDAY ||
       (p == P_PERIOD && m->m)) && !m->y &&
      !m->ce && recurrent(S, m->start)) {
    if (m->end > S->skip_to)
      S->skip_to = m->end;
    return false;
  }
  return true;
}

static bool build_one(scan *S, int p, frex_mention *m) {
  size_t s, e;
  switch (p) {
  case P_DM:
  case P_MD:
    m->d = grp_number(S, "d");
    m->m = month_of(S);
    year_of(S, m);
    if (p == P_DM && !m->y && grp(S, "mon", &s, &e))
      m->y = event_year(S, s, m->d, m->m);
    m->dir = dir_of(S, "mod", NULL);
    if (p == P_MD && !m->y && grp(S, "d", &s, &e) &&
        memchr(S->t + m->start, ',', s - m->start))
      return false; /* "En juin, trois repreneurs", "en juin, 3 offres":
                       a month, a comma and a day want their year ("juin
                       3, 2020"; "Mai vingt et un" is one date) */
    return m->d >= 1 && m->d <= 31 && m->m;
  case P_M: {
    grp(S, "mon", &s, &e); /* always set in P_M */
    const frex_dword *mon = grp_word(S, "mon", DF_MONTH);
    m->m = mon ? mon->v : 0;
    year_of(S, m);
    m->ce = has(S, "ce");
    if (m->ce)
      m->start = s; /* "cette Septembre": the determiner stays out */
    m->dir = has(S, "pre") ? 1 : dir_of(S, "mod", NULL);
    if (!m->y && !m->dir && !m->ce)
      return bare_month(S, m, mon, s);
    return m->m > 0;
  }
  case P_NUM:
  case P_NUMSP:
    return build_compact(S, m);
  case P_YEAR:
    if (grp(S, "yn", &s, &e)) { /* "2023-24": the year after 2023 */
      char pw[FREX_DATE_WORD_MAX + 1];
      int prev = frex_date_number(S->t + s - 5, 4);
      m->y = prev / 100 * 100 + frex_date_number(S->t + s, e - s);
      if (m->y < prev)
        m->y += 100; /* "1999-00" */
      if (frex_date_prev_word(S, s - 5, pw) < s - 5 && strcmp(pw, "annees") == 0)
        return false; /* "les années 1990-91": the decade's pattern */
      return m->y == prev + 1 &&
             frex_date_year_context_ok(S, m->start - 5, m->end);
    }
    year_of(S, m);
    return frex_date_year_context_ok(S, m->start, m->end);
  case P_QUARTER:
    return build_quarter(S, m);
  case P_WEEK:
    year_of(S, m);
    if (grp(S, "wo", &s, &e)) {
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
  case P_WDABBR:
    m->kind = MK_WEEKDAY;
    m->wd = grp(S, "wd", &s, &e) ? frex_date_weekday(S->t + s, e - s) : 0;
    m->weak = m->abbr_wd = true;
    return m->wd > 0;
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
  case P_SEASON:
    return build_season(S, m);
  case P_DECADE:
    m->kind = MK_DECADE;
    return decade_of(S, &m->y);
  case P_CENTURY:
    return build_century(S, m);
  case P_PARTDAY:
    return build_partday(S, m);
  case P_NTH:
    return build_nth(S, m);
  }
  return false;
}
