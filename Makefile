# contract-extract — the commands a newcomer needs. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
SAMPLE ?= corpus/seed-001.pdf
PREFIX ?= /usr/local

.PHONY: fuzz setup build demo install install-files uninstall test check bench bench-scans bench-docx stress clean

setup:            ## install system and Python packages (idempotent; apt only when something is missing; Python into .venv)
	bash scripts/setup.sh

build: setup      ## the release binary, Swift runtime linked in (runs without the toolchain)
	$(SWIFT) build -c release --static-swift-stdlib --product contract-extract

demo: build       ## what was read from a sample contract, as a person reads it
	.build/release/contract-extract show $(SAMPLE)
	@echo
	@echo "The JSON record of the same file: .build/release/contract-extract $(SAMPLE)"
	@echo "The command is .build/release/contract-extract; 'make install' puts it in $(PREFIX)/bin."

install: build    ## install the command as $(PREFIX)/bin/contract-extract (PREFIX=/usr/local), its PP-OCR worker under $(PREFIX)/lib/contract-extract
	$(MAKE) --no-print-directory install-files

BINARY ?= .build/release/contract-extract
install-files:    ## the installation step alone, of BINARY (the release build by default; `make test` installs its own debug build)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/contract-extract"
	install -m 0755 "$(BINARY)" "$(DESTDIR)$(PREFIX)/bin/contract-extract"
	install -m 0644 scripts/ocr-worker.py "$(DESTDIR)$(PREFIX)/lib/contract-extract/ocr-worker.py"
	# The worker's Python: a copy of the project's .venv (only its bin/python is run, which
	# finds its packages through the pyvenv.cfg beside it, wherever the copy lives).
	rm -rf "$(DESTDIR)$(PREFIX)/lib/contract-extract/venv"
	cp -a .venv "$(DESTDIR)$(PREFIX)/lib/contract-extract/venv"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/contract-extract"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/contract-extract"
	rm -rf "$(DESTDIR)$(PREFIX)/lib/contract-extract"

test: setup       ## every test: unit, text layer, clauses, rules, CLI; records vs the JSON Schema; set-up and make install
	$(SWIFT) build --build-tests
	# the run-time-loaded C libraries: our declarations against their headers
	bash scripts/check-c-declarations.sh
	# Tesseract: one thread per process (see OCRThreads); a throwaway PostgreSQL for the store's
	# tests; the bundle in five processes at once (scripts/run-tests.sh says why)
	bash scripts/with-postgres.sh env CE_TEST_LANE=full OMP_THREAD_LIMIT=1 bash scripts/run-tests.sh
	# the review page in headless Chromium (Debian's), driven by Playwright; screenshots in test-artifacts/review
	.venv/bin/python scripts/review-browser-test.py .build/debug/contract-extract
	.venv/bin/python scripts/validate-records.py .build/debug/contract-extract
	bash scripts/check-install.sh

check:           ## the fast lane while editing: inline-example suites only (rules, clauses, clean-up, schema), seconds
	$(SWIFT) build --build-tests
	CE_TEST_LANE=fast $(SWIFT) test --skip-build

FUZZ_SECONDS ?= 300
fuzz: setup       ## libFuzzer over the text → record path for FUZZ_SECONDS; crashers land in fuzz/crashers
	$(SWIFT) build -c debug --product ExtractFuzz --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus fuzz/crashers
	ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no OMP_THREAD_LIMIT=1 .build-fuzz/debug/ExtractFuzz \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -artifact_prefix=fuzz/crashers/ .build-fuzz/corpus fuzz/seeds

bench: build bench-scans  ## throughput and memory figures, side by side with pdftotext
	bash scripts/bench.sh

bench-scans: build  ## degraded office/fax/phone scans of text PDFs: values kept, CER, s/page per engine and engine alone
	.venv/bin/python scripts/degrade-scans.py --out bench-out/scans
	.venv/bin/python scripts/bench-scans.py --scans bench-out/scans

STRESS_FILES ?= 1000
STRESS_KILLS ?= 3
stress: build     ## 1,000 inputs, 10% hostile, kill -9 at random points, both output modes: each good file once, every other named
	python3 scripts/stress.py --files $(STRESS_FILES) --kills $(STRESS_KILLS) --bin .build/release/contract-extract

bench-docx:       ## a ~300-page DOCX against the PDF LibreOffice renders from it (needs libreoffice)
	swift build -c release --product contract-extract
	python3 scripts/bench-docx.py --copies 30 --runs 3 --binary .build/release/contract-extract

clean:
	rm -rf .build
