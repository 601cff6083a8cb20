import Foundation
import Testing
@testable import Batch

@Suite("Batch ledger (resume)")
struct BatchLedgerTests {
    func input(_ sha: String) -> BatchInput { BatchInput(path: "/x/\(sha).txt", sha256: sha, outputName: "\(sha).txt.json") }

    @Test("--ndjson: a torn last line is cut off; the records before it are done")
    func tornLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).ndjson")
        defer { try? FileManager.default.removeItem(at: file) }
        let record = #"{"contracts":[],"diagnostics":[],"schemaVersion":"1","source":{"encoding":"UTF-8","fileName":"aaa.txt","format":"text","pageCount":null,"pageFurniture":[],"pages":[],"sha256":"aaa","textLayer":null}}"#
        try (record + "\n" + #"{"contracts":[{"tit"#).write(to: file, atomically: true, encoding: .utf8)
        let ledger = try BatchLedger(destination: .ndjson(file), force: false)
        #expect(ledger.isDone(input("aaa")))
        #expect(!ledger.isDone(input("bbb")))
        ledger.record(input("bbb"), line: record.replacingOccurrences(of: "aaa", with: "bbb"))
        ledger.record(input("bbb"), line: "twice")  // never written twice
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[1].contains("bbb"))
    }

    @Test("--out: journal entries count only when their file exists; --force forgets them")
    func journal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try BatchLedger(destination: .directory(dir), force: false)
        try Data("{}".utf8).write(to: dir.appendingPathComponent("aaa.txt.json"))
        first.record(input("aaa"), line: nil)
        first.record(input("ccc"), line: nil)  // journalled, but its file is gone
        let again = try BatchLedger(destination: .directory(dir), force: false)
        #expect(again.isDone(input("aaa")) && !again.isDone(input("ccc")))
        let forced = try BatchLedger(destination: .directory(dir), force: true)
        #expect(!forced.isDone(input("aaa")))
    }

    @Test("an output directory that cannot be made is an error, not a silent skip")
    func unwritable() {
        #expect(throws: (any Error).self) { try BatchLedger(destination: .directory(URL(fileURLWithPath: "/proc/no/such")), force: false) }
    }

    @Test("the same bytes under two names are two inputs, each with its record")
    func duplicateContent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = try BatchLedger(destination: .directory(dir), force: false)
        let a = BatchInput(path: "/x/a.txt", sha256: "same", outputName: "a.txt.json")
        let b = BatchInput(path: "/y/b.txt", sha256: "same", outputName: "b.txt.json")
        try Data("{}".utf8).write(to: dir.appendingPathComponent("a.txt.json"))
        ledger.record(a, line: nil)
        #expect(ledger.isDone(a) && !ledger.isDone(b))
    }
}
