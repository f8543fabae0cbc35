/*
 * cli_jobs.c — running frex over documents on -j worker threads with one
 * ordered output.
 *
 * The main thread walks the operands and queues jobs (one document, or a
 * batch of --lines records) numbered in input order.  Each worker owns a
 * frex_worker (stemmer, ICU state, caches), a frex_reader and a frex_writer
 * per output; it takes the next job, reads it in segments cut between
 * paragraphs (so memory is bounded whatever the document's size), and its
 * writers hand rows over in HOLD-byte pieces: written at once when the job
 * is the head of the order, else kept in the job.  Output is thus written
 * in job order, so bytes on stdout never depend on -j (ripgrep #3133).  A
 * job that is not the head and holds FLUSH_AT bytes waits until it is,
 * which bounds memory by workers × FLUSH_AT.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli_jobs.h"

typedef struct worker_ctx worker_ctx;

/* Where writer K of a worker hands its rows: the worker's current job. */
typedef struct job_sink {
  worker_ctx *c;
  int k;
} job_sink;

struct worker_ctx {
  run *r;
  frex_worker *w;
  frex_reader *rd;
  frex_writer *wr[2]; /* [0] the main output, [1] run's --tokens */
  job_sink sink[2];
  job *cur;           /* the job being processed */
};


/* ------------------------------------------------------------ output */


/* Messages (cli.h: cli_hold).  A worker's messages go to the job it is on
 * and are printed when that job is written; the walk's go to a note job
 * queued in their place: stderr follows the input order, as stdout does
 * (issue 14: under -j they came out in a varying order). */
static _Thread_local job *tl_job;
static _Thread_local run *tl_producer;

static bool hold_message(const char *line) {
  frex_buf *b = NULL;
  if (tl_job) {
    b = &tl_job->msgs;
  } else if (tl_producer) {
    run *r = tl_producer;
    if (!r->note && !(r->note = calloc(1, sizeof *r->note)))
      return false;
    r->note->kind = JOB_NOTE;
    b = &r->note->msgs;
  }
  return b && frex_buf_puts(b, line) == FREX_OK;
}

/* Print J's messages (the lock held, J being written). */
static void print_messages(run *r, job *j) {
  if (!j->msgs.len)
    return;
  if (r->tty && r->progress_shown) /* off the progress line */
    fputs("\r\033[K", stderr);
  fwrite(j->msgs.ptr, 1, j->msgs.len, stderr);
  frex_buf_clear(&j->msgs);
}

/* A write to output K failed: say so once per output and stop the run.
 * A closed pipe (EPIPE, when SIGPIPE is ignored) ends the run quietly, as
 * SIGPIPE itself would.  Each output's own failure is kept, not only the
 * first of the run: when the --tokens file filled the disk, the entities
 * file's last flush failed too, unsaid, and it was named "incomplete (it
 * ends with a whole row)" while it ended mid-row. */
static void write_failed(run *r, int k) {
  if (!r->pipe_closed[k] && !r->out_failed[k]) {
    if (errno == EPIPE) {
      r->pipe_closed[k] = true;
    } else {
      r->out_failed[k] = true;
      job *held = tl_job; /* the run stops: said now, not held */
      tl_job = NULL;
      cli_error(r->outname[k], "write error: %s", strerror(errno));
      tl_job = held;
    }
  }
  r->write_failed = true;
}

/* A signal came (cli.h: cli_signal): the run stops as after a write
 * error, without a message, so that what is written ends with the last
 * whole piece of rows.  Called with the lock held; true when stopped. */
