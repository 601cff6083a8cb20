/// Where a value came from: a half-open span of Unicode code points in the normalized text that
/// `contract-extract text FILE` prints, plus, for PDF input, the 1-based page and the box that
/// covers the span on the first page it touches (null otherwise), and, for DOCX and HTML input,
/// the 1-based paragraph of the span's first character and, when that paragraph sits in a table,
/// its cell (null otherwise). Text input has neither.
public struct Location: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    @NullEncoded public var page: Int?
    @NullEncoded public var bbox: BoundingBox?
    /// DOCX/HTML: the paragraph (block) in document order, 1-based, counting every paragraph,
    /// table-cell paragraph and text-box paragraph of the body.
    @NullEncoded public var paragraph: Int?
    /// DOCX/HTML: the table cell the paragraph sits in.
    @NullEncoded public var cell: TableCellPosition?

    public init(start: Int, end: Int, page: Int? = nil, bbox: BoundingBox? = nil,
                paragraph: Int? = nil, cell: TableCellPosition? = nil) {
        self.start = start
        self.end = end
        self.page = page
        self.bbox = bbox
        self.paragraph = paragraph
        self.cell = cell
    }
}

/// A cell of a DOCX or HTML table: the 1-based table in document order, the 1-based row in that
/// table and the 1-based grid column the cell starts in (a cell spanning columns counts once, at
/// its first column).
public struct TableCellPosition: Codable, Sendable, Equatable, Hashable {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }
}
