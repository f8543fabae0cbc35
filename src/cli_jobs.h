/*
 * cli_jobs.h — what the parts of `frex extract/tokenize/run` share: the
 * jobs (one document, or a batch of --lines records) numbered in input
 * order, the run that queues and writes them, and the producer of --lines
 * records (cli_lines.c).  Private to the CLI.
 */
#ifndef FREX_CLI_JOBS_H
#define FREX_CLI_JOBS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "cli.h"

#define FLUSH_AT (8u << 20)  /* buffered output that makes a job wait */
#define HOLD (1u << 20)      /* rows a writer holds before handing them on */
#define HELD_MAX (32u << 20) /* output held by all jobs not yet written */
#define QUEUE_CAP 64         /* jobs in flight */
#define BATCH_BYTES (1u << 20) /* --lines records per job, by size */
/* Segments the reader cuts documents into: memory follows it (tokens,
 * entity candidates: ~80 bytes per byte of `1 1 1 ...`), so a worker
 * stays under 100 MB on any input.  A --lines record longer than this is
 * streamed to its worker in pieces, not held whole (issue 14). */
#define SEGMENT (1u << 20)
#define CHAN_SLOTS 4         /* pieces of a long record in flight */

typedef enum {
  JOB_FILE, JOB_STDIN, JOB_RECORDS, JOB_LONG_RECORD,
  JOB_NOTE /* messages of the walk, kept in their place in the order */
} job_kind;

/* The pieces of one long --lines record, from the producer (which reads
 * the input) to the worker (which reads them as its document), at most
 * CHAN_SLOTS of them at a time.  Guarded by run.mu. */
typedef struct chan {
  frex_buf piece[CHAN_SLOTS];
  size_t head, count, off; /* OFF: bytes of piece[head] already read */
  bool closed;             /* the record has ended */
  bool abandoned;          /* the worker stopped reading */
} chan;

typedef struct job {
  size_t seq;
  job_kind kind;
  char *path;        /* document id (file path or "-"); records: source */
  frex_buf records;  /* JOB_RECORDS: lines, each ending in '\n' */
  size_t first_line; /* line number of the first record */
  chan *ch;          /* JOB_LONG_RECORD: its text; PATH holds its id */
  frex_buf out[2];   /* [0] entities or tokens (main), [1] tokens (run) */
  frex_buf msgs;     /* its messages, printed when it is written, so that
                        stderr follows the input order whatever -j is */
  unsigned long long first_doc; /* number of its first document */
  size_t nrecords;   /* JOB_RECORDS: how many */
  frex_buf contents; /* its entries in the HTML table of contents */
  bool done, failed;
  bool named_ids;    /* JOB_RECORDS: ids of TAB-less lines are PATH:N */
  size_t bytes, docs, tokens, ents[4];
} job;

typedef struct run {
  const cli_opts *o;
  /* --lines over several inputs (operands, a directory): a line without
   * a TAB is named PATH:N, not N, which two files both have */
  bool lines_named;
  frex_pipeline *pipe;
  FILE *outf[2];
  const char *outname[2];
  /* outf[k]'s stdio buffer: its size (0: not ours) and how many bytes it
   * holds (see put_out) */
  size_t outcap[2], outheld[2];
  bool outpipe[2]; /* outf[k] is a pipe, socket or terminal: may block */
  pthread_mutex_t mu;
  pthread_cond_t cv_queue, cv_write, cv_chan;
  /* the producer waits here for the queue to drain to half (job_done):
   * woken once per QUEUE_CAP / 2 jobs, not at each, since a wake-up on
   * another CPU costs more than a small document's work (issue 15) */
  pthread_cond_t cv_space;
  bool producer_waits;
  size_t held; /* bytes held in the out buffers of all jobs */
  job *slots[QUEUE_CAP];
  size_t next_seq, next_take, next_write;
  unsigned long long next_doc; /* number of the next job's first document */
  frex_writer *frame[2]; /* the writers of the outputs' start and end */
  bool closed, write_failed, some_failed;
  bool pipe_closed[2]; /* output K's pipe was closed (EPIPE) */
  bool out_failed[2];  /* a write to output K failed otherwise (said) */
  bool dropped[2];     /* rows for output K were dropped after a stop */
  job *note;   /* the producer's messages since its last job */
  /* totals, for --summary and --progress */
  size_t docs, tokens, ents[4];
  unsigned long long bytes;       /* of the documents written */
  unsigned long long read_bytes;  /* read so far, segment by segment */
  unsigned long long total_bytes; /* of the inputs walked so far */
  bool total_known;               /* the walk is over */
  bool sized;                     /* total_bytes from a walk of its own */
  struct timespec t0, last_progress;
  bool progress_shown, tty;
} run;

/* A new job of KIND named PATH (exits on out of memory). */
job *cli_job_new(job_kind kind, const char *path);
void cli_job_free(job *j);
/* Queue J after the jobs queued so far (the producer's messages first);
 * false, with J freed, once output has failed. */
bool cli_enqueue(run *r, job *j);
/* Read --lines records from FD (named NAME) into jobs (cli_lines.c). */
bool cli_read_records(run *r, int fd, const char *name);
/* The id ID[0..n) of the --lines record on line LINE of input NAME: its
 * NUL bytes (which would end it early) replaced by U+001A as in the text,
 * and reported, as is an id that FORMAT cannot write as it is (JSONL:
 * not UTF-8); false when there was either. */
bool cli_record_id(char *id, size_t n, const char *name, size_t line,
                   frex_format format);
/* The message for an id that is not UTF-8 in JSONL or HTML: two files
 * "caf\351" and "caf\352" would be one doc there, unsaid. */
#define CLI_ID_NOT_UTF8                                                     \
  "not UTF-8: written with U+FFFD for its invalid bytes (JSON and HTML "    \
  "hold Unicode text only)"

/* --progress (cli_progress.c): tick says N more bytes were read (it takes
 * the run's lock); show is called with the lock held. */
void cli_progress_tick(run *r, unsigned long long n);
void cli_show_progress(run *r, bool last);
/* Seconds since T0. */
double cli_since(const struct timespec *t0);

#endif
