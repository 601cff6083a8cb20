/// Settings of an extraction. The defaults are what the CLI uses.
public struct ExtractionOptions: Sendable {
    /// Which pages are read by OCR: `auto` (default) those without a usable text layer, `never`
    /// none (such pages stay empty, reported as `no-text-layer`), `always` every page.
    public enum OCRMode: String, Sendable, CaseIterable { case never, auto, always }

    /// Inputs larger than this are refused with `ExtractionError.tooLarge` instead of being read.
    public var maxInputBytes: Int
    public var ocr: OCRMode
    /// Which engine reads OCR'd pages: PP-OCRv4 (default) or Tesseract. When PP-OCR cannot
    /// start, Tesseract reads them and the record says so (`ocr-engine-fallback`).
    public var ocrEngine: OCREngineKind
    /// Resolution pages are rendered at for OCR. nil (default): `OCRSettings.dpi`, a scanned
    /// page's image enlarged or reduced within bounds (`OCRSettings.renderDPI`); a value fixes
    /// it for every page (the benchmark compares them).
    public var ocrDPI: Double?
    /// Called once, before the first page of a document goes to OCR. The CLI uses it to restart
    /// itself with `OMP_THREAD_LIMIT=1` only when OCR is really needed, so text files and native
    /// PDFs never pay for a second process start.
    public var prepareOCR: (@Sendable () -> Void)?
    /// Called before each page goes to OCR with (page number, page count): OCR takes seconds a
    /// page, so the CLI shows `OCR page 3/18` on a terminal.
    public var ocrProgress: (@Sendable (_ page: Int, _ pageCount: Int) -> Void)?

    public init(maxInputBytes: Int = 512 << 20, ocr: OCRMode = .auto, ocrDPI: Double? = nil,
                ocrEngine: OCREngineKind = .ppocr) {
        self.maxInputBytes = maxInputBytes
        self.ocr = ocr
        self.ocrEngine = ocrEngine
        self.ocrDPI = ocrDPI
    }
}
