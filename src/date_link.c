/*
 * date_link.c — the DATE extractor's second and third passes (see date.c):
 * mentions found by the scanner are linked to their neighbours (a weekday
 * to the date it precedes, the bounds of ranges and lists, an anaphor to
 * the date it governs: "la veille du 2 mars"), then resolved — first the
 * dates that stand alone, then, in document order, those that point at
 * another date of the text: anaphors ("le lendemain") and days written
 * without their month ("le 12", "du 4 au 9").  Their anchor is, in SPEC's
 * order: a date written right after them ("le lendemain, samedi 4 mai");
 * the date they govern; the latest date of the right grain before them in
 * the same paragraph or the one before; else the DCT.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_cal.h"
#include "date_impl.h"

/* The words between two mentions: a range ("au", "-", "jusqu'à") returns
 * 2, a list ("et", "ou", ",") 1, a list of months with their "en" ("et
 * en") 3, anything else 0 (DF_CONN). */
static int connector(const scan *S, size_t a, size_t b) {
  if (b < a || b - a > 24)
    return 0;
  /* a punctuation mark alone ("5-7", "lundi, mardi"): no folding */
  while (a < b && frex_date_is_space(S->t, S->len, a))
    a += (unsigned char)S->t[a] == 0xC2 ? 2 : (unsigned char)S->t[a] == 0xE2 ? 3 : 1;
  size_t z = frex_date_space_back(S->t, a, b);
  if (z > a && z - a <= 3 && !frex_date_is_letter_at(S->t, S->len, a)) {
    const frex_dword *p = frex_date_lookup(DF_CONN, S->t + a, z - a);
    return p ? p->v : 0;
  }
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
  /* "et le 12", "au 7": the article of the second bound */
  size_t n = strlen(s);
  if (n > 3 && strcmp(s + n - 3, " le") == 0)
    s[n -= 3] = 0;
  else if (n > 2 && strcmp(s + n - 2, " l'") == 0)
    s[n -= 2] = 0;
  /* most gaps between two numbers are none of them: a first-byte test */
  if (!n || !strchr("-~,aejo\xe2", s[0]))
    return 0;
  const frex_dword *e = frex_date_lookup(DF_CONN, s, n);
  return e ? e->v : 0;
}

/* The bytes from A to B with each run of spaces counted as one: a line
 * break read as a space keeps its kept trailing space or the next line's
 * indent ("des 12 \r\n  et 13 juin"), which must not push two mentions
 * apart. */
