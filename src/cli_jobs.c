/*
 * cli_jobs.c — running frex over documents on -j worker threads with one
 * ordered output.
 *
 * The main thread walks the operands and queues jobs (one document, or a
 * batch of --lines records) numbered in input order.  Each worker owns a
 * frex_worker (stemmer, ICU state, caches), takes the next job, reads and
 * decodes it (large files in segments cut between paragraphs, so memory is
 * bounded), and formats rows into the job's buffers.  Output is written by
 * whichever thread finishes the job at the head of the order, so bytes on
 * stdout never depend on -j (ripgrep #3133).  A job that is not the head
 * and has buffered FLUSH_AT bytes waits until it is, which bounds memory
 * by workers × FLUSH_AT whatever the size of a document.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "input.h"

#define SEG_MAX (4u << 20)   /* bytes of a streamed document per segment */
#define FLUSH_AT (8u << 20)  /* buffered output that triggers a flush */
#define QUEUE_CAP 64         /* jobs in flight */
#define BATCH_BYTES (1u << 20) /* --lines records per job, by size */

typedef enum { JOB_FILE, JOB_STDIN, JOB_RECORDS } job_kind;

typedef struct job {
  size_t seq;
  job_kind kind;
  char *path;        /* document id (file path or "-"); records: source */
  frex_buf records;  /* JOB_RECORDS: lines, each ending in '\n' */
  size_t first_line; /* line number of the first record */
  frex_buf out[2];   /* [0] entities or tokens (main), [1] tokens (run) */
  bool done, failed;
  size_t bytes, docs, tokens, ents[4];
} job;

typedef struct run {
  const cli_opts *o;
  frex_pipeline *pipe;
  FILE *outf[2];
  const char *outname[2];
  /* outf[k]'s stdio buffer: its size (0: not ours) and how many bytes it
   * holds (see put_out) */
  size_t outcap[2], outheld[2];
  pthread_mutex_t mu;
  pthread_cond_t cv_queue, cv_write;
  job *slots[QUEUE_CAP];
  size_t next_seq, next_take, next_write;
  bool closed, write_failed, some_failed;
  /* totals, for --summary and --progress */
  size_t docs, tokens, ents[4];
  unsigned long long bytes, total_bytes;
  bool total_known;
  struct timespec t0, last_progress;
  bool progress_shown, tty;
} run;

typedef struct worker_ctx {
  run *r;
  frex_worker *w;
  frex_buf in, trans;
} worker_ctx;

static double since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ------------------------------------------------------------ output */

/* On a terminal the line is redrawn in place every 0.25 s; elsewhere (a
 * log file, --progress given) a plain line is written every 5 s. */
static void show_progress(run *r, bool last) {
  if (!r->o->progress)
    return;
  if (!last && r->progress_shown &&
      since(&r->last_progress) < (r->tty ? 0.25 : 5.0))
    return;
  clock_gettime(CLOCK_MONOTONIC, &r->last_progress);
  double t = since(&r->t0), mb = (double)r->bytes / 1e6;
  double rate = t > 0 ? mb / t : 0;
  char eta[32] = "";
  if (r->total_known && rate > 0 && r->total_bytes >= r->bytes)
    snprintf(eta, sizeof eta, ", ETA %.0f s",
             ((double)(r->total_bytes - r->bytes) / 1e6) / rate);
  if (r->tty)
    fprintf(stderr, "\rfrex: %zu documents, %.1f MB, %.1f MB/s%s\033[K%s",
            r->docs, mb, rate, eta, last ? "\n" : "");
  else
    fprintf(stderr, "frex: %zu documents, %.1f MB, %.1f MB/s%s\n", r->docs,
            mb, rate, eta);
  r->progress_shown = true;
}

/* A write to output K failed: say so once and stop the run.  A closed
 * pipe (EPIPE, when SIGPIPE is ignored) ends the run quietly, as SIGPIPE
 * itself would. */
static void write_failed(run *r, int k) {
  if (!r->write_failed && errno != EPIPE)
    cli_error(r->outname[k], "write error: %s", strerror(errno));
  r->write_failed = true;
}

