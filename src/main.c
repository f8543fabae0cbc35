/*
 * main.c — the frex command line: subcommands, options, messages and exit
 * statuses (SPEC "Command line").  One option table drives both getopt_long
 * and --help (as pcre2grep does); the work itself is in cli_jobs.c
 * (extract, tokenize, run) and cli_stem.c (stem).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool cli_quiet;

bool (*cli_hold)(const char *line);

/* A message is one line whatever its PATH: the path is escaped as in the
 * doc column (TAB, LF, CR and backslash as \t \n \r \\; a name with a
 * newline used to split its message in two), and never cut (a path longer
 * than the old 1400-byte line lost the message's end and its newline, so
 * the next message ran on after it). */
static void vmessage(const char *path, const char *fmt, va_list ap) {
  char msg[1024], stack[2048];
  vsnprintf(msg, sizeof msg, fmt, ap);
  size_t plen = path ? strlen(path) : 0;
  size_t need = 2 * plen + strlen(msg) + 16;
  char *line = need <= sizeof stack ? stack : malloc(need);
  if (!line) { /* no memory: the message without its path */
    line = stack;
    path = NULL;
  }
  char *d = line;
  d += sprintf(d, "frex: ");
  for (size_t i = 0; i < plen; i++) {
    char c = path[i];
    if (c == '\t' || c == '\n' || c == '\r' || c == '\\') {
      *d++ = '\\';
      c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    }
    *d++ = c;
  }
  sprintf(d, "%s%s\n", path ? ": " : "", msg);
  /* one write per message so lines from threads do not interleave */
  if (!cli_hold || !cli_hold(line))
    fputs(line, stderr);
  if (line != stack)
    free(line);
}

void cli_error(const char *path, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmessage(path, fmt, ap);
  va_end(ap);
}

void cli_warn(const char *path, const char *fmt, ...) {
  if (cli_quiet)
    return;
  va_list ap;
  va_start(ap, fmt);
  vmessage(path, fmt, ap);
  va_end(ap);
}

void cli_warn_cb(void *ctx, const char *path, const char *msg) {
  (void)ctx;
  cli_warn(path, "%s", msg);
}

void cli_error_cb(void *ctx, const char *path, const char *msg) {
  (void)ctx;
  cli_error(path, "%s", msg);
}

volatile sig_atomic_t cli_signal;

/* A pipe the signal handler writes a byte to (and nobody reads): a thread
 * waiting for input polls it with the input, so a signal wakes it
 * whichever thread took it.  SA_RESTART restarts a read(2) blocked on a
 * stalled pipe: `tail -f log | frex extract --lines` ignored SIGTERM. */
static int wake_fd[2] = {-1, -1};

static const char *signal_name(int sig) {
  return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP";
}

/* Death by SIG, as if frex had not caught it (the shell's status is
 * still 130 or 143).  Async-signal-safe. */
static void die_by(int sig) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  signal(sig, SIG_DFL);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL); /* in its handler: blocked */
  raise(sig);
  _exit(128 + sig); /* raise returned: the signal is blocked */
}

/* The outputs a signal names when it comes while frex is blocked writing
 * one of them (cli.h: cli_blocked_out). */
static const char *volatile sig_out[2];
volatile sig_atomic_t cli_blocked_out;

void cli_signal_outputs(const char *const *names, int n) {
  for (int i = 0; i < 2; i++)
    sig_out[i] = i < n ? names[i] : NULL;
}

/* Append S to the message being built at *D (at most END), escaped as in
 * vmessage.  Async-signal-safe. */
static void put_escaped(char **d, const char *end, const char *s, bool esc) {
  for (; *s && *d + 2 < end; s++) {
    char c = *s;
    if (esc && (c == '\t' || c == '\n' || c == '\r' || c == '\\')) {
      *(*d)++ = '\\';
      c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    }
    *(*d)++ = c;
  }
}

