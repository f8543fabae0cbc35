/*
 * test_org.c — unit tests of the COMPANY/AGENCY extractor (src/org*.c)
 * and its dictionary loader (src/dict.c), on a small dictionary written to
 * a temporary directory, so they do not depend on the contents of dict/
 * (issue 5); then the golden cases of tests/org/cases.tsv, one per rule
 * family, against tests/org/dict.tsv (issue 11).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "frex.h"
#include "harness.h"
#include "org.h"
#include "org_tokens.h"
#include "org_words.h"
#include "strmap.h"

static char dir[64];

static void write_file(const char *name, const char *text) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f) {
    perror(path);
    exit(2);
  }
  fputs(text, f);
  fclose(f);
}

static const char *main_dict =
    "# test dictionary: canonical, type, aliases, id, flags, source\n"
    "Amazon\tCOMPANY\tAmazon.com\tQ3884\t\thand\n"
    "Amazon Web Services\tCOMPANY\tAWS|Amazon Web Service\tQ456157\n"
    "United States Department of Defense\tAGENCY\tDoD|DOD|Pentagone|"
    "département de la Défense\tQ11209\n"
    "National Security Agency\tAGENCY\tNSA\n"
    "\n"
    "Orange\tCOMPANY\t\tQ1431486\tambiguous\n"
    "The Times\tCOMPANY\tTimes\t\tambiguous\n"
    "The New York Times\tCOMPANY\tNew York Times|Times|NYT\t\tambiguous\n"
    "Ministère de la Défense\tAGENCY\tministère de la Défense\n"
    "United States Department of Defense\tAGENCY\tministère de la "
    "Défense\n"
    "Le Monde\tCOMPANY\t\t\tambiguous\n"
    "Agence spatiale européenne\tAGENCY\tESA|European Space Agency\n"
    "Microsoft\tCOMPANY\n"
    "Capgemini\tCOMPANY\n"
    "Financial Times\tCOMPANY\tFT\n"
    "Électricité de France\tCOMPANY\tEDF\n"
    "DuPont\tCOMPANY\tDuPont de Nemours\n"
    "Acme\tCOMPANY\t\tQ1\n";

/* Extract COMPANY and AGENCY from TEXT and render the mentions as
 * "TYPE:text=value|unit" joined by "; " (a static buffer). */
static const char *run_types(const frex_org *o, const char *text,
                             unsigned types) {
  static char out[4096];
  frex_tokens toks;
  frex_tokens_init(&toks);
  frex_entities *ents;
  out[0] = '\0';
  if (frex_entities_new(&ents) != FREX_OK ||
      frex_tokenize(text, strlen(text), &toks) != FREX_OK)
    return "(setup failed)";
  frex_doc doc = {text, strlen(text), toks.v, toks.n, 0, {0, 0, 0}, false};
  if (frex_org_extract(o, &doc, types, ents) != FREX_OK) {
    snprintf(out, sizeof out, "(extract failed)");
  } else {
    frex_entities_sort(ents);
    size_t k = 0;
    for (size_t i = 0; i < frex_entities_count(ents); i++) {
      const frex_entity *e = frex_entities_get(ents, i);
      k += (size_t)snprintf(out + k, sizeof out - k, "%s%s:%.*s=%s|%s",
                            i ? "; " : "", frex_entity_type_name(e->type),
                            (int)(e->end - e->start), text + e->start, e->value,
                            e->unit);
      if (k >= sizeof out)
        break;
    }
  }
  frex_entities_free(ents);
  frex_tokens_free(&toks);
  return out;
}

static const char *run(const frex_org *o, const char *text) {
  return run_types(o, text, FREX_ENT_COMPANY | FREX_ENT_AGENCY);
}