static bool stop_on_signal(run *r) {
  if (!cli_signal)
    return false;
  if (!r->write_failed) {
    r->write_failed = true;
    pthread_cond_broadcast(&r->cv_queue);
    pthread_cond_broadcast(&r->cv_space);
    pthread_cond_broadcast(&r->cv_write);
    pthread_cond_broadcast(&r->cv_chan);
  }
  return true;
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

static bool flush_out(run *r, int k);

/* Output K is about to be written, which may block when it is a pipe
 * whose reader does not read: the other output is flushed first (so that
 * it ends with a whole row if a signal ends frex during the block), and a
 * signal during the write ends frex at once (cli.h: cli_blocked_out). */
static void may_block(run *r, int k) {
  if (!r->outpipe[k])
    return;
  int other = 1 - k;
  if (r->outf[other] && !r->write_failed && !flush_out(r, other))
    write_failed(r, other);
  cli_blocked_out = k + 1;
  cli_blocked_write(k, fileno(r->outf[k]));
}

/* fwrite(P, 1, N, outf[K]), without copying large pieces into its stdio
 * buffer.  Small pieces (a short document's rows, the header) are
 * gathered in the buffer; a piece of half the buffer or more (a writer's
 * HOLD bytes) is written at once, whole, after the buffer's bytes.
 * Pieces of HOLD bytes (a little over the 1 MB buffer) used to follow
 * glibc's fwrite (fill the buffer, write it, keep the rest): about half
 * of every piece was copied into the buffer, and written by a second
 * write(2) (BENCH.md, round 14b).
 * The bytes and their order are the same; only where the writes cut them
 * moves, and each write still ends with a whole piece of rows.  False
 * with errno set when a write fails. */
static bool put_out(run *r, int k, const char *p, size_t n) {
  FILE *f = r->outf[k];
  size_t cap = r->outcap[k];
  if (cap && n < cap / 2 && n <= cap - r->outheld[k]) { /* kept */
    r->outheld[k] += n;
    return fwrite(p, 1, n, f) == n;
  }
  may_block(r, k);
  bool ok;
  if (!cap) { /* not a buffer we know */
    ok = fwrite(p, 1, n, f) == n;
  } else {
    r->outheld[k] = 0;
    ok = fflush(f) == 0 && write_fd(fileno(f), p, n);
  }
  cli_blocked_out = 0;
  return ok;
}

/* fflush(outf[K]). */
static bool flush_out(run *r, int k) {
  int was = cli_blocked_out;
  if (r->outpipe[k]) {
    cli_blocked_out = k + 1;
    cli_blocked_write(k, fileno(r->outf[k]));
  }
  r->outheld[k] = 0;
  bool ok = fflush(r->outf[k]) == 0;
  cli_blocked_out = was;
  return ok;
}

/* Write and empty J's buffers.  Called with the lock held, J at the head. */
static void write_job(run *r, job *j) {
  if (j->contents.len && frex_writer_add_contents(r->frame[0], j->contents.ptr,
                                                  j->contents.len) ==
                             FREX_E_NOMEM) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  frex_buf_clear(&j->contents);
  for (int k = 0; k < 2; k++) {
    frex_buf *b = &j->out[k];
    if (!b->len || !r->outf[k])
      continue;
    if (r->write_failed)
      r->dropped[k] = true;
    else if (!put_out(r, k, b->ptr, b->len))
      write_failed(r, k);
    r->held -= b->len;
    frex_buf_clear(b);
  }
  if (r->o->line_buffered && !r->write_failed)
    for (int k = 0; k < 2; k++)
      if (r->outf[k] && !flush_out(r, k))
        write_failed(r, k);
}

void cli_job_free(job *j) {
  if (j->ch)
    for (int k = 0; k < CHAN_SLOTS; k++)
      frex_buf_free(&j->ch->piece[k]);
  free(j->ch);
  free(j->path);
  frex_buf_free(&j->msgs);
  frex_buf_free(&j->records);
  frex_buf_free(&j->out[0]);
  frex_buf_free(&j->out[1]);
  frex_buf_free(&j->contents);
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

/* J is done: written now if it is the head of the order (with the done
 * jobs after it), else when the jobs before it are. */
static void job_done(run *r, job *j) {
  pthread_mutex_lock(&r->mu);
  j->done = true;
  if (j->seq == r->next_write) {
    while (r->next_write < r->next_seq) {
      job *h = r->slots[r->next_write % QUEUE_CAP];
      if (!h || !h->done)
        break;
      write_job(r, h);
      print_messages(r, h);
      account(r, h);
      r->slots[r->next_write % QUEUE_CAP] = NULL;
      cli_job_free(h);
      r->next_write++;
      cli_show_progress(r, false);
    }
    pthread_cond_broadcast(&r->cv_write);
    if (r->write_failed) /* idle workers stop */
      pthread_cond_broadcast(&r->cv_queue);
    if (r->producer_waits &&
        (r->next_seq - r->next_write <= QUEUE_CAP / 2 || r->write_failed))
      pthread_cond_signal(&r->cv_space);
  }
  pthread_mutex_unlock(&r->mu);
}

/* ------------------------------------------------------------ documents */

/* Rows from writer S->k of a worker: written at once when its job is the
 * head of the order (no copy), else kept in the job, which waits for its
 * turn once it holds FLUSH_AT bytes or all jobs together hold HELD_MAX
 * (the head never waits, so the order always moves on).  FREX_E_IO once
 * output has failed. */
static int job_write(void *ctx, const char *data, size_t len) {
  job_sink *s = ctx;
  run *r = s->c->r;
  job *j = s->c->cur;
  pthread_mutex_lock(&r->mu);
  stop_on_signal(r);
  while (j->seq != r->next_write && !r->write_failed &&
         (j->out[0].len + j->out[1].len + len > FLUSH_AT ||
          r->held + len > HELD_MAX))
    pthread_cond_wait(&r->cv_write, &r->mu);
  int rc = FREX_OK;
  if (r->write_failed) {
    rc = FREX_E_IO;
    r->dropped[s->k] = true;
  } else if (j->seq == r->next_write) {
    write_job(r, j); /* what it kept while it waited */
    if (!r->write_failed && r->outf[s->k] && !put_out(r, s->k, data, len))
      write_failed(r, s->k);
    if (r->o->line_buffered && !r->write_failed && r->outf[s->k] &&
        !flush_out(r, s->k))
      write_failed(r, s->k);
    rc = r->write_failed ? FREX_E_IO : FREX_OK;
  } else if (frex_buf_put(&j->out[s->k], data, len)) {
    rc = FREX_E_NOMEM;
  } else {
    r->held += len;
  }
  pthread_mutex_unlock(&r->mu);
  return rc;
}


/* The writers that J's command uses. */
static int nwriters(const run *r) { return r->outf[1] ? 2 : 1; }

/* Read, process and write one document from the reader, opened on it.
 * Returns FREX_E_IO once output has failed (the run stops), else FREX_OK;
 * problems with the document itself are reported and mark J failed. */
static int process_doc(worker_ctx *c, job *j, const char *doc,
                       bool progress) {
  const cli_opts *o = c->r->o;
  unsigned cmd = (o->cmd == CMD_TOKENIZE ? FREX_SEG_TOKENS_ONLY : 0) |
                 (o->cmd == CMD_EXTRACT ? FREX_SEG_ENTITIES_ONLY : 0);
  int n = nwriters(c->r), rc = FREX_OK, got;
  for (int k = 0; k < n && !rc; k++) /* its place in the output */
    rc = frex_writer_set_doc_number(c->wr[k], j->first_doc + j->docs - 1);
  for (int k = 0; k < n && !rc; k++)
    rc = frex_writer_doc_begin(c->wr[k], doc);
  frex_segment seg;
  unsigned long long counted = 0; /* bytes read, told to --progress */
  while (!rc && (got = frex_reader_next(c->rd, &seg)) > 0) {
    if (cli_signal) { /* extract may write nothing for a long while */
      pthread_mutex_lock(&c->r->mu);
      stop_on_signal(c->r);
      pthread_mutex_unlock(&c->r->mu);
      return FREX_E_IO;
    }
    if (progress) {
      unsigned long long now = frex_reader_stats(c->rd)->bytes;
      cli_progress_tick(c->r, now - counted);
      counted = now;
    }
    const frex_tokens *toks;
    const frex_entities *ents;
    rc = frex_worker_segment(c->w, seg.text, seg.len, seg.flags | cmd, &toks,
                             &ents);
    if (rc) {
      cli_error(doc, "%s", frex_strerror(rc));
      j->failed = true;
      return FREX_OK;
    }
    if (o->cmd != CMD_EXTRACT)
      j->tokens += toks->n;
    if (o->cmd != CMD_TOKENIZE)
      for (size_t i = 0; i < frex_entities_count(ents); i++)
        for (int k = 0; k < 4; k++)
          if (frex_entities_get(ents, i)->type == 1u << k)
            j->ents[k]++;
    for (int k = 0; k < n && !rc; k++)
      rc = frex_writer_segment(c->wr[k], c->w, seg.text, seg.len, seg.base,
                               toks, ents);
  }
  if (!rc && got < 0) {
    if (got == FREX_E_IO)
      cli_error(doc, "read error: %s", strerror(errno));
    else
      cli_error(doc, "%s", frex_strerror(got));
    j->failed = true;
  }
  for (int k = 0; k < n && !rc; k++)
    rc = frex_writer_doc_end(c->wr[k]);
  if (rc == FREX_E_NOMEM) {
    cli_error(doc, "out of memory");
    j->failed = true;
  }
  if (frex_reader_status(c->rd) != FREX_OK)
    j->failed = true;
  if (progress && frex_reader_stats(c->rd)->bytes > counted)
    cli_progress_tick(c->r, frex_reader_stats(c->rd)->bytes - counted);
  if (rc == FREX_E_IO) { /* the run stopped: the rest of its rows lost */
    pthread_mutex_lock(&c->r->mu);
    c->r->dropped[0] = c->r->dropped[1] = true;
    pthread_mutex_unlock(&c->r->mu);
  }
  return rc == FREX_E_IO ? rc : FREX_OK;
}

/* Process a whole stream as one document, a segment at a time, so memory
 * does not grow with the document (SPEC "Scale"). */
/* Reads a pipe or a terminal, and stops (as at its end) when a signal
 * comes while it waits. */
static int pipe_read(void *ctx, char *buf, size_t n, size_t *got) {
  int fd = *(const int *)ctx;
  *got = 0;
  for (;;) {
    if (!cli_wait_input(fd))
      return FREX_OK;
    ssize_t k = read(fd, buf, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      return FREX_E_IO;
    *got = (size_t)k;
    return FREX_OK;
  }
}

/* SB: FD's status when the caller has it (one fstat less per file of a
 * directory), else NULL. */
static void process_stream(worker_ctx *c, job *j, int fd, const char *doc,
                           const struct stat *sb) {
  j->docs++;
  struct stat st;
  if (sb)
    st = *sb;
  if ((sb || fstat(fd, &st) == 0) && S_ISREG(st.st_mode))
    frex_reader_open_fd(c->rd, fd, doc, 0);
  else
    frex_reader_open_fn(c->rd, pipe_read, &fd, doc, 0);
  process_doc(c, j, doc, true);
  j->bytes += (size_t)frex_reader_stats(c->rd)->bytes;
}

static void process_file(worker_ctx *c, job *j) {
  if (!frex_format_keeps_id(c->r->o->format, j->path, strlen(j->path))) {
    cli_error(j->path, "name %s", CLI_ID_NOT_UTF8);
    j->failed = true;
  }
  int fd = cli_open_input(j->path);
  if (fd < 0) {
    cli_error(j->path, "%s", strerror(errno));
    j->failed = true;
    return;
  }
  struct stat sb;
  bool stated = fstat(fd, &sb) == 0;
  if (stated && S_ISDIR(sb.st_mode)) {
    cli_error(j->path, "is a directory");
    j->failed = true;
  } else {
    process_stream(c, j, fd, j->path, stated ? &sb : NULL);
    /* a file cut short while frex read it (rewritten, truncated by a
     * log rotation) gave rows up to where it ended, and exit 0: its
     * rows are short of the file that was opened */
    const frex_input_stats *st = frex_reader_stats(c->rd);
    struct stat now;
    if (S_ISREG(sb.st_mode) && !st->binary && !cli_signal &&
        !c->r->write_failed && st->bytes < (unsigned long long)sb.st_size &&
        fstat(fd, &now) == 0 && now.st_size < sb.st_size) {
      cli_error(j->path, "file shrank while read: %llu of its %lld bytes "
                         "read",
                (unsigned long long)st->bytes, (long long)sb.st_size);
      j->failed = true;
    }
  }
  close(fd);
}

/* --lines: each line "id<TAB>text" is a document; a line without a TAB is
 * a document whose id is its line number. */
static void process_records(worker_ctx *c, job *j) {
  char *p = j->records.ptr, *end = p + j->records.len;
  size_t line = j->first_line;
  size_t idcap = (j->named_ids ? strlen(j->path) + 1 : 0) + 24;
  char *idbuf = malloc(idcap);
  if (!idbuf) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  for (; p < end; line++) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)(nl - p);
    if (n && p[n - 1] == '\r')
      n--;
    char *tab = memchr(p, '\t', n);
    char *text = p;
    const char *id = idbuf;
    if (tab) {
      if (!cli_record_id(p, (size_t)(tab - p), j->path, line,
                         c->r->o->format))
        j->failed = true;
      *tab = '\0';
      id = p;
      text = tab + 1;
    } else if (j->named_ids) {
      snprintf(idbuf, idcap, "%s:%zu", j->path, line);
    } else {
      snprintf(idbuf, idcap, "%zu", line);
    }
    size_t tlen = n - (size_t)(text - p);
    j->docs++;
    j->bytes += n + 1;
    frex_reader_open_mem(c->rd, text, tlen, id, FREX_INPUT_RECORD);
    cli_progress_tick(c->r, n + 1);
    if (process_doc(c, j, id, false) == FREX_E_IO)
      break; /* output failed */
    p = nl + 1;
  }
  free(idbuf);
}

/* frex_read_fn of a long record: the producer's pieces, in order. */
static int chan_read(void *ctx, char *buf, size_t n, size_t *got) {
  worker_ctx *c = ctx;
  run *r = c->r;
  chan *ch = c->cur->ch;
  pthread_mutex_lock(&r->mu);
  while (!ch->count && !ch->closed)
    pthread_cond_wait(&r->cv_chan, &r->mu);
  *got = 0;
  if (ch->count) {
    frex_buf *p = &ch->piece[ch->head];
    size_t k = p->len - ch->off < n ? p->len - ch->off : n;
    memcpy(buf, p->ptr + ch->off, k);
    ch->off += k;
    *got = k;
    if (ch->off == p->len) {
      frex_buf_clear(p);
      ch->head = (ch->head + 1) % CHAN_SLOTS;
      ch->count--;
      ch->off = 0;
      pthread_cond_broadcast(&r->cv_chan);
    }
  }
  pthread_mutex_unlock(&r->mu);
  return FREX_OK;
}

/* A --lines record too long to hold: one document read from its pieces. */
static void process_long_record(worker_ctx *c, job *j) {
  j->docs++;
  frex_reader_open_fn(c->rd, chan_read, c, j->path, FREX_INPUT_RECORD);
  process_doc(c, j, j->path, true);
  j->bytes += (size_t)frex_reader_stats(c->rd)->bytes;
  run *r = c->r;
  pthread_mutex_lock(&r->mu); /* what is left is not read: say so */
  j->ch->abandoned = true;
  pthread_cond_broadcast(&r->cv_chan);
  pthread_mutex_unlock(&r->mu);
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
    c->cur = j;
    tl_job = j;
    if (j->kind == JOB_NOTE)
      ; /* nothing to read: its messages are printed in turn */
    else if (j->kind == JOB_FILE)
      process_file(c, j);
    else if (j->kind == JOB_STDIN)
      process_stream(c, j, STDIN_FILENO, "-", NULL);
    else if (j->kind == JOB_LONG_RECORD)
      process_long_record(c, j);
    else
      process_records(c, j);
    for (int k = 0; k < nwriters(r); k++)
      frex_writer_flush(c->wr[k]); /* a failure is already recorded */
    if (frex_writer_take_contents(c->wr[0], &j->contents) == FREX_E_NOMEM) {
      cli_error(NULL, "out of memory");
      exit(EXIT_TROUBLE);
    }
    tl_job = NULL;
    job_done(r, j);
    c->cur = NULL;
  }
}

