/*
 * org.c — COMPANY and AGENCY extractor (SPEC "COMPANY / AGENCY",
 * "Dictionary"; issues 5 and 11).
 *
 * One left-to-right pass over the tokenizer's tokens finds mentions: at each
 * token that could start a name (a capital, or a lowercase word that starts
 * some alias or a ministère) the longest dictionary alias wins unless a
 * legal-form name is longer (Amazon Mobile LLC over Amazon); with no alias,
 * the names joined by a hyphen are tried one by one (Renault-Nissan), then
 * the rules (org_legal.c, org_bodies.c, org_cues.c).  Then the document
 * passes of org_doc.c decide ambiguous names, learn acronyms defined in
 * parentheses, find every other mention of a name found once, and every
 * mention of one organisation gets one canonical value.
 *
 * Thread safety: the dictionary and the word table are read-only after
 * frex_org_new; a call keeps its state on the stack (the mention list
 * spills to the heap only for documents with more than 64 mentions).
 * Lowercase tokens cost a three-byte filter and no hash lookup; ASCII
 * never reaches ICU.
 */
#include "org.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dict.h"
#include "org_mention.h"
#include "strmap.h"

struct frex_org {
  frex_dict *dict;
  org_words words;
  uint8_t lower_starts[FREX_DICT_HEAD_BITS / 8];    /* see org_ctx */
  uint8_t digit_starts[2][FREX_DICT_HEAD_BITS / 8]; /* see org_ctx */
  /* The union of lower_starts, words.cue_starts and words.minister_starts:
   * a lowercase ASCII word whose head bit is clear here is no candidate,
   * no cue hint and no minister hint (next_visit) */
  uint8_t visit_starts[FREX_DICT_HEAD_BITS / 8];
  /* the key hashes of the words after the article of the dictionary's
   * newspaper titles (monde for Le Monde): a set, 0 empty */
  uint32_t *titles;
  size_t titles_cap; /* a power of two */
  uint32_t *org_of;  /* see org_ctx */
};

static uint32_t *title_slot(uint32_t *set, size_t cap, uint32_t h) {
  size_t i = (h ^ h >> 16) & (cap - 1);
  while (set[i] && set[i] != h)
    i = (i + 1) & (cap - 1);
  return &set[i];
}

/* A French newspaper title with its article (Le Monde, L'Express; not The
 * Times: title_match reads French articles only). */
static bool french_title(const char *s) {
  return frex_org_article_name(s) && strncmp(s, "The ", 4) != 0;
}

static int titles_build(frex_org *o) {
  size_t n = 0, na = frex_dict_alias_count(o->dict);
  for (uint32_t a = 0; a < na; a++)
    n += french_title(frex_dict_alias_at(o->dict, a)->surface);
  o->titles_cap = 16;
  while (o->titles_cap < 2 * n)
    o->titles_cap *= 2;
  if (!(o->titles = calloc(o->titles_cap, sizeof *o->titles)))
    return FREX_E_NOMEM;
  for (uint32_t a = 0; a < na; a++) {
    const char *s = frex_dict_alias_at(o->dict, a)->surface;
    if (!french_title(s))
      continue;
    s += strcspn(s, " '\xe2"); /* past the article: a space, ' or ’ */
    s += *s == ' ' || *s == '\'' ? 1 : 3;
    char key[FREX_KEY_MAX];
    size_t kn = frex_key(s, strcspn(s, " "), key, sizeof key);
    if (kn && kn <= sizeof key) {
      uint32_t h = frex_dict_hash(frex_hash_bytes(key, kn));
      *title_slot(o->titles, o->titles_cap, h) = h;
    }
  }
  return FREX_OK;
}

/* ORG_OF: each entry's first entry of the same canonical name (a hash of
 * the canonical names, once at start-up). */
static int org_of_build(frex_org *o) {
  size_t n = frex_dict_entry_count(o->dict), cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  uint32_t *tab = malloc(cap * sizeof *tab); /* entry + 1, 0 empty */
  if (!(o->org_of = malloc((n ? n : 1) * sizeof *o->org_of)) || !tab) {
    free(tab);
    return FREX_E_NOMEM;
  }
  memset(tab, 0, cap * sizeof *tab);
  for (uint32_t e = 0; e < n; e++) {
    const char *s = frex_dict_entry_at(o->dict, e)->canonical;
    size_t j = (size_t)frex_hash_bytes(s, strlen(s)) & (cap - 1);
    while (tab[j] &&
           strcmp(frex_dict_entry_at(o->dict, tab[j] - 1)->canonical, s) != 0)
      j = (j + 1) & (cap - 1);
    if (!tab[j])
      tab[j] = e + 1;
    o->org_of[e] = tab[j] - 1;
  }
  free(tab);
  return FREX_OK;
}

int frex_org_new(frex_org **out, const char *dict_dir, const char *const *extra,
                 size_t nextra, char *err, size_t errlen) {
  *out = NULL;
  frex_org *o = calloc(1, sizeof *o);
  if (!o)
    return FREX_E_NOMEM;
  int rc = frex_org_words_build(&o->words);
  if (!rc)
    rc = frex_dict_new(&o->dict);
  if (!rc && dict_dir)
    rc = frex_dict_load_dir(o->dict, dict_dir, err, errlen);
  for (size_t i = 0; !rc && i < nextra; i++)
    rc = frex_dict_load_file(o->dict, extra[i], err, errlen);
  if (rc) {
    frex_org_free(o);
    return rc == FREX_E_IO ? FREX_E_DICT : rc;
  }
  memcpy(o->lower_starts, frex_dict_lower_head_set(o->dict),
         sizeof o->lower_starts);
  frex_org_head_prefix_bits(o->lower_starts);
  /* names that start with a number (3M; 20 Minutes, 21st Century Fox):
   * the first three key bytes of their first token, for names of one
   * token and of more */
  for (uint32_t a = 0; a < frex_dict_alias_count(o->dict); a++) {
    const char *sf = frex_dict_alias_at(o->dict, a)->surface;
    if (*sf < '0' || *sf > '9')
      continue;
    unsigned char h[3];
    size_t n = strcspn(sf, " ");
    frex_key_head3(sf, n, h);
    unsigned b = frex_dict_head_bit(h);
    o->digit_starts[sf[n] != '\0'][b >> 3] |= (uint8_t)(1u << (b & 7));
  }
  /* derived from the very tables candidate() reads, so the two tests
   * cannot disagree (next_visit) */
  for (size_t k = 0; k < sizeof o->visit_starts; k++)
    o->visit_starts[k] = o->lower_starts[k] | o->words.cue_starts[k] |
                         o->words.minister_starts[k];
  if ((rc = titles_build(o)) != FREX_OK || (rc = org_of_build(o)) != FREX_OK) {
    frex_org_free(o);
    return rc;
  }
  *out = o;
  return FREX_OK;
}

bool frex_org_knows_word(const frex_org *o, const char *w, size_t n) {
  char key[64];
  size_t kn = frex_key(w, n, key, sizeof key);
  if (!o || kn == 0 || kn > sizeof key)
    return false;
  frex_dict_hit h = frex_dict_lookup(o->dict, key, kn);
  if (h.alias != FREX_DICT_NONE || h.prefix)
    return true;
  /* a word of the rules' families, cue or head ("minis-\ntre de la
   * Justice", "dépar-\ntement", "améri-\ncaine"), or of a rule's own
   * list ("le conseil dépar-\ntemental"): read whole */
  if (frex_org_words_find(&o->words, key, kn,
                          frex_dict_hash(frex_hash_bytes(key, kn))) != NULL)
    return true;
  for (const char *const *a = frex_org_local_adjs; *a; a++)
    if (strlen(*a) == kn && !memcmp(*a, key, kn))
      return true;
  return false;
}

void frex_org_free(frex_org *o) {
  if (!o)
    return;
  frex_dict_free(o->dict);
  frex_org_words_free(&o->words);
  free(o->titles);
  free(o->org_of);
  free(o);
}

/* ------------------------------------------------------ dictionary match */

static bool loose_start(const org_ctx *c, size_t i);

/* Token I + 1 is a capitalised word (20 Minutes).  Out of line: candidate,
 * inlined in the scan, stays small. */
static __attribute__((noinline)) bool cap_after(const org_ctx *c, size_t i) {
  return i + 1 < c->n && c->tok[i + 1].cls == FREX_TOK_WORD &&
         frex_org_tcap(c, i + 1);
}

/* 2CRSI, 6Wind, 1000mercis: digits then a capital or four letters, a
 * brand's spelling the cue rule may take (not 1er, 2e, 10h, 20km). */
static __attribute__((noinline)) bool digit_brand_maybe(const unsigned char *s,
                                                        size_t len) {
  size_t d = 0, lower = 0;
  while (d < len && s[d] >= '0' && s[d] <= '9')
    d++;
  for (size_t k = d; k < len; k++) {
    if (s[k] >= 'A' && s[k] <= 'Z')
      return d > 0;
    if (s[k] >= '0' && s[k] <= '9')
      return false; /* 1b4e28ba: a hexadecimal number */
    lower += s[k] >= 'a' && s[k] <= 'z';
  }
  return d > 0 && lower >= 4;
}

/* Could token I start a name?  The cheap filter run on every token.  *CUE
 * is set when a lowercase I may be a cue noun (org_cues.c). */
static inline __attribute__((always_inline)) bool
candidate(const org_ctx *c, size_t i, bool *cue, bool *minister,
          org_loose *loose) {
  const frex_token *t = &c->tok[i];
  *cue = *minister = false;
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  size_t len = t->end - t->start;
  if (t->cls != FREX_TOK_WORD && t->cls != FREX_TOK_NUM) {
    if (loose_start(c, i)) /* &M, -3G: an acronym's first characters */
      loose->v[loose->n++] = i;
    return false;
  }
  if (s[0] >= 'A' && s[0] <= 'Z') {
    loose->v[loose->n++] = i;
    return true;
  }
  if (s[0] >= 0x80 && frex_org_tcap(c, i)) {
    loose->v[loose->n++] = i;
    return true;
  }
  if (s[0] < 'A' && loose_start(c, i)) /* 3GPP */
    loose->v[loose->n++] = i;
  /* The key's first three bytes: for printable ASCII (0 in the table
   * otherwise) the text in lowercase, zero-padded when shorter (de, à). */
  const char *ak = frex_org_ascii_key;
  unsigned char h[3];
  frex_org_key_head3(c->w, c->text + t->start, len, h);
  unsigned bit = frex_dict_head_bit(h);
  /* & rather than &&: both sides are cheap and safe to read, and the
   * short circuit was a branch whose outcome follows the text */
  *cue = (len > 3) & (c->w->cue_starts[bit >> 3] >> (bit & 7) & 1);
  if (*cue) { /* the last two bytes tell more when they are ASCII */
    unsigned char a = (unsigned char)ak[s[len - 2]],
                  b = (unsigned char)ak[s[len - 1]];
    if (a && b) {
      unsigned tb = frex_org_cue_tail_bit(h, a, b);
      *cue = c->w->cue_tails[tb >> 3] >> (tb & 7) & 1;
    }
  }
  *minister = (len > 7) & (c->w->minister_starts[bit >> 3] >> (bit & 7) & 1);
  if (t->cls == FREX_TOK_NUM) /* 3M; 20 Minutes before a capital */
    return (c->digit_starts[0][bit >> 3] >> (bit & 7) & 1) ||
           ((c->digit_starts[1][bit >> 3] >> (bit & 7) & 1) &&
            cap_after(c, i)) ||
           (len > 1 && s[len - 1] >= 'A' && digit_brand_maybe(s, len));
  if (s[0] == 'e' && len > 4 && s[1] == 'x' && s[2] == '-')
    return true; /* ex-Faurecia: a former name, for hyphen_parts */
  if (!(c->lower_starts[bit >> 3] & (1u << (bit & 7))))
    return false; /* most lowercase words: neither test below can pass */
  /* ministère, tribunal: public-body heads that may be lowercase */
  return frex_dict_lower_head(c->dict, h) || frex_org_head_prefix(c->w, h);
}

/* Every letter of S[0..n) passes TEST (u_isupper-like); at least one. */
static bool all_letters(const char *s, size_t n, UBool (*test)(UChar32)) {
  bool any = false;
  for (int32_t i = 0; (size_t)i < n;) {
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    if (cp < 0 || !u_isalpha(cp))
      continue;
    if (!test(cp))
      return false;
    any = true;
  }
  return any;
}

static UBool is_upper(UChar32 c) { return u_isupper(c) || u_istitle(c); }

/* The next letter of S[0..n) from *I, or -1 at the end. */
static UChar32 next_letter(const char *s, size_t n, int32_t *i) {
  while ((size_t)*i < n) {
    UChar32 cp;
    U8_NEXT(s, *i, (int32_t)n, cp);
    if (cp >= 0 && u_isalpha(cp))
      return cp;
  }
  return -1;
}

/* The upper/lower pattern of the letters of A and B are the same (DoD). */
static bool same_case(const char *a, size_t an, const char *b, size_t bn) {
  int32_t i = 0, j = 0;
  for (;;) {
    UChar32 x = next_letter(a, an, &i), y = next_letter(b, bn, &j);
    if (x < 0 || y < 0)
      return x < 0 && y < 0;
    if (!!is_upper(x) != !!is_upper(y))
      return false;
  }
}

/* The first letter of the next word of S[0..n) from *I (words separated
 * by white space), or -1 at the end. */
static UChar32 next_initial(const char *s, size_t n, int32_t *i) {
  bool start = *i == 0;
  while ((size_t)*i < n) {
    UChar32 cp;
    U8_NEXT(s, *i, (int32_t)n, cp);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0)
      start = true;
    else if (start && cp >= 0 && u_isalpha(cp))
      return cp;
    else
      start = false;
  }
  return -1;
}

