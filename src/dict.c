/*
 * dict.c — load the .tsv files of dict/ and --dict files (format:
 * dict/README.md) into a read-only table, and the matching key shared by
 * dictionary and text.
 *
 * One pass per file: the file is read whole and kept (names, ids and
 * aliases point into its text), each line is split in place, each alias is
 * keyed once and inserted in an open-addressing hash table (linear probing,
 * load <= 1/2, sized once per file) whose keys live in one byte pool (a
 * prefix key shares the bytes of its alias's key).  The table is ours
 * rather than frex_strmap because a slot carries more than a value: the
 * head of a chain of aliases sharing the key (first loaded first) and a
 * "prefix" bit that lets the matcher stop extending a token sequence as soon
 * as no alias can start with it.  glib's GHashTable would be a new
 * dependency, and hsearch_r is fixed-size.  The 11,000 names of dict/ cost
 * about 30 M instructions (2,700 per name, mostly keying and hashing).
 */
#include "dict.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "fold.h"
#include "strmap.h"

typedef struct slot { /* 16 bytes: four to a cache line */
  uint32_t hash;      /* 0 marks an empty slot (key_hash never returns 0) */
  uint32_t koff;      /* key offset in the pool */
  uint32_t klen : 31;
  uint32_t prefix : 1; /* a proper prefix of some alias key */
  uint32_t alias;      /* chain head, or FREX_DICT_NONE if prefix only */
} slot;

#define KEY_FILTER_BITS 19

struct frex_dict {
  frex_dict_entry *entries;
  size_t nentries, capentries;
  frex_dict_alias *aliases;
  size_t naliases, capaliases;
  slot *slots;
  size_t nslots, used;      /* nslots is a power of two */
  frex_buf keys;            /* key bytes of every slot */
  char **texts;             /* the files' text: canonical names, ids and
                               alias surfaces point into it */
  size_t ntexts, captexts;
  uint8_t lower_head[8192]; /* bitset, see frex_dict_lower_head */
  /* One bit per key hash (its high bits, key_bit), set with the slot: a
   * look-up whose bit is clear misses without touching the table.  Most
   * look-ups miss (capitalised words that are not names), and the table
   * (1-2 MB) misses the cache where these 64 KB stay in it: perf puts a
   * probe of the table at a tenth of extract's time without it. */
  uint64_t key_filter[1u << (KEY_FILTER_BITS - 6)];
  size_t builtin;           /* entries of frex_dict_load_dir (dict/): a
                               later file repeating one of their names is
                               noted (issue 14) */
};

/* ------------------------------------------------------------ the key */

static size_t put_cp(char *out, size_t n, size_t cap, UChar32 c) {
  char tmp[4];
  int32_t k = 0;
  U8_APPEND_UNSAFE(tmp, k, c);
  for (int32_t i = 0; i < k; i++) {
    if (n < cap)
      out[n] = tmp[i];
    n++;
  }
  return n;
}

static size_t put_str(char *out, size_t n, size_t cap, const char *s) {
  for (; *s; s++) {
    if (n < cap)
      out[n] = *s;
    n++;
  }
  return n;
}

static bool is_mark(UChar32 c) {
  int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK ||
         t == U_COMBINING_SPACING_MARK;
}

/* Key bytes of one non-ASCII code point appended at OUT[n]; returns the new
 * length (-1 as a "space" signal is handled by the caller). */
static size_t key_cp(char *out, size_t n, size_t cap, UChar32 c) {
  /* Latin-1 letters and ligatures: the shared folding (fold.h) */
  if (c >= 0xC0 && c <= 0xFF && frex_fold_latin1[c - 0xC0]) {
    if (n < cap)
      out[n] = frex_fold_latin1[c - 0xC0];
    return n + 1;
  }
  const char *lig = frex_fold_ligature((uint32_t)c);
  if (lig)
    return put_str(out, n, cap, lig);
  switch (c) {
  case 0x2018:
  case 0x2019:
  case 0x02BC:
  case 0xB4:
  case 0x2032:
    return put_str(out, n, cap, "'");
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2212:
    return put_str(out, n, cap, "-");
  }
  if (is_mark(c))
    return n;
  /* Canonical decomposition (Ǻ → A + marks): keep the non-marks.  The NFD
   * instance is an immutable ICU singleton, safe to share between threads. */
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&ec);
  UChar d[16];
  int32_t dn = U_SUCCESS(ec) ? unorm2_getDecomposition(nfd, c, d, 16, &ec) : -1;
  if (dn <= 0 || U_FAILURE(ec))
    return put_cp(out, n, cap, u_tolower(c));
  for (int32_t i = 0; i < dn;) {
    UChar32 x;
    U16_NEXT(d, i, dn, x);
    if (!is_mark(x))
      n = put_cp(out, n, cap, u_tolower(x));
  }
  return n;
}

/* u_isUWhiteSpace for C >= 0x80, asking ICU only above U+1680: below it,
 * only NEL and NBSP are white space, and French letters live there. */
static inline bool is_space(UChar32 c) {
  return c < 0x1680 ? c == 0x85 || c == 0xA0 : u_isUWhiteSpace(c);
}

/* frex_key, stopping once STOP key bytes are out (frex_key_head3 needs
 * three). */
