/*
 * test_html.c — the HTML format of frex_writer (issue 16), through frex.h
 * alone: escaping and the characters HTML forbids, marks for nested,
 * crossing, shared and empty spans (expected markup written by hand),
 * segments and their offsets, document numbers and the table of contents
 * across writers, and the calls HTML refuses.  The browser test
 * (tests/html/) checks whole pages read back from a real DOM.
 */
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"

static int to_buf(void *ctx, const char *data, size_t len) {
  return frex_buf_put(ctx, data, len);
}

typedef struct ent {
  frex_entity_type type;
  size_t start, end;
  const char *value, *unit;
} ent;

static frex_writer *html_writer(frex_buf *out) {
  frex_writer_options o = {
      FREX_FMT_HTML, FREX_ROWS_ENTITIES, false, false, NULL, to_buf, out, 8};
  frex_writer *w = NULL;
  frex_writer_new(&w, &o);
  return w;
}

/* One document, ID, of TEXT[0..len) with entities E[0..n) in one segment
 * (BASE added to offsets): the whole page in *PAGE, and the status. */
static int page_of(const char *id, const char *text, size_t len, size_t base,
                   const ent *e, size_t n, frex_buf *page) {
  frex_writer *w = html_writer(page);
  frex_entities *ents;
  if (!w || frex_entities_new(&ents))
    return -100;
  for (size_t i = 0; i < n; i++)
    frex_entities_add(ents, e[i].type, e[i].start, e[i].end, e[i].value,
                      e[i].unit);
  int rc = frex_writer_begin(w);
  if (!rc)
    rc = frex_writer_doc_begin(w, id);
  if (!rc)
    rc = frex_writer_segment(w, NULL, text, len, base, NULL, ents);
  if (!rc)
    rc = frex_writer_doc_end(w);
  if (!rc)
    rc = frex_writer_end(w);
  frex_entities_free(ents);
  frex_writer_free(w);
  return rc;
}

/* What the page holds between START and the next END, or "(missing)". */
static char got[8192];
static const char *between(const frex_buf *page, const char *start,
                           const char *end) {
  const char *a = page->ptr ? strstr(page->ptr, start) : NULL;
  const char *b = a ? strstr(a + strlen(start), end) : NULL;
  if (!b || (size_t)(b - a) >= sizeof got)
    return "(missing)";
  a += strlen(start);
  memcpy(got, a, (size_t)(b - a));
  got[b - a] = '\0';
  return got;
}

/* The text div of a one-document page of TEXT with entities E. */
static const char *text_of(const char *text, size_t len, const ent *e,
                           size_t n) {
  frex_buf page = FREX_BUF_INIT;
  int rc = page_of("doc", text, len, 0, e, n, &page);
  const char *t =
      rc ? "(error)"
         : between(&page, "<div class=\"text\" lang=\"fr\">", "</div>");
  frex_buf_free(&page);
  return t;
}

#define T(s) s, sizeof s - 1

