/*
 * writer.h — inside frex_writer: the hooks a format implements and the
 * state they share.  TSV and JSONL are in writer.c, HTML in html.c; a new
 * format adds a frex_writer_format and one case in frex_writer_new.
 */
#ifndef FREX_WRITER_H
#define FREX_WRITER_H

#include "buf.h"
#include "frex.h"

/* A format: hooks called by the frex_writer_* functions of the same name,
 * after the writer checked its sticky error.  A NULL hook does nothing.
 * Hooks append to w->buf and call frex_writer_spill when they may have
 * added much (rows do, once each); they never write to the sink
 * themselves. */
typedef struct frex_writer_format {
  int (*begin)(frex_writer *w);     /* the output's start */
  int (*doc_begin)(frex_writer *w); /* w->doc holds the id */
  int (*segment)(frex_writer *w, frex_worker *wk, const char *text,
                 size_t len, size_t base, const frex_tokens *tokens,
                 const frex_entities *entities);
  int (*token)(frex_writer *w, const char *text, size_t base,
               const frex_token *t, const char *norm, size_t normlen,
               const char *stem, size_t stemlen);
  int (*entity)(frex_writer *w, const char *text, size_t base,
                const frex_entity *e);
  int (*doc_end)(frex_writer *w);
  int (*end)(frex_writer *w);       /* the output's end */
  void (*free_state)(frex_writer *w); /* frees w->state */
} frex_writer_format;

struct frex_writer {
  frex_writer_options o;
  const frex_writer_format *fmt;
  frex_buf buf;  /* bytes held, handed on past HOLD */
  size_t hold;
  frex_buf doc;  /* the current document's id, NUL-terminated */
  int error;     /* sticky: FREX_E_IO once the sink failed */
  void *state;   /* the format's own */
  /* documents in output order (frex_writer_set_doc_number) */
  unsigned long long docno, next_docno; /* current, next */
  /* table-of-contents entries (frex_writer_take/add_contents): one line
   * each, the first FREX_CONTENTS_MAX kept, the others counted */
  frex_buf contents;
  unsigned long long listed, unlisted;
};

/* Note the current document's table-of-contents entry, ENTRY[0..len)
 * without '\n' (an empty line when the document is past
 * FREX_CONTENTS_MAX, so that it is still counted). */
int frex_writer_add_entry(frex_writer *w, const char *entry, size_t len);

/* The HTML page (html.c). */
extern const frex_writer_format frex_html_format;

/* Hand held bytes on when more than w->hold are held. */
int frex_writer_spill_now(frex_writer *w);
static inline int frex_writer_spill(frex_writer *w) {
  return w->buf.len >= w->hold ? frex_writer_spill_now(w) : FREX_OK;
}

#endif
