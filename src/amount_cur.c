/*
 * amount_cur.c — currency table for the AMOUNT extractor (SPEC "AMOUNT").
 * Order matters: the alternation tries entries top to bottom, so qualified
 * names ("dollars canadiens") come before bare ones ("dollars").
 *
 * Choices (documented in README): a bare "$"/"dollar(s)" is USD unless the
 * document is Canadian (then CAD); bare "livre(s)" is GBP; bare "franc(s)"
 * is CHF in a Swiss document, XOF where "CFA" appears, else FRF; "franc(s)
 * CFA"/"FCFA" without BEAC is XOF (the West African franc, the more common
 * in French-language news); bare "pesos" is MXN, "dinars" DZD, "dirhams"
 * MAD, "roupies" INR, "¥" JPY.
 */
#include <stdio.h>
#include <string.h>

#include "amount_cur.h"
#include "frex.h"

#define PRE FREX_CUR_PRE
#define POST FREX_CUR_POST
#define BOTH (FREX_CUR_PRE | FREX_CUR_POST)
/* "s?" plural on a French noun or adjective; "(?:e?s?)" for adjectives
 * with a feminine form (livres sterling, roupies indiennes). */
#define S "s?"
#define ADJ_E "(?:e?s?)"
#define ADJ_NE "(?:n?e?s?)" /* canadien, canadienne(s) */

