/*
 * org_acts.c — what an organisation does.  An ambiguous dictionary name
 * (Orange, Total, Casino, Bercy, le Kremlin: also a colour, a word, a
 * place) is the organisation when it is the subject of a verb that
 * organisations are the subject of in the news (Orange a annoncé, Bercy
 * prévoit, le Kremlin a réagi, Casino va céder ses magasins, Orange, qui
 * a lancé...: the ACTS lines of org_words.def), or when it comes after
 * "d'après" as after "selon".  A town, a colour or a spice does not
 * announce, sell or react.  A person does: not when the document names a
 * person by that name (M. Leclerc, Léonard de Vinci).
 */
#include <stdlib.h>
#include <string.h>

#include "org_rules.h"
#include "org_tokens.h"

/* Token I's key is an ACTS verb form. */
static bool acts_verb(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD || !frex_org_tlower(c, i))
    return false;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  const org_word_entry *e = frex_org_words_find(c->w, k, n, h);
  return e && e->acts;
}

/* Between the name and its verb: an auxiliary or a verb before an
 * infinitive (a annoncé, va céder, compte lancer, s'apprête à), then a
 * negation, an adverb or the infinitive's preposition. */
static const char *const negations[] = {"ne", "n'", NULL};
static const char *const auxiliaries[] = {
    "a",       "ont",      "avait",      "avaient",  "aura",    "auront",
    "aurait",  "auraient", "va",         "vont",     "allait",  "doit",
    "doivent", "devrait",  "devraient",  "pourrait", "veut",    "veulent",
    "compte",  "comptent", "entend",     "entendent", "vient",  "viennent",
    NULL};
/* A pronominal verb is another verb (les serveurs s'enregistrent): these
 * only, after se or s' (Bercy s'apprête à, Orange s'est engagé à). */
static const char *const reflexives[] = {"se", "s'", NULL};
static const char *const pronominal[] = {
    "apprete", "appretent", "engage", "engagent", "felicite", "felicitent",
    "dit",     "disent",    NULL};
static const char *const fillers[] = {
    "pas",     "plus",      "jamais",     "deja",       "aussi",
    "egalement", "finalement", "pourtant", "toutefois", "encore",
    "enfin",   "bien",      "notamment",  "officiellement", "recemment",
    "de",      "d'",        "a",          NULL};

static bool acts_at(const org_ctx *c, size_t k);

/* The verb at K takes a person's own step as its object (Legendre a
 * annoncé sa candidature, sa démission, sa retraite): a person's deed,
 * whatever verb (a surname is also a firm's name: Groupe Legendre). */
static bool personal_object(const org_ctx *c, size_t k) {
  static const char *const poss[] = {"sa", "son", NULL};
  static const char *const steps[] = {
      "candidature", "demission", "retraite", "mariage", "divorce",
      "investiture", "reelection", NULL};
  if (k + 2 >= c->n || !frex_org_joined(c, k + 1) ||
      !frex_org_joined(c, k + 2) || !frex_org_key_in(c, k + 1, poss) ||
      !frex_org_key_in(c, k + 2, steps))
    return false;
  /* sa candidature à la reprise, au rachat de...: a firm's bid */
  static const char *const bids[] = {"reprise", "rachat", "acquisition",
                                     "appel", "licence", "concession", NULL};
  for (size_t j = k + 3; j < c->n && j <= k + 5 && frex_org_joined(c, j); j++)
    if (frex_org_key_in(c, j, bids))
      return false;
  return true;
}

/* A seat between commas after a name ending before token K (Casino, à
 * Saint-Étienne, a présenté; Orange, au Mans, recrute): the token after
 * the closing comma, else K.  The place is one to five capitalised words
 * or hyphens. */
