#!/usr/bin/env python3
"""Bulk-ingest stress: N inputs, 10% hostile, in both output modes, with kill -9 of the batch
at random points, then a run to the end. Checks that every good file is converted exactly once
and every other input is named in failures.ndjson with a reason (issue 17).

Usage: scripts/stress.py [--files 1000] [--kills 3] [--jobs 2] [--seed 1] [--bin PATH] [--keep DIR]
`make stress` runs the 1,000-file version; the test suite runs a 60-file one.
"""
import argparse, hashlib, json, os, random, shutil, signal, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")


def make(dir, files, rng, every=10):
    """Writes the inputs; returns {path bytes: (expect, sha or None)} with expect in good/failed/unsupported/either."""
    texts = [open(os.path.join(CORPUS, n), "rb").read() for n in ("seed-000.txt", "seed-001.txt", "lawlib-gansu-labour.txt")]
    pdfs = [open(os.path.join(CORPUS, n), "rb").read() for n in ("bbj-purchase.pdf", "wole-simple-contract.pdf", "fadada-lease-sample.pdf")]
    entries = {}
    def put(rel, data, expect):
        path = os.path.join(dir.encode(), rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        entries[path] = (expect, hashlib.sha256(data).hexdigest() if expect in ("good", "either") else None)
    for k in range(files):
        part = b"part-%02d" % (k // 100)
        slot = k % 100
        name = b"contract-%02d" % slot  # the same names in every part
        if k % every == every - 1:  # hostile (10% by default), every kind in turn
            kind = (k // every) % 10
            pdf = pdfs[k % len(pdfs)]
            if kind == 0: put(part + b"/truncated-%d.pdf" % k, pdf[: len(pdf) * (1 + k % 9) // 10], "either")
            elif kind == 1: put(part + b"/zero-%d.pdf" % k, b"", "failed")
            elif kind == 2: put(part + b"/garbage.pdf", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(3000)), "failed")
            elif kind == 3: put(part + b"/photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x80" * 2000, "failed")
            elif kind == 4: put(part + b"/letter.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "unsupported")
            elif kind == 5: put(part + b"/scan.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "failed")  # a PNG is read now; this one is damaged
            elif kind == 6: put(part + b"/.hidden-%d.txt" % k, texts[0], "unsupported")
            elif kind == 7:
                path = os.path.join(dir.encode(), part, b"dangling.pdf")
                os.makedirs(os.path.dirname(path), exist_ok=True)
                os.symlink(b"/nonexistent/target.pdf", path)
                entries[path] = ("failed", None)
            elif kind == 8:
                path = os.path.join(dir.encode(), part, b"loop")
                os.makedirs(os.path.dirname(path), exist_ok=True)
                os.symlink(b".", path)
                entries[path] = ("failed", None)
            else:
                data = bytearray(pdf)
                for _ in range(1 + k % 7):
                    i = rng.randrange(len(data)); data[i] ^= 1 << rng.randrange(8)
                put(part + b"/bitflip-%d.pdf" % k, bytes(data), "either")
        elif slot == 0:  # a GBK name (合同 in GBK)
            put(part + b"/\xba\xcf\xcd\xac-%d.txt" % k, texts[1] + ("\n附注%d。\n" % k).encode(), "good")
        elif slot == 1:  # a 240-byte name
            put(part + b"/" + ("合" * 78).encode() + b"%02d.txt" % (k // 100), texts[0] + ("\n附注%d。\n" % k).encode(), "good")
        elif slot % 10 == 3:
            put(part + b"/" + name + b".pdf", pdfs[k % len(pdfs)] + b"\n%% copy %d\n" % k, "good")
        else:
            put(part + b"/" + name + b".txt", texts[k % len(texts)] + ("\n补充说明第%d号。\n" % k).encode(), "good")
    return entries


def batch(bin, args, kill_after=None):
    process = subprocess.Popen([bin, "batch"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = process.communicate()
        return process.returncode, err.decode(errors="replace")
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return None, ""


def records_out(out):
    shas = []
    for base, _, names in os.walk(out):
        for n in names:
            if n.endswith(".json") and not n.startswith("."):
                with open(os.path.join(base, n), "rb") as f:
                    shas.append(json.load(f)["source"]["sha256"])
    return shas


def records_ndjson(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data == b"" or data.endswith(b"\n"), "torn last line"
    return [json.loads(line)["source"]["sha256"] for line in data.split(b"\n")[:-1]]


def check(entries, shas, failures_path, mode):
    problems = []
    failures = []
    if os.path.exists(failures_path):
        with open(failures_path, "rb") as f:
            failures = [json.loads(line) for line in f if line.strip()]
    failed = {}
    for entry in failures:
        key = bytes.fromhex(entry["pathHex"]) if entry.get("pathHex") else entry["path"].encode()
        failed[key] = entry
        if not entry.get("error"):
            problems.append("no reason for %r" % key)
    counts = {}
    for sha in shas:
        counts[sha] = counts.get(sha, 0) + 1
    expected = 0
    for path, (expect, sha) in entries.items():
        listed = path in failed
        got = counts.get(sha, 0) if sha else 0
        if expect == "good":
            expected += 1
            if got != 1 or listed: problems.append("%s: good file converted %d times, listed=%s" % (path, got, listed))
        elif expect == "either":
            if got > 1 or (got == 1) == listed: problems.append("%s: converted %d times and listed=%s (want exactly one)" % (path, got, listed))
            expected += got
        else:
            if not listed: problems.append("%s: %s but not named in failures" % (path, expect))
            elif failed[path].get("kind") != expect: problems.append("%s: kind %s, want %s" % (path, failed[path].get("kind"), expect))
    if len(shas) != expected:
        problems.append("%d records, want %d" % (len(shas), expected))
    for p in problems[:20]:
        print("  %s: %s" % (mode, p), file=sys.stderr)
    return not problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bin", default=None)
    parser.add_argument("--keep", default=None)
    parser.add_argument("--hostile-every", type=int, default=10, help="one input in this many is hostile")
    parser.add_argument("--kill-within", type=float, default=None,
                        help="kill at random within this many seconds (default: time one uninterrupted run first)")
    a = parser.parse_args()
    bin = a.bin or next(p for p in (os.path.join(ROOT, ".build/release/contract-extract"), os.path.join(ROOT, ".build/debug/contract-extract")) if os.path.exists(p))
    rng = random.Random(a.seed)
    work = a.keep or tempfile.mkdtemp(prefix="ce-stress-")
    os.makedirs(work, exist_ok=True)
    inputs = os.path.join(work, "in")
    shutil.rmtree(inputs, ignore_errors=True)
    entries = make(inputs, a.files, rng, a.hostile_every)
    good = sum(1 for e, _ in entries.values() if e == "good")
    print("stress: %d entries (%d good, %d hostile), %s, %d kill -9 per mode" % (len(entries), good, len(entries) - good, bin, a.kills))
    ok = True
    clean = None
    for mode in ("--out", "--ndjson"):
        target = os.path.join(work, "records" if mode == "--out" else "records.ndjson")
        for suffix in ("", ".lock", ".failures.ndjson", ".quarantine"):
            p = target + suffix
            shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else (os.path.exists(p) and os.remove(p))
        common = [inputs, mode, target, "--jobs", str(a.jobs), "--quiet", "--timeout", "300"]
        start = time.time()
        if a.kill_within:
            clean = a.kill_within / 0.8 * a.kills
        if clean is None:  # one uninterrupted run first, to time it and to place the kills
            status, err = batch(bin, common + ["--force"])
            clean = time.time() - start
            shutil.rmtree(target, ignore_errors=True)
        for k in range(a.kills):
            batch(bin, common, kill_after=rng.uniform(0.2, max(0.3, clean * 0.8 / a.kills)))
        status, err = batch(bin, common)
        summary = [l for l in err.splitlines() if "batch: converted" in l]
        failures = os.path.join(target, "failures.ndjson") if mode == "--out" else target + ".failures.ndjson"
        shas = records_out(target) if mode == "--out" else records_ndjson(target)
        checked = check(entries, shas, failures, mode)
        good_mode = status == 1 and len(summary) == 1 and checked
        print("stress %s: exit %s, %s, %d records, %.1f s in all (%s) -> %s"
              % (mode, status, summary[0].split("batch: ")[1] if summary else "no summary", len(shas), time.time() - start,
                 "kills within %.1f s" % a.kill_within if a.kill_within else "uninterrupted run %.1f s" % clean,
                 "ok" if good_mode else "FAILED"))
        ok = ok and good_mode
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
