/*
 * frex.h — public API of libfrex, a French text analysis pipeline:
 * tokenizer, Snowball stemmer, and extractors of amounts of money, dates,
 * companies and agencies.  See README.md and ../shared/SPEC.md.
 *
 * Conventions (as in PCRE2 and utf8proc):
 *  - Functions return FREX_OK (0) or a negative FREX_E_* code; frex_strerror()
 *    names it.  Results come back through out-parameters.
 *  - The library never writes to stdout/stderr, never exits and never reads
 *    the environment.  Warnings go to the frex_warn_fn a caller installs.
 *  - Out of memory is reported as FREX_E_NOMEM (the CLI turns it into
 *    "frex: out of memory" and exit status 2).
 *  - Pairs are _new/_free; _free(NULL) does nothing.
 *
 * Text model.  A document is one buffer of valid UTF-8, made by the input
 * boundary (frex_reader, below; the policy is written there).  Every offset
 * in tokens and entities is a byte offset [start, end) into that buffer:
 * the file's own bytes when it was UTF-8.
 *
 * The CLI (src/main.c, src/cli_*.c) is a client of this header only: a
 * program linking libfrex reads documents with frex_reader, runs them
 * through a frex_worker and writes rows with frex_writer, as frex does.
 */
#ifndef FREX_H
#define FREX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FREX_VERSION "0.1.0"

/* Status codes. */
enum {
  FREX_OK = 0,
  FREX_E_NOMEM = -1,    /* allocation failed */
  FREX_E_IO = -2,       /* read or write failed (errno is set) */
  FREX_E_ENCODING = -3, /* input could not be decoded */
  FREX_E_DICT = -4,     /* a dictionary file is malformed or unreadable */
  FREX_E_PATTERN = -5,  /* an internal regex failed to compile (a bug) */
  FREX_E_ICU = -6,      /* an ICU service failed to open */
  FREX_E_STEMMER = -7,  /* libstemmer has no French UTF-8 stemmer */
  FREX_E_ARG = -8,      /* invalid argument */
  FREX_E_FORMAT = -9    /* malformed input TSV (frex stem) */
};

/* Static English text for a status code; never NULL. */
const char *frex_strerror(int status);

/* Warning callback: PATH may be NULL; MSG is one line without "frex: ". */
typedef void (*frex_warn_fn)(void *ctx, const char *path, const char *msg);

/* ------------------------------------------------------------- buffers */

/* A growable byte string, always NUL-terminated when ptr != NULL; the one
 * way frex grows output (cmark's cmark_strbuf).  Owned by whoever holds it:
 * free with frex_buf_free. */
typedef struct frex_buf {
  char *ptr;
  size_t len, cap;
} frex_buf;

#define FREX_BUF_INIT {NULL, 0, 0}

/* Ensure room for EXTRA more bytes plus the NUL; FREX_E_NOMEM on failure. */
int frex_buf_grow(frex_buf *b, size_t extra);
int frex_buf_put(frex_buf *b, const void *data, size_t len);
int frex_buf_putc(frex_buf *b, char c);
int frex_buf_puts(frex_buf *b, const char *s);
/* Append a decimal unsigned number. */
int frex_buf_putu(frex_buf *b, unsigned long long v);
void frex_buf_clear(frex_buf *b); /* len = 0, memory kept */
void frex_buf_free(frex_buf *b);

/* ---------------------------------------------------------------- tokens */

typedef enum {
  FREX_TOK_WORD,
  FREX_TOK_NUM,
  FREX_TOK_PUNCT,
  FREX_TOK_SYM,
  FREX_TOK_URL,
  FREX_TOK_EMAIL
} frex_token_class;

/* "WORD", "NUM", ... */
const char *frex_token_class_name(frex_token_class cls);

typedef struct frex_token {
  size_t start, end;    /* byte offsets into the document */
  uint32_t sent;        /* sentence number, from 1 */
  frex_token_class cls;
} frex_token;

/* A growable array of tokens, owned by whoever called frex_tokens_init. */
typedef struct frex_tokens {
  frex_token *v;
  size_t n, cap;
} frex_tokens;

