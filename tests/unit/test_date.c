/*
 * test_date.c — unit tests of the DATE extractor (issue 4): spans, TIMEX3
 * values and grains of absolute, relative and period expressions, with
 * and without a reference date (DCT), preferring past or future; phrases
 * that are not dates; calendar arithmetic; pathological inputs that must
 * finish fast.  Documents are built by hand (no tokens needed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../src/date.h"
#include "../../src/date_cal.h"
#include "harness.h"

static frex_date *D;

/* Every DATE of TEXT as "span=value/grain" joined by " | ". */
static const char *run(const char *text, const char *dct, bool future) {
  static char out[2048];
  frex_entities *e = NULL;
  frex_doc doc;
  memset(&doc, 0, sizeof doc);
  doc.text = text;
  doc.len = strlen(text);
  if (dct && !frex_dct_parse(dct, &doc.dct))
    return "bad dct";
  doc.prefer_future = future;
  out[0] = 0;
  if (frex_entities_new(&e) || frex_date_extract(D, &doc, e)) {
    frex_entities_free(e);
    return "error";
  }
  frex_entities_sort(e);
  for (size_t i = 0; i < frex_entities_count(e); i++) {
    const frex_entity *x = frex_entities_get(e, i);
    size_t k = strlen(out);
    snprintf(out + k, sizeof out - k, "%s%.*s=%s/%s", i ? " | " : "",
             (int)(x->end - x->start), text + x->start, x->value, x->unit);
  }
  frex_entities_free(e);
  return out;
}

#define PAST(text, dct, want) CHECK_EQ_STR(want, run(text, dct, false), text)
#define FUT(text, dct, want) CHECK_EQ_STR(want, run(text, dct, true), text)
#define NONE(text) CHECK_EQ_STR("", run(text, NULL, false), "not a date: " text)

static void absolute(void) {
  PAST("Il est venu le 21 juillet 2021.", NULL, "21 juillet 2021=2021-07-21/day");
  PAST("le 1er mai 2020", NULL, "1er mai 2020=2020-05-01/day");
  PAST("le Ier mai 2020", NULL, "Ier mai 2020=2020-05-01/day");
  PAST("requête du 4 mai.", NULL, "4 mai=XXXX-05-04/day");
  PAST("En novembre 2020 la CIA", NULL, "novembre 2020=2020-11/month");
  PAST("créée en 2013.", NULL, "2013=2013/year");
  PAST("21/07/2021, 21.07.2021 et 2021-07-21", NULL,
       "21/07/2021=2021-07-21/day | 21.07.2021=2021-07-21/day | "
       "2021-07-21=2021-07-21/day");
  PAST("en 2021-07", NULL, "2021-07=2021-07/month");
  PAST("juillet-août 2021", NULL,
       "juillet=2021-07/month | août 2021=2021-08/month");
  PAST("mardi 12 février 2013", NULL,
       "mardi 12 février 2013=2013-02-12/day");
  PAST("le 3 janv. 2020, le 4 févr. 2019, le 5 sept. 2018", NULL,
       "3 janv. 2020=2020-01-03/day | 4 févr. 2019=2019-02-04/day | "
       "5 sept. 2018=2018-09-05/day");
  PAST("LUNDI 14 JUIN", NULL, "LUNDI 14 JUIN=XXXX-06-14/day");
  PAST("le 15 Fevrier 2016", NULL, "15 Fevrier 2016=2016-02-15/day");
  PAST("mer. 10 juin 2020", NULL, "mer. 10 juin 2020=2020-06-10/day");
  PAST("Je suis né le 23 novembre de 1987", NULL,
       "23 novembre de 1987=1987-11-23/day");
  PAST("le 4e jour de juillet 1995", NULL,
       "4e jour de juillet 1995=1995-07-04/day");
  PAST("Oct. 2 et Jan-1", NULL, "Oct. 2=XXXX-10-02/day | Jan-1=XXXX-01-01/day");
  PAST("le 02/22/2016", NULL, "02/22/2016=2016-02-22/day"); /* month first */
  PAST("le 05/05/71 et le 3-7-27", NULL,
       "05/05/71=1971-05-05/day | 3-7-27=2027-07-03/day");
  PAST("Sep-23-2020 ou 2020/Sep/23", NULL,
       "Sep-23-2020=2020-09-23/day | 2020/Sep/23=2020-09-23/day");
  PAST("en 3/2015 ou 2016 / 11", NULL,
       "3/2015=2015-03/month | 2016 / 11=2016-11/month");
  PAST("Je retournerai 02 04 2009.", NULL, "02 04 2009=2009-04-02/day");
  PAST("en août 99", NULL, "août 99=1999-08/month");
  PAST("le 1er avril 78", NULL, "1er avril 78=1978-04-01/day");
  PAST("le quatre octobre 2001", NULL, "quatre octobre 2001=2001-10-04/day");
  PAST("Mai vingt et un", NULL, "Mai vingt et un=XXXX-05-21/day");
  PAST("le 31 avril", NULL, ""); /* no such day */
  PAST("le 29/2/2021", NULL, "");
  PAST("le 29/2/2020", NULL, "29/2/2020=2020-02-29/day");
}

