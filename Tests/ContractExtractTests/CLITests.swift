import Foundation
import Testing
import TestSupport

/// Runs the built `contract-extract` binary as a user would.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          root.appendingPathComponent(".build/debug")]
        for dir in candidates {
            let url = dir.appendingPathComponent("contract-extract")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("contract-extract binary not found next to the tests")
    }()

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Page `page` of corpus document `document` alone, as a new PDF at `url` (qpdf).
    static func onePage(of document: String, page: Int, to url: URL) throws {
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--empty", "--pages", root.appendingPathComponent("corpus/\(document)").path, "\(page)", "--", url.path]
        try qpdf.run()
        qpdf.waitUntilExit()
    }

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite("Command line", .slowLane)
struct CLITests {
    let scratch: URL = Scratch.directory("ce-cli")

    @Test("convert prints the record; the same input gives the same bytes; convert is the default")
    func convert() throws {
        let a = try CLI.run(["corpus/bbj-purchase.pdf"])
        let b = try CLI.run(["convert", "corpus/bbj-purchase.pdf"])
        #expect(a.status == 0 && a.stderr.isEmpty)
        #expect(a.stdout == b.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: a.stdout) as? [String: Any])
        #expect(json["schemaVersion"] as? String == "4")
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["fileName"] as? String == "bbj-purchase.pdf")
        #expect(source["pageCount"] as? Int == 2)
        #expect(source["encoding"] is NSNull)
        #expect(!a.text.contains(CLI.root.path))
    }

    @Test("regress: the summary line alone at the end, exit 1 on a difference, --summary prints the table")
    func regress() throws {
        let ok = try CLI.run(["regress", "seed-000.txt"])
        #expect(ok.status == 0 && ok.text.hasSuffix("1 passed, 0 failed\n"))
        let summary = try CLI.run(["regress", "--summary", "seed-001.txt"])
        #expect(summary.text.contains("parties") && summary.text.contains("100.0"))
        // A golden directory that disagrees: the document, the path and both values.
        let golden = scratch.appendingPathComponent("golden")
        try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
        let edited = try String(contentsOf: CLI.root.appendingPathComponent("golden/seed-000.txt.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"total\" : 4", with: "\"total\" : 5")
        try edited.write(to: golden.appendingPathComponent("seed-000.txt.json"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["regress", "--golden", golden.path, "seed-000.txt"])
        #expect(bad.status == 1)
        #expect(bad.text.contains("FAIL    seed-000.txt: 1 difference\n  contracts[0].copies.total: expected 5, got 4"))
        #expect(bad.text.hasSuffix("0 passed, 1 failed\n"))
        #expect(try CLI.run(["regress", "--corpus", "no-such-dir"]).status == 66)
    }

    @Test("--ocr: never leaves a scan empty and says so; a bad mode is a usage error")
    func ocrOption() throws {
        let never = try CLI.run(["--ocr", "never", "corpus/seed-000-scan.pdf"])
        #expect(never.status == 0 && never.text.contains("\"no-text-layer\""))
        #expect(try CLI.run(["--ocr", "sometimes", "corpus/seed-000.txt"]).status == 64)
    }

    @Test("before its first OCR the process restarts itself with OMP_THREAD_LIMIT=1; the result is the same")
    func ompReexec() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = nil
        // One scanned page (qpdf), read with and without the variable set by the caller.
        let page = scratch.appendingPathComponent("one-scan-page.pdf")
        try CLI.onePage(of: "seed-000-scan.pdf", page: 1, to: page)
        let restarted = try CLI.run(["text", "--lines", page.path], environment: environment)
        let direct = try CLI.run(["text", "--lines", page.path])
        #expect(restarted.status == 0 && restarted.text.contains("新移塔分政企产品协议"))
        #expect(restarted.stdout == direct.stdout)
    }

    @Test("-o writes the file atomically and prints nothing; an unwritable target exits 74 and leaves nothing")
    func outputFile() throws {
        let out = scratch.appendingPathComponent("r.json")
        let ok = try CLI.run(["corpus/seed-000.txt", "-o", out.path])
        #expect(ok.status == 0 && ok.stdout.isEmpty)
        #expect(try Data(contentsOf: out) == (try CLI.run(["corpus/seed-000.txt"])).stdout)
        let bad = try CLI.run(["corpus/seed-000.txt", "-o", scratch.appendingPathComponent("no/such/dir/r.json").path])
        #expect(bad.status == 74)
        #expect(bad.stderr.hasPrefix("contract-extract: error: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["r.json"])
    }

    @Test("- reads standard input")
    func stdin() throws {
        let r = try CLI.run(["text", "-"], stdin: Data("**第一条** 合同当事人\n".utf8))
        #expect(r.status == 0)
        #expect(r.text == "第一条 合同当事人\n")
    }

    @Test("text --lines prints one JSON object per line with page and bbox")
    func lines() throws {
        let r = try CLI.run(["text", "--lines", "corpus/bbj-purchase.pdf"])
        #expect(r.status == 0)
        let objects = try r.text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count > 20)
        #expect(objects[0]["text"] as? String == "产品购销合同")
        #expect(objects[0]["page"] as? Int == 1)
        #expect((objects[0]["bbox"] as? [Double])?.count == 4)
        let plain = try CLI.run(["text", "corpus/bbj-purchase.pdf"]).text
        // start/end are code-point offsets into the plain output.
        let scalars = Array(plain.unicodeScalars)
        for o in objects.prefix(10) {
            let s = o["start"] as! Int, e = o["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[s..<e])) == o["text"] as? String)
        }
    }

    @Test("text --pages marks page starts")
    func pages() throws {
        let r = try CLI.run(["text", "--pages", "corpus/yuanding-labor.pdf"])
        #expect(r.text.hasPrefix("=== page 1 ===\n"))
        #expect(r.text.contains("\n=== page 11 ===\n"))
    }

    @Test("bad input: one stderr line naming the file, the documented status, nothing on stdout", arguments: [
        ("empty", 65), ("missing", 66), ("directory", 64), ("garbage", 65), ("binary", 65),
    ])
    func badInput(kind: String, status: Int32) throws {
        let path = scratch.appendingPathComponent("\(kind).pdf").path
        switch kind {
        case "empty": _ = FileManager.default.createFile(atPath: path, contents: Data())
        case "directory": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case "garbage": _ = FileManager.default.createFile(atPath: path, contents: Data("%PDF-1.4\n garbage".utf8))
        case "binary": _ = FileManager.default.createFile(atPath: path, contents: Data([0, 1, 2, 3, 0xFF]))
        default: break
        }
        for command in [[path], ["text", path]] {
            let r = try CLI.run(command)
            #expect(r.status == status, "\(kind)")
            #expect(r.stdout.isEmpty)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("contract-extract: error: \(path): ") == true)
        }
    }

    @Test("schema prints a draft 2020-12 JSON Schema whose required keys match the record")
    func schema() throws {
        let r = try CLI.run(["schema"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(Set(json["required"] as? [String] ?? []) == ["schemaVersion", "source", "contracts", "diagnostics"])
    }

    @Test("usage errors exit 64 with one line")
    func usage() throws {
        let r = try CLI.run(["text", "--pages", "--lines", "corpus/seed-000.txt"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("contract-extract: error: "))
        #expect(try CLI.run(["--version"]).status == 0)
        #expect(try CLI.run(["--help"]).text.contains("text"))
    }
}
