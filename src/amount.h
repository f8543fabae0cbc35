/*
 * amount.h — AMOUNT extractor: amounts of money in French text, normalized
 * to a plain decimal value and an ISO 4217 code (SPEC "AMOUNT").
 */
#ifndef FREX_AMOUNT_H
#define FREX_AMOUNT_H

#include <stdbool.h>
#include <stddef.h>

#include "classify.h"
#include "frex.h"

/* Compiled patterns: built once, then shared read-only by all threads. */
typedef struct frex_amount frex_amount;

/* On failure, writes a one-line message to ERR (ERRLEN bytes). */
int frex_amount_new(frex_amount **out, char *err, size_t errlen);
void frex_amount_free(frex_amount *a);

/* Append every AMOUNT of DOC to OUT (not cleared; order free, the pipeline
 * sorts).  Thread-safe on a shared A: per-call state only. */
int frex_amount_extract(const frex_amount *a, const frex_doc *doc,
                        frex_entities *out);
/* The same, reading the classification CLS of doc->text (classify.h;
 * NULL, or another text's: the bytes are read). */
int frex_amount_extract_cls(const frex_amount *a, const frex_doc *doc,
                            const frex_classes *cls, frex_entities *out);

/* Is W[0..n) (any case) a word of the grammar after a number: a scale
 * ("milliards", "Mds"), a sub-unit ("centimes"), a currency word
 * ("euros", "dollars") or a word of a currency named with its country
 * ("suisses", "norvégiennes")?  (dehyphen.c joins such words cut at a line end.) */
bool frex_amount_knows_word(const char *w, size_t n);

#endif
