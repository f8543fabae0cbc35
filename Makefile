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
FREX     = $(BINDIR)/frex
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_REPLAY = $(BUILD)/tests/fuzz_replay

.PHONY: all deps run test unit asan valgrind fuzz bench format lint clean dict golden

all: $(FREX) $(UNIT_BIN) $(FUZZ_REPLAY)

deps:
	@sh scripts/install-deps.sh

$(BUILD)/obj/%.o: src/%.c $(wildcard include/*.h src/*.h src/*.def) | $(BUILD)/obj
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj $(BUILD)/tests $(BINDIR):
	@mkdir -p $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(FREX): $(CLI_OBJ) $(LIB) | $(BINDIR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(LIB) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(FUZZ_REPLAY): tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB) $(LDLIBS)

# The main job: every stage on corpus/, outputs in out/, summary on stderr.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p out
	$(FREX) run --summary --tokens out/tokens.tsv --entities out/entities.tsv corpus

test: deps
	@$(MAKE) --no-print-directory all
	@FREX=$(FREX) BUILD=$(BUILD) sh tests/run.sh

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan BINDIR=build/asan/bin DATADIR=$(CURDIR) \
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
