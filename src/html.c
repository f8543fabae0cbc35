/*
 * html.c — the HTML format of frex_writer (issue 16; frex.h "HTML"): one
 * self-contained HTML5 page, inline CSS and no script, that shows each
 * document's text with its entity rows as <mark> elements coloured by
 * type, for people checking what frex found (as displaCy and brat do).
 *
 * Invariants: the marks are the rows TSV writes from the same segment
 * call (one mark without class "cont" per row, its data- attributes named
 * by the column table); the textContent of a document's div.text is its
 * text, with CR LF and CR as LF and the characters HTML forbids as U+FFFD
 * (put_escaped); elements nest properly whatever the overlaps; memory is
 * bounded by the segment, as the text is written as it comes.
 */
#include <stdlib.h>
#include <string.h>

#include "tsv.h"
#include "writer.h"

/* The entity types in legend, summary and contents order, with their
 * colours: the one table the CSS, the legend and the counts come from. */
static const struct {
  frex_entity_type type;
  const char *colour;
} kinds[] = {{FREX_ENT_AMOUNT, "#fde68a"},
             {FREX_ENT_DATE, "#bfdbfe"},
             {FREX_ENT_COMPANY, "#bbf7d0"},
             {FREX_ENT_AGENCY, "#fbcfe8"}};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* Modes of put_escaped: text, a double-quoted attribute value, text on
 * one line (LF as &#10;). */
enum { ESC_TEXT = 1, ESC_ATTR = 2, ESC_LF = 4 };

/* The columns of an entity row that a mark carries as data- attributes,
 * in table order; the doc column is the section's data-doc, the text
 * column the mark's content. */
static const unsigned mark_columns[] = {FREX_ENTCOL_START, FREX_ENTCOL_END,
                                        FREX_ENTCOL_TYPE, FREX_ENTCOL_VALUE,
                                        FREX_ENTCOL_UNIT};

/* Bytes of text escaped per call between spills of the writer's buffer. */
#define CHUNK (64u << 10)

/* An entity of the segment being written: its index, span, rank in
 * html_segment's order, and whether its next mark continues it (cont). */
typedef struct span {
  size_t i, start, end, rank;
  bool cont;
} span;

typedef struct html_state {
  unsigned char plain[256]; /* bit ESC_x: copied as is in put_escaped's
                               mode ESC_x */
  bool after_cr;            /* the text written last ended with CR */
  unsigned long long counts[NKINDS]; /* the document's rows per type */
  span *order, *stack, *pending;     /* html_segment's scratch */
  size_t cap;
  frex_buf entry; /* html_doc_end's */
} html_state;

static html_state *state_of(frex_writer *w) {
  if (w->state)
    return w->state;
  html_state *h = calloc(1, sizeof *h);
  if (!h)
    return NULL;
  for (int c = 0x20; c < 0x7f; c++)
    if (c != '<' && c != '>' && c != '&')
      h->plain[c] = c == '"' ? ESC_TEXT | ESC_LF : ESC_TEXT | ESC_ATTR | ESC_LF;
  h->plain['\t'] = h->plain['\f'] = ESC_TEXT | ESC_ATTR | ESC_LF;
  h->plain['\n'] = ESC_TEXT | ESC_ATTR;
  w->state = h;
  return h;
}

static void html_free(frex_writer *w) {
  html_state *h = w->state;
  if (!h)
    return;
  free(h->order);
  free(h->stack);
  free(h->pending);
  frex_buf_free(&h->entry);
  free(h);
  w->state = NULL;
}

/* ------------------------------------------------------------ escaping */

/* Length of the UTF-8 sequence at u[i] (i < n) when it is a character
 * HTML allows in a document, else 0; *BAD is then the bytes that stand
 * for one U+FFFD: a whole forbidden character (a C1 control, a
 * noncharacter), or one byte of a sequence that is not UTF-8. */
static size_t allowed_char(const unsigned char *u, size_t n, size_t i,
                           size_t *bad) {
  unsigned char c = u[i];
  size_t len = frex_utf8_seq(u, n, i);
  *bad = 1;
  if (!len)
    return 0; /* not UTF-8: one U+FFFD per byte */
  unsigned char d = u[i + 1];
  bool forbidden;
  if (len == 2) {
    forbidden = c == 0xC2 && d < 0xA0; /* U+0080..U+009F */
  } else if (len == 3) {               /* U+FDD0..U+FDEF, U+FFFE, U+FFFF */
    forbidden =
        c == 0xEF && ((d == 0xB7 && u[i + 2] >= 0x90 && u[i + 2] <= 0xAF) ||
                      (d == 0xBF && u[i + 2] >= 0xBE));
  } else { /* U+xFFFE, U+xFFFF */
    forbidden = (d & 0x0F) == 0x0F && u[i + 2] == 0xBF && u[i + 3] >= 0xBE;
  }
  if (forbidden) {
    *bad = len;
    return 0;
  }
  return len;
}

/* Append S[0..n) escaped for MODE: & < > (and " in attributes) as
 * references; CR LF and CR as LF, as an HTML parser reads them, so that
 * a CR is never left for the parser to join with an LF across a tag;
 * U+FFFD for each character HTML does not allow in a document (controls
 * other than TAB LF FF CR, noncharacters; U+001A, the reader's mark of an
 * invalid byte, is one) and for each byte that is not UTF-8.  *AFTER_CR
 * carries a CR that ends S to the next call, whose LF it then drops. */
static int put_escaped(frex_buf *b, const unsigned char *plain, const char *s,
                       size_t n, int mode, bool *after_cr) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned char bit = (unsigned char)mode;
  size_t i = 0, run = 0;
  if (!n)
    return FREX_OK;
  if (*after_cr && u[0] == '\n')
    i = run = 1;
  *after_cr = false;
  while (i < n) {
    unsigned char c = u[i];
    if (plain[c] & bit) {
      i++;
      continue;
    }
    const char *rep = "\xEF\xBF\xBD"; /* U+FFFD */
    size_t len = 1;
    if (c >= 0x80) {
      size_t k = allowed_char(u, n, i, &len);
      if (k) {
        i += k;
        continue;
      }
    } else {
      switch (c) {
      case '<':
        rep = "&lt;";
        break;
      case '>':
        rep = "&gt;";
        break;
      case '&':
        rep = "&amp;";
        break;
      case '"':
        rep = "&quot;";
        break;
      case '\n': /* in mode ESC_LF */
        rep = "&#10;";
        break;
      case '\r':
        rep = mode & ESC_LF ? "&#10;" : "\n";
        if (i + 1 < n && u[i + 1] == '\n')
          len = 2;
        else if (i + 1 == n)
          *after_cr = true;
        break;
      default:
        break; /* a control character */
      }
    }
    if (frex_buf_put(b, s + run, i - run) || frex_buf_puts(b, rep))
      return FREX_E_NOMEM;
    i += len;
    run = i;
  }
  return frex_buf_put(b, s + run, n - run);
}