static bool write_fd(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      return false;
    p += k;
    n -= (size_t)k;
  }
  return true;
}

/* fwrite(P, 1, N, outf[K]) into its full stdio buffer, without copying
 * most of P: job buffers are large, and that copy was a tenth of frex
 * tokenize.  The same bytes reach the file at the same points as with
 * glibc's fwrite: what fits in the buffer is kept there; otherwise the
 * buffer is filled and written, then whole buffers of P go out directly
 * and the rest is kept.  Here the buffer's bytes are flushed and P's
 * share of that write goes with the direct part.  False with errno set
 * when a write fails. */
static bool put_out(run *r, int k, const char *p, size_t n) {
  FILE *f = r->outf[k];
  size_t cap = r->outcap[k];
  if (!cap) /* not a buffer we know */
    return fwrite(p, 1, n, f) == n;
  if (n <= cap - r->outheld[k]) {
    r->outheld[k] += n;
    return fwrite(p, 1, n, f) == n;
  }
  size_t fill = cap - r->outheld[k], rest = n - fill;
  size_t direct = fill + (rest - rest % cap);
  r->outheld[k] = 0;
  if (fflush(f) != 0 || !write_fd(fileno(f), p, direct))
    return false;
  r->outheld[k] = n - direct;
  return fwrite(p + direct, 1, n - direct, f) == n - direct;
}

/* fflush(outf[K]). */
static bool flush_out(run *r, int k) {
  r->outheld[k] = 0;
  return fflush(r->outf[k]) == 0;
}

/* Write and empty J's buffers.  Called with the lock held, J at the head. */
static void write_job(run *r, job *j) {
  for (int k = 0; k < 2; k++) {
    frex_buf *b = &j->out[k];
    if (!b->len || !r->outf[k])
      continue;
    if (!r->write_failed && !put_out(r, k, b->ptr, b->len))
      write_failed(r, k);
    frex_buf_clear(b);
  }
  if (r->o->line_buffered && !r->write_failed)
    for (int k = 0; k < 2; k++)
      if (r->outf[k] && !flush_out(r, k))
        write_failed(r, k);
}

static void job_free(job *j) {
  free(j->path);
  frex_buf_free(&j->records);
  frex_buf_free(&j->out[0]);
  frex_buf_free(&j->out[1]);
  free(j);
}

static void account(run *r, job *j) {
  r->docs += j->docs;
  r->bytes += j->bytes;
  r->tokens += j->tokens;
  for (int k = 0; k < 4; k++)
    r->ents[k] += j->ents[k];
  if (j->failed)
    r->some_failed = true;
}

/* Hand J's output over: written now if J is the head of the order, else
 * kept (FINAL) or waited on (when it has grown past FLUSH_AT).  Returns
 * false once output has failed: the caller should stop working on J. */
static bool job_flush(run *r, job *j, bool final) {
  pthread_mutex_lock(&r->mu);
  if (final)
    j->done = true;
  while (!final && j->seq != r->next_write && !r->write_failed &&
         j->out[0].len + j->out[1].len > FLUSH_AT)
    pthread_cond_wait(&r->cv_write, &r->mu);
  if (j->seq == r->next_write) {
    write_job(r, j);
    while (r->next_write < r->next_seq) {
      job *h = r->slots[r->next_write % QUEUE_CAP];
      if (!h || !h->done)
        break;
      write_job(r, h);
      account(r, h);
      r->slots[r->next_write % QUEUE_CAP] = NULL;
      job_free(h);
      r->next_write++;
      show_progress(r, false);
    }
    pthread_cond_broadcast(&r->cv_write);
    pthread_cond_broadcast(&r->cv_queue);
  }
  bool ok = !r->write_failed;
  pthread_mutex_unlock(&r->mu);
  return ok;
}

/* ------------------------------------------------------------ documents */

/* Invalid bytes make the exit status 1, so they are an error that -q does
 * not hide; NULs are valid UTF-8, replaced for the tokenizer's sake. */
static void report_decode(const char *doc, const frex_decode_stats *st) {
  if (st->invalid)
    cli_error(doc, "%zu invalid bytes (first at byte %zu), replaced",
              st->invalid, st->first_invalid);
  if (st->nuls)
    cli_warn(doc, "%zu NUL bytes, replaced", st->nuls);
}

