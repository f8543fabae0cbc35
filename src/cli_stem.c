/*
 * cli_stem.c — `frex stem`: read token TSV (from frex tokenize) and write
 * the same rows with the stem column filled from the norm column, for WORD
 * tokens.  Streams line by line; stems are cached per distinct norm.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"

enum { COL_CLASS = 4, COL_NORM = 6, COL_STEM = 7, NCOLS = 8 };

/* Stem one TSV row LINE[0..n) (no newline) into OUT; false if malformed. */
static bool stem_row(frex_worker *w, char *line, size_t n, frex_buf *out,
                     frex_buf *norm) {
  char *col[NCOLS + 1];
  size_t ncol = 0;
  char *p = line, *end = line + n;
  col[ncol++] = p;
  while ((p = memchr(p, '\t', (size_t)(end - p))) != NULL) {
    if (ncol > NCOLS)
      return false;
    col[ncol++] = ++p;
  }
  if (ncol != NCOLS)
    return false;
  /* everything up to the stem column is copied unchanged */
  frex_buf_put(out, line, (size_t)(col[COL_STEM] - line));
  size_t clen = (size_t)(col[COL_CLASS + 1] - col[COL_CLASS] - 1);
  if (clen == 4 && memcmp(col[COL_CLASS], "WORD", 4) == 0) {
    size_t nlen = (size_t)(col[COL_STEM] - col[COL_NORM] - 1);
    frex_buf_clear(norm);
    frex_buf_put(norm, col[COL_NORM], nlen);
    norm->len = frex_tsv_unescape(norm->ptr, norm->len);
    const char *stem;
    size_t slen;
    if (frex_worker_stem(w, norm->ptr, norm->len, &stem, &slen) == FREX_OK)
      frex_tsv_escape(out, stem, slen);
  }
  frex_buf_putc(out, '\n');
  return true;
}

static bool stem_stream(const cli_opts *o, frex_worker *w, FILE *in,
                        const char *name, frex_buf *out, bool *header_done) {
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  bool ok = true;
  frex_buf norm = FREX_BUF_INIT;
  while ((n = getline(&line, &cap, in)) > 0) {
    lineno++;
    size_t len = (size_t)n;
    if (line[len - 1] == '\n')
      len--;
    if (lineno == 1 && strncmp(line, "doc\tsent\t", 9) == 0) {
      if (!*header_done && !o->no_header)
        frex_buf_puts(out, frex_token_header);
      *header_done = true;
      continue;
    }
    if (!stem_row(w, line, len, out, &norm)) {
      cli_error(name, "line %zu: not a token TSV row (want %d columns)",
                lineno, NCOLS);
      ok = false;
    }
    if (out->len >= (1u << 20)) {
      if (fwrite(out->ptr, 1, out->len, stdout) != out->len) {
        cli_error("stdout", "write error: %s", strerror(errno));
        exit(EXIT_TROUBLE);
      }
      frex_buf_clear(out);
      if (o->line_buffered)
        fflush(stdout);
    }
  }
  if (ferror(in)) {
    cli_error(name, "read error: %s", strerror(errno));
    ok = false;
  }
  free(line);
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
  if (!o->no_header)
    header_done = false;
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
  if ((out.len && fwrite(out.ptr, 1, out.len, stdout) != out.len) ||
      fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("stdout", "write error: %s", strerror(errno));
    status = EXIT_TROUBLE;
  }
  frex_buf_free(&out);
  frex_worker_free(w);
  frex_pipeline_free(p);
  return status;
}
