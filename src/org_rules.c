/*
 * org_rules.c — rules for organisation names the dictionary does not know
 * (SPEC "COMPANY / AGENCY", "Dictionary"): legal-form suffixes, cue phrases,
 * French public-body heads whose head word is part of the name, English
 * titles of public bodies.  Every test works on the tokenizer's tokens and
 * their matching keys (dict.h: lowercase, accents stripped), so "Ministère",
 * "ministère" and "MINISTERE" are one word here; capitalisation is read from
 * the text itself.  Word lists hold keys, i.e. unaccented lowercase.
 */
#include "org_rules.h"
#include "strmap.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* -------------------------------------------------------- token basics */

size_t frex_org_tkey(const org_ctx *c, size_t i, char *buf) {
  const frex_token *t = &c->tok[i];
  org_keys *k = c->keys;
  if (k && k->len[i] != ORG_KEY_UNSET) {
    memcpy(buf, k->bytes.ptr + k->off[i], k->len[i]);
    return k->len[i];
  }
  size_t n = frex_key(c->text + t->start, t->end - t->start, buf, FREX_KEY_MAX);
  if (n > FREX_KEY_MAX)
    n = 0;
  if (k && k->bytes.len <= UINT32_MAX - FREX_KEY_MAX &&
      frex_buf_put(&k->bytes, buf, n) == FREX_OK) {
    k->off[i] = (uint32_t)(k->bytes.len - n);
    k->len[i] = (uint16_t)n;
  }
  return n;
}

/* Word lists are asked about most candidate tokens, so the file-scope
 * lists (registered in word_set_build, below their definitions) go into one
 * process-wide hash set of (list, word) pairs, built once under
 * pthread_once; other lists are scanned.  Profiled: linear scans were a
 * fifth of the COMPANY/AGENCY stage. */
#define WORD_SET_CAP 4096 /* power of two, over twice the words listed */
typedef struct word_slot {
  const char *const *list;
  const char *word;
  size_t len;
} word_slot;
static word_slot word_set[WORD_SET_CAP];
static const char *const *const no_lists[] = {NULL};
static const char *const *const *word_set_lists = no_lists;
static pthread_once_t word_set_once = PTHREAD_ONCE_INIT;
static void word_set_build(void);

static size_t word_slot_of(const char *const *list, const char *k, size_t n) {
  uint64_t h = frex_hash_bytes(k, n) ^ ((uint64_t)(uintptr_t)list * 0x9e3779b97f4a7c15ull);
  size_t i = (size_t)(h ^ (h >> 29)) & (WORD_SET_CAP - 1);
  while (word_set[i].list &&
         !(word_set[i].list == list && word_set[i].len == n &&
           memcmp(word_set[i].word, k, n) == 0))
    i = (i + 1) & (WORD_SET_CAP - 1);
  return i;
}

static bool key_in(const char *k, size_t n, const char *const *list) {
  pthread_once(&word_set_once, word_set_build);
  for (const char *const *const *l = word_set_lists; *l; l++)
    if (*l == list)
      return word_set[word_slot_of(list, k, n)].list != NULL;
  for (; *list; list++) /* first byte first */
    if ((*list)[0] == k[0] && strncmp(*list, k, n) == 0 && !(*list)[n])
      return true;
  return false;
}

static bool tok_in(const org_ctx *c, size_t i, const char *const *list) {
  char k[FREX_KEY_MAX];
  size_t n = frex_org_tkey(c, i, k);
  return n && key_in(k, n, list);
}

bool frex_org_tis(const org_ctx *c, size_t i, const char *w) {
  const char *list[] = {w, NULL};
  return i < c->n && tok_in(c, i, list);
}

static UChar32 first_cp(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  int32_t j = 0;
  UChar32 cp;
  U8_NEXT(c->text + t->start, j, (int32_t)(t->end - t->start), cp);
  return cp;
}

bool frex_org_tcap(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i].start];
  if (b < 0x80)
    return b >= 'A' && b <= 'Z';
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

