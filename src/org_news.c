/*
 * org_news.c — the business around a name the dictionary does not know,
 * as news writes it without a cue noun (SPEC "Dictionary": rules cover
 * names not in the dictionary):
 *
 *   les salariés de Zorglub, le patron de Zorglub, la direction de
 *   Zorglub, le directeur général de Zorglub, le siège social de Zorglub;
 *   le tribunal a placé Zorglub en redressement judiciaire, Zorglub a été
 *   placée en liquidation judiciaire, la liquidation de Zorglub, le plan
 *   de sauvegarde de Zorglub; Zorglub a été introduite en Bourse, Zorglub
 *   est cotée sur Euronext, l'introduction en Bourse de Zorglub, l'action
 *   Zorglub a chuté; l'usine Zorglub de Saint-Nazaire.
 *
 * People have staff and bosses too (les salariés de Jean Dupont), and
 * towns have workers and shops (les salariés de Florange, l'usine de
 * Flins): after staff words, insolvency and sites the name is one word,
 * and a site's name comes before the town (l'usine X de Y), never after
 * de.  The words are the NEWS lines of org_words.def.
 */
#include <string.h>

#include "org_rules.h"
#include "org_tokens.h"

unsigned frex_org_news(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return 0;
  /* the first three key bytes first, with no key: most words have none */
  const frex_token *t = &c->tok[i];
  unsigned char h3[3];
  frex_org_key_head3(c->w, c->text + t->start, t->end - t->start, h3);
  unsigned bit = frex_dict_head_bit(h3);
  if (!(c->w->news_starts[bit >> 3] >> (bit & 7) & 1))
    return 0;
  return frex_org_news_at(c, i);
}

unsigned frex_org_news_at(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return 0;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  const org_word_entry *e = n ? frex_org_words_find(c->w, k, n, h) : NULL;
  return e ? e->news : 0;
}

/* Token I is lowercase and joined to the one before, with role R. */
static bool news_at(const org_ctx *c, size_t i, unsigned r) {
  return i < c->n && frex_org_joined(c, i) && frex_org_tlower(c, i) &&
         (frex_org_news(c, i) & r);
}

/* Token I's key starts with byte B (for the words of one role that need
 * more context than the others: redressement, sauvegarde, direction). */
static bool key_starts(const org_ctx *c, size_t i, char b) {
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  return n && k[0] == b;
}

/* Token I is a form of prendre (prennent la direction de Clichy: a way,
 * not a board). */
static bool taking(const org_ctx *c, size_t i) {
  size_t n;
  uint32_t h;
  const char *x = frex_org_tkey(c, i, &n, &h);
  return (n >= 5 && memcmp(x, "pren", 4) == 0) ||
         (n >= 4 && n <= 6 && memcmp(x, "pri", 3) == 0 &&
          (x[3] == 's' || x[3] == 't'));
}

static bool is_de(const org_ctx *c, size_t i) {
  return frex_org_tis(c, i, ORG_W_DE) || frex_org_tis(c, i, ORG_W_D);
}

/* The words before "de" + the name at I (I - 1 is de or d'): 0 when they
 * are no business of a company, 1 when the name after them must be one
 * word, 2 when it may be longer. */
