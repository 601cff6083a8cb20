import Foundation
import Testing
@testable import Batch

@Suite("Batch inputs and shards")
struct BatchInputsTests {
    func scratch(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("batch-in-\(UUID().uuidString)")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test("directories are searched for .pdf/.txt, in path order, each file once; a name used twice gets the digest")
    func collect() throws {
        let dir = try scratch(["a/x.txt": "甲方：A", "b/x.txt": "甲方：B", "b/notes.md": "#", "c.TXT": "乙方：C", ".hidden/y.txt": "h"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inputs, unreadable) = BatchInputs.collect([dir.path, dir.appendingPathComponent("c.TXT").path, dir.path + "/missing.pdf"])
        #expect(inputs.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["x.txt", "x.txt", "c.TXT"])
        #expect(inputs[0].outputName == "x.txt-\(inputs[0].sha256.prefix(8)).json" && inputs[0].outputName != inputs[1].outputName)
        #expect(inputs[2].outputName == "c.TXT.json")
        #expect(unreadable.count == 1 && unreadable[0].1.contains("missing.pdf"))
    }

    @Test("DOCX and HTML are inputs; DOC, WPS, RTF, ODT, Pages and XLSX are inputs too, to be listed as unsupported, not skipped")
    func formats() throws {
        let dir = try scratch(["a.docx": "x", "b.html": "x", "c.doc": "x", "d.wps": "x", "e.rtf": "x", "f.odt": "x",
                               "g.pages": "x", "h.xlsx": "x", "notes.md": "#"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inputs, _) = BatchInputs.collect([dir.path])
        #expect(inputs.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.docx", "b.html", "c.doc", "d.wps", "e.rtf", "f.odt", "g.pages", "h.xlsx"])
    }

    @Test("shards: K/N parsed strictly; every digest in exactly one shard; about even")
    func shards() {
        #expect(Shard("2/8") == Shard("2/8") && Shard("2/8")?.count == 8)
        for bad in ["0/4", "5/4", "a/4", "3", "1/0", ""] { #expect(Shard(bad) == nil) }
        let shards = (1...4).map { Shard("\($0)/4")! }
        var counts = [0, 0, 0, 0]
        for n in 0..<400 {
            let sha = String(format: "%016llx", UInt64(n) &* 0x9E3779B97F4A7C15) + String(repeating: "0", count: 48)
            let hits = shards.indices.filter { shards[$0].contains(sha) }
            #expect(hits.count == 1)
            counts[hits[0]] += 1
        }
        #expect(counts.allSatisfy { $0 > 60 })
    }
}
