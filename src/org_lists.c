/*
 * org_lists.c — names a list or an owner gives the company reading of.
 *
 * A list whose members are of one kind ("Lactalis, Bridor, Savéol et
 * Cooperl", "comme Ponticelli, Endel ou le groupe Idéa"): once one member
 * is a company the document pass has kept, the bare capitalised names
 * beside it are companies too, unless the list is one of persons, places
 * or things (a first name, a town, an article before a country, a person's
 * name elsewhere in the document: the whole list is then left alone).
 * A company's holdings ("Lactalis, qui possède déjà Galbani et Parmalat",
 * "le groupe Avril détient Lesieur et Puget"): the names after possède,
 * détient, contrôle are companies.
 * Runs after frex_org_resolve_pending, so that "kept" is known.
 */
#include <stdlib.h>
#include <string.h>

#include "org_mention.h"
#include "org_rules.h"
#include "org_tokens.h"

enum { MAX_ITEMS = 12 };

typedef struct item {
  size_t t0, t1; /* the name's tokens */
  size_t m;      /* its mention, or ORG_NO_LINK for a bare name */
  bool inset;    /* a town set in after it (Daher, à Saint-Julien,) */
} item;

/* The mention of L starting at T (among the scan's N), or ORG_NO_LINK. */
static size_t mention_from(const org_mlist *l, size_t n, size_t t) {
  size_t j = frex_org_mention_at(l, n, t);
  return j != ORG_NO_LINK && l->v[j].t0 == t && !l->v[j].b1 ? j
                                                            : ORG_NO_LINK;
}

static bool sep_comma(const org_ctx *c, size_t t) {
  return t < c->n && frex_org_joined(c, t) && frex_org_tis(c, t, ORG_W_COMMA);
}
static bool sep_and(const org_ctx *c, size_t t) {
  return t < c->n && frex_org_joined(c, t) &&
         (frex_org_tis(c, t, ORG_W_ET) || frex_org_tis(c, t, ORG_W_OU));
}

/* A member at X: a mention, maybe after a determiner and lowercase cue
 * words (le groupe Idéa, la coopérative Even), or a bare capitalised name
 * (not an article's: la France, l'Allemagne). */
static bool parse_item(const org_ctx *c, const org_mlist *l, size_t n,
                       size_t x, bool head, item *it) {
  if (x >= c->n || (!head && !frex_org_joined(c, x)))
    return false;
  size_t j = mention_from(l, n, x);
  if (j == ORG_NO_LINK && frex_org_tlower(c, x) &&
      frex_org_in(c, x, L_DETERMINER))
    for (size_t y = x + 1; y < c->n && y <= x + 3 && frex_org_joined(c, y);
         y++) {
      if ((j = mention_from(l, n, y)) != ORG_NO_LINK)
        break;
      if (!frex_org_tlower(c, y) || sep_and(c, y))
        return false;
    }
  if (j != ORG_NO_LINK) {
    /* Elle & Vire: the magazine's word in a longer name */
    if (l->v[j].t1 < c->n && frex_org_text_is(c, l->v[j].t1, "&"))
      return false;
    *it = (item){l->v[j].t0, l->v[j].t1, j, false};
    return true;
  }
  if (!frex_org_name_start(c, x) || !frex_org_name_word(c, x) ||
      frex_org_in(c, x, L_DETERMINER))
    return false;
  size_t e = frex_org_name_end(c, x);
  if (e <= x || e - x > 4 || (e < c->n && frex_org_text_is(c, e, "&")))
    return false; /* Elle & Vire: a name the name rule did not read whole */
  for (size_t t = x; t < e; t++) /* no mention inside */
    if (frex_org_mention_at(l, n, t) != ORG_NO_LINK)
      return false;
  *it = (item){x, e, ORG_NO_LINK, false};
  return true;
}

/* The start of the member ending right before token P (a separator), or
 * SIZE_MAX: a mention's (and its determiner's), or a bare name's. */
static size_t item_start_before(const org_ctx *c, const org_mlist *l,
                                size_t n, size_t p) {
  if (p <= c->first)
    return SIZE_MAX;
  size_t j = frex_org_mention_at(l, n, p - 1);
  size_t s;
  if (j != ORG_NO_LINK) {
    if (l->v[j].t1 != p || l->v[j].b1)
      return SIZE_MAX;
    s = l->v[j].t0;
  } else {
    s = p;
    while (s > c->first && p - s < 4 && frex_org_joined(c, s - 1) &&
           frex_org_name_word(c, s - 1))
      s--;
    if (s == p)
      return SIZE_MAX;
  }
  /* le groupe Idéa: a determiner and lowercase words before the name */
  for (size_t y = s; y > c->first && s - y < 3 && frex_org_joined(c, y - 1) &&
                     frex_org_tlower(c, y - 1);
       y--)
    if (frex_org_in(c, y - 1, L_DETERMINER))
      return y - 1;
  return s;
}

/* A bare member that may be a company: not a person (a first name, a name
 * the document gives a person), a town, a nationality or a word that opens
 * a sentence. */
static bool bare_ok(const org_ctx *c, const item *it) {
  size_t x = it->t0;
  /* a sentence's first word with its town after it is a name (Daher, à
   * Saint-Julien-de-Chédon, Lisi, à Villefranche, et Mecachrome) */
  if ((frex_org_sent_start(c, x) && !it->inset) || frex_org_first_name(c, x) ||
      frex_org_town(c, x) || frex_org_in(c, x, L_NATION | L_FUNCTION) ||
      frex_org_person_before(c, x))
    return false;
  return it->t1 != x + 1 || !frex_org_named_person(c, x);
}

/* The item's words are plainly capitalised (Endel, Fountaine Pajot,
 * Saint-Jean): no acronym (EXE, BAT ou COM) and no inner capital (MIPS,
 * PowerPC, FreeBSD: products and file types list that way). */
