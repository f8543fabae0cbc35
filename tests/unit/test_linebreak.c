/*
 * test_linebreak.c — entities across line breaks, for all four extractors
 * at once (SPEC "Line breaks", issue 13): an entity may run across a
 * single line break (LF, CRLF or CR), a blank line ends it, a headline or
 * a menu line keeps its line end (src/pipeline.c), the rows' text is the
 * text as read (with its line break) and the token rows do not change.
 * Through the public pipeline API with the shipped dict/ (tests run from
 * the repository root).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"

static frex_pipeline *pipe_;
static frex_worker *worker;

typedef struct want {
  const char *surface; /* exact bytes of the span: its first occurrence
                          after the previous row's start */
  frex_entity_type type;
  const char *value, *unit;
} want;

/* One line of a TAP name: newlines shown as \n. */
static void tap_name(char *out, size_t cap, const char *prefix,
                     const char *text) {
  size_t k = (size_t)snprintf(out, cap, "%s", prefix);
  for (const char *p = text; *p && k + 3 < cap; p++) {
    if (*p == '\n' || *p == '\r') {
      out[k++] = '\\';
      out[k++] = *p == '\n' ? 'n' : 'r';
    } else {
      out[k++] = *p;
    }
  }
  out[k < cap ? k : cap - 1] = '\0';
}

/* TEXT must give exactly the entities of TYPES in W (in document order). */
static void expect(const char *text, unsigned types, const want *w, size_t n) {
  const frex_tokens *toks;
  const frex_entities *ents;
  char name[400];
  tap_name(name, sizeof name, "extract: ", text);
  if (frex_worker_extract(worker, text, strlen(text), &toks, &ents) !=
      FREX_OK) {
    CHECK(0, name);
    return;
  }
  size_t got = 0;
  for (size_t i = 0; i < frex_entities_count(ents); i++)
    got += (frex_entities_get(ents, i)->type & types) != 0;
  tap_name(name, sizeof name, "count for: ", text);
  CHECK_EQ_INT(n, got, name);
  size_t k = 0, from = 0;
  for (size_t i = 0; i < frex_entities_count(ents) && k < n; i++) {
    const frex_entity *e = frex_entities_get(ents, i);
    if (!(e->type & types))
      continue;
    const char *at = strstr(text + from, w[k].surface);
    size_t start = at ? (size_t)(at - text) : (size_t)-1;
    from = at ? start + 1 : from;
    tap_name(name, sizeof name, "span of ", w[k].surface);
    CHECK(e->start == start && e->end == start + strlen(w[k].surface), name);
    if (e->start != start || e->end != start + strlen(w[k].surface))
      printf("# got [%zu, %zu) '%.*s'\n", e->start, e->end,
             (int)(e->end - e->start), text + e->start);
    tap_name(name, sizeof name, "type of ", w[k].surface);
    CHECK_EQ_INT(w[k].type, e->type, name);
    tap_name(name, sizeof name, "value of ", w[k].surface);
    CHECK_EQ_STR(w[k].value, e->value, name);
    tap_name(name, sizeof name, "unit of ", w[k].surface);
    CHECK_EQ_STR(w[k].unit, e->unit, name);
    k++;
  }
}

#define EXPECT(text, types, ...)                                               \
  do {                                                                         \
    static const want w_[] = {__VA_ARGS__};                                    \
    expect(text, types, w_, sizeof w_ / sizeof *w_);                           \
  } while (0)

#define A FREX_ENT_AMOUNT
#define D FREX_ENT_DATE
#define C FREX_ENT_COMPANY
#define G FREX_ENT_AGENCY
#define ORG (FREX_ENT_COMPANY | FREX_ENT_AGENCY)

static void expect_none(const char *text, unsigned types) {
  expect(text, types, NULL, 0);
}

static void test_single_break(void) {
  EXPECT("Le contrat vaut 3 millions\nd'euros sur dix ans.", A,
         {"3 millions\nd'euros", A, "3000000", "EUR"});
  EXPECT("Le contrat vaut 3 millions\r\nd'euros sur dix ans.", A,
         {"3 millions\r\nd'euros", A, "3000000", "EUR"});
  EXPECT("Le contrat vaut 3 millions\rd'euros sur dix ans.", A,
         {"3 millions\rd'euros", A, "3000000", "EUR"});
  /* fold -s keeps the space before the break: a thousands group cut */
  EXPECT("Son salaire atteignait alors 7 \n900 euros bruts par mois.", A,
         {"7 \n900 euros", A, "7900", "EUR"});
  EXPECT("La facture se monte à $ \r\n75 millions.", A,
         {"$ \r\n75 millions", A, "75000000", "USD"});
  EXPECT("Il arrive le 3\nmars 2020 à Paris.", D,
         {"3\nmars 2020", D, "2020-03-03", "day"});
  EXPECT("La Commission\neuropéenne a publié son rapport.", ORG,
         {"Commission\neuropéenne", G, "Commission européenne", "Q8880"});
  /* a wrapped paragraph: the line before the break is a wrapped line */
  EXPECT("Le Pentagone a annoncé mardi que le contrat reviendrait à Amazon "
         "Web\nServices pour une durée de dix ans, selon le communiqué publié "
         "hier.",
         C, {"Amazon Web\nServices", C, "Amazon Web Services", "Q456157"});
  /* three lines, one going on in lowercase: a wrapped paragraph */
  EXPECT("Selon le communiqué publié mardi soir, le contrat reviendrait à "
         "Amazon Web\nServices, qui l'emporte face à Microsoft et à Google "
         "dans la\ncourse au cloud militaire lancée il y a deux ans par le "
         "ministère.",
         C, {"Amazon Web\nServices", C, "Amazon Web Services", "Q456157"},
         {"Microsoft", C, "Microsoft", "Q2283"},
         {"Google", C, "Google", "Q95"});
  EXPECT("Les analystes de la banque française ont relevé que la Société\n"
         "Générale avait publié des résultats meilleurs que prévu ce jeudi.",
         C, {"Société\nGénérale", C, "Société générale", "Q270363"});
}

