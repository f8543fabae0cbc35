/*
 * cli_stem.c — `frex stem`: read token TSV (from frex tokenize) and write
 * the same rows with the stem column filled from the norm column, for WORD
 * tokens.  Streams line by line; stems are cached per distinct norm.
 */
#include <errno.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
enum { KEY_MAX = 16, STEM_MAX = 22, CACHE_BITS = 16 };

typedef struct stem_slot {
  uint64_t key[2]; /* the norm field, zero-padded */
  unsigned char klen; /* 0: empty slot (an empty norm is not cached) */
  unsigned char slen;
  char stem[STEM_MAX]; /* the stem field, escaped */
} stem_slot;

typedef struct stem_cache {
  stem_slot *slots; /* 1 << CACHE_BITS, cleared when half full */
  size_t n;
} stem_cache;

/* The norm field NM[0..n) (1 <= n <= KEY_MAX) as two zero-padded words.
 * NM may be read 16 bytes on: the block it lies in has that slack. */
static inline void load_key(const char *nm, size_t n, uint64_t key[2]) {
  /* 16 bytes of ones then zeros: the masks that keep the first n bytes
   * start 16 - n bytes in */
  static const unsigned char ones[32] = {
      255, 255, 255, 255, 255, 255, 255, 255,
      255, 255, 255, 255, 255, 255, 255, 255};
  uint64_t a, b, ma, mb;
  memcpy(&a, nm, 8);
  memcpy(&b, nm + 8, 8);
  memcpy(&ma, ones + 16 - n, 8);
  memcpy(&mb, ones + 24 - n, 8);
  key[0] = a & ma;
  key[1] = b & mb;
}

static inline stem_slot *cache_slot(stem_cache *c, const uint64_t key[2],
                                    size_t n) {
  uint64_t h = (key[0] * 0x9e3779b97f4a7c15ull) ^
               ((key[1] ^ n) * 0xbf58476d1ce4e5b9ull);
  h ^= h >> 29;
  size_t mask = ((size_t)1 << CACHE_BITS) - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    stem_slot *sl = &c->slots[i];
    if (!sl->klen || (sl->klen == n && sl->key[0] == key[0] &&
                      sl->key[1] == key[1]))
      return sl;
  }
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
  if (n < 64) { /* one fixed copy of 64 bytes: both sides have room */
#ifdef __SSE2__
    __m128i v0 = _mm_loadu_si128((const __m128i *)row);
    __m128i v1 = _mm_loadu_si128((const __m128i *)(row + 16));
    __m128i v2 = _mm_loadu_si128((const __m128i *)(row + 32));
    __m128i v3 = _mm_loadu_si128((const __m128i *)(row + 48));
    _mm_storeu_si128((__m128i *)d, v0);
    _mm_storeu_si128((__m128i *)(d + 16), v1);
    _mm_storeu_si128((__m128i *)(d + 32), v2);
    _mm_storeu_si128((__m128i *)(d + 48), v3);
#else
    memcpy(d, row, 64);
#endif
  } else {
    memcpy(d, row, keep);
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

static void write_out(const cli_opts *o, frex_buf *out) {
  if (out->len && fwrite(out->ptr, 1, out->len, stdout) != out->len) {
    cli_error("stdout", "write error: %s", strerror(errno));
    exit(EXIT_TROUBLE);
  }
  frex_buf_clear(out);
  if (o->line_buffered)
    fflush(stdout);
}

/* Masks of the tabs and of the newlines among the 64 bytes at P. */
static inline void row_masks(const char *p, uint64_t *tabs, uint64_t *nls) {
#ifdef __SSE2__
  const __m128i tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n');
  __m128i v0 = _mm_loadu_si128((const __m128i *)p);
  __m128i v1 = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i v2 = _mm_loadu_si128((const __m128i *)(p + 32));
  __m128i v3 = _mm_loadu_si128((const __m128i *)(p + 48));
#define MASK64(x)                                                            \
  ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v0, x)) |           \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v1, x)) << 16 |     \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v2, x)) << 32 |     \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v3, x)) << 48)
  *tabs = MASK64(tab);
  *nls = MASK64(nl);
#undef MASK64
#else
  uint64_t tm = 0, nm = 0;
  for (int k = 0; k < 64; k++) {
    tm |= (uint64_t)(p[k] == '\t') << k;
    nm |= (uint64_t)(p[k] == '\n') << k;
  }
  *tabs = tm;
  *nls = nm;
#endif
}

/* From the mask TM of a row's tabs (bits under 63), the offsets of tabs
 * COL_CLASS - 1 to COL_STEM - 1 in TAB[0..4); false unless the row has
 * exactly NCOLS - 1 tabs.  Bit 63 stands in for a missing tab (such a row
 * is rejected anyway), so ctz never sees zero. */
static inline bool mask_tabs(uint64_t tm, size_t tab[4]) {
  tm &= tm - 1; /* tabs 0 to COL_CLASS - 2 */
  tm &= tm - 1;
  tm &= tm - 1;
  tab[0] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[1] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[2] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  tm &= tm - 1;
  tab[3] = (size_t)__builtin_ctzll(tm | 1ull << 63);
  return tm && !(tm & (tm - 1)); /* the last tab, alone */
}

/* Read F in 1 MB blocks and stem each complete row.  A row's newline and
 * tabs are found in one look at its first 64 bytes (most rows are
 * shorter); a memchr per row and per column costs more in calls than in
 * bytes on rows of ~50 bytes.  Only the first NCOLS tabs are kept: a row
 * with more is malformed anyway. */
