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

#include "buf.h"
#include "cli.h"

enum { COL_CLASS = 4, COL_NORM = 6, COL_STEM = 7, NCOLS = 8 };

/* Rows repeat the same few thousand norms, so the stem column of a row is
 * cached as it is written (escaped) under the norm field as it is read
 * (escaped too): a hit costs a hash of two words, a compare and a copy,
 * with no unescaping, no libstemmer and no frex_strmap.  Norms of up to
 * KEY_MAX bytes whose escaped stem fits in STEM_MAX are cached; the rest
 * (and any miss) take the general path. */
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
  uint64_t a, b;
  memcpy(&a, nm, 8);
  memcpy(&b, nm + 8, 8);
  /* keep the first n bytes (little-endian order); the shifts stay < 64 */
  uint64_t ma = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
  uint64_t mb = n >= 16 ? ~0ull : n <= 8 ? 0 : (1ull << (8 * (n - 8))) - 1;
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
 * OUT, which has room for 2 * nlen + STEM_MAX + 16 more bytes. */
static void put_stem(frex_worker *w, stem_cache *c, const char *nm,
                     size_t nlen, frex_buf *out, frex_buf *norm) {
  uint64_t key[2];
  stem_slot *sl = NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (c->slots && nlen && nlen <= KEY_MAX) {
    load_key(nm, nlen, key);
    sl = cache_slot(c, key, nlen);
    if (sl->klen) { /* a hit: the escaped stem, padded, in one copy */
      memcpy(out->ptr + out->len, sl->stem, STEM_MAX);
      out->len += sl->slen;
      return;
    }
  }
#endif
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

/* Stem one TSV row LINE[0..n) (no newline) with NTABS tabs, the first
 * ones at P + TAB[k], into OUT; false if malformed. */
static bool stem_row(frex_worker *w, stem_cache *c, const char *line,
                     size_t n, const char *p, const size_t *tab,
                     size_t ntabs, frex_buf *out, frex_buf *norm) {
  if (ntabs != NCOLS - 1)
    return false;
  /* column k starts after tab k - 1 */
  const char *cls = p + tab[COL_CLASS - 1] + 1;
  const char *nm = p + tab[COL_NORM - 1] + 1;
  const char *stem = p + tab[COL_STEM - 1] + 1;
  size_t keep = (size_t)(stem - line);
  size_t need = keep + 2 * n + STEM_MAX + 16;
  if (out->cap - out->len < need + 1 && frex_buf_grow(out, need))
    return false;
  memcpy(out->ptr + out->len, line, keep);
  out->len += keep;
  if (p + tab[COL_CLASS] - cls == 4 && memcmp(cls, "WORD", 4) == 0)
    put_stem(w, c, nm, (size_t)(stem - nm - 1), out, norm);
  out->ptr[out->len++] = '\n';
  out->ptr[out->len] = '\0';
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

/* Read F in 1 MB blocks and stem each complete row.  Tabs and newlines
 * are found in one pass, 16 bytes at a time: a memchr per row and per
 * column costs more in calls than in bytes on rows of ~50 bytes. */
static bool stem_stream(const cli_opts *o, frex_worker *w, stem_cache *c,
                        FILE *in, const char *name, frex_buf *out,
                        bool *header_done) {
  enum { BLOCK = 1 << 20, SLACK = 64 };
  frex_buf data = FREX_BUF_INIT, norm = FREX_BUF_INIT;
  size_t lineno = 0;
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
    /* zeros after the data: whole-word reads past a field stay defined */
    memset(data.ptr + data.len, 0, SLACK);
    const char *p = data.ptr;
    size_t line = 0;       /* offset of the row being scanned */
    size_t tabs[16];       /* offsets of its tabs (mod 16: a row of more
                              than NCOLS - 1 is malformed anyway) */
    size_t ntabs = 0;      /* all its tabs, counted */
    size_t i = 0, len = data.len;
    while (i < len) {
      /* masks of the tabs and newlines among the next 16 bytes (or the
       * last byte): the same positions, in the same order, either way */
      unsigned tm, nm, width;
#ifdef __SSE2__
      if (i + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        tm = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
        nm = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
        width = 16;
      } else
#endif
      {
        tm = p[i] == '\t';
        nm = p[i] == '\n';
        width = 1;
      }
      while (nm) {
        unsigned k = (unsigned)__builtin_ctz(nm);
        nm &= nm - 1;
        /* the tabs before the newline end this row's columns */
        for (unsigned b4 = tm & ((1u << k) - 1); b4; b4 &= b4 - 1, ntabs++)
          tabs[ntabs & 15] = i + (unsigned)__builtin_ctz(b4);
        tm &= ~((2u << k) - 1);
        const char *row = p + line;
        size_t n = i + k - line;
        lineno++;
        if (n && row[n - 1] == '\r')
          n--;
        if (lineno == 1 && n >= 9 && memcmp(row, "doc\tsent\t", 9) == 0) {
          if (!*header_done && !o->no_header)
            frex_buf_puts(out, frex_token_header);
          *header_done = true;
        } else if (!stem_row(w, c, row, n, p, tabs, ntabs, out, &norm)) {
          cli_error(name, "line %zu: not a token TSV row (want %d columns)",
                    lineno, NCOLS);
          ok = false;
        }
        if (out->len >= BLOCK)
          write_out(o, out);
        line = i + k + 1;
        ntabs = 0;
      }
      for (; tm; tm &= tm - 1, ntabs++)
        tabs[ntabs & 15] = i + (unsigned)__builtin_ctz(tm);
      i += width;
    }
    /* keep the incomplete last row for the next block */
    size_t pos = line;
    memmove(data.ptr, data.ptr + pos, data.len - pos);
    data.len -= pos;
  }
  if (ferror(in)) {
    cli_error(name, "read error: %s", strerror(errno));
    ok = false;
  }
  frex_buf_free(&data);
  frex_buf_free(&norm);
  return ok;
}

int cli_stem(const cli_opts *o, char **paths, int npaths) {
  frex_config cfg = {FREX_ENT_NONE, false, {0, 0, 0}, NULL, NULL, 0, NULL,
                     NULL};
  frex_pipeline *p;
  frex_worker *w;
  char err[256];
  int rc = frex_pipeline_new(&p, &cfg, err, sizeof err);
  if (rc || (rc = frex_worker_new(&w, p))) {
    cli_error(NULL, "%s", frex_strerror(rc));
    return EXIT_TROUBLE;
  }
  frex_buf out = FREX_BUF_INIT;
  bool ok = true, header_done = false;
  /* no cache if it cannot be had: every row then takes the general path */
  stem_cache cache = {calloc((size_t)1 << CACHE_BITS, sizeof(stem_slot)), 0};
  static char *dash[] = {(char *)"-"};
  if (npaths == 0) {
    paths = dash;
    npaths = 1;
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
  int status = ok ? EXIT_ALL_OK : EXIT_SOME_INPUT;
  write_out(o, &out);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("stdout", "write error: %s", strerror(errno));
    status = EXIT_TROUBLE;
  }
  frex_buf_free(&out);
  free(cache.slots);
  frex_worker_free(w);
  frex_pipeline_free(p);
  return status;
}