bool frex_org_tlower(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  unsigned char b = (unsigned char)c->text[c->tok[i].start];
  if (b < 0x80)
    return b >= 'a' && b <= 'z';
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && u_islower(cp);
}

/* Token I's text is exactly S. */
static bool tok_text_is(const org_ctx *c, size_t i, const char *s) {
  const frex_token *t = &c->tok[i];
  if (c->text[t->start] != s[0]) /* most calls end here */
    return false;
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(c->text + t->start, s, n) == 0;
}

bool frex_org_joined(const org_ctx *c, size_t i) {
  if (i == 0 || i >= c->n || c->tok[i].sent != c->tok[i - 1].sent)
    return false;
  /* A line break ends a name: titles, list items and page chrome are
   * written one per line. */
  const char *g = c->text + c->tok[i - 1].end;
  return !memchr(g, '\n', c->tok[i].start - c->tok[i - 1].end);
}

bool frex_org_sent_start(const org_ctx *c, size_t i) {
  if (i <= c->first || !frex_org_joined(c, i))
    return true;
  static const char *const openers[] = {":", "«", "“", "\"", "—", "–",
                                        "-", "*", "#", "‘",  "'", "(",
                                        "[", "•", "|", NULL};
  for (const char *const *o = openers; *o; o++)
    if (tok_text_is(c, i - 1, *o))
      return true;
  return false;
}

bool frex_org_acronym_like(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  size_t n = t->end - t->start, letters = 0;
  if (t->cls != FREX_TOK_WORD || n < 2 || n > 10)
    return false;
  for (size_t k = 0; k < n; k++) {
    unsigned char b = (unsigned char)c->text[t->start + k];
    if (b >= 'A' && b <= 'Z')
      letters++;
    else if (!(b >= '0' && b <= '9') && b != '&' && b != '-')
      return false;
  }
  return letters >= 2;
}

/* "(JAXA)" at token K, an acronym the dictionary does not know: what
 * precedes it is being named. */
static bool new_acronym_at(const org_ctx *c, size_t k) {
  if (k + 2 >= c->n || !tok_text_is(c, k, "(") ||
      !frex_org_acronym_like(c, k + 1) || !tok_text_is(c, k + 2, ")"))
    return false;
  char key[FREX_KEY_MAX];
  size_t n = frex_org_tkey(c, k + 1, key);
  return n && frex_dict_lookup(c->dict, key, n).alias == FREX_DICT_NONE;
}

/* ------------------------------------------------------------ word lists */

static const char *const function_words[] = {
    "le",      "la",     "les",       "l'",       "un",        "une",
    "des",     "du",     "de",        "d'",       "au",        "aux",
    "a",       "en",     "dans",      "sur",      "pour",      "par",
    "avec",    "selon",  "mais",      "et",       "ou",        "donc",
    "car",     "ni",     "ce",        "cet",      "cette",     "ces",
    "c'",      "ca",     "son",       "sa",       "ses",       "leur",
    "leurs",   "notre",  "nos",       "votre",    "vos",       "mon",
    "ma",      "mes",    "il",        "elle",     "ils",       "elles",
    "on",      "nous",   "vous",      "je",       "j'",        "tu",
    "se",      "s'",     "qui",       "que",      "qu'",       "dont",
    "si",      "ne",     "n'",        "pas",      "plus",      "comme",
    "apres",   "avant",  "depuis",    "chez",     "entre",     "sans",
    "sous",    "vers",   "lors",      "quand",    "alors",     "ainsi",
    "aussi",   "deja",   "encore",    "tout",     "tous",      "toute",
    "toutes",  "y",      "est",       "sont",     "lire",      "outre",
    "suite",   "bien",   "meme",      "puis",     "enfin",     "or",
    "voici",   "voila",  "cependant", "pourtant", "toutefois", "desormais",
    "hier",    "demain", "pourquoi",  "comment",  "lorsque",   "lorsqu'",
    "puisque", "jusqu'", "m.",        "mme",      "mm.",       "dr",
    "the",     "of",     "and",       "in",       "to",        "for",
    "with",    "by",     "at",        "from",     "an",        "this",
    "that",    "it",     "is",        NULL};