static bool plain_caps(const org_ctx *c, const item *it) {
  for (size_t t = it->t0; t < it->t1; t++) {
    const char *x = c->text + c->tok[t].start;
    size_t n = c->tok[t].end - c->tok[t].start;
    if (c->tok[t].cls != FREX_TOK_WORD)
      return false;
    for (size_t b = 1; b < n; b++)
      if (x[b] >= 'A' && x[b] <= 'Z' && x[b - 1] != '-' && x[b - 1] != '\'')
        return false;
  }
  return true;
}

/* With one company to go by, the list must speak of firms: a trade's
 * plural before it in its sentence (ses sous-traitants, comme X, Y ou Z;
 * les enseignes X, Y et Z) or a firm's deed after it (X, Y et Z
 * recrutent, ont investi).  A jury, a team or a cast lists persons by
 * their surnames (Carrefour, Dupond, Lemoine et Garnier). */
static bool firms_noun(const org_ctx *c, size_t p);
static bool business_frame(const org_ctx *c, size_t t0, size_t t1) {
  static const char *const trades[] = {
      "clients",      "sous-traitants", "fournisseurs", "partenaires",
      "concurrents",  "acteurs",        "groupes",      "industriels",
      "actionnaires", "repreneurs",     "prestataires", "operateurs",
      "constructeurs", "fabricants",    "distributeurs", "enseignes",
      "entreprises",  "societes",       "cooperatives", "laboratoires",
      "transporteurs", "banques",       "assureurs",    "fonds",
      "investisseurs", "equipementiers", "marques",     "leaders",
      "geants",
      /* a firm's settings and dealings: sur le salon, le groupe travaille
       * avec, fait appel à */
      "salon",        "usine",          "chantier",     "site",
      "contrat",      "consortium",     "groupement",   "filiere",
      "secteur",      "travaille",      "travaillent",  "appel",
      "associe",      NULL};
  static const char *const deeds[] = {
      "recrutent",   "embauchent",   "investissent", "emploient",
      "fabriquent",  "produisent",   "exportent",    "dominent",
      "fusionnent",  "licencient",   "suppriment",   "rachetent",
      "commercialisent", "recrute",  "investi",      "embauche",
      "fusionne",    "licencie",     "supprime",     "rachete",
      "produit",     "fabrique",     "implantees",   "installees",
      "exposent",    NULL};
  static const char *const aux[] = {"ont", "vont", "se", "s", "doivent",
                                    "devraient", "pourraient", NULL};
  for (size_t t = t0, k = 0; t > c->first && k < 16; t--, k++) {
    size_t p = t - 1;
    if (!frex_org_joined(c, t) || frex_org_text_is(c, p, ".") ||
        frex_org_text_is(c, p, "!") || frex_org_text_is(c, p, "?"))
      break;
    if (frex_org_tlower(c, p) &&
        ((frex_org_in(c, p, L_COMPANY_CUE) &&
          !frex_org_in(c, p, L_CUE_PERSON)) ||
         frex_org_key_in(c, p, trades) || firms_noun(c, p)))
      return true;
  }
  size_t v = t1;
  for (int k = 0; k < 2 && v < c->n && frex_org_joined(c, v) &&
                  frex_org_key_in(c, v, aux);
       k++)
    v++;
  return v < c->n && frex_org_joined(c, v) && frex_org_tlower(c, v) &&
         frex_org_key_in(c, v, deeds);
}

/* ", à Amboise" after a member ending at E (Daher, à Saint-Julien, Lisi,
 * à Villefranche, et Mecachrome): the firm's town, set off by commas.
 * The token after the town (its closing comma or et), or E when none. */
static size_t inset_end(const org_ctx *c, size_t e) {
  static const char *const adv[] = {"aussi", "egalement", NULL};
  size_t a = sep_comma(c, e) ? e + 1 : e; /* or no comma: X à Vitré, Y */
  if (a + 1 >= c->n || !frex_org_joined(c, a) ||
      !(frex_org_text_is(c, a, "à") || frex_org_text_is(c, a, "au")))
    return e;
  size_t q = a + 1;
  while (q < c->n && q < a + 4 && frex_org_joined(c, q) &&
         frex_org_name_word(c, q) && c->tok[q].cls == FREX_TOK_WORD)
    q++;
  if (q == a + 1)
    return e;
  if (q < c->n && frex_org_joined(c, q) && frex_org_key_in(c, q, adv))
    q++;
  /* the inset closes with a comma (or et, the list's last member next;
   * or the list's bracket) */
  return q < c->n && (sep_comma(c, q) || sep_and(c, q) ||
                      (frex_org_joined(c, q) && frex_org_text_is(c, q, ")")))
             ? q
             : e;
}

/* The separator after the member ending at E (past its town inset, if
 * any): the next member's token in *X; *CLOSED once et/ou is passed.
 * False at the list's end. */
static bool next_member(const org_ctx *c, size_t e, size_t *x, bool *closed,
                        bool *inset, bool no_inset) {
  /* à X, à Y et à Z: the members' own à, no town set in */
  size_t f = no_inset ? e : inset_end(c, e);
  *inset = f != e;
  if (sep_comma(c, f) && f + 1 < c->n && frex_org_joined(c, f + 1) &&
      frex_org_text_is(c, f + 1, "ainsi"))
    f++; /* X, Y, ainsi que Z */
  if (f + 1 < c->n && frex_org_joined(c, f) && frex_org_joined(c, f + 1) &&
      frex_org_text_is(c, f, "ainsi") && frex_org_text_is(c, f + 1, "que"))
    *x = f + 2, *closed = true;
  else if (sep_comma(c, f) && sep_and(c, f + 1))
    *x = f + 2, *closed = true;
  else if (sep_comma(c, f))
    *x = f + 1;
  else if (sep_and(c, f))
    *x = f + 1, *closed = true;
  else
    return false;
  return true;
}