static int put_attr(frex_writer *w, const char *s, size_t n) {
  html_state *h = w->state;
  bool cr = false;
  return put_escaped(&w->buf, h->plain, s, n, ESC_ATTR, &cr);
}

/* ------------------------------------------------------------ page */

static int html_begin(frex_writer *w) {
  html_state *h = state_of(w);
  if (!h)
    return FREX_E_NOMEM;
  frex_buf *b = &w->buf;
  int rc = frex_buf_puts(
      b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"frex " FREX_VERSION "\">\n"
         "<title>frex: entities</title>\n<style>\n"
         /* the contents and the counts are written after what they sum
          * up (the page is written as it is read) and shown before it */
         "body{font:16px/1.55 system-ui,sans-serif;max-width:52em;"
         "margin:0 auto;padding:1em;display:flex;flex-direction:column;"
         "color:#111;background:#fff}\n"
         "header{order:-2}nav{order:-1}\n"
         "section{display:flex;flex-direction:column;"
         "border-top:1px solid #ccc;margin-top:1.5em}\n"
         "section h2{order:-2;font-size:1.1em;overflow-wrap:anywhere}"
         "section table{order:-1;align-self:flex-start}\n"
         ".text{white-space:pre-wrap;overflow-wrap:break-word}\n"
         "mark{color:inherit;border-radius:3px;padding:0 1px;"
         "-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
         "mark mark{border-bottom:2px solid #333}"
         "mark.cont{border-left:1px dotted #333}\n"
         ".key{padding:0 .4em;border-radius:3px}\n"
         "table{border-collapse:collapse;margin:.3em 0}"
         "th,td{border:1px solid #ccc;padding:0 .6em;text-align:right}\n"
         "nav ol{padding-left:2em}nav li{overflow-wrap:anywhere}\n");
  for (size_t k = 0; k < NKINDS && !rc; k++) {
    rc |= frex_buf_puts(b, "[data-type=");
    rc |= frex_buf_puts(b, frex_entity_type_name(kinds[k].type));
    rc |= frex_buf_puts(b, "]{background:");
    rc |= frex_buf_puts(b, kinds[k].colour);
    rc |= frex_buf_puts(b, "}\n");
  }
  rc |= frex_buf_puts(b, "</style>\n</head>\n<body>\n<header>\n"
                         "<h1>Entities found by frex</h1>\n"
                         "<p class=\"legend\">");
  for (size_t k = 0; k < NKINDS && !rc; k++) {
    const char *name = frex_entity_type_name(kinds[k].type);
    rc |= frex_buf_puts(b, "<span class=\"key\" data-type=\"");
    rc |= frex_buf_puts(b, name);
    rc |= frex_buf_puts(b, "\">");
    rc |= frex_buf_puts(b, name);
    rc |= frex_buf_puts(b, "</span> ");
  }
  rc |= frex_buf_puts(
      b, "\xE2\x80\x94 hover over a mark for its normalized value, unit or "
         "Wikidata id.  Marks inside marks are overlapping entities; a "
         "dotted left edge continues a mark that another one cut.</p>\n"
         "</header>\n<main>\n");
  return rc ? FREX_E_NOMEM : frex_writer_spill(w);
}

