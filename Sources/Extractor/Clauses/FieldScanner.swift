import Schema

/// Finds the fill-in fields of a line: 【…】 brackets (nested ones too), runs of underscores users
/// fill by hand, and checkbox options (□ unchecked; ☑ ☒ ■ √ checked). Brackets never reach past
/// the line, so an unbalanced one (`联系人：俞勃成】`) is reported and swallows nothing. Brackets
/// nest as fields up to `maxDepth` levels (a field's value holds its inner brackets' text, so
/// deeper nesting would make the record grow with the square of the line); deeper ones are
/// counted in one `bracket-too-deep` diagnostic per line, and the record stays linear in size.
struct FieldScanner {
    static let maxDepth = 3
    static let markers: Set<String> = ["签署页", "签字页", "签章页", "盖章页", "签字盖章页"]
    static let unchecked = ScalarSet(uncheckedMarks)
    static let checked = ScalarSet(checkedMarks)
    private static let uncheckedMarks: [Unicode.Scalar] = ["□", "☐", "▢"]
    private static let checkedMarks: [Unicode.Scalar] = ["☑", "☒", "■", "√", "✓", "✔", "▣"]

    var fields: [Field] = []
    var diagnostics: [Diagnostic] = []
    let location: (Range<Int>) -> Location

    /// The scalars a field can start or end at: a line without any holds no field.
    private static let triggers = ScalarSet(["【", "】", "_", "＿"] + uncheckedMarks + checkedMarks)

    mutating func scan(_ line: ParsedLine, article: String?) {
        guard line.scalars.contains(where: { Self.triggers.contains($0) }) else { return }
        let s = Array(line.scalars)
        let base = line.range.lowerBound
        var open: [Int] = []
        var tooDeep = 0  // 【 opened beyond maxDepth and not closed yet
        var tooDeepInLine = 0
        var firstTooDeep = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            // Only a trigger starts or ends a field: on to the next one at once.
            if !Self.triggers.contains(c) {
                i = s.withUnsafeBufferPointer { Self.triggers.firstMember(in: $0, from: i + 1) } ?? s.count
                continue
            }
            if c == "【" {
                if open.count >= Self.maxDepth {
                    if tooDeepInLine == 0 { firstTooDeep = i }
                    tooDeep += 1
                    tooDeepInLine += 1
                } else {
                    if open.count == 1 {
                        diagnostics.append(Diagnostic(severity: .warning, code: "nested-bracket",
                            message: "A 【 opens inside another 【…】.", location: location(base + i..<base + i + 1)))
                    }
                    open.append(i)
                }
            } else if c == "】" {
                if tooDeep > 0 {
                    tooDeep -= 1
                } else if let start = open.popLast() {
                    addBracket(s, start, i, base: base, article: article)
                } else {
                    diagnostics.append(Diagnostic(severity: .warning, code: "unbalanced-bracket",
                        message: "】 without a matching 【: “\(String(scalars: s[max(0, i - 12)...i]))”.",
                        location: location(base + i..<base + i + 1)))
                }
            } else if c == "_" || c == "＿" {
                var j = i
                while j < s.count, s[j] == "_" || s[j] == "＿" { j += 1 }
                if j - i >= 3 {
                    fields.append(Field(value: nil, blank: true, label: Self.label(before: i, in: s, labelEnd: line.label?.length ?? 0),
                                        article: article, style: .underline, location: location(base + i..<base + j)))
                }
                i = j
                continue
            } else if Self.unchecked.contains(c) || (Self.checked.contains(c) && i + 1 < s.count && s[i + 1].isHan) {
                var j = i + 1
                while j < s.count, !Self.unchecked.contains(s[j]), !Self.checked.contains(s[j]),
                      !" \t，。；、（(：:".unicodeScalars.contains(s[j]) { j += 1 }
                let option = String(scalars: s[(i + 1)..<j]).trimmedWhitespace
                fields.append(Field(value: option.isEmpty ? nil : option, blank: false, label: nil, article: article,
                                    style: .checkbox, checked: Self.checked.contains(c), location: location(base + i..<base + j)))
                i = j
                continue
            }
            i += 1
        }
        if tooDeepInLine > 0 {
            diagnostics.append(Diagnostic(severity: .warning, code: "bracket-too-deep",
                message: "\(tooDeepInLine) 【 open more than \(Self.maxDepth) levels deep on this line; only the outer \(Self.maxDepth) levels are fields.",
                location: location(base + firstTooDeep..<base + firstTooDeep + 1)))
        }
        for start in open {
            diagnostics.append(Diagnostic(severity: .warning, code: "unbalanced-bracket",
                message: "【 is not closed on its line: “\(String(scalars: s[start..<min(s.count, start + 12)]))”.",
                location: location(base + start..<base + start + 1)))
        }
    }

    private mutating func addBracket(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, base: Int, article: String?) {
        let inner = String(scalars: s[(start + 1)..<end]).trimmedWhitespace
        let marker = Self.markers.contains(inner)
        let blank = inner.isEmpty || inner == "/" || inner == "／" || inner.unicodeScalars.allSatisfy { $0 == "_" || $0 == "＿" }
        fields.append(Field(value: blank ? nil : Self.normalizedValue(inner), blank: blank,
                            label: marker ? nil : Self.label(before: start, in: s, labelEnd: 0),
                            article: article, marker: marker, location: location(base + start..<base + end + 1)))
    }

    /// Identifier-like values (no Han characters) are NFKC-normalized without spaces or a
    /// stray leading colon: `：0802 2103` → `08022103`, `１３２５００` → `132500`.
    static func normalizedValue(_ value: String) -> String {
        guard !value.unicodeScalars.contains(where: \.isHan) else { return value }
        // NFKC leaves printable ASCII as it is: ICU is asked only of other text.
        let ascii = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        var v = (ascii ? value : ICU.nfkc(value)).unicodeScalars.filter { !$0.isSpace }[...]
        while let f = v.first, f == ":" || f == "：" { v.removeFirst() }
        return String(scalars: v)
    }

    /// The words just before position `i`: back over a colon, quotes and spaces, then up to 16
    /// scalars until punctuation, a bracket or the line's numbering label.
    /// What stands between a label and its field (a colon, an opening quote or bracket), what
    /// ends a label going back, and the first scalars of the roles a label may start with.
    private static let labelOpeners = ScalarSet("：: “\"‘「（(".unicodeScalars)
    private static let labelStops = ScalarSet("，。；、,;（）()“”\"】【\t 「」：:_＿□☐".unicodeScalars)
    private static let roleInitials = ScalarSet(Lexicon.shared.letterRoles.prefix(3).compactMap(\.unicodeScalars.first))

    static func label(before i: Int, in s: [Unicode.Scalar], labelEnd: Int) -> String? {
        var j = i
        while j > labelEnd, labelOpeners.contains(s[j - 1]) { j -= 1 }
        let end = j
        while j > labelEnd, end - j < 16, !labelStops.contains(s[j - 1]) { j -= 1 }
        var text = String(scalars: s[j..<end]).trimmedWhitespace
        // `甲方付费方式为：【…】`: the party is the subject; the field is `付费方式为`.
        if let first = text.unicodeScalars.first, roleInitials.contains(first),
           let role = Lexicon.shared.letterRoles.prefix(3).first(where: { text.hasPrefix($0) }), text.count >= role.count + 2,
           !text.dropFirst(role.count).hasPrefix("（"), !text.dropFirst(role.count).hasPrefix("(") {
            text = String(text.dropFirst(role.count))
        }
        return text.isEmpty ? nil : text
    }
}