static size_t key_upto(const char *s, size_t len, char *out, size_t cap,
                       size_t stop) {
  size_t n = 0, i = 0;
  /* Most words: printable ASCII, accented Latin-1 letters (é, à, ç) and
   * the typographic apostrophes, keyed here without decoding or ICU; the
   * loop below takes over at anything else (white space included). */
  const unsigned char *u = (const unsigned char *)s;
  while (i < len && n < stop && n < cap) {
    unsigned char b = u[i];
    if (b > 0x20 && b < 0x80) {
      out[n++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      i++;
    } else if (b == 0xC3 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80 &&
               frex_fold_latin1[u[i + 1] & 0x3F]) {
      out[n++] = frex_fold_latin1[u[i + 1] & 0x3F]; /* U+00C0..U+00FF */
      i += 2;
    } else if (b == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
               (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
      out[n++] = '\''; /* U+2018, U+2019 */
      i += 3;
    } else {
      break;
    }
  }
  bool space = false; /* a space is pending: written before the next char */
  while (i < len && n < stop) {
    unsigned char b = (unsigned char)s[i];
    UChar32 c;
    if (b < 0x80) {
      c = b;
      i++;
    } else {
      int32_t j = (int32_t)i;
      U8_NEXT(s, j, (int32_t)len, c);
      i = (size_t)j;
      if (c < 0)
        c = 0xFFFD;
    }
    if (c <= 0x20 || (c >= 0x80 && is_space(c))) {
      space = n > 0;
      continue;
    }
    if (space) {
      if (n < cap)
        out[n] = ' ';
      n++;
      space = false;
    }
    if (c < 0x80) {
      if (n < cap)
        out[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      n++;
    } else {
      n = key_cp(out, n, cap, c);
    }
  }
  return n;
}

size_t frex_key(const char *s, size_t len, char *out, size_t cap) {
  return key_upto(s, len, out, cap, SIZE_MAX);
}

void frex_key_head3(const char *s, size_t len, unsigned char head3[3]) {
  char k[3];
  /* Three key bytes never need more than three source code points (plus
   * marks, which add nothing); 16 bytes cover that. */
  size_t n = key_upto(s, len < 16 ? len : 16, k, 3, 3);
  for (size_t i = 0; i < 3; i++)
    head3[i] = i < n ? (unsigned char)k[i] : 0;
}

bool frex_dict_lower_head(const frex_dict *d, const unsigned char head3[3]) {
  unsigned b = frex_dict_head_bit(head3);
  return d->lower_head[b >> 3] & (1u << (b & 7));
}

const uint8_t *frex_dict_lower_head_set(const frex_dict *d) {
  return d->lower_head;
}

/* ---------------------------------------------------------- hash table */

static uint32_t key_hash(const char *k, size_t n) {
  return frex_dict_hash(frex_hash_bytes(k, n));
}

static inline uint32_t key_bit(uint32_t h) {
  return h >> (32 - KEY_FILTER_BITS);
}

static inline void filter_add(frex_dict *d, uint32_t h) {
  uint32_t b = key_bit(h);
  d->key_filter[b >> 6] |= 1ull << (b & 63);
}

static inline bool filter_has(const frex_dict *d, uint32_t h) {
  uint32_t b = key_bit(h);
  return d->key_filter[b >> 6] >> (b & 63) & 1;
}

/* The probe itself, inlined where it is called: in find_slot below, and
 * in the load's two callers (find_slot_load). */
static inline __attribute__((always_inline)) slot *
probe_slot(const frex_dict *d, const char *k, size_t n, uint32_t h) {
  size_t mask = d->nslots - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *s = &d->slots[i];
    if (!s->hash)
      return s;
    if (s->hash == h && s->klen == n &&
        memcmp(d->keys.ptr + s->koff, k, n) == 0)
      return s;
  }
}

/* Not inlined: frex_dict_lookup_hashed, its one caller now, returns before
 * it for most look-ups (the filter), and inlined it made every look-up pay
 * a bigger prologue (+3 M instructions on the 5 MB slice). */
static __attribute__((noinline)) slot *find_slot(const frex_dict *d,
                                                 const char *k, size_t n,
                                                 uint32_t h) {
  return probe_slot(d, k, n, h);
}

/* find_slot for the load, inlined in its two callers: the look-ups keep
 * their own call (the matcher's code is laid out around it). */
static inline __attribute__((always_inline)) slot *
find_slot_load(const frex_dict *d, const char *k, size_t n, uint32_t h) {
  return probe_slot(d, k, n, h);
}

/* N zeroed slots.  Page faults are most of a big dictionary's load time:
 * calloc's fresh pages fault twice (probes read them, then insertions
 * write them), so a big table is mapped with its pages populated at once
 * (one system call, no fault), a small one malloc'ed and written. */
#define SLOTS_MAP_MIN (256u << 10) /* bytes */
static slot *alloc_slots(size_t n) {
  size_t bytes = n * sizeof(slot);
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
  if (bytes >= SLOTS_MAP_MIN) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p != MAP_FAILED)
      return p; /* zero-filled */
  }
#endif
  slot *p = malloc(bytes);
  if (p)
    memset(p, 0, bytes);
  return p;
}

static void free_slots(slot *p, size_t n) {
  if (!p)
    return;
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
  if (n * sizeof(slot) >= SLOTS_MAP_MIN) {
    munmap(p, n * sizeof(slot));
    return;
  }
#endif
  free(p);
}

/* Rehash into at least WANT slots (a power of two, at least double). */
static int grow_table(frex_dict *d, size_t want) {
  size_t n = d->nslots ? d->nslots * 2 : 1024;
  while (n < want)
    n *= 2;
  slot *old = d->slots;
  size_t oldn = d->nslots;
  d->slots = alloc_slots(n);
  if (!d->slots) {
    d->slots = old;
    return FREX_E_NOMEM;
  }
  d->nslots = n;
  for (size_t i = 0; i < oldn; i++) {
    if (!old[i].hash)
      continue;
    size_t j = old[i].hash & (n - 1);
    while (d->slots[j].hash)
      j = (j + 1) & (n - 1);
    d->slots[j] = old[i];
  }
  free_slots(old, oldn);
  return FREX_OK;
}

/* The slot of the key at KOFF in the pool, N bytes (a prefix of a key
 * already there: prefixes share the bytes of their key), hash H, created if
 * missing. */