/* ------------------------------------------------------------ producer */

bool cli_enqueue(run *r, job *j) {
  if (r->note && j != r->note) { /* the walk's messages go before J */
    job *note = r->note;
    r->note = NULL;
    if (!cli_enqueue(r, note)) {
      cli_job_free(j);
      return false;
    }
  }
  pthread_mutex_lock(&r->mu);
  stop_on_signal(r);
  while (r->next_seq - r->next_write >= QUEUE_CAP && !r->write_failed) {
    r->producer_waits = true;
    pthread_cond_wait(&r->cv_space, &r->mu);
  }
  r->producer_waits = false;
  bool ok = !r->write_failed;
  if (ok) {
    j->seq = r->next_seq;
    j->first_doc = r->next_doc + 1;
    r->next_doc += j->kind == JOB_RECORDS ? j->nrecords : 1;
    r->slots[r->next_seq % QUEUE_CAP] = j;
    r->next_seq++;
    pthread_cond_broadcast(&r->cv_queue);
  }
  if (!ok) /* its rows will not be written */
    r->dropped[0] = r->dropped[1] = true;
  pthread_mutex_unlock(&r->mu);
  if (!ok)
    cli_job_free(j);
  return ok;
}

job *cli_job_new(job_kind kind, const char *path) {
  job *j = calloc(1, sizeof *j);
  if (!j || !(j->path = strdup(path))) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  j->kind = kind;
  return j;
}


