/*
 * dehyphen.c — words cut by a hyphen at a wrapped line's end, joined in
 * the extractors' view (see dehyphen.h).  Which words: those the AMOUNT
 * and DATE lexicons know (their own tables, asked here: months, weekdays,
 * the date units, modifiers, seasons, quarter nouns, periods; number
 * words; AMOUNT's scale and currency words), so the rule grows with them;
 * and names with their own hyphen, cut after it before a capital
 * ("Alcatel-\nLucent": a typesetter's cut goes on in lowercase), for the
 * COMPANY/AGENCY matcher, which reads the view's tokens then (pipeline.c);
 * and an elision at a line's end glued to the next word ("de l'\nÉconomie").
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "amount.h"
#include "date_lex.h"
#include "dehyphen.h"
#include "numwords.h"

#define JOIN_MAX 32 /* bytes: longer words are none the grammars read */

/* A lowercase letter starts T[I..): ASCII a-z or a Latin-1 lowercase
 * letter (à..ÿ, 0xC3 0xA0..0xBF). */
static bool lower_start(const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c >= 'a' && c <= 'z')
    return true;
  return c == 0xC3 && i + 1 < len && (unsigned char)t[i + 1] >= 0xA0;
}

/* Is W[0..n) (UTF-8, any case) a word the AMOUNT or DATE grammar reads:
 * a compound written with a hyphen ("vingt-cinq", "après-midi") when
 * COMPOUND, else a single word ("milliards", "janvier")?  The date
 * lexicon folds separators ("après-midi" and "aprèsmidi" are one key), so
 * its entry says which of the two it is. */
static bool grammar_word(const char *w, size_t n, bool compound) {
  static const frex_dfamily fams[] = {DF_UNIT,  DF_MOD,    DF_SEASON,
                                      DF_QNOUN, DF_PERIOD, DF_DECADE,
                                      DF_RELDAY, DF_PART};
  for (size_t k = 0; k < sizeof fams / sizeof *fams; k++) {
    const frex_dword *e = frex_date_lookup(fams[k], w, n);
    if (e && (strpbrk(e->w, " -~") != NULL) == compound)
      return true;
  }
  if (compound) {
    uint64_t v;
    /* "demi-\nmilliard": AMOUNT's half of a scale (NUM_HALF) */
    if (n > 5 && !strncasecmp(w, "demi-", 5))
      return frex_amount_knows_word(w + 5, n - 5);
    return frex_numwords_parse(w, n, &v) == FREX_OK;
  }
  return frex_date_month(w, n) || frex_date_weekday(w, n) ||
         frex_numwords_word(w, n, FREX_NW_CARDINAL | FREX_NW_ORD, NULL) ||
         frex_amount_knows_word(w, n);
}

/* Letters (and hyphens, when HY) from I on, at most JOIN_MAX bytes. */
static size_t run_fwd(const char *t, size_t len, size_t i, bool hy) {
  size_t k = i;
  while (k < len && k - i <= JOIN_MAX &&
         (frex_date_is_letter_at(t, len, k) || (hy && t[k] == '-' && k > i)))
    k++;
  while (k > i && t[k - 1] == '-')
    k--;
  return k;
}

/* ... and back from I (exclusive). */
static size_t run_back(const char *t, size_t len, size_t i, bool hy) {
  size_t k = i;
  while (k > 0 && i - k <= JOIN_MAX &&
         (frex_date_is_letter_at(t, len, k - 1) ||
          (hy && t[k - 1] == '-' && k < i)))
    k--;
  while (k < i && t[k] == '-')
    k++;
  return k;
}

static void place(const char *t, char *view, size_t hs, size_t he,
                  size_t next, size_t tn, size_t shift, frex_join *j);

/* Put the head T[HS, HE) and the rest T[NEXT, NEXT + TN) together in
 * VIEW, the freed bytes made spaces: half before the word when a space
 * precedes it (not after "d'": "d'eu-\nros", nor after "l' ": "l'
 * Assem-\nblée" keeps one space after its elision, as the rules read
 * it), the rest after it. */
