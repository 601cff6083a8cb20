import Schema

/// `term` from the duration clause: `履行期限为（三）年` → 36 months, `租赁期共【12】个月` → 12,
/// `有效期自双方签字盖章之日起至【2025年07月31日】` → the text as written (months stay null: the
/// start is not a date); automatic renewal from `自动延期一年` / `自动顺延【一】年` → 12.
enum TermRule: MappingRule {
    static let keys = ["履行期限为", "有效期为", "有效期限为", "合同期限为", "协议期限为", "服务期限为", "合作期限为",
                       "租赁期限为", "租赁期共", "合同期限共", "期限为", "有效期限：", "合同期限：", "有效期自", "有效期限自", "期限自",
                       "租期：", "租期为", "租赁期：", "租赁期限：", "租期自"]
    static let keySet = WordSet(keys)
    static let renewalSet = WordSet(["自动延期", "自动顺延", "自动续期", "自动续约", "自动延续"])

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        for (line, at) in text.lines(mentioning: keySet) {
            let s = Array(line.scalars)
            guard let key = keys.first(where: { s[at...].starts(with: $0.unicodeScalars) }) else { continue }
            var i = at + key.unicodeScalars.count
            if key.hasSuffix("自") { i -= 1 }
            if DateReader.date(at: i, in: s) != nil || (i < s.count && s[i] == "自") {
                // `有效期限：2020年3月1日至2020年10月1日` / `自…起至…止`: the span as written.
                let end = s[i...].firstIndex { $0 == "止" || $0 == "。" || $0 == "；" || $0 == "，" } ?? s.count
                let span = clean(s[i..<(end < s.count && s[end] == "止" ? end + 1 : end)])
                // `自年月日至年月日`: a blank form states no term.
                guard span.unicodeScalars.contains(where: { $0.isASCIIDigit || ChineseNumeral.isNumeral($0) }) else { continue }
                contract.term.text = span
                let upper = end < s.count && s[end] == "止" ? end + 1 : end
                contract.provenance?.term = text.location((line.range.lowerBound + i)..<(line.range.lowerBound + upper))
                let dates = DateReader.dates(in: Array(s[i..<end]))
                if dates.count == 2 { contract.term.months = months(from: dates[0].iso, to: dates[1].iso) }
                break
            }
            if let (months, length) = DurationReader.months(at: i, in: s) {
                contract.term.months = months
                contract.term.text = clean(s[i..<(i + length)])
                contract.provenance?.term = text.location((line.range.lowerBound + i)..<(line.range.lowerBound + i + length))
                break
            }
        }
        for (line, at) in text.lines(mentioning: renewalSet) {
            // `期满后不自动续期`: a denial, not a renewal.
            if at > 0, line.scalars[line.scalars.startIndex + at - 1] == "不" { continue }
            contract.term.autoRenewal = true
            contract.provenance?.renewal = text.location(line.range)
            let s = Array(line.scalars)
            if let (months, _) = DurationReader.months(at: at + 4, in: s) { contract.term.renewalMonths = months }
            break
        }
        return []
    }

    /// Whole months from `start` to `end` (ISO dates), when the span is exactly that: the end is
    /// the day before the same day N months later (`2017-09-21`…`2018-06-20` → 9) or that day
    /// itself (`2024-01-01`…`2025-01-01` → 12). Anything else (`2020-01-02`…`2029-01-05`) is no
    /// whole number of months: null rather than a rounded guess.
    static func months(from start: String, to end: String) -> Int? {
        func parts(_ iso: String) -> (Int, Int, Int)? {
            let p = iso.split(separator: "-").compactMap { Int($0) }
            return p.count == 3 ? (p[0], p[1], p[2]) : nil
        }
        guard let (y0, m0, d0) = parts(start), let (y1, m1, d1) = parts(end) else { return nil }
        let n = (y1 - y0) * 12 + (m1 - m0)
        guard n > 0 else { return nil }
        if d1 == d0 { return n }
        if d1 == d0 - 1 { return n }
        // The day before the 1st is the last day of the previous month.
        if d0 == 1, d1 == daysIn(y1, m1) { return n + 1 }
        return nil
    }

    private static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The term as written, without fill-in brackets.
    /// Spaces a filled-in blank left between CJK characters go too (`租期为 壹 年` → `壹年`).
    static func clean(_ s: ArraySlice<Unicode.Scalar>) -> String {
        let kept = Array(s.filter { $0 != "【" && $0 != "】" })
        let closed = kept.indices.filter { i in
            !(kept[i] == " " && i > 0 && i + 1 < kept.count && kept[i - 1].isWideCJK && kept[i + 1].isWideCJK)
        }.map { kept[$0] }
        return String(scalars: closed).trimmedWhitespace
    }
}
