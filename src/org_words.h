/*
 * org_words.h — the word families of the COMPANY/AGENCY rules (listed in
 * org_words.def, each word once with its role) as one hash table of
 * matching keys, built once per frex_org and read-only afterwards.
 * Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_WORDS_H
#define FREX_ORG_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The words the code names (org_words.def WORD lines): ORG_W_DE... */
typedef enum org_word {
  ORG_W_NONE,
#define WORD(name, key) ORG_W_##name,
#define LIST(family, key)
#define HEAD(key, flags)
#define LEGAL(text)
#define SUFFIX(family, text)
#define NATION(key)
#define ACTS(key)
#define NEWS(kind, key)
#include "org_words.def"
#undef WORD
#undef LIST
#undef HEAD
#undef LEGAL
#undef SUFFIX
#undef NATION
#undef ACTS
#undef NEWS
  ORG_W_COUNT
} org_word;

/* Word families (org_words.def LIST lines, and NATION): bits of
 * org_tinfo.lists. */
enum {
  L_FUNCTION = 1u << 0,
  L_NOT_NAME = 1u << 1,
  L_COMPANY_CUE = 1u << 2,
  L_CUE_NEEDS_DE = 1u << 3,
  L_AGENCY_CUE = 1u << 4,
  L_MEDIA_COMP = 1u << 5,
  L_CUE_NEG = 1u << 6,
  L_CUE_MOD = 1u << 7,
  L_APPOS_CUE = 1u << 8,
  L_WEAK_CUE = 1u << 9,
  L_DETERMINER = 1u << 10,
  L_ADJ_WORD = 1u << 11,
  L_NATION = 1u << 12, /* NATION lines, their regular forms, NATION_FORM */
  L_NOT_COMPLEMENT = 1u << 13,
  L_EN_HEAD = 1u << 14,
  L_EN_LINK = 1u << 15,
  L_SECTOR = 1u << 16,

  L_TITLE = 1u << 17,
  L_PLACE_PREP = 1u << 18,
  L_NAME_HEAD = 1u << 19,
  L_PORTFOLIO = 1u << 20,
  L_SCALE = 1u << 21,
  L_PRE_ADJ = 1u << 22,
  L_PORTFOLIO_ADJ = 1u << 23,
  L_TITLE_NEG = 1u << 24,
  L_DESIGNATOR = 1u << 25,
  L_CUE_NEEDS_MOD = 1u << 26,
  L_MEMBER = 1u << 27,
  L_MOVEMENT = 1u << 28,
  L_PARTICLE = 1u << 29,
  L_PLACE_NOUN = 1u << 30
};
/* past an int enumerator's range (ISO C) */
#define L_CUE_PERSON (1u << 31)
#define L_NATION_FORM L_NATION

/* Public-body head flags (org_words.def HEAD lines; org_bodies.c). */
enum {
  H_ANYCASE = 1, /* "le ministère de la Défense": the head may be lowercase */
  H_NEEDADJ = 2, /* needs an adjective right after (Direction générale) */
  H_BARE = 4,    /* capitalised mid-sentence, a name alone (le Parlement) */
  H_PLACE = 8,   /* lowercase but ending in a place: le tribunal
                    correctionnel de Nanterre, la cour d'appel de Paris */
  H_SHORT = 16,  /* "la Commission" after "la Commission européenne": a
                    short form of the one body of that head in a document */
  H_CAPONLY = 32,    /* a body's name only capitalised (Mission, Opération) */
  H_NATION = 64,     /* a name with a nationality, even lowercase: l'armée
                        turque, le parlement catalan (SPEC "Whose body") */
  H_SHORTONLY = 128, /* a head for short forms only, not for the body rule
                        (l'Union: parties and unions are no public body) */
  H_MOVEMENT = 256,  /* its names may hold a MOVEMENT word: ministère des
                        Forces armées révolutionnaires */
  H_METROPOLE = 2048, /* Métropole: also after its town's name (Rennes
                         Métropole: the span starts before the head) */
  H_PLACE_LATE = 1024, /* H_PLACE, the place after an adjective or a
                          complement: la brigade criminelle de Paris, not
                          la brigade de Marc */
  H_ACRONYM = 512,   /* a local body's acronym, capitalised: a name only
                        with its place after de (le TGI de Paris, l'ARS
                        d'Île-de-France, le CHU de Nantes) */
  H_ACTING = 4096,   /* a place's word, a body only when it acts or funds:
                        le canton du Valais apportera, la commune de
                        Mont-Noble a voté (not dans la commune de X) */
};

/* Roles of the NEWS lines of org_words.def (org_news.c): words of the
 * business around a name that no per-token bit holds, looked up by key
 * only where a rule needs them. */
enum {
  N_ACRO_CUE = 1 << 0,  /* a cue noun written in capitals: la PME X */
  N_STAFF = 1 << 1,     /* les salariés de X: a one-word name */
  N_BOSS = 1 << 2,      /* le patron de X: a name of several words too */
  N_BOSS_TITLE = 1 << 3, /* directeur, before général de X */
  N_GENERAL = 1 << 4,   /* général(e) after N_BOSS_TITLE */
  N_INSOLV = 1 << 5,    /* la liquidation de X, placé en liquidation */
  N_JUDICIAL = 1 << 6,  /* judiciaire, after an N_INSOLV word */
  N_PLACED = 1 << 7,    /* placé(e)(s): placé X en / X a été placée en */
  N_LISTED = 1 << 8,    /* introduite, cotée: X a été introduite en Bourse */
  N_MARKET = 1 << 9,    /* Bourse, Euronext, Nasdaq */
  N_IPO = 1 << 10,      /* introduction, entrée: ... en Bourse de X */
  N_STOCK = 1 << 11,    /* l'action X, le titre X */
  N_MOVE = 1 << 12,     /* what a share does: a chuté, recule */
  N_SITE = 1 << 13,     /* l'usine X de <place> */
  N_SEAT = 1 << 14,     /* siège, before social de X */
  N_AUX = 1 << 15,      /* a, été, est: between a name and N_PLACED */
  N_ASKED = 1 << 16,    /* interrogé, before par X: a medium (org_cues.c) */
  N_ON_AIR = 1 << 17,   /* micro, plateau, antenne, before de X: a medium */
  N_BOARD = 1 << 18,    /* directoire; surveillance, administration after
                           conseil de: a company's board, before de X */
  N_EARN_NOUN = 1 << 19, /* chiffre, bénéfice, résultat, capitalisation */
  N_EARN_ADJ = 1 << 20, /* net, boursière, affaires after N_EARN_NOUN */
  N_HOLIDAY = 1 << 21,  /* Noël, Pâques: le chiffre d'affaires de Noël */
  N_JOB = 1 << 22,      /* travaille, ingénieur, analyste, before chez X */
  N_CLIENT = 1 << 23,   /* clients, abonnés, before de X: evidence for an
                           ambiguous name (les clients de Free) */
  N_SINGULAR = 1 << 24, /* a company cue noun whose plural is no cue (les
                           maisons Dupont et Martin: org_words.c) */
  N_NAME_PREFIX = 1 << 25, /* Éditions, Laboratoires: a capitalised trade
                             that starts a company's name (les Éditions
                             Zorg, les Laboratoires Servier) */
  N_OPA = 1 << 26,       /* OPA, OPE: l'OPA de X sur Y, une OPA hostile
                            sur Y */
  N_PLURAL_MADE = 1 << 27, /* a plural cue made by org_words.c (not a NEWS
                             line): it names a list (les équipementiers X
                             et Y), not one name (les fournisseurs de
                             tronc SIP) */
  N_DEAL = 1 << 28,  /* rachat, acquisition, reprise, celui: le rachat de X
                        par Y names both sides (org_cues.c) */
  N_MERGE = 1 << 29, /* fusion, rapprochement: la fusion entre X et Y, le
                        rapprochement de X avec Y */
  N_OWNERS = 1 << 30 /* actionnaires, repreneurs, créanciers: a plural of
                        those who own, buy or lend, before an apposed list
                        of names (les actionnaires sortants, X et Y, ...) */
};
/* past an int enumerator's range (ISO C): a large French town, a name a
 * club or a city council has too (le directeur financier de Marseille):
 * no company after a company's staff or management words */
#define N_TOWN (1u << 31)
/* The roles read only where a rule already stands (the word before de,
 * par, a comma): frex_org_news_at, with no three-byte filter, so that
 * their keys (ces-sion, con-seils, qui-mper, aux-erre) do not make the
 * filter of frex_org_news pass common words. */
#define ORG_NEWS_AT_RULE (N_DEAL | N_MERGE | N_OWNERS | N_TOWN)

typedef struct org_head {
  const char *key;
  unsigned flags;
} org_head;

/* Heads, in org_words.def order; org_tinfo.head is an index + 1. */
extern const org_head frex_org_heads[];

/* Legal forms, in org_words.def order, NULL-terminated. */
extern const char *const frex_org_legal_forms[];

/* The key of printable ASCII bytes (0x21..0x7F: themselves, lowercase);
 * 0 for the others, which need frex_key.  A constant table. */
extern const char frex_org_ascii_key[256];

/* An adjective ending list indexed by last byte: only the few suffixes
 * ending like the word are compared. */
typedef struct org_suffix {
  const char *s;
  size_t len;
} org_suffix;
typedef struct org_suffix_set {
  const org_suffix *list; /* {NULL, 0}-terminated, at most 64 */
  uint64_t by_last[256];  /* bit K: list[K] ends with that byte */
} org_suffix_set;

typedef struct org_word_entry {
  const char *key; /* NULL: an empty slot */
  uint32_t hash;   /* frex_dict_hash of the key, as tokens carry it */
  uint32_t len;
  uint32_t lists;
  uint8_t word, head;
  bool acts; /* an ACTS line: a verb an organisation is the subject of */
  uint32_t news; /* NEWS lines: the N_* roles of the key (org_news.c) */
} org_word_entry;

#define ORG_WORDS_CAP 8192 /* power of two, over twice the keys listed */
#define ORG_HEAD3_CAP 128 /* power of two, over twice the heads */
#define ORG_FIRST_NAMES_CAP 8192 /* power of two, over twice the first names */

/* The first names of src/org_first_names.def (org_cues.c), NULL-ended. */
extern const char *const frex_org_first_names[];

/* The table and the facts derived from it.  Built by frex_org_words_build
 * (frex_org_new), read-only afterwards: shared by every thread. */
typedef struct org_words {
  org_word_entry table[ORG_WORDS_CAP];
  uint8_t hash_bits[65536 / 8]; /* bit H & 0xFFFF: some key hashes to H */
  size_t used;
  size_t max_len; /* longest key in the table */
  /* What a key starting with byte B may be (a token's key starts with its
   * first byte in lowercase when that byte is printable ASCII): most
   * questions about a token the rules reach only as a neighbour are
   * answered so, without computing its key. */
  uint32_t first_lists[256];
  uint64_t first_words[256]; /* bit W: some rule word W starts so */
  bool first_head[256];
  uint32_t head3[ORG_HEAD3_CAP]; /* heads' first three key bytes, packed */
  /* Bit N of legal_first[B] (legal_last[B]): some legal form is N bytes
   * long and starts (ends) with byte B. */
  uint16_t legal_first[256], legal_last[256];
  org_suffix_set adj; /* SUFFIX(ADJ) */
  /* frex_dict_head_bit bits of the first three key bytes of the cue nouns,
   * nationalities and listed cue modifiers (org_cues.c): a lowercase token
   * whose bit is clear is none of them, known at no cost */
  uint8_t cue_starts[65536 / 8];
  /* and of those three bytes with the last two (frex_org_cue_tail_bit):
   * a token whose last two bytes are printable ASCII (they are then the
   * key's last two bytes, lowercase) and whose bit is clear is none of
   * them either */
  uint8_t cue_tails[65536 / 8];
  /* the same for the words of a minister's title (ministre, secrétaire):
   * org_bodies.c's portfolio rule is tried only after one */
  uint8_t minister_starts[65536 / 8];
  /* the same for the keys of the NEWS lines (org_news.c): a token whose
   * bit is clear has no NEWS role, known before its key is computed */
  uint8_t news_starts[65536 / 8];
  /* The key byte of the Latin-1 letter "\xC3" 0x80+K (é: e), as frex_key
   * gives it, or 0 where that key is not one byte (æ, ß, ×): the common
   * accented letters keyed without frex_key (frex_org_key_head3). */
  char latin1_key[64];
  char *keys; /* the generated nationality forms, one allocation */
  /* frex_org_first_names by key hash (open addressing; index + 1, 0 for
   * an empty slot).  The rules ask whether a name's first word is a first
   * name thousands of times a document (a person, not a firm: first_name
   * in org_cues.c); the token's key hash is at hand, so a probe or two
   * answers, where a binary search over 2,800 keys took a dozen strcmp. */
  uint16_t first_names[ORG_FIRST_NAMES_CAP];
} org_words;

/* The bit of cue_tails for a key starting with H (three bytes, zero
 * padded) and ending in bytes A, B. */
static inline unsigned frex_org_cue_tail_bit(const unsigned char h[3],
                                             unsigned char a, unsigned char b) {
  uint64_t v = (uint64_t)h[0] << 32 | (uint64_t)h[1] << 24 |
               (uint64_t)h[2] << 16 | (uint64_t)a << 8 | b;
  return (unsigned)((v * 0x9E3779B97F4A7C15ull) >> 48);
}

/* Fill W: FREX_OK or FREX_E_NOMEM.  (Lists that outgrow the table's
 * capacity are a programming error: abort, as test_org shows at once.) */
int frex_org_words_build(org_words *w);
void frex_org_words_free(org_words *w);

/* The entry of key K (N bytes, frex_dict_hash H), or NULL.  Inline: the
 * hash bits answer most look-ups (most tokens are in no family). */
const org_word_entry *frex_org_words_find_slow(const org_words *w,
                                               const char *k, size_t n,
                                               uint32_t h);
static inline const org_word_entry *
frex_org_words_find(const org_words *w, const char *k, size_t n, uint32_t h) {
  if (!(w->hash_bits[(h >> 3) & 8191] >> (h & 7) & 1))
    return NULL;
  return frex_org_words_find_slow(w, k, n, h);
}

/* Key K (N bytes, frex_dict_hash H) is a first name (frex_org_first_names). */
bool frex_org_words_first_name(const org_words *w, const char *k, size_t n,
                               uint32_t h);

/* frex_key_head3, with printable ASCII and the Latin-1 letters of
 * LATIN1_KEY keyed inline: most words. */
void frex_org_key_head3_slow(const org_words *w, const char *s, size_t len,
                             unsigned char h[3]);
static inline void frex_org_key_head3(const org_words *w, const char *s,
                                      size_t len, unsigned char h[3]) {
  const unsigned char *u = (const unsigned char *)s;
  h[0] = (unsigned char)frex_org_ascii_key[u[0]];
  h[1] = len > 1 ? (unsigned char)frex_org_ascii_key[u[1]] : 0;
  h[2] = len > 2 ? (unsigned char)frex_org_ascii_key[u[2]] : 0;
  if (!h[0] || (len > 1 && !h[1]) || (len > 2 && !h[2]))
    frex_org_key_head3_slow(w, s, len, h);
}

/* H (a key's first three bytes) starts a public-body head word. */
bool frex_org_head_prefix(const org_words *w, const unsigned char h[3]);
/* Set the bits (frex_dict_head_bit) of the head words' prefixes in SET
 * (not the acronyms': they are capitalised, and the scan visits those). */
void frex_org_head_prefix_bits(uint8_t *set);

/* S[0..n) ends with a suffix of SET leaving more than KEEP bytes. */
bool frex_org_ends_with_any(const char *s, size_t n, const org_suffix_set *set,
                            size_t keep);

#endif