static int before_de(const org_ctx *c, size_t i) {
  static const char *const sous[] = {"sous", NULL};
  size_t w = i - 2;
  if (w <= c->first || !frex_org_joined(c, i - 1) ||
      c->tok[w].cls != FREX_TOK_WORD)
    return 0;
  unsigned r = frex_org_news(c, w);
  if (!frex_org_tlower(c, w)) /* en Bourse, l'OPA: in capitals */
    r &= N_MARKET | N_OPA;
  /* l'OPA de X, son OPA hostile de X (not la fondation OPA de Paris) */
  if (r & N_OPA)
    return frex_org_joined(c, w) && frex_org_in(c, w - 1, L_DETERMINER) ? 2
                                                                        : 0;
  if (frex_org_lower_adj(c, w) && frex_org_joined(c, w) &&
      w - 1 > c->first && frex_org_joined(c, w - 1) &&
      (frex_org_news(c, w - 1) & N_OPA) &&
      frex_org_in(c, w - 2, L_DETERMINER))
    return 2;
  /* le PDG fondateur de X, le patron et fondateur de X: a founder who
   * heads it (le fondateur de Wikipédia alone: a project) */
  static const char *const founder[] = {"fondateur", "fondatrice",
                                        "cofondateur", "cofondatrice", NULL};
  if (frex_org_joined(c, w) && frex_org_tlower(c, w) &&
      frex_org_key_in(c, w, founder)) {
    size_t b = w - 1;
    if (b > c->first && frex_org_joined(c, b) && frex_org_tis(c, b, ORG_W_ET))
      b--;
    return b > c->first && (frex_org_news(c, b) & N_BOSS) ? 2 : 0;
  }
  /* la part de marché de X, les parts de marché de X: what a firm holds
   * (a country takes its article: de la France) */
  if (frex_org_joined(c, w) && w - 2 > c->first &&
      frex_org_text_is(c, w, "march\xc3\xa9") && is_de(c, w - 1) &&
      frex_org_joined(c, w - 1) &&
      (frex_org_text_is(c, w - 2, "part") ||
       frex_org_text_is(c, w - 2, "parts")))
    return 2;
  /* la maison mère de X, la société mère de X, la maison-mère de X: a
   * firm's parent (a person's mother is "la mère de") */
  static const char *const mother[] = {"mere", NULL};
  static const char *const parent[] = {"maison", "societe", NULL};
  static const char *const parent1[] = {"maison-mere", "societe-mere", NULL};
  if (frex_org_tlower(c, w) &&
      (frex_org_key_in(c, w, parent1) ||
       (frex_org_key_in(c, w, mother) && w - 1 > c->first &&
        frex_org_joined(c, w) && frex_org_key_in(c, w - 1, parent))))
    return 2;
  /* le carnet de commandes de X: a maker's order book */
  static const char *const book[] = {"carnet", "carnets", NULL};
  if (frex_org_joined(c, w) && w - 2 > c->first &&
      frex_org_text_is(c, w, "commandes") && is_de(c, w - 1) &&
      frex_org_joined(c, w - 1) && frex_org_key_in(c, w - 2, book))
    return 1;
  /* le liquidateur de X: the officer of a firm's liquidation (one word;
   * not le liquidateur de la succession, lowercase) */
  static const char *const liquidator[] = {"liquidateur", "liquidateurs", NULL};
  if (!r && frex_org_joined(c, w) && frex_org_tlower(c, w) &&
      frex_org_key_in(c, w, liquidator))
    return 1;
  /* le plan de continuation de X: a firm's way out of receivership */
  if (!r && w - 2 > c->first && frex_org_joined(c, w) &&
      frex_org_text_is(c, w, "continuation") && is_de(c, w - 1) &&
      frex_org_joined(c, w - 1) && frex_org_text_is(c, w - 2, "plan"))
    return 1;
  if (!r && !frex_org_tis(c, w, ORG_W_SOCIAL))
    return 0;
  bool joined = frex_org_joined(c, w);
  if (r & N_STAFF) {
    /* la direction de X; not sous la direction de X (a conductor, an
     * editor), en direction de Lyon, prendre la direction de Clichy (a
     * way) */
    if (key_starts(c, w, 'd') &&
        !(joined && (frex_org_tis(c, w - 1, ORG_W_LA) ||
                     frex_org_tis(c, w - 1, ORG_W_L)) &&
          !(frex_org_joined(c, w - 1) &&
            (frex_org_key_in(c, w - 2, sous) || taking(c, w - 2)))))
      return 0;
    return 1;
  }
  if (r & N_BOSS)
    return 2;
  /* le directeur général de X, la directrice financière de X, le
   * directeur général délégué de X */
  if ((r & N_GENERAL) && joined) {
    size_t v = w - 1;
    if (v > c->first + 1 && frex_org_joined(c, v) && frex_org_tlower(c, v) &&
        (frex_org_news(c, v) & N_GENERAL))
      v--;
    return frex_org_tlower(c, v) && (frex_org_news(c, v) & N_BOSS_TITLE) ? 2
                                                                        : 0;
  }
  /* le président du directoire de X; le conseil de surveillance,
   * d'administration de X */
  if (r & N_BOARD) {
    static const char *const council[] = {"conseil", NULL};
    if (key_starts(c, w, 'd'))
      return 2;
    return joined && is_de(c, w - 1) && w - 1 > c->first + 1 &&
                   frex_org_joined(c, w - 1) &&
                   frex_org_key_in(c, w - 2, council)
               ? 2
               : 0;
  }
  /* le chiffre d'affaires de X, la capitalisation boursière de X, le
   * bénéfice net de X */
  if ((r & N_EARN_ADJ) && joined) {
    size_t v = w - 1;
    if (key_starts(c, w, 'a')) { /* affaires, after chiffre d' */
      if (!frex_org_tis(c, v, ORG_W_D) || v <= c->first + 1 ||
          !frex_org_joined(c, v))
        return 0;
      v--;
    }
    return frex_org_tlower(c, v) && (frex_org_news(c, v) & N_EARN_NOUN) ? 2
                                                                       : 0;
  }
  /* le siège social de X */
  if (frex_org_tis(c, w, ORG_W_SOCIAL) && joined &&
      (frex_org_news(c, w - 1) & N_SEAT))
    return 1;
  /* la liquidation (judiciaire) de X, la faillite de X, le redressement
   * judiciaire de X, le plan (la procédure) de sauvegarde de X; not le
   * redressement de la France, la sauvegarde de Venise */
  /* l'administrateur (le mandataire) judiciaire de X: a receivership's
   * officers */
  static const char *const officer[] = {"administrateur", "administrateurs",
                                        "mandataire", "mandataires", NULL};
  if ((r & N_JUDICIAL) && joined &&
      ((frex_org_news(c, w - 1) & N_INSOLV) ||
       frex_org_key_in(c, w - 1, officer)))
    return 1;
  if (r & N_INSOLV) {
    if (key_starts(c, w, 'r'))
      return 0;
    if (key_starts(c, w, 's'))
      return joined && is_de(c, w - 1) ? 1 : 0;
    return 1;
  }
  /* l'offre de reprise de X, les offres de rachat de X: bids for a
   * company (a bid for a town's club names its club: the caller leaves
   * towns out) */
  static const char *const bids[] = {"offre", "offres", NULL};
  if ((r & N_DEAL) && joined && w - 2 > c->first && is_de(c, w - 1) &&
      frex_org_joined(c, w - 1) && frex_org_key_in(c, w - 2, bids) &&
      (frex_org_text_is(c, w, "reprise") || frex_org_text_is(c, w, "rachat")))
    return 2;
  /* la cotation de X (suspendue, reprise): a listed firm's shares (not
   * la cotation de l'euro, du blé: no capital there) */
  if ((r & N_IPO) && frex_org_text_is(c, w, "cotation"))
    return 1;
  /* l'introduction (l'entrée) en Bourse de X */
  if ((r & N_MARKET) && joined && frex_org_tis(c, w - 1, ORG_W_EN) &&
      frex_org_joined(c, w - 1) && (frex_org_news(c, w - 2) & N_IPO))
    return 2;
  return 0;
}

