import Foundation
import Testing
import TestSupport

/// `contract-extract batch` as the legal team runs it: real worker processes, hostile input,
/// crashes, timeouts, memory limits and a kill -9 in the middle.
@Suite("Batch", .slowLane)
struct BatchCLITests {
    let scratch: URL = Scratch.directory("ce-batch")

    func failures(_ url: URL) throws -> [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test("corpus documents plus 50 hostile files: every good one converted, every bad one named, exit 1", .tags(.heavy))
    func hostile() throws {
        let input = scratch.appendingPathComponent("in")
        let made = try HostileInputs.make(in: input.appendingPathComponent("hostile"))
        for name in ["seed-000.txt", "seed-001.pdf", "bbj-purchase.pdf", "lease-guangzhou.pdf"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("corpus/\(name)"), to: input.appendingPathComponent(name))
        }
        // Encrypted with a user password (qpdf), and 50 MB of text.
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--encrypt", "user", "owner", "256", "--", CLI.root.appendingPathComponent("corpus/seed-000.pdf").path,
                          input.appendingPathComponent("hostile/encrypted.pdf").path]
        try qpdf.run()
        qpdf.waitUntilExit()
        let seed = try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-001.txt"))
        var big = Data()
        while big.count < 50 << 20 { big.append(seed) }
        try big.write(to: input.appendingPathComponent("hostile/fifty-mb.txt"))
        #expect(made.count + 2 >= 50)

