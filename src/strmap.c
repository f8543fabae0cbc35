/*
 * strmap.c — open-addressing string map (see strmap.h for why it exists).
 * Keys and values are copied into an arena; the table doubles at 50% load.
 */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "frex.h"

typedef struct slot {
  uint64_t hash;   /* 0 = empty */
  const char *key; /* key bytes, then NUL */
  const char *val;
  uint32_t klen, vlen;
} slot;

struct frex_strmap {
  slot *slots;
  size_t cap, n; /* cap is a power of two */
  frex_arena strings;
};

uint64_t frex_hash_bytes(const char *s, size_t n) {
  /* eight bytes per step, each mixed by a multiply and an xor-shift (the
   * finalizer of splitmix64): words are short, so this beats FNV's byte
   * loop while spreading keys well over the low bits we index with */
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n;
  while (n >= 8) {
    uint64_t k;
    memcpy(&k, s, 8);
    h = frex_hash_word_(h, k);
    s += 8;
    n -= 8;
  }
  uint64_t k = 0;
  memcpy(&k, s, n);
  return frex_hash_last_(h, k);
}

int frex_strmap_new(frex_strmap **out) {
  frex_strmap *m = calloc(1, sizeof *m);
  if (!m)
    return FREX_E_NOMEM;
  m->cap = 1024;
  m->slots = frex_zalloc(m->cap, sizeof *m->slots);
  if (!m->slots) {
    free(m);
    return FREX_E_NOMEM;
  }
  *out = m;
  return FREX_OK;
}

void frex_strmap_free(frex_strmap *m) {
  if (!m)
    return;
  free(m->slots);
  frex_arena_free(&m->strings);
  free(m);
}

void frex_strmap_clear(frex_strmap *m) {
  memset(m->slots, 0, m->cap * sizeof *m->slots);
  m->n = 0;
  frex_arena_clear(&m->strings);
}

size_t frex_strmap_count(const frex_strmap *m) { return m->n; }

static slot *find(const slot *slots, size_t cap, uint64_t h, const char *key,
                  size_t klen) {
  size_t i = (size_t)h & (cap - 1);
  for (;;) {
    const slot *s = &slots[i];
    if (s->hash == 0 || (s->hash == h && s->klen == klen &&
                         memcmp(s->key, key, klen) == 0))
      return (slot *)s;
    i = (i + 1) & (cap - 1);
  }
}

const char *frex_strmap_get(const frex_strmap *m, const char *key, size_t klen,
                            size_t *vlen) {
  slot *s = find(m->slots, m->cap, frex_hash_bytes(key, klen), key, klen);
  if (!s->hash)
    return NULL;
  *vlen = s->vlen;
  return s->val;
}

static int grow(frex_strmap *m) {
  size_t cap = m->cap * 2;
  slot *slots = frex_zalloc(cap, sizeof *slots);
  if (!slots)
    return FREX_E_NOMEM;
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].hash)
      *find(slots, cap, m->slots[i].hash, m->slots[i].key, m->slots[i].klen) =
          m->slots[i];
  free(m->slots);
  m->slots = slots;
  m->cap = cap;
  return FREX_OK;
}

int frex_strmap_put(frex_strmap *m, const char *key, size_t klen,
                    const char *val, size_t vlen) {
  if (klen > UINT32_MAX || vlen > UINT32_MAX)
    return FREX_E_ARG;
  if ((m->n + 1) * 2 > m->cap && grow(m))
    return FREX_E_NOMEM;
  uint64_t h = frex_hash_bytes(key, klen);
  slot *s = find(m->slots, m->cap, h, key, klen);
  const char *v = frex_arena_strndup(&m->strings, val, vlen);
  if (!v)
    return FREX_E_NOMEM;
  if (!s->hash) {
    const char *k = frex_arena_strndup(&m->strings, key, klen);
    if (!k)
      return FREX_E_NOMEM;
    *s = (slot){h, k, NULL, (uint32_t)klen, 0};
    m->n++;
  }
  s->val = v;
  s->vlen = (uint32_t)vlen;
  return FREX_OK;
}