bool frex_org_function_word(const org_ctx *c, size_t i) {
  return tok_in(c, i, function_words);
}

/* Capitalised words that are not names after a cue (le site Internet). */
static const char *const not_names[] = {
    "internet", "web", "etat", "etats", "gouvernement", "president", NULL};

/* Nouns that introduce a company name: le groupe X, la société X. */
static const char *const company_cues[] = {"societe",       "groupe",
                                           "entreprise",    "start-up",
                                           "startup",       "firme",
                                           "editeur",       "fabricant",
                                           "constructeur",  "operateur",
                                           "compagnie",     "banque",
                                           "assureur",      "distributeur",
                                           "enseigne",      "geant",
                                           "filiale",       "maison-mere",
                                           "conglomerat",   "equipementier",
                                           "chaine",        "journal",
                                           "quotidien",     "hebdomadaire",
                                           "mensuel",       "magazine",
                                           "site",          "media",
                                           "holding",       "multinationale",
                                           "transporteur",  "armateur",
                                           "petrolier",     "gestionnaire",
                                           "prestataire",   "fournisseur",
                                           "sous-traitant", "marque",
                                           "radio",         "editions",
                                           "studio",        "brasseur",
                                           "chimiste",      "siderurgiste",
                                           "industriel",    NULL};

/* Words before a name that make an ambiguous dictionary name (Orange,
 * Times) a mention of the organisation: reported speech and "chez". */
static const char *const weak_cues[] = {
    "selon",      "d'apres",   "rapporte",   "rapportait",   "revele",
    "ecrit",      "indique",   "affirme",    "precise",      "souligne",
    "assure",     "explique",  "annonce",    "relaye",       "relayee",
    "relayees",   "cite",      "publie",     "savoir",       "chez",
    "client",     "clients",   "action",     "actions",      "patron",
    "pdg",        "directeur", "directrice", "porte-parole", "dirigeant",
    "dirigeants", "salaries",  "employes",   "filiale",      "rachat",
    "offre",      NULL};

/* Not de/d'/des: "l'homme de radio X" names a person. */
static const char *const determiners[] = {
    "le",  "la", "l'",  "les",  "du", "au",  "aux",   "un", "une",
    "son", "sa", "ses", "leur", "ce", "cet", "cette", NULL};

/* Adjectives a name may carry (spatiale, européenne, britannique), read on
 * the lowercase text with its accents: -é/-ée mark participles there. */
static const char *const adj_suffixes[] = {
    "ain",  "aine",   "ains", "aines", "ais",  "aise",   "aises", "ois",
    "oise", "oises",  "ien",  "ienne", "iens", "iennes", "éen",   "éenne",
    "éens", "éennes", "ique", "iques", "al",   "ale",    "aux",   "ales",
    "el",   "elle",   "els",  "elles", "if",   "ive",    "ifs",   "ives",
    "aire", "aires",  "ère",  "ères",  "ier",  "ière",   "iers",  "ières",
    "eur",  "eure",   "eurs", "eures", "é",    "ée",     "és",    "ées",
    "ile",  "iles",   "ante", "antes", "ême",  NULL};
static const char *const adj_words[] = {
    "russe",       "russes",       "suisse", "suisses", "belge",   "belges",
    "grec",        "grecque",      "turc",   "turque",  "arabe",   "arabes",
    "libre",       "libres",       "unies",  "unis",    "tcheque", "slovaque",
    "britannique", "britanniques", "basque", "basques", NULL};

/* Generic nouns that end a public body's name rather than extend it
 * (la Cour constitutionnelle du pays, le parquet de la ville). */
static const char *const not_complements[] = {
    "pays",       "ville",    "region",         "capitale",
    "territoire", "province", "administration", "surveillance",
    "classe",     "famille",  "quartier",       NULL};

static bool adj_like(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  if (tok_in(c, i, adj_words) || tok_text_is(c, i, "US"))
    return true;
  if (frex_org_function_word(c, i))
    return false;
  const frex_token *t = &c->tok[i];
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  if (n < 4)
    return false;
  for (const char *const *a = adj_suffixes; *a; a++) {
    size_t k = strlen(*a);
    if (k < n && memcmp(s + n - k, *a, k) == 0)
      return true;
  }
  return false;
}