/* The preposition at T that a list may repeat before each member (aux
 * côtés d'Eiffage, de Marc SA et de Charier; confié à X, à Y et à Z): its
 * class (de and d' are one), or 0. */
static int prep_class(const org_ctx *c, size_t t) {
  static const char *const de[] = {"de", "d'", NULL};
  static const char *const a[] = {"a", NULL};
  static const char *const avec[] = {"avec", NULL};
  if (t >= c->n || !frex_org_tlower(c, t) || c->tok[t].cls != FREX_TOK_WORD)
    return 0;
  return frex_org_key_in(c, t, de) ? 1 : frex_org_key_in(c, t, a) ? 2
         : frex_org_key_in(c, t, avec) ? 3 : 0;
}

/* A plural noun of firms (les sous-traitants, des enseignes, plusieurs
 * PME): before a list, it makes each member a company.  Not groupes
 * (bands), marques (brands), clubs or équipes. */
static bool firms_noun(const org_ctx *c, size_t p) {
  /* plurals in -s, or start-up, PME, ETI, TPE: the last byte first */
  unsigned char z = (unsigned char)c->text[c->tok[p].end - 1];
  if (z != 's' && z != 'p' && z != 'e' && z != 'i' && z != 'E' && z != 'I')
    return false;
  static const char *const nouns[] = {
      "entreprises",   "societes",      "sous-traitants", "fournisseurs",
      "industriels",   "transporteurs", "cooperatives",   "laiteries",
      "abattoirs",     "fonderies",     "conserveries",   "cabinets",
      "groupements",   "operateurs",    "prestataires",   "equipementiers",
      "fabricants",    "constructeurs", "distributeurs",  "enseignes",
      "banques",       "assureurs",     "mutuelles",      "laboratoires",
      "start-up",      "startup",       "startups",       "pme",
      "eti",           "tpe",           "firmes",         "promoteurs",
      "editeurs",      "armateurs",     "negociants",     "industries",
      NULL};
  static org_keyset nouns_set = ORG_KEYSET(nouns);
  return p < c->n && c->tok[p].cls == FREX_TOK_WORD &&
         (frex_org_tlower(c, p) || frex_org_text_is(c, p, "PME") ||
          frex_org_text_is(c, p, "ETI") || frex_org_text_is(c, p, "TPE")) &&
         frex_org_key_in_set(c, p, &nouns_set); /* the same answer, hashed */
}

/* Such a noun counted or after a plural determiner ends within REACH
 * lowercase words before token E (plusieurs entreprises (X, Y); les
 * banques du pool bancaire : X, Y et Z; trois start-up rennaises ont été
 * sélectionnées : X, Y et Z).  A capital on the way stops it: les
 * fournisseurs de Leclerc (X, Y) are Leclerc's. */
static bool firms_before(const org_ctx *c, size_t e, size_t reach) {
  static const char *const dets[] = {
      "les",     "des",     "ces",      "ses",      "leurs",   "nos",
      "plusieurs", "quelques", "deux",  "trois",    "quatre",  "cinq",
      "six",     "sept",    "huit",     "dix",      "certaines", "certains",
      "autres",  NULL};
  static const char *const pre[] = {"grands", "grandes", "petits",
                                    "petites", "principaux", "principales",
                                    "gros", "jeunes", "nombreuses",
                                    "nombreux", "autres", NULL};
  for (size_t p = e; p > c->first + 1 && e - p < reach;) {
    p--;
    if (!frex_org_joined(c, p + 1) || !frex_org_joined(c, p) ||
        c->tok[p].cls != FREX_TOK_WORD)
      return false;
    if (firms_noun(c, p)) {
      /* des banques centrales, les banques alimentaires: bodies, charities */
      static const char *const neg[] = {"centrales", "alimentaires",
                                        "publiques", "publics", NULL};
      if (p + 1 < e && (frex_org_key_in(c, p + 1, neg) ||
                        frex_org_in(c, p + 1, L_CUE_NEG)))
        return false;
      size_t d = p - 1;
      if (d > c->first && frex_org_key_in(c, d, pre))
        d--;
      return c->tok[d].cls == FREX_TOK_NUM || frex_org_key_in(c, d, dets);
    }
    /* les constructeurs présentent leurs modèles : another noun's
     * determiner (not de la filière's, du pool bancaire's) */
    if (!frex_org_tlower(c, p) ||
        (frex_org_in(c, p, L_DETERMINER) && p > c->first &&
         !frex_org_tis(c, p - 1, ORG_W_DE) && !frex_org_text_is(c, p, "du")))
      return false;
  }
  return false;
}

/* A member a noun of firms names: a company's mention, or a bare name of
 * no person, town or nation. */
static bool cue_member_ok(const org_ctx *c, const org_mlist *l,
                          const item *it) {
  if (it->m != ORG_NO_LINK) {
    const org_mention *y = &l->v[it->m];
    if (y->type != FREX_ENT_COMPANY)
      return false;
    if (y->state == M_OK)
      return true;
    if (y->entry != FREX_DICT_NONE)
      return y->t1 == y->t0 + 1 && !frex_org_named_person(c, y->t0) &&
             !frex_org_person_before(c, y->t0) &&
             !frex_org_acronym_like(c, y->t0);
    /* a name the name rule dropped: as a bare name */
  }
  size_t x = it->m != ORG_NO_LINK ? l->v[it->m].t0 : it->t0;
  /* an acronym alone no rule kept: a service or a product as often (les
   * transporteurs régionaux (TER, Intercités et TGV)) */
  if (it->t1 == x + 1 && frex_org_acronym_like(c, x))
    return false;
  return c->tok[x].cls == FREX_TOK_WORD && !frex_org_first_name(c, x) &&
         (it->t1 != x + 1 || !frex_org_town(c, x)) &&
         !frex_org_in(c, x, L_NATION | L_FUNCTION) &&
         !frex_org_person_before(c, x) &&
         (it->t1 != x + 1 || !frex_org_named_person(c, x));
}