static void join(const char *t, char *view, size_t hs, size_t he,
                 size_t next, size_t tn, frex_join *j) {
  size_t gap = next - he;
  bool elided = hs >= 2 && (t[hs - 2] == '\'' ||
                            (hs >= 4 && !memcmp(t + hs - 4, "\xe2\x80\x99", 3)));
  size_t shift = hs > 0 && !elided &&
                         (t[hs - 1] == ' ' || t[hs - 1] == '\t' ||
                          (unsigned char)t[hs - 1] == 0xA0)
                     ? gap / 2
                     : 0;
  place(t, view, hs, he, next, tn, shift, j);
}

/* ... SHIFT of the freed bytes before the word, the rest after it. */
static void place(const char *t, char *view, size_t hs, size_t he,
                  size_t next, size_t tn, size_t shift, frex_join *j) {
  size_t gap = next - he;
  memmove(view + hs + shift, t + hs, he - hs);
  memset(view + hs, ' ', shift);
  memmove(view + he + shift, t + next, tn);
  memset(view + he + shift + tn, ' ', gap - shift);
  *j = (frex_join){hs, he, next, tn, shift};
}

/* An uppercase letter starts T[I..): A-Z or a Latin-1 capital (À..Þ,
 * 0xC3 0x80..0x9E). */
static bool upper_start(const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c >= 'A' && c <= 'Z')
    return true;
  return c == 0xC3 && i + 1 < len && (unsigned char)t[i + 1] >= 0x80 &&
         (unsigned char)t[i + 1] <= 0x9E && (unsigned char)t[i + 1] != 0x97;
}

/* A word after an elision is moved whole up to this many bytes. */
#define ELIDED_REST_MAX 64

/* Does a word end at T[I]: a blank, a line break, a NBSP or U+202F? */
static bool rest_end(const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
      c == '\v')
    return true;
  if (c == 0xC2)
    return i + 1 < len && (unsigned char)t[i + 1] == 0xA0;
  return c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
         (unsigned char)t[i + 2] == 0xAF;
}

/* An elided word ("l'", "d'", "qu'", "jusqu'": the tokenizer's one-letter
 * and qu' forms, and the -qu' conjunctions) ends the line at END with its
 * apostrophe (' or U+2019), and a word starts the next line at NEXT:
 * joined in the view as unwrapped ("de l'\nÉconomie" -> "de l'Économie",
 * "millions d'\r\neuros" -> "millions d'euros"), for every extractor. */
static bool elision_at(const char *t, size_t len, size_t end, size_t next,
                       char *view, frex_join *j) {
  static const char *const elided[] = {"l", "d", "j", "m", "n", "s", "t",
                                       "c", "qu", "jusqu", "lorsqu",
                                       "puisqu", "quoiqu"};
  const unsigned char *u = (const unsigned char *)t;
  size_t a = u[end - 1] == '\'' ? end - 1
             : end >= 3 && u[end - 3] == 0xE2 && u[end - 2] == 0x80 &&
                     u[end - 1] == 0x99
                 ? end - 3
                 : end;
  if (a == end || a == 0 || !frex_date_is_letter_at(t, len, next))
    return false;
  size_t hs = run_back(t, len, a, false), te = run_fwd(t, len, next, false);
  if (hs == a || (hs > 0 && frex_date_is_letter_at(t, len, hs - 1)) ||
      (te < len && frex_date_is_letter_at(t, len, te)))
    return false;
  bool known = false;
  for (size_t k = 0; k < sizeof elided / sizeof *elided && !known; k++)
    known = strlen(elided[k]) == a - hs &&
            !strncasecmp(t + hs, elided[k], a - hs);
  if (!known)
    return false;
  /* the rest is the next line's whole word, as unwrapped: its hyphens and
   * apostrophes too ("d'\nÎle-de-France", "l'\nAlcatel-Lucent",
   * "d'\nEDF,"), not its first letters alone, which left "-de-France"
   * a word apart */
  size_t we = next;
  while (we < len && we - next <= ELIDED_REST_MAX && !rest_end(t, len, we))
    we++;
  if (we - next <= ELIDED_REST_MAX)
    te = we;
  /* a word that is the whole next line and is cut again at its end
   * ("d'\nÎle-de-\nFrance", a column of a dozen bytes) is left to that
   * line's join: two joins must not overlap in the view */
  size_t b = we;
  while (b < len && (t[b] == ' ' || t[b] == '\t' || t[b] == '\f' ||
                     t[b] == '\v'))
    b++;
  if (we > next && b < len && (t[b] == '\n' || t[b] == '\r') &&
      (t[we - 1] == '-' || t[we - 1] == '\'' ||
       (we - next >= 3 && !memcmp(t + we - 3, "\xe2\x80\x99", 3))))
    return false;
  join(t, view, hs, end, next, te - next, j);
  return true;
}

