import Foundation
import Schema

/// Reads one PDF, DOCX, HTML, text or page-image (JPEG, PNG, TIFF) file into a `TextDocument` and an `ExtractionResult`. The result depends
/// only on the input bytes, its base name and the options: the same input gives the same record.
/// Unreadable input throws an `ExtractionError` naming the file; nothing is half-done.
public struct Extractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Reads the file at `url` (checks that it exists, is a regular file and is not too large).
    public func read(contentsOf url: URL) throws -> TextDocument {
        let data = try InputFile.load(url, limit: options.maxInputBytes)
        return try read(data: consume data, fileName: url.lastPathComponent, errorName: url.relativePath)
    }

    /// Reads input bytes; `fileName` is the base name recorded in `source.fileName` and used in errors.
    public func read(data: Data, fileName: String) throws -> TextDocument {
        try read(data: data, fileName: fileName, errorName: fileName)
    }

    /// `errorName` is how errors name the input: the path as the user gave it.
    private func read(data: consuming Data, fileName: String, errorName: String) throws -> TextDocument {
        do {
            return try read(data: consume data, baseName: fileName)
        } catch let error as ExtractionError {
            throw error.naming(errorName)
        }
    }

    /// Takes the bytes over, so that a text file's can be freed once decoded (50 MB of text
    /// held to the end was a tenth of converting it).
    private func read(data: consuming Data, baseName fileName: String) throws -> TextDocument {
        guard !data.isEmpty else { throw ExtractionError.empty(fileName) }
        guard data.count <= options.maxInputBytes else {
            throw ExtractionError.tooLarge(fileName, bytes: data.count, limit: options.maxInputBytes)
        }
        let sha = Checksum.sha256Hex(data)
        let format = InputFormat.detect(fileName: fileName, head: (copy data).prefix(4096))
        // A `.pdf` that is markup, a Word package or text is a mistake or a disguise: say so.
        if fileName.lowercased().hasSuffix(".pdf"), format == .docx || format == .html || format == .text {
            throw ExtractionError.damaged(fileName, reason: "not a PDF (no %PDF header)")
        }
        switch format {
        case .pdf:
            return try readPDF(data, fileName: fileName, sha256: sha)
        case .docx:
            return try readDocx(data, fileName: fileName, sha256: sha)
        case .html:
            return try readHTML(data, fileName: fileName, sha256: sha)
        case .unsupported(let name, let advice):
            throw ExtractionError.unsupported(fileName, format: name, advice: advice)
        case .text:
            return try readText(consume data, fileName: fileName, sha256: sha)
        case .jpeg:
            return try readImage(data, kind: .jpeg, fileName: fileName, sha256: sha)
        case .png:
            return try readImage(data, kind: .png, fileName: fileName, sha256: sha)
        case .tiff:
            return try readImage(data, kind: .tiff, fileName: fileName, sha256: sha)
        }
    }

    /// The hex SHA-256 of a file's bytes, as `source.sha256` records it.
    public static func sha256(of url: URL) throws -> String {
        Checksum.sha256Hex(try InputFile.load(url, limit: Int.max))
    }

    /// The hex SHA-256 of bytes, as `source.sha256` records it.
    public static func sha256(of data: Data) -> String {
        Checksum.sha256Hex(data)
    }

    public func extract(contentsOf url: URL) throws -> ExtractionResult {
        result(of: try read(contentsOf: url))
    }

    public func extract(data: Data, fileName: String) throws -> ExtractionResult {
        result(of: try read(data: data, fileName: fileName))
    }

    /// The record of an already-read document: its agreements, their articles and fields.
    public func result(of document: TextDocument) -> ExtractionResult {
        let agreements = ClauseParser(text: document.text, furniture: document.source.pageFurniture).parse()
        let mapped = agreements.map(RecordMapper.map)
        return ExtractionResult(source: document.source, contracts: mapped.map(\.0),
                                diagnostics: document.diagnostics + mapped.flatMap(\.1))
    }

    private func readPDF(_ data: Data, fileName: String, sha256: String) throws -> TextDocument {
        let pdf = try PdfTextLayer.read(data: data, fileName: fileName, ocr: options.ocr, dpi: options.ocrDPI,
                                        engine: options.ocrEngine,
                                        prepareOCR: options.prepareOCR, ocrProgress: options.ocrProgress)
        return pagedDocument(pdf, format: .pdf, fileName: fileName, sha256: sha256)
    }

    /// A JPEG, PNG or TIFF: its pages read by OCR, as an image-only PDF's would be.
    private func readImage(_ data: Data, kind: ImageFile.Kind, fileName: String, sha256: String) throws -> TextDocument {
        let file = try ImageFile(data: data, kind: kind, fileName: fileName)
        let pages = try ImageTextLayer.read(file, ocr: options.ocr, engine: options.ocrEngine,
                                            prepareOCR: options.prepareOCR, ocrProgress: options.ocrProgress)
        let format: Source.Format = switch kind {
        case .jpeg: .jpeg
        case .png: .png
        case .tiff: .tiff
        }
        return pagedDocument(pages, format: format, fileName: fileName, sha256: sha256)
    }

    /// A document with pages (PDF or image): its lines normalized, pages without text and an
    /// OCR engine fallback reported.
    private func pagedDocument(_ pdf: PdfText, format: Source.Format, fileName: String, sha256: String) -> TextDocument {
        let (lines, textFurniture) = TextPipeline.normalize(pdf.lines)
        let text = NormalizedText(lines: lines, glyphs: pdf.glyphs, scalarStarts: nil)
        var diagnostics: [Diagnostic] = []
        if let fallback = pdf.ocrFallback {
            diagnostics.append(Diagnostic(severity: .warning, code: "ocr-engine-fallback", message: fallback))
        }
        if !pdf.pagesWithoutText.isEmpty {
            let all = pdf.pagesWithoutText.count == pdf.pages.count
            let list = pdf.pagesWithoutText.map(String.init).joined(separator: ", ")
            let image = format != .pdf
            diagnostics.append(Diagnostic(
                severity: all ? .error : .warning, code: "no-text-layer",
                message: all ? (image ? "No text was read from the image (blank, or OCR is off)."
                                      : "No page has a text layer (a scan?); OCR is needed to read it.")
                             : "Pages \(list) have no text layer (scanned or blank)."))
        }
        let furniture = (pdf.furniture + textFurniture).sorted { $0.page < $1.page }
        let layers = Set(pdf.pages.map(\.textLayer))
        let source = Source(fileName: fileName, sha256: sha256, format: format, pageCount: pdf.pages.count,
                            textLayer: layers == [.ocr] ? .ocr : layers.count > 1 ? .mixed : .native, encoding: nil, pages: pdf.pages, pageFurniture: furniture)
        return TextDocument(source: source, text: text, diagnostics: diagnostics)
    }

    private func readDocx(_ data: Data, fileName: String, sha256: String) throws -> TextDocument {
        let layer: DocxTextLayer
        do {
            layer = try DocxTextLayer.read(data)
        } catch let error as DocxError {
            throw ExtractionError.damaged(fileName, reason: "cannot read the Word document: \(error.reason)")
        }
        return blockDocument(layer, format: .docx, encoding: nil, fileName: fileName, sha256: sha256, diagnostics: [])
    }

    private func readHTML(_ data: Data, fileName: String, sha256: String) throws -> TextDocument {
        let bytes = [UInt8](data)
        let charset = HtmlCharset.detect(bytes)
        var skip = 0
        if charset == "UTF-8", bytes.starts(with: [0xEF, 0xBB, 0xBF]) { skip = 3 }
        if charset.hasPrefix("UTF-16"), bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { skip = 2 }
        guard let (scalars, _) = ICU.decode(bytes[skip...], charset: charset) else {
            throw ExtractionError.damaged(fileName, reason: "the page's charset \(charset) cannot be decoded")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let replacements = scalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        var diagnostics: [Diagnostic] = []
        if replacements > 0 {
            diagnostics.append(Diagnostic(
                severity: .warning, code: "invalid-encoding",
                message: "\(replacements) byte sequences are not valid \(charset) and were replaced by U+FFFD."))
        }
        let layer = DocxTextLayer(items: HtmlTextLayer.items(String(view)))
        return blockDocument(layer, format: .html, encoding: charset, fileName: fileName, sha256: sha256, diagnostics: diagnostics)
    }

    /// A DOCX or HTML body as a document: blank lines dropped, whitespace normalized, nothing
    /// joined (a paragraph is already whole), provenance by paragraph and cell.
    private func blockDocument(_ layer: DocxTextLayer, format: Source.Format, encoding: String?, fileName: String,
                               sha256: String, diagnostics: [Diagnostic]) -> TextDocument {
        var lines: [SourceLine] = []
        for var line in layer.lines {
            line.chars = WhitespaceNormalizer.normalize(line.chars)
            if !line.isBlank { lines.append(line) }
        }
        var diagnostics = diagnostics
        if lines.isEmpty {
            diagnostics.append(Diagnostic(severity: .error, code: "no-text",
                                          message: "The \(format == .docx ? "Word document" : "page") holds no text."))
        }
        let text = NormalizedText(lines: lines, glyphs: nil, scalarStarts: nil, blocks: layer.blocks)
        let source = Source(fileName: fileName, sha256: sha256, format: format, encoding: encoding,
                            pageFurniture: layer.furniture)
        return TextDocument(source: source, text: text, diagnostics: diagnostics)
    }

    private func readText(_ data: consuming Data, fileName: String, sha256: String) throws -> TextDocument {
        var decoded = try TextDecoder.decode(consume data, fileName: fileName)
        let sourceLines = PlainTextLayer.lines(decoded)
        let starts = decoded.starts
        decoded.scalars = []  // in the lines now
        decoded.offsets = .utf8(start: 0)
        let (lines, furniture) = TextPipeline.normalize(sourceLines)
        let text = NormalizedText(lines: lines, glyphs: nil, scalarStarts: starts)
        var diagnostics: [Diagnostic] = []
        if decoded.replacements > 0 {
            diagnostics.append(Diagnostic(
                severity: .warning, code: "invalid-encoding",
                message: decoded.replacements == 1
                    ? "1 byte sequence is not valid \(decoded.encoding) and was replaced by U+FFFD."
                    : "\(decoded.replacements) byte sequences are not valid \(decoded.encoding) and were replaced by U+FFFD."))
        }
        let source = Source(fileName: fileName, sha256: sha256, format: .text, encoding: decoded.encoding,
                            pageFurniture: furniture)
        return TextDocument(source: source, text: text, diagnostics: diagnostics)
    }
}
