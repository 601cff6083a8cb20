import Foundation
import Testing
@testable import Extractor

/// Whole files written all at once, also when their content comes in pieces: the target is the
/// old file or the whole new one, and no temporary file stays behind.
@Suite("Atomic file")
struct AtomicFileTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ce-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("pieces are written in order into the target, and only the target remains")
    func pieces() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("record.json")
        try AtomicFile.write(to: target.path) { piece in
            piece(Data("甲方：".utf8))
            piece(Data())
            piece(Data("某公司\n".utf8))
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "甲方：某公司\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["record.json"])
    }

    struct Stop: Error {}

    @Test("a producer that fails half-way leaves the old target and no temporary file")
    func failedProducer() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("record.json")
        try AtomicFile.write(Data("old\n".utf8), to: target.path)
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: target.path) { piece in
                piece(Data("new, half".utf8))
                throw Stop()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["record.json"])
    }
}
