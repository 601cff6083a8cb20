/// Cuts decoded text into source lines (LF, CRLF, CR, form feed), counting the blank lines
/// between them. A run of two or more blank lines, or a form feed, starts a new page section:
/// that is how PDF-to-text converters (the seeds' among them) leave page breaks behind.
enum PlainTextLayer {
    static func lines(_ decoded: DecodedText) -> [SourceLine] {
        var cutter = Cutter()
        decoded.forEachOffset(into: &cutter) { cutter, scalar, offset in cutter.take(scalar, at: offset) }
        cutter.finish()
        return cutter.lines
    }

    /// The cutting state, a value passed `inout` scalar by scalar (variables captured by a
    /// closure were checked for exclusive access at every scalar: a tenth of reading a text file).
    private struct Cutter {
        var lines: [SourceLine] = []
        var current: [SourceChar] = []
        var blanks = 0
        var page = 1
        var formFeed = false
        var sawText = false
        var afterCR = false

        mutating func take(_ s: Unicode.Scalar, at offset: Int32) {
            defer { afterCR = s == "\r" }
            switch s {
            case "\r":
                finish()
            case "\n":
                if !afterCR { finish() }  // CRLF ended its line at the CR
            case "\u{2028}", "\u{2029}", "\u{85}":
                finish()
            case "\u{0C}":
                finish()
                formFeed = true
            default:
                current.append(SourceChar(scalar: s, origin: offset))
            }
        }

        mutating func finish() {
            defer { current.removeAll(keepingCapacity: true) }
            if current.allSatisfy({ $0.scalar.isSpace }) {
                blanks += 1
                return
            }
            if sawText, blanks >= 2 || formFeed { page += 1 }
            // A new array of exactly the line's length (`Array(current)` would share the buffer):
            // `current` is a scratch buffer that grew by doubling, and a line that kept it held up
            // to twice its characters, or, sharing it, made the next line copy it.
            let chars = [SourceChar](unsafeUninitializedCapacity: current.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: current)
            }
            var out = SourceLine(chars: chars, page: page, blankLinesBefore: sawText ? blanks : 0,
                                 pageBreakBefore: sawText && formFeed)
            out.isTableRow = PlainTextLayer.isTableRow(out)
            lines.append(out)
            blanks = 0
            formFeed = false
            sawText = true
        }
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
