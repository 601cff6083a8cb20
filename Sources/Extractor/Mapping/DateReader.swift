/// Reads calendar dates as contracts write them — `2024.3.11`, `2024年3月11日`, `2024-03-11`,
/// `2024/3/11`, `二〇二四年三月十一日`, `【2025年07月31日】` — into ISO `yyyy-MM-dd`. Only real
/// dates: a month 13 or a 31 April is no date.
enum DateReader {
    struct Found: Equatable {
        var iso: String
        /// Scalar range in the input.
        var range: Range<Int>
    }

    /// Every date in `s`, left to right.
    static func dates(in s: [Unicode.Scalar]) -> [Found] {
        // A date starts with its year's first digit (Arabic, full-width or Chinese): the reader is
        // asked only there.
        matches(in: s.count) { i in
            let c = s[i]
            guard c.digitValue != nil || ChineseNumeral.isNumeral(c) else { return nil }
            return date(at: i, in: s).map { ($0, $0.range) }
        }
    }

    static func date(at i: Int, in s: [Unicode.Scalar]) -> Found? {
        guard let (year, j) = number(at: i, in: s, digits: 4), (1900...2199).contains(year) else { return nil }
        var k = j
        func spaces() { while k < s.count, s[k] == " " { k += 1 } }
        spaces()
        let separator = k < s.count ? s[k] : " "
        guard [".", "-", "/", "年", "．", "－", "／"].contains(separator) else { return nil }
        k += 1
        spaces()
        guard let (month, m) = number(at: k, in: s, digits: 2) else { return nil }
        k = m
        spaces()
        if separator == "年" {
            guard k < s.count, s[k] == "月" else { return nil }
        } else {
            guard k < s.count, s[k] == separator else { return nil }
        }
        k += 1
        spaces()
        guard let (day, d) = number(at: k, in: s, digits: 2) else { return nil }
        k = d
        spaces()
        if separator == "年" { guard k < s.count, s[k] == "日" || s[k] == "号" else { return nil }; k += 1 }
        guard valid(year, month, day) else { return nil }
        let iso = String(format4: year) + "-" + two(month) + "-" + two(day)
        return Found(iso: iso, range: i..<k)
    }

    /// Arabic (half or full width) or Chinese digits, skipping spaces OCR and PDFs put in.
    private static func number(at i: Int, in s: [Unicode.Scalar], digits: Int) -> (Int, Int)? {
        var j = i, value = 0, count = 0
        var han: [Unicode.Scalar] = []
        while j < s.count {
            let c = s[j]
            if c.isASCIIDigit { value = value * 10 + Int(c.value - 0x30); count += 1 }
            else if c.value >= 0xFF10 && c.value <= 0xFF19 { value = value * 10 + Int(c.value - 0xFF10); count += 1 }
            else if ChineseNumeral.digits[c] != nil || c == "十" { han.append(c) }
            else if c == " ", count > 0 || !han.isEmpty, j + 1 < s.count, s[j + 1].isASCIIDigit { j += 1; continue }
            else { break }
            j += 1
        }
        if count > 0, han.isEmpty { return count <= digits ? (value, j) : nil }
        if count == 0, !han.isEmpty, let v = ChineseNumeral.value(han) { return (v, j) }
        return nil
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard (1...12).contains(m), d >= 1 else { return false }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

private extension String {
    init(format4 n: Int) { self = String(n) }
}