/* Text A writes in capitals every word that name B writes so (Feu Vert as
 * Feu Vert, not Feu vert), word by word. */
static bool initials_fit(const char *a, size_t an, const char *b, size_t bn) {
  int32_t i = 0, j = 0;
  for (;;) {
    UChar32 x = next_initial(a, an, &i), y = next_initial(b, bn, &j);
    if (x < 0 || y < 0)
      return x < 0 && y < 0;
    if (is_upper(y) && !is_upper(x))
      return false;
  }
}

bool frex_org_article_name(const char *s) {
  if (s[0] != 'L' && s[0] != 'T')
    return false; /* most names, at once */
  static const char *const arts[] = {"Le ", "La ", "Les ", "The ",
                                     "L'",  "L’",  NULL};
  for (const char *const *a = arts; *a; a++) {
    size_t k = strlen(*a);
    if (strncmp(s, *a, k) == 0) {
      UChar32 cp;
      int32_t i = 0;
      U8_NEXT(s + k, i, 4, cp);
      return cp >= 0 && is_upper(cp);
    }
  }
  return false;
}

/* The case of S[0..n) fits alias A; FIRST_NUM: it starts with a digit. */
static bool case_fits(const frex_dict_alias *a, const char *s, size_t n) {
  switch (a->mode) {
  case FREX_CASE_ANY:
    return true;
  case FREX_CASE_UPPER:
    return all_letters(s, n, is_upper);
  case FREX_CASE_EXACT:
    return same_case(s, n, a->surface, strlen(a->surface));
  case FREX_CASE_CAP:
    break;
  }
  UChar32 cp;
  int32_t i = 0;
  U8_NEXT(s, i, (int32_t)n, cp);
  return cp >= 0 && (is_upper(cp) || (cp >= '0' && cp <= '9'));
}

bool frex_org_case_ok(const org_ctx *c, const frex_dict_alias *a, size_t t0,
                      size_t t1) {
  const char *s = c->text + c->tok[t0].start;
  size_t n = c->tok[t1 - 1].end - c->tok[t0].start;
  if (a->mode != FREX_CASE_CAP)
    return case_fits(a, s, n);
  if (c->tok[t0].cls == FREX_TOK_NUM)
    return true;
  if (!frex_org_tcap(c, t0))
    return false;
  if (frex_org_article_name(a->surface))
    return t1 > t0 + 1 && frex_org_tcap(c, t0 + 1);
  /* an ambiguous name of several words keeps the capital of its last word
   * (L'opérateur Free lance une offre: "lance" is a verb, not the shoe
   * brand Free Lance; feu vert is no Feu Vert) */
  if (t1 > t0 + 1 && (frex_dict_entry_at(c->dict, a->entry)->flags &
                      FREX_DICT_AMBIGUOUS)) {
    const char *last = strrchr(a->surface, ' ');
    if (last && last[1] >= 'A' && last[1] <= 'Z' && !frex_org_tcap(c, t1 - 1))
      return false;
  }
  return true;
}

/* The longest alias starting at token I whose case fits the text; FIRST
 * is the look-up of token I's key alone when it has one (dict_match). */
static __attribute__((noinline)) bool
dict_match_walk(const org_ctx *c, size_t i, size_t *end, uint32_t *alias,
                frex_dict_hit first) {
  char key[FREX_KEY_MAX + 8]; /* zero-padded for frex_hash_padded */
  size_t kn = 0;
  bool found = false;
  /* KEY[0..KN) is the key so far, except while it is one token's key,
   * looked up where the token cache holds it (ONE): most look-ups are of
   * one token and stop there, without a copy */
  const char *one = NULL;
  for (size_t j = i; j < c->n && j < i + 32; j++) {
    const frex_token *t = &c->tok[j];
    if (one) { /* going on: the next key may move the cache */
      memcpy(key, one, kn);
      one = NULL;
    }
    if (j > i) {
      if (!frex_org_joined(c, j))
        break;
      if (t->start > t[-1].end) {
        if (kn == FREX_KEY_MAX)
          break;
        key[kn++] = ' ';
      }
    }
    size_t tn;
    uint32_t th;
    const char *tk = frex_org_tkey(c, j, &tn, &th);
    if (tn > FREX_KEY_MAX - kn)
      break;
    if (!tn)
      continue;
    if (!kn) { /* one token's key (most look-ups): its hash is known */
      one = tk;
      kn = tn;
    } else {
      memcpy(key + kn, tk, tn);
      kn += tn;
      memset(key + kn, 0, 8);
      th = frex_dict_hash(frex_hash_padded(key, kn));
    }
    frex_dict_hit h = j == i ? first
                             : frex_dict_lookup_hashed(c->dict, one ? one : key,
                                                       kn, th);
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      if (frex_org_case_ok(c, al, i, j + 1)) {
        *end = j + 1;
        *alias = a;
        found = true;
        break;
      }
      a = al->next;
    }
    if (!h.prefix)
      break;
  }
  return found;
}

/* dict_match_walk, with its first look-up inline: most tokens' keys start
 * no alias (no hit, no prefix), and the walk's call and set-up cost more
 * than that look-up */
static inline bool dict_match(const org_ctx *c, size_t i, size_t *end,
                              uint32_t *alias) {
  frex_dict_hit first = {FREX_DICT_NONE, false};
  size_t tn;
  uint32_t th;
  const char *tk = frex_org_tkey(c, i, &tn, &th);
  if (tn) { /* the walk's first step (a key of no bytes: it goes on) */
    first = frex_dict_lookup_hashed(c->dict, tk, tn, th);
    if (first.alias == FREX_DICT_NONE && !first.prefix)
      return false;
  }
  return dict_match_walk(c, i, end, alias, first);
}

static bool not_org(const org_ctx *c, size_t i, size_t end, uint32_t alias);

bool frex_org_dict_body_at(const org_ctx *c, size_t i, size_t *end) {
  uint32_t alias;
  size_t e;
  if (!dict_match(c, i, &e, &alias) || not_org(c, i, e, alias))
    return false;
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  if (frex_dict_entry_at(c->dict, a->entry)->type != FREX_ENT_AGENCY)
    return false;
  *end = e;
  return true;
}

/* The longest alias "PREFIX + the text from token I" that is a newspaper
 * title with its article (du Monde: Le Monde; de l'Express: L'Express);
 * rare, so the simple way: the key of each longer span, built anew. */
static bool dict_match_prefixed(const org_ctx *c, size_t i, const char *prefix,
                                size_t *end, uint32_t *alias) {
  char key[FREX_KEY_MAX];
  size_t pn = strlen(prefix);
  bool found = false;
  memcpy(key, prefix, pn);
  for (size_t j = i; j < c->n && j < i + 8; j++) {
    if (j > i && !frex_org_joined(c, j))
      break;
    size_t kn =
        frex_key(c->text + c->tok[i].start, c->tok[j].end - c->tok[i].start,
                 key + pn, sizeof key - pn);
    if (kn > sizeof key - pn)
      break;
    frex_dict_hit h = frex_dict_lookup(c->dict, key, pn + kn);
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      if (frex_org_article_name(al->surface) && frex_org_tcap(c, i)) {
        *end = j + 1;
        *alias = a;
        found = true;
        break;
      }
      a = al->next;
    }
    if (!h.prefix)
      break;
  }
  return found;
}

/* A newspaper after the article it contracts or elides (au Monde, du
 * « Parisien », aux Échos, de l'Express): the dictionary knows it with
 * its article.  Not la Coupe du Monde, le tour du Monde. */
static bool title_match(const frex_org *o, const org_ctx *c, size_t i,
                        size_t *end, uint32_t *alias) {
  if (i < c->first + 2)
    return false;
  size_t kn;
  uint32_t h;
  frex_org_tkey(c, i, &kn, &h);
  if (!kn || !*title_slot(o->titles, o->titles_cap, h))
    return false; /* no title has this word after its article: most */
  if (!frex_org_joined(c, i) || !frex_org_tcap(c, i))
    return false;
  size_t p = i - 1;
  if ((frex_org_text_is(c, p, "«") || frex_org_text_is(c, p, "“") ||
       frex_org_text_is(c, p, "\"")) &&
      p > c->first + 1 && frex_org_joined(c, p))
    p--;
  const char *prefix;
  /* dans le Figaro: the article in lowercase */
  if ((frex_org_tis(c, p, ORG_W_LE) || frex_org_tis(c, p, ORG_W_LA) ||
       frex_org_tis(c, p, ORG_W_LES)) &&
      frex_org_tlower(c, p))
    prefix = frex_org_tis(c, p, ORG_W_LE)   ? "le "
             : frex_org_tis(c, p, ORG_W_LA) ? "la "
                                            : "les ";
  else if (frex_org_tis(c, p, ORG_W_AU) || frex_org_tis(c, p, ORG_W_DU))
    prefix = "le ";
  else if (frex_org_tis(c, p, ORG_W_AUX) || frex_org_tis(c, p, ORG_W_DES))
    prefix = "les ";
  else if (frex_org_tis(c, p, ORG_W_L) && p + 1 == i &&
           c->tok[p].end == c->tok[i].start)
    prefix = "l'";
  else
    return false;
  if (p > c->first && frex_org_joined(c, p) &&
      ((frex_org_tcap(c, p - 1) && !frex_org_function_word(c, p - 1)) ||
       frex_org_in(c, p - 1, L_TITLE_NEG)))
    return false;
  if (!dict_match_prefixed(c, i, prefix, end, alias))
    return false;
  /* la Croix du Sud, la Tribune de Genève: another name goes on */
  size_t k = *end;
  if (k < c->n && frex_org_joined(c, k) &&
      (frex_org_tcap(c, k) ||
       ((frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_DU) ||
         frex_org_tis(c, k, ORG_W_D) || frex_org_tis(c, k, ORG_W_DES)) &&
        frex_org_tcap(c, k + 1))))
    return false;
  /* sur le Monde: a lowercase article before a title that is also a word
   * is not enough */
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, *alias);
  return !(
      frex_org_tlower(c, p) && !frex_org_tis(c, p, ORG_W_AU) &&
      !frex_org_tis(c, p, ORG_W_DU) && !frex_org_tis(c, p, ORG_W_AUX) &&
      !frex_org_tis(c, p, ORG_W_DES) && !frex_org_tis(c, p, ORG_W_L) &&
      (frex_dict_entry_at(c->dict, a->entry)->flags & FREX_DICT_AMBIGUOUS));
}

/* Rob Ford, M. Renault, Mme Peugeot: a one-word name after a first name or
 * a title is a person, not the company; an acronym before a number names
 * an index or a model (CAC 40, A 320), unless the number counts (IBM 3
 * millions de dollars). */
/* la brasserie Chez Paul, le restaurant Chez Jenny: Chez capitalised
 * inside a sentence before the name at I starts a restaurant's name (Chez
 * Paul, not the dictionary's Paul, the bakers); Chez Renault at a
 * sentence's start is the preposition. */
static bool chez_name(const org_ctx *c, size_t i) {
  return i > c->first + 1 && frex_org_joined(c, i) &&
         c->tok[i - 1].end - c->tok[i - 1].start == 4 &&
         memcmp(c->text + c->tok[i - 1].start, "Chez", 4) == 0 &&
         !frex_org_sent_start(c, i - 1);
}

/* Une Ferrari, sa Peugeot grise: a maker's name alone after an article or
 * a possessive that counts things names one of its products (SPEC:
 * products are not organisations) when a word of a car's looks or fate
 * follows, or the words before say a vehicle is driven or bought (au
 * volant d'une, s'est offert une), or une X a... (une Tesla a pris feu).
 * Not un PSG conquérant, sa banque: no such word; not a named model. */
static bool product_of_maker(const org_ctx *c, size_t i, size_t end) {
  static const char *const dets[] = {
      "un",  "une",  "sa",    "son",  "ses",   "leur", "leurs", "ma",
      "mon", "ta",   "ton",   "cette", "ce",   "cet",  "notre", "votre",
      NULL};
  static const char *const looks[] = {
      "rouge",     "rouges",    "noire",     "noir",       "blanche",
      "blanc",     "grise",     "gris",      "bleue",      "bleu",
      "verte",     "jaune",     "garee",     "gare",       "immatriculee",
      "immatricule", "volee",   "vole",      "electrique", "hybride",
      "decapotable", "neuve",   "cabriolet", "coupe",      "break",
      "citadine",  "accidentee", "incendiee", "flashee",   "stationnee",
      "stationne", "roulait",   "roulant",   "diesel",     NULL};
  static const char *const drive[] = {
      "volant",  "bord",     "offert",  "offre",    "achete",  "achetee",
      "conduisait", "conduit", "pilotait", "loue",   "louee",   "vole",
      "volee",   "roulait",  NULL};
  if (i <= c->first || !frex_org_joined(c, i) || !frex_org_key_in(c, i - 1, dets))
    return false;
  if (end < c->n && frex_org_joined(c, end)) {
    const frex_token *t = &c->tok[end];
    /* sa Renault Clio, un Airbus A319: the maker of a named model is
     * written as Microsoft in Microsoft Azure (SPEC), and WiNER tags it */
    if (t->cls == FREX_TOK_NUM ||
        (t->cls == FREX_TOK_WORD && frex_org_tcap(c, end) &&
         !frex_org_function_word(c, end)))
      return false;
    if (t->cls == FREX_TOK_WORD && frex_org_tlower(c, end) &&
        frex_org_key_in(c, end, looks))
      return true; /* une Ferrari rouge */
    /* une Tesla a pris feu: one of a firm's many things, not the firm */
    static const char *const one[] = {"un", "une", NULL};
    static const char *const did[] = {"a", "avait", "est", "etait", "s'est",
                                      "percute", "heurte", NULL};
    if (t->cls == FREX_TOK_WORD && frex_org_key_in(c, i - 1, one) &&
        frex_org_key_in(c, end, did))
      return true;
    /* une Peugeot s'est encastrée dans un arbre, sa Toyota a percuté la
     * glissière, une Citroën a fait une sortie de route: a crash's verb
     * within the next seven words is a car's fate (Renault a percuté les
     * objectifs has no article) */
    static const char *const crash[] = {
        "encastree", "encastre", "retournee", "retourne",  "percute",
        "percutee",  "heurte",   "heurtee",   "embrasee",  "flashee",
        "flashe",    "renversee", "renverse", "accidentee", "encastres",
        "toit", /* s'est retrouvée sur le toit */
        NULL};
    for (size_t k = end; k < end + 8 && k < c->n && frex_org_joined(c, k) &&
                         !frex_org_text_is(c, k, ".");
         k++) {
      if (frex_org_key_in(c, k, crash))
        return true;
      if (k + 2 < c->n && frex_org_text_is(c, k, "sortie") &&
          frex_org_text_is(c, k + 1, "de") && frex_org_text_is(c, k + 2, "route"))
        return true;
    }
  }
  /* au volant d'une Ferrari, s'est offert une Tesla */
  size_t p = i - 1;
  if (p > c->first && frex_org_joined(c, p) && frex_org_tis(c, p - 1, ORG_W_D))
    p--;
  return p > c->first && frex_org_joined(c, p) && frex_org_tlower(c, p - 1) &&
         frex_org_key_in(c, p - 1, drive);
}

