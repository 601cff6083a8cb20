import Foundation
import Testing
import TestSupport
@testable import Extractor

/// When PP-OCR cannot start, Tesseract reads the page and the process says so once.
@Suite("OCR engine fallback", .slowLane)
struct OCREngineFallbackTests {
    final class Said: @unchecked Sendable {
        let lock = NSLock()
        var lines: [String] = []
        func add(_ s: String) { lock.withLock { lines.append(s) } }
    }

    static func engines(python: String) -> (OCREngines, Said) {
        let engines = OCREngines()
        let said = Said()
        engines.warn = { said.add($0) }
        let script = OCRWorkerLocation.find().script
        engines.makePPOCR = { try PPOCREngine(location: OCRWorkerLocation(python: python, script: script)) }
        return (engines, said)
    }

    @Test("no interpreter: Tesseract's text, the reason on every page's callback, stderr once", arguments: [
        ("/nonexistent/python", "no Python at /nonexistent/python"),
        ("/usr/bin/python3", "No module named"),  // Debian's Python: no rapidocr installed there
    ])
    func fallback(python: String, reason: String) throws {
        let (engines, said) = Self.engines(python: python)
        var reasons: [String] = []
        let first = try engines.recognize(ScanCrops.top, kind: .ppocr) { reasons.append($0) }
        let second = try engines.recognize(ScanCrops.top, kind: .ppocr) { reasons.append($0) }
        #expect(String(String.UnicodeScalarView(first.symbols.map(\.scalar))).contains("塔城"))
        #expect(first == second)
        #expect(reasons.count == 2 && reasons.allSatisfy { $0.contains(reason) && $0.contains("Tesseract") })
        #expect(said.lines.count == 1 && said.lines[0].contains(reason))
    }

    @Test("asked for Tesseract: no PP-OCR start, no fallback note")
    func tesseract() throws {
        let (engines, said) = Self.engines(python: "/nonexistent/python")
        var reasons: [String] = []
        #expect(!(try engines.recognize(ScanCrops.top, kind: .tesseract) { reasons.append($0) }).symbols.isEmpty)
        #expect(reasons.isEmpty && said.lines.isEmpty)
    }
}
