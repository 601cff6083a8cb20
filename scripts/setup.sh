#!/usr/bin/env bash
# Installs every system package contract-extract needs to build, test and OCR.
# Idempotent: when everything is already installed it changes nothing and needs no network.
set -euo pipefail

PACKAGES=(
  pkg-config
  libpoppler-glib-dev   # PDF text layer (pulls glib and cairo dev)
  poppler-data          # Adobe-GB1 CMaps: without them CJK text in CID fonts disappears
  poppler-utils         # pdftotext for the benchmark, pdfinfo for fixtures
  libicu-dev            # NFKC, charset detection, number spell-out
  libtesseract-dev      # OCR of scanned pages
  tesseract-ocr-chi-sim # simplified Chinese OCR model
  qpdf                  # encrypted / mixed PDF fixtures in tests
  bc                    # arithmetic in scripts/bench.sh
  time                  # /usr/bin/time: peak memory in scripts/bench.sh
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

# The schema check in CI uses Python's jsonschema as an outside validator.
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  python3 -m pip install --quiet 'jsonschema>=4.18'
fi
