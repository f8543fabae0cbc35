/*
 * org_doc.c — what the COMPANY/AGENCY stage decides once the whole
 * document is scanned (SPEC "One name, one reading per document", "Whose
 * body"): which entry a name shared by several means, whether an ambiguous
 * name has its evidence (Orange, Times), share bars of service names,
 * acronyms taught in parentheses, and every other mention of a name found
 * once, with its short forms (la Commission after la Commission
 * européenne).
 */
#include <stdlib.h>
#include <string.h>

#include "org_mention.h"
#include "strmap.h"

int frex_org_mpush(org_mlist *l, org_mention m) {
  if (l->n == l->cap) {
    size_t cap = l->cap * 2;
    org_mention *v = l->v == l->stack ? malloc(cap * sizeof *v)
                                      : realloc(l->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    if (l->v == l->stack)
      memcpy(v, l->stack, l->n * sizeof *v);
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = m;
  return FREX_OK;
}

static bool coord_word(const org_ctx *c, size_t i) {
  return frex_org_tis(c, i, ORG_W_ET) || frex_org_tis(c, i, ORG_W_OU) ||
         frex_org_tis(c, i, ORG_W_COMMA) || frex_org_tis(c, i, ORG_W_AND);
}

/* Mention B follows mention A in a coordination: A's end is a
 * coordinating word (et, ou, ni, a comma), then maybe an article (le, la,
 * l'), then B (Orange et Capgemini, l'Élysée et Matignon, Matignon et
 * l'Élysée). */
static bool coordinated(const org_ctx *c, const org_mention *a,
                        const org_mention *b) {
  size_t k = a->t1;
  /* Savencia 475 et Bel 468: a gapped list of figures, each name before
   * its own */
  if (k + 1 < c->n && c->tok[k].cls == FREX_TOK_NUM &&
      frex_org_joined(c, k) && frex_org_joined(c, k + 1) && b->t1 < c->n &&
      c->tok[b->t1].cls == FREX_TOK_NUM && frex_org_joined(c, b->t1))
    k++;
  /* Jeanneau et le fabricant de camping-cars Pilote: the second name
   * after its article and a company's cue noun (up to six lowercase
   * words) */
  if (b->t0 >= k + 3 && b->t0 <= k + 8 && coord_word(c, k) &&
      (frex_org_tis(c, k + 1, ORG_W_L) || frex_org_tis(c, k + 1, ORG_W_LE) ||
       frex_org_tis(c, k + 1, ORG_W_LA))) {
    bool cue = false;
    for (size_t t = k + 1; t <= b->t0; t++) {
      if (!frex_org_joined(c, t))
        return false;
      if (t == k + 1 || t == b->t0)
        continue;
      if (c->tok[t].cls == FREX_TOK_WORD && frex_org_tlower(c, t)) {
        cue |= t == k + 2 && frex_org_in(c, t, L_COMPANY_CUE);
        continue;
      }
      if (!(c->tok[t].cls == FREX_TOK_PUNCT && frex_org_text_is(c, t, "-")))
        return false;
    }
    return cue;
  }
  if (b->t0 <= k || b->t0 > k + 2 || !frex_org_joined(c, b->t0) ||
      (!coord_word(c, k) && !frex_org_text_is(c, k, "ni")))
    return false;
  return b->t0 == k + 1 ||
         (frex_org_joined(c, k + 1) &&
          (frex_org_tis(c, k + 1, ORG_W_L) || frex_org_tis(c, k + 1, ORG_W_LE) ||
           frex_org_tis(c, k + 1, ORG_W_LA)));
}

/* The mention starting at token T among the first N (sorted), or none. */
size_t frex_org_mention_at(const org_mlist *l, size_t n, size_t t) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (l->v[mid].t1 <= t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && l->v[lo].t0 <= t ? lo : ORG_NO_LINK;
}

/* Entries E and F name one organisation: the same entry, or entries of
 * the same canonical name from different files (hand and generated). */
bool frex_org_same_org(const org_ctx *c, uint32_t e, uint32_t f) {
  if (e == f)
    return true;
  if (e == FREX_DICT_NONE || f == FREX_DICT_NONE)
    return false;
  return c->org_of[e] == c->org_of[f];
}

/* Mentions X and Y are written alike (same matching key). */
static bool same_name(const org_ctx *c, const org_mention *x,
                      const org_mention *y) {
  char a[FREX_KEY_MAX], b[FREX_KEY_MAX];
  size_t an =
      frex_key(c->text + c->tok[x->t0].start,
               c->tok[x->t1 - 1].end - c->tok[x->t0].start, a, sizeof a);
  size_t bn =
      frex_key(c->text + c->tok[y->t0].start,
               c->tok[y->t1 - 1].end - c->tok[y->t0].start, b, sizeof b);
  return an == bn && an <= sizeof a && memcmp(a, b, an) == 0;
}

/* Aliases A and B (or FREX_DICT_NONE) are one name: a mention of either
 * is no evidence for the reading of the other. */
static bool same_alias_name(const org_ctx *c, uint32_t a, uint32_t b) {
  if (a == FREX_DICT_NONE || b == FREX_DICT_NONE)
    return false;
  const char *x = frex_dict_alias_at(c->dict, a)->surface;
  const char *y = frex_dict_alias_at(c->dict, b)->surface;
  char kx[FREX_KEY_MAX], ky[FREX_KEY_MAX];
  size_t nx = frex_key(x, strlen(x), kx, sizeof kx);
  size_t ny = frex_key(y, strlen(y), ky, sizeof ky);
  return nx == ny && nx <= sizeof kx && memcmp(kx, ky, nx) == 0;
}

/* A name shared by several entries (le Times: The Times or The New York
 * Times; ministère de la Défense: whose?) means the one the document
 * names otherwise; with no such evidence the first loaded wins. */
void frex_org_prefer_named_entries(const org_ctx *c, org_mlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    org_mention *m = &l->v[k];
    if (m->alias == FREX_DICT_NONE || m->state == M_DROP)
      continue;
    const frex_dict_alias *a = frex_dict_alias_at(c->dict, m->alias);
    bool shared = false; /* another organisation has this name too */
    for (uint32_t x = a->next; x != FREX_DICT_NONE && !shared;) {
      const frex_dict_alias *b = frex_dict_alias_at(c->dict, x);
      shared = !frex_org_same_org(c, b->entry, m->entry);
      x = b->next;
    }
    if (!shared)
      continue; /* the common case: no document-wide search */
    /* the current entry is named by another mention (a minister's
     * portfolio, whose entry comes from the same shared name, is none) */
    bool named = false;
    for (size_t j = 0; j < l->n && !named; j++)
      named = j != k && l->v[j].state == M_OK &&
              l->v[j].how != ORG_BY_PORTFOLIO &&
              frex_org_same_org(c, l->v[j].entry, m->entry) &&
              !same_name(c, m, &l->v[j]) &&
              !same_alias_name(c, m->alias, l->v[j].alias);
    for (uint32_t x = a->next; x != FREX_DICT_NONE && !named;) {
      const frex_dict_alias *b = frex_dict_alias_at(c->dict, x);
      if (!frex_org_same_org(c, b->entry, m->entry) &&
          frex_org_case_ok(c, b, m->t0, m->t1))
        for (size_t j = 0; j < l->n; j++)
          if (j != k && l->v[j].state == M_OK &&
              l->v[j].how != ORG_BY_PORTFOLIO &&
              frex_org_same_org(c, l->v[j].entry, b->entry) &&
              !same_name(c, m, &l->v[j])) {
            m->entry = l->v[j].entry; /* with that mention's id */
            m->type = frex_dict_entry_at(c->dict, m->entry)->type;
            if (m->state == M_PENDING)
              m->state = M_OK;
            named = true;
            break;
          }
      x = b->next;
    }
  }
}

/* One name, one reading per document: a name the document calls a firm
 * by a cue (le constructeur ferroviaire espagnol CAF, l'espagnol CAF) is
 * that firm where it comes back bare (CAF livrera 12 rames), not the
 * public body of that name in the dictionary (the Caisse d'allocations
 * familiales), when the dictionary says the name has other readings
 * (ambiguous). */
void frex_org_cue_firm_reading(const org_ctx *c, org_mlist *l) {
  size_t first = l->n; /* the first dictionary body that may be re-read */
  for (size_t j = 0; j < l->n && first == l->n; j++)
    if (l->v[j].how == ORG_BY_DICT && l->v[j].type == FREX_ENT_AGENCY &&
        l->v[j].entry != FREX_DICT_NONE && l->v[j].state != M_DROP &&
        !l->v[j].b1 &&
        (frex_dict_entry_at(c->dict, l->v[j].entry)->flags &
         FREX_DICT_AMBIGUOUS))
      first = j;
  if (first == l->n)
    return; /* most documents */
  for (size_t k = 0; k < l->n; k++) {
    const org_mention *m = &l->v[k];
    if (m->how != ORG_BY_CUE || m->entry != FREX_DICT_NONE ||
        m->type != FREX_ENT_COMPANY || m->state != M_OK || m->b1)
      continue;
    for (size_t j = first; j < l->n; j++) {
      org_mention *x = &l->v[j];
      if (x->how != ORG_BY_DICT || x->type != FREX_ENT_AGENCY ||
          x->entry == FREX_DICT_NONE || x->state == M_DROP || x->b1 ||
          !(frex_dict_entry_at(c->dict, x->entry)->flags &
            FREX_DICT_AMBIGUOUS) ||
          !same_name(c, m, x))
        continue;
      x->entry = FREX_DICT_NONE;
      x->alias = FREX_DICT_NONE;
      x->type = FREX_ENT_COMPANY;
      x->state = M_OK;
      x->how = ORG_BY_REPEAT;
      x->link = k;
    }
  }
}

/* Share bars and menus (Courriel, Facebook, Twitter, Google, Reddit...):
 * a comma-separated list of single capitalised words that are mostly not
 * organisations lists services or products; its names are dropped. */
void frex_org_drop_product_lists(const org_ctx *c, org_mlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    org_mention *m = &l->v[k];
    if (m->state != M_OK || m->t1 != m->t0 + 1)
      continue;
    size_t a = m->t0, b = m->t0; /* first and last item */
    /* items may stand one per line, as share bars do */
    while (a >= c->first + 2 && m->t0 - a < 64 &&
           frex_org_tis(c, a - 1, ORG_W_COMMA) && frex_org_tcap(c, a - 2))
      a -= 2;
    while (b + 2 < c->n && b - m->t0 < 64 &&
           frex_org_tis(c, b + 1, ORG_W_COMMA) && frex_org_tcap(c, b + 2))
      b += 2;
    size_t items = (b - a) / 2 + 1, orgs = 0;
    if (items < 4)
      continue;
    for (size_t t = a; t <= b; t += 2) {
      size_t j = frex_org_mention_at(l, l->n, t);
      orgs += j != ORG_NO_LINK && l->v[j].t0 == t && l->v[j].t1 == t + 1 &&
              l->v[j].state != M_DROP;
    }
    if (orgs * 2 < items)
      for (size_t t = a; t <= b; t += 2) {
        size_t j = frex_org_mention_at(l, l->n, t);
        if (j != ORG_NO_LINK && l->v[j].t0 == t)
          l->v[j].state = M_DROP;
      }
  }
}

