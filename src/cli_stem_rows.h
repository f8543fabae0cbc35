/*
 * cli_stem_rows.h — the row loop of `frex stem` (stem_block_run and its
 * row scanners), included twice by cli_stem.c: as the baseline build
 * compiles it (SSE2 on x86-64, the bytes one by one in the scalar build:
 * the reference), and under `#pragma GCC target("avx2,bmi,bmi2")`, where
 * __AVX2__ is defined and the masks, the doc-column compare and the row
 * copies take 32 bytes per instruction (and the tab walk's x &= x - 1 and
 * ctz are one BMI instruction each).  SR(name) gives each copy its own names;
 * cli_stem.c picks the copy once, by the CPU (__builtin_cpu_supports).
 * Both copies give the same bytes (make scalar-check compares the scalar
 * build with the default one; FREX_NO_AVX2 builds without the AVX2 copy).
 * No include guard: meant to be included more than once.
 */

/* 32 bytes from S to D */
#undef COPY32
#ifdef __AVX2__
#define COPY32(D, S)                                                         \
  _mm256_storeu_si256((__m256i *)(D),                                        \
                      _mm256_loadu_si256((const __m256i *)(S)))
#else
#define COPY32(D, S)                                                         \
  do {                                                                       \
    __m128i v0_ = _mm_loadu_si128((const __m128i *)(S));                     \
    __m128i v1_ = _mm_loadu_si128((const __m128i *)((S) + 16));              \
    _mm_storeu_si128((__m128i *)(D), v0_);                                   \
    _mm_storeu_si128((__m128i *)((D) + 16), v1_);                            \
  } while (0)
#endif

/* Masks of the tabs and of the newlines among the 64 bytes at P. */
static inline void SR(row_masks)(const char *p, uint64_t *tabs, uint64_t *nls) {
#if defined(__AVX2__)
  /* two 32-byte compares per mask where SSE2 takes four */
  const __m256i tab = _mm256_set1_epi8('\t'), nl = _mm256_set1_epi8('\n');
  __m256i v0 = _mm256_loadu_si256((const __m256i *)p);
  __m256i v1 = _mm256_loadu_si256((const __m256i *)(p + 32));
  *tabs = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, tab)) |
          (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, tab))
              << 32;
  *nls = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, nl)) |
         (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, nl))
             << 32;
#elif defined(__SSE2__)
  const __m128i tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n');
  __m128i v0 = _mm_loadu_si128((const __m128i *)p);
  __m128i v1 = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i v2 = _mm_loadu_si128((const __m128i *)(p + 32));
  __m128i v3 = _mm_loadu_si128((const __m128i *)(p + 48));
#define MASK64(x)                                                            \
  ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v0, x)) |           \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v1, x)) << 16 |     \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v2, x)) << 32 |     \
   (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v3, x)) << 48)
  *tabs = MASK64(tab);
  *nls = MASK64(nl);
#undef MASK64
#else
  uint64_t tm = 0, nm = 0;
  for (int k = 0; k < 64; k++) {
    tm |= (uint64_t)(p[k] == '\t') << k;
    nm |= (uint64_t)(p[k] == '\n') << k;
  }
  *tabs = tm;
  *nls = nm;
#endif
}

/* Does ROW start with DOC[0..dl) (the doc column and its tab of the row
 * before)?  DOC, when DL <= 64, is a zero-padded 64-byte copy and WANT
 * has DL low bits set; ROW may be read 64 bytes on.  Doc columns of 33
 * to 64 bytes (paths with a directory or two) are compared in registers
 * too, as two overlapping 32-byte halves: memcmp, a call per row, was
 * 13.8 M of 292.9 M instructions of `frex stem` on the rows of the 5 MB
 * slice named by a 36-byte path. */
#ifdef __SSE2__
static inline uint32_t SR(eq32)(const char *a, const char *b) {
  __m128i a0 = _mm_loadu_si128((const __m128i *)a);
  __m128i a1 = _mm_loadu_si128((const __m128i *)(a + 16));
  __m128i b0 = _mm_loadu_si128((const __m128i *)b);
  __m128i b1 = _mm_loadu_si128((const __m128i *)(b + 16));
  return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(a0, b0)) |
         (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(a1, b1)) << 16;
}
#endif

static inline bool SR(same_doc)(const char *row, const char *doc, size_t dl,
                            uint32_t want) {
#ifdef __SSE2__
  if (dl <= 32)
    return (SR(eq32)(row, doc) & want) == want;
  if (dl <= 64) /* its first 32 bytes and its last 32 (they overlap) */
    return (SR(eq32)(row, doc) & SR(eq32)(row + dl - 32, doc + dl - 32)) ==
           0xffffffffu;
#endif
  return memcmp(row, doc, dl) == 0;
}