/* A signal came while a write to output K-1 was blocked (a pipe whose
 * reader does not read): SA_RESTART would restart the write for ever, so
 * frex ends here.  That output may end mid-row (part of a row may be in
 * the pipe); the other was flushed before the write (cli_jobs.c) and ends
 * with a whole row.  Async-signal-safe: the message is put together by
 * hand and written with write(2). */
static void die_blocked(int sig, int k) {
  for (int i = 0; i < 2; i++) {
    const char *name = sig_out[i];
    if (!name)
      continue;
    char msg[1024], *d = msg, *end = msg + sizeof msg;
    put_escaped(&d, end, "frex: ", false);
    put_escaped(&d, end, name, true);
    put_escaped(&d, end, ": incomplete: interrupted by ", false);
    put_escaped(&d, end, signal_name(sig), false);
    put_escaped(&d, end,
                i == k - 1 ? " while blocked writing (its reader was not "
                             "reading; it may end mid-row)\n"
                           : " (it ends with a whole row)\n",
                false);
    if (d[-1] != '\n') /* a path too long for the line: cut */
      *d++ = '\n';
    ssize_t w = write(STDERR_FILENO, msg, (size_t)(d - msg));
    (void)w;
  }
  die_by(sig);
}

static void on_signal(int sig) {
  cli_signal = sig;
  int blocked = cli_blocked_out;
  if (blocked)
    die_blocked(sig, blocked);
  if (wake_fd[1] >= 0) {
    int e = errno;
    ssize_t k = write(wake_fd[1], "", 1);
    (void)k;
    errno = e;
  }
}

int cli_open_path(const char *path, int flags) {
  int fd = open(path, flags | O_CLOEXEC);
  if (fd >= 0 || errno != ENAMETOOLONG)
    return fd;
  int dir = AT_FDCWD;
  const char *p = path;
  char piece[PATH_MAX];
  for (;;) {
    size_t rest = strlen(p);
    if (rest < PATH_MAX) {
      fd = openat(dir, p, flags | O_CLOEXEC);
      break;
    }
    /* the last '/' of the first PATH_MAX - 1 bytes ends the piece ("/"
     * alone for an absolute path whose first name is too long) */
    const char *cut = p + PATH_MAX - 1;
    while (cut > p && *cut != '/')
      cut--;
    if (*cut != '/') { /* one name longer than PATH_MAX */
      errno = ENAMETOOLONG;
      fd = -1;
      break;
    }
    size_t k = cut > p ? (size_t)(cut - p) : 1;
    memcpy(piece, p, k);
    piece[k] = '\0';
    int next = openat(dir, piece, O_PATH | O_DIRECTORY | O_CLOEXEC);
    int e = errno;
    if (dir != AT_FDCWD)
      close(dir);
    if (next < 0) {
      errno = e;
      return -1;
    }
    dir = next;
    p = cut + 1;
    while (*p == '/') /* "a//b": the rest stays relative */
      p++;
    if (!*p)
      p = ".";
  }
  int e = errno;
  if (dir != AT_FDCWD)
    close(dir);
  errno = e;
  return fd;
}

int cli_open_input(const char *path) {
  int fd = cli_open_path(path, O_RDONLY | O_NONBLOCK);
  if (fd < 0)
    return -1;
  /* the status flags F_SETFL sets are all ours, O_NONBLOCK alone: no
   * F_GETFL needed (a system call less a file of a directory) */
  (void)fcntl(fd, F_SETFL, 0);
  return fd;
}

bool cli_wait_input(int fd) {
  for (;;) {
    if (cli_signal)
      return false;
    struct pollfd pf[2] = {{fd, POLLIN, 0}, {wake_fd[0], POLLIN, 0}};
    int k = poll(pf, wake_fd[0] >= 0 ? 2 : 1, -1);
    if (k < 0 && errno == EINTR)
      continue;
    return !cli_signal; /* input, its end or an error: read(2) says */
  }
}

