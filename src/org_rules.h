/*
 * org_rules.h — token predicates and the rules that find organisation names
 * not in the dictionary (legal forms, cue phrases, French public-body heads,
 * English titles), shared by org.c.  Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_RULES_H
#define FREX_ORG_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "dict.h"
#include "frex.h"

/* What the matcher and the rules learn about one token, computed on first
 * use (see org_rules.c): its matching key and the key's hash, which word
 * lists hold the key, which rule word it is.  Not zeroed: a field is read
 * only once the token's org_keys.state says it is set (zeroing a record per
 * token cost more than the stage's dictionary look-ups). */
typedef struct org_tinfo {
  uint32_t koff;  /* the key: keys->bytes.ptr + koff, KLEN bytes */
  uint32_t khash; /* frex_dict_hash of the key, for every table it meets */
  uint32_t lists; /* word-list bits (org_rules.c) */
  uint8_t klen;   /* 0 when the key does not fit FREX_KEY_MAX */
  uint8_t word;   /* an org_word, or ORG_W_NONE */
  uint8_t head;   /* public-body head index + 1, or 0 */
} org_tinfo;
enum { /* bits of org_keys.state: which fields of a token's org_tinfo are
        * set; org_rules.c keeps facts of its own in the higher bits */
  ORG_K_KEY = 1, /* koff, khash, klen */
  ORG_K_INFO = 2 /* lists, word, head */
};

/* Matching keys of single tokens and their facts, computed once per
 * document on first use (the rules ask about the same token many times). */
typedef struct org_keys {
  org_tinfo *info; /* one per token, uninitialised: see STATE */
  uint8_t *state;  /* one per token, zeroed: ORG_K_* bits, nothing known */
  frex_buf bytes;  /* the keys */
  char scratch[FREX_KEY_MAX + 8]; /* a key that could not be cached */
} org_keys;

/* What every rule sees of one document.  Read-only during a call, except
 * for the caches in KEYS. */
typedef struct org_ctx {
  const frex_dict *dict;
  const char *text;
  const frex_token *tok;
  size_t n;       /* tokens */
  size_t first;   /* first token at or after doc->body */
  org_keys *keys; /* per-token caches, sized for N tokens */
  /* FREX_DICT_HEAD_BITS bits: frex_dict_lower_head's set plus the bits of
   * frex_org_head_prefix's prefixes: a lowercase token whose bit is clear
   * passes neither test */
  const uint8_t *lower_starts;
} org_ctx;

/* The words the rules (and org.c) test tokens against, by matching key. */
typedef enum org_word {
  ORG_W_NONE,
  ORG_W_A, /* à */
  ORG_W_AGENCE,
  ORG_W_AND,
  ORG_W_CHARGE,
  ORG_W_CHARGEE,
  ORG_W_COMMA, /* "," */
  ORG_W_D,     /* d' */
  ORG_W_DE,
  ORG_W_DES,
  ORG_W_DU,
  ORG_W_ET,
  ORG_W_GRAND,
  ORG_W_GRANDE,
  ORG_W_HAUT,
  ORG_W_HAUTE,
  ORG_W_L, /* l' */
  ORG_W_LA,
  ORG_W_LE,
  ORG_W_LES,
  ORG_W_MOTEUR,
  ORG_W_NOTATION,
  ORG_W_OF,
  ORG_W_OU,
  ORG_W_PAR,
  ORG_W_POUR,
  ORG_W_PRESSE,
  ORG_W_RECHERCHE,
  ORG_W_REGULATEUR,
  ORG_W_RESEAU,
  ORG_W_SA,
  ORG_W_SE,
  ORG_W_SOCIAL,
  ORG_W_SUR,
  ORG_W_THE,
  ORG_W_COUNT
} org_word;

/* Build the process-wide word tables; call (any number of times, from any
 * thread) before the first rule runs. */
void frex_org_rules_init(void);

/* A span of tokens [t0, t1) found by a rule, with its type. */
typedef struct org_span {
  size_t t0, t1;
  frex_entity_type type;
} org_span;

/* The matching key of token I (cached); its length in *N, 0 when it does
 * not fit FREX_KEY_MAX; its frex_dict_hash in *HASH.  Valid until the next
 * key is computed. */
const char *frex_org_tkey_slow(const org_ctx *c, size_t i, size_t *n,
                               uint32_t *hash);
