/*
 * replay.c — a plain main for the fuzz target: runs every file given on the
 * command line (or in the directories given) through LLVMFuzzerTestOneInput,
 * so gcc builds replay the saved corpus in `make test`.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    free(buf);
    return 1;
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, (size_t)n);
  free(buf);
  return 0;
}

int main(int argc, char **argv) {
  int bad = 0, count = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
      struct dirent **list;
      int n = scandir(argv[i], &list, NULL, alphasort);
      for (int k = 0; k < n; k++) {
        if (list[k]->d_name[0] != '.') {
          char p[4096];
          snprintf(p, sizeof p, "%s/%s", argv[i], list[k]->d_name);
          bad += replay_file(p);
          count++;
        }
        free(list[k]);
      }
      if (n >= 0)
        free(list);
    } else {
      bad += replay_file(argv[i]);
      count++;
    }
  }
  printf("replayed %d inputs, %d unreadable\n", count, bad);
  return bad ? 1 : 0;
}
