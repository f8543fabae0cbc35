/*
 * cli_stem.c — `frex stem`: read token TSV (from frex tokenize) and write
 * the same rows with the stem column filled from the norm column, for WORD
 * tokens.  Streams in blocks of whole rows, stemmed on -j threads and
 * written in input order; stems are cached per distinct norm.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "cli.h"

/* Column positions from the table (frex.h); the row scanner below keeps
 * the offsets of the tabs before CLASS to STEM, so they must be adjacent
 * in that order with STEM last. */
enum {
  COL_CLASS = FREX_TOKCOL_CLASS,
  COL_NORM = FREX_TOKCOL_NORM,
  COL_STEM = FREX_TOKCOL_STEM,
  NCOLS = FREX_TOKCOLS
};
_Static_assert(COL_CLASS == 4 && COL_NORM > COL_CLASS &&
                   COL_STEM == COL_CLASS + 3 && NCOLS == COL_STEM + 1,
               "mask_tabs skips three tabs and keeps four, from the class "
               "column's on: change it with the table");

/* From the tables, once: the header line, the length of its first two
 * columns ("doc\tsent\t", how a header row is recognised), and the class
 * name of the rows that get a stem, with its first four bytes as a word
 * (the row test compares one word when the name has four bytes). */
static frex_buf header = FREX_BUF_INIT;
static size_t header_mark;
static uint64_t header_word; /* its first 8 bytes ("doc\tsent") */
static const char *word_name;
static size_t word_len;
static uint32_t word_head;

static int init_names(void) {
  for (unsigned i = 0; i < NCOLS; i++) {
    if (frex_buf_puts(&header, frex_column_name(FREX_ROWS_TOKENS, i)) ||
        frex_buf_putc(&header, i + 1 < NCOLS ? '\t' : '\n'))
      return FREX_E_NOMEM;
    if (i == 1)
      header_mark = header.len;
  }
  if (header_mark < 8)
    return FREX_E_ARG; /* the row test below reads 8 bytes */
  memcpy(&header_word, header.ptr, 8);
  word_name = frex_token_class_name(FREX_TOK_WORD);
  word_len = strlen(word_name);
  if (word_len >= 4)
    memcpy(&word_head, word_name, 4);
  return FREX_OK;
}

/* CLS[0..n) (with slack after it) names the class that gets a stem? */
static inline bool is_word_class(const char *cls, size_t n) {
  if (n != word_len)
    return false;
  if (n == 4) {
    uint32_t x;
    memcpy(&x, cls, 4);
    return x == word_head;
  }
  return memcmp(cls, word_name, n) == 0;
}

/* Rows repeat the same few thousand norms, so the stem column of a row is
 * cached as it is written (escaped) under the norm field as it is read
 * (escaped too): a hit costs a hash of two words, a compare and a copy,
 * with no unescaping, no libstemmer and no frex_strmap.  Norms of up to
 * KEY_MAX bytes whose escaped stem fits in STEM_MAX are cached; the rest
 * (and any miss) take the general path.  frex_worker_stem has a cache of
 * its own (by norm); relying on it alone, with the row's escape checks and
 * the call, cost 35% more instructions here (397 M against 293 M on a
 * 5 MB slice's rows), so the row-level cache stays. */
enum { KEY_MAX = 16, STEM_MAX = 14, CACHE_BITS = 17 };

/* A slot is half a cache line (the table is aligned): a probe reads one
 * line.  With 40-byte slots, a probe read two lines one time in two, and
 * `perf annotate` put a fifth of frex stem's time on that load.  Stems of
 * more than 14 bytes (0.07% of the WORD rows of the bench slice) are not
 * cached. */
typedef struct stem_slot {
  uint64_t key[2]; /* the norm field, zero-padded */
  char stem[STEM_MAX]; /* the stem field, escaped */
  unsigned char klen; /* 0: empty slot (an empty norm is not cached) */
  unsigned char slen;
} stem_slot;
_Static_assert(sizeof(stem_slot) == 32 && STEM_MAX + 2 <= 16,
               "a slot is 32 bytes, and its stem is read as 16 bytes");

typedef struct stem_cache {
  stem_slot *slots; /* 1 << CACHE_BITS, cleared when half full */
  size_t n;
} stem_cache;

/* The norm field NM[0..n) (1 <= n <= KEY_MAX) as two zero-padded words.
 * NM may be read 16 bytes on: the block it lies in has that slack. */
/* 16 bytes of ones then zeros: the masks that keep the first n bytes
 * start 16 - n bytes in */
static const unsigned char ones[32] = {255, 255, 255, 255, 255, 255,
                                       255, 255, 255, 255, 255, 255,
                                       255, 255, 255, 255};

static inline void load_key(const char *nm, size_t n, uint64_t key[2]) {
  uint64_t a, b, ma, mb;
  memcpy(&a, nm, 8);
  memcpy(&b, nm + 8, 8);
  memcpy(&ma, ones + 16 - n, 8);
  memcpy(&mb, ones + 24 - n, 8);
  key[0] = a & ma;
  key[1] = b & mb;
}

#define CACHE_MASK (((size_t)1 << CACHE_BITS) - 1)

static inline uint64_t cache_hash(const uint64_t key[2], size_t n) {
  uint64_t h = (key[0] * 0x9e3779b97f4a7c15ull) ^
               ((key[1] ^ n) * 0xbf58476d1ce4e5b9ull);
  return h ^ h >> 29;
}