static void periods(void) {
  PAST("au deuxième trimestre 2020", NULL,
       "deuxième trimestre 2020=2020-Q2/quarter");
  PAST("T2 2020, 2016 Q3, trimestre1", NULL,
       "T2 2020=2020-Q2/quarter | 2016 Q3=2016-Q3/quarter | "
       "trimestre1=XXXX-Q1/quarter");
  PAST("le 3e trimestre", NULL, "3e trimestre=XXXX-Q3/quarter");
  PAST("le 3e trimestre", "2021-07", "3e trimestre=2021-Q3/quarter");
  PAST("le 4e trimestre", "2021-07", "4e trimestre=2020-Q4/quarter");
  PAST("le 1er trimestre 2013", NULL, "1er trimestre 2013=2013-Q1/quarter");
  PAST("la semaine du 16 septembre", NULL,
       "la semaine du 16 septembre=XXXX-WXX/week");
  PAST("la semaine du 16 septembre", "2021-10-01",
       "la semaine du 16 septembre=2021-W37/week");
  PAST("la troisième semaine de 2027", NULL,
       "troisième semaine de 2027=2027-W03/week");
  PAST("la dernière semaine de 2015", NULL,
       "dernière semaine de 2015=2015-W53/week");
  PAST("mi-2021, fin 2020, début mars", NULL,
       "mi-2021=2021/year | fin 2020=2020/year | début mars=XXXX-03/month");
  PAST("début mars", "2021-10", "début mars=2021-03/month");
  PAST("à la fin de 2000 et au milieu de 1989", NULL,
       "fin de 2000=2000/year | milieu de 1989=1989/year");
  PAST("à la mi-novembre", NULL, "mi-novembre=XXXX-11/month");
  PAST("d'ici la fin de l'année", "2021-07", "fin de l'année=2021/year");
  PAST("fin de l'année dernière", "2021-07",
       "fin de l'année dernière=2020/year");
  PAST("à la fin du mois", "2021-07-14", "fin du mois=2021-07/month");
  PAST("au début de la semaine prochaine", "2021-07-14",
       "début de la semaine prochaine=2021-W29/week");
}

