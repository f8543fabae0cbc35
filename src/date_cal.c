/*
 * date_cal.c — Gregorian calendar arithmetic (see date_cal.h).  Day numbers
 * use Howard Hinnant's days-from-civil formulation, which is exact for every
 * year of the proleptic Gregorian calendar; ISO weeks follow ISO 8601
 * (week 1 holds the year's first Thursday).
 */
#include "date_cal.h"

bool frex_cal_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int frex_cal_days_in_month(int y, int m) {
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  return m == 2 && frex_cal_leap(y) ? 29 : len[m - 1];
}

bool frex_cal_valid(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= frex_cal_days_in_month(y, m);
}

long frex_cal_to_days(frex_ymd t) {
  /* Shift the year so it starts in March: the leap day is then the last
   * day of the "year" and month lengths follow a regular pattern. */
  long y = t.y - (t.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (t.m + (t.m > 2 ? -3 : 9)) + 2) / 5 + t.d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

frex_ymd frex_cal_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  frex_ymd t;
  t.d = (int)(doy - (153 * mp + 2) / 5 + 1);
  t.m = (int)(mp < 10 ? mp + 3 : mp - 9);
  t.y = (int)(yoe + era * 400 + (t.m <= 2));
  return t;
}

int frex_cal_weekday(frex_ymd t) {
  long z = frex_cal_to_days(t); /* 1970-01-01 was a Thursday (4) */
  long w = (z + 3) % 7;
  if (w < 0)
    w += 7;
  return (int)w + 1;
}

frex_ymd frex_cal_add_days(frex_ymd t, long n) {
  return frex_cal_from_days(frex_cal_to_days(t) + n);
}

frex_ymd frex_cal_add_months(frex_ymd t, int n) {
  long k = (long)t.y * 12 + (t.m - 1) + n;
  long y = k >= 0 ? k / 12 : (k - 11) / 12;
  frex_ymd r = {(int)y, (int)(k - y * 12) + 1, t.d};
  int len = frex_cal_days_in_month(r.y, r.m);
  if (r.d > len)
    r.d = len;
  return r;
}

int frex_cal_iso_week(frex_ymd t, int *wyear) {
  /* The week belongs to the year of its Thursday. */
  frex_ymd thu = frex_cal_add_days(t, 4 - frex_cal_weekday(t));
  frex_ymd jan1 = {thu.y, 1, 1};
  long doy = frex_cal_to_days(thu) - frex_cal_to_days(jan1);
  if (wyear)
    *wyear = thu.y;
  return (int)(doy / 7) + 1;
}

int frex_cal_iso_weeks_in_year(int y) {
  frex_ymd dec28 = {y, 12, 28}; /* always in the last ISO week */
  return frex_cal_iso_week(dec28, 0);
}

frex_ymd frex_cal_iso_week_monday(int y, int w) {
  frex_ymd jan4 = {y, 1, 4}; /* always in week 1 */
  frex_ymd mon1 = frex_cal_add_days(jan4, 1 - frex_cal_weekday(jan4));
  return frex_cal_add_days(mon1, 7L * (w - 1));
}

frex_ymd frex_cal_easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  frex_ymd r = {y, month, day};
  return r;
}