/* The slot of KEY (N bytes, hash H): its own, or the empty one where it
 * would go. */
static inline stem_slot *cache_probe(stem_cache *c, const uint64_t key[2],
                                     size_t n, uint64_t h) {
  for (size_t i = (size_t)h & CACHE_MASK;; i = (i + 1) & CACHE_MASK) {
    stem_slot *sl = &c->slots[i];
    if (!sl->klen || (sl->klen == n && sl->key[0] == key[0] &&
                      sl->key[1] == key[1]))
      return sl;
  }
}

static inline stem_slot *cache_slot(stem_cache *c, const uint64_t key[2],
                                    size_t n) {
  return cache_probe(c, key, n, cache_hash(key, n));
}

/* Append the stem field for norm field NM[0..nlen) (as read: escaped) to
 * OUT, which has room for 2 * nlen + STEM_MAX + 16 more bytes, and cache
 * it in SL (the slot for KEY) when SL is not NULL: a cache miss. */
static void put_stem(frex_worker *w, stem_cache *c, const char *nm,
                     size_t nlen, stem_slot *sl, const uint64_t key[2],
                     frex_buf *out, frex_buf *norm) {
  size_t start = out->len;
  size_t rawlen = nlen;
  if (memchr(nm, '\\', nlen)) { /* an escaped norm: undo it first */
    frex_buf_clear(norm);
    frex_buf_put(norm, nm, nlen);
    norm->len = frex_tsv_unescape(norm->ptr, norm->len);
    nm = norm->ptr;
    nlen = norm->len;
  }
  const char *stem;
  size_t slen;
  if (frex_worker_stem(w, nm, nlen, &stem, &slen) != FREX_OK)
    return; /* no stem written, nothing cached */
  /* copy, and escape only if a byte needs it (stems are short) */
  char *d = out->ptr + out->len; /* room reserved by the caller */
  bool esc = false;
  for (size_t k = 0; k < slen; k++) {
    char ch = (d[k] = stem[k]);
    esc |= ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
  }
  if (esc)
    frex_tsv_escape(out, stem, slen);
  else
    out->len += slen;
  size_t flen = out->len - start;
  if (sl && flen <= STEM_MAX) {
    if (c->n >= ((size_t)1 << CACHE_BITS) / 2) { /* half full: start over */
      memset(c->slots, 0, sizeof *c->slots << CACHE_BITS);
      c->n = 0;
      sl = cache_slot(c, key, rawlen);
    }
    memcpy(sl->key, key, sizeof sl->key);
    sl->klen = (unsigned char)rawlen;
    sl->slen = (unsigned char)flen;
    memset(sl->stem, 0, STEM_MAX);
    memcpy(sl->stem, out->ptr + start, flen);
    c->n++;
  }
}

/* Stem one TSV row ROW[0..n) (no newline) into OUT, given the offsets in
 * ROW of its tabs COL_CLASS - 1 to COL_STEM - 1 (it has NCOLS - 1 tabs).
 * ROW may be read 64 bytes past N (the block's slack).  The output is
 * written through a local pointer: stores through char pointers would
 * make the compiler reload OUT's fields after each one. */
static bool stem_row(frex_worker *w, stem_cache *c, const char *row,
                     size_t n, const size_t tab[4], frex_buf *out,
                     frex_buf *norm) {
  /* column k starts after tab k - 1; TAB[0] is tab COL_CLASS - 1 */
  const char *cls = row + tab[0] + 1;
  const char *cls_end = row + tab[COL_CLASS - (COL_CLASS - 1)];
  const char *nm = row + tab[COL_NORM - 1 - (COL_CLASS - 1)] + 1;
  size_t keep = tab[COL_STEM - 1 - (COL_CLASS - 1)] + 1; /* to the stem */
  size_t need = keep + 2 * n + STEM_MAX + 80;
  if (out->cap - out->len < need + 1 && frex_buf_grow(out, need))
    return false;
  char *d = out->ptr + out->len;
  /* the row up to its stem column in 32-byte moves: ROW may be read 64
   * bytes past its end, and OUT has room for KEEP + 80 */
  for (size_t k = 0; k < keep; k += 32) {
#ifdef __SSE2__
    __m128i v0 = _mm_loadu_si128((const __m128i *)(row + k));
    __m128i v1 = _mm_loadu_si128((const __m128i *)(row + k + 16));
    _mm_storeu_si128((__m128i *)(d + k), v0);
    _mm_storeu_si128((__m128i *)(d + k + 16), v1);
#else
    memcpy(d + k, row + k, 32);
#endif
  }
  d += keep;
  if (is_word_class(cls, (size_t)(cls_end - cls))) {
    size_t nlen = (size_t)(row + keep - 1 - nm);
    uint64_t key[2] = {0, 0};
    stem_slot *sl = NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (c->slots && nlen && nlen <= KEY_MAX) {
      load_key(nm, nlen, key);
      sl = cache_slot(c, key, nlen);
      if (sl->klen) { /* a hit: the escaped stem, padded, in one copy */
        size_t slen = sl->slen;
        memcpy(d, sl->stem, STEM_MAX);
        d += slen;
        goto end;
      }
    }
#endif
    out->len = (size_t)(d - out->ptr);
    put_stem(w, c, nm, nlen, sl, key, out, norm);
    d = out->ptr + out->len;
  }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
end:
#endif
  d[0] = '\n';
  d[1] = '\0';
  out->len = (size_t)(d + 1 - out->ptr);
  return true;
}