static void relative_with_dct(void) {
  const char *dct = "2021-07-14"; /* a Wednesday */
  PAST("hier, aujourd'hui, demain, avant-hier, après-demain", dct,
       "hier=2021-07-13/day | aujourd'hui=2021-07-14/day | "
       "demain=2021-07-15/day | avant-hier=2021-07-12/day | "
       "après-demain=2021-07-16/day");
  PAST("aujourd’hui", dct, "aujourd’hui=2021-07-14/day");
  PAST("jeudi", dct, "jeudi=2021-07-08/day");
  PAST("mercredi", dct, "mercredi=2021-07-14/day"); /* the DCT itself */
  FUT("jeudi", dct, "jeudi=2021-07-15/day");
  PAST("vendredi dernier", dct, "vendredi dernier=2021-07-09/day");
  PAST("lundi prochain", dct, "lundi prochain=2021-07-19/day");
  PAST("ce vendredi", dct, "vendredi=2021-07-16/day"); /* SPEC: det out */
  PAST("mardi de la semaine prochaine", dct,
       "mardi de la semaine prochaine=2021-07-20/day");
  PAST("le 25 octobre dernier", dct, "25 octobre dernier=2020-10-25/day");
  PAST("en mai", dct, "mai=2021-05/month");
  PAST("en septembre", dct, "septembre=2020-09/month");
  FUT("en septembre", dct, "septembre=2021-09/month");
  PAST("en juillet", dct, "juillet=2021-07/month");
  PAST("mai dernier", dct, "mai dernier=2021-05/month");
  PAST("juillet dernier", dct, "juillet dernier=2020-07/month");
  PAST("mai prochain", dct, "mai prochain=2022-05/month");
  PAST("le 4 mai", dct, "4 mai=2021-05-04/day");
  PAST("le 20 juillet", dct, "20 juillet=2020-07-20/day");
  FUT("le 20 juillet", dct, "20 juillet=2021-07-20/day");
  PAST("le 15", dct, "15=2021-06-15/day");
  PAST("le 14", dct, "14=2021-07-14/day");
  PAST("la semaine dernière", dct, "la semaine dernière=2021-W27/week");
  PAST("cette semaine", dct, "cette semaine=2021-W28/week");
  PAST("le mois prochain", dct, "le mois prochain=2021-08/month");
  PAST("l'an dernier", dct, "l'an dernier=2020/year");
  PAST("l'année prochaine", dct, "l'année prochaine=2022/year");
  PAST("cette année", dct, "cette année=2021/year");
  PAST("Rendez-vous semaine prochaine", dct,
       "semaine prochaine=2021-W29/week");
  PAST("toute l'année", dct, "");
  PAST("cette année-là", dct, "");
  PAST("il y a deux semaines", dct, "il y a deux semaines=2021-06-30/day");
  PAST("dans trois jours", dct, "dans trois jours=2021-07-17/day");
  PAST("il y a 2 ans", dct, "il y a 2 ans=2019-07-14/day");
  PAST("dans 3 mois", "2020-06-30", "dans 3 mois=2020-09-30/day");
  PAST("cette Septembre", dct, "Septembre=2021-09/month");
  PAST("du 4 au 22 de ce mois", dct,
       "4=2021-07-04/day | 22 de ce mois=2021-07-22/day");
  PAST("le 25 mardi", "2018-09-28", "25 mardi=2018-09-25/day");
  PAST("lun. 18 février", "2013-02-12", "lun. 18 février=2013-02-18/day");
  PAST("dans une semaine", dct, "dans une semaine=2021-07-21/day");
}

/* SPEC: a relative date finer than the DCT's grain keeps the DCT's. */
static void coarse_dct(void) {
  PAST("la semaine dernière", "2021-07", "la semaine dernière=2021-07/month");
  PAST("cette semaine", "2021-10", "cette semaine=2021-10/month");
  PAST("jeudi", "2021-07", "jeudi=2021-07/month");
  PAST("hier", "2021-07", "hier=2021-07/month");
  PAST("le mois dernier", "2021-07", "le mois dernier=2021-06/month");
  PAST("le mois dernier", "2021", "le mois dernier=2021/year");
  PAST("l'an dernier", "2021", "l'an dernier=2020/year");
  PAST("en février", "2021-10", "février=2021-02/month");
  PAST("mai dernier", "2021-05", "mai dernier=2020-05/month");
  PAST("en mai", "2021-05", "mai=2021-05/month");
  PAST("il y a deux mois", "2021-07", "il y a deux mois=2021-05/month");
  PAST("le 4 mai", "2021", "4 mai=2021-05-04/day");
}

