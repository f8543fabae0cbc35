/*
 * org_mention.h — the mentions of one document as the COMPANY/AGENCY stage
 * collects them: the left-to-right scan (org.c) pushes them, the document
 * passes (org_doc.c) decide, link and complete them, and org.c emits them.
 * Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_MENTION_H
#define FREX_ORG_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "org_rules.h"
#include "org_tokens.h"

enum { M_OK, M_PENDING, M_DROP };

typedef struct org_mention {
  size_t t0, t1;  /* tokens [t0, t1) */
  uint32_t entry; /* dictionary entry, or FREX_DICT_NONE */
  frex_entity_type type;
  int state;      /* M_OK, M_PENDING (needs evidence), M_DROP */
  size_t link;    /* mention whose value this one shares, or ORG_NO_LINK */
  uint32_t alias; /* the dictionary alias matched, or FREX_DICT_NONE */
  org_how how;
  /* a part of one token (Renault in Renault-Nissan): its bytes, else 0 */
  size_t b0, b1;
} org_mention;

#define ORG_NO_LINK SIZE_MAX

typedef struct org_mlist {
  org_mention *v;
  size_t n, cap;
  org_mention stack[64];
} org_mlist;

int frex_org_mpush(org_mlist *l, org_mention m);

/* Tokens the scan leaves outside its mentions that a later pass may find a
 * name in (a taught acronym, another mention of a name found once):
 * capitalised, or an acronym's first characters.  In token order. */
typedef struct org_loose {
  size_t *v, n; /* up to one per token */
} org_loose;

/* The mention covering token T among the first N (sorted), or ORG_NO_LINK. */
size_t frex_org_mention_at(const org_mlist *l, size_t n, size_t t);

/* Entries E and F name one organisation. */
bool frex_org_same_org(const org_ctx *c, uint32_t e, uint32_t f);

/* The document passes of org_doc.c, in this order, after the scan. */
void frex_org_prefer_named_entries(const org_ctx *c, org_mlist *l);
void frex_org_cue_firm_reading(const org_ctx *c, org_mlist *l);
int frex_org_resolve_pending(const org_ctx *c, org_mlist *l);
/* org_lists.c: the bare names listed beside a kept company (Lactalis,
 * Bridor, Savéol et Cooperl) or owned by it (qui possède Galbani et
 * Parmalat) become companies; merged into the scan's first *N0 mentions,
 * which stay in token order (*N0 grows). */
int frex_org_list_members(const org_ctx *c, org_mlist *l, size_t *n0);
void frex_org_drop_product_lists(const org_ctx *c, org_mlist *l);
int frex_org_learn_acronyms(const org_ctx *c, org_mlist *l,
                            const org_loose *loose);
/* A one-word name a rule found (les salariés de Gandrange, not a cue's
 * la société X) that the document also names after an industrial site's
 * noun (l'usine de Gandrange) is a place: dropped. */
void frex_org_drop_site_places(const org_ctx *c, org_mlist *l,
                               const org_loose *loose, size_t n0);
int frex_org_repeat_names(const org_ctx *c, org_mlist *l,
                          const org_loose *loose, size_t n0);
/* SPEC "Whose body": in an article about Québec, Belgium or Switzerland a
 * minister's ministry is not France's (its text is its value); a bare
 * l'Assemblée elsewhere is the Assemblée nationale. */
void frex_org_whose_body(const org_ctx *c, org_mlist *l);
/* X, the platform once named Twitter (SPEC: platforms are COMPANY), by
 * its cue (le réseau social X, la plateforme X), its former name after it
 * (X (ex-Twitter)) or sur X in a text about social networks: a single
 * letter needs one. */
int frex_org_platform_x(const org_ctx *c, org_mlist *l,
                        const org_loose *loose);

/* The mention whose value mention K takes (following links). */
size_t frex_org_root(const org_mlist *l, size_t k);

/* "Le Monde", "The Times", "L'Équipe": a name made of an article and a
 * capitalised word (org.c). */
bool frex_org_article_name(const char *s);
/* The text's case at [T0, T1) fits alias A (org.c). */
bool frex_org_case_ok(const org_ctx *c, const frex_dict_alias *a, size_t t0,
                      size_t t1);

#endif