/* From the mask TM of a row's tabs (bits under 63) from its byte AT on,
 * where SKIP tabs are behind (the doc column's, or none), the offsets
 * in the row of tabs COL_CLASS - 1 to COL_STEM - 1 in TAB[0..4); false
 * unless the row has exactly NCOLS - 1 tabs.  Bit 63 stands in for a
 * missing tab (such a row is rejected anyway), so ctz never sees zero. */
static inline bool mask_tabs(uint64_t tm, size_t at, unsigned skip,
                             size_t tab[4]) {
  for (unsigned k = skip; k < COL_CLASS - 1; k++) /* tabs before CLASS */
    tm &= tm - 1;
  tab[0] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[1] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[2] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[3] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tab[0] += at;
  tab[1] += at;
  tab[2] += at;
  tab[3] += at;
  return tm && !(tm & (tm - 1)); /* the last tab, alone */
}

/* -j: the input is cut into blocks of whole rows (about BLOCK bytes, or
 * BLOCK_J1 with -j1) by
 * the main thread, which reads, queues them, and writes each block's rows
 * and messages in input order as soon as it is done; -j worker threads
 * stem the blocks (each with its own frex_worker and row cache).  With -j1
 * the main thread stems each block itself.  What a block says (rows,
 * malformed-row messages, the header) depends only on its bytes and on
 * where it starts, and every message is printed by the main thread in
 * input order, so stdout and stderr do not depend on -j.  Memory: at most
 * QUEUE blocks (2 per worker + 2, and QUEUE_MAX) of about BLOCK bytes in
 * and out, whatever -j is (as cli_jobs.c caps what its jobs hold).
 * With -j1 a block is 64 KB: its bytes in and out stay in the CPU's L2
 * cache beside the row cache from the read to the write, where those of a
 * 1 MB block did not (BENCH.md, round 10, has the measures); worker
 * threads keep 1 MB blocks, which make fewer hand-overs.  The rows of
 * -j1's blocks are written once OUT_J1 bytes of them are held (or before
 * a message, when the input pauses under --line-buffered, and at the
 * end): a write(2) per 64 KB block was 16,000 system calls on the bench
 * corpus's TSV, at about 1 us each on the VMs of BENCH.md (round 14b). */
enum { BLOCK = 1 << 20, BLOCK_J1 = 1 << 16, SLACK = 64, MAX_BAD = 5,
       QUEUE_MAX = 32, OUT_J1 = 1 << 18 };

/* The longest row frex stem reads.  frex tokenize writes none near it (a
 * token lies in one segment of at most 1 MB of input, at most 3 MB of
 * UTF-8, and a row holds it twice, escaped, with its norm and stem): a
 * longer line is not token TSV, and holding it whole would let one line
 * without a newline (a big text file, /dev/zero) take all memory. */
#define ROW_MAX ((size_t)64 << 20)

typedef struct stem_block {
  frex_buf in;  /* whole rows, SLACK zero bytes after them */
  frex_buf out; /* their rows with stems (the header row left out),
                   after the HELD bytes of earlier blocks' rows */
  size_t held;  /* -j1: rows of the blocks before, not yet written */
  int input;    /* which operand */
  bool first;   /* the operand's first block: row 1 may be the header */
  bool header;  /* it was (not copied to OUT) */
  bool long_row; /* IN is empty: one line longer than ROW_MAX, skipped */
  bool other_header; /* the last bad row is a header unlike REF: the
                        operand ends there */
  frex_buf ref; /* the operand's header (its line 1, else frex's), no
                   newline: a row equal to it further on is dropped */
  bool ref_line1; /* REF is the operand's line 1 */
  bool done;
  size_t rows; /* lines in IN */
  /* the first MAX_BAD malformed rows: line in the block (from 1) and
   * OUT's length before it; the block is given up after the MAX_BAD-th,
   * as the operand will be by then */
  int nbad;
  size_t bad_line[MAX_BAD], bad_at[MAX_BAD];
  /* bytes that were not UTF-8 (and NULs, stray controls), replaced by
   * U+001A before the rows were read, as extract and tokenize replace
   * them (F5: they went into the norm and stem columns silently); OFFSET
   * is the block's first byte in the operand, FIX_LINE the line in the
   * block (from 1) of the first of each kind */
  size_t offset;
  frex_repair_stats fix;
  size_t fix_line[3];
} stem_block;

typedef struct stem_thread {
  frex_worker *w;
  stem_cache cache;
  frex_buf norm;
  pthread_t tid;
  struct stem_run *r;
} stem_thread;

typedef struct stem_run {
  const cli_opts *o;
  stem_block *ring; /* QUEUE blocks, reused in turn */
  size_t queue;
  pthread_mutex_t mu;
  pthread_cond_t work, done; /* a block queued; a block stemmed */
  size_t next_in, next_claim, next_out; /* block counters (main, workers) */
  bool closing;
  int nthreads; /* 0: the main thread stems (-j1) */
  stem_thread *t; /* [0] for the main thread when NTHREADS is 0 */
  /* writing side (main thread), per operand in order */
  int out_input;    /* operand of the last block written */
  size_t lineno;    /* its lines written so far */
  int bad;          /* its malformed rows */
  bool gave_up;     /* it reached MAX_BAD */
  bool header_done; /* a header row has been met */
  frex_repair_stats fix; /* its bytes replaced, at its lines FIX_LINE */
  size_t fix_line[3];
  frex_buf ref;     /* reading side: the header of the operand being read
                       (see stem_block.ref) */
  bool ref_line1;
  bool ok;
} stem_run;