void frex_tokens_init(frex_tokens *t);
void frex_tokens_clear(frex_tokens *t); /* n = 0, memory kept */
void frex_tokens_free(frex_tokens *t);
int frex_tokens_push(frex_tokens *t, size_t start, size_t end, uint32_t sent,
                     frex_token_class cls);

/* Split TEXT (valid UTF-8, LEN bytes) into tokens and sentences per SPEC's
 * French rules, appending to OUT (cleared first).  Thread-safe: it keeps no
 * state between calls. */
int frex_tokenize(const char *text, size_t len, frex_tokens *out);

/* -------------------------------------------------------------- entities */

typedef enum {
  FREX_ENT_AMOUNT = 1,
  FREX_ENT_DATE = 2,
  FREX_ENT_COMPANY = 4,
  FREX_ENT_AGENCY = 8
} frex_entity_type;
#define FREX_ENT_ALL 15u
/* In frex_config.types: no extractor at all (tokenize and stem only). */
#define FREX_ENT_NONE 0x100u

/* "AMOUNT", "DATE", ... */
const char *frex_entity_type_name(frex_entity_type type);
/* Parse a comma-separated list ("AMOUNT,DATE", case-insensitive) into a
 * mask; returns FREX_E_ARG on an unknown name. */
int frex_entity_types_parse(const char *list, unsigned *mask);

typedef struct frex_entity {
  size_t start, end;     /* byte offsets into the document */
  frex_entity_type type;
  const char *value;     /* normalized value, NUL-terminated, never NULL */
  const char *unit;      /* ISO 4217 code, date grain, dictionary id or "" */
} frex_entity;

/* A list of entities; value/unit strings live in the list's own arena and
 * stay valid until frex_entities_clear or frex_entities_free. */
typedef struct frex_entities frex_entities;

int frex_entities_new(frex_entities **out);
void frex_entities_free(frex_entities *e);
void frex_entities_clear(frex_entities *e);
size_t frex_entities_count(const frex_entities *e);
/* Borrowed pointer, valid until the list is next modified. */
const frex_entity *frex_entities_get(const frex_entities *e, size_t i);
/* Append an entity; VALUE and UNIT are copied (NULL means ""). */
int frex_entities_add(frex_entities *e, frex_entity_type type, size_t start,
                      size_t end, const char *value, const char *unit);
/* Sort by (start, end, type) and drop exact duplicates. */
void frex_entities_sort(frex_entities *e);
/* Remove entity I (order of the others kept; linear time). */
void frex_entities_remove(frex_entities *e, size_t i);
/* Copy entity FROM over entity TO (for in-place filtering), and keep only
 * the first N entities. */
void frex_entities_move(frex_entities *e, size_t to, size_t from);
void frex_entities_truncate(frex_entities *e, size_t n);
/* Set the span of entity I (an extractor read a view of the text whose
 * offsets differ: a word joined across a line break). */
void frex_entities_set_span(frex_entities *e, size_t i, size_t start,
                            size_t end);

/* ------------------------------------------------------------ documents */

/* Document creation time (reference date); 0 fields are unknown, so
 * {2021, 7, 0} is the month 2021-07 and {0, 0, 0} is "no DCT".  In a
 * frex_config, year FREX_DCT_NONE ("--dct none") means no DCT and no
 * detection of one in the documents. */
typedef struct frex_dct {
  int year, month, day;
} frex_dct;
#define FREX_DCT_NONE (-1)

/* What an extractor sees of one document.  The pipeline gives extractors
 * a view of the text in which the line breaks inside a paragraph are
 * spaces, byte for byte (SPEC "Line breaks", src/pipeline.c): offsets are
 * the text's, rows' text is cut from the text as read. */
typedef struct frex_doc {
  const char *text;            /* valid UTF-8, not NUL-terminated */
  size_t len;
  const frex_token *tokens;    /* from frex_tokenize on the same text */
  size_t ntokens;
  size_t body;                 /* extractors ignore text[0..body): the
                                  leading "date YYYY-MM" metadata line */
  frex_dct dct;                /* {0,0,0} when unknown */
  bool prefer_future;          /* --prefer future */
} frex_doc;

/* If TEXT starts with a metadata line "date YYYY-MM[-DD]" or "date:
 * YYYY-MM-DD" (leading whitespace allowed, as in two seed articles), store
 * it in DCT, set *SKIP
 * to the byte length of that metadata so extractors can ignore it, and
 * return true. */
