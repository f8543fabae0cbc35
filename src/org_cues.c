/*
 * org_cues.c — names that news introduces with a cue (SPEC "Dictionary":
 * `la société X`, `le groupe X`, `l'agence X`): a determiner, a cue noun,
 * the words that say the trade or the country, then the name —
 *
 *   le groupe pharmaceutique Zentiva, le constructeur automobile japonais
 *   Toyota, le géant américain de la distribution Walmart, la compagnie
 *   aérienne low-cost Flydubai, l'agence d'information sud-coréenne Yonhap,
 *   la chaîne d'information en continu I-Télé, sa filiale Instagram
 *
 * — or an apposition after it (Zentiva, le laboratoire tchèque, ...); and
 * the evidence an ambiguous dictionary name needs (selon X, chez X).  The
 * cue nouns, their modifiers and the words that cancel a cue (le groupe
 * terroriste X, la chaîne de production X) are word families of
 * org_words.def.
 */
#include "org_rules.h"
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

/* The chain of words between a cue noun and its name, read backwards from
 * the name or forwards from the cue. */
typedef struct cue_chain {
  size_t cue;      /* the cue noun's token */
  int mods;        /* adjectives and complements between cue and name */
  int complements; /* of which complements (de ..., en ...) */
  int nations;     /* of which nationalities */
  bool scope;      /* a nationality or "mondial" among them */
  bool negative;   /* a word that cancels the cue (terroriste) */
  bool historic;   /* ...and that word was "historique" (see chain_type) */
  bool familial;   /* ...and that word was "familiale" (see chain_type) */
  bool production; /* ...and that word was "production" (see chain_type) */
  bool media;      /* a complement that makes an agence a company */
  bool sector;     /* an adjective of an industry among them (laitier,
                      immobilier, juridique: sector_adj) */
  bool placed;     /* a place's adjective among them (nantais, vendéen,
                      breton: demonym_adj) */
} cue_chain;

static bool first_name(const org_ctx *c, size_t i);

#define CHAIN_MAX 7 /* tokens between a cue noun and its name, at most */

/* Token P is a modifier word of a chain: a lowercase adjective, a
 * nationality, or a listed modifier (low-cost, automobile). */
static bool chain_adj(const org_ctx *c, size_t p) {
  if (!frex_org_tlower(c, p) || frex_org_function_word(c, p))
    return false;
  return frex_org_in(c, p, L_CUE_MOD | L_NATION | L_ADJ_WORD) ||
         frex_org_lower_adj(c, p);
}

/* KEY (N bytes) is an adjective of an industry, which names the trade of
 * a cue noun that needs one as a complement does (le producteur laitier
 * X, le promoteur immobilier X, le cabinet juridique X, le bailleur
 * social X; not le producteur indépendant X, le cabinet ministériel). */
static bool sector_adj(const char *key, size_t n) {
  static const char *const words[] = {
      "laitier",       "laitiere",      "petrolier",      "petroliere",
      "gazier",        "immobilier",    "immobiliere",    "juridique",
      "comptable",     "pharmaceutique", "agroalimentaire", "automobile",
      "aeronautique",  "energetique",   "electrique",     "chimique",
      "informatique",  "numerique",     "agricole",       "viticole",
      "avicole",       "porcin",        "cerealier",      "minier",
      "miniere",       "hydroelectrique", "solaire",      "eolien",
      "logistique",    "social",        "financier",      "financiere",
      "bancaire",      "audiovisuel",   "phonographique", "siderurgique",
      "textile",       NULL};
  if (n < 6 || n > 15)
    return false;
  for (const char *const *w = words; *w; w++)
    if ((*w)[0] == key[0] && strlen(*w) == n && memcmp(*w, key, n) == 0)
      return true;
  return false;
}

/* Token P is a lowercase adjective of a town, a department or a region:
 * its ending (nantais, lavallois, rennaise, ligérien, vendéen, sarthois,
 * lorrain), or one of the regions' adjectives without such an ending
 * (breton, normand, angevin); not the common adjectives of those endings
 * (ancien, certain, prochain, quotidien, mauvais). */
bool frex_org_demonym_adj(const org_ctx *c, size_t p) {
  static const char *const ends[] = {"ais",  "aise", "ois",  "oise",
                                     "ien",  "ienne", "ain", "aine",
                                     "\xc3\xa9" "en", "\xc3\xa9" "enne"};
  static const char *const regions[] = {
      "breton",    "bretonne",  "normand",    "normande",   "angevin",
      "angevine",  "savoyard",  "savoyarde",  "picard",     "picarde",
      "limousin",  "limousine", "poitevin",   "poitevine",  "auvergnat",
      "auvergnate", "berrichon", "berrichonne", "bourguignon",
      "bourguignonne", "girondin", "girondine", "malouin", "malouine",
      "briochin",  "briochine", "messin",     "messine",    "tourangeau",
      "tourangelle", "manceau", "mancelle",   "bigouden",   "nordiste",
      "catalan",   "catalane",  "occitan",    "occitane",   "charentais",
      NULL};
  static const char *const not_place[] = {
      "ancien",   "ancienne", "certain",   "certaine",   "prochain",
      "prochaine", "quotidien", "quotidienne", "mauvais", "frais",
      "humain",   "humaine",  "soudain",   "soudaine",   "lointain",
      "lointaine", "souverain", "souveraine", "chretien", "chretienne",
      "moyen",    "moyenne",  "citoyen",   "citoyenne",  "aerien",
      "aerienne", "mitoyen",  "mitoyenne", "vilain",     "hautain",
      "courtois", "sournois", "epais",     "niais",      "urbain",
      "urbaine",  "mondain",  "mondaine",  "vain",       "sain",
      "saine",    "plein",    "pleine",    "lien",       "rien",
      "bien",     "chien",    "main",      "pain",       "bain",
      "train",    "terrain",  "gain",      "grain",      "demain",
      "mois",     "fois",     "bois",      "choix",      "voix",
      "trois",    "jamais",   "desormais", "mais",       "palais",
      "relais",   "delais",   "marais",    "anglais",    NULL};
  if (!frex_org_tlower(c, p) || c->tok[p].cls != FREX_TOK_WORD)
    return false;
  const char *w = c->text + c->tok[p].start;
  size_t n = c->tok[p].end - c->tok[p].start;
  if (frex_org_key_in(c, p, not_place))
    return false;
  if (frex_org_key_in(c, p, regions))
    return true;
  for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
    size_t m = strlen(ends[e]);
    if (n >= m + 3 && !memcmp(w + n - m, ends[e], m))
      return true;
  }
  return false;
}

static void chain_note(const org_ctx *c, size_t p, cue_chain *ch) {
  uint32_t l = frex_org_lists(c, p, L_CUE_NEG | L_MEDIA_COMP | L_NATION);
  /* les groupes armés X et Y: the plural of a participle that cancels a
   * cue (armé), written with its accent (not les armes, a noun) */
  const char *t = c->text + c->tok[p].end;
  if (!(l & L_CUE_NEG) && c->tok[p].end - c->tok[p].start > 4 &&
      memcmp(t - 3, "\xc3\xa9s", 3) == 0) {
    size_t kn;
    uint32_t kh;
    const char *k = frex_org_tkey(c, p, &kn, &kh);
    const org_word_entry *e =
        kn > 1 ? frex_org_words_find(c->w, k, kn - 1,
                                     frex_dict_hash(frex_hash_bytes(k, kn - 1)))
               : NULL;
    if (e && (e->lists & L_CUE_NEG))
      l |= L_CUE_NEG;
  }
  ch->media |= (l & L_MEDIA_COMP) != 0;
  ch->scope |= (l & L_NATION) != 0;
  ch->nations += (l & L_NATION) != 0;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, p, &n, &h);
  ch->scope |= n >= 7 && memcmp(k, "mondial", 7) == 0;
  ch->sector |= sector_adj(k, n);
  ch->placed |= frex_org_demonym_adj(c, p);
  if (l & L_CUE_NEG) { /* "historique" or "familiale" alone may be lifted
                          (chain_type) */
    bool hist = n == 10 && memcmp(k, "historique", 10) == 0;
    bool fam = n == 9 && memcmp(k, "familiale", 9) == 0;
    ch->historic = hist && (!ch->negative || ch->historic);
    ch->familial = fam && (!ch->negative || ch->familial);
    ch->production = n == 10 && memcmp(k, "production", 10) == 0 &&
                     (!ch->negative || ch->production);
    ch->negative = true;
  }
}

/* Token P is a trade's acronym (SECTOR: le groupe de BTP X) right after
 * de, du or l': a complement of the chain, though not lowercase. */
static bool chain_sector(const org_ctx *c, size_t p) {
  return p > c->first + 1 && frex_org_in(c, p, L_SECTOR) &&
         frex_org_joined(c, p) &&
         (frex_org_tis(c, p - 1, ORG_W_DE) || frex_org_tis(c, p - 1, ORG_W_DU) ||
          frex_org_tis(c, p - 1, ORG_W_L) || frex_org_tis(c, p - 1, ORG_W_D));
}

/* Token P is a cue noun written in capitals (la PME X, l'ETI X, la
 * SELARL X): three to six capital letters, then the key's NEWS role. */
static inline bool acro_cue(const org_ctx *c, size_t p) {
  if (p <= c->first || p >= c->n)
    return false;
  const char *t = c->text + c->tok[p].start;
  size_t n = c->tok[p].end - c->tok[p].start;
  if (n < 3 || n > 6 || t[0] < 'A' || t[0] > 'Z' ||
      c->tok[p].cls != FREX_TOK_WORD)
    return false;
  if (n == 4 && (memcmp(t, "Scop", 4) == 0 || memcmp(t, "Gaec", 4) == 0))
    return true; /* la Scop X, le Gaec X, as la SCOP X, le GAEC X */
  for (size_t k = 0; k < n; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return false;
  /* SEM_INFO, SPL_TOKEN: a programming identifier, no cue */
  size_t e = c->tok[p].end;
  if (e < c->text_len && c->text[e] == '_')
    return false;
  return frex_org_news(c, p) & N_ACRO_CUE;
}

/* A cue noun at P, lowercase, after a determiner (maybe with an adjective
 * before the noun: la jeune pousse X, le nouveau groupe X). */
static bool works_cue(const org_ctx *c, size_t p);

/* Token D, "des", stands after a lowercase noun-like word and before a
 * plural cue noun P (le rachat des fromageries X): the article of "de
 * les", not an indefinite plural (il a racheté des...: a verb's object,
 * told by its participle's ending). */
static bool plural_after_noun(const org_ctx *c, size_t d, size_t p) {
  /* works (fromageries, papeteries, manufactures) and a few trades named
   * so (laboratoires, salaisons, chantiers navals); not des chaînes
   * Unicode, des groupes X: strings, a plural of many */
  static const char *const works[] = {"laboratoires", "salaisons",
                                      "chantiers", "etablissements",
                                      "transports", NULL};
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, p, &n, &h);
  if (n < 4 || k[n - 1] != 's' ||
      !(works_cue(c, p) || frex_org_key_in(c, p, works)))
    return false;
  if (d <= c->first || !frex_org_joined(c, d) || !frex_org_tlower(c, d - 1) ||
      c->tok[d - 1].cls != FREX_TOK_WORD || frex_org_function_word(c, d - 1))
    return false;
  /* a participle after its auxiliary (a racheté des, ont vendu des), an
   * infinitive after its preposition or verb (pour racheter des): a
   * verb's object, by the written word's ending; nouns end so too (les
   * salariés des salaisons X, le dossier des laboratoires X) */
  static const char *const participle[] = {"\xc3\xa9", "\xc3\xa9" "e",
                                           "\xc3\xa9" "s", "\xc3\xa9" "es",
                                           "u", "us", NULL};
  static const char *const infinitive[] = {"er", "ir", NULL};
  static const char *const aux[] = {"a", "ont", "avait", "avaient", "aura",
                                    "auront", "ete", "est", "sont", "sera",
                                    "seront", "etait", NULL};
  static const char *const to[] = {"pour", "de", "d'", "a", "va", "vont",
                                   "veut", "doit", "peut", "compte", "afin",
                                   "souhaite", "entend", NULL};
  const char *w = c->text + c->tok[d - 1].start;
  n = c->tok[d - 1].end - c->tok[d - 1].start;
  bool before = d - 1 > c->first && frex_org_joined(c, d - 1);
  for (int v = 0; v < 2; v++)
    for (const char *const *e = v ? infinitive : participle; *e; e++) {
      size_t m = strlen(*e);
      if (n > m + 1 && memcmp(w + n - m, *e, m) == 0 && before &&
          frex_org_key_in(c, d - 2, v ? to : aux))
        return false;
    }
  return true;
}

static bool cue_noun_at(const org_ctx *c, size_t p) {
  if (p <= c->first || !(frex_org_tlower(c, p) || acro_cue(c, p)) ||
      !frex_org_joined(c, p))
    return false;
  uint32_t l = frex_org_lists(c, p, L_COMPANY_CUE | L_AGENCY_CUE | L_NATION);
  if (!l)
    return false;
  size_t d = p - 1;
  /* l'italien Pioneer, le japonais Toyota: a lowercase nationality as a
   * noun names a company (a person's is capitalised: l'Australien X), in
   * the masculine: la néerlandaise Marlene van Gansewinkel is a woman;
   * au, du hold the article: cédé au néerlandais ForFarmers */
  if (!(l & (L_COMPANY_CUE | L_AGENCY_CUE)))
    return frex_org_tis(c, d, ORG_W_LE) || frex_org_tis(c, d, ORG_W_L) ||
           frex_org_tis(c, d, ORG_W_AU) || frex_org_tis(c, d, ORG_W_DU);
  if (frex_org_in(c, d, L_PRE_ADJ) && d > c->first && frex_org_joined(c, d))
    d--;
  /* le rachat des fromageries Milleret, les salariés des établissements
   * Lebreton: "des" after a noun is "de les" before a plural cue noun */
  if (!frex_org_in(c, d, L_DETERMINER) &&
      !(frex_org_tis(c, d, ORG_W_DES) && plural_after_noun(c, d, p)))
    return false;
  /* sa plateforme de cloud Azure, leur plateforme X: a company's product */
  static const char *const possessive[] = {"son", "sa", "ses", "leur",
                                           "leurs", NULL};
  if (frex_org_word_in(c, p, ORG_WBIT(PLATEFORME) | ORG_WBIT(PLATEFORMES)) &&
      frex_org_key_in(c, d, possessive))
    return false;
  /* le chanteur du groupe X, le député du groupe X: a band, a party */
  return !(d > c->first && frex_org_joined(c, d) &&
           frex_org_in(c, d - 1, L_MEMBER));
}

/* Could token P, right before a name, end a cue chain?  Judged by its
 * text alone, before any key is computed: it may be a cue noun or a
 * nationality (its first three key bytes say so), an adjective by its
 * ending, or a complement after de, d', du, des, en, la, l'.  Most words
 * before a capital are none of these (le paquet Debian, installer Foo). */
static bool chain_gate(const org_ctx *c, size_t p) {
  const frex_token *t = &c->tok[p];
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  unsigned char h[3];
  frex_org_key_head3(c->w, s, n, h);
  unsigned bit = frex_dict_head_bit(h);
  if (c->w->cue_starts[bit >> 3] >> (bit & 7) & 1)
    return true;
  if (n >= 4 && frex_org_ends_with_any(s, n, &c->w->adj, 0))
    return true;
  return p > c->first && frex_org_joined(c, p) &&
         frex_org_short_ascii(c, p - 1, 3) &&
         (frex_org_tis(c, p - 1, ORG_W_DE) || frex_org_tis(c, p - 1, ORG_W_D) ||
          frex_org_tis(c, p - 1, ORG_W_DU) ||
          frex_org_tis(c, p - 1, ORG_W_DES) ||
          frex_org_tis(c, p - 1, ORG_W_EN) ||
          frex_org_tis(c, p - 1, ORG_W_LA) || frex_org_tis(c, p - 1, ORG_W_L));
}

/* grande distribution, petite enfance: adjectives before a trade's noun */
static const char *const size_adj[] = {"grande", "petite", NULL};

/* à bas coût, à bas prix: a trade's complement without de */
static const char *const low_cost[] = {"cout", "couts", "prix", NULL};
static const char *const low_cost_bas[] = {"bas", NULL};

/* Token P ends "d'accès à Internet" (internet, Internet), all joined. */
static bool internet_access(const org_ctx *c, size_t p) {
  static const char *const net[] = {"internet", NULL};
  static const char *const access[] = {"acces", NULL};
  return p > c->first + 3 && frex_org_first(c, p) == 'i' &&
         frex_org_key_in(c, p, net) && frex_org_joined(c, p) &&
         frex_org_tis(c, p - 1, ORG_W_A) && frex_org_joined(c, p - 1) &&
         frex_org_key_in(c, p - 2, access) && frex_org_joined(c, p - 2) &&
         (frex_org_tis(c, p - 3, ORG_W_D) || frex_org_tis(c, p - 3, ORG_W_DE));
}

/* The chain ending right before token I (the name's first token). */
/* le constructeur de bus X, le producteur de gaz X, le négociant en vin
 * X: a short noun ends a chain as the complement of its trade */
static bool short_complement(const org_ctx *c, size_t p) {
  return p > c->first + 1 && frex_org_tlower(c, p) &&
         c->tok[p].end - c->tok[p].start == 3 && frex_org_joined(c, p) &&
         !frex_org_function_word(c, p) &&
         (frex_org_tis(c, p - 1, ORG_W_DE) || frex_org_tis(c, p - 1, ORG_W_D) ||
          frex_org_tis(c, p - 1, ORG_W_EN)) &&
         frex_org_tlower(c, p - 2);
}

static bool chain_before(const org_ctx *c, size_t i, cue_chain *ch) {
  *ch = (cue_chain){0, 0, 0, 0, false, false, false, false, false, false, false, false};
  if (i <= c->first + 1 || !frex_org_joined(c, i) ||
      ((!frex_org_tlower(c, i - 1) || frex_org_short_ascii(c, i - 1, 3) ||
        !chain_gate(c, i - 1)) &&
       !chain_sector(c, i - 1) && !acro_cue(c, i - 1) &&
       !internet_access(c, i - 1) && !short_complement(c, i - 1)))
    return false; /* most capitalised words: after punctuation, a capital,
                     a short function word (de, le, à; no cue word or
                     modifier is that short), a word that ends no chain */
  size_t p = i - 1;
  /* le cabinet médical du docteur Le Gall: a title names a person */
  if (frex_org_in(c, p, L_TITLE))
    return false;
  for (int steps = 0; steps <= CHAIN_MAX && p > c->first; steps++) {
    if (!frex_org_joined(c, p + 1))
      return false;
    if (cue_noun_at(c, p)) {
      ch->cue = p;
      return true;
    }
    /* le numéro un (deux) mondial du ciment X: un, deux, trois after
     * numéro are its rank, not a count that cancels the cue */
    if (frex_org_in(c, p, L_CUE_MOD) && p - 1 > c->first &&
        frex_org_tis(c, p - 1, ORG_W_NUMERO) && frex_org_joined(c, p)) {
      p--;
      continue;
    }
    /* le fournisseur d'accès à Internet X: a fixed complement */
    if (internet_access(c, p)) {
      chain_note(c, p - 2, ch);
      ch->mods++, ch->complements++;
      p -= 4;
      continue;
    }
    if ((!frex_org_tlower(c, p) || frex_org_function_word(c, p)) &&
        !chain_sector(c, p))
      return false;
    /* la compagnie à bas coût X, à bas prix: the low-cost trade */
    if (p > c->first + 2 && frex_org_joined(c, p) &&
        frex_org_joined(c, p - 1) && frex_org_tis(c, p - 2, ORG_W_A) &&
        frex_org_first(c, p - 1) == 'b' && frex_org_key_in(c, p, low_cost) &&
        frex_org_key_in(c, p - 1, low_cost_bas)) {
      ch->mods++, ch->complements++;
      p -= 3;
      continue;
    }
    /* a complement: de la distribution, d'information, en continu */
    size_t q = p - 1;
    /* de la grande distribution, de la petite enfance: an adjective
     * before the complement's noun */
    if (q > c->first + 2 && frex_org_joined(c, p) && frex_org_joined(c, q) &&
        frex_org_key_in(c, q, size_adj) &&
        frex_org_tis(c, q - 1, ORG_W_LA) && frex_org_joined(c, q - 1) &&
        frex_org_tis(c, q - 2, ORG_W_DE)) {
      chain_note(c, p, ch);
      ch->mods++, ch->complements++;
      p = q - 3;
      continue;
    }
    if (frex_org_joined(c, p) &&
        (frex_org_tis(c, q, ORG_W_LA) || frex_org_tis(c, q, ORG_W_L)) &&
        q > c->first && frex_org_tis(c, q - 1, ORG_W_DE) &&
        frex_org_joined(c, q)) {
      chain_note(c, p, ch);
      ch->mods++, ch->complements++;
      p = q - 2;
      continue;
    }
    if (frex_org_joined(c, p) &&
        (frex_org_tis(c, q, ORG_W_DE) || frex_org_tis(c, q, ORG_W_D) ||
         frex_org_tis(c, q, ORG_W_DU) || frex_org_tis(c, q, ORG_W_DES) ||
         frex_org_tis(c, q, ORG_W_EN))) {
      chain_note(c, p, ch);
      ch->mods++, ch->complements++;
      p = q - 1;
      continue;
    }
    if (chain_adj(c, p)) {
      chain_note(c, p, ch);
      ch->mods++;
      p--;
      continue;
    }
    return false;
  }
  return false;
}

/* Does one of WORDS (a NULL-ended list) occur within REACH bytes either
 * side of token P?  A window, not the whole document: an input may hold
 * many documents, and the test costs a few kilobytes per cue asked. */
static bool words_near(const org_ctx *c, size_t p, size_t reach,
                       const char *const *words) {
  size_t end = c->tok[c->n - 1].end, at = c->tok[p].start;
  size_t lo = at > reach ? at - reach : 0;
  size_t hi = end - at > reach ? at + reach : end;
  for (const char *const *w = words; *w; w++)
    if (memmem(c->text + lo, hi - lo, *w, strlen(*w)))
      return true;
  return false;
}

/* The cue noun at P stands in a report of a clinical trial: within
 * TRIAL_REACH bytes either side, the text names a placebo (placebo,
 * Placebo, placebos) or a randomisation (randomisé, randomisation). */
#define TRIAL_REACH 2000
static bool trial_near(const org_ctx *c, size_t p) {
  static const char *const words[] = {"lacebo", "andomis", NULL};
  return words_near(c, p, TRIAL_REACH, words);
}

/* The cue noun at P is a rival's or a partner's (concurrent, rival,
 * partenaire, their feminines and plurals): a company's only with a nationality. */
static bool rival_cue(const org_ctx *c, size_t p) {
  static const char *const rivals[] = {
      "concurrent", "concurrents", "concurrente", "concurrentes", "rival",
      "rivaux",     "rivale",      "rivales",     "partenaire",  "partenaires",
      NULL};
  unsigned char f = frex_org_first(c, p);
  return (f == 'c' || f == 'r' || f == 'p') && frex_org_key_in(c, p, rivals);
}

/* The rival's cue at P (son concurrent, son rival) stands among the words
 * of a business, within BUSINESS_REACH bytes either side: a firm's rival,
 * not a runner's nor a candidate's (no marché, contrat, groupe, société,
 * entreprises, produits, ventes: sport and politics use them too). */
#define BUSINESS_REACH 600
static bool business_near(const org_ctx *c, size_t p) {
  /* without their first letter: Société, société */
  static const char *const words[] = {
      "hiffre d'affaires", "hiffre d’affaires", "arts de marché", "usine",
      "alariés", "iliale", "ctionnaire", "aboratoire", "Bourse",
      "brevet",  "abricant", "PDG", NULL}; /* not entreprises, produits:
                                                 a politician's, a
                                                 champion's words too */
  return words_near(c, p, BUSINESS_REACH, words);
}

/* son concurrent X, sa rivale X, leur partenaire X: a possessive before a
 * rival's cue at P, in a business's words: the cue of a company even
 * without a nationality or a brand's spelling (son concurrent allemand
 * Heel), the name no first name nor a person's the document names. */
static bool possessive_rival(const org_ctx *c, size_t p) {
  static const char *const poss[] = {"son", "sa", "leur", "ses", "leurs",
                                     NULL};
  return p > c->first && frex_org_joined(c, p) &&
         frex_org_key_in(c, p - 1, poss);
}

static bool business_rival(const org_ctx *c, size_t p) {
  return possessive_rival(c, p) && business_near(c, p);
}

/* le concurrent américain X, la rivale chinoise X: a definite article
 * before a rival's cue at P that a nationality follows (the caller
 * checks it), in a business's words: a firm's rival as with a possessive
 * (not le rival espagnol Nadal, no business near). */
static bool business_rival_det(const org_ctx *c, size_t p) {
  return p > c->first && frex_org_joined(c, p) &&
         (frex_org_tis(c, p - 1, ORG_W_LE) || frex_org_tis(c, p - 1, ORG_W_LA) ||
          frex_org_tis(c, p - 1, ORG_W_L)) &&
         business_near(c, p);
}

/* The cue noun at P needs a complement (CUE_NEEDS_DE), yet a nationality
 * or an adjective of an industry after it names a firm as well (le
 * producteur belge Electrabel, le cabinet américain X, le promoteur
 * immobilier X): all of them but institut (l'institut allemand Goethe),
 * titre, plateforme, spécialiste and pharmacien (people, products). */
static bool needs_de_by_adj(const org_ctx *c, size_t p) {
  static const char *const no[] = {"institut", "titre", "plateforme",
                                   "specialiste", "pharmacien", NULL};
  return !frex_org_key_in(c, p, no);
}

/* The cue noun at P needs a complement (CUE_NEEDS_DE), yet a place's
 * adjective after it names a firm's trade settled there (le promoteur
 * nantais Réalités, l'industriel vendéen X, le bailleur rennais X): the
 * nouns of firms, not those of people or things as often (le producteur,
 * le développeur, l'exploitant agricole, l'institut, le titre). */
static bool needs_de_by_place(const org_ctx *c, size_t p) {
  static const char *const yes[] = {
      "promoteur", "industriel", "bailleur", "negociant", "cabinet",
      "courtier",  "amenageur",  "diffuseur", "prestataire", "fournisseur",
      "gestionnaire", NULL};
  return frex_org_key_in(c, p, yes);
}

/* The cue noun at P needs a complement (CUE_NEEDS_DE), yet names a firm
 * before an acronym or a brand's spelling alone (le cabinet FHB, le
 * cabinet PwC, l'institut CSA, le fournisseur RTE); not le cabinet
 * Philippe, nor le producteur DJ Snake (frex_org_rule_cue: one token), nor
 * un gestionnaire SIGSEGV (gestionnaire is left out: a handler). */
