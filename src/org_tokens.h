/*
 * org_tokens.h — what the COMPANY/AGENCY matcher and rules know of one
 * document's tokens: a per-document cache of each token's matching key and
 * word-family facts (computed on first use), and the token predicates
 * every rule asks (capitalised, joined to the previous token, in a word
 * family...).  Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_TOKENS_H
#define FREX_ORG_TOKENS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "dict.h"
#include "frex.h"
#include "org_words.h"

/* What the matcher and the rules learn about one token, computed on first
 * use: its matching key and the key's hash, which word families hold the
 * key, which rule word it is.  Not zeroed: a field is read only once the
 * token's org_keys.state says it is set (zeroing a record per token cost
 * more than the stage's dictionary look-ups). */
typedef struct org_tinfo {
  uint32_t koff;  /* the key: keys->bytes.ptr + koff, KLEN bytes */
  uint32_t khash; /* frex_dict_hash of the key, for every table it meets */
  uint32_t lists; /* word-family bits (L_*) */
  uint8_t klen;   /* 0 when the key does not fit FREX_KEY_MAX */
  uint8_t word;   /* an org_word, or ORG_W_NONE */
  uint8_t head;   /* public-body head index + 1, or 0 */
} org_tinfo;
enum { /* bits of org_keys.state: which facts of a token are known */
       ORG_K_KEY = 1,       /* koff, khash, klen */
       ORG_K_INFO = 2,      /* lists, word, head */
       ORG_K_ADJ_KNOWN = 4, /* the adjective-ending test was made... */
       ORG_K_ADJ = 8,       /* ...and passed */
       ORG_K_JOINED_KNOWN = 16, /* frex_org_joined was computed (always,
                                   by frex_org_classify)... */
       ORG_K_JOINED = 32,       /* ...and is true */
       ORG_K_CAP = 64,          /* the token is a capitalised WORD */
       ORG_K_LOWER = 128        /* the token is a lowercase WORD */
};
/* The class bits of a token: ORG_K_JOINED_KNOWN always, ORG_K_JOINED (the
 * token and the one before it may belong to one name), ORG_K_CAP and
 * ORG_K_LOWER (what frex_org_tcap_slow and frex_org_tlower_slow say of a
 * WORD).  frex_org_classify fills them for every token of a document,
 * once, when frex_org_extract makes the state array (in place of zeroing
 * it); the rules then read frex_org_joined, frex_org_tcap and
 * frex_org_tlower as one load and a bit test, instead of looking at the
 * token, its first byte and the gap before it again at each question
 * (millions of questions for 856,000 tokens on the bench slice).  The
 * other bits stay lazy: they need the key or a word table. */

/* Matching keys of single tokens and their facts, computed once per
 * document on first use (the rules ask about the same token many times). */
typedef struct org_keys {
  org_tinfo *info; /* one per token, uninitialised: see STATE */
  uint8_t *state;  /* one per token, ORG_K_* bits: frex_org_classify sets
                    * the class bits, the lazy ones start clear */
  frex_buf bytes;  /* the keys */
  char scratch[FREX_KEY_MAX + 8]; /* a key that could not be cached */
  /* Runs of capitalised words ask the same questions from each of their
   * tokens: what a walk over the run learnt, for the walks from the next
   * tokens.  [LEGAL_FROM, LEGAL_TO): no legal form or designator ahead of
   * any of these tokens (org_legal.c); [EN_FROM, EN_TO): no English head
   * word in the run from there (org_bodies.c). */
  size_t legal_from, legal_to, en_from, en_to;
  /* key hashes of the names the document gives persons, sorted, read on
   * the first need (org_acts.c) */
  uint32_t *persons;
  size_t npersons;
  bool persons_read;
  /* one per token, filled by frex_org_classify with STATE: frex_org_first's
   * byte, read by every word-family question before the key is made */
  uint8_t *first;
} org_keys;

/* What every rule sees of one document.  Read-only during a call, except
 * for the caches in KEYS. */
typedef struct org_ctx {
  const frex_dict *dict;
  const org_words *w;
  const char *text;
  const frex_token *tok;
  size_t n;       /* tokens */
  size_t first;   /* first token at or after doc->body */
  org_keys *keys; /* per-token caches, sized for N tokens */
  /* FREX_DICT_HEAD_BITS bits: frex_dict_lower_head's set plus the bits of
   * frex_org_head_prefix's prefixes: a lowercase token whose bit is clear
   * passes neither test */
  const uint8_t *lower_starts;
  /* the same bits for the first tokens of the names that start with a
   * number: [0] names of one token (3M), [1] of more (21st Century Fox,
   * whose second word is capitalised); FREX_DICT_HEAD_BITS / 8 bytes each */
  const uint8_t (*digit_starts)[FREX_DICT_HEAD_BITS / 8];
  /* per dictionary entry, the first entry of the same canonical name:
   * entries of one organisation from several files share it */
  const uint32_t *org_of;
  size_t text_len; /* TEXT[0..text_len) may be read */
} org_ctx;

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