/* A CRLF line break inside a date of several words is two spaces in the
 * view: "il y\r\na", "cette\r\naprès-midi" (DCT 2016-12-26). */
static void test_crlf_words(void) {
  EXPECT("Le navire, inauguré il y\r\na trois ans aux États-Unis, a levé "
         "l'ancre hier.", D, {"il y\r\na trois ans", D, "2013-12-26", "day"},
         {"hier", D, "2016-12-25", "day"});
  EXPECT("La France a obtenu sa première médaille d'or cette\r\naprès-midi "
         "au centre hippique.", D,
         {"cette\r\naprès-midi", D, "2016-12-26", "day"});
  EXPECT("Le communiqué a été publié cet après\r\nmidi par la direction du "
         "groupe.", D, {"cet après\r\nmidi", D, "2016-12-26", "day"});
  /* fold -s keeps the space before the break: "ce \r\n" is three spaces */
  EXPECT("Le car scolaire a eu un accident ce \r\nmatin vers 7 h 39 sur la "
         "route.", D, {"ce \r\nmatin", D, "2016-12-26", "day"});
}

static void test_blank_line(void) {
  /* a blank line ends any entity */
  expect_none("Le contrat vaut 3 millions\n\nd'euros sur dix ans.", A);
  expect_none("Le contrat vaut 3 millions\n  \nd'euros sur dix ans.", A);
  EXPECT("Il arrive le 3\n\nmars 2020 à Paris.", D,
         {"mars 2020", D, "2020-03", "month"});
  EXPECT("Le contrat revient à Amazon Web\n\nServices.", C,
         {"Amazon", C, "Amazon", "Q3884"});
}

static void test_headlines(void) {
  /* a headline and a dateline keep their line ends: "novembre" and "26
   * décembre 2016" stay two dates */
  char doc[1024];
  snprintf(doc, sizeof doc,
           "Hausse des inscrits au chômage en novembre\n"
           "26 décembre 2016 . –\n"
           "Ce 26 décembre, la Dares et Pôle emploi dévoilaient les chiffres "
           "du chômage pour le mois de novembre 2016 . Malgré une nouvelle "
           "baisse de la catégorie A, la totalité des inscrits repart à la "
           "hausse après deux mois de baisse.\n");
  EXPECT(doc, D, {"novembre", D, "2016-11", "month"},
         {"26 décembre 2016", D, "2016-12-26", "day"},
         {"26 décembre", D, "2016-12-26", "day"},
         {"novembre 2016", D, "2016-11", "month"});
  /* a menu: one item per line, no name across its line ends */
  EXPECT("Amazon Prime Video\nAmazon Prime Video\nPar : Amazon Mobile LLC\n"
         "4.3 / 5\n4,5 M avis\n1 commentaire\n",
         C, {"Amazon", C, "Amazon", "Q3884"}, {"Amazon", C, "Amazon", "Q3884"},
         {"Amazon Mobile LLC", C, "Amazon Mobile LLC", ""});
}

/* A line that ends with an article, a preposition or a conjunction goes on,
 * even in a paragraph that does not look wrapped and before a capital. */
static void test_link_word_ends(void) {
  const char *tail = "\nLe Pentagone a confirmé l'accord conclu après de "
                     "longues négociations entre les deux parties ce mardi.";
  char doc[512];
  snprintf(doc, sizeof doc, "Contrat signé avec le ministère de la\nDéfense "
           "pour dix ans.%s", tail);
  /* the Pentagone of the next line makes it the American one (seeds) */
  EXPECT(doc, G, {"ministère de la\nDéfense", G,
                  "United States Department of Defense", "Q11209"},
         {"Pentagone", G, "United States Department of Defense", "Q11209"});
  snprintf(doc, sizeof doc, "Le prêt a été accordé par Bank of\nAmerica "
           "l'an dernier.%s", tail);
  EXPECT(doc, C, {"Bank of\nAmerica", C, "Bank of America", "Q487907"});
  /* the same lines without the link word: the break ends the sentence */
  snprintf(doc, sizeof doc, "Contrat signé avec le ministère\nDéfense pour "
           "dix ans.%s", tail);
  EXPECT(doc, G,
         {"Pentagone", G, "United States Department of Defense", "Q11209"});
}

