import Foundation

extension Extractor {
    /// The page count of PDF bytes: poppler opens the document and reads no page, so it costs
    /// milliseconds. Nil when the bytes are not a PDF poppler can open. `batch` workers use it
    /// to size a file's time allowance before converting it.
    public static func pdfPageCount(_ data: Data) -> Int? {
        guard InputFile.isPDF(data) else { return nil }
        return try? PopplerDocument(data: data, fileName: "").pageCount
    }

    /// The page count of a PDF or a page image (a TIFF's pages, 1 for JPEG and PNG), read
    /// without decoding a page; nil for other input.
    public static func pageCount(_ data: Data) -> Int? {
        if let pages = pdfPageCount(data) { return pages }
        let kind: ImageFile.Kind? = switch InputFormat.detect(fileName: "", head: data.prefix(16)) {
        case .jpeg: .jpeg
        case .png: .png
        case .tiff: .tiff
        default: nil
        }
        guard let kind else { return nil }
        return try? ImageFile(data: data, kind: kind, fileName: "").pageCount
    }
}