bool frex_org_nationality(const org_ctx *c, size_t i) {
  static const char *const suffixes[] = {
      "ain",   "aine",    "ains",     "aines",  "ais",   "aise", "aises",
      "ois",   "oise",    "oises",    "ien",    "ienne", "iens", "iennes",
      "éen",   "éenne",   "éens",     "éennes", "and",   "ande", "ands",
      "andes", "annique", "anniques", "érique", NULL};
  /* words with those endings that are no nationality */
  static const char *const not_nat[] = {
      "demain",    "certain",     "certaine",  "certains",   "certaines",
      "prochain",  "prochaine",   "lointain",  "humain",     "humaine",
      "mais",      "jamais",      "desormais", "moins",      "mois",
      "fois",      "trois",       "bien",      "rien",       "lien",
      "soutien",   "entretien",   "ancien",    "ancienne",   "anciens",
      "quotidien", "quotidienne", "grand",     "grande",     "grands",
      "grandes",   "quand",       "marchand",  "marchande",  "mondain",
      "souverain", "souveraine",  "parisien",  "parisienne", "local",
      NULL};
  if (!frex_org_tlower(c, i) || tok_in(c, i, not_nat))
    return false;
  if (tok_in(c, i, adj_words))
    return true;
  const frex_token *t = &c->tok[i];
  size_t n = t->end - t->start;
  for (const char *const *a = suffixes; *a; a++) {
    size_t k = strlen(*a);
    if (k + 2 < n && memcmp(c->text + t->end - k, *a, k) == 0)
      return true;
  }
  return false;
}

static bool lower_adj(const org_ctx *c, size_t i) {
  if (!frex_org_tlower(c, i) || !adj_like(c, i))
    return false;
  /* chargée d'examiner, composé de: a participle with its complement */
  const frex_token *t = &c->tok[i];
  bool participle = t->end - t->start > 3 &&
                    (memcmp(c->text + t->end - 2, "\xc3\xa9", 2) == 0 ||
                     memcmp(c->text + t->end - 3,
                            "\xc3\xa9"
                            "e",
                            3) == 0);
  return !(participle && i + 1 < c->n &&
           (frex_org_tis(c, i + 1, "de") || frex_org_tis(c, i + 1, "d'") ||
            frex_org_tis(c, i + 1, "par") || frex_org_tis(c, i + 1, "a")));
}

/* ------------------------------------------------------------------ cues */

/* Skip back over up to two adjectives before token I; the index of the
 * token before them (or SIZE_MAX). */
static size_t skip_adjs_back(const org_ctx *c, size_t i) {
  size_t p = i;
  /* société, opérateur, quotidien look like adjectives: a cue stops */
  for (int k = 0; k < 2 && p > c->first + 1 && frex_org_joined(c, p) &&
                  lower_adj(c, p - 1) && !tok_in(c, p - 1, company_cues) &&
                  !frex_org_tis(c, p - 1, "agence");
       k++)
    p--;
  return p > c->first && frex_org_joined(c, p) ? p - 1 : SIZE_MAX;
}

/* The cue noun before I: COMPANY, AGENCY, or 0.  The cue is a lowercase
 * noun after a determiner: a capitalised one is part of a name (Groupe
 * Canal+, Radio France) and a bare one is not a cue (homme de radio X). */
static frex_entity_type cue_type(const org_ctx *c, size_t i) {
  size_t p = skip_adjs_back(c, i);
  if (p == SIZE_MAX || !frex_org_tlower(c, p) || p <= c->first ||
      !frex_org_joined(c, p))
    return 0;
  size_t d = p - 1;
  if (frex_org_tis(c, p, "presse") || frex_org_tis(c, p, "notation"))
    d = p >= c->first + 3 ? p - 3 : p; /* [l'] agence de presse */
  if (d == p || !tok_in(c, d, determiners))
    return 0;
  /* l'agence de presse X, l'agence de notation X: companies */
  if ((frex_org_tis(c, p, "presse") || frex_org_tis(c, p, "notation")) &&
      p >= c->first + 2 && frex_org_tis(c, p - 1, "de") &&
      frex_org_tis(c, p - 2, "agence"))
    return FREX_ENT_COMPANY;
  if (tok_in(c, p, company_cues))
    return FREX_ENT_COMPANY;
  if (frex_org_tis(c, p, "agence") || frex_org_tis(c, p, "regulateur"))
    return FREX_ENT_AGENCY;
  return 0;
}