static size_t seat_inset_end(const org_ctx *c, size_t k) {
  static const char *const at[] = {"au", "en", NULL};
  if (k + 3 >= c->n || !frex_org_text_is(c, k, ",") ||
      !frex_org_joined(c, k + 1) ||
      !(frex_org_text_is(c, k + 1, "\xc3\xa0") ||
        (frex_org_tlower(c, k + 1) && frex_org_key_in(c, k + 1, at))))
    return k;
  size_t w = k + 2;
  while (w < c->n && w < k + 8 && frex_org_joined(c, w) &&
         (frex_org_text_is(c, w, "-") ||
          (c->tok[w].cls == FREX_TOK_WORD && frex_org_tcap(c, w))))
    w++;
  if (w == k + 2 || w >= c->n || !frex_org_joined(c, w) ||
      !frex_org_text_is(c, w, ","))
    return k;
  return w + 1;
}

/* The name ending before token T1 is the subject of an ACTS verb. */
static bool acts_after(const org_ctx *c, size_t t1) {
  size_t k = t1;
  /* Casino, à Saint-Étienne, a présenté: the seat between commas */
  k = seat_inset_end(c, k);
  /* Orange, qui a lancé; Safran, qui fournit les moteurs LEAP via sa
   * coentreprise avec General Electric, a relevé ses prévisions: the
   * relative's verb, else the main verb after the relative's closing
   * comma (at most 24 tokens on, in the sentence) */
  if (frex_org_text_is(c, k, ",") && frex_org_tis(c, k + 1, ORG_W_QUI) &&
      frex_org_joined(c, k + 1)) {
    k += 2;
    if (acts_at(c, k))
      return true;
    for (size_t j = k + 1; j < k + 24 && frex_org_joined(c, j); j++)
      if (frex_org_text_is(c, j, ","))
        return frex_org_joined(c, j + 1) && acts_at(c, j + 1);
    return false;
  }
  return acts_at(c, k);
}

/* An ACTS verb, with its auxiliary, negation and fillers, starts at
 * token K (a subject before it). */
static bool acts_at(const org_ctx *c, size_t k) {
  if (!frex_org_joined(c, k))
    return false;
  if (frex_org_key_in(c, k, negations) && frex_org_joined(c, k + 1))
    k++;
  if (frex_org_key_in(c, k, reflexives)) { /* s'apprête, s'est engagé */
    static const char *const est[] = {"est", NULL};
    if (frex_org_joined(c, k + 1) && frex_org_key_in(c, k + 1, est) &&
        frex_org_joined(c, k + 2))
      k++;
    return frex_org_joined(c, k + 1) &&
           frex_org_key_in(c, k + 1, pronominal);
  }
  if (acts_verb(c, k))
    return !personal_object(c, k); /* Bercy prévoit */
  if (!frex_org_key_in(c, k, auxiliaries))
    return false;
  for (int fill = 0; fill <= 3; fill++) {
    k++;
    if (!frex_org_joined(c, k))
      return false;
    if (acts_verb(c, k))
      return !personal_object(c, k); /* a annoncé, n'a pas encore
                                        annoncé, va céder */
    if (!frex_org_key_in(c, k, fillers))
      return false;
  }
  return false;
}

/* d'après X, d'après le X */
static bool after_dapres(const org_ctx *c, size_t t0) {
  if (t0 < c->first + 2 || !frex_org_joined(c, t0))
    return false;
  size_t p = t0 - 1;
  if (frex_org_in(c, p, L_DETERMINER) && p > c->first + 1 &&
      frex_org_joined(c, p))
    p--;
  static const char *const apres[] = {"apres", NULL};
  if (frex_org_key_in(c, p, apres) && p > c->first && frex_org_joined(c, p) &&
      frex_org_tis(c, p - 1, ORG_W_D))
    return true;
  /* autorisée par Bercy, validé par Orange: the agent of a passive, a
   * participle right before par (not passé par Bercy: a way) */
  static const char *const par[] = {"par", NULL};
  static const char *const ways[] = {"passe", "passee", "passes", "passees",
                                     "arrive", "arrivee", "arrives", NULL};
  size_t q = t0 - 1;
  if (!frex_org_key_in(c, q, par) || q <= c->first || !frex_org_joined(c, q) ||
      c->tok[q - 1].cls != FREX_TOK_WORD || !frex_org_tlower(c, q - 1) ||
      frex_org_key_in(c, q - 1, ways))
    return false;
  const frex_token *v = &c->tok[q - 1];
  const char *x = c->text + v->start;
  size_t n = v->end - v->start;
  return n >= 5 && (memcmp(x + n - 2, "\xc3\xa9", 2) == 0 ||
                    memcmp(x + n - 3, "\xc3\xa9" "e", 3) == 0 ||
                    memcmp(x + n - 3, "\xc3\xa9" "s", 3) == 0 ||
                    memcmp(x + n - 4, "\xc3\xa9" "es", 4) == 0);
}

