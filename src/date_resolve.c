/*
 * date_resolve.c — from a mention to a TIMEX3 value and grain (SPEC
 * "DATE", "Reference date (DCT)").  Rules, in the order they apply:
 *  - what the text fixes is kept as written (a two-digit year 00..30 is
 *    20xx, 31..99 is 19xx);
 *  - a missing year (month, day, holiday, quarter, season) is the nearest
 *    one not after the DCT, or not before it when FUTURE (--prefer future
 *    or a future clause); "dernier" and "prochain" make the comparison
 *    strict and win over the preference;
 *  - weekdays: alone, the nearest one not after the DCT (the DCT's own
 *    weekday is the DCT itself), or not before it when FUTURE; "dernier"
 *    the latest strictly before, "prochain" the first strictly after, "ce"
 *    that of the DCT's ISO week (unless the clause's tense says it is
 *    past or to come), "en huit"/"en quinze" one/two weeks after
 *    the coming one;
 *  - anaphoric dates ("la veille", "le mois suivant", "mardi suivant")
 *    count from their anchor (found by date.c), else from the DCT;
 *  - a relative expression finer than the DCT's own grain keeps the DCT's
 *    value and grain ("la semaine dernière" with DCT 2021-07 is 2021-07);
 *  - without a DCT, what it would have fixed is written as X
 *    ("XXXX-10-25", "XXXX-WXX-4", "XXXX-XX-XX" for "hier").
 */
#include <stdio.h>
#include <string.h>

#include "date_cal.h"
#include "date_lex.h"
#include "date_resolve.h"

const char *frex_date_grain_name(frex_grain g) {
  static const char *const names[] = {
      "",       "day",  "week", "week",   "month",  "quarter",
      "season", "half", "year", "decade", "century"};
  return names[g];
}

/* ------------------------------------------------------------ holidays */

static frex_ymd holiday_in(int id, int y) {
  const frex_holiday *h = frex_date_holiday_info(id);
  frex_ymd t = {y, h->m, h->d};
  if (h->kind == H_EASTER) {
    t = frex_cal_add_days(frex_cal_easter(y), h->d);
  } else if (h->kind == H_THANKSGIVING) {
    /* US Thanksgiving: the fourth Thursday of November */
    frex_ymd nov1 = {y, 11, 1};
    int first_thu = 1 + (4 - frex_cal_weekday(nov1) + 7) % 7;
    frex_ymd thu = {y, 11, first_thu + 21};
    t = frex_cal_add_days(thu, h->d);
  }
  return t;
}

/* ------------------------------------------------------------- helpers */

static frex_grain dct_grain(frex_dct dct) {
  return dct.day ? GR_DAY : dct.month ? GR_MONTH : dct.year ? GR_YEAR : GR_NONE;
}

static void put_day(char *out, int y, int m, int d) {
  char ys[8] = "XXXX", ms[4] = "XX", ds[4] = "XX";
  if (y)
    snprintf(ys, sizeof ys, "%04d", y % 10000);
  if (m)
    snprintf(ms, sizeof ms, "%02d", m % 100);
  if (d)
    snprintf(ds, sizeof ds, "%02d", d % 100);
  snprintf(out, FREX_DATE_VALUE_MAX, "%s-%s-%s", ys, ms, ds);
}

static void put_month(char *out, int y, int m) {
  if (y)
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-%02d", y % 10000, m % 100);
  else
    snprintf(out, FREX_DATE_VALUE_MAX, "XXXX-%02d", m % 100);
}

static void put_year(char *out, int y) {
  if (y)
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d", y % 10000);
  else
    strcpy(out, "XXXX");
}

static void put_week(char *out, frex_ymd t) {
  int wy, w = frex_cal_iso_week(t, &wy);
  snprintf(out, FREX_DATE_VALUE_MAX, "%04d-W%02d", wy % 10000, w % 100);
}

/* The DCT itself, at its own grain (what finer relative dates become). */
static frex_grain put_dct(char *out, frex_dct dct) {
  if (dct.day)
    put_day(out, dct.year, dct.month, dct.day);
  else if (dct.month)
    put_month(out, dct.year, dct.month);
  else
    put_year(out, dct.year);
  return dct_grain(dct);
}

