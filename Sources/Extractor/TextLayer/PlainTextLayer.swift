/// Cuts decoded text into source lines (LF, CRLF, CR, form feed), counting the blank lines
/// between them. A run of two or more blank lines, or a form feed, starts a new page section:
/// that is how PDF-to-text converters (the seeds' among them) leave page breaks behind.
enum PlainTextLayer {
    static func lines(_ decoded: DecodedText) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current: [SourceChar] = []
        var blanks = 0
        var page = 1
        var formFeed = false
        var sawText = false

        func finish() {
            let line = SourceLine(chars: current, page: page)
            if line.isBlank {
                blanks += 1
            } else {
                if sawText, blanks >= 2 || formFeed { page += 1 }
                var out = SourceLine(chars: current, page: page, blankLinesBefore: sawText ? blanks : 0,
                                     pageBreakBefore: sawText && formFeed)
                out.isTableRow = isTableRow(out)
                lines.append(out)
                blanks = 0
                formFeed = false
                sawText = true
            }
            // A fresh array, not `removeAll(keepingCapacity:)`: the line just made shares the old
            // buffer, so keeping capacity copied the longest line's capacity into every line after
            // it (10 MB of text peaked at 450 MB).
            current = []
        }

        let scalars = decoded.scalars
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "\r":
                finish()
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                finish()
            case "\u{0C}":
                finish()
                formFeed = true
            default:
                current.append(SourceChar(scalar: s, origin: decoded.offsets[i]))
            }
            i += 1
        }
        finish()
        return lines
    }

    /// Markdown table rows (`| a | b |`) and tab-separated rows stay rows for the mapper.
    static func isTableRow(_ line: SourceLine) -> Bool {
        let chars = line.chars.lazy.map(\.scalar).filter { !$0.isSpace || $0 == "\t" }
        guard let first = chars.first else { return false }
        if first == "|", line.chars.lastIndex(where: { !$0.scalar.isSpace }).map({ line.chars[$0].scalar == "|" }) == true,
           line.chars.count > 1 { return true }
        // Tab-separated cells; prose with a tab in it (a blank to fill) has sentence punctuation.
        var tab = false
        for c in line.chars {
            switch c.scalar {
            case "\t": tab = true
            case "，", "。", "；": return false
            default: continue
            }
        }
        return tab
    }
}
