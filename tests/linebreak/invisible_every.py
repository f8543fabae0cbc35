#!/usr/bin/env python3
"""Entities with an invisible character inside (SPEC "Robustness": never
lose output; README "Invisible characters"): a soft hyphen U+00AD, a
zero-width space, non-joiner or joiner U+200B..U+200D, a word joiner
U+2060 or a BOM U+FEFF put between two letters or digits of the entity
("mil\u00adliards", "2\u200b026", "Air\u00adbus"), at every such position,
each character in turn; and a line separator U+2028 put for each space
inside the entity and the spaces around it ("3 millions\u2028d'euros", as a
line break).  For each copy, frex extract must give the same (type, value,
unit) rows as the sentence without it, the entity's row must have the
text as written (the invisible character included), and every row must
pass check_offsets.py.  Guards: a paragraph separator U+2029 ends an
entity as a blank line does, and "novembre\u2028" before a dateline-like
line keeps two dates, as a line break does.

usage: invisible_every.py [--frex bin/frex] [--offsets CHECK_OFFSETS.PY] [-v]
"""
import argparse
import os
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
ap.add_argument('--offsets', default=None)
ap.add_argument('-v', action='store_true')
a = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
offsets = a.offsets or os.path.join(here, '..', 'tools', 'check_offsets.py')

INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
DCT = '2026-01-05'

# (type, entity text, sentence): the sentence holds the entity once.
CASES = [
    ('AMOUNT', "3 milliards d'euros",
     "Le constructeur a annoncé une perte de 3 milliards d'euros sur l'exercice."),
    ('AMOUNT', '1 250 000 €',
     'La commune a voté une enveloppe de 1 250 000 € pour la voirie.'),
    ('AMOUNT', '4,5 millions de dollars',
     'La start-up a levé 4,5 millions de dollars auprès de fonds américains.'),
    ('AMOUNT', '150 millions de francs suisses',
     'Le laboratoire a cédé sa filiale pour 150 millions de francs suisses.'),
    ('AMOUNT', '12 M€',
     'Le club a recruté un attaquant pour 12 M€ cet été.'),
    ('DATE', '12 mars 2026',
     'Le tribunal a rendu son jugement le 12 mars 2026 après deux ans de procédure.'),
    ('DATE', '2026',
     "L'usine doit ouvrir en 2026 selon la direction."),
    ('DATE', 'troisième trimestre 2025',
     'Les ventes ont reculé au troisième trimestre 2025 dans toute la région.'),
    ('DATE', 'la semaine dernière',
     'Le maire a présenté son projet la semaine dernière aux habitants.'),
    ('DATE', '21/07/2025',
     'Le contrat a été signé le 21/07/2025 par les deux parties.'),
    ('COMPANY', 'Airbus',
     "Le groupe Airbus a livré moins d'avions que prévu."),
    ('COMPANY', 'TotalEnergies',
     'Les salariés de TotalEnergies ont voté la grève reconductible.'),
    ('AGENCY', "ministère de l'Intérieur",
     "Un porte-parole du ministère de l'Intérieur a confirmé l'information."),
    ('AGENCY', 'Commission européenne',
     'La Commission européenne a ouvert une enquête approfondie.'),
]


def run(files):
    """frex extract over FILES: {file: [(start, end, type, text, value, unit)]}"""
    out = subprocess.run([a.frex, 'extract', '--dct', DCT, '-j1'] + files,
                         capture_output=True, check=False)
    if out.returncode not in (0,):
        sys.exit(f'frex exited {out.returncode}: {out.stderr.decode()[:500]}')
    rows = {}
    for ln in out.stdout.decode('utf-8', 'surrogateescape').split('\n')[1:]:
        if not ln:
            continue
        c = ln.split('\t')
        rows.setdefault(c[0], []).append(tuple(c[1:]))
    return out.stdout, rows


def esc(s):
    return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
            .replace('\r', '\\r'))