static int sign(int x) { return (x > 0) - (x < 0); }

/* Year for a year-less date: C compares the date with the DCT (-1 before,
 * 0 same, +1 after) at the finest grain both have; FULL says that grain is
 * the date's own, so equality means "the DCT's own month/day". */
static int pick_year(frex_dct dct, int c, bool full, int dir, bool pf) {
  bool future = dir > 0 || (dir == 0 && pf);
  bool strict = dir != 0 && full;
  int y = dct.year;
  if (!future && (c > 0 || (strict && c == 0)))
    y--;
  if (future && (c < 0 || (strict && c == 0)))
    y++;
  return y;
}

/* Compare month M (and day D, 0 = whole month) with the DCT. */
static int cmp_dct(frex_dct dct, int m, int d, bool *full) {
  *full = false;
  if (!dct.month)
    return 0;
  if (m != dct.month || !d) {
    *full = !d || m != dct.month;
    return sign(m - dct.month);
  }
  if (!dct.day)
    return 0;
  *full = true;
  return sign(d - dct.day);
}

static int expand_y2(int y) { return y <= 30 ? 2000 + y : 1900 + y; }

/* -------------------------------------------------------------- kinds */

/* A day of the month with no month ("le 15"): the DCT's month, or the one
 * before/after when the day is past/ahead of the DCT's day. */
static frex_grain day_only(const frex_mention *mt, frex_dct dct, bool pf,
                           char *out) {
  if (!dct.year) {
    put_day(out, 0, 0, mt->d);
    return GR_DAY;
  }
  if (!dct.month)
    return put_dct(out, dct);
  frex_ymd t = {dct.year, dct.month, 1};
  if (!dct.day || mt->ce) { /* the DCT's month, whatever its day */
    if (!frex_cal_valid(t.y, t.m, mt->d))
      return GR_NONE;
    put_day(out, t.y, t.m, mt->d);
    return GR_DAY;
  }
  bool future = mt->dir > 0 || (mt->dir == 0 && pf);
  int step = future ? 1 : -1;
  if (future ? mt->d < dct.day : mt->d > dct.day)
    t = frex_cal_add_months(t, step);
  for (int i = 0; i < 3 && !frex_cal_valid(t.y, t.m, mt->d); i++)
    t = frex_cal_add_months(t, step); /* "le 31" skips 30-day months */
  if (!frex_cal_valid(t.y, t.m, mt->d))
    return GR_NONE;
  put_day(out, t.y, t.m, mt->d);
  return GR_DAY;
}

/* A weekday next to a day with no month ("dimanche 31"): the nearest month
 * where that day falls on that weekday. */
static frex_grain weekday_day(const frex_mention *mt, frex_dct dct, bool pf,
                              char *out) {
  if (!dct.day) {
    if (dct.year)
      return put_dct(out, dct);
    put_day(out, 0, 0, mt->d);
    return GR_DAY;
  }
  int step = pf ? 1 : -1;
  frex_ymd t = {dct.year, dct.month, 1};
  for (int i = 0; i < 28; i++, t = frex_cal_add_months(t, step)) {
    frex_ymd c = {t.y, t.m, mt->d};
    if (frex_cal_valid(c.y, c.m, c.d) && frex_cal_weekday(c) == mt->wd) {
      put_day(out, c.y, c.m, c.d);
      return GR_DAY;
    }
  }
  put_day(out, 0, 0, mt->d);
  return GR_DAY;
}

