/*
 * org_trades.c — names whose head word also names a place, a building or
 * a troupe, told by the sentence around them (SPEC "COMPANY / AGENCY";
 * "Dictionary": rules cover names not in the dictionary):
 *
 *   la clinique Pasteur, la polyclinique du Parc (a private clinic: a
 *   company); le centre hospitalier de Cholet, le centre hospitalier
 *   universitaire de Nantes, le groupe hospitalier Bretagne Sud (a public
 *   hospital: a public body, as le CHU de Nantes is);
 *   la Compagnie des Alpes, les Jardins de Gally, la Manufacture Bohin
 *   when the sentence speaks of business (not la Compagnie du Levant
 *   jouera samedi, les Jardins du Luxembourg ferment à 18 heures);
 *   a company bought by a company: Eiffage a pris le contrôle de
 *   Collignon, le fonds Ardian a pris le contrôle de Solina (not les
 *   forces russes ont pris le contrôle de Bakhmout).
 */
#include <string.h>

#include "org_rules.h"
#include "org_tokens.h"

/* ------------------------------------------------------------ hospitals */

static bool is_de_any(const org_ctx *c, size_t i) {
  return frex_org_tis(c, i, ORG_W_DE) || frex_org_tis(c, i, ORG_W_D) ||
         frex_org_tis(c, i, ORG_W_DU) || frex_org_tis(c, i, ORG_W_DES);
}

/* The capitalised words of a name from I (Saint-Joseph, Bretagne
 * Atlantique, Grenoble Alpes): at most four, no function word. */
static size_t cap_words_end(const org_ctx *c, size_t i) {
  size_t e = i;
  while (e < c->n && e < i + 4 && (e == i || frex_org_joined(c, e)) &&
         c->tok[e].cls == FREX_TOK_WORD && frex_org_tcap(c, e) &&
         !frex_org_function_word(c, e))
    e++;
  return e;
}

/* A complement after a name ending at E: de la Sagesse, du Parc, des
 * Cèdres (one to three capitalised words after the connector); its end,
 * or E.  Not a town unless TOWN (la clinique Pasteur de Toulouse: where
 * it stands; les Vergers de Chambord: a firm's name). */
static size_t complement_end(const org_ctx *c, size_t e, bool town) {
  if (e + 1 >= c->n || !frex_org_joined(c, e) || !is_de_any(c, e))
    return e;
  size_t w = e + 1;
  if (frex_org_tis(c, e, ORG_W_DE) && w + 1 < c->n && frex_org_joined(c, w) &&
      (frex_org_tis(c, w, ORG_W_LA) || frex_org_tis(c, w, ORG_W_L)))
    w++;
  if (!frex_org_joined(c, w))
    return e;
  size_t k = cap_words_end(c, w);
  if (k == w || (!town && k == w + 1 && frex_org_town(c, w)))
    return e;
  return k;
}