static void relative_without_dct(void) {
  PAST("a relevé jeudi le journal", NULL, "jeudi=XXXX-WXX-4/day");
  PAST("le 25 octobre dernier", NULL, "25 octobre dernier=XXXX-10-25/day");
  PAST("hier", NULL, "hier=XXXX-XX-XX/day");
  PAST("la semaine dernière", NULL, "la semaine dernière=XXXX-WXX/week");
  PAST("le mois prochain", NULL, "le mois prochain=XXXX-XX/month");
  PAST("l'an dernier", NULL, "l'an dernier=XXXX/year");
  PAST("il y a deux semaines", NULL, "il y a deux semaines=XXXX-XX-XX/day");
  PAST("pour le 27.", NULL, "27=XXXX-XX-27/day");
  PAST("pour le vingt-sept", NULL, "vingt-sept=XXXX-XX-27/day");
  PAST("le dimanche 31 !", NULL, "dimanche 31=XXXX-XX-31/day");
}

static void holidays(void) {
  PAST("Noël 2016", NULL, "Noël 2016=2016-12-25/day");
  PAST("le 14 juillet", NULL, "14 juillet=XXXX-07-14/day");
  PAST("le 1er janvier", NULL, "1er janvier=XXXX-01-01/day");
  PAST("à la Toussaint", NULL, "Toussaint=XXXX-11-01/day");
  PAST("la veille de Noël", NULL, "veille de Noël=XXXX-12-24/day");
  PAST("le jour de l'an", NULL, "jour de l'an=XXXX-01-01/day");
  PAST("la Saint-Sylvestre", NULL, "Saint-Sylvestre=XXXX-12-31/day");
  PAST("Pâques 2018, Pâques en 2019", NULL,
       "Pâques 2018=2018-04-01/day | Pâques en 2019=2019-04-21/day");
  PAST("lundi de Pâques 2017", NULL, "lundi de Pâques 2017=2017-04-17/day");
  PAST("à Noël", "2021-07-14", "Noël=2020-12-25/day");
  FUT("à Noël", "2021-07-14", "Noël=2021-12-25/day");
  PAST("réveillon du nouvel an", "2021-07-14",
       "réveillon du nouvel an=2020-12-31/day");
  PAST("vendredi noir 2010", NULL, "vendredi noir 2010=2010-11-26/day");
  NONE("le Père Noël et le marché de Noël");
  NONE("tous les saints");
}

static void ranges(void) {
  PAST("du 5 au 7 mai 2021", NULL,
       "5=2021-05-05/day | 7 mai 2021=2021-05-07/day");
  PAST("entre 2019 et 2021", NULL, "2019=2019/year | 2021=2021/year");
  PAST("entre le 3 et le 12 septembre", NULL,
       "3=XXXX-09-03/day | 12 septembre=XXXX-09-12/day");
  PAST("du 18 novembre au 19 décembre 2015", NULL,
       "18 novembre=2015-11-18/day | 19 décembre 2015=2015-12-19/day");
  PAST("de novembre à février 2017", NULL,
       "novembre=2016-11/month | février 2017=2017-02/month");
  PAST("du 28 au 3 mars 2020", NULL,
       "28=2020-02-28/day | 3 mars 2020=2020-03-03/day");
  PAST("Novembre 19 au 20", NULL,
       "Novembre 19=XXXX-11-19/day | 20=XXXX-11-20/day");
  PAST("19-20 Novembre", NULL, "19=XXXX-11-19/day | 20 Novembre=XXXX-11-20/day");
  PAST("les 3, 4 et 5 mai", NULL,
       "3=XXXX-05-03/day | 4=XXXX-05-04/day | 5 mai=XXXX-05-05/day");
  PAST("10/1-11/2/2017", NULL, "10/1=2017-01-10/day | 11/2/2017=2017-02-11/day");
  PAST("de 2010-2020", NULL, "2010=2010/year | 2020=2020/year");
}