void cli_catch_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  if (wake_fd[0] < 0 && pipe2(wake_fd, O_NONBLOCK | O_CLOEXEC) != 0)
    wake_fd[0] = wake_fd[1] = -1; /* signals then wait for input */
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    struct sigaction old, sa;
    if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
      continue; /* nohup, a background job: stays ignored */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* reads and writes go on; a second signal has its default action */
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(sigs[i], &sa, NULL);
  }
  /* past a file-size limit (ulimit -f, a quota) SIGXFSZ killed frex
   * without a word, the other output of frex run cut mid-row: ignored,
   * the write fails with EFBIG and takes the write-error way (said, the
   * other output flushed and named incomplete, exit 2) */
  signal(SIGXFSZ, SIG_IGN);
}

void cli_interrupted(const char *const *names, int n) {
  int sig = cli_signal;
  if (!sig)
    return;
  for (int i = 0; i < n; i++)
    if (names[i])
      cli_error(names[i], "incomplete: interrupted by %s (it ends with a "
                          "whole row)", signal_name(sig));
  die_by(sig);
}

void cli_die_by_signal(const char *path, const char *what) {
  int sig = cli_signal;
  if (!sig)
    return;
  cli_error(path, "interrupted by %s %s", signal_name(sig), what);
  die_by(sig);
}

void cli_blocked_write(int k, int fd) {
  if (!cli_signal)
    return;
  /* the signal came before this write (SA_RESETHAND: no handler now) */
  struct pollfd pf = {fd, POLLOUT, 0};
  if (poll(&pf, 1, 1000) == 1)
    return; /* its reader reads: the rows go */
  die_blocked(cli_signal, k + 1);
}

/* ------------------------------------------------------------ options */

enum {
  OPT_VERSION = 256, OPT_NO_HEADER, OPT_FORMAT, OPT_TYPES, OPT_DCT,
  OPT_DICT, OPT_DICT_DIR, OPT_LINES, OPT_PREFER, OPT_ENCODING, OPT_PROGRESS,
  OPT_NO_PROGRESS, OPT_LINE_BUFFERED, OPT_TOKENS, OPT_ENTITIES, OPT_INCLUDE,
  OPT_EXCLUDE, OPT_HIDDEN, OPT_SUMMARY
};

/* Which subcommands an option applies to. */
#define FOR_EXTRACT (1u << CMD_EXTRACT)
#define FOR_TOKENIZE (1u << CMD_TOKENIZE)
#define FOR_STEM (1u << CMD_STEM)
#define FOR_RUN (1u << CMD_RUN)
#define FOR_ALL (FOR_EXTRACT | FOR_TOKENIZE | FOR_STEM | FOR_RUN)
#define FOR_DOCS (FOR_EXTRACT | FOR_TOKENIZE | FOR_RUN)
#define FOR_ENTS (FOR_EXTRACT | FOR_RUN)

