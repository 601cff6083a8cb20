#!/usr/bin/env bash
# Benchmarks, printed side by side with pdftotext in one run. Not part of `make test`.
# Usage: make bench   (builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/contract-extract
OUT=${BENCH_DIR:-bench-out}
mkdir -p "$OUT"

echo "== Start-up: one small text file to its record, whole process (fastest of 30, interleaved; issue 13 item 6: <= 20 ms)"
small="$OUT/small.txt"
printf '甲方：北京某某科技有限公司\n乙方：上海某某贸易有限公司\n合同金额：人民币10000元整。\n' > "$small"
python3 scripts/bench-interleaved.py 30 "contract-extract small.txt=$BIN $small" "contract-extract --version=$BIN --version" \
  "cat small.txt (a process alone)=cat $small" | awk -F'\t' '{ printf "%-34s %8.1f ms (median %.1f)\n", $1, $2 * 1000, $3 * 1000 }'
printf '%-34s %8s\n' "shared libraries at start" "$(ldd "$BIN" | wc -l)"

echo
echo "== Clause parser throughput (seeds concatenated to >= 50 MB, one core)"
big="$OUT/seeds-50mb.txt"
if [ ! -s "$big" ]; then
  : > "$big"
  while [ "$(stat -c %s "$big")" -lt $((50 * 1024 * 1024)) ]; do cat corpus/seed-000.txt corpus/seed-001.txt >> "$big"; done
fi
taskset -c 0 "$BIN" timing "$big" --runs 2
# Peak memory of converting the same 50 MB to its record (issue 13 item 6: <= 10x the input).
/usr/bin/time -f '%M' -o "$OUT/peak-kb.txt" taskset -c 0 "$BIN" "$big" >/dev/null 2>&1 || true
peak=$(tail -1 "$OUT/peak-kb.txt")
printf 'peak RSS converting %s MB of text: %s MB (%.1fx the input)\n' "$(( $(stat -c %s "$big") / 1048576 ))" "$((peak / 1024))" \
  "$(echo "$peak * 1024 / $(stat -c %s "$big")" | bc -l)"

echo
echo "== Text layer end to end vs pdftotext (whole process, 7 interleaved rounds: fastest, and the ratio of medians)"
printf '%-34s %9s %9s %9s %7s %7s\n' file pdftotext ours-text ours-json ratio median
for f in corpus/seed-000.pdf corpus/seed-001.pdf corpus/seed-001-cid.pdf corpus/yuanding-labor.pdf corpus/gov-entrustment-gf2025-1001.pdf; do
  python3 scripts/bench-interleaved.py 7 "p=pdftotext $f -" "t=$BIN text $f" "j=$BIN $f" > "$OUT/times.tsv"
  read -r p pm < <(awk -F'\t' '$1 == "p" { print $2, $3 }' "$OUT/times.tsv")
  read -r t tm < <(awk -F'\t' '$1 == "t" { print $2, $3 }' "$OUT/times.tsv")
  read -r j jm < <(awk -F'\t' '$1 == "j" { print $2, $3 }' "$OUT/times.tsv")
  printf '%-34s %9.3f %9.3f %9.3f %6.2fx %6.2fx\n' "$(basename "$f")" "$p" "$t" "$j" "$(echo "$j / $p" | bc -l)" "$(echo "$jm / $pm" | bc -l)"
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

