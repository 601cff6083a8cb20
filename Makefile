# contract-extract — the commands a newcomer needs. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
SAMPLE ?= corpus/bbj-purchase.pdf

.PHONY: fuzz setup build demo test bench stress clean

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

FUZZ_SECONDS ?= 300
fuzz: setup       ## libFuzzer over the text → record path for FUZZ_SECONDS; crashers land in fuzz/crashers
	$(SWIFT) build -c debug --product ExtractFuzz --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus fuzz/crashers
	ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no OMP_THREAD_LIMIT=1 .build-fuzz/debug/ExtractFuzz \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -artifact_prefix=fuzz/crashers/ .build-fuzz/corpus fuzz/seeds

bench: build      ## throughput and memory figures, side by side with pdftotext
	bash scripts/bench.sh

STRESS_FILES ?= 1000
STRESS_KILLS ?= 3
stress: build     ## 1,000 inputs, 10% hostile, kill -9 at random points, both output modes: each good file once, every other named
	python3 scripts/stress.py --files $(STRESS_FILES) --kills $(STRESS_KILLS) --bin .build/release/contract-extract

clean:
	rm -rf .build