/* The COMPANY/AGENCY stage's token keys (frex_org_tkey: the SSE2 step for
 * tokens of at most 16 printable ASCII bytes, the byte loops, typographic
 * apostrophes inline) and first three key bytes (frex_org_key_head3) are
 * frex_key's and frex_key_head3's, on random tokens: ASCII of every case,
 * Latin-1 letters, apostrophes, other UTF-8, spaces, tokens longer than 16
 * bytes and tokens within 16 bytes of the text's end. */
static void test_token_keys(void) {
  static const char *const pieces[] = {
      "a", "Z", "m", "Q", "7", "-", "&", ".", "~", "\x7f", "\xc3\xa9",
      "\xc3\x89", "\xc3\xa0", "\xc3\x9f", "\xc5\x93", "\xe2\x80\x99",
      "\xe2\x80\x98", "\xe2\x80\x9c", "\xce\xb1", " ", "\t", "\xff", "@"};
  const size_t npieces = sizeof pieces / sizeof pieces[0];
  org_words *w = calloc(1, sizeof *w);
  CHECK(w && frex_org_words_build(w) == FREX_OK, "org words build");
  if (!w)
    return;
  char text[8192];
  frex_token tok[512];
  unsigned seed = 12345;
  size_t bad_key = 0, bad_hash = 0, bad_head = 0, checked = 0;
  for (int round = 0; round < 200; round++) {
    size_t len = 0, n = 0;
    while (n < 512 && len < sizeof text - 128) {
      size_t start = len, parts = 1 + (seed = seed * 1103515245 + 12345) % 20;
      /* mostly ASCII letters, as in text; the other pieces now and then */
      for (size_t k = 0; k < parts; k++) {
        seed = seed * 1103515245 + 12345;
        unsigned r = seed >> 16;
        const char *p = r % 4 ? pieces[r % 4] : pieces[(r >> 4) % npieces];
        memcpy(text + len, p, strlen(p));
        len += strlen(p);
      }
      tok[n++] = (frex_token){start, len, 1, FREX_TOK_WORD};
      if ((seed >> 20) % 3)
        text[len++] = ' ';
    }
    org_keys keys;
    memset(&keys, 0, sizeof keys);
    keys.info = malloc(n * sizeof *keys.info);
    keys.state = calloc(n, 1);
    org_ctx c = {NULL, w, text, tok, n, 0, &keys, NULL, NULL, NULL, len};
    for (size_t i = 0; i < n && keys.info && keys.state; i++) {
      const char *s = text + tok[i].start;
      size_t tn = tok[i].end - tok[i].start, kn, want_n;
      uint32_t h;
      char want[FREX_KEY_MAX + 8] = {0};
      want_n = frex_key(s, tn, want, FREX_KEY_MAX);
      if (want_n > FREX_KEY_MAX)
        want_n = 0;
      const char *k = frex_org_tkey(&c, i, &kn, &h);
      bad_key += kn != want_n || memcmp(k, want, kn) != 0;
      bad_hash += h != frex_dict_hash(frex_hash_padded(want, want_n));
      unsigned char h3[3], want3[3];
      frex_org_key_head3(w, s, tn, h3);
      frex_key_head3(s, tn, want3);
      bad_head += memcmp(h3, want3, 3) != 0;
      checked++;
    }
    free(keys.info);
    free(keys.state);
    frex_buf_free(&keys.bytes);
  }
  CHECK(checked > 50000, "token keys: random tokens checked");
  CHECK_EQ_INT(0, bad_key, "token keys: frex_key's");
  CHECK_EQ_INT(0, bad_hash, "token keys: frex_key's hash");
  CHECK_EQ_INT(0, bad_head, "token keys: frex_key_head3's first bytes");
  frex_org_words_free(w);
  free(w);
}

/* ------------------------------------------------------------- loading */

/* The class bits and first key bytes frex_org_classify fills for every
 * token (what frex_org_joined, frex_org_tcap, frex_org_tlower and
 * frex_org_first read) are their definitions' (frex_org_joined_slow,
 * frex_org_tcap_slow, frex_org_tlower_slow, frex_org_ascii_key), on random
 * tokens of every class: ASCII of every case, Latin-1 and other letters
 * (É, é, ß, ×, ÷, Ω, ǅ titlecase), marks, in random sentences, with gaps
 * of nothing, spaces, a line break alone or among spaces. */
