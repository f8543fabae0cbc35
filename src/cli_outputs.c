/*
 * cli_outputs.c — opening output files without ever writing over an input
 * (SPEC "Robustness": never destroy input).  `frex run --tokens a.txt
 * a.txt` used to truncate a.txt before reading it, and `--tokens o
 * --entities o` interleaved both streams in one file (issue 14).
 *
 * Files are compared by identity (st_dev, st_ino), so a second name, a
 * symbolic or hard link is the same file.  An output path is opened
 * without truncation (created if need be), every input is compared with
 * the regular-file outputs — the operands, standard input, and every file
 * met while walking the directories, in a quiet walk of its own — and only
 * then are the outputs truncated.  A file created for a refused run is
 * removed again.  Devices and FIFOs (/dev/null, a pipe) are never
 * refused as inputs: reading /dev/null while writing it destroys nothing.
 * But the two outputs of frex run in one pipe or socket (`frex run
 * --tokens /dev/stdout x | ...`) are refused as in one file: each
 * output's buffer went to the pipe in turn, rows cut in the middle.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

typedef struct output {
  const char *path; /* NULL: standard output */
  const char *what; /* "the --tokens output", "standard output"... */
  int fd;
  bool created;     /* did not exist before: removed if refused */
  char made[PATH_MAX]; /* created: the file made (PATH may be a symbolic
                          link to it, which stays), or "" */
  bool reg;         /* a regular file: compared with the inputs */
  bool pipe;        /* a pipe or a socket: compared with the other output */
  dev_t dev;
  ino_t ino;
} output;

typedef struct check {
  output *outs;
  int n;
  const char *clash_path; /* the input that is an output */
  const output *clash;
  char *clash_copy;
} check;

static const output *same_file(const check *c, const struct stat *st) {
  if (!S_ISREG(st->st_mode))
    return NULL;
  for (int i = 0; i < c->n; i++)
    if (c->outs[i].reg && c->outs[i].dev == st->st_dev &&
        c->outs[i].ino == st->st_ino)
      return &c->outs[i];
  return NULL;
}

/* Walk visitor: stop at the first input that is an output. */
static bool visit(void *ctx, const char *path, const struct stat *st) {
  check *c = ctx;
  const output *o = same_file(c, st);
  if (!o)
    return true;
  c->clash = o;
  c->clash_copy = strdup(path);
  c->clash_path = c->clash_copy ? c->clash_copy : "(input)";
  return false;
}

/* Look for an output among the inputs; true when one is found. */
static bool find_clash(const cli_opts *o, char **paths, int npaths,
                       check *c) {
  static char dash[] = "-";
  char *stdin_only[] = {dash};
  if (npaths == 0) {
    paths = stdin_only;
    npaths = 1;
  }
  for (int i = 0; i < npaths && !c->clash; i++) {
    if (strcmp(paths[i], "-") == 0) {
      struct stat st;
      if (fstat(STDIN_FILENO, &st) == 0 && (c->clash = same_file(c, &st)))
        c->clash_path = "-";
    } else {
      cli_walk(o, paths[i], true, visit, c);
    }
  }
  return c->clash != NULL;
}

/* Dictionaries are inputs too: `frex run --tokens my.tsv --dict my.tsv x`
 * loaded my.tsv, then wrote the tokens over it, and `frex extract --dict
 * my.tsv x >> my.tsv` appended rows to it.  The --dict files and the
 * .tsv files of the dictionary directory (those frex loads: dict.c) are
 * compared with the outputs as the inputs are.  The path of the first
 * that is an output is put in BUF (N bytes), else false. */
static bool find_dict_clash(const cli_opts *o, check *c, char *buf,
                            size_t n) {
  if (o->cmd != CMD_EXTRACT && o->cmd != CMD_RUN) /* no dictionary read */
    return false;
  struct stat st;
  for (size_t i = 0; i < o->ndicts; i++)
    if (stat(o->dicts[i], &st) == 0 && (c->clash = same_file(c, &st))) {
      snprintf(buf, n, "%s", o->dicts[i]);
      return true;
    }
  DIR *dp = o->dict_dir ? opendir(o->dict_dir) : NULL;
  if (!dp)
    return false;
  struct dirent *de;
  while (!c->clash && (de = readdir(dp)) != NULL) {
    size_t len = strlen(de->d_name);
    if (len <= 4 || de->d_name[0] == '.' ||
        strcmp(de->d_name + len - 4, ".tsv") != 0)
      continue;
    snprintf(buf, n, "%s/%s", o->dict_dir, de->d_name);
    if (stat(buf, &st) == 0)
      c->clash = same_file(c, &st);
  }
  closedir(dp);
  return c->clash != NULL;
}

static bool identify(output *out) {
  struct stat st;
  if (fstat(out->fd, &st) != 0)
    return false;
  out->reg = S_ISREG(st.st_mode);
  out->pipe = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
  out->dev = st.st_dev;
  out->ino = st.st_ino;
  return true;
}

/* A FIFO: open(2) for writing waits for a reader, and SA_RESTART
 * restarted it after a signal, so `frex run --tokens f.fifo x` with no
 * reader of f.fifo ignored SIGTERM for ever.  It is opened without
 * waiting, again every 20 ms until a reader comes; a signal ends the wait
 * (-1, EINTR: the caller ends frex, nothing written), and after a second
 * a warning says what frex waits for (a reader started after frex is the
 * usual case, and comes at once). */
