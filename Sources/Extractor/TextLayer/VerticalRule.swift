/// A vertical line drawn on a page (a table's column divider or border), in the layout's frame:
/// points, origin top-left, y down, on the page turned upright and straightened like its glyphs.
/// `ColumnLayout` reads a region split by one such rule column by column.
struct VerticalRule: Equatable, Sendable {
    var x: Double
    var y0: Double
    var y1: Double

    var length: Double { y1 - y0 }
}
