import Foundation
import Testing
import TestSupport
@testable import Batch
import Extractor

@Suite("Batch ledger (resume, whole lines, lock)")
struct BatchLedgerTests {
    func input(_ sha: String) -> BatchInput { BatchInput(path: "/x/\(sha).txt", sha256: sha, outputName: "\(sha).txt.json") }
    static func record(_ sha: String) -> String {
        #"{"contracts":[],"diagnostics":[],"schemaVersion":"1","source":{"encoding":"UTF-8","fileName":"SHA.txt","format":"text","pageCount":null,"pageFurniture":[],"pages":[],"sha256":"SHA","textLayer":null}}"#
            .replacingOccurrences(of: "SHA", with: sha)
    }

    func temp(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)-\(name)")
    }

    @Test("--ndjson: a torn last line is cut off and reported; the records before it are done; each input written once")
    func tornLine() throws {
        let file = temp("t.ndjson")
        defer { for s in ["", ".lock"] { try? FileManager.default.removeItem(atPath: file.path + s) } }
        try (Self.record("aaa") + "\n" + #"{"contracts":[{"tit"#).write(to: file, atomically: true, encoding: .utf8)
        let ledger = try BatchLedger(destination: .ndjson(file), force: false)
        #expect(ledger.notices.count == 1 && ledger.notices[0].contains("torn last line"))
        #expect(ledger.isDone(input("aaa")))
        #expect(!ledger.isDone(input("bbb")))
        try ledger.record(input("bbb"), line: Data(Self.record("bbb").utf8))
        try ledger.record(input("bbb"), line: Data("twice".utf8))  // never written twice
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[1].contains("bbb"))
    }

    @Test("--ndjson: a corrupt line in the middle is moved to FILE.quarantine and reported; the good lines stay")
    func quarantine() throws {
        let file = temp("q.ndjson")
        defer { for s in ["", ".lock", ".quarantine"] { try? FileManager.default.removeItem(atPath: file.path + s) } }
        let corrupt = String(Self.record("bbb").prefix(60)) + String(repeating: "\0", count: 100)
        try [Self.record("aaa"), corrupt, Self.record("ccc"), ""].joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let ledger = try BatchLedger(destination: .ndjson(file), force: false)
        #expect(ledger.notices.count == 1 && ledger.notices[0].contains("1 corrupt line"))
        #expect(ledger.isDone(input("aaa")) && ledger.isDone(input("ccc")) && !ledger.isDone(input("bbb")))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.record("aaa") + "\n" + Self.record("ccc") + "\n")
        #expect(try String(contentsOfFile: file.path + ".quarantine", encoding: .utf8) == corrupt + "\n")
    }

    @Test("--ndjson: one record per input, also when two inputs have the same bytes and name")
    func multiset() throws {
        let file = temp("m.ndjson")
        defer { for s in ["", ".lock"] { try? FileManager.default.removeItem(atPath: file.path + s) } }
        try (Self.record("aaa") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let ledger = try BatchLedger(destination: .ndjson(file), force: false)
        let one = BatchInput(path: "/a/aaa.txt", sha256: "aaa", outputName: "a/aaa.txt.json")
        let two = BatchInput(path: "/b/aaa.txt", sha256: "aaa", outputName: "b/aaa.txt.json")
        #expect(ledger.isDone(one) && !ledger.isDone(two))
    }

    @Test("--out: journal entries count only when their file exists; --force forgets them")
    func journal() throws {
        let dir = temp("out")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let first = try BatchLedger(destination: .directory(dir), force: false)
            try Data("{}".utf8).write(to: dir.appendingPathComponent("aaa.txt.json"))
            try first.record(input("aaa"), line: nil)
            try first.record(input("ccc"), line: nil)  // journalled, but its file is gone
        }
        do {
            let again = try BatchLedger(destination: .directory(dir), force: false)
            #expect(again.isDone(input("aaa")) && !again.isDone(input("ccc")))
        }
        let forced = try BatchLedger(destination: .directory(dir), force: true)
        #expect(!forced.isDone(input("aaa")))
    }

    @Test("an output directory that cannot be made is an error, not a silent skip")
    func unwritable() {
        #expect(throws: (any Error).self) { try BatchLedger(destination: .directory(URL(fileURLWithPath: "/proc/no/such")), force: false) }
    }

    @Test("one writer per output: a second ledger on the same output waits until the first is gone")
    func lock() throws {
        let file = temp("l.ndjson")
        defer { for s in ["", ".lock"] { try? FileManager.default.removeItem(atPath: file.path + s) } }
        var first: BatchLedger? = try BatchLedger(destination: .ndjson(file), force: false)
        let waited = Mutex(false), opened = Mutex(false)
        let thread = Thread {
            let second = try? BatchLedger(destination: .ndjson(file), force: false, onWait: { message in
                if message.contains("another batch (pid \(getpid()))") { waited.set(true) }
            })
            opened.set(second != nil)
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waited.get() && !opened.get(), "the second waits while the first holds the lock")
        _ = first
        first = nil
        let deadline = Date().addingTimeInterval(5)
        while !opened.get(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(opened.get(), "and gets it once the first is gone")
    }

    @Test("a full disk: a line that does not fit is not left torn; the file is as before and the error is ENOSPC")
    func fullDisk() throws {
        guard let disk = SmallDisk(kilobytes: 64) else {
            // No mount (not root): the same path through the injected failure.
            let file = temp("inj.ndjson")
            defer { try? FileManager.default.removeItem(at: file) }
            setenv("CONTRACT_EXTRACT_TEST_FAIL_WRITES", "victim-\(getpid())", 1)
            defer { unsetenv("CONTRACT_EXTRACT_TEST_FAIL_WRITES") }
            let sink = try LineFile(path: file.path, durable: true)
            try sink.append(Data("one\n".utf8))
            #expect(throws: WriteFailure.self) { try sink.append(Data("two\n".utf8), label: "victim-\(getpid())") }
            #expect(try String(contentsOf: file, encoding: .utf8) == "one\n")
            return
        }
        defer { disk.unmount() }
        let file = disk.url.appendingPathComponent("r.ndjson")
        let sink = try LineFile(path: file.path, durable: true)
        let line = Data((String(repeating: "合", count: 3000) + "\n").utf8)  // 9 KB
        var written = 0
        var failure: WriteFailure?
        while failure == nil {
            do { try sink.append(line); written += 1 } catch let error as WriteFailure { failure = error }
        }
        #expect(failure?.code == ENOSPC && failure?.description.contains("No space left") == true)
        let data = try Data(contentsOf: file)
        #expect(written > 0 && data.count == written * line.count, "only whole lines")
        // Space frees up: the next line lands whole, right after the others.
        try FileManager.default.removeItem(at: disk.url.appendingPathComponent("filler"))
        try sink.append(line)
        #expect(try Data(contentsOf: file).count == (written + 1) * line.count)
    }
}

