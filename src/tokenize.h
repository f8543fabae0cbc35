/* The tokenizer's scan over part of a text (frex_tokenize does the whole). */
#ifndef FREX_TOKENIZE_H
#define FREX_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frex.h"

/* Where a scan is and the sentence state there.  A scan may start only
 * where the whole text's scan would have this state: the text's start
 * (sent 0, no token), or the first byte of a paragraph after a blank line
 * (a new sentence pending after the last token's sentence SENT). */
typedef struct frex_tok_state {
  size_t pos;
  uint32_t sent;   /* the last token's sentence */
  bool have_token; /* a token came before */
  bool pending;    /* after the scan: the next token starts a sentence
                      (and no closer joins the last one) */
} frex_tok_state;

/* Tokenize S (LEN bytes, read whole for context) from ST->pos, as
 * frex_tokenize would at that point, appending to OUT (not cleared),
 * until the scan reaches STOP (it may go past it within a token or a run
 * of words: the caller checks ST->pos).  Updates ST. */
int frex_tokenize_range(const char *s, size_t len, frex_tok_state *st,
                        size_t stop, frex_tokens *out);

#endif
