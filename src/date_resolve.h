/*
 * date_resolve.h — what the DATE grammar found (a mention: fields read off
 * the text, not yet interpreted) and the resolver that turns it into a
 * TIMEX3 value and a grain against the reference date (SPEC "Reference
 * date (DCT)") or, for anaphoric dates, against their anchor.
 */
#ifndef FREX_DATE_RESOLVE_H
#define FREX_DATE_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "frex.h"

/* Grains, fine to coarse (the order matters: a relative date finer than
 * the DCT keeps the DCT).  GR_WEEKEND is a unit whose grain is "week". */
typedef enum {
  GR_NONE,
  GR_DAY,
  GR_WEEK,
  GR_WEEKEND,
  GR_MONTH,
  GR_QUARTER,
  GR_SEASON,
  GR_HALF,
  GR_YEAR,
  GR_DECADE,
  GR_CENTURY
} frex_grain;

typedef enum {
  MK_DATE,     /* some of year / month / day, as written */
  MK_WEEKDAY,  /* "jeudi", "vendredi dernier", "mardi de la semaine prochaine" */
  MK_RELDAY,   /* "hier", "demain", "la veille": n = offset in days */
  MK_RELUNIT,  /* "la semaine dernière", "ce week-end": unit, n = -1/0/+1 */
  MK_OFFSET,   /* "il y a deux semaines", "dans trois jours": unit, n signed */
  MK_QUARTER,  /* "T2 2020", "le 3e trimestre", "S1": unit (quarter/half), n */
  MK_WEEKNUM,  /* "la 3e semaine de 2027": n = week, -1 = last */
  MK_WEEKOF,   /* "la semaine du 16 septembre": the week holding y-m-d */
  MK_HOLIDAY,  /* "Noël 2016", "Pâques": n = holiday id, shift = days */
  MK_SEASON,   /* "l'été 2017", "cet hiver": n = 0..3 (SP SU FA WI) */
  MK_DECADE,   /* "les années 80": y = the decade's first year */
  MK_CENTURY,  /* "le XIXe siècle": n = the ordinal (19) */
  MK_NTH       /* "le premier lundi du mois prochain": n = rank (-1 last) of
                  unit (GR_DAY with wd = a weekday, GR_DAY, GR_WEEK,
                  GR_WEEKEND) in the month or year "of" */
} frex_mention_kind;

typedef struct frex_mention {
  size_t start, end;       /* span in the document */
  frex_mention_kind kind;
  int y, m, d;             /* as written; 0 = absent */
  int n;                   /* kind-specific number (see above) */
  int gov;                 /* index of the governed date, or -1 */
  int pair;                /* a range's or list's left bound: index of its
                              right bound when neither wrote a year, or -1
                              (their years are made to agree: date_link.c) */
  short shift;             /* holiday: days after it (veille = -1) */
  signed char wd;          /* ISO weekday 1..7 when written */
  unsigned char unit;      /* frex_grain: MK_RELUNIT, MK_OFFSET, MK_QUARTER,
                              MK_NTH */
  signed char dir;         /* -1 dernier/passé, +1 prochain, 0 none */
  signed char week;        /* weekday within "la semaine dernière": -1/0/+1 */
  signed char weeks_after; /* "mardi en huit" 1, "en quinze" 2 */
  signed char tense;       /* the clause: +1 future, -1 past, 0 unknown */
  unsigned char of;        /* frex_grain, MK_NTH: GR_MONTH or GR_YEAR */
  signed char of_n;        /* MK_NTH "du mois prochain": of_n from DCT */
  bool y2 : 1;             /* y was written with two digits */
  bool has_week : 1;       /* a week was written ("de la semaine ...") */
  bool ce : 1;             /* "ce/cette": the current week/month/year */
  bool night : 1;          /* MK_WEEKDAY: a night named by its two days */
  bool weak : 1;           /* kept only if a range or context confirms it */
  bool abbr_wd : 1;        /* an abbreviated weekday ("mer."), never alone */
  bool drop : 1;           /* merged into another mention, or rejected */
  bool ana : 1;            /* anaphoric: "la veille", "mardi suivant" */
  bool ana_only : 1;       /* ... with no DCT fallback: "ce jour-là" */
  bool want_gov : 1;       /* dropped unless a date follows: "au lendemain
                              de" + a date, "le week-end du 15 mars" */
  bool governed : 1;       /* the date governed by another mention */
  bool of_rel : 1;         /* MK_NTH: "du mois prochain", "de l'année" */
  bool year_ana : 1;       /* the year is that of a date of the text plus
                              year_n: "en mai de l'année suivante" */
  signed char year_n;      /* with year_ana: -1 précédente, 0 "cette
                              année-là", +1 suivante */
  signed char part;        /* a part of a year named from the DCT ("fin
                              de l'année", "en début d'année"): -1 début,
                              +1 fin, 0 none or the middle */
  signed char phase;       /* MK_SEASON subject of a verb of its course
                              (frex_date_season_subject): +1 the current
                              season else the coming one, -1 else the
                              last one */
} frex_mention;

/* What an anaphoric date is counted from: a resolved date (y may be 0 when
 * the text gave no year and there is no DCT).  EXACT says the anchor is
 * the anaphor's own date, written right after it ("le lendemain, samedi 4
 * mai"). */
typedef struct frex_anchor {
  int y, m, d, week; /* week: ISO week when g is GR_WEEK */
  frex_grain g;
  bool exact;
} frex_anchor;

#define FREX_DATE_VALUE_MAX 48

/* Write the TIMEX3 value of M into VALUE (FREX_DATE_VALUE_MAX bytes) and
 * return its grain (GR_NONE when the mention cannot be a date, e.g. 31
 * April, or an anaphor without anchor that must have one).  ANCHOR (may be
 * NULL) is used by anaphoric mentions only; FUTURE says to resolve forward
 * (--prefer future, or a future clause). */
frex_grain frex_date_resolve(const frex_mention *m, frex_dct dct, bool future,
                             const frex_anchor *anchor, char *value);

/* Read a value written by frex_date_resolve back into an anchor (fields
 * that are X stay 0); false when it holds nothing usable. */
/* The first and last days (frex_cal_to_days) of season V ("2025-SU");
 * false when V is no season with its year. */
bool frex_date_season_days(const char *v, long *lo, long *hi);
bool frex_date_anchor_of(const char *value, frex_grain g, frex_anchor *a);

/* "day", "week", ... */
const char *frex_date_grain_name(frex_grain g);

#endif
