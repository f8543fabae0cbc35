/*
 * org_bodies.c — public bodies the dictionary does not know, named by
 * their head word (SPEC "COMPANY / AGENCY": ministère de la Défense,
 * Autorité de la concurrence, tribunal correctionnel de Nanterre, la
 * Mission de l'Union africaine en Somalie), by an English title
 * (Government Accountability Office), or by a minister's portfolio (le
 * ministre de l'Intérieur).  The heads are the HEAD lines of org_words.def.
 */
#include "org_rules.h"

/* The adjectives of a local authority's assembly (le conseil départemental
 * de la Gironde); frex_org_knows_word reads them too, so a typesetter's
 * cut inside one is joined ("le conseil dépar-\ntemental"). */
const char *const frex_org_local_adjs[] = {
    "departemental", "regional",     "general",     "municipal",
    "metropolitain", "communautaire", "territorial", NULL};

/* After a connector (de la, des, d', pour les...), the index of the content
 * word, or 0. *BARE is set when the connector is a bare "de"/"d'". */
static size_t connector(const org_ctx *c, size_t k, bool *bare) {
  *bare = false;
  if (!frex_org_joined(c, k))
    return 0;
  if (frex_org_tis(c, k, ORG_W_DU) || frex_org_tis(c, k, ORG_W_DES))
    return k + 1;
  /* Haut-Commissariat aux réfugiés: aux before a lowercase noun */
  if (frex_org_tis(c, k, ORG_W_AUX) && frex_org_tlower(c, k + 1))
    return k + 1;
  bool pour = frex_org_tis(c, k, ORG_W_POUR);
  if (frex_org_tis(c, k, ORG_W_DE) || pour) {
    if (frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_L) ||
        (pour && (frex_org_tis(c, k + 1, ORG_W_LE) ||
                  frex_org_tis(c, k + 1, ORG_W_LES))))
      return k + 2;
    *bare = !pour;
    return pour ? 0 : k + 1;
  }
  if (frex_org_tis(c, k, ORG_W_D)) {
    *bare = true;
    return k + 1;
  }
  /* le secrétariat d'État au Numérique, à l'Économie, aux Anciens
   * combattants: au, aux, à la, à l' after État */
  static const char *const state[] = {"etat", NULL};
  if (k > c->first && frex_org_key_in(c, k - 1, state) &&
      frex_org_tcap(c, k - 1)) {
    if (frex_org_tis(c, k, ORG_W_AU) || frex_org_tis(c, k, ORG_W_AUX))
      return k + 1;
    if (frex_org_tis(c, k, ORG_W_A) && frex_org_joined(c, k + 1) &&
        (frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_L)))
      return k + 2;
  }
  if ((frex_org_tis(c, k, ORG_W_CHARGE) || frex_org_tis(c, k, ORG_W_CHARGEE)) &&
      frex_org_joined(c, k + 1))
    return connector(c, k + 1, bare);
  return 0;
}

/* "de trois frégates", "de plusieurs sites", "pour la première fois": a
 * quantity or a rank starts no body's complement (la Marine nationale
 * pour la construction de trois…; l'Agence nationale de sécurité du
 * médicament pour la première fois) */
static const char *const quantity_words[] = {
    "un",        "une",       "deux",     "trois",    "quatre",
    "cinq",      "six",       "sept",     "huit",     "neuf",
    "dix",       "cent",      "mille",    "plusieurs", "quelques",
    "premiere",  "derniere",  "deuxieme", "seconde",  "troisieme",
    "fois",      NULL};

/* "Pays de Morlaix", "Pays d'Iroise", "Pays des Abers", "Pays de la
 * Loire" at M: a land's name of several words; its end, or 0. */
size_t frex_org_pays_end(const org_ctx *c, size_t m) {
  size_t k = m + 1, w = m + 2;
  if (!frex_org_text_is(c, m, "Pays") || w >= c->n || !frex_org_joined(c, k))
    return 0;
  if (frex_org_tis(c, k, ORG_W_DE) && frex_org_tis(c, w, ORG_W_LA))
    w++;
  if ((frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D) ||
       frex_org_tis(c, k, ORG_W_DES) || frex_org_tis(c, k, ORG_W_DU)) &&
      w < c->n && frex_org_joined(c, w) && frex_org_tcap(c, w) &&
      frex_org_name_word(c, w) && c->tok[w].cls == FREX_TOK_WORD &&
      !frex_org_function_word(c, w))
    return w + 1;
  return 0;
}

/* Content after a connector: a capitalised name (la Défense, Affaires
 * étrangères, l'ONU) or one lowercase noun, then adjectives.  Returns the
 * end, or 0. */
/* Token K is a verb a subject's news says (indique, explique, critique),
 * one that also ends as an adjective does. */
static bool acts_word(const org_ctx *c, size_t k) {
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  const org_word_entry *e = n ? frex_org_words_find(c->w, key, n, h) : NULL;
  if (e && e->acts)
    return true;
  /* verbs of a body's news not in ACTS (a town does them too) */
  static const char *const says[] = {"critique", "critiquent", "explique",
                                     "expliquent", "communique", "revendique",
                                     "replique", "signale", NULL};
  return frex_org_key_in(c, k, says);
}

static size_t complement(const org_ctx *c, size_t m, bool bare) {
  if (m >= c->n || !frex_org_joined(c, m) || frex_org_function_word(c, m))
    return 0;
  size_t k;
  bool town = false;
  bool named = false; /* a capitalised place: de l'Hérault, du Gard */
  if (frex_org_name_word(c, m) && c->tok[m].cls == FREX_TOK_WORD) {
    k = m + 1;
    /* du Grand Est: the region's two words */
    if (k < c->n && frex_org_joined(c, k) && frex_org_text_is(c, m, "Grand") &&
        frex_org_text_is(c, k, "Est"))
      return k + 1;
    /* du Pays de Morlaix, du Pays d'Iroise, du Pays des Abers: a land's
     * name is its place's too */
    size_t pays = frex_org_pays_end(c, m);
    if (pays)
      return pays;
    /* Affaires Étrangères, Nations Unies: a second capitalised word only
     * if it is an adjective (not "de Bâle-Campagne Rudolf Keller") */
    while (k < c->n && k - m < 3 && frex_org_joined(c, k) &&
           frex_org_name_word(c, k) && c->tok[k].cls == FREX_TOK_WORD &&
           frex_org_adj_like(c, k))
      k++;
    /* la Ville de Grenoble rappelle, le tribunal de Nanterre explique: a
     * town's name ends the name; the verb after it only looks like an
     * adjective (-elle, -ique, -ère) */
    town = k == m + 1 && frex_org_town(c, m);
    named = true;
  } else if ((frex_org_tis(c, m, ORG_W_GRANDE) ||
              frex_org_tis(c, m, ORG_W_PREMIERE)) &&
             frex_org_joined(c, m + 1) && frex_org_tis(c, m + 1, ORG_W_INSTANCE)) {
    k = m + 2; /* tribunal de grande instance, de première instance */
  } else if (frex_org_tlower(c, m) && !frex_org_in(c, m, L_NOT_COMPLEMENT) &&
             !frex_org_key_in(c, m, quantity_words)) {
    /* "de trancher", "d'agir": a bare de before an infinitive is a verb's
     * complement, not part of the name. */
    const frex_token *t = &c->tok[m];
    size_t n = t->end - t->start;
    const char *s = c->text + t->start;
    if (bare && n > 3 &&
        (memcmp(s + n - 2, "er", 2) == 0 || memcmp(s + n - 2, "ir", 2) == 0))
      return 0;
    k = m + 1;
  } else {
    return 0;
  }
  for (int a = 0;
       a < 2 && k < c->n && frex_org_joined(c, k) && frex_org_lower_adj(c, k) &&
       !(town && !frex_org_in(c, k, L_NATION)) &&
       /* la préfecture du Gard indique: the verb after a place */
       !(named && acts_word(c, k));
       a++)
    k++;
  return k;
}

/* "new_acronym_at": "(JAXA)" at token K, an acronym the dictionary does
 * not know: what precedes it is being named. */
/* The word at K is no name of the dictionary. */
static bool new_acronym_at_key(const org_ctx *c, size_t k) {
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  return n &&
         frex_dict_lookup_hashed(c->dict, key, n, h).alias == FREX_DICT_NONE;
}

static bool new_acronym_at(const org_ctx *c, size_t k) {
  if (k + 2 >= c->n || !frex_org_text_is(c, k, "(") ||
      !frex_org_acronym_like(c, k + 1) || !frex_org_text_is(c, k + 2, ")"))
    return false;
  return new_acronym_at_key(c, k + 1);
}

/* ... or an acronym written as a word, "(Jirs)", "(Ofast)", after the
 * spelled-out name whose head is at J: three to six letters, a capital
 * then lowercase, the head's initial first, and no town nor first name
 * ("la juridiction interrégionale spécialisée (Jirs)"; not "(Rennes)"). */
static bool titled_acronym_at(const org_ctx *c, size_t k, size_t j) {
  if (k + 2 >= c->n || !frex_org_text_is(c, k, "(") ||
      !frex_org_text_is(c, k + 2, ")"))
    return false;
  const char *w = c->text + c->tok[k + 1].start;
  size_t n = c->tok[k + 1].end - c->tok[k + 1].start;
  if (n < 3 || n > 6 || !(w[0] >= 'A' && w[0] <= 'Z') ||
      (w[0] | 0x20) != (c->text[c->tok[j].start] | 0x20))
    return false;
  for (size_t i = 1; i < n; i++)
    if (!(w[i] >= 'a' && w[i] <= 'z'))
      return false;
  return !frex_org_town(c, k + 1) && !frex_org_first_name(c, k + 1) &&
         new_acronym_at_key(c, k + 1);
}

static const char *const etat[] = {"etat", NULL};

/* de Paris, du Rhône, d'Île-de-France, de la Gironde, des Hauts-de-Seine at
 * K: a place's name after de; its end, or 0.  Not a person's (de Jean
 * Dupont: a capitalised word after the first one's). */
static size_t region_after(const org_ctx *c, size_t k, bool departements);

/* la communauté de communes Millau Grands Causses, la communauté
 * d'agglomération Pays basque, la communauté urbaine Grand Poitiers, la
 * communauté de communes Vallée de l'Hérault: a group of towns' own name
 * set right after its kind, without de.  Capitalised words, de/du/des/et
 * before another capitalised one, a lowercase adjective after one (Pays
 * basque); its end, or 0.  Not a person's name (le président de la
 * communauté de communes Jean Martin), a weekday or a month. */
