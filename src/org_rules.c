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

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "strmap.h"

/* -------------------------------------------------------- token basics */

char frex_org_ascii_key[256]; /* filled by word_table_build */

const char *frex_org_tkey_slow(const org_ctx *c, size_t i, size_t *n,
                               uint32_t *hash) {
  org_keys *k = c->keys;
  org_tinfo *ti = &k->info[i];
  const frex_token *t = &c->tok[i];
  /* the key is written straight into the cache; without room for it there
   * (out of memory, 4 GiB of keys) it goes to a scratch buffer, uncached.
   * Eight zero bytes after it let frex_hash_padded load whole words. */
  bool cache =
      k->bytes.len <= UINT32_MAX - FREX_KEY_MAX &&
      ((k->bytes.ptr && k->bytes.cap - k->bytes.len > FREX_KEY_MAX + 8) ||
       frex_buf_grow(&k->bytes, FREX_KEY_MAX + 8) == FREX_OK);
  char *out = cache ? k->bytes.ptr + k->bytes.len : k->scratch;
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  size_t len = t->end - t->start, kn = 0;
  /* printable ASCII, most tokens: the key is the text in lowercase (what
   * frex_key does, minus its checks) */
  size_t lim = len < FREX_KEY_MAX ? len : FREX_KEY_MAX;
  for (char x; kn < lim && (x = frex_org_ascii_key[s[kn]]) != 0; kn++)
    out[kn] = x;
  if (kn < len) { /* anything else: the general function */
    kn = frex_key((const char *)s, len, out, FREX_KEY_MAX);
    if (kn > FREX_KEY_MAX)
      kn = 0;
  }
  memset(out + kn, 0, 8);
  *n = kn;
  *hash = frex_dict_hash(frex_hash_padded(out, kn));
  if (!cache)
    return out;
  ti->koff = (uint32_t)k->bytes.len;
  ti->khash = *hash;
  ti->klen = (uint8_t)kn;
  k->state[i] |= ORG_K_KEY;
  k->bytes.len += kn;
  return out;
}

/* Every word list and rule word goes into one process-wide hash table of
 * keys, built once (frex_org_rules_init); a token's key is looked up there
 * once per document and the answer kept in its org_tinfo, so the rules test
 * bits instead of hashing the same key once per list.  Profiled: word-list
 * look-ups were over a third of the COMPANY/AGENCY stage. */
enum { /* the word lists holding a key: bits of org_tinfo.lists */
  L_FUNCTION = 1u << 0,
  L_NOT_NAME = 1u << 1,
  L_COMPANY_CUE = 1u << 2,
  L_WEAK_CUE = 1u << 3,
  L_DETERMINER = 1u << 4,
  L_ADJ_WORD = 1u << 5,
  L_NOT_COMPLEMENT = 1u << 6,
  L_EN_HEAD = 1u << 7,
  L_EN_LINK = 1u << 8,
  L_NOT_NAT = 1u << 9,
  L_PLATFORM = 1u << 10
};
enum { /* more org_keys.state bits: adj_like's suffix test, done on demand */
  F_ADJ_KNOWN = 4,
  F_ADJ_SUFFIX = 8
};

typedef struct word_entry {
  const char *key; /* NULL: an empty slot */
  uint32_t hash;   /* frex_dict_hash of the key, as tokens carry it */
  uint32_t len;
  uint32_t lists;
  uint8_t word, head;
} word_entry;
#define WORD_TABLE_CAP 2048 /* power of two, over twice the keys listed */
static word_entry word_table[WORD_TABLE_CAP];
static size_t word_max_len; /* longest key in the table */
static pthread_once_t word_table_once = PTHREAD_ONCE_INIT;
static void word_table_build(void);

void frex_org_rules_init(void) {
  pthread_once(&word_table_once, word_table_build);
}

/* The slot of key K (hash H): its entry, or the empty slot ending its
 * probe. */
static inline word_entry *word_slot(const char *k, size_t n, uint32_t h) {
  size_t i = (h ^ h >> 16) & (WORD_TABLE_CAP - 1);
  while (word_table[i].key &&
         !(word_table[i].hash == h && word_table[i].len == n &&
           memcmp(word_table[i].key, k, n) == 0))
    i = (i + 1) & (WORD_TABLE_CAP - 1);
  return &word_table[i];
}