/* Stem the rows of B into B->out.  Rows of one document follow each other
 * and repeat its doc column: a row that starts like the row before it
 * (one comparison of the doc column with its tab) is looked at from its
 * sent column on.  The newline and tabs of the rest are then found in one
 * look at 64 bytes (most rows are shorter); a memchr per row and per
 * column costs more in calls than in bytes on rows of ~50 bytes.  Only
 * the first NCOLS tabs are kept: a row with more is malformed anyway. */
static void SR(stem_block_run)(stem_thread *t, stem_block *b) {
  const char *p = b->in.ptr;
  size_t line = 0, len = b->in.len, lineno = 0;
  frex_buf *out = &b->out;
  out->len = b->held; /* rows of the blocks before, still to be written */
  b->header = false;
  b->other_header = false;
  b->nbad = 0;
  repair_block(b); /* before the rows are read, on both paths */
  if (b->long_row) { /* one malformed line */
    b->bad_line[0] = 1;
    b->bad_at[0] = out->len;
    b->nbad = 1;
    b->rows = 1;
    return;
  }
  /* the doc column and its tab of the last well-formed row: DL bytes at
   * DOC (DOCBUF, zero-padded, when they fit); DL is 0 before one */
  char docbuf[64];
  const char *doc = docbuf;
  size_t dl = 0;
  uint32_t want = 0;
  /* the output as it is written: D, up to OEND; OUT->len is D's offset
   * around the general path */
  bool fast = word_len == 4 && t->cache.slots &&
              frex_buf_grow(out, len + len / 4 + 256) == FREX_OK;
  char *d = out->ptr + out->len, *oend = out->ptr + out->cap;
  (void)oend; /* read by the SSE2 batch path only: the scalar build sets it */
  while (line < len) {
#if defined(__SSE2__) && defined(__x86_64__) &&                              \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* The rows frex tokenize writes, most of them, a batch at a time: rows
     * of the document before (its doc column and tab repeated) that end
     * in the 64 bytes looked at after it, have their 7 tabs and an empty
     * stem column.  The batch is parsed first (tab positions from the
     * masks, the norm's key and hash, the cache slot prefetched), then
     * written: other classes as they are, WORD rows with the stem field
     * from the cache in one 16-byte move, a cache miss through stem_row.
     * The cache is 4 MB probed at random, and in a pipeline the other
     * process takes the CPU's caches every megabyte: without the prefetch,
     * a fifth of frex stem's time was that load.  The general path below
     * is the reference for every row (and the scalar build's only path). */
    if (fast && dl && dl < len - line) {
      enum { BATCH = 16 };
      struct fast_row {
        const char *row;
        size_t n;      /* the newline */
        uint64_t key[2], h;
        size_t nlen;   /* of the norm when cacheable, else 0 */
        bool word;
      } fr[BATCH];
      size_t nb = 0, at = line;
      /* the doc column to compare with, in registers for the batch (as
       * same_doc compares it; loaded from DOC per row, it went through the
       * stack) */
      /* and, for a column of 33 to 64 bytes, its last 32 bytes (at
       * TAIL), compared with the row's bytes at the same place: DOC_EQ2
       * is all ones when both halves match */
      size_t tail = dl > 32 && dl <= 64 ? dl - 32 : 0;
#ifdef __AVX2__
      __m256i docv = _mm256_loadu_si256((const __m256i *)doc);
      __m256i tailv = _mm256_loadu_si256((const __m256i *)(doc + tail));
#define DOC_EQ(row)                                                          \
  (uint32_t) _mm256_movemask_epi8(                                           \
      _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(row)), docv))
#define DOC_EQ2(row)                                                         \
  (uint32_t) _mm256_movemask_epi8(_mm256_and_si256(                          \
      _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(row)), docv),   \
      _mm256_cmpeq_epi8(                                                     \
          _mm256_loadu_si256((const __m256i *)((row) + tail)), tailv)))
#else
      __m128i doc0 = _mm_loadu_si128((const __m128i *)doc);
      __m128i doc1 = _mm_loadu_si128((const __m128i *)(doc + 16));
      __m128i tail0 = _mm_loadu_si128((const __m128i *)(doc + tail));
      __m128i tail1 = _mm_loadu_si128((const __m128i *)(doc + tail + 16));
#define DOC_EQ(row)                                                          \
  ((uint32_t)_mm_movemask_epi8(                                              \
       _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(row)), doc0)) |     \
   (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(                              \
       _mm_loadu_si128((const __m128i *)((row) + 16)), doc1))               \
       << 16)
