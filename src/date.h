/*
 * date.h — DATE extractor: absolute and relative French dates, resolved
 * against the document's reference date (DCT) to TIMEX3 values with a grain
 * (SPEC "DATE", "Reference date").
 */
#ifndef FREX_DATE_H
#define FREX_DATE_H

#include <stddef.h>

#include "frex.h"

typedef struct frex_date frex_date;

int frex_date_new(frex_date **out, char *err, size_t errlen);
void frex_date_free(frex_date *d);

/* Append every DATE of DOC to OUT; uses doc->dct and doc->prefer_future.
 * Thread-safe on a shared D. */
int frex_date_extract(const frex_date *d, const frex_doc *doc,
                      frex_entities *out);
/* The same, reading the classification CLS of doc->text (classify.h;
 * NULL, or another text's: the bytes are read). */
struct frex_classes;
int frex_date_extract_cls(const frex_date *d, const frex_doc *doc,
                          const struct frex_classes *cls, frex_entities *out);

#endif