static int open_fifo(const char *path) {
  for (int tries = 0;; tries++) {
    int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
      int fl = fcntl(fd, F_GETFL);
      if (fl >= 0)
        (void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
      return fd;
    }
    if (errno != ENXIO) /* ENXIO: no reader yet */
      return -1;
    if (cli_signal) {
      errno = EINTR;
      return -1;
    }
    if (tries == 50)
      cli_warn(path, "a FIFO without a reader: waiting for one");
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
  }
}

/* Open PATH for writing without truncating it yet. */
static bool open_one(output *out) {
  struct stat st;
  out->created = stat(out->path, &st) != 0 && errno == ENOENT;
  out->fd = !out->created && S_ISFIFO(st.st_mode)
                ? open_fifo(out->path)
                : open(out->path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (out->fd < 0 || !identify(out)) {
    if (!cli_signal)
      cli_error(out->path, "%s", strerror(errno));
    return false;
  }
  /* what to remove if the run is refused: the file made, not a dangling
   * symbolic link that led to it (`--tokens l --entities l` removed the
   * user's link l and left the empty file) */
  out->made[0] = '\0';
  if (out->created) {
    char fdpath[64];
    snprintf(fdpath, sizeof fdpath, "/proc/self/fd/%d", out->fd);
    ssize_t k = readlink(fdpath, out->made, sizeof out->made - 1);
    if (k > 0 && out->made[0] == '/') {
      out->made[k] = '\0';
    } else {
      out->made[0] = '\0';
      if (lstat(out->path, &st) == 0 && !S_ISLNK(st.st_mode))
        snprintf(out->made, sizeof out->made, "%s", out->path);
    }
  }
  return true;
}

static void undo(output *outs, int n) {
  for (int i = 0; i < n; i++) {
    if (!outs[i].path || outs[i].fd < 0)
      continue;
    close(outs[i].fd);
    if (outs[i].created && outs[i].made[0])
      unlink(outs[i].made);
  }
}

int cli_open_outputs(const cli_opts *o, char **paths, int npaths,
                     cli_outputs *res) {
  output outs[2];
  int n = 0;
  bool run = o->cmd == CMD_RUN;
  memset(res, 0, sizeof *res);
  /* [0]: --entities or standard output; [1]: --tokens */
  outs[n++] = (output){.path = run ? o->entities_path : NULL,
                       .what = run && o->entities_path
                                   ? "the --entities output"
                                   : "standard output",
                       .fd = STDOUT_FILENO};
  if (run && o->tokens_path)
    outs[n++] = (output){.path = o->tokens_path,
                         .what = "the --tokens output", .fd = -1};
  /* '-' is standard output, as for the inputs (it used to make a file
   * named '-', and the rows a pipeline waited for went there) */
  for (int i = 0; i < n; i++)
    if (outs[i].path && strcmp(outs[i].path, "-") == 0) {
      outs[i].path = NULL;
      outs[i].fd = STDOUT_FILENO;
    }
  if (n == 2 && !outs[0].path && !outs[1].path) {
    cli_error("-", "is both the --tokens output and %s; refused, nothing "
                   "written",
              o->entities_path ? "the --entities output" : "standard output");
    return EXIT_TROUBLE;
  }
  for (int i = 0; i < n; i++) {
    bool ok = outs[i].path ? open_one(&outs[i]) : identify(&outs[i]);
    if (!ok && outs[i].path) {
      undo(outs, i);
      cli_die_by_signal(outs[i].path, "while waiting for a reader of this "
                                      "FIFO; nothing written");
      return EXIT_TROUBLE;
    }
  }
  if (n == 2 &&
      ((outs[0].reg && outs[1].reg) || (outs[0].pipe && outs[1].pipe)) &&
      outs[0].dev == outs[1].dev && outs[0].ino == outs[1].ino) {
    cli_error(outs[1].path, "is both %s and %s; refused, nothing written",
              outs[1].what, outs[0].what);
    undo(outs, n);
    return EXIT_TROUBLE;
  }
  check c = {outs, n, NULL, NULL, NULL};
  char dict_path[PATH_MAX + 256];
  if ((outs[0].reg || (n == 2 && outs[1].reg)) &&
      find_dict_clash(o, &c, dict_path, sizeof dict_path)) {
    cli_error(dict_path, "is both a dictionary and %s; refused, nothing "
                         "written",
              c.clash->what);
    undo(outs, n);
    return EXIT_TROUBLE;
  }
  if ((outs[0].reg || (n == 2 && outs[1].reg)) &&
      find_clash(o, paths, npaths, &c)) {
    cli_error(c.clash_path, "is both an input and %s; refused, nothing "
                            "written",
              c.clash->what);
    free(c.clash_copy);
    undo(outs, n);
    return EXIT_TROUBLE;
  }
  /* a signal during start-up (loading the dictionaries takes a while):
   * the outputs lost what they held and got headers, said "incomplete" */
  if (cli_signal) {
    undo(outs, n);
    cli_die_by_signal(NULL, "before anything was written");
  }
  /* no input is an output: now the outputs may lose what they held */
  for (int i = 0; i < n; i++) {
    res->name[i] = outs[i].path ? outs[i].path : "stdout";
    if (!outs[i].path) {
      res->f[i] = stdout;
      continue;
    }
    if (outs[i].reg && ftruncate(outs[i].fd, 0) != 0) {
      cli_error(outs[i].path, "%s", strerror(errno));
      undo(outs, n);
      return EXIT_TROUBLE;
    }
    res->f[i] = fdopen(outs[i].fd, "w");
    if (!res->f[i]) {
      cli_error(outs[i].path, "%s", strerror(errno));
      undo(outs, n);
      return EXIT_TROUBLE;
    }
  }
  return -1;
}
