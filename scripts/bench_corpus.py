#!/usr/bin/env python3
"""Build frex's benchmark corpus from French text found on this machine.

Called by scripts/build_bench_corpus.sh, which fetches and unpacks the
Debian documentation packages first.  Usage:

    bench_corpus.py ROOT SHARED MIN_BYTES OUTDIR

ROOT      directory where the .deb packages were unpacked (dpkg-deb -x)
SHARED    the project's ../shared directory (tokenize/*.tsv, ner/winer-fr)
MIN_BYTES size that both outputs must reach
OUTDIR    bench/: writes OUTDIR/corpus/ (one file per document),
          OUTDIR/corpus.txt (all documents, one blank line between) and
          OUTDIR/CORPUS.md (what it holds, per source)

Sources, French only (selected by path: man/fr, help/fr, */fr/*, fr-FR,
*.fr.html):
  - man pages (manpages-fr, manpages-fr-dev): a small troff stripper keeps
    running text and drops requests, synopsis/example blocks (.nf/.EX) and
    table formats; `\\ ` (the French no-break space before `:`) becomes
    U+00A0.  groff is not used: its filling hyphenates words at line ends.
  - HTML manuals (debian-reference-fr, developers-reference-fr,
    maint-guide-fr, debian-faq-fr, aptitude-doc-fr, debian-handbook,
    debian-history, lilypond-doc-html-fr, libreoffice-help-fr): text of the
    body without <script>, <style>, <pre>, <header>, <nav>, <footer>; one
    paragraph per block element.
  - GNOME help (gnome-user-docs, help/fr/*.page, Mallard XML): same, without
    <info> and code blocks.
  - ../shared/tokenize/*.tsv: the treebank sentences (column 2), 200 per
    document.
  - ../shared/ner/winer-fr/texts: Wikinews articles (CC BY 2.5).
  - corpus/: the seed articles.
  (../shared/ner/hipe2020-fr is deliberately NOT used: CC BY-NC-SA.)

Some manuals are only partly translated (debian-handbook above all): in
the packaged documents, a paragraph of 8+ words with more English than
French function words is dropped.

The unique text is smaller than MIN_BYTES, so it is repeated: copy k
(k = 0, 1, ...) holds every document once, in an order shuffled with
random.Random(k), and copies are added until MIN_BYTES is reached (the last
one may be partial).  Everything is sorted before shuffling, so the output
is the same byte for byte on every run.
"""
import gzip
import html.parser
import os
import random
import re
import sys
import unicodedata

# ------------------------------------------------------------------ HTML


BLOCK = {
    "p", "div", "br", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "title", "section", "table", "ul", "ol", "dl",
    "blockquote", "caption", "figcaption", "article", "item", "note",
    "steps", "terms", "list", "tree", "media", "subtitle", "desc", "page",
}
SKIP = {
    "script", "style", "pre", "head", "header", "nav", "footer", "info",
    "screen", "code_block", "synopsis", "noscript", "svg", "math",
}


