/*
 * dict.h — the organisation dictionary (dict/README.md): TSV files of
 * canonical name, type, aliases, id, flags, source, loaded once into a
 * read-only hash table keyed by the matching key of each alias, then shared
 * by every thread.
 */
#ifndef FREX_DICT_H
#define FREX_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "frex.h"

/* Entry flags (column 5). */
enum {
  FREX_DICT_AMBIGUOUS = 1, /* names are also common words: need a cue */
  FREX_DICT_NOCASE = 2,    /* match short all-caps aliases in any case */
  /* with ambiguous: only a mention at a sentence start needs a cue; one
   * inside a sentence is capitalised as a name is (Safran, Shell: no
   * person, place or title is written so) */
  FREX_DICT_MIDSENTENCE = 4
};

/* How the text's capitalisation must look for an alias to match. */
typedef enum {
  FREX_CASE_CAP,   /* first letter of the mention uppercase (Amazon) */
  FREX_CASE_UPPER, /* every letter uppercase: all-caps alias of <= 5
                      letters (NSA, FT, AWS) */
  FREX_CASE_EXACT, /* same upper/lower pattern: a capital inside a word
                      (DoD, DuPont, McDonald's) */
  FREX_CASE_ANY    /* alias starts lowercase (département de la Défense), or
                      the entry is nocase */
} frex_case_mode;

#define FREX_DICT_NONE UINT32_MAX

typedef struct frex_dict_entry {
  const char *canonical; /* NUL-terminated, owned by the dictionary */
  const char *id;        /* "" when none */
  frex_entity_type type; /* FREX_ENT_COMPANY or FREX_ENT_AGENCY */
  unsigned flags;        /* FREX_DICT_* */
} frex_dict_entry;

typedef struct frex_dict_alias {
  const char *surface; /* the alias as written in the file */
  uint32_t entry;      /* index into the entries */
  uint32_t next;       /* next alias with the same key, or FREX_DICT_NONE */
  frex_case_mode mode;
} frex_dict_alias;

typedef struct frex_dict frex_dict;

int frex_dict_new(frex_dict **out);
void frex_dict_free(frex_dict *d);

/* Load one TSV file (a leading UTF-8 BOM is skipped).  On a malformed line,
 * returns FREX_E_DICT and writes "PATH: line N: what is wrong" to ERR; on a
 * read error, FREX_E_IO and "PATH: strerror".  Entries loaded before the
 * error stay loaded.  On success, when the file's entries repeat names of
 * the built-in dictionary (frex_dict_load_dir's), one warning line saying
 * so is appended to ERR (after a newline if ERR holds one already). */
int frex_dict_load_file(frex_dict *d, const char *path, char *err,
                        size_t errlen);
/* Load every *.tsv file of DIR in byte-wise sorted name order. */
int frex_dict_load_dir(frex_dict *d, const char *dir, char *err, size_t errlen);

/* Result of a lookup: the first alias whose key is KEY (FREX_DICT_NONE if
 * none), and whether KEY is a proper prefix of some alias key, ending at a
 * place where the tokenizer may cut (so a longer match may follow). */
typedef struct frex_dict_hit {
  uint32_t alias;
  bool prefix;
} frex_dict_hit;

/* Look up a matching key; a miss gives {FREX_DICT_NONE, false}. */
frex_dict_hit frex_dict_lookup(const frex_dict *d, const char *key, size_t len);
/* The same with the key's hash, frex_dict_hash(frex_hash_bytes(KEY)), known
 * already: the matcher hashes each token's key once for all its uses. */
frex_dict_hit frex_dict_lookup_hashed(const frex_dict *d, const char *key,
                                      size_t len, uint32_t hash);
/* The table's 32-bit hash from a key's frex_hash_bytes (never 0). */
static inline uint32_t frex_dict_hash(uint64_t h) {
  /* fold the high bits in (FNV-1a's low bits alone cluster); 0 is taken */
  uint32_t v = (uint32_t)(h ^ (h >> 32));
  return v ? v : 1u;
}
/* True if some alias that may match a lowercase first word (FREX_CASE_ANY
 * or EXACT) starts with a token whose key begins with HEAD3 (the key's first
 * three bytes, zero-padded): a cheap filter run on every lowercase token. */
bool frex_dict_lower_head(const frex_dict *d, const unsigned char head3[3]);

/* The set behind frex_dict_lower_head: FREX_DICT_HEAD_BITS bits, bit
 * frex_dict_head_bit(HEAD3) standing for HEAD3 (a hash: others share it),
 * for callers that merge it into a filter of their own. */
#define FREX_DICT_HEAD_BITS 65536
const uint8_t *frex_dict_lower_head_set(const frex_dict *d);
/* Inline: the matcher asks it for most tokens. */
static inline unsigned frex_dict_head_bit(const unsigned char head3[3]) {
  uint32_t v = (uint32_t)head3[0] << 16 | (uint32_t)head3[1] << 8 | head3[2];
  return (v * 2654435761u) >> 16; /* 16 bits: 65536-bit set */
}

const frex_dict_entry *frex_dict_entry_at(const frex_dict *d, uint32_t i);
const frex_dict_alias *frex_dict_alias_at(const frex_dict *d, uint32_t i);
size_t frex_dict_entry_count(const frex_dict *d);
size_t frex_dict_alias_count(const frex_dict *d);

/* Longest matching key, in bytes: longer aliases are rejected at load
 * time, so the matcher never builds a longer key. */
#define FREX_KEY_MAX 255

/* Write the matching key of S[0..len) (valid UTF-8) to OUT[0..cap):
 * lowercase, accents and other combining marks removed (é→e, Ç→c, NFD input
 * too), œ/æ/ß spelled oe/ae/ss, apostrophes unified to ', dashes to -, every
 * run of white space turned into one space and none at either end.  The same
 * function keys the dictionary and the text, so they always agree.  ASCII
 * never touches ICU.  Returns the key length, or a value > CAP when the key
 * does not fit (OUT then holds a truncated key).  Not NUL-terminated. */
size_t frex_key(const char *s, size_t len, char *out, size_t cap);

/* The first three bytes of the key of S[0..len), zero-padded. */
void frex_key_head3(const char *s, size_t len, unsigned char head3[3]);

#endif