static const char *const days_months[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", NULL};
static size_t epci_name_end(const org_ctx *c, size_t k) {
  if (k >= c->n || !frex_org_joined(c, k) || c->tok[k].cls != FREX_TOK_WORD ||
      !frex_org_name_word(c, k) || frex_org_first_name(c, k) ||
      frex_org_key_in(c, k, days_months))
    return 0;
  size_t e = k + 1;
  for (int n = 0; n < 6 && e < c->n && frex_org_joined(c, e); n++) {
    if (c->tok[e].cls == FREX_TOK_WORD && frex_org_name_word(c, e) &&
        !frex_org_key_in(c, e, days_months)) {
      e++;
      continue;
    }
    /* Vallée de l'Hérault, Terres du Lauragais, Terres et Mers */
    size_t w = e + 1;
    if (frex_org_tis(c, e, ORG_W_DE) && w < c->n &&
        (frex_org_tis(c, w, ORG_W_LA) || frex_org_tis(c, w, ORG_W_L)))
      w++;
    if ((frex_org_tis(c, e, ORG_W_DE) || frex_org_tis(c, e, ORG_W_D) ||
         frex_org_tis(c, e, ORG_W_DU) || frex_org_tis(c, e, ORG_W_DES) ||
         frex_org_tis(c, e, ORG_W_ET)) &&
        w < c->n && frex_org_joined(c, w) && c->tok[w].cls == FREX_TOK_WORD &&
        frex_org_name_word(c, w) && !frex_org_key_in(c, w, days_months)) {
      e = w + 1;
      continue;
    }
    /* Caen la Mer, Saint-Lô Agglo: an article inside the name, before a
     * capitalised word */
    if ((frex_org_tis(c, e, ORG_W_LA) || frex_org_tis(c, e, ORG_W_LE) ||
         frex_org_tis(c, e, ORG_W_LES)) &&
        e + 1 < c->n && frex_org_joined(c, e + 1) &&
        c->tok[e + 1].cls == FREX_TOK_WORD && frex_org_tcap(c, e + 1) &&
        frex_org_name_word(c, e + 1) &&
        !frex_org_key_in(c, e + 1, days_months)) {
      e += 2;
      continue;
    }
    /* Pays basque: a nationality's or a region's adjective (not "Caen la
     * Mer rappelle", a verb shaped like one) */
    if (frex_org_nationality(c, e) && frex_org_tcap(c, e - 1)) {
      e++;
      continue;
    }
    break;
  }
  return e;
}

/* La mairie de Bayonne et la communauté d'agglomération Pays basque
 * doivent trancher: a subject joined by "et" to another one, the verb
 * after both (at most ten tokens on, no comma) */
static bool coordinated_acts(const org_ctx *c, size_t i, size_t k) {
  if (k + 2 >= c->n || !frex_org_joined(c, k) || !frex_org_tis(c, k, ORG_W_ET) ||
      !frex_org_joined(c, k + 1) || !frex_org_in(c, k + 1, L_DETERMINER))
    return false;
  for (size_t m = k + 3; m < c->n && m <= k + 12 && frex_org_joined(c, m); m++) {
    if (c->tok[m].cls != FREX_TOK_WORD)
      return false;
    if (frex_org_tlower(c, m) && !frex_org_function_word(c, m) &&
        frex_org_acts(c, i, m))
      return true;
  }
  return false;
}

/* The raw text of token K ends with S. */
static bool text_ends(const org_ctx *c, size_t k, const char *s) {
  const frex_token *t = &c->tok[k];
  size_t n = t->end - t->start, m = strlen(s);
  return n >= m && memcmp(c->text + t->end - m, s, m) == 0;
}

/* Token K ends as a participle of the first group: -é, -ée, -és, -ées. */
static bool ends_in_e_acute(const org_ctx *c, size_t k) {
  return text_ends(c, k, "\xc3\xa9") || text_ends(c, k, "\xc3\xa9" "e") ||
         text_ends(c, k, "\xc3\xa9" "s") || text_ends(c, k, "\xc3\xa9" "es");
}

/* A participle's shape at K (a réuni, avait transmis, a demandé, a
 * rejoint, a reçu); not été (a été évacuée: the passive says what was
 * done to the building as often as what the body did). */
static bool participle_at(const org_ctx *c, size_t k) {
  static const char *const ete[] = {"ete", NULL};
  if (c->tok[k].cls != FREX_TOK_WORD || !frex_org_tlower(c, k) ||
      frex_org_function_word(c, k) || frex_org_key_in(c, k, ete))
    return false;
  if (ends_in_e_acute(c, k))
    return true;
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  if (n < 2)
    return false;
  char z = key[n - 1], y = key[n - 2];
  /* réuni(e)(s), transmis, interdit, reçu(e), ouvert, rejoint */
  return z == 'i' || z == 's' || z == 't' || z == 'u' ||
         (z == 'e' && (y == 'i' || y == 'u' || y == 't'));
}

/* A finite verb's shape at K, third person (réunit, indique, prend,
 * fixera, organisent): a lowercase word, no participle (la préfecture du
 * Gard incendiée: a title's building) nor a weekday. */
static bool finite_at(const org_ctx *c, size_t k) {
  if (c->tok[k].cls != FREX_TOK_WORD || !frex_org_tlower(c, k) ||
      frex_org_function_word(c, k) || frex_org_key_in(c, k, days_months))
    return false;
  if (ends_in_e_acute(c, k))
    return false;
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  if (n < 3)
    return false;
  char z = key[n - 1];
  return z == 'e' || z == 't' || z == 'a' || z == 'd';
}

/* la préfecture du Finistère a réuni, Le lendemain, la préfecture de la
 * Sarthe avait transmis, mais la préfecture du Gard l'a confirmé: a body
 * named by its place whose article opens a clause (a sentence's start, a
 * comma, a colon or a conjunction before it) and whose name is followed
 * by a finite verb, whatever the verb: the subject acts.  Not être (la
 * préfecture du Gard est fermée: the building), nor a passive (a été
 * évacuée).  A is the article, K the token after the name. */
static bool clause_subject(const org_ctx *c, size_t a, size_t k) {
  static const char *const conjunctions[] = {
      "et",     "mais",   "puis",    "ou",      "car",   "donc", "or",
      "que",    "qu'",    "quand",   "lorsque", "lorsqu'", "si", "dont",
      "puisque", "comme", "tandis",  NULL};
  if (!frex_org_sent_start(c, a) &&
      !(frex_org_text_is(c, a - 1, ",") || frex_org_text_is(c, a - 1, ";") ||
        (frex_org_tlower(c, a - 1) && frex_org_key_in(c, a - 1, conjunctions))))
    return false;
  static const char *const negations[] = {"ne", "n'", NULL};
  static const char *const clitics[] = {"l'", "le", "la", "les", "lui",
                                        "leur", "y",  "en", "se", "s'", NULL};
  static const char *const have[] = {"a", "avait", "aura", "aurait", "eut",
                                     "ont", "avaient", "auront", NULL};
  static const char *const modals[] = {
      "doit",    "devait",  "devra",    "devrait", "va",      "allait",
      "vient",   "venait",  "peut",     "pouvait", "pourra",  "pourrait",
      "veut",    "voulait", "compte",   "entend",  "souhaite", "tient",
      "refuse",  "envisage", "doivent", "vont",    "peuvent", NULL};
  static const char *const fillers[] = {
      "pas",       "plus",      "jamais",   "deja",      "aussi",
      "egalement", "finalement", "pourtant", "toutefois", "encore",
      "enfin",     "bien",      "notamment", "officiellement",
      "recemment", "alors",     "ensuite",  "donc",      "rien",
      NULL};
  static const char *const to[] = {"de", "d'", "a", NULL};
  if (k >= c->n || !frex_org_joined(c, k))
    return false;
  if (frex_org_key_in(c, k, negations) && frex_org_joined(c, k + 1))
    k++;
  for (int n = 0; n < 2 && frex_org_tlower(c, k) &&
                  frex_org_key_in(c, k, clitics) && frex_org_joined(c, k + 1);
       n++)
    k++;
  bool aux = frex_org_key_in(c, k, have);
  bool modal = !aux && frex_org_key_in(c, k, modals);
  if (!aux && !modal)
    return finite_at(c, k);
  for (int fill = 0; fill <= 3; fill++) {
    k++;
    if (!frex_org_joined(c, k))
      return false;
    if (frex_org_key_in(c, k, fillers) ||
        (modal && frex_org_key_in(c, k, to)))
      continue;
    if (aux)
      return participle_at(c, k);
    /* va réunir, doit encore délivrer, vient de signer: an infinitive */
    size_t n;
    uint32_t h;
    const char *key = frex_org_tkey(c, k, &n, &h);
    return c->tok[k].cls == FREX_TOK_WORD && frex_org_tlower(c, k) && n > 3 &&
           (memcmp(key + n - 2, "er", 2) == 0 ||
            memcmp(key + n - 2, "ir", 2) == 0 ||
            memcmp(key + n - 2, "re", 2) == 0);
  }
  return false;
}

size_t frex_org_place_after(const org_ctx *c, size_t k) {
  bool bare;
  size_t w = k < c->n ? connector(c, k, &bare) : 0;
  if (!w || w >= c->n || !frex_org_joined(c, w) || !frex_org_tcap(c, w) ||
      !frex_org_name_word(c, w) || c->tok[w].cls != FREX_TOK_WORD ||
      frex_org_function_word(c, w))
    return 0;
  /* a region of several words: l'ARS des Pays de la Loire, la DREAL de
   * Provence-Alpes-Côte d'Azur, du Grand Est */
  size_t r = region_after(c, w, false);
  if (r > w + 1)
    return r;
  if (w + 1 < c->n && frex_org_joined(c, w + 1) && frex_org_tcap(c, w + 1) &&
      !frex_org_function_word(c, w + 1))
    return 0;
  return w + 1;
}

/* A local body's acronym with its place (le TGI de Paris, la PJ de
 * Marseille, l'ARS d'Île-de-France): capitalised, then the place; alone
 * it is a description (le TGI, en PJ). */
/* A French region's name at K, right after a local body's acronym (la
 * DREAL Bretagne, l'ARS Île-de-France, l'ARS Grand Est, l'Urssaf Pays de
 * la Loire, la DREAL Provence-Alpes-Côte d'Azur): its end, or 0.  The
 * regions of today and of before 2016, and their short forms; with
 * DEPARTEMENTS, a département of one word too (not after "la Région"). */
static const char *const region_one[] = {
    "bretagne",       "normandie",          "occitanie",
    "ile-de-france",  "hauts-de-france",    "nouvelle-aquitaine",
    "auvergne-rhone-alpes", "bourgogne-franche-comte", "corse",
    "guadeloupe",     "martinique",         "guyane",
    "mayotte",        "reunion",            "paca",
    "alsace",         "lorraine",           "aquitaine",
    "limousin",       "picardie",           "auvergne",
    "bourgogne",      "franche-comte",      "rhone-alpes",
    "midi-pyrenees",  "languedoc-roussillon", "poitou-charentes",
    "nord-pas-de-calais", "champagne-ardenne", "centre",
    "provence-alpes-cote", "centre-val",    "grand",
    "pays",           "basse-normandie",    "haute-normandie",
    NULL};
/* ...and a département's, as a CCI, a CAF or a CPAM is named (la CCI
 * Ille-et-Vilaine, la CPAM Loire-Atlantique, la CAF Finistère): those of
 * one word, hyphens included (not Val-d'Oise, Côtes-d'Armor: three
 * tokens; not Lot, Cher, Var, Ain, Nord, Manche, Loire: words of
 * another sense or a region's part) */
static const char *const region_departement[] = {
    "ille-et-vilaine", "loire-atlantique", "maine-et-loire", "indre-et-loire",
    "loir-et-cher", "lot-et-garonne", "tarn-et-garonne", "seine-maritime",
    "seine-et-marne", "seine-saint-denis", "hauts-de-seine", "val-de-marne",
    "bouches-du-rhone", "alpes-maritimes", "alpes-de-haute-provence",
    "hautes-alpes", "haute-garonne", "haute-savoie", "haute-loire",
    "haute-marne", "haute-saone", "haute-vienne", "hautes-pyrenees",
    "pyrenees-atlantiques", "pyrenees-orientales", "puy-de-dome",
    "saone-et-loire", "deux-sevres", "eure-et-loir", "meurthe-et-moselle",
    "pas-de-calais", "bas-rhin", "haut-rhin", "haute-corse", "corse-du-sud",
    "charente-maritime", "finistere", "morbihan", "gironde", "calvados",
    "vendee", "mayenne", "sarthe", "dordogne", "correze", "ardeche",
    "aveyron", "herault", "isere", "essonne", "yvelines", "vaucluse",
    "moselle", "vosges", "savoie", "somme", "aisne", "oise", "marne",
    "gers", "landes", "lozere", "drome", "doubs", "jura", "yonne",
    "nievre", "allier", "cantal", "creuse", "ardennes", "ariege",
    "charente", "meuse", NULL};
/* Départements whose one word has another sense alone (the sea, a river,
 * a point of the compass): theirs only after "département de" or an
 * article (de la Vienne, du Cher, du Nord). */
static const char *const departement_after_article[] = {
    "manche", "nord",  "lot",   "cher",   "var",    "ain",   "loire",
    "eure",   "orne",  "indre", "aube",   "aude",   "gard",  "tarn",
    "rhone",  "loiret", "vienne", "seine-et-oise", "val-d'oise",
    "haute-vienne", NULL};
static size_t region_after(const org_ctx *c, size_t k, bool departements) {
  if (k >= c->n || !frex_org_joined(c, k) || !frex_org_tcap(c, k) ||
      c->tok[k].cls != FREX_TOK_WORD ||
      !(frex_org_key_in(c, k, region_one) ||
        (departements && frex_org_key_in(c, k, region_departement))))
    return 0;
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k, &n, &h);
  size_t e = k + 1;
  bool joined = e < c->n && frex_org_joined(c, e);
  if (n == 5 && memcmp(key, "grand", 5) == 0) /* Grand Est */
    return joined && frex_org_text_is(c, e, "Est") ? e + 1 : 0;
  if (n == 4 && memcmp(key, "pays", 4) == 0) /* Pays de la Loire */
    return joined && e + 2 < c->n && frex_org_tis(c, e, ORG_W_DE) &&
                   frex_org_tis(c, e + 1, ORG_W_LA) &&
                   frex_org_text_is(c, e + 2, "Loire") &&
                   frex_org_joined(c, e + 1) && frex_org_joined(c, e + 2)
               ? e + 3
               : 0;
  /* Centre-Val de Loire, Provence-Alpes-Côte d'Azur */
  if ((n == 10 && memcmp(key, "centre-val", 10) == 0) ||
      (n == 19 && memcmp(key, "provence-alpes-cote", 19) == 0))
    return joined && e + 1 < c->n &&
                   (frex_org_tis(c, e, ORG_W_DE) ||
                    frex_org_tis(c, e, ORG_W_D)) &&
                   frex_org_joined(c, e + 1) && frex_org_tcap(c, e + 1)
               ? e + 2
               : 0;
  /* the region's name alone, not a person's (Lorraine Dupont) nor a
   * longer name (Centre Pompidou) */
  if (joined && frex_org_tcap(c, e) && !frex_org_function_word(c, e))
    return 0;
  return e;
}

bool frex_org_french_area_word(const org_ctx *c, size_t k) {
  return k < c->n && c->tok[k].cls == FREX_TOK_WORD && frex_org_tcap(c, k) &&
         (frex_org_key_in(c, k, region_one) ||
          frex_org_key_in(c, k, region_departement));
}

size_t frex_org_french_area_after(const org_ctx *c, size_t k) {
  bool bare;
  size_t w = k < c->n ? connector(c, k, &bare) : 0;
  if (!w || w >= c->n || !frex_org_joined(c, w) || !frex_org_tcap(c, w))
    return 0;
  size_t e = region_after(c, w, true);
  if (e || bare)
    return e;
  /* de la Vienne, du Cher, du Nord, de l'Ain: départements whose one word
   * has another sense alone (region_after leaves them out) are theirs
   * after the article, with no capitalised word after them */
  if (c->tok[w].cls != FREX_TOK_WORD ||
      !frex_org_key_in(c, w, departement_after_article))
    return 0;
  if (w + 1 < c->n && frex_org_joined(c, w + 1) && frex_org_tcap(c, w + 1) &&
      !frex_org_function_word(c, w + 1))
    return 0;
  return w + 1;
}

size_t frex_org_regional_end(const org_ctx *c, size_t dend,
                             const char *canonical) {
  static const char *const networks[] = {
      "Cr\xc3\xa9" "dit agricole", "Caisse d'\xc3\xa9pargne",
      "Cr\xc3\xa9" "dit mutuel", "Banque populaire",
      /* a mutual insurer's and a bank's regional companies (Groupama Loire
       * Bretagne, Groupama Paris Val de Loire, CIC Ouest) */
      "Groupama", "CIC", NULL};
  bool network = false;
  for (const char *const *w = networks; *w && !network; w++)
    network = strcmp(canonical, *w) == 0;
  if (!network || dend >= c->n || !frex_org_joined(c, dend))
    return dend;
  /* the region's words: capitalised names (Atlantique Vendée, Aquitaine
   * Poitou-Charentes, Alpes Provence, Grand Ouest), a place after de, du,
   * d', des (du Sud-Ouest, d'Ille-et-Vilaine, Nord de France, des Côtes
   * d'Armor), at most four */
  size_t k = dend;
  for (int words = 0; words < 4 && k < c->n && frex_org_joined(c, k);
       words++) {
    if (frex_org_tcap(c, k) && c->tok[k].cls == FREX_TOK_WORD &&
        !frex_org_function_word(c, k)) {
      if (frex_org_first_name(c, k))
        return dend; /* le Crédit agricole Bretagne Jean Dupont */
      k++;
    } else if (k + 1 < c->n && frex_org_joined(c, k + 1) &&
               (frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_DU) ||
                frex_org_tis(c, k, ORG_W_D) || frex_org_tis(c, k, ORG_W_DES)) &&
               frex_org_tcap(c, k + 1) && c->tok[k + 1].cls == FREX_TOK_WORD &&
               !frex_org_function_word(c, k + 1)) {
      k += 2;
    } else {
      break;
    }
  }
  return k;
}

