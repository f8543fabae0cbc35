/*
 * org_rules.h — the rules that find organisation names the dictionary does
 * not know (SPEC "Dictionary"): legal forms (org_legal.c), public bodies
 * named by their head word and English titles (org_bodies.c), cue phrases
 * and appositions (org_cues.c).  Internal to the COMPANY/AGENCY stage.
 */
#ifndef FREX_ORG_RULES_H
#define FREX_ORG_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "frex.h"
#include "org_tokens.h"

/* How a rule found a name: what the document-level passes may do with it
 * (org_doc.c: one reading per document, short forms). */
typedef enum org_how {
  ORG_BY_DICT,      /* a dictionary alias */
  ORG_BY_LEGAL,     /* capitalised words ending in a legal form */
  ORG_BY_SUBSIDIARY, /* a dictionary name and its arm's words (Axa Banque,
                        Enedis Bretagne): written again whole only, its
                        first word being the dictionary's */
  ORG_BY_CUE,       /* a cue noun before it, or an apposition after it */
  ORG_BY_BODY,      /* a public body's head word, an English title */
  ORG_BY_PORTFOLIO, /* the ministry in a minister's title */
  ORG_BY_ACRONYM,   /* an acronym defined in parentheses */
  ORG_BY_REPEAT     /* another mention of a name found so */
} org_how;

/* A span of tokens [t0, t1) found by a rule, with its type. */
typedef struct org_span {
  size_t t0, t1;
  frex_entity_type type;
  org_how how;
  uint32_t alias; /* the dictionary alias naming it, or FREX_DICT_NONE */
} org_span;

/* A public body of the dictionary is named from token I on (Golfe du
 * Morbihan - Vannes agglomération): its end in *END. */
bool frex_org_dict_body_at(const org_ctx *c, size_t i, size_t *end);

/* ----------------------------------------------------------- org_legal.c */

/* Token I is a legal form (SA, Inc., GmbH...). */
bool frex_org_legal_form(const org_ctx *c, size_t i);
/* Token I is a designator that names a company of its own after a
 * company's name (Orange Bank, BNP Paribas Real Estate), unlike Groupe or
 * Studios (Foncia Groupe is Foncia): ORG_SUB_AFTER_NAME when the name must
 * start with a dictionary name (Differentiated Services is none),
 * ORG_SUB_ALONE when it names a firm after any capitalised words (Zorg
 * Capital, Zorg Ventures); 0 for the other tokens.  The legal-form rule
 * also ends a name with the country after such a word (TotalEnergies
 * Marketing France: *LEGAL is then the designator). */
enum { ORG_SUB_AFTER_NAME = 1, ORG_SUB_ALONE = 2 };
int frex_org_subsidiary_word(const org_ctx *c, size_t i);
/* Token I is a NOT_NAME word that starts a name here: a material written
 * in title case (Alu, not ALU) right before another capitalised name word
 * (la société Alu Confort Ouest SARL; not la menuiserie PVC, ALU). */
bool frex_org_material_name(const org_ctx *c, size_t i);
/* The legal-form rule at I: capitalised words ending in a legal form
 * (Amazon Mobile LLC).  On success *LEGAL is the legal form's index. */
bool frex_org_rule_legal(const org_ctx *c, size_t i, org_span *s,
                         size_t *legal);

/* ---------------------------------------------------------- org_bodies.c */

/* French public bodies (ministère de la Défense, Autorité de la
 * concurrence, la Mission de l'Union africaine en Somalie) and English
 * titles (Government Accountability Office) starting at I. */
bool frex_org_rule_body(const org_ctx *c, size_t i, org_span *s);
/* The adjectives that make "conseil X de <place>" a local assembly
 * (frex_org_key_in keys), NULL-terminated. */
extern const char *const frex_org_local_adjs[];
/* "le ministre de l'Intérieur": the ministry named in a minister's title,
 * the capitalised portfolio (Intérieur, Affaires étrangères) at I. */