/* Firms of one trade, by the dictionary's canonical names: a document
 * naming one of them is evidence for an ambiguous name of another (Free a
 * lancé une offre..., et Orange a répliqué: two operators; Intermarché...
 * Leclerc: two grocers), as a cue would be. */
static const char *const trade_telecom[] = {
    "Orange", "Free", "SFR", "Bouygues Telecom", "Iliad", "Altice", "Sosh",
    NULL};
static const char *const trade_grocer[] = {
    "E.Leclerc", "Carrefour", "Auchan",  "Intermarché",  "Cora",
    "Groupe Casino", "Géant Casino", "Super U", "Lidl", "Aldi",
    "Monoprix", "Franprix", "Netto", "Leader Price", NULL};
static const char *const trade_energy[] = {
    "TotalEnergies", "Shell", "BP", "Esso", "Engie", "EDF", NULL};
static const char *const trade_works[] = {
    "Vinci", "Eiffage", "Bouygues", "Colas", "Spie batignolles", "Fayat",
    "Sanef", "APRR", NULL};
static const char *const trade_airline[] = {
    "Air France", "Corsair", "Air Austral", "Air Caraïbes", "French Bee",
    "Emirates", "Swiss", "easyJet", "Ryanair", "Transavia", "Lufthansa",
    "Air Canada", "KLM", NULL};
/* meal-delivery platforms (Stuart, a first name, next to Deliveroo) */
static const char *const trade_delivery[] = {
    "Deliveroo", "Uber Eats", "Just Eat", "Stuart", "Frichti", "Glovo",
    "Getir", NULL};
/* dairies (Emmi, a first name, next to Cremo or Lactalis) */
static const char *const trade_dairy[] = {
    "Lactalis", "Sodiaal", "Savencia", "Emmi", "Cremo", "Eurial", NULL};
static const char *const *const trades[] = {
    trade_telecom, trade_grocer,   trade_energy, trade_works,
    trade_airline, trade_delivery, trade_dairy};
enum { TRADES = sizeof trades / sizeof trades[0] };

/* The trade of dictionary entry E (index into trades), or -1. */
static int trade_of(const org_ctx *c, uint32_t e) {
  if (e == FREX_DICT_NONE)
    return -1;
  const char *name = frex_dict_entry_at(c->dict, e)->canonical;
  for (int t = 0; t < TRADES; t++)
    for (const char *const *w = trades[t]; *w; w++)
      if (**w == *name && strcmp(*w, name) == 0) /* first byte, no call */
        return t;
  return -1;
}

/* The pending name M reads as a firm of its trade where it stands: not a
 * person's (le maréchal Leclerc, M. Free), a place's (à Orange), part of a
 * hyphenated street name (avenue du Général-Leclerc), the first word of a
 * longer name (Cora Martin), a noun before its complement (Total des
 * investissements) or a label (Total :), nor a name put in apposition to
 * another kind of thing (Orange, la ville, ...; Vinci, le peintre). */
static bool trade_reading(const org_ctx *c, const org_mention *m) {
  size_t t0 = m->t0, t1 = m->t1;
  /* a word of running text: not glued to a symbol (HugePages_Total,
   * SOUS.TOTAL, ${SHELL}) nor written in capitals the name does not have
   * (the variable SHELL, a TOTAL line) */
  size_t a = c->tok[t0].start, b = c->tok[t1 - 1].end;
  if ((a > 0 && !strchr(" \t\n\r(\"'\xc2\xa0", c->text[a - 1]) &&
       !((unsigned char)c->text[a - 1] >= 0x80)) ||
      (b < c->text_len && !strchr(" \t\n\r,;.!?)\"'\xc2", c->text[b]) &&
       !((unsigned char)c->text[b] >= 0x80)))
    return false;
  if (b + 1 < c->text_len && c->text[b] == '.' &&
      ((unsigned char)c->text[b + 1] | 0x20) >= 'a' &&
      ((unsigned char)c->text[b + 1] | 0x20) <= 'z')
    return false;
  const char *name = frex_dict_entry_at(c->dict, m->entry)->canonical;
  bool caps = b - a >= 2, lower_in_name = false;
  for (size_t i = a; i < b && caps; i++)
    caps = !(c->text[i] >= 'a' && c->text[i] <= 'z');
  for (const char *p = name; *p; p++)
    lower_in_name |= *p >= 'a' && *p <= 'z';
  if (caps && lower_in_name)
    return false;
  if (frex_org_person_before(c, t0) || frex_org_place_before(c, t0) ||
      (t1 == t0 + 1 && frex_org_named_person(c, t0)))
    return false;
  if (t0 > c->first && frex_org_joined(c, t0) &&
      frex_org_text_is(c, t0 - 1, "-"))
    return false;
  /* Cora Martin, Emirates Stadium: a longer name; Total : 45 millions, a
   * label */
  if (t1 < c->n && frex_org_joined(c, t1) &&
      ((c->tok[t1].cls == FREX_TOK_WORD && frex_org_tcap(c, t1)) ||
       frex_org_text_is(c, t1, ":")))
    return false;
  if (t1 < c->n && frex_org_joined(c, t1) &&
      (frex_org_text_is(c, t1, "-") || frex_org_tis(c, t1, ORG_W_DE) ||
       frex_org_tis(c, t1, ORG_W_D) || frex_org_tis(c, t1, ORG_W_DES) ||
       frex_org_tis(c, t1, ORG_W_DU)))
    return false;
  if (t1 + 2 < c->n && frex_org_tis(c, t1, ORG_W_COMMA) &&
      frex_org_joined(c, t1 + 1) && frex_org_joined(c, t1 + 2) &&
      (frex_org_tis(c, t1 + 1, ORG_W_LE) || frex_org_tis(c, t1 + 1, ORG_W_LA) ||
       frex_org_tis(c, t1 + 1, ORG_W_L)) &&
      frex_org_appos_type(c, t1) != FREX_ENT_COMPANY)
    return false;
  return true;
}

/* Mention K (pending, with an entry) reads as a firm of its trade and
 * another firm of that trade stands near it, within TRADE_NEAR tokens (an
 * article, not a manual of hundreds of pages). */
enum { TRADE_NEAR = 300 };
static bool trade_evidence(const org_ctx *c, const org_mlist *l, size_t k) {
  const org_mention *m = &l->v[k];
  int t = trade_of(c, m->entry);
  if (t < 0)
    return false;
  /* the other firm first, then the reading: both are pure tests, and the
   * reading's person test reads the whole document's persons the first
   * time (16 M instructions of the 5 MB slice's 24 calls, for a firm of
   * the trade near in none) */
  for (size_t j = 0; j < l->n; j++) {
    const org_mention *x = &l->v[j];
    if (j == k || x->state != M_OK || x->entry == FREX_DICT_NONE ||
        c->org_of[x->entry] == c->org_of[m->entry] ||
        (x->t0 > m->t0 ? x->t0 - m->t0 : m->t0 - x->t0) > TRADE_NEAR ||
        trade_of(c, x->entry) != t)
      continue;
    return trade_reading(c, m);
  }
  return false;
}

/* Pass 2: a pending ambiguous mention stands if the document names the
 * same entry unambiguously (New York Times ... le Times) or lists it with
 * another company (Orange et Capgemini).  Mentions are decided in order, so
 * one that stands is evidence for the later ones: a set of the
 * organisations (org_of) with a mention that stands, kept as it grows. */
int frex_org_resolve_pending(const org_ctx *c, org_mlist *l) {
  size_t k = 0;
  while (k < l->n && l->v[k].state != M_PENDING)
    k++;
  if (k == l->n)
    return FREX_OK; /* most documents */
  size_t ne = frex_dict_entry_count(c->dict);
  uint8_t *named = calloc(ne / 8 + 1, 1);
  if (!named)
    return FREX_E_NOMEM;
  bool none = false; /* a mention without an entry stands */
  for (size_t j = 0; j < l->n; j++) {
    const org_mention *x = &l->v[j];
    if (x->state != M_OK)
      continue;
    if (x->entry == FREX_DICT_NONE)
      none = true;
    else
      named[c->org_of[x->entry] >> 3] |=
          (uint8_t)(1u << (c->org_of[x->entry] & 7));
  }
  for (; k < l->n; k++) {
    org_mention *m = &l->v[k];
    if (m->state != M_PENDING)
      continue;
    uint32_t g = m->entry == FREX_DICT_NONE ? 0 : c->org_of[m->entry];
    bool ok =
        m->entry == FREX_DICT_NONE ? none : (named[g >> 3] >> (g & 7)) & 1;
    if (!ok && k + 1 < l->n) {
      const org_mention *x = &l->v[k + 1];
      ok = x->state == M_OK && x->type == m->type && coordinated(c, m, x);
    }
    if (!ok && k > 0) {
      const org_mention *x = &l->v[k - 1];
      ok = x->state == M_OK && x->type == m->type && coordinated(c, x, m);
    }
    if (!ok && m->entry != FREX_DICT_NONE)
      ok = trade_evidence(c, l, k);
    m->state = ok ? M_OK : M_DROP;
    if (ok && m->entry == FREX_DICT_NONE)
      none = true;
    else if (ok)
      named[g >> 3] |= (uint8_t)(1u << (g & 7));
  }
  free(named);
  return FREX_OK;
}

size_t frex_org_root(const org_mlist *l, size_t k) {
  for (int hops = 0; l->v[k].link != ORG_NO_LINK && hops < 16; hops++)
    k = l->v[k].link;
  return k;
}

static size_t span_bytes(const org_ctx *c, const org_mention *m) {
  return c->tok[m->t1 - 1].end - c->tok[m->t0].start;
}

/* Two names for one organisation: share a value, the dictionary's if one
 * has it, else the longer spelled-out form's. */
static void unify(const org_ctx *c, org_mlist *l, size_t a, size_t b) {
  size_t ra = frex_org_root(l, a), rb = frex_org_root(l, b);
  if (ra == rb)
    return;
  org_mention *x = &l->v[ra], *y = &l->v[rb];
  if (x->entry != FREX_DICT_NONE && y->entry != FREX_DICT_NONE)
    return; /* two known entries: trust the dictionary */
  if (y->entry != FREX_DICT_NONE ||
      (x->entry == FREX_DICT_NONE && span_bytes(c, y) > span_bytes(c, x)))
    x->link = rb;
  else
    y->link = ra;
}

/* The OK mention just before "(" at token P: ending there, or separated
 * only by a few words (Département de la défense des États-Unis (DOD)). */
static size_t name_before(const org_ctx *c, const org_mlist *l, size_t n,
                          size_t p) {
  size_t lo = 0, hi = n; /* the first mention ending after P */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (l->v[mid].t1 <= p)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t k = lo; k-- > 0;) {
    const org_mention *m = &l->v[k];
    if (m->state != M_OK || p - m->t1 > 3)
      return ORG_NO_LINK;
    /* only lowercase words and "des États-Unis": not "Web Services" */
    for (size_t t = m->t1; t <= p; t++)
      if (!frex_org_joined(c, t) ||
          (t < p && !frex_org_tlower(c, t) &&
           !(frex_org_tcap(c, t) && t > m->t1 && frex_org_tlower(c, t - 1))))
        return ORG_NO_LINK;
    return k;
  }
  return ORG_NO_LINK;
}

