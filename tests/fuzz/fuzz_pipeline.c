/*
 * fuzz_pipeline.c — libFuzzer target over the whole pipeline: the input
 * boundary (encoding detection and repair), tokenizer, normalizer, stemmer
 * and every extractor, on arbitrary bytes.  The first byte picks options
 * (DCT, prefer future).  Invariants checked: offsets inside the text,
 * tokens in order and non-empty, entities sorted with non-empty values for
 * AMOUNT and DATE.  tests/fuzz/replay.c replays saved inputs without clang.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "frex.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static frex_pipeline *pipes[2];
static frex_worker *workers[2];

static void setup(void) {
  for (int k = 0; k < 2; k++) {
    frex_config cfg = {0, k == 1, {2021, 7, k == 1 ? 14 : 0}, "dict", NULL,
                       0, NULL, NULL};
    char err[256];
    if (frex_pipeline_new(&pipes[k], &cfg, err, sizeof err) ||
        frex_worker_new(&workers[k], pipes[k]))
      abort();
  }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (!pipes[0])
    setup();
  if (size == 0)
    return 0;
  int k = data[0] & 1;
  char *copy = malloc(size);
  if (!copy)
    return 0;
  memcpy(copy, data + 1, size - 1);
  size_t n = size - 1;
  frex_encoding enc = frex_input_detect(copy, n, FREX_ENC_AUTO);
  frex_buf trans = FREX_BUF_INIT;
  const char *text;
  size_t len;
  frex_decode_stats st = {0, 0, 0};
  if (frex_input_decode(enc, copy, n, 0, &trans, &text, &len, &st) == 0) {
    const frex_tokens *toks;
    const frex_entities *ents;
    if (frex_worker_extract(workers[k], text, len, &toks, &ents) == 0) {
      size_t prev = 0;
      for (size_t i = 0; i < toks->n; i++) {
        const frex_token *t = &toks->v[i];
        if (t->start >= t->end || t->end > len || t->start < prev)
          abort();
        prev = t->end;
        const char *norm, *stem;
        size_t nl, sl;
        if (frex_worker_norm(workers[k], text + t->start, t->end - t->start,
                             &norm, &nl) == 0 &&
            t->cls == FREX_TOK_WORD)
          frex_worker_stem(workers[k], norm, nl, &stem, &sl);
      }
      size_t last = 0;
      for (size_t i = 0; i < frex_entities_count(ents); i++) {
        const frex_entity *e = frex_entities_get(ents, i);
        if (e->start >= e->end || e->end > len || e->start < last)
          abort();
        last = e->start;
        if ((e->type == FREX_ENT_AMOUNT || e->type == FREX_ENT_DATE) &&
            !e->value[0])
          abort();
      }
    }
  }
  frex_buf_free(&trans);
  free(copy);
  return 0;
}
