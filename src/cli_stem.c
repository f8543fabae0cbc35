/*
 * cli_stem.c — `frex stem`: read token TSV (from frex tokenize) and write
 * the same rows with the stem column filled from the norm column, for WORD
 * tokens.  Streams line by line; stems are cached per distinct norm.
 */
#include <errno.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"

enum { COL_CLASS = 4, COL_NORM = 6, COL_STEM = 7, NCOLS = 8 };

/* Stem one TSV row LINE[0..n) (no newline) into OUT; false if malformed. */
static bool stem_row(frex_worker *w, const char *line, size_t n,
                     frex_buf *out, frex_buf *norm) {
  const char *col[NCOLS + 1];
  size_t ncol = 1, i = 0;
  col[0] = line;
  /* one pass over the row, 16 bytes at a time: a memchr per column costs
   * more in calls than in bytes on rows of ~60 bytes */
#ifdef __SSE2__
  const __m128i tab = _mm_set1_epi8('\t');
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(line + i));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, tab));
    while (m) {
      if (ncol == NCOLS)
        return false;
      col[ncol++] = line + i + (unsigned)__builtin_ctz(m) + 1;
      m &= m - 1;
    }
  }
#endif
  for (; i < n; i++)
    if (line[i] == '\t') {
      if (ncol == NCOLS)
        return false;
      col[ncol++] = line + i + 1;
    }
  if (ncol != NCOLS)
    return false;
  size_t keep = (size_t)(col[COL_STEM] - line);
  if (frex_buf_grow(out, keep + 2 * n + 2))
    return false;
  memcpy(out->ptr + out->len, line, keep);
  out->len += keep;
  size_t clen = (size_t)(col[COL_CLASS + 1] - col[COL_CLASS] - 1);
  if (clen == 4 && memcmp(col[COL_CLASS], "WORD", 4) == 0) {
    const char *nm = col[COL_NORM];
    size_t nlen = (size_t)(col[COL_STEM] - col[COL_NORM] - 1);
    if (memchr(nm, '\\', nlen)) { /* an escaped norm: undo it first */
      frex_buf_clear(norm);
      frex_buf_put(norm, nm, nlen);
      norm->len = frex_tsv_unescape(norm->ptr, norm->len);
      nm = norm->ptr;
      nlen = norm->len;
    }
    const char *stem;
    size_t slen;
    if (frex_worker_stem(w, nm, nlen, &stem, &slen) == FREX_OK) {
      /* copy, and escape only if a byte needs it (stems are short) */
      char *d = out->ptr + out->len; /* room reserved above */
      bool esc = false;
      for (size_t k = 0; k < slen; k++) {
        char ch = (d[k] = stem[k]);
        esc |= ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
      }
      if (esc)
        frex_tsv_escape(out, stem, slen);
      else
        out->len += slen;
    }
  }
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

/* Read F in 1 MB blocks and stem each complete row in place. */
static bool stem_stream(const cli_opts *o, frex_worker *w, FILE *in,
                        const char *name, frex_buf *out, bool *header_done) {
  enum { BLOCK = 1 << 20 };
  frex_buf data = FREX_BUF_INIT, norm = FREX_BUF_INIT;
  size_t lineno = 0;
  bool ok = true, eof = false;
  while (!eof) {
    if (frex_buf_grow(&data, BLOCK)) {
      cli_error(name, "out of memory");
      exit(EXIT_TROUBLE);
    }
    size_t got = fread(data.ptr + data.len, 1, BLOCK, in);
    data.len += got;
    eof = got < BLOCK;
    if (eof && data.len && data.ptr[data.len - 1] != '\n')
      frex_buf_putc(&data, '\n'); /* a last row without its newline */
    size_t pos = 0;
    for (;;) {
      char *nl = memchr(data.ptr + pos, '\n', data.len - pos);
      if (!nl)
        break;
      size_t n = (size_t)(nl - (data.ptr + pos));
      const char *line = data.ptr + pos;
      pos += n + 1;
      lineno++;
      if (n && line[n - 1] == '\r')
        n--;
      if (lineno == 1 && n >= 9 && memcmp(line, "doc\tsent\t", 9) == 0) {
        if (!*header_done && !o->no_header)
          frex_buf_puts(out, frex_token_header);
        *header_done = true;
        continue;
      }
      if (!stem_row(w, line, n, out, &norm)) {
        cli_error(name, "line %zu: not a token TSV row (want %d columns)",
                  lineno, NCOLS);
        ok = false;
      }
      if (out->len >= BLOCK)
        write_out(o, out);
    }
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
    ok &= stem_stream(o, w, f, paths[i], &out, &header_done);
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
  frex_worker_free(w);
  frex_pipeline_free(p);
  return status;
}
