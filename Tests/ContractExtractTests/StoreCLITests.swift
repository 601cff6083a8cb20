import Foundation
import Schema
import Store
import Testing
import TestSupport

/// `batch --db`, `search` and `export` as a user runs them, against real SQLite and PostgreSQL
/// (the throwaway server of `make test`, scripts/with-postgres.sh).
enum StoreCLI {
    static let postgresURL = ProcessInfo.processInfo.environment["CE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresRequired = ProcessInfo.processInfo.environment["CE_REQUIRE_POSTGRES"] == "1" || ProcessInfo.processInfo.environment["CI"] != nil
    static let kinds = postgresURL != nil || postgresRequired ? ["sqlite", "postgres"] : ["sqlite"]

    /// seed-000.pdf, seed-001.pdf and gdhyc-coal.txt from the corpus, in `dir/in`.
    static func inputs(_ dir: URL) throws -> URL {
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["seed-000.pdf", "seed-001.pdf", "gdhyc-coal.txt"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("corpus/\(name)"), to: input.appendingPathComponent(name))
        }
        return input
    }

    /// A fresh store of `kind` (a SQLite file in `dir`, or a new database on the test server)
    /// and how to drop it.
    static func store(_ kind: String, in dir: URL) throws -> (String, () -> Void) {
        if kind == "sqlite" { return (dir.appendingPathComponent("s-\(UUID().uuidString.prefix(8)).sqlite").path, {}) }
        let admin = try #require(postgresURL, "CE_TEST_POSTGRES_URL is not set: the PostgreSQL tests need `make test` (scripts/with-postgres.sh)")
        let name = "ce_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql(admin, "CREATE DATABASE \(name)")
        let url = admin.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
        return (url, { try? psql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
    }

    /// Runs SQL with Debian's psql (installed with the server).
    static func psql(_ url: String, _ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        p.arguments = ["-q", "-v", "ON_ERROR_STOP=1", "-d", url.replacingOccurrences(of: "?sslmode=disable", with: ""), "-c", sql]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "psql \(sql)")
    }

    static func dump(_ location: String) throws -> String {
        try ContractStore(StoreLocation(location), mode: .read).dump()
    }
}

@Suite("Store from the command line", .tags(.heavy), .slowLane)
struct StoreCLITests {
    @Test("batch --db twice stores each document once; kill -9 mid-transaction and mid-batch, resumed, leaves a clean run's rows; search finds seed 000",
          arguments: StoreCLI.kinds)
    func ingestSearchResume(_ kind: String) throws {
        let dir = Scratch.directory("ce-store-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try StoreCLI.inputs(dir)
        let (db, drop) = try StoreCLI.store(kind, in: dir)
        defer { drop() }
        let out = dir.appendingPathComponent("out").path

        let first = try CLI.run(["batch", input.path, "--out", out, "--db", db, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("stored 3 new, 0 replaced, 0 unchanged"), "\(first.stderr)")
        let clean = try StoreCLI.dump(db)
        #expect(clean.split(separator: "\n").filter { $0.hasPrefix("documents\t") }.count == 3)
        let again = try CLI.run(["batch", input.path, "--out", out, "--db", db, "--quiet"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("stored 0 new, 0 replaced, 3 unchanged"), "\(again.stderr)")
        #expect(try StoreCLI.dump(db) == clean, "a second ingest changed rows")

        // Killed inside the second document's transaction: one document stored, whole.
        let (db2, drop2) = try StoreCLI.store(kind, in: dir)
        defer { drop2() }
        var env = ProcessInfo.processInfo.environment
        env["CONTRACT_EXTRACT_TEST_STORE_KILL"] = "2"
        let killed = try CLI.run(["batch", input.path, "--out", out, "--db", db2, "--quiet"], environment: env)
        #expect(killed.status == 9 || killed.status == 137, "\(killed.status) \(killed.stderr)")
        #expect(try StoreCLI.dump(db2).split(separator: "\n").filter { $0.hasPrefix("documents\t") }.count == 1)
        #expect(try CLI.run(["batch", input.path, "--out", out, "--db", db2, "--quiet"]).status == 0)
        #expect(try StoreCLI.dump(db2) == clean, "the resumed run differs from a clean run")

        // Killed while converting (before anything reached the store), then resumed.
        let (db3, drop3) = try StoreCLI.store(kind, in: dir)
        defer { drop3() }
        let out3 = dir.appendingPathComponent("out3")
        try BatchResumeTests.killMidway(["batch", input.path, "--out", out3.path, "--db", db3, "--jobs", "1", "--quiet"], at: 1) {
            ((try? FileManager.default.contentsOfDirectory(atPath: out3.path)) ?? []).filter { $0.hasSuffix(".json") }.count
        }
        #expect(try CLI.run(["batch", input.path, "--out", out3.path, "--db", db3, "--quiet"]).status == 0)
        #expect(try StoreCLI.dump(db3) == clean, "the resumed run differs from a clean run")

        // search: by party, article text, expiry, total / amount; exit 1 when nothing matches.
        for query in [["--party", "塔城市公安局"], ["物联网卡", "--role", "甲方", "--party", "公安"], ["--expires-to", "2025-12-31"], ["--min-amount", "38", "--max-amount", "38"]] {
            let r = try CLI.run(["search", "--db", db] + query)
            #expect(r.status == 0, "\(query): \(r.stderr)")
            #expect(r.text.contains("seed-000.pdf"), "\(query): \(r.text)")
            #expect(!r.text.contains("seed-001.pdf"), "\(query): \(r.text)")
        }
        let text = try CLI.run(["search", "--db", db, "物联网卡"])  // seed-001's agreements 2 and 3 too
        #expect(text.status == 0 && text.text.contains("seed-000.pdf") && !text.text.contains("gdhyc"))
        let total = try CLI.run(["search", "--db", db, "--min-total", "482190", "--max-total", "482190.00", "--json"])
        #expect(total.status == 0)
        let hits = try JSONSerialization.jsonObject(with: total.stdout) as? [[String: Any]]
        #expect(hits?.count == 1 && hits?.first?["file"] as? String == "seed-001.pdf" && hits?.first?["total"] as? String == "482190.00")
        let none = try CLI.run(["search", "--db", db, "--party", "没有这个单位"])
        #expect(none.status == 1 && none.text.isEmpty && none.stderr == "contract-extract: search: no agreement matched\n")
        let csv = try CLI.run(["search", "--db", db, "卡", "--csv"])
        #expect(csv.status == 0 && csv.text.hasPrefix("file,agreement,title,"))
        let table = try CLI.run(["search", "--db", db, "--format", "pdf"])
        let lines = table.text.split(separator: "\n")
        #expect(lines.count == 5 && lines[0].hasPrefix("file"), "\(table.text)")  // seed-000 and seed-001's three agreements
    }

    @Test("Two shards writing one PostgreSQL at once leave exactly a clean run's rows",
          .enabled(if: StoreCLI.postgresURL != nil || StoreCLI.postgresRequired, "no PostgreSQL: run `make test`"))
    func shardsIntoPostgres() throws {
        let dir = Scratch.directory("ce-store-shards")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try StoreCLI.inputs(dir)
        let (clean, dropClean) = try StoreCLI.store("postgres", in: dir)
        defer { dropClean() }
        let (shared, dropShared) = try StoreCLI.store("postgres", in: dir)
        defer { dropShared() }
        let out = dir.appendingPathComponent("out").path
        #expect(try CLI.run(["batch", input.path, "--out", out, "--db", clean, "--quiet"]).status == 0)
        let shardsOut = dir.appendingPathComponent("shards").path
        let shards = try (1...2).map { k in
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["batch", input.path, "--out", shardsOut, "--db", shared, "--shard", "\(k)/2", "--quiet"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in shards {
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        #expect(try StoreCLI.dump(shared) == StoreCLI.dump(clean))
    }

    @Test("export --csv from a store, a folder and an NDJSON file: Python's csv module reads back the records' values")
    func exportCSV() throws {
        let dir = Scratch.directory("ce-store-export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try StoreCLI.inputs(dir)
        let out = dir.appendingPathComponent("out").path, ndjson = dir.appendingPathComponent("r.ndjson").path
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CLI.run(["batch", input.path, "--out", out, "--db", db, "--quiet"]).status == 0)
        #expect(try CLI.run(["batch", input.path, "--ndjson", ndjson, "--quiet"]).status == 0)
        for (name, source) in [("from-db", ["--db", db]), ("from-folder", [out]), ("from-ndjson", [ndjson])] {
            let target = dir.appendingPathComponent(name).path
            let r = try CLI.run(["export", "--csv", target] + source)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stderr.contains("export: 3 records"), "\(r.stderr)")
            let check = try Self.python(Self.checkScript, [target, out])
            #expect(check.status == 0, "\(name): \(check.output)")
        }
        let missing = try CLI.run(["export", "--csv", dir.appendingPathComponent("x").path, dir.appendingPathComponent("nope").path])
        #expect(missing.status == 66 && missing.stderr.split(separator: "\n").count == 1)
    }

    @Test("export --reviewed writes each stored document's reviewed record; --csv sees the correction too")
    func exportReviewed() throws {
        let dir = Scratch.directory("ce-store-reviewed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, CLI.root.appendingPathComponent("golden/seed-000.pdf.json").path]).status == 0)
        let sha = "bcf2dc6a80a895b1a4bace34cf458de01508d65c452380afafb032496a14d109"
        let insert = try Self.python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("INSERT INTO reviews VALUES (?, 1, 1, 'parties[0].name', 'corrected', '塔城市公安局', '塔城市审核局', NULL, NULL, 'li', '2026-12-01T08:00:00Z')", (sys.argv[2],))
            c.commit()
            """, [db, sha])
        try #require(insert.status == 0, "\(insert.output)")
        let target = dir.appendingPathComponent("reviewed").path, sheets = dir.appendingPathComponent("csv").path
        let r = try CLI.run(["export", "--reviewed", target, "--csv", sheets, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let record = try JSONCoding.decode(ExtractionResult.self, from: Data(contentsOf: URL(fileURLWithPath: target).appendingPathComponent("\(sha).json")))
        #expect(record.contracts[0].parties[0].name == "塔城市审核局")
        #expect(record.source.sha256 == sha && record.contracts[0].parties[1].name == "中国移动通信集团新疆有限公司塔城地区分公司")
        let parties = try String(contentsOfFile: sheets + "/parties.csv", encoding: .utf8)
        #expect(parties.contains("塔城市审核局") && !parties.contains("塔城市公安局"))
        #expect(try CLI.run(["export", "--reviewed", target, dir.path]).status == 64)  // --reviewed reads a store

        // A reviewed document's golden (regress's form), written only on asking and only for a
        // document someone reviewed: seed-001, ingested unreviewed, gets none.
        #expect(try CLI.run(["ingest", "--db", db, CLI.root.appendingPathComponent("golden/seed-001.pdf.json").path]).status == 0)
        let goldens = dir.appendingPathComponent("golden")
        let g = try CLI.run(["export", "--golden", goldens.path, "--db", db])
        #expect(g.status == 0 && g.stderr.contains("seed-001.pdf has no review: no golden written"), "\(g.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: goldens.path) == ["seed-000.pdf.json"])
        let text = try String(contentsOf: goldens.appendingPathComponent("seed-000.pdf.json"), encoding: .utf8)
        #expect(text.contains("\"塔城市审核局\"") && !text.contains("\"location\"") && !text.contains("\"provenance\""))
        let golden = try JSONCoding.decode(ExtractionResult.self, from: Data(text.utf8))
        #expect(golden.contracts[0].parties[0].name == "塔城市审核局" && golden.source.fileName == "seed-000.pdf")
        #expect(try CLI.run(["export", "--golden", goldens.path, dir.path]).status == 64)  // --golden reads a store
    }

    @Test("A store that cannot be used: one error line, its status, nothing converted or half-written")
    func errors() throws {
        let dir = Scratch.directory("ce-store-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try StoreCLI.inputs(dir)
        let out = dir.appendingPathComponent("out")
        for (db, status, message) in [
            ("postgres://nohost", 64, "bad PostgreSQL URL"),
            ("postgres://ce:secret@127.0.0.1:1/contracts?sslmode=disable", 69, "postgres://ce:***@127.0.0.1:1/contracts: cannot connect to the PostgreSQL server at 127.0.0.1:1 (connection refused)"),
            (dir.appendingPathComponent("no/dir/c.sqlite").path, 69, "no such directory"),
        ] {
            let r = try CLI.run(["batch", input.path, "--out", out.path, "--db", db, "--quiet"])
            #expect(r.status == Int32(status), "\(db): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.hasPrefix("contract-extract: error: ") && r.stderr.contains(message), "\(r.stderr)")
            #expect(!r.stderr.contains("secret"))
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasSuffix(".json") }.isEmpty)
        }
        let search = try CLI.run(["search", "--db", dir.appendingPathComponent("none.sqlite").path, "合同"])
        #expect(search.status == 66 && search.stderr.hasSuffix("none.sqlite: no such store\n"))

        // A store written by a newer contract-extract: refused by batch and search, left as it was.
        let db = dir.appendingPathComponent("newer.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, CLI.root.appendingPathComponent("golden/seed-000.pdf.json").path]).status == 0)
        let bump = try Self.python("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1]); c.execute('UPDATE store_schema SET version = 7'); c.commit(); c.close()", [db])
        try #require(bump.status == 0, "\(bump.output)")
        // Compared logically: GRDB's pool, opening, creates and drops a table to make the WAL file.
        let dumpScript = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1]); print('\\n'.join(c.iterdump())); c.close()"
        let before = try Self.python(dumpScript, [db])
        for args in [["batch", input.path, "--out", out.path, "--db", db], ["search", "--db", db, "合同"]] {
            let r = try CLI.run(args)
            #expect(r.status == 69)
            #expect(r.stderr == "contract-extract: error: \(db): written by a newer contract-extract (store schema 7; this one knows up to 2); use a newer contract-extract\n")
        }
        let after = try Self.python(dumpScript, [db])
        #expect(after.status == 0 && after.output == before.output && before.output.contains("INSERT INTO \"store_schema\" VALUES(7)"))
    }

    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = CLI.root.appendingPathComponent(".venv/bin/python")
        p.arguments = ["-c", script] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, output)
    }

    /// Reads the four CSV files with Python's csv module (utf-8-sig: the BOM must be there) and
    /// checks every cell against the records of a batch --out folder.
    static let checkScript = #"""
import csv, json, os, sys
target, records_dir = sys.argv[1], sys.argv[2]
records = [json.load(open(os.path.join(records_dir, f), encoding="utf-8")) for f in sorted(os.listdir(records_dir)) if f.endswith(".json")]
def read(name):
    raw = open(os.path.join(target, name), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), name + ": no BOM"
    with open(os.path.join(target, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
s = lambda v: "" if v is None else ("true" if v is True else "false" if v is False else str(v))
want = {"contracts.csv": [], "parties.csv": [], "amounts.csv": [], "diagnostics.csv": []}
for r in records:
    f, sha = r["source"]["fileName"], r["source"]["sha256"]
    for i, c in enumerate(r["contracts"], 1):
        t = c["totalAmount"] or {}
        want["contracts.csv"].append({"file": f, "sha256": sha, "agreement": str(i), "kind": c["kind"], "title": s(c["title"]),
            "number": s(c["contractNumber"]), "parties": "；".join(p["role"] + "：" + s(p["name"]) for p in c["parties"]),
            "total": s(t.get("value")), "currency": s(t.get("currency")), "signed": s(c["dates"]["signed"]),
            "effective": s(c["dates"]["effective"]), "expires": s(c["dates"]["expires"]), "term": s(c["term"]["text"]),
            "term_months": s(c["term"]["months"]), "dispute": s(c["disputeResolution"]["method"]),
            "dispute_venue": s(c["disputeResolution"]["venue"]), "diagnostics": str(len(r["diagnostics"]))})
        for j, p in enumerate(c["parties"], 1):
            want["parties.csv"].append({"file": f, "sha256": sha, "agreement": str(i), "party": str(j), "role": p["role"], "name": s(p["name"]),
                "legal_representative": s(p["legalRepresentative"]), "contact": s(p["contact"]), "phone": s(p["phone"]),
                "email": s(p["email"]), "address": s(p["address"]), "credit_code": s(p["creditCode"]),
                "bank_accounts": "；".join(" ".join(x for x in [a["bank"], a["accountNumber"]] if x) for a in p["bankAccounts"])})
        for j, a in enumerate(c["amounts"], 1):
            want["amounts.csv"].append({"file": f, "sha256": sha, "agreement": str(i), "amount": str(j), "value": a["value"],
                "currency": a["currency"], "text": a["text"], "uppercase": s(a["uppercase"]), "consistent": s(a["consistent"]),
                "page": s((a["location"] or {}).get("page"))})
    for j, d in enumerate(r["diagnostics"], 1):
        want["diagnostics.csv"].append({"file": f, "sha256": sha, "diagnostic": str(j), "severity": d["severity"], "code": d["code"],
            "message": d["message"], "page": s((d["location"] or {}).get("page"))})
key = lambda row: json.dumps(row, sort_keys=True, ensure_ascii=False)
for name, rows in want.items():
    got = read(name)
    assert len(rows) > 0 or name == "diagnostics.csv", name + ": nothing expected?"
    if sorted(map(key, got)) != sorted(map(key, rows)):
        print(name, "differs:", [r for r in got if key(r) not in set(map(key, rows))][:2], [r for r in rows if key(r) not in set(map(key, got))][:2])
        sys.exit(1)
print("ok")
"""#
}
