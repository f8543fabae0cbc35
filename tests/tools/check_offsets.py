#!/usr/bin/env python3
"""check_offsets.py TSV [--root DIR]: SPEC's offset invariant on a frex token
or entity TSV.  For each row, the bytes [start, end) of the file named in the
doc column (relative to DIR, default '.') must be the row's token (tokens) or
text (entities) once TSV escapes are undone.  Rows of documents that are not
files (stdin '-', --lines ids) are not checked.  Prints "N rows, M break the
offset invariant", the first breaks, "(no document found: check --root)" when
no row could be checked, and exits 1 when a row breaks it.  The tests'
own checker, so that they need nothing from ../shared."""
import os
import sys

ESCAPES = {b't': b'\t', b'n': b'\n', b'r': b'\r', b'\\': b'\\'}


def unescape(field):
    out, i = bytearray(), 0
    while i < len(field):
        b = field[i:i + 1]
        nxt = field[i + 1:i + 2]
        if b == b'\\' and nxt in ESCAPES:
            out += ESCAPES[nxt]
            i += 2
        else:
            out += b
            i += 1
    return bytes(out)


def main(argv):
    args = argv[1:]
    root = '.'
    if '--root' in args:
        k = args.index('--root')
        root = args[k + 1]
        del args[k:k + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    lines = open(args[0], 'rb').read().split(b'\n')
    head = lines[0].split(b'\t')
    if b'doc' not in head or b'start' not in head or b'end' not in head:
        sys.exit('check_offsets: %s: no header with doc, start and end' % args[0])
    col = head.index(b'token') if b'token' in head else head.index(b'text')
    d, s, e = head.index(b'doc'), head.index(b'start'), head.index(b'end')
    files, rows, checked, bad = {}, 0, 0, 0
    for line in lines[1:]:
        if not line:
            continue
        rows += 1
        f = line.split(b'\t')
        name = unescape(f[d])
        if name not in files:
            path = os.path.join(os.fsencode(root), name)
            files[name] = open(path, 'rb').read() if os.path.isfile(path) else None
        data = files[name]
        if data is None:
            continue
        checked += 1
        start, end = int(f[s]), int(f[e])
        if data[start:end] != unescape(f[col]):
            bad += 1
            if bad <= 10:
                print('%s:%d-%d: the file has %r, the row %r'
                      % (os.fsdecode(name), start, end, data[start:end],
                         unescape(f[col])))
    note = '' if checked or not rows else ' (no document found: check --root)'
    print('%d rows, %d break the offset invariant%s' % (rows, bad, note))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