bool frex_org_rule_portfolio(const org_ctx *c, size_t i, org_span *s);
/* Token T is a capitalised point of the compass joined to the token
 * before (Ouest, Centre-Est: a body's area) (org_bodies.c) */
bool frex_org_compass(const org_ctx *c, size_t t);
/* l'institut CSA: the polling firm's alias for ALIAS at [I, DEND), or
 * ALIAS (org_cues.c) */
uint32_t frex_org_pollster(const org_ctx *c, size_t i, size_t dend,
                           uint32_t alias);
/* "du Burundi", "de Russie", "des États-Unis" at token I: one capitalised
 * word after de/du/des; the end of that word, or 0. */
size_t frex_org_country_after(const org_ctx *c, size_t i);
/* de Paris, du Rhône, d'Île-de-France, de la Gironde at K: a place's
 * one-word name after de; its end, or 0 (not de Jean Dupont). */
size_t frex_org_place_after(const org_ctx *c, size_t k);
/* Token P is a lowercase adjective of a town, a department or a region
 * (nantais, rennaise, vendéen, breton). */
bool frex_org_demonym_adj(const org_ctx *c, size_t p);
/* "Pays de Morlaix", "Pays des Abers" at M: a land of several words; its
 * end, or 0. */
size_t frex_org_pays_end(const org_ctx *c, size_t m);
/* H (a key's first three bytes) starts a public-body head word:
 * frex_org_head_prefix (org_words.h). */

/* ------------------------------------------------------------ org_cues.c */

/* The cue rule at I: a cue noun before it (le groupe pharmaceutique X,
 * la compagnie aérienne low-cost X, l'agence d'information sud-coréenne
 * X) or an apposition after it (X, le fabricant de pneus, ...). */
bool frex_org_rule_cue(const org_ctx *c, size_t i, bool cue_near, org_span *s);
/* "la start-up lyonnaise kelvin lève 4 millions": a lowercase name right
 * after a young firm's cue noun at P (and a place's adjective), when the
 * firm does something next (org_cues.c). */
bool frex_org_lower_brand(const org_ctx *c, size_t p, org_span *s);
/* The type a cue right before token I gives a capitalised name there
 * (FREX_ENT_COMPANY or FREX_ENT_AGENCY), or 0. */
frex_entity_type frex_org_cue_type(const org_ctx *c, size_t i);
/* An apposition after the name [T0, T1) ("Zentiva, le laboratoire
 * tchèque,"): its type, or 0. */
frex_entity_type frex_org_appos_type(const org_ctx *c, size_t t1);
/* Evidence right before token I that a capitalised ambiguous name there
 * is the organisation: a cue, reported speech (selon X), chez X. */
bool frex_org_cue_before(const org_ctx *c, size_t i);
/* Token I follows a title or a first name: a person (M. Renault, Mme
 * Peugeot, Rob Ford). */
bool frex_org_person_before(const org_ctx *c, size_t i);

/* Token I's key is a first name (Xavier, Jean-Pierre, Elon: the list of
 * org_first_names.def). */
bool frex_org_first_name(const org_ctx *c, size_t i);

/* Where a name a cue introduces may start (a capitalised word, Le before
 * one), and where it ends (org_cues.c). */
bool frex_org_name_start(const org_ctx *c, size_t i);
size_t frex_org_name_end(const org_ctx *c, size_t i);

/* ------------------------------------------------------------ org_news.c */

/* Token I's roles among the NEWS lines of org_words.def (N_* bits), by its
 * key, whatever its case; 0 for none. */
unsigned frex_org_news(const org_ctx *c, size_t i);
/* Token I is a one-word place (NEWS TOWN, src/org_towns.def). */
bool frex_org_town(const org_ctx *c, size_t i);
bool frex_org_town_first(const org_ctx *c, size_t i);
bool frex_org_street_named(const org_ctx *c, size_t i);
/* The same with every role, ORG_NEWS_AT_RULE ones included, by the key
 * alone: for a token a rule has already reached. */
