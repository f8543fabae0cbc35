/*
 * test_tokenize.c — the French tokenization rules of SPEC "Token TSV", the
 * norm column, and the worker's stem cache.
 */
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "frex.h"
#include "harness.h"
#include "normalize.h"

/* The worker's stem of NORM equals libstemmer's UTF-8 French stemmer's
 * (the worker stems Latin-1 norms with the ISO-8859-1 stemmer). */
static bool stem_as_utf8(frex_worker *w, struct sb_stemmer *ref,
                         const char *norm) {
  const char *st;
  size_t sl, n = strlen(norm);
  if (frex_worker_stem(w, norm, n, &st, &sl) != FREX_OK)
    return false;
  const sb_symbol *r = sb_stemmer_stem(ref, (const sb_symbol *)norm, (int)n);
  size_t rl = (size_t)sb_stemmer_length(ref);
  bool same = r && rl == sl && memcmp(r, st, sl) == 0;
  if (!same)
    fprintf(stderr, "stem of %s: %.*s, libstemmer UTF-8 %.*s\n", norm,
            (int)sl, st, (int)rl, r ? (const char *)r : "");
  return same;
}

/* Tokens of TEXT joined by '|', with sentence breaks as " / ". */
static const char *toks(const char *text) {
  static char out[4096];
  frex_tokens t;
  frex_tokens_init(&t);
  out[0] = '\0';
  if (frex_tokenize(text, strlen(text), &t) != FREX_OK)
    return "ERROR";
  size_t o = 0;
  for (size_t i = 0; i < t.n; i++) {
    const char *sep = i == 0 ? "" : t.v[i].sent != t.v[i - 1].sent ? " / " : "|";
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", sep,
                          (int)(t.v[i].end - t.v[i].start), text + t.v[i].start);
  }
  frex_tokens_free(&t);
  return out;
}

static const char *classes(const char *text) {
  static char out[1024];
  frex_tokens t;
  frex_tokens_init(&t);
  frex_tokenize(text, strlen(text), &t);
  size_t o = 0;
  out[0] = '\0';
  for (size_t i = 0; i < t.n; i++)
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? " " : "",
                          frex_token_class_name(t.v[i].cls));
  frex_tokens_free(&t);
  return out;
}

static const char *norm(frex_normalizer *n, const char *s) {
  static frex_buf b = FREX_BUF_INIT;
  if (frex_normalize(n, s, strlen(s), &b) != FREX_OK)
    return "ERROR";
  return b.ptr;
}

