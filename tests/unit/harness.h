/*
 * harness.h — a tiny TAP test harness for the unit tests (after cmark's
 * api_test/harness.h).  Each CHECK prints "ok N - name" or "not ok N - name"
 * with "# file:line: expected ... got ..."; main returns harness_done().
 */
#ifndef FREX_HARNESS_H
#define FREX_HARNESS_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int harness_n, harness_failed;

static void harness_result(int ok, const char *name, const char *file,
                           int line, const char *detail) {
  harness_n++;
  printf("%sok %d - %s\n", ok ? "" : "not ", harness_n, name);
  if (!ok) {
    harness_failed++;
    printf("# %s:%d: %s\n", file, line, detail);
  }
}

#define CHECK(cond, name)                                                      \
  harness_result(!!(cond), name, __FILE__, __LINE__, "condition false: " #cond)

#define CHECK_EQ_INT(expected, got, name)                                      \
  do {                                                                         \
    long long e_ = (long long)(expected), g_ = (long long)(got);               \
    char d_[128];                                                              \
    snprintf(d_, sizeof d_, "expected %lld got %lld", e_, g_);                 \
    harness_result(e_ == g_, name, __FILE__, __LINE__, d_);                    \
  } while (0)

/* Strings are printed directly, not through a fixed-size buffer, so long
 * values are shown whole (and gcc sees no truncation). */
static void harness_str(const char *e, const char *g, const char *name,
                        const char *file, int line) {
  int ok = e && g && strcmp(e, g) == 0;
  harness_n++;
  printf("%sok %d - %s\n", ok ? "" : "not ", harness_n, name);
  if (!ok) {
    harness_failed++;
    printf("# %s:%d: expected '%s' got '%s'\n", file, line, e ? e : "(null)",
           g ? g : "(null)");
  }
}

#define CHECK_EQ_STR(expected, got, name)                                      \
  harness_str((expected), (got), name, __FILE__, __LINE__)

/* A draw in [0, N) from the xorshift64 generator whose state is *RNG
 * (each test keeps its own seed, so its random cases stay the same). */
static inline unsigned harness_rnd(uint64_t *rng, unsigned n) {
  *rng ^= *rng << 13;
  *rng ^= *rng >> 7;
  *rng ^= *rng << 17;
  return (unsigned)(*rng % n);
}

static int harness_done(void) {
  printf("1..%d\n", harness_n);
  return harness_failed ? 1 : 0;
}

#endif
