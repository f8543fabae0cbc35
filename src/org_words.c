/*
 * org_words.c — the word families of org_words.def as one hash table of
 * matching keys (frex_key: lowercase, accents removed), so that a token's
 * key is looked up once per document and the rules then test bits instead
 * of hashing the same key once per list.  Profiled: word-list look-ups
 * were over a third of the COMPANY/AGENCY stage before the table.
 */
#include "org_words.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "frex.h"
#include "strmap.h"

/* ------------------------------------------------------- constant data */

/* printable ASCII keys itself in lowercase; the rest needs frex_key */
#define AK(b)                                                                  \
  (char)((b) < 0x21 || (b) > 0x7F   ? 0                                        \
         : (b) >= 'A' && (b) <= 'Z' ? (b) + 32                                 \
                                    : (b))
#define AK4(b) AK(b), AK((b) + 1), AK((b) + 2), AK((b) + 3)
#define AK16(b) AK4(b), AK4((b) + 4), AK4((b) + 8), AK4((b) + 12)
#define AK64(b) AK16(b), AK16((b) + 16), AK16((b) + 32), AK16((b) + 48)
const char frex_org_ascii_key[256] = {AK64(0), AK64(64), AK64(128), AK64(192)};

/* Each table below takes one kind of line of org_words.def: the other
 * macros expand to nothing. */
#define WORD(name, key)
#define LIST(family, key)
#define HEAD(key, flags)
#define LEGAL(text)
#define SUFFIX(family, text)
#define NATION(key)
#define ACTS(key)
#define NEWS(kind, key)

#undef HEAD
#define HEAD(key, flags) {key, flags},
const org_head frex_org_heads[] = {
#include "org_words.def"
    {NULL, 0}};
#undef HEAD
#define HEAD(key, flags)

#undef LEGAL
#define LEGAL(text) text,
const char *const frex_org_legal_forms[] = {
#include "org_words.def"
    NULL};
#undef LEGAL
#define LEGAL(text)

#undef WORD
#define WORD(name, key) [ORG_W_##name] = key,
static const char *const word_keys[ORG_W_COUNT] = {
#include "org_words.def"
};
#undef WORD
#define WORD(name, key)

typedef struct list_word {
  uint32_t family;
  const char *key;
} list_word;
#undef LIST
#define LIST(family, key) {L_##family, key},
static const list_word list_words[] = {
#include "org_words.def"
    {0, NULL}};
#undef LIST
#define LIST(family, key)

#undef NATION
#define NATION(key) key,
static const char *const nations[] = {
#include "org_words.def"
    NULL};
#undef NATION
#define NATION(key)

#undef SUFFIX
#define SUFFIX(family, text) {text, sizeof text - 1},
static const org_suffix adj_suffixes[] = {
#include "org_words.def"
    {NULL, 0}};
#undef SUFFIX
#define SUFFIX(family, text)

#undef ACTS
#define ACTS(key) key,
static const char *const acts_keys[] = {
#include "org_words.def"
    NULL};
#undef ACTS
#define ACTS(key)

typedef struct news_word {
  uint32_t kind;
  const char *key;
} news_word;
#undef NEWS
#define NEWS(kind, key) {N_##kind, key},
static const news_word news_words[] = {
#include "org_words.def"
    {0, NULL}};

#undef WORD
#undef LIST
#undef HEAD
#undef LEGAL
#undef SUFFIX
#undef NATION
#undef ACTS
#undef NEWS

/* ------------------------------------------------------------ the table */

/* A[0..N) == B[0..N): the table's keys are short words (a libc memcmp
 * call cost more than the compare, once per token found in the table) */
static inline bool same_key(const char *a, const char *b, size_t n) {
  for (size_t j = 0; j < n; j++)
    if (a[j] != b[j])
      return false;
  return true;
}

static inline org_word_entry *slot(org_words *w, const char *k, size_t n,
                                   uint32_t h) {
  size_t i = (h ^ h >> 16) & (ORG_WORDS_CAP - 1);
  while (w->table[i].key && !(w->table[i].hash == h && w->table[i].len == n &&
                              same_key(w->table[i].key, k, n)))
    i = (i + 1) & (ORG_WORDS_CAP - 1);
  return &w->table[i];
}

const org_word_entry *frex_org_words_find_slow(const org_words *w,
                                               const char *k, size_t n,
                                               uint32_t h) {
  if (!n || n > w->max_len)
    return NULL;
  const org_word_entry *e = slot((org_words *)w, k, n, h);
  return e->key ? e : NULL;
}

/* Record that KEY is in LISTS, is rule word WORD, or head HEAD (0: not). */
static void add(org_words *w, const char *key, uint32_t lists, uint8_t word,
                uint8_t head) {
  size_t n = strlen(key);
  uint32_t h = frex_dict_hash(frex_hash_bytes(key, n));
  org_word_entry *e = slot(w, key, n, h);
  w->hash_bits[(h >> 3) & 8191] |= (uint8_t)(1u << (h & 7));
  if (!e->key) {
    if (++w->used * 2 > ORG_WORDS_CAP)
      abort(); /* a programming error: raise ORG_WORDS_CAP */
    *e = (org_word_entry){key, h, (uint32_t)n, 0, ORG_W_NONE, 0, false, 0};
    if (n > w->max_len)
      w->max_len = n;
  }
  e->lists |= lists;
  if (word)
    e->word = word;
  if (head)
    e->head = head;
  unsigned char f = (unsigned char)key[0];
  w->first_lists[f] |= lists;
  if (word)
    w->first_words[f] |= 1ull << word;
  if (head)
    w->first_head[f] = true;
}

static uint32_t pack3(const unsigned char h[3]) {
  return (uint32_t)h[0] << 16 | (uint32_t)h[1] << 8 | h[2];
}

static uint32_t *head3_slot(uint32_t *set, uint32_t v) {
  size_t i = (v * 2654435761u) >> 25; /* 7 bits: ORG_HEAD3_CAP */
  while (set[i] && set[i] != v)
    i = (i + 1) & (ORG_HEAD3_CAP - 1);
  return &set[i];
}

bool frex_org_head_prefix(const org_words *w, const unsigned char h[3]) {
  if (h[0] < 'a' || h[0] > 'z' || !w->first_head[h[0]])
    return false;
  return *head3_slot((uint32_t *)w->head3, pack3(h)) != 0;
}

void frex_org_head_prefix_bits(uint8_t *set) {
  for (const org_head *x = frex_org_heads; x->key; x++) {
    /* capitalised: the scan visits it anyway; but "la région Bretagne a
     * voté" names the council in lowercase too (rule_acronym) */
    if ((x->flags & H_ACRONYM) && strcmp(x->key, "region") != 0)
      continue;
    unsigned b = frex_dict_head_bit((const unsigned char *)x->key);
    set[b >> 3] |= (uint8_t)(1u << (b & 7));
  }
}

static void suffix_set_build(org_suffix_set *set, const org_suffix *list) {
  set->list = list;
  for (size_t k = 0; list[k].s; k++) {
    if (k >= 64 || list[k].len < 2)
      abort(); /* a programming error: widen by_last, or see ends_with */
    set->by_last[(unsigned char)list[k].s[list[k].len - 1]] |= 1ull << k;
  }
}

bool frex_org_ends_with_any(const char *s, size_t n, const org_suffix_set *set,
                            size_t keep) {
  if (n < 2)
    return false;
  for (uint64_t m = set->by_last[(unsigned char)s[n - 1]]; m; m &= m - 1) {
    const org_suffix *x = &set->list[__builtin_ctzll(m)];
    /* every suffix has two bytes or more: the second-last byte settles
     * most (many end in e or s) without a memcmp call */
    if (x->len + keep < n && s[n - 2] == x->s[x->len - 2] &&
        memcmp(s + n - x->len, x->s, x->len) == 0)
      return true;
  }
  return false;
}

/* The regular feminine and plural keys of nationality N (masculine
 * singular) written to OUT, NUL-separated; returns the bytes written. */
static size_t nation_forms(const char *n, char *out) {
  size_t len = strlen(n), k = 0;
  const char *fem = "e";
  if (len >= 2 && strcmp(n + len - 2, "en") == 0)
    fem = "ne"; /* italien → italienne, coréen → coréenne */
  else if (n[len - 1] == 'e')
    fem = ""; /* belge, russe */
  const char *forms[3][2] = {{fem, ""}, {"", "s"}, {fem, "s"}};
  for (int f = 0; f < 3; f++) {
    /* français: no -s added in the plural */
    const char *pl = n[len - 1] == 's' ? "" : forms[f][1];
    if (!*forms[f][0] && !*pl)
      continue;
    memcpy(out + k, n, len);
    k += len;
    for (const char *p = forms[f][0]; *p; p++)
      out[k++] = *p;
    for (const char *p = pl; *p; p++)
      out[k++] = *p;
    out[k++] = '\0';
  }
  return k;
}