/* A public body's name read as something else: its street as an address
 * (il habite rue de Grenelle, au 110 rue de Grenelle: the street names the
 * ministry only with its article, la rue de Grenelle a tranché), an
 * acronym after a number (5000 ARS, a currency; 16,4 MOD 5,9, an
 * operator; les 18 ARS, no one body).  Les accords de Matignon stay: WiNER
 * tags the seat there. */
/* Token I opens a body's name that names a street: rue de la
 * Gendarmerie, avenue du Parlement européen, impasse de la Préfecture
 * (not la place de la Commission: "instead of"; not le chemin de
 * l'Assemblée, la feuille de route de la Commission: figures of speech;
 * not the palais de l'Élysée, the body's seat). */
bool frex_org_street_named(const org_ctx *c, size_t i) {
  static const char *const ways[] = {"rue",    "avenue", "boulevard",
                                     "impasse", "allee", "quai",
                                     "square", "esplanade", NULL};
  size_t p = i;
  if (p > c->first && frex_org_joined(c, p) &&
      (frex_org_tis(c, p - 1, ORG_W_LA) || frex_org_tis(c, p - 1, ORG_W_L)))
    p--;
  return p > c->first + 1 && frex_org_joined(c, p) &&
         frex_org_joined(c, p - 1) &&
         ((p < i && frex_org_tis(c, p - 1, ORG_W_DE)) ||
          (p == i && (frex_org_tis(c, p - 1, ORG_W_DU) ||
                      frex_org_tis(c, p - 1, ORG_W_DES)))) &&
         frex_org_tlower(c, p - 2) && frex_org_key_in(c, p - 2, ways);
}

static bool body_place_not_body(const org_ctx *c, size_t i, size_t end,
                                const frex_dict_alias *a) {
  static const char *const streets[] = {"rue", "avenue", "boulevard", "quai",
                                        "place", NULL};
  static const char *const arts[] = {"la", "le", "l'", "du", "au", NULL};
  /* ...nor where one walks, with its article: le cortège a longé le quai
   * d'Orsay, sur la rue de Valois */
  static const char *const along[] = {
      "sur",      "dans",      "vers",      "long",      "longe",
      "longee",   "longes",    "longent",   "longer",    "emprunte",
      "empruntee", "empruntent", "emprunter", "remonte", "remontent",
      "remonter", "descendu",  "descend",   "descendent", "traverse",
      "traversent", "traverser", "bloque",  "bloquent",  "bloquer",
      "barre",    NULL};
  if (frex_org_tlower(c, i) && frex_org_key_in(c, i, streets))
    return i <= c->first || !frex_org_joined(c, i) ||
           !frex_org_key_in(c, i - 1, arts) ||
           (i - 1 > c->first && frex_org_joined(c, i - 1) &&
            frex_org_tlower(c, i - 2) && frex_org_key_in(c, i - 2, along));
  if (frex_org_street_named(c, i))
    return true;
  /* au palais du Luxembourg, dans le palais du Luxembourg: where one is,
   * the building (le palais du Luxembourg a adopté: the Senate) */
  static const char *const palais[] = {"palais", NULL};
  static const char *const in_it[] = {"dans", "devant", "sur", NULL};
  if (frex_org_tlower(c, i) && frex_org_key_in(c, i, palais) &&
      i > c->first && frex_org_joined(c, i) &&
      (frex_org_tis(c, i - 1, ORG_W_AU) ||
       (frex_org_tis(c, i - 1, ORG_W_LE) && i - 1 > c->first &&
        frex_org_joined(c, i - 1) && frex_org_key_in(c, i - 2, in_it))))
    return true;
  return a->mode == FREX_CASE_UPPER && i > c->first &&
         frex_org_joined(c, i) && c->tok[i - 1].cls == FREX_TOK_NUM;
}

static bool not_org(const org_ctx *c, size_t i, size_t end, uint32_t alias) {
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  if (chez_name(c, i))
    return true; /* la brasserie Chez Paul: not Paul the bakers */
  if (frex_dict_entry_at(c->dict, a->entry)->type == FREX_ENT_COMPANY &&
      product_of_maker(c, i, end))
    return true;
  /* la Fed Cup: a public body's name opening a contest's is no body (a
   * firm's is its sponsor, as Microsoft in Microsoft Azure) */
  if (frex_dict_entry_at(c->dict, a->entry)->type == FREX_ENT_AGENCY &&
      end < c->n && frex_org_joined(c, end) && frex_org_tcap(c, end)) {
    static const char *const contests[] = {"cup", "trophy", "open", "games",
                                           NULL};
    if (frex_org_key_in(c, end, contests))
      return true;
  }
  /* la FED de Savoie, la FED du Morbihan: a name written in capitals that
   * the dictionary writes in small letters (Fed), then a French région
   * or département, is a local federation's acronym, not the body (la FED
   * a relevé ses taux; l'UNESCO de Jérusalem, an office of the body) */
  if (end == i + 1 && a->mode != FREX_CASE_UPPER &&
      frex_dict_entry_at(c->dict, a->entry)->type == FREX_ENT_AGENCY &&
      frex_org_acronym_like(c, i) && frex_org_french_area_after(c, end))
    return true;
  if (a->mode == FREX_CASE_UPPER && end < c->n &&
      c->tok[end].cls == FREX_TOK_NUM && frex_org_joined(c, end) &&
      !frex_org_counting_number(c, end))
    return true;
  /* SIG_IGN, O_RDONLY: capitals joined by an underscore are an
   * identifier of code, not an acronym of running text */
  if (a->mode == FREX_CASE_UPPER &&
      ((c->tok[i].start > 0 && c->text[c->tok[i].start - 1] == '_') ||
       (c->tok[end - 1].end < c->text_len &&
        c->text[c->tok[end - 1].end] == '_')))
    return true;
  if (frex_dict_entry_at(c->dict, a->entry)->type == FREX_ENT_AGENCY &&
      body_place_not_body(c, i, end, a))
    return true;
  if (a->mode == FREX_CASE_UPPER || a->mode == FREX_CASE_ANY)
    return false;
  if (i > c->first && frex_org_joined(c, i) && frex_org_in(c, i - 1, L_TITLE))
    return true; /* M. Renault, la rue Renault */

  /* le musée d'Orsay, la gare de Lyon: a place named after the name */
  if (i > c->first + 1 && frex_org_joined(c, i) && frex_org_joined(c, i - 1) &&
      (frex_org_tis(c, i - 1, ORG_W_DE) || frex_org_tis(c, i - 1, ORG_W_D) ||
       frex_org_tis(c, i - 1, ORG_W_DU)) &&
      frex_org_in(c, i - 2, L_PLACE_NOUN))
    return true;
  /* ... with "de la", "de l'", a firm's name: la place de la Libération
   * (not the palais de l'Élysée, the body's seat, as WiNER tags it) */
  if (frex_dict_entry_at(c->dict, a->entry)->type == FREX_ENT_COMPANY &&
      i > c->first + 2 && frex_org_joined(c, i) && frex_org_joined(c, i - 1) &&
      frex_org_joined(c, i - 2) &&
      (frex_org_tis(c, i - 1, ORG_W_LA) || frex_org_tis(c, i - 1, ORG_W_L)) &&
      frex_org_tis(c, i - 2, ORG_W_DE) && frex_org_in(c, i - 3, L_PLACE_NOUN))
    return true;
  if (a->mode != FREX_CASE_CAP)
    return false;
  if (end == i + 1)
    return frex_org_person_before(c, i);
  /* assure Louis Le Duff: a longer name after a first name is a person's
   * surname too (the founder's name the group took) */
  return i > c->first && frex_org_joined(c, i) && frex_org_first_name(c, i - 1);
}

/* The words [T0, T1) stand in running text: spaces or punctuation
 * around them, not a piece of an identifier (Ledger_line_engraver,
 * Safran.conf). */
static bool free_standing(const org_ctx *c, size_t t0, size_t t1) {
  size_t a = c->tok[t0].start, b = c->tok[t1 - 1].end, len = c->text_len;
  if (a > 0 && c->text[a - 1] && !strchr(" \t\r\n(\"'", c->text[a - 1]) &&
      (unsigned char)c->text[a - 1] < 0x80)
    return false;
  if (b >= len)
    return true;
  char x = c->text[b];
  if (x == '.') /* a full stop, not Safran.conf */
    x = b + 1 >= len || strchr(" \t\r\n", c->text[b + 1]) ? ' ' : 'a';
  return (x && strchr(" \t\r\n,;:)!?\"'", x)) || (unsigned char)x >= 0x80;
}

/* [T0, T1) stands where a capital says nothing of a word: after a
 * capitalised article opening the sentence (Le Safran est une épice), or
 * between capitalised words (Le Prix Du Safran Grimpe: a title in title
 * case). */
static bool title_cased(const org_ctx *c, size_t t0, size_t t1) {
  size_t p = t0 - 1; /* t0 is no sentence start: p is a joined token */
  if (frex_org_function_word(c, p) && frex_org_tcap(c, p) &&
      frex_org_sent_start(c, p))
    return true;
  return frex_org_tcap(c, p) && c->tok[p].cls == FREX_TOK_WORD &&
         t1 < c->n && frex_org_joined(c, t1) && frex_org_tcap(c, t1) &&
         c->tok[t1].cls == FREX_TOK_WORD;
}

/* A name of an ambiguous entry is a mention of it only with evidence; an
 * acronym or a longer name (New York Times) is evidence enough. */
/* Is the name at T0 the second of "de X et (de) Y" after a word of a
 * firm's business ("les abonnés de Free et d'Orange", "les salariés de
 * Renault et de Total"): the words before X's "de" name Y's business too? */
static bool conjunct_of_business(const org_ctx *c, size_t t0) {
  size_t k = t0;
  if (k < c->first + 4 || !frex_org_joined(c, k))
    return false;
  if (frex_org_tis(c, k - 1, ORG_W_DE) || frex_org_tis(c, k - 1, ORG_W_D)) {
    k--;
    if (!frex_org_joined(c, k))
      return false;
  }
  if (!(frex_org_tis(c, k - 1, ORG_W_ET) || frex_org_text_is(c, k - 1, "ou")) ||
      !frex_org_joined(c, k - 1))
    return false;
  size_t j = k - 1; /* back over X's capitalised words, at most four */
  while (j > c->first + 1 && k - 1 - j < 4 && frex_org_joined(c, j) &&
         frex_org_tcap(c, j - 1) && c->tok[j - 1].cls == FREX_TOK_WORD)
    j--;
  return j < k - 1 && j >= c->first + 2 &&
         (frex_org_news_before_de(c, j) > 0 ||
          ((frex_org_tis(c, j - 1, ORG_W_DE) ||
            frex_org_tis(c, j - 1, ORG_W_D)) &&
           frex_org_tlower(c, j - 2) &&
           (frex_org_news(c, j - 2) & N_CLIENT))); /* les clients de X */
}

/* A body's papers, staff or say before "de X" (une note de Bercy, les
 * services de Bercy, les calculs du Kremlin): evidence for a public body
 * whose name is also a place (Bercy, le Kremlin, l'Élysée).  Not what a
 * place has (le concert de Bercy, les quais de Bercy). */
static bool admin_before(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const papers[] = {
      "note",       "notes",        "rapport",     "services",
      "fonctionnaires", "agents",   "calculs",     "chiffrage",
      "estimations", "previsions",  "conseillers", "locataire",
      "communique", "circulaire",   "consignes",   "arbitrage",
      "arbitrages", "experts",      "aval",        "documents",
      "courrier",   "hauts",        NULL};
  static const char *const du[] = {"du", NULL};
  if (t0 < c->first + 2 || !frex_org_joined(c, t0))
    return false;
  size_t p = t0 - 1;
  if (!frex_org_key_in(c, p, du) && frex_org_in(c, p, L_DETERMINER)) {
    /* de l'Élysée */
    if (p < c->first + 2 || !frex_org_joined(c, p))
      return false;
    p--;
    if (!(frex_org_tis(c, p, ORG_W_DE) || frex_org_tis(c, p, ORG_W_D)))
      return false;
  } else if (!(frex_org_tis(c, p, ORG_W_DE) || frex_org_tis(c, p, ORG_W_D) ||
               frex_org_key_in(c, p, du)))
    return false;
  /* Bercy Village, a longer place's name */
  if (t1 < c->n && frex_org_joined(c, t1) && frex_org_tcap(c, t1) &&
      c->tok[t1].cls == FREX_TOK_WORD)
    return false;
  return p > c->first && frex_org_joined(c, p) && frex_org_tlower(c, p - 1) &&
         frex_org_key_in(c, p - 1, papers);
}

