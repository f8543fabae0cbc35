/*
 * date_lex.h — the small French lexicon of the DATE extractor: folding a
 * word to lowercase ASCII (accents dropped), and reading month names,
 * weekdays, number words and ordinals once a pattern has matched them.
 */
#ifndef FREX_DATE_LEX_H
#define FREX_DATE_LEX_H

#include <stdbool.h>
#include <stddef.h>

/* Longest folded word the lexicon cares about (longer words are never
 * date words, so they are not folded in full). */
#define FREX_DATE_WORD_MAX 16

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

/* Month number (1..12) of a month name or abbreviation, 0 if none. */
int frex_date_month(const char *s, size_t n);
/* ISO weekday (1 = lundi ... 7 = dimanche) of a weekday name or
 * abbreviation, 0 if none. */
int frex_date_weekday(const char *s, size_t n);
/* Value of a cardinal or ordinal: digits ("21", "1er", "3e"), words
 * ("vingt et un", "dix-sept", "premier", "deuxième", "seconde", "dernier"
 * gives -1); 0 when not a number. */
int frex_date_number(const char *s, size_t n);

#endif
