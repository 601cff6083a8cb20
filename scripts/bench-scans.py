#!/usr/bin/env python3
"""Scan benchmark: degraded copies of text-layer corpus PDFs (scripts/degrade-scans.py), read by
the pipeline with each OCR engine and by each engine alone on the same page images.

For every document × variant (office, fax, phone) × engine (ppocr, tesseract) it prints:
  kept%    share of the text twin's golden values the record keeps: the field-accuracy notion of
           `contract-extract regress --summary` (every leaf under a contract's field groups, in
           the golden or in the record; right = same path, same value), summed over the groups,
           except that lists are aligned as a diff aligns lines (regress compares by position):
           one lost amount costs its own leaves, not every later entry's. Only entries equal in
           full pair up as anchors, so after a lost article whose neighbours OCR changed too, the
           later articles still pair in order
           Strings are compared after NFKC: a scan cannot tell `（一）` from `(一)` or `1．` from
           `1.` (the same label, printed in a width OCR cannot see), so neither counts as lost
  values%  the same for the values a lawyer checks: every group but the articles' text, their
           fields and tables (kept% is dominated by the articles: a label OCR lost merges
           two articles, and their fields and tables move with them)
  CER%     character error rate of `contract-extract text` of the scan against the text twin's
           text (edit distance / twin length, whitespace ignored; scripts/ocr-cer.py)
  s/page   wall seconds of the record run per page
  alone    the engine alone on the variant's page images (tesseract CLI `-l chi_sim`; PP-OCR via
           rapidocr_onnxruntime in .venv, model load not counted): seconds per page and CER
  ratio    pipeline s/page ÷ engine-alone s/page
  prep s/p PP-OCR alone on the pixels the pipeline itself sent its engine (saved by
           scripts/bench-ocr-recorder.py during the CER run), its import and model load counted
           as the pipeline's are: the pipeline renders a scan at its own resolution, enlarged up
           to 4/3 (a 150-dpi fax is read at 200 dpi: more pixels, fewer errors) and
           median-filters a speckled page, so this is the like-for-like base
  ratio    pipeline s/page ÷ prep s/p: what the pipeline itself costs on top of its engine
           (its process start, render, transfer, layout and mapping). With `--repeat N` the
           pipeline and this run alternate N times each and both columns are medians
Each record is kept as SCANS/<doc>-<variant>.<engine>.json, to see which values were lost.
An engine the binary does not take (`--ocr-engine` unknown) is reported "engine not available";
a binary without the option has only Tesseract, so the tesseract rows then run without it.

Usage: .venv/bin/python scripts/bench-scans.py [--bin B] [--scans DIR] [--engines ppocr,tesseract] [--repeat N] [DOC.pdf ...]
"""
import argparse
import difflib
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VARIANTS = ["office", "fax", "phone"]
GROUPS = [["title", "kind", "contractNumber"], ["parties"], ["amounts", "totalAmount"], ["dates"], ["term"],
          ["disputeResolution"], ["copies"], ["articles"], ["fields"], ["attachments"], ["tables"]]

spec = importlib.util.spec_from_file_location("ocr_cer", os.path.join(HERE, "ocr-cer.py"))
ocr_cer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ocr_cer)


def cer(ocr, twin):
    a, b = re.sub(r"\s", "", ocr), re.sub(r"\s", "", twin)
    return 100.0 * ocr_cer.distance(a, b) / max(1, len(b))


def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if k != "location"}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v


def flat(v, p, out):
    """The leaves under `v`, by path: a scalar, null or empty list is one leaf; an empty object none."""
    if isinstance(v, dict):
        for k, x in v.items():
            flat(x, f"{p}.{k}", out)
    elif isinstance(v, list) and v:
        for i, x in enumerate(v):
            flat(x, f"{p}[{i}]", out)
    else:
        out[p] = unicodedata.normalize("NFKC", json.dumps(v, ensure_ascii=False, sort_keys=True))
    return out


def canonical(v):
    return unicodedata.normalize("NFKC", json.dumps(v, ensure_ascii=False, sort_keys=True))


