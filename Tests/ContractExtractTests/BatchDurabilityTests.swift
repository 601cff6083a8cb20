import Foundation
import Testing
import TestSupport

/// Issue 17, finding by finding: a full disk, two batches on one output, shards sharing one
/// output, a parent killed under a live worker, links and odd names — nothing lost, nothing
/// doubled, every failure named, the summary always printed.
@Suite("Batch durability", .tags(.heavy), .slowLane)
struct BatchDurabilityTests {
    let scratch: URL = Scratch.directory("ce-durable")

    static func lines(_ url: URL) -> [String] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    static func records(_ dir: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        var out: [String] = []
        while let path = walker?.nextObject() as? String { if path.hasSuffix(".json") { out.append(path) } }
        return out.sorted()
    }

    /// `count` distinct small contracts named doc-000.txt … in `dir`.
    static func inputs(_ dir: URL, count: Int, prefix: String = "doc", tag: String = "") throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seed = try String(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000.txt"), encoding: .utf8)
        for k in 0..<count {
            try (seed + "\n补充说明第\(k)号\(tag)。\n").write(to: dir.appendingPathComponent(String(format: "\(prefix)-%03d.txt", k)), atomically: true, encoding: .utf8)
        }
    }

    static func summary(_ stderr: String) -> [String: Int] {
        guard let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix("contract-extract: batch: converted") }) else { return [:] }
        var out: [String: Int] = [:]
        for part in line.dropFirst("contract-extract: batch: ".count).split(separator: ",") {
            let words = part.split(separator: " ")
            if words.count == 2, let n = Int(words[1]) { out[String(words[0])] = n }
        }
        return out
    }

    func everyLineIsARecord(_ url: URL) throws -> Set<String> {
        var shas = Set<String>()
        for line in Self.lines(url) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let source = object["source"] as! [String: Any]
            #expect(shas.insert(source["sha256"] as! String).inserted, "no record twice")
        }
        return shas
    }

    // Finding 1 — a real small file system when root can mount one.
    @Test("disk full (2 MB… 512 KB tmpfs): --ndjson keeps whole lines only, names every failure, exit 74; a rerun with space completes it")
    func diskFullNDJSON() throws {
        guard let disk = SmallDisk(kilobytes: 512) else { return }  // not root: the injected variant below covers it
        defer { disk.unmount() }
        let input = scratch.appendingPathComponent("in")
        try Self.inputs(input, count: 40)
        let out = disk.url.appendingPathComponent("r.ndjson")
        let full = try CLI.run(["batch", input.path, "--ndjson", out.path, "--jobs", "2", "--quiet"])
        let counts = Self.summary(full.stderr)
        #expect(full.status == 74, "\(full.stderr)")
        #expect(counts["converted"].map { $0 > 0 && $0 < 40 } == true && counts["converted"]! + counts["failed"]! == 40)
        #expect(Self.lines(out).count == counts["converted"], "every line counted, every counted line there")
        #expect(try Data(contentsOf: out).last == 0x0A, "no torn last line")
        _ = try everyLineIsARecord(out)
        let named = full.stderr.split(separator: "\n").filter { $0.hasPrefix("contract-extract: failed: ") && $0.contains("No space left on device") }
        // Past a screenful the failures go to a file that stderr names; either way each is named.
        let listFile = full.stderr.split(separator: "\n").first { $0.contains("the full list is in ") }
            .map { String($0[$0.range(of: "the full list is in ")!.upperBound...]) }
        let listed = try listFile.map { String(decoding: try Data(contentsOf: URL(fileURLWithPath: $0)), as: UTF8.self)
            .split(separator: "\n").filter { $0.contains("No space left on device") }.map(String.init) } ?? named.map(String.init)
        #expect(listed.count == counts["failed"] && listed.allSatisfy { $0.contains("/doc-0") }, "each failure names its file: \(full.stderr)")
        // Space frees up: the rerun converts exactly the missing ones.
        try disk.grow(kilobytes: 8192)
        let rerun = try CLI.run(["batch", input.path, "--ndjson", out.path, "--jobs", "2", "--quiet"])
        #expect(rerun.status == 0 && Self.summary(rerun.stderr)["converted"] == counts["failed"] && Self.summary(rerun.stderr)["skipped"] == counts["converted"])
        #expect(try everyLineIsARecord(out).count == 40 && Self.lines(out).count == 40)
    }

    @Test("disk full with --out: exit 74, summary printed, every record either whole on disk or named failed")
    func diskFullDirectory() throws {
        guard let disk = SmallDisk(kilobytes: 512) else { return }
        defer { disk.unmount() }
        let input = scratch.appendingPathComponent("in")
        try Self.inputs(input, count: 20)
        let out = disk.url.appendingPathComponent("records")
        let full = try CLI.run(["batch", input.path, "--out", out.path, "--jobs", "2", "--quiet"])
        let counts = Self.summary(full.stderr)
        #expect(full.status == 74 && counts["converted"]! + counts["failed"]! == 20, "\(full.stderr)")
        #expect(Self.records(out).count == counts["converted"])
        for name in Self.records(out) {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name)))) != nil, "\(name) whole")
        }
        #expect(full.stderr.split(separator: "\n").filter { $0.contains("No space left on device") && $0.contains("doc-0") }.count == counts["failed"])
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).allSatisfy { !$0.hasSuffix(".tmp") }, "no temporary files left")
        try disk.grow(kilobytes: 8192)
        let rerun = try CLI.run(["batch", input.path, "--out", out.path, "--quiet"])
        #expect(rerun.status == 0 && Self.records(out).count == 20)
    }

    // Finding 1 again through the test-only injection (runs without root, and writes fail in
    // the middle of the run, then succeed again: no corrupt line may stay in the middle).
    @Test("write failures in the middle of a run (injected ENOSPC): failures named, exit 74, no corrupt line; the rerun fills the gaps")
    func injectedWriteFailures() throws {
        let input = scratch.appendingPathComponent("in")
        try Self.inputs(input, count: 30)
        var environment = ProcessInfo.processInfo.environment
        environment["CONTRACT_EXTRACT_TEST_FAIL_WRITES"] = "doc-01"  // doc-010 … doc-019
        for mode in ["--ndjson", "--out"] {
            let out = scratch.appendingPathComponent("out\(mode)")
            let r = try CLI.run(["batch", input.path, mode, out.path, "--jobs", "2", "--quiet"], environment: environment)
            #expect(r.status == 74 && Self.summary(r.stderr)["converted"] == 20 && Self.summary(r.stderr)["failed"] == 10, "\(mode): \(r.stderr)")
            let failures = Self.lines(mode == "--out" ? out.appendingPathComponent("failures.ndjson") : URL(fileURLWithPath: out.path + ".failures.ndjson"))
            #expect(failures.count == 10 && failures.allSatisfy { $0.contains("doc-01") && $0.contains("No space left on device") && $0.contains("\"exitStatus\":74") })
            if mode == "--ndjson" { #expect(try everyLineIsARecord(out).count == 20) } else { #expect(Self.records(out).count == 20) }
            let rerun = try CLI.run(["batch", input.path, mode, out.path, "--quiet"])
            #expect(rerun.status == 0 && Self.summary(rerun.stderr)["converted"] == 10 && Self.summary(rerun.stderr)["skipped"] == 20)
            if mode == "--ndjson" { #expect(try everyLineIsARecord(out).count == 30 && Self.lines(out).count == 30) } else { #expect(Self.records(out).count == 30) }
        }
    }

    /// Starts a batch in the background.
    func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        try process.run()
        return (process, err)
    }

    // Finding 2.
    @Test("two batches on one output at once: the second waits for the first; every record once")
    func concurrentBatches() throws {
        let input = scratch.appendingPathComponent("in")
        try Self.inputs(input, count: 60)
        for mode in ["--ndjson", "--out"] {
            let out = scratch.appendingPathComponent("shared\(mode)")
            let (a, aErr) = try start(["batch", input.path, mode, out.path, "--jobs", "1", "--quiet"])
            let deadline = Date().addingTimeInterval(60)
            while FileManager.default.fileExists(atPath: out.path) == false, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            Thread.sleep(forTimeInterval: 0.3)
            let (b, bErr) = try start(["batch", input.path, mode, out.path, "--jobs", "1", "--quiet"])
            let bText = String(decoding: bErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let aText = String(decoding: aErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            a.waitUntilExit(); b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
            #expect(bText.contains("is writing to this output") && bText.contains("waiting"), "the second says it waits: \(bText)")
            let (ca, cb) = (Self.summary(aText)["converted"] ?? -1, Self.summary(bText)["converted"] ?? -1)
            #expect(ca + cb == 60 && Self.summary(bText)["skipped"] == 60 - cb, "\(aText) / \(bText)")
            if mode == "--ndjson" {
                #expect(try everyLineIsARecord(out).count == 60 && Self.lines(out).count == 60)
            } else {
                #expect(Self.records(out).count == 60)
                let journal = Self.lines(out.appendingPathComponent(".batch-journal"))
                #expect(journal.count == 60 && journal.allSatisfy { $0.split(separator: " ").count == 2 && $0.hasSuffix(".txt.json") }, "journal lines whole")
            }
        }
    }

    // Finding 3.
    @Test("shards sharing one --out, side by side: same-named inputs in different folders each keep their record; reruns skip; a later same-named file adds one record")
    func shardsShareOutput() throws {
        let input = scratch.appendingPathComponent("in")
        for folder in ["a", "b", "c"] { try Self.inputs(input.appendingPathComponent(folder), count: 8, tag: folder) }  // a/doc-000.txt, b/doc-000.txt…
        let out = scratch.appendingPathComponent("records")
        let shards = try (1...3).map { try start(["batch", input.path, "--out", out.path, "--shard", "\($0)/3", "--jobs", "1", "--quiet"]) }
        for (process, err) in shards { _ = err.fileHandleForReading.readDataToEndOfFile(); process.waitUntilExit(); #expect(process.terminationStatus == 0) }
        let names = Self.records(out)
        #expect(names.count == 24 && names.contains("a/doc-000.txt.json") && names.contains("c/doc-007.txt.json"))
        var shas = Set<String>()
        for folder in ["a", "b", "c"] {
            let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("\(folder)/doc-003.txt.json"))) as! [String: Any]
            shas.insert((record["source"] as! [String: Any])["sha256"] as! String)
        }
        #expect(shas.count == 3, "three different inputs named doc-003.txt, three records")
        let before = try Data(contentsOf: out.appendingPathComponent("a/doc-000.txt.json"))
        let stamp = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a/doc-000.txt.json").path)[.modificationDate] as? Date
        for k in 1...3 {
            let again = try CLI.run(["batch", input.path, "--out", out.path, "--shard", "\(k)/3", "--quiet"])
            #expect(again.status == 0 && Self.summary(again.stderr)["converted"] == 0)
        }
        // A later file with a name already used elsewhere: one new record, the old one untouched.
        try "合同\n甲方：新\n一、条款。\n".write(to: input.appendingPathComponent("doc-000.txt"), atomically: true, encoding: .utf8)
        var converted = 0
        for k in 1...3 { converted += Self.summary(try CLI.run(["batch", input.path, "--out", out.path, "--shard", "\(k)/3", "--quiet"]).stderr)["converted"] ?? 0 }
        #expect(converted == 1 && Self.records(out).count == 25)
        #expect(try Data(contentsOf: out.appendingPathComponent("a/doc-000.txt.json")) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a/doc-000.txt.json").path)[.modificationDate] as? Date == stamp)
    }

    // Finding 5.
    @Test("kill -9 of the parent: its live worker dies with it")
    func orphanedWorker() throws {
        let input = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("corpus/seed-000-scan.pdf"), to: input.appendingPathComponent("scan.pdf"))
        let (parent, err) = try start(["batch", input.path, "--out", scratch.appendingPathComponent("o").path, "--jobs", "1", "--quiet"])
        var worker: Int32?
        let deadline = Date().addingTimeInterval(30)
        while worker == nil, Date() < deadline {
            worker = Self.children(of: parent.processIdentifier).first
            Thread.sleep(forTimeInterval: 0.05)
        }
        let child = try #require(worker, "a worker started")
        Thread.sleep(forTimeInterval: 0.5)  // it is converting (OCR takes seconds)
        #expect(kill(child, 0) == 0, "the worker is alive before")
        kill(parent.processIdentifier, SIGKILL)
        parent.waitUntilExit()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        let gone = Date().addingTimeInterval(3)
        while Self.isAlive(child), Date() < gone { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!Self.isAlive(child), "the worker died with its parent")
    }

    static func children(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int32($0) }
        }
    }

    /// Alive and not a zombie waiting for a reaper.
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
    }

    // Finding 6 and issue 16 item 5.
    @Test("links, hidden files, other formats, GBK and 240-byte names: each converted or listed, in both modes")
    func oddEntries() throws {
        let input = scratch.appendingPathComponent("in")
        try Self.inputs(input, count: 2)
        let seed = try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000.txt"))
        let fm = FileManager.default
        try seed.write(to: scratch.appendingPathComponent("target.txt"))
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("link.txt").path, withDestinationPath: scratch.appendingPathComponent("target.txt").path)
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("dangling.pdf").path, withDestinationPath: scratch.appendingPathComponent("gone.pdf").path)
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("loop").path, withDestinationPath: input.path)
        try seed.write(to: input.appendingPathComponent(".hidden.txt"))
        for ext in ["xlsx", "gif", "rtf", "doc"] { try Data("x".utf8).write(to: input.appendingPathComponent("other.\(ext)")) }
        let gbk: [UInt8] = Array(input.path.utf8) + [0x2F, 0xBA, 0xCF, 0xCD, 0xAC] + Array("2.txt".utf8)
        let long = String(repeating: "合", count: 78) + "ab.txt"
        try (seed + Data("\n长名。\n".utf8)).write(to: input.appendingPathComponent(long))
        let fd = (gbk + [0]).withUnsafeBufferPointer { b in b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { open($0, O_WRONLY | O_CREAT, 0o644) } }
        var gbkBody = [UInt8](seed) + Array("\nGBK。\n".utf8)
        _ = write(fd, &gbkBody, gbkBody.count)
        close(fd)
        #expect(long.utf8.count == 240)

        let out = scratch.appendingPathComponent("records")
        let r = try CLI.run(["batch", input.path, "--out", out.path, "--quiet"])
        #expect(r.status == 1 && Self.summary(r.stderr) == ["converted": 5, "failed": 2, "unsupported": 5, "skipped": 0], "\(r.stderr)")
        let failures = Self.lines(out.appendingPathComponent("failures.ndjson"))
        #expect(failures.count == 7)
        for needle in ["dangling symbolic link", "symbolic link loop", "hidden file", "unsupported format (.xlsx)", "unsupported format (.gif)",
                       "unsupported format (.rtf)", "unsupported format (.doc)"] {
            #expect(failures.contains { $0.contains(needle) }, "\(needle) listed")
        }
        let names = Self.records(out)
        #expect(names.contains("link.txt.json") && names.count == 5)
        let gbkRecord = try #require(names.first { $0.range(of: "^[0-9a-f]{16}\\.txt\\.json$", options: .regularExpression) != nil })
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(gbkRecord))) as! [String: Any]
        #expect((object["source"] as! [String: Any])["fileNameBytes"] as? String == "bacfcdac322e747874")
        #expect(names.contains { $0.hasPrefix("合") && $0.hasSuffix(".txt.json") && $0.utf8.count < 200 })

        let ndjson = scratch.appendingPathComponent("r.ndjson")
        let n = try CLI.run(["batch", input.path, "--ndjson", ndjson.path, "--quiet"])
        #expect(n.status == 1 && Self.summary(n.stderr)["converted"] == 5 && Self.summary(n.stderr)["unsupported"] == 5)
        #expect(Self.lines(ndjson).filter { $0.contains("\"fileNameBytes\":\"bacfcdac322e747874\"") }.count == 1)
        let again = try CLI.run(["batch", input.path, "--ndjson", ndjson.path, "--quiet"])
        #expect(Self.summary(again.stderr)["skipped"] == 5 && Self.lines(ndjson).count == 5, "the GBK and long names resume too")
    }
}

extension SmallDisk {
    /// Frees space: the tmpfs grows (remount).
    func grow(kilobytes: Int) throws {
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-o", "remount,size=\(kilobytes)k", url.path]
        try mount.run()
        mount.waitUntilExit()
    }
}

/// The small version of `make stress` (scripts/stress.py): 60 inputs, one in six hostile (every
/// kind: truncated, bit-flipped, empty, garbage, other formats, hidden, dangling and looping
/// links, GBK and 240-byte names among the good ones), one kill -9 in each output mode.
@Suite("Batch stress (small)", .tags(.heavy), .slowLane)
struct BatchStressTests {
    @Test("60 inputs with hostile ones, kill -9 and a rerun, both modes: each good file converted once, every other named")
    func small() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.root.appendingPathComponent("scripts/stress.py").path, "--files", "60", "--hostile-every", "6",
                             "--kills", "1", "--kill-within", "3", "--bin", CLI.binary.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("stress --out: exit 1") && text.contains("stress --ndjson: exit 1"), "\(text)")
    }
}
