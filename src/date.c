/* date.c — placeholder so the pipeline links while the extractor is written;
 * it finds nothing.  Replaced by the real extractor (issue tracker). */
#include <stdlib.h>

#include "date.h"

struct frex_date {
  int unused;
};

int frex_date_new(frex_date **out, char *err, size_t errlen) {
  *out = calloc(1, sizeof **out);
  return *out ? FREX_OK : FREX_E_NOMEM;
}

void frex_date_free(frex_date *p) { free(p); }

int frex_date_extract(const frex_date *p, const frex_doc *doc,
                      frex_entities *out) {
  return FREX_OK;
}
