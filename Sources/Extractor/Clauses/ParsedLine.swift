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
        return Substring(String(scalars: scalars.dropFirst(label.length)))
    }

    static func lines(of text: NormalizedText) -> [ParsedLine] {
        text.lines.enumerated().map { i, line in
            let scalars = text.scalars[line.range]
            return ParsedLine(index: i, range: line.range, scalars: scalars,
                              label: line.isTableRow ? nil : NumberingLabel.scan(scalars), isTableRow: line.isTableRow,
                              text: Substring(String(scalars: scalars)))
        }
    }
}