def compare(e, a, p):
    """(right, total) leaves of golden value `e` against record value `a` at path `p`.

    Lists are aligned as a diff aligns lines (difflib on each entry's canonical JSON): equal entries
    pair up, a run of changed entries pairs in order, and an entry only one side has is wrong
    leaf by leaf. So one lost amount costs that amount, not every later entry of the list."""
    if isinstance(e, dict) and isinstance(a, dict):
        right = total = 0
        for k in list(e) + [k for k in a if k not in e]:
            r, t = compare(e.get(k, MISSING), a.get(k, MISSING), f"{p}.{k}")
            right, total = right + r, total + t
        return right, total
    if isinstance(e, list) and isinstance(a, list) and e and a:
        right = total = 0
        ops = difflib.SequenceMatcher(None, [canonical(x) for x in e], [canonical(x) for x in a], autojunk=False)
        for tag, i1, i2, j1, j2 in ops.get_opcodes():
            for k in range(max(i2 - i1, j2 - j1)):
                x = e[i1 + k] if i1 + k < i2 else MISSING
                y = a[j1 + k] if j1 + k < j2 else MISSING
                r, t = compare(x, y, f"{p}[{i1 + k}]")
                right, total = right + r, total + t
        return right, total
    ev = {} if e is MISSING else flat(e, p, {})
    av = {} if a is MISSING else flat(a, p, {})
    return sum(1 for q, v in ev.items() if av.get(q) == v), len(set(ev) | set(av))


MISSING = object()
TEXT_GROUPS = {"articles", "fields", "tables"}


def kept(golden, record, groups=GROUPS):
    right = total = 0
    gc, rc = golden.get("contracts", []), record.get("contracts", [])
    for i in range(max(len(gc), len(rc))):
        e = gc[i] if i < len(gc) else {}
        a = rc[i] if i < len(rc) else {}
        for keys in groups:
            for k in keys:
                r, t = compare(e.get(k, MISSING), a.get(k, MISSING), f"contracts[{i}].{k}")
                right, total = right + r, total + t
    return 100.0 * right / max(1, total)


def run(cmd, env=None):
    start = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return p, time.monotonic() - start


def engine_options(binary, engine, probe_pdf):
    """The options that select `engine`, None when the binary cannot use it, and a note."""
    p, _ = run([binary, "text", "--ocr-engine", engine, "--ocr", "never", probe_pdf])
    if p.returncode == 0:
        return ["--ocr-engine", engine], ""
    if "ocr-engine" in p.stderr and engine == "tesseract":
        return [], "no --ocr-engine option: the binary's only engine"
    return None, "engine not available"


def tesseract_alone(pages, env):
    if subprocess.run(["sh", "-c", "command -v tesseract"], capture_output=True).returncode != 0:
        return None, None
    text, seconds = [], 0.0
    for img in pages:
        p, s = run(["tesseract", img, "-", "-l", "chi_sim"], env=env)
        text.append(p.stdout)
        seconds += s
    return "\n".join(text), seconds


PPOCR = r"""
import time
begun = time.monotonic()
import json, sys
from rapidocr_onnxruntime import RapidOCR
engine = RapidOCR()
load = time.monotonic() - begun
texts, seconds = [], 0.0
for img in sys.argv[1:]:
    start = time.monotonic()
    result, _ = engine(img)
    seconds += time.monotonic() - start
    texts.append("\n".join(r[1] for r in (result or [])))
print(json.dumps({"text": "\n".join(texts), "seconds": seconds, "load": load}))
"""


def ppocr_alone(pages, python, with_load=False):
    """PP-OCR's text of `pages` and its seconds reading them; with `with_load`, the seconds of
    importing and loading the engine too (the pipeline pays them once per run)."""
    p = subprocess.run([python, "-c", "import rapidocr_onnxruntime"], capture_output=True)
    if p.returncode != 0:
        return None, None
    p = subprocess.run([python, "-c", PPOCR] + pages, capture_output=True, text=True, check=True)
    out = json.loads(p.stdout.strip().splitlines()[-1])
    return out["text"], out["seconds"] + (out["load"] if with_load else 0)


