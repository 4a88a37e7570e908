# Every command a maintainer or CI needs. Needs only python3, make and git; installs the rest.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
HOST    ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := hooks
export CHROMIUM ?= /usr/bin/chromium

.PHONY: serve build markdown coverage bench test test-fast install browser node lock clean

## make serve: install everything, build the site and serve it on http://127.0.0.1:8000/
serve: install
	$(BIN)/mkdocs serve --strict -a $(HOST)

## make test: install everything (Python packages, Debian's chromium, npm tools) and run every test
test: install browser node
	$(BIN)/pytest

## make test-fast: the tests that need no browser
test-fast: install
	$(BIN)/pytest -m "not browser"

## make build: build the static site into site/ (what GitHub Pages serves)
build: install
	$(BIN)/mkdocs build --strict

## make markdown: write the generated Markdown pages to build/markdown/ without MkDocs
markdown: install
	$(BIN)/python -m reader markdown build/markdown

## make coverage: names in the texts that neither the glossary nor the actor register covers
coverage: install
	$(BIN)/python -m reader coverage

## make bench: how the matcher's cost grows with names and text (prints ratios)
bench: install
	$(BIN)/python scripts/bench_matcher.py

install: $(BIN)/.installed
$(BIN)/.installed: requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

# Playwright drives Debian's chromium; it never downloads a browser of its own.
browser:
	@test -x $(CHROMIUM) || { \
	  echo "Installing Debian's chromium (needs root or sudo)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## make lock: re-pin requirements.lock from requirements.in
lock:
	$(PY) -m venv /tmp/reader-lock-venv
	/tmp/reader-lock-venv/bin/pip install --quiet -r requirements.in
	{ echo '# Pinned by `make lock` from requirements.in; install with `pip install -r requirements.lock`.'; \
	  /tmp/reader-lock-venv/bin/pip freeze; } > requirements.lock

clean:
	rm -rf site build test-artifacts .pytest_cache
