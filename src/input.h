/*
 * input.h — the input boundary: whatever bytes a file holds become one
 * valid UTF-8 buffer, and nothing after this stage thinks about encodings.
 *
 * Policy (documented in README.md and frex.1):
 *  - UTF-8 (with or without BOM) is used in place: offsets are the file's
 *    own byte offsets.  A BOM stays in the buffer and is treated as a space.
 *  - Each invalid UTF-8 byte and each NUL is replaced in place by the one
 *    byte U+001A SUBSTITUTE (a separator for the tokenizer), so every other
 *    offset still points into the file; invalid bytes are counted and
 *    reported as "N invalid bytes (first at byte K), replaced".
 *  - UTF-16 with a BOM, and CP1252 / Latin-1 (detected or forced), are
 *    transcoded with ICU; offsets then refer to the UTF-8 text frex made
 *    (the UTF-16 BOM becomes U+FEFF, 3 bytes, at offset 0).  Units the
 *    converter cannot decode (an unpaired surrogate, an odd last byte)
 *    become U+FFFD and are counted and reported like invalid UTF-8, with
 *    the byte offset in the file; NULs become U+001A and are counted.
 */
#ifndef FREX_INPUT_H
#define FREX_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef enum {
  FREX_ENC_AUTO,
  FREX_ENC_UTF8,
  FREX_ENC_CP1252,
  FREX_ENC_LATIN1,
  FREX_ENC_UTF16LE,
  FREX_ENC_UTF16BE
} frex_encoding;

/* Parse an --encoding name ("auto", "utf-8", "cp1252", "latin1", ...);
 * false when unknown. */
bool frex_encoding_parse(const char *name, frex_encoding *enc);
/* "UTF-8", "windows-1252", ... */
const char *frex_encoding_name(frex_encoding enc);

/* Decide the encoding of a document from its first N bytes (N may be less
 * than the document).  REQUESTED other than AUTO wins, except that a UTF-16
 * BOM always means UTF-16. */
frex_encoding frex_input_detect(const char *head, size_t n,
                                frex_encoding requested);

typedef struct frex_decode_stats {
  size_t invalid;       /* invalid UTF-8 bytes replaced */
  size_t first_invalid; /* offset of the first one, in the document */
  size_t nuls;          /* NUL bytes replaced */
} frex_decode_stats;

/* Make DATA[0..len) valid UTF-8.  For UTF-8 the bytes are fixed in place
 * and *TEXT = DATA; otherwise they are transcoded into OUT and *TEXT points
 * into it.  BASE is the offset of DATA in the document's bytes as read
 * (for first_invalid).  STATS are added to, not reset.  DATA must hold
 * whole characters (callers cut segments at ASCII bytes or character
 * starts; UTF-16 at even offsets outside surrogate pairs). */
int frex_input_decode(frex_encoding enc, char *data, size_t len, size_t base,
                      frex_buf *out, const char **text, size_t *textlen,
                      frex_decode_stats *stats);

#endif