static void escaping(void) {
  CHECK_EQ_STR("a &lt;b&gt; &amp; \"c\" 'd'",
               text_of(T("a <b> & \"c\" 'd'"), NULL, 0),
               "< > & escaped, quotes kept in text");
  CHECK_EQ_STR("l1\nl2\n\nl3\nl4\t\f",
               text_of(T("l1\r\nl2\r\n\rl3\nl4\t\f"), NULL, 0),
               "CR LF and CR as LF; TAB LF FF kept");
  CHECK_EQ_STR("x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBD.",
               text_of(T("x\x1Ay\x01z\x7F."), NULL, 0),
               "U+001A (an invalid byte), other controls and DEL as U+FFFD");
  CHECK_EQ_STR(
      "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD|"
      "\xC2\xA0\xEF\xB7\xB0\xEF\xBF\xBD\xF0\x9F\x98\x80",
      text_of(T("\xC2\x85|\xEF\xB7\x90|\xEF\xB7\xAF|\xEF\xBF\xBE|"
                "\xF0\x9F\xBF\xBF|\xC2\xA0\xEF\xB7\xB0\xEF\xBF\xBF"
                "\xF0\x9F\x98\x80"),
              NULL, 0),
      "C1 controls and noncharacters (U+FDD0..U+FDEF, U+xFFFE/F) "
      "as U+FFFD; NBSP, U+FDF0, U+1F600 kept");
  CHECK_EQ_STR("\xEF\xBF\xBD\xEF\xBF\xBD\xC3\xA9\xEF\xBF\xBD",
               text_of(T("\xE2\x82\xC3\xA9\xFF"), NULL, 0),
               "a byte that is not UTF-8 (outside the reader's contract) is "
               "one U+FFFD each");
  frex_buf page = FREX_BUF_INIT;
  page_of("a<b>&\"c\"\n\xFF", T("x"), 0, NULL, 0, &page);
  CHECK_EQ_STR("a&lt;b&gt;&amp;\"c\"\n\xEF\xBF\xBD",
               between(&page, "<h2>", "</h2>"), "the id escaped as a heading");
  CHECK_EQ_STR("a&lt;b&gt;&amp;&quot;c&quot;\n\xEF\xBF\xBD",
               between(&page, "data-doc=\"", "\">"),
               "the id escaped as data-doc");
  frex_buf_free(&page);
}

static void marks(void) {
  ent a[] = {{FREX_ENT_AMOUNT, 3, 10, "5\"<&", "EUR"}};
  CHECK_EQ_STR("Un <mark data-start=\"3\" data-end=\"10\" data-type=\"AMOUNT\" "
               "data-value=\"5&quot;&lt;&amp;\" data-unit=\"EUR\" "
               "title=\"AMOUNT: 5&quot;&lt;&amp; EUR\">5 euros</mark>.",
               text_of(T("Un 5 euros."), a, 1),
               "a mark: data- attributes from the columns, value escaped, "
               "title");
  ent c[] = {{FREX_ENT_COMPANY, 0, 6, "Amazon", "Q3884"},
             {FREX_ENT_AGENCY, 7, 10, "CIA", ""},
             {FREX_ENT_DATE, 11, 15, "2018", "year"}};
  CHECK_EQ_STR("<mark data-start=\"0\" data-end=\"6\" data-type=\"COMPANY\" "
               "data-value=\"Amazon\" data-unit=\"Q3884\" title=\"COMPANY: "
               "Amazon (Wikidata Q3884)\">Amazon</mark> <mark data-start=\"7\" "
               "data-end=\"10\" data-type=\"AGENCY\" data-value=\"CIA\" "
               "data-unit=\"\" title=\"AGENCY: CIA\">CIA</mark> <mark "
               "data-start=\"11\" data-end=\"15\" data-type=\"DATE\" "
               "data-value=\"2018\" data-unit=\"year\" title=\"DATE: 2018 "
               "(year)\">2018</mark>",
               text_of(T("Amazon CIA 2018"), c, 3),
               "titles: Wikidata id, no unit, date grain");
}

/* Marks reduced to a letter per entity: "[A" opens entity A, "[A+" a
 * piece that continues it, "]" closes.  Attributes are checked above. */
static const char *shape(const char *html) {
  static char s[1024];
  size_t n = 0;
  for (const char *p = html; *p && n + 4 < sizeof s;) {
    if (strncmp(p, "<mark data-start=\"", 18) == 0) {
      const char *v = strstr(p, "data-value=\"") + 12;
      const char *end = strchr(p, '>');
      s[n++] = '[';
      s[n++] = *v;
      if (strstr(p, "class=\"cont\"") && strstr(p, "class=\"cont\"") < end)
        s[n++] = '+';
      p = end + 1;
    } else if (strncmp(p, "</mark>", 7) == 0) {
      s[n++] = ']';
      p += 7;
    } else {
      s[n++] = *p++;
    }
  }
  s[n] = '\0';
  return s;
}