bool frex_org_cue_before(const org_ctx *c, size_t i) {
  if (cue_type(c, i))
    return true;
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  size_t p = i - 1;
  if (tok_in(c, p, determiners) && p > c->first && frex_org_joined(c, p))
    p--;
  if (tok_in(c, p, weak_cues))
    return true;
  /* croit savoir le X, a relevé jeudi le X: a verb of saying, a day */
  return false;
}

/* ----------------------------------------------------------- legal forms */

static const char *const legal_forms[] = {
    "SA",      "S.A.",        "SAS",          "S.A.S.", "SARL",
    "SE",      "SCA",         "Inc",          "Inc.",   "Corp",
    "Corp.",   "Corporation", "Incorporated", "Co.",    "Company",
    "LLC",     "L.L.C.",      "LLP",          "Ltd",    "Ltd.",
    "Limited", "GmbH",        "AG",           "plc",    "PLC",
    "Plc",     "NV",          "N.V.",         "BV",     "B.V.",
    "SpA",     "S.p.A.",      "AB",           "ASA",    "Oyj",
    "KGaA",    NULL};

bool frex_org_legal_form(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  for (const char *const *l = legal_forms; *l; l++)
    if (tok_text_is(c, i, *l))
      return true;
  return false;
}

/* A word that may be part of a proper name: capitalised, or a number
 * inside one (3M, Studio 71), never a function word. */
static bool name_word(const org_ctx *c, size_t i) {
  if (i >= c->n)
    return false;
  if (c->tok[i].cls == FREX_TOK_NUM)
    return true;
  return frex_org_tcap(c, i) && !frex_org_function_word(c, i);
}

bool frex_org_rule_legal(const org_ctx *c, size_t i, org_span *s,
                         size_t *legal) {
  if (!frex_org_tcap(c, i) || frex_org_function_word(c, i) ||
      frex_org_legal_form(c, i))
    return false;
  size_t j = i + 1;
  for (int words = 1; j < c->n && words < 7 && frex_org_joined(c, j);) {
    if (frex_org_legal_form(c, j) && frex_org_tcap(c, j - 1)) {
      *s = (org_span){i, j + 1, FREX_ENT_COMPANY};
      *legal = j;
      return true;
    }
    if (name_word(c, j)) {
      j++;
      words++;
      continue;
    }
    /* Procter & Gamble, Banque de France SA, Amazon.com, Inc. */
    bool conn = tok_text_is(c, j, "&") || frex_org_tis(c, j, "de") ||
                frex_org_tis(c, j, "du") || frex_org_tis(c, j, "des") ||
                frex_org_tis(c, j, "d'") || frex_org_tis(c, j, "of") ||
                frex_org_tis(c, j, "and");
    if (conn && name_word(c, j + 1) && frex_org_joined(c, j + 1)) {
      j++;
      continue;
    }
    if (tok_text_is(c, j, ",") && frex_org_legal_form(c, j + 1) &&
        frex_org_joined(c, j + 1) && !frex_org_tis(c, j + 1, "sa") &&
        !frex_org_tis(c, j + 1, "se")) {
      j++;
      continue;
    }
    break;
  }
  return false;
}

/* ------------------------------------------------- French public bodies */

typedef struct body_head {
  const char *key;
  unsigned flags;
} body_head;
enum {
  H_ANYCASE = 1, /* "le ministère de la Défense": the head may be lowercase */
  H_NEEDADJ = 2, /* needs an adjective right after (Direction générale) */
  H_BARE = 4,    /* capitalised mid-sentence, a name alone (le Parlement) */
  H_PLACE = 8    /* lowercase but ending in a place: le tribunal
                    correctionnel de Nanterre, la cour d'appel de Paris */
};