/* The start of the UTF-8 character that holds byte I. */
static size_t char_head(const char *t, size_t i) {
  while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
    i--;
  return i;
}

static bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The length of the elision that starts T[S..E) ("l'", "d’", "qu'"), or
 * 0: the name after it is the one to look up ("L'Organisation mon-"). */
static size_t elision_len(const char *t, size_t s, size_t e) {
  for (size_t k = 1; k <= 2 && s + k < e; k++) {
    if (t[s + k] == '\'')
      return k + 1;
    if (s + k + 2 < e && (unsigned char)t[s + k] == 0xE2 &&
        (unsigned char)t[s + k + 1] == 0x80 &&
        (unsigned char)t[s + k + 2] == 0x99)
      return k + 3;
  }
  return 0;
}

/* Is the word W[0..wn), joined, that starts at HS in T a name KNOWN
 * knows, alone or after up to five words before it ("Commis-\nsion",
 * "Schneider Elec-\ntric", "Direction générale de l'arme-\nment",
 * "L'Organisation mon-\ndiale", its article left out)? */
static bool known_name(const char *t, size_t hs, const char *w, size_t wn,
                       frex_known_word known, const void *ctx) {
  char buf[8 * JOIN_MAX];
  size_t s = hs;
  for (int k = 0; k < 6; k++) {
    if (hs - s + wn > sizeof buf)
      return false;
    memcpy(buf, t + s, hs - s);
    memcpy(buf + (hs - s), w, wn);
    if (known(ctx, buf, hs - s + wn))
      return true;
    size_t el = k ? elision_len(t, s, hs) : 0;
    if (el && known(ctx, buf + el, hs - s - el + wn))
      return true;
    size_t i = s; /* one word further back */
    while (i > 0 && blank(t[i - 1]))
      i--;
    if (i == s && k > 0)
      return false;
    while (i > 0 && !blank(t[i - 1]))
      i--;
    if (i == s)
      return false;
    s = i;
  }
  return false;
}

/* Does T[NEXT, CE) (letters and hyphens) go on a place's name after its
 * own hyphen: a particle, a hyphen, a capital ("de-France", "sur-Mer",
 * "et-Marne", "en-Laye", "les-Bains", "la-Vallée")? */
static bool toponym_tail(const char *t, size_t len, size_t next, size_t ce) {
  static const char *const particles[] = {
      "de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et",
      "aux", "au", "l\xc3\xa8s", "lez"};
  const char *d = memchr(t + next, '-', ce - next);
  if (!d || (size_t)(d - t) + 1 >= ce || !upper_start(t, len, d - t + 1))
    return false;
  size_t n = (size_t)(d - t) - next;
  for (size_t k = 0; k < sizeof particles / sizeof *particles; k++)
    if (strlen(particles[k]) == n && !memcmp(t + next, particles[k], n))
      return true;
  return false;
}

/* Is the word cut at T[HS, H) + T[NEXT, TE) a name's word a typesetter
 * cut ("le Parlement de Lond-\nres", "la société Zorba-\nlix"): a
 * capitalised head inside a sentence (after a letter, a digit, ',' ';'
 * or an elision's apostrophe: "Porte-\nparole" opening a sentence is a
 * compound), two letters at least on each side, the tail no compound's
 * part ("d'Île-\nde-France")?  The COMPANY/AGENCY rules then read the
 * whole name (pipeline.c drops a name that ends inside a cut word). */
