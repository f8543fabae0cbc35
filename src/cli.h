/*
 * cli.h — what the CLI files share: parsed options, the run context, the
 * message helpers.  The CLI is the only part of frex that prints or exits.
 */
#ifndef FREX_CLI_H
#define FREX_CLI_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>

#include "frex.h" /* the only frex header the CLI needs */

typedef enum { CMD_EXTRACT, CMD_TOKENIZE, CMD_STEM, CMD_RUN } cli_command;

typedef struct cli_opts {
  cli_command cmd;
  int jobs;
  bool no_header, lines, quiet, progress, line_buffered, summary, hidden;
  frex_format format;
  unsigned types;
  frex_dct dct;
  bool prefer_future;
  const char **dicts;
  size_t ndicts;
  const char *dict_dir;
  frex_encoding encoding;
  const char *tokens_path, *entities_path;
  const char **includes, **excludes;
  size_t nincludes, nexcludes;
} cli_opts;

/* Exit statuses (SPEC): */
enum { EXIT_ALL_OK = 0, EXIT_SOME_INPUT = 1, EXIT_TROUBLE = 2 };

/* "frex: PATH: message" on stderr (PATH may be NULL).  cli_warn is
 * silenced by -q; cli_error never is. */
void cli_error(const char *path, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void cli_warn(const char *path, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same as the library's message callbacks (frex_reader_options,
 * frex_pipeline_config): CTX unused.  Invalid bytes and binary files make
 * the exit status 1, so the reader's errors are cli_error_cb, which -q
 * does not hide. */
void cli_warn_cb(void *ctx, const char *path, const char *msg);
void cli_error_cb(void *ctx, const char *path, const char *msg);
extern bool cli_quiet;
/* When set, each message line ("frex: ...\n") is offered to it first; it
 * returns true when it keeps the line to print later (cli_jobs.c keeps a
 * worker's messages with its job so that stderr follows input order). */
extern bool (*cli_hold)(const char *line);

/* SIGINT, SIGTERM and SIGHUP (unless ignored when frex started, as under
 * nohup or in a background job) set cli_signal instead of killing frex at
 * once, mid-row: the run stops writing at a row boundary (cli_jobs.c,
 * cli_stem.c), flushes what it holds, and cli_interrupted() then says so
 * and ends frex by the same signal, so its exit status still says it was
 * interrupted.  A second signal kills at once. */
extern volatile sig_atomic_t cli_signal;
/* Called once start-up is over (the dictionaries loaded): a signal before
 * kills frex at once, as it would any program, with nothing written (a
 * --dict FIFO without a writer blocked its open(2) against SIGTERM, and a
 * signal then still truncated the outputs and wrote their headers). */
void cli_catch_signals(void);
/* Wait until FD (a pipe, a terminal) has input or has ended; false when a
 * signal came first (SA_RESTART would restart a blocked read for ever). */
bool cli_wait_input(int fd);
/* open(PATH, O_RDONLY) that does not wait for a FIFO's writer (the wait
 * is cli_wait_input's, which a signal ends); -1 with errno set. */
int cli_open_input(const char *path);
/* open(PATH, FLAGS | O_CLOEXEC), also when PATH is longer than PATH_MAX
 * (a deep tree met while walking): then followed by openat(2) a piece
 * shorter than PATH_MAX at a time, as the kernel follows it a name at a
 * time.  -1 with errno set. */
int cli_open_path(const char *path, int flags);
/* When a signal came: "frex: NAME: incomplete, interrupted by SIGxxx"
 * for each of the N outputs, then death by that signal. */
void cli_interrupted(const char *const *names, int n);
/* When a signal came: "frex: PATH: interrupted by SIGxxx WHAT", then
 * death by that signal. */
void cli_die_by_signal(const char *path, const char *what);

/* A write to a pipe whose reader does not read blocks, and SA_RESTART
 * restarts it after a signal: frex would ignore SIGTERM until the reader
 * read.  So around a write to output K (0: the main output, 1: run's
 * --tokens) that may block, cli_blocked_out is K + 1, and a signal that
 * comes then ends frex at once, naming the outputs given to
 * cli_signal_outputs (that one "may end mid-row", the other "ends with a
 * whole row").  cli_blocked_write(K, FD), called with cli_blocked_out
 * set, ends frex the same way when the signal came before the write and
 * FD takes nothing for a second (the handler has been reset by then). */
extern volatile sig_atomic_t cli_blocked_out;
void cli_signal_outputs(const char *const *names, int n);
void cli_blocked_write(int k, int fd);

/* Run extract/tokenize/run over PATHS (stdin when none); returns an exit
 * status. */
int cli_process(const cli_opts *o, char **paths, int npaths);
/* frex stem over token TSV files (stdin when none). */
int cli_stem(const cli_opts *o, char **paths, int npaths);

/* Walk one command-line operand: call VISIT for every regular file under
 * it, in byte-wise sorted order, and for the operand itself when it is not
 * a directory (a FIFO, /dev/stdin), with its stat; report unreadable
 * entries unless QUIET.  Returns false when something could not be read
 * or VISIT returned false. */
typedef bool (*cli_visit_fn)(void *ctx, const char *path,
                             const struct stat *st);
bool cli_walk(const cli_opts *o, const char *operand, bool quiet,
              cli_visit_fn visit, void *ctx);

/* The output files of a run: [0] the main output (stdout, or run's
 * --entities), [1] run's --tokens (NULL when not asked for), and their
 * names for messages. */
typedef struct cli_outputs {
  FILE *f[2];
  const char *name[2];
} cli_outputs;

/* Open the outputs of O without ever writing over an input (SPEC
 * "Robustness": never destroy input): an output that is one of the inputs
 * (the operands PATHS, standard input, a file met while walking them), or
 * the same file as the other output, is refused before anything is
 * written or truncated.  Returns -1 when the outputs are open, else the
 * exit status (2) after a message. */
int cli_open_outputs(const cli_opts *o, char **paths, int npaths,
                     cli_outputs *out);

#endif
