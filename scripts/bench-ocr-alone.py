#!/usr/bin/env python3
"""PP-OCRv4 alone (rapidocr_onnxruntime, model loaded once) on page images, for `make bench`:
prints the seconds for all pages, model load included, as the pipeline pays it too.
Usage: .venv/bin/python scripts/bench-ocr-alone.py PAGE.png…"""
import sys
import time

start = time.monotonic()
import cv2  # noqa: E402
from rapidocr_onnxruntime import RapidOCR  # noqa: E402

engine = RapidOCR()
for path in sys.argv[1:]:
    engine(cv2.imread(path, cv2.IMREAD_GRAYSCALE), return_word_box=True)
print(f"{time.monotonic() - start:.2f}")
