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
 * Text model.  A document is one buffer of valid UTF-8 (src/input.c makes it
 * so: a UTF-8 BOM is skipped, UTF-16 and CP1252/Latin-1 are transcoded, and
 * each invalid byte or NUL is replaced in place by the single byte U+001A
 * SUBSTITUTE, so offsets of everything else still point into the file's own
 * bytes).  Every offset in tokens and entities is a byte offset [start, end)
 * into that buffer.
 */
#ifndef FREX_H
#define FREX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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
 * FREX_DCT_NONE); false if malformed. */
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
  frex_warn_fn warn;         /* may be NULL */
  void *warn_ctx;
} frex_config;

/* Shared, read-only after creation: compiled patterns and dictionaries.
 * One per process; any number of workers use it at once. */
typedef struct frex_pipeline frex_pipeline;

/* On failure *OUT is NULL and, when ERR is not NULL, a one-line message
 * (e.g. "dict/orgs.tsv: line 12: missing type") is written to ERR. */
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

/* Versions of the libraries frex runs with, e.g. "72.1". */
const char *frex_icu_version(void);
const char *frex_pcre2_version(void);

#ifdef __cplusplus
}
#endif
#endif /* FREX_H */
