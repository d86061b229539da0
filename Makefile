# KAM Desktop - developer commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak screenshots clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)  ## set up and start the app on its default database
	$(BIN)/kam-desktop

lint: $(STAMP)
	$(BIN)/ruff check kam_desktop tests migrations
	$(BIN)/ruff format --check kam_desktop tests migrations
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint  ## set up and run every check and test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)  ## benchmark figures (JSON) beside the floors of the same run
	$(BIN)/python -m tests.perf.bench

soak: $(STAMP)
	$(BIN)/python -m tests.soak.crash_soak --kills 1000

screenshots: $(STAMP)
	rm -f out/shots.sqlite* && mkdir -p out docs
	$(BIN)/kam-desktop demo --db out/shots.sqlite
	QT_QPA_PLATFORM=offscreen $(BIN)/kam-desktop --db out/shots.sqlite --screenshot docs/portfolio.png --view portfolio
	QT_QPA_PLATFORM=offscreen $(BIN)/kam-desktop --db out/shots.sqlite --screenshot docs/chart.png --view chart

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
