# Course Studio — the commands a fresh machine needs.
#   make run     install everything, make demo data if missing, start the app
#   make test    install everything, run linters, type checks and every test
#   make lint    ruff, mypy, import-linter only
#   make bench   the benchmarks (slow; not part of make test)
#   make translations  collect the texts into the .ts files and compile them (.qm)
#   make package the Linux app as dist/course-studio-<version>-linux-<arch>.tar.gz,
#                then a smoke test of the built app (slow; not part of make test)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= .demo-data
CODE   := $(wildcard src tests benchmarks packaging)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
TS     := $(wildcard src/course_studio/resources/translations/course_studio_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench demo clean system-deps package translations

$(STAMP): pyproject.toml constraints.txt
	@scripts/system-deps.sh test
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

system-deps:
	@scripts/system-deps.sh test

$(DEMO)/course-studio.sqlite3: | $(STAMP)
	$(BIN)/course-studio demo --data-dir $(DEMO)

demo: $(DEMO)/course-studio.sqlite3

# the compiled translations are built, not committed (docs/i18n.md)
%.qm: %.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(BIN)/python scripts/i18n.py update
	$(BIN)/python scripts/i18n.py release

run: $(STAMP) demo $(QM)
	$(BIN)/course-studio --data-dir $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint $(QM)
	scripts/run-tests.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	scripts/run-tests.sh sh -c 'for b in benchmarks/*_bench.py; do $(BIN)/python $$b || exit 1; done'

package: $(STAMP) $(QM)
	@scripts/system-deps.sh package
	$(BIN)/python packaging/build.py linux
	$(BIN)/python packaging/smoke_test.py --tarball \
	  dist/$$($(BIN)/python packaging/appinfo.py get linux_dist_name).tar.gz

clean:
	rm -rf $(VENV) $(DEMO) $(QM) .pytest_cache .mypy_cache .ruff_cache build dist