static int intern_prefix(frex_dict *d, uint32_t koff, size_t n, uint32_t h,
                         slot **out) {
  if ((d->used + 1) * 2 > d->nslots && grow_table(d, 0) != FREX_OK)
    return FREX_E_NOMEM;
  const char *k = d->keys.ptr + koff;
  slot *s = find_slot_load(d, k, n, h);
  if (!s->hash) {
    *s = (slot){h, koff, (uint32_t)n, 0, FREX_DICT_NONE};
    filter_add(d, h);
    d->used++;
  }
  *out = s;
  return FREX_OK;
}

/* The slot of key K, hash H, created if missing. */
static int intern(frex_dict *d, const char *k, size_t n, uint32_t h,
                  slot **out) {
  if ((d->used + 1) * 2 > d->nslots && grow_table(d, 0) != FREX_OK)
    return FREX_E_NOMEM;
  slot *s = find_slot_load(d, k, n, h);
  if (!s->hash) {
    if (d->keys.len > UINT32_MAX - n)
      return FREX_E_NOMEM;
    uint32_t off = (uint32_t)d->keys.len;
    if (d->keys.cap - d->keys.len > n) /* reserved per file: no call */
      memcpy(d->keys.ptr + off, k, n), d->keys.len += n;
    else if (frex_buf_put(&d->keys, k, n) != FREX_OK)
      return FREX_E_NOMEM;
    *s = (slot){h, off, (uint32_t)n, 0, FREX_DICT_NONE};
    filter_add(d, h);
    d->used++;
  }
  *out = s;
  return FREX_OK;
}

frex_dict_hit frex_dict_lookup_hashed(const frex_dict *d, const char *key,
                                      size_t len, uint32_t hash) {
  frex_dict_hit miss = {FREX_DICT_NONE, false};
  if (!d->nslots || !filter_has(d, hash))
    return miss;
  const slot *s = find_slot(d, key, len, hash);
  if (!s->hash)
    return miss;
  return (frex_dict_hit){s->alias, s->prefix};
}

frex_dict_hit frex_dict_lookup(const frex_dict *d, const char *key,
                               size_t len) {
  return frex_dict_lookup_hashed(d, key, len, key_hash(key, len));
}

/* Where the tokenizer may end a token inside an alias key: before a space,
 * and on either side of ASCII punctuation (AT|&|T, l'|agence, Inc|.). */
static inline bool cut_at(const char *k, size_t i) {
  unsigned char a = (unsigned char)k[i - 1], b = (unsigned char)k[i];
  if (b == ' ')
    return true;
  if (a == ' ')
    return false;
  bool pa = a < 0x80 && !((a | 32) >= 'a' && (a | 32) <= 'z') &&
            !(a >= '0' && a <= '9');
  bool pb = b < 0x80 && !((b | 32) >= 'a' && (b | 32) <= 'z') &&
            !(b >= '0' && b <= '9');
  return pa || pb;
}

/* ------------------------------------------------------------- loading */

int frex_dict_new(frex_dict **out) {
  *out = calloc(1, sizeof **out);
  return *out ? FREX_OK : FREX_E_NOMEM;
}

void frex_dict_free(frex_dict *d) {
  if (!d)
    return;
  free(d->entries);
  free(d->aliases);
  free_slots(d->slots, d->nslots);
  frex_buf_free(&d->keys);
  for (size_t i = 0; i < d->ntexts; i++)
    free(d->texts[i]);
  free(d->texts);
  free(d);
}

const frex_dict_entry *frex_dict_entry_at(const frex_dict *d, uint32_t i) {
  return &d->entries[i];
}
const frex_dict_alias *frex_dict_alias_at(const frex_dict *d, uint32_t i) {
  return &d->aliases[i];
}
size_t frex_dict_entry_count(const frex_dict *d) { return d->nentries; }
size_t frex_dict_alias_count(const frex_dict *d) { return d->naliases; }

/* How an alias writes its letters, read one letter at a time: what its
 * case mode is decided on (alias_mode and key_mode_fast read the same
 * way; key_cuts_fast counts eight bytes at a time). */
typedef struct case_tally {
  size_t letters, upper;
  bool first, first_lower, inner_cap, prev_lower;
} case_tally;

static inline void tally_letter(case_tally *t, bool up) {
  t->letters++;
  if (t->first)
    t->first_lower = !up;
  t->first = false;
  if (up) {
    t->upper++;
    t->inner_cap |= t->prev_lower;
  }
  t->prev_lower = !up;
}

/* The case mode from those counts.  DoD, DuPont, McDonald's (a capital
 * inside): written so by everyone, and the capital tells DuPont from the
 * surname Dupont. */
static inline frex_case_mode case_mode_of(size_t letters, size_t upper,
                                          bool first_lower, bool inner_cap,
                                          unsigned flags) {
  if (flags & FREX_DICT_NOCASE || first_lower)
    return FREX_CASE_ANY;
  if (letters && upper == letters && letters <= 5)
    return FREX_CASE_UPPER;
  return inner_cap ? FREX_CASE_EXACT : FREX_CASE_CAP;
}

/* The case mode of an alias, from how the file writes it. */
static frex_case_mode alias_mode(const char *s, size_t n, unsigned flags) {
  if (flags & FREX_DICT_NOCASE)
    return FREX_CASE_ANY;
  case_tally t = {0, 0, true, false, false, false};
  for (size_t i = 0; i < n;) {
    UChar32 c;
    bool alpha, up;
    if ((unsigned char)s[i] < 0x80) { /* most aliases: no ICU */
      c = (unsigned char)s[i++];
      up = c >= 'A' && c <= 'Z';
      alpha = up || (c >= 'a' && c <= 'z');
    } else {
      int32_t j = (int32_t)i;
      U8_NEXT(s, j, (int32_t)n, c);
      i = (size_t)j;
      alpha = c >= 0 && u_isalpha(c);
      up = alpha && (u_isupper(c) || u_istitle(c));
    }
    if (!alpha) {
      t.prev_lower = false;
      if (c >= '0' && c <= '9')
        t.first = false;
      continue;
    }
    tally_letter(&t, up);
  }
  return case_mode_of(t.letters, t.upper, t.first_lower, t.inner_cap, flags);
}