static void test_token_classes(void) {
  static const char *const firsts[] = {
      "a", "Z", "m", "Q", "7", "-", ",", "(", "\xc3\xa9", "\xc3\x89",
      "\xc3\x9f", "\xc3\x97", "\xc3\xb7", "\xce\xa9", "\xce\xb1",
      "\xc7\x85", "\xc2\xab", "\xe2\x80\x99", "\xc3", "@"};
  static const char *const gaps[] = {"", " ", "\n", " \n", "  ", "\t \n\t",
                                     "   ", "\n\n"};
  const size_t nfirsts = sizeof firsts / sizeof firsts[0];
  const size_t ngaps = sizeof gaps / sizeof gaps[0];
  char text[8192];
  frex_token tok[512];
  unsigned seed = 4242;
  size_t bad_joined = 0, bad_cap = 0, bad_lower = 0, bad_other = 0,
         bad_first = 0, checked = 0, joined = 0, caps = 0, lowers = 0;
  for (int round = 0; round < 200; round++) {
    size_t len = 0, n = 0;
    uint32_t sent = 1 + round % 3;
    while (n < 512 && len < sizeof text - 64) {
      seed = seed * 1103515245 + 12345;
      unsigned r = seed >> 16;
      const char *g = gaps[r % ngaps];
      memcpy(text + len, g, strlen(g));
      len += strlen(g);
      size_t start = len;
      const char *f = firsts[(r >> 4) % nfirsts];
      memcpy(text + len, f, strlen(f));
      len += strlen(f);
      if ((r >> 9) % 2)
        text[len++] = 'x';
      sent += (r >> 10) % 4 == 0;
      tok[n++] = (frex_token){start, len, sent, (frex_token_class)((r >> 12) % 6)};
    }
    memset(text + len, 0, 16);
    org_keys keys;
    memset(&keys, 0, sizeof keys);
    keys.info = malloc(n * sizeof *keys.info);
    keys.state = malloc(n);
    keys.first = malloc(n);
    org_ctx c = {NULL, NULL, text, tok, n, 0, &keys, NULL, NULL, NULL, len};
    if (keys.info && keys.state && keys.first) {
      frex_org_classify(&c);
      for (size_t i = 0; i < n; i++) {
        uint8_t st = keys.state[i];
        bool j = frex_org_joined_slow(&c, i), cap = frex_org_tcap_slow(&c, i),
             low = frex_org_tlower_slow(&c, i);
        bad_joined += j != frex_org_joined(&c, i);
        bad_cap += cap != frex_org_tcap(&c, i);
        bad_lower += low != frex_org_tlower(&c, i);
        bad_other += (st & ~(ORG_K_JOINED | ORG_K_CAP | ORG_K_LOWER)) !=
                     ORG_K_JOINED_KNOWN;
        bad_first += frex_org_first(&c, i) !=
                     (unsigned char)frex_org_ascii_key[(
                         unsigned char)text[tok[i].start]];
        joined += j, caps += cap, lowers += low;
        checked++;
      }
    }
    free(keys.info);
    free(keys.state);
    free(keys.first);
  }
  CHECK(checked > 50000, "token classes: random tokens checked");
  CHECK(joined > 10000 && joined < checked - 10000 && caps > 2000 &&
            lowers > 2000,
        "token classes: each bit both set and clear");
  CHECK_EQ_INT(0, bad_joined, "token classes: frex_org_joined_slow's");
  CHECK_EQ_INT(0, bad_cap, "token classes: frex_org_tcap_slow's");
  CHECK_EQ_INT(0, bad_lower, "token classes: frex_org_tlower_slow's");
  CHECK_EQ_INT(0, bad_other, "token classes: the lazy bits clear");
  CHECK_EQ_INT(0, bad_first, "token classes: frex_org_first's byte");
}

