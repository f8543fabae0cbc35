#!/bin/sh
# Adversarial user, session 36: findings of s35 left open (paths longer
# than PATH_MAX in a walk, stem and invalid UTF-8, --lines ids across
# files, C1 controls in UTF-8 text).  Findings:
# /work/coord/s36/robust/findings.md.
. tests/robustness/lib.sh
cd "$T" || exit 2

# ------------------------------- paths longer than PATH_MAX (F6)
# fts(3) with FTS_NOCHDIR opened each directory by its whole path, so a
# file deeper than PATH_MAX bytes was "File name too long" (exit 1) and
# not read; grep -r and rg read it.  The walker now opens by openat(2)
# relative pieces, and the worker opens the file the same way.
python3 - <<'PY'
import os
fd = os.open('.', os.O_RDONLY)
os.mkdir('deep')
fd = os.open('deep', os.O_RDONLY)
for i in range(22):
    for side in ('b' * 200, 'a' * 200):
        os.mkdir(side, dir_fd=fd)
    f = os.open('f%02d.txt' % i, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(f, b'Le %d mars 2020.\n' % (i + 1)); os.close(f)
    nfd = os.open('a' * 200, os.O_RDONLY, dir_fd=fd); os.close(fd); fd = nfd
f = os.open('x.txt', os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
os.write(f, b'Le 30 avril 2021, Renault a vendu.\n'); os.close(f)
os.link('x.txt', os.path.join(os.getcwd(), 'same.txt'), src_dir_fd=fd)
PY
for j in 1 2; do
  "$FREX" extract -j $j --types DATE --dct 2026-01-05 deep >deep$j.out 2>deep$j.err
  eq "PATH_MAX -j$j: exit 0, no message" "0 " "$? $(cat deep$j.err)"
  has "PATH_MAX -j$j: the deepest file read" deep$j.out "	2021-04-30	day"
  # the order of fts: a directory's entries sorted byte-wise, depth first
  # ('a...' before 'f00.txt'), so the deepest file comes first
  eq "PATH_MAX -j$j: every file, in walk order" \
    "x.txt f21.txt f20.txt f19.txt f00.txt" \
    "$(field 1 <deep$j.out | sed 's|.*/||' | sed -n '1p;2p;3p;4p;$p' | tr '\n' ' ' | sed 's/ $//')"
done
eq "PATH_MAX: 23 files" 23 "$(field 1 <deep1.out | sort -u | wc -l)"
long=$(field 1 <deep1.out | head -n 1)
eq "PATH_MAX: the doc is the whole path" "$(( 22 * 201 + 10 ))" "${#long}"
"$FREX" tokenize deep >deep.tok 2>deep.tokerr
eq "PATH_MAX tokenize: exit 0" "0 " "$? $(cat deep.tokerr)"
"$FREX" extract --lines --types DATE deep >deepl.out 2>deepl.err
eq "PATH_MAX --lines: exit 0" "0 " "$? $(cat deepl.err)"
has "PATH_MAX --lines: the deepest file read" deepl.out "	2021-04-30	day"
# an output that is a deep input (same.txt: a hard link to the deepest
# file; the shell cannot name it) is still found and refused
"$FREX" extract deep >>same.txt 2>clash.err
eq "PATH_MAX: output onto a deep input refused (exit 2)" 2 "$?"
eq "PATH_MAX: the deep input unchanged" "Le 30 avril 2021, Renault a vendu." "$(cat same.txt)"

finish
