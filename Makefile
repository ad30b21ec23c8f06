# Seam: the two set-up commands. Both install what is missing first (Debian, as root).
#   make site   build seam (release) and run the main job: check the knowledge base, then build the site into site/
#   make test   run every test: Swift unit, golden and end-to-end tests, the site script's node tests, then the browser tests
#   make golden re-record every golden file under Tests/Golden (then review the diff with git)

SWIFT ?= swift
SEAM := .build/release/seam

.PHONY: site test build setup setup-test swift-test js-test leak-test browser-test golden fresh-clone-check clean

site: setup build
	$(SEAM) check --content content
	$(SEAM) build --content content --output site

# The Swift runtime linked statically: a dynamically linked seam spends about 7 ms of every run
# loading it (bench/search-bench).
build:
	$(SWIFT) build -c release --static-swift-stdlib --product seam

setup:
	scripts/setup

setup-test:
	scripts/setup --test

test: setup-test swift-test js-test leak-test browser-test

swift-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

# The site script's pure modules (Sources/SeamSite/Theme/assets), with node's test runner; the tests
# build the shipped site with this binary to read the index and definitions the build writes.
js-test: build
	SEAM_BINARY=$(CURDIR)/$(SEAM) node --test Tests/js

# Golden files (Tests/Golden) are compared by the Swift tests; this writes them anew from the code.
golden:
	$(SWIFT) build --build-tests
	SEAM_RECORD=1 $(SWIFT) test --skip-build --parallel --filter 'Golden|ShippedCharts|ResultChart|CheckCommand'

# make site and make test in a clone of HEAD with nothing beside it (what CI runs).
fresh-clone-check:
	scripts/fresh-clone-check

leak-test: build
	scripts/leak-check $(SEAM)

browser-test: build
	@if ls Tests/browser/test_*.py >/dev/null 2>&1; then \
		SEAM_BINARY=$(CURDIR)/$(SEAM) .venv-test/bin/python -m pytest -q Tests/browser; \
	else echo "no browser tests yet"; fi

clean:
	rm -rf .build site