/* The line (from 1) of B's byte AT. */
static size_t line_of(const stem_block *b, size_t at) {
  size_t line = 1;
  for (const char *p = b->in.ptr, *end = p + at;
       (p = memchr(p, '\n', (size_t)(end - p))); p++)
    line++;
  return line;
}

/* Replace what is not UTF-8 in B's rows (frex_utf8_repair), and note where
 * (stem_block.fix): rows are cut at newlines, so no character spans two
 * blocks. */
static void repair_block(stem_block *b) {
  memset(&b->fix, 0, sizeof b->fix);
  frex_utf8_repair(b->in.ptr, b->in.len, 0, &b->fix);
  b->fix_line[0] = b->fix.invalid ? line_of(b, b->fix.first_invalid) : 0;
  b->fix_line[1] = b->fix.nuls ? line_of(b, b->fix.first_nul) : 0;
  b->fix_line[2] = b->fix.controls ? line_of(b, b->fix.first_control) : 0;
  b->fix.first_invalid += b->offset;
  b->fix.first_nul += b->offset;
  b->fix.first_control += b->offset;
}

/* The row loop, stem_block_run: the baseline copy, and where the
 * compiler and CPU allow, an AVX2 copy chosen at run time (see the
 * header's comment). */
#define SR(name) name##_base
#include "cli_stem_rows.h"
#undef SR
#if defined(__x86_64__) && defined(__SSE2__) && !defined(__AVX2__) &&       \
    !defined(FREX_NO_AVX2) && defined(__GNUC__) && !defined(__clang__)
#define STEM_AVX2 1
#pragma GCC push_options
#pragma GCC target("avx2,bmi,bmi2")
#define SR(name) name##_avx2
#include "cli_stem_rows.h"
#undef SR
#pragma GCC pop_options
#endif

static void (*stem_block_run)(stem_thread *, stem_block *) =
    stem_block_run_base;

static void pick_block_run(void) {
#ifdef STEM_AVX2
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
      __builtin_cpu_supports("bmi2"))
    stem_block_run = stem_block_run_avx2;
#endif
}

/* A closed pipe (EPIPE, when SIGPIPE is ignored) ends the run quietly,
 * as SIGPIPE itself would and as frex tokenize does. */
static bool out_pipe; /* stdout may block (cli.h: cli_blocked_out) */

static void write_out(const cli_opts *o, const char *p, size_t n) {
  if (out_pipe) {
    cli_blocked_out = 1;
    cli_blocked_write(0, STDOUT_FILENO);
  }
  /* A block's rows go out by write(2), past stdio, after whatever stdio
   * holds (the header): fwrite kept each block's last bytes (under 4 KB)
   * in stdout's buffer, a copy and a second write per block.  Like
   * glibc's fwrite, a failed write (EINTR included) is not retried. */
  bool ok = fflush(stdout) == 0;
  while (ok && n) {
    ssize_t k = write(STDOUT_FILENO, p, n);
    if (k < 0)
      ok = false;
    else {
      p += k;
      n -= (size_t)k;
    }
  }
  if (!ok) { /* a live pipe's reader gone */
    if (errno != EPIPE)
      cli_error("stdout", "write error: %s", strerror(errno));
    exit(EXIT_TROUBLE);
  }
  cli_blocked_out = 0;
}

/* Write the rows that -j1 holds (stem_block.held), if any. */
static void write_held(stem_run *r) {
  stem_block *b = &r->ring[0];
  if (!r->nthreads && b->held) {
    write_out(r->o, b->out.ptr, b->held);
    b->held = 0;
  }
}

/* Say what the operand being written had replaced (one line per kind, for
 * all its blocks, so that stderr does not depend on -j and its block
 * size), and start over for the next.  Its rows are written first. */
static void say_repairs(stem_run *r, const char *const *names) {
  const frex_repair_stats *f = &r->fix;
  static const char *const what[3] = {"invalid", "NUL", "control"};
  const size_t n[3] = {f->invalid, f->nuls, f->controls};
  const size_t at[3] = {f->first_invalid, f->first_nul, f->first_control};
  if ((n[0] || n[1] || n[2]) && r->out_input >= 0) {
    write_held(r);
    for (int k = 0; k < 3; k++)
      if (n[k]) /* README "Encodings and offsets": exit 1, -q or not */
        cli_error(names[r->out_input],
                  "%zu %s bytes (first at line %zu, byte %zu), replaced",
                  n[k], what[k], r->fix_line[k], at[k]);
    r->ok = false;
  }
  memset(&r->fix, 0, sizeof r->fix);
}

/* Add block B's replaced bytes to its operand's (its lines from LINENO). */
static void add_repairs(stem_run *r, const stem_block *b) {
  const frex_repair_stats *f = &b->fix;
  if (f->invalid && !r->fix.invalid) {
    r->fix.first_invalid = f->first_invalid;
    r->fix_line[0] = r->lineno + b->fix_line[0];
  }
  if (f->nuls && !r->fix.nuls) {
    r->fix.first_nul = f->first_nul;
    r->fix_line[1] = r->lineno + b->fix_line[1];
  }
  if (f->controls && !r->fix.controls) {
    r->fix.first_control = f->first_control;
    r->fix_line[2] = r->lineno + b->fix_line[2];
  }
  r->fix.invalid += f->invalid;
  r->fix.nuls += f->nuls;
  r->fix.controls += f->controls;
}