int frex_org_news_before_de(const org_ctx *c, size_t i) {
  if (i < c->first + 2 || !frex_org_joined(c, i) || !is_de(c, i - 1))
    return 0;
  return before_de(c, i);
}

/* Is one of the four words before "chez" at P, in its clause, a word
 * HIT accepts?  (Words and numbers only: a punctuation mark ends the
 * clause.) */
static bool before_chez(const org_ctx *c, size_t p,
                        bool (*hit)(const org_ctx *, size_t)) {
  for (size_t q = p, steps = 0; q > c->first && steps < 4; steps++) {
    if (!frex_org_joined(c, q) || frex_org_sent_start(c, q))
      return false;
    q--;
    if (c->tok[q].cls != FREX_TOK_WORD && c->tok[q].cls != FREX_TOK_NUM)
      return false;
    if (hit(c, q))
      return true;
  }
  return false;
}

/* A job: a travaillé dix ans chez, ingénieur chez, un stage chez. */
static bool job_word(const org_ctx *c, size_t q) {
  return (frex_org_tlower(c, q) || frex_org_sent_start(c, q)) &&
         (frex_org_news(c, q) & N_JOB);
}

/* Job cuts or a strike: plan social chez, 200 emplois menacés chez,
 * grève chez, licenciements chez. */
static bool trouble_word(const org_ctx *c, size_t q) {
  static const char *const trouble[] = {
      "social",      "greve",      "greves",    "licenciements", "pse",
      "suppressions", "menaces",   "debrayage", "debrayages",    NULL};
  return frex_org_key_in(c, q, trouble);
}

/* Past the auxiliaries from token J: a été, est, vient d'être, sera. */
static size_t skip_aux(const org_ctx *c, size_t j) {
  for (int k = 0; k < 4 && news_at(c, j, N_AUX); k++)
    j++;
  return j;
}

/* At token J: "en" + an insolvency (placé en redressement judiciaire). */
static bool insolvency_at(const org_ctx *c, size_t j) {
  return j + 1 < c->n && frex_org_joined(c, j) && frex_org_tis(c, j, ORG_W_EN) &&
         news_at(c, j + 1, N_INSOLV);
}

/* At token J: en, sur, à, au (la) + a market (en Bourse, sur Euronext, à
 * la Bourse de Paris, au Nasdaq). */
static bool market_at(const org_ctx *c, size_t j) {
  if (j >= c->n || !frex_org_joined(c, j) ||
      !(frex_org_tis(c, j, ORG_W_EN) || frex_org_tis(c, j, ORG_W_SUR) ||
        frex_org_tis(c, j, ORG_W_A) || frex_org_tis(c, j, ORG_W_AU)))
    return false;
  j++;
  if (frex_org_tis(c, j, ORG_W_LA) && frex_org_joined(c, j))
    j++;
  return j < c->n && frex_org_joined(c, j) && (frex_org_news(c, j) & N_MARKET);
}

/* At token J: a verb of winning or counting customers, then their number
 * (X a gagné 200 000 abonnés, X a perdu 1,2 million de clients, X
 * revendique 24 millions de clients): a firm's news, not a person's nor
 * a place's (a town has inhabitants, an influencer followers). */
static bool customers_at(const org_ctx *c, size_t j) {
  static const char *const verbs[] = {
      "gagne",   "perdu",    "perd",     "seduit",   "conquis",
      "recrute", "revendique", "compte", "totalise", "attire", NULL};
  static org_keyset verbs_set = ORG_KEYSET(verbs);
  static const char *const scale[] = {"million", "millions", "milliers",
                                      "de",      "d'",       NULL};
  static const char *const who[] = {"abonnes", "clients", "souscripteurs",
                                    NULL};
  if (j >= c->n || !frex_org_joined(c, j) ||
      !frex_org_key_in_set(c, j, &verbs_set)) /* the same answer, hashed */
    return false;
  size_t k = j + 1;
  if (k >= c->n || !frex_org_joined(c, k) || c->tok[k].cls != FREX_TOK_NUM)
    return false;
  while (k < c->n && k < j + 6 && frex_org_joined(c, k) &&
         (c->tok[k].cls == FREX_TOK_NUM || frex_org_key_in(c, k, scale)))
    k++;
  return k < c->n && frex_org_joined(c, k) && frex_org_key_in(c, k, who);
}

/* What follows the name ending before K makes it a company's: X a été
 * placée en liquidation, X est cotée sur Euronext, X a été introduite en
 * Bourse. */
/* Participles of a firm bought, before par: X, racheté par Y, ... */
static const char *const bought_by_words[] = {
    "rachete", "rachetee", "rachetes", "rachetees", "acquis",
    "acquise", "acquises", "absorbe",  "absorbee",  NULL};

