/*
 * entities.c — the entity list every extractor appends to: a plain array
 * plus a string arena for values and units (see frex.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "frex.h"

struct frex_entities {
  frex_entity *v;
  size_t n, cap;
  frex_arena strings;
};

int frex_entities_new(frex_entities **out) {
  *out = calloc(1, sizeof **out);
  return *out ? FREX_OK : FREX_E_NOMEM;
}

void frex_entities_free(frex_entities *e) {
  if (!e)
    return;
  free(e->v);
  frex_arena_free(&e->strings);
  free(e);
}

void frex_entities_clear(frex_entities *e) {
  e->n = 0;
  frex_arena_clear(&e->strings);
}

size_t frex_entities_count(const frex_entities *e) { return e->n; }

const frex_entity *frex_entities_get(const frex_entities *e, size_t i) {
  return i < e->n ? &e->v[i] : NULL;
}

int frex_entities_add(frex_entities *e, frex_entity_type type, size_t start,
                      size_t end, const char *value, const char *unit) {
  if (e->n == e->cap) {
    size_t cap = e->cap ? e->cap * 2 : 16;
    frex_entity *v = realloc(e->v, cap * sizeof *v);
    if (!v)
      return FREX_E_NOMEM;
    e->v = v;
    e->cap = cap;
  }
  const char *val = frex_arena_strndup(&e->strings, value ? value : "",
                                       value ? strlen(value) : 0);
  const char *un = frex_arena_strndup(&e->strings, unit ? unit : "",
                                      unit ? strlen(unit) : 0);
  if (!val || !un)
    return FREX_E_NOMEM;
  e->v[e->n++] = (frex_entity){start, end, type, val, un};
  return FREX_OK;
}

static int cmp_entity(const void *a, const void *b) {
  const frex_entity *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  return 0;
}

void frex_entities_sort(frex_entities *e) {
  if (e->n < 2)
    return;
  /* qsort is not stable; entities that compare equal are duplicates and
   * only the first is kept, so order among them does not matter. */
  qsort(e->v, e->n, sizeof *e->v, cmp_entity);
  size_t w = 1;
  for (size_t r = 1; r < e->n; r++)
    if (cmp_entity(&e->v[w - 1], &e->v[r]) != 0)
      e->v[w++] = e->v[r];
  e->n = w;
}

void frex_entities_remove(frex_entities *e, size_t i) {
  if (i >= e->n)
    return;
  memmove(&e->v[i], &e->v[i + 1], (e->n - i - 1) * sizeof *e->v);
  e->n--;
}

static const char *const type_names[] = {"AMOUNT", "DATE", "COMPANY",
                                          "AGENCY"};

const char *frex_entity_type_name(frex_entity_type type) {
  switch (type) {
  case FREX_ENT_AMOUNT: return type_names[0];
  case FREX_ENT_DATE: return type_names[1];
  case FREX_ENT_COMPANY: return type_names[2];
  case FREX_ENT_AGENCY: return type_names[3];
  }
  return "?";
}

int frex_entity_types_parse(const char *list, unsigned *mask) {
  unsigned m = 0;
  const char *p = list;
  while (*p) {
    size_t n = strcspn(p, ",");
    bool found = false;
    for (unsigned i = 0; i < 4; i++)
      if (n == strlen(type_names[i]) && strncasecmp(p, type_names[i], n) == 0) {
        m |= 1u << i;
        found = true;
      }
    if (!found)
      return FREX_E_ARG;
    p += n;
    if (*p == ',' && !*++p) /* "DATE," names an empty type, as ",DATE" */
      return FREX_E_ARG;
  }
  if (!m)
    return FREX_E_ARG;
  *mask = m;
  return FREX_OK;
}

void frex_entities_move(frex_entities *e, size_t to, size_t from) {
  if (to < e->n && from < e->n && to != from)
    e->v[to] = e->v[from];
}

void frex_entities_set_span(frex_entities *e, size_t i, size_t start,
                            size_t end) {
  if (i < e->n && start <= end)
    e->v[i].start = start, e->v[i].end = end;
}

void frex_entities_truncate(frex_entities *e, size_t n) {
  if (n < e->n)
    e->n = n;
}