/* A currency sign opening the next line after a number goes on: "1,80⏎€"
 * in a short paragraph that is no wrapped text; a letter after the sign,
 * or no number before it, keeps the break. */
static void test_currency_line_start(void) {
  EXPECT("Le ticket passe de 1,80\n€ à 2 €.", A,
         {"1,80\n€", A, "1.8", "EUR"}, {"2 €", A, "2", "EUR"});
  EXPECT("Le devis : 4,5\nM€ HT.", A, {"4,5\nM€", A, "4500000", "EUR"});
  EXPECT("Coût total 12\r\nMd$ selon Reuters.", A,
         {"12\r\nMd$", A, "12000000000", "USD"});
  EXPECT("Le prix du ticket\n€ à 2 €.", A, {"2 €", A, "2", "EUR"});
  expect_none("Le score final 3\nMbappé marque.", A);
}

/* Lines of about one width are wrapped lines whatever they start with: no
 * line here starts in lowercase, and "8 mai⏎2016" is one date. */
static void test_even_lines(void) {
  EXPECT("La cérémonie des British Academy Television\nAwards, organisée par "
         "la British Academy of\nFilm and Television Arts, a eu lieu le 8 "
         "mai\n2016. Elle a récompensé des programmes diffusés\nEn 2015 sur "
         "la BBC.\n",
         D, {"8 mai\n2016", D, "2016-05-08", "day"},
         {"2015", D, "2015", "year"});
}

/* Names cut by a typesetter: joined when the dictionary knows the name
 * they make, alone or after the words before them on the line; a name of
 * the rules cut so is left out rather than given half its last word. */
static void test_name_cut(void) {
  EXPECT("Le groupe Schnei-\nder Electric a signé un accord avec ses "
         "syndicats.", ORG,
         {"Schnei-\nder Electric", C, "Schneider Electric", "Q49053"});
  EXPECT("Le groupe Schneider Elec-\r\ntric a signé un accord avec ses "
         "syndicats.", ORG,
         {"Schneider Elec-\r\ntric", C, "Schneider Electric", "Q49053"});
  EXPECT("Un accord a été signé avec la Commission euro-\npéenne ce "
         "mardi.", ORG,
         {"Commission euro-\npéenne", G, "Commission européenne", "Q8880"});
  EXPECT("Le contrat a été notifié par la Direction générale de l'arme-\n"
         "ment hier.", ORG,
         {"Direction générale de l'arme-\nment", G,
          "Direction générale de l'armement", ""});
  EXPECT("Selon l'Organisation mon-\ndiale de la santé, le virus "
         "recule.", ORG,
         {"Organisation mon-\ndiale de la santé", G,
          "Organisation mondiale de la santé", "Q7817"});
  EXPECT("Le porte-parole de Total-\nEnergies a confirmé la vente.", ORG,
         {"Total-\nEnergies", C, "TotalEnergies", "Q154037"});
  EXPECT("Le groupe Saint-\nGobain a confirmé la vente.", ORG,
         {"Saint-\nGobain", C, "Saint-Gobain", ""});
  /* a name of the rules, not of the dictionary, cut by a typesetter
   * inside a sentence: joined, capitalised head and lowercase tail */
  EXPECT("Le texte a été voté par le Parlement de Lond-\nres hier soir.",
         ORG, {"Parlement de Lond-\nres", G, "Parlement de Londres", ""});
  EXPECT("Le rachat a été confirmé par la société Zorba-\nlix hier soir.",
         ORG, {"Zorba-\nlix", C, "Zorbalix", ""});
  /* not when the tail goes on with a hyphen of its own: a compound's
   * part, and the cut name is left out */
  expect_none("Le rachat a été confirmé par la société Zorba-\nlix-Group "
              "hier soir.", ORG);
  EXPECT("Le texte a été voté par le Parlement de Londres hier soir.", ORG,
         {"Parlement de Londres", G, "Parlement de Londres", ""});
}

/* A quoted e-mail: its lines start with "> " marks (nested too), which
 * the view makes spaces where a line goes on; a line of marks alone is a
 * blank line; a '>' before a word is no mark. */
