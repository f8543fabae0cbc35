/*
 * strmap.h — a byte-string → byte-string hash map (open addressing, linear
 * probing), used for the per-worker norm and stem caches and usable for
 * dictionary lookups.  Written here because none of frex's dependencies
 * exports one: ICU's uhash is internal API, hsearch_r is fixed-size and
 * cannot be cleared cheaply, and glib would be a new run-time dependency.
 */
#ifndef FREX_STRMAP_H
#define FREX_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct frex_strmap frex_strmap;

int frex_strmap_new(frex_strmap **out);
void frex_strmap_free(frex_strmap *m);
/* Remove every entry (memory of the table kept). */
void frex_strmap_clear(frex_strmap *m);
size_t frex_strmap_count(const frex_strmap *m);

/* The value stored for KEY, or NULL; *VLEN receives its length.  The
 * pointer is valid until the next put or clear. */
const char *frex_strmap_get(const frex_strmap *m, const char *key, size_t klen,
                            size_t *vlen);
/* Store a copy of KEY → VAL (replacing any previous value). */
int frex_strmap_put(frex_strmap *m, const char *key, size_t klen,
                    const char *val, size_t vlen);

/* The 64-bit FNV-1a hash of a byte string. */
uint64_t frex_hash_bytes(const char *s, size_t n);

#endif
