/*
 * cli_walk.c — command-line operands to documents.  Directories are walked
 * recursively in byte-wise sorted order (so output is the same run to
 * run), following symbolic links, a directory that is one of its own
 * ancestors skipped as a cycle; hidden entries are skipped unless
 * --hidden; --include/--exclude globs filter file names.  Operands that
 * are not directories (files, FIFOs such as <(cmd), /dev/stdin) are
 * passed through as they are.
 *
 * The walker is written by hand, not with fts(3) or nftw(3): with
 * FTS_NOCHDIR (and in nftw) every directory is opened by its whole path,
 * so a tree deeper than PATH_MAX bytes gave "File name too long" and its
 * files were not read (grep -r and rg read them); without FTS_NOCHDIR fts
 * chdir()s, which the worker threads opening relative paths cannot live
 * with.  Here each directory's entries are looked at with fstatat(2)
 * relative to the directory's descriptor and a directory is opened with
 * cli_open_path, which follows a path longer than PATH_MAX by openat(2)
 * in pieces (the worker opens files the same way).  One directory is
 * open at a time, whatever the depth, and the walk keeps its own stack
 * (no recursion: a tree 100,000 deep does not exhaust the C stack).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static bool glob_hits(const char *const *globs, size_t n, const char *path,
                      const char *name) {
  for (size_t i = 0; i < n; i++) {
    const char *subject = strchr(globs[i], '/') ? path : name;
    if (fnmatch(globs[i], subject, 0) == 0)
      return true;
  }
  return false;
}

static bool wanted(const cli_opts *o, const char *path, const char *name) {
  if (o->nincludes && !glob_hits(o->includes, o->nincludes, path, name))
    return false;
  return !glob_hits(o->excludes, o->nexcludes, path, name);
}

/* PATH is a symbolic link that leads nowhere: say why (a link to itself
 * or a cycle of links gives ELOOP; anything else is a dangling link). */
static void bad_link(const char *path, int err, bool quiet) {
  if (quiet)
    return;
  if (err == ELOOP)
    cli_error(path, "%s", strerror(ELOOP));
  else
    cli_error(path, "broken symbolic link");
}

/* What an entry of a directory is, as fts(3) with FTS_LOGICAL said. */
enum kind { K_FILE, K_DIR, K_OTHER, K_BADLINK, K_NOSTAT };

typedef struct entry {
  char *name;
  struct stat st;
  enum kind kind;
  int err; /* K_BADLINK, K_NOSTAT: why */
} entry;

/* A directory being walked: its sorted entries, the next one, the length
 * of its path in the path buffer, and its identity for the cycle test. */
typedef struct frame {
  entry *e;
  size_t n, next, pathlen;
  dev_t dev;
  ino_t ino;
} frame;

static int by_name(const void *a, const void *b) {
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static void free_entries(entry *e, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(e[i].name);
  free(e);
}

static void *grow(void *p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap)
    return p;
  size_t c = *cap ? *cap : 16;
  while (c < need)
    c *= 2;
  void *q = realloc(p, c * size);
  if (!q) {
    cli_error(NULL, "out of memory");
    exit(EXIT_TROUBLE);
  }
  *cap = c;
  return q;
}

/* Read directory PATH into F (sorted entries, each stat'ed following
 * symbolic links); false with errno set when it cannot be read. */