static void test_quoted_mail(void) {
  EXPECT("> Le ministère de la\n> Défense a réagi hier soir.", G,
         {"ministère de la\n> Défense", G, "Ministère de la Défense", ""});
  EXPECT("> > Le groupe a annoncé un plan de 3 millions\n> > d'euros sur "
         "cinq ans.", A, {"3 millions\n> > d'euros", A, "3000000", "EUR"});
  EXPECT(">> Le groupe a annoncé un plan de 3 millions\r\n>> d'euros sur "
         "cinq ans.", A, {"3 millions\r\n>> d'euros", A, "3000000", "EUR"});
  EXPECT(">> Le sommet se tiendra le 3\n>> mars 2020 à Bruxelles.", D,
         {"3\n>> mars 2020", D, "2020-03-03", "day"});
  EXPECT("> Le PSG a payé Mbappé 180 millions d'euros, son gardien\n> 9. "
         "Les débats reprendront dans les prochains jours.\n", A,
         {"180 millions d'euros", A, "180000000", "EUR"},
         {"9", A, "9000000", "EUR"});
  /* a line of marks alone ends the paragraph */
  expect_none("> Le groupe a annoncé un plan de 3 millions\n>\n> d'euros "
              "sur cinq ans.", A);
  /* no mark: ">" before a word */
  expect_none("Le groupe a annoncé un plan de 3 millions\n>d'euros sur "
              "cinq ans.", A);
}

static void test_tokens_unchanged(void) {
  /* the token rows keep the tokenizer's sentences: a single line break
   * before a capital ends a sentence there, whatever the extractors see */
  const char *text = "Le contrat reviendrait cette année à Amazon Web\n"
                     "Services, pour une durée de dix ans selon le texte.";
  const frex_tokens *toks;
  const frex_entities *ents;
  CHECK(frex_worker_extract(worker, text, strlen(text), &toks, &ents) ==
            FREX_OK,
        "extract");
  uint32_t web = 0, services = 0;
  for (size_t i = 0; i < toks->n; i++) {
    const frex_token *t = &toks->v[i];
    if (t->end - t->start == 3 && !memcmp(text + t->start, "Web", 3))
      web = t->sent;
    if (t->end - t->start == 8 && !memcmp(text + t->start, "Services", 8))
      services = t->sent;
  }
  CHECK_EQ_INT(1, web, "token sentence of Web");
  CHECK_EQ_INT(2, services, "token sentence of Services (tokenizer's rule)");
}

/* A word cut by a hyphen at a wrapped line's end (src/dehyphen.c): joined
 * when it spells a word of the grammars, its row's text as read; a
 * compound cut at its own hyphen keeps it. DCT 2016-12-26. */
