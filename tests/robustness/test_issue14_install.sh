#!/bin/sh
# Issue 14, "Installation" (SPEC "Installation"): `make install` with
# DESTDIR staging puts bin/frex, the dictionaries, the manual page, libfrex
# (static and shared, with its soname) with frex.h, and frex.pc in place;
# the staged binary finds its dictionaries from any directory (it looks
# beside itself: the compiled-in /usr/local/share/frex does not exist
# here); a program built against the staged library with pkg-config does
# what `frex extract` does, byte for byte; `make uninstall` removes it all.
# Builds with the default flags in build/ (the position-independent objects
# of libfrex.so the first time).
. tests/robustness/lib.sh
command -v make >/dev/null || { echo "SKIP: needs make"; exit 77; }
command -v pkg-config >/dev/null || { echo "SKIP: needs pkg-config"; exit 77; }
S=$T/stage
P=/usr/local
# the default build, whatever make or tests/run.sh this runs under (make
# asan passes BUILD, CFLAGS, DATADIR... down through the environment)
mk() {
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u BUILD -u BINDIR -u DATADIR \
    -u CFLAGS -u LDFLAGS -u SANITIZED make -s -C "$REPO" "$@"
}
mk install DESTDIR="$S" >"$T/make.out" 2>&1
eq "make install DESTDIR=...: exit 0" 0 $?
sed 's/^/#   /' "$T/make.out" | tail -n 5
for f in bin/frex share/man/man1/frex.1 include/frex.h lib/libfrex.a \
  lib/libfrex.so lib/libfrex.so.0 lib/pkgconfig/frex.pc \
  share/frex/dict/README.md share/frex/dict/companies-hand.tsv; do
  check "installed: $P/$f" test -e "$S$P/$f"
done
eq "libfrex.so has its soname" "libfrex.so.0" \
  "$(readelf -d "$S$P/lib/libfrex.so" 2>/dev/null | sed -n 's/.*soname: \[\(.*\)\]/\1/p')"

# the staged binary, run from / on the corpus: the build tree's rows
(cd / && "$S$P/bin/frex" extract "$REPO/corpus") >"$T/staged.tsv" 2>"$T/staged.err"
eq "staged frex extract from /: exit 0, no message" "0:" "$?:$(cat "$T/staged.err")"
(cd / && "$REPO/bin/frex" extract "$REPO/corpus") >"$T/built.tsv" 2>/dev/null
check "staged frex extract: the rows of the build tree's frex" \
  cmp -s "$T/built.tsv" "$T/staged.tsv"
has "staged frex extract: dictionary entities (its dict/ was found)" \
  "$T/staged.tsv" "	COMPANY	Amazon	Amazon	"
cp "$S$P/bin/frex" "$T/lonely"
(cd / && "$T/lonely" extract "$REPO/corpus") >/dev/null 2>"$T/lonely.err"
eq "a copied binary with no dictionaries anywhere: exit 2, says where it looked" \
  "2 frex: /usr/local/share/frex/dict: No such file or directory" \
  "$? $(cat "$T/lonely.err")"
[ -d /usr/local/share/frex/dict ] && note "(a frex is installed in /usr/local: the check above is moot)"

# pkg-config on the staged frex.pc, and a program that does what frex does
export PKG_CONFIG_PATH="$S$P/lib/pkgconfig"
eq "pkg-config --libs frex (staged, --define-prefix)" "-L$S$P/lib -lfrex" \
  "$(pkg-config --define-prefix --libs frex | sed 's/ *$//')"
eq "pkg-config --modversion frex" \
  "$(sed -n 's/^#define FREX_VERSION "\(.*\)"/\1/p' "$REPO/include/frex.h")" \
  "$(pkg-config --modversion frex)"
cat >"$T/extract.c" <<'C'
/* frex extract on standard input, through the public API only */
#include <stdio.h>
#include <unistd.h>
#include <frex.h>
int main(int argc, char **argv) {
  frex_config cfg = {0, false, {0, 0, 0}, argv[1], NULL, 0, NULL, NULL};
  frex_reader_options ro = {FREX_ENC_AUTO, 0, NULL, NULL, NULL, NULL};
  frex_writer_options wo = {FREX_FMT_TSV, FREX_ROWS_ENTITIES, false, false,
                            stdout, NULL, NULL, 0};
  frex_pipeline *p;
  frex_worker *w;
  frex_reader *r;
  frex_writer *out;
  char err[256];
  if (argc < 2 || frex_pipeline_new(&p, &cfg, err, sizeof err) ||
      frex_worker_new(&w, p) || frex_reader_new(&r, &ro) ||
      frex_writer_new(&out, &wo))
    return 2;
  frex_reader_open_fd(r, STDIN_FILENO, "-", 0);
  frex_writer_begin(out);
  frex_writer_doc_begin(out, "-");
  frex_segment seg;
  while (frex_reader_next(r, &seg) > 0) {
    const frex_tokens *t;
    const frex_entities *e;
    if (frex_worker_segment(w, seg.text, seg.len,
                            seg.flags | FREX_SEG_ENTITIES_ONLY, &t, &e) ||
        frex_writer_segment(out, w, seg.text, seg.len, seg.base, t, e))
      return 2;
  }
  frex_writer_doc_end(out);
  int rc = frex_writer_end(out);
  frex_writer_free(out);
  frex_reader_free(r);
  frex_worker_free(w);
  frex_pipeline_free(p);
  return rc ? 2 : 0;
}
C
cat "$REPO"/corpus/*.txt >"$T/all.txt"
"$REPO/bin/frex" extract - <"$T/all.txt" >"$T/want.tsv"
# shellcheck disable=SC2046
${CC:-cc} -o "$T/shared" "$T/extract.c" $(pkg-config --define-prefix --cflags --libs frex) 2>"$T/cc.err"
eq "a program builds against the staged libfrex.so" "0:" "$?:$(head -c 300 "$T/cc.err")"
LD_LIBRARY_PATH="$S$P/lib" "$T/shared" "$S$P/share/frex/dict" <"$T/all.txt" >"$T/shared.tsv"
eq "linked with libfrex.so: exit 0" 0 $?
check "linked with libfrex.so: the rows of frex extract" cmp -s "$T/want.tsv" "$T/shared.tsv"
# shellcheck disable=SC2046
${CC:-cc} -o "$T/static" "$T/extract.c" $(pkg-config --define-prefix --static --cflags frex) \
  "$S$P/lib/libfrex.a" $(pkg-config --define-prefix --static --libs-only-l --libs-only-other frex | sed 's/-lfrex//') 2>"$T/cc2.err"
eq "a program builds against the staged libfrex.a (pkg-config --static)" "0:" \
  "$?:$(head -c 300 "$T/cc2.err")"
"$T/static" "$S$P/share/frex/dict" <"$T/all.txt" >"$T/static.tsv"
check "linked with libfrex.a: the rows of frex extract" cmp -s "$T/want.tsv" "$T/static.tsv"
check "frex extract found entities to compare" test "$(rows "$T/want.tsv")" -gt 50

mk uninstall DESTDIR="$S" >"$T/un.out" 2>&1
eq "make uninstall: exit 0" 0 $?
eq "make uninstall: no file left" "" "$(find "$S" -type f -o -type l)"
finish
