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
    rs->batch->named_ids = rs->r->lines_named;
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

bool cli_record_id(char *id, size_t n, const char *name, size_t line,
                   frex_format format) {
  size_t nuls = 0;
  for (char *z = id; (z = memchr(z, '\0', n - (size_t)(z - id))); nuls++)
    *z = 0x1A;
  if (nuls)
    cli_error(name, "line %zu: %zu NUL bytes in the record id, replaced",
              line, nuls);
  bool kept = frex_format_keeps_id(format, id, n);
  if (!kept)
    cli_error(name, "line %zu: record id %s", line, CLI_ID_NOT_UTF8);
  return nuls == 0 && kept;
}

/* rs->line has grown past SEGMENT: queue what came before it, then the
 * record as a job of its own, and stream what was read of its text. */
static void start_long(records *rs) {
  queue_batch(rs);
  frex_buf *l = &rs->line;
  char *tab = memchr(l->ptr, '\t', l->len);
  size_t idcap = strlen(rs->name) + 32;
  char *idbuf = malloc(idcap);
  if (!idbuf) {
    cli_error(rs->name, "out of memory");
    exit(EXIT_TROUBLE);
  }
  if (rs->r->lines_named) /* as process_records names short ones */
    snprintf(idbuf, idcap, "%s:%zu", rs->name, rs->lineno);
  else
    snprintf(idbuf, idcap, "%zu", rs->lineno);
  bool id_ok = true;
  if (tab) {
    id_ok = cli_record_id(l->ptr, (size_t)(tab - l->ptr), rs->name,
                          rs->lineno, rs->r->o->format);
    *tab = '\0';
  }
  job *j = cli_job_new(JOB_LONG_RECORD, tab ? l->ptr : idbuf);
  free(idbuf);
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

/* What HEAD[0..n), the first bytes of a --lines input, is, as file mode
 * decides (ENC: --encoding): a binary file (a magic number, a head dense
 * in controls; only when ENC is auto), skipped whole, since records are
 * text and one record of an archive or /dev/zero would be read for ever;
 * UTF-16 (a BOM, or with auto the NUL pattern), whose records can only be
 * cut out of its text decoded; else text read as records.  The reader's
 * own test, on a copy of at most 64 KB (it repairs bytes in place). */
typedef enum { HEAD_TEXT, HEAD_BINARY, HEAD_UTF16 } head_kind;

static head_kind look_at_head(const char *head, size_t n, frex_encoding enc) {
  enum { PEEK = 64 << 10 };
  frex_reader_options ro = {enc, PEEK, NULL, NULL, NULL, NULL};
  frex_reader *rd;
  char *copy = malloc(PEEK);
  if (!copy || frex_reader_new(&rd, &ro) != FREX_OK) {
    free(copy);
    return HEAD_TEXT; /* no memory to look: read it as records */
  }
  if (n > PEEK)
    n = PEEK;
  memcpy(copy, head, n);
  frex_segment seg;
  frex_reader_open_mem(rd, copy, n, "", 0);
  (void)frex_reader_next(rd, &seg);
  const frex_input_stats *st = frex_reader_stats(rd);
  head_kind kind = st->binary ? HEAD_BINARY
                   : st->encoding == FREX_ENC_UTF16LE ||
                           st->encoding == FREX_ENC_UTF16BE
                       ? HEAD_UTF16
                       : HEAD_TEXT;
  frex_reader_free(rd);
  free(copy);
  return kind;
}

/* The bytes of a UTF-16 --lines input: the head already read, then FD. */
typedef struct head_then_fd {
  const char *head;
  size_t n;
  int fd;
  bool pipe; /* FD is no regular file: a signal ends the wait */
} head_then_fd;

static int read_head_then_fd(void *ctx, char *buf, size_t n, size_t *got) {
  head_then_fd *s = ctx;
  *got = 0;
  if (s->n) {
    size_t k = n < s->n ? n : s->n;
    memcpy(buf, s->head, k);
    s->head += k;
    s->n -= k;
    *got = k;
    return FREX_OK;
  }
  for (;;) {
    if (s->pipe && !cli_wait_input(s->fd))
      return FREX_OK; /* a signal: as at the end */
    ssize_t k = read(s->fd, buf, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      return FREX_E_IO;
    *got = (size_t)k;
    return FREX_OK;
  }
}


/* A UTF-16 --lines input (HEAD[0..n) read from FD so far): decoded to
 * UTF-8 by a reader as a file is (its messages name the input, with byte
 * offsets in it; its BOM dropped), then cut into records.  Before, its
 * records were cut out of the UTF-16 bytes: every record an id and text
 * of NUL-strewn garbage, and no entity.  False when bytes were replaced
 * or the input could not be read. */
static bool read_utf16_records(records *rs, int fd, bool pipe,
                               const char *head, size_t n) {
  frex_reader_options ro = {rs->r->o->encoding, 0, cli_warn_cb, NULL,
                            cli_error_cb, NULL};
  frex_reader *rd;
  if (frex_reader_new(&rd, &ro) != FREX_OK) {
    cli_error(rs->name, "out of memory");
    exit(EXIT_TROUBLE);
  }
  head_then_fd src = {head, n, fd, pipe};
  frex_reader_open_fn(rd, read_head_then_fd, &src, rs->name, 0);
  frex_segment seg;
  int got = 0; /* unread when stopped before the first segment */
  bool first = true, ok = true;
  while (!rs->stop && (got = frex_reader_next(rd, &seg)) > 0) {
    const char *t = seg.text;
    size_t len = seg.len;
    if (first && len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
      t += 3; /* the BOM is no part of the first record's id */
      len -= 3;
    }
    first = false;
    feed(rs, t, len);
  }
  if (!rs->stop && got < 0) {
    if (got == FREX_E_IO)
      cli_error(rs->name, "read error: %s", strerror(errno));
    else
      cli_error(rs->name, "%s", frex_strerror(got));
    ok = false;
  }
  if (frex_reader_status(rd) != FREX_OK)
    ok = false;
  frex_reader_free(rd);
  return ok;
}

/* The head of a --lines input, whose first K bytes are in BUF (of CAP
 * bytes), read on until it holds a line end, HEAD_MIN bytes or the end
 * of the input; returns its length.  A pipe hands over what its writer
 * wrote so far, and a first read of one byte (a UTF-16 or UTF-8 BOM
 * written on its own, the first bytes of a slow stream) decided alone:
 * UTF-16 records were then cut out of NUL-strewn bytes (every entity
 * lost), a BOM became part of the first id.  No record is held back by
 * this: none is complete before its line end. */
static size_t whole_head(int fd, bool pipe, char *buf, size_t k, size_t cap) {
  enum { HEAD_MIN = 4096 };
  while (k < HEAD_MIN && k < cap && !memchr(buf, '\n', k)) {
    if (pipe && !cli_wait_input(fd))
      break; /* a signal: the caller's next wait says so */
    ssize_t m = read(fd, buf + k, cap - k);
    if (m < 0 && errno == EINTR)
      continue;
    if (m <= 0)
      break; /* the end, or an error the caller's next read meets */
    k += (size_t)m;
  }
  return k;
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
  bool ok = true, cr_lines = false;
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
    const char *p = buf;
    if (rs.lineno == 1 && rs.line.len == 0) { /* the input's head */
      k = (ssize_t)whole_head(fd, pipe, buf, (size_t)k, CHUNK);
      head_kind kind = look_at_head(buf, (size_t)k, r->o->encoding);
      if (kind == HEAD_BINARY) {
        /* a UTF-32 BOM: what file mode says of it (input.c) */
        bool utf32 = k >= 4 && (memcmp(buf, "\xFF\xFE\0\0", 4) == 0 ||
                                memcmp(buf, "\0\0\xFE\xFF", 4) == 0);
        cli_error(name, "%s", utf32 ? "UTF-32 text, skipped (iconv -f UTF-32 "
                                      "-t UTF-8 converts it)"
                                    : "binary file, skipped");
        ok = false;
        break;
      }
      if (kind == HEAD_UTF16) {
        ok = read_utf16_records(&rs, fd, pipe, buf, (size_t)k);
        break;
      }
      /* lines ended by CR alone (a spreadsheet's "Macintosh" text export)
       * made one record of the whole input, every id after the first
       * silently part of its text: a head with no LF and a CR inside it
       * has its CRs read as line ends */
      const char *cr = memchr(buf, '\r', (size_t)k);
      if (cr && cr + 1 < buf + k && !memchr(buf, '\n', (size_t)k)) {
        cr_lines = true;
        cli_warn(name, "lines end with CR alone: each CR read as a line "
                       "end");
      }
      /* a UTF-8 BOM (Notepad, a spreadsheet's "CSV UTF-8") is no part of
       * the first record's id: "\uFEFFa" would not join with "a" */
      if (k >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 &&
          (r->o->encoding == FREX_ENC_AUTO ||
           r->o->encoding == FREX_ENC_UTF8)) {
        p += 3;
        k -= 3;
      }
    }
    if (cr_lines) {
      char *end = buf + (p - buf) + k;
      for (char *c = buf; (c = memchr(c, '\r', (size_t)(end - c)));)
        *c++ = '\n';
    }
    feed(&rs, p, (size_t)k);
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
