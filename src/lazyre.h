/* A pattern JIT-compiled once it has done enough work to pay for it.
 *
 * pcre2_jit_compile costs about a third of a short run's instructions
 * (BENCH.md, round 20c): a one-line `echo ... | frex extract` never
 * recoups it.  Each pattern starts interpreted; the matchers add an
 * estimate of the interpreter's work to COST, and past FREX_LAZYRE_AFTER
 * units a JIT-compiled copy is published.  The copy, not CODE itself:
 * pcre2_jit_compile writes into the code it compiles, which other
 * workers may be matching; a copy is private until it is published
 * (release store, acquire load), and both live until frex_lazyre_free.
 * Results are the same either way (the interpreter and the JIT run the
 * same pattern); the limits set in the match contexts guard both. */
#ifndef FREX_LAZYRE_H
#define FREX_LAZYRE_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

/* One unit: about 256 bytes of subject the interpreter goes over (a
 * PCRE2_MATCH_INVALID_UTF pattern is checked whole at every call), or one
 * call.  A pattern's JIT compile costs 0.5 to 5 M instructions. */
#ifndef FREX_LAZYRE_AFTER
#define FREX_LAZYRE_AFTER 2048u
#endif

typedef struct frex_lazyre {
  pcre2_code *code;               /* owned; the interpreter's */
  _Atomic(pcre2_code *) jit;      /* owned; a JIT-compiled copy, or NULL */
  atomic_uint cost;               /* units done by the interpreter */
  atomic_bool given_up;           /* the JIT failed or is not wanted */
  pthread_mutex_t lock;           /* one compile at a time */
} frex_lazyre;

/* Take CODE (may be NULL); JIT never if !JIT. */
void frex_lazyre_init(frex_lazyre *r, pcre2_code *code, bool jit);
void frex_lazyre_free(frex_lazyre *r);

/* R is a cache behind the const pointers the matchers hold: the slow path
 * writes its counters and publishes the JIT's code (atomics, a lock). */
const pcre2_code *frex_lazyre_slow(const frex_lazyre *r, size_t subject_len);

/* The code to match a subject of SUBJECT_LEN bytes with: the JIT's once
 * published (then *JIT is set, if JIT is not NULL), else the
 * interpreter's. */
static inline const pcre2_code *frex_lazyre_get(const frex_lazyre *r,
                                                size_t subject_len,
                                                bool *jit) {
  pcre2_code *j = atomic_load_explicit((_Atomic(pcre2_code *) *)&r->jit,
                                       memory_order_acquire);
  if (jit)
    *jit = j != NULL;
  if (j)
    return j;
  return frex_lazyre_slow(r, subject_len);
}

#endif
