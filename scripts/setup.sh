#!/usr/bin/env bash
# Installs every system package contract-extract needs to build, test and OCR.
# Idempotent: when everything is already installed it changes nothing and needs no network.
# Run from the repository root (the Makefile does).
set -euo pipefail

PACKAGES=(
  pkg-config
  libpoppler-glib-dev   # PDF text layer (pulls glib and cairo); loaded at run time, headers for check-c-declarations
  poppler-data          # Adobe-GB1 CMaps: without them CJK text in CID fonts disappears
  poppler-utils         # pdftotext for the benchmark, pdfinfo for fixtures
  libicu-dev            # NFKC, charset detection, number spell-out
  libtesseract-dev      # OCR of scanned pages
  libleptonica-dev      # JPEG, PNG and TIFF page images (comes with libtesseract-dev)
  tesseract-ocr-chi-sim # simplified Chinese OCR model
  tesseract-ocr         # the tesseract command: the engine alone beside the pipeline in `make bench`
  qpdf                  # encrypted / mixed PDF fixtures in tests
  libsqlite3-dev        # the SQLite store (GRDB links the system SQLite; FTS5 trigram needs >= 3.34)
  postgresql            # the PostgreSQL store's tests: a throwaway cluster (scripts/with-postgres.sh)
  python3               # Debian's Python, for the project's virtual environment (.venv)
  python3-venv          # `python3 -m venv` with ensurepip (Debian splits it out)
  bc                    # arithmetic in scripts/bench.sh
  time                  # /usr/bin/time: peak memory in scripts/bench.sh
  chromium              # headless browser for the review page's test (scripts/review-browser-test.py)
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python packages (requirements.txt, pinned) go into the project's own virtual environment made
# from Debian's Python: never pip on the system Python (PEP 668 refuses it on Debian 12 anyway).
# Redone only when requirements.txt changed since the last install (the stamp holds its hash).
venv=.venv
stamp="$venv/.requirements.sha256"
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages into $venv" >&2
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input --require-virtualenv \
    --no-deps -r requirements.txt
  echo "$want" > "$stamp"
fi
