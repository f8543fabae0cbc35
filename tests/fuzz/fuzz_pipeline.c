/*
 * fuzz_pipeline.c — libFuzzer target over the whole pipeline: the input
 * boundary (encoding detection and repair), tokenizer, normalizer, stemmer,
 * every extractor and the TSV/JSONL writers, on arbitrary bytes.
 *
 * The first byte picks options:
 *   bit 0     configuration: none, or DCT 2021-07-14 and --prefer future
 *   bit 1     cut the document in two segments (FREX_SEG_CONTINUE), as
 *             the CLI does for documents larger than its segment size
 *   bits 2-5  where to cut, in 16ths of the document; without a cut, bit 2
 *             asks for entities only (FREX_SEG_ENTITIES_ONLY, frex extract)
 *   bit 6     rows as JSON Lines, else TSV
 *   bit 7     tokens only (frex tokenize), else entities too
 * Invariants checked (abort() on failure): offsets inside the segment,
 * tokens non-empty and in order, sentence numbers from 1 and never
 * decreasing (also across segments), entities sorted with non-empty values
 * for AMOUNT and DATE, and each TSV row has the right number of fields on
 * one line, each JSONL row is one line without raw control bytes, the
 * fast TSV token writer (frex_token_writer) gives the bytes of
 * frex_write_token (the column table's rows), row for row, and the public
 * frex_writer gives those bytes too, for token and entity rows; the HTML
 * page of the entities (issue 16), read back by a reader of its own
 * (check_page), is well formed (tags balanced and closed, no raw < > &
 * from the text, no character HTML forbids), its text is the document's
 * (as frex.h "HTML" says it shows) and its first marks are the rows at
 * their places.  The same bytes also go through frex_reader in small
 * segments (16 to 271 bytes, from the first byte): every segment is valid
 * UTF-8, follows the last one (base offsets), the first carries no
 * FREX_SEG_CONTINUE, and valid UTF-8 (without C1 controls) read as UTF-8
 * comes out whole, nothing replaced (a cut inside a character would show).
 * tests/fuzz/replay.c replays saved inputs without clang.
 */
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "buf.h"
#include "frex.h"
#include "input.h"
#include "tsv.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static frex_pipeline *pipes[2];
static frex_worker *workers[2];
static frex_buf row = FREX_BUF_INIT;
static frex_buf rows_slow = FREX_BUF_INIT, rows_fast = FREX_BUF_INIT;
static frex_buf ents_slow = FREX_BUF_INIT, by_writer = FREX_BUF_INIT;
static frex_buf page = FREX_BUF_INIT, vis_want = FREX_BUF_INIT;
static frex_buf vis_got = FREX_BUF_INIT;

static int to_buf(void *ctx, const char *data, size_t len) {
  return frex_buf_put(ctx, data, len);
}

/* The bytes frex_writer writes for one segment's rows of kind ROWS. */
static void writer_rows(frex_worker *w, frex_format fmt, frex_rows rows,
                        const char *text, size_t len,
                        const frex_tokens *toks,
                        const frex_entities *ents) {
  frex_writer_options o = {fmt, rows, true, true, NULL, to_buf, &by_writer,
                           100};
  frex_writer *wr;
  frex_buf_clear(&by_writer);
  if (frex_writer_new(&wr, &o) || frex_writer_begin(wr) ||
      frex_writer_doc_begin(wr, rows == FREX_ROWS_TOKENS ? "doc\tid" : "doc") ||
      frex_writer_segment(wr, w, text, len, rows == FREX_ROWS_TOKENS ? 7 : 0,
                          toks, ents) ||
      frex_writer_doc_end(wr) || frex_writer_end(wr))
    abort();
  frex_writer_free(wr);
}

static bool same(const frex_buf *a, const frex_buf *b) {
  return a->len == b->len && (!a->len || memcmp(a->ptr, b->ptr, a->len) == 0);
}

static void setup(void) {
  for (int k = 0; k < 2; k++) {
    frex_config cfg = {0, k == 1, {2021, 7, k == 1 ? 14 : 0}, "dict", NULL,
                       0, NULL, NULL};
    char err[256];
    if (frex_pipeline_new(&pipes[k], &cfg, err, sizeof err) ||
        frex_worker_new(&workers[k], pipes[k]))
      abort();
  }
}