#define DOC_EQ2(row)                                                         \
  ((uint32_t)_mm_movemask_epi8(_mm_and_si128(                                \
       _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(row)), doc0),       \
       _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)((row) + tail)),     \
                      tail0))) |                                             \
   (uint32_t)_mm_movemask_epi8(_mm_and_si128(                                \
       _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)((row) + 16)), doc1), \
       _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)((row) + tail + 16)), \
                      tail1)))                                               \
       << 16)
#endif
      const uint32_t want_lo = (uint32_t)want;
      while (nb < BATCH && dl < len - at) {
        const char *row = p + at;
        uint64_t tm, nm;
        if (dl <= 32) {
          uint32_t eq = DOC_EQ(row);
          if ((eq & want_lo) != want_lo)
            break;
        } else if (dl <= 64) {
          if (DOC_EQ2(row) != 0xffffffffu)
            break;
        } else if (memcmp(row, doc, dl) != 0) {
          break;
        }
        SR(row_masks)(row + dl, &tm, &nm);
        size_t k = (size_t)__builtin_ctzll(nm | 1ull << 63); /* the newline */
        uint64_t x = tm & ((1ull << k) - 1);
        x &= x - 1; /* tabs 2 and 3 (1 is the doc column's) */
        x &= x - 1;
        size_t t4 = (size_t)__builtin_ctzll(x | 1ull << 63); /* before CLASS */
        x &= x - 1;
        size_t t5 = (size_t)__builtin_ctzll(x | 1ull << 63);
        x &= x - 1;
        size_t t6 = (size_t)__builtin_ctzll(x | 1ull << 63); /* before NORM */
        x &= x - 1;
        /* the tab before STEM is the last and ends the row (an empty stem
         * column): the one bit left, at K - 1 (none when K is 0; K < 64,
         * and X has no bit from K on) */
        uint64_t head8;
        memcpy(&head8, row, 8);
        if (!nm || x << 1 != 1ull << k || head8 == header_word)
          break; /* the general path's row */
        struct fast_row *f = &fr[nb++];
        const char *r = row + dl;
        uint32_t c4;
        memcpy(&c4, r + t4 + 1, 4);
        f->row = row;
        f->n = dl + k;
        f->word = t5 - t4 == 5 && c4 == word_head;
        f->nlen = 0;
        size_t nlen = k - 2 - t6;
        if (f->word && nlen - 1 < KEY_MAX) {
          __m128i kv = _mm_and_si128(
              _mm_loadu_si128((const __m128i *)(r + t6 + 1)),
              _mm_loadu_si128((const __m128i *)(ones + 16 - nlen)));
          uint64_t key[2] = {
              (uint64_t)_mm_cvtsi128_si64(kv),
              (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(kv, kv))};
          f->key[0] = key[0]; /* the hash from registers, not from F */
          f->key[1] = key[1];
          f->h = cache_hash(key, nlen);
          f->nlen = nlen;
          __builtin_prefetch(&t->cache.slots[f->h & CACHE_MASK]);
        }
        at += dl + k + 1;
      }
#undef DOC_EQ
#undef DOC_EQ2
      if (nb) {
        /* room for the batch: its bytes, and per row a stem field (16)
         * and the 32-byte moves' overrun (32) */
        size_t need = at - line + nb * 64 + 64;
        if ((size_t)(oend - d) < need) {
          out->len = (size_t)(d - out->ptr);
          if (frex_buf_grow(out, need)) /* the general path says so */
            goto general;
          d = out->ptr + out->len;
          oend = out->ptr + out->cap;
        }
        size_t i;
        for (i = 0; i < nb; i++) {
          const struct fast_row *f = &fr[i];
          const char *row = f->row;
          size_t n = f->n;
          /* the row's first 64 bytes in two moves (most rows are
           * shorter; the room and the input's slack allow it), then the
           * rest: the newline too, the stem field written over it */
          COPY32(d, row);
          COPY32(d + 32, row + 32);
          for (size_t j = 64; j <= n; j += 32)
            COPY32(d + j, row + j);
          if (!f->word) { /* the row as it is, newline included */
            d += n + 1;
            continue;
          }
          const stem_slot *sl =
              f->nlen ? cache_probe(&t->cache, f->key, f->nlen, f->h) : NULL;
          if (sl && sl->klen) { /* the row to its stem column, the stem */
            _mm_storeu_si128((__m128i *)(d + n),
                             _mm_loadu_si128((const __m128i *)sl->stem));
            d += n + sl->slen;
            *d++ = '\n';
            continue;
          }
          /* a miss: the row's tabs found again (its masks were not
           * kept), and the general path's row code */
          size_t tab[4];
          uint64_t tm, nm;
          SR(row_masks)(row + dl, &tm, &nm);
          mask_tabs(tm & ((1ull << (n - dl)) - 1), dl, 1, tab);
          out->len = (size_t)(d - out->ptr);
          bool ok = stem_row(t->w, &t->cache, row, n, tab, out, &t->norm);
          d = out->ptr + out->len;
          oend = out->ptr + out->cap;
          if (!ok) { /* out of memory: a malformed row, as below */
            b->bad_line[b->nbad] = lineno + i + 1;
            b->bad_at[b->nbad] = out->len;
            if (++b->nbad == MAX_BAD) {
              b->rows = lineno + i + 1;
              return;
            }
          }
          if ((size_t)(oend - d) < need) { /* stem_row wrote past its room */
            out->len = (size_t)(d - out->ptr);
            if (frex_buf_grow(out, need)) {
              /* the rest of the batch again by the general path */
              line = (size_t)(fr[i].row + fr[i].n + 1 - p);
              lineno += i + 1;
              goto general;
            }
            d = out->ptr + out->len;
            oend = out->ptr + out->cap;
          }
        }
        line = at;
        lineno += nb;
        continue;
      }
    }
  general:
    if (line >= len)
      break;
