#!/bin/sh
# Check the dictionary files in dict/ (format of dict/README.md):
#   * every entry line has 2 to 6 TAB-separated columns, a type COMPANY or
#     AGENCY, a non-empty canonical name, no empty alias, known flags and an
#     id that is empty or a Wikidata id;
#   * every file starts with a comment header that names its licence;
#   * no name (canonical or alias) is given to two different canonical
#     names, within a file or across files (compared case-, accent- and
#     apostrophe-insensitively, as the matcher may match them alike),
#     except on purpose inside the hand-curated files (see README);
#   * scripts/build_dict.py --check regenerates byte-identical
#     dict/*-generated.tsv from ../shared/gazetteers and the Debian word
#     lists (SKIP, exit 77, when either is missing).
# Prints "SCORE dict ..." lines with the dictionary size by type and file.
set -u
cd "$(dirname "$0")/../.." || exit 2
SHARED=${SHARED:-../shared}
status=0
python3 - dict <<'PY' || status=1
import os, re, sys, unicodedata

def key(s):
    s = unicodedata.normalize("NFC", s)
    for a in "\u2019\u02bc\u2018`\u00b4":
        s = s.replace(a, "'")
    s = re.sub(r"\s+", " ", s).strip().casefold()
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("œ", "oe").replace("æ", "ae")

d = sys.argv[1]
errors = []
owner = {}        # key -> (canonical, file:line)
sizes = {}
types = {}
files = sorted(f for f in os.listdir(d) if f.endswith(".tsv"))
if not files:
    errors.append("%s: no .tsv file" % d)
for fn in files:
    path = os.path.join(d, fn)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = []
    for ln in lines:
        if ln.startswith("#"):
            header.append(ln)
        else:
            break
    if not header:
        errors.append("%s: no comment header naming source and licence" % fn)
    elif not any(re.search(r"[Ll]icen[cs]e", h) for h in header):
        errors.append("%s: the header does not name a licence" % fn)
    n_ent = n_names = 0
    for no, ln in enumerate(lines, 1):
        where = "%s:%d" % (fn, no)
        if not ln.strip() or ln.startswith("#"):
            continue
        cols = ln.split("\t")
        if not 2 <= len(cols) <= 6:
            errors.append("%s: %d columns (want 2 to 6)" % (where, len(cols)))
            continue
        cols += [""] * (6 - len(cols))
        canon, typ, aliases, qid, flags, src = cols
        if not canon.strip() or canon != canon.strip():
            errors.append("%s: empty canonical name or stray spaces" % where)
        if typ not in ("COMPANY", "AGENCY"):
            errors.append("%s: type %r (want COMPANY or AGENCY)" % (where, typ))
        names = [canon]
        if aliases:
            al = aliases.split("|")
            for a in al:
                if not a.strip():
                    errors.append("%s: empty alias" % where)
                elif a != a.strip():
                    errors.append("%s: alias %r has stray spaces" % (where, a))
            names += [a for a in al if a.strip()]
        if qid and not re.fullmatch(r"Q[0-9]+", qid):
            errors.append("%s: id %r is not a Wikidata id" % (where, qid))
        for fl in [x for x in flags.split(",") if x]:
            if fl not in ("ambiguous", "midsentence", "nocase"):
                errors.append("%s: unknown flag %r" % (where, fl))
        for nm in names:
            k = key(nm)
            # hand-curated files may give one name to several bodies on
            # purpose (a bare "ministère de la Défense"): the matcher picks the
            # body the document names elsewhere, else the first loaded
            shared_by_hand = "-hand" in where and "-hand" in owner.get(k, ("", ""))[1]
            if k in owner and owner[k][0] != canon and not shared_by_hand:
                errors.append("%s: name %r is given to %r here and to %r at %s"
                              % (where, nm, canon, owner[k][0], owner[k][1]))
            owner.setdefault(k, (canon, where))
        n_ent += 1
        n_names += len(names)
        t = types.setdefault(typ, [0, 0])
        t[0] += 1
        t[1] += len(names)
    sizes[fn] = (n_ent, n_names)
for e in errors[:200]:
    print("dict: " + e)
if len(errors) > 200:
    print("dict: ... and %d more problems" % (len(errors) - 200))
for t in sorted(types):
    print("SCORE dict %s: %d entries, %d names" % (t, types[t][0], types[t][1]))
for fn in files:
    print("SCORE dict %s: %d entries, %d names" % (fn, sizes[fn][0], sizes[fn][1]))
sys.exit(1 if errors else 0)
PY
# The regeneration needs ../shared/gazetteers and the Debian word lists the
# ambiguity rules read (scripts/install-deps.sh installs them): without
# either, the format checks above still run, and the test says SKIP (exit
# 77) with the reason unless they failed.
skip=""
if [ ! -d "$SHARED/gazetteers" ]; then
  skip="$SHARED/gazetteers not found: generation check not run"
else
  python3 scripts/build_dict.py --check --quiet --gazetteers "$SHARED/gazetteers"
  case $? in
  0) ;;
  3) skip="word lists missing (see the message above): generation check not run" ;;
  *)
    echo "dict: generated files differ from scripts/build_dict.py output (run make dict)"
    status=1
    ;;
  esac
fi
[ "$status" -eq 0 ] || exit "$status"
echo "dict: format OK"
if [ -n "$skip" ]; then
  echo "SKIP: $skip"
  exit 77
fi
exit 0
