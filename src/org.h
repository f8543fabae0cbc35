/*
 * org.h — COMPANY and AGENCY extractor: dictionary matching over tokens plus
 * rules for names not in the dictionary; canonical names (SPEC "COMPANY /
 * AGENCY", "Dictionary").
 */
#ifndef FREX_ORG_H
#define FREX_ORG_H

#include <stdbool.h>
#include <stddef.h>

#include "frex.h"

typedef struct frex_org frex_org;

/* Load every *.tsv file of DICT_DIR (may be NULL) in sorted order, then the
 * EXTRA files.  A malformed line fails with "FILE: line N: what" in ERR. */
int frex_org_new(frex_org **out, const char *dict_dir,
                 const char *const *extra, size_t nextra, char *err,
                 size_t errlen);
void frex_org_free(frex_org *o);

/* Is W[0..n) (UTF-8, any case) a name of the dictionary or the first
 * words of one ("Schneider" of "Schneider Electric", "Commission" of
 * "Commission européenne"), or a word of the rules' families (org_words.def:
 * "ministre", "département", "américaine")?  Asked by the line-break view
 * for a word cut at a line's end (dehyphen.h). */
bool frex_org_knows_word(const frex_org *o, const char *w, size_t n);

/* Append COMPANY/AGENCY mentions of DOC (restricted to TYPES, a FREX_ENT_*
 * mask) to OUT.  Thread-safe on a shared O. */
int frex_org_extract(const frex_org *o, const frex_doc *doc, unsigned types,
                     frex_entities *out);

#endif
