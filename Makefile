# frex — plain Makefile (see README.md).  `make` builds bin/frex;
# `make run` and `make test` also install missing Debian dependencies.
PKGS      = icu-uc icu-i18n libpcre2-8
CC       ?= cc
CFLAGS   ?= -O2 -g
WARN      = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wno-unused-parameter
WERROR   ?=
BUILD    ?= build
BINDIR   ?= bin
PREFIX   ?= /usr/local
DATADIR  ?= $(PREFIX)/share/frex
# install directories (GNU names); DESTDIR stages an install (packagers)
bindir   ?= $(PREFIX)/bin
libdir   ?= $(PREFIX)/lib
includedir ?= $(PREFIX)/include
mandir   ?= $(PREFIX)/share/man
pkgconfigdir ?= $(libdir)/pkgconfig
SHARED_LIB ?= 1    # make install: also libfrex.so (with its soname)
VERSION  := $(shell sed -n 's/^\#define FREX_VERSION "\(.*\)"/\1/p' include/frex.h)
SOMAJOR  := $(firstword $(subst ., ,$(VERSION)))
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CPPFLAGS += -Iinclude -Isrc -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 -DFREX_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS)
LDLIBS   += $(PKG_LIBS) -lstemmer -lpthread -lm   # Debian ships no libstemmer.pc
ALL_CFLAGS = $(WARN) $(WERROR) $(CFLAGS)