static bool name_cut(const char *t, size_t len, size_t hs, size_t h,
                     size_t next, size_t te) {
  const unsigned char *u = (const unsigned char *)t;
  if (!upper_start(t, len, hs) || h - hs < 2 || te - next < 2 ||
      (te < len && t[te] == '-'))
    return false;
  size_t k = hs;
  while (k > 0) {
    if (u[k - 1] == ' ' || u[k - 1] == '\t' || u[k - 1] == '\r' ||
        u[k - 1] == '\n')
      k--;
    else if (k >= 2 && u[k - 1] == 0xA0 && u[k - 2] == 0xC2)
      k -= 2;
    else
      break;
  }
  if (k == 0)
    return false;
  unsigned char c = u[k - 1];
  if (c == ',' || c == ';' || c == '\'' || (c >= '0' && c <= '9'))
    return true;
  if (k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 && c == 0x99)
    return true; /* ’ */
  size_t cs = k - 1;
  while (cs > 0 && (u[cs] & 0xC0) == 0x80)
    cs--;
  return frex_date_is_letter_at(t, len, cs);
}

/* First halves of French compounds written with a hyphen ("franco-\n
 * allemand", "sous-\nmarine", "porte-\nparole", "lui-\nmême"): a
 * lowercase word cut after one of them may be the compound, never joined
 * by name_inside.  Lowercase, sorted by strcmp. */
static const char *const compound_heads[] = {
    "afro", "agro", "am\xc3\xa9ricano", "anglo", "anti", "apr\xc3\xa8s",
    "arabo", "arri\xc3\xa8re", "audio", "austro", "auto", "avant", "bas",
    "basse", "beau", "belge", "belgo", "belle", "bien", "bio", "brise",
    "casse", "celle", "celui", "centre", "cessez", "ceux", "chauve", "chef",
    "contre", "coupe", "court", "couvre", "demi", "elle", "entre", "essuie",
    "euro", "extra", "extr\xc3\xaame", "franc", "franco", "garde", "germano",
    "grand", "grande", "greco", "gr\xc3\xa9" "co", "haut", "haute",
    "helv\xc3\xa9tico", "hispano", "hydro", "hyper", "ib\xc3\xa9ro", "indo",
    "infra", "inter", "intra", "isra\xc3\xa9lo", "italo", "jud\xc3\xa9o",
    "lance", "latino", "libre", "long", "lui", "luso", "macro", "mal", "maxi",
    "micro", "mini", "mono", "multi", "m\xc3\xa8re", "m\xc3\xa9" "dico",
    "nippo", "non", "nord", "n\xc3\xa9o", "outre", "para", "pare", "passe",
    "petit", "petite", "peut", "plate", "pluri", "politico", "poly", "porte",
    "post", "pro", "pr\xc3\xa9", "pseudo", "psycho", "p\xc3\xa8re", "quasi",
    "radio", "rond", "russo", "sans", "semi", "sino", "slavo", "socio",
    "sous", "sovi\xc3\xa9to", "sud", "super", "supra", "sur", "technico",
    "techno", "tire", "tout", "toute", "trans", "turco", "t\xc3\xa9l\xc3\xa9",
    "ultra", "vice", "vid\xc3\xa9o", "\xc3\xa9" "conomico",
};

/* inter- and intra- are welded to a word that starts with a consonant
 * (interdépartemental, interministériel, intercommunal, intrarégional:
 * the names of public bodies); news keeps the hyphen before a vowel
 * (inter-établissements).  Inside a name, "inter-\n" before a consonant
 * is a typesetter's cut.  HEAD[0..N) is the folded head, C the tail's
 * first byte. */
static bool welded_prefix(const char *head, size_t n, char c) {
  return n == 5 && (!memcmp(head, "inter", 5) || !memcmp(head, "intra", 5)) &&
         c >= 'a' && c <= 'z' && !strchr("aeiouy", c);
}

/* Is the lowercase word cut at T[HS, H) + T[NEXT, TE) a word inside a
 * name the rules read ("la Cour de mag-\nistrats de Maidstone",
 * "l'IPSN (Institut pour la prote-\nction de la santé", "au Conseil de
 * rédact-\nion de la loi"): three letters at least on each side, the head
 * no compound's first half (compound_heads), and on its line, up to four
 * lowercase words before it, a capitalised word KNOWN knows (a head of
 * the rules or a name of the dictionary) inside a sentence (after a
 * letter, a digit, ',' ';' '(' or an elision)? */
