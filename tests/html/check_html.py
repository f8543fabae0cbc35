#!/usr/bin/env python3
"""Checks of `frex extract --format html` pages (issue 16), for
tests/html/test_html_browser.sh.

  check_html.py strict PAGE
      The page as written: UTF-8 without the characters HTML forbids, a
      DOCTYPE, known elements only, every element closed in the order it
      was opened (no end tag left for a parser to imply or drop), phrasing
      content inside phrasing elements, marks only inside a document's
      text, text and attributes escaped (no raw < > &, only the references
      frex writes), ids unique and every #link pointing at one.

  check_html.py dom DOM TSV DOCLIST [--lines FILE]
      DOM is what a browser built from the page (chromium --dump-dom); TSV
      the rows of `frex extract` on the same input; DOCLIST the document
      ids in input order, one per line (the files are read from the
      current directory, or from the id<TAB>text records of --lines FILE).
      Checks that the sections are the documents in order, that each
      document's visible text (textContent of div.text) is its text as
      frex renders it (visible() below), that the marks without class
      "cont" carry exactly the TSV rows in their data- attributes, that
      each row's pieces cover its span and nothing else, that the counts
      table matches the rows and that the table of contents links every
      document in order.

The visible text of a document (frex.h "HTML"): its bytes as frex reads
them, where each byte that is not UTF-8 is U+001A; CR LF and CR read as
LF, as an HTML parser reads them; every character HTML does not allow in
a document (controls other than TAB LF FF CR, among them U+001A, and
noncharacters) shown as U+FFFD.  So an invalid byte shows as U+FFFD, one
per byte.  The same mapping applies to ids and values in attributes.
"""
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

FFFD = "\ufffd"


def forbidden(ch):
    o = ord(ch)
    return ((o < 0x20 and ch not in "\t\n\f\r") or 0x7F <= o <= 0x9F
            or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE)


def utf8_len(b, i):
    """Length of the well-formed UTF-8 sequence at b[i], or 0."""
    c = b[i]
    n = 1 if c < 0x80 else 2 if 0xC2 <= c <= 0xDF else \
        3 if 0xE0 <= c <= 0xEF else 4 if 0xF0 <= c <= 0xF4 else 0
    if not n or i + n > len(b):
        return 0
    try:
        b[i:i + n].decode("utf-8")  # strict: overlongs, surrogates refused
    except UnicodeDecodeError:
        return 0
    return n


def visible(b, need=()):
    """(text, offs): the visible text of bytes B and, for each byte offset
    in NEED, the length of the visible text made by the bytes before it."""
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return visible_bytes(b, need)
    # valid UTF-8 (large documents): whole-string operations
    text = FORBIDDEN.sub(FFFD, s.replace("\r\n", "\n").replace("\r", "\n"))
    offs, chars, dropped, prev = {}, 0, 0, 0
    for off in sorted(set(need)):
        piece = b[prev:off]
        chars += len(piece.decode("utf-8"))
        dropped += piece.count(b"\r\n")
        if prev and piece[:1] == b"\n" and b[prev - 1:prev] == b"\r":
            dropped += 1  # a CR LF cut by the previous offset
        offs[off] = chars - dropped
        prev = off
    return text, offs


FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
                       + "".join(f"{chr(p)}{chr(p + 1)}"
                                 for p in range(0xFFFE, 0x110000, 0x10000))
                       + "]")


def visible_bytes(b, need=()):
    """visible() byte by byte, for bytes that are not all UTF-8."""
    out, offs, i, after_cr = [], {0: 0}, 0, False
    while i < len(b):
        n = utf8_len(b, i)
        ch = b[i:i + n].decode("utf-8") if n else "\x1a"
        n = n or 1
        if ch == "\n" and after_cr:
            pass  # the LF of a CR LF: the CR gave the line break
        elif ch == "\r":
            out.append("\n")
        else:
            out.append(FFFD if forbidden(ch) else ch)
        after_cr = ch == "\r"
        for k in range(i + 1, i + n + 1):
            offs[k] = len(out)
        i += n
    return "".join(out), offs


def vis_str(s):
    return visible_bytes(s.encode("utf-8", "surrogateescape"))[0]


def tsv_unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "tnr\\":
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


# ------------------------------------------------------------ strict

VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}
PHRASING = {"span", "mark", "a", "code", "b", "i", "em", "strong", "br"}
PHRASING_ONLY = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "title",
                 "caption"} | PHRASING
KNOWN = VOID | PHRASING | PHRASING_ONLY | {
    "html", "head", "body", "style", "header", "main", "nav", "section",
    "div", "table", "thead", "tbody", "tr", "td", "ol", "ul", "li"}
REFS = {"lt", "gt", "amp", "quot"}


