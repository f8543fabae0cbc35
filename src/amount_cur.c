/*
 * amount_cur.c — the hand currency tables of the AMOUNT extractor
 * (amount_cur.h): the grammar's currencies, the news forms of currencies
 * named with their country (CLDR's are in amount_cldr.c), and the country
 * words.  Order matters in the grammar's table: the alternation tries
 * entries top to bottom, so specific forms ("US$") come before bare ones
 * ("$").
 *
 * Choices (documented in README): a bare name takes the country of the
 * last name of its family written with a country before it in the
 * document ("francs rwandais ... 1 500 francs": RWF), else of the
 * document's country words (amount_ctx.c), else its default: "$"/"dollars"
 * USD, "livres" GBP, "dinars" DZD, "dirhams" MAD, "roupies" INR, "pesos"
 * MXN, "rials" IRR, "riyals" SAR, "wons" KRW, "roubles" RUB, "leus" RON,
 * "levs" BGN, "florins" NLG;
 * "couronnes" and "shillings" none (no amount without a country); "francs"
 * FRF in a text about the years before 2002, else CHF.  "francs CFA" or
 * "FCFA" without BCEAO or BEAC is XAF in a text that names more Central
 * African countries than West African ones, else XOF (the West African
 * franc, the more common in French-language news); "¥" JPY.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amount_cur.h"
#include "frex.h"

#define PRE FREX_CUR_PRE
#define POST FREX_CUR_POST
#define BOTH (FREX_CUR_PRE | FREX_CUR_POST)
#define CTX FREX_CUR_CONTEXT
/* "s?" plural on a French noun or adjective; "(?:e?s?)" for adjectives
 * with a feminine form (livres sterling, roupies indiennes). */
#define S "s?"
#define ADJ_E "(?:e?s?)"
#define ADJ_NE "(?:n?e?s?)" /* canadien, canadienne(s) */

/* The grammar's currencies: first specific words and symbols with a
 * country ... */