static bool name_inside(const char *t, size_t len, size_t hs, size_t h,
                        size_t next, size_t te, frex_known_word known,
                        const void *ctx) {
  const unsigned char *u = (const unsigned char *)t;
  if (!lower_start(t, len, hs) || h - hs < 3 || te - next < 3 ||
      (te < len && t[te] == '-'))
    return false;
  char head[16]; /* a longer head is no compound's: "interdépartem-" */
  for (size_t i = hs; i < h && h - hs < sizeof head; i++)
    head[i - hs] = (char)(u[i] < 0x80 ? u[i] | 0x20 : u[i]);
  for (size_t i = 0; h - hs < sizeof head &&
                     i < sizeof compound_heads / sizeof *compound_heads; i++)
    if (strlen(compound_heads[i]) == h - hs &&
        !memcmp(head, compound_heads[i], h - hs) &&
        !welded_prefix(head, h - hs, t[next]))
      return false; /* read only at a cut line's end: no need to sort */
  size_t k = hs;
  for (int words = 0; words < 5; words++) {
    while (k > 0 && (u[k - 1] == ' ' || u[k - 1] == '\t'))
      k--;
    if (k == 0 || u[k - 1] == '\n' || u[k - 1] == '\r')
      return false; /* the line's start */
    if (u[k - 1] == '\'')
      k--; /* "l'", "d'" */
    else if (k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
             u[k - 1] == 0x99)
      k -= 3;
    size_t we = k;
    k = run_back(t, len, k, false);
    if (k == we)
      return false; /* punctuation, a digit */
    if (!upper_start(t, len, k))
      continue;
    if (we - k < 3 || !known(ctx, t + k, we - k))
      return false;
    size_t b = k; /* inside a sentence */
    while (b > 0 && (u[b - 1] == ' ' || u[b - 1] == '\t'))
      b--;
    if (b == 0)
      return false;
    unsigned char c = u[b - 1];
    return c == ',' || c == ';' || c == '(' || c == '\'' || c == 0x99 ||
           (c >= '0' && c <= '9') ||
           frex_date_is_letter_at(t, len, char_head(t, b - 1));
  }
  return false;
}

/* Does a place's name go on at T[NEXT] after its own hyphen with an elided
 * particle and a capital ("Côtes-\nd'Armor", "Villeneuve-\nd'Ascq",
 * "Pont-\nl'Abbé", "Saint-Jean-\nd’Angély")?  No word is cut before an
 * apostrophe, so the hyphen is the name's own.  The name starts at CS with
 * a capital, as a word of its own; *CE is set to the end of its tail. */
static bool elided_toponym(const char *t, size_t len, size_t cs, size_t next,
                           size_t *ce) {
  if (!upper_start(t, len, cs) ||
      (cs > 0 && (frex_date_is_letter_at(t, len, char_head(t, cs - 1)) ||
                  t[cs - 1] == '-')) ||
      next + 2 >= len || (t[next] != 'd' && t[next] != 'l'))
    return false;
  size_t q = next + 1; /* the apostrophe */
  if (t[q] == '\'')
    q++;
  else if (q + 3 < len && !memcmp(t + q, "\xe2\x80\x99", 3))
    q += 3;
  else
    return false;
  if (q >= len || !upper_start(t, len, q))
    return false;
  size_t e = run_fwd(t, len, q, true);
  if (e - next > ELIDED_REST_MAX || (e < len && frex_date_is_letter_at(t, len, e)))
    return false;
  *ce = e;
  return true;
}