static size_t squeezed_gap(const scan *S, size_t a, size_t b) {
  size_t n = 0;
  bool in_space = false;
  while (a < b) {
    if (frex_date_is_space(S->t, S->len, a)) {
      n += !in_space;
      in_space = true;
      a += (unsigned char)S->t[a] == 0xC2 ? 2 : (unsigned char)S->t[a] == 0xE2 ? 3 : 1;
    } else {
      n++;
      in_space = false;
      a++;
    }
  }
  return n;
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
  if (lo->m && !lo->y && !hi->y && hi->m && hi->dir && !lo->dir)
    lo->dir = hi->dir; /* "d'avril-mai prochain", "du 3 au 5 juin dernier" */
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

/* What follows a lone day ("le 15", "du 4 au 9") lets it be a date:
 * punctuation, the end, or one of a few words — not a noun ("le 15
 * mètres") nor a clock time ("le 12 à 19 heures" keeps 12). */
static bool day_end_ok(const scan *S, size_t end) {
  static const char *const after[] = {
      "et", "ou", "pour", "a", "au", "prochain", "dernier", "je", "il",
      "elle", "on", "nous", "vous", "ils", "elles", "avec", "dans", "inclus",
      NULL};
  char nw[FREX_DATE_WORD_MAX + 1];
  size_t i = end;
  while (i < S->len && frex_date_is_space(S->t, S->len, i))
    i++;
  if (i >= S->len)
    return true;
  if (strchr(".,;:!?)\"", S->t[i]))
    return !(S->t[i] == ',' && i + 1 < S->len && is_digit(S->t[i + 1]));
  if ((unsigned char)S->t[i] == 0xC2 && i + 1 < S->len &&
      (unsigned char)S->t[i + 1] == 0xBB) /* » */
    return true;
  frex_date_next_word(S, end, nw);
  return frex_date_in_list(nw, after);
}

/* "le 15" alone: a day when "le" (or "à partir du", "jusqu'au") precedes
 * and nothing noun-like follows. */
static bool lone_day_ok(const scan *S, const frex_mention *m) {
  char pw[FREX_DATE_WORD_MAX + 1], p2[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, pw);
  if (ps == m->start)
    return false;
  if (strcmp(pw, "du") == 0 || strcmp(pw, "au") == 0) {
    size_t p2s = frex_date_prev_word(S, ps, p2);
    if (p2s == ps || (strcmp(pw, "du") == 0 && strcmp(p2, "partir") != 0) ||
        (strcmp(pw, "au") == 0 && strcmp(p2, "jusqu") != 0))
      return false;
  } else if (strcmp(pw, "le") != 0) {
    return false;
  } else {
    /* "appelez le 17", "en composant le 15": a phone number */
    static const char *const call[] = {
        "appeler", "appelez", "appelle", "appellent", "appelant", "composer",
        "composez", "compose", "composant", "contacter", "contactez",
        "contactant", "joindre", "joignant", NULL};
    if (frex_date_prev_word(S, ps, p2) < ps && frex_date_in_list(p2, call))
      return false;
  }
  return day_end_ok(S, m->end);
}

/* The first mention after K that is not dropped, or S->n. */
static size_t next_kept(const scan *S, size_t k) {
  size_t j = k + 1;
  while (j < S->n && S->v[j].drop)
    j++;
  return j;
}

/* "au lendemain du 2 mars", "le week-end de Pâques": an anaphor or a
 * week-end that wants a date after "de" takes the next mention when it
 * starts right there; without one it is no date ("au lendemain de la
 * fusillade"). */
static void govern(scan *S) {
  for (size_t k = 0; k < S->n; k++) {
    frex_mention *a = &S->v[k];
    if (!a->want_gov || a->drop)
      continue;
    a->drop = true;
    size_t j = next_kept(S, k);
    if (j == S->n)
      continue;
    frex_mention *b = &S->v[j];
    if (b->start < a->end || squeezed_gap(S, a->end, b->start) > 8)
      continue;
    char gap[16];
    frex_date_key(S->t + a->end, b->start - a->end, gap, sizeof gap);
    bool de = strcmp(gap, "de") == 0 || strcmp(gap, "du") == 0 ||
              strcmp(gap, "d") == 0 || strcmp(gap, "des") == 0 ||
              strcmp(gap, "dela") == 0; /* "le week-end de la Pentecôte" */
    bool datey = (b->kind == MK_DATE && b->d && !b->weak) ||
                 b->kind == MK_HOLIDAY || (b->kind == MK_WEEKDAY && !b->ana);
    if (de && !datey && a->unit == GR_WEEKEND && b->kind == MK_DATE &&
        b->weak && b->d && !b->m) {
      /* "le week-end des 16 et 17 mars", "du 16-17 mars": the week-end
       * of the second day, which has the month */
      size_t i = next_kept(S, j);
      frex_mention *c = i < S->n ? &S->v[i] : NULL;
      if (c && c->kind == MK_DATE && c->m && c->d == b->d + 1 &&
          c->start >= b->end && squeezed_gap(S, b->end, c->start) <= 5 &&
          connector(S, b->end, c->start)) {
        b->drop = true;
        b = c;
        j = i;
        datey = true;
      }
    }
    if (!de || !datey)
      continue;
    a->drop = false;
    a->gov = (int)j;
    a->end = b->end;
    b->drop = true;
    b->governed = true;
  }
}

/* "en mars de l'an dernier", "le 3 mars de l'année prochaine", "au
 * premier trimestre de cette année", "au printemps de l'année
 * prochaine": a date without a year and the year
 * named from the DCT after "de" are one date, in that year.  A year
 * named from another date of the text ("en mai de l'année suivante", "en
 * mars de cette année-là") makes one date too, whose year resolve_one
 * takes from that date (year_ana). */
static void of_rel_year(scan *S) {
  for (size_t k = 0; k + 1 < S->n; k++) {
    frex_mention *a = &S->v[k];
    if (a->drop || a->y || a->dir || a->ana ||
        !((a->kind == MK_DATE && a->m && !a->ce) || a->kind == MK_QUARTER ||
          (a->kind == MK_SEASON && !a->ce)))
      continue;
    size_t j = next_kept(S, k);
    if (j == S->n)
      return;
    frex_mention *b = &S->v[j];
    if (b->kind != MK_RELUNIT || b->unit != GR_YEAR ||
        (b->n == 0 && !b->ce && !b->ana_only) || b->start < a->end ||
        squeezed_gap(S, a->end, b->start) > 6)
      continue;
    char gap[8];
    frex_date_key(S->t + a->end, b->start - a->end, gap, sizeof gap);
    if (strcmp(gap, "de") != 0 && strcmp(gap, "d") != 0)
      continue;
    a->end = b->end;
    a->weak = false;
    b->drop = true;
    if (b->ana) {
      a->year_ana = true;
      a->year_n = (signed char)b->n;
    } else if (S->doc->dct.year > 0) {
      a->y = S->doc->dct.year + b->n;
    }
  }
}

/* A holiday or a day of a month with no year in the sentence of "cette
 * année" is of the DCT's year ("Noël tombe un jeudi cette année", "Cette
 * année, Noël tombe un jeudi" read in January: 2025-12-25, not the
 * Christmas just past). */
static void this_year(scan *S) {
  if (S->doc->dct.year <= 0)
    return;
  for (size_t k = 0; k < S->n; k++) {
    const frex_mention *b = &S->v[k];
    if (b->drop || b->kind != MK_RELUNIT || b->unit != GR_YEAR || !b->ce ||
        b->n != 0 || b->ana || b->ana_only)
      continue;
    for (size_t j = k >= 2 ? k - 2 : 0; j < S->n && j <= k + 2; j++) {
      frex_mention *a = &S->v[j];
      if (j == k || a->drop || a->y || a->dir || a->ana || a->ce ||
          a->gov >= 0 || a->pair >= 0 ||
          !((a->kind == MK_DATE && a->m) || a->kind == MK_HOLIDAY))
        continue;
      size_t lo = a->end < b->start ? a->end : b->end;
      size_t hi = a->end < b->start ? b->start : a->start;
      if (hi < lo || hi - lo > 40)
        continue;
      /* one clause: not "passent leurs examens cette année et les
       * résultats seront annoncés à partir du 22 juillet" */
      bool one = !memmem(S->t + lo, hi - lo, " et ", 4) &&
                 !memmem(S->t + lo, hi - lo, " mais ", 6) &&
                 !memmem(S->t + lo, hi - lo, " puis ", 6);
      for (size_t i = lo; i + 1 < hi && one; i++)
        if ((S->t[i] == '.' || S->t[i] == '!' || S->t[i] == '?' ||
             S->t[i] == ';' || S->t[i] == '\n') &&
            (S->t[i + 1] == ' ' || S->t[i + 1] == '\n'))
          one = false;
      if (one)
        a->y = S->doc->dct.year;
    }
  }
}

/* A part of a month with no year nor modifier: "fin mars", "début
 * avril", "mi-mai", "courant juin" (for "fin mars début avril", "fin mars
 * ou début avril": two bounds of one year). */
static bool month_part(const scan *S, const frex_mention *m) {
  if (m->kind != MK_DATE || !m->m || m->d || m->y || m->dir || m->ce ||
      m->weak || m->drop)
    return false;
  char w[16];
  size_t n = m->end - m->start < 10 ? m->end - m->start : 10;
  frex_date_fold_text(S->t + m->start, n, w, sizeof w);
  return strncmp(w, "fin ", 4) == 0 || strncmp(w, "debut ", 6) == 0 ||
         strncmp(w, "mi-", 3) == 0 || strncmp(w, "courant ", 8) == 0;
}

/* Does a group of three digits follow END, after a space ("14 200
 * spectateurs": the day number is the first group of a number), or a
 * single line break of hard-wrapped text with its blanks? */
static bool thousands_after(const scan *S, size_t end) {
  size_t i = end;
  int breaks = 0;
  bool gap = false;
  for (;;) {
    if (i < S->len && (S->t[i] == ' ' || S->t[i] == '\t' || S->t[i] == '\r'))
      i++;
    else if (i < S->len && S->t[i] == '\n' && ++breaks == 1)
      i++;
    else if (i + 1 < S->len && (unsigned char)S->t[i] == 0xC2 &&
             (unsigned char)S->t[i + 1] == 0xA0)
      i += 2;
    else
      break;
    gap = true;
  }
  if (!gap || breaks > 1)
    return false;
  return i + 3 <= S->len && is_digit(S->t[i]) && is_digit(S->t[i + 1]) &&
         is_digit(S->t[i + 2]) && (i + 3 == S->len || !is_digit(S->t[i + 3]));
}

void frex_date_link(scan *S) {
  frex_mention *v = S->v;
  for (size_t k = 0; k < S->n; k++)
    v[k].gov = v[k].pair = -1;
  /* a weekday before a date with a day: "mardi 12 février", "mer. 10 juin",
   * "dimanche 31", "mercredi le 31" */
  for (size_t k = 0; k + 1 < S->n; k++) {
    frex_mention *a = &v[k], *b = &v[k + 1];
    if (a->kind != MK_WEEKDAY || a->has_week || a->ana || a->dir ||
        b->kind != MK_DATE || !b->d || a->end > b->start ||
        squeezed_gap(S, a->end, b->start) > 8)
      continue;
    if (!b->m && thousands_after(S, b->end))
      continue; /* "affichait samedi 14 200 spectateurs": a number */
    char gap[32];
    frex_date_fold_text(S->t + a->end, b->start - a->end, gap, sizeof gap);
    size_t g = strspn(gap, " ,.\n\xc2\xa0"); /* "Dimanche,⏎10 mars" */
    size_t gn = strlen(gap + g); /* "le" and the spaces of a line break */
    while (gn && gap[g + gn - 1] == ' ')
      gn--;
    if (gn && !(gn == 2 && memcmp(gap + g, "le", 2) == 0))
      continue;
    const char *nl = strchr(gap, '\n');
    if (nl && strchr(nl + 1, '\n'))
      continue; /* a blank line ends any date (SPEC) */
    /* a full stop after a whole weekday ends its sentence ("a eu lieu
     * dimanche. Le 3 juillet, ..."; "mer. 10 juin" is an abbreviation),
     * and "Le" opens one ("dimanche⏎Le 3 juillet", the line break read
     * as a space here; "DIMANCHE LE 3 JUILLET" stays one date) */
    const char *raw = S->t + a->end;
    size_t rn = b->start - a->end;
    const char *cap = memchr(raw, 'L', rn);
    if ((!a->abbr_wd && memchr(raw, '.', rn)) ||
        (cap && cap + 1 < raw + rn && cap[1] == 'e'))
      continue;
    if (gap[g] == 0 && strchr(gap, ',') && b->weak && !b->m)
      continue; /* "mardi, trois salariés" */
    b->start = a->start;
    b->wd = a->wd;
    if (!b->m && !b->ce && a->ce) /* "ce vendredi 15": a day of this month */
      b->ce = true;
    b->weak = false;
    a->drop = true;
  }
  /* a lone day before a weekday: "le 25 mardi"; only after "le", for a
   * bare number there is a count or a score ("ont battu le Sénégal 3-1
   * mardi", "gagné 2 à 1 samedi") */
  for (size_t k = 0; k + 1 < S->n; k++) {
    frex_mention *a = &v[k], *b = &v[k + 1];
    char before[FREX_DATE_WORD_MAX + 1];
    if (a->drop || a->kind != MK_DATE || !a->weak || a->m || a->ce || a->wd ||
        b->kind != MK_WEEKDAY || b->abbr_wd || b->dir || b->ce ||
        b->has_week || b->ana || b->start < a->end ||
        frex_date_space_back(S->t, a->end, b->start) != a->end ||
        frex_date_prev_word(S, a->start, before) == a->start ||
        strcmp(before, "le") != 0)
      continue;
    a->end = b->end;
    a->wd = b->wd;
    a->weak = false;
    b->drop = true;
  }
  govern(S);
  of_rel_year(S);
  this_year(S);
  /* ranges and lists: right to left over the live mentions, so "les 3,
   * 4 et 5 mai" chains */
  size_t h = S->n;
  while (h > 0 && v[h - 1].drop)
    h--;
  while (h > 1) {
    size_t l = h - 1;
    while (l > 0 && v[l - 1].drop)
      l--;
    if (l == 0)
      break;
    frex_mention *lo = &v[l - 1], *hi = &v[h - 1];
    h = l;
    int c = connector(S, lo->end, hi->start);
    if (c == 3) { /* "en novembre et en février", not "le rover Mars et en
                   * mars" */
      char ew[FREX_DATE_WORD_MAX + 1];
      size_t es = frex_date_prev_word(S, lo->start, ew);
      c = es < lo->start && strcmp(ew, "en") == 0 ? 1 : 0;
      /* ... whose first month is not the DCT's own in the past: "la
       * prime a été versée en décembre et en mars" on 7 December is this
       * month and the last March, each month as alone; in the present
       * the list runs on from this month ("les versements interviennent
       * en décembre et en mars": the next March, as a range would) */
      if (c && lo->m && !lo->y && S->doc->dct.year > 0 &&
          lo->m == S->doc->dct.month &&
          frex_date_tense(S, lo->start, lo->end) == -1)
        c = 0;
    }
    if (c != 2 && month_part(S, lo) && month_part(S, hi) &&
        (c == 1 || frex_date_space_back(S->t, lo->end, hi->start) == lo->end)) {
      lo->pair = (int)(hi - v); /* "fin mars début avril": one year */
      continue;
    }
    if (!c)
      continue;
    /* ... and a list of them: "jeudi et vendredi", read on a Friday in
     * the future, is this week's Thursday and Friday */
    if (lo->kind == MK_WEEKDAY && hi->kind == MK_WEEKDAY &&
        !lo->dir && !hi->dir && !lo->ce && !hi->ce && !lo->ana &&
        !hi->ana && !lo->has_week && !hi->has_week && !lo->weeks_after &&
        !hi->weeks_after) {
      lo->pair = (int)(hi - v); /* "de lundi à vendredi": one week */
      continue;
    }
    if (lo->kind == MK_DECADE && hi->kind == MK_DATE && hi->y && !hi->m &&
        hi->y % 10 == 0) { /* "les années 1980 et 1990" */
      hi->kind = MK_DECADE;
      continue;
    }
    char pw[FREX_DATE_WORD_MAX + 1], p2[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, lo->start, pw);
    bool entre = ps < lo->start &&
                 (strcmp(pw, "entre") == 0 ||
                  ((strcmp(pw, "le") == 0 || strcmp(pw, "la") == 0) &&
                   frex_date_prev_word(S, ps, p2) < ps &&
                   strcmp(p2, "entre") == 0)); /* "entre le 1er janvier et" */
    /* a holiday as a bound ("entre Noël et le Nouvel An", "de Noël au 2
     * janvier"): the bounds in order, as for days */
    if ((lo->kind == MK_HOLIDAY || hi->kind == MK_HOLIDAY) &&
        (c == 2 || entre)) {
      bool ok = true;
      for (int b = 0; b < 2; b++) {
        const frex_mention *x = b ? hi : lo;
        ok = ok && !x->y && !x->dir && !x->ce && !x->ana && !x->weak &&
             (x->kind == MK_HOLIDAY || (x->kind == MK_DATE && x->m && x->d));
      }
      if (ok)
        lo->pair = (int)(hi - v);
      continue;
    }
    if (lo->kind != MK_DATE || hi->kind != MK_DATE)
      continue;
    bool du = ps < lo->start && strcmp(pw, "du") == 0;
    /* a list completes a bound that lacks its month ("lundi 3 et mardi 4
     * juin"); otherwise only weak bounds */
    /* ... or two months side by side ("en mars et avril", "en mars ou
     * avril 2023": one year, as a range) */
    bool months = lo->m && !lo->d && !lo->y && !lo->dir && !lo->ce &&
                  hi->m && !hi->d && hi->m != lo->m && !hi->ce;
    if (c == 1 && !lo->weak && !entre && !(lo->d && !lo->m && hi->m) &&
        !months)
      continue;
    if (c == 1 && lo->weak && !entre && ((!hi->m && !hi->ce) || hi->wd))
      continue; /* "TSR 1, jeudi 17 avril": a lone number, no list */
    if (hi->weak && !(lo->m || lo->y || lo->ce)) {
      /* two lone days: "du 4 au 9" is a range of days of a month the
       * context gives */
      if (c == 2 && du && lo->d && hi->d && !lo->m && !hi->m && !lo->wd &&
          lo->d < hi->d && day_end_ok(S, hi->end))
        lo->weak = hi->weak = false;
      continue;
    }
    complete_lo(lo, hi);
    complete_hi(lo, hi);
    if (!lo->y && !hi->y && (lo->m || lo->d) && (hi->m || hi->d))
      lo->pair = (int)(hi - v);
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

/* What one mention resolved to. */
typedef struct {
  char value[FREX_DATE_VALUE_MAX];
  frex_grain g;
  bool done; /* resolved */
  bool out;  /* to be written */
  bool fwd;  /* resolved forward (future clause or --prefer future) */
  bool present; /* a day or month without year whose clause has no past
                   or future verb (a present, or none): chain_step may
                   move it */
} resolved;

/* Results of the mentions that are written or anchor another (a text of
 * numbers has millions of weak ones that are neither): slot[k] indexes r,
 * or is NO_SLOT. */
#define NO_SLOT UINT32_MAX
typedef struct {
  uint32_t *slot;
  resolved *r;
} results;

static resolved *res(const results *R, size_t k) {
  return R->slot[k] == NO_SLOT ? NULL : &R->r[R->slot[k]];
}

/* Resolved, with its value: the result of mention K, or NULL. */
static const resolved *done(const results *R, size_t k) {
  const resolved *x = res(R, k);
  return x && x->done ? x : NULL;
}

/* The paragraph breaks (blank lines: two line breaks with only spaces
 * between) in T[a..b), counted up to 2. */
static int paragraph_breaks(const scan *S, size_t a, size_t b) {
  int breaks = 0;
  const char *t = S->t;
  while (a < b && breaks < 2) {
    const char *nl = memchr(t + a, '\n', b - a);
    if (!nl)
      break;
    size_t j = (size_t)(nl - t) + 1;
    while (j < b && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
      j++;
    if (j < b && t[j] == '\n')
      breaks++;
    a = j;
  }
  return breaks;
}

/* Does the clause's tense matter for M (a date the text leaves open)? */
static bool needs_tense(const frex_mention *m) {
  switch (m->kind) {
  case MK_DATE:
    return !m->y && (m->m || m->d) && !m->ce;
  case MK_WEEKDAY:
    return !m->dir && !m->has_week && !m->ana && !m->weeks_after;
  case MK_HOLIDAY:
  case MK_QUARTER:
  case MK_SEASON:
    return !m->y && !m->dir;
  case MK_WEEKOF: /* reprendront la semaine du 18 mars */
    return !m->y;
  case MK_RELUNIT:
    return ((m->unit == GR_WEEKEND || m->unit == GR_WEEK) && m->ce) ||
           m->part;
  case MK_NTH:
    return m->of == GR_MONTH && !m->y && !m->of_rel;
  default:
    return false;
  }
}

/* Is the mention resolved from another date of the text: an anaphor, or a
 * day without its month ("le 12", "du 4 au 9") that is no "ce" day? */
static bool from_context(const frex_mention *m) {
  return m->ana || m->gov >= 0 || m->year_ana ||
         (m->kind == MK_DATE && m->d && !m->m && !m->ce && !m->wd);
}

/* Is M a weekday with its day and no month ("samedi 27")? */
static bool weekday_day(const frex_mention *m) {
  return m->kind == MK_DATE && m->d && !m->m && !m->y && m->wd && !m->ce;
}

/* The grain of date an anaphor counts from. */
static bool grain_fits(const frex_mention *m, const frex_anchor *a) {
  frex_grain u = m->kind == MK_RELUNIT ? m->unit : GR_DAY;
  if (m->kind == MK_DATE) /* a lone day takes a month (and its year) */
    return a->m && (a->g == GR_DAY || a->g == GR_MONTH);
  switch (u) {
  case GR_DAY:
    return a->g == GR_DAY && a->m && a->d;
  case GR_WEEK:
  case GR_WEEKEND:
    return a->y && (a->g == GR_DAY || a->g == GR_WEEK);
  case GR_MONTH:
    return a->m && (a->g == GR_DAY || a->g == GR_MONTH);
  case GR_QUARTER:
  case GR_HALF:
    return a->y && a->m && (a->g == GR_DAY || a->g == GR_MONTH);
  default:
    return a->y && a->g <= GR_YEAR;
  }
}

/* The anchor of mention K (see the file's comment); false: none. */
static bool find_anchor(const scan *S, const results *R, size_t k,
                        const frex_mention *m, frex_anchor *a) {
  const resolved *x;
  /* "le week-end des 12 et 13 juin": the date it governs, or none (a
   * governed date with no year leaves the week-end underspecified; it
   * never borrows the week of another date of the text) */
  if (m->gov >= 0)
    return (x = done(R, (size_t)m->gov)) &&
           frex_date_anchor_of(x->value, x->g, a) && grain_fits(m, a);
  if (m->ana) { /* a date right after: "le lendemain, samedi 4 mai" */
    size_t j = next_kept(S, k);
    if (j < S->n && (x = done(R, j)) && !from_context(&S->v[j]) &&
        S->v[j].start >= m->end &&
        squeezed_gap(S, m->end, S->v[j].start) <= 4) {
      size_t g = m->end;
      while (g < S->v[j].start && strchr(" ,(\t", S->t[g]))
        g++;
      if (g == S->v[j].start && frex_date_anchor_of(x->value, x->g, a) &&
          grain_fits(m, a)) {
        a->exact = true;
        return true;
      }
    }
  }
  /* back to the paragraph before: two breaks are too far (SPEC) */
  size_t pos = m->start;
  int breaks = 0;
  for (size_t j = k; j-- > 0;) {
    if (S->v[j].end > m->start)
      continue;
    if (S->v[j].end < pos) {
      breaks += paragraph_breaks(S, S->v[j].end, pos);
      pos = S->v[j].end;
    }
    if (breaks > 1)
      break;
    if ((x = done(R, j)) && frex_date_anchor_of(x->value, x->g, a) &&
        grain_fits(m, a))
      return true;
  }
  return false;
}

/* The days from the DCT to the period of value V (0 inside it), for a
 * day, a month or a week; -1 for any other value. */
static bool period_days(const char *v, long *plo, long *phi);
static long dct_day(frex_dct dct) {
  return frex_cal_to_days(
      (frex_ymd){dct.year, dct.month ? dct.month : 7, dct.day ? dct.day : 1});
}
static long days_from_dct(const char *v, frex_dct dct) {
  long lo, hi;
  if (!period_days(v, &lo, &hi))
    return -1;
  long now = dct_day(dct);
  return now < lo ? lo - now : now > hi ? now - hi : 0;
}

/* The first and last days of the period of value V: a day, a month, a
 * quarter, a half-year or a week; false for any other value. */
static bool period_days(const char *v, long *plo, long *phi) {
  int y, mo, d, w;
  long lo, hi;
  size_t n = strlen(v);
  if (n == 10 && sscanf(v, "%4d-%2d-%2d", &y, &mo, &d) == 3) {
    lo = hi = frex_cal_to_days((frex_ymd){y, mo, d});
  } else if (n == 7 && v[4] == '-' && is_digit(v[5]) &&
             sscanf(v, "%4d-%2d", &y, &mo) == 2) {
    lo = frex_cal_to_days((frex_ymd){y, mo, 1});
    hi = lo + frex_cal_days_in_month(y, mo) - 1;
  } else if (n == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') &&
             is_digit(v[6]) && sscanf(v, "%4d", &y) == 1) {
    /* a quarter or a half-year: "2025-Q4", "2025-H2" */
    int months = v[5] == 'Q' ? 3 : 6, q = v[6] - '0';
    int first = (q - 1) * months + 1, last = q * months;
    if (q < 1 || last > 12)
      return false;
    lo = frex_cal_to_days((frex_ymd){y, first, 1});
    hi = frex_cal_to_days((frex_ymd){y, last, 1}) +
         frex_cal_days_in_month(y, last) - 1;
  } else if (n >= 8 && v[5] == 'W' && sscanf(v, "%4d-W%2d", &y, &w) == 2) {
    lo = frex_cal_to_days(frex_cal_iso_week_monday(y, w));
    hi = lo + 6;
  } else {
    return false;
  }
  *plo = lo;
  *phi = hi;
  return true;
}

/* The weekday of an agenda's, programme's or calendar's heading: a bare
 * weekday alone at its line's start (after a bullet maybe), then the line's
 * end, a colon, a full stop or a dash ("Lundi 7 décembre" ... "Mardi" ...
 * "Mercredi 9 décembre"): the day of its sequence, the first of that
 * weekday after the day heading the line before it (see heading_day). */
static size_t line_head(const scan *S, size_t start) {
  size_t b = start;
  while (b > S->body && (S->t[b - 1] == ' ' || S->t[b - 1] == '\t'))
    b--;
  /* a bullet: "- ", "– ", "• ", "* " */
  if (b > S->body && (S->t[b - 1] == '-' || S->t[b - 1] == '*'))
    b--;
  else if (b >= S->body + 3 && (memcmp(S->t + b - 3, "\xe2\x80\x93", 3) == 0 ||
                                memcmp(S->t + b - 3, "\xe2\x80\xa2", 3) == 0))
    b -= 3;
  while (b > S->body && (S->t[b - 1] == ' ' || S->t[b - 1] == '\t'))
    b--;
  return b;
}
static bool at_line_start(const scan *S, size_t start) {
  size_t b = line_head(S, start);
  return b == S->body || S->t[b - 1] == '\n';
}
static bool heading_end(const scan *S, size_t e);

/* Is C a byte of a word: an ASCII letter or digit, or of a UTF-8
 * letter? */
static bool word_byte(char c) {
  unsigned char u = (unsigned char)c;
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') ||
         u >= 0x80;
}

/* The end of a weekday's name at P (any case: "Samedi", "dimanche"), else
 * P. */
static size_t weekday_name_end(const scan *S, size_t p) {
  static const char *const days[] = {"lundi", "mardi",    "mercredi", "jeudi",
                                     "vendredi", "samedi", "dimanche"};
  for (size_t k = 0; k < sizeof days / sizeof *days; k++) {
    size_t n = strlen(days[k]);
    if (p + n <= S->len && !strncasecmp(S->t + p, days[k], n) &&
        (p + n == S->len || !word_byte(S->t[p + n])))
      return p + n;
  }
  return p;
}

/* A heading's pair of weekdays ("Samedi et dimanche :", "Samedi, dimanche
 * :", "Samedi ou dimanche :"): the end of the second name when one follows
 * the first at E, through "et", "ou" or a comma on the same line; else
 * E. */
static size_t pair_after(const scan *S, size_t e) {
  size_t k = e;
  while (k < S->len && S->t[k] == ' ')
    k++;
  if (k < S->len && S->t[k] == ',')
    k++;
  else if (k + 3 <= S->len && (!strncmp(S->t + k, "et ", 3) ||
                               !strncmp(S->t + k, "ou ", 3)))
    k += 2;
  else
    return e;
  while (k < S->len && S->t[k] == ' ')
    k++;
  size_t w = weekday_name_end(S, k);
  return w > k ? w : e;
}

/* The start of the first weekday of such a pair whose second name starts
 * at S0, else S0. */
static size_t pair_before(const scan *S, size_t s0) {
  size_t k = s0;
  while (k > S->body && S->t[k - 1] == ' ')
    k--;
  if (k > S->body && S->t[k - 1] == ',')
    k--;
  else if (k >= S->body + 3 && (!strncmp(S->t + k - 3, " et", 3) ||
                                !strncmp(S->t + k - 3, " ou", 3)))
    k -= 2;
  else
    return s0;
  while (k > S->body && S->t[k - 1] == ' ')
    k--;
  size_t b = k;
  while (b > S->body && word_byte(S->t[b - 1]))
    b--;
  return b < k && weekday_name_end(S, b) == k && pair_after(S, k) > k ? b : s0;
}

/* Does a colon or a dash end a pair's heading at E ("Samedi et dimanche
 * : concerts")?  Not the line's end: a table of weekday names ("Samedi
 * et dimanche⏎2⏎Dimanche et lundi") heads nothing. */
static bool pair_colon(const scan *S, size_t e) {
  while (e < S->len && (S->t[e] == ' ' || S->t[e] == '\t'))
    e++;
  return e < S->len && heading_end(S, e) && S->t[e] != '\n' && S->t[e] != '\r' &&
         S->t[e] != '.';
}

static bool weekday_heading(const scan *S, const frex_mention *m) {
  if (m->kind != MK_WEEKDAY || m->dir || m->has_week || m->ana ||
      m->weeks_after || m->night || m->ce || m->d || !m->wd)
    return false;
  if (at_line_start(S, m->start))
    return heading_end(S, m->end) || pair_colon(S, pair_after(S, m->end));
  /* the second day of a pair heading its line: "Samedi et dimanche :" */
  size_t b = pair_before(S, m->start);
  return b < m->start && at_line_start(S, b) && pair_colon(S, m->end);
}

/* Does a heading end at E: the line's end, a colon, a full stop or a
 * dash after it? */
static bool heading_end(const scan *S, size_t e) {
  while (e < S->len && (S->t[e] == ' ' || S->t[e] == '\t' || S->t[e] == '\r'))
    e++;
  if (e >= S->len || S->t[e] == '\n')
    return true;
  if (S->t[e] == ':' || S->t[e] == '-')
    return true;
  if (S->t[e] == '.' && (e + 1 >= S->len || S->t[e + 1] == ' ' ||
                         S->t[e + 1] == '\n'))
    return true;
  return e + 3 <= S->len && memcmp(S->t + e, "\xe2\x80\x93", 3) == 0;
}

/* An agenda's day takes a page at most: bytes from one heading to the
 * next. */
#define HEADING_REACH 1500

/* The day of the heading before weekday heading K: the latest date with
 * its day number written at a line's start, ending its heading ("Lundi 7
 * décembre", "- Lundi 14 décembre :"); false when none. */
static bool heading_day(const scan *S, const results *R, size_t k,
                        frex_ymd *day) {
  for (size_t j = k; j-- > 0;) {
    const resolved *x = done(R, j);
    if (S->v[j].end + HEADING_REACH < S->v[k].start)
      return false; /* another part of the text */
    if (!x || !x->out || S->v[j].end > S->v[k].start ||
        !at_line_start(S, S->v[j].start) || !heading_end(S, S->v[j].end) ||
        !S->v[j].d) /* a written day: not a table of weekday names */
      continue;
    frex_anchor a;
    if (x->g != GR_DAY || !frex_date_anchor_of(x->value, x->g, &a) || !a.y ||
        !a.m || !a.d)
      return false;
    *day = (frex_ymd){a.y, a.m, a.d};
    return true;
  }
  return false;
}

/* Resolve mention K into X; R holds what the mentions before it resolved
 * to (NULL when K points at none of them). */
static void resolve_one(scan *S, const results *R, size_t k, resolved *x) {
  frex_mention m = S->v[k];
  bool pf = S->doc->prefer_future;
  bool either = false; /* the nearer of the past and the coming date */
  bool lean_ahead = false; /* the coming one unless the past one is recent */
  bool figures = false;    /* the period of figures to be published */
  /* without a DCT nothing resolves in either direction: no need to read
   * the clause */
  x->present = false;
  if (S->doc->dct.year && needs_tense(&m)) {
    m.tense = frex_date_tense(S, m.start, m.end);
    x->present = m.kind == MK_DATE && m.m && !m.dir && !m.ana &&
                 m.tense != 1 && m.tense != -1;
    if (m.tense == FREX_TENSE_FIGURES && m.kind == MK_QUARTER) {
      m.tense = -1; /* "les résultats du quatrième trimestre seront
                       présentés jeudi": the last quarter begun */
      pf = false;
      figures = true;
    } else if (m.tense == FREX_TENSE_SCHEDULE && m.kind == MK_WEEKDAY) {
      m.tense = 1; /* "le départ est décalé à mardi": a weekday set for an
                      event is the coming one ("mardi dernier" else) */
      pf = true;
    } else if (m.tense >= FREX_TENSE_NEAREST) {
      either = true;
      lean_ahead = m.tense == FREX_TENSE_SCHEDULE;
      m.tense = 0;
      pf = false;
    } else if (m.tense) {
      pf = m.tense > 0;
    }
  }
  /* "Les ventes ont bondi en fin d'année" read in January: the end of a
   * year told in the past, before October, is last year's; "sera livré en
   * début d'année" read after March, next year's beginning */
  if (m.kind == MK_RELUNIT && m.part && S->doc->dct.month) {
    if (m.part > 0 && m.tense < 0 && S->doc->dct.month < 10)
      m.n = -1;
    else if (m.part < 0 && m.tense > 0 && S->doc->dct.month > 3)
      m.n = 1;
  }
  frex_anchor a, *ap = NULL;
  if (m.gov >= 0)
    m.ana = true; /* "le week-end du 15 mars": from the date it governs */
  if (m.year_ana) { /* "en mai de l'année suivante": the year of a date
                       before it, else the DCT's (SPEC: anaphoric dates) */
    frex_mention yr = {.kind = MK_RELUNIT, .unit = GR_YEAR, .ana = true,
                       .gov = -1, .start = m.start, .end = m.end};
    if (R && find_anchor(S, R, k, &yr, &a))
      m.y = a.y + m.year_n;
    else if (S->doc->dct.year > 0 && m.year_n) /* "cette année-là" has
                                                   no DCT fallback */
      m.y = S->doc->dct.year + m.year_n;
  } else if (R && from_context(&m) && find_anchor(S, R, k, &m, &a)) {
    ap = &a;
    if (!m.ana) { /* "le 12": the month (and year) of the context */
      frex_mention lone = m;
      m.m = a.m;
      m.y = a.y;
      m.y2 = false;
      ap = NULL;
      /* ... unless told in the past and after the DCT then: "Le 3 mars,
       * il a été élu. Le 15, il a démissionné." read on 4 March is the
       * nearest 15th not after the DCT, as with no context (SPEC) */
      frex_dct d = S->doc->dct;
      if (m.tense < 0 && !pf && d.day && m.d &&
          frex_cal_to_days((frex_ymd){m.y, m.m, m.d}) >
              frex_cal_to_days((frex_ymd){d.year, d.month, d.day}))
        m = lone;
    }
  }
  if (R && weekday_day(&m)) {
    /* "Pas de collecte le jeudi 25 décembre, elle est reportée au samedi
     * 27": the month of the date before it (or the next month) whose
     * day has that weekday, not any month whose 27th is a Saturday */
    bool got = false;
    for (size_t j = k; j-- > 0 && !got;) {
      const resolved *y = done(R, j);
      if (S->v[j].end > m.start || !y)
        continue;
      if (paragraph_breaks(S, S->v[j].end, m.start))
        break; /* in its paragraph only */
      got = frex_date_anchor_of(y->value, y->g, &a) && a.y && a.m &&
            (a.g == GR_DAY || a.g == GR_MONTH);
    }
    if (got)
      for (int step = 0; step < 2; step++) {
        int y = a.m + step > 12 ? a.y + 1 : a.y;
        int mo = a.m + step > 12 ? 1 : a.m + step;
        if (frex_cal_valid(y, mo, m.d) &&
            frex_cal_weekday((frex_ymd){y, mo, m.d}) == m.wd) {
          m.y = y;
          m.m = mo;
          break;
        }
      }
  }
  x->g = frex_date_resolve(&m, S->doc->dct, pf, ap, x->value);
  x->done = x->g != GR_NONE;
  x->fwd = pf;
  /* a quarter or a half-year told in the past has most of it behind the
   * DCT: "Le PIB a progressé au premier trimestre" read on 6 February is
   * last year's Q1, as "le bénéfice a reculé au premier semestre" is last
   * year's H1 (a month keeps SPEC's nearest one not after the DCT) */
  long lo, hi;
  if (x->done && m.kind == MK_QUARTER && !m.y && !m.dir && m.tense == -1 &&
      !either && !figures && S->doc->dct.day && period_days(x->value, &lo, &hi) &&
      lo + (hi - lo) / 2 > dct_day(S->doc->dct) && strlen(x->value) == 7 &&
      is_digit(x->value[0]) && is_digit(x->value[3])) {
    int y = (x->value[0] - '0') * 1000 + (x->value[1] - '0') * 100 +
            (x->value[2] - '0') * 10 + (x->value[3] - '0') - 1;
    if (y > 0) {
      char yy[8];
      snprintf(yy, sizeof yy, "%04d", y);
      memcpy(x->value, yy, 4);
    }
  }
  if (either && x->done) { /* the coming one, when it is nearer */
    char ahead[FREX_DATE_VALUE_MAX];
    frex_mention f = m;
    f.tense = 1;
    frex_grain g = frex_date_resolve(&f, S->doc->dct, true, ap, ahead);
    long back = days_from_dct(x->value, S->doc->dct);
    long fwd = days_from_dct(ahead, S->doc->dct);
    long slo, shi, now = dct_day(S->doc->dct);
    /* a season set by a programme: "Le festival revient cet été", read
     * in December, is the coming summer */
    if (m.kind == MK_SEASON && S->doc->dct.day &&
        frex_date_season_days(x->value, &slo, &shi))
      back = now > shi ? now - shi : 0;
    if (m.kind == MK_SEASON && S->doc->dct.day &&
        frex_date_season_days(ahead, &slo, &shi))
      fwd = slo > now ? slo - now : 0;
    if (g == x->g && back >= 0 && fwd >= 0 &&
        (fwd < back || (lean_ahead && back > FREX_PRESENT_RECENT))) {
      memcpy(x->value, ahead, sizeof ahead);
      x->fwd = true;
    }
  }
  frex_ymd h;
  if (R && x->done && weekday_heading(S, &m) && heading_day(S, R, k, &h)) {
    /* "Mercredi 9 décembre" ... "Jeudi": the day after; the same weekday
     * as the heading before says nothing of the week */
    int ahead = (m.wd - frex_cal_weekday(h) + 7) % 7;
    if (ahead) {
      frex_ymd t = frex_cal_from_days(frex_cal_to_days(h) + ahead);
      snprintf(x->value, sizeof x->value, "%04d-%02d-%02d", t.y % 10000,
               t.m % 100, t.d % 100);
      x->g = GR_DAY;
    }
  }
}

/* Add DY years to the value V ("2024-03-01" -> "2023-03-01") when it is a
 * day or a month with a known year; false when it cannot be (no year, or
 * 29 February of a year that has none). */
static bool shift_year(char *v, int dy) {
  int y, mo, d = 0;
  size_t n = strlen(v);
  if ((n != 7 && n != 10) || sscanf(v, "%4d-%2d", &y, &mo) != 2 ||
      !is_digit(v[0]) || !is_digit(v[3]))
    return false;
  if (n == 10 && sscanf(v + 8, "%2d", &d) != 1)
    return false;
  y += dy;
  if (y < 1 || y > 9999 ||
      (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
    return false;
  char yy[5];
  snprintf(yy, sizeof yy, "%04d", y);
  memcpy(v, yy, 4);
  return true;
}

/* Move day V ("2024-03-15") N days; false when V is no such day. */
static bool shift_days(char *v, int n) {
  int y, mo, d;
  if (strlen(v) != 10 || sscanf(v, "%4d-%2d-%2d", &y, &mo, &d) != 3)
    return false;
  frex_ymd t = frex_cal_add_days((frex_ymd){y, mo, d}, n);
  char out[16];
  snprintf(out, sizeof out, "%04d-%02d-%02d", t.y % 10000, t.m % 100,
           t.d % 100);
  memcpy(v, out, 11);
  return true;
}

/* The bounds of a range or a list whose years the DCT gave one by one
 * ("entre le 1er et le 15 mars" on 13 March, in the past: 1 March this
 * year, 15 March last year) are put in one year: in the past the range
 * ends no later than the DCT, so the left bound goes back a year; in the
 * future it starts no earlier, so the right bound goes forward; two
 * weekdays ("de lundi à vendredi") move by a week instead. */
static void pair_years(const scan *S, const results *R) {
  /* the past from right to left, the future from left to right, so a
   * chain ("les 12, 13 et 14") follows its moved bound */
  for (int fwd = 0; fwd < 2; fwd++)
    for (size_t i = 0; i < S->n; i++) {
      size_t k = fwd ? i : S->n - 1 - i;
      const frex_mention *m = &S->v[k];
      if (m->pair < 0)
        continue;
      resolved *lo = res(R, k), *hi = res(R, (size_t)m->pair);
      if (!lo || !hi || !lo->done || !hi->done || lo->g != hi->g ||
          (lo->g != GR_DAY && lo->g != GR_MONTH) || hi->fwd != (fwd == 1) ||
          strcmp(lo->value, hi->value) <= 0)
        continue;
      if (m->kind == MK_WEEKDAY) { /* "de mardi à lundi": a week apart */
        (void)shift_days(fwd ? hi->value : lo->value, fwd ? 7 : -7);
        continue;
      }
      if (fwd) {
        (void)shift_year(hi->value, +1);
        continue;
      }
      /* in the past the range starts where its first bound resolved and
       * ends at the first right bound after it, when most of it lies
       * behind the DCT ("Entre le 19 décembre et le 4 janvier, 3 millions
       * de sapins ont été vendus" on 3 January: 2025-12-19 to
       * 2026-01-04), or in the present when the DCT falls in it ("Du 20
       * décembre au 4 janvier, les enfants sont en vacances" on 22
       * December; "la trêve hivernale court de novembre à mars" on 7
       * December, whole months); a range of the past still mostly to
       * come is last year's ("Le salon s'est tenu du 10 au 20 mars" on 13 March);
       * a range told to come whose first bound is the DCT ends after it
       * ("Carnaval : du 14 février au 2 mars" on 14 February) */
      char up[FREX_DATE_VALUE_MAX];
      long a, b, c, e;
      snprintf(up, sizeof up, "%s", hi->value);
      long now = dct_day(S->doc->dct);
      if (!m->dir && !S->v[m->pair].dir && shift_year(up, +1) &&
          period_days(lo->value, &a, &b) && period_days(up, &c, &e) &&
          (a + (e - a) / 2 <= now ||
           (lo->present &&
            (lo->g == GR_DAY || (lo->g == GR_MONTH && !month_part(S, m))) &&
            a <= now && now <= e) ||
           (lo->fwd && a == now)))
        memcpy(hi->value, up, sizeof up);
      else
        (void)shift_year(lo->value, -1);
    }
}

/* Is M written out: not merged away, and, when weak, confirmed — only a
 * lone day can still be, by its context ("le 15"). */
static bool kept(const scan *S, const frex_mention *m) {
  if (m->drop)
    return false;
  if (!m->weak)
    return true;
  return m->kind == MK_DATE && m->d && !m->m && !m->wd && lone_day_ok(S, m);
}

/* Does the mention starting at START open its sentence, after one word
 * at most ("Le 3 avril, le tribunal…", "En juin, …", "Fin mars, …")? */
static bool fronted(const scan *S, size_t start) {
  static const char *const lead[] = {"le", "les", "du", "en", "au", "des", "debut",
                                     "fin", "mi", "courant", "depuis", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, start, w);
  if (ps == start)
    return frex_date_sentence_start(S, start);
  return frex_date_in_list(w, lead) && frex_date_sentence_start(S, ps);
}

/* Is V a month or a day (2025-03, 2025-03-12; not 2026-Q1, 2026-H2, 2026-SU,
 * 2026-W02, which are as long)? */
static bool month_or_day(const char *v) {
  size_t n = strlen(v);
  return (n == 7 || n == 10) && is_digit(v[5]) && is_digit(v[6]);
}

/* Dates that open the sentences of one paragraph tell a chronology or a
 * calendar, in order: a date in the present there ("Le 12 mars, la
 * société dépose le bilan. Le 3 avril, le tribunal ouvre une procédure.
 * En juin, trois repreneurs se manifestent.") is the first one on or
 * after the date that opened the sentence before (PREV, resolved), not
 * the coming one a present would otherwise lean to; and in a calendar to
 * come ("Le 1er mars, les tarifs augmentent. Le 1er avril, les loyers
 * suivent.") it follows the one before as well, when that one is to
 * come (a chronology of the past may go backwards: "Le 15 juillet, la
 * justice retient l'offre. Le 3 avril, le tribunal avait ouvert…").  X
 * is the mention just resolved; DCT the document's. */
static void chain_step(const char *period, frex_dct dct, resolved *x) {
  /* a quarter or a half-year before counts from its first month ("Au
   * premier trimestre, ... En janvier, ...": January is in it) */
  char prev[FREX_DATE_VALUE_MAX];
  snprintf(prev, sizeof prev, "%s", period);
  if (strlen(prev) == 4) /* a year: "L'année 2024 commence mal. En
                            février, ..." */
    snprintf(prev + 4, sizeof prev - 4, "-01");
  else if (strlen(prev) == 7 && (prev[5] == 'Q' || prev[5] == 'H') &&
      prev[6] >= '1' && prev[6] <= (prev[5] == 'Q' ? '4' : '2')) {
    int first = (prev[6] - '1') * (prev[5] == 'Q' ? 3 : 6) + 1;
    prev[5] = (char)('0' + first / 10);
    prev[6] = (char)('0' + first % 10);
  }
  size_t n = strlen(x->value), pn = strlen(prev);
  if (!x->done || !x->present || !month_or_day(x->value) ||
      !month_or_day(prev))
    return;
  size_t c = n < pn ? n : pn; /* compare at the coarser grain */
  char v[FREX_DATE_VALUE_MAX], now[16];
  snprintf(now, sizeof now, "%04d-%02d-%02d", dct.year % 10000,
           dct.month ? dct.month : 1, dct.day ? dct.day : 1);
  memcpy(v, x->value, n + 1);
  if (strncmp(v, prev, c) < 0) {
    /* a chronology of the past may go back ("Le 7 avril, ... publie. Le
     * 3 avril, ... annonce", read on 12 April), unless it has come near
     * the DCT (FREX_PRESENT_RECENT days) and the past reading is not
     * recent, nor nearer than the coming one ("Jeudi, elle a payé. Le 3
     * mars, un accord.", read in July, stays in March before): "En décembre, les ventes ont progressé. En janvier, la
     * direction présente ses résultats", read on 29 December 2025, goes
     * on into January 2026, and "Les 19 et 20 décembre derniers, ... ont
     * bloqué les routes. Les 15 et 16 janvier, ils remettent ça", read on
     * 8 January 2026, too */
    long back = days_from_dct(v, dct);
    if (!shift_year(v, 1) || strncmp(v, prev, c) < 0)
      return;
    if (strncmp(prev, now, pn) <= 0 &&
        (days_from_dct(period, dct) > FREX_PRESENT_RECENT ||
         back <= FREX_PRESENT_RECENT || days_from_dct(v, dct) >= back))
      return;
  } else {
    /* the first on or after PREV, which a date written with its year
     * may put years back */
    char w[FREX_DATE_VALUE_MAX];
    memcpy(w, v, n + 1);
    for (int k = 0; k < 200 && shift_year(w, -1) && strncmp(w, prev, c) >= 0;
         k++)
      memcpy(v, w, n + 1);
  }
  memcpy(x->value, v, n + 1);
}

/* A chronology told in the present of narration with its dates after the
 * verbs ("La société dépose le bilan le 12 mars. Le tribunal ouvre une
 * procédure le 3 avril.", read in November 2025): the date before, in an
 * earlier sentence of the paragraph, is in the present and not after the
 * DCT (NARR, resolved), so the present that follows narrates too; where
 * its verb of a programme, a change or a step (`ouvre`) turned X to come,
 * X goes back a year when that stays on or after NARR (2025-04-03, not
 * 2026-04-03).  Only from the sentence right before and at the same grain
 * (a day after a day: on WiNER, `le 9 janvier` then `qui a lieu en mars`
 * is a calendar's March, not a narration).  Only backwards: a present after a date to come keeps its
 * reading, and a passé composé before a present makes an announcement
 * (`La crise a éclaté en mars. Les tarifs augmentent le 1er avril.`). */
static bool narrate_step(const char *narr, bool full, frex_dct dct,
                         resolved *x) {
  size_t n = strlen(x->value), pn = strlen(narr);
  if (!x->done || !x->present || !month_or_day(x->value) ||
      !month_or_day(narr) || (pn != n && !full))
    return false;
  size_t c = n < pn ? n : pn;
  char now[16], w[FREX_DATE_VALUE_MAX];
  snprintf(now, sizeof now, "%04d-%02d-%02d", dct.year % 10000,
           dct.month ? dct.month : 1, dct.day ? dct.day : 1);
  memcpy(w, x->value, n + 1);
  if (!full && strncmp(w, now, n) <= 0) {
    /* a story that has come near the DCT goes on forward, as a chain of
     * sentence-opening dates does (chain_step): "Le suspect est
     * interpellé le 28 décembre. Il est mis en examen le 3 mars.", read
     * on 2 February 2026, is the coming March */
    long back = days_from_dct(w, dct);
    if (strncmp(w, narr, c) < 0 &&
        days_from_dct(narr, dct) <= FREX_PRESENT_RECENT &&
        back > FREX_PRESENT_RECENT && shift_year(w, 1) &&
        days_from_dct(w, dct) < back) {
      memcpy(x->value, w, n + 1);
      return true;
    }
    return false;
  }
  bool moved = false;
  /* after a date written with its year, the first on or after it ("Elle
   * porte plainte le 2 mai 2023. La police l'entend le 15 juin.") */
  for (int k = 0; k < 200 && shift_year(w, -1) && strncmp(w, narr, c) >= 0;
       k++) {
    memcpy(x->value, w, n + 1);
    moved = true;
    if (!full)
      break;
  }
  return moved;
}

/* The ends of sentences or clauses told one after the other (`.`, `!`,
 * `?`, `;` then a space; `puis`, `et` after a comma) in T[a..b), counted
 * up to 2. */
static int sentence_ends(const scan *S, size_t a, size_t b) {
  int k = 0;
  for (size_t i = a; i + 1 < b && k < 2; i++) {
    char c = S->t[i];
    if ((c == '.' || c == '!' || c == '?' || c == ';') &&
        (S->t[i + 1] == ' ' || S->t[i + 1] == '\n'))
      k++;
    else if (c == ' ' && (i == a || S->t[i - 1] != ' ')) {
      /* the spaces of a line break read as one ("mars,⏎  et le") */
      size_t j = i;
      while (j < b && S->t[j] == ' ')
        j++;
      if (j + 5 < b && (memcmp(S->t + j, "puis ", 5) == 0 ||
                        (i > a && S->t[i - 1] == ',' &&
                         memcmp(S->t + j, "et ", 3) == 0)))
        k++;
    }
  }
  return k;
}

/* Track of the date without a year that opened the last sentence
 * (chain_step; a full date there may be the dateline), and of the last
 * date when it narrates in the present (narrate_step). */
typedef struct {
  char value[FREX_DATE_VALUE_MAX];
  size_t end; /* where it ended; value[0] is 0 when there is none */
  char narr[FREX_DATE_VALUE_MAX];
  size_t narr_end; /* as end, for narr */
  bool narr_full;  /* narr was written with its year */
  char frame[8];   /* a past year framing the paragraph ("Au printemps
                      2024, ..."), "" when none; "2023W" for a winter */
  size_t frame_end;
  bool frame_plup; /* its sentence is a background in the pluperfect */
  char wday[FREX_DATE_VALUE_MAX]; /* the last weekday not after the DCT,
                                     "" when none */
  size_t wday_end;
  int topic_year; /* the year of a headline's topic ("Bac 2026 :"), 0 */
  size_t topic_end;
  int period_y2; /* the second year of "l'exercice 2025-2026", 0 */
  size_t period_end;
} opener;

/* Does a comma follow END, after spaces? */
static bool comma_after(const scan *S, size_t end) {
  while (end < S->len && S->t[end] == ' ')
    end++;
  return end < S->len && S->t[end] == ',';
}

/* Apply chain_step to the mention M just resolved into X, and keep it as
 * the paragraph's last opener when it opens its sentence. */
/* Is year M after "En" or "L'année" (opening its sentence, if OPENING),
 * its clause in the present ("L'année 2024 commence mal pour le groupe.", "En 2024, le
 * groupe annonce ...")?  Not "Depuis 2019" (a time up to now), nor a
 * past or a future: the year then frames the months that follow. */
static bool year_in_present(scan *S, const frex_mention *m, bool opening) {
  char w[FREX_DATE_WORD_MAX + 1];
  size_t ps = frex_date_prev_word(S, m->start, w);
  if (ps == m->start)
    return false;
  if (strcmp(w, "annee") == 0) {
    ps = frex_date_prev_word(S, ps, w);
    if (strcmp(w, "l") != 0)
      return false;
  } else if (strcmp(w, "en") != 0) {
    return false;
  }
  if (opening && !frex_date_sentence_start(S, ps))
    return false;
  int t = frex_date_tense(S, m->start, m->end);
  return t != 1 && t != -1;
}

/* Is there an imperfect auxiliary or copula ("avait", "était": a
 * background, a pluperfect) in the sentence from POS on? */
static bool imperfect_after(const scan *S, size_t pos) {
  static const char *const aux[] = {"avait", "avaient", "etait", "etaient",
                                    NULL};
  for (size_t i = pos, words = 0; i < S->len && words < 40; i++) {
    char c = S->t[i];
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == S->len || S->t[i + 1] == ' ' || S->t[i + 1] == '\n'))
      return false;
    if (c == '\n' && i + 1 < S->len && S->t[i + 1] == '\n')
      return false;
    if (frex_date_is_letter_at(S->t, S->len, i) &&
        (i == pos || !frex_date_is_letter_at(S->t, S->len, i - 1))) {
      char w[FREX_DATE_WORD_MAX + 1];
      size_t n = frex_date_fold_word(S->t + i, S->len - i, w);
      words++;
      if (frex_date_in_list(w, aux))
        return true;
      if (n > 1)
        i += n - 1;
    }
  }
  return false;
}

/* Is there an imperfect auxiliary or copula in the sentence of the
 * mention at [START, ...), before or after it ("La dissolution de juin
 * avait gelé", "Il avait, en juin, gelé")? */
static bool imperfect_in_sentence(const scan *S, size_t start) {
  size_t b = start;
  while (b > S->body && start - b < 400) {
    char c = S->t[b - 1];
    if (((c == '.' || c == '!' || c == '?') && S->t[b] == ' ') ||
        (c == '\n' && b >= 2 && S->t[b - 2] == '\n'))
      break;
    b--;
  }
  return imperfect_after(S, b);
}

/* A year written before in the paragraph frames the dates without a year
 * told in the past after it (`Au printemps 2024, le président a surpris
 * son camp. La dissolution de juin a plongé le pays dans l'incertitude.`:
 * June 2024, not the DCT's): the year of a date that opens its sentence
 * before a comma (`En 2024,`, `Au printemps 2024,`, `Le 3 mars 2024,`,
 * `À l'automne 2023,`) or after `L'année`, earlier than the DCT's year,
 * its clause in the past or the present, and no imperfect in its sentence
 * (a background: `En 2019, le groupe avait supprimé 500 postes.`).  A
 * date of the DCT's time (`hier`, `mardi`, `la semaine dernière`, `l'an
 * dernier`, `mai dernier`), another year, or a blank line ends it. */
static void year_frame(scan *S, const frex_mention *m, resolved *x,
                       opener *o) {
  if (o->frame[0] && paragraph_breaks(S, o->frame_end, m->start))
    o->frame[0] = 0;
  size_t n = strlen(x->value);
  if (m->y) {
    o->frame[0] = 0;
    if (m->pair >= 0 || m->gov >= 0 || m->ana || n < 4 ||
        !is_digit(x->value[0]) || !is_digit(x->value[3]) ||
        (n != 4 && x->value[4] != '-') ||
        atoi(x->value) >= S->doc->dct.year)
      return;
    char w[FREX_DATE_WORD_MAX + 1];
    size_t ps = frex_date_prev_word(S, m->start, w);
    bool open;
    if (strcmp(w, "annee") == 0) { /* "L'année 2024 a été difficile" */
      ps = frex_date_prev_word(S, ps, w);
      open = strcmp(w, "l") == 0 && frex_date_sentence_start(S, ps);
    } else if (strcmp(w, "l") == 0) { /* "À l'automne 2023," */
      ps = frex_date_prev_word(S, ps, w);
      open = strcmp(w, "a") == 0 && frex_date_sentence_start(S, ps) &&
             comma_after(S, m->end);
    } else {
      open = strcmp(w, "depuis") != 0 && fronted(S, m->start) &&
             comma_after(S, m->end);
    }
    if (!open)
      return;
    int t = frex_date_tense(S, m->start, m->end);
    if (t != 0 && t != -1)
      return;
    /* a background in the pluperfect frames only the pluperfect that goes
     * on telling it ("Au printemps 2024, le gouvernement avait dû annuler
     * 10 milliards. La dissolution de juin avait ensuite gelé le budget":
     * June 2024); "En 2019, le groupe avait supprimé 500 postes. En mars,
     * il a annoncé..." is this year's March */
    o->frame_plup = imperfect_after(S, m->end);
    /* where the frame starts: a year's January, a season's first month */
    static const char *const season[] = {"-SP", "-SU", "-FA", "-WI"};
    static const char *const first[] = {"-03", "-06", "-09", "-12"};
    memcpy(o->frame, x->value, 4);
    memcpy(o->frame + 4, "-01", 4);
    if (n >= 7 && is_digit(x->value[5]) && is_digit(x->value[6]))
      memcpy(o->frame + 4, x->value + 4, 3);
    for (int k = 0; k < 4; k++)
      if (strcmp(x->value + 4, season[k]) == 0)
        memcpy(o->frame + 4, first[k], 3);
    o->frame_end = m->end;
    return;
  }
  if (!o->frame[0])
    return;
  bool target = (m->kind == MK_DATE && m->m) || m->kind == MK_SEASON ||
                m->kind == MK_HOLIDAY;
  if (!target || m->dir || m->ce || m->ana || m->gov >= 0 || m->year_ana) {
    if (m->kind != MK_DATE || !m->d || m->m) /* a date of the DCT's time */
      o->frame[0] = 0;
    return;
  }
  if (n < 7 || x->value[4] != '-' || !is_digit(x->value[0]) ||
      frex_date_tense(S, m->start, m->end) != -1 ||
      (o->frame_plup && !imperfect_in_sentence(S, m->start)))
    return;
  /* the frame's year, or the next one for a month before the frame's
   * start ("À l'automne 2023, ... En février, ...": February 2024) */
  char v[FREX_DATE_VALUE_MAX];
  memcpy(v, x->value, n + 1);
  memcpy(v, o->frame, 4);
  if (is_digit(v[5]) && strncmp(v, o->frame, 7) < 0) {
    char yy[8];
    snprintf(yy, sizeof yy, "%04d", (atoi(o->frame) + 1) % 10000);
    memcpy(v, yy, 4);
  }
  char now[16];
  frex_dct d = S->doc->dct;
  snprintf(now, sizeof now, "%04d-%02d-%02d", d.year % 10000,
           d.month ? d.month : 12, d.day ? d.day : 31);
  if (strncmp(v, now, n < 10 ? n : 10) <= 0)
    memcpy(x->value, v, n + 1);
}

/* Is there no end of a sentence (. ! ? ; before a space, a line break) in
 * T[a..b)? */
static bool one_sentence(const scan *S, size_t a, size_t b) {
  for (size_t i = a; i < b && i < S->len; i++) {
    char c = S->t[i];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') &&
                      i + 1 < S->len && S->t[i + 1] == ' '))
      return false;
  }
  return true;
}

/* Events told one after the other in a sentence follow each other: a
 * weekday in a present passive that reports an act comes on or after the
 * weekday told before it ("La vigilance orange, déclenchée mercredi, est
 * levée jeudi" read on a Friday is the day before, not the next Thursday;
 * "Le suspect, interpellé lundi, est mis en examen mercredi" read on that
 * Monday is the Wednesday after it).  A scheduled present keeps its own
 * rule ("est organisée dimanche", "rouvre mardi": the coming day), and
 * so does "ce dimanche". */
static void weekday_sequence(scan *S, const frex_mention *m, resolved *x,
                             opener *o) {
  if (m->kind != MK_WEEKDAY || m->dir || strlen(x->value) != 10 ||
      !is_digit(x->value[0])) {
    if (m->kind == MK_WEEKDAY)
      o->wday[0] = 0;
    return;
  }
  /* not "ce dimanche", which has its rule (this week's) */
  if (o->wday[0] && !m->ce && one_sentence(S, o->wday_end, m->start) &&
      frex_date_report_present(S, m->start, m->end)) {
    char w[FREX_DATE_VALUE_MAX];
    memcpy(w, x->value, sizeof w);
    while (strcmp(w, o->wday) < 0 && shift_days(w, 7))
      ;
    char back[FREX_DATE_VALUE_MAX];
    memcpy(back, w, sizeof back);
    while (shift_days(back, -7) && strcmp(back, o->wday) >= 0)
      memcpy(w, back, sizeof w);
    memcpy(x->value, w, sizeof w);
  }
  frex_dct d = S->doc->dct;
  char now[16];
  snprintf(now, sizeof now, "%04d-%02d-%02d", d.year % 10000,
           d.month ? d.month : 1, d.day ? d.day : 1);
  if (strcmp(x->value, now) <= 0) {
    memcpy(o->wday, x->value, sizeof o->wday);
    o->wday_end = m->end;
  } else {
    o->wday[0] = 0;
  }
}

/* A headline's topic that names a year gives it to the dates without
 * one after its colon: "Bac 2026 : les épreuves de philosophie le 15
 * juin" read on 5 January 2026 is 2026-06-15 (was the June just past),
 * "Municipales 2020 : le second tour reporté au 28 juin" 2020-06-28.  The
 * topic opens its sentence (three words at most before the year) and a
 * colon follows the year; not a fiscal or accounting year, which labels
 * the thing and not its time ("Budget 2026 : vote le 4 novembre" is voted
 * in 2025). */
static void topic_year(scan *S, const frex_mention *m, resolved *x,
                       opener *o) {
  if (o->topic_year && !m->y && !m->dir && !m->ana &&
      month_or_day(x->value) && one_sentence(S, o->topic_end, m->start)) {
    char yy[8];
    snprintf(yy, sizeof yy, "%04d", o->topic_year % 10000);
    memcpy(x->value, yy, 4);
    return;
  }
  if (!(m->kind == MK_DATE && m->y && !m->m && m->pair < 0 &&
        strlen(x->value) == 4))
    return;
  size_t e = m->end;
  while (e < S->len && S->t[e] == ' ')
    e++;
  if (e >= S->len || S->t[e] != ':')
    return;
  static const char *const labels[] = {
      "budget", "plf", "plfss", "finances", "exercice", "saison", "comptes",
      "resultats", "bilan", "loi", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t p = m->start;
  for (int words = 0;; words++) {
    size_t q = frex_date_prev_word(S, p, w);
    if (q == p || frex_date_sentence_start(S, p))
      break;
    if (words == 3 || frex_date_in_list(w, labels))
      return;
    p = q;
  }
  if (!frex_date_sentence_start(S, p))
    return;
  o->topic_year = atoi(x->value);
  o->topic_end = e;
}

/* Does a verb of a period's own course stand in [A, B): it starts, ends,
 * runs, or its calendar provides ("se clôt", "s'achèvera", "prend fin",
 * "commencera", "débute", "reprend", "se déroule", "prévoit")?  Not what is
 * done about the period ("La saison 2026-2027 sera présentée en juin"). */
static bool period_course(const scan *S, size_t a, size_t b) {
  static const char *const stems[] = {
      "clot",   "clotur", "achev",  "termin", "finit", "finira", "finale",
      "conclu", "commenc", "debut", "demarr", "ouvr",  "repren", "repris",
      "deroul", "etend",  "prevoi", NULL};
  for (size_t i = a; i < b;) {
    if (!frex_date_is_letter_at(S->t, S->len, i)) {
      i++;
      continue;
    }
    size_t k = i;
    while (k < b && frex_date_is_letter_at(S->t, S->len, k))
      k++;
    char w[FREX_DATE_WORD_MAX + 1];
    if (k - i <= FREX_DATE_WORD_MAX) {
      frex_date_fold_word(S->t + i, k - i, w);
      if (strcmp(w, "fin") == 0) /* "prend fin" */
        return true;
      for (const char *const *st = stems; *st; st++)
        if (strncmp(w, *st, strlen(*st)) == 0)
          return true;
    }
    i = k;
  }
  return false;
}

/* A fiscal, school or sports year over two calendar years ("l'exercice
 * 2025-2026", "l'année scolaire 2026-2027", "la saison 2025/26") holds the
 * days and months without a year told after it in its sentence: January
 * to July in its second year, August to December in its first, as such
 * years run from the summer or autumn ("L'exercice 2025-2026 se clôt le
 * 30 juin" read in November 2025 is June 2026, was June 2025).  Not when
 * the clause's tense puts that date on the other side of the DCT ("Pour
 * la saison 2026-2027, le club a recruté le 2 janvier" read on 10 January
 * 2026 stays January 2026), nor a move back in time (a period's fact
 * told after it), nor a date before the years or in another sentence,
 * nor a plain "période 2024-2025". */
static void period_year(scan *S, const frex_mention *m, resolved *x,
                        opener *o) {
  if (o->period_y2 && !m->y && !m->dir && !m->ana &&
      month_or_day(x->value) && one_sentence(S, o->period_end, m->start) &&
      period_course(S, o->period_end, m->start)) {
    int mon = atoi(x->value + 5);
    int y = mon >= 8 ? o->period_y2 - 1 : o->period_y2;
    char v[FREX_DATE_VALUE_MAX];
    memcpy(v, x->value, sizeof v);
    char yy[8];
    snprintf(yy, sizeof yy, "%04d", y % 10000);
    memcpy(v, yy, 4);
    frex_dct dct = S->doc->dct;
    char now[16];
    snprintf(now, sizeof now, "%04d-%02d-%02d", dct.year % 10000,
             dct.month ? dct.month : 1, dct.day ? dct.day : 1);
    int t = frex_date_tense(S, m->start, m->end);
    if ((t == -1 && strncmp(v, now, strlen(v)) > 0) ||
        (t == 1 && strncmp(v, now, strlen(v)) < 0))
      return;
    /* only forward: a fact of the period told after it ("Les comptes de
     * l'exercice 2024-2025 ont été arrêtés le 30 septembre") is the
     * nearest past, after the period's end */
    if (strcmp(v, x->value) < 0)
      return;
    memcpy(x->value, v, sizeof v);
    return;
  }
  /* the second year of the pair, right after a dash or a slash */
  if (!(m->kind == MK_DATE && m->y && !m->m && strlen(x->value) == 4 &&
        m->start >= 3 && strchr("-/", S->t[m->start - 1]) &&
        S->t[m->start - 2] >= '0' && S->t[m->start - 2] <= '9'))
    return;
  size_t p = m->start - 1;
  while (p > 0 && S->t[p - 1] >= '0' && S->t[p - 1] <= '9')
    p--;
  int y1 = atoi(S->t + p);
  if (y1 + 1 != m->y)
    return;
  static const char *const labels[] = {"exercice", "saison", "scolaire",
                                       "universitaire", "campagne", NULL};
  char w[FREX_DATE_WORD_MAX + 1];
  size_t q = frex_date_prev_word(S, p, w);
  if (q < p && frex_date_in_list(w, labels)) {
    o->period_y2 = m->y;
    o->period_end = m->end;
  }
}

static void chain(scan *S, const frex_mention *m, resolved *x, opener *o) {
  if (!S->doc->dct.year || !x->done)
    return;
  year_frame(S, m, x, o);
  weekday_sequence(S, m, x, o);
  topic_year(S, m, x, o);
  period_year(S, m, x, o);
  size_t n = strlen(x->value);
  /* a full day or month of the body ("Le 2 mai 2023, elle porte plainte.
   * Le 15 juin, la police l'entend.": 2023-06-15) anchors a chronology in
   * the present; one that opens its sentence wants its comma, which a
   * dateline has not ("12 avril 2017 . –") */
  bool full = m->y && month_or_day(x->value), pres = x->present;
  if (full) {
    int t = frex_date_tense(S, m->start, m->end);
    pres = t != 1 && t != -1;
  }
  bool front = !m->y && fronted(S, m->start);
  bool anchored = false;
  if (front && m->kind == MK_WEEKDAY) {
    /* weekdays opening the sentences of a programme to come follow each
     * other ("Les négociations reprendront jeudi. Vendredi, les
     * syndicats décideront. Samedi, une manifestation est organisée.":
     * the Saturday after that Friday), unless a past verb says otherwise */
    if (o->value[0] && strlen(o->value) == 10 && strlen(x->value) == 10 &&
        !m->dir && !paragraph_breaks(S, o->end, m->start) &&
        strcmp(x->value, o->value) < 0) {
      char today[16], w[FREX_DATE_VALUE_MAX];
      frex_dct d = S->doc->dct;
      snprintf(today, sizeof today, "%04d-%02d-%02d", d.year % 10000,
               d.month ? d.month : 1, d.day ? d.day : 1);
      snprintf(w, sizeof w, "%s", x->value);
      if (strcmp(o->value, today) > 0 &&
          frex_date_tense(S, m->start, m->end) != -1 && shift_days(w, 7) &&
          strcmp(w, o->value) >= 0)
        memcpy(x->value, w, sizeof w);
    }
    memcpy(o->value, x->value, sizeof o->value);
    o->end = m->end;
    front = false;
  }
  /* the last bound of a list or a range whose first opens the sentence
   * ("Les 15 et 16 janvier, ils remettent ça": the first bound takes its
   * month, and its year, from the last) */
  bool by_lo = false; /* ... which opened the chain itself */
  for (size_t j = (size_t)(m - S->v), k = 0; !m->y && !front && j > 0 && k < 4;
       j--, k++)
    if (S->v[j - 1].pair == (int)(m - S->v)) {
      front = fronted(S, S->v[j - 1].start);
      by_lo = front && o->value[0] && o->end == S->v[j - 1].end;
    }
  if (front) {
    if (by_lo) {
      /* the first bound moved to come ("Les 15 et 16 janvier" after
       * December, read on 8 January): the last follows it */
      char w[FREX_DATE_VALUE_MAX], today[16];
      frex_dct d = S->doc->dct;
      snprintf(today, sizeof today, "%04d-%02d-%02d", d.year % 10000,
               d.month ? d.month : 1, d.day ? d.day : 1);
      size_t n2 = strlen(x->value);
      memcpy(w, x->value, n2 + 1);
      if (x->present && month_or_day(w) && month_or_day(o->value) &&
          strcmp(w, o->value) < 0 &&
          strncmp(o->value, today, strlen(o->value)) > 0 && shift_year(w, 1))
        memcpy(x->value, w, n2 + 1);
    } else if (o->value[0] && !paragraph_breaks(S, o->end, m->start)) {
      chain_step(o->value, S->doc->dct, x);
    } else if (o->narr[0] && !paragraph_breaks(S, o->narr_end, m->start) &&
               sentence_ends(S, o->narr_end, m->start) == 1) {
      /* no date opened a sentence before, but the sentence before
       * narrates ("La société dépose le bilan le 12 mars. Le 3 avril, le
       * tribunal ouvre une procédure.") */
      anchored = narrate_step(o->narr, o->narr_full, S->doc->dct, x) &&
                 o->narr_full;
    }
    memcpy(o->value, x->value, sizeof o->value);
    o->end = m->end;
  } else if (full && pres && comma_after(S, m->end) && fronted(S, m->start)) {
    memcpy(o->value, x->value, sizeof o->value);
    o->end = m->end;
  } else if (m->y && n == 4 && year_in_present(S, m, true)) {
    memcpy(o->value, x->value, sizeof o->value);
    o->end = m->end;
  } else if (o->narr[0] && !m->y && !paragraph_breaks(S, o->narr_end, m->start) &&
             sentence_ends(S, o->narr_end, m->start) == 1) {
    anchored =
        narrate_step(o->narr, o->narr_full, S->doc->dct, x) && o->narr_full;
  }
  /* the last date, kept when it narrates: a day or month of the present
   * not after the DCT */
  frex_dct d = S->doc->dct;
  char now[16];
  snprintf(now, sizeof now, "%04d-%02d-%02d", d.year % 10000,
           d.month ? d.month : 1, d.day ? d.day : 1);
  if ((!m->y || (full && (!fronted(S, m->start) || comma_after(S, m->end)))) &&
      pres && month_or_day(x->value) && strncmp(x->value, now, n) <= 0) {
    memcpy(o->narr, x->value, sizeof o->narr);
    o->narr_end = m->end;
    o->narr_full = full || anchored; /* moved into a year written before */
  } else if (m->y && n == 4 && strncmp(x->value, now, 4) < 0 &&
             year_in_present(S, m, false)) {
    /* "Tout commence en 2019. La start-up lève 10 millions en mars.":
     * March 2019 */
    snprintf(o->narr, sizeof o->narr, "%.4s-01", x->value);
    o->narr_end = m->end;
    o->narr_full = true;
  } else {
    o->narr[0] = 0;
  }
}

/* Resolve and write the mentions of S in one pass, when none points at
 * another (most documents): no result is kept. */
static int emit_alone(scan *S, frex_entities *out) {
  resolved x;
  opener o = {{0}, 0, {0}, 0, false, {0}, 0, false, {0}, 0, 0, 0, 0, 0};
  for (size_t k = 0; k < S->n; k++) {
    const frex_mention *m = &S->v[k];
    if (!kept(S, m))
      continue;
    resolve_one(S, NULL, k, &x);
    chain(S, m, &x, &o);
    if (x.done) {
      int rc = frex_entities_add(out, FREX_ENT_DATE, m->start, m->end,
                                 x.value, frex_date_grain_name(x.g));
      if (rc)
        return rc;
    }
  }
  return FREX_OK;
}

int frex_date_emit(scan *S, frex_entities *out) {
  bool linked = false;
  for (size_t k = 0; k < S->n && !linked; k++)
    linked = !S->v[k].drop && (from_context(&S->v[k]) || S->v[k].pair >= 0 ||
                               weekday_day(&S->v[k]) ||
                               weekday_heading(S, &S->v[k]));
  if (!linked)
    return emit_alone(S, out);
  results R;
  size_t need = 0;
  R.slot = malloc((S->n ? S->n : 1) * sizeof *R.slot);
  if (!R.slot)
    return FREX_E_NOMEM;
  for (size_t k = 0; k < S->n; k++) {
    bool o = kept(S, &S->v[k]);
    R.slot[k] = o || S->v[k].governed ? (uint32_t)need++ : NO_SLOT;
    if (o)
      R.slot[k] |= 0x80000000u; /* written: unpacked below */
  }
  R.r = malloc((need ? need : 1) * sizeof *R.r);
  if (!R.r || S->n >= 0x80000000u) {
    free(R.slot);
    free(R.r);
    return FREX_E_NOMEM;
  }
  for (size_t k = 0; k < S->n; k++)
    if (R.slot[k] != NO_SLOT) {
      bool o = R.slot[k] & 0x80000000u;
      R.slot[k] &= 0x7FFFFFFFu;
      R.r[R.slot[k]].out = o;
      R.r[R.slot[k]].done = false;
    }
  /* first what stands alone (governed dates too: they anchor), then, in
   * order, what points at another date */
  opener o = {{0}, 0, {0}, 0, false, {0}, 0, false, {0}, 0, 0, 0, 0, 0};
  for (size_t k = 0; k < S->n; k++)
    if (R.slot[k] != NO_SLOT && !from_context(&S->v[k])) {
      resolve_one(S, &R, k, res(&R, k));
      if (R.r[R.slot[k]].out)
        chain(S, &S->v[k], res(&R, k), &o);
    }
  for (size_t k = 0; k < S->n; k++) {
    const resolved *x = res(&R, k);
    if (x && x->out && from_context(&S->v[k]))
      resolve_one(S, &R, k, res(&R, k));
  }
  pair_years(S, &R);
  int rc = FREX_OK;
  for (size_t k = 0; k < S->n && rc == FREX_OK; k++) {
    const frex_mention *m = &S->v[k];
    const resolved *x = done(&R, k);
    if (x && x->out)
      rc = frex_entities_add(out, FREX_ENT_DATE, m->start, m->end, x->value,
                             frex_date_grain_name(x->g));
  }
  free(R.r);
  free(R.slot);
  return rc;
}