/* Hand output over in 1 MB pieces: written at once when this job is the
 * head of the order, so buffers stay small and warm (a 4 MB segment makes
 * about 25 MB of token rows).  FREX_E_IO once output has failed. */
static int hand_over(worker_ctx *c, job *j) {
  if (j->out[0].len + j->out[1].len < (1u << 20))
    return FREX_OK;
  return job_flush(c->r, j, false) ? FREX_OK : FREX_E_IO;
}

/* Format the rows of one processed segment. */
static int format_segment(worker_ctx *c, job *j, const char *doc,
                          const char *text, size_t base,
                          const frex_tokens *toks, const frex_entities *ents) {
  const cli_opts *o = c->r->o;
  int rc = FREX_OK;
  if (o->cmd != CMD_TOKENIZE) {
    for (size_t i = 0; i < frex_entities_count(ents) && !rc; i++) {
      const frex_entity *e = frex_entities_get(ents, i);
      rc = frex_write_entity(&j->out[0], o->format, doc, text, base, e);
      if (!rc)
        rc = hand_over(c, j);
      for (int k = 0; k < 4; k++)
        if (e->type == 1u << k)
          j->ents[k]++;
    }
  }
  bool want_tokens = o->cmd == CMD_TOKENIZE || (o->cmd == CMD_RUN &&
                                                o->tokens_path);
  if (!want_tokens)
    return rc;
  frex_buf *tb = &j->out[o->cmd == CMD_RUN ? 1 : 0];
  /* TSV rows through a writer that formats the doc column and sentence
   * number once, not per row (the hottest loop of tokenize and run) */
  frex_token_writer tw;
  bool tsv = o->format == FREX_FMT_TSV;
  if (tsv) /* text past the last token need not be readable */
    frex_token_writer_init(&tw, tb, doc, text,
                           toks->n ? toks->v[toks->n - 1].end : 0, base);
  for (size_t i = 0; i < toks->n && !rc; i++) {
    const frex_token *t = &toks->v[i];
    const char *norm, *stem = NULL;
    size_t normlen, stemlen = 0;
    rc = frex_worker_norm(c->w, text + t->start, t->end - t->start, &norm,
                          &normlen);
    if (!rc && o->cmd == CMD_RUN && t->cls == FREX_TOK_WORD)
      rc = frex_worker_stem(c->w, norm, normlen, &stem, &stemlen);
    if (!rc)
      rc = tsv ? frex_token_writer_row(&tw, t, norm, normlen, stem, stemlen)
               : frex_write_token(tb, o->format, doc, text, base, t, norm,
                                  normlen, stem, stemlen);
    if (!rc)
      rc = hand_over(c, j);
  }
  j->tokens += toks->n;
  return rc;
}

/* Where a segment starts in the document: SRC in the bytes as read, TEXT
 * in the UTF-8 text (the same unless transcoded). */
typedef struct doc_pos {
  size_t src, text;
} doc_pos;

/* Decode and process one segment of a document; advance *POS past it. */
static int process_segment(worker_ctx *c, job *j, const char *doc,
                           frex_encoding enc, char *data, size_t len,
                           doc_pos *pos, bool first, frex_decode_stats *st) {
  const char *text;
  size_t textlen;
  int rc = frex_input_decode(enc, data, len, pos->src, &c->trans, &text,
                             &textlen, st);
  if (rc)
    return rc;
  const frex_tokens *toks;
  const frex_entities *ents;
  const cli_opts *o = c->r->o;
  unsigned flags = (first ? 0 : FREX_SEG_CONTINUE) |
                   (o->cmd == CMD_TOKENIZE ? FREX_SEG_TOKENS_ONLY : 0) |
                   (o->cmd == CMD_EXTRACT ? FREX_SEG_ENTITIES_ONLY : 0);
  rc = frex_worker_segment(c->w, text, textlen, flags, &toks, &ents);
  if (!rc)
    rc = format_segment(c, j, doc, text, pos->text, toks, ents);
  pos->src += len;
  pos->text += textlen;
  return rc;
}

