#!/usr/bin/env bash
# Part of `make test`: what a newcomer does after cloning, checked end to end.
# - set-up is idempotent: a second run installs nothing and prints nothing;
# - `make install`'s installation step puts the command, its PP-OCR worker and the worker's venv
#   under a prefix, and the installed command runs with no help from PATH and `show` prints the
#   human view. It installs the debug build `make test` has just made: `make install` itself
#   first builds the release binary (Swift runtime linked in statically), a second full compile
#   of every dependency (~17 min on 2 cores) that CI does not repeat; `make demo` builds it;
# - the installed binary reads a scan with its own PP-OCR worker and venv (no fallback).
set -euo pipefail
cd "$(dirname "$0")/.."

again=$(bash scripts/setup.sh 2>&1)
if [ -n "$again" ]; then
  echo "check-install: a second set-up run still did something:"; echo "$again"; exit 1
fi

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make --no-print-directory install-files BINARY=.build/debug/contract-extract PREFIX="$prefix" >/dev/null
out=$(env -i PATH=/usr/bin:/bin "$prefix/bin/contract-extract" show corpus/seed-001.pdf)
first=$(printf '%s\n' "$out" | head -1)
if [ "$first" != "seed-001.pdf · PDF, 25 pages, text layer" ] || ! grep -q '^甲方  蛟河市人民法院' <<<"$out"; then
  echo "check-install: the installed command's show output is not the expected one:"; printf '%s\n' "$out" | head -20; exit 1
fi
# The installed command finds its own PP-OCR worker (lib/contract-extract), with no PATH help:
# a scanned page is read without falling back to Tesseract.
page="$prefix/scan-page.pdf"
qpdf --empty --pages corpus/seed-000-scan.pdf 1 -- "$page"
err=$(env -i PATH=/usr/bin:/bin "$prefix/bin/contract-extract" text "$page" 2>&1 >"$prefix/page.txt")
if [ -n "$err" ] || ! grep -q '塔城市公安局' "$prefix/page.txt"; then
  echo "check-install: the installed command did not read a scan with PP-OCR:"; echo "$err"; head -5 "$prefix/page.txt"; exit 1
fi
echo "check-install: 3 passed, 0 failed"