static bool read_dir(const char *path, frame *f) {
  f->e = NULL;
  f->n = f->next = 0;
  int fd = cli_open_path(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return false;
  DIR *d = fdopendir(fd);
  if (!d) {
    int e = errno;
    close(fd);
    errno = e;
    return false;
  }
  size_t cap = 0;
  struct dirent *de;
  for (;;) {
    errno = 0;
    if (!(de = readdir(d)))
      break;
    const char *nm = de->d_name;
    if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
      continue;
    f->e = grow(f->e, &cap, f->n + 1, sizeof *f->e);
    entry *x = &f->e[f->n];
    memset(x, 0, sizeof *x);
    if (!(x->name = strdup(nm))) {
      cli_error(NULL, "out of memory");
      exit(EXIT_TROUBLE);
    }
    f->n++;
    if (fstatat(fd, nm, &x->st, 0) == 0) {
      x->kind = S_ISDIR(x->st.st_mode)   ? K_DIR
                : S_ISREG(x->st.st_mode) ? K_FILE
                                         : K_OTHER;
      continue;
    }
    x->err = errno;
    struct stat l;
    /* a link that leads nowhere (or to itself: ELOOP) */
    x->kind = (x->err == ENOENT || x->err == ELOOP) &&
                      fstatat(fd, nm, &l, AT_SYMLINK_NOFOLLOW) == 0 &&
                      S_ISLNK(l.st_mode)
                  ? K_BADLINK
                  : K_NOSTAT;
  }
  int e = errno; /* readdir's error, 0 at the end */
  closedir(d);
  if (e) {
    free_entries(f->e, f->n);
    f->e = NULL;
    f->n = 0;
    errno = e;
    return false;
  }
  if (f->n > 1)
    qsort(f->e, f->n, sizeof *f->e, by_name);
  return true;
}

bool cli_walk(const cli_opts *o, const char *operand, bool quiet,
              cli_visit_fn visit, void *ctx) {
  struct stat st;
  if (stat(operand, &st) != 0) {
    int err = errno;
    if (lstat(operand, &st) == 0 && S_ISLNK(st.st_mode))
      bad_link(operand, err, quiet);
    else if (!quiet)
      cli_error(operand, "%s", strerror(err));
    return false;
  }
  if (!S_ISDIR(st.st_mode))
    return visit(ctx, operand, &st);

  /* the path of the entry at hand: PATH[0, pathlen) is its directory's */
  size_t plen = strlen(operand), pcap = 0;
  char *path = grow(NULL, &pcap, plen + 1, 1);
  memcpy(path, operand, plen + 1);
  frame *stack = NULL;
  size_t depth = 0, scap = 0;
  bool ok = true;

  stack = grow(stack, &scap, 1, sizeof *stack);
  if (!read_dir(path, &stack[0])) {
    if (!quiet)
      cli_error(path, "%s", strerror(errno));
    free(path);
    free(stack);
    return false;
  }
  stack[0].dev = st.st_dev;
  stack[0].ino = st.st_ino;
  /* a child's path is its directory's, one trailing '/' dropped, '/'
   * and its name: "dir/" + "a" is "dir/a", "/" + "a" is "/a" (as fts) */
  stack[0].pathlen = plen && path[plen - 1] == '/' ? plen - 1 : plen;
  depth = 1;

  while (depth > 0) {
    frame *f = &stack[depth - 1];
    if (f->next == f->n) {
      free_entries(f->e, f->n);
      depth--;
      continue;
    }
    entry *x = &f->e[f->next++];
    size_t nlen = strlen(x->name), at = f->pathlen;
    path = grow(path, &pcap, at + nlen + 2, 1);
    path[at] = '/';
    memcpy(path + at + 1, x->name, nlen + 1);
    bool hidden = x->name[0] == '.';
    switch (x->kind) {
    case K_DIR: {
      if (hidden && !o->hidden)
        break;
      bool cycle = false;
      for (size_t i = 0; i < depth && !cycle; i++)
        cycle = stack[i].dev == x->st.st_dev && stack[i].ino == x->st.st_ino;
      if (cycle) {
        if (!quiet)
          cli_warn(path, "directory cycle (symbolic link loop), skipped");
        break;
      }
      stack = grow(stack, &scap, depth + 1, sizeof *stack);
      f = &stack[depth - 1];
      frame *c = &stack[depth];
      if (!read_dir(path, c)) {
        if (!quiet)
          cli_error(path, "%s", strerror(errno));
        ok = false;
        break;
      }
      c->dev = x->st.st_dev;
      c->ino = x->st.st_ino;
      c->pathlen = at + 1 + nlen;
      depth++;
      break;
    }
    case K_FILE:
      if ((hidden && !o->hidden) || !wanted(o, path, x->name))
        break;
      if (!visit(ctx, path, &x->st))
        ok = false;
      break;
    /* An entry that leads nowhere or cannot be looked at is said only
     * when it would have been read: --include, --exclude and hiding apply
     * to it as to a file, as in grep (`--exclude dangling` or `--include
     * '*.txt'` beside a broken `x.jpg` link still said it, exit 1). */
    case K_BADLINK:
      if ((!hidden || o->hidden) && wanted(o, path, x->name)) {
        bad_link(path, x->err, quiet);
        ok = false;
      }
      break;
    case K_NOSTAT: /* stat failed: a file as far as anyone knows */
      if ((hidden && !o->hidden) || !wanted(o, path, x->name))
        break;
      if (!quiet)
        cli_error(path, "%s", strerror(x->err));
      ok = false;
      break;
    case K_OTHER: /* FIFOs, sockets, devices inside a tree are not documents */
      break;
    }
  }
  free(path);
  free(stack);
  return ok;
}
