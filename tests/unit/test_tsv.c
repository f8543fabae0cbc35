/*
 * test_tsv.c — TSV/JSONL escaping (SPEC "Robustness"), entity rows, the DCT
 * parsers, entity type lists, and the entity list's sort and arena.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "frex.h"
#include "harness.h"
#include "tsv.h"

static const char *esc(const char *s) {
  static frex_buf b = FREX_BUF_INIT;
  frex_buf_clear(&b);
  frex_tsv_escape(&b, s, strlen(s));
  return b.ptr ? b.ptr : "";
}

static const char *json(const char *s) {
  static frex_buf b = FREX_BUF_INIT;
  frex_buf_clear(&b);
  frex_json_string(&b, s, strlen(s));
  return b.ptr;
}

/* frex_token_writer_run (rows a sentence at a time) against
 * frex_write_token row by row, on TEXT's tokens with doc DOC and offsets
 * from BASE; STEMS as the writer's option; the row tails from TAILS when
 * it is not NULL (kept from call to call, as frex_writer keeps it).
 * Returns true when the bytes are the same. */
static bool run_rows_same(frex_worker *w, const char *doc, const char *text,
                          size_t base, bool stems, frex_tail_cache *tails) {
  const frex_tokens *toks;
  const frex_entities *ents;
  size_t len = strlen(text);
  if (frex_worker_segment(w, text, len, FREX_SEG_TOKENS_ONLY, &toks,
                          &ents) != FREX_OK || !toks->n)
    return false;
  frex_buf slow = FREX_BUF_INIT, fast = FREX_BUF_INIT;
  bool ok = true;
  for (size_t i = 0; i < toks->n && ok; i++) {
    const frex_token *t = &toks->v[i];
    const char *norm, *stem = NULL;
    size_t nl, sl = 0;
    ok = frex_worker_norm(w, text + t->start, t->end - t->start, &norm,
                          &nl) == FREX_OK &&
         (!stems || t->cls != FREX_TOK_WORD ||
          frex_worker_stem(w, norm, nl, &stem, &sl) == FREX_OK) &&
         frex_write_token(&slow, FREX_FMT_TSV, doc, text, base, t, norm, nl,
                          stem, sl) == FREX_OK;
  }
  frex_token_writer tw;
  frex_token_writer_init(&tw, &fast, doc, text, toks->v[toks->n - 1].end,
                         base);
  tw.tails = tails;
  size_t runs = 0;
  for (size_t i = 0; i < toks->n && ok; runs++) {
    int rc;
    size_t k = frex_token_writer_run(&tw, w, toks->v + i, toks->n - i, stems,
                                     &rc);
    ok = rc == FREX_OK && k > 0 && k <= 256 &&
         (i + k == toks->n || toks->v[i + k].sent != toks->v[i].sent ||
          k == 256); /* a run ends at its sentence's end, or at 256 rows */
    i += k;
  }
  ok = ok && runs > 1 && slow.len == fast.len &&
       memcmp(slow.ptr, fast.ptr, slow.len) == 0 &&
       fast.ptr[fast.len] == '\0';
  frex_buf_free(&slow);
  frex_buf_free(&fast);
  return ok;
}