variants = []  # (name, case index, text, entity text as written)
for ci, (typ, ent, sent) in enumerate(CASES):
    at = sent.index(ent)
    variants.append((f'{ci}-plain', ci, sent, ent))
    k = 0
    for p in range(1, len(ent)):
        if ent[p - 1].isalnum() and ent[p].isalnum():
            for ch in INVISIBLE:
                e2 = ent[:p] + ch + ent[p:]
                variants.append((f'{ci}-U+{ord(ch):04X}@{p}', ci,
                                 sent[:at] + e2 + sent[at + len(ent):], e2))
            k += 1
    for p in [-1] + [i for i, x in enumerate(ent) if x == ' '] + [len(ent)]:
        q = at + p
        if 0 <= q < len(sent) and sent[q] == ' ':
            text = sent[:q] + '\u2028' + sent[q + 1:]
            e2 = ent if p in (-1, len(ent)) else ent[:p] + '\u2028' + ent[p + 1:]
            variants.append((f'{ci}-U+2028@{p}', ci, text, e2))

GUARDS = [
    # (name, text, expected (type, text, value) rows)
    ('ps-ends', "La région a versé 3 millions\u2029d'euros aux communes.",
     []),
    ('ls-headline', 'Le chômage a baissé en novembre\u202826 décembre 2016 . – Ce 26 décembre, le ministère a publié les chiffres.',
     [('DATE', 'novembre', '2025-11'), ('DATE', '26 décembre 2016', '2016-12-26')]),
]

fails = 0
with tempfile.TemporaryDirectory() as d:
    files = []
    for name, ci, text, _ in variants:
        f = os.path.join(d, name + '.txt')
        with open(f, 'w', encoding='utf-8') as fh:
            fh.write(text + '\n')
        files.append(f)
    for name, text, _ in GUARDS:
        f = os.path.join(d, 'g-' + name + '.txt')
        with open(f, 'w', encoding='utf-8') as fh:
            fh.write(text + '\n')
        files.append(f)
    raw, rows = run(files)
    tsv = os.path.join(d, 'out.tsv')
    with open(tsv, 'wb') as fh:
        fh.write(raw)
    chk = subprocess.run([sys.executable, offsets, tsv], capture_output=True)
    if chk.returncode:
        print('FAIL offsets:', chk.stdout.decode()[:800], chk.stderr.decode()[:400])
        fails += 1
    ref = {}
    for name, ci, text, e2 in variants:
        got = rows.get(os.path.join(d, name + '.txt'), [])
        vals = sorted((r[2], r[4], r[5]) for r in got)
        if name.endswith('-plain'):
            ref[ci] = vals
            typ, ent = CASES[ci][0], CASES[ci][1]
            if not any(r[2] == typ and r[3] == esc(ent) for r in got):
                print(f'FAIL {name}: no {typ} {ent!r} in the plain sentence: {got}')
                fails += 1
            continue
        typ = CASES[ci][0]
        ok = vals == ref[ci] and any(r[2] == typ and r[3] == esc(e2) for r in got)
        if not ok:
            fails += 1
            print(f'FAIL {name}: {[(r[2], r[3], r[4]) for r in got]} '
                  f'expected {ref[ci]} with text {esc(e2)!r}')
        elif a.v:
            print(f'ok {name}')
    for name, text, exp in GUARDS:
        got = rows.get(os.path.join(d, 'g-' + name + '.txt'), [])
        if name == 'ps-ends':
            bad = [r for r in got if r[2] == 'AMOUNT']
            if bad:
                fails += 1
                print(f'FAIL guard {name}: an amount across U+2029: {bad}')
        else:
            vals = [(r[2], r[3], r[4]) for r in got if r[2] == 'DATE']
            if vals[:len(exp)] != exp:
                fails += 1
                print(f'FAIL guard {name}: {vals} expected {exp}')
print(f'invisible_every: {len(variants)} copies, {len(GUARDS)} guards, '
      f'{fails} failed')
sys.exit(1 if fails else 0)
