/*
 * test_tsv.c — TSV/JSONL escaping (SPEC "Robustness"), entity rows, the DCT
 * parsers, entity type lists, and the entity list's sort and arena.
 */
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

int main(void) {
  CHECK_EQ_STR("a\\tb\\nc\\rd\\\\e", esc("a\tb\nc\rd\\e"), "TSV escapes");
  CHECK_EQ_STR("plain é", esc("plain é"), "nothing to escape");
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
  return harness_done();
}
