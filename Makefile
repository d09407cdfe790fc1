# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The local PostgreSQL of the test run (trust auth); unreachable -> those tests skip, with why.
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: install chromium run test lint messages bench-browse bench-ingest bench-classify bench-search-quality bench-search-latency bench-hub-matching bench-hub-latency

$(BIN)/gcmhub: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/gcmhub

run: install
	$(BIN)/gcmhub init
	$(BIN)/gcmhub ingest examples/
	$(BIN)/gcmhub serve --host $(HOST) --port $(PORT)

test: install chromium
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest
	GCMHUB_DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/python -m pytest

# The browser test needs Debian's chromium (Playwright cannot download browsers here). Installed
# when missing and this is root on Debian; otherwise that one test is skipped, saying why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "chromium is not installed: the browser test will be skipped"

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

# Refresh the translation catalogues after changing strings (needs GNU gettext).
messages: install
	cd src/gcmhub && ../../$(BIN)/django-admin makemessages -l fr -l es -l ar --settings=gcmhub.settings
	cd src/gcmhub && ../../$(BIN)/django-admin compilemessages --settings=gcmhub.settings

bench-browse: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/browse.py

bench-ingest: install
	$(BIN)/python bench/ingest_quality.py

bench-classify: install
	$(BIN)/python bench/classify.py

# Keyword, semantic and hybrid quality; with the second embedding candidate (installs torch).
bench-search-quality: install
	$(BIN)/pip install --quiet -e '.[bench-models]'
	$(BIN)/python bench/search_quality.py --candidates

bench-search-latency: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/search_latency.py

# Hub matching: Recall@5 and MRR of the full matcher and the keyword baseline; latency at 10k offers.
bench-hub-matching: install
	$(BIN)/python bench/hub_matching.py

bench-hub-latency: install
	$(BIN)/python bench/hub_latency.py