static const frex_amount_cur head[] = {
    /* symbols with a country: US$, $US, $ CA, $ c, C$, HK$, usd$ ...
     * (\h{0,3}: a line break made spaces may fall between, pipeline.c) */
    {"(?:US|USD)\\h{0,3}\\$", "USD", BOTH, NULL},
    /* codes after "$" are case-sensitive: "$ au total" is no AUD */
    {"\\$\\h{0,3}(?-i:USD|usd|US)(?![\\p{L}\\p{N}])", "USD", BOTH, NULL},
    {"(?:CAD|CA|C)\\$", "CAD", BOTH, NULL},
    {"\\$\\h{0,3}(?-i:CAD|cad|CA|CAN)(?![\\p{L}\\p{N}])", "CAD", BOTH, NULL},
    {"\\$\\h{0,3}(?-i:C|c)(?![\\p{L}\\p{N}'’])", "CAD", POST, NULL},
    {"(?:AUD|AU|A)\\$", "AUD", BOTH, NULL},
    {"\\$\\h{0,3}(?-i:AUD|aud|AU)(?![\\p{L}\\p{N}])", "AUD", BOTH, NULL},
    {"(?:NZD|NZ)\\$", "NZD", BOTH, NULL},
    {"\\$\\h{0,3}(?-i:NZD|nzd|NZ)(?![\\p{L}\\p{N}])", "NZD", BOTH, NULL},
    {"(?:HKD|HK)\\$", "HKD", BOTH, NULL},
    {"\\$\\h{0,3}(?-i:HKD|hkd|HK|hk)(?![\\p{L}\\p{N}])", "HKD", BOTH, NULL},
    {"(?:SGD|S)\\$", "SGD", BOTH, NULL},
    {"(?:TWD|NT)\\$", "TWD", BOTH, NULL},
    {"(?:MXN|MX)\\$", "MXN", BOTH, NULL},
    {"(?:BRL|R)\\$", "BRL", BOTH, NULL},
    {"ARS\\$", "ARS", BOTH, NULL},
    {"CLP\\$", "CLP", BOTH, NULL},
    {"COP\\$", "COP", BOTH, NULL},
    /* --- euro, pound, franc ----------------------------------------- */
    {"euro" S, "EUR", POST, NULL},
    {"€uro" S, "EUR", POST, NULL}, /* "5 €uros", an advertiser's spelling */
    {"€", "EUR", BOTH, NULL},
    /* "50 centimes de plus"; "50 centimes d'euro" is the grammar's
     * sub-unit, tried first */
    {"centime" S, "EUR", POST | FREX_CUR_CENTIME, NULL},
    {"£", "GBP", BOTH, NULL},
    {"pounds?(?:\\h{1,3}sterling)?", "GBP", POST, NULL},
    /* "CFA": XOF or XAF by the document's countries (amount_ctx.c) */
    {"F\\h{0,3}CFA|F\\.\\h{0,3}CFA", "CFA", POST, NULL},
    /* --- Asia, Russia, others ------------------------------------------ */
    {"yen" S "(?:\\h{1,3}japonais)?", "JPY", POST, NULL},
    {"¥", "JPY", BOTH, NULL},
    {"yuan" S "(?:\\h{1,3}(?:renminbi|chinois))?|renminbi" S, "CNY", POST,
     NULL},
    {"₽", "RUB", BOTH, NULL},
    {"₹", "INR", BOTH, NULL},
    {"₩", "KRW", BOTH, NULL},
    {"(?:r[ée]al|r[ée]als|r[ée]aux|reais)(?:\\h{1,3}br[ée]silien" ADJ_NE ")?",
     "BRL", POST, NULL},
    {"rand" S "(?:\\h{1,3}sud-africain" S ")?", "ZAR", POST, NULL},
    {"(?:nouveaux?\\h{1,3})?(?:shekel" S "|sheqel" S "|shekalim|chekel" S ")",
     "ILS", POST, NULL},
    {"₪", "ILS", BOTH, NULL},
    {"zloty" S "|zlot[ée]" S "|złoty" S, "PLN", POST, NULL},
    {"forint" S, "HUF", POST, NULL},
    {"hryvnia" S "|hryvna" S "|grivna" S, "UAH", POST, NULL},
    {"₴", "UAH", BOTH, NULL},
    {"naira" S, "NGN", POST, NULL},
    {"₦", "NGN", BOTH, NULL},
    {"ringgit" S, "MYR", POST, NULL},
    {"baht" S, "THB", POST, NULL},
    {"dong" S "(?:\\h{1,3}vietnamien" S ")?", "VND", POST, NULL},
    {"₫", "VND", BOTH, NULL},
    /* --- pre-euro currencies (archives) ------------------------------- */
    {"markkaa?", "FIM", POST, NULL},
    {"deutsche?\\h?mark" S "|deutschemark" S, "DEM", POST, NULL},
    {"(?-i:DM)", "DEM", POST, NULL},
    {"lires", "ITL", POST, NULL},
    {"peseta" S, "ESP", POST, NULL},
    {"escudo" S, "PTE", POST, NULL},
    {"drachme" S, "GRD", POST, NULL},
    {"schilling" S, "ATS", POST, NULL},
};

/* ... then the bare nouns whose country depends on the document, symbols
 * and ISO codes. */
