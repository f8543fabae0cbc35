/*
 * writer.c — frex_writer (frex.h "output"): rows of one output stream in
 * TSV or JSON Lines, held in a buffer and handed to a FILE or a callback
 * in large blocks.  The rows themselves are tsv.c's, from its column
 * table; this file adds the document frame and the format hooks
 * (writer.h) that a renderer such as HTML plugs into.
 */
#include "writer.h"

#include <stdlib.h>
#include <string.h>

#include "tsv.h"

#define HOLD_DEFAULT (64u << 10)

/* ------------------------------------------------------------ TSV, JSONL */

static int rows_begin(frex_writer *w) {
  if (w->o.format != FREX_FMT_TSV || w->o.no_header)
    return FREX_OK;
  return frex_write_header(&w->buf, w->o.rows);
}

static int rows_token(frex_writer *w, const char *text, size_t base,
                      const frex_token *t, const char *norm, size_t normlen,
                      const char *stem, size_t stemlen) {
  int rc = frex_write_token(&w->buf, w->o.format, w->doc.ptr, text, base, t,
                            norm, normlen, stem, stemlen);
  return rc ? rc : frex_writer_spill(w);
}

static int rows_entity(frex_writer *w, const char *text, size_t base,
                       const frex_entity *e) {
  int rc = frex_write_entity(&w->buf, w->o.format, w->doc.ptr, text, base, e);
  return rc ? rc : frex_writer_spill(w);
}

/* Token rows of a segment: norms and stems from the worker; TSV through
 * the fast writer, which formats the doc column and sentence number once,
 * not per row, and writes a sentence's rows (up to 256) in one call with
 * one check of the buffer's room and one spill check after them (the
 * hottest loop of frex tokenize and frex run). */
static int token_rows(frex_writer *w, frex_worker *wk, const char *text,
                      size_t base, const frex_tokens *toks) {
  if (!toks || !toks->n)
    return FREX_OK;
  if (!wk)
    return FREX_E_ARG;
  frex_token_writer tw;
  bool tsv = w->o.format == FREX_FMT_TSV;
  if (tsv) { /* text past the last token need not be readable */
    frex_token_writer_init(&tw, &w->buf, w->doc.ptr, text,
                           toks->v[toks->n - 1].end, base);
    /* the row tails by token, kept across segments (made at the first;
     * without it, should it not be had, the rows are the same) */
    frex_tail_cache *c;
    if (!w->state && frex_tail_cache_new(&c, w->o.stems) == FREX_OK)
      w->state = c;
    tw.tails = w->state;
  }
  int rc = FREX_OK;
  if (tsv) { /* a sentence (or 256 rows) at a time, then a spill check */
    for (size_t i = 0; i < toks->n && !rc;) {
      i += frex_token_writer_run(&tw, wk, toks->v + i, toks->n - i,
                                 w->o.stems, &rc);
      if (!rc)
        rc = frex_writer_spill(w);
    }
    return rc;
  }
  for (size_t i = 0; i < toks->n && !rc; i++) {
    const frex_token *t = &toks->v[i];
    const char *norm, *stem = NULL;
    size_t normlen, stemlen = 0;
    rc = frex_worker_norm(wk, text + t->start, t->end - t->start, &norm,
                          &normlen);
    if (!rc && w->o.stems && t->cls == FREX_TOK_WORD)
      rc = frex_worker_stem(wk, norm, normlen, &stem, &stemlen);
    if (!rc)
      rc = tsv ? frex_token_writer_row(&tw, t, norm, normlen, stem, stemlen)
               : frex_write_token(&w->buf, w->o.format, w->doc.ptr, text,
                                  base, t, norm, normlen, stem, stemlen);
    if (!rc)
      rc = frex_writer_spill(w);
  }
  return rc;
}

