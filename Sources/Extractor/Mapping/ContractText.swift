import Schema

/// What a mapping rule sees of one agreement: its lines (with labels), the page furniture of
/// the file, and how to turn a span into a `Location`.
struct ContractText {
    /// The agreement's body: its articles' lines.
    let lines: LineSelection
    /// Every line of the agreement: title block, parties, body, signature page, attachments.
    let allLines: LineSelection
    /// Every line before the first attachment section: where signature dates count.
    var beforeAttachments: LineSelection = []
    /// The distinct texts of the file's page furniture (headers, footers), in order of first
    /// appearance.
    let furniture: [String]
    let location: (Range<Int>) -> Location
    /// The lowest OCR confidence of a span's characters; nil for a span of native text.
    var ocrConfidence: (Range<Int>) -> Double? = { _ in nil }

    /// Lines that mention any of `words`, first match per line: (line, offset of the word in
    /// scalars). One pass per line; the set is made once by the rule (a `static let`). Lazy: a
    /// rule that stops at the first line it can read (the term, the copies) searches no further.
    func lines(mentioning words: WordSet) -> LazyMapSequence<LazyFilterSequence<LazyMapSequence<LineSelection, (line: ParsedLine, at: Int)?>>, (line: ParsedLine, at: Int)> {
        lines.lazy.compactMap { line in words.first(in: line.scalars).map { (line, $0.at) } }
    }
}

/// One rule of the record: reads the agreement's analysis (and, in the merge and check phases,
/// what the extract phase put in the record) and fills its own part of the `Contract`,
/// returning what it could not resolve.
protocol MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic]
}

/// Small value readers shared by the rules.
enum ValueReader {
    /// A count written as 4, 四, 肆, （四）, 【肆】 or 【4】: the value and how many scalars it took.
    /// The bracket that closes one a count may stand in (a switch: this is asked at every
    /// position a count is tried).
    static func closingBracket(_ open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "【": "】"
        case "（": "）"
        case "(": ")"
        case "[": "]"
        default: nil
        }
    }

    static func count(at i: Int, in s: ArraySlice<Unicode.Scalar>) -> (value: Int, length: Int)? {
        var j = s.startIndex + i
        var closing: Unicode.Scalar?
        if j < s.endIndex, let close = closingBracket(s[j]) {
            closing = close
            j += 1
        }
        while j < s.endIndex, s[j] == " " { j += 1 }
        let start = j
        while j < s.endIndex, s[j].isASCIIDigit || (s[j].value >= 0xFF10 && s[j].value <= 0xFF19) || ChineseNumeral.isNumeral(s[j]) { j += 1 }
        guard j > start else { return nil }
        let raw = Array(s[start..<j])
        let value: Int?
        if raw.allSatisfy({ $0.isASCIIDigit || ($0.value >= 0xFF10 && $0.value <= 0xFF19) }) {
            value = Int(String(scalars: raw.map { $0.value >= 0xFF10 ? Unicode.Scalar($0.value - 0xFF10 + 0x30)! : $0 }))
        } else {
            value = ChineseNumeral.value(raw)
        }
        guard let value else { return nil }
        while j < s.endIndex, s[j] == " " { j += 1 }
        if let closing {
            guard j < s.endIndex, s[j] == closing || (closing == "）" && s[j] == ")") || (closing == ")" && s[j] == "）") else { return nil }
            j += 1
        }
        return (value, j - (s.startIndex + i))
    }
}

/// Every match of a reader, left to right, never overlapping: `match(i)` reads at `i` and
/// returns what it found with the range it took.
func matches<T>(in count: Int, _ match: (Int) -> (T, Range<Int>)?) -> [T] {
    var out: [T] = []
    var i = 0
    while i < count {
        if let (found, range) = match(i) {
            out.append(found)
            i = max(range.upperBound, i + 1)
        } else {
            i += 1
        }
    }
    return out
}
