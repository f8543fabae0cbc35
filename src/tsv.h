/*
 * tsv.h — rows in TSV (SPEC's escapes) or JSON Lines, from one column
 * table (frex.h: FREX_TOKCOL_*, FREX_ENTCOL_*; names in tsv.c), and a
 * fast TSV token writer checked against the table-driven one (the fuzz
 * target compares them row for row).  frex_writer (writer.c) is their
 * public face.
 */
#ifndef FREX_TSV_H
#define FREX_TSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "frex.h"

/* Append the TSV header line of ROWS ("doc\tsent\t...\tstem\n"). */
int frex_write_header(frex_buf *b, frex_rows rows);

/* Append S[0..n) as a JSON string with quotes. */
int frex_json_string(frex_buf *b, const char *s, size_t n);

/* Append one token row, column by column from the table.  TEXT is the
 * segment the token's offsets index; BASE is added to the offsets. */
int frex_write_token(frex_buf *b, frex_format fmt, const char *doc,
                     const char *text, size_t base, const frex_token *t,
                     const char *norm, size_t normlen, const char *stem,
                     size_t stemlen);
/* The tails of token rows by token (tsv.c: "row tail cache"): kept by a
 * frex_writer across its segments; STEMS says whether its rows have
 * stems (frex run) or not. */
typedef struct frex_tail_cache frex_tail_cache;
int frex_tail_cache_new(frex_tail_cache **out, bool stems);
void frex_tail_cache_free(frex_tail_cache *c);

/* The offset written last, as text in words (tsv.c: put_offset). */
typedef struct frex_offset_state {
  unsigned long long num;
  uint64_t lo, top; /* its last 8 digits (leading zeros kept, the last
                       digit in the top byte), and the digits before */
  /* words, not unsigned: GCC packed four unsigned fields into one vector
   * register and unpacked them for every row (14 instructions) */
  size_t len, tlen; /* digits of lo written, and of top */
  size_t rsh;       /* 64 - 8 * len: lo >> rsh is lo's text */
  size_t room;      /* 100 - num % 100 when num has 2 digits or more,
                       else 0: num + d changes only the last two digits
                       for d < room */
} frex_offset_state;

/* Token rows of one segment in TSV, byte for byte those of
 * frex_write_token, but what repeats from row to row (the escaped doc
 * column and the sentence number) is formatted once, not per row. */
typedef struct frex_token_writer {
  frex_buf *b;
  const char *doc, *text;
  size_t text_limit;       /* TEXT[0..text_limit) may be read */
  size_t base;
  bool doc_fits;           /* else every row goes to frex_write_token */
  uint32_t sent;           /* the sentence number in the prefix */
  size_t doclen, prefixlen; /* "doc\t", then "doc\tsent\t" */
  char prefix[512];
  /* NULL (what init sets), or the cache frex_token_writer_run takes the
   * tails of rows from when its STEMS is the cache's */
  frex_tail_cache *tails;
  frex_offset_state off; /* the offset written last */
} frex_token_writer;

/* Rows go to B; DOC, TEXT and BASE as for frex_write_token.  The tokens'
 * bytes are read from TEXT[0..text_limit) (the last token's end will do),
 * and may be read in whole words anywhere in that range. */
void frex_token_writer_init(frex_token_writer *w, frex_buf *b,
                            const char *doc, const char *text,
                            size_t text_limit, size_t base);
/* Append T's row (TSV). */
int frex_token_writer_row(frex_token_writer *w, const frex_token *t,
                          const char *norm, size_t normlen, const char *stem,
                          size_t stemlen);
/* Append the rows of a run of T[0..n): the tokens of T[0]'s sentence
 * (at most 256), with their norms and, when STEMS, the stems of WORD
 * tokens from WK; the same bytes as frex_token_writer_row on each, with
 * the buffer's room and the writer's state checked once per run rather
 * than once per row.  Returns the number of rows written; *RC is set
 * (FREX_OK or the first error, which stops the run). */
size_t frex_token_writer_run(frex_token_writer *w, frex_worker *wk,
                             const frex_token *t, size_t n, bool stems,
                             int *rc);

/* Append one entity row (same conventions), column by column from the
 * table. */
int frex_write_entity(frex_buf *b, frex_format fmt, const char *doc,
                      const char *text, size_t base, const frex_entity *e);

/* Length (2 to 4) of the well-formed multi-byte UTF-8 sequence at S[I]
 * (I < N), or 0: ASCII, or a byte that starts none (overlong, surrogate,
 * past U+10FFFF, cut).
 * The JSONL and HTML writers share it. */
size_t frex_utf8_seq(const unsigned char *s, size_t n, size_t i);

#endif