/* A region or an area of the compass after a dictionary name ending at
 * DEND (Enedis Bretagne, France Travail Occitanie, GRDF Centre-Ouest,
 * Orange Grand Ouest, Keolis Armor): its end, or DEND.  Not before another capitalised
 * word (Centre Pompidou, Lorraine Dupont). */
size_t frex_org_area_end(const org_ctx *c, size_t dend) {
  size_t e = region_after(c, dend, true);
  if (e)
    return e;
  static const char *const areas[] = {
      "ouest",      "est",        "nord",         "sud",
      "sud-ouest",  "sud-est",    "nord-ouest",   "nord-est",
      "centre-ouest", "centre-est", "grand-ouest", "centre-atlantique",
      "grand",
      /* Keolis Armor, Keolis Atlantique: the Breton coast, the Atlantic
       * seaboard, named as a regional arm's area */
      "armor",      "atlantique", "mediterranee", NULL};
  if (dend >= c->n || !frex_org_joined(c, dend) || !frex_org_tcap(c, dend) ||
      c->tok[dend].cls != FREX_TOK_WORD || !frex_org_key_in(c, dend, areas))
    return dend;
  e = dend + 1;
  if (frex_org_text_is(c, dend, "Grand")) { /* Grand Ouest, Grand Sud-Ouest */
    static const char *const grand[] = {"ouest", "sud-ouest", "sud", "nord",
                                        NULL};
    if (!frex_org_joined(c, e) || !frex_org_tcap(c, e) ||
        !frex_org_key_in(c, e, grand))
      return dend;
    e++;
  }
  if (frex_org_joined(c, e) && frex_org_tcap(c, e) &&
      !frex_org_function_word(c, e))
    return dend;
  return e;
}

/* A local authority in lowercase (la région, le département) whose
 * article is token D: what comes before it makes it the council that owns
 * or pays, not the land: détenue par, financé par, avec le soutien de, à
 * l'initiative de (la région / du département); with FOLLOW, also after
 * "et" or a comma that joins it to such a council (détenue par la région
 * Bretagne et le département du Finistère). */
static bool funder_before(const org_ctx *c, size_t d, bool follow) {
  static const char *const by[] = {"par", NULL};
  static const char *const payers[] = {
      "detenu",     "detenue",     "detenus",     "detenues",
      "finance",    "financee",    "finances",    "financees",
      "cofinance",  "cofinancee",  "cofinances",  "cofinancees",
      "subventionne", "subventionnee", "subventionnes", "subventionnees",
      "soutenu",    "soutenue",    "soutenus",    "soutenues",
      "possede",    "possedee",    "possedes",    "possedees",
      "controle",   "controlee",   "controles",   "controlees",
      "porte",      "portee",      "portes",      "portees",
      NULL};
  static const char *const helps[] = {
      "soutien", "aide", "appui", "concours", "participation",
      "financement", "initiative", "subvention", "subventions", NULL};
  static const char *const de[] = {"de", NULL};
  static const char *const du[] = {"du", NULL};
  if (d < c->first + 2 || !frex_org_joined(c, d))
    return false;
  size_t p = d - 1;
  if (frex_org_key_in(c, p, by) && frex_org_joined(c, p))
    return frex_org_key_in(c, p - 1, payers);
  /* du département: the article holds the de */
  if (frex_org_key_in(c, d, du) && frex_org_key_in(c, p, helps))
    return true;
  if (frex_org_key_in(c, p, de) && frex_org_joined(c, p))
    return frex_org_key_in(c, p - 1, helps);
  if (!follow || !(frex_org_tis(c, p, ORG_W_ET) || frex_org_text_is(c, p, ",")))
    return false;
  /* back over the first council's name, within the clause */
  for (size_t q = p; q > c->first + 1 && p - q < 8 && frex_org_joined(c, q);
       q--) {
    size_t r = q - 1;
    if (frex_org_text_is(c, r, "r\xc3\xa9gion") ||
        frex_org_text_is(c, r, "d\xc3\xa9partement"))
      return r > c->first && frex_org_joined(c, r) &&
             funder_before(c, r - 1, false);
  }
  return false;
}

/* le département du Finistère a voté, financé par le département de la
 * Gironde: a département's council in lowercase at J, acting or paying
 * (not "dans le département du Finistère", "le département compte 900 000
 * habitants": the land, or no name) */