static bool needs_de_by_brand(const org_ctx *c, size_t p) {
  static const char *const yes[] = {
      "cabinet",   "institut",  "fournisseur", "prestataire", "courtier",
      "promoteur", "bailleur",  "industriel",  "diffuseur",   "negociant",
      NULL};
  /* with the definite article: not un gestionnaire SIGSEGV, un
   * fournisseur ODBC (a program's handler, a driver) */
  return p > c->first &&
         (frex_org_tis(c, p - 1, ORG_W_LE) || frex_org_tis(c, p - 1, ORG_W_L)) &&
         frex_org_key_in(c, p, yes);
}

/* The type a cue noun gives its name, once its chain is known. */
static frex_entity_type chain_type(const org_ctx *c, const cue_chain *ch) {
  /* le groupe Aclasta et le groupe placebo: in a clinical trial a group
   * is an arm of patients named by their drug, no company */
  if (frex_org_word_in(c, ch->cue, ORG_WBIT(GROUPE) | ORG_WBIT(GROUPES)) &&
      trial_near(c, ch->cue))
    return 0;
  /* "historique" cancels a cue (le site historique X is a place), except
   * in "l'opérateur historique X": the incumbent company */
  /* "familiale" too, but after "maison" (la maison familiale Dupont is a
   * home; l'entreprise familiale X, la société familiale X are firms) */
  /* "production" too, after a firm's own noun (la société de production
   * Les Films du Kiosque, la maison de production X; not la chaîne de
   * production X) */
  static const char *const producer[] = {"societe", "maison", "boite", NULL};
  if (ch->negative &&
      !(ch->historic && frex_org_tis(c, ch->cue, ORG_W_OPERATEUR)) &&
      !(ch->familial && !frex_org_tis(c, ch->cue, ORG_W_MAISON)) &&
      !(ch->production && ch->complements == 1 &&
        frex_org_key_in(c, ch->cue, producer)))
    return 0;
  uint32_t l = frex_org_lists(c, ch->cue,
                              L_COMPANY_CUE | L_AGENCY_CUE | L_CUE_NEEDS_DE |
                                  L_NATION | L_CUE_NEEDS_MOD);
  if ((l & L_CUE_NEEDS_MOD) && ch->mods <= ch->nations)
    return 0; /* le réseau X, le gendarme français X */
  if (!ch->nations && (l & L_COMPANY_CUE) && rival_cue(c, ch->cue) &&
      !business_rival(c, ch->cue))
    return 0; /* le concurrent X, son partenaire X: a runner, a person */
  /* le leader mondial du luxe X, le numéro un mondial du ciment X; not le
   * leader kurde X, le numéro deux du gouvernement X */
  if (frex_org_word_in(c, ch->cue, ORG_WBIT(LEADER) | ORG_WBIT(NUMERO)) &&
      !(ch->scope && ch->complements))
    return 0;
  /* au titre du plan France 2030, à titre d'exemple: a locution, no
   * share nor newspaper */
  static const char *const titre[] = {"titre", NULL};
  if ((l & L_CUE_NEEDS_DE) && ch->cue > c->first &&
      (frex_org_tis(c, ch->cue - 1, ORG_W_AU) ||
       frex_org_tis(c, ch->cue - 1, ORG_W_A)) &&
      frex_org_key_in(c, ch->cue, titre))
    return 0;
  if (!(l & (L_COMPANY_CUE | L_AGENCY_CUE)))
    return ch->mods ? 0 : FREX_ENT_COMPANY; /* l'italien Pioneer: see
                                                frex_org_rule_cue */
  if ((l & L_CUE_NEEDS_DE) && !ch->complements &&
      !frex_org_tis(c, ch->cue, ORG_W_REGULATEUR) &&
      !frex_org_tis(c, ch->cue, ORG_W_EDITEUR) &&
      !(needs_de_by_adj(c, ch->cue) && (ch->nations || ch->sector)) &&
      !(ch->placed && needs_de_by_place(c, ch->cue)))
    return 0; /* le cabinet Philippe, l'institut Pasteur; l'éditeur Plaion
                 is one word (frex_org_rule_cue); le producteur belge X,
                 le promoteur immobilier X: a nationality or an industry
                 names the trade too (no first name: frex_org_rule_cue) */
  /* la compagnie Les Anges au plafond, ovationnée: a troupe (not la
   * compagnie aérienne X, la compagnie d'assurance X: a trade said) */
  static const char *const troupe_cue[] = {"compagnie", "compagnies", NULL};
  if ((l & L_COMPANY_CUE) && !ch->mods &&
      frex_org_key_in(c, ch->cue, troupe_cue) &&
      frex_org_troupe_sentence(c, ch->cue))
    return 0;
  if (l & L_AGENCY_CUE)
    /* l'agence de presse X, l'agence de notation X: companies */
    return frex_org_tis(c, ch->cue, ORG_W_AGENCE) && ch->media
               ? FREX_ENT_COMPANY
               : FREX_ENT_AGENCY;
  return (l & L_COMPANY_CUE) ? FREX_ENT_COMPANY : 0;
}

frex_entity_type frex_org_cue_type(const org_ctx *c, size_t i) {
  cue_chain ch;
  if (!chain_before(c, i, &ch))
    return 0;
  return chain_type(c, &ch);
}

/* ----------------------------------------------------------- apposition */

/* Where an apposition may end: a comma, a full stop, a bracket, a relative
 * pronoun, the end of the sentence. */
static bool appos_end(const org_ctx *c, size_t k) {
  if (k >= c->n || !frex_org_joined(c, k))
    return true;
  const frex_token *t = &c->tok[k];
  if (t->cls == FREX_TOK_PUNCT)
    return !frex_org_text_is(c, k, "-") && !frex_org_text_is(c, k, "'");
  return frex_org_tis(c, k, ORG_W_QUI);
}

/* Where a firm stands or when it was founded, at K after an apposition's
 * chain (X, une PME de 60 salariés installée à Brest, X, entreprise
 * familiale fondée en 1952, X, l'un des derniers fabricants de draps en
 * France): the apposition's end after it, or 0.  A place is one to four
 * capitalised words (Saint-Herblain, Le Mans). */
static size_t appos_where(const org_ctx *c, size_t k) {
  static const char *const seated[] = {
      "basee",   "base",    "installee", "installe", "implantee",
      "implante", "situee", "situe",     "etablie",  "etabli",
      "domiciliee", NULL};
  static const char *const founded[] = {"fondee", "fonde", "creee", "cree",
                                        NULL};
  static const char *const in[] = {"a", "en", "au", "aux", "dans", NULL};
  if (k + 1 >= c->n || !frex_org_tlower(c, k) || !frex_org_joined(c, k + 1))
    return 0;
  size_t o = 0;
  if (frex_org_key_in(c, k, founded)) {
    /* fondée en 1952 */
    if (k + 2 < c->n && frex_org_tis(c, k + 1, ORG_W_EN) &&
        frex_org_joined(c, k + 2) && c->tok[k + 2].cls == FREX_TOK_NUM &&
        appos_end(c, k + 3))
      return k + 3;
    return 0;
  }
  /* spécialisée dans les drones, spécialisé en robotique: lowercase
   * words to the apposition's end */
  static const char *const skilled[] = {"specialisee", "specialise", NULL};
  if (frex_org_key_in(c, k, skilled) && frex_org_key_in(c, k + 1, in)) {
    size_t w = k + 2;
    while (w < c->n && w < k + 8 && frex_org_joined(c, w) &&
           frex_org_tlower(c, w) && c->tok[w].cls == FREX_TOK_WORD &&
           !frex_org_tis(c, w, ORG_W_QUI))
      w++;
    return w > k + 2 && appos_end(c, w) ? w : 0;
  }
  if (frex_org_key_in(c, k, seated) && frex_org_key_in(c, k + 1, in))
    o = k + 2; /* installée à Brest */
  else if (frex_org_tis(c, k, ORG_W_EN) || frex_org_tis(c, k, ORG_W_AU))
    o = k + 1; /* de draps en France */
  else
    return 0;
  /* dans la Manche, à l'Isle-d'Abeau */
  if (o < c->n && frex_org_joined(c, o) &&
      (frex_org_tis(c, o, ORG_W_LA) || frex_org_tis(c, o, ORG_W_L) ||
       frex_org_tis(c, o, ORG_W_LE)) && frex_org_tlower(c, o))
    o++;
  size_t w = o;
  while (w < c->n && w < o + 6 && frex_org_joined(c, w) &&
         (frex_org_tcap(c, w) || frex_org_text_is(c, w, "-")))
    w++;
  return w > o && !frex_org_text_is(c, w - 1, "-") && appos_end(c, w) ? w
                                                                     : 0;
}

/* The chain of an apposition whose cue noun is at P (le fabricant de
 * pneus, le numéro un mondial du luxe), read forwards to where an
 * apposition may end: that end, or 0. */
static size_t appos_chain(const org_ctx *c, size_t p, cue_chain *ch) {
  *ch = (cue_chain){p, 0, 0, 0, false, false, false, false, false, false, false, false};
  size_t k = p + 1;
  for (int steps = 0; steps <= CHAIN_MAX && !appos_end(c, k); steps++) {
    /* le numéro deux mondial: the rank after numéro */
    if (k == p + 1 && frex_org_tis(c, p, ORG_W_NUMERO) &&
        frex_org_in(c, k, L_CUE_MOD) && frex_org_tlower(c, k)) {
      k++;
      continue;
    }
    size_t e = appos_where(c, k);
    if (e) {
      k = e;
      break;
    }
    if (chain_adj(c, k) || frex_org_in(c, k, L_APPOS_CUE | L_CUE_MOD)) {
      chain_note(c, k, ch);
      ch->mods++;
      k++;
      continue;
    }
    /* le numéro un mondial: un, deux after numéro */
    if (c->tok[k].cls == FREX_TOK_NUM) {
      k++;
      continue;
    }
    /* une PME de 80 salariés, une entreprise de plus de 1 200 employés:
     * its staff counted */
    static const char *const about[] = {"plus", "pres", "environ",
                                        "quelque", NULL};
    size_t nb = k + 1; /* de plus de 1 200 salariés */
    if (frex_org_tis(c, k, ORG_W_DE) && nb + 2 < c->n &&
        frex_org_joined(c, nb) && frex_org_key_in(c, nb, about)) {
      nb++;
      if (frex_org_tis(c, nb, ORG_W_DE) && frex_org_joined(c, nb))
        nb++;
    }
    if (frex_org_tis(c, k, ORG_W_DE) && nb + 1 < c->n &&
        frex_org_joined(c, nb) && c->tok[nb].cls == FREX_TOK_NUM) {
      static const char *const staff[] = {"salaries", "employes",
                                          "collaborateurs", "personnes",
                                          NULL};
      size_t w = nb;
      while (w < c->n && w < nb + 3 && frex_org_joined(c, w) &&
             c->tok[w].cls == FREX_TOK_NUM)
        w++;
      if (w < c->n && frex_org_joined(c, w) &&
          frex_org_key_in(c, w, staff)) {
        ch->mods++, ch->complements++;
        k = w + 1;
        continue;
      }
      return 0;
    }
    size_t w = 0;
    /* des échangeurs pour chaudières, de logiciels pour les hôpitaux: the
     * purpose of a trade already named by its complement */
    if (ch->complements && frex_org_tis(c, k, ORG_W_POUR) && k + 2 < c->n &&
        frex_org_joined(c, k + 1)) {
      w = k + 1;
      if (frex_org_tis(c, w, ORG_W_LA) || frex_org_tis(c, w, ORG_W_LE) ||
          frex_org_tis(c, w, ORG_W_L) || frex_org_tis(c, w, ORG_W_LES))
        w++;
      if (w < c->n && frex_org_joined(c, w) && frex_org_tlower(c, w) &&
          c->tok[w].cls == FREX_TOK_WORD && !frex_org_function_word(c, w)) {
        k = w + 1;
        continue;
      }
      return 0;
    }
    if (frex_org_tis(c, k, ORG_W_DE) &&
        (frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_L)))
      w = k + 2;
    else if (frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D) ||
             frex_org_tis(c, k, ORG_W_DU) || frex_org_tis(c, k, ORG_W_DES) ||
             frex_org_tis(c, k, ORG_W_EN))
      w = k + 1;
    /* de la grande distribution: the noun after its adjective */
    if (w && w + 1 < c->n && frex_org_tis(c, k, ORG_W_DE) &&
        frex_org_joined(c, w) && frex_org_key_in(c, w, size_adj) &&
        frex_org_joined(c, w + 1) && frex_org_tlower(c, w + 1) &&
        !frex_org_function_word(c, w + 1))
      w++;
    if (w && w < c->n && frex_org_joined(c, w) && frex_org_tlower(c, w) &&
        !frex_org_function_word(c, w)) {
      chain_note(c, w, ch);
      ch->mods++, ch->complements++;
      k = w + 1;
      continue;
    }
    /* l'opérateur de Xavier Niel, le groupe de Vincent Bolloré: its
     * owner's or leader's name, one to three capitalised words, then the
     * apposition's end (no complement: le cabinet de Jean Dupont is no
     * firm's trade) */
    if ((frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D)) &&
        k + 1 < c->n) {
      size_t o = k + 1;
      while (o < c->n && o < k + 4 && frex_org_joined(c, o) &&
             c->tok[o].cls == FREX_TOK_WORD && frex_org_tcap(c, o) &&
             !frex_org_function_word(c, o))
        o++;
      if (o > k + 1 && appos_end(c, o)) {
        k = o;
        break;
      }
      /* un sous-traitant d'Airbus installé à Nantes: the owner or the
       * client, then where the firm stands */
      size_t where = o > k + 1 ? appos_where(c, o) : 0;
      if (where) {
        k = where;
        break;
      }
    }
    return 0; /* a verb, a name: X, le groupe a dit; X, le groupe Y */
  }
  return appos_end(c, k) ? k : 0;
}

/* The type of an apposition whose cue noun (word families L) has chain
 * CH. */
static frex_entity_type appos_decide(const org_ctx *c, uint32_t l,
                                     const cue_chain *ch) {
  if ((l & L_APPOS_CUE) && !(l & (L_COMPANY_CUE | L_AGENCY_CUE)))
    /* le numéro un mondial du luxe, not le numéro deux du parti */
    return ch->scope && !ch->negative ? FREX_ENT_COMPANY : 0;
  return chain_type(c, ch);
}

/* The apposition after the comma T1: "X, le fabricant de pneus,".  With
 * ONE (the cue rule), also without an article (X, spécialiste des
 * semi-conducteurs,) and after a trade of people (X, le spécialiste
 * des...): then *ONE says the name must be one word.  Without ONE
 * (evidence for an ambiguous name), only the article's form. */
static frex_entity_type appos_type(const org_ctx *c, size_t t1, bool *one) {
  /* Aéroports du Grand Ouest (AGO), filiale de Vinci: past the acronym
   * in brackets the name gives itself */
  if (t1 + 4 < c->n && frex_org_text_is(c, t1, "(") &&
      frex_org_joined(c, t1 + 1) && frex_org_acronym_like(c, t1 + 1) &&
      frex_org_joined(c, t1 + 2) && frex_org_text_is(c, t1 + 2, ")") &&
      frex_org_joined(c, t1 + 3))
    t1 += 3;
  /* Sermeta, à Morlaix, leader mondial des échangeurs: past the town
   * between commas (one to three capitalised words after à) */
  if (t1 + 3 < c->n && frex_org_tis(c, t1, ORG_W_COMMA) &&
      frex_org_joined(c, t1 + 1) && frex_org_tis(c, t1 + 1, ORG_W_A) &&
      frex_org_tlower(c, t1 + 1)) {
    size_t w = t1 + 2;
    while (w < c->n && w < t1 + 5 && frex_org_joined(c, w) &&
           c->tok[w].cls == FREX_TOK_WORD && frex_org_tcap(c, w) &&
           !frex_org_function_word(c, w))
      w++;
    if (w > t1 + 2 && w < c->n && frex_org_joined(c, w) &&
        frex_org_tis(c, w, ORG_W_COMMA))
      t1 = w;
  }
  if (t1 + 2 >= c->n || !frex_org_tis(c, t1, ORG_W_COMMA) ||
      !frex_org_joined(c, t1) || !frex_org_joined(c, t1 + 1))
    return 0;
  size_t p = t1 + 1;
  bool det = frex_org_in(c, p, L_DETERMINER);
  if (det && !frex_org_joined(c, ++p))
    return 0;
  /* X, (la) filiale de Y; X, filiale française de Y; X, la coentreprise
   * de Y et de Z: a company, whoever its parents (no person is a
   * subsidiary) */
  static const char *const filiale[] = {"filiale", "coentreprise",
                                        "co-entreprise", NULL};
  char f0 = frex_org_first(c, p);
  if ((f0 == 'f' || f0 == 'c') && frex_org_key_in(c, p, filiale) &&
      frex_org_joined(c, p + 1) &&
      (frex_org_tis(c, p + 1, ORG_W_DE) || frex_org_tis(c, p + 1, ORG_W_D) ||
       frex_org_tis(c, p + 1, ORG_W_DU) || frex_org_nationality(c, p + 1))) {
    if (one)
      *one = false;
    return FREX_ENT_COMPANY;
  }
  if (!det && !one)
    return 0;
  /* Kermené, fournisseur de Leclerc; Daher, sous-traitant d'Airbus: a
   * supplier of a named firm (capitalised after de), a one-word name (not
   * Jean Dupont, fournisseur de la cantine: a person, a lowercase
   * client) */
  static const char *const supplier[] = {"fournisseur", "sous-traitant",
                                         "equipementier", NULL};
  if (!det && one && (f0 == 'f' || f0 == 's' || f0 == 'e') &&
      frex_org_tlower(c, p) && frex_org_key_in(c, p, supplier) &&
      p + 2 < c->n && frex_org_joined(c, p + 1) &&
      (frex_org_tis(c, p + 1, ORG_W_DE) || frex_org_tis(c, p + 1, ORG_W_D)) &&
      frex_org_joined(c, p + 2) && frex_org_tcap(c, p + 2) &&
      c->tok[p + 2].cls == FREX_TOK_WORD && !frex_org_function_word(c, p + 2) &&
      !frex_org_town(c, p + 2)) {
    *one = true;
    return FREX_ENT_COMPANY;
  }
  /* X, basée à Quimper, X, spécialisée dans les drones, X, implantée en
   * Bretagne: a feminine participle of a firm's seat or trade (la
   * société, l'entreprise), before its complement; a one-word name */
  static const char *const seated[] = {"basee", "implantee", "installee",
                                       "specialisee", "domiciliee", NULL};
  static const char *const in[] = {"a", "dans", "en", "au", "aux", NULL};
  if (!det && one && frex_org_tlower(c, p) && frex_org_first(c, p) != 'x' &&
      c->tok[p].end - c->tok[p].start >= 6 &&
      memcmp(c->text + c->tok[p].end - 3, "\xc3\xa9" "e", 3) == 0 &&
      frex_org_key_in(c, p, seated) && frex_org_joined(c, p + 1) &&
      frex_org_key_in(c, p + 1, in)) {
    *one = true;
    return FREX_ENT_COMPANY;
  }
  /* X, l'un des derniers fabricants de draps: one of a trade's firms */
  static const char *const one_of[] = {"un", "une", NULL};
  /* not derniers: Morvan, l'un des derniers fabricants de sabots, is a
   * craftsman */
  static const char *const ranks[] = {"premiers", "premieres", "principaux",
                                      "principales", "grands", "grandes",
                                      NULL};
  bool one_of_many = false;
  if (det && frex_org_tis(c, t1 + 1, ORG_W_L) && p + 2 < c->n &&
      frex_org_key_in(c, p, one_of) && frex_org_joined(c, p + 1) &&
      frex_org_tis(c, p + 1, ORG_W_DES) && frex_org_joined(c, p + 2)) {
    one_of_many = true; /* a one-word name, no first name (the caller) */
    p += 2;
    if (p + 1 < c->n && frex_org_key_in(c, p, ranks) &&
        frex_org_joined(c, p + 1))
      p++;
  }
  if (frex_org_in(c, p, L_PRE_ADJ) && frex_org_joined(c, p + 1))
    p++;
  uint32_t l = frex_org_lists(c, p,
                              L_COMPANY_CUE | L_AGENCY_CUE | L_APPOS_CUE |
                                  L_CUE_NEEDS_DE | L_CUE_PERSON);
  /* X, le cabinet d'études, X, l'institut de sondage: nouns no person
   * is called, with the trade after them */
  static const char *const firms[] = {"cabinet", "institut", "prestataire",
                                      "fournisseur", NULL};
  bool firm = det && (l & L_CUE_NEEDS_DE) && frex_org_key_in(c, p, firms);
  if (!(frex_org_tlower(c, p) || acro_cue(c, p)) ||
      !(l & (L_COMPANY_CUE | L_AGENCY_CUE | L_APPOS_CUE)) ||
      ((l & L_CUE_NEEDS_DE) && !firm && (!one || !(l & L_CUE_PERSON))))
    return 0; /* l'éditeur de X, le producteur de X: a person, too; Vim,
                 éditeur de texte: a product.  Only the trades of people
                 (X, spécialiste des...) with a one-word name */
  cue_chain ch;
  if (!appos_chain(c, p, &ch) || (firm && !ch.complements))
    return 0;
  frex_entity_type t = appos_decide(c, l, &ch);
  if (t && one)
    *one = !det || one_of_many || (l & (L_CUE_NEEDS_DE | L_CUE_PERSON));
  return t;
}

frex_entity_type frex_org_appos_type(const org_ctx *c, size_t t1) {
  return appos_type(c, t1, NULL);
}

/* ------------------------------------------------------------- the rule */

/* The words a cue's name may start with: a name word, or a capitalised
 * article before one (le journal parodique Le Gorafi). */
static bool name_start(const org_ctx *c, size_t i) {
  if (c->tok[i].cls != FREX_TOK_WORD || c->tok[i].end - c->tok[i].start < 2)
    return false; /* le groupe B: a letter is not a name */
  /* le groupe LR, le premier groupe privé Ivoirien: a party, a
   * nationality */
  if (frex_org_in(c, i, L_NOT_NAME | L_NATION) && !frex_org_material_name(c, i))
    return false;
  /* le site de la caserne Foch, l'îlot Gambetta: a place's noun, after
   * its determiner, right before the name makes it the place's (not a
   * placé X en redressement: a verb) */
  if (i > c->first + 1 && frex_org_joined(c, i) && frex_org_tlower(c, i - 1) &&
      frex_org_in(c, i - 1, L_PLACE_NOUN) && frex_org_joined(c, i - 1) &&
      frex_org_in(c, i - 2, L_DETERMINER))
    return false;
  /* le plaquiste Cloisons de l'Ouest: a point of the compass after de l',
   * du is the end of a name, never one */
  if (i > c->first && frex_org_compass(c, i) &&
      (frex_org_tis(c, i - 1, ORG_W_L) || frex_org_tis(c, i - 1, ORG_W_DU)))
    return false;
  if (frex_org_name_word(c, i))
    return true;
  return frex_org_tcap(c, i) &&
         (frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
          frex_org_tis(c, i, ORG_W_LES) || frex_org_tis(c, i, ORG_W_L)) &&
         frex_org_joined(c, i + 1) && frex_org_name_word(c, i + 1) &&
         c->tok[i + 1].cls == FREX_TOK_WORD &&
         !frex_org_in(c, i + 1, L_NOT_NAME); /* les Républicains */
}

/* le, la, les, l': an article, which starts a title (racheté Le Parisien)
 * or a common noun phrase, not the bare name a cue's apposition gives */
static bool article_word(const org_ctx *c, size_t i) {
  return frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
         frex_org_tis(c, i, ORG_W_LES) || frex_org_tis(c, i, ORG_W_L);
}

/* A bare firm name starts at I: a name word, no article, and not a first
 * name (a person: "Sa société, Pierre Martin, ..." is an address) */
static bool bare_name_start(const org_ctx *c, size_t i) {
  return name_start(c, i) && !article_word(c, i) && !first_name(c, i);
}

/* The end of a cue's name starting at I: capitalised words and small
 * numbers (France 24, Studio 71), "&" between words (Procter & Gamble),
 * de/d' inside a name whose first word says so (Caisse d'Épargne); never
 * a counting number (PSA 3 usines), a lowercase word, a comma. */
static size_t name_end(const org_ctx *c, size_t i) {
  size_t k = i + 1;
  /* la société Charcuterie de la Vallée, l'entreprise Boulangerie Le
   * Floch: a craft's noun then its place (de la + a capital) or a
   * surname with its capitalised article */
  if (frex_org_tcap(c, i) && frex_org_joined(c, k) &&
      (frex_org_word_in(c, k, ORG_WBIT(DE) | ORG_WBIT(DU) | ORG_WBIT(DES) |
                                  ORG_WBIT(D)) != ORG_W_NONE ||
       frex_org_text_is(c, k, "Le") || frex_org_text_is(c, k, "La")) &&
      frex_org_works_noun(c, i)) { /* what follows first: a long list */
    size_t w = frex_org_works_name_end(c, i);
    if (w)
      return w;
    if (frex_org_joined(c, k) &&
        (frex_org_text_is(c, k, "Le") || frex_org_text_is(c, k, "La")) &&
        frex_org_joined(c, k + 1) && frex_org_tcap(c, k + 1) &&
        frex_org_name_word(c, k + 1) && !frex_org_function_word(c, k + 1))
      k += 2;
  }
  /* Caisse d'Épargne; La Voix du Nord, Le Journal du Dimanche */
  bool head = frex_org_in(c, i, L_NAME_HEAD) || frex_org_function_word(c, i);
  for (int words = 1; k < c->n && words < 5 && frex_org_joined(c, k);) {
    if (frex_org_name_word(c, k) && !frex_org_in(c, k, L_NOT_NAME) &&
        !frex_org_counting_number(c, k)) {
      k++, words++;
      continue;
    }
    /* Canal +: a plus sign ends a name */
    if (frex_org_text_is(c, k, "+")) {
      k++;
      break;
    }
    bool amp = frex_org_text_is(c, k, "&");
    /* Clayton, Dubilier & Rice: a comma inside a name whose last word
     * comes after "&" */
    if (frex_org_tis(c, k, ORG_W_COMMA) && k + 3 < c->n &&
        frex_org_text_is(c, k + 2, "&") && frex_org_joined(c, k + 1) &&
        frex_org_joined(c, k + 2) && frex_org_joined(c, k + 3) &&
        frex_org_name_word(c, k + 1) && frex_org_tcap(c, k + 1) &&
        frex_org_name_word(c, k + 3) && frex_org_tcap(c, k + 3) &&
        !frex_org_function_word(c, k + 1)) {
      k += 4, words += 2;
      continue;
    }
    /* des too after a name's head word or before the acronym in brackets
     * that names it: la Compagnie Générale des Eaux, Provençale de
     * Traitement des Déchets (PTD); not a brand, Caprice des Dieux */
    bool de = frex_org_tis(c, k, ORG_W_D) || frex_org_tis(c, k, ORG_W_DE) ||
              frex_org_tis(c, k, ORG_W_DU) ||
              (frex_org_tis(c, k, ORG_W_DES) &&
               (head || (k + 3 < c->n && frex_org_text_is(c, k + 2, "(") &&
                         frex_org_acronym_like(c, k + 3))));
    if ((amp || de) && frex_org_joined(c, k + 1) && frex_org_tcap(c, k + 1) &&
        !frex_org_function_word(c, k + 1) &&
        /* Raiffeisen de Bâle, Folha de S.Paulo: one word after de, not a
         * person's two (Renault de Carlos Ghosn) */
        (amp || head ||
         !(frex_org_joined(c, k + 2) && frex_org_tcap(c, k + 2)))) {
      k += 2, words++;
      continue;
    }
    break;
  }
  return k;
}