/* Write the next block in order (the main thread), once it is stemmed:
 * its messages, then its rows.  With -j1 the rows of a block with nothing
 * to say may be held for the next (OUT_J1). */
static void write_next(stem_run *r, const char *const *names) {
  stem_block *b = &r->ring[r->next_out % r->queue];
  if (r->nthreads) {
    pthread_mutex_lock(&r->mu);
    while (!b->done)
      pthread_cond_wait(&r->done, &r->mu);
    pthread_mutex_unlock(&r->mu);
  }
  r->next_out++;
  size_t held = b->held; /* rows of the blocks before, at OUT's start */
  b->held = 0;
  if (cli_signal) { /* interrupted: what is written ends with a whole row */
    if (held)
      write_out(r->o, b->out.ptr, held);
    return;
  }
  size_t sent = 0; /* bytes of OUT written here before the rows */
  if (b->input != r->out_input) {
    if (r->fix.invalid || r->fix.nuls || r->fix.controls) {
      if (held) /* the operand's last rows before what it had replaced */
        write_out(r->o, b->out.ptr, held);
      sent = held;
      say_repairs(r, names);
    }
    r->out_input = b->input;
    r->lineno = 0;
    r->bad = 0;
    r->gave_up = false;
  }
  if (r->gave_up) /* read ahead of the give-up: dropped */
    return;
  add_repairs(r, b);
  size_t end = b->out.len;
  if (!b->nbad && !b->header) { /* only rows */
    r->lineno += b->rows;
    if (!sent && !r->nthreads && !r->o->line_buffered && end < OUT_J1)
      b->held = end; /* with the next block's */
    else
      write_out(r->o, b->out.ptr + sent, end - sent);
    return;
  }
  if (held > sent) /* before the block's messages */
    write_out(r->o, b->out.ptr + sent, held - sent);
  for (int i = 0; i < b->nbad; i++) {
    if (b->other_header && i + 1 == b->nbad) {
      cli_error(names[b->input], "line %zu: a header unlike %s; the rest "
                                 "skipped (are these TSVs of one kind?)",
                r->lineno + b->bad_line[i],
                b->ref_line1 ? "the one on line 1" : "frex tokenize's");
      r->ok = false;
      r->gave_up = true;
      end = b->bad_at[i];
      break;
    }
    if (b->long_row)
      cli_error(names[b->input], "line %zu: longer than %zu MB, not a token "
                                 "TSV row; skipped",
                r->lineno + b->bad_line[i], ROW_MAX >> 20);
    else
      cli_error(names[b->input], "line %zu: not a token TSV row (want %d "
                                 "columns)",
                r->lineno + b->bad_line[i], NCOLS);
    r->ok = false;
    if (++r->bad == MAX_BAD) { /* README.md gave one error per line */
      cli_error(names[b->input], "%d malformed rows, the rest skipped (is "
                                 "it token TSV from frex tokenize?)",
                MAX_BAD);
      r->gave_up = true;
      end = b->bad_at[i];
      break;
    }
  }
  r->lineno += b->rows;
  if (b->header) {
    if (!r->header_done && !r->o->no_header)
      write_out(r->o, header.ptr, header.len);
    r->header_done = true;
  }
  write_out(r->o, b->out.ptr + held, end - held);
}

/* Write every queued block, and the rows held. */
static void drain(stem_run *r, const char *const *names) {
  while (r->next_out < r->next_in)
    write_next(r, names);
  write_held(r);
}

static void *stem_worker_main(void *arg) {
  stem_thread *t = arg;
  stem_run *r = t->r;
  pthread_mutex_lock(&r->mu);
  for (;;) {
    while (r->next_claim == r->next_in && !r->closing)
      pthread_cond_wait(&r->work, &r->mu);
    if (r->next_claim == r->next_in)
      break;
    stem_block *b = &r->ring[r->next_claim++ % r->queue];
    pthread_mutex_unlock(&r->mu);
    stem_block_run(t, b);
    pthread_mutex_lock(&r->mu);
    b->done = true;
    pthread_cond_broadcast(&r->done);
  }
  pthread_mutex_unlock(&r->mu);
  return NULL;
}

/* Is more input ready on FD now (a live pipe whose writer is not
 * writing: false)?  A regular file always is. */
static bool more_ready(int fd) {
  struct pollfd pf = {fd, POLLIN, 0};
  return poll(&pf, 1, 0) != 0;
}

/* Read up to WANT bytes of FD into P: stops short at end of input (*EOF
 * set; *ERR set to errno on a read error) or, when LIVE (--line-buffered),
 * when some bytes came and no more are ready, so that the rows of a live
 * pipe are stemmed as they come (fread waited for a megabyte).  Blocks cut
 * short hold the same rows as whole ones: the output does not change. */