bool frex_dct_from_metadata(const char *text, size_t len, frex_dct *dct,
                            size_t *skip);
/* If TEXT[BODY..len) opens with a news dateline — a full date at the
 * start of one of its first lines ("4 février 2016 . –", "PARIS, 4
 * février 2016 (AFP) -", "Publié le 04/02/2016 à 10h30"; an update date,
 * "Mis à jour le 5 février 2016", only when no publication date is
 * there) — store it in DCT and return true. */
bool frex_dct_from_dateline(const char *text, size_t len, size_t body,
                            frex_dct *dct);
/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (--dct), or "none" (year
 * FREX_DCT_NONE); false if malformed or the year is outside
 * FREX_DCT_YEAR_MIN..FREX_DCT_YEAR_MAX (where relative dates, up to 999
 * years from the DCT, keep a four-digit year; a metadata line's date is
 * held to the same range). */
#define FREX_DCT_YEAR_MIN 1000
#define FREX_DCT_YEAR_MAX 8999
bool frex_dct_parse(const char *s, frex_dct *dct);

/* ------------------------------------------------------------- pipeline */

typedef struct frex_config {
  unsigned types;            /* FREX_ENT_* mask; 0 means all */
  bool prefer_future;
  frex_dct dct;              /* forced DCT (--dct); {0} = from the
                                metadata line or the dateline; year
                                FREX_DCT_NONE = none, not detected */
  const char *dict_dir;      /* directory of *.tsv dictionaries, or NULL */
  const char *const *extra_dicts; /* --dict files */
  size_t n_extra_dicts;
  frex_warn_fn warn;         /* warnings while the pipeline is built (a
                                --dict name that repeats a built-in one,
                                the built-in entry keeping it); may be
                                NULL */
  void *warn_ctx;
} frex_config;

/* Shared, read-only after creation: compiled patterns and dictionaries.
 * One per process; any number of workers use it at once. */
typedef struct frex_pipeline frex_pipeline;

/* On failure *OUT is NULL and, when ERR is not NULL, a one-line message
 * (e.g. "dict/orgs.tsv: line 12: missing type") is written to ERR.  The
 * dictionaries load in a thread of their own, joined before it returns. */
int frex_pipeline_new(frex_pipeline **out, const frex_config *cfg, char *err,
                      size_t errlen);
void frex_pipeline_free(frex_pipeline *p);

/* Per-thread state: stemmer, normalizer, token and entity buffers.
 * A worker is used by one thread at a time. */
typedef struct frex_worker frex_worker;

int frex_worker_new(frex_worker **out, const frex_pipeline *p);
void frex_worker_free(frex_worker *w);

/* Tokenize and extract entities from one document.  TOKENS and ENTITIES
 * are borrowed from the worker and valid until its next call. */
int frex_worker_extract(frex_worker *w, const char *text, size_t len,
                        const frex_tokens **tokens,
                        const frex_entities **entities);

/* Flags of frex_worker_segment. */
#define FREX_SEG_CONTINUE 1u    /* TEXT continues the previous call's
                                   document: keep its DCT, and number
                                   sentences on from where it stopped */
#define FREX_SEG_TOKENS_ONLY 2u /* tokenize only; *ENTITIES is left empty */
#define FREX_SEG_ENTITIES_ONLY 4u /* the caller needs no tokens: the
                                     text is tokenized only for the
                                     extractors that read tokens (COMPANY,
                                     AGENCY); *TOKENS may be empty */

/* Like frex_worker_extract for one segment of a document too large to hold
 * at once (cut between paragraphs by the caller).  Offsets are relative to
 * TEXT; sentence numbers count from the document's start. */
int frex_worker_segment(frex_worker *w, const char *text, size_t len,
                        unsigned flags, const frex_tokens **tokens,
                        const frex_entities **entities);

/* Norm (NFC, French lowercase, apostrophes unified to ') of TEXT[0..len):
 * *NORM is borrowed and valid until the worker's next call that normalizes
 * or stems; it may point into TEXT itself (lowercase ASCII), so it is not
 * NUL-terminated: use *NORMLEN. */
int frex_worker_norm(frex_worker *w, const char *text, size_t len,
                     const char **norm, size_t *normlen);