static bool after_name(const org_ctx *c, size_t k) {
  static const char *const faillite[] = {"faillite", "sauvegarde", NULL};
  /* X, cotée à Paris, ...; X, placée en redressement judiciaire, ... */
  bool comma = k + 1 < c->n && frex_org_joined(c, k) &&
               frex_org_tis(c, k, ORG_W_COMMA);
  size_t j = comma ? k + 1 : skip_aux(c, k);
  if (j >= c->n || !frex_org_joined(c, j) || !frex_org_tlower(c, j))
    return false;
  /* X est en redressement judiciaire, X est en liquidation judiciaire
   * (after an auxiliary; not en faillite, en cessation de paiements:
   * states and people are so too) */
  if (j > k && frex_org_tis(c, j, ORG_W_EN))
    return j + 2 < c->n && frex_org_joined(c, j + 1) &&
           (frex_org_news(c, j + 1) & N_INSOLV) &&
           !frex_org_key_in(c, j + 1, faillite) && frex_org_joined(c, j + 2) &&
           (frex_org_news(c, j + 2) & N_JUDICIAL);
  if (customers_at(c, j))
    return true;
  /* Son concurrent X, racheté par Y, ...: only a firm is bought */
  if (comma && frex_org_key_in(c, j, bought_by_words))
    return j + 1 < c->n && frex_org_joined(c, j + 1) &&
           frex_org_tis(c, j + 1, ORG_W_PAR);
  unsigned r = frex_org_news(c, j);
  if (r & N_PLACED)
    return insolvency_at(c, j + 1);
  if (!(r & N_LISTED))
    return false;
  /* cotée à Paris, à Londres: a city's market */
  return market_at(c, j + 1) ||
         (j + 2 < c->n && frex_org_tis(c, j + 1, ORG_W_A) &&
          frex_org_joined(c, j + 1) && frex_org_joined(c, j + 2) &&
          frex_org_tcap(c, j + 2) && !frex_org_function_word(c, j + 2) &&
          c->tok[j + 2].cls == FREX_TOK_WORD);
}

bool frex_org_award_before(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const par[] = {"par", NULL};
  static const char *const a_one[] = {"un", "une", NULL};
  static const char *const awarded[] = {
      "attribue",  "attribuee",  "attribues",  "attribuees", "confie",
      "confiee",   "confies",    "confiees",   "remporte",   "remportee",
      "remportes", "remportees", "adjuge",     "adjugee",    "adjuges",
      "adjugees",  "decroche",   "decrochee",  NULL};
  static const char *const deals[] = {
      "contrat", "contrats", "marche",     "marches", "chantier",
      "chantiers", "concession", "lot",    "lots",    "appel", NULL};
  if (t0 < c->first + 3 || !frex_org_joined(c, t0) ||
      !frex_org_joined(c, t0 - 1))
    return false;
  /* confié à Leclerc, un maçon de Quimper: an apposition says who it is
   * (a firm's, une PME, is read by frex_org_appos_type) */
  if (t1 + 1 < c->n && frex_org_joined(c, t1) &&
      frex_org_tis(c, t1, ORG_W_COMMA) && frex_org_joined(c, t1 + 1) &&
      frex_org_key_in(c, t1 + 1, a_one))
    return false;
  size_t p = t0 - 1;
  if (!frex_org_tis(c, p, ORG_W_A) && !frex_org_key_in(c, p, par))
    return false;
  p--;
  if (!frex_org_tlower(c, p) || !frex_org_key_in(c, p, awarded))
    return false;
  /* the deal's noun, lowercase, in the sentence, at most twelve words
   * before the participle */
  for (size_t q = p; q-- > c->first && p - q <= 12;) {
    if (c->tok[q].sent != c->tok[p].sent)
      return false;
    if (frex_org_tlower(c, q) && frex_org_key_in(c, q, deals))
      return true;
  }
  return false;
}

bool frex_org_news_after(const org_ctx *c, size_t k) {
  return k < c->n && after_name(c, k);
}

/* A share's change in brackets at token K: (+2,1 %), (-1,2 %), (−0,8 %). */
static bool change_in_brackets(const org_ctx *c, size_t k) {
  if (k + 4 >= c->n || !frex_org_text_is(c, k, "("))
    return false;
  size_t j = k + 1;
  if (frex_org_text_is(c, j, "+") || frex_org_text_is(c, j, "-") ||
      frex_org_text_is(c, j, "\xe2\x88\x92"))
    j++;
  return j + 2 < c->n && c->tok[j].cls == FREX_TOK_NUM &&
         frex_org_text_is(c, j + 1, "%") && frex_org_text_is(c, j + 2, ")");
}

bool frex_org_stock_move_after(const org_ctx *c, size_t t1) {
  if (t1 >= c->n)
    return false;
  /* Safran (+2,1 %); Safran a suivi le mouvement (+2,1 %): a change in
   * brackets later in the clause (a stock-market report's way) */
  for (size_t k = t1; k < c->n && k < t1 + 10 && c->tok[k].sent == c->tok[t1].sent;
       k++) {
    if (change_in_brackets(c, k))
      return true;
    if (frex_org_text_is(c, k, ",") || frex_org_text_is(c, k, ";") ||
        frex_org_text_is(c, k, ":"))
      break;
  }
  /* Orange recule de 3 %, Safran a gagné 2,1 %: a move, then a percentage */
  size_t j = skip_aux(c, t1);
  if (j >= c->n || !news_at(c, j, N_MOVE))
    return false;
  for (size_t k = j + 1; k + 1 < c->n && k <= j + 3; k++)
    if (c->tok[k].cls == FREX_TOK_NUM && frex_org_text_is(c, k + 1, "%"))
      /* not a share of something: a perdu 2 % de ses habitants */
      return !(k + 2 < c->n &&
               (frex_org_tis(c, k + 2, ORG_W_DE) || frex_org_tis(c, k + 2, ORG_W_D) ||
                frex_org_tis(c, k + 2, ORG_W_DES) || frex_org_tis(c, k + 2, ORG_W_DU)));
  return false;
}