static frex_grain resolve_date(const frex_mention *mt, frex_dct dct, bool pf,
                               char *out) {
  int y = mt->y && mt->y2 ? expand_y2(mt->y) : mt->y;
  if (!mt->m && mt->d)
    return mt->wd && !mt->ce ? weekday_day(mt, dct, pf, out)
                             : day_only(mt, dct, pf, out);
  if (!mt->m) {
    put_year(out, y);
    return y ? GR_YEAR : GR_NONE;
  }
  if (mt->d && y && !frex_cal_valid(y, mt->m, mt->d))
    return GR_NONE;
  if (mt->d && !frex_cal_valid(2000, mt->m, mt->d)) /* 31/04 */
    return GR_NONE;
  if (!y && dct.year && mt->wd && mt->d) {
    /* "lun. 18 février": the nearest year where that day is a Monday,
     * in the preferred direction first */
    int step = mt->dir > 0 || (mt->dir == 0 && pf) ? 1 : -1;
    for (int k = 0; k < 12 && !y; k++) {
      int cy = dct.year + (k % 2 ? step : -step) * ((k + 1) / 2);
      if (k == 0)
        cy = dct.year;
      frex_ymd c = {cy, mt->m, mt->d};
      if (frex_cal_valid(cy, mt->m, mt->d) && frex_cal_weekday(c) == mt->wd)
        y = cy;
    }
  }
  if (!y && dct.year) {
    if (mt->ce) {
      y = dct.year;
    } else {
      bool full;
      int c = cmp_dct(dct, mt->m, mt->d, &full);
      y = pick_year(dct, c, full, mt->dir, pf);
      /* 29 February: go on in the same direction to a leap year */
      int step = mt->dir > 0 || (mt->dir == 0 && pf) ? 1 : -1;
      for (int i = 0; mt->d && i < 8 && !frex_cal_valid(y, mt->m, mt->d); i++)
        y += step;
    }
    /* "des orages sont attendus dans la nuit du 6 au 7 mars" read on the
     * 7th: the night that ends on the DCT is not before it */
    if (mt->night && pf && !mt->dir && !mt->ce && mt->d && dct.day) {
      frex_ymd eve =
          frex_cal_add_days((frex_ymd){dct.year, dct.month, dct.day}, -1);
      if (eve.m == mt->m && eve.d == mt->d)
        y = eve.y;
    }
  }
  if (mt->d) {
    put_day(out, y, mt->m, mt->d);
    return GR_DAY;
  }
  put_month(out, y, mt->m);
  return GR_MONTH;
}

/* The day an anaphoric or deictic mention counts from: its anchor when
 * it has one (*ANCH true), else the DCT (unless the mention needs an
 * anchor).  A year-less anchor (no DCT: "XXXX-06-10") computes in 2001, a
 * year with no 29 February, and says so in *NOYEAR.  False: no base. */
static bool base_day(const frex_mention *mt, frex_dct dct,
                     const frex_anchor *anchor, frex_ymd *t, bool *noyear) {
  *noyear = false;
  if (mt->ana && anchor) {
    frex_ymd b = {anchor->y ? anchor->y : 2001, anchor->m ? anchor->m : 1,
                  anchor->d ? anchor->d : 1};
    if (anchor->g == GR_WEEK && anchor->week)
      b = frex_cal_iso_week_monday(anchor->y, anchor->week);
    *t = b;
    *noyear = !anchor->y;
    return true;
  }
  if (mt->ana_only || !dct.year)
    return false;
  frex_ymd b = {dct.year, dct.month ? dct.month : 1, dct.day ? dct.day : 1};
  *t = b;
  return true;
}