static void overlaps(void) {
  ent nested[] = {{FREX_ENT_COMPANY, 0, 19, "J", ""},
                  {FREX_ENT_DATE, 11, 19, "D", "day"}};
  CHECK_EQ_STR("[JJournal du [DDimanche]] lu",
               shape(text_of(T("Journal du Dimanche lu"), nested, 2)),
               "a span inside another: nested marks");
  ent crossing[] = {{FREX_ENT_COMPANY, 3, 14, "G", ""},
                    {FREX_ENT_DATE, 10, 19, "M", "month"}};
  CHECK_EQ_STR("Le [GGroupe [MMars]][M+ 2020] a",
               shape(text_of(T("Le Groupe Mars 2020 a"), crossing, 2)),
               "crossing spans: the second is cut where the first closes, "
               "its second piece marked cont");
  ent same[] = {{FREX_ENT_DATE, 0, 6, "D", "day"},
                {FREX_ENT_COMPANY, 0, 6, "S", "Q4"}};
  CHECK_EQ_STR("[D[SSamedi]],", shape(text_of(T("Samedi,"), same, 2)),
               "two rows on one span: two nested marks");
  ent three[] = {{FREX_ENT_AMOUNT, 0, 4, "a", ""},
                 {FREX_ENT_DATE, 2, 8, "b", ""},
                 {FREX_ENT_COMPANY, 6, 10, "c", ""},
                 {FREX_ENT_AGENCY, 5, 5, "e", ""}};
  CHECK_EQ_STR("[aab[bcd]][b+e[e]f[cgh]][c+ij]k",
               shape(text_of(T("abcdefghijk"), three, 4)),
               "a chain of crossings and an empty span");
  ent unsorted[] = {{FREX_ENT_DATE, 10, 19, "M", "month"},
                    {FREX_ENT_COMPANY, 3, 14, "G", ""}};
  CHECK_EQ_STR("Le [GGroupe [MMars]][M+ 2020] a",
               shape(text_of(T("Le Groupe Mars 2020 a"), unsorted, 2)),
               "entities in any order: the same marks");
  ent bad[] = {{FREX_ENT_DATE, 2, 9, "x", ""}};
  frex_buf page = FREX_BUF_INIT;
  CHECK_EQ_INT(FREX_E_ARG, page_of("d", T("abc"), 0, bad, 1, &page),
               "an entity past the segment's end: FREX_E_ARG");
  frex_buf_free(&page);
}

/* A document in two segments, the second at BASE 5, with a CR LF cut by
 * the segment boundary. */
static void segments(void) {
  frex_buf page = FREX_BUF_INIT;
  frex_writer *w = html_writer(&page);
  frex_entities *e1, *e2;
  frex_entities_new(&e1);
  frex_entities_new(&e2);
  frex_entities_add(e1, FREX_ENT_DATE, 0, 4, "2020", "year");
  frex_entities_add(e2, FREX_ENT_DATE, 0, 4, "2021", "year");
  int rc = frex_writer_begin(w);
  rc |= frex_writer_doc_begin(w, "two");
  rc |= frex_writer_segment(w, NULL, "2020\r", 5, 0, NULL, e1);
  rc |= frex_writer_segment(w, NULL, "\n2021", 5, 5, NULL, NULL);
  rc |= frex_writer_segment(w, NULL, "2021.", 5, 10, NULL, e2);
  rc |= frex_writer_doc_end(w);
  rc |= frex_writer_end(w);
  CHECK_EQ_INT(FREX_OK, rc, "segments: OK");
  CHECK_EQ_STR("[22020]\n2021[22021].",
               shape(between(&page, "lang=\"fr\">", "</div>")),
               "segments follow one another; CR LF across the cut is one LF");
  CHECK(strstr(page.ptr, "data-start=\"10\" data-end=\"14\"") != NULL,
        "the segment's base added to its offsets");
  CHECK_EQ_STR("<td>0</td><td>2</td><td>0</td><td>0</td><td>2</td>",
               between(&page, "<tbody><tr>", "</tr>"),
               "the document's counts sum its segments");
  CHECK(strstr(page.ptr, "<nav") == NULL, "one document: no contents");
  frex_entities_free(e1);
  frex_entities_free(e2);
  frex_writer_free(w);
  frex_buf_free(&page);
}