static void test_hyphen_cut(void) {
  EXPECT("Le groupe a annoncé un plan de 3 mil-\nliards d'euros pour ses "
         "usines.", A, {"3 mil-\nliards d'euros", A, "3000000000", "EUR"});
  EXPECT("Le groupe a annoncé un plan de 3 mil-\r\nliards d'euros pour ses "
         "usines.", A, {"3 mil-\r\nliards d'euros", A, "3000000000", "EUR"});
  EXPECT("Le groupe a versé 2,5 mil-\n  liards de dollars à ses "
         "actionnaires.", A,
         {"2,5 mil-\n  liards de dollars", A, "2500000000", "USD"});
  EXPECT("Le groupe a levé 40 millions d'eu-\nros auprès de ses "
         "actionnaires.", A,
         {"40 millions d'eu-\nros", A, "40000000", "EUR"});
  EXPECT("Le groupe a levé vingt-\ncinq millions d'euros auprès de ses "
         "actionnaires.", A,
         {"vingt-\ncinq millions d'euros", A, "25000000", "EUR"});
  EXPECT("Le groupe a levé quatre-vingt-\ndix-sept millions d'euros auprès "
         "de ses actionnaires.", A,
         {"quatre-vingt-\ndix-sept millions d'euros", A, "97000000", "EUR"});
  EXPECT("L'État a débloqué un demi-\nmilliard d'euros pour les "
         "agriculteurs.", A,
         {"un demi-\nmilliard d'euros", A, "500000000", "EUR"});
  EXPECT("L'État a débloqué un demi-mil-\nliard d'euros pour les "
         "agriculteurs.", A,
         {"un demi-mil-\nliard d'euros", A, "500000000", "EUR"});
  EXPECT("Le groupe a levé vingt-cin-\nq millions d'euros auprès de ses "
         "actionnaires.", A,
         {"vingt-cin-\nq millions d'euros", A, "25000000", "EUR"});
  EXPECT("Le communiqué a été publié le 12 jan-\nvier 2016 par la direction "
         "du groupe.", D, {"12 jan-\nvier 2016", D, "2016-01-12", "day"});
  EXPECT("Le communiqué a été publié le 12 jan-\nvier par la direction du "
         "groupe.", D, {"12 jan-\nvier", D, "2016-01-12", "day"});
  EXPECT("Le communiqué a été publié le dix-\nsept mai par la direction "
         "du groupe.", D, {"dix-\nsept mai", D, "2016-05-17", "day"});
  EXPECT("Le communiqué a été publié cet après-\nmidi par la direction du "
         "groupe.", D, {"cet après-\nmidi", D, "2016-12-26", "day"});
  EXPECT("Le communiqué a été publié avant-\nhier soir par la direction du "
         "groupe.", D, {"avant-\nhier soir", D, "2016-12-24", "day"});
  EXPECT("Le communiqué a été publié le week-\nend dernier par la direction "
         "du groupe.", D,
         {"le week-\nend dernier", D, "2016-W51-WE", "week"});
  EXPECT("Le communiqué a été publié à la mi-\nmars par la direction du "
         "groupe.", D, {"mi-\nmars", D, "2016-03", "month"});
  EXPECT("Le communiqué a été publié au deu-\nxième trimestre 2016 par la "
         "direction.", D,
         {"deu-\nxième trimestre 2016", D, "2016-Q2", "quarter"});
  EXPECT("Le communiqué a été publié ven-\ndredi par la direction du "
         "groupe.", D, {"ven-\ndredi", D, "2016-12-23", "day"});
  /* not words of the grammars: nothing joined, nothing found */
  expect_none("Le groupe a levé 3 mil-\nlions de clients et de fidèles "
              "abonnés.", A);
  expect_none("Les négociations ont repris avec les repré-\nsentants des "
              "salariés du groupe.", D);
  /* a word cut after a head that is a date word alone is no date */
  expect_none("Le niveau d'alerte terroriste est mai-\nntenu à 4 sur 5 selon "
              "le ministère.", D);
  expect_none("L'État doit mettre en œuvre cette déc-\nision dans le délai "
              "imparti par la loi.", D);
  /* a verb cut by the wrapping still gives its clause's tense */
  EXPECT("Le directeur du groupe a déclaré que l'entreprise prépar-\nerait "
         "un plan le 4 janvier, selon Les Échos.", D,
         {"4 janvier", D, "2017-01-04", "day"});
  /* a list item whose scale is cut: the joined word leaves two spaces
   * before it and one before the comma in the view */
  EXPECT("Il a reçu 1,2 mil-\nlion, 800 000 et 500 000 euros "
         "respectivement.", A,
         {"1,2 mil-\nlion", A, "1200000", "EUR"},
         {"800 000", A, "800000", "EUR"},
         {"500 000 euros", A, "500000", "EUR"});
  EXPECT("Les ventes atteignent 3,4 mil-\nliards, 2,5 milliards et 2 "
         "milliards d'euros.", A,
         {"3,4 mil-\nliards", A, "3400000000", "EUR"},
         {"2,5 milliards", A, "2500000000", "EUR"},
         {"2 milliards d'euros", A, "2000000000", "EUR"});
  expect_none("Il a compté 1,2 mil-\nlion, 800 000 et 500 000 visiteurs "
              "respectivement.", A);
  /* a blank line ends the word as any entity */
  expect_none("Le groupe a annoncé un plan de 3 mil-\n\nliards d'euros.", A);
  /* after the joined word, offsets are the text's again */
  EXPECT("Le plan de 3 mil-\nliards d'euros court jusqu'au 12 mars 2016 "
         "pour 4 millions d'euros.", A | D,
         {"3 mil-\nliards d'euros", A, "3000000000", "EUR"},
         {"12 mars 2016", D, "2016-03-12", "day"},
         {"4 millions d'euros", A, "4000000", "EUR"});
}

/* A lowercase word cut by a typesetter before or inside a body's name
 * (src/dehyphen.c): joined when the rules read it (a cue or head word of
 * org_words.def: "minis-\ntre", "dépar-\ntement", "mi-\nnistère"), or when
 * it stands inside a name after a capitalised head on its line ("la Cour
 * de mag-\nistrats de Maidstone"); a compound's first half is never
 * joined ("médico-\nlégal", "vice-\nprésident"). */
