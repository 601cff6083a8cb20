// The only file that sees Tesseract, through the trampolines of CTesseract: the library is loaded
// when the engine is first made. The API handle has one owner here and is ended on deinit.
internal import CTesseract
import Foundation

/// Recognizes the characters of a rendered page with Tesseract's `chi_sim` model: one glyph per
/// recognized symbol, its box in PDF points (origin top-left) and its confidence (0–100).
final class TesseractEngine: OCREngine {
    private let api: OpaquePointer
    var kind: OCREngineKind { .tesseract }

    /// Opens the engine with the system's `chi_sim` data; throws when the data is missing.
    init() throws {
        if let reason = ce_tesseract_load() { throw OCRError.unavailable("Tesseract is missing: " + String(cString: reason)) }
        guard let api = ce_TessBaseAPICreate() else { throw OCRError.unavailable("Tesseract could not start") }
        guard ce_TessBaseAPIInit3(api, nil, "chi_sim") == 0 else {
            ce_TessBaseAPIDelete(api)
            throw OCRError.unavailable("Tesseract's chi_sim data is not installed (apt: tesseract-ocr-chi-sim)")
        }
        self.api = api
    }

    deinit {
        ce_TessBaseAPIEnd(api)
        ce_TessBaseAPIDelete(api)
    }

    /// Tesseract reads the page as it comes (rotation 0).
    func recognize(_ image: GrayImage) -> OCRPage {
        OCRPage(symbols: symbols(image))
    }

    private func symbols(_ image: GrayImage) -> [OCRSymbol] {
        image.pixels.withUnsafeBufferPointer { buffer in
            ce_TessBaseAPISetImage(api, buffer.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        ce_TessBaseAPISetSourceResolution(api, Int32(image.dpi))
        guard ce_TessBaseAPIRecognize(api, nil) == 0, let iterator = ce_TessBaseAPIGetIterator(api) else { return [] }
        defer { ce_TessResultIteratorDelete(iterator) }
        let scale = 72 / image.dpi
        var out: [OCRSymbol] = []
        let pageIterator = ce_TessResultIteratorGetPageIterator(iterator)
        // Symbols take their line's height: chi_sim's symbol boxes wander off the baseline
        // (a 商 or 、 boxed below its line), and the line builder groups by height.
        var lineTop = 0.0, lineBottom = 0.0
        repeat {
            if ce_TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 {
                var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
                if ce_TessPageIteratorBoundingBox(pageIterator, RIL_TEXTLINE, &l, &t, &r, &b) != 0 {
                    lineTop = Double(t) * scale
                    lineBottom = Double(b) * scale
                }
            }
            guard let text = ce_TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            let string = String(cString: text)
            ce_TessDeleteText(text)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard ce_TessPageIteratorBoundingBox(pageIterator, RIL_SYMBOL, &left, &top, &right, &bottom) != 0 else { continue }
            let confidence = Double(ce_TessResultIteratorConfidence(iterator, RIL_SYMBOL))
            let startsWord = ce_TessPageIteratorIsAtBeginningOf(pageIterator, RIL_WORD) != 0
            let rect = Rect(x0: Double(left) * scale, y0: lineTop, x1: Double(right) * scale, y1: lineBottom)
            for (k, scalar) in string.unicodeScalars.enumerated() where !scalar.properties.isWhitespace {
                out.append(OCRSymbol(scalar: scalar, rect: rect, confidence: confidence, startsWord: startsWord && k == 0))
            }
        } while ce_TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return out
    }
}
