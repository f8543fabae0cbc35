/*
 * normalize.h — the `norm` column: NFC, French-aware full lowercase (ICU,
 * locale "fr"), apostrophes U+2019/U+02BC unified to ', œ/æ kept.
 */
#ifndef FREX_NORMALIZE_H
#define FREX_NORMALIZE_H

#include <stddef.h>

#include "buf.h"

/* Per-thread ICU state (normalizer instance, scratch UTF-16 buffers). */
typedef struct frex_normalizer frex_normalizer;

int frex_normalizer_new(frex_normalizer **out);
void frex_normalizer_free(frex_normalizer *n);

/* Replace OUT's contents with the norm of S[0..len) (valid UTF-8).
 * ASCII input takes a fast path that never touches ICU. */
int frex_normalize(frex_normalizer *n, const char *s, size_t len,
                   frex_buf *out);

#endif