/* Fill the class bits (ORG_K_JOINED_KNOWN, ORG_K_JOINED, ORG_K_CAP,
 * ORG_K_LOWER) of every token of C, overwriting C->keys->state: the other
 * bits start clear, as with a zeroed array; and C->keys->first, each
 * token's first byte through frex_org_ascii_key.  Once per document. */
void frex_org_classify(const org_ctx *c);

/* Look token I's key up in the word table, once (org_tokens.c). */
void frex_org_info_fill(const org_ctx *c, size_t i);

/* The lowercase first key byte of token I when its first byte is printable
 * ASCII, else 0 (then nothing is known without the key). */
static inline unsigned char frex_org_first(const org_ctx *c, size_t i) {
  return c->keys->first[i]; /* frex_org_classify's */
}

/* Token I's word-family bits among LISTS (0 past the last token).  When its
 * first byte tells that the key is in none of LISTS, nothing is computed. */
static inline uint32_t frex_org_lists(const org_ctx *c, size_t i,
                                      uint32_t lists) {
  if (i >= c->n)
    return 0;
  if (!(c->keys->state[i] & ORG_K_INFO)) {
    unsigned char f = frex_org_first(c, i);
    if (f && !(c->w->first_lists[f] & lists))
      return 0; /* the first byte tells: most questions end here */
    frex_org_info_fill(c, i);
  }
  return c->keys->info[i].lists & lists;
}

/* Token I is in one of the word families LISTS. */
static inline bool frex_org_in(const org_ctx *c, size_t i, uint32_t lists) {
  return frex_org_lists(c, i, lists) != 0;
}

/* Token I exists and its key is the rule word W (never ORG_W_NONE). */
static inline bool frex_org_tis(const org_ctx *c, size_t i, org_word w) {
  if (i >= c->n)
    return false;
  if (!(c->keys->state[i] & ORG_K_INFO)) {
    unsigned char f = frex_org_first(c, i);
    if (f && !(c->w->first_words[f] >> w & 1))
      return false;
    frex_org_info_fill(c, i);
  }
  return c->keys->info[i].word == w;
}

/* The bit of rule word W in a set of words (frex_org_word_in). */
#define ORG_WBIT(w) (1ull << ORG_W_##w)
_Static_assert(ORG_W_COUNT <= 64, "rule words are bits of a uint64_t");
/* Token I's rule word when it is one of WORDS (ORG_WBIT bits), else
 * ORG_W_NONE: frex_org_tis for several words at one look. */
static inline org_word frex_org_word_in(const org_ctx *c, size_t i,
                                        uint64_t words) {
  if (i >= c->n)
    return ORG_W_NONE;
  if (!(c->keys->state[i] & ORG_K_INFO)) {
    unsigned char f = frex_org_first(c, i);
    if (f && !(c->w->first_words[f] & words))
      return ORG_W_NONE;
    frex_org_info_fill(c, i);
  }
  org_word w = (org_word)c->keys->info[i].word;
  return words >> w & 1 ? w : ORG_W_NONE;
}

/* The public-body head at token I (frex_org_heads), or NULL. */
static inline const org_head *frex_org_head_at(const org_ctx *c, size_t i) {
  if (i >= c->n)
    return NULL;
  if (!(c->keys->state[i] & ORG_K_INFO)) {
    unsigned char f = frex_org_first(c, i);
    if (f && !c->w->first_head[f])
      return NULL;
    frex_org_info_fill(c, i);
  }
  unsigned h = c->keys->info[i].head;
  return h ? &frex_org_heads[h - 1] : NULL;
}

/* Token I is a WORD starting with an uppercase (or titlecase) letter: its
 * class bit (frex_org_classify; the definition is frex_org_tcap_slow's). */
bool frex_org_tcap_slow(const org_ctx *c, size_t i);
static inline bool frex_org_tcap(const org_ctx *c, size_t i) {
  return i < c->n && (c->keys->state[i] & ORG_K_CAP);
}
/* Token I is a WORD starting with a lowercase letter (the same way). */
bool frex_org_tlower_slow(const org_ctx *c, size_t i);
static inline bool frex_org_tlower(const org_ctx *c, size_t i) {
  return i < c->n && (c->keys->state[i] & ORG_K_LOWER);
}
/* Tokens I-1 and I may belong to one name: same sentence, no line break
 * between them.  Inline: asked about most tokens the rules look at, and
 * several times each (3.5 million times for 856,000 tokens on the bench
 * slice), so the answer is a class bit (frex_org_classify; the definition
 * is frex_org_joined_slow's). */
bool frex_org_joined_slow(const org_ctx *c, size_t i);
static inline bool frex_org_joined(const org_ctx *c, size_t i) {
  return i < c->n && (c->keys->state[i] & ORG_K_JOINED);
}
/* Token I's text is exactly S. */
static inline bool frex_org_text_is(const org_ctx *c, size_t i, const char *s) {
  if (i >= c->n)
    return false;
  const frex_token *t = &c->tok[i];
  if (c->text[t->start] != s[0]) /* most calls end here */
    return false;
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(c->text + t->start, s, n) == 0;
}
/* Token I's key is one of WORDS (NULL-terminated): for the few closed
 * words a rule names that are no word family (auxiliaries, sous). */