/* Could a comma follow a name starting at I (X, le fabricant de...)?
 * Judged by the first bytes of the tokens after it, with no key: most
 * capitalised words have a lowercase word after them. */
static bool comma_ahead(const org_ctx *c, size_t i) {
  for (size_t j = i + 1; j < c->n && j < i + 12; j++) {
    unsigned char b = (unsigned char)c->text[c->tok[j].start];
    /* a byte that ends the walk ends it joined or not: tested first */
    if (b != ',' && !(b >= 'A' && b <= 'Z') && !(b >= '0' && b <= '9') &&
        b < 0x80 && b != '&' && b != '+' && b != '(' && b != ')' &&
        b != 'd') /* d: de, d', du inside names; brackets: X (ACR), */
      return false;
    if (!frex_org_joined(c, j))
      return false;
    if (b == ',')
      return true;
  }
  return false;
}

/* The cue noun at P (éditeur) stands among the words of software, within
 * SOFTWARE_REACH bytes either side: a text editor, no publisher. */
#define SOFTWARE_REACH 400
static bool software_near(const org_ctx *c, size_t p) {
  /* without their first letter: Fichier, fichier */
  static const char *const words[] = {"ichier", "ogiciel", "rogramme",
                                      "ommande", "acro",   "lavier",
                                      "touche", "urseur",  "menu", NULL};
  return words_near(c, p, SOFTWARE_REACH, words);
}

/* The nationality as a noun at P names the owner or the buyer [I, K) of
 * several words: détenue par le suédois Grimaldi Industri, rachetés par
 * l'américain Zorg Brands; not a person (racheté par le français Vincent
 * Bolloré: a first name; battu par le serbe...: no such participle). */
static bool owned_by_nation(const org_ctx *c, size_t p, size_t i, size_t k) {
  if (k < i + 2 || frex_org_in(c, p, L_COMPANY_CUE | L_AGENCY_CUE) ||
      p < c->first + 3 || !frex_org_joined(c, p - 1) ||
      !frex_org_tis(c, p - 2, ORG_W_PAR) || !frex_org_joined(c, p - 2) ||
      first_name(c, i))
    return false;
  static const char *const owned[] = {
      "detenu",  "detenue",  "detenus",  "detenues",  "rachete",
      "rachetee", "rachetes", "rachetees", "acquis",  "acquise",
      "acquises", "controle", "controlee", "controles", "controlees",
      "possede", "possedee", "possedes", "possedees", "reprise",
      "repris",  NULL};
  return frex_org_key_in(c, p - 3, owned);
}

/* The cue noun at P names works (fonderie, sucrerie, verreries, filature,
 * manufacture): by its key's ending. */
static bool works_cue(const org_ctx *c, size_t p) {
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, p, &n, &h);
  if (n > 0 && k[n - 1] == 's')
    n--;
  return (n > 5 && memcmp(k + n - 4, "erie", 4) == 0) ||
         (n > 7 && memcmp(k + n - 7, "facture", 7) == 0) ||
         (n == 8 && memcmp(k, "filature", 8) == 0);
}

/* The cue noun at P is établissements or transports (a firm's works or
 * fleet, and schools, a minister's portfolio, public transport too). */
static bool fleet_cue(const org_ctx *c, size_t p) {
  static const char *const w[] = {"etablissements", "transports", NULL};
  unsigned char f = frex_org_first(c, p); /* 0 for é */
  return (f == 0 || f == 'e' || f == 't') && frex_org_key_in(c, p, w);
}

/* The name at I is a saint's (Saint-Joseph, Sainte-Marie, Notre-Dame):
 * a school's or a church's. */
static bool saint_name(const org_ctx *c, size_t i) {
  const char *x = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  return (n >= 5 && memcmp(x, "Saint", 5) == 0) ||
         (n >= 10 && memcmp(x, "Notre-Dame", 10) == 0);
}

static bool office_before(const org_ctx *c, size_t p);

/* The name at I after établissements or transports at P is no firm's: a
 * first name, a saint's or a person's joined name (Jean-Moulin,
 * Victor-Hugo: schools), an acronym (les transports TER: a service), a
 * place or a nation; or a minister's word is before the cue. */
static bool fleet_not_firm(const org_ctx *c, size_t p, size_t i) {
  const char *x = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  for (size_t b = 1; b + 1 < n; b++)
    if (x[b] == '-' && x[b + 1] >= 'A' && x[b + 1] <= 'Z')
      return true;
  return first_name(c, i) || frex_org_acronym_like(c, i) ||
         frex_org_town(c, i) || frex_org_in(c, i, L_NATION) ||
         saint_name(c, i) || office_before(c, p);
}

/* A minister's or an authority's word within three tokens before the cue
 * at P (la ministre des transports, l'autorité organisatrice des
 * transports). */
static bool office_before(const org_ctx *c, size_t p) {
  static const char *const office[] = {
      "ministre", "ministres", "ministere", "secretaire", "secretariat",
      "charge",   "chargee",   "delegue",   "deleguee",   "autorite",
      "regie",    "organisatrice", "adjoint", "adjointe", "vice-president",
      "vice-presidente", NULL};
  for (size_t q = p; q > c->first && p - q < 3; q--)
    if (frex_org_key_in(c, q - 1, office))
      return true;
  return false;
}

/* The cue noun at P is spécialiste (a trade of people and of firms). */
static bool specialist_cue(const org_ctx *c, size_t p) {
  static const char *const w[] = {"specialiste", NULL};
  return frex_org_first(c, p) == 's' && frex_org_key_in(c, p, w);
}

/* Token P opens a quote: «, ", “. */
static bool open_quote(const org_ctx *c, size_t p) {
  return frex_org_text_is(c, p, "\xc2\xab") || frex_org_text_is(c, p, "\"") ||
         frex_org_text_is(c, p, "\xe2\x80\x9c");
}

/* The closing quote of a quoted name starting at I, within six tokens of
 * one sentence, its last word capitalised (« Les Délices d'Armor »); or
 * 0.  Other punctuation than an apostrophe, a hyphen or "&" ends the
 * search. */
static size_t quote_close(const org_ctx *c, size_t i) {
  for (size_t k = i + 1; k < c->n && k <= i + 6 && frex_org_joined(c, k);
       k++) {
    if (frex_org_text_is(c, k, "\xc2\xbb") || frex_org_text_is(c, k, "\"") ||
        frex_org_text_is(c, k, "\xe2\x80\x9d"))
      return frex_org_name_word(c, k - 1) ? k : 0;
    if (c->tok[k].cls == FREX_TOK_PUNCT && !frex_org_text_is(c, k, "'") &&
        !frex_org_text_is(c, k, "-") && !frex_org_text_is(c, k, "&"))
      return 0;
  }
  return 0;
}

/* Token I has a capital inside a word of letters, past the first four
 * bytes (ChannelAdvisor, CommerceHub, OpenAI): a brand's spelling, which
 * a person's name has only after a short prefix (McGregor, MacArthur,
 * DeChambeau, DiCaprio, LeBron). */
static bool inner_capital(const org_ctx *c, size_t i) {
  const char *t = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  for (size_t k = 4; k + 1 < n; k++)
    if (t[k] >= 'A' && t[k] <= 'Z' && t[k - 1] >= 'a' && t[k - 1] <= 'z')
      return true;
  return false;
}

/* The name I..K joins two capitalised words with "&" (le cabinet Alvarez
 * & Marsal, le cabinet Ernst & Young): partners' names, a firm's
 * spelling (the caller leaves out a first name first: le cabinet Jean &
 * Marie). */
static bool ampersand_name(const org_ctx *c, size_t i, size_t k) {
  for (size_t j = i + 1; j + 1 < k; j++)
    if (frex_org_text_is(c, j, "&") && frex_org_tcap(c, j - 1) &&
        frex_org_tcap(c, j + 1))
      return true;
  return false;
}

/* Token I has a capital or a digit past its first letter (OpenAI, SAP,
 * DeepSeek, 3M): a brand's spelling, no person's name (Zverev). */
static bool brand_case(const org_ctx *c, size_t i) {
  const char *t = c->text + c->tok[i].start;
  size_t n = c->tok[i].end - c->tok[i].start;
  for (size_t k = 1; k < n; k++)
    if ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= '0' && t[k] <= '9'))
      return true;
  return false;
}

/* la société 2CRSI, le groupe 1000mercis, la start-up 360Learning: a
 * token of digits then letters is a brand's spelling after a cue, unless
 * its letters are an ordinal's or a unit's (2e, 3ème, 20km, 5MW, 4G). */
static bool digit_brand(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  const char *x = c->text + t->start;
  size_t n = t->end - t->start, d = 0;
  if (t->cls != FREX_TOK_NUM || n < 2 || n > 24)
    return false;
  while (d < n && x[d] >= '0' && x[d] <= '9')
    d++;
  if (d == 0 || d == n || d > 4)
    return false;
  bool upper = false;
  for (size_t k = d; k < n; k++) {
    unsigned char b = (unsigned char)x[k];
    if (b >= 'A' && b <= 'Z')
      upper = true;
    else if (!(b >= 'a' && b <= 'z') && !(b >= '0' && b <= '9'))
      return false; /* 10h30, 3,5, 20-25 */
  }
  char low[8];
  size_t ln = n - d;
  if (ln < sizeof low) {
    for (size_t k = 0; k < ln; k++)
      low[k] = (char)(x[d + k] | 0x20);
    low[ln] = '\0';
    static const char *const units[] = {
        "e",   "er",  "re",  "eme", "nd",  "nde", "km",  "kg",  "ha",  "mw",
        "gw",  "kw",  "kwh", "mwh", "gwh", "twh", "h",   "min", "mn",  "m",
        "cm",  "mm",  "md",  "mds", "mrd", "k",   "g",   "t",   "l",   "cl",
        "ml",  "s",   "an",  "ans", "ko",  "mo",  "go",  "to",  "hz",  "ghz",
        "mhz", "v",   "kv",  "w",   "px",  "d",   "x",   "j",   "bn",  "mn",
        "ct",  "pc",  "hp",  "cv",  "ch",  "mb",  "gb",  "tb",  "kb",  "mbps",
        "fps", "p",   "i",   "th",  "st",  "rd",  NULL};
    for (const char *const *u = units; *u; u++)
      if (strcmp(low, *u) == 0)
        return false;
  }
  /* 3F, 6Wind, 2CRSI: a capital; 1000mercis: a word of letters */
  return upper || ln >= 4;
}

/* 1001 (Vins), 1000 (Bornes): four digits that are no year (1800 to
 * 2099) nor a code (0020, a file mode) at I. */
static bool name_number(const org_ctx *c, size_t i) {
  const char *x = c->text + c->tok[i].start;
  if (c->tok[i].end - c->tok[i].start != 4 || x[0] == '0')
    return false;
  for (int k = 0; k < 4; k++)
    if (x[k] < '0' || x[k] > '9')
      return false;
  return !((x[0] == '1' && (x[1] == '8' || x[1] == '9')) ||
           (x[0] == '2' && x[1] == '0'));
}

/* Does the name [I, K) of two or three words, the first no first name,
 * end in a company's word (le finlandais Silo AI, le suédois Zorg
 * Technologies; not le slovaque Richard Varga)? */
static bool company_tail(const org_ctx *c, size_t i, size_t k) {
  if (k < i + 2 || k > i + 3 || first_name(c, i) || !frex_org_tcap(c, k - 1))
    return false;
  /* Industrie after a cue only (le chaudronnier Lorraine Tubes Industrie):
   * alone it ends a lobby's name too (France Industrie) */
  return frex_org_in(c, k - 1, L_DESIGNATOR) ||
         frex_org_text_is(c, k - 1, "AI") ||
         frex_org_text_is(c, k - 1, "Industrie");
}

/* Is the name I..K a plural noun and its complement (Jardins d'Armor,
 * Toitures de l'Odet, Bétons du Léon)?  A firm named by its products and
 * its land; a person's name starts with no plural noun (Jean d'Ormesson:
 * a first name). */
static bool plural_head_name(const org_ctx *c, size_t i, size_t k) {
  if (k < i + 3 || k > i + 5 || first_name(c, i) || !frex_org_tcap(c, i) ||
      !(frex_org_tis(c, i + 1, ORG_W_DE) || frex_org_tis(c, i + 1, ORG_W_D) ||
        frex_org_tis(c, i + 1, ORG_W_DU) || frex_org_tis(c, i + 1, ORG_W_DES)))
    return false;
  size_t n = c->tok[i].end - c->tok[i].start;
  const char *w = c->text + c->tok[i].start;
  return n >= 5 && (w[n - 1] == 's' || w[n - 1] == 'x') && w[n - 2] != 's' &&
         w[n - 2] != 'u';
}

/* Is a word of the chain between the cue P and the name I a nationality
 * or a place's adjective by its ending (nantais, lyonnaise, grenoblois,
 * parisien, américain)?  A trade placed somewhere is a firm's (l'éditeur
 * nantais Lengow), where the bare noun may name a program (l'éditeur Vi). */
static bool placed_chain(const org_ctx *c, size_t p, size_t i) {
  static const char *const ends[] = {"ais", "aise", "ois", "oise", "ien",
                                     "ienne", "ain", "aine"};
  for (size_t q = p + 1; q < i; q++) {
    if (!frex_org_tlower(c, q))
      continue;
    if (frex_org_in(c, q, L_NATION))
      return true;
    const char *w = c->text + c->tok[q].start;
    size_t n = c->tok[q].end - c->tok[q].start;
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
      size_t m = strlen(ends[e]);
      if (n >= m + 3 && !memcmp(w + n - m, ends[e], m))
        return true;
    }
  }
  return false;
}