static int html_doc_begin(frex_writer *w) {
  html_state *h = state_of(w);
  if (!h)
    return FREX_E_NOMEM;
  h->after_cr = false;
  memset(h->counts, 0, sizeof h->counts);
  frex_buf *b = &w->buf;
  const char *id = w->doc.ptr;
  int rc = frex_buf_puts(b, "<section id=\"d");
  rc |= frex_buf_putu(b, w->docno);
  rc |= frex_buf_puts(b, "\" data-");
  rc |= frex_buf_puts(b, frex_column_name(FREX_ROWS_ENTITIES, FREX_ENTCOL_DOC));
  rc |= frex_buf_puts(b, "=\"");
  rc |= put_attr(w, id, w->doc.len);
  rc |= frex_buf_puts(b, "\">\n<h2>");
  bool cr = false;
  rc |= put_escaped(b, h->plain, id, w->doc.len, ESC_TEXT, &cr);
  rc |= frex_buf_puts(b, "</h2>\n<div class=\"text\" lang=\"fr\">");
  return rc ? FREX_E_NOMEM : frex_writer_spill(w);
}

/* The mark that opens entity E: the first, or a piece that continues it
 * after a crossing span closed (CONT). */
static int open_mark(frex_writer *w, size_t base, const frex_entity *e,
                     bool cont) {
  frex_buf *b = &w->buf;
  const char *type = frex_entity_type_name(e->type);
  int rc = frex_buf_puts(b, "<mark");
  for (size_t k = 0; k < sizeof mark_columns / sizeof mark_columns[0]; k++) {
    unsigned col = mark_columns[k];
    rc |= frex_buf_puts(b, " data-");
    rc |= frex_buf_puts(b, frex_column_name(FREX_ROWS_ENTITIES, col));
    rc |= frex_buf_puts(b, "=\"");
    switch (col) {
    case FREX_ENTCOL_START:
      rc |= frex_buf_putu(b, base + e->start);
      break;
    case FREX_ENTCOL_END:
      rc |= frex_buf_putu(b, base + e->end);
      break;
    case FREX_ENTCOL_TYPE:
      rc |= frex_buf_puts(b, type);
      break;
    case FREX_ENTCOL_VALUE:
      rc |= put_attr(w, e->value, strlen(e->value));
      break;
    default:
      rc |= put_attr(w, e->unit, strlen(e->unit));
      break;
    }
    rc |= frex_buf_putc(b, '"');
  }
  /* the hover text: "AMOUNT: 10000000000 USD", "COMPANY: Amazon
   * (Wikidata Q3884)" */
  rc |= frex_buf_puts(b, " title=\"");
  rc |= frex_buf_puts(b, type);
  rc |= frex_buf_puts(b, ": ");
  rc |= put_attr(w, e->value, strlen(e->value));
  if (e->unit[0]) {
    bool qid = e->unit[0] == 'Q' && e->unit[1] &&
               strspn(e->unit + 1, "0123456789") == strlen(e->unit + 1);
    rc |= frex_buf_puts(b, e->type == FREX_ENT_AMOUNT ? " " : " (");
    if (qid)
      rc |= frex_buf_puts(b, "Wikidata ");
    rc |= put_attr(w, e->unit, strlen(e->unit));
    rc |= frex_buf_puts(b, e->type == FREX_ENT_AMOUNT ? "" : ")");
  }
  rc |= frex_buf_puts(b, cont ? "\" class=\"cont\">" : "\">");
  return rc ? FREX_E_NOMEM : FREX_OK;
}

/* TEXT[from..to) as page text, in pieces of about CHUNK bytes cut at
 * character starts, handing the buffer on between pieces. */
