# Verkosto: set-up, build, demo and tests. `make demo` and `make test` work on a fresh
# Debian machine: they install the missing system packages first.

SWIFT ?= swift
DB ?= verkosto.sqlite
VERKOSTO = .build/debug/verkosto
APT_PACKAGES = libgraphviz-dev graphviz libsqlite3-dev sqlite3 pkg-config python3
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo graphs test bench clean-graphs

## Install the system packages Verkosto needs, when any are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --product verkosto

release: deps
	$(SWIFT) build -c release --product verkosto

## Build, import the illustrative data set, print its statistics, and write the maps.
demo: build
	$(VERKOSTO) import Data/oph --db $(DB) --replace
	$(VERKOSTO) stats --db $(DB)
	$(MAKE) graphs

## The whole test suite.
test: deps
	$(SWIFT) test

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
	$(RENDER) overview --lang sv --group-by sector -o Graphs/overview-sv-sectors.svg
	$(RENDER) ego johtamisen-oppiva-yhteiso -o Graphs/ego-johtamisen-oppiva-yhteiso.svg
	$(RENDER) directions -o Graphs/directions.svg
	$(RENDER) sectors -o Graphs/sectors.svg
	$(RENDER) gaps -o Graphs/gaps.svg
	$(RENDER) coverage -o Graphs/coverage.svg
	$(RENDER) heatmap --order cluster -o Graphs/heatmap.svg
	@echo "Maps written to Graphs/"

clean-graphs:
	rm -f Graphs/*.svg Graphs/*.png
