/*
 * org.c — COMPANY and AGENCY extractor (SPEC "COMPANY / AGENCY",
 * "Dictionary"; issue 5).
 *
 * One left-to-right pass over the tokenizer's tokens finds mentions: at each
 * token that could start a name (a capital, or a lowercase word that starts
 * some alias or a ministère) the longest dictionary alias wins unless a
 * legal-form name is longer (Amazon Mobile LLC over Amazon); with no alias,
 * the rules of org_rules.c try.  Then document-level passes decide
 * ambiguous names (Orange, Times: kept only with a cue, an unambiguous
 * mention of the same entry, or a coordinated company), learn acronyms
 * defined in parentheses (Amazon Web Services (AWS)), and give every
 * mention of one organisation one canonical value.
 *
 * Thread safety: the dictionary is read-only after frex_org_new; a call
 * keeps its state on the stack (the mention list spills to the heap only
 * for documents with more than 64 mentions).  Lowercase tokens cost a
 * three-byte filter and no hash lookup; ASCII never reaches ICU.
 */
#include "org.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dict.h"
#include "org_rules.h"
#include "strmap.h"

static size_t frex_hash_key(const char *k, size_t n) {
  return (size_t)frex_hash_bytes(k, n);
}

struct frex_org {
  frex_dict *dict;
  uint8_t lower_starts[FREX_DICT_HEAD_BITS / 8]; /* see org_ctx */
};

int frex_org_new(frex_org **out, const char *dict_dir, const char *const *extra,
                 size_t nextra, char *err, size_t errlen) {
  *out = NULL;
  frex_org *o = calloc(1, sizeof *o);
  if (!o)
    return FREX_E_NOMEM;
  frex_org_rules_init();
  int rc = frex_dict_new(&o->dict);
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
  *out = o;
  return FREX_OK;
}

void frex_org_free(frex_org *o) {
  if (!o)
    return;
  frex_dict_free(o->dict);
  free(o);
}

/* -------------------------------------------------------------- mentions */

enum { M_OK, M_PENDING, M_DROP };

typedef struct mention {
  size_t t0, t1;  /* tokens [t0, t1) */
  uint32_t entry; /* dictionary entry, or FREX_DICT_NONE */
  frex_entity_type type;
  int state;
  size_t link;    /* mention whose value this one shares, or none */
  uint32_t alias; /* the dictionary alias matched, or FREX_DICT_NONE */
} mention;

#define NO_LINK SIZE_MAX

typedef struct mlist {
  mention *v;
  size_t n, cap;
  mention stack[64];
} mlist;