static const frex_amount_cur tail[] = {
    {"dollar" S, "USD", POST | CTX, "dollar"},
    {"\\$", "USD", BOTH | CTX, "dollar"},
    {"franc" S, "FRF", POST | CTX | FREX_CUR_FRANC, "franc"},
    /* Swiss press: "2400 fr. par mois", "45 Fr." */
    {"fr\\.", "FRF", POST | CTX | FREX_CUR_FRANC, "franc"},
    {"livre" S, "GBP", POST | CTX | FREX_CUR_WEAK, "livre"},
    {"mark" S, "DEM", POST | CTX | FREX_CUR_WEAK, "mark"},
    {"couronne" S, NULL, POST | CTX, "couronne"},
    {"dinar" S, "DZD", POST | CTX, "dinar"},
    {"dirham" S, "MAD", POST | CTX, "dirham"},
    {"roupie" S, "INR", POST | CTX, "roupie"},
    {"peso" S, "MXN", POST | CTX, "peso"},
    {"rial" S, "IRR", POST | CTX, "riyal"},
    {"riyal" S, "SAR", POST | CTX, "riyal"},
    {"won" S, "KRW", POST | CTX, "won"},
    {"rouble" S, "RUB", POST | CTX, "rouble"},
    {"shilling" S, NULL, POST | CTX, "shilling"},
    {"leus?|lei", "RON", POST | CTX, "leu"},
    {"levs?|leva", "BGN", POST | CTX, "lev"},
    {"florin" S, "NLG", POST | CTX, "florin"},
    /* any other noun of a CLDR name: money only with its country */
    {frex_amount_cldr_nouns, NULL, POST | FREX_CUR_NAMED_ONLY, NULL},
    /* --- ISO codes, upper case only ("EUR 1000", "150 MEUR"); minor
     * ones only after the number: "la COP 21", "PHP 7" are no amounts -- */
    {"(?-i:USD)", "USD", BOTH, NULL},
    {"(?-i:EUR)", "EUR", BOTH, NULL},
    {"(?-i:GBP)", "GBP", BOTH, NULL},
    {"(?-i:CHF)", "CHF", BOTH, NULL},
    {"(?-i:JPY)", "JPY", BOTH, NULL},
    {"(?-i:CNY|RMB)", "CNY", BOTH, NULL},
    {"(?-i:CAD)", "CAD", BOTH, NULL},
    {"(?-i:AUD)", "AUD", BOTH, NULL},
    {"(?-i:NZD)", "NZD", BOTH, NULL},
    {"(?-i:HKD)", "HKD", BOTH, NULL},
    {"(?-i:SGD)", "SGD", BOTH, NULL},
    {"(?-i:SEK)", "SEK", BOTH, NULL},
    {"(?-i:NOK)", "NOK", BOTH, NULL},
    {"(?-i:DKK)", "DKK", BOTH, NULL},
    {"(?-i:PLN)", "PLN", POST, NULL},
    {"(?-i:CZK)", "CZK", POST, NULL},
    {"(?-i:HUF)", "HUF", POST, NULL},
    {"(?-i:RUB)", "RUB", BOTH, NULL},
    {"(?-i:INR)", "INR", BOTH, NULL},
    {"(?-i:BRL)", "BRL", BOTH, NULL},
    {"(?-i:MXN)", "MXN", BOTH, NULL},
    {"(?-i:ZAR)", "ZAR", BOTH, NULL},
    {"(?-i:KRW)", "KRW", BOTH, NULL},
    {"(?-i:TRY)", "TRY", POST, NULL},
    {"(?-i:XOF)", "XOF", BOTH, NULL},
    {"(?-i:XAF)", "XAF", BOTH, NULL},
    {"(?-i:MAD)", "MAD", POST, NULL},
    {"(?-i:DZD)", "DZD", POST, NULL},
    {"(?-i:TND)", "TND", POST, NULL},
    /* the Maghreb's own abbreviations, after the number only: "120 DH",
     * "500 MDH" (millions), "15 DT", "120 MDT"; not "DA" (Algerian
     * dinar), a hexadecimal byte in code tables ("332 218 DA") */
    {"(?-i:DHS?)", "MAD", POST, NULL},
    {"(?-i:DT)", "TND", POST, NULL},
    /* francophone Africa, the Pacific, Haiti */
    {"(?-i:CDF)", "CDF", POST, NULL},
    {"(?-i:GNF)", "GNF", POST, NULL},
    {"(?-i:RWF)", "RWF", POST, NULL},
    {"(?-i:BIF)", "BIF", POST, NULL},
    {"(?-i:KMF)", "KMF", POST, NULL},
    {"(?-i:DJF)", "DJF", POST, NULL},
    {"(?-i:MGA)", "MGA", POST, NULL},
    {"(?-i:MUR)", "MUR", POST, NULL},
    {"(?-i:HTG)", "HTG", POST, NULL},
    {"(?-i:XPF)", "XPF", POST, NULL},
    {"(?-i:ILS)", "ILS", POST, NULL},
    {"(?-i:AED)", "AED", POST, NULL},
    {"(?-i:SAR)", "SAR", POST, NULL},
    {"(?-i:EGP)", "EGP", POST, NULL},
    {"(?-i:NGN)", "NGN", POST, NULL},
    {"(?-i:ARS)", "ARS", POST, NULL},
    {"(?-i:CLP)", "CLP", POST, NULL},
    {"(?-i:COP)", "COP", POST, NULL},
    {"(?-i:THB)", "THB", POST, NULL},
    {"(?-i:IDR)", "IDR", POST, NULL},
    {"(?-i:PHP)", "PHP", POST, NULL},
    {"(?-i:UAH)", "UAH", POST, NULL},
    {"(?-i:RON)", "RON", POST, NULL},
    {"(?-i:TWD)", "TWD", POST, NULL},
    {"(?-i:PKR)", "PKR", POST, NULL},
    {"(?-i:VND)", "VND", POST, NULL},
    {"(?-i:QAR)", "QAR", POST, NULL},
    {"(?-i:KWD)", "KWD", POST, NULL},
    {"(?-i:BTC|XBT)", "XBT", POST, NULL},
};