/* Snowball French stem of a norm (lowercase NFC); borrowed, valid until the
 * worker's next stem call.  Results are cached per worker. */
int frex_worker_stem(frex_worker *w, const char *norm, size_t len,
                     const char **stem, size_t *stemlen);

/* ---------------------------------------------------------------- input */

/* The input boundary: whatever bytes a file, a stream or a --lines record
 * holds become segments of valid UTF-8, and nothing after it thinks about
 * encodings.  Policy (SPEC "Robustness"; README "Encodings and offsets"):
 *
 *  - Encodings are decided on evidence, from the first segment: a UTF-8
 *    or UTF-16 byte-order mark; UTF-16 without a BOM from its NUL pattern
 *    (NULs at every other byte); CP1252 when the bytes that are not UTF-8
 *    read as French text (accented letters inside words, or an elision's
 *    apostrophe, o-e joined, a euro sign after a number, guillemets against
 *    a space) and far outnumber well-formed
 *    UTF-8 sequences (ICU's charset detector breaks close calls).  A file
 *    that is UTF-8 apart from a few stray bytes stays UTF-8.
 *  - UTF-8 is used in place: offsets are the file's own byte offsets.  A
 *    BOM stays in the buffer (the tokenizer treats it as a space).  Each
 *    invalid byte and each NUL is replaced in place by the one byte U+001A
 *    SUBSTITUTE, so every other offset still points into the file.
 *  - UTF-16 and CP1252/Latin-1 are transcoded with ICU; offsets then refer
 *    to the UTF-8 text frex made (a UTF-16 BOM becomes U+FEFF, 3 bytes).
 *    Units a converter cannot decode become U+FFFD.
 *  - Binary files (executables, archives, images, PDF: by magic number, or
 *    a head dense in NULs and control bytes) are skipped, as grep does.
 *  - CR LF needs nothing: CR is a separator for the tokenizer.
 *
 * Invalid bytes, NULs and skipped binary files are errors (the document
 * was not read as it is: the CLI's exit status 1); a transcoded document
 * is a warning.  Both are reported through callbacks, once per document,
 * with the byte offset of the first occurrence in the input. */

typedef enum {
  FREX_ENC_AUTO,    /* decide on evidence (above) */
  FREX_ENC_UTF8,
  FREX_ENC_CP1252,
  FREX_ENC_LATIN1,
  FREX_ENC_UTF16LE,
  FREX_ENC_UTF16BE
} frex_encoding;

/* Parse an --encoding name ("auto", "utf-8", "cp1252", "latin1", ...);
 * false when unknown. */
bool frex_encoding_parse(const char *name, frex_encoding *enc);
/* "UTF-8", "windows-1252", ... (static). */
const char *frex_encoding_name(frex_encoding enc);

/* Default size of a segment: the most a reader holds of a document. */
#define FREX_SEGMENT_SIZE (4u << 20)

typedef struct frex_reader_options {
  frex_encoding encoding; /* FREX_ENC_AUTO, or forced: then no binary
                             check and no detection (a UTF-16 BOM still
                             means UTF-16) */
  size_t segment;         /* bytes per segment; 0 = FREX_SEGMENT_SIZE */
  frex_warn_fn warn;      /* warnings: "not UTF-8: decoded as ..."; may
                             be NULL */
  void *warn_ctx;
  frex_warn_fn error;     /* errors: bytes replaced, binary file skipped;
                             may be NULL */
  void *error_ctx;
} frex_reader_options;

/* Reads documents one at a time, in segments of at most options.segment
 * bytes cut between paragraphs (else lines, sentences, words, characters),
 * so memory is bounded by the segment size whatever the document's size.
 * One reader per thread; reuse it for every document. */
typedef struct frex_reader frex_reader;

int frex_reader_new(frex_reader **out, const frex_reader_options *o);
void frex_reader_free(frex_reader *r);

/* A source of bytes: read up to N bytes into BUF, set *GOT (0 at the end)
 * and return FREX_OK, or FREX_E_IO with errno set. */
typedef int (*frex_read_fn)(void *ctx, char *buf, size_t n, size_t *got);

/* Flags of the frex_reader_open functions. */
#define FREX_INPUT_RECORD 1u /* a --lines record: never UTF-16 (a line of
                                UTF-16 cannot be cut out of a byte stream)
                                and never skipped as binary */