typedef struct loader {
  frex_dict *d;
  const char *path;
  size_t line;
  char *err;
  size_t errlen;
  /* names of this file that repeat a built-in one: how many entries, and
   * the first (its line, its name, the built-in entry) */
  size_t dups, dup_line;
  uint32_t dup_entry, dup_builtin;
  char dup_name[80];
} loader;

/* ENTRY (of this file) names SURF, which built-in entry BUILTIN has too:
 * the built-in entry keeps the name (its alias comes first in the key's
 * chain).  Counted once per entry. */
static void note_dup(loader *l, uint32_t entry, uint32_t builtin,
                     const char *surf) {
  if (l->dups && l->dup_entry == entry)
    return;
  if (!l->dups++) {
    l->dup_line = l->line;
    l->dup_builtin = builtin;
    snprintf(l->dup_name, sizeof l->dup_name, "%s", surf);
  }
  l->dup_entry = entry;
}

/* After a file: its repeated names as one warning line appended to ERR
 * (frex_pipeline_new hands ERR's lines to frex_config.warn). */
static void warn_dups(const loader *l) {
  if (!l->dups || !l->err || !l->errlen)
    return;
  size_t k = strlen(l->err);
  const frex_dict_entry *b = &l->d->entries[l->dup_builtin];
  char more[48] = "";
  if (l->dups > 1)
    snprintf(more, sizeof more, " (and %zu more %s)", l->dups - 1,
             l->dups == 2 ? "entry" : "entries");
  snprintf(l->err + k, l->errlen - k,
           "%s%s: line %zu: '%s' is already a name of the built-in "
           "dictionary (%s, %s), which keeps it%s",
           k ? "\n" : "", l->path, l->dup_line, l->dup_name, b->canonical,
           frex_entity_type_name(b->type), more);
}

static int fail(loader *l, const char *fmt, ...) {
  if (l->err && l->errlen) {
    int k = snprintf(l->err, l->errlen, "%s: line %zu: ", l->path, l->line);
    if (k >= 0 && (size_t)k < l->errlen) {
      va_list ap;
      va_start(ap, fmt);
      vsnprintf(l->err + k, l->errlen - (size_t)k, fmt, ap);
      va_end(ap);
    }
  }
  return FREX_E_DICT;
}

static char *trim(char *s) {
  while (*s == ' ')
    s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ')
    s[--n] = '\0';
  return s;
}

/* The offset of the first byte of S[0..n) that does not start a valid
 * UTF-8 character, or N. */
