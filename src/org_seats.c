/*
 * org_seats.c — public bodies named by a place (their seat or their
 * city), dictionary names flagged ambiguous: Bruxelles for the European
 * Commission, la Chancellerie for the French ministry of Justice, and any
 * such seat where people are received or summoned (reçus à Bercy,
 * convoqués à l'Élysée).  What the place's own words say before the
 * general evidence of org.c's ambiguity_state.
 */
#include <string.h>

#include "org_mention.h"
#include "org_rules.h"
#include "org_tokens.h"

/* Does a word of WORDS stand in the sentence of token T (40 tokens on
 * each side at most)?  LOWER: lowercase words only. */
static bool in_sentence(const org_ctx *c, size_t t, const char *const *words,
                        bool lower) {
  unsigned sent = c->tok[t].sent;
  size_t a = t > c->first + 40 ? t - 40 : c->first;
  size_t b = t + 40 < c->n ? t + 40 : c->n;
  for (size_t k = a; k < b; k++)
    if (c->tok[k].sent == sent && c->tok[k].cls == FREX_TOK_WORD &&
        (!lower || frex_org_tlower(c, k)) && frex_org_key_in(c, k, words))
      return true;
  return false;
}

/* ... in the document's first 4000 tokens */
static bool in_document(const org_ctx *c, const char *const *words) {
  size_t end = c->n < c->first + 4000 ? c->n : c->first + 4000;
  for (size_t k = c->first; k < end; k++)
    if (c->tok[k].cls == FREX_TOK_WORD && frex_org_key_in(c, k, words))
      return true;
  return false;
}

/* reçus à Bercy, convoqué à l'Élysée, reçues à la Chancellerie: people
 * received at the seat meet the body (not the arena's crowds: réunis,
 * attendus à Bercy) */
static bool received_at(const org_ctx *c, size_t t0) {
  static const char *const received[] = {
      "recu",     "recue",     "recus",     "recues",    "convoque",
      "convoquee", "convoques", "convoquees", NULL};
  if (t0 < c->first + 2 || !frex_org_joined(c, t0))
    return false;
  size_t p = t0 - 1;
  static const char *const au[] = {"au", NULL}; /* reçu au Kremlin */
  if (frex_org_key_in(c, p, au))
    return frex_org_joined(c, p) && frex_org_tlower(c, p - 1) &&
           frex_org_key_in(c, p - 1, received);
  if (frex_org_in(c, p, L_DETERMINER)) {
    if (p < c->first + 2 || !frex_org_joined(c, p))
      return false;
    p--;
  }
  return frex_org_text_is(c, p, "\xc3\xa0") && frex_org_joined(c, p) &&
         frex_org_tlower(c, p - 1) && frex_org_key_in(c, p - 1, received);
}

/* Bruxelles a infligé une amende de 2 milliards à Google, Bruxelles valide
 * le plan de soutien aux agriculteurs français, Bruxelles a autorisé le
 * rachat: the subject of one of the Commission's decisions (fine, clear,
 * authorise, open an inquiry) on what the Commission rules on (a fine, an
 * inquiry, a merger, state aid) or on a member state's business (a
 * nationality in the sentence).  The city's and the region's own acts
 * (Bruxelles a inauguré une ligne de tramway, Bruxelles a battu
 * Anderlecht) have other verbs; a Belgian document is left to the
 * general rule. */