bool frex_dehyphen_at(const char *t, size_t len, size_t end, size_t next,
                      char *view, frex_join *j, frex_known_word known,
                      const void *known_ctx) {
  if (end >= 2 && next < len && t[end - 1] != '-')
    return elision_at(t, len, end, next, view, j);
  if (end < 2 || next >= len || t[end - 1] != '-' ||
      !frex_date_is_letter_at(t, len, end - 2))
    return false;
  size_t h = end - 1; /* the hyphen */
  if (upper_start(t, len, next)) {
    /* a name with its own hyphen: "Alcatel-\nLucent", "Saint-\nGobain"
     * (a typesetter's cut goes on in lowercase), joined whole, hyphen
     * kept, when both parts are whole words of at most JOIN_MAX bytes */
    size_t cs = run_back(t, len, h, true), ce = run_fwd(t, len, next, true);
    if ((cs > 0 && (frex_date_is_letter_at(t, len, cs - 1) ||
                    t[cs - 1] == '-')) ||
        (ce < len && (frex_date_is_letter_at(t, len, ce) || t[ce] == '-')))
      return false;
    /* but a name the dictionary knows whole: "Total-\nEnergies" */
    char w[2 * JOIN_MAX + 2];
    size_t hn = h - cs;
    if (known && hn + (ce - next) < sizeof w && !memchr(t + cs, '-', hn) &&
        !memchr(t + next, '-', ce - next)) {
      memcpy(w, t + cs, hn);
      memcpy(w + hn, t + next, ce - next);
      if (known_name(t, cs, w, hn + (ce - next), known, known_ctx)) {
        join(t, view, cs, h, next, ce - next, j);
        return true;
      }
    }
    join(t, view, cs, h + 1, next, ce - next, j);
    return true;
  }
  if (!lower_start(t, len, next))
    return false;
  char w[2 * JOIN_MAX + 2];
  size_t cs = run_back(t, len, h, true), ce = run_fwd(t, len, next, true);
  if (elided_toponym(t, len, cs, next, &ce)) {
    join(t, view, cs, h + 1, next, ce - next, j);
    return true;
  }
  /* a compound cut at its own hyphen, kept: "vingt-\ncinq", "après-\nmidi",
   * "quatre-vingt-\ndix-sept" */
  size_t n = h + 1 - cs;
  if (n + (ce - next) < sizeof w) {
    memcpy(w, t + cs, n);
    memcpy(w + n, t + next, ce - next);
    if (grammar_word(w, n + (ce - next), true)) {
      join(t, view, cs, h + 1, next, ce - next, j);
      return true;
    }
  }
  /* a place's name cut at its own hyphen before its particle:
   * "d'Île-\nde-France", "Boulogne-\nsur-Mer", "Seine-\net-Marne"; the
   * regions, departments and towns in the names of public bodies */
  if (known && upper_start(t, len, cs) &&
      (cs == 0 || (!frex_date_is_letter_at(t, len, char_head(t, cs - 1)) &&
                   t[cs - 1] != '-')) &&
      toponym_tail(t, len, next, ce) && (h - cs) + (ce - next) < sizeof w) {
    /* not a known name a typesetter cut before "des": "Merce-\ndes-Benz" */
    memcpy(w, t + cs, h - cs);
    memcpy(w + (h - cs), t + next, ce - next);
    if (!known_name(t, cs, w, (h - cs) + (ce - next), known, known_ctx)) {
      join(t, view, cs, h + 1, next, ce - next, j);
      return true;
    }
  }
  /* a word cut by the wrapping: "mil-\nliards", "jan-\nvier"; not the end
   * of a compound ("Alcatel-Lucent-\n...") */
  size_t hs = run_back(t, len, h, false), te = run_fwd(t, len, next, false);
  n = h - hs;
  if (hs > 0 && t[hs - 1] == '-') {
    /* ... unless the compound is one of the grammars' whole:
     * "demi-mil-\nliard", "vingt-cin-\nq" */
    n = h - cs;
    if (n + (te - next) >= sizeof w || (te < len && t[te] == '-'))
      return false;
    memcpy(w, t + cs, n);
    memcpy(w + n, t + next, te - next);
    /* ... or a name's, its first and its cut part capitalised: "des
     * Alpes-Mar-\nitimes", "Aquitaine Poitou-Cha-\nrentes" */
    if (!grammar_word(w, n + (te - next), true) &&
        !(known && upper_start(t, len, hs) &&
          name_cut(t, len, cs, h, next, te)))
      return false;
    join(t, view, hs, h, next, te - next, j);
    return true;
  }
  if (n + (te - next) > JOIN_MAX)
    return false;
  memcpy(w, t + hs, n);
  memcpy(w + n, t + next, te - next);
  /* joined when the whole is a word of the grammars, or when only the
   * head is one, which must not be read alone ("est mai-\nntenu", "cette
   * déc-\nision"); two words of theirs make a compound ("mi-\nmars") */
  if (!grammar_word(w, n + (te - next), false) &&
      !(grammar_word(w, n, false) &&
        !grammar_word(t + next, te - next, false)) &&
      !(known && known_name(t, hs, w, n + (te - next), known, known_ctx)) &&
      !(known && name_cut(t, len, hs, h, next, te)) &&
      !(known && name_inside(t, len, hs, h, next, te, known, known_ctx)))
    return false;
  /* a name that goes on after a hyphen of its own: "Alca-\ntel-Lucent" */
  size_t te2 = run_fwd(t, len, next, true);
  if (known && te2 > te && n + (te2 - next) < sizeof w) {
    memcpy(w + n, t + next, te2 - next);
    if (known_name(t, hs, w, n + (te2 - next), known, known_ctx))
      te = te2;
  }
  join(t, view, hs, h, next, te - next, j);
  return true;
}

