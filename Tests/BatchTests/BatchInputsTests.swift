import Foundation
import Testing
@testable import Batch

@Suite("Batch inputs, names and shards")
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

    /// Writes a file whose name is raw bytes (not necessarily UTF-8).
    func put(_ dir: URL, name: [UInt8], _ text: String) {
        let path = Array(dir.path.utf8) + [0x2F] + name
        PathBytes.cString(path) { p in
            let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }

    @Test("directories searched for .pdf/.txt in path order; names mirror the path under the root, so same-named files never clash")
    func collect() throws {
        let dir = try scratch(["a/x.txt": "甲方：A", "b/x.txt": "甲方：B", "c.TXT": "乙方：C"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = BatchInputs.collect([dir.path, dir.appendingPathComponent("c.TXT").path, dir.path + "/a/../c.TXT", dir.path + "/./a/x.txt",
                                         dir.path + "/missing.pdf"])
        #expect(found.inputs.map(\.outputName) == ["a/x.txt.json", "b/x.txt.json", "c.TXT.json"])
        #expect(found.problems.count == 1 && found.problems[0].error.contains("missing.pdf") && found.problems[0].kind == .failed)
    }

    @Test("names do not depend on which other files exist: adding a same-named file later changes no earlier name")
    func stableNames() throws {
        let dir = try scratch(["a/x.txt": "甲方：A"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = BatchInputs.collect([dir.path]).inputs.map(\.outputName)
        try "甲方：B".write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b"), withIntermediateDirectories: true)
        try "甲方：C".write(to: dir.appendingPathComponent("b/x.txt"), atomically: true, encoding: .utf8)
        let after = BatchInputs.collect([dir.path]).inputs.map(\.outputName)
        #expect(before == ["a/x.txt.json"] && after == ["a/x.txt.json", "b/x.txt.json", "x.txt.json"])
        // Every shard sees the same names.
        let sharded = (1...3).flatMap { BatchInputs.collect([dir.path], shard: Shard("\($0)/3")).inputs.map(\.outputName) }
        #expect(sharded.sorted() == after)
    }

    @Test("two roots with the same relative name: the first root keeps the plain name (as when it ran alone), the second gets its path's hash")
    func twoRoots() throws {
        let dir = try scratch(["one/x.txt": "甲方：A", "two/x.txt": "甲方：B"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let alone = BatchInputs.collect([dir.path + "/one"]).inputs.map(\.outputName)
        let names = BatchInputs.collect([dir.path + "/one", dir.path + "/two"]).inputs.map(\.outputName)
        #expect(alone == ["x.txt.json"])
        #expect(names.count == 2 && names[0] == "x.txt.json" && names[1].hasPrefix("x.txt-") && names[1].hasSuffix(".json"))
    }

    @Test("a named pipe given as an argument is listed, never read (it would block)")
    func fifoArgument() throws {
        let dir = try scratch(["a.txt": "甲方：A"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let found = BatchInputs.collect([fifo, dir.appendingPathComponent("a.txt").path])
        #expect(found.inputs.map(\.outputName) == ["a.txt.json"])
        #expect(found.problems.count == 1 && found.problems[0].error.contains("not a regular file") && found.problems[0].kind == .unsupported)
    }

    @Test("hidden files and directories, other formats: listed as unsupported with a reason, not dropped")
    func unsupported() throws {
        let dir = try scratch(["ok.pdf": "%PDF", ".hidden.txt": "h", ".git/config.txt": "x", "a.xlsx": "d", "b.gif": "p",
                               "c.rtf": "h", "d.doc": "d", "README": "r"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = BatchInputs.collect([dir.path])
        #expect(found.inputs.map(\.outputName) == ["ok.pdf.json"])
        let reasons = Dictionary(uniqueKeysWithValues: found.problems.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(Set(reasons.keys) == [".hidden.txt", ".git", "a.xlsx", "b.gif", "c.rtf", "d.doc", "README"])
        #expect(reasons.values.allSatisfy { $0.kind == .unsupported })
        #expect(reasons["a.xlsx"]?.error.contains("unsupported format (.xlsx)") == true)
        #expect(reasons[".git"]?.error.contains("hidden directory") == true)
    }

    @Test("symbolic links: to a file followed; dangling and looping reported as failures")
    func symlinks() throws {
        let dir = try scratch(["real/a.txt": "甲方：A", "outside.txt": "甲方：O"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = dir.appendingPathComponent("real")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: dir.appendingPathComponent("outside.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("dangling.txt").path, withDestinationPath: "/no/such/file.txt")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("self.txt").path, withDestinationPath: root.appendingPathComponent("self.txt").path)
        let found = BatchInputs.collect([root.path])
        #expect(found.inputs.map(\.outputName) == ["a.txt.json", "link.txt.json"])
        let errors = found.problems.map(\.error).sorted()
        #expect(found.problems.count == 3 && found.problems.allSatisfy { $0.kind == .failed })
        #expect(errors.contains { $0.contains("dangling.txt") && $0.contains("dangling symbolic link") })
        #expect(errors.contains { $0.contains("/loop") && $0.contains("loop") })
        #expect(errors.contains { $0.contains("self.txt") && $0.contains("symbolic link loop") })
    }

    @Test("a GBK name (not UTF-8): taken, shown with \\xNN, its bytes kept; record name hash-shortened")
    func gbkName() throws {
        let dir = try scratch([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let gbk: [UInt8] = [0xBA, 0xCF, 0xCD, 0xAC] + Array(".txt".utf8)  // 合同.txt in GBK
        put(dir, name: gbk, "甲方：A")
        let found = BatchInputs.collect([dir.path])
        #expect(found.problems.isEmpty && found.inputs.count == 1)
        let input = try #require(found.inputs.first)
        #expect(input.fileName.utf8.starts(with: "\\xBA\\xCF".utf8) && input.fileName.hasSuffix(".txt"))
        #expect(input.fileNameHex == "bacfcdac2e747874")
        #expect(input.outputName == PathBytes.nameHash(gbk) + ".txt.json")
        #expect(input.sha256.count == 64)
    }

    @Test("names of 240 and 255 bytes: shortened with a hash, under the limit with room for a temporary name")
    func longNames() throws {
        let dir = try scratch([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let long240 = String(repeating: "合", count: 78) + "ab.txt"  // 234 + 6 = 240 bytes
        let long255 = String(repeating: "同", count: 83) + "ab.pdf"  // 249 + 6 = 255 bytes
        #expect(long240.utf8.count == 240 && long255.utf8.count == 255)
        put(dir, name: Array(long240.utf8), "甲方：A")
        put(dir, name: Array(long255.utf8), "%PDF")
        let names = BatchInputs.collect([dir.path]).inputs.map(\.outputName)
        #expect(names.count == 2 && Set(names).count == 2)
        #expect(names.allSatisfy { $0.utf8.count <= 200 && $0.contains("-") })
        #expect(names.contains { $0.hasSuffix(".txt.json") } && names.contains { $0.hasSuffix(".pdf.json") })
    }

    @Test("display of bytes: UTF-8 kept, others as \\xNN; hex round-trips")
    func display() {
        #expect(PathBytes.display(Array("合同.txt".utf8)) == "合同.txt")
        #expect(PathBytes.display([0x61, 0xFF, 0x62]) == "a\\xFFb")
        #expect(PathBytes.fromHex(PathBytes.hex([0, 0xAB, 0xFF])) == [0, 0xAB, 0xFF])
        #expect(PathBytes.utf8Prefix(Array("合同".utf8), limit: 4) == "合")
    }

    @Test("page images are inputs, timed by pages like a PDF")
    func images() throws {
        let dir = try scratch(["a.jpg": "x", "b.JPEG": "x", "c.png": "x", "d.tif": "x", "e.tiff": "x", "f.gif": "x"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = BatchInputs.collect([dir.path])
        #expect(found.inputs.map(\.outputName) == ["a.jpg.json", "b.JPEG.json", "c.png.json", "d.tif.json", "e.tiff.json"])
        #expect(found.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["f.gif"])
        #expect(BatchInputs.isPaged("scan/p1.PNG") && BatchInputs.isPaged("a.pdf") && !BatchInputs.isPaged("a.txt"))
    }

    @Test("DOCX and HTML are inputs; DOC, WPS, RTF, ODT, Pages and XLSX are listed as unsupported, not skipped")
    func formats() throws {
        let dir = try scratch(["a.docx": "x", "b.html": "x", "c.doc": "x", "d.wps": "x", "e.rtf": "x", "f.odt": "x",
                               "g.pages": "x", "h.xlsx": "x"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = BatchInputs.collect([dir.path])
        #expect(found.inputs.map(\.outputName) == ["a.docx.json", "b.html.json"])
        #expect(found.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
                == ["c.doc", "d.wps", "e.rtf", "f.odt", "g.pages", "h.xlsx"])
        #expect(found.problems.allSatisfy { $0.kind == .unsupported && $0.error.contains("only .pdf, .txt, .docx, .html, .jpg, .png and .tif are converted") })
    }

    @Test("shards: K/N parsed strictly; every digest in exactly one shard; about even")
    func shards() {
        #expect(Shard("2/8") == Shard("2/8") && Shard("2/8")?.count == 8 && Shard("2/8")?.label == "2-of-8")
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

    @Test("page estimates from raw bytes: page objects counted (not /Pages), text by size")
    func pageEstimates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scan = try Data(contentsOf: root.appendingPathComponent("corpus/seed-000-scan.pdf"))
        #expect(PageEstimate.pages(of: scan, isPDF: true) == 8)  // pdfinfo: 8 pages
        let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj <</Type/Page>>\n3 0 obj << /Type\n/Page /Parent 1 0 R >>".utf8)
        #expect(PageEstimate.pages(of: pdf, isPDF: true) == 2)
        #expect(PageEstimate.pages(of: Data(count: 40_960), isPDF: false) == 10)
    }

    @Test("timeout: 60 s + 60 s a PDF page, + 10 s a MB of text; --timeout wins for every file")
    func timeouts() {
        let policy = TimeoutPolicy.standard
        #expect(policy.seconds(pages: nil) == 60 && policy.seconds(pages: 25) == 1560)
        #expect(policy.seconds(pages: nil, textBytes: 31 << 20) == 370)
        let fixed = TimeoutPolicy(base: 60, perPage: 20, fixed: 5)
        #expect(fixed.seconds(pages: 25) == 5 && fixed.seconds(pages: nil, textBytes: 1 << 30) == 5)
    }
}