/* Where to cut a segment of B[0..n) when more bytes follow, searching its
 * second half: after the last blank line, else the last newline, else the
 * last sentence end (". ", "! ", "? "), else the last space or tab (which
 * could split "10 000"), else before the last byte that starts a
 * character.  B[n] has not been read yet, so a cut at N itself could
 * split a character. */
static size_t find_cut(const char *b, size_t n) {
  size_t lo = n / 2;
  for (size_t i = n; i > lo + 1; i--)
    if (b[i - 1] == '\n' && b[i - 2] == '\n')
      return i;
  for (size_t i = n; i > lo; i--)
    if (b[i - 1] == '\n')
      return i;
  for (size_t i = n; i > lo + 1; i--)
    if (b[i - 1] == ' ' && (b[i - 2] == '.' || b[i - 2] == '!' ||
                            b[i - 2] == '?'))
      return i;
  for (size_t i = n; i > lo; i--)
    if (b[i - 1] == ' ' || b[i - 1] == '\t')
      return i;
  for (size_t i = n - 1; i > lo; i--)
    if (((unsigned char)b[i] & 0xC0) != 0x80)
      return i;
  return n; /* a megabyte of stray continuation bytes: any cut will do */
}

/* The UTF-16 code unit at byte I of B. */
static unsigned unit16(const char *b, size_t i, bool be) {
  unsigned hi = (unsigned char)b[i + !be], lo = (unsigned char)b[i + be];
  return hi << 8 | lo;
}

/* find_cut for UTF-16: an even offset after a newline or space, else one
 * that does not split a surrogate pair. */
static size_t find_cut16(const char *b, size_t n, bool be) {
  n &= ~(size_t)1;
  size_t lo = (n / 2) & ~(size_t)1;
  for (size_t i = n; i >= lo + 2; i -= 2)
    if (unit16(b, i - 2, be) == '\n')
      return i;
  for (size_t i = n; i >= lo + 2; i -= 2)
    if (unit16(b, i - 2, be) == ' ')
      return i;
  for (size_t i = n - 2; i > lo; i -= 2)
    if ((unit16(b, i, be) & 0xFC00) != 0xDC00)
      return i;
  return n;
}

static ssize_t read_full(int fd, char *p, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t k = read(fd, p + got, n - got);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      return -1;
    if (k == 0)
      break;
    got += (size_t)k;
  }
  return (ssize_t)got;
}

/* Process a whole stream as one document, SEG_MAX bytes at a time, so
 * memory does not grow with the document (SPEC "Scale"). */
static void process_stream(worker_ctx *c, job *j, int fd, const char *doc) {
  const cli_opts *o = c->r->o;
  frex_buf *in = &c->in;
  frex_buf_clear(in);
  bool eof = false, first = true;
  frex_encoding enc = FREX_ENC_AUTO;
  frex_decode_stats st = {0, 0, 0};
  doc_pos pos = {0, 0};
  j->docs++;
  for (;;) {
    if (!eof && in->len < SEG_MAX) {
      if (frex_buf_grow(in, SEG_MAX - in->len)) {
        cli_error(doc, "out of memory");
        j->failed = true;
        return;
      }
      ssize_t k = read_full(fd, in->ptr + in->len, SEG_MAX - in->len);
      if (k < 0) {
        cli_error(doc, "read error: %s", strerror(errno));
        j->failed = true;
        return;
      }
      in->len += (size_t)k;
      j->bytes += (size_t)k;
      eof = in->len < SEG_MAX;
    }
    if (first) {
      enc = frex_input_detect(in->ptr, in->len, o->encoding);
      if (enc != FREX_ENC_UTF8 && o->encoding == FREX_ENC_AUTO)
        cli_warn(doc, "not UTF-8: decoded as %s; offsets refer to the UTF-8 "
                      "text", frex_encoding_name(enc));
    }
    size_t cut = eof ? in->len
                 : enc == FREX_ENC_UTF16LE || enc == FREX_ENC_UTF16BE
                     ? find_cut16(in->ptr, in->len, enc == FREX_ENC_UTF16BE)
                     : find_cut(in->ptr, in->len);
    int rc = process_segment(c, j, doc, enc, in->ptr, cut, &pos, first, &st);
    if (rc) {
      if (rc != FREX_E_IO) /* FREX_E_IO: output failed, already said */
        cli_error(doc, "%s", frex_strerror(rc));
      j->failed = true;
      return;
    }
    first = false;
    memmove(in->ptr, in->ptr + cut, in->len - cut);
    in->len -= cut;
    if (eof && in->len == 0)
      break;
    if (!job_flush(c->r, j, false))
      return;
  }
  report_decode(doc, &st);
  if (st.invalid)
    j->failed = true;
}