unsigned frex_org_news_at(const org_ctx *c, size_t i);
/* The business around an unknown name at I: its staff and management (les
 * salariés de X, le patron de X), its insolvency (placée en liquidation
 * judiciaire, la liquidation de X), its shares (introduite en Bourse,
 * l'action X a chuté), its sites (l'usine X de Flins). */
bool frex_org_rule_news(const org_ctx *c, size_t i, org_span *s);
/* A dictionary ministry at [I, DEND) whose name goes on with more
 * portfolios (ministère de l'Agriculture et de la Souveraineté alimentaire,
 * du Travail, de la Santé et des Solidarités): the end of the whole name,
 * which keeps the dictionary's value; DEND when it does not go on. */
size_t frex_org_ministry_more(const org_ctx *c, size_t i, size_t dend);
/* A mutualist bank network of the dictionary (CANONICAL: Crédit agricole,
 * Caisse d'épargne, Crédit mutuel, Banque populaire) named with its region
 * after DEND (le Crédit agricole Atlantique Vendée, la Caisse d'épargne
 * Aquitaine Poitou-Charentes, le Crédit mutuel du Sud-Ouest): the end of
 * the regional bank's name, a company of its own; DEND when none. */
size_t frex_org_regional_end(const org_ctx *c, size_t dend,
                             const char *canonical);
/* Token K, capitalised, is a French region's or département's one-word
 * name, or the first word of one (Vendée, Bretagne, Pays). */
bool frex_org_french_area_word(const org_ctx *c, size_t k);
/* A French région's or département's name after de, du, d', de la at K
 * (de Savoie, du Morbihan, de l'Ain): its end, or 0. */
size_t frex_org_french_area_after(const org_ctx *c, size_t k);
/* A region or an area of the compass after any dictionary name ending at
 * DEND (Enedis Bretagne, GRDF Centre-Ouest): its end, or DEND. */
size_t frex_org_area_end(const org_ctx *c, size_t dend);
/* Does what follows a name ending before K make it a company's (X,
 * placée en liquidation; X est cotée sur Euronext)?  Evidence for an
 * ambiguous dictionary name too (Camaïeu, placée en liquidation). */
bool frex_org_news_after(const org_ctx *c, size_t k);
/* After the name ending before T1, its share's move: a change in brackets
 * in the clause (Safran a suivi le mouvement (+2,1 %)) or a move verb and a
 * percentage (Orange recule de 3 %): a listed firm. */
bool frex_org_stock_move_after(const org_ctx *c, size_t t1);
/* What only a firm does, right after a name [T0, K) opening a clause
 * (Total a supprimé 300 postes): evidence for an ambiguous name. */
bool frex_org_firm_deeds_after(const org_ctx *c, size_t t0, size_t k);
/* Is the name at T0 the winner of a deal: a contract, a public market, a
 * site or a concession, attribué (confié, remporté, adjugé, décroché) à
 * or par T0 (le marché a été attribué à Colas, le contrat remporté par
 * Vinci)?  The name is [T0, T1).  Evidence for an ambiguous dictionary
 * name. */
bool frex_org_award_before(const org_ctx *c, size_t t0, size_t t1);
/* The business words before "de" + the name at I (les salariés de X, le
 * directeur financier de X, le chiffre d'affaires de X): 0 when none, 1
 * when the name must be one word, 2 when it may be longer. */
int frex_org_news_before_de(const org_ctx *c, size_t i);
/* org_trades.c: the sentence of token I speaks of a show or of troops */
bool frex_org_troupe_sentence(const org_ctx *c, size_t i);
/* Token I is a capitalised trade a company's name starts with (Éditions,
 * Laboratoires: NEWS NAME_PREFIX), a name after it.  By the bytes first:
 * Éditions, Editions, Laboratoires, Établissements, Etablissements, Ets,
 * Transports start with E, L, T or É and end with s; most tokens do not. */