static int doc(frex_writer *w, const char *id) {
  int rc = frex_writer_doc_begin(w, id);
  rc |= frex_writer_segment(w, NULL, "x", 1, 0, NULL, NULL);
  return rc | frex_writer_doc_end(w);
}

static void contents(void) {
  /* one writer: its documents numbered from 1 and listed at the end */
  frex_buf page = FREX_BUF_INIT;
  frex_writer *w = html_writer(&page);
  int rc =
      frex_writer_begin(w) | doc(w, "a") | doc(w, "b\nc") | frex_writer_end(w);
  CHECK_EQ_INT(FREX_OK, rc, "contents: OK");
  CHECK(strstr(page.ptr, "<section id=\"d2\" data-doc=\"b\nc\">") != NULL,
        "the second document is d2");
  CHECK_EQ_STR("<li><a href=\"#d1\">a</a> <span class=\"key\" "
               "data-type=\"AMOUNT\" title=\"AMOUNT\">0</span> <span "
               "class=\"key\" data-type=\"DATE\" title=\"DATE\">0</span> "
               "<span class=\"key\" data-type=\"COMPANY\" "
               "title=\"COMPANY\">0</span> <span class=\"key\" "
               "data-type=\"AGENCY\" title=\"AGENCY\">0</span></li>\n"
               "<li><a href=\"#d2\">b&#10;c</a> <span class=\"key\" "
               "data-type=\"AMOUNT\" title=\"AMOUNT\">0</span> <span "
               "class=\"key\" data-type=\"DATE\" title=\"DATE\">0</span> "
               "<span class=\"key\" data-type=\"COMPANY\" "
               "title=\"COMPANY\">0</span> <span class=\"key\" "
               "data-type=\"AGENCY\" title=\"AGENCY\">0</span></li>\n",
               between(&page, "<h2>2 documents</h2>\n<ol>\n", "</ol>"),
               "an entry per document, LF in an id as &#10;");
  frex_writer_free(w);

  /* two writers that share an output, as frex -j runs them: the frame
   * writes begin and end, the others documents numbered by the caller */
  frex_buf out = FREX_BUF_INIT, moved = FREX_BUF_INIT;
  frex_writer *frame = html_writer(&out), *w1 = html_writer(&out),
              *w2 = html_writer(&out);
  rc = frex_writer_begin(frame);
  rc |= frex_writer_set_doc_number(w1, 1) | doc(w1, "one");
  rc |= frex_writer_set_doc_number(w2, 2) | doc(w2, "two");
  rc |= frex_writer_set_doc_number(w1, 3) | doc(w1, "three");
  rc |= frex_writer_take_contents(w1, &moved);
  size_t lines = 0;
  for (size_t i = 0; i < moved.len; i++)
    lines += moved.ptr[i] == '\n';
  CHECK_EQ_INT(2, lines, "take: two entries from the first writer");
  CHECK(frex_writer_take_contents(w1, &moved) == FREX_OK && lines == 2 &&
            moved.ptr[moved.len - 1] == '\n',
        "taken entries are dropped from the writer");
  frex_buf mine = FREX_BUF_INIT;
  rc |= frex_writer_take_contents(w2, &mine);
  /* in output order: one, two, three */
  const char *second = strchr(moved.ptr, '\n') + 1;
  rc |=
      frex_writer_add_contents(frame, moved.ptr, (size_t)(second - moved.ptr));
  rc |= frex_writer_add_contents(frame, mine.ptr, mine.len);
  rc |= frex_writer_add_contents(frame, second, strlen(second));
  rc |= frex_writer_end(frame);
  CHECK_EQ_INT(FREX_OK, rc, "shared output: OK");
  const char *d1 = strstr(out.ptr, "href=\"#d1\">one<");
  const char *d2 = strstr(out.ptr, "href=\"#d2\">two<");
  const char *d3 = strstr(out.ptr, "href=\"#d3\">three<");
  CHECK(d1 && d2 && d3 && d1 < d2 && d2 < d3,
        "contents in output order, anchors from the numbers given");
  CHECK(strstr(out.ptr, "<section id=\"d3\" data-doc=\"three\">") != NULL,
        "the section's anchor is the number given");
  frex_writer_free(frame);
  frex_writer_free(w1);
  frex_writer_free(w2);
  frex_buf_free(&mine);

  /* past FREX_CONTENTS_MAX, documents are counted, not listed */
  frex_buf_clear(&out);
  frame = html_writer(&out);
  rc = frex_writer_begin(frame) |
       frex_writer_set_doc_number(frame, FREX_CONTENTS_MAX - 1) |
       doc(frame, "x") | doc(frame, "y") | doc(frame, "z") |
       frex_writer_end(frame);
  CHECK_EQ_INT(FREX_OK, rc, "many documents: OK");
  CHECK(strstr(out.ptr, "\">y</a>") && !strstr(out.ptr, "\">z</a>"),
        "the document past FREX_CONTENTS_MAX is not listed");
  CHECK_EQ_STR("3 documents",
               between(&out, "<nav aria-label=\"Documents\">\n<h2>", "</h2>"),
               "but counted");
  CHECK_EQ_STR("The first 2 documents are listed here, of 3.",
               between(&out, "</ol>\n<p>", "</p>"), "and said");
  frex_writer_free(frame);
  frex_buf_free(&out);
  frex_buf_free(&moved);
  frex_buf_free(&page);
}

