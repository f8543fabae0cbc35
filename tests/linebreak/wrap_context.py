#!/usr/bin/env python3
"""A hard line break between the words of a DATE's context must not change
its value (SPEC "Line breaks": a single line break reads as a space).

Every sentence of the DATE case files (tests/date/news*.tsv by default)
that has a DATE is set, with its DCT, in a paragraph of neutral filler
sentences hard-wrapped at about 72 columns, with one line break forced at
each of its spaces: the space made a line break (lf), kept before it as
`fold -s` leaves it (sp), or made a line break and an indent of two spaces
(indent), each with LF and CRLF line ends.  frex extract --dct DCT must
give the same (value, unit) DATE rows as for the paragraph unwrapped: the
cues and links that read the words around a date (the tense of its clause,
"hier samedi", "le 12 mars, et le tribunal", "les six premiers mois de
2027") see the spaces a line break leaves in the view as one.
wrap_every.py checks the entities themselves at every break; this checks
their values across the breaks of the sentence around them.

usage: wrap_context.py [--frex bin/frex] [-v] [CASES.tsv ...]
"""
import argparse
import collections
import glob
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wrap_lib import MIN_LINE, POST, PRE, WIDTH, fold  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
ap.add_argument('-v', action='store_true', help='print every difference')
ap.add_argument('files', nargs='*')
a = ap.parse_args()
files = a.files or sorted(glob.glob(os.path.join(
    os.path.dirname(__file__), '..', 'date', 'news*.tsv')))

VARIANTS = ('lf', 'sp', 'indent', 'lf-crlf', 'sp-crlf', 'indent-crlf')


def wrapped(left, right, variant):
    """(wrapped paragraph, fillers before): LEFT ends a line of MIN_LINE
    columns or more, RIGHT opens the next."""
    for k in range(len(PRE) + 1):
        head = fold(' '.join(PRE[:k] + [left]))
        if len(head[-1]) >= MIN_LINE:
            break
    else:
        return None
    if any(len(l) > WIDTH + 1 for l in head):
        return None
    tail = fold(right + ' ' + POST)
    if variant.startswith('sp'):
        head[-1] += ' '
    if variant.startswith('indent'):
        tail[0] = '  ' + tail[0]
    nl = '\r\n' if variant.endswith('crlf') else '\n'
    return nl.join(head + tail) + nl, k


def main():
    sents = collections.defaultdict(set)  # DCT -> sentences with a DATE
    for f in files:
        with open(f, encoding='utf-8') as fh:
            for line in fh:
                p = line.rstrip('\n').split('\t')
                if line.startswith('#') or len(p) < 7 or p[4] == '-':
                    continue
                sents[p[2]].add(p[1])
    ncopies = ndiff = 0
    with tempfile.TemporaryDirectory() as tmp:
        for dct in sorted(sents):
            d = os.path.join(tmp, dct)
            os.mkdir(d)
            pairs = []  # (wrapped file, reference file, where)
            for si, sent in enumerate(sorted(sents[dct])):
                for q in [q for q, c in enumerate(sent) if c == ' ']:
                    for variant in VARIANTS:
                        got = wrapped(sent[:q], sent[q + 1:], variant)
                        if got is None:
                            continue
                        text, k = got
                        ref = f'r{si:03d}_{k}.txt'
                        with open(os.path.join(d, ref), 'w',
                                  encoding='utf-8') as fh:
                            fh.write(' '.join(PRE[:k] + [sent, POST]) + '\n')
                        name = f'w{si:03d}_{q:03d}_{variant}.txt'
                        with open(os.path.join(d, name), 'wb') as fh:
                            fh.write(text.encode())
                        pairs.append((name, ref, f'{variant} {sent[:q]!r} '
                                      f'/ {sent[q + 1:]!r}'))
            p = subprocess.run([a.frex, 'extract', '--dct',
                                'none' if dct == '-' else dct, '-q', '-j2']
                               + sorted(glob.glob(d + '/*.txt')),
                               capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f'wrap_context: frex failed ({p.returncode}): '
                         f'{p.stderr}')
            rows = collections.defaultdict(collections.Counter)
            for line in p.stdout.splitlines()[1:]:
                doc, _, _, typ, _, value, unit = line.split('\t')[:7]
                if typ == 'DATE':
                    rows[os.path.basename(doc)][(value, unit)] += 1
            for name, ref, where in pairs:
                ncopies += 1
                if rows[name] != rows[ref]:
                    ndiff += 1
                    print(f'FAIL dct={dct} {where}: '
                          f'{sorted(rows[ref].elements())} -> '
                          f'{sorted(rows[name].elements())}')
    print(f'wrap_context: {ncopies} wrapped copies of '
          f'{sum(len(s) for s in sents.values())} sentences: '
          f'{ncopies - ndiff} same DATE rows, {ndiff} differ')
    return 1 if ndiff or not ncopies else 0


sys.exit(main())