static void spans(void) {
  /* leading prepositions and determiners stay out; modifiers stay in */
  PAST("depuis 2013", NULL, "2013=2013/year");
  PAST("d'ici le 29 octobre 2021", NULL, "29 octobre 2021=2021-10-29/day");
  PAST("du 4 mai", NULL, "4 mai=XXXX-05-04/day");
  PAST("En mai dernier, Orange", NULL, "mai dernier=XXXX-05/month");
  PAST("aurait été signé cette semaine, croit", NULL,
       "cette semaine=XXXX-WXX/week");
}

static void not_dates(void) {
  NONE("Un contrat de 10 milliards de dollars sur 10 ans.");
  NONE("pendant deux semaines, deux semaines après, quelques mois");
  NONE("en quelques minutes, plutôt qu'en quelques semaines");
  NONE("2048 octets, 10 000 habitants, 2000 dollars, 1999 personnes");
  NONE("voir page 2013 et l'article 1984");
  NONE("la planète Mars est rouge");
  NONE("Mai Nguyen a parlé à Avril Lavigne");
  NONE("rendez-vous à 14h30 ou à 14:30");
  NONE("4,5 M avis, 4.3 / 5, 3/4 des votants");
  NONE("le score est de 3-1");
  NONE("COVID-19 et F-35");
  NONE("le lendemain de l'élection");
  NONE("sept personnes et oct");
  NONE("il y a des gens");
  NONE("tél. 01 23 45 67 89");
  NONE("version 3.10.12");
  NONE("le Salon de Mai et la place de Mai");
  NONE("directeur du journal Aujourd'hui");
  NONE("décision DC n° 2010-626, n = 2078");
  PAST("Le rover Mars et en mars", NULL, "mars=XXXX-03/month");
  PAST("Mars 2020", NULL, "Mars 2020=2020-03/month"); /* SPEC: a date */
}

static void metadata_body(void) {
  /* text before doc->body (the metadata line) is not a mention */
  const char *text = " date 2021-07 Le 4 mai";
  frex_doc doc;
  memset(&doc, 0, sizeof doc);
  doc.text = text;
  doc.len = strlen(text);
  size_t skip = 0;
  CHECK(frex_dct_from_metadata(text, doc.len, &doc.dct, &skip), "metadata");
  doc.body = skip;
  frex_entities *e = NULL;
  frex_entities_new(&e);
  CHECK_EQ_INT(FREX_OK, frex_date_extract(D, &doc, e), "extract rc");
  CHECK_EQ_INT(1, frex_entities_count(e), "only the date in the body");
  if (frex_entities_count(e) == 1)
    CHECK_EQ_STR("2021-05-04", frex_entities_get(e, 0)->value, "body date");
  frex_entities_free(e);
}

static void calendar(void) {
  frex_ymd t = {2021, 1, 3};
  int wy = 0;
  CHECK_EQ_INT(53, frex_cal_iso_week(t, &wy), "2021-01-03 is W53");
  CHECK_EQ_INT(2020, wy, "... of 2020");
  CHECK_EQ_INT(7, frex_cal_weekday(t), "a Sunday");
  CHECK_EQ_INT(53, frex_cal_iso_weeks_in_year(2015), "2015 has 53 weeks");
  CHECK_EQ_INT(52, frex_cal_iso_weeks_in_year(2016), "2016 has 52 weeks");
  frex_ymd e = frex_cal_easter(2019);
  CHECK(e.m == 4 && e.d == 21, "Easter 2019 is 21 April");
  e = frex_cal_easter(2000);
  CHECK(e.m == 4 && e.d == 23, "Easter 2000 is 23 April");
  frex_ymd j31 = {2021, 1, 31};
  frex_ymd f = frex_cal_add_months(j31, 1);
  CHECK(f.m == 2 && f.d == 28, "31 January + 1 month = 28 February");
  frex_ymd a = frex_cal_add_days((frex_ymd){2020, 12, 31}, 1);
  CHECK(a.y == 2021 && a.m == 1 && a.d == 1, "31 Dec + 1 day");
  CHECK_EQ_INT(0, frex_cal_to_days((frex_ymd){1970, 1, 1}), "epoch");
  frex_ymd back = frex_cal_from_days(frex_cal_to_days((frex_ymd){1600, 2, 29}));
  CHECK(back.y == 1600 && back.m == 2 && back.d == 29, "round trip");
}

