/* Lazy JIT compilation of the entity patterns (lazyre.h). */
#include "lazyre.h"

void frex_lazyre_init(frex_lazyre *r, pcre2_code *code, bool jit) {
  r->code = code;
  atomic_init(&r->jit, NULL);
  atomic_init(&r->cost, 0);
  atomic_init(&r->given_up, !jit || !code);
  pthread_mutex_init(&r->lock, NULL);
}

void frex_lazyre_free(frex_lazyre *r) {
  pcre2_code_free(atomic_load(&r->jit));
  pcre2_code_free(r->code);
  r->code = NULL;
  atomic_store(&r->jit, NULL);
  pthread_mutex_destroy(&r->lock);
}

const pcre2_code *frex_lazyre_slow(const frex_lazyre *cr,
                                   size_t subject_len) {
  frex_lazyre *r = (frex_lazyre *)cr; /* allocated mutable (lazyre.h) */
  if (atomic_load_explicit(&r->given_up, memory_order_relaxed))
    return r->code;
#ifdef FREX_LAZYRE_NEVER /* a test build: the interpreter only */
  return r->code;
#endif
  /* a load and a store, not an atomic add: a lost update only delays the
   * compile, and workers do not contend on a locked bus cycle */
  unsigned add = 1 + (unsigned)(subject_len > (64u << 20) ? (1u << 18)
                                                          : subject_len >> 8);
  unsigned c = atomic_load_explicit(&r->cost, memory_order_relaxed) + add;
  atomic_store_explicit(&r->cost, c, memory_order_relaxed);
  if (c < FREX_LAZYRE_AFTER)
    return r->code;
  pthread_mutex_lock(&r->lock);
  pcre2_code *j = atomic_load_explicit(&r->jit, memory_order_relaxed);
  if (!j && !atomic_load_explicit(&r->given_up, memory_order_relaxed)) {
    pcre2_code *copy = pcre2_code_copy(r->code);
    /* a failed JIT compile is not fatal: the interpreter gives the same
     * results, only slower */
    if (copy && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0) {
      atomic_store_explicit(&r->jit, copy, memory_order_release);
      j = copy;
    } else {
      pcre2_code_free(copy);
      atomic_store_explicit(&r->given_up, true, memory_order_relaxed);
    }
  }
  pthread_mutex_unlock(&r->lock);
  return j ? j : r->code;
}
