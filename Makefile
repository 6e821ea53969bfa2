# ConsentLens: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-fast train evaluate bench serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## classify the bundled example screens and print what was found
demo: setup
	$(BIN)/consentlens classify --format text examples/*.html

## the whole test suite (browser tests skip, saying why, where Chromium is missing)
test: setup
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser and not slow"

train: setup
	$(BIN)/consentlens train

evaluate: setup
	$(BIN)/consentlens evaluate --seeds 42 7 2026

bench: setup
	$(BIN)/python benchmarks/classify_speed.py
	$(BIN)/python benchmarks/service_speed.py

serve: setup
	$(BIN)/consentlens serve