/* The first token from LO on that starts at or after byte OFF (tokens are
 * in text order).  The token sought is most often a few dozen past LO:
 * they are read in order first (the hardware prefetches a forward walk),
 * then halved.  A halving over all the tokens left missed the cache at
 * its last steps each time (perf: 63% of this pass's time). */
static size_t token_from(const org_ctx *c, size_t lo, size_t off) {
  size_t hi = c->n;
  for (size_t k = 0; k < 256 && lo < hi; k++, lo++)
    if (c->tok[lo].start >= off)
      return lo;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->tok[mid].start < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The tokens, from some index on, that start with byte B before END: a
 * memchr jumps over the tokens that cannot match instead of visiting each
 * of the document's (tokens are in text order). */
typedef struct tok_search {
  size_t lo;            /* the next token to consider */
  const char *at, *end; /* the text still to search */
  const char *hit;      /* the last B found, or NULL */
  char b;
} tok_search;

/* The next such token, or C->n when none is left. */
static size_t tok_search_next(const org_ctx *c, tok_search *k) {
  for (;;) {
    if (k->hit && k->lo < c->n &&
        c->tok[k->lo].start == (size_t)(k->hit - c->text))
      return k->lo++;
    if (k->at >= k->end)
      return c->n;
    k->hit = memchr(k->at, k->b, (size_t)(k->end - k->at));
    if (!k->hit)
      return c->n;
    k->at = k->hit + 1;
    k->lo = token_from(c, k->lo, (size_t)(k->hit - c->text));
  }
}

/* Is token A an acronym written as a word ("Agrasc", "Dirm": a capital,
 * then two to seven lowercase letters) whose letters are, in order, the
 * initials of words of the name [T0, T1), its first the name's first? */
static bool titled_spells(const org_ctx *c, size_t t0, size_t t1, size_t a) {
  const char *w = c->text + c->tok[a].start;
  size_t n = c->tok[a].end - c->tok[a].start;
  if (c->tok[a].cls != FREX_TOK_WORD || n < 3 || n > 8 ||
      !(w[0] >= 'A' && w[0] <= 'Z'))
    return false;
  for (size_t x = 1; x < n; x++)
    if (!(w[x] >= 'a' && w[x] <= 'z'))
      return false;
  /* a prefixed word gives two letters: interrégionale the I and the R of
   * Jirs, Dirm */
  static const char *const prefixes[] = {"inter", "intra", "sous", "anti",
                                         "multi", "trans", "pluri", NULL};
  size_t t = t0, off = 0; /* the next initial: word T, after OFF bytes */
  for (size_t x = 0; x < n; x++) {
    char want = (char)(w[x] | 0x20);
    for (;;) {
      if (t >= t1)
        return false;
      size_t kn;
      uint32_t h;
      const char *key = frex_org_tkey(c, t, &kn, &h);
      if (off < kn && key[off] == want) {
        size_t next = 0;
        for (const char *const *q = prefixes; off == 0 && *q; q++)
          if (kn > strlen(*q) + 2 && strncmp(key, *q, strlen(*q)) == 0)
            next = strlen(*q);
        if (next)
          off = next;
        else
          t++, off = 0;
        break;
      }
      if (x == 0)
        return false; /* the first letter is the name's first word's */
      t++, off = 0;
    }
  }
  return true;
}

/* A function word inside a spelled-out name: it gives the acronym no
 * letter (Société des transports intercommunaux de Bruxelles: STIB). */
static bool name_glue(const org_ctx *c, size_t t) {
  return frex_org_tis(c, t, ORG_W_DE) || frex_org_tis(c, t, ORG_W_D) ||
         frex_org_tis(c, t, ORG_W_DES) || frex_org_tis(c, t, ORG_W_DU) ||
         frex_org_tis(c, t, ORG_W_LA) || frex_org_tis(c, t, ORG_W_L) ||
         frex_org_tis(c, t, ORG_W_LE) || frex_org_tis(c, t, ORG_W_LES) ||
         frex_org_tis(c, t, ORG_W_ET) || frex_org_tis(c, t, ORG_W_EN) ||
         frex_org_tis(c, t, ORG_W_A) || frex_org_tis(c, t, ORG_W_AU) ||
         frex_org_tis(c, t, ORG_W_AUX) || frex_org_tis(c, t, ORG_W_POUR);
}

/* Do the letters of the acronym A (in capitals, three to six) spell the
 * initials of the words of [T0, T1) other than their function words, in
 * order, every word giving one (one word may give none: Société nationale
 * des chemins de fer français, SNCF)? */
/* Token A is three to six ASCII capitals (initials_spell's first test). */
static bool caps_acronym(const org_ctx *c, size_t a) {
  const char *w = c->text + c->tok[a].start;
  size_t n = c->tok[a].end - c->tok[a].start;
  if (n < 3 || n > 6)
    return false;
  for (size_t k = 0; k < n; k++)
    if (!(w[k] >= 'A' && w[k] <= 'Z'))
      return false;
  return true;
}

static bool initials_spell(const org_ctx *c, size_t t0, size_t t1, size_t a) {
  const char *w = c->text + c->tok[a].start;
  size_t n = c->tok[a].end - c->tok[a].start, x = 0;
  if (!caps_acronym(c, a))
    return false;
  int skipped = 0;
  for (size_t t = t0; t < t1; t++) {
    if (c->tok[t].cls != FREX_TOK_WORD || name_glue(c, t))
      continue;
    size_t kn;
    uint32_t h;
    const char *key = frex_org_tkey(c, t, &kn, &h);
    if (kn && x < n && key[0] == (char)(w[x] | 0x20))
      x++;
    else if (t == t0 || ++skipped > 1)
      return false;
  }
  return x == n;
}

/* The acronym at A spells the first words of the name [T0, T1), the
 * name's place left out (Établissement public foncier de Grand Est: EPF). */
static bool initials_spell_head(const org_ctx *c, size_t t0, size_t t1,
                                size_t a) {
  const char *w = c->text + c->tok[a].start;
  size_t n = c->tok[a].end - c->tok[a].start, x = 0;
  if (!caps_acronym(c, a) || n < 2)
    return false;
  for (size_t t = t0; t < t1 && x < n; t++) {
    if (c->tok[t].cls != FREX_TOK_WORD || name_glue(c, t))
      continue;
    size_t kn;
    uint32_t h;
    const char *key = frex_org_tkey(c, t, &kn, &h);
    if (!kn || key[0] != (char)(w[x] | 0x20))
      return false;
    x++;
  }
  return x == n;
}

/* A firm spelled out before "(" at token P and the acronym A it defines,
 * which the scan did not find (la Compagnie ivoirienne d'électricité
 * (CIE), la Société des transports intercommunaux de Bruxelles (STIB)):
 * the name's first token, or SIZE_MAX.  The name starts at a capitalised
 * company head after its article and runs on over lowercase words,
 * function words and capitalised place words, joined, up to ten tokens.
 * Learned societies and associations (Société française de cardiologie,
 * Société protectrice des animaux, Société des amis du Louvre) are no
 * firms: a discipline or a cause among their words rules them out. */
static size_t spelled_firm_before(const org_ctx *c, size_t p, size_t a) {
  static const char *const heads[] = {
      "societe",      "compagnie",  "entreprise",     "regie",
      "cooperative",  "mutuelle",   "manufacture",    "etablissements",
      "laboratoires", "banque",     NULL};
  static const char *const causes[] = {
      "protectrice", "amis",     "histoire",  "sauvetage", "secours",
      "medecine",    "chirurgie", "pediatrie", "psychiatrie", "auteurs",
      "gens",        "savante",  "lettres",   "sciences",  "etudes", NULL};
  for (size_t s = p; s-- > c->first && p - s <= 10;) {
    if (!frex_org_joined(c, s + 1) || c->tok[s].cls != FREX_TOK_WORD)
      return SIZE_MAX;
    if (!frex_org_tcap(c, s)) {
      if (frex_org_key_in(c, s, causes))
        return SIZE_MAX;
      size_t kn;
      uint32_t h;
      const char *key = frex_org_tkey(c, s, &kn, &h);
      if (kn > 6 && (memcmp(key + kn - 5, "logie", 5) == 0 ||
                     memcmp(key + kn - 5, "iatre", 5) == 0))
        return SIZE_MAX; /* de cardiologie, des psychiatres */
      continue;
    }
    if (!frex_org_key_in(c, s, heads))
      continue; /* Bruxelles, Côte d'Ivoire, Rhône: a place in the name */
    /* the head after its article (la Société, l'Entreprise) or a sentence
     * start, and the whole name spelling the acronym */
    if (s > c->first && frex_org_joined(c, s) &&
        !frex_org_in(c, s - 1, L_DETERMINER))
      return SIZE_MAX;
    return p - s >= 2 && initials_spell(c, s, p, a) ? s : SIZE_MAX;
  }
  return SIZE_MAX;
}

/* A firm's name in title case before "(" at token P and the acronym A
 * it spells word for word (le sous-traitant local, Mécanique Générale de
 * l'Ouest (MGO), espère...): the name's first token, or SIZE_MAX.  French
 * capitalises the first word of a body's, a party's or an association's
 * name only (Parti socialiste, Force ouvrière, Confédération générale du
 * travail); a capital on every content word is a trade name's.  Its
 * words are capitalised words and function words, two content words or
 * more, each giving the acronym one letter, after a company cue; a
 * public body's head word (Office, Agence, Conseil), a movement's or an
 * event's first word rules it out (Front National (FN), Salon
 * International de l'Agriculture). */
static size_t title_firm_before(const org_ctx *c, size_t p, size_t a) {
  static const char *const not_firm[] = {
      "parti",      "front",       "mouvement",    "rassemblement",
      "union",      "federation",  "confederation", "syndicat",
      "association", "ligue",      "collectif",    "comite",
      "salon",      "festival",    "jeux",         "coupe",
      "championnat", "musee",      "universite",   "ecole",
      "lycee",      "college",     "hopital",      "centre",
      "eglise",     "club",        "fondation",    "observatoire",
      "les",        "le",          "la",           NULL};
  size_t s = p, words = 0;
  while (s > c->first && p - s < 10 && frex_org_joined(c, s) &&
         c->tok[s - 1].cls == FREX_TOK_WORD) {
    size_t t = s - 1;
    if (frex_org_tcap(c, t))
      words++;
    else if (!name_glue(c, t))
      break;
    s = t;
  }
  while (s < p && !frex_org_tcap(c, s))
    s++; /* de l'Ouest: a name starts on a capital */
  size_t n = c->tok[a].end - c->tok[a].start;
  if (words < 2 || s >= p || words != n || !caps_acronym(c, a) ||
      frex_org_head_at(c, s) || frex_org_key_in(c, s, not_firm))
    return SIZE_MAX;
  for (size_t t = s; t < p; t++)
    if (!frex_org_tcap(c, t) && !name_glue(c, t))
      return SIZE_MAX;
  /* ...after a company cue within three words (le sous-traitant local,
   * X; l'entreprise X; la PME bretonne X): manuals title-case their
   * English terms too (Portable Document Format (PDF), Network File
   * System (NFS)) */
  bool cue = false;
  for (size_t q = s, k = 0; q > c->first && k < 4 && !cue; k++) {
    q--;
    if (frex_org_in(c, q, L_COMPANY_CUE))
      cue = true;
    else if (c->tok[q].cls == FREX_TOK_WORD ? frex_org_tcap(c, q)
                                            : !frex_org_text_is(c, q, ","))
      break;
  }
  return cue && initials_spell(c, s, p, a) ? s : SIZE_MAX;
}

/* Mention M is an acronym's reading the document may override: left
 * without evidence, or a dictionary reading the dictionary calls
 * ambiguous (CNR: the Conseil national du renseignement, and the
 * Compagnie nationale du Rhône where a text spells it out). */
static bool other_reading(const org_ctx *c, const org_mention *m) {
  return m->state != M_OK ||
         (m->how == ORG_BY_DICT && m->entry != FREX_DICT_NONE &&
          (frex_dict_entry_at(c->dict, m->entry)->flags & FREX_DICT_AMBIGUOUS));
}

/* After "(" at P and an acronym at P + 1, the area that completes it before
 * ")": a compass word (DIR Ouest), or one to three capitalised words when
 * the acronym spells the head of the body's name M (l'Établissement public
 * foncier de Grand Est (EPF Grand Est)); the ")" token, or 0. */
static size_t area_after_acronym(const org_ctx *c, const org_mlist *l,
                                 size_t m, size_t p) {
  if (frex_org_compass(c, p + 2) && c->text[c->tok[p + 3].start] == ')')
    return p + 3;
  size_t q = p + 2;
  while (q < c->n && q < p + 5 && frex_org_joined(c, q) &&
         (frex_org_text_is(c, q, "-") ||
          (c->tok[q].cls == FREX_TOK_WORD && frex_org_tcap(c, q) &&
           (!frex_org_function_word(c, q) || frex_org_compass(c, q)))))
    q++;
  if (q == p + 2 || q >= c->n || !frex_org_joined(c, q) ||
      c->text[c->tok[q].start] != ')' ||
      !initials_spell_head(c, l->v[m].t0, l->v[m].t1, p + 1))
    return 0;
  return q;
}

/* Pass 3: NAME (ACR) teaches the document that ACR is NAME; NAME (OTHER
 * NAME) gives both one value. */
int frex_org_learn_acronyms(const org_ctx *c, org_mlist *l,
                            const org_loose *acr) {
  size_t n0 = l->n;                 /* the sorted mentions of pass 1 */
  size_t learned[32], nlearned = 0; /* mention indexes of taught acronyms */
  if (c->first + 3 > c->n)
    return FREX_OK; /* no room for "( X )" after a first token */
  /* every "(" token P with first < P < n - 2 */
  tok_search paren = {c->first + 1, c->text + c->tok[c->first + 1].start,
                      c->text + c->tok[c->n - 3].start + 1, NULL, '('};
  for (size_t p; (p = tok_search_next(c, &paren)) < c->n - 2;) {
    if (c->tok[p].end != c->tok[p].start + 1)
      continue;
    size_t m = name_before(c, l, n0, p);
    size_t a, q;
    if (m == ORG_NO_LINK) {
      /* a firm the scan did not find, spelled out before its acronym */
      size_t s0;
      /* the acronym's shape first: spelled_firm_before finds nothing
       * without it (initials_spell), and most brackets hold no acronym;
       * then the mention there, a binary search */
      if (c->text[c->tok[p + 2].start] != ')' || !caps_acronym(c, p + 1) ||
          !frex_org_joined(c, p + 1) ||
          ((a = frex_org_mention_at(l, n0, p + 1)) != ORG_NO_LINK &&
           (l->v[a].t0 != p + 1 || l->v[a].t1 != p + 2 ||
            l->v[a].b1 || l->v[a].type != FREX_ENT_COMPANY)) ||
          ((s0 = spelled_firm_before(c, p, p + 1)) == SIZE_MAX &&
           (s0 = title_firm_before(c, p, p + 1)) == SIZE_MAX) ||
          frex_org_mention_at(l, n0, s0) != ORG_NO_LINK)
        continue;
      int rc = frex_org_mpush(
          l, (org_mention){s0, p, FREX_DICT_NONE, FREX_ENT_COMPANY, M_OK,
                           ORG_NO_LINK, FREX_DICT_NONE, ORG_BY_CUE, 0, 0});
      if (rc)
        return rc;
      m = l->n - 1;
      if (a != ORG_NO_LINK) { /* a firm the dictionary knows (SNCF) */
        l->v[a].state = M_OK;
        l->v[m].link = a;
        continue;
      }
      rc = frex_org_mpush(
          l, (org_mention){p + 1, p + 2, FREX_DICT_NONE, FREX_ENT_COMPANY,
                           M_OK, m, FREX_DICT_NONE, ORG_BY_ACRONYM, 0, 0});
      if (rc)
        return rc;
      if (nlearned < 32)
        learned[nlearned++] = l->n - 1;
      continue;
    }
    /* l'entreprise Mécanique Générale de l'Ouest (MGO): the cue's name
     * stopped at a place word the acronym spells too; it runs on to the
     * bracket (a name the dictionary knows keeps its span) */
    if (l->v[m].t1 < p && l->v[m].entry == FREX_DICT_NONE &&
        l->v[m].type == FREX_ENT_COMPANY &&
        c->text[c->tok[p + 2].start] == ')' &&
        !initials_spell(c, l->v[m].t0, l->v[m].t1, p + 1) &&
        initials_spell(c, l->v[m].t0, p, p + 1))
      l->v[m].t1 = p;
    a = frex_org_mention_at(l, n0, p + 1);
    /* not a part of a token: (ex-Renault) names a former organisation,
     * (Renault-Nissan) two */
    if (a != ORG_NO_LINK && l->v[a].t0 == p + 1 && l->v[a].state == M_OK &&
        !l->v[a].b1 && l->v[a].t1 < c->n &&
        c->text[c->tok[l->v[a].t1].start] == ')' &&
        !(other_reading(c, &l->v[a]) && l->v[a].t1 == p + 2 &&
          !frex_org_same_org(c, l->v[a].entry, l->v[m].entry) &&
          initials_spell(c, l->v[m].t0, l->v[m].t1, p + 1))) {
      unify(c, l, m, a);
    } else if (a != ORG_NO_LINK && other_reading(c, &l->v[a]) &&
               l->v[a].t0 == p + 1 && l->v[a].t1 == p + 2 && !l->v[a].b1 &&
               c->text[c->tok[p + 2].start] == ')' &&
               initials_spell(c, l->v[m].t0, l->v[m].t1, p + 1)) {
      /* la Compagnie nationale du Rhône (CNR): an acronym the dictionary
       * gives another, ambiguous reading (the Conseil national du
       * renseignement) is the name it spells here */
      l->v[a] = (org_mention){p + 1, p + 2, l->v[m].entry, l->v[m].type,
                              M_OK, m, FREX_DICT_NONE, ORG_BY_ACRONYM, 0, 0};
      if (nlearned < 32)
        learned[nlearned++] = a;
    } else if (a == ORG_NO_LINK && c->text[c->tok[p + 2].start] == ')' &&
               frex_org_joined(c, p + 1) &&
               (frex_org_acronym_like(c, p + 1) ||
                titled_spells(c, l->v[m].t0, l->v[m].t1, p + 1))) {
      /* (ACR), or "(Agrasc)", "(Dirm)", "(Jirs)": an acronym written as a
       * word, taught as one when it spells the name before it */
      int rc = frex_org_mpush(
          l, (org_mention){p + 1, p + 2, l->v[m].entry, l->v[m].type, M_OK, m,
                           FREX_DICT_NONE, ORG_BY_ACRONYM, 0, 0});
      if (rc)
        return rc;
      if (nlearned < 32)
        learned[nlearned++] = l->n - 1;
    } else if (a == ORG_NO_LINK && p + 3 < c->n &&
               frex_org_acronym_like(c, p + 1) && frex_org_joined(c, p + 1) &&
               l->v[m].type == FREX_ENT_AGENCY &&
               (q = area_after_acronym(c, l, m, p)) != 0) {
      /* (DIR Ouest), (EPF Grand Est): a body's acronym with its area; its
       * later uses are the repeat pass's */
      int rc = frex_org_mpush(
          l, (org_mention){p + 1, q, l->v[m].entry, l->v[m].type, M_OK, m,
                           FREX_DICT_NONE, ORG_BY_ACRONYM, 0, 0});
      if (rc)
        return rc;
    }
  }
  /* Later (and earlier) bare uses of a taught acronym, all found in one
   * pass over the tokens (so pushed in token order: emission order is
   * free, see frex_org_extract). */
  bool live[32];            /* not the same acronym taught again: first wins */
  uint64_t firsts[4] = {0}; /* the live acronyms' first bytes */
  size_t nlive = 0;
  for (size_t k = 0; k < nlearned; k++) {
    size_t at = l->v[learned[k]].t0;
    live[k] = true;
    for (size_t j = 0; j < k && live[k]; j++)
      live[k] = !frex_org_same_text(c, l->v[learned[j]].t0, at);
    unsigned char b = (unsigned char)c->text[c->tok[at].start];
    if (live[k]) {
      firsts[b >> 6] |= 1ull << (b & 63);
      nlive++;
    }
  }
  /* the tokens left out of ACR are no repeat: their text differs from
   * every acronym's, or they lie in a mention of pass 1 */
  for (size_t x = 0; nlive && x < acr->n; x++) {
    size_t t = acr->v[x];
    unsigned char b = (unsigned char)c->text[c->tok[t].start];
    if (!(firsts[b >> 6] >> (b & 63) & 1)) /* the cheap test */
      continue;
    /* live acronyms differ from each other: T repeats one at most */
    size_t k = 0;
    while (k < nlearned &&
           !(live[k] && frex_org_same_text(c, t, l->v[learned[k]].t0)))
      k++;
    if (k == nlearned)
      continue;
    size_t own = frex_org_mention_at(l, n0, t);
    if (own != ORG_NO_LINK) {
      /* the acronym's other reading, left without evidence, or a rule's
       * reading of the bare capitals (BCI emploie: BCI): the taught one */
      if (own != learned[k] &&
          (other_reading(c, &l->v[own]) ||
           (l->v[own].entry == FREX_DICT_NONE &&
            l->v[own].how != ORG_BY_ACRONYM)) &&
          l->v[own].t0 == t && l->v[own].t1 == t + 1 && !l->v[own].b1)
        l->v[own] = (org_mention){t, t + 1, l->v[learned[k]].entry,
                                  l->v[learned[k]].type, M_OK, learned[k],
                                  FREX_DICT_NONE, ORG_BY_ACRONYM, 0, 0};
      continue;
    }
    bool dup = false; /* where an acronym is defined, it has a mention */
    for (size_t j = 0; j < nlearned && !dup; j++)
      dup = l->v[learned[j]].t0 == t;
    if (!dup) {
      int rc = frex_org_mpush(l, (org_mention){t, t + 1, l->v[learned[k]].entry,
                                               l->v[learned[k]].type, M_OK,
                                               learned[k], FREX_DICT_NONE,
                                               ORG_BY_ACRONYM, 0, 0});
      if (rc)
        return rc;
    }
  }
  return FREX_OK;
}

/* -------------------------------------------------------------- values */

/* ------------------------------------------------ one reading per name */

/* A way a name found once may be written again: its tokens in the anchor
 * mention, as a sequence of keys. */
enum {
  FORM_FULL,  /* the name as found (Zentiva; Zorglub Industries, without
                 its legal form) */
  FORM_FIRST, /* the first word of a company's name found by a cue or a
                 legal form (Ricol after Ricol Lasteyrie) */
  FORM_HEAD   /* the head word of a public body (la Commission after la
                 Commission européenne), the one body of that head */
};

typedef struct org_form {
  size_t anchor;  /* the mention */
  size_t t0, len; /* its tokens [t0, t0 + len) */
  uint32_t h0;    /* the key hash of the first one */
  int kind;
  bool dead; /* two bodies share a head word: no short form */
} org_form;

#define FORMS_MAX 64

/* Token I's key equals token J's. */
static bool same_key(const org_ctx *c, size_t i, size_t j) {
  size_t a, b;
  uint32_t ha, hb;
  frex_org_tkey(c, i, &a, &ha);
  frex_org_tkey(c, j, &b, &hb);
  if (a != b || ha != hb || !a)
    return false;
  /* both keys are cached (tkey_slow caches all but out-of-memory cases) */
  const org_tinfo *x = &c->keys->info[i], *y = &c->keys->info[j];
  if (!(c->keys->state[i] & ORG_K_KEY) || !(c->keys->state[j] & ORG_K_KEY))
    return false;
  return memcmp(c->keys->bytes.ptr + x->koff, c->keys->bytes.ptr + y->koff,
                a) == 0;
}

/* Token T is a local body's acronym as news writes it: CHU, CAF, or
 * capitalised only (le Sdis 29, l'Urssaf 35: four letters and more, not
 * Ars, a village). */
static bool local_acronym(const org_ctx *c, size_t t) {
  if (frex_org_acronym_like(c, t))
    return true;
  const org_head *h = frex_org_head_at(c, t);
  return h && (h->flags & H_ACRONYM) && frex_org_tcap(c, t) &&
         c->tok[t].end - c->tok[t].start >= 4;
}

/* Mentions A and B are written alike (le CHU de Brest in the title and
 * in the text): one body, whose short form stays alive. */
static bool same_mention(const org_ctx *c, const org_mention *a,
                         const org_mention *b) {
  if (a->t1 - a->t0 != b->t1 - b->t0)
    return false;
  for (size_t j = 0; j < a->t1 - a->t0; j++)
    if (!same_key(c, a->t0 + j, b->t0 + j))
      return false;
  return true;
}

static void add_form(const org_ctx *c, const org_mlist *l, org_form *f,
                     size_t *nf, size_t anchor, size_t t0, size_t len,
                     int kind) {
  if (*nf >= FORMS_MAX || !len || len > 6)
    return;
  size_t kn;
  uint32_t h;
  frex_org_tkey(c, t0, &kn, &h);
  if (!kn)
    return;
  for (size_t k = 0; k < *nf; k++) {
    org_form *g = &f[k];
    if (g->len != len || g->h0 != h)
      continue;
    bool same = true;
    for (size_t j = 0; j < len && same; j++)
      same = same_key(c, g->t0 + j, t0 + j);
    if (!same)
      continue;
    /* a company's name found alone and the first word of a longer one
     * (le groupe américain Lubrizol, la société Lubrizol France): one
     * name, the one found alone (two longer names sharing their first
     * word stay two: Zorglub Pharma, Zorglub Industries) */
    if (!g->dead && kind != FORM_HEAD && g->kind != FORM_HEAD &&
        (kind == FORM_FULL) != (g->kind == FORM_FULL)) {
      if (kind == FORM_FULL)
        *g = (org_form){anchor, t0, len, h, kind, false};
      return;
    }
    /* written alike: one name, unless two organisations share a short
     * form (la Commission européenne, la Commission nationale...) */
    uint32_t ea = l->v[g->anchor].entry, eb = l->v[anchor].entry;
    if ((kind != FORM_FULL || g->kind != FORM_FULL) &&
        (ea == FREX_DICT_NONE || !frex_org_same_org(c, ea, eb)) &&
        !same_mention(c, &l->v[g->anchor], &l->v[anchor]))
      g->dead = true;
    return;
  }
  f[(*nf)++] = (org_form){anchor, t0, len, h, kind, false};
}

/* Le Goff, Le Gall, La Droguerie: a capitalised article starting the
 * surname of a firm named after it (les Transports Le Goff), the name's
 * last word T + 1 right after it (E is the name's end). */
static bool surname_article(const org_ctx *c, size_t t, size_t e) {
  return t + 2 == e && frex_org_joined(c, t + 1) &&
         (frex_org_text_is(c, t, "Le") || frex_org_text_is(c, t, "La")) &&
         c->tok[t + 1].cls == FREX_TOK_WORD && frex_org_name_word(c, t + 1) &&
         !frex_org_town(c, t + 1);
}

/* The forms of the names found once by a cue, a legal form, or a head
 * word, and public bodies' short forms found by the dictionary or a head
 * word. */
static size_t collect_forms(const org_ctx *c, const org_mlist *l, size_t n0,
                            org_form *f) {
  size_t nf = 0;
  for (size_t k = 0; k < n0; k++) {
    const org_mention *m = &l->v[k];
    if (m->state != M_OK || m->b1)
      continue;
    size_t len = m->t1 - m->t0;
    if (m->how == ORG_BY_SUBSIDIARY) {
      /* Enedis Bretagne, France 3 Hauts-de-France: not France alone */
      add_form(c, l, f, &nf, k, m->t0, len, FORM_FULL);
    } else if (m->how == ORG_BY_CUE || m->how == ORG_BY_LEGAL) {
      size_t name = len; /* without its legal form or designator */
      add_form(c, l, f, &nf, k, m->t0, len, FORM_FULL);
      if (m->how == ORG_BY_LEGAL && len > 1) {
        name--;
        /* Zorglub Industries GmbH: Zorglub Industries; Pixar Studios:
         * Pixar, but as a short form (Algérie Télécom: not Algérie at
         * the start of a title) */
        add_form(c, l, f, &nf, k, m->t0, name,
                 frex_org_legal_form(c, m->t1 - 1) ? FORM_FULL : FORM_FIRST);
      }
      /* the first word of a company's name: not a capitalised article, a
       * common noun starting a name (Caisse d'Épargne) or a designator
       * (Transports Guivarch: not "Les Transports scolaires") */
      /* ...nor a region's or département's name (la SEM Vendée Globe:
       * not the Vendée of le département de la Vendée) */
      if (m->type == FREX_ENT_COMPANY && name >= 2 &&
          frex_org_name_word(c, m->t0) && c->tok[m->t0].cls == FREX_TOK_WORD &&
          !frex_org_french_area_word(c, m->t0) &&
          c->tok[m->t0].end - c->tok[m->t0].start >= 3 &&
          !frex_org_in(c, m->t0, L_NAME_HEAD | L_NOT_NAME | L_DESIGNATOR) &&
          frex_org_name_word(c, m->t0 + 1))
        add_form(c, l, f, &nf, k, m->t0, 1, FORM_FIRST);
      /* Girard a livré after les Transports Girard, Morin after les
       * Établissements Morin: the name after its French prefix (Éditions,
       * Laboratoires, Établissements, Ets, Transports) is the firm's short
       * form, read as a first word is (not after M., a first name, a
       * place's preposition) */
      if (m->type == FREX_ENT_COMPANY && name >= 2 && name <= 3 &&
          frex_org_tcap(c, m->t0) &&
          (frex_org_news(c, m->t0) & N_NAME_PREFIX) &&
          c->tok[m->t0 + 1].cls == FREX_TOK_WORD &&
          (frex_org_name_word(c, m->t0 + 1) ||
           surname_article(c, m->t0 + 1, m->t0 + name)) &&
          !frex_org_french_area_word(c, m->t0 + 1) &&
          !frex_org_in(c, m->t0 + 1, L_NAME_HEAD | L_NOT_NAME | L_DESIGNATOR))
        add_form(c, l, f, &nf, k, m->t0 + 1, name - 1, FORM_FIRST);
    } else if ((m->how == ORG_BY_DICT || m->how == ORG_BY_BODY) &&
               m->type == FREX_ENT_AGENCY && len >= 2 &&
               frex_org_tcap(c, m->t0)) {
      const org_head *h = frex_org_head_at(c, m->t0);
      /* le CHU a recruté after le CHU de Brest, la CCI after la CCI du
       * Morbihan: a local body's acronym is its short form too */
      if (h && ((h->flags & H_SHORT) ||
                ((h->flags & H_ACRONYM) && m->how == ORG_BY_BODY &&
                 local_acronym(c, m->t0))))
        add_form(c, l, f, &nf, k, m->t0, 1, FORM_HEAD);
      /* a body the dictionary does not know, named by its French head
       * word, written again where that word's capital says nothing (at a
       * sentence start); an acronym's or la Région's head is capitalised
       * anyway (and "Region Service", an English title, is no Région) */
      if (h && m->how == ORG_BY_BODY && !(h->flags & H_ACRONYM))
        add_form(c, l, f, &nf, k, m->t0, len, FORM_FULL);
    }
    /* le CHU after le centre hospitalier universitaire (CHU) de Rennes,
     * l'ARS after l'Agence régionale de santé (ARS) de Bretagne: the
     * local body's acronym in brackets inside its name */
    if (m->how == ORG_BY_BODY && m->type == FREX_ENT_AGENCY && len >= 5)
      for (size_t t = m->t0 + 1; t + 1 < m->t1; t++)
        if (frex_org_text_is(c, t - 1, "(") &&
            frex_org_text_is(c, t + 1, ")")) {
          const org_head *h = frex_org_head_at(c, t);
          if (h && (h->flags & H_ACRONYM) && frex_org_acronym_like(c, t))
            add_form(c, l, f, &nf, k, t, 1, FORM_HEAD);
          break;
        }
  }
  /* (DIR Ouest): an acronym taught with its area, written again (la DIR
   * Ouest); a one-token acronym's repeats are the acronym pass's */
  for (size_t k = n0; k < l->n; k++) {
    const org_mention *m = &l->v[k];
    if (m->how == ORG_BY_ACRONYM && m->state == M_OK && !m->b1 &&
        m->t1 - m->t0 >= 2)
      add_form(c, l, f, &nf, k, m->t0, m->t1 - m->t0, FORM_FULL);
  }
  return nf;
}

/* Token T is in a mention pushed after the first N0 (acronyms). */
static bool in_late_mention(const org_mlist *l, size_t n0, size_t t) {
  for (size_t k = n0; k < l->n; k++)
    if (l->v[k].t0 <= t && t < l->v[k].t1)
      return true;
  return false;
}

/* Hervé de La Martinière, Charles de Gaulle: a person's particle (de, d',
 * maybe a capitalised article) after a first name (capitalised, lowercase
 * after its first letter, not after de: not la SDJ d'I-Télé, le PDG de X,
 * la Société des Journalistes de X) before token T. */
static bool particle_before(const org_ctx *c, size_t t) {
  size_t p = t;
  if (p > c->first && frex_org_joined(c, p) && frex_org_tcap(c, p - 1) &&
      (frex_org_tis(c, p - 1, ORG_W_LA) || frex_org_tis(c, p - 1, ORG_W_LE)))
    p--;
  if (p < c->first + 2 || !frex_org_joined(c, p) ||
      !frex_org_joined(c, p - 1) ||
      !(frex_org_tis(c, p - 1, ORG_W_DE) || frex_org_tis(c, p - 1, ORG_W_D)))
    return false;
  size_t f = p - 2; /* the first name */
  const frex_token *x = &c->tok[f];
  if (!frex_org_tcap(c, f) || frex_org_function_word(c, f) ||
      x->end - x->start < 2)
    return false;
  unsigned char b = (unsigned char)c->text[x->start + 1];
  if (b >= 'A' && b <= 'Z')
    return false; /* SDJ, PDG */
  return !(f > c->first && frex_org_joined(c, f) &&
           (frex_org_tcap(c, f - 1) || frex_org_tis(c, f - 1, ORG_W_DE) ||
            frex_org_tis(c, f - 1, ORG_W_DES) ||
            frex_org_tis(c, f - 1, ORG_W_DU)));
}

/* Token T (capitalised) names a place after an industrial site's noun:
 * l'usine de Gandrange, le site de Fos-sur-Mer, la centrale nucléaire de
 * Cordemais, l'aciérie de X, la raffinerie de X, les hauts fourneaux de X
 * (one word, nothing capitalised after it, no place after it: l'usine de
 * Zorgex à Lyon is Zorgex's). */
static bool site_place(const org_ctx *c, size_t t) {
  if (t < c->first + 2)
    return false;
  const frex_token *d = &c->tok[t - 1];
  size_t dn = d->end - d->start;
  if (c->text[d->start] != 'd' || (dn != 2 && dn != 4))
    return false; /* de, d', d’: by their bytes first */
  if (!frex_org_joined(c, t) || !frex_org_joined(c, t - 1))
    return false;
  if (!frex_org_tis(c, t - 1, ORG_W_DE) && !frex_org_tis(c, t - 1, ORG_W_D))
    return false;
  static const char *const sites[] = {
      "usine",   "usines",   "site",       "sites",       "acierie",
      "acieries", "raffinerie", "raffineries", "centrale", "centrales",
      "mine",    "mines",    "fourneaux",  "cokerie",     "entrepot",
      "entrepots", NULL};
  size_t p = t - 2;
  if (!frex_org_key_in(c, p, sites)) {
    /* la centrale nucléaire de X, le site industriel de X */
    if (p <= c->first || !frex_org_joined(c, p) || !frex_org_tlower(c, p) ||
        !frex_org_lower_adj(c, p) || !frex_org_key_in(c, p - 1, sites))
      return false;
    p--;
  }
  /* sur le site de Zorgex: its web site as often as a works */
  static const char *const on[] = {"sur", NULL};
  static const char *const site[] = {"site", NULL};
  if (p > c->first + 1 && frex_org_key_in(c, p, site) &&
      frex_org_joined(c, p) && frex_org_joined(c, p - 1) &&
      frex_org_key_in(c, p - 2, on))
    return false;
  size_t e = t + 1;
  /* à Lyon, en Lorraine: the place comes next (not a fermé, en grève) */
  if (e < c->n && frex_org_joined(c, e) &&
      (frex_org_tcap(c, e) ||
       ((frex_org_text_is(c, e, "\xc3\xa0") || frex_org_tis(c, e, ORG_W_EN)) &&
        e + 1 < c->n && frex_org_joined(c, e + 1) && frex_org_tcap(c, e + 1))))
    return false;
  return true;
}

void frex_org_drop_site_places(const org_ctx *c, org_mlist *l,
                               const org_loose *loose, size_t n0) {
  size_t places[8], np = 0;
  for (size_t x = 0; x < loose->n && np < 8; x++)
    if (site_place(c, loose->v[x]))
      places[np++] = loose->v[x];
  if (!np)
    return; /* most documents */
  for (size_t k = 0; k < n0; k++) {
    org_mention *m = &l->v[k];
    if (m->state != M_OK || m->how != ORG_BY_CUE || m->t1 != m->t0 + 1 ||
        m->entry != FREX_DICT_NONE || m->b1)
      continue;
    for (size_t j = 0; j < np; j++)
      if (same_key(c, places[j], m->t0) && !frex_org_cue_type(c, m->t0)) {
        m->state = M_DROP;
        break;
      }
  }
}

/* The context of a body's head word written again at token T after its
 * full name A (FORM_HEAD). */
static bool head_repeat_ok(const org_ctx *c, const org_mention *a, size_t t) {
  /* la Commission, after the full name, with its determiner */
  if (t < a->t1 || t <= c->first || !frex_org_joined(c, t) ||
      !frex_org_in(c, t - 1, L_DETERMINER))
    return false;
  /* an acronym's: with a definite singular article (not un CHU, les
   * CHU: any hospital), and not before de and a place (le CHU de
   * Rennes after le CHU de Brest is another) */
  if (local_acronym(c, t) &&
      !(frex_org_tis(c, t - 1, ORG_W_LE) || frex_org_tis(c, t - 1, ORG_W_LA) ||
        frex_org_tis(c, t - 1, ORG_W_L) || frex_org_tis(c, t - 1, ORG_W_DU) ||
        frex_org_tis(c, t - 1, ORG_W_AU)))
    return false;
  /* l'Organisation des producteurs de lait after l'Organisation de
   * coopération et de développement économiques, la Commission des
   * affaires économiques after la Commission européenne: the head with
   * a lowercase complement of its own names another body */
  if (t + 2 < c->n && frex_org_joined(c, t + 1) &&
      (frex_org_tis(c, t + 1, ORG_W_DE) || frex_org_tis(c, t + 1, ORG_W_D) ||
       frex_org_tis(c, t + 1, ORG_W_DES) || frex_org_tis(c, t + 1, ORG_W_DU)) &&
      frex_org_joined(c, t + 2) && frex_org_tlower(c, t + 2) &&
      c->tok[t + 2].cls == FREX_TOK_WORD)
    return false;
  return true;
}

/* The word at T stands after a place's preposition somewhere in the
 * document (À Spa, les thermes...; then l'embouteilleur des eaux de Spa,
 * after Spa Monopole): the town a firm is named after, which the
 * dictionary of French towns does not know (Belgian, Swiss, Québec
 * towns).  Asked of first words repeated alone only: rare. */
enum { PLACE_NEAR = 3000 }; /* an article's length in tokens */
static bool place_in_document(const org_ctx *c, size_t t) {
  /* within an article's reach of T: a whole-document walk per repeat
   * cost 118 M instructions on the 5 MB bench slice (one document) */
  size_t lo = t > c->first + 1 + PLACE_NEAR ? t - PLACE_NEAR : c->first + 1;
  size_t hi = c->n - t > PLACE_NEAR ? t + PLACE_NEAR : c->n;
  for (size_t j = lo; j < hi; j++)
    if (j != t && c->tok[j].cls == FREX_TOK_WORD && same_key(c, j, t) &&
        frex_org_place_before(c, j) &&
        !(j + 1 < c->n && frex_org_joined(c, j + 1) &&
          frex_org_tcap(c, j + 1) && c->tok[j + 1].cls == FREX_TOK_WORD))
      return true;
  return false;
}

/* Form F of a name written again at token T (a loose token): the same
 * keys, and a context that does not make it something else. */
static bool repeat_at(const org_ctx *c, const org_mlist *l, size_t n0,
                      const org_form *f, size_t t) {
  const org_mention *a = &l->v[f->anchor];
  if (t + f->len > c->n)
    return false;
  for (size_t j = 0; j < f->len; j++) {
    if ((j && !frex_org_joined(c, t + j)) ||
        frex_org_mention_at(l, n0, t + j) != ORG_NO_LINK)
      return false;
    if (!same_key(c, f->t0 + j, t + j))
      return false;
  }
  if (!frex_org_tcap(c, t) && c->tok[t].cls != FREX_TOK_NUM)
    return false;
  size_t e = t + f->len;
  /* part of a longer name (Zentiva Pharma), or a person (M. Renault, la
   * famille Peugeot, Louis Renault) */
  if (e < c->n && frex_org_joined(c, e) && frex_org_name_word(c, e) &&
      c->tok[e].cls == FREX_TOK_WORD)
    return false;
  if (frex_org_person_before(c, t))
    return false;
  if (particle_before(c, t))
    return false;
  if (frex_org_street_named(c, t)) /* avenue du Parlement */
    return false;
  /* a capital there says nothing of a common word, unless the word acts
   * and is no first name (Moretti avait déjà obtenu, after Moretti
   * Industries SAS; not Marine a annoncé, after Marine Harvest; not
   * Vitré a voté, a town's) */
  if (f->kind == FORM_FIRST && frex_org_sent_start(c, t) &&
      (frex_org_first_name(c, t) ||
       (frex_org_function_word(c, t) && !surname_article(c, t, e)) ||
       frex_org_town(c, t) || !frex_org_acts(c, t, e)))
    return false;
  /* Fondée à Vitré, Vitré Industries: the town a firm is named after,
   * after a place's preposition; and a town's name alone anywhere (la
   * gestion de la commune de Lourdes, after la SEM Lourdes Pyrénées
   * Aménagement): the town is what a reader sees */
  if (f->kind == FORM_FIRST &&
      (frex_org_place_before(c, t) || frex_org_town(c, t)))
    return false;
  if (f->kind == FORM_HEAD && !head_repeat_ok(c, a, t))
    return false;
  if (in_late_mention(l, n0, t))
    return false;
  /* last: it walks the text around T */
  return !(f->kind == FORM_FIRST && place_in_document(c, t));
}

int frex_org_repeat_names(const org_ctx *c, org_mlist *l,
                          const org_loose *loose, size_t n0) {
  org_form f[FORMS_MAX];
  size_t nf = collect_forms(c, l, n0, f);
  if (!nf)
    return FREX_OK; /* most documents */
  /* the forms by their first key's hash: form index + 1, 0 empty (a
   * chain of equal hashes is walked by probing on) */
  uint8_t tab[4 * FORMS_MAX] = {0};
  for (size_t k = 0; k < nf; k++) {
    size_t j = f[k].h0 & (4 * FORMS_MAX - 1);
    while (tab[j])
      j = (j + 1) & (4 * FORMS_MAX - 1);
    tab[j] = (uint8_t)(k + 1);
  }
  /* rule-found names of the scan written like a form of another one
   * (Zorglub Industries after Zorglub Industries GmbH): one value */
  for (size_t m = 0; m < n0; m++) {
    org_mention *x = &l->v[m];
    if (x->entry != FREX_DICT_NONE || x->link != ORG_NO_LINK ||
        x->how == ORG_BY_DICT || x->b1)
      continue;
    size_t kn;
    uint32_t h;
    frex_org_tkey(c, x->t0, &kn, &h);
    for (size_t j = h & (4 * FORMS_MAX - 1); kn && tab[j];
         j = (j + 1) & (4 * FORMS_MAX - 1)) {
      const org_form *g = &f[tab[j] - 1];
      if (g->h0 != h || g->dead || g->anchor == m || g->len != x->t1 - x->t0 ||
          frex_org_root(l, g->anchor) == m)
        continue;
      bool same = true;
      for (size_t t = 0; t < g->len && same; t++)
        same = same_key(c, g->t0 + t, x->t0 + t);
      if (same) {
        x->link = g->anchor;
        break;
      }
    }
  }
  /* la CPAM, la CAF after la CPAM du Finistère, la CAF du Doubs: the
   * dictionary's national body (or an ambiguous acronym it dropped),
   * written again after the one local body of that acronym in the
   * document, is that local body (as le CHU after le CHU de Brest) */
  for (size_t m = 0; m < n0; m++) {
    org_mention *x = &l->v[m];
    if (x->how != ORG_BY_DICT || x->t1 != x->t0 + 1 || x->b1 ||
        x->link != ORG_NO_LINK || x->state == M_PENDING ||
        x->type != FREX_ENT_AGENCY || !local_acronym(c, x->t0))
      continue;
    size_t kn, e = x->t1;
    uint32_t h;
    frex_org_tkey(c, x->t0, &kn, &h);
    if (!kn || (e < c->n && frex_org_joined(c, e) &&
                (frex_org_name_word(c, e) || c->tok[e].cls == FREX_TOK_NUM ||
                 frex_org_tis(c, e, ORG_W_DE) || frex_org_tis(c, e, ORG_W_D) ||
                 frex_org_tis(c, e, ORG_W_DU))))
      continue; /* la CPAM de Paris, la CAF 33: another one */
    for (size_t j = h & (4 * FORMS_MAX - 1); tab[j];
         j = (j + 1) & (4 * FORMS_MAX - 1)) {
      const org_form *g = &f[tab[j] - 1];
      if (g->h0 != h || g->dead || g->kind != FORM_HEAD || g->len != 1 ||
          l->v[g->anchor].how != ORG_BY_BODY || !same_key(c, g->t0, x->t0) ||
          !head_repeat_ok(c, &l->v[g->anchor], x->t0))
        continue;
      x->link = g->anchor;
      x->entry = FREX_DICT_NONE;
      x->state = M_OK;
      x->how = ORG_BY_REPEAT;
      break;
    }
  }
  /* a one-word form that heads other capitalised names of the document
   * (Debian after le groupe Debian, in a text of Debian Free Software
   * Guidelines, Debian Developer...): a project's or a brand's word, no
   * one company's.  A first word of a longer name found (FORM_FIRST) dies
   * at one other name; a name found alone at two, or at one of three
   * words and more (not Zorglub after Zorglub Pharma, once) */
  uint8_t heads[FORMS_MAX] = {0};
  for (size_t x = 0; x < loose->n; x++) {
    size_t t = loose->v[x], kn;
    if (t + 1 >= c->n)
      continue;
    /* by the next token's first byte first: a capital, ASCII or not */
    unsigned char b = (unsigned char)c->text[c->tok[t + 1].start];
    if (!(b >= 'A' && b <= 'Z') && b < 0xC3)
      continue;
    uint32_t h;
    frex_org_tkey(c, t, &kn, &h);
    for (size_t j = h & (4 * FORMS_MAX - 1); kn && tab[j];
         j = (j + 1) & (4 * FORMS_MAX - 1)) {
      size_t k = tab[j] - 1;
      const org_form *g = &f[k];
      if (g->h0 != h || g->len != 1 || !same_key(c, g->t0, t) ||
          !frex_org_joined(c, t + 1) || !frex_org_tcap(c, t + 1) ||
          !frex_org_name_word(c, t + 1) || frex_org_legal_form(c, t + 1) ||
          (g->t0 + 1 < c->n && same_key(c, g->t0 + 1, t + 1)))
        continue;
      /* Sensalys Maroc SARL, Agrisky Iberia SL after Sensalys: a
       * subsidiary named by its parent's name and a legal form, found
       * itself (by its legal form or a cue: la filiale), is the firm's
       * own arm (not Debian Free Software Guidelines) */
      size_t mk = frex_org_mention_at(l, n0, t);
      if (mk != ORG_NO_LINK && l->v[mk].t0 == t &&
          (l->v[mk].how == ORG_BY_LEGAL || l->v[mk].how == ORG_BY_CUE) &&
          l->v[mk].state == M_OK &&
          l->v[mk].t1 >= t + 3 && frex_org_legal_form(c, l->v[mk].t1 - 1))
        continue;
      bool longer = t + 2 < c->n && frex_org_joined(c, t + 2) &&
                    frex_org_tcap(c, t + 2) && frex_org_name_word(c, t + 2);
      heads[k] += g->kind == FORM_FIRST || longer ? 2 : 1;
      if (heads[k] >= 2)
        f[k].dead = true;
    }
  }
  bool num_form = false; /* a form starts with a number (123 Soleil) */
  for (size_t k = 0; k < nf; k++)
    num_form |= c->tok[f[k].t0].cls == FREX_TOK_NUM;
  for (size_t x = 0; x < loose->n; x++) {
    size_t t = loose->v[x], kn;
    uint32_t h;
  again:
    frex_org_tkey(c, t, &kn, &h);
    if (!kn)
      continue;
    bool found = false;
    for (size_t j = h & (4 * FORMS_MAX - 1); tab[j];
         j = (j + 1) & (4 * FORMS_MAX - 1)) {
      size_t k = tab[j] - 1;
      if (f[k].h0 != h || f[k].dead || !repeat_at(c, l, n0, &f[k], t))
        continue;
      const org_mention *a = &l->v[f[k].anchor];
      int rc = frex_org_mpush(
          l, (org_mention){t, t + f[k].len, a->entry, a->type, M_OK,
                           f[k].anchor, FREX_DICT_NONE, ORG_BY_REPEAT, 0, 0});
      if (rc)
        return rc;
      found = true;
      break;
    }
    /* 123 Soleil again: a name may start with the number before its
     * loose word */
    if (num_form && !found && t == loose->v[x] && t > c->first &&
        c->tok[t - 1].cls == FREX_TOK_NUM && frex_org_joined(c, t)) {
      t--;
      goto again;
    }
  }
  return FREX_OK;
}

/* ------------------------------------------------------- whose body */

/* The document's country words: Québec, belge, Berne... give the country
 * a ministry without its own country word belongs to (SPEC "Whose body":
 * not France's in an article about Québec).  0 France, 1..3 others. */
static int country_word(const org_ctx *c, size_t i) {
  /* France's side: its names, and the words of a French article about a
   * neighbour (son homologue belge, les frontaliers de Genève) */
  static const char *const fr[] = {
      "france",    "francais",   "francaise", "francaises",  "hexagone",
      "paris",     "elysee",     "matignon",  "bercy",       "homologue",
      "homologues", "frontalier", "frontaliers",
      /* the French State's local arms, its regions, départements and
       * big towns, its heads of government (none is Belgian, Swiss or
       * Québécois: not the Ardennes, the Jura, the Nord, Saint-Gilles;
       * not Laval, also Québec's; not département, a Swiss ministry) */
      "prefet",    "prefete",    "prefets",   "prefecture", "departemental",
      "departementale", "departementaux",
      "bretagne",  "normandie",  "occitanie", "ile-de-france",
      "hauts-de-france", "nouvelle-aquitaine", "auvergne-rhone-alpes",
      "bourgogne-franche-comte", "alsace", "lorraine", "picardie",
      "pas-de-calais", "haute-savoie", "savoie", "seine-saint-denis",
      "bouches-du-rhone", "alpes-maritimes", "loire-atlantique",
      "ille-et-vilaine", "finistere", "morbihan", "gironde", "calvados",
      "vendee",    "val-de-marne", "hauts-de-seine", "essonne", "yvelines",
      "meurthe-et-moselle", "bas-rhin", "haut-rhin", "haute-garonne",
      "herault",   "isere",      "lille",     "lyon",       "marseille",
      "toulouse",  "nantes",     "strasbourg", "bordeaux",  "rennes",
      "montpellier", "dunkerque", "calais",   "roubaix",    "tourcoing",
      "grenoble",  "annecy",     "toulon",    "reims",      "brest",
      "metz",      "nancy",      "mulhouse",  "perpignan",  "macron",
      "attal",     "barnier",    "bayrou",    "lecornu",    "castex",
      "retailleau", "darmanin",  NULL};
  static const char *const ca[] = {
      "quebec",   "quebecois",  "quebecoise", "quebecoises", "ottawa",
      "canada",   "canadien",   "canadienne", "canadiens",   "canadiennes",
      "montreal",
      /* its towns, regions and State firms: a Québec article names its
       * province once, in the headline, and its places after that */
      "sherbrooke", "trois-rivieres", "gatineau", "saguenay", "rimouski",
      "monteregie", "estrie", "mauricie", "outaouais", "gaspesie", "abitibi",
      "laurentides", "lanaudiere", "cote-nord", "baie-comeau",
      "hydro-quebec", "loto-quebec", "toronto", "vancouver", NULL};
  static const char *const be[] = {"belgique", "belge",    "belges",
                                   "wallonie", "wallon",   "wallonne",
                                   "flandre",  "flamand",  "flamande",
                                   "bruxellois", NULL};
  /* not Genève nor Vaud: daily news of Haute-Savoie and the Jura */
  static const char *const ch[] = {"suisse", "suisses", "berne", "helvetique",
                                   "helvetiques", NULL};
  static org_keyset fr_set = ORG_KEYSET(fr), ca_set = ORG_KEYSET(ca),
                    be_set = ORG_KEYSET(be), ch_set = ORG_KEYSET(ch);
  if (c->tok[i].cls != FREX_TOK_WORD)
    return -1;
  if (frex_org_key_in_set(c, i, &fr_set))
    return 0;
  if (frex_org_key_in_set(c, i, &ca_set))
    return 1;
  if (frex_org_key_in_set(c, i, &be_set))
    return 2;
  if (frex_org_key_in_set(c, i, &ch_set))
    return 3;
  return -1;
}

/* The document is about another French-speaking country (Québec or
 * Canada, Belgium, Switzerland): one of them is named twice or more and
 * France never (a French article on trade with Canada names France, or
 * Canada once; an article from Québec names its province and its
 * adjective). */
static bool foreign_document(const org_ctx *c) {
  size_t n[4] = {0, 0, 0, 0};
  /* an article's first 4000 tokens (a whole dump read as one document
   * must not be read again for each of its ministers: this is once per
   * document, but its cost grows with it); the words' first letters and
   * lengths let few tokens through to a key */
  size_t end = c->n < 4000 ? c->n : 4000;
  for (size_t i = 0; i < end; i++) {
    const frex_token *t = &c->tok[i];
    size_t len = t->end - t->start;
    unsigned char b = (unsigned char)c->text[t->start] | 0x20;
    if (len < 4 || len > 24 || !((b >= 'a' && b <= 'z') || b == 0xE3))
      continue;
    int k = country_word(c, i);
    if (k >= 0)
      n[k]++;
  }
  if (n[0])
    return false;
  return n[1] >= 2 || n[2] >= 2 || n[3] >= 2;
}

/* The sentence of token T opens on another French-speaking country (En
 * Suisse, le ministre de la Santé a présenté; Au Québec, ...) and names
 * nothing of France's: that country's minister, even in a document that
 * names it once. */
static bool foreign_frame(const org_ctx *c, size_t t) {
  static const char *const in[] = {"en", "au", NULL};
  unsigned sent = c->tok[t].sent;
  size_t a = t;
  while (a > c->first && t - a < 60 && c->tok[a - 1].sent == sent)
    a--;
  if (a + 3 > t || !(frex_org_key_in(c, a, in) ||
                     frex_org_text_is(c, a, "\xc3\x80") /* À */ ||
                     frex_org_text_is(c, a, "\xc3\xa0")) ||
      country_word(c, a + 1) <= 0 || !frex_org_text_is(c, a + 2, ","))
    return false;
  /* ...unless France is named or the minister meets that country's (En
   * Belgique, le ministre de l'Intérieur a rencontré son homologue belge;
   * not son homologue français: a Belgian's); France's towns and regions
   * are a Belgian minister's concern too (les frontaliers de Lille) */
  static const char *const france[] = {"france", "hexagone", NULL};
  static const char *const peer[] = {"homologue", "homologues", NULL};
  for (size_t k = a + 3; k < c->n && k < t + 40 && c->tok[k].sent == sent; k++)
    if (c->tok[k].cls == FREX_TOK_WORD &&
        (frex_org_key_in(c, k, france) ||
         (frex_org_key_in(c, k, peer) && k + 1 < c->n &&
          c->tok[k + 1].sent == sent && country_word(c, k + 1) > 0)))
      return false;
  return true;
}

/* Does a word of WORDS stand within the 40 tokens around T in its
 * sentence? */
static bool near_in_sentence(const org_ctx *c, size_t t,
                             const char *const *words) {
  unsigned sent = c->tok[t].sent;
  size_t a = t > 40 ? t - 40 : 0, b = t + 40 < c->n ? t + 40 : c->n;
  for (size_t k = a; k < b; k++)
    if (c->tok[k].sent == sent && c->tok[k].cls == FREX_TOK_WORD &&
        frex_org_key_in(c, k, words))
      return true;
  return false;
}

/* l'Assemblée a adopté: France's, unless the speaker addresses a chamber
 * (cette Assemblée, notre Assemblée: a debate's, the European Parliament's
 * as often) or the sentence speaks of Europe or of several countries
 * (l'Assemblée devra inviter tous les gouvernements) */
static bool national_assembly(const org_ctx *c, size_t t) {
  static const char *const own[] = {"cette", "notre", "votre", NULL};
  static const char *const other[] = {
      "parlement",  "gouvernements", "europeen", "europeenne", "europeens",
      "europeennes", "nations",      "membres",  "commissaire", NULL};
  return !(t > c->first && frex_org_key_in(c, t - 1, own)) &&
         !near_in_sentence(c, t, other);
}

/* The dictionary's AGENCY entry of the name KEY (a key: lowercase, no
 * accents), or FREX_DICT_NONE. */
static uint32_t agency_entry(const org_ctx *c, const char *key) {
  frex_dict_hit h = frex_dict_lookup(c->dict, key, strlen(key));
  for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
    const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
    if (frex_dict_entry_at(c->dict, al->entry)->type == FREX_ENT_AGENCY)
      return al->entry;
    a = al->next;
  }
  return FREX_DICT_NONE;
}