static frex_grain resolve_weekday(const frex_mention *mt, frex_dct dct,
                                  bool pf, const frex_anchor *anchor,
                                  char *out) {
  frex_ymd t;
  bool noyear;
  bool from_anchor = mt->ana && anchor;
  if (from_anchor && anchor->exact) {
    put_day(out, anchor->y, anchor->m, anchor->d);
    return GR_DAY;
  }
  if (!base_day(mt, dct, anchor, &t, &noyear) || noyear ||
      (from_anchor && anchor->g != GR_DAY)) {
    snprintf(out, FREX_DATE_VALUE_MAX, "XXXX-WXX-%d", mt->wd);
    return GR_DAY;
  }
  if (!from_anchor && !dct.day)
    return put_dct(out, dct);
  int twd = frex_cal_weekday(t);
  long ahead = (mt->wd - twd + 7) % 7, back = (twd - mt->wd + 7) % 7;
  long off;
  if (mt->has_week) /* "mardi de la semaine prochaine" */
    off = 7L * mt->week + (mt->wd - twd);
  else if (mt->ce) { /* "ce vendredi": this ISO week's, unless the tense
                         puts it on the other side of the DCT ("ce samedi,
                         il a plu" on a Wednesday: the one just past); the
                         day next to the DCT stays (a report of Sunday
                         dated Saturday: "ce dimanche, ils ont incendié") */
    off = mt->wd - twd;
    if (off > 1 && mt->tense < 0)
      off = -back;
    else if (off < -1 && mt->tense > 0)
      off = ahead;
  } else if (mt->weeks_after) /* "jeudi en huit": after the coming one */
    off = ahead + 7L * mt->weeks_after;
  else if (mt->dir > 0) /* "mardi prochain", "mardi suivant" */
    off = ahead ? ahead : 7;
  else if (mt->dir < 0) /* "mardi dernier", "mardi précédent" */
    off = -(back ? back : 7);
  else if (pf && mt->night && ahead == 6)
    off = -1; /* "des orages sont attendus dans la nuit de vendredi à
                 samedi" read on Saturday: the night that ends that day
                 is not over yet (it is not before the DCT) */
  else
    off = pf ? ahead : -back;
  frex_ymd r = frex_cal_add_days(t, off);
  put_day(out, r.y, r.m, r.d);
  return GR_DAY;
}

/* Shift the DCT by N units; units finer than the DCT keep the DCT. */
static frex_grain shift_dct(frex_dct dct, frex_grain unit, int n, char *out) {
  frex_grain g = dct_grain(dct);
  if (unit < g) /* grains are ordered fine to coarse */
    return put_dct(out, dct);
  frex_ymd t = {dct.year, dct.month ? dct.month : 1, dct.day ? dct.day : 1};
  if (unit == GR_DAY)
    t = frex_cal_add_days(t, n);
  else if (unit == GR_WEEK)
    t = frex_cal_add_days(t, 7L * n);
  else if (unit == GR_MONTH)
    t = frex_cal_add_months(t, n);
  else if (unit == GR_QUARTER)
    t = frex_cal_add_months(t, 3 * n);
  else
    t = frex_cal_add_months(t, 12 * n);
  if (g == GR_DAY)
    put_day(out, t.y, t.m, t.d);
  else if (g == GR_MONTH)
    put_month(out, t.y, t.m);
  else
    put_year(out, t.y);
  return g;
}

/* A day N days after the anchor or the DCT: "la veille", "hier soir". */
static frex_grain resolve_relday(const frex_mention *mt, frex_dct dct,
                                 const frex_anchor *anchor, char *out) {
  if (mt->ana && anchor) {
    if (anchor->exact) {
      put_day(out, anchor->y, anchor->m, anchor->d);
      return GR_DAY;
    }
    frex_ymd t = {anchor->y ? anchor->y : 2001, anchor->m, anchor->d};
    t = frex_cal_add_days(t, mt->n);
    if (!anchor->y && t.y != 2001) { /* crossed the year: unknown */
      strcpy(out, "XXXX-XX-XX");
      return GR_DAY;
    }
    put_day(out, anchor->y ? t.y : 0, t.m, t.d);
    return GR_DAY;
  }
  if (mt->ana_only)
    return GR_NONE;
  if (!dct.year) {
    strcpy(out, "XXXX-XX-XX");
    return GR_DAY;
  }
  return shift_dct(dct, GR_DAY, mt->n, out);
}

static void put_weekend(char *out, frex_ymd t) {
  int wy, w = frex_cal_iso_week(t, &wy);
  snprintf(out, FREX_DATE_VALUE_MAX, "%04d-W%02d-WE", wy % 10000, w % 100);
}

/* Half-year of month M: 1 or 2. */
static int half_of(int m) { return m <= 6 ? 1 : 2; }

/* The unit of a relative or anaphoric expression around day T (N units
 * away), written at its own grain. */