static size_t read_some(int fd, char *p, size_t want, bool live, bool pipe,
                        bool *eof, int *err) {
  size_t got = 0;
  while (got < want) {
    ssize_t k = -1;
    bool tried = false; /* K is a read's answer */
#if defined(RWF_NOWAIT)
    /* What a pipe already holds is read without waiting, and the poll of
     * cli_wait_input (for a signal's wake-up) comes only when it would
     * block: a system call costs about 1 us on the VMs of BENCH.md, and
     * frex stem made 16,000 of these polls on the bench corpus's TSV,
     * nearly all of them on a pipe that held data (round 14b).  A kernel
     * or file that does not take RWF_NOWAIT gets the poll each time. */
    static bool no_nowait;
    if (pipe && !no_nowait) {
      if (cli_signal) { /* as cli_wait_input: stop reading */
        *eof = true;
        break;
      }
      struct iovec iov = {p + got, want - got};
      k = preadv2(fd, &iov, 1, -1, RWF_NOWAIT);
      if (k < 0 && (errno == EOPNOTSUPP || errno == EINVAL ||
                    errno == ENOSYS || errno == ESPIPE))
        no_nowait = true; /* from now on, the poll and read(2) */
      tried = k >= 0 || (errno != EAGAIN && !no_nowait);
    }
#endif
    if (!tried) {
      if (pipe && !cli_wait_input(fd)) { /* a signal: stop reading */
        *eof = true;
        break;
      }
      k = read(fd, p + got, want - got);
    }
    if (k < 0 && errno == EINTR && !cli_signal)
      continue;
    if (k < 0) {
      if (errno != EINTR)
        *err = errno;
      *eof = true;
      break;
    }
    if (k == 0) {
      *eof = true;
      break;
    }
    got += (size_t)k;
    if (live && got < want && !more_ready(fd))
      break;
  }
  return got;
}

/* Out of memory while reading: the rows held first, then the message. */
static _Noreturn void out_of_memory(stem_run *r, const char *name) {
  write_held(r);
  cli_error(name, "out of memory");
  exit(EXIT_TROUBLE);
}

/* Each CR of P[0..n) made a LF (an input whose lines end with CR alone). */
static void cr_to_lf(char *p, size_t n) {
  for (char *q = p; (q = memchr(q, '\r', (size_t)(p + n - q))); q++)
    *q = '\n';
}

/* Read FD (operand INPUT) in blocks of whole rows and queue them; a last
 * row without its newline gets one.  CARRY keeps the incomplete row at a
 * block's end for the next.  With --line-buffered a block ends where the
 * input pauses (after a whole row), and is written before frex waits for
 * more. */
static void stem_stream(stem_run *r, const char *const *names, int input,
                        int fd, frex_buf *carry) {
  bool eof = false, first = true, live = r->o->line_buffered;
  int err = 0;
  struct stat st;
  bool pipe = fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
  size_t block = r->nthreads ? BLOCK : BLOCK_J1;
  size_t offset = 0; /* in the operand, of the next block's first byte */
  bool cr_lines = false; /* its lines end with CR alone */
  frex_buf_clear(carry);
  while (!eof && !cli_signal) {
    if (r->next_in - r->next_out == r->queue)
      write_next(r, names); /* the queue is full: make room */
    if (r->gave_up && r->out_input == input)
      break; /* the rest skipped */
    stem_block *b = &r->ring[r->next_in % r->queue];
    frex_buf *d = &b->in;
    frex_buf_clear(d);
    if (frex_buf_put(d, carry->ptr, carry->len)) {
      out_of_memory(r, names[input]);
    }
    frex_buf_clear(carry);
    b->long_row = false;
    for (;;) {
      if (frex_buf_grow(d, block + SLACK)) {
        out_of_memory(r, names[input]);
      }
      size_t got = read_some(fd, d->ptr + d->len, block, live, pipe, &eof, &err);
      /* frex writes no NUL byte: an input whose head (its first 64 KB,
       * the first block of -j1) holds one is no token TSV (an archive,
       * /dev/zero), skipped as grep skips binary files.  The head was the
       * first read, 1 MB with -j2 or more: a NUL at 100 KB skipped the
       * file with -j2 and not with -j1.  A NUL further on is replaced and
       * said (repair_block). */
      if (first && d->len == 0 &&
          memchr(d->ptr, 0, got < BLOCK_J1 ? got : BLOCK_J1)) {
        drain(r, names); /* the message after the rows before it */
        say_repairs(r, names);
        cli_error(names[input], "binary file, skipped (frex stem reads "
                                "token TSV from frex tokenize)");
        r->ok = false;
        return;
      }
      /* a UTF-8 BOM (a TSV saved by a spreadsheet or PowerShell) is not
       * part of the header: the header was read as a row, its "stem"
       * name overwritten, exit 0 */
      if (first && d->len == 0 && got >= 3 &&
          memcmp(d->ptr, "\xEF\xBB\xBF", 3) == 0) {
        memmove(d->ptr, d->ptr + 3, got - 3);
        got -= 3;
        offset = 3;
      }
      /* lines ended by CR alone (a spreadsheet's "Macintosh" export) made
       * one line of the whole input, which started like the header and
       * was dropped as one: no row, no word, exit 0.  As --lines does, a
       * first line with a CR inside it (not before its LF) has the
       * input's CRs read as line ends (frex writes a CR in a field as
       * \r, so a raw one ends a line) */
      if (first && d->len == 0) {
        const char *lf = memchr(d->ptr, '\n', got);
        const char *cr = memchr(d->ptr, '\r', lf ? (size_t)(lf - d->ptr) : got);
        if (cr && cr + 1 < (lf ? lf : d->ptr + got)) {
          cr_lines = true;
          drain(r, names); /* the message after the rows before it */
          say_repairs(r, names);
          cli_warn(names[input], "lines end with CR alone: each CR read "
                                 "as a line end");
        }
      }
      if (cr_lines)
        cr_to_lf(d->ptr + d->len, got);
      d->len += got;
      if (eof) {
        if (d->len && d->ptr[d->len - 1] != '\n')
          frex_buf_putc(d, '\n'); /* room was grown for it */
        break;
      }
      const char *nl = memrchr(d->ptr, '\n', d->len);
      if (nl) { /* keep the incomplete row for the next block */
        size_t keep = (size_t)(nl + 1 - d->ptr);
        if (frex_buf_put(carry, nl + 1, d->len - keep)) {
          out_of_memory(r, names[input]);
        }
        d->len = keep;
        break;
      }
      if (d->len >= ROW_MAX) { /* D is one line: skip it to its end */
        b->long_row = true;
        b->offset = offset;
        offset += d->len;
        for (;;) {
          bool end = false; /* the rows after the line are still read */
          got = read_some(fd, d->ptr, block, false, pipe, &end, &err);
          if (cr_lines)
            cr_to_lf(d->ptr, got);
          nl = memchr(d->ptr, '\n', got);
          offset += nl ? (size_t)(nl + 1 - d->ptr) : got;
          if (nl && frex_buf_put(carry, nl + 1,
                                 got - (size_t)(nl + 1 - d->ptr))) {
            out_of_memory(r, names[input]);
          }
          eof = end && !nl;
          if (nl || end)
            break;
        }
        d->len = 0;
        break;
      }
    }
    if (!d->len && !b->long_row)
      break;
    if (first) { /* the header rows further on must equal */
      size_t n = d->len, eol;
      const char *nl = memchr(d->ptr, '\n', n);
      eol = nl ? (size_t)(nl - d->ptr) : n;
      r->ref_line1 = !b->long_row && eol >= header_mark &&
                     memcmp(d->ptr, header.ptr, header_mark) == 0;
      if (r->ref_line1 && eol && d->ptr[eol - 1] == '\r')
        eol--;
      frex_buf_clear(&r->ref);
      if (r->ref_line1 ? frex_buf_put(&r->ref, d->ptr, eol)
                       : frex_buf_put(&r->ref, header.ptr, header.len - 1)) {
        out_of_memory(r, names[input]);
      }
    }
    frex_buf_clear(&b->ref);
    if (frex_buf_put(&b->ref, r->ref.ptr, r->ref.len)) {
      out_of_memory(r, names[input]);
    }
    b->ref_line1 = r->ref_line1;
    /* zeros after the data: reads past a row stay defined, and find no
     * newline */
    memset(d->ptr + d->len, 0, SLACK);
    if (!b->long_row) {
      b->offset = offset;
      offset += d->len;
    }
    b->input = input;
    b->first = first;
    first = false;
    b->done = false;
    if (!r->nthreads) {
      stem_block_run(&r->t[0], b);
      b->done = true;
      r->next_in++;
    } else {
      pthread_mutex_lock(&r->mu);
      r->next_in++;
      pthread_cond_signal(&r->work);
      pthread_mutex_unlock(&r->mu);
    }
    if (live && !eof && !more_ready(fd))
      drain(r, names); /* the input pauses: show what it gave */
  }
  if (err) {
    drain(r, names); /* the message after the rows read before it */
    cli_error(names[input], "read error: %s", strerror(err));
    r->ok = false;
  }
}

