import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// A PDF with native pages and scanned pages, built here with qpdf from the seed and its scan.
@Suite("Mixed native and scanned pages", .slowLane)
struct MixedPDFTests {
    /// seed-000.pdf pages 1–2 (text layer) + seed-000-scan.pdf page 3 (image only).
    static func mixed() throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("mixed-\(UUID().uuidString).pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--empty", "--pages", Repo.corpus("seed-000.pdf").path, "1-2",
                          Repo.corpus("seed-000-scan.pdf").path, "3", "--", out.path]
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
