/*
 * date_resolve.c — from a mention to a TIMEX3 value and grain (SPEC
 * "DATE", "Reference date (DCT)").  Rules, in the order they apply:
 *  - what the text fixes is kept as written (a two-digit year 00..30 is
 *    20xx, 31..99 is 19xx);
 *  - a missing year (month, day, holiday, quarter) is the nearest one not
 *    after the DCT, or not before it with prefer_future; "dernier" and
 *    "prochain" make the comparison strict and win over the preference;
 *  - weekdays: the nearest one not after the DCT (the DCT's own weekday is
 *    the DCT itself); "prochain"/"dernier" name that day of the next/last
 *    ISO week, "ce" that of the DCT's week;
 *  - a relative expression finer than the DCT's own grain keeps the DCT's
 *    value and grain ("la semaine dernière" with DCT 2021-07 is 2021-07);
 *  - without a DCT, what it would have fixed is written as X
 *    ("XXXX-10-25", "XXXX-WXX-4", "XXXX-XX-XX" for "hier").
 */
#include <stdio.h>
#include <string.h>

#include "date_cal.h"
#include "date_resolve.h"

const char *frex_date_grain_name(frex_grain g) {
  static const char *const names[] = {"",      "day",     "week",
                                      "month", "quarter", "year"};
  return names[g];
}

/* ------------------------------------------------------------ holidays */

enum { H_FIXED, H_EASTER, H_THANKSGIVING };

static const struct {
  const char *name; /* folded, words separated by one space */
  int kind, m, d;   /* fixed month/day, or days after Easter/Thanksgiving */
  bool capital;     /* also an ordinary word or a name */
} holidays[] = {
    {"noel", H_FIXED, 12, 25, false},
    {"nouvel an", H_FIXED, 1, 1, false},
    {"l an", H_FIXED, 1, 1, false}, /* "jour de l'an" */
    {"saint sylvestre", H_FIXED, 12, 31, false},
    {"toussaint", H_FIXED, 11, 1, true},
    {"epiphanie", H_FIXED, 1, 6, false},
    {"chandeleur", H_FIXED, 2, 2, false},
    {"saint valentin", H_FIXED, 2, 14, false},
    {"saint patrick", H_FIXED, 3, 17, false},
    {"terre", H_FIXED, 4, 22, false}, /* "jour de la Terre" */
    {"fete du travail", H_FIXED, 5, 1, false},
    {"fete internationale du travail", H_FIXED, 5, 1, false},
    {"journee internationale des travailleurs", H_FIXED, 5, 1, false},
    {"fete de la musique", H_FIXED, 6, 21, false},
    {"juneteenth", H_FIXED, 6, 19, false},
    {"fete nationale", H_FIXED, 7, 14, false},
    {"assomption", H_FIXED, 8, 15, true},
    {"halloween", H_FIXED, 10, 31, false},
    {"yuandan", H_FIXED, 1, 1, false}, /* Chinese name of 1 January */
    {"paques", H_EASTER, 0, 0, false},
    {"lundi de paques", H_EASTER, 0, 1, false},
    {"vendredi saint", H_EASTER, 0, -2, false},
    {"mardi gras", H_EASTER, 0, -47, false},
    {"mercredi des cendres", H_EASTER, 0, -46, false},
    {"ascension", H_EASTER, 0, 39, true},
    {"pentecote", H_EASTER, 0, 49, true},
    {"lundi de pentecote", H_EASTER, 0, 50, false},
    {"black friday", H_THANKSGIVING, 0, 1, false},
    {"vendredi noir", H_THANKSGIVING, 0, 1, false},
    {"cyber monday", H_THANKSGIVING, 0, 4, false},
    {"cyber lundi", H_THANKSGIVING, 0, 4, false},
    {"lundi cyber", H_THANKSGIVING, 0, 4, false},
};
#define NHOLIDAYS (int)(sizeof holidays / sizeof *holidays)

int frex_date_holiday(const char *folded) {
  for (int i = 0; i < NHOLIDAYS; i++)
    if (strcmp(folded, holidays[i].name) == 0)
      return i;
  return -1;
}

bool frex_date_holiday_needs_capital(int id) {
  return id >= 0 && id < NHOLIDAYS && holidays[id].capital;
}

