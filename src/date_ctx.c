/*
 * date_ctx.c — the tense of the clause a date is in (SPEC "Future
 * context"): a date without a year, a weekday, "d'ici le 30 juin" resolve
 * forward when their clause speaks of the future ("se tiendra le 12 juin",
 * "annoncera jeudi", "aura lieu", "doit rendre", "va annoncer", "prévu
 * le", "d'ici", "à partir du").
 *
 * The clause is the part of the sentence between two of . ! ? ; and a
 * line break, cut again at "que"/"qu'" (the date of "a annoncé jeudi qu'il
 * viendra" is in the main clause).  The nearest tense cue to the date
 * decides, first within its comma-delimited segment, then within the
 * clause: a future cue (simple future, aller/devoir + infinitive, prévu,
 * d'ici, à partir de) or a past one (avoir/être + participle, imperfect).
 * Cues are read on the word itself, without a lexicon of verbs: the simple
 * future is a lowercase word ending in -ra, -ront, -rai, -rez after one of
 * the letters its stems end in (parlera, finira, conclura, pourra,
 * viendra, devra, mettra), minus a few nouns (opéra is not one: its
 * accented é is not a future's e).
 *
 * Some cues set the date of an event without saying on which side of the
 * DCT it lies (README "DATE decisions"): a programme in the present ("le
 * tournoi se déroule du 20 au 26 mai", "les soldes débutent le 26
 * juin"), a date fixed, postponed or called ("l'audience a été renvoyée
 * au 12 mai", "a fixé la date du scrutin au 9 juin", "a convoqué les
 * syndicats le 20 mars", "a appelé à une grève le 28 mars", "un préavis
 * pour le 21 mars", "initialement prévu en février"): such a date is the
 * nearer of the past and the coming one (FREX_TENSE_NEAREST), never a
 * year away when a few weeks would do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_impl.h"

/* Text read on each side of a date, and the least kept around it. */
#define CTX_SPAN 320
#define CTX_MARGIN 120
#define MAX_WORDS 160
#define CUE_REACH 12 /* words: a cue further from the date says nothing */

typedef struct {
  size_t s, e;      /* the word in the text */
  char w[24];       /* lowercase (ASCII and Latin-1 capitals lowered) */
  int seg, clause;  /* segment and clause numbers */
  int sent;         /* sentence number */
  bool name;        /* capitalised inside its sentence: a name, not a verb */
  uint32_t h;       /* word_hash(w), computed once for the many in_h() */
} cword;

/* strcmp(A, B) == 0, the first bytes compared before the call: with a
 * document date the tense cues test every word near a date against many
 * words and lists, and most differ at the first byte (BENCH.md round
 * 17b: strcmp was 31% of `extract --types DATE --dct`). */
static inline bool eq(const char *a, const char *b) {
  return a[0] == b[0] && strcmp(a, b) == 0;
}

/* strncmp(W, LIT, strlen(LIT)) == 0 for a string literal LIT, its first
 * byte compared before the call: cue() asks four of these of every word
 * (1 M of strncmp on the slice with --dct, BENCH.md round 18b) */
#define HAS_PREFIX(w, lit) \
  ((w)[0] == (lit)[0] && strncmp((w), (lit), sizeof(lit) - 1) == 0)