/* Look token I's key up in the word table, once. */
static void info_fill(const org_ctx *c, size_t i, org_tinfo *t) {
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  const word_entry *e = n && n <= word_max_len ? word_slot(k, n, h) : NULL;
  if (e && e->key) {
    t->lists = e->lists;
    t->word = e->word;
    t->head = e->head;
  } else {
    t->lists = 0;
    t->word = ORG_W_NONE;
    t->head = 0;
  }
  c->keys->state[i] |= ORG_K_INFO;
}

/* What a key starting with byte B may be, from the table's keys: word-list
 * bits (L_*), FACT_WORD(w) for a rule word, FACT_HEAD for a body head.  A
 * token's key starts with its first byte in lowercase when that byte is
 * printable ASCII: most questions about a token the rules reach only as a
 * neighbour are answered so, without computing its key.  Filled by
 * word_table_build. */
static uint64_t first_facts[256];
#define FACT_WORD(w) (1ull << (16 + (w)))
#define FACT_HEAD (1ull << 63)

/* What is known of token I, for a question about NEED (first_facts bits):
 * when its first byte tells that the key is none of NEED, an empty info
 * (as for a key in no list) and nothing computed.  Past the last token,
 * the empty info too. */
static inline const org_tinfo *info(const org_ctx *c, size_t i,
                                    uint64_t need) {
  static const org_tinfo none = {0};
  if (i >= c->n)
    return &none;
  org_tinfo *t = &c->keys->info[i];
  if (!(c->keys->state[i] & ORG_K_INFO)) {
    unsigned char b = (unsigned char)c->text[c->tok[i].start];
    unsigned char f = (unsigned char)frex_org_ascii_key[b];
    if (f && !(first_facts[f] & need))
      return &none;
    info_fill(c, i, t);
  }
  return t;
}

static inline bool tok_in(const org_ctx *c, size_t i, uint32_t lists) {
  return info(c, i, lists)->lists & lists;
}

/* frex_org_tis, inline for the rules; W is never ORG_W_NONE. */
static inline bool tis(const org_ctx *c, size_t i, org_word w) {
  return info(c, i, FACT_WORD(w))->word == w;
}

bool frex_org_tis(const org_ctx *c, size_t i, org_word w) {
  if (w == ORG_W_NONE) /* no first-byte shortcut for "no word" */
    return info(c, i, ~0ull)->word == w;
  return tis(c, i, w);
}

static UChar32 first_cp(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  int32_t j = 0;
  UChar32 cp;
  U8_NEXT(c->text + t->start, j, (int32_t)(t->end - t->start), cp);
  return cp;
}

/* The non-ASCII cases of frex_org_tcap and frex_org_tlower (org_rules.h).
 * Latin-1 letters (U+00C0..U+00FF, "\xC3" then one byte) without ICU:
 * À..Þ are uppercase but ×, ß..ÿ lowercase but ÷; none is titlecase. */
