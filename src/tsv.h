/*
 * tsv.h — output rows (TSV with SPEC's escapes, or JSON Lines) and reading
 * token TSV back (frex stem).
 */
#ifndef FREX_TSV_H
#define FREX_TSV_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "frex.h"

typedef enum { FREX_FMT_TSV, FREX_FMT_JSONL } frex_format;

extern const char frex_token_header[];  /* "doc\tsent\t...\tstem\n" */
extern const char frex_entity_header[]; /* "doc\tstart\t...\tunit\n" */

/* Append S[0..n) escaped for a TSV field: \t \n \r \\ become two bytes. */
int frex_tsv_escape(frex_buf *b, const char *s, size_t n);
/* Append S[0..n) as a JSON string with quotes. */
int frex_json_string(frex_buf *b, const char *s, size_t n);

/* Append one token row.  TEXT is the segment the token's offsets index;
 * BASE is added to the offsets and SENT_BASE to the sentence number. */
int frex_write_token(frex_buf *b, frex_format fmt, const char *doc,
                     const char *text, size_t base, const frex_token *t,
                     const char *norm, size_t normlen, const char *stem,
                     size_t stemlen);
/* Append one entity row (same conventions). */
int frex_write_entity(frex_buf *b, frex_format fmt, const char *doc,
                      const char *text, size_t base, const frex_entity *e);

/* Undo TSV escaping in place; returns the new length. */
size_t frex_tsv_unescape(char *s, size_t n);

#endif