/* Start reading a document from file descriptor FD (not closed), from a
 * callback, or from memory.  NAME names it in messages and is borrowed
 * until the document ends.  DATA (open_mem) is repaired in place (invalid
 * bytes become U+001A) and must stay valid until the document ends. */
int frex_reader_open_fd(frex_reader *r, int fd, const char *name,
                        unsigned flags);
int frex_reader_open_fn(frex_reader *r, frex_read_fn fn, void *ctx,
                        const char *name, unsigned flags);
int frex_reader_open_mem(frex_reader *r, char *data, size_t len,
                         const char *name, unsigned flags);

/* One segment of a document, as frex_worker_segment takes it. */
typedef struct frex_segment {
  const char *text; /* valid UTF-8, borrowed until the next
                       frex_reader_next on this reader */
  size_t len;
  size_t base;      /* offset of TEXT in the document's UTF-8 text: add it
                       to the segment's offsets */
  unsigned flags;   /* 0 for the first segment, FREX_SEG_CONTINUE after */
} frex_segment;

/* The next segment of the document: returns 1 and fills *SEG, or 0 at the
 * end of the document (when its errors are reported), or a negative
 * FREX_E_* (FREX_E_IO: the source failed, errno set; the document ends
 * there).  A document yields at least one segment (empty for an empty
 * file) unless it is skipped as binary. */
int frex_reader_next(frex_reader *r, frex_segment *seg);

/* What a reader found in the current (or last) document. */
typedef struct frex_input_stats {
  unsigned long long bytes; /* read from the source so far */
  frex_encoding encoding;   /* as decided on the first segment */
  bool detected;            /* the encoding was decided, not forced */
  bool binary;              /* skipped as a binary file */
  size_t invalid;           /* invalid bytes replaced */
  size_t first_invalid;     /* offset of the first, in the input */
  size_t nuls;              /* NUL bytes replaced */
  size_t first_nul;
  size_t undefined;         /* bytes undefined in windows-1252 (0x81, 0x8D,
                               0x8F, 0x90, 0x9D) replaced by U+001A */
  size_t first_undefined;
  size_t controls;          /* control bytes other than NUL (the C0
                               controls but TAB, LF, VT, FF, CR, SUB and
                               ESC; DEL) replaced by U+001A */
  size_t first_control;
} frex_input_stats;

/* Borrowed, valid until the next frex_reader_open. */
const frex_input_stats *frex_reader_stats(const frex_reader *r);
/* FREX_OK when the document was read as it is; FREX_E_ENCODING when bytes
 * were replaced or it was skipped as binary. */
int frex_reader_status(const frex_reader *r);

/* --------------------------------------------------------------- output */

/* Output formats.  HTML (issue 16) is a page for people: one
 * self-contained HTML5 document (inline CSS, no script, nothing fetched)
 * showing each document's text with its entity rows as <mark> elements;
 * entity rows only, written from segments (frex_writer_segment), since it
 * needs the text.  See "HTML" below. */
typedef enum { FREX_FMT_TSV, FREX_FMT_JSONL, FREX_FMT_HTML } frex_format;

/* What rows a writer writes. */
typedef enum { FREX_ROWS_ENTITIES, FREX_ROWS_TOKENS } frex_rows;

/* The columns of each row kind, in output order: one table gives the TSV
 * header, the TSV fields, the JSONL keys, the fast TSV token writer's
 * order and frex stem's column positions (SPEC "Token TSV", "Entity
 * TSV"). */
enum {
  FREX_TOKCOL_DOC, FREX_TOKCOL_SENT, FREX_TOKCOL_START, FREX_TOKCOL_END,
  FREX_TOKCOL_CLASS, FREX_TOKCOL_TOKEN, FREX_TOKCOL_NORM, FREX_TOKCOL_STEM,
  FREX_TOKCOLS
};
enum {
  FREX_ENTCOL_DOC, FREX_ENTCOL_START, FREX_ENTCOL_END, FREX_ENTCOL_TYPE,
  FREX_ENTCOL_TEXT, FREX_ENTCOL_VALUE, FREX_ENTCOL_UNIT,
  FREX_ENTCOLS
};
/* "doc", "sent", ... (static); NULL past the last column. */
const char *frex_column_name(frex_rows rows, unsigned col);
/* Number of columns of ROWS. */
unsigned frex_column_count(frex_rows rows);