static void test_key(void) {
  char k[FREX_KEY_MAX];
  const char *in = "  Électricité  d’ŒUVRE\xc2\xa0"
                   "E\xcc\x81tat ";
  size_t n = frex_key(in, strlen(in), k, sizeof k);
  CHECK(n <= sizeof k, "key fits");
  k[n < sizeof k ? n : sizeof k - 1] = '\0';
  CHECK_EQ_STR("electricite d'oeuvre etat", k,
               "key: case, accents, NFD, "
               "apostrophe, spaces");
  char small[4];
  CHECK(frex_key("Amazon", 6, small, sizeof small) > sizeof small,
        "key longer than the buffer is reported");
}

static void test_load(void) {
  write_file("a.tsv", main_dict);
  /* b.tsv loads after a.tsv (sorted): its Acme is a duplicate, ignored */
  write_file("b.tsv", "Acme Corporation\tCOMPANY\tAcme\tQ2\n");
  write_file("notes.txt", "not a dictionary\tBANK\n");
  char err[256] = "";
  frex_org *o = NULL;
  int rc = frex_org_new(&o, dir, NULL, 0, err, sizeof err);
  CHECK_EQ_INT(FREX_OK, rc, "load a directory of .tsv files");
  CHECK_EQ_STR("", err, "no message on success");
  if (o) {
    CHECK_EQ_STR("COMPANY:Acme=Acme|Q1", run(o, "Hier, Acme a signé."),
                 "first loaded file wins a shared alias");
    frex_org_free(o);
  }
  frex_org_free(NULL);
}

static void check_bad(const char *content, const char *want, const char *name) {
  write_file("bad.tsv", content);
  char err[256] = "", path[128];
  snprintf(path, sizeof path, "%s/bad.tsv", dir);
  const char *extra[] = {path};
  frex_org *o = (frex_org *)1;
  int rc = frex_org_new(&o, NULL, extra, 1, err, sizeof err);
  CHECK_EQ_INT(FREX_E_DICT, rc, name);
  CHECK(o == NULL, name);
  char full[256];
  snprintf(full, sizeof full, "%s: %s", path, want);
  CHECK_EQ_STR(full, err, name);
  unlink(path);
}

static void test_malformed(void) {
  check_bad("# ok\nAmazon\tCOMPANY\nBanque X\tBANK\n",
            "line 3: unknown type 'BANK' (expected COMPANY or AGENCY)",
            "unknown type: file and line");
  check_bad("Amazon\n", "line 1: missing type (column 2) for 'Amazon'",
            "missing type");
  check_bad("\n\nAmazon\tCOMPANY\tAWS||A9\n",
            "line 3: empty alias in column 3 of 'Amazon'", "empty alias");
  check_bad("Orange\tCOMPANY\t\t\tambigous\n",
            "line 1: unknown flag 'ambigous' (expected ambiguous, midsentence or nocase)",
            "unknown flag");
  check_bad("A\tCOMPANY\t\t\t\tsrc\textra\n",
            "line 1: too many columns (at most 6: canonical, type, aliases, "
            "id, flags, source)",
            "too many columns");
  check_bad("Bad\xff\tCOMPANY\n",
            "line 1: invalid UTF-8 (byte 0xFF at column 4): the file may be "
            "Latin-1 or windows-1252; dictionaries are read as UTF-8 "
            "(iconv -f windows-1252 -t utf-8)",
            "invalid UTF-8");
  char err[256] = "";
  frex_org *o = NULL;
  int rc = frex_org_new(&o, "/nonexistent/dict", NULL, 0, err, sizeof err);
  CHECK_EQ_INT(FREX_E_DICT, rc, "missing directory");
  CHECK(strstr(err, "/nonexistent/dict: ") == err, "missing directory: path");
}

/* ------------------------------------------------------------ matching */

