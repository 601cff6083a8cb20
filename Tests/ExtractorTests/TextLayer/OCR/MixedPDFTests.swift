import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// A PDF with native pages and scanned pages, built here with qpdf from the seed and its scan.
@Suite("Mixed native and scanned pages", .slowLane)
struct MixedPDFTests {
    /// seed-000.pdf pages 1–2 (text layer) + seed-000-scan.pdf page 3 (image only).
    static func mixed(scanFirst: Bool = false) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("mixed-\(UUID().uuidString).pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        let native = [Repo.corpus("seed-000.pdf").path, "1-2"], scanned = [Repo.corpus("seed-000-scan.pdf").path, "3"]
        qpdf.arguments = ["--empty", "--pages"] + (scanFirst ? scanned + native : native + scanned) + ["--", out.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        try #require(qpdf.terminationStatus == 0)
        return out
    }

    @Test("auto: native pages keep their text, the scanned page is OCR'd, the file is mixed")
    func auto() throws {
        let file = try Self.mixed()
        defer { try? FileManager.default.removeItem(at: file) }
        let document = try Extractor().read(contentsOf: file)
        #expect(document.source.textLayer == .mixed)
        #expect(document.source.pages.map(\.textLayer) == [.native, .native, .ocr])
        // Page 3's text is there, with page numbers in its locations.
        let text = document.text.string
        let sample = try #require(text.range(of: "仅可以为付费方提供发票"))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: sample.lowerBound)
        #expect(document.text.location(of: offset..<(offset + 4)).page == 3)
        #expect(document.text.ocrConfidence(of: offset..<(offset + 4)) != nil)
        #expect(document.text.ocrConfidence(of: 0..<4) == nil)  // native text has no OCR confidence
    }

    /// The engine reads the scanned page while the native pages after it are read (`OCRQueue`):
    /// they still come after it, and their glyphs are numbered on from its glyphs, so a location
    /// in their text names their own page and box.
    @Test("a scanned page before native ones: pages in order, each page's text located on that page")
    func scanFirst() throws {
        let file = try Self.mixed(scanFirst: true)
        defer { try? FileManager.default.removeItem(at: file) }
        let document = try Extractor().read(contentsOf: file)
        #expect(document.source.pages.map(\.textLayer) == [.ocr, .native, .native])
        let text = document.text.string
        func offset(of words: String) throws -> Int {
            let found = try #require(text.range(of: words))
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        }
        let scanned = try offset(of: "仅可以为付费方提供发票"), native = try offset(of: "物联卡业务协议")
        #expect(scanned < native)
        #expect(document.text.location(of: scanned..<(scanned + 4)).page == 1)
        #expect(document.text.ocrConfidence(of: scanned..<(scanned + 4)) != nil)
        let title = document.text.location(of: native..<(native + 4))
        #expect(title.page == 2)
        #expect(document.text.ocrConfidence(of: native..<(native + 4)) == nil)
        // The same words in the native file alone: the same box.
        let alone = try Extractor().read(contentsOf: Repo.corpus("seed-000.pdf"))
        let own = try #require(alone.text.string.range(of: "物联卡业务协议"))
        let at = alone.text.string.unicodeScalars.distance(from: alone.text.string.unicodeScalars.startIndex, to: own.lowerBound)
        #expect(title.bbox == alone.text.location(of: at..<(at + 4)).bbox)
        let later = try offset(of: "不得通过乙方提供的产品")  // seed-000's page 2, this file's page 3
        #expect(later > native)
        #expect(document.text.location(of: later..<(later + 4)).page == 3)
    }

    @Test("never: the scanned page stays empty and is reported")
    func never() throws {
        let file = try Self.mixed()
        defer { try? FileManager.default.removeItem(at: file) }
        let document = try Extractor(options: ExtractionOptions(ocr: .never)).read(contentsOf: file)
        #expect(document.source.textLayer == .native)
        #expect(document.diagnostics.map(\.code) == ["no-text-layer"])
        #expect(document.diagnostics.first?.message.contains("Pages 3") == true)
    }
}
