/*
 * buf.h — growable byte buffer and a string arena, the only two ways frex
 * grows memory (instead of ad-hoc realloc), in the spirit of cmark_strbuf.
 */
#ifndef FREX_BUF_H
#define FREX_BUF_H

#include <stddef.h>

/* A growable byte string, always NUL-terminated when ptr != NULL. */
typedef struct frex_buf {
  char *ptr;
  size_t len, cap;
} frex_buf;

#define FREX_BUF_INIT {NULL, 0, 0}

/* Ensure room for EXTRA more bytes plus the NUL; FREX_E_NOMEM on failure. */
int frex_buf_grow(frex_buf *b, size_t extra);
int frex_buf_put(frex_buf *b, const void *data, size_t len);
int frex_buf_putc(frex_buf *b, char c);
int frex_buf_puts(frex_buf *b, const char *s);
/* Append a decimal unsigned number. */
int frex_buf_putu(frex_buf *b, unsigned long long v);
void frex_buf_clear(frex_buf *b); /* len = 0, memory kept */
void frex_buf_free(frex_buf *b);

/* Arena of NUL-terminated strings that never move once copied in: pointers
 * stay valid until frex_arena_clear/frex_arena_free. */
typedef struct frex_arena_chunk frex_arena_chunk;
typedef struct frex_arena {
  frex_arena_chunk *head;
} frex_arena;

#define FREX_ARENA_INIT {NULL}

/* Copy S[0..len) plus a NUL; NULL on out of memory. */
const char *frex_arena_strndup(frex_arena *a, const char *s, size_t len);
void frex_arena_clear(frex_arena *a); /* keeps the newest chunk */
void frex_arena_free(frex_arena *a);

#endif
