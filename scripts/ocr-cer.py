#!/usr/bin/env python3
"""Character error rate of an OCR'd text against its text-layer twin, page by page:
edit distance / twin length, whitespace ignored (both inputs are `contract-extract text
--pages` output). Usage: ocr-cer.py OCR.txt TWIN.txt → prints the CER in percent."""
import re, sys


def pages(path):
    text = open(path, encoding="utf-8").read()
    return [re.sub(r"\s", "", p) for p in re.split(r"=== page \d+ ===", text)[1:]]


def distance(a, b):
    """Levenshtein distance by Hyyrö's bit-vector algorithm (Python's big ints are the bit
    vectors: one pass over `a`, each step a few operations on len(b)-bit numbers)."""
    if not b:
        return len(a)
    peq = {}
    for i, c in enumerate(b):
        peq[c] = peq.get(c, 0) | (1 << i)
    m = len(b)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


if __name__ == "__main__":  # also imported by bench-scans.py for distance()
    ocr, twin = pages(sys.argv[1]), pages(sys.argv[2])
    errors = sum(distance(o, t) for o, t in zip(ocr, twin))
    total = sum(len(t) for t in twin[: len(ocr)])
    print(f"{100.0 * errors / max(total, 1):.2f}")