/* Undo TSV escaping (\t \n \r \\) of S[0..n) in place; returns the new
 * length. */
size_t frex_tsv_unescape(char *s, size_t n);
/* Append S[0..n) escaped for a TSV field. */
int frex_tsv_escape(frex_buf *b, const char *s, size_t n);

/* What frex_utf8_repair replaced: counts, and the offset of the first of
 * each kind (BASE added). */
typedef struct frex_repair_stats {
  size_t invalid, first_invalid;   /* bytes not in well-formed UTF-8 */
  size_t nuls, first_nul;          /* NUL bytes */
  size_t controls, first_control;  /* C0 controls but TAB..CR, SUB, ESC;
                                      and DEL */
} frex_repair_stats;
/* Make S[0..n) valid UTF-8 in place, as the input stage makes UTF-8 text
 * (README "Encodings and offsets"): each invalid byte, NUL and stray
 * control byte becomes U+001A (SUBSTITUTE, one byte: lengths and offsets
 * do not change).  For text that did not come through frex_reader (token
 * TSV read back by frex stem).  BASE is S's offset in its input.  Adds to
 * *ST (zero it first).  S should hold whole characters: a sequence cut at
 * S's end is replaced. */
void frex_utf8_repair(char *s, size_t n, size_t base, frex_repair_stats *st);

/* Where a writer's bytes go: FREX_OK, or FREX_E_IO (errno set). */
typedef int (*frex_write_fn)(void *ctx, const char *data, size_t len);

typedef struct frex_writer_options {
  frex_format format;
  frex_rows rows;
  bool no_header;  /* TSV: no header line (JSONL has none) */
  bool stems;      /* token rows: fill the stem column of WORD tokens
                      (frex run); else it is empty (frex tokenize) */
  FILE *file;      /* bytes go to FILE (not closed), or else to */
  frex_write_fn write; /* WRITE(WRITE_CTX, ...) */
  void *write_ctx;
  size_t buffer;   /* bytes held before they are handed on; 0 = 64 KB */
} frex_writer_options;

/* Formats rows of one output stream.  Calls, in order:
 *
 *   frex_writer_begin                       once per output stream
 *   per document:
 *     frex_writer_doc_begin(ID)
 *     frex_writer_segment(...)              per segment (or the row
 *                                           calls frex_writer_token /
 *                                           frex_writer_entity)
 *     frex_writer_doc_end
 *   frex_writer_end                         once per output stream
 *   frex_writer_flush                       hand held bytes on
 *
 * Bytes are held in the writer and handed to the file or callback when
 * options.buffer is reached, at frex_writer_flush and frex_writer_end.
 * A writer is used by one thread at a time.  Several writers may feed one
 * output, each writing whole documents that the caller puts in order
 * (frex's -j workers do, then write the pieces in input order): call
 * begin and end on one writer only, the one that writes first and last.
 *
 * Every call returns FREX_OK or a negative FREX_E_*: FREX_E_IO when the
 * file or callback failed (the error is sticky: later calls return it and
 * write nothing), FREX_E_NOMEM.
 *
 * Adding a format (as HTML was, src/html.c): a format is a table of hooks in
 * src/writer.h (begin, doc_begin, segment, token, entity, doc_end, end),
 * chosen once by frex_writer_new.  The per-document hooks are what a
 * renderer needs: doc_begin gets the document id, segment gets each
 * segment's text with its entities and tokens (so the text between marks
 * can be written; segments follow one another and cover the document),
 * doc_end closes the document (a summary of what it held), begin and end
 * frame the whole output.  TSV and JSONL ignore the text and write rows. */
typedef struct frex_writer frex_writer;

int frex_writer_new(frex_writer **out, const frex_writer_options *o);
/* Frees without flushing: flush or end first to keep held bytes. */
void frex_writer_free(frex_writer *w);

/* The output's start: the TSV header line (unless no_header). */
int frex_writer_begin(frex_writer *w);
/* Start document ID (copied). */
int frex_writer_doc_begin(frex_writer *w, const char *id);
/* True when an id ID[0..n) (a file name, a --lines id) is written byte
 * for byte in FORMAT (escapes aside): always in TSV; in JSONL and HTML
 * only when it is UTF-8, since there a byte that is not is written as
 * U+FFFD (two ids may then read the same). */
