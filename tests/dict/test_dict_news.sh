#!/bin/sh
# Names of French business news read with the shipped dictionary (dict/),
# through bin/frex: tests/dict/news-cases.tsv, one document per line, in
# the format of tests/org/cases.tsv (family, text with "\n" for a line
# break, expected rows "TYPE:span=value|unit" joined by "; ", or "-").
# tests/org/cases.tsv tests the rules against a test dictionary; this file
# tests what dict/ itself gives: the names a probe by family found missing
# (companies of the SBF 120, cooperatives, mutual insurers, scale-ups,
# airlines; the spellings Onu, Otan, Cnam, Efsa...), and the names flagged
# ambiguous left alone without a cue.
set -u
cd "$(dirname "$0")/../.." || exit 2
FREX=${FREX:-bin/frex}
[ -x "$FREX" ] || { echo "SKIP: $FREX not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$FREX" "$tmp" tests/dict/news-cases.tsv <<'PY'
import os, subprocess, sys
frex, tmp, path = sys.argv[1:4]
cases = []
for ln in open(path, encoding="utf-8"):
    ln = ln.rstrip("\n")
    if not ln or ln.startswith("#"):
        continue
    c = ln.split("\t")
    if len(c) != 3:
        print("not ok - %s: three columns" % ln)
        sys.exit(1)
    cases.append(c)
files = []
for i, (fam, text, want) in enumerate(cases):
    f = os.path.join(tmp, "%04d.txt" % i)
    with open(f, "w", encoding="utf-8") as out:
        out.write(text.replace("\\n", "\n") + "\n")
    files.append(f)
r = subprocess.run([frex, "extract", "-j1"] + files, capture_output=True,
                   text=True)
if r.returncode != 0:
    print("not ok - frex extract failed: %s" % r.stderr.strip())
    sys.exit(1)
got = {f: [] for f in files}
for ln in r.stdout.splitlines()[1:]:
    doc, s, e, typ, span, val, unit = ln.split("\t")
    got[doc].append("%s:%s=%s|%s" % (typ, span.replace("\\n", "\n"), val,
                                     unit))
bad = 0
for n, ((fam, text, want), f) in enumerate(zip(cases, files), 1):
    # COMPANY and AGENCY rows only: dates and amounts are other tests'
    rows = [g for g in got[f] if g.startswith(("COMPANY:", "AGENCY:"))]
    have = "; ".join(rows).replace("\n", "\\n") or "-"
    if have == want:
        print("ok %d - %s: %s" % (n, fam, text))
    else:
        bad += 1
        print("not ok %d - %s: %s\n#   want %s\n#   got  %s" % (
            n, fam, text, want, have))
print("1..%d" % len(cases))
print("SCORE dict news cases: %d of %d" % (len(cases) - bad, len(cases)))
if len(cases) < 40:
    print("not ok - news-cases.tsv has its cases")
    sys.exit(1)
sys.exit(1 if bad else 0)
PY
