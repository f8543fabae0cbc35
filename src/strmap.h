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
#include <string.h>

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

/* A 64-bit hash of a byte string (never 0). */
uint64_t frex_hash_bytes(const char *s, size_t n);

/* The steps of frex_hash_bytes, inline for frex_hash_padded. */
static inline uint64_t frex_hash_word_(uint64_t h, uint64_t k) {
  h = (h ^ k) * 0xbf58476d1ce4e5b9ull;
  return h ^ h >> 31;
}
static inline uint64_t frex_hash_last_(uint64_t h, uint64_t k) {
  h = (h ^ k) * 0x94d049bb133111ebull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h ? h : 1;
}

/* frex_hash_bytes(S, N) for a string followed by at least eight zero
 * bytes: the same value, with whole-word loads only (the matcher's key
 * buffers are padded so; the tail copy was a tenth of a lookup). */
static inline uint64_t frex_hash_padded(const char *s, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n, k;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&k, s, 8);
    h = frex_hash_word_(h, k);
  }
  memcpy(&k, s, 8); /* N bytes, then zeros */
  return frex_hash_last_(h, k);
}

#endif