static const body_head heads[] = {{"ministere", H_ANYCASE},
                                  {"direction", H_NEEDADJ},
                                  {"autorite", 0},
                                  {"agence", 0},
                                  {"office", 0},
                                  {"conseil", 0},
                                  {"cour", H_PLACE},
                                  {"commission", 0},
                                  {"institut", 0},
                                  {"tribunal", H_PLACE},
                                  {"secretariat", 0},
                                  {"inspection", H_NEEDADJ},
                                  {"departement", 0},
                                  {"parquet", 0},
                                  {"prefecture", 0},
                                  {"assemblee", H_BARE},
                                  {"parlement", H_BARE},
                                  {"gendarmerie", 0},
                                  {"police", H_NEEDADJ},
                                  {"armee", 0},
                                  {"marine", H_NEEDADJ},
                                  {"chambre", 0},
                                  {"administration", H_NEEDADJ},
                                  {"bureau", H_NEEDADJ},
                                  {"organisation", 0},
                                  {"banque", H_NEEDADJ},
                                  {"service", H_NEEDADJ},
                                  {"haut-commissariat", 0},
                                  {"senat", H_BARE},
                                  {NULL, 0}};

static const body_head *head_at(const org_ctx *c, size_t i) {
  char k[FREX_KEY_MAX];
  size_t n = frex_org_tkey(c, i, k);
  for (const body_head *h = heads; n && h->key; h++)
    if (strlen(h->key) == n && memcmp(h->key, k, n) == 0)
      return h;
  return NULL;
}

bool frex_org_head_prefix(const unsigned char h[3]) {
  /* the heads' first letters: a, b, c, d, g, h, i, m, o, p, s, t */
  static const uint32_t firsts = 1u << 0 | 1u << 1 | 1u << 2 | 1u << 3 |
                                 1u << 6 | 1u << 7 | 1u << 8 | 1u << 12 |
                                 1u << 14 | 1u << 15 | 1u << 18 | 1u << 19;
  if (h[0] < 'a' || h[0] > 'z' || !(firsts >> (h[0] - 'a') & 1))
    return false;
  for (const body_head *x = heads; x->key; x++)
    if (memcmp(x->key, h, 3) == 0)
      return true;
  return false;
}

/* After a connector (de la, des, d', pour les...), the index of the content
 * word, or 0. *BARE is set when the connector is a bare "de"/"d'". */
static size_t connector(const org_ctx *c, size_t k, bool *bare) {
  *bare = false;
  if (!frex_org_joined(c, k))
    return 0;
  if (frex_org_tis(c, k, "du") || frex_org_tis(c, k, "des"))
    return k + 1;
  bool pour = frex_org_tis(c, k, "pour");
  if (frex_org_tis(c, k, "de") || pour) {
    if (frex_org_tis(c, k + 1, "la") || frex_org_tis(c, k + 1, "l'") ||
        (pour &&
         (frex_org_tis(c, k + 1, "le") || frex_org_tis(c, k + 1, "les"))))
      return k + 2;
    *bare = !pour;
    return pour ? 0 : k + 1;
  }
  if (frex_org_tis(c, k, "d'")) {
    *bare = true;
    return k + 1;
  }
  if ((frex_org_tis(c, k, "charge") || frex_org_tis(c, k, "chargee")) &&
      frex_org_joined(c, k + 1))
    return connector(c, k + 1, bare);
  return 0;
}

/* Content after a connector: a capitalised name (la Défense, Affaires
 * étrangères, l'ONU) or one lowercase noun, then adjectives.  Returns the
 * end, or 0. */