static frex_grain put_unit(frex_grain u, frex_ymd t, int n, bool noyear,
                           char *out) {
  switch (u) {
  case GR_DAY:
    t = frex_cal_add_days(t, n);
    put_day(out, noyear ? 0 : t.y, t.m, t.d);
    return GR_DAY;
  case GR_WEEK:
    put_week(out, frex_cal_add_days(t, 7L * n));
    return GR_WEEK;
  case GR_WEEKEND:
    put_weekend(out, frex_cal_add_days(t, 7L * n));
    return GR_WEEKEND;
  case GR_MONTH:
    t = frex_cal_add_months(t, n);
    put_month(out, noyear ? 0 : t.y, t.m);
    return GR_MONTH;
  case GR_QUARTER:
    t = frex_cal_add_months(t, 3 * n);
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-Q%d", t.y % 10000,
             (t.m - 1) / 3 + 1);
    return GR_QUARTER;
  case GR_HALF:
    t = frex_cal_add_months(t, 6 * n);
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-H%d", t.y % 10000, half_of(t.m));
    return GR_HALF;
  case GR_DECADE: { /* "cette décennie": 202 */
    int d = t.y / 10 + n;
    snprintf(out, FREX_DATE_VALUE_MAX, "%03d", d < 0 ? 0 : d % 1000);
    return GR_DECADE;
  }
  case GR_CENTURY: {
    int c = t.y / 100 + n;
    snprintf(out, FREX_DATE_VALUE_MAX, "%02d", c < 0 ? 0 : c % 100);
    return GR_CENTURY;
  }
  default:
    put_year(out, t.y + n);
    return GR_YEAR;
  }
}

static frex_grain resolve_relunit(const frex_mention *mt, frex_dct dct,
                                  const frex_anchor *anchor, char *out) {
  frex_grain u = mt->unit;
  frex_ymd t;
  bool noyear;
  if (mt->ana && anchor) {
    if (!base_day(mt, dct, anchor, &t, &noyear))
      return GR_NONE;
    if (noyear && u != GR_DAY && u != GR_MONTH)
      return GR_NONE; /* a week or a year needs the anchor's year */
    return put_unit(u, t, anchor->exact ? 0 : mt->n, noyear, out);
  }
  if (mt->ana_only)
    return GR_NONE;
  if (!dct.year) {
    static const char *const x[] = {
        "",        "XXXX-XX-XX", "XXXX-WXX", "XXXX-WXX-WE", "XXXX-XX", "XXXX-QX",
        "XXXX-XX", "XXXX-HX",    "XXXX",     "XXX",         "XX"};
    strcpy(out, x[u]);
    return u;
  }
  if (u < dct_grain(dct))
    return put_dct(out, dct);
  if (!base_day(mt, dct, NULL, &t, &noyear))
    return GR_NONE;
  int n = mt->n;
  /* "ce week-end, ils ont..." from Monday to Thursday: the one just past;
   * on a Friday it is the coming one whatever the verb ("Météo-France a
   * placé 14 départements en vigilance orange ce week-end") */
  if (u == GR_WEEKEND && mt->ce && mt->tense < 0 && frex_cal_weekday(t) < 5)
    n = -1;
  /* "cette semaine, les députés examineront le texte" read on a Sunday:
   * the week that starts the next day, the DCT's having only its evening
   * left; a present tells that coming week's agenda too ("Les députés
   * examinent cette semaine le budget", "s'ouvre cette semaine"), only a
   * past the week ending that day ("a gagné 2 % cette semaine") */
  if (u == GR_WEEK && mt->ce && mt->tense >= 0 && frex_cal_weekday(t) == 7)
    n = 1;
  return put_unit(u, t, n, false, out);
}

static frex_grain resolve_quarter(const frex_mention *mt, frex_dct dct,
                                  bool pf, char *out) {
  int y = mt->y;
  bool half = mt->unit == GR_HALF;
  if (!y && dct.year) {
    if (mt->ce || !dct.month) {
      y = dct.year;
    } else {
      int cur = half ? half_of(dct.month) : (dct.month - 1) / 3 + 1;
      y = pick_year(dct, sign(mt->n - cur), true, mt->dir, pf);
    }
  }
  char ys[8] = "XXXX";
  if (y)
    snprintf(ys, sizeof ys, "%04d", y % 10000);
  snprintf(out, FREX_DATE_VALUE_MAX, "%s-%c%d", ys, half ? 'H' : 'Q', mt->n);
  return half ? GR_HALF : GR_QUARTER;
}

