import Schema

/// The clean text every `Location` points into, with an index from each code point back to its
/// source: a PDF glyph (page and box), a byte offset in a text file, or a DOCX/HTML paragraph
/// (and table cell). Lines are separated by `\n`; table cells by `\t`.
public struct NormalizedText: Sendable {
    /// One line of the normalized text: its code-point span and where it sits.
    public struct Line: Sendable, Equatable {
        public var range: Range<Int>
        public var page: Int
        public var isTableRow: Bool
    }

    public let string: String
    public let lines: [Line]
    let scalars: [Unicode.Scalar]
    let origins: [Int32]
    let glyphs: [GlyphPlace]?
    /// Text input: where the file's scalars start, to find where a span's last one ends.
    let scalarStarts: ScalarStarts?
    /// DOCX/HTML input: the paragraph (and cell) each origin names.
    let blocks: [BlockPlace]?

    /// Takes the lines over and frees each one's characters once they are copied, and sizes every
    /// array once: the text layer's peak memory is this moment.
    init(lines source: consuming [SourceLine], glyphs: [GlyphPlace]?, scalarStarts: ScalarStarts?, blocks: [BlockPlace]? = nil) {
        var source = consume source
        let total = source.reduce(max(0, source.count - 1)) { $0 + $1.chars.count }
        var scalars: [Unicode.Scalar] = []
        var origins: [Int32] = []
        var lines: [Line] = []
        scalars.reserveCapacity(total)
        origins.reserveCapacity(total)
        lines.reserveCapacity(source.count)
        for i in source.indices {
            if !scalars.isEmpty {
                scalars.append("\n")
                origins.append(-1)
            }
            let start = scalars.count
            for c in source[i].chars {
                scalars.append(c.scalar)
                origins.append(c.origin)
            }
            lines.append(Line(range: start..<scalars.count, page: source[i].page, isTableRow: source[i].isTableRow))
            source[i].chars = []
        }
        // Written once into storage of its exact size: appending to a reserved string's scalar
        // view went through two temporary arrays and a second string (3.4× the text's UTF-8).
        self.string = String(scalars: scalars)
        self.scalars = scalars
        self.origins = origins
        self.lines = lines
        self.glyphs = glyphs
        self.scalarStarts = scalarStarts
        self.blocks = blocks
    }

    public var count: Int { scalars.count }

    /// The text of a code-point span.
    public func slice(_ range: Range<Int>) -> String {
        String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
    }

    /// The span as a `Location`: for PDF input with the page of its first glyph and the box
    /// covering its glyphs on that page.
    public func location(of range: Range<Int>) -> Location {
        let range = range.clamped(to: 0..<scalars.count)
        if let blocks {
            let first = range.lazy.map { self.origins[$0] }.first { $0 >= 0 && Int($0) < blocks.count }
            let place = first.map { blocks[Int($0)] }
            return Location(start: range.lowerBound, end: range.upperBound,
                            paragraph: place.map(\.paragraph), cell: place?.cell)
        }
        guard let glyphs else { return Location(start: range.lowerBound, end: range.upperBound) }
        var page: Int32?
        var box: Rect?
        for i in range {
            let o = origins[i]
            guard o >= 0, Int(o) < glyphs.count else { continue }
            let place = glyphs[Int(o)]
            if page == nil { page = place.page }
            guard place.page == page else { continue }
            box = box.map { $0.union(place.rect) } ?? place.rect
        }
        return Location(start: range.lowerBound, end: range.upperBound, page: page.map(Int.init),
                        bbox: box.map { BoundingBox(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) })
    }

    /// The lowest OCR confidence (0–100) of the span's characters, or nil when none of them was
    /// read by OCR.
    public func ocrConfidence(of range: Range<Int>) -> Double? {
        guard let glyphs else { return nil }
        var lowest: Float?
        for i in range.clamped(to: 0..<scalars.count) {
            let o = origins[i]
            guard o >= 0, Int(o) < glyphs.count, glyphs[Int(o)].confidence >= 0, !scalars[i].isSpace else { continue }
            lowest = min(lowest ?? 100, glyphs[Int(o)].confidence)
        }
        return lowest.map(Double.init)
    }

    /// For text input: the source bytes `[start, end)` the span came from.
    public func byteRange(of range: Range<Int>) -> Range<Int>? {
        guard let scalarStarts else { return nil }
        let range = range.clamped(to: 0..<scalars.count)
        guard let first = range.first(where: { origins[$0] >= 0 }),
              let last = range.last(where: { origins[$0] >= 0 }) else { return nil }
        // The end is where the scalar after the last one starts in the file.
        return Int(origins[first])..<scalarStarts.next(after: Int(origins[last]))
    }
}
