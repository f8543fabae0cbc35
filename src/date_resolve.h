/*
 * date_resolve.h — what the DATE grammar found (a mention: fields read off
 * the text, not yet interpreted) and the resolver that turns it into a
 * TIMEX3 value and a grain against the reference date (SPEC "Reference
 * date (DCT)").
 */
#ifndef FREX_DATE_RESOLVE_H
#define FREX_DATE_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "frex.h"

typedef enum {
  GR_NONE,
  GR_DAY,
  GR_WEEK,
  GR_MONTH,
  GR_QUARTER,
  GR_YEAR
} frex_grain;

typedef enum {
  MK_DATE,     /* some of year / month / day, as written */
  MK_WEEKDAY,  /* "jeudi", "vendredi dernier", "mardi de la semaine prochaine" */
  MK_RELDAY,   /* "hier", "demain": n = offset in days */
  MK_RELUNIT,  /* "la semaine dernière", "cette année": unit, n = -1/0/+1 */
  MK_OFFSET,   /* "il y a deux semaines", "dans trois jours": unit, n signed */
  MK_QUARTER,  /* "T2 2020", "le 3e trimestre": n = 1..4 */
  MK_WEEKNUM,  /* "la 3e semaine de 2027": n = week, -1 = last */
  MK_WEEKOF,   /* "la semaine du 16 septembre": the week holding y-m-d */
  MK_HOLIDAY   /* "Noël 2016", "Pâques": n = holiday id, shift = days */
} frex_mention_kind;

typedef struct frex_mention {
  size_t start, end;       /* span in the document */
  frex_mention_kind kind;
  int y, m, d;             /* as written; 0 = absent */
  bool y2;                 /* y was written with two digits */
  int wd;                  /* ISO weekday 1..7 when written */
  int n;                   /* kind-specific number (see above) */
  int shift;               /* holiday: days after it (veille = -1) */
  frex_grain unit;         /* MK_RELUNIT, MK_OFFSET */
  int dir;                 /* -1 dernier/passé, +1 prochain, 0 none */
  int week;                /* weekday within "la semaine dernière": -1/0/+1 */
  bool has_week;           /* ... when such a week was written */
  bool ce;                 /* "ce/cette": the current week/month/year */
  bool weak;               /* kept only if a range or context confirms it */
  bool abbr_wd;            /* an abbreviated weekday ("mer."), never alone */
  bool drop;               /* merged into another mention */
} frex_mention;

/* Holidays: the table lives in date_resolve.c; the grammar finds their
 * names and frex_date_holiday returns the id (or -1). */
int frex_date_holiday(const char *folded);
/* True for holidays that need a capital letter to be read as one
 * ("Toussaint", "Ascension": also ordinary words or a name). */
bool frex_date_holiday_needs_capital(int id);

#define FREX_DATE_VALUE_MAX 48

/* Write the TIMEX3 value of M into VALUE (FREX_DATE_VALUE_MAX bytes) and
 * return its grain (GR_NONE when the mention cannot be a date, e.g. 31
 * April). */
frex_grain frex_date_resolve(const frex_mention *m, frex_dct dct,
                             bool prefer_future, char *value);

/* "day", "week", ... */
const char *frex_date_grain_name(frex_grain g);

#endif
