/// A line of normalized text as the parser sees it: its scalars, its span, its numbering label.
struct ParsedLine: Sendable {
    var index: Int
    /// Code-point span in the normalized text.
    var range: Range<Int>
    var scalars: ArraySlice<Unicode.Scalar>
    var label: NumberingLabel?
    var isTableRow: Bool
    /// The line as a string, made once: every line test reads it.
    let text: Substring

    /// The text after the label (the whole line when there is none).
    var rest: Substring {
        guard let label else { return text }
        return Substring(text.unicodeScalars.dropFirst(label.length))
    }

    /// The lines, each `text` a slice of the normalized text's one string (no string per line).
    static func lines(of text: NormalizedText) -> [ParsedLine] {
        let view = text.string.unicodeScalars
        var at = view.startIndex, offset = 0
        var out: [ParsedLine] = []
        out.reserveCapacity(text.lines.count)
        for (i, line) in text.lines.enumerated() {
            let start = view.index(at, offsetBy: line.range.lowerBound - offset)
            let end = view.index(start, offsetBy: line.range.count)
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