static bool rule_departement(const org_ctx *c, size_t j, org_span *s) {
  if (j <= c->first || !frex_org_joined(c, j) ||
      !(frex_org_tis(c, j - 1, ORG_W_LE) || frex_org_tis(c, j - 1, ORG_W_L) ||
        frex_org_tis(c, j - 1, ORG_W_DU)))
    return false;
  bool bare;
  size_t w = connector(c, j + 1, &bare);
  if (!w || w >= c->n || !frex_org_joined(c, w) || !frex_org_tcap(c, w) ||
      c->tok[w].cls != FREX_TOK_WORD)
    return false;
  size_t e = region_after(c, w, true);
  if (!e && frex_org_key_in(c, w, departement_after_article) &&
      !(w + 1 < c->n && frex_org_joined(c, w + 1) && frex_org_tcap(c, w + 1)))
    e = w + 1;
  if (!e)
    return false;
  bool du = frex_org_tis(c, j - 1, ORG_W_DU);
  /* le département de la Charente-Maritime et les pêcheurs réclament: it
   * acts with a subject coordinated to it (et, an article, one noun) */
  size_t act = e;
  if (e + 3 < c->n && frex_org_tis(c, e, ORG_W_ET) && frex_org_joined(c, e) &&
      frex_org_joined(c, e + 1) && frex_org_in(c, e + 1, L_DETERMINER) &&
      frex_org_joined(c, e + 2) && frex_org_tlower(c, e + 2) &&
      c->tok[e + 2].cls == FREX_TOK_WORD)
    act = e + 3;
  if (!funder_before(c, j - 1, true) && (du || !frex_org_acts(c, j, act)))
    return false;
  *s = (org_span){j, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

/* The end of a syndicate of towns' area after its acronym, from K on: de,
 * du, des or d' and a name of capitalised words, function words and
 * lowercase nouns of an area (le Sivom de la vallée de l'Arve, le Smictom
 * du Pays de Fougères, le Sictom de la région de Bayeux), ending on a
 * capitalised word; 0 when none follows (le Sictom a relevé: any of
 * them, a description). */
static size_t syndicate_area_end(const org_ctx *c, size_t k) {
  static const char *const areas[] = {"vallee", "region", "pays", "bassin",
                                      "canton", "val",    "plateau", "cote",
                                      "secteur", NULL};
  if (k >= c->n || !frex_org_joined(c, k) ||
      !(frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_DU) ||
        frex_org_tis(c, k, ORG_W_DES) || frex_org_tis(c, k, ORG_W_D)))
    return 0;
  size_t end = 0;
  for (size_t t = k + 1; t < c->n && t < k + 9 && frex_org_joined(c, t) &&
                         c->tok[t].cls == FREX_TOK_WORD;
       t++) {
    if (frex_org_tcap(c, t))
      end = t + 1;
    else if (!(frex_org_tis(c, t, ORG_W_DE) || frex_org_tis(c, t, ORG_W_DU) ||
               frex_org_tis(c, t, ORG_W_DES) || frex_org_tis(c, t, ORG_W_D) ||
               frex_org_tis(c, t, ORG_W_LA) || frex_org_tis(c, t, ORG_W_L) ||
               frex_org_key_in(c, t, areas)))
      break;
  }
  return end;
}

static bool rule_acronym(const org_ctx *c, size_t i, org_span *s) {
  /* la région Bourgogne-Franche-Comté a débloqué 10 millions: the
   * regional council, in lowercase, with its article and acting or paying
   * (not "en région Bretagne", "la région Bretagne compte 3 millions
   * d'habitants": the land) */
  if (c->tok[i].cls == FREX_TOK_WORD && frex_org_text_is(c, i, "r\xc3\xa9gion") &&
      i > c->first && frex_org_joined(c, i) &&
      (frex_org_tis(c, i - 1, ORG_W_LA) || frex_org_tis(c, i - 1, ORG_W_L))) {
    size_t e = region_after(c, i + 1, false);
    if (!e || (!frex_org_acts(c, i, e) && !funder_before(c, i - 1, true)))
      return false;
    *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  if (!frex_org_tcap(c, i) || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  /* la Région Bretagne: a region's name only (not la Région de
   * gendarmerie de Paris, nor an English Region) */
  if (frex_org_text_is(c, i, "R\xc3\xa9gion") ||
      frex_org_text_is(c, i, "Region")) {
    size_t e = frex_org_text_is(c, i, "R\xc3\xa9gion")
                   ? region_after(c, i + 1, false)
                   : 0;
    if (!e)
      return false;
    *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  /* les CHU de France, des CCI de région, les 101 CPAM de France: any of
   * them, no name */
  size_t before = i;
  if (before > c->first + 1 && frex_org_joined(c, before) &&
      c->tok[before - 1].cls == FREX_TOK_NUM)
    before--;
  if (before > c->first && frex_org_joined(c, before) &&
      (frex_org_tis(c, before - 1, ORG_W_LES) ||
       frex_org_tis(c, before - 1, ORG_W_DES) ||
       frex_org_tis(c, before - 1, ORG_W_AUX)))
    return false;
  /* le Drac, du Drac: the river of Grenoble, not la Drac Bretagne */
  static const char *const drac[] = {"drac", NULL};
  static const char *const masc[] = {"le", "du", "au", NULL};
  if (i > c->first && frex_org_joined(c, i) && frex_org_key_in(c, i - 1, masc) &&
      frex_org_key_in(c, i, drac))
    return false;
  /* le Sivom de la vallée de l'Arve: a syndicate of towns, named by its
   * area whatever the words of the area (s36) */
  static const char *const syndicates[] = {"sivom",  "sivu",  "smictom",
                                           "sictom", "smitom", "sitom",
                                           "sirtom", NULL};
  if (frex_org_key_in(c, i, syndicates)) {
    size_t a = syndicate_area_end(c, i + 1);
    if (!a)
      return false;
    *s = (org_span){i, a, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  size_t e = frex_org_place_after(c, i + 1);
  /* le Sdis 29, le SDIS 44, la DDTM 35: a département's service named by
   * the département's number (01 to 95, 971 to 976; not les 18 ARS, nor
   * la CAF 2024, a year; not le Sdis 29 pompiers, a count); the social
   * security's and the State's départemental offices too (la CPAM 29, la
   * CAF 44, l'Urssaf 35, la DDFiP 35, la DDETS 29) */
  static const char *const numbered[] = {"sdis", "ddt",  "ddtm",   "ddpp",
                                         "ddcs", "ddsp", "cpam",   "caf",
                                         "urssaf", "ddfip", "ddets", NULL};
  if (!e && i + 1 < c->n && frex_org_joined(c, i + 1) &&
      c->tok[i + 1].cls == FREX_TOK_NUM && frex_org_key_in(c, i, numbered) &&
      !frex_org_counting_number(c, i + 1)) {
    const frex_token *t = &c->tok[i + 1];
    size_t n = t->end - t->start;
    int v = 0;
    for (size_t b = t->start; b < t->end; b++)
      v = v * 10 + (c->text[b] - '0');
    if ((n == 2 && v >= 1 && v <= 95) || (n == 3 && v >= 971 && v <= 976)) {
      *s = (org_span){i, i + 2, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
      return true;
    }
  }
  if (!e && (e = region_after(c, i + 1, true))) {
    *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  /* le CHU Grenoble Alpes, le CHU Amiens-Picardie: a hospital named by
   * its town and more capitalised words, with no de; so are chambers of
   * commerce (la CCI Bretagne Ouest, la CCI Nantes St-Nazaire, la CCI
   * Paris Île-de-France), the words after the town no first name (not
   * la CCI Brest Marc Durand) */
  static const char *const hospitals[] = {"chu", "chru", "cci", NULL};
  static const char *const cci[] = {"cci", NULL};
  if (!e && i + 2 < c->n && frex_org_joined(c, i + 1) &&
      (frex_org_town(c, i + 1) ||
       (frex_org_key_in(c, i, cci) && frex_org_french_area_word(c, i + 1))) &&
      frex_org_key_in(c, i, hospitals)) {
    e = i + 2;
    while (e < c->n && e < i + 4 && frex_org_joined(c, e) &&
           c->tok[e].cls == FREX_TOK_WORD && frex_org_tcap(c, e) &&
           !frex_org_function_word(c, e) && !frex_org_first_name(c, e))
      e++;
  }
  if (!e || !frex_org_joined(c, i + 1))
    return false;
  *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

/* Rennes Métropole, Nantes Métropole, Montpellier Méditerranée
 * Métropole, Quimperlé Communauté, Saint-Brieuc Armor Agglomération: a
 * metropolis's or a group of towns' public body, one or two capitalised words then
 * Métropole capitalised at J (its head word): the span starts before J. */
static bool rule_metropole(const org_ctx *c, size_t j, org_span *s) {
  /* Brest métropole, Pays de Quimperlé communauté: the official names
   * of some write their head in lowercase (checked below: a town's or a
   * land's name before it, not la métropole brestoise, not
   * l'agglomération de Vannes) */
  bool lower = frex_org_text_is(c, j, "m\xc3\xa9tropole") ||
               frex_org_text_is(c, j, "communaut\xc3\xa9") ||
               frex_org_text_is(c, j, "agglom\xc3\xa9ration");
  if (j < c->first + 1 || !frex_org_joined(c, j) ||
      !(lower || frex_org_text_is(c, j, "M\xc3\xa9tropole") ||
        frex_org_text_is(c, j, "Communaut\xc3\xa9") ||
        frex_org_text_is(c, j, "Agglom\xc3\xa9ration") ||
        frex_org_text_is(c, j, "Agglo")))
    return false;
  /* Marseille métropole de la Méditerranée, Rennes agglomération de
   * 450 000 habitants: a town called a metropolis, no body's name */
  if (lower && j + 1 < c->n && frex_org_joined(c, j + 1) &&
      (frex_org_tis(c, j + 1, ORG_W_DE) || frex_org_tis(c, j + 1, ORG_W_D) ||
       frex_org_tis(c, j + 1, ORG_W_DU) || frex_org_tis(c, j + 1, ORG_W_DES)))
    return false;
  if (!lower && j + 1 < c->n && frex_org_joined(c, j + 1) &&
      frex_org_tcap(c, j + 1)) {
    /* la Métropole Rouen Normandie, la Métropole Nice Côte d'Azur: the
     * head first after its article, then the places' capitalised words
     * (not l'Hôtel Métropole Paris: no article right before) */
    if (!frex_org_text_is(c, j, "M\xc3\xa9tropole") ||
        !(frex_org_tis(c, j - 1, ORG_W_LA)))
      return false;
    size_t e = j + 1;
    for (int words = 0; words < 4 && e < c->n && frex_org_joined(c, e);) {
      if (frex_org_tcap(c, e) && c->tok[e].cls == FREX_TOK_WORD &&
          !frex_org_function_word(c, e) && !frex_org_first_name(c, e)) {
        e++, words++;
      } else if (words && frex_org_tis(c, e, ORG_W_D) &&
                 frex_org_joined(c, e + 1) && frex_org_tcap(c, e + 1) &&
                 !frex_org_function_word(c, e + 1)) {
        e += 2, words++; /* Côte d'Azur */
      } else {
        break;
      }
    }
    if (e == j + 1 || (e < c->n && frex_org_joined(c, e) &&
                       frex_org_tcap(c, e)))
      return false;
    *s = (org_span){j, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
    return true;
  }
  size_t b = j;
  while (b > c->first && j - b < 2 && frex_org_joined(c, b) &&
         frex_org_tcap(c, b - 1) && c->tok[b - 1].cls == FREX_TOK_WORD &&
         !frex_org_function_word(c, b - 1))
    b--;
  /* Golfe du Morbihan-Vannes Agglomération, Cœur de Flandre
   * Agglomération, Val de Garonne Agglomération: a stretch of land named
   * with du, de, des or d' before the towns' words (not Budget de Rennes
   * Métropole: no such land's word) */
  static const char *const land[] = {
      "golfe", "pays",  "val",    "vallee",  "cote",   "baie",
      "monts", "portes", "plaine", "plateau", "rives", "terres",
      "coeur", "lac",   "marais", "presqu",  "iles",  NULL};
  if (b < j && b >= c->first + 2 && frex_org_joined(c, b) &&
      frex_org_joined(c, b - 1) && frex_org_tcap(c, b - 2) &&
      frex_org_key_in(c, b - 2, land) &&
      (frex_org_tis(c, b - 1, ORG_W_DU) || frex_org_tis(c, b - 1, ORG_W_DE) ||
       frex_org_tis(c, b - 1, ORG_W_DES) || frex_org_tis(c, b - 1, ORG_W_D)))
    b -= 2;
  /* l'Hôtel Métropole, Radio Métropole, le Cinéma Métropole: a place's or
   * a business's name, no town's */
  static const char *const places[] = {"hotel", "radio",   "cinema",
                                       "theatre", "cafe",  "brasserie",
                                       "galerie", "residence", NULL};
  if (b == j)
    return false;
  for (size_t k = b; k < j; k++)
    if (frex_org_key_in(c, k, places))
      return false;
  /* lowercase: a land's name (Pays de Quimperlé communauté) or a town's
   * (Brest métropole, Golfe du Morbihan-Vannes agglomération) last
   * before the head, not a person's or a word opening a sentence; or a
   * town joined to its land, by a hyphen (Lannion-Trégor communauté) or
   * as the first of two words (Saint-Brieuc Armor agglomération), the
   * land no first name (not Brest Marie agglomération) */
  if (lower && !(frex_org_key_in(c, b, land) || frex_org_town(c, j - 1) ||
                 (b == j - 1 && frex_org_town_first(c, b)) ||
                 (b == j - 2 && frex_org_town(c, b) &&
                  !frex_org_first_name(c, j - 1))))
    return false;
  *s = (org_span){b, j + 1, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

static bool key_add(const org_ctx *c, char *key, size_t *kn, size_t t,
                    bool space);

/* Are tokens [A, B) a name of the dictionary? */
static bool dict_name(const org_ctx *c, size_t a, size_t b) {
  char key[FREX_KEY_MAX];
  size_t kn = 0;
  for (size_t t = a; t < b; t++)
    if (!key_add(c, key, &kn, t, t > a && c->tok[t].start > c->tok[t - 1].end))
      return false;
  return frex_dict_lookup(c->dict, key, kn).alias != FREX_DICT_NONE;
}

/* The first letter of token T's key (accents folded), or 0. */
static char initial(const org_ctx *c, size_t t) {
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, t, &n, &h);
  return n && key[0] >= 'a' && key[0] <= 'z' ? key[0] : 0;
}

/* A body's name [J, K) that its acronym in brackets, a few lowercase words
 * further, spells out whole: "des avoirs saisis et confisqués (Agrasc)",
 * "publiques sur l'environnement (BAPE)".  The acronym's letters are the
 * initials of the name's words in order, its first the head's and its last
 * one of the words after K (the way acronyms are defined in running text).
 * The end of those words, or 0. */
static size_t acronym_spelled_end(const org_ctx *c, size_t j, size_t k) {
  static const char *const links[] = {"de", "d", "du", "des", "la", "l",
                                      "le", "les", "et", "sur", "pour", "a",
                                      "au", "aux", "en", NULL};
  size_t p = k;
  while (p < c->n && p - k < 6 && frex_org_joined(c, p) &&
         c->tok[p].cls == FREX_TOK_WORD && frex_org_tlower(c, p))
    p++;
  if (p == k || p + 2 >= c->n || !frex_org_text_is(c, p, "(") ||
      !frex_org_text_is(c, p + 2, ")") || c->tok[p + 1].cls != FREX_TOK_WORD)
    return 0;
  /* the words after K end on a content word, not "et", "de" */
  if (frex_org_key_in(c, p - 1, links))
    return 0;
  const char *a = c->text + c->tok[p + 1].start;
  size_t an = c->tok[p + 1].end - c->tok[p + 1].start;
  if (an < 3 || an > 8 || !(a[0] >= 'A' && a[0] <= 'Z'))
    return 0;
  for (size_t x = 0; x < an; x++)
    if (!((a[x] >= 'A' && a[x] <= 'Z') || (a[x] >= 'a' && a[x] <= 'z')))
      return 0;
  if (!new_acronym_at_key(c, p + 1))
    return 0;
  size_t t = j, last = 0;
  for (size_t x = 0; x < an; x++) {
    char want = (char)(a[x] | 0x20);
    while (t < p && (initial(c, t) != want ||
                     (x > 0 && frex_org_key_in(c, t, links) &&
                      want != 'e' && want != 's')))
      t++;
    if (t >= p || (x == 0 && t != j))
      return 0;
    last = t++;
  }
  return last >= k ? p : 0;
}

/* Token P (a determiner) follows a source's word: selon la préfecture du
 * Nord; estimé par la préfecture des Yvelines (a participle, then
 * maybe its complement of up to six words, then par: a passive's agent). */
/* X apportera 5 millions, la commune de Mont-Noble 3,5 millions: a body
 * in a list of funders whose verb is given once, the body after a comma
 * or et and right before its amount (a number, then a scale or a
 * currency word) */
static bool funds_after(const org_ctx *c, size_t i, size_t k) {
  static const char *const scales[] = {
      "million", "millions", "milliard", "milliards", "euros", "francs",
      "dollars", NULL};
  if (i < c->first + 2 || !frex_org_joined(c, i) || !frex_org_joined(c, i - 1) ||
      !frex_org_in(c, i - 1, L_DETERMINER) || k + 1 >= c->n ||
      !frex_org_joined(c, k) || c->tok[k].cls != FREX_TOK_NUM)
    return false;
  size_t p = i - 2; /* before the body's article */
  if (!frex_org_text_is(c, p, ",") && !frex_org_tis(c, p, ORG_W_ET))
    return false;
  size_t e = k + 1;
  /* 3,5 millions: the decimal part may be its own token */
  while (e < c->n && e <= k + 3 && frex_org_joined(c, e) &&
         (c->tok[e].cls == FREX_TOK_NUM || frex_org_text_is(c, e, ",")))
    e++;
  return e < c->n && frex_org_joined(c, e) && frex_org_key_in(c, e, scales);
}

static bool after_source(const org_ctx *c, size_t p) {
  static const char *const selon[] = {"selon", NULL};
  static const char *const par[] = {"par", NULL};
  if (p <= c->first || !frex_org_joined(c, p))
    return false;
  size_t q = p - 1;
  if (frex_org_key_in(c, q, selon))
    return true;
  if (!frex_org_key_in(c, q, par))
    return false;
  for (size_t v = q; v-- > c->first && q - v <= 7;) {
    if (!frex_org_joined(c, v + 1) || c->tok[v].sent != c->tok[q].sent)
      return false;
    const frex_token *t = &c->tok[v];
    const char *x = c->text + t->start;
    size_t n = t->end - t->start;
    if (t->cls != FREX_TOK_WORD && t->cls != FREX_TOK_NUM)
      return false;
    /* estimé, publiée, annoncés: a participle's ending; not passé (par la
     * préfecture: a way) */
    static const char *const ways[] = {"passe", "passee", "passes", "arrive",
                                       "arrivee", "arrives", NULL};
    if (t->cls == FREX_TOK_WORD && n >= 5 && !frex_org_key_in(c, v, ways) &&
        (memcmp(x + n - 2, "\xc3\xa9", 2) == 0 ||
         memcmp(x + n - 3, "\xc3\xa9" "e", 3) == 0 ||
         memcmp(x + n - 3, "\xc3\xa9" "s", 3) == 0))
      return true;
  }
  return false;
}

/* A public procurement notice's words within the 16 tokens after J (Ville
 * de Saint-Malo - Avis d'appel public à la concurrence, marché de
 * travaux): the line names the municipality that buys, not the town (not
 * le marché de Noël). */
static bool procurement_after(const org_ctx *c, size_t j) {
  static const char *const words[] = {"appel",    "adjudicateur", "acheteur",
                                      "consultation", "attribution", NULL};
  static const char *const marche[] = {"marche", "marches", NULL};
  static const char *const kinds[] = {"public",      "publics",   "travaux",
                                      "fournitures", "services",  "prestations",
                                      NULL};
  for (size_t k = j + 1; k < c->n && k < j + 16; k++) {
    if (c->tok[k].cls != FREX_TOK_WORD)
      continue;
    if (frex_org_key_in(c, k, words))
      return true;
    if (frex_org_key_in(c, k, marche) && k + 2 < c->n &&
        (frex_org_key_in(c, k + 1, kinds) ||
         (frex_org_tis(c, k + 1, ORG_W_DE) && frex_org_key_in(c, k + 2, kinds))))
      return true;
  }
  return false;
}

static bool rule_head(const org_ctx *c, size_t i, org_span *s) {
  size_t j = i;
  bool pre = false;
  if (frex_org_word_in(c, i,
                       ORG_WBIT(HAUT) | ORG_WBIT(HAUTE) | ORG_WBIT(GRAND) |
                           ORG_WBIT(GRANDE)) &&
      frex_org_tcap(c, i) && frex_org_joined(c, i + 1) &&
      frex_org_head_at(c, i + 1)) {
    j = i + 1;
    pre = true;
  }
  const org_head *h = frex_org_head_at(c, j);
  if (!h || (h->flags & H_SHORTONLY) || frex_org_street_named(c, i))
    return false;
  /* la Ville de Caen: only inside a sentence, where its capital says the
   * municipality, and not in l'Hôtel de Ville de Lyon */
  static const char *const ville[] = {"ville", NULL};
  static const char *const hotel[] = {"hotel", NULL};
  static const char *const inside[] = {"dans", "en", "vers", "depuis", NULL};
  if (frex_org_key_in(c, j, ville) &&
      ((frex_org_sent_start(c, j) && !procurement_after(c, j)) ||
       (j >= c->first + 2 && frex_org_joined(c, j) && frex_org_joined(c, j - 1) &&
        frex_org_in(c, j - 1, L_DETERMINER) && frex_org_key_in(c, j - 2, inside)) ||
       (j >= c->first + 2 && frex_org_joined(c, j) &&
        (frex_org_tis(c, j - 1, ORG_W_DE) || frex_org_tis(c, j - 1, ORG_W_D)) &&
        frex_org_key_in(c, j - 2, hotel))))
    return false;
  /* l'acquisition de La Brigade de Buffet: a capitalised article inside a
   * sentence makes the name a title's or a firm's (a public body's article
   * stays lowercase) */
  if (j >= c->first + 2 && frex_org_joined(c, j) && frex_org_tcap(c, j - 1) &&
      (frex_org_tis(c, j - 1, ORG_W_LA) || frex_org_tis(c, j - 1, ORG_W_LE) ||
       frex_org_tis(c, j - 1, ORG_W_L)) &&
      frex_org_joined(c, j - 1) && c->tok[j - 2].cls == FREX_TOK_WORD &&
      frex_org_tlower(c, j - 2))
    return false;
  if ((h->flags & H_METROPOLE) && !pre && rule_metropole(c, j, s))
    return true;
  if (!pre && frex_org_tlower(c, j) && frex_org_text_is(c, j, "d\xc3\xa9partement"))
    return rule_departement(c, j, s);
  if (h->flags & H_ACRONYM)
    return !pre && rule_acronym(c, j, s);
  bool cap = frex_org_tcap(c, j) || pre;
  /* la communauté de communes du Pays d'Iroise, la communauté
   * d'agglomération du Pays de Lorient, la communauté urbaine de
   * Dunkerque: a group of towns' body named by its place, in lowercase
   * too as news writes it */
  static const char *const communaute[] = {"communaute", NULL};
  static const char *const grouped[] = {"communes", "agglomeration", NULL};
  static const char *const urbaine[] = {"urbaine", NULL};
  bool towns = frex_org_key_in(c, j, communaute) && j + 2 < c->n &&
               frex_org_joined(c, j + 1) &&
               (frex_org_key_in(c, j + 1, urbaine) ||
                ((frex_org_tis(c, j + 1, ORG_W_DE) ||
                  frex_org_tis(c, j + 1, ORG_W_D)) &&
                 frex_org_joined(c, j + 2) &&
                 frex_org_key_in(c, j + 2, grouped)));
  if ((h->flags & H_CAPONLY) && !cap && !towns)
    return false;
  size_t k = j + 1;
  int adjs = 0, groups = 0;
  /* Adjectives: spatiale européenne, Fédéral, constitutionnel.  Not the
   * surname an institute is named after that ends as an adjective does
   * (l'Institut Pasteur, a private foundation: no public body, and no
   * firm either; SPEC's AGENCY is public) */
  static const char *const eponyms[] = {"pasteur", "fournier", NULL};
  while (adjs < 3 && k < c->n && frex_org_joined(c, k) &&
         (frex_org_lower_adj(c, k) ||
          (frex_org_tcap(c, k) && cap && frex_org_adj_like(c, k) &&
           !frex_org_key_in(c, k, eponyms)))) {
    k++;
    adjs++;
  }
  /* la préfecture maritime de l'Atlantique: an adjective without an
   * adjective's ending, for this head only */
  static const char *const prefecture[] = {"prefecture", "sous-prefecture",
                                           NULL};
  static const char *const mairie[] = {"mairie", NULL};
  static const char *const maritime[] = {"maritime", NULL};
  bool at_sea = !adjs && k < c->n && frex_org_joined(c, k) &&
                frex_org_tlower(c, k) && frex_org_key_in(c, k, maritime) &&
                frex_org_key_in(c, j, prefecture);
  if (at_sea) {
    k++;
    adjs++;
  }
  /* l'Établissement public foncier de Normandie: public and foncier have
   * no adjective's ending, for this head only */
  static const char *const etablissement[] = {"etablissement", NULL};
  static const char *const public_adj[] = {"public", NULL};
  static const char *const estab_kinds[] = {"foncier", "local", NULL};
  bool estab = frex_org_key_in(c, j, etablissement);
  if (estab && !adjs && cap && k < c->n && frex_org_joined(c, k) &&
      frex_org_tlower(c, k) && frex_org_key_in(c, k, public_adj)) {
    k++;
    adjs++;
    if (k < c->n && frex_org_joined(c, k) && frex_org_tlower(c, k) &&
        (frex_org_key_in(c, k, estab_kinds) || frex_org_lower_adj(c, k))) {
      k++;
      adjs++;
    }
  }
  /* Complements: de la Défense, des systèmes d'information, et des
   * Finances; at most four. */
  /* la Marine nationale pour la construction de frégates: after a name the
   * dictionary knows whole, "pour" gives the purpose of what is said, not
   * the name's (l'Agence nationale pour la rénovation urbaine is no such
   * name without it) */
  bool known = adjs && k < c->n && frex_org_tis(c, k, ORG_W_POUR) &&
               dict_name(c, j, k);
  /* menace l'Union européenne de représailles, accuse la Commission
   * européenne de partialité: the verb's complement, after a known name */
  if (adjs && !known && k < c->n &&
      (frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D)) &&
      frex_org_object_of_de_verb(c, i) && dict_name(c, j, k))
    known = true;
  bool place = false;     /* the last complement is a capitalised name */
  bool first_cap = false; /* the first one is */
  size_t first_w = 0;     /* the first complement's first word */
  while (groups < 4 && k < c->n && !known) {
    size_t m = k;
    /* informe l'Autorité de sûreté nucléaire de l'incident: likewise */
    if (groups && (frex_org_tis(c, m, ORG_W_DE) || frex_org_tis(c, m, ORG_W_D)) &&
        frex_org_object_of_de_verb(c, i) && dict_name(c, j, k))
      break;
    if (groups &&
        (frex_org_text_is(c, m, ",") || frex_org_tis(c, m, ORG_W_ET)) &&
        frex_org_joined(c, m))
      m++;
    bool bare;
    size_t w = connector(c, m, &bare);
    size_t e = w ? complement(c, w, bare) : 0;
    if (!e)
      break;
    /* de la communauté de communes du Pays des Abers des marchés: a group
     * of towns' name ends with its place, the object comes next */
    if (towns && place && frex_org_tlower(c, w))
      break;
    /* aux droits de l'homme et du bureau de l'ONUB: "et" before another
     * body's head joins two bodies */
    if (m > k && frex_org_tlower(c, w) && frex_org_head_at(c, w))
      break;
    k = e;
    /* le parquet de Nanterre; not le parquet de Jean Dupont (a person's:
     * a capitalised word after the name) */
    place = frex_org_tcap(c, w) &&
            !(e == w + 1 && frex_org_joined(c, e) && frex_org_tcap(c, e) &&
              !frex_org_function_word(c, e));
    if (!groups) {
      first_cap = place;
      first_w = w;
    }
    groups++;
  }
  /* l'Agence de coopération pour la sécurité et la défense (DSCA): a last
   * complement after "et" and an article, when an acronym follows it */
  if (groups && k + 3 < c->n && frex_org_tis(c, k, ORG_W_ET) &&
      frex_org_joined(c, k) && frex_org_joined(c, k + 1) &&
      (frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_L) ||
       frex_org_tis(c, k + 1, ORG_W_LE) || frex_org_tis(c, k + 1, ORG_W_LES)) &&
      frex_org_tlower(c, k + 2)) {
    size_t e = complement(c, k + 2, false);
    if (e && new_acronym_at(c, e))
      k = e;
  }
  /* l'Agence de gestion et de recouvrement des avoirs saisis et confisqués
   * (Agrasc), le Bureau d'audiences publiques sur l'environnement (BAPE):
   * lowercase words the complements above stop at, when the acronym after
   * them spells the whole name */
  if ((adjs || groups) && !new_acronym_at(c, k) && !titled_acronym_at(c, k, j)) {
    size_t e = acronym_spelled_end(c, j, k);
    if (e)
      k = e;
  } else if (!adjs && !groups && cap && !pre) {
    /* la Commission de surveillance du secteur financier (CSSF): a first
     * complement the loop above refuses (de surveillance: a firm's board
     * has one) is the body's when its acronym spells the whole name */
    size_t e = acronym_spelled_end(c, j, k);
    if (e) {
      first_w = k;
      k = e;
      groups = 1;
    }
  }
  /* le tribunal de grande instance (TGI) de Bobigny: the acronym cuts the
   * name before its place */
  if (groups && !place && new_acronym_at(c, k)) {
    size_t e = frex_org_place_after(c, k + 3);
    if (e) {
      k = e;
      place = true;
    }
  }
  /* la communauté de communes Haut-Jura Arcade: the group's own name
   * (epci_name_end) */
  if (towns && !place && groups <= 1 && !new_acronym_at(c, k)) {
    size_t e = epci_name_end(c, k), d;
    /* la communauté d'agglomération Golfe du Morbihan - Vannes
     * agglomération: a name of the dictionary that runs on further than
     * the rule reads is the name, its kind a description before it (as
     * le groupe SEB is SEB); the dictionary's mention is found next */
    if (e && frex_org_dict_body_at(c, k, &d) && d > e)
      return false;
    if (e) {
      if (!groups)
        first_w = k;
      k = e;
      place = true;
      groups = 1;
    }
  }
  /* Chambre régionale des comptes Occitanie (a report's heading), la
   * chambre régionale des comptes Grand Est: the chamber named by its
   * region set right after it, without de */
  static const char *const comptes[] = {"comptes", NULL};
  if (!place && groups == 1 && k > j && frex_org_key_in(c, k - 1, comptes) &&
      frex_org_key_in(c, j, (const char *const[]){"chambre", NULL})) {
    size_t e = region_after(c, k, false);
    if (e) {
      k = e;
      place = true;
    }
  }
  if (h->flags & H_CAPONLY) {
    /* la Mission de l'Union africaine en Somalie, l'Opération des Nations
     * unies au Burundi: a mission of a body, named with its country (SPEC:
     * not that body) */
    if (!groups || (!first_cap && !(towns && place)))
      return false;
    if (k + 1 < c->n && frex_org_joined(c, k) &&
        (frex_org_tis(c, k, ORG_W_EN) || frex_org_tis(c, k, ORG_W_AU) ||
         frex_org_tis(c, k, ORG_W_AUX)) &&
        frex_org_joined(c, k + 1) && frex_org_tcap(c, k + 1) &&
        !frex_org_function_word(c, k + 1))
      k += 2;
  }
  /* la Direction financière, la Direction juridique du groupe: a firm's
   * department, named by its function (not la Direction générale des
   * finances publiques: générale is no function) */
  static const char *const functions[] = {
      "financiere", "commerciale", "juridique", "technique", "informatique",
      "marketing",  "comptable",   "industrielle", NULL};
  static const char *const direction[] = {"direction", "directions", NULL};
  if (adjs == 1 && frex_org_key_in(c, j, direction) &&
      frex_org_key_in(c, j + 1, functions) && !new_acronym_at(c, k))
    return false;
  /* l'Organisation de producteurs Normandie-Centre, l'Organisation des
   * producteurs de lait: a head with no adjective whose first complement
   * names its members is their own association, no public body (SPEC's
   * AGENCY is public) */
  static const char *const members[] = {
      "producteurs", "consommateurs", "agriculteurs", "eleveurs",
      "viticulteurs", "pecheurs",     "salaries",     "employeurs",
      "commercants", "artisans",      "parents",      "usagers",
      "locataires",  "proprietaires", "transporteurs", NULL};
  if (!adjs && !pre && groups && frex_org_tlower(c, first_w) &&
      frex_org_key_in(c, first_w, members))
    return false;
  /* l'assemblée générale des actionnaires, des associés, des
   * copropriétaires: a meeting of a firm's or a building's members, no
   * body (not l'Assemblée générale des Nations unies: capitalised) */
  static const char *const assemblee[] = {"assemblee", NULL};
  static const char *const holders[] = {
      "actionnaires", "associes", "coproprietaires", "societaires",
      "adherents",    "membres",  "obligataires",    "porteurs",
      "cooperateurs", "delegues", NULL};
  if (groups && frex_org_key_in(c, j, assemblee) && frex_org_tlower(c, first_w) &&
      (frex_org_key_in(c, first_w, holders) || frex_org_key_in(c, first_w, members)))
    return false;
  /* le Conseil national pour la défense de la démocratie, l'Armée
   * syrienne libre: a movement's name (a ministry's excepted: ministère des
   * Forces armées révolutionnaires); SPEC extracts no party nor armed
   * group */
  if (!(h->flags & H_MOVEMENT))
    for (size_t t = j + 1; t < k; t++)
      if (frex_org_in(c, t, L_MOVEMENT))
        return false;
  /* l'armée turque, le parlement catalan: that country's (SPEC) */
  bool nation = (h->flags & H_NATION) && adjs && frex_org_nationality(c, j + 1);
  /* l'agence spatiale japonaise (JAXA): a description given an acronym
   * of its own is the body's name */
  /* le secrétariat d'État au Numérique: a portfolio after d'État */
  static const char *const secretariat[] = {"secretariat", NULL};
  bool state = groups >= 2 && frex_org_key_in(c, first_w, etat) &&
               frex_org_tcap(c, first_w) && frex_org_key_in(c, j, secretariat);
  /* le conseil départemental de la Gironde, le conseil régional
   * d'Occitanie, le conseil municipal de Lyon: a local authority's
   * assembly named by its place (not le conseil de surveillance de
   * Renault, le conseil d'administration de X) */
  static const char *const conseil[] = {"conseil", NULL};
  bool local_body = adjs == 1 && groups == 1 && place &&
                    frex_org_key_in(c, j + 1, frex_org_local_adjs) &&
                    frex_org_key_in(c, j, conseil);
  /* la chambre régionale des comptes de Bretagne, la chambre
   * d'agriculture de la Manche, la chambre de commerce et d'industrie du
   * Morbihan: a public chamber named by its place, in lowercase too as
   * news writes it (not la chambre de Marie: no place) */
  if (towns && place)
    local_body = true;
  static const char *const chambre[] = {"chambre", NULL};
  static const char *const chamber_of[] = {"comptes", "agriculture",
                                           "commerce", "metiers", NULL};
  if (!cap && groups && place && frex_org_key_in(c, j, chambre))
    for (size_t t = j + 1; t < k && t <= j + 4; t++)
      if (frex_org_key_in(c, t, chamber_of)) {
        local_body = true;
        break;
      }
  /* le conseil de prud'hommes de Brest: a labour court named by its town
   * (not le conseil de prud'hommes alone, any of them) */
  static const char *const prudhommes[] = {"prud'hommes", NULL};
  if (!cap && !adjs && groups == 2 && place && frex_org_key_in(c, j, conseil) &&
      frex_org_key_in(c, first_w, prudhommes))
    local_body = true;
  /* la préfecture du Nord a pris un arrêté: a préfecture named by its
   * place, with its article, acting (not Mende, préfecture de la Lozère, a
   * town's rank; not à la préfecture du Nord, the building) */
  /* la préfecture maritime de l'Atlantique, de la Manche: the State's
   * authority at sea, named by its sea (one of three; not a town's rank) */
  if (at_sea && groups >= 1 && place)
    local_body = true;
  /* le canton de Vaud, Le Canton de Genève (Swiss press capitalises it):
   * a masculine head; la commune only in lowercase (la Commune de Paris) */
  static const char *const canton[] = {"canton", NULL};
  bool is_canton = frex_org_key_in(c, j, canton);
  bool acting_head = (h->flags & H_ACTING) != 0;
  if ((!cap || (is_canton && !pre)) && !adjs && groups == 1 && place &&
      j > c->first &&
      (frex_org_key_in(c, j, prefecture) || frex_org_key_in(c, j, mairie) ||
       acting_head) &&
      frex_org_joined(c, j) &&
      (is_canton ? frex_org_tis(c, j - 1, ORG_W_LE)
                 : (frex_org_tis(c, j - 1, ORG_W_LA) ||
                    frex_org_tis(c, j - 1, ORG_W_L))) &&
      !frex_org_place_before(c, j) &&
      (frex_org_acts(c, i, k) || after_source(c, j - 1) ||
       coordinated_acts(c, i, k) || (acting_head && funds_after(c, i, k)) ||
       (!acting_head && !is_canton && clause_subject(c, j - 1, k))))
    local_body = true;
  if (acting_head && !local_body)
    return false;
  if (!cap && !nation && !state && !local_body && !(h->flags & H_ANYCASE) &&
      !((adjs || groups) &&
        (new_acronym_at(c, k) || titled_acronym_at(c, k, j))) &&
      !((h->flags & H_PLACE) && groups && place &&
        (!(h->flags & H_PLACE_LATE) || adjs || groups >= 2)))
    return false;
  if (!cap && !groups && !nation && !new_acronym_at(c, k) &&
      !titled_acronym_at(c, k, j))
    return false; /* "le ministère britannique": too vague */
  /* Direction, Bureau, Service: a common noun too; at a sentence start it
   * needs an adjective (Direction générale), elsewhere a complement will do
   * (le Bureau de la sécurité des transports) */
  if ((h->flags & H_NEEDADJ) && !adjs && !pre &&
      (!groups || !cap || frex_org_sent_start(c, j)))
    return false;
  /* le Parc naturel régional du Golfe du Morbihan, le Parc national des
   * Cévennes, le Parc naturel marin d'Iroise: the public body that runs
   * a protected area, named by its kind and its place; not le Parc
   * zoologique, le Parc des expositions (a place), nor the territory one
   * walks in (dans le Parc national des Écrins) */
  /* l'Établissement public foncier de Grand Est, l'Établissement public
   * d'aménagement de Saint-Étienne: a public establishment, capitalised,
   * "public" first (not Établissement scolaire de Brest) */
  if (estab &&
      (!adjs || !groups || !frex_org_key_in(c, j + 1, public_adj)))
    return false;
  static const char *const parc[] = {"parc", NULL};
  static const char *const protected_kinds[] = {"naturel", "national", NULL};
  if (frex_org_key_in(c, j, parc) &&
      (!adjs || !groups || !place || !frex_org_key_in(c, j + 1, protected_kinds) ||
       frex_org_place_before(c, j) ||
       (j > c->first + 1 && frex_org_in(c, j - 1, L_DETERMINER) &&
        frex_org_place_before(c, j - 1))))
    return false;
  if (!adjs && !groups && !pre &&
      !((h->flags & H_BARE) && cap && !frex_org_sent_start(c, j)))
    return false; /* a bare head: la Commission, le Conseil */
  /* A sentence's or a numbered heading's first word is capitalised
   * whatever it is: "Organisation du travail : ...", "3.4.1 Organisation
   * du code source", "Service de fichiers".  There a head with only
   * lowercase complements is a common noun; the dictionary's names
   * (Autorité de la concurrence, Cour de cassation) are found before
   * this rule, and an adjective or a capitalised complement still names
   * a body (Office national des forêts, Agence de l'eau Seine-Normandie),
   * and so does a parenthesis, which spells out an acronym more often than
   * it opens a sentence (l'IPSN (Institut pour la protection de la santé
   * naturelle)). */
  if (!pre && !adjs && !first_cap && !place && !nation &&
      !(h->flags & H_ANYCASE) && !new_acronym_at(c, k) &&
      ((frex_org_sent_start(c, j) &&
        !(j > c->first && frex_org_text_is(c, j - 1, "("))) ||
       (j > c->first && c->tok[j - 1].cls == FREX_TOK_NUM &&
        frex_org_sent_start(c, j - 1))))
    return false;
  /* Chambre commerciale – Arrêt du..., la Chambre sociale a rejeté: a
   * court's section named without its court is no body of its own (la
   * chambre criminelle de la Cour de cassation keeps its court) */
  static const char *const sections[] = {"commerciale", "sociale", "civile",
                                         "criminelle", "correctionnelle",
                                         "mixte", NULL};
  if (adjs && !groups && frex_org_key_in(c, j, chambre) &&
      frex_org_key_in(c, k - 1, sections))
    return false;
  /* la Banque cantonale de Genève, du Valais: a Swiss canton's bank is a
   * commercial bank (a company, listed for some), not a central bank */
  static const char *const banque[] = {"banque", NULL};
  static const char *const cantonale[] = {"cantonale", NULL};
  frex_entity_type type = FREX_ENT_AGENCY;
  if (adjs && frex_org_key_in(c, j, banque) &&
      frex_org_key_in(c, j + 1, cantonale))
    type = FREX_ENT_COMPANY;
  *s = (org_span){i, k, type, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------------------- English titles */

static bool rule_english(const org_ctx *c, size_t i, org_span *s) {
  org_keys *memo = c->keys;
  if (i > memo->en_from && i < memo->en_to)
    return false; /* the walk from an earlier token of the run found no
                     head word in it: none from here either */
  if (!frex_org_tcap(c, i))
    return false;
  /* Most capitalised words stand alone: the walk below would stop at I + 1
   * (the test of its loop there, without the key of I), and a title needs
   * two words.  Its memo would cover no token after I: the one kept is
   * past I already, so it covers none either. */
  size_t k1 = i + 1;
  if (k1 >= c->n || !frex_org_joined(c, k1) ||
      (!frex_org_tcap(c, k1) &&
       !(frex_org_in(c, k1, L_EN_LINK) && frex_org_joined(c, k1 + 1) &&
         (frex_org_tcap(c, k1 + 1) || frex_org_tis(c, k1 + 1, ORG_W_THE)))))
    return false;
  if (frex_org_function_word(c, i))
    return false;
  size_t end = 0, caps = 0, k = i, head = SIZE_MAX;
  bool in_complement = false;
  /* at most 16 words: a page in capitals must not cost quadratic time */
  while (k < c->n && k - i < 16 && (k == i || frex_org_joined(c, k))) {
    if (frex_org_tcap(c, k)) {
      caps++;
      if (head == SIZE_MAX && frex_org_in(c, k, L_EN_HEAD) &&
          (k > i || frex_org_tis(c, k + 1, ORG_W_OF)))
        head = k;
      if (head != SIZE_MAX && (k == head || in_complement))
        end = k + 1;
      k++;
    } else if (frex_org_in(c, k, L_EN_LINK) && frex_org_joined(c, k + 1) &&
               (frex_org_tcap(c, k + 1) || frex_org_tis(c, k + 1, ORG_W_THE))) {
      /* "of" after the head opens its complement: Court of Federal Claims */
      if (head != SIZE_MAX && !frex_org_tis(c, k, ORG_W_THE) &&
          !frex_org_tis(c, k, ORG_W_AND) && !frex_org_text_is(c, k, "&"))
        in_complement = true;
      k++;
    } else {
      break;
    }
  }
  if (head == SIZE_MAX) {
    memo->en_from = i;
    memo->en_to = k;
  }
  if (head == SIZE_MAX || !end || caps < 2 || end - i < 2)
    return false;
  /* DERNIÈRES DÉPÊCHES Service: headlines in capitals are not titles */
  size_t shouting = 0;
  for (size_t t = i; t < end; t++) {
    const frex_token *x = &c->tok[t];
    size_t upper = 0;
    for (size_t b = x->start; b < x->end; b++)
      upper += c->text[b] >= 'A' && c->text[b] <= 'Z';
    shouting += x->end - x->start >= 4 && upper * 2 > x->end - x->start;
  }
  if (shouting >= 2)
    return false;
  *s = (org_span){i, end, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
  return true;
}

bool frex_org_compass(const org_ctx *c, size_t t) {
  static const char *const compass[] = {
      "nord",       "sud",          "est",        "ouest",     "centre",
      "nord-est",   "nord-ouest",   "sud-est",    "sud-ouest", "centre-est",
      "centre-ouest", "atlantique", "mediterranee", NULL};
  static org_keyset compass_set = ORG_KEYSET(compass);
  return frex_org_joined(c, t) && frex_org_tcap(c, t) &&
         frex_org_key_in_set(c, t, &compass_set);
}

/* The end of a local public body's own name starting at I: one to four
 * capitalised words, a place after du, de, des, d' inside it (Eau du
 * Ponant, Ports de Normandie); 0 when I starts none.  The caller also
 * asks that I be no first name (a look-up, asked last). */
static size_t local_name_end(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD || !frex_org_tcap(c, i) ||
      !frex_org_name_word(c, i) || frex_org_function_word(c, i))
    return 0;
  size_t k = i + 1;
  for (int words = 1; words < 4 && k < c->n && frex_org_joined(c, k);) {
    if (c->tok[k].cls == FREX_TOK_WORD && frex_org_tcap(c, k) &&
        frex_org_name_word(c, k) && !frex_org_function_word(c, k)) {
      k++, words++;
    } else if (k + 1 < c->n && frex_org_joined(c, k + 1) &&
               (frex_org_tis(c, k, ORG_W_DU) || frex_org_tis(c, k, ORG_W_DE) ||
                frex_org_tis(c, k, ORG_W_DES) || frex_org_tis(c, k, ORG_W_D)) &&
               c->tok[k + 1].cls == FREX_TOK_WORD && frex_org_tcap(c, k + 1) &&
               !frex_org_function_word(c, k + 1)) {
      k += 2, words++;
    } else {
      break;
    }
  }
  return k;
}

/* An intercommunal body's noun phrase at K (after its article): le
 * syndicat mixte, le syndicat intercommunal, l'agglomération, la
 * communauté de communes, d'agglomération, urbaine, l'intercommunalité;
 * its end, or 0.  Not le syndicat alone (le syndicat CGT: a union). */
static size_t grouping_at(const org_ctx *c, size_t k) {
  static const char *const syndicat[] = {"syndicat", NULL};
  static const char *const kinds[] = {"mixte", "intercommunal", NULL};
  static const char *const alone[] = {"agglomeration", "intercommunalite",
                                      NULL};
  static const char *const communaute[] = {"communaute", NULL};
  static const char *const grouped[] = {"communes", "agglomeration", NULL};
  static const char *const urbaine[] = {"urbaine", NULL};
  if (k + 1 >= c->n || !frex_org_joined(c, k) || !frex_org_tlower(c, k))
    return 0;
  if (frex_org_key_in(c, k, syndicat))
    return frex_org_joined(c, k + 1) && frex_org_key_in(c, k + 1, kinds)
               ? k + 2
               : 0;
  if (frex_org_key_in(c, k, alone))
    return k + 1;
  if (!frex_org_key_in(c, k, communaute) || !frex_org_joined(c, k + 1))
    return 0;
  if (frex_org_key_in(c, k + 1, urbaine))
    return k + 2;
  return k + 2 < c->n && frex_org_joined(c, k + 2) &&
                 (frex_org_tis(c, k + 1, ORG_W_DE) ||
                  frex_org_tis(c, k + 1, ORG_W_D)) &&
                 frex_org_key_in(c, k + 2, grouped)
             ? k + 3
             : 0;
}

/* le syndicat mixte Dorsal, le syndicat intercommunal Eau du Ponant:
 * a body of local authorities named after its noun phrase; Tisséo
 * Collectivités, le syndicat mixte qui pilote le chantier, Quimper
 * Bretagne Occidentale, l'agglomération, prendra en charge: named before
 * it in apposition (not Quimper, la ville: a town; not Brest,
 * l'agglomération la plus peuplée: one town's name, and a description). */
static const char *const syndicat[] = {"syndicat", NULL};

/* Is token I after "syndicat X" (le syndicat mixte Dorsal)? */
static bool after_syndicat(const org_ctx *c, size_t i) {
  /* a printable ASCII first byte is the key's first byte (frex_org_first):
   * one other than 's' is no "syndicat", without a call (exact) */
  unsigned char f = i >= 2 ? frex_org_first(c, i - 2) : 0;
  if (f && f != 's')
    return false;
  return i >= c->first + 2 && frex_org_joined(c, i) &&
         frex_org_joined(c, i - 1) && frex_org_key_in(c, i - 2, syndicat);
}

/* A token in I+1..I+7 may be the comma where local_name_end stops (see
 * rule_grouping). */
static bool comma_ahead(const org_ctx *c, size_t i) {
  for (size_t t = i + 1; t <= i + 7 && t < c->n; t++) {
    unsigned char f = frex_org_first(c, t);
    if (!f || (c->w->first_words[f] >> ORG_W_COMMA & 1))
      return true; /* maybe a comma: the walk decides */
    unsigned char b = (unsigned char)c->text[c->tok[t].start];
    if (b < 0x80 && !(b >= 'A' && b <= 'Z') && f != 'd')
      return false; /* the walk stops here, at no comma */
  }
  return false;
}

static bool rule_grouping(const org_ctx *c, size_t i, org_span *s) {
  /* both shapes below need one of these: tested first, as this rule is
   * asked at every capitalised word no other body rule took */
  bool syn = after_syndicat(c, i);
  if (!syn && !frex_org_sent_start(c, i))
    return false;
  /* without syndicat, only the apposition: local_name_end must stop at a
   * comma, within I+1..I+7 (three steps of one or two tokens).  Its walk
   * crosses a token only when capitalised, a de-word (key 'd'...) or the
   * capital after one: an ASCII first byte that is neither a capital nor
   * a 'd' stops it, and a token is a comma only when its first byte may be
   * (frex_org_tis's test); no such byte before a stop, no apposition
   * (exact), without the walk's look-ups */
  if (!syn && !comma_ahead(c, i))
    return false;
  size_t k = local_name_end(c, i);
  if (!k)
    return false;
  /* both shapes need I to be no first name: tested after the cheaper
   * tests of each (exact: a pure test, order does not matter) */
  if (syn && grouping_at(c, i - 2) == i) {
    if (frex_org_first_name(c, i))
      return false;
    /* le syndicat mixte Eau du Bassin rennais: a place's adjective in
     * lowercase ends the name */
    if (k < c->n && frex_org_joined(c, k) && frex_org_demonym_adj(c, k))
      k++;
    *s = (org_span){i, k, FREX_ENT_AGENCY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  /* the apposition: a comma, an article, the noun phrase, then its end
   * (a comma, qui, its place after de) */
  if (k + 3 >= c->n || !frex_org_tis(c, k, ORG_W_COMMA) ||
      !frex_org_joined(c, k) || !frex_org_joined(c, k + 1) ||
      !(frex_org_tis(c, k + 1, ORG_W_LE) || frex_org_tis(c, k + 1, ORG_W_LA) ||
        frex_org_tis(c, k + 1, ORG_W_L)) ||
      frex_org_first_name(c, i))
    return false;
  /* the subject, first in its sentence (not En Bretagne, Selon Jean
   * Martin, Pour Bernard Poignant: a place, a person) */
  if (!frex_org_sent_start(c, i))
    return false;
  size_t e = grouping_at(c, k + 2);
  bool mixte = e == k + 4 && frex_org_key_in(c, k + 2, syndicat);
  /* one word: the syndicat mixte only, never a town (Vannes,
   * l'agglomération) nor an adverb (Finalement, Ensuite, le syndicat
   * mixte) */
  static const char *const adverbs[] = {
      "ensuite", "desormais", "aujourd'hui", "hier",     "demain",
      "ainsi",   "alors",     "donc",        "depuis",   "ici",
      "pourtant", "toutefois", "cependant",  "bref",     "sinon",
      "certes",  "surtout",   "entretemps",  "localement", NULL};
  if (k == i + 1 &&
      (!mixte || frex_org_town(c, i) || frex_org_acronym_like(c, i) ||
       frex_org_key_in(c, i, adverbs) ||
       (c->tok[i].end - c->tok[i].start > 4 &&
        memcmp(c->text + c->tok[i].end - 4, "ment", 4) == 0)))
    return false;
  /* the apposition ends there (a comma, qui), or the syndicat's purpose
   * follows (des transports); not l'agglomération de Lannion (Côté
   * Trégor, l'agglomération de Lannion investit: another body) */
  if (!e || e >= c->n || !frex_org_joined(c, e) ||
      !(frex_org_tis(c, e, ORG_W_COMMA) || frex_org_tis(c, e, ORG_W_QUI) ||
        (mixte &&
         (frex_org_tis(c, e, ORG_W_DE) || frex_org_tis(c, e, ORG_W_DU) ||
          frex_org_tis(c, e, ORG_W_D) || frex_org_tis(c, e, ORG_W_DES)))))
    return false;
  *s = (org_span){i, k, FREX_ENT_AGENCY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* Token K follows K-1 across one line break of a hard-wrapped text
 * (syndicat mixte Sarthe⏎Numérique), with no blank line between. */
static bool across_one_break(const org_ctx *c, size_t k) {
  if (k <= c->first || k >= c->n)
    return false;
  size_t a = c->tok[k - 1].end, b = c->tok[k].start, nl = 0;
  for (size_t t = a; t < b; t++) {
    char ch = c->text[t];
    if (ch == '\n')
      nl++;
    else if (ch != ' ' && ch != '\t' && ch != '\r')
      return false;
  }
  return nl == 1;
}

/* Grand Poitiers, Grand Reims, Grand Besançon Métropole: a group of
 * towns known by its brand, Grand and its town (not le Grand Prix, le
 * Grand Hôtel: no town; not le Grand Paris, le Grand Montréal: an area
 * the reader knows as such).  Sarthe Numérique, Gironde Numérique,
 * Ardèche Drôme Numérique: the syndicat mixte of a département's network,
 * across a line break too.  Its end, or 0. */
static size_t place_brand_end(const org_ctx *c, size_t i) {
  /* by first bytes first: asked at every capitalised word */
  if (i + 1 >= c->n)
    return 0;
  const char *x = c->text;
  if (x[c->tok[i].start] != 'G' && x[c->tok[i + 1].start] != 'N' &&
      (i + 2 >= c->n || x[c->tok[i + 2].start] != 'N'))
    return 0;
  if (c->tok[i].cls != FREX_TOK_WORD || !frex_org_tcap(c, i))
    return 0;
  if (frex_org_text_is(c, i, "Grand")) {
    static const char *const areas[] = {
        "paris",  "montreal", "quebec",  "casablanca", "alger", "tunis",
        "dakar",  "abidjan",  "londres", "bruxelles",  "geneve", "beyrouth",
        "new",    NULL};
    size_t k = i + 1;
    if (!frex_org_joined(c, k) || !frex_org_town(c, k) ||
        frex_org_key_in(c, k, areas) || frex_org_first_name(c, k))
      return 0;
    /* Pascal Grand, Jean-Pierre Grand: a surname */
    if (i > c->first && frex_org_joined(c, i) &&
        (frex_org_first_name(c, i - 1) || frex_org_in(c, i - 1, L_TITLE)))
      return 0;
    static const char *const kinds[] = {"metropole", "agglomeration", "agglo",
                                        NULL};
    size_t e = k + 1;
    if (e < c->n && frex_org_joined(c, e) && frex_org_tcap(c, e) &&
        frex_org_key_in(c, e, kinds))
      e++;
    /* Grand Poitiers Basket: a club's name goes on */
    else if (e < c->n && frex_org_joined(c, e) && frex_org_tcap(c, e) &&
             c->tok[e].cls == FREX_TOK_WORD && !frex_org_function_word(c, e))
      return 0;
    return e;
  }
  /* Numérique first: the lists are longer to scan, and most capitalised
   * words have no Numérique after them */
  if (!frex_org_text_is(c, i + 1, "Num\xc3\xa9rique") &&
      !frex_org_text_is(c, i + 2, "Num\xc3\xa9rique"))
    return 0;
  if (!(frex_org_key_in(c, i, region_departement) ||
        frex_org_key_in(c, i, departement_after_article)))
    return 0;
  size_t k = i + 1;
  if (frex_org_joined(c, k) && frex_org_tcap(c, k) &&
      (frex_org_key_in(c, k, region_departement) ||
       frex_org_key_in(c, k, departement_after_article)))
    k++;
  if (k < c->n && frex_org_text_is(c, k, "Num\xc3\xa9rique") &&
      (frex_org_joined(c, k) || across_one_break(c, k)))
    return k + 1;
  return 0;
}

/* le syndicat départemental d'énergie du Morbihan, le syndicat mixte du
 * bassin versant de l'Oust, le Syndicat des eaux d'Île-de-France: a
 * syndicate of local authorities described in lowercase and named by its
 * place, asked at the place (token I, after de, du, des, d', de la, de
 * l').  A public body when its kind says so (mixte, intercommunal,
 * interdépartemental) or its purpose is a network (énergie, eau,
 * électricité, déchets); not le syndicat départemental des médecins du
 * Finistère nor le syndicat des vignerons de Cahors: trade unions.  The
 * span runs from syndicat to the place's end; 0 when none. */
static bool rule_described_syndicate(const org_ctx *c, size_t i,
                                     org_span *s) {
  /* by the connector's first byte first: asked at capitalised words */
  if (i < c->first + 3)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i - 1].start];
  if (b != 'd' && b != 'l')
    return false;
  /* a "syndicat" (or "Syndicat") among the ten tokens before, by its
   * bytes: most places after de have none, and then no look-up is made
   * (exact: the walk below needs one within that reach) */
  bool near = false;
  for (size_t t = i - 1; !near && t > c->first && t + 11 > i; t--) {
    const frex_token *x = &c->tok[t - 1];
    near = x->end - x->start == 8 &&
           memcmp(c->text + x->start + 1, "yndicat", 7) == 0;
  }
  if (!near || !(frex_org_joined(c, i) || across_one_break(c, i)))
    return false;
  size_t p = i - 1;
  if (frex_org_tis(c, p, ORG_W_L) || frex_org_tis(c, p, ORG_W_LA)) {
    if (!(frex_org_joined(c, p) || across_one_break(c, p)) ||
        !frex_org_tis(c, p - 1, ORG_W_DE))
      return false;
    p--;
  } else if (!(frex_org_tis(c, p, ORG_W_DE) || frex_org_tis(c, p, ORG_W_DU) ||
               frex_org_tis(c, p, ORG_W_DES) || frex_org_tis(c, p, ORG_W_D))) {
    return false;
  }
  static const char *const kinds[] = {
      "mixte", "intercommunal", "intercommunale", "interdepartemental",
      "intercommunautaire", NULL};
  static const char *const networks[] = {
      "energie", "energies", "electricite", "electrification", "eau", "eaux",
      "assainissement", "dechets", NULL};
  static const char *const links[] = {"de", "du", "des", "d'", "l'", "la",
                                      "les", "et", "departemental", NULL};
  bool public_kind = false;
  /* back from the connector over the description: lowercase words and
   * their connectors, at most ten tokens */
  for (size_t t = p; t > c->first && t + 10 > p; t--) {
    size_t q = t - 1;
    if (!(frex_org_joined(c, t) || across_one_break(c, t)) ||
        c->tok[q].cls != FREX_TOK_WORD)
      return false;
    if (frex_org_key_in(c, q, syndicat)) {
      if (q + 1 == p + 1)
        return false; /* le syndicat de Vannes: no description */
      size_t e = local_name_end(c, i);
      /* du Grand Bassin de l'Oust, de la Vallée de la Vire: the place's
       * own place after de l', de la */
      if (e && e + 2 < c->n && frex_org_tis(c, e, ORG_W_DE) &&
          frex_org_joined(c, e) && frex_org_joined(c, e + 1) &&
          (frex_org_tis(c, e + 1, ORG_W_L) || frex_org_tis(c, e + 1, ORG_W_LA)) &&
          frex_org_joined(c, e + 2) && frex_org_tcap(c, e + 2) &&
          !frex_org_acronym_like(c, e + 2)) {
        size_t f = local_name_end(c, e + 2);
        if (f)
          e = f;
      }
      /* de la CFDT, de FO: a union's confederation, not a place */
      if (!e || !public_kind || frex_org_acronym_like(c, i) ||
          frex_org_first_name(c, i))
        return false;
      *s = (org_span){q, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
      return true;
    }
    /* le syndicat national de l'énergie, des salariés de l'eau: a union */
    static const char *const unions[] = {
        "national", "nationale", "salaries", "personnels", "agents",
        "travailleurs", "employes", "cadres", "ouvriers", NULL};
    if (!frex_org_tlower(c, q) || frex_org_key_in(c, q, unions))
      return false;
    if (frex_org_key_in(c, q, kinds) || frex_org_key_in(c, q, networks))
      public_kind = true;
    else if (!frex_org_key_in(c, q, links) && !frex_org_lower_adj(c, q) &&
             c->tok[q].end - c->tok[q].start < 3)
      return false;
  }
  return false;
}

bool frex_org_rule_body(const org_ctx *c, size_t i, org_span *s) {
  org_span x;
  bool found = false;
  if (rule_english(c, i, &x)) {
    *s = x;
    found = true;
  }
  /* rule_head needs a head at I or a haut/grand before one (exact: its
   * first tests); tested here, inline, as most capitalised words have
   * neither and rule_head is too big to inline */
  if ((frex_org_head_at(c, i) ||
       frex_org_word_in(c, i,
                        ORG_WBIT(HAUT) | ORG_WBIT(HAUTE) | ORG_WBIT(GRAND) |
                            ORG_WBIT(GRANDE))) &&
      rule_head(c, i, &x) && (!found || x.t1 > s->t1)) {
    *s = x;
    found = true;
  }
  /* la compagnie de gendarmerie de Morlaix, le groupement de gendarmerie
   * du Finistère, l'escadron de gendarmerie mobile de Dinan: the unit is
   * the body, its noun in the span (as la brigade de gendarmerie de
   * Carhaix); not la compagnie de théâtre de Morlaix: gendarmerie only.
   * The scan stops at gendarmerie (a head), not at the unit's noun. */
  static const char *const units[] = {"compagnie", "groupement", "escadron",
                                      "peloton", NULL};
  if (found && s->type == FREX_ENT_AGENCY && s->t0 == i && i >= c->first + 2 &&
      s->t1 > i + 1 && frex_org_text_is(c, i, "gendarmerie") &&
      frex_org_joined(c, i) && frex_org_tis(c, i - 1, ORG_W_DE) &&
      frex_org_joined(c, i - 1) && frex_org_tlower(c, i - 2) &&
      frex_org_key_in(c, i - 2, units))
    s->t0 = i - 2;
  /* la Direction interdépartementale des routes Ouest (DIR Ouest), la
   * direction régionale Centre-Est: a capitalised point of the compass
   * names the body's area, inside its name (not before another name
   * word: la direction de Ouest France) */
  if (found && s->type == FREX_ENT_AGENCY && s->t1 < c->n &&
      frex_org_compass(c, s->t1) &&
      !(s->t1 + 1 < c->n && frex_org_joined(c, s->t1 + 1) &&
        frex_org_tcap(c, s->t1 + 1) && frex_org_name_word(c, s->t1 + 1)))
    s->t1++;
  if (!found) {
    size_t e = place_brand_end(c, i);
    if (e) {
      *s = (org_span){i, e, FREX_ENT_AGENCY, ORG_BY_BODY, FREX_DICT_NONE};
      found = true;
    }
  }
  if (!found && rule_grouping(c, i, &x)) {
    *s = x;
    found = true;
  }
  if (!found && rule_described_syndicate(c, i, &x)) {
    *s = x;
    found = true;
  }
  return found;
}

/* ------------------------------------------------------------ portfolios */

/* The connector before the portfolio at I (de l', de la, des, du, d'):
 * its first token, or SIZE_MAX. */
static size_t connector_before(const org_ctx *c, size_t i) {
  if (i < c->first + 2 || !frex_org_joined(c, i))
    return SIZE_MAX;
  size_t p = i - 1;
  /* du, des, d', au (le secrétaire au Trésor) */
  if (frex_org_tis(c, p, ORG_W_DU) || frex_org_tis(c, p, ORG_W_DES) ||
      frex_org_tis(c, p, ORG_W_D) || frex_org_tis(c, p, ORG_W_AU))
    return p;
  /* de la, de l', à la */
  if ((frex_org_tis(c, p, ORG_W_L) || frex_org_tis(c, p, ORG_W_LA)) &&
      frex_org_joined(c, p) &&
      (frex_org_tis(c, p - 1, ORG_W_DE) || frex_org_tis(c, p - 1, ORG_W_A)))
    return p - 1;
  return SIZE_MAX;
}

/* Some "ministre" ends at P, maybe after a nationality or "délégué
 * chargé" (le ministre iranien des Transports).  *FOREIGN is set when a
 * nationality other than French qualifies it, *PLURAL when the head is
 * "ministres" or "ministères". */
static bool minister_before(const org_ctx *c, size_t p, bool *foreign,
                            size_t *nation, bool *plural, size_t *head) {
  for (int k = 0; k < 3 && p > c->first; k++, p--) {
    *plural = frex_org_tis(c, p, ORG_W_MINISTRES) ||
              frex_org_tis(c, p, ORG_W_MINISTERES);
    *head = p;
    if (*plural || frex_org_tis(c, p, ORG_W_MINISTRE) ||
        frex_org_tis(c, p, ORG_W_SECRETAIRE))
      return true;
    if (!frex_org_joined(c, p) || !frex_org_tlower(c, p))
      return false;
    if (frex_org_nationality(c, p) && !frex_org_french(c, p)) {
      *foreign = true;
      *nation = p;
    }
    /* le ministre fédéral de l'Intérieur: a federal state's (Belgium,
     * Germany, Switzerland, Canada), never France's */
    static const char *const federal[] = {"federal", "federale", "federaux",
                                          "federales", NULL};
    if (frex_org_key_in(c, p, federal))
      *foreign = true;
  }
  return false;
}

/* A portfolio after its connector at W (de la Justice, de l'Intérieur,
 * des Sports, du Travail), all joined: the portfolio's token, or 0. */
static size_t portfolio_after(const org_ctx *c, size_t w) {
  if (w >= c->n || !frex_org_joined(c, w))
    return 0;
  if (frex_org_tis(c, w, ORG_W_DE) &&
      (frex_org_tis(c, w + 1, ORG_W_LA) || frex_org_tis(c, w + 1, ORG_W_L)))
    w += 2;
  else if (frex_org_tis(c, w, ORG_W_DES) || frex_org_tis(c, w, ORG_W_DU))
    w++;
  else
    return 0;
  return w < c->n && frex_org_joined(c, w) && frex_org_tcap(c, w) &&
                 frex_org_in(c, w, L_PORTFOLIO)
             ? w
             : 0;
}

size_t frex_org_ministry_more(const org_ctx *c, size_t i, size_t dend) {
  static const char *const ministere[] = {"ministere", NULL};
  if (dend >= c->n || !frex_org_joined(c, dend) ||
      !frex_org_key_in(c, i, ministere))
    return dend;
  size_t k = dend, done = dend;
  for (int groups = 0; groups < 4 && k + 1 < c->n; groups++) {
    bool et = frex_org_tis(c, k, ORG_W_ET);
    if (!(et || frex_org_text_is(c, k, ",")) || !frex_org_joined(c, k))
      break;
    size_t w = portfolio_after(c, k + 1);
    /* le ministère de l'Intérieur et (celui) de la Justice: two ministries
     * of their own, never the second portfolio of a compound */
    static const char *const sovereign[] = {"interieur", "justice", "defense",
                                            "armees", NULL};
    if (!w || frex_org_key_in(c, w, sovereign))
      break;
    k = w + 1;
    /* Souveraineté alimentaire, Plein emploi, Jeux olympiques et
     * paralympiques: its lowercase words */
    for (int a = 0; a < 3 && k < c->n && frex_org_joined(c, k); a++) {
      if (frex_org_tlower(c, k) &&
          frex_org_in(c, k, L_PORTFOLIO_ADJ | L_PORTFOLIO))
        k++;
      else if (frex_org_tis(c, k, ORG_W_ET) && k + 1 < c->n &&
               frex_org_joined(c, k + 1) && frex_org_tlower(c, k + 1) &&
               frex_org_in(c, k + 1, L_PORTFOLIO_ADJ))
        k += 2;
      else
        break;
    }
    if (et)
      done = k; /* a comma's portfolio stands once an "et" closes the list */
  }
  return done;
}

/* Append token T's key to KEY (KN bytes), after a space when SPACE. */
static bool key_add(const org_ctx *c, char *key, size_t *kn, size_t t,
                    bool space) {
  size_t tn;
  uint32_t th;
  const char *tk = frex_org_tkey(c, t, &tn, &th);
  if (!tn || *kn + tn + 1 > FREX_KEY_MAX)
    return false;
  if (space)
    key[(*kn)++] = ' ';
  memcpy(key + *kn, tk, tn);
  *kn += tn;
  return true;
}

/* The dictionary's public body "ministère [NATION] CONN..PORTFOLIO
 * [NATION]" (ministère américain de la Défense, ministère de l'Intérieur):
 * the alias naming it, or FREX_DICT_NONE.  NATION is a token or SIZE_MAX;
 * BEFORE puts it before the connector. */
/* Add nationality token T to KEY as key_add does, in the masculine
 * when MASC: la ministre allemande, italienne, turque des Finances hold
 * the ministère allemand, italien, turc (the dictionary's forms). */
static bool nation_add(const org_ctx *c, char *key, size_t *kn, size_t t,
                       bool masc) {
  if (!key_add(c, key, kn, t, true))
    return false;
  size_t n = *kn;
  if (!masc || n < 5 || key[n - 1] != 'e')
    return true;
  if (!memcmp(key + n - 4, "enne", 4))
    *kn -= 2; /* italienne: italien */
  else if (!memcmp(key + n - 3, "que", 3) && memcmp(key + n - 4, "ique", 4))
    key[n - 3] = 'c', *kn -= 2; /* turque: turc */
  else
    *kn -= 1; /* allemande: allemand */
  return true;
}

static uint32_t ministry_entry_as(const org_ctx *c, size_t conn, size_t end,
                                  size_t nation, bool before, bool masc) {
  char key[FREX_KEY_MAX];
  size_t kn = strlen("ministere");
  memcpy(key, "ministere", kn);
  if (nation != SIZE_MAX && before && !nation_add(c, key, &kn, nation, masc))
    return FREX_DICT_NONE;
  size_t t = conn;
  /* secrétaire à la Défense, au Trésor: the ministère de la, du */
  if (frex_org_tis(c, t, ORG_W_A) || frex_org_tis(c, t, ORG_W_AU)) {
    const char *de = frex_org_tis(c, t, ORG_W_A) ? " de" : " du";
    memcpy(key + kn, de, 3);
    kn += 3;
    t++;
  }
  for (; t < end; t++)
    if (!key_add(c, key, &kn, t,
                 t == conn || c->tok[t].start > c->tok[t - 1].end))
      return FREX_DICT_NONE;
  if (nation != SIZE_MAX && !before && !nation_add(c, key, &kn, nation, masc))
    return FREX_DICT_NONE;
  frex_dict_hit h = frex_dict_lookup(c->dict, key, kn);
  for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
    const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
    if (frex_dict_entry_at(c->dict, al->entry)->type == FREX_ENT_AGENCY)
      return a;
    a = al->next;
  }
  return FREX_DICT_NONE;
}

static uint32_t ministry_entry(const org_ctx *c, size_t conn, size_t end,
                               size_t nation, bool before) {
  uint32_t a = ministry_entry_as(c, conn, end, nation, before, false);
  if (a == FREX_DICT_NONE && nation != SIZE_MAX)
    a = ministry_entry_as(c, conn, end, nation, before, true);
  return a;
}

bool frex_org_rule_portfolio(const org_ctx *c, size_t i, org_span *s) {
  /* after du, des, d', l', la, au: a short token, by its text first */
  if (i <= c->first + 2 || !frex_org_joined(c, i) ||
      c->tok[i - 1].end - c->tok[i - 1].start > 4 || !frex_org_tcap(c, i) ||
      !frex_org_in(c, i, L_PORTFOLIO))
    return false;
  size_t conn = connector_before(c, i);
  if (conn == SIZE_MAX || conn <= c->first || !frex_org_joined(c, conn))
    return false;
  bool foreign = false;
  size_t p = conn - 1;
  bool second = false; /* a portfolio after "et" or a comma */
  /* de l'Économie et des Finances: the second portfolio after et; les
   * ministres de l'Économie, de l'Intérieur et de la Justice: the third */
  for (int back = 0;
       back < 4 && (frex_org_tis(c, p, ORG_W_ET) || frex_org_text_is(c, p, ",")) &&
       p > c->first + 1 && frex_org_joined(c, p);
       back++) {
    second = true;
    size_t q = p - 1; /* the end of the portfolio before */
    while (q > c->first && frex_org_tlower(c, q) && frex_org_lower_adj(c, q))
      q--;
    if (!frex_org_in(c, q, L_PORTFOLIO))
      return false;
    size_t c0 = connector_before(c, q);
    if (c0 == SIZE_MAX || c0 <= c->first)
      return false;
    p = c0 - 1;
  }
  size_t nation = SIZE_MAX; /* a foreign nationality */
  bool before = true;       /* ...before the connector */
  bool plural = false;
  size_t head = p;
  if (!minister_before(c, p, &foreign, &nation, &plural, &head))
    return false;
  /* le ministre délégué au Numérique, la ministre chargée de l'Égalité: a
   * junior post's portfolio, held within another ministry, names no
   * ministry of its own (the ministre de l'Économie's does) */
  static const char *const junior[] = {"delegue", "deleguee", "delegues",
                                       "charge",  "chargee",  NULL};
  for (size_t t = head + 1; t < conn; t++)
    if (frex_org_key_in(c, t, junior))
      return false;
  size_t french = SIZE_MAX; /* le ministre de l'Intérieur français */
  size_t k = i + 1;
  bool joined_next = false; /* a portfolio follows after "et" */
  size_t conn2 = 0, end2 = 0; /* the second portfolio, after "et" */
  bool listed = false; /* portfolios listed with commas: one minister's */
  size_t end1 = 0;      /* ... and the end of the first of them */
  for (int groups = 0;; groups++) {
    /* Affaires étrangères, Éducation nationale, Intérieur français */
    for (int a = 0;
         a < 2 && k < c->n && frex_org_joined(c, k) && frex_org_tlower(c, k) &&
         frex_org_in(c, k, L_PORTFOLIO_ADJ | L_NATION);
         a++, k++)
      if (frex_org_nationality(c, k) && !frex_org_french(c, k)) {
        foreign = true;
        nation = k;
        before = false;
      } else if (frex_org_nationality(c, k) && french == SIZE_MAX) {
        french = k;
      }
    /* de l'Aménagement du territoire, de la Cohésion des territoires: the
     * portfolio's own complement */
    static const char *const land[] = {"territoire", "territoires", NULL};
    static const char *const planning[] = {"amenagement", "cohesion", NULL};
    if (k == i + 1 && frex_org_key_in(c, i, planning) && k + 1 < c->n &&
        frex_org_joined(c, k) && frex_org_joined(c, k + 1) &&
        (frex_org_tis(c, k, ORG_W_DU) || frex_org_tis(c, k, ORG_W_DES)) &&
        frex_org_tlower(c, k + 1) && frex_org_key_in(c, k + 1, land))
      k += 2;
    /* de l'Économie, de l'Innovation et de l'Énergie: a list of
     * portfolios, one minister's (not les ministres de l'Économie, de
     * l'Intérieur: two; not "de l'Intérieur, Gérald Darmanin") */
    if (groups < 3 && nation == SIZE_MAX && !plural &&
        frex_org_text_is(c, k, ",") && frex_org_joined(c, k)) {
      size_t w = portfolio_after(c, k + 1);
      if (w) {
        if (!joined_next)
          conn2 = k + 1, end2 = w + 1, end1 = k;
        joined_next = listed = true;
        k = w + 1;
        continue;
      }
    }
    /* de la Culture et des Sports: one ministry of both */
    if (groups < 2 && nation == SIZE_MAX && frex_org_tis(c, k, ORG_W_ET) &&
        frex_org_joined(c, k)) {
      size_t w = portfolio_after(c, k + 1);
      if (w) {
        if (!joined_next)
          conn2 = k + 1, end2 = w + 1;
        joined_next = true;
        if (plural)
          break; /* les ministères de l'Intérieur et de la Justice: two */
        k = w + 1;
        continue;
      }
    }
    break;
  }
  /* les ministres de l'Économie, de l'Intérieur...: a comma and another
   * portfolio after a plural head */
  if (plural && !joined_next && frex_org_text_is(c, k, ","))
    joined_next = portfolio_after(c, k + 1) != 0;
  /* les ministres de la Défense de l'Otan, des Finances de la zone euro,
   * ses ministres de la Défense, les ministres européens de l'Intérieur:
   * one portfolio after a plural head held in several countries is no one
   * body (les ministres successifs de l'Économie are France's) */
  if (plural && !second && !joined_next) {
    static const char *const owners[] = {"ses", "leurs", "nos", "vos", NULL};
    static const char *const groups[] = {"zone", "pays", "union", "etats",
                                         NULL};
    bool bare;
    size_t w = connector(c, k, &bare);
    if ((head > c->first && frex_org_key_in(c, head - 1, owners)) || foreign ||
        frex_org_country_after(c, k) ||
        (w && w < c->n && frex_org_key_in(c, w, groups)))
      return false;
  }
  /* le ministre de la Santé du Qatar, de la Défense de la Corée du Nord:
   * that country's ministry (the country stays out of the span) */
  size_t country = frex_org_country_after(c, k);
  if (country) {
    size_t kn;
    uint32_t h;
    const char *key = frex_org_tkey(c, country - 1, &kn, &h);
    foreign |= !(kn == 6 && memcmp(key, "france", 6) == 0);
  }
  size_t end = nation != SIZE_MAX && !before ? nation
               : french != SIZE_MAX            ? french
                                               : k;
  *s = (org_span){i, k, FREX_ENT_AGENCY, ORG_BY_PORTFOLIO, FREX_DICT_NONE};
  /* the value: the dictionary's ministry of that name (the French one, or
   * the generic entry listed first), or of that country (le secrétaire
   * américain à la Défense: ministère américain de la Défense); a
   * country the dictionary does not name it for keeps the text */
  if (!foreign) {
    s->alias = ministry_entry(c, conn, end, SIZE_MAX, false);
    /* de l'Agriculture et de la Souveraineté alimentaire, a compound the
     * dictionary does not list: the ministry of its first portfolio */
    if (s->alias == FREX_DICT_NONE && joined_next && !plural && conn2 &&
        /* not of two ministries of their own (la ministre de la Culture
         * et des Sports Miri Regev: another country's, maybe) */
        (listed ||
         ministry_entry(c, conn2, end2, SIZE_MAX, false) == FREX_DICT_NONE)) {
      size_t first = i + 1;
      while (first < end && frex_org_tlower(c, first) &&
             frex_org_in(c, first, L_PORTFOLIO_ADJ))
        first++;
      /* de la Transition écologique, de la Biodiversité et de la Mer: the
       * first portfolio whole, before its comma */
      if (listed)
        s->alias = ministry_entry(c, conn, end1, SIZE_MAX, false);
      if (s->alias == FREX_DICT_NONE)
        s->alias = ministry_entry(c, conn, first, SIZE_MAX, false);
    }
  } else if (nation != SIZE_MAX) {
    s->alias = ministry_entry(c, conn, end, nation, before);
    if (s->alias == FREX_DICT_NONE)
      s->alias = ministry_entry(c, conn, end, nation, !before);
  }
  return true;
}

size_t frex_org_country_after(const org_ctx *c, size_t i) {
  bool bare;
  size_t w = connector(c, i, &bare);
  if (!w || w >= c->n || !frex_org_joined(c, w) || !frex_org_name_word(c, w) ||
      c->tok[w].cls != FREX_TOK_WORD)
    return 0;
  if (w + 1 < c->n && frex_org_joined(c, w + 1) && frex_org_tcap(c, w + 1))
    return 0; /* de Jean-Yves Le Drian: a person, not a country */
  return w + 1;
}
