/// A line of normalized text as the parser sees it: its scalars, its span, its numbering label.
/// Immutable, and a class: every rule walks the lines, and handing one on costs one reference
/// count instead of one per string, slice and label it holds.
final class ParsedLine: Sendable {
    let index: Int
    /// Code-point span in the normalized text.
    let range: Range<Int>
    let scalars: ArraySlice<Unicode.Scalar>
    let label: NumberingLabel?
    let isTableRow: Bool
    /// The line as a string, made once: every line test reads it.
    let text: Substring
    /// `LineKind.isPartyLine(text)`, asked once: the segmenter, the body filter and the party
    /// reader all need it for every line.
    let isPartyLine: Bool
    /// `ContractSegmenter.isSignature`, asked once for the same reason.
    let isSignature: Bool

    init(index: Int, range: Range<Int>, scalars: ArraySlice<Unicode.Scalar>, label: NumberingLabel?, isTableRow: Bool, text: Substring) {
        self.index = index
        self.range = range
        self.scalars = scalars
        self.label = label
        self.isTableRow = isTableRow
        self.text = text
        isPartyLine = LineKind.isPartyLine(text)
        isSignature = ContractSegmenter.isSignature(text, scalars: scalars, isPartyLine: isPartyLine)
    }

    /// The text after the label (the whole line when there is none).
    var rest: Substring {
        guard let label else { return text }
        return Substring(text.unicodeScalars.dropFirst(label.length))
    }

    /// The lines, each `text` a slice of the normalized text's one string (no string per line).
    static func lines(of text: NormalizedText) -> [ParsedLine] {
        // Lines are cut by UTF-8 offsets, counted from the scalars (the string's UTF-8 view
        // indexes by offset at once; its scalar view walks).
        let view = text.string.utf8
        var at = view.startIndex, offset = 0
        var out: [ParsedLine] = []
        out.reserveCapacity(text.lines.count)
        func bytes(_ r: Range<Int>) -> Int {
            var n = 0
            for k in r { n += UTF8.width(text.scalars[k]) }
            return n
        }
        for (i, line) in text.lines.enumerated() {
            // NormalizedText's lines ascend and never overlap (its one initializer appends them in
            // order); counting bytes forward from the last line relies on it.
            precondition(line.range.lowerBound >= offset, "normalized lines overlap or go backwards")
            let start = view.index(at, offsetBy: bytes(offset..<line.range.lowerBound))
            let end = view.index(start, offsetBy: bytes(line.range))
            at = end
            offset = line.range.upperBound
            let scalars = text.scalars[line.range]
            out.append(ParsedLine(index: i, range: line.range, scalars: scalars,
                                  label: line.isTableRow ? nil : NumberingLabel.scan(scalars), isTableRow: line.isTableRow,
                                  text: text.string[start..<end]))
        }
        return out
    }
}