static void test_cue_cut(void) {
  EXPECT("Le bilan est de 36 morts. Le minis-\ntre de la Justice, Bekir "
         "Bozdag, a précisé les faits.", G,
         {"Justice", G, "Ministère de la Justice", ""});
  EXPECT("Les ministres Matthias Fekl (minis-\ntre de l'Intérieur) et "
         "Ericka Bareigts sont arrivés.", G,
         {"Intérieur", G, "Ministère de l'Intérieur", "Q1518496"});
  EXPECT("Le texte a été signé hier par le dépar-\ntement de la Défense "
         "américain à Washington.", G,
         {"dépar-\ntement de la Défense américain", G,
          "United States Department of Defense", "Q11209"});
  EXPECT("Le texte a été transmis hier au mi-\nnistère de l'Intérieur "
         "par le préfet.", G,
         {"mi-\nnistère de l'Intérieur", G, "Ministère de l'Intérieur",
          "Q1518496"});
  EXPECT("L'appareil a pris feu. L' Agence améri-\ncaine de l’aviation "
         "civile (FAA) est sur place.", G,
         {"Agence améri-\ncaine de l’aviation civile", G,
          "Federal Aviation Administration", ""},
         {"FAA", G, "Federal Aviation Administration", ""});
  EXPECT("Il a comparu devant la Cour de mag-\nistrats de Maidstone le 17 "
         "février.", G,
         {"Cour de mag-\nistrats de Maidstone", G,
          "Cour de magistrats de Maidstone", ""});
  EXPECT("Le budget de l'Institut national de la santé et de la recher-\n"
         "che médicale a été voté hier.", G,
         {"Institut national de la santé et de la recher-\nche médicale", G,
          "Institut national de la santé et de la recherche médicale", ""});
  /* after an elision and a space, the joined name keeps one space */
  EXPECT("Fillon est revenu à l' Assem-\nblée le mois suivant, selon le "
         "journal.", G, {"Assem-\nblée", G, "Assemblée nationale", "Q193582"});
  /* a compound's first half: never joined (its name is left out) */
  expect_none("Le budget de l'Institut médico-\nlégal de Paris a été voté "
              "hier.", G);
  EXPECT("Le texte a été transmis au vice-\nprésident de la Commission "
         "européenne hier.", G,
         {"Commission européenne", G, "Commission européenne", "Q8880"});
  /* a local assembly's adjective (a word of the rules' own list) */
  EXPECT("Le budget a été voté jeudi par le conseil dépar-\ntemental de la "
         "Gironde.", G,
         {"conseil dépar-\ntemental de la Gironde", G,
          "conseil départemental de la Gironde", ""});
  EXPECT("L'aide a été votée jeudi par le conseil régio-\r\nnal d'Occitanie "
         "à Toulouse.", G,
         {"conseil régio-\r\nnal d'Occitanie", G,
          "conseil régional d'Occitanie", ""});
  EXPECT("La subvention a été votée lundi par le conseil munici-\n  pal de "
         "Lyon.", G,
         {"conseil munici-\n  pal de Lyon", G, "conseil municipal de Lyon",
          ""});
  /* a head too long to be a compound's first half, inside a name */
  EXPECT("Selon la Direction interdéparte-\nmentale des routes Ouest, la "
         "voie est fermée.", G,
         {"Direction interdéparte-\nmentale des routes Ouest", G,
          "Direction interdépartementale des routes Ouest", ""});
  /* inter- welded before a consonant, inside a name: a typesetter's cut */
  EXPECT("Selon la Direction inter-\ndépartementale des routes Ouest, la "
         "voie est fermée.", G,
         {"Direction inter-\ndépartementale des routes Ouest", G,
          "Direction interdépartementale des routes Ouest", ""});
  EXPECT("Selon la Direction inter-\r\ndépartementale des routes Ouest, la "
         "voie est fermée.", G,
         {"Direction inter-\r\ndépartementale des routes Ouest", G,
          "Direction interdépartementale des routes Ouest", ""});
  /* ... kept before a vowel ("inter-établissements"): no name is all
   * there */
  expect_none("Selon la Direction inter-\nacadémique des Hauts-de-France, "
              "la rentrée est maintenue.", G);
  /* a name's compound cut in its last, capitalised part */
  EXPECT("Hier, la préfecture des Alpes-Mar-\nitimes a fermé les plages.", G,
         {"préfecture des Alpes-Mar-\nitimes", G,
          "préfecture des Alpes-Maritimes", ""});
  /* ... not a lowercase part, nor a part going on with a hyphen */
  expect_none("Le budget de l'Institut médico-lé-\ngal de Paris a été voté "
              "hier.", G);
  EXPECT("Le concert a eu lieu à Saint-Ger-\nmain-en-Laye avec la Région "
         "Bretagne.", G, {"Région Bretagne", G, "Région Bretagne", ""});
  /* DATE and AMOUNT words cut as before */
  EXPECT("Le minis-\ntre a annoncé 3 mil-\nliards d'euros le 12 septem-\n"
         "bre 2024 à Paris.", A | D,
         {"3 mil-\nliards d'euros", A, "3000000000", "EUR"},
         {"12 septem-\nbre 2024", D, "2024-09-12", "day"});
}

/* A page break's form feed after a typesetter's cut (pdftotext: "d'eu-\n
 * \fros"): the joined word moved onto the form feed, which the view then
 * made a space, and the amount ended one byte short ("d'eu-\nro"). */
static void test_page_break_cut(void) {
  EXPECT("Le groupe a levé 40 millions d'eu-\n\fros auprès de ses "
         "actionnaires.", A,
         {"40 millions d'eu-\n\fros", A, "40000000", "EUR"});
  EXPECT("Le groupe a annoncé 3 mil-\n\fliards d'euros pour ses usines.", A,
         {"3 mil-\n\fliards d'euros", A, "3000000000", "EUR"});
  EXPECT("Le jugement du 12 jan-\n\fvier 2024 a été confirmé.", D,
         {"12 jan-\n\fvier 2024", D, "2024-01-12", "day"});
}

/* Invisible characters inside a word or a number (soft hyphen, zero-width
 * space and joiners, word joiner, BOM): read as absent, the span the text
 * as written; U+2028 a line break, U+2029 a blank line. */
