/*
 * date_cal.h — proleptic Gregorian calendar arithmetic for the DATE
 * extractor: day numbers, weekdays, ISO 8601 weeks, month and day shifts,
 * quarters and the Easter computus.  Pure functions, no state.
 */
#ifndef FREX_DATE_CAL_H
#define FREX_DATE_CAL_H

#include <stdbool.h>

/* A calendar day; fields are 1-based (month 1..12, day 1..31). */
typedef struct frex_ymd {
  int y, m, d;
} frex_ymd;

bool frex_cal_leap(int y);
int frex_cal_days_in_month(int y, int m);
/* True when Y-M-D names a real day (29 February only in leap years). */
bool frex_cal_valid(int y, int m, int d);

/* Days since 1970-01-01 (negative before), and back. */
long frex_cal_to_days(frex_ymd t);
frex_ymd frex_cal_from_days(long days);

/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int frex_cal_weekday(frex_ymd t);
frex_ymd frex_cal_add_days(frex_ymd t, long n);
/* Add N months, clamping the day to the length of the target month
 * (31 January + 1 month = 28/29 February), as calendars do. */
frex_ymd frex_cal_add_months(frex_ymd t, int n);

/* ISO 8601 week of T: *WYEAR receives the week-based year, which differs
 * from t.y around 1 January (2021-01-03 is 2020-W53). */
int frex_cal_iso_week(frex_ymd t, int *wyear);
/* Number of ISO weeks in year Y: 52 or 53. */
int frex_cal_iso_weeks_in_year(int y);
/* The Monday of ISO week W of week-year Y. */
frex_ymd frex_cal_iso_week_monday(int y, int w);

/* Easter Sunday of year Y (Gregorian computus, anonymous algorithm). */
frex_ymd frex_cal_easter(int y);

#endif