/* Mentions to add, in any order (sorted at the end). */
typedef struct adds {
  org_mention *v;
  size_t n, cap;
} adds;

static int add(adds *a, size_t t0, size_t t1) {
  for (size_t k = 0; k < a->n; k++)
    if (a->v[k].t0 == t0)
      return FREX_OK;
  if (a->n == a->cap) {
    size_t cap = a->cap ? 2 * a->cap : 8;
    org_mention *v = realloc(a->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    a->v = v, a->cap = cap;
  }
  a->v[a->n++] = (org_mention){t0,    t1,          FREX_DICT_NONE,
                               FREX_ENT_COMPANY, M_OK, ORG_NO_LINK,
                               FREX_DICT_NONE,   ORG_BY_CUE, 0, 0};
  return FREX_OK;
}

/* The list around the kept company mention K; its bare members and its
 * dropped dictionary companies become companies. */
static int list_around(const org_ctx *c, org_mlist *l, size_t n, size_t k,
                       adds *a, size_t *done) {
  const org_mention *m = &l->v[k];
  /* back to the list's first member */
  size_t s = m->t0;
  for (size_t y = s; y > c->first && s - y < 3 && frex_org_joined(c, y - 1) &&
                     frex_org_tlower(c, y - 1);
       y--)
    if (frex_org_in(c, y - 1, L_DETERMINER)) {
      s = y - 1;
      break;
    }
  bool first_step = true;
  for (int guard = 0; guard < MAX_ITEMS && s > c->first + 1; guard++) {
    /* de X, de Y et de Charier: past the repeated preposition */
    size_t s0 = s;
    if (s > c->first + 2 && prep_class(c, s - 1) && frex_org_joined(c, s) &&
        (sep_comma(c, s - 2) || (first_step && sep_and(c, s - 2))))
      s--;
    if (!sep_comma(c, s - 1) && !(first_step && sep_and(c, s - 1))) {
      s = s0;
      break;
    }
    size_t p = s - 1;
    if (sep_and(c, p) && sep_comma(c, p - 1))
      p--; /* Oxford comma: ", et" */
    size_t u = item_start_before(c, l, n, p);
    if (u == SIZE_MAX)
      break;
    /* aux côtés de Zorg, d'Eiffage: the member starts after its own
     * preposition, not at the determiner before it */
    if (s < s0)
      for (size_t t = u; t + 1 < p; t++)
        if (prep_class(c, t) == prep_class(c, s))
          u = t + 1;
    /* Daher, à Saint-Julien, Lisi: past the town set in after a member */
    if (u > c->first + 2 && frex_org_mention_at(l, n, u) == ORG_NO_LINK &&
        frex_org_joined(c, u) &&
        (frex_org_text_is(c, u - 1, "à") || frex_org_text_is(c, u - 1, "au")) &&
        sep_comma(c, u - 2) && inset_end(c, u - 2) == p) {
      u = item_start_before(c, l, n, u - 2);
      if (u == SIZE_MAX)
        break;
    }
    s = u, first_step = false;
  }
  /* forward: members and separators, closed by et/ou */
  item it[MAX_ITEMS];
  size_t ni = 0, x = s;
  bool closed = false;
  /* the preposition before the first member, if the others repeat it */
  int rep = 0;
  bool repeated = false;
  while (ni < MAX_ITEMS && parse_item(c, l, n, x, ni == 0, &it[ni])) {
    if (!ni && it[0].t0 > c->first && frex_org_joined(c, it[0].t0))
      rep = prep_class(c, it[0].t0 - 1);
    size_t e = it[ni++].t1;
    it[ni - 1].inset = inset_end(c, e) != e;
    if (closed || !next_member(c, e, &x, &closed, &it[ni - 1].inset, rep == 2))
      break;
    if (rep && x + 1 < c->n && prep_class(c, x) == rep &&
        frex_org_joined(c, x + 1))
      x++, repeated = true;
  }
  if (ni && it[ni - 1].t1 > *done)
    *done = it[ni - 1].t1;
  /* two members after a noun of firms (les abattoirs Bigard, à
   * Quimperlé, et Kermené), else three */
  size_t least = firms_before(c, it[0].t0, 1) ? 2 : 3;
  if (!closed || ni < least)
    return FREX_OK;
  /* Fonderie de Bretagne, Sambre et Meuse et Saint-Jean Industries: a
   * name with "et" inside, the members unsure */
  if (sep_and(c, it[ni - 1].t1) && it[ni - 1].t1 + 1 < c->n &&
      frex_org_tcap(c, it[ni - 1].t1 + 1))
    return FREX_OK;
  size_t from = 0;
  /* Chez Renault, Clio, Mégane et Austral: a fronted complement's name
   * before the list, not a member */
  static const char *const de[] = {"de", "d", "d'", "du", "des", NULL};
  if (it[0].t0 > c->first && !repeated &&
      ((frex_org_function_word(c, it[0].t0 - 1) &&
        frex_org_tcap(c, it[0].t0 - 1)) ||
       frex_org_key_in(c, it[0].t0 - 1, de)))
    from = 1; /* route d'Uzès, Gibertine et Cora: a complement's name */
  if (ni - from < least)
    return FREX_OK;
  size_t kept = 0;
  for (size_t q = from; q < ni; q++) {
    if (it[q].m == ORG_NO_LINK) {
      if (!bare_ok(c, &it[q]))
        return FREX_OK; /* a list of persons or places */
      continue;
    }
    const org_mention *y = &l->v[it[q].m];
    if (y->type != FREX_ENT_COMPANY)
      return FREX_OK; /* Vinci, l'Ademe et la Région: mixed kinds */
    if (y->state == M_OK)
      kept++;
    else if (y->entry == FREX_DICT_NONE || y->t1 != y->t0 + 1 ||
             frex_org_named_person(c, y->t0) ||
             frex_org_person_before(c, y->t0))
      return FREX_OK;
  }
  if (!kept)
    return FREX_OK;
  /* one company to go by: the other names must look like firms' */
  if (kept == 1) {
    for (size_t q = from; q < ni; q++)
      if (it[q].m == ORG_NO_LINK && !plain_caps(c, &it[q]))
        return FREX_OK;
    if (!business_frame(c, it[from].t0, it[ni - 1].t1))
      return FREX_OK;
  }
  for (size_t q = from; q < ni; q++) {
    if (it[q].m == ORG_NO_LINK) {
      int rc = add(a, it[q].t0, it[q].t1);
      if (rc)
        return rc;
    } else if (l->v[it[q].m].state == M_DROP) {
      l->v[it[q].m].state = M_OK; /* Ponticelli, Endel et Vinci */
    }
  }
  return FREX_OK;
}

enum { AFTER_PAREN, AFTER_COLON, AFTER_COMMA };

/* The words that may open a list after its noun's comma, colon or
 * bracket (dont, notamment, comme, à savoir, tels que): their count at X,
 * or 0. */
static size_t lead_words(const org_ctx *c, size_t x) {
  if (x + 1 >= c->n || !frex_org_joined(c, x))
    return 0;
  switch ((unsigned char)c->text[c->tok[x].start]) {
  case 'd':
    return frex_org_text_is(c, x, "dont");
  case 'n':
    return frex_org_text_is(c, x, "notamment");
  case 'c':
    return frex_org_text_is(c, x, "comme");
  case 't':
    return (frex_org_text_is(c, x, "tels") ||
            frex_org_text_is(c, x, "telles")) &&
                   frex_org_text_is(c, x + 1, "que")
               ? 2
               : 0;
  case 0xC3:
    return frex_org_text_is(c, x, "à") && frex_org_text_is(c, x + 1, "savoir")
               ? 2
               : 0;
  default:
    return 0;
  }
}

/* The list from token X after a noun of firms and a bracket, a colon or
 * a comma (plusieurs entreprises (X, Y, Z); les lauréats retenus : X, Y
 * et Z; les trois sous-traitants, X, à Muret, Y, à Figeac, et Z): each
 * member is a company, if each may be one.  A bracket's list ends at the
 * bracket; a colon's or a comma's with et, ou or ainsi que, a comma's
 * only when towns are set in it or a word opens it (notamment, à savoir:
 * plain lists there are org_cues.c's). */
static int cue_list(const org_ctx *c, org_mlist *l, size_t n, size_t x,
                    int mode, adds *a) {
  item it[MAX_ITEMS];
  size_t ni = 0;
  bool closed = false, insets = false, ended = false;
  size_t lead = lead_words(c, x); /* (dont X, Y et Z); , notamment X */
  x += lead;
  while (ni < MAX_ITEMS) {
    if (!parse_item(c, l, n, x, ni == 0, &it[ni])) {
      /* Le Gall TP: a surname's article opens the firm's name */
      if (x + 1 >= c->n || !frex_org_tcap(c, x) ||
          !(frex_org_text_is(c, x, "Le") || frex_org_text_is(c, x, "La")) ||
          !frex_org_joined(c, x + 1) || !frex_org_name_word(c, x + 1) ||
          frex_org_in(c, x + 1, L_DETERMINER))
        return FREX_OK;
      size_t e = frex_org_name_end(c, x + 1);
      size_t j = mention_from(l, n, x + 1);
      if (j != ORG_NO_LINK) /* the name rule's Gall TP: widened below */
        e = l->v[j].entry == FREX_DICT_NONE ? l->v[j].t1 : x;
      if (e <= x + 1 || e - x > 4 || frex_org_mention_at(l, n, x) != ORG_NO_LINK)
        return FREX_OK;
      for (size_t t = x + 1; t < e && j == ORG_NO_LINK; t++)
        if (frex_org_mention_at(l, n, t) != ORG_NO_LINK)
          return FREX_OK;
      it[ni] = (item){x + 1, e, j, false};
      if (!cue_member_ok(c, l, &it[ni]))
        return FREX_OK;
      it[ni].t0 = x;
    } else if (!cue_member_ok(c, l, &it[ni])) {
      return FREX_OK;
    }
    size_t e = it[ni++].t1;
    bool ins;
    size_t f = inset_end(c, e); /* (X à Vitré, Y à Redon) */
    if (mode == AFTER_PAREN && f < c->n && frex_org_joined(c, f) &&
        frex_org_text_is(c, f, ")")) {
      ended = true;
      break;
    }
    if (closed) {
      ended = mode != AFTER_PAREN;
      break;
    }
    if (!next_member(c, e, &x, &closed, &ins, false))
      return FREX_OK; /* no list, or one cut by other words */
    insets |= ins;
  }
  if (!ended || ni < 2 || (mode != AFTER_PAREN && !closed) ||
      (mode == AFTER_COMMA && !insets && !lead))
    return FREX_OK;
  for (size_t q = 0; q < ni; q++) {
    if (it[q].m == ORG_NO_LINK) {
      int rc = add(a, it[q].t0, it[q].t1);
      if (rc)
        return rc;
    } else {
      l->v[it[q].m].state = M_OK;
      l->v[it[q].m].t0 = it[q].t0; /* Le Gall TP */
    }
  }
  return FREX_OK;
}

/* A list after a noun of firms and the bracket, colon or comma B at P. */
static __attribute__((noinline)) int punct_list(const org_ctx *c, org_mlist *l,
                                                size_t n, size_t p,
                                                unsigned char b, adds *a) {
  if (frex_org_joined(c, p + 1) &&
      (frex_org_tcap(c, p + 1) || lead_words(c, p + 1)) &&
      c->tok[p].end == c->tok[p].start + 1 &&
      firms_before(c, p, b == ',' ? 2 : b == '(' ? 4 : 5))
    return cue_list(c, l, n, p + 1,
                    b == '(' ? AFTER_PAREN : b == ':' ? AFTER_COLON
                                                     : AFTER_COMMA,
                    a);
  return FREX_OK;
}

/* Lactalis, qui possède déjà Galbani et Parmalat: the names a kept company
 * mention K owns. */
static int holdings(const org_ctx *c, org_mlist *l, size_t n, size_t k,
                    adds *a) {
  static const char *const own[] = {"possede", "possedait", "detient",
                                    "detenait", "controle", "controlait",
                                    NULL};
  static const char *const adv[] = {"deja", "aussi", "notamment",
                                    "egalement", "desormais", "encore",
                                    "qui", NULL};
  const org_mention *m = &l->v[k];
  size_t v = m->t1;
  if (sep_comma(c, v) && v + 1 < c->n && frex_org_key_in(c, v + 1, adv))
    v++; /* , qui possède */
  while (v < c->n && v < m->t1 + 4 && frex_org_joined(c, v) &&
         frex_org_tlower(c, v) && frex_org_key_in(c, v, adv))
    v++;
  if (v >= c->n || !frex_org_joined(c, v) || !frex_org_tlower(c, v) ||
      !frex_org_key_in(c, v, own))
    return FREX_OK;
  size_t x = v + 1;
  while (x < c->n && x < v + 3 && frex_org_joined(c, x) &&
         frex_org_tlower(c, x) && frex_org_key_in(c, x, adv))
    x++;
  item it[3];
  size_t ni = 0;
  while (ni < 3 && parse_item(c, l, n, x, false, &it[ni])) {
    if (it[ni].m != ORG_NO_LINK
            ? l->v[it[ni].m].type != FREX_ENT_COMPANY
            : !bare_ok(c, &it[ni]))
      return FREX_OK;
    size_t e = it[ni++].t1;
    if (sep_comma(c, e) && ni < 3)
      x = e + 1;
    else if (sep_and(c, e) && ni < 3)
      x = e + 1;
    else
      break;
  }
  for (size_t q = 0; q < ni; q++) {
    org_mention *y = it[q].m == ORG_NO_LINK ? NULL : &l->v[it[q].m];
    if (!y) {
      int rc = add(a, it[q].t0, it[q].t1);
      if (rc)
        return rc;
    } else if (y->state == M_DROP && y->entry != FREX_DICT_NONE &&
               y->t1 == y->t0 + 1 && !frex_org_named_person(c, y->t0) &&
               !frex_org_person_before(c, y->t0)) {
      y->state = M_OK; /* détient Lesieur et Puget */
    }
  }
  return FREX_OK;
}

/* "via sa holding, la Financière Immobilière Bordelaise,", "son
 * repreneur, la Financière Saint-Jacques,": a possessive, a noun of a
 * firm's relation, a comma, then the name up to the apposition's end.
 * A holding, a subsidiary or a parent company is a firm whatever its name
 * (a first name aside); a shareholder, a buyer, a client may be persons,
 * so their name needs an article (la Financière X: persons take none; la
 * famille X is no name). The comma is at P. */
static bool appos_name(const org_ctx *c, const org_mlist *l, size_t n,
                       size_t p, size_t *t0, size_t *t1) {
  /* list_gate knows the first letters of firms and rel */
  static const char *const firms[] = {"holding", "filiale", "mere", NULL};
  static const char *const mere[] = {"maison", "societe", NULL};
  static const char *const rel[] = {"actionnaire", "repreneur", "acquereur",
                                    "associe", "client", "proprietaire",
                                    "concurrent", "fournisseur", NULL};
  static org_keyset rel_set = ORG_KEYSET(rel);
  static const char *const poss[] = {"sa", "son", "leur", "notre", NULL};
  static const char *const adj[] = {"principal", "principale", "nouveau",
                                    "nouvelle", "ancien", "ancienne",
                                    "majoritaire", "unique", "future",
                                    "futur", "propre", NULL};
  /* la Ville de Rennes, l'État, la Région: public bodies */
  static const char *const bodies[] = {
      "ville",       "commune",      "mairie",     "region",  "departement",
      "metropole",   "etat",         "communaute", "agglomeration",
      "prefecture",  "universite",   "syndicat",   NULL};
  if (p < c->first + 2 || p + 2 >= c->n || !frex_org_joined(c, p + 1))
    return false;
  size_t h = p - 1, q;
  bool firm = frex_org_key_in(c, h, firms);
  if (!firm && !frex_org_key_in_set(c, h, &rel_set)) /* hashed, the same answer */
    return false;
  if (firm && frex_org_text_is(c, h, "mère")) {
    if (!frex_org_key_in(c, h - 1, mere))
      return false;
    h--;
  }
  if (h <= c->first)
    return false; /* no room for the possessive */
  q = h - 1; /* sa principale filiale; son actionnaire majoritaire */
  if (q > c->first && frex_org_key_in(c, q, adj))
    q--;
  if (!frex_org_key_in(c, q, poss))
    return false;
  if (h + 1 < p && frex_org_key_in(c, h + 1, adj) && h + 2 != p)
    return false;
  size_t x = p + 1;
  bool article = frex_org_tlower(c, x) &&
                 (frex_org_tis(c, x, ORG_W_LA) || frex_org_tis(c, x, ORG_W_LE) ||
                  frex_org_tis(c, x, ORG_W_L));
  if (article)
    x++;
  if ((!firm && !article) || x >= c->n || !frex_org_joined(c, x) ||
      !frex_org_name_start(c, x) || !frex_org_name_word(c, x) ||
      frex_org_in(c, x, L_DETERMINER | L_NATION) ||
      frex_org_first_name(c, x) || frex_org_town(c, x) ||
      c->tok[x].cls != FREX_TOK_WORD ||
      frex_org_head_at(c, x) != NULL || frex_org_key_in(c, x, bodies))
    return false;
  size_t e = frex_org_name_end(c, x);
  if (e <= x || e - x > 5 || e >= c->n || !frex_org_joined(c, e) ||
      !(frex_org_tis(c, e, ORG_W_COMMA) || frex_org_text_is(c, e, ".") ||
        frex_org_text_is(c, e, ";") || frex_org_text_is(c, e, ")")))
    return false;
  for (size_t t = x; t < e; t++)
    if (frex_org_mention_at(l, n, t) != ORG_NO_LINK)
      return false;
  if (e == x + 1 && frex_org_named_person(c, x))
    return false;
  *t0 = x, *t1 = e;
  return true;
}

/* "le courtier Budget Insight", "l'investisseur breton Breizh Up": a
 * trade noun that names persons too takes a one-word name in org_cues.c
 * (le courtier Meilleurtaux); a name of two or three words after it is a
 * firm's when none of its words is a first name (le promoteur Jean-Claude
 * Robin, l'investisseur Warren Buffett) and the document gives it to no
 * person.  The trade noun is at H, after le, l' or un. */
static bool trade_name(const org_ctx *c, const org_mlist *l, size_t n,
                       size_t h, size_t *t0, size_t *t1) {
  static const char *const trades[] = {"courtier", "investisseur",
                                       "promoteur", "gestionnaire",
                                       "negociant", "prestataire", NULL};
  static org_keyset trades_set = ORG_KEYSET(trades);
  /* list_gate knows the first letters of trades and det */
  static const char *const det[] = {"le", "l", "l'", "un", NULL};
  if (h <= c->first || h + 2 >= c->n || !frex_org_tlower(c, h) ||
      /* the trade first: rarer than an article (both pure tests) */
      !frex_org_key_in_set(c, h, &trades_set) || /* hashed, the same answer */
      !frex_org_key_in(c, h - 1, det) ||
      !frex_org_joined(c, h))
    return false;
  size_t x = h + 1;
  if (frex_org_tlower(c, x) && (frex_org_nationality(c, x) ||
                                frex_org_lower_adj(c, x)))
    x++; /* l'investisseur breton X */
  if (x >= c->n || !frex_org_joined(c, x) || !frex_org_name_start(c, x) ||
      !frex_org_name_word(c, x) || c->tok[x].cls != FREX_TOK_WORD ||
      frex_org_in(c, x, L_DETERMINER))
    return false;
  size_t e = frex_org_name_end(c, x);
  if (e < x + 2 || e > x + 3)
    return false;
  for (size_t t = x; t < e; t++) {
    /* a dropped dictionary word inside may go (le courtier Budget
     * Insight: not the car renter) */
    size_t j = frex_org_mention_at(l, n, t);
    if ((j != ORG_NO_LINK &&
         (l->v[j].state != M_DROP || l->v[j].t0 < x || l->v[j].t1 > e)) ||
        frex_org_first_name(c, t) || frex_org_named_person(c, t))
      return false;
  }
  *t0 = x, *t1 = e;
  return true;
}

static int cmp_t0(const void *x, const void *y) {
  const org_mention *a = x, *b = y;
  return a->t0 < b->t0 ? -1 : a->t0 > b->t0;
}

/* The token loop of frex_org_list_members asks appos_name at a comma and
 * trade_name at a word starting c, i, p, g or n (trades' first letters);
 * each first tests the key of the token before against a few words (firms
 * and rel: h f m a r c p; det: l u).  A printable ASCII first byte is its
 * key's first byte (frex_key), so one look at the two tokens' first bytes
 * skips the calls that cannot match, with one branch a token that is
 * rarely taken instead of a mispredicted one (about 530,000 on the bench
 * slice).  Bits: 1 a comma / 4 a first byte of firms or rel; 2 a trade's
 * first letter / 8 det's; 12 a byte of no ASCII key (nothing known). */
#define LG_KEY(b)                                                              \
  ((b) < 0x21 || (b) > 0x7F ? 0 : (b) >= 'A' && (b) <= 'Z' ? (b) + 32 : (b))
#define LG_AT(b)                                                               \
  ((b) == ',' ? 1                                                              \
   : (b) == 'c' || (b) == 'i' || (b) == 'p' || (b) == 'g' || (b) == 'n' ? 2   \
                                                                        : 0)
#define LG_BEFORE(k)                                                           \
  ((k) == 0 ? 12                                                               \
            : ((k) == 'h' || (k) == 'f' || (k) == 'm' || (k) == 'a' ||         \
                       (k) == 'r' || (k) == 'c' || (k) == 'p'                  \
                   ? 4                                                         \
                   : 0) |                                                      \
                  ((k) == 'l' || (k) == 'u' ? 8 : 0))
#define LG(b) (uint8_t)(LG_AT(b) | LG_BEFORE(LG_KEY(b)))
#define LG4(b) LG(b), LG((b) + 1), LG((b) + 2), LG((b) + 3)
#define LG16(b) LG4(b), LG4((b) + 4), LG4((b) + 8), LG4((b) + 12)
#define LG64(b) LG16(b), LG16((b) + 16), LG16((b) + 32), LG16((b) + 48)
static const uint8_t list_gate[256] = {LG64(0), LG64(64), LG64(128),
                                       LG64(192)};
/* The same gate as two tables for the loop that skips tokens: a token P
 * is looked at when LIST_AT[its first byte] & LIST_BEFORE[the first byte
 * of P-1] is not zero.  Bit 0x80 is in every LIST_BEFORE and in LIST_AT of
 * , ( and : (punct_list's bytes: looked at whatever comes before); the
 * other bits are list_gate's own (LG_AT against LG_BEFORE >> 2). */
#define LA(b)                                                                  \
  (uint8_t)((b) == ',' || (b) == '(' || (b) == ':' ? 0x80 | LG_AT(b)          \
            : (b) <= ':'                         ? 0                           \
                                                 : LG_AT(b))
#define LB(b) (uint8_t)(0x80 | LG_BEFORE(LG_KEY(b)) >> 2)
#define LA4(b) LA(b), LA((b) + 1), LA((b) + 2), LA((b) + 3)
#define LA16(b) LA4(b), LA4((b) + 4), LA4((b) + 8), LA4((b) + 12)
#define LA64(b) LA16(b), LA16((b) + 16), LA16((b) + 32), LA16((b) + 48)
#define LB4(b) LB(b), LB((b) + 1), LB((b) + 2), LB((b) + 3)
#define LB16(b) LB4(b), LB4((b) + 4), LB4((b) + 8), LB4((b) + 12)
#define LB64(b) LB16(b), LB16((b) + 16), LB16((b) + 32), LB16((b) + 48)
static const uint8_t list_at[256] = {LA64(0), LA64(64), LA64(128), LA64(192)};
static const uint8_t list_before[256] = {LB64(0), LB64(64), LB64(128),
                                         LB64(192)};

/* "Lebreton et Fils", "Guérin et Frères": et Fils, et Frères are the
 * firm's name, not a member of a list (les entreprises Guillet, Lebreton et Fils
 * et Marchand).  A kept mention of no dictionary entry takes them in; the
 * word's own mention goes. */
static void sons_names(const org_ctx *c, org_mlist *l, size_t n) {
  for (size_t k = 0; k < n; k++) {
    org_mention *m = &l->v[k];
    size_t t = m->t1;
    if (m->state != M_OK || m->type != FREX_ENT_COMPANY || m->b1 ||
        m->entry != FREX_DICT_NONE || t + 1 >= c->n ||
        !frex_org_joined(c, t) || !frex_org_tis(c, t, ORG_W_ET) ||
        !frex_org_joined(c, t + 1) ||
        !(frex_org_text_is(c, t + 1, "Fils") ||
          frex_org_text_is(c, t + 1, "Frères")))
      continue;
    size_t j = frex_org_mention_at(l, n, t + 1);
    if (j != ORG_NO_LINK && (l->v[j].t0 != t + 1 || l->v[j].t1 != t + 2))
      continue;
    if (j != ORG_NO_LINK)
      l->v[j].state = M_DROP;
    m->t1 = t + 2;
  }
}

int frex_org_list_members(const org_ctx *c, org_mlist *l, size_t *n0) {
  size_t n = *n0;
  adds a = {NULL, 0, 0};
  int rc = FREX_OK;
  size_t done = 0;
  sons_names(c, l, n);
  for (size_t k = 0; k < n && !rc; k++) {
    const org_mention *m = &l->v[k];
    if (m->state != M_OK || m->type != FREX_ENT_COMPANY || m->b1)
      continue;
    if (m->t0 >= done)
      rc = list_around(c, l, n, k, &a, &done);
    if (!rc)
      rc = holdings(c, l, n, k, &a);
  }
  /* most tokens are none of the loop's: skip them in a tight loop with
   * the text and tokens in locals (list_at, list_before) */
  const frex_token *tok = c->tok;
  const unsigned char *txt = (const unsigned char *)c->text;
  size_t pend = c->n > 2 ? c->n - 2 : 0;
  for (size_t p = c->first + 1; p < pend && !rc; p++) {
    unsigned char bb = txt[tok[p - 1].start], b;
    while (!(list_at[b = txt[tok[p].start]] & list_before[bb])) {
      bb = b;
      if (++p >= pend)
        goto members_done;
    }
    size_t t0, t1;
    bool found = false;
    if (b <= ':') { /* punctuation, digits: , ( : only */
      if (b != ',' && b != '(' && b != ':')
        continue;
      rc = punct_list(c, l, n, p, b, &a);
      if (rc)
        break;
      found = b == ',' && (list_gate[b] & list_gate[bb] >> 2) &&
              appos_name(c, l, n, p, &t0, &t1);
    } else if (list_gate[b] & list_gate[bb] >> 2) {
      /* a word: trade_name, when list_gate says it may match */
      found = (b == 'c' || b == 'i' || b == 'p' || b == 'g' || b == 'n') &&
              trade_name(c, l, n, p, &t0, &t1);
    }
    if (found) {
      size_t j = mention_from(l, n, t0);
      if (j == ORG_NO_LINK)
        rc = add(&a, t0, t1);
      else /* the dropped word's place: the whole name's */
        l->v[j] = (org_mention){t0, t1, FREX_DICT_NONE, FREX_ENT_COMPANY,
                                M_OK, ORG_NO_LINK, FREX_DICT_NONE,
                                ORG_BY_CUE, 0, 0};
    }
  }
members_done:
  if (!rc && a.n) {
    /* the scan's mentions stay in token order: merge the new ones in */
    qsort(a.v, a.n, sizeof *a.v, cmp_t0);
    size_t old = l->n;
    for (size_t q = 0; q < a.n && !rc; q++)
      rc = frex_org_mpush(l, a.v[q]);
    if (!rc) {
      size_t total = l->n;
      org_mention *tmp = malloc(total * sizeof *tmp);
      if (!tmp) {
        rc = FREX_E_NOMEM;
      } else {
        /* the scan's N (sorted), then the later passes' (none yet, but
         * keep them after), merged with the new sorted run */
        size_t i = 0, j = old, o = 0;
        while (i < n && j < total)
          tmp[o++] = l->v[j].t0 < l->v[i].t0 ? l->v[j++] : l->v[i++];
        while (i < n)
          tmp[o++] = l->v[i++];
        while (j < total)
          tmp[o++] = l->v[j++];
        for (size_t q = n; q < old; q++)
          tmp[o++] = l->v[q];
        memcpy(l->v, tmp, total * sizeof *tmp);
        free(tmp);
        *n0 = n + a.n;
      }
    }
  }
  free(a.v);
  return rc;
}