/* A Belgian document: Belgium's words or its parties (Belgian papers
 * seldom say belge of their own chamber: le gouvernement De Wever, les
 * députés N-VA), more of them than words of the United States
 * (a Belgian business story names "le groupe américain Liberty Global";
 * a story of the US House names Washington, Trump, the republicans). */
static bool belgian_politics(const org_ctx *c) {
  static const char *const be[] = {
      "belgique", "belge",    "belges",   "wallonie", "wallon",  "wallonne",
      "flandre",  "flamand",  "flamande", "flamands", "bruxellois",
      "n-va",     "vooruit",  "ecolo",    "ptb",      "wever",   NULL};
  static const char *const us[] = {
      "americain",  "americaine", "americains", "americaines", "etats-unis",
      "washington", "congres",    "capitole",   "republicain", "republicains",
      "democrate",  "democrates", "trump",      "biden",       "obama",
      "maison-blanche", "speaker", NULL};
  static org_keyset be_set = ORG_KEYSET(be), us_set = ORG_KEYSET(us);
  size_t nbe = 0, nus = 0, end = c->n < 4000 ? c->n : 4000;
  for (size_t i = 0; i < end; i++) {
    if (c->tok[i].cls != FREX_TOK_WORD)
      continue;
    nus += frex_org_key_in_set(c, i, &us_set);
    nbe += frex_org_key_in_set(c, i, &be_set);
  }
  return nbe > nus;
}