#define NHEAD (sizeof head / sizeof *head)
#define NTAIL (sizeof tail / sizeof *tail)

size_t frex_amount_cur_count(void) { return NHEAD + NTAIL; }

const frex_amount_cur *frex_amount_cur_get(size_t i) {
  if (i < NHEAD)
    return &head[i];
  i -= NHEAD;
  return i < NTAIL ? &tail[i] : NULL;
}

/* Currencies named with their country that CLDR does not write so: the
 * forms of news.  Looked up before CLDR's (the first form of a key wins). */
static const frex_amount_named hand_named[] = {
    {"dollar am\303\251ricain", "USD", "dollar"},
    {"dollars am\303\251ricains", "USD", "dollar"},
    {"dollar US", "USD", "dollar"},
    {"dollars US", "USD", "dollar"},
    {"dollar U.S.", "USD", "dollar"},
    {"dollars U.S.", "USD", "dollar"},
    {"dollar U. S.", "USD", "dollar"},
    {"dollars U. S.", "USD", "dollar"},
    {"dollar \303\251tats-unien", "USD", "dollar"},
    {"dollars \303\251tats-uniens", "USD", "dollar"},
    {"dollar \303\251tasunien", "USD", "dollar"},
    {"dollars \303\251tasuniens", "USD", "dollar"},
    {"dollar hongkongais", "HKD", "dollar"},
    {"dollars hongkongais", "HKD", "dollar"},
    {"dollar hong-kongais", "HKD", "dollar"},
    {"dollars hong-kongais", "HKD", "dollar"},
    {"dollar singapourien", "SGD", "dollar"},
    {"dollars singapouriens", "SGD", "dollar"},
    {"dollar de Ta\303\257wan", "TWD", "dollar"},
    {"dollars de Ta\303\257wan", "TWD", "dollar"},
    /* CLDR's ZWD is the dollar of 1980-2008; news of 2009-2024 means ZWL */
    {"dollar zimbabw\303\251en", "ZWL", "dollar"},
    {"dollars zimbabw\303\251ens", "ZWL", "dollar"},
    {"livre britannique", "GBP", "livre"},
    {"livres britanniques", "GBP", "livre"},
    {"livre anglaise", "GBP", "livre"},
    {"livres anglaises", "GBP", "livre"},
    {"franc CFA", "CFA", "franc"},
    {"francs CFA", "CFA", "franc"},
    {"franc CFA BCEAO", "XOF", "franc"},
    {"francs CFA BCEAO", "XOF", "franc"},
    {"franc CFA XOF", "XOF", "franc"},
    {"francs CFA XOF", "XOF", "franc"},
    {"franc CFA BEAC", "XAF", "franc"},
    {"francs CFA BEAC", "XAF", "franc"},
    {"franc CFA XAF", "XAF", "franc"},
    {"francs CFA XAF", "XAF", "franc"},
    {"franc pacifique", "XPF", "franc"},
    {"francs pacifique", "XPF", "franc"},
    {"roupie sri-lankaise", "LKR", "roupie"},
    {"roupies sri-lankaises", "LKR", "roupie"},
    {"roupie seychelloise", "SCR", "roupie"},
    {"roupies seychelloises", "SCR", "roupie"},
    {"dirham \303\251mirati", "AED", "dirham"},
    {"dirhams \303\251miratis", "AED", "dirham"},
    {"dirham des \303\211mirats", "AED", "dirham"},
    {"dirhams des \303\211mirats", "AED", "dirham"},
    {"rial omanais", "OMR", "riyal"},
    {"rials omanais", "OMR", "riyal"},
    {"rial y\303\251m\303\251nite", "YER", "riyal"},
    {"rials y\303\251m\303\251nites", "YER", "riyal"},
    {"rial iranien", "IRR", "riyal"},
    {"rials iraniens", "IRR", "riyal"},
    {"rial saoudien", "SAR", "riyal"},
    {"rials saoudiens", "SAR", "riyal"},
    {"rial qatari", "QAR", "riyal"},
    {"rials qataris", "QAR", "riyal"},
    {"leva bulgares", "BGN", "lev"},
    {"florin hollandais", "NLG", "florin"},
    {"florins hollandais", "NLG", "florin"},
};
#define NHAND_NAMED (sizeof hand_named / sizeof *hand_named)

size_t frex_amount_named_count(void) {
  return NHAND_NAMED + frex_amount_cldr_nnamed;
}

const frex_amount_named *frex_amount_named_get(size_t i) {
  if (i < NHAND_NAMED)
    return &hand_named[i];
  i -= NHAND_NAMED;
  return i < frex_amount_cldr_nnamed ? &frex_amount_cldr_named[i] : NULL;
}

int frex_amount_cur_alternation(frex_buf *b, unsigned flags) {
  int first = 1, rc = frex_buf_puts(b, "(?:");
  for (size_t i = 0; rc == FREX_OK && i < frex_amount_cur_count(); i++) {
    const frex_amount_cur *c = frex_amount_cur_get(i);
    if (!(c->flags & flags))
      continue;
    char mark[32];
    snprintf(mark, sizeof mark, "(*MARK:%zu)", i);
    if (!first)
      rc = frex_buf_putc(b, '|');
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, "(?:");
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, c->re);
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, ")");
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, mark);
    first = 0;
  }
  return rc == FREX_OK ? frex_buf_putc(b, ')') : rc;
}

/* Every word that starts a currency of the grammar, both numbers,
 * lowercase, sorted by strcmp (tests/unit/test_amount.c checks the order
 * and that each word is an anchor). */
static const char *const words[] = {
    "baht",          "bahts",        "chekel",        "chekels",
    "couronne",      "couronnes",    "deutschemark",  "deutschemarks",
    "deutschmark",   "dinar",        "dinars",        "dirham",
    "dirhams",       "dollar",       "dollars",       "dong",
    "dongs",         "drachme",      "drachmes",      "escudo",
    "escudos",       "euro",         "euros",         "florin",
    "florins",       "forint",       "forints",       "franc",
    "francs",        "grivna",       "grivnas",       "hryvna",
    "hryvnas",       "hryvnia",      "hryvnias",      "lei",
    "leu",           "leus",         "lev",           "leva",
    "levs",          "lires",        "livre",         "livres",
    "markka",        "markkaa",      "naira",         "nairas",
    "peseta",        "pesetas",      "peso",          "pesos",
    "pound",         "pounds",       "rand",          "rands",
    "reais",         "real",         "reals",         "renminbi",
    "renminbis",     "rial",         "rials",         "ringgit",
    "ringgits",      "riyal",        "riyals",        "rouble",
    "roubles",       "roupie",       "roupies",       "r\303\251al",
    "r\303\251als",  "r\303\251aux", "schilling",     "schillings",
    "shekalim",      "shekel",       "shekels",       "sheqel",
    "sheqels",       "shilling",     "shillings",     "won",
    "wons",          "yen",          "yens",          "yuan",
    "yuans",         "zloty",        "zlotys",        "zlot\xc3\xa9",
    "zlot\xc3\xa9s", "z\xc5\x82oty", "z\xc5\x82otys",
};
#define NWORDS (sizeof words / sizeof *words)

