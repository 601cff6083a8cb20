/// Small readers the clause rules share: percentages and rates, the party a sentence speaks of,
/// a blank left in a form, a phrase's end.
enum ClauseReading {
    /// `30%`, `30％`, `百分之三十`, `万分之五` (→ 0.05), `千分之三` (→ 0.3), `0.5‰` at `i`: the
    /// percentage as a decimal string and the scalars taken.
    static func percent(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        // 百/千/万分之 start with a numeral: anything else that starts no number starts no
        // percentage (asked at every scalar of a sentence).
        guard mayStartNumber(s[i]) else { return nil }
        for (word, shift) in percentWords where s[i...].starts(with: word) {
            let j = i + 3
            if let (digits, n) = number(at: j, in: s) { return (scaled(digits, down: shift), 3 + n) }
            return nil
        }
        guard i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1] == "."), let (digits, n) = number(at: i, in: s) else { return nil }
        let j = i + n
        var j2 = j
        if j2 < s.count, s[j2] == " " { j2 += 1 }  // `20 %`
        guard j2 < s.count else { return nil }
        if s[j2] == "%" || s[j2] == "％" { return (digits, j2 - i + 1) }
        guard j < s.count else { return nil }
        if s[j] == "%" || s[j] == "％" { return (digits, n + 1) }
        if s[j] == "‰" { return (scaled(digits, down: 1), n + 1) }
        if s[j] == "‱" { return (scaled(digits, down: 2), n + 1) }
        return nil
    }

    /// A multiple at `i` as a percentage: `2倍` → 200, `1.5倍` → 150, `两倍`/`双倍` → 200 (a penalty
    /// of `应付租金的2倍`, interest at `LPR的1.5倍`), and the scalars taken.
    static func multiple(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        if s[i] == "双" || s[i] == "两" { return i + 1 < s.count && s[i + 1] == "倍" ? ("200", 2) : nil }
        guard mayStartNumber(s[i]) else { return nil }
        guard i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1] == "."), let (digits, n) = number(at: i, in: s),
              i + n < s.count, s[i + n] == "倍", digits != "0" else { return nil }
        return (scaled(digits, up: 2), n + 1)
    }

    /// Every multiple (`2倍`) in `s[range]` as a percentage, left to right: value and range.
    static func multiples(in s: [Unicode.Scalar], _ range: Range<Int>) -> [(String, Range<Int>)] {
        every(multiple, in: s, range)
    }

    /// Every reading of `read` in `s[range]`, left to right, never overlapping: value and range.
    private static func every(_ read: (Int, [Unicode.Scalar]) -> (String, Int)?, in s: [Unicode.Scalar],
                              _ range: Range<Int>) -> [(String, Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let (p, n) = read(i, s) { out.append((p, i..<(i + n))); i += n } else { i += 1 }
        }
        return out
    }

    /// `digits` × 10^`up`, as a plain decimal string (`1.5`, 2 → `150`).
    static func scaled(_ digits: String, up: Int) -> String {
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, up - fraction.count))
        let cut = fraction.index(fraction.startIndex, offsetBy: up)
        var result = String(parts[0]) + fraction[..<cut]
        while result.hasPrefix("0"), result.count > 1 { result.removeFirst() }
        let rest = fraction[cut...].reversed().drop { $0 == "0" }.reversed()
        return rest.isEmpty ? result : result + "." + String(rest)
    }

    /// Every percentage in `s[range]`, left to right: value and range.
    static func percents(in s: [Unicode.Scalar], _ range: Range<Int>) -> [(String, Range<Int>)] {
        every(percent, in: s, range)
    }

    private static let percentWords: [([Unicode.Scalar], Int)] =
        [("百分之", 0), ("千分之", 1), ("万分之", 2), ("千份之", 1), ("万份之", 2)].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Whether `number(at:)` can read anything starting with `c`: a digit (full-width too), a
    /// Chinese numeral, or the space or `[` a count may start with.
    private static func mayStartNumber(_ c: Unicode.Scalar) -> Bool {
        c.digitValue != nil || c == " " || c == "[" || ChineseNumeral.isNumeral(c)
    }

    /// Figures (`30`, `0.05`, full-width too) or a Chinese numeral (`三十`, `五`) at `i`, as a decimal string.
    private static func number(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        var j = i
        var out = ""
        while j < s.count {
            let c = s[j]
            if c.isASCIIDigit { out.unicodeScalars.append(c) }
            else if c.value >= 0xFF10, c.value <= 0xFF19 { out.unicodeScalars.append(Unicode.Scalar(c.value - 0xFF10 + 0x30)!) }
            else if c == ".", !out.isEmpty, !out.contains("."), j + 1 < s.count, s[j + 1].isASCIIDigit { out += "." }
            else { break }
            j += 1
        }
        if !out.isEmpty { return (out, j - i) }
        if let n = ValueReader.count(at: i, in: s[...]), n.length > 0, s[i] != "【", s[i] != "（", s[i] != "(" { return (String(n.value), n.length) }
        return nil
    }

    /// `digits` / 10^`down`, as a plain decimal string (`5`, 2 → `0.05`).
    static func scaled(_ digits: String, down: Int) -> String {
        guard down > 0 else { return digits }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        let padded = String(repeating: "0", count: max(0, down - whole.count + 1)) + whole
        let cut = padded.index(padded.endIndex, offsetBy: -down)
        var result = String(padded[..<cut]) + "." + String(padded[cut...]) + fraction
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        while result.hasPrefix("0"), result.count > 1, !result.hasPrefix("0.") { result.removeFirst() }
        return result
    }

    /// Party words a clause sentence names its subject by, besides the lexicon's roles.
    static let partyWords = ["任何一方", "另一方", "当事人", "甲乙双方", "双方", "各方", "违约方", "守约方", "一方", "对方", "用人单位", "劳动者"]

    /// The party a sentence speaks of before `end` (its subject): the last role or party word
    /// before `end` that an obligation or a right follows (`乙方必须`, `甲方应`, `任何一方均有权`),
    /// else the last that is not an object (of 向 / 对 / 给 / 与, or a consenting party:
    /// `未获得乙方同意`), so `乙方必须保证产品符合甲方要求，否则要承担违约费用` speaks of 乙方.
    static func subject(in s: [Unicode.Scalar], before end: Int) -> String? {
        var acting: String?, last: String?
        var i = 0
        while i < end {
            if let w = partySet.prefix(of: s[i..<end]) {
                let n = w.unicodeScalars.count
                // The four scalars after the word, compared as scalars (a string of them, asked
                // thirty prefixes, was most of the clause rules' time).
                let after = s[(i + n)..<min(s.count, i + n + 4)]
                let object = i > 0 && objectMarks.contains(s[i - 1]) || consents.contains { after.starts(with: $0) }
                if !object {
                    last = w
                    if actingScalars.contains(where: { after.starts(with: $0) }) { acting = w }
                }
                i += n
            } else {
                i += 1
            }
        }
        return acting ?? last
    }

    /// The party words and the lexicon's roles, ready for matching at each position (the
    /// longer first at one position).
    static let partySet = WordSet(partyWords + Lexicon.shared.roles)

    /// What stands before a party that is an object (`向乙方`), and what follows a consenting one.
    private static let objectMarks: ScalarSet = ["向", "对", "给", "与", "和", "及", "得"]
    private static let consents = ["同意", "书面同意", "许可"].map { Array($0.unicodeScalars) }
    private static let actingScalars = actingWords.map { Array($0.unicodeScalars) }

    /// What follows a party that acts: an obligation, a right, a payment.
    static let actingWords = ["应", "须", "必须", "需", "均", "有权", "可", "不得", "无权", "承担", "支付", "按", "向", "在",
                              "于", "逾期", "未", "违约", "擅自", "如", "若", "拒绝", "迟延", "延迟", "欠"]

    /// A blank left for a value: `____`, `【 】`, `（ ）` with nothing in them, a tab.
    static func isBlank(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { ["_", " ", "\t", "【", "】", "（", "）", "(", ")", "＿", "—", "-", "/"].contains($0) }
    }

    /// Whether `s[range]` holds a form blank (`__`, `【 】`, an empty `（ ）`).
    static func holdsBlank(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let t = Array(s[range])
        return t.range(of: "__") != nil || t.range(of: "＿") != nil || t.range(of: "【 】") != nil || t.range(of: "【】") != nil
            || t.range(of: "（ ）") != nil || t.range(of: "（  ）") != nil
    }

    /// `6%增值税`, `税率9%`: a tax rate, not a share or a penalty's rate.
    static func isTaxRate(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let before = String(scalars: s[max(0, r.lowerBound - 3)..<r.lowerBound])
        let after = String(scalars: s[r.upperBound..<min(s.count, r.upperBound + 4)])
        return before.includes("税") || after.includes("税") || after.includes("发票")
    }
}
