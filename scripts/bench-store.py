#!/usr/bin/env python3
"""Store benchmark (make bench, via scripts/bench-store.sh; not part of make test).

Makes >= 10,000 agreements by varying the reviewed corpus records (golden/*.json: new sha256,
file name, party names, amounts and dates per copy), then measures with the release binary:
  - batch conversion rate of corpus documents (records/s, whole batch, --jobs = cores),
  - ingest throughput into SQLite and PostgreSQL (`contract-extract ingest`, records/s),
  - search latency p50/p95 over a mix of queries (whole `contract-extract search` process).
PostgreSQL is the throwaway cluster of scripts/with-postgres.sh (CE_TEST_POSTGRES_URL).
"""
import argparse, glob, hashlib, json, os, shutil, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=".build/release/contract-extract")
ap.add_argument("--out", default="bench-out/store")
ap.add_argument("--agreements", type=int, default=10000)
ap.add_argument("--runs", type=int, default=20, help="runs of each search query")
args = ap.parse_args()
os.makedirs(args.out, exist_ok=True)

# 1. Synthetic records.
base = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob("golden/*.json"))]
base = [r for r in base if r.get("contracts")]
synth = os.path.join(args.out, "synthetic.ndjson")
records = agreements = 0
with open(synth, "w", encoding="utf-8") as out:
    i = 0
    while agreements < args.agreements:
        r = json.loads(json.dumps(base[i % len(base)]))
        tag = f"{i:05d}"
        r["source"]["sha256"] = hashlib.sha256(f"synthetic-{i}".encode()).hexdigest()
        r["source"]["fileName"] = f"{tag}-{r['source']['fileName']}"
        for c in r["contracts"]:
            for p in c["parties"]:
                if p.get("name"):
                    p["name"] = p["name"] + f"（{tag}）"
            scale = 1 + (i % 97)
            for a in ([c["totalAmount"]] if c.get("totalAmount") else []) + c["amounts"]:
                a["value"] = f"{float(a['value']) * scale:.2f}"
            for k in ("signed", "effective", "expires"):
                d = c["dates"].get(k)
                if d:
                    c["dates"][k] = f"{int(d[:4]) + (i % 7) - 3}{d[4:]}"
        out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        records += 1
        agreements += len(r["contracts"])
        i += 1
print(f"synthetic store input: {records} records, {agreements} agreements (varied from {len(base)} reviewed corpus records)")

def timed(cmd, **kw):
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return time.perf_counter() - t, p

# 2. Batch conversion rate, for comparison (text-layer corpus documents; no OCR).
docs = os.path.join(args.out, "docs")
shutil.rmtree(docs, ignore_errors=True)
os.makedirs(docs)
for f in sorted(glob.glob("corpus/*")):
    if f.endswith((".txt", ".docx", ".html")) or (f.endswith(".pdf") and "scan" not in f):
        shutil.copy(f, docs)
n_docs = len(os.listdir(docs))
t, p = timed([args.bin, "batch", docs, "--ndjson", os.path.join(args.out, "batch.ndjson"), "--force", "--quiet", "--ocr", "never"])
print(f"batch conversion: {n_docs} corpus documents in {t:.2f} s = {n_docs / t:.1f} records/s ({os.cpu_count()} cores)")

# 3. Ingest throughput and 4. search latency, per database.
queries = [
    ["--party", "公安局"], ["--party", "（00042）"], ["物联网卡"], ["违约金"], ["保密"], ["卡"], ["--expires-to", "2025-12-31"],
    ["--min-total", "100000", "--max-total", "1000000"], ["--diagnostic", "amount-mismatch"], ["--format", "docx", "--party", "有限公司"],
    ["违约金", "--signed-from", "2023-01-01", "--min-total", "10000"],
]
def bench(label, db):
    t, p = timed([args.bin, "ingest", "--db", db, synth])
    if p.returncode != 0:
        sys.exit(f"{label}: ingest failed: {p.stderr}")
    print(f"{label:10} ingest {records} records ({agreements} agreements) in {t:.2f} s = {records / t:.0f} records/s")
    lat = []
    matched = 0
    for q in queries:
        for _ in range(args.runs):
            s, p = timed([args.bin, "search", "--db", db, "--limit", "100"] + q)
            if p.returncode not in (0, 1):
                sys.exit(f"{label}: search {q} failed: {p.stderr}")
            lat.append(s * 1000)
        matched += p.stdout.count("\n") - 1 if p.returncode == 0 else 0
    lat.sort()
    p95 = lat[int(0.95 * (len(lat) - 1))]
    print(f"{label:10} search ({len(queries)} queries x {args.runs}, whole process, --limit 100): p50 {statistics.median(lat):.1f} ms, p95 {p95:.1f} ms, max {lat[-1]:.1f} ms")

sqlite = os.path.join(args.out, "bench.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(sqlite + suffix):
        os.remove(sqlite + suffix)
bench("SQLite", sqlite)
url = os.environ.get("CE_TEST_POSTGRES_URL")
if url:
    name = "ce_bench"
    subprocess.run(["psql", "-q", "-d", url.split("?")[0], "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"], check=True)
    bench("PostgreSQL", url.replace("/postgres?", f"/{name}?"))
else:
    print("PostgreSQL: skipped (run through scripts/with-postgres.sh)")