class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.errors, self.stack, self.ids, self.links = [], [], Counter(), []
        self.in_text = False

    def err(self, msg):
        line, col = self.getpos()
        self.errors.append(f"line {line} col {col}: {msg}")

    def handle_decl(self, decl):
        if decl != "DOCTYPE html" or self.stack:
            self.err(f"unexpected declaration <!{decl}>")

    def handle_starttag(self, tag, attrs):
        if tag not in KNOWN:
            self.err(f"unknown element <{tag}>")
        names = [a for a, _ in attrs]
        if len(names) != len(set(names)):
            self.err(f"<{tag}> repeats an attribute: {names}")
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "a":
            self.links.append(a.get("href", ""))
        parent = self.stack[-1][0] if self.stack else None
        if parent in PHRASING_ONLY and tag not in PHRASING:
            self.err(f"<{tag}> inside <{parent}>, where a parser would "
                     "close it or move it")
        if tag == "mark" and not any(t == "div" and c == "text"
                                     for t, c in self.stack):
            self.err("<mark> outside a document's text")
        if tag not in VOID:
            self.stack.append((tag, a.get("class")))

    def handle_startendtag(self, tag, attrs):
        self.err(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            self.err(f"end tag of void element </{tag}>")
        elif not self.stack or self.stack[-1][0] != tag:
            top = self.stack[-1][0] if self.stack else "nothing"
            self.err(f"</{tag}> closes <{top}>: misnested")
        else:
            self.stack.pop()

    def handle_data(self, data):
        for ch in "<>&":
            if ch in data and (not self.stack or self.stack[-1][0] != "style"
                               or ch != ">"):
                self.err(f"raw {ch!r} in text: {data[:60]!r}")

    def handle_entityref(self, name):
        if name not in REFS:
            self.err(f"reference &{name};")

    def handle_charref(self, name):
        if name != "10":
            self.err(f"character reference &#{name};")

    def handle_comment(self, data):
        self.err("comment")

    def handle_pi(self, data):
        self.err("processing instruction")

    def unknown_decl(self, data):
        self.err(f"unknown declaration {data!r}")


def strict(path):
    raw = open(path, "rb").read()
    errors = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    if "\r" in text:
        errors.append("a CR in the page (a parser would rewrite it)")
    bad = sorted({f"U+{ord(c):04X}" for c in text
                  if forbidden(c) and c not in "\r"})
    if bad:
        errors.append(f"characters HTML forbids: {', '.join(bad[:10])}")
    if not text.startswith("<!DOCTYPE html>\n"):
        errors.append("no <!DOCTYPE html> first")
    p = Strict()
    p.feed(text)
    p.close()
    if p.rawdata:
        errors.append(f"unparsed text at the end: {p.rawdata[:60]!r}")
    errors += p.errors
    if p.stack:
        errors.append(f"elements left open: {[t for t, _ in p.stack]}")
    errors += [f"id {i!r} used {n} times" for i, n in p.ids.items() if n > 1]
    errors += [f"link {h!r} to no id" for h in p.links
               if not h.startswith("#") or h[1:] not in p.ids]
    return errors


# ------------------------------------------------------------ DOM

class Dom(HTMLParser):
    """Sections (documents) with their text and marks, and the table of
    contents, from a serialized DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections, self.toc = [], []
        self.stack, self.marks_open = [], []
        self.text_depth = None
        self.cell = None
        self.in_toc = False
        self.chars = 0  # of the current section's text

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "section":
            self.sections.append({"id": a.get("id"), "doc": a.get("data-doc"),
                                  "text": [], "marks": [], "cells": []})
            self.chars = 0
        elif tag == "div" and a.get("class") == "text":
            self.text_depth = len(self.stack)
        elif tag == "mark" and self.text_depth is not None:
            m = {"attrs": a, "from": self.text_pos(), "text": []}
            self.sections[-1]["marks"].append(m)
            self.marks_open.append(m)
        elif tag in ("td", "th") and self.sections and not self.in_toc:
            self.cell = []
        elif tag == "nav":
            self.in_toc = True
        elif tag == "a" and self.in_toc:
            self.toc.append([a.get("href"), []])

    def text_pos(self):
        return self.chars

    def handle_endtag(self, tag):
        while self.stack and self.stack[-1] != tag:  # a DOM is well nested
            self.stack.pop()
        if self.stack:
            self.stack.pop()
        if tag == "mark" and self.marks_open:
            m = self.marks_open.pop()
            m["to"] = self.text_pos()
        elif tag == "div" and self.text_depth is not None \
                and len(self.stack) < self.text_depth:
            self.text_depth = None
        elif tag in ("td", "th") and self.cell is not None:
            self.sections[-1]["cells"].append("".join(self.cell))
            self.cell = None
        elif tag == "nav":
            self.in_toc = False

    def handle_data(self, data):
        if self.text_depth is not None:
            self.sections[-1]["text"].append(data)
            self.chars += len(data)
            for m in self.marks_open:
                m["text"].append(data)
        elif self.cell is not None:
            self.cell.append(data)
        elif self.in_toc and self.toc and self.stack[-1:] == ["a"]:
            self.toc[-1][1].append(data)


COLS = ["start", "end", "type", "value", "unit"]
TYPES = ["AMOUNT", "DATE", "COMPANY", "AGENCY"]


def dom_check(dom_path, tsv_path, doclist, lines=None):
    errors = []
    say = errors.append
    records = {}
    if lines:
        for line in open(lines, "rb").read().split(b"\n"):
            if b"\t" in line:
                i, t = line.split(b"\t", 1)
                records[i.decode("utf-8", "surrogateescape")] = t
    docs = [d for d in open(doclist, encoding="utf-8",
                            errors="surrogateescape").read().split("\n") if d]
    rows = defaultdict(list)
    tsv = open(tsv_path, encoding="utf-8", errors="surrogateescape").read()
    for line in tsv.split("\n")[1:]:
        if line:
            f = [tsv_unescape(x) for x in line.split("\t")]
            rows[f[0]].append(f)
    p = Dom()
    p.feed(open(dom_path, encoding="utf-8").read())
    p.close()
    secs = p.sections
    if [s["doc"] for s in secs] != [vis_str(d) for d in docs]:
        say(f"sections {[s['doc'] for s in secs]} are not the documents "
            f"{docs}")
        return errors
    nmarks = nrows = 0
    for sec, doc in zip(secs, docs):
        raw = records[doc] if lines else open(doc, "rb").read()
        need = [int(f[k]) for f in rows.get(doc, []) for k in (1, 2)]
        want, offs = visible(raw, need)
        got = "".join(sec["text"])
        if got != want:
            k = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b),
                     min(len(got), len(want)))
            say(f"{doc}: visible text differs at character {k}: page "
                f"{got[k:k + 40]!r}, document {want[k:k + 40]!r} "
                f"(lengths {len(got)}, {len(want)})")
        pieces = defaultdict(list)
        for m in sec["marks"]:
            key = tuple(m["attrs"].get("data-" + c) for c in COLS)
            if None in key:
                say(f"{doc}: a mark without every data- attribute: "
                    f"{m['attrs']}")
                continue
            if not m["attrs"].get("title", "").startswith(key[2] + ": "):
                say(f"{doc}: mark {key} without its title")
            pieces[key].append(m)
        first = Counter(k for k, ms in pieces.items() for m in ms
                        if m["attrs"].get("class") != "cont")
        want_rows = Counter()
        for f in rows.get(doc, []):
            key = (f[1], f[2], f[3], vis_str(f[5]), vis_str(f[6]))
            want_rows[key] += 1
            start, end = int(f[1]), int(f[2])
            span = want[offs[start]:offs[end]]
            if vis_str(f[4]) != span:
                say(f"{doc}: TSV text {f[4]!r} is not the document's "
                    f"{span!r} at {start}..{end}")
            ms = sorted(pieces.get(key, []), key=lambda m: m["from"])
            if not ms:
                continue
            if ms[0]["attrs"].get("class") == "cont" or any(
                    m["attrs"].get("class") != "cont" for m in ms[1:]):
                say(f"{doc}: row {key}: the first piece is not the one "
                    "without cont")
            if ms[0]["from"] != offs[start] or ms[-1]["to"] != offs[end] or \
                    any(a["to"] != b["from"] for a, b in zip(ms, ms[1:])):
                say(f"{doc}: row {key}: pieces at "
                    f"{[(m['from'], m['to']) for m in ms]}, span at "
                    f"{offs[start]}..{offs[end]}")
            text = "".join("".join(m["text"]) for m in ms)
            if text != span:
                say(f"{doc}: row {key}: marks hold {text!r}, not {span!r}")
        if first != want_rows:
            say(f"{doc}: marks without cont {sorted(first - want_rows)} "
                f"and TSV rows {sorted(want_rows - first)} differ")
        if len(want_rows) != sum(want_rows.values()):
            say(f"{doc}: the same row twice: pieces cannot be told apart")
        counts = [str(sum(1 for f in rows.get(doc, []) if f[3] == t))
                  for t in TYPES]
        counts.append(str(len(rows.get(doc, []))))
        if sec["cells"][-5:] != counts or sec["cells"][:4] != TYPES:
            say(f"{doc}: counts table {sec['cells']}, rows give {counts}")
        nmarks += sum(first.values())
        nrows += sum(want_rows.values())
    extra = set(rows) - set(docs)
    if extra:
        say(f"TSV rows of documents without a section: {sorted(extra)}")
    if len(secs) > 1:
        toc = [(h, "".join(t)) for h, t in p.toc]
        want_toc = [("#" + s["id"], s["doc"]) for s in secs]
        if toc != want_toc:
            say(f"table of contents {toc[:5]}..., want {want_toc[:5]}...")
    elif p.toc:
        say("a table of contents for one document")
    print(f"{dom_path}: {len(secs)} documents, {nrows} rows, {nmarks} marks "
          f"without cont, {sum(len(s['marks']) for s in secs)} marks")
    return errors


def main(argv):
    if len(argv) >= 2 and argv[0] == "strict":
        errors = strict(argv[1])
    elif len(argv) >= 4 and argv[0] == "dom":
        lines = argv[5] if len(argv) >= 6 and argv[4] == "--lines" else None
        errors = dom_check(argv[1], argv[2], argv[3], lines)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for e in errors[:30]:
        print(f"{argv[1]}: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
