import Foundation
import Testing
import TestSupport
@testable import Extractor

/// Every class of bad input gets an `ExtractionError` naming the file, never a crash. Inputs are
/// generated here, not committed.
@Suite("Bad input")
struct BadInputTests {
    let dir: URL = Scratch.directory("ce-bad")

    func file(_ name: String, _ data: Data) -> URL {
        let url = dir.appendingPathComponent(name)
        try! data.write(to: url)
        return url
    }

    func error(reading url: URL) -> ExtractionError? {
        do {
            _ = try Extractor().read(contentsOf: url)
            return nil
        } catch {
            return error as? ExtractionError
        }
    }

    var samplePDF: Data { try! Data(contentsOf: Repo.corpus("bbj-purchase.pdf")) }

    @Test("zero-byte files are empty", arguments: ["empty.pdf", "empty.txt"])
    func zeroBytes(name: String) {
        #expect(error(reading: file(name, Data())) == .empty(dir.appendingPathComponent(name).path))
    }

    @Test("a truncated PDF is damaged")
    func truncated() {
        let e = error(reading: file("truncated.pdf", samplePDF.prefix(4000)))
        guard case .damaged = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(e?.exitCode == 65)
    }

    @Test("random bytes and text named .pdf are not PDFs")
    func notPDF() {
        var random = SystemRandomNumberGenerator()
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        for url in [file("random.pdf", bytes), file("text.pdf", Data("第一条 合同当事人\n".utf8))] {
            #expect(error(reading: url) == .damaged(url.path, reason: "not a PDF (no %PDF header)"))
        }
    }

    @Test("a PDF header followed by garbage is damaged, not a crash")
    func headerThenGarbage() {
        let e = error(reading: file("garbage.pdf", Data("%PDF-1.7\n".utf8) + Data(repeating: 0x41, count: 2000)))
        guard case .damaged = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test("a PDF encrypted with a user password asks for it (made with qpdf)")
    func encrypted() throws {
        let plain = file("plain.pdf", samplePDF)
        let locked = dir.appendingPathComponent("locked.pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--encrypt", "secret", "owner", "256", "--", plain.path, locked.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        #expect(qpdf.terminationStatus == 0)
        #expect(error(reading: locked) == .encrypted(locked.path))
    }

    @Test("a directory and a missing file")
    func notFiles() {
        #expect(error(reading: dir) == .isDirectory(dir.path))
        let missing = dir.appendingPathComponent("missing.pdf")
        #expect(error(reading: missing) == .notFound(missing.path))
        #expect(ExtractionError.notFound("x").exitCode == 66)
    }

    @Test("binary data named .txt is refused; a photo named .txt is read as the JPEG it is; a GIF named .txt is named")
    func binaryText() {
        let e = error(reading: file("data.txt", Data([0x7F, 0x45, 0x4C, 0x46]) + Data(count: 100)))
        guard case .binary = e else { Issue.record("got \(String(describing: e))"); return }
        // The bytes decide: a JPEG start is read as an image (this one ends after 104 bytes).
        let photo = error(reading: file("photo.txt", Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(count: 100)))
        guard case .damaged(_, let reason) = photo, reason.contains("JPEG") else {
            Issue.record("got \(String(describing: photo))"); return
        }
        let gif = error(reading: file("anim.txt", Data("GIF89a".utf8) + Data(count: 100)))
        guard case .unsupported(_, "a GIF image", _) = gif else { Issue.record("got \(String(describing: gif))"); return }
    }

    @Test("a page poppler cannot produce (page tree claims 2 pages, holds 1) is named")
    func nullPage() {
        let e = error(reading: file("nullpage.pdf", MinimalPDF.pageTreeClaimingTwoPages()))
        #expect(e == .damaged(dir.appendingPathComponent("nullpage.pdf").path, reason: "page 2 cannot be read"))
    }

    @Test("inputs over the size limit are refused before reading")
    func tooLarge() {
        let url = file("big.txt", Data(repeating: 0x41, count: 2048))
        do {
            _ = try Extractor(options: ExtractionOptions(maxInputBytes: 1024)).read(contentsOf: url)
            Issue.record("no error")
        } catch {
            guard case .tooLarge = error as? ExtractionError else { Issue.record("got \(error)"); return }
        }
    }
}

/// Hand-built PDFs for edge cases poppler must survive.
enum MinimalPDF {
    static func build(_ objects: [String]) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(i + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { table += String(format: "%010d 00000 n \n", o) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    static func pageTreeClaimingTwoPages() -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (Hello page one) Tj ET"
        return build([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ])
    }
}