static void test_invisible(void) {
  EXPECT("Le groupe a perdu 3 mil\xc2\xadliards d'euros.", A,
         {"3 mil\xc2\xadliards d'euros", A, "3000000000", "EUR"});
  EXPECT("Une enveloppe de 1 2\xe2\x80\x8b" "50 000 \xe2\x82\xac.", A,
         {"1 2\xe2\x80\x8b" "50 000 \xe2\x82\xac", A, "1250000", "EUR"});
  EXPECT("L'usine ouvrira en 2\xe2\x81\xa0" "026.", D,
         {"2\xe2\x81\xa0" "026", D, "2026", "year"});
  EXPECT("Le 12 ma\xe2\x80\x8drs\xef\xbb\xbf 2024, le tribunal a statu\xc3\xa9.", D,
         {"12 ma\xe2\x80\x8drs\xef\xbb\xbf 2024", D, "2024-03-12", "day"});
  EXPECT("Le groupe Air\xc2\xad" "bus a livr\xc3\xa9 moins d'avions.", C,
         {"Air\xc2\xad" "bus", C, "Airbus", "Q2311"});
  /* a soft hyphen at a line's end is the hyphen it shows */
  EXPECT("Le groupe a perdu 3 mil\xc2\xad\nliards d'euros.", A,
         {"3 mil\xc2\xad\nliards d'euros", A, "3000000000", "EUR"});
  /* invisible characters around an entity stay out of it */
  EXPECT("Un contrat de \xe2\x80\x8b" "3 millions d'euros\xe2\x80\x8b sign\xc3\xa9.", A,
         {"3 millions d'euros", A, "3000000", "EUR"});
  EXPECT("Le groupe a vers\xc3\xa9 3 millions\xe2\x80\xa8" "d'euros.", A,
         {"3 millions\xe2\x80\xa8" "d'euros", A, "3000000", "EUR"});
  EXPECT("Le jugement rendu par le tribunal le 12 mars\xe2\x80\xa8" "2024 est "
         "confirm\xc3\xa9.", D,
         {"12 mars\xe2\x80\xa8" "2024", D, "2024-03-12", "day"});
  /* a paragraph separator ends an entity as a blank line does */
  expect_none("La r\xc3\xa9gion a vers\xc3\xa9 3 millions\xe2\x80\xa9"
              "d'euros.", A);
}

/* A year at a line's end before a number on the next line is still the
 * date's year ("le 12 mars 2019\n150 millions": was "12 mars" alone). */
static void test_year_before_number(void) {
  EXPECT("La r\xc3\xa9gion a annonc\xc3\xa9 le 12 mars 2019\n150 millions d'euros "
         "pour les lyc\xc3\xa9" "es de la\nm\xc3\xa9tropole, a indiqu\xc3\xa9 le "
         "pr\xc3\xa9sident du conseil.", A | D,
         {"12 mars 2019", D, "2019-03-12", "day"},
         {"150 millions d'euros", A, "150000000", "EUR"});
  EXPECT("Le chantier a \xc3\xa9t\xc3\xa9 lanc\xc3\xa9 en septembre 2024\r\n"
         "120 entreprises locales y travaillent depuis, a pr\xc3\xa9" "cis\xc3\xa9 "
         "le maire.", D, {"septembre 2024", D, "2024-09", "month"});
  EXPECT("Le tribunal a rendu son jugement le 3 avril 2025\n"
         "300 millions d'euros d'amende ont \xc3\xa9t\xc3\xa9 prononc\xc3\xa9s "
         "contre la soci\xc3\xa9t\xc3\xa9.", A | D,
         {"3 avril 2025", D, "2025-04-03", "day"},
         {"300 millions d'euros", A, "300000000", "EUR"});
  /* guards: a number cut between its groups stays one */
  EXPECT("Le club a d\xc3\xbb payer une amende de 300\n000 euros \xc3\xa0 la "
         "f\xc3\xa9" "d\xc3\xa9ration apr\xc3\xa8s les incidents du match.", A,
         {"300\n000 euros", A, "300000", "EUR"});
  EXPECT("La commune a investi au total la somme de 1\n250 000 euros dans "
         "la r\xc3\xa9novation de son \xc3\xa9" "cole.", A,
         {"1\n250 000 euros", A, "1250000", "EUR"});
}

/* A month at a line's end and its year opening the next line, in a short
 * line a balancing wrapper (fmt) left: one date. */
static void test_month_then_year(void) {
  EXPECT("Le vol d'Alberto Santos\nDumont en septembre\n1906.", D,
         {"septembre\n1906", D, "1906-09", "month"});
  EXPECT("unies a annonc\xc3\xa9\nle 30 septembre\n2016 l'ouverture\nd'une "
         "enqu\xc3\xaate.", D,
         {"30 septembre\n2016", D, "2016-09-30", "day"});
  /* guards: a number of people after a month, a day and month after a
   * headline's month */
  EXPECT("Le chantier a commenc\xc3\xa9 en mars\n2000 000 euros ont \xc3\xa9t\xc3\xa9 "
         "d\xc3\xa9pens\xc3\xa9s.", D, {"mars", D, "2016-03", "month"});
  EXPECT("Le ch\xc3\xb4mage a baiss\xc3\xa9 en novembre\n26 d\xc3\xa9" "cembre 2016 . "
         "\xe2\x80\x93 Ce 26 d\xc3\xa9" "cembre, le minist\xc3\xa8re a publi\xc3\xa9 les "
         "chiffres.", D, {"novembre", D, "2016-11", "month"},
         {"26 d\xc3\xa9" "cembre 2016", D, "2016-12-26", "day"},
         {"26 d\xc3\xa9" "cembre", D, "2016-12-26", "day"});
}