static size_t invalid_utf8_at(const char *s, size_t n) {
  for (int32_t i = 0; (size_t)i < n;) {
    if ((size_t)i + 16 <= n) { /* 16 ASCII bytes at a time: most text */
      uint64_t w, v;
      memcpy(&w, s + i, 8);
      memcpy(&v, s + i + 8, 8);
      if (!((w | v) & 0x8080808080808080ull)) {
        i += 16;
        continue;
      }
    }
    if ((size_t)i + 8 <= n) { /* eight ASCII bytes at a time */
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (c < 0)
      return (size_t)at;
  }
  return n;
}

/* Key bytes that are ASCII punctuation (cut_at's test, as a table). */
#define P1(x) (x), (x), (x), (x), (x), (x), (x), (x)
static const bool key_punct[256] = {
    P1(1), P1(1), P1(1), P1(1),                                /* 0x00-0x1F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,           /* 0x20-0x2F */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,           /* 0-9 :-? */
    1, P1(0), P1(0), P1(0), 0, 0, 1, 1, 1, 1, 1,              /* @A-Z[-_ */
    1, P1(0), P1(0), P1(0), 0, 0, 1, 1, 1, 1, 1};             /* `a-z{-DEL */
#undef P1

/* frex_hash_bytes(K, N) when K[0..N+8) may be read: the last word is
 * loaded whole and its bytes past N masked off (the prefixes of an alias
 * are hashed from its key buffer; the call and its tail copy were a tenth
 * of the load). */
static inline uint32_t key_hash_loaded(const char *k, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n, w;
  for (; n >= 8; k += 8, n -= 8) {
    memcpy(&w, k, 8);
    h = frex_hash_word_(h, w);
  }
  memcpy(&w, k, 8);
  w = n ? w & (~0ull >> (64 - 8 * n)) : 0;
  return frex_dict_hash(frex_hash_last_(h, w));
#else
  return key_hash(k, n);
#endif
}

/* frex_key and alias_mode in one pass, for the aliases made of ASCII, the
 * Latin-1 letters frex_fold_latin1 folds and the apostrophes U+2018/2019
 * (nearly all of dict/): each byte is read once, no ICU call.  Returns
 * false, having computed nothing reliable, on anything else (the general
 * path then keys the alias), or when the key would pass CAP bytes.  Must
 * give exactly frex_key's key and alias_mode's mode; building with
 * -DFREX_DICT_CHECK_FAST compares both on every alias loaded. */
static bool key_mode_fast(const char *s, size_t len, char *out, size_t cap,
                          size_t *kn, unsigned flags, frex_case_mode *mode) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0;
  bool space = false;
  case_tally t = {0, 0, true, false, false, false};
  for (size_t i = 0; i < len;) {
    unsigned b = u[i];
    unsigned char kb;
    bool alpha, up;
    if (b < 0x80) {
      i++;
      if (b <= 0x20) { /* white space, as frex_key: one space inside */
        space = n > 0;
        t.prev_lower = false;
        continue;
      }
      up = b - 'A' < 26u;
      alpha = up || b - 'a' < 26u;
      kb = (unsigned char)(up ? b + 32 : b);
      if (!alpha && b - '0' < 10u)
        t.first = false;
    } else if (b == 0xC3 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80 &&
               frex_fold_latin1[u[i + 1] & 0x3F]) {
      kb = (unsigned char)frex_fold_latin1[u[i + 1] & 0x3F];
      alpha = true;
      up = (u[i + 1] & 0x3F) < 0x1F; /* U+00C0..U+00DE (× has no fold) */
      i += 2;
    } else if (b == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
               (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
      kb = '\'';
      alpha = up = false;
      i += 3;
    } else {
      return false;
    }
    if (n + 1 + space > cap)
      return false;
    if (space)
      out[n++] = ' ';
    space = false;
    out[n++] = (char)kb;
    if (!alpha) {
      t.prev_lower = false;
      continue;
    }
    tally_letter(&t, up);
  }
  *kn = n;
  *mode = case_mode_of(t.letters, t.upper, t.first_lower, t.inner_cap, flags);
  return true;
}

/* Eight bytes at a time (SWAR): bit 7 of each byte of X that lies in
 * [LO, HI], for bytes below 0x80 (no sum below crosses a byte). */
#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGHS 0x8080808080808080ull
static inline uint64_t swar_in(uint64_t x, unsigned lo, unsigned hi) {
  return (x + (0x80 - lo) * SWAR_ONES) & ~(x + (0x7F - hi) * SWAR_ONES) &
         SWAR_HIGHS;
}

/* The number of bytes of X with bit 7 set (X has no other bit set): one
 * multiply, no call (popcount is a libgcc call without -mpopcnt). */
static inline size_t swar_count(uint64_t x) {
  return (size_t)((x >> 7) * SWAR_ONES >> 56);
}

/* key_mode_fast for the aliases of printable ASCII with single spaces
 * (84% of dict/'s aliases, 71% of its bytes), eight bytes a step: the key
 * is the alias lowercased, the mode comes from masks of its capitals,
 * small letters and digits, and the places where the tokenizer may cut
 * (cut_at) are written to CUT[0..*NCUT).  Returns false on anything else
 * (a byte >= 0x80, a control, two spaces in a row, a space at either end,
 * more than CAP bytes), with nothing reliable computed.  S[0..len+8) must
 * be readable (the file's text has 16 bytes of slack) and OUT have
 * room for CAP + 8 bytes: whole words are read and written. */
static bool key_mode_ascii(const char *s, size_t len, char *out, size_t cap,
                           unsigned flags, frex_case_mode *mode,
                           uint8_t *cut, size_t *ncut) {
  if (!len || len > cap || s[0] == ' ' || s[len - 1] == ' ')
    return false;
  size_t letters = 0, upper = 0, nc = 0;
  bool found = false, first_lower = false;
  uint64_t inner = 0, prev_s = 0, prev_p = 0, prev_l = 0;
  for (size_t off = 0; off < len; off += 8) {
    size_t m = len - off < 8 ? len - off : 8;
    uint64_t x;
    memcpy(&x, s + off, 8);
    x &= ~0ull >> (64 - 8 * m); /* the bytes past the alias: zeros */
    uint64_t valid = SWAR_HIGHS & (~0ull >> (64 - 8 * m));
    if (x & SWAR_HIGHS || swar_in(x, 0, 0x1F) & valid)
      return false;
    uint64_t sp = swar_in(x, ' ', ' ');
    uint64_t up = swar_in(x, 'A', 'Z'), lo = swar_in(x, 'a', 'z');
    uint64_t dg = swar_in(x, '0', '9');
    uint64_t pu = ~(up | lo | dg) & valid; /* punctuation and spaces */
    /* the same masks one byte later: byte i sees byte i - 1 */
    uint64_t sp1 = sp << 8 | prev_s, pu1 = pu << 8 | prev_p;
    uint64_t lo1 = lo << 8 | prev_l;
    if (sp & sp1)
      return false;
    uint64_t y = x | up >> 2; /* 'A' | 0x20 = 'a' */
    memcpy(out + off, &y, 8);
    letters += swar_count(up | lo);
    upper += swar_count(up);
    if (!found && (up | lo | dg)) {
      uint64_t f = up | lo | dg;
      found = true;
      first_lower = (lo & f & (0 - f)) != 0; /* the first is a letter */
    }
    inner |= up & lo1;
    uint64_t c = (sp | (~sp1 & (pu | pu1))) & valid;
    if (!off)
      c &= ~0x80ull; /* no cut before the first byte */
    for (; c; c &= c - 1)
      cut[nc++] = (uint8_t)(off + (size_t)__builtin_ctzll(c) / 8);
    prev_s = sp >> 56;
    prev_p = pu >> 56;
    prev_l = lo >> 56;
  }
  *ncut = nc;
  *mode = case_mode_of(letters, upper, first_lower, inner, flags);
  return true;
}

/* Add alias SURF (N bytes, NUL-terminated) of ENTRY. */
static int add_alias(loader *l, uint32_t entry, const char *surf, size_t n) {
  frex_dict *d = l->d;
  /* 8 bytes of slack: key_hash_loaded reads a whole word past a prefix,
   * key_mode_ascii writes whole words */
  char k[FREX_KEY_MAX + 8];
  uint8_t cut[FREX_KEY_MAX]; /* where a token may end inside the key */
  size_t kn = n, ncut = 0;
  frex_case_mode mode;
  unsigned flags = d->entries[entry].flags;
  bool ascii = key_mode_ascii(surf, n, k, FREX_KEY_MAX, flags, &mode, cut,
                              &ncut);
  bool fast = ascii ||
              key_mode_fast(surf, n, k, FREX_KEY_MAX, &kn, flags, &mode);
  if (!fast) {
    kn = frex_key(surf, n, k, FREX_KEY_MAX);
    mode = alias_mode(surf, n, flags);
  }
  if (kn == 0)
    return fail(l, "alias '%s' has no letters or digits", surf);
  if (kn > FREX_KEY_MAX)
    return fail(l, "alias '%.40s...' is longer than %d bytes", surf,
                FREX_KEY_MAX);
  if (!ascii) /* cut_at, with its test as a table */
    for (size_t i = 1; i < kn; i++) {
      unsigned char a = (unsigned char)k[i - 1], b = (unsigned char)k[i];
      if (b == ' ' || (a != ' ' && (key_punct[a] | key_punct[b])))
        cut[ncut++] = (uint8_t)i;
    }
#ifdef FREX_DICT_CHECK_FAST
  { /* the reference: frex_key, alias_mode, cut_at */
    char k2[FREX_KEY_MAX];
    size_t kn2 = frex_key(surf, n, k2, sizeof k2), nc2 = 0;
    if (kn2 != kn || memcmp(k, k2, kn) || mode != alias_mode(surf, n, flags))
      abort();
    for (size_t i = 1; i < kn; i++)
      if (cut_at(k2, i) && (nc2 >= ncut || cut[nc2++] != i))
        abort();
    if (nc2 != ncut)
      abort();
  }
#endif
  memset(k + kn, 0, 8);
  /* Room first: LINK below may point into the alias array. */
  if (d->naliases == d->capaliases) {
    size_t cap = d->capaliases ? d->capaliases * 2 : 1024;
    frex_dict_alias *v = realloc(d->aliases, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    d->aliases = v;
    d->capaliases = cap;
  }
  if (d->naliases >= FREX_DICT_NONE)
    return FREX_E_NOMEM;
  slot *s;
  if (intern(d, k, kn, key_hash_loaded(k, kn), &s) != FREX_OK)
    return FREX_E_NOMEM;
  /* Same entry, same surface: the canonical name listed again as alias. */
  uint32_t *link = &s->alias;
  while (*link != FREX_DICT_NONE) {
    frex_dict_alias *a = &d->aliases[*link];
    if (a->entry == entry && strcmp(a->surface, surf) == 0)
      return FREX_OK;
    if (a->entry < d->builtin && entry >= d->builtin)
      note_dup(l, entry, a->entry, surf);
    link = &a->next;
  }
  uint32_t ai = (uint32_t)d->naliases++;
  /* SURF points into the file's text, which the dictionary keeps. */
  d->aliases[ai] = (frex_dict_alias){surf, entry, FREX_DICT_NONE, mode};
  *link = ai; /* before the next intern, which may move the slots */
  uint32_t koff = s->koff;
  /* Prefixes that end where a token may end, so the matcher can tell
   * "keep extending" from "stop". */
  for (size_t j = 0; j < ncut; j++) {
    slot *p;
    if (intern_prefix(d, koff, cut[j], key_hash_loaded(k, cut[j]), &p) !=
        FREX_OK)
      return FREX_E_NOMEM;
    p->prefix = 1;
  }
  if (mode == FREX_CASE_ANY) {
    unsigned char h[3];
    if (fast) /* the key's first bytes: frex_key_head3 of the same text */
      for (size_t i = 0; i < 3; i++)
        h[i] = i < kn ? (unsigned char)k[i] : 0;
    else
      frex_key_head3(surf, n, h);
    /* head3 of the alias's first token: zero-padded when it is short */
    size_t first = ncut ? cut[0] : kn;
    for (size_t i = first < 3 ? first : 3; i < 3; i++)
      h[i] = 0;
    unsigned b = frex_dict_head_bit(h);
    d->lower_head[b >> 3] |= (uint8_t)(1u << (b & 7));
  }
  return FREX_OK;
}

static int parse_flags(loader *l, char *f, unsigned *flags) {
  *flags = 0;
  for (char *tok = f; tok && *tok;) {
    char *comma = strchr(tok, ',');
    if (comma)
      *comma = '\0';
    char *w = trim(tok);
    if (strcmp(w, "ambiguous") == 0)
      *flags |= FREX_DICT_AMBIGUOUS;
    else if (strcmp(w, "nocase") == 0)
      *flags |= FREX_DICT_NOCASE;
    else if (strcmp(w, "midsentence") == 0)
      *flags |= FREX_DICT_MIDSENTENCE;
    else if (*w)
      return fail(l, "unknown flag '%s' (expected ambiguous, midsentence or "
                     "nocase)", w);
    tok = comma ? comma + 1 : NULL;
  }
  return FREX_OK;
}

/* S[0..*N) without the spaces at either end, NUL-terminated; *N becomes
 * its length. */
static char *trim_n(char *s, size_t *n) {
  size_t len = *n;
  while (len && *s == ' ') {
    s++;
    len--;
  }
  while (len && s[len - 1] == ' ')
    len--;
  s[len] = '\0';
  *n = len;
  return s;
}

/* Parse one non-comment line of LEN bytes, NUL-terminated and holding no
 * other NUL (modified in place). */
static int parse_line(loader *l, char *line, size_t len) {
  char *col[6];
  size_t cn[6];
  size_t ncol = 0;
  for (char *p = line, *end = line + len;;) {
    if (ncol == 6)
      return fail(l, "too many columns (at most 6: canonical, type, "
                     "aliases, id, flags, source)");
    char *tab = memchr(p, '\t', (size_t)(end - p));
    col[ncol] = p;
    cn[ncol++] = (size_t)((tab ? tab : end) - p);
    if (!tab)
      break;
    *tab = '\0';
    p = tab + 1;
  }
  for (size_t i = 0; i < ncol; i++)
    col[i] = trim_n(col[i], &cn[i]);
  if (!*col[0])
    return fail(l, "empty canonical name (column 1)");
  if (ncol < 2 || !*col[1])
    return fail(l, "missing type (column 2) for '%s'", col[0]);
  frex_entity_type type;
  if (cn[1] == 7 && memcmp(col[1], "COMPANY", 7) == 0)
    type = FREX_ENT_COMPANY;
  else if (cn[1] == 6 && memcmp(col[1], "AGENCY", 6) == 0)
    type = FREX_ENT_AGENCY;
  else
    return fail(l, "unknown type '%s' (expected COMPANY or AGENCY)", col[1]);
  unsigned flags = 0;
  if (ncol > 4 && parse_flags(l, col[4], &flags) != FREX_OK)
    return FREX_E_DICT;
  frex_dict *d = l->d;
  if (d->nentries == d->capentries) {
    size_t cap = d->capentries ? d->capentries * 2 : 512;
    frex_dict_entry *v = realloc(d->entries, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    d->entries = v;
    d->capentries = cap;
  }
  if (d->nentries >= FREX_DICT_NONE)
    return FREX_E_NOMEM;
  const char *id = ncol > 3 ? col[3] : "";
  /* The strings stay in the file's text, kept by the dictionary. */
  frex_dict_entry e = {col[0], id, type, flags};
  uint32_t ei = (uint32_t)d->nentries++;
  d->entries[ei] = e;
  int rc = add_alias(l, ei, col[0], cn[0]);
  if (rc || ncol < 3 || !*col[2])
    return rc;
  for (char *p = col[2], *end = col[2] + cn[2];;) {
    char *bar = memchr(p, '|', (size_t)(end - p));
    size_t an = (size_t)((bar ? bar : end) - p);
    char *a = trim_n(p, &an);
    if (!an)
      return fail(l, "empty alias in column 3 of '%s'", col[0]);
    if ((rc = add_alias(l, ei, a, an)) != FREX_OK)
      return rc;
    if (!bar)
      return FREX_OK;
    p = bar + 1;
  }
}

/* Room for at least WANT elements of SIZE bytes in *V (capacity *CAP),
 * at least doubling it: the built-in dictionary is nine files, and
 * growing by each file's count copied the arrays at each file (realloc
 * was 1.7 M instructions of a 39 M load). */
static int reserve(void **v, size_t *cap, size_t want, size_t size) {
  if (want <= *cap)
    return FREX_OK;
  if (want < *cap * 2)
    want = *cap * 2;
  if (want > SIZE_MAX / size)
    return FREX_E_NOMEM;
  void *p = realloc(*v, want * size);
  if (!p)
    return FREX_E_NOMEM;
  *v = p;
  *cap = want;
  return FREX_OK;
}

/* About how many keys the names in [S, E) add to the table: one per name
 * (names are separated by '|'), and a prefix where a token may end, at
 * most about one per four bytes (words are longer than three letters). */
static size_t name_keys(const char *s, const char *e) {
  size_t n = 1 + (size_t)(e - s) / 4;
  while (s < e && (s = memchr(s, '|', (size_t)(e - s))) != NULL) {
    n++;
    s++;
  }
  return n;
}

static int io_fail(const char *path, char *err, size_t errlen, int errnum) {
  if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, strerror(errnum));
  return FREX_E_IO;
}

int frex_dict_load_file(frex_dict *d, const char *path, char *err,
                        size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return io_fail(path, err, errlen, errno);
  frex_buf b = FREX_BUF_INIT;
  int rc = FREX_OK;
  /* One allocation of the file's size (plus one byte, so that the read
   * below sees the end), then read on if the file grew meanwhile. */
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && st.st_size > 0 &&
      (unsigned long long)st.st_size < SIZE_MAX / 2 &&
      frex_buf_grow(&b, (size_t)st.st_size + 1) != FREX_OK)
    rc = FREX_E_NOMEM;
  while (!rc) {
    if (b.cap - b.len < 4096 && frex_buf_grow(&b, 65536) != FREX_OK) {
      rc = FREX_E_NOMEM;
      break;
    }
    size_t n = fread(b.ptr + b.len, 1, b.cap - b.len - 1, f);
    b.len += n;
    /* a NUL byte ends the load with a message (below): reading on took
     * `--dict /dev/zero` (or a binary file given by mistake) until memory
     * ran out */
    if (n == 0 || memchr(b.ptr + b.len - n, '\0', n))
      break;
  }
  if (!rc && ferror(f))
    rc = io_fail(path, err, errlen, errno ? errno : EIO);
  fclose(f);
  /* 16 zero bytes after the text: key_mode_ascii reads whole words */
  if (!rc && frex_buf_grow(&b, 16) != FREX_OK)
    rc = FREX_E_NOMEM;
  if (!rc)
    memset(b.ptr + b.len, 0, 16);
  /* Size the table once per file instead of rehashing it on the way (a
   * rehash of a big table costs more than the whole load: it touches every
   * page again), from the names in columns 1 and 3 (see name_keys). */
  size_t lines = 0, keys = 0;
  for (const char *q = b.ptr, *e = b.ptr + b.len; q && q < e;) {
    const char *nl = memchr(q, '\n', (size_t)(e - q));
    const char *eol = nl ? nl : e;
    lines++;
    if (*q != '#') { /* the names: columns 1 and 3 */
      const char *t1 = memchr(q, '\t', (size_t)(eol - q));
      keys += name_keys(q, t1 ? t1 : eol);
      const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(eol - t1 - 1)) : 0;
      if (t2) {
        const char *t3 = memchr(t2 + 1, '\t', (size_t)(eol - t2 - 1));
        keys += name_keys(t2 + 1, t3 ? t3 : eol);
      }
    }
    q = eol + 1;
  }
  /* KEYS counts a key per four bytes of name: about twice the keys a
   * name makes (prefixes are shared), so it is the slots wanted, not half
   * of them.  Twice it made a table of 131,072 slots (2 MB) for 23,697
   * keys, which neither fits the cache at start-up nor at each look-up;
   * inserts still double the table past half full (intern). */
  size_t want = d->used + keys;
  if (!rc && want > d->nslots && want > 1024 &&
      grow_table(d, want) != FREX_OK)
    rc = FREX_E_NOMEM;
  /* The other arrays too: one allocation each rather than doublings. */
  if (!rc && (reserve((void **)&d->entries, &d->capentries, d->nentries + lines,
                      sizeof *d->entries) ||
              reserve((void **)&d->aliases, &d->capaliases, d->naliases + keys,
                      sizeof *d->aliases) ||
              reserve((void **)&d->texts, &d->captexts, d->ntexts + 1,
                      sizeof *d->texts) ||
              frex_buf_grow(&d->keys, b.len / 2)))
    rc = FREX_E_NOMEM;
  size_t entries_before = d->nentries;
  loader l = {.d = d, .path = path, .err = err, .errlen = errlen};
  char *p = b.ptr;
  char *end = b.ptr + b.len;
  /* a UTF-8 BOM (Windows editors write one) is not part of the first
   * name, which would never match (issue 14) */
  if (b.len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  /* Checked once for the whole text rather than line by line (the same
   * verdict: a newline never continues a UTF-8 sequence); a text that
   * fails is checked again by line, for the message. */
  bool clean = !memchr(p, '\0', (size_t)(end - p)) &&
               invalid_utf8_at(p, (size_t)(end - p)) == (size_t)(end - p);
  while (!rc && p && p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *stop = nl ? nl : end;
    size_t len = (size_t)(stop - p);
    if (len && p[len - 1] == '\r')
      len--; /* CRLF files */
    p[len] = '\0';
    l.line++;
    size_t bad;
    if (clean)
      ;
    else if (memchr(p, '\0', len))
      rc = fail(&l, "NUL byte in line");
    else if ((bad = invalid_utf8_at(p, len)) < len)
      /* a dictionary saved by a Windows editor or a spreadsheet is often
       * windows-1252: "soci\xe9t\xe9" (the input files are read so, and
       * the user may expect the same) */
      rc = fail(&l, "invalid UTF-8 (byte 0x%02X at column %zu): the file "
                    "may be Latin-1 or windows-1252; dictionaries are read "
                    "as UTF-8 (iconv -f windows-1252 -t utf-8)",
                (unsigned char)p[bad], bad + 1);
    if (!rc && p[0] != '#' &&
        (p[0] > ' ' || p[strspn(p, " \t")] != '\0')) /* not blank */
      rc = parse_line(&l, p, len);
    p = stop + 1;
  }
  if (!rc)
    warn_dups(&l);
  /* Keep the text (room reserved above): the entries point into it. */
  if (d->nentries > entries_before)
    d->texts[d->ntexts++] = b.ptr;
  else
    frex_buf_free(&b);
  return rc;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_tsv(const char *name) {
  size_t n = strlen(name);
  return n > 4 && name[0] != '.' && strcmp(name + n - 4, ".tsv") == 0;
}

int frex_dict_load_dir(frex_dict *d, const char *dir, char *err,
                       size_t errlen) {
  DIR *dp = opendir(dir);
  if (!dp)
    return io_fail(dir, err, errlen, errno);
  char **names = NULL;
  size_t n = 0, cap = 0;
  int rc = FREX_OK;
  struct dirent *de;
  while (!rc && (de = readdir(dp)) != NULL) {
    if (!is_tsv(de->d_name))
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **v = realloc(names, cap * sizeof *v);
      if (!v) {
        rc = FREX_E_NOMEM;
        break;
      }
      names = v;
    }
    if (!(names[n] = strdup(de->d_name)))
      rc = FREX_E_NOMEM;
    else
      n++;
  }
  closedir(dp);
  if (!rc && n) /* an empty directory: NAMES is NULL, which qsort must not
                   get (UBSan, --dict-dir of an empty directory) */
    qsort(names, n, sizeof *names, cmp_str); /* byte-wise: strcmp */
  frex_buf path = FREX_BUF_INIT;
  /* The arrays sized once for all the files, from their total size (an
   * estimate: each file reserves what it needs again; untouched pages of
   * a big allocation cost nothing), so that the files do not copy them
   * as they grow. */
  size_t total = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    struct stat st;
    frex_buf_clear(&path);
    if (frex_buf_puts(&path, dir) || frex_buf_putc(&path, '/') ||
        frex_buf_puts(&path, names[i]))
      rc = FREX_E_NOMEM;
    else if (stat(path.ptr, &st) == 0 && st.st_size > 0 &&
             (unsigned long long)st.st_size < SIZE_MAX / 4)
      total += (size_t)st.st_size;
  }
  if (!rc && total < SIZE_MAX / 4 &&
      (reserve((void **)&d->entries, &d->capentries,
               d->nentries + total / 32, sizeof *d->entries) ||
       reserve((void **)&d->aliases, &d->capaliases,
               d->naliases + total / 16, sizeof *d->aliases) ||
       reserve((void **)&d->texts, &d->captexts, d->ntexts + n,
               sizeof *d->texts) ||
       frex_buf_grow(&d->keys, total / 2)))
    rc = FREX_E_NOMEM;
  for (size_t i = 0; i < n && !rc; i++) {
    frex_buf_clear(&path);
    if (frex_buf_puts(&path, dir) || frex_buf_putc(&path, '/') ||
        frex_buf_puts(&path, names[i]))
      rc = FREX_E_NOMEM;
    else
      rc = frex_dict_load_file(d, path.ptr, err, errlen);
  }
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  frex_buf_free(&path);
  d->builtin = d->nentries;
  return rc;
}
