/*
 * cli_lines.c — reading --lines records (SPEC "Command line": one document
 * per line, id<TAB>text).  Short records are batched into jobs of about
 * BATCH_BYTES; a record that grows past SEGMENT bytes becomes a job of its
 * own whose text is streamed to its worker through a channel (issue 14: a
 * 100 MB record used 1 GB).  The worker side (process_records,
 * process_long_record) is in cli_jobs.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_jobs.h"

/* Hand a piece of a long record to its worker, waiting while CHAN_SLOTS
 * pieces are in flight; false when the worker stopped reading. */
static bool chan_put(run *r, chan *ch, const char *data, size_t n) {
  if (!n)
    return true;
  pthread_mutex_lock(&r->mu);
  while (ch->count == CHAN_SLOTS && !ch->abandoned && !r->write_failed)
    pthread_cond_wait(&r->cv_chan, &r->mu);
  bool ok = !ch->abandoned && !r->write_failed;
  if (ok) {
    frex_buf *p = &ch->piece[(ch->head + ch->count) % CHAN_SLOTS];
    if (frex_buf_put(p, data, n)) {
      cli_error(NULL, "out of memory");
      exit(EXIT_TROUBLE);
    }
    ch->count++;
    pthread_cond_broadcast(&r->cv_chan);
  }
  pthread_mutex_unlock(&r->mu);
  return ok;
}

static void chan_close(run *r, chan *ch) {
  pthread_mutex_lock(&r->mu);
  ch->closed = true;
  pthread_cond_broadcast(&r->cv_chan);
  pthread_mutex_unlock(&r->mu);
}

/* Reading --lines records: short ones are batched into jobs of about
 * BATCH_BYTES; a record that grows past SEGMENT bytes becomes a job of its
 * own whose text is streamed to its worker (SPEC "Robustness": a 100 MB
 * record is segmented like a 100 MB file). */
typedef struct records {
  run *r;
  const char *name;
  size_t lineno;     /* of the record being read */
  frex_buf line;     /* the record so far (short records) */
  job *batch;        /* short records not yet queued */
  job *longj;        /* the long record being streamed, or NULL */
  bool cr;           /* longj: a CR held back (dropped before the LF) */
  bool stop;         /* output failed */
} records;

static void queue_batch(records *rs) {
  if (rs->batch && !cli_enqueue(rs->r, rs->batch)) /* frees it on failure */
    rs->stop = true;
  rs->batch = NULL;
}

/* The record in rs->line (without its LF) is complete. */
static void end_short(records *rs) {
  frex_buf *l = &rs->line;
  if (!rs->batch) {
    rs->batch = cli_job_new(JOB_RECORDS, rs->name);
    rs->batch->first_line = rs->lineno;
  }
  rs->batch->nrecords++;
  if (frex_buf_put(&rs->batch->records, l->ptr, l->len) ||
      frex_buf_putc(&rs->batch->records, '\n')) {
    cli_error(rs->name, "out of memory");
    exit(EXIT_TROUBLE);
  }
  frex_buf_clear(l);
  /* --line-buffered: someone watches a live pipe, so a record is not
   * held back waiting for the batch to fill */
  if (rs->batch->records.len >= BATCH_BYTES || rs->r->o->line_buffered)
    queue_batch(rs);
}

bool cli_record_id(char *id, size_t n, const char *name, size_t line) {
  size_t nuls = 0;
  for (char *z = id; (z = memchr(z, '\0', n - (size_t)(z - id))); nuls++)
    *z = 0x1A;
  if (nuls)
    cli_error(name, "line %zu: %zu NUL bytes in the record id, replaced",
              line, nuls);
  return nuls == 0;
}

/* rs->line has grown past SEGMENT: queue what came before it, then the
 * record as a job of its own, and stream what was read of its text. */
static void start_long(records *rs) {
  queue_batch(rs);
  frex_buf *l = &rs->line;
  char *tab = memchr(l->ptr, '\t', l->len);
  char idbuf[32];
  snprintf(idbuf, sizeof idbuf, "%zu", rs->lineno);
  bool id_ok = true;
  if (tab) {
    id_ok = cli_record_id(l->ptr, (size_t)(tab - l->ptr), rs->name,
                          rs->lineno);
    *tab = '\0';
  }
  job *j = cli_job_new(JOB_LONG_RECORD, tab ? l->ptr : idbuf);
  j->first_line = rs->lineno;
  j->failed = !id_ok;
  if (!(j->ch = calloc(1, sizeof *j->ch))) {
    cli_error(rs->name, "out of memory");
    exit(EXIT_TROUBLE);
  }
  size_t from = tab ? (size_t)(tab - l->ptr) + 1 : 0;
  chan *ch = j->ch;
  if (!cli_enqueue(rs->r, j)) {
    rs->stop = true;
    return;
  }
  rs->longj = j;
  rs->cr = l->len > from && l->ptr[l->len - 1] == '\r';
  if (!chan_put(rs->r, ch, l->ptr + from, l->len - from - rs->cr))
    rs->stop = true;
  frex_buf_clear(l);
}