/* Each must scan in linear time (PCRE2 limits, no backtracking blow-up):
 * 2 MB of a unit may take about 4 times 512 KB, not 16.  A ratio, not a
 * deadline, so that a slow or sanitized build (ASan: 5x) does not fail;
 * speed itself is measured by `make bench`. */
static double date_seconds(const char *u, size_t n) {
  size_t ul = strlen(u);
  char *buf = malloc(n);
  if (!buf)
    return -1;
  for (size_t i = 0; i < n; i++)
    buf[i] = u[i % ul];
  n -= n % ul;
  frex_doc doc;
  memset(&doc, 0, sizeof doc);
  doc.text = buf;
  doc.len = n;
  frex_entities *e = NULL;
  frex_entities_new(&e);
  clock_t t0 = clock();
  int rc = frex_date_extract(D, &doc, e);
  double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
  frex_entities_free(e);
  free(buf);
  return rc == FREX_OK ? s : -1;
}

static void pathological(void) {
  static const char *const unit[] = {"a", "9", "mai ", "1 ", "mai-", "12/",
                                     "du 1 au ", ("\xc2\xa0" "1")};
  for (size_t u = 0; u < sizeof unit / sizeof *unit; u++) {
    double small = date_seconds(unit[u], 512u << 10);
    double big = date_seconds(unit[u], 2u << 20);
    char name[96];
    snprintf(name, sizeof name, "'%s': 512 KB in %.2f s, 2 MB in %.2f s",
             unit[u], small, big);
    CHECK(small >= 0 && big >= 0 && big < 10 * small + 0.25, name);
  }
}


/* ------------------------------------------------------ tests/date/cases */

/* The days [*LO, *HI] a TIMEX3 value covers; false for X values. */
static bool value_days(const char *v, long *lo, long *hi) {
  int y, m, d, w;
  char c;
  frex_ymd a, b;
  if (strchr(v, 'X'))
    return false;
  if (sscanf(v, "%4d-%2d-%2d", &y, &m, &d) == 3) {
    a = b = (frex_ymd){y, m, d};
  } else if (sscanf(v, "%4d-W%2d", &y, &w) == 2) {
    a = frex_cal_iso_week_monday(y, w);
    b = frex_cal_add_days(a, 6);
    if (strstr(v, "-WE"))
      a = frex_cal_add_days(a, 5);
  } else if (sscanf(v, "%4d-Q%1d", &y, &w) == 2) {
    a = (frex_ymd){y, 3 * w - 2, 1};
    b = (frex_ymd){y, 3 * w, frex_cal_days_in_month(y, 3 * w)};
  } else if (sscanf(v, "%4d-H%1d", &y, &w) == 2) {
    a = (frex_ymd){y, 6 * w - 5, 1};
    b = (frex_ymd){y, 6 * w, 30 + (w == 2)};
  } else if (sscanf(v, "%4d-%c", &y, &c) == 2 && c >= 'A' && c <= 'Z') {
    static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
    static const int start[] = {3, 6, 9, 12};
    int k = 0;
    while (k < 4 && strcmp(v + 5, seasons[k]) != 0)
      k++;
    if (k == 4)
      return false;
    a = (frex_ymd){y, start[k], 21};
    b = frex_cal_add_days(frex_cal_add_months(a, 3), -2);
  } else if (sscanf(v, "%4d-%2d", &y, &m) == 2 && strlen(v) == 7) {
    a = (frex_ymd){y, m, 1};
    b = (frex_ymd){y, m, frex_cal_days_in_month(y, m)};
  } else if (strlen(v) == 4 && sscanf(v, "%4d", &y) == 1) {
    a = (frex_ymd){y, 1, 1};
    b = (frex_ymd){y, 12, 31};
  } else if (strlen(v) == 3 && sscanf(v, "%3d", &y) == 1) { /* decade */
    a = (frex_ymd){y * 10, 1, 1};
    b = (frex_ymd){y * 10 + 9, 12, 31};
  } else if (strlen(v) == 2 && sscanf(v, "%2d", &y) == 1) { /* century */
    a = (frex_ymd){y * 100, 1, 1};
    b = (frex_ymd){y * 100 + 99, 12, 31};
  } else {
    return false;
  }
  *lo = frex_cal_to_days(a);
  *hi = frex_cal_to_days(b);
  return true;
}

