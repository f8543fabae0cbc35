/*
 * buf.h — growable byte buffer and a string arena, the only two ways frex
 * grows memory (instead of ad-hoc realloc), in the spirit of cmark_strbuf.
 */
#ifndef FREX_BUF_H
#define FREX_BUF_H

#include <stddef.h>

#include "frex.h"

/* frex_buf is public (frex.h): the CLI grows its buffers with it too. */

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

/* N zeroed elements of SIZE bytes, or NULL: calloc, but the zeros are
 * written.  A table that is probed (read) before it is filled gets from
 * calloc fresh pages that fault twice: the read maps the shared zero page,
 * the first write copies it and flushes the TLB, which costs most in a VM
 * (frex stem on 20 MB: 5,800 faults, a fifth of its time).  Written once,
 * each page faults once.  That is kept for a table of 1 MB or more; under
 * 1 MB (the workers' front caches, 640 and 320 KB) frex_zalloc is calloc
 * again: a short run touches a few of their pages where zeroing faulted
 * them all in, for each worker (`frex tokenize` of one line, -j2: 927
 * page faults and 26.8 ms of task-clock -> 560 and 14.6 ms), and a long
 * one faults fewer pages too (tokenize -j2 of the 105 MB corpus: 3,429 ->
 * 3,112, time unchanged).  A table of 1 MB or more is put on transparent huge
 * pages (2 MB, asked for with madvise where the kernel offers them): a
 * probe lands anywhere in it, so with 4 KB pages most probes can miss the
 * TLB (a nested page walk in a VM), and every fresh page is a fault.
 * frex stem on the rows of 10 MB of text: 30% less time, of 105 MB: 8%;
 * peak RSS up to +2 MB per such table (the rounding to 2 MB).  Freed with
 * free(). */
void *frex_zalloc(size_t n, size_t size);

#endif
