/*
 * org_legal.c — the legal-form rule (SPEC "Dictionary": `SA`, `SAS`,
 * `Inc.`, `Corp.`, `LLC`, `Ltd`, `GmbH`...): capitalised words ending in a
 * legal form name a company (Amazon Mobile LLC, Zorglub Industries GmbH);
 * so do those ending in a designator (Pixar Studios, Harris Interactive).
 * The legal forms are the LEGAL lines of org_words.def, the designators
 * its DESIGNATOR family.
 */
#include "org_rules.h"

/* Token I (which exists) has the length and first and last bytes of some
 * legal form: the cheap part of frex_org_legal_form. */
static inline bool legal_shape(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  size_t n = t->end - t->start;
  return t->cls == FREX_TOK_WORD && n < 16 &&
         (c->w->legal_first[(unsigned char)c->text[t->start]] >> n & 1) &&
         (c->w->legal_last[(unsigned char)c->text[t->end - 1]] >> n & 1);
}

bool frex_org_legal_form(const org_ctx *c, size_t i) {
  if (i >= c->n || !legal_shape(c, i))
    return false;
  for (const char *const *l = frex_org_legal_forms; *l; l++)
    if (frex_org_text_is(c, i, *l))
      return true;
  return false;
}

/* How far after I the loop of frex_org_rule_legal may find its legal form:
 * at most six name words, each after at most one connector or comma (a
 * connector is followed by a name word, a comma by a legal form that is a
 * name word or ends the loop), so I + 13; rounded up. */
#define LEGAL_REACH 16

/* Token J (ASCII lowercase, starting with d, o or a) may be a connector of
 * that loop (de, du, des, d', of, and): text with other bytes than ASCII
 * may have such a key too (dé, d’). */
static bool maybe_connector(const org_ctx *c, size_t j) {
  static const char *const conns[] = {"de", "du",  "des", "d'",
                                      "of", "and", NULL};
  const frex_token *t = &c->tok[j];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  size_t n = t->end - t->start;
  char low[4];
  if (n > 3) { /* only a non-ASCII spelling is so long */
    for (size_t k = 0; k < n; k++)
      if (s[k] >= 0x80)
        return true;
    return false;
  }
  for (size_t k = 0; k < n; k++) {
    if (s[k] >= 0x80)
      return true;
    low[k] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : (char)s[k];
  }
  for (const char *const *w = conns; *w; w++) { /* no libc call: short */
    size_t k = 0;
    while (k < n && (*w)[k] == low[k])
      k++;
    if (k == n && (*w)[k] == '\0')
      return true;
  }
  return false;
}

/* Might the loop of frex_org_rule_legal reach a legal form after I?  A
 * walk over the tokens it could pass, judged by their text alone: most
 * capitalised words have a plain lowercase word after them and are done
 * without a key.  (A cursor over every token of the document cost more.) */
static bool legal_ahead(const org_ctx *c, size_t i) {
  org_keys *k = c->keys;
  if (i > k->legal_from && i < k->legal_to)
    return false; /* a walk from an earlier token of the run saw it all */
  for (size_t j = i + 1;
       j < c->n && j <= i + LEGAL_REACH && frex_org_joined(c, j); j++) {
    if (legal_shape(c, j))
      return true;
    const frex_token *t = &c->tok[j];
    unsigned char b = (unsigned char)c->text[t->start];
    if (b >= 'A' && b <= 'Z' && frex_org_in(c, j, L_DESIGNATOR))
      return true;
    /* a name word (capitalised, or a number), "&", "," */
    if (t->cls == FREX_TOK_NUM || b >= 0x80 || (b >= 'A' && b <= 'Z') ||
        b == '&' || b == ',')
      continue;
    if ((b == 'd' || b == 'o' || b == 'a') && maybe_connector(c, j))
      continue;
    if (b == 'l' && frex_org_tis(c, j, ORG_W_L))
      continue; /* de l'Ourthe */
    /* the run ends at J: no walk from a token before it gets further */
    k->legal_from = i;
    k->legal_to = j;
    return false;
  }
  return false;
}

/* The countries a subsidiary's name may end with after a designator
 * (TotalEnergies Marketing France, Vinci Construction... Services
 * Belgique). */
static const char *const subsidiary_countries[] = {
    "france",  "belgique", "suisse",     "canada",  "espagne",
    "italie",  "italia",   "allemagne",  "deutschland", "europe",
    "uk",      "usa",      "maroc",      "luxembourg",  "benelux",
    "polska",  "espana",   "nederland",  NULL};

/* Token I is a cue noun in capitals (PME, ETI, ESN: the NEWS ACRO_CUE
 * lines), written all in capitals, as org_cues.c's acro_cue reads it. */
