/*
 * org_tokens.c — the per-document token cache of the COMPANY/AGENCY stage
 * (matching keys, word-family facts) and the token predicates that need
 * more than an inline test (org_tokens.h).  Capitalisation is read from the
 * text itself; keys are unaccented lowercase, so "Ministère", "ministère"
 * and "MINISTERE" are one word for the word families.
 */
#include "org_tokens.h"

#include <pthread.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "strmap.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Store token I's key OUT[0..KN) (cached when CACHE) and its hash. */
static inline const char *tkey_done(const org_ctx *c, size_t i, char *out,
                                    size_t kn, bool cache, size_t *n,
                                    uint32_t *hash) {
  org_keys *k = c->keys;
  uint32_t h = frex_dict_hash(frex_hash_padded(out, kn));
  *n = kn;
  *hash = h;
  if (!cache)
    return out;
  org_tinfo *ti = &k->info[i];
  ti->koff = (uint32_t)k->bytes.len;
  ti->khash = h;
  ti->klen = (uint8_t)kn;
  k->state[i] |= ORG_K_KEY;
  k->bytes.len += kn;
  return out;
}

/* The byte loops of frex_org_tkey_slow: tokens its 16-byte step does not
 * take (longer than 16 bytes, accented, near the text's end), and keys
 * that cannot be cached.  Out of line, so that the common step keeps no
 * registers of theirs. */
static __attribute__((noinline)) const char *
tkey_bytes(const org_ctx *c, size_t i, size_t *n, uint32_t *hash) {
  org_keys *k = c->keys;
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
  /* accented Latin-1 letters (é, à, ç) and typographic apostrophes, a
   * byte of key each */
  size_t b = kn;
  for (char x; b < len && kn < FREX_KEY_MAX; kn++) {
    if ((x = frex_org_ascii_key[s[b]]) != 0)
      b++;
    else if (s[b] == 0xC3 && b + 1 < len && (s[b + 1] & 0xC0) == 0x80 &&
             (x = c->w->latin1_key[s[b + 1] & 0x3F]) != 0)
      b += 2;
    else if (s[b] == 0xE2 && b + 2 < len && s[b + 1] == 0x80 &&
             (s[b + 2] == 0x98 || s[b + 2] == 0x99))
      x = '\'', b += 3; /* U+2018, U+2019, as frex_key: l’, d’, aujourd’hui */
    else
      break;
    out[kn] = x;
  }
  if (b < len) { /* anything else: the general function */
    kn = frex_key((const char *)s, len, out, FREX_KEY_MAX);
    if (kn > FREX_KEY_MAX)
      kn = 0;
  }
  memset(out + kn, 0, 8);
  return tkey_done(c, i, out, kn, cache, n, hash);
}

const char *frex_org_tkey_slow(const org_ctx *c, size_t i, size_t *n,
                               uint32_t *hash) {
#if defined(__SSE2__)
  /* a token of at most 16 printable ASCII bytes (most), with room in the
   * cache: its key in one 16-byte step, without the byte loop's exit that
   * no branch predictor learns (token lengths vary) */
  org_keys *k = c->keys;
  const frex_token *t = &c->tok[i];
  size_t len = t->end - t->start;
  if (len <= 16 && t->start + 16 <= c->text_len && k->bytes.ptr &&
      k->bytes.len <= UINT32_MAX - FREX_KEY_MAX &&
      k->bytes.cap - k->bytes.len > FREX_KEY_MAX + 8) {
    __m128i v = _mm_loadu_si128((const __m128i *)(c->text + t->start));
    unsigned printable = (unsigned)_mm_movemask_epi8(
        _mm_cmpgt_epi8(v, _mm_set1_epi8(0x20))); /* 0x21..0x7F */
    unsigned want = (1u << len) - 1;
    if ((printable & want) == want) {
      char *out = k->bytes.ptr + k->bytes.len;
      __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                    _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
      v = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
      __m128i in_token =
          _mm_cmpgt_epi8(_mm_set1_epi8((char)len),
                         _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                                       12, 13, 14, 15));
      _mm_storeu_si128((__m128i *)out, _mm_and_si128(v, in_token));
      memset(out + 16, 0, 8); /* the zeros after a key of 9..16 bytes */
      return tkey_done(c, i, out, len, true, n, hash);
    }
  }