bool frex_org_news_prefix_slow(const org_ctx *c, size_t i);
static inline bool frex_org_news_prefix(const org_ctx *c, size_t i) {
  const char *x = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  /* Fromagerie, Quincaillerie, Bijouterie, Boulangerie, Maison, Domaine,
   * Verrerie */
  if (n >= 6 && n <= 13 && (x[n - 1] == 'e' || x[n - 1] == 'n') &&
      (x[0] == 'F' || x[0] == 'Q' || x[0] == 'B' || x[0] == 'M' ||
       x[0] == 'D' || x[0] == 'S' || x[0] == 'C' || x[0] == 'L' ||
       x[0] == 'V'))
    return frex_org_news_prefix_slow(c, i);
  if ((n < 8 && !(n == 3 && x[0] == 'E' && x[1] == 't')) || n > 15 ||
      x[n - 1] != 's' ||
      (x[0] != 'E' && x[0] != 'L' && x[0] != 'T' && x[0] != 'P' &&
       x[0] != '\xc3'))
    return false;
  return frex_org_news_prefix_slow(c, i);
}

/* org_news.c: token I is a works' or craft's noun (Charcuterie, Menuiserie);
 * the end of such a noun's name with its complement (la Charcuterie de la
 * Vallée, la Cave de Tain), or 0 */
bool frex_org_works_noun(const org_ctx *c, size_t i);
size_t frex_org_works_name_end_slow(const org_ctx *c, size_t i);
static inline size_t frex_org_works_name_end(const org_ctx *c, size_t i) {
  /* the preposition first, inline: most capitalised words have none after
   * them, and the call's prologue cost more than this test (asked at
   * every capitalised word) */
  if (i + 2 >= c->n || !frex_org_joined(c, i + 1) ||
      frex_org_word_in(c, i + 1, ORG_WBIT(DE) | ORG_WBIT(DU) | ORG_WBIT(DES) |
                                     ORG_WBIT(D)) == ORG_W_NONE)
    return 0;
  return frex_org_works_name_end_slow(c, i);
}

/* ---------------------------------------------------------- org_trades.c */

/* la clinique Pasteur (a company), le centre hospitalier de Cholet, le
 * groupe hospitalier Bretagne Sud (a public body): the name at I, its
 * head before it (the span starts at the head). */
bool frex_org_rule_health(const org_ctx *c, size_t i, org_span *s);
/* la Compagnie des Alpes, les Jardins de Gally, la Manufacture Bohin: a
 * head that names a place or a troupe too, at I, its name after it, in a
 * sentence that speaks of business; the name's end, or 0. */