size_t frex_amount_cur_nanchors(void) { return NWORDS; }

const char *frex_amount_cur_anchor(size_t i) {
  return i < NWORDS ? words[i] : NULL;
}

static int cmp_word(const void *key, const void *elem) {
  return strcmp((const char *)key, *(const char *const *)elem);
}

bool frex_amount_cur_is_anchor(const char *w) {
  return bsearch(w, words, NWORDS, sizeof *words, cmp_word) != NULL;
}

/* Country words: a mention of the country, its people or adjective, or
 * its capital, as news names them.  A code is looked up only for the
 * family of the bare name being resolved (amount_ctx.c); BEF, LUF, FIM
 * and NLG only count in a text about the years before 2002.  For dollars
 * only Canada (SPEC: a Canadian or Québec context makes "$" CAD): an
 * Australian or Hong Kong dollar is written so ("dollars australiens",
 * "HK$"), and a stock "à 2 $" on "la Bourse australienne" is read as USD
 * by the Recognizers-Text suite. */
static const frex_amount_country countries[] = {
    {"USD", "\303\211tats-Unis|Etats-Unis|am\303\251ricain|am\303\251ricaine|"
            "am\303\251ricains|am\303\251ricaines|Washington|USA|US"},
    {"CAD", "Canada|canadien|canadienne|canadiens|canadiennes|Qu\303\251bec|"
            "Quebec|qu\303\251b\303\251cois|qu\303\251b\303\251coise|"
            "qu\303\251b\303\251coises|Ottawa|Montr\303\251al|Montreal|"
            "Toronto|Vancouver"},
    {"CHF", "Suisse|Suisses|Gen\303\250ve|Geneve|Zurich|Lausanne|Berne|"
            "B\303\242le|Bale|helv\303\251tique|helv\303\251tiques"},
    {"CFA", "CFA|FCFA"}, /* the zone, not which one: see "CFA" above */
    {"XOF", "UEMOA|BCEAO|S\303\251n\303\251gal|"
            "s\303\251n\303\251galais|s\303\251n\303\251galaise|"
            "s\303\251n\303\251galaises|C\303\264te d'Ivoire|"
            "C\303\264te d\342\200\231Ivoire|ivoirien|ivoirienne|ivoiriens|"
            "ivoiriennes|Mali|malien|malienne|maliens|maliennes|"
            "Burkina Faso|Burkina|burkinab\303\250|burkinab\303\250s|Niger|"
            "nig\303\251rien|nig\303\251rienne|nig\303\251riens|"
            "nig\303\251riennes|B\303\251nin|b\303\251ninois|"
            "b\303\251ninoise|b\303\251ninoises|Togo|togolais|togolaise|"
            "togolaises|Guin\303\251e-Bissau|Dakar|Abidjan|Bamako|"
            "Ouagadougou|Niamey|Lom\303\251|Cotonou"},
    {"XAF", "CEMAC|BEAC|Cameroun|camerounais|camerounaise|camerounaises|"
            "Gabon|gabonais|gabonaise|gabonaises|Tchad|tchadien|tchadienne|"
            "tchadiens|tchadiennes|Centrafrique|centrafricain|"
            "centrafricaine|centrafricains|centrafricaines|Brazzaville|"
            "Guin\303\251e \303\251quatoriale|Yaound\303\251|Douala|"
            "Libreville|N'Djamena|Bangui"},
    {"RWF", "Rwanda|rwandais|rwandaise|rwandaises|Kigali"},
    {"BIF", "Burundi|burundais|burundaise|burundaises|Bujumbura|Gitega"},
    {"GNF", "Guin\303\251e|guin\303\251en|guin\303\251enne|guin\303\251ens|"
            "guin\303\251ennes|Conakry"},
    {"CDF", "RDC|R\303\251publique d\303\251mocratique du Congo|Kinshasa|"
            "Lubumbashi"},
    {"DJF", "Djibouti|djiboutien|djiboutienne|djiboutiens|djiboutiennes"},
    {"KMF", "Comores|comorien|comorienne|comoriens|comoriennes|Moroni"},
    {"XPF", "Polyn\303\251sie|polyn\303\251sien|polyn\303\251sienne|"
            "polyn\303\251siens|polyn\303\251siennes|"
            "Nouvelle-Cal\303\251donie|cal\303\251donien|"
            "cal\303\251donienne|cal\303\251doniens|cal\303\251doniennes|"
            "Tahiti|tahitien|tahitienne|tahitiens|tahitiennes|"
            "Noum\303\251a|Papeete|Wallis"},
    {"BEF", "Belgique|belge|belges|Bruxelles"},
    {"LUF", "Luxembourg|luxembourgeois|luxembourgeoise|luxembourgeoises"},
    {"GBP", "Royaume-Uni|britannique|britanniques|Londres|Angleterre|"
            "\303\211cosse|\303\251cossais|\303\251cossaise|"
            "\303\251cossaises|\303\211dimbourg|Glasgow|anglais|anglaise|"
            "anglaises|gallois|galloise|galloises|Manchester|Liverpool|"
            "Birmingham|Leeds"},
    {"EGP", "\303\211gypte|\303\251gyptien|\303\251gyptienne|"
            "\303\251gyptiens|\303\251gyptiennes|Le Caire"},
    {"LBP", "Liban|libanais|libanaise|libanaises|Beyrouth"},
    {"SYP", "Syrie|syrien|syrienne|syriens|syriennes|Damas"},
    {"SDG", "Soudan|soudanais|soudanaise|soudanaises|Khartoum"},
    {"SSP", "Soudan du Sud|sud-soudanais|sud-soudanaise|sud-soudanaises|Juba"},
    {"TRY", "Turquie|turc|turcs|turque|turques|Ankara|Istanbul"},
    {"NOK", "Norv\303\250ge|norv\303\251gien|norv\303\251gienne|"
            "norv\303\251giens|norv\303\251giennes|Oslo"},
    {"SEK", "Su\303\250de|su\303\251dois|su\303\251doise|su\303\251doises|"
            "Stockholm"},
    {"DKK", "Danemark|danois|danoise|danoises|Copenhague"},
    {"ISK", "Islande|islandais|islandaise|islandaises|Reykjavik"},
    {"CZK", "Tch\303\251quie|tch\303\250que|tch\303\250ques|Prague"},
    {"DZD", "Alg\303\251rie|alg\303\251rien|alg\303\251rienne|"
            "alg\303\251riens|alg\303\251riennes|Alger"},
    {"TND", "Tunisie|tunisien|tunisienne|tunisiens|tunisiennes|Tunis"},
    {"KWD", "Kowe\303\257t|Koweit|kowe\303\257tien|kowe\303\257tienne|"
            "kowe\303\257tiens|kowe\303\257tiennes"},
    {"IQD", "Irak|Iraq|irakien|irakienne|irakiens|irakiennes|Bagdad"},
    {"LYD", "Libye|libyen|libyenne|libyens|libyennes|Tripoli"},
    {"JOD", "Jordanie|jordanien|jordanienne|jordaniens|jordaniennes|Amman"},
    {"RSD", "Serbie|serbe|serbes|Belgrade"},
    {"BHD", "Bahre\303\257n|Bahrein|bahre\303\257ni|bahre\303\257nis"},
    {"MAD", "Maroc|marocain|marocaine|marocains|marocaines|Rabat|"
            "Casablanca"},
    {"AED", "\303\211mirats|\303\251mirati|\303\251miratie|\303\251miratis|"
            "\303\251miraties|Duba\303\257|Dubai|Abou Dhabi"},
    {"INR", "Inde|indien|indienne|indiens|indiennes|New Delhi|Delhi|Bombay|"
            "Mumbai"},
    {"PKR", "Pakistan|pakistanais|pakistanaise|pakistanaises|Islamabad|"
            "Karachi"},
    {"LKR", "Sri Lanka|sri-lankais|sri-lankaise|sri-lankaises|srilankais|"
            "Colombo"},
    {"NPR", "N\303\251pal|n\303\251palais|n\303\251palaise|n\303\251palaises|"
            "Katmandou"},
    {"MUR", "\303\256le Maurice|mauricien|mauricienne|mauriciens|"
            "mauriciennes"},
    {"SCR", "Seychelles|seychellois|seychelloise|seychelloises"},
    {"IDR", "Indon\303\251sie|indon\303\251sien|indon\303\251sienne|"
            "indon\303\251siens|indon\303\251siennes|Jakarta"},
    {"MXN", "Mexique|mexicain|mexicaine|mexicains|mexicaines|Mexico"},
    {"ARS", "Argentine|argentin|argentins|argentines|Buenos Aires"},
    {"CLP", "Chili|chilien|chilienne|chiliens|chiliennes|Santiago"},
    {"COP", "Colombie|colombien|colombienne|colombiens|colombiennes|Bogota|"
            "Bogot\303\241"},
    {"PHP", "Philippines|philippin|philippine|philippins|Manille"},
    {"CUP", "Cuba|cubain|cubaine|cubains|cubaines|La Havane"},
    {"UYU", "Uruguay|uruguayen|uruguayenne|uruguayens|uruguayennes|"
            "Montevideo"},
    {"DOP", "R\303\251publique dominicaine|dominicain|dominicaine|"
            "dominicains|dominicaines|Saint-Domingue"},
    {"IRR", "Iran|iranien|iranienne|iraniens|iraniennes|T\303\251h\303\251ran"},
    {"SAR", "Arabie saoudite|saoudien|saoudienne|saoudiens|saoudiennes|"
            "Riyad"},
    {"QAR", "Qatar|qatari|qatarie|qataris|qataries|Doha"},
    {"OMR", "Oman|omanais|omanaise|omanaises|Mascate"},
    {"YER", "Y\303\251men|y\303\251m\303\251nite|y\303\251m\303\251nites|"
            "Sanaa"},
    {"KRW", "Cor\303\251e du Sud|sud-cor\303\251en|sud-cor\303\251enne|"
            "sud-cor\303\251ens|sud-cor\303\251ennes|S\303\251oul"},
    {"KPW", "Cor\303\251e du Nord|nord-cor\303\251en|nord-cor\303\251enne|"
            "nord-cor\303\251ens|nord-cor\303\251ennes|Pyongyang"},
    {"KES", "Kenya|k\303\251nyan|k\303\251nyane|k\303\251nyans|"
            "k\303\251nyanes|kenyan|kenyane|kenyans|kenyanes|Nairobi"},
    {"TZS", "Tanzanie|tanzanien|tanzanienne|tanzaniens|tanzaniennes|"
            "Dodoma|Dar es Salaam"},
    {"UGX", "Ouganda|ougandais|ougandaise|ougandaises|Kampala"},
    {"SOS", "Somalie|somalien|somalienne|somaliens|somaliennes|"
            "Mogadiscio"},
    {"RUB", "Russie|russe|russes|Moscou|Kremlin"},
    {"BYN", "Bi\303\251lorussie|B\303\251larus|bi\303\251lorusse|"
            "bi\303\251lorusses|Minsk"},
    {"RON", "Roumanie|roumain|roumaine|roumains|roumaines|Bucarest"},
    {"MDL", "Moldavie|moldave|moldaves|Chisinau"},
    {"FIM", "Finlande|finlandais|finlandaise|finlandaises|Helsinki"},
    {"NLG", "Pays-Bas|n\303\251erlandais|n\303\251erlandaise|"
            "n\303\251erlandaises|hollandais|hollandaise|hollandaises|"
            "Amsterdam|La Haye"},
    {"AWG", "Aruba|arubais|arubaise"},
};

size_t frex_amount_country_count(void) {
  return sizeof countries / sizeof *countries;
}

const frex_amount_country *frex_amount_country_get(size_t i) {
  return i < frex_amount_country_count() ? &countries[i] : NULL;
}