static void test_matching(const frex_org *o) {
  CHECK_EQ_STR("COMPANY:Amazon=Amazon|Q3884",
               run(o, "Le géant Amazon a signé."), "plain name");
  CHECK_EQ_STR("", run(o, "Elle a vu une amazone et un amazon."),
               "lowercase is not a name");
  CHECK_EQ_STR("COMPANY:Amazon=Amazon|Q3884",
               run(o, "Les services d’Amazon sont chers."),
               "elision d’ is not part of the name");
  CHECK_EQ_STR("AGENCY:Agence spatiale européenne=Agence spatiale "
               "européenne|",
               run(o, "Il travaille pour l’Agence spatiale européenne."),
               "l’ before a multi-word name");
  CHECK_EQ_STR("COMPANY:ELECTRICITE DE FRANCE=Électricité de France|",
               run(o, "Un contrat avec ELECTRICITE DE FRANCE signé."),
               "accents and case ignored in a long name");
  CHECK_EQ_STR("COMPANY:Amazon Web Services=Amazon Web Services|Q456157",
               run(o, "La division Amazon Web Services croît."),
               "longest match first");
  CHECK_EQ_STR("AGENCY:NSA=National Security Agency|",
               run(o, "Un contrat avec la NSA."), "short acronym in capitals");
  CHECK_EQ_STR("", run(o, "Un contrat avec la Nsa."),
               "short acronym not in capitals");
  CHECK_EQ_STR("AGENCY:DoD=United States Department of Defense|Q11209; "
               "AGENCY:DOD=United States Department of Defense|Q11209",
               run(o, "Le DoD, ou DOD, mais pas le Dod."),
               "mixed-case alias is exact, all-caps alias in capitals");
  CHECK_EQ_STR("AGENCY:département de la défense=United States Department "
               "of Defense|Q11209",
               run(o, "Selon le département de la défense, rien."),
               "lowercase alias matches in any case");
  CHECK_EQ_STR("AGENCY:Pentagone=United States Department of Defense|"
               "Q11209",
               run(o, "Le Pentagone a choisi."), "alias gets canonical value");
  CHECK_EQ_STR("", run(o, "La famille Dupont est là."),
               "DuPont is written with its capital");
  CHECK_EQ_STR("COMPANY:Microsoft=Microsoft|",
               run(o, "Il a choisi Microsoft Azure hier."),
               "product name after a company: the company only");
  CHECK_EQ_STR("", run(o, "Le projet JEDI utilise GovCloud et Azure."),
               "projects and products are not organisations");
}

static void test_ambiguous(const frex_org *o) {
  CHECK_EQ_STR("COMPANY:Orange=Orange|Q1431486",
               run(o, "Les clients de l'opérateur Orange sont ravis."),
               "Orange after a cue");
  CHECK_EQ_STR("COMPANY:Orange=Orange|Q1431486",
               run(o, "Le groupe français Orange a signé."),
               "cue, adjective, name");
  CHECK_EQ_STR("", run(o, "Il mange une orange. La couleur orange plaît."),
               "orange the fruit and the colour");
  CHECK_EQ_STR("", run(o, "Orange est une ville du Vaucluse."),
               "sentence start without evidence");
  CHECK_EQ_STR("COMPANY:Orange=Orange|Q1431486",
               run(o, "Orange a annoncé un plan."),
               "the subject of a verb organisations do (org_acts.c)");
  CHECK_EQ_STR("", run(o, "Ils ont choisi la teinte Orange pour le logo."),
               "capitalised mid-sentence without evidence");
  CHECK_EQ_STR("COMPANY:Orange=Orange|Q1431486; COMPANY:Capgemini=Capgemini|",
               run(o, "En mai, Orange et Capgemini ont annoncé Bleu."),
               "coordinated with another company");
  CHECK_EQ_STR("COMPANY:Orange SA=Orange|Q1431486",
               run(o, "Orange SA a publié ses comptes."),
               "legal form after an ambiguous name");
  CHECK_EQ_STR("COMPANY:Times=The Times|",
               run(o, "Selon le Times, le contrat est signé."),
               "le Times after selon: the first entry loaded");
  CHECK_EQ_STR("COMPANY:New York Times=The New York Times|; "
               "COMPANY:Times=The New York Times|",
               run(o, "Un rapport du New York Times. Pour le Times, tout va "
                      "bien."),
               "le Times after the full name: the entry the document "
               "names");
  CHECK_EQ_STR("AGENCY:ministère de la Défense=Ministère de la Défense|",
               run(o, "Le ministère de la Défense a répondu."),
               "a shared name: the first entry loaded");
  CHECK_EQ_STR("AGENCY:Pentagone=United States Department of Defense|Q11209;"
               " AGENCY:ministère de la Défense=United States Department of "
               "Defense|Q11209",
               run(o, "Le Pentagone, dit le ministère de la Défense, a "
                      "répondu."),
               "a shared name: the entry named otherwise in the document");
  CHECK_EQ_STR("", run(o, "Three times a day, le monde entier."),
               "times and le monde as words");
  CHECK_EQ_STR("COMPANY:Le Monde=Le Monde|",
               run(o, "Le quotidien Le Monde révèle ceci."),
               "Le Monde after a cue");
}