#endif
  return tkey_bytes(c, i, n, hash);
}

void frex_org_info_fill(const org_ctx *c, size_t i) {
  org_tinfo *t = &c->keys->info[i];
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  const org_word_entry *e = frex_org_words_find(c->w, k, n, h);
  t->lists = e ? e->lists : 0;
  t->word = e ? e->word : ORG_W_NONE;
  t->head = e ? e->head : 0;
  c->keys->state[i] |= ORG_K_INFO;
}

static UChar32 first_cp(const org_ctx *c, size_t i) {
  const frex_token *t = &c->tok[i];
  int32_t j = 0;
  UChar32 cp;
  U8_NEXT(c->text + t->start, j, (int32_t)(t->end - t->start), cp);
  return cp;
}

/* The definitions of frex_org_tcap and frex_org_tlower, which read them
 * from the class bits.  ASCII by the byte; Latin-1 letters (U+00C0..U+00FF,
 * "\xC3" then one byte) without ICU: À..Þ are uppercase but ×, ß..ÿ
 * lowercase but ÷; none is titlecase; the rest asks ICU. */
bool frex_org_tcap_slow(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  const frex_token *t = &c->tok[i];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  if (s[0] < 0x80)
    return s[0] >= 'A' && s[0] <= 'Z';
  if (s[0] == 0xC3 && t->end - t->start > 1 && (s[1] & 0xC0) == 0x80)
    return s[1] <= 0x9E && s[1] != 0x97;
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

bool frex_org_tlower_slow(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  const frex_token *t = &c->tok[i];
  const unsigned char *s = (const unsigned char *)c->text + t->start;
  if (s[0] < 0x80)
    return s[0] >= 'a' && s[0] <= 'z';
  if (s[0] == 0xC3 && t->end - t->start > 1 && (s[1] & 0xC0) == 0x80)
    return s[1] >= 0x9F && s[1] != 0xB7;
  UChar32 cp = first_cp(c, i);
  return cp >= 0 && u_islower(cp);
}

/* The definition of frex_org_joined, which reads it from the class bits. */
bool frex_org_joined_slow(const org_ctx *c, size_t i) {
  if (i == 0 || i >= c->n || c->tok[i].sent != c->tok[i - 1].sent)
    return false;
  /* A line break ends a name: titles, list items and page chrome are
   * written one per line.  Most gaps are empty or one space. */
  size_t a = c->tok[i - 1].end, b = c->tok[i].start;
  return b - a <= 1 ? b == a || c->text[a] != '\n'
                    : !memchr(c->text + a, '\n', b - a);
}

/* The class bits of an ASCII first byte of a WORD. */
static const uint8_t ascii_case[128] = {
    ['A'] = ORG_K_CAP,   ['B'] = ORG_K_CAP,   ['C'] = ORG_K_CAP,
    ['D'] = ORG_K_CAP,   ['E'] = ORG_K_CAP,   ['F'] = ORG_K_CAP,
    ['G'] = ORG_K_CAP,   ['H'] = ORG_K_CAP,   ['I'] = ORG_K_CAP,
    ['J'] = ORG_K_CAP,   ['K'] = ORG_K_CAP,   ['L'] = ORG_K_CAP,
    ['M'] = ORG_K_CAP,   ['N'] = ORG_K_CAP,   ['O'] = ORG_K_CAP,
    ['P'] = ORG_K_CAP,   ['Q'] = ORG_K_CAP,   ['R'] = ORG_K_CAP,
    ['S'] = ORG_K_CAP,   ['T'] = ORG_K_CAP,   ['U'] = ORG_K_CAP,
    ['V'] = ORG_K_CAP,   ['W'] = ORG_K_CAP,   ['X'] = ORG_K_CAP,
    ['Y'] = ORG_K_CAP,   ['Z'] = ORG_K_CAP,   ['a'] = ORG_K_LOWER,
    ['b'] = ORG_K_LOWER, ['c'] = ORG_K_LOWER, ['d'] = ORG_K_LOWER,
    ['e'] = ORG_K_LOWER, ['f'] = ORG_K_LOWER, ['g'] = ORG_K_LOWER,
    ['h'] = ORG_K_LOWER, ['i'] = ORG_K_LOWER, ['j'] = ORG_K_LOWER,
    ['k'] = ORG_K_LOWER, ['l'] = ORG_K_LOWER, ['m'] = ORG_K_LOWER,
    ['n'] = ORG_K_LOWER, ['o'] = ORG_K_LOWER, ['p'] = ORG_K_LOWER,
    ['q'] = ORG_K_LOWER, ['r'] = ORG_K_LOWER, ['s'] = ORG_K_LOWER,
    ['t'] = ORG_K_LOWER, ['u'] = ORG_K_LOWER, ['v'] = ORG_K_LOWER,
    ['w'] = ORG_K_LOWER, ['x'] = ORG_K_LOWER, ['y'] = ORG_K_LOWER,
    ['z'] = ORG_K_LOWER};

void frex_org_classify(const org_ctx *c) {
  uint8_t *st = c->keys->state, *first = c->keys->first;
  const frex_token *tok = c->tok;
  const char *text = c->text;
  if (!c->n)
    return;
  uint32_t sent = tok[0].sent + 1; /* token 0 is joined to nothing */
  for (size_t i = 0, n = c->n; i < n; i++) {
    const frex_token *t = &tok[i];
    uint8_t s = ORG_K_JOINED_KNOWN;
    if (t->sent == sent) { /* frex_org_joined_slow */
      size_t a = t[-1].end, b = t->start;
      if (b - a <= 1 ? b == a || text[a] != '\n'
                     : !memchr(text + a, '\n', b - a))
        s |= ORG_K_JOINED;
    }
    unsigned char b = (unsigned char)text[t->start];
    first[i] = (unsigned char)frex_org_ascii_key[b];
    if (t->cls == FREX_TOK_WORD) {
      if (b < 0x80)
        s |= ascii_case[b];
      else if (b == 0xC3 && t->end - t->start > 1 &&
               ((unsigned char)text[t->start + 1] & 0xC0) == 0x80) {
        unsigned char x = (unsigned char)text[t->start + 1]; /* Latin-1 */
        s |= x <= 0x9E ? (x != 0x97 ? ORG_K_CAP : 0)
                       : (x != 0xB7 ? ORG_K_LOWER : 0);
      } else /* the rest: the definitions, ICU */
        s |= (uint8_t)((frex_org_tcap_slow(c, i) ? ORG_K_CAP : 0) |
                       (frex_org_tlower_slow(c, i) ? ORG_K_LOWER : 0));
    }
    sent = t->sent;
    st[i] = s;
  }
}

bool frex_org_sent_start_slow(const org_ctx *c, size_t i) {
  if (i <= c->first || !frex_org_joined(c, i))
    return true;
  static const char *const openers[] = {":", "«", "“", "\"", "—", "–",
                                        "-", "*", "#", "‘",  "'", "(",
                                        "[", "•", "|", NULL};
  /* the openers' first bytes, before the list (most tokens before a
   * capital are words): ASCII marks, then « and the E2 80 xx marks */
  switch ((unsigned char)c->text[c->tok[i - 1].start]) {
  case ':': case '"': case '-': case '*': case '#': case '\'': case '(':
  case '[': case '|': case 0xC2: case 0xE2:
    break;
  default:
    return false;
  }
  for (const char *const *o = openers; *o; o++)
    if (frex_org_text_is(c, i - 1, *o))
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

bool frex_org_counting_number(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_NUM)
    return false;
  const frex_token *t = &c->tok[i];
  /* 10 000, 1,2, 2024: a quantity or a year, never a channel's number */
  if (t->end - t->start > 3)
    return true;
  for (size_t b = t->start; b < t->end; b++)
    if (c->text[b] < '0' || c->text[b] > '9')
      return true;
  if (i + 1 >= c->n || !frex_org_joined(c, i + 1))
    return false;
  if (frex_org_in(c, i + 1, L_SCALE))
    return true;
  /* PSA 3 usines, 40 salariés: a plural noun after it */
  const frex_token *x = &c->tok[i + 1];
  size_t n = x->end - x->start;
  char e = c->text[x->end - 1];
  return frex_org_tlower(c, i + 1) && n >= 4 && (e == 's' || e == 'x') &&
         !frex_org_function_word(c, i + 1);
}

bool frex_org_adj_like(const org_ctx *c, size_t i) {
  if (i >= c->n || c->tok[i].cls != FREX_TOK_WORD)
    return false;
  uint32_t lists = frex_org_lists(c, i, L_ADJ_WORD | L_NATION | L_FUNCTION);
  if ((lists & (L_ADJ_WORD | L_NATION)) || frex_org_text_is(c, i, "US"))
    return true;
  if (lists & L_FUNCTION)
    return false;
  /* the ending test, once per token: adj_like is asked again and again */
  uint8_t *st = &c->keys->state[i];
  if (!(*st & ORG_K_ADJ_KNOWN)) {
    const frex_token *x = &c->tok[i];
    size_t n = x->end - x->start;
    *st |= ORG_K_ADJ_KNOWN;
    if (n >= 4 && frex_org_ends_with_any(c->text + x->start, n, &c->w->adj, 0))
      *st |= ORG_K_ADJ;
  }
  return *st & ORG_K_ADJ;
}

bool frex_org_lower_adj(const org_ctx *c, size_t i) {
  if (!frex_org_tlower(c, i) || !frex_org_adj_like(c, i))
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
  return !(
      frex_org_tis(c, i + 1, ORG_W_DE) || frex_org_tis(c, i + 1, ORG_W_D) ||
      frex_org_tis(c, i + 1, ORG_W_PAR) || frex_org_tis(c, i + 1, ORG_W_A));
}

/* A list word W equals the key K of N bytes: its bytes against the key's,
 * without strlen (equal when all N match, none of them a NUL, and the word
 * ends there); the first byte first, which settles most. */
static inline bool key_equals(const char *w, const char *k, size_t n) {
  if (w[0] != k[0])
    return false;
  size_t j = 1;
  while (j < n && w[j] && w[j] == k[j])
    j++;
  return j == n && !w[n];
}

bool frex_org_french(const org_ctx *c, size_t i) {
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  return n >= 8 && memcmp(k, "francais", 8) == 0;
}

bool frex_org_key_in(const org_ctx *c, size_t i, const char *const *words) {
  if (i >= c->n)
    return false;
  if (!(c->keys->state[i] & ORG_K_KEY)) {
    /* no key yet: a printable ASCII first byte is the key's first byte
     * (frex_key), so a list without a word starting with it is answered
     * without computing the key (most calls, on the bench slice) */
    unsigned char f = frex_org_first(c, i);
    if (f) {
      const char *const *w = words;
      while (*w && (unsigned char)**w != f)
        w++;
      if (!*w)
        return false;
      /* the key starts with the token's printable ASCII bytes in
       * lowercase, one for one (frex_org_tkey_slow and frex_key only
       * append after them), so the bytes answer without computing a key
       * no other rule may read: a word that differs at such a byte is not
       * the key, a word equal to a token of such bytes only is.  A word
       * that reaches a byte of another kind needs the key (exact). */
      const frex_token *t = &c->tok[i];
      const unsigned char *s = (const unsigned char *)c->text + t->start;
      size_t len = t->end - t->start;
      for (; *w; w++) {
        const char *x = *w;
        if ((unsigned char)x[0] != f)
          continue;
        size_t j = 1;
        char y;
        while (j < len && (y = frex_org_ascii_key[s[j]]) != 0 && y == x[j])
          j++;
        if (j == len) {
          if (!x[len])
            return true;
        } else if (!frex_org_ascii_key[s[j]]) {
          goto keyed; /* another kind of byte */
        }
      }
      return false;
    }
  }
keyed:;
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  if (!n)
    return false;
  for (; *words; words++) /* the first byte settles most */
    if (key_equals(*words, k, n))
      return true;
  return false;
}

static pthread_mutex_t keyset_mu = PTHREAD_MUTEX_INITIALIZER;

static void keyset_build(org_keyset *set) {
  pthread_mutex_lock(&keyset_mu);
  if (!atomic_load_explicit(&set->ready, memory_order_relaxed)) {
    size_t n = 0;
    while (set->words[n])
      n++;
    set->linear = n > 128; /* a table at most half full */
    for (size_t w = 0; w < n && !set->linear; w++) {
      const char *x = set->words[w];
      unsigned char f = (unsigned char)x[0];
      set->first[f >> 6] |= 1ull << (f & 63);
      uint8_t pb = ORG_PAIR(f, (unsigned char)x[1]);
      set->pair[pb >> 6] |= 1ull << (pb & 63);
      /* the hash frex_org_tkey gives a key of the same bytes */
      uint32_t h = frex_dict_hash(frex_hash_bytes(x, strlen(x)));
      size_t s = h & 255;
      while (set->slot[s])
        s = (s + 1) & 255;
      set->slot[s] = (uint8_t)(w + 1);
      set->hash[s] = h;
    }
    atomic_store_explicit(&set->ready, 1, memory_order_release);
  }
  pthread_mutex_unlock(&keyset_mu);
}

bool frex_org_key_in_set(const org_ctx *c, size_t i, org_keyset *set) {
  if (!atomic_load_explicit(&set->ready, memory_order_acquire))
    keyset_build(set);
  if (set->linear)
    return frex_org_key_in(c, i, set->words);
  if (i >= c->n)
    return false;
  if (!(c->keys->state[i] & ORG_K_KEY)) {
    /* no key yet: its first byte when printable ASCII (frex_org_key_in's
     * test, by a bit) */
    unsigned char f = frex_org_first(c, i);
    if (f && !(set->first[f >> 6] >> (f & 63) & 1))
      return false;
    /* ...and its second: a printable ASCII byte keys itself in lowercase
     * right after the first (frex_org_key_in), the end of a one-byte
     * token is the end of its key; so a pair no word starts with is no
     * word's (exact) */
    if (f) {
      const frex_token *t = &c->tok[i];
      unsigned char g = t->end - t->start > 1
                            ? (unsigned char)frex_org_ascii_key[(
                                  unsigned char)c->text[t->start + 1]]
                            : 0;
      if ((g || t->end - t->start == 1) &&
          !(set->pair[ORG_PAIR(f, g) >> 6] >> (ORG_PAIR(f, g) & 63) & 1))
        return false;
    }
  }
  size_t n;
  uint32_t h;
  const char *k = frex_org_tkey(c, i, &n, &h);
  if (!n)
    return false;
  /* every word is in the table under its hash: a key equal to one has the
   * same hash and is found before the first empty slot (exact) */
  for (size_t s = h & 255; set->slot[s]; s = (s + 1) & 255) {
    if (set->hash[s] != h)
      continue;
    if (key_equals(set->words[set->slot[s] - 1], k, n))
      return true;
  }
  return false;
}