/* Per family: a case without a date, a date before the DCT, one after. */
typedef struct {
  char name[24];
  bool neg, past, future;
} family_cover;

static void cover(family_cover *f, int *nf, const char *fam, const char *dct,
                  const char *value) {
  int k = 0;
  while (k < *nf && strcmp(f[k].name, fam) != 0)
    k++;
  if (k == *nf) {
    if (*nf == 32)
      return;
    memset(&f[k], 0, sizeof f[k]);
    snprintf(f[k].name, sizeof f[k].name, "%s", fam);
    (*nf)++;
  }
  long vlo, vhi, dlo, dhi;
  if (!value) {
    f[k].neg = true;
  } else if (strcmp(dct, "-") != 0 && value_days(value, &vlo, &vhi) &&
             value_days(dct, &dlo, &dhi)) {
    f[k].past |= vhi < dlo;
    f[k].future |= vlo > dhi;
  }
}

/* Split LINE at tabs into at most N fields; returns their number. */
static int fields(char *line, char **f, int n) {
  int k = 0;
  f[k++] = line;
  for (char *p = line; *p && k < n; p++)
    if (*p == '\t') {
      *p = 0;
      f[k++] = p + 1;
    }
  return k;
}

/* "\n" in a case's text is a line break. */
static void unescape(char *s) {
  char *o = s;
  for (; *s; s++) {
    if (s[0] == '\\' && s[1] == 'n') {
      *o++ = '\n';
      s++;
    } else {
      *o++ = *s;
    }
  }
  *o = 0;
}

static void check_group(const char *fam, const char *text, const char *dct,
                        const char *prefer, const char *want) {
  char name[320], shown[256];
  size_t k = 0;
  for (const char *p = text; *p && k + 3 < sizeof shown; p++) {
    if (*p == '\n') { /* the TAP line shows the line break as \n */
      shown[k++] = '\\';
      shown[k++] = 'n';
    } else {
      shown[k++] = *p;
    }
  }
  shown[k] = 0;
  snprintf(name, sizeof name, "%s: %s [%s, %s]", fam, shown, dct, prefer);
  CHECK_EQ_STR(want, run(text, strcmp(dct, "-") ? dct : NULL,
                         strcmp(prefer, "future") == 0),
               name);
}

/* A case file (tests/date/cases.tsv, tests/date/news.tsv): each group of
 * rows with the same family, text, DCT and preference gives the DATEs of
 * that text, in order; the file holds at least MIN cases, and each family
 * a negative case, a date before the DCT and one after. */
