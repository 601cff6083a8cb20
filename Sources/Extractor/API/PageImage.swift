import Foundation

/// One page of a document as an image a browser shows (the review page): a PDF page rendered by
/// poppler (8-bit gray PNG at `dpi`), a JPEG or PNG page image as its own bytes, a TIFF page
/// decoded and written as PNG at its own resolution. Coordinates of the record (PDF points)
/// scale to the image by its pixel width ÷ the page's width in points.
public struct PageImage: Sendable {
    public var data: Data
    /// `image/png` or `image/jpeg`.
    public var mediaType: String

    public init(data: Data, mediaType: String) {
        self.data = data
        self.mediaType = mediaType
    }

    /// Page `page` (1-based) of the document `data`. Throws `ExtractionError` for a page the
    /// document does not have, a format without pages (text, DOCX, HTML) or one that cannot be
    /// drawn.
    public static func render(data: Data, fileName: String, page: Int, dpi: Double = 110) throws -> PageImage {
        let format = InputFormat.detect(fileName: fileName, head: data.prefix(4096))
        switch format {
        case .pdf:
            let document = try PopplerDocument(data: data, fileName: fileName)
            guard (1...max(document.pageCount, 1)).contains(page), document.pageCount > 0 else { throw noPage(fileName, page) }
            return PageImage(data: try document.renderGray(at: page - 1, dpi: dpi).png(), mediaType: "image/png")
        case .jpeg, .png:
            guard page == 1 else { throw noPage(fileName, page) }
            return PageImage(data: data, mediaType: format == .jpeg ? "image/jpeg" : "image/png")
        case .tiff:
            let image = try ImageFile(data: data, kind: .tiff, fileName: fileName)
            guard (1...image.pageCount).contains(page) else { throw noPage(fileName, page) }
            return PageImage(data: try image.page(page - 1).png(), mediaType: "image/png")
        default:
            throw ExtractionError.damaged(fileName, reason: "has no pages to draw (text, DOCX and HTML are shown as text)")
        }
    }

    private static func noPage(_ fileName: String, _ page: Int) -> ExtractionError {
        .damaged(fileName, reason: "has no page \(page)")
    }
}