static void process_file(worker_ctx *c, job *j) {
  int fd = open(j->path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    cli_error(j->path, "%s", strerror(errno));
    j->failed = true;
    return;
  }
  struct stat sb;
  if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    cli_error(j->path, "is a directory");
    j->failed = true;
  } else {
    process_stream(c, j, fd, j->path);
  }
  close(fd);
}

/* --lines: each line "id<TAB>text" is a document; a line without a TAB is
 * a document whose id is its line number. */
static void process_records(worker_ctx *c, job *j) {
  char *p = j->records.ptr, *end = p + j->records.len;
  size_t line = j->first_line;
  char idbuf[32];
  for (; p < end; line++) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)(nl - p);
    if (n && p[n - 1] == '\r')
      n--;
    char *tab = memchr(p, '\t', n);
    char *text = p;
    const char *id = idbuf;
    if (tab) {
      *tab = '\0';
      id = p;
      text = tab + 1;
    } else {
      snprintf(idbuf, sizeof idbuf, "%zu", line);
    }
    size_t tlen = n - (size_t)(text - p);
    frex_encoding enc = frex_input_detect(text, tlen, c->r->o->encoding);
    if (enc == FREX_ENC_UTF16LE || enc == FREX_ENC_UTF16BE)
      enc = FREX_ENC_UTF8; /* a record cannot be UTF-16: repair as UTF-8 */
    else if (enc != FREX_ENC_UTF8 && c->r->o->encoding == FREX_ENC_AUTO)
      cli_warn(id, "not UTF-8: decoded as %s; offsets refer to the UTF-8 "
                   "text", frex_encoding_name(enc));
    frex_decode_stats st = {0, 0, 0};
    doc_pos pos = {0, 0};
    j->docs++;
    j->bytes += n + 1;
    int rc = process_segment(c, j, id, enc, text, tlen, &pos, true, &st);
    if (rc == FREX_E_IO)
      return; /* output failed */
    if (rc) {
      cli_error(id, "%s", frex_strerror(rc));
      j->failed = true;
    }
    report_decode(id, &st);
    if (st.invalid)
      j->failed = true;
    p = nl + 1;
  }
}

static void *worker_main(void *arg) {
  worker_ctx *c = arg;
  run *r = c->r;
  for (;;) {
    pthread_mutex_lock(&r->mu);
    while (r->next_take == r->next_seq && !r->closed && !r->write_failed)
      pthread_cond_wait(&r->cv_queue, &r->mu);
    if ((r->next_take == r->next_seq && r->closed) || r->write_failed) {
      pthread_mutex_unlock(&r->mu);
      return NULL;
    }
    job *j = r->slots[r->next_take % QUEUE_CAP];
    r->next_take++;
    pthread_mutex_unlock(&r->mu);
    if (j->kind == JOB_FILE)
      process_file(c, j);
    else if (j->kind == JOB_STDIN)
      process_stream(c, j, STDIN_FILENO, "-");
    else
      process_records(c, j);
    job_flush(r, j, true);
  }
}

/* ------------------------------------------------------------ producer */

static bool enqueue(run *r, job *j) {
  pthread_mutex_lock(&r->mu);
  while (r->next_seq - r->next_write >= QUEUE_CAP && !r->write_failed)
    pthread_cond_wait(&r->cv_queue, &r->mu);
  bool ok = !r->write_failed;
  if (ok) {
    j->seq = r->next_seq;
    r->slots[r->next_seq % QUEUE_CAP] = j;
    r->next_seq++;
    pthread_cond_broadcast(&r->cv_queue);
  }
  pthread_mutex_unlock(&r->mu);
  if (!ok)
    job_free(j);
  return ok;
}