int main(void) {
  CHECK_EQ_STR("a\\tb\\nc\\rd\\\\e", esc("a\tb\nc\rd\\e"), "TSV escapes");
  CHECK_EQ_STR("plain é", esc("plain é"), "nothing to escape");
  /* each escaped byte at each place of fields of 1 to 40 bytes: in the
   * 16-byte blocks the escape test reads at once and in their tail */
  bool esc_ok = true;
  for (size_t len = 1; esc_ok && len <= 40; len++)
    for (size_t at = 0; esc_ok && at < len; at++)
      for (int k = 0; esc_ok && k < 4; k++) {
        char in[48], want[96];
        memset(in, 'e', len);
        in[len] = '\0';
        in[at] = "\t\n\r\\"[k];
        memset(want, 'e', len + 1);
        want[at] = '\\';
        want[at + 1] = "tnr\\"[k];
        want[len + 1] = '\0';
        esc_ok = strcmp(esc(in), want) == 0;
        if (!esc_ok)
          fprintf(stderr, "escape: len %zu at %zu byte %d: %s\n", len, at,
                  k, esc(in));
      }
  CHECK(esc_ok, "TSV escapes at every place of fields of 1 to 40 bytes");
  char round[] = "a\\tb\\\\n";
  size_t n = frex_tsv_unescape(round, strlen(round));
  CHECK(n == 5 && memcmp(round, "a\tb\\n", 5) == 0, "unescape round trip");
  CHECK_EQ_STR("\"q\\\"\\\\\\n\\u0001\"", json("q\"\\\n\x01"), "JSON escapes");

  frex_entities *e;
  CHECK(frex_entities_new(&e) == FREX_OK, "entities");
  frex_entities_add(e, FREX_ENT_DATE, 8, 12, "2021", "year");
  frex_entities_add(e, FREX_ENT_AMOUNT, 0, 6, "10", "EUR");
  frex_entities_add(e, FREX_ENT_DATE, 8, 12, "2021", "year");
  frex_entities_sort(e);
  CHECK_EQ_INT(2, frex_entities_count(e), "sorted, duplicate dropped");
  CHECK_EQ_STR("10", frex_entities_get(e, 0)->value, "first by offset");
  frex_buf row = FREX_BUF_INIT;
  const char *text = "10 €, 2021";
  frex_write_entity(&row, FREX_FMT_TSV, "d\tx", text, 100,
                    frex_entities_get(e, 0));
  CHECK_EQ_STR("d\\tx\t100\t106\tAMOUNT\t10 €\t10\tEUR\n", row.ptr,
               "entity row: doc escaped, offsets based");
  /* every field escaped: a doc of over 16 bytes with a TAB past its first
   * 16, a text across a line break with a backslash, a value and a unit
   * with a TAB and a CR, offsets of ten digits */
  frex_entities *e2;
  CHECK(frex_entities_new(&e2) == FREX_OK, "entities");
  const char *text2 = "Le 3\nmars \\ 2021";
  frex_entities_add(e2, FREX_ENT_DATE, 3, 16, "2021-03\t03", "day\r");
  frex_buf_clear(&row);
  frex_write_entity(&row, FREX_FMT_TSV, "dossier/sous-dossier\tarticle.txt",
                    text2, 4000000000u, frex_entities_get(e2, 0));
  CHECK_EQ_STR("dossier/sous-dossier\\tarticle.txt\t4000000003\t4000000016"
               "\tDATE\t3\\nmars \\\\ 2021\t2021-03\\t03\tday\\r\n",
               row.ptr, "entity row: every field escaped");
  frex_entities_free(e2);
  frex_buf_clear(&row);
  frex_write_entity(&row, FREX_FMT_JSONL, "d", text, 0,
                    frex_entities_get(e, 1));
  CHECK_EQ_STR("{\"doc\":\"d\",\"start\":8,\"end\":12,\"type\":\"DATE\","
               "\"text\":\"2021\",\"value\":\"2021\",\"unit\":\"year\"}\n",
               row.ptr, "entity JSONL");
  frex_buf_free(&row);
  frex_entities_free(e);

  frex_dct d;
  CHECK(frex_dct_parse("2021-07-14", &d) && d.year == 2021 && d.month == 7 &&
            d.day == 14,
        "--dct day");
  CHECK(frex_dct_parse("2021-07", &d) && d.month == 7 && d.day == 0,
        "--dct month");
  CHECK(frex_dct_parse("2021", &d) && d.month == 0, "--dct year");
  CHECK(!frex_dct_parse("2021-02-30", &d), "impossible day refused");
  CHECK(!frex_dct_parse("2021-7", &d), "malformed refused");
  CHECK(!frex_dct_parse("", &d), "empty refused");
  /* relative dates from these would leave four-digit years */
  CHECK(!frex_dct_parse("9999-12-31", &d) && !frex_dct_parse("0001", &d),
        "a year outside 1000..8999 refused");
  CHECK(frex_dct_parse("1000-01-01", &d) && frex_dct_parse("8999-12-31", &d),
        "the years 1000 and 8999 taken");
  size_t skip = 0;
  const char *meta = " date 2021-07 Le Pentagone.";
  CHECK(frex_dct_from_metadata(meta, strlen(meta), &d, &skip) &&
            d.year == 2021 && d.month == 7 && skip == 13,
        "metadata line");
  CHECK(!frex_dct_from_metadata("la date 2021-07", 15, &d, &skip),
        "not at the start");

  unsigned mask = 0;
  CHECK(frex_entity_types_parse("amount,Date", &mask) == FREX_OK &&
            mask == (FREX_ENT_AMOUNT | FREX_ENT_DATE),
        "types list");
  CHECK(frex_entity_types_parse("AMOUNT,PERSON", &mask) == FREX_E_ARG,
        "unknown type refused");
  CHECK(frex_entity_types_parse("", &mask) == FREX_E_ARG, "empty refused");
  /* an empty name is refused wherever it stands (s37: "DATE," was taken,
   * ",DATE" and "DATE,,AMOUNT" refused) */
  CHECK(frex_entity_types_parse("DATE,", &mask) == FREX_E_ARG,
        "trailing comma refused");
  CHECK(frex_entity_types_parse(",DATE", &mask) == FREX_E_ARG,
        "leading comma refused");
  CHECK(frex_entity_types_parse("DATE,,AMOUNT", &mask) == FREX_E_ARG,
        "empty name between commas refused");
  /* token rows a sentence at a time: the same bytes as row by row */
  frex_config cfg = {FREX_ENT_NONE, false, {0, 0, 0}, NULL, NULL, 0, NULL,
                     NULL};
  frex_pipeline *pl;
  frex_worker *wk;
  char err[256];
  CHECK(frex_pipeline_new(&pl, &cfg, err, sizeof err) == FREX_OK &&
            frex_worker_new(&wk, pl) == FREX_OK,
        "a worker for the row runs");
  /* sentences of a few words; one of 700 words (runs of 256 rows);
   * capitals, accents, a backslash, long words, numbers */
  frex_buf tx = FREX_BUF_INIT;
  for (int k = 0; k < 40; k++)
    frex_buf_puts(&tx, "Le CHAT de l'Été mange\\ 12 345,6 souris "
                       "anticonstitutionnellement. ");
  for (int k = 0; k < 700; k++)
    frex_buf_puts(&tx, k % 7 ? "mot " : "Élan\\x ");
  frex_buf_puts(&tx, "fin.\n");
  char longdoc[400];
  memset(longdoc, 'd', sizeof longdoc - 1);
  longdoc[sizeof longdoc - 1] = '\0';
  CHECK(run_rows_same(wk, "doc.txt", tx.ptr, 0, false, NULL),
        "row runs = rows (tokenize)");
  CHECK(run_rows_same(wk, "doc.txt", tx.ptr, 0, true, NULL),
        "row runs = rows (with stems)");
  CHECK(run_rows_same(wk, "d\t\\x", tx.ptr, 9990, true, NULL),
        "row runs = rows (escaped doc, offsets past 10000)");
  CHECK(run_rows_same(wk, "d", tx.ptr, 4294967000ull, true, NULL),
        "row runs = rows (offsets past 2^32)");
  CHECK(run_rows_same(wk, longdoc, tx.ptr, 95, true, NULL),
        "row runs = rows (a doc column too long for the prefix)");
  /* offsets that change their number of digits within a run, from 1 to
   * 20 digits (the writer keeps the last offset's text in words of 8
   * digits and patches its last two) */
  static const unsigned long long bases[] = {
      0, 7, 95, 9990, 99999000ull, 99999999ull, 9999999000ull,
      4294967000ull, 9999999999999000ull, 99999999999999000ull,
      18446744073709000000ull};
  bool all = true;
  for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++)
    all = all && run_rows_same(wk, "doc.txt", tx.ptr, bases[i], false, NULL);
  CHECK(all, "row runs = rows (offsets of 1 to 20 digits)");
  /* doc columns of 1 to 80 bytes: row prefixes ("doc\tsent\t") of under
   * 32, 33 to 48 (three 16-byte moves) and more bytes */
  all = true;
  for (size_t dl = 1; dl <= 80; dl++) {
    char doc[81];
    memset(doc, 'a' + (char)(dl % 26), dl);
    doc[dl] = '\0';
    all = all && run_rows_same(wk, doc, tx.ptr, 9990, true, NULL);
  }
  CHECK(all, "row runs = rows (doc columns of 1 to 80 bytes)");
  /* the row tail cache: the same bytes from its first use (misses) and
   * from the next (hits), with and without stems; a cache made for rows
   * without stems is not used for rows with them */
  frex_tail_cache *plain, *stemmed;
  CHECK(frex_tail_cache_new(&plain, false) == FREX_OK &&
            frex_tail_cache_new(&stemmed, true) == FREX_OK,
        "row tail caches");
  for (int pass = 0; pass < 2; pass++) {
    CHECK(run_rows_same(wk, "doc.txt", tx.ptr, 0, false, plain),
          "row runs with tails = rows (tokenize)");
    CHECK(run_rows_same(wk, "d\t\\x", tx.ptr, 99999990ull, true, stemmed),
          "row runs with tails = rows (with stems, escaped doc)");
    CHECK(run_rows_same(wk, "doc.txt", tx.ptr, 9990, true, plain),
          "row runs with a cache without stems = rows with stems");
    CHECK(run_rows_same(wk, longdoc, tx.ptr, 95, false, plain),
          "row runs with tails = rows (a doc column too long)");
  }
  frex_tail_cache_free(plain);
  frex_tail_cache_free(stemmed);
  frex_buf_free(&tx);
  frex_worker_free(wk);
  frex_pipeline_free(pl);
  return harness_done();
}
