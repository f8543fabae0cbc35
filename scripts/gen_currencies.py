#!/usr/bin/env python3
"""Generate src/amount_cldr.c: the currencies named with their country, from
CLDR's French currency names (../shared/gazetteers/cldr-fr-currencies/
currencies.json), for the AMOUNT extractor (SPEC "AMOUNT", issue 13).

For every current ISO 4217 currency whose French name is a noun and a
qualifier ("couronne norvégienne" / "couronnes norvégiennes", "dollar de
Hong Kong", "franc rwandais", "livre sterling"), its written forms
(singular and plural; with and without a leading "nouveau"; a hyphen of the
qualifier also as a space: "néo zélandais"), each with the ISO code and the
currency noun ("couronne"), whose bare uses ("5 milliards de couronnes")
take their country from the document (amount_ctx.c).  amount_ctx.c looks
the forms up by their matching key (frex_key: case and accents do not
matter) after a currency noun.  Also a PCRE2 fragment of the nouns (the
grammar's currency for the nouns that have no bare entry of their own) and
the sorted nouns (a word after digits that may be a currency: amount.c).

Left out: historic currencies (a name with dates, "(1927–2002)"), funds,
metals and units of account (XAU, XDR, CLF, ...), names in parentheses
("franc CFA (BEAC)": the hand table in src/amount_cur.c has the CFA francs
as news writes them), and names without a qualifier ("euro").  The
output is
deterministic, so `--check` regenerates it in memory and compares it with
the committed file byte for byte (tests/conformance/test_currencies.sh;
needs ../shared).

Usage:
    python3 scripts/gen_currencies.py [--cldr DIR] [--out FILE] [--check]
"""

import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CLDR = os.path.join(ROOT, "..", "shared", "gazetteers",
                            "cldr-fr-currencies")
DEFAULT_OUT = os.path.join(ROOT, "src", "amount_cldr.c")

# Not currencies a news reader pays with: funds, precious metals, units of
# account, test codes, same-day/next-day dollars.
SKIP_CODES = {
    "GEK", "LUC", "LUL",  # coupons, convertible and financial francs
    "ZWG",  # "or du Zimbabwe": the noun is gold
    "BOV", "CHE", "CHW", "CLF", "COU", "ECV", "MXV", "USN", "USS", "UYI",
    "UYW", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XEU", "XFO",
    "XFU", "XPD", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX",
}
# Words that may open a name before the noun ("nouveau shekel israélien").
PREFIXES = {"nouveau", "nouveaux", "nouvelle", "nouvelles"}

ACCENTS = {
    "é": "[ée]", "è": "[èe]", "ê": "[êe]", "ë": "[ëe]", "à": "[àa]",
    "â": "[âa]", "î": "[îi]", "ï": "[ïi]", "ô": "[ôo]", "ö": "[öo]",
    "û": "[ûu]", "ù": "[ùu]", "ü": "[üu]", "ç": "[çc]", "ó": "[óo]",
    "í": "[íi]", "á": "[áa]", "É": "[ÉE]", "È": "[ÈE]", "Î": "[ÎI]",
}
SPECIAL = set("\\^$.|?*+()[]{}")