static void test_acronyms(const frex_org *o) {
  CHECK_EQ_STR(
      "AGENCY:Office fédéral de la statistique=Office fédéral de la "
      "statistique|; AGENCY:OFS=Office fédéral de la statistique|; "
      "AGENCY:OFS=Office fédéral de la statistique|",
      run(o, "L'Office fédéral de la statistique (OFS) publie. Selon l'OFS, "
             "tout va bien."),
      "acronym in parentheses taught to the document");
  CHECK_EQ_STR("COMPANY:Amazon Web Services=Amazon Web Services|Q456157; "
               "COMPANY:AWS=Amazon Web Services|Q456157",
               run(o, "Amazon Web Services (AWS) domine."),
               "dictionary name and acronym agree");
  CHECK_EQ_STR("AGENCY:United States Court of Federal Claims=United States "
               "Court of Federal Claims|; AGENCY:Cour fédérale des "
               "plaintes=United States Court of Federal Claims|",
               run(o, "Il saisit la United States Court of Federal Claims "
                      "(Cour fédérale des plaintes) jeudi."),
               "a name and its translation share one value");
  CHECK_EQ_STR("",
               run(o, "Le contrat Joint Enterprise Defense "
                      "Infrastructure (JEDI) est annulé."),
               "a project's acronym is not learned");
}