static size_t complement(const org_ctx *c, size_t m, bool bare) {
  if (m >= c->n || !frex_org_joined(c, m) || frex_org_function_word(c, m))
    return 0;
  size_t k;
  if (name_word(c, m) && c->tok[m].cls == FREX_TOK_WORD) {
    k = m + 1;
    /* Affaires Étrangères, Nations Unies: a second capitalised word only
     * if it is an adjective (not "de Bâle-Campagne Rudolf Keller") */
    while (k < c->n && k - m < 3 && frex_org_joined(c, k) && name_word(c, k) &&
           c->tok[k].cls == FREX_TOK_WORD && adj_like(c, k))
      k++;
  } else if (frex_org_tlower(c, m) && !tok_in(c, m, not_complements)) {
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
  for (int a = 0; a < 2 && k < c->n && frex_org_joined(c, k) && lower_adj(c, k);
       a++)
    k++;
  return k;
}

static bool rule_head(const org_ctx *c, size_t i, org_span *s) {
  size_t j = i;
  bool pre = false;
  if ((frex_org_tis(c, i, "haut") || frex_org_tis(c, i, "haute") ||
       frex_org_tis(c, i, "grand") || frex_org_tis(c, i, "grande")) &&
      frex_org_tcap(c, i) && frex_org_joined(c, i + 1) && head_at(c, i + 1)) {
    j = i + 1;
    pre = true;
  }
  const body_head *h = head_at(c, j);
  if (!h)
    return false;
  bool cap = frex_org_tcap(c, j) || pre;
  size_t k = j + 1;
  int adjs = 0, groups = 0;
  /* Adjectives: spatiale européenne, Fédéral, constitutionnel. */
  while (adjs < 3 && k < c->n && frex_org_joined(c, k) &&
         (lower_adj(c, k) || (frex_org_tcap(c, k) && cap && adj_like(c, k)))) {
    k++;
    adjs++;
  }
  /* Complements: de la Défense, des systèmes d'information, et des
   * Finances; at most four. */
  bool place = false; /* the last complement is a capitalised name */
  while (groups < 4 && k < c->n) {
    size_t m = k;
    if (groups && (tok_text_is(c, m, ",") || frex_org_tis(c, m, "et")) &&
        frex_org_joined(c, m))
      m++;
    bool bare;
    size_t w = connector(c, m, &bare);
    size_t e = w ? complement(c, w, bare) : 0;
    if (!e)
      break;
    k = e;
    groups++;
    place = frex_org_tcap(c, w);
  }
  /* l'agence spatiale japonaise (JAXA): a description given an acronym
   * of its own is the body's name */
  if (!cap && !(h->flags & H_ANYCASE) &&
      !((adjs || groups) && new_acronym_at(c, k)) &&
      !((h->flags & H_PLACE) && groups && place))
    return false;
  if (!cap && !groups && !new_acronym_at(c, k))
    return false; /* "le ministère britannique": too vague */
  /* Direction, Bureau, Service: a common noun too; at a sentence start it
   * needs an adjective (Direction générale), elsewhere a complement will do
   * (le Bureau de la sécurité des transports) */
  if ((h->flags & H_NEEDADJ) && !adjs && !pre &&
      (!groups || !cap || frex_org_sent_start(c, j)))
    return false;
  if (!adjs && !groups && !pre &&
      !((h->flags & H_BARE) && cap && !frex_org_sent_start(c, j)))
    return false; /* a bare head: la Commission, le Conseil */
  *s = (org_span){i, k, FREX_ENT_AGENCY};
  return true;
}

/* ------------------------------------------------------- English titles */

static const char *const en_heads[] = {
    "office",    "agency",      "department", "bureau",  "centre",
    "center",    "commission",  "court",      "service", "administration",
    "authority", "council",     "institute",  "board",   "ministry",
    "command",   "directorate", "reserve",    "corps",   NULL};
static const char *const en_links[] = {"of", "for", "on", "and",
                                       "&",  "the", NULL};

/* The lists key_in looks up by hash (see word_set above). */
static void word_set_build(void) {
  static const char *const *const lists[] = {
      function_words, not_names, company_cues, weak_cues, determiners,
      adj_words, not_complements, legal_forms, en_heads, en_links, NULL};
  size_t total = 0;
  for (const char *const *const *l = lists; *l; l++)
    for (const char *const *w = *l; *w; w++)
      total++;
  if (total * 2 > WORD_SET_CAP)
    return; /* lists outgrew the table: key_in keeps scanning them */
  for (const char *const *const *l = lists; *l; l++)
    for (const char *const *w = *l; *w; w++) {
      size_t at = word_slot_of(*l, *w, strlen(*w));
      word_set[at] = (word_slot){*l, *w, strlen(*w)};
    }
  word_set_lists = lists;
}

static bool rule_english(const org_ctx *c, size_t i, org_span *s) {
  if (!frex_org_tcap(c, i) || frex_org_function_word(c, i))
    return false;
  size_t end = 0, caps = 0, k = i, head = SIZE_MAX;
  bool in_complement = false;
  /* at most 16 words: a page in capitals must not cost quadratic time */
  while (k < c->n && k - i < 16 && (k == i || frex_org_joined(c, k))) {
    if (frex_org_tcap(c, k)) {
      caps++;
      if (head == SIZE_MAX && tok_in(c, k, en_heads) &&
          (k > i || frex_org_tis(c, k + 1, "of")))
        head = k;
      if (head != SIZE_MAX && (k == head || in_complement))
        end = k + 1;
      k++;
    } else if (tok_in(c, k, en_links) && frex_org_joined(c, k + 1) &&
               (frex_org_tcap(c, k + 1) || frex_org_tis(c, k + 1, "the"))) {
      /* "of" after the head opens its complement: Court of Federal Claims */
      if (head != SIZE_MAX && !frex_org_tis(c, k, "the") &&
          !frex_org_tis(c, k, "and") && !tok_text_is(c, k, "&"))
        in_complement = true;
      k++;
    } else {
      break;
    }
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
  *s = (org_span){i, end, FREX_ENT_AGENCY};
  return true;
}

/* ------------------------------------------------------------ cue rule */

static bool rule_cue(const org_ctx *c, size_t i, org_span *s) {
  if (!name_word(c, i) || c->tok[i].cls != FREX_TOK_WORD ||
      tok_in(c, i, not_names) || c->tok[i].end - c->tok[i].start < 2)
    return false; /* le groupe B: a letter is not a name */
  frex_entity_type t = cue_type(c, i);
  if (!t)
    return false;
  size_t k = i + 1;
  while (k < c->n && k - i < 4 && frex_org_joined(c, k) && name_word(c, k) &&
         !tok_in(c, k, not_names))
    k++;
  *s = (org_span){i, k, t};
  return true;
}

bool frex_org_rule_name(const org_ctx *c, size_t i, org_span *s) {
  org_span best = {0, 0, 0}, x;
  if (rule_english(c, i, &x) && x.t1 > best.t1)
    best = x;
  if (rule_head(c, i, &x) && x.t1 > best.t1)
    best = x;
  if (rule_cue(c, i, &x) && x.t1 > best.t1)
    best = x;
  if (!best.t1)
    return false;
  *s = best;
  return true;
}

size_t frex_org_country_after(const org_ctx *c, size_t i) {
  bool bare;
  size_t w = connector(c, i, &bare);
  if (!w || w >= c->n || !frex_org_joined(c, w) || !name_word(c, w) ||
      c->tok[w].cls != FREX_TOK_WORD)
    return 0;
  if (w + 1 < c->n && frex_org_joined(c, w + 1) && frex_org_tcap(c, w + 1))
    return 0; /* de Jean-Yves Le Drian: a person, not a country */
  return w + 1;
}

bool frex_org_platform_before(const org_ctx *c, size_t i) {
  static const char *const platforms[] = {
      "application", "appli",      "app",     "plateforme", "messagerie",
      "logiciel",    "navigateur", "service", NULL};
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  if (frex_org_tis(c, i - 1, "sur"))
    return true;
  if (tok_in(c, i - 1, platforms) && frex_org_tlower(c, i - 1))
    return true;
  /* le réseau social X, le moteur de recherche X */
  return (frex_org_tis(c, i - 1, "social") &&
          frex_org_tis(c, i - 2, "reseau")) ||
         (frex_org_tis(c, i - 1, "recherche") &&
          frex_org_tis(c, i - 3, "moteur"));
}
