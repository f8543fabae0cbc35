/*
 * input.h — the input boundary's parts below frex_reader (frex.h gives the
 * policy): deciding an encoding from evidence, and making bytes valid
 * UTF-8.  Private: the fuzz target and unit tests call them directly.
 */
#ifndef FREX_INPUT_H
#define FREX_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "frex.h"

/* What the first bytes of a document say it is. */
typedef enum {
  FREX_KIND_TEXT,   /* decode with the encoding returned */
  FREX_KIND_BINARY, /* an executable, archive, image...: skip it */
  FREX_KIND_UTF32   /* UTF-32 (by its BOM), which frex does not read */
} frex_input_kind;

/* Decide the encoding of a document from its first N bytes (N may be less
 * than the document; EOF tells whether it is all of it).  REQUESTED other
 * than AUTO wins, except that a UTF-16 BOM always means UTF-16; RECORD
 * (a --lines record) rules out UTF-16 without a BOM and binary.  *KIND
 * says whether to read the document at all. */
frex_encoding frex_input_detect(const char *head, size_t n, bool eof,
                                frex_encoding requested, bool record,
                                frex_input_kind *kind);

typedef struct frex_decode_stats {
  size_t invalid;       /* invalid UTF-8 bytes replaced */
  size_t first_invalid; /* offset of the first one, in the document */
  size_t nuls;          /* NUL bytes replaced */
  size_t first_nul;
  size_t cp1252_like;   /* of the invalid UTF-8 bytes, those that read
                           as French text in windows-1252 */
  size_t undefined;     /* CP1252 bytes it does not define, replaced */
  size_t first_undefined;
  size_t utf8_kept;     /* UTF-8 accents and typography inside a
                           single-byte text, kept as UTF-8 */
  size_t first_utf8_kept;
  size_t controls;      /* other control bytes (C0 but TAB..CR, SUB and
                           ESC; DEL) replaced */
  size_t first_control;
  size_t c1;            /* C1 controls U+0080..U+009F in UTF-8 text read
                           as windows-1252 (U+0092 as ’) */
  size_t first_c1;
} frex_decode_stats;

/* Make DATA[0..len) valid UTF-8.  For UTF-8 the bytes are fixed in place
 * and *TEXT = DATA (unless it holds C1 controls, read as windows-1252 into
 * OUT: stats->c1); otherwise they are transcoded into OUT and *TEXT points
 * into it.  BASE is the offset of DATA in the document's bytes as read
 * (for first_invalid).  STATS are added to, not reset.  DATA must hold
 * whole characters (callers cut segments at ASCII bytes or character
 * starts; UTF-16 at even offsets outside surrogate pairs). */
int frex_input_decode(frex_encoding enc, char *data, size_t len, size_t base,
                      frex_buf *out, const char **text, size_t *textlen,
                      frex_decode_stats *stats);

/* Where to cut a segment of B[0..n) when more bytes follow (B[n] is not
 * known): after the last blank line of its second half, else the last
 * newline, sentence end, space, else a character start.  UTF-16 (BE when
 * BIG_ENDIAN): at an even offset after a newline or space, else outside a
 * surrogate pair. */
size_t frex_input_cut(const char *b, size_t n);
size_t frex_input_cut16(const char *b, size_t n, bool big_endian);

#endif