#endif
    const char *row = p + line;
    size_t tabs[4], n;
    bool cols; /* the row has NCOLS columns */
    uint64_t tm, nm;
    size_t at = dl && dl < len - line && SR(same_doc)(row, doc, dl, want) ? dl
                                                                     : 0;
    SR(row_masks)(row + at, &tm, &nm);
    if (fast)
      out->len = (size_t)(d - out->ptr);
    size_t tab0 = 0; /* the first tab, when AT is 0 */
    if (nm) { /* n < at + 64 */
      size_t k = (size_t)__builtin_ctzll(nm);
      n = at + k;
      tm &= (1ull << k) - 1;
      tab0 = (size_t)__builtin_ctzll(tm | 1ull << 63);
      cols = at ? mask_tabs(tm, at, 1, tabs) : mask_tabs(tm, 0, 0, tabs);
    } else { /* a long row (the block ends with a newline) */
      const char *nl = memchr(row + 64, '\n', len - line - 64);
      n = (size_t)(nl - row);
      size_t ntabs = 0;
      at = 0;
      for (size_t a = 0; a < n; a += 64) {
        SR(row_masks)(row + a, &tm, &nm);
        if (n - a < 64)
          tm &= (1ull << (n - a)) - 1;
        for (; tm; tm &= tm - 1, ntabs++) {
          size_t off = a + (size_t)__builtin_ctzll(tm);
          if (!ntabs)
            tab0 = off;
          if (ntabs >= COL_CLASS - 1 && ntabs <= COL_STEM - 1)
            tabs[ntabs - (COL_CLASS - 1)] = off;
        }
      }
      cols = ntabs == NCOLS - 1;
    }
    if (cols && !at) { /* another document (or the first): its column */
      dl = tab0 + 1;
      doc = row;
      want = dl >= 32 ? 0xffffffffu : (1u << dl) - 1;
      if (dl <= 64) {
        memset(docbuf, 0, sizeof docbuf);
        memcpy(docbuf, row, dl);
        doc = docbuf;
      }
    }
    line += n + 1;
    lineno++;
    if (n && row[n - 1] == '\r')
      n--;
    /* a row that starts like a header ("doc\tsent\t": a token row's
     * sent column is a number); ROW may be read 64 bytes on */
    uint64_t head8;
    memcpy(&head8, row, 8);
    if (__builtin_expect(head8 == header_word, 0) && n >= header_mark &&
        memcmp(row, header.ptr, header_mark) == 0) {
      if (lineno == 1 && b->first) {
        b->header = true;
      } else if (n != b->ref.len || memcmp(row, b->ref.ptr, n) != 0) {
        /* another header mid-stream (`cat a.tsv b.tsv`): the same as the
         * first is dropped; another one ends the operand, whose rows from
         * there on may not have these columns */
        b->bad_line[b->nbad] = lineno;
        b->bad_at[b->nbad] = out->len;
        b->nbad++;
        b->other_header = true;
        break;
      }
    } else if (!cols || !stem_row(t->w, &t->cache, row, n, tabs, out,
                                  &t->norm)) {
      b->bad_line[b->nbad] = lineno;
      b->bad_at[b->nbad] = out->len;
      if (++b->nbad == MAX_BAD) {
        if (fast)
          d = out->ptr + out->len;
        break;
      }
    }
    if (fast) {
      d = out->ptr + out->len;
      oend = out->ptr + out->cap;
    }
  }
  if (fast)
    out->len = (size_t)(d - out->ptr);
  b->rows = lineno;
}