/* Token I names a person: after a title (M. Leclerc), after a first name
 * (Jean Dupont) or, after a capitalised word, a person's particle (Léonard
 * de Vinci); not after a place's noun (l'Arena de Bercy, le Palais de
 * Tokyo: PLACE_NOUN). */
static bool person_at(const org_ctx *c, size_t i) {
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  if (frex_org_in(c, i - 1, L_TITLE))
    return true;
  if (frex_org_tcap(c, i - 1) && frex_org_first_name(c, i - 1))
    return true;
  return i > c->first + 1 && frex_org_joined(c, i - 1) &&
         frex_org_tlower(c, i - 1) && frex_org_in(c, i - 1, L_PARTICLE) &&
         frex_org_tcap(c, i - 2) && !frex_org_function_word(c, i - 2) &&
         !frex_org_in(c, i - 2, L_PLACE_NOUN);
}

/* What person_at needs of token P = I - 1, by its first byte alone: a
 * title (L_TITLE), a capital (a first name) or a lowercase particle
 * (L_PARTICLE).  read_persons asks it of every capitalised word of the
 * document before person_at, which computes the joins and the keys of the
 * words before it (most capitals follow a full stop, le or la). */
static inline bool person_before_maybe(const org_ctx *c, size_t p) {
  unsigned char b = (unsigned char)c->text[c->tok[p].start];
  unsigned char f = frex_org_first(c, p);
  return !f || (b >= 'A' && b <= 'Z') ||
         (c->w->first_lists[f] & (L_TITLE | L_PARTICLE));
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* The key hashes of the one-word names the document gives persons
 * (person_at), sorted: read once per document, on the first need. */
static void read_persons(const org_ctx *c) {
  org_keys *k = c->keys;
  k->persons_read = true;
  size_t n = 0, cap = 0;
  uint32_t *v = NULL;
  const frex_token *tok = c->tok;
  const unsigned char *text = (const unsigned char *)c->text;
  for (size_t i = c->first + 1, end = c->n; i < end; i++) {
    /* frex_org_tcap's first byte, with the records and text in locals:
     * this loop reads every token of the document */
    unsigned char b = text[tok[i].start];
    if (b < 0x80 && (unsigned char)(b - 'A') >= 26)
      continue;
    if (!frex_org_tcap(c, i) || !person_before_maybe(c, i - 1) ||
        !person_at(c, i))
      continue;
    if (n == cap) {
      size_t ncap = cap ? 2 * cap : 16;
      uint32_t *nv = realloc(v, ncap * sizeof *nv);
      if (!nv)
        break; /* out of memory: the persons found so far */
      v = nv, cap = ncap;
    }
    size_t kn;
    frex_org_tkey(c, i, &kn, &v[n]);
    n++;
  }
  if (n)
    qsort(v, n, sizeof *v, cmp_u32);
  k->persons = v;
  k->npersons = n;
}

/* The one-word name at T0 is a person's somewhere in the document. */
bool frex_org_named_person(const org_ctx *c, size_t t0) {
  if (person_at(c, t0))
    return true;
  if (!c->keys->persons_read)
    read_persons(c);
  size_t kn;
  uint32_t h;
  frex_org_tkey(c, t0, &kn, &h);
  if (!c->keys->npersons ||
      !bsearch(&h, c->keys->persons, c->keys->npersons, sizeof h, cmp_u32))
    return false;
  /* avec la Saur, La Saur emploie: a firm's name after the feminine
   * article is not the person the document names (Bernard Saur); news
   * writes no article before a person's surname.  Asked of the names a
   * person of the document bears only: rare. */
  return !(t0 > c->first && frex_org_joined(c, t0) &&
           frex_org_tis(c, t0 - 1, ORG_W_LA) &&
           (frex_org_tlower(c, t0 - 1) || frex_org_sent_start(c, t0 - 1)));
}

bool frex_org_place_before(const org_ctx *c, size_t t0) {
  if (t0 <= c->first || !frex_org_joined(c, t0))
    return false;
  size_t p = t0 - 1;
  static const char *const au[] = {"au", "aux", NULL}; /* à le, à les */
  if (frex_org_in(c, p, L_PLACE_PREP) || frex_org_key_in(c, p, au))
    return true;
  return frex_org_in(c, p, L_DETERMINER) && p > c->first &&
         frex_org_joined(c, p) && frex_org_in(c, p - 1, L_PLACE_PREP);
}

bool frex_org_object_of_de_verb(const org_ctx *c, size_t t0) {
  /* stems of the verbs, any form: accuse, menacent, soupçonnait, prévient,
   * avertit, informe, remercie, félicite, convainc, exempte, dispense */
  static const char *const stems[] = {
      "accus", "menac", "soupconn", "previen", "avert", "inform", "remerci",
      "felicit", "convainc", "exempt", "dispens", "suspect", NULL};
  if (t0 < c->first + 2 || !frex_org_joined(c, t0) ||
      !frex_org_in(c, t0 - 1, L_DETERMINER) || !frex_org_joined(c, t0 - 1))
    return false;
  size_t v = t0 - 2;
  if (c->tok[v].cls != FREX_TOK_WORD || !frex_org_tlower(c, v))
    return false;
  size_t kn;
  uint32_t h;
  const char *key = frex_org_tkey(c, v, &kn, &h);
  for (const char *const *p = stems; *p; p++) {
    size_t n = strlen(*p);
    if (kn > n && strncmp(key, *p, n) == 0)
      return true;
  }
  return false;
}

bool frex_org_sold_to(const org_ctx *c, size_t t0) {
  /* cédé, racheté, their forms: a firm's deal (not vendu: une maison
   * vendue à Orange is sold there) */
  static const char *const deals[] = {
      "cede",     "cedee",     "cedes",     "cedees",    "ceder",
      "cedera",   "cedent",    "rachete",   "rachetee",  "rachetes",
      "rachetees", "racheter", "rachetera", "rachetent", "revendu",
      "revendue", "revendus",  "revendues", "revend",    "revendre",
      NULL};
  /* céder sa place, la parole, le relais à X: a person's turn */
  static const char *const turns[] = {"place", "parole", "relais", "pas",
                                      "main", "siege", NULL};
  if (t0 < c->first + 2 || !frex_org_joined(c, t0) ||
      !frex_org_text_is(c, t0 - 1, "\xc3\xa0") || frex_org_sent_start(c, t0))
    return false;
  /* back over the object (300 magasins, ses parts, le site), within the
   * clause: lowercase words and numbers */
  for (size_t p = t0 - 1; p > c->first && t0 - p <= 7; p--) {
    if (!frex_org_joined(c, p))
      return false;
    size_t q = p - 1;
    if (c->tok[q].cls == FREX_TOK_NUM)
      continue;
    if (c->tok[q].cls != FREX_TOK_WORD || !frex_org_tlower(c, q) ||
        frex_org_key_in(c, q, turns))
      return false;
    if (frex_org_key_in(c, q, deals))
      return true;
  }
  return false;
}

bool frex_org_acts(const org_ctx *c, size_t t0, size_t t1) {
  /* Elle a annoncé: the pronoun, not the magazine; les serveurs RPC
   * répondent: an acronym that is ambiguous is so with other acronyms,
   * which do things too */
  if (t1 == t0 + 1 &&
      (frex_org_function_word(c, t0) || frex_org_acronym_like(c, t0)))
    return false;
  if (!after_dapres(c, t0) && (frex_org_place_before(c, t0) || !acts_after(c, t1)))
    return false;
  return t1 != t0 + 1 || !frex_org_named_person(c, t0);
}