static frex_ymd holiday_in(int id, int y) {
  frex_ymd t = {y, holidays[id].m, holidays[id].d};
  if (holidays[id].kind == H_EASTER) {
    t = frex_cal_add_days(frex_cal_easter(y), holidays[id].d);
  } else if (holidays[id].kind == H_THANKSGIVING) {
    /* US Thanksgiving: the fourth Thursday of November */
    frex_ymd nov1 = {y, 11, 1};
    int first_thu = 1 + (4 - frex_cal_weekday(nov1) + 7) % 7;
    frex_ymd thu = {y, 11, first_thu + 21};
    t = frex_cal_add_days(thu, holidays[id].d);
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
      int cy = dct.year + (k % 2 ? -step : step) * ((k + 1) / 2);
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
  }
  if (mt->d) {
    put_day(out, y, mt->m, mt->d);
    return GR_DAY;
  }
  put_month(out, y, mt->m);
  return GR_MONTH;
}

static frex_grain resolve_weekday(const frex_mention *mt, frex_dct dct,
                                  bool pf, char *out) {
  if (!dct.year) {
    snprintf(out, FREX_DATE_VALUE_MAX, "XXXX-WXX-%d", mt->wd);
    return GR_DAY;
  }
  if (!dct.day)
    return put_dct(out, dct);
  frex_ymd t = {dct.year, dct.month, dct.day};
  int twd = frex_cal_weekday(t);
  frex_ymd monday = frex_cal_add_days(t, 1 - twd);
  long off;
  if (mt->has_week)
    off = 7L * mt->week + (mt->wd - 1);
  else if (mt->ce)
    off = mt->wd - 1;
  else if (mt->dir)
    off = 7L * mt->dir + (mt->wd - 1);
  else if (mt->dir == 0 && pf)
    off = twd - 1 + (mt->wd - twd + 7) % 7;
  else
    off = twd - 1 - (twd - mt->wd + 7) % 7;
  frex_ymd r = frex_cal_add_days(monday, off);
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

static frex_grain resolve_relunit(const frex_mention *mt, frex_dct dct,
                                  char *out) {
  frex_grain u = mt->unit;
  if (!dct.year) {
    static const char *const x[] = {"", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX",
                                    "XXXX-QX", "XXXX"};
    strcpy(out, x[u]);
    return u;
  }
  if (u < dct_grain(dct))
    return put_dct(out, dct);
  frex_ymd t = {dct.year, dct.month ? dct.month : 1, dct.day ? dct.day : 1};
  switch (u) {
  case GR_DAY:
    t = frex_cal_add_days(t, mt->n);
    put_day(out, t.y, t.m, t.d);
    break;
  case GR_WEEK:
    put_week(out, frex_cal_add_days(t, 7L * mt->n));
    break;
  case GR_MONTH:
    t = frex_cal_add_months(t, mt->n);
    put_month(out, t.y, t.m);
    break;
  case GR_QUARTER:
    t = frex_cal_add_months(t, 3 * mt->n);
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-Q%d", t.y % 10000, (t.m - 1) / 3 + 1);
    break;
  default:
    put_year(out, t.y + mt->n);
    break;
  }
  return u;
}

static frex_grain resolve_quarter(const frex_mention *mt, frex_dct dct,
                                  bool pf, char *out) {
  int y = mt->y;
  if (!y && dct.year) {
    if (mt->ce || !dct.month) {
      y = dct.year;
    } else {
      int c = sign(mt->n - ((dct.month - 1) / 3 + 1));
      y = pick_year(dct, c, true, mt->dir, pf);
    }
  }
  if (y)
    snprintf(out, FREX_DATE_VALUE_MAX, "%04d-Q%d", y % 10000, mt->n);
  else
    snprintf(out, FREX_DATE_VALUE_MAX, "XXXX-Q%d", mt->n);
  return GR_QUARTER;
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
    if (holidays[id].kind != H_FIXED) {
      strcpy(out, "XXXX-XX-XX");
      return GR_DAY;
    }
    frex_ymd h = {2001, holidays[id].m, holidays[id].d}; /* not leap */
    h = frex_cal_add_days(h, mt->shift);
    put_day(out, 0, h.m, h.d);
    return GR_DAY;
  }
  frex_ymd h = frex_cal_add_days(holiday_in(id, y), mt->shift);
  put_day(out, h.y, h.m, h.d);
  return GR_DAY;
}

frex_grain frex_date_resolve(const frex_mention *mt, frex_dct dct,
                             bool prefer_future, char *out) {
  bool pf = prefer_future;
  out[0] = 0;
  switch (mt->kind) {
  case MK_DATE:
    return resolve_date(mt, dct, pf, out);
  case MK_WEEKDAY:
    return resolve_weekday(mt, dct, pf, out);
  case MK_RELDAY:
    if (!dct.year) {
      strcpy(out, "XXXX-XX-XX");
      return GR_DAY;
    }
    return shift_dct(dct, GR_DAY, mt->n, out);
  case MK_RELUNIT:
    return resolve_relunit(mt, dct, out);
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
  }
  return GR_NONE;
}