static const frex_amount_cur table[] = {
    /* --- dollars with a country ------------------------------------- */
    {"dollar" S "\\h{1,3}(?:am[ée]ricain" S
     "|US|des\\h{1,3}[ÉE]tats-Unis|[ée]tats-unien" ADJ_NE "|[ée]tasunien" ADJ_NE
     ")",
     "USD", POST},
    {"dollar" S "\\h{1,3}U\\.\\h?S\\.", "USD", POST},
    {"dollar" S "\\h{1,3}canadien" ADJ_NE, "CAD", POST},
    {"dollar" S "\\h{1,3}australien" ADJ_NE, "AUD", POST},
    {"dollar" S "\\h{1,3}n[ée]o-z[ée]landais", "NZD", POST},
    {"dollar" S "\\h{1,3}(?:de\\h{1,3}Hong(?:\\h|-)?Kong|hong-?kongais)", "HKD",
     POST},
    {"dollar" S "\\h{1,3}(?:de\\h{1,3}Singapour|singapourien" ADJ_NE ")", "SGD",
     POST},
    {"dollar" S "\\h{1,3}(?:de\\h{1,3}Ta[ïi]wan|ta[ïi]wanais)", "TWD", POST},
    {"dollar" S "\\h{1,3}z(?:imbabw[ée]en" ADJ_NE ")", "ZWL", POST},
    /* symbols with a country: US$, $US, $ CA, $ c, C$, HK$, usd$ ... */
    {"(?:US|USD)\\h{0,3}\\$", "USD", BOTH},
    /* codes after "$" are case-sensitive: "$ au total" is no AUD */
    {"\\$\\h{0,3}(?-i:USD|usd|US)(?![\\p{L}\\p{N}])", "USD", BOTH},
    {"(?:CAD|CA|C)\\$", "CAD", BOTH},
    {"\\$\\h{0,3}(?-i:CAD|cad|CA|CAN)(?![\\p{L}\\p{N}])", "CAD", BOTH},
    {"\\$\\h{0,3}(?-i:C|c)(?![\\p{L}\\p{N}'’])", "CAD", POST},
    {"(?:AUD|AU|A)\\$", "AUD", BOTH},
    {"\\$\\h{0,3}(?-i:AUD|aud|AU)(?![\\p{L}\\p{N}])", "AUD", BOTH},
    {"(?:NZD|NZ)\\$", "NZD", BOTH},
    {"\\$\\h{0,3}(?-i:NZD|nzd|NZ)(?![\\p{L}\\p{N}])", "NZD", BOTH},
    {"(?:HKD|HK)\\$", "HKD", BOTH},
    {"\\$\\h{0,3}(?-i:HKD|hkd|HK|hk)(?![\\p{L}\\p{N}])", "HKD", BOTH},
    {"(?:SGD|S)\\$", "SGD", BOTH},
    {"(?:TWD|NT)\\$", "TWD", BOTH},
    {"(?:MXN|MX)\\$", "MXN", BOTH},
    {"(?:BRL|R)\\$", "BRL", BOTH},
    {"ARS\\$", "ARS", BOTH},
    {"CLP\\$", "CLP", BOTH},
    {"COP\\$", "COP", BOTH},
    /* --- euro, pound, franc ----------------------------------------- */
    {"euro" S, "EUR", POST},
    {"€", "EUR", BOTH},
    {"livre" S "\\h{1,3}(?:sterling|britannique" S "|anglaise" S ")", "GBP",
     POST},
    {"livre" S "\\h{1,3}[ée]gyptienne" S, "EGP", POST},
    {"livre" S "\\h{1,3}libanaise" S, "LBP", POST},
    {"livre" S "\\h{1,3}syrienne" S, "SYP", POST},
    {"livre" S "\\h{1,3}soudanaise" S, "SDG", POST},
    {"(?:livre|lire)" S "\\h{1,3}turque" S, "TRY", POST},
    {"£", "GBP", BOTH},
    {"pounds?(?:\\h{1,3}sterling)?", "GBP", POST},
    {"franc" S "\\h{1,3}suisse" S, "CHF", POST},
    {"franc" S "\\h{1,3}CFA\\h{1,3}(?:BEAC|XAF)", "XAF", POST},
    {"franc" S "\\h{1,3}CFA(?:\\h{1,3}(?:BCEAO|XOF))?", "XOF", POST},
    {"F\\h{0,3}CFA|F\\.\\h{0,3}CFA", "XOF", POST},
    {"franc" S "\\h{1,3}(?:CFP|pacifique)", "XPF", POST},
    {"franc" S "\\h{1,3}fran[çc]ais", "FRF", POST},
    {"franc" S "\\h{1,3}belge" S, "BEF", POST},
    {"franc" S "\\h{1,3}luxembourgeois", "LUF", POST},
    {"franc" S "\\h{1,3}guin[ée]en" ADJ_NE, "GNF", POST},
    {"franc" S "\\h{1,3}congolais", "CDF", POST},
    {"franc" S "\\h{1,3}rwandais", "RWF", POST},
    {"franc" S "\\h{1,3}burundais", "BIF", POST},
    {"franc" S "\\h{1,3}djiboutien" ADJ_NE, "DJF", POST},
    {"franc" S "\\h{1,3}comorien" ADJ_NE, "KMF", POST},
    /* --- Asia, Russia, others ------------------------------------------ */
    {"yen" S "(?:\\h{1,3}japonais)?", "JPY", POST},
    {"¥", "JPY", BOTH},
    {"yuan" S "(?:\\h{1,3}(?:renminbi|chinois))?|renminbi" S, "CNY", POST},
    {"rouble" S "(?:\\h{1,3}russe" S ")?", "RUB", POST},
    {"₽", "RUB", BOTH},
    {"roupie" S "\\h{1,3}pakistanaise" S, "PKR", POST},
    {"roupie" S "\\h{1,3}sri-?lankaise" S, "LKR", POST},
    {"roupie" S "\\h{1,3}n[ée]palaise" S, "NPR", POST},
    {"roupie" S "\\h{1,3}mauricienne" S, "MUR", POST},
    {"roupie" S "\\h{1,3}seychelloise" S, "SCR", POST},
    {"roupie" S "\\h{1,3}indon[ée]sienne" S, "IDR", POST},
    {"roupie" S "(?:\\h{1,3}indienne" S ")?", "INR", POST},
    {"₹", "INR", BOTH},
    {"won" S "\\h{1,3}nord-cor[ée]en" ADJ_NE, "KPW", POST},
    {"won" S "(?:\\h{1,3}sud-cor[ée]en" ADJ_NE ")?", "KRW", POST},
    {"₩", "KRW", BOTH},
    {"peso" S "\\h{1,3}argentin" S, "ARS", POST},
    {"peso" S "\\h{1,3}chilien" ADJ_NE, "CLP", POST},
    {"peso" S "\\h{1,3}colombien" ADJ_NE, "COP", POST},
    {"peso" S "\\h{1,3}philippin" S, "PHP", POST},
    {"peso" S "\\h{1,3}cubain" S, "CUP", POST},
    {"peso" S "\\h{1,3}uruguayen" ADJ_NE, "UYU", POST},
    {"peso" S "(?:\\h{1,3}mexicain" S ")?", "MXN", POST},
    {"(?:r[ée]al|r[ée]als|r[ée]aux|reais)(?:\\h{1,3}br[ée]silien" ADJ_NE ")?",
     "BRL", POST},
    {"rand" S "(?:\\h{1,3}sud-africain" S ")?", "ZAR", POST},
    {"dinar" S "\\h{1,3}alg[ée]rien" ADJ_NE, "DZD", POST},
    {"dinar" S "\\h{1,3}tunisien" ADJ_NE, "TND", POST},
    {"dinar" S "\\h{1,3}kowe[ïi]tien" ADJ_NE, "KWD", POST},
    {"dinar" S "\\h{1,3}irakien" ADJ_NE, "IQD", POST},
    {"dinar" S "\\h{1,3}libyen" ADJ_NE, "LYD", POST},
    {"dinar" S "\\h{1,3}jordanien" ADJ_NE, "JOD", POST},
    {"dinar" S "\\h{1,3}serbe" S, "RSD", POST},
    {"dinar" S "\\h{1,3}bahre[ïi]ni" S, "BHD", POST},
    {"dinar" S, "DZD", POST},
    {"dirham" S "\\h{1,3}(?:[ée]mirati" S
     "|des\\h{1,3}[ÉE]mirats(?:\\h{1,3}arabes\\h{1,3}unis)?)",
     "AED", POST},
    {"dirham" S "(?:\\h{1,3}marocain" S ")?", "MAD", POST},
    {"(?:nouveaux?\\h{1,3})?(?:shekel" S "|sheqel" S "|shekalim|chekel" S ")",
     "ILS", POST},
    {"₪", "ILS", BOTH},
    {"zloty" S "|zlot[ée]" S "|złoty" S, "PLN", POST},
    {"forint" S, "HUF", POST},
    {"hryvnia" S "|hryvna" S "|grivna" S, "UAH", POST},
    {"₴", "UAH", BOTH},
    {"naira" S, "NGN", POST},
    {"₦", "NGN", BOTH},
    {"riyal" S "\\h{1,3}qatari" S, "QAR", POST},
    {"riyal" S "(?:\\h{1,3}saoudien" ADJ_NE ")?", "SAR", POST},
    {"rial" S "\\h{1,3}omanais", "OMR", POST},
    {"rial" S "\\h{1,3}y[ée]m[ée]nite" S, "YER", POST},
    {"rial" S "(?:\\h{1,3}iranien" ADJ_NE ")?", "IRR", POST},
    {"ringgit" S, "MYR", POST},
    {"baht" S, "THB", POST},
    {"dong" S "(?:\\h{1,3}vietnamien" S ")?", "VND", POST},
    {"₫", "VND", BOTH},
    {"(?:lei|leu" S ")\\h{1,3}roumain" S, "RON", POST},
    {"(?:lev" S "|leva)\\h{1,3}bulgare" S, "BGN", POST},
    {"couronne" S "\\h{1,3}su[ée]doise" S, "SEK", POST},
    {"couronne" S "\\h{1,3}norv[ée]gienne" S, "NOK", POST},
    {"couronne" S "\\h{1,3}danoise" S, "DKK", POST},
    {"couronne" S "\\h{1,3}tch[èe]que" S, "CZK", POST},
    {"couronne" S "\\h{1,3}islandaise" S, "ISK", POST},
    {"shilling" S "\\h{1,3}k[ée]nyan" S, "KES", POST},
    {"shilling" S "\\h{1,3}tanzanien" S, "TZS", POST},
    {"shilling" S "\\h{1,3}ougandais", "UGX", POST},
    /* --- pre-euro currencies (archives) ------------------------------- */
    {"mark" S "\\h{1,3}finlandais|markkaa?", "FIM", POST},
    {"deutsche?\\h?mark" S "|deutschemark" S "|mark" S "\\h{1,3}allemand" S,
     "DEM", POST},
    {"(?-i:DM)", "DEM", POST},
    {"florin" S "\\h{1,3}(?:hollandais|n[ée]erlandais)", "NLG", POST},
    {"florin" S, "NLG", POST},
    {"lire" S "\\h{1,3}italienne" S "|lires", "ITL", POST},
    {"peseta" S, "ESP", POST},
    {"escudo" S, "PTE", POST},
    {"drachme" S, "GRD", POST},
    {"schilling" S "(?:\\h{1,3}autrichien" S ")?", "ATS", POST},
    /* --- bare names whose country depends on the document ------------- */
    {"dollar" S, "USD", POST | FREX_CUR_DOLLAR},
    {"\\$", "USD", BOTH | FREX_CUR_DOLLAR},
    {"franc" S, "FRF", POST | FREX_CUR_FRANC},
    {"livre" S, "GBP", POST | FREX_CUR_WEAK},
    {"mark" S, "DEM", POST | FREX_CUR_WEAK},
    /* --- ISO codes, upper case only ("EUR 1000", "150 MEUR"); minor
     * ones only after the number: "la COP 21", "PHP 7" are no amounts -- */
    {"(?-i:USD)", "USD", BOTH},
    {"(?-i:EUR)", "EUR", BOTH},
    {"(?-i:GBP)", "GBP", BOTH},
    {"(?-i:CHF)", "CHF", BOTH},
    {"(?-i:JPY)", "JPY", BOTH},
    {"(?-i:CNY|RMB)", "CNY", BOTH},
    {"(?-i:CAD)", "CAD", BOTH},
    {"(?-i:AUD)", "AUD", BOTH},
    {"(?-i:NZD)", "NZD", BOTH},
    {"(?-i:HKD)", "HKD", BOTH},
    {"(?-i:SGD)", "SGD", BOTH},
    {"(?-i:SEK)", "SEK", BOTH},
    {"(?-i:NOK)", "NOK", BOTH},
    {"(?-i:DKK)", "DKK", BOTH},
    {"(?-i:PLN)", "PLN", POST},
    {"(?-i:CZK)", "CZK", POST},
    {"(?-i:HUF)", "HUF", POST},
    {"(?-i:RUB)", "RUB", BOTH},
    {"(?-i:INR)", "INR", BOTH},
    {"(?-i:BRL)", "BRL", BOTH},
    {"(?-i:MXN)", "MXN", BOTH},
    {"(?-i:ZAR)", "ZAR", BOTH},
    {"(?-i:KRW)", "KRW", BOTH},
    {"(?-i:TRY)", "TRY", POST},
    {"(?-i:XOF)", "XOF", BOTH},
    {"(?-i:XAF)", "XAF", BOTH},
    {"(?-i:MAD)", "MAD", POST},
    {"(?-i:DZD)", "DZD", POST},
    {"(?-i:TND)", "TND", POST},
    {"(?-i:ILS)", "ILS", POST},
    {"(?-i:AED)", "AED", POST},
    {"(?-i:SAR)", "SAR", POST},
    {"(?-i:EGP)", "EGP", POST},
    {"(?-i:NGN)", "NGN", POST},
    {"(?-i:ARS)", "ARS", POST},
    {"(?-i:CLP)", "CLP", POST},
    {"(?-i:COP)", "COP", POST},
    {"(?-i:THB)", "THB", POST},
    {"(?-i:IDR)", "IDR", POST},
    {"(?-i:PHP)", "PHP", POST},
    {"(?-i:UAH)", "UAH", POST},
    {"(?-i:RON)", "RON", POST},
    {"(?-i:TWD)", "TWD", POST},
    {"(?-i:PKR)", "PKR", POST},
    {"(?-i:VND)", "VND", POST},
    {"(?-i:QAR)", "QAR", POST},
    {"(?-i:KWD)", "KWD", POST},
    {"(?-i:BTC|XBT)", "XBT", POST},
};