static bool commission_decides(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const decides[] = {
      "inflige",   "infligent", "sanctionne", "valide",   "autorise",
      "approuve",  "ouvre",     "ouvert",     "donne",    "accorde",
      "epingle",   "condamne",  "infliger",   "sanctionner", "valider",
      "autoriser", "approuver", "ouvrir",     "donner",   "accorder",
      NULL};
  static const char *const aux[] = {"a", "vient", NULL};
  static const char *const de[] = {"de", "d'", "d\xe2\x80\x99", NULL};
  static const char *const rules_on[] = {
      "amende",     "amendes",      "enquete",     "rachat",
      "fusion",     "acquisition",  "subventions", "aide",
      "aides",      "concurrence",  "dominante",   "concentration", NULL};
  if (t0 > c->first && frex_org_joined(c, t0) &&
      !frex_org_text_is(c, t0 - 1, ",") && !frex_org_text_is(c, t0 - 1, "\xc2\xab") &&
      c->tok[t0 - 1].sent == c->tok[t0].sent)
    return false; /* the subject at the head of its clause */
  size_t v = t1;
  if (v < c->n && frex_org_joined(c, v) && frex_org_key_in(c, v, aux)) {
    v++; /* Bruxelles a infligé, Bruxelles vient d'autoriser */
    if (v < c->n && frex_org_joined(c, v) && frex_org_key_in(c, v, de))
      v++;
  }
  if (v >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v) ||
      !frex_org_key_in(c, v, decides))
    return false;
  if (in_sentence(c, t0, rules_on, true))
    return true;
  /* a member state's business: only for a clearance (not Bruxelles a
   * sanctionné le joueur français, a club's) */
  static const char *const clears[] = {
      "valide",  "autorise", "approuve", "accorde", "valider",
      "autoriser", "approuver", "accorder", NULL};
  if (!frex_org_key_in(c, v, clears))
    return false;
  unsigned sent = c->tok[t0].sent;
  for (size_t k = v + 1; k < c->n && k < v + 40 && c->tok[k].sent == sent; k++)
    if (frex_org_nationality(c, k))
      return true;
  return false;
}

/* Bruxelles: the Commission in a sentence of the EU (Bruxelles a ouvert
 * une enquête sur les aides d'État, le feu vert de Bruxelles au plan de
 * relance des Vingt-Sept); the city anywhere else (les attentats ayant
 * frappé Bruxelles, Bruxelles accueille la Foire du livre). */
static int brussels(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const eu[] = {
      "europeen",   "europeenne", "europeens",  "europeennes", "ue",
      "commission", "commissaire", "commissaires", "vingt-sept",
      "eurodeputes", "directive", "directives", "dma",        "dsa",
      "pac",        "bce",        NULL};
  /* words of the Commission's business, which a Belgian document's
   * Brussels region has too (les aides aux commerçants bruxellois) */
  static const char *const eu_business[] = {
      "membres",    "concurrence", "deficit",  "deficits",   "pacte",
      "aides",      "agricole",    NULL};
  /* Paris et Bruxelles, Bruxelles réclame à Paris: a capital facing it,
   * weaker (the trains between Paris and Bruxelles): not in a Belgian
   * document */
  static const char *const capitals[] = {
      "paris",  "berlin",  "rome",     "madrid",  "varsovie", "budapest",
      "athenes", "londres", "washington", "pekin", NULL};
  static const char *const belgian[] = { /* a Belgian document */
      "belge",  "belges",  "belgique", "bruxellois", "bruxelloise",
      "wallonie", "flandre", "wallon", "flamand",    NULL};
  static const char *const say[] = {
      "feu",     "aval",     "veto",      "exigences", "injonctions",
      "recommandations", "pression",  "accord",    "demande",
      "sanctions", "enquete", "decision", "services",  NULL};
  /* Bruxelles-Capitale, Bruxelles-Midi: a place's longer name */
  if (t1 < c->n && frex_org_joined(c, t1) && frex_org_text_is(c, t1, "-"))
    return M_DROP;
  bool belgian_doc = in_document(c, belgian);
  if (!belgian_doc && commission_decides(c, t0, t1))
    return M_OK;
  if (!in_sentence(c, t0, eu, false) &&
      (belgian_doc || !in_sentence(c, t0, eu_business, false))) {
    /* Bruxelles réclame à Paris un effort: a capital it asks, not in a
     * Belgian document (the trains between Paris and Bruxelles say
     * nothing: an acting Bruxelles) */
    if (in_sentence(c, t0, capitals, false) && !belgian_doc &&
        frex_org_acts(c, t0, t1))
      return M_OK;
    return M_DROP;
  }
  /* le feu vert de Bruxelles, l'aval de Bruxelles, les exigences de
   * Bruxelles */
  if (t0 >= c->first + 2 && frex_org_joined(c, t0) &&
      (frex_org_tis(c, t0 - 1, ORG_W_DE) || frex_org_tis(c, t0 - 1, ORG_W_D))) {
    size_t p = t0 - 2;
    static const char *const vert[] = {"vert", NULL};
    if (frex_org_joined(c, p + 1) && frex_org_tlower(c, p) &&
        (frex_org_key_in(c, p, say) ||
         (frex_org_key_in(c, p, vert) && p > c->first &&
          frex_org_joined(c, p) && frex_org_key_in(c, p - 1, say))))
      return M_OK;
  }
  /* Paris et Bruxelles s'opposent, entre Berlin et Bruxelles */
  static const char *const et[] = {"et", NULL};
  if (t0 >= c->first + 2 && frex_org_joined(c, t0) &&
      frex_org_key_in(c, t0 - 1, et) && frex_org_joined(c, t0 - 1) &&
      frex_org_tcap(c, t0 - 2) && frex_org_key_in(c, t0 - 2, capitals))
    return M_OK;
  if (t1 + 1 < c->n && frex_org_joined(c, t1) && frex_org_key_in(c, t1, et) &&
      frex_org_joined(c, t1 + 1) && frex_org_tcap(c, t1 + 1) &&
      frex_org_key_in(c, t1 + 1, capitals))
    return M_OK;
  return -1; /* the general evidence: Bruxelles a ouvert une enquête */
}

