/// One recognized character: its scalar, its box in PDF points (origin top-left, y down), the
/// engine's confidence on Tesseract's 0–100 scale, and whether it starts a word (the engine saw
/// a gap before it; used only between Latin letters and digits).
struct OCRSymbol: Sendable, Equatable {
    var scalar: Unicode.Scalar
    var rect: Rect
    var confidence: Double
    var startsWord: Bool
}

/// What an engine read on one page: its characters (boxes on the page as it came) and how far,
/// clockwise, the page had to be turned to read them upright (0, 90, 180 or 270).
struct OCRPage: Sendable, Equatable {
    var symbols: [OCRSymbol]
    var rotation = 0
}

/// A recognizer of page images. An engine answers page after page; it is used by one thread at
/// a time (`OCREngines` hands it out under a lock).
protocol OCREngine: AnyObject {
    /// The engine as `--ocr-engine` names it.
    var kind: OCREngineKind { get }
    /// The characters of `image` in reading order. Throws `OCRError` when the engine itself
    /// failed (a dead worker), never for a page that simply holds no text.
    func recognize(_ image: GrayImage) throws -> OCRPage
}

/// The OCR engines a user can choose (`--ocr-engine`): PP-OCRv4 (the default, measured better
/// on real scans: CER 2.6% against 7.5% on the zhaoxin pages, notes/ocr.md) or Tesseract chi_sim.
public enum OCREngineKind: String, Sendable, CaseIterable {
    case ppocr, tesseract

    /// The name a person reads in messages.
    public var displayName: String {
        switch self {
        case .ppocr: "PP-OCRv4"
        case .tesseract: "Tesseract"
        }
    }
}

/// OCR could not run at all (as opposed to reading little).
enum OCRError: Error, CustomStringConvertible {
    case unavailable(String)
    /// The engine runs but could not read this one page.
    case pageFailed(String)
    var description: String {
        switch self { case .unavailable(let why), .pageFailed(let why): why }
    }
}