static bool ends_with(const char *w, const char *suf) {
  size_t n = strlen(w), k = strlen(suf);
  return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* "à" or "À" (words are lowered on ASCII letters only) */
static bool is_a(const char *w) {
  return eq(w, "\xc3\xa0") || eq(w, "\xc3\x80");
}

static bool scan_list(const char *w, const char *const *list) {
  for (; *list; list++)
    if (eq(w, *list))
      return true;
  return false;
}

/* Is W one of LIST, a static array (its address keys a filter)?  With a
 * document date the tense cues ask dozens of lists, some of 90 words, of
 * every word near a date (BENCH.md round 17b).  Each list longer than
 * LIST_SHORT gets, when first asked, a 1024-bit Bloom filter of its words
 * (two bits a word, from a hash of the first four bytes): most words not
 * in it are told by one hash, and a word that passes is looked for as
 * before, so the answer is that of the plain scan.  Filters are built lock-free: a thread that finds
 * one being built by another, or no free slot, scans the list. */
#define LIST_SLOTS 512 /* for ~130 lists: few share a first slot */
#define LIST_SHORT 3 /* scanning this many words is cheaper than hashing */

struct list_filter {
  int state; /* 0 free, 1 being built, 2 ready: atomic */
  int n;     /* words in the list */
  const char *const *list;
  uint64_t bits[16];
};
static struct list_filter list_filters[LIST_SLOTS];

/* a hash of W's first four bytes: cheaper than the whole word, and as
 * telling for lists of a few dozen words */
static uint32_t word_hash(const char *w) {
  uint32_t h = (unsigned char)w[0];
  if (w[0]) {
    h |= (uint32_t)(unsigned char)w[1] << 8;
    if (w[1]) {
      h |= (uint32_t)(unsigned char)w[2] << 16;
      if (w[2])
        h |= (uint32_t)(unsigned char)w[3] << 24;
    }
  }
  return h * 2654435761u;
}

static inline bool bloom_has(const uint64_t *bits, uint32_t h) {
  unsigned a = h >> 22, b = (h >> 12) & 1023;
  return (bits[a >> 6] >> (a & 63) & 1) && (bits[b >> 6] >> (b & 63) & 1);
}

static size_t list_slot(const char *const *list) {
  return (size_t)(((uint64_t)(uintptr_t)list >> 3) *
                      UINT64_C(0x9E3779B97F4A7C15) >> 55);
}

/* in() when LIST's filter is not in its first slot: find it, or build it */
__attribute__((noinline)) static bool in_slow(const char *w,
                                              const char *const *list) {
  size_t i = list_slot(list);
  for (int probe = 0; probe < 16; probe++, i = (i + 1) % LIST_SLOTS) {
    struct list_filter *f = &list_filters[i];
    int st = __atomic_load_n(&f->state, __ATOMIC_ACQUIRE);
    if (st == 0) {
      if (!__atomic_compare_exchange_n(&f->state, &st, 1, false,
                                       __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        break; /* another thread took the slot */
      f->list = list;
      for (const char *const *p = list; *p; p++, f->n++) {
        uint32_t h = word_hash(*p);
        unsigned a = h >> 22, b = (h >> 12) & 1023;
        f->bits[a >> 6] |= UINT64_C(1) << (a & 63);
        f->bits[b >> 6] |= UINT64_C(1) << (b & 63);
      }
      __atomic_store_n(&f->state, 2, __ATOMIC_RELEASE);
      st = 2;
    }
    if (st != 2)
      break;
    if (f->list != list)
      continue;
    if (f->n <= LIST_SHORT)
      break;
    return bloom_has(f->bits, word_hash(w)) && scan_list(w, list);
  }
  return scan_list(w, list);
}

/* in(W, LIST) for W whose word_hash H is known: a word of the window
 * (cword.h), asked against a dozen lists or more (BENCH.md round 18b) */
static bool in_h(const char *w, uint32_t h, const char *const *list) {
  const struct list_filter *f = &list_filters[list_slot(list)];
  if (__atomic_load_n(&f->state, __ATOMIC_ACQUIRE) != 2 || f->list != list)
    return in_slow(w, list);
  if (f->n > LIST_SHORT && !bloom_has(f->bits, h))
    return false;
  return scan_list(w, list);
}

static bool in(const char *w, const char *const *list) {
  const struct list_filter *f = &list_filters[list_slot(list)];
  if (__atomic_load_n(&f->state, __ATOMIC_ACQUIRE) != 2 || f->list != list)
    return in_slow(w, list);
  if (f->n > LIST_SHORT && !bloom_has(f->bits, word_hash(w)))
    return false;
  return scan_list(w, list);
}

/* Does W start with a letter, maybe accented ("évoluera", "élira": the
 * words are lowered, capitals' accents too)? */
static bool lower_initial(const char *w) {
  unsigned char c = (unsigned char)w[0];
  return (c >= 'a' && c <= 'z') ||
         (c == 0xC3 && (unsigned char)w[1] >= 0xA0 &&
          (unsigned char)w[1] <= 0xBF);
}

/* A simple future: "annoncera", "se tiendront", "aurai", "viendrez". */
static bool simple_future(const char *w) {
  static const char *const nouns[] = {
      "vrai",   "minerai", "opera",  "era",     "sierra", "terra",  "contra",
      "extra",  "ultra",   "mantra", "tantra",  "hydra",  "riviera", "chimera",
      "caldera", "lira",   "dura",   "procura", "cobra",  "zebra",  "libra",
      "tiara",  "mascara", "agora",  "supra",   "infra",  "chakra", "front",
      "affront", "rez",    "aurai",  NULL};
  static const char *const short_forms[] = {"ira", "irai", "iront", "irez",
                                            NULL};
  if (in(w, short_forms))
    return true;
  size_t n = strlen(w);
  if (n < 4 || !lower_initial(w) || in(w, nouns))
    return false;
  size_t k = ends_with(w, "ront") ? 4 : ends_with(w, "rai") ? 3
             : ends_with(w, "rez") ? 3 : ends_with(w, "ra") ? 2 : 0;
  if (!k || n < k + 2)
    return false;
  char before = w[n - k - 1]; /* the letter before the r */
  if (before == 't') /* mettra, battra; comparaîtra, connaitra, croîtra;
                        not extra */
    return w[n - k - 2] == 't' ||
           (w[n - k - 2] == 'i' && n >= k + 4 &&
            (w[n - k - 3] == 'a' || w[n - k - 3] == 'o')) ||
           (n >= k + 5 && (unsigned char)w[n - k - 3] == 0xC3 &&
            (unsigned char)w[n - k - 2] == 0xAE);
  if (before == 'c') /* vaincra, convaincra */
    return n >= k + 4 && w[n - k - 2] == 'n' && w[n - k - 3] == 'i';
  return strchr("eiurdv", before) != NULL && before != 0;
}

/* snprintf(DST, 24, "%s", W) without a printf (about 570 instructions a
 * call, 6 M on the 5 MB slice with --dct): W cut to 23 bytes. */
static void copy24(char dst[24], const char *w) {
  size_t k = strnlen(w, 23);
  memcpy(dst, w, k);
  dst[k] = 0;
}

/* The stem of participle W in STEM, its endings taken off: "venues" ->
 * "venu", "arrivée" -> "arriv", "revalorisés" -> "revaloris". */
static void participle_stem(const char *w, char stem[24]) {
  copy24(stem, w);
  size_t k = strlen(stem);
  if (k && stem[k - 1] == 's')
    stem[--k] = 0;
  if (k && stem[k - 1] == 'e')
    stem[--k] = 0;
  if (k >= 2 && (unsigned char)stem[k - 2] == 0xC3 &&
      (unsigned char)stem[k - 1] == 0xA9)
    stem[k -= 2] = 0;
}

static bool infinitive(const char *w) {
  /* words of a date and function words that end alike ("a promis en
   * octobre une baisse": no infinitive after "promis") */
  static const char *const not_verbs[] = {
      "septembre", "octobre", "novembre", "d\xc3\xa9" "cembre", "hier",
      "premier", "dernier", "entre", "contre", "notre", "votre", "autre",
      "soir", "hiver", NULL};
  return strlen(w) >= 4 &&
         (ends_with(w, "er") || ends_with(w, "ir") || ends_with(w, "re") ||
          ends_with(w, "oir")) &&
         !in(w, not_verbs);
}

static bool participle(const char *w) {
  /* the suffixes with their lengths: strlen of each was 2.6 M on the
   * slice with --dct (BENCH.md round 18b) */
#define SUF(x) {x, sizeof x - 1}
  static const struct {
    const char *s;
    size_t k;
  } sufs[] = {SUF("\xc3\xa9"), SUF("\xc3\xa9s"), SUF("\xc3\xa9" "e"),
              SUF("\xc3\xa9" "es"), SUF("i"), SUF("is"), SUF("it"), SUF("u"),
              SUF("us"), SUF("ue"), SUF("ues"), SUF("ert"), SUF("erte"),
              SUF("int"), SUF("ait"), SUF("ite")};
#undef SUF
  size_t n = strlen(w);
  if (n < 3)
    return false;
  /* every suffix ends in one of these bytes: others cannot match */
  char last = w[n - 1];
  if (last != '\xa9' && last != 's' && last != 'e' && last != 'i' &&
      last != 't' && last != 'u')
    return false;
  /* ends_with, the last byte compared first */
  for (size_t p = 0; p < sizeof sufs / sizeof *sufs; p++) {
    size_t k = sufs[p].k;
    if (n >= k && last == sufs[p].s[k - 1] &&
        memcmp(w + n - k, sufs[p].s, k) == 0)
      return true;
  }
  return false;
}

/* Participles too short for participle(): "le groupe a vu son résultat
 * reculer", "n'a pu", "a dû". */
static const char *const short_pp[] = {
    "vu", "vue", "vus", "vues", "pu", "d\xc3\xbb", "su", "lu", "bu", NULL};

/* Is W the participle of a verb whose passé composé takes être (movement
 * and state: "arrivé", "partis", "venue", "morts", "né")? */
static bool etre_verb(const char *w) {
  static const char *const stems[] = {
      "all", "arriv", "part", "repart", "mort", "n", "tomb", "retomb",
      "rest", "demeur", "entr", "rentr", "sort", "ressort", "mont",
      "remont", "descend", "redescend", "retourn", "pass", "repass",
      "d\xc3\xa9" "c\xc3\xa9" "d", "\xc3\xa9" "chapp", "accour", "apparu",
      "disparu", "intervenu", "survenu", "venu", "devenu", "revenu",
      "parvenu", "redevenu", "advenu", "provenu", "convenu", NULL};
  char stem[24];
  participle_stem(w, stem);
  /* "descendu", "parti": the stem and its vowel; "venu" is listed whole */
  for (const char *const *p = stems; *p; p++) {
    size_t n = strlen(*p);
    if (strncmp(stem, *p, n) == 0 &&
        (stem[n] == 0 || eq(stem + n, "i") ||
         eq(stem + n, "u")))
      return true;
  }
  return false;
}

/* Words between an auxiliary and its verb. */
static const char *const between[] = {
    "se", "s", "le", "la", "les", "l", "lui", "leur", "y", "en", "ne", "n",
    "pas", "me", "m", "te", "t", "nous", "vous", "bien", "aussi", "donc",
    "enfin", "encore", "notamment", "d\xc3\xa9j\xc3\xa0", "toujours",
    "denouveau", /* "de nouveau", "à nouveau" (read_window) */
    "parailleurs", /* "par ailleurs", "d'ailleurs" (read_window) */
    "outre",       /* "en outre" */
    "jamais", "plus", "alors", "ensuite", "finalement", "officiellement",
    "r\xc3\xa9" "cemment", "bient\xc3\xb4t", "prochainement", "probablement",
    "certainement", "\xc3\xa9galement", "d\xc3\xa9sormais", "ainsi",
    "beaucoup", "peu", "tant", "trop", "souvent", "longtemps", "mal", "tout",
    "largement", "fortement", "nettement", "vivement", "rapidement",
    "pourtant", "cependant", "toutefois", "n\xc3\xa9" "anmoins",
    "m\xc3\xaame", "aussit\xc3\xb4t", "imm\xc3\xa9" "diatement",
    "publiquement", "clairement", "formellement", "seulement", "simplement",
    "vraiment", "discr\xc3\xa8tement", "massivement", "unanimement",
    /* the subject of an inversion: "a-t-on appris mardi", "va-t-il" */
    "il", "elle", "on", "ils", "elles", NULL};

/* The first verb-like word after word I (auxiliaries' complements). */
static const cword *after_aux(const cword *v, int n, int i) {
  for (int k = i + 1; k < n && k <= i + 4; k++) {
    if (v[k].seg != v[i].seg)
      return NULL;
    if (!in_h(v[k].w, v[k].h, between))
      return &v[k];
  }
  return NULL;
}

/* The verb after a short incise between commas that cuts an auxiliary
 * from its infinitive: "La Cour doit, elle, rendre le 15 janvier son
 * arrêt", "va, selon lui, annoncer" (at most three words, and the
 * incise's segment only). */
static const cword *after_incise(const cword *v, int n, int i) {
  int k = i + 1;
  if (k >= n || v[k].seg != v[i].seg + 1)
    return NULL;
  int seg = v[k].seg, m = 0;
  while (k < n && v[k].seg == seg && m <= 3)
    k++, m++;
  if (m > 3 || k >= n || v[k].seg != seg + 1 || v[k].sent != v[i].sent)
    return NULL;
  return &v[k];
}

/* A conditional that speaks of what is to come ("il a annoncé qu'il
 * partirait le 15 avril", "le texte pourrait être voté mardi"): -erait,
 * -irait from the infinitive (parlerait, partirait), and the irregular
 * stems.  Not serait/aurait (with a participle, reported past: "il
 * aurait démissionné lundi"), nor the imperfects of -rer verbs, which end
 * alike (déclarait, tirait, admirait: their stems are listed). */
static bool conditional(const char *w) {
  static const char *const irregular[] = {
      "pourrait", "pourraient", "viendrait", "viendraient", "prendrait",
      "prendraient", "mettrait", "mettraient", "irait", "iraient", "verrait",
      "verraient", "tiendrait", "tiendraient", "faudrait", "voudrait",
      "voudraient", "rendrait", "rendraient", "saurait", "sauraient", NULL};
  static const char *const irer_stems[] = {
      "tir", "retir", "attir", "admir", "inspir", "aspir", "expir", "soupir",
      "transpir", "conspir", "respir", "empir", "d\xc3\xa9lir", "vir",
      "chavir", "d\xc3\xa9sir", "\xc3\xa9tir", "soutir",
      "\xc3\xa9" "clair", NULL};
  if (in(w, irregular))
    return true;
  /* the -dre and -ttre verbs and their compounds: reprendrait,
   * attendrait, répondrait, obtiendrait, reviendrait, perdrait,
   * permettrait, combattrait (not the imperfect of engendrer) */
  if ((ends_with(w, "ndrait") || ends_with(w, "ndraient") ||
       ends_with(w, "rdrait") || ends_with(w, "rdraient") ||
       ends_with(w, "ttrait") || ends_with(w, "ttraient")) &&
      strlen(w) >= 8 && lower_initial(w) && strstr(w, "engendr") == NULL)
    return true;
  size_t n = strlen(w), k = ends_with(w, "raient") ? 5
                           : ends_with(w, "rait")  ? 3
                                                   : 0;
  if (!k || n < k + 4 || !lower_initial(w))
    return false;
  char stem[24];
  memcpy(stem, w, n - k);
  stem[n - k] = 0; /* the infinitive, for a conditional: parler, partir */
  if (ends_with(stem, "er"))
    return !eq(stem, "ser"); /* serait */
  return ends_with(stem, "ir") && !in(stem, irer_stems);
}

/* "serait voté", "seraient livrés": the conditional of a passive speaks
 * of what is to come ("il a assuré que le texte serait voté en avril"),
 * where that of a verb conjugated with être reports a past ("il serait
 * parti lundi", "il se serait rendu mardi"), as "aurait" + participle
 * does ("aurait lieu" is to come: "le sommet aurait lieu en juin"). */
static bool passive_conditional(const cword *v, int n, int i) {
  static const char *const etre_verbs[] = {
      "all", "venu", "revenu", "devenu", "parvenu", "intervenu", "survenu",
      "parti", "reparti", "arriv", "entr", "rentr", "sorti", "mont",
      "descendu", "n", "mort", "d\xc3\xa9" "c\xc3\xa9" "d", "tomb",
      "rest", "retourn", "pass", "apparu", "demeur", "d\xc3\xa9" "ced",
      NULL};
  const char *w = v[i].w;
  bool serait = eq(w, "serait") || eq(w, "seraient");
  bool aurait = eq(w, "aurait") || eq(w, "auraient");
  if (!serait && !aurait)
    return false;
  if (i > 0 && (eq(v[i - 1].w, "se") || eq(v[i - 1].w, "s")))
    return false; /* "se serait rendu" */
  const cword *x = after_aux(v, n, i);
  if (!x)
    return false;
  if (aurait)
    return eq(x->w, "lieu");
  if (!participle(x->w))
    return false;
  char stem[24];
  participle_stem(x->w, stem);
  return !in(stem, etre_verbs);
}

/* Verbs of intent before an infinitive (maybe after à or de): "compte
 * lever des fonds en mai", "s'apprête à annoncer vendredi", "a promis de
 * rembourser avant le 31 mai". */
static bool intent_verb(const char *w) {
  static const char *const words[] = {
      "compte", "comptent", "appr\xc3\xaate", "appr\xc3\xaatent", "entend",
      "entendent", "veut", "veulent", "souhaite", "souhaitent",
      "esp\xc3\xa8re", "esp\xc3\xa8rent", "projette", "projettent",
      "promet", "promettent", "promis", "promise", "engage", "engagent",
      "engag\xc3\xa9", "engag\xc3\xa9" "e", "engag\xc3\xa9s",
      "engag\xc3\xa9" "es", "intention", "ambition", "ambitionne",
      "ambitionnent", "vise", "visent", "menace", "menacent",
      "cens\xc3\xa9", "cens\xc3\xa9" "e", "cens\xc3\xa9s",
      "cens\xc3\xa9" "es", NULL};
  return in(w, words);
}

/* Is there a passé composé with avoir before word I in its clause ("la
 * commune a vu sa dotation réduite en janvier", "ont obtenu leur prime
 * versée en mars")?  A participle after its noun there is the object's
 * attribute in a past, no headline of a change. */
static bool avoir_past_before(const cword *v, int i) {
  static const char *const avoir[] = {"a", "ont", "avait", "avaient", "ai",
                                      "avons", "avez", NULL};
  for (int k = i - 1; k >= 0 && v[k].clause == v[i].clause; k--) {
    if (!in_h(v[k].w, v[k].h, avoir))
      continue;
    for (int x = k + 1; x < i && x <= k + 4 && v[x].seg == v[k].seg; x++) {
      if (in_h(v[x].w, v[x].h, between))
        continue;
      if (participle(v[x].w) || in_h(v[x].w, v[x].h, short_pp))
        return true;
      break;
    }
  }
  return false;
}

/* A date set for later, when "au" or "à" follows the participle: "le
 * scrutin est fixé au 7 juillet", "le vote a été reporté au 12 mars" (not
 * "il a fixé le 3 mars les règles", "reporté le 3 mars"). */
static bool set_for(const cword *v, int n, int i) {
  static const char *const words[] = {
      "fix\xc3\xa9", "fix\xc3\xa9" "e", "fix\xc3\xa9s", "fix\xc3\xa9" "es",
      "report\xc3\xa9", "report\xc3\xa9" "e", "report\xc3\xa9s",
      "report\xc3\xa9" "es", "repouss\xc3\xa9", "repouss\xc3\xa9" "e",
      "repouss\xc3\xa9s", "repouss\xc3\xa9" "es", "d\xc3\xa9" "cal\xc3\xa9",
      "d\xc3\xa9" "cal\xc3\xa9" "e", "d\xc3\xa9" "cal\xc3\xa9s",
      "d\xc3\xa9" "cal\xc3\xa9" "es", "ajourn\xc3\xa9", "ajourn\xc3\xa9" "e",
      "renvoy\xc3\xa9", "renvoy\xc3\xa9" "e", "renvoy\xc3\xa9s",
      "renvoy\xc3\xa9" "es", "avanc\xc3\xa9", "avanc\xc3\xa9" "e",
      "avanc\xc3\xa9s", "avanc\xc3\xa9" "es",
      /* "le jugement est mis en délibéré au 15 janvier" */
      "d\xc3\xa9lib\xc3\xa9r\xc3\xa9", NULL};
  if (!in_h(v[i].w, v[i].h, words) || i + 1 >= n || v[i + 1].seg != v[i].seg)
    return false;
  return eq(v[i + 1].w, "au") || is_a(v[i + 1].w);
}

/* Determiners of a noun. */
static const char *const determiners[] = {
    "un", "une", "le", "la", "les", "l", "des", "du", "sa", "son", "ses",
    "ma", "mon", "mes", "ta", "ton", "tes", "notre", "nos", "votre", "vos",
    "leur", "leurs", "ce", "cet", "cette", "ces", "quel", "quelle", NULL};

/* A verb of expectation with a noun for object looks ahead as a verb of
 * intent before an infinitive does: "l'entreprise vise une rentabilité au
 * second semestre", "espère une reprise au troisième trimestre", "table
 * sur un retour à l'équilibre en juin", "anticipe une baisse en mai". */
static bool expects(const cword *v, int n, int i) {
  static const char *const words[] = {
      "vise", "visent", "esp\xc3\xa8re", "esp\xc3\xa8rent", "anticipe",
      "anticipent", "escompte", "escomptent", "promet", "promettent",
      "promis", NULL};
  static const char *const on[] = {"table", "tablent", "mise", "misent",
                                   "compte", "comptent", "parie", "parient",
                                   NULL};

  static const char *const at[] = {"attend", "attendent", NULL};
  /* a noun before "mise", "compte" ("la mise sur le marché") */
  static const char *const noun_dets[] = {"la", "une", "sa", "cette", "le",
                                          "un", "son", "de", "d", "l", NULL};
  if (i + 1 >= n || v[i + 1].seg != v[i].seg)
    return false;
  const char *x = v[i + 1].w;
  /* "les marchés attendent désormais la réunion de la Fed des 16 et 17
   * décembre": an adverb before the object */
  static const char *const adverbs[] = {
      "d\xc3\xa9sormais", "toujours", "encore", "maintenant",
      "d\xc3\xa9j\xc3\xa0", "surtout", "notamment", "aussi",
      "\xc3\xa9galement", NULL};
  if (in(x, adverbs) && i + 2 < n && v[i + 2].seg == v[i].seg)
    x = v[i + 2].w;
  if (in_h(v[i].w, v[i].h, words)) /* the object's determiner right after the verb
                            ("a promis une baisse des impôts en octobre";
                            not "a promis en octobre une ...") */
    return in(x, determiners);
  if (i > 0 && in_h(v[i - 1].w, v[i - 1].h, noun_dets))
    return false;
  if (in_h(v[i].w, v[i].h, on))
    return eq(x, "sur");
  /* "s'attend à une baisse en avril", "attend une décision en mars" */
  return in_h(v[i].w, v[i].h, at) &&
         ((i > 0 && eq(v[i - 1].w, "s") && is_a(x)) ||
          in(x, determiners));
}

/* The noun of a bet before what it bets on: "les marchés renforcent
 * leurs paris sur une baisse des taux de la Fed le 16 décembre" is the
 * nearer date (no verb says when; "a fait des paris sur la météo du 2
 * novembre" is the past one).  Not the city, a name. */
static bool bet_noun(const cword *v, int n, int i) {
  static const char *const bets[] = {"pari", "paris", NULL};
  return in(v[i].w, bets) && !v[i].name && i > 0 &&
         in(v[i - 1].w, determiners) && i + 1 < n &&
         v[i + 1].seg == v[i].seg && eq(v[i + 1].w, "sur");
}

/* Is word I an infinitive a commitment governs ("a accepté mardi de payer
 * le lait 470 euros au premier trimestre", "s'est engagé à embaucher",
 * "ont promis de rembourser", "sont convenus de se revoir")?  What one
 * commits to comes after the commitment, so the date it carries is ahead
 * of a past main verb (a decision is not: "a décidé de fermer l'usine en
 * juin" may tell what was done). */
static bool committed_to(const cword *v, int n, int i) {
  static const char *const commits[] = {
      "accept\xc3\xa9", "accept\xc3\xa9" "e", "accept\xc3\xa9s",
      "accept\xc3\xa9" "es", "accepte", "acceptent", "promis", "promise",
      "promet", "promettent", "engag\xc3\xa9", "engag\xc3\xa9" "e",
      "engag\xc3\xa9s", "engag\xc3\xa9" "es", "engage", "engagent",
      "convenu", "convenus", "convenue", "convenues", NULL};
  (void)n;
  const char *w = v[i].w;
  size_t len = strlen(w);
  if (len < 4 || i < 2 || v[i - 1].seg != v[i].seg)
    return false;
  int p = i - 1; /* "de se revoir", "à s'entendre" */
  if ((eq(v[p].w, "se") || eq(v[p].w, "s")) && p > 1)
    p--;
  if (!(eq(v[p].w, "de") || eq(v[p].w, "d") ||
        is_a(v[p].w)))
    return false;
  const char *e = w + len - 2;
  if (!(eq(e, "er") || eq(e, "ir") || eq(e, "re")))
    return false;
  /* the commitment right before, or one word before it ("accepté mardi
   * de", "engagé lundi à") */
  for (int j = p - 1; j >= 0 && j >= p - 2; j--) {
    if (v[j].seg != v[i].seg)
      return false;
    if (in_h(v[j].w, v[j].h, commits))
      return true;
  }
  return false;
}

/* Is word I after A or B ("prend fin", "prennent effet")? */
static bool after_either(const cword *v, int i, const char *a, const char *b) {
  return i > 0 && (eq(v[i - 1].w, a) || eq(v[i - 1].w, b));
}

/* Is word I after "entre en" or "entrent en" ("entre en vigueur")? */
static bool after_entre_en(const cword *v, int i) {
  return i > 1 && eq(v[i - 1].w, "en") &&
         after_either(v, i - 1, "entre", "entrent");
}

/* Words before "continue" that make it no verb ("la formation
 * continue", "une ligne continue"). */
static const char *const noun_before_goes_on[] = {
    "formation", "ligne", "basse", "bande", "surveillance", "en", "la",
    "une", "de", "d", "l", NULL};

/* Word I sets the date of an event on either side of the DCT (see the
 * header): FREX_TENSE_SCHEDULE for a present of a programme or a call,
 * FREX_TENSE_NEAREST for a past act of scheduling, else 0. */
static int schedule_cue(const cword *v, int n, int i) {
  static const char *const present[] = {
      "d\xc3\xa9roule", "d\xc3\xa9roulent", "tient", "tiennent",
      "d\xc3\xa9" "bute", "d\xc3\xa9" "butent", "commence", "commencent",
      "ouvre", "ouvrent", "ach\xc3\xa8ve", "ach\xc3\xa8vent", "termine",
      "terminent", "d\xc3\xa9marre", "d\xc3\xa9marrent", "reprend",
      "reprennent", "expire", "expirent", "cl\xc3\xb4ture", "cl\xc3\xb4turent",
      "r\xc3\xa9unit", "r\xc3\xa9unissent", "rencontre", "rencontrent",
      "affronte", "affrontent", "re\xc3\xa7oit", "re\xc3\xa7oivent",
      /* "le maire inaugure la médiathèque samedi", "le Tour s'élance
       * samedi de Lille" */
      "inaugure", "inaugurent", "\xc3\xa9lance", "\xc3\xa9lancent",
      /* "la mairie organise samedi une collecte", "la commune célèbre
       * dimanche ses 100 ans" */
      "organise", "organisent", "c\xc3\xa9l\xc3\xa8" "bre",
      "c\xc3\xa9l\xc3\xa8" "brent",
      /* the season's lights: "le 1er décembre, la ville allume ses
       * illuminations" (not "s'installe": a family moves in a narrated
       * present as well) */
      "allume", "allument", "illumine", "illuminent", NULL};
  /* a programme that goes on at a date: "la mobilisation se poursuit
   * jeudi", "la grève continue lundi" (not "se poursuit jusqu'au", a
   * state that lasts, nor "depuis") */
  static const char *const goes_on[] = {"poursuit", "poursuivent",
                                        "continue", "continuent", NULL};
  static const char *const acts[] = {
      "convoqu\xc3\xa9", "convoqu\xc3\xa9" "e", "convoqu\xc3\xa9s",
      "convoqu\xc3\xa9" "es", "fix\xc3\xa9",
      "fix\xc3\xa9" "e", "fix\xc3\xa9s", "fix\xc3\xa9" "es", "fixent", "pr\xc3\xa9" "avis", "convocation", NULL};
  static const char *const before_plan[] = {
      "initialement", "d\xc3\xa9" "but", "originellement", "normalement",
      "primitivement", NULL};
  static const char *const calls[] = {"convoque", "convoquent", "appelle",
                                      "appellent", NULL};
  const char *w = v[i].w;
  uint32_t wh = v[i].h;
  if (in_h(w, wh, goes_on) && i + 1 < n && v[i + 1].seg == v[i].seg &&
      (eq(v[i + 1].w, "jusqu") || eq(v[i + 1].w, "jusque") ||
       eq(v[i + 1].w, "depuis")))
    return 0;
  if (in_h(w, wh, goes_on))
    return i > 0 && in_h(v[i - 1].w, v[i - 1].h, noun_before_goes_on) ? 0
                                                         : FREX_TENSE_SCHEDULE;
  if (in_h(w, wh, present) || in_h(w, wh, calls))
    return in_h(w, wh, calls) && HAS_PREFIX(w, "appel")
               ? (i + 1 < n && v[i + 1].seg == v[i].seg && is_a(v[i + 1].w)
                      ? FREX_TENSE_SCHEDULE
                      : 0)
               : FREX_TENSE_SCHEDULE;
  if (in_h(w, wh, acts))
    return FREX_TENSE_NEAREST;
  /* "a lieu", "ont lieu" (not "a eu lieu"); "prend fin", "entre en
   * vigueur"; "donné rendez-vous"; "appelé à" a strike */
  if (eq(w, "lieu"))
    return after_either(v, i, "a", "ont") ? FREX_TENSE_SCHEDULE : 0;
  if (eq(w, "fin"))
    return after_either(v, i, "prend", "prennent") ? FREX_TENSE_SCHEDULE : 0;
  if (eq(w, "vigueur"))
    return after_entre_en(v, i) ? FREX_TENSE_SCHEDULE : 0;
  /* "Prochain rendez-vous" and "Rendez-vous samedi" heading their line
   * look ahead (weak_cue); "a donné rendez-vous le 25 avril" is the
   * nearer */
  if (eq(w, "rendez"))
    return i == 0 || v[i - 1].sent != v[i].sent ||
                   HAS_PREFIX(v[i - 1].w, "prochain") ||
                   HAS_PREFIX(v[i - 1].w, "nouv")
               ? 0
               : FREX_TENSE_NEAREST;
  if (HAS_PREFIX(w, "appel") && (ends_with(w, "\xc3\xa9") ||
                                      ends_with(w, "\xc3\xa9" "e") ||
                                      ends_with(w, "\xc3\xa9s")))
    return i + 1 < n && v[i + 1].seg == v[i].seg && is_a(v[i + 1].w)
               ? FREX_TENSE_NEAREST
               : 0;
  /* "initialement prévu en février": planned then, whenever that was */
  if (i > 0 && (HAS_PREFIX(w, "pr\xc3\xa9vu") ||
                HAS_PREFIX(w, "programm\xc3\xa9")))
    return in_h(v[i - 1].w, v[i - 1].h, before_plan) ||
                   (i > 1 && eq(v[i - 1].w, "abord"))
               ? FREX_TENSE_NEAREST
               : 0;
  return 0;
}

/* Internal to this file: a present of change (below), read as
 * FREX_TENSE_SCHEDULE unless the sentence before narrates a past. */
#define TENSE_CHANGE 6
/* ... and a present of a step of a procedure ("le Sénat vote le budget le
 * 10 février", "la Fed annonce sa décision mercredi"), read as
 * FREX_TENSE_NEAREST (a weekday too: the nearer one) under the same
 * condition */
#define TENSE_ACT 7
/* ... and the participle of a change right after its noun ("le Smic
 * revalorisé au 1er janvier"): a headline's change before the date, but
 * after it a noun's attribute that says nothing of the date ("au premier
 * semestre, pénalisé par le prix du lait payé aux producteurs") */
#define TENSE_CHANGE_PTCP 8

/* Nouns before a word that a verb of change also spells ("la baisse",
 * "une nouvelle baisse", "le passe sanitaire", "le change", "la ferme",
 * "le sort"): the word is then no verb. */
static const char *const noun_before[] = {
    "un", "une", "le", "la", "les", "l", "des", "du", "de", "d", "sa", "son",
    "ses", "leur", "leurs", "ce", "cette", "ces", "en", "nouvelle",
    "nouveau", "forte", "nette", "l\xc3\xa9g\xc3\xa8re", "petite", "premi\xc3\xa8re",
    "seconde", "deuxi\xc3\xa8me", "derni\xc3\xa8re", "grosse", "au", "aux",
    "sans", "par", "notre", "votre", NULL};

/* A present of change: what a price, a rule or a tariff does at a date
 * ("les tarifs augmentent le 1er mars", "le prix du timbre passe à 1,39
 * euro le 1er mars", "ce qui change au 1er mars", "la pension est
 * revalorisée le 1er janvier", "devient obligatoire le 1er juillet").
 * News tells of such a change before it comes as often as after, so the
 * date is the nearer one; a past verb nearer to the date still wins ("le
 * 1er mars, les prix ont augmenté"), and so does a narration of the past
 * in the sentence before (frex_date_tense).  TENSE_CHANGE, else 0. */
/* Does a statistic come before word I in its segment, three words at most
 * ("le chômage augmente", "les ventes de voitures baissent", "le taux de
 * chômage passe à 7,5 %")?  Figures tell of a period gone by: "En avril,
 * le chômage augmente de 0,3 point", read in February, is last April's
 * (not "le prix du gaz baisse en août": a price is set ahead). */
/* Does no verb stand before word I in its segment: no auxiliary, and none
 * of the verbs a market or a figure closes with ("Le CAC 40 a fini
 * vendredi en hausse", "la Bourse termine vendredi en baisse"), so that
 * "en hausse" heads a verbless headline ("Le prix du tabac en hausse le
 * 1er janvier")? */
static bool verbless_before(const cword *v, int i) {
  static const char *const verbs[] = {
      "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est",
      "sont", "\xc3\xa9tait", "\xc3\xa9taient", "sera", "seront", "serait",
      "termine", "terminent", "finit", "finissent", "cl\xc3\xb4ture",
      "cl\xc3\xb4turent", "ouvre", "ouvrent", "ach\xc3\xa8ve", "ach\xc3\xa8vent",
      "boucle", "bouclent", "reste", "restent", "affiche", "affichent",
      "\xc3\xa9volue", "\xc3\xa9voluent", "cote", "cotent", NULL};
  for (int k = i - 1; k >= 0 && v[k].seg == v[i].seg; k--)
    if (in_h(v[k].w, v[k].h, verbs))
      return false;
  return true;
}

static bool statistic_subject(const cword *v, int i) {
  static const char *const stats[] = {
      "ch\xc3\xb4mage", "inflation", "pib", "croissance", "ventes",
      "immatriculations", "d\xc3\xa9" "faillances", "faillites",
      "exportations", "importations", "production", "consommation",
      "emploi", "emplois", "activit\xc3\xa9", "indice", "demandeurs",
      "d\xc3\xa9" "ficit", "exc\xc3\xa9" "dent", "embauches", "investissements",
      "fr\xc3\xa9quentation", "naissances", "natalit\xc3\xa9",
      "cr\xc3\xa9" "ations", "commandes", "mises", "chiffre", "chiffres",
      "nombre", NULL};
  for (int k = i - 1; k >= 0 && k >= i - 4 && v[k].seg == v[i].seg; k--)
    if (in_h(v[k].w, v[k].h, stats))
      return true;
  return false;
}

static int change_cue(const cword *v, int n, int i) {
  static const char *const verbs[] = {
      "augmente", "augmentent", "baisse", "baissent", "diminue",
      "diminuent", "passe", "passent", "change", "changent",
      "\xc3\xa9volue", "\xc3\xa9voluent", "grimpe", "grimpent", "applique",
      "appliquent", "ferme", "ferment", "rouvre", "rouvrent",
      "dispara\xc3\xaet", "disparaissent", "devient", "deviennent",
      "revient", "reviennent", "bascule", "basculent", "sort", "sortent",
      "co\xc3\xbbte", "co\xc3\xbbtent", "arrive", "arrivent", "chute",
      "chutent", "remonte", "remontent",
      /* a fixture: "le PSG se déplace à Monaco samedi", "la finale se
       * joue le 20 décembre" */
      "joue", "jouent", "d\xc3\xa9place", "d\xc3\xa9placent", "dispute",
      "disputent", "accueille", "accueillent",
      /* a protest or an alert: "les agriculteurs manifestent mardi", "le
       * préfet maintient l'alerte jusqu'à mercredi" */
      "manifeste", "manifestent", "d\xc3\xa9" "file", "d\xc3\xa9" "filent",
      "maintient", "maintiennent", "prolonge", "prolongent",
      /* a decree: "Le 31 décembre, la préfecture interdit la vente de
       * pétards", "la ville autorise le stationnement gratuit" */
      "interdit", "interdisent", "autorise", "autorisent", NULL};
  /* ... of which those a figure does */
  static const char *const moves[] = {
      "augmente", "augmentent", "baisse", "baissent", "diminue",
      "diminuent", "passe", "passent", "grimpe", "grimpent", "chute",
      "chutent", "remonte", "remontent", NULL};
  /* participles of a change in the present passive ("est revalorisé") */
  static const char *const changed[] = {
      "revaloris", "relev", "abaiss", "augment", "baiss", "r\xc3\xa9" "duit",
      "supprim", "rehauss", "index", "prolong", "reconduit", "instaur",
      "modifi", "remplac", "major", "plafonn", "g\xc3\xa9n\xc3\xa9ralis",
      "\xc3\xa9tendu", "abrog", "appliqu", "vers", "pay", "pr\xc3\xa9lev",
      "rembours", "distribu", "maintenu", "annul", "confirm", "suspendu",
      "lev", "ferm", "ouvert", "cl\xc3\xb4tur", "interdit", "autoris", NULL};
  /* ... with a stem the endings do not give */
  static const char *const closed[] = {"clos", "close", "closes", NULL};
  /* ... and of a step of a procedure ("les résultats sont publiés le 4
   * juillet", "le texte est examiné le 10 février") */
  static const char *const steps[] = {
      "publi", "examin", "vot", "d\xc3\xa9voil", "pr\xc3\xa9sent",
      "jug", "rendu", "annonc", "entendu", "auditionn", "inaugur",
      "diffus", NULL};
  /* nouns the adjective "ferme" follows ("deux ans de prison ferme",
   * "dont 12 mois ferme", "une position ferme") */
  static const char *const firm[] = {
      "mois", "ans", "an", "jours", "semaines", "ann\xc3\xa9" "es", "prison",
      "peine", "peines", "position", "ton", "main", "commande", "commandes",
      "offre", "engagement", "r\xc3\xa9ponse", "volont\xc3\xa9", "soutien",
      "opposition", "refus", "condamnation", "tr\xc3\xa8s", "plus", "terre",
      NULL};
  static const char *const acts[] = {
      "vote", "votent", "examine", "examinent", "statue", "statuent",
      "publie", "publient", "d\xc3\xa9voile", "d\xc3\xa9voilent", "pr\xc3\xa9sente",
      "pr\xc3\xa9sentent", "annonce", "annoncent", "tranche", "tranchent",
      "juge", "jugent", "rend", "rendent", "prononce", "prononcent",
      "tombe", "tombent",
      /* a hearing: "le prévenu comparaît le 2 décembre", "le parquet
       * requiert dix ans le 20 juin", "la défense plaide jeudi", "le jury
       * délibère", "le témoin est entendu" (entendu below) */
      "compara\xc3\xaet", "comparaissent", "plaide", "plaident", "requiert",
      "requi\xc3\xa8rent", "d\xc3\xa9lib\xc3\xa8re", "d\xc3\xa9lib\xc3\xa8rent",
      "t\xc3\xa9moigne", "t\xc3\xa9moignent", "auditionne", "auditionnent",
      /* a broadcast: "la chaîne diffuse le film le 3 mars", "le magazine
       * consacre jeudi soir un numéro aux violences conjugales" */
      "diffuse", "diffusent", "consacre", "consacrent", NULL};
  const char *w = v[i].w;
  uint32_t wh = v[i].h;
  if (in_h(w, wh, acts))
    return i > 0 && v[i - 1].seg == v[i].seg && in_h(v[i - 1].w, v[i - 1].h, noun_before)
               ? 0
               : TENSE_ACT;
  if (in_h(w, wh, verbs)) {
    /* "interdit" is also a participle: "a interdit", "est interdit" are
     * read on their auxiliary */
    static const char *const aux[] = {"a", "ont", "avait", "avaient", "est",
                                      "sont", "\xc3\xa9t\xc3\xa9", NULL};
    if (eq(w, "interdit") && i > 0 && in_h(v[i - 1].w, v[i - 1].h, aux))
      return 0;
    if (i > 0 && v[i - 1].seg == v[i].seg &&
        (in_h(v[i - 1].w, v[i - 1].h, noun_before) ||
         (HAS_PREFIX(w, "ferme") && in_h(v[i - 1].w, v[i - 1].h, firm))))
      return 0;
    return in_h(w, wh, moves) && statistic_subject(v, i) ? -1 : TENSE_CHANGE;
  }
  /* a headline of a change without its verb: "Le prix du tabac en
   * hausse le 1er janvier" (not the figures of a period: "le chômage en
   * hausse au troisième trimestre") */
  if ((eq(w, "hausse") || eq(w, "baisse")) && i > 0 &&
      eq(v[i - 1].w, "en"))
    return !verbless_before(v, i - 1) ? 0
           : statistic_subject(v, i - 1) ? -1
                                         : TENSE_CHANGE;
  /* ... and "Le Smic revalorisé de 1,18 % au 1er janvier": the participle
   * of a change right after its noun, no auxiliary, no article before
   * the participle */
  if (i > 1 && participle(w) && v[i - 1].seg == v[i].seg &&
      !in_h(v[i - 1].w, v[i - 1].h, determiners) && !in_h(v[i - 1].w, v[i - 1].h, between) &&
      !in_h(v[i - 1].w, v[i - 1].h, noun_before) && in_h(v[i - 2].w, v[i - 2].h, determiners)) {
    char stem[24];
    participle_stem(w, stem);
    if (in(stem, changed) && !statistic_subject(v, i) &&
        !avoir_past_before(v, i))
      return TENSE_CHANGE_PTCP;
  }
  /* "ce qui attend les contribuables en janvier" */
  if ((eq(w, "attend") || eq(w, "attendent")) && i > 0 &&
      eq(v[i - 1].w, "qui"))
    return TENSE_CHANGE;
  /* "les enseignants sont en grève jeudi" */
  if (HAS_PREFIX(w, "gr\xc3\xa8ve"))
    return i > 1 && eq(v[i - 1].w, "en") &&
                   (eq(v[i - 2].w, "est") ||
                    eq(v[i - 2].w, "sont"))
               ? TENSE_CHANGE
               : 0;
  /* "prend effet", "entre en application" */
  if (eq(w, "effet"))
    return after_either(v, i, "prend", "prennent") ? TENSE_CHANGE : 0;
  if (eq(w, "application"))
    return after_entre_en(v, i) ? TENSE_CHANGE : 0;
  /* "s'arrête", "s'arrêtent" (not "la police arrête le suspect") */
  if ((eq(w, "arr\xc3\xaate") ||
       eq(w, "arr\xc3\xaatent")) &&
      i > 0 && (eq(v[i - 1].w, "s") || eq(v[i - 1].w, "se")))
    return TENSE_CHANGE;
  if (eq(w, "est") || eq(w, "sont")) {
    /* "s'est ouvert", "se sont closes": a pronominal verb's passé
     * composé, not a present passive */
    if (i > 0 && v[i - 1].seg == v[i].seg &&
        (eq(v[i - 1].w, "s") || eq(v[i - 1].w, "se")))
      return -1;
    const cword *x = after_aux(v, n, i);
    if (x && in_h(x->w, x->h, closed)) /* "le dépôt est clos le 20 février" */
      return TENSE_CHANGE;
    if (!x || !(participle(x->w) || ends_with(x->w, "erts") ||
                ends_with(x->w, "ertes")))
      return 0;
    char stem[24];
    participle_stem(x->w, stem);
    return in(stem, changed) ? TENSE_CHANGE : in(stem, steps) ? TENSE_ACT : 0;
  }
  return 0;
}

/* Is word I a participle after "est" or "sont" of its segment, maybe
 * with adverbs between ("est organisée", "sont également convoqués"; not
 * "s'est tenue", a pronominal verb's passé composé)? */
static bool after_present_etre(const cword *v, int i) {
  int a = i - 1;
  while (a > 0 && a >= i - 3 && v[a].seg == v[i].seg && in_h(v[a].w, v[a].h, between))
    a--;
  if (a < 0 || a >= i || v[a].seg != v[i].seg ||
      (!eq(v[a].w, "est") && !eq(v[a].w, "sont")))
    return false;
  return !(a > 0 && v[a - 1].seg == v[i].seg &&
           (eq(v[a - 1].w, "s") || eq(v[a - 1].w, "se")));
}

/* A date set in the present passive of a verb that schedules: "une
 * marche blanche est organisée dimanche", "le prévenu est convoqué
 * mardi", "une messe est célébrée samedi", "les électeurs sont appelés
 * aux urnes dimanche": the event is announced, so a weekday is the
 * coming one (FREX_TENSE_SCHEDULE; "a été organisée", "était organisée"
 * stay past).  Else 0. */
static int scheduled_now(const cword *v, int n, int i) {
  static const char *const stems[] = {
      "organis", "convoqu", "programm", "planifi", "fix",
      "c\xc3\xa9l\xc3\xa9" "br", "appel", "invit",
      /* "le spectacle est donné samedi", "la pièce est jouée dimanche" */
      "donn", "jou", "rejou", NULL};
  static const char *const to_vote[] = {"aux", "voter", "manifester",
                                         "participer", "se", NULL};
  if (!participle(v[i].w) || !after_present_etre(v, i))
    return 0;
  char stem[24];
  participle_stem(v[i].w, stem);
  if (!in(stem, stems))
    return 0;
  /* "les électeurs sont appelés aux urnes", "à voter"; not the
   * historic present of a news item ("les pompiers sont appelés
   * dimanche vers 3 heures", "l'alerte est donnée samedi") */
  if (eq(stem, "appel")) {
    int k = i + 1;
    if (k < n && is_a(v[k].w))
      k++;
    return k < n && v[k].seg == v[i].seg && in_h(v[k].w, v[k].h, to_vote)
               ? FREX_TENSE_SCHEDULE
               : 0;
  }
  /* a rule kept for long is no announcement: "Depuis un siècle, le
   * scrutin est organisé le premier mardi de novembre" (but "Comme chaque
   * année, une marche est organisée dimanche" is this year's) */
  for (int k = i - 1; k >= 0 && k >= i - CUE_REACH && v[k].sent == v[i].sent;
       k--)
    if (eq(v[k].w, "depuis"))
      return 0;
  for (int k = i - 1; k >= 0 && k >= i - 5 && v[k].seg == v[i].seg; k--)
    if (eq(v[k].w, "alerte") || eq(v[k].w, "secours") ||
        eq(v[k].w, "pompiers") || eq(v[k].w, "gendarmes") ||
        eq(v[k].w, "policiers"))
      return 0;
  return FREX_TENSE_SCHEDULE;
}

/* "était prévue lundi", "avait été programmé samedi": a plan told in
 * the past, its date on either side of the DCT (FREX_TENSE_NEAREST). */
static bool planned_then(const cword *v, int i) {
  static const char *const planned[] = {"pr\xc3\xa9vu", "programm\xc3\xa9",
                                        "attendu", NULL};
  static const char *const aux[] = {"\xc3\xa9tait", "\xc3\xa9taient",
                                    "\xc3\xa9t\xc3\xa9", NULL};
  char stem[24];
  participle_stem(v[i].w, stem);
  if (!in_h(v[i].w, v[i].h, planned) && !in(stem, planned) &&
      !eq(stem, "programm"))
    return false;
  int a = i - 1;
  while (a > 0 && a >= i - 3 && v[a].seg == v[i].seg && in_h(v[a].w, v[a].h, between))
    a--;
  return a >= 0 && a < i && v[a].seg == v[i].seg && in_h(v[a].w, v[a].h, aux) &&
         !(eq(v[a].w, "\xc3\xa9t\xc3\xa9") && a > 0 &&
           (eq(v[a - 1].w, "a") || eq(v[a - 1].w, "ont")));
}

/* +1 when word I is a future cue, -1 a past one, else 0. */
/* A countdown to an event, fronted: "À quelques mois des municipales de
 * mars", "à dix jours du scrutin du 12 juin", "alors qu'à deux semaines
 * de la rentrée", "à l'approche des fêtes" -- the event is to come.  The
 * "à" must open its segment: "condamné à trois mois de prison le 3 mars"
 * counts a sentence, not the days left. */
static bool countdown_cue(const cword *v, int n, int i) {
  static const char *const spans[] = {
      "jours", "semaines", "mois", "heures", "ans", "jour", "semaine", NULL};
  static const char *const counts[] = {
      "quelques", "un", "une", "deux", "trois", "quatre", "cinq", "six",
      "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt",
      "trente", "cent", NULL};
  static const char *const of[] = {"de", "du", "des", "d", NULL};
  static const char *const openers[] = {"qu", "alors", "et", "mais", NULL};
  int a;
  if (eq(v[i].w, "approche")) {
    if (i < 2 || !eq(v[i - 1].w, "l") || !is_a(v[i - 2].w))
      return false;
    a = i - 2;
  } else {
    if (!in_h(v[i].w, v[i].h, spans) || i + 1 >= n || !in_h(v[i + 1].w, v[i + 1].h, of) ||
        v[i + 1].seg != v[i].seg)
      return false;
    a = i - 1;
    if (a >= 0 && in_h(v[a].w, v[a].h, counts) && v[a].seg == v[i].seg)
      a--;
    if (a < 0 || !is_a(v[a].w) || v[a].seg != v[i].seg)
      return false;
  }
  return a == 0 || v[a - 1].seg != v[a].seg || in_h(v[a - 1].w, v[a - 1].h, openers);
}

/* Is word I's subject the pronoun SUBJ, clitics between ("nous
 * reviendrons", "nous l'avions", "nous n'y reviendrons")? */
static bool subject_is(const cword *v, int i, const char *subj) {
  static const char *const cl[] = {"ne", "n", "l", "le", "la", "les", "y",
                                   "en", "lui", "leur", "me", "m", "te",
                                   "t", "se", "s", "vous", NULL};
  int k = i - 1;
  while (k >= 0 && k >= i - 4 && v[k].seg == v[i].seg && in_h(v[k].w, v[k].h, cl) &&
         !eq(v[k].w, subj))
    k--;
  return k >= 0 && v[k].seg == v[i].seg && eq(v[k].w, subj);
}

/* The first person of the plural, which quotes speak in: the future
 * "nous reviendrons" (read as "reviendront"), the pluperfect "nous avions
 * tout perdu", "nous étions partis". */
static int first_plural(const cword *v, int n, int i) {
  const char *w = v[i].w;
  size_t k = strlen(w);
  if (k >= 5 && k < sizeof v[i].w && ends_with(w, "rons") &&
      subject_is(v, i, "nous")) {
    char t[24];
    memcpy(t, w, k + 1);
    t[k - 1] = 't';
    if (simple_future(t))
      return 1;
  }
  if ((eq(w, "avions") || eq(w, "\xc3\xa9tions")) &&
      subject_is(v, i, "nous")) {
    const cword *x = after_aux(v, n, i);
    return x && participle(x->w) ? -1 : 0;
  }
  return 0;
}

static int cue(const cword *v, int n, int i) {
  const char *w = v[i].w;
  uint32_t wh = v[i].h;
  int fp = first_plural(v, n, i);
  if (fp)
    return fp;
  int sn = scheduled_now(v, n, i);
  if (sn)
    return sn;
  if (planned_then(v, i))
    return FREX_TENSE_NEAREST;
  /* set_for and in() read the words only: their answers, asked twice
   * below, are computed once */
  bool set = set_for(v, n, i);
  if (set) {
    /* in the present passive, the date set is to come: "la rentrée est
     * fixée au 1er septembre" (a past act, "a été fixée au", is the
     * nearer) */
    int a = i - 1;
    while (a > 0 && a >= i - 3 && v[a].seg == v[i].seg && in_h(v[a].w, v[a].h, between))
      a--;
    if (a >= 0 && a < i && v[a].seg == v[i].seg &&
        (eq(v[a].w, "est") || eq(v[a].w, "sont")))
      return 1;
  }
  int sc = schedule_cue(v, n, i);
  if (!sc)
    sc = change_cue(v, n, i);
  if (sc)
    return sc;
  static const char *const fut_words[] = {
      "pr\xc3\xa9vu", "pr\xc3\xa9vue", "pr\xc3\xa9vus", "pr\xc3\xa9vues",
      "programm\xc3\xa9", "programm\xc3\xa9" "e", "programm\xc3\xa9s",
      "programm\xc3\xa9" "es", "pr\xc3\xa9voit", "pr\xc3\xa9voient",
      "envisage", "envisagent", "envisag\xc3\xa9", "envisag\xc3\xa9" "e",
      "envisag\xc3\xa9s", "envisag\xc3\xa9" "es", "attendu", "attendue",
      "attendus",
      "attendues", "prochainement",
      NULL};
  /* hoped for, in the present passive only ("la réouverture est espérée
   * début septembre"; "il avait espéré en mars une victoire" is past) */
  static const char *const hoped[] = {
      "esp\xc3\xa9r\xc3\xa9", "esp\xc3\xa9r\xc3\xa9" "e",
      "esp\xc3\xa9r\xc3\xa9s", "esp\xc3\xa9r\xc3\xa9" "es",
      "escompt\xc3\xa9", "escompt\xc3\xa9" "e", "escompt\xc3\xa9s",
      "escompt\xc3\xa9" "es", NULL};
  static const char *const aller_devoir[] = {
      "va", "vont", "vais", "vas", "allons", "allez", "doit", "doivent",
      "devra", "devront", "devrait", "devraient", NULL};
  static const char *const avoir_etre[] = {
      "a", "ont", "avait", "avaient", "ai", "avons", "avez", "eut", "eurent",
      "est", "sont", "\xc3\xa9tait", "\xc3\xa9taient", "fut", "furent",
      "suis", "sommes", NULL};
  static const char *const present_state[] = {
      "est", "sont", "reste", "restent", "demeure", "demeurent",
      /* verbs of a lasting present: "le délai court jusqu'au 30 avril",
       * "l'exposition se tient jusqu'au 30 mars" */
      "court", "courent", "dure", "durent", "continue", "continuent",
      "poursuit", "poursuivent", "prolonge", "prolongent", "tient",
      "tiennent", "\xc3\xa9tend", "\xc3\xa9tendent", "d\xc3\xa9roule",
      "d\xc3\xa9roulent",
      /* "la station affiche complet du 28 décembre au 2 janvier" */
      "affiche", "affichent", NULL};
  static const char *const states[] = {
      "complet", "compl\xc3\xa8te", "complets", "compl\xc3\xa8tes",
      "r\xc3\xa9serv\xc3\xa9", "r\xc3\xa9serv\xc3\xa9" "e",
      "r\xc3\xa9serv\xc3\xa9s", "r\xc3\xa9serv\xc3\xa9" "es", "plein",
      "pleine", "pleins", "pleines", "gratuit", "gratuite", "gratuits",
      "gratuites",
      "ouvert", "ouverte", "ouverts", "ouvertes", "ferm\xc3\xa9",
      "ferm\xc3\xa9" "e", "ferm\xc3\xa9s", "ferm\xc3\xa9" "es",
      "suspendu", "suspendue", "suspendus", "suspendues", "interdit",
      "interdite", "interdits", "interdites", "coup\xc3\xa9",
      "coup\xc3\xa9" "e", "coup\xc3\xa9s", "coup\xc3\xa9" "es",
      "bloqu\xc3\xa9", "bloqu\xc3\xa9" "e", "bloqu\xc3\xa9s",
      "bloqu\xc3\xa9" "es", "valable", "valables", "visible", "visibles",
      "gel\xc3\xa9", "gel\xc3\xa9" "e", "gel\xc3\xa9s", "gel\xc3\xa9" "es",
      "maintenu", "maintenue", "maintenus", "maintenues", "prolong\xc3\xa9",
      "prolong\xc3\xa9" "e", "prolong\xc3\xa9s", "prolong\xc3\xa9" "es",
      "expos\xc3\xa9", "expos\xc3\xa9" "e", "expos\xc3\xa9s",
      "expos\xc3\xa9" "es", "disponible", "disponibles", "accessible",
      "accessibles", "en", NULL};
  /* a plan as it first was, before it moved ("Prévue initialement en
   * janvier, la livraison a été repoussée à avril", "initialement
   * programmé le 12 mars"): the nearer of the past and the coming date */
  static const char *const first_plan[] = {"initialement", "originellement",
                                           "primitivement", NULL};
  /* a plan of the past, "devait" + an infinitive ("la réforme, qui
   * devait s'appliquer au 1er janvier, est reportée", "le concert devait
   * avoir lieu le 20 février"): the plan may be to come or gone by, the
   * nearer date, as for "initialement prévu" */
  if ((eq(w, "devait") || eq(w, "devaient")) && i + 1 < n &&
      v[i + 1].seg == v[i].seg) {
    int k = i + 1;
    if ((eq(v[k].w, "s") || eq(v[k].w, "se")) && k + 1 < n &&
        v[k + 1].seg == v[i].seg)
      k++;
    /* ... not a weekday, which a plan of the past names within its own
     * week ("il devait partir mercredi ou jeudi"): the past one */
    static const char *const wdays[] = {"lundi", "mardi", "mercredi",
                                        "jeudi", "vendredi", "samedi",
                                        "dimanche", NULL};
    bool wd = false;
    for (int j = k + 1; j < n && v[j].seg == v[i].seg && !wd; j++)
      wd = in(v[j].w, wdays);
    /* ... and only a plan the sentence says was moved or dropped ("est
     * reportée", "a été annulé"): "Le chantier devait commencer en
     * février" alone tells a past plan */
    static const char *const moved[] = {
        "report", "repouss", "annul", "suspend", "d\xc3\xa9" "cal",
        "ajourn", "retard", "diff\xc3\xa9r", "abandonn", "renvoy", NULL};
    bool mv = false;
    for (int j = 0; j < n && !mv; j++)
      if (v[j].sent == v[i].sent)
        for (int q = 0; moved[q] && !mv; q++)
          mv = strncmp(v[j].w, moved[q], strlen(moved[q])) == 0;
    if (infinitive(v[k].w) && !wd && mv)
      return FREX_TENSE_NEAREST;
  }
  bool fut = in_h(w, wh, fut_words);
  if (fut &&
      ((i + 1 < n && v[i + 1].seg == v[i].seg && in_h(v[i + 1].w, v[i + 1].h, first_plan)) ||
       (i > 0 && v[i - 1].seg == v[i].seg && in_h(v[i - 1].w, v[i - 1].h, first_plan))))
    return FREX_TENSE_NEAREST;
  /* a comparison with the plan says nothing of the date: "Airbus a livré
   * moins d'avions que prévu en novembre", "plus tôt qu'attendu" */
  if (fut && i > 0 && v[i - 1].seg == v[i].seg &&
      (eq(v[i - 1].w, "que") || eq(v[i - 1].w, "qu")))
    return 0;
  /* nor a conformity with it: "l'aide a été versée comme prévu le 16
   * octobre", "comme attendu" (the verb of the clause decides) */
  if (fut && i > 0 && v[i - 1].seg == v[i].seg && eq(v[i - 1].w, "comme"))
    return 0;
  if (fut || (simple_future(w) && !v[i].name) ||
      expects(v, n, i) ||
      countdown_cue(v, n, i))
    return 1;
  /* the nearer of the past and the coming date: "a accepté de payer en
   * décembre" read in January may be either */
  if (committed_to(v, n, i) || bet_noun(v, n, i))
    return FREX_TENSE_NEAREST;
  if (eq(w, "ici") && i > 0 && eq(v[i - 1].w, "d"))
    return 1; /* d'ici */
  if ((eq(w, "partir") || eq(w, "compter")) && i > 0 &&
      is_a(v[i - 1].w)) {
    /* à partir de, à compter de; but a past verb right before tells a
     * change that began: "le taux a baissé à partir de l'automne" */
    for (int j = i - 2; j >= 0 && j >= i - 4 && v[j].seg == v[i].seg; j--)
      if (cue(v, n, j) == -1)
        return -1;
    return 1;
  }
  if (set)
    return FREX_TENSE_SCHEDULE;
  if (in_h(w, wh, aller_devoir)) {
    const cword *x = after_aux(v, n, i);
    if (!x)
      x = after_incise(v, n, i);
    return x && infinitive(x->w) ? 1 : 0;
  }
  if (intent_verb(w)) {
    const cword *x = after_aux(v, n, i);
    if (x && (eq(x->w, "\xc3\xa0") || eq(x->w, "de") ||
              eq(x->w, "d")))
      x = x + 1 < v + n && x[1].seg == x->seg ? x + 1 : NULL;
    return x && infinitive(x->w) && !eq(x->w, "dire") ? 1 : 0;
  }
  if (conditional(w) || passive_conditional(v, n, i))
    return 1;
  if (in_h(w, wh, present_state)) {
    /* a state that lasts until a date is a present, not a past: "le musée
     * est fermé jusqu'à dimanche", "la route reste coupée jusqu'au 20
     * mars"; not "il est resté jusqu'à dimanche" */
    const cword *x = after_aux(v, n, i);
    bool state = false;
    if (x && in_h(x->w, x->h, states) && x + 1 < v + n && x[1].seg == x->seg)
      x++, state = true;
    if (x && (eq(x->w, "jusqu") || eq(x->w, "jusque")))
      return 1;
    if (state && eq(x->w, "du"))
      return 1; /* "les candidatures sont ouvertes du 1er au 30 avril" */
    /* ... also after it, heading the clause: "Jusqu'au 31 mars, le tarif
     * est gelé" */
    x = after_aux(v, n, i);
    if (x && in_h(x->w, x->h, states))
      for (int k = i - 1; k >= 0 && k >= i - 8 && v[k].clause == v[i].clause;
           k--)
        if (eq(v[k].w, "jusqu") || eq(v[k].w, "jusque") ||
            (eq(v[k].w, "au") && k >= 2 &&
             v[k].seg == v[k - 1].seg &&
             (eq(v[k - 2].w, "du") ||
              (k >= 3 && eq(v[k - 3].w, "du")))))
          return 1; /* "Du 28 décembre au 2 janvier, la station affiche
                       complet" */
  }
  /* the perfect participle tells a past: "La cérémonie du 8 mai ayant été
   * annulée", "ayant eu lieu le 3 mars", "ayant quitté ses fonctions en
   * janvier" */
  if (eq(w, "ayant")) {
    const cword *x = after_aux(v, n, i);
    return x && (participle(x->w) || in_h(x->w, x->h, short_pp) ||
                 eq(x->w, "eu") || eq(x->w, "\xc3\xa9t\xc3\xa9"))
               ? -1
               : 0;
  }
  if (in_h(w, wh, avoir_etre)) {
    const cword *x = after_aux(v, n, i);
    /* "les candidats ont jusqu'au 27 février pour": a deadline */
    if (x && (eq(x->w, "jusqu") || eq(x->w, "jusque")))
      return eq(w, "a") || eq(w, "ont") ||
                     eq(w, "avez") || eq(w, "avons")
                 ? 1
                 : 0;
    /* "à" + the infinitive of a form to hand in, a deadline to come:
     * "les candidatures sont à déposer avant le 1er juillet", "le
     * formulaire est à renvoyer au plus tard le 15 mars" */
    static const char *const to_hand_in[] = {
        "d\xc3\xa9poser", "rendre", "retourner", "renvoyer", "envoyer",
        "adresser", "remettre", "transmettre", "remplir", "payer",
        "r\xc3\xa9gler", "acquitter", "effectuer", NULL};
    if (x && is_a(x->w) && (eq(w, "est") || eq(w, "sont")) &&
        x + 1 < v + n && x[1].seg == x->seg && in_h(x[1].w, x[1].h, to_hand_in))
      return 1;
    /* "eu", too short for participle(), is the past of avoir: "le concert
     * a eu lieu ce week-end", "il y a eu trois morts", "ont eu chaud" */
    if (x && (eq(x->w, "eu") || eq(x->w, "eue") ||
              eq(x->w, "eus") || eq(x->w, "eues")))
      return -1;
    /* "a lieu" is no participle: the word "lieu" reads it */
    if (!x || (!participle(x->w) && !in_h(x->w, x->h, short_pp)) ||
        eq(x->w, "lieu"))
      /* the imperfect is a past of its own: "Les inscriptions étaient
       * ouvertes jusqu'au 20 janvier" (no participle read in
       * "ouvertes") */
      return strlen(w) >= 5 && (ends_with(w, "ait") || ends_with(w, "aient"))
                 ? -1
                 : 0;
    /* "Le 20 mars, une grève est prévue": a present passive of a plan
     * looks ahead (the participle reads it), as "prévue le 20 mars"
     * does; "était prévue", "a été prévue" stay past */
    bool now = eq(w, "est") || eq(w, "sont");
    if (now && (in_h(x->w, x->h, fut_words) || in_h(x->w, x->h, hoped)))
      return 1;
    /* "est" + the participle of a verb conjugated with avoir is a present
     * passive ("Le 3 juillet, le suspect est arrêté", "la loi est
     * adoptée"), no past: the passé composé with être is that of the
     * verbs of movement and state ("est arrivé", "sont partis", "est
     * mort") or of a pronominal verb ("s'est ouvert") */
    if (now && !etre_verb(x->w) &&
        !(i > 0 && v[i - 1].seg == v[i].seg &&
          (eq(v[i - 1].w, "s") || eq(v[i - 1].w, "se"))))
      return 0;
    return -1;
  }
  /* the imperfect: était, annonçait, avaient (not the conditional -rait) */
  if (strlen(w) >= 5 && (ends_with(w, "ait") || ends_with(w, "aient")) &&
      !ends_with(w, "rait") && !ends_with(w, "raient"))
    return -1;
  return 0;
}

/* The words around the dates of a document, read once: dates come in
 * clusters, and a pathological text ("mai mai mai ...") has a date every
 * few bytes, so each window of text is read once and each word's cue is
 * computed once, when first asked for. */
struct frex_date_ctx {
  size_t lo, hi; /* the bytes read */
  int n;
  cword v[MAX_WORDS];
  signed char cue[MAX_WORDS]; /* 2: not computed yet */
};

/* A coordinating conjunction starts a segment of its own: the tense of
 * "a débuté lundi" is not that of "et devrait durer jusqu'à vendredi".
 * (A date with no cue in its segment still reads its clause.) */
static inline bool segment_word(const char *w) {
  return eq(w, "et") || eq(w, "mais") ||
         eq(w, "puis");
}

static inline bool clause_word(const char *w) {
  return eq(w, "que") || eq(w, "qu") ||
         eq(w, "lorsque") || eq(w, "lorsqu") ||
         eq(w, "puisque") || eq(w, "puisqu");
}

/* Is byte I of T a sentence end: ! ? ; a line break, or a period before a
 * space or the end? */
static bool sentence_end(const scan *S, size_t i) {
  char c = S->t[i];
  return c == '!' || c == '?' || c == ';' || c == '\n' ||
         (c == '.' && (i + 1 >= S->len || S->t[i + 1] == ' ' ||
                       S->t[i + 1] == '\n'));
}

/* Is byte I a line break inside a sentence (hard-wrapped text: a single
 * line break before a lowercase letter)?  It is read as a space. */
static bool wrapped_line(const scan *S, size_t i) {
  if (S->t[i] != '\n' || (i > 0 && S->t[i - 1] == '\n') || i + 1 >= S->len)
    return false;
  unsigned char c = (unsigned char)S->t[i + 1];
  return (c >= 'a' && c <= 'z') ||
         (c == 0xC3 && i + 2 < S->len && (unsigned char)S->t[i + 2] >= 0xA0);
}

static bool digit_at(const scan *S, size_t i) {
  return i < S->len && S->t[i] >= '0' && S->t[i] <= '9';
}

/* Does byte I end a segment (a comma, a colon, a bracket, a dash)?  Not
 * the decimal comma of a number ("une perte de 2,3 milliards au premier
 * semestre": the verb before the amount still governs the date). */
/* Is the bracket at I one of a short place or label in parentheses,
 * a few words with no digit nor punctuation ("son usine de Sochaux
 * (Doubs) du 21 décembre au 11 janvier", "(AFP)", "(Loire-Atlantique)")?
 * Such a note does not cut the segment around it: the verb before it
 * still governs the date after it. */
static bool short_note_bracket(const scan *S, size_t i) {
  int dir = S->t[i] == '(' ? 1 : -1;
  char close = dir > 0 ? ')' : '(';
  int words = 0;
  bool in_word = false;
  for (size_t k = 1; k <= 40; k++) {
    if (dir < 0 && k > i)
      return false;
    size_t j = dir > 0 ? i + k : i - k;
    if (j >= S->len)
      return false;
    unsigned char c = (unsigned char)S->t[j];
    if (c == (unsigned char)close)
      return words >= 1 && words <= 4;
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                  c >= 0x80 || c == '-' || c == '\'';
    if (letter && !in_word)
      words++;
    in_word = letter;
    if (!letter && c != ' ')
      return false; /* a digit, a comma, a line break: not a short note */
  }
  return false;
}

static bool segment_end(const scan *S, size_t i) {
  unsigned char c = (unsigned char)S->t[i];
  if (c == ',' && i > 0 && digit_at(S, i - 1) && digit_at(S, i + 1))
    return false;
  if ((c == '(' || c == ')') && short_note_bracket(S, i))
    return false;
  return c == ',' || c == ':' || c == '(' || c == ')' ||
         (c == 0xE2 && i + 2 < S->len && (unsigned char)S->t[i + 1] == 0x80 &&
          ((unsigned char)S->t[i + 2] == 0x93 ||
           (unsigned char)S->t[i + 2] == 0x94));
}

/* frex_date_is_letter_at with its ASCII case in line: read_window asks
 * it of every byte of a window (BENCH.md round 17b) */
static inline bool letter_at(const scan *S, size_t i) {
  unsigned char c = (unsigned char)S->t[i];
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return frex_date_is_letter_at(S->t, S->len, i);
}

/* The bytes wrapped_line, sentence_end or segment_end may be true at:
 * any other byte between words (a digit, an apostrophe, a quote) is no
 * cut, without their calls (BENCH.md round 18b). */
static const bool cut_byte[256] = {
    ['\n'] = true, ['!'] = true, ['?'] = true, [';'] = true, ['.'] = true,
    [','] = true,  [':'] = true, ['('] = true, [')'] = true, [0xE2] = true};

/* Read the words of T[lo..hi) into C, numbering segments (cut by
 * punctuation) and clauses (cut by sentence ends and "que"). */
static void read_window(const scan *S, struct frex_date_ctx *C, size_t lo,
                        size_t hi) {
  int n = 0, seg = 0, clause = 0, sent = 0;
  size_t i = lo;
  while (i < hi && n < MAX_WORDS) {
    if (!letter_at(S, i)) {
      if (!cut_byte[(unsigned char)S->t[i]])
        ; /* a space (the most common byte between words), a digit... */
      else if (wrapped_line(S, i))
        ; /* a space */
      else if (sentence_end(S, i))
        seg++, clause++, sent++;
      else if (segment_end(S, i))
        seg++;
      i++;
      continue;
    }
    cword *w = &C->v[n];
    size_t k = 0;
    w->s = i;
    /* "à Villard (Jura)": a capital then a lowercase letter inside the
     * sentence starts a name, which no tense is read on (not a headline in
     * capitals, "LA MAIRIE FERMERA") */
    {
      size_t c = i + (S->t[i] >= 'A' && S->t[i] <= 'Z'   ? 1
                      : (unsigned char)S->t[i] == 0xC3 && i + 1 < hi &&
                                (unsigned char)S->t[i + 1] >= 0x80 &&
                                (unsigned char)S->t[i + 1] <= 0x9E
                          ? 2
                          : 0);
      w->name = n > 0 && C->v[n - 1].sent == sent && c > i && c < hi &&
                ((S->t[c] >= 'a' && S->t[c] <= 'z') ||
                 ((unsigned char)S->t[c] == 0xC3 && c + 1 < hi &&
                  (unsigned char)S->t[c + 1] >= 0xA0));
    }
    for (;;) {
      while (i < hi) {
        unsigned char x = (unsigned char)S->t[i];
        /* an ASCII letter, the most common byte: x | 0x20 is it lowered
         * (letter_at's own test, and the lowering below for x < 0x80) */
        if (x < 0x80) {
          if ((x | 0x20) < 'a' || (x | 0x20) > 'z')
            break;
          if (k + 1 < sizeof w->w)
            w->w[k++] = (char)(x | 0x20);
          i++;
          continue;
        }
        if (!frex_date_is_letter_at(S->t, S->len, i))
          break;
        if (k + 1 < sizeof w->w) {
          /* capitals lowered, the accented ones of Latin-1 too ("GRÈVE") */
          bool up = (x >= 'A' && x <= 'Z') ||
                    (k > 0 && (unsigned char)w->w[k - 1] == 0xC3 &&
                     x >= 0x80 && x <= 0x9E && x != 0x97);
          w->w[k++] = (char)(up ? x | 0x20 : x);
        }
        i++;
      }
      /* a verb cut at a wrapped line's end, the line break a space in the
       * view: "s'est déro-\nulé", "prépar-\nerait" */
      size_t g = i + 1;
      while (i < hi && S->t[i] == '-' && g < hi && g - i <= 4 && S->t[g] == ' ')
        g++;
      if (g == i + 1 || g >= hi || g - i > 4 ||
          !((S->t[g] >= 'a' && S->t[g] <= 'z') ||
            ((unsigned char)S->t[g] == 0xC3 && g + 1 < hi &&
             (unsigned char)S->t[g + 1] >= 0xA0)))
        break;
      i = g;
    }
    w->w[k] = 0;
    w->h = word_hash(w->w);
    w->e = i;
    /* "de nouveau", "à nouveau": one adverb, which may stand between an
     * auxiliary and its participle ("sera de nouveau discutée à
     * l'automne") */
    if (n > 0 && eq(w->w, "nouveau") && C->v[n - 1].sent == sent &&
        C->v[n - 1].seg == seg &&
        (eq(C->v[n - 1].w, "de") || is_a(C->v[n - 1].w))) {
      strcpy(C->v[n - 1].w, "denouveau");
      C->v[n - 1].h = word_hash(C->v[n - 1].w);
      C->v[n - 1].e = i;
      continue;
    }
    /* "par ailleurs", "d'ailleurs": one adverb ("doit par ailleurs
     * publier le 19 juin") */
    if (n > 0 && eq(w->w, "ailleurs") && C->v[n - 1].sent == sent &&
        C->v[n - 1].seg == seg &&
        (eq(C->v[n - 1].w, "par") || eq(C->v[n - 1].w, "d"))) {
      strcpy(C->v[n - 1].w, "parailleurs");
      C->v[n - 1].h = word_hash(C->v[n - 1].w);
      C->v[n - 1].e = i;
      continue;
    }
    if (clause_word(w->w))
      seg++, clause++;
    else if (segment_word(w->w))
      seg++;
    w->seg = seg;
    w->clause = clause;
    w->sent = sent;
    C->cue[n] = 2;
    n++;
  }
  C->lo = lo;
  C->hi = n == MAX_WORDS ? C->v[n - 1].e : hi;
  C->n = n;
}

static int cue_at(struct frex_date_ctx *C, int k) {
  if (C->cue[k] == 2)
    C->cue[k] = (signed char)cue(C->v, C->n, k);
  return C->cue[k];
}

/* The first word of the segment word K is in (K is in segment SEG). */
static int segment_first(const struct frex_date_ctx *C, int k, int seg) {
  while (k > 0 && C->v[k - 1].seg == seg)
    k--;
  return k;
}

/* Is word K in a clause coordinated after word BEFORE, with a subject of
 * its own ("…, mais le groupe prévoit", "et il faudra"; not the dates of
 * a list, "les 12, 13 et 14 juin seront fériés")? */
static bool coordinated_clause(const struct frex_date_ctx *C, int k,
                               int before) {
  static const char *const subjects[] = {
      "le",  "la",  "les", "l",    "il",  "elle", "ils",  "elles", "on",
      "nous", "vous", "un", "une", "des", "ce",   "cet",  "cette", "ces",
      "son", "sa",  "ses", "leur", "leurs", NULL};
  int f = segment_first(C, k, C->v[k].seg);
  return f > before && f + 1 < C->n && segment_word(C->v[f].w) &&
         in_h(C->v[f + 1].w, C->v[f + 1].h, subjects);
}

/* Is word K in a reporting incise after the date, its speech verb heading
 * its segment with the subject after ("…du 24 décembre au 4 janvier, a
 * précisé mardi un porte-parole", "…, indique la mairie")?  The time of
 * the speech says nothing of the date's own clause. */
static bool reporting_incise(const struct frex_date_ctx *C, int k, int before) {
  static const char *const said[] = {
      "annonc\xc3\xa9", "pr\xc3\xa9" "cis\xc3\xa9", "indiqu\xc3\xa9",
      "expliqu\xc3\xa9", "soulign\xc3\xa9", "affirm\xc3\xa9",
      "d\xc3\xa9" "clar\xc3\xa9", "assur\xc3\xa9", "confirm\xc3\xa9",
      "ajout\xc3\xa9", "rappel\xc3\xa9", "estim\xc3\xa9",
      "d\xc3\xa9taill\xc3\xa9", "r\xc3\xa9p\xc3\xa9t\xc3\xa9",
      "insist\xc3\xa9", "pr\xc3\xa9venu", "averti", "comment\xc3\xa9",
      "reconnu", "martel\xc3\xa9", "confi\xc3\xa9", "r\xc3\xa9sum\xc3\xa9",
      "fait", "dit", "appris", NULL};
  static const char *const says[] = {
      "annonce", "pr\xc3\xa9" "cise", "indique", "explique", "souligne",
      "affirme", "d\xc3\xa9" "clare", "assure", "confirme", "ajoute",
      "rappelle", "estime", "d\xc3\xa9taille", "r\xc3\xa9sume", "dit",
      "annoncent", "pr\xc3\xa9" "cisent", "indiquent", "expliquent",
      "soulignent", "affirment", "assurent", "confirment", NULL};
  /* what may stand between the verb and its subject: "a précisé mardi
   * soir à l'AFP un porte-parole" */
  static const char *const gap[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "hier", "soir", "matin", "encore", "aussi", "\xc3\xa9galement", "ainsi",
      "d\xc3\xa9j\xc3\xa0", "\xc3\xa0", "au", "aux", "afp", NULL};
  static const char *const subjects[] = {
      "le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur",
      "leurs", "m", "mme", "notre", NULL};
  int f = segment_first(C, k, C->v[k].seg);
  if (f <= before || f < 1 || C->v[f - 1].sent != C->v[f].sent)
    return false;
  const char *w = C->v[f].w;
  uint32_t wh = C->v[f].h;
  int verb = f;
  if (eq(w, "a") || eq(w, "ont") || eq(w, "avait")) {
    if (!(f + 1 < C->n && C->v[f + 1].seg == C->v[f].seg &&
          in_h(C->v[f + 1].w, C->v[f + 1].h, said)))
      return false;
    verb = f + 1;
  } else if (!in_h(w, wh, says))
    return false;
  /* the subject after the verb, or it is the clause's own verb ("Le 3
   * avril, Dimitri Peskov, attaché de presse, annonce que…") */
  int j = verb + 1;
  while (j < C->n && C->v[j].seg == C->v[f].seg && j - verb <= 4 &&
         in_h(C->v[j].w, C->v[j].h, gap))
    j++;
  return j < C->n && C->v[j].seg == C->v[f].seg &&
         (in_h(C->v[j].w, C->v[j].h, subjects) || C->v[j].name);
}

/* The nearest cue around the date (words BEFORE and earlier, AFTER and
 * later) in the same segment (BY_SEG) or clause KEY, within CUE_REACH
 * words; 0 when there is none.  Across segments, a clause coordinated
 * after the date ("en hausse en octobre, mais le groupe prévoit une
 * baisse") has its own verb and does not govern it. */
static int nearest(struct frex_date_ctx *C, int before, int after, int key,
                   bool by_seg) {
  for (int d = 0; d < CUE_REACH; d++) {
    int got = 0;
    for (int side = 0; side < 2; side++) {
      int k = side ? after + d : before - d;
      if (k < 0 || k >= C->n)
        continue;
      if ((by_seg ? C->v[k].seg : C->v[k].clause) != key)
        continue;
      if (!by_seg && side &&
          (coordinated_clause(C, k, before) || reporting_incise(C, k, before)))
        continue;
      /* "s'est engagé lundi à embaucher": the date between a commitment
       * and its infinitive is the commitment's own */
      if (side && k <= after + 2 && k > after &&
          committed_to(C->v, C->n, k) && C->v[after].w[0] &&
          (eq(C->v[after].w, "de") || eq(C->v[after].w, "d") ||
           is_a(C->v[after].w)))
        continue;
      /* a noun of intent after the date is the object of the verb before
       * it, whose time the date tells: "a confirmé mardi son intention
       * d'installer une usine" */
      if (side && k > 0 && C->v[k - 1].seg == key &&
          (eq(C->v[k].w, "intention") || eq(C->v[k].w, "ambition")) &&
          in(C->v[k - 1].w, determiners))
        continue;
      int c = cue_at(C, k);
      if (c == TENSE_CHANGE_PTCP)
        c = side ? 0 : TENSE_CHANGE;
      if (c > 0)
        return c; /* a future (or scheduling) cue wins a tie */
      if (c < 0)
        got = -1;
    }
    if (got)
      return got;
  }
  return 0;
}

/* A future verb beyond CUE_REACH on the left, in the clause of word
 * BEFORE, when no cue stands nearer: the date is the far end of its
 * complements ("La Fed devrait abaisser ses taux d'un quart de point lors
 * de sa réunion du 16 décembre").  A past there says no more than the
 * default does, so only a future counts. */
static int far_future(struct frex_date_ctx *C, int before, int clause) {
  /* a participle between tells its own time ("ses engagements, défendus
   * mercredi", "un avis donné ce 10 janvier") */
  static const char *const parts[] = {"\xc3\xa9", "\xc3\xa9s", "\xc3\xa9" "e",
                                      "\xc3\xa9" "es", "us", "ues", "is",
                                      "ise", "ises", NULL};
  for (int k = before; k >= 0 && k > before - 2 * CUE_REACH; k--) {
    if (C->v[k].clause != clause || C->v[k].sent != C->v[before].sent)
      return 0;
    const char *w = C->v[k].w;
    /* ... but after a determiner that form is a noun ("réunira les élus
     * et l'Union des industries et métiers de la métallurgie le 15
     * décembre") */
    bool noun = k > 0 && C->v[k - 1].clause == clause &&
                in(C->v[k - 1].w, determiners);
    for (const char *const *p = parts; *p && !noun; p++)
      if (strlen(w) > strlen(*p) + 2 && ends_with(w, *p))
        return 0;
    if (k > before - CUE_REACH)
      continue; /* nearest() read these */
    int c = cue_at(C, k);
    if (c == TENSE_CHANGE_PTCP) /* on the left of the date */
      c = TENSE_CHANGE;
    if (c)
      return c > 0 ? c : 0;
  }
  return 0;
}

/* A clause with no tense cue may still look ahead (README "DATE
 * decisions"): after a preposition that points forward, which a past verb
 * would have overruled ("Soldes dès lundi", "Exposition jusqu'à dimanche",
 * "Inscriptions avant le 31 mars"; but "il est resté jusqu'à dimanche"),
 * in a heading without a verb, or after a noun of a coming event at the head of its segment, a headline
 * or an announcement without a verb ("Grève jeudi dans les transports",
 * "Prochain rendez-vous le 20 mars", "Élections : premier tour
 * dimanche"; not "la grève de jeudi", which names no event at its head;
 * nor the nouns a headline reports a result with: "Match nul samedi",
 * "Séance houleuse mardi", "Débat tendu lundi").
 * BEFORE is the word before the date, SEG its segment. */
static bool agenda_noun(const scan *S, const struct frex_date_ctx *C, int f);
static bool proper_name(const scan *S, const struct frex_date_ctx *C, int a,
                        int b);

/* Does word F name an event that a long topic may open: "Festival",
 * "Fête", "Salon", "Rencontres", "Nuits", or a town's agenda noun? */
static bool event_head(const scan *S, const struct frex_date_ctx *C, int f) {
  static const char *const heads[] = {
      "festival", "festivals", "f\xc3\xaa" "tes", "salon", "foire",
      "rencontres", "nuits", "journ\xc3\xa9" "es", "biennale", "carnaval",
      "exposition", "championnat", "championnats", "tournoi", NULL};
  static const char *const dets[] = {"le", "la", "les", "l", NULL};
  /* "Les Journées européennes du patrimoine :" */
  if (in_h(C->v[f].w, C->v[f].h, dets) && f + 1 < C->n && C->v[f + 1].sent == C->v[f].sent)
    f++;
  return in_h(C->v[f].w, C->v[f].h, heads) || agenda_noun(S, C, f);
}

/* Does the segment that word F opens follow a headline's topic, one to
 * four words that open the sentence before a colon ("Alerte canicule :
 * le Var en vigilance rouge dès mardi", "Ligne 13 : ...")? */
static bool after_topic(const scan *S, const struct frex_date_ctx *C, int f) {
  if (f < 1 || C->v[f - 1].sent != C->v[f].sent)
    return false;
  bool colon = false;
  for (size_t i = C->v[f - 1].e; i < C->v[f].s; i++)
    colon |= S->t[i] == ':';
  int t = f - 1;
  while (t > 0 && C->v[t - 1].sent == C->v[f].sent)
    t--;
  if (!colon || f - t < 1)
    return false;
  if (C->v[t].seg != C->v[f - 1].seg) {
    /* a name joined by "et" ("Salon des vins et de la gastronomie :"),
     * no comma, long enough to be checked below */
    if (f - t <= 4)
      return false;
    for (int j = t + 1; j < f; j++)
      if (C->v[j].seg != C->v[j - 1].seg &&
          (!eq(C->v[j].w, "et") || S->t[C->v[j - 1].e] == ','))
        return false;
  }
  /* an event's name may be longer when it is a proper name or an event's
   * noun heads it, no verb in it ("Festival du Bout du Monde :",
   * "Rencontres internationales de la photographie d'Arles :") */
  if (f - t <= 4)
    return true;
  for (int j = t + 1; j < f; j++)
    if (!verbless_before(C->v, j))
      return false;
  return f - t <= 8 && verbless_before(C->v, f - 1) &&
         (event_head(S, C, t) || proper_name(S, C, t, f));
}

/* Does word J name a deadline: "date limite", "(dernier) délai",
 * "échéance"? */
static bool deadline_at(const struct frex_date_ctx *C, int j) {
  static const char *const words[] = {"d\xc3\xa9lai", "\xc3\xa9" "ch\xc3\xa9" "ance",
                                      NULL};
  if (j + 1 < C->n && eq(C->v[j].w, "dernier") &&
      C->v[j + 1].seg == C->v[j].seg)
    j++;
  return in_h(C->v[j].w, C->v[j].h, words) ||
         (eq(C->v[j].w, "date") && j + 1 < C->n &&
          C->v[j + 1].seg == C->v[j].seg &&
          (eq(C->v[j + 1].w, "limite") ||
           eq(C->v[j + 1].w, "butoir")));
}

/* Does word F open the name of a town's event on an agenda: "Loto samedi
 * soir", "Thé dansant jeudi", "Fête de quartier dimanche", "Don du sang
 * mercredi", "Bourse aux vêtements samedi", or a compound written with a
 * hyphen: "Vide-grenier dimanche", "Ciné-débat mardi", "Café-rencontre
 * mercredi", "Troc-plantes samedi", "Pot-au-feu géant samedi"?  Not "Feu
 * de forêt samedi", which reports one. */
static bool agenda_noun(const scan *S, const struct frex_date_ctx *C, int f) {
  static const char *const nouns[] = {
      "loto", "lotos", "bal", "tournoi", "randonn\xc3\xa9" "e",
      "randonn\xc3\xa9" "es", "concours", "repas", "galette",
      "go\xc3\xbb" "ter", "carnaval", "d\xc3\xa9" "fil\xc3\xa9", "atelier",
      "ateliers", "veill\xc3\xa9" "e", "f\xc3\xaa" "te", "march\xc3\xa9",
      "th\xc3\xa9", "portes", "belote", NULL};
  /* the first word of a compound, the second joined by a hyphen */
  static const char *const hyphened[] = {
      "vide", "cin\xc3\xa9", "caf\xc3\xa9", "troc", "pot",
      "ap\xc3\xa9ro", "porte", NULL};
  const char *w = C->v[f].w;
  uint32_t wh = C->v[f].h;
  if (in_h(w, wh, nouns))
    return true;
  if (f + 1 >= C->n || C->v[f + 1].seg != C->v[f].seg)
    return false;
  if (in_h(w, wh, hyphened))
    return S->t[C->v[f].e] == '-' && C->v[f + 1].s == C->v[f].e + 1;
  const char *next = C->v[f + 1].w;
  return (eq(w, "don") && eq(next, "du") &&
          f + 2 < C->n && eq(C->v[f + 2].w, "sang")) ||
         (eq(w, "bourse") && eq(next, "aux"));
}

/* Are words [A, B) a proper name: two words at least written with a
 * capital, the others "de", "d", "du", "des", "la", "le", "l", "en", "sur"
 * ("Vieilles Charrues", "Roland-Garros", "Open d'Australie", "Tour de
 * France", "Rock en Seine")? */
static bool proper_name(const scan *S, const struct frex_date_ctx *C, int a,
                        int b) {
  static const char *const links[] = {"de", "d",  "du", "des", "la",
                                      "le", "l",  "en", "sur", NULL};
  int caps = 0;
  if (b - a < 2 || b - a > 6)
    return false;
  for (int j = a; j < b; j++) {
    unsigned char c = (unsigned char)S->t[C->v[j].s];
    if ((c >= 'A' && c <= 'Z') ||
        (c == 0xC3 && (unsigned char)S->t[C->v[j].s + 1] >= 0x80 &&
         (unsigned char)S->t[C->v[j].s + 1] <= 0x9E))
      caps++;
    else if (!in_h(C->v[j].w, C->v[j].h, links))
      return false;
  }
  return caps >= 2;
}

/* Does the sentence of the date after word BEFORE end in the date's
 * segment, eight words at most later, none a verb (the date, then a place
 * at most: "du 10 au 14 juillet à La Rochelle")? */
static bool date_ends_line(const struct frex_date_ctx *C, int before) {
  static const char *const aux[] = {"a", "ont", "est", "sont", NULL};
  int j = before + 1, sent = C->v[before].sent;
  while (j < C->n && C->v[j].sent == sent) {
    /* a list's "et" opens a segment of its own: "les 5 et 6 septembre" */
    if ((C->v[j].seg != C->v[j - 1].seg &&
         !(eq(C->v[j].w, "et") && j == before + 1)) ||
        j - before > 8)
      return false;
    j++;
  }
  return verbless_before(C->v, j - 1) && !in_h(C->v[j - 1].w, C->v[j - 1].h, aux);
}

/* Is the sentence after word BEFORE (a date's) short and without a verb,
 * the rest of an agenda's line ("le 2 juin, ouverture avec un ballet")? */
static bool verbless_rest(const struct frex_date_ctx *C, int before) {
  static const char *const aux[] = {"a", "ont", "est", "sont", NULL};
  int j = before + 1;
  for (; j < C->n && C->v[j].sent == C->v[before].sent; j++)
    if (!verbless_before(C->v, j) || in_h(C->v[j].w, C->v[j].h, aux))
      return false;
  return j - before <= 14;
}

/* Does a colon follow the date ending at END, the sentence after it from
 * word AFTER short and without a verb? */
static bool heads_agenda(const scan *S, const struct frex_date_ctx *C,
                         size_t start, size_t end, int after) {
  /* a holiday's or an event's name, not a chronology's day ("17 mars :
   * premier confinement", "Lundi : 3 morts sur les routes") */
  static const char *const not_names[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "janvier", "f\xc3\xa9vrier", "mars", "avril", "mai", "juin", "juillet",
      "ao\xc3\xbbt", "septembre", "octobre", "novembre", "d\xc3\xa9" "cembre",
      "hier", "aujourd", "demain", "ce", "cette", "cet", "le", "la", "les",
      "l", "mi", "fin", "d\xc3\xa9" "but", NULL};
  int f = after - 1;
  while (f > 0 && C->v[f - 1].e > start && C->v[f - 1].sent == C->v[after].sent)
    f--;
  if (f < 0 || C->v[f].s < start || (S->t[start] >= '0' && S->t[start] <= '9') ||
      in_h(C->v[f].w, C->v[f].h, not_names))
    return false;
  size_t i = end;
  while (i < C->v[after].s && S->t[i] == ' ')
    i++;
  if (i >= C->v[after].s || S->t[i] != ':')
    return false;
  return verbless_rest(C, after - 1) && C->v[after - 1].sent == C->v[after].sent;
}

static int weak_cue(const scan *S, const struct frex_date_ctx *C, int before,
                    int seg) {
  static const char *const dets[] = {"le", "l", "la", "au", "\xc3\xa0", NULL};
  static const char *const preps[] = {"d\xc3\xa8s", "jusqu", "jusque",
                                      "avant", NULL};
  static const char *const pre[] = {"prochain", "prochaine", "nouveau",
                                    "nouvelle", "premier", "second",
                                    "seconde", "deuxi\xc3\xa8me", "grand",
                                    "grande", NULL};
  static const char *const events[] = {
      "gr\xc3\xa8ve", "gr\xc3\xa8ves", "manifestation", "manifestations",
      "r\xc3\xa9veillon", "journ\xc3\xa9" "es",
      "rassemblement", "mobilisation", "marche", "r\xc3\xa9union", "rendez",
      "sommet", "vote", "scrutin", "tour", "concert", "conf\xc3\xa9rence",
      "audience", "ouverture", "r\xc3\xa9ouverture", "fermeture",
      "inauguration", "lancement", "journ\xc3\xa9" "e", "coupure", "coupures",
      "perturbations", "rentr\xc3\xa9" "e",
      /* "Soldes d'hiver : début mercredi" */
      "d\xc3\xa9" "but",
      /* announcements: "Procès X : verdict le 12 mars", "Obsèques samedi
       * à 14 heures", "Clôture des inscriptions le 15 mars" */
      "verdict", "d\xc3\xa9lib\xc3\xa9r\xc3\xa9", "inscriptions",
      "cl\xc3\xb4ture", "\xc3\xa9preuves", "c\xc3\xa9r\xc3\xa9monie",
      "comm\xc3\xa9moration", "hommage", "obs\xc3\xa8ques", "fun\xc3\xa9railles",
      "festival", "salon", "forum", "braderie", "soldes",
      /* a town's agenda: "Brocante dimanche sur le port", "Concerts
       * gratuits le 21 juin" */
      "concerts", "brocante", "foire",
      "kermesse", "exposition", "spectacle", "spectacles", "permanence",
      "collecte",
      /* "Coupe de France : tirage au sort lundi à 19 h" */
      "tirage", NULL};
  int k = before;
  while (k >= 0 && C->v[k].seg == seg && in_h(C->v[k].w, C->v[k].h, dets))
    k--;
  /* "Date limite : 31 janvier", "Dernier délai : le 15 mars": a
   * deadline's topic before the colon, the date heading the line */
  if (k >= 0 && before + 1 < C->n && C->v[k].seg != seg &&
      C->v[k].sent == C->v[before + 1].sent) {
    int t = segment_first(C, k, C->v[k].seg);
    bool colon = false;
    for (size_t i = C->v[k].e; before + 1 < C->n && i < C->v[before + 1].s; i++)
      colon |= S->t[i] == ':';
    /* the next of a series before a colon or a comma: "Prochaine
     * réunion publique : le 12 janvier", "La prochaine séance, le 3
     * mars" */
    static const char *const next[] = {"prochain", "prochaine", "prochains",
                                       "prochaines", NULL};
    int tn = t < k && (eq(C->v[t].w, "la") ||
                       eq(C->v[t].w, "le") ||
                       eq(C->v[t].w, "les"))
                 ? t + 1
                 : t;
    if (k - tn <= 5 && in_h(C->v[tn].w, C->v[tn].h, next) &&
        (t == 0 || C->v[t - 1].sent != C->v[t].sent) &&
        verbless_rest(C, before))
      return 1;
    /* a deadline's topic may name what is due: "Date limite de dépôt
     * des dossiers : 31 mars" */
    if (!colon || k - t > 6 || (t > 0 && C->v[t - 1].sent == C->v[t].sent))
      return 0;
    for (int j = t; j <= k; j++)
      if (deadline_at(C, j))
        return 1;
    if (k - t <= 4 && (in_h(C->v[t].w, C->v[t].h, events) || agenda_noun(S, C, t)))
      return 1; /* "Soldes : le 7 janvier" */
    /* an event's name, then its day and what is on, no verb: "Nuits de
     * Fourvière : le 2 juin, ouverture avec un ballet" */
    return (proper_name(S, C, t, k + 1) || event_head(S, C, t)) &&
                   verbless_rest(C, before)
               ? FREX_TENSE_SCHEDULE
               : 0;
  }
  if (k < 0 || C->v[k].seg != seg)
    return 0;
  if (in_h(C->v[k].w, C->v[k].h, preps)) {
    /* only in a verbless heading: one to three words before the
     * preposition open the clause, the first a noun (not "Jusqu'au 19
     * novembre, les FDS avancent", "Et ce, jusqu'à vendredi", "a, dès
     * mercredi, acté", "Les FDS avancent jusqu'au 19 novembre") */
    static const char *const heads[] = {
        "le",  "la",   "les", "l",    "un",   "une", "des", "du",  "ce",
        "cet", "cette", "ces", "il",  "elle", "ils", "elles", "on", "je",
        "nous", "vous", "et",  "mais", "puis", "c",  "qui", "y",   NULL};
    int c = k;
    while (c > 0 && C->v[c - 1].clause == C->v[k].clause)
      c--;
    if (k - c >= 1 && k - c <= 3 && C->v[c].seg == seg &&
        !in_h(C->v[c].w, C->v[c].h, heads))
      return 1;
    /* ... or the line after a headline's topic, no verb before the
     * preposition ("Alerte canicule : le Var en vigilance rouge dès
     * mardi"; not "Grève : les routiers ont bloqué jusqu'à dimanche",
     * whose past is a cue) */
    int f = segment_first(C, k, seg);
    /* ... or the preposition opening the line after a topic ("Soldes :
     * jusqu'au 28 juillet dans les magasins") */
    if (k == f && after_topic(S, C, f) && date_ends_line(C, before))
      return 1;
    return k - f >= 1 && k - f <= 6 && after_topic(S, C, f) &&
                   verbless_before(C->v, k)
               ? 1
               : 0;
  }
  /* the event's noun heads the segment, four words at most before the
   * date ("Grève des cheminots jeudi", "Nouvelle journée de mobilisation
   * jeudi") */
  int f = segment_first(C, k, seg);
  static const char *const det_of_topic[] = {"le", "la", "les", "l", NULL};
  /* an ellipsis of the noun before ("Municipales : le premier tour le 15
   * mars, le second le 22 mars"): the cue of the segment before */
  static const char *const ordinals[] = {
      "second", "seconde", "deuxi\xc3\xa8me", "troisi\xc3\xa8me", "dernier",
      "derni\xc3\xa8re", "suivant", "suivante", NULL};
  if (k == f + 1 && in_h(C->v[f].w, C->v[f].h, det_of_topic) && in_h(C->v[k].w, C->v[k].h, ordinals) &&
      f > 0 && C->v[f - 1].sent == C->v[f].sent && C->v[f - 1].seg == seg - 1)
    return weak_cue(S, C, f - 1, seg - 1);
  /* ... and the second day of a list ("Brocante samedi et dimanche",
   * "Grève jeudi ou vendredi"): the noun of the segment before */
  if (k == f && (eq(C->v[f].w, "et") || eq(C->v[f].w, "ou")) &&
      f > 0 && C->v[f - 1].sent == C->v[f].sent && C->v[f - 1].seg == seg - 1)
    return weak_cue(S, C, f - 1, seg - 1);
  /* a line that is only its date after a topic that names an event, a
   * calendar: "Soldes d'hiver : du 7 janvier au 3 février" */
  static const char *const bare[] = {"du", "le", "les", "au", "et", NULL};
  bool only_date = true;
  for (int j = f; j <= k && only_date; j++)
    only_date = in_h(C->v[j].w, C->v[j].h, bare);
  if (only_date && after_topic(S, C, f)) {
    int t = f - 1;
    while (t > 0 && C->v[t - 1].sent == C->v[f].sent)
      t--;
    if (in_h(C->v[t].w, C->v[t].h, events) || agenda_noun(S, C, t) ||
        (f - t > 4 && event_head(S, C, t)))
      return 1;
    /* ... or the name of an event, the line a range ("Vieilles Charrues :
     * du 16 au 19 juillet", "Open d'Australie : du 18 janvier au 1er
     * février"; not "Bilan : du 3 au 5 mai"): to come unless recent */
    if (eq(C->v[f].w, "du") && proper_name(S, C, t, f))
      return FREX_TENSE_SCHEDULE;
    /* ... or the name of an event, its day, then what is on, no verb in
     * the sentence: an agenda ("Nuits de Fourvière : le 2 juin, ouverture
     * avec un ballet"; not "Procès X : le 12 mai, la cour a entendu") */
    if ((proper_name(S, C, t, f) || event_head(S, C, t)) &&
        verbless_rest(C, before))
      return FREX_TENSE_SCHEDULE;
    /* ... or any topic when the date, a place at most after it, ends a
     * verbless line: an event's calendar ("Francofolies : du 10 au 14
     * juillet à La Rochelle", "Journées du patrimoine : les 19 et 20
     * septembre"); not a topic that looks back ("Bilan : du 3 au 5 mai,
     * 300 interpellations" goes on after a comma anyway) */
    static const char *const looks_back[] = {
        "bilan", "retour", "r\xc3\xa9tro", "r\xc3\xa9trospective",
        "souvenir", "souvenirs", "chronologie", "r\xc3\xa9" "cit",
        "archives", "m\xc3\xa9moire", NULL};
    if (!in_h(C->v[t].w, C->v[t].h, looks_back) && date_ends_line(C, before))
      return FREX_TENSE_SCHEDULE;
  }
  /* the event's name and its range heading a headline: "Roland-Garros du
   * 24 mai au 7 juin : le tableau dévoilé" */
  int kd = k; /* the range's "du", also for its second bound */
  for (int j = before; j > f && before - j <= 3 &&
                       eq(C->v[before].w, "au");
       j--)
    if (eq(C->v[j - 1].w, "du")) {
      kd = j - 1;
      break;
    }
  if (kd > f && eq(C->v[kd].w, "du") && proper_name(S, C, f, kd) &&
      (f == 0 || C->v[f - 1].sent != C->v[f].sent)) {
    for (int j = k + 1; j < C->n && C->v[j].sent == C->v[k].sent; j++)
      if (C->v[j].seg != seg) {
        bool colon = false;
        for (size_t i = C->v[j - 1].e; i < C->v[j].s; i++)
          colon |= S->t[i] == ':';
        if (colon)
          return FREX_TENSE_SCHEDULE;
        break;
      }
  }
  /* after a headline's topic the noun may take its determiner:
   * "Élections européennes : le scrutin le 9 juin", "Brevet : les
   * résultats le 8 juillet" */
  if (f < k && in_h(C->v[f].w, C->v[f].h, det_of_topic) && after_topic(S, C, f) &&
      verbless_before(C->v, k + 1))
    f++; /* not "le scrutin a eu lieu le 9 juin" */
  /* the next of a series heading a verbless line: "Prochaine séance le
   * 2 février", "Prochain conseil municipal : le 12 janvier", "La
   * prochaine réunion, le 3 mars" */
  static const char *const next[] = {"prochain", "prochaine", "prochains",
                                     "prochaines", NULL};
  int fn = f < k && in_h(C->v[f].w, C->v[f].h, det_of_topic) ? f + 1 : f;
  if (fn < k && k - fn <= 5 && in_h(C->v[fn].w, C->v[fn].h, next) &&
      verbless_before(C->v, k + 1))
    return 1;
  if (f < k && in_h(C->v[f].w, C->v[f].h, pre))
    f++;
  /* a deadline in a heading or a present without a verb of tense: "La
   * date limite de dépôt des dossiers est le 31 janvier", "Impôts : date
   * limite le 22 mai" */
  if (f <= k && (deadline_at(C, f) ||
                 (f < k && in_h(C->v[f].w, C->v[f].h, det_of_topic) &&
                  deadline_at(C, f + 1)))) {
    /* not a deadline told in the past: "La date limite était le 31
     * janvier" (an imperfect before no participle is no cue) */
    for (int j = f; j <= k; j++) {
      const char *w = C->v[j].w;
      if (eq(w, "fut") || eq(w, "a") ||
          eq(w, "ont") ||
          (strlen(w) >= 5 && (ends_with(w, "ait") || ends_with(w, "aient"))))
        return 0;
    }
    return 1;
  }
  /* "Bac : résultats le 8 juillet", "Résultats du concours le 12 mars",
   * "Procès X : décision le 12 mars": a calendar's results or ruling, to
   * come unless recent; a weekday is the nearer
   * ("Municipales : résultats dimanche soir" may report them) */
  if (k - f <= 4 && (eq(C->v[f].w, "r\xc3\xa9sultats") ||
                     eq(C->v[f].w, "d\xc3\xa9" "cision"))) {
    static const char *const weekdays[] = {"lundi",    "mardi",  "mercredi",
                                           "jeudi",    "vendredi", "samedi",
                                           "dimanche", NULL};
    if (before + 1 < C->n && in_h(C->v[before + 1].w, C->v[before + 1].h, weekdays))
      return FREX_TENSE_NEAREST;
    /* "résultats du 3 mars" are those of a day gone, not a calendar's */
    return eq(C->v[before].w, "le") ? FREX_TENSE_SCHEDULE : 0;
  }
  /* the end of a procedure heading its line, a deadline: "Fin des
   * inscriptions le 30 avril", "Fin de la concertation le 10 février";
   * to come unless recent, as a programme's */
  if (k - f >= 2 && k - f <= 4 && eq(C->v[f].w, "fin") &&
      (eq(C->v[f + 1].w, "des") || eq(C->v[f + 1].w, "de") ||
       eq(C->v[f + 1].w, "du") || eq(C->v[f + 1].w, "d")) &&
      verbless_before(C->v, k + 1))
    return FREX_TENSE_SCHEDULE;
  /* the second bound of "du 1er au 15 juillet" is as far from the noun
   * as the range's "du" ("Fermeture de la piscine du 1er au 15 juillet") */
  int kr = k;
  if (eq(C->v[before].w, "au"))
    for (int j = before - 1; j > f && before - j <= 3; j--)
      if (C->v[j].seg == seg && eq(C->v[j].w, "du")) {
        kr = j;
        break;
      }
  return kr - f <= 4 && (in_h(C->v[f].w, C->v[f].h, events) || agenda_noun(S, C, f)) ? 1
                                                                        : 0;
}

/* The clitics between a preposition and its infinitive ("de la rouvrir",
 * "et s'introduire"). */
static const char *const clitics[] = {"le", "la", "les", "l", "se", "s", "y",
                                      "en", "lui", "leur", "ne", "n", NULL};

/* Is word J followed by an infinitive it governs: "compte lever", "va
 * réunir", "prévoit de recruter", "s'est engagé à couvrir", "a
 * l'intention de la rouvrir"? */
static bool governs_infinitive(const struct frex_date_ctx *C, int j) {
  int k = j + 1;
  while (k < C->n && k <= j + 4 && C->v[k].sent == C->v[j].sent &&
         in_h(C->v[k].w, C->v[k].h, between))
    k++;
  if (k < C->n && C->v[k].sent == C->v[j].sent &&
      (eq(C->v[k].w, "de") || eq(C->v[k].w, "d") ||
       is_a(C->v[k].w)))
    k++;
  for (int m = 0; m < 2 && k < C->n && in_h(C->v[k].w, C->v[k].h, clitics); m++)
    k++;
  return k < C->n && C->v[k].sent == C->v[j].sent && infinitive(C->v[k].w);
}

/* A date in an infinitive coordinated with an earlier one ("prévoit de
 * doubler ses effectifs d'ici la fin de l'année, pour atteindre 120
 * salariés, et de lancer une offre au second semestre", "va réunir les
 * syndicats, puis présenter un texte en mai") has the tense of the verb
 * that governs them, however far back in its sentence: +1 when its
 * segment opens on such an infinitive (after et, puis, ou, pour, afin de;
 * de, d', à; a clitic) and the nearest verb before it that governs an
 * infinitive is a future cue (a verb of intent or plan, aller, devoir, a
 * future).  A past cue on the way ends the chain ("a décidé de fermer
 * l'usine et de la rouvrir en septembre" keeps the default).  SEG is the
 * date's segment, BEFORE the word before the date. */
static int coordinated_infinitive(struct frex_date_ctx *C, int before,
                                  int seg) {
  static const char *const openers[] = {"et", "puis", "ou", "ainsi",
                                        "pour", "afin", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return 0;
  int f = segment_first(C, before, seg);
  int k = f;
  if (k <= before && in_h(C->v[k].w, C->v[k].h, openers))
    k++;
  if (k <= before && (eq(C->v[k].w, "de") ||
                      eq(C->v[k].w, "d") || is_a(C->v[k].w)))
    k++;
  for (int m = 0; m < 2 && k <= before && in_h(C->v[k].w, C->v[k].h, clitics); m++)
    k++;
  if (k > before || k - f < 1 || !infinitive(C->v[k].w))
    return 0;
  for (int j = f - 1; j >= 0 && C->v[j].sent == C->v[f].sent; j--) {
    int c = cue_at(C, j);
    if (c < 0)
      return 0;
    if (c > 0 && c < TENSE_CHANGE && governs_infinitive(C, j))
      return 1;
  }
  return 0;
}

/* A participle just before a date, with nothing but the date's
 * preposition between, is a past of its own whatever the main verb, when
 * it opens the date's segment ("La loi, votée en février, entrera en
 * vigueur en juillet", "Adoptée le 3 avril, la réforme s'appliquera") or
 * follows a noun ("jugé en mai pour des faits commis en février", "un
 * accord conclu en janvier"; not after an auxiliary, a clitic or an
 * adverb: "sera voté en mai", "sera définitivement adopté en mai").  -1
 * for a participle in -é(e)(s) or of the irregular ones listed; not
 * "été", a future cue ("prévue en juin", "reportée au 20 mars"), nor the
 * participles that schedule ("organisée samedi", "envisagée en mai"), nor
 * a noun in -é after its determiner ("une rentabilité au second
 * semestre"). */
static int apposed_participle(const scan *S, struct frex_date_ctx *C,
                              int before, int seg) {
  static const char *const preps[] = {"le", "la", "l", "en", "au", "d\xc3\xa8s",
                                      "depuis", "\xc3\xa0", "du", "fin",
                                      "d\xc3\xa9" "but", "mi", NULL};
  static const char *const irregular[] = {
      "commis", "commise", "commises", "conclu", "conclue", "conclus",
      "conclues", "tenu", "tenue", "tenus", "tenues", "survenu", "survenue",
      "survenus", "survenues", "\xc3\xa9lu", "\xc3\xa9lue", "\xc3\xa9lus",
      "\xc3\xa9lues", "rendu", "rendue", "rendus", "rendues",
      /* -ert, -is, -it, -u participles of verbs of events: "Le procès,
       * ouvert le 22 septembre, doit durer" */
      "ouvert", "ouverte", "ouverts", "ouvertes", "rouvert", "rouverte",
      "rouverts", "rouvertes", "mis", "mise", "mises", "pris", "prise",
      "prises", "repris", "reprise", "reprises", "acquis", "acquise",
      "acquises", "inscrit", "inscrite", "inscrits", "inscrites", "construit",
      "construite", "construits", "construites", "vendu", "vendue", "vendus",
      "vendues", "obtenu", "obtenue", "obtenus", "obtenues", "interrompu",
      "interrompue", "interrompus", "interrompues", "suspendu", "suspendue",
      "suspendus", "suspendues", "paru", "parue", "parus", "parues",
      "d\xc3\xa9" "couvert", "d\xc3\xa9" "couverte", "d\xc3\xa9" "couverts",
      "d\xc3\xa9" "couvertes", "atteint", "atteinte", "atteints",
      "atteintes", "soumis", "soumise", "soumises", "transmis", "transmise",
      "transmises",
      /* a death, a departure: "L'ancien député, disparu le 28 novembre,
       * sera inhumé samedi" */
      "disparu", "disparue", "disparus", "disparues", "mort", "morte",
      "morts", "mortes", "parti", "partie", "partis", "parties", NULL};
  /* stems of the participles that set a date for later */
  static const char *const schedule[] = {
      "organis", "convoqu", "envisag", "planifi", "fix", "report",
      "repouss", "d\xc3\xa9" "cal", "ajourn", "programm", "esp\xc3\xa9r",
      "diff\xc3\xa9r", /* "jugés en comparution différée le 26 janvier" */
      "souhait", NULL};
  /* stems of the participles of a purpose, a state that lasts rather than
   * an act done on the date: "ouvrira des créneaux dédiés dès la
   * mi-novembre", "une voie réservée aux bus dès lundi" (the main verb
   * gives their time) */
  static const char *const purpose[] = {
      "d\xc3\xa9" "di", "destin", "consacr", "r\xc3\xa9serv", NULL};
  static const char *const aux[] = {
      "\xc3\xaatre", "\xc3\xa9t\xc3\xa9", "\xc3\xa9tant", "soit", "sera",
      "seront", "serait", "seraient", "est", "sont", "\xc3\xa9tait",
      "\xc3\xa9taient", "fut", "a", "ont", "avait", "avaient", "aura",
      "auront", "aurait", "avoir", "ayant", "qui", "que", "qu", "il", "elle",
      "on", "ils", "elles", "c",
      /* a coordinated participle shares its auxiliary: "sera examiné
       * mardi, puis voté le 2 avril" */
      "puis", "et", "ou", "mais", "ni", "car", "donc", "or", "avant",
      "apr\xc3\xa8s", "pour", "sans", "par", "sur", "dans", "avec", "comme",
      "si", "quand", "dont", "o\xc3\xb9", "de", "d", "au", "aux", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return 0;
  int f = segment_first(C, before, seg);
  int p = before;
  while (p >= f && before - p < 3 && in_h(C->v[p].w, C->v[p].h, preps))
    p--;
  if (p < f || in_h(C->v[p].w, C->v[p].h, preps))
    return 0;
  /* an adverb in -ment between the participle and the date: "Le projet,
   * adopté définitivement mercredi par l'Assemblée, entre en vigueur" */
  if (p > f && ends_with(C->v[p].w, "ment") && strlen(C->v[p].w) > 6 &&
      participle(C->v[p - 1].w))
    p--;
  /* an adverb opening the segment keeps the apposition: "Le texte, de
   * nouveau présenté jeudi, sera voté" */
  if (p == f + 1 && eq(C->v[f].w, "denouveau") && f > 0 &&
      C->v[f - 1].sent == C->v[f].sent)
    f++;
  if (p > f) { /* after a noun, not an auxiliary, clitic or adverb */
    const char *q = C->v[p - 1].w;
    /* a word in -é after a determiner is a noun ("une rentabilité") */
    if (in(q, between) || in(q, aux) || in(q, determiners) ||
        ends_with(q, "ment") || eq(q, "tr\xc3\xa8s") ||
        eq(q, "moins") || eq(q, "si") ||
        eq(q, "assez"))
      return 0;
    /* "verra son offre renforcée dès la rentrée": the participle says
     * what the object of voir becomes, at the main verb's time */
    static const char *const see[] = {"voir",   "voit",    "voient",
                                      "verra",  "verront", "verrait",
                                      "verraient", NULL};
    if (p >= f + 3 && in_h(C->v[p - 2].w, C->v[p - 2].h, determiners) &&
        in_h(C->v[p - 3].w, C->v[p - 3].h, see))
      return 0;
  }
  const char *w = C->v[p].w;
  uint32_t wh = C->v[p].h;
  char stem[24];
  copy24(stem, w);
  size_t k = strlen(stem);
  if (k && stem[k - 1] == 's')
    stem[--k] = 0;
  if (k && stem[k - 1] == 'e')
    stem[--k] = 0;
  bool e_form = k >= 4 && (unsigned char)stem[k - 2] == 0xC3 &&
                (unsigned char)stem[k - 1] == 0xA9;
  if (e_form)
    stem[k -= 2] = 0;
  /* nouns in -ée, of time most ("comme chaque année le 21 juin", "en fin
   * de soirée samedi", "la tournée en mars") */
  static const char *const nouns[] = {
      "ann", "journ", "soir", "matin", "nuit", "rentr", "dur", "mus", "lyc",
      "assembl", "randonn", "tourn", "veill", "id", "arm", "vall",
      "chauss", "pens", "troph", "\xc3\xa9pop", "mosqu", "chemin", "odyss",
      "mar", "travers", "foul", "flamb", "fus", "poign",
      /* ... and in -é: "à 20 degrés samedi", "le grand marché samedi" */
      "degr", "c\xc3\xb4t", "march", "comit", "d\xc3\xa9put", "caf",
      "cong", "soci\xc3\xa9t", "universit", "activit", "s\xc3\xa9" "curit",
      "majorit", "sant", "qualit", "communaut", NULL};
  /* the participle that names the kind of a town's event is no act
   * ("Portes ouvertes samedi", "Bal masqué samedi soir") */
  static const char *const event_kinds[] = {
      "ouvertes", "masqu\xc3\xa9", "costum\xc3\xa9", "d\xc3\xa9guis\xc3\xa9",
      "partag\xc3\xa9", "couvert", NULL};
  if (p == f + 1 && in_h(w, wh, event_kinds) && agenda_noun(S, C, f))
    return 0;
  if (!(e_form || in_h(w, wh, irregular)) ||
      HAS_PREFIX(w, "\xc3\xa9t\xc3\xa9") || in(stem, schedule) ||
      in(stem, purpose) ||
      (e_form && in(stem, nouns)) || cue_at(C, p) > 0)
    return 0;
  /* opening its segment, it is an apposition: its time is the main
   * verb's (frex_date_tense) */
  return p == f ? -2 : -1;
}

/* A headline's participle of a state before a weekday: "Grève SNCF : le
 * trafic fortement perturbé jeudi", "Collège fermé lundi", "Routes
 * coupées samedi", "Marché de Noël annulé dimanche", "15 départements
 * concernés mercredi".  A verbless line of news names the day a
 * disruption is set for, the coming one.  The evidence: no verb before
 * the participle in its segment (not "a été fermé lundi"), the
 * participle after its noun, not opening its segment (an apposition:
 * "Le collège, fermé lundi après une intrusion, a rouvert"), and no past
 * cue in its sentence ("Marché annulé dimanche : le vent était trop
 * fort").  The participles of what a news item reports found or done
 * ("découvert", "interpellé", "tué") are not of a state and stay past.
 * BEFORE is the word before the date, SEG its segment. */
static bool headline_state(struct frex_date_ctx *C, int before, int seg) {
  static const char *const states[] = {
      "perturb", "ferm", "coup", "annul", "suspendu", "bloqu",
      "interrompu", "supprim", "paralys", "concern", "interdit", "limit",
      /* "Circulation alternée jeudi", "Bus déviés samedi" */
      "altern", "d\xc3\xa9vi", "restreint", "neutralis",
      "r\xc3\xa9" "duit", "ralenti", "gratuit", "ouvert", NULL};
  static const char *const weekdays[] = {"lundi",    "mardi",  "mercredi",
                                         "jeudi",    "vendredi", "samedi",
                                         "dimanche", NULL};
  if (before < 1 || before + 1 >= C->n || C->v[before].seg != seg ||
      !in_h(C->v[before + 1].w, C->v[before + 1].h, weekdays))
    return false;
  int p = before;
  if (eq(C->v[p].w, "ce")) /* "Collège fermé ce lundi" */
    p--;
  int f = segment_first(C, p, seg);
  char stem[24];
  participle_stem(C->v[p].w, stem);
  if (p <= f || !participle(C->v[p].w) || !in(stem, states) ||
      !verbless_before(C->v, p))
    return false;
  /* the noun before it, an adverb maybe between ("le trafic fortement
   * perturbé"), not a determiner ("le fermé") */
  int q = p - 1;
  if (q > f && (ends_with(C->v[q].w, "ment") || in_h(C->v[q].w, C->v[q].h, between)))
    q--;
  if (in_h(C->v[q].w, C->v[q].h, determiners) || in_h(C->v[q].w, C->v[q].h, between))
    return false;
  /* a past cue, or an imperfect ("le vent était trop fort"), anywhere in
   * the sentence */
  int sent = C->v[before].sent, k = before;
  while (k > 0 && C->v[k - 1].sent == sent)
    k--;
  for (; k < C->n && C->v[k].sent == sent; k++) {
    const char *w = C->v[k].w;
    if (k != p && (cue_at(C, k) < 0 ||
                   (strlen(w) >= 5 &&
                    (ends_with(w, "ait") || ends_with(w, "aient")) &&
                    !ends_with(w, "rait") && !ends_with(w, "raient"))))
      return false;
  }
  return true;
}

/* A demand or proposal in the present, its object then a date after a
 * preposition of time: "la direction propose 2,2 % au 1er janvier", "les
 * syndicats réclament une hausse dès janvier", "le ministre veut une loi
 * avant mars".  What is asked for is still to come; "réclame le paiement
 * des primes de novembre" names a month past (no preposition of time),
 * "la demande de janvier" is a noun.  BEFORE is the word before the
 * date, SEG its segment. */
static bool demanded_ahead(const scan *S, const struct frex_date_ctx *C,
                           int before, int seg) {
  static const char *const preps[] = {"au", "\xc3\xa0", "d\xc3\xa8s",
                                      "avant", "en", "pour", NULL};
  static const char *const verbs[] = {
      "propose", "proposent", "r\xc3\xa9" "clame", "r\xc3\xa9" "clament",
      "demande", "demandent", "exige", "exigent", "revendique",
      "revendiquent", "souhaite", "souhaitent", "veut", "veulent",
      "sugg\xc3\xa8re", "sugg\xc3\xa8rent", "recommande", "recommandent",
      "pr\xc3\xa9" "conise", "pr\xc3\xa9" "conisent", "pr\xc3\xb4ne",
      "pr\xc3\xb4nent", NULL};
  /* a word that opens another clause or verb between the demand and
   * the date ("réclament une hausse, mais la direction a versé une prime
   * en janvier") */
  static const char *const stops[] = {
      "a", "ont", "avait", "avaient", "est", "sont", "\xc3\xa9tait",
      "\xc3\xa9taient", "qui", "que", "qu", "mais", "car", "dont",
      "o\xc3\xb9", NULL};
  static const char *const noun_dets[] = {"la", "une", "sa", "cette", "leur",
                                          "de", "d", "des", "les", "ces",
                                          "leurs", "ses", NULL};
  /* "avant le 15 janvier", "au plus tard le 15 mars" */
  int p = before;
  if (p >= 1 && C->v[p - 1].seg == seg &&
      (eq(C->v[p].w, "le") || eq(C->v[p].w, "l")))
    p--;
  if (p >= 2 && C->v[p - 2].seg == seg && eq(C->v[p].w, "tard") &&
      eq(C->v[p - 1].w, "plus"))
    p -= 2;
  if (p < 1 || C->v[p].seg != seg || !in_h(C->v[p].w, C->v[p].h, preps))
    return false;
  before = p;
  int f = segment_first(C, before, seg);
  /* a second object joined by "et": "réclament une prime de 600 euros
   * et une hausse des salaires de 3 % au 1er janvier" (not "et la
   * direction a versé": a stop word below) */
  if (f >= 1 && f + 1 < before && eq(C->v[f].w, "et") &&
      in_h(C->v[f + 1].w, C->v[f + 1].h, noun_dets) && C->v[f - 1].sent == C->v[f].sent)
    f = segment_first(C, f - 1, C->v[f - 1].seg);
  for (int k = before - 1; k >= f && k >= before - 16; k--) {
    const char *w = C->v[k].w;
    uint32_t wh = C->v[k].h;
    if (in_h(w, wh, stops))
      return false;
    if (!in_h(w, wh, verbs))
      continue;
    if (k > f && in_h(C->v[k - 1].w, C->v[k - 1].h, noun_dets))
      return false;
    /* its object right after it: a determiner, or a figure (no word of
     * this list: "propose 2 % au 1er janvier") */
    if (in_h(C->v[k + 1].w, C->v[k + 1].h, determiners))
      return true;
    for (size_t b = C->v[k].e; b < C->v[k + 1].s; b++)
      if (S->t[b] >= '0' && S->t[b] <= '9')
        return true;
    return false;
  }
  return false;
}

/* A condition in the present: "RTE n'exclut pas des coupures si la
 * consommation dépasse 90 gigawatts jeudi", "s'il pleut dimanche".  "si"
 * and a present tell what may come; not a past in the clause ("si les
 * ventes ont reculé en mars", "s'il était présent mardi"), not "même si"
 * (what holds now), not the adverb ("une hausse si forte en mars").
 * BEFORE is the word before the date, SEG its segment. */
static bool if_present(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const subjects[] = {
      "la", "le", "les", "l", "il", "ils", "elle", "elles", "on", "un",
      "une", "des", "ce", "cette", "ces", "cet", "nous", "vous", "leur",
      "leurs", "sa", "son", "ses", "aucun", "aucune", NULL};
  static const char *const pasts[] = {
      "a", "ont", "avait", "avaient", "est", "sont", "\xc3\xa9tait",
      "\xc3\xa9taient", "fut", "furent", "eut", "avez", "avons", NULL};
  /* "si la hausse de mars est justifiée": a noun's month */
  static const char *const of[] = {"de", "d", "du", "des", NULL};
  if (before < 0 || C->v[before].seg != seg || in_h(C->v[before].w, C->v[before].h, of))
    return false;
  int f = segment_first(C, before, seg);
  for (int k = before; k >= f && k >= before - 10; k--) {
    const char *w = C->v[k].w;
    uint32_t wh = C->v[k].h;
    if (in_h(w, wh, pasts) ||
        (strlen(w) >= 5 && (ends_with(w, "ait") || ends_with(w, "aient"))))
      return false;
    bool si = eq(w, "si"), s_ = eq(w, "s");
    if (!si && !s_)
      continue;
    if (k + 1 > before || (k > f && eq(C->v[k - 1].w, "m\xc3\xaame")))
      return false;
    const char *x = C->v[k + 1].w;
    return si ? in(x, subjects)
              : eq(x, "il") || eq(x, "ils");
  }
  return false;
}

/* A past verb of speech whose object is an event to come, the date
 * after that object: "le gouverneur a évoqué une nouvelle baisse en
 * mars", "a annoncé une prochaine réunion le 12 mars", "a promis de
 * nouvelles hausses en avril".  The event may lie on either side of the
 * DCT (a verb of speech tells it before, as after); "a annoncé la baisse
 * en mars" and "les ventes ont enregistré une nouvelle baisse en mars"
 * keep their past.  BEFORE is the word before the date, SEG its
 * segment. */
static bool speech_of_coming(const struct frex_date_ctx *C, int before,
                             int seg) {
  static const char *const next[] = {
      "nouvelle", "nouvelles", "nouveau", "nouveaux", "nouvel", "prochaine",
      "prochaines", "prochain", "prochains", "future", "futures", "futur",
      "futurs", "\xc3\xa9ventuelle", "\xc3\xa9ventuelles", "\xc3\xa9ventuel",
      "\xc3\xa9ventuels", NULL};
  static const char *const dets[] = {"une", "un", "la", "le", "l", "de", "des",
                                     "d", "sa", "son", "ses", "leur",
                                     "leurs", "la", NULL};
  /* participle stems of verbs of speech, forecast or call */
  static const char *const speech[] = {
      "\xc3\xa9voqu", "annonc", "promi", "sugg\xc3\xa9r", "propos",
      "r\xc3\xa9" "clam", "demand", "pr\xc3\xa9" "di", "anticip", "confirm",
      "pr\xc3\xa9" "cis", "pr\xc3\xa9ven", "avert", "\xc3\xa9voqu",
      "envisag", "laiss\xc3\xa9", "brandi", "exig", "souhait", "esp\xc3\xa9r",
      "pr\xc3\xa9" "conis", "appel", "plaid", "d\xc3\xa9" "cid", "vot",
      "approuv", "valid", "pr\xc3\xa9sent", "d\xc3\xa9voil", "ouvert", NULL};
  static const char *const aux[] = {"a", "ont", "avait", "avaient", "aurait",
                                    "auraient", "eu", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  int j = -1;
  for (int k = before; k >= f && k >= before - 7; k--)
    if (in_h(C->v[k].w, C->v[k].h, next)) {
      j = k;
      break;
    }
  if (j < f + 2 || !in_h(C->v[j - 1].w, C->v[j - 1].h, dets))
    return false;
  /* the verb before the determiner, maybe after an adverb or "pour", "à"
   * ("a plaidé pour une nouvelle baisse", "a appelé à une nouvelle
   * grève") */
  int v = j - 2;
  if (v >= f && (eq(C->v[v].w, "pour") || is_a(C->v[v].w)))
    v--;
  if (v >= f && ends_with(C->v[v].w, "ment"))
    v--;
  if (v < f + 1 || !participle(C->v[v].w))
    return false;
  int a = v - 1;
  while (a > f && in_h(C->v[a].w, C->v[a].h, between))
    a--;
  if (!in_h(C->v[a].w, C->v[a].h, aux))
    return false;
  for (const char *const *p = speech; *p; p++)
    if (strncmp(C->v[v].w, *p, strlen(*p)) == 0)
      return true;
  return false;
}

/* Is the date the day a change announced, decided or provided for takes
 * effect ("a proposé une hausse de 4 % du tarif au 1er février", "un
 * accord prévoyant une revalorisation de 2 % au 1er mars", "a décidé un
 * gel des prix jusqu'au 31 mars")?  The past verb tells when the change
 * was settled, not when it applies, and what one announces is mostly to
 * come: the coming date unless the past one is recent
 * (FREX_TENSE_SCHEDULE). */
static bool change_announced(const struct frex_date_ctx *C, int before,
                             int seg) {
  static const char *const preps[] = {"au", "du", "d\xc3\xa8s", NULL};
  /* nouns of a change that takes effect on a date */
  static const char *const changes[] = {
      "hausse", "hausses", "baisse", "baisses", "augmentation",
      "augmentations", "revalorisation", "revalorisations", "diminution",
      "diminutions", "r\xc3\xa9" "duction", "r\xc3\xa9" "ductions",
      "rel\xc3\xa8vement", "rel\xc3\xa8vements", "gel", "majoration",
      "majorations", "suppression", "suppressions", "prolongation",
      "instauration", "g\xc3\xa9n\xc3\xa9ralisation", "interdiction",
      "interdictions", NULL};
  /* stems of the verbs that announce, decide or provide for it */
  static const char *const settle[] = {
      "annonc", "propos", "d\xc3\xa9" "cid", "vot", "approuv", "valid",
      "adopt", "confirm", "act\xc3\xa9", "ent\xc3\xa9rin", "promi", "pr\xc3\xa9voy",
      "pr\xc3\xa9vu", "pr\xc3\xa9voi", "sign", "n\xc3\xa9goci", "obten",
      "arrach", "d\xc3\xa9" "cr\xc3\xa9t", NULL};
  static const char *const dets[] = {"une", "un", "la", "le", "l", "sa",
                                     "son", "ses", "leur", "leurs", "cette",
                                     "ce", "cet", "de", "d", "nouvelle",
                                     "nouveau", "nouvel", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  int p = before;
  if (p >= f && (eq(C->v[p].w, "le") || eq(C->v[p].w, "l")))
    p--; /* "dès le", "à partir du" */
  if (p < f || !in_h(C->v[p].w, C->v[p].h, preps))
    return false;
  /* ... or their verbs, after "de": "a décidé de relever de 0,5 point la
   * taxe d'aménagement au 1er mars" */
  static const char *const change_verbs[] = {
      "relever", "augmenter", "baisser", "r\xc3\xa9" "duire", "diminuer",
      "geler", "majorer", "supprimer", "prolonger", "instaurer",
      "revaloriser", "g\xc3\xa9n\xc3\xa9raliser", "interdire", "doubler",
      "ramener", "porter", NULL};
  /* the day of the announcement between the verb and its object: "a
   * proposé vendredi (dernier) une hausse", "ont annoncé cette semaine
   * (la semaine dernière, jeudi 3 décembre) une hausse" */
  static const char *const when[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "dernier", "derni\xc3\xa8re", "hier", "matin", "soir",
      "apr\xc3\xa8s-midi", "semaine", "janvier", "f\xc3\xa9vrier", "mars",
      "avril", "mai", "juin", "juillet", "ao\xc3\xbbt", "septembre", "octobre",
      "novembre", "d\xc3\xa9" "cembre", NULL};
  for (int k = p - 1; k >= f + 1 && k >= p - 12; k--) {
    if (in_h(C->v[k].w, C->v[k].h, change_verbs) && k - 2 >= f &&
        (eq(C->v[k - 1].w, "de") || eq(C->v[k - 1].w, "d"))) {
      for (const char *const *s = settle; *s; s++)
        if (strncmp(C->v[k - 2].w, *s, strlen(*s)) == 0)
          return true;
      return false;
    }
    if (!in_h(C->v[k].w, C->v[k].h, changes))
      continue;
    int v = k - 1;
    while (v > f && before - v < 16 &&
           (in_h(C->v[v].w, C->v[v].h, dets) || in_h(C->v[v].w, C->v[v].h, when)))
      v--;
    for (const char *const *s = settle; *s; s++)
      if (strncmp(C->v[v].w, *s, strlen(*s)) == 0)
        return true;
    return false;
  }
  return false;
}

/* Is the date a deadline set by a request ("Son président a demandé une
 * table ronde avant le 15 décembre", "a exigé une réponse au plus tard le
 * 20", "a demandé aux préfets de recenser les besoins avant le 20
 * décembre")?  What one asks for is to come, whatever the tense of the
 * asking: the coming date unless the past one is recent
 * (FREX_TENSE_SCHEDULE), as for a change announced. */
static bool deadline_requested(const struct frex_date_ctx *C, int before,
                               int seg) {
  /* stems of the verbs that ask, summon or press */
  static const char *const ask[] = {
      "demand", "r\xc3\xa9" "clam", "exig", "somm\xc3\xa9", "somme",
      "enjoin", "invit", "press\xc3\xa9", "mis en demeure", "pri\xc3\xa9",
      "convoqu", NULL};
  if (before < 1 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  int p = before;
  if (eq(C->v[p].w, "le") || eq(C->v[p].w, "l"))
    p--;
  if (p < f)
    return false;
  if (eq(C->v[p].w, "tard") && p - 2 >= f && eq(C->v[p - 1].w, "plus") &&
      eq(C->v[p - 2].w, "au"))
    p -= 2; /* au plus tard le */
  else if (!eq(C->v[p].w, "avant"))
    return false;
  /* not the noun: "les demandes déposées avant le 15 octobre" */
  static const char *const dets[] = {"la", "les", "une", "des", "sa", "ses",
                                     "leur", "leurs", "cette", "ces", "sur",
                                     "de", "d", NULL};
  for (int k = p - 1; k >= f && k >= p - 12; k--)
    for (const char *const *s = ask; *s; s++)
      if (strncmp(C->v[k].w, *s, strlen(*s)) == 0)
        return k == f || !in(C->v[k - 1].w, dets);
  return false;
}

/* Is the date the day of an event announced, set or decided, after the
 * event's noun ("Rennes Métropole a annoncé lundi la fermeture de la
 * rocade nord dans la nuit du 8 au 9 décembre", "a fixé la réouverture
 * du site au 3 février", "a annoncé le lancement de sa nouvelle offre en
 * mars")?  What one announces is mostly to come, as a change is
 * (change_announced): the coming date unless the past one is recent.
 * Not the date right after the verb ("a annoncé en mars la fermeture":
 * the announcement's), nor an event told as a fact ("la fermeture de
 * l'usine en mars a coûté 200 emplois"), nor a pluperfect.  BEFORE is
 * the word before the date, SEG its segment. */
/* Is there a comma between words A - 1 and A? */
static bool comma_before(const scan *S, const struct frex_date_ctx *C, int a) {
  for (size_t b = C->v[a - 1].e; b < C->v[a].s; b++)
    if (S->t[b] == ',')
      return true;
  return false;
}

static bool event_announced(const scan *S, struct frex_date_ctx *C, int before,
                            int seg) {
  /* words between the event's complement and the date */
  static const char *const preps[] = {
      "le", "l", "la", "les", "en", "au", "aux", "du", "des", "d\xc3\xa8s",
      "dans", "pour", "\xc3\xa0", "partir", "courant", "d\xc3\xa8s",
      "jusqu", NULL};
  /* nouns of an event that happens on a date */
  static const char *const events[] = {
      "fermeture", "fermetures", "ouverture", "ouvertures",
      "r\xc3\xa9ouverture", "lancement", "mise", "livraison", "livraisons",
      "inauguration", "gr\xc3\xa8ve", "gr\xc3\xa8ves", "manifestation",
      "manifestations", "mobilisation", "rassemblement", "vote", "scrutin",
      "r\xc3\xa9" "f\xc3\xa9rendum", "audience", "proc\xc3\xa8s", "sommet",
      "r\xc3\xa9union", "r\xc3\xa9unions", "assembl\xc3\xa9" "e", "congr\xc3\xa8s",
      "rencontre", "visite", "d\xc3\xa9m\xc3\xa9nagement", "d\xc3\xa9molition",
      "travaux", "sortie", "entr\xc3\xa9" "e", "publication", "c\xc3\xa9r\xc3\xa9monie",
      "coupure", "coupures", "d\xc3\xa9marrage", "reprise", "arr\xc3\xaat",
      "fusion", "examen", "signature", "consultation", "perturbations",
      "d\xc3\xa9part", "arriv\xc3\xa9" "e", "concert", "spectacle",
      "match", "festival", "salon", "tournage", "lancements", "tenue",
      "organisation", "d\xc3\xa9p\xc3\xb4t", "blocage", "blocages",
      "d\xc3\xa9" "bat", "conf\xc3\xa9rence", "\xc3\xa9lection",
      "\xc3\xa9lections", "obs\xc3\xa8ques", "hommage", "marche",
      "f\xc3\xaate", "journ\xc3\xa9" "e", NULL};
  /* stems of the verbs that announce, set or decide it */
  static const char *const settle[] = {
      "annonc", "programm", "fix", "confirm", "d\xc3\xa9" "cid", "pr\xc3\xa9vu",
      "pr\xc3\xa9voi", "pr\xc3\xa9voy", "planifi", "avanc", "report",
      "d\xc3\xa9" "cal", "repouss", "act\xc3\xa9", "officialis", "ent\xc3\xa9rin",
      "vot", "approuv", "valid", "ordonn", "autoris", "convoqu", "appel",
      "promi", "promet", "r\xc3\xa9" "clam", "exig", "demand", NULL};
  static const char *const dets[] = {
      "une", "un", "la", "le", "l", "les", "des", "sa", "son", "ses", "leur",
      "leurs", "cette", "ce", "cet", "\xc3\xa0", "nouvelle", "nouveau",
      "nouvel", "prochaine", "prochain", "future", "futur", NULL};
  /* when the announcement was made: "a annoncé lundi soir la fermeture" */
  static const char *const when[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "hier", "soir", "matin", "ce", "dernier", NULL};
  /* participles that move a hearing or a match to a date, their object
   * between: "le tribunal a renvoyé le procès au 15 janvier", "le juge a
   * ajourné l'audience au 3 février" */
  static const char *const moved[] = {
      "renvoy\xc3\xa9", "ajourn\xc3\xa9", "report\xc3\xa9",
      "repouss\xc3\xa9", "d\xc3\xa9" "cal\xc3\xa9", "avanc\xc3\xa9",
      "fix\xc3\xa9", "programm\xc3\xa9", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  if (eq(C->v[before].w, "au"))
    for (int k = before - 2; k >= f + 1 && k >= before - 6; k--) {
      if (in_h(C->v[k].w, C->v[k].h, moved))
        return eq(C->v[k - 1].w, "a") ||
               eq(C->v[k - 1].w, "ont");
      if (cue_at(C, k) != 0)
        break;
    }
  /* not a weekday alone: "la fermeture des magasins le dimanche" is a
   * day of every week, and "a annoncé une grève lundi" may tell the
   * announcement's day (README) */
  static const char *const weekdays[] = {"lundi", "mardi", "mercredi",
                                         "jeudi", "vendredi", "samedi",
                                         "dimanche", NULL};
  if (before + 1 < C->n &&
      in_h(C->v[before + 1].w, C->v[before + 1].h, weekdays) &&
      !(before + 2 < C->n && C->v[before + 2].seg == seg &&
        (C->v[before + 2].w[0] >= '0' && C->v[before + 2].w[0] <= '9')))
    return false;
  int p = before;
  while (p >= f && before - p < 3 && in_h(C->v[p].w, C->v[p].h, preps))
    p--;
  /* the date opens its segment after an incise of a few words and no
   * verb: "a annoncé la fermeture des urgences, faute de médecins, du 19
   * décembre au 4 janvier" reads the segment before the incise */
  /* ... or after the start of a range in that segment: "du 19 décembre
   * au 4 janvier" */
  bool date_only = p >= f;
  for (int k = f; k <= p && date_only; k++)
    date_only = in_h(C->v[k].w, C->v[k].h, preps) || (C->v[k].w[0] >= '0' && C->v[k].w[0] <= '9') ||
                eq(C->v[k].w, "er") ||
                frex_date_month(C->v[k].w, strlen(C->v[k].w)) > 0;
  if ((p < f || date_only) && f >= 2) {
    int g = segment_first(C, f - 1, C->v[f - 1].seg);
    bool incise = f - g <= 4;
    for (int k = g; k < f && incise; k++)
      incise = cue_at(C, k) == 0;
    if (incise && g >= 1 && C->v[g - 1].sent == C->v[f].sent &&
        comma_before(S, C, g) && comma_before(S, C, f)) {
      p = g - 1;
      f = segment_first(C, p, C->v[p].seg);
    }
  }
  /* the event's complements may be long: "la fermeture temporaire des
   * urgences de l'hôpital du 19 décembre" */
  for (int k = p; k >= f + 2 && k >= p - 10; k--) {
    if (cue_at(C, k) != 0)
      return false; /* a verb between: the date is its own */
    if (!in_h(C->v[k].w, C->v[k].h, events))
      continue;
    int v = k - 1;
    if (!in_h(C->v[v].w, C->v[v].h, dets))
      continue; /* "la tenue d'un sommet": the noun before */
    while (v > f && in_h(C->v[v].w, C->v[v].h, dets))
      v--;
    while (v > f && in_h(C->v[v].w, C->v[v].h, when))
      v--;
    while (v > f && in_h(C->v[v].w, C->v[v].h, between))
      v--;
    const char *w = C->v[v].w;
    bool settles = false;
    for (const char *const *s = settle; *s && !settles; s++)
      settles = strncmp(w, *s, strlen(*s)) == 0;
    if (!settles)
      continue;
    /* "a annoncé", "ont fixé" or a present ("annonce"); not a noun
     * ("l'annonce de la fermeture") nor a pluperfect */
    int a = v - 1;
    while (a > f && in_h(C->v[a].w, C->v[a].h, between))
      a--;
    const char *aw = a >= f ? C->v[a].w : "";
    if (participle(w))
      return eq(aw, "a") || eq(aw, "ont");
    return !in(aw, dets) && !eq(aw, "de") && !eq(aw, "d") &&
           !eq(aw, "du");
  }
  return false;
}

/* The nearest tense cue of the clause of word BEFORE outside its segment
 * SEG (the main verb of an apposition), or 0. */
static int main_verb_tense(struct frex_date_ctx *C, int before, int seg) {
  int clause = C->v[before].clause;
  for (int d = 1; d < 2 * CUE_REACH; d++)
    for (int side = 0; side < 2; side++) {
      int k = side ? before + d : before - d;
      if (k < 0 || k >= C->n || C->v[k].clause != clause ||
          C->v[k].seg == seg)
        continue;
      int c = cue_at(C, k);
      if (c)
        return c;
    }
  return 0;
}

/* The date is the period of published figures, after their noun:
 * "les chiffres du mois de février", "les résultats du quatrième
 * trimestre", "l'inflation de février", "le PIB du troisième trimestre",
 * "la croissance du quatrième trimestre", "le chiffre d'affaires du
 * premier semestre", "le bénéfice net du troisième trimestre", "les
 * ventes de décembre", "le déficit du premier semestre", maybe with an
 * adjective between ("les résultats annuels", "la perte nette").
 * BEFORE is the word before the date, SEG its segment. */
static bool figures_of(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const of[] = {"de", "du", "d", NULL};
  static const char *const nouns[] = {
      "chiffres", "r\xc3\xa9sultats", "r\xc3\xa9sultat", "bilan", "comptes",
      "donn\xc3\xa9" "es", "statistiques", "indice", "inflation",
      "ch\xc3\xb4mage", "pib", "croissance", "ventes", "b\xc3\xa9n\xc3\xa9" "fice",
      "b\xc3\xa9n\xc3\xa9" "fices", "perte", "pertes", "d\xc3\xa9" "ficit",
      "d\xc3\xa9" "ficits", "activit\xc3\xa9", "estimation", "estimations",
      "exc\xc3\xa9" "dent", "marge", "marges", "immatriculations",
      "exportations", "importations", "commandes", "consommation",
      "production", "investissements", "encours", "collecte", NULL};
  /* adjectives between the noun and "du" */
  static const char *const adjs[] = {
      "net", "nette", "nets", "nettes", "brut", "brute", "bruts", "brutes",
      "annuel", "annuels", "annuelle", "annuelles", "trimestriel",
      "trimestriels", "trimestrielle", "trimestrielles", "semestriel",
      "semestriels", "semestrielle", "semestrielles", "mensuel", "mensuels",
      "mensuelle", "mensuelles", "op\xc3\xa9rationnel",
      "op\xc3\xa9rationnelle", "consolid\xc3\xa9", "consolid\xc3\xa9s",
      "mondial", "mondiale", "mondiales", "mondiaux", "totales", "total",
      "publi\xc3\xa9", "publi\xc3\xa9s", "publi\xc3\xa9" "e",
      "publi\xc3\xa9" "es", "provisoire", "provisoires", "d\xc3\xa9" "finitif",
      "d\xc3\xa9" "finitifs", "d\xc3\xa9" "finitive", "d\xc3\xa9" "finitives",
      "\xc3\xa9" "conomique", "fran\xc3\xa7" "aise", "fran\xc3\xa7" "ais",
      "europ\xc3\xa9" "enne", "am\xc3\xa9ricaine", "am\xc3\xa9ricain", NULL};
  int k = before;
  if (k < 0 || C->v[k].seg != seg || !in_h(C->v[k].w, C->v[k].h, of))
    return false;
  k--;
  if (k >= 1 && eq(C->v[k].w, "mois") &&
      (eq(C->v[k - 1].w, "du") || eq(C->v[k - 1].w, "le")))
    k -= 2; /* "du mois de février" */
  if (k >= 0 && in_h(C->v[k].w, C->v[k].h, adjs))
    k--;
  if (k < 0 || C->v[k].seg != seg)
    return false;
  /* "le chiffre d'affaires du premier semestre" */
  if (eq(C->v[k].w, "affaires"))
    return k >= 2 && eq(C->v[k - 1].w, "d") &&
           eq(C->v[k - 2].w, "chiffre");
  return in_h(C->v[k].w, C->v[k].h, nouns);
}

/* Is the date after "depuis" ("le rôle qu'il joue depuis mars", "les
 * prix augmentent depuis le 1er mars")?  A present then lasts from a
 * past date. */
static bool since(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const skip[] = {"le", "la", "l", "d\xc3\xa9" "but",
                                     "fin", "mi", "la", NULL};
  int k = before;
  while (k >= 0 && before - k < 2 && C->v[k].seg == seg && in_h(C->v[k].w, C->v[k].h, skip))
    k--;
  return k >= 0 && C->v[k].seg == seg && eq(C->v[k].w, "depuis");
}

/* Is the date between words BEFORE and AFTER a step of a narration in
 * the present: fronted in its sentence ("Le 1er mars, les prix
 * augmentent"), after a sentence of the same paragraph in the past with
 * no future ("La crise a éclaté en janvier.")?  An announcement puts the
 * date after its verb ("Le gouvernement a tranché. Les tarifs augmentent
 * le 1er mars."). */
static bool narrated_before(const scan *S, struct frex_date_ctx *C,
                            int before, int after) {
  static const char *const lead[] = {"le", "la", "l", "en", "au", "d\xc3\xa8s",
                                     "ce", "cet", "cette", "dans", NULL};
  if (after >= C->n)
    return false;
  int sent = C->v[after].sent, f = after;
  while (f > 0 && C->v[f - 1].sent == sent)
    f--;
  if (f == 0)
    return false;
  /* fronted: at most one word of the sentence before the date, a
   * determiner or a preposition */
  if (before >= f && (before > f || !in_h(C->v[before].w, C->v[before].h, lead)))
    return false;
  /* a change told again is to come: "Il augmente encore le 1er mars",
   * "à nouveau", "de nouveau" */
  for (int j = f; j < C->n && C->v[j].sent == sent; j++)
    if (eq(C->v[j].w, "encore") || eq(C->v[j].w, "nouveau"))
      return false;
  /* a blank line between the two sentences ends the paragraph */
  int nl = 0;
  for (size_t i = C->v[f - 1].e; i < C->v[f].s; i++)
    if (S->t[i] == '\n' && ++nl == 2)
      return false;
  int past = 0;
  for (int j = f - 1; j >= 0 && C->v[j].sent == C->v[f - 1].sent; j--) {
    int c = cue_at(C, j);
    if (c > 0)
      return false;
    if (c < 0)
      past++;
  }
  return past > 0;
}

/* Is the date an end point in a present ("le gouvernement gèle les
 * tarifs jusqu'au 31 janvier", "l'exposition est visible jusqu'à fin
 * mars"): a state that lasts until then, the coming one unless recent
 * (a past verb, "il est resté jusqu'au", is a cue and wins)?  BEFORE is
 * the word before the date, SEG its segment. */
static bool until(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const dets[] = {"au", "\xc3\xa0", "a", "l", "le", "la",
                                     "aux", "en", NULL};
  int k = before;
  /* "jusqu'au", "jusqu'à la mi-janvier", "jusqu'en février" */
  for (int d = 0; d < 2 && k >= 0 && C->v[k].seg == seg && in_h(C->v[k].w, C->v[k].h, dets);
       d++)
    k--;
  /* after a verb in its segment: not heading it ("Jusqu'au 19 novembre,
   * les FDS avancent" narrates), nor after "eu" ("il a eu jusqu'au 27
   * février pour répondre") */
  return k >= 1 && C->v[k].seg == seg && C->v[k - 1].seg == seg &&
         !eq(C->v[k - 1].w, "eu") &&
         (eq(C->v[k].w, "jusqu") || eq(C->v[k].w, "jusque"));
}

/* Was the state that lasts until the date set by a past act ("Météo-France
 * a placé 12 départements en vigilance orange jusqu'à mercredi", "le
 * préfet a interdit les rassemblements jusqu'à dimanche", "l'état
 * d'urgence a été prolongé jusqu'au 26 mai")?  Its end is then a date to
 * come unless recent, as a state in the present is (until).  Not "a été
 * fermé" (README: "Le musée a été fermé jusqu'à dimanche" is told of a
 * past closure), nor a pluperfect ("avait été placé"). */
static bool set_until(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const set[] = {
      "plac\xc3\xa9", "prolong\xc3\xa9", "d\xc3\xa9" "cr\xc3\xa9t\xc3\xa9",
      "instaur\xc3\xa9", "impos\xc3\xa9", "gel\xc3\xa9", "d\xc3\xa9" "clench\xc3\xa9", "activ\xc3\xa9",
      "limit\xc3\xa9", "interdit", "suspendu", "maintenu", "reconduit",
      "\xc3\xa9tendu", "restreint",
      /* a time granted or put off: "l'Urssaf a accordé un moratoire
       * jusqu'au 31 mars", "le juge a donné jusqu'au 30 juin" */
      "accord\xc3\xa9", "octroy\xc3\xa9", "autoris\xc3\xa9", "ordonn\xc3\xa9",
      "report\xc3\xa9", "repouss\xc3\xa9", "diff\xc3\xa9r\xc3\xa9", "donn\xc3\xa9",
      "laiss\xc3\xa9", NULL};
  static const char *const ends[] = {"", "e", "s", "es", NULL};
  if (!until(C, before, seg))
    return false;
  for (int k = before - 1; k >= 1 && k >= before - CUE_REACH &&
                           C->v[k].seg == seg;
       k--)
    for (const char *const *p = set; *p; p++) {
      size_t n = strlen(*p);
      const char *w = C->v[k].w, *a = C->v[k - 1].w;
      if (strncmp(w, *p, n) != 0 || !in(w + n, ends))
        continue;
      if (eq(a, "\xc3\xa9t\xc3\xa9") && k >= 2) /* "a été" */
        a = C->v[k - 2].w;
      return eq(a, "a") || eq(a, "ont"); /* not "avait" */
    }
  return false;
}

/* Does the date follow "remonte(nt) au/à" ("les faits remontent au 3
 * décembre", "remonte à mars"): dates back to it, a past (not "la
 * température remonte à 20 degrés samedi", a change)?  BEFORE is the
 * word before the date, SEG its segment. */
static bool dates_back(const struct frex_date_ctx *C, int before, int seg) {
  int k = before;
  if (k >= 0 && C->v[k].seg == seg &&
      (eq(C->v[k].w, "le") || eq(C->v[k].w, "l") ||
       eq(C->v[k].w, "la")))
    k--; /* "remonte à la fin mars" */
  if (k < 1 || C->v[k].seg != seg || C->v[k - 1].seg != seg ||
      !(eq(C->v[k].w, "au") || eq(C->v[k].w, "aux") ||
        is_a(C->v[k].w)))
    return false;
  return eq(C->v[k - 1].w, "remonte") ||
         eq(C->v[k - 1].w, "remontent") ||
         eq(C->v[k - 1].w, "remontant");
}

void frex_date_ctx_free(struct frex_date_ctx *C) { free(C); }

/* The words around the date at [START, END) in S's window, read when it
 * does not hold them: BEFORE is the word before the date, AFTER the one
 * after it, SEG and CLAUSE the date's segment and clause.  NULL when there
 * is no memory for the window. */
static struct frex_date_ctx *locate(scan *S, size_t start, size_t end,
                                    int *pbefore, int *pafter, int *pseg,
                                    int *pclause) {
  struct frex_date_ctx *C = S->ctx;
  if (!C) {
    C = S->ctx = malloc(sizeof *C);
    if (!C)
      return NULL;
    C->lo = C->hi = 0;
  }
  /* the window must hold the date and CTX_MARGIN bytes on each side (or
   * reach the body's edges) */
  size_t want_lo = start > S->body + CTX_MARGIN ? start - CTX_MARGIN : S->body;
  size_t want_hi = end + CTX_MARGIN < S->len ? end + CTX_MARGIN : S->len;
  if (C->hi <= C->lo || want_lo < C->lo || want_hi > C->hi) {
    size_t lo = start > S->body + CTX_SPAN ? start - CTX_SPAN : S->body;
    size_t hi = end + CTX_SPAN < S->len ? end + CTX_SPAN : S->len;
    /* start the window at a word's start */
    while (lo > S->body && letter_at(S, lo - 1))
      lo--;
    read_window(S, C, lo, hi);
  }
  int before = -1, after = C->n;
  for (int k = 0; k < C->n; k++) {
    if (C->v[k].e <= start)
      before = k;
    else if (C->v[k].s >= end) {
      after = k;
      break;
    }
  }
  /* the segment and clause of the date: those of the word before it, plus
   * what lies between that word and the date */
  int seg = before >= 0 ? C->v[before].seg : 0;
  int clause = before >= 0 ? C->v[before].clause : 0;
  for (size_t i = before >= 0 ? C->v[before].e : C->lo; i < start; i++) {
    if (wrapped_line(S, i))
      continue;
    if (sentence_end(S, i))
      seg++, clause++;
    else if (segment_end(S, i))
      seg++;
  }
  *pbefore = before, *pafter = after, *pseg = seg, *pclause = clause;
  return C;
}

/* Is the date at [START, END) told in a present passive that reports an
 * act ("La vigilance orange, déclenchée mercredi, est levée jeudi", "Le
 * suspect, interpellé lundi, est mis en examen mercredi", "est déféré
 * jeudi au parquet"), not one that schedules ("est organisée dimanche",
 * "est convoqué mardi") nor a plan ("est prévue samedi")? */
bool frex_date_report_present(scan *S, size_t start, size_t end) {
  int before, after, seg, clause;
  struct frex_date_ctx *C =
      locate(S, start, end, &before, &after, &seg, &clause);
  if (!C)
    return false;
  for (int k = before; k >= 0 && k >= before - 6 && C->v[k].seg == seg; k--) {
    if (!eq(C->v[k].w, "est") && !eq(C->v[k].w, "sont"))
      continue;
    const cword *x = after_aux(C->v, C->n, k);
    if (!x || x - C->v > before || !participle(x->w) || etre_verb(x->w) ||
        (k > 0 && C->v[k - 1].seg == seg &&
         (eq(C->v[k - 1].w, "s") || eq(C->v[k - 1].w, "se"))))
      return false;
    int xi = (int)(x - C->v);
    return cue_at(C, k) != 1 && cue_at(C, xi) != 1 &&
           scheduled_now(C->v, C->n, xi) == 0 && !set_for(C->v, C->n, xi);
  }
  return false;
}

/* Is T[A..B) spaces only (the spaces of a line break: "hier⏎  samedi")? */
static bool only_spaces(const scan *S, size_t a, size_t b) {
  while (a < b && S->t[a] == ' ')
    a++;
  return a == b;
}

/* Does the participle that opens the date's segment SEG (the word
 * BEFORE is in it) tell an act done to the subject, past whatever the
 * main verb ("Le maire, élu en mars, présentera son budget en décembre",
 * "Le suspect, interpellé le 3 mars, sera jugé en octobre", "L'usine,
 * fermée en février, rouvrira")?  Other steps a future main verb may
 * place on either side of the DCT ("Le texte, examiné en avril par le
 * Sénat, sera voté en mai", "Le modèle, commercialisé en mars, sera
 * vendu"). */
static bool done_to_subject(const struct frex_date_ctx *C, int before,
                            int seg) {
  static const char *const acts[] = {
      "\xc3\xa9lu", "r\xc3\xa9\xc3\xa9lu", "nomm", "d\xc3\xa9sign", "interpell",
      "arr\xc3\xaat", "bless", "condamn", "tu", "agress", "limog",
      "licenci", "recrut", "embauch", "fond", "cr\xc3\xa9", "rachet",
      "inaugur", "ferm", "victime", "dispar", "mort", "d\xc3\xa9" "c\xc3\xa9" "d",
      NULL};
  char stem[24];
  participle_stem(C->v[segment_first(C, before, seg)].w, stem);
  return in(stem, acts);
}

/* Does the sentence open its frame with the week or the week-end to
 * come before the word BEFORE ("Le week-end prochain, place au tournoi de
 * football, samedi et dimanche au stade": the days of that week-end)? */
static bool next_week_frame(const struct frex_date_ctx *C, int before) {
  if (before < 0)
    return false;
  int sent = C->v[before].sent;
  for (int k = before; k >= 1 && C->v[k].sent == sent; k--)
    if ((eq(C->v[k].w, "prochain") ||
         eq(C->v[k].w, "prochaine")) &&
        (eq(C->v[k - 1].w, "semaine") ||
         eq(C->v[k - 1].w, "end") ||
         eq(C->v[k - 1].w, "weekend")) &&
        C->v[k - 1].sent == sent)
      return true;
  return false;
}

/* Skip the spaces at K, a single line break among them (a wrapped
 * line: "20\nh 30", an indent, CRLF); returns the first other byte. */
static size_t skip_spaces(const scan *S, size_t k) {
  int breaks = 0;
  while (k < S->len && frex_date_is_space(S->t, S->len, k)) {
    if (S->t[k] == '\n' && ++breaks > 1)
      break;
    k += (unsigned char)S->t[k] == 0xC2 ? 2 : (unsigned char)S->t[k] == 0xE2 ? 3 : 1;
  }
  return k;
}

/* An agenda's entry: a bare weekday and its hour, with no verb of tense
 * in its clause ("Mardi 20 h 30 : conseil municipal", "samedi 14 h,
 * ouverture des stands", "Lundi 14 h-17 h : permanence"): the coming
 * one.  Not a day number: "samedi 14 juin" has no "h" after it. */
static bool agenda_clock(const scan *S, size_t start, size_t end) {
  static const char *const wds[] = {"lundi", "mardi", "mercredi", "jeudi",
                                    "vendredi", "samedi", "dimanche", NULL};
  char w[16];
  if (end - start >= sizeof w)
    return false;
  for (size_t i = start; i < end; i++)
    w[i - start] = (char)(S->t[i] | 0x20);
  w[end - start] = 0;
  if (!in(w, wds))
    return false;
  size_t k = end;
  if (k < S->len && S->t[k] == ',')
    k++;
  size_t d = skip_spaces(S, k);
  if (d == k)
    return false;
  k = d;
  while (k < S->len && k - d < 3 && S->t[k] >= '0' && S->t[k] <= '9')
    k++;
  if (k == d || k - d > 2)
    return false;
  k = skip_spaces(S, k);
  if (k >= S->len || (S->t[k] != 'h' && S->t[k] != 'H'))
    return false;
  k++;
  return k >= S->len || !frex_date_is_letter_at(S->t, S->len, k) ||
         HAS_PREFIX(S->t + k, "eures");
}

/* Is the date in a paragraph that a programme's heading opens,
 * "Programme :", "Au programme :", "Le programme :" ("Au programme :
 * lundi, visite du chantier ; mardi, réunion publique")? */
static bool programme_line(const scan *S, size_t start) {
  size_t l = start, lo = start > S->body + 400 ? start - 400 : S->body;
  /* back to the paragraph's start: a blank line, or a line break after a
   * sentence's end (one line a paragraph) */
  while (l > lo) {
    if (S->t[l - 1] == '\n') {
      size_t p = l - 1;
      while (p > lo && (S->t[p - 1] == ' ' || S->t[p - 1] == '\t' ||
                        S->t[p - 1] == '\r'))
        p--;
      if (p > lo && strchr("\n.!?", S->t[p - 1]))
        break;
    }
    l--;
  }
  l = skip_spaces(S, l);
  static const char *const heads[][3] = {{"programme", NULL, NULL},
                                         {"au", "programme", NULL},
                                         {"le", "programme", NULL}};
  for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
    size_t k = l;
    bool same = true;
    for (int j = 0; same && j < 3 && heads[h][j]; j++) {
      size_t n = strlen(heads[h][j]);
      if (j)
        k = skip_spaces(S, k);
      for (size_t i = 0; i < n && same; i++)
        same = k + i < start && (char)(S->t[k + i] | 0x20) == heads[h][j][i];
      k += n;
      same = same && k < start && !frex_date_is_letter_at(S->t, S->len, k);
    }
    if (!same)
      continue;
    k = skip_spaces(S, k);
    if (k < start && S->t[k] == ':')
      return true;
  }
  return false;
}

/* Is the date at [START, END) a dispatch's dateline, "NANTES, 6 décembre
 * (AFP) - ...": a capitalised place opening its line, a comma, the date,
 * maybe an agency in brackets, then a dash?  The body's verb after the
 * dash says nothing of it (the day of the dispatch). */
static bool dispatch_dateline(const scan *S, size_t start, size_t end) {
  size_t k = skip_spaces(S, end);
  if (k < S->len && S->t[k] == '(') {
    size_t c = k + 1;
    while (c < S->len && c - k < 24 && S->t[c] != ')' && S->t[c] != '\n')
      c++;
    if (c >= S->len || S->t[c] != ')')
      return false;
    k = skip_spaces(S, c + 1);
  }
  bool dash = k < S->len &&
              (S->t[k] == '-' ||
               (k + 2 < S->len && (unsigned char)S->t[k] == 0xE2 &&
                (unsigned char)S->t[k + 1] == 0x80 &&
                ((unsigned char)S->t[k + 2] == 0x93 ||
                 (unsigned char)S->t[k + 2] == 0x94)));
  if (!dash)
    return false;
  /* before the date: a comma after the place, the place opening the line */
  size_t b = start;
  while (b > S->body && (S->t[b - 1] == ' ' || S->t[b - 1] == '\t'))
    b--;
  if (b == S->body || S->t[b - 1] != ',')
    return false;
  b--;
  size_t l = b;
  while (l > S->body && S->t[l - 1] != '\n' && b - l < 48)
    l--;
  if (l > S->body && S->t[l - 1] != '\n')
    return false;
  while (l < b && (S->t[l] == ' ' || S->t[l] == '\t'))
    l++;
  if (l >= b || !frex_date_is_upper_at(S, l))
    return false;
  for (size_t i = l; i < b; i++)
    if (strchr(".!?;:", S->t[i]))
      return false;
  return true;
}

/* Does segment SEG tell a recent past ("nous venons d'élaborer un
 * document", "vient de signer") or a reported one ("aurait été signé
 * cette semaine, croit savoir le FT", "aurait démissionné"), which the
 * cues leave open?  CLAUSE: the date's.  A present read on a Sunday would take "cette
 * semaine" for the coming week. */
static bool recent_past(const struct frex_date_ctx *C, int clause) {
  static const char *const venir[] = {"viens",   "vient", "venons", "venez",
                                      "viennent", "venait", "venaient", NULL};
  for (int k = 0; k + 1 < C->n; k++) {
    if (C->v[k].clause != clause)
      continue;
    const char *w = C->v[k].w;
    uint32_t wh = C->v[k].h;
    if (in_h(w, wh, venir) && C->v[k + 1].seg == C->v[k].seg && k + 2 < C->n &&
        (eq(C->v[k + 1].w, "de") || eq(C->v[k + 1].w, "d")) &&
        infinitive(C->v[k + 2].w))
      return true;
    if (eq(w, "aurait") || eq(w, "auraient")) {
      const cword *x = after_aux(C->v, C->n, k);
      if (x && participle(x->w) && !eq(x->w, "lieu"))
        return true;
    }
  }
  return false;
}

/* Is the date after "avant" ("avant Noël", "avant le 31 mars") in a
 * clause with no tense cue (T is 0), or in a condition ("si aucun accord
 * n'est trouvé avant Noël": its present passive reads as a past
 * otherwise)? */
static bool deadline_avant(const struct frex_date_ctx *C, int before, int seg,
                           int t) {
  static const char *const arts[] = {"le", "la", "l", NULL};
  int a = before;
  /* a meeting named by its day: "avant le conseil de lundi", "avant la
   * réunion de mardi" */
  if (a >= 3 && C->v[a].seg == seg && C->v[a - 3].seg == seg &&
      eq(C->v[a].w, "de") && !C->v[a - 1].name &&
      in_h(C->v[a - 2].w, C->v[a - 2].h, arts) &&
      eq(C->v[a - 3].w, "avant"))
    a -= 2;
  if (a >= 0 && C->v[a].seg == seg && in_h(C->v[a].w, C->v[a].h, arts))
    a--;
  if (a < 0 || C->v[a].seg != seg || !eq(C->v[a].w, "avant"))
    return false;
  /* "peu avant la mi-janvier", "juste avant Noël": a narrative's time */
  static const char *const shortly[] = {"peu", "juste", "bien", "jours",
                                        "semaines", "mois", "heures",
                                        "temps", NULL};
  if (a > 0 && C->v[a - 1].seg == seg && in_h(C->v[a - 1].w, C->v[a - 1].h, shortly))
    return false;
  if (t == 0)
    return true;
  int f = segment_first(C, a, seg);
  for (int k = a - 1; k >= f && k >= a - 10; k--)
    if ((eq(C->v[k].w, "si") || eq(C->v[k].w, "s")) &&
        k + 1 < a && !eq(C->v[k + 1].w, "m\xc3\xaame"))
      return true;
  return false;
}

/* The end of a range is read from where its start is: the verb of "va
 * suspendre la production de son usine de Sochaux du 21 décembre au 11
 * janvier" reaches "11 janvier" as it reaches "21 décembre".  The word
 * before "du" when BEFORE is the "au" of such a range, else BEFORE. */
static int range_start(const struct frex_date_ctx *C, int before, int seg) {
  if (before < 2 || !eq(C->v[before].w, "au") ||
      C->v[before - 1].seg != seg ||
      frex_date_month(C->v[before - 1].w, strlen(C->v[before - 1].w)) <= 0)
    return before;
  int k = before - 2;
  if (k >= 0 && eq(C->v[k].w, "er"))
    k--;
  return k >= 0 && C->v[k].seg == seg && eq(C->v[k].w, "du") ? k
                                                                        : before;
}

/* Is the date at [START, END) a weekday heading a paragraph of an
 * agenda ("Mardi. L'Insee publie ses chiffres ..."): a weekday alone,
 * then a full stop or a colon, at a line's start, in a document whose
 * first lines announce what comes ("L'agenda de la semaine", "les
 * rendez-vous des prochains jours", "au programme")? */
static bool agenda_heading(const scan *S, size_t start, size_t end) {
  if (start > S->body && S->t[start - 1] != '\n')
    return false;
  if (!frex_date_weekday(S->t + start, end - start) || end + 1 >= S->len ||
      (S->t[end] != '.' && S->t[end] != ':') ||
      (S->t[end + 1] != ' ' && S->t[end + 1] != '\n'))
    return false;
  static const char *const heads[] = {"agenda", "prochains jours",
                                      "au programme", "semaine \xc3\xa0 venir",
                                      "jours \xc3\xa0 venir", NULL};
  char head[401];
  size_t n = S->len - S->body < 400 ? S->len - S->body : 400;
  for (size_t k = 0; k < n; k++) {
    char x = S->t[S->body + k];
    head[k] = x >= 'A' && x <= 'Z' ? (char)(x | 0x20) : x;
  }
  head[n] = 0;
  for (int k = 0; heads[k]; k++)
    if (strstr(head, heads[k]))
      return true;
  return false;
}

/* A rate, price or rule in force from a date, the word of its state
 * before the date: "Le livret A, rémunéré à 1,5 % au 1er février, reste",
 * "la hausse, applicable au 1er janvier, concerne", "les règles en
 * vigueur dès le 1er janvier", "le barème, applicable le 1er février",
 * "les loyers, plafonnés à 3,5 % au 1er janvier".  The date is when the
 * state takes effect, the coming one unless the past one is recent
 * (FREX_TENSE_SCHEDULE), as for a change announced.  Not a past main
 * verb ("rémunéré à 3 % au 1er février, a attiré 20 milliards"), not the
 * date figures are counted at ("le bilan, arrêté au 30 septembre"), not
 * "depuis".  BEFORE is the word before the date, SEG its segment. */
static bool in_force_from(scan *S, struct frex_date_ctx *C, int before,
                          int seg) {
  static const char *const preps[] = {"au", "d\xc3\xa8s", "du", NULL};
  /* what may stand between the word of the state and the preposition:
   * the rate ("à 1,5 %": its digits are no words), "à compter", "à
   * partir" */
  static const char *const rate[] = {"\xc3\xa0", "de", "d", "euro", "euros",
                                     "point", "points", "centimes",
                                     "centime", "compter", "partir", NULL};
  static const char *const adjectives[] = {
      "applicable", "applicables", "effectif", "effective", "effectifs",
      "effectives", "exigible", "exigibles", "payable", "payables",
      "opposable", "opposables", "obligatoire", "obligatoires", "valable",
      "valables", "vigueur", NULL};
  /* stems of the participles of a rate or a cap so set */
  static const char *const set[] = {"r\xc3\xa9mun\xc3\xa9r", "plafonn",
                                    "fix", "index", "revaloris", "major",
                                    "factur", "tarif", NULL};
  if (before < 1 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  int p = before;
  bool le = eq(C->v[p].w, "le") || eq(C->v[p].w, "l");
  if (le)
    p--; /* "dès le", "applicable le" */
  if (p < f)
    return false;
  if (in(C->v[p].w, preps))
    p--;
  else if (!le)
    return false;
  while (p >= f && before - p < 7 && in(C->v[p].w, rate))
    p--;
  if (p < f)
    return false;
  const char *w = C->v[p].w;
  char stem[24];
  participle_stem(w, stem);
  if (eq(w, "vigueur") ? !(p > f && eq(C->v[p - 1].w, "en"))
                       : !(in(w, adjectives) ||
                           (participle(w) && in(stem, set))))
    return false;
  /* a step taking effect on a date, apposed to the act that announced
   * it: "Le PDG a annoncé son départ, effectif au 31 mars", "a confirmé
   * sa démission, effective le 1er janvier" (the past is the
   * announcement's, the date the step's, to come unless recent) */
  static const char *const effect[] = {"effectif", "effective", "effectifs",
                                       "effectives", NULL};
  static const char *const told[] = {
      "annonc\xc3\xa9", "confirm\xc3\xa9", "officialis\xc3\xa9",
      "d\xc3\xa9" "cid\xc3\xa9", "act\xc3\xa9", "ent\xc3\xa9rin\xc3\xa9",
      "sign\xc3\xa9", "approuv\xc3\xa9", "valid\xc3\xa9", "adopt\xc3\xa9",
      "pr\xc3\xa9sent\xc3\xa9", "remis", "notifi\xc3\xa9", NULL};
  if (in(w, effect)) {
    size_t a = C->v[p].s;
    while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
      a--;
    if (a > S->body && S->t[a - 1] == ',')
      for (int k = p - 1; k > 0 && C->v[k].sent == C->v[p].sent; k--)
        if (in(C->v[k].w, told) &&
            (eq(C->v[k - 1].w, "a") || eq(C->v[k - 1].w, "ont")))
          return true;
  }
  /* the word of the state after its noun, in apposition or not: not a
   * verb's ("a été fixé", "sont applicables" read as they are) */
  int q = eq(w, "vigueur") ? p - 2 : p - 1;
  if (q >= f && (in(C->v[q].w, between) || eq(C->v[q].w, "est") ||
                 eq(C->v[q].w, "sont") || eq(C->v[q].w, "\xc3\xa9t\xc3\xa9") ||
                 eq(C->v[q].w, "\xc3\xa9tait") || eq(C->v[q].w, "a") ||
                 eq(C->v[q].w, "ont")))
    return false;
  /* no past before it in its clause ("Les retraités ont vu leur pension
   * revalorisée au 1er janvier") nor outside its segment */
  if (avoir_past_before(C->v, p))
    return false;
  for (int k = f; k < p; k++)
    if (cue_at(C, k) < 0)
      return false;
  return main_verb_tense(C, before, seg) >= 0;
}

/* A date after an incise between commas reads the verb before the
 * incise, whose object it goes with: "Le conseil régional adoptera, au
 * terme d'une session mouvementée et après l'examen de 300 amendements
 * déposés par l'opposition, son budget le 17 décembre" (not the
 * participle inside the incise).  The words between the second comma and
 * the date hold no cue, the incise is of 2 to 40 words in its sentence,
 * and the word before the first comma is a verb with a cue.  Returns
 * that cue, else 0. */
static int incise_verb(scan *S, struct frex_date_ctx *C, size_t start,
                       int before) {
  if (before < 2)
    return 0;
  int k = before;
  /* back to the second comma, no cue on the way */
  while (k >= 0 && C->v[k].s < start) {
    size_t a = C->v[k].s;
    while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
      a--;
    if (cue_at(C, k))
      return 0;
    if (a > S->body && S->t[a - 1] == ',')
      break;
    if (a > S->body && strchr(".;:!?()\n", S->t[a - 1]))
      return 0;
    if (before - k > 6)
      return 0;
    k--;
  }
  if (k < 2 || C->v[k - 1].sent != C->v[k].sent)
    return 0;
  /* back over the incise to the first comma */
  int j = k - 1;
  for (; j > 0 && k - j <= 40 && C->v[j].sent == C->v[k].sent; j--) {
    size_t a = C->v[j].s;
    while (a > S->body && frex_date_is_space(S->t, S->len, a - 1))
      a--;
    if (a > S->body && S->t[a - 1] == ',')
      break;
    if (a > S->body && strchr(".;:!?()\n", S->t[a - 1]))
      return 0;
  }
  if (j < 1 || k - j < 2 || k - j > 40 || C->v[j - 1].sent != C->v[j].sent)
    return 0;
  /* the verb right before the first comma, its auxiliary maybe ("a
   * inauguré", "a été adopté") */
  for (int x = j - 1; x >= 0 && x >= j - 3 && C->v[x].sent == C->v[j].sent;
       x--) {
    int c = cue_at(C, x);
    if (c)
      return c == 1 || c == -1 ? c : 0;
  }
  return 0;
}

/* Is the date at [START, END) the date of a figure in an apposition
 * between commas: "Le taux, à 3,1 % en novembre, pourrait descendre", "Le
 * chômage, à 7,4 % au troisième trimestre, devrait remonter",
 * "L'inflation, de 1,2 % en octobre, devrait ralentir"?  The figure was
 * measured then, whatever the main verb says: an observation, the latest
 * not after the DCT.  Not "Le taux pourrait atteindre 3,1 % en novembre"
 * (no apposition). */
static bool figure_apposition(const scan *S, size_t start, size_t end) {
  const char *t = S->t;
  size_t e = end;
  while (e < S->len && (t[e] == ' ' || t[e] == '\t'))
    e++;
  if (e >= S->len || t[e] != ',')
    return false;
  /* back to the comma that opens it, over the figure: at most 48 bytes */
  size_t lo = start > S->body + 48 ? start - 48 : S->body, c = start;
  while (c > lo && ((t[c - 1] != ',' && t[c - 1] != '.' && t[c - 1] != '\n' &&
                      t[c - 1] != ';' && t[c - 1] != ':' && t[c - 1] != '(') ||
                     (c >= lo + 2 && c < start && t[c - 2] >= '0' &&
                      t[c - 2] <= '9' && t[c] >= '0' && t[c] <= '9')))
    c--; /* a decimal comma or point ("3,1") is inside */
  if (c == lo || t[c - 1] != ',')
    return false;
  size_t k = c;
  while (k < start && t[k] == ' ')
    k++;
  /* "à", "de", "d'" */
  if (k + 3 <= start && (unsigned char)t[k] == 0xC3 &&
      (unsigned char)t[k + 1] == 0xA0 && t[k + 2] == ' ')
    k += 3;
  else if (k + 3 <= start && t[k] == 'd' && t[k + 1] == 'e' && t[k + 2] == ' ')
    k += 3;
  else if (k + 2 <= start && t[k] == 'd' && t[k + 1] == '\'')
    k += 2;
  else
    return false;
  while (k < start && t[k] == ' ')
    k++;
  if (k >= start || t[k] < '0' || t[k] > '9')
    return false;
  /* the figure, its unit, then "en" / "au" / "fin" right before the date */
  bool prep = false;
  for (size_t q = start; q > k + 2;) {
    size_t b = q;
    while (b > k && t[b - 1] == ' ')
      b--;
    size_t a = b;
    while (a > k && t[a - 1] != ' ')
      a--;
    prep = (b - a == 2 && (memcmp(t + a, "en", 2) == 0 ||
                           memcmp(t + a, "au", 2) == 0)) ||
           (b - a == 3 && memcmp(t + a, "fin", 3) == 0);
    break;
  }
  /* ... or the date's own "fin", "début", "mi-": "à 1,65 euro fin
   * octobre" */
  if (!prep && start + 4 <= S->len &&
      (memcmp(t + start, "fin ", 4) == 0 || memcmp(t + start, "mi-", 3) == 0 ||
       (start + 6 <= S->len && memcmp(t + start, "d\xc3\xa9" "but", 6) == 0)))
    prep = true;
  if (!prep)
    return false;
  /* a clock time is no figure: "Le rendez-vous, à 18 heures en janvier," */
  for (size_t q = k; q + 2 <= start; q++)
    if ((t[q] == 'h' && (q + 1 == start || t[q + 1] == ' ' ||
                         (t[q + 1] >= '0' && t[q + 1] <= '9')) &&
         q > k && (t[q - 1] == ' ' || (t[q - 1] >= '0' && t[q - 1] <= '9'))) ||
        memcmp(t + q, "heure", 5 <= start - q ? 5 : start - q) == 0)
      return false;
  /* no verb inside: digits, a unit, its words ("%", "euros", "points",
   * "millions") */
  for (size_t q = k; q < start; q++)
    if (t[q] == ',' && !(q > k && q + 1 < start && t[q - 1] >= '0' &&
                         t[q - 1] <= '9' && t[q + 1] >= '0' && t[q + 1] <= '9'))
      return false;
  return start - k <= 40;
}

/* Does the segment of the date (BEFORE the word before it, SEG its
 * segment) open its sentence with "après", "depuis", "lors" or "suite"
 * and a noun, and end before the sentence goes on ("Après sa mort le 30
 * novembre, …")? */
static bool fronted_event(const struct frex_date_ctx *C, int before, int seg) {
  static const char *const opens[] = {"apr\xc3\xa8s", "depuis", "lors",
                                      "suite", NULL};
  if (before < 0 || C->v[before].seg != seg)
    return false;
  int f = segment_first(C, before, seg);
  if (f > 0 && C->v[f - 1].sent == C->v[f].sent)
    return false;
  /* an event's noun between: not "Après le 15 décembre, …" */
  if (!in(C->v[f].w, opens) || f + 1 >= before)
    return false;
  int k = before + 1;
  while (k < C->n && C->v[k].seg == seg)
    k++;
  return k < C->n && C->v[k].sent == C->v[f].sent;
}

int frex_date_tense(scan *S, size_t start, size_t end) {
  int before, after, seg, clause;
  if (dispatch_dateline(S, start, end))
    return 0;
  if (agenda_heading(S, start, end))
    return 1;
  if (figure_apposition(S, start, end))
    return -1;
  struct frex_date_ctx *C =
      locate(S, start, end, &before, &after, &seg, &clause);
  if (!C)
    return 0; /* no context: the default direction */
  /* "hier samedi", "demain lundi" */
  if (before >= 0 && C->v[before].seg == seg &&
      (C->v[before].e + 1 >= start || only_spaces(S, C->v[before].e, start))) {
    const char *w = C->v[before].w;
    if (eq(w, "hier"))
      return -1;
    if (eq(w, "demain"))
      return 1;
  }
  /* "Noël approche", "Le 1er mai approche": the date comes, it is the
   * subject of the verb right after it */
  /* the verb of the date, past "la rentrée des classes", "la rentrée
   * scolaire" */
  int verb = after;
  if (verb + 1 < C->n && eq(C->v[verb].w, "des") &&
      eq(C->v[verb + 1].w, "classes") &&
      HAS_PREFIX(S->t + start, "rentr"))
    verb += 2;
  else if (verb < C->n && eq(C->v[verb].w, "scolaire") &&
           HAS_PREFIX(S->t + start, "rentr"))
    verb++;
  if (verb < C->n && C->v[verb].seg == seg &&
      (eq(C->v[verb].w, "approche") ||
       eq(C->v[verb].w, "approchent")))
    return 1;
  /* "La rentrée se prépare", "L'été s'annonce chaud", "se profile", "se
   * dessine": a present of what is being readied, the date is to come */
  static const char *const readied[] = {
      "pr\xc3\xa9" "pare", "pr\xc3\xa9" "parent", "profile", "profilent",
      "dessine",
      "dessinent", "annonce", "annoncent", "organise", "organisent", NULL};
  if (verb + 1 < C->n && C->v[verb].seg == seg &&
      C->v[verb + 1].seg == seg &&
      (eq(C->v[verb].w, "se") || eq(C->v[verb].w, "s")) &&
      in_h(C->v[verb + 1].w, C->v[verb + 1].h, readied))
    return 1;
  /* ... and the date that is the object of a present of readying or
   * awaiting: "Les fleuristes préparent la Saint-Valentin", "Amazon
   * prépare déjà le Black Friday", "les commerçants attendent Noël" */
  {
    static const char *const ready[] = {
        "pr\xc3\xa9" "pare", "pr\xc3\xa9" "parent", "pr\xc3\xa9" "parons",
        "attend", "attendent", "attendons", NULL};
    static const char *const arts[] = {"le", "la", "l", "les", NULL};
    int k = before;
    if (k >= 0 && C->v[k].seg == seg && in(C->v[k].w, arts))
      k--;
    while (k >= 0 && C->v[k].seg == seg && before - k < 4 &&
           in(C->v[k].w, between))
      k--;
    if (k >= 0 && C->v[k].seg == seg && in(C->v[k].w, ready) &&
        !(k > 0 && (eq(C->v[k - 1].w, "s") || eq(C->v[k - 1].w, "se"))))
      return 1;
  }
  /* a day's name heading an agenda's line, no verb after its colon:
   * "Fête de la musique : le 21 juin, concerts dans toute la ville" (not
   * "Fête de la musique : la mairie a dressé le bilan") */
  if (after < C->n && after > 0 &&
      (before < 0 || C->v[before].sent != C->v[after].sent) &&
      heads_agenda(S, C, start, end, after))
    return FREX_TENSE_SCHEDULE;
  /* "en octobre et novembre": the second of two coordinated months or
   * weekdays is in the first one's clause ("Les tempêtes qui ont frappé
   * en octobre et novembre coûteront": the "et" starts a segment of its
   * own, where the future after it would be nearest) */
  if (before >= 1 && (eq(C->v[before].w, "et") || eq(C->v[before].w, "ou")) &&
      C->v[before].e <= start && C->v[before - 1].sent == C->v[before].sent &&
      (frex_date_month(C->v[before - 1].w, strlen(C->v[before - 1].w)) > 0 ||
       frex_date_weekday(C->v[before - 1].w, strlen(C->v[before - 1].w)))) {
    size_t s0 = C->v[before - 1].s, e0 = C->v[before - 1].e;
    return frex_date_tense(S, s0, e0);
  }
  /* a period closed on a date, the participle right before it: "sur
   * l'exercice clos fin août, prévoit de fermer", "l'exercice clôturé le
   * 30 juin" (not "sera clos le 30 juin"): a past whatever the main verb */
  {
    static const char *const closed[] = {
        "clos", "close", "cl\xc3\xb4tur\xc3\xa9", "cl\xc3\xb4tur\xc3\xa9" "e",
        "achev\xc3\xa9", "achev\xc3\xa9" "e", "\xc3\xa9" "coul\xc3\xa9",
        "\xc3\xa9" "coul\xc3\xa9" "e", "arr\xc3\xaat\xc3\xa9",
        "arr\xc3\xaat\xc3\xa9" "e", NULL};
    static const char *const preps[] = {"le", "au", "en", "fin", NULL};
    int p = before;
    if (p >= 1 && in(C->v[p].w, preps) && C->v[p - 1].seg == seg)
      p--;
    if (p >= 1 && C->v[p].seg == seg && in(C->v[p].w, closed) &&
        !C->v[p].name) {
      static const char *const nouns[] = {
          "exercice", "exercices", "semestre", "trimestre", "ann\xc3\xa9" "e",
          "p\xc3\xa9riode", "mois", "comptes", "bilan", NULL};
      if (in(C->v[p - 1].w, nouns))
        return -1;
    }
  }
  /* a disaster's date: "les exploitants touchés par l'orage du 14 juin
   * pourront déposer un dossier", "les sinistrés de la tempête du 2
   * novembre seront indemnisés": no one schedules a storm, a fire or an
   * attack, so its date has passed whatever the main verb says */
  {
    static const char *const disasters[] = {
        "orage", "orages", "temp\xc3\xaate", "temp\xc3\xaates",
        "gr\xc3\xaale", "inondation", "inondations", "crue", "crues",
        "s\xc3\xa9isme", "incendie", "incendies", "explosion", "accident",
        "attentat", "attentats", "agression", "effondrement",
        "\xc3\xa9" "boulement", "naufrage", "collision",
        "d\xc3\xa9raillement", "fusillade", "meurtre", "assassinat", "crash",
        "cyberattaque", "intemp\xc3\xa9ries", "sinistre", "drame", "tuerie",
        "\xc3\xa9meutes", "avalanche", "tornade", "ouragan", "cyclone",
        "braquage", "cambriolage", NULL};
    static const char *const of[] = {"du", "de", "d", NULL};
    if (before >= 1 && in(C->v[before].w, of) &&
        C->v[before - 1].seg == seg && in(C->v[before - 1].w, disasters))
      return -1;
  }
  /* "dirigé par X depuis juin, prévoit d'investir": what lasts since a
   * date began before the DCT, whatever the main verb says */
  if (since(C, before, seg) || dates_back(C, before, seg))
    return -1;
  /* before the apposed participle: "une hausse du tarif réglementé au 1er
   * février" */
  if (change_announced(C, before, seg) || event_announced(S, C, before, seg) ||
      deadline_requested(C, before, seg))
    return FREX_TENSE_SCHEDULE;
  if (in_force_from(S, C, before, seg))
    return FREX_TENSE_SCHEDULE;
  if (headline_state(C, before, seg))
    return FREX_TENSE_SCHEDULE;
  /* a plan in apposition to a pluperfect or an imperfect is a past plan:
   * "Le vote, prévu le 3 février, avait finalement eu lieu en mars", "Le
   * concert, programmé le 12 mars, était complet" (with a passé composé,
   * "prévu le 3 février, a été reporté", the plan may still be to come) */
  {
    static const char *const planned[] = {
        "pr\xc3\xa9vu", "pr\xc3\xa9vue", "pr\xc3\xa9vus", "pr\xc3\xa9vues",
        "programm\xc3\xa9", "programm\xc3\xa9" "e", "programm\xc3\xa9s",
        "programm\xc3\xa9" "es", NULL};
    static const char *const pluperfect[] = {"avait", "avaient", "\xc3\xa9tait",
                                             "\xc3\xa9taient", NULL};
    int p = before;
    if (p >= 0 && C->v[p].seg == seg && (eq(C->v[p].w, "le") || eq(C->v[p].w, "l") ||
                                         eq(C->v[p].w, "au") || eq(C->v[p].w, "en")))
      p--;
    if (p >= 1 && C->v[p].seg == seg && in(C->v[p].w, planned) &&
        segment_first(C, p, seg) == p && C->v[p - 1].sent == C->v[p].sent)
      for (int k = after; k < C->n && k < after + 6 &&
                          C->v[k].clause == C->v[before].clause; k++)
        if (C->v[k].seg != seg && in(C->v[k].w, pluperfect)) {
          const cword *x = after_aux(C->v, C->n, k);
          /* "avait eu lieu", "avait été annulé"; "était complet" */
          if (C->v[k].w[0] != 'a' ||
              (x && (participle(x->w) || in(x->w, short_pp) ||
                     eq(x->w, "eu"))))
            return -1;
        }
  }
  int t = incise_verb(S, C, start, before);
  if (t)
    return t;
  t = apposed_participle(S, C, before, seg);
  if (t == -2) {
    /* an apposed participle tells a step before its main verb's time:
     * of a future ("Le texte, examiné en avril par le Sénat, sera voté
     * en mai") it may lie on either side of the DCT; else it is past
     * ("La loi, votée en février, est entrée en vigueur") */
    int m = main_verb_tense(C, before, seg);
    t = m > 0 && m < TENSE_CHANGE && !done_to_subject(C, before, seg)
            ? FREX_TENSE_NEAREST
            : -1;
    /* ... but a bare weekday after it is the one just past: "Le
     * mouvement, lancé mercredi, devrait se poursuivre", "Le plan,
     * présenté jeudi par le ministre, sera voté" (news tells what was
     * done; a coming day would say "prochain") */
    static const char *const weekdays[] = {"lundi",    "mardi",  "mercredi",
                                           "jeudi",    "vendredi", "samedi",
                                           "dimanche", NULL};
    if (t == FREX_TENSE_NEAREST && before + 1 < after &&
        in_h(C->v[before + 1].w, C->v[before + 1].h, weekdays))
      t = -1;
  }
  if (!t && speech_of_coming(C, before, seg))
    return FREX_TENSE_NEAREST;
  if (!t)
    t = nearest(C, before, after, seg, true);
  if (!t)
    t = nearest(C, range_start(C, before, seg), after, seg, true);
  if (!t && demanded_ahead(S, C, before, seg))
    return 1;
  if (!t)
    t = coordinated_infinitive(C, before, seg);
  if (!t) {
    t = nearest(C, before, after, clause, false);
    /* an event dated in a phrase fronted before its clause, with no verb
     * of its own, may lie before the clause's time: "Après sa mort le 30
     * novembre, ses fans se réuniront" (past, recent), "Lors de la rentrée
     * du 1er septembre, les élèves porteront l'uniforme" (to come) */
    if (t == 1 && fronted_event(C, before, seg)) {
      size_t we = start;
      while (we < end && frex_date_is_letter_at(S->t, S->len, we))
        we++;
      if (!(we == end && frex_date_weekday(S->t + start, we - start) > 0))
        return FREX_TENSE_SCHEDULE; /* the past one when recent */
    }
  }
  if (!t)
    t = far_future(C, before, clause);
  if (!t && if_present(C, before, seg))
    t = 1;
  /* "les chiffres de février seront publiés vendredi": the figures to
   * come are of a period just past, or of the nearer one */
  if (t > 0 && figures_of(C, before, seg))
    return FREX_TENSE_FIGURES;
  /* "Il faut acheter les cadeaux avant Noël", "si aucun accord n'est
   * trouvé avant Noël": a deadline, in a clause with no past of its own
   * or in a condition, is the nearer of the past and the coming date */
  if (t <= 0 && deadline_avant(C, before, seg, t)) {
    /* a weekday set as a deadline with no past in its clause is the
     * coming one ("merci de répondre avant lundi", "point d'étape avant
     * le conseil de lundi" sent on a Thursday) */
    size_t we = start;
    while (we < end && frex_date_is_letter_at(S->t, S->len, we))
      we++;
    if (t == 0 && we == end && frex_date_weekday(S->t + start, we - start) > 0)
      return 1;
    return FREX_TENSE_NEAREST;
  }
  /* "un préavis de grève pour le 21 mars", "rendez-vous pour mardi": the
   * date an event is set for, unless the clause is in the future */
  if (t <= 0 && before >= 1 && C->v[before].seg == seg &&
      (eq(C->v[before].w, "pour") ||
       (eq(C->v[before - 1].w, "pour") &&
        C->v[before - 1].seg == seg &&
        (eq(C->v[before].w, "le") ||
         eq(C->v[before].w, "la") ||
         eq(C->v[before].w, "l")))))
    return FREX_TENSE_NEAREST;
  if (t == TENSE_CHANGE || t == TENSE_ACT) /* "les tarifs augmentent le
                                               1er mars" */
    return since(C, before, seg) ||
                   narrated_before(S, C, before, after)
               ? 0
           : t == TENSE_CHANGE                                 ? FREX_TENSE_SCHEDULE
                                                               : FREX_TENSE_NEAREST;
  if (t == -1 && set_until(C, before, seg))
    return FREX_TENSE_SCHEDULE;
  if (!t && recent_past(C, clause))
    t = -1;
  /* a verbless invitation to what comes: "Rendez-vous mardi en huit pour
   * la conférence sociale, puis la semaine du 21 décembre" */
  if (t <= 0 && before >= 0) {
    int f = before;
    while (f > 0 && C->v[f - 1].sent == C->v[before].sent)
      f--;
    if (f + 1 < C->n && eq(C->v[f].w, "rendez") && eq(C->v[f + 1].w, "vous") &&
        f + 2 <= before)
      return 1;
  }
  /* an extension or a deadline up to a date, whatever verb announced it
   * ("ont annoncé un allongement des délais de déclaration jusqu'au 31
   * décembre"), and a wait for it ("On ne peut pas attendre Noël"): the
   * nearer of the past and the coming date */
  if (t <= 0 && before >= 0 && C->v[before].seg == seg) {
    if (eq(C->v[before].w, "attendre"))
      return FREX_TENSE_NEAREST;
    if (before >= 1 && eq(C->v[before].w, "au") &&
        eq(C->v[before - 1].w, "jusqu")) {
      static const char *const extension[] = {
          "allongement", "prolongation", "prorogation", "report",
          "extension", "d\xc3\xa9lai", "d\xc3\xa9lais", "sursis",
          "moratoire", "rallonge", NULL};
      for (int k = before - 2; k >= 0 && k >= before - 8 &&
                               C->v[k].seg == seg; k--)
        if (in(C->v[k].w, extension) && k >= 1 &&
            C->v[k - 1].seg == seg &&
            (eq(C->v[k - 1].w, "un") || eq(C->v[k - 1].w, "une") ||
             eq(C->v[k - 1].w, "nouveau") || eq(C->v[k - 1].w, "nouvelle")))
          return FREX_TENSE_NEAREST; /* granted, announced: not "Le délai
                                        accordé jusqu'au 31 mars a expiré" */
    }
  }
  if (t || S->tense_verbs)
    return t;
  if (next_week_frame(C, before))
    return 1;
  t = weak_cue(S, C, before, seg);
  if (!t && (agenda_clock(S, start, end) || programme_line(S, start)))
    return FREX_TENSE_SCHEDULE;
  return t ? t : until(C, before, seg) ? FREX_TENSE_SCHEDULE : 0;
}
