import ArgumentParser
import Extractor
import Foundation

/// The input file argument shared by the commands that read one document; `-` reads stdin.
struct InputOptions: ParsableArguments {
    @Argument(help: "A PDF, Word (DOCX), HTML or text file, or - for standard input.")
    var file: String

    @Option(help: "Which PDF pages are read by OCR: auto (pages without a usable text layer), never, always.")
    var ocr: ExtractionOptions.OCRMode = .auto

    @Option(help: "Which OCR engine reads those pages: ppocr (PP-OCRv4, default; Tesseract if it cannot start) or tesseract.")
    var ocrEngine: OCREngineKind = .ppocr

    @Option(help: .hidden) var ocrDpi: Double?

    /// The extractor these options ask for; OCR shows `OCR page N/M` on a terminal.
    var extractor: Extractor {
        var options = ExtractionOptions(ocr: ocr, ocrDPI: ocrDpi, ocrEngine: ocrEngine)
        options.prepareOCR = { OCRThreads.limitToOne() }
        let status = InputOptions.status
        options.ocrProgress = { page, count in status.show("OCR page \(page)/\(count)", force: true) }
        return Extractor(options: options)
    }

    private static let status = StatusLine()

    func read(_ extractor: Extractor) throws -> TextDocument {
        defer { Self.status.clear() }
        if file == "-" {
            // The OCR restart re-runs the process, which must not have read its stdin yet.
            if ocr != .never { OCRThreads.limitToOne() }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try extractor.read(data: data, fileName: "stdin")
        }
        do {
            return try extractor.read(contentsOf: URL(fileURLWithPath: file))
        } catch ExtractionError.isDirectory(let name) {
            throw ValidationError("\(name): is a directory; to convert the files in it: contract-extract batch \(name) --out DIR")
        }
    }
}

/// Levenshtein distance over characters (short words only: commands).
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}

extension ExtractionOptions.OCRMode: ExpressibleByArgument {}
extension OCREngineKind: ExpressibleByArgument {}
