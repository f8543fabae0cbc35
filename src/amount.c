/* amount.c — placeholder so the pipeline links while the extractor is written;
 * it finds nothing.  Replaced by the real extractor (issue tracker). */
#include <stdlib.h>

#include "amount.h"

struct frex_amount {
  int unused;
};

int frex_amount_new(frex_amount **out, char *err, size_t errlen) {
  *out = calloc(1, sizeof **out);
  return *out ? FREX_OK : FREX_E_NOMEM;
}

void frex_amount_free(frex_amount *p) { free(p); }

int frex_amount_extract(const frex_amount *p, const frex_doc *doc,
                      frex_entities *out) {
  return FREX_OK;
}
