/// Where a value came from: a half-open span of Unicode code points in the normalized text that
/// `contract-extract text FILE` prints, plus, for PDF input, the 1-based page and the box that
/// covers the span on the first page it touches. `page` and `bbox` are null for text input.
public struct Location: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    @NullEncoded public var page: Int?
    @NullEncoded public var bbox: BoundingBox?

    public init(start: Int, end: Int, page: Int? = nil, bbox: BoundingBox? = nil) {
        self.start = start
        self.end = end
        self.page = page
        self.bbox = bbox
    }
}