/* P[0..n) continues the long record; END: its LF follows. */
static void long_piece(records *rs, const char *p, size_t n, bool end) {
  chan *ch = rs->longj->ch;
  bool ok = true;
  if (rs->cr && (n || !end)) /* the held CR was not before the LF */
    ok = chan_put(rs->r, ch, "\r", 1);
  rs->cr = false;
  if (n && p[n - 1] == '\r') { /* a CR before the LF is dropped */
    rs->cr = true;
    n--;
  }
  if (ok)
    ok = chan_put(rs->r, ch, p, n);
  if (!ok)
    rs->stop = true;
  if (end) {
    chan_close(rs->r, ch);
    rs->longj = NULL;
  }
}

/* Bytes P[0..n) of the input: split into records. */
static void feed(records *rs, const char *p, size_t n) {
  while (n && !rs->stop) {
    const char *nl = memchr(p, '\n', n);
    size_t take = nl ? (size_t)(nl - p) : n;
    if (rs->longj) {
      long_piece(rs, p, take, nl != NULL);
    } else {
      if (frex_buf_put(&rs->line, p, take)) {
        cli_error(rs->name, "out of memory");
        exit(EXIT_TROUBLE);
      }
      if (nl)
        end_short(rs); /* process_records drops a CR before the LF */
      else if (rs->line.len > SEGMENT) {
        start_long(rs);
      }
    }
    if (nl)
      rs->lineno++;
    p += take + (nl != NULL);
    n -= take + (nl != NULL);
  }
}

/* Is HEAD[0..n), the first bytes of a --lines input, a binary file (a
 * magic number, a head dense in controls)?  Records are text: an archive
 * or /dev/zero is skipped whole as in file mode, where one record of it
 * would be read for ever.  The reader's own test, on a copy of at most
 * 64 KB (it repairs bytes in place). */
static bool binary_head(const char *head, size_t n) {
  enum { PEEK = 64 << 10 };
  frex_reader_options ro = {FREX_ENC_AUTO, PEEK, NULL, NULL, NULL, NULL};
  frex_reader *rd;
  char *copy = malloc(PEEK);
  if (!copy || frex_reader_new(&rd, &ro) != FREX_OK) {
    free(copy);
    return false; /* no memory to look: read it as records */
  }
  if (n > PEEK)
    n = PEEK;
  memcpy(copy, head, n);
  frex_segment seg;
  frex_reader_open_mem(rd, copy, n, "", 0);
  (void)frex_reader_next(rd, &seg);
  bool binary = frex_reader_stats(rd)->binary;
  frex_reader_free(rd);
  free(copy);
  return binary;
}

/* Read --lines records from FD (named NAME). */
bool cli_read_records(run *r, int fd, const char *name) {
  records rs = {r, name, 1, FREX_BUF_INIT, NULL, NULL, false, false};
  enum { CHUNK = 1 << 20 };
  char *buf = malloc(CHUNK);
  if (!buf) {
    cli_error(name, "out of memory");
    exit(EXIT_TROUBLE);
  }
  bool ok = true;
  struct stat st;
  bool pipe = fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
  for (;;) {
    if (pipe && !cli_wait_input(fd))
      break; /* a signal: the run stops */
    /* read(2), not fread: a live pipe's records go on as they come */
    ssize_t k = read(fd, buf, CHUNK);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0) {
      cli_error(name, "read error: %s", strerror(errno));
      ok = false;
      break;
    }
    if (k == 0 || rs.stop)
      break;
    if (rs.lineno == 1 && rs.line.len == 0 &&
        r->o->encoding == FREX_ENC_AUTO && binary_head(buf, (size_t)k)) {
      cli_error(name, "binary file, skipped");
      ok = false;
      break;
    }
    feed(&rs, buf, (size_t)k);
  }
  /* a last record without its LF (a CR at its end is dropped, as before
   * an LF) */
  if (rs.longj)
    chan_close(r, rs.longj->ch);
  else if (rs.line.len && !rs.stop)
    end_short(&rs);
  if (!rs.stop)
    queue_batch(&rs);
  else if (rs.batch)
    cli_job_free(rs.batch);
  frex_buf_free(&rs.line);
  free(buf);
  return ok;
}
