import Foundation

/// Hostile inputs made on the spot (no committed binaries): each a file and what must happen
/// to it in a batch.
enum HostileInputs {
    enum Expect { case converted, failed(Int32), either }

    static func make(in dir: URL) throws -> [(name: String, expect: Expect)] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seedPDF = try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000.pdf"))
        let seedText = try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000.txt"))
        var made: [(String, Expect)] = []
        func put(_ name: String, _ data: Data, _ expect: Expect) throws {
            try data.write(to: dir.appendingPathComponent(name))
            made.append((name, expect))
        }
        // Truncated PDFs: cut anywhere, poppler may still recover what is left, but never crash.
        for (k, share) in [0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.97, 0.99, 0.995, 0.999].enumerated() {
            try put("truncated-\(k).pdf", seedPDF.prefix(Int(Double(seedPDF.count) * share)), .either)
        }
        // Bit flips at fixed places (deterministic).
        var rng = SplitMix(seed: 42)
        for k in 0..<10 {
            var bytes = [UInt8](seedPDF)
            for _ in 0..<(1 + k * 5) { bytes[Int(rng.next() % UInt64(bytes.count))] ^= UInt8(1 << (rng.next() % 8)) }
            try put("bitflip-\(k).pdf", Data(bytes), .either)
        }
        try put("zero.pdf", Data(), .failed(65))
        try put("zero.txt", Data(), .failed(65))
        try put("jpeg.txt", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0x80, count: 2000)), .failed(65))
        try put("zip.txt", Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 500)), .failed(65))
        try put("nul.txt", Data([UInt8](repeating: 0, count: 4096)), .failed(65))
        try put("garbage.pdf", Data("%PDF-1.7\n".utf8 + [UInt8](repeating: 0x41, count: 3000)), .failed(65))
        try put("text-named.pdf", seedText, .failed(65))
        for k in 0..<6 {
            // Invalid UTF-8 of several kinds: either decoded by detection or refused, never a crash.
            let bytes = (0..<3000).map { _ in UInt8(0x80 + rng.next() % 0x7F) }
            try put("invalid-utf8-\(k).txt", Data(bytes), .either)
        }
        let deep = String(repeating: "【", count: 10_000) + "甲方" + String(repeating: "】", count: 10_000)
        try put("brackets-10000.txt", Data(("某协议\n甲方：A\n第一条 " + deep + "\n").utf8), .converted)
        try put("unbalanced-10000.txt", Data(("某协议\n第一条 " + String(repeating: "【", count: 10_000)).utf8), .converted)
        try put("thousands-of-pages.pdf", emptyPagesPDF(3000), .converted)
        try put("gb18030.txt", try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000-gb18030.txt")), .converted)
        try put("utf16.txt", try Data(contentsOf: CLI.root.appendingPathComponent("corpus/seed-000-utf16le.txt")), .converted)
        try put("html.pdf", Data("<html><body>合同</body></html>".utf8), .failed(65))
        try put("whitespace.txt", Data(String(repeating: " \n\t\r\n", count: 500).utf8), .either)
        try put("control.txt", Data((0..<2000).map { UInt8(1 + $0 % 8) }), .failed(65))
        for k in 0..<9 {
            try put("tiny-\(k).txt", Data("合同\n甲方：公司\(k)\n一、条款内容。\n".utf8), .converted)
        }
        return made
    }

    /// A valid PDF of `n` empty A4 pages, cross-reference table and all.
    static func emptyPagesPDF(_ n: Int) -> Data {
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        func object(_ text: String) { offsets.append(body.utf8.count); body += text }
        object("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
        let kids = (0..<n).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        object("2 0 obj << /Type /Pages /Kids [\(kids)] /Count \(n) >> endobj\n")
        for k in 0..<n { object("\(k + 3) 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n") }
        let xref = body.utf8.count
        body += "xref\n0 \(n + 3)\n0000000000 65535 f \n"
        for o in offsets { body += String(format: "%010d 00000 n \n", o) }
        body += "trailer << /Size \(n + 3) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }
}

/// A small deterministic generator (the tests must make the same files every run).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