static bool visit_file(void *ctx, const char *path, const struct stat *st) {
  run *r = ctx;
  if (!r->sized && S_ISREG(st->st_mode) && st->st_size > 0) {
    pthread_mutex_lock(&r->mu);
    r->total_bytes += (unsigned long long)st->st_size;
    pthread_mutex_unlock(&r->mu);
  }
  if (r->o->lines) {
    int fd = cli_open_input(path);
    if (fd < 0) {
      cli_error(path, "%s", strerror(errno));
      return false;
    }
    bool ok = cli_read_records(r, fd, path);
    close(fd);
    return ok;
  }
  cli_enqueue(r, cli_job_new(JOB_FILE, path));
  return true;
}

/* Standard input's size when it is a file (`frex extract < big.txt`),
 * for --progress. */
static void stdin_size(run *r) {
  struct stat st;
  if (!r->sized && fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)) {
    pthread_mutex_lock(&r->mu);
    r->total_bytes += (unsigned long long)st.st_size;
    pthread_mutex_unlock(&r->mu);
  }
}

static bool produce(run *r, char **paths, int npaths) {
  bool ok = true;
  if (npaths == 0) {
    static char dash[] = "-";
    static char *stdin_only[] = {dash};
    paths = stdin_only;
    npaths = 1;
  }
  tl_producer = r; /* messages of the walk keep their place */
  struct stat st0;
  r->lines_named = npaths > 1 || (strcmp(paths[0], "-") != 0 &&
                                  stat(paths[0], &st0) == 0 &&
                                  S_ISDIR(st0.st_mode));
  int i;
  for (i = 0; i < npaths && !r->write_failed; i++) {
    if (strcmp(paths[i], "-") == 0) {
      stdin_size(r);
      if (r->o->lines)
        ok &= cli_read_records(r, STDIN_FILENO, "-");
      else
        cli_enqueue(r, cli_job_new(JOB_STDIN, "-"));
    } else {
      ok &= cli_walk(r->o, paths[i], false, visit_file, r);
    }
  }
  pthread_mutex_lock(&r->mu);
  if (i < npaths) /* operands not read: the run stopped */
    r->dropped[0] = r->dropped[1] = true;
  pthread_mutex_unlock(&r->mu);
  tl_producer = NULL;
  if (r->note) {
    job *note = r->note;
    r->note = NULL;
    cli_enqueue(r, note);
  }
  return ok;
}