bool frex_org_rule_cue(const org_ctx *c, size_t i, bool cue_near, org_span *s) {
  cue_chain ch;
  /* la PME X, la PME vendéenne X: a cue in capitals is no hint of the
   * scan's (cue_near), so it is looked for one or two tokens back */
  bool chain = (cue_near || acro_cue(c, i - 1) ||
                (i > c->first + 1 && frex_org_tlower(c, i - 1) &&
                 acro_cue(c, i - 2))) &&
               chain_before(c, i, &ch);
  /* le voyagiste 123 Soleil, le groupe 3 Suisses, la société 1001 Vins:
   * a number of one to four digits (no year) right after the cue starts
   * the name */
  size_t i0 = i;
  if (!chain && cue_near && i > c->first + 2 &&
      c->tok[i - 1].cls == FREX_TOK_NUM &&
      (c->tok[i - 1].end - c->tok[i - 1].start <= 3 ||
       name_number(c, i - 1)) &&
      frex_org_joined(c, i) &&
      frex_org_tcap(c, i) && chain_before(c, i - 1, &ch)) {
    chain = true;
    i0 = i - 1;
  }
  /* la société « Les Délices d'Armor », l'entreprise "Zorg": a name in
   * quotes after its cue runs to the closing quote */
  bool quoted = false;
  if (!chain && cue_near && i > c->first + 2 && open_quote(c, i - 1) &&
      frex_org_tcap(c, i) && chain_before(c, i - 1, &ch))
    chain = quoted = true;
  if (!chain && !comma_ahead(c, i))
    return false; /* the common case, at once */
  /* le sous-traitant MA France: capitals that spell a function word (ma,
   * on, se) start a name after a cue, before another name word */
  /* le groupe 3 Suisses: after its number, a capitalised nationality is
   * the name's word, not the cue's adjective */
  bool digit_nation = i0 != i && frex_org_tcap(c, i) &&
                      c->tok[i].cls == FREX_TOK_WORD &&
                      frex_org_in(c, i, L_NATION) &&
                      !frex_org_in(c, i, L_NOT_NAME) &&
                      /* le groupe 2 Allemands et 3 Français: people */
                      !(frex_org_joined(c, i + 1) &&
                        (frex_org_tis(c, i + 1, ORG_W_ET) ||
                         frex_org_tis(c, i + 1, ORG_W_COMMA)) &&
                        i + 2 < c->n && c->tok[i + 2].cls == FREX_TOK_NUM);
  bool digits = chain && digit_brand(c, i);
  if (!name_start(c, i) && !digit_nation && !digits &&
      !(chain && frex_org_acronym_like(c, i) && frex_org_function_word(c, i) &&
        !frex_org_in(c, i, L_NOT_NAME) && frex_org_joined(c, i + 1) &&
        frex_org_name_word(c, i + 1)))
    return false;
  frex_entity_type t = chain ? chain_type(c, &ch) : 0;
  size_t k = quoted ? quote_close(c, i) : name_end(c, i);
  if (!k)
    return false;
  /* le groupe « Les Zorgs »: a band's name is quoted more often than a
   * firm's; a bare groupe takes none (le groupe industriel « X » does) */
  if (quoted && !ch.mods &&
      frex_org_word_in(c, ch.cue, ORG_WBIT(GROUPE) | ORG_WBIT(GROUPES)))
    return false;
  /* le réseau local « LAN », la chaîne « NO NAME » (a string): a gloss
   * or a value in quotes; only the plain nouns of firms and titles (la
   * société, l'entreprise, la start-up, le quotidien) quote a name */
  static const char *const quoting[] = {
      "societe",   "societes",     "entreprise", "entreprises", "start-up",
      "startup",   "firme",        "compagnie",  "enseigne",    "groupe",
      "fabricant", "constructeur", "laboratoire", "banque",     "assureur",
      "voyagiste", "transporteur", "distributeur", "quotidien", "hebdomadaire",
      "magazine",  NULL};
  if (quoted && !frex_org_key_in(c, ch.cue, quoting))
    return false;
  /* du groupe Hervé de La Martinière, l'équipe Jan van Dijk: a one-word
   * name before a person's particle and a capitalised name (de, d' with a
   * capitalised article: not le constructeur X de Carlos Ghosn) */
  if (k == i + 1 && k + 1 < c->n && frex_org_joined(c, k) &&
      frex_org_joined(c, k + 1) && frex_org_tlower(c, k) &&
      frex_org_in(c, k, L_PARTICLE) && frex_org_tcap(c, k + 1) &&
      (!(frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D) ||
         frex_org_tis(c, k, ORG_W_DU)) ||
       ((frex_org_tis(c, k + 1, ORG_W_LA) || frex_org_tis(c, k + 1, ORG_W_LE) ||
         frex_org_tis(c, k + 1, ORG_W_LES)) &&
        frex_org_joined(c, k + 2) && frex_org_tcap(c, k + 2))))
    return false;
  /* le cabinet FHB, le cabinet PwC, l'institut CSA: a cue noun that needs
   * its trade names a firm before one token in a brand's spelling; not
   * before a complement (le cabinet ORL du docteur X) */
  if (chain && !t && !ch.mods &&
      frex_org_in(c, ch.cue, L_CUE_NEEDS_DE) && needs_de_by_brand(c, ch.cue) &&
      ((k == i + 1 && (frex_org_acronym_like(c, i) || brand_case(c, i))) ||
       (ampersand_name(c, i, k) && !first_name(c, i))) &&
      !(k < c->n && frex_org_joined(c, k) &&
        (frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D) ||
         frex_org_tis(c, k, ORG_W_DU))))
    t = FREX_ENT_COMPANY;
  /* son concurrent ChannelAdvisor, leur partenaire CommerceHub: a
   * possessive rival's cue before one word with a brand's inner capital
   * names a firm with no business words near (chain_type asks for them:
   * son rival Nadal) */
  if (chain && !t && !ch.mods && !ch.negative && k == i + 1 &&
      rival_cue(c, ch.cue) && possessive_rival(c, ch.cue) &&
      inner_capital(c, i))
    t = FREX_ENT_COMPANY;
  /* le producteur belge Electrabel, not le producteur américain Harvey
   * Weinstein: a cue that needs its trade, read with a nationality or an
   * industry's adjective only, takes no first name */
  if (t && !ch.complements && frex_org_in(c, ch.cue, L_CUE_NEEDS_DE) &&
      first_name(c, i))
    return false;
  /* le slovaque Richard Varga: a nationality as a noun names a company of
   * one word, a person of two; so does a trade of people as well as of
   * companies (le joaillier Zorg, le joaillier Jean Dupont).  A specialist
   * of a trade may have a name of two or three words when the first is no
   * first name (le spécialiste des biscuits St Michel; not le spécialiste
   * du climat Jean Jouzel) */
  if (t &&
      (!frex_org_in(c, ch.cue, L_COMPANY_CUE | L_AGENCY_CUE) ||
       frex_org_in(c, ch.cue, L_CUE_PERSON)) &&
      (k != i + 1 || !frex_org_name_word(c, i)) &&
      !owned_by_nation(c, ch.cue, i, k) && !company_tail(c, i, k) &&
      !(frex_org_in(c, ch.cue, L_CUE_PERSON) && plural_head_name(c, i, k)) &&
      !(ch.complements && k <= i + 3 && frex_org_name_word(c, i) &&
        !first_name(c, i) && specialist_cue(c, ch.cue)))
    return false;
  /* le fonds Territoires d'industrie, le programme Villes de demain: a
   * capitalised word before de and a lowercase noun starts a phrase (a
   * programme's title), not a firm's name ending there */
  if (t && k == i + 1 && k + 1 < c->n &&
      (frex_org_tis(c, k, ORG_W_DE) || frex_org_tis(c, k, ORG_W_D)) &&
      frex_org_joined(c, k) && frex_org_joined(c, k + 1) &&
      frex_org_tlower(c, k + 1) && !frex_org_function_word(c, k + 1) &&
      c->tok[k + 1].cls != FREX_TOK_NUM)
    return false;
  /* le plombier Jean Le Roux, le joaillier Jean-Yves: a trade of people
   * before a first name names a person, whatever follows it */
  if (t && frex_org_in(c, ch.cue, L_CUE_PERSON) && first_name(c, i))
    return false;
  /* la sucrerie Cristanor de Bourdon: a works' name ends before its
   * town */
  if (t && k > i + 2 && works_cue(c, ch.cue))
    for (size_t j = i + 1; j + 1 < k; j++)
      if (frex_org_tis(c, j, ORG_W_DE) || frex_org_tis(c, j, ORG_W_D) ||
          frex_org_tis(c, j, ORG_W_DU)) {
        k = j;
        break;
      }
  /* l'éditeur Plaion, not l'éditeur Jean Dupont nor l'éditeur Pierre:
   * without its trade (de jeux vidéo), one word, no first name... */
  if (t && !ch.complements && frex_org_tis(c, ch.cue, ORG_W_EDITEUR) &&
      (k != i + 1 || first_name(c, i) ||
       (!frex_org_acts(c, i, k) && !placed_chain(c, ch.cue, i)) ||
       software_near(c, ch.cue)))
    return false; /* ...and doing business (l'éditeur Plaion renforce sa
                     présence), not l'éditeur Vi, l'éditeur Basic propose
                     des fonctions: a program */
  /* son concurrent allemand Aleph Alpha, le rival américain OpenAI; not
   * son rival espagnol Nadal nor Rafael Nadal: no first name, and one
   * word only in a brand's spelling */
  if (t && rival_cue(c, ch.cue) &&
      (first_name(c, i) ||
       (k == i + 1 && !brand_case(c, i) &&
        !((business_rival(c, ch.cue) ||
           (ch.nations && business_rival_det(c, ch.cue))) &&
          !frex_org_named_person(c, i)))))
    return false;
  /* les fournisseurs de tronc SIP: a plural made from a trade names a
   * list (les équipementiers X et Y), not one name; but works are named
   * in the plural (les fromageries Guilloteau, les Verreries Kertel) */
  if (t && (frex_org_news(c, ch.cue) & N_PLURAL_MADE) && !works_cue(c, ch.cue) &&
      !(k + 1 < c->n && frex_org_joined(c, k) && frex_org_joined(c, k + 1) &&
        (frex_org_tis(c, k, ORG_W_COMMA) || frex_org_tis(c, k, ORG_W_ET)) &&
        frex_org_tcap(c, k + 1)))
    return false;
  /* les établissements Jean-Moulin, Saint-Joseph (schools), la ministre
   * des transports Élisabeth Borne, les transports TER (a service): no
   * first name, saint, acronym or place after établissements, transports */
  if (t && fleet_cue(c, ch.cue) && fleet_not_firm(c, ch.cue, i))
    return false;
  /* les grossistes Pierre et Paul Martin: a plural trade of people
   * lists no first name */
  if (t && (frex_org_news(c, ch.cue) & N_PLURAL_MADE) &&
      frex_org_in(c, ch.cue, L_CUE_PERSON) &&
      (first_name(c, i) || first_name(c, k + 1)))
    return false;
  if (!t) {
    if (!frex_org_tis(c, k, ORG_W_COMMA) && !frex_org_text_is(c, k, "("))
      return false; /* the common case, at once (a bracket: X (ACR), ...) */
    /* an apposition names what stands before it: at a sentence start, or
     * after anything but a place's or a person's preposition (à Paris, la
     * société...; le fils de X, le patron de...) */
    if (frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
        frex_org_tis(c, i, ORG_W_LES) || frex_org_tis(c, i, ORG_W_L) ||
        frex_org_legal_form(c, i))
      return false; /* Red Hat, Inc., filiale d'IBM: Inc. is no name */
    if (i > c->first && frex_org_joined(c, i) &&
        (frex_org_in(c, i - 1, L_PLACE_PREP | L_TITLE) ||
         frex_org_tis(c, i - 1, ORG_W_DE) || frex_org_tis(c, i - 1, ORG_W_D) ||
         frex_org_tis(c, i - 1, ORG_W_DU) ||
         frex_org_tis(c, i - 1, ORG_W_DES) ||
         frex_org_tis(c, i - 1, ORG_W_AU) ||
         frex_org_tis(c, i - 1, ORG_W_AUX) || frex_org_person_before(c, i)))
      return false;
    bool one = false;
    t = appos_type(c, k, &one);
    if (!t || (one && (k != i + 1 || first_name(c, i))))
      return false; /* Marie, basée à Londres: a person */
  }
  *s = (org_span){i0, k, t, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------------------------- evidence */

static int business_before(const org_ctx *c, size_t i);

static bool first_name(const org_ctx *c, size_t i);
static bool deal_around(const org_ctx *c, size_t i);
static bool merge_subject(const org_ctx *c, size_t i, size_t *end);

/* The token before I may be a deal's link word (par, à, et, entre, avec,
 * de, d', d’): by its first byte and length, inline, before deal_around's
 * call; most tokens before a capitalised word are none. */
static inline bool deal_link_maybe(const org_ctx *c, size_t i) {
  if (i <= c->first)
    return false;
  const frex_token *t = &c->tok[i - 1];
  size_t n = t->end - t->start;
  switch ((unsigned char)c->text[t->start]) {
  case 'p':
    return n == 3;
  case 0xc3:
    return n == 2;
  case 'e':
    return n == 2 || n == 5;
  case 'a':
    return n == 4;
  case 'd':
    return n == 2 || n == 4;
  default:
    return false;
  }
}

bool frex_org_cue_before(const org_ctx *c, size_t i) {
  /* racheté par Tiffany, le PDG de Casino, la reprise de Camaïeu par X:
   * evidence too */
  if (frex_org_cue_type(c, i) || business_before(c, i) ||
      (deal_link_maybe(c, i) && deal_around(c, i)))
    return true;
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  /* les magasins Casino, 40 hypermarchés Cora: a chain's shops */
  static const char *const shops[] = {
      "magasins", "magasin", "hypermarches", "hypermarche", "supermarches",
      "supermarche", "boutiques", "boutique", NULL};
  if (frex_org_tlower(c, i - 1) && frex_org_key_in(c, i - 1, shops))
    return true;
  size_t p = i - 1;
  if (frex_org_in(c, p, L_DETERMINER) && p > c->first && frex_org_joined(c, p))
    p--;
  /* croit savoir le X, a relevé jeudi le X: a verb of saying, a day */
  if (frex_org_in(c, p, L_WEAK_CUE))
    return true;
  /* interrogé par X, au micro de X, sur le plateau d'X: a medium */
  if (p <= c->first || !frex_org_joined(c, p))
    return false;
  /* interrogé par Augustin: a person (first names: not after par) */
  if (frex_org_tis(c, p, ORG_W_PAR))
    return (frex_org_news(c, p - 1) & N_ASKED) && !first_name(c, i);
  /* au micro de X; les clients de Free, la filiale de Legrand; les
   * salariés de Vinci, le directeur général d'Orange (org_news.c) */
  if (frex_org_tis(c, p, ORG_W_DE) || frex_org_tis(c, p, ORG_W_D))
    return (frex_org_news(c, p - 1) & (N_ON_AIR | N_CLIENT)) ||
           (p + 1 == i && frex_org_news_before_de(c, i));
  /* les Éditions Gallimard: a name's capitalised trade */
  if (p + 1 == i && frex_org_tcap(c, p) && (frex_org_news(c, p) & N_NAME_PREFIX))
    return true;
  /* le titre Wendel progresse, l'usine Legrand de Limoges */
  org_span s;
  return frex_org_rule_news(c, i, &s);
}

bool frex_org_person_before(const org_ctx *c, size_t i) {
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  if (frex_org_in(c, i - 1, L_TITLE))
    return true; /* M. Renault, Mme Peugeot, la rue Renault */
  /* Rob Ford, Madison Hubbell: a capitalised word that is not a function
   * word right before (a first name); not a name's head (les Laboratoires
   * Servier, la Maison Zorg) */
  return frex_org_tcap(c, i - 1) && !frex_org_function_word(c, i - 1) &&
         !frex_org_in(c, i - 1, L_NAME_HEAD);
}

/* ------------------------------------------------------ business verbs */

/* A name that the business around it makes a company's, without a cue
 * noun: le PDG de X, les actionnaires de X, le rachat de X, racheté par
 * X, a racheté X, X rachète Y.  A person is named by two words (racheté
 * par Xavier Niel) and a person can be bought only in sport, so after the
 * verb and the purchase the name is one word; a PDG's or a shareholder's
 * company may have more (le PDG de Zorg Technologies). */
/* The words before token I are such business (see rule_business): 0 when
 * not, 1 when the name after them must be one word, 2 when it may be
 * longer. */
static int business_before(const org_ctx *c, size_t i) {
  if (i < c->first + 2)
    return 0;
  /* by the bytes first, with no key: most words before a name are none of
   * de, d', par or a form of racheter (6 to 10 bytes: rachat, rachetées) */
  size_t p = i - 1;
  const char *t = c->text + c->tok[p].start;
  size_t n = c->tok[p].end - c->tok[p].start;
  bool link = (n == 2 && t[0] == 'd' && (t[1] == 'e' || t[1] == '\'')) ||
              (n == 4 && memcmp(t, "d\xe2\x80\x99", 4) == 0) ||
              (n == 3 && memcmp(t, "par", 3) == 0);
  size_t v = link ? p - 1 : p; /* the business word */
  const char *u = c->text + c->tok[v].start;
  size_t m = c->tok[v].end - c->tok[v].start;
  unsigned char f = (unsigned char)u[0] | 0x20;
  /* pdg (3 bytes), actionnaire(s) (11, 12), rachat, racheté... (6-10) */
  if (!(f == 'r' && m >= 6 && m <= 10) &&
      !(link && ((f == 'p' && m == 3) || (f == 'a' && (m == 11 || m == 12)))))
    return 0;
  if (!frex_org_joined(c, i) || (link && !frex_org_joined(c, p)))
    return 0;
  const uint64_t bought = ORG_WBIT(RACHETE) | ORG_WBIT(RACHETEE) |
                          ORG_WBIT(RACHETES) | ORG_WBIT(RACHETEES) |
                          ORG_WBIT(RACHETER) | ORG_WBIT(RACHETENT);
  if (!link)
    return frex_org_word_in(c, v, bought) ? 1 : 0;
  /* racheté par X, le rachat par X; le PDG, les actionnaires, le rachat
   * de X (not racheté de) */
  org_word w = frex_org_word_in(
      c, v,
      t[0] == 'p' ? bought | ORG_WBIT(RACHAT)
                  : ORG_WBIT(PDG) | ORG_WBIT(ACTIONNAIRE) |
                        ORG_WBIT(ACTIONNAIRES) | ORG_WBIT(RACHAT));
  if (!w)
    return 0;
  bool one = w != ORG_W_PDG && w != ORG_W_ACTIONNAIRE &&
             w != ORG_W_ACTIONNAIRES;
  return one ? 1 : 2;
}

/* ------------------------------------------------------ finance words */

/* First names (src/org_first_names.def, generated by scripts/build_dict.py
 * from hunspell-fr's lexicon): keys sorted byte-wise, looked up by hash
 * (org_words.c builds the table). */
#define FIRST(key) key,
const char *const frex_org_first_names[] = {
#include "org_first_names.def"
    NULL};
#undef FIRST

static int key_cmp(const void *k, const void *e) {
  return strcmp((const char *)k, *(const char *const *)e);
}

/* Places (src/org_towns.def, generated by scripts/build_dict.py from
 * hunspell-fr's lexicon): keys sorted byte-wise. */
#define TOWN(key) key,
static const char *const towns[] = {
#include "org_towns.def"
};
#undef TOWN

/* Token I is a one-word place: a large town, a capital or a country of
 * the NEWS TOWN lines, or a place of hunspell-fr's lexicon (les salariés
 * de Florange, le site de Gardanne). */
bool frex_org_town(const org_ctx *c, size_t i) {
  if (frex_org_news_at(c, i) & N_TOWN)
    return true;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  char z[FREX_KEY_MAX + 1];
  if (!n || n > FREX_KEY_MAX || !frex_org_tcap(c, i))
    return false;
  memcpy(z, k, n);
  z[n] = '\0';
  return bsearch(z, towns, sizeof towns / sizeof *towns, sizeof *towns,
                 key_cmp) != NULL;
}

/* Token I is a place, or a compound whose first part before a hyphen is
 * one (Lannion-Trégor: Lannion and its land; Saint-Brieuc is a town
 * whole). */
bool frex_org_town_first(const org_ctx *c, size_t i) {
  if (frex_org_town(c, i))
    return true;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  const char *dash = n ? memchr(k, '-', n) : NULL;
  char z[FREX_KEY_MAX + 1];
  if (!dash || dash == k || !frex_org_tcap(c, i))
    return false;
  n = (size_t)(dash - k);
  memcpy(z, k, n);
  z[n] = '\0';
  return bsearch(z, towns, sizeof towns / sizeof *towns, sizeof *towns,
                 key_cmp) != NULL;
}

/* Token I's key is a first name (Xavier, Jean-Pierre, Elon). */
bool frex_org_first_name(const org_ctx *c, size_t i) { return first_name(c, i); }

static bool first_name(const org_ctx *c, size_t i) {
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  return n && n <= FREX_KEY_MAX && frex_org_words_first_name(c->w, k, n, h);
}

/* The words of money put into a company, before the link word that comes
 * before its name (see finance_before). */
static const char *const invest_words[] = {
    "investi",       "investie",        "investis",       "investit",
    "investir",      "investissent",    "investissement", "investissements",
    "investira",     "investiront",     "reinvesti",      "reinvestir",
    "participation", "participations",  NULL};
static const char *const fund_words[] = { /* a round of funding */
    "lever",  "leve",    "levee",    "levees", "levent", "levera", "leveront",
    "levait", "levant",  "fonds",    "financement",    "financements",
    "tour",   "emprunt", "emprunte", "empruntes",      "serie", "ronde",
    NULL};
static const char *const led_words[] = {"mene", "menee", "menes", "menees",
                                        "conduit", "conduite", NULL};
static const char *const bought_by[] = { /* acquis par X, absorbé par X */
    "acquis", "acquise", "acquises", "absorbe", "absorbee", "absorbes",
    "absorbees", NULL};
static const char *const taken_by[] = { /* reprise par X, cédée par X */
    "repris", "reprise", "reprises", "cede", "cedee", "cedes", "cedees", NULL};

/* The participle at V (repris, cédé) has a firm or its works for subject,
 * a few words back in its sentence: la société a été reprise par X,
 * l'usine, reprise par X; not la chanson a été reprise par X, le ballon
 * repris par X (a singer's, a player's). */
static bool firm_taken(const org_ctx *c, size_t v) {
  static const char *const works[] = {
      "societe",   "entreprise", "usine",      "usines",    "site",
      "laiterie",  "abattoir",   "magasin",    "magasins",  "pme",
      "activite",  "activites",  "filiale",    "enseigne",  "fonderie",
      "imprimerie", "conserverie", "scierie",  "fromagerie", "biscuiterie",
      "cooperative", "entrepot", "atelier",    "ateliers",  "start-up",
      "startup",   "boulangerie", "brasserie", "salaries",  "chantier",
      "groupe",    "marque",     "transporteur", NULL};
  for (size_t q = v, k = 0; q > c->first && k < 10; k++) {
    if (!frex_org_joined(c, q) || frex_org_sent_start(c, q))
      return false;
    q--;
    if (c->tok[q].cls == FREX_TOK_WORD && frex_org_tlower(c, q) &&
        frex_org_key_in(c, q, works))
      return true;
  }
  return false;
}

static const char *const sale_of[] = { /* l'acquisition de X, la cession de X */
    "acquisition", "acquisitions", "cession", "cessions", "absorption",
    "participation", NULL}; /* avec la participation de X (finance_before) */
static const char *const merge_words[] = { /* la fusion avec X; a venture
                                              with X: un partenariat avec X */
    "fusion",   "fusionner", "fusionne", "fusionnent", "fusionnera",
    "fusionnee", "partenariat", "partenariats", "coentreprise",
    "co-entreprise", "joint-venture", NULL};

/* Token Q may stand between investi and dans: a number, a scale, a
 * currency, de, or an adverb (investi 10 millions d'euros dans X,
 * investi massivement dans X). */
static bool amount_word(const org_ctx *c, size_t q) {
  static const char *const money[] = {
      "de", "d'", "d\xe2\x80\x99", "euros", "euro", "dollars", "dollar",
      "livres", "francs", "$", "\xe2\x82\xac", "eur", "usd", "m\xe2\x82\xac",
      "aussi", "deja", "egalement", "encore", "pres", "plus", "environ", NULL};
  static org_keyset money_set = ORG_KEYSET(money);
  static const char *const stake[] = {
      "majoritaire", "minoritaire", "%", "pour", "cent", NULL};
  if (c->tok[q].cls == FREX_TOK_NUM || frex_org_in(c, q, L_SCALE) ||
      frex_org_key_in(c, q, stake))
    return true;
  const char *t = c->text + c->tok[q].start;
  size_t n = c->tok[q].end - c->tok[q].start;
  if (n > 6 && memcmp(t + n - 4, "ment", 4) == 0 && frex_org_tlower(c, q))
    return true; /* massivement, notamment */
  return frex_org_key_in_set(c, q, &money_set); /* the same answer, hashed */
}

/* A funding word among the ten tokens before P, in P's sentence. */
static bool fund_before(const org_ctx *c, size_t p) {
  for (size_t q = p, steps = 0; q > c->first && steps < 10; steps++) {
    if (!frex_org_joined(c, q) || frex_org_sent_start(c, q))
      return false;
    q--;
    if (frex_org_key_in(c, q, fund_words))
      return true;
  }
  return false;
}

/* A contract named by its business before "avec" at P: un contrat
 * d'approvisionnement avec X, un contrat de sponsoring avec X, un
 * contrat pluriannuel de maintenance avec X.  Not un contrat de trois ans
 * avec X, nor a bare contrat: a club signs a player so. */
static bool contract_before(const org_ctx *c, size_t p) {
  static const char *const contract[] = {"contrat", "contrats", NULL};
  static const char *const trade[] = {
      "approvisionnement", "fourniture",  "distribution", "sous-traitance",
      "maintenance",       "sponsoring",  "parrainage",   "licence",
      "franchise",         "livraison",   "commercial",   "commerciaux",
      "industriel",        "logistique",  "exclusivite",  "production",
      "fabrication",       NULL};
  bool business = false;
  for (size_t q = p, steps = 0; q > c->first && steps < 5; steps++) {
    if (!frex_org_joined(c, q) || frex_org_sent_start(c, q))
      return false;
    q--;
    if (frex_org_key_in(c, q, trade))
      business = true;
    else if (frex_org_key_in(c, q, contract))
      return business;
    else if (!frex_org_tlower(c, q))
      return false;
  }
  return false;
}

/* Money put into the company named at I, or its parent: investi dans X
 * (also 10 millions d'euros investis dans X), une participation dans X,
 * entrer au capital de X, 5 % du capital de X, lever des fonds auprès de
 * X, un tour de table mené par X, une filiale de X, la fusion avec X;
 * bought or sold: acquis par X, absorbé par X, l'acquisition de X, la
 * cession de X. */
static inline __attribute__((always_inline)) bool
finance_before(const org_ctx *c, size_t i) {
  if (i < c->first + 2 || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1))
    return false;
  size_t p = i - 1; /* the link word */
  const char *t = c->text + c->tok[p].start;
  size_t n = c->tok[p].end - c->tok[p].start;
  if (n == 4 && memcmp(t, "dans", 4) == 0) {
    /* investi dans X; investi 10 millions d'euros dans X; investi
     * massivement dans X: an amount or an adverb between */
    for (size_t q = p - 1, steps = 0; q >= c->first && steps < 6;
         q--, steps++) {
      if (frex_org_key_in(c, q, invest_words))
        return true;
      if (q == c->first || !frex_org_joined(c, q) ||
          frex_org_sent_start(c, q) || !amount_word(c, q))
        break;
    }
    return false;
  }
  if (n == 4 && memcmp(t, "avec", 4) == 0)
    return frex_org_key_in(c, p - 1, merge_words) || contract_before(c, p);
  if (n == 3 && memcmp(t, "par", 3) == 0)
    return frex_org_key_in(c, p - 1, bought_by) ||
           (frex_org_key_in(c, p - 1, led_words) && fund_before(c, p - 1)) ||
           (frex_org_key_in(c, p - 1, taken_by) && firm_taken(c, p - 1));
  bool de = (n == 2 && t[0] == 'd' && (t[1] == 'e' || t[1] == '\'' ||
                                       t[1] == 'u')) ||
            (n == 4 && memcmp(t, "d\xe2\x80\x99", 4) == 0);
  if (!de || !frex_org_joined(c, p - 1))
    return false;
  static const char *const capital[] = {"capital", NULL};
  static const char *const parent[] = {"filiale", "filiales", NULL};
  static const char *const near[] = {"aupres", NULL};
  static const char *const au_du[] = {"au", "du", NULL};
  if (t[1] == 'u') /* du: the filiale du groupe X is a cue's */
    return false;
  static const char *const le[] = {"le", NULL};
  static const char *const dans[] = {"dans", NULL};
  if (frex_org_key_in(c, p - 1, capital)) /* au, du, dans le capital de X */
    return p - 1 > c->first &&
           (frex_org_key_in(c, p - 2, au_du) ||
            (p - 2 > c->first && frex_org_key_in(c, p - 2, le) &&
             frex_org_key_in(c, p - 3, dans)));
  if (frex_org_key_in(c, p - 1, parent))
    return true;
  if (frex_org_key_in(c, p - 1, sale_of))
    /* avec la participation de X; not la participation de X au sommet */
    return frex_org_first(c, p - 1) != 'p' ||
           (p - 2 > c->first && frex_org_tis(c, p - 2, ORG_W_LA) &&
            frex_org_text_is(c, p - 3, "avec"));
  /* la filiale française de X */
  if (p - 1 > c->first && frex_org_nationality(c, p - 1) &&
      frex_org_joined(c, p - 1) && frex_org_key_in(c, p - 2, parent))
    return true;
  return frex_org_key_in(c, p - 1, near) && fund_before(c, p - 1);
}

/* finance_before for a list's first name (rule_list): a call, so that
 * rule_business keeps its own inlined copy, whose early exits are most of
 * its cost. */
static __attribute__((noinline)) bool finance_list(const org_ctx *c,
                                                   size_t i) {
  return finance_before(c, i);
}

/* The name ending before K raised funds: X a levé 20 millions d'euros,
 * X lève des fonds, X vient de lever un tour de table, X va lever plus de
 * 10 millions (not a levé le voile, a levé des doutes). */
static bool raised_after(const org_ctx *c, size_t k) {
  static const char *const aux[] = {"a", "avait", "va", "vient", "aurait",
                                    "devrait", NULL};
  static const char *const raise[] = {"leve", "lever", "levait", "levera",
                                      NULL};
  static const char *const what[] = {"plus", "pres", "environ", "quelque",
                                     NULL};
  static const char *const funds[] = {"fonds", "tour", NULL};
  static const char *const det[] = {"des", "un", "de", "d'", NULL};
  size_t v = k;
  if (v + 2 >= c->n || !frex_org_joined(c, v))
    return false;
  unsigned char f = frex_org_first(c, v);
  if (f != 'a' && f != 'v' && f != 'd' && f != 'l')
    return false; /* most words after a name: not a, va, vient, lève */
  if (frex_org_key_in(c, v, aux)) {
    bool vient = frex_org_text_is(c, v, "vient");
    v++;
    if (vient && (frex_org_tis(c, v, ORG_W_DE) || frex_org_tis(c, v, ORG_W_D)))
      v++;
  }
  /* X a bouclé une levée de fonds, X finalise un tour de table */
  static const char *const closes[] = {"boucle", "finalise", "annonce", NULL};
  if (v + 3 < c->n && frex_org_joined(c, v) && frex_org_key_in(c, v, closes) &&
      frex_org_joined(c, v + 1) && frex_org_joined(c, v + 2) &&
      frex_org_joined(c, v + 3) &&
      ((frex_org_text_is(c, v + 1, "une") &&
        frex_org_text_is(c, v + 2, "lev\xc3\xa9" "e") &&
        frex_org_tis(c, v + 3, ORG_W_DE)) ||
       (frex_org_text_is(c, v + 1, "un") && frex_org_text_is(c, v + 2, "tour") &&
        frex_org_tis(c, v + 3, ORG_W_DE))))
    return true;
  if (v + 1 >= c->n || !frex_org_joined(c, v) || !frex_org_joined(c, v + 1) ||
      !frex_org_key_in(c, v, raise))
    return false;
  v++;
  if (c->tok[v].cls == FREX_TOK_NUM || frex_org_key_in(c, v, what))
    return true;
  return frex_org_key_in(c, v, det) && frex_org_joined(c, v + 1) &&
         frex_org_key_in(c, v + 1, funds);
}

/* The name ending before K reports its accounts: X a réalisé un chiffre
 * d'affaires de..., X publie un bénéfice net de..., X a enregistré une
 * perte nette, X a vu sa capitalisation boursière fondre.  The accounts
 * words are the NEWS EARN_NOUN and EARN_ADJ lines. */
static bool earnings_after(const org_ctx *c, size_t k) {
  static const char *const aux[] = {"a", "avait", "va", "vient", NULL};
  static const char *const dets[] = {"un", "une", "son", "sa", "ses", NULL};
  static const char *const when[] = {"lundi", "mardi",  "mercredi", "jeudi",
                                     "vendredi", "samedi", "dimanche",
                                     "hier",  NULL};
  size_t v = k;
  if (frex_org_key_in(c, v, aux))
    v++;
  /* X a publié mardi un chiffre d'affaires: the day between the verb and
   * its object */
  size_t d = v + 1;
  if (d + 4 < c->n && frex_org_joined(c, d) && frex_org_tlower(c, d) &&
      frex_org_key_in(c, d, when))
    d++;
  /* the verb, a determiner, the accounts' noun and its adjective */
  if (d + 3 >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v) ||
      frex_org_function_word(c, v) || !frex_org_joined(c, d) ||
      !frex_org_key_in(c, d, dets) || !frex_org_joined(c, d + 1) ||
      !frex_org_tlower(c, d + 1) ||
      !(frex_org_news(c, d + 1) & N_EARN_NOUN) || !frex_org_joined(c, d + 2))
    return false;
  v = d + 2;
  if (frex_org_tis(c, v, ORG_W_D)) { /* chiffre d'affaires */
    static const char *const affaires[] = {"affaires", NULL};
    return frex_org_joined(c, v + 1) && frex_org_key_in(c, v + 1, affaires);
  }
  return frex_org_tlower(c, v) && (frex_org_news(c, v) & N_EARN_ADJ);
}

/* The name ending before K has figures of its own: X a réalisé 300
 * millions d'euros de chiffre d'affaires (the amount before the noun);
 * X table sur une hausse de 5 % de son chiffre d'affaires, X anticipe un
 * recul de ses ventes, X a enregistré une baisse de 8 % de ses ventes
 * (a change of a possessive figure only a firm has: not le maire table
 * sur une hausse de la population, Dupont table sur une victoire). */
static bool own_figures_after(const org_ctx *c, size_t k) {
  static const char *const aux[] = {"a", "avait", "va", "devrait", "doit",
                                     NULL};
  static const char *const made[] = {"realise", "realisent", "affiche",
                                     "affichent", NULL};
  static const char *const expects[] = {
      "table",    "tablent",   "mise",       "misent",     "prevoit",
      "prevoient", "anticipe", "anticipent", "attend",     "attendent",
      "enregistre", "enregistrent", "affiche", "affichent", "vise",
      "visent",   "annonce",   "annoncent",  "constate",   "accuse",
      "subit",    NULL};
  static org_keyset expects_set = ORG_KEYSET(expects);
  static const char *const change[] = {
      "hausse",      "baisse",      "croissance", "progression",
      "recul",       "repli",       "stabilite",  "stabilisation",
      "augmentation", "diminution", "chute",      "reprise",
      "amelioration", "redressement", "contraction", "rebond",
      "retournement", NULL};
  static const char *const poss[] = {"son", "sa", "ses", NULL};
  /* not revenus, activité, production, recettes, résultats: a
   * household's, a farmer's, a town's, an athlete's too */
  static const char *const figure[] = {
      "ventes", "chiffre",  "resultat", "marge",
      "marges", "benefice", "commandes", "ebitda",   NULL};
  size_t v = k;
  if (v < c->n && frex_org_key_in(c, v, aux))
    v++;
  if (v + 4 >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v))
    return false;
  if (frex_org_key_in(c, v, made) && c->tok[v + 1].cls == FREX_TOK_NUM) {
    /* réalisé 300 millions d'euros de chiffre d'affaires */
    for (size_t q = v + 1; q < v + 8 && q + 3 < c->n && frex_org_joined(c, q);
         q++) {
      if (frex_org_tis(c, q, ORG_W_DE) && frex_org_joined(c, q + 1) &&
          frex_org_text_is(c, q + 1, "chiffre"))
        return frex_org_joined(c, q + 2) && frex_org_tis(c, q + 2, ORG_W_D);
      if (!amount_word(c, q))
        return false;
    }
    return false;
  }
  if (!frex_org_key_in_set(c, v, &expects_set)) /* the same answer, hashed */
    return false;
  size_t d = v + 1;
  if (frex_org_text_is(c, d, "sur")) /* table sur, mise sur */
    d++;
  if (d + 3 >= c->n || !frex_org_joined(c, d) ||
      !(frex_org_text_is(c, d, "un") || frex_org_text_is(c, d, "une")) ||
      !frex_org_joined(c, d + 1) || !frex_org_key_in(c, d + 1, change))
    return false;
  /* de 5 %, de 2,5 %, de plus de 10 %: the change's size, then de */
  for (size_t q = d + 2; q < d + 9 && q + 2 < c->n && frex_org_joined(c, q);
       q++) {
    if (frex_org_key_in(c, q, poss))
      return q > d + 2 &&
             (frex_org_tis(c, q - 1, ORG_W_DE) ||
              frex_org_tis(c, q - 1, ORG_W_D)) &&
             frex_org_joined(c, q + 1) && frex_org_key_in(c, q + 1, figure);
    if (!amount_word(c, q) && !frex_org_text_is(c, q, ","))
      return false;
  }
  return false;
}

/* Orange perd des abonnés, Free a gagné 300 000 clients, SFR revendique
 * 20 millions d'abonnés, Lidl gagne des parts de marché: a firm's
 * customers or market share won or lost, from the verb at K. */