static int put_text(frex_writer *w, const char *text, size_t from, size_t to) {
  html_state *h = w->state;
  while (from < to) {
    size_t cut = to - from > CHUNK ? from + CHUNK : to;
    for (int k = 0; k < 3 && cut < to && cut > from &&
                    ((unsigned char)text[cut] & 0xC0) == 0x80;
         k++)
      cut--;
    int rc = put_escaped(&w->buf, h->plain, text + from, cut - from, ESC_TEXT,
                         &h->after_cr);
    if (!rc)
      rc = frex_writer_spill(w);
    if (rc)
      return rc;
    from = cut;
  }
  return FREX_OK;
}

/* Order of html_segment's spans: by start, then the longest first (it
 * holds the others), then as given. */
static int by_start(const void *a, const void *b) {
  const span *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Order of the marks opened at one position: the one that ends last
 * outermost, so that it need not be cut; then in start order. */
static int by_end(const void *a, const void *b) {
  const span *x = a, *y = b;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static int reserve(html_state *h, size_t n) {
  if (n <= h->cap)
    return FREX_OK;
  size_t cap = h->cap ? h->cap : 64;
  while (cap < n)
    cap *= 2;
  span *o = realloc(h->order, cap * sizeof *o);
  if (o)
    h->order = o;
  span *s = o ? realloc(h->stack, cap * sizeof *s) : NULL;
  if (s)
    h->stack = s;
  span *p = s ? realloc(h->pending, cap * sizeof *p) : NULL;
  if (!p)
    return FREX_E_NOMEM;
  h->pending = p;
  h->cap = cap;
  return FREX_OK;
}

/* The segment's text with its entities as marks.  Walking the text from
 * one span boundary to the next: at a position where spans end, the
 * marks opened after the lowest of them close too and those that go on
 * open again as "cont" pieces; then the spans that start there open,
 * with the marks reopened, the one that ends last outermost.  An empty
 * span is an empty mark. */
static int html_segment(frex_writer *w, frex_worker *wk, const char *text,
                        size_t len, size_t base, const frex_tokens *toks,
                        const frex_entities *ents) {
  html_state *h = state_of(w);
  if (!h)
    return FREX_E_NOMEM;
  size_t n = ents ? frex_entities_count(ents) : 0;
  if (reserve(h, n))
    return FREX_E_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const frex_entity *e = frex_entities_get(ents, i);
    if (e->start > e->end || e->end > len)
      return FREX_E_ARG;
    h->order[i] = (span){i, e->start, e->end, 0, false};
    for (size_t k = 0; k < NKINDS; k++)
      h->counts[k] += kinds[k].type == e->type;
  }
  if (n > 1)
    qsort(h->order, n, sizeof *h->order, by_start);
  for (size_t i = 0; i < n; i++)
    h->order[i].rank = i;
  size_t pos = 0, next = 0, depth = 0;
  int rc = FREX_OK;
  while (!rc && (next < n || depth)) {
    /* the next boundary: a start, or the nearest end of an open span */
    size_t at = next < n ? h->order[next].start : len;
    for (size_t k = 0; k < depth; k++)
      if (h->stack[k].end < at)
        at = h->stack[k].end;
    rc = put_text(w, text, pos, at);
    pos = at;
    size_t np = 0, low = depth;
    for (size_t k = 0; k < depth; k++)
      if (h->stack[k].end == at && low == depth)
        low = k;
    for (size_t k = depth; k > low && !rc; k--) {
      rc = frex_buf_puts(&w->buf, "</mark>");
      if (h->stack[k - 1].end != at) {
        h->pending[np] = h->stack[k - 1];
        h->pending[np++].cont = true;
      }
    }
    depth = low;
    for (; next < n && h->order[next].start == at && !rc; next++) {
      const span *s = &h->order[next];
      if (s->end == at) { /* empty */
        rc = open_mark(w, base, frex_entities_get(ents, s->i), false);
        if (!rc)
          rc = frex_buf_puts(&w->buf, "</mark>");
      } else {
        h->pending[np++] = *s;
      }
    }
    if (np > 1)
      qsort(h->pending, np, sizeof *h->pending, by_end);
    for (size_t k = 0; k < np && !rc; k++) {
      rc = open_mark(w, base, frex_entities_get(ents, h->pending[k].i),
                     h->pending[k].cont);
      h->stack[depth++] = h->pending[k];
    }
    if (!rc)
      rc = frex_writer_spill(w);
  }
  if (!rc)
    rc = put_text(w, text, pos, len);
  return rc;
}

/* Per-type counts: the document's table (CELLS true) or the line of
 * coloured counts of its table-of-contents entry. */
static int put_counts(frex_buf *b, const html_state *h, bool cells) {
  int rc = FREX_OK;
  unsigned long long total = 0;
  if (cells)
    rc |= frex_buf_puts(b, "<table class=\"counts\"><thead><tr>");
  for (size_t k = 0; k < NKINDS && cells; k++) {
    rc |= frex_buf_puts(b, "<th scope=\"col\" class=\"key\" data-type=\"");
    rc |= frex_buf_puts(b, frex_entity_type_name(kinds[k].type));
    rc |= frex_buf_puts(b, "\">");
    rc |= frex_buf_puts(b, frex_entity_type_name(kinds[k].type));
    rc |= frex_buf_puts(b, "</th>");
  }
  if (cells)
    rc |= frex_buf_puts(b, "<th scope=\"col\">all</th></tr></thead>"
                           "<tbody><tr>");
  for (size_t k = 0; k < NKINDS; k++) {
    const char *name = frex_entity_type_name(kinds[k].type);
    total += h->counts[k];
    if (cells) {
      rc |= frex_buf_puts(b, "<td>");
    } else {
      rc |= frex_buf_puts(b, " <span class=\"key\" data-type=\"");
      rc |= frex_buf_puts(b, name);
      rc |= frex_buf_puts(b, "\" title=\"");
      rc |= frex_buf_puts(b, name);
      rc |= frex_buf_puts(b, "\">");
    }
    rc |= frex_buf_putu(b, h->counts[k]);
    rc |= frex_buf_puts(b, cells ? "</td>" : "</span>");
  }
  if (cells) {
    rc |= frex_buf_puts(b, "<td>");
    rc |= frex_buf_putu(b, total);
    rc |= frex_buf_puts(b, "</td></tr></tbody></table>\n");
  }
  return rc ? FREX_E_NOMEM : FREX_OK;
}

static int html_doc_end(frex_writer *w) {
  html_state *h = state_of(w);
  if (!h)
    return FREX_E_NOMEM;
  frex_buf *b = &w->buf;
  int rc = frex_buf_puts(b, "</div>\n");
  rc |= put_counts(b, h, true);
  rc |= frex_buf_puts(b, "</section>\n");
  if (rc)
    return FREX_E_NOMEM;
  /* the table-of-contents entry, one line (LF in the id as &#10;) */
  frex_buf *entry = &h->entry;
  bool cr = false;
  frex_buf_clear(entry);
  rc = frex_buf_puts(entry, "<li><a href=\"#d");
  rc |= frex_buf_putu(entry, w->docno);
  rc |= frex_buf_puts(entry, "\">");
  rc |= put_escaped(entry, h->plain, w->doc.ptr, w->doc.len, ESC_LF, &cr);
  rc |= frex_buf_puts(entry, "</a>");
  rc |= put_counts(entry, h, false);
  rc |= frex_buf_puts(entry, "</li>");
  if (!rc)
    rc = frex_writer_add_entry(w, entry->ptr, entry->len);
  return rc ? FREX_E_NOMEM : frex_writer_spill(w);
}

/* The end of the page: the table of contents when there was more than one
 * document. */
static int html_end(frex_writer *w) {
  frex_buf *b = &w->buf;
  int rc = frex_buf_puts(b, "</main>\n");
  if (w->listed + w->unlisted > 1) {
    rc |= frex_buf_puts(b, "<nav aria-label=\"Documents\">\n<h2>");
    rc |= frex_buf_putu(b, w->listed + w->unlisted);
    rc |= frex_buf_puts(b, " documents</h2>\n<ol>\n");
    rc |= frex_buf_put(b, w->contents.ptr, w->contents.len);
    rc |= frex_buf_puts(b, "</ol>\n");
    if (w->unlisted) {
      rc |= frex_buf_puts(b, "<p>The first ");
      rc |= frex_buf_putu(b, w->listed);
      rc |= frex_buf_puts(b, " documents are listed here, of ");
      rc |= frex_buf_putu(b, w->listed + w->unlisted);
      rc |= frex_buf_puts(b, ".</p>\n");
    }
    rc |= frex_buf_puts(b, "</nav>\n");
  }
  rc |= frex_buf_puts(b, "</body>\n</html>\n");
  return rc ? FREX_E_NOMEM : FREX_OK;
}

/* Rows alone cannot be shown in their text. */
static int html_entity(frex_writer *w, const char *text, size_t base,
                       const frex_entity *e) {
  return FREX_E_ARG;
}

const frex_writer_format frex_html_format = {
    html_begin,  html_doc_begin, html_segment, NULL,
    html_entity, html_doc_end,   html_end,     html_free};