static int mpush(mlist *l, mention m) {
  if (l->n == l->cap) {
    size_t cap = l->cap * 2;
    mention *v = l->v == l->stack ? malloc(cap * sizeof *v)
                                  : realloc(l->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    if (l->v == l->stack)
      memcpy(v, l->stack, l->n * sizeof *v);
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = m;
  return FREX_OK;
}

/* ------------------------------------------------------ dictionary match */

/* Could token I start a name?  The cheap filter run on every token. */
static bool candidate(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  if (t->cls != FREX_TOK_WORD && t->cls != FREX_TOK_NUM)
    return false;
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  size_t len = t->end - t->start;
  if (s[0] >= 'A' && s[0] <= 'Z')
    return true;
  if (s[0] >= 0x80 && frex_org_tcap(c, i))
    return true;
  /* The key's first three bytes: for printable ASCII (0 in the table
   * otherwise) the text in lowercase, zero-padded when shorter (de, à). */
  const char *ak = frex_org_ascii_key;
  unsigned char h[3] = {(unsigned char)ak[s[0]],
                        len > 1 ? (unsigned char)ak[s[1]] : 0,
                        len > 2 ? (unsigned char)ak[s[2]] : 0};
  if (!h[0] || (len > 1 && !h[1]) || (len > 2 && !h[2]))
    frex_key_head3(c->text + t->start, len, h);
  unsigned bit = frex_dict_head_bit(h);
  if (!(c->lower_starts[bit >> 3] & (1u << (bit & 7))))
    return false; /* most lowercase words: neither test below can pass */
  /* ministère, tribunal: public-body heads that may be lowercase */
  return frex_dict_lower_head(c->dict, h) || frex_org_head_prefix(h);
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

/* "Le Monde", "The Times", "L'Équipe": a name made of an article and a
 * capitalised word, which the text must capitalise too (le monde entier). */
static bool article_name(const char *s) {
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

static bool case_ok(const org_ctx *c, const frex_dict_alias *a, size_t t0,
                    size_t t1) {
  const char *s = c->text + c->tok[t0].start;
  size_t n = c->tok[t1 - 1].end - c->tok[t0].start;
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
  if (c->tok[t0].cls == FREX_TOK_NUM)
    return true;
  if (!frex_org_tcap(c, t0))
    return false;
  if (article_name(a->surface))
    return t1 > t0 + 1 && frex_org_tcap(c, t0 + 1);
  return true;
}

/* The longest alias starting at token I whose case fits the text. */
static bool dict_match(const org_ctx *c, size_t i, size_t *end,
                       uint32_t *alias) {
  char key[FREX_KEY_MAX + 8]; /* zero-padded for frex_hash_padded */
  size_t kn = 0;
  bool found = false;
  for (size_t j = i; j < c->n && j < i + 32; j++) {
    const frex_token *t = &c->tok[j];
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
    memcpy(key + kn, tk, tn);
    if (!tn)
      continue;
    kn += tn;
    /* one token's key (most look-ups): its hash is known */
    if (kn != tn) {
      memset(key + kn, 0, 8);
      th = frex_dict_hash(frex_hash_padded(key, kn));
    }
    frex_dict_hit h = frex_dict_lookup_hashed(c->dict, key, kn, th);
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      if (case_ok(c, al, i, j + 1)) {
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

/* Rob Ford, Madison Hubbell: a one-word name right after a capitalised
 * word that is not a function word is a surname, not the company.  Also
 * rejects an acronym before a number and a platform named as such. */
static bool surname(const org_ctx *c, size_t i, size_t end, uint32_t alias) {
  /* CAC 40, A 320: an acronym before a number names an index or a model */
  if (frex_dict_alias_at(c->dict, alias)->mode == FREX_CASE_UPPER &&
      end < c->n && c->tok[end].cls == FREX_TOK_NUM && frex_org_joined(c, end))
    return true;
  if (end != i + 1 || frex_dict_alias_at(c->dict, alias)->mode != FREX_CASE_CAP)
    return false;
  /* sur Facebook, l'application X: the product, unless a product name
   * follows (sur Google Actualités names Google, as Microsoft Azure does) */
  if (frex_org_platform_before(c, i) &&
      frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, alias)->entry)
              ->type == FREX_ENT_COMPANY &&
      !(end < c->n && frex_org_joined(c, end) && frex_org_tcap(c, end)))
    return true;
  return i > c->first && frex_org_joined(c, i) && frex_org_tcap(c, i - 1) &&
         !frex_org_function_word(c, i - 1);
}

/* A name of an ambiguous entry is a mention of it only with evidence; an
 * acronym or a longer name (New York Times) is evidence enough. */
static int ambiguity_state(const org_ctx *c, uint32_t alias, size_t t0,
                           size_t t1) {
  const frex_dict_alias *a = frex_dict_alias_at(c->dict, alias);
  const frex_dict_entry *e = frex_dict_entry_at(c->dict, a->entry);
  if (!(e->flags & FREX_DICT_AMBIGUOUS))
    return M_OK;
  if (a->mode == FREX_CASE_UPPER)
    return M_OK;
  if (strchr(a->surface, ' ') && !article_name(a->surface))
    return M_OK;
  if (frex_org_cue_before(c, t0) || frex_org_legal_form(c, t1))
    return M_OK;
  /* selon Le Monde: a capitalised article inside a sentence is a title */
  if (article_name(a->surface) && !frex_org_sent_start(c, t0))
    return M_OK;
  if (frex_org_sent_start(c, t0))
    return M_DROP; /* Orange, Total at the start of a sentence: a word */
  return M_PENDING;
}

/* ---------------------------------------------------------------- passes */

/* Tokens the scan leaves outside its mentions that may repeat an acronym
 * taught later (learn_acronyms): its text has capitals and starts with
 * [A-Z0-9&-].  Recorded in token order, so that pass does not visit every
 * token of the document again (it was a tenth of the stage). */
typedef struct acr_tokens {
  size_t *v, n; /* up to one per token */
} acr_tokens;

/* Could token I's text be an acronym (frex_org_acronym_like's letters)? */
static bool acronym_start(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  unsigned char b = (unsigned char)c->text[t->start];
  if (b >= 'A' && b <= 'Z')
    return true;
  if (!(b >= '0' && b <= '9') && b != '&' && b != '-')
    return false;
  for (size_t k = t->start + 1; k < t->end; k++) /* 3GPP, not 2024 */
    if (c->text[k] >= 'A' && c->text[k] <= 'Z')
      return true;
  return false;
}

/* Pass 1: left to right, longest mention at each position. */
static int scan(const org_ctx *c, mlist *l, acr_tokens *acr) {
  /* Capitalised words right after a dictionary name continue it (Microsoft
   * Azure, Amazon Prime Video, Amazon Web Service): products and parts of
   * that name, never a rule-found organisation of their own. */
  size_t cont = 0;
  for (size_t i = c->first; i < c->n;) {
    if (acronym_start(c, i))
      acr->v[acr->n++] = i;
    if (!candidate(c, i)) {
      i++;
      continue;
    }
    size_t dend = 0, legal = 0;
    uint32_t alias = FREX_DICT_NONE;
    bool d = dict_match(c, i, &dend, &alias) && !surname(c, i, dend, alias);
    org_span s;
    int rc = FREX_OK;
    if (frex_org_rule_legal(c, i, &s, &legal) && (!d || s.t1 > dend)) {
      /* Apple Inc. is Apple; Amazon Mobile LLC is a company of its own. */
      uint32_t e = d && dend == legal
                       ? frex_dict_alias_at(c->dict, alias)->entry
                       : FREX_DICT_NONE;
      frex_entity_type ty = e == FREX_DICT_NONE
                                ? FREX_ENT_COMPANY
                                : frex_dict_entry_at(c->dict, e)->type;
      rc = mpush(l, (mention){i, s.t1, e, ty, M_OK, NO_LINK, FREX_DICT_NONE});
      i = s.t1;
    } else if (d) {
      uint32_t e = frex_dict_alias_at(c->dict, alias)->entry;
      /* le ministère de la Santé afghan, le Sénat du Burundi: a
       * nationality or a country may end a public body's name (SPEC) */
      if (frex_dict_entry_at(c->dict, e)->type == FREX_ENT_AGENCY &&
          dend < c->n && frex_org_joined(c, dend)) {
        size_t k = frex_org_country_after(c, dend);
        if (frex_org_nationality(c, dend))
          dend++;
        else if (k)
          dend = k;
      }
      rc = mpush(l,
                 (mention){i, dend, e, frex_dict_entry_at(c->dict, e)->type,
                           ambiguity_state(c, alias, i, dend), NO_LINK, alias});
      i = cont = dend;
      while (cont < c->n && frex_org_joined(c, cont) && frex_org_tcap(c, cont))
        cont++;
    } else if (i >= cont && frex_org_rule_name(c, i, &s) &&
               c->tok[s.t1 - 1].end - c->tok[s.t0].start <= 256) {
      rc = mpush(l, (mention){s.t0, s.t1, FREX_DICT_NONE, s.type, M_OK, NO_LINK,
                              FREX_DICT_NONE});
      i = s.t1;
    } else {
      i++;
    }
    if (rc)
      return rc;
  }
  return FREX_OK;
}

static bool coord_word(const org_ctx *c, size_t i) {
  return frex_org_tis(c, i, ORG_W_ET) || frex_org_tis(c, i, ORG_W_OU) ||
         frex_org_tis(c, i, ORG_W_COMMA) || frex_org_tis(c, i, ORG_W_AND);
}

/* The mention starting at token T among the first N (sorted), or none. */
static size_t mention_at(const mlist *l, size_t n, size_t t) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (l->v[mid].t1 <= t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && l->v[lo].t0 <= t ? lo : NO_LINK;
}

/* Entries E and F name one organisation: the same entry, or entries of
 * the same canonical name from different files (hand and generated). */
static bool same_org(const org_ctx *c, uint32_t e, uint32_t f) {
  if (e == f)
    return true;
  if (e == FREX_DICT_NONE || f == FREX_DICT_NONE)
    return false;
  return strcmp(frex_dict_entry_at(c->dict, e)->canonical,
                frex_dict_entry_at(c->dict, f)->canonical) == 0;
}

/* Mentions X and Y are written alike (same matching key). */
static bool same_name(const org_ctx *c, const mention *x, const mention *y) {
  char a[FREX_KEY_MAX], b[FREX_KEY_MAX];
  size_t an =
      frex_key(c->text + c->tok[x->t0].start,
               c->tok[x->t1 - 1].end - c->tok[x->t0].start, a, sizeof a);
  size_t bn =
      frex_key(c->text + c->tok[y->t0].start,
               c->tok[y->t1 - 1].end - c->tok[y->t0].start, b, sizeof b);
  return an == bn && an <= sizeof a && memcmp(a, b, an) == 0;
}

/* A name shared by several entries (le Times: The Times or The New York
 * Times; ministère de la Défense: whose?) means the one the document
 * names otherwise; with no such evidence the first loaded wins. */
static void prefer_named_entries(const org_ctx *c, mlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    mention *m = &l->v[k];
    if (m->alias == FREX_DICT_NONE || m->state == M_DROP)
      continue;
    const frex_dict_alias *a = frex_dict_alias_at(c->dict, m->alias);
    bool shared = false; /* another organisation has this name too */
    for (uint32_t x = a->next; x != FREX_DICT_NONE && !shared;) {
      const frex_dict_alias *b = frex_dict_alias_at(c->dict, x);
      shared = !same_org(c, b->entry, m->entry);
      x = b->next;
    }
    if (!shared)
      continue;         /* the common case: no document-wide search */
    bool named = false; /* the current entry is named by another mention */
    for (size_t j = 0; j < l->n && !named; j++)
      named = j != k && l->v[j].state == M_OK &&
              same_org(c, l->v[j].entry, m->entry) &&
              !same_name(c, m, &l->v[j]);
    for (uint32_t x = a->next; x != FREX_DICT_NONE && !named;) {
      const frex_dict_alias *b = frex_dict_alias_at(c->dict, x);
      if (!same_org(c, b->entry, m->entry) && case_ok(c, b, m->t0, m->t1))
        for (size_t j = 0; j < l->n; j++)
          if (j != k && l->v[j].state == M_OK &&
              same_org(c, l->v[j].entry, b->entry) &&
              !same_name(c, m, &l->v[j])) {
            m->entry = l->v[j].entry; /* with that mention's id */
            m->type = frex_dict_entry_at(c->dict, m->entry)->type;
            if (m->state == M_PENDING)
              m->state = M_OK;
            named = true;
            break;
          }
      x = b->next;
    }
  }
}

/* Share bars and menus (Courriel, Facebook, Twitter, Google, Reddit...):
 * a comma-separated list of single capitalised words that are mostly not
 * organisations lists services or products; its names are dropped. */
static void drop_product_lists(const org_ctx *c, mlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    mention *m = &l->v[k];
    if (m->state != M_OK || m->t1 != m->t0 + 1)
      continue;
    size_t a = m->t0, b = m->t0; /* first and last item */
    /* items may stand one per line, as share bars do */
    while (a >= c->first + 2 && m->t0 - a < 64 &&
           frex_org_tis(c, a - 1, ORG_W_COMMA) && frex_org_tcap(c, a - 2))
      a -= 2;
    while (b + 2 < c->n && b - m->t0 < 64 &&
           frex_org_tis(c, b + 1, ORG_W_COMMA) && frex_org_tcap(c, b + 2))
      b += 2;
    size_t items = (b - a) / 2 + 1, orgs = 0;
    if (items < 4)
      continue;
    for (size_t t = a; t <= b; t += 2) {
      size_t j = mention_at(l, l->n, t);
      orgs += j != NO_LINK && l->v[j].t0 == t && l->v[j].t1 == t + 1 &&
              l->v[j].state != M_DROP;
    }
    if (orgs * 2 < items)
      for (size_t t = a; t <= b; t += 2) {
        size_t j = mention_at(l, l->n, t);
        if (j != NO_LINK && l->v[j].t0 == t)
          l->v[j].state = M_DROP;
      }
  }
}

/* Pass 2: a pending ambiguous mention stands if the document names the
 * same entry unambiguously (New York Times ... le Times) or lists it with
 * another company (Orange et Capgemini). */
static void resolve_pending(const org_ctx *c, mlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    mention *m = &l->v[k];
    if (m->state != M_PENDING)
      continue;
    bool ok = false;
    for (size_t j = 0; j < l->n && !ok; j++)
      ok = j != k && l->v[j].state == M_OK &&
           same_org(c, l->v[j].entry, m->entry);
    if (!ok && k + 1 < l->n) {
      const mention *x = &l->v[k + 1];
      ok = x->state == M_OK && x->type == FREX_ENT_COMPANY &&
           x->t0 == m->t1 + 1 && coord_word(c, m->t1) &&
           frex_org_joined(c, x->t0);
    }
    if (!ok && k > 0) {
      const mention *x = &l->v[k - 1];
      ok = x->state == M_OK && x->type == FREX_ENT_COMPANY &&
           x->t1 + 1 == m->t0 && coord_word(c, x->t1) &&
           frex_org_joined(c, m->t0);
    }
    m->state = ok ? M_OK : M_DROP;
  }
}

static size_t root(const mlist *l, size_t k) {
  for (int hops = 0; l->v[k].link != NO_LINK && hops < 16; hops++)
    k = l->v[k].link;
  return k;
}

static size_t span_bytes(const org_ctx *c, const mention *m) {
  return c->tok[m->t1 - 1].end - c->tok[m->t0].start;
}

/* Two names for one organisation: share a value, the dictionary's if one
 * has it, else the longer spelled-out form's. */
static void unify(const org_ctx *c, mlist *l, size_t a, size_t b) {
  size_t ra = root(l, a), rb = root(l, b);
  if (ra == rb)
    return;
  mention *x = &l->v[ra], *y = &l->v[rb];
  if (x->entry != FREX_DICT_NONE && y->entry != FREX_DICT_NONE)
    return; /* two known entries: trust the dictionary */
  if (y->entry != FREX_DICT_NONE ||
      (x->entry == FREX_DICT_NONE && span_bytes(c, y) > span_bytes(c, x)))
    x->link = rb;
  else
    y->link = ra;
}

/* The OK mention just before "(" at token P: ending there, or separated
 * only by a few words (Département de la défense des États-Unis (DOD)). */
static size_t name_before(const org_ctx *c, const mlist *l, size_t n,
                          size_t p) {
  size_t lo = 0, hi = n; /* the first mention ending after P */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (l->v[mid].t1 <= p)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t k = lo; k-- > 0;) {
    const mention *m = &l->v[k];
    if (m->state != M_OK || p - m->t1 > 3)
      return NO_LINK;
    /* only lowercase words and "des États-Unis": not "Web Services" */
    for (size_t t = m->t1; t <= p; t++)
      if (!frex_org_joined(c, t) ||
          (t < p && !frex_org_tlower(c, t) &&
           !(frex_org_tcap(c, t) && t > m->t1 && frex_org_tlower(c, t - 1))))
        return NO_LINK;
    return k;
  }
  return NO_LINK;
}

static bool tok_eq(const org_ctx *c, size_t a, size_t b) {
  const frex_token *x = &c->tok[a], *y = &c->tok[b];
  return x->end - x->start == y->end - y->start &&
         c->text[x->start] == c->text[y->start] &&
         memcmp(c->text + x->start, c->text + y->start, x->end - x->start) == 0;
}

/* The first token from LO on that starts at or after byte OFF (tokens are
 * in text order). */
static size_t token_from(const org_ctx *c, size_t lo, size_t off) {
  size_t hi = c->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->tok[mid].start < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The tokens, from some index on, that start with byte B before END: a
 * memchr jumps over the tokens that cannot match instead of visiting each
 * of the document's (tokens are in text order). */
typedef struct tok_search {
  size_t lo;            /* the next token to consider */
  const char *at, *end; /* the text still to search */
  const char *hit;      /* the last B found, or NULL */
  char b;
} tok_search;

/* The next such token, or C->n when none is left. */
static size_t tok_search_next(const org_ctx *c, tok_search *k) {
  for (;;) {
    if (k->hit && k->lo < c->n &&
        c->tok[k->lo].start == (size_t)(k->hit - c->text))
      return k->lo++;
    if (k->at >= k->end)
      return c->n;
    k->hit = memchr(k->at, k->b, (size_t)(k->end - k->at));
    if (!k->hit)
      return c->n;
    k->at = k->hit + 1;
    k->lo = token_from(c, k->lo, (size_t)(k->hit - c->text));
  }
}

/* Pass 3: NAME (ACR) teaches the document that ACR is NAME; NAME (OTHER
 * NAME) gives both one value. */
static int learn_acronyms(const org_ctx *c, mlist *l, const acr_tokens *acr) {
  size_t n0 = l->n;                 /* the sorted mentions of pass 1 */
  size_t learned[32], nlearned = 0; /* mention indexes of taught acronyms */
  if (c->first + 3 > c->n)
    return FREX_OK; /* no room for "( X )" after a first token */
  /* every "(" token P with first < P < n - 2 */
  tok_search paren = {c->first + 1, c->text + c->tok[c->first + 1].start,
                      c->text + c->tok[c->n - 3].start + 1, NULL, '('};
  for (size_t p; (p = tok_search_next(c, &paren)) < c->n - 2;) {
    if (c->tok[p].end != c->tok[p].start + 1)
      continue;
    size_t m = name_before(c, l, n0, p);
    if (m == NO_LINK)
      continue;
    size_t a = mention_at(l, n0, p + 1);
    if (a != NO_LINK && l->v[a].t0 == p + 1 && l->v[a].state == M_OK &&
        l->v[a].t1 < c->n && c->text[c->tok[l->v[a].t1].start] == ')') {
      unify(c, l, m, a);
    } else if (a == NO_LINK && frex_org_acronym_like(c, p + 1) &&
               c->text[c->tok[p + 2].start] == ')' &&
               frex_org_joined(c, p + 1)) {
      int rc = mpush(l, (mention){p + 1, p + 2, l->v[m].entry, l->v[m].type,
                                  M_OK, m, FREX_DICT_NONE});
      if (rc)
        return rc;
      if (nlearned < 32)
        learned[nlearned++] = l->n - 1;
    }
  }
  /* Later (and earlier) bare uses of a taught acronym, all found in one
   * pass over the tokens (so pushed in token order: emission order is
   * free, see frex_org_extract). */
  bool live[32];            /* not the same acronym taught again: first wins */
  uint64_t firsts[4] = {0}; /* the live acronyms' first bytes */
  size_t nlive = 0;
  for (size_t k = 0; k < nlearned; k++) {
    size_t at = l->v[learned[k]].t0;
    live[k] = true;
    for (size_t j = 0; j < k && live[k]; j++)
      live[k] = !tok_eq(c, l->v[learned[j]].t0, at);
    unsigned char b = (unsigned char)c->text[c->tok[at].start];
    if (live[k]) {
      firsts[b >> 6] |= 1ull << (b & 63);
      nlive++;
    }
  }
  /* the tokens left out of ACR are no repeat: their text differs from
   * every acronym's, or they lie in a mention of pass 1 */
  for (size_t x = 0; nlive && x < acr->n; x++) {
    size_t t = acr->v[x];
    unsigned char b = (unsigned char)c->text[c->tok[t].start];
    if (!(firsts[b >> 6] >> (b & 63) & 1)) /* the cheap test */
      continue;
    /* live acronyms differ from each other: T repeats one at most */
    size_t k = 0;
    while (k < nlearned && !(live[k] && tok_eq(c, t, l->v[learned[k]].t0)))
      k++;
    if (k == nlearned || mention_at(l, n0, t) != NO_LINK)
      continue;
    bool dup = false; /* where an acronym is defined, it has a mention */
    for (size_t j = 0; j < nlearned && !dup; j++)
      dup = l->v[learned[j]].t0 == t;
    if (!dup) {
      int rc = mpush(l, (mention){t, t + 1, l->v[learned[k]].entry,
                                  l->v[learned[k]].type, M_OK, learned[k],
                                  FREX_DICT_NONE});
      if (rc)
        return rc;
    }
  }
  return FREX_OK;
}

/* -------------------------------------------------------------- values */

/* Copy a mention's text with white space runs made one space. */
static void span_text(const org_ctx *c, const mention *m, char *out,
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
    if (space && k + 2 < cap)
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
static int group_rule_names(const org_ctx *c, const mlist *l, size_t *grp) {
  size_t n = 0;
  for (size_t k = 0; k < l->n; k++) {
    grp[k] = k;
    n += l->v[k].entry == FREX_DICT_NONE && l->v[k].link == NO_LINK;
  }
  if (n < 2)
    return FREX_OK;
  size_t cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  size_t *tab = malloc(cap * sizeof *tab); /* mention index + 1, 0 empty */
  if (!tab)
    return FREX_E_NOMEM;
  memset(tab, 0, cap * sizeof *tab);
  char key[FREX_KEY_MAX];
  for (size_t k = 0; k < l->n; k++) {
    const mention *m = &l->v[k];
    if (m->entry != FREX_DICT_NONE || m->link != NO_LINK)
      continue;
    size_t kn = frex_key(c->text + c->tok[m->t0].start, span_bytes(c, m), key,
                         sizeof key);
    if (kn > sizeof key)
      continue;
    for (size_t i = frex_hash_key(key, kn) & (cap - 1);;
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

static int emit(const org_ctx *c, const mlist *l, const size_t *grp,
                unsigned types, frex_entities *out) {
  char value[512];
  for (size_t k = 0; k < l->n; k++) {
    const mention *m = &l->v[k];
    if (m->state != M_OK || !(types & m->type))
      continue;
    const mention *r = &l->v[root(l, k)];
    const char *v, *unit = "";
    if (r->entry != FREX_DICT_NONE) {
      const frex_dict_entry *e = frex_dict_entry_at(c->dict, r->entry);
      v = e->canonical;
      unit = e->id;
    } else {
      span_text(c, &l->v[grp[root(l, k)]], value, sizeof value);
      v = value;
    }
    int rc = frex_entities_add(out, m->type, c->tok[m->t0].start,
                               c->tok[m->t1 - 1].end, v, unit);
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
                   calloc(doc->ntokens, 1), FREX_BUF_INIT, {0}};
  if (!keys.info || !keys.state) {
    free(keys.info);
    free(keys.state);
    return FREX_E_NOMEM;
  }
  org_ctx c = {o->dict, doc->text, doc->tokens,    doc->ntokens,
               0,       &keys,     o->lower_starts};
  while (c.first < c.n && c.tok[c.first].start < doc->body)
    c.first++;
  mlist l;
  l.v = l.stack;
  l.n = 0;
  l.cap = sizeof l.stack / sizeof l.stack[0];
  acr_tokens acr = {malloc(doc->ntokens * sizeof *acr.v), 0};
  int rc = acr.v ? scan(&c, &l, &acr) : FREX_E_NOMEM;
  if (!rc) {
    prefer_named_entries(&c, &l);
    resolve_pending(&c, &l);
    drop_product_lists(&c, &l);
    rc = learn_acronyms(&c, &l, &acr);
  }
  free(acr.v);
  /* Emission order is free: the pipeline sorts the entity list. */
  size_t gstack[64], *grp = l.n <= 64 ? gstack : malloc(l.n * sizeof *grp);
  if (!rc && !grp)
    rc = FREX_E_NOMEM;
  if (!rc)
    rc = group_rule_names(&c, &l, grp);
  if (!rc)
    rc = emit(&c, &l, grp, types, out);
  if (grp != gstack)
    free(grp);
  if (l.v != l.stack)
    free(l.v);
  free(keys.info);
  free(keys.state);
  frex_buf_free(&keys.bytes);
  return rc;
}