/* la brioche Pasquier, les voiliers Jeanneau, du jambon Herta, les
 * fromages Bel: a noun of goods right before a maker's name says whose
 * goods they are (the name is the maker; SPEC: the product is not).
 * Packaged food, vehicles and gear only: not moteur (moteur Diesel),
 * avion or hélicoptère (l'hélicoptère Puma: a model's name), café (le
 * café Le Progrès: a bar). */
static bool goods_before(const org_ctx *c, size_t t0) {
  static const char *const goods[] = {
      "brioche",   "brioches",  "biscuit",    "biscuits",   "gateaux",
      "galettes",  "crepes",    "yaourt",     "yaourts",    "fromage",
      "fromages",  "beurre",    "jambon",     "jambons",    "saucisses",
      "rillettes", "conserves", "sardines",   "pizza",      "pizzas",
      "chips",     "cereales",  "chocolats",  "bonbons",    "confitures",
      "compotes",  "bieres",    "surgeles",   "voilier",    "voiliers",
      "bateaux",   "camping-cars", "berline", "berlines",   "citadine",
      "voiture",   "voitures",  "camion",     "camions",    "tracteurs",
      "pneus",     "skis",      NULL};
  /* les yaourts Nature, une voiture Diesel: the goods' kind, capitalised */
  static const char *const kinds[] = {"nature", "bio",   "light", "fresh",
                                      "diesel", "extra", "best",  NULL};
  return t0 > c->first && frex_org_joined(c, t0) && frex_org_tlower(c, t0 - 1) &&
         frex_org_key_in(c, t0 - 1, goods) && !frex_org_key_in(c, t0, kinds);
}

/* le contrat Orange, l'accord Vinci, le partenariat Free: a deal named
 * after a party the dictionary knows as a firm is that firm's (le contrat
 * Mbappé, l'accord Macron: no firm of the dictionary, left alone) */
static bool deal_before(const org_ctx *c, size_t t0) {
  static const char *const deals[] = {"contrat", "accord", "partenariat",
                                      NULL};
  return t0 > c->first + 1 && frex_org_joined(c, t0) &&
         frex_org_joined(c, t0 - 1) && frex_org_tlower(c, t0 - 1) &&
         frex_org_key_in(c, t0 - 1, deals) &&
         frex_org_in(c, t0 - 2, L_DETERMINER);
}

/* les résultats annuels d'Orange, l'assemblée générale extraordinaire de
 * Casino, les comptes de Casino, la dette d'Orange: a firm's accounts or
 * shareholders' meeting before "de X" say a name the dictionary knows as
 * a firm is that firm (a town's or a colour's have no such; a country's
 * debt takes an article: la dette de la France). */
static bool accounts_before(const org_ctx *c, size_t t0) {
  static const char *const adj[] = {
      "annuels",   "trimestriels", "semestriels", "financiers", "definitifs",
      "annuelle",  "extraordinaire", "ordinaire", "mixte",      NULL};
  static const char *const accounts[] = {"resultats", "comptes", "dette",
                                         "endettement", NULL};
  static const char *const meeting[] = {"assemblee", "assemblees", NULL};
  static const char *const general[] = {"generale", "generales", NULL};
  if (t0 < c->first + 2 || !frex_org_joined(c, t0) ||
      !(frex_org_tis(c, t0 - 1, ORG_W_DE) || frex_org_tis(c, t0 - 1, ORG_W_D)) ||
      !frex_org_joined(c, t0 - 1))
    return false;
  size_t p = t0 - 2;
  if (!frex_org_tlower(c, p))
    return false;
  if (frex_org_key_in(c, p, adj)) { /* one adjective after the noun */
    if (p <= c->first || !frex_org_joined(c, p) || !frex_org_tlower(c, p - 1))
      return false;
    p--;
  }
  if (frex_org_key_in(c, p, accounts))
    return true;
  return frex_org_key_in(c, p, general) && p > c->first &&
         frex_org_joined(c, p) && frex_org_key_in(c, p - 1, meeting);
}

/* Orange reste l'opérateur historique, Orange a été le dernier opérateur
 * à arriver, Casino est le premier distributeur: the name ending before
 * T1 is the subject of a copula whose attribute is a company's cue noun
 * (not a trade of people too: Leclerc est le premier boulanger; not a
 * rival or a partner: Legendre est le partenaire de...). */
static bool attribute_after(const org_ctx *c, size_t t1) {
  static const char *const neg[] = {"ne", "n'", NULL};
  static const char *const copula[] = {
      "est",   "etait",   "reste",    "restait", "demeure", "devient",
      "devenait", "sera", "serait",   "redevient", NULL};
  static const char *const aux[] = {"a", "avait", "aura", "aurait", NULL};
  static const char *const ete[] = {"ete", "devenu", "redevenu", "reste",
                                    "demeure", NULL};
  static const char *const fill[] = {
      "pas",     "plus",    "toujours", "aussi", "desormais", "encore",
      "deja",    "bien",    "donc",     "alors", "longtemps", NULL};
  static const char *const det[] = {"le", "la", "l'", "un", "une", NULL};
  static const char *const rank[] = {
      "premier",   "premiere", "dernier",   "derniere", "seul",
      "seule",     "principal", "principale", "deuxieme", "troisieme",
      "second",    "seconde",  "nouveau",   "nouvel",   "nouvelle",
      "grand",     "petit",    "quatrieme", NULL};
  static const char *const rivals[] = {
      "concurrent", "concurrente", "rival", "rivale", "partenaire", NULL};
  size_t k = t1;
  if (k >= c->n || !frex_org_joined(c, k) || !frex_org_tlower(c, k))
    return false;
  if (frex_org_key_in(c, k, neg))
    k++;
  if (k < c->n && frex_org_joined(c, k) && frex_org_key_in(c, k, aux) &&
      k + 1 < c->n && frex_org_joined(c, k + 1) &&
      frex_org_key_in(c, k + 1, ete))
    k += 2;
  else if (k < c->n && frex_org_joined(c, k) && frex_org_key_in(c, k, copula))
    k++;
  else
    return false;
  for (int f = 0; f < 2 && k < c->n && frex_org_joined(c, k) &&
                  frex_org_key_in(c, k, fill);
       f++)
    k++;
  if (k >= c->n || !frex_org_joined(c, k) || !frex_org_key_in(c, k, det))
    return false;
  k++;
  if (k < c->n && frex_org_joined(c, k) && frex_org_key_in(c, k, rank))
    k++;
  return k < c->n && frex_org_joined(c, k) && frex_org_tlower(c, k) &&
         frex_org_in(c, k, L_COMPANY_CUE) && !frex_org_in(c, k, L_CUE_PERSON) &&
         !frex_org_key_in(c, k, rivals);
}

/* Le troisième opérateur, Free, a signé; l'opérateur historique, Orange,
 * ...: the name between commas after a company's cue noun (maybe with an
 * adjective after it) and its determiner, maybe a rank before the noun;
 * not a trade of people too (le boulanger, Leclerc, ...). */
static bool cue_comma_before(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const det[] = {"le", "la", "l'", "les", NULL};
  static const char *const rank[] = {
      "premier",  "premiere", "dernier",  "derniere", "deuxieme",
      "troisieme", "quatrieme", "second", "seconde",  "principal",
      "principale", "nouveau", "nouvel",  "nouvelle", "grand", NULL};
  if (t0 < c->first + 3 || t1 >= c->n || !frex_org_joined(c, t1) ||
      !frex_org_tis(c, t1, ORG_W_COMMA) || !frex_org_joined(c, t0) ||
      !frex_org_tis(c, t0 - 1, ORG_W_COMMA) || !frex_org_joined(c, t0 - 1))
    return false;
  size_t q = t0 - 2;
  if (!frex_org_tlower(c, q))
    return false;
  if (!frex_org_in(c, q, L_COMPANY_CUE) && frex_org_adj_like(c, q) &&
      q > c->first + 1 && frex_org_joined(c, q))
    q--; /* l'opérateur historique, */
  if (!frex_org_tlower(c, q) || !frex_org_in(c, q, L_COMPANY_CUE) ||
      frex_org_in(c, q, L_CUE_PERSON) || q <= c->first ||
      !frex_org_joined(c, q))
    return false;
  size_t d = q - 1;
  if (frex_org_key_in(c, d, rank) && d > c->first && frex_org_joined(c, d))
    d--;
  return frex_org_key_in(c, d, det) &&
         (d == c->first || frex_org_sent_start(c, d) ||
          !frex_org_joined(c, d) || frex_org_tis(c, d - 1, ORG_W_COMMA));
}

static int ambiguity_state(const org_ctx *c, uint32_t alias, size_t t0,
                           size_t t1) {
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  const frex_dict_entry *e = frex_dict_entry_at(c->dict, a->entry);
  if (!(e->flags & FREX_DICT_AMBIGUOUS))
    return M_OK;
  /* Bruxelles, la Chancellerie, reçus à Bercy: a body named by a place */
  if (e->type == FREX_ENT_AGENCY) {
    int st = frex_org_seat_state(c, a->surface, t0, t1);
    if (st >= 0)
      return st;
  }
  /* 800 millions pour Safran, l'usine Safran de Commercy: a name no
   * person, place or title bears is the organisation wherever a sentence
   * does not capitalise it anyway */
  if ((e->flags & FREX_DICT_MIDSENTENCE) && a->mode == FREX_CASE_CAP &&
      !frex_org_sent_start(c, t0) && !frex_org_person_before(c, t0) &&
      free_standing(c, t0, t1) && !title_cased(c, t0, t1))
    return M_OK;
  /* Augustin de Livois, Jules van Dam: a first name or a word before a
   * person's particle and a capitalised name, whatever the cue (selon
   * Augustin de Livois) */
  if (t1 == t0 + 1 && t1 + 1 < c->n && frex_org_joined(c, t1) &&
      frex_org_tlower(c, t1) && frex_org_in(c, t1, L_PARTICLE) &&
      frex_org_joined(c, t1 + 1) && frex_org_tcap(c, t1 + 1) &&
      !frex_org_function_word(c, t1 + 1))
    return M_DROP;
  /* le Parc OL, Thomson CSF: ambiguous initials right after a capitalised
   * word are a part of another name (a stadium's), whatever the document
   * names; <OL>, %OM: a tag, a format */
  if (a->mode == FREX_CASE_UPPER && t1 == t0 + 1 && t0 > c->first &&
      frex_org_joined(c, t0) &&
      ((c->tok[t0 - 1].cls == FREX_TOK_WORD && frex_org_tcap(c, t0 - 1) &&
        !frex_org_function_word(c, t0 - 1) &&
        !frex_org_acronym_like(c, t0 - 1)) ||
       frex_org_text_is(c, t0 - 1, "<") || frex_org_text_is(c, t0 - 1, "/") ||
       frex_org_text_is(c, t0 - 1, "%")))
    return M_DROP;
  /* Paul Durand, Lydia Guirous: a first name before a capitalised word
   * names a person */
  if (t1 == t0 + 1 && t1 < c->n && frex_org_joined(c, t1) &&
      c->tok[t1].cls == FREX_TOK_WORD && frex_org_tcap(c, t1) &&
      !frex_org_function_word(c, t1) && frex_org_first_name(c, t0))
    return M_DROP;
  /* a name of several words written as a name (Feu Vert; not "feu vert
   * pour la fusion" at a sentence start), unless it is a person's (Jean
   * Hénaff, Loïc Raison: a first name, then the evidence below) */
  if (strchr(a->surface, ' ') && !frex_org_article_name(a->surface) &&
      !frex_org_first_name(c, t0) &&
      initials_fit(c->text + c->tok[t0].start,
                   c->tok[t1 - 1].end - c->tok[t0].start, a->surface,
                   strlen(a->surface)))
    return M_OK;
  if (frex_org_cue_before(c, t0) || frex_org_legal_form(c, t1) ||
      frex_org_appos_type(c, t1) || frex_org_acts(c, t0, t1) ||
      frex_org_news_after(c, t1) || frex_org_award_before(c, t0, t1) ||
      frex_org_firm_deeds_after(c, t0, t1) ||
      conjunct_of_business(c, t0) || frex_org_sold_to(c, t0) ||
      (e->type == FREX_ENT_COMPANY &&
       (goods_before(c, t0) || deal_before(c, t0) || attribute_after(c, t1) ||
        cue_comma_before(c, t0, t1) || accounts_before(c, t0) ||
        frex_org_stock_move_after(c, t1))) ||
      (e->type == FREX_ENT_AGENCY && admin_before(c, t0, t1)) ||
      (e->type == FREX_ENT_COMPANY && a->mode == FREX_CASE_UPPER &&
       frex_org_club_initials(c, t0, t1)))
    return M_OK;
  /* à Bercy, on reconnaît que le déficit dérapera: the finance ministry's
   * seat among words of public money, even after à */
  if (e->type == FREX_ENT_AGENCY && t1 == t0 + 1 &&
      strcmp(a->surface, "Bercy") == 0 && frex_org_public_finance(c, t0))
    return M_OK;
  /* selon Le Monde: a capitalised article inside a sentence is a title */
  if (frex_org_article_name(a->surface) && !frex_org_sent_start(c, t0))
    return M_OK;
  /* il vit à Orange, une navette de Bercy à l'Élysée: a place */
  if (frex_org_place_before(c, t0))
    return M_DROP;
  /* Orange, Total at the start of a sentence, or mid-sentence: a word
   * unless the document names the organisation elsewhere */
  return M_PENDING;
}