static bool customers_after(const org_ctx *c, size_t k) {
  static const char *const aux[] = {"a", "avait", "va", "devrait", "doit",
                                    "ont", "vont", NULL};
  static const char *const verbs[] = {
      "perd",     "perdent",  "gagne",    "gagnent",  "perdu",  "perdre",
      "gagner",   "conquis",  "conquerir", "revendique", "revendiquent",
      "compte",   "comptent", "totalise", "seduit",   "attire", NULL};
  static const char *const fill[] = {"des", "de", "d'", "nouveaux",
                                     "plus", "pres", "quelque", "encore",
                                     "pres", "environ", NULL};
  static const char *const who[] = {"abonnes", "clients", "parts", NULL};
  static const char *const market[] = {"marche", NULL};
  size_t v = k;
  if (v < c->n && frex_org_key_in(c, v, aux))
    v++;
  if (v + 2 >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v) ||
      !frex_org_key_in(c, v, verbs))
    return false;
  for (size_t q = v + 1; q < v + 8 && q + 1 < c->n && frex_org_joined(c, q);
       q++) {
    if (frex_org_tlower(c, q) && frex_org_key_in(c, q, who)) {
      /* des abonnés sur Instagram: a person's followers */
      if (!frex_org_text_is(c, q, "parts"))
        return q > v + 1 &&
               !(q + 1 < c->n && frex_org_joined(c, q + 1) &&
                 frex_org_text_is(c, q + 1, "sur"));
      return q + 3 < c->n && frex_org_joined(c, q + 1) &&
             frex_org_tis(c, q + 1, ORG_W_DE) && frex_org_joined(c, q + 2) &&
             frex_org_key_in(c, q + 2, market);
    }
    if (!amount_word(c, q) && !frex_org_key_in(c, q, fill))
      return false;
  }
  return false;
}

/* A count of staff from token V: digits (1 200 may be two tokens), maybe
 * after plus de, près de, in at most STEPS tokens.  The token after it, or
 * 0 when no number stands there. */
static size_t staff_number(const org_ctx *c, size_t v, int steps) {
  int nums = 0;
  for (; steps > 0 && v < c->n && frex_org_joined(c, v); steps--, v++) {
    if (c->tok[v].cls == FREX_TOK_NUM)
      nums++;
    else if (nums || !amount_word(c, v))
      break;
  }
  return nums ? v : 0;
}

/* The name ending before K has staff: X emploie 300 salariés, X, qui
 * compte 1 200 collaborateurs, X employait 50 personnes (not Lyon compte
 * 500 000 habitants; personnes only after emploie: a crowd is counted). */
static bool staff_after(const org_ctx *c, size_t k) {
  static const char *const employs[] = {"emploie", "emploient", "employait",
                                        NULL};
  static const char *const counts[] = {"compte", "comptent", "comptait",
                                       NULL};
  static const char *const staff[] = {"salaries", "employes",
                                      "collaborateurs", NULL};
  static const char *const people[] = {"personnes", NULL};
  static const char *const qui[] = {"qui", NULL};
  size_t v = k;
  if (frex_org_text_is(c, v, ",") && frex_org_joined(c, v + 1) &&
      frex_org_key_in(c, v + 1, qui))
    v += 2;
  if (v + 2 >= c->n || !frex_org_joined(c, v))
    return false;
  bool employ = frex_org_key_in(c, v, employs);
  if (!employ && !frex_org_key_in(c, v, counts))
    return false;
  /* X emploie une trentaine de salariés, un millier de personnes */
  static const char *const about[] = {
      "dizaine",   "vingtaine",    "trentaine", "quarantaine",
      "cinquantaine", "soixantaine", "centaine", "millier", NULL};
  static const char *const one[] = {"un", "une", NULL};
  if (v + 4 < c->n && frex_org_joined(c, v + 1) &&
      frex_org_key_in(c, v + 1, one) && frex_org_joined(c, v + 2) &&
      frex_org_key_in(c, v + 2, about) && frex_org_joined(c, v + 3) &&
      (frex_org_tis(c, v + 3, ORG_W_DE) || frex_org_tis(c, v + 3, ORG_W_D)))
    v += 4;
  else
    v = staff_number(c, v + 1, 4);
  return v && v < c->n && frex_org_joined(c, v) &&
         (frex_org_key_in(c, v, staff) ||
          (employ && frex_org_key_in(c, v, people)));
}

/* The determiner of a plural cue noun: les start-up X et Y. */
static const char *const plural_dets[] = {"les", "des", "ces", "ses", "leurs",
                                          "aux", "nos", "plusieurs", NULL};

/* Is token D the determiner of a plural cue: les, des, ses... or a count
 * (Trois entreprises, 2 start-up)? */
/* The counts a plural cue may take in words (Trois entreprises). */
static const char *const count_words[] = {"deux", "trois", "quatre", "cinq",
                                          "six",  "sept",  "huit",   "neuf",
                                          "dix",  NULL};

static bool plural_det_at(const org_ctx *c, size_t d) {
  if (c->tok[d].cls == FREX_TOK_NUM)
    return true;
  size_t kn;
  uint32_t h;
  const char *k = frex_org_tkey(c, d, &kn, &h);
  for (const char *const *w = plural_dets; *w; w++)
    if (strlen(*w) == kn && memcmp(*w, k, kn) == 0)
      return true;
  return frex_org_key_in(c, d, count_words);
}

/* The cue noun of "Trois entreprises, X, Y et Z", "Deux start-up
 * bretonnes, X et Y": a company's cue in the plural, maybe with one or
 * two adjectives after it, ending before the comma at K, and counted or
 * after a plural determiner; its token, or 0.  (chain_before wants a
 * determiner, which a count opening the sentence is not.) */
static size_t counted_cue_before(const org_ctx *c, size_t k, bool dont) {
  static const char *const several[] = {"plusieurs", NULL};
  if (k < c->first + 2 || !frex_org_joined(c, k))
    return 0;
  size_t p = k - 1;
  /* a nationality or a region of the word lists only (Deux start-up
   * bretonnes); not an adjective by its ending (Deux banques centrales,
   * a kind of body) */
  for (int a = 0; a < 2 && p > c->first + 1 && frex_org_joined(c, p) &&
                  frex_org_tlower(c, p) &&
                  frex_org_in(c, p, L_NATION | L_ADJ_WORD);
       a++)
    p--;
  if (!frex_org_tlower(c, p) || !frex_org_in(c, p, L_COMPANY_CUE) ||
      frex_org_in(c, p, L_CUE_PERSON) || rival_cue(c, p) || p <= c->first ||
      !frex_org_joined(c, p))
    return 0;
  /* counted: Trois entreprises, 2 start-up, plusieurs enseignes (not les
   * partenaires sociaux, ses partenaires européens: an apposition of
   * owners, read by owners_before) */
  size_t d = p - 1;
  if (c->tok[d].cls == FREX_TOK_NUM || frex_org_key_in(c, d, count_words) ||
      frex_org_key_in(c, d, several))
    return p;
  /* before "dont", any plural: les entreprises, dont X et Y; une centaine
   * de sous-traitants bretons, dont X, Y et Z */
  return dont && (plural_det_at(c, d) || frex_org_tis(c, d, ORG_W_DE) ||
                  frex_org_tis(c, d, ORG_W_D))
             ? p
             : 0;
}

/* The start of the name that ends before token E (capitalised words,
 * numbers, & between words: Kaufman & Broad), at most six tokens; or
 * SIZE_MAX. */
static size_t name_back(const org_ctx *c, size_t e) {
  size_t q = e;
  while (q > c->first && e - q < 6 && frex_org_joined(c, q) &&
         (frex_org_name_word(c, q - 1) ||
          (q < e && frex_org_text_is(c, q - 1, "&"))))
    q--;
  return q < e && frex_org_name_word(c, q) ? q : SIZE_MAX;
}

/* The name [Y, K) of a deal's side is a person's: its first word is a
 * first name, and it is of two or three words without & (par Elon Musk;
 * not Hermione People & Brands), or of one after celui, celle (celui de
 * Marie par Pierre; la cession de X à Artemis is a holding's). */
static bool deal_person(const org_ctx *c, size_t y, size_t k, bool pronoun) {
  if (!first_name(c, y))
    return false;
  if (k == y + 1)
    return pronoun;
  for (size_t j = y; j < k; j++)
    if (frex_org_text_is(c, j, "&"))
      return false;
  return k - y <= 3;
}

/* The other side of a deal at Y is a one-word town or country (le
 * rapprochement de X avec Berlin): the deal is between governments. */
static bool deal_town(const org_ctx *c, size_t y) {
  return frex_org_name_word(c, y) && name_end(c, y) == y + 1 &&
         frex_org_town(c, y);
}

/* A name of the deal's other side from token Y: capitalised and no
 * person's (par Elon Musk), or a cue noun's (par le groupe Zorg). */
static bool side_at(const org_ctx *c, size_t y, bool pronoun) {
  if (y >= c->n || !frex_org_joined(c, y))
    return false;
  if (frex_org_tis(c, y, ORG_W_LE) || frex_org_tis(c, y, ORG_W_LA) ||
      frex_org_tis(c, y, ORG_W_L))
    return frex_org_joined(c, y + 1) && frex_org_tlower(c, y + 1) &&
           frex_org_in(c, y + 1, L_COMPANY_CUE);
  return frex_org_name_word(c, y) && c->tok[y].cls == FREX_TOK_WORD &&
         !deal_person(c, y, name_end(c, y), pronoun);
}

/* Token W's roles of a deal (N_DEAL, N_MERGE), by its first byte first:
 * rachat, acquisition, absorption, cession, celui, fusion, mariage. */
static unsigned deal_noun(const org_ctx *c, size_t w) {
  unsigned char f = frex_org_first(c, w);
  if (f != 'r' && f != 'a' && f != 'c' && f != 'f' && f != 'm')
    return 0;
  return frex_org_tlower(c, w) ? frex_org_news_at(c, w) & (N_DEAL | N_MERGE)
                               : 0;
}

/* The deal's noun before token D (de), maybe past one participle or
 * adjective (le rachat annoncé de X, l'acquisition récente de X). */
static unsigned deal_noun_before(const org_ctx *c, size_t d) {
  static const char *const mods[] = {
      "annonce", "envisage", "projete", "prevu",   "recent",  "recente",
      "eventuel", "eventuelle", "possible", "futur", "future", "hostile",
      "amical",  "amicale",  "geant",   "record", NULL};
  unsigned r = deal_noun(c, d - 1);
  if (r || d < c->first + 3 || !frex_org_joined(c, d - 1) ||
      !frex_org_tlower(c, d - 1))
    return r;
  r = deal_noun(c, d - 2); /* the noun first: most words are none */
  return r && !frex_org_function_word(c, d - 1) &&
                 (frex_org_adj_like(c, d - 1) || frex_org_key_in(c, d - 1, mods))
             ? r
             : 0;
}

/* The name at I is one side of a deal whose other side is named too (the
 * NEWS DEAL and MERGE lines): le rachat de X par Y, la reprise de X par
 * Y, celui d'X par Y, la cession de X à Y, la fusion entre X et Y, le
 * rapprochement de X avec Y.  By the bytes of the word before I first:
 * par, à, et, avec, entre, de, d'. */
static __attribute__((noinline)) bool deal_around(const org_ctx *c,
                                                  size_t i) {
  /* X et Y vont fusionner: two names coordinated as a merger's subject
   * (the first is rule_business's) */
  size_t me;
  if (i > c->first + 1 && c->tok[i - 1].end - c->tok[i - 1].start == 2 &&
      memcmp(c->text + c->tok[i - 1].start, "et", 2) == 0 &&
      merge_subject(c, i, &me))
    return true;
  if (i < c->first + 3 || !frex_org_joined(c, i) || !frex_org_joined(c, i - 1))
    return false;
  size_t p = i - 1;
  const char *t = c->text + c->tok[p].start;
  size_t n = c->tok[p].end - c->tok[p].start;
  char link;
  if (n == 3 && memcmp(t, "par", 3) == 0)
    link = 'p';
  else if (n == 2 && memcmp(t, "\xc3\xa0", 2) == 0)
    link = 'a';
  else if (n == 2 && t[0] == 'e' && t[1] == 't')
    link = 'e';
  else if (n == 4 && memcmp(t, "avec", 4) == 0)
    link = 'v';
  else if (n == 5 && memcmp(t, "entre", 5) == 0)
    link = 'n';
  else if ((n == 2 && t[0] == 'd' && (t[1] == 'e' || t[1] == '\'')) ||
           (n == 4 && memcmp(t, "d\xe2\x80\x99", 4) == 0))
    link = 'd';
  else
    return false;
  static const char *const cession[] = {"cession", "cessions", NULL};
  static const char *const et[] = {"et", NULL};
  static const char *const avec[] = {"avec", NULL};
  if (link == 'n' || link == 'd') { /* the first side: X */
    unsigned r = link == 'd' ? deal_noun_before(c, p) : deal_noun(c, p - 1);
    if (!r || (link == 'n' && !(r & N_MERGE)))
      return false;
    size_t k = name_end(c, i);
    if (k + 1 >= c->n || !frex_org_joined(c, k))
      return false;
    bool ok = (r & N_MERGE)
                  ? frex_org_key_in(c, k, et) ||
                        (link == 'd' && frex_org_key_in(c, k, avec))
                  : frex_org_text_is(c, k, "par") ||
                        (frex_org_key_in(c, p - 1, cession) &&
                         frex_org_text_is(c, k, "\xc3\xa0"));
    bool pronoun = frex_org_first(c, p - 1) == 'c' &&
                   !frex_org_key_in(c, p - 1, cession);
    /* la reprise de X par un fonds, le rachat de X par un concurrent: a
     * buyer told by its trade (not a town's: the caller) */
    /* la reprise de X par ses salariés (en Scop): only a firm has them */
    static const char *const a_one[] = {"un", "une", "son", "sa", "ses", NULL};
    static const char *const buyers[] = {
        "fonds",       "groupe",     "industriel", "investisseur",
        "concurrent",  "consortium", "repreneur",  "societe",
        "entreprise",  "salaries",   NULL};
    if (ok && !(r & N_MERGE) && k + 2 < c->n && frex_org_joined(c, k + 1) &&
        frex_org_key_in(c, k + 1, a_one) && frex_org_joined(c, k + 2) &&
        frex_org_key_in(c, k + 2, buyers))
      return !deal_person(c, i, k, pronoun);
    return ok && side_at(c, k + 1, pronoun) &&
           !deal_person(c, i, k, pronoun) && !deal_town(c, k + 1);
  }
  /* the second side: Y, after the first's name */
  size_t x0 = name_back(c, p);
  if (x0 == SIZE_MAX || x0 < c->first + 2 || !frex_org_joined(c, x0))
    return false;
  size_t d = x0 - 1; /* du groupe X, de la société X: past the cue noun */
  if (frex_org_tlower(c, d) && frex_org_in(c, d, L_COMPANY_CUE) &&
      d > c->first + 2 && frex_org_joined(c, d)) {
    d--;
    if ((frex_org_tis(c, d, ORG_W_LA) || frex_org_tis(c, d, ORG_W_L)) &&
        frex_org_joined(c, d))
      d--;
    else if (frex_org_tis(c, d, ORG_W_DU) && frex_org_joined(c, d))
      return link == 'p' && (deal_noun(c, d - 1) & N_DEAL);
  }
  if (!frex_org_joined(c, d))
    return false;
  bool de = frex_org_tis(c, d, ORG_W_DE) || frex_org_tis(c, d, ORG_W_D);
  unsigned r = deal_noun_before(c, d);
  if (!r)
    return false;
  bool pronoun = frex_org_first(c, d - 1) == 'c' &&
                 !frex_org_key_in(c, d - 1, cession);
  if (deal_person(c, i, name_end(c, i), pronoun) ||
      (x0 + 1 < p && frex_org_name_word(c, x0) &&
       deal_person(c, x0, p, pronoun)) ||
      (x0 + 1 == p && frex_org_town(c, x0)))
    return false; /* la cession de Mayotte à X: a territory */
  switch (link) {
  case 'p':
    return de && (r & N_DEAL);
  case 'a':
    return de && frex_org_key_in(c, d - 1, cession);
  case 'v':
    return de && (r & N_MERGE);
  default: /* et */
    return (r & N_MERGE) && (de || frex_org_text_is(c, d, "entre"));
  }
}

/* A plural of owners, buyers or lenders (NEWS OWNERS) with its
 * determiner, then a comma (and dont) before the name at F, the first of
 * an apposed list: les actionnaires sortants, X et Y; les candidats au
 * rachat, X et Y; parmi les prétendants, X et Y; les créanciers, dont X
 * et Y.  Not les partenaires sociaux, les banques centrales; candidats
 * needs its complement (les candidats, Macron et Le Pen are people). */
static bool owners_before(const org_ctx *c, size_t f) {
  static const char *const neg[] = {"sociaux", "centrales", "centraux", NULL};
  static const char *const cand[] = {"candidats", NULL};
  if (f < c->first + 3 || !frex_org_joined(c, f))
    return false;
  size_t q = f - 1;
  if (frex_org_text_is(c, q, "dont") && frex_org_joined(c, q))
    q--;
  if (!frex_org_tis(c, q, ORG_W_COMMA) || !frex_org_joined(c, q))
    return false;
  /* back over at most four lowercase words to the owners' noun */
  for (size_t w = q - 1, steps = 0; w > c->first && steps < 4;
       w--, steps++) {
    if (!frex_org_tlower(c, w))
      return false;
    if (!(frex_org_news_at(c, w) & N_OWNERS)) {
      if (!frex_org_joined(c, w))
        return false;
      continue;
    }
    for (size_t m = w + 1; m < q; m++) /* les partenaires sociaux */
      if (frex_org_key_in(c, m, neg))
        return false;
    if (w + 1 == q && frex_org_key_in(c, w, cand))
      return false;
    size_t d = w - 1; /* ses principaux actionnaires, les deux repreneurs */
    if (!frex_org_joined(c, w))
      return false;
    if (!frex_org_in(c, d, L_DETERMINER) && frex_org_tlower(c, d) &&
        d > c->first && frex_org_joined(c, d))
      d--;
    size_t kn;
    uint32_t h;
    const char *k = frex_org_tkey(c, d, &kn, &h);
    for (const char *const *x = plural_dets; *x; x++)
      if (strlen(*x) == kn && memcmp(*x, k, kn) == 0)
        return true;
    return false;
  }
  return false;
}

/* The name at I opens an apposed list after owners (owners_before): a
 * second name follows after et or a comma. */
static bool owners_list_first(const org_ctx *c, size_t i) {
  if (!owners_before(c, i) || first_name(c, i))
    return false;
  size_t k = name_end(c, i);
  return k + 1 < c->n && frex_org_joined(c, k) && frex_org_joined(c, k + 1) &&
         (frex_org_tis(c, k, ORG_W_ET) || frex_org_tis(c, k, ORG_W_COMMA)) &&
         frex_org_name_word(c, k + 1) && !first_name(c, k + 1);
}

/* The name ending before K has its staff counted in brackets: Kelvance
 * (300 salariés), X (plus de 1 200 collaborateurs), X (80 employés);
 * not a town's people (Florange (10 000 habitants)). */
static bool staff_bracket(const org_ctx *c, size_t k) {
  static const char *const staff[] = {"salaries", "employes",
                                      "collaborateurs", "emplois", NULL};
  if (k + 3 >= c->n || !frex_org_text_is(c, k, "(") ||
      !frex_org_joined(c, k + 1))
    return false;
  size_t v = staff_number(c, k + 1, 5);
  return v && v + 1 < c->n && frex_org_joined(c, v) &&
         frex_org_key_in(c, v, staff) && frex_org_joined(c, v + 1) &&
         frex_org_text_is(c, v + 1, ")");
}

/* The job nouns a company cuts or the sites it closes, counted (230
 * postes, 20 magasins) or owned (son usine, ses agences). */
static const char *const cut_counted[] = {
    "postes", "emplois", "salaries", "magasins", "agences", "usines",
    "sites",  "boutiques", "succursales", "points", NULL};
static const char *const cut_owned[] = {
    "usine",   "usines",    "site",     "sites",     "magasins",
    "agences", "boutiques", "entrepot", "entrepots", "succursales", NULL};

/* The object of a cut from token V: a number of jobs or sites (plus de
 * 230 postes, 1 200 emplois) or a possessive and a site (son usine, ses
 * magasins; not son magasin, a shopkeeper's: Dupont ferme son magasin).  Not public jobs (4 000 postes de fonctionnaires, d'agents,
 * d'enseignants: a government's); d'ici stays a date's. */
static bool cut_object(const org_ctx *c, size_t v) {
  static const char *const about[] = {"plus", "pres", "environ", "quelque",
                                      "jusqu'a", "de", "d'", NULL};
  static const char *const poss[] = {"son", "sa", "ses", NULL};
  if (v + 1 >= c->n || !frex_org_joined(c, v))
    return false;
  if (frex_org_key_in(c, v, poss))
    return frex_org_joined(c, v + 1) && frex_org_key_in(c, v + 1, cut_owned);
  int nums = 0, steps = 0;
  for (; steps < 5 && v < c->n && frex_org_joined(c, v); steps++, v++) {
    if (c->tok[v].cls == FREX_TOK_NUM)
      nums++;
    else if (nums || !frex_org_key_in(c, v, about))
      break;
  }
  if (!nums || v >= c->n || !frex_org_joined(c, v) ||
      !frex_org_key_in(c, v, cut_counted))
    return false;
  /* 4 000 postes de fonctionnaires, d'enseignants; not d'ici 2026 */
  size_t w = v + 1;
  if (w + 1 < c->n && frex_org_joined(c, w) &&
      (frex_org_tis(c, w, ORG_W_DE) || frex_org_tis(c, w, ORG_W_D)) &&
      frex_org_joined(c, w + 1) && frex_org_tlower(c, w + 1) &&
      !frex_org_text_is(c, w + 1, "ici"))
    return false;
  return true;
}

/* A count from token V, maybe after plus de, près de, environ: the token
 * after its numbers, or 0. */
static size_t counted_from(const org_ctx *c, size_t v) {
  static const char *const about[] = {"plus", "pres", "environ", "quelque",
                                      "jusqu'a", "de", "d'", NULL};
  int nums = 0;
  for (int steps = 0; steps < 6 && v < c->n && frex_org_joined(c, v);
       steps++, v++) {
    if (c->tok[v].cls == FREX_TOK_NUM)
      nums++;
    else if (nums || !frex_org_key_in(c, v, about))
      break;
  }
  return nums && v < c->n && frex_org_joined(c, v) ? v : 0;
}

/* The object of a hire from token V: people counted (200 personnes, plus
 * de 50 techniciens, 1 000 CDI). */
static bool hire_object(const org_ctx *c, size_t v) {
  static const char *const people[] = {
      "personnes",  "salaries",    "collaborateurs", "employes",
      "cdi",        "cdd",         "techniciens",    "ingenieurs",
      "saisonniers", "apprentis",  "alternants",     "commerciaux",
      "chauffeurs", "conducteurs", "operateurs",     "vendeurs",
      "developpeurs", "stagiaires", "caissiers",     "consultants",
      "soudeurs",   "ouvriers",    "cadres",         "informaticiens",
      "livreurs",   "preparateurs", "conseillers",   NULL};
  size_t w = counted_from(c, v);
  return w && frex_org_key_in(c, w, people);
}

/* The object of an investment from token V: money (10 millions d'euros,
 * 2 milliards de dollars) put in its own sites (dans son usine). */
static bool money_object(const org_ctx *c, size_t v) {
  static const char *const money[] = {"euros", "dollars", "\xe2\x82\xac",
                                      NULL};
  size_t w = counted_from(c, v);
  if (!w)
    return false;
  if (frex_org_in(c, w, L_SCALE) && w + 1 < c->n && frex_org_joined(c, w + 1))
    w++;
  if ((frex_org_tis(c, w, ORG_W_DE) || frex_org_tis(c, w, ORG_W_D)) &&
      w + 1 < c->n && frex_org_joined(c, w + 1))
    w++;
  /* ...in its own sites: dans son usine, sur ses sites (not Macron
   * investit 10 milliards d'euros dans l'IA: a government's); or in a
   * plant's equipment: dans une nouvelle tour de séchage, dans une ligne
   * de production (a currency may be left out: 10 millions dans...) */
  static const char *const in[] = {"dans", "sur", NULL};
  static const char *const poss[] = {"son", "sa", "ses", NULL};
  bool cur = frex_org_key_in(c, w, money);
  size_t d = cur ? w + 1 : w;
  if (!(cur || frex_org_in(c, w - 1, L_SCALE)) || d + 1 >= c->n ||
      !frex_org_joined(c, d) || !frex_org_key_in(c, d, in) ||
      !frex_org_joined(c, d + 1))
    return false;
  if (cur && frex_org_key_in(c, d + 1, poss))
    return true;
  static const char *const one[] = {"un", "une", NULL};
  static const char *const fresh[] = {"nouveau", "nouvelle", "nouvel",
                                      "second", "seconde", "deuxieme", NULL};
  static const char *const plant[] = {
      "usine", "ligne", "tour", "atelier", "entrepot", "unite", "chaine",
      "machine", "robot", "four", "chaudiere", "extension", NULL};
  size_t n = d + 2;
  if (!frex_org_key_in(c, d + 1, one))
    return false;
  if (n < c->n && frex_org_joined(c, n) && frex_org_key_in(c, n, fresh))
    n++;
  return n < c->n && frex_org_joined(c, n) && frex_org_key_in(c, n, plant);
}

/* The object of a win from token V: un contrat, le contrat, un marché,
 * l'appel d'offres. */
static bool contract_object(const org_ctx *c, size_t v) {
  static const char *const det[] = {"un", "le", "l'", "ce", NULL};
  static const char *const deal[] = {"contrat", "marche", "appel", NULL};
  return v + 1 < c->n && frex_org_joined(c, v) && frex_org_key_in(c, v, det) &&
         frex_org_joined(c, v + 1) && frex_org_key_in(c, v + 1, deal);
}

/* The object of an announced buyout from token V: le rachat de Y,
 * l'acquisition d'Y (a name, no first name nor town), or of son
 * concurrent, de la société Y. */
static bool buyout_object(const org_ctx *c, size_t v) {
  static const char *const buyout[] = {"rachat", "acquisition", NULL};
  static const char *const rival[] = {"concurrent", "rival", "homologue",
                                      NULL};
  static const char *const poss[] = {"son", "sa", NULL};
  if (v + 3 >= c->n || !frex_org_joined(c, v) ||
      !(frex_org_tis(c, v, ORG_W_LE) || frex_org_tis(c, v, ORG_W_L)) ||
      !frex_org_joined(c, v + 1) || !frex_org_key_in(c, v + 1, buyout) ||
      !frex_org_joined(c, v + 2))
    return false;
  size_t y = v + 3;
  if (frex_org_tis(c, v + 2, ORG_W_DU))
    return frex_org_joined(c, y) && frex_org_tlower(c, y) &&
           frex_org_in(c, y, L_COMPANY_CUE); /* du groupe Y */
  if (!(frex_org_tis(c, v + 2, ORG_W_DE) || frex_org_tis(c, v + 2, ORG_W_D)) ||
      !frex_org_joined(c, y))
    return false;
  if (y + 1 < c->n && frex_org_key_in(c, y, poss) &&
      frex_org_joined(c, y + 1) && frex_org_key_in(c, y + 1, rival))
    return true;
  if (y + 1 < c->n && frex_org_tis(c, y, ORG_W_LA) &&
      frex_org_joined(c, y + 1) && frex_org_tlower(c, y + 1) &&
      frex_org_in(c, y + 1, L_COMPANY_CUE))
    return true; /* de la société Y */
  return c->tok[y].cls == FREX_TOK_WORD && frex_org_tcap(c, y) &&
         frex_org_name_word(c, y) && !frex_org_function_word(c, y) &&
         !first_name(c, y) &&
         !(name_end(c, y) == y + 1 && frex_org_town(c, y));
}