/* ------------------------------------------------------------ entry */

static bool add_size(void *ctx, const char *path, const struct stat *st) {
  run *r = ctx;
  if (S_ISREG(st->st_mode) && st->st_size > 0)
    r->total_bytes += (unsigned long long)st->st_size;
  return true;
}

/* --progress: the inputs' total size from a quiet walk of their own
 * before the run, so that the share done and the ETA are known from the
 * start (the producer's walk only ends when the last jobs are queued).
 * With standard input among them, the total is what the walk finds. */
static void size_inputs(run *r, char **paths, int npaths) {
  if (npaths == 0)
    return;
  for (int i = 0; i < npaths; i++)
    if (strcmp(paths[i], "-") == 0)
      return;
  for (int i = 0; i < npaths; i++)
    cli_walk(r->o, paths[i], true, add_size, r);
  r->sized = r->total_known = true;
}

static void print_summary(const run *r) {
  double t = cli_since(&r->t0), mb = (double)r->bytes / 1e6;
  char tokens[48] = ""; /* extract writes no tokens and does not count them */
  if (r->o->cmd != CMD_EXTRACT)
    snprintf(tokens, sizeof tokens, ", %zu tokens", r->tokens);
  fprintf(stderr,
          "frex: %zu documents, %.2f MB%s; entities: AMOUNT %zu, DATE %zu, "
          "COMPANY %zu, AGENCY %zu; %.2f s, %.1f MB/s\n",
          r->docs, mb, tokens, r->ents[0], r->ents[1], r->ents[2],
          r->ents[3], t, t > 0 ? mb / t : 0.0);
}