/* What a share does after "l'action X", from token K: a chuté, recule,
 * or "en Bourse". */
static bool share_moves(const org_ctx *c, size_t k) {
  if (market_at(c, k))
    return true;
  size_t j = skip_aux(c, k);
  return news_at(c, j, N_MOVE);
}

/* Could token I be an auxiliary, placé or coté (the AUX, PLACED and
 * LISTED lines), by its bytes alone?  Lets every form of those lines
 * through (a, ont, est, sont, sera, seront, va, vient, doit, avait, d',
 * été, être, était, déjà, placé..., introduit..., coté...) and stops most
 * words after a name (de, et, en, le, la, qui, à) before their key. */
static bool aux_bytes(const org_ctx *c, size_t i) {
  const char *x = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  switch ((unsigned char)x[0]) {
  case 'a':
    return n == 1 || n == 5;
  case 'e':
  case 'o':
    return n == 3;
  case 's':
    return n >= 4 && n <= 6;
  case 'v':
    return n == 2 || n == 5;
  case 'd':
    return (n == 2 || n == 4 || n == 6) && x[1] != 'e';
  case 'p':
  case 'i':
  case 'c':
    return n >= 4;
  case 0xC3:
    return n >= 4 && n <= 7;
  }
  return false;
}

/* The name at I may start there: a name word, not an article (a title,
 * Le Zorgien, is left to the dictionary).  Asked last: it costs more than
 * the tests of the words around. */
static bool news_name(const org_ctx *c, size_t i) {
  /* les patrons de PME, les salariés de TPE: a kind of firm in capitals
   * (a cue: la PME X), no name */
  return frex_org_name_start(c, i) && !frex_org_tis(c, i, ORG_W_LE) &&
         !frex_org_tis(c, i, ORG_W_LA) && !frex_org_tis(c, i, ORG_W_LES) &&
         !frex_org_tis(c, i, ORG_W_L) &&
         !(c->tok[i].end - c->tok[i].start <= 4 &&
           (frex_org_news(c, i) & N_ACRO_CUE));
}

bool frex_org_news_prefix_slow(const org_ctx *c, size_t i) {
  if (!(i + 1 < c->n && frex_org_tcap(c, i) && frex_org_joined(c, i + 1) &&
        (frex_org_news(c, i) & N_NAME_PREFIX)))
    return false;
  /* Transports is a minister's portfolio too (la ministre des Transports
   * Elisabeth Borne) and a word of technical text (Transports SCSI): a
   * carrier's name after it is no first name nor acronym, and no
   * minister's word stands in the three tokens before */
  static const char *const transports[] = {"transports", NULL};
  static const char *const houses[] = {"maison", "domaine", NULL};
  if (frex_org_key_in(c, i, houses)) {
    /* la Maison Blanche, la Maison Carrée, Maison France Services, le
     * Domaine National de Chambord: a building, a public office; a
     * house's name is a surname or a first name and a surname */
    static const char *const not_house[] = {
        "blanche",   "carree",        "rouge",     "bleue",     "verte",
        "ronde",     "neuve",         "mere",      "france",    "commune",
        "europeenne", "internationale", "departementale", "regionale",
        "centrale",  "national",      "nationale", "royal",     "royale",
        "public",    "departemental", "regional",  "de",        "des",
        "du",        "d'",            NULL};
    return !frex_org_key_in(c, i + 1, not_house) && !frex_org_town(c, i + 1) &&
           !frex_org_person_before(c, i);
  }
  if (!frex_org_key_in(c, i, transports))
    return true;
  static const char *const office[] = {
      "ministre", "ministres", "ministere", "secretaire", "secretariat",
      "charge",   "chargee",   "delegue",   "deleguee",   NULL};
  for (size_t p = i; p > c->first && i - p < 3; p--)
    if (frex_org_key_in(c, p - 1, office))
      return false;
  return !frex_org_first_name(c, i + 1) && !frex_org_acronym_like(c, i + 1);
}

/* A works' or a winemakers' noun capitalised inside a sentence, then its
 * place or its name after de, du, des, d', de la, de l' (la Cave de Tain,
 * la Brasserie du Mont-Blanc, la Fromagerie de l'Ermitage, la Cave des
 * Vignerons de Saumur): the whole is the firm's name, since the place
 * alone names no firm.  Lowercase (la brasserie du coin, la cave
 * coopérative du village) or opening the sentence, the noun says nothing
 * of a name.  Not the nouns that name a building or a place as often
 * (Raffinerie, Filature, Manufacture, Forges, Jardins, Salins). */