class TextOf(html.parser.HTMLParser):
    """Running text of an HTML or Mallard document, one block a paragraph."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip = [], [], 0

    def flush(self):
        t = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(self.cur)).strip()
        if t:
            self.paras.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.skip:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_text(raw):
    p = TextOf()
    p.feed(raw)
    p.close()
    p.flush()
    return "\n\n".join(p.paras)


# ------------------------------------------------------------------ troff

NAMED = {
    "em": "—", "en": "–", "aq": "'", "lq": "“", "rq": "”", "Fo": "«",
    "Fc": "»", "dq": '"', "oq": "‘", "cq": "’", "bu": "•", "co": "©",
    "rg": "®", "tm": "™", "de": "°", "mu": "×", "hy": "-", "ti": "~",
    "ha": "^", "rs": "\\", "sl": "/", "ga": "`", "ul": "_", "da": "↓",
    "ua": "↑", "->": "→", "<-": "←", "<=": "≤", ">=": "≥", "!=": "≠",
    "Eu": "€", "eu": "€", "Po": "£", "Ye": "¥", "ct": "¢", "ss": "ß",
    "+-": "±", "r!": "¡", "r?": "¿", "pc": "·", "12": "½", "14": "¼",
}
ESC = re.compile(
    r"\\(?:f(?:\[[^\]]*\]|\(..|.)"          # font changes
    r"|s[-+]?(?:\d|\(\d\d|\[[^\]]*\])"      # size changes
    r"|\*(?:\[[^\]]*\]|\(..|.)"             # strings
    r"|\((..)"                              # \(xx named char
    r"|\[([^\]]*)\]"                        # \[name] named char
    r"|[nk](?:\[[^\]]*\]|\(..|.)"           # registers, marks
    r"|[hvwlLoxbDNRSXYZ]'[^']*'"            # motions and the like
    r"|(.))")                               # one-character escapes
ONE = {"-": "-", "e": "\\", "\\": "\\", " ": "\u00a0", "~": "\u00a0",
       "0": " ", "'": "´", "`": "`", ".": ".", "t": "\t"}


def unescape(s):
    def sub(m):
        if m.group(1):
            return NAMED.get(m.group(1), "")
        if m.group(2) is not None:
            name = m.group(2)
            if re.fullmatch(r"u[0-9A-Fa-f]{4,6}", name):
                return chr(int(name[1:], 16))
            return NAMED.get(name, "")
        if m.group(3) is not None:
            return ONE.get(m.group(3), "")
        return ""
    return ESC.sub(sub, s)


def macro_args(rest):
    args, cur, q, i = [], "", False, 0
    while i < len(rest):
        ch = rest[i]
        if ch == "\\" and i + 1 < len(rest):
            cur += rest[i:i + 2]
            i += 2
            continue
        if ch == '"':
            if q and i + 1 < len(rest) and rest[i + 1] == '"':
                cur += '"'
                i += 2
                continue
            q = not q
        elif ch in " \t" and not q:
            if cur:
                args.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if cur:
        args.append(cur)
    return args


FONT_MACROS = {"B", "I", "SM", "SB"}
ALT_MACROS = {"BR", "RB", "IR", "RI", "BI", "IB"}
BREAKS = {"PP", "P", "LP", "TP", "IP", "HP", "sp", "br", "SH", "SS", "RS",
          "RE", "TQ", "bp", "PD"}


def man_text(raw):
    paras, cur, skip, table = [], [], None, 0

    def flush():
        t = re.sub(r"[ \t]+", " ", " ".join(cur)).strip()
        if t:
            paras.append(t)
        cur.clear()

    for line in raw.split("\n"):
        if line.startswith(('.\\"', "'\\\"", '.\\\\"')) or line.strip() == ".":
            continue
        if line.startswith((".", "'")):
            m = re.match(r"[.'][ \t]*([^ \t]*)[ \t]*(.*)", line)
            req, rest = m.group(1), m.group(2)
            if skip:
                if req == skip:
                    skip = None
                continue
            if req in ("nf", "EX"):
                flush()
                skip = "fi" if req == "nf" else "EE"
                continue
            if req == "TS":
                flush()
                table = 1
                continue
            if req == "TE":
                table = 0
                flush()
                continue
            if req in BREAKS:
                flush()
                if req in ("SH", "SS", "IP"):
                    args = macro_args(rest)
                    if args and req != "IP" or (req == "IP" and args and
                                                len(args[0]) > 2):
                        paras.append(unescape(" ".join(args[:1] if req == "IP"
                                                       else args)).strip())
                continue
            if req in FONT_MACROS:
                cur.append(unescape(" ".join(macro_args(rest))))
            elif req in ALT_MACROS:
                cur.append(unescape("".join(macro_args(rest))))
            continue  # any other request: dropped
        if skip:
            continue
        if table == 1:  # format lines, up to the one ending in '.'
            if line.rstrip().endswith("."):
                table = 2
            continue
        if table == 2:
            line = line.replace("T{", "").replace("T}", "").replace("\t", " ")
        if not line.strip():
            flush()
            continue
        cur.append(unescape(line))
    flush()
    return "\n\n".join(p for p in paras if p)


# ------------------------------------------------------------------ sources


FR = {"le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "pour",
      "dans", "que", "qui", "sur", "par", "avec", "pas", "ou", "au", "aux"}
EN = {"the", "and", "of", "to", "is", "in", "for", "that", "with", "this",
      "are", "be", "it", "on", "as", "by", "you", "can", "not", "or"}


def drop_english(text):
    """Drop the paragraphs that look English (partly translated manuals):
    those of 8 words or more with more English than French function words."""
    keep = []
    for para in text.split("\n\n"):
        words = re.findall(r"[a-z]+", para.lower())
        if len(words) >= 8:
            fr = sum(w in FR for w in words)
            en = sum(w in EN for w in words)
            if en > fr:
                continue
        keep.append(para)
    return "\n\n".join(keep)


def is_french(rel):
    return ("/fr/" in rel or "/fr-FR/" in rel or rel.endswith(".fr.html")
            or "/man/fr/" in rel)


def deb_documents(root):
    docs = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, root)
            if os.path.islink(path) or not is_french("/" + rel):
                continue
            if "/man/fr/" in "/" + rel and fn.endswith(".gz"):
                with gzip.open(path, "rb") as f:
                    raw = f.read().decode("utf-8", "replace")
                if raw.lstrip().startswith(".so "):
                    continue  # an alias of another page
                text = man_text(raw)
            elif fn.endswith((".html", ".page")):
                with open(path, "rb") as f:
                    raw = f.read().decode("utf-8", "replace")
                text = html_text(raw)
            else:
                continue
            text = drop_english(text)
            if len(text) >= 200:
                docs.append((rel, text))
    return docs


def treebank_documents(shared):
    docs = []
    d = os.path.join(shared, "tokenize")
    for fn in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        if not fn.endswith(".tsv"):
            continue
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            rows = [ln.rstrip("\n").split("\t") for ln in f][1:]
        sents = [r[1] for r in rows if len(r) > 1 and r[1]]
        for i in range(0, len(sents), 200):
            docs.append(("shared/tokenize/%s/%04d" % (fn, i // 200),
                         " ".join(sents[i:i + 200])))
    return docs


def dir_documents(d, label):
    docs = []
    for fn in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        p = os.path.join(d, fn)
        if os.path.isfile(p) and fn.endswith(".txt"):
            with open(p, "rb") as f:
                docs.append((label + "/" + fn,
                             f.read().decode("utf-8", "replace")))
    return docs


def slug(rel):
    s = re.sub(r"[^A-Za-z0-9.]+", "_", rel).strip("_")
    return s[-80:]


def main():
    root, shared, min_bytes, out = sys.argv[1], sys.argv[2], int(
        sys.argv[3]), sys.argv[4]
    docs = deb_documents(root)
    docs += treebank_documents(shared)
    docs += dir_documents(os.path.join(shared, "ner", "winer-fr", "texts"),
                          "shared/ner/winer-fr")
    docs += dir_documents("corpus", "corpus")
    docs = [(r, unicodedata.normalize("NFC", t).rstrip("\n") + "\n")
            for r, t in docs]
    docs.sort()
    blobs = [(r, t.encode("utf-8")) for r, t in docs]
    unique = sum(len(b) for _, b in blobs)
    if unique == 0:
        sys.exit("bench_corpus: no French text found")

    cdir = os.path.join(out, "corpus")
    os.makedirs(cdir, exist_ok=True)
    total, k, files = 0, 0, 0
    with open(os.path.join(out, "corpus.txt.tmp"), "wb") as big:
        while total < min_bytes:
            order = list(range(len(blobs)))
            random.Random(k).shuffle(order)
            sub = os.path.join(cdir, "copy%02d" % k)
            os.makedirs(sub, exist_ok=True)
            for n, i in enumerate(order):
                if total >= min_bytes:
                    break
                rel, b = blobs[i]
                with open(os.path.join(sub, "%05d_%s.txt" % (n, slug(rel))),
                          "wb") as f:
                    f.write(b)
                big.write(b)
                big.write(b"\n")
                total += len(b) + 1
                files += 1
            k += 1
    os.replace(os.path.join(out, "corpus.txt.tmp"),
               os.path.join(out, "corpus.txt"))

    by = {}
    for rel, b in blobs:
        if rel.startswith(("shared/", "corpus/")):
            key = "/".join(rel.split("/")[:3 if rel.startswith("shared/") else 1])
        else:
            parts = rel.split("/")
            key = "/".join(parts[:4]) if "man" in parts[:3] else "/".join(
                parts[:3])
        n, s = by.get(key, (0, 0))
        by[key] = (n + 1, s + len(b))
    with open(os.path.join(out, "CORPUS.md"), "w", encoding="utf-8") as f:
        f.write("# frex benchmark corpus\n\n"
                "Built by `scripts/build_bench_corpus.sh` (see the comment at "
                "the top of `scripts/bench_corpus.py`).\n\n"
                "- unique French text: %d documents, %d bytes\n"
                "- repeated as %d copies (each in its own deterministic "
                "shuffled order; the last may be partial) to reach %d bytes\n"
                "- `corpus/`: %d files, `corpus.txt`: %d bytes (the same "
                "documents in the same order, one blank line between)\n\n"
                "| source | documents | bytes |\n|---|---:|---:|\n"
                % (len(blobs), unique, k, min_bytes, files, total))
        for key in sorted(by):
            f.write("| %s | %d | %d |\n" % (key, by[key][0], by[key][1]))
    print("bench corpus: %d unique documents (%.1f MB) x %d copies -> %d "
          "files, %.1f MB" % (len(blobs), unique / 1e6, k, files,
                              total / 1e6), file=sys.stderr)


if __name__ == "__main__":
    main()