static void table_cases(const char *path, int min) {
  char what[160];
  FILE *f = fopen(path, "r");
  snprintf(what, sizeof what, "open %s (run from the repository)", path);
  CHECK(f != NULL, what);
  if (!f)
    return;
  char line[1024], key[1024] = "", want[2048] = "";
  char fam[32] = "", text[512] = "", dct[16] = "", prefer[16] = "";
  family_cover fc[32];
  int nf = 0, ncases = 0;
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    if (line[0] == '#' || line[0] == 0)
      continue;
    char *c[7];
    if (fields(line, c, 7) != 7) {
      snprintf(what, sizeof what, "a row of %s has 7 columns", path);
      CHECK(false, what);
      continue;
    }
    char k[1024];
    if (strlen(c[1]) >= sizeof text) {
      snprintf(what, sizeof what, "a text of %s is too long", path);
      CHECK(false, what);
      continue;
    }
    snprintf(k, sizeof k, "%.31s\t%.511s\t%.15s\t%.15s", c[0], c[1], c[2],
             c[3]);
    if (strcmp(k, key) != 0) {
      if (key[0])
        check_group(fam, text, dct, prefer, want);
      snprintf(key, sizeof key, "%s", k);
      snprintf(fam, sizeof fam, "%s", c[0]);
      snprintf(text, sizeof text, "%s", c[1]);
      unescape(text);
      snprintf(dct, sizeof dct, "%s", c[2]);
      snprintf(prefer, sizeof prefer, "%s", c[3]);
      want[0] = 0;
      ncases++;
    }
    bool none = strcmp(c[4], "-") == 0;
    cover(fc, &nf, c[0], c[2], none ? NULL : c[5]);
    if (!none) {
      char span[512]; /* a span across a line break: "12\nau soir" */
      snprintf(span, sizeof span, "%s", c[4]);
      unescape(span);
      size_t n = strlen(want);
      snprintf(want + n, sizeof want - n, "%s%s=%s/%s", n ? " | " : "", span,
               c[5], c[6]);
    }
  }
  if (key[0])
    check_group(fam, text, dct, prefer, want);
  fclose(f);
  snprintf(what, sizeof what, "%s has its cases (%d, at least %d)", path,
           ncases, min);
  CHECK(ncases >= min, what);
  for (int k = 0; k < nf; k++) {
    char name[128];
    snprintf(name, sizeof name, "family %.23s: a negative case, a date "
             "before and one after the DCT", fc[k].name);
    CHECK(fc[k].neg && fc[k].past && fc[k].future, name);
  }
}

int main(void) {
  char err[256] = "";
  int rc = frex_date_new(&D, err, sizeof err);
  CHECK_EQ_INT(FREX_OK, rc, "frex_date_new");
  if (rc) {
    printf("# %s\n", err);
    return harness_done();
  }
  absolute();
  periods();
  relative_with_dct();
  coarse_dct();
  relative_without_dct();
  holidays();
  ranges();
  spans();
  not_dates();
  metadata_body();
  table_cases("tests/date/cases.tsv", 200);
  table_cases("tests/date/news.tsv", 150);
  table_cases("tests/date/news2.tsv", 60);
  table_cases("tests/date/news3.tsv", 60);
  table_cases("tests/date/news4.tsv", 40);
  table_cases("tests/date/news5.tsv", 20);
  table_cases("tests/date/news6.tsv", 40);
  table_cases("tests/date/news7.tsv", 40);
  table_cases("tests/date/news8.tsv", 60);
  table_cases("tests/date/news9.tsv", 20);
  table_cases("tests/date/news10.tsv", 60);
  table_cases("tests/date/news11.tsv", 20);
  table_cases("tests/date/news12.tsv", 40);
  table_cases("tests/date/news13.tsv", 10);
  table_cases("tests/date/news14.tsv", 60);
  table_cases("tests/date/news15.tsv", 10);
  table_cases("tests/date/news16.tsv", 100);
  table_cases("tests/date/news17.tsv", 10);
  table_cases("tests/date/news18.tsv", 60);
  table_cases("tests/date/news19.tsv", 20);
  table_cases("tests/date/news19b.tsv", 20);
  table_cases("tests/date/news20.tsv", 10);
  table_cases("tests/date/news21.tsv", 10);
  table_cases("tests/date/news22.tsv", 10);
  table_cases("tests/date/news_yearnum.tsv", 10);
  calendar();
  pathological();
  frex_date_free(D);
  frex_date_free(NULL);
  return harness_done();
}