/* la Chambre des représentants, bare: the US House (the dictionary's
 * reading) unless the document is Belgian politics, where it is Belgium's
 * federal chamber. */
static void belgian_chamber(const org_ctx *c, org_mlist *l) {
  uint32_t house = FREX_DICT_NONE, be = FREX_DICT_NONE;
  int belgian = -1; /* not yet known */
  for (size_t k = 0; k < l->n; k++) {
    org_mention *m = &l->v[k];
    if (m->state == M_DROP || m->type != FREX_ENT_AGENCY ||
        m->entry == FREX_DICT_NONE || m->t1 != m->t0 + 3 ||
        !frex_org_text_is(c, m->t0, "Chambre") ||
        !frex_org_text_is(c, m->t0 + 2, "repr\xc3\xa9sentants"))
      continue;
    if (house == FREX_DICT_NONE) {
      house = agency_entry(c, "chambre des representants");
      be = agency_entry(c, "chambre des representants de belgique");
    }
    if (m->entry != house || be == FREX_DICT_NONE)
      continue;
    if (belgian < 0)
      belgian = belgian_politics(c);
    if (belgian)
      m->entry = be;
  }
}

void frex_org_whose_body(const org_ctx *c, org_mlist *l) {
  belgian_chamber(c, l);
  /* the French bodies a foreign article's ministers and assembly would
   * take: dictionary ministries, the Assemblée nationale */
  uint32_t an = FREX_DICT_NONE;
  {
    frex_dict_hit h = frex_dict_lookup(c->dict, "assemblee nationale",
                                       strlen("assemblee nationale"));
    for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
      const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
      if (frex_dict_entry_at(c->dict, al->entry)->type == FREX_ENT_AGENCY) {
        an = al->entry;
        break;
      }
      a = al->next;
    }
  }
  int foreign = -1; /* not yet known */
  for (size_t k = 0; k < l->n; k++) {
    org_mention *m = &l->v[k];
    if (m->state == M_DROP || m->type != FREX_ENT_AGENCY ||
        m->link != ORG_NO_LINK)
      continue;
    bool french_body = false, bare_assembly = false;
    if (m->entry != FREX_DICT_NONE) {
      const char *canon = frex_dict_entry_at(c->dict, m->entry)->canonical;
      /* a ministry named by its portfolio or as ministère de X, not by a
       * French seat (Bercy, le Quai d'Orsay are France's) */
      french_body =
          (m->entry == an && !m->b1) ||
          (strncmp(canon, "Minist\xc3\xa8re ", 11) == 0 &&
           (m->how == ORG_BY_PORTFOLIO ||
            frex_org_key_in(c, m->t0, (const char *const[]){"ministere",
                                                           NULL})));
    } else {
      /* l'Assemblée a adopté: bare, the Assemblée nationale of the
       * country's parliament (l'Assemblée de Corse and short forms of
       * another assembly named before are linked, not bare) */
      static const char *const assemblee[] = {"assemblee", NULL};
      bare_assembly = an != FREX_DICT_NONE && m->t1 == m->t0 + 1 &&
                      m->how == ORG_BY_BODY && frex_org_tcap(c, m->t0) &&
                      frex_org_key_in(c, m->t0, assemblee) &&
                      national_assembly(c, m->t0);
    }
    if (!french_body && !bare_assembly)
      continue;
    if (foreign < 0)
      foreign = foreign_document(c);
    if (french_body && (foreign || foreign_frame(c, m->t0)))
      m->entry = FREX_DICT_NONE; /* that country's: the text is its value */
    else if (bare_assembly && !foreign)
      m->entry = an;
  }
}

