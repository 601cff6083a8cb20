#!/usr/bin/env bash
# Benchmarks, printed side by side with pdftotext in one run. Not part of `make test`.
# Usage: make bench   (builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/contract-extract
OUT=${BENCH_DIR:-bench-out}
mkdir -p "$OUT"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
best_of() { local n=$1; shift; local best=999999 t; for _ in $(seq "$n"); do t=$(seconds "$@"); best=$(echo "if ($t < $best) $t else $best" | bc -l); done; printf '%.3f' "$best"; }

echo "== Clause parser throughput (seeds concatenated to >= 50 MB, one core)"
big="$OUT/seeds-50mb.txt"
if [ ! -s "$big" ]; then
  : > "$big"
  while [ "$(stat -c %s "$big")" -lt $((50 * 1024 * 1024)) ]; do cat corpus/seed-000.txt corpus/seed-001.txt >> "$big"; done
fi
taskset -c 0 "$BIN" timing "$big" --runs 2

echo
echo "== Text layer end to end vs pdftotext (best of 3, whole process)"
printf '%-34s %9s %9s %9s %7s\n' file pdftotext ours-text ours-json ratio
for f in corpus/seed-000.pdf corpus/seed-001.pdf corpus/seed-001-cid.pdf corpus/yuanding-labor.pdf corpus/gov-entrustment-gf2025-1001.pdf; do
  p=$(best_of 3 pdftotext "$f" -)
  t=$(best_of 3 "$BIN" text "$f")
  j=$(best_of 3 "$BIN" "$f")
  printf '%-34s %9s %9s %9s %6.2fx\n' "$(basename "$f")" "$p" "$t" "$j" "$(echo "$j / $p" | bc -l)"
done

echo
echo "== Memory: 1,000 open/extract cycles of one PDF in one process"
"$BIN" cycles corpus/bbj-purchase.pdf --count 1000 | grep -E 'cycle (1|100|1000):|cycles in'

echo
echo "== OCR of the scanned seeds (one core, OMP_THREAD_LIMIT=1; CER against the text-layer twin)"
printf '%-20s %5s %6s %9s %8s %7s\n' file dpi pages seconds s/page CER%
for n in seed-000 seed-001; do
  "$BIN" text --pages "corpus/$n.pdf" > "$OUT/$n-twin.txt"
  pages=$("$BIN" corpus/$n-scan.pdf --ocr never | python3 -c 'import json,sys; print(json.load(sys.stdin)["source"]["pageCount"])')
  for dpi in 200 300; do
    start=$(date +%s.%N)
    taskset -c 0 env OMP_THREAD_LIMIT=1 "$BIN" text --pages --ocr-dpi "$dpi" "corpus/$n-scan.pdf" > "$OUT/$n-ocr-$dpi.txt"
    s=$(echo "$(date +%s.%N) - $start" | bc -l)
    cer=$(python3 scripts/ocr-cer.py "$OUT/$n-ocr-$dpi.txt" "$OUT/$n-twin.txt")
    printf '%-20s %5s %6s %9.2f %8.2f %7s\n' "$n-scan.pdf" "$dpi" "$pages" "$s" "$(echo "$s / $pages" | bc -l)" "$cer"
  done
done