/* The plural of every company cue noun (les équipementiers X et Y, les
 * cimentiers X, Y et Z), made here as nation_forms makes the feminines:
 * the key + s, in the cue families of its singular, when the key ends in
 * no s, x, z, -al or -au (fonds, journal, réseau: listed by hand when
 * needed).  Not leader and numéro, whose rules read the singular word
 * (le leader mondial du luxe X; les leaders du marché are people), nor
 * the trades of people (CUE_PERSON: les joailliers X et Jean Y), nor
 * the nouns of things as well as of companies (NEWS SINGULAR: les maisons
 * Dupont et Martin, les sites Natura 2000).  Writes the keys at P;
 * returns the end. */
static char *cue_plurals(org_words *w, char *p) {
  const uint32_t fam = L_COMPANY_CUE | L_CUE_NEEDS_DE | L_CUE_NEEDS_MOD;
  for (const list_word *x = list_words; x->key; x++) {
    if (!(x->family & L_COMPANY_CUE))
      continue;
    size_t n = strlen(x->key);
    char z = x->key[n - 1];
    if (z == 's' || z == 'x' || z == 'z' || (n >= 2 && x->key[n - 2] == 'a' &&
                                             (z == 'l' || z == 'u')) ||
        strcmp(x->key, "leader") == 0 || strcmp(x->key, "numero") == 0)
      continue;
    /* the singular's cue families, from every line (added before) */
    const org_word_entry *e =
        slot(w, x->key, n, frex_dict_hash(frex_hash_bytes(x->key, n)));
    if (e->news & N_SINGULAR)
      continue;
    /* a trade of people in the plural (les fromagers X et Y, les
     * grossistes X et Y) keeps CUE_PERSON: a list of one-word names,
     * no first name (not les joailliers X et Jean Y).  Not the trades
     * whose plural names people as often (les investisseurs Niel et
     * Pigasse, les restaurateurs Bocuse et Troisgros, les spécialistes) */
    static const char *const people[] = {"investisseur", "restaurateur",
                                         "specialiste", NULL};
    bool person = false;
    for (const char *const *q = people; *q; q++)
      person = person || strcmp(x->key, *q) == 0;
    if (person)
      continue;
    uint32_t lists = e->lists & (fam | L_CUE_PERSON);
    memcpy(p, x->key, n);
    p[n] = 's';
    p[n + 1] = '\0';
    org_word_entry *pl =
        slot(w, p, n + 1, frex_dict_hash(frex_hash_bytes(p, n + 1)));
    /* by hand too: groupes, hypermarchés (a LIST line; a NEWS line alone,
     * OWNERS fournisseurs, banques, is not) */
    bool listed = pl->key != NULL && (pl->lists || pl->word || pl->head);
    add(w, p, lists, ORG_W_NONE, 0);
    if (!listed) {
      pl->news |= N_PLURAL_MADE;
      unsigned char h[3] = {(unsigned char)p[0], (unsigned char)p[1],
                            (unsigned char)p[2]};
      unsigned bit = frex_dict_head_bit(h);
      w->news_starts[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    }
    p += n + 2;
  }
  return p;
}

int frex_org_words_build(org_words *w) {
  memset(w, 0, sizeof *w);
  for (const list_word *x = list_words; x->key; x++)
    add(w, x->key, x->family, ORG_W_NONE, 0);
  for (int i = ORG_W_NONE + 1; i < ORG_W_COUNT; i++)
    add(w, word_keys[i], 0, (uint8_t)i, 0);
  for (size_t h = 0; frex_org_heads[h].key; h++) {
    const char *k = frex_org_heads[h].key;
    add(w, k, 0, ORG_W_NONE, (uint8_t)(h + 1));
    *head3_slot(w->head3, pack3((const unsigned char *)k)) =
        pack3((const unsigned char *)k);
  }
  size_t bytes = 0;
  for (const char *const *n = nations; *n; n++)
    bytes += 3 * (strlen(*n) + 4);
  for (const list_word *x = list_words; x->key; x++)
    bytes += strlen(x->key) + 2;
  if (!(w->keys = malloc(bytes)))
    return FREX_E_NOMEM;
  char *p = w->keys;
  for (const char *const *n = nations; *n; n++) {
    add(w, *n, L_NATION, ORG_W_NONE, 0);
    size_t k = nation_forms(*n, p);
    for (char *q = p; q < p + k; q += strlen(q) + 1)
      add(w, q, L_NATION, ORG_W_NONE, 0);
    p += k;
  }
  for (const char *const *a = acts_keys; *a; a++) {
    add(w, *a, 0, ORG_W_NONE, 0);
    size_t n = strlen(*a);
    slot(w, *a, n, frex_dict_hash(frex_hash_bytes(*a, n)))->acts = true;
  }
  for (const news_word *x = news_words; x->key; x++) {
    add(w, x->key, 0, ORG_W_NONE, 0);
    size_t n = strlen(x->key);
    slot(w, x->key, n, frex_dict_hash(frex_hash_bytes(x->key, n)))->news |=
        x->kind;
    if (x->kind & ORG_NEWS_AT_RULE)
      continue; /* looked up by frex_org_news_at only: no head bit */
    unsigned char h[3] = {0, 0, 0};
    for (size_t b = 0; b < 3 && b < n; b++)
      h[b] = (unsigned char)x->key[b];
    unsigned bit = frex_dict_head_bit(h);
    w->news_starts[bit >> 3] |= (uint8_t)(1u << (bit & 7));
  }
  cue_plurals(w, p); /* after the NEWS lines: SINGULAR */
  for (size_t f = 0; frex_org_first_names[f]; f++) {
    const char *k = frex_org_first_names[f];
    size_t s = frex_dict_hash(frex_hash_bytes(k, strlen(k))) &
               (ORG_FIRST_NAMES_CAP - 1);
    if ((f + 1) * 2 > ORG_FIRST_NAMES_CAP)
      abort(); /* a programming error: raise ORG_FIRST_NAMES_CAP */
    while (w->first_names[s])
      s = (s + 1) & (ORG_FIRST_NAMES_CAP - 1);
    w->first_names[s] = (uint16_t)(f + 1);
  }
  suffix_set_build(&w->adj, adj_suffixes);
  for (unsigned k = 0; k < 64; k++) {
    char u[2] = {(char)0xC3, (char)(0x80 + k)}, key[4];
    w->latin1_key[k] = frex_key(u, 2, key, sizeof key) == 1 ? key[0] : 0;
  }
  for (size_t k = 0; k < ORG_WORDS_CAP; k++) {
    const org_word_entry *e = &w->table[k];
    bool cue = e->key && (e->lists & (L_COMPANY_CUE | L_AGENCY_CUE | L_NATION |
                                      L_CUE_MOD | L_ADJ_WORD));
    bool minister =
        e->key && (e->word == ORG_W_MINISTRE || e->word == ORG_W_MINISTRES ||
                   e->word == ORG_W_MINISTERES || e->word == ORG_W_SECRETAIRE);
    if (!cue && !minister)
      continue;
    unsigned char h[3] = {0, 0, 0};
    for (size_t b = 0; b < 3 && b < e->len; b++)
      h[b] = (unsigned char)e->key[b];
    unsigned bit = frex_dict_head_bit(h);
    uint8_t *set = cue ? w->cue_starts : w->minister_starts;
    set[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    if (cue && e->len >= 2) {
      bit = frex_org_cue_tail_bit(h, (unsigned char)e->key[e->len - 2],
                                  (unsigned char)e->key[e->len - 1]);
      w->cue_tails[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    }
  }
  for (const char *const *l = frex_org_legal_forms; *l; l++) {
    size_t n = strlen(*l);
    if (n >= 16)
      abort(); /* a programming error: widen legal_first */
    w->legal_first[(unsigned char)(*l)[0]] |= (uint16_t)(1u << n);
    w->legal_last[(unsigned char)(*l)[n - 1]] |= (uint16_t)(1u << n);
  }
  return FREX_OK;
}

void frex_org_key_head3_slow(const org_words *w, const char *s, size_t len,
                             unsigned char h[3]) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0, i = 0;
  while (n < 3 && i < len) {
    char k = (char)frex_org_ascii_key[u[i]];
    if (k) {
      i++;
    } else if (u[i] == 0xC3 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80 &&
               (k = w->latin1_key[u[i + 1] & 0x3F]) != 0) {
      i += 2;
    } else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
               (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
      k = '\''; /* U+2018, U+2019, as frex_key: l’, d’, qu’ (common) */
      i += 3;
    } else {
      frex_key_head3(s, len, h); /* anything else: the general function */
      return;
    }
    h[n++] = (unsigned char)k;
  }
  while (n < 3)
    h[n++] = 0;
}

void frex_org_words_free(org_words *w) {
  if (w) {
    free(w->keys);
    w->keys = NULL;
  }
}

bool frex_org_words_first_name(const org_words *w, const char *k, size_t n,
                               uint32_t h) {
  for (size_t s = h & (ORG_FIRST_NAMES_CAP - 1); w->first_names[s];
       s = (s + 1) & (ORG_FIRST_NAMES_CAP - 1)) {
    const char *f = frex_org_first_names[w->first_names[s] - 1];
    if (f[0] == k[0] && strncmp(f, k, n) == 0 && f[n] == '\0')
      return true;
  }
  return false;
}