/* ------------------------------------------------------------- seasons */

/* Astronomical seasons (northern hemisphere), as days since 1970: season
 * S of year Y runs from its start to the day before the next one's; a
 * winter begins in December of the year it is named by. */
static long season_start(int s, int y) {
  static const int m[] = {3, 6, 9, 12}, d[] = {20, 21, 22, 21};
  frex_ymd t = {y, m[s], d[s]};
  return frex_cal_to_days(t);
}
static long season_end(int s, int y) {
  return s == 3 ? season_start(0, y + 1) - 1 : season_start(s + 1, y) - 1;
}

bool frex_date_season_days(const char *v, long *lo, long *hi) {
  static const char *const code[] = {"SP", "SU", "FA", "WI"};
  int y;
  if (strlen(v) != 7 || v[4] != '-' || v[0] < '0' || v[0] > '9' ||
      sscanf(v, "%4d", &y) != 1)
    return false;
  for (int s = 0; s < 4; s++)
    if (memcmp(v + 5, code[s], 2) == 0) {
      *lo = season_start(s, y);
      *hi = season_end(s, y);
      return true;
    }
  return false;
}

static frex_grain resolve_season(const frex_mention *mt, frex_dct dct,
                                 bool pf, char *out) {
  static const char *const code[] = {"SP", "SU", "FA", "WI"};
  int s = mt->n, y = mt->y && mt->y2 ? expand_y2(mt->y) : mt->y;
  if (!y && !dct.year) {
    snprintf(out, FREX_DATE_VALUE_MAX, "XXXX-%s", code[s]);
    return GR_SEASON;
  }
  if (!y) {
    if (!dct.month)
      return put_dct(out, dct); /* a season is finer than a year */
    frex_ymd t = {dct.year, dct.month, dct.day ? dct.day : 15};
    long now = frex_cal_to_days(t);
    int cur = -1, prev = 0, next = 0; /* years of the instances around */
    for (int k = dct.year - 2; k <= dct.year + 1; k++) {
      if (season_start(s, k) <= now && now <= season_end(s, k))
        cur = k;
      if (season_end(s, k) < now)
        prev = k;
      if (season_start(s, k) > now && !next)
        next = k;
    }
    /* a season in its last calendar month, its weather one over ("à
     * l'automne" in December, "à l'été" in September): a future clause
     * means the next one ("Le chantier démarrera à l'automne" on 10
     * December); "cet automne" and "à la fin de l'hiver" keep the
     * current one */
    bool late = false;
    if (cur >= 0) {
      frex_ymd e = frex_cal_from_days(season_end(s, cur));
      late = now >= frex_cal_to_days((frex_ymd){e.y, e.m, 1});
    }
    if (mt->phase) /* "L'hiver n'a pas commencé": its course, whatever
                      the tense */
      y = cur >= 0 ? cur : mt->phase > 0 ? next : prev;
    else if (mt->dir < 0)
      y = prev;
    else if (mt->dir > 0)
      y = next;
    else if (cur >= 0 && late && !mt->ce && !mt->part && mt->tense > 0 &&
             next)
      y = next;
    else if (cur >= 0) /* "cet été", in summer */
      y = cur;
    else if (mt->ce && !mt->tense && !pf)
      y = dct.year; /* "cet automne" in March: this year's, the last one
                       being "l'automne dernier" */
    else if (pf || mt->tense > 0)
      y = next;
    else if (mt->tense < 0)
      y = prev;
    else /* the nearer one */
      y = season_start(s, next) - now < now - season_end(s, prev) ? next : prev;
  }
  snprintf(out, FREX_DATE_VALUE_MAX, "%04d-%s", y % 10000, code[s]);
  return GR_SEASON;
}

/* -------------------------------------------- nth day/week of a month */

/* The month or year a MK_NTH mention is in: *Y (0 = unknown) and *M (0 for
 * a year). */