echo
echo "== Batch: a >= 200-page PDF and a folder of >= 500 small PDFs and texts, side by side with pdftotext"
big="$OUT/big.pdf"
if [ ! -s "$big" ]; then
  natives=$(ls corpus/*.pdf | grep -v -- -scan)
  args=(); pages=0
  while [ "$pages" -lt 200 ]; do
    for f in $natives; do args+=("$f"); pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
  done
  qpdf --empty --pages "${args[@]}" -- "$big"
fi
folder="$OUT/folder"
if [ ! -d "$folder" ]; then
  mkdir -p "$folder"; k=0
  files=($(ls corpus/*.pdf corpus/*.txt | grep -v -- -scan))
  while [ "$k" -lt 520 ]; do
    for f in "${files[@]}"; do
      ext=${f##*.}; dst="$folder/$(printf '%03d' $k)-$(basename "$f" ".$ext").$ext"
      cp "$f" "$dst"
      if [ "$ext" = pdf ]; then printf '\n%% copy %d\n' "$k" >> "$dst"; else printf '\n附注%d。\n' "$k" >> "$dst"; fi
      k=$((k + 1))
    done
  done
fi
bigpages=$(pdfinfo "$big" | awk '/^Pages:/ {print $2}')
nfiles=$(ls "$folder" | wc -l); npdf=$(ls "$folder"/*.pdf | wc -l)
folderpages=$(for f in "$folder"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)
textmb=$(pdftotext "$big" - | wc -c | awk '{printf "%.2f", $1 / 1048576}')
# Interleaved rounds: on a shared machine, one tool's series after another's swung this ratio
# 1.0-1.4x for the same binary.
python3 scripts/bench-interleaved.py 7 "p=pdftotext $big -" "pl=pdftotext -layout $big -" "t=$BIN text $big" "j=$BIN $big" > "$OUT/times.tsv"
read -r p pm < <(awk -F'\t' '$1 == "p" { print $2, $3 }' "$OUT/times.tsv")
pl=$(awk -F'\t' '$1 == "pl" { print $2 }' "$OUT/times.tsv")
t=$(awk -F'\t' '$1 == "t" { print $2 }' "$OUT/times.tsv")
read -r j jm < <(awk -F'\t' '$1 == "j" { print $2, $3 }' "$OUT/times.tsv")
printf '%-28s %8s %8s %8s %8s\n' "$bigpages-page PDF" pdftotext -layout ours-text ours-json
printf '%-28s %8.3f %8.3f %8.3f %8.3f\n' "seconds" "$p" "$pl" "$t" "$j"
printf '%-28s %8.1f %8.1f %8.1f %8.1f\n' "pages/s" "$(echo "$bigpages / $p" | bc -l)" "$(echo "$bigpages / $pl" | bc -l)" "$(echo "$bigpages / $t" | bc -l)" "$(echo "$bigpages / $j" | bc -l)"
printf '%-28s %8.2f %8.2f %8.2f %8.2f\n' "MB/s of text ($textmb MB)" "$(echo "$textmb / $p" | bc -l)" "$(echo "$textmb / $pl" | bc -l)" "$(echo "$textmb / $t" | bc -l)" "$(echo "$textmb / $j" | bc -l)"
peak=$( { /usr/bin/time -f %M "$BIN" "$big" >/dev/null; } 2>&1 | tail -1 )
printf '%-28s %8s %8s %7.2fx %7.2fx\n' "ratio to pdftotext" 1.00x "$(printf '%.2fx' "$(echo "$pl / $p" | bc -l)")" "$(echo "$t / $p" | bc -l)" "$(echo "$j / $p" | bc -l)"
printf '%-28s %8s %8s %8s %7.2fx\n' "ratio of medians" 1.00x "" "" "$(echo "$jm / $pm" | bc -l)"

start=$(date +%s.%N); for f in "$folder"/*; do case "$f" in *.pdf) pdftotext "$f" - >/dev/null 2>&1;; *) cat "$f" >/dev/null;; esac; done
pf=$(echo "$(date +%s.%N) - $start" | bc -l)
start=$(date +%s.%N); for f in "$folder"/*.pdf; do pdftotext -layout "$f" - >/dev/null 2>&1; done; pfl=$(echo "$(date +%s.%N) - $start" | bc -l)
# One warm-up pass (page cache, first start of the binary and its libraries), then the runs.
rm -rf "$OUT/batch-warm"; "$BIN" batch "$folder" --out "$OUT/batch-warm" --quiet 2>/dev/null || true
for jobs in 1 2; do
  rm -rf "$OUT/batch-$jobs"
  start=$(date +%s.%N)
  "$BIN" batch "$folder" --out "$OUT/batch-$jobs" --jobs "$jobs" --quiet --stats 2> "$OUT/batch-$jobs.log" || true
  eval "b$jobs=$(echo "$(date +%s.%N) - $start" | bc -l)"
done
printf '%-28s %s MB\n' "peak RSS converting it" "$((peak / 1024))"
printf '%-28s %s files (%s PDFs, %s PDF pages)\n' "folder" "$nfiles" "$npdf" "$folderpages"
printf '%-28s %8.2f s  (pdftotext -layout %.2f s)\n' "pdftotext, one by one" "$pf" "$pfl"
printf '%-28s %8.2f s  %6.1f files/s  %5.2fx pdftotext\n' "batch --jobs 1" "$b1" "$(echo "$nfiles / $b1" | bc -l)" "$(echo "$b1 / $pf" | bc -l)"
printf '%-28s %8.2f s  %6.1f files/s  scaling %.2fx\n' "batch --jobs 2" "$b2" "$(echo "$nfiles / $b2" | bc -l)" "$(echo "$b1 / $b2" | bc -l)"
grep -h "peak RSS" "$OUT/batch-1.log" | sed 's/^contract-extract: batch: /jobs 1: /'
grep -h "peak RSS" "$OUT/batch-2.log" | sed 's/^contract-extract: batch: /jobs 2: /'

echo
echo "== Batch of one 31 MB text: --ndjson (record streamed back from the worker) vs --out (written by the worker)"
t31="$OUT/text-31mb.txt"
if [ ! -s "$t31" ]; then
  : > "$t31"
  while [ "$(stat -c %s "$t31")" -lt $((31 * 1024 * 1024)) ]; do cat corpus/seed-001.txt >> "$t31"; done
fi
rm -rf "$OUT/t31-out" "$OUT/t31.ndjson"*
start=$(date +%s.%N); "$BIN" batch "$t31" --out "$OUT/t31-out" --jobs 1 --quiet --timeout 3600 --force 2>/dev/null || true
tout=$(echo "$(date +%s.%N) - $start" | bc -l)
start=$(date +%s.%N); "$BIN" batch "$t31" --ndjson "$OUT/t31.ndjson" --jobs 1 --quiet --timeout 3600 --force 2>/dev/null || true
tnd=$(echo "$(date +%s.%N) - $start" | bc -l)
printf '%-28s %8.2f s  (record %s MB)\n' "--out" "$tout" "$(du -m "$OUT/t31-out/text-31mb.txt.json" | cut -f1)"
printf '%-28s %8.2f s  (line %s MB)  %.2fx --out\n' "--ndjson" "$tnd" "$(du -m "$OUT/t31.ndjson" | cut -f1)" "$(echo "$tnd / $tout" | bc -l)"

echo
echo "== OCR engines through the pipeline vs the engine alone (seconds per page)"
BIN="$BIN" BENCH_DIR="$OUT" bash scripts/bench-ocr.sh

echo "== Store: ingest into SQLite and PostgreSQL, search latency on >= 10,000 agreements, vs batch conversion"
bash scripts/bench-store.sh