size_t frex_amount_cur_count(void) { return sizeof table / sizeof *table; }

const frex_amount_cur *frex_amount_cur_get(size_t i) {
  return i < frex_amount_cur_count() ? &table[i] : NULL;
}

int frex_amount_cur_alternation(frex_buf *b, unsigned flags) {
  int first = 1, rc = frex_buf_puts(b, "(?:");
  for (size_t i = 0; rc == FREX_OK && i < frex_amount_cur_count(); i++) {
    if (!(table[i].flags & flags))
      continue;
    char mark[32];
    snprintf(mark, sizeof mark, "(*MARK:%zu)", i);
    if (!first)
      rc = frex_buf_putc(b, '|');
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, "(?:");
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, table[i].re);
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, ")");
    if (rc == FREX_OK)
      rc = frex_buf_puts(b, mark);
    first = 0;
  }
  return rc == FREX_OK ? frex_buf_putc(b, ')') : rc;
}

/* Every word that starts a currency name, both numbers, lowercase, sorted
 * by strcmp (tests/unit/test_amount.c checks the order and that each word
 * entry of the table above is reachable). */
const char *const frex_amount_cur_words[] = {
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
const size_t frex_amount_cur_nwords =
    sizeof frex_amount_cur_words / sizeof *frex_amount_cur_words;
