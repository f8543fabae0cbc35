#!/usr/bin/env python3
"""Hard-wrapped text must give the same entities (issue 13, SPEC "Line
breaks"): fold every text of the given directories at WIDTH columns as
`fold -s -w WIDTH` does, run `frex extract` on the originals and on the
folded copies, and compare the (type, value, unit) rows of each document as
multisets.  Per type it prints a SCORE line: the rows found in both
(matched), lost by folding, gained by folding, and the agreement
matched / (matched + lost + gained).  Exits 1 when a type's agreement is
below --min.  With --crlf the folded copies end their lines with CRLF;
with --indent N every non-blank folded line starts with N spaces.
With --headline the copies are not folded: their first blank line becomes
a single line break ("Titre\n\nCorps" -> "Titre\nCorps"), to measure what
gluing a headline to the body changes.  With --hyphenate the copies are
wrapped at WIDTH as a typesetter does: a word of 7 letters or more that
does not fit is cut with a hyphen ("mil-\nliards", "décem-\nbre"), at most
one cut per line, 3 letters or more on each side; only AMOUNT and DATE are
compared then (frex joins the words their grammars read, and the names of
its dictionary, "Ama-\nzon"; a name the rules find is not joined, and is
left out when cut: "Parlement de Lond-\nres"), unless --names asks for
COMPANY and AGENCY too.

usage: fold_compare.py [--frex bin/frex] [--width 72] [--min 0.99]
                       [--crlf] [--headline | --hyphenate [--names]]
                       [--show N]
                       NAME DIR [NAME DIR ...]
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
ap.add_argument('--width', type=int, default=72)
ap.add_argument('--min', type=float, default=None)
ap.add_argument('--crlf', action='store_true')
ap.add_argument('--indent', type=int, default=0,
                help='indent every non-blank folded line by N spaces')
ap.add_argument('--headline', action='store_true')
ap.add_argument('--hyphenate', action='store_true')
ap.add_argument('--names', action='store_true',
                help='with --hyphenate, compare COMPANY and AGENCY too')
ap.add_argument('--show', type=int, default=0, help='print N differences')
ap.add_argument('sets', nargs='+', help='NAME DIR pairs')
a = ap.parse_args()
if len(a.sets) % 2:
    sys.exit('fold_compare: NAME DIR pairs expected')
TYPES = ('AMOUNT', 'DATE') if a.hyphenate and not a.names else \
    ('AMOUNT', 'DATE', 'COMPANY', 'AGENCY')


def extract(path):
    """doc basename -> Counter of (type, value, unit), and the rows."""
    p = subprocess.run([a.frex, 'extract', '--no-header', '-q', '-j2', path],
                       capture_output=True)
    if p.returncode != 0:
        sys.exit(f'fold_compare: frex failed on {path} ({p.returncode}): '
                 f'{p.stderr.decode(errors="replace")}')
    rows = collections.defaultdict(collections.Counter)
    for line in p.stdout.decode().splitlines():
        doc, _s, _e, typ, text, value, unit = line.split('\t')[:7]
        rows[os.path.basename(doc)][(typ, value, unit)] += 1
        rows[os.path.basename(doc)][('text', typ, value, unit, text)] += 0
    return rows


def hyphen_fold(text, width):
    """Wrap each line of TEXT at WIDTH characters, cutting a long word
    that does not fit with a hyphen (see --hyphenate)."""
    out = []
    for line in text.split('\n'):
        words, cur = line.split(' '), ''
        for w in words:
            if not cur:
                cur = w
                continue
            if len(cur) + 1 + len(w) <= width:
                cur += ' ' + w
                continue
            room = width - len(cur) - 2  # a space and the hyphen
            k = min(room, len(w) - 3)
            if len(w) >= 7 and w.isalpha() and w[1:].islower() and k >= 3:
                out.append(cur + ' ' + w[:k] + '-')
                cur = w[k:]
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return '\n'.join(out)


def fold(src, dst):
    """`fold -s -w WIDTH` on every file of SRC into DST (same names)."""
    for name in sorted(os.listdir(src)):
        if not name.endswith('.txt'):
            continue
        with open(os.path.join(src, name), 'rb') as f, \
                open(os.path.join(dst, name), 'wb') as g:
            if a.headline:
                out = f.read()
                k = out.find(b'\n\n', out.find(b'\n') if out.startswith(b'\n') else 0)
                if k >= 0:
                    out = out[:k] + out[k + 1:]
            elif a.hyphenate:
                out = hyphen_fold(f.read().decode('utf-8', 'replace'),
                                  a.width).encode()
            else:
                out = subprocess.run(['fold', '-s', '-w', str(a.width)],
                                     stdin=f, capture_output=True,
                                     check=True).stdout
            if a.indent:
                pad = b' ' * a.indent
                out = b'\n'.join(pad + x if x.strip() else x
                                  for x in out.split(b'\n'))
            if a.crlf:
                out = out.replace(b'\n', b'\r\n')
            g.write(out)


total = {t: [0, 0, 0] for t in TYPES}  # matched, lost, gained
shown = 0
with tempfile.TemporaryDirectory() as tmp:
    for k in range(0, len(a.sets), 2):
        name, src = a.sets[k], a.sets[k + 1]
        dst = os.path.join(tmp, name)
        os.mkdir(dst)
        fold(src, dst)
        orig, folded = extract(src), extract(dst)
        for doc in sorted(set(orig) | set(folded)):
            o, f = orig.get(doc, collections.Counter()), \
                folded.get(doc, collections.Counter())
            for key in set(o) | set(f):
                if key[0] not in total:
                    continue
                t = total[key[0]]
                m = min(o[key], f[key])
                t[0] += m
                t[1] += o[key] - m
                t[2] += f[key] - m
                if o[key] != f[key] and shown < a.show:
                    shown += 1
                    print(f'  {name}/{doc}: {key} {o[key]} -> {f[key]}')
bad = []
for t in TYPES:
    m, lost, gained = total[t]
    n = m + lost + gained
    ratio = m / n if n else 1.0
    what = 'headline' if a.headline else \
        f'fold{a.width}{" hyphen" if a.hyphenate else ""}'
    print(f'SCORE {what}{" crlf" if a.crlf else ""} {t}: {ratio:.4f} '
          f'({m} same, {lost} lost, {gained} gained)')
    if a.min is not None and ratio < a.min:
        bad.append(t)
if bad:
    print(f'FAIL: below {a.min} for {", ".join(bad)}')
    sys.exit(1)