static bool acro_cue_at(const org_ctx *c, size_t i) {
  const char *t = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  if (i <= c->first || n < 3 || n > 4 || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  for (size_t k = 0; k < n; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return false;
  return frex_org_news(c, i) & N_ACRO_CUE;
}

int frex_org_subsidiary_word(const org_ctx *c, size_t i) {
  static const char *const after_name[] = {
      "services", "marketing", "bank", "estate", "logistics", "systems", NULL};
  /* ...and the trades of a group's arms, which name a firm alone too
   * (Zorg Aerospace): after a company of the dictionary, its subsidiary
   * (Lisi Aerospace, Société Générale Assurances) */
  static const char *const alone[] = {
      "capital",    "ventures",  "aerospace",    "automotive", "chemicals",
      "energy",     "assurances", "solutions",   "construction",
      "logistique", "immobilier", "ingenierie", "transports",
      NULL};
  return frex_org_key_in(c, i, after_name) ? ORG_SUB_AFTER_NAME
         : frex_org_key_in(c, i, alone)    ? ORG_SUB_ALONE
                                           : 0;
}

bool frex_org_material_name(const org_ctx *c, size_t i) {
  static const char *const materials[] = {"alu", "pvc", NULL};
  if (i + 1 >= c->n || !frex_org_key_in(c, i, materials) ||
      c->tok[i].end - c->tok[i].start < 2)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i].start + 1];
  return !(b >= 'A' && b <= 'Z') && frex_org_joined(c, i + 1) &&
         c->tok[i + 1].cls == FREX_TOK_WORD && frex_org_name_word(c, i + 1) &&
         !frex_org_in(c, i + 1, L_NOT_NAME) && !frex_org_legal_form(c, i + 1);
}

