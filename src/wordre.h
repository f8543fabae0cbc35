/*
 * wordre.h — regular expressions generated from word tables (issue 12:
 * "one table per word family").  A table word is written as a reader
 * spells it, lowercase and with its accents; this module turns a set of
 * such words into a PCRE2 alternation, and expands the placeholders that
 * pattern templates use to say "the words of family F here".
 *
 * How a written word reads as a pattern (patterns are compiled with
 * PCRE2_CASELESS | PCRE2_UTF, so case is free):
 *   é è ê ë à â î ï ô û ù ç   the accented letter or its base letter
 *   ' '                       one to four horizontal spaces (NBSP included)
 *   '-'                       a hyphen or a horizontal space, then
 *                             maybe one more space (a CRLF line break
 *                             made spaces: "il y\r\na", "après\r\nmidi")
 *   '~'                       the same, or nothing
 *   '\''                      a straight or curly apostrophe (’)
 *   '.'                       a literal dot
 * Any other character stands for itself.
 */
#ifndef FREX_WORDRE_H
#define FREX_WORDRE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* A placeholder in a pattern template: PH("name") expands to the
 * alternation the generator callback gives for "name". */
#define FREX_PH(name) "\001" name "\002"

/* Append the pattern of the written word W. */
int frex_wordre_word(frex_buf *b, const char *w);

/* Append "(?:w1|w2|...)" for the N words of WORDS (an array of written
 * words, with a stride of STRIDE bytes between entries so that it can run
 * over an array of structs whose first member is the word), keeping those
 * for which KEEP (may be NULL) returns true; longest words first, so that
 * an alternative is never a prefix tried before a longer word.  An empty
 * selection appends "(*FAIL)".  Without GROUP, the bare "w1|w2" is
 * appended (a lookbehind takes only top-level alternatives). */
int frex_wordre_alt(frex_buf *b, const void *words, size_t n, size_t stride,
                    bool (*keep)(const void *entry, const void *ctx),
                    const void *ctx, bool group);

/* Generator of the placeholders of a template: append the expansion of
 * NAME[0..len) to B; FREX_E_PATTERN when the name is unknown. */
typedef int (*frex_wordre_gen)(const char *name, size_t len, frex_buf *b,
                               void *ctx);

/* Copy the template TMPL to OUT (cleared first), each FREX_PH(name)
 * replaced by GEN's expansion.  An unknown name or an unclosed
 * placeholder gives FREX_E_PATTERN and, when ERR is not NULL, the name in
 * ERR. */
int frex_wordre_expand(const char *tmpl, frex_buf *out, frex_wordre_gen gen,
                       void *ctx, char *err, size_t errlen);

#endif