static const char *const works_nouns[] = {
      "brasserie",   "brasseries",   "fromagerie",    "fromageries",
      "biscuiterie", "biscuiteries", "conserverie",   "conserveries",
      "laiterie",    "laiteries",    "distillerie",   "distilleries",
      "chocolaterie", "chocolateries", "confiserie",  "cidrerie",
      "sucrerie",    "sucreries",    "verrerie",      "verreries",
      "cristallerie", "faiencerie",  "savonnerie",    "huilerie",
      "malterie",    "minoterie",    "imprimerie",    "fonderie",
      "fonderies",   "papeterie",    "papeteries",    "scierie",
      "tuilerie",    "coutellerie",  "chaudronnerie", "salaisons",
      "vinaigrerie", "brulerie",     "tonnellerie",   "terrassements",
      "menuiserie",  "menuiseries",  "charcuterie",   "charcuteries",
      "serrurerie",  "metallerie",   "miroiterie",    "ebenisterie",
      "cave",
      "caves",       "cellier",      "celliers",      "vignerons",
      "cooperative", "creperie",     "boulangerie",  "quincaillerie",
      "bijouterie",
      /* trades that name firms of the building and transport trades:
       * Cloisons de l'Ouest, Transports du Val de Loire, Charpentes de
       * Bretagne */
      "cloisons",    "transports",   "charpentes",    "plomberie",
      "maconnerie",  "carrosserie",  "constructions", "ambulances",
      "toitures",    "isolation",    NULL};

static org_keyset works_set = ORG_KEYSET(works_nouns);

/* Token I is a works' or a craft's noun of works_name_end's list
 * (Charcuterie, Boulangerie, Menuiserie), in any case. */
bool frex_org_works_noun(const org_ctx *c, size_t i) {
  return c->tok[i].cls == FREX_TOK_WORD && frex_org_key_in_set(c, i, &works_set);
}

size_t frex_org_works_name_end_slow(const org_ctx *c, size_t i) {
  /* the preposition was tested first (frex_org_works_name_end, inline) */
  if (!frex_org_tcap(c, i) || c->tok[i].cls != FREX_TOK_WORD ||
      frex_org_sent_start(c, i) || !frex_org_key_in_set(c, i, &works_set))
    return 0;
  size_t k = i + 1, end = 0;
  for (int complements = 0; complements < 2; complements++) {
    if (!frex_org_joined(c, k))
      break;
    size_t w = k + 1; /* the name's first word after the preposition */
    if (frex_org_tis(c, k, ORG_W_DE) &&
        (frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_L)) &&
        frex_org_joined(c, k + 1))
      w = k + 2; /* de la Seine, de l'Ermitage */
    else if (!(frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_DU) ||
               frex_org_tis(c, k, ORG_W_DES) || frex_org_tis(c, k, ORG_W_D)))
      break;
    if (!frex_org_joined(c, w) || !frex_org_name_word(c, w) ||
        c->tok[w].cls != FREX_TOK_WORD)
      break;
    /* the place's or the name's words: Mont Blanc, Bains de Mer */
    k = w + 1;
    while (k < w + 3 && frex_org_joined(c, k) && frex_org_name_word(c, k) &&
           c->tok[k].cls == FREX_TOK_WORD)
      k++;
    end = k;
  }
  return end;
}

/* Before "à" at P: a firm selling one of its works (Lactalis a cédé son
 * usine de Vitré à X, cède ses magasins à X, a vendu sa filiale à X): the
 * buyer of a plant, a subsidiary or a business is a firm (not son fonds
 * de commerce, sa maison, ses parts: a person buys those too). */
static bool ceded_to(const org_ctx *c, size_t p) {
  static const char *const sells[] = {
      "cede",   "cedera", "cedent", "ceder",   "vend",   "vendu",
      "vendre", "vendra", "revend", "revendu", "revendre", NULL};
  static const char *const poss[] = {"son", "sa", "ses", "leur", "leurs",
                                     NULL};
  static const char *const works[] = {
      "usine",    "usines",   "site",      "sites",   "abattoir",
      "filiale",  "filiales", "activite",  "branche", "division",
      "magasins", "entrepot", "laiterie",  "pole",    NULL};
  if (p < c->first + 3 || !frex_org_joined(c, p))
    return false;
  size_t q = p - 1;
  /* son usine de Vitré à: past "de" and one or two capitalised words */
  for (size_t w = 0; w < 3 && q > c->first + 2 && frex_org_joined(c, q + 1) &&
                     frex_org_tcap(c, q) && c->tok[q].cls == FREX_TOK_WORD;
       w++)
    q--;
  if (q < p - 1) {
    if (!is_de(c, q) || !frex_org_joined(c, q + 1) || !frex_org_joined(c, q))
      return false;
    q--;
  }
  return q > c->first + 1 && frex_org_tlower(c, q) &&
         frex_org_key_in(c, q, works) && frex_org_joined(c, q) &&
         frex_org_key_in(c, q - 1, poss) && frex_org_joined(c, q - 1) &&
         frex_org_key_in(c, q - 2, sells);
}