static void nth_frame(const frex_mention *mt, frex_dct dct, bool pf, int *y,
                      int *m) {
  *y = mt->y;
  *m = mt->of == GR_MONTH ? mt->m : 0;
  if (mt->of_rel) { /* "du mois prochain", "de l'année" */
    if (!dct.year || (mt->of == GR_MONTH && !dct.month)) {
      *y = 0;
      return;
    }
    frex_ymd t = {dct.year, mt->of == GR_MONTH ? dct.month : 1, 1};
    t = frex_cal_add_months(t, mt->of == GR_MONTH ? mt->of_n : 12 * mt->of_n);
    *y = t.y;
    *m = mt->of == GR_MONTH ? t.m : 0;
    return;
  }
  if (!*y && *m && dct.year) {
    bool full;
    int c = cmp_dct(dct, *m, 0, &full); /* sets FULL: before the call */
    *y = pick_year(dct, c, full, 0, pf);
  }
}

static frex_grain resolve_nth(const frex_mention *mt, frex_dct dct, bool pf,
                              char *out) {
  int y, m;
  nth_frame(mt, dct, pf, &y, &m);
  if (!y) {
    if (mt->unit == GR_DAY)
      put_day(out, 0, m, 0);
    else
      strcpy(out, mt->unit == GR_WEEKEND ? "XXXX-WXX-WE" : "XXXX-WXX");
    return mt->unit == GR_WEEKEND ? GR_WEEKEND : mt->unit;
  }
  int first_m = m ? m : 1, last_m = m ? m : 12;
  frex_ymd lo = {y, first_m, 1};
  frex_ymd hi = {y, last_m, frex_cal_days_in_month(y, last_m)};
  if (mt->unit == GR_DAY && !mt->wd) { /* premier / dernier jour */
    frex_ymd t = mt->n < 0 ? hi : lo;
    put_day(out, t.y, t.m, t.d);
    return GR_DAY;
  }
  if (mt->unit == GR_WEEK && !m) { /* "la première semaine de l'année" */
    int w = mt->n < 0 ? frex_cal_iso_weeks_in_year(y) : mt->n;
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-W%02d", y % 10000, w);
    return GR_WEEK;
  }
  /* the n-th weekday of the frame: a week is the one holding its n-th
   * Thursday (ISO 8601's rule for years), a week-end its n-th Saturday */
  int wd = mt->unit == GR_DAY ? mt->wd : mt->unit == GR_WEEK ? 4 : 6;
  frex_ymd t;
  if (mt->n > 0) {
    t = frex_cal_add_days(lo, (wd - frex_cal_weekday(lo) + 7) % 7 +
                                  7L * (mt->n - 1));
    if (frex_cal_to_days(t) > frex_cal_to_days(hi))
      return GR_NONE; /* "le cinquième lundi" of a short month */
  } else {
    t = frex_cal_add_days(hi, -((frex_cal_weekday(hi) - wd + 7) % 7));
  }
  if (mt->unit == GR_WEEK) {
    put_week(out, t);
    return GR_WEEK;
  }
  if (mt->unit == GR_WEEKEND) {
    put_weekend(out, t);
    return GR_WEEKEND;
  }
  put_day(out, t.y, t.m, t.d);
  return GR_DAY;
}

/* Compare day T with the DCT at the DCT's own grain. */
static int cmp_day_dct(frex_ymd t, frex_dct dct) {
  if (t.y != dct.year)
    return sign(t.y - dct.year);
  if (!dct.month || t.m != dct.month)
    return dct.month ? sign(t.m - dct.month) : 0;
  return dct.day ? sign(t.d - dct.day) : 0;
}