bool frex_org_key_in(const org_ctx *c, size_t i, const char *const *words);
/* A closed list of keys, for frex_org_key_in_set: frex_org_key_in's
 * answer by the key's hash (a probe or two) instead of a walk over the
 * list, for the long lists asked at many tokens; the table is built on
 * first use (any thread).  Declare one static, ORG_KEYSET(list). */
typedef struct org_keyset {
  const char *const *words; /* NULL-terminated, as frex_org_key_in's */
  _Atomic int ready;        /* the table below is built */
  bool linear;              /* too many words for the table: walk them */
  uint64_t first[4];        /* bits of the words' first bytes */
  uint32_t hash[256];       /* frex_dict_hash of the word in SLOT */
  uint8_t slot[256];        /* a word's index + 1, 0 for an empty slot */
  uint64_t pair[4];         /* bits of the words' first two bytes (ORG_PAIR) */
} org_keyset;
#define ORG_KEYSET(list) {(list), 0, false, {0}, {0}, {0}, {0}}
/* A bit for a key's first two bytes (the second 0 for a one-byte key). */
#define ORG_PAIR(a, b) ((uint8_t)((unsigned)(a) * 31u + (unsigned)(b)))
/* frex_org_key_in(C, I, SET->words), the same answer. */
bool frex_org_key_in_set(const org_ctx *c, size_t i, org_keyset *set);
/* Tokens A and B have the same text. */
static inline bool frex_org_same_text(const org_ctx *c, size_t a, size_t b) {
  const frex_token *x = &c->tok[a], *y = &c->tok[b];
  return x->end - x->start == y->end - y->start &&
         c->text[x->start] == c->text[y->start] &&
         memcmp(c->text + x->start, c->text + y->start, x->end - x->start) == 0;
}
/* Token I opens a sentence, a line, a quotation or follows a colon: a
 * capital there says little. */
bool frex_org_sent_start_slow(const org_ctx *c, size_t i);
static inline bool frex_org_sent_start(const org_ctx *c, size_t i) {
  if (i <= c->first || !frex_org_joined(c, i))
    return true;
  /* the openers' first bytes (frex_org_sent_start_slow's list): any other
   * byte before I is no opener, without a call (exact; asked at most
   * capitalised words) */
  unsigned char b = (unsigned char)c->text[c->tok[i - 1].start];
  if (b < 0x40)
    return (1ull << b) & (1ull << ':' | 1ull << '"' | 1ull << '-' |
                          1ull << '*' | 1ull << '#' | 1ull << '\'' |
                          1ull << '(')
               ? frex_org_sent_start_slow(c, i)
               : false;
  return b == '[' || b == '|' || b == 0xC2 || b == 0xE2
             ? frex_org_sent_start_slow(c, i)
             : false;
}
/* Token I is short printable ASCII (at most N bytes): de, le, la, et, à
 * is not; a test on the text alone, before any key is computed. */
static inline bool frex_org_short_ascii(const org_ctx *c, size_t i, size_t n) {
  const frex_token *t = &c->tok[i];
  if (t->end - t->start > n)
    return false;
  for (size_t b = t->start; b < t->end; b++)
    if ((unsigned char)c->text[b] >= 0x80)
      return false;
  return true;
}
/* Token I is a French or English function word (le, de, selon, the...). */
static inline bool frex_org_function_word(const org_ctx *c, size_t i) {
  return frex_org_in(c, i, L_FUNCTION);
}
/* A word that may be part of a proper name: capitalised, or a number
 * inside one (3M, Studio 71), never a function word. */
static inline bool frex_org_name_word(const org_ctx *c, size_t i) {
  if (i >= c->n)
    return false;
  if (c->tok[i].cls == FREX_TOK_NUM)
    return true;
  return frex_org_tcap(c, i) && !frex_org_function_word(c, i);
}
/* An acronym as defined in parentheses: capitals, at least two, maybe
 * digits, & or - (AWS, DOD, C2E). */
bool frex_org_acronym_like(const org_ctx *c, size_t i);
/* Token I, a number, counts something (IBM 3 millions, PSA 3 usines, 2 000
 * salariés): a name does not take it in. */
bool frex_org_counting_number(const org_ctx *c, size_t i);

/* Token I is a lowercase adjective: by its ending (spatiale, européenne)
 * or listed (russe, libre).  Participles with their complement are not
 * (chargée d'examiner). */
bool frex_org_adj_like(const org_ctx *c, size_t i);
bool frex_org_lower_adj(const org_ctx *c, size_t i);
/* Token I is a lowercase adjective of nationality (afghan, britannique,
 * américaine), which may end a public body's name (SPEC). */
static inline bool frex_org_nationality(const org_ctx *c, size_t i) {
  return frex_org_tlower(c, i) && frex_org_in(c, i, L_NATION);
}
/* The nationality at I is French (français, française...). */
bool frex_org_french(const org_ctx *c, size_t i);

#endif
