# KAM Desktop - developer commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak screenshots clean package check-package install-desktop icons mutate ui-translations core-translations

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m compileall -q kam_desktop >/dev/null  # bytecode, as pip's install of the wheel has it
	touch $(STAMP)

# compileall writes bytecode even where PYTHONDONTWRITEBYTECODE is set (an editable install
# otherwise compiles every module from source on every start); only changed modules are redone.
run: $(STAMP)  ## set up and start the app on its default database
	@$(BIN)/python -m compileall -q kam_desktop >/dev/null
	$(BIN)/kam-desktop

lint: $(STAMP)
	$(BIN)/ruff check kam_desktop tests migrations
	$(BIN)/ruff format --check kam_desktop tests migrations
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint  ## set up and run every check and test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

mutate: $(STAMP)  ## mutation testing (slow, not in `make test`): make mutate [MODULE=domain/portfolio.py] [SAMPLE=30 | TOTAL=300]
	$(BIN)/python -m tests.mutate $(if $(SAMPLE),--sample $(SAMPLE)) $(if $(TOTAL),--total $(TOTAL)) $(MODULE)

bench: $(STAMP)  ## benchmark figures (JSON) beside the floors of the same run
	$(BIN)/python -m tests.perf.bench

soak: $(STAMP)
	$(BIN)/python -m tests.soak.crash_soak --kills 1000

screenshots: $(STAMP)  ## re-render the README's main English screenshots from a fresh demo
	$(BIN)/python packaging/readme_shots.py

PKG_STAMP := $(VENV)/.packaging
$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	touch $(PKG_STAMP)

package: $(PKG_STAMP)  ## the frozen one-folder build for this OS, in dist/kam-desktop/
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/kam-desktop.spec
	@du -sh dist/kam-desktop

check-package: package  ## start the frozen build in a clean environment: --version, demo, --smoke-test, export-plan
	$(BIN)/python packaging/check_frozen.py

icons: $(STAMP)  ## re-render the PNG icons from resources/icons/kam-desktop.svg
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

APP_ID := io.github.kamdesktop.kamdesktop
DATA_HOME ?= $(HOME)/.local/share
install-desktop: $(STAMP)  ## install the desktop entry, AppStream metainfo and icons for the current user
	@exe="$(CURDIR)/dist/kam-desktop/kam-desktop"; [ -x "$$exe" ] || exe="$(CURDIR)/$(BIN)/kam-desktop"; \
	mkdir -p "$(DATA_HOME)/applications" "$(DATA_HOME)/metainfo" "$(DATA_HOME)/icons/hicolor/scalable/apps"; \
	sed "s|^Exec=kam-desktop|Exec=\"$$exe\"|" packaging/linux/$(APP_ID).desktop > "$(DATA_HOME)/applications/$(APP_ID).desktop"; \
	cp packaging/linux/$(APP_ID).metainfo.xml "$(DATA_HOME)/metainfo/"; \
	cp resources/icons/kam-desktop.svg "$(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg"; \
	for s in 16 24 32 48 64 128 256 512; do \
	  mkdir -p "$(DATA_HOME)/icons/hicolor/$${s}x$${s}/apps"; \
	  cp resources/icons/kam-desktop-$$s.png "$(DATA_HOME)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png"; \
	done; \
	command -v update-desktop-database >/dev/null && update-desktop-database -q "$(DATA_HOME)/applications" || true; \
	echo "installed $(APP_ID) for $$(id -un) (Exec=$$exe)"
ui-translations: $(STAMP)  ## refresh resources/translations/ui_*.ts from ui/ and app.py (keeps translations)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none kam_desktop/ui kam_desktop/app.py \
		-ts resources/translations/ui_it.ts

core-translations: $(STAMP)  ## refresh resources/translations/core_it.ts from the sources (keeps translations)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none kam_desktop/domain kam_desktop/services \
		kam_desktop/report kam_desktop/store kam_desktop/cli.py kam_desktop/cli_export.py kam_desktop/cli_data.py kam_desktop/cli_import.py \
		-ts resources/translations/core_it.ts

clean:
	rm -rf $(VENV) out mutants .pytest_cache .mypy_cache .ruff_cache build dist