static const struct option_spec {
  int id;
  char shortname;
  const char *name;
  const char *arg; /* NULL: no argument */
  unsigned applies;
  const char *help;
} option_table[] = {
    {'h', 'h', "help", NULL, FOR_ALL, "show this help and exit"},
    {OPT_VERSION, 0, "version", NULL, FOR_ALL,
     "show versions of frex, ICU and PCRE2 and exit"},
    {'j', 'j', "jobs", "N", FOR_DOCS | FOR_STEM,
     "worker threads (default: the cores frex may use, half for stem); output is identical for any N"},
    {OPT_LINES, 0, "lines", NULL, FOR_DOCS,
     "input holds one document per line: id<TAB>text"},
    {OPT_FORMAT, 0, "format", "tsv|jsonl|html", FOR_DOCS,
     "output format (default tsv; html: extract only, a page to read)"},
    {OPT_NO_HEADER, 0, "no-header", NULL, FOR_ALL,
     "do not write the TSV header line"},
    {OPT_TYPES, 0, "types", "LIST", FOR_ENTS,
     "entity types, e.g. AMOUNT,DATE (default: AMOUNT,DATE,COMPANY,AGENCY)"},
    {OPT_DCT, 0, "dct", "YYYY[-MM[-DD]]", FOR_ENTS,
     "reference date, or none (default: a 'date' metadata line or the "
     "dateline)"},
    {OPT_PREFER, 0, "prefer", "past|future", FOR_ENTS,
     "direction of year-less and weekday dates (default past)"},
    {OPT_DICT, 0, "dict", "FILE", FOR_ENTS,
     "extra dictionary file (repeatable; format in dict/README.md)"},
    {OPT_DICT_DIR, 0, "dict-dir", "DIR", FOR_ENTS,
     "dictionary directory (default: dict/ beside bin/, or the installed one)"},
    {OPT_ENCODING, 0, "encoding", "NAME", FOR_DOCS,
     "input encoding: auto, utf-8, cp1252, latin1 (default auto)"},
    {OPT_INCLUDE, 0, "include", "GLOB", FOR_DOCS,
     "in directories, read only files whose name matches (repeatable)"},
    {OPT_EXCLUDE, 0, "exclude", "GLOB", FOR_DOCS,
     "in directories, skip files whose name matches (repeatable)"},
    {OPT_HIDDEN, 0, "hidden", NULL, FOR_DOCS,
     "also read hidden files and directories"},
    {OPT_TOKENS, 0, "tokens", "FILE", FOR_RUN,
     "run: write token TSV to FILE ('-': stdout)"},
    {OPT_ENTITIES, 0, "entities", "FILE", FOR_RUN,
     "run: write entity TSV to FILE (default, or '-': stdout)"},
    {OPT_LINE_BUFFERED, 0, "line-buffered", NULL, FOR_ALL,
     "flush output after each document (stem: as rows come)"},
    {OPT_PROGRESS, 0, "progress", NULL, FOR_DOCS,
     "show progress on stderr (default: when stderr is a terminal)"},
    {OPT_NO_PROGRESS, 0, "no-progress", NULL, FOR_DOCS, "never show progress"},
    {OPT_SUMMARY, 0, "summary", NULL, FOR_DOCS,
     "print documents, tokens, entities and MB/s on stderr at the end"},
    {'q', 'q', "quiet", NULL, FOR_ALL,
     "do not print warnings (errors are still printed)"},
};
#define NOPTIONS (sizeof option_table / sizeof option_table[0])

#define FREX_STR_(x) #x
#define FREX_STR(x) FREX_STR_(x)

static const char *const command_names[] = {"extract", "tokenize", "stem",
                                            "run"};

static void usage(FILE *f) {
  fputs("Usage: frex extract  [OPTION]... [PATH]...   entities (TSV)\n"
        "       frex tokenize [OPTION]... [PATH]...   tokens (TSV)\n"
        "       frex stem     [OPTION]... [TSV]...    fill the stem column\n"
        "       frex run      [OPTION]... [PATH]...   all stages\n"
        "French text analysis: tokens with Snowball stems, and amounts of "
        "money,\ndates, companies and agencies with normalized values.\n"
        "PATHs are files or directories (read recursively, sorted); none or "
        "'-'\nreads standard input.\n\nOptions:\n",
        f);
  for (size_t i = 0; i < NOPTIONS; i++) {
    const struct option_spec *o = &option_table[i];
    char left[64];
    snprintf(left, sizeof left, "%c%c%c --%s%s%s",
             o->shortname ? '-' : ' ', o->shortname ? o->shortname : ' ',
             o->shortname ? ',' : ' ', o->name, o->arg ? " " : "",
             o->arg ? o->arg : "");
    fprintf(f, "  %-30s %s\n", left, o->help);
  }
  fputs("\nExit status: 0 all inputs processed, 1 some input could not be "
        "read or\ndecoded (the others were processed), 2 usage error or "
        "trouble that stops\nthe run (output not writable or also an "
        "input, dictionary unusable).\n",
        f);
}

static int usage_error(const char *fmt, const char *arg) {
  fputs("frex: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\nTry 'frex --help'.\n", stderr);
  return EXIT_TROUBLE;
}

/* Edit distance of A and B (insertions, deletions, substitutions and
 * swaps of two neighbours), counted up to 3; words of up to 31 bytes. */
static int distance(const char *a, const char *b) {
  size_t m = strlen(a), n = strlen(b);
  if (m > 31 || n > 31)
    return 3;
  int d[32][32];
  for (size_t i = 0; i <= m; i++)
    for (size_t j = 0; j <= n; j++) {
      if (!i || !j) {
        d[i][j] = (int)(i + j);
        continue;
      }
      int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      if (d[i - 1][j] + 1 < v)
        v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v)
        v = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
    }
  return d[m][n] < 3 ? d[m][n] : 3;
}

/* The one of NAMES[0..n) nearest WORD (a typo: one edit, or two in a
 * word of five letters or more), or NULL (also when WORD is one of them):
 * "--typs" gets "did you mean '--types'?", as git and cargo say. */
static const char *nearest(const char *word, const char *const *names,
                           size_t n) {
  const char *best = NULL;
  int bd = strlen(word) > 4 ? 3 : 2;
  for (size_t i = 0; i < n; i++) {
    int dd = distance(word, names[i]);
    if (dd == 0)
      return NULL; /* "--no-header=yes": the option is known */
    if (dd < bd) {
      bd = dd;
      best = names[i];
    }
  }
  return best;
}

/* A usage error for the unknown long option ARG ("--typs=DATE" too),
 * with the nearest option named. */
static int unknown_option(const char *arg) {
  const char *names[NOPTIONS];
  for (size_t i = 0; i < NOPTIONS; i++)
    names[i] = option_table[i].name;
  char word[32] = "";
  if (strncmp(arg, "--", 2) == 0) {
    size_t k = strcspn(arg + 2, "=");
    if (k < sizeof word) {
      memcpy(word, arg + 2, k);
      word[k] = '\0';
    }
  }
  const char *near = *word ? nearest(word, names, NOPTIONS) : NULL;
  if (!near)
    return usage_error("unrecognized or incomplete option '%s'", arg);
  fprintf(stderr, "frex: unrecognized or incomplete option '%s'; did you "
                  "mean '--%s'?\n", arg, near);
  fputs("Try 'frex --help'.\n", stderr);
  return EXIT_TROUBLE;
}

/* --dct S was refused: when it is a well-formed YYYY-MM-DD whose year
 * and month are accepted but whose day the month does not have
 * (2026-02-30, 2025-02-29, 2026-04-31), say that, not the list of
 * accepted forms (the forms were right; the day is not). */
static bool dct_day_missing(const char *s, int *last) {
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return false;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return false;
  frex_dct d;
  char ym[11];
  memcpy(ym, s, 7);
  ym[7] = '\0';
  if (!frex_dct_parse(ym, &d) || s[8] > '3' || (s[8] == '0' && s[9] == '0'))
    return false; /* the year or month is wrong, or the day is 00 or > 39 */
  /* the month's last day, as the parser counts it */
  for (*last = 31; *last >= 28; (*last)--) {
    /* two digits by hand: snprintf's "%02d" made GCC's ASan build
     * warn of a truncation it cannot rule out */
    ym[7] = '-';
    ym[8] = (char)('0' + *last / 10);
    ym[9] = (char)('0' + *last % 10);
    ym[10] = '\0';
    if (frex_dct_parse(ym, &d))
      return true;
  }
  return false;
}

/* The status after --help or --version: their text may not have been
 * written (frex --help >/dev/full said nothing, and exit 0 from a
 * subcommand's --help). */
static int written(void) {
  if (fflush(stdout) == 0 && !ferror(stdout))
    return EXIT_ALL_OK;
  if (errno != EPIPE)
    cli_error("stdout", "write error: %s", strerror(errno));
  return EXIT_TROUBLE;
}

static void version(void) {
  printf("frex %s (ICU %s, PCRE2 %s, libstemmer)\n", FREX_VERSION,
         frex_icu_version(), frex_pcre2_version());
}

/* Where the dictionaries are, without options: dict/ beside bin/ in a
 * build tree; share/frex/dict beside bin/ in an installed tree, wherever
 * it was installed or staged (make install PREFIX=... DESTDIR=...: the
 * compiled-in DATADIR is where a packaged frex ends up, not where a staged
 * one is); else DATADIR/dict. */
static const char *default_dict_dir(void) {
  static char path[PATH_MAX];
  static const char *const beside[] = {"/../dict", "/../share/frex/dict"};
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *dir = dirname(exe);
    for (size_t i = 0; i < sizeof beside / sizeof beside[0]; i++) {
      snprintf(path, sizeof path, "%.*s%s", (int)(sizeof path - 32), dir,
               beside[i]);
      struct stat st;
      if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return path;
    }
  }
  return FREX_DATADIR "/dict";
}

static const char **push(const char **list, size_t *n, const char *item) {
  const char **l = realloc(list, (*n + 1) * sizeof *l);
  if (!l) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  l[(*n)++] = item;
  return l;
}

/* --dict-dir DIR that holds no dictionary file (a *.tsv not hidden, as
 * dict.c loads them): the run finds no name from the dictionary and says
 * nothing of it (`--dict-dir ~/frex` for `~/frex/dict` lost every
 * dictionary COMPANY and AGENCY, exit 0).  A warning, since an empty
 * directory may be meant (rules and --dict only); a DIR that cannot be
 * read is the dictionary loader's error. */
static void warn_empty_dict_dir(const char *dir) {
  DIR *dp = opendir(dir);
  if (!dp)
    return;
  struct dirent *de;
  bool found = false;
  while (!found && (de = readdir(dp)) != NULL) {
    size_t n = strlen(de->d_name);
    found = n > 4 && de->d_name[0] != '.' &&
            strcmp(de->d_name + n - 4, ".tsv") == 0;
  }
  closedir(dp);
  if (!found)
    cli_warn(dir, "no dictionary file (*.tsv) here: names come only from "
                  "the rules and --dict");
}

/* Parse options of subcommand O->cmd; returns -1 to continue, else an exit
 * status. */
static int parse_options(cli_opts *o, int argc, char **argv) {
  struct option longopts[NOPTIONS + 1];
  /* leading ':' makes getopt return ':' for a missing argument */
  char shortopts[2 * NOPTIONS + 2] = ":";
  size_t ns = 1;
  for (size_t i = 0; i < NOPTIONS; i++) {
    const struct option_spec *s = &option_table[i];
    longopts[i] = (struct option){s->name, s->arg ? required_argument
                                                  : no_argument,
                                  NULL, s->id};
    if (s->shortname) {
      shortopts[ns++] = s->shortname;
      if (s->arg)
        shortopts[ns++] = ':';
    }
  }
  shortopts[ns] = '\0';
  longopts[NOPTIONS] = (struct option){NULL, 0, NULL, 0};
  opterr = 0;
  int c, idx;
  while ((c = getopt_long(argc, argv, shortopts, longopts, &idx)) != -1) {
    if (c == '?') {
      if (optopt && optopt < 256)
        return usage_error("invalid option -- '%s'",
                           (char[]){(char)optopt, 0});
      return unknown_option(argv[optind - 1]);
    }
    if (c == ':')
      return usage_error("option '%s' needs an argument", argv[optind - 1]);
    const struct option_spec *s = NULL;
    for (size_t i = 0; i < NOPTIONS; i++)
      if (option_table[i].id == c)
        s = &option_table[i];
    if (s && !(s->applies & (1u << o->cmd))) {
      char what[96];
      snprintf(what, sizeof what, "--%s does not apply to 'frex %s'", s->name,
               command_names[o->cmd]);
      return usage_error("%s", what);
    }
    char *end;
    switch (c) {
    case 'h': usage(stdout); return written();
    case OPT_VERSION: version(); return written();
    case 'j': {
      errno = 0;
      long v = strtol(optarg, &end, 10);
      if (*end || end == optarg || v < 1 || v > 1024 || errno)
        return usage_error("invalid number of jobs '%s' (want 1-1024)",
                           optarg);
      o->jobs = (int)v;
      break;
    }
    case OPT_LINES: o->lines = true; break;
    case OPT_FORMAT:
      if (strcmp(optarg, "tsv") == 0)
        o->format = FREX_FMT_TSV;
      else if (strcmp(optarg, "jsonl") == 0)
        o->format = FREX_FMT_JSONL;
      else if (strcmp(optarg, "html") == 0)
        o->format = FREX_FMT_HTML;
      else
        return usage_error("invalid format '%s' (want tsv, jsonl or html)",
                           optarg);
      /* a page shows entities in their text: tokens have no such view */
      if (o->format == FREX_FMT_HTML && o->cmd != CMD_EXTRACT)
        return usage_error("--format html applies to 'frex extract' only, "
                           "not to 'frex %s'",
                           command_names[o->cmd]);
      break;
    case OPT_NO_HEADER: o->no_header = true; break;
    case OPT_TYPES:
      if (frex_entity_types_parse(optarg, &o->types))
        return usage_error("invalid --types '%s' (want a comma-separated "
                           "list of AMOUNT, DATE, COMPANY, AGENCY)",
                           optarg);
      break;
    case OPT_DCT: {
      int last;
      if (!frex_dct_parse(optarg, &o->dct) && dct_day_missing(optarg, &last)) {
        char why[200];
        snprintf(why, sizeof why,
                 "invalid --dct '%%s': the day does not exist (%.7s has %d "
                 "days)", optarg, last);
        return usage_error(why, optarg);
      }
      if (!frex_dct_parse(optarg, &o->dct))
        return usage_error("invalid --dct '%s' (want YYYY, YYYY-MM, "
                           "YYYY-MM-DD with a year from "
                           FREX_STR(FREX_DCT_YEAR_MIN) " to "
                           FREX_STR(FREX_DCT_YEAR_MAX) ", or none)",
                           optarg);
      break;
    }
    case OPT_PREFER:
      if (strcmp(optarg, "past") == 0)
        o->prefer_future = false;
      else if (strcmp(optarg, "future") == 0)
        o->prefer_future = true;
      else
        return usage_error("invalid --prefer '%s' (want past or future)",
                           optarg);
      break;
    case OPT_DICT: o->dicts = push(o->dicts, &o->ndicts, optarg); break;
    case OPT_DICT_DIR: o->dict_dir = optarg; break;
    case OPT_ENCODING:
      if (!frex_encoding_parse(optarg, &o->encoding))
        return usage_error("invalid --encoding '%s' (want auto, utf-8, "
                           "cp1252 or latin1)",
                           optarg);
      break;
    case OPT_INCLUDE: o->includes = push(o->includes, &o->nincludes, optarg);
      break;
    case OPT_EXCLUDE: o->excludes = push(o->excludes, &o->nexcludes, optarg);
      break;
    case OPT_HIDDEN: o->hidden = true; break;
    case OPT_TOKENS: o->tokens_path = optarg; break;
    case OPT_ENTITIES: o->entities_path = optarg; break;
    case OPT_LINE_BUFFERED: o->line_buffered = true; break;
    case OPT_PROGRESS: o->progress = true; break;
    case OPT_NO_PROGRESS: o->progress = false; break;
    case OPT_SUMMARY: o->summary = true; break;
    case 'q': o->quiet = cli_quiet = true; break;
    default: return usage_error("unhandled option '%s'", argv[optind - 1]);
    }
  }
  return -1;
}

/* Per-document arrays (tokens, the COMPANY/AGENCY caches) run to megabytes
 * on large documents and are freed after each one.  With glibc's defaults
 * such blocks are mmap'd and unmapped every time, and every page is faulted
 * in again: on 50 MB of text that was 22,000 page faults and 15% of the
 * run in the kernel.  Served from the heap and not trimmed, they are
 * reused; the peak footprint is the same. */
static void tune_malloc(void) {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 << 20); /* the largest glibc accepts */
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

/* frex tokenize | frex stem moves about ten bytes of TSV per byte of text
 * through a pipe.  With the default 64 KB pipe the two processes take
 * turns every 64 KB (rows are written in 1 MB pieces); a 1 MB pipe (the
 * usual /proc/sys/fs/pipe-max-size) lets each run for a whole piece.  Not
 * being allowed to is harmless. */
static void widen_pipes(void) {
#if defined(F_SETPIPE_SZ)
  for (int fd = 0; fd <= 1; fd++) {
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) &&
        fcntl(fd, F_GETPIPE_SZ) < (1 << 20))
      (void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
  }
#endif
}

/* The cores this process may run on, as nproc(1) counts them: under
 * `taskset -c 0` or a container's cpuset that is fewer than the machine
 * has, and more threads than cores would only take turns. */
static long usable_cores(void) {
#if defined(CPU_COUNT)
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
#endif
  return sysconf(_SC_NPROCESSORS_ONLN);
}

/* A standard descriptor closed when frex started (`frex ... >&-`) would
 * be the next file opened: `frex run --tokens t.tsv x >&-` wrote the
 * entities into t.tsv with the tokens, exit 0, and a closed stdin read
 * another file.  Each closed one gets /dev/null opened the wrong way
 * round, so that using it still fails as a closed one does (EBADF: "frex:
 * stdout: write error: Bad file descriptor"), and no file takes its
 * place. */
static void hold_closed_std_fds(void) {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
      continue;
    int k = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
    if (k >= 0 && k != fd) { /* a lower one could not be held */
      dup2(k, fd);
      close(k);
    }
  }
}

int main(int argc, char **argv) {
  hold_closed_std_fds();
  tune_malloc();
  widen_pipes();
  if (argc < 2)
    return usage_error("%s", "missing command (extract, tokenize, stem or run)");
  if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
      strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return written();
  }
  if (strcmp(argv[1], "--version") == 0) {
    version();
    return written();
  }
  cli_opts o = {0};
  size_t k;
  for (k = 0; k < 4; k++)
    if (strcmp(argv[1], command_names[k]) == 0)
      break;
  if (k == 4) {
    const char *near = nearest(argv[1], command_names, 4);
    if (near) {
      fprintf(stderr, "frex: unknown command '%s' (want extract, tokenize, "
                      "stem or run); did you mean '%s'?\n", argv[1], near);
      fputs("Try 'frex --help'.\n", stderr);
      return EXIT_TROUBLE;
    }
    return usage_error("unknown command '%s' (want extract, tokenize, stem "
                       "or run)",
                       argv[1]);
  }
  o.cmd = (cli_command)k;
  long cores = usable_cores();
  o.jobs = cores > 0 ? (int)cores : 1;
  /* frex stem ends a pipeline whose producer (frex tokenize) takes the
   * other cores: measured on 2 cores (BENCH.md), stem -j2 after tokenize
   * -j2 was no faster than -j1, and pinned to one CPU it was 25% slower */
  if (o.cmd == CMD_STEM)
    o.jobs = o.jobs / 2 > 1 ? o.jobs / 2 : 1;
  o.progress = isatty(STDERR_FILENO);
  o.format = FREX_FMT_TSV;
  int rc = parse_options(&o, argc - 1, argv + 1);
  if (rc >= 0)
    return rc;
  if (!o.dict_dir)
    o.dict_dir = default_dict_dir();
  else if (o.cmd == CMD_EXTRACT || o.cmd == CMD_RUN)
    warn_empty_dict_dir(o.dict_dir);
  if (o.cmd == CMD_RUN && o.format == FREX_FMT_JSONL && o.tokens_path &&
      !o.entities_path)
    o.format = FREX_FMT_JSONL;
  char **paths = argv + 1 + optind;
  int npaths = argc - 1 - optind;
  int status = o.cmd == CMD_STEM ? cli_stem(&o, paths, npaths)
                                 : cli_process(&o, paths, npaths);
  free(o.dicts);
  free(o.includes);
  free(o.excludes);
  return status;
}
