#!/usr/bin/env bash
# Runs the built test bundle (`swift build --build-tests` first) in a few processes at once, for
# `make test`. Why: Swift Testing runs a process's tests on the cooperative thread pool, which
# has one thread per core — two here — and many of our tests block their thread while a child
# does the work (a batch's worker processes, the CLI, the PP-OCR worker, PostgreSQL). Two such
# tests stall every other test of the process while the cores sit half idle; five processes keep
# them busy. The groups cover every test by construction (the last one is "everything else"),
# and each process has its own PP-OCR worker, so the corpus regression's OCR, the longest
# single test, runs beside the rest instead of behind them.
# Each group's output is printed whole when it ends; the exit status is 1 if any group failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bundle=${TEST_BUNDLE:-$(swift build --show-bin-path)/contract-extractPackageTests.xctest}
[ -x "$bundle" ] || { echo "run-tests: no test bundle at $bundle (run swift build --build-tests)"; exit 2; }

names=(regression extractor batch cli rest)
args=(
  "--filter CorpusRegressionTests"
  "--filter ^ExtractorTests\. --skip CorpusRegressionTests"
  "--filter ^ContractExtractTests\.Batch"
  "--filter ^ContractExtractTests\. --skip ^ContractExtractTests\.Batch"
  "--skip ^ExtractorTests\. --skip ^ContractExtractTests\."
)

logs=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$logs"' EXIT
trap 'exit 130' INT TERM
start=$(date +%s)
for i in "${!names[@]}"; do
  # shellcheck disable=SC2086 # the group's arguments are words
  ( "$bundle" --testing-library swift-testing ${args[$i]} >"$logs/${names[$i]}.log" 2>&1
    echo $? >"$logs/${names[$i]}.status"
    echo $(( $(date +%s) - start )) >"$logs/${names[$i]}.seconds" ) &
done

failed=0
summary=""
remaining=("${!names[@]}")
while [ ${#remaining[@]} -gt 0 ]; do
  wait -n 2>/dev/null
  next=()
  for i in "${remaining[@]}"; do
    name=${names[$i]}
    if [ -f "$logs/$name.seconds" ]; then
      status=$(cat "$logs/$name.status")
      echo "=== test group '$name' (${args[$i]}): exit $status after $(cat "$logs/$name.seconds") s"
      cat "$logs/$name.log"
      last=$(grep -E "Test run with [0-9]+ tests?" "$logs/$name.log" | tail -1 | sed -E 's/^[^A-Z]*//')
      summary+="  $name: ${last:-no test run line (exit $status)}"$'\n'
      [ "$status" = 0 ] || failed=1
    else
      next+=("$i")
    fi
  done
  remaining=("${next[@]}")
done

echo "=== tests in ${#names[@]} processes, $(( $(date +%s) - start )) s:"
printf '%s' "$summary"
exit $failed