bool frex_format_keeps_id(frex_format format, const char *id, size_t n);
/* Rows of one segment: TEXT[0..len) is the segment (its rows' offsets
 * index it; BASE is added to them, as frex_segment.base), TOKENS and
 * ENTITIES what frex_worker_segment returned for it (either may be NULL).
 * Token rows take their norm and stem from worker WK (NULL for entity
 * rows). */
int frex_writer_segment(frex_writer *w, frex_worker *wk, const char *text,
                        size_t len, size_t base, const frex_tokens *tokens,
                        const frex_entities *entities);
/* One row of the current document, for callers that make their own rows:
 * TEXT is what the offsets index, plus BASE.  NORM (and STEM, which may be
 * NULL) are the token's norm and stem. */
int frex_writer_token(frex_writer *w, const char *text, size_t base,
                      const frex_token *t, const char *norm, size_t normlen,
                      const char *stem, size_t stemlen);
int frex_writer_entity(frex_writer *w, const char *text, size_t base,
                       const frex_entity *e); /* HTML: FREX_E_ARG */
int frex_writer_doc_end(frex_writer *w);
/* The output's end (nothing for TSV and JSONL); then flushes. */
int frex_writer_end(frex_writer *w);
/* Hand held bytes to the file (fflush'd too) or callback. */
int frex_writer_flush(frex_writer *w);

/* Documents in one output are numbered from 1 in output order; HTML uses
 * the number in each document's anchor ("d12") and its table of contents.
 * A writer numbers the documents it writes on from the last one (from 1);
 * writers that share an output (-j) are told the number of the next
 * document they write, in output order.  FREX_E_ARG when N is 0. */
int frex_writer_set_doc_number(frex_writer *w, unsigned long long n);

/* The table of contents that ends an HTML page (one entry per document,
 * the first FREX_CONTENTS_MAX listed, the others counted) is written by the
 * writer that calls end, from the entries it holds: those of the documents
 * it wrote, and those handed to it.  When several writers share an output,
 * move each one's entries (opaque bytes; none for TSV and JSONL) after a
 * batch of whole documents with frex_writer_take_contents (appended to
 * OUT, and dropped from W), and hand them in output order to the writer
 * that calls end with frex_writer_add_contents. */
#define FREX_CONTENTS_MAX 10000
int frex_writer_take_contents(frex_writer *w, frex_buf *out);
int frex_writer_add_contents(frex_writer *w, const char *data, size_t len);

/* HTML (FREX_FMT_HTML), one page per output:
 *  - begin writes the head (inline CSS, the legend of the four types),
 *    each document a <section id="dN" data-doc="ID"> with the id as an
 *    <h2>, its text in a <div class="text"> and a table of its entities
 *    per type (written last, shown first), end the table of contents
 *    when the output held more than one document.
 *  - Every entity row is a <mark> whose data-start, data-end, data-type,
 *    data-value and data-unit attributes are its TSV fields (names from
 *    the column table), with a title shown on hover.  Overlapping rows
 *    nest; where spans cross, the one that must close first splits the
 *    others: each piece after the first is another mark with the same
 *    attributes and class="cont", so the marks without "cont" are the
 *    rows, one each.
 *  - The text is the document's, escaped (& < > and " in attributes), so
 *    the textContent of div.text is the document's text, with two
 *    differences that HTML itself imposes: CR LF and CR become LF (as an
 *    HTML parser reads them), and characters HTML does not allow in a
 *    document (controls other than TAB, LF, FF, CR; noncharacters such
 *    as U+FFFE), among them U+001A where the reader replaced an invalid
 *    byte, show as U+FFFD; so do bytes that are not UTF-8 in ids and
 *    values.  The same rules apply to attribute values.
 *  - Memory does not grow with a document: text is written as it comes,
 *    segment by segment, and an entity lies within its segment. */

/* Versions of the libraries frex runs with, e.g. "72.1". */
const char *frex_icu_version(void);
const char *frex_pcre2_version(void);

#ifdef __cplusplus
}
#endif
#endif /* FREX_H */