/* ------------------------------------------------------------ X */

/* Bytes [A, B) of the text hold S. */
static bool text_holds(const org_ctx *c, size_t a, size_t b, const char *s) {
  size_t n = strlen(s);
  if (b > c->text_len)
    b = c->text_len;
  for (size_t k = a; k + n <= b; k++)
    if (memcmp(c->text + k, s, n) == 0)
      return true;
  return false;
}

int frex_org_platform_x(const org_ctx *c, org_mlist *l,
                        const org_loose *loose) {
  uint32_t corp = FREX_DICT_NONE;
  bool doc_social = false, doc_known = false;
  /* X is capitalised: among the tokens the scan left loose */
  for (size_t li = 0; li < loose->n; li++) {
    size_t i = loose->v[li];
    if (i < c->first)
      continue;
    const frex_token *t = &c->tok[i];
    if (t->end != t->start + 1 || c->text[t->start] != 'X')
      continue;
    /* a letter of its own: not X-Fab, not l'X (the École polytechnique) */
    if ((t->start > 0 && (c->text[t->start - 1] == '-' ||
                          c->text[t->start - 1] == '\'')) ||
        (t->end < c->text_len && c->text[t->end] == '-'))
      continue;
    static const char *const social[] = {"social", "plateforme", NULL};
    static const char *const on[] = {"sur", NULL};
    bool cue = i > c->first && frex_org_joined(c, i) &&
               frex_org_tlower(c, i - 1) && frex_org_key_in(c, i - 1, social);
    /* X (ex-Twitter), X, l'ancien Twitter: its former name after it */
    if (!cue && t->end + 2 < c->text_len &&
        (c->text[t->end] == ',' ||
         (c->text[t->end] == ' ' && c->text[t->end + 1] == '(')))
      cue = text_holds(c, t->end, t->end + 28, "Twitter");
    /* a été vu sur X: where a message is, in a text about social networks */
    if (!cue && i > c->first && frex_org_joined(c, i) &&
        frex_org_key_in(c, i - 1, on)) {
      if (!doc_known) {
        doc_known = true;
        doc_social = text_holds(c, 0, c->text_len, "Twitter") ||
                     text_holds(c, 0, c->text_len, "r\xc3\xa9seau social") ||
                     text_holds(c, 0, c->text_len, "r\xc3\xa9seaux sociaux") ||
                     text_holds(c, 0, c->text_len, "Musk") ||
                     text_holds(c, 0, c->text_len, "tweet");
      }
      cue = doc_social;
    }
    if (!cue)
      continue;
    /* the later passes' mentions are not in token order: look at all */
    bool taken = false;
    for (size_t k = 0; k < l->n && !taken; k++)
      taken = l->v[k].state != M_DROP && l->v[k].t0 <= i && i < l->v[k].t1;
    if (taken)
      continue;
    if (corp == FREX_DICT_NONE) {
      frex_dict_hit h = frex_dict_lookup(c->dict, "x corp", 6);
      for (uint32_t a = h.alias; a != FREX_DICT_NONE;) {
        const frex_dict_alias *al = frex_dict_alias_at(c->dict, a);
        if (frex_dict_entry_at(c->dict, al->entry)->type == FREX_ENT_COMPANY) {
          corp = al->entry;
          break;
        }
        a = al->next;
      }
    }
    org_mention m = {i,      i + 1, corp, FREX_ENT_COMPANY, M_OK,
                     ORG_NO_LINK, FREX_DICT_NONE, ORG_BY_CUE, 0, 0};
    int rc = frex_org_mpush(l, m);
    if (rc)
      return rc;
  }
  return FREX_OK;
}