/* ------------------------------------------------------- hyphened names */

/* A former name of the dictionary that starts at S, inside token I after
 * its "ex-", and ends with a later token (ex-GDF Suez, ex-Pôle emploi):
 * the longest alias whose case fits, never a lowercase one; one token
 * alone is hyphen_parts' (ex-Faurecia, ex-Renault-Nissan).  Rare, so the
 * simple way: the key of each longer span, built anew. */
static bool former_match(const org_ctx *c, size_t i, const char *s,
                         size_t *end, uint32_t *alias) {
  char key[FREX_KEY_MAX];
  bool found = false;
  for (size_t j = i + 1; j < c->n && j < i + 8; j++) {
    if (!frex_org_joined(c, j))
      break;
    size_t n = (size_t)(c->text + c->tok[j].end - s);
    size_t kn = frex_key(s, n, key, sizeof key);
    if (!kn || kn > sizeof key)
      break;
    frex_dict_hit h = frex_dict_lookup(c->dict, key, kn);
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      if (al->mode != FREX_CASE_ANY && case_fits(al, s, n)) {
        *end = j + 1;
        *alias = a;
        found = true;
        break;
      }
      a = al->next;
    }
    if (!h.prefix)
      break;
  }
  return found;
}

/* Names joined by a hyphen in token I (Renault-Nissan, NASA-NSF): when
 * the dictionary knows every part in the right case, not all of them
 * names that need context, each is a mention of its own (SPEC); the
 * joined name was looked up first. */
static int hyphen_parts(const org_ctx *c, org_mlist *l, size_t i, bool *found) {
  const frex_token *t = &c->tok[i];
  const char *s = c->text + t->start, *end = c->text + t->end;
  *found = false;
  if (t->cls != FREX_TOK_WORD || end - s < 5)
    return FREX_OK; /* A-B: the shortest part the dictionary has is two */
  /* a hyphen inside: most tokens have none */
  if (!memchr(s + 1, '-', (size_t)(end - s - 2)))
    return FREX_OK;
  /* a former name: "Forvia (ex-Faurecia)", "Meta, ex-Facebook" name the
   * organisation after "ex-" */
  if ((s[0] == 'e' || s[0] == 'E') && s[1] == 'x' && s[2] == '-') {
    s += 3;
    /* ex-GDF Suez, ex-Pôle emploi: a dictionary name that starts inside
     * this token and goes on over the next words */
    size_t fend;
    uint32_t fa;
    if (former_match(c, i, s, &fend, &fa)) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, fa);
      const frex_dict_entry *e = frex_dict_entry_at(c->dict, al->entry);
      *found = true;
      return frex_org_mpush(
          l, (org_mention){i, fend, al->entry, e->type, M_OK, ORG_NO_LINK, fa,
                           ORG_BY_DICT, (size_t)(s - c->text),
                           c->tok[fend - 1].end});
    }
    /* not when an unknown name goes on in the next word (ex-Zorg Motors) */
    if (i + 1 < c->n && frex_org_joined(c, i + 1) && frex_org_tcap(c, i + 1))
      return FREX_OK;
  }
  /* every part capitalised (La Roche-sur-Yon is a place) */
  for (const char *p = s; p < end; p++)
    if (p == s || p[-1] == '-') {
      UChar32 cp;
      int32_t k = 0;
      U8_NEXT(p, k, (int32_t)(end - p), cp);
      if (cp < 0 || !(is_upper(cp) || (cp >= '0' && cp <= '9')))
        return FREX_OK;
    }
  /* La Roche-Posay, Le Mans-Sarthe: a place's article */
  if (i > c->first && frex_org_joined(c, i) && frex_org_tcap(c, i - 1) &&
      frex_org_function_word(c, i - 1))
    return FREX_OK;
  size_t n0 = l->n, nparts = 0, amb = 0;
  for (const char *p = s; p < end;) {
    const char *q = memchr(p, '-', (size_t)(end - p));
    if (!q)
      q = end;
    char key[FREX_KEY_MAX];
    size_t kn = q > p ? frex_key(p, (size_t)(q - p), key, sizeof key) : 0;
    bool known = false;
    if (kn && kn <= sizeof key) {
      /* the part's reading: its first alias in the case written (the
       * first loaded wins, as in dict_match), never a lowercase one */
      frex_dict_hit h = frex_dict_lookup(c->dict, key, kn);
      uint32_t a = h.alias;
      while (a != FREX_DICT_NONE &&
             (frex_dict_alias_at(c->dict, a)->mode == FREX_CASE_ANY ||
              !case_fits(frex_dict_alias_at(c->dict, a), p, (size_t)(q - p))))
        a = frex_dict_alias_at(c->dict, a)->next;
      const frex_dict_alias *al =
          a == FREX_DICT_NONE ? NULL : frex_dict_alias_at(c->dict, a);
      const frex_dict_entry *e =
          al ? frex_dict_entry_at(c->dict, al->entry) : NULL;
      if (e) {
        amb += (e->flags & FREX_DICT_AMBIGUOUS) != 0;
        int rc = frex_org_mpush(
            l, (org_mention){i, i + 1, al->entry, e->type, M_OK, ORG_NO_LINK, a,
                             ORG_BY_DICT, (size_t)(p - c->text),
                             (size_t)(q - c->text)});
        if (rc)
          return rc;
        known = true;
      }
    }
    /* Thomson-CSF, Michel-Ange, Zurich-Kloten: a part the dictionary
     * does not know makes the whole one name, no list of names */
    if (!known) {
      l->n = n0;
      return FREX_OK;
    }
    p = q + 1;
    nparts++;
  }
  /* NASA-NSF: a name that needs context has it beside another name; two
   * that need it have none */
  if (amb == nparts)
    l->n = n0;
  *found = l->n > n0;
  return FREX_OK;
}

/* ---------------------------------------------------------------- scan */

/* Could token I's text be an acronym or a name a later pass looks for (a
 * capital first, or [0-9&-] then capitals: 3GPP, not 2024)?  The scan
 * records such tokens (org_loose) as it meets them, in candidate. */
static bool loose_start(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  unsigned char b = (unsigned char)c->text[t->start];
  if (b >= 'A' && b <= 'Z')
    return true;
  if (b >= 0x80)
    return frex_org_tcap(c, i);
  if (!(b >= '0' && b <= '9') && b != '&' && b != '-')
    return false;
  for (size_t k = t->start + 1; k < t->end; k++)
    if (c->text[k] >= 'A' && c->text[k] <= 'Z')
      return true;
  return false;
}

/* A public body of the dictionary followed by its country: le ministère
 * de l'Intérieur allemand, le Sénat du Burundi.  SPEC "Whose body": the
 * span takes the country in, and a foreign one drops the dictionary's
 * (French) value for the text.  Only for names that start with a body's
 * head word (not "Nations unies sud-coréen": the adjective is someone
 * else's).  Returns the new end. */
static size_t whose_body(const org_ctx *c, size_t i, size_t dend,
                         uint32_t *entry) {
  if (dend >= c->n || !frex_org_joined(c, dend) || !frex_org_head_at(c, i))
    return dend;
  bool foreign;
  size_t k = frex_org_country_after(c, dend);
  if (frex_org_nationality(c, dend)) {
    foreign = !frex_org_french(c, dend);
    k = dend + 1;
  } else if (k) {
    size_t kn;
    uint32_t h;
    const char *key = frex_org_tkey(c, k - 1, &kn, &h);
    foreign = !(kn == 6 && memcmp(key, "france", 6) == 0);
  } else {
    return dend;
  }
  /* A French body's entry is named in French by its head word (Ministère
   * de l'Intérieur, Sénat); a foreign body's is not (United States
   * Department of Defense for département de la Défense américain). */
  if (foreign && *entry != FREX_DICT_NONE) {
    const char *canon = frex_dict_entry_at(c->dict, *entry)->canonical;
    size_t n = strcspn(canon, " '\xe2");
    char key[32];
    size_t kn = n < sizeof key ? frex_key(canon, n, key, sizeof key) : 0;
    const org_word_entry *w =
        kn && kn <= sizeof key
            ? frex_org_words_find(c->w, key, kn,
                                  frex_dict_hash(frex_hash_bytes(key, kn)))
            : NULL;
    if (w && w->head)
      *entry = FREX_DICT_NONE;
  }
  return k;
}

/* A public body's dictionary name at [I, DEND) that goes on in lowercase
 * adjectives and complements (l'Assemblée nationale populaire, la
 * Gendarmerie royale du Canada, l'Agence nationale de sécurité du
 * médicament) names another body: the body rule's longer span, in *S. */
static bool longer_body(const org_ctx *c, size_t i, size_t dend, uint32_t alias,
                        org_span *s) {
  if (dend >= c->n || !frex_org_joined(c, dend))
    return false; /* the common case: the name ends there */
  /* l'Agence régionale de santé (ARS) d'Occitanie: the acronym in
   * brackets before the place stays in the span, as in le tribunal de
   * grande instance (TGI) de Bobigny (org_bodies.c) */
  if (dend + 3 < c->n && frex_org_text_is(c, dend, "(") &&
      frex_org_acronym_like(c, dend + 1) &&
      frex_org_text_is(c, dend + 2, ")") && frex_org_head_at(c, i) &&
      frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, alias)->entry)
              ->type == FREX_ENT_AGENCY) {
    size_t e = frex_org_place_after(c, dend + 3);
    if (!e)
      return false;
    *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  /* la caisse primaire d'assurance maladie du Finistère, la direction
   * départementale des finances publiques d'Ille-et-Vilaine: a national
   * body's name of several words, then a French région or département
   * after de, names its local body (value the text, as la CAF de la
   * Gironde; org_bodies.c).  Not a ministry: its local services have
   * other names (la préfecture, la DDTM) */
  static const char *const ministry[] = {"ministere", NULL};
  if (dend > i + 1 && !frex_org_key_in(c, i, ministry) &&
      frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, alias)->entry)
              ->type == FREX_ENT_AGENCY) {
    size_t e = frex_org_french_area_after(c, dend);
    if (e) {
      *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
      return true;
    }
  }
  /* l'ARS Île-de-France, l'Urssaf Pays de la Loire, l'Urssaf 35: a local
   * body's acronym with its region or its département's number
   * (org_bodies.c) */
  if (frex_org_tcap(c, dend) || c->tok[dend].cls == FREX_TOK_NUM) {
    const org_head *h = dend == i + 1 ? frex_org_head_at(c, i) : NULL;
    return h && (h->flags & H_ACRONYM) && frex_org_rule_body(c, i, s) &&
           s->t1 > dend;
  }
  if (!frex_org_tlower(c, dend) || frex_org_nationality(c, dend) ||
      !frex_org_head_at(c, i))
    return false;
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  if (frex_dict_entry_at(c->dict, a->entry)->type != FREX_ENT_AGENCY)
    return false;
  /* an adjective first, and one that is no verb in disguise (le Conseil
   * constitutionnel rappelle, la Commission européenne dévoile, adopté);
   * or a complement after a name that ends with one (l'Agence nationale
   * de sécurité du médicament; not le Sénat de la loi) */
  const frex_token *t = &c->tok[dend];
  const char *x = c->text + t->start;
  size_t n = t->end - t->start;
  static const char *const verbish[] = {"elle", "ile", "é",   "ée",
                                        "és",   "ées", "ent", NULL};
  bool adj = frex_org_lower_adj(c, dend);
  for (const char *const *v = verbish; adj && *v; v++) {
    size_t k = strlen(*v);
    adj = !(n > k && memcmp(x + n - k, *v, k) == 0);
  }
  /* verbs ending as adjectives do (la Cour des comptes indique,
   * critique, considère, signale), known by their key or by what follows
   * them: an article, a possessive, que (critique la gestion, explique son
   * choix, estime que), never after an adjective of a body's name */
  static const char *const verbs[] = {
      "indique", "explique", "critique",  "applique", "communique",
      "revendique", "implique", "replique", "pratique", "fabrique",
      "considere", "signale", "gere",     "genere",   "opere",
      "arrive",  "active",   "declare",   "eclaire",  NULL};
  static const char *const clause[] = {
      "le",  "la",   "les",  "l'",   "l\xe2\x80\x99", "un",    "une",
      "que", "qu'",  "qu\xe2\x80\x99", "son", "sa",   "ses",   "leur",
      "leurs", "ce", "cet",  "cette", "ces", "aussi",   "egalement",
      "notamment", "ne", "n'", "n\xe2\x80\x99", NULL};
  if (adj && (frex_org_key_in(c, dend, verbs) ||
              (frex_org_joined(c, dend + 1) &&
               frex_org_key_in(c, dend + 1, clause))))
    adj = false;
  /* l'ARS d'Île-de-France, la CAF de la Gironde: a local body's acronym
   * with its place (org_bodies.c) */
  bool complement = !adj &&
                    (frex_org_tlower(c, dend - 1) ||
                     (frex_org_head_at(c, i)->flags & H_ACRONYM)) &&
                    frex_org_in(c, dend, L_FUNCTION);
  if ((!adj && !complement) || !frex_org_rule_body(c, i, s) || s->t1 <= dend)
    return false;
  for (size_t k = dend; k < s->t1; k++)
    if (frex_org_nationality(c, k))
      return false; /* a country's body: whose_body's */
  return true;
}

/* A public body's name of the dictionary, of two words or more, that goes
 * on in "de" and a lowercase noun names another organisation (l'Union
 * européenne de radio-télévision), which the body rule did not find (see
 * longer_body): no mention.  Not before an infinitive (demande à
 * l'Assemblée nationale de voter). */
