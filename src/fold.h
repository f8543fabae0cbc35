/*
 * fold.h — the one accent folding of frex's French word tables: letters of
 * U+00C0..U+00FF to their lowercase ASCII base letter (é → e, Ç → c), and
 * the ligatures and ß to two letters (œ → oe, æ → ae, ß → ss).  Shared by
 * the dictionary key (dict.c), the DATE lexicon (date_lex.c) and the number
 * words (numwords.c), so that a word folds the same way everywhere
 * (issue 12: two copies used to disagree on Æ, ß and Þ).
 */
#ifndef FREX_FOLD_H
#define FREX_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* Base letter (lowercase ASCII) of U+00C0 + i, for i in 0..63, i.e. of the
 * UTF-8 sequence C3 (0x80 + i); 0 for the code points that fold to more
 * than one letter (Æ, ß, æ), to no letter (×, ÷) or that have no base
 * letter in ASCII (Þ, þ). */
extern const char frex_fold_latin1[64];

/* Two-letter folding of a ligature or ß: "ae" (Æ æ), "oe" (Œ œ), "ss"
 * (ß); NULL for any other code point. */
const char *frex_fold_ligature(uint32_t cp);

/* Fold the word at S[0..n) (from its first byte) into OUT: ASCII letters
 * lowercased, Latin-1 letters and ligatures folded as above, any other
 * letter (U+0100 and up, other scripts) written as '?', so that it can
 * never equal a table word.  Stops at the first byte that is not a letter
 * or when CAP - 1 bytes are written (OUT is always NUL-terminated, CAP >= 1).
 * Returns the number of bytes of S that belong to the word (all its
 * letters, also those beyond CAP). */
size_t frex_fold_word(const char *s, size_t n, char *out, size_t cap);

#endif
