import Schema

/// Where a DOCX or HTML character came from: its 1-based paragraph in document order and, inside
/// a table, its cell. A `SourceChar.origin` of such a document indexes a list of these.
struct BlockPlace: Equatable, Sendable {
    var paragraph: Int
    var cell: TableCellPosition?
}