/* A name with hyphens of its own after an elision at a line's end
 * ("d'\nÎle-de-France": the view glued "Île" alone, "-de-France" a word
 * apart), a place's name cut at its own hyphen before its particle
 * ("Seine-\net-Marne"), both in one narrow column (s32). */
static void test_elided_place(void) {
  EXPECT("Le conseil r\xc3\xa9gional d'\n\xc3\x8ele-de-France a vot\xc3\xa9 "
         "le budget.", G,
         {"conseil r\xc3\xa9gional d'\n\xc3\x8ele-de-France", G,
          "conseil r\xc3\xa9gional d'\xc3\x8ele-de-France", ""});
  EXPECT("Le conseil r\xc3\xa9gional d'  \r\n\xc3\x8ele-de-France a vot\xc3\xa9 "
         "le budget.", G,
         {"conseil r\xc3\xa9gional d'  \r\n\xc3\x8ele-de-France", G,
          "conseil r\xc3\xa9gional d'\xc3\x8ele-de-France", ""});
  EXPECT("Le conseil r\xc3\xa9gional d'\xc3\x8ele-\nde-France a vot\xc3\xa9 "
         "le budget.", G,
         {"conseil r\xc3\xa9gional d'\xc3\x8ele-\nde-France", G,
          "conseil r\xc3\xa9gional d'\xc3\x8ele-de-France", ""});
  EXPECT("La pr\xc3\xa9" "fecture de Seine-\net-Marne a publi\xc3\xa9 un "
         "arr\xc3\xaat\xc3\xa9.", G,
         {"pr\xc3\xa9" "fecture de Seine-\net-Marne", G,
          "pr\xc3\xa9" "fecture de Seine-et-Marne", ""});
  /* a place's name cut at its own hyphen before an elided particle
   * ("Côtes-\nd'Armor": no word is cut before an apostrophe); the base
   * found no body at all (s37) */
  EXPECT("Le conseil d\xc3\xa9partemental des C\xc3\xb4tes-\nd'Armor a "
         "vot\xc3\xa9 le budget.", G,
         {"conseil d\xc3\xa9partemental des C\xc3\xb4tes-\nd'Armor", G,
          "conseil d\xc3\xa9partemental des C\xc3\xb4tes-d'Armor", ""});
  EXPECT("La pr\xc3\xa9" "fecture du Val-\nd\xe2\x80\x99Oise a publi\xc3\xa9 un "
         "arr\xc3\xaat\xc3\xa9.", G,
         {"pr\xc3\xa9" "fecture du Val-\nd\xe2\x80\x99Oise", G,
          "pr\xc3\xa9" "fecture du Val-d\xe2\x80\x99Oise", ""});
  /* a lowercase word before the hyphen is no place: nothing joined */
  expect_none("Il faut un porte-\nd'entr\xc3\xa9" "e.", G);
  /* the word after the elision cut again: no join over another join
   * (the base made the value "d'ÎÎle-de-France") */
  EXPECT("Le conseil r\xc3\xa9gional d'\n\xc3\x8ele-de-\nFrance a vot\xc3\xa9 "
         "le budget.", G,
         {"conseil r\xc3\xa9gional d'\n\xc3\x8ele-de-\nFrance", G,
          "conseil r\xc3\xa9gional d'\xc3\x8ele-de-France", ""});
  /* guard: a known name a typesetter cut before "des" */
  EXPECT("Le constructeur Merce-\ndes-Benz a vendu plus de voitures.", C,
         {"Merce-\ndes-Benz", C, "Mercedes-Benz", "Q36008"});
}

int main(void) {
  char err[256] = "";
  frex_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.dict_dir = "dict";
  cfg.dct = (frex_dct){2016, 12, 26}; /* the headline test's dateline */
  if (frex_pipeline_new(&pipe_, &cfg, err, sizeof err) != FREX_OK ||
      frex_worker_new(&worker, pipe_) != FREX_OK) {
    printf("Bail out! %s\n", err);
    return 1;
  }
  test_single_break();
  test_blank_line();
  test_headlines();
  test_link_word_ends();
  test_currency_line_start();
  test_even_lines();
  test_tokens_unchanged();
  test_quoted_mail();
  test_hyphen_cut();
  test_name_cut();
  test_crlf_words();
  test_cue_cut();
  test_page_break_cut();
  test_invisible();
  test_year_before_number();
  test_month_then_year();
  test_elided_place();
  frex_worker_free(worker);
  frex_pipeline_free(pipe_);
  return harness_done();
}
