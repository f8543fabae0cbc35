/* org.c — placeholder so the pipeline links while the extractor is written;
 * it finds nothing.  Replaced by the real extractor. */
#include <stdlib.h>

#include "org.h"

struct frex_org {
  int unused;
};

int frex_org_new(frex_org **out, const char *dict_dir,
                 const char *const *extra, size_t nextra, char *err,
                 size_t errlen) {
  *out = calloc(1, sizeof **out);
  return *out ? FREX_OK : FREX_E_NOMEM;
}

void frex_org_free(frex_org *o) { free(o); }

int frex_org_extract(const frex_org *o, const frex_doc *doc, unsigned types,
                     frex_entities *out) {
  return FREX_OK;
}