static bool rule_legal_at(const org_ctx *c, size_t i, org_span *s,
                          size_t *legal) {
  if (!frex_org_tcap(c, i) || !legal_ahead(c, i) ||
      frex_org_function_word(c, i) || frex_org_legal_form(c, i) ||
      (frex_org_in(c, i, L_NOT_NAME) && !frex_org_material_name(c, i)))
    return false; /* the common case: no legal form near; Internet Algérie
                     Télécom starts after Internet */
  if (acro_cue_at(c, i) && frex_org_joined(c, i + 1) &&
      frex_org_name_word(c, i + 1))
    return false; /* la PME Hexatech Solutions: the cue is no part of the
                     name, which starts after it */
  size_t j = i + 1;
  bool conn_seen = false; /* a de, of, & inside */
  for (int words = 1; j < c->n && words < 7 && frex_org_joined(c, j);) {
    bool designator = frex_org_tcap(c, j) && frex_org_in(c, j, L_DESIGNATOR);
    /* Zorglub Industries GmbH: a legal form after a designator ends it;
     * TotalEnergies Marketing France: so does the country of a
     * subsidiary */
    if (designator && frex_org_tcap(c, j - 1) && frex_org_joined(c, j + 1) &&
        frex_org_subsidiary_word(c, j) &&
        frex_org_tcap(c, j + 1) &&
        frex_org_key_in(c, j + 1, subsidiary_countries) &&
        !(frex_org_joined(c, j + 2) && frex_org_tcap(c, j + 2)) &&
        !frex_org_legal_form(c, j + 2)) {
      *s = (org_span){i, j + 2, FREX_ENT_COMPANY, ORG_BY_LEGAL, FREX_DICT_NONE};
      *legal = j;
      return true;
    }
    if (designator && frex_org_joined(c, j + 1) &&
        (frex_org_legal_form(c, j + 1) ||
         (frex_org_tcap(c, j + 1) && frex_org_in(c, j + 1, L_DESIGNATOR)))) {
      j++;
      words++;
      continue;
    }
    /* Free Software Foundation, Inc., Berkeley Software Design, Debian
     * Free Software Guidelines: a designator before another capitalised
     * word of the name does not end it; the name is a company's only when
     * a legal form ends it further on (a foundation's, a project's, a
     * manual's title otherwise) */
    if (designator && frex_org_joined(c, j + 1) && frex_org_tcap(c, j + 1) &&
        frex_org_name_word(c, j + 1) && !frex_org_function_word(c, j + 1) &&
        !frex_org_legal_form(c, j + 1) &&
        !frex_org_key_in(c, j + 1, subsidiary_countries)) {
      j++;
      words++;
      continue;
    }
    if (designator && conn_seen)
      return false; /* Toy Story de Pixar Studios: the name starts later */
    /* The Medicines Company UK Ltd: a country between a legal form or a
     * designator and another legal form goes on with the name (no company
     * UK Ltd of its own) */
    if ((designator || frex_org_legal_form(c, j)) && frex_org_tcap(c, j - 1) &&
        frex_org_joined(c, j + 1) && frex_org_joined(c, j + 2) &&
        frex_org_tcap(c, j + 1) &&
        frex_org_key_in(c, j + 1, subsidiary_countries) &&
        frex_org_legal_form(c, j + 2)) {
      *s = (org_span){i, j + 3, FREX_ENT_COMPANY, ORG_BY_LEGAL, FREX_DICT_NONE};
      *legal = j + 2;
      return true;
    }
    /* Zorgston & Partners, Zorg & Associés: a designator after & */
    if ((frex_org_legal_form(c, j) || designator) &&
        (frex_org_tcap(c, j - 1) ||
         (designator && j > i + 1 && frex_org_text_is(c, j - 1, "&")))) {
      /* la Mercedes SL, une Mercedes-Benz SL: after one word, SL is a
       * car's model; the Spanish form ends two words (Agrisky Iberia SL) */
      if (j == i + 1 && frex_org_text_is(c, j, "SL"))
        return false;
      /* Jiangsu Zorg Dairy Co., Ltd.: a second form after a comma goes on
       * with the name (Asian firms' English style) */
      if (frex_org_legal_form(c, j) && frex_org_text_is(c, j + 1, ",") &&
          frex_org_joined(c, j + 2) && frex_org_legal_form(c, j + 2) &&
          !frex_org_tis(c, j + 2, ORG_W_SA) && !frex_org_tis(c, j + 2, ORG_W_SE))
        j += 2;
      *s = (org_span){i, j + 1, FREX_ENT_COMPANY, ORG_BY_LEGAL, FREX_DICT_NONE};
      *legal = j;
      return true;
    }
    if (frex_org_name_word(c, j) && !frex_org_counting_number(c, j)) {
      j++;
      words++;
      continue;
    }
    /* Procter & Gamble, Banque de France SA, Amazon.com, Inc. */
    bool conn = frex_org_text_is(c, j, "&") || frex_org_tis(c, j, ORG_W_DE) ||
                frex_org_tis(c, j, ORG_W_DU) || frex_org_tis(c, j, ORG_W_DES) ||
                frex_org_tis(c, j, ORG_W_D) || frex_org_tis(c, j, ORG_W_OF) ||
                frex_org_tis(c, j, ORG_W_AND);
    if (conn && frex_org_name_word(c, j + 1) && frex_org_joined(c, j + 1)) {
      conn_seen = !frex_org_text_is(c, j, "&");
      j++;
      continue;
    }
    /* Brasserie de l'Ourthe SA: an article after de, before a name word */
    if (frex_org_tis(c, j, ORG_W_DE) && frex_org_joined(c, j + 1) &&
        frex_org_tis(c, j + 1, ORG_W_L) && frex_org_joined(c, j + 2) &&
        frex_org_name_word(c, j + 2)) {
      conn_seen = true;
      j += 2;
      continue;
    }
    if (frex_org_text_is(c, j, ",") && frex_org_legal_form(c, j + 1) &&
        frex_org_joined(c, j + 1) && !frex_org_tis(c, j + 1, ORG_W_SA) &&
        !frex_org_tis(c, j + 1, ORG_W_SE)) {
      j++;
      continue;
    }
    break;
  }
  return false;
}

bool frex_org_rule_legal(const org_ctx *c, size_t i, org_span *s,
                         size_t *legal) {
  if (!rule_legal_at(c, i, s, legal))
    return false;
  /* l'émission « Audrey & Co », Léa & Cie: a first name and its friends
   * name a show or a shop's sign as often as a firm */
  static const char *const partners[] = {"co", "cie", NULL};
  if (frex_org_key_in(c, *legal, partners) && frex_org_first_name(c, i))
    return false;
  /* le salon Bretagne Habitat, la foire Zorg Construction: an event named
   * after a trade's word, not a firm (a legal form still makes one) */
  static const char *const events[] = {"salon",   "salons",  "foire",
                                       "festival", "forum",  "congres",
                                       "trophees", "semaine", NULL};
  if (i > c->first && frex_org_joined(c, i) && frex_org_tlower(c, i - 1) &&
      frex_org_key_in(c, i - 1, events) && !frex_org_legal_form(c, *legal))
    return false;
  /* Les Industries Gaboury inc., Les Entreprises Zorg inc.: Québec's
   * firms keep a capitalised Les before their plural head */
  if (i > c->first && frex_org_joined(c, i) &&
      frex_org_text_is(c, i - 1, "Les") &&
      c->text[c->tok[i].end - 1] == 's' && frex_org_tlower(c, i + 1) == false)
    s->t0 = i - 1;
  return true;
}
