/*
 * test_api.c — the public API does what the CLI does, through frex.h
 * alone: read a document with frex_reader (in segments), run it through a
 * frex_worker, write rows with frex_writer (TSV, JSONL; to a callback or a
 * FILE), with the column table, sticky write errors, and what the reader
 * reports.  No private header is included here on purpose.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"

static frex_pipeline *pipe_;
static frex_worker *worker;

/* A write callback collecting bytes, or failing after LIMIT bytes. */
typedef struct sink {
  frex_buf b;
  size_t calls, limit;
} sink;

static int to_sink(void *ctx, const char *data, size_t len) {
  sink *s = ctx;
  s->calls++;
  if (s->limit && s->b.len + len > s->limit) {
    errno = ENOSPC;
    return FREX_E_IO;
  }
  return frex_buf_put(&s->b, data, len);
}

/* Messages from the reader's callbacks, one per line. */
static frex_buf said;
static void note(void *ctx, const char *path, const char *msg) {
  frex_buf_puts(&said, (const char *)ctx);
  frex_buf_puts(&said, path ? path : "-");
  frex_buf_puts(&said, ": ");
  frex_buf_puts(&said, msg);
  frex_buf_putc(&said, '\n');
}

/* Rows of TEXT (a document named ID) as the CLI writes them: read with a
 * reader of SEGMENT bytes, processed, written by a writer of FORMAT and
 * ROWS (stems for tokens) to S. */
static int rows_of(const char *id, const char *text, size_t segment,
                   frex_format format, frex_rows rows, sink *s) {
  frex_reader_options ro = {FREX_ENC_AUTO, segment, note, "warn ", note,
                            "error "};
  frex_writer_options wo = {format, rows, false, true, NULL, to_sink, s, 16};
  frex_reader *r;
  frex_writer *w;
  if (frex_reader_new(&r, &ro) || frex_writer_new(&w, &wo))
    return -100;
  char *copy = strdup(text); /* the reader repairs it in place */
  int rc = frex_reader_open_mem(r, copy, strlen(copy), id, 0);
  if (!rc)
    rc = frex_writer_begin(w);
  if (!rc)
    rc = frex_writer_doc_begin(w, id);
  frex_segment seg;
  int got;
  while (!rc && (got = frex_reader_next(r, &seg)) > 0) {
    const frex_tokens *toks;
    const frex_entities *ents;
    rc = frex_worker_segment(worker, seg.text, seg.len, seg.flags, &toks,
                             &ents);
    if (!rc)
      rc = frex_writer_segment(w, worker, seg.text, seg.len, seg.base, toks,
                               ents);
  }
  if (!rc)
    rc = frex_writer_doc_end(w);
  if (!rc)
    rc = frex_writer_end(w);
  if (!rc)
    rc = frex_reader_status(r);
  frex_writer_free(w);
  frex_reader_free(r);
  free(copy);
  return rc;
}

static const char article[] =
    "Le 3 mars 2020, Amazon a payé 10 millions de dollars.\n\n"
    "Le Pentagone a signé jeudi.\n";

static void columns(void) {
  CHECK_EQ_INT(8, frex_column_count(FREX_ROWS_TOKENS), "8 token columns");
  CHECK_EQ_INT(7, frex_column_count(FREX_ROWS_ENTITIES), "7 entity columns");
  CHECK_EQ_STR("stem", frex_column_name(FREX_ROWS_TOKENS, FREX_TOKCOL_STEM),
               "token column STEM");
  CHECK_EQ_STR("unit", frex_column_name(FREX_ROWS_ENTITIES, FREX_ENTCOL_UNIT),
               "entity column UNIT");
  CHECK(frex_column_name(FREX_ROWS_TOKENS, FREX_TOKCOLS) == NULL,
        "no column past the last");
}

static void entity_rows(void) {
  sink s = {FREX_BUF_INIT, 0, 0};
  CHECK_EQ_INT(FREX_OK, rows_of("a.txt", article, 0, FREX_FMT_TSV,
                                FREX_ROWS_ENTITIES, &s),
               "entity rows: OK");
  CHECK_EQ_STR("doc\tstart\tend\ttype\ttext\tvalue\tunit\n"
               "a.txt\t3\t14\tDATE\t3 mars 2020\t2020-03-03\tday\n"
               "a.txt\t16\t22\tCOMPANY\tAmazon\tAmazon\tQ3884\n"
               "a.txt\t31\t53\tAMOUNT\t10 millions de dollars\t10000000\tUSD\n"
               "a.txt\t59\t68\tAGENCY\tPentagone\tUnited States Department "
               "of Defense\tQ11209\n"
               "a.txt\t78\t83\tDATE\tjeudi\tXXXX-WXX-4\tday\n",
               s.b.ptr, "entity rows: header and every row");
  CHECK(s.calls > 2, "rows handed on as the buffer fills (16 bytes)");
  /* the same rows when the reader cuts the text in two segments: a cut
   * falls after the blank line (byte 56) in the second half of 60 bytes */
  sink small = {FREX_BUF_INIT, 0, 0};
  rows_of("a.txt", article, 60, FREX_FMT_TSV, FREX_ROWS_ENTITIES, &small);
  CHECK_EQ_STR(s.b.ptr, small.b.ptr,
               "60-byte segments, cut between paragraphs: same rows");
  frex_buf_free(&s.b);
  frex_buf_free(&small.b);
}