        let out = scratch.appendingPathComponent("out")
        // 50 MB of text peaks near 2.2 GB and takes ~100 s in a debug build: give it room.
        let r = try CLI.run(["batch", input.path, "--out", out.path, "--jobs", "2", "--quiet", "--timeout", "900", "--memory-mb", "6144"])
        #expect(r.status == 1)
        let failed = try failures(out.appendingPathComponent("failures.ndjson"))
        let failedNames = Set(failed.map { URL(fileURLWithPath: $0["path"] as! String).lastPathComponent })
        // Records mirror the input tree: hostile/x.pdf → out/hostile/x.pdf.json.
        for name in ["seed-000.txt", "seed-001.pdf", "bbj-purchase.pdf", "lease-guangzhou.pdf", "hostile/fifty-mb.txt"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name).json").path), "\(name) converted")
        }
        #expect(failedNames.contains("encrypted.pdf"))
        for (name, expect) in made {
            let converted = FileManager.default.fileExists(atPath: out.appendingPathComponent("hostile/\(name).json").path)
            switch expect {
            case .converted: #expect(converted && !failedNames.contains(name), "\(name) converted")
            case .failed(let status):
                #expect(!converted, "\(name) has no record")
                let entry = failed.first { ($0["path"] as! String).hasSuffix("/" + name) }
                #expect(entry?["exitStatus"] as? Int == Int(status), "\(name) failed with \(status)")
                #expect((entry?["error"] as? String)?.contains(name) == true, "\(name)'s error names it")
            case .either: #expect(converted != failedNames.contains(name), "\(name) converted or failed, once")
            }
        }
        #expect(r.stderr.contains("contract-extract: batch: converted"))
    }

    @Test("a worker that crashes, hangs or outgrows its memory costs only its file")
    func isolation() throws {
        let input = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for k in 0..<6 { try "合同\n甲方：公司\(k)\n一、条款。\n".write(to: input.appendingPathComponent("ok-\(k).txt"), atomically: true, encoding: .utf8) }
        try "合同\n甲方：X\n".write(to: input.appendingPathComponent("victim.txt"), atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["CONTRACT_EXTRACT_WORKER_CRASH_ON"] = "victim.txt"
        let crash = try CLI.run(["batch", input.path, "--out", scratch.appendingPathComponent("a").path, "--jobs", "2", "--quiet"],
                                environment: environment)
        #expect(crash.status == 1)
        let crashed = try failures(scratch.appendingPathComponent("a/failures.ndjson"))
        #expect(crashed.count == 1 && (crashed[0]["error"] as? String) == input.appendingPathComponent("victim.txt").path + ": crashed: signal 11")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("a").path).filter { $0.hasSuffix(".json") }.count == 6)

        // A scan needs OCR: far more than a second and than 40 MB.
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("corpus/seed-000-scan.pdf"), to: input.appendingPathComponent("scan.pdf"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("victim.txt"))
        let slow = try CLI.run(["batch", input.path, "--out", scratch.appendingPathComponent("b").path, "--timeout", "1", "--quiet"])
        let timedOut = try failures(scratch.appendingPathComponent("b/failures.ndjson"))
        #expect(slow.status == 1 && timedOut.map { $0["error"] as? String } == [input.appendingPathComponent("scan.pdf").path + ": timeout after 1 s"])
        #expect(slow.stderr.contains("contract-extract: failed: \(input.appendingPathComponent("scan.pdf").path): timeout after 1 s"), "the failure line names the file")
        let fat = try CLI.run(["batch", input.path, "--out", scratch.appendingPathComponent("c").path, "--memory-mb", "60", "--quiet", "--stats"])
        // --stats counts the worker that was killed: its peak is what the parent last saw of it,
        // a scan's worker at work (over 40 MB). Not necessarily over the limit: the worker's own
        // guard can stop it between two of the parent's 100 ms samples (seen: 48 MB).
        let peak = fat.stderr.split(separator: "\n").first { $0.contains("peak RSS") }.flatMap { $0.split(separator: " ").dropLast().last }.flatMap { Int($0) }
        #expect((peak ?? 0) > 40, "killed worker in --stats: \(fat.stderr)")
        let oom = try failures(scratch.appendingPathComponent("c/failures.ndjson"))
        let oomError = oom.first?["error"] as? String ?? ""
        #expect(fat.status == 1 && oom.count == 1 && oomError.contains("scan.pdf: out of memory (worker at ") && oomError.hasSuffix("limit 60 MB)"), "\(oomError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("c").path).filter { $0.hasSuffix(".json") }.count == 6)
    }

    /// The pids of `pid`'s children (any of its threads), from /proc.
    static func children(of pid: Int32) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
    }

    @Test("a file that vanishes mid-batch and an unwritable output: clear errors")
    func vanishingAndUnwritable() throws {
        let input = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // The first input keeps the single worker busy while the second is deleted.
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("corpus/seed-000-scan.pdf"), to: input.appendingPathComponent("a-scan.pdf"))
        let doomed = input.appendingPathComponent("b-doomed.txt")
        try "合同\n甲方：A\n".write(to: doomed, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.binary
        // Tesseract (seconds a page) and a generous timeout: the scan must convert, only the
        // deleted file may fail (PP-OCR under a loaded CI once passed the default timeout).
        process.arguments = ["batch", input.path, "--out", scratch.appendingPathComponent("o").path, "--jobs", "1", "--quiet",
                             "--ocr-engine", "tesseract", "--timeout", "1800"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Workers start once the inputs are listed: delete the second input only then (a fixed
        // sleep raced a loaded machine, where listing took longer). The scan keeps the one
        // worker busy for many seconds, so the deletion happens before it reaches b-doomed.txt.
        let deadline = Date().addingTimeInterval(120)
        while Self.children(of: process.processIdentifier).isEmpty && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try FileManager.default.removeItem(at: doomed)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let failed = try failures(scratch.appendingPathComponent("o/failures.ndjson"))
        #expect(failed.count == 1 && failed[0]["exitStatus"] as? Int == 66 && (failed[0]["error"] as? String)?.contains("b-doomed.txt") == true)

        let unwritable = try CLI.run(["batch", input.path, "--out", "/proc/version/out"])
        #expect(unwritable.status == 74 && unwritable.stderr.hasPrefix("contract-extract: error: /proc/version/out"))
        #expect(try CLI.run(["batch", input.path]).status == 64)  // neither --out nor --ndjson
        #expect(try CLI.run(["batch", input.path, "--out", "x", "--shard", "3/2"]).status == 64)
    }

    @Test("--shard K/N: the shards of one folder are disjoint and cover it")
    func shards() throws {
        let input = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for k in 0..<30 { try "合同\n甲方：公司\(k)\n一、条款。\n".write(to: input.appendingPathComponent("s-\(k).txt"), atomically: true, encoding: .utf8) }
        var seen: [String] = []
        for k in 1...3 {
            let out = scratch.appendingPathComponent("shard-\(k)")
            #expect(try CLI.run(["batch", input.path, "--out", out.path, "--shard", "\(k)/3", "--quiet"]).status == 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
            #expect(!names.isEmpty)
            seen += names
        }
        #expect(seen.count == 30 && Set(seen).count == 30)
    }
}
