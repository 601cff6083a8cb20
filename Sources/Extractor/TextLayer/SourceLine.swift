/// One code point of extracted text and where it came from: an index into the PDF glyph table,
/// or the byte offset of its first byte in a text file; `-1` for characters the pipeline added
/// (a space between words, a tab between table cells).
struct SourceChar: Equatable, Sendable {
    var scalar: Unicode.Scalar
    var origin: Int32

    static func synthetic(_ scalar: Unicode.Scalar) -> SourceChar {
        SourceChar(scalar: scalar, origin: -1)
    }
}

/// A visual line of text before clean-up, in reading order, with what the layout said about it.
struct SourceLine: Equatable, Sendable {
    var chars: [SourceChar]
    /// 1-based page (PDF), or the 1-based page-break section of a text file.
    var page: Int
    /// Empty lines (or their vertical equivalent) between this line and the previous one.
    var blankLinesBefore: Int = 0
    /// The line starts a new PDF page.
    var pageBreakBefore: Bool = false
    /// Geometry says the line ran into the right margin, so its sentence continues below.
    var reachesRightMargin: Bool = false
    /// A row of a table (markdown, tab-separated, or cells found by geometry): never joined.
    var isTableRow: Bool = false
    /// Layout box of the line (PDF only), used for furniture detection and `--lines`.
    var box: Rect? = nil
    /// Right edge of the column the line sits in, when it is one of two columns (PDF only).
    var columnRight: Double? = nil
    /// Font size of the line, near enough (PDF only).
    var em: Double = 10
    /// The first line of a column block: never a continuation of the line before it.
    var startsColumn = false
    /// The line starts well right of its column's left edge: a first-line indent (PDF only).
    var indented = false

    var text: String {
        String(scalars: chars.lazy.map(\.scalar))
    }

    /// Display width of the last visual line joined into this one; nil while it is one line.
    var joinedLineWidth: Int? = nil

    var displayWidth: Int { chars.reduce(0) { $0 + $1.scalar.displayWidth } }
    /// The display width of the line as last laid out (the last visual line of a joined
    /// sentence): what says whether it stopped short.
    var lastLineWidth: Int { joinedLineWidth ?? displayWidth }
    var isBlank: Bool { chars.allSatisfy { $0.scalar.isSpace } }
}