static void test_rules(const frex_org *o) {
  CHECK_EQ_STR("COMPANY:Amazon Mobile LLC=Amazon Mobile LLC|",
               run(o, "Par : Amazon Mobile LLC"),
               "legal form: the subsidiary is its own company");
  CHECK_EQ_STR("COMPANY:Zorglub Industries GmbH=Zorglub Industries GmbH|",
               run(o, "Il rachète Zorglub Industries GmbH pour rien."),
               "legal form GmbH");
  CHECK_EQ_STR("COMPANY:Acme Inc.=Acme|Q1",
               run(o, "Les comptes de Acme Inc. sont bons."),
               "legal form after a dictionary name: that entry");
  CHECK_EQ_STR("COMPANY:Zorglub=Zorglub|",
               run(o, "La start-up Zorglub lève des fonds."),
               "cue: la start-up X");
  CHECK_EQ_STR("COMPANY:Zorglub=Zorglub|",
               run(o, "La société américaine Zorglub lève des fonds."),
               "cue with a nationality adjective");
  CHECK_EQ_STR("", run(o, "Le Groupe B joue demain. La firme a dit non."),
               "capitalised cue word, bare cue: nothing");
  CHECK_EQ_STR("AGENCY:ministère de la Justice=ministère de la Justice|",
               run(o, "Le ministère de la Justice a répondu."),
               "ministère de X: the head is part of the name");
  CHECK_EQ_STR("AGENCY:Direction générale de la sécurité intérieure=Direction"
               " générale de la sécurité intérieure|",
               run(o, "La Direction générale de la sécurité intérieure "
                      "enquête."),
               "Direction générale de X");
  CHECK_EQ_STR("AGENCY:Autorité de la concurrence=Autorité de la "
               "concurrence|",
               run(o, "L'Autorité de la concurrence a infligé une amende."),
               "Autorité de X");
  CHECK_EQ_STR("AGENCY:Government Accountability Office=Government "
               "Accountability Office|",
               run(o, "Une plainte auprès du Government Accountability "
                      "Office."),
               "English title ending in Office");
  CHECK_EQ_STR("AGENCY:National Cyber Security Centre=National Cyber "
               "Security Centre|",
               run(o, "L'ancien directeur du National Cyber Security "
                      "Centre parle."),
               "English title ending in Centre");
  CHECK_EQ_STR("",
               run(o, "L'agence de renseignement américaine et 17 "
                      "agences américaines ont signé."),
               "generic descriptions are not names");
  CHECK_EQ_STR("AGENCY:Cour constitutionnelle=Cour constitutionnelle|",
               run(o, "La Cour constitutionnelle du pays a tranché. Mais la "
                      "Commission a dit non."),
               "a generic complement ends the name; a bare head is none");
}

static void test_context(const frex_org *o) {
  CHECK_EQ_STR("COMPANY:Microsoft=Microsoft|",
               run(o, "Il l'a annoncé sur Microsoft hier."),
               "sur X: a platform is its company (SPEC)");
  CHECK_EQ_STR("", run(o, "L'ancien maire Rob Amazon est mort."),
               "a surname after a first name");
  CHECK_EQ_STR("",
               run(o, "Partager :\nCourriel ,\nMicrosoft ,\nReddit ,\n"
                      "Digg\n"),
               "a share bar lists services");
  /* IBM, unknown to this dictionary, ends a list of companies: one too */
  CHECK_EQ_STR("COMPANY:Microsoft=Microsoft|; COMPANY:Capgemini=Capgemini|; "
               "COMPANY:Amazon=Amazon|Q3884; COMPANY:Acme=Acme|Q1; "
               "COMPANY:IBM=IBM|",
               run(o, "Il cite Microsoft, Capgemini, Amazon, Acme et IBM."),
               "a list of companies stays");
  CHECK_EQ_STR("", run(o, "L'indice NSA 40 a baissé."),
               "an acronym before a number");
  CHECK_EQ_STR("AGENCY:tribunal correctionnel de Nanterre=tribunal "
               "correctionnel de Nanterre|",
               run(o, "Il passe devant le tribunal correctionnel de Nanterre "
                      "demain."),
               "a lowercase court named by its place");
  CHECK_EQ_STR("", run(o, "Il passe devant le tribunal correctionnel."),
               "a lowercase court without a place");
  CHECK_EQ_STR("AGENCY:agence spatiale japonaise=agence spatiale japonaise|; "
               "AGENCY:JAXA=agence spatiale japonaise|",
               run(o, "Les ingénieurs de l'agence spatiale japonaise (JAXA) "
                      "ont réussi."),
               "a description given its own acronym is a name");
}

