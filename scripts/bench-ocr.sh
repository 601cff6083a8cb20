#!/usr/bin/env bash
# `make bench` OCR section: seconds per page of each engine through the whole pipeline
# (contract-extract on a multi-page TIFF of the page images: one process, one model load) side
# by side with the same engine alone on the same images (rapidocr in Python with the model
# loaded once; the tesseract CLI, one process per page). Target: pipeline ≤ 1.1× engine alone.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/contract-extract}
OUT=${BENCH_DIR:-bench-out}/ocr
PY=.venv/bin/python
mkdir -p "$OUT"
export OMP_THREAD_LIMIT=1   # Tesseract on one thread (see OCRThreads), both ways

sets=("seed-000-scan:corpus/seed-000-scan.pdf:1-4")
real=../shared/corpus-real2/zhaoxin-license/10003.pdf
[ -f "$real" ] && sets+=("zhaoxin:$real:1-4")

elapsed() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

printf '%-14s %5s %-10s %10s %10s %7s\n' images pages engine pipeline alone ratio
for set in "${sets[@]}"; do
  IFS=: read -r name pdf range <<<"$set"
  dir="$OUT/$name"
  rm -rf "$dir"; mkdir -p "$dir"
  pdftoppm -r 200 -gray -png -f "${range%-*}" -l "${range#*-}" "$pdf" "$dir/p"
  pages=("$dir"/p-*.png)
  "$PY" -c 'import sys; from PIL import Image; ims=[Image.open(p) for p in sys.argv[2:]]; ims[0].save(sys.argv[1], save_all=True, append_images=ims[1:], dpi=(200, 200))' \
    "$dir/pages.tif" "${pages[@]}"
  n=${#pages[@]}
  pipe=$(elapsed "$BIN" text --ocr-engine ppocr "$dir/pages.tif")
  alone=$("$PY" scripts/bench-ocr-alone.py "${pages[@]}")
  printf '%-14s %5d %-10s %9.2fs %9.2fs %6.2fx\n' "$name" "$n" ppocr "$(echo "$pipe / $n" | bc -l)" "$(echo "$alone / $n" | bc -l)" "$(echo "$pipe / $alone" | bc -l)"
  pipe=$(elapsed "$BIN" text --ocr-engine tesseract "$dir/pages.tif")
  s=$(date +%s.%N); for p in "${pages[@]}"; do tesseract "$p" - -l chi_sim >/dev/null 2>&1; done; e=$(date +%s.%N)
  alone=$(echo "$e - $s" | bc -l)
  printf '%-14s %5d %-10s %9.2fs %9.2fs %6.2fx\n' "$name" "$n" tesseract "$(echo "$pipe / $n" | bc -l)" "$(echo "$alone / $n" | bc -l)" "$(echo "$pipe / $alone" | bc -l)"
done
echo "(seconds per page, model load included; pipeline = contract-extract text on the pages as one TIFF)"