static int rows_segment(frex_writer *w, frex_worker *wk, const char *text,
                        size_t len, size_t base, const frex_tokens *toks,
                        const frex_entities *ents) {
  if (w->o.rows == FREX_ROWS_TOKENS)
    return token_rows(w, wk, text, base, toks);
  int rc = FREX_OK;
  size_t n = ents ? frex_entities_count(ents) : 0;
  for (size_t i = 0; i < n && !rc; i++)
    rc = rows_entity(w, text, base, frex_entities_get(ents, i));
  return rc;
}

/* The state of TSV and JSONL writers: the TSV token writer's row tail
 * cache (tsv.h), or NULL. */
static void rows_free(frex_writer *w) {
  frex_tail_cache_free(w->state);
  w->state = NULL;
}

static const frex_writer_format rows_format = {
    rows_begin, NULL, rows_segment, rows_token, rows_entity, NULL, NULL,
    rows_free};

/* ------------------------------------------------------------ writer */

int frex_writer_new(frex_writer **out, const frex_writer_options *o) {
  *out = NULL;
  if (!o->file && !o->write)
    return FREX_E_ARG;
  const frex_writer_format *fmt;
  switch (o->format) {
  case FREX_FMT_TSV:
  case FREX_FMT_JSONL: fmt = &rows_format; break;
  case FREX_FMT_HTML: /* entities in their text: no token rows */
    if (o->rows != FREX_ROWS_ENTITIES)
      return FREX_E_ARG;
    fmt = &frex_html_format;
    break;
  default: return FREX_E_ARG;
  }
  frex_writer *w = calloc(1, sizeof *w);
  if (!w)
    return FREX_E_NOMEM;
  w->o = *o;
  w->fmt = fmt;
  w->hold = o->buffer ? o->buffer : HOLD_DEFAULT;
  w->next_docno = 1;
  if (frex_buf_puts(&w->doc, "") || frex_buf_grow(&w->buf, w->hold)) {
    frex_writer_free(w);
    return FREX_E_NOMEM;
  }
  *out = w;
  return FREX_OK;
}

void frex_writer_free(frex_writer *w) {
  if (!w)
    return;
  if (w->fmt && w->fmt->free_state)
    w->fmt->free_state(w);
  frex_buf_free(&w->buf);
  frex_buf_free(&w->doc);
  frex_buf_free(&w->contents);
  free(w);
}

int frex_writer_spill_now(frex_writer *w) {
  if (w->error)
    return w->error;
  if (!w->buf.len)
    return FREX_OK;
  int rc;
  if (w->o.write)
    rc = w->o.write(w->o.write_ctx, w->buf.ptr, w->buf.len);
  else
    rc = fwrite(w->buf.ptr, 1, w->buf.len, w->o.file) == w->buf.len
             ? FREX_OK
             : FREX_E_IO;
  frex_buf_clear(&w->buf);
  if (rc)
    w->error = rc == FREX_E_NOMEM ? FREX_E_NOMEM : FREX_E_IO;
  return w->error;
}

/* Run a hook: nothing once the writer has failed; a failure sticks. */
#define HOOK(w, call)                                                        \
  do {                                                                       \
    if ((w)->error)                                                          \
      return (w)->error;                                                     \
    int rc_ = (call);                                                        \
    if (rc_ && !(w)->error)                                                  \
      (w)->error = rc_;                                                      \
    return rc_ ? (w)->error : FREX_OK;                                       \
  } while (0)

int frex_writer_begin(frex_writer *w) {
  HOOK(w, w->fmt->begin ? w->fmt->begin(w) : FREX_OK);
}

bool frex_format_keeps_id(frex_format format, const char *id, size_t n) {
  if (format == FREX_FMT_TSV)
    return true;
  const unsigned char *u = (const unsigned char *)id;
  for (size_t i = 0, k; i < n; i += k)
    if (!(k = u[i] < 0x80 ? 1 : frex_utf8_seq(u, n, i)))
      return false;
  return true;
}