/* The name ending before K cuts jobs or closes sites: X va supprimer 230
 * postes, X supprime 1 200 emplois, X a annoncé la suppression de 230
 * postes, X prévoit de fermer 20 magasins, X ferme son usine de Vierzon,
 * X licencie 80 salariés, X a déposé le bilan.  A government's cuts are
 * of public jobs (cut_object); a town is left out by the caller. */
/* What cuts_after found: a company's deed (CUT_COMPANY), or one that a
 * farmer or a restaurant owner does too (CUT_PEOPLE_DO: hires, money put
 * in, a contract won), for which the caller also rules out a person's
 * name. */
enum { CUT_COMPANY = 1, CUT_PEOPLE_DO = 2 };
/* Token O starts un plan social, un PSE, un plan de sauvegarde (de
 * l'emploi), un plan de départs (volontaires). */
static bool social_plan(const org_ctx *c, size_t o) {
  if (o + 2 >= c->n || !frex_org_joined(c, o) || !frex_org_text_is(c, o, "un") ||
      !frex_org_joined(c, o + 1))
    return false;
  if (frex_org_text_is(c, o + 1, "PSE"))
    return true;
  if (!frex_org_text_is(c, o + 1, "plan") || !frex_org_joined(c, o + 2))
    return false;
  if (frex_org_text_is(c, o + 2, "social"))
    return true;
  static const char *const kinds[] = {"sauvegarde", "departs", NULL};
  return o + 3 < c->n && frex_org_tis(c, o + 2, ORG_W_DE) &&
         frex_org_joined(c, o + 3) && frex_org_key_in(c, o + 3, kinds);
}

/* Token P is prévoit, envisage, prépare (and plurals): a verb cuts_after
 * reads as an auxiliary. */
static bool plan_aux(const org_ctx *c, size_t p) {
  static const char *const verbs[] = {"prevoit", "prevoient", "envisage",
                                      "envisagent", "prepare", "preparent",
                                      NULL};
  return frex_org_key_in(c, p, verbs);
}

static int cuts_after(const org_ctx *c, size_t k) {
  static const char *const aux[] = {"a",      "va",       "vient",  "doit",
                                     "devrait", "prevoit", "compte", "envisage",
                                     "veut",   "avait",    "aurait", NULL};
  static const char *const cut[] = {
      "supprime",  "suppriment", "supprimer",  "supprimera", "licencie",
      "licencient", "licencier",  "licenciera", "ferme",      "ferment",
      "fermer",    "fermera",    NULL};
  static const char *const announce[] = {"annonce", "annoncent", "officialise",
                                         "confirme", "engage", NULL};
  static const char *const news[] = {"suppression", "fermeture", NULL};
  static const char *const filed[] = {"depose", "deposer", "deposera", NULL};
  static const char *const bilan[] = {"bilan", NULL};
  size_t v = k;
  if (v + 2 >= c->n || !frex_org_joined(c, v))
    return false;
  unsigned char f0 = frex_org_first(c, v);
  if ((f0 == 'a' || f0 == 'v' || f0 == 'd' || f0 == 'p' || f0 == 'c' ||
       f0 == 'e') &&
      frex_org_key_in(c, v, aux)) {
    v++; /* vient de, prévoit de, envisage de */
    if (v < c->n && frex_org_joined(c, v) &&
        (frex_org_tis(c, v, ORG_W_DE) || frex_org_tis(c, v, ORG_W_D)))
      v++;
  }
  if (v + 2 >= c->n || !frex_org_joined(c, v))
    return false;
  /* X prévoit son introduction en Bourse, X vise une introduction en
   * Bourse */
  static const char *const ipo_det[] = {"son", "sa", "une", NULL};
  static const char *const ipo_verb[] = {"vise", "visent", "prepare",
                                         "preparent", "lance", "reporte",
                                         NULL};
  size_t d = frex_org_key_in(c, v, ipo_verb) ? v + 1 : v;
  if (d + 3 < c->n && frex_org_key_in(c, d, ipo_det) &&
      frex_org_joined(c, d + 1) && frex_org_text_is(c, d + 1, "introduction"))
    return frex_org_joined(c, d + 2) && frex_org_text_is(c, d + 2, "en") &&
           frex_org_joined(c, d + 3) &&
           (frex_org_news(c, d + 3) & N_MARKET);
  /* the verb by its bytes first: supprime, licencie, ferme, dépose,
   * annonce, officialise, confirme, engage; relève, abaisse, maintient,
   * réduit (ses prévisions); délocalise; ouvre (son capital), entre (au
   * capital) */
  const char *vt = c->text + c->tok[v].start;
  size_t vn = c->tok[v].end - c->tok[v].start;
  /* X a été racheté par Y, X a été acquise par Y: only a company is
   * bought (not cédé, repris: a player, a suspect) */
  if (vn == 5 && memcmp(vt, "\xc3\xa9t\xc3\xa9", 5) == 0) {
    static const char *const bought[] = {
        "rachete", "rachetee", "rachetes", "rachetees", "acquis",
        "acquise", "acquises", NULL};
    if (v + 2 < c->n && frex_org_joined(c, v + 1) &&
        frex_org_key_in(c, v + 1, bought) && frex_org_joined(c, v + 2) &&
        frex_org_tis(c, v + 2, ORG_W_PAR))
      return true;
    /* X a été cédée à un fonds, X a été reprise par le groupe Y: sold to
     * a buyer told by its trade (a player is cédé à un club, not to
     * these) */
    static const char *const sold[] = {"cede",   "cedee",   "cedes",
                                       "cedees", "repris",  "reprise",
                                       "reprises", NULL};
    static const char *const det[] = {"un", "une", "le", "la", "l'", NULL};
    static const char *const buyers[] = {
        "fonds",      "groupe",       "industriel", "investisseur",
        "concurrent", "consortium",   "holding",    "societe",
        "entreprise", NULL};
    if (v + 4 >= c->n || !frex_org_joined(c, v + 1) ||
        !frex_org_key_in(c, v + 1, sold) || !frex_org_joined(c, v + 2) ||
        !(frex_org_tis(c, v + 2, ORG_W_A) || frex_org_tis(c, v + 2, ORG_W_AU) ||
          frex_org_tis(c, v + 2, ORG_W_PAR)))
      return false;
    size_t o = v + 3;
    if (!frex_org_tis(c, v + 2, ORG_W_AU)) {
      if (!frex_org_joined(c, o) || !frex_org_key_in(c, o, det))
        return false;
      o++;
    }
    return frex_org_joined(c, o) && frex_org_tlower(c, o) &&
           frex_org_key_in(c, o, buyers);
  }
  /* X présente un plan social, X prévoit un PSE, X lance un plan de
   * sauvegarde de l'emploi, un plan de départs volontaires: what only an
   * employer does (prévoit, envisage, prépare were read as auxiliaries) */
  static const char *const plan_verb[] = {
      "presente", "presentent", "lance", "lancent", "prepare", "preparent",
      "prevoit", "prevoient", "envisage", "envisagent", NULL};
  size_t plan_at = frex_org_text_is(c, v, "un") && v > k && plan_aux(c, v - 1)
                       ? v
             : (vn >= 5 && (memcmp(vt, "pr\xc3\xa9", 4) == 0 ||
                            memcmp(vt, "lanc", 4) == 0 ||
                            memcmp(vt, "envi", 4) == 0) &&
                frex_org_key_in(c, v, plan_verb))
                 ? v + 1
                 : 0;
  if (plan_at && social_plan(c, plan_at))
    return true;
  /* mis, met: X a mis la main sur Y */
  bool put = vn == 3 && (memcmp(vt, "mis", 3) == 0 || memcmp(vt, "met", 3) == 0);
  if (!put && (vn < 4 ||
      !(memcmp(vt, "suppr", 4) == 0 || memcmp(vt, "lice", 4) == 0 ||
        memcmp(vt, "ferm", 4) == 0 || memcmp(vt, "d\xc3\xa9p", 4) == 0 ||
        memcmp(vt, "anno", 4) == 0 || memcmp(vt, "offi", 4) == 0 ||
        memcmp(vt, "conf", 4) == 0 || memcmp(vt, "enga", 4) == 0 ||
        memcmp(vt, "rel", 3) == 0 || memcmp(vt, "abai", 4) == 0 ||
        memcmp(vt, "main", 4) == 0 || memcmp(vt, "r\xc3\xa9", 3) == 0 ||
        memcmp(vt, "rehau", 4) == 0 || memcmp(vt, "d\xc3\xa9l", 4) == 0 ||
        memcmp(vt, "ouv", 3) == 0 || memcmp(vt, "entr", 4) == 0 ||
        memcmp(vt, "rach", 4) == 0 || memcmp(vt, "acq", 3) == 0 ||
        memcmp(vt, "recr", 4) == 0 || memcmp(vt, "emba", 4) == 0 ||
        memcmp(vt, "inve", 4) == 0 || memcmp(vt, "remp", 4) == 0 ||
        memcmp(vt, "d\xc3\xa9" "cro", 6) == 0 ||
        memcmp(vt, "d\xc3\xa9m", 4) == 0 || memcmp(vt, "fina", 4) == 0 ||
        memcmp(vt, "bouc", 4) == 0 || memcmp(vt, "cher", 4) == 0 ||
        memcmp(vt, "trou", 4) == 0 || memcmp(vt, "reno", 4) == 0 ||
        memcmp(vt, "mett", 4) == 0)))
    return false;
  /* X renoue avec les bénéfices, X a renoué avec la rentabilité (not a
   * town's tourism: the caller) */
  static const char *const again[] = {"renoue", "renouent", NULL};
  static const char *const profit[] = {"benefices", "rentabilite", "profits",
                                       NULL};
  if (frex_org_key_in(c, v, again))
    return v + 3 < c->n && frex_org_joined(c, v + 1) &&
           frex_org_text_is(c, v + 1, "avec") && frex_org_joined(c, v + 2) &&
           (frex_org_tis(c, v + 2, ORG_W_LES) ||
            frex_org_tis(c, v + 2, ORG_W_LA)) &&
           frex_org_joined(c, v + 3) && frex_org_key_in(c, v + 3, profit);
  /* X cherche un repreneur, X a trouvé un repreneur: a business for sale
   * (a shop, a firm, a club: all companies) */
  static const char *const seeks[] = {"cherche", "cherchent", "recherche",
                                      "trouve", NULL};
  if (frex_org_key_in(c, v, seeks))
    return v + 2 < c->n && frex_org_joined(c, v + 1) &&
                   frex_org_text_is(c, v + 1, "un") &&
                   frex_org_joined(c, v + 2) &&
                   frex_org_text_is(c, v + 2, "repreneur")
               ? CUT_PEOPLE_DO /* a shopkeeper too: Dupont cherche... */
               : 0;
  /* X recrute 200 personnes, X va embaucher 50 techniciens; X investit 10
   * millions d'euros dans son usine; X a remporté un contrat, l'appel
   * d'offres */
  static const char *const hires[] = {"recrute",   "recrutent",  "recruter",
                                      "recrutera", "embauche",   "embauchent",
                                      "embaucher", "embauchera", NULL};
  static const char *const invests[] = {"investit", "investissent",
                                        "investir", "investira", "investi",
                                        NULL};
  static const char *const wins[] = {"remporte",  "remportent", "remporter",
                                     "remportera", "decroche",  "decrochent",
                                     "decrocher", NULL};
  if (frex_org_key_in(c, v, hires))
    return hire_object(c, v + 1) ? CUT_PEOPLE_DO : 0;
  if (frex_org_key_in(c, v, invests))
    return money_object(c, v + 1) ? CUT_PEOPLE_DO : 0;
  if (frex_org_key_in(c, v, wins))
    return contract_object(c, v + 1) ? CUT_PEOPLE_DO : 0;
  static const char *const outlook_verb[] = {
      "releve",   "relevent", "abaisse", "abaissent", "maintient",
      "maintiennent", "confirme", "confirment", "reduit", "reduisent",
      "revise",   "rehausse", "relever", "abaisser",  "maintenir", NULL};
  static const char *const outlook[] = {"previsions", "objectifs",
                                        "perspectives", "guidance", NULL};
  static const char *const poss[] = {"son", "sa", "ses", NULL};
  if (frex_org_key_in(c, v, outlook_verb) && frex_org_joined(c, v + 1) &&
      frex_org_key_in(c, v + 1, poss)) {
    /* ses prévisions, ses objectifs annuels; not Macron confirme ses
     * objectifs (a politician's): objectifs with a figure's adjective */
    static const char *const fig[] = {"annuels", "financiers", "2025",
                                      "2026", "2027", "2028", "2030", NULL};
    size_t o = v + 2;
    if (!frex_org_joined(c, o) || !frex_org_key_in(c, o, outlook))
      return false;
    return !frex_org_text_is(c, o, "objectifs") ||
           (o + 1 < c->n && frex_org_joined(c, o + 1) &&
            (frex_org_key_in(c, o + 1, fig) ||
             c->tok[o + 1].cls == FREX_TOK_NUM));
  }
  static const char *const moved[] = {"delocalise", "delocalisent",
                                      "delocaliser", "delocalisera", NULL};
  static const char *const made[] = {"production", "activite", "activites",
                                     "usine", "usines", "fabrication", NULL};
  if (frex_org_key_in(c, v, moved)) /* X délocalise sa production */
    return frex_org_joined(c, v + 1) && frex_org_key_in(c, v + 1, poss) &&
           frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, made);
  /* X ouvre son capital à, X entre au capital de */
  static const char *const opens[] = {"ouvre", "ouvert", "ouvrir", "ouvrira",
                                      NULL};
  static const char *const enters[] = {"entre", "entrer", "entrera",
                                       "entrent", NULL};
  static const char *const capital[] = {"capital", NULL};
  /* X a racheté Y, X rachète Y, X va racheter Y, X a acquis Y: a buyer of
   * a company (a name, no first name nor town), or of le groupe Y */
  static const char *const buys[] = {"rachete", "rachetent", "racheter",
                                     "rachetera", "acquis", "acquiert",
                                     "acquerir", NULL};
  /* X a mis la main sur Y, X met la main sur Y: the same purchase */
  static const char *const puts_hand[] = {"mis", "met", "mettent", "mettre",
                                          "mettra", NULL};
  static const char *const hand[] = {"main", NULL};
  static const char *const on[] = {"sur", NULL};
  bool hand_on = frex_org_key_in(c, v, puts_hand) && v + 4 < c->n &&
                 frex_org_joined(c, v + 1) && frex_org_tis(c, v + 1, ORG_W_LA) &&
                 frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, hand) &&
                 frex_org_joined(c, v + 3) && frex_org_key_in(c, v + 3, on);
  if (hand_on || frex_org_key_in(c, v, buys)) {
    size_t y = hand_on ? v + 4 : v + 1;
    if (y + 1 < c->n && frex_org_joined(c, y) &&
        (frex_org_tis(c, y, ORG_W_LE) || frex_org_tis(c, y, ORG_W_LA) ||
         frex_org_tis(c, y, ORG_W_L)) &&
        frex_org_joined(c, y + 1) && frex_org_tlower(c, y + 1) &&
        frex_org_in(c, y + 1, L_COMPANY_CUE))
      return true; /* a racheté le groupe Y, la société Y */
    /* X rachète son concurrent allemand: a rival firm bought */
    static const char *const rival[] = {"concurrent", "rival", NULL};
    if (y + 1 < c->n && frex_org_joined(c, y) &&
        frex_org_text_is(c, y, "son") && frex_org_joined(c, y + 1) &&
        frex_org_key_in(c, y + 1, rival))
      return true;
    return y < c->n && frex_org_joined(c, y) && frex_org_name_word(c, y) &&
           c->tok[y].cls == FREX_TOK_WORD && frex_org_tcap(c, y) &&
           !frex_org_function_word(c, y) && !first_name(c, y) &&
           !(name_end(c, y) == y + 1 && frex_org_town(c, y));
  }
  if (frex_org_key_in(c, v, opens)) {
    if (frex_org_joined(c, v + 1) && frex_org_text_is(c, v + 1, "son") &&
        frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, capital))
      return true;
    /* X a ouvert un (nouveau) magasin à Brest, une usine, une agence: a
     * shop a person may open too (CUT_PEOPLE_DO) */
    static const char *const one[] = {"un", "une", "son", "sa", NULL};
    static const char *const fresh[] = {
        "nouveau", "nouvelle", "second", "seconde", "deuxieme", "troisieme",
        "premier", "premiere", NULL};
    static const char *const outlet[] = {
        "magasin", "usine",  "site",     "entrepot", "agence",
        "succursale", "supermarche", "hypermarche", "concession",
        "showroom", "plateforme", "centre", NULL};
    size_t o = v + 1;
    if (!frex_org_joined(c, o) || !frex_org_key_in(c, o, one))
      return false;
    o++;
    if (frex_org_joined(c, o) && frex_org_key_in(c, o, fresh))
      o++;
    return frex_org_joined(c, o) && frex_org_key_in(c, o, outlet)
               ? CUT_PEOPLE_DO
               : 0;
  }
  /* X a déménagé son siège (social) à Nantes */
  static const char *const moves[] = {"demenage", "demenagent", "demenager",
                                      "demenagera", "transfere", NULL};
  static const char *const seat[] = {"siege", NULL};
  if (frex_org_key_in(c, v, moves))
    return frex_org_joined(c, v + 1) && frex_org_key_in(c, v + 1, poss) &&
           frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, seat);
  if (frex_org_key_in(c, v, enters))
    return frex_org_joined(c, v + 1) && frex_org_tis(c, v + 1, ORG_W_AU) &&
           frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, capital);
  if (frex_org_key_in(c, v, cut))
    return cut_object(c, v + 1);
  if (frex_org_key_in(c, v, filed)) /* X dépose le bilan */
    return frex_org_joined(c, v + 1) && frex_org_tis(c, v + 1, ORG_W_LE) &&
           frex_org_joined(c, v + 2) && frex_org_key_in(c, v + 2, bilan);
  /* X a annoncé un plan social, un PSE, un plan de sauvegarde de
   * l'emploi: what only an employer does */
  if (v + 3 < c->n && frex_org_key_in(c, v, announce) &&
      frex_org_joined(c, v + 1) && frex_org_text_is(c, v + 1, "un") &&
      frex_org_joined(c, v + 2) &&
      (frex_org_text_is(c, v + 2, "PSE") ||
       (frex_org_text_is(c, v + 2, "plan") && frex_org_joined(c, v + 3) &&
        frex_org_text_is(c, v + 3, "social"))))
    return true;
  /* X a finalisé le rachat de Y, X boucle l'acquisition de son
   * concurrent: the buyer of a company (not annonce: a minister announces
   * a buyout too) */
  static const char *const closes[] = {"finalise", "finalisent", "boucle",
                                       "bouclent", "officialise", NULL};
  if (v + 4 < c->n && frex_org_key_in(c, v, closes) &&
      buyout_object(c, v + 1))
    return CUT_PEOPLE_DO;
  /* X a annoncé la suppression de 230 postes, la fermeture de son usine */
  if (!frex_org_key_in(c, v, announce) || v + 4 >= c->n ||
      !frex_org_joined(c, v + 1) || !frex_org_tis(c, v + 1, ORG_W_LA) ||
      !frex_org_joined(c, v + 2) || !frex_org_key_in(c, v + 2, news) ||
      !frex_org_joined(c, v + 3))
    return false;
  v += 3;
  if (frex_org_tis(c, v, ORG_W_DE) || frex_org_tis(c, v, ORG_W_D))
    return cut_object(c, v + 1);
  return false;
}

/* "X et Y ont annoncé leur fusion", "X et Y vont fusionner", "X et Y ont
 * finalisé leur rapprochement", "X et Y créent une coentreprise": two
 * names coordinated as the subject of a merger, each a company's.  X
 * opens a clause; I is X's first token, or Y's (after et).  Not people
 * (a first name: Jean et Marie ont annoncé leur mariage, so mariage is
 * left to la fusion entre X et Y), not towns (Paris et Lyon vont
 * fusionner). */
/* ont signé un accord de distribution, ont conclu un partenariat, ont
 * noué un accord commercial: the deal of two firms at V (un, leur), after
 * a signing verb's participle; a deal named by its business (not un
 * accord de coalition, un contrat de mariage: politicians, people) */
static bool deal_signed(const org_ctx *c, size_t v) {
  static const char *const signed_[] = {"signe", "conclu", "noue", "paraphe",
                                        NULL};
  static const char *const det[] = {"un", "leur", "deux", NULL};
  static const char *const pact[] = {"accord", "accords", "contrat",
                                     "contrats", NULL};
  static const char *const partner[] = {"partenariat", "partenariats", NULL};
  static const char *const trade[] = {
      "distribution", "licence",     "partenariat", "sous-traitance",
      "commercialisation", "cession", "rachat",     "exclusivite",
      "sponsoring",   "parrainage",  "franchise",   NULL};
  /* not coopération, fourniture, livraison, production: states sign
   * those (un accord de fourniture de gaz) */
  static const char *const commercial[] = {
      "commercial", "commerciaux", "industriel", "industriels", "strategique",
      "strategiques", NULL};
  if (v <= c->first || !frex_org_key_in(c, v, det) ||
      !frex_org_key_in(c, v - 1, signed_) || !frex_org_joined(c, v + 1))
    return false;
  if (frex_org_key_in(c, v + 1, partner))
    return true;
  if (!frex_org_key_in(c, v + 1, pact) || !frex_org_joined(c, v + 2))
    return false;
  if (frex_org_key_in(c, v + 2, commercial))
    return true;
  return (frex_org_tis(c, v + 2, ORG_W_DE) || frex_org_tis(c, v + 2, ORG_W_D)) &&
         frex_org_joined(c, v + 3) && frex_org_key_in(c, v + 3, trade);
}

static __attribute__((noinline)) bool merge_subject(const org_ctx *c, size_t i,
                                                    size_t *end) {
  static const char *const links[] = {"et", "que", "qu'", "mais", "puis",
                                      NULL};
  static const char *const merged[] = {
      "fusionner", "fusionnent", "fusionne", "fusionneront", "fusionnaient",
      "fusionnera", NULL};
  static const char *const theirs[] = {"leur", "leurs", NULL};
  /* not leur rapprochement: Bayrou et Macron ont annoncé leur
   * rapprochement (politicians, countries) */
  static const char *const deal[] = {"fusion", "coentreprise", "co-entreprise",
                                     "joint-venture", NULL};
  static const char *const one[] = {"une", NULL};
  static const char *const joint[] = {"coentreprise", "co-entreprise",
                                      "joint-venture", NULL};
  /* by the bytes first: fusion..., leur, une within ten words after I */
  bool maybe = false;
  for (size_t v = i + 1; v < c->n && v < i + 11 && !maybe; v++) {
    const char *t = c->text + c->tok[v].start;
    size_t n = c->tok[v].end - c->tok[v].start;
    maybe = (n >= 6 && memcmp(t, "fusion", 6) == 0) ||
            (n >= 4 && memcmp(t, "leur", 4) == 0 && n <= 5) ||
            (n == 3 && memcmp(t, "une", 3) == 0) ||
            (n == 2 && memcmp(t, "un", 2) == 0);
  }
  if (!maybe)
    return false;
  size_t x0, xk, y0, yk;
  if (i > c->first + 1 && frex_org_joined(c, i) &&
      frex_org_tis(c, i - 1, ORG_W_ET)) { /* Y: back to X */
    x0 = name_back(c, i - 1);
    xk = i - 1;
    y0 = i;
  } else {
    x0 = i;
    xk = name_end(c, i);
    y0 = xk + 1;
    if (y0 >= c->n || !frex_org_tis(c, xk, ORG_W_ET))
      return false;
  }
  if (x0 == SIZE_MAX || y0 >= c->n || !frex_org_joined(c, xk) ||
      !frex_org_joined(c, y0) || !frex_org_name_word(c, y0) ||
      c->tok[y0].cls != FREX_TOK_WORD)
    return false;
  yk = name_end(c, y0);
  /* X opens a clause: a sentence start, a punctuation mark, a conjunction */
  if (!frex_org_sent_start(c, x0) && x0 > c->first && frex_org_joined(c, x0) &&
      c->tok[x0 - 1].cls == FREX_TOK_WORD && !frex_org_key_in(c, x0 - 1, links))
    return false;
  /* de Lacq, Lagor et Monein ont fusionné: the end of a longer list (of
   * communes, here), no subject of two names */
  if (x0 > c->first + 1 && frex_org_joined(c, x0) &&
      frex_org_text_is(c, x0 - 1, ",") && frex_org_name_word(c, x0 - 2))
    return false;
  /* the merger within five lowercase words after Y */
  bool found = false;
  for (size_t v = yk; v < yk + 5 && v + 1 < c->n && !found; v++) {
    if (!frex_org_joined(c, v) || !frex_org_tlower(c, v) ||
        c->tok[v].cls != FREX_TOK_WORD)
      return false;
    unsigned char f = frex_org_first(c, v);
    if (f != 'f' && f != 'l' && f != 'u' && f != 'd')
      continue; /* fusionner, leur, une, un, deux: by the first byte first */
    found = frex_org_key_in(c, v, merged) || deal_signed(c, v) ||
            (frex_org_joined(c, v + 1) &&
             ((frex_org_key_in(c, v, theirs) &&
               frex_org_key_in(c, v + 1, deal)) ||
              (frex_org_key_in(c, v, one) &&
               frex_org_key_in(c, v + 1, joint))));
  }
  if (!found)
    return false;
  for (int side = 0; side < 2; side++) {
    size_t a = side ? y0 : x0, b = side ? yk : xk;
    if (!name_start(c, a) || frex_org_function_word(c, a) ||
        !frex_org_tcap(c, a) || first_name(c, a) ||
        frex_org_tis(c, a, ORG_W_LE) || frex_org_tis(c, a, ORG_W_LA) ||
        frex_org_tis(c, a, ORG_W_LES) ||
        (b == a + 1 && frex_org_town(c, a)))
      return false;
  }
  if (i == x0 && frex_org_person_before(c, x0))
    return false;
  *end = i == x0 ? xk : yk;
  return true;
}

/* The word QT (QN bytes) after a name opening a clause may start what
 * rule_business reads there, by its bytes alone: a, va, vient, devrait,
 * lève, publie, affiche, réalise, enregistre (raised_after,
 * earnings_after); emploie, compte (staff_after); supprime, ferme,
 * licencie, prévoit, doit, veut, envisage, relève, abaisse, maintient,
 * confirme, réduit, délocalise, ouvre, entre, vise, prépare, met (la
 * main sur) (cuts_after). */