static bool name_goes_on(const org_ctx *c, size_t i, size_t dend,
                         uint32_t alias) {
  if (dend < i + 2 || dend + 1 >= c->n || !frex_org_joined(c, dend) ||
      !frex_org_joined(c, dend + 1) ||
      !(frex_org_tis(c, dend, ORG_W_DE) || frex_org_tis(c, dend, ORG_W_D)) ||
      !frex_org_tlower(c, dend + 1) || frex_org_function_word(c, dend + 1) ||
      frex_org_object_of_de_verb(c, i))
    return false;
  /* le ministère de la Culture d'ici la fin de l'année: an adverb (d'ici,
   * d'ailleurs, d'abord) names nothing */
  static const char *const adverbs[] = {"ici",    "ailleurs", "abord",
                                        "emblee", "autant",   "apres", NULL};
  if (frex_org_tis(c, dend, ORG_W_D) && frex_org_key_in(c, dend + 1, adverbs))
    return false;
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  if (frex_dict_entry_at(c->dict, a->entry)->type != FREX_ENT_AGENCY)
    return false;
  const frex_token *t = &c->tok[dend + 1];
  const char *x = c->text + t->start;
  size_t n = t->end - t->start;
  static const char *const inf[] = {"er", "ir", "re", NULL};
  for (const char *const *v = inf; *v; v++)
    if (n > 3 && memcmp(x + n - 2, *v, 2) == 0)
      return false;
  return true;
}

/* The hinted tokens (HINT, the last four of NHINT) not CHECKED yet that
 * are cue nouns, nationalities or cue modifiers for certain: the latest
 * in *LAST_CUE.  A look-up per hinted token, only when a name may follow. */
static __attribute__((noinline)) void
cue_check_hints(const org_ctx *c, const size_t *hint, size_t nhint,
                size_t *checked, size_t *last_cue) {
  size_t from = nhint > 4 && *checked < nhint - 4 ? nhint - 4 : *checked;
  for (size_t k = from; k < nhint; k++) {
    size_t t = hint[k & 3];
    if (frex_org_in(c, t,
                    L_COMPANY_CUE | L_AGENCY_CUE | L_NATION | L_CUE_MOD |
                        L_ADJ_WORD))
      *last_cue = t;
  }
  *checked = nhint;
}
/* ...inline: most calls find no hint since the last (CHECKED == NHINT,
 * which it never passes), and the call cost more than the test */
static inline void cue_check(const org_ctx *c, const size_t *hint,
                             size_t nhint, size_t *checked, size_t *last_cue) {
  if (*checked != nhint)
    cue_check_hints(c, hint, nhint, checked, last_cue);
}

/* A token that is neither a WORD nor a NUM may be a loose start (an
 * acronym's first characters) only from these bytes: a capital, a digit,
 * & or -, or a non-ASCII byte, whose case needs a look. */
static inline bool punct_visit(unsigned char b) {
  return b >= 0x80 || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
         b == '&' || b == '-';
}

/* The first token at or after I that candidate() may act on: it skips only
 * tokens for which candidate() returns false, sets neither *CUE nor
 * *MINISTER and records no loose start, so the scan visits about the
 * capitalised words, numbers and the lowercase words whose first three key
 * bytes start a cue noun, a minister's title or a lowercase head (the bits
 * of VISIT_STARTS, the union of the tables candidate() tests), and never
 * the other lowercase words and punctuation, most tokens.  A lowercase
 * ASCII word (a..z first) is no loose start, not capitalised and not a
 * NUM, so candidate() can only act on it through those three bit sets. */
static inline __attribute__((always_inline)) size_t
next_visit(const org_ctx *c, const uint8_t *visit_starts,
                         size_t i) {
  const char *ak = frex_org_ascii_key;
  for (; i < c->n; i++) {
    const frex_token *t = &c->tok[i];
    const unsigned char *s = (const unsigned char *)c->text + t->start;
    if (t->cls != FREX_TOK_WORD) {
      if (t->cls == FREX_TOK_NUM || punct_visit(s[0]))
        return i;
      continue;
    }
    if (s[0] < 'a' || s[0] > 'z')
      return i;
    /* the key's first three bytes when they are printable ASCII (the
     * text in lowercase, zero-padded: frex_org_key_head3); an accented
     * letter there is left to candidate() */
    size_t len = t->end - t->start;
    unsigned char h[3] = {s[0], len > 1 ? (unsigned char)ak[s[1]] : 0,
                          len > 2 ? (unsigned char)ak[s[2]] : 0};
    if ((len > 1 && !h[1]) || (len > 2 && !h[2]))
      return i;
    unsigned bit = frex_dict_head_bit(h);
    if (visit_starts[bit >> 3] >> (bit & 7) & 1)
      return i;
    if (h[0] == 'e' && s[1] == 'x' && s[2] == '-' && len > 4)
      return i; /* ex-Faurecia: a former name */
  }
  return i;
}

/* A lowercase word that candidate() let through by its first three key
 * bytes (ministère, tribunal, police...) but whose key starts no name of
 * the dictionary (neither an alias nor the prefix of one) and is no
 * public-body head: every branch of the scan fails on it.  The dictionary
 * needs the key; a title, a legal form and the rules of frex_org_rule_name
 * (an English name, a cue's name, a portfolio) need a capital first; a
 * body needs a head word, or haut/grand capitalised; a hyphened name needs
 * a capital or an ASCII digit first.  Most tokens candidate() passes in
 * lowercase are such words (par, forme, commande: 70,000 of 856,000 tokens
 * on the bench slice), and the branches cost about 900 instructions each;
 * this test is the key, one look-up and the head's. */
static bool lower_dead_end(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  unsigned char b = (unsigned char)c->text[t->start];
  if (t->cls != FREX_TOK_WORD ||
      !((b >= 'a' && b <= 'z') || (b >= 0x80 && !frex_org_tcap(c, i))))
    return false;
  const char *s = c->text + t->start;
  if (b == 'e' && t->end - t->start > 4 && s[1] == 'x' && s[2] == '-')
    return false; /* ex-Faurecia: a former name, for hyphen_parts */
  size_t kn;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &kn, &h);
  if (!kn) /* too long for a key: dict_match reads on from the next token */
    return false;
  frex_dict_hit hit = frex_dict_lookup_hashed(c->dict, k, kn, h);
  return hit.alias == FREX_DICT_NONE && !hit.prefix && !frex_org_head_at(c, i);
}

/* The legal-form rule's name ending in designator LEGAL, at a token where
 * a dictionary name ends at DEND when D: a designator of a subsidiary
 * (Services, Bank) names one only after a dictionary name, and the words
 * between start no other dictionary name (le Pentagone Amazon Web
 * Services is two names). */
static bool subsidiary_ok(const org_ctx *c, bool d, size_t dend,
                          size_t legal) {
  if (frex_org_subsidiary_word(c, legal) != ORG_SUB_AFTER_NAME)
    return true;
  size_t e = 0;
  uint32_t a = FREX_DICT_NONE;
  return d && !(dend < legal && dict_match(c, dend, &e, &a));
}

/* The end of a subsidiary's name after the dictionary company name ending
 * at DEND: capitalised business words that are no designators (Axa
 * Banque, Bouygues Immobilier, Bouygues Construction, Vinci Autoroutes,
 * Casino Retail; not a country: Amazon France is Amazon,
 * its arm in a country grouped with it by id), when no further
 * capitalised word follows (Renault France Télécom is two names); DEND
 * when there is none.  A subsidiary's name is a name of its own (SPEC),
 * so its value is its text.  Not Finance nor Digital (Yahoo Finance: a
 * product).  The designators (Group, Services, Assurances, Aerospace:
 * DESIGNATOR in org_words.def) are the legal-form rule's, which keeps the
 * dictionary's value or not by frex_org_subsidiary_word. */
static size_t subsidiary_end(const org_ctx *c, size_t i, size_t dend,
                             uint32_t alias) {
  size_t regional = frex_org_regional_end(
      c, dend,
      frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, alias)->entry)
          ->canonical);
  if (regional > dend)
    return regional; /* le Crédit agricole Atlantique Vendée */
  /* Enedis Bretagne, France Travail Occitanie: a regional arm, named by
   * its region, is an organisation of its own (as the regional banks and
   * la DREAL Bretagne are) */
  uint32_t entry = frex_dict_alias_at(c->dict, alias)->entry;
  /* after an ambiguous name too, unless a place's preposition stands
   * before it (à Orange Provence may be the town; Orange Grand Ouest
   * recrute is the operator's arm) */
  if ((regional = frex_org_area_end(c, dend)) > dend &&
      (!(frex_dict_entry_at(c->dict, entry)->flags & FREX_DICT_AMBIGUOUS) ||
       !frex_org_place_before(c, i)))
    return regional;
  if (dend >= c->n || !frex_org_joined(c, dend) || !frex_org_tcap(c, dend) ||
      c->tok[dend].cls != FREX_TOK_WORD)
    return dend; /* most names: a lowercase word or a mark follows */
  static const char *const words[] = {
      "banque",         "assurance",       "immobilier",
      "energies",       "energie",         "gestion",    "investissement",
      "investissements", "participations", "international", "distribution",
      "construction",   "autoroutes",      "retail",
      /* Colas Rail, Kantar Media, MSC Croisières: a group's trade arm */
      "rail",           "media",           "croisieres",
      /* Eiffage Génie Civil, Bouygues Bâtiment, Eiffage Route, Vinci
       * Construction Grands Projets, Bouygues Telecom Entreprises: the
       * builders' and operators' divisions */
      "genie",          "civil",           "batiment",   "route",
      "routes",         "entreprises",     "grands",     "projets",
      "travaux",        "publics",         "infrastructures",
      /* Airbus Helicopters, Safran Aircraft Engines, Safran Helicopter
       * Engines, Safran Electronics: the aerospace groups' divisions */
      "helicopters",    "helicopter",      "aircraft",   "engines",
      "electronics",
      /* Eiffage Énergie Systèmes: systems after a trade word */
      "systemes",
      /* Veolia Propreté Bretagne, Suez RV Ouest (recyclage et
       * valorisation), Paprec Recyclage: the waste groups' regional
       * companies, which win a town's contract under their own name */
      "proprete",       "recyclage",       "valorisation", "rv",
      NULL};
  size_t k = dend;
  while (k < dend + 3 && k < c->n && frex_org_joined(c, k) &&
         frex_org_tcap(c, k) && frex_org_key_in(c, k, words))
    k++;
  /* ...and the division's area: Bouygues Bâtiment Grand Ouest, Vinci
   * Construction France */
  if (k > dend) {
    size_t a = frex_org_area_end(c, k);
    if (a > k)
      k = a;
    else if (k < c->n && frex_org_joined(c, k) &&
             frex_org_text_is(c, k, "France") &&
             !(k + 1 < c->n && frex_org_joined(c, k + 1) &&
               frex_org_tcap(c, k + 1)))
      k++;
  }
  if (k == dend || (k < c->n && frex_org_joined(c, k) &&
                    frex_org_name_word(c, k)))
    return dend;
  uint32_t e = frex_dict_alias_at(c->dict, alias)->entry;
  if (frex_dict_entry_at(c->dict, e)->type != FREX_ENT_COMPANY)
    return dend;
  return k;
}

/* Token I, capitalised, follows a lowercase particle (d', de) that a
 * firm's noun governs: le groupe d'Aucy, la marque d'Aucy, le chocolatier
 * de Neuville.  The scan never starts at a lowercase particle, so the
 * dictionary's names that start with one (d'Aucy, de Neuville) are looked
 * up from here; not after other nouns (la ville de Neuville, the town). */
static bool particle_name(const org_ctx *c, const org_mlist *l, size_t i) {
  static const char *const nouns[] = {
      "groupe",      "marque",      "marques",      "societe",
      "entreprise",  "filiale",     "conserverie",  "conserveries",
      "chocolatier", "chocolatiers", "chocolaterie", "maison",
      "enseigne",    "enseignes",   "boutique",     "boutiques",
      "magasin",     "magasins",    "usine",        "usines",
      "salaries",    "produits",    "conserves",    "legumes",
      "fabricant",   "industriel",  "cooperative",  "champagne",
      "champagnes",  "gamme",       "rayon",        NULL};
  static org_keyset nouns_set = ORG_KEYSET(nouns);
  if (i < c->first + 2 || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1) ||
      !(frex_org_tis(c, i - 1, ORG_W_D) || frex_org_tis(c, i - 1, ORG_W_DE)) ||
      !frex_org_tlower(c, i - 1) || !frex_org_tlower(c, i - 2) ||
      !frex_org_key_in_set(c, i - 2, &nouns_set)) /* the same answer, hashed */
    return false;
  return !l->n || l->v[l->n - 1].t1 <= i - 1;
}

/* The longest dictionary name from the particle before I (d'Aucy, de
 * Neuville: the dictionary may spell it De Neuville, D'aucy) whose part
 * from I fits the text's case; rare (particle_name said yes), so the
 * simple way: the key of each longer span, built anew. */
static bool particle_match(const org_ctx *c, size_t i, size_t *end,
                           uint32_t *alias) {
  char key[FREX_KEY_MAX];
  bool found = false;
  for (size_t j = i; j < c->n && j < i + 8; j++) {
    if (j > i && !frex_org_joined(c, j))
      break;
    size_t kn = frex_key(c->text + c->tok[i - 1].start,
                         c->tok[j].end - c->tok[i - 1].start, key, sizeof key);
    if (kn > sizeof key)
      break;
    frex_dict_hit h = frex_dict_lookup(c->dict, key, kn);
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      const char *sf = al->surface;
      if ((sf[0] == 'd' || sf[0] == 'D') &&
          (sf[1] == '\'' || (sf[1] == 'e' && sf[2] == ' ')) &&
          frex_org_tcap(c, i)) {
        *end = j + 1;
        *alias = a;
        found = true;
        break;
      }
      a = al->next;
    }
    if (!h.prefix)
      break;
  }
  return found;
}

