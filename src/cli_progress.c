/*
 * cli_progress.c — --progress on stderr: bytes read of the total, the
 * share done, the rate and an ETA, redrawn on a terminal, plain lines
 * elsewhere (see show's comment).
 */
#include <stdio.h>
#include <time.h>

#include "cli_jobs.h"

double cli_since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* "< 1 s", "7 s", "2 min 05 s", "1 h 02 min". */
static void format_secs(char *buf, size_t n, double secs) {
  long s = secs < 0 ? 0 : (long)(secs + 0.5);
  if (secs < 0.5)
    snprintf(buf, n, "< 1 s");
  else if (s < 60)
    snprintf(buf, n, "%ld s", s);
  else if (s < 3600)
    snprintf(buf, n, "%ld min %02ld s", s / 60, s % 60);
  else
    snprintf(buf, n, "%ld h %02ld min", s / 3600, s / 60 % 60);
}

/* --progress, with the lock held.  Bytes are counted as each segment is
 * read, so a long file shows its progress as it goes (issue 14: a 256 MB
 * file showed one line, at the end); with the inputs' total known (the
 * walk is over, or stdin is a file), the share done and an ETA from the
 * rate so far.  On a terminal the line is redrawn in place every 0.25 s;
 * elsewhere (a log file, --progress given) a plain line is written every
 * 5 s.  The last line gives the totals and the time taken. */
void cli_show_progress(run *r, bool last) {
  if (!r->o->progress)
    return;
  if (!last && r->progress_shown &&
      cli_since(&r->last_progress) < (r->tty ? 0.25 : 5.0))
    return;
  clock_gettime(CLOCK_MONOTONIC, &r->last_progress);
  double t = cli_since(&r->t0), mb = (double)r->read_bytes / 1e6;
  double rate = t > 0 ? mb / t : 0;
  char line[192], eta[32];
  int k = snprintf(line, sizeof line, "frex: %zu documents, %.1f MB",
                   r->docs, mb);
  if (last) {
    format_secs(eta, sizeof eta, t);
    snprintf(line + k, sizeof line - (size_t)k, ", %.1f MB/s, %s", rate,
             eta);
  } else if (r->total_known && r->total_bytes >= r->read_bytes &&
             r->total_bytes > 0) {
    double total = (double)r->total_bytes / 1e6;
    k += snprintf(line + k, sizeof line - (size_t)k, " of %.1f MB (%.0f%%), "
                  "%.1f MB/s", total, 100 * mb / total, rate);
    if (rate > 0 && t >= 0.5) { /* a rate worth dividing by */
      format_secs(eta, sizeof eta, (total - mb) / rate);
      snprintf(line + k, sizeof line - (size_t)k, ", ETA %s", eta);
    }
  } else {
    snprintf(line + k, sizeof line - (size_t)k, ", %.1f MB/s", rate);
  }
  if (r->tty)
    fprintf(stderr, "\r%s\033[K%s", line, last ? "\n" : "");
  else
    fprintf(stderr, "%s\n", line);
  r->progress_shown = true;
}

/* N more bytes of input were read. */
void cli_progress_tick(run *r, unsigned long long n) {
  pthread_mutex_lock(&r->mu);
  r->read_bytes += n;
  cli_show_progress(r, false);
  pthread_mutex_unlock(&r->mu);
}