bool frex_org_tcap_slow(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  if (s[0] == 0xC3 && t->end - t->start > 1 && (s[1] & 0xC0) == 0x80)
    return s[1] <= 0x9E && s[1] != 0x97;
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

bool frex_org_tlower_slow(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  if (s[0] == 0xC3 && t->end - t->start > 1 && (s[1] & 0xC0) == 0x80)
    return s[1] >= 0x9F && s[1] != 0xB7;
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && u_islower(cp);
}

/* Token I's text is exactly S. */
static inline bool tok_text_is(const org_ctx *c, size_t i, const char *s) {
  const frex_token *t = &c->tok[i];
  if (c->text[t->start] != s[0]) /* most calls end here */
    return false;
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(c->text + t->start, s, n) == 0;
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
  size_t n;
  uint32_t h;
  const char *key = frex_org_tkey(c, k + 1, &n, &h);
  return n &&
         frex_dict_lookup_hashed(c->dict, key, n, h).alias == FREX_DICT_NONE;
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
  return tok_in(c, i, L_FUNCTION);
}

/* Capitalised words that are not names after a cue (le site Internet). */
static const char *const not_names[] = {
    "internet", "web", "etat", "etats", "gouvernement", "president", NULL};

/* Nouns before a product's name (l'application X): frex_org_platform_before */
static const char *const platforms[] = {
    "application", "appli",      "app",     "plateforme", "messagerie",
    "logiciel",    "navigateur", "service", NULL};

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
typedef struct suffix {
  const char *s;
  size_t len; /* strlen(s), spelled out: these lists are scanned often */
} suffix;
#define SUFFIX(s) {s, sizeof s - 1}
static const suffix adj_suffixes[] = {
    SUFFIX("ain"),   SUFFIX("aine"),  SUFFIX("ains"),   SUFFIX("aines"),
    SUFFIX("ais"),   SUFFIX("aise"),  SUFFIX("aises"),  SUFFIX("ois"),
    SUFFIX("oise"),  SUFFIX("oises"), SUFFIX("ien"),    SUFFIX("ienne"),
    SUFFIX("iens"),  SUFFIX("iennes"), SUFFIX("éen"),   SUFFIX("éenne"),
    SUFFIX("éens"),  SUFFIX("éennes"), SUFFIX("ique"),  SUFFIX("iques"),
    SUFFIX("al"),    SUFFIX("ale"),   SUFFIX("aux"),    SUFFIX("ales"),
    SUFFIX("el"),    SUFFIX("elle"),  SUFFIX("els"),    SUFFIX("elles"),
    SUFFIX("if"),    SUFFIX("ive"),   SUFFIX("ifs"),    SUFFIX("ives"),
    SUFFIX("aire"),  SUFFIX("aires"), SUFFIX("ère"),    SUFFIX("ères"),
    SUFFIX("ier"),   SUFFIX("ière"),  SUFFIX("iers"),   SUFFIX("ières"),
    SUFFIX("eur"),   SUFFIX("eure"),  SUFFIX("eurs"),   SUFFIX("eures"),
    SUFFIX("é"),     SUFFIX("ée"),    SUFFIX("és"),     SUFFIX("ées"),
    SUFFIX("ile"),   SUFFIX("iles"),  SUFFIX("ante"),   SUFFIX("antes"),
    SUFFIX("ême"),   {NULL, 0}};

/* A suffix list indexed by last byte: only the few suffixes ending like
 * the word are compared (the plain scan cost ~800 instructions a word). */
typedef struct suffix_set {
  const suffix *list;    /* {NULL, 0}-terminated, at most 64 */
  uint64_t by_last[256]; /* bit K: list[K] ends with that byte */
} suffix_set;

static void suffix_set_build(suffix_set *set) {
  for (size_t k = 0; set->list[k].s; k++) {
    if (k >= 64 || set->list[k].len < 2)
      abort(); /* a programming error: widen by_last, or see ends_with_any */
    const suffix *x = &set->list[k];
    set->by_last[(unsigned char)x->s[x->len - 1]] |= 1ull << k;
  }
}

/* S[0..n) ends with a suffix of SET leaving more than KEEP bytes before
 * it. */
static bool ends_with_any(const char *s, size_t n, const suffix_set *set,
                          size_t keep) {
  if (!n)
    return false;
  for (uint64_t m = set->by_last[(unsigned char)s[n - 1]]; m; m &= m - 1) {
    const suffix *x = &set->list[__builtin_ctzll(m)];
    /* every suffix has two bytes or more: the second-last byte settles
     * most (many end in e or s) without a memcmp call */
    if (x->len + keep < n && s[n - 2] == x->s[x->len - 2] &&
        memcmp(s + n - x->len, x->s, x->len) == 0)
      return true;
  }
  return false;
}
static suffix_set adj_set = {adj_suffixes, {0}};
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
  uint32_t lists = info(c, i, L_ADJ_WORD | L_FUNCTION)->lists;
  if ((lists & L_ADJ_WORD) || tok_text_is(c, i, "US"))
    return true;
  if (lists & L_FUNCTION)
    return false;
  /* the suffix test, once per token: adj_like is asked again and again */
  uint8_t *st = &c->keys->state[i];
  if (!(*st & F_ADJ_KNOWN)) {
    const frex_token *x = &c->tok[i];
    size_t n = x->end - x->start;
    *st |= F_ADJ_KNOWN;
    if (n >= 4 && ends_with_any(c->text + x->start, n, &adj_set, 0))
      *st |= F_ADJ_SUFFIX;
  }
  return *st & F_ADJ_SUFFIX;
}