int frex_writer_doc_begin(frex_writer *w, const char *id) {
  if (w->error)
    return w->error;
  frex_buf_clear(&w->doc);
  if (frex_buf_puts(&w->doc, id ? id : ""))
    return w->error = FREX_E_NOMEM;
  w->docno = w->next_docno++;
  HOOK(w, w->fmt->doc_begin ? w->fmt->doc_begin(w) : FREX_OK);
}

int frex_writer_segment(frex_writer *w, frex_worker *wk, const char *text,
                        size_t len, size_t base, const frex_tokens *tokens,
                        const frex_entities *entities) {
  HOOK(w, w->fmt->segment
              ? w->fmt->segment(w, wk, text, len, base, tokens, entities)
              : FREX_OK);
}

int frex_writer_token(frex_writer *w, const char *text, size_t base,
                      const frex_token *t, const char *norm, size_t normlen,
                      const char *stem, size_t stemlen) {
  HOOK(w, w->fmt->token ? w->fmt->token(w, text, base, t, norm, normlen,
                                        stem, stemlen)
                        : FREX_OK);
}

int frex_writer_entity(frex_writer *w, const char *text, size_t base,
                       const frex_entity *e) {
  HOOK(w, w->fmt->entity ? w->fmt->entity(w, text, base, e) : FREX_OK);
}

int frex_writer_doc_end(frex_writer *w) {
  HOOK(w, w->fmt->doc_end ? w->fmt->doc_end(w) : FREX_OK);
}

int frex_writer_flush(frex_writer *w) {
  int rc = frex_writer_spill_now(w);
  if (!rc && !w->o.write && fflush(w->o.file) != 0)
    rc = w->error = FREX_E_IO;
  return rc;
}

int frex_writer_end(frex_writer *w) {
  if (w->error)
    return w->error;
  int rc = w->fmt->end ? w->fmt->end(w) : FREX_OK;
  if (rc)
    return w->error = rc;
  return frex_writer_flush(w);
}

/* ------------------------------------------------------------ contents */

int frex_writer_set_doc_number(frex_writer *w, unsigned long long n) {
  if (n < 1)
    return FREX_E_ARG;
  w->next_docno = n;
  return FREX_OK;
}

/* One entry: kept while fewer than FREX_CONTENTS_MAX are, else counted;
 * an empty entry is always only counted. */
static int add_line(frex_writer *w, const char *line, size_t len) {
  if (!len || w->listed >= FREX_CONTENTS_MAX) {
    w->unlisted++;
    return FREX_OK;
  }
  if (frex_buf_put(&w->contents, line, len) ||
      frex_buf_putc(&w->contents, '\n'))
    return FREX_E_NOMEM;
  w->listed++;
  return FREX_OK;
}

int frex_writer_add_entry(frex_writer *w, const char *entry, size_t len) {
  return add_line(w, entry, w->docno > FREX_CONTENTS_MAX ? 0 : len);
}

int frex_writer_add_contents(frex_writer *w, const char *data, size_t len) {
  if (w->error)
    return w->error;
  while (len) {
    const char *nl = memchr(data, '\n', len);
    size_t n = nl ? (size_t)(nl - data) : len;
    if (add_line(w, data, n))
      return w->error = FREX_E_NOMEM;
    n += nl != NULL;
    data += n;
    len -= n;
  }
  return FREX_OK;
}

/* The kept entries as they are, then an empty line per counted one. */
int frex_writer_take_contents(frex_writer *w, frex_buf *out) {
  if (w->error)
    return w->error;
  if (!w->contents.len && !w->unlisted)
    return FREX_OK; /* TSV, JSONL */
  if (frex_buf_put(out, w->contents.ptr, w->contents.len))
    return FREX_E_NOMEM;
  for (; w->unlisted; w->unlisted--)
    if (frex_buf_putc(out, '\n'))
      return FREX_E_NOMEM;
  frex_buf_clear(&w->contents);
  w->listed = 0;
  return FREX_OK;
}
