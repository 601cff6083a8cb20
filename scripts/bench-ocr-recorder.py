#!/usr/bin/env python3
"""The PP-OCR worker (scripts/ocr-worker.py) that also saves every page image it is sent.

For `make bench-scans` only: with CONTRACT_EXTRACT_OCR_WORKER pointing here and CE_BENCH_RECORD
naming a directory, each request's pixels — as the pipeline prepared them: rendered at its chosen
resolution, median-filtered when speckled — are written there as <pid>-<n>.png before the page
is read. The benchmark then times the engine alone on exactly those pixels, so its ratio measures
the pipeline's own cost, not a difference in the images. The worker's protocol and answers are
unchanged.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ocr_worker", os.path.join(HERE, "ocr-worker.py"))
worker = importlib.util.module_from_spec(spec)
spec.loader.exec_module(worker)

read_upright = worker.read_upright
count = 0


def recording(engine, image, state):
    global count
    import cv2

    count += 1
    cv2.imwrite(os.path.join(os.environ["CE_BENCH_RECORD"], f"{os.getpid()}-{count:04d}.png"), image)
    return read_upright(engine, image, state)


worker.read_upright = recording  # main() looks the name up when it reads a page

if __name__ == "__main__":
    sys.exit(worker.main())