def recorded_pages(binary, opts, pdf, env, python):
    """`contract-extract text` of `pdf` with the recording worker; the page images it was sent."""
    folder = tempfile.mkdtemp(prefix="ce-bench-pages-")
    record_env = dict(env, CONTRACT_EXTRACT_PYTHON=python, CE_BENCH_RECORD=folder,
                      CONTRACT_EXTRACT_OCR_WORKER=os.path.join(HERE, "bench-ocr-recorder.py"))
    p, _ = run([binary, "text"] + opts + [pdf], env=record_env)
    return p, folder, sorted(os.path.join(folder, f) for f in os.listdir(folder))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/contract-extract"))
    ap.add_argument("--scans", default=os.path.join(ROOT, "bench-out/scans"))
    ap.add_argument("--engines", default="ppocr,tesseract")
    ap.add_argument("--python", default=os.path.join(ROOT, ".venv/bin/python"))
    ap.add_argument("--variants", default=",".join(VARIANTS), help="which copies to score, e.g. fax (default: all)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time the pipeline and PP-OCR alone on the pixels it was sent this many times each, "
                         "interleaved, and take the medians (a noisy machine; default 1)")
    ap.add_argument("docs", nargs="*", default=["corpus/seed-000.pdf", "corpus/seed-001.pdf", "corpus/fadada-lease-sample.pdf"])
    args = ap.parse_args()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # the pipeline runs Tesseract on one thread per process
    variants = [v for v in args.variants.split(",") if v]
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown:
        ap.error(f"unknown variant(s): {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    missing = [d for d in args.docs for v in variants
               if not os.path.exists(os.path.join(args.scans, f"{os.path.splitext(os.path.basename(d))[0]}-{v}.pdf"))]
    if missing:
        subprocess.run([args.python, os.path.join(HERE, "degrade-scans.py"), "--out", args.scans] + sorted(set(missing)), check=True)
    engines = {}
    for e in args.engines.split(","):
        engines[e] = engine_options(args.bin, e, args.docs[0])
    print(f"{'document':<22} {'variant':<7} {'engine':<10} {'pages':>5} {'kept%':>6} {'values%':>7} {'CER%':>6} "
          f"{'s/page':>7} {'alone s/p':>9} {'ratio':>6} {'alone CER%':>10} {'prep s/p':>8} {'ratio':>6}")
    for doc in args.docs:
        name = os.path.splitext(os.path.basename(doc))[0]
        golden = json.load(open(os.path.join(ROOT, "golden", os.path.basename(doc) + ".json")))
        twin = subprocess.run([args.bin, "text", doc], capture_output=True, text=True, check=True).stdout
        for variant in variants:
            pdf = os.path.join(args.scans, f"{name}-{variant}.pdf")
            folder = os.path.join(args.scans, f"{name}-{variant}")
            pages = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("page-"))
            for engine, (opts, note) in engines.items():
                label = f"{doc_label(name)} {variant:<7} {engine:<10} {len(pages):>5}"
                if engine == "tesseract":
                    alone_text, alone_seconds = tesseract_alone(pages, env)
                else:
                    alone_text, alone_seconds = ppocr_alone(pages, args.python)
                a = None if alone_text is None else alone_seconds / max(1, len(pages))
                alone_cer = "-" if alone_text is None else f"{cer(alone_text, twin):.1f}"
                if opts is None:  # the engine alone still runs: its figures are the target
                    shown = "not installed" if a is None else f"{a:.2f}"
                    print(f"{label} {note:>29} {'-':>7} {shown:>9} {'-':>6} {alone_cer:>10}", flush=True)
                    continue
                p, seconds = run([args.bin] + opts + [pdf], env=env)
                if p.returncode != 0:
                    print(f"{label} error {p.returncode}: {p.stderr.strip()[:80]}")
                    continue
                record = json.loads(p.stdout)
                with open(os.path.join(args.scans, f"{name}-{variant}.{engine}.json"), "w") as out:
                    out.write(p.stdout)  # kept beside the scan, to see which values were lost
                if engine != "tesseract" and any(d.get("code") == "ocr-engine-fallback" for d in record.get("diagnostics", [])):
                    # Tesseract's figures under PP-OCR's name would mislead: say why and go on.
                    print(f"{label} fell back to Tesseract: {p.stderr.strip()[:90]}", flush=True)
                    continue
                score = kept(golden, strip(record))
                values = kept(golden, strip(record), [g for g in GROUPS if g[0] not in TEXT_GROUPS])
                prepared = ""
                if engine == "tesseract":
                    t, _ = run([args.bin, "text"] + opts + [pdf], env=env)
                else:
                    t, folder, sent = recorded_pages(args.bin, opts, pdf, env, args.python)
                    _, sent_seconds = ppocr_alone(sent, args.python, with_load=True) if sent else (None, None)
                    if sent_seconds and args.repeat > 1:
                        # Interleaved, so a busy spell on the machine falls on both sides alike.
                        pipeline_runs, alone_runs = [seconds], [sent_seconds]
                        for _ in range(args.repeat - 1):
                            pipeline_runs.append(run([args.bin] + opts + [pdf], env=env)[1])
                            alone_runs.append(ppocr_alone(sent, args.python, with_load=True)[1])
                        seconds, sent_seconds = statistics.median(pipeline_runs), statistics.median(alone_runs)
                    shutil.rmtree(folder, ignore_errors=True)
                    if sent_seconds:
                        base = sent_seconds / len(sent)
                        prepared = f" {base:>8.2f} {seconds / max(1, len(pages)) / base:>5.2f}x"
                c = cer(t.stdout, twin)
                per_page = seconds / max(1, len(pages))
                if a is None:
                    alone = f"{'not installed':>9} {'-':>6} {'-':>10}"
                else:
                    alone = f"{a:>9.2f} {per_page / a:>5.2f}x {alone_cer:>10}"
                print(f"{label} {score:>6.1f} {values:>7.1f} {c:>6.1f} {per_page:>7.2f} {alone}{prepared}" + (f"  ({note})" if note else ""), flush=True)


def doc_label(name):
    return f"{name[:22]:<22}"


if __name__ == "__main__":
    main()