/* One row in ROW: TSV with TABS tab characters and a final newline, or a
 * JSON object on one line. */
static void check_row(frex_format fmt, size_t tabs) {
  if (row.len == 0 || row.ptr[row.len - 1] != '\n')
    abort();
  size_t nt = 0;
  for (size_t i = 0; i + 1 < row.len; i++) {
    unsigned char c = (unsigned char)row.ptr[i];
    if (c == '\n' || c == '\r' || (fmt == FREX_FMT_JSONL && c < 0x20))
      abort();
    nt += c == '\t';
  }
  if (fmt == FREX_FMT_TSV && nt != tabs)
    abort();
  if (fmt == FREX_FMT_JSONL && (row.ptr[0] != '{' || row.len < 3 ||
                                row.ptr[row.len - 2] != '}'))
    abort();
}

/* ------------------------------------------------------------ HTML */

/* What frex.h "HTML" says the page shows of code point C (from a valid
 * UTF-8 text): U+FFFD for what HTML forbids, else C itself (CR apart). */
static UChar32 shown(UChar32 c) {
  bool bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') ||
             (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) ||
             (c & 0xfffe) == 0xfffe;
  return bad ? 0xfffd : c;
}

static void put_cp(frex_buf *b, UChar32 c) {
  char u[4];
  int32_t k = 0;
  U8_APPEND_UNSAFE(u, k, c);
  if (frex_buf_put(b, u, (size_t)k))
    abort();
}

/* The visible text of TEXT into vis_want, and in OFFS[i] the number of
 * code points of it that bytes [0, i) make. */
static void visible_text(const char *text, size_t len, size_t *offs) {
  frex_buf_clear(&vis_want);
  size_t n = 0;
  bool after_cr = false;
  offs[0] = 0;
  for (int32_t i = 0; i < (int32_t)len;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(text, i, (int32_t)len, c);
    if (!(c == '\n' && after_cr)) {
      put_cp(&vis_want, c == '\r' ? '\n' : shown(c));
      n++;
    }
    after_cr = c == '\r';
    for (int32_t k = at + 1; k <= i; k++)
      offs[k] = n;
  }
}

/* The value of attribute NAME in the start tag TAG[0..n), or NULL. */
static const char *attr(const char *tag, size_t n, const char *name,
                        size_t *vlen) {
  size_t nl = strlen(name);
  for (size_t i = 0; i + nl + 3 < n; i++)
    if (tag[i] == ' ' && memcmp(tag + i + 1, name, nl) == 0 &&
        tag[i + 1 + nl] == '=' && tag[i + 2 + nl] == '"') {
      const char *v = tag + i + 3 + nl;
      *vlen = (size_t)((const char *)memchr(v, '"', n - (size_t)(v - tag)) - v);
      return v;
    }
  return NULL;
}

static size_t num_attr(const char *tag, size_t n, const char *name) {
  size_t vl;
  const char *v = attr(tag, n, name, &vl);
  if (!v || !vl)
    abort();
  size_t x = 0;
  for (size_t i = 0; i < vl; i++) {
    if (v[i] < '0' || v[i] > '9')
      abort();
    x = x * 10 + (size_t)(v[i] - '0');
  }
  return x;
}

/* A row (start, end, type letter) or a mark that shows part of one, over
 * visible text [from, to). */
typedef struct pair {
  size_t start, end, from, to;
  char type;
} pair;

static int by_pair(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  return x->from < y->from ? -1 : x->from > y->from;
}

/* The second letter of a type names it: AMOUNT DATE COMPANY AGENCY. */
static char type_letter(const char *tag, size_t n) {
  size_t vl;
  const char *v = attr(tag, n, "data-type", &vl);
  if (!v || vl < 2)
    abort();
  return v[1];
}

/* Every row's marks cover its span once: PIECES (sorted) of rows WANT
 * (sorted; offsets in bytes, OFFS maps them to the visible text). */