static void test_types(const frex_org *o) {
  CHECK_EQ_STR("AGENCY:NSA=National Security Agency|",
               run_types(o, "Microsoft et la NSA.", FREX_ENT_AGENCY),
               "types mask: AGENCY only");
  CHECK_EQ_STR("", run_types(o, "Microsoft et la NSA.", FREX_ENT_DATE),
               "types mask without COMPANY/AGENCY");
  /* Offsets are byte offsets into the text, after the elision. */
  const char *t = "Contrat d’Amazon";
  frex_tokens toks;
  frex_tokens_init(&toks);
  frex_entities *e;
  frex_entities_new(&e);
  frex_tokenize(t, strlen(t), &toks);
  frex_doc doc = {t, strlen(t), toks.v, toks.n, 0, {0, 0, 0}, false};
  frex_org_extract(o, &doc, FREX_ENT_ALL, e);
  CHECK_EQ_INT(1, frex_entities_count(e), "one mention");
  if (frex_entities_count(e)) {
    CHECK_EQ_INT(strlen("Contrat d’"), frex_entities_get(e, 0)->start,
                 "start after d’");
    CHECK_EQ_INT(strlen(t), frex_entities_get(e, 0)->end, "end");
  }
  /* Text before doc->body (the metadata line) is ignored. */
  frex_entities_clear(e);
  doc.body = strlen("Contrat d’Amazon");
  frex_org_extract(o, &doc, FREX_ENT_ALL, e);
  CHECK_EQ_INT(0, frex_entities_count(e), "metadata before body ignored");
  frex_entities_free(e);
  frex_tokens_free(&toks);
}

/* tests/org/cases.tsv: family, text, expected rows (see its header),
 * against tests/org/dict.tsv.  Run from the repository root (tests/run.sh
 * does). */
static void test_cases(void) {
  char err[256] = "";
  const char *extra[] = {"tests/org/dict.tsv"};
  frex_org *o = NULL;
  if (frex_org_new(&o, NULL, extra, 1, err, sizeof err) != FREX_OK) {
    CHECK(0, "load tests/org/dict.tsv");
    printf("# %s\n", err);
    return;
  }
  FILE *f = fopen("tests/org/cases.tsv", "r");
  CHECK(f != NULL, "open tests/org/cases.tsv");
  char line[4096];
  int cases = 0;
  while (f && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = '\0';
    if (!line[0] || line[0] == '#')
      continue;
    char *family = line, *text = strchr(line, '\t');
    char *want = text ? strchr(text + 1, '\t') : NULL;
    if (!want) {
      CHECK(0, "cases.tsv: three columns");
      continue;
    }
    *text++ = '\0';
    *want++ = '\0';
    /* "\n" in the text is a line break */
    char doc[4096];
    size_t k = 0;
    for (const char *p = text; *p && k + 1 < sizeof doc; p++) {
      if (p[0] == '\\' && p[1] == 'n') {
        doc[k++] = '\n';
        p++;
      } else {
        doc[k++] = *p;
      }
    }
    doc[k] = '\0';
    /* ... and in the expected rows, a span's line break (Sarthe\nNumérique) */
    for (char *p = want, *q = want;; p++, q++) {
      if (p[0] == '\\' && p[1] == 'n') {
        *q = '\n';
        p++;
      } else if (!(*q = *p)) {
        break;
      }
    }
    char name[160];
    snprintf(name, sizeof name, "case %.20s: %.100s", family, text);
    CHECK_EQ_STR(strcmp(want, "-") == 0 ? "" : want, run(o, doc), name);
    cases++;
  }
  if (f)
    fclose(f);
  CHECK(cases >= 50, "tests/org/cases.tsv has its cases");
  frex_org_free(o);
}

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/frex-test-org-XXXXXX");
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 2;
  }
  test_key();
  test_token_keys();
  test_token_classes();
  test_load();
  test_malformed();
  char err[256] = "";
  frex_org *o = NULL;
  if (frex_org_new(&o, dir, NULL, 0, err, sizeof err) != FREX_OK) {
    printf("# cannot load test dictionary: %s\n", err);
    return 1;
  }
  test_matching(o);
  test_ambiguous(o);
  test_acronyms(o);
  test_rules(o);
  test_context(o);
  test_types(o);
  frex_org_free(o);
  test_cases();
  char path[128];
  const char *names[] = {"a.tsv", "b.tsv", "notes.txt"};
  for (size_t i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  rmdir(dir);
  return harness_done();
}
