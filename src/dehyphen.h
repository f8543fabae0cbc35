/*
 * dehyphen.h — words cut by a hyphen at a wrapped line's end ("3 mil-\n
 * liards d'euros", "le 12 jan-\nvier 2024", "vingt-\ncinq millions"),
 * joined in the extractors' view of a segment (pipeline.c, SPEC "Line
 * breaks").
 *
 * The view keeps the text's length: the two halves of the word are put
 * together where the hyphen and the line break were, and the bytes this
 * frees are made spaces, split before and after the word so that no gap
 * grows past what the grammars read as one space run ("3 mil-\nliards
 * d'euros" -> "3  milliards  d'euros").  Only a word the AMOUNT or DATE
 * lexicons know is joined: a single word ("milliards", "janvier", "euros",
 * "deuxième"), the hyphen dropped, or a compound cut at its own hyphen
 * ("vingt-cinq", "après-midi", "week-end", "dix-sept"), the hyphen kept;
 * and a name cut after its own hyphen before a capital ("Alcatel-\nLucent",
 * "Saint-\nGobain"), the hyphen kept; and a word the organisation
 * dictionary knows once joined, the hyphen dropped ("Schnei-\nder
 * Electric", "la Commis-\nsion européenne": KNOWN, when not NULL), or,
 * with KNOWN, a capitalised word inside a sentence cut before a lowercase
 * tail ("le Parlement de Lond-\nres", a name of the rules).  Any other
 * word ("repré-\nsentants", "Porte-\nparole" opening a sentence) stays
 * as it is.  An elision that ends a line is glued to
 * the next line's word as unwrapped ("de l'\nÉconomie", "d'\r\neuros").
 * frex_dehyphen_respan gives an entity that starts or ends in a moved word
 * its offsets in the text.
 */
#ifndef FREX_DEHYPHEN_H
#define FREX_DEHYPHEN_H

#include <stdbool.h>
#include <stddef.h>

#include "frex.h"

/* One joined word: its head [HS, HE) in the text (the hyphen included when
 * kept) is at [HS + SHIFT, HE + SHIFT) in the view, and its rest [NEXT,
 * NEXT + TAIL) right after it there. */
typedef struct frex_join {
  size_t hs, he, next, tail, shift;
} frex_join;

/* T[0..len) is the text, VIEW its view (same length).  A line ends at
 * END (its last non-blank byte is END - 1) with a single line break that
 * the view makes a space, and the next line's text starts at NEXT.  When
 * the line ends with a word cut by a hyphen that the lexicons know once
 * joined, or with an elision ("l'", "d'"), rewrite VIEW from the word's
 * start to its end and fill *J. */
typedef bool (*frex_known_word)(const void *ctx, const char *w, size_t n);
bool frex_dehyphen_at(const char *t, size_t len, size_t end, size_t next,
                      char *view, frex_join *j, frex_known_word known,
                      const void *known_ctx);

/* A quoted e-mail's line break whose quote marks leave more blanks than
 * the grammars read between two words ("le 21\n> > juillet 2021", "10\r\n
 * > 000 euros": four bytes and more): the next line's first word is moved
 * into the view right after the line's last word and one space, the freed
 * bytes made spaces half before, half after the two words, as a join of
 * frex_dehyphen_at does.  END, NEXT as there; NEXT_END: the end of the
 * next line's text.  Not when either line holds a single word (a join
 * at the other end of that line would overlap). */
bool frex_dehyphen_close_gap(const char *t, size_t len, size_t start,
                             size_t end, size_t next, size_t next_end,
                             char *view, frex_join *j);

/* Give the entities of E that start or end in a joined word their
 * offsets in the text.  V[0..n) in text order. */
void frex_dehyphen_respan(const frex_join *v, size_t n, frex_entities *e);

#endif
