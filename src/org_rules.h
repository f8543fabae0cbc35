/*
 * org_rules.h — token predicates and the rules that find organisation names
 * not in the dictionary (legal forms, cue phrases, French public-body heads,
 * English titles), shared by org.c.  Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_RULES_H
#define FREX_ORG_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "dict.h"
#include "frex.h"

/* What every rule sees of one document.  Read-only during a call. */
/* Matching keys of single tokens, computed once per document on first use
 * (the rules ask for the same token's key many times). */
typedef struct org_keys {
  uint32_t *off;  /* offset of token i's key in bytes.ptr */
  uint16_t *len;  /* its length; ORG_KEY_UNSET until computed */
  frex_buf bytes;
} org_keys;
#define ORG_KEY_UNSET 0xFFFFu

typedef struct org_ctx {
  const frex_dict *dict;
  const char *text;
  const frex_token *tok;
  size_t n;     /* tokens */
  size_t first; /* first token at or after doc->body */
  org_keys *keys; /* may be NULL: keys are then computed each time */
} org_ctx;

/* A span of tokens [t0, t1) found by a rule, with its type. */
typedef struct org_span {
  size_t t0, t1;
  frex_entity_type type;
} org_span;

/* The matching key of token I in BUF (cap FREX_KEY_MAX); its length, or 0
 * when it does not fit. */
size_t frex_org_tkey(const org_ctx *c, size_t i, char *buf);
/* Token I's key equals the ASCII word W. */
bool frex_org_tis(const org_ctx *c, size_t i, const char *w);
/* Token I starts with an uppercase (or titlecase) letter. */
bool frex_org_tcap(const org_ctx *c, size_t i);
/* Token I is a WORD starting with a lowercase letter. */
bool frex_org_tlower(const org_ctx *c, size_t i);
/* Tokens I-1 and I may belong to one name: same sentence, at most one line
 * break between them. */
bool frex_org_joined(const org_ctx *c, size_t i);
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
/* Cue phrases (la société X, l'agence X), French public-body heads
 * (ministère de la Défense, Autorité de la concurrence) and English titles
 * (Government Accountability Office): the longest span starting at I. */
bool frex_org_rule_name(const org_ctx *c, size_t i, org_span *s);

#endif
