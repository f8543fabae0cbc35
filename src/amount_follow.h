/*
 * amount_follow.h — what the words around a bare number say about it, for
 * the numbers that continue an amount without a currency of their own
 * (amount.c's continuation pass; README "AMOUNT decisions where SPEC is
 * silent"): a time phrase after it ("600 000 cette année", "contre 2,9 un
 * an plus tôt"), a verb of change before it ("majorée à 375", "pourrait
 * atteindre 1,30"), and whether anything is counted after it ("passe à
 * 375 salariés" is no amount).
 */
#ifndef FREX_AMOUNT_FOLLOW_H
#define FREX_AMOUNT_FOLLOW_H

#include <stdbool.h>
#include <stddef.h>

/* The word at T[I..): ASCII letters and two-byte Latin letters (C3 xx),
 * lowercased into W (NUL-terminated); returns its end.  *OK is 1, or 0
 * when another non-ASCII letter follows (ł, œ), or -1 when the word is
 * too long for W.  (Inline: the prefilter of amount.c calls it per
 * number.) */
static inline size_t frex_amount_word_lower(const char *t, size_t end,
                                            size_t i, char *w, size_t wsize,
                                            int *ok) {
  const unsigned char *u = (const unsigned char *)t;
  size_t n = 0, k = i;
  *ok = 1;
  while (k < end) {
    if ((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') {
      if (n + 1 >= wsize)
        break;
      w[n++] = (char)(u[k++] | 0x20);
    } else if (u[k] == 0xC3 && k + 1 < end && u[k + 1] >= 0x80 &&
               u[k + 1] <= 0xBF && u[k + 1] != 0x97 && u[k + 1] != 0xB7) {
      if (n + 2 >= wsize)
        break;
      w[n++] = (char)0xC3;
      w[n++] = (char)(u[k + 1] <= 0x9E ? u[k + 1] | 0x20 : u[k + 1]);
      k += 2;
    } else {
      break;
    }
  }
  w[n] = '\0';
  if (k < end && u[k] >= 0x80 && !(u[k] == 0xC2 || u[k] == 0xE2))
    *ok = 0; /* ł, œ ...: a letter this reader does not fold */
  if (k < end && (((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') ||
                  u[k] == 0xC3))
    *ok = -1; /* longer than W */
  return k;
}

/* Does a time phrase start after the blanks at K (T has LEN bytes): "en
 * 2024", "en mai", "cette année", "l'an dernier", "l'année précédente",
 * "un an plus tôt", "il y a", "d'ici", "au 1er janvier", "le 15 mars",
 * "au premier trimestre", "fin 2024", "auparavant"...?  Its end, or 0. */
size_t frex_amount_time_at(const char *t, size_t len, size_t k);

/* Is the text at Q, right after a bare number, free of anything the
 * number could count: the end of the phrase (. , ; : ) ! ? or a line
 * end), a time phrase, or a word that cannot be a noun it counts ("pour",
 * "par", "contre", "hors", "HT", "brut"...)?  "passe à 375 salariés", "à
 * 18 h", "3-1", "12 %" are not. */
bool frex_amount_free_tail(const char *t, size_t len, size_t q);

/* Is the lowercase word W a form of a verb of change ("passé", "tombe",
 * "ramenée", "réduit", "atteint")? */
bool frex_amount_change_word(const char *w);

/* Past the blanks at K, not beyond END (the forward twin of
 * frex_amount_blanks_before). */
size_t frex_amount_blanks_after(const char *t, size_t k, size_t end);

/* K, less the blanks before it (space, tab, NBSP, NNBSP; not before
 * LO). */
size_t frex_amount_blanks_before(const char *t, size_t lo, size_t k);

/* The word before P (blanks and an elision's apostrophe skipped, not
 * before LO: "d'" gives "d"), lowercased into W; its start, or P if none. */
size_t frex_amount_word_before(const char *t, size_t lo, size_t p, char *w,
                               size_t wsize);

/* May the text at Q, right after a part of an amount ("dont 1 900 en
 * assurance-vie"), be a preposition and its complement: en, dans, pour,
 * au, aux, sur, chez? */
bool frex_amount_prep_tail(const char *t, size_t len, size_t q);

/* Is W (lowercase) a word of a rate or a gross/net mark that may stand
 * between the lower bound of a range and its "à": "brut", "HT", "par
 * mois", "le mètre carré", "l'heure"? */
bool frex_amount_rate_word(const char *w);

/* What stands right before the bare number at P (not before LO). */
typedef enum frex_lead {
  FREX_LEAD_NONE,
  FREX_LEAD_CHANGE, /* a verb of change: "majorée à", "passe à", "porté
                       jusqu'à", "pourrait atteindre" */
  FREX_LEAD_A,      /* "à" alone: the upper bound of "de 25 euros à 30" */
  FREX_LEAD_ET      /* "et": the upper bound of "entre 25 euros et 30" */
} frex_lead;

/* The lead of the number at P; for FREX_LEAD_CHANGE *VS is where the verb
 * starts, else where the lead word starts. */
frex_lead frex_amount_lead(const char *t, size_t lo, size_t p, size_t *vs);

/* Does the gap T[A..B) between an amount and a verb of change keep the
 * amount's clause: a few words, no new subject (a determiner before a
 * noun that is no time word: "le nombre de", "la dette"; a personal
 * pronoun), no other number than a year, no ; : ( ) %? */
bool frex_amount_same_clause(const char *t, size_t a, size_t b);

/* Does the word before the number at P (blanks and an optional comma
 * skipped; not before LO) open a part of the amount before: "dont"? */
bool frex_amount_part_before(const char *t, size_t lo, size_t p);

#endif