static const suffix nat_suffixes[] = {
    SUFFIX("ain"),    SUFFIX("aine"),    SUFFIX("ains"),     SUFFIX("aines"),
    SUFFIX("ais"),    SUFFIX("aise"),    SUFFIX("aises"),    SUFFIX("ois"),
    SUFFIX("oise"),   SUFFIX("oises"),   SUFFIX("ien"),      SUFFIX("ienne"),
    SUFFIX("iens"),   SUFFIX("iennes"),  SUFFIX("éen"),      SUFFIX("éenne"),
    SUFFIX("éens"),   SUFFIX("éennes"),  SUFFIX("and"),      SUFFIX("ande"),
    SUFFIX("ands"),   SUFFIX("andes"),   SUFFIX("annique"),  SUFFIX("anniques"),
    SUFFIX("érique"), {NULL, 0}};
static suffix_set nat_set = {nat_suffixes, {0}};
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

bool frex_org_nationality(const org_ctx *c, size_t i) {
  if (!frex_org_tlower(c, i) || tok_in(c, i, L_NOT_NAT))
    return false;
  if (tok_in(c, i, L_ADJ_WORD))
    return true;
  const frex_token *t = &c->tok[i];
  return ends_with_any(c->text + t->start, t->end - t->start, &nat_set, 2);
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
  if (!participle || i + 1 >= c->n)
    return true;
  return !(tis(c, i + 1, ORG_W_DE) || tis(c, i + 1, ORG_W_D) ||
           tis(c, i + 1, ORG_W_PAR) || tis(c, i + 1, ORG_W_A));
}

/* ------------------------------------------------------------------ cues */

/* Skip back over up to two adjectives before token I; the index of the
 * token before them (or SIZE_MAX). */