/* Options of the writer for output K: [0] entities (tokens for frex
 * tokenize), [1] run's --tokens, with stems. */
static frex_writer_options writer_options(const cli_opts *o, int k) {
  frex_writer_options wo = {0};
  wo.format = o->format;
  wo.rows = k == 1 || o->cmd == CMD_TOKENIZE ? FREX_ROWS_TOKENS
                                             : FREX_ROWS_ENTITIES;
  wo.no_header = o->no_header;
  wo.stems = o->cmd == CMD_RUN;
  wo.buffer = HOLD;
  return wo;
}

/* The frame writers' sink: output K itself (put_out keeps the header in
 * the stdio buffer). */
typedef struct out_sink {
  run *r;
  int k;
} out_sink;

static int frame_write(void *ctx, const char *data, size_t len) {
  out_sink *s = ctx;
  return put_out(s->r, s->k, data, len) ? FREX_OK : FREX_E_IO;
}

static void worker_ctx_free(worker_ctx *c) {
  frex_worker_free(c->w);
  frex_reader_free(c->rd);
  frex_writer_free(c->wr[0]);
  frex_writer_free(c->wr[1]);
}

int cli_process(const cli_opts *o, char **paths, int npaths) {
  frex_config cfg = {o->types, o->prefer_future, o->dct, o->dict_dir,
                     o->dicts, o->ndicts, cli_warn_cb, NULL};
  if (o->cmd == CMD_TOKENIZE)
    cfg.types = FREX_ENT_NONE;
  run *r = calloc(1, sizeof *r);
  if (!r) {
    cli_error(NULL, "out of memory");
    return EXIT_TROUBLE;
  }
  r->o = o;
  /* progress redrawn in place only when the rows go elsewhere: typed at a
   * prompt (`frex extract dir`), stdout is that terminal too, and a row
   * printed after the redrawn line would join it; there progress is shown
   * (SPEC: on when stderr is a terminal) as whole lines every 5 s */
  r->tty = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
  char err[512];
  int rc = frex_pipeline_new(&r->pipe, &cfg, err, sizeof err);
  if (rc) {
    cli_error(NULL, "%s", err);
    free(r);
    return EXIT_TROUBLE;
  }
  cli_catch_signals();
  cli_outputs outs;
  if ((rc = cli_open_outputs(o, paths, npaths, &outs)) >= 0) {
    frex_pipeline_free(r->pipe);
    free(r);
    return rc;
  }
  for (int k = 0; k < 2; k++) {
    r->outf[k] = outs.f[k];
    r->outname[k] = outs.name[k];
  }
  /* run with two outputs: when one is a pipe that closes, SIGPIPE would
   * kill frex and leave the other (a file) cut mid-row, unsaid.  EPIPE
   * stops the run instead; the other output is flushed and said to be
   * incomplete, then frex dies by SIGPIPE as it would have. */
  bool sigpipe_default = false;
  if (r->outf[1]) {
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
      signal(SIGPIPE, SIG_IGN);
      sigpipe_default = true;
    }
  }
  for (int k = 0; k < 2; k++) {
    struct stat st;
    r->outpipe[k] = r->outf[k] && fstat(fileno(r->outf[k]), &st) == 0 &&
                    (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) ||
                     S_ISCHR(st.st_mode));
  }
  {
    const char *names[2] = {r->outname[0], r->outf[1] ? r->outname[1] : NULL};
    cli_signal_outputs(names, 2);
  }
  static char outbuf[2][1 << 20];
  for (int k = 0; k < 2; k++)
    if (r->outf[k] &&
        setvbuf(r->outf[k], outbuf[k], _IOFBF, sizeof outbuf[k]) == 0)
      r->outcap[k] = sizeof outbuf[k];
  /* the outputs' frames (the TSV header) come from writers of their own,
   * written straight to the outputs; workers' writers write documents */
  frex_writer **frame = r->frame;
  out_sink frame_sink[2] = {{r, 0}, {r, 1}};
  for (int k = 0; k < 2; k++) {
    if (!r->outf[k])
      continue;
    frex_writer_options wo = writer_options(o, k);
    wo.write = frame_write;
    wo.buffer = 4096; /* a header, a footer */
    wo.write_ctx = &frame_sink[k];
    if (frex_writer_new(&frame[k], &wo) ||
        frex_writer_begin(frame[k]) || frex_writer_flush(frame[k])) {
      cli_error(NULL, "out of memory"); /* the header is kept in the
                                           stdio buffer: not a write */
      return EXIT_TROUBLE;
    }
  }
  if (o->progress)
    size_inputs(r, paths, npaths);
  cli_hold = hold_message; /* from here, messages keep the input order */
  pthread_mutex_init(&r->mu, NULL);
  pthread_cond_init(&r->cv_queue, NULL);
  pthread_cond_init(&r->cv_space, NULL);
  pthread_cond_init(&r->cv_write, NULL);
  pthread_cond_init(&r->cv_chan, NULL);
  clock_gettime(CLOCK_MONOTONIC, &r->t0);

  /* at most QUEUE_CAP jobs are in flight, so a worker past that number
   * never gets one, and each costs about 1 MB (-j1024: 1.1 GB on three
   * small files; under a memory limit every document then failed) */
  int nw = o->jobs > 0 ? o->jobs : 1;
  if (nw > QUEUE_CAP)
    nw = QUEUE_CAP;
  pthread_t *tids = calloc((size_t)nw, sizeof *tids);
  worker_ctx *ctx = calloc((size_t)nw, sizeof *ctx);
  if (!tids || !ctx) {
    cli_error(NULL, "out of memory");
    return EXIT_TROUBLE;
  }
  frex_reader_options ro = {o->encoding, SEGMENT, cli_warn_cb, NULL,
                            cli_error_cb, NULL};
  for (int i = 0; i < nw; i++) {
    worker_ctx *c = &ctx[i];
    c->r = r;
    rc = frex_worker_new(&c->w, r->pipe);
    if (!rc)
      rc = frex_reader_new(&c->rd, &ro);
    for (int k = 0; k < 2 && !rc; k++) {
      if (!r->outf[k])
        continue;
      c->sink[k] = (job_sink){c, k};
      frex_writer_options wo = writer_options(o, k);
      wo.write = job_write;
      wo.write_ctx = &c->sink[k];
      rc = frex_writer_new(&c->wr[k], &wo);
    }
    if (rc) {
      cli_error(NULL, "%s", frex_strerror(rc));
      return EXIT_TROUBLE;
    }
    int e = pthread_create(&tids[i], NULL, worker_main, &ctx[i]);
    if (e != 0) {
      worker_ctx_free(c);
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
    worker_ctx_free(&ctx[i]);
  }
  free(tids);
  free(ctx);
  /* after a write error, jobs queued but never written: what they had to
   * say about their inputs is still said */
  for (size_t s = r->next_write; s < r->next_seq; s++)
    if (r->slots[s % QUEUE_CAP]) {
      r->dropped[0] = r->dropped[1] = true;
      print_messages(r, r->slots[s % QUEUE_CAP]);
      cli_job_free(r->slots[s % QUEUE_CAP]);
    }
  cli_show_progress(r, true);
  cli_hold = NULL;
  int status = r->write_failed ? EXIT_TROUBLE
               : (!ok || r->some_failed) ? EXIT_SOME_INPUT
                                         : EXIT_ALL_OK;
  for (int k = 0; k < 2; k++) {
    if (!r->outf[k])
      continue;
    if (!r->write_failed && frex_writer_end(frame[k]) != FREX_OK)
      write_failed(r, k);
    frex_writer_free(frame[k]);
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
  if (cli_signal) {
    const char *names[2] = {r->outname[0], r->outf[1] ? r->outname[1] : NULL};
    cli_interrupted(names, 2);
  }
  for (int k = 0; k < 2; k++) /* the other output of the one that failed */
    if ((r->pipe_closed[k] || r->out_failed[k]) && r->outf[1 - k] &&
        r->dropped[1 - k] && !r->pipe_closed[1 - k] && !r->out_failed[1 - k])
      cli_error(r->outname[1 - k], "incomplete: %s %s (it ends with a "
                                   "whole row)",
                r->outname[k], r->pipe_closed[k] ? "was closed"
                                                 : "could not be written");
  /* a write error said above keeps its status 2: SIGPIPE would hide it */
  if (sigpipe_default && (r->pipe_closed[0] || r->pipe_closed[1]) &&
      !r->out_failed[0] && !r->out_failed[1]) {
    signal(SIGPIPE, SIG_DFL);
    raise(SIGPIPE);
  }
  frex_pipeline_free(r->pipe);
  pthread_mutex_destroy(&r->mu);
  pthread_cond_destroy(&r->cv_queue);
  pthread_cond_destroy(&r->cv_space);
  pthread_cond_destroy(&r->cv_write);
  pthread_cond_destroy(&r->cv_chan);
  free(r);
  return status;
}