/* Is the dictionary's public body's acronym at I (alias ALIAS) named as a
 * foreign firm, a lowercase nationality as a noun with its article before
 * it ("l'espagnol CAF", "au chinois CRRC")?  A French body is never "the
 * Spanish one".  Nor is a body a firm's trade: "le constructeur
 * ferroviaire espagnol CAF" (a company's cue chain) names the firm. */
static bool foreign_firm_acronym(const org_ctx *c, size_t i, uint32_t alias) {
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  if (frex_dict_entry_at(c->dict, a->entry)->type != FREX_ENT_AGENCY ||
      i < c->first + 2 || !frex_org_acronym_like(c, i) ||
      !frex_org_joined(c, i) || !frex_org_joined(c, i - 1) ||
      !frex_org_tlower(c, i - 1))
    return false;
  if ((frex_dict_entry_at(c->dict, a->entry)->flags & FREX_DICT_AMBIGUOUS) &&
      frex_org_cue_type(c, i) == FREX_ENT_COMPANY)
    return true;
  if (!frex_org_nationality(c, i - 1) || frex_org_french(c, i - 1))
    return false;
  return frex_org_tis(c, i - 2, ORG_W_LE) || frex_org_tis(c, i - 2, ORG_W_L) ||
         frex_org_tis(c, i - 2, ORG_W_AU) || frex_org_tis(c, i - 2, ORG_W_DU);
}

/* Pass 1: left to right, longest mention at each position. */
static bool list_tail(const org_ctx *c, const org_mlist *l, size_t i,
                      org_span *s);
static int list_middle(const org_ctx *c, org_mlist *l);

/* ETF, filiale d'Eurovia; EMS, la filiale de Bouygues; sa filiale EIB:
 * a public body's acronym (ETF, the EU's training foundation) named as a
 * firm's subsidiary is a company of that name, its text as value (no
 * public body is a firm's subsidiary). */
static bool subsidiary_acronym(const org_ctx *c, const frex_dict_alias *a,
                               size_t i, size_t dend) {
  static const char *const filiale[] = {"filiale", "coentreprise",
                                        "co-entreprise", NULL};
  static const char *const poss[] = {"sa", "la", "une", "leur", "notre", NULL};
  if (a->mode != FREX_CASE_UPPER)
    return false;
  if (i >= c->first + 2 && frex_org_joined(c, i) &&
      frex_org_joined(c, i - 1) && frex_org_tlower(c, i - 1) &&
      frex_org_key_in(c, i - 1, filiale) && frex_org_key_in(c, i - 2, poss))
    return true; /* sa filiale EIB */
  size_t p = dend + 1;
  if (!frex_org_tis(c, dend, ORG_W_COMMA) || !frex_org_joined(c, dend) ||
      !frex_org_joined(c, p))
    return false;
  if (frex_org_in(c, p, L_DETERMINER) && frex_org_joined(c, p + 1))
    p++;
  return frex_org_tlower(c, p) && frex_org_key_in(c, p, filiale) &&
         frex_org_joined(c, p + 1) &&
         (frex_org_tis(c, p + 1, ORG_W_DE) || frex_org_tis(c, p + 1, ORG_W_D) ||
          frex_org_tis(c, p + 1, ORG_W_DU));
}

/* le transporteur Gautier Frigo, l'entreprise Leclerc Frères: after a
 * company's cue, an ambiguous dictionary name (a surname, a common word)
 * followed by more capitalised words is the first word of the longer name
 * the cue reads, not the dictionary's firm (not a first name: le chimiste
 * Jules Frédéric Kuhlmann is a person).  The cue's span in S. */
static bool cued_longer_name(const org_ctx *c, const org_mlist *l, size_t i,
                             size_t dend, uint32_t alias, org_span *s) {
  const frex_dict_entry *e = frex_dict_entry_at(
      c->dict, frex_dict_alias_at(c->dict, alias)->entry);
  org_span x;
  if (!(e->flags & FREX_DICT_AMBIGUOUS) || e->type != FREX_ENT_COMPANY ||
      dend >= c->n || !frex_org_joined(c, dend) || !frex_org_tcap(c, dend) ||
      frex_org_function_word(c, dend) || frex_org_first_name(c, i))
    return false;
  /* Leclerc Frigo emploie 80 chauffeurs: the name found so before, written
   * again without its cue (one reading per document) */
  for (size_t k = l->n; k-- > 0;) {
    const org_mention *m = &l->v[k];
    size_t len = m->t1 - m->t0, j = 0;
    if (m->how != ORG_BY_CUE || m->entry != FREX_DICT_NONE || m->b1 ||
        len <= dend - i || i + len > c->n || !frex_org_same_text(c, m->t0, i))
      continue;
    while (j < len && frex_org_same_text(c, m->t0 + j, i + j) &&
           (j == 0 || frex_org_joined(c, i + j)))
      j++;
    if (j == len) {
      *s = (org_span){i, i + len, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
      return true;
    }
  }
  if (frex_org_cue_type(c, i) != FREX_ENT_COMPANY ||
      !frex_org_rule_cue(c, i, true, &x) || x.t0 != i || x.t1 <= dend)
    return false;
  *s = x;
  return true;
}

static int scan(const frex_org *o, const org_ctx *c, org_mlist *l,
                org_loose *loose) {
  /* Capitalised words right after a dictionary name continue it (Microsoft
   * Azure, Amazon Prime Video, Amazon Web Service): products and parts of
   * that name, never a rule-found organisation of their own. */
  size_t cont = 0;
  /* the latest tokens that may be cue nouns by their first three bytes,
   * and whether one of them is (checked once, when a name follows) */
  size_t hint[4] = {SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX}, nhint = 0;
  size_t last_cue = SIZE_MAX, checked = 0;
  size_t last_minister = SIZE_MAX; /* ...that may be ministre */
  for (size_t i = next_visit(c, o->visit_starts, c->first); i < c->n;
       i = next_visit(c, o->visit_starts, i)) {
    bool cue, minister;
    bool cand = candidate(c, i, &cue, &minister, loose);
    if (cue)
      hint[nhint++ & 3] = i;
    if (minister)
      last_minister = i;
    /* la start-up lyonnaise kelvin lève: a lowercase name the scan does
     * not visit, read from its cue (start-up, startup, pousse: s, p) */
    if (cue && i + 2 < c->n &&
        (c->text[c->tok[i].start] == 's' || c->text[c->tok[i].start] == 'p')) {
      org_span ls;
      if (frex_org_lower_brand(c, i, &ls)) {
        int lrc = frex_org_mpush(l, (org_mention){ls.t0, ls.t1, FREX_DICT_NONE,
                                                  ls.type, M_OK, ORG_NO_LINK,
                                                  FREX_DICT_NONE, ls.how, 0, 0});
        if (lrc != FREX_OK)
          return lrc;
        i = ls.t1;
        continue;
      }
    }
    if (!cand) {
      i++;
      continue;
    }
    if (lower_dead_end(c, i)) { /* what the scan's last branch does there */
      if (i >= cont)
        cue_check(c, hint, nhint, &checked, &last_cue);
      i++;
      continue;
    }
    size_t pushed_from = l->n;
    size_t dend = 0, legal = 0;
    uint32_t alias = FREX_DICT_NONE;
    bool d;
    if (particle_name(c, l, i) && particle_match(c, i, &dend, &alias) &&
        !not_org(c, i - 1, dend, alias)) {
      d = true; /* le groupe d'Aucy: the name starts at its particle */
      i--;
    } else {
      d = dict_match(c, i, &dend, &alias) && !not_org(c, i, dend, alias);
    }
    if (d) /* l'institut CSA: the polling firm */
      alias = frex_org_pollster(c, i, dend, alias);
    /* du Monde, l'Express: after a short word (au, du, le, l', «) */
    /* ...not a street named after it (rue de la Poste, place du Monde):
     * not_org's place nouns, as for the names matched whole */
    bool title = !d && i > c->first &&
                 c->tok[i - 1].end - c->tok[i - 1].start <= 4 &&
                 title_match(o, c, i, &dend, &alias) &&
                 !not_org(c, i, dend, alias);
    org_span s;
    int rc = FREX_OK;
    bool parts = false;
    d |= title;
    if (frex_org_rule_legal(c, i, &s, &legal) && (!d || s.t1 > dend) &&
        subsidiary_ok(c, d, dend, legal)) {
      /* Apple Inc. is Apple; Amazon Mobile LLC is a company of its own;
       * Orange Business Services too, not Differentiated Services. */
      uint32_t e = d && dend == legal && !frex_org_subsidiary_word(c, legal)
                       ? frex_dict_alias_at(c->dict, alias)->entry
                       : FREX_DICT_NONE;
      frex_entity_type ty = e == FREX_DICT_NONE
                                ? FREX_ENT_COMPANY
                                : frex_dict_entry_at(c->dict, e)->type;
      /* s.t0 is I, or the Les before it (Les Industries Zorg inc.); le
       * bailleur 1001 Vies Habitat: the number after a cue starts it */
      org_span x;
      if (s.t0 == i && e == FREX_DICT_NONE && i > c->first + 1 &&
          c->tok[i - 1].cls == FREX_TOK_NUM &&
          (!l->n || l->v[l->n - 1].t1 < i) &&
          frex_org_rule_cue(c, i, true, &x) && x.t0 == i - 1)
        s.t0 = i - 1;
      rc = frex_org_mpush(l, (org_mention){s.t0, s.t1, e, ty, M_OK, ORG_NO_LINK,
                                           FREX_DICT_NONE, ORG_BY_LEGAL, 0, 0});
      i = s.t1;
    } else if (d && !title && longer_body(c, i, dend, alias, &s)) {
      /* l'Assemblée nationale populaire, la Gendarmerie royale du Canada:
       * a longer body than the dictionary's, its text as value */
      rc = frex_org_mpush(l, (org_mention){i, s.t1, FREX_DICT_NONE, s.type,
                                           M_OK, ORG_NO_LINK, FREX_DICT_NONE,
                                           s.how, 0, 0});
      i = s.t1;
    } else if (d && !title && name_goes_on(c, i, dend, alias)) {
      i = dend; /* l'Union européenne de radio-télévision: not the EU */
    } else if (d && !title && (legal = subsidiary_end(c, i, dend, alias)) > dend) {
      /* France Travail Occitanie is a body as France Travail is */
      frex_entity_type ty = frex_dict_entry_at(
          c->dict, frex_dict_alias_at(c->dict, alias)->entry)->type;
      rc = frex_org_mpush(l, (org_mention){i, legal, FREX_DICT_NONE,
                                           ty, M_OK, ORG_NO_LINK,
                                           FREX_DICT_NONE, ORG_BY_SUBSIDIARY,
                                           0, 0});
      i = cont = legal;
      while (cont < c->n && frex_org_joined(c, cont) && frex_org_tcap(c, cont))
        cont++;
    } else if (d && !title && dend == i + 1 && foreign_firm_acronym(c, i, alias)) {
      /* l'espagnol CAF: a foreign firm, not the French body of that
       * acronym (Caisse d'allocations familiales) */
      rc = frex_org_mpush(l, (org_mention){i, dend, FREX_DICT_NONE,
                                           FREX_ENT_COMPANY, M_OK, ORG_NO_LINK,
                                           FREX_DICT_NONE, ORG_BY_CUE, 0, 0});
      i = cont = dend;
    } else if (d && !title && cued_longer_name(c, l, i, dend, alias, &s)) {
      rc = frex_org_mpush(l, (org_mention){i, s.t1, FREX_DICT_NONE,
                                           FREX_ENT_COMPANY, M_OK, ORG_NO_LINK,
                                           FREX_DICT_NONE, ORG_BY_CUE, 0, 0});
      i = cont = s.t1;
    } else if (d) {
      uint32_t e = frex_dict_alias_at(c->dict, alias)->entry;
      frex_entity_type ty = frex_dict_entry_at(c->dict, e)->type;
      if (ty == FREX_ENT_AGENCY && !title &&
          subsidiary_acronym(c, frex_dict_alias_at(c->dict, alias), i, dend)) {
        e = FREX_DICT_NONE; /* ETF, filiale d'Eurovia */
        ty = FREX_ENT_COMPANY;
      } else if (ty == FREX_ENT_AGENCY)
        dend = whose_body(c, i, frex_org_ministry_more(c, i, dend), &e);
      rc = frex_org_mpush(
          l, (org_mention){i, dend, e, ty,
                           title ? M_OK : ambiguity_state(c, alias, i, dend),
                           ORG_NO_LINK, alias, ORG_BY_DICT, 0, 0});
      i = cont = dend;
      while (cont < c->n && frex_org_joined(c, cont) && frex_org_tcap(c, cont))
        cont++;
    } else if (frex_org_news_prefix(c, i) &&
               c->text[c->tok[i].end - 1] == 's' &&
               dict_match(c, i + 1, &dend, &alias)) {
      /* les Laboratoires Servier: the dictionary's name follows (the
       * plural trades only: la bijouterie Maison Lacoste, a shop's
       * singular head, names a house of its own, not the brand) */
      i++;
    } else if ((rc = hyphen_parts(c, l, i, &parts)) != FREX_OK || parts) {
      i = parts ? l->v[l->n - 1].t1 : i + 1; /* ex-GDF Suez: two tokens */
    } else if (i >= cont &&
               (cue_check(c, hint, nhint, &checked, &last_cue), true) &&
               frex_org_rule_name(
                   c, i, last_cue != SIZE_MAX && i - last_cue <= ORG_CUE_REACH,
                   last_minister != SIZE_MAX && i - last_minister <= 16, &s) &&
               c->tok[s.t1 - 1].end - c->tok[s.t0].start <= 256 &&
               /* a span that starts before I (Rennes Métropole, 123
                * Soleil) never overlaps the mention before it */
               (s.t0 >= i || !l->n || l->v[l->n - 1].t1 <= s.t0)) {
      uint32_t e = s.alias == FREX_DICT_NONE
                       ? FREX_DICT_NONE
                       : frex_dict_alias_at(c->dict, s.alias)->entry;
      if (e == FREX_DICT_NONE && chez_name(c, s.t0))
        s.t0--; /* la brasserie Chez Paul: the name is Chez Paul */
      rc = frex_org_mpush(l, (org_mention){s.t0, s.t1, e, s.type, M_OK,
                                           ORG_NO_LINK, s.alias, s.how, 0, 0});
      i = s.t1;
    } else if (i >= cont && i > c->first &&
               c->tok[i - 1].end - c->tok[i - 1].start == 2 &&
               c->text[c->tok[i - 1].start] == 'e' && /* et: a byte test */
               list_tail(c, l, i, &s)) {
      rc = frex_org_mpush(l, (org_mention){s.t0, s.t1, FREX_DICT_NONE, s.type,
                                           M_OK, ORG_NO_LINK, FREX_DICT_NONE,
                                           s.how, 0, 0});
      i = s.t1;
    } else {
      i++;
    }
    if (!rc && l->n == pushed_from + 1)
      rc = list_middle(c, l);
    if (rc)
      return rc;
  }
  return FREX_OK;
}

/* The middle name of a list between two companies ("dont Lactalis,
 * Senoble et la coopérative Sodiaal", "Airbus, Zorvex et Safran"): what
 * list_tail says of the last name, said of the one between.  B, the
 * company after "et" (maybe after an article and a cue noun) or after a
 * comma, has just been pushed; A is the mention before it.  The name
 * between them that nothing else read is pushed before B, so that the
 * list stays in token order. */
static int list_middle(const org_ctx *c, org_mlist *l) {
  if (l->n < 2)
    return FREX_OK;
  const org_mention *a = &l->v[l->n - 2], *b = &l->v[l->n - 1];
  if (a->b1 || b->b1 || a->state == M_DROP || b->state == M_DROP ||
      (a->state != M_OK && b->state != M_OK) ||
      a->type != FREX_ENT_COMPANY || b->type != FREX_ENT_COMPANY ||
      a->t1 + 3 > b->t0 || !frex_org_text_is(c, a->t1, ","))
    return FREX_OK;
  size_t x = a->t1 + 1;
  for (size_t t = a->t1; t <= b->t0; t++)
    if (!frex_org_joined(c, t))
      return FREX_OK;
  if (!frex_org_name_start(c, x) || frex_org_first_name(c, x) ||
      frex_org_town(c, x) || frex_org_tis(c, x, ORG_W_LE) ||
      frex_org_tis(c, x, ORG_W_LA) || frex_org_tis(c, x, ORG_W_LES))
    return FREX_OK;
  size_t e = frex_org_name_end(c, x);
  if (e >= b->t0)
    return FREX_OK;
  if (frex_org_text_is(c, e, ",")) {
    if (e + 1 != b->t0)
      return FREX_OK;
  } else if (frex_org_tis(c, e, ORG_W_ET) && b->t0 - e <= 4) {
    for (size_t t = e + 1; t < b->t0; t++) /* la coopérative, l'assureur */
      if (!frex_org_tlower(c, t))
        return FREX_OK;
  } else {
    return FREX_OK;
  }
  org_mention m = l->v[l->n - 1];
  l->v[l->n - 1] = (org_mention){x, e, FREX_DICT_NONE, FREX_ENT_COMPANY, M_OK,
                                 ORG_NO_LINK, FREX_DICT_NONE, ORG_BY_CUE, 0, 0};
  return frex_org_mpush(l, m);
}

/* The last name of a list whose two names before it are companies
 * ("Airbus, Safran et Zorvex ont signé", "Partech, Kima Ventures et
 * Elaia"): the list names organisations of one kind, so a capitalised name
 * after "et" that nothing else read is a company too.  Token I follows
 * "et"; the last two mentions of L end at that "et" and at the comma
 * before the second.  Not a first name, a person, a town or an article
 * (Airbus, Safran et Toulouse; Google, Apple et Marie). */
static bool list_tail(const org_ctx *c, const org_mlist *l, size_t i,
                      org_span *s) {
  if (l->n < 2 || i < c->first + 4 || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1) || !frex_org_tis(c, i - 1, ORG_W_ET))
    return false;
  const org_mention *b = &l->v[l->n - 1], *a = &l->v[l->n - 2];
  /* one of them may still wait for its context (Airbus, Safran et X:
   * Safran is also a spice), not both */
  if (b->t1 != i - 1 || b->b1 || a->b1 || b->state == M_DROP ||
      a->state == M_DROP || (a->state != M_OK && b->state != M_OK) ||
      b->type != FREX_ENT_COMPANY ||
      a->type != FREX_ENT_COMPANY || b->t0 < 1 || a->t1 + 1 != b->t0 ||
      !frex_org_text_is(c, a->t1, ",") || !frex_org_joined(c, b->t0))
    return false;
  if (!frex_org_name_start(c, i) || frex_org_first_name(c, i) ||
      frex_org_town(c, i) || frex_org_tis(c, i, ORG_W_LE) ||
      frex_org_tis(c, i, ORG_W_LA) || frex_org_tis(c, i, ORG_W_LES))
    return false;
  *s = (org_span){i, frex_org_name_end(c, i), FREX_ENT_COMPANY, ORG_BY_CUE,
                  FREX_DICT_NONE};
  return true;
}