static void refused(void) {
  frex_buf b = FREX_BUF_INIT;
  frex_writer_options o = {FREX_FMT_HTML, FREX_ROWS_TOKENS, false, false,
                           NULL,          to_buf,           &b,    0};
  frex_writer *w = NULL;
  CHECK_EQ_INT(FREX_E_ARG, frex_writer_new(&w, &o),
               "HTML of token rows: FREX_E_ARG");
  CHECK(w == NULL, "no writer made");
  w = html_writer(&b);
  frex_entity e = {0, 1, FREX_ENT_DATE, "x", ""};
  frex_writer_begin(w);
  frex_writer_doc_begin(w, "d");
  CHECK_EQ_INT(FREX_E_ARG, frex_writer_entity(w, "x", 0, &e),
               "a row without its text: FREX_E_ARG");
  CHECK_EQ_INT(FREX_E_ARG, frex_writer_set_doc_number(w, 0),
               "document numbers start at 1");
  frex_writer_free(w);
  frex_buf_free(&b);
}

/* The page's frame: every element closed, the marks balanced. */
static void page_frame(void) {
  frex_buf page = FREX_BUF_INIT;
  ent c[] = {{FREX_ENT_COMPANY, 0, 6, "Amazon", "Q3884"}};
  page_of("d", T("Amazon."), 0, c, 1, &page);
  CHECK(strncmp(page.ptr, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0,
        "an HTML5 page");
  CHECK(strstr(page.ptr, "<script") == NULL &&
            strstr(page.ptr, "src=") == NULL &&
            strstr(page.ptr, "http") == NULL,
        "no script, nothing fetched");
  const char *tail = "</section>\n</main>\n</body>\n</html>\n";
  CHECK(page.len > strlen(tail) &&
            strcmp(page.ptr + page.len - strlen(tail), tail) == 0,
        "the page ends closed");
  frex_buf_free(&page);
}

int main(void) {
  escaping();
  marks();
  overlaps();
  segments();
  contents();
  refused();
  page_frame();
  return harness_done();
}
