# contract-extract — the commands a newcomer needs. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
SAMPLE ?= corpus/bbj-purchase.pdf

.PHONY: setup build demo test bench clean

setup:            ## install system packages (idempotent; apt only when something is missing)
	bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product contract-extract

demo: build       ## convert a sample contract and show its text and record
	.build/release/contract-extract text $(SAMPLE) | head -40
	.build/release/contract-extract $(SAMPLE) | head -60

test: setup       ## every test: unit, text layer, clauses, rules, CLI; then records vs the JSON Schema
	$(SWIFT) build --build-tests
	OMP_THREAD_LIMIT=1 $(SWIFT) test --skip-build   # Tesseract: one thread per process (see OCRThreads)
	python3 scripts/validate-records.py .build/debug/contract-extract

bench: build      ## throughput and memory figures, side by side with pdftotext
	bash scripts/bench.sh

clean:
	rm -rf .build