static void token_rows(void) {
  sink s = {FREX_BUF_INIT, 0, 0};
  rows_of("t", "Les États-Unis.", 0, FREX_FMT_TSV, FREX_ROWS_TOKENS, &s);
  CHECK_EQ_STR("doc\tsent\tstart\tend\tclass\ttoken\tnorm\tstem\n"
               "t\t1\t0\t3\tWORD\tLes\tles\tle\n"
               "t\t1\t4\t15\tWORD\tÉtats-Unis\tétats-unis\tétats-un\n"
               "t\t1\t15\t16\tPUNCT\t.\t.\t\n",
               s.b.ptr, "token rows with stems");
  frex_buf_clear(&s.b);
  rows_of("t\"1", "Paris.", 0, FREX_FMT_JSONL, FREX_ROWS_TOKENS, &s);
  CHECK_EQ_STR("{\"doc\":\"t\\\"1\",\"sent\":1,\"start\":0,\"end\":5,"
               "\"class\":\"WORD\",\"token\":\"Paris\",\"norm\":\"paris\","
               "\"stem\":\"paris\"}\n"
               "{\"doc\":\"t\\\"1\",\"sent\":1,\"start\":5,\"end\":6,"
               "\"class\":\"PUNCT\",\"token\":\".\",\"norm\":\".\","
               "\"stem\":\"\"}\n",
               s.b.ptr, "JSONL: keys from the table, no header");
  frex_buf_free(&s.b);
}

static void file_and_errors(void) {
  FILE *f = tmpfile();
  frex_writer_options wo = {FREX_FMT_TSV, FREX_ROWS_ENTITIES, true, false,
                            f, NULL, NULL, 0};
  frex_writer *w;
  CHECK(f && frex_writer_new(&w, &wo) == FREX_OK, "writer to a FILE");
  frex_entities *e;
  frex_entities_new(&e);
  frex_entities_add(e, FREX_ENT_AMOUNT, 0, 5, "3", "EUR"); /* "3 €" */
  frex_writer_begin(w); /* no_header: nothing */
  frex_writer_doc_begin(w, "d\tx");
  frex_writer_entity(w, "3 € ", 10, frex_entities_get(e, 0));
  frex_writer_doc_end(w);
  CHECK_EQ_INT(FREX_OK, frex_writer_end(w), "end flushes the FILE");
  char got[128] = "";
  rewind(f);
  size_t n = fread(got, 1, sizeof got - 1, f);
  got[n] = '\0';
  CHECK_EQ_STR("d\\tx\t10\t15\tAMOUNT\t3 €\t3\tEUR\n", got,
               "FILE: the row, doc escaped, offsets based");
  frex_writer_free(w);
  fclose(f);

  sink s = {FREX_BUF_INIT, 0, 60};
  frex_writer_options wf = {FREX_FMT_TSV, FREX_ROWS_ENTITIES, false, false,
                            NULL, to_sink, &s, 1};
  frex_writer_new(&w, &wf);
  CHECK_EQ_INT(FREX_OK, frex_writer_begin(w), "header fits");
  frex_writer_doc_begin(w, "doc");
  int rc = frex_writer_entity(w, "3 € ", 0, frex_entities_get(e, 0));
  CHECK_EQ_INT(FREX_E_IO, rc, "a failing sink: FREX_E_IO");
  CHECK_EQ_INT(FREX_E_IO, frex_writer_doc_begin(w, "next"),
               "the error sticks");
  CHECK_EQ_INT(FREX_E_IO, frex_writer_end(w), "and end says so");
  frex_writer_free(w);
  frex_buf_free(&s.b);
  frex_entities_free(e);
  CHECK(frex_writer_new(&w, &(frex_writer_options){0}) == FREX_E_ARG,
        "a writer needs a FILE or a callback");
}

static void reader_reports(void) {
  sink s = {FREX_BUF_INIT, 0, 0};
  frex_buf_clear(&said);
  int rc = rows_of("bad.txt", "Caf\xc3\xa9 \xff ici.", 0, FREX_FMT_TSV,
                   FREX_ROWS_ENTITIES, &s);
  CHECK_EQ_INT(FREX_E_ENCODING, rc, "invalid byte: status FREX_E_ENCODING");
  CHECK_EQ_STR("error bad.txt: 1 invalid bytes (first at byte 6), replaced\n",
               said.ptr, "invalid byte: one error, with its offset");
  frex_buf_clear(&said);
  rc = rows_of("cp.txt", "Le caf\xe9 co\xfbte cher.", 0, FREX_FMT_TSV,
               FREX_ROWS_ENTITIES, &s);
  CHECK_EQ_INT(FREX_OK, rc, "CP1252: read");
  CHECK_EQ_STR("warn cp.txt: not UTF-8: decoded as windows-1252; offsets "
               "refer to the UTF-8 text\n",
               said.ptr, "CP1252: a warning");
  frex_buf_free(&s.b);
}

int main(void) {
  frex_config cfg = {0, false, {0, 0, 0}, "dict", NULL, 0, NULL, NULL};
  char err[256];
  if (frex_pipeline_new(&pipe_, &cfg, err, sizeof err) ||
      frex_worker_new(&worker, pipe_)) {
    printf("Bail out! %s\n", err);
    return 1;
  }
  columns();
  entity_rows();
  token_rows();
  file_and_errors();
  reader_reports();
  frex_worker_free(worker);
  frex_pipeline_free(pipe_);
  frex_buf_free(&said);
  return harness_done();
}
