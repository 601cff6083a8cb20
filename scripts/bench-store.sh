#!/usr/bin/env bash
# The store's figures for `make bench` (called by scripts/bench.sh): ingest throughput into
# SQLite and PostgreSQL and search latency on >= 10,000 agreements, next to the batch
# conversion rate. PostgreSQL is a throwaway cluster (scripts/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/with-postgres.sh python3 scripts/bench-store.py --bin "${BIN:-.build/release/contract-extract}" --out "${BENCH_DIR:-bench-out}/store" "$@"
