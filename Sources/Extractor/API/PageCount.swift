import Foundation

extension Extractor {
    /// The page count of PDF bytes: poppler opens the document and reads no page, so it costs
    /// milliseconds. Nil when the bytes are not a PDF poppler can open. `batch` workers use it
    /// to size a file's time allowance before converting it.
    public static func pdfPageCount(_ data: Data) -> Int? {
        guard InputFile.isPDF(data) else { return nil }
        return try? PopplerDocument(data: data, fileName: "").pageCount
    }
}
