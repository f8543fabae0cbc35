#!/usr/bin/env python3
"""Score frex on a conformance case list (../shared/conformance/*.tsv).

Each case's sentence is fed to `frex extract --lines`, grouped by reference
date (passed as --dct).  Per the suite's README: a case is *detected* when an
entity of the right type overlaps the expected surface, and *correct* when one
such entity has the expected value (X in the expected value matches any
character; amounts compare numerically) and the same unit or grain.
Prints SCORE lines for `v` and `u` cases and overall; exits 1 when the overall
exact rate is below --min.

For DATE, the rows whose expected value needs the reference date (a full
value whose year is not written in the sentence: "jeudi dernier", "le 15")
are also scored apart, so that a resolver ignoring the DCT fails
--min-resolved.

usage: score_conformance.py CASES.tsv --type AMOUNT|DATE [--prefer future]
                            [--min 0.95] [--min-resolved 0.9]
                            [--show-errors] [--frex bin/frex]
"""
import argparse
import collections
import datetime
import os
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument('cases')
ap.add_argument('--type', required=True, choices=['AMOUNT', 'DATE'])
ap.add_argument('--prefer', default='past', choices=['past', 'future'])
ap.add_argument('--min', type=float, default=None)
ap.add_argument('--min-resolved', type=float, default=None,
                help='DATE: floor on the rows whose value needs the reference '
                     'date (its year is not in the text)')
ap.add_argument('--show-errors', action='store_true')
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
a = ap.parse_args()

cases = []
with open(a.cases, encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        cid, text, surface, value, unit, ref = line.rstrip('\n').split('\t')
        cases.append(dict(id=cid, text=text, surface=surface, value=value,
                          unit=unit, ref=ref[:10]))

# one frex run per reference date; documents are numbered by case index
preds = collections.defaultdict(list)
groups = collections.defaultdict(list)
for i, c in enumerate(cases):
    groups[c['ref']].append(i)
for ref, idxs in groups.items():
    cmd = [a.frex, 'extract', '--lines', '--no-header', '-q', '--types', a.type,
           '--prefer', a.prefer, '-j1']
    if ref:
        cmd += ['--dct', ref]
    inp = ''.join(f"{i}\t{cases[i]['text']}\n" for i in idxs)
    p = subprocess.run(cmd, input=inp.encode(), capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"score_conformance: frex failed ({p.returncode}): {p.stderr.decode()}")
    for row in p.stdout.decode().splitlines():
        doc, start, end, typ, text, value, unit = row.split('\t')
        preds[int(doc)].append((int(start), int(end), typ, text, value, unit))


def same_value(exp, got):
    if a.type == 'AMOUNT':
        try:
            return abs(float(exp) - float(got)) <= 1e-9 * max(1.0, abs(float(exp)))
        except ValueError:
            return False
    if len(exp) == len(got) and all(e == 'X' or e == g for e, g in zip(exp, got)):
        return True
    # XXXX-WXX-N: any date on ISO weekday N agrees (the suite's README)
    m = re.fullmatch(r'XXXX-WXX-([1-7])', exp)
    if m:
        try:
            return datetime.date.fromisoformat(got).isoweekday() == int(m.group(1))
        except ValueError:
            return False
    return False


stats = collections.defaultdict(lambda: [0, 0, 0])  # cases, detected, correct
errors = []
for i, c in enumerate(cases):
    body = c['text'].encode()
    s = body.find(c['surface'].encode())
    if s < 0:
        s, e = 0, len(body)
    else:
        e = s + len(c['surface'].encode())
    over = [p for p in preds[i] if p[2] == a.type and p[0] < e and s < p[1]]
    ok = any(same_value(c['value'], p[4]) and p[5] == c['unit'] for p in over)
    kind = c['id'].split('-')[1][0]
    keys = [kind, 'all']
    if (a.type == 'DATE' and c['ref'] and 'X' not in c['value'] and
            re.match(r'[0-9]{4}', c['value']) and c['value'][:4] not in c['text']):
        keys.append('resolved')
    for k in keys:
        st = stats[k]
        st[0] += 1
        st[1] += bool(over)
        st[2] += ok
    if not ok:
        errors.append((c, over))

for k in ('v', 'u', 'all', 'resolved'):
    if k in stats:
        n, d, ok = stats[k]
        print(f"SCORE {a.type} {os.path.basename(a.cases)} {k}: {ok}/{n} exact "
              f"({ok / n:.1%}), {d}/{n} detected ({d / n:.1%})")
if a.show_errors:
    for c, over in errors:
        got = '; '.join(f"{p[3]!r}={p[4]} {p[5]}" for p in over) or 'nothing'
        print(f"{c['id']}\t{c['surface']!r} want {c['value']} {c['unit']}"
              f"{' (ref ' + c['ref'] + ')' if c['ref'] else ''}\tgot {got}\t| {c['text']}")
n, _, ok = stats['all']
status = 0
if a.min is not None and ok / n < a.min:
    print(f"FAIL: {ok / n:.1%} exact is below the floor {a.min:.1%}")
    status = 1
if a.min_resolved is not None:
    rn, _, rok = stats['resolved']
    if not rn or rok / rn < a.min_resolved:
        print(f"FAIL: {rok}/{rn} rows that need the reference date are "
              f"exact, below the floor {a.min_resolved:.1%}")
        status = 1
sys.exit(status)
