import Foundation
import Testing
import TestSupport
import Batch

/// kill -9 in the middle of a batch, then a rerun: every input has exactly one record, and the
/// records are byte-identical to those of an uninterrupted run.
@Suite("Batch resume after kill -9", .tags(.heavy), .slowLane)
struct BatchResumeTests {
    static func inputs(_ dir: URL, count: Int) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seed = try String(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000.txt"), encoding: .utf8)
        for k in 0..<count {
            try (seed + "\n补充说明第\(k)号。\n").write(to: dir.appendingPathComponent(String(format: "doc-%03d.txt", k)), atomically: true, encoding: .utf8)
        }
    }

    /// Starts a batch, kills it with SIGKILL once `progress()` reaches `at`, and returns when the
    /// batch has exited and every worker that had a temporary file open in `output` (a directory)
    /// has ended too: the kernel kills them with their parent, but on a loaded machine that can
    /// take longer than the rerun takes to start.
    static func killMidway(_ arguments: [String], at threshold: Int, output: URL? = nil, progress: () -> Int) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while progress() < threshold, process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(process.isRunning, "the batch was still running when killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard let output else { return }
        let writers = Date().addingTimeInterval(30)
        while Date() < writers, !temporaryOwners(output).allSatisfy(ProcessLiveness.hasEnded) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(temporaryOwners(output).allSatisfy(ProcessLiveness.hasEnded), "the killed batch's workers ended")
    }

    /// The pids in the names of the temporary files (`.ce-<pid>-<n>@<host>.tmp`) in `dir`.
    static func temporaryOwners(_ dir: URL) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).compactMap { name in
            guard name.hasPrefix(".ce-"), name.hasSuffix(".tmp") else { return nil }
            return name.dropFirst(4).split(separator: "-").first.flatMap { Int32($0) }
        }
    }

    func jsonFiles(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test("--out: killed at ~60 of 200, resumed, identical to an uninterrupted run")
    func directory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ce-resume-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try Self.inputs(input, count: 200)
        let clean = root.appendingPathComponent("clean"), killed = root.appendingPathComponent("killed")
        #expect(try CLI.run(["batch", input.path, "--out", clean.path, "--quiet"]).status == 0)
        try Self.killMidway(["batch", input.path, "--out", killed.path, "--jobs", "2", "--quiet"], at: 60, output: killed) { jsonFiles(killed).count }
        #expect(jsonFiles(killed).count < 200)
        let rerun = try CLI.run(["batch", input.path, "--out", killed.path, "--quiet"])
        #expect(rerun.status == 0 && rerun.stderr.contains("skipped"))
        #expect(jsonFiles(killed) == jsonFiles(clean) && jsonFiles(clean).count == 200)
        for name in jsonFiles(clean) {
            #expect(try Data(contentsOf: killed.appendingPathComponent(name)) == Data(contentsOf: clean.appendingPathComponent(name)), "\(name)")
        }
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: killed.path)) ?? []).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "no partial files")
    }

    @Test("--ndjson: killed midway, resumed: 200 lines, one per input, the uninterrupted run's lines")
    func ndjson() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ce-resume-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try Self.inputs(input, count: 200)
        let clean = root.appendingPathComponent("clean.ndjson"), killed = root.appendingPathComponent("killed.ndjson")
        #expect(try CLI.run(["batch", input.path, "--ndjson", clean.path, "--quiet"]).status == 0)
        func lines(_ url: URL) -> [String] { ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        try Self.killMidway(["batch", input.path, "--ndjson", killed.path, "--jobs", "2", "--quiet"], at: 60) { lines(killed).count }
        #expect(try CLI.run(["batch", input.path, "--ndjson", killed.path, "--quiet"]).status == 0)
        #expect(lines(killed).count == 200)
        #expect(lines(killed).sorted() == lines(clean).sorted())
        #expect(try CLI.run(["batch", input.path, "--ndjson", killed.path, "--quiet"]).stderr.contains("converted 0, failed 0, unsupported 0, skipped 200"))
    }
}