static size_t skip_adjs_back(const org_ctx *c, size_t i) {
  size_t p = i;
  /* société, opérateur, quotidien look like adjectives: a cue stops */
  for (int k = 0; k < 2 && p > c->first + 1 && frex_org_joined(c, p) &&
                  lower_adj(c, p - 1) && !tok_in(c, p - 1, L_COMPANY_CUE) &&
                  !tis(c, p - 1, ORG_W_AGENCE);
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
  if (tis(c, p, ORG_W_PRESSE) || tis(c, p, ORG_W_NOTATION))
    d = p >= c->first + 3 ? p - 3 : p; /* [l'] agence de presse */
  if (d == p || !tok_in(c, d, L_DETERMINER))
    return 0;
  /* l'agence de presse X, l'agence de notation X: companies */
  if ((tis(c, p, ORG_W_PRESSE) ||
       tis(c, p, ORG_W_NOTATION)) &&
      p >= c->first + 2 && tis(c, p - 1, ORG_W_DE) &&
      tis(c, p - 2, ORG_W_AGENCE))
    return FREX_ENT_COMPANY;
  if (tok_in(c, p, L_COMPANY_CUE))
    return FREX_ENT_COMPANY;
  if (tis(c, p, ORG_W_AGENCE) || tis(c, p, ORG_W_REGULATEUR))
    return FREX_ENT_AGENCY;
  return 0;
}

bool frex_org_cue_before(const org_ctx *c, size_t i) {
  if (cue_type(c, i))
    return true;
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  size_t p = i - 1;
  if (tok_in(c, p, L_DETERMINER) && p > c->first && frex_org_joined(c, p))
    p--;
  if (tok_in(c, p, L_WEAK_CUE))
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

/* Bit N of legal_first[B] (legal_last[B]): some legal form is N bytes long
 * and starts (ends) with byte B; filled by word_table_build.  Most tokens
 * fail one of the two tests. */
static uint16_t legal_first[256], legal_last[256];

/* Token I (which exists) has the length and first and last bytes of some
 * legal form: the cheap part of frex_org_legal_form. */
static inline bool legal_shape(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  size_t n = t->end - t->start;
  return t->cls == FREX_TOK_WORD && n < 16 &&
         (legal_first[(unsigned char)c->text[t->start]] >> n & 1) &&
         (legal_last[(unsigned char)c->text[t->end - 1]] >> n & 1);
}

bool frex_org_legal_form(const org_ctx *c, size_t i) {
  if (i >= c->n || !legal_shape(c, i))
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

/* How far after I the loop of frex_org_rule_legal may find its legal form:
 * at most six name words, each after at most one connector or comma (a
 * connector is followed by a name word, a comma by a legal form that is a
 * name word or ends the loop), so I + 13; rounded up. */
#define LEGAL_REACH 16

/* Token J (ASCII lowercase, starting with d, o or a) may be a connector of
 * that loop (de, du, des, d', of, and): text with other bytes than ASCII
 * may have such a key too (dé, d’). */
static bool maybe_connector(const org_ctx *c, size_t j) {
  static const suffix conns[] = {SUFFIX("de"), SUFFIX("du"), SUFFIX("des"),
                                 SUFFIX("d'"), SUFFIX("of"), SUFFIX("and"),
                                 {NULL, 0}};
  const frex_token *t = &c->tok[j];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  size_t n = t->end - t->start;
  char low[4];
  if (n > 3) { /* only a non-ASCII spelling is so long */
    for (size_t k = 0; k < n; k++)
      if (s[k] >= 0x80)
        return true;
    return false;
  }
  for (size_t k = 0; k < n; k++) {
    if (s[k] >= 0x80)
      return true;
    low[k] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : (char)s[k];
  }
  for (const suffix *w = conns; w->s; w++)
    if (w->len == n && memcmp(w->s, low, n) == 0)
      return true;
  return false;
}

/* Might the loop of frex_org_rule_legal reach a legal form after I?  A
 * walk over the tokens it could pass, judged by their text alone: most
 * capitalised words have a plain lowercase word after them and are done
 * without a key.  (A cursor over every token of the document cost more.) */
static bool legal_ahead(const org_ctx *c, size_t i) {
  for (size_t j = i + 1; j < c->n && j <= i + LEGAL_REACH && frex_org_joined(c, j);
       j++) {
    if (legal_shape(c, j))
      return true;
    const frex_token *t = &c->tok[j];
    unsigned char b = (unsigned char)c->text[t->start];
    /* a name word (capitalised, or a number), "&", "," */
    if (t->cls == FREX_TOK_NUM || b >= 0x80 || (b >= 'A' && b <= 'Z') ||
        b == '&' || b == ',')
      continue;
    if ((b == 'd' || b == 'o' || b == 'a') && maybe_connector(c, j))
      continue;
    return false;
  }
  return false;
}

bool frex_org_rule_legal(const org_ctx *c, size_t i, org_span *s,
                         size_t *legal) {
  if (!frex_org_tcap(c, i) || !legal_ahead(c, i) ||
      frex_org_function_word(c, i) || frex_org_legal_form(c, i))
    return false; /* the common case: no legal form near */
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
    bool conn = tok_text_is(c, j, "&") || tis(c, j, ORG_W_DE) ||
                tis(c, j, ORG_W_DU) || tis(c, j, ORG_W_DES) ||
                tis(c, j, ORG_W_D) || tis(c, j, ORG_W_OF) ||
                tis(c, j, ORG_W_AND);
    if (conn && name_word(c, j + 1) && frex_org_joined(c, j + 1)) {
      j++;
      continue;
    }
    if (tok_text_is(c, j, ",") && frex_org_legal_form(c, j + 1) &&
        frex_org_joined(c, j + 1) && !tis(c, j + 1, ORG_W_SA) &&
        !tis(c, j + 1, ORG_W_SE)) {
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
  unsigned h = info(c, i, FACT_HEAD)->head;
  return h ? &heads[h - 1] : NULL;
}

/* The heads' first three key bytes, packed (see pack3), in a small hash
 * set filled by word_table_build. */
#define HEAD3_CAP 64
static uint32_t head3_set[HEAD3_CAP]; /* 0: empty */

static uint32_t pack3(const unsigned char h[3]) {
  return (uint32_t)h[0] << 16 | (uint32_t)h[1] << 8 | h[2];
}

static uint32_t *head3_slot(uint32_t v) {
  size_t i = (v * 2654435761u) >> 26; /* 6 bits: HEAD3_CAP */
  while (head3_set[i] && head3_set[i] != v)
    i = (i + 1) & (HEAD3_CAP - 1);
  return &head3_set[i];
}

bool frex_org_head_prefix(const unsigned char h[3]) {
  /* the heads' first letters: a, b, c, d, g, h, i, m, o, p, s, t */
  static const uint32_t firsts = 1u << 0 | 1u << 1 | 1u << 2 | 1u << 3 |
                                 1u << 6 | 1u << 7 | 1u << 8 | 1u << 12 |
                                 1u << 14 | 1u << 15 | 1u << 18 | 1u << 19;
  if (h[0] < 'a' || h[0] > 'z' || !(firsts >> (h[0] - 'a') & 1))
    return false;
  return *head3_slot(pack3(h)) != 0;
}

void frex_org_head_prefix_bits(uint8_t *set) {
  for (const body_head *x = heads; x->key; x++) {
    unsigned b = frex_dict_head_bit((const unsigned char *)x->key);
    set[b >> 3] |= (uint8_t)(1u << (b & 7));
  }
}

/* After a connector (de la, des, d', pour les...), the index of the content
 * word, or 0. *BARE is set when the connector is a bare "de"/"d'". */
static size_t connector(const org_ctx *c, size_t k, bool *bare) {
  *bare = false;
  if (!frex_org_joined(c, k))
    return 0;
  if (tis(c, k, ORG_W_DU) || tis(c, k, ORG_W_DES))
    return k + 1;
  bool pour = tis(c, k, ORG_W_POUR);
  if (tis(c, k, ORG_W_DE) || pour) {
    if (tis(c, k + 1, ORG_W_LA) || tis(c, k + 1, ORG_W_L) ||
        (pour &&
         (tis(c, k + 1, ORG_W_LE) ||
          tis(c, k + 1, ORG_W_LES))))
      return k + 2;
    *bare = !pour;
    return pour ? 0 : k + 1;
  }
  if (tis(c, k, ORG_W_D)) {
    *bare = true;
    return k + 1;
  }
  if ((tis(c, k, ORG_W_CHARGE) || tis(c, k, ORG_W_CHARGEE)) &&
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
  } else if (frex_org_tlower(c, m) && !tok_in(c, m, L_NOT_COMPLEMENT)) {
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
  if ((tis(c, i, ORG_W_HAUT) || tis(c, i, ORG_W_HAUTE) ||
       tis(c, i, ORG_W_GRAND) || tis(c, i, ORG_W_GRANDE)) &&
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
    if (groups && (tok_text_is(c, m, ",") || tis(c, m, ORG_W_ET)) &&
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

/* The keys of org_word, for word_table_build. */
static const char *const word_keys[ORG_W_COUNT] = {
    [ORG_W_A] = "a",
    [ORG_W_AGENCE] = "agence",
    [ORG_W_AND] = "and",
    [ORG_W_CHARGE] = "charge",
    [ORG_W_CHARGEE] = "chargee",
    [ORG_W_COMMA] = ",",
    [ORG_W_D] = "d'",
    [ORG_W_DE] = "de",
    [ORG_W_DES] = "des",
    [ORG_W_DU] = "du",
    [ORG_W_ET] = "et",
    [ORG_W_GRAND] = "grand",
    [ORG_W_GRANDE] = "grande",
    [ORG_W_HAUT] = "haut",
    [ORG_W_HAUTE] = "haute",
    [ORG_W_L] = "l'",
    [ORG_W_LA] = "la",
    [ORG_W_LE] = "le",
    [ORG_W_LES] = "les",
    [ORG_W_MOTEUR] = "moteur",
    [ORG_W_NOTATION] = "notation",
    [ORG_W_OF] = "of",
    [ORG_W_OU] = "ou",
    [ORG_W_PAR] = "par",
    [ORG_W_POUR] = "pour",
    [ORG_W_PRESSE] = "presse",
    [ORG_W_RECHERCHE] = "recherche",
    [ORG_W_REGULATEUR] = "regulateur",
    [ORG_W_RESEAU] = "reseau",
    [ORG_W_SA] = "sa",
    [ORG_W_SE] = "se",
    [ORG_W_SOCIAL] = "social",
    [ORG_W_SUR] = "sur",
    [ORG_W_THE] = "the",
};

static size_t word_table_used;

/* Record that KEY is in LISTS, is rule word WORD, or head HEAD (0: not). */
static void word_add(const char *key, uint32_t lists, uint8_t word,
                     uint8_t head) {
  size_t n = strlen(key);
  uint32_t h = frex_dict_hash(frex_hash_bytes(key, n));
  word_entry *e = word_slot(key, n, h);
  if (!e->key) {
    if (++word_table_used * 2 > WORD_TABLE_CAP)
      abort(); /* a programming error: raise WORD_TABLE_CAP */
    *e = (word_entry){key, h, (uint32_t)n, 0, ORG_W_NONE, 0};
    if (n > word_max_len)
      word_max_len = n;
  }
  e->lists |= lists;
  if (word)
    e->word = word;
  if (head)
    e->head = head;
  first_facts[(unsigned char)key[0]] |=
      lists | (word ? FACT_WORD(word) : 0) | (head ? FACT_HEAD : 0);
}

static void word_table_build(void) {
  for (int b = 0x21; b < 0x80; b++)
    frex_org_ascii_key[b] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
  static const struct {
    const char *const *words;
    uint32_t bit;
  } lists[] = {{function_words, L_FUNCTION},
               {not_names, L_NOT_NAME},
               {company_cues, L_COMPANY_CUE},
               {weak_cues, L_WEAK_CUE},
               {determiners, L_DETERMINER},
               {adj_words, L_ADJ_WORD},
               {not_complements, L_NOT_COMPLEMENT},
               {en_heads, L_EN_HEAD},
               {en_links, L_EN_LINK},
               {not_nat, L_NOT_NAT},
               {platforms, L_PLATFORM}};
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
    for (const char *const *w = lists[l].words; *w; w++)
      word_add(*w, lists[l].bit, ORG_W_NONE, 0);
  for (int w = ORG_W_NONE + 1; w < ORG_W_COUNT; w++)
    word_add(word_keys[w], 0, (uint8_t)w, 0);
  for (size_t h = 0; heads[h].key; h++) {
    word_add(heads[h].key, 0, ORG_W_NONE, (uint8_t)(h + 1));
    *head3_slot(pack3((const unsigned char *)heads[h].key)) =
        pack3((const unsigned char *)heads[h].key);
  }
  suffix_set_build(&adj_set);
  suffix_set_build(&nat_set);
  for (const char *const *l = legal_forms; *l; l++) {
    size_t n = strlen(*l);
    if (n >= 16)
      abort(); /* a programming error: widen legal_first */
    legal_first[(unsigned char)(*l)[0]] |= (uint16_t)(1u << n);
    legal_last[(unsigned char)(*l)[n - 1]] |= (uint16_t)(1u << n);
  }
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
      if (head == SIZE_MAX && tok_in(c, k, L_EN_HEAD) &&
          (k > i || tis(c, k + 1, ORG_W_OF)))
        head = k;
      if (head != SIZE_MAX && (k == head || in_complement))
        end = k + 1;
      k++;
    } else if (tok_in(c, k, L_EN_LINK) && frex_org_joined(c, k + 1) &&
               (frex_org_tcap(c, k + 1) || tis(c, k + 1, ORG_W_THE))) {
      /* "of" after the head opens its complement: Court of Federal Claims */
      if (head != SIZE_MAX && !tis(c, k, ORG_W_THE) &&
          !tis(c, k, ORG_W_AND) && !tok_text_is(c, k, "&"))
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
      tok_in(c, i, L_NOT_NAME) || c->tok[i].end - c->tok[i].start < 2)
    return false; /* le groupe B: a letter is not a name */
  frex_entity_type t = cue_type(c, i);
  if (!t)
    return false;
  size_t k = i + 1;
  while (k < c->n && k - i < 4 && frex_org_joined(c, k) && name_word(c, k) &&
         !tok_in(c, k, L_NOT_NAME))
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
  if (i <= c->first || !frex_org_joined(c, i))
    return false;
  if (tis(c, i - 1, ORG_W_SUR))
    return true;
  if (tok_in(c, i - 1, L_PLATFORM) && frex_org_tlower(c, i - 1))
    return true;
  /* le réseau social X, le moteur de recherche X */
  return (tis(c, i - 1, ORG_W_SOCIAL) &&
          tis(c, i - 2, ORG_W_RESEAU)) ||
         (tis(c, i - 1, ORG_W_RECHERCHE) &&
          tis(c, i - 3, ORG_W_MOTEUR));
}
