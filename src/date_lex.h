/*
 * date_lex.h — the French lexicon of the DATE extractor: one table per
 * word family (months, weekdays, relative days, parts of the day, seasons,
 * units, modifiers, holidays, ...), from which the patterns (placeholders
 * of date.c), the trigger words of the scanner (date_scan.c) and the
 * values the builders read (date_build.c) are all made (issue 12).  Number
 * words are numwords.c's table; folding is fold.c's.
 */
#ifndef FREX_DATE_LEX_H
#define FREX_DATE_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Longest folded word the lexicon cares about (longer words are never
 * date words, so they are not folded in full). */
#define FREX_DATE_WORD_MAX 16

/* One word of a family: written form (wordre.h: lowercase, accents,
 * ' ' '-' '~' '\'' separators), value, flags, and the scanner bits its
 * first word sets beyond its family's. */
typedef struct frex_dword {
  const char *w;
  int v;
  unsigned f;
  unsigned trig;
} frex_dword;

/* Flags of a word (family-specific meaning written next to each). */
enum {
  DW_ABBR = 1,    /* an abbreviation ("janv", "lun") */
  DW_AMBIG = 2,   /* also a name or noun: read only with context ("Mai") */
  DW_ANA = 4,     /* anaphoric: points at another date of the text */
  DW_NOTRIG = 8,  /* its first word is no trigger of the scanner */
  DW_CAPITAL = 16, /* a holiday written with a capital only ("Toussaint") */
  DW_PLURAL = 32   /* plural: only after a list ("les 3 et 4 mai derniers") */
};

typedef enum {
  DF_MONTH,    /* janvier .. décembre, janv .. déc: v = 1..12 */
  DF_WEEKDAY,  /* lundi .. dimanche, lun .. dim: v = ISO 1..7 */
  DF_RELDAY,   /* hier, demain, la veille, le lendemain: v = days */
  DF_PART,     /* matin, après-midi, soir, nuit: parts of a day */
  DF_NIGHT,    /* nuit: a part of the day that starts a date itself */
  DF_SEASON,   /* printemps .. hiver: v = 0..3 (SP SU FA WI) */
  DF_UNIT,     /* semaine, mois, année, week-end ...: v = frex_grain */
  DF_OFFUNIT,  /* jours, semaines ... after a count: v = frex_grain */
  DF_MOD,      /* dernier, prochain, suivant ...: v = -1/0/+1 */
  DF_LAST,     /* dernier, dernière as a rank: v = -1 */
  DF_PERIOD,   /* mi, début, milieu, fin, courant */
  DF_DEM,      /* ce, cet, cette */
  DF_HPRE,     /* veille, réveillon, jour (de Noël): v = days */
  DF_HOLIDAY,  /* Noël, Pâques ...: v = index in the holiday table */
  DF_OFFSET,   /* il y a (-1), dans (+1) */
  DF_QNOUN,    /* trimestre (4), semestre (2), quart (4, ambiguous) */
  DF_QLETTER,  /* T, Q (quarter: 4), S (half: 2) before a number */
  DF_DECADE,   /* années, décennie */
  DF_CONN,     /* range (v = 2) and list (v = 1) connectors */
  DF_DE,       /* de, du, d' */
  DF_LE,       /* le, la, l', entre, du: before a lone day */
  NFAMILIES
} frex_dfamily;

/* The words of family F, and their number. */
const frex_dword *frex_date_words(frex_dfamily f, size_t *n);
/* Scanner bits of every first word of family F (date_impl.h). */
unsigned frex_date_family_trig(frex_dfamily f);

/* The entry of family F that the text S[0..n) spells (case, accents and
 * separators folded, a trailing dot dropped), or NULL. */
const frex_dword *frex_date_lookup(frex_dfamily f, const char *s, size_t n);

/* frex_wordre_gen for the placeholders of date.c's patterns: a family
 * name ("month"), optionally followed by "/x" (only the words with flag
 * x: a = abbreviation, n = anaphoric) or "!x" (only those without), and
 * the number-word pieces "nwday" (a day of the month in words), "ordw"
 * (ordinal words), "ord4" (ordinals up to quatrième), "nwcount" (a count
 * in words).  CTX unused. */
int frex_date_gen(const char *name, size_t len, frex_buf *b, void *ctx);

/* Check the lexicon at start-up: every word spells a key of its own
 * family that reads back to its value, with only the characters wordre.h
 * knows.  FREX_E_PATTERN and a message in ERR otherwise. */
int frex_date_lex_check(char *err, size_t errlen);

/* Holidays: kind and date of entry I of DF_HOLIDAY. */
enum { H_FIXED, H_EASTER, H_THANKSGIVING };
typedef struct frex_holiday {
  int kind, m, d; /* fixed month/day, or days after Easter/Thanksgiving */
} frex_holiday;
const frex_holiday *frex_date_holiday_info(int id);

/* True for a byte that starts or continues a letter of a word: ASCII
 * letters and the lead/continuation bytes of non-ASCII letters (UTF-8
 * punctuation such as ’ « » – and the no-break spaces are not letters). */
bool frex_date_is_letter_at(const char *s, size_t n, size_t i);

/* Fold the letters at S[0..n) (a word start) into OUT (NUL-terminated,
 * lowercase ASCII, accents dropped: é→e, œ→oe), stopping at the first
 * non-letter or after FREX_DATE_WORD_MAX letters.  Returns the bytes of S
 * that form the word (all its letters, even those not folded). */
size_t frex_date_fold_word(const char *s, size_t n, char *out);

/* Fold S[0..n) as a whole (letters kept, other bytes copied, lowercase,
 * accents dropped) into OUT of size CAP. */
void frex_date_fold_text(const char *s, size_t n, char *out, size_t cap);

/* Fold S[0..n) to a lexicon key: its letters folded, nothing else ("il
 * y a", "il ya" and "Il-y-a" are all "ilya"); into OUT of size CAP. */
void frex_date_key(const char *s, size_t n, char *out, size_t cap);

/* Month number (1..12) of a month name or abbreviation, 0 if none. */
int frex_date_month(const char *s, size_t n);
/* ISO weekday (1 = lundi ... 7 = dimanche) of a weekday name or
 * abbreviation, 0 if none. */
int frex_date_weekday(const char *s, size_t n);
/* Value of a cardinal or ordinal: digits ("21", "1er", "3e"), words
 * ("vingt et un", "dix-sept", "premier", "deuxième", "seconde",
 * "dix-neuvième"), "dernier" gives -1; 0 when not a number. */
int frex_date_number(const char *s, size_t n);

#endif