/* `frex stem t.tsv >> t.tsv` would read its own rows for ever (SPEC
 * "Robustness": never destroy input): the input among PATHS that is the
 * regular file on standard output, or NULL. */
static const char *output_is_input(char **paths, int npaths) {
  struct stat out, in;
  if (fstat(STDOUT_FILENO, &out) != 0 || !S_ISREG(out.st_mode))
    return NULL;
  for (int i = 0; i < npaths; i++) {
    bool is_stdin = strcmp(paths[i], "-") == 0;
    if ((is_stdin ? fstat(STDIN_FILENO, &in) : stat(paths[i], &in)) == 0 &&
        in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      return paths[i];
  }
  return NULL;
}

/* N zeroed slots, the zeros written: calloc's fresh pages would be read by
 * the probes (the shared zero page) and then copied at the first write, two
 * faults a page.  The row cache (2.6 MB, probed at random once a row) goes
 * on transparent huge pages: with 4 KB pages each probe missed the TLB.
 * This is the library's frex_zalloc (buf.h says what it measured), which
 * the CLI cannot include: it uses the public API only. */
static void *zeroed(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  size_t bytes = n && size ? n * size : 1;
  void *v = NULL;
#if defined(MADV_HUGEPAGE)
  enum { HUGE = 2 << 20 };
  if (bytes >= HUGE / 2) {
    size_t round = (bytes + HUGE - 1) / HUGE * HUGE;
    if ((v = aligned_alloc(HUGE, round)))
      (void)madvise(v, round, MADV_HUGEPAGE);
  }
#endif
  if (!v)
    v = malloc(bytes);
  if (v)
    memset(v, 0, n * size);
  return v;
}

static int thread_init(stem_thread *t, stem_run *r, const frex_pipeline *p) {
  t->r = r;
  /* no cache if it cannot be had: every row then takes the general path */
  t->cache.slots = zeroed((size_t)1 << CACHE_BITS, sizeof(stem_slot));
  t->cache.n = 0;
  t->norm = (frex_buf)FREX_BUF_INIT;
  return frex_worker_new(&t->w, p);
}

static void thread_free(stem_thread *t) {
  free(t->cache.slots);
  frex_buf_free(&t->norm);
  frex_worker_free(t->w);
}

int cli_stem(const cli_opts *o, char **paths, int npaths) {
  frex_config cfg = {FREX_ENT_NONE, false, {0, 0, 0}, NULL, NULL, 0, NULL,
                     NULL};
  frex_pipeline *p;
  char err[256];
  int rc = init_names();
  pick_block_run();
  if (!rc)
    rc = frex_pipeline_new(&p, &cfg, err, sizeof err);
  if (rc) {
    cli_error(NULL, "%s", frex_strerror(rc));
    return EXIT_TROUBLE;
  }
  cli_catch_signals();
  stem_run r = {.o = o, .out_input = -1, .ok = true};
  /* at most QUEUE_MAX blocks are in flight, so a thread past that number
   * never gets one; each costs its row cache and worker (-j1024 on a
   * 1 MB token file took 5.3 GB and 35 s to start them) */
  int jobs = o->jobs > 1 ? o->jobs : 1;
  if (jobs > QUEUE_MAX)
    jobs = QUEUE_MAX;
  /* nor more threads than the inputs have blocks, when they are regular
   * files: -j1024 on a one-row file started 32 workers and peaked at
   * 171 MB for -j1's 13 MB (the output does not depend on -j) */
  if (jobs > 1 && npaths > 0) {
    unsigned long long total = 0;
    bool sized = true;
    for (int i = 0; i < npaths && sized; i++) {
      struct stat sb;
      sized = strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 &&
              S_ISREG(sb.st_mode);
      if (sized)
        total += (unsigned long long)sb.st_size;
    }
    unsigned long long blocks = (total + BLOCK - 1) / BLOCK;
    if (sized && blocks < (unsigned long long)jobs)
      jobs = blocks > 1 ? (int)blocks : 1;
  }
  r.nthreads = jobs > 1 ? jobs : 0;
  r.queue = !r.nthreads                     ? 1
            : r.nthreads < (QUEUE_MAX - 2) / 2 ? 2 * (size_t)r.nthreads + 2
                                               : QUEUE_MAX;
  r.ring = calloc(r.queue, sizeof *r.ring);
  r.t = calloc((size_t)jobs, sizeof *r.t);
  if (!r.ring || !r.t) {
    cli_error(NULL, "%s", frex_strerror(FREX_E_NOMEM));
    return EXIT_TROUBLE;
  }
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.work, NULL);
  pthread_cond_init(&r.done, NULL);
  int started = 0;
  for (int i = 0; i < jobs; i++) {
    if ((rc = thread_init(&r.t[i], &r, p))) {
      cli_error(NULL, "%s", frex_strerror(rc));
      return EXIT_TROUBLE;
    }
    if (r.nthreads &&
        pthread_create(&r.t[i].tid, NULL, stem_worker_main, &r.t[i]) == 0)
      started++;
  }
  if (r.nthreads && !started) /* no thread: the main thread stems */
    r.nthreads = 0;
  bool status_trouble = false;
  static char *dash[] = {(char *)"-"};
  if (npaths == 0) {
    paths = dash;
    npaths = 1;
  }
  const char *const *names = (const char *const *)paths;
  struct stat so;
  out_pipe = fstat(STDOUT_FILENO, &so) == 0 &&
             (S_ISFIFO(so.st_mode) || S_ISSOCK(so.st_mode) ||
              S_ISCHR(so.st_mode));
  static const char *const out_name[] = {"stdout"};
  cli_signal_outputs(out_name, 1);
  const char *clash = output_is_input(paths, npaths);
  if (clash) {
    cli_error(clash, "is both an input and standard output; refused, "
                     "nothing written");
    status_trouble = true;
    npaths = 0;
  }
  frex_buf carry = FREX_BUF_INIT;
  for (int i = 0; i < npaths && !cli_signal; i++) {
    bool is_stdin = strcmp(paths[i], "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : cli_open_input(paths[i]);
    if (fd < 0) {
      int e = errno;
      drain(&r, names); /* the message after the rows before it */
      say_repairs(&r, names);
      cli_error(paths[i], "%s", strerror(e));
      r.ok = false;
      continue;
    }
    stem_stream(&r, names, i, fd, &carry);
    if (!is_stdin)
      close(fd);
  }
  drain(&r, names);
  say_repairs(&r, names);
  pthread_mutex_lock(&r.mu);
  r.closing = true;
  pthread_cond_broadcast(&r.work);
  pthread_mutex_unlock(&r.mu);
  for (int i = 0; i < started; i++)
    pthread_join(r.t[i].tid, NULL);
  int status = status_trouble ? EXIT_TROUBLE
               : r.ok         ? EXIT_ALL_OK
                              : EXIT_SOME_INPUT;
  cli_blocked_out = out_pipe;
  if (out_pipe)
    cli_blocked_write(0, STDOUT_FILENO);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    if (errno != EPIPE)
      cli_error("stdout", "write error: %s", strerror(errno));
    status = EXIT_TROUBLE;
  }
  cli_blocked_out = 0;
  cli_interrupted(out_name, 1);
  for (int i = 0; i < jobs; i++)
    thread_free(&r.t[i]);
  for (size_t i = 0; i < r.queue; i++) {
    frex_buf_free(&r.ring[i].in);
    frex_buf_free(&r.ring[i].out);
    frex_buf_free(&r.ring[i].ref);
  }
  free(r.ring);
  free(r.t);
  frex_buf_free(&carry);
  frex_buf_free(&r.ref);
  frex_buf_free(&header);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.work);
  pthread_cond_destroy(&r.done);
  frex_pipeline_free(p);
  return status;
}
