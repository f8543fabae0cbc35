#!/usr/bin/env python3
"""Token span P/R/F1 of `frex tokenize --lines` against a UD French gold file
(../shared/tokenize/*.tsv: sent_id, text, tokens, byte spans).

With --typographic, every ASCII apostrophe of the text is replaced by U+2019
and the gold spans are moved accordingly, to check the rules do not depend on
the apostrophe form (PUD, held out, uses U+2019).
Prints a SCORE line; exits 1 when F1 is below --min.
usage: score_tokenize.py GOLD.tsv [--typographic] [--min 0.99] [--show N]
"""
import argparse
import os
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument('gold')
ap.add_argument('--typographic', action='store_true')
ap.add_argument('--min', type=float, default=None)
ap.add_argument('--show', type=int, default=0)
ap.add_argument('--frex', default=os.environ.get('FREX', 'bin/frex'))
a = ap.parse_args()

rows = []
with open(a.gold, encoding='utf-8') as f:
    next(f)
    for line in f:
        sid, text, _tokens, spans = line.rstrip('\n').split('\t')
        spans = [tuple(map(int, s.split(':'))) for s in spans.split(' ')]
        if a.typographic:
            raw = text.encode()
            shift, pos = [], 0  # shift[i] = extra bytes before byte i
            for i in range(len(raw) + 1):
                shift.append(pos)
                if i < len(raw) and raw[i:i + 1] == b"'":
                    pos += 2
            spans = [(s + shift[s], e + shift[e]) for s, e in spans]
            text = text.replace("'", "\u2019")
        rows.append((sid, text, set(spans)))

inp = ''.join(f"{sid}\t{text}\n" for sid, text, _ in rows)
p = subprocess.run([a.frex, 'tokenize', '--lines', '--no-header', '-j1'],
                   input=inp.encode(), capture_output=True)
if p.returncode != 0:
    sys.exit(f"score_tokenize: frex exited {p.returncode}: {p.stderr.decode()}")
pred = {}
for line in p.stdout.decode().splitlines():
    c = line.split('\t')
    pred.setdefault(c[0], set()).add((int(c[2]), int(c[3])))

tp = fp = fn = shown = 0
for sid, text, gold in rows:
    got = pred.get(sid, set())
    tp += len(gold & got)
    fp += len(got - gold)
    fn += len(gold - got)
    if gold != got and shown < a.show:
        shown += 1
        b = text.encode()
        print('  gold', sorted(b[s:e].decode() for s, e in gold - got),
              'frex', sorted(b[s:e].decode() for s, e in got - gold))
P, R = tp / (tp + fp), tp / (tp + fn)
F = 2 * P * R / (P + R)
name = os.path.basename(a.gold) + (' (apostrophes as U+2019)' if a.typographic else '')
print(f"SCORE tokens {name}: P={P:.4f} R={R:.4f} F1={F:.4f}")
if a.min is not None and F < a.min:
    print(f"FAIL: F1 {F:.4f} below {a.min}")
    sys.exit(1)
