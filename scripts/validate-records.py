#!/usr/bin/env python3
"""Validates records against `contract-extract schema` with Python's jsonschema (an outside
validator): every corpus document's record, and every golden file. Goldens store records
without their `location` and `provenance` members (locations are checked against the text
instead), so they are validated against the same schema with those two no longer required — every other key, type
and enum is the record's own.
Prints 'N passed, N failed' and exits 1 on any failure."""
import concurrent.futures
import copy
import json, os, pathlib, subprocess, sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/debug/contract-extract")
schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True).stdout)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def without_location(node):
    if isinstance(node, dict):
        out = {k: without_location(v) for k, v in node.items()}
        if isinstance(out.get("required"), list):
            out["required"] = [k for k in out["required"] if k not in ("location", "provenance")]
        return out
    if isinstance(node, list):
        return [without_location(v) for v in node]
    return node


golden_validator = jsonschema.Draft202012Validator(without_location(copy.deepcopy(schema)))

def convert(doc):
    out = subprocess.run([binary, str(doc)], capture_output=True)
    return (doc.name, out.stdout if out.returncode == 0 else None, out.stderr.decode())


# One conversion per core at a time (each is one process); results keep the corpus order.
docs = [d for d in sorted((root / "corpus").iterdir()) if d.suffix in (".pdf", ".txt") and "-scan" not in d.name]
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    records = list(pool.map(convert, docs))
goldens = sorted((root / "golden").glob("*.json"))
for golden in goldens:
    records.append((f"golden/{golden.name}", golden.read_bytes(), ""))

passed = failed = 0
for name, data, err in records:
    if data is None:
        print(f"FAIL {name}: contract-extract failed: {err.strip()}")
        failed += 1
        continue
    v = golden_validator if name.startswith("golden/") else validator
    errors = sorted(v.iter_errors(json.loads(data)), key=lambda e: list(e.path))
    if errors:
        failed += 1
        for e in errors[:5]:
            print(f"FAIL {name}: {'/'.join(map(str, e.path))}: {e.message}")
    else:
        passed += 1
if len(goldens) < 25:
    print(f"FAIL golden/: {len(goldens)} golden files, at least 25 expected")
    failed += 1
print(f"schema: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
