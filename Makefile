# Verkosto: set-up, build, demo and tests. `make demo` and `make test` work on a fresh
# Debian machine: they install the missing system packages first.

SWIFT ?= swift
DB ?= verkosto.sqlite
VERKOSTO = .build/debug/verkosto
APT_PACKAGES = libgraphviz-dev graphviz libsqlite3-dev sqlite3 pkg-config python3
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo graphs test golden bench clean-graphs report test-browser browser-deps fuzz fuzz-build fuzz-smoke \
	libreoffice-deps test-libreoffice xlsx-fixtures bench-xlsx

## The recipe line that installs the Debian packages $(1) that are missing, with apt-get
## options $(2); it does nothing when all are installed.
define install-missing
@missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "Installing:$$missing"; \
  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(2) $$missing; \
fi
endef

## Install the system packages Verkosto needs, when any are missing.
deps:
	$(call install-missing,$(APT_PACKAGES))

build: deps
	$(SWIFT) build --product verkosto

release: deps
	$(SWIFT) build -c release --product verkosto

## Build, import the illustrative data set, print its statistics, and write the maps.
demo: build
	$(VERKOSTO) import Data/oph --db $(DB) --replace
	$(VERKOSTO) stats --db $(DB)
	$(MAKE) graphs
	$(MAKE) report
	@echo
	@echo "The platform on this data: $(VERKOSTO) serve --db $(DB) --anonymous"
	@echo "then open http://127.0.0.1:8080/ (Ctrl-C stops it). Accounts: $(VERKOSTO) user add NAME --role admin --db $(DB)"

## The whole test suite: the Swift tests, the report in a real headless browser, the .xlsx
## round trip through a live LibreOffice, and a short fuzzing smoke run over the committed seeds.
test: deps
	$(SWIFT) test
	$(MAKE) test-browser
	$(MAKE) test-libreoffice
	$(MAKE) fuzz-smoke

## Rewrite the CLI's golden snapshots (Tests/CLITests/Golden/) from the current build, after a
## deliberate change of output; then review them with `git diff Tests/CLITests/Golden`.
golden: deps
	VERKOSTO_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenTests
	@git status --short Tests/CLITests/Golden | head -40

## The map gallery in Graphs/, drawn from Data/oph (imported into a scratch database) on a
## fixed day, so that the committed files change only when the data or the drawing does.
GRAPHS_DB ?= .build/graphs.sqlite
GRAPHS_AT ?= 2026-11-01
RENDER = $(VERKOSTO) render --db $(GRAPHS_DB) --at $(GRAPHS_AT)

graphs: build
	$(VERKOSTO) import Data/oph --db $(GRAPHS_DB) --replace
	mkdir -p Graphs
	$(RENDER) overview -o Graphs/overview.svg
	$(RENDER) overview -o Graphs/overview.png
	$(RENDER) overview --lang en -o Graphs/overview-en.svg
	$(RENDER) overview --lang sv -o Graphs/overview-sv.svg
	$(RENDER) ego johtamisen-oppiva-yhteiso -o Graphs/ego-johtamisen-oppiva-yhteiso.svg
	$(RENDER) directions -o Graphs/directions.svg
	$(RENDER) sectors -o Graphs/sectors.svg
	$(RENDER) gaps -o Graphs/gaps.svg
	$(RENDER) coverage -o Graphs/coverage.svg
	$(RENDER) heatmap --order cluster -o Graphs/heatmap.svg
	$(RENDER) coverage --geo -o Graphs/coverage-finland.svg
	$(RENDER) ego johtamisen-oppiva-yhteiso --geo -o Graphs/members-finland-johtamisen-oppiva-yhteiso.svg
	$(VERKOSTO) render diff --db $(GRAPHS_DB) --from 2022 --to 2026 -o Graphs/diff-2022-2026.svg
	$(VERKOSTO) trend --db $(GRAPHS_DB) --from 2022 --to 2026 -o Graphs/trend-2022-2026.svg > /dev/null
	mkdir -p Graphs/slides
	$(RENDER) overview --size slide -o Graphs/slides/overview.svg
	$(RENDER) overview --size slide --width 1920 -o Graphs/slides/overview.png
	$(RENDER) ego johtamisen-oppiva-yhteiso --size slide -o Graphs/slides/ego-johtamisen-oppiva-yhteiso.svg
	$(RENDER) directions --size slide -o Graphs/slides/directions.svg
	$(RENDER) sectors --size slide -o Graphs/slides/sectors.svg
	$(RENDER) gaps --size slide -o Graphs/slides/gaps.svg
	$(RENDER) coverage --size slide -o Graphs/slides/coverage.svg
	$(RENDER) heatmap --order cluster --size slide -o Graphs/slides/heatmap.svg
	$(VERKOSTO) render diff --db $(GRAPHS_DB) --from 2022 --to 2026 --size slide -o Graphs/slides/diff-2022-2026.svg
	$(RENDER) coverage --geo --size slide -o Graphs/slides/coverage-finland.svg
	$(RENDER) ego johtamisen-oppiva-yhteiso --geo --size slide -o Graphs/slides/members-finland-johtamisen-oppiva-yhteiso.svg
	$(RENDER) coverage --geo --size a4 -o Graphs/slides/coverage-finland-a4.svg
	$(RENDER) overview --size a4 -o Graphs/slides/overview-a4.svg
	@echo "Maps written to Graphs/ (16:9 slide versions in Graphs/slides/)"

clean-graphs:
	rm -f Graphs/*.svg Graphs/*.png Graphs/slides/*.svg Graphs/slides/*.png

## Benchmarks (not tests): our timings on seeded graphs against igraph, NetworKit and scipy in the
## same run, taking turns, as ratios. bench/compare.py installs the peers into .build/bench-venv on
## first use; BENCH_RUNS rounds (median), the table also in $(BENCH_OUT)/bench.md.
BENCH_OUT ?= bench-out
BENCH_RUNS ?= 3
BENCH_FLAGS ?=
bench: deps
	@python3 -c "import ensurepip" 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv; }
	$(SWIFT) build -c release --product verkosto-bench
	python3 bench/compare.py --bench .build/release/verkosto-bench --out $(BENCH_OUT) --runs $(BENCH_RUNS) \
	  --markdown $(BENCH_OUT)/bench.md $(BENCH_FLAGS)

## The .xlsx reader and writer on a seeded 10,000-row sheet against openpyxl, XlsxWriter and
## python-calamine in the same run, as ratios (Tests/Bench/xlsx_peers.py installs the peers).
XLSX_ROWS ?= 10000
bench-xlsx: deps
	$(SWIFT) build -c release --product verkosto-xlsx-bench
	.build/release/verkosto-xlsx-bench --rows $(XLSX_ROWS) --out $(BENCH_OUT)
	python3 Tests/Bench/xlsx_peers.py --sheet $(BENCH_OUT)/sheet-$(XLSX_ROWS).xlsx --ours $(BENCH_OUT)/ours-xlsx.json

## The management report, Graphs/report.html, from the same scratch database and day as the maps.
report: build
	$(VERKOSTO) import Data/oph --db $(GRAPHS_DB) --replace
	mkdir -p Graphs
	$(VERKOSTO) report --db $(GRAPHS_DB) --at $(GRAPHS_AT) -o Graphs/report.html

## Headless Chromium, its driver, Selenium and axe-core (axe-core-python bundles axe-core 4.4),
## for the browser test (installed when missing).
BROWSER_APT_PACKAGES = chromium chromium-driver
browser-deps:
	$(call install-missing,$(BROWSER_APT_PACKAGES))
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
	@python3 -c "import axe_core_python" 2>/dev/null || python3 -m pip install -q axe-core-python

## The report in a real browser: build, import Data/oph into a scratch database, write the
## report in Finnish, Swedish and English, and drive headless Chromium over them
## (Tests/Browser/report_test.py: axe-core and the keyboard in each language, then the rest).
BROWSER_DIR ?= .build/browser-test
test-browser: build browser-deps
	rm -rf $(BROWSER_DIR) && mkdir -p $(BROWSER_DIR)
	$(VERKOSTO) import Data/oph --db $(BROWSER_DIR)/oph.sqlite --replace
	$(VERKOSTO) report --db $(BROWSER_DIR)/oph.sqlite --at $(GRAPHS_AT) -o $(BROWSER_DIR)/report.html
	$(VERKOSTO) report --db $(BROWSER_DIR)/oph.sqlite --at $(GRAPHS_AT) --lang sv -o $(BROWSER_DIR)/report-sv.html
	$(VERKOSTO) report --db $(BROWSER_DIR)/oph.sqlite --at $(GRAPHS_AT) --lang en -o $(BROWSER_DIR)/report-en.html
	python3 Tests/Browser/report_test.py $(BROWSER_DIR)/report.html $(BROWSER_DIR)/report.png \
	  $(BROWSER_DIR)/report-sv.html $(BROWSER_DIR)/report-en.html

## LibreOffice Calc (Debian's libreoffice-calc, run headless) for the .xlsx round trip,
## installed when missing.
LIBREOFFICE_APT_PACKAGES = libreoffice-calc
libreoffice-deps:
	$(call install-missing,$(LIBREOFFICE_APT_PACKAGES),--no-install-recommends)

## The .xlsx round trip through a live LibreOffice: make the LibreOffice fixtures afresh in a
## scratch folder and run LibreOfficeTests on them (swift test alone uses the committed ones).
XLSX_FIXTURES = Tests/VerkostoSpreadsheetTests/Fixtures/LibreOffice
XLSX_LIVE_DIR ?= .build/libreoffice-fixtures
test-libreoffice: libreoffice-deps
	rm -rf $(XLSX_LIVE_DIR) && mkdir -p $(XLSX_LIVE_DIR)
	$(XLSX_FIXTURES)/make_fixtures.sh $(XLSX_LIVE_DIR)
	VERKOSTO_LIBREOFFICE_FIXTURES="$(abspath $(XLSX_LIVE_DIR))" $(SWIFT) test --filter LibreOfficeTests

## Remake the committed LibreOffice fixtures, after a change to the writer or to the .fods.
xlsx-fixtures: libreoffice-deps
	$(XLSX_FIXTURES)/make_fixtures.sh

## libFuzzer targets for the CSV and JSON readers (Fuzz/): `make fuzz` runs each for
## FUZZ_TIME seconds, keeping new inputs in Fuzz/.build/corpus and crashes in Fuzz/crashes/.
FUZZ_TIME ?= 600
FUZZ_SMOKE_TIME ?= 30
FUZZ_BIN = Fuzz/.build/release
FUZZ_FLAGS = -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=Fuzz/crashes/

fuzz-build: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz: fuzz-build
	mkdir -p Fuzz/crashes Fuzz/.build/corpus/csv Fuzz/.build/corpus/json
	$(FUZZ_BIN)/FuzzCSV $(FUZZ_FLAGS) -max_total_time=$(FUZZ_TIME) Fuzz/.build/corpus/csv Fuzz/corpus/csv
	$(FUZZ_BIN)/FuzzJSON $(FUZZ_FLAGS) -max_total_time=$(FUZZ_TIME) Fuzz/.build/corpus/json Fuzz/corpus/json

## About a minute in all: each target over the committed seeds, then FUZZ_SMOKE_TIME s of mutation.
fuzz-smoke: fuzz-build
	rm -rf Fuzz/.build/smoke && mkdir -p Fuzz/crashes Fuzz/.build/smoke/csv Fuzz/.build/smoke/json
	$(FUZZ_BIN)/FuzzCSV $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SMOKE_TIME) Fuzz/.build/smoke/csv Fuzz/corpus/csv
	$(FUZZ_BIN)/FuzzJSON $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SMOKE_TIME) Fuzz/.build/smoke/json Fuzz/corpus/json
