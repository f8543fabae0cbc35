/*
 * cli_walk.c — command-line operands to documents.  Directories are walked
 * recursively with fts(3) in byte-wise sorted order (so output is the same
 * run to run), following symbolic links with fts's cycle detection; hidden
 * entries are skipped unless --hidden; --include/--exclude globs filter
 * file names.  Operands that are not directories (files, FIFOs such as
 * <(cmd), /dev/stdin) are passed through as they are.
 */
#include <errno.h>
#include <fnmatch.h>
#include <fts.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static int by_name(const FTSENT **a, const FTSENT **b) {
  return strcmp((*a)->fts_name, (*b)->fts_name);
}

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
static void bad_link(const char *path, bool quiet) {
  struct stat st;
  if (quiet)
    return;
  if (stat(path, &st) != 0 && errno == ELOOP)
    cli_error(path, "%s", strerror(ELOOP));
  else
    cli_error(path, "broken symbolic link");
}

bool cli_walk(const cli_opts *o, const char *operand, bool quiet,
              cli_visit_fn visit, void *ctx) {
  struct stat st;
  if (stat(operand, &st) != 0) {
    int err = errno;
    if (lstat(operand, &st) == 0 && S_ISLNK(st.st_mode))
      bad_link(operand, quiet);
    else if (!quiet)
      cli_error(operand, "%s", strerror(err));
    return false;
  }
  if (!S_ISDIR(st.st_mode))
    return visit(ctx, operand, &st);

  char *roots[] = {(char *)operand, NULL};
  FTS *fts = fts_open(roots, FTS_LOGICAL | FTS_NOCHDIR, by_name);
  if (!fts) {
    if (!quiet)
      cli_error(operand, "%s", strerror(errno));
    return false;
  }
  bool ok = true;
  FTSENT *e;
  while ((e = fts_read(fts)) != NULL) {
    bool hidden = e->fts_level > 0 && e->fts_name[0] == '.';
    switch (e->fts_info) {
    case FTS_D:
      if (hidden && !o->hidden)
        fts_set(fts, e, FTS_SKIP);
      break;
    case FTS_F:
      if ((hidden && !o->hidden) || !wanted(o, e->fts_path, e->fts_name))
        break;
      if (!visit(ctx, e->fts_path, e->fts_statp))
        ok = false;
      break;
    case FTS_DC:
      if (!quiet)
        cli_warn(e->fts_path, "directory cycle (symbolic link loop), skipped");
      break;
    /* An entry that leads nowhere or cannot be looked at is said only
     * when it would have been read: --include, --exclude and hiding apply
     * to it as to a file, as in grep (`--exclude dangling` or `--include
     * '*.txt'` beside a broken `x.jpg` link still said it, exit 1). */
    case FTS_SLNONE:
      if ((!hidden || o->hidden) && wanted(o, e->fts_path, e->fts_name)) {
        bad_link(e->fts_path, quiet);
        ok = false;
      }
      break;
    case FTS_NS: /* stat failed: a file as far as anyone knows */
      if ((hidden && !o->hidden) || !wanted(o, e->fts_path, e->fts_name))
        break;
      /* fall through */
    case FTS_DNR:
    case FTS_ERR:
      if (!quiet)
        cli_error(e->fts_path, "%s", strerror(e->fts_errno));
      ok = false;
      break;
    default: /* FIFOs, sockets, devices inside a tree are not documents */
      break;
    }
  }
  fts_close(fts);
  return ok;
}
