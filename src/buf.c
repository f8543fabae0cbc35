/*
 * buf.c — growable byte buffer and string arena (see buf.h).
 */
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "frex.h"

int frex_buf_grow(frex_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return FREX_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) {
    if (cap > SIZE_MAX / 2)
      return FREX_E_NOMEM;
    cap *= 2;
  }
  char *p = realloc(b->ptr, cap);
  if (!p)
    return FREX_E_NOMEM;
  b->ptr = p;
  b->cap = cap;
  return FREX_OK;
}

int frex_buf_put(frex_buf *b, const void *data, size_t len) {
  if (frex_buf_grow(b, len) != FREX_OK)
    return FREX_E_NOMEM;
  if (len)
    memcpy(b->ptr + b->len, data, len);
  b->len += len;
  b->ptr[b->len] = '\0';
  return FREX_OK;
}

int frex_buf_putc(frex_buf *b, char c) { return frex_buf_put(b, &c, 1); }

int frex_buf_puts(frex_buf *b, const char *s) {
  return frex_buf_put(b, s, strlen(s));
}

int frex_buf_putu(frex_buf *b, unsigned long long v) {
  char tmp[24];
  size_t i = sizeof tmp;
  do {
    tmp[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return frex_buf_put(b, tmp + i, sizeof tmp - i);
}

void frex_buf_clear(frex_buf *b) {
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = '\0';
}

void frex_buf_free(frex_buf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}

struct frex_arena_chunk {
  frex_arena_chunk *next;
  size_t used, cap;
  char data[];
};

const char *frex_arena_strndup(frex_arena *a, const char *s, size_t len) {
  frex_arena_chunk *c = a->head;
  if (!c || c->cap - c->used < len + 1) {
    size_t cap = len + 1 > 4096 ? len + 1 : 4096;
    frex_arena_chunk *n = malloc(sizeof *n + cap);
    if (!n)
      return NULL;
    n->next = c;
    n->used = 0;
    n->cap = cap;
    a->head = c = n;
  }
  char *p = c->data + c->used;
  if (len)
    memcpy(p, s, len);
  p[len] = '\0';
  c->used += len + 1;
  return p;
}

void frex_arena_clear(frex_arena *a) {
  if (!a->head)
    return;
  frex_arena_chunk *c = a->head->next;
  while (c) {
    frex_arena_chunk *n = c->next;
    free(c);
    c = n;
  }
  a->head->next = NULL;
  a->head->used = 0;
}

void frex_arena_free(frex_arena *a) {
  frex_arena_chunk *c = a->head;
  while (c) {
    frex_arena_chunk *n = c->next;
    free(c);
    c = n;
  }
  a->head = NULL;
}

void *frex_zalloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  size_t bytes = n && size ? n * size : 1;
  void *p = NULL;
#if defined(MADV_HUGEPAGE)
  enum { HUGE = 2 << 20 }; /* x86-64's and arm64's huge page */
  if (bytes >= HUGE / 2) { /* at most half of the rounding wasted */
    size_t round = (bytes + HUGE - 1) / HUGE * HUGE;
    if ((p = aligned_alloc(HUGE, round)))
      (void)madvise(p, round, MADV_HUGEPAGE);
  }
#endif
  if (p) {
    memset(p, 0, n * size);
    return p;
  }
  /* under 1 MB, calloc (buf.h): such a table is mapped fresh (glibc's
   * mmap threshold) and its pages are faulted in as they are touched, so
   * a worker that stems a few words, or none (-j2 on one line), does not
   * fault in its ~1 MB of front caches */
  return calloc(n && size ? n : 1, n && size ? size : 1);
}
