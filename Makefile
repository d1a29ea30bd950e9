# The two commands of the README:
#   make demo   set up .venv/ and analyse the bundled examples
#   make test   set up what the tests need and run every test
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: demo test setup system-deps train bench schema fuzz examples packs clean

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PY) >/dev/null 2>&1 || { echo "make: $(PY) not found; set PY=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/ficlens analyze examples/

# Debian packages the tests need: Chromium + driver for the web tests, PostgreSQL for the shared-library tests,
# calibre (for its calibredb) for the calibre-library tests, which skip if it cannot be installed.
system-deps:
	@if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver postgresql >/dev/null || exit 1; \
	fi; \
	if ! command -v calibredb >/dev/null 2>&1; then \
		{ $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends calibre >/dev/null; } \
		|| echo "make: calibre could not be installed; the calibre tests will skip"; \
	fi

test: setup system-deps
	$(BIN)/python -m pytest -n 2 --dist loadfile

# Trains every learned model on ../shared/data into $(TRAIN_DIR), then copies the files into the package.
# The speaker ranker learns from the characters stage's output, so the characters models go in first.
TRAIN_DIR := build/train
train: setup
	rm -rf $(TRAIN_DIR)
	$(BIN)/python -m ficlens.training.characters ../shared/data $(TRAIN_DIR)/characters
	cp $(TRAIN_DIR)/characters/* src/ficlens/characters/
	$(BIN)/python -m ficlens.training.dialogue ../shared/data $(TRAIN_DIR)/dialogue
	cp $(TRAIN_DIR)/dialogue/* src/ficlens/dialogue/

# Compiles the fandom pack sources (src/ficlens/fandoms/pack_sources/*.txt) into the shipped packs.
packs: setup
	$(BIN)/python -m ficlens.fandoms.build_packs

bench: setup
	$(BIN)/python benchmarks/run_all.py

FUZZ_SECONDS ?= 1800
fuzz: setup
	mkdir -p fuzz/corpus fuzz/findings
	$(BIN)/python fuzz/seed.py examples fuzz/corpus
	$(BIN)/python fuzz/fuzz_readers.py -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 -artifact_prefix=fuzz/findings/ fuzz/corpus

schema: setup
	$(BIN)/python -m ficlens.schema > src/ficlens/schema/work.schema.json
	$(BIN)/python -m ficlens.schema.markdown > docs/schema.md

# Rebuilds examples/the_borrowed_violin_fanficfare.epub byte for byte (a test checks it).
examples: setup
	$(BIN)/python scripts/make_examples.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