static void check_pieces(const pair *want, size_t nw, const pair *pieces,
                         size_t np, const size_t *offs) {
  size_t j = 0;
  for (size_t i = 0; i < nw;) {
    size_t k = i; /* rows with the same span and type share their marks */
    while (k < nw && by_pair(&want[i], &want[k]) == 0)
      k++;
    size_t from = offs[want[i].start], to = offs[want[i].end], covered = 0;
    for (; j < np && pieces[j].start == want[i].start &&
           pieces[j].end == want[i].end && pieces[j].type == want[i].type;
         j++) {
      if (pieces[j].from < from || pieces[j].to > to)
        abort(); /* a piece outside its row's span */
      covered += pieces[j].to - pieces[j].from;
    }
    if (covered != (k - i) * (to - from))
      abort(); /* part of the span not marked */
    i = k;
  }
  if (j != np)
    abort(); /* marks of no row */
}

/* Read the page back: UTF-8 without what HTML forbids; tags well formed,
 * balanced and all closed; text with no raw < > and only the references
 * frex writes; the text of div.text (references decoded) equal to
 * vis_want; a first mark (no class cont) per entity, at its place. */
static void check_page(const frex_entities *ents, const size_t *offs,
                       size_t len) {
  const char *p = page.ptr;
  size_t n = page.len;
  for (int32_t i = 0; i < (int32_t)n;) {
    UChar32 c;
    U8_NEXT(p, i, (int32_t)n, c);
    if (c < 0 || c == '\r' || shown(c) != c)
      abort();
  }
  const char *stack[16];
  size_t depth = 0, text_depth = 0, vis = 0, nfirst = 0, npieces = 0;
  size_t ne = frex_entities_count(ents), maxpieces = 4 * ne + 16;
  pair *want = malloc((ne + 1) * sizeof *want);
  pair *got = malloc((ne + 1) * sizeof *got);
  pair *pieces = malloc(maxpieces * sizeof *pieces);
  pair opened[16]; /* the marks open, by depth */
  if (!want || !got || !pieces)
    abort();
  frex_buf_clear(&vis_got);
  for (size_t i = 0; i < n;) {
    if (p[i] == '>')
      abort(); /* raw > in text */
    if (p[i] == '&') {
      static const char *const refs[] = {"&lt;", "&gt;", "&amp;", "&quot;",
                                         "&#10;"};
      static const char outs[] = "<>&\"\n";
      size_t k = 0;
      while (k < 5 && strncmp(p + i, refs[k], strlen(refs[k])) != 0)
        k++;
      if (k == 5)
        abort();
      if (text_depth && frex_buf_putc(&vis_got, outs[k]))
        abort();
      vis += text_depth != 0;
      i += strlen(refs[k]);
      continue;
    }
    if (p[i] != '<') {
      if (text_depth && frex_buf_putc(&vis_got, p[i]))
        abort();
      vis += text_depth && ((unsigned char)p[i] & 0xC0) != 0x80;
      i++;
      continue;
    }
    const char *gt = memchr(p + i, '>', n - i);
    if (!gt)
      abort();
    const char *tag = p + i;
    size_t tl = (size_t)(gt - tag) + 1;
    for (size_t k = 1; k + 1 < tl; k++)
      if (tag[k] == '<')
        abort(); /* raw < inside a tag or an attribute */
    i += tl;
    if (tag[1] == '!') {
      if (tag != p || strncmp(tag, "<!DOCTYPE html>", tl) != 0)
        abort();
      continue;
    }
    bool end = tag[1] == '/';
    const char *name = tag + 1 + end;
    size_t nl = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789");
    if (!nl || (name[nl] != '>' && name[nl] != ' ') || (end && name[nl] != '>'))
      abort();
    if (end) {
      if (!depth || strncmp(stack[depth - 1], name, nl) != 0 ||
          strspn(stack[depth - 1], "abcdefghijklmnopqrstuvwxyz0123456789") !=
              nl)
        abort(); /* misnested or never opened */
      if (nl == 4 && memcmp(name, "mark", 4) == 0) {
        if (npieces == maxpieces)
          abort();
        pieces[npieces] = opened[depth - 1];
        pieces[npieces++].to = vis;
      }
      if (--depth < text_depth)
        text_depth = 0;
      continue;
    }
    if (nl == 4 && memcmp(name, "meta", 4) == 0)
      continue; /* void */
    if (depth == 16)
      abort();
    stack[depth++] = name;
    if (nl == 5 && memcmp(name, "style", 5) == 0) { /* CSS: to its end */
      const char *e = strstr(p + i, "</style>");
      if (!e)
        abort();
      i = (size_t)(e - p);
    } else if (nl == 3 && strncmp(tag, "<div class=\"text\"", 17) == 0) {
      text_depth = depth;
    } else if (nl == 4 && memcmp(name, "mark", 4) == 0) {
      size_t vl;
      const char *cls = attr(tag, tl, "class", &vl);
      if (!text_depth)
        abort(); /* a mark outside the text */
      opened[depth - 1] =
          (pair){num_attr(tag, tl, "data-start"), num_attr(tag, tl, "data-end"),
                 vis, 0, type_letter(tag, tl)};
      if (cls)
        continue; /* a piece that continues a row */
      if (nfirst == ne)
        abort(); /* more first marks than rows */
      got[nfirst] = opened[depth - 1];
      got[nfirst].from = 0; /* compared with a row by (start, end, type) */
      if (got[nfirst].end > len || got[nfirst].start > got[nfirst].end ||
          offs[got[nfirst].start] != vis)
        abort(); /* not where its row starts */
      nfirst++;
    }
  }
  if (depth || nfirst != ne || vis_got.len != vis_want.len ||
      (vis_got.len && memcmp(vis_got.ptr, vis_want.ptr, vis_got.len) != 0))
    abort();
  for (size_t k = 0; k < ne; k++) {
    const frex_entity *e = frex_entities_get(ents, k);
    want[k] = (pair){e->start, e->end, 0, 0, frex_entity_type_name(e->type)[1]};
  }
  qsort(want, ne, sizeof *want, by_pair);
  qsort(got, ne, sizeof *got, by_pair);
  for (size_t k = 0; k < ne; k++)
    if (by_pair(&want[k], &got[k]) != 0)
      abort();
  qsort(pieces, npieces, sizeof *pieces, by_pair);
  check_pieces(want, ne, pieces, npieces, offs);
  free(want);
  free(got);
  free(pieces);
}

/* The HTML page of one document, this segment, and its check. */
static void html_page(const char *text, size_t len, const frex_entities *ents) {
  frex_writer_options o = {FREX_FMT_HTML, FREX_ROWS_ENTITIES, false, false,
                           NULL, to_buf, &page, 100};
  frex_writer *wr;
  frex_buf_clear(&page);
  if (frex_writer_new(&wr, &o) || frex_writer_begin(wr) ||
      frex_writer_doc_begin(wr, "doc <&\"\r\n>") ||
      frex_writer_segment(wr, NULL, text, len, 0, NULL, ents) ||
      frex_writer_doc_end(wr) || frex_writer_end(wr))
    abort();
  frex_writer_free(wr);
  size_t *offs = malloc((len + 1) * sizeof *offs);
  if (!offs)
    abort();
  visible_text(text, len, offs);
  check_page(ents, offs, len);
  free(offs);
}

/* Run one segment and check what came back; *SENT is the last sentence
 * number seen so far in the document. */
static void segment(frex_worker *w, const char *text, size_t len,
                    unsigned flags, frex_format fmt, uint32_t *sent) {
  const frex_tokens *toks;
  const frex_entities *ents;
  if (frex_worker_segment(w, text, len, flags, &toks, &ents) != 0)
    return;
  size_t prev = 0;
  frex_token_writer tw;
  frex_buf_clear(&rows_slow);
  frex_buf_clear(&rows_fast);
  frex_token_writer_init(&tw, &rows_fast, "doc\tid", text,
                         toks->n ? toks->v[toks->n - 1].end : 0, 7);
  for (size_t i = 0; i < toks->n; i++) {
    const frex_token *t = &toks->v[i];
    if (t->start >= t->end || t->end > len || t->start < prev)
      abort();
    if (t->sent < 1 || t->sent < *sent)
      abort();
    *sent = t->sent;
    prev = t->end;
    const char *norm, *stem = NULL;
    size_t nl, sl = 0;
    if (frex_worker_norm(w, text + t->start, t->end - t->start, &norm,
                         &nl) != 0)
      continue;
    if (t->cls == FREX_TOK_WORD &&
        frex_worker_stem(w, norm, nl, &stem, &sl) != 0)
      stem = NULL;
    frex_buf_clear(&row);
    if (frex_write_token(&row, fmt, "doc\tid", text, 7, t, norm, nl, stem,
                         sl) == 0)
      check_row(fmt, 7);
    if (frex_buf_put(&rows_slow, row.ptr, row.len) ||
        (fmt == FREX_FMT_TSV &&
         frex_token_writer_row(&tw, t, norm, nl, stem, sl)))
      abort(); /* out of memory on small inputs: not expected */
  }
  if (fmt == FREX_FMT_TSV && !same(&rows_slow, &rows_fast))
    abort();
  writer_rows(w, fmt, FREX_ROWS_TOKENS, text, len, toks, ents);
  if (!same(&rows_slow, &by_writer))
    abort();
  size_t last = 0;
  frex_buf_clear(&ents_slow);
  for (size_t i = 0; i < frex_entities_count(ents); i++) {
    const frex_entity *e = frex_entities_get(ents, i);
    if (e->start >= e->end || e->end > len || e->start < last)
      abort();
    last = e->start;
    if ((e->type == FREX_ENT_AMOUNT || e->type == FREX_ENT_DATE) &&
        !e->value[0])
      abort();
    frex_buf_clear(&row);
    if (frex_write_entity(&row, fmt, "doc", text, 0, e) == 0)
      check_row(fmt, 6);
    if (frex_buf_put(&ents_slow, row.ptr, row.len))
      abort();
  }
  writer_rows(w, fmt, FREX_ROWS_ENTITIES, text, len, toks, ents);
  if (!same(&ents_slow, &by_writer))
    abort();
  html_page(text, len, ents);
}

/* A cut point at about FRAC/16 of TEXT, moved back to a character start
 * (the CLI cuts at ASCII bytes or character boundaries). */
static size_t cut_at(const char *text, size_t len, unsigned frac) {
  size_t cut = len / 16 * frac;
  while (cut > 0 && cut < len && ((unsigned char)text[cut] & 0xC0) == 0x80)
    cut--;
  return cut;
}

/* A control the input boundary replaces (src/input.c is_stray_control):
 * C0 but TAB..CR, SUB and ESC, and DEL; and the C1 controls, which it
 * reads as windows-1252 (src/input.c c1_text): text then not whole. */
static bool stray_control(UChar32 c) {
  return (c < 0x20 && (c < 0x09 || c > 0x0D) && c != 0x1A && c != 0x1B) ||
         c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

/* The reader's segments of DATA[0..n) (copied: it repairs in place). */
static void reader_segments(const unsigned char *data, size_t n,
                            unsigned opt) {
  frex_reader_options ro = {FREX_ENC_AUTO, 16 + opt, NULL, NULL, NULL, NULL};
  frex_reader *r;
  char *copy = malloc(n + 1);
  if (!copy || frex_reader_new(&r, &ro)) {
    free(copy);
    return;
  }
  memcpy(copy, data, n);
  bool valid = true; /* DATA is UTF-8 without NUL or stray control */
  for (int32_t i = 0; i < (int32_t)n && valid;) {
    UChar32 c;
    U8_NEXT(data, i, (int32_t)n, c);
    valid = c > 0 && !stray_control(c);
  }
  frex_reader_open_mem(r, copy, n, "fuzz", 0);
  frex_segment seg;
  size_t next = 0, count = 0;
  int got;
  frex_buf_clear(&row);
  while ((got = frex_reader_next(r, &seg)) > 0) {
    if (seg.base != next || (count == 0) != !(seg.flags & FREX_SEG_CONTINUE))
      abort();
    if (frex_buf_put(&row, seg.text, seg.len))
      abort();
    for (int32_t i = 0; i < (int32_t)seg.len;) {
      UChar32 c;
      U8_NEXT(seg.text, i, (int32_t)seg.len, c);
      if (c <= 0 || stray_control(c))
        abort();
    }
    next += seg.len;
    count++;
  }
  const frex_input_stats *st = frex_reader_stats(r);
  if (got < 0 || (count == 0 && !st->binary))
    abort();
  if (valid && !st->binary && st->encoding == FREX_ENC_UTF8 &&
      (st->invalid || row.len != n || (n && memcmp(row.ptr, data, n) != 0)))
    abort();
  frex_reader_free(r);
  free(copy);
}

/* frex_utf8_repair (frex stem's rows) on DATA[0..n): the same length,
 * valid UTF-8 without NUL or stray C0 control or DEL after it (a C1
 * control is valid UTF-8, kept: in place it has no windows-1252 reading), each byte changed
 * counted, and each first offset on a changed byte. */
static void check_repair(const unsigned char *data, size_t n) {
  char *s = malloc(n ? n : 1);
  if (!s)
    return;
  memcpy(s, data, n);
  frex_repair_stats rs;
  memset(&rs, 0, sizeof rs);
  frex_utf8_repair(s, n, 0, &rs);
  size_t changed = 0;
  for (size_t i = 0; i < n; i++)
    changed += (unsigned char)s[i] != data[i];
  if (changed != rs.invalid + rs.nuls + rs.controls)
    abort();
  if ((rs.invalid && (rs.first_invalid >= n || s[rs.first_invalid] != 0x1a)) ||
      (rs.nuls && (rs.first_nul >= n || data[rs.first_nul] != 0)) ||
      (rs.controls && (rs.first_control >= n || s[rs.first_control] != 0x1a)))
    abort();
  for (int32_t i = 0; i < (int32_t)n;) {
    UChar32 c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (c <= 0 || (stray_control(c) && c < 0x80)) /* C1 kept: valid */
      abort();
  }
  free(s);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (!pipes[0])
    setup();
  if (size == 0)
    return 0;
  unsigned opt = data[0];
  frex_worker *w = workers[opt & 1];
  unsigned only = opt & 0x80 ? FREX_SEG_TOKENS_ONLY : 0;
  frex_format fmt = opt & 0x40 ? FREX_FMT_JSONL : FREX_FMT_TSV;
  char *copy = malloc(size);
  if (!copy)
    return 0;
  memcpy(copy, data + 1, size - 1);
  size_t n = size - 1;
  check_repair(data + 1, n);
  frex_input_kind kind; /* binary or not, the bytes are decoded anyway */
  frex_encoding enc =
      frex_input_detect(copy, n, true, FREX_ENC_AUTO, false, &kind);
  frex_buf trans = FREX_BUF_INIT;
  const char *text;
  size_t len;
  frex_decode_stats st;
  memset(&st, 0, sizeof st);
  if (frex_input_decode(enc, copy, n, 0, &trans, &text, &len, &st) == 0) {
    /* the boundary's promise: what comes out is valid UTF-8 */
    for (int32_t i = 0; i < (int32_t)len;) {
      UChar32 c;
      U8_NEXT(text, i, (int32_t)len, c);
      if (c <= 0)
        abort();
      /* and holds no stray control (replaced) */
      if (stray_control(c))
        abort();
    }
    if (st.invalid && st.first_invalid >= n)
      abort();
    if (st.controls && st.first_control >= n)
      abort();
    uint32_t sent = 0;
    if (opt & 2) {
      size_t cut = cut_at(text, len, (opt >> 2) & 15);
      segment(w, text, cut, only, fmt, &sent);
      segment(w, text + cut, len - cut, FREX_SEG_CONTINUE | only, fmt, &sent);
    } else {
      unsigned ents_only = !only && (opt & 4) ? FREX_SEG_ENTITIES_ONLY : 0;
      segment(w, text, len, only | ents_only, fmt, &sent);
    }
  }
  frex_buf_free(&trans);
  free(copy);
  reader_segments(data + 1, size - 1, opt);
  return 0;
}