/* la Chancellerie: France's ministry of Justice in a sentence of justice
 * (la Chancellerie a publié une circulaire aux parquets, les chiffres de
 * la Chancellerie sur les détenus); a chancellor's office elsewhere (la
 * Chancellerie allemande, fédérale; à la chancellerie, à Berlin). */
static int chancellery(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const justice[] = {
      "justice",   "sceaux",     "magistrat",  "magistrats", "parquet",
      "parquets",  "procureur",  "procureurs", "juge",       "juges",
      "detenus",   "detenues",   "detention",  "prison",     "prisons",
      "penitentiaire", "penale", "penal",      "greffiers",  "tribunaux",
      "tribunal",  "condamnations", "circulaire", "avocats", "peines",
      NULL};
  static const char *const foreign[] = {"federale", "imperiale", NULL};
  if (t1 < c->n && frex_org_joined(c, t1) &&
      (frex_org_nationality(c, t1) || frex_org_key_in(c, t1, foreign)))
    return M_DROP;
  /* à Berlin, la Chancellerie a démenti: a document of a chancellor's
   * country, unless the sentence speaks of justice */
  static const char *const chancellors[] = {
      "chancelier", "chanceliere", "berlin",   "allemagne", "allemand",
      "allemande",  "autriche",    "autrichien", "autrichienne", "bundestag",
      "merz",       "scholz",      "merkel",   NULL};
  bool law = in_sentence(c, t0, justice, false); /* garde des Sceaux */
  if (!law && in_document(c, chancellors))
    return M_DROP;
  /* la Chancellerie de l'ambassade, du consulat: another office's */
  if (t1 + 1 < c->n && frex_org_joined(c, t1) &&
      (frex_org_tis(c, t1, ORG_W_DE) || frex_org_tis(c, t1, ORG_W_D) ||
       frex_org_tis(c, t1, ORG_W_DU)))
    return M_DROP;
  return law ? M_OK : -1;
}

int frex_org_seat_state(const org_ctx *c, const char *surface, size_t t0,
                        size_t t1) {
  int st = -1;
  if (strcmp(surface, "Bruxelles") == 0)
    st = brussels(c, t0, t1);
  else if (strcmp(surface, "Chancellerie") == 0)
    st = chancellery(c, t0, t1);
  /* not the arena's guests (le chanteur, reçu à Bercy par 15 000 fans;
   * le Français, reçu à Bercy pour le tournoi) */
  static const char *const show[] = {
      "concert", "concerts", "fans",    "spectateurs", "public",
      "match",   "tournoi",  "spectacle", "scene",     "tennis",
      "chanteur", "chanteuse", NULL};
  if (st < 0 && t1 == t0 + 1 && received_at(c, t0) &&
      !in_sentence(c, t0, show, true))
    st = M_OK;
  return st;
}