static job *job_new(job_kind kind, const char *path) {
  job *j = calloc(1, sizeof *j);
  if (!j || !(j->path = strdup(path))) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  j->kind = kind;
  return j;
}

/* Read --lines records from FD in batches of about BATCH_BYTES. */
static bool read_records(run *r, FILE *f, const char *name) {
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  job *j = NULL;
  while ((n = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (!j) {
      j = job_new(JOB_RECORDS, name);
      j->first_line = lineno;
    }
    if (frex_buf_put(&j->records, line, (size_t)n) ||
        (line[n - 1] != '\n' && frex_buf_putc(&j->records, '\n'))) {
      cli_error(name, "out of memory");
      exit(EXIT_TROUBLE);
    }
    /* --line-buffered: someone watches a live pipe, so a record is not
     * held back waiting for the batch to fill */
    if (j->records.len >= BATCH_BYTES || r->o->line_buffered) {
      bool queued = enqueue(r, j); /* frees J when output has failed */
      j = NULL;
      if (!queued)
        break;
    }
  }
  bool ok = !ferror(f);
  if (!ok)
    cli_error(name, "read error: %s", strerror(errno));
  if (j)
    enqueue(r, j);
  free(line);
  return ok;
}

static bool visit_file(void *ctx, const char *path, long long size) {
  run *r = ctx;
  if (size > 0) {
    pthread_mutex_lock(&r->mu);
    r->total_bytes += (unsigned long long)size;
    pthread_mutex_unlock(&r->mu);
  }
  if (r->o->lines) {
    FILE *f = fopen(path, "r");
    if (!f) {
      cli_error(path, "%s", strerror(errno));
      return false;
    }
    bool ok = read_records(r, f, path);
    fclose(f);
    return ok;
  }
  enqueue(r, job_new(JOB_FILE, path));
  return true;
}

static bool produce(run *r, char **paths, int npaths) {
  bool ok = true;
  if (npaths == 0) {
    static char dash[] = "-";
    static char *stdin_only[] = {dash};
    paths = stdin_only;
    npaths = 1;
  }
  for (int i = 0; i < npaths && !r->write_failed; i++) {
    if (strcmp(paths[i], "-") == 0) {
      if (r->o->lines)
        ok &= read_records(r, stdin, "-");
      else
        enqueue(r, job_new(JOB_STDIN, "-"));
    } else {
      ok &= cli_walk(r->o, paths[i], visit_file, r);
    }
  }
  return ok;
}

/* ------------------------------------------------------------ entry */

static FILE *open_output(const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) {
    cli_error(path, "%s", strerror(errno));
    exit(EXIT_TROUBLE);
  }
  return f;
}

static void print_summary(const run *r) {
  double t = since(&r->t0), mb = (double)r->bytes / 1e6;
  char tokens[48] = ""; /* extract writes no tokens and does not count them */
  if (r->o->cmd != CMD_EXTRACT)
    snprintf(tokens, sizeof tokens, ", %zu tokens", r->tokens);
  fprintf(stderr,
          "frex: %zu documents, %.2f MB%s; entities: AMOUNT %zu, DATE %zu, "
          "COMPANY %zu, AGENCY %zu; %.2f s, %.1f MB/s\n",
          r->docs, mb, tokens, r->ents[0], r->ents[1], r->ents[2],
          r->ents[3], t, t > 0 ? mb / t : 0.0);
}