int main(void) {
  /* elisions, both apostrophes; lexicalised words stay whole */
  CHECK_EQ_STR("l'|armée", toks("l'armée"), "elision l'");
  CHECK_EQ_STR("l’|armée", toks("l’armée"), "elision l’ (U+2019)");
  CHECK_EQ_STR("jusqu’|à|lorsqu'|il|puisqu’|on|quoiqu'|elle",
               toks("jusqu’à lorsqu'il puisqu’on quoiqu'elle"),
               "long elisions");
  CHECK_EQ_STR("d’|Amazon|qu’|il|n'|a|s'|est|c'|est|j'|ai|m'|a|t'|as",
               toks("d’Amazon qu’il n'a s'est c'est j'ai m'a t'as"),
               "one-letter elisions");
  CHECK_EQ_STR("L'|Agence", toks("L'Agence"), "capital elision");
  CHECK_EQ_STR("aujourd'hui|aujourd’hui|prud'homme|quelqu'un",
               toks("aujourd'hui aujourd’hui prud'homme quelqu'un"),
               "lexicalised apostrophes");
  CHECK_EQ_STR("si|l'on", toks("si l'on"), "l'on whole (UD)");
  /* hyphens */
  CHECK_EQ_STR("va|-t-il", toks("va-t-il"), "va-t-il");
  CHECK_EQ_STR("s'|agit|-il", toks("s'agit-il"), "s'agit-il");
  CHECK_EQ_STR("pensez|-vous", toks("pensez-vous"), "pensez-vous");
  CHECK_EQ_STR("a|-t-elle|dit", toks("a-t-elle dit"), "a-t-elle");
  CHECK_EQ_STR("est|-ce", toks("est-ce"), "est-ce");
  CHECK_EQ_STR("méga-contrat|Alcatel-Lucent|c'est-à-dire|celui-ci|peut-être",
               toks("méga-contrat Alcatel-Lucent c'est-à-dire celui-ci "
                    "peut-être"),
               "lexical hyphenated words whole");
  CHECK_EQ_STR("rendez-vous|États-Unis", toks("rendez-vous États-Unis"),
               "rendez-vous whole");
  /* numbers */
  CHECK_EQ_STR("10 000|1,2|4.3|1.200.000",
               toks("10 000 1,2 4.3 1.200.000"), "numbers with separators");
  CHECK_EQ_STR("10\xc2\xa0" "000|10\xe2\x80\xaf" "000",
               toks("10\xc2\xa0" "000 10\xe2\x80\xaf" "000"),
               "NBSP and narrow NBSP groups");
  CHECK_EQ_STR("en|2020|150|personnes", toks("en 2020 150 personnes"),
               "a year is not a thousands group");
  CHECK_EQ_STR("4,5|M|avis", toks("4,5 M avis"), "4,5 M");
  CHECK_EQ_STR("1er|mai|3e|trimestre", toks("1er mai 3e trimestre"),
               "ordinals");
  CHECK_EQ_STR("20|h|30|,|160|km", toks("20h30, 160km"), "units split off");
  CHECK_EQ_STR("21/07/2021|2021-07-21", toks("21/07/2021 2021-07-21"),
               "dates whole");
  CHECK_EQ_STR("10|M|€|500|$", toks("10 M€ 500$"), "currency symbols apart");
  CHECK_EQ_STR("NUM WORD SYM", classes("10 M€"), "classes NUM WORD SYM");
  /* URLs and e-mails */
  CHECK_EQ_STR("voir|https://www.example.com/a?b=1|.",
               toks("voir https://www.example.com/a?b=1."), "URL");
  CHECK_EQ_STR("WORD URL PUNCT",
               classes("voir https://www.example.com/a?b=1."), "URL class");
  CHECK_EQ_STR("écrire|à|jean.dupont@example.fr|,",
               toks("écrire à jean.dupont@example.fr,"), "e-mail");
  CHECK_EQ_STR("WORD WORD EMAIL", classes("écrire à jean.dupont@example.fr"),
               "e-mail class");
  /* abbreviations and sentences */
  CHECK_EQ_STR("M.|Dupont|est|là|.", toks("M. Dupont est là."),
               "M. keeps its period");
  CHECK_EQ_STR("Ken|Buck|(|R-Colo.|)|a|dit", toks("Ken Buck (R-Colo.) a dit"),
               "R-Colo.");
  CHECK_EQ_STR("Il|pleut|. / Il|neige|.", toks("Il pleut. Il neige."),
               "sentence break");
  CHECK_EQ_STR("des|pommes|,|etc.|et|des|poires",
               toks("des pommes, etc. et des poires"), "etc. mid-sentence");
  CHECK_EQ_STR("des|pommes|,|etc|. / Puis",
               toks("des pommes, etc. Puis"), "etc at a sentence end (UD)");
  CHECK_EQ_STR("«|Vraiment|?|»|demanda|-t-il|.",
               toks("« Vraiment ? » demanda-t-il."),
               "no break before lowercase");
  CHECK_EQ_STR("Fin|… / Suite", toks("Fin… Suite"), "… is punctuation");
  CHECK_EQ_STR("Titre / Texte|.", toks("Titre\n\nTexte."),
               "a blank line ends a sentence");
  CHECK_EQ_STR("“|Oui|”|‘|non|’", toks("“Oui” ‘non’"), "quotes");
  CHECK_EQ_STR("Attendez|...", toks("Attendez..."), "dot runs");
  /* a word that ends at a punctuation or symbol byte, on the scan's fast
   * path (ASCII, and with an accented letter), then that byte alone */
  static const char marks[] = "!\"#$&()*/<=>?[\\]^`{|}~";
  for (const char *m = marks; *m; m++)
    for (int accent = 0; accent < 2; accent++) {
      char text[32], want[32], what[64];
      const char *w = accent ? "on\xc3\xa9" : "mot";
      snprintf(text, sizeof text, "%s%cfin %s%c", w, *m, w, *m);
      snprintf(want, sizeof want, "%s|%c|fin|%s|%c", w, *m, w, *m);
      snprintf(what, sizeof what, "a word before '%c'", *m);
      CHECK_EQ_STR(want, toks(text), what);
    }
  CHECK_EQ_STR("", toks(""), "empty text");
  CHECK_EQ_STR("", toks(" \n\t\x1a "), "only spaces and substitutes");

  /* offsets are byte offsets into the text */
  {
    frex_tokens t;
    frex_tokens_init(&t);
    const char *s = "été l’été";
    frex_tokenize(s, strlen(s), &t);
    CHECK_EQ_INT(3, t.n, "three tokens");
    CHECK_EQ_INT(0, t.v[0].start, "start 0");
    CHECK_EQ_INT(5, t.v[0].end, "été is 5 bytes");
    CHECK_EQ_INT(6, t.v[1].start, "l’ starts at 6");
    CHECK_EQ_INT(10, t.v[1].end, "l’ is 4 bytes");
    frex_tokens_free(&t);
  }

  /* norm: NFC, French lowercase, apostrophes unified, œ kept */
  frex_normalizer *n;
  CHECK(frex_normalizer_new(&n) == FREX_OK, "normalizer");
  CHECK_EQ_STR("état", norm(n, "ÉTAT"), "uppercase accented");
  CHECK_EQ_STR("état", norm(n, "E\xcc\x81tat"), "NFD input composed");
  CHECK_EQ_STR("l'armée", norm(n, "L’Armée"), "U+2019 unified");
  CHECK_EQ_STR("l'", norm(n, "l\xca\xbc"), "U+02BC unified");
  CHECK_EQ_STR("cœur", norm(n, "CŒUR"), "œ kept");
  CHECK_EQ_STR("amazon", norm(n, "Amazon"), "ASCII fast path");
  frex_normalizer_free(n);

  /* worker: norm and stem through the caches, twice */
  frex_config cfg = {FREX_ENT_NONE, false, {0, 0, 0}, NULL, NULL, 0, NULL,
                     NULL};
  frex_pipeline *p;
  frex_worker *w;
  char err[128];
  CHECK(frex_pipeline_new(&p, &cfg, err, sizeof err) == FREX_OK, "pipeline");
  CHECK(frex_worker_new(&w, p) == FREX_OK, "worker");
  for (int round = 0; round < 2; round++) {
    const char *nm, *st;
    size_t nl, sl;
    frex_worker_norm(w, "Continuellement", 15, &nm, &nl);
    CHECK_EQ_STR("continuellement", nm, "worker norm");
    frex_worker_stem(w, nm, nl, &st, &sl);
    CHECK_EQ_STR("continuel", st, "worker stem (cached on round 2)");
  }
  /* stems of Latin-1 norms (every letter U+00A0..U+00FF before, inside
   * and after French endings), of norms outside Latin-1 (œ, ’, Greek),
   * of long ones and of bytes that are no UTF-8: the UTF-8 stemmer's */
  struct sb_stemmer *ref = sb_stemmer_new("french", "UTF_8");
  CHECK(ref != NULL, "libstemmer UTF-8");
  static const char *const words[] = {
      "continuellement", "économiques", "créées", "hôpitaux", "fraîcheur",
      "naïveté", "noël", "aiguë", "ambiguïté", "cœur", "œuvres", "sœurs",
      "aujourd’hui", "l’état", "ελληνικά", "ça", "déçus", "éléphant",
      "majestueusement", "précipitamment", "évidemment", "épanouissements",
      "grandeur", "vieillissements", "yeux", "quelqu'un", "d\xc3\x28x",
      "\xc3", "abc\xc2", "a\xc2\xa0" "b", "été", "où", "là-bas",
      "anticonstitutionnellement-anticonstitutionnellement-"
      "anticonstitutionnellement", /* over 64 characters */
      "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
      "ement", /* 64 Latin-1 characters and more */
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      "é", /* exactly 64 */
      ""};
  bool same = ref != NULL;
  for (size_t i = 0; same && i < sizeof words / sizeof *words; i++)
    same = stem_as_utf8(w, ref, words[i]);
  static const char *const frames[] = {"%s", "a%s", "%sement", "b%sions",
                                       "v%sve", "%s%sure", "tr%sIs"};
  for (unsigned c = 0xA0; same && c <= 0xFF; c++) {
    char ch[3] = {(char)(0xC0 | c >> 6), (char)(0x80 | (c & 0x3F)), 0};
    for (size_t f = 0; same && f < sizeof frames / sizeof *frames; f++) {
      char word[32];
      snprintf(word, sizeof word, frames[f], ch, ch);
      same = stem_as_utf8(w, ref, word);
    }
  }
  CHECK(same, "stems as libstemmer's UTF-8 French stemmer gives them");
  if (ref)
    sb_stemmer_delete(ref);
  frex_worker_free(w);
  frex_pipeline_free(p);
  return harness_done();
}