bool frex_org_rule_news(const org_ctx *c, size_t i, org_span *s) {
  int b = 0;
  size_t k = 0;
  /* la Cave de Tain, la Brasserie du Mont-Blanc */
  if ((k = frex_org_works_name_end(c, i))) {
    *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  /* la Compagnie des Alpes, les Jardins de Gally: in a business sentence */
  if ((k = frex_org_trade_name_end(c, i))) {
    *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  /* les Éditions Zorgpub, les Éditions du Seuil, les Laboratoires Zorg:
   * the trade, then a name */
  if (frex_org_news_prefix(c, i)) {
    /* la Coopérative forestière Boréalis, Produits forestiers Arbec: a
     * trade's adjective between the head and the name */
    static const char *const trade_adj[] = {
        "forestiere", "forestieres", "forestier", "forestiers", "agricole",
        "agricoles",  "laitiere",    "laitiers",  "viticole",   "fromagere",
        "alimentaires", NULL};
    static const char *const produits[] = {"produits", NULL};
    if (i + 2 < c->n && frex_org_tlower(c, i + 1) &&
        frex_org_key_in(c, i + 1, trade_adj) && frex_org_joined(c, i + 2) &&
        frex_org_tcap(c, i + 2) && frex_org_name_word(c, i + 2) &&
        !frex_org_town(c, i + 2)) {
      k = frex_org_name_end(c, i + 2);
      if (k > i + 2 && frex_org_tcap(c, k - 1)) {
        *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
        return true;
      }
    }
    if (frex_org_key_in(c, i, produits))
      return false; /* Produits needs its adjective (les Produits Laitiers) */
    k = frex_org_name_end(c, i);
    /* les Transports Le Bihan, les Éditions Le Robert: a surname or a
     * name with its article after the trade */
    if (k == i + 1 && k + 1 < c->n && frex_org_joined(c, k) &&
        (frex_org_text_is(c, k, "Le") || frex_org_text_is(c, k, "La")) &&
        frex_org_joined(c, k + 1) && c->tok[k + 1].cls == FREX_TOK_WORD &&
        frex_org_name_word(c, k + 1))
      k = frex_org_name_end(c, k + 1);
    if (k == i + 1 || !frex_org_tcap(c, k - 1))
      return false;
    *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  if (i >= c->first + 2 && frex_org_joined(c, i)) {
    const frex_token *t = &c->tok[i - 1];
    const char *x = c->text + t->start;
    size_t n = t->end - t->start;
    unsigned char f = (unsigned char)x[0];
    /* by the bytes first: de, d', d’; placé, action, titre, usine... */
    if ((n == 2 && f == 'd' && (x[1] == 'e' || x[1] == '\'')) ||
        (n == 4 && memcmp(x, "d\xe2\x80\x99", 4) == 0))
      b = before_de(c, i);
    else if (n == 3 && memcmp(x, "sur", 3) == 0) {
      /* une OPA sur X, l'OPA hostile de Y sur X */
      size_t p = i - 2;
      for (int steps = 0; steps < 5 && p > c->first && frex_org_joined(c, p + 1);
           steps++, p--)
        if (frex_org_news(c, p) & N_OPA) {
          b = frex_org_tcap(c, p) && p > c->first &&
                      frex_org_in(c, p - 1, L_DETERMINER)
                  ? 2
                  : 0;
          break;
        } else if (c->tok[p].cls != FREX_TOK_WORD)
          break;
    } else if (n == 4 && memcmp(x, "pour", 4) == 0) {
      /* Redressement judiciaire pour X, liquidation judiciaire pour X (a
       * headline's insolvency) */
      if (i < c->first + 3 || !frex_org_joined(c, i - 1) ||
          !frex_org_joined(c, i - 2) || !news_at(c, i - 2, N_JUDICIAL) ||
          !(frex_org_news(c, i - 3) & N_INSOLV) ||
          !(frex_org_tlower(c, i - 3) || frex_org_sent_start(c, i - 3)))
        return false;
      b = 2;
    } else if (n == 2 && memcmp(x, "\xc3\xa0", 2) == 0) {
      /* a cédé son usine à X: one word or more, no first name */
      if (!ceded_to(c, i - 1) || frex_org_first_name(c, i))
        return false;
      b = 2;
    } else if (n == 4 && memcmp(x, "chez", 4) == 0) {
      /* a travaillé chez X, ingénieur chez X: not chez Marie (a home) */
      if (!(before_chez(c, i - 1, job_word) ||
            before_chez(c, i - 1, trouble_word)) ||
          !news_name(c, i) ||
          frex_org_first_name(c, i))
        return false;
      *s = (org_span){i, frex_org_name_end(c, i), FREX_ENT_COMPANY,
                      ORG_BY_CUE, FREX_DICT_NONE};
      return true;
    }
    else if (n >= 5 && n <= 10 &&
             (f == 'p' || f == 'a' || f == 't' || f == 'u' || f == 'm' ||
              f == 'e') &&
             frex_org_tlower(c, i - 1)) {
      unsigned r = frex_org_news(c, i - 1);
      if (r & N_PLACED) { /* le tribunal a placé X en redressement */
        k = frex_org_name_end(c, i);
        b = insolvency_at(c, k) ? 2 : 0;
      } else if ((r & N_STOCK) && frex_org_in(c, i - 2, L_DETERMINER) &&
                 frex_org_joined(c, i - 1)) { /* l'action X a chuté */
        k = frex_org_name_end(c, i);
        b = share_moves(c, k) ? 2 : 0;
      } else if ((r & N_SITE) && frex_org_in(c, i - 2, L_DETERMINER) &&
                 frex_org_joined(c, i - 1)) {
        /* l'usine X de Saint-Nazaire: one word, then the town */
        if (i + 2 < c->n && frex_org_joined(c, i + 1) && is_de(c, i + 1) &&
            frex_org_joined(c, i + 2) && frex_org_tcap(c, i + 2) &&
            news_name(c, i)) {
          *s = (org_span){i, i + 1, FREX_ENT_COMPANY, ORG_BY_CUE,
                          FREX_DICT_NONE};
          return true;
        }
        /* l'usine Cooper Standard de Vitré: two or three words, the first
         * no first name (l'usine Jean Moulin de Vitré), then the town */
        size_t e = i + 1;
        while (e < c->n && e < i + 3 && frex_org_joined(c, e) &&
               c->tok[e].cls == FREX_TOK_WORD && frex_org_name_word(c, e))
          e++;
        if (e > i + 1 && e + 1 < c->n && frex_org_joined(c, e) &&
            is_de(c, e) && frex_org_joined(c, e + 1) &&
            frex_org_tcap(c, e + 1) && news_name(c, i) &&
            !frex_org_first_name(c, i)) {
          *s = (org_span){i, e, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
          return true;
        }
        /* l'usine Zorgplast ferme, l'abattoir Kermené: a one-word name
         * alone after a works' noun (not a store's: le magasin Lorient),
         * no first name nor town */
        static const char *const works[] = {"usine", "usines", "abattoir",
                                            "entrepot", NULL};
        /* l'usine Sud, l'usine Numéro 2: a part of a site, no owner */
        static const char *const parts[] = {"nord", "sud", "est", "ouest",
                                            "centre", "numero", NULL};
        if (e == i + 1 && frex_org_key_in(c, i - 1, works) && news_name(c, i) &&
            c->tok[i].cls == FREX_TOK_WORD && !frex_org_first_name(c, i) &&
            !frex_org_town(c, i) && !frex_org_function_word(c, i) &&
            !frex_org_in(c, i, L_NOT_NAME) && !frex_org_key_in(c, i, parts) &&
            !(i + 1 < c->n && frex_org_joined(c, i + 1) &&
              c->tok[i + 1].cls == FREX_TOK_NUM)) {
          *s = (org_span){i, i + 1, FREX_ENT_COMPANY, ORG_BY_CUE,
                          FREX_DICT_NONE};
          return true;
        }
        return false;
      }
    }
  }
  if (b) {
    /* le chiffre d'affaires de Noël: a day's takings */
    if (!news_name(c, i) || (frex_org_news(c, i) & N_HOLIDAY))
      return false;
    /* les salariés de Marie: a one-word name that is a first name is a
     * person's */
    if (b == 1 && frex_org_first_name(c, i))
      return false;
    if (!k)
      k = frex_org_name_end(c, i);
    if (b == 1 && k != i + 1)
      return false;
    /* le directeur financier de Marseille, les salariés de Lyon: a town's
     * club or council (not l'action Lyon a chuté: a share moves) */
    if (k == i + 1 && frex_org_town(c, i) &&
        (frex_org_news(c, i - 1) & N_STOCK) == 0)
      return false;
  } else {
    /* X a été placée en liquidation, X est cotée sur Euronext: the next
     * token first, which most names do not have */
    if (i + 1 >= c->n || !frex_org_joined(c, i + 1))
      return false;
    if (c->tok[i + 1].cls != FREX_TOK_WORD) {
      /* X, cotée à Paris: a comma, then cotée or placée */
      if (i + 2 >= c->n || !frex_org_text_is(c, i + 1, ",") ||
          !frex_org_joined(c, i + 2))
        return false;
      /* by the bytes: coté(e)(s), placé(e)(s); or en (X, en redressement
       * judiciaire depuis mars, ...) */
      const char *y = c->text + c->tok[i + 2].start;
      size_t yn = c->tok[i + 2].end - c->tok[i + 2].start;
      if (!(yn == 2 && y[0] == 'e' && y[1] == 'n') &&
          (yn < 5 || yn > 8 || !((y[0] == 'c' && y[1] == 'o') ||
                                 (y[0] == 'p' && y[1] == 'l')) ||
           !(frex_org_news(c, i + 2) & (N_PLACED | N_LISTED))) &&
          /* X, racheté par Y; acquise par, absorbée par */
          !(yn >= 6 && yn <= 11 &&
            ((y[0] == 'r' && y[1] == 'a') || (y[0] == 'a' && y[1] == 'c') ||
             (y[0] == 'a' && y[1] == 'b')) &&
            frex_org_key_in(c, i + 2, bought_by_words)))
        return false;
    } else if (frex_org_tlower(c, i + 1) &&
               (!aux_bytes(c, i + 1) ||
                !(frex_org_news(c, i + 1) & (N_AUX | N_PLACED | N_LISTED))))
      return false; /* X de Y, X et Y: most names */
    /* what follows the name before news_name: it stops more names for
     * less (all three pure tests, so the order is free) */
    k = frex_org_name_end(c, i);
    if (!after_name(c, k) || !news_name(c, i))
      return false;
    /* le club de handball de Cesson a été placé en liquidation: a town
     * after a lowercase noun and de is the noun's, the noun the subject
     * (not la société de Zorg: a company's cue) */
    if (k == i + 1 && i >= c->first + 2 && frex_org_joined(c, i) &&
        is_de(c, i - 1) && frex_org_joined(c, i - 1) &&
        frex_org_tlower(c, i - 2) && c->tok[i - 2].cls == FREX_TOK_WORD &&
        !frex_org_function_word(c, i - 2) &&
        !frex_org_in(c, i - 2, L_COMPANY_CUE))
      return false;
    /* Jean Dupont, racheté par le club; Paris, acquise par les Francs:
     * a person, a town */
    if (k + 1 < c->n && frex_org_key_in(c, k + 1, bought_by_words) &&
        (frex_org_first_name(c, i) || frex_org_person_before(c, i) ||
         (k == i + 1 && frex_org_town(c, i))))
      return false;
  }
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}