/* -------------------------------------------------------------- values */

static size_t span_bytes(const org_ctx *c, const org_mention *m) {
  return c->tok[m->t1 - 1].end - c->tok[m->t0].start;
}

/* Mentions X and Y are written alike (same matching key). */
static bool same_name(const org_ctx *c, const org_mention *x,
                      const org_mention *y) {
  char a[FREX_KEY_MAX], b[FREX_KEY_MAX];
  size_t an =
      frex_key(c->text + c->tok[x->t0].start, span_bytes(c, x), a, sizeof a);
  size_t bn =
      frex_key(c->text + c->tok[y->t0].start, span_bytes(c, y), b, sizeof b);
  return an == bn && an <= sizeof a && memcmp(a, b, an) == 0;
}

/* Does OUT[0..K) end with the elided "d'" or "l'" of a name ("conseil
 * régional d'", "d’")?  A space after it is a typo or a line break
 * ("d'\nÎle-de-\nFrance", where the view cannot glue the word): the
 * name is written without it. */
static bool after_elision(const char *out, size_t k) {
  size_t a = k >= 1 && out[k - 1] == '\'' ? k - 1
             : k >= 3 && !memcmp(out + k - 3, "\xe2\x80\x99", 3) ? k - 3
                                                                  : SIZE_MAX;
  if (a == SIZE_MAX || a == 0)
    return false;
  char l = (char)(out[a - 1] | 0x20);
  return (l == 'd' || l == 'l') && (a == 1 || out[a - 2] == ' ');
}

/* Copy a mention's text with white space runs made one space (none after
 * an elision: after_elision). */
static void span_text(const org_ctx *c, const org_mention *m, char *out,
                      size_t cap) {
  const char *s = c->text + c->tok[m->t0].start;
  size_t n = span_bytes(c, m), k = 0;
  bool space = false;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      space = true;
      continue;
    }
    if (space && k + 2 < cap && !after_elision(out, k))
      out[k++] = ' ';
    space = false;
    out[k++] = (char)b;
  }
  while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80 && k + 1 >= cap)
    k--; /* never cut a UTF-8 sequence when truncating */
  out[k] = '\0';
}

/* Rule-found names written alike (accents, case) take the first one's
 * text as their value: GRP[k] is that first mention for each rule-found
 * root K.  A hash of the keys keeps this linear on long documents. */
static int group_rule_names(const org_ctx *c, const org_mlist *l, size_t *grp) {
  size_t n = 0;
  for (size_t k = 0; k < l->n; k++) {
    grp[k] = k;
    n += l->v[k].entry == FREX_DICT_NONE && l->v[k].link == ORG_NO_LINK;
  }
  if (n < 2)
    return FREX_OK;
  size_t cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  size_t *tab = calloc(cap, sizeof *tab); /* mention index + 1, 0 empty */
  if (!tab)
    return FREX_E_NOMEM;
  char key[FREX_KEY_MAX];
  for (size_t k = 0; k < l->n; k++) {
    const org_mention *m = &l->v[k];
    if (m->entry != FREX_DICT_NONE || m->link != ORG_NO_LINK)
      continue;
    size_t kn = frex_key(c->text + c->tok[m->t0].start, span_bytes(c, m), key,
                         sizeof key);
    if (kn > sizeof key)
      continue;
    for (size_t i = (size_t)frex_hash_bytes(key, kn) & (cap - 1);;
         i = (i + 1) & (cap - 1)) {
      if (!tab[i]) {
        tab[i] = k + 1;
        break;
      }
      if (same_name(c, &l->v[tab[i] - 1], m)) {
        grp[k] = tab[i] - 1;
        break;
      }
    }
  }
  free(tab);
  return FREX_OK;
}

static int emit(const org_ctx *c, const org_mlist *l, const size_t *grp,
                unsigned types, frex_entities *out) {
  char value[512];
  for (size_t k = 0; k < l->n; k++) {
    const org_mention *m = &l->v[k];
    if (m->state != M_OK)
      continue;
    size_t r = frex_org_root(l, k);
    const org_mention *root = &l->v[r];
    /* one organisation, one type: the name the mention is linked to says
     * it (la Banque publique d'investissement (Bpifrance) is the company
     * the dictionary knows, though its head word names public bodies) */
    frex_entity_type type = root->type;
    if (!(types & type))
      continue;
    const char *v, *unit = "";
    if (root->entry != FREX_DICT_NONE) {
      const frex_dict_entry *e = frex_dict_entry_at(c->dict, root->entry);
      v = e->canonical;
      unit = e->id;
    } else {
      span_text(c, &l->v[grp[r]], value, sizeof value);
      v = value;
    }
    size_t b0 = m->b1 ? m->b0 : c->tok[m->t0].start;
    size_t b1 = m->b1 ? m->b1 : c->tok[m->t1 - 1].end;
    int rc = frex_entities_add(out, type, b0, b1, v, unit);
    if (rc)
      return rc;
  }
  return FREX_OK;
}

int frex_org_extract(const frex_org *o, const frex_doc *doc, unsigned types,
                     frex_entities *out) {
  if (!(types & (FREX_ENT_COMPANY | FREX_ENT_AGENCY)) || !doc->ntokens)
    return FREX_OK;
  org_keys keys = {malloc(doc->ntokens * sizeof *keys.info),
                   malloc(doc->ntokens), /* frex_org_classify fills it */
                   FREX_BUF_INIT,
                   {0},
                   0,
                   0,
                   0,
                   0,
                   NULL,
                   0,
                   false,
                   malloc(doc->ntokens)}; /* frex_org_classify fills it */
  if (!keys.info || !keys.state || !keys.first) {
    free(keys.info);
    free(keys.state);
    free(keys.first);
    return FREX_E_NOMEM;
  }
  /* the keys' bytes: about a third of the tokens get a key, of six bytes
   * or so (the bench slice: 321,000 keys for 856,000 tokens), so room for
   * three bytes a token spares the doublings and their copies; the buffer
   * still grows past that (frex_org_tkey_slow) */
  if (doc->ntokens <= SIZE_MAX / 4)
    (void)frex_buf_grow(&keys.bytes, 3 * doc->ntokens + FREX_KEY_MAX + 8);
  org_ctx c = {o->dict,         &o->words, doc->text, doc->tokens,
               doc->ntokens,    0,         &keys,     o->lower_starts,
               o->digit_starts, o->org_of, doc->len};
  while (c.first < c.n && c.tok[c.first].start < doc->body)
    c.first++;
  frex_org_classify(&c);
  org_mlist l;
  l.v = l.stack;
  l.n = 0;
  l.cap = sizeof l.stack / sizeof l.stack[0];
  org_loose loose = {malloc(doc->ntokens * sizeof *loose.v), 0};
  int rc = loose.v ? scan(o, &c, &l, &loose) : FREX_E_NOMEM;
  size_t n0 = l.n; /* the mentions of the scan, in token order */
  if (!rc) {
    frex_org_cue_firm_reading(&c, &l);
    frex_org_prefer_named_entries(&c, &l);
    rc = frex_org_resolve_pending(&c, &l);
  }
  if (!rc) /* org_lists.c: lists and holdings around the kept companies */
    rc = frex_org_list_members(&c, &l, &n0);
  if (!rc) {
    frex_org_drop_product_lists(&c, &l);
    rc = frex_org_learn_acronyms(&c, &l, &loose);
  }
  if (!rc) {
    frex_org_drop_site_places(&c, &l, &loose, n0);
    rc = frex_org_repeat_names(&c, &l, &loose, n0);
  }
  if (!rc) {
    frex_org_whose_body(&c, &l);
    rc = frex_org_platform_x(&c, &l, &loose);
  }
  free(loose.v);
  /* Emission order is free: the pipeline sorts the entity list. */
  size_t gstack[64], *grp = l.n <= 64 ? gstack : malloc(l.n * sizeof *grp);
  if (!rc && !grp)
    rc = FREX_E_NOMEM;
  if (!rc)
    rc = group_rule_names(&c, &l, grp);
  if (!rc)
    rc = emit(&c, &l, grp, types, out);
  if (grp && grp != gstack)
    free(grp);
  if (l.v != l.stack)
    free(l.v);
  free(keys.info);
  free(keys.state);
  free(keys.first);
  free(keys.persons);
  frex_buf_free(&keys.bytes);
  return rc;
}
