/// A numbering label at the start of a line — 第三条, 一、, （二）, 3., 3.1.2, (1), ① — with its
/// style (what kind of label, for nesting), its ordinal and how many scalars it spans.
struct NumberingLabel: Equatable, Sendable {
    enum Style: Hashable, Sendable {
        case chapter          // 第一章
        case section          // 第一节
        case article          // 第一条, 第一条：, 第一条、
        case ordinalComma     // 第一、 (odd, but real)
        case hanComma         // 一、 一． 一.
        case hanParen         // （一） (一)
        case arabicComma      // 1、
        case arabicDot        // 1. １．
        case decimal(Int)     // 1.1 (depth 2), 1.1.1 (depth 3), １－１
        case arabicParen      // (1) （1）
        case circled          // ①

        /// Rank of styles that always sit above others when both occur (章 over 节 over 条).
        var fixedRank: Int? {
            switch self {
            case .chapter: return 0
            case .section: return 1
            case .article: return 2
            default: return nil
            }
        }
    }

    var style: Style
    /// The ordinal: 第十四条 → 14, （二）→ 2, 7.1 → 1 (the last component).
    var number: Int
    /// All components of a decimal label (7.1.2 → [7, 1, 2]); one element otherwise.
    var components: [Int]
    /// Scalars the label spans, including its punctuation and the whitespace after it.
    var length: Int
    /// The label as written, without trailing whitespace.
    var text: String

    /// The label starting at `scalars[start...]`, if the line starts with one.
    static func scan(_ scalars: ArraySlice<Unicode.Scalar>) -> NumberingLabel? {
        LabelScanner(scalars).scan()
    }

    static func scan(_ line: String) -> NumberingLabel? {
        scan(Array(line.unicodeScalars)[...])
    }
}

/// Hand-written scanner for `NumberingLabel` (no regular expressions: it runs on every line).
private struct LabelScanner {
    let s: ArraySlice<Unicode.Scalar>
    let start: Int

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        var i = scalars.startIndex
        while i < scalars.endIndex, scalars[i] == " " || scalars[i] == "\u{3000}" { i += 1 }
        s = scalars
        start = i
    }

    func at(_ i: Int) -> Unicode.Scalar? { i < s.endIndex ? s[i] : nil }

    func scan() -> NumberingLabel? {
        guard let first = at(start) else { return nil }
        switch first {
        case "第": return ordinal()
        case "(", "（": return parenthesized()
        case "①"..."⑳": return make(.circled, [Int(first.value - 0x2460 + 1)], end: start + 1)
        default:
            if ChineseNumeral.isNumeral(first) { return hanComma() }
            if digit(first) != nil { return arabic() }
            return nil
        }
    }

    private func digit(_ c: Unicode.Scalar?) -> Int? {
        c?.digitValue
    }

    /// Digits from `i`: (value, end index).
    private func number(from i: Int, maxDigits: Int = 3) -> (Int, Int)? {
        var j = i, v = 0
        while let d = digit(at(j)), j - i < maxDigits { v = v * 10 + d; j += 1 }
        if j == i || digit(at(j)) != nil { return nil }
        return (v, j)
    }

    /// Chinese numerals from `i`: (value, end index).
    private func hanNumber(from i: Int) -> (Int, Int)? {
        var j = i
        while let c = at(j), ChineseNumeral.isNumeral(c), ChineseNumeral.bigUnits[c] == nil { j += 1 }
        guard j > i, j - i <= 6, let v = ChineseNumeral.value(Array(s[i..<j])) else { return nil }
        return (v, j)
    }

    private func ordinal() -> NumberingLabel? {
        guard let (n, j) = hanNumber(from: start + 1) ?? number(from: start + 1) else { return nil }
        // `第十二条规定，…` / `第一条第二款` at the start of a wrapped line is a cross-reference.
        if let next = at(j + 1), "规约所的款项之中第或和及至".unicodeScalars.contains(next) { return nil }
        switch at(j) {
        case "章": return make(.chapter, [n], end: j + 1, allowPunct: true)
        case "节": return make(.section, [n], end: j + 1, allowPunct: true)
        case "条": return make(.article, [n], end: j + 1, allowPunct: true)
        case "、", "．": return make(.ordinalComma, [n], end: j + 1)
        default: return nil
        }
    }

    private func parenthesized() -> NumberingLabel? {
        // Either closing parenthesis: OCR and converters mix full and half width.
        if let (n, j) = hanNumber(from: start + 1), at(j) == ")" || at(j) == "）" {
            return make(.hanParen, [n], end: j + 1)
        }
        if let (n, j) = number(from: start + 1, maxDigits: 2), at(j) == ")" || at(j) == "）" {
            return make(.arabicParen, [n], end: j + 1)
        }
        return nil
    }

    private func hanComma() -> NumberingLabel? {
        guard let (n, j) = hanNumber(from: start) else { return nil }
        guard let p = at(j), p == "、" || p == "．" || (p == "." && digit(at(j + 1)) == nil) else { return nil }
        return make(.hanComma, [n], end: j + 1)
    }

    private func arabic() -> NumberingLabel? {
        guard let (first, j0) = number(from: start) else { return nil }
        var parts = [first]
        var j = j0
        // 1.1 / 1.1.1 / ２．１．１ / １－１
        while let p = at(j), p == "." || p == "．" || p == "-" || p == "－", let (n, k) = number(from: j + 1) {
            parts.append(n)
            j = k
        }
        if parts.count > 1 {
            guard parts.count <= 5, parts[0] <= 99 else { return nil }
            if let p = at(j), p == "." || p == "．" || p == "、" { j += 1 }  // 6.1. and 1.1、
            var k = j
            while at(k) == " " { k += 1 }
            if let c = at(k), "万元亿千百%％".unicodeScalars.contains(c) { return nil }  // 48.219 万元
            if let c = at(j), c.isASCIIDigit { return nil }
            return make(.decimal(parts.count), parts, end: j)
        }
        guard first <= 999, let p = at(j) else { return nil }
        switch p {
        case "、": return make(.arabicComma, parts, end: j + 1)
        case ".", "．":
            if digit(at(j + 1)) != nil { return nil }  // 1.5 is a number
            return make(.arabicDot, parts, end: j + 1)
        case ")", "）": return make(.arabicParen, parts, end: j + 1)
        default: return nil
        }
    }

    private func make(_ style: NumberingLabel.Style, _ parts: [Int], end: Int, allowPunct: Bool = false) -> NumberingLabel? {
        var j = end
        if allowPunct, let p = at(j), p == "：" || p == ":" || p == "、" || p == "." || p == "．" { j += 1 }
        // A label stands alone or before text; `1.` followed by `5` or `1、` followed by nothing
        // but punctuation is not a label.
        if let next = at(j), next == "、" || next == "，" || next == "。" { return nil }
        let textEnd = j
        while let c = at(j), c == " " || c == "\u{3000}" || c == "\t" { j += 1 }
        return NumberingLabel(style: style, number: parts.last ?? 0, components: parts,
                              length: j - s.startIndex, text: String(scalars: s[start..<textEnd]))
    }
}
