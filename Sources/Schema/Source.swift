/// What was read and how: never an absolute path, only the base name and the content digest, so
/// the same bytes give the same record wherever they live.
public struct Source: Codable, Sendable, Equatable {
    public enum Format: String, Codable, Sendable { case pdf, docx, html, text, jpeg, png, tiff }
    public enum TextLayer: String, Codable, Sendable { case native, ocr, mixed }

    public var fileName: String
    /// The base name's exact bytes in lowercase hex, present only when they are not UTF-8 (a GBK
    /// name from a Windows archive, say); `fileName` then shows those bytes as `\xNN`.
    public var fileNameBytes: String?
    public var sha256: String
    public var format: Format
    @NullEncoded public var pageCount: Int?
    @NullEncoded public var textLayer: TextLayer?
    @NullEncoded public var encoding: String?
    public var pages: [Page]
    public var pageFurniture: [PageFurniture]

    public init(fileName: String, sha256: String, format: Format, pageCount: Int? = nil,
                textLayer: TextLayer? = nil, encoding: String? = nil,
                pages: [Page] = [], pageFurniture: [PageFurniture] = [], fileNameBytes: String? = nil) {
        self.fileName = fileName
        self.fileNameBytes = fileNameBytes
        self.sha256 = sha256
        self.format = format
        self.pageCount = pageCount
        self.textLayer = textLayer
        self.encoding = encoding
        self.pages = pages
        self.pageFurniture = pageFurniture
    }
}

/// One PDF page: its 1-based number, where its text came from, and its size in points.
public struct Page: Codable, Sendable, Equatable {
    public enum TextLayer: String, Codable, Sendable { case native, ocr }

    public var number: Int
    public var textLayer: TextLayer
    public var width: Double
    public var height: Double

    public init(number: Int, textLayer: TextLayer, width: Double, height: Double) {
        self.number = number
        self.textLayer = textLayer
        self.width = BoundingBox.round(width)
        self.height = BoundingBox.round(height)
    }
}

/// A running header, footer or page number taken out of the text; kept here so nothing printed
/// on the page is lost (a contract number in a header, say).
public struct PageFurniture: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case header, footer, pageNumber }

    public var page: Int
    public var kind: Kind
    public var text: String

    public init(page: Int, kind: Kind, text: String) {
        self.page = page
        self.kind = kind
        self.text = text
    }
}
