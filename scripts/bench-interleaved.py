#!/usr/bin/env python3
"""Times commands side by side, interleaved: round r runs each command once, in turn, so a
neighbour's burst on a shared machine slows all of them alike rather than one tool's whole
series (best-of-3 taken one tool after the other swung the PDF ratio 1.0-1.4x on the same binary).

Usage: bench-interleaved.py RUNS 'label=command args' ...   (arguments split as a shell would: quote paths with spaces)
Prints one line per command: label, fastest and median wall seconds of the whole process
(start-up included, output to /dev/null), tab-separated."""
import shlex
import statistics
import subprocess
import sys
import time


def main() -> None:
    runs = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    times: dict[str, list[float]] = {label: [] for label, _ in commands}
    failed: set[str] = set()
    for _ in range(runs):
        for label, command in commands:
            start = time.perf_counter()
            done = subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[label].append(time.perf_counter() - start)
            if done.returncode != 0 and label not in failed:
                # A crash is fast: say so rather than let it pass as a good time.
                failed.add(label)
                print(f"bench-interleaved: {label}: {command!r} exited {done.returncode}", file=sys.stderr)
    for label, _ in commands:
        print(f"{label}\t{min(times[label]):.4f}\t{statistics.median(times[label]):.4f}")


if __name__ == "__main__":
    main()