static bool stem_stream(const cli_opts *o, frex_worker *w, stem_cache *c,
                        FILE *in, const char *name, frex_buf *out,
                        bool *header_done) {
  enum { BLOCK = 1 << 20, SLACK = 64, MAX_BAD = 5 };
  frex_buf data = FREX_BUF_INIT, norm = FREX_BUF_INIT;
  size_t lineno = 0;
  int bad = 0; /* malformed rows: the input is given up after MAX_BAD */
  bool ok = true, eof = false;
  while (!eof) {
    if (frex_buf_grow(&data, BLOCK + SLACK)) {
      cli_error(name, "out of memory");
      exit(EXIT_TROUBLE);
    }
    size_t got = fread(data.ptr + data.len, 1, BLOCK, in);
    data.len += got;
    eof = got < BLOCK;
    if (eof && data.len && data.ptr[data.len - 1] != '\n')
      frex_buf_putc(&data, '\n'); /* a last row without its newline */
    /* zeros after the data: reads past a row stay defined, and find no
     * newline */
    memset(data.ptr + data.len, 0, SLACK);
    const char *p = data.ptr;
    size_t line = 0, len = data.len; /* the row being scanned */
    while (line < len) {
      const char *row = p + line;
      size_t tabs[4], n;
      bool cols; /* the row has NCOLS columns */
      uint64_t tm, nm;
      row_masks(row, &tm, &nm);
      if (nm) { /* n < 64 */
        n = (size_t)__builtin_ctzll(nm);
        cols = mask_tabs(tm & ((1ull << n) - 1), tabs);
      } else { /* a long row, or the block's last and incomplete one */
        const char *nl = len - line > 64
                             ? memchr(row + 64, '\n', len - line - 64)
                             : NULL;
        if (!nl)
          break;
        n = (size_t)(nl - row);
        size_t ntabs = 0;
        for (size_t at = 0; at < n; at += 64) {
          row_masks(row + at, &tm, &nm);
          if (n - at < 64)
            tm &= (1ull << (n - at)) - 1;
          for (; tm; tm &= tm - 1, ntabs++)
            if (ntabs >= COL_CLASS - 1 && ntabs <= COL_STEM - 1)
              tabs[ntabs - (COL_CLASS - 1)] = at + (size_t)__builtin_ctzll(tm);
        }
        cols = ntabs == NCOLS - 1;
      }
      line += n + 1;
      lineno++;
      if (n && row[n - 1] == '\r')
        n--;
      if (__builtin_expect(lineno == 1, 0) && n >= header_mark &&
          memcmp(row, header.ptr, header_mark) == 0) {
        if (!*header_done && !o->no_header)
          frex_buf_put(out, header.ptr, header.len);
        *header_done = true;
      } else if (!cols || !stem_row(w, c, row, n, tabs, out, &norm)) {
        cli_error(name, "line %zu: not a token TSV row (want %d columns)",
                  lineno, NCOLS);
        ok = false;
        if (++bad == MAX_BAD) { /* README.md gave one error per line */
          cli_error(name, "%d malformed rows, the rest skipped (is it "
                          "token TSV from frex tokenize?)",
                    MAX_BAD);
          eof = true;
          line = len;
          break;
        }
      }
      if (out->len >= BLOCK)
        write_out(o, out);
    }
    /* keep the incomplete last row for the next block */
    memmove(data.ptr, data.ptr + line, data.len - line);
    data.len -= line;
  }
  if (ferror(in)) {
    cli_error(name, "read error: %s", strerror(errno));
    ok = false;
  }
  frex_buf_free(&data);
  frex_buf_free(&norm);
  return ok;
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

int cli_stem(const cli_opts *o, char **paths, int npaths) {
  frex_config cfg = {FREX_ENT_NONE, false, {0, 0, 0}, NULL, NULL, 0, NULL,
                     NULL};
  frex_pipeline *p;
  frex_worker *w;
  char err[256];
  int rc = init_names();
  if (!rc)
    rc = frex_pipeline_new(&p, &cfg, err, sizeof err);
  if (rc || (rc = frex_worker_new(&w, p))) {
    cli_error(NULL, "%s", frex_strerror(rc));
    return EXIT_TROUBLE;
  }
  frex_buf out = FREX_BUF_INIT;
  bool ok = true, header_done = false, status_trouble = false;
  /* no cache if it cannot be had: every row then takes the general path */
  stem_cache cache = {calloc((size_t)1 << CACHE_BITS, sizeof(stem_slot)), 0};
  static char *dash[] = {(char *)"-"};
  if (npaths == 0) {
    paths = dash;
    npaths = 1;
  }
  const char *clash = output_is_input(paths, npaths);
  if (clash) {
    cli_error(clash, "is both an input and standard output; refused, "
                     "nothing written");
    status_trouble = true;
    npaths = 0;
  }
  for (int i = 0; i < npaths; i++) {
    bool is_stdin = strcmp(paths[i], "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(paths[i], "r");
    if (!f) {
      cli_error(paths[i], "%s", strerror(errno));
      ok = false;
      continue;
    }
    ok &= stem_stream(o, w, &cache, f, paths[i], &out, &header_done);
    if (!is_stdin)
      fclose(f);
  }
  int status = status_trouble ? EXIT_TROUBLE
               : ok           ? EXIT_ALL_OK
                              : EXIT_SOME_INPUT;
  write_out(o, &out);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("stdout", "write error: %s", strerror(errno));
    status = EXIT_TROUBLE;
  }
  frex_buf_free(&out);
  frex_buf_free(&header);
  free(cache.slots);
  frex_worker_free(w);
  frex_pipeline_free(p);
  return status;
}