CLI_SRC  = $(wildcard src/main.c src/cli_*.c)
LIB_SRC  = $(filter-out $(CLI_SRC),$(wildcard src/*.c))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ  = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB      = $(BUILD)/libfrex.a
PIC_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/pic/%.o)
SHLIB    = $(BUILD)/libfrex.so.$(VERSION)
FREX     = $(BINDIR)/frex
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_REPLAY = $(BUILD)/tests/fuzz_replay

.PHONY: all deps run test unit asan valgrind fuzz bench format lint clean dict golden \
        shared install uninstall mutants scalar-check FORCE

all: $(FREX) $(UNIT_BIN) $(FUZZ_REPLAY)

deps:
	@sh scripts/install-deps.sh

$(BUILD)/obj/%.o: src/%.c $(wildcard include/*.h src/*.h src/*.def) | $(BUILD)/obj
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj $(BUILD)/tests $(BUILD)/pic $(BINDIR):
	@mkdir -p $@

# main.c has the data directory compiled in: rebuild it when DATADIR
# (PREFIX) changes, so `make install PREFIX=...` installs a binary that
# looks there
$(BUILD)/obj/main.o: $(BUILD)/datadir
$(BUILD)/datadir: FORCE | $(BUILD)/obj
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' >$@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# libfrex.so: position-independent objects of their own (the static
# library and bin/frex keep theirs), the public symbols of frex.h only
# (a version script made from it), soname libfrex.so.MAJOR.
$(BUILD)/pic/%.o: src/%.c $(wildcard include/*.h src/*.h src/*.def) | $(BUILD)/pic
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -fPIC -c -o $@ $<

$(BUILD)/libfrex.map: include/frex.h | $(BUILD)/obj
	@{ echo '{ global:'; \
	   sed -n 's/^[a-z].*[ *]\(frex_[a-z0-9_]*\)(.*/  \1;/p' include/frex.h | sort -u; \
	   echo 'local: *; };'; } >$@

$(SHLIB): $(PIC_OBJ) $(BUILD)/libfrex.map
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -shared -Wl,-soname,libfrex.so.$(SOMAJOR) \
	  -Wl,--version-script=$(BUILD)/libfrex.map -o $@ $(PIC_OBJ) $(LDLIBS)

shared: $(SHLIB)

$(FREX): $(CLI_OBJ) $(LIB) | $(BINDIR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(LIB) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(FUZZ_REPLAY): tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB) $(LDLIBS)

# make install [PREFIX=/usr/local] [DESTDIR=stage]: the binary, the
# dictionaries (found by the installed binary from any directory: it looks
# in ../share/frex/dict beside itself, then in DATADIR), the manual page,
# libfrex (static, and shared unless SHARED_LIB=0) with frex.h, and frex.pc.
install: $(FREX) $(LIB) $(if $(filter 1,$(strip $(SHARED_LIB))),$(SHLIB))
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(DATADIR)/dict $(DESTDIR)$(mandir)/man1 \
	  $(DESTDIR)$(libdir) $(DESTDIR)$(includedir) $(DESTDIR)$(pkgconfigdir)
	install -m 755 $(FREX) $(DESTDIR)$(bindir)/frex
	install -m 644 dict/*.tsv dict/README.md $(DESTDIR)$(DATADIR)/dict/
	install -m 644 man/frex.1 $(DESTDIR)$(mandir)/man1/frex.1
	install -m 644 include/frex.h $(DESTDIR)$(includedir)/frex.h
	install -m 644 $(LIB) $(DESTDIR)$(libdir)/libfrex.a
ifeq ($(strip $(SHARED_LIB)),1)
	install -m 755 $(SHLIB) $(DESTDIR)$(libdir)/libfrex.so.$(VERSION)
	ln -sf libfrex.so.$(VERSION) $(DESTDIR)$(libdir)/libfrex.so.$(SOMAJOR)
	ln -sf libfrex.so.$(SOMAJOR) $(DESTDIR)$(libdir)/libfrex.so
endif
	printf '%s\n' 'prefix=$(PREFIX)' \
	  'libdir=$(patsubst $(PREFIX)/%,$${prefix}/%,$(libdir))' \
	  'includedir=$(patsubst $(PREFIX)/%,$${prefix}/%,$(includedir))' '' \
	  'Name: frex' \
	  'Description: French text analysis: tokens, stems, amounts, dates, companies, agencies' \
	  'Version: $(VERSION)' \
	  'Requires.private: $(PKGS)' \
	  'Libs: -L$${libdir} -lfrex' \
	  'Libs.private: -lstemmer -lpthread -lm' \
	  'Cflags: -I$${includedir}' >$(DESTDIR)$(pkgconfigdir)/frex.pc

uninstall:
	rm -f $(DESTDIR)$(bindir)/frex $(DESTDIR)$(mandir)/man1/frex.1 \
	  $(DESTDIR)$(includedir)/frex.h $(DESTDIR)$(libdir)/libfrex.a \
	  $(DESTDIR)$(libdir)/libfrex.so $(DESTDIR)$(libdir)/libfrex.so.$(SOMAJOR) \
	  $(DESTDIR)$(libdir)/libfrex.so.$(VERSION) $(DESTDIR)$(pkgconfigdir)/frex.pc
	rm -rf $(DESTDIR)$(DATADIR)/dict
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

# The main job: every stage on corpus/, outputs in out/, summary on stderr.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p out
	$(FREX) run --summary --tokens out/tokens.tsv --entities out/entities.tsv corpus

test: deps
	@$(MAKE) --no-print-directory all
	@FREX=$(FREX) BUILD=$(BUILD) FREX_SANITIZED=$(SANITIZED) sh tests/run.sh

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan BINDIR=build/asan/bin DATADIR=$(CURDIR) SANITIZED=1 \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  LDFLAGS='-fsanitize=address,undefined' test

valgrind: all
	@FREX=$(FREX) BUILD=$(BUILD) RUN='valgrind -q --error-exitcode=99 --leak-check=full' sh tests/run.sh

# libFuzzer over the whole pipeline (clang); FUZZ_SECONDS bounds the run.
FUZZ_SECONDS ?= 60
fuzz: deps
	@rm -rf build/fuzz/obj   # objects depend on these flags, which make cannot see
	@$(MAKE) --no-print-directory CC=clang BUILD=build/fuzz BINDIR=build/fuzz/bin \
	  CFLAGS='-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' build/fuzz/libfrex.a
	clang $(CPPFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -o build/fuzz/fuzz_pipeline \
	  tests/fuzz/fuzz_pipeline.c build/fuzz/libfrex.a $(LDLIBS)
	@mkdir -p build/fuzz/corpus
	build/fuzz/fuzz_pipeline -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	  build/fuzz/corpus tests/fuzz/corpus

# The scalar reference of every SIMD path (SSE2 off, the little-endian word
# tricks off), built in build/scalar and compared byte for byte with the
# default build (scripts/scalar-check.sh).  In CI.  The default build also
# has AVX2 copies of some loops, chosen at run time by the CPU (tokenize.c's
# byte masks, frex stem's row loop in cli_stem_rows.h); build/sse2 is built
# without them (FREX_NO_AVX2) and compared too, so that on an AVX2 machine
# both the SSE2 and the AVX2 paths meet the reference.
SCALAR_FLAGS = -U__SSE2__ -DFREX_TOKENIZE_SCALAR -U__BYTE_ORDER__
scalar-check: deps
	@$(MAKE) --no-print-directory $(FREX)
	@$(MAKE) --no-print-directory BUILD=build/scalar BINDIR=build/scalar/bin \
	  DATADIR=$(CURDIR) CFLAGS='$(CFLAGS) $(SCALAR_FLAGS)' build/scalar/bin/frex
	@sh scripts/scalar-check.sh $(FREX) build/scalar/bin/frex
	@$(MAKE) --no-print-directory BUILD=build/sse2 BINDIR=build/sse2/bin \
	  DATADIR=$(CURDIR) CFLAGS='$(CFLAGS) -DFREX_NO_AVX2' build/sse2/bin/frex
	@sh scripts/scalar-check.sh build/sse2/bin/frex build/scalar/bin/frex

# Deliberate breakages (scripts/mutants.list), one at a time on a copy of
# the tree: each must make the tests fail.  Not in CI (a survivor costs a
# whole make test); MUTANTS="name ..." runs some of them.
mutants: deps
	@sh scripts/mutants.sh $(MUTANTS)

bench: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/bench.sh

# Regenerate the generated part of dict/ from ../shared/gazetteers.
dict:
	python3 scripts/build_dict.py

format:
	clang-format -i include/*.h src/*.c src/*.h tests/unit/*.c tests/unit/*.h tests/fuzz/*.c

lint:
	clang-tidy $(LIB_SRC) $(CLI_SRC) -- $(CPPFLAGS) -std=c11

clean:
	rm -rf build bin out

FORCE:
