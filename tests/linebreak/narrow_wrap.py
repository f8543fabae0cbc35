#!/usr/bin/env python3
"""Short news articles hard-wrapped at every width from 15 to 80 columns
must give the entities of the unwrapped article (SPEC "Line breaks").

Each file of tests/linebreak/narrow/ is an article whose lines are
paragraphs or, in a list, sentences (the reference: read as it is).  Every
line is wrapped at each WIDTH by a greedy wrapper (words never cut), in
the styles mail, PDF-to-text and wire archives leave:
  fmt       the space at a break dropped (fmt, textwrap, par)
  fold      the space kept at the line's end (`fold -s`)
  crlf      fmt with CRLF line ends
  quote     every line of a quoted e-mail after "> "
  indent    the lines after a paragraph's first indented by two spaces
  sentline  one sentence per line, each wrapped (lists, subtitles)
frex extract (the DCT found in the text: a dateline cut by the wrap
counts) must give, per document, the same (type, value, unit, text) rows
in the same order as the unwrapped article, the text compared with its
line breaks, quote marks and indents read as one space; and every row
must pass tests/tools/check_offsets.py.  Narrow columns leave lines
shorter than the 16 bytes below which pipeline.c took a line for an item
("le 12 février\\n2026,"), a dateline on two lines ("LILLE, 14\\njanvier
2026 (AFP) -") and a sentence cut before a capital in text written one
sentence per line ("au groupe\\nVotorantim pour 1,1 milliard").

usage: narrow_wrap.py [--frex bin/frex] [--widths 15-80] [-v]
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
ap.add_argument('--widths', default='15-80')
ap.add_argument('-v', action='store_true')
a = ap.parse_args()
lo, hi = map(int, a.widths.split('-'))
STYLES = ('fmt', 'fold', 'crlf', 'quote', 'indent', 'sentline')


def wrap(line, width, keep_space):
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur + (' ' if keep_space else ''))
            cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    out.append(cur)
    return out


def sentences(line):
    return re.split(r'(?<=[.!?]) (?=[A-ZÉÀ«])', line)


def styled(text, style, width):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if not line:
            out.append('')
            continue
        if style == 'sentline':
            for s in sentences(line):
                out += wrap(s, width, False)
            continue
        ls = wrap(line, width, style == 'fold')
        if style == 'quote':
            ls = ['> ' + x for x in ls]
        elif style == 'indent':
            ls = ls[:1] + ['  ' + x for x in ls[1:]]
        out += ls
    nl = '\r\n' if style == 'crlf' else '\n'
    return nl.join(out) + nl


def extract(root, names):
    r = subprocess.run([os.path.abspath(a.frex), 'extract', '-j2'] + names,
                       cwd=root, capture_output=True)
    if r.returncode != 0:
        sys.exit(f'narrow_wrap: frex exit {r.returncode}: {r.stderr[:300]!r}')
    with open(os.path.join(root, 'out.tsv'), 'wb') as f:
        f.write(r.stdout)
    ck = subprocess.run([sys.executable, os.path.join(HERE, '..', 'tools',
                                                      'check_offsets.py'),
                         'out.tsv'], cwd=root, capture_output=True, text=True)
    rows = collections.defaultdict(list)
    for ln in r.stdout.decode('utf-8', 'surrogateescape').split('\n')[1:]:
        if ln:
            c = ln.split('\t')
            text = re.sub(r'(\\r)?\\n(> |\s)*', ' ', c[4])
            rows[c[0]].append((c[3], c[5], c[6], re.sub(' +', ' ', text)))
    return rows, ck


def main():
    arts = sorted(f for f in os.listdir(os.path.join(HERE, 'narrow'))
                  if f.endswith('.txt'))
    texts = {f: open(os.path.join(HERE, 'narrow', f), encoding='utf-8').read()
             for f in arts}
    bad = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for f in arts:
            with open(os.path.join(tmp, 'ref_' + f), 'w', encoding='utf-8') as o:
                o.write(texts[f])
        ref, ck = extract(tmp, ['ref_' + f for f in arts])
        for style in STYLES:
            for w in range(lo, hi + 1):
                for f in arts:
                    n = f'{style}{w}_{f}'
                    with open(os.path.join(tmp, n), 'w', encoding='utf-8',
                              newline='') as o:
                        o.write(styled(texts[f], style, w))
                    names.append((n, f, style, w))
        got, ck = extract(tmp, [n for n, *_ in names])
        if ck.returncode:
            bad += 1
            print('FAIL offsets:', ck.stdout.strip())
        for n, f, style, w in names:
            total += 1
            r, g = ref['ref_' + f], got[n]
            if r != g:
                bad += 1
                lost = collections.Counter(r) - collections.Counter(g)
                gained = collections.Counter(g) - collections.Counter(r)
                print(f'FAIL {f} {style} width {w}: lost {sorted(lost)} '
                      f'gained {sorted(gained)}')
            elif a.v:
                print(f'ok {f} {style} width {w}')
    print(f'narrow_wrap: {total} wrapped copies of {len(arts)} articles, '
          f'{bad} differ')
    return 1 if bad else 0


sys.exit(main())