static inline bool subject_verb_maybe(const char *qt, size_t qn) {
  switch ((unsigned char)qt[0]) {
  case 'a':
    return qn == 1 || qn == 5 || qn == 6 ||
           (qn == 8 && (memcmp(qt, "acquiert", 8) == 0 ||
                        memcmp(qt, "anticipe", 8) == 0)) ||
           (qn == 7 && (memcmp(qt, "affiche", 7) == 0 ||
                        memcmp(qt, "abaisse", 7) == 0 ||
                        memcmp(qt, "annonce", 7) == 0)) ||
           (qn == 9 && memcmp(qt, "annoncent", 9) == 0);
  case 'b':
    return qn == 6 && memcmp(qt, "boucle", 6) == 0;
  case 'g': /* gagne (des clients) */
    return (qn == 5 && memcmp(qt, "gagne", 5) == 0) ||
           (qn == 7 && memcmp(qt, "gagnent", 7) == 0);
  case 't': /* table (sur) */
    return (qn == 5 && memcmp(qt, "table", 5) == 0) ||
           (qn == 7 && memcmp(qt, "tablent", 7) == 0);
  case 'v':
    return qn == 2 || qn == 5 ||
           (qn == 4 && (memcmp(qt, "veut", 4) == 0 ||
                        memcmp(qt, "vise", 4) == 0));
  case 'd':
    return qn == 7 || (qn == 4 && memcmp(qt, "doit", 4) == 0) ||
           (qn == 10 && memcmp(qt, "d\xc3\xa9m\xc3\xa9nage", 10) == 0) ||
           (qn == 11 && memcmp(qt, "d\xc3\xa9localise", 11) == 0);
  case 'l':
    return (qn >= 4 && qn <= 6) ||
           ((qn == 8 || qn == 10) && memcmp(qt, "licenci", 7) == 0);
  case 'p': /* perd (des abonnés) */
    return (qn == 4 && memcmp(qt, "perd", 4) == 0) ||
           (qn == 7 && memcmp(qt, "perdent", 7) == 0) ||
           (qn == 6 && memcmp(qt, "publie", 6) == 0) ||
           (qn == 8 && (memcmp(qt, "pr\xc3\xa9voit", 8) == 0 ||
                        memcmp(qt, "pr\xc3\xa9pare", 8) == 0)) ||
           (qn == 9 && memcmp(qt, "pr\xc3\xa9sente", 9) == 0);
  case 'r':
    return (qn == 7 && memcmp(qt, "recrute", 7) == 0) ||
           (qn == 9 && memcmp(qt, "recrutent", 9) == 0) ||
           (qn == 6 && memcmp(qt, "renoue", 6) == 0) ||
           (qn == 8 && memcmp(qt, "remporte", 8) == 0) ||
           (qn == 8 && (memcmp(qt, "r\xc3\xa9" "alise", 8) == 0 ||
                        memcmp(qt, "rach\xc3\xa8te", 8) == 0)) ||
           (qn == 7 && (memcmp(qt, "rel\xc3\xa8ve", 7) == 0 ||
                        memcmp(qt, "r\xc3\xa9" "duit", 7) == 0));
  case 'i':
    return (qn == 8 && memcmp(qt, "investit", 8) == 0) ||
           (qn == 12 && memcmp(qt, "investissent", 12) == 0);
  case 'e':
    return (qn == 8 && memcmp(qt, "embauche", 8) == 0) ||
           (qn == 10 && memcmp(qt, "embauchent", 10) == 0) ||
           (qn == 10 && memcmp(qt, "enregistre", 10) == 0) ||
           (qn >= 7 && qn <= 9 && memcmp(qt, "emplo", 5) == 0) ||
           (qn == 8 && memcmp(qt, "envisage", 8) == 0) ||
           (qn == 5 && memcmp(qt, "entre", 5) == 0);
  case 'c':
    return (qn == 7 && memcmp(qt, "cherche", 7) == 0) ||
           (qn >= 6 && qn <= 8 && memcmp(qt, "compt", 5) == 0) ||
           (qn == 8 && memcmp(qt, "confirme", 8) == 0);
  case 's':
    return (qn == 8 || qn == 10) && memcmp(qt, "suppri", 6) == 0;
  case 'f':
    return ((qn == 5 || qn == 7) && memcmp(qt, "ferm", 4) == 0) ||
           (qn == 8 && memcmp(qt, "finalise", 8) == 0);
  case 'm': /* maintient; met (la main sur); mise (sur) */
    return (qn == 9 && memcmp(qt, "maintient", 9) == 0) ||
           ((qn == 4 || qn == 6) && memcmp(qt, "mise", 4) == 0) ||
           (qn == 3 && memcmp(qt, "met", 3) == 0) ||
           (qn == 7 && memcmp(qt, "mettent", 7) == 0);
  case 'o':
    return qn == 5 && memcmp(qt, "ouvre", 5) == 0;
  default:
    return false;
  }
}

/* The word before I may end a stake (51 % d'X: de, d', d' after % or
 * cent) or name a rival (concurrent, rival): by the bytes, inline,
 * before bought_object's call. */
static inline bool bought_maybe(const org_ctx *c, size_t i) {
  if (i < c->first + 4)
    return false;
  const frex_token *t = &c->tok[i - 1], *u = &c->tok[i - 2];
  size_t n = t->end - t->start, un = u->end - u->start;
  switch ((unsigned char)c->text[t->start]) {
  case 'd':
    return (n == 2 || n == 4) &&
           ((un == 1 && c->text[u->start] == '%') ||
            (un == 4 && memcmp(c->text + u->start, "cent", 4) == 0));
  case 'c':
    return n >= 10 && n <= 11;
  case 'r':
    return n >= 5 && n <= 6;
  default:
    return false;
  }
}

/* The name at I is what a company buys, sells or holds: a stake (a
 * racheté 51 % d'X, détient 15 % de X, a cédé 10 % de X) or its rival (a
 * racheté son concurrent X, absorbe son rival X).  By the bytes of the
 * word before I first: de, d', d’ after %, or concurrent, rival. */
static __attribute__((noinline)) bool bought_object(const org_ctx *c,
                                                    size_t i) {
  static const char *const verbs[] = {
      "rachete", "rachetee", "racheter", "rachetent", "racheterait",
      "acquis",  "acquiert", "acquerir", "cede",      "ceder",
      "vend",    "vendu",    "vendre",   "detient",   "detenait",
      "detenir", "detiendra", "possede", "posseder",  "prend",
      "pris",    "prendre",  "absorbe",  "absorber",  "reprend",
      "repris",  "reprendre", NULL};
  static const char *const rival[] = {"concurrent", "concurrente", "rival",
                                      "rivale", NULL};
  static const char *const poss[] = {"son", "sa", NULL};
  if (i < c->first + 4 || !frex_org_joined(c, i))
    return false;
  const frex_token *t = &c->tok[i - 1];
  size_t n = t->end - t->start;
  unsigned char f = (unsigned char)c->text[t->start];
  size_t v;
  const char *pt = c->text + c->tok[i - 2].start; /* % or cent, raw */
  size_t pn = c->tok[i - 2].end - c->tok[i - 2].start;
  if (f == 'd' && (n == 2 || n == 4) &&
      ((pn == 1 && pt[0] == '%') || (pn == 4 && memcmp(pt, "cent", 4) == 0)) &&
      (frex_org_tis(c, i - 1, ORG_W_DE) || frex_org_tis(c, i - 1, ORG_W_D))) {
    /* 51 % d'X, 51 pour cent de X */
    size_t q = i - 2;
    if (!frex_org_joined(c, i - 1) || !frex_org_joined(c, q))
      return false;
    if (frex_org_text_is(c, q, "%"))
      q--;
    else if (frex_org_text_is(c, q, "cent") && frex_org_text_is(c, q - 1, "pour"))
      q -= 2;
    else
      return false;
    if (q <= c->first || c->tok[q].cls != FREX_TOK_NUM || !frex_org_joined(c, q))
      return false;
    v = q - 1;
  } else if (((f == 'c' && n >= 10 && n <= 11 &&
               memcmp(c->text + t->start, "concurren", 9) == 0) ||
              (f == 'r' && n >= 5 && n <= 6 &&
               memcmp(c->text + t->start, "rival", 5) == 0)) &&
             frex_org_key_in(c, i - 1, rival)) {
    if (!frex_org_joined(c, i - 1) || !frex_org_key_in(c, i - 2, poss) ||
        !frex_org_joined(c, i - 2))
      return false;
    v = i - 3;
  } else {
    return false;
  }
  return frex_org_tlower(c, v) && frex_org_key_in(c, v, verbs) &&
         !first_name(c, i);
}

/* The name at I is the buyer of what a company sells, with its price: "a
 * cédé son pôle santé à Primonial pour 1,5 milliard d'euros", "vend sa
 * filiale à Zorgex pour 200 millions".  "à" before I (tested by its two
 * bytes first), "pour" and a number after the name, and a verb of sale
 * at most eight words before "à"; not a first name (vendu à Xavier Niel
 * pour...) nor a town (vendu à Lyon pour...). */
static __attribute__((noinline)) bool sold_to(const org_ctx *c, size_t i) {
  static const char *const sells[] = {
      "cede",   "cedee",  "cedes",  "cedees",  "ceder",   "cedent",
      "cedera", "vend",   "vendu",  "vendue",  "vendus",  "vendues",
      "vendre", "vendent", "vendra", "revend", "revendu", "revendue",
      "revendre", NULL};
  if (i < c->first + 3 || !frex_org_joined(c, i) ||
      !frex_org_tis(c, i - 1, ORG_W_A) || !frex_org_joined(c, i - 1) ||
      !frex_org_tcap(c, i) || frex_org_function_word(c, i) ||
      first_name(c, i))
    return false;
  size_t e = name_end(c, i);
  if (e + 1 >= c->n || !frex_org_joined(c, e) || !frex_org_joined(c, e + 1) ||
      !frex_org_tis(c, e, ORG_W_POUR) || c->tok[e + 1].cls != FREX_TOK_NUM ||
      (e == i + 1 && frex_org_town(c, i)))
    return false;
  for (size_t v = i - 2, k = 0; v > c->first && k < 8; v--, k++) {
    if (!frex_org_joined(c, v + 1))
      return false;
    if (frex_org_tlower(c, v) && frex_org_key_in(c, v, sells))
      return true;
  }
  return false;
}

/* May the token before I be the last word of what rule_business reads
 * before a name?  Its first byte, the union of what each test needs:
 * business_before de, d', d’, par or a form of rachat (r, R);
 * finance_before dans, avec, par, de, du, d', d’; deal_link_maybe par, à,
 * et, entre, avec, de, d', d’; bought_maybe de, d' (after %), concurrent,
 * rival; sold_to à.  Most tokens before a capitalised word start with
 * none of these bytes (a full stop, le, la, a capital): the five tests
 * are then skipped at once. */
static inline bool business_link_byte(const org_ctx *c, size_t i) {
  if (i <= c->first)
    return false;
  switch ((unsigned char)c->text[c->tok[i - 1].start]) {
  case 'a': case 'c': case 'd': case 'e': case 'p': case 'r': case 'R':
  case 0xc3:
    return true;
  default:
    return false;
  }
}

/* What only a firm does, said right after a name [T0, K) that opens a
 * clause (a sentence start, a punctuation mark, a conjunction): funds
 * raised, accounts, its own figures, its staff, job cuts, a purchase
 * (Total a supprimé 300 postes, Avril a mis la main sur Costa, Rubis
 * table sur une hausse de ses ventes).  Evidence for an ambiguous name of
 * the dictionary. */
bool frex_org_firm_deeds_after(const org_ctx *c, size_t t0, size_t k) {
  static const char *const links[] = {"et", "que", "qu'", "mais", "puis",
                                      NULL};
  if (k + 2 >= c->n || !frex_org_joined(c, k))
    return false;
  /* Elle a levé 20 millions: the pronoun, not the magazine; as for the
   * verbs of ACTS, an ambiguous acronym, a person the document names
   * (asked last, below: the first frex_org_named_person of a document
   * reads all its tokens) */
  if (k == t0 + 1 &&
      (frex_org_function_word(c, t0) || frex_org_acronym_like(c, t0)))
    return false;
  if (!frex_org_sent_start(c, t0) && t0 > c->first &&
      frex_org_joined(c, t0) && c->tok[t0 - 1].cls == FREX_TOK_WORD &&
      !frex_org_key_in(c, t0 - 1, links))
    return false;
  const char *qt = c->text + c->tok[k].start;
  if (!subject_verb_maybe(qt, c->tok[k].end - c->tok[k].start))
    return false;
  return (raised_after(c, k) || earnings_after(c, k) ||
          own_figures_after(c, k) || staff_after(c, k) || cuts_after(c, k) ||
          customers_after(c, k)) &&
         !(k == t0 + 1 && frex_org_named_person(c, t0));
}

static bool rule_business(const org_ctx *c, size_t i, org_span *s) {
  bool linked = business_link_byte(c, i);
  int b = linked ? business_before(c, i) : 0;
  bool fin = linked && !b && finance_before(c, i);
  const frex_token *pt = &c->tok[i > 0 ? i - 1 : 0];
  bool deal = linked && !b && !fin &&
              ((deal_link_maybe(c, i) && deal_around(c, i)) ||
               (bought_maybe(c, i) && bought_object(c, i)) ||
               (i > c->first && pt->end - pt->start == 2 &&
                (unsigned char)c->text[pt->start] == 0xc3 && sold_to(c, i)));
  if (!b && !fin && !deal) {
    /* Zorgtech a levé 20 millions d'euros: a raiser of funds; Zorgtech a
     * réalisé un chiffre d'affaires de...: its accounts */
    static const char *const links[] = {"et", "que", "qu'", "mais", "puis",
                                        "dont", NULL};
    static const char *const makes[] = {
        "fabrique", "fabriquent", "exporte",  "exportent", "commercialise",
        "commercialisent", "conditionne", "conditionnent", "importe",
        "importent", NULL};
    /* first by the text alone, with no key: the first word after the
     * capitalised ones must start as a, va, vient, devrait, lève do */
    size_t q = i + 1;
    while (q < c->n && q < i + 5 && frex_org_joined(c, q) && frex_org_tcap(c, q))
      q++;
    if (q + 2 >= c->n || !frex_org_joined(c, q))
      return false;
    size_t q0 = q; /* X, qui emploie: past the comma and qui */
    if (c->text[c->tok[q].start] == ',' && c->tok[q].end == c->tok[q].start + 1 &&
        q + 3 < c->n && frex_org_text_is(c, q + 1, "qui"))
      q += 2;
    unsigned char f = (unsigned char)c->text[c->tok[q].start];
    size_t qn = c->tok[q].end - c->tok[q].start;
    /* ...or be publie, réalise, affiche, enregistre (earnings_after) */
    const char *qt = c->text + c->tok[q].start;
    /* Kelvance (300 salariés): a name with its staff in brackets */
    if (f == '(' && qn == 1 && q0 == q && name_start(c, i) &&
        !frex_org_function_word(c, i) && frex_org_tcap(c, i) &&
        !frex_org_person_before(c, i) && !first_name(c, i)) {
      size_t k = name_end(c, i);
      /* not l'usine de Cléon (3 000 salariés), les Forges de Zorgeval
       * (250 salariés): a site's place, a longer name's end */
      bool de = i > c->first && frex_org_joined(c, i) &&
                (frex_org_tis(c, i - 1, ORG_W_DE) ||
                 frex_org_tis(c, i - 1, ORG_W_D) ||
                 frex_org_tis(c, i - 1, ORG_W_DU) ||
                 frex_org_tis(c, i - 1, ORG_W_DES));
      if (k == q && !de && staff_bracket(c, k) &&
          !(k == i + 1 && frex_org_town(c, i))) {
        *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
        return true;
      }
    }
    /* X et Y vont fusionner: the first name, by the bytes of et (the
     * second is deal_around's) */
    size_t me;
    if (f == 'e' && qn == 2 && qt[1] == 't' && q0 == q &&
        merge_subject(c, i, &me)) {
      *s = (org_span){i, me, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
      return true;
    }
    /* Sofraline, qui fabrique des emballages, ...: a relative clause of
     * a maker's trade after the name (not vend, produit, distribue:
     * people's deeds as often) */
    if (q0 != q && (f == 'f' || f == 'e' || f == 'c' || f == 'i') &&
        frex_org_key_in(c, q, makes) && name_start(c, i) &&
        !frex_org_function_word(c, i) && frex_org_tcap(c, i) &&
        !frex_org_person_before(c, i) && !first_name(c, i)) {
      size_t k = name_end(c, i);
      if (k + 2 == q && (frex_org_sent_start(c, i) ||
                         (i > c->first && !frex_org_joined(c, i)) ||
                         (i > c->first && c->tok[i - 1].cls != FREX_TOK_WORD)) &&
          !(k == i + 1 && (frex_org_town(c, i) ||
                           frex_org_named_person(c, i)))) {
        *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
        return true;
      }
    }
    if (!subject_verb_maybe(qt, qn))
      return false; /* most words after a name: none of these */
    if (!name_start(c, i) || frex_org_function_word(c, i) ||
        !frex_org_tcap(c, i) || frex_org_person_before(c, i))
      return false; /* Jean Dupont a levé: not Dupont */
    /* the subject opens a clause: after a sentence start, a punctuation
     * mark or a conjunction (not la start-up de l'IA Zorgmind lève) */
    if (!frex_org_sent_start(c, i) && i > c->first &&
        frex_org_joined(c, i) && c->tok[i - 1].cls == FREX_TOK_WORD &&
        !frex_org_key_in(c, i - 1, links))
      return false;
    size_t k = name_end(c, i);
    int cut = 0;
    if (!(q0 == q && (raised_after(c, k) || earnings_after(c, k) ||
                      (own_figures_after(c, k) &&
                       /* Lyon table sur une hausse de son chiffre
                        * d'affaires touristique: the town's */
                       !(k == i + 1 && frex_org_town(c, i))))) &&
        /* not Brest emploie 200 salariés: the town's staff */
        !(staff_after(c, k) && !(k == i + 1 && frex_org_town(c, i))) &&
        !(q0 == q && (cut = cuts_after(c, k)) &&
          !(k == i + 1 && frex_org_town(c, i))))
      return false;
    /* Dupont recrute 20 saisonniers, Le Gall investit dans son restaurant:
     * a person's name (a capitalised article, a name the document gives
     * a person) */
    if (cut == CUT_PEOPLE_DO &&
        (frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
         (k == i + 1 && frex_org_named_person(c, i))))
      return false;
    if (first_name(c, i))
      return false;
    *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
    return true;
  }
  if (!name_start(c, i) || article_word(c, i))
    return false; /* a title (racheté Le Parisien) is left to the dictionary */
  size_t k = name_end(c, i);
  /* racheté par Silver Lake, investi dans Mistral AI: a name of several
   * words whose first is no first name (racheté par Xavier Niel, auprès
   * de Jean Dupont: a person); after money put in, not a one-word first
   * name either (auprès de Marie) */
  bool one = b == 1 && k != i + 1 && first_name(c, i);
  if (one || (fin && first_name(c, i)))
    return false;
  /* le PDG de Marseille, le rachat de Lyon: a town's club or council */
  if (k == i + 1 && frex_org_town(c, i))
    return false;
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------------- fronted appositions */

/* "Spécialiste des semi-conducteurs, X a annoncé", "Numéro un mondial du
 * ciment, X ferme": a trade's noun phrase opening the sentence, a comma,
 * then the name at I.  A trade of people (spécialiste, numéro un) names a
 * one-word name only (Spécialiste du climat, Jean Jouzel...). */
static bool rule_fronted(const org_ctx *c, size_t i, org_span *s) {
  if (i < c->first + 3 || c->text[c->tok[i - 1].start] != ',' ||
      !frex_org_tis(c, i - 1, ORG_W_COMMA) || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1))
    return false;
  /* the phrase ends in a lowercase word (des semi-conducteurs, du ciment,
   * de jouets): not Paris, Lyon */
  if (c->tok[i - 2].cls != FREX_TOK_WORD ||
      !frex_org_tlower(c, i - 2))
    return false;
  size_t b = i - 2; /* back to the sentence's first word, over words */
  for (int steps = 0;; steps++, b--) {
    if (steps > CHAIN_MAX + 2)
      return false;
    if (b <= c->first || !frex_org_joined(c, b))
      break;
    if (c->tok[b - 1].cls != FREX_TOK_WORD &&
        c->tok[b - 1].cls != FREX_TOK_NUM) {
      if (frex_org_sent_start(c, b)) /* « Spécialiste de..., X » */
        break;
      return false;
    }
  }
  if (!frex_org_tcap(c, b))
    return false;
  size_t p = b; /* Premier fabricant de..., Nouveau géant du... */
  /* Le numéro un européen de l'emballage, X, a annoncé: with its article
   * the phrase is the subject and the name is apposed between commas */
  bool article = (frex_org_tis(c, b, ORG_W_LE) || frex_org_tis(c, b, ORG_W_LA) ||
                  frex_org_tis(c, b, ORG_W_L)) &&
                 b + 1 < i - 1 && frex_org_joined(c, b + 1);
  if (article)
    p = ++b;
  if (frex_org_in(c, p, L_PRE_ADJ) && frex_org_joined(c, p + 1) &&
      frex_org_tlower(c, p + 1))
    p++;
  uint32_t l = frex_org_lists(
      c, p, L_COMPANY_CUE | L_APPOS_CUE | L_CUE_NEEDS_DE | L_CUE_PERSON);
  if (!(l & (L_COMPANY_CUE | L_APPOS_CUE)))
    return false;
  cue_chain ch;
  if (appos_chain(c, p, &ch) != i - 1 || !ch.mods ||
      appos_decide(c, l, &ch) != FREX_ENT_COMPANY)
    return false; /* Groupe, X: a trade names the company */
  if (!name_start(c, i) || article_word(c, i))
    return false;
  size_t k = frex_org_name_end(c, i);
  if ((l & (L_CUE_NEEDS_DE | L_CUE_PERSON)) && k != i + 1)
    return false;
  if (article && !(k < c->n && frex_org_joined(c, k) &&
                   frex_org_tis(c, k, ORG_W_COMMA)))
    return false; /* Le groupe lyonnais, X: the closing comma */
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* "L'assureur de Lactinov, Hiscox, examine", "le sous-traitant d'Airbus,
 * Zorgtec, a annoncé": an article, a firm's relation to its client (its
 * insurer, banker, supplier, carrier, rival), the client's name (one to
 * three capitalised words), then the firm's name at I between commas.
 * Not a person (le fournisseur de Lactinov, Pierre Martin,: a first
 * name), not a place. */
static bool rule_client_appos(const org_ctx *c, size_t i, org_span *s) {
  static const char *const relations[] = {
      "assureur",    "banquier",    "fournisseur", "sous-traitant",
      "transporteur", "prestataire", "distributeur", "concurrent",
      "rival",       "repreneur",   "assureurs",   NULL};
  if (i < c->first + 5 || !frex_org_tis(c, i - 1, ORG_W_COMMA) ||
      !frex_org_joined(c, i) || !frex_org_joined(c, i - 1))
    return false;
  size_t o = i - 2; /* back over the client's capitalised words */
  while (o > c->first && o + 4 > i && frex_org_joined(c, o) &&
         c->tok[o].cls == FREX_TOK_WORD && frex_org_tcap(c, o) &&
         !frex_org_function_word(c, o))
    o--;
  if (o + 2 == i || o < c->first + 2 || !frex_org_joined(c, o) ||
      !(frex_org_tis(c, o, ORG_W_DE) || frex_org_tis(c, o, ORG_W_D) ||
        frex_org_tis(c, o, ORG_W_DU)))
    return false;
  size_t p = o - 1; /* the relation's noun, maybe after principal */
  if (!frex_org_joined(c, o - 1) || !frex_org_tlower(c, p) ||
      !frex_org_key_in(c, p, relations))
    return false;
  if (p > c->first && frex_org_joined(c, p) && frex_org_in(c, p - 1, L_PRE_ADJ))
    p--;
  if (p <= c->first || !frex_org_joined(c, p) ||
      !(frex_org_tis(c, p - 1, ORG_W_LE) || frex_org_tis(c, p - 1, ORG_W_LA) ||
        frex_org_tis(c, p - 1, ORG_W_L) || frex_org_tis(c, p - 1, ORG_W_SA) ||
        frex_org_text_is(c, p - 1, "son") || frex_org_text_is(c, p - 1, "Son")))
    return false;
  if (!bare_name_start(c, i))
    return false;
  size_t k = frex_org_name_end(c, i);
  if (k >= c->n || !frex_org_joined(c, k) || !frex_org_tis(c, k, ORG_W_COMMA) ||
      (k == i + 1 && frex_org_town(c, i)))
    return false;
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* "Sa société, Morbihan Rénovation, avait détourné", "il dirige une autre
 * entreprise, Atlantique Travaux, depuis": a possessive (or une autre,
 * une nouvelle) and a plain noun of firms, then the name between commas;
 * so does a firm's relation ("son principal partenaire, Samsic,", "son
 * fournisseur, Texelis,", "son ancien employeur, X,").
 * Not a first name (Sa société, Pierre Martin, ...: an address), not a
 * brand (sa marque, X: a product). */
static bool rule_possessed(const org_ctx *c, size_t i, org_span *s) {
  static const char *const firms[] = {"societe", "entreprise", "pme",
                                      "start-up", "startup",  "filiale",
                                      "enseigne", NULL};
  static const char *const owners[] = {"sa", "son", "leur", "notre", "votre",
                                       NULL};
  static const char *const other[] = {"autre", "nouvelle", "propre", NULL};
  static const char *const one[] = {"une", "sa", "son", "leur", NULL};
  if (i < c->first + 3 || c->text[c->tok[i - 1].start] != ',' ||
      !frex_org_tis(c, i - 1, ORG_W_COMMA) || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1))
    return false;
  /* a firm's relation to another: son employeur, son fournisseur, son
   * sponsor; partenaire names a person as often (son partenaire de double),
   * so it needs principal */
  static const char *const relations[] = {"employeur",  "fournisseur",
                                          "sous-traitant", "sponsor",
                                          "repreneur",  "partenaire", NULL};
  static const char *const rel_adj[] = {"principal", "nouveau", "ancien",
                                        "premier", "futur", "historique",
                                        NULL};
  size_t p = i - 2;
  /* by the first byte and the length first: most words before a comma
   * are none of these */
  unsigned char f = frex_org_first(c, p);
  size_t pn = c->tok[p].end - c->tok[p].start;
  if ((f != 's' && f != 'e' && f != 'p' && f != 'f' && f != 'r') || pn < 3 ||
      pn > 13 || p <= c->first || !frex_org_joined(c, p))
    return false;
  if (!frex_org_key_in(c, p, firms)) {
    if (!frex_org_key_in(c, p, relations))
      return false;
    size_t d = p - 1;
    bool adj = frex_org_key_in(c, d, rel_adj) && d > c->first &&
               frex_org_joined(c, d);
    if (adj)
      d--;
    static const char *const partner[] = {"partenaire", NULL};
    static const char *const main_adj[] = {"principal", NULL};
    if (!frex_org_key_in(c, d, owners) ||
        (frex_org_key_in(c, p, partner) &&
         !(adj && frex_org_key_in(c, p - 1, main_adj))))
      return false;
  } else if (frex_org_key_in(c, p - 1, other) && p - 1 > c->first &&
             frex_org_joined(c, p - 1)) {
    if (!frex_org_key_in(c, p - 2, one))
      return false; /* une autre entreprise, sa nouvelle société */
  } else if (!frex_org_key_in(c, p - 1, owners)) {
    return false;
  }
  if (!bare_name_start(c, i) || frex_org_town(c, i))
    return false;
  size_t k = name_end(c, i);
  if (!(k < c->n && frex_org_joined(c, k) && frex_org_tis(c, k, ORG_W_COMMA)))
    return false; /* the closing comma */
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* "Fondée en 2019, Zelkova Robotics conçoit...", "Créé à Lyon par deux
 * ingénieurs, Zorg a levé...": a founding participle opening the
 * sentence, a comma, then the name at I.  Not a person (Née en 1980,
 * Marie Dupont; fondé par..., Jean Dupont): no first name; né, née only
 * before a name ending in a company's word (Née en 2015, Zorg
 * Technologies); not a town (Fondée en 1642, Montréal). */
