/// The one reader of a duration: `（三）年`, `3年`, `【12】个月`, `三年` → months; `30日`, `15天`,
/// `10个工作日`, `七个日历日` → days.
enum DurationReader {
    /// `（三）年`, `3年`, `【12】个月`, `三年` at `i`: months and the scalars taken.
    static func months(at i: Int, in s: [Unicode.Scalar]) -> (Int, Int)? {
        guard let n = ValueReader.count(at: i, in: s[...]), n.value > 0, n.value <= 1200 else { return nil }
        let j = i + n.length
        if j < s.count, s[j] == "年" { return n.value <= 99 ? (n.value * 12, n.length + 1) : nil }  // 2020年 is a year
        if j + 1 < s.count, s[j] == "个", s[j + 1] == "月" { return (n.value, n.length + 2) }
        if j < s.count, s[j] == "月" { return (n.value, n.length + 1) }
        return nil
    }

    /// `30日`, `15天`, `10个工作日`, `5工作日`, `七个日历日` at `i`: days and the scalars taken
    /// (`5月1日` is a date: a count of 日 right after 月 is not read).
    static func days(at i: Int, in s: [Unicode.Scalar]) -> (Int, Int)? {
        guard i == 0 || s[i - 1] != "月", let n = ValueReader.count(at: i, in: s[...]), n.value > 0, n.value <= 3650 else { return nil }
        var j = i + n.length
        if j < s.count, s[j] == "个" { j += 1 }
        for unit in ["工作日", "日历日", "自然日", "日", "天"] where s[j...].starts(with: unit.unicodeScalars) {
            return (n.value, j - i + unit.unicodeScalars.count)
        }
        return nil
    }

    /// A period at `i`: months or days, and the scalars taken.
    static func period(at i: Int, in s: [Unicode.Scalar]) -> (months: Int?, days: Int?, length: Int)? {
        if let (m, n) = months(at: i, in: s) { return (m, nil, n) }
        if let (d, n) = days(at: i, in: s) { return (nil, d, n) }
        return nil
    }

    /// The first period in `s[range]`: where it starts and what it says.
    static func firstPeriod(in s: [Unicode.Scalar], _ range: Range<Int>) -> (at: Int, months: Int?, days: Int?, length: Int)? {
        for i in range where i == range.lowerBound || !isCountScalar(s[i - 1]) {
            if let p = period(at: i, in: s) { return (i, p.months, p.days, p.length) }
        }
        return nil
    }

    private static func isCountScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || ChineseNumeral.isNumeral(c) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }
}