static frex_grain resolve_holiday(const frex_mention *mt, frex_dct dct,
                                  bool pf, char *out) {
  int id = mt->n, y = mt->y;
  if (!y && dct.year) {
    /* the nearest occurrence not after (or not before) the DCT; the
     * holiday moves with Easter, and "veille" may cross New Year */
    bool future = mt->dir > 0 || (mt->dir == 0 && pf);
    bool strict = mt->dir != 0;
    for (int k = 0; k <= 2 && !y; k++) {
      int cy = future ? dct.year - 1 + k : dct.year + 1 - k;
      frex_ymd h = frex_cal_add_days(holiday_in(id, cy), mt->shift);
      int c = cmp_day_dct(h, dct);
      if (future ? (c > 0 || (c == 0 && !strict)) : (c < 0 || (c == 0 && !strict)))
        y = cy;
    }
  }
  if (!y) {
    const frex_holiday *info = frex_date_holiday_info(id);
    if (info->kind != H_FIXED) {
      strcpy(out, "XXXX-XX-XX");
      return GR_DAY;
    }
    frex_ymd h = {2001, info->m, info->d}; /* not leap */
    h = frex_cal_add_days(h, mt->shift);
    put_day(out, 0, h.m, h.d);
    return GR_DAY;
  }
  frex_ymd h = frex_cal_add_days(holiday_in(id, y), mt->shift);
  put_day(out, h.y, h.m, h.d);
  return GR_DAY;
}

frex_grain frex_date_resolve(const frex_mention *mt, frex_dct dct, bool pf,
                             const frex_anchor *anchor, char *out) {
  out[0] = 0;
  switch (mt->kind) {
  case MK_DATE:
    return resolve_date(mt, dct, pf, out);
  case MK_WEEKDAY:
    return resolve_weekday(mt, dct, pf, anchor, out);
  case MK_RELDAY:
    return resolve_relday(mt, dct, anchor, out);
  case MK_RELUNIT:
    return resolve_relunit(mt, dct, anchor, out);
  case MK_OFFSET:
    if (!dct.year) {
      strcpy(out, "XXXX-XX-XX");
      return GR_DAY;
    }
    return shift_dct(dct, mt->unit, mt->n, out);
  case MK_QUARTER:
    return resolve_quarter(mt, dct, pf, out);
  case MK_WEEKNUM: {
    int w = mt->n < 0 ? frex_cal_iso_weeks_in_year(mt->y) : mt->n;
    if (w < 1 || w > frex_cal_iso_weeks_in_year(mt->y))
      return GR_NONE;
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-W%02d", mt->y % 10000, w % 100);
    return GR_WEEK;
  }
  case MK_WEEKOF: {
    frex_mention day = *mt;
    day.kind = MK_DATE;
    char tmp[FREX_DATE_VALUE_MAX];
    if (resolve_date(&day, dct, pf, tmp) != GR_DAY)
      return GR_NONE;
    if (tmp[0] == 'X') {
      strcpy(out, "XXXX-WXX");
      return GR_WEEK;
    }
    frex_ymd t = {0, 0, 0};
    if (sscanf(tmp, "%d-%d-%d", &t.y, &t.m, &t.d) != 3)
      return GR_NONE;
    put_week(out, t);
    return GR_WEEK;
  }
  case MK_HOLIDAY:
    return resolve_holiday(mt, dct, pf, out);
  case MK_SEASON:
    return resolve_season(mt, dct, pf, out);
  case MK_DECADE:
    snprintf(out, FREX_DATE_VALUE_MAX, "%03d", mt->y / 10 % 1000);
    return GR_DECADE;
  case MK_CENTURY:
    snprintf(out, FREX_DATE_VALUE_MAX, "%02d", (mt->n - 1) % 100);
    return GR_CENTURY;
  case MK_NTH:
    return resolve_nth(mt, dct, pf, out);
  }
  return GR_NONE;
}

bool frex_date_anchor_of(const char *v, frex_grain g, frex_anchor *a) {
  memset(a, 0, sizeof *a);
  a->g = g;
  if (strlen(v) < 4 || g == GR_DECADE || g == GR_CENTURY)
    return false;
  if (v[0] != 'X' && sscanf(v, "%4d", &a->y) != 1)
    return false;
  switch (g) {
  case GR_DAY:
    return sscanf(v + 4, "-%2d-%2d", &a->m, &a->d) == 2 && a->m && a->d;
  case GR_WEEK:
  case GR_WEEKEND:
    a->g = GR_WEEK;
    return a->y && sscanf(v + 4, "-W%2d", &a->week) == 1;
  case GR_MONTH:
    return sscanf(v + 4, "-%2d", &a->m) == 1;
  default:
    return a->y != 0;
  }
}