/* A blank that ends a word moved by frex_dehyphen_close_gap: a space, a
 * tab or a line break (not a NBSP: the join's spaces would follow it). */
static bool gap_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool frex_dehyphen_close_gap(const char *t, size_t len, size_t start,
                             size_t end, size_t next, size_t next_end,
                             char *view, frex_join *j) {
  if (next - end < 4 || end >= len || !gap_blank(t[end]))
    return false;
  size_t hs = end;
  while (hs > start && !gap_blank(t[hs - 1]))
    hs--;
  size_t te = next;
  while (te < next_end && !gap_blank(t[te]))
    te++;
  if (hs == start || te >= next_end || te - next > 2 * JOIN_MAX)
    return false;
  /* the freed bytes go half before, half after the two words; not
   * between the groups of a number: all before "10 000" in "alors\n> >
   * 10 000 euros", after its end in "de 4\n> > 300 euros" */
  size_t gap = next - (end + 1), shift = gap / 2;
  size_t a = te;
  while (a < next_end && (t[a] == ' ' || t[a] == '\t'))
    a++;
  bool digits_on = a > te && a < next_end && t[a] >= '0' && t[a] <= '9' &&
                   t[te - 1] >= '0' && t[te - 1] <= '9';
  size_t b = hs;
  while (b > start && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  bool digits_before = b < hs && b > start && t[b - 1] >= '0' &&
                       t[b - 1] <= '9' && t[hs] >= '0' && t[hs] <= '9';
  size_t mid = 0; /* ... half between them: "4 300\n> > euros" */
  if (digits_on && !digits_before)
    shift = gap;
  else if (digits_before && !digits_on)
    shift = 0, mid = gap / 2;
  /* the head keeps the blank after it, MID bytes more, spaces in the view:
   * "21 juillet" */
  place(t, view, hs, end + 1 + mid, next, te - next, shift, j);
  memset(view + end + shift, ' ', 1 + mid);
  return true;
}

/* The offset of the text that view offset X stands for: in a joined
 * word's head, SHIFT bytes back; in its rest, where the rest is in the
 * text.  (A start or an end falls at a word's edges: hs + shift is the
 * word's start, he + shift + tail its end; a START at the rest's start is
 * an entity after an elision, which starts where the rest is.) */
static size_t map(const frex_join *v, size_t n, size_t x, bool start) {
  size_t lo = 0, hi = n;
  while (lo < hi) { /* the last join whose word starts at or before x */
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].hs <= x)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return x;
  const frex_join *j = &v[lo - 1];
  size_t at = j->he + j->shift; /* where the rest starts in the view */
  if (start && x == at && j->tail)
    return j->next; /* an entity after an elision: "l'\nInstitut" */
  if (x >= j->hs + j->shift && x <= at)
    return x - j->shift;
  if (x > at && x <= at + j->tail)
    return j->next + (x - at);
  return x;
}

void frex_dehyphen_respan(const frex_join *v, size_t n, frex_entities *e) {
  size_t ne = frex_entities_count(e);
  for (size_t i = 0; i < ne; i++) {
    const frex_entity *x = frex_entities_get(e, i);
    size_t s = map(v, n, x->start, true), z = map(v, n, x->end, false);
    if (s != x->start || z != x->end)
      frex_entities_set_span(e, i, s, z);
  }
}