int cli_process(const cli_opts *o, char **paths, int npaths) {
  frex_config cfg = {o->types, o->prefer_future, o->dct, o->dict_dir,
                     o->dicts, o->ndicts, NULL, NULL};
  if (o->cmd == CMD_TOKENIZE)
    cfg.types = FREX_ENT_NONE;
  run *r = calloc(1, sizeof *r);
  if (!r) {
    cli_error(NULL, "out of memory");
    return EXIT_TROUBLE;
  }
  r->o = o;
  r->tty = isatty(STDERR_FILENO);
  char err[512];
  int rc = frex_pipeline_new(&r->pipe, &cfg, err, sizeof err);
  if (rc) {
    cli_error(NULL, "%s", err);
    free(r);
    return EXIT_TROUBLE;
  }
  r->outf[0] = stdout;
  r->outname[0] = "stdout";
  if (o->cmd == CMD_RUN && o->entities_path) {
    r->outf[0] = open_output(o->entities_path);
    r->outname[0] = o->entities_path;
  }
  if (o->cmd == CMD_RUN && o->tokens_path) {
    r->outf[1] = open_output(o->tokens_path);
    r->outname[1] = o->tokens_path;
  }
  static char outbuf[2][1 << 20];
  for (int k = 0; k < 2; k++)
    if (r->outf[k] &&
        setvbuf(r->outf[k], outbuf[k], _IOFBF, sizeof outbuf[k]) == 0)
      r->outcap[k] = sizeof outbuf[k];
  if (!o->no_header && o->format == FREX_FMT_TSV) {
    const char *h =
        o->cmd == CMD_TOKENIZE ? frex_token_header : frex_entity_header;
    put_out(r, 0, h, strlen(h)); /* kept in the buffer: cannot fail */
    if (r->outf[1])
      put_out(r, 1, frex_token_header, strlen(frex_token_header));
  }
  pthread_mutex_init(&r->mu, NULL);
  pthread_cond_init(&r->cv_queue, NULL);
  pthread_cond_init(&r->cv_write, NULL);
  clock_gettime(CLOCK_MONOTONIC, &r->t0);

  int nw = o->jobs > 0 ? o->jobs : 1;
  pthread_t *tids = calloc((size_t)nw, sizeof *tids);
  worker_ctx *ctx = calloc((size_t)nw, sizeof *ctx);
  if (!tids || !ctx) {
    cli_error(NULL, "out of memory");
    return EXIT_TROUBLE;
  }
  for (int i = 0; i < nw; i++) {
    ctx[i].r = r;
    if ((rc = frex_worker_new(&ctx[i].w, r->pipe))) {
      cli_error(NULL, "%s", frex_strerror(rc));
      return EXIT_TROUBLE;
    }
    int e = pthread_create(&tids[i], NULL, worker_main, &ctx[i]);
    if (e != 0) {
      frex_worker_free(ctx[i].w);
      if (i == 0) {
        cli_error(NULL, "cannot start a thread: %s", strerror(e));
        return EXIT_TROUBLE;
      }
      nw = i; /* run with the workers we have */
      break;
    }
  }
  bool ok = produce(r, paths, npaths);
  pthread_mutex_lock(&r->mu);
  r->closed = true;
  r->total_known = true;
  pthread_cond_broadcast(&r->cv_queue);
  pthread_mutex_unlock(&r->mu);
  for (int i = 0; i < nw; i++) {
    pthread_join(tids[i], NULL);
    frex_worker_free(ctx[i].w);
    frex_buf_free(&ctx[i].in);
    frex_buf_free(&ctx[i].trans);
  }
  free(tids);
  free(ctx);
  /* after a write error, jobs queued but never written */
  for (size_t s = r->next_write; s < r->next_seq; s++)
    if (r->slots[s % QUEUE_CAP])
      job_free(r->slots[s % QUEUE_CAP]);
  show_progress(r, true);
  int status = r->write_failed ? EXIT_TROUBLE
               : (!ok || r->some_failed) ? EXIT_SOME_INPUT
                                         : EXIT_ALL_OK;
  for (int k = 0; k < 2; k++) {
    if (!r->outf[k])
      continue;
    bool bad = !flush_out(r, k) || ferror(r->outf[k]);
    if (r->outf[k] != stdout)
      bad |= fclose(r->outf[k]) != 0;
    if (bad) {
      write_failed(r, k);
      status = EXIT_TROUBLE;
    }
  }
  if (o->summary)
    print_summary(r);
  frex_pipeline_free(r->pipe);
  pthread_mutex_destroy(&r->mu);
  pthread_cond_destroy(&r->cv_queue);
  pthread_cond_destroy(&r->cv_write);
  free(r);
  return status;
}