/// A value shared with another thread.
final class Mutex<T: Sendable>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func get() -> T { lock.withLock { value } }
    func set(_ new: T) { lock.withLock { value = new } }
}

extension BatchLedgerTests {
    @Test("temporary files of dead workers of this machine are removed; live ones and other machines' are kept")
    func staleTemporaries() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let dead: Int32 = 4_000_000  // above any pid_max
        let names = ["sub/.ce-\(dead)-1@\(AtomicFile.host).tmp", ".ce-\(getpid())-2@\(AtomicFile.host).tmp",
                     ".ce-\(dead)-3@some-other-host.tmp", "keep.json"]
        for name in names { _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data()) }
        BatchLedger.removeStaleTemporaries(dir)
        let left = names.filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path) }
        #expect(left == Array(names.dropFirst()))
    }

    @Test("a dead worker that was never reaped (a zombie) counts as ended: its temporary file goes")
    func zombieTemporaries() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-zombie-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let zombie = try Self.unreapedChild()
        defer { var status: Int32 = 0; waitpid(zombie, &status, 0) }
        #expect(kill(zombie, 0) == 0, "a zombie still answers kill(pid, 0)")
        #expect(ProcessLiveness.hasEnded(zombie))
        #expect(!ProcessLiveness.hasEnded(getpid()))
        #expect(ProcessLiveness.hasEnded(Int32.max))
        let name = ".ce-\(zombie)-1@\(AtomicFile.host).tmp"
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data())
        BatchLedger.removeStaleTemporaries(dir)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path))
    }

    /// A child that has exited and that this process has not reaped yet (a zombie), by pid.
    static func unreapedChild() throws -> Int32 {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.contains(") Z ") { return pid }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw CocoaError(.executableLoad)
    }
}