size_t frex_org_trade_name_end_slow(const org_ctx *c, size_t i);
static inline size_t frex_org_trade_name_end(const org_ctx *c, size_t i) {
  /* by the bytes first: a head's first letter and length (Compagnie,
   * Jardins... six to eleven bytes), then de, du, des, d' or a capital
   * after it; most capitalised words fail here */
  if (i + 1 >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return 0;
  unsigned char h0 = (unsigned char)c->text[c->tok[i].start],
                n0 = (unsigned char)c->text[c->tok[i + 1].start];
  size_t hn = c->tok[i].end - c->tok[i].start;
  if (hn < 6 || hn > 11 ||
      (h0 != 'C' && h0 != 'J' && h0 != 'S' && h0 != 'M' && h0 != 'V' &&
       h0 != 'T' && h0 != 'A' && h0 != 'B' && h0 != 'L' && h0 != 'P') ||
      !(n0 == 'd' || (n0 >= 'A' && n0 <= 'Z') || n0 >= 0xc3))
    return 0;
  return frex_org_trade_name_end_slow(c, i);
}
/* Eiffage a pris le contrôle de X, le fonds Y a mis la main sur X, le
 * groupe Z a racheté X: the name at I bought by a company. */
bool frex_org_rule_taken(const org_ctx *c, size_t i, org_span *s);
/* Zorglub a annoncé la suspension de sa cotation, X a indiqué que son
 * usine fermerait: an unknown name opening a sentence, a verb of saying,
 * then its own cotation, plant, staff, turnover. */
bool frex_org_rule_reported(const org_ctx *c, size_t i, org_span *s);
/* L'Allemand Tönnies a racheté, le Néerlandais Vion ferme son usine,
 * repris par l'Américain Cargill: a capitalised nationality as a noun
 * names a firm when the sentence makes its one word act as one (not
 * l'Allemand Klaus Müller, le Néerlandais Verstappen a gagné). */
bool frex_org_rule_nation_firm(const org_ctx *c, size_t i, org_span *s);
/* a commandé deux satellites à X, a confié l'exploitation des lignes à X,
 * le marché a été attribué à X: the supplier after à at I. */
bool frex_org_rule_supplier(const org_ctx *c, size_t i, org_span *s);
/* l'OM a battu le PSG: a one-token acronym [T0, T1) after the elided
 * article in a sentence of sport (evidence for a club's ambiguous
 * initials, which %OM and <OL> also are). */
bool frex_org_club_initials(const org_ctx *c, size_t t0, size_t t1);
/* A word of public money (déficit, budget, impôts, milliards) in the
 * sentence of token T0: evidence for the finance ministry's seat. */
bool frex_org_public_finance(const org_ctx *c, size_t t0);

/* ----------------------------------------------------------- org_seats.c */

/* What the words around an ambiguous public body named by a place say of
 * the dictionary name SURFACE at [T0, T1): M_OK (Bruxelles in a sentence
 * of the EU, la Chancellerie in one of justice, reçus à Bercy), M_DROP
 * (Bruxelles elsewhere, la Chancellerie allemande), or -1: nothing. */
int frex_org_seat_state(const org_ctx *c, const char *surface, size_t t0,
                        size_t t1);

/* ------------------------------------------------------------ org_acts.c */

/* Evidence that the ambiguous name [T0, T1) is the organisation: it is the
 * subject of a verb organisations do (Orange a annoncé, Bercy prévoit), or
 * comes after d'après; not a one-word name the document gives a person. */
bool frex_org_acts(const org_ctx *c, size_t t0, size_t t1);
/* The name at T0 is the buyer or the seller of a deal: après cédé à,
 * racheté ses parts à (a firm's words, where à names no place). */
bool frex_org_sold_to(const org_ctx *c, size_t t0);
/* The one-word name at T0 is a person's somewhere in the document: after
 * a title (M. Dupont), a first name (Jean Dupont) or before a particle. */
bool frex_org_named_person(const org_ctx *c, size_t t0);
/* A place's preposition before the name at T0, maybe with its article (à
 * l'Élysée, au Kremlin, dans le Vaucluse): the name is a place's. */
bool frex_org_place_before(const org_ctx *c, size_t t0);
/* The name at T0, after its determiner, is the object of a verb that takes
 * "X de Y" (accuser, menacer, soupçonner, prévenir, informer...): a "de"
 * after the name opens the verb's complement (menace l'Union européenne de
 * représailles), not a longer name. */
bool frex_org_object_of_de_verb(const org_ctx *c, size_t t0);

/* How many tokens a cue noun may stand before its name (la chaîne
 * d'information en continu I-Télé: 5), plus one for a determiner. */
#define ORG_CUE_REACH 9

/* All the rules of org_bodies.c and org_cues.c at I: the longest span.
 * CUE_NEAR: some token of the last ORG_CUE_REACH before I may be a cue
 * noun (else the cue rule looks only for an apposition); MINISTER_NEAR:
 * some token of the last eight may be ministre or secrétaire (else the
 * portfolio rule is not tried). */
bool frex_org_rule_name(const org_ctx *c, size_t i, bool cue_near,
                        bool minister_near, org_span *s);

#endif
