import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// Hostile DOCX files, made on the spot: each gives one error line naming the file, exit 65,
/// bounded time and memory, and writes nothing (not the output, nothing outside it).
@Suite("Hostile DOCX", .slowLane)
struct HostileDocxTests {
    let scratch: URL = Scratch.directory("ce-docx")

    static let ns = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A ZIP of the given entries; an entry's data is produced in chunks by `chunk(offset, size)`.
    static func zip(_ entries: [(String, Int, (Int, Int) -> Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, size, chunk) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                                 bufferSize: 1 << 20) { position, count in chunk(Int(position), count) }
        }
        return archive.data!
    }

    static func zip(_ entries: [(String, String)]) throws -> Data {
        try zip(entries.map { path, text in
            let data = Data(text.utf8)
            return (path, data.count, { data.subdata(in: $0..<($0 + $1)) })
        })
    }

    static func document(_ body: String, prolog: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(prolog)<w:document \(ns)><w:body>\(body)</w:body></w:document>"
    }

    /// Converts `data` saved as `name` with `-o out.json`; checks the failure and that nothing was
    /// written, and returns the error line and the seconds it took.
    func refuse(_ name: String, _ data: Data, mentioning: String) throws -> Double {
        let dir = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try data.write(to: dir.appendingPathComponent(name))
        let started = Date()
        let r = try CLI.run(["convert", name, "-o", "out.json"], in: dir)
        let seconds = Date().timeIntervalSince(started)
        #expect(r.status == 65, "\(name): exit \(r.status), \(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(name): \(r.stderr)")
        #expect(r.stderr.contains(name) && r.stderr.contains(mentioning), "\(name): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [name], "\(name) left files behind")
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("evil.txt").path))
        return seconds
    }

    @Test("a ZIP bomb (1 KB per MB, 1 GiB of XML) stops at the inflation cap, in bounded time and memory")
    func zipBomb() throws {
        let size = 1 << 30
        let head = Data(Self.document("").dropLast("</w:body></w:document>".utf8.count).utf8)
        let spaces = Data(repeating: 0x20, count: 1 << 20)
        let bomb = try Self.zip([("word/document.xml", size, { offset, count in
            offset == 0 ? head + spaces.prefix(count - head.count) : spaces.prefix(count)
        })])
        #expect(bomb.count < 4 << 20, "the bomb is \(bomb.count) bytes")
        let seconds = try refuse("bomb.docx", bomb, mentioning: "ZIP bomb")
        #expect(seconds < 60)
        // Peak memory of this conversion alone: a fresh Python parent has no other children, so
        // its RUSAGE_CHILDREN is the converter's (this test process's would include every other
        // suite's children, the OCR worker among them).
        let dir = Scratch.directory("ce-bomb-rss")
        try bomb.write(to: dir.appendingPathComponent("bomb.docx"))
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        probe.arguments = ["-c", """
            import resource, subprocess, sys
            subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """, CLI.binary.path, "convert", dir.appendingPathComponent("bomb.docx").path, "-o", dir.appendingPathComponent("out.json").path]
        let out = Pipe()
        probe.standardOutput = out
        try probe.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        let maxKB = try #require(Int(printed.trimmingCharacters(in: .whitespacesAndNewlines)), "probe printed \(printed)")
        // ru_maxrss is in KB: the converter stays far below the 1 GiB the bomb inflates to.
        #expect(maxKB > 0 && maxKB < 700 * 1024, "the conversion reached \(maxKB / 1024) MB")
    }

    @Test("entity expansion (billion laughs) and external entities are refused before parsing")
    func entities() throws {
        var laughs = "<!DOCTYPE w:document [<!ENTITY lol \"lol\">"
        for k in 1...9 { laughs += "<!ENTITY lol\(k) \"" + String(repeating: "&lol\(k == 1 ? "" : String(k - 1));", count: 10) + "\">" }
        laughs += "]>"
        _ = try refuse("laughs.docx", try Self.zip([("word/document.xml", Self.document("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog: laughs))]),
                       mentioning: "DTD")
        let external = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        _ = try refuse("xxe.docx", try Self.zip([("word/document.xml", Self.document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog: external))]),
                       mentioning: "DTD")
        // An undeclared entity without a DTD is refused, never looked up.
        _ = try refuse("undeclared.docx", try Self.zip([("word/document.xml", Self.document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"))]),
                       mentioning: "entity")
    }

    @Test("a package without word/document.xml, and ../ entry names, are refused")
    func structure() throws {
        _ = try refuse("nodoc.docx", try Self.zip([("[Content_Types].xml", "<Types/>"), ("word/styles.xml", "<w:styles/>")]),
                       mentioning: "no word/document.xml")
        _ = try refuse("escape.docx", try Self.zip([("word/document.xml", Self.document("")), ("../evil.txt", "pwned")]),
                       mentioning: "outside the package")
        _ = try refuse("absolute.docx", try Self.zip([("word/document.xml", Self.document("")), ("/tmp/evil.txt", "pwned")]),
                       mentioning: "outside the package")
    }

    @Test("password-protected (OLE-encrypted), 0-byte and truncated DOCX")
    func damaged() throws {
        // An encrypted OOXML file is an OLE compound file holding an EncryptedPackage stream.
        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 1016)
        ole += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(repeating: 0, count: 2000)
        _ = try refuse("locked.docx", ole, mentioning: "password-protected")
        _ = try refuse("empty.docx", Data(), mentioning: "empty")
        let whole = try Self.zip([("word/document.xml", Self.document(String(repeating: "<w:p><w:r><w:t>合同条款</w:t></w:r></w:p>", count: 200)))])
        for share in [0.3, 0.6, 0.95] {
            _ = try refuse("cut-\(Int(share * 100)).docx", whole.prefix(Int(Double(whole.count) * share)), mentioning: "ZIP")
        }
    }

    @Test("a good DOCX converts, with -o, to a record of format docx")
    func good() throws {
        let dir = scratch
        let doc = try Self.zip([("word/document.xml", Self.document("<w:p><w:r><w:t>买卖合同</w:t></w:r></w:p><w:p><w:r><w:t>第一条 标的</w:t></w:r></w:p>"))])
        try doc.write(to: dir.appendingPathComponent("good.docx"))
        let r = try CLI.run(["convert", "good.docx", "-o", "out.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.json"))) as? [String: Any]
        #expect((json?["source"] as? [String: Any])?["format"] as? String == "docx")
    }
}