static inline const char *frex_org_tkey(const org_ctx *c, size_t i, size_t *n,
                                        uint32_t *hash) {
  if (!(c->keys->state[i] & ORG_K_KEY)) /* the first time: compute it */
    return frex_org_tkey_slow(c, i, n, hash);
  const org_tinfo *t = &c->keys->info[i];
  *n = t->klen;
  *hash = t->khash;
  return c->keys->bytes.ptr + t->koff;
}
/* The key of printable ASCII bytes (0x21..0x7F: themselves, lowercase);
 * 0 for the others, which need frex_key.  Set by frex_org_rules_init. */
extern char frex_org_ascii_key[256];
/* Token I exists and its key is the word W. */
bool frex_org_tis(const org_ctx *c, size_t i, org_word w);
/* Token I starts with an uppercase (or titlecase) letter. */
bool frex_org_tcap_slow(const org_ctx *c, size_t i);
static inline bool frex_org_tcap(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i].start];
  /* ASCII here; the rest asks ICU, out of line */
  return b < 0x80 ? b >= 'A' && b <= 'Z' : frex_org_tcap_slow(c, i);
}
/* Token I is a WORD starting with a lowercase letter. */
bool frex_org_tlower_slow(const org_ctx *c, size_t i);
static inline bool frex_org_tlower(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i].start];
  return b < 0x80 ? b >= 'a' && b <= 'z' : frex_org_tlower_slow(c, i);
}
/* Tokens I-1 and I may belong to one name: same sentence, no line break
 * between them.  Inline: asked about most tokens the rules look at. */
static inline bool frex_org_joined(const org_ctx *c, size_t i) {
  if (i == 0 || i >= c->n || c->tok[i].sent != c->tok[i - 1].sent)
    return false;
  /* A line break ends a name: titles, list items and page chrome are
   * written one per line.  Most gaps are empty or one space. */
  size_t a = c->tok[i - 1].end, b = c->tok[i].start;
  if (b - a <= 1)
    return b == a || c->text[a] != '\n';
  return !memchr(c->text + a, '\n', b - a);
}
/* Token I opens a sentence, a line, a quotation or follows a colon: a
 * capital there says little. */
bool frex_org_sent_start(const org_ctx *c, size_t i);
/* Token I is a French or English function word (le, de, selon, the...). */
bool frex_org_function_word(const org_ctx *c, size_t i);

/* Token I is a lowercase adjective of nationality (afghan, britannique,
 * américaine), which may end a public body's name (SPEC). */
bool frex_org_nationality(const org_ctx *c, size_t i);

/* "du Burundi", "de Russie", "des États-Unis" at token I: one capitalised
 * word after de/du/des; the end of that word, or 0. */
size_t frex_org_country_after(const org_ctx *c, size_t i);

/* An acronym as defined in parentheses: capitals, at least two, maybe
 * digits, & or - (AWS, DOD, C2E). */
bool frex_org_acronym_like(const org_ctx *c, size_t i);

/* Token I names a platform or product, not its company: "sur Facebook",
 * "l'application X", "le réseau social X" (SPEC: products are not
 * extracted). */
bool frex_org_platform_before(const org_ctx *c, size_t i);

/* A context cue right before token I (le groupe X, l'opérateur X, selon le
 * X, la société américaine X) that makes a capitalised X a company. */
bool frex_org_cue_before(const org_ctx *c, size_t i);
/* Token I is a legal form (SA, Inc., GmbH...). */
bool frex_org_legal_form(const org_ctx *c, size_t i);
/* The legal-form rule at I: capitalised words ending in a legal form
 * (Amazon Mobile LLC).  On success *LEGAL is the legal form's index. */
bool frex_org_rule_legal(const org_ctx *c, size_t i, org_span *s,
                         size_t *legal);
/* H (a key's first three bytes) starts a public-body head word (ministère,
 * tribunal, agence...): a lowercase token worth trying the rules at. */
bool frex_org_head_prefix(const unsigned char h[3]);
/* Set the bits (frex_dict_head_bit) of the head words' prefixes in SET. */
void frex_org_head_prefix_bits(uint8_t *set);
/* Cue phrases (la société X, l'agence X), French public-body heads
 * (ministère de la Défense, Autorité de la concurrence) and English titles
 * (Government Accountability Office): the longest span starting at I. */
bool frex_org_rule_name(const org_ctx *c, size_t i, org_span *s);

#endif
