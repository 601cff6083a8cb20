/// Removes what a PDF-to-markdown converter adds: `**` emphasis anywhere, a leading list marker
/// (`- `, `* `, `+ `; a dash, full-width or not, or a dot right before an item label, as OCR
/// reads `- 6.1.`) and heading hashes. Table rows keep their pipes.
enum MarkdownNoise {
    static func clean(_ line: inout SourceLine) {
        removeEmphasis(&line.chars)
        if !line.isTableRow { removeLeadingMarker(&line.chars) }
    }

    /// Leaves a line without `**` as it is (no copy).
    private static func removeEmphasis(_ chars: inout [SourceChar]) {
        guard chars.indices.dropLast().contains(where: { chars[$0].scalar == "*" && chars[$0 + 1].scalar == "*" }) else { return }
        var i = 0
        var out: [SourceChar] = []
        out.reserveCapacity(chars.count)
        while i < chars.count {
            if chars[i].scalar == "*", i + 1 < chars.count, chars[i + 1].scalar == "*" {
                i += 2
                continue
            }
            out.append(chars[i])
            i += 1
        }
        chars = out
    }

    private static func removeLeadingMarker(_ chars: inout [SourceChar]) {
        guard let first = chars.firstIndex(where: { !$0.scalar.isSpace }) else { return }
        let s = chars[first].scalar
        if ["-", "*", "+", "•", "·"].contains(s), first + 2 < chars.count,
           chars[first + 1].scalar == " ", !chars[first + 2].scalar.isSpace,
           !(s == "-" && chars.last?.scalar == "-") {  // `- 3 -` is a page number, not a list
            chars.removeSubrange(first...(first + 1))
        } else if ["-", "－", "–", "•", "·"].contains(s), startsItemLabel(chars[(first + 1)...]) {
            // `-6.1.提供…`, `-1、甲方有权…`, `-（2）短信服务`: OCR reads the dash and the label with no
            // space between (PP-OCR on seed-001-scan and the copies of seed-001, whose `- 6.1.`,
            // `- 7.1`, `- 1、` and `- (2)` items then stayed inside the article before them), and
            // at times reads the dash full-width (`－（3）以挂号信方式发出的`, the same scan).
            chars.remove(at: first)
        } else if s == "#" {
            var end = first
            while end < chars.count, chars[end].scalar == "#" { end += 1 }
            if end - first <= 6, end < chars.count, chars[end].scalar == " " {
                chars.removeSubrange(first...end)
            }
        }
    }

    /// Whether `rest` starts with an item label — `6.1` (`6.1.`, `12.3．`), `1、`, `（2）`, `(2)`,
    /// `（二）` — and then, after any spaces, a Chinese character: `-6.1%`, `-1,000元` and `-3-号楼`
    /// are no list items. After a bracketed label a Latin letter will do too (`-（1）MP1卡费`): a
    /// figure is never written with a dash before a bracket.
    private static func startsItemLabel(_ rest: ArraySlice<SourceChar>) -> Bool {
        var i = rest.startIndex
        func digits() -> Bool {
            let start = i
            while i < rest.endIndex, i - start < 2, rest[i].scalar.isASCIIDigit { i += 1 }
            return i > start
        }
        func take(_ marks: String) -> Bool {
            guard i < rest.endIndex, marks.unicodeScalars.contains(rest[i].scalar) else { return false }
            i += 1
            return true
        }
        if take("（(") {
            let start = i
            while i < rest.endIndex, i - start < 3, "一二三四五六七八九十".unicodeScalars.contains(rest[i].scalar) { i += 1 }
            guard i > start || digits(), take("）)") else { return false }
            while i < rest.endIndex, rest[i].scalar.isSpace { i += 1 }
            if i < rest.endIndex, rest[i].scalar.properties.isAlphabetic, rest[i].scalar.isASCII { return true }
        } else {
            guard digits() else { return false }
            if take(".．") {
                guard digits() else { return false }
                _ = take(".．")
            } else if !take("、") {
                return false
            }
        }
        while i < rest.endIndex, rest[i].scalar.isSpace { i += 1 }
        return i < rest.endIndex && rest[i].scalar.isWideCJK
    }
}