def pattern(s, gap):
    """PCRE2 fragment for the words of S: accents optional, apostrophes
    either way, GAP between words, "-" or a space inside compounds."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        if ch == " ":
            out.append(gap)
        elif ch == "-":
            out.append("(?:-|\\h{1,3})?")
        elif ch in "'’":
            out.append("['’]")
        elif ch in ACCENTS:
            out.append(ACCENTS[ch])
        elif ch in SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def alternation(forms, gap):
    forms = sorted(set(forms), key=lambda f: (-len(f), f))
    pats = [pattern(f, gap) for f in forms]
    return pats[0] if len(pats) == 1 else "(?:" + "|".join(pats) + ")"


def split(name):
    """(prefix, noun, qualifier) of a CLDR name, or None."""
    words = name.split(" ")
    pre = []
    while words and words[0].lower() in PREFIXES:
        pre.append(words.pop(0))
    if len(words) < 2:
        return None
    return " ".join(pre), words[0], " ".join(words[1:])


def entries(cldr_dir):
    with open(os.path.join(cldr_dir, "currencies.json"), encoding="utf-8") as f:
        cur = json.load(f)["main"]["fr"]["numbers"]["currencies"]
    out, nouns = [], set()
    for code in sorted(cur):
        if code in SKIP_CODES:
            continue
        d = cur[code]
        names = [d.get(k) for k in ("displayName", "displayName-count-one",
                                    "displayName-count-other")]
        names = [n for n in names if n]
        if any("(" in n or any(c.isdigit() for c in n) for n in names):
            continue  # historic or special: "(1927–2002)", "(BEAC)"
        parts = [split(n) for n in names]
        if any(p is None for p in parts):
            continue  # no qualifier: "euro"
        noun_forms = {p[1].lower() for p in parts}
        family = parts[1][1].lower() if len(parts) > 1 else parts[0][1].lower()
        forms = set()
        for pre, noun, qual in parts:
            for q in {qual, qual.replace("-", " ")}:
                forms.add(noun + " " + q)  # "shekel israélien" too
                if pre:
                    forms.add(pre + " " + noun + " " + q)
        for f in sorted(forms):
            out.append((f, code, family))
        nouns |= noun_forms
    out.sort(key=lambda e: (e[0].lower(), e[1]))
    return out, nouns


def c_string(s):
    """A C string literal: UTF-8 bytes outside ASCII as octal escapes."""
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):  # " and backslash
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def render(cldr_dir):
    ents, nouns = entries(cldr_dir)
    lines = [
        "/*",
        " * amount_cldr.c — GENERATED by scripts/gen_currencies.py: do not edit.",
        " * Regenerate: python3 scripts/gen_currencies.py",
        " * Check:      python3 scripts/gen_currencies.py --check",
        " *",
        " * Currencies named with their country, from CLDR's French currency",
        " * names (../shared/gazetteers/cldr-fr-currencies/currencies.json,",
        " * Unicode CLDR JSON, (c) Unicode, Inc., Unicode License v3): every",
        " * written form (singular, plural, with and without \"nouveau\", a",
        " * hyphen or a space) with its ISO 4217 code and noun, and the nouns.",
        " */",
        '#include "amount_cur.h"',
        "",
        "const frex_amount_named frex_amount_cldr_named[] = {",
    ]
    for form, code, family in ents:
        lines.append("    {%s, \"%s\", %s}," % (c_string(form), code,
                                             c_string(family)))
    lines += [
        "};",
        "const size_t frex_amount_cldr_nnamed =",
        "    sizeof frex_amount_cldr_named / sizeof *frex_amount_cldr_named;",
        "",
        "/* Any noun of those names, longest first: the grammar's currency",
        " * before amount.c checks the whole name (frex_amount_ctx_named). */",
        "const char frex_amount_cldr_nouns[] =",
    ]
    alts = sorted(nouns, key=lambda w: (-len(w), w))
    pats = [pattern(w, "\\h{1,3}") for w in alts]
    chunk = "(?:"
    for i, pt in enumerate(pats):
        piece = pt + ("|" if i + 1 < len(pats) else ")")
        if len(chunk) + len(piece) > 64:
            lines.append("    %s" % c_string(chunk))
            chunk = ""
        chunk += piece
    lines.append("    %s;" % c_string(chunk))
    lines += [
        "",
        "/* The nouns again, lowercase, sorted by strcmp: words after digits",
        " * that may be a currency (amount.c, word_may_follow_number). */",
        "const char *const frex_amount_cldr_words[] = {",
    ]
    # letters only: amount.c reads a word as its letters
    for n in sorted((n for n in nouns if n.isalpha()),
                    key=lambda w: w.encode("utf-8")):
        lines.append("    %s," % c_string(n))
    lines += [
        "};",
        "const size_t frex_amount_cldr_nwords =",
        "    sizeof frex_amount_cldr_words / sizeof *frex_amount_cldr_words;",
        "",
    ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr", default=DEFAULT_CLDR)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="compare with the committed file; exit 1 if stale")
    a = ap.parse_args()
    text = render(a.cldr)
    if a.check:
        try:
            with open(a.out, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old != text:
            print("gen_currencies: %s is not what the script generates; run "
                  "python3 scripts/gen_currencies.py" % a.out, file=sys.stderr)
            return 1
        print("gen_currencies: %s is up to date" % a.out)
        return 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