bool frex_org_rule_health(const org_ctx *c, size_t i, org_span *s) {
  static const char *const clinics[] = {"clinique", "polyclinique", NULL};
  static const char *const hospital[] = {"hospitalier", "hospitaliere", NULL};
  static const char *const hospital_heads[] = {"centre", "groupe",
                                               "groupement", NULL};
  static const char *const hospital_adjs[] = {
      "universitaire", "regional", "intercommunal", "departemental",
      "general", "territorial", NULL};
  if (i < c->first + 2 || !frex_org_joined(c, i) ||
      c->tok[i].cls != FREX_TOK_WORD || !frex_org_tcap(c, i) ||
      frex_org_function_word(c, i))
    return false;
  size_t p = i - 1;
  bool de = false;
  /* le centre hospitalier universitaire (CHU) de Rennes: the acronym in
   * brackets between the name and its town stays in the span, as in
   * l'Agence régionale de santé (ARS) de Bretagne (org.c); its end is
   * the town's */
  size_t bracket = 0;
  if (frex_org_text_is(c, p, "(") && frex_org_acronym_like(c, i) &&
      i + 3 < c->n && frex_org_joined(c, i + 1) &&
      frex_org_text_is(c, i + 1, ")") && frex_org_joined(c, i + 2) &&
      is_de_any(c, i + 2) && p > c->first && frex_org_joined(c, p)) {
    bracket = complement_end(c, i + 2, true);
    if (bracket == i + 2)
      return false;
    p--;
  } else if (is_de_any(c, p)) {
    de = true;
  } else if ((frex_org_tis(c, p, ORG_W_LA) || frex_org_tis(c, p, ORG_W_L)) &&
             p > c->first && frex_org_joined(c, p) &&
             frex_org_tis(c, p - 1, ORG_W_DE)) {
    de = true; /* de la Sagesse, de l'Anjou */
    p--;
  }
  if (de) {
    if (p <= c->first || !frex_org_joined(c, p))
      return false;
    p--;
  }
  /* the head (or its last adjective) by its length first: clinique,
   * hospitalier, universitaire, régional have eight bytes or more */
  if (c->tok[p].end - c->tok[p].start < 8 || c->tok[p].cls != FREX_TOK_WORD)
    return false;
  size_t e = cap_words_end(c, i);
  /* a clinic named in running text, after its article or a preposition
   * (la clinique X, à la clinique X, Clinique X opening a line; not a
   * table's "Fracture vertébrale clinique Fracture") */
  if (bracket && frex_org_key_in(c, p, clinics))
    return false;
  if (frex_org_key_in(c, p, clinics) &&
      (frex_org_sent_start(c, p) || frex_org_function_word(c, p - 1))) {
    /* la clinique de Cholet: the clinic that stands there, maybe no name */
    if (de && e == i + 1 && frex_org_town(c, i))
      return false;
    /* la clinique vétérinaire Saint-Roch is no clinique before its name;
     * la clinique Mutualiste de la Sagesse: the name goes on */
    if (!de)
      e = complement_end(c, e, false);
    *s = (org_span){p, e, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  /* centre hospitalier (régional) (universitaire) de X */
  size_t h = p, adjs = 0;
  while (adjs < 2 && h > c->first && frex_org_joined(c, h) &&
         frex_org_tlower(c, h) && frex_org_key_in(c, h, hospital_adjs))
    h--, adjs++;
  if (h <= c->first || !frex_org_joined(c, h) ||
      !frex_org_key_in(c, h, hospital) ||
      !frex_org_key_in(c, h - 1, hospital_heads))
    return false;
  if (bracket)
    e = bracket;
  /* le centre hospitalier des Pays de Morlaix */
  else if (e == i + 1 && frex_org_pays_end(c, i))
    e = frex_org_pays_end(c, i);
  /* le centre hospitalier Bretagne Atlantique: its name right after;
   * le centre hospitalier de Saint-Brieuc: its town after de; le centre
   * hospitalier Annecy - Genevois: two towns joined by a spaced dash */
  if (e + 1 < c->n && frex_org_joined(c, e) && frex_org_text_is(c, e, "-") &&
      frex_org_joined(c, e + 1) && c->tok[e + 1].cls == FREX_TOK_WORD &&
      frex_org_tcap(c, e + 1) && !frex_org_function_word(c, e + 1))
    e += 2;
  *s = (org_span){h - 1, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------------- heads told by context */

/* The tokens [*A, *B] of the sentence of token I, at most 40 on each
 * side. */
static void sentence_around(const org_ctx *c, size_t i, size_t *a, size_t *b) {
  unsigned sent = c->tok[i].sent;
  *a = i, *b = i;
  while (*a > c->first && i - *a < 40 && c->tok[*a - 1].sent == sent)
    (*a)--;
  while (*b + 1 < c->n && *b - i < 40 && c->tok[*b + 1].sent == sent)
    (*b)++;
}

/* Does a lowercase word of WORDS stand in the sentence of token I? */
static bool sentence_has(const org_ctx *c, size_t i,
                         const char *const *words) {
  size_t a, b;
  sentence_around(c, i, &a, &b);
  for (size_t t = a; t <= b; t++)
    if (c->tok[t].cls == FREX_TOK_WORD && frex_org_tlower(c, t) &&
        frex_org_key_in(c, t, words))
      return true;
  return false;
}

/* Does the sentence of token I speak of a show or of troops (la compagnie
 * Les Anges au plafond, ovationnée: a troupe; la 3e compagnie du
 * régiment)?  Words of a troupe's work only, not business_sentence's
 * visits and gardens: the lowercase cue compagnie names an airline or an
 * insurer otherwise. */
bool frex_org_troupe_sentence(const org_ctx *c, size_t i) {
  static const char *const troupe[] = {
      "spectacle",  "spectacles", "theatre",   "danse",     "comediens",
      "comediennes", "comedien",  "comedienne", "festival", "scene",
      "piece",      "cirque",     "marionnettes", "concert", "troupe",
      "choregraphe", "representation", "joue",  "jouera",    "jouent",
      "artistes",   "creation",   "tournee",   "metteur",   "danseurs",
      "danseuses",  "acteurs",    "spectateurs", "ovationnes", "ovationnee",
      "regiment",   "soldats",    "bataillon", "parachutistes", NULL};
  return sentence_has(c, i, troupe);
}

/* Does the sentence of token I speak of business (its figures, staff,
 * sales, purchases, plants), and of no show, visit or troop?  The heads
 * of trade_name_end name a firm only so. */
static bool business_sentence(const org_ctx *c, size_t i) {
  static const char *const biz[] = {
      "chiffre",     "salaries",     "salariees",   "emplois",
      "emploie",     "emploient",    "recrute",     "recrutent",
      "embauche",    "rachat",       "rachete",     "rachetee",
      "rachetes",    "rachetees",    "racheter",    "cede",
      "cedee",       "cedes",        "cedees",      "cession",
      "acquisition", "filiale",      "actionnaire", "actionnaires",
      "pdg",         "investi",      "investit",    "investissent",
      "investissement", "usine",     "usines",      "magasin",
      "magasins",    "jardinerie",   "jardineries", "clients",
      "benefice",    "resultats",    "redressement", "liquidation",
      "exploite",    "exploitee",    "exploites",   "commande",
      "fabrique",    "fabriquent",   "fabricant",   "passagers",
      "bourse",      "ventes",       "prix",        "fournit",
      "fournisseur", "livre",        "produit",     "produits",
      "milliards",   "tarifs",       "contrat",     "societe",
      "entreprise",  "groupe",       "sous-traitant", NULL};
  static const char *const other[] = {
      "spectacle",  "spectacles",  "theatre",    "danse",      "comediens",
      "comediennes", "festival",   "scene",      "piece",      "cirque",
      "marionnettes", "concert",   "troupe",     "choregraphe",
      "representation", "visiteurs", "visite",   "promenade",  "balade",
      "exposition", "joue",        "jouera",     "jouent",     "artistes",
      "musee",      "regiment",    "soldats",    "bataillon",  "gendarmes",
      "militaires", "chasseurs",   "parachutistes", "jardinier",
      "jardiniers", NULL};
  size_t a, b;
  sentence_around(c, i, &a, &b);
  bool business = false;
  for (size_t t = a; t <= b; t++) {
    if (c->tok[t].cls != FREX_TOK_WORD || !frex_org_tlower(c, t))
      continue;
    if (frex_org_key_in(c, t, other))
      return false;
    if (!business && frex_org_key_in(c, t, biz))
      business = true;
  }
  return business;
}

size_t frex_org_trade_name_end_slow(const org_ctx *c, size_t i) {
  /* heads that name a building, a garden, a troop or a place as often as
   * a firm (org_news.c's works name a firm whenever capitalised) */
  static const char *const heads[] = {
      "compagnie", "jardins",  "salins",    "manufacture", "vergers",
      "chantiers", "tanneries", "ateliers", "brasserie",   "laiterie",
      "papeteries", NULL};
  static org_keyset heads_set = ORG_KEYSET(heads);
  /* ...and of them those whose town after de names a site more often
   * than a firm (les Chantiers de Saint-Nazaire, les Ateliers de Brest).
   * Not Raffinerie, Forges, Moulins, Filature: a site, a mill, whatever
   * the sentence says (les Forges de Zorgeval (250 salariés) ferment) */
  static const char *const sites[] = {"chantiers", "ateliers", NULL};
  /* past the bytes' test of frex_org_trade_name_end (org_rules.h) */
  if (!frex_org_tcap(c, i) || !frex_org_joined(c, i + 1) ||
      !frex_org_key_in_set(c, i, &heads_set)) /* the same answer, hashed */
    return 0;
  size_t e;
  if (is_de_any(c, i + 1)) {
    bool town = !frex_org_key_in(c, i, sites);
    e = complement_end(c, i + 1, town);
    if (e == i + 1)
      return 0;
    /* la Compagnie des Bateaux du Golfe: a second complement */
    e = complement_end(c, e, town);
  } else {
    /* la Manufacture Bohin, la Compagnie Fruitière: a name right after */
    e = cap_words_end(c, i + 1);
    /* a town right after is where the site stands only for the site heads
     * (les Chantiers Saint-Nazaire); the Laiterie Saint-Denis-de-l'Hôtel
     * is a dairy named after its town */
    if (e == i + 1 || frex_org_first_name(c, i + 1) ||
        (e == i + 2 && frex_org_town(c, i + 1) &&
         frex_org_key_in(c, i, sites)))
      return 0;
  }
  return business_sentence(c, i) ? e : 0;
}

/* ------------------------------------------------ bought by a company */

/* The subject before token V (the verb group's first word) is a company:
 * a company's cue noun (le fonds Ardian, le groupe Bolloré) or a company
 * of the dictionary opening the clause (Eiffage a pris le contrôle de). */
static bool firm_subject(const org_ctx *c, size_t v, bool bare_ok) {
  static const char *const troops[] = {
      "forces",    "armee",     "rebelles", "talibans",  "jihadistes",
      "djihadistes", "insurges", "milices", "miliciens", "soldats",
      "troupes",   "separatistes", "opposition", "regime", "militaires",
      "combattants", "police",  "junte",    "jihadiste", "djihadiste",
      "rebelle",   "terroriste", "islamiste", "paramilitaire", "arme",
      "milice",
      /* armed groups named by their own name (le groupe Wagner a pris le
       * contrôle de Bakhmout: the cue groupe says nothing of a firm) */
      "wagner",    "hamas",     "hezbollah", "daech",     "daesh",
      "m23",       "shebab",    "chebab",    "houthis",   "houthistes",
      "hts",       NULL};
  size_t a = v;
  while (a > c->first && v - a < 8 && c->tok[a - 1].sent == c->tok[v].sent &&
         frex_org_joined(c, a) && c->tok[a - 1].cls == FREX_TOK_WORD)
    a--;
  bool cue = false;
  size_t cap0 = SIZE_MAX, cap1 = 0;
  for (size_t t = a; t < v; t++) {
    if (frex_org_key_in(c, t, troops))
      return false;
    if (frex_org_tlower(c, t) && frex_org_in(c, t, L_COMPANY_CUE))
      cue = true;
    if (frex_org_tcap(c, t) && !frex_org_function_word(c, t)) {
      if (cap0 == SIZE_MAX)
        cap0 = t;
      cap1 = t + 1;
    }
  }
  /* a bare cue (le groupe a racheté les activités de X) when the caller
   * says the deal itself is a firm's */
  if (cue)
    return cap0 != SIZE_MAX || bare_ok;
  if (cap0 == SIZE_MAX || cap1 != v)
    return false;
  /* a company of the dictionary: the longest run of the capitalised words */
  const char *s = c->text + c->tok[cap0].start;
  char key[FREX_KEY_MAX];
  size_t kn = frex_key(s, (size_t)(c->text + c->tok[cap1 - 1].end - s), key,
                       sizeof key);
  if (!kn || kn > sizeof key)
    return false;
  frex_dict_hit h = frex_dict_lookup(c->dict, key, kn);
  return h.alias != FREX_DICT_NONE &&
         frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, h.alias)->entry)
                 ->type == FREX_ENT_COMPANY;
}

/* Does the paragraph around token I speak of war (le groupe Wagner a pris
 * le contrôle de Bakhmout: a town taken, not a firm)?  The sentence of I
 * and the two before it. */
static bool war_around(const org_ctx *c, size_t i) {
  static const char *const war[] = {
      "guerre",   "armee",     "militaire", "militaires", "forces",
      "troupes",  "combats",   "front",     "offensive",  "frappes",
      "bombardements", "soldats", "ville",  "village",    "villages",
      "localite", "territoire", "province", "capitale",   "rebelles",
      "jihadistes", "djihadistes", "milices", "bataille", "assaut",
      "conflit",  "insurges",  "otages",    "ukrainienne", "ukrainiens",
      "russes",   NULL};
  unsigned first = c->tok[i].sent;
  size_t a = i;
  while (a > c->first && i - a < 120 && frex_org_joined(c, a) &&
         c->tok[a - 1].sent + 2 >= first)
    a--;
  size_t b = i;
  while (b + 1 < c->n && b - i < 40 && c->tok[b + 1].sent == first)
    b++;
  for (size_t t = a; t <= b; t++)
    if (c->tok[t].cls == FREX_TOK_WORD && frex_org_tlower(c, t) &&
        frex_org_key_in(c, t, war))
      return true;
  return false;
}

/* A firm's business bought, named before X: a racheté (l'an dernier, en
 * 2023) les activités de X, l'activité de X, les actifs de X, le fonds de
 * commerce de X.  The buying verb's token, or 0.  A dated adverbial of up
 * to four lowercase words or numbers may stand between (no comma: a
 * racheté, à Vitré, ...). */
static size_t bought_business(const org_ctx *c, size_t i,
                              const char *const *buys) {
  static const char *const business[] = {"activites", "activite", "actifs",
                                         NULL};
  static const char *const dets[] = {"les", "le", "l'", "ses", "son", NULL};
  if (i < c->first + 4 || !is_de_any(c, i - 1) || !frex_org_tlower(c, i - 1))
    return 0;
  size_t q = i - 2;
  if (frex_org_text_is(c, q, "commerce") && q >= c->first + 3 &&
      is_de_any(c, q - 1) && frex_org_text_is(c, q - 2, "fonds"))
    q -= 2; /* le fonds de commerce de X */
  else if (!frex_org_key_in(c, q, business))
    return 0;
  if (q < c->first + 2 || !frex_org_joined(c, q) ||
      !frex_org_key_in(c, q - 1, dets))
    return 0;
  size_t v = q - 1; /* the determiner; the verb before it, maybe past
                     * a dated adverbial */
  for (int steps = 0; steps < 5 && v > c->first; steps++) {
    if (!frex_org_joined(c, v))
      return 0;
    v--;
    if (frex_org_tlower(c, v) && frex_org_key_in(c, v, buys))
      return v;
    if (c->tok[v].cls != FREX_TOK_NUM &&
        !(c->tok[v].cls == FREX_TOK_WORD && frex_org_tlower(c, v)))
      return 0;
  }
  return 0;
}

bool frex_org_rule_taken(const org_ctx *c, size_t i, org_span *s) {
  static const char *const takes[] = {"pris", "prend", "prendre", "prendra",
                                      "prennent", "prenait", NULL};
  static const char *const puts[] = {"mis", "met", "mettent", "mettre",
                                     "mettra", NULL};
  static const char *const control[] = {"controle", NULL};
  static const char *const hand[] = {"main", NULL};
  static const char *const buys[] = {"rachete", "rachetent", "racheter",
                                     "rachetera", "acquis", "acquiert",
                                     "offert", "offre", NULL};
  static const char *const self[] = {"s'", "se", NULL};
  static const char *const aux[] = {"a", "ont", "va", "vont", "vient",
                                    "viennent", "de", "d'", "est", "s'",
                                    "se", "avait", "aurait", NULL};
  if (i < c->first + 3 || !frex_org_joined(c, i) || !frex_org_joined(c, i - 1) ||
      c->tok[i].cls != FREX_TOK_WORD || !frex_org_name_word(c, i) ||
      frex_org_first_name(c, i))
    return false;
  size_t v;          /* the verb */
  bool taken = true; /* control taken, or a hand put on: a town's fate too */
  bool bare = false;  /* a firm's business bought: le groupe suffices */
  if (is_de_any(c, i - 1) && frex_org_key_in(c, i - 2, control) &&
      frex_org_joined(c, i - 2) && frex_org_tis(c, i - 3, ORG_W_LE) &&
      frex_org_joined(c, i - 3) && i >= c->first + 5 &&
      frex_org_key_in(c, i - 4, takes))
    v = i - 4; /* a pris le contrôle de X */
  else if (frex_org_text_is(c, i - 1, "sur") && i >= c->first + 5 &&
           frex_org_key_in(c, i - 2, hand) && frex_org_joined(c, i - 2) &&
           frex_org_tis(c, i - 3, ORG_W_LA) && frex_org_joined(c, i - 3) &&
           frex_org_key_in(c, i - 4, puts))
    v = i - 4; /* a mis la main sur X */
  else if (frex_org_tlower(c, i - 1) && frex_org_key_in(c, i - 1, buys))
    v = i - 1, taken = false; /* a racheté X, s'est offert X */
  else if ((v = bought_business(c, i, buys)) != 0)
    taken = false, bare = true; /* a racheté l'an dernier les activités de X */
  else
    return false;
  size_t e = frex_org_name_end(c, i);
  if (e == i + 1 && frex_org_town(c, i))
    return false;
  /* s'offrir needs its pronoun (le club offre Paris: no purchase) */
  bool offer = frex_org_text_is(c, v, "offert") || frex_org_text_is(c, v, "offre");
  while (v > c->first && frex_org_joined(c, v) && frex_org_tlower(c, v - 1) &&
         frex_org_key_in(c, v - 1, aux)) {
    if (frex_org_key_in(c, v - 1, self))
      offer = false;
    v--;
  }
  if (offer)
    return false;
  if (!firm_subject(c, v, bare) || (taken && war_around(c, i)))
    return false;
  *s = (org_span){i, e, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------- an unknown name reporting */

bool frex_org_rule_reported(const org_ctx *c, size_t i, org_span *s) {
  static const char *const aux[] = {"a", "avait", NULL};
  static const char *const says[] = {"annonce", "indique", "precise",
                                     "confirme", "communique", "explique",
                                     NULL};
  static const char *const poss[] = {"son", "sa", "ses", NULL};
  /* what only a firm has: not revenus, production, site, projet (a
   * farmer's, a town's, a person's too) */
  static const char *const owns[] = {
      "cotation",  "chiffre",    "usine",      "usines",     "salaries",
      "effectifs", "capital",    "actionnaires", "filiale",  "filiales",
      "magasins",  "clients",    "commandes",  "ventes",     "introduction",
      "siege",     "actionnaire", "benefice",  "marge",      NULL};
  if (c->tok[i].cls != FREX_TOK_WORD || !frex_org_tcap(c, i))
    return false;
  /* the verb group first, by its bytes (a, avait; then a said verb's
   * first letter): most sentences open otherwise */
  size_t k = i + 1;
  while (k < c->n && k < i + 4 && c->tok[k].cls == FREX_TOK_WORD &&
         frex_org_tcap(c, k))
    k++;
  if (k + 3 >= c->n || k > i + 3)
    return false;
  const char *x = c->text + c->tok[k].start;
  size_t xn = c->tok[k].end - c->tok[k].start;
  if (!((xn == 1 && x[0] == 'a') || (xn == 5 && memcmp(x, "avait", 5) == 0)))
    return false;
  unsigned char v0 = (unsigned char)c->text[c->tok[k + 1].start];
  if (v0 != 'a' && v0 != 'i' && v0 != 'p' && v0 != 'c' && v0 != 'e')
    return false;
  if (!frex_org_joined(c, k) || !frex_org_key_in(c, k, aux) ||
      !frex_org_joined(c, k + 1) || !frex_org_key_in(c, k + 1, says))
    return false;
  if (cap_words_end(c, i) != k || frex_org_function_word(c, i) ||
      !frex_org_sent_start(c, i) || frex_org_first_name(c, i) ||
      frex_org_acronym_like(c, i) || (k == i + 1 && frex_org_town(c, i)) ||
      frex_org_named_person(c, i))
    return false;
  /* son/sa/ses + what a firm owns, in the clause said (twelve words) */
  for (size_t q = k + 2; q + 1 < c->n && q < k + 14 && frex_org_joined(c, q);
       q++) {
    if (frex_org_text_is(c, q, ".") || frex_org_text_is(c, q, ";"))
      break;
    if (frex_org_key_in(c, q, poss) && frex_org_joined(c, q + 1) &&
        frex_org_key_in(c, q + 1, owns)) {
      *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
      return true;
    }
  }
  return false;
}

/* ------------------------------------------------ a supplier after à */

bool frex_org_rule_supplier(const org_ctx *c, size_t i, org_span *s) {
  /* commander X à Y: goods ordered from a maker, the verb written with
   * its accent or its ending (not the noun: les commandes spécifiques à
   * SQL, la commande indique à LilyPond); la commande passée à Y */
  static const char *const orders[] = {
      "command\xc3\xa9", "command\xc3\xa9" "e", "command\xc3\xa9s",
      "command\xc3\xa9" "es", "commandent", "commander", "commandera", NULL};
  /* confier, attribuer X à Y: only a market, a contract, works (a prize,
   * a mission, a role go to people) */
  static const char *const awards[] = {
      "confie",    "confiee",    "confies",    "confiees",   "confient",
      "confier",   "attribue",   "attribuee",  "attribues",  "attribuees",
      "adjuge",    "adjugee",    NULL};
  static const char *const works[] = {
      "marche",      "marches",      "contrat",    "contrats",   "chantier",
      "lot",         "lots",         "exploitation", "concession",
      "construction", "travaux",     "delegation", "maintenance", "fourniture",
      "renovation",  NULL};
  if (i < c->first + 3 || !frex_org_joined(c, i) ||
      !frex_org_tis(c, i - 1, ORG_W_A) || !frex_org_joined(c, i - 1) ||
      c->tok[i].cls != FREX_TOK_WORD || !frex_org_name_word(c, i) ||
      frex_org_first_name(c, i) || frex_org_person_before(c, i))
    return false;
  size_t k = frex_org_name_end(c, i);
  if (k == i + 1 && frex_org_town(c, i))
    return false;
  /* the clause before à: ten words at most, no comma nor bracket */
  bool work = false, order = false, award = false;
  for (size_t v = i - 2, n = 0; v > c->first && n < 10; v--, n++) {
    if (!frex_org_joined(c, v + 1) || c->tok[v].cls != FREX_TOK_WORD)
      break;
    if (!frex_org_tlower(c, v))
      continue;
    work |= frex_org_key_in(c, v, works);
    award |= frex_org_key_in(c, v, awards);
    /* a commandé deux satellites à Y; la commande passée à Y */
    for (const char *const *o = orders; *o && !order; o++)
      order = frex_org_text_is(c, v, *o);
    if (frex_org_text_is(c, v, "pass\xc3\xa9" "e") && v > c->first &&
        frex_org_text_is(c, v - 1, "commande"))
      order = true;
  }
  if (!order && !(award && work))
    return false;
  /* confié à Canon, un maçon de Quimper: a craftsman told by his trade
   * (not une entreprise, une PME: a company's cue) */
  if (k + 3 < c->n && frex_org_joined(c, k) && frex_org_text_is(c, k, ",") &&
      frex_org_joined(c, k + 1) &&
      (frex_org_text_is(c, k + 1, "un") || frex_org_text_is(c, k + 1, "une")) &&
      frex_org_joined(c, k + 2) && frex_org_tlower(c, k + 2) &&
      !frex_org_in(c, k + 2, L_COMPANY_CUE))
    return false;
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* --------------------------------------------------- a club's initials */

bool frex_org_club_initials(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const sport[] = {
      "match",     "matchs",     "battu",      "battue",     "but",
      "buts",      "club",       "entraineur", "supporters", "stade",
      "joueur",    "joueurs",    "saison",     "victoire",   "defaite",
      "mercato",   "attaquant",  "milieu",     "derby",      "championnat",
      "coupe",     "finale",     "gardien",    "transfert",  "equipe",
      "vestiaire", "penalty",    "recrute",    "recrutement", "ligue",
      "domicile",  "classement", "supporteurs", "egalise",   NULL};
  static const char *const the[] = {"l'", NULL};
  if (t1 != t0 + 1 || t0 <= c->first || !frex_org_joined(c, t0) ||
      c->tok[t0].end - c->tok[t0].start > 4 ||
      !frex_org_acronym_like(c, t0) || !frex_org_key_in(c, t0 - 1, the))
    return false;
  return sentence_has(c, t0, sport);
}

bool frex_org_public_finance(const org_ctx *c, size_t t0) {
  /* à Bercy, on reconnaît que le déficit dérapera; les arbitrages de Bercy
   * sur le budget: the ministry's seat in a sentence of public money (not
   * l'Accor Arena de Bercy, le quartier de Bercy) */
  static const char *const money[] = {
      "deficit",   "deficits",  "budget",    "budgets",   "budgetaire",
      "budgetaires", "dette",   "fiscal",    "fiscale",   "fiscaux",
      "fiscales",  "impot",     "impots",    "taxe",      "taxes",
      "tva",       "croissance", "finances", "credits",   "recettes",
      "depenses",  "milliards", "economies", "contribuables", "inflation",
      "prevision", "previsions", "subventions", "aides",  NULL};
  return sentence_has(c, t0, money);
}

/* --------------------------- a firm named by its nationality as a noun */

/* Token K, a capitalised nationality (Allemand, Néerlandais), is a
 * feminine form (l'Allemande X is a woman, as la néerlandaise X). */
static bool feminine_nation(const org_ctx *c, size_t k) {
  static const char *const ends[] = {"ienne", "enne", "aise", "oise", "ande",
                                     "aine",  "ine",  "ole",  NULL};
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  for (const char *const *e = ends; *e; e++) {
    size_t m = strlen(*e);
    if (n > m && memcmp(key + n - m, *e, m) == 0)
      return true;
  }
  return false;
}

bool frex_org_rule_nation_firm(const org_ctx *c, size_t i, org_span *s) {
  /* what a firm does in its own name: buys, invests, hires, lays off */
  static const char *const acts[] = {
      "rachete",   "rachetent", "racheter",   "rachetera", "acquis",
      "acquiert",  "acquerir",  "investit",   "investi",   "investir",
      "investira", "emploie",   "licencie",   "delocalise", "implante",
      NULL};
  /* what needs a firm's object to be its act: ferme son usine, supprime
   * 200 emplois, a repris l'abattoir, a annoncé la fermeture du site */
  static const char *const moves[] = {
      "ferme",   "fermer",  "fermera",  "supprime", "supprimer",
      "supprimera", "reprend", "repris", "reprendre", "annonce",
      "cede",    "vend",    "vendu",    "ouvre",    "ouvert",  "ouvrir",
      "construit", "construire", NULL};
  static const char *const owns[] = {
      "usine",    "usines",   "site",     "sites",    "abattoir", "abattoirs",
      "emplois",  "postes",   "salaries", "filiale",  "filiales", "magasins",
      "magasin",  "fermeture", "rachat",  "suppression", "entrepot",
      "activite", "activites", "marque",  "marques",  "laiterie", "siege",
      "licenciements", "plan",  NULL};
  static const char *const aux[] = {"a", "va", "avait", "vient", "de", "d'",
                                    "compte", "veut", "devrait", NULL};
  static const char *const by[] = {"par", NULL};
  static const char *const bought[] = {
      "rachete", "rachetee", "rachetes", "rachetees", "repris", "reprise",
      "acquis",  "acquise",  "controle", "controlee", "detenu", "detenue",
      NULL};
  if (i < c->first + 2 || c->tok[i].cls != FREX_TOK_WORD ||
      !frex_org_tcap(c, i) || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1) || frex_org_tlower(c, i - 1) ||
      !frex_org_in(c, i - 1, L_NATION) || feminine_nation(c, i - 1))
    return false;
  size_t d = i - 2; /* the article: le, l', au, du */
  if (!(frex_org_tis(c, d, ORG_W_LE) || frex_org_tis(c, d, ORG_W_L) ||
        frex_org_tis(c, d, ORG_W_AU) || frex_org_tis(c, d, ORG_W_DU)))
    return false;
  /* one word, no person's: l'Allemand Klaus Müller, le Français Dupont */
  if (frex_org_name_end(c, i) != i + 1 || frex_org_function_word(c, i) ||
      frex_org_first_name(c, i) || frex_org_town(c, i) ||
      frex_org_named_person(c, i))
    return false;
  bool firm = false;
  /* racheté par le Néerlandais Vion: a buyer */
  if (frex_org_tis(c, d, ORG_W_LE) || frex_org_tis(c, d, ORG_W_L))
    firm = d >= c->first + 2 && frex_org_joined(c, d) &&
           frex_org_key_in(c, d - 1, by) && frex_org_joined(c, d - 1) &&
           frex_org_key_in(c, d - 2, bought);
  /* L'Allemand Tönnies a racheté, le Néerlandais Vion ferme son usine */
  size_t v = i + 1;
  while (!firm && v < c->n && v < i + 4 && frex_org_joined(c, v) &&
         frex_org_tlower(c, v) && frex_org_key_in(c, v, aux))
    v++;
  if (firm || v >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v)) {
    if (!firm)
      return false;
  } else if (frex_org_key_in(c, v, acts)) {
    firm = true;
  } else if (frex_org_key_in(c, v, moves)) {
    for (size_t q = v + 1; q < c->n && q < v + 6 && frex_org_joined(c, q) &&
                           c->tok[q].cls != FREX_TOK_PUNCT;
         q++)
      if (frex_org_tlower(c, q) && frex_org_key_in(c, q, owns)) {
        firm = true;
        break;
      }
  }
  if (!firm)
    return false;
  *s = (org_span){i, i + 1, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}
