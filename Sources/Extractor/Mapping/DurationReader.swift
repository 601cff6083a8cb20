/// The one reader of a duration: `（三）年`, `3年`, `【12】个月`, `三年` → months.
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
}