/* What a firm does, right after its name at K: fabrique, exporte,
 * emploie, a levé, a racheté; or business news (placée en liquidation). */
static bool firm_verb_after(const org_ctx *c, size_t k) {
  static const char *const does[] = {
      "fabrique", "fabriquent", "produit",    "produisent", "exporte",
      "exportent", "emploie",   "emploient",  "recrute",    "recrutent",
      "embauche", "embauchent", "commercialise", "concoit", "developpe",
      "distribue", "vend",      "vendent",    "realise",    "investit",
      "exploite", "transforme", "livre",      "conditionne", "importe",
      "affiche",  "leve",       NULL};
  static const char *const has[] = {"a", "vient", NULL};
  static const char *const done[] = {
      "leve",    "realise", "investi", "rachete", "embauche", "recrute",
      "inaugure", "exporte", "livre",  "fabrique", NULL};
  if (k >= c->n || !frex_org_joined(c, k))
    return false;
  if (frex_org_key_in(c, k, does))
    return true;
  if (frex_org_key_in(c, k, has) && frex_org_joined(c, k + 1) &&
      frex_org_key_in(c, k + 1, done))
    return true;
  return frex_org_news_after(c, k);
}

static bool rule_founded(const org_ctx *c, size_t i, org_span *s) {
  if (i < c->first + 4 || c->text[c->tok[i - 1].start] != ',' ||
      !frex_org_text_is(c, i - 1, ",") || !frex_org_joined(c, i) ||
      !frex_org_joined(c, i - 1))
    return false;
  /* back, by the bytes alone, to a word that may be the participle (F, C,
   * L, N: Fondée, Créé, Lancée, Née), within the phrase */
  size_t b = i - 2;
  for (int steps = 0;; steps++, b--) {
    unsigned char f = (unsigned char)c->text[c->tok[b].start];
    if ((f == 'F' || f == 'C' || f == 'L' || f == 'N' || f == 'B' ||
         f == 'I' || f == 'S') &&
        frex_org_sent_start(c, b))
      break; /* not Niel in Fondé par Xavier Niel, */
    if (steps > 12 || b <= c->first || f == ',' || f == '.' ||
        !frex_org_joined(c, b))
      return false; /* one phrase only */
  }
  if (b + 2 >= i)
    return false;
  static const char *const founded[] = {
      "fonde", "fondee", "fondes", "fondees", "cree",  "creee",  "crees",
      "creees", "lance", "lancee", "lances", "lancees", NULL};
  static const char *const born[] = {"ne", "nee", "nes", "nees", NULL};
  /* Basée à Lorient, Implantée à Vitré, Spécialisée dans...: where a firm
   * stands and what it does (a person of a news story has a first name) */
  static const char *const located[] = {
      "basee",    "basees",    "implante",    "implantee",    "implantes",
      "implantees", "specialisee", "specialisees", "installee",
      "installees", NULL};
  bool birth = frex_org_key_in(c, b, born);
  if (!birth && !frex_org_key_in(c, b, founded) &&
      !frex_org_key_in(c, b, located))
    return false;
  /* the participle's complement: en, à, par, dans, au, il y a... */
  if (!frex_org_joined(c, b + 1) || !frex_org_tlower(c, b + 1))
    return false;
  /* Fondée en 1642, Montréal; fondée par les Romains en 52: a town, an
   * institution older than the companies a rule may find (the old ones
   * are in the dictionary) */
  for (size_t q = b + 1; q < i - 1; q++) {
    const char *t = c->text + c->tok[q].start;
    size_t n = c->tok[q].end - c->tok[q].start;
    if (c->tok[q].cls == FREX_TOK_NUM && n == 4 &&
        memcmp(t, "1850", 4) < 0)
      return false;
  }
  if (!bare_name_start(c, i))
    return false;
  size_t k = name_end(c, i);
  if (k == i + 1 && frex_org_town(c, i))
    return false;
  /* Implantée à Quimper, Brest Métropole: a public body's head word
   * makes it the body rules' */
  for (size_t t = i + 1; t < k; t++) {
    const org_head *h = frex_org_head_at(c, t);
    if (h && (h->flags & H_METROPOLE))
      return false;
  }
  if (birth && !(k > i + 1 && frex_org_in(c, k - 1, L_DESIGNATOR)))
    return false;
  /* Basée à Lorient, Dupont enseigne; Basée à Genève, Médecins sans
   * frontières alerte: a person, an NGO; a firm makes, sells, employs */
  if (!birth && !frex_org_key_in(c, b, founded) && !firm_verb_after(c, k))
    return false;
  *s = (org_span){i, k, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* ------------------------------------------- a lowercase young firm */

bool frex_org_lower_brand(const org_ctx *c, size_t p, org_span *s) {
  static const char *const young[] = {"start-up", "startup", "pousse", NULL};
  static const char *const jeune[] = {"jeune", NULL};
  static const char *const dets[] = {"la", "une", "cette", "sa", NULL};
  if (p <= c->first || !frex_org_joined(c, p) ||
      !frex_org_key_in(c, p, young))
    return false;
  size_t d = p - 1; /* la jeune pousse: jeune before pousse */
  if (frex_org_text_is(c, p, "pousse")) {
    if (!frex_org_key_in(c, d, jeune) || d <= c->first)
      return false;
    d--;
  }
  if (!frex_org_key_in(c, d, dets))
    return false;
  size_t q = p + 1; /* a place's or a nation's adjective */
  if (q < c->n && frex_org_joined(c, q) && frex_org_tlower(c, q) &&
      (frex_org_demonym_adj(c, q) || frex_org_in(c, q, L_NATION)))
    q++;
  if (q + 1 >= c->n || !frex_org_joined(c, q) ||
      c->tok[q].cls != FREX_TOK_WORD)
    return false;
  /* a plain lowercase ASCII word of no adjective's, participle's or
   * adverb's ending (spécialisée, lancée, récemment, basée), no function
   * word, nationality or acting verb itself (la start-up lyonnaise
   * annonce, vient de) */
  const char *w = c->text + c->tok[q].start;
  size_t n = c->tok[q].end - c->tok[q].start;
  if (n < 3 || w[0] < 'a' || w[0] > 'z')
    return false;
  for (size_t b = 0; b < n; b++)
    if ((unsigned char)w[b] >= 0x80 || w[b] == '-' || w[b] == '\'')
      return false;
  static const char *const adverbs[] = {
      "ensuite", "alors", "donc",   "toujours", "encore", "pourtant",
      "puis",    "enfin", "aussi",  "hier",     "demain", "cependant",
      "souvent", "parfois", "elle", "meme",     "qui",    "dont", NULL};
  if ((n > 4 && !memcmp(w + n - 4, "ment", 4)) ||
      frex_org_key_in(c, q, adverbs) ||
      frex_org_ends_with_any(w, n, &c->w->adj, 0) ||
      frex_org_function_word(c, q) || frex_org_in(c, q, L_NATION) ||
      frex_org_demonym_adj(c, q) || frex_org_acts(c, p, q))
    return false;
  if (!frex_org_acts(c, q, q + 1))
    return false;
  *s = (org_span){q, q + 1, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* ---------------------------------------------------- lists after a cue */


/* "Les start-up Zorglub et Bidulix", "les opérateurs X, Y et Z": a plural
 * cue noun before a list makes each name of it a company.  Token I is a
 * name after "et" or a comma: back over the names and commas before it to
 * the first name, whose cue must be plural. */
/* "Des PME comme X, Y et Z", "des groupes tels que X et Y": the first
 * name at I of a list after a plural cue and comme or tels que (the
 * others are rule_list's, by the same test on the first). */
static bool like_list_first(const org_ctx *c, size_t i) {
  static const char *const such[] = {"tels", "telles", NULL};
  if (i < c->first + 3 || !frex_org_joined(c, i) || !frex_org_joined(c, i - 1))
    return false;
  size_t q = i - 1;
  if (frex_org_text_is(c, q, "que") && frex_org_key_in(c, q - 1, such) &&
      frex_org_joined(c, q - 1))
    q--;
  else if (!frex_org_text_is(c, q, "comme"))
    return false;
  size_t p = q - 1; /* the cue, plural, after a plural determiner */
  /* not des groupes comme Indochine et Téléphone: bands */
  if (p <= c->first || !(frex_org_tlower(c, p) || acro_cue(c, p)) ||
      !frex_org_in(c, p, L_COMPANY_CUE) || frex_org_in(c, p, L_CUE_PERSON) ||
      !frex_org_joined(c, p) ||
      frex_org_word_in(c, p, ORG_WBIT(GROUPE) | ORG_WBIT(GROUPES)))
    return false;
  const char *t = c->text + c->tok[p].end;
  if (t[-1] != 's' && t[-1] != 'x' && !acro_cue(c, p))
    return false;
  if (!plural_det_at(c, p - 1))
    return false;
  size_t e = name_end(c, i);
  return e > i && e + 1 < c->n && frex_org_joined(c, e) &&
         (frex_org_tis(c, e, ORG_W_ET) || frex_org_tis(c, e, ORG_W_COMMA)) &&
         frex_org_joined(c, e + 1) && frex_org_name_word(c, e + 1) &&
         !first_name(c, i) && !first_name(c, e + 1);
}

static bool rule_list(const org_ctx *c, size_t i, org_span *s) {
  if (i < c->first + 3 || !frex_org_joined(c, i) || !frex_org_joined(c, i - 1))
    return false;
  if (c->tok[i - 1].end - c->tok[i - 1].start <= 5 &&
      (frex_org_first(c, i - 1) == 'c' || frex_org_first(c, i - 1) == 'q') &&
      name_start(c, i) && like_list_first(c, i)) {
    *s = (org_span){i, name_end(c, i), FREX_ENT_COMPANY, ORG_BY_CUE,
                    FREX_DICT_NONE};
    return true;
  }
  size_t li = i - 1; /* the link: a comma or et, maybe then de (auprès de
                        X et de Y: money put in) */
  const char *t = c->text + c->tok[li].start;
  size_t n = c->tok[li].end - c->tok[li].start;
  bool de_link = false;
  if (t[0] == 'd' && (n == 2 || n == 4) &&
      (frex_org_tis(c, li, ORG_W_DE) || frex_org_tis(c, li, ORG_W_D))) {
    if (i < c->first + 5 || !frex_org_joined(c, li))
      return false;
    de_link = true;
    li--;
    t = c->text + c->tok[li].start;
    n = c->tok[li].end - c->tok[li].start;
  }
  if (!(n == 1 && t[0] == ',') && !(n == 2 && t[0] == 'e' && t[1] == 't') &&
      !(n == 4 && memcmp(t, "dont", 4) == 0))
    return false;
  /* Trois entreprises, X, Y et Z: the first name of a list set off by a
   * comma after a plural cue (the others are read below) */
  cue_chain ch;
  /* ... or after ", dont" (Plusieurs entreprises, dont X et Y) */
  bool dont = !de_link && n == 4 && memcmp(t, "dont", 4) == 0 &&
              li > c->first + 1 && frex_org_joined(c, li) &&
              frex_org_text_is(c, li - 1, ",");
  if (!de_link && (n == 1 || dont) && name_start(c, i) && !first_name(c, i) &&
      !frex_org_tis(c, i, ORG_W_LE) && !frex_org_tis(c, i, ORG_W_LA) &&
      !frex_org_tis(c, i, ORG_W_LES) &&
      counted_cue_before(c, dont ? li - 1 : li, dont)) {
    size_t e = name_end(c, i);
    if (e + 1 < c->n && frex_org_joined(c, e) &&
        (frex_org_tis(c, e, ORG_W_ET) || frex_org_tis(c, e, ORG_W_COMMA)) &&
        frex_org_joined(c, e + 1) && frex_org_name_word(c, e + 1) &&
        !first_name(c, e + 1)) {
      *s = (org_span){i, e, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
      return true;
    }
  }
  if (n == 4)
    return false; /* "dont" opens the list: only its first name above */
  size_t p = li - 1, first = 0;
  for (int items = 0; items < 8; items++) {
    size_t end = p + 1; /* the name ending before the comma or et */
    while (p > c->first && frex_org_name_word(c, p) && frex_org_joined(c, p) &&
           end - p <= 4 && !acro_cue(c, p))
      p--;
    if (p + 1 == end || !frex_org_joined(c, p + 1)) {
      /* les actionnaires sortants, X et Y: the comma before the first
       * name is an apposition's (owners_before) */
      if (first && frex_org_text_is(c, end, ","))
        break;
      return false;
    }
    first = p + 1;
    /* auprès de X, de Y et de Z: past the de of each name but the first */
    if (de_link && p > c->first + 1 &&
        (frex_org_tis(c, p, ORG_W_DE) || frex_org_tis(c, p, ORG_W_D)) &&
        frex_org_text_is(c, p - 1, ","))
      p--;
    if (!frex_org_text_is(c, p, ","))
      break;
    p--; /* X, Y, Z et W: on to the name before the comma */
  }
  if (!first || !frex_org_name_start(c, first))
    return false;
  bool chained = !de_link && chain_before(c, first, &ch) &&
                 chain_type(c, &ch) == FREX_ENT_COMPANY;
  if (!chained && !de_link && like_list_first(c, first)) {
    if (!frex_org_name_start(c, i) || first_name(c, i) ||
        frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
        frex_org_tis(c, i, ORG_W_LES))
      return false;
    *s = (org_span){i, frex_org_name_end(c, i), FREX_ENT_COMPANY, ORG_BY_CUE,
                    FREX_DICT_NONE};
    return true;
  }
  /* Trois entreprises, X, Y et Z: a counted cue before the comma */
  bool counted = false; /* the cue is counted_cue_before's */
  if (!chained && !de_link && first > c->first + 2 &&
      (frex_org_text_is(c, first - 1, ",") ||
       (first > c->first + 3 && frex_org_text_is(c, first - 1, "dont") &&
        frex_org_text_is(c, first - 2, ",")))) {
    bool after_dont = !frex_org_text_is(c, first - 1, ",");
    size_t cue = counted_cue_before(c, after_dont ? first - 2 : first - 1,
                                    after_dont);
    /* no person's name in the list (Trois entreprises, Pierre Martin et
     * Paul Durand: people the sentence goes on to) */
    if (cue && !first_name(c, first) && !first_name(c, i)) {
      ch = (cue_chain){cue, 0, 0, 0, false, false, false, false, false, false, false, false};
      chained = counted = true;
    }
  }
  if (!chained) {
    /* les actionnaires sortants, X et Y: each name of the list; so with
     * money put in (auprès de General Catalyst, Lightspeed et Bpifrance) */
    if (!((!de_link && owners_before(c, first)) || finance_list(c, first)) ||
        first_name(c, first) ||
        !frex_org_name_start(c, i) || first_name(c, i) ||
        frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
        frex_org_tis(c, i, ORG_W_LES))
      return false;
    *s = (org_span){i, frex_org_name_end(c, i), FREX_ENT_COMPANY, ORG_BY_CUE,
                    FREX_DICT_NONE};
    return true;
  }
  size_t d = ch.cue - 1;
  if (frex_org_in(c, d, L_PRE_ADJ) && d > c->first)
    d--;
  if (!(counted || plural_det_at(c, d)) || !frex_org_name_start(c, i) ||
      frex_org_tis(c, i, ORG_W_LE) ||
      frex_org_tis(c, i, ORG_W_LA) || frex_org_tis(c, i, ORG_W_LES))
    return false;
  size_t e = frex_org_name_end(c, i);
  /* les établissements Saint-Joseph et Notre-Dame: schools */
  if (fleet_cue(c, ch.cue) &&
      (fleet_not_firm(c, ch.cue, first) || fleet_not_firm(c, ch.cue, i)))
    return false;
  /* les joailliers X et Jean Dupont: one word after a trade of people */
  if ((!frex_org_in(c, ch.cue, L_COMPANY_CUE) ||
       frex_org_in(c, ch.cue, L_CUE_PERSON)) &&
      e != i + 1)
    return false;
  *s = (org_span){i, e, FREX_ENT_COMPANY, ORG_BY_CUE, FREX_DICT_NONE};
  return true;
}

/* The first name of a list apposed to owners (les actionnaires sortants,
 * X et Y; les créanciers, dont X et Y): owners_list_first. */
static __attribute__((noinline)) bool rule_owners(const org_ctx *c, size_t i,
                                                  org_span *s) {
  if (i < c->first + 3 || !frex_org_joined(c, i))
    return false;
  if (!owners_list_first(c, i) || !name_start(c, i) ||
      frex_org_tis(c, i, ORG_W_LE) || frex_org_tis(c, i, ORG_W_LA) ||
      frex_org_tis(c, i, ORG_W_LES))
    return false;
  *s = (org_span){i, name_end(c, i), FREX_ENT_COMPANY, ORG_BY_CUE,
                  FREX_DICT_NONE};
  return true;
}

/* May the token before I be the link of a list or an apposition?  Its
 * first byte, the union of what the five rules need there: rule_list a
 * comma, et, dont, de, d', d’, or comme, que (like_list_first, which reads
 * c, q in either case); rule_owners a comma or dont; rule_fronted,
 * rule_possessed and rule_founded a comma.  Most tokens before a
 * capitalised word start with none of these bytes (a full stop, le, la, a
 * capital): frex_org_rule_name then skips the five at once. */
static inline bool list_link_byte(const org_ctx *c, size_t i) {
  if (i <= c->first)
    return false;
  switch ((unsigned char)c->text[c->tok[i - 1].start]) {
  case ',': case 'c': case 'C': case 'd': case 'e': case 'q': case 'Q':
    return true;
  default:
    return false;
  }
}

bool frex_org_name_start(const org_ctx *c, size_t i) {
  return name_start(c, i);
}
size_t frex_org_name_end(const org_ctx *c, size_t i) { return name_end(c, i); }

/* ------------------------------------------------------------ all rules */

/* l'institut CSA, un sondage CSA, une enquête CSA: after a pollster's noun, a public body
 * of the dictionary whose acronym a polling firm shares (the regulator
 * CSA) is the firm the dictionary lists as "institut X".  ALIAS matched
 * [I, DEND); returns the alias to use. */
uint32_t frex_org_pollster(const org_ctx *c, size_t i, size_t dend,
                           uint32_t alias) {
  /* une enquête CSA pour Europe 1, le baromètre CSA: a poll's nouns too */
  static const char *const polls[] = {"institut", "sondage", "sondages",
                                      "enquete", "enquetes", "barometre",
                                      NULL};
  /* a co-signed study: l'Observatoire Crédit Logement/CSA, le baromètre
   * Ifop/CSA: a slash right before, and an observatory, a poll's noun or a
   * pollster a few words back in the sentence */
  static const char *const cosigned[] = {
      "observatoire", "institut", "sondage", "enquete", "barometre", "etude",
      "ifop", "elabe", "bva", "odoxa", "opinionway", "ipsos", "harris",
      "kantar", "viavoice", NULL};
  unsigned char f = i > c->first ? frex_org_first(c, i - 1) : 0;
  if (dend != i + 1 || i <= c->first + 1 || !frex_org_joined(c, i))
    return alias;
  if (c->tok[i - 1].cls == FREX_TOK_PUNCT && c->tok[i - 1].end == c->tok[i].start &&
      c->text[c->tok[i - 1].start] == '/' &&
      c->tok[i - 1].start == c->tok[i - 2].end) {
    size_t p = i - 2, seen = 0;
    bool found = false;
    for (; seen < 6 && c->tok[p].sent == c->tok[i].sent; seen++) {
      if (c->tok[p].cls == FREX_TOK_WORD && frex_org_key_in(c, p, cosigned)) {
        found = true;
        break;
      }
      if (p == c->first)
        break;
      p--;
    }
    if (!found)
      return alias;
  } else if ((f != 'i' && f != 's' && f != 'e' && f != 'b') ||
             !frex_org_key_in(c, i - 1, polls))
    return alias;
  if (frex_dict_entry_at(c->dict, frex_dict_alias_at(c->dict, alias)->entry)
          ->type != FREX_ENT_AGENCY)
    return alias;
  char key[FREX_KEY_MAX];
  size_t tn;
  uint32_t th;
  const char *tk = frex_org_tkey(c, i, &tn, &th);
  if (!tn || tn + 9 > sizeof key)
    return alias;
  memcpy(key, "institut ", 9);
  memcpy(key + 9, tk, tn);
  frex_dict_hit h = frex_dict_lookup(c->dict, key, tn + 9);
  for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
    const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
    if (frex_dict_entry_at(c->dict, al->entry)->type == FREX_ENT_COMPANY)
      return a;
    a = al->next;
  }
  return alias;
}

/* Le Ministre de l'Intérieur: the scan marks lowercase ministre only, so
 * a capitalised one (a sentence's start, title case) two to five tokens
 * before I is looked for here, by its text. */
static bool cap_minister_before(const org_ctx *c, size_t i) {
  /* by the connector first (du, des, d', l', la, au: short, d, l or a) */
  const frex_token *q = &c->tok[i - 1];
  unsigned char b0 = (unsigned char)c->text[q->start];
  if (q->end - q->start > 4 || !(b0 == 'd' || b0 == 'l' || b0 == 'a'))
    return false;
  for (size_t k = 2; k <= 5 && i >= c->first + k; k++) {
    const frex_token *t = &c->tok[i - k];
    unsigned char b = (unsigned char)c->text[t->start];
    size_t n = t->end - t->start;
    if ((b == 'M' && (n == 8 || n == 9)) || (b == 'S' && n >= 11 && n <= 12))
      return true;
  }
  return false;
}

bool frex_org_rule_name(const org_ctx *c, size_t i, bool cue_near,
                        bool minister_near, org_span *s) {
  org_span best = {0, 0, 0, ORG_BY_DICT, FREX_DICT_NONE}, x;
  /* la PME Brocéliande Emballages: a trade in capitals before a name is
   * its cue (acro_cue), no part of it */
  const frex_token *ti = &c->tok[i]; /* by its length and second byte
                                         first: most names are no PME */
  if (ti->end - ti->start - 3 <= 1 &&
      (unsigned char)(c->text[ti->start + 1] - 'A') < 26 && acro_cue(c, i) &&
      frex_org_joined(c, i + 1) && frex_org_name_word(c, i + 1))
    return false;
  /* la clinique Pasteur, le centre hospitalier de Cholet: by the byte of
   * the word before first (de, du, des, d', l', la; the head itself) */
  unsigned char hb = (unsigned char)c->text[c->tok[i > 0 ? i - 1 : 0].start];
  if (i > c->first + 1 &&
      (hb == 'd' || hb == 'l' || hb == 'c' || hb == 'C' || hb == 'p' ||
       hb == 'h' || hb == 'u' || hb == 'r' || hb == 'i' || hb == 'g' ||
       hb == '(') &&
      frex_org_rule_health(c, i, &x))
    best = x;
  if (frex_org_rule_body(c, i, &x) && x.t1 > best.t1)
    best = x;
  /* rule_cue's common case first, inline (its own first tests: without a
   * cue near nor a cue in capitals one or two tokens back it finds no
   * chain, and then needs a comma ahead) */
  if ((cue_near || acro_cue(c, i - 1) ||
       (i > c->first + 1 && frex_org_tlower(c, i - 1) && acro_cue(c, i - 2)) ||
       comma_ahead(c, i)) &&
      frex_org_rule_cue(c, i, cue_near, &x) && x.t1 > best.t1)
    best = x;
  if (!best.t1 && rule_business(c, i, &x))
    best = x;
  /* a pris le contrôle de X, a mis la main sur X, a racheté X, s'est
   * offert X: by the byte of the word before first */
  if (!best.t1 && (hb == 'd' || hb == 's' || hb == 'r' || hb == 'a' ||
                   hb == 'o') &&
      frex_org_rule_taken(c, i, &x))
    best = x;
  /* le Néerlandais Vion a racheté: after a capital (by its byte first) */
  if (!best.t1 && hb >= 'A' && hb <= 'Z' && frex_org_rule_nation_firm(c, i, &x))
    best = x;
  /* X a annoncé la suspension de sa cotation: a sentence's first name */
  if (!best.t1 && i + 1 < c->n &&
      (c->text[c->tok[i + 1].start] == 'a' ||
       (unsigned char)(c->text[c->tok[i + 1].start] - 'A') < 26) &&
      (i <= c->first || c->tok[i - 1].sent != c->tok[i].sent ||
       c->tok[i - 1].end - c->tok[i - 1].start == 1) &&
      frex_org_rule_reported(c, i, &x))
    best = x;
  /* a commandé deux satellites à X: after à (by its two bytes first) */
  if (!best.t1 && i > c->first && c->tok[i - 1].end - c->tok[i - 1].start == 2 &&
      (unsigned char)c->text[c->tok[i - 1].start] == 0xc3 &&
      frex_org_rule_supplier(c, i, &x))
    best = x;
  /* rule_owners after a comma or dont only: by the text, inline */
  if (!best.t1 &&
      ((list_link_byte(c, i) &&
        (rule_list(c, i, &x) ||
         ((frex_org_text_is(c, i - 1, ",") ||
           frex_org_text_is(c, i - 1, "dont")) &&
          rule_owners(c, i, &x)) ||
         rule_fronted(c, i, &x) || rule_possessed(c, i, &x) ||
         rule_client_appos(c, i, &x) ||
         rule_founded(c, i, &x))) ||
       frex_org_rule_news(c, i, &x)))
    best = x;
  if (!best.t1 && (minister_near || (i > c->first + 2 &&
                                      cap_minister_before(c, i))) &&
      frex_org_rule_portfolio(c, i, &x))
    best = x;
  if (!best.t1)
    return false;
  *s = best;
  return true;
}
